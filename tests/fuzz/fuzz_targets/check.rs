//! Any UTF-8 input, split into 1-3 documents on U+001E (record separator),
//! checked without and with a language, then rendered in every format.
//! Must never panic. The harness is `tests/fuzz/harness.rs`.
#![no_main]

// Each target calls one of the harness functions.
#[allow(dead_code)]
#[path = "../harness.rs"]
mod harness;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        harness::check(text);
    }
});

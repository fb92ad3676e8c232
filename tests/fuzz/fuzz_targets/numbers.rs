//! Any UTF-8 input read by the number layer in every language: every
//! quantity's span is on char boundaries and is its text, low <= high, and
//! every value is finite. The harness is `tests/fuzz/harness.rs`.
#![no_main]

// Each target calls one of the harness functions.
#[allow(dead_code)]
#[path = "../harness.rs"]
mod harness;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        harness::numbers(text);
    }
});

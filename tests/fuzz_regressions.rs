//! Inputs found by fuzzing (tests/fuzz, cargo-fuzz). Each crasher, minimized,
//! gets a named test here calling the public API on its exact input. The
//! first run (10 minutes per target) found none; the seed corpora run here so
//! the two fuzz targets' checks stay exercised by `cargo test`.

#[path = "fuzz/harness.rs"]
mod harness;

use harness::{check, numbers};

#[test]
fn seed_corpus_check() {
    for entry in std::fs::read_dir("tests/fuzz/corpus/check").unwrap() {
        check(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
}

#[test]
fn seed_corpus_numbers() {
    for entry in std::fs::read_dir("tests/fuzz/corpus/numbers").unwrap() {
        numbers(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
}

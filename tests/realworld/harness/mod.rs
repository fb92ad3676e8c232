//! The real-article evaluation harness, in the order it runs: `load` (with
//! `data`, the file formats), then the library's check (in
//! `tests/realworld.rs`), `align`, `score`, `print` and `floors`.

pub mod align;
pub mod data;
pub mod floors;
pub mod load;
pub mod print;
pub mod score;

mod fixture;

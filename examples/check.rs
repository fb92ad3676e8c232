//! `cargo run --example check -- ARGS` is `claimcheck ARGS`: the same code
//! (src/bin/claimcheck/cli/), the same output. Kept so that the command
//! at the top of README works without installing anything.
//!
//! ```text
//! cargo run --example check                          # the built-in sample corpus
//! cargo run --example check -- --format json a.txt b.txt
//! cargo run --example check -- --help
//! ```

#[path = "../src/bin/claimcheck/cli/mod.rs"]
mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}

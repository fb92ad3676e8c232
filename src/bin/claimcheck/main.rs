//! `claimcheck`: checks news articles for agreement on their facts and
//! prints the report. `claimcheck --help` tells how; the code is in
//! [`cli`], which `examples/check.rs` runs too.

mod cli;

/// The binary's allocator when built with `--features mimalloc` (the
/// library sets none): Cargo.toml says what it saves and what it costs.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}

//! `claimcheck`: checks news articles for agreement on their facts and
//! prints the report. `claimcheck --help` tells how; the code is in
//! [`cli`], which `examples/check.rs` runs too.

mod cli;

/// The binary's allocator (the library sets none): see the `mimalloc`
/// feature in Cargo.toml for why and what it saves.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}

//! `claimcheck`: checks news articles for agreement on their facts and
//! prints the report. `claimcheck --help` tells how; the code is in
//! [`cli`], which `examples/check.rs` runs too.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}

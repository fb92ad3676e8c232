//! Writes a generated news corpus as JSONL (`{"id","text","lang","event"}`
//! per line), deterministic from a seed, and optionally its ground truth.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --seed 7 --events 20 > corpus.jsonl
//! cargo run --release --example gen_corpus -- --bytes 10M --out /tmp/x.jsonl --truth /tmp/x.truth.jsonl
//! ```
//!
//! The generator is `tests/benches/common/mod.rs`, shared with the tests and the
//! benchmarks.

#[path = "../tests/benches/common/mod.rs"]
mod common;

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
Usage: gen_corpus [--seed N] [--events N | --bytes N[K|M]] [--out FILE] [--truth FILE]

Writes N generated articles grouped into events as JSONL to stdout or FILE.
--truth writes the injected verdicts, one JSON object per line.
";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("gen_corpus: {msg}");
            ExitCode::from(2)
        }
    }
}

fn size(v: &str) -> Result<usize, String> {
    let (num, mul) = match v.as_bytes().last() {
        Some(b'K' | b'k') => (&v[..v.len() - 1], 1 << 10),
        Some(b'M' | b'm') => (&v[..v.len() - 1], 1 << 20),
        _ => (v, 1),
    };
    num.parse::<usize>().map(|n| n * mul).map_err(|_| format!("invalid size: {v:?}"))
}

fn value(parser: &mut lexopt::Parser) -> Result<String, String> {
    let v = parser.value().map_err(|e| e.to_string())?;
    v.into_string().map_err(|_| "value is not UTF-8".to_string())
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let (mut seed, mut events, mut bytes, mut out, mut truth) = (1u64, None, None, None, None);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("seed") => seed = value(&mut parser)?.parse().map_err(|e| format!("--seed: {e}"))?,
            Long("events") => {
                events = Some(value(&mut parser)?.parse::<usize>().map_err(|e| format!("--events: {e}"))?)
            }
            Long("bytes") => bytes = Some(size(&value(&mut parser)?)?),
            Long("out") => out = Some(value(&mut parser)?),
            Long("truth") => truth = Some(value(&mut parser)?),
            Short('h') | Long("help") => {
                print!("{USAGE}");
                return Ok(());
            }
            Value(v) => return Err(format!("unexpected argument {v:?}")),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let corpus = match (events, bytes) {
        (Some(_), Some(_)) => return Err("give --events or --bytes, not both".into()),
        (_, Some(b)) => common::generate_bytes(seed, b),
        (e, None) => common::generate(seed, e.unwrap_or(20)),
    };
    let jsonl = corpus.to_jsonl();
    match &out {
        Some(path) => std::fs::write(path, &jsonl).map_err(|e| format!("{path}: {e}"))?,
        None => std::io::stdout().lock().write_all(jsonl.as_bytes()).map_err(|e| e.to_string())?,
    }
    if let Some(path) = truth {
        let mut t = String::new();
        for x in &corpus.expected {
            let line = serde_json::json!({
                "event": x.event,
                "subject": x.subject,
                "predicate": x.predicate,
                "kind": x.kind,
                "verdict": x.verdict,
                "outlier": x.outlier,
                "note": x.note,
            });
            t.push_str(&line.to_string());
            t.push('\n');
        }
        std::fs::write(&path, t).map_err(|e| format!("{path}: {e}"))?;
    }
    eprintln!(
        "gen_corpus: {} articles, {} events, {} bytes of text, {} injected facts",
        corpus.articles.len(),
        corpus.events(),
        corpus.bytes(),
        corpus.expected.len()
    );
    Ok(())
}

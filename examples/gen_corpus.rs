//! Writes a generated news corpus as JSONL (`{"id","text","lang","event"}`
//! per line), deterministic from a seed, and optionally its ground truth.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --seed 7 --events 20 > corpus.jsonl
//! cargo run --release --example gen_corpus -- --bytes 10M --out /tmp/x.jsonl --truth /tmp/x.truth.jsonl
//! cargo run --release --example gen_corpus -- --hostile NoPeriod --bytes 50M --out /tmp/noperiod.txt
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
       gen_corpus --hostile SHAPE [--bytes N[K|M]] [--out FILE]

Writes N generated articles grouped into events as JSONL to stdout or FILE.
--truth writes the injected verdicts, one JSON object per line.
--hostile writes one plain-text document of a hostile shape (default 1M),
one of: MaisDe, Digits, Grouped, Qualifiers, ZeroWidth, Names, NoPeriod,
Bodies, Voices (the benchmarks' adversarial shapes).
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
    let mut shape = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("seed") => seed = value(&mut parser)?.parse().map_err(|e| format!("--seed: {e}"))?,
            Long("events") => {
                events = Some(value(&mut parser)?.parse::<usize>().map_err(|e| format!("--events: {e}"))?)
            }
            Long("bytes") => bytes = Some(size(&value(&mut parser)?)?),
            Long("out") => out = Some(value(&mut parser)?),
            Long("truth") => truth = Some(value(&mut parser)?),
            Long("hostile") => {
                let v = value(&mut parser)?;
                shape = Some(common::Shape::named(&v).ok_or_else(|| format!("--hostile: no shape {v:?}"))?);
            }
            Short('h') | Long("help") => {
                print!("{USAGE}");
                return Ok(());
            }
            Value(v) => return Err(format!("unexpected argument {v:?}")),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    if let Some(shape) = shape {
        if events.is_some() || truth.is_some() {
            return Err("--hostile takes --bytes and --out only".into());
        }
        let text = common::hostile(shape, bytes.unwrap_or(1 << 20));
        return write_out(out.as_deref(), text.as_bytes());
    }
    let corpus = match (events, bytes) {
        (Some(_), Some(_)) => return Err("give --events or --bytes, not both".into()),
        (_, Some(b)) => common::generate_bytes(seed, b),
        (e, None) => common::generate(seed, e.unwrap_or(20)),
    };
    let jsonl = corpus.to_jsonl();
    write_out(out.as_deref(), jsonl.as_bytes())?;
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

/// Writes `bytes` to the file `out`, or to stdout.
fn write_out(out: Option<&str>, bytes: &[u8]) -> Result<(), String> {
    match out {
        Some(path) => std::fs::write(path, bytes).map_err(|e| format!("{path}: {e}")),
        None => std::io::stdout().lock().write_all(bytes).map_err(|e| e.to_string()),
    }
}

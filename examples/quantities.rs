//! Runs the number layer alone (`read_quantities`) over JSONL documents and
//! prints what it reads, with the time spent reading.
//!
//! ```text
//! cargo run --release --example quantities -- corpus.jsonl > quantities.jsonl
//! cat corpus.jsonl | cargo run --release --example quantities
//! ```
//!
//! Input: one `{"id", "text", "lang"}` object per line (blank lines are
//! skipped; other fields are ignored; `lang` is required). Output: one line
//! per document,
//!
//! ```text
//! {"id":"…","lang":"pt","bytes":812,"seconds":0.000153,
//!  "quantities":[{"value":120000.0,"text":"120 mil peças","start":19,"end":37}, …]}
//! ```
//!
//! where `start`/`end` are byte offsets into `text` (a range such as "10 a
//! 20 mil" also has `high`, its upper value) and `seconds` is the time
//! spent in `read_quantities` alone (no parsing, no printing; each language's
//! tables are built by an untimed warm-up call first). A summary goes
//! to stderr: documents, bytes, extraction time and MB/s (1 MB = 10^6 bytes).
//! `--repeat N` runs the extraction N times per document and reports the
//! fastest, for steadier timings on small inputs.
//!
//! Errors (a bad option, an unreadable file, a bad JSON line, an unknown or
//! missing language) print `quantities: <message>` and exit with status 2.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use claimcheck::{Lang, Qualifier, read_quantities};
use serde::{Deserialize, Serialize};

const USAGE: &str = "\
Usage: quantities [--repeat N] [FILE.jsonl | -]

Reads {\"id\",\"text\",\"lang\"} per line from FILE or stdin, prints the
quantities read in each document as JSONL, and a timing summary to stderr.
";

#[derive(Deserialize)]
struct Input {
    id: String,
    text: String,
    lang: Option<String>,
}

#[derive(Serialize)]
struct Found<'a> {
    value: f64,
    text: &'a str,
    start: usize,
    end: usize,
    /// For a range ("10 a 20 mil"), its upper value; `value` is the lower.
    #[serde(skip_serializing_if = "Option::is_none")]
    high: Option<f64>,
}

#[derive(Serialize)]
struct Output<'a> {
    id: &'a str,
    lang: &'a str,
    bytes: usize,
    seconds: f64,
    quantities: Vec<Found<'a>>,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("quantities: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut path: Option<std::ffi::OsString> = None;
    let mut repeat = 1usize;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("repeat") => {
                let v = parser.value().map_err(|e| e.to_string())?;
                repeat = v
                    .to_str()
                    .and_then(|s| s.parse().ok())
                    .filter(|&n: &usize| n > 0)
                    .ok_or_else(|| format!("invalid --repeat: {v:?}"))?;
            }
            Short('h') | Long("help") => {
                print!("{USAGE}");
                return Ok(());
            }
            Value(v) if path.is_none() => path = Some(v),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    let (name, reader): (String, Box<dyn BufRead>) = match path {
        Some(p) if p != "-" => {
            let name = p.to_string_lossy().into_owned();
            let f = File::open(&p).map_err(|e| format!("{name}: {e}"))?;
            (name, Box::new(BufReader::new(f)))
        }
        _ => ("<stdin>".to_string(), Box::new(io::stdin().lock())),
    };

    // Warm-up, not timed: the first call in each language builds its tables.
    for &lang in Lang::ALL {
        read_quantities("1", lang);
    }

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut docs, mut bytes, mut found) = (0usize, 0usize, 0usize);
    let mut total = Duration::ZERO;
    for (i, line) in reader.lines().enumerate() {
        let at = || format!("{name}:{}", i + 1);
        let line = line.map_err(|e| format!("{}: {e}", at()))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Input = serde_json::from_str(&line).map_err(|e| format!("{}: {e}", at()))?;
        let code = doc.lang.as_deref().ok_or_else(|| format!("{}: no \"lang\"", at()))?;
        let lang: Lang = code.parse().map_err(|e| format!("{}: {e}", at()))?;

        let mut best = Duration::MAX;
        let mut qs = Vec::new();
        for _ in 0..repeat {
            let t = Instant::now();
            qs = read_quantities(&doc.text, lang);
            best = best.min(t.elapsed());
        }
        total += best;
        docs += 1;
        bytes += doc.text.len();
        found += qs.len();

        let record = Output {
            id: &doc.id,
            lang: lang.code(),
            bytes: doc.text.len(),
            seconds: best.as_secs_f64(),
            quantities: qs
                .iter()
                .map(|q| Found {
                    value: q.value,
                    text: &q.text,
                    start: q.start,
                    end: q.end,
                    high: (q.qualifier == Qualifier::Range).then_some(q.interval.high).flatten(),
                })
                .collect(),
        };
        serde_json::to_writer(&mut out, &record).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    let secs = total.as_secs_f64();
    let mbps = if secs > 0.0 { bytes as f64 / 1e6 / secs } else { f64::INFINITY };
    eprintln!(
        "quantities: {docs} documents, {bytes} bytes, {found} quantities, {secs:.3} s extracting, {mbps:.2} MB/s"
    );
    Ok(())
}

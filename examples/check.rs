//! Checks news articles for agreement on their facts and prints the report.
//!
//! ```text
//! cargo run --example check                          # the built-in sample corpus
//! cargo run --example check -- --format json a.txt b.txt
//! cargo run --example check -- --lang pt --date 2024-10 articles/
//! cargo run --example check -- --format html --show contradict,tension > report.html
//! cargo run --example check -- --format markdown --min-sources 2
//! ```
//!
//! Arguments are parsed with `lexopt` (a dev-dependency): it is one small
//! file with no dependencies, it is strict (an unknown option or a missing
//! value is an error, never silently ignored) and it hands paths over as
//! `OsString`s, so file names that are not UTF-8 still work. A derive-based
//! parser would pull a large dependency tree into the crate for one example.
//!
//! Every failure (bad option, unreadable or malformed input, a document the
//! library rejects) prints `check: <message>` to stderr and exits with
//! status 2; success exits with 0.

use std::ffi::OsString;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimcheck::{Checker, Document, KnowledgeBase, Lang, PartialDate, render};

const USAGE: &str = "\
Usage: check [OPTIONS] [PATH...]

Reads news articles, extracts their numeric and entity claims, compares
them and prints where the articles agree, are in tension or contradict.
With no PATH, checks the built-in sample corpus (five reports of one
story, October 2024, in pt, id, es and it).

PATH may be:
  FILE.txt     one document in plain text; its id is the file stem
  FILE.json    one document object, or an array of them:
               {\"id\": ..., \"text\": ..., \"lang\": \"pt\", \"published\": \"2024-10\"}
  FILE.jsonl   one document object per line (blank lines are skipped)
  DIRECTORY    its .txt, .json and .jsonl files, by name (not recursive)

Options:
  --format FORMAT      output format (default: text):
                         text      a fact-by-source matrix, then the findings
                         json      the full report, for tools
                         markdown  the same as text, for a ticket
                         html      one self-contained page (colored matrix,
                                   evidence on hover and on click)
  --show VERDICT[,VERDICT...]
                       show only findings with these verdicts: contradict,
                       tension, compatible, agree, single_source (default:
                       all; text, markdown and html only)
  --min-sources N      show only findings reported by at least N sources
                       (default: 1; text, markdown and html only)
  --lang CODE          language of the .txt files given (default: detected)
  --date DATE          publication date of the .txt files given:
                       YYYY, YYYY-MM or YYYY-MM-DD
  --kb FILE            knowledge base (JSON: aliases, owns, part_of)
  --tolerance X        how many roundings apart two values may be and still
                       be a tension rather than a contradiction (default: 1)
  -h, --help           print this help

Exit status: 0 on success, 2 on any error.
";

/// A failure, already worded for the user.
type Fail = String;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Markdown,
    Html,
}

struct Options {
    format: Format,
    view: render::Options,
    lang: Option<Lang>,
    date: Option<PartialDate>,
    kb: Option<PathBuf>,
    tolerance: Option<f64>,
    paths: Vec<PathBuf>,
    help: bool,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("check: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), Fail> {
    let opts = parse_args(lexopt::Parser::from_env())?;
    if opts.help {
        return emit(USAGE);
    }
    let docs = if opts.paths.is_empty() { builtin_corpus() } else { load_paths(&opts)? };
    let mut checker = Checker::new();
    if let Some(path) = &opts.kb {
        let json = read_text(path)?;
        let kb = KnowledgeBase::from_json(&json).map_err(|e| format!("{}: {e}", path.display()))?;
        checker = checker.knowledge(kb);
    }
    if let Some(t) = opts.tolerance {
        checker = checker.tolerance(t);
    }
    let report = checker.check(&docs).map_err(|e| e.to_string())?;
    let mut out = match opts.format {
        Format::Text => render::text_with(&report, &opts.view),
        Format::Json => render::json(&report),
        Format::Markdown => render::markdown_with(&report, &opts.view),
        Format::Html => render::html_with(&report, &opts.view),
    };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    emit(&out)
}

fn parse_args(mut parser: lexopt::Parser) -> Result<Options, Fail> {
    use lexopt::prelude::*;

    let mut opts = Options {
        format: Format::Text,
        view: render::Options::new(),
        lang: None,
        date: None,
        kb: None,
        tolerance: None,
        paths: Vec::new(),
        help: false,
    };
    let err = |e: lexopt::Error| e.to_string();
    while let Some(arg) = parser.next().map_err(err)? {
        match arg {
            Short('h') | Long("help") => opts.help = true,
            Long("format") => {
                let v = string_value(&mut parser, "--format")?;
                opts.format = match v.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    "markdown" | "md" => Format::Markdown,
                    "html" => Format::Html,
                    _ => {
                        return Err(format!(
                            "invalid value for --format: {v:?} (expected text, json, markdown or html)"
                        ));
                    }
                };
            }
            Long("show") => {
                let v = string_value(&mut parser, "--show")?;
                let verdicts = render::Options::parse_verdicts(&v).map_err(|e| format!("--show: {e}"))?;
                opts.view = opts.view.show(&verdicts);
            }
            Long("min-sources") => {
                let v = string_value(&mut parser, "--min-sources")?;
                let n =
                    v.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(|| {
                        format!("invalid value for --min-sources: {v:?} (expected a whole number >= 1)")
                    })?;
                opts.view = opts.view.min_sources(n);
            }
            Long("lang") => {
                let v = string_value(&mut parser, "--lang")?;
                let lang = v.parse::<Lang>().map_err(|e| format!("--lang: {e}"))?;
                opts.lang = Some(lang);
            }
            Long("date") => {
                let v = string_value(&mut parser, "--date")?;
                let date = v.parse::<PartialDate>().map_err(|e| format!("--date: {e}"))?;
                opts.date = Some(date);
            }
            Long("kb") => opts.kb = Some(PathBuf::from(parser.value().map_err(err)?)),
            Long("tolerance") => {
                let v = string_value(&mut parser, "--tolerance")?;
                let t = v
                    .parse::<f64>()
                    .ok()
                    .filter(|t| t.is_finite() && *t >= 0.0)
                    .ok_or_else(|| format!("invalid value for --tolerance: {v:?} (expected a number >= 0)"))?;
                opts.tolerance = Some(t);
            }
            Value(v) => opts.paths.push(PathBuf::from(v)),
            _ => return Err(err(arg.unexpected())),
        }
    }
    Ok(opts)
}

fn string_value(parser: &mut lexopt::Parser, option: &str) -> Result<String, Fail> {
    let v: OsString = parser.value().map_err(|e| e.to_string())?;
    v.into_string().map_err(|v| format!("invalid value for {option}: {v:?} is not UTF-8"))
}

/// The sample corpus of examples/corpus/, embedded so that the example runs
/// from any directory. Ids and languages match the corpus's EXPECTED.md.
fn builtin_corpus() -> Vec<Document> {
    [
        ("000", Lang::Pt, include_str!("corpus/000_pt.txt")),
        ("001", Lang::Pt, include_str!("corpus/001_pt.txt")),
        ("002", Lang::Id, include_str!("corpus/002_id.txt")),
        ("003", Lang::Es, include_str!("corpus/003_es.txt")),
        ("004", Lang::It, include_str!("corpus/004_it.txt")),
    ]
    .into_iter()
    .map(|(id, lang, text)| Document::new(id, text).with_lang(lang))
    .collect()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Txt,
    Json,
    Jsonl,
}

fn kind_of(path: &Path) -> Option<Kind> {
    let ext = path.extension()?.to_str()?;
    if ext.eq_ignore_ascii_case("txt") {
        Some(Kind::Txt)
    } else if ext.eq_ignore_ascii_case("json") {
        Some(Kind::Json)
    } else if ext.eq_ignore_ascii_case("jsonl") {
        Some(Kind::Jsonl)
    } else {
        None
    }
}

fn load_paths(opts: &Options) -> Result<Vec<Document>, Fail> {
    let mut docs = Vec::new();
    for path in &opts.paths {
        let meta = fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
        if meta.is_dir() {
            let entries = fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let mut files = Vec::new();
            for entry in entries {
                let entry = entry.map_err(|e| format!("{}: {e}", path.display()))?;
                let p = entry.path();
                if kind_of(&p).is_some() && p.is_file() {
                    files.push(p);
                }
            }
            if files.is_empty() {
                return Err(format!("{}: no .txt, .json or .jsonl files in this directory", path.display()));
            }
            files.sort();
            for f in &files {
                load_file(f, opts, &mut docs)?;
            }
        } else {
            load_file(path, opts, &mut docs)?;
        }
    }
    Ok(docs)
}

fn load_file(path: &Path, opts: &Options, docs: &mut Vec<Document>) -> Result<(), Fail> {
    let kind = kind_of(path)
        .ok_or_else(|| format!("{}: unsupported file type (expected .txt, .json or .jsonl)", path.display()))?;
    let text = read_text(path)?;
    match kind {
        Kind::Txt => {
            let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            let mut doc = Document::new(id, text);
            doc.lang = opts.lang;
            doc.published = opts.date;
            docs.push(doc);
        }
        Kind::Json => {
            let bad = |e: serde_json::Error| format!("{}: {}", path.display(), e);
            if text.trim_start().starts_with('[') {
                docs.extend(serde_json::from_str::<Vec<Document>>(&text).map_err(bad)?);
            } else {
                docs.push(serde_json::from_str::<Document>(&text).map_err(bad)?);
            }
        }
        Kind::Jsonl => {
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let doc = serde_json::from_str::<Document>(line).map_err(|e| {
                    // serde_json ends its message with "at line 1 column C";
                    // within one line only the column tells anything.
                    let msg = e.to_string();
                    let suffix = format!(" at line {} column {}", e.line(), e.column());
                    let msg = msg.strip_suffix(&suffix).unwrap_or(&msg);
                    format!("{}: line {}, column {}: {msg}", path.display(), i + 1, e.column())
                })?;
                docs.push(doc);
            }
        }
    }
    Ok(())
}

/// Reads a file as UTF-8, naming the file and the first bad byte on failure.
fn read_text(path: &Path) -> Result<String, Fail> {
    let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!("{}: not valid UTF-8 (invalid byte at offset {})", path.display(), e.utf8_error().valid_up_to())
    })
}

/// Writes to a locked, buffered stdout. A closed pipe (`check | head`) is
/// not an error: the reader has what it wanted.
fn emit(s: &str) -> Result<(), Fail> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match out.write_all(s.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("writing output: {e}")),
    }
}

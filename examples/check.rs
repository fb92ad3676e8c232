//! Checks news articles for agreement on their facts and prints the report.
//!
//! ```text
//! cargo run --example check                          # the built-in sample corpus
//! cargo run --example check -- --format json a.txt b.txt
//! cargo run --example check -- --lang pt --date 2024-10 articles/
//! cargo run --example check -- --format html --show contradict,tension > report.html
//! cargo run --example check -- --format markdown --min-sources 2
//! cargo run --example check -- --events --format json corpus.jsonl > reports.jsonl
//! ```
//!
//! With `--events`, every PATH (or `-` for stdin) is read line by line as
//! JSONL, each line one document with an `"event"` field (a string or an
//! integer) naming the story it reports. The documents of one event are on
//! consecutive lines; an event is complete when the next line names another
//! one (or the file ends), and an event seen again later is an error.
//! Complete events are gathered into chunks of about `--chunk-bytes` of
//! input and each chunk is checked with `Checker::check_events`, on all
//! cores with the library's `rayon` feature. One result per event is
//! written in input order, as each chunk is done: with `--format json`, one
//! line `{"event": ..., "report": {...}}`, or `{"event": ..., "error":
//! "..."}` for an event the library rejects (the other events are still
//! checked). Memory holds one chunk (or one event, when an event is larger),
//! its reports and the ids of the events seen, never the whole input, so
//! corpora larger than memory can be checked.
//!
//! Arguments are parsed with `lexopt` (a dev-dependency): it is one small
//! file with no dependencies, it is strict (an unknown option or a missing
//! value is an error, never silently ignored) and it hands paths over as
//! `OsString`s, so file names that are not UTF-8 still work. A derive-based
//! parser would pull a large dependency tree into the crate for one example.
//!
//! Every failure (bad option, unreadable or malformed input, a document the
//! library rejects) prints `check: <message>` to stderr and exits with
//! status 2; success exits with 0. With `--events` the results of the
//! events complete before a bad input line are written first; an event the
//! library rejects is reported in its output line, not as a failure.

use std::collections::HashMap;
use std::ffi::OsString;
use std::fs;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use claimcheck::{Checker, Document, Error, KnowledgeBase, Lang, LangCode, PartialDate, Report, render};
use serde::{Deserialize, Serialize};
use serde_json::Value;

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
  --lang CODE          language of the .txt files given (default: detected);
                       a code of an unsupported language skips them
  --date DATE          publication date of the .txt files given:
                       YYYY, YYYY-MM or YYYY-MM-DD
  --kb FILE            knowledge base (JSON: aliases, owns, part_of)
  --tolerance X        how many roundings apart two values may be and still
                       be a tension rather than a contradiction (default: 1)
  --events             check many events, streaming: every PATH (or - for
                       stdin) is JSONL, one document object per line with an
                       \"event\" field (a string or an integer) naming its
                       story; the documents of one event are on consecutive
                       lines of one file. Each event is checked alone, in
                       parallel, and gets one result, in input order:
                         json  one line {\"event\": ..., \"report\": {...}},
                               or {\"event\": ..., \"error\": \"...\"}
                         text  a line \"== event ...\", then the report
                       The input is never held in memory whole.
  --chunk-bytes N[K|M] with --events: check events in chunks of about N
                       bytes of input (default: 1M); memory grows with it
  --strict             fail (exit 2) on the first document that cannot be
                       read (empty, language undetected, unsupported or too
                       large) instead of skipping it; skipped documents are
                       listed in the report and on stderr
  -h, --help           print this help

Exit status: 0 on success, 2 on any error. With --events, an event the
library rejects gets an error as its result and the others go on (exit 0);
bad input stops the run (exit 2) after the results of the events before it.
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
    lang: Option<LangCode>,
    date: Option<PartialDate>,
    strict: bool,
    kb: Option<PathBuf>,
    tolerance: Option<f64>,
    events: bool,
    /// `--chunk-bytes`, when given.
    chunk_bytes: Option<usize>,
    paths: Vec<PathBuf>,
    help: bool,
}

/// The default of `--chunk-bytes`: hundreds of events of a few articles,
/// enough to keep every core busy. Reports in memory take some 25 times
/// the bytes of their input, so this is some 30 MB at most.
const CHUNK_BYTES: usize = 1 << 20;

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
    let mut checker = Checker::new().strict(opts.strict);
    if let Some(path) = &opts.kb {
        let json = read_text(path)?;
        let kb = KnowledgeBase::from_json(&json).map_err(|e| format!("{}: {e}", path.display()))?;
        checker = checker.knowledge(kb);
    }
    if let Some(t) = opts.tolerance {
        checker = checker.tolerance(t);
    }
    if opts.events {
        return check_events(&opts, &checker);
    }
    let docs = if opts.paths.is_empty() { builtin_corpus() } else { load_paths(&opts)? };
    let report = checker.check(&docs).map_err(|e| e.to_string())?;
    warn_skipped(&report);
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

/// Names the skipped documents on stderr, so that a run that skips some
/// says so even when its report goes to a file.
fn warn_skipped(report: &Report) {
    for s in &report.skipped {
        eprintln!("check: skipped {}", s.reason);
    }
}

fn parse_args(mut parser: lexopt::Parser) -> Result<Options, Fail> {
    use lexopt::prelude::*;

    let mut opts = Options {
        format: Format::Text,
        view: render::Options::new(),
        lang: None,
        date: None,
        strict: false,
        kb: None,
        tolerance: None,
        events: false,
        chunk_bytes: None,
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
                let lang = v.parse::<LangCode>().map_err(|e| format!("--lang: {e}"))?;
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
            Long("events") => opts.events = true,
            Long("strict") => opts.strict = true,
            Long("chunk-bytes") => {
                let v = string_value(&mut parser, "--chunk-bytes")?;
                let n = parse_bytes(&v).ok_or_else(|| {
                    format!("invalid value for --chunk-bytes: {v:?} (expected a whole number >= 1, with K or M)")
                })?;
                opts.chunk_bytes = Some(n);
            }
            Value(v) => opts.paths.push(PathBuf::from(v)),
            _ => return Err(err(arg.unexpected())),
        }
    }
    if !opts.events && opts.chunk_bytes.is_some() {
        return Err("--chunk-bytes applies to --events only".to_string());
    }
    if opts.events {
        if opts.paths.is_empty() {
            return Err("--events needs at least one PATH (- for stdin)".to_string());
        }
        if opts.lang.is_some() || opts.date.is_some() {
            return Err("--lang and --date apply to .txt files, not to --events".to_string());
        }
        if !matches!(opts.format, Format::Text | Format::Json) {
            return Err("--events writes --format text or json only".to_string());
        }
    }
    Ok(opts)
}

/// A size: a whole number >= 1 of bytes, or of KiB or MiB with K or M.
fn parse_bytes(v: &str) -> Option<usize> {
    let (num, unit) = match v.as_bytes().last()? {
        b'K' | b'k' => (&v[..v.len() - 1], 1 << 10),
        b'M' | b'm' => (&v[..v.len() - 1], 1 << 20),
        _ => (v, 1),
    };
    num.parse::<usize>().ok().and_then(|n| n.checked_mul(unit)).filter(|n| *n >= 1)
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
                let doc = serde_json::from_str::<Document>(line)
                    .map_err(|e| line_error(&path.display().to_string(), i + 1, &e))?;
                docs.push(doc);
            }
        }
    }
    Ok(())
}

/// A JSON error in one line of a JSONL file, naming the file, line and column.
fn line_error(file: &str, line: usize, e: &serde_json::Error) -> Fail {
    // serde_json ends its message with "at line 1 column C"; within one
    // line only the column tells anything.
    let msg = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let msg = msg.strip_suffix(&suffix).unwrap_or(&msg);
    format!("{file}: line {line}, column {}: {msg}", e.column())
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

/// One line of `--events` input: the event it belongs to. The document
/// itself is read as a `Document`, which ignores this field.
#[derive(Deserialize)]
struct EventField {
    event: Option<Value>,
}

/// One event read from the input: its id and documents.
struct Event {
    id: Value,
    /// The id as compact JSON, so that `7` and `"7"` are different events.
    key: String,
    docs: Vec<Document>,
    /// Input bytes of its lines.
    bytes: usize,
}

impl AsRef<[Document]> for Event {
    fn as_ref(&self) -> &[Document] {
        &self.docs
    }
}

/// One line of `--format json` output.
#[derive(Serialize)]
struct EventResult<'a> {
    event: &'a Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<&'a Report>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Why `--events` stopped early.
enum Halt {
    /// A failure, worded for the user.
    Fail(Fail),
    /// The reader of stdout has gone (`check --events ... | head`): not an error.
    Closed,
}

impl From<Fail> for Halt {
    fn from(f: Fail) -> Halt {
        Halt::Fail(f)
    }
}

/// `--events`: streams the inputs, checks complete events in chunks.
fn check_events(opts: &Options, checker: &Checker) -> Result<(), Fail> {
    let mut stream = EventStream {
        checker,
        opts,
        out: BufWriter::new(io::stdout().lock()),
        chunk: Vec::new(),
        chunk_bytes: 0,
        seen: HashMap::new(),
        files: Vec::new(),
        written: 0,
        failed: 0,
    };
    // Events complete before a bad line are written whatever the chunk size.
    let done = match stream.read_all() {
        Ok(()) => stream.flush_chunk().and_then(|()| stream.out.flush().map_err(write_error)),
        Err(Halt::Fail(f)) => {
            let _ = stream.flush_chunk().and_then(|()| stream.out.flush().map_err(write_error));
            Err(Halt::Fail(f))
        }
        Err(Halt::Closed) => Err(Halt::Closed),
    };
    match done {
        Ok(()) => {
            if stream.failed > 0 {
                eprintln!(
                    "check: {} of {} events could not be checked; their results give the error",
                    stream.failed, stream.written
                );
            }
            Ok(())
        }
        Err(Halt::Closed) => Ok(()),
        Err(Halt::Fail(f)) => Err(f),
    }
}

fn write_error(e: io::Error) -> Halt {
    if e.kind() == io::ErrorKind::BrokenPipe { Halt::Closed } else { Halt::Fail(format!("writing output: {e}")) }
}

struct EventStream<'a> {
    checker: &'a Checker,
    opts: &'a Options,
    out: BufWriter<io::StdoutLock<'static>>,
    /// Complete events not yet checked.
    chunk: Vec<Event>,
    /// Their input bytes.
    chunk_bytes: usize,
    /// Every complete event's key: the file (an index into `files`) and
    /// line where its documents ended.
    seen: HashMap<String, (usize, usize)>,
    /// The names of the inputs read so far.
    files: Vec<String>,
    /// Events written.
    written: usize,
    /// Of those, events the library rejected.
    failed: usize,
}

impl EventStream<'_> {
    fn read_all(&mut self) -> Result<(), Halt> {
        for path in &self.opts.paths {
            if path.as_os_str() == "-" {
                self.files.push("<stdin>".to_string());
                self.read(io::stdin().lock())?;
            } else {
                self.files.push(path.display().to_string());
                let fail = |e: io::Error| format!("{}: {e}", path.display());
                if fs::metadata(path).map_err(fail)?.is_dir() {
                    return Err(Halt::Fail(format!("{}: is a directory (--events reads JSONL files)", path.display())));
                }
                let file = fs::File::open(path).map_err(fail)?;
                self.read(BufReader::with_capacity(1 << 16, file))?;
            }
        }
        Ok(())
    }

    /// Reads one input line by line. An event ends where the next line
    /// names another event, or at the end of the input.
    fn read(&mut self, mut input: impl BufRead) -> Result<(), Halt> {
        let file_index = self.files.len() - 1;
        let name = self.files[file_index].clone();
        let mut current: Option<(Event, usize)> = None;
        let mut buf = Vec::new();
        let (mut line_no, mut offset) = (0usize, 0usize);
        loop {
            buf.clear();
            let n = input.read_until(b'\n', &mut buf).map_err(|e| format!("{name}: line {}: {e}", line_no + 1))?;
            if n == 0 {
                break;
            }
            line_no += 1;
            let line = std::str::from_utf8(&buf).map_err(|e| {
                format!("{name}: line {line_no}: not valid UTF-8 (invalid byte at offset {})", offset + e.valid_up_to())
            })?;
            offset += n;
            if line.trim().is_empty() {
                continue;
            }
            let doc = serde_json::from_str::<Document>(line).map_err(|e| line_error(&name, line_no, &e))?;
            let field = serde_json::from_str::<EventField>(line).map_err(|e| line_error(&name, line_no, &e))?;
            let id = match field.event {
                Some(v @ Value::String(_)) => v,
                Some(v @ Value::Number(_)) if v.is_i64() || v.is_u64() => v,
                Some(v) => {
                    return Err(Halt::Fail(format!(
                        "{name}: line {line_no}: \"event\" must be a string or an integer, not {v}"
                    )));
                }
                None => {
                    return Err(Halt::Fail(format!(
                        "{name}: line {line_no}: no \"event\" field \
                         (each line names the event it reports: a string or an integer)"
                    )));
                }
            };
            let key = id.to_string();
            match &mut current {
                Some((event, last)) if event.key == key => {
                    event.docs.push(doc);
                    event.bytes += n;
                    *last = line_no;
                    continue;
                }
                _ => {}
            }
            if let Some((event, last)) = current.take() {
                self.complete(event, file_index, last)?;
            }
            if let Some(&(f, l)) = self.seen.get(&key) {
                return Err(Halt::Fail(format!(
                    "{name}: line {line_no}: event {key} appears again after its documents ended at {} line {l}; \
                     documents of one event must be on consecutive lines",
                    self.files[f]
                )));
            }
            current = Some((Event { id, key, docs: vec![doc], bytes: n }, line_no));
        }
        if let Some((event, last)) = current.take() {
            self.complete(event, file_index, last)?;
        }
        Ok(())
    }

    /// Adds a complete event to the chunk; checks the chunk when it is full.
    fn complete(&mut self, event: Event, file: usize, last_line: usize) -> Result<(), Halt> {
        self.seen.insert(event.key.clone(), (file, last_line));
        self.chunk_bytes += event.bytes;
        self.chunk.push(event);
        if self.chunk_bytes >= self.opts.chunk_bytes.unwrap_or(CHUNK_BYTES) { self.flush_chunk() } else { Ok(()) }
    }

    /// Checks the events of the chunk in parallel and writes their results in order.
    fn flush_chunk(&mut self) -> Result<(), Halt> {
        let mut chunk = std::mem::take(&mut self.chunk);
        let results = self.checker.check_events(&chunk);
        for (event, result) in chunk.iter().zip(results) {
            self.write(&event.id, result).map_err(write_error)?;
        }
        chunk.clear();
        self.chunk = chunk;
        self.chunk_bytes = 0;
        Ok(())
    }

    fn write(&mut self, id: &Value, result: Result<Report, Error>) -> io::Result<()> {
        self.failed += usize::from(result.is_err());
        let out = &mut self.out;
        match self.opts.format {
            Format::Json => {
                let line = match &result {
                    Ok(report) => EventResult { event: id, report: Some(report), error: None },
                    Err(e) => EventResult { event: id, report: None, error: Some(e.to_string()) },
                };
                serde_json::to_writer(&mut *out, &line)?;
                out.write_all(b"\n")?;
            }
            _ => {
                if self.written > 0 {
                    out.write_all(b"\n")?;
                }
                writeln!(out, "== event {id}")?;
                match &result {
                    Ok(report) => {
                        let text = render::text_with(report, &self.opts.view);
                        out.write_all(text.as_bytes())?;
                        if !text.ends_with('\n') {
                            out.write_all(b"\n")?;
                        }
                    }
                    Err(e) => writeln!(out, "error: {e}")?,
                }
            }
        }
        self.written += 1;
        Ok(())
    }
}

//! The command line of `claimcheck`: options, input, output.
//!
//! The `claimcheck` binary and `examples/check.rs` both run [`main`], so
//! `claimcheck ARGS` and `cargo run --example check -- ARGS` print the same.
//!
//! Arguments are parsed with `lexopt`: one small file with no dependencies,
//! strict (an unknown option or a missing value is an error, never silently
//! ignored), and it hands paths over as `OsString`s, so file names that are
//! not UTF-8 still work.
//!
//! Every failure (bad option, unreadable or malformed input, a document the
//! library rejects) prints `claimcheck: <message>` to stderr and exits with
//! status 2; a report exits with 0. Warnings (an unknown field in a JSON
//! document) go to stderr as `claimcheck: warning: <message>` and do not
//! change the exit status.

mod events;
mod input;

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use claimcheck::{Checker, Document, KnowledgeBase, Lang, LangCode, PartialDate, Report, render};

/// The name messages start with.
const NAME: &str = "claimcheck";

const USAGE: &str = "\
Usage: claimcheck [OPTIONS] [PATH...]

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
  -            standard input: a JSON array or object, JSONL (one object
               per line), or else plain text with the id \"stdin\"
A UTF-8 byte-order mark at the start of a file or line is skipped. A field
of a JSON document other than id, text, lang and published is ignored,
with a warning naming the file, line and field.

Options:
  --format FORMAT      output format (default: text):
                         text      a fact-by-source matrix, then the findings
                         json      the full report, for tools (compact;
                                   --pretty indents it)
                         markdown  the same as text, for a ticket
                         html      one self-contained page (colored matrix,
                                   evidence on hover and on click)
  --pretty             indent the JSON report for people (default: compact,
                       one line; not with --events, whose output is one
                       line per event)
  --show VERDICT[,VERDICT...]
                       show only findings with these verdicts: contradict,
                       tension, compatible, agree, single_source (default:
                       all; text, markdown and html only)
  --all                list single-source facts too (default: counted in
                       one line; text, markdown and html only)
  --width N            the widest line of the text report, in columns
                       (default: the terminal's width, else 100; at least 50)
  --color WHEN         color the text report by verdict: auto (on a
                       terminal, unless NO_COLOR is set), always, never
  --min-sources N      show only findings reported by at least N sources
                       (default: 1; text, markdown and html only)
  --lang CODE          language of the documents that give none: .txt
                       files, and JSON documents without \"lang\"
                       (default: detected from the text); the code of an
                       unsupported language (zh, ca...) skips them
  --date DATE          publication date of the documents that give none:
                       YYYY, YYYY-MM, YYYY-MM-DD or an RFC 3339 timestamp
                       (default: a dateline at the top of the text)
  --kb FILE            knowledge base (JSON: aliases, owns, part_of)
  --tolerance X        how many roundings apart two values may be and still
                       be a tension rather than a contradiction (default: 1)
  --max-doc-bytes N[K|M]
                       the largest document to accept (default: 64M); a
                       larger one is skipped (an error with --strict)
  --strict             stop (exit 2) at the first document that cannot be
                       read, instead of skipping it: empty, language not
                       detected or not supported, too large; an unknown
                       field in a JSON document is an error too. Without
                       it, skipped documents are listed in the report and
                       on stderr
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
  -h, --help           print this help
  -V, --version        print the version

Every FILE may be - for standard input, read once.

Exit status: 0 on a report (also when some documents were skipped), 2 on
bad input or usage, or on an unreadable document with --strict. With --events, an
event the library rejects gets an error as its result and the others go on
(exit 0); bad input stops the run (exit 2) after the results of the events
before it.
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

/// When the text view is colored.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Color {
    /// When stdout is a terminal and NO_COLOR is not set.
    Auto,
    Always,
    Never,
}

struct Options {
    format: Format,
    /// `--pretty`: indented JSON.
    pretty: bool,
    view: render::Options,
    lang: Option<LangCode>,
    date: Option<PartialDate>,
    /// `--strict`: an unreadable document or an unknown field is an error.
    strict: bool,
    /// `--width`, when given.
    width: Option<usize>,
    /// `--color`.
    color: Color,
    kb: Option<PathBuf>,
    tolerance: Option<f64>,
    max_doc_bytes: Option<usize>,
    events: bool,
    /// `--chunk-bytes`, when given.
    chunk_bytes: Option<usize>,
    paths: Vec<PathBuf>,
    help: bool,
    version: bool,
}

impl Options {
    /// Fills what a document does not give from `--lang` and `--date`; a
    /// document's own fields win.
    fn fill(&self, doc: &mut Document) {
        doc.lang = doc.lang.or(self.lang);
        doc.published = doc.published.or(self.date);
    }
}

/// Runs the command line with the process's arguments.
pub fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("{NAME}: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Prints a warning on stderr; the run goes on.
fn warn(msg: &str) {
    eprintln!("{NAME}: warning: {msg}");
}

/// The text view's width and colors: `--width`, else the terminal's
/// columns when stdout is a terminal, else 100; colors with `--color
/// always`, or `auto` on a terminal without NO_COLOR.
fn terminal_view(opts: &Options) -> render::Options {
    use std::io::IsTerminal;
    let tty = std::io::stdout().is_terminal();
    let columns = || terminal_size::terminal_size().map(|(w, _)| usize::from(w.0));
    let width = opts.width.or_else(|| if tty { columns() } else { None }).unwrap_or(render::DEFAULT_WIDTH);
    let color = match opts.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    opts.view.clone().width(width).color(color)
}

/// Names the skipped documents on stderr, so that a run that skips some
/// says so even when its report goes to a file. Ids are written as the
/// library's messages write them, escaped.
fn warn_skipped(report: &Report) {
    for s in &report.skipped {
        warn(&format!("skipped {}", s.reason));
    }
}

fn run() -> Result<(), Fail> {
    let opts = parse_args(lexopt::Parser::from_env())?;
    if opts.help {
        return emit(USAGE);
    }
    if opts.version {
        return emit(&format!("{NAME} {}\n", env!("CARGO_PKG_VERSION")));
    }
    let opts = Options { view: terminal_view(&opts), ..opts };
    let mut checker = Checker::new().strict(opts.strict);
    if let Some(path) = &opts.kb {
        let json = input::read_text(path)?;
        let kb = KnowledgeBase::from_json(&json).map_err(|e| format!("{}: {e}", input::name(path)))?;
        checker = checker.knowledge(kb);
    }
    if let Some(t) = opts.tolerance {
        checker = checker.tolerance(t);
    }
    if let Some(n) = opts.max_doc_bytes {
        checker = checker.max_document_bytes(n);
    }
    if opts.events {
        return events::check_events(&opts, &checker);
    }
    let docs = if opts.paths.is_empty() { builtin_corpus() } else { input::load_paths(&opts)? };
    // The process ends once the report is printed: its many small strings
    // are left to the system rather than freed one by one.
    let report = std::mem::ManuallyDrop::new(checker.check(&docs).map_err(|e| e.to_string())?);
    warn_skipped(&report);
    let mut out = match opts.format {
        Format::Json => return emit_json(&report, opts.pretty),
        Format::Text => render::text_with(&report, &opts.view),
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

    let mut opts = Options::defaults();
    let err = |e: lexopt::Error| e.to_string();
    while let Some(arg) = parser.next().map_err(err)? {
        match arg {
            Short('h') | Long("help") => opts.help = true,
            Short('V') | Long("version") => opts.version = true,
            Long("format") => opts.format = parse_format(&string_value(&mut parser, "--format")?)?,
            Long("show") => {
                let v = string_value(&mut parser, "--show")?;
                let verdicts = render::Options::parse_verdicts(&v).map_err(|e| format!("--show: {e}"))?;
                opts.view = opts.view.show(&verdicts);
            }
            Long("width") => opts.width = Some(positive_value(&mut parser, "--width", "a whole number of columns")?),
            Long("all") => opts.view = opts.view.all(true),
            Long("pretty") => opts.pretty = true,
            Long("color") => opts.color = color_value(&mut parser)?,
            Long("min-sources") => {
                let n = positive_value(&mut parser, "--min-sources", "a whole number >= 1")?;
                opts.view = opts.view.min_sources(n);
            }
            Long("lang") => {
                let v = string_value(&mut parser, "--lang")?;
                opts.lang = Some(v.parse::<LangCode>().map_err(|e| format!("--lang: {e}"))?);
            }
            Long("date") => {
                let v = string_value(&mut parser, "--date")?;
                opts.date = Some(v.parse::<PartialDate>().map_err(|e| format!("--date: {e}"))?);
            }
            Long("kb") => opts.kb = Some(PathBuf::from(parser.value().map_err(err)?)),
            Long("tolerance") => opts.tolerance = Some(tolerance_value(&mut parser)?),
            Long("max-doc-bytes") => opts.max_doc_bytes = Some(bytes_value(&mut parser, "--max-doc-bytes")?),
            Long("events") => opts.events = true,
            Long("strict") => opts.strict = true,
            Long("chunk-bytes") => opts.chunk_bytes = Some(bytes_value(&mut parser, "--chunk-bytes")?),
            Value(v) => opts.paths.push(PathBuf::from(v)),
            _ => return Err(err(arg.unexpected())),
        }
    }
    check_options(&opts)?;
    Ok(opts)
}

impl Options {
    /// The options before any argument is read.
    fn defaults() -> Options {
        Options {
            format: Format::Text,
            pretty: false,
            view: render::Options::new(),
            lang: None,
            date: None,
            strict: false,
            width: None,
            color: Color::Auto,
            kb: None,
            tolerance: None,
            max_doc_bytes: None,
            events: false,
            chunk_bytes: None,
            paths: Vec::new(),
            help: false,
            version: false,
        }
    }
}

/// The value of `flag` as a whole number of at least one.
fn positive_value(parser: &mut lexopt::Parser, flag: &str, expected: &str) -> Result<usize, Fail> {
    let v = string_value(parser, flag)?;
    v.parse::<usize>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| format!("invalid value for {flag}: {v:?} (expected {expected})"))
}

/// The value of `--color`.
fn color_value(parser: &mut lexopt::Parser) -> Result<Color, Fail> {
    let v = string_value(parser, "--color")?;
    match v.as_str() {
        "auto" => Ok(Color::Auto),
        "always" => Ok(Color::Always),
        "never" => Ok(Color::Never),
        _ => Err(format!("invalid value for --color: {v:?} (expected auto, always or never)")),
    }
}

/// The value of `--tolerance`: a finite number of at least zero.
fn tolerance_value(parser: &mut lexopt::Parser) -> Result<f64, Fail> {
    let v = string_value(parser, "--tolerance")?;
    v.parse::<f64>()
        .ok()
        .filter(|t| t.is_finite() && *t >= 0.0)
        .ok_or_else(|| format!("invalid value for --tolerance: {v:?} (expected a number >= 0)"))
}

fn parse_format(v: &str) -> Result<Format, Fail> {
    match v {
        "text" => Ok(Format::Text),
        "json" => Ok(Format::Json),
        "markdown" | "md" => Ok(Format::Markdown),
        "html" => Ok(Format::Html),
        _ => Err(format!("invalid value for --format: {v:?} (expected text, json, markdown or html)")),
    }
}

/// The combinations of options that make no sense.
fn check_options(opts: &Options) -> Result<(), Fail> {
    if !opts.events && opts.chunk_bytes.is_some() {
        return Err("--chunk-bytes applies to --events only".to_string());
    }
    if opts.events {
        if opts.paths.is_empty() {
            return Err("--events needs at least one PATH (- for stdin)".to_string());
        }
        if !matches!(opts.format, Format::Text | Format::Json) {
            return Err("--events writes --format text or json only".to_string());
        }
        if opts.pretty {
            return Err("--pretty does not apply to --events, which writes one JSON line per event".to_string());
        }
    }
    // Standard input can be read once.
    let stdin_uses = opts.paths.iter().chain(&opts.kb).filter(|p| input::is_stdin(p)).count();
    if stdin_uses > 1 {
        return Err("- (standard input) is given more than once; it can be read only once".to_string());
    }
    Ok(())
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

fn bytes_value(parser: &mut lexopt::Parser, option: &str) -> Result<usize, Fail> {
    let v = string_value(parser, option)?;
    parse_bytes(&v)
        .ok_or_else(|| format!("invalid value for {option}: {v:?} (expected a whole number >= 1, with K or M)"))
}

fn string_value(parser: &mut lexopt::Parser, option: &str) -> Result<String, Fail> {
    let v: OsString = parser.value().map_err(|e| e.to_string())?;
    v.into_string().map_err(|v| format!("invalid value for {option}: {v:?} is not UTF-8"))
}

/// The sample corpus of examples/corpus/, embedded so that the command runs
/// from any directory. Ids and languages match the corpus's EXPECTED.md.
fn builtin_corpus() -> Vec<Document> {
    [
        ("000", Lang::Pt, include_str!("../../../../examples/corpus/000_pt.txt")),
        ("001", Lang::Pt, include_str!("../../../../examples/corpus/001_pt.txt")),
        ("002", Lang::Id, include_str!("../../../../examples/corpus/002_id.txt")),
        ("003", Lang::Es, include_str!("../../../../examples/corpus/003_es.txt")),
        ("004", Lang::It, include_str!("../../../../examples/corpus/004_it.txt")),
    ]
    .into_iter()
    .map(|(id, lang, text)| Document::new(id, text).with_lang(lang))
    .collect()
}

/// Writes to a locked, buffered stdout. A closed pipe (`claimcheck | head`)
/// is not an error: the reader has what it wanted.
fn emit(s: &str) -> Result<(), Fail> {
    write_stdout(|out| out.write_all(s.as_bytes()))
}

/// Writes the report as JSON to stdout as it is serialized, never whole in
/// memory, and a final newline.
fn emit_json(report: &Report, pretty: bool) -> Result<(), Fail> {
    write_stdout(|out| {
        render::json_to(report, &mut *out, pretty)?;
        out.write_all(b"\n")
    })
}

/// Runs `write` on a buffered stdout ([`RawStdout`]) and flushes it; a
/// closed pipe is no error. The buffer is 64 KiB (std's default is 8 KiB):
/// a report is several times its input, and each flush is a system call.
fn write_stdout(write: impl FnOnce(&mut BufWriter<RawStdout>) -> io::Result<()>) -> Result<(), Fail> {
    let mut out = BufWriter::with_capacity(64 * 1024, RawStdout::new());
    match write(&mut out).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(format!("writing output: {e}")),
    }
}

/// Stdout without std's line buffering, which looks through every block
/// written for its last line break (all of a compact report's 64 KiB
/// blocks, which have none): on Unix a handle of its own on the same
/// output, once std's stdout is flushed; elsewhere, or when no such handle
/// can be had, std's stdout.
enum RawStdout {
    #[cfg(unix)]
    File(std::fs::File),
    Std(io::StdoutLock<'static>),
}

impl RawStdout {
    fn new() -> RawStdout {
        #[cfg(unix)]
        {
            use std::os::fd::AsFd;
            let std = io::stdout();
            if std.lock().flush().is_ok() {
                if let Ok(fd) = std.as_fd().try_clone_to_owned() {
                    return RawStdout::File(std::fs::File::from(fd));
                }
            }
        }
        RawStdout::Std(io::stdout().lock())
    }
}

impl Write for RawStdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            #[cfg(unix)]
            RawStdout::File(f) => f.write(buf),
            RawStdout::Std(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            #[cfg(unix)]
            RawStdout::File(f) => f.flush(),
            RawStdout::Std(s) => s.flush(),
        }
    }
}

//! `--events`: many independent events, streamed.
//!
//! Every PATH (or `-` for stdin) is read line by line as JSONL, each line
//! one document with an `"event"` field (a string or an integer) naming the
//! story it reports. The documents of one event are on consecutive lines;
//! an event is complete when the next line names another one (or the file
//! ends), and an event seen again later is an error. Complete events are
//! gathered into chunks of about `--chunk-bytes` of input and each chunk is
//! checked with `Checker::check_events`, on all cores with the library's
//! `rayon` feature. One result per event is written in input order, as
//! each chunk is done: with `--format json`, one line `{"event": ...,
//! "report": {...}}`, or `{"event": ..., "error": "..."}` for an event the
//! library rejects (the other events are still checked). Memory holds one
//! chunk (or one event, when an event is larger), its reports and the ids
//! of the events seen, never the whole input, so corpora larger than memory
//! can be checked.

use std::collections::HashMap;
use std::fs;
use std::io::{self, BufRead, BufReader, BufWriter, Write};

use claimcheck::{Checker, Document, Error, Report, render};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::input::{self, At, UnknownFields};
use super::{Fail, Format, NAME, Options};

/// The default of `--chunk-bytes`: hundreds of events of a few articles,
/// enough to keep every core busy. Reports in memory take some 25 times
/// the bytes of their input, so this is some 30 MB at most.
const CHUNK_BYTES: usize = 1 << 20;

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
    /// The line of each document, by id, to name both places of a duplicate.
    lines: HashMap<String, usize>,
    /// Why the event cannot be checked, found while reading it (an id given twice).
    error: Option<String>,
    /// Input bytes of its lines.
    bytes: usize,
}

impl Event {
    /// Adds a document read at `line` of `file`.
    fn push(&mut self, doc: Document, file: &str, line: usize) {
        if self.error.is_none() {
            if let Some(first) = self.lines.insert(doc.id.clone(), line) {
                self.error = Some(format!(
                    "duplicate document id {:?}: in {file} line {first} and in {file} line {line}",
                    doc.id
                ));
            }
        }
        self.docs.push(doc);
    }
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
    /// The reader of stdout has gone (`claimcheck --events ... | head`): not an error.
    Closed,
}

impl From<Fail> for Halt {
    fn from(f: Fail) -> Halt {
        Halt::Fail(f)
    }
}

/// `--events`: streams the inputs, checks complete events in chunks.
pub(super) fn check_events(opts: &Options, checker: &Checker) -> Result<(), Fail> {
    let mut stream = EventStream {
        checker,
        opts,
        out: BufWriter::new(io::stdout().lock()),
        chunk: Vec::new(),
        chunk_bytes: 0,
        seen: HashMap::new(),
        files: Vec::new(),
        unknown: UnknownFields::default(),
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
    stream.unknown.finish();
    match done {
        Ok(()) => {
            if stream.failed > 0 {
                eprintln!(
                    "{NAME}: {} of {} events could not be checked; their results give the error",
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
    unknown: UnknownFields,
    /// Events written.
    written: usize,
    /// Of those, events that could not be checked.
    failed: usize,
}

impl EventStream<'_> {
    fn read_all(&mut self) -> Result<(), Halt> {
        for path in &self.opts.paths {
            self.files.push(input::name(path));
            if input::is_stdin(path) {
                self.read(io::stdin().lock())?;
            } else {
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
            let line = input::strip_bom(line.trim_end_matches(['\n', '\r']));
            offset += n;
            if line.trim().is_empty() {
                continue;
            }
            let at = At { file: &name, line: line_no, column: 1 };
            let doc = input::parse_doc(line, &at, self.opts, &["event"], &mut self.unknown)?;
            let id = event_id(line, &at)?;
            let key = id.to_string();
            match &mut current {
                Some((event, last)) if event.key == key => {
                    event.push(doc, &name, line_no);
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
            let mut event = Event { id, key, docs: Vec::new(), lines: HashMap::new(), error: None, bytes: n };
            event.push(doc, &name, line_no);
            current = Some((event, line_no));
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

    /// Checks the events of the chunk in parallel and writes their results
    /// in order; an event found bad while reading gets its error.
    fn flush_chunk(&mut self) -> Result<(), Halt> {
        let mut chunk = std::mem::take(&mut self.chunk);
        let good: Vec<&Event> = chunk.iter().filter(|e| e.error.is_none()).collect();
        let mut results = self.checker.check_events(&good).into_iter();
        for event in &chunk {
            let result = match &event.error {
                Some(e) => Err(e.clone()),
                None => results.next().unwrap_or(Err(Error::NoDocuments)).map_err(|e| e.to_string()),
            };
            self.write(&event.id, result).map_err(write_error)?;
        }
        chunk.clear();
        self.chunk = chunk;
        self.chunk_bytes = 0;
        Ok(())
    }

    fn write(&mut self, id: &Value, result: Result<Report, String>) -> io::Result<()> {
        self.failed += usize::from(result.is_err());
        let out = &mut self.out;
        match self.opts.format {
            Format::Json => {
                let line = match result {
                    Ok(ref report) => EventResult { event: id, report: Some(report), error: None },
                    Err(e) => EventResult { event: id, report: None, error: Some(e) },
                };
                // The report's escaping of what could act on a terminal, streamed.
                render::json_to(&line, &mut *out, false)?;
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

/// The `"event"` field of a line: a string or an integer.
fn event_id(line: &str, at: &At) -> Result<Value, Fail> {
    let field = serde_json::from_str::<EventField>(line).map_err(|e| input::json_error(at, &e))?;
    let (name, line_no) = (at.file, at.line);
    match field.event {
        Some(v @ Value::String(_)) => Ok(v),
        Some(v @ Value::Number(_)) if v.is_i64() || v.is_u64() => Ok(v),
        Some(v) => Err(format!("{name}: line {line_no}: \"event\" must be a string or an integer, not {v}")),
        None => Err(format!(
            "{name}: line {line_no}: no \"event\" field \
             (each line names the event it reports: a string or an integer)"
        )),
    }
}

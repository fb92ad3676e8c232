//! Reading documents: files, directories and standard input, as plain text,
//! JSON or JSONL.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use claimcheck::Document;
use serde_json::value::RawValue;

use super::{Fail, Options, warn};

/// The UTF-8 byte-order mark some editors write at the start of a file.
const BOM: &str = "\u{FEFF}";

/// Whether a path names standard input.
pub(super) fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// A path as messages name it.
pub(super) fn name(path: &Path) -> String {
    if is_stdin(path) { "<stdin>".to_string() } else { path.display().to_string() }
}

/// `s` without a byte-order mark at its start.
pub(super) fn strip_bom(s: &str) -> &str {
    s.strip_prefix(BOM).unwrap_or(s)
}

/// Reads a file, or standard input for `-`, as UTF-8, naming it and the
/// first bad byte on failure. A byte-order mark at the start is dropped.
pub(super) fn read_text(path: &Path) -> Result<String, Fail> {
    let fail = |e: io::Error| format!("{}: {e}", name(path));
    let bytes = if is_stdin(path) {
        let mut buf = Vec::new();
        io::stdin().lock().read_to_end(&mut buf).map_err(fail)?;
        buf
    } else {
        fs::read(path).map_err(fail)?
    };
    let mut text = String::from_utf8(bytes).map_err(|e| {
        format!("{}: not valid UTF-8 (invalid byte at offset {})", name(path), e.utf8_error().valid_up_to())
    })?;
    if text.starts_with(BOM) {
        text.drain(..BOM.len());
    }
    Ok(text)
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

/// The kind of a text with no file name (standard input): a JSON array, a
/// JSON object (over one line or several), JSONL, or else plain text.
fn kind_of_text(text: &str) -> Kind {
    let t = text.trim_start();
    if t.starts_with('[') {
        Kind::Json
    } else if t.starts_with('{') {
        // JSONL fails at its second line, so this reads no further.
        if serde_json::from_str::<serde::de::IgnoredAny>(t).is_ok() { Kind::Json } else { Kind::Jsonl }
    } else {
        Kind::Txt
    }
}

/// The documents read so far, each with the place it came from.
#[derive(Default)]
struct Loaded {
    docs: Vec<Document>,
    /// Per document, "FILE" or "FILE line N".
    places: Vec<String>,
    unknown: UnknownFields,
}

impl Loaded {
    fn push(&mut self, doc: Document, place: String) {
        self.docs.push(doc);
        self.places.push(place);
    }
}

/// Reads every PATH into documents, with `--lang` and `--date` filled in.
/// Two documents with one id are an error naming both places.
pub(super) fn load_paths(opts: &Options) -> Result<Vec<Document>, Fail> {
    let mut loaded = Loaded::default();
    for path in &opts.paths {
        if is_stdin(path) {
            let text = read_text(path)?;
            load_text(&text, kind_of_text(&text), path, opts, &mut loaded)?;
            continue;
        }
        let meta = fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
        if meta.is_dir() {
            for f in &dir_files(path)? {
                load_file(f, opts, &mut loaded)?;
            }
        } else {
            load_file(path, opts, &mut loaded)?;
        }
    }
    loaded.unknown.finish();
    check_ids(&loaded)?;
    Ok(loaded.docs)
}

/// The .txt, .json and .jsonl files of a directory, by name.
fn dir_files(dir: &Path) -> Result<Vec<PathBuf>, Fail> {
    let fail = |e: io::Error| format!("{}: {e}", dir.display());
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(fail)? {
        let p = entry.map_err(fail)?.path();
        if kind_of(&p).is_some() && p.is_file() {
            files.push(p);
        }
    }
    if files.is_empty() {
        return Err(format!("{}: no .txt, .json or .jsonl files in this directory", dir.display()));
    }
    files.sort();
    Ok(files)
}

/// Fails on the first id given twice, naming where each was read.
fn check_ids(loaded: &Loaded) -> Result<(), Fail> {
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(loaded.docs.len());
    for (k, d) in loaded.docs.iter().enumerate() {
        if let Some(&first) = seen.get(d.id.as_str()) {
            return Err(format!(
                "duplicate document id {:?}: in {} and in {}",
                d.id, loaded.places[first], loaded.places[k]
            ));
        }
        seen.insert(&d.id, k);
    }
    Ok(())
}

fn load_file(path: &Path, opts: &Options, loaded: &mut Loaded) -> Result<(), Fail> {
    let kind = kind_of(path)
        .ok_or_else(|| format!("{}: unsupported file type (expected .txt, .json or .jsonl)", path.display()))?;
    let text = read_text(path)?;
    load_text(&text, kind, path, opts, loaded)
}

fn load_text(text: &str, kind: Kind, path: &Path, opts: &Options, loaded: &mut Loaded) -> Result<(), Fail> {
    let file = name(path);
    match kind {
        Kind::Txt => {
            let id = if is_stdin(path) {
                "stdin".to_string()
            } else {
                path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
            };
            let mut doc = Document::new(id, text);
            opts.fill(&mut doc);
            loaded.push(doc, file);
        }
        Kind::Json if text.trim_start().starts_with('[') => {
            let items = serde_json::from_str::<Vec<&RawValue>>(text)
                .map_err(|e| json_error(&At { file: &file, line: 1, column: 1 }, &e))?;
            let mut lines = LineIndex::new(text);
            for raw in items {
                let at = lines.at(&file, raw.get());
                let doc = parse_doc(raw.get(), &at, opts, &[], &mut loaded.unknown)?;
                loaded.push(doc, format!("{file} line {}", at.line));
            }
        }
        Kind::Json => {
            let at = LineIndex::new(text).at(&file, text.trim_start());
            let doc = parse_doc(text, &At { line: 1, column: 1, ..at }, opts, &[], &mut loaded.unknown)?;
            loaded.push(doc, format!("{file} line {}", at.line));
        }
        Kind::Jsonl => {
            for (i, line) in text.lines().enumerate() {
                let line = strip_bom(line);
                if line.trim().is_empty() {
                    continue;
                }
                let at = At { file: &file, line: i + 1, column: 1 };
                let doc = parse_doc(line, &at, opts, &[], &mut loaded.unknown)?;
                loaded.push(doc, format!("{file} line {}", i + 1));
            }
        }
    }
    Ok(())
}

/// Where a document's JSON starts in its file.
#[derive(Clone, Copy)]
pub(super) struct At<'a> {
    pub file: &'a str,
    /// 1-based.
    pub line: usize,
    /// 1-based, in chars.
    pub column: usize,
}

/// Line and column of slices of one text, for texts read in order.
struct LineIndex<'t> {
    text: &'t str,
    /// Bytes counted so far, the line there and where that line starts.
    done: usize,
    line: usize,
    line_start: usize,
}

impl<'t> LineIndex<'t> {
    fn new(text: &'t str) -> LineIndex<'t> {
        LineIndex { text, done: 0, line: 1, line_start: 0 }
    }

    /// Where `slice`, a part of the text after every slice asked before, starts.
    fn at<'f>(&mut self, file: &'f str, slice: &str) -> At<'f> {
        let offset = (slice.as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize).min(self.text.len());
        if offset >= self.done {
            for (k, b) in self.text.as_bytes()[self.done..offset].iter().enumerate() {
                if *b == b'\n' {
                    self.line += 1;
                    self.line_start = self.done + k + 1;
                }
            }
            self.done = offset;
        }
        let column = self.text.get(self.line_start..offset).map_or(1, |s| s.chars().count() + 1);
        At { file, line: self.line, column }
    }
}

/// Reads one JSON document object that starts at `at`: warns of fields it
/// does not read (other than `allowed`; an error under `--strict`) and
/// fills `--lang` and `--date`.
pub(super) fn parse_doc(
    json: &str,
    at: &At,
    opts: &Options,
    allowed: &[&str],
    unknown: &mut UnknownFields,
) -> Result<Document, Fail> {
    let mut doc = serde_json::from_str::<Document>(json).map_err(|e| json_error(at, &e))?;
    // The document was read, so this is one object and cannot fail.
    if let Ok(fields) = Document::unknown_fields(json) {
        for f in fields.into_iter().filter(|f| !allowed.contains(&f.as_str())) {
            if opts.strict {
                return Err(format!(
                    "{}: line {}: unknown field {f:?} (a document has the fields {}; --strict)",
                    at.file,
                    at.line,
                    Document::FIELDS.join(", ")
                ));
            }
            unknown.note(at, f);
        }
    }
    opts.fill(&mut doc);
    Ok(doc)
}

/// A JSON error in a document that starts at `at`, naming the file, line
/// and column in the file.
pub(super) fn json_error(at: &At, e: &serde_json::Error) -> Fail {
    // serde_json ends its message with "at line L column C", counted from
    // the start of the document: the position in the file is given instead.
    let msg = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let msg = msg.strip_suffix(&suffix).unwrap_or(&msg);
    if e.line() == 0 {
        return format!("{}: line {}: {msg}", at.file, at.line);
    }
    let line = at.line + e.line() - 1;
    let column = if e.line() == 1 { at.column + e.column().saturating_sub(1) } else { e.column() };
    format!("{}: line {line}, column {column}: {msg}", at.file)
}

/// Fields of JSON documents that no document reads: each warned of where
/// first seen; how often it came again is told at the end, so that a typo
/// on every line of a large file gives two lines, not a million.
#[derive(Default)]
pub(super) struct UnknownFields {
    /// Each field, and on how many more documents it was seen.
    seen: BTreeMap<String, usize>,
}

impl UnknownFields {
    fn note(&mut self, at: &At, field: String) {
        match self.seen.get_mut(&field) {
            Some(more) => *more += 1,
            None => {
                warn(&format!(
                    "{}: line {}: unknown field {field:?} ignored (a document has the fields {})",
                    at.file,
                    at.line,
                    Document::FIELDS.join(", ")
                ));
                self.seen.insert(field, 0);
            }
        }
    }

    /// Tells how often each field came again.
    pub(super) fn finish(&self) {
        for (field, more) in self.seen.iter().filter(|(_, n)| **n > 0) {
            let s = if *more == 1 { "" } else { "s" };
            warn(&format!("unknown field {field:?} also on {more} more document{s}, ignored"));
        }
    }
}

//! Runs the `claimcheck` binary as a user would and checks its exit status
//! and what it prints; one test runs `cargo run --example check` too, which
//! must print the same.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// The binary with `args`, built by cargo for this test with its features
/// (so `cargo test --no-default-features` runs it without rayon).
fn check_command(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimcheck"));
    cmd.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// `cargo run` of the example with `args`, with the features of this test.
fn example_command(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(["run", "--quiet", "--example", "check"]);
    if !cfg!(feature = "rayon") {
        cmd.arg("--no-default-features");
    }
    cmd.arg("--").args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn run_check(args: &[&str]) -> Output {
    check_command(args).output().expect("cannot run claimcheck")
}

/// Runs the binary with `input` on its stdin.
fn run_check_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = check_command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run claimcheck");
    child.stdin.take().expect("stdin is piped").write_all(input).expect("cannot write stdin");
    child.wait_with_output().expect("cannot wait for claimcheck")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh, empty directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let unique =
            format!("claimcheck-cli-{name}-{}-{nanos}-{}", std::process::id(), COUNT.fetch_add(1, Ordering::Relaxed));
        let dir = std::env::temp_dir().join(unique);
        std::fs::create_dir_all(&dir).expect("cannot create temp dir");
        TempDir(dir)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).expect("cannot write temp file");
        p
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn s(p: &Path) -> &str {
    p.to_str().expect("temp path is UTF-8")
}

#[track_caller]
fn assert_fails(o: &Output, needles: &[&str]) {
    let all = stderr(o);
    assert_eq!(o.status.code(), Some(2), "expected exit 2; stderr: {all}");
    // Warnings may come first: the failure is the last line.
    let err = all.lines().last().unwrap_or("");
    assert!(err.starts_with("claimcheck: ") && !err.starts_with("claimcheck: warning"), "stderr: {all}");
    for n in needles {
        assert!(err.contains(n), "stderr lacks {n:?}: {all}");
    }
    assert!(!all.contains("panicked"), "stderr: {all}");
}

fn json_output(o: &Output) -> serde_json::Value {
    assert_eq!(o.status.code(), Some(0), "expected exit 0; stderr: {}", stderr(o));
    serde_json::from_str(&stdout(o)).expect("stdout is JSON")
}

fn doc_ids(report: &serde_json::Value) -> Vec<String> {
    report["documents"]
        .as_array()
        .expect("documents is an array")
        .iter()
        .map(|d| d["id"].as_str().expect("document id is a string").to_string())
        .collect()
}

#[test]
fn builtin_corpus_as_json() {
    let o = run_check(&["--format", "json"]);
    let report = json_output(&o);
    for key in ["documents", "claims", "findings"] {
        assert!(report[key].is_array(), "{key} is not an array");
    }
    assert_eq!(doc_ids(&report), ["000", "001", "002", "003", "004"]);
    assert!(!report["claims"].as_array().unwrap().is_empty(), "no claims extracted from the corpus");
}

#[test]
fn json_is_compact_unless_pretty() {
    let compact = run_check(&["--format", "json", "examples/corpus/000_pt.txt"]);
    let pretty = run_check(&["--format", "json", "--pretty", "examples/corpus/000_pt.txt"]);
    let (c, p) = (stdout(&compact), stdout(&pretty));
    assert_eq!(c.lines().count(), 1, "compact JSON is one line: {c}");
    assert!(c.ends_with("}\n"), "{c}");
    assert!(p.starts_with("{\n  \"documents\": [\n"), "pretty JSON is indented: {p}");
    assert_eq!(json_output(&compact), json_output(&pretty), "the same report");
    // --events writes one line per event: --pretty would break that.
    assert_fails(&run_check(&["--events", "--pretty", "x.jsonl"]), &["--pretty", "--events"]);
}

#[test]
fn builtin_corpus_as_text() {
    let o = run_check(&[]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert!(stdout(&o).starts_with("claimcheck: 5 documents"), "stdout: {}", stdout(&o));
}

#[test]
fn missing_file_is_named() {
    let o = run_check(&["no-such-dir/no-such-file.txt"]);
    assert_fails(&o, &["no-such-dir/no-such-file.txt"]);
}

#[test]
fn non_utf8_text_is_named_with_offset() {
    let dir = TempDir::new("utf8");
    let p = dir.write("latin1.txt", b"A Acme encomendou 100 mil chips em S\xe3o Paulo.");
    let o = run_check(&[s(&p)]);
    assert_fails(&o, &["latin1.txt", "UTF-8", "offset 36"]);
}

#[test]
fn bad_jsonl_line_is_named() {
    let dir = TempDir::new("jsonl");
    let p = dir.write(
        "docs.jsonl",
        b"{\"id\": \"a\", \"text\": \"A Acme encomendou mais de 100 mil chips.\", \"lang\": \"pt\"}\n{\"id\": \"b\", \"text\": \n",
    );
    let o = run_check(&[s(&p)]);
    assert_fails(&o, &["docs.jsonl", "line 2"]);
}

#[test]
fn duplicate_ids_fail() {
    let dir = TempDir::new("dup");
    let p = dir.write(
        "docs.jsonl",
        b"{\"id\": \"a\", \"text\": \"A Acme encomendou mais de 100 mil chips.\", \"lang\": \"pt\"}\n\n{\"id\": \"a\", \"text\": \"Acme memesan lebih dari 100.000 chip.\", \"lang\": \"id\"}\n",
    );
    let o = run_check(&[s(&p)]);
    assert_fails(&o, &["duplicate document id \"a\"", "docs.jsonl line 1 and in", "docs.jsonl line 3"]);
    // Across files and kinds: the text file's id is its stem.
    let txt = dir.write("a.txt", PT.as_bytes());
    let arr = dir.write(
        "more.json",
        format!("[\n{{\"id\": \"b\", \"text\": \"{ID}\"}},\n\n  {{\"id\": \"a\", \"text\": \"x\"}}]").as_bytes(),
    );
    let o = run_check(&[s(&txt), s(&arr)]);
    assert_fails(&o, &["duplicate document id \"a\"", "a.txt and in", "more.json line 4"]);
    let o = run_check_stdin(&[s(&txt), "-"], format!("{{\"id\": \"a\", \"text\": \"{ID}\"}}").as_bytes());
    assert_fails(&o, &["a.txt and in <stdin> line 1"]);
}

#[test]
fn duplicate_ids_in_an_event_name_both_lines() {
    let dup = r#"{"event": 3, "id": "a", "lang": "pt", "text": "A Acme encomendou 90 mil chips."}"#;
    let input = jsonl(&[TWO_EVENTS[0], TWO_EVENTS[1], TWO_EVENTS[2], TWO_EVENTS[3], dup]);
    let o = run_check_stdin(&["--events", "--format", "json", "-"], &input);
    let lines = json_lines(&o);
    assert!(lines[0]["report"].is_object(), "{}", lines[0]);
    assert_eq!(lines[1]["event"], 3);
    let err = lines[1]["error"].as_str().expect("an error");
    assert_eq!(err, "duplicate document id \"a\": in <stdin> line 3 and in <stdin> line 5");
    assert!(stderr(&o).contains("1 of 2 events"), "stderr: {}", stderr(&o));
}

#[test]
fn a_byte_order_mark_is_skipped() {
    const BOM: &str = "\u{FEFF}";
    let dir = TempDir::new("bom");
    let plain = dir.write("a.txt", PT.as_bytes());
    std::fs::create_dir(dir.path().join("b")).unwrap();
    let marked = dir.write("b/a.txt", format!("{BOM}{PT}").as_bytes());
    let expected = json_output(&run_check(&["--format", "json", s(&plain)]));
    assert_eq!(json_output(&run_check(&["--format", "json", s(&marked)])), expected);
    let line = |id: &str, lang: &str, text: &str| format!(r#"{{"id": "{id}", "lang": "{lang}", "text": "{text}"}}"#);
    let (a, b) = (line("a", "pt", PT), line("b", "id", ID));
    let clean = dir.write("clean.jsonl", format!("{a}\n{b}\n").as_bytes());
    let expected = json_output(&run_check(&["--format", "json", s(&clean)]));
    // At the start of the file, and of a line (files concatenated).
    let marked = dir.write("marked.jsonl", format!("{BOM}{a}\n{BOM}{b}\n").as_bytes());
    assert_eq!(json_output(&run_check(&["--format", "json", s(&marked)])), expected);
    let array = dir.write("marked.json", format!("{BOM}[{a},\n{b}]").as_bytes());
    assert_eq!(json_output(&run_check(&["--format", "json", s(&array)])), expected);
    let o = run_check_stdin(&["--format", "json", "-"], format!("{BOM}{a}\n{BOM}{b}\n").as_bytes());
    assert_eq!(json_output(&o), expected);
    let events = format!("{BOM}{}\n{BOM}{}\n", TWO_EVENTS[0], TWO_EVENTS[1]);
    let o = run_check_stdin(&["--events", "--format", "json", "-"], events.as_bytes());
    assert!(json_lines(&o)[0]["report"].is_object(), "stdout: {}", stdout(&o));
    // A mark inside a line is no mark to skip: the JSON is bad.
    let inside = dir.write("inside.jsonl", format!("{a}\n  {BOM}{b}\n").as_bytes());
    assert_fails(&run_check(&[s(&inside)]), &["inside.jsonl", "line 2"]);
}

#[test]
fn unknown_fields_are_warned_of() {
    let dir = TempDir::new("unknown");
    let typo = format!(r#"{{"id": "b", "langauge": "id", "text": "{ID}"}}"#);
    let p = dir
        .write("docs.jsonl", format!("{}\n{typo}\n{}\n", line_doc("a", PT), typo.replace("\"b\"", "\"c\"")).as_bytes());
    let o = run_check(&[s(&p)]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let err = stderr(&o);
    let warnings: Vec<&str> = err.lines().collect();
    assert_eq!(warnings.len(), 2, "stderr: {err}");
    assert!(warnings[0].starts_with("claimcheck: warning: "), "{err}");
    assert!(warnings[0].contains("docs.jsonl: line 2: unknown field \"langauge\""), "{err}");
    assert!(warnings[1].contains("\"langauge\" also on 1 more document"), "{err}");
    // No warning for known fields; "event" is known with --events only.
    let clean = dir.write("clean.jsonl", format!("{}\n", line_doc("a", PT)).as_bytes());
    assert_eq!(stderr(&run_check(&[s(&clean)])), "");
    let o = run_check_stdin(&["--events", "--format", "json", "-"], &jsonl(&TWO_EVENTS));
    assert_eq!(stderr(&o), "");
    let o = run_check_stdin(&["--format", "json", "-"], TWO_EVENTS[0].as_bytes());
    assert!(stderr(&o).contains("<stdin>: line 1: unknown field \"event\""), "stderr: {}", stderr(&o));
    let typo_event = TWO_EVENTS[1].replace("\"lang\"", "\"lnag\"");
    let o = run_check_stdin(&["--events", "--format", "json", "-"], &jsonl(&[TWO_EVENTS[0], &typo_event]));
    assert!(stderr(&o).contains("<stdin>: line 2: unknown field \"lnag\""), "stderr: {}", stderr(&o));
    // In a JSON array, the line where the document starts.
    let arr = dir.write("docs.json", format!("[\n  {},\n\n  {typo}\n]", line_doc("a", PT)).as_bytes());
    let o = run_check(&[s(&arr)]);
    assert!(stderr(&o).contains("docs.json: line 4: unknown field \"langauge\""), "stderr: {}", stderr(&o));
}

fn line_doc(id: &str, text: &str) -> String {
    format!(r#"{{"id": "{id}", "text": "{text}"}}"#)
}

#[test]
fn lang_and_date_fill_json_documents_that_lack_them() {
    let dir = TempDir::new("fill");
    let own = format!(r#"{{"id": "b", "lang": "id", "published": "2023-05", "text": "{ID}"}}"#);
    let p = dir.write("docs.jsonl", format!("{}\n{own}\n", line_doc("a", PT)).as_bytes());
    let o = run_check(&["--format", "json", "--lang", "es", "--date", "2024-08-01T14:30:00Z", s(&p)]);
    let report = json_output(&o);
    let docs = report["documents"].as_array().unwrap();
    // "a" gives neither: filled (its Portuguese read as Spanish, as told).
    assert_eq!(
        (&docs[0]["lang"], &docs[0]["lang_detected"], &docs[0]["published"]),
        (&"es".into(), &false.into(), &"2024-08-01".into())
    );
    // "b" gives both: its own win.
    assert_eq!((&docs[1]["lang"], &docs[1]["published"]), (&"id".into(), &"2023-05".into()));
    // Without the options, "a" is detected and has no date.
    let report = json_output(&run_check(&["--format", "json", s(&p)]));
    assert_eq!(
        (&report["documents"][0]["lang"], &report["documents"][0]["lang_detected"]),
        (&"pt".into(), &true.into())
    );
    assert!(report["documents"][0]["published"].is_null());
    // The same in --events.
    let event = format!(r#"{{"event": 1, "id": "a", "text": "{PT}"}}"#);
    let o =
        run_check_stdin(&["--events", "--format", "json", "--lang", "es", "--date", "2024-08", "-"], event.as_bytes());
    let doc = &json_lines(&o)[0]["report"]["documents"][0];
    assert_eq!((&doc["lang"], &doc["published"]), (&"es".into(), &"2024-08".into()));
    assert_fails(&run_check(&["--date", "2024-08-01T25:00:00Z", s(&p)]), &["--date", "RFC 3339"]);
}

#[test]
fn a_language_code_that_is_no_code_fails() {
    let o = run_check(&["--lang", "x1", "examples/corpus/000_pt.txt"]);
    assert_fails(&o, &["--lang", "x1"]);
}

#[test]
fn an_unsupported_language_skips_its_documents_or_fails_when_strict() {
    let o = run_check(&["--lang", "th", "--format", "json", "examples/corpus/000_pt.txt"]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("skipped document \"000_pt\": language th is not supported"), "{err}");
    let report = json_output(&o);
    let cause = serde_json::json!({"kind": "unsupported_language", "code": "th", "confidence": 1.0});
    assert_eq!(report["skipped"][0]["cause"], cause);
    let o = run_check(&["--strict", "--lang", "th", "examples/corpus/000_pt.txt"]);
    assert_fails(&o, &["000_pt", "th", "not supported"]);
}

#[test]
fn an_unknown_field_is_an_error_when_strict() {
    let dir = TempDir::new("unknown-strict");
    let typo = format!(r#"{{"id": "b", "langauge": "id", "text": "{ID}"}}"#);
    let p = dir.write("docs.jsonl", format!("{}\n{typo}\n", line_doc("a", PT)).as_bytes());
    assert_fails(&run_check(&["--strict", s(&p)]), &["docs.jsonl", "line 2", "\"langauge\"", "--strict"]);
}

#[test]
fn unknown_option_fails() {
    let o = run_check(&["--no-such-option"]);
    assert_fails(&o, &["--no-such-option"]);
}

#[test]
fn directory_of_texts() {
    let dir = TempDir::new("dir");
    dir.write("b_id.txt", "Acme memesan lebih dari 100.000 chip tahun ini, kata sumber.".as_bytes());
    dir.write("a_pt.txt", "A Acme encomendou mais de 100 mil chips este ano, segundo fontes.".as_bytes());
    dir.write("notes.md", b"not a document");
    let o = run_check(&["--format", "json", "--date", "2024-10", s(dir.path())]);
    let report = json_output(&o);
    assert_eq!(doc_ids(&report), ["a_pt", "b_id"]);
    for d in report["documents"].as_array().unwrap() {
        assert_eq!(d["published"], "2024-10", "document {}", d["id"]);
    }
}

/// Two events, in this order: "zeta" (pt and id) then 3 (es and it).
const TWO_EVENTS: [&str; 4] = [
    r#"{"event": "zeta", "id": "a", "lang": "pt", "text": "A Acme encomendou mais de 100 mil chips este ano."}"#,
    r#"{"event": "zeta", "id": "b", "lang": "id", "text": "Acme memesan lebih dari 100.000 chip tahun ini."}"#,
    r#"{"event": 3, "id": "a", "lang": "es", "text": "Las inundaciones dejaron al menos 45 muertos."}"#,
    r#"{"event": 3, "id": "b", "lang": "it", "text": "Le alluvioni hanno causato 120 morti."}"#,
];

fn jsonl(lines: &[&str]) -> Vec<u8> {
    let mut s = lines.join("\n");
    s.push('\n');
    s.into_bytes()
}

/// Each output line parsed as JSON.
fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    assert_eq!(o.status.code(), Some(0), "expected exit 0; stderr: {}", stderr(o));
    stdout(o).lines().map(|l| serde_json::from_str(l).expect("each output line is JSON")).collect()
}

#[test]
fn events_give_one_json_line_each_equal_to_checking_it_alone() {
    let dir = TempDir::new("events");
    let all = dir.write("all.jsonl", &jsonl(&TWO_EVENTS));
    let zeta = dir.write("zeta.jsonl", &jsonl(&TWO_EVENTS[..2]));
    let three = dir.write("three.jsonl", &jsonl(&TWO_EVENTS[2..]));
    let o = run_check(&["--events", "--format", "json", s(&all)]);
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 2, "stdout: {}", stdout(&o));
    assert_eq!(lines[0]["event"], "zeta");
    assert_eq!(lines[1]["event"], 3);
    for (line, alone) in lines.iter().zip([&zeta, &three]) {
        let expected = json_output(&run_check(&["--format", "json", s(alone)]));
        assert_eq!(line["report"], expected, "event {}", line["event"]);
        assert_eq!(line.as_object().unwrap().len(), 2, "{line}");
    }
    assert_ne!(lines[0]["report"], lines[1]["report"]);
    // Chunks of one event each, or the input on stdin: the same output.
    let small = run_check(&["--events", "--format", "json", "--chunk-bytes", "1", s(&all)]);
    assert_eq!(stdout(&small), stdout(&o));
    let piped = run_check_stdin(&["--events", "--format", "json", "-"], &jsonl(&TWO_EVENTS));
    assert_eq!(stdout(&piped), stdout(&o), "stderr: {}", stderr(&piped));
}

#[test]
fn events_as_text_have_a_header_each() {
    let dir = TempDir::new("events-text");
    let all = dir.write("all.jsonl", &jsonl(&TWO_EVENTS));
    let o = run_check(&["--events", s(&all)]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let out = stdout(&o);
    let headers: Vec<&str> = out.lines().filter(|l| l.starts_with("== event")).collect();
    assert_eq!(headers, ["== event \"zeta\"", "== event 3"], "stdout: {out}");
    assert!(out.starts_with("== event \"zeta\"\nclaimcheck: 2 documents: a (pt), b (id)\n"), "stdout: {out}");
    assert!(out.contains("\n\n== event 3\nclaimcheck: 2 documents: a (es), b (it)\n"), "stdout: {out}");
}

#[test]
fn an_event_the_library_rejects_gives_its_error_and_the_others_go_on() {
    let dir = TempDir::new("events-bad");
    let mute = r#"{"event": "mute", "id": "m", "text": "12345 !!! 678"}"#;
    let p = dir.write("docs.jsonl", &jsonl(&[TWO_EVENTS[0], TWO_EVENTS[1], mute, TWO_EVENTS[2], TWO_EVENTS[3]]));
    let o = run_check(&["--strict", "--events", "--format", "json", s(&p)]);
    let lines = json_lines(&o);
    let events: Vec<&serde_json::Value> = lines.iter().map(|l| &l["event"]).collect();
    assert_eq!(events, [&serde_json::json!("zeta"), &serde_json::json!("mute"), &serde_json::json!(3)]);
    assert!(lines[0]["report"].is_object() && lines[2]["report"].is_object(), "stdout: {}", stdout(&o));
    assert!(lines[1].get("report").is_none(), "{}", lines[1]);
    let err = lines[1]["error"].as_str().expect("an error message");
    assert!(err.contains("\"m\"") && err.contains("language"), "{err}");
    assert!(stderr(&o).contains("1 of 3 events"), "stderr: {}", stderr(&o));
    // Not strict, the unreadable document is skipped and its event reported.
    let o = run_check(&["--events", "--format", "json", s(&p)]);
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3, "stdout: {}", stdout(&o));
    let skipped = &lines[1]["report"]["skipped"][0];
    assert_eq!(skipped["id"], serde_json::json!("m"));
    assert_eq!(skipped["cause"]["kind"], serde_json::json!("undetected"));
}

#[test]
fn an_event_seen_again_later_fails_after_the_events_before_it() {
    let dir = TempDir::new("events-again");
    let again = r#"{"event": "zeta", "id": "c", "lang": "pt", "text": "A Acme encomendou 90 mil chips."}"#;
    let p = dir.write("docs.jsonl", &jsonl(&[TWO_EVENTS[0], TWO_EVENTS[1], TWO_EVENTS[2], "", again]));
    let o = run_check(&["--events", "--format", "json", s(&p)]);
    assert_fails(&o, &["docs.jsonl", "line 5", "event \"zeta\"", "line 2", "consecutive lines"]);
    // The two events complete before the bad line were checked and written.
    let events: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON line")["event"].clone())
        .collect();
    assert_eq!(events, [serde_json::json!("zeta"), serde_json::json!(3)]);
}

#[test]
fn an_event_split_across_files_fails() {
    let dir = TempDir::new("events-split");
    let one = dir.write("one.jsonl", &jsonl(&TWO_EVENTS[..1]));
    let two = dir.write("two.jsonl", &jsonl(&TWO_EVENTS[1..]));
    let o = run_check(&["--events", s(&one), s(&two)]);
    assert_fails(&o, &["two.jsonl: line 1", "one.jsonl line 1", "consecutive lines"]);
}

#[test]
fn a_line_without_an_event_is_named() {
    let dir = TempDir::new("events-missing");
    let no_event = r#"{"id": "c", "lang": "pt", "text": "A Acme encomendou 90 mil chips."}"#;
    let p = dir.write("docs.jsonl", &jsonl(&[TWO_EVENTS[0], no_event]));
    let o = run_check(&["--events", "--format", "json", s(&p)]);
    assert_fails(&o, &["docs.jsonl", "line 2", "\"event\""]);
    // A float is no event id either.
    let p = dir.write("float.jsonl", &jsonl(&[r#"{"event": 1.5, "id": "c", "text": "x"}"#]));
    assert_fails(&run_check(&["--events", s(&p)]), &["float.jsonl", "line 1", "string or an integer"]);
}

#[test]
fn events_options_are_checked() {
    assert_fails(&run_check(&["--chunk-bytes", "1M", "examples/corpus/000_pt.txt"]), &["--chunk-bytes", "--events"]);
    assert_fails(&run_check(&["--events", "--chunk-bytes", "0", "x.jsonl"]), &["--chunk-bytes", "\"0\""]);
    assert_fails(&run_check(&["--events", "--format", "html", "x.jsonl"]), &["--events", "text or json"]);
    assert_fails(&run_check(&["--events"]), &["--events", "PATH"]);
}

#[test]
fn a_bad_line_on_stdin_is_named() {
    let input = jsonl(&[TWO_EVENTS[0], r#"{"event": "zeta", "id": "b", "text": "#]);
    let o = run_check_stdin(&["--events", "-"], &input);
    assert_fails(&o, &["<stdin>", "line 2"]);
}

#[test]
fn the_example_is_the_binary() {
    let runs: &[&[&str]] = &[&[], &["--format", "json", "examples/corpus/000_pt.txt"], &["--help"], &["--bad-option"]];
    for args in runs {
        let bin = run_check(args);
        let example = example_command(args).output().expect("cannot run cargo");
        assert_eq!(example.status.code(), bin.status.code(), "{args:?}; stderr: {}", stderr(&example));
        assert_eq!(stdout(&example), stdout(&bin), "{args:?}");
        // Cargo may print compiler warnings first: the command's message is the last line.
        assert_eq!(stderr(&example).lines().last(), stderr(&bin).lines().last(), "{args:?}");
    }
}

#[test]
fn version_and_help() {
    for flag in ["--version", "-V"] {
        let o = run_check(&[flag]);
        assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
        assert_eq!(stdout(&o), format!("claimcheck {}\n", env!("CARGO_PKG_VERSION")));
    }
    for flag in ["--help", "-h"] {
        let o = run_check(&[flag]);
        assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
        let out = stdout(&o);
        assert!(out.starts_with("Usage: claimcheck [OPTIONS] [PATH...]\n"), "{out}");
        for option in ["--version", "--max-doc-bytes", "--events", "standard input"] {
            assert!(out.contains(option), "help lacks {option}: {out}");
        }
    }
}

const PT: &str = "A Acme encomendou mais de 100 mil chips este ano, segundo fontes.";
const ID: &str = "Acme memesan lebih dari 100.000 chip tahun ini, kata sumber.";

#[test]
fn stdin_is_read_as_text_json_or_jsonl() {
    let dir = TempDir::new("stdin");
    let txt = dir.write("stdin.txt", PT.as_bytes());
    let from_file = run_check(&["--format", "json", s(&txt)]);
    let from_stdin = run_check_stdin(&["--format", "json", "-"], PT.as_bytes());
    assert_eq!(json_output(&from_stdin), json_output(&from_file));
    assert_eq!(doc_ids(&json_output(&from_stdin)), ["stdin"]);
    // JSONL, a JSON array over several lines, one JSON object: by content.
    let a = format!(r#"{{"id": "a", "lang": "pt", "text": "{PT}"}}"#);
    let b = format!(r#"{{"id": "b", "lang": "id", "text": "{ID}"}}"#);
    let jsonl_file = dir.write("docs.jsonl", format!("{a}\n{b}\n").as_bytes());
    let expected = json_output(&run_check(&["--format", "json", s(&jsonl_file)]));
    assert_eq!(doc_ids(&expected), ["a", "b"]);
    for input in [format!("{a}\n\n{b}\n"), format!("[\n  {a},\n  {b}\n]\n")] {
        let o = run_check_stdin(&["--format", "json", "-"], input.as_bytes());
        assert_eq!(json_output(&o), expected, "input: {input}");
    }
    let one =
        run_check_stdin(&["--format", "json", "-"], format!("{{\n\"id\": \"a\",\n\"text\": \"{PT}\"}}").as_bytes());
    assert_eq!(doc_ids(&json_output(&one)), ["a"]);
    // Standard input mixed with files.
    let mixed = run_check_stdin(&["--format", "json", "-", s(&txt)], b.as_bytes());
    assert_eq!(doc_ids(&json_output(&mixed)), ["b", "stdin"]);
}

#[test]
fn stdin_for_the_knowledge_base() {
    let kb = br#"{"owns": [["Huawei", "H20"]]}"#;
    let owns = |report: &serde_json::Value| {
        report["relations"].as_array().unwrap().iter().any(|r| {
            r["kind"] == "owns" && r["from"]["key"] == "huawei" && r["to"]["key"] == "h20" && r["source"].is_null()
        })
    };
    let args = ["--format", "json", "examples/corpus/000_pt.txt"];
    assert!(!owns(&json_output(&run_check(&args))));
    let with_kb = run_check_stdin(&["--kb", "-", "--format", "json", "examples/corpus/000_pt.txt"], kb);
    assert!(owns(&json_output(&with_kb)), "stdout: {}", stdout(&with_kb));
    let bad_kb = run_check_stdin(&["--kb", "-", "examples/corpus/000_pt.txt"], b"{not json");
    assert_fails(&bad_kb, &["<stdin>", "knowledge base"]);
}

#[test]
fn stdin_is_read_once() {
    assert_fails(&run_check(&["-", "-"]), &["standard input", "once"]);
    assert_fails(&run_check(&["--kb", "-", "-"]), &["standard input", "once"]);
    assert_fails(&run_check(&["--events", "-", "-"]), &["standard input", "once"]);
}

#[test]
fn max_doc_bytes_bounds_each_document() {
    // 000_pt.txt is 2,432 bytes.
    let o = run_check(&["--strict", "--max-doc-bytes", "2K", "examples/corpus/000_pt.txt"]);
    assert_fails(&o, &["\"000_pt\"", "2432 bytes", "2048 bytes"]);
    let o = run_check(&["--max-doc-bytes", "2K", "examples/corpus/000_pt.txt"]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    assert!(stderr(&o).contains("skipped document \"000_pt\": 2432 bytes"), "stderr: {}", stderr(&o));
    let o = run_check(&["--max-doc-bytes", "2432", "examples/corpus/000_pt.txt"]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let o = run_check(&["--max-doc-bytes", "1M", "--format", "json", "examples/corpus/000_pt.txt"]);
    assert_eq!(doc_ids(&json_output(&o)), ["000_pt"]);
    for bad in ["0", "1G", "-5", "K", ""] {
        assert_fails(&run_check(&["--max-doc-bytes", bad, "examples/corpus/000_pt.txt"]), &["--max-doc-bytes"]);
    }
    // In --events, an event with a document over the limit gets its error.
    let line = format!(r#"{{"event": 1, "id": "a", "lang": "pt", "text": "{PT}"}}"#);
    let o =
        run_check_stdin(&["--strict", "--events", "--format", "json", "--max-doc-bytes", "10", "-"], line.as_bytes());
    let lines = json_lines(&o);
    assert!(lines[0]["error"].as_str().is_some_and(|e| e.contains("over the limit of 10 bytes")), "{}", lines[0]);
}

/// README shows the install and the first run, keeps its two commands at
/// the top, and names every option `--help` lists.
#[test]
fn readme_tells_how_to_install_and_run() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let top: String = readme.lines().take(20).collect::<Vec<_>>().join("\n");
    for line in ["cargo run --example check ", "cargo test "] {
        assert!(top.contains(line), "README's top lacks {line:?}");
    }
    for needle in [
        "## Install",
        "cargo install --path .",
        "claimcheck --version",
        "claimcheck article1.txt article2.txt",
        "Chromium",
        "CLAIMCHECK_REQUIRE_CHROMIUM=1",
    ] {
        assert!(readme.contains(needle), "README lacks {needle:?}");
    }
    let help = stdout(&run_check(&["--help"]));
    let options: Vec<&str> = help
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| w.starts_with("--") && w.len() > 2 && w[2..].bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .collect();
    assert!(options.len() >= 12, "{options:?}");
    for o in options {
        assert!(readme.contains(&format!("`{o}")), "README does not name {o}");
    }
}

/// A folder of articles in the supported languages and in others, and an empty
/// file: the supported ones are checked, the others skipped with their
/// causes in the report and on stderr, exit 0; `--strict` stops at the
/// first in id order.
#[test]
fn a_mixed_folder_is_checked_with_its_bad_documents_skipped() {
    let dir = TempDir::new("mixed");
    let files: [(&str, &str); 14] = [
        ("de", "Der Autobauer Velkor streicht in diesem Jahr mehr als 3.000 Stellen in seinen Werken."),
        ("en", "The carmaker Velkor will cut more than 3,000 jobs at its plants this year, the company said."),
        ("es", "El fabricante Velkor eliminará más de 3.000 empleos en sus plantas este año, dijo la empresa."),
        ("fr", "Le constructeur Velkor va supprimer plus de 3 000 emplois dans ses usines cette année."),
        ("id", "Produsen mobil Velkor akan memangkas lebih dari 3.000 pekerjaan di pabriknya tahun ini."),
        (
            "it",
            "La casa automobilistica Velkor taglierà più di 3.000 posti di lavoro nei suoi stabilimenti quest'anno.",
        ),
        ("pt", "A montadora Velkor vai cortar mais de 3.000 empregos nas suas fábricas este ano, disse a empresa."),
        ("zh", "汽车制造商Velkor今年将在其工厂裁减3000多个工作岗位。"),
        ("ja", "自動車メーカーのVelkorは今年、工場で3000人以上の雇用を削減する。"),
        ("ru", "Автопроизводитель Velkor в этом году сократит более 3000 рабочих мест на своих заводах."),
        ("uk", "Автовиробник Velkor цього року скоротить понад 3000 робочих місць на своїх заводах."),
        ("ar", "ستلغي شركة صناعة السيارات فيلكور أكثر من 3000 وظيفة في مصانعها هذا العام."),
        (
            "ca",
            "El fabricant de cotxes Velkor suprimirà més de 3.000 llocs de treball a les seves fàbriques aquest any.",
        ),
        ("zz-empty", ""),
    ];
    for (name, text) in files {
        dir.write(&format!("{name}.txt"), text.as_bytes());
    }
    let o = run_check(&["--format", "json", s(dir.path())]);
    assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
    let report = json_output(&o);
    assert_eq!(doc_ids(&report), ["de", "en", "es", "fr", "id", "it", "ja", "pt", "ru", "zh"]);
    let skipped: Vec<(String, String, String)> = report["skipped"]
        .as_array()
        .expect("a skipped list")
        .iter()
        .map(|s| {
            let code = s["cause"]["code"].as_str().unwrap_or("-").to_string();
            (s["id"].as_str().unwrap().to_string(), s["cause"]["kind"].as_str().unwrap().to_string(), code)
        })
        .collect();
    let want = [
        ("ar", "unsupported_language", "ar"),
        ("ca", "unsupported_language", "ca"),
        ("uk", "unsupported_language", "uk"),
        ("zz-empty", "empty", "-"),
    ];
    let want: Vec<(String, String, String)> =
        want.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect();
    assert_eq!(skipped, want);
    let err = stderr(&o);
    for (id, _, _) in &want {
        assert!(err.contains(&format!("skipped document \"{id}\"")), "stderr: {err}");
    }
    // Every view lists the skipped documents.
    for format in ["text", "markdown", "html"] {
        let out = stdout(&run_check(&["--format", format, s(dir.path())]));
        for (id, _, _) in &want {
            assert!(out.contains(id.as_str()), "{format} view does not name skipped {id}");
        }
        assert!(out.contains("not supported") && out.contains("empty"), "{format} view gives no causes");
    }
    assert_fails(&run_check(&["--strict", s(dir.path())]), &["\"ar\"", "language ar is not supported"]);
}

/// The text report fits `--width`, and is colored only when asked (stdout
/// is a pipe here, so `auto` is plain).
#[test]
fn width_and_color_options() {
    for width in ["60", "80", "100"] {
        let o = run_check(&["--width", width]);
        assert_eq!(o.status.code(), Some(0), "stderr: {}", stderr(&o));
        let w: usize = width.parse().unwrap();
        let widest = stdout(&o).lines().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest <= w, "--width {width}: a line of {widest} chars");
    }
    assert!(!stdout(&run_check(&[])).contains('\u{1b}'), "not a terminal: no color");
    assert!(stdout(&run_check(&["--color", "always"])).contains("\u{1b}["), "--color always colors");
    assert!(!stdout(&run_check(&["--color", "never"])).contains('\u{1b}'));
    let all = stdout(&run_check(&["--all"]));
    let default = stdout(&run_check(&[]));
    assert!(all.lines().count() > default.lines().count(), "--all lists single-source facts");
    assert_fails(&run_check(&["--color", "sometimes"]), &["--color"]);
    assert_fails(&run_check(&["--width", "wide"]), &["--width"]);
}

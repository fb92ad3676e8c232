//! Runs `examples/check.rs` as a user would, through `cargo run`, and checks
//! its exit status and what it prints. Tests cannot name an example's binary
//! directly, and `cargo run` rebuilds it when stale, so the tests never run an
//! old build.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// `cargo run` of the example with `args`, built with the features of this
/// test (so `cargo test --no-default-features` runs it without rayon).
fn check_command(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(["run", "--quiet", "--example", "check"]);
    if !cfg!(feature = "rayon") {
        cmd.arg("--no-default-features");
    }
    cmd.arg("--").args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn run_check(args: &[&str]) -> Output {
    check_command(args).output().expect("cannot run cargo")
}

/// Runs the example with `input` on its stdin.
fn run_check_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = check_command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run cargo");
    child.stdin.take().expect("stdin is piped").write_all(input).expect("cannot write stdin");
    child.wait_with_output().expect("cannot wait for cargo")
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
    // Cargo may print compiler warnings first: the example's message is the last line.
    let err = all.lines().last().unwrap_or("");
    assert!(err.starts_with("check: "), "stderr: {all}");
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
    assert_fails(&o, &["duplicate"]);
}

#[test]
fn unknown_language_fails() {
    let o = run_check(&["--lang", "xx", "examples/corpus/000_pt.txt"]);
    assert_fails(&o, &["--lang", "xx"]);
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
    let o = run_check(&["--events", "--format", "json", s(&p)]);
    let lines = json_lines(&o);
    let events: Vec<&serde_json::Value> = lines.iter().map(|l| &l["event"]).collect();
    assert_eq!(events, [&serde_json::json!("zeta"), &serde_json::json!("mute"), &serde_json::json!(3)]);
    assert!(lines[0]["report"].is_object() && lines[2]["report"].is_object(), "stdout: {}", stdout(&o));
    assert!(lines[1].get("report").is_none(), "{}", lines[1]);
    let err = lines[1]["error"].as_str().expect("an error message");
    assert!(err.contains("\"m\"") && err.contains("language"), "{err}");
    assert!(stderr(&o).contains("1 of 3 events"), "stderr: {}", stderr(&o));
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

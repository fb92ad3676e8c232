//! Runs `examples/check.rs` as a user would, through `cargo run`, and checks
//! its exit status and what it prints. Tests cannot name an example's binary
//! directly, and `cargo run` rebuilds it when stale, so the tests never run an
//! old build.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

fn run_check(args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "check", "--"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cannot run cargo")
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

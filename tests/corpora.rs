//! Mini-corpora written to test that claims generalize beyond the sample
//! corpus: one directory per story in `tests/corpora/<name>/`, holding the
//! articles (`<id>_<lang>.txt`), an `EXPECTED.md` (what a careful reader
//! extracts and what a good checker reports) and a `findings.expect` that
//! asserts those findings one by one. Each corpus also has a snapshot of its
//! text report (`snapshots/corpus_<name>_text.snap`).
//!
//! # findings.expect
//!
//! One expectation a line; `#` starts a comment line.
//!
//! - `finding <field>=<value> ...`: exactly one finding has all these fields.
//! - `no-finding <field>=<value> ...`: no finding has all these fields.
//! - `relation <owner> owns <owned>`: the report holds this relation.
//! - `gap-<name> <expectation>`: a known limitation: the expectation must
//!   still fail, so that a fix shows up as a failure to promote (drop the
//!   `gap-<name>` prefix then).
//!
//! Finding fields: `verdict`, `kind`, `predicate` (its JSON name, or `-` for
//! none), `subject`, `object` (key, or `-`), `sources` and `outliers` (the
//! whole list, comma-separated, sorted), `values` (comma-separated: each is
//! the value of some quantity among the finding's claims) and `roles`
//! (comma-separated: each is the role of some speaker among the finding's
//! claims).

use std::path::{Path, PathBuf};

use claimcheck::{Claim, Document, Finding, Report, check_consistency, render};

fn dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora").join(name)
}

/// The articles of one corpus, sorted by id; the language from the file name.
fn corpus(name: &str) -> Vec<Document> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir(name))
        .expect("corpus directory")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt") && !p.ends_with("findings.expect"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "{name}: want at least 4 articles");
    files
        .iter()
        .map(|p| {
            let stem = p.file_stem().and_then(|s| s.to_str()).expect("file name");
            let (id, lang) = stem.split_once('_').unwrap_or_else(|| panic!("{}: want <id>_<lang>.txt", p.display()));
            let text = std::fs::read_to_string(p).expect("article");
            Document::new(id, text).with_lang(lang.parse().expect("language code"))
        })
        .collect()
}

fn report(name: &str) -> Report {
    check_consistency(&corpus(name)).expect("the corpus checks")
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

fn enum_str<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

fn claims_of<'r>(r: &'r Report, f: &Finding) -> Vec<&'r Claim> {
    f.claims.iter().filter_map(|id| r.claims.iter().find(|c| &c.id == id)).collect()
}

/// Whether the finding has every field; `Err` for an unknown field.
fn finding_matches(r: &Report, f: &Finding, conds: &[&str]) -> Result<bool, String> {
    for cond in conds {
        let (field, want) = cond.split_once('=').ok_or_else(|| format!("bad condition {cond:?}"))?;
        let ok = match field {
            "verdict" => f.verdict.as_str() == want,
            "kind" => enum_str(&f.kind) == want,
            "predicate" => f.predicate.map_or("-", |p| p.as_str()) == want,
            "subject" => f.subject == want,
            "object" => f.object.as_deref().unwrap_or("-") == want,
            "sources" => f.sources.join(",") == want,
            "outliers" => f.outliers.join(",") == want,
            "values" => {
                let claims = claims_of(r, f);
                want.split(',').all(|v| {
                    let v: f64 = v.parse().unwrap_or(f64::NAN);
                    claims.iter().any(|c| c.quantity.as_ref().is_some_and(|q| q.value == v))
                })
            }
            "roles" => {
                let claims = claims_of(r, f);
                want.split(',')
                    .all(|role| claims.iter().any(|c| c.attribution.role.is_some_and(|x| enum_str(&x) == role)))
            }
            _ => return Err(format!("unknown finding field {field:?}")),
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}

fn show_finding(f: &Finding) -> String {
    format!(
        "verdict={} kind={} predicate={} subject={} object={} sources={} outliers={}",
        f.verdict.as_str(),
        enum_str(&f.kind),
        f.predicate.map_or("-", |p| p.as_str()),
        f.subject,
        f.object.as_deref().unwrap_or("-"),
        f.sources.join(","),
        f.outliers.join(",")
    )
}

/// Checks one expectation; `Err` says what went wrong.
fn check(r: &Report, words: &[&str]) -> Result<(), String> {
    let matching = |conds: &[&str]| -> Result<Vec<&Finding>, String> {
        let mut out = Vec::new();
        for f in &r.findings {
            if finding_matches(r, f, conds)? {
                out.push(f);
            }
        }
        Ok(out)
    };
    match words {
        ["finding", conds @ ..] => {
            let found = matching(conds)?;
            match found.len() {
                1 => Ok(()),
                0 => Err("no such finding".to_string()),
                n => Err(format!(
                    "{n} findings match, want one:\n      {}",
                    found.iter().map(|f| show_finding(f)).collect::<Vec<_>>().join("\n      ")
                )),
            }
        }
        ["no-finding", conds @ ..] => {
            let found = matching(conds)?;
            match found.first() {
                None => Ok(()),
                Some(f) => Err(format!("unexpected finding: {}", show_finding(f))),
            }
        }
        ["relation", owner, "owns", owned] => {
            if r.relations.iter().any(|rel| &*rel.from.key == *owner && &*rel.to.key == *owned) {
                Ok(())
            } else {
                let read: Vec<String> =
                    r.relations.iter().map(|rel| format!("{} owns {}", rel.from.key, rel.to.key)).collect();
                Err(format!("no such relation; read: {}", read.join(", ")))
            }
        }
        _ => Err(format!("unknown expectation {words:?}")),
    }
}

/// Runs every line of `findings.expect` and fails with all the misses at once.
fn check_findings(name: &str) {
    let path = dir(name).join("findings.expect");
    let src = std::fs::read_to_string(&path).expect("findings.expect");
    let r = report(name);
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, raw) in src.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        count += 1;
        let words: Vec<&str> = line.split_whitespace().collect();
        let at = format!("tests/corpora/{name}/findings.expect:{}", n + 1);
        match words.split_first() {
            Some((gap, rest)) if gap.starts_with("gap-") => {
                assert!(!rest.is_empty(), "{at}: a gap needs an expectation");
                if check(&r, rest).is_ok() {
                    failures
                        .push(format!("{at}: {gap} is marked as a known gap but now holds: drop the prefix\n  {line}"));
                }
            }
            _ => {
                if let Err(why) = check(&r, &words) {
                    failures.push(format!("{at}: {line}\n    {why}"));
                }
            }
        }
    }
    assert!(count > 0, "{name}: no expectations");
    if !failures.is_empty() {
        let all: Vec<String> = r.findings.iter().map(show_finding).collect();
        panic!(
            "{name}: {} of {count} expectations fail\n{}\nfindings:\n  {}",
            failures.len(),
            failures.join("\n"),
            all.join("\n  ")
        );
    }
}

fn snapshot(name: &str) {
    let r = report(name);
    settings().bind(|| insta::assert_snapshot!(format!("corpus_{name}_text"), render::text(&r)));
}

#[test]
fn every_corpus_is_tested() {
    let mut names: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora"))
        .expect("tests/corpora")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["election_sanbria", "floods_varena", "funding_quillo", "science_denvira", "sport_okafor", "strike_brennwald"],
        "add a test pair for a new corpus"
    );
    for name in &names {
        assert!(dir(name).join("EXPECTED.md").is_file(), "{name}: EXPECTED.md");
    }
}

#[test]
fn floods_varena_snapshot() {
    snapshot("floods_varena");
}

#[test]
fn floods_varena_findings() {
    check_findings("floods_varena");
}

#[test]
fn funding_quillo_snapshot() {
    snapshot("funding_quillo");
}

#[test]
fn funding_quillo_findings() {
    check_findings("funding_quillo");
}

#[test]
fn election_sanbria_snapshot() {
    snapshot("election_sanbria");
}

#[test]
fn election_sanbria_findings() {
    check_findings("election_sanbria");
}

#[test]
fn sport_okafor_snapshot() {
    snapshot("sport_okafor");
}

#[test]
fn sport_okafor_findings() {
    check_findings("sport_okafor");
}

#[test]
fn science_denvira_snapshot() {
    snapshot("science_denvira");
}

#[test]
fn science_denvira_findings() {
    check_findings("science_denvira");
}

#[test]
fn strike_brennwald_snapshot() {
    snapshot("strike_brennwald");
}

#[test]
fn strike_brennwald_findings() {
    check_findings("strike_brennwald");
}

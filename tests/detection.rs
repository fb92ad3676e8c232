//! The language-detection evaluation: `tests/detection/short_texts.tsv`
//! (headlines, single sentences and four-to-six-word texts in the
//! supported languages and in others; see its README). Prints, per
//! language, how many texts are detected right, refused (no language) or
//! taken for another language:
//!
//! ```text
//! cargo test --test detection -- --nocapture
//! ```
//!
//! Fails when, on supported languages, fewer than 97% are right or a text
//! of five words or more is refused, or when more than 1% of the texts of
//! other languages are taken for a supported one (the goal is none).
//! `fresh_ms_id.tsv` measures Malay against Indonesian on lines collected
//! after the marker lists were written ([`fresh_malay_and_indonesian`]).

use std::collections::BTreeMap;

use claimcheck::{Lang, detect_language};

struct Line {
    lang: String,
    kind: String,
    text: String,
}

fn lines(file: &str) -> Vec<Line> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/detection").join(file);
    let src = std::fs::read_to_string(&path).expect(file);
    src.lines()
        .skip(1)
        .enumerate()
        .map(|(i, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "{file} line {}: four columns", i + 2);
            Line { lang: cols[0].to_string(), kind: cols[1].to_string(), text: cols[2].to_string() }
        })
        .collect()
}

/// Per language: texts, right, refused, taken for another language.
#[derive(Default)]
struct Tally {
    texts: usize,
    right: usize,
    refused: usize,
    wrong: usize,
}

#[test]
fn detection_evaluation() {
    let supported = |code: &str| code.parse::<Lang>().is_ok();
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut misread = Vec::new();
    for line in lines("short_texts.tsv") {
        let d = detect_language(&line.text);
        let got = d.code.map_or("-".to_string(), |c| c.to_string());
        let t = tallies.entry(line.lang.clone()).or_default();
        t.texts += 1;
        if got == line.lang {
            t.right += 1;
        } else if got == "-" {
            t.refused += 1;
        } else {
            t.wrong += 1;
        }
        let words = line.text.split_whitespace().count();
        let bad = if supported(&line.lang) { (got == "-" && words >= 5).then_some("refused") } else { None };
        if !supported(&line.lang) && supported(&got) {
            misread.push(format!("{} {} -> {got} ({:.2}): {}", line.lang, line.kind, d.confidence, line.text));
        }
        if got != line.lang {
            let why = bad.unwrap_or("not counted as a failure");
            failures.push((
                bad.is_some(),
                format!("{} {} -> {got} ({:.2}): {why}: {}", line.lang, line.kind, d.confidence, line.text),
            ));
        }
    }
    println!("language  texts  right  refused  wrong");
    let (mut n, mut right) = (0, 0);
    for (lang, t) in &tallies {
        println!("{lang:8} {:6} {:6} {:8} {:6}", t.texts, t.right, t.refused, t.wrong);
        if supported(lang) {
            n += t.texts;
            right += t.right;
        }
    }
    let share = right as f64 / n as f64;
    println!("supported languages: {right} of {n} right ({:.1}%)", share * 100.0);
    let others: usize = tallies.iter().filter(|(l, _)| !supported(l)).map(|(_, t)| t.texts).sum();
    let misread_share = misread.len() as f64 / others as f64;
    println!(
        "other languages: {} of {others} taken for a supported language ({:.1}%)",
        misread.len(),
        misread_share * 100.0
    );
    for (_, f) in &failures {
        println!("  {f}");
    }
    let hard: Vec<&String> = failures.iter().filter(|f| f.0).map(|f| &f.1).collect();
    assert!(
        hard.is_empty(),
        "{} detection failures:\n{}",
        hard.len(),
        hard.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
    );
    assert!(share >= 0.97, "{:.1}% right on supported languages, below 97%", share * 100.0);
    assert!(
        misread_share <= 0.01,
        "{} texts of other languages read as supported:\n{}",
        misread.len(),
        misread.join("\n")
    );
    for &lang in Lang::ALL {
        assert!(
            tallies.get(lang.code()).is_some_and(|t| t.texts >= 40),
            "{lang}: fewer than 40 texts in the evaluation"
        );
    }
}

/// Malay and Indonesian lines collected after the marker lists of
/// `src/lang/detect.rs` were last written (`fresh_ms_id.tsv`, see the
/// README): the fair figure for telling the two apart. Fails when fewer
/// Indonesian lines are right, or more Malay ones are read as Indonesian,
/// than when the file was added (31 of 35; 2 of 45). Both are short of the
/// goal (every Indonesian line right, no Malay one read as Indonesian).
#[test]
fn fresh_malay_and_indonesian() {
    let (mut id, mut id_right, mut ms, mut ms_as_id) = (0, 0, 0, 0);
    for line in lines("fresh_ms_id.tsv") {
        let got = detect_language(&line.text).code.map_or("-".to_string(), |c| c.to_string());
        match line.lang.as_str() {
            "id" => {
                id += 1;
                id_right += usize::from(got == "id");
            }
            "ms" => {
                ms += 1;
                ms_as_id += usize::from(got == "id");
            }
            other => panic!("fresh_ms_id.tsv: unexpected language {other}"),
        }
        if got != line.lang {
            println!("  {} {} -> {got}: {}", line.lang, line.kind, line.text);
        }
    }
    println!("fresh Indonesian: {id_right} of {id} right; fresh Malay: {ms_as_id} of {ms} read as Indonesian");
    assert!(id_right >= 31, "{id_right} of {id} fresh Indonesian lines right, fewer than 31");
    assert!(ms_as_id <= 2, "{ms_as_id} of {ms} fresh Malay lines read as Indonesian, more than 2");
}

//! Inputs found by fuzzing (tests/fuzz, cargo-fuzz). Each crasher, minimized,
//! gets a named test here calling the public API on its exact input. The
//! first run (10 minutes per target) found none; the seed corpora run here so
//! the two fuzz targets' checks stay exercised by `cargo test`.

use claimcheck::{Document, Lang, check_consistency, read_quantities, render};

/// What the `check` fuzz target does: the text split into documents on
/// U+001E, checked without and with a language, rendered in every format.
fn check(text: &str) {
    let parts: Vec<&str> = text.splitn(3, '\u{1e}').collect();
    let plain: Vec<Document> = parts.iter().enumerate().map(|(i, t)| Document::new(format!("d{i}"), *t)).collect();
    let with_lang: Vec<Document> = parts
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(format!("d{i}"), *t).with_lang(Lang::ALL[(t.len() + i) % Lang::ALL.len()]))
        .collect();
    for docs in [&plain, &with_lang] {
        if let Ok(report) = check_consistency(docs) {
            let _ = render::text(&report);
            let _ = render::json(&report);
            let _ = render::markdown(&report);
            let _ = render::html(&report);
        }
    }
}

/// What the `numbers` fuzz target checks: in every language, each
/// quantity's span is on char boundaries and is its text, low <= high, and
/// the values are finite.
fn numbers(text: &str) {
    for &lang in Lang::ALL {
        for q in read_quantities(text, lang) {
            assert!(q.start <= q.end && q.end <= text.len(), "{lang:?}: span {}..{}", q.start, q.end);
            assert!(
                text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
                "{lang:?}: span {}..{}",
                q.start,
                q.end
            );
            assert_eq!(&text[q.start..q.end], q.text, "{lang:?}");
            assert!(q.value.is_finite() && q.rounding.is_finite(), "{lang:?}: {q:?}");
            for b in [q.interval.low, q.interval.high].into_iter().flatten() {
                assert!(b.is_finite(), "{lang:?}: {q:?}");
            }
            if let (Some(lo), Some(hi)) = (q.interval.low, q.interval.high) {
                assert!(lo <= hi, "{lang:?}: {q:?}");
            }
        }
    }
}

#[test]
fn seed_corpus_check() {
    for entry in std::fs::read_dir("tests/fuzz/corpus/check").unwrap() {
        check(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
}

#[test]
fn seed_corpus_numbers() {
    for entry in std::fs::read_dir("tests/fuzz/corpus/numbers").unwrap() {
        numbers(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
}

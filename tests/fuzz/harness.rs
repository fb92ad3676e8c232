//! The fuzz harness, one copy: what the `check` and `numbers` fuzz targets
//! run on each input, and what `tests/fuzz_regressions.rs` runs on the seeds
//! and on every crasher. Included by path from both.

use claimcheck::{Document, Lang, check_consistency, read_quantities, render};

/// What the `check` fuzz target does: the text split into documents on
/// U+001E, checked without and with a language, rendered in every format.
pub fn check(text: &str) {
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
pub fn numbers(text: &str) {
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

//! Any UTF-8 input, split into 1-3 documents on U+001E (record separator),
//! checked without and with a language, then rendered in every format.
//! Must never panic.
#![no_main]

use claimcheck::{check_consistency, render, Document, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let parts: Vec<&str> = text.splitn(3, '\u{1e}').collect();

    // Without a language: detected from the text.
    let plain: Vec<Document> =
        parts.iter().enumerate().map(|(i, t)| Document::new(format!("d{i}"), *t)).collect();
    // With a language, picked from the text's length and document index.
    let with_lang: Vec<Document> = parts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let lang = Lang::ALL[(t.len() + i) % Lang::ALL.len()];
            Document::new(format!("d{i}"), *t).with_lang(lang)
        })
        .collect();

    for docs in [&plain, &with_lang] {
        if let Ok(report) = check_consistency(docs) {
            let _ = render::text(&report);
            let _ = render::json(&report);
            let _ = render::markdown(&report);
            let _ = render::html(&report);
        }
    }
});

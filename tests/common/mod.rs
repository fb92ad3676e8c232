//! Shared by the integration tests: the built-in sample corpus.

use claimcheck::Document;

/// The five articles of `examples/corpus/`, with their ids and languages.
pub fn sample_corpus() -> Vec<Document> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus");
    [("000", "pt"), ("001", "pt"), ("002", "id"), ("003", "es"), ("004", "it")]
        .into_iter()
        .map(|(id, lang)| {
            let text = std::fs::read_to_string(dir.join(format!("{id}_{lang}.txt"))).expect("corpus file");
            Document::new(id, text).with_lang(lang.parse().expect("language code"))
        })
        .collect()
}

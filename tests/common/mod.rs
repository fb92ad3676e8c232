//! Shared by the integration tests: the built-in sample corpus, and each
//! language's data for the property tests, read from its case table.

#![allow(dead_code)]

use claimcheck::{Document, Lang};

/// What the property tests need of a language, from the `@` lines of its
/// case table `tests/cases/<code>.txt`.
pub struct LangData {
    /// A sentence with `{n}` where a number goes, before a counted noun.
    pub number_sentence: String,
    /// The separator between groups of three digits.
    pub digit_group: String,
}

impl LangData {
    /// The sentence with `number` in place.
    pub fn sentence(&self, number: &str) -> String {
        self.number_sentence.replace("{n}", number)
    }

    /// `n` in digits, grouped by threes with the language's separator.
    pub fn digits(&self, n: u64) -> String {
        let s = n.to_string();
        let mut out = String::new();
        for (k, c) in s.chars().enumerate() {
            if k > 0 && (s.len() - k) % 3 == 0 {
                out.push_str(&self.digit_group);
            }
            out.push(c);
        }
        out
    }
}

/// The property-test data of a language, read once per process; panics,
/// naming the file, when its case table lacks it.
pub fn lang_data(lang: Lang) -> &'static LangData {
    static DATA: std::sync::OnceLock<Vec<LangData>> = std::sync::OnceLock::new();
    let data = DATA.get_or_init(|| Lang::ALL.iter().map(|&l| read_lang_data(l)).collect());
    let i = Lang::ALL.iter().position(|&l| l == lang).expect("a language of Lang::ALL");
    &data[i]
}

fn read_lang_data(lang: Lang) -> LangData {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/cases/{lang}.txt"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let field = |name: &str| -> String {
        src.lines()
            .find_map(|l| l.trim().strip_prefix('@')?.trim().strip_prefix(name)?.trim().strip_prefix(':'))
            .map(|v| v.trim().to_string())
            .unwrap_or_else(|| panic!("{}: no @{name} line", path.display()))
    };
    let group = field("digit-group");
    let digit_group = match group.strip_prefix("U+") {
        Some(hex) => u32::from_str_radix(hex, 16).ok().and_then(char::from_u32).map(String::from),
        None => Some(group.clone()),
    }
    .unwrap_or_else(|| panic!("{}: bad @digit-group {group:?}", path.display()));
    let number_sentence = field("number-sentence");
    assert!(number_sentence.contains("{n}"), "{}: @number-sentence has no {{n}}", path.display());
    LangData { number_sentence, digit_group }
}

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

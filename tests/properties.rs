//! Property tests: invariants that hold for any input.

mod common;
#[path = "benches/common/mod.rs"]
mod generated;

use std::collections::HashMap;
use std::path::Path;

use claimcheck::{Checker, Document, Lang, Report, Unit, check_consistency, render};
use proptest::prelude::*;

/// Every span is a valid range on char boundaries, its text is what it
/// covers, and every interval is ordered.
fn assert_invariants(docs: &[Document], report: &Report) {
    for d in &report.documents {
        let text = &docs.iter().find(|x| x.id == d.id).expect("report documents come from the input").text;
        let span_ok = |start: usize, end: usize, written: &str| {
            start <= end
                && end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end)
                && &text[start..end] == written
        };
        for q in &d.quantities {
            assert!(span_ok(q.start, q.end, &q.text), "quantity span {:?}", q.text);
            if let (Some(lo), Some(hi)) = (q.interval.low, q.interval.high) {
                assert!(lo <= hi, "interval {lo} > {hi} for {:?}", q.text);
            }
            assert!(q.value.is_finite() && q.rounding.is_finite());
        }
        for t in &d.times {
            assert!(span_ok(t.start, t.end, &t.text), "time span {:?}", t.text);
        }
        for e in &d.entities {
            assert!(span_ok(e.start, e.end, &e.text), "entity span {:?}", e.text);
        }
    }
    for c in &report.claims {
        let text = &docs.iter().find(|x| *x.id == *c.source).expect("claim source is an input").text;
        let ev = &c.evidence;
        assert!(text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end) && text[ev.start..ev.end] == *ev.text);
    }
    // The JSON view never fails (no NaN or infinity).
    let json = render::json(report);
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
}

/// Inputs the properties below once failed on, minimized, checked on every
/// run: proptest draws new cases each time.
#[test]
fn found_cases_keep_their_invariants() {
    // A word that folds to a name the text writes elsewhere ("ᾘ" folds to
    // "η", the name "Η"): its mention's text was the folded word.
    let cases = [("ᾘ\u{ce2} ເaa;Η:a①𞹴 aAਓ𞻰𞓐A꥟", 1)];
    for (text, lang) in cases {
        let docs = [Document::new("x", text).with_lang(Lang::ALL[lang])];
        let report = check_consistency(&docs).expect("a document with a language always checks");
        assert_invariants(&docs, &report);
    }
}

/// Fragments that stress the number, qualifier and entity layers.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("mais de ".to_string()),
        Just("lebih dari ".to_string()),
        Just("at least ".to_string()),
        Just("solo ha recibido menos de ".to_string()),
        Just("entre 10 e ".to_string()),
        Just("100.000".to_string()),
        Just("1,5".to_string()),
        Just("1.2.3.4".to_string()),
        Just(",,..''".to_string()),
        Just("100\u{a0}000".to_string()),
        Just("100\u{202f}000".to_string()),
        Just(" mil milhões ".to_string()),
        Just(" juta ".to_string()),
        Just(" bn ".to_string()),
        Just("US$ ".to_string()),
        Just("%".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{301}".to_string()),
        Just("“".to_string()),
        Just(" ByteDance, dona da ".to_string()),
        Just(" disse ".to_string()),
        Just(" negou ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just(" julho de 2024 ".to_string()),
        Just("2024-10".to_string()),
        "[0-9]{1,40}",
        "[A-Z][a-z]{1,8}",
        "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}", lang in 0..Lang::ALL.len()) {
        let docs = [Document::new("x", text).with_lang(Lang::ALL[lang])];
        let report = check_consistency(&docs).expect("a document with a language always checks");
        assert_invariants(&docs, &report);
    }

    #[test]
    fn near_misses_never_panic(parts in prop::collection::vec(fragment(), 0..40), lang in 0..Lang::ALL.len()) {
        let docs = [Document::new("x", parts.concat()).with_lang(Lang::ALL[lang])];
        let report = check_consistency(&docs).expect("a document with a language always checks");
        assert_invariants(&docs, &report);
    }

    #[test]
    fn detection_never_panics(text in "\\PC{0,200}") {
        // Detection may fail (an error), but never panics.
        let _ = check_consistency(&[Document::new("x", text)]);
    }

    /// An integer written with a language's digit grouping reads back as itself.
    #[test]
    fn grouped_digits_read_back(n in 0u64..1_000_000_000_000, lang in 0..Lang::ALL.len()) {
        let lang = Lang::ALL[lang];
        let grouped = common::lang_data(lang).digits(n);
        let text = format!("X {grouped} Y");
        let report = check_consistency(&[Document::new("x", text).with_lang(lang)]).unwrap();
        let q = &report.documents[0].quantities;
        // Four plain digits between 1900 and 2100 read as a year, not a quantity.
        if !(1900..=2100).contains(&n) {
            prop_assert_eq!(q.len(), 1, "{} in {}", grouped, lang);
            prop_assert_eq!(q[0].value, n as f64);
            let counted = matches!(q[0].unit, Unit::Count { .. });
            prop_assert!(counted, "unit {:?}", q[0].unit);
        }
    }

    /// The report does not depend on the order of the input documents.
    #[test]
    fn input_order_does_not_matter(seed in any::<u64>()) {
        let mut docs = corpus();
        // A deterministic shuffle from the seed.
        let mut s = seed | 1;
        for i in (1..docs.len()).rev() {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            docs.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let a = render::json(&check_consistency(&docs).unwrap());
        let b = render::json(&check_consistency(&corpus()).unwrap());
        prop_assert!(a == b);
    }
}

fn corpus() -> Vec<Document> {
    common::sample_corpus()
}

#[test]
fn same_input_same_bytes() {
    let a = render::json(&Checker::new().check(&corpus()).unwrap());
    let b = render::json(&Checker::new().check(&corpus()).unwrap());
    assert_eq!(a, b);
}

#[test]
fn hostile_shapes_never_panic() {
    let shapes = [
        "mais de ".repeat(20_000),
        "9".repeat(5_000),
        format!("{} mil milhões", "9".repeat(400)),
        "1.".repeat(10_000),
        "\u{202e}\u{200b}\u{301}".repeat(5_000),
        "“".repeat(3_000),
        "A B C D E F G H ".repeat(2_000),
        "cem mil ".repeat(5_000),
        // A verb of announcing, a long glued run of elided articles, an act.
        format!("Acme a annoncé {}suppression de 9.000 emplois. ", "l'".repeat(100_000)),
    ];
    for (i, text) in shapes.iter().enumerate() {
        for &lang in Lang::ALL {
            let docs = [Document::new("x", text.clone()).with_lang(lang)];
            let report = check_consistency(&docs).unwrap_or_else(|e| panic!("shape {i}: {e}"));
            assert_invariants(&docs, &report);
        }
    }
}

/// Every corpus the tests know: the sample corpus, each mini-corpus of
/// `tests/corpora/`, and the events of a generated corpus.
fn all_corpora() -> Vec<(String, Vec<Document>)> {
    let mut out = vec![("sample".to_string(), corpus())];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpora");
    let mut names: Vec<_> =
        std::fs::read_dir(&dir).expect("tests/corpora").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    names.sort();
    for d in names.into_iter().filter(|d| d.is_dir()) {
        let mut files: Vec<_> = std::fs::read_dir(&d)
            .expect("a corpus directory")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        let docs = files
            .iter()
            .map(|p| {
                let stem = p.file_stem().and_then(|s| s.to_str()).expect("file name");
                let (id, lang) = stem.split_once('_').expect("<id>_<lang>.txt");
                Document::new(id, std::fs::read_to_string(p).expect("article")).with_lang(lang.parse().expect("lang"))
            })
            .collect();
        out.push((d.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string(), docs));
    }
    let g = generated::generate(0x00C1_A1AC_4EC4, 6);
    for e in 0..g.events() {
        out.push((format!("generated event {e}"), g.event(e).map(|a| a.document()).collect()));
    }
    out
}

/// A report's findings with every document id put back through `back`,
/// each list sorted: what must not change when documents are renamed and
/// permuted. The explanation is prose that lists sources in id order and
/// is left out; its data (values, sources, verdicts) is in.
fn canonical_findings(r: &Report, back: &HashMap<String, String>) -> Vec<String> {
    let id = |s: &str| back.get(s).cloned().unwrap_or_else(|| format!("?{s}"));
    let claim = |c: &str| match c.rsplit_once('#') {
        Some((src, n)) => format!("{}#{n}", id(src)),
        None => id(c),
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let mut out: Vec<String> = r
        .findings
        .iter()
        .map(|f| {
            let pairs = sorted(
                f.pairs
                    .iter()
                    .map(|p| {
                        let (a, b) = (id(&p.a), id(&p.b));
                        let (a, b) = if a <= b { (a, b) } else { (b, a) };
                        format!("{a}-{b}:{}", p.verdict.as_str())
                    })
                    .collect(),
            );
            format!(
                "{} {:?} {} {:?} {:?} sources={:?} claims={:?} consensus={:?} outliers={:?} pairs={:?}",
                f.verdict.as_str(),
                f.kind,
                f.subject,
                f.predicate,
                f.object,
                sorted(f.sources.iter().map(|s| id(s)).collect()),
                sorted(f.claims.iter().map(|c| claim(c)).collect()),
                f.consensus,
                sorted(f.outliers.iter().map(|s| id(s)).collect()),
                pairs,
            )
        })
        .collect();
    out.sort();
    out
}

/// Renames every document to a name drawn from `seed` (so that their
/// order by id changes) and permutes them; the map takes new names back.
fn rename_and_permute(docs: &[Document], seed: u64) -> (Vec<Document>, HashMap<String, String>) {
    let mut rng = generated::Rng::new(seed);
    let mut renamed: Vec<Document> = Vec::with_capacity(docs.len());
    let mut back = HashMap::new();
    for d in docs {
        let name = loop {
            let n = format!("r{:06x}", rng.next_u64() % 0x100_0000);
            if !back.contains_key(&n) {
                break n;
            }
        };
        back.insert(name.clone(), d.id.clone());
        let mut d = d.clone();
        d.id = name;
        renamed.push(d);
    }
    rng.shuffle(&mut renamed);
    (renamed, back)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    /// Nothing depends on what the documents are called or on their order:
    /// renamed and permuted, every corpus gives the same findings up to
    /// the renaming (the consensus, the outliers, which claims join).
    #[test]
    fn renaming_and_permuting_documents_changes_nothing(seed in any::<u64>()) {
        for (name, docs) in all_corpora() {
            let identity: HashMap<String, String> = docs.iter().map(|d| (d.id.clone(), d.id.clone())).collect();
            let want = canonical_findings(&check_consistency(&docs).expect("the corpus checks"), &identity);
            let (renamed, back) = rename_and_permute(&docs, seed);
            let got = canonical_findings(&check_consistency(&renamed).expect("the renamed corpus checks"), &back);
            let missing: Vec<&String> = want.iter().filter(|f| !got.contains(f)).collect();
            let extra: Vec<&String> = got.iter().filter(|f| !want.contains(f)).collect();
            prop_assert!(missing.is_empty() && extra.is_empty(), "{}: lost {:#?}\ngained {:#?}", name, missing, extra);
        }
    }
}

/// Every explanation is rendered from its finding's reasons: read back from
/// JSON, each finding of every corpus renders to the same text.
#[test]
fn explanations_render_from_reasons() {
    for (name, docs) in all_corpora() {
        let report = check_consistency(&docs).expect("the corpus checks");
        let back: Report = serde_json::from_str(&render::json(&report)).expect("the JSON reads back");
        for (f, g) in report.findings.iter().zip(&back.findings) {
            assert_eq!(render::explain(g), f.explanation, "{name}: {:?} {}", f.kind, f.subject);
        }
    }
}

//! Throughput benchmarks (divan): language detection, the number layer,
//! extraction and comparison, the comparator alone, an end-to-end run, and
//! adversarial input shapes at growing sizes (time should grow linearly).
//!
//! `cargo bench --bench throughput` (about a few minutes on 2 cores);
//! filter with e.g. `cargo bench --bench throughput -- adversarial`.

mod common;

use std::sync::LazyLock;

use claimcheck::{
    Attribution, Checker, Claim, Concept, Document, EntityRef, Evidence, Interval, Lang, Modality, Object, Polarity,
    Predicate, Qualifier, Quantity, Unit, check_consistency, compare_claims, read_quantities,
};
use divan::Bencher;
use divan::counter::{BytesCount, ItemsCount};

fn main() {
    divan::main();
}

const MB: usize = 1 << 20;
const SEED: u64 = 2024;

static CORPUS_1MB: LazyLock<common::Corpus> = LazyLock::new(|| common::generate_bytes(SEED, MB));
static CORPUS_10MB: LazyLock<common::Corpus> = LazyLock::new(|| common::generate_bytes(SEED, 10 * MB));

fn docs(corpus: &common::Corpus, with_lang: bool) -> Vec<Document> {
    corpus
        .articles
        .iter()
        .map(|a| if with_lang { a.document() } else { Document::new(a.id.clone(), a.text.clone()) })
        .collect()
}

/// Language detection: the library does not expose it alone, so this is the
/// full check of 1 MB with languages left to detect, against the same check
/// with languages given; the difference is the cost of detection.
#[divan::bench(args = [false, true], sample_count = 5, sample_size = 1)]
fn detect_1mb(bencher: Bencher, lang_given: bool) {
    let docs = docs(&CORPUS_1MB, lang_given);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| check_consistency(divan::black_box(&docs)).unwrap());
}

/// The number layer alone, on about 1 MB of one language's generated text.
#[divan::bench(args = Lang::ALL, sample_count = 5, sample_size = 1)]
fn read_quantities_1mb(bencher: Bencher, lang: &Lang) {
    let mut text = String::new();
    for a in CORPUS_10MB.articles.iter().filter(|a| a.lang == *lang) {
        if text.len() >= MB {
            break;
        }
        text.push_str(&a.text);
    }
    bencher.counter(BytesCount::of_str(&text)).bench(|| read_quantities(divan::black_box(&text), *lang));
}

/// Extraction and comparison of every article in one check. Three samples:
/// on a shared machine one run can be a third slower (page faults).
#[divan::bench(args = [1, 10], sample_count = 3, sample_size = 1)]
fn check_consistency_mb(bencher: Bencher, mb: usize) {
    let corpus = if mb == 1 { &*CORPUS_1MB } else { &*CORPUS_10MB };
    let docs = docs(corpus, true);
    bencher.counter(BytesCount::new(corpus.bytes())).bench(|| check_consistency(divan::black_box(&docs)).unwrap());
}

/// Real articles (the sample corpus and the mini-corpora, each file
/// `<id>_<lang>.txt`) repeated to about 10 MB, checked as one story: one
/// fact told by thousands of sources.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn real_articles_10mb(bencher: Bencher) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("examples/corpus")];
    let mut corpora: Vec<_> =
        std::fs::read_dir(root.join("tests/corpora")).unwrap().map(|e| e.unwrap().path()).collect();
    corpora.sort();
    dirs.extend(corpora);
    let mut texts = Vec::new();
    for dir in dirs {
        let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for f in files.into_iter().filter(|f| f.extension().is_some_and(|e| e == "txt")) {
            let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
            let Some(lang) = stem.rsplit('_').next().and_then(|l| l.parse::<Lang>().ok()) else { continue };
            texts.push((
                format!("{}-{stem}", dir.file_name().unwrap().to_string_lossy()),
                lang,
                std::fs::read_to_string(&f).unwrap(),
            ));
        }
    }
    let mut docs = Vec::new();
    let mut bytes = 0;
    for copy in 0.. {
        if bytes >= 10 * MB {
            break;
        }
        for (id, lang, text) in &texts {
            bytes += text.len();
            docs.push(Document::new(format!("{copy}-{id}"), text.clone()).with_lang(*lang));
        }
    }
    bencher.counter(BytesCount::new(bytes)).bench(|| check_consistency(divan::black_box(&docs)).unwrap());
}

/// End to end on 10 MB: JSONL in, JSON report out.
#[divan::bench(sample_count = 1, sample_size = 1)]
fn end_to_end_10mb(bencher: Bencher) {
    let jsonl = CORPUS_10MB.to_jsonl();
    bencher.counter(BytesCount::of_str(&jsonl)).bench(|| {
        let docs: Vec<Document> = divan::black_box(&jsonl).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let report = Checker::new().check(&docs).unwrap();
        claimcheck::render::json(&report).len()
    });
}

/// `n` claims about `n / 8` facts: each fact is told by 8 sources, one of
/// which gives a figure 3x the others; predicates, times and units vary.
pub fn synthetic_claims(n: usize) -> Vec<Claim> {
    let preds = [Predicate::Order, Predicate::Employees, Predicate::Invest, Predicate::Sell];
    (0..n)
        .map(|i| {
            let fact = i / 8;
            let src = i % 8;
            let subject = format!("co{}", fact / preds.len());
            let predicate = preds[fact % preds.len()];
            let v = (1 + fact % 97) as f64 * 1000.0 * if src == 7 { 3.0 } else { 1.0 };
            let (qualifier, interval) = match src % 3 {
                0 => (Qualifier::Exact, Interval::point(v)),
                1 => (Qualifier::About, Interval::closed(v * 0.9, v * 1.1)),
                _ => (
                    Qualifier::MoreThan,
                    Interval { low: Some(v * 0.99), high: None, low_inclusive: false, high_inclusive: false },
                ),
            };
            let unit = if predicate == Predicate::Invest {
                Unit::Money { currency: claimcheck::Currency::new("USD").unwrap(), per: None }
            } else {
                Unit::Count { concept: Some(Concept("chip".into())) }
            };
            let text = format!("{v} chips");
            Claim {
                id: format!("s{src}#{i}"),
                source: format!("s{src}").into(),
                lang: Lang::ALL[src % Lang::ALL.len()],
                subject: EntityRef { key: subject.as_str().into(), text: subject.into() },
                predicate,
                object: (predicate == Predicate::Order).then(|| Object::Concept { concept: Concept("chip".into()) }),
                quantity: Some(Quantity {
                    text: text.clone(),
                    start: 0,
                    end: text.len(),
                    value: v,
                    interval,
                    qualifier,
                    unit,
                    rounding: 1000.0,
                    saturated: false,
                }),
                time: None,
                polarity: if src == 6 && predicate == Predicate::Sell { Polarity::Denied } else { Polarity::Affirmed },
                modality: Modality::Asserted,
                attribution: Attribution::default(),
                evidence: Evidence { start: 0, end: text.len(), text: text.into() },
                also: Vec::new(),
                zone: None,
                superseded: false,
                part: false,
            }
        })
        .collect()
}

#[divan::bench(args = [10_000, 100_000, 1_000_000], sample_count = 3, sample_size = 1)]
fn compare_claims_n(bencher: Bencher, n: usize) {
    let claims = synthetic_claims(n);
    bencher.counter(ItemsCount::new(n)).bench(|| compare_claims(divan::black_box(&claims), &[]));
}

use common::{Shape, hostile};

const SHAPES: &[Shape] = Shape::ALL;

mod adversarial {
    use super::*;

    const KB: usize = 1 << 10;

    fn run(bencher: Bencher, shape: Shape, size: usize) {
        let text = hostile(shape, size);
        let docs = [Document::new("x", text.clone()).with_lang(Lang::Pt)];
        bencher.counter(BytesCount::of_str(&text)).bench(|| check_consistency(divan::black_box(&docs)).unwrap());
    }

    #[divan::bench(args = SHAPES, sample_count = 3, sample_size = 1)]
    fn kb1(bencher: Bencher, shape: &Shape) {
        run(bencher, *shape, KB);
    }

    #[divan::bench(args = SHAPES, sample_count = 3, sample_size = 1)]
    fn kb100(bencher: Bencher, shape: &Shape) {
        run(bencher, *shape, 100 * KB);
    }

    #[divan::bench(args = SHAPES, sample_count = 3, sample_size = 1)]
    fn mb1(bencher: Bencher, shape: &Shape) {
        run(bencher, *shape, MB);
    }

    /// Without `Names`: linear, but about 4 s per MB (see the 1 MB row).
    const SHAPES_10MB: &[Shape] = &[
        Shape::MaisDe,
        Shape::Digits,
        Shape::Grouped,
        Shape::Qualifiers,
        Shape::ZeroWidth,
        Shape::NoPeriod,
        Shape::Bodies,
        Shape::Voices,
    ];

    #[divan::bench(args = SHAPES_10MB, sample_count = 2, sample_size = 1)]
    fn mb10(bencher: Bencher, shape: &Shape) {
        run(bencher, *shape, 10 * MB);
    }
}

//! Generated corpora with known, injected agreements and contradictions
//! (see `tests/benches/common/mod.rs`): the checker must find them.

#[path = "benches/common/mod.rs"]
mod common;

use claimcheck::{FindingKind, Report, Verdict, check_consistency};
use common::{Corpus, Expected, generate};

const SEED: u64 = 0x00C1_A1AC_4EC4;

fn reports(corpus: &Corpus) -> Vec<Report> {
    (0..corpus.events())
        .map(|e| {
            let docs: Vec<_> = corpus.event(e).map(|a| a.document()).collect();
            check_consistency(&docs).expect("a generated event checks")
        })
        .collect()
}

/// The finding for an expected fact, if the checker made one.
fn found<'a>(r: &'a Report, x: &Expected) -> Option<&'a claimcheck::Finding> {
    r.findings.iter().find(|f| f.subject == x.subject && f.predicate == Some(x.predicate) && f.kind == x.kind)
}

struct Score {
    facts: usize,
    verdict_ok: usize,
    expected_contradictions: usize,
    found_contradictions: usize,
    reported_contradictions: usize,
    true_contradictions: usize,
    misses: Vec<String>,
    /// Quantity facts where an outlet that gave the true figure is named an outlier.
    truthful_named: Vec<String>,
}

fn score(corpus: &Corpus, reports: &[Report]) -> Score {
    let mut s = Score {
        facts: 0,
        verdict_ok: 0,
        expected_contradictions: 0,
        found_contradictions: 0,
        reported_contradictions: 0,
        true_contradictions: 0,
        misses: Vec::new(),
        truthful_named: Vec::new(),
    };
    for x in &corpus.expected {
        let r = &reports[x.event];
        s.facts += 1;
        let f = found(r, x);
        // The injected outlet is the outlier when the others make a
        // majority; when they do not (two sources), no outlet is named.
        let ok = f.is_some_and(|f| {
            f.verdict == x.verdict
                && (x.kind != FindingKind::Quantity
                    || x.verdict == Verdict::Agree
                    || x.outlier
                        .as_ref()
                        .is_none_or(|o| f.outliers.contains(o) || (f.consensus.is_none() && f.outliers.is_empty())))
        });
        // A truthful outlet is never named an outlier.
        if let (Some(f), Some(o)) = (f, x.outlier.as_ref())
            && x.kind == FindingKind::Quantity
            && f.outliers.iter().any(|s| s != o)
        {
            s.truthful_named.push(format!("event {} {}: {:?} named, {o} injected", x.event, x.subject, f.outliers));
        }
        if ok {
            s.verdict_ok += 1;
        } else {
            s.misses.push(format!(
                "event {} {} {:?} {:?}: expected {:?} (outlier {:?}; {}), got {:?}",
                x.event,
                x.subject,
                x.predicate,
                x.kind,
                x.verdict,
                x.outlier,
                x.note,
                f.map(|f| (f.verdict, &f.outliers, &f.explanation))
            ));
        }
        if x.verdict == Verdict::Contradict {
            s.expected_contradictions += 1;
            if f.is_some_and(|f| f.verdict == Verdict::Contradict) {
                s.found_contradictions += 1;
            }
        }
    }
    // Precision: every contradiction reported should be one that was injected.
    for (e, r) in reports.iter().enumerate() {
        for f in r.findings.iter().filter(|f| f.verdict == Verdict::Contradict) {
            s.reported_contradictions += 1;
            let injected = corpus.expected.iter().any(|x| {
                x.event == e
                    && x.verdict == Verdict::Contradict
                    && x.subject == f.subject
                    && Some(x.predicate) == f.predicate
                    && x.kind == f.kind
            });
            if injected {
                s.true_contradictions += 1;
            } else {
                s.misses.push(format!("event {e}: contradiction not injected: {}", f.explanation));
            }
        }
    }
    s
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

#[test]
fn generation_is_deterministic() {
    let a = generate(SEED, 5);
    let b = generate(SEED, 5);
    assert_eq!(a.to_jsonl(), b.to_jsonl());
    assert_eq!(a.expected, b.expected);
    assert_ne!(a.to_jsonl(), generate(SEED + 1, 5).to_jsonl());
}

#[test]
fn injected_facts_are_found() {
    let corpus = generate(SEED, 20);
    let reports = reports(&corpus);
    let s = score(&corpus, &reports);
    let recall = ratio(s.found_contradictions, s.expected_contradictions);
    let precision = ratio(s.true_contradictions, s.reported_contradictions);
    let accuracy = ratio(s.verdict_ok, s.facts);
    println!(
        "{} articles, {} events, {} injected facts: verdicts right {}/{} ({:.1}%); \
         contradictions: recall {}/{} ({:.1}%), precision {}/{} ({:.1}%)",
        corpus.articles.len(),
        corpus.events(),
        s.facts,
        s.verdict_ok,
        s.facts,
        100.0 * accuracy,
        s.found_contradictions,
        s.expected_contradictions,
        100.0 * recall,
        s.true_contradictions,
        s.reported_contradictions,
        100.0 * precision,
    );
    for m in &s.misses {
        println!("  {m}");
    }
    assert!(s.expected_contradictions >= 5, "the seed injects enough contradictions");
    assert!(recall >= 0.95, "recall {recall}");
    assert!(precision >= 0.95, "precision {precision}");
    assert!(accuracy >= 0.95, "accuracy {accuracy}");
    assert!(s.truthful_named.is_empty(), "truthful outlets named outliers: {:#?}", s.truthful_named);
}

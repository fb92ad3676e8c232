//! Whole-report snapshots of the sample corpus, and the findings its
//! EXPECTED.md names, asserted one by one so that a snapshot update can
//! never hide a lost finding.

mod common;

use claimcheck::{Document, FindingKind, Polarity, Predicate, Report, Side, Verdict, check_consistency, render};

fn corpus() -> Vec<Document> {
    common::sample_corpus()
}

fn report() -> Report {
    check_consistency(&corpus()).expect("the corpus checks")
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

#[test]
fn snapshot_text_report() {
    let r = report();
    settings().bind(|| insta::assert_snapshot!("bytedance_huawei_text", render::text(&r)));
}

#[test]
fn snapshot_json_report() {
    let r = report();
    settings().bind(|| insta::assert_snapshot!("bytedance_huawei_json", render::json(&r)));
}

fn find<'r>(
    r: &'r Report,
    kind: FindingKind,
    predicate: Option<Predicate>,
    object: Option<&str>,
) -> Vec<&'r claimcheck::Finding> {
    r.findings
        .iter()
        .filter(|f| f.kind == kind && f.predicate == predicate && object.is_none_or(|o| f.object.as_deref() == Some(o)))
        .collect()
}

fn one<'r>(list: Vec<&'r claimcheck::Finding>, what: &str) -> &'r claimcheck::Finding {
    assert_eq!(list.len(), 1, "{what}: want exactly one finding, got {list:#?}");
    list[0]
}

#[test]
fn expected_1_ordered_is_a_tension_within_rounding() {
    let r = report();
    let f = one(find(&r, FindingKind::Quantity, Some(Predicate::Order), Some("chip")), "ordered");
    assert_eq!(f.verdict, Verdict::Tension);
    assert_eq!(f.sources, ["000", "001", "002", "003", "004"]);
    assert_eq!(f.outliers, ["000"]);
    let c = f.consensus.expect("a consensus");
    assert_eq!((c.low, c.high, c.low_inclusive), (Some(100_000.0), None, false));
}

#[test]
fn expected_2_received_is_a_tension_within_rounding() {
    let r = report();
    let f = one(find(&r, FindingKind::Quantity, Some(Predicate::Receive), Some("chip")), "received");
    assert_eq!(f.verdict, Verdict::Tension);
    assert_eq!(f.outliers, ["000"]);
    let c = f.consensus.expect("a consensus");
    assert_eq!((c.low, c.high, c.high_inclusive), (Some(0.0), Some(30_000.0), false));
}

#[test]
fn expected_3_ordered_and_received_are_two_facts() {
    let r = report();
    // No finding compares claims of the two predicates.
    for f in &r.findings {
        let preds: std::collections::BTreeSet<Predicate> =
            f.claims.iter().filter_map(|id| r.claims.iter().find(|c| &c.id == id)).map(|c| c.predicate).collect();
        if preds.contains(&Predicate::Order) && preds.contains(&Predicate::Receive) {
            assert_eq!(f.kind, FindingKind::Derived, "only the derived note joins them: {f:#?}");
            assert_ne!(f.verdict, Verdict::Contradict);
        }
    }
    one(find(&r, FindingKind::Derived, Some(Predicate::Receive), Some("chip")), "shortfall note");
}

#[test]
fn expected_4_denial_contradicts_the_plan() {
    let r = report();
    let f = one(find(&r, FindingKind::Dispute, Some(Predicate::Develop), Some("model")), "denial");
    assert_eq!(f.verdict, Verdict::Contradict);
    // 000 and 001 state the plan without the denial: they are flagged, not
    // the sources that report both sides.
    let sides: Vec<(&str, Side)> = f.sides.iter().map(|s| (s.source.as_str(), s.reports)).collect();
    assert_eq!(
        sides,
        [
            ("000", Side::Assertion),
            ("001", Side::Assertion),
            ("002", Side::Both),
            ("003", Side::Both),
            ("004", Side::Both)
        ]
    );
    assert_eq!(f.outliers, ["000", "001"]);
    assert_eq!(f.subject, "bytedance");
    let claims: Vec<&claimcheck::Claim> =
        f.claims.iter().filter_map(|id| r.claims.iter().find(|c| &c.id == id)).collect();
    let sources = |p: Polarity| {
        let mut s: Vec<&str> = claims.iter().filter(|c| c.polarity == p).map(|c| &*c.source).collect();
        s.dedup();
        s
    };
    assert_eq!(sources(Polarity::Affirmed), ["000", "001", "002", "003", "004"]);
    assert_eq!(sources(Polarity::Denied), ["002", "003", "004"]);
    for src in ["002", "003", "004"] {
        assert!(
            claims.iter().any(|c| &*c.source == src
                && c.polarity == Polarity::Denied
                && c.attribution.speaker.as_deref() == Some("Michael Hughes")),
            "the spokesperson denies in {src}"
        );
    }
}

#[test]
fn expected_5_affiliations_reconciled_by_ownership() {
    let r = report();
    let f = one(find(&r, FindingKind::Attribute, Some(Predicate::Develop), Some("model")), "affiliation");
    assert_eq!(f.verdict, Verdict::Compatible);
    assert_eq!(f.sources, ["002", "003", "004"]);
    assert!(r.relations.iter().any(|rel| &*rel.from.key == "bytedance" && &*rel.to.key == "tiktok"));
}

#[test]
fn expected_6_monthly_users_agree() {
    let r = report();
    let f = one(find(&r, FindingKind::Quantity, Some(Predicate::Users), None), "users");
    assert_eq!(f.verdict, Verdict::Agree);
    assert_eq!(f.sources, ["000", "002", "004"]);
}

#[test]
fn expected_7_launch_agrees_on_august_2023() {
    let r = report();
    let f = one(find(&r, FindingKind::Time, Some(Predicate::Launch), Some("doubao")), "launch");
    assert_eq!(f.verdict, Verdict::Agree);
    assert_eq!(f.sources, ["002", "004"]);
}

#[test]
fn expected_8_restrictions_since_2022_agree() {
    let r = report();
    let f = one(find(&r, FindingKind::Time, Some(Predicate::Restrict), Some("export")), "restrictions");
    assert_eq!(f.verdict, Verdict::Agree);
    assert_eq!(f.subject, "us");
    for src in ["001", "002", "004"] {
        assert!(f.sources.iter().any(|s| s == src), "{src} dates the restrictions: {f:#?}");
    }
}

#[test]
fn expected_9_name_variant() {
    let r = report();
    let f = one(find(&r, FindingKind::NameVariant, None, None), "name variant");
    assert_eq!((f.subject.as_str(), f.object.as_deref()), ("jimeng", Some("ximeng")));
    assert_eq!(f.sources, ["000", "002"]);
}

#[test]
fn expected_10_allocation_is_single_source() {
    let r = report();
    let f = one(find(&r, FindingKind::Quantity, Some(Predicate::Spend), None), "allocation");
    assert_eq!(f.verdict, Verdict::SingleSource);
    assert_eq!(f.sources, ["002"]);
}

#[test]
fn no_false_contradiction() {
    let r = report();
    let contradictions: Vec<_> = r.findings.iter().filter(|f| f.verdict == Verdict::Contradict).collect();
    assert_eq!(contradictions.len(), 1, "only the denial contradicts: {contradictions:#?}");
}

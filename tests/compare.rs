//! The comparator on its own: claims built by hand, as another extractor
//! would give them, through `compare_claims`.

use claimcheck::{
    Attribution, Claim, Concept, Currency, EntityRef, Evidence, Finding, FindingKind, Interval, Lang, Modality, Object,
    PartialDate, Polarity, Predicate, Qualifier, Quantity, Relation, RelationKind, TimeRef, TimeRelation, TimeValue,
    Unit, Verdict, compare_claims,
};

fn entity(key: &str) -> EntityRef {
    EntityRef { key: key.to_string(), text: key.to_string() }
}

fn quantity(qualifier: Qualifier, value: f64, rounding: f64, unit: Unit) -> Quantity {
    let interval = match qualifier {
        Qualifier::MoreThan => Interval { low: Some(value), high: None, low_inclusive: false, high_inclusive: false },
        Qualifier::LessThan => {
            Interval { low: Some(0.0), high: Some(value), low_inclusive: true, high_inclusive: false }
        }
        Qualifier::AtMost => Interval { low: Some(0.0), high: Some(value), low_inclusive: true, high_inclusive: true },
        _ => Interval::point(value),
    };
    Quantity {
        text: format!("{value}"),
        start: 0,
        end: 1,
        value,
        interval,
        qualifier,
        unit,
        rounding,
        saturated: false,
    }
}

fn count(concept: &str) -> Unit {
    Unit::Count { concept: Some(Concept(concept.to_string())) }
}

fn claim(source: &str, predicate: Predicate, q: Option<Quantity>) -> Claim {
    Claim {
        id: format!("{source}#1"),
        source: source.to_string(),
        lang: Lang::En,
        subject: entity("acme"),
        predicate,
        object: Some(Object::Concept { concept: Concept("car".to_string()) }),
        quantity: q,
        time: None,
        polarity: Polarity::Affirmed,
        modality: Modality::Asserted,
        attribution: Attribution::default(),
        evidence: Evidence { start: 0, end: 1, text: "x".to_string() },
        also: Vec::new(),
        zone: None,
        superseded: false,
    }
}

fn only(findings: &[Finding]) -> &Finding {
    assert_eq!(findings.len(), 1, "{findings:#?}");
    &findings[0]
}

#[test]
fn quantity_verdicts_table() {
    use Qualifier::*;
    let cases = [
        ("same value", (Exact, 500.0, 1.0), (Exact, 500.0, 1.0), Verdict::Agree),
        ("point inside a bound", (Exact, 600.0, 1.0), (MoreThan, 500.0, 1.0), Verdict::Compatible),
        ("rounded value on the bound", (Exact, 100_000.0, 1000.0), (MoreThan, 100_000.0, 1000.0), Verdict::Tension),
        ("gap within rounding", (Exact, 100_000.0, 1000.0), (Exact, 100_800.0, 1.0), Verdict::Tension),
        ("disjoint", (Exact, 500.0, 1.0), (Exact, 900.0, 1.0), Verdict::Contradict),
        ("inverted qualifiers", (MoreThan, 12.0, 1.0), (AtMost, 12.0, 1.0), Verdict::Contradict),
    ];
    for (name, a, b, want) in cases {
        let claims = [
            claim("a", Predicate::Order, Some(quantity(a.0, a.1, a.2, count("car")))),
            claim("b", Predicate::Order, Some(quantity(b.0, b.1, b.2, count("car")))),
        ];
        let findings = compare_claims(&claims, &[]);
        let f = only(&findings);
        assert_eq!(f.verdict, want, "case {name}: {}", f.explanation);
        assert_eq!(f.kind, FindingKind::Quantity, "case {name}");
        assert_eq!(f.pairs.len(), 1, "case {name}: one pair of sources");
    }
}

#[test]
fn different_predicates_are_different_facts() {
    let claims = [
        claim("a", Predicate::Order, Some(quantity(Qualifier::MoreThan, 100_000.0, 1000.0, count("car")))),
        claim("b", Predicate::Receive, Some(quantity(Qualifier::LessThan, 30_000.0, 1000.0, count("car")))),
    ];
    let findings = compare_claims(&claims, &[]);
    assert!(findings.iter().all(|f| f.verdict != Verdict::Contradict), "{findings:#?}");
    assert_eq!(findings.iter().filter(|f| f.verdict == Verdict::SingleSource).count(), 2);
    // The shortfall is a derived note, not a verdict against either source.
    assert!(findings.iter().any(|f| f.kind == FindingKind::Derived));
}

#[test]
fn currencies_are_never_compared_without_rates() {
    let usd = Unit::Money { currency: Currency::new("USD").unwrap() };
    let eur = Unit::Money { currency: Currency::new("EUR").unwrap() };
    let claims = [
        claim("a", Predicate::Spend, Some(quantity(Qualifier::Exact, 2e9, 1e8, usd))),
        claim("b", Predicate::Spend, Some(quantity(Qualifier::Exact, 5e9, 1e8, eur))),
    ];
    let findings = compare_claims(&claims, &[]);
    assert!(findings.iter().all(|f| f.verdict != Verdict::Contradict), "{findings:#?}");
}

#[test]
fn currencies_are_compared_at_the_caller_s_rates() {
    let usd = Currency::new("USD").unwrap();
    let eur = Currency::new("EUR").unwrap();
    let claims = [
        claim("a", Predicate::Spend, Some(quantity(Qualifier::Exact, 2e9, 1e8, Unit::Money { currency: usd }))),
        claim("b", Predicate::Spend, Some(quantity(Qualifier::Exact, 5e9, 1e8, Unit::Money { currency: eur }))),
        claim("c", Predicate::Spend, Some(quantity(Qualifier::Exact, 1.8e9, 1e8, Unit::Money { currency: eur }))),
    ];
    let checker = claimcheck::Checker::new().exchange_rates([(usd, 1.0), (eur, 1.1)]);
    let findings = checker.compare(&claims, &[]);
    let f = only(&findings);
    let pair = |a: &str, b: &str| f.pairs.iter().find(|p| &*p.a == a && &*p.b == b).map(|p| p.verdict);
    // EUR 1.8 billion is USD 1.98 billion: within the rounding of "2 billion".
    assert_eq!(pair("a", "c"), Some(Verdict::Tension), "{}", f.explanation);
    assert_eq!(pair("a", "b"), Some(Verdict::Contradict), "{}", f.explanation);
}

#[test]
fn different_explicit_times_make_a_timeline() {
    let at = |year: i32| TimeRef {
        text: year.to_string(),
        start: 0,
        end: 4,
        relation: TimeRelation::At,
        value: TimeValue::Absolute { date: PartialDate::year(year) },
    };
    let mut a = claim("a", Predicate::Revenue, Some(quantity(Qualifier::Exact, 10.0, 1.0, count("car"))));
    a.time = Some(at(2022));
    let mut b = claim("b", Predicate::Revenue, Some(quantity(Qualifier::Exact, 20.0, 1.0, count("car"))));
    b.time = Some(at(2023));
    let findings = compare_claims(&[a, b], &[]);
    assert!(findings.iter().all(|f| f.verdict == Verdict::SingleSource), "{findings:#?}");
}

#[test]
fn assertion_against_denial() {
    let mut denied = claim("b", Predicate::Develop, None);
    denied.polarity = Polarity::Denied;
    denied.attribution.speaker = Some("Jane Roe".to_string());
    let claims = [claim("a", Predicate::Develop, None), denied];
    let findings = compare_claims(&claims, &[]);
    let f = only(&findings);
    assert_eq!((f.verdict, f.kind), (Verdict::Contradict, FindingKind::Polarity));
    assert!(f.explanation.contains("Jane Roe"), "{}", f.explanation);
}

#[test]
fn affiliations_reconciled_only_by_a_relation() {
    let speaking_for = |source: &str, org: &str| {
        let mut c = claim(source, Predicate::Develop, None);
        c.polarity = Polarity::Denied;
        c.attribution.speaker = Some("Jane Roe".to_string());
        c.attribution.affiliation = Some(entity(org));
        c
    };
    let claims = [speaking_for("a", "parentco"), speaking_for("b", "appco")];
    let attribute = |findings: Vec<Finding>| {
        findings.into_iter().find(|f| f.kind == FindingKind::Attribute).expect("an attribute finding")
    };
    assert_eq!(attribute(compare_claims(&claims, &[])).verdict, Verdict::Contradict);
    let owns = Relation {
        kind: RelationKind::Owns,
        from: entity("parentco"),
        to: entity("appco"),
        source: None,
        evidence: None,
    };
    assert_eq!(attribute(compare_claims(&claims, &[owns])).verdict, Verdict::Compatible);
}

#[test]
fn claims_round_trip_through_json() {
    let c = claim("a", Predicate::Order, Some(quantity(Qualifier::MoreThan, 5.0, 1.0, count("car"))));
    let json = serde_json::to_string(&c).unwrap();
    let back: Claim = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
    // The JSON contract: interval fields flattened into the quantity.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    for field in ["text", "low", "high", "low_inclusive", "high_inclusive", "unit", "qualifier"] {
        assert!(v["quantity"].get(field).is_some(), "quantity.{field} in {json}");
    }
    assert_eq!(v["quantity"]["high"], serde_json::Value::Null);
    assert_eq!(v["predicate"], "order");
}

/// All pairs of sources up to 64 of them; beyond, each source against the
/// consensus only, so that one fact told by thousands of sources stays
/// linear (it was quadratic: 10 MB of one story took 28 s).
#[test]
fn pairs_are_linear_beyond_64_sources() {
    let told = |n: usize| -> Vec<Claim> {
        (0..n)
            .map(|i| {
                // Every tenth source gives a figure far off.
                let v = if i % 10 == 9 { 900.0 } else { 500.0 };
                claim(&format!("s{i:05}"), Predicate::Order, Some(quantity(Qualifier::Exact, v, 1.0, count("car"))))
            })
            .collect()
    };
    let few = compare_claims(&told(64), &[]);
    assert_eq!(only(&few).pairs.len(), 64 * 63 / 2);
    let many = compare_claims(&told(5000), &[]);
    let f = only(&many);
    assert_eq!(f.pairs.len(), 4999, "each source against the consensus");
    assert_eq!(f.verdict, Verdict::Contradict);
    assert_eq!(f.outliers.len(), 500);
    assert_eq!(f.consensus, Some(Interval::point(500.0)));
}

fn saturated(mut q: Quantity) -> Quantity {
    q.saturated = true;
    q.text = "9".repeat(310);
    q
}

/// A saturated figure (over 1e300) is never the consensus, never agrees
/// with another, and is never written out in full.
#[test]
fn saturated_figures_never_make_a_consensus() {
    let huge = || Some(saturated(quantity(Qualifier::Exact, 1e300, 1.0, count("car"))));
    let claims = [
        claim("a", Predicate::Order, huge()),
        claim("b", Predicate::Order, huge()),
        claim("c", Predicate::Order, Some(quantity(Qualifier::Exact, 500.0, 1.0, count("car")))),
    ];
    let findings = compare_claims(&claims, &[]);
    let f = only(&findings);
    assert_eq!(f.consensus, Some(Interval::point(500.0)), "{}", f.explanation);
    assert_eq!(f.outliers, ["a", "b"]);
    assert_eq!(f.verdict, Verdict::Contradict);
    let ab = f.pairs.iter().find(|p| &*p.a == "a" && &*p.b == "b").expect("pair a-b");
    assert_eq!(ab.verdict, Verdict::Compatible, "two saturated figures do not agree");
    assert!(f.explanation.contains("too large to compare"), "{}", f.explanation);
    let longest_digits = f.explanation.split(|c: char| !c.is_ascii_digit()).map(str::len).max().unwrap_or(0);
    assert!(longest_digits <= 60, "{}", f.explanation);
    // Saturated figures alone compare nothing and give no consensus.
    let findings = compare_claims(&claims[..2], &[]);
    assert!(findings.iter().all(|f| f.consensus.is_none() && f.kind != FindingKind::Quantity), "{findings:#?}");
    let findings = compare_claims(&claims[..1], &[]);
    let f = only(&findings);
    assert_eq!((f.verdict, f.consensus), (Verdict::SingleSource, None));
    assert!(f.explanation.contains("too large to compare") && f.explanation.len() < 200, "{}", f.explanation);
}

/// Large figures are written in scientific notation, not as long digit runs.
#[test]
fn large_figures_are_written_short() {
    let q = quantity(Qualifier::Exact, 2.5e18, 1e17, count("car"));
    let findings = compare_claims(&[claim("a", Predicate::Order, Some(q))], &[]);
    assert!(only(&findings).explanation.contains("exactly 2.5e18 car"), "{}", findings[0].explanation);
}

#[test]
fn a_superseded_figure_is_no_current_value() {
    use Qualifier::Exact;
    // Source a revised its figure from 96 to 71; source b gives 71.
    let mut old = claim("a", Predicate::Order, Some(quantity(Exact, 96.0, 1.0, count("car"))));
    old.superseded = true;
    let mut new = claim("a", Predicate::Order, Some(quantity(Exact, 71.0, 1.0, count("car"))));
    new.id = "a#2".to_string();
    let other = claim("b", Predicate::Order, Some(quantity(Exact, 71.0, 1.0, count("car"))));
    let findings = compare_claims(&[old.clone(), new.clone(), other.clone()], &[]);
    assert_eq!(only(&findings).verdict, Verdict::Agree, "{findings:#?}");
    // Without the mark, the old figure is the source's first value and contradicts b.
    old.superseded = false;
    let findings = compare_claims(&[old, new, other], &[]);
    assert_eq!(only(&findings).verdict, Verdict::Contradict, "{findings:#?}");
    // The mark is in the JSON only when set.
    let json = serde_json::to_value(claim("c", Predicate::Order, None)).unwrap();
    assert!(json.get("superseded").is_none());
}

#[test]
fn a_request_is_never_compared_with_the_act() {
    use Modality::*;
    let cases = [
        // (modality of a, of b, findings, verdict of the pair when compared)
        ("request against act", Requested, Asserted, 2, None),
        ("act against request", Asserted, Requested, 2, None),
        ("two requests", Requested, Requested, 1, Some(Verdict::Contradict)),
        ("unconfirmed against act", Unconfirmed, Asserted, 1, Some(Verdict::Contradict)),
        ("two acts", Asserted, Asserted, 1, Some(Verdict::Contradict)),
    ];
    for (name, ma, mb, n, verdict) in cases {
        let mut a = claim("a", Predicate::Ship, Some(quantity(Qualifier::Exact, 200_000.0, 1.0, count("car"))));
        let mut b = claim("b", Predicate::Ship, Some(quantity(Qualifier::Exact, 100_000.0, 1.0, count("car"))));
        a.modality = ma;
        b.modality = mb;
        let findings = compare_claims(&[a, b], &[]);
        assert_eq!(findings.len(), n, "{name}: {findings:#?}");
        match verdict {
            Some(v) => assert_eq!(findings[0].verdict, v, "{name}"),
            None => assert!(findings.iter().all(|f| f.verdict == Verdict::SingleSource), "{name}: {findings:#?}"),
        }
    }
}

#[test]
fn new_modalities_are_snake_case_in_json() {
    for (m, name) in [(Modality::Requested, "\"requested\""), (Modality::Unconfirmed, "\"unconfirmed\"")] {
        assert_eq!(serde_json::to_string(&m).unwrap(), name);
        assert_eq!(serde_json::from_str::<Modality>(name).unwrap(), m);
    }
}

//! The comparator on its own: claims built by hand, as another extractor
//! would give them, through `compare_claims`.

use claimcheck::How;
use claimcheck::{
    AreaUnit, Attribution, Claim, Concept, Currency, EntityRef, Evidence, Finding, FindingKind, Interval, Lang,
    Modality, Object, PartialDate, Polarity, Predicate, Qualifier, Quantity, Relation, RelationKind, Side, TimeRef,
    TimeRelation, TimeValue, Unit, ValueRole, Verdict, compare_claims,
};

fn entity(key: &str) -> EntityRef {
    EntityRef { key: key.into(), text: key.into() }
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
        source: source.into(),
        lang: Lang::En,
        subject: entity("acme"),
        predicate,
        object: Some(Object::Concept { concept: Concept("car".to_string()) }),
        quantity: q,
        time: None,
        polarity: Polarity::Affirmed,
        modality: Modality::Asserted,
        attribution: Attribution::default(),
        evidence: Evidence { start: 0, end: 1, text: "x".into() },
        also: Vec::new(),
        zone: None,
        superseded: false,
        part: false,
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
    let usd = Unit::Money { currency: Currency::new("USD").unwrap(), per: None };
    let eur = Unit::Money { currency: Currency::new("EUR").unwrap(), per: None };
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
        claim(
            "a",
            Predicate::Spend,
            Some(quantity(Qualifier::Exact, 2e9, 1e8, Unit::Money { currency: usd, per: None })),
        ),
        claim(
            "b",
            Predicate::Spend,
            Some(quantity(Qualifier::Exact, 5e9, 1e8, Unit::Money { currency: eur, per: None })),
        ),
        claim(
            "c",
            Predicate::Spend,
            Some(quantity(Qualifier::Exact, 1.8e9, 1e8, Unit::Money { currency: eur, per: None })),
        ),
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
fn a_price_a_share_is_never_weighed_against_the_whole_price() {
    let usd = Currency::new("USD").unwrap();
    let share = Some(claimcheck::PerUnit::Share);
    let whole = |id: &str, v: f64| {
        claim(id, Predicate::Buy, Some(quantity(Qualifier::Exact, v, 1e8, Unit::Money { currency: usd, per: None })))
    };
    let a_share = Unit::Money { currency: usd, per: share };
    let a_share = || a_share.clone();
    let claims = [
        whole("a", 14.9e9),
        whole("b", 14.9e9),
        claim("c", Predicate::Buy, Some(quantity(Qualifier::Exact, 55.0, 1.0, a_share()))),
        claim("d", Predicate::Buy, Some(quantity(Qualifier::Exact, 55.0, 1.0, a_share()))),
    ];
    let findings = compare_claims(&claims, &[]);
    assert!(findings.iter().all(|f| f.verdict != Verdict::Contradict), "{findings:#?}");
    // The whole price agrees with itself and the price a share with itself.
    assert_eq!(findings.iter().filter(|f| f.verdict == Verdict::Agree).count(), 2, "{findings:#?}");
}

#[test]
fn areas_are_weighed_in_hectares_whatever_unit_they_are_written_in() {
    let area = |unit: AreaUnit| Unit::Area { unit };
    let claims = [
        // 23,713 acres are 9,596 ha: the same figure in two units.
        claim("a", Predicate::Area, Some(quantity(Qualifier::Exact, 23_713.0, 1.0, area(AreaUnit::Acre)))),
        claim("b", Predicate::Area, Some(quantity(Qualifier::Exact, 9_596.0, 1.0, area(AreaUnit::Hectare)))),
        claim("c", Predicate::Area, Some(quantity(Qualifier::Exact, 96.0, 1.0, area(AreaUnit::SquareKilometre)))),
        // The acre figure written as hectares: 2.47 times too large.
        claim("d", Predicate::Area, Some(quantity(Qualifier::Exact, 23_700.0, 100.0, area(AreaUnit::Hectare)))),
    ];
    let findings = compare_claims(&claims, &[]);
    let f = only(&findings);
    let pair = |a: &str, b: &str| f.pairs.iter().find(|p| &*p.a == a && &*p.b == b).map(|p| p.verdict);
    // One area in three units: they meet, each written figure the span its
    // last digit rounds; the acre figure written as hectares is the outlier.
    for (x, y) in [("a", "b"), ("a", "c"), ("b", "c")] {
        assert!(pair(x, y).is_some_and(|v| v != Verdict::Contradict), "{x} {y}: {}", f.explanation);
    }
    for x in ["a", "b", "c"] {
        assert_eq!(pair(x, "d"), Some(Verdict::Contradict), "{x} d: {}", f.explanation);
    }
    assert!(f.explanation.contains("3 of the 4 figures given allow between 9,596 ha"), "{}", f.explanation);
}

#[test]
fn a_quarter_and_a_half_of_one_year_are_different_facts() {
    let span = |first: u8, last: u8| TimeRef {
        text: String::new(),
        start: 0,
        end: 0,
        relation: TimeRelation::At,
        value: TimeValue::Span { year: 2025, first, last },
    };
    let eur = Currency::new("EUR").unwrap();
    let profit = |id: &str, v: f64| {
        claim(id, Predicate::Profit, Some(quantity(Qualifier::Exact, v, 1e7, Unit::Money { currency: eur, per: None })))
    };
    let (mut q2, mut h1, mut h1_again) = (profit("a", 3.83e9), profit("b", 6.7e9), profit("c", 6.7e9));
    q2.time = Some(span(4, 6));
    h1.time = Some(span(1, 6));
    h1_again.time = Some(span(1, 6));
    let findings = compare_claims(&[q2, h1, h1_again], &[]);
    // The second quarter's profit stands alone; the first half's two agree.
    assert_eq!(findings.len(), 2, "{findings:#?}");
    assert!(findings.iter().all(|f| f.verdict != Verdict::Contradict), "{findings:#?}");
    assert!(findings.iter().any(|f| f.verdict == Verdict::Agree && f.claims.len() == 2), "{findings:#?}");
}

#[test]
fn a_year_joins_the_span_of_months_it_holds() {
    let year = TimeValue::Absolute { date: PartialDate::year(2025) };
    let q2 = TimeValue::Span { year: 2025, first: 4, last: 6 };
    let h1 = TimeValue::Span { year: 2025, first: 1, last: 6 };
    assert!(year.compatible(&q2) && q2.compatible(&year));
    assert!(!q2.compatible(&h1), "a quarter is not the half it is in");
    let june = TimeValue::Absolute { date: PartialDate { year: 2025, month: Some(6), day: None } };
    let july = TimeValue::Absolute { date: PartialDate { year: 2025, month: Some(7), day: None } };
    assert!(q2.compatible(&june) && !q2.compatible(&july));
    assert!(!q2.compatible(&TimeValue::Absolute { date: PartialDate::year(2024) }));
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
    // Denied by someone quoted: a disputed fact.
    assert_eq!((f.verdict, f.kind), (Verdict::Contradict, FindingKind::Dispute));
    assert!(f.explanation.contains("Jane Roe"), "{}", f.explanation);
}

/// A disputed fact: each source's side, and only the sources that state
/// the claim without the denial flagged. A denial in a source's own voice
/// is a plain contradiction between sources.
#[test]
fn disputes_flag_the_sources_that_leave_out_the_denial() {
    let denial = |source: &str, quoted: bool| {
        let mut c = claim(source, Predicate::Develop, None);
        c.id = format!("{source}#2");
        c.polarity = Polarity::Denied;
        if quoted {
            c.attribution.role = Some(claimcheck::Role::Spokesperson);
            c.attribution.affiliation = Some(entity("acme"));
        }
        c
    };
    type Case = (&'static str, Vec<Claim>, FindingKind, Vec<(&'static str, Side)>, Vec<&'static str>);
    let cases: Vec<Case> = vec![
        (
            "both sides in b, the claim alone in a, the denial alone in c",
            vec![
                claim("a", Predicate::Develop, None),
                claim("b", Predicate::Develop, None),
                denial("b", true),
                denial("c", true),
            ],
            FindingKind::Dispute,
            vec![("a", Side::Assertion), ("b", Side::Both), ("c", Side::Denial)],
            vec!["a"],
        ),
        (
            "every source reports both sides",
            vec![
                claim("a", Predicate::Develop, None),
                denial("a", true),
                claim("b", Predicate::Develop, None),
                denial("b", true),
            ],
            FindingKind::Dispute,
            vec![("a", Side::Both), ("b", Side::Both)],
            vec![],
        ),
        (
            "a source's own denial",
            vec![claim("a", Predicate::Develop, None), denial("b", false)],
            FindingKind::Polarity,
            vec![],
            vec![],
        ),
    ];
    for (name, claims, kind, sides, outliers) in cases {
        let findings = compare_claims(&claims, &[]);
        let f = only(&findings);
        assert_eq!((f.verdict, f.kind), (Verdict::Contradict, kind), "case {name}: {}", f.explanation);
        let got: Vec<(&str, Side)> = f.sides.iter().map(|s| (s.source.as_str(), s.reports)).collect();
        assert_eq!(got, sides, "case {name}");
        assert_eq!(f.outliers, outliers, "case {name}");
    }
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

/// Nationals keep their country's key and demonym through JSON, and a
/// toll with no object never joins their fact, as it joins no group's.
#[test]
fn nationals_round_trip_and_stay_a_part() {
    let deaths = |source: &str, value: f64, object: Option<Object>| Claim {
        subject: entity("event"),
        object,
        ..claim(source, Predicate::Deaths, Some(quantity(Qualifier::Exact, value, 1.0, Unit::Count { concept: None })))
    };
    let nationals = Object::Nationals { country: EntityRef { key: "kr".into(), text: "Coréens".into() } };
    let c = deaths("a", 2.0, Some(nationals.clone()));
    let json = serde_json::to_string(&c).unwrap();
    let back: Claim = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["object"], serde_json::json!({"kind": "nationals", "key": "kr", "text": "Coréens"}));
    assert!(nationals.is_group());
    // "179 dead" in one report, "two Koreans among the dead" in another:
    // two facts, never a contradiction of 179 against 2.
    let findings = compare_claims(&[deaths("a", 179.0, None), c], &[]);
    assert_eq!(findings.len(), 2, "{findings:?}");
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
        let pair = [(200_000.0, ma), (100_000.0, mb)].map(|(v, m)| (v, m, "car"));
        assert_pair(name, Predicate::Ship, pair, n, verdict);
    }
}

/// Compares two claims of `predicate` (figure, modality, counted concept)
/// from sources "a" and "b": `n` findings, of `verdict` when the pair is
/// compared, else every one single-source.
fn assert_pair(name: &str, predicate: Predicate, pair: [(f64, Modality, &str); 2], n: usize, verdict: Option<Verdict>) {
    let [a, b] = [("a", pair[0]), ("b", pair[1])].map(|(source, (value, modality, concept))| {
        let mut c = claim(source, predicate, Some(quantity(Qualifier::Exact, value, 1.0, count(concept))));
        c.modality = modality;
        c
    });
    let findings = compare_claims(&[a, b], &[]);
    assert_eq!(findings.len(), n, "{name}: {findings:#?}");
    match verdict {
        Some(v) => assert_eq!(findings[0].verdict, v, "{name}"),
        None => assert!(findings.iter().all(|f| f.verdict == Verdict::SingleSource), "{name}: {findings:#?}"),
    }
}

/// A planned toll is a target ("aims to evacuate at least 16,000"), never
/// compared with the count of what was done; a planned act is the act
/// ("plans to cut 15,000 jobs" against "cut 12,000").
#[test]
fn a_planned_toll_is_a_target_apart_from_the_count() {
    use Modality::*;
    let cases = [
        // (predicate, modality of a, of b, findings, verdict of the pair when compared)
        ("target against count", Predicate::Evacuated, Planned, Asserted, 2, None),
        ("count against target", Predicate::Evacuated, Asserted, Planned, 2, None),
        ("two targets", Predicate::Evacuated, Planned, Planned, 1, Some(Verdict::Contradict)),
        ("two counts", Predicate::Evacuated, Asserted, Asserted, 1, Some(Verdict::Contradict)),
        ("planned act against act", Predicate::LayOff, Planned, Asserted, 1, Some(Verdict::Contradict)),
    ];
    for (name, predicate, ma, mb, n, verdict) in cases {
        assert_pair(name, predicate, [(16_000.0, ma, "person"), (2_400.0, mb, "person")], n, verdict);
    }
}

/// A consensus needs a strict majority of the figures given: three sources
/// with three values have none and name no outlier, whatever the sources
/// are called; two of three make one.
#[test]
fn consensus_needs_a_strict_majority() {
    let told = |values: &[(&str, f64)]| -> Vec<Claim> {
        values
            .iter()
            .map(|&(s, v)| claim(s, Predicate::Order, Some(quantity(Qualifier::Exact, v, 1.0, count("car")))))
            .collect()
    };
    type Case = (&'static str, Vec<(&'static str, f64)>, Option<Interval>, &'static [&'static str]);
    let cases: [Case; 5] = [
        ("three values", vec![("a", 1200.0), ("b", 2500.0), ("c", 4000.0)], None, &[]),
        ("three values, the first renamed", vec![("z", 1200.0), ("b", 2500.0), ("c", 4000.0)], None, &[]),
        ("two against one", vec![("a", 1200.0), ("b", 4000.0), ("c", 4000.0)], Some(Interval::point(4000.0)), &["a"]),
        ("one against one", vec![("a", 1200.0), ("b", 4000.0)], None, &[]),
        ("two against two", vec![("a", 1.0), ("b", 1.0), ("c", 9.0), ("d", 9.0)], None, &[]),
    ];
    for (name, values, consensus, outliers) in cases {
        let findings = compare_claims(&told(&values), &[]);
        let f = only(&findings);
        assert_eq!(f.verdict, Verdict::Contradict, "case {name}");
        assert_eq!(f.consensus, consensus, "case {name}: {}", f.explanation);
        assert_eq!(f.outliers, outliers, "case {name}: {}", f.explanation);
        if consensus.is_none() {
            assert!(f.explanation.contains("no value has a majority"), "case {name}: {}", f.explanation);
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

/// Figures that can all be one value make a majority together: "at least
/// 42" and "42" against "23".
#[test]
fn overlapping_figures_make_one_majority() {
    let at_least = |v: f64| Quantity {
        interval: Interval { low: Some(v), high: None, low_inclusive: true, high_inclusive: false },
        qualifier: Qualifier::AtLeast,
        ..quantity(Qualifier::Exact, v, 1.0, count("car"))
    };
    let claims = [
        claim("a", Predicate::Deaths, Some(at_least(42.0))),
        claim("b", Predicate::Deaths, Some(quantity(Qualifier::Exact, 42.0, 1.0, count("car")))),
        claim("c", Predicate::Deaths, Some(quantity(Qualifier::Exact, 23.0, 1.0, count("car")))),
    ];
    let findings = compare_claims(&claims, &[]);
    let f = only(&findings);
    assert_eq!(f.consensus, Some(Interval::point(42.0)), "{}", f.explanation);
    assert_eq!(f.outliers, ["c"]);
}

/// A claim that names no object joins the one object named for its
/// subject and predicate (in the batch, else in its own document), says
/// so, and stays apart when two objects conflict or its time differs.
#[test]
fn claims_with_no_object_join_by_generalization() {
    let with_object = |source: &str, object: Option<&str>, v: f64| {
        let mut c = claim(source, Predicate::Order, Some(quantity(Qualifier::Exact, v, 1.0, count("car"))));
        c.object = object.map(|o| Object::Concept { concept: Concept(o.to_string()) });
        c
    };
    let year = |mut c: Claim, y: i32| {
        c.time = Some(TimeRef {
            text: y.to_string(),
            start: 0,
            end: 4,
            relation: TimeRelation::At,
            value: TimeValue::Absolute { date: PartialDate::year(y) },
        });
        c
    };
    // (name, claims, the finding's objects, joined ids)
    type Case = (&'static str, Vec<Claim>, Vec<Option<&'static str>>, Vec<&'static str>);
    let cases: Vec<Case> = vec![
        (
            "one object in the batch",
            vec![with_object("a", Some("car"), 5.0), with_object("b", None, 5.0)],
            vec![Some("car")],
            vec!["b#1"],
        ),
        (
            "two objects conflict",
            vec![with_object("a", Some("car"), 5.0), with_object("b", Some("truck"), 5.0), with_object("c", None, 5.0)],
            vec![None, Some("car"), Some("truck")],
            vec![],
        ),
        (
            "the document names one of two",
            vec![with_object("a", Some("car"), 5.0), with_object("b", Some("truck"), 7.0), {
                let mut c = with_object("b", None, 7.0);
                c.id = "b#2".into();
                c
            }],
            vec![Some("car"), Some("truck")],
            vec!["b#2"],
        ),
        (
            "another time",
            vec![year(with_object("a", Some("car"), 5.0), 2023), year(with_object("b", None, 9.0), 2026)],
            vec![None, Some("car")],
            vec![],
        ),
    ];
    for (name, claims, objects, joined) in cases {
        let findings = compare_claims(&claims, &[]);
        let mut got: Vec<Option<&str>> = findings.iter().map(|f| f.object.as_deref()).collect();
        got.sort();
        assert_eq!(got, objects, "case {name}: {findings:#?}");
        let ids: Vec<&str> = findings.iter().flat_map(|f| f.reasons.joined.iter().map(String::as_str)).collect();
        assert_eq!(ids, joined, "case {name}");
        for f in findings.iter().filter(|f| !f.reasons.joined.is_empty()) {
            assert!(f.explanation.contains("Joined by generalization"), "case {name}: {}", f.explanation);
        }
    }
}

/// A running total told on several days is a timeline: the latest day's
/// figure is current, an earlier one is superseded, not a contradiction;
/// a later figure below an earlier one is a superseded figure given as
/// current; figures of one day are compared as figures.
#[test]
fn running_totals_are_timelines() {
    let toll = |source: &str, v: f64, day: u8| {
        let mut c = claim(source, Predicate::Deaths, Some(quantity(Qualifier::Exact, v, 1.0, count("death"))));
        c.object = None;
        c.time = Some(TimeRef {
            text: format!("{day} September"),
            start: 0,
            end: 1,
            relation: TimeRelation::By,
            value: TimeValue::Absolute { date: PartialDate { year: 2023, month: Some(9), day: Some(day) } },
        });
        c
    };
    type Case = (&'static str, Vec<Claim>, Verdict, Option<Interval>, &'static [&'static str]);
    let cases: Vec<Case> = vec![
        (
            "a toll that grows",
            vec![toll("a", 61.0, 10), toll("b", 64.0, 11), toll("c", 70.0, 12), toll("d", 93.0, 14)],
            Verdict::Compatible,
            Some(Interval::point(93.0)),
            &[],
        ),
        (
            "a later article gives less",
            vec![toll("a", 93.0, 10), toll("b", 61.0, 12)],
            Verdict::Contradict,
            None,
            &["b"],
        ),
        ("one day, two figures", vec![toll("a", 61.0, 12), toll("b", 93.0, 12)], Verdict::Contradict, None, &[]),
        (
            "two figures of an earlier day, then one above both",
            vec![toll("a", 1121.0, 6), toll("b", 1498.0, 6), toll("c", 12391.0, 9)],
            Verdict::Compatible,
            Some(Interval::point(12391.0)),
            &[],
        ),
        (
            "two figures of the latest day still contradict",
            vec![toll("a", 1121.0, 6), toll("b", 1498.0, 9), toll("c", 12391.0, 9)],
            Verdict::Contradict,
            None,
            &[],
        ),
        (
            "a later figure below an earlier day's, among others",
            vec![toll("a", 1121.0, 6), toll("b", 1498.0, 6), toll("c", 900.0, 9)],
            Verdict::Contradict,
            None,
            &["c"],
        ),
    ];
    for (name, claims, verdict, consensus, outliers) in cases {
        let findings = compare_claims(&claims, &[]);
        let f = only(&findings);
        assert_eq!(f.verdict, verdict, "case {name}: {}", f.explanation);
        assert_eq!(f.consensus, consensus, "case {name}: {}", f.explanation);
        assert_eq!(f.outliers, outliers, "case {name}: {}", f.explanation);
    }
    let findings = compare_claims(&[toll("a", 61.0, 10), toll("b", 93.0, 14)], &[]);
    let e = &only(&findings).explanation;
    assert!(e.contains("superseded, not contradictions") && e.contains("2023-09-14"), "{e}");
}

/// A running total's figures told within a month of each other are one
/// fact's timeline, across the turn of a month; two months apart, two facts.
#[test]
fn running_totals_span_a_window_of_days() {
    let toll = |source: &str, v: f64, month: u8, day: u8| {
        let c = claim(source, Predicate::Missing, Some(quantity(Qualifier::Exact, v, 1.0, count("person"))));
        on_day(c, month, day)
    };
    let cases: Vec<(&str, Vec<Claim>, usize)> = vec![
        ("29 October and 5 November: one timeline", vec![toll("a", 7.0, 10, 29), toll("b", 89.0, 11, 5)], 1),
        ("1 October and 15 December: two facts", vec![toll("a", 7.0, 10, 1), toll("b", 89.0, 12, 15)], 2),
        // A time known only to its month is as near a day as its own days
        // are: "in November" and 2 December are days apart, not a month.
        ("November and 2 December: one timeline", vec![in_month(toll("a", 7.0, 1, 1), 11), toll("b", 89.0, 12, 2)], 1),
        ("2 December and November: one timeline", vec![toll("a", 89.0, 12, 2), in_month(toll("b", 7.0, 1, 1), 11)], 1),
        ("September and 20 November: two facts", vec![in_month(toll("a", 7.0, 1, 1), 9), toll("b", 89.0, 11, 20)], 2),
        (
            "September and November: two facts",
            vec![in_month(toll("a", 7.0, 1, 1), 9), in_month(toll("b", 9.0, 1, 1), 11)],
            2,
        ),
    ];
    for (name, claims, facts) in cases {
        let findings = compare_claims(&claims, &[]);
        let quantity_findings = findings.iter().filter(|f| f.kind == FindingKind::Quantity).count();
        assert_eq!(quantity_findings, facts, "case {name}: {findings:#?}");
    }
}

/// `c` with no object, dated the given day of 2024.
fn on_day(mut c: Claim, month: u8, day: u8) -> Claim {
    c.object = None;
    dated(c, PartialDate { year: 2024, month: Some(month), day: Some(day) })
}

/// `c` dated a month of 2024, with no day.
fn in_month(c: Claim, month: u8) -> Claim {
    dated(c, PartialDate { year: 2024, month: Some(month), day: None })
}

/// `c` dated `date`.
fn dated(mut c: Claim, date: PartialDate) -> Claim {
    let text = format!("{date:?}");
    c.time = Some(TimeRef { text, start: 0, end: 1, relation: TimeRelation::At, value: TimeValue::Absolute { date } });
    c
}

/// What an event affected grows as a toll does: told on days a few apart,
/// it is one running total, whichever day each report names.
#[test]
fn what_an_event_affected_is_a_running_total() {
    let affected = |source: &str, v: f64, day: u8| {
        let c = claim(source, Predicate::Affected, Some(quantity(Qualifier::Exact, v, 100_000.0, count("device"))));
        on_day(c, 7, day)
    };
    let claims = vec![affected("a", 8_500_000.0, 19), affected("b", 8_500_000.0, 22), affected("c", 8_500_000.0, 20)];
    let findings = compare_claims(&claims, &[]);
    let quantity_findings = findings.iter().filter(|f| f.kind == FindingKind::Quantity).count();
    assert_eq!(quantity_findings, 1, "{findings:#?}");
}

/// A fact told in several voices is compared voice by voice; a source that
/// credits one voice's figure to another is a likely misattribution.
#[test]
fn voices_are_compared_voice_by_voice() {
    let said = |source: &str, n: usize, role: claimcheck::Role, v: f64| {
        let mut c =
            claim(source, Predicate::Participants, Some(quantity(Qualifier::Exact, v, 1000.0, count("person"))));
        c.id = format!("{source}#{n}");
        c.object = None;
        c.attribution.role = Some(role);
        c
    };
    use claimcheck::Role::{Organizer, Police};
    let both = |s: &str| vec![said(s, 1, Police, 15_000.0), said(s, 2, Organizer, 60_000.0)];
    // The organizers give only a ceiling: "up to 60,000".
    let up_to = |s: &str| {
        let mut c = said(s, 2, Organizer, 60_000.0);
        c.quantity = Some(quantity(Qualifier::AtMost, 60_000.0, 1000.0, count("person")));
        vec![said(s, 1, Police, 15_000.0), c]
    };
    // (name, claims, outliers, misattributions as (source, voice, matches))
    type Case = (&'static str, Vec<Claim>, Vec<&'static str>, Vec<(&'static str, &'static str, &'static str)>);
    let cases: Vec<Case> = vec![
        ("every source gives both voices alike", [both("a"), both("b"), both("c")].concat(), vec![], vec![]),
        (
            "a source swaps the voices",
            [both("a"), both("b"), vec![said("c", 1, Police, 60_000.0), said("c", 2, Organizer, 15_000.0)]].concat(),
            vec!["c"],
            vec![("c", "organizer", "police"), ("c", "police", "organizer")],
        ),
        (
            "a source credits the organizers' figure to the police",
            [both("a"), both("b"), vec![said("c", 1, Police, 60_000.0)]].concat(),
            vec!["c"],
            vec![("c", "police", "organizer")],
        ),
        (
            "a ceiling names no figure a source could swap",
            [up_to("a"), up_to("b"), vec![said("c", 1, Police, 107.0)]].concat(),
            vec!["c"],
            vec![],
        ),
    ];
    for (name, claims, outliers, misattributed) in cases {
        let findings = compare_claims(&claims, &[]);
        let f = only(&findings);
        assert_eq!(f.verdict, Verdict::Contradict, "case {name}: {}", f.explanation);
        assert_eq!(f.outliers, outliers, "case {name}: {}", f.explanation);
        let voices: Vec<&str> = f.reasons.voices.iter().map(|v| v.voice.as_str()).collect();
        assert_eq!(voices, ["organizer", "police"], "case {name}");
        let got: Vec<(&str, &str, &str)> =
            f.reasons.misattributed.iter().map(|m| (m.source.as_str(), m.voice.as_str(), m.matches.as_str())).collect();
        assert_eq!(got, misattributed, "case {name}: {}", f.explanation);
        if !misattributed.is_empty() {
            assert!(f.explanation.contains("misattribution"), "case {name}: {}", f.explanation);
        }
    }
}

/// A union is a voice, keyed by the union named ("le syndicat Norvik") or
/// by the unions; an organization a source only cites ("selon Norvik") is
/// the voice it is elsewhere in the fact, and a ministry cited is a voice
/// of its own.
#[test]
fn unions_and_cited_bodies_are_voices() {
    let said = |source: &str, n: usize, v: f64| {
        let mut c =
            claim(source, Predicate::Participants, Some(quantity(Qualifier::Exact, v, 10_000.0, count("person"))));
        c.id = format!("{source}#{n}");
        c.object = None;
        c
    };
    let ministry = |s: &str| {
        let mut c = said(s, 1, 1_280_000.0);
        c.attribution.affiliation = Some(entity("interior_ministry"));
        c
    };
    let union = |s: &str| {
        let mut c = said(s, 2, 3_500_000.0);
        c.attribution.role = Some(claimcheck::Role::Union);
        c.attribution.affiliation = Some(entity("norvik"));
        c
    };
    let cited = |s: &str, v: f64| {
        let mut c = said(s, 2, v);
        c.attribution.outlet = Some(entity("norvik"));
        c
    };
    // (name, claims, voices, verdict)
    let cases: Vec<(&str, Vec<Claim>, Vec<&str>, Verdict)> = vec![
        (
            "the union cited is the union's voice",
            vec![ministry("a"), union("a"), ministry("b"), cited("b", 3_500_000.0)],
            vec!["interior_ministry", "norvik"],
            Verdict::Contradict,
        ),
        (
            "a cited figure apart from the union's is an outlier of its voice",
            vec![ministry("a"), union("a"), union("c"), ministry("b"), cited("b", 2_000_000.0)],
            vec!["interior_ministry", "norvik"],
            Verdict::Contradict,
        ),
    ];
    for (name, claims, voices, verdict) in cases {
        let findings = compare_claims(&claims, &[]);
        let f = only(&findings);
        assert_eq!(f.verdict, verdict, "case {name}: {}", f.explanation);
        let got: Vec<&str> = f.reasons.voices.iter().map(|v| v.voice.as_str()).collect();
        assert_eq!(got, voices, "case {name}: {}", f.explanation);
        assert!(f.reasons.voices_disagree, "case {name}: {}", f.explanation);
    }
    // Cited only, with no voice of that name elsewhere: no voice.
    let claims = vec![ministry("a"), cited("a", 3_500_000.0), ministry("b")];
    let f = compare_claims(&claims, &[]).into_iter().find(|f| f.kind == FindingKind::Quantity).unwrap();
    assert!(f.reasons.voices.is_empty(), "{}", f.explanation);
}

/// The reasons carry what the explanation says: each figure with its part
/// (the consensus, a figure apart and how) and the counts; the explanation
/// is rendered from them.
#[test]
fn reasons_carry_the_figures() {
    let claims = [
        claim("a", Predicate::Order, Some(quantity(Qualifier::MoreThan, 100_000.0, 1000.0, count("car")))),
        claim("b", Predicate::Order, Some(quantity(Qualifier::MoreThan, 100_000.0, 1000.0, count("car")))),
        claim("c", Predicate::Order, Some(quantity(Qualifier::Exact, 100_000.0, 1000.0, count("car")))),
    ];
    let findings = compare_claims(&claims, &[]);
    let f = only(&findings);
    let r = &f.reasons;
    let parts: Vec<(&str, ValueRole, Option<How>)> = r.values.iter().map(|v| (&*v.source, v.role, v.how)).collect();
    assert_eq!(
        parts,
        [
            ("a", ValueRole::Consensus, None),
            ("b", ValueRole::Consensus, None),
            ("c", ValueRole::Other, Some(How::TouchesBoundary))
        ]
    );
    assert_eq!((r.figures, r.backers), (Some(3), Some(2)));
    assert_eq!(claimcheck::render::explain(f), f.explanation);
    assert!(f.explanation.contains("only touches it at its boundary"), "{}", f.explanation);
}

/// A lay-off of `n` staff by `subject` (key, name) told in `source`.
fn cut(source: &str, subject: (&str, &str), n: f64) -> Claim {
    let mut c = claim(source, Predicate::LayOff, Some(quantity(Qualifier::Exact, n, 1000.0, count("job"))));
    c.subject = EntityRef { key: subject.0.into(), text: subject.1.into() };
    c.object = None;
    c
}

fn owns(owner: &str, owned: &str) -> Relation {
    Relation { kind: RelationKind::Owns, from: entity(owner), to: entity(owned), source: None, evidence: None }
}

#[test]
fn related_subjects_with_agreeing_figures_are_one_act() {
    const PARENT: (&str, &str) = ("parentco", "ParentCo");
    const BRAND: (&str, &str) = ("brandco", "BrandCo");
    const UNIT: (&str, &str) = ("parentco steel", "ParentCo Steel Europe");
    // (name, claims as (source, subject, figure), relations, the subjects
    // of the findings, sorted)
    type Case =
        (&'static str, &'static [(&'static str, (&'static str, &'static str), f64)], bool, &'static [&'static str]);
    let cases: &[Case] = &[
        (
            "the owner's figure and its brand's agree: one fact, under the subject most sources name",
            &[("a", PARENT, 12000.0), ("b", PARENT, 12000.0), ("c", BRAND, 12000.0)],
            true,
            &["parentco"],
        ),
        (
            "more sources name the brand: the fact is the brand's",
            &[("a", PARENT, 12000.0), ("b", BRAND, 12000.0), ("c", BRAND, 12000.0)],
            true,
            &["brandco"],
        ),
        (
            "figures that disagree stay apart (a unit's own cut is no contradiction of the parent's)",
            &[("a", PARENT, 12000.0), ("b", PARENT, 12000.0), ("c", BRAND, 1500.0), ("d", BRAND, 1500.0)],
            true,
            &["brandco", "parentco"],
        ),
        ("no relation, no join", &[("a", PARENT, 12000.0), ("b", BRAND, 12000.0)], false, &["brandco", "parentco"]),
        (
            "a name that is another's and a few more words is named after it",
            &[("a", PARENT, 11000.0), ("b", PARENT, 11000.0), ("c", UNIT, 11000.0)],
            false,
            &["parentco"],
        ),
        (
            "named after it, but with another figure: apart",
            &[("a", PARENT, 11000.0), ("c", UNIT, 5000.0)],
            false,
            &["parentco", "parentco steel"],
        ),
    ];
    for &(name, given, related, expected) in cases {
        let claims: Vec<Claim> = given.iter().map(|&(s, subject, n)| cut(s, subject, n)).collect();
        let relations = if related { vec![owns("parentco", "brandco")] } else { Vec::new() };
        let findings = compare_claims(&claims, &relations);
        let mut subjects: Vec<&str> = findings.iter().map(|f| f.subject.as_str()).collect();
        subjects.sort_unstable();
        assert_eq!(subjects, expected, "{name}: {findings:#?}");
        // Whatever the documents are called, the same facts.
        let renamed: Vec<Claim> = claims
            .iter()
            .map(|c| Claim { source: format!("z{}", c.source).into(), id: format!("z{}", c.id), ..c.clone() })
            .rev()
            .collect();
        let mut again: Vec<String> = compare_claims(&renamed, &relations).iter().map(|f| f.subject.clone()).collect();
        again.sort_unstable();
        assert_eq!(again, expected, "{name}, renamed");
    }
}

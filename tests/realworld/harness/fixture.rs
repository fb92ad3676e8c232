//! Tests of the harness itself on an invented event (made-up names, not
//! real articles) and hand-built library reports, with figures computed by
//! hand; and table-driven negative cases for the parsers.

use std::path::Path;

use claimcheck::{
    AreaUnit, Attribution, Claim, Currency, EntityRef, Evidence, Finding, FindingKind, Interval, Lang, Modality,
    Object, PartialDate, Predicate, Qualifier, Quantity, Report, TimeRef, TimeRelation, TimeValue, Unit, Verdict,
};

use super::align::{check, normalize, without_elided_article};
use super::data::{Article, Event, Split, parse_article, parse_gold, parse_gold_line};
use super::floors::{check_floors, parse_floors};
use super::load::load;
use super::score::{Figures, Metric, Tally, score_event, totals};

const EN: &str = "url: https://news.example/zorvath\ndate: 2024-05-02\noutlet: Example News\nlang: en\n---\n\
Floods in Zorvath killed 12 people, the police said. Kelmora Corp will cut 300 jobs. Kelmora Corp owns Vantrel.\n";
const EN_GOLD: &str = "# subject | predicate | object | value | time | polarity | modality | said_by | anchor | fact
event | deaths | - | exact 12 | - | affirmed | asserted | police | 12 | deaths-total
Kelmora Corp / Kelmora | lay_off | job | exact 300 | - | affirmed | planned | - | 300 | layoffs
Kelmora Corp | own | Vantrel | - | - | affirmed | asserted | - | owns | ownership
";
const FR: &str = "url: https://actu.example/zorvath\ndate: 2024-05-03\noutlet: Actu Exemple\nlang: fr\n---\n\
Les inondations à Zorvath ont fait 14 morts. Kelmora va supprimer 300 emplois en 2024.\n";
const FR_GOLD: &str = "event | deaths | - | exact 14 | - | affirmed | asserted | - | 14 | deaths-total
Kelmora | lay_off | job | exact 300 | 2024 | affirmed | planned | - | 300 | layoffs
";

fn article(id: &str, content: &str, gold: &str) -> Article {
    let path = Path::new("fixture").join(id);
    let mut a = parse_article(&path, id, content).expect("fixture article");
    let (claims, errors) = parse_gold(&path, gold, &a.text);
    assert!(errors.is_empty(), "{errors:?}");
    a.gold = claims;
    a
}

fn event() -> Event {
    Event {
        name: "zorvath-floods".into(),
        split: Split::Dev,
        articles: vec![article("01_en", EN, EN_GOLD), article("02_fr", FR, FR_GOLD)],
    }
}

/// A library claim read from `sentence` of `a`, with an exact count at `figure`.
fn claim(
    a: &Article,
    n: usize,
    subject: (&str, &str),
    predicate: Predicate,
    figure: Option<(&str, f64)>,
    sentence: &str,
) -> Claim {
    let start = a.text.find(sentence).expect("sentence in the fixture");
    let quantity = figure.map(|(written, value)| {
        let s = start + sentence.find(written).expect("figure in the sentence");
        Quantity {
            text: written.into(),
            start: s,
            end: s + written.len(),
            value,
            interval: Interval::point(value),
            qualifier: Qualifier::Exact,
            unit: Unit::Count { concept: None },
            rounding: 1.0,
            saturated: false,
        }
    });
    Claim {
        id: format!("{}#{n}", a.id),
        source: a.id.as_str().into(),
        lang: a.lang,
        subject: EntityRef { key: subject.0.into(), text: subject.1.into() },
        predicate,
        object: None,
        quantity,
        time: None,
        polarity: claimcheck::Polarity::Affirmed,
        modality: Modality::Asserted,
        attribution: Attribution::default(),
        evidence: Evidence { start, end: start + sentence.len(), text: sentence.into() },
        also: Vec::new(),
        zone: None,
        superseded: false,
        part: false,
    }
}

fn concept(c: &str) -> Option<Object> {
    Some(Object::Concept { concept: claimcheck::Concept(c.into()) })
}

fn finding(subject: &str, predicate: Predicate, claims: &[&str]) -> Finding {
    Finding {
        verdict: Verdict::Agree,
        kind: FindingKind::Quantity,
        subject: subject.into(),
        predicate: Some(predicate),
        object: None,
        sources: Vec::new(),
        claims: claims.iter().map(|c| c.to_string()).collect(),
        consensus: None,
        outliers: Vec::new(),
        pairs: Vec::new(),
        explanation: String::new(),
        sides: Vec::new(),
        reasons: Default::default(),
    }
}

/// The library's report on the fixture: 7 claims, 4 findings. With
/// `wrong_subject`, the English lay-off is filed under the place (and so in
/// a finding of its own); else under the company, with the French one.
fn report(ev: &Event, wrong_subject: bool) -> Report {
    let (en, fr) = (&ev.articles[0], &ev.articles[1]);
    let (s1, s2, s3) = (
        "Floods in Zorvath killed 12 people, the police said.",
        "Kelmora Corp will cut 300 jobs.",
        "Kelmora Corp owns Vantrel.",
    );
    let (f1, f2) = ("Les inondations à Zorvath ont fait 14 morts.", "Kelmora va supprimer 300 emplois en 2024.");
    let cut_subject = if wrong_subject { ("zorvath", "Zorvath") } else { ("kelmora", "Kelmora Corp") };
    let mut c = vec![
        claim(en, 1, ("event", "Zorvath"), Predicate::Deaths, Some(("12", 12.0)), s1),
        claim(en, 2, cut_subject, Predicate::LayOff, Some(("300", 300.0)), s2),
        claim(en, 3, ("kelmora", "Kelmora Corp"), Predicate::Own, None, s3),
        // No figure and a family no gold claim of the sentence has: unaligned.
        claim(en, 4, ("kelmora", "Kelmora Corp"), Predicate::Restrict, None, s3),
        claim(fr, 1, ("event", "Zorvath"), Predicate::Deaths, Some(("14", 14.0)), f1),
        claim(fr, 2, ("kelmora", "Kelmora"), Predicate::LayOff, Some(("300", 300.0)), f2),
        // The same figure read a second time with a wrong subject: it loses the
        // greedy alignment to claim 1 (6 right fields against 7).
        claim(fr, 3, ("zorvath", "Zorvath"), Predicate::Deaths, Some(("14", 14.0)), f1),
    ];
    c[1].modality = Modality::Planned;
    c[1].object = concept("job");
    c[2].object = Some(Object::Entity { entity: EntityRef { key: "vantrel".into(), text: "Vantrel".into() } });
    c[5].modality = Modality::Planned;
    c[5].object = concept("job");
    let start = f2.find("2024").expect("year") + fr.text.find(f2).expect("sentence");
    let date = PartialDate::year(2024);
    c[5].time = Some(TimeRef {
        text: "2024".into(),
        start,
        end: start + 4,
        relation: TimeRelation::At,
        value: TimeValue::Absolute { date },
    });
    let cuts: &[&str] = if wrong_subject { &["02_fr#2"] } else { &["01_en#2", "02_fr#2"] };
    let mut findings = vec![
        finding("event", Predicate::Deaths, &["01_en#1", "02_fr#1", "02_fr#3"]),
        finding("kelmora", Predicate::LayOff, cuts),
        // A finding that wrongly holds the ownership and the French lay-off.
        finding("kelmora", Predicate::Own, &["01_en#3", "02_fr#2"]),
    ];
    if wrong_subject {
        findings.push(finding("zorvath", Predicate::LayOff, &["01_en#2"]));
    }
    Report {
        documents: Vec::new(),
        entities: Vec::new(),
        relations: Vec::new(),
        claims: c,
        findings,
        skipped: Vec::new(),
    }
}

fn figures(t: &Tally) -> Vec<(&'static str, Option<f64>)> {
    Metric::ALL.iter().map(|m| (m.name(), m.value(t))).collect()
}

#[test]
fn alignment_on_the_fixture() {
    let ev = event();
    let s = score_event(&ev, &report(&ev, true));
    // gold index -> claim index in the report.
    let en: Vec<(usize, usize)> = s.docs[0].alignment.pairs.iter().map(|p| (p.gold, p.claim)).collect();
    let fr: Vec<(usize, usize)> = s.docs[1].alignment.pairs.iter().map(|p| (p.gold, p.claim)).collect();
    assert_eq!(en, [(0, 0), (1, 1), (2, 2)]);
    assert_eq!(fr, [(0, 4), (1, 5)], "the wrong-subject duplicate 02_fr#3 must lose");
    assert_eq!(s.docs[0].alignment.claims, [0, 1, 2, 3]);
    assert!(!s.docs[0].alignment.pairs[1].fields.subject);
    assert_eq!(s.docs[0].alignment.pairs[1].fields.score(), 6);
}

#[test]
fn metrics_on_the_fixture_by_hand() {
    let ev = event();
    // Right: 01_en#1, 01_en#3, 02_fr#1, 02_fr#2. Wrong: 01_en#2 (subject),
    // 01_en#4 and 02_fr#3 (unaligned). Pairs: deaths together, lay-offs split.
    let wrong = totals(&[score_event(&ev, &report(&ev, true))]);
    let t = &wrong.all;
    assert_eq!((t.events, t.articles, t.library, t.gold, t.aligned, t.right), (1, 2, 7, 5, 5, 4));
    assert_eq!((t.numeric_gold, t.numeric_right, t.fact_found), (4, 3, 5));
    assert_eq!(t.fields, [4, 5, 5, 5, 5, 5, 5]);
    assert_eq!((t.pairs, t.pairs_aligned, t.pairs_together, t.merges), (2, 2, 1, 1));
    let expect = [
        ("precision", Some(4.0 / 7.0)),
        ("numeric_recall", Some(0.75)),
        ("fact_recall", Some(1.0)),
        ("subject", Some(4.0 / 7.0)),
        ("grouping", Some(0.5)),
        ("grouping_all", Some(0.5)),
    ];
    assert_eq!(figures(t), expect);
    // Per language: English has 4 claims (2 right), French 3 (2 right); both
    // same-fact pairs span the two languages.
    let en = &wrong.langs[&claimcheck::Lang::En];
    assert_eq!((en.library, en.right, en.pairs, en.pairs_together), (4, 2, 2, 1));
    // The right subject: one more claim right, and the lay-offs grouped.
    let right = totals(&[score_event(&ev, &report(&ev, false))]);
    assert_eq!(Metric::Precision.value(&right.all), Some(5.0 / 7.0));
    assert_eq!(Metric::NumericRecall.value(&right.all), Some(1.0));
    assert_eq!(Metric::Grouping.value(&right.all), Some(1.0));
    assert_eq!(right.all.merges, 1);
    assert_eq!(score_event(&ev, &report(&ev, false)).merges[0].facts, ["layoffs", "ownership"]);
}

#[test]
fn a_holdout_or_blind_event_counts_in_its_own_split_only() {
    for split in [Split::Holdout, Split::Blind] {
        let dev = event();
        let apart = Event { name: "zorvath-quake".into(), split, ..event() };
        let scores = [score_event(&dev, &report(&dev, true)), score_event(&apart, &report(&apart, true))];
        let t = totals(&scores);
        // `all` and the languages hold the dev event alone.
        assert_eq!((t.all.events, t.all.articles, t.all.library), (1, 2, 7), "{split:?}");
        assert_eq!(t.langs[&claimcheck::Lang::En].library, 4, "{split:?}");
        // The event's split and its event row have their own counts.
        assert_eq!((t.splits[&split].events, t.splits[&split].library), (1, 7), "{split:?}");
        assert_eq!(t.splits[&Split::Dev].events, 1, "{split:?}");
        assert_eq!(t.events.len(), 2, "{split:?}");
    }
}

#[test]
fn an_unaligned_member_splits_its_pair() {
    let ev = event();
    let mut r = report(&ev, false);
    r.claims.retain(|c| c.id != "02_fr#1" && c.id != "02_fr#3");
    let t = totals(&[score_event(&ev, &r)]).all;
    assert_eq!((t.pairs, t.pairs_aligned, t.pairs_together), (2, 1, 1));
    assert_eq!(Metric::Grouping.value(&t), Some(1.0));
    assert_eq!(Metric::GroupingAll.value(&t), Some(0.5));
    assert_eq!(Metric::NumericRecall.value(&t), Some(0.75));
}

/// A library claim for the field cases: `Acme` asserts 100 with no time.
fn base() -> Claim {
    let text = "Acme cut 100 jobs.";
    let a = Article {
        id: "01_en".into(),
        url: String::new(),
        date: PartialDate::year(2024),
        outlet: String::new(),
        lang: claimcheck::Lang::En,
        text: text.into(),
        gold: Vec::new(),
    };
    claim(&a, 1, ("acme", "Acme"), Predicate::LayOff, Some(("100", 100.0)), text)
}

fn money(c: &mut Claim, v: f64, q: Qualifier, code: &str) {
    let quantity = c.quantity.as_mut().expect("quantity");
    quantity.value = v;
    quantity.qualifier = q;
    quantity.unit = Unit::Money { currency: Currency::new(code).expect("code"), per: None };
}

fn area(c: &mut Claim, unit: AreaUnit) {
    c.quantity.as_mut().expect("quantity").unit = Unit::Area { unit };
}

fn dated(c: &mut Claim, date: &str) {
    let date = date.parse().expect("date");
    c.time = Some(TimeRef {
        text: String::new(),
        start: 0,
        end: 0,
        relation: TimeRelation::At,
        value: TimeValue::Absolute { date },
    });
}

fn named(c: &mut Claim, key: &str, text: &str) {
    c.subject = EntityRef { key: key.into(), text: text.into() };
}

fn percent(c: &mut Claim) {
    let q = c.quantity.as_mut().expect("quantity");
    (q.value, q.qualifier, q.unit) = (55.7, Qualifier::About, Unit::Percent);
}

fn range(c: &mut Claim) {
    let q = c.quantity.as_mut().expect("quantity");
    (q.qualifier, q.interval) = (Qualifier::Range, Interval::closed(100.0, 120.0));
}

/// (name, gold field: a subject or `o:`, `v:`, `t:`, `m:` and the object,
/// value, time or modality; the edit of the base claim; the field; right?)
type Case = (&'static str, &'static str, fn(&mut Claim), usize, bool);

fn field_cases() -> Vec<Case> {
    vec![
        ("alternative", "Banco Vizcaya / BVZ", |c| named(c, "bvz", "BVZ"), 0, true),
        ("diacritics", "Société Générale", |c| named(c, "societegenerale", "x"), 0, true),
        ("wrong subject", "Globex", |_| {}, 0, false),
        ("event by key only", "event", |c| named(c, "zorvath", "event"), 0, false),
        ("event key", "event", |c| named(c, "event", "Zorvath"), 0, true),
        ("police key", "police", |c| named(c, "police", "la police"), 0, true),
        ("object plural", "o:job", |c| c.object = concept("jobs"), 2, true),
        ("object irregular", "o:person", |c| c.object = concept("people"), 2, true),
        ("object other", "o:house", |c| c.object = concept("home"), 2, false),
        ("object missing", "o:job", |_| {}, 2, false),
        ("object any", "o:-", |_| {}, 2, true),
        ("only is exact", "v:exact 1800000000 EUR", |c| money(c, 1.8e9, Qualifier::Only, "EUR"), 3, true),
        ("within 0.5%", "v:exact 1800000000 EUR", |c| money(c, 1.808e9, Qualifier::Exact, "EUR"), 3, true),
        ("beyond 0.5%", "v:exact 1800000000 EUR", |c| money(c, 1.81e9, Qualifier::Exact, "EUR"), 3, false),
        ("other currency", "v:exact 1800000000 EUR", |c| money(c, 1.8e9, Qualifier::Exact, "USD"), 3, false),
        ("count is no money", "v:exact 100", |c| money(c, 100.0, Qualifier::Exact, "USD"), 3, false),
        ("other qualifier", "v:more_than 100", |_| {}, 3, false),
        ("percent", "v:about 55.7 %", percent, 3, true),
        ("percent is no count", "v:about 55.7", percent, 3, false),
        ("area in its unit", "v:exact 100 acre", |c| area(c, AreaUnit::Acre), 3, true),
        ("area in another unit", "v:exact 100 ha", |c| area(c, AreaUnit::Acre), 3, false),
        ("area is no count", "v:exact 100", |c| area(c, AreaUnit::Hectare), 3, false),
        ("range ends", "v:range 100 120", range, 3, true),
        ("range other end", "v:range 100 130", range, 3, false),
        ("more precise date", "t:2024-08", |c| dated(c, "2024-08-01"), 4, true),
        ("less precise date", "t:2024-08", |c| dated(c, "2024"), 4, false),
        ("other day", "t:2024-08-02", |c| dated(c, "2024-08-01"), 4, false),
        ("time where none", "t:-", |c| dated(c, "2024"), 4, false),
        ("no time", "t:2024", |_| {}, 4, false),
        ("requested", "m:requested", |_| {}, 6, false),
        ("planned", "m:planned", |c| c.modality = Modality::Planned, 6, true),
        ("reported", "m:reported", |_| {}, 6, false),
    ]
}

#[test]
fn field_checks() {
    for (name, spec, edit, field, want) in field_cases() {
        let (mut s, mut o, mut v, mut t, mut m) = ("Acme", "-", "exact 100", "-", "asserted");
        match spec.split_once(':') {
            Some(("o", x)) => o = x,
            Some(("v", x)) => v = x,
            Some(("t", x)) => t = x,
            Some(("m", x)) => m = x,
            _ => s = spec,
        }
        let line = format!("{s} | lay_off | {o} | {v} | {t} | affirmed | {m} | - | 100 | f");
        let gold = parse_gold_line(1, &line).expect(name);
        let mut c = base();
        edit(&mut c);
        let fields = check(&gold, &c).get();
        assert_eq!(fields[field], want, "{name}");
        // Every other field of the base claim is right against this gold.
        assert!(fields.iter().enumerate().all(|(i, ok)| i == field || *ok), "{name}: {fields:?}");
    }
}

#[test]
fn whole_occurrences_of_anchors() {
    let cases: &[(&str, &str, &str, usize)] = &[
        ("a figure", "killed 78 people", "78", 1),
        ("inside a year", "in 1978 and 78", "78", 1),
        ("inside a longer number", "12.300 and 2.300", "2.300", 1),
        ("a word inside a word", "em setembro, sete mortos", "sete", 1),
        ("glued currency", "Rp12,4 triliun", "12,4", 1),
        ("percent", "15% and 15%", "15%", 2),
        ("none", "in 1978", "78", 0),
    ];
    for (name, text, anchor, want) in cases {
        assert_eq!(super::data::occurrences(text, anchor).len(), *want, "{name}");
    }
}

#[test]
fn normalizing() {
    assert_eq!(normalize("Société Générale"), "societegenerale");
    assert_eq!(normalize("Banco Bilbao (BBVA)"), "bancobilbaobbva");
    assert_eq!(normalize("Türkiye"), "turkiye");
    assert_eq!(without_elided_article("l’Orvane"), "Orvane");
    assert_eq!(without_elided_article("d'Orvane"), "Orvane");
    assert_eq!(without_elided_article("Lamora"), "Lamora");
    assert_eq!(without_elided_article("l’"), "l’");
}

#[test]
fn bad_gold_lines_are_named() {
    let ok = ["Acme", "lay_off", "job", "exact 100", "2024", "affirmed", "asserted", "-", "100", "cuts"];
    let cases: &[(&str, usize, &str, &str)] = &[
        ("unknown predicate", 1, "kill", "unknown predicate"),
        ("unknown qualifier", 3, "roughly 100", "unknown qualifier"),
        ("decimal comma", 3, "exact 1,5", "plain digits"),
        ("range with one end", 3, "range 5", "want `range NUMBER NUMBER2"),
        ("reversed range", 3, "range 9 5", "reversed"),
        ("unit", 3, "exact 5 euros", "ISO 4217"),
        ("time", 4, "May 2024", "time"),
        ("polarity", 5, "negated", "polarity"),
        ("modality", 6, "hedged", "modality"),
        ("fact label", 9, "Cuts Total", "fact label"),
        ("empty field", 2, "", "field 3 is empty"),
        ("empty subject", 0, "-", "subject"),
        ("no anchor", 8, "-", "anchor"),
    ];
    for (name, i, value, want) in cases {
        let mut fields = ok;
        fields[*i] = value;
        let err = parse_gold_line(1, &fields.join(" | ")).expect_err(name);
        assert!(err.contains(want), "{name}: {err}");
    }
    assert!(parse_gold_line(1, &ok.join(" | ")).is_ok());
    let err = parse_gold_line(1, &ok[..9].join(" | ")).expect_err("nine fields");
    assert!(err.contains("want 10 fields"), "{err}");
    let (claims, errors) = parse_gold(Path::new("ev/01_en.gold"), &format!("# c\n\n{}", ok.join(" | ")), "no figure");
    assert!(claims.is_empty());
    assert_eq!(
        errors.iter().map(|e| e.to_string()).collect::<Vec<_>>(),
        ["ev/01_en.gold:3: anchor \"100\" is not in the article text"]
    );
    let (_, errors) = parse_gold(Path::new("ev/01_en.gold"), "# nothing to claim here\n", "text");
    assert!(errors.is_empty(), "an empty gold file with a comment is allowed");
    let (_, errors) = parse_gold(Path::new("ev/01_en.gold"), "\n", "text");
    assert_eq!(errors.len(), 1, "an empty gold file needs a comment");
}

#[test]
fn bad_articles_are_named() {
    let head = "url: u\ndate: 2024-05-02\noutlet: o\nlang: en\n";
    let cases: &[(&str, &str, String, &str)] = &[
        ("no separator", "01_en", head.to_string(), "no `---`"),
        ("unknown key", "01_en", format!("title: t\n{head}---\nx"), "unknown header key"),
        ("missing key", "01_en", "url: u\ndate: 2024-05-02\nlang: en\n---\nx".into(), "lacks outlet"),
        ("bad date", "01_en", head.replace("2024-05-02", "2024-5-2") + "---\nx", "date"),
        ("year only", "01_en", head.replace("2024-05-02", "2024") + "---\nx", "date"),
        ("bad lang", "01_en", head.replace("lang: en", "lang: english") + "---\nx", "lang"),
        ("stem language", "01_fr", format!("{head}---\nx"), "NN_en"),
        ("no text", "01_en", format!("{head}---\n  \n"), "no text"),
    ];
    for (name, id, content, want) in cases {
        let err = parse_article(Path::new("a.txt"), id, content).expect_err(name).to_string();
        assert!(err.contains(want), "{name}: {err}");
    }
    let a = parse_article(Path::new("a.txt"), "01_en", &format!("{head}---\nHeadline\n\nBody.\n")).expect("good");
    assert_eq!(a.text, "Headline\n\nBody.\n");
}

#[test]
fn folders_are_checked() {
    let dir = std::env::temp_dir().join(format!("claimcheck-realworld-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let ev = dir.join("zorvath");
    std::fs::create_dir_all(&ev).expect("temp dir");
    std::fs::create_dir_all(dir.join("stray")).expect("temp dir");
    std::fs::create_dir_all(dir.join("empty")).expect("temp dir");
    std::fs::write(dir.join("SPLIT"), "# event split\nzorvath dev\nquillon validation\nempty dev\n").expect("write");
    std::fs::write(ev.join("01_en.txt"), EN).expect("write");
    std::fs::write(ev.join("01_en.gold"), EN_GOLD).expect("write");
    std::fs::write(ev.join("02_fr.txt"), FR).expect("write");
    let set = load(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let errors: Vec<String> = set.errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].ends_with("02_fr.txt: article without a gold file"), "{errors:?}");
    assert!(errors[1].ends_with("stray: event folder not listed in SPLIT"), "{errors:?}");
    assert_eq!(set.missing, ["quillon", "empty"]);
    assert_eq!((set.events.len(), set.articles()), (1, 1));
}

#[test]
fn floors_fail_below_and_warn_on_less_data() {
    let ev = event();
    let t = totals(&[score_event(&ev, &report(&ev, true))]);
    let floors =
        "# floors\nprecision dev 0.57\nprecision all 0.58\nevents all 3\narticles dev 2\ngrouping validation 0.9\n";
    let floors = parse_floors(Path::new("FLOORS"), floors).expect("floors");
    let out = check_floors(&floors, &Figures { original: t.clone(), new: t.clone(), zh: t.clone(), whole: t });
    assert_eq!(out.failures.len(), 1, "{out:?}");
    assert!(out.failures[0].starts_with("precision all: 0.5714 below the floor 0.58"), "{out:?}");
    assert_eq!(out.warnings.len(), 2, "{out:?}");
    assert!(out.warnings[0].starts_with("events all: 1.0000 below"), "{out:?}");
    assert!(out.warnings[1].contains("grouping validation: no articles"), "{out:?}");
    for bad in [
        "precision dev",
        "recall dev 0.5",
        "precision test 0.5",
        "precision dev 1.5",
        "events all 2.5",
        "precision en+new 0.5",
        "precision xx 0.5",
        "precision all+ 0.5",
    ] {
        assert!(parse_floors(Path::new("FLOORS"), bad).is_err(), "{bad}");
    }
}

/// Each scope reads its run: the plain ones the run of the original
/// languages, `+new` the run with Korean, Russian and Vietnamese, `+zh`
/// the run of every article, a language the run of the step it joined in.
#[test]
fn floor_scopes_read_their_run() {
    let mut ev = event();
    ev.articles[1].lang = Lang::Ko;
    let new = totals(&[score_event(&ev, &report(&ev, true))]);
    let only_en = Event { articles: ev.articles[..1].to_vec(), ..event() };
    let original = totals(&[score_event(&only_en, &report(&ev, true))]);
    let whole = totals(&[]);
    let figures = Figures { original, new, zh: whole.clone(), whole };
    let floors = "articles all 1\narticles all+new 2\narticles dev+new 2\narticles ko 1\narticles en 1\n\
                  articles validation+new 0\narticles all 2\narticles ko 2\narticles all+zh 1\n";
    let floors = parse_floors(Path::new("FLOORS"), floors).expect("floors");
    let names: Vec<String> = floors.iter().map(|f| f.scope.name()).collect();
    assert_eq!(names, ["all", "all+new", "dev+new", "ko", "en", "validation+new", "all", "ko", "all+zh"]);
    let out = check_floors(&floors, &figures);
    assert!(out.failures.is_empty(), "{out:?}");
    assert_eq!(out.warnings.len(), 3, "{out:?}");
    assert!(out.warnings[0].starts_with("articles all: 1.0000 below the floor 2"), "{out:?}");
    assert!(out.warnings[1].starts_with("articles ko: 1.0000 below the floor 2"), "{out:?}");
    assert!(out.warnings[2].starts_with("articles all+zh: 0.0000 below the floor 1"), "{out:?}");
}

#[test]
fn an_event_scope_reads_that_event_s_figures() {
    let ev = event();
    let original = totals(&[score_event(&ev, &report(&ev, true))]);
    let whole = totals(&[]);
    let figures = Figures { original, new: whole.clone(), zh: whole.clone(), whole };
    let name = ev.name.clone();
    let floors = format!("articles {name} 2\narticles {name} 3\narticles {name}+ja 1\nprecision {name} 1\n");
    let floors = parse_floors(Path::new("FLOORS"), &floors).expect("floors");
    let names: Vec<String> = floors.iter().map(|f| f.scope.name()).collect();
    assert_eq!(names, [name.clone(), name.clone(), format!("{name}+ja"), name.clone()]);
    let out = check_floors(&floors, &figures);
    assert_eq!(out.warnings.len(), 2, "{out:?}");
    assert!(out.warnings[0].starts_with(&format!("articles {name}: 2.0000 below the floor 3")), "{out:?}");
    assert!(out.warnings[1].starts_with(&format!("articles {name}+ja: 0.0000 below the floor 1")), "{out:?}");
    assert_eq!(out.failures.len(), 1, "{out:?}");
    assert!(out.failures[0].starts_with(&format!("precision {name}: ")), "{out:?}");
    assert!(parse_floors(Path::new("FLOORS"), "precision Event-Name 0.5\n").is_err(), "upper case is no event");
}

//! Restatements: a figure one document gives twice for one fact is one
//! claim. Exact repeats are merged as the claims are read (see
//! `claims::Repeats`); this pass runs once the batch has keyed its claims
//! (tolls made the event's, aliases applied), and also merges the
//! restatements that differ only in what one of them leaves unsaid: the
//! headline's "Zahl der Toten steigt auf über 300" and the body's "mehr
//! als 300 Menschen kamen ums Leben" (one names no counted noun), or a
//! lead dated "on Friday" and a later sentence with no date.

use std::hash::BuildHasher;

use rustc_hash::FxHashMap as HashMap;

use super::claims::absorb;
use crate::schema::{AreaUnit, Claim, Currency, Modality, Polarity, Predicate, Qualifier, Unit};

/// How many earlier claims with the same key a claim is compared with, so
/// that a document giving one figure for many different dates is not
/// scanned quadratically.
const REACH: usize = 16;

/// What kind of unit a figure is in; a count's noun is compared apart.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum UnitKind {
    Count,
    Money(Currency),
    MoneyPerUnit(Currency),
    Percent,
    Area(AreaUnit),
}

/// How a figure is hedged, as far as a restatement goes: a point and
/// its approximations ("15.000", "rund 15.000", "knapp 15.000": one
/// figure told with different care), a floor ("more than 24,000", "24,000
/// or more"), a ceiling, or a range, which restates only the same range.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Hedge {
    Point,
    Floor,
    Ceiling,
    Range(Option<u64>),
}

impl Hedge {
    fn of(q: &crate::schema::Quantity) -> Hedge {
        match q.qualifier {
            Qualifier::Exact | Qualifier::About | Qualifier::Nearly | Qualifier::Only => Hedge::Point,
            Qualifier::MoreThan | Qualifier::AtLeast => Hedge::Floor,
            Qualifier::LessThan | Qualifier::AtMost => Hedge::Ceiling,
            Qualifier::Range => Hedge::Range(q.interval.high.map(f64::to_bits)),
        }
    }
}

/// What two restatements must share exactly: the document, subject,
/// predicate, polarity, modality, and the figure's written value, hedge
/// and kind of unit.
type Key<'c> = (&'c str, &'c str, Predicate, Polarity, Modality, bool, Option<(u64, Hedge, UnitKind)>);

fn key(c: &Claim) -> Key<'_> {
    let figure = c.quantity.as_ref().map(|q| {
        let kind = match q.unit {
            Unit::Count { .. } => UnitKind::Count,
            Unit::Money { currency, per: None } => UnitKind::Money(currency),
            Unit::Money { currency, per: Some(_) } => UnitKind::MoneyPerUnit(currency),
            Unit::Percent => UnitKind::Percent,
            Unit::Area { unit } => UnitKind::Area(unit),
        };
        (q.value.to_bits(), Hedge::of(q), kind)
    });
    (&c.source, &c.subject.key, c.predicate, c.polarity, c.modality, c.superseded, figure)
}

/// Whether `b` says what `a` says, each leaving unsaid at most what the
/// other says: the same object or none, the same time or none, and the
/// same counted noun, none, or two nouns for the people the predicate
/// counts ("300 Tote", "300 Menschen").
fn restates(a: &Claim, b: &Claim) -> bool {
    // A toll or a head count counts people whatever noun it names them by.
    let noun = match (&a.quantity, &b.quantity) {
        (Some(x), Some(y)) => match (&x.unit, &y.unit) {
            // A crowd's vehicles are no people: "5000名农民" and "5000辆拖拉机"
            // are two counts.
            (Unit::Count { concept: Some(m) }, Unit::Count { concept: Some(n) }) => {
                m == n || (a.predicate.counts_people() && !vehicles(&m.0) && !vehicles(&n.0))
            }
            _ => true,
        },
        _ => true,
    };
    unsaid_only(a, b) && noun && key(a) == key(b)
}

/// Whether a concept key counts vehicles ([`super::claims::VEHICLES`]).
fn vehicles(concept: &str) -> bool {
    super::claims::VEHICLES.contains(&concept)
}

/// Whether `a` and `b` name the same object and the same time, or one of
/// them leaves it unsaid.
fn unsaid_only(a: &Claim, b: &Claim) -> bool {
    let object = match (&a.object, &b.object) {
        (Some(x), Some(y)) => x.key() == y.key(),
        _ => true,
    };
    let time = match (&a.time, &b.time) {
        (Some(x), Some(y)) => x.value == y.value,
        _ => true,
    };
    object && time
}

/// Whether restatement `a` says more than `b`, so that its sentence is
/// the one to show: a date first, then the body over a headline; the
/// first said keeps the place on a tie. A speaker is no reason to show a
/// later sentence: the merged claim keeps the speaker either names
/// ([`absorb`]), and a quote often restates the lead's figure loosely
/// ("cut 10% of its staff", then "about 10%" in the chief's words).
fn richer(a: &Claim, b: &Claim) -> bool {
    let rank = |c: &Claim| (c.time.is_some(), c.zone.is_none());
    rank(a) > rank(b)
}

/// Whether `b`, a claim with no figure, tells again the fact of `a`, a
/// claim with one: "Acme completed its acquisition of Globex" and "Acme
/// bought Globex for $2bn".
fn retells(a: &Claim, b: &Claim) -> bool {
    let (ka, kb) = (key(a), key(b));
    a.quantity.is_some()
        && b.quantity.is_none()
        && unsaid_only(a, b)
        && ka.0 == kb.0
        && ka.1 == kb.1
        && ka.2 == kb.2
        && ka.3 == kb.3
        && ka.4 == kb.4
        && ka.5 == kb.5
}

/// Merges each claim into the first earlier claim of its document that it
/// restates, then numbers each document's claims again in text order.
pub(crate) fn merge(claims: &mut Vec<Claim>) {
    let hasher = rustc_hash::FxBuildHasher;
    let mut buckets: HashMap<u64, Vec<usize>> = HashMap::default();
    let mut merged = Vec::new();
    // In place, in one buffer: the claims kept so far are `claims[..kept]`,
    // each next one is either moved down to `kept` or merged into one of
    // them and left hollow behind (a second buffer of every claim would
    // double the batch's largest vector for the length of the pass).
    let mut kept = 0;
    for i in 0..claims.len() {
        let hash = hasher.hash_one(key(&claims[i]));
        let bucket = buckets.entry(hash).or_default();
        match bucket.iter().rev().take(REACH).copied().find(|&j| restates(&claims[j], &claims[i])) {
            Some(j) => {
                let mut c = std::mem::replace(&mut claims[i], hollow());
                if richer(&c, &claims[j]) {
                    std::mem::swap(&mut claims[j], &mut c);
                }
                absorb(&mut claims[j], c);
                merged.push(j);
            }
            None => {
                bucket.push(kept);
                claims.swap(kept, i);
                kept += 1;
            }
        }
    }
    claims.truncate(kept);
    in_text_order(claims, merged);
    let took = fold_figureless(claims);
    in_text_order(claims, took);
    renumber(claims);
    // The batch's claims grew by doubling as documents were read; the
    // report keeps them to the end.
    claims.shrink_to_fit();
}

/// A claim that owns nothing (an empty `String`, and one shared empty
/// `Arc<str>` for the shared strings, so none is allocated): what is left
/// in a slot whose claim was moved out.
fn hollow() -> Claim {
    use crate::schema::{Attribution, EntityRef, Evidence};
    static EMPTY: once_cell::sync::Lazy<std::sync::Arc<str>> = once_cell::sync::Lazy::new(|| "".into());
    Claim {
        id: String::new(),
        source: EMPTY.clone(),
        lang: crate::Lang::En,
        subject: EntityRef { key: EMPTY.clone(), text: EMPTY.clone() },
        predicate: Predicate::Order,
        object: None,
        quantity: None,
        time: None,
        polarity: Polarity::Affirmed,
        modality: Modality::Asserted,
        attribution: Attribution::default(),
        evidence: Evidence { start: 0, end: 0, text: EMPTY.clone() },
        also: Vec::new(),
        zone: None,
        superseded: false,
        part: false,
    }
}

/// Moves each claim with no figure that [`retells`] a claim with one of
/// its document into that claim's evidence (the first such claim, in text
/// order); returns the claims that took evidence.
fn fold_figureless(out: &mut Vec<Claim>) -> Vec<usize> {
    let hasher = rustc_hash::FxBuildHasher;
    let fact = |c: &Claim| {
        let k = key(c);
        hasher.hash_one((k.0, k.1, k.2, k.3, k.4, k.5))
    };
    let mut figures: HashMap<u64, Vec<usize>> = HashMap::default();
    for (j, c) in out.iter().enumerate().filter(|(_, c)| c.quantity.is_some()) {
        figures.entry(fact(c)).or_default().push(j);
    }
    let mut into = vec![None; out.len()];
    for (i, c) in out.iter().enumerate().filter(|(_, c)| c.quantity.is_none()) {
        let found = figures.get(&fact(c)).and_then(|js| js.iter().take(REACH).copied().find(|&j| retells(&out[j], c)));
        into[i] = found;
    }
    if into.iter().all(Option::is_none) {
        return Vec::new();
    }
    // Where each claim that stays is once the others are gone.
    let new_index: Vec<usize> = into
        .iter()
        .scan(0, |n, to| {
            let at = *n;
            *n += usize::from(to.is_none());
            Some(at)
        })
        .collect();
    // In place: each claim that goes gives its evidence to its target (a
    // claim with a figure, which stays), then the ones that went are
    // dropped from the one buffer.
    let mut taken = Vec::new();
    for (i, to) in into.iter().enumerate() {
        if let Some(j) = *to {
            let c = std::mem::replace(&mut out[i], hollow());
            let target = &mut out[j];
            target.also.push(c.evidence);
            target.also.extend(c.also);
            taken.push(new_index[j]);
        }
    }
    let mut gone = into.iter().map(Option::is_some);
    out.retain(|_| !gone.next().unwrap_or(false));
    taken
}

/// Puts the further evidence of the claims at `indices` back in text order.
fn in_text_order(claims: &mut [Claim], mut indices: Vec<usize>) {
    indices.sort_unstable();
    indices.dedup();
    for j in indices {
        let also = &mut claims[j].also;
        also.sort_by_key(|e| (e.start, e.end));
        also.dedup();
    }
}

/// Claim ids `"<document id>#<n>"`, n counting from 1 in each document.
fn renumber(claims: &mut [Claim]) {
    let mut next: HashMap<std::sync::Arc<str>, usize> = HashMap::default();
    for c in claims.iter_mut() {
        let n = next.entry(c.source.clone()).or_insert(0);
        *n += 1;
        c.id = format!("{}#{n}", c.source);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{Attribution, Concept, Evidence, Interval, Object, Quantity, TimeRef, TimeRelation, TimeValue};

    /// A claim of document `source` read from the sentence at `at`.
    fn claim(source: &str, at: usize, predicate: Predicate) -> Claim {
        let evidence = Evidence { start: at, end: at + 1, text: format!("s{at}").into() };
        Claim { id: String::new(), evidence, ..Claim::for_test(source, predicate) }
    }

    fn figure(mut c: Claim, value: f64, qualifier: Qualifier, noun: Option<&str>) -> Claim {
        let interval = match qualifier {
            Qualifier::MoreThan => {
                Interval { low: Some(value), high: None, low_inclusive: false, high_inclusive: false }
            }
            Qualifier::AtLeast => Interval { low: Some(value), high: None, low_inclusive: true, high_inclusive: false },
            _ => Interval::point(value),
        };
        let unit = Unit::Count { concept: noun.map(|n| Concept(n.to_string())) };
        c.quantity = Some(Quantity {
            text: String::new(),
            start: 0,
            end: 1,
            value,
            interval,
            qualifier,
            unit,
            rounding: 1.0,
            saturated: false,
        });
        c
    }

    fn dated(mut c: Claim, day: u8) -> Claim {
        let date = crate::schema::PartialDate { year: 2024, month: Some(1), day: Some(day) };
        let value = TimeValue::Absolute { date };
        c.time = Some(TimeRef { text: String::new(), start: 0, end: 1, relation: TimeRelation::At, value });
        c
    }

    fn object(mut c: Claim, key: &str) -> Claim {
        c.object = Some(Object::Concept { concept: Concept(key.to_string()) });
        c
    }

    /// A case: its name, the claims in text order, and the sentences of
    /// each claim left after the pass (its own, then its further evidence).
    type Case = (&'static str, Vec<Claim>, Vec<Vec<usize>>);

    #[test]
    fn merge_table_with_figures() {
        use Predicate::*;
        use Qualifier::*;
        let cases: Vec<Case> = vec![
            (
                "a toll told with and without its noun is one claim",
                vec![
                    figure(claim("a", 0, Deaths), 7000.0, MoreThan, None),
                    figure(claim("a", 5, Deaths), 7000.0, MoreThan, Some("person")),
                ],
                vec![vec![0, 5]],
            ),
            (
                "a toll names its dead by any noun",
                vec![
                    figure(claim("a", 0, Deaths), 10.0, Exact, Some("resident")),
                    figure(claim("a", 5, Deaths), 10.0, Exact, Some("person")),
                ],
                vec![vec![0, 5]],
            ),
            (
                "a date on one of them only",
                vec![
                    dated(figure(claim("a", 0, Deaths), 71.0, Exact, None), 3),
                    figure(claim("a", 5, Deaths), 71.0, Exact, None),
                ],
                vec![vec![0, 5]],
            ),
            (
                "the restatement with a date is the one shown",
                vec![
                    figure(claim("a", 0, Deaths), 71.0, Exact, None),
                    dated(figure(claim("a", 5, Deaths), 71.0, Exact, None), 3),
                ],
                vec![vec![5, 0]],
            ),
            (
                "a later one naming its speaker is no reason to show it: the first said",
                vec![
                    figure(claim("a", 0, Deaths), 71.0, Exact, None),
                    Claim {
                        attribution: Attribution { speaker: Some("Ana".into()), ..Attribution::default() },
                        ..figure(claim("a", 5, Deaths), 71.0, Exact, None)
                    },
                ],
                vec![vec![0, 5]],
            ),
            (
                "negative: two dates are two figures",
                vec![
                    dated(figure(claim("a", 0, Deaths), 71.0, Exact, None), 3),
                    dated(figure(claim("a", 5, Deaths), 71.0, Exact, None), 4),
                ],
                vec![vec![0], vec![5]],
            ),
            (
                "negative: two documents keep their own claims",
                vec![
                    figure(claim("a", 0, Deaths), 10.0, Exact, None),
                    figure(claim("b", 5, Deaths), 10.0, Exact, None),
                ],
                vec![vec![0], vec![5]],
            ),
            (
                "negative: an order of 100 chips is no order of 100 jets",
                vec![
                    figure(claim("a", 0, Order), 100.0, Exact, Some("chip")),
                    figure(claim("a", 5, Order), 100.0, Exact, Some("jet")),
                ],
                vec![vec![0], vec![5]],
            ),
        ];
        check(cases);
    }

    #[test]
    fn merge_table_hedges() {
        use Predicate::*;
        use Qualifier::*;
        let cases: Vec<Case> = vec![
            (
                "a figure told plainly and hedged is one claim, as first told",
                vec![
                    figure(claim("a", 0, LayOff), 15000.0, Nearly, None),
                    figure(claim("a", 5, LayOff), 15000.0, About, None),
                    figure(claim("a", 9, LayOff), 15000.0, Exact, None),
                ],
                vec![vec![0, 5, 9]],
            ),
            (
                "negative: a hedged figure is no floor of the same number",
                vec![
                    figure(claim("a", 0, LayOff), 15000.0, Nearly, None),
                    figure(claim("a", 5, LayOff), 15000.0, MoreThan, None),
                ],
                vec![vec![0], vec![5]],
            ),
            (
                "negative: two hedged figures of two numbers stay two",
                vec![
                    figure(claim("a", 0, LayOff), 15000.0, About, None),
                    figure(claim("a", 5, LayOff), 14000.0, About, None),
                ],
                vec![vec![0], vec![5]],
            ),
            (
                "negative: a floor is no point of the same number",
                vec![
                    figure(claim("a", 0, Deaths), 10.0, AtLeast, None),
                    figure(claim("a", 5, Deaths), 10.0, Exact, None),
                ],
                vec![vec![0], vec![5]],
            ),
            (
                "a floor told with and without its number is one claim, as first told",
                vec![
                    figure(claim("a", 0, Deaths), 24000.0, MoreThan, None),
                    figure(claim("a", 5, Deaths), 24000.0, AtLeast, None),
                ],
                vec![vec![0, 5]],
            ),
            (
                "negative: two floors of two figures stay two",
                vec![
                    figure(claim("a", 0, Deaths), 24000.0, MoreThan, None),
                    figure(claim("a", 5, Deaths), 20000.0, AtLeast, None),
                ],
                vec![vec![0], vec![5]],
            ),
        ];
        check(cases);
    }

    #[test]
    fn merge_table_without_figures() {
        use Predicate::*;
        use Qualifier::*;
        let cases: Vec<Case> = vec![
            (
                "a claim with no figure retells the figure's claim, before or after it",
                vec![
                    object(claim("a", 0, Buy), "target"),
                    object(figure(claim("a", 5, Buy), 69.0, Exact, None), "target"),
                    claim("a", 9, Buy),
                ],
                vec![vec![5, 0, 9]],
            ),
            (
                "negative: a claim with no figure and another object stays",
                vec![
                    object(claim("a", 0, Buy), "other"),
                    object(figure(claim("a", 5, Buy), 69.0, Exact, None), "target"),
                ],
                vec![vec![0], vec![5]],
            ),
            (
                "negative: a plan is no deed",
                vec![
                    Claim { modality: Modality::Planned, ..claim("a", 0, Buy) },
                    figure(claim("a", 5, Buy), 69.0, Exact, None),
                ],
                vec![vec![0], vec![5]],
            ),
        ];
        check(cases);
    }

    /// Runs [`merge`] on each case and compares the sentences left.
    fn check(cases: Vec<Case>) {
        for (name, mut claims, want) in cases {
            merge(&mut claims);
            let got: Vec<Vec<usize>> = claims
                .iter()
                .map(|c| std::iter::once(c.evidence.start).chain(c.also.iter().map(|e| e.start)).collect())
                .collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn ids_count_each_document_again() {
        let mut claims = vec![
            figure(claim("a", 0, Predicate::Deaths), 7.0, Qualifier::Exact, None),
            figure(claim("a", 1, Predicate::Deaths), 7.0, Qualifier::Exact, None),
            figure(claim("a", 2, Predicate::Injured), 9.0, Qualifier::Exact, None),
            figure(claim("b", 0, Predicate::Injured), 9.0, Qualifier::Exact, None),
        ];
        merge(&mut claims);
        let ids: Vec<&str> = claims.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a#1", "a#2", "b#1"]);
    }
}

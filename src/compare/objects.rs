//! Objects by compatibility: a claim that names no object is the same act
//! as one that does, when nothing tells them apart.

use rustc_hash::FxHashMap;

use crate::schema::{Claim, Concept, Predicate, Unit};

/// The object a claim is grouped under, and whether it was joined there by
/// generalization (the claim names no object of its own).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Resolved<'c> {
    /// The object key the claim is grouped under.
    pub object: Option<&'c str>,
    /// True when the claim names no object and joins `object`.
    pub joined: bool,
}

/// The object each claim is grouped under, in the order of `claims`.
///
/// A claim with no object joins, for its subject and predicate family,
/// among the objects given a figure of the same kind as its own (any
/// object, for a claim with no figure):
/// - the one object the whole batch names, when it names exactly one;
/// - else the one object its own document names, when that document names
///   exactly one;
/// - else it stays a fact of its own: two objects named (two models, two
///   goods) conflict, and the claim could be about either.
///
/// A figure that counts one concept never joins an object another claim
/// counts as a different one, save two counts of people: "8,500 people"
/// is no count of the tractors "6,000 tractors" names. No claim joins a
/// group of people ([`Concept::GROUPS`]): "12 children" are a part of a
/// toll, which "50 people" or "the toll rose to 50" are not.
///
/// A claim with an object keeps it. Linear in the number of claims.
pub(crate) fn resolve<'c>(claims: &'c [Claim]) -> Vec<Resolved<'c>> {
    type Bucket<'c> = (&'c str, Predicate);
    // Per (subject, family): the objects named with the kinds of figure
    // given for each, and the same per source.
    #[derive(Default)]
    struct Named<'c> {
        all: Vec<(&'c str, u8)>,
        by_source: FxHashMap<&'c str, Vec<(&'c str, u8)>>,
    }
    let mut named: FxHashMap<Bucket, Named> = FxHashMap::default();
    for c in claims {
        let Some(object) = c.object.as_ref() else { continue };
        // A group of people is a part of a toll, never its whole: a toll
        // with no object is no count of the children another one names.
        if object.is_group() {
            continue;
        }
        let o = object.key();
        let n = named.entry((&c.subject.key, c.predicate.family())).or_default();
        let k = kind(c) | if counted(c) == Some(o) { COUNTED } else { 0 };
        note(&mut n.all, o, k);
        note(n.by_source.entry(&c.source).or_default(), o, k);
    }
    claims
        .iter()
        .map(|c| {
            if let Some(o) = &c.object {
                return Resolved { object: Some(o.key()), joined: false };
            }
            let n = named.get(&(&*c.subject.key, c.predicate.family()));
            let k = kind(c);
            let own = counted(c);
            // Only objects given a figure of the same kind (a count, an
            // amount, a share), unless the claim gives no figure, and no
            // object counted as another concept than the claim's own.
            let conflicts = |o: &str, kinds: u8| {
                kinds & COUNTED != 0
                    && own.is_some_and(|own| own != o && !(Concept::is_people(own) && Concept::is_people(o)))
            };
            let one = |list: &[(&'c str, u8)]| -> Option<&'c str> {
                let mut fit = list.iter().filter(|&&(o, kinds)| (k == 0 || kinds & k != 0) && !conflicts(o, kinds));
                match (fit.next(), fit.next()) {
                    (Some((o, _)), None) if list.len() < MAX_OBJECTS => Some(*o),
                    _ => None,
                }
            };
            let target = n.and_then(|n| one(&n.all).or_else(|| n.by_source.get(&*c.source).and_then(|l| one(l))));
            Resolved { object: target, joined: target.is_some() }
        })
        .collect()
}

/// The most distinct objects kept per subject and predicate: past it, the
/// objects conflict whatever a claim's figure, and none is joined.
const MAX_OBJECTS: usize = 4;

/// The bit of an object that some claim's figure counts ("6,000
/// tractors"), beside the kinds of [`kind`].
const COUNTED: u8 = 8;

/// The concept a claim's figure counts, if it names one.
fn counted(c: &Claim) -> Option<&str> {
    match c.quantity.as_ref().map(|q| &q.unit) {
        Some(Unit::Count { concept: Some(k) }) => Some(&k.0),
        _ => None,
    }
}

/// The kind of a claim's figure as a bit: 1 a count, 2 an amount of money,
/// 4 a share, 8 an area; 0 for a claim with no figure.
fn kind(c: &Claim) -> u8 {
    match c.quantity.as_ref().map(|q| &q.unit) {
        None => 0,
        Some(Unit::Count { .. }) => 1,
        Some(Unit::Money { .. }) => 2,
        Some(Unit::Percent) => 4,
        Some(Unit::Area { .. }) => 8,
    }
}

/// Notes that `o` is named with a figure of kind `k`. The list keeps at
/// most [`MAX_OBJECTS`] objects: one more than that marks it full.
fn note<'c>(list: &mut Vec<(&'c str, u8)>, o: &'c str, k: u8) {
    if let Some((_, kinds)) = list.iter_mut().find(|(x, _)| *x == o) {
        *kinds |= k;
    } else if list.len() < MAX_OBJECTS {
        list.push((o, k));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{Concept, EntityRef, Object};

    fn claim(source: &str, predicate: Predicate, object: Option<&str>) -> Claim {
        Claim {
            subject: EntityRef { key: "acme".into(), text: "Acme".into() },
            object: object.map(|o| Object::Concept { concept: Concept(o.to_string()) }),
            ..Claim::for_test(source, predicate)
        }
    }

    /// A case: its name, the claims, and the object each is grouped under.
    type Case = (&'static str, Vec<Claim>, Vec<Option<&'static str>>);

    fn with_unit(mut c: Claim, unit: Unit) -> Claim {
        c.quantity = Some(crate::schema::Quantity {
            text: "1".into(),
            start: 0,
            end: 1,
            value: 1.0,
            interval: crate::schema::Interval::point(1.0),
            qualifier: crate::schema::Qualifier::Exact,
            unit,
            rounding: 1.0,
            saturated: false,
        });
        c
    }
    fn counted(c: Claim) -> Claim {
        with_unit(c, Unit::Count { concept: None })
    }
    fn count_of(key: &str) -> Unit {
        Unit::Count { concept: Some(Concept(key.to_string())) }
    }
    fn tractors() -> Unit {
        count_of("tractor")
    }
    fn people() -> Unit {
        count_of("person")
    }
    fn staff() -> Unit {
        count_of("employees")
    }
    fn jobs() -> Unit {
        count_of("job")
    }
    fn money(c: Claim) -> Claim {
        with_unit(c, Unit::Money { currency: crate::schema::Currency::new("USD").expect("a code"), per: None })
    }

    #[test]
    fn resolve_table() {
        use Predicate::*;
        let cases: Vec<Case> = vec![
            (
                "one object in the batch",
                vec![claim("a", LayOff, Some("job")), claim("b", LayOff, None)],
                vec![Some("job"), Some("job")],
            ),
            (
                "two objects, the document names one",
                vec![claim("a", Order, Some("chip")), claim("b", Order, Some("jet")), claim("b", Order, None)],
                vec![Some("chip"), Some("jet"), Some("jet")],
            ),
            (
                "two objects elsewhere, none in the document",
                vec![claim("a", Order, Some("chip")), claim("b", Order, Some("jet")), claim("c", Order, None)],
                vec![Some("chip"), Some("jet"), None],
            ),
            (
                "another predicate names the object",
                vec![claim("a", Order, Some("chip")), claim("b", Receive, None)],
                vec![Some("chip"), None],
            ),
            (
                "an amount does not join an object only counted",
                vec![counted(claim("a", Invest, Some("real"))), money(claim("b", Invest, None))],
                vec![Some("real"), None],
            ),
            (
                "people do not join a count of tractors",
                vec![
                    with_unit(claim("a", Participants, Some("tractor")), tractors()),
                    with_unit(claim("a", Participants, None), people()),
                ],
                vec![Some("tractor"), None],
            ),
            (
                "jobs join a count of staff",
                vec![
                    with_unit(claim("a", LayOff, Some("employees")), staff()),
                    with_unit(claim("b", LayOff, None), jobs()),
                ],
                vec![Some("employees"), Some("employees")],
            ),
            (
                "no toll joins a group of its victims",
                vec![
                    with_unit(claim("a", Deaths, Some("child")), count_of("child")),
                    with_unit(claim("a", Deaths, None), people()),
                    counted(claim("b", Deaths, None)),
                ],
                vec![Some("child"), None, None],
            ),
            (
                "one family",
                vec![claim("a", Plan, Some("model")), claim("b", Develop, None)],
                vec![Some("model"), Some("model")],
            ),
        ];
        for (name, claims, want) in cases {
            let got: Vec<Option<&str>> = resolve(&claims).iter().map(|r| r.object).collect();
            assert_eq!(got, want, "case {name}");
        }
    }
}

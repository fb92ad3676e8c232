//! One act told of related subjects: a brand's and its parent's, when
//! their figures agree.
//!
//! News names an act by the company or by the brand its readers know:
//! "Google to cut 12,000 jobs", "Alphabet, Google's parent, cuts 12,000
//! jobs". When a relation links two subjects (one owns the other, or is a
//! part of it; stated by a document or given by the caller), the claims of
//! the part with one predicate family and object join the whole's when, in
//! every class of figures both give, the values a majority of each one's
//! sources allow share a value. Figures that disagree keep them apart: a
//! unit's cut of 15% of its own staff and its parent's 6% are two cuts, not
//! a contradiction; no figure in common, no join (nothing tells that the
//! two are one act).

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

use super::{Settings, UnitClass, consensus, interval};
use crate::schema::{Claim, Interval, Polarity, Predicate, Relation, RelationKind};

/// The key a fact's claims are grouped under before their times: subject,
/// predicate family, object, and whether the claims state a figure other
/// than the act's (see `is_not_the_act`).
pub(super) type Key<'c> = (&'c str, Predicate, Option<&'c str>, bool);

/// Moves the claims of related subjects' keys into one, where their
/// figures agree (see the module): the key of the subject most sources
/// name (then the first in key order), so that neither the direction of a
/// relation nor a document's wrong one decides whose act it is.
/// Deterministic: keys are visited in order, and figures are compared as
/// the documents gave them, before any join.
pub(super) fn join<'c>(by_key: &mut FxHashMap<Key<'c>, Vec<&'c Claim>>, relations: &[Relation], settings: &Settings) {
    let mut linked = linked(relations);
    named_after(by_key, &mut linked);
    if linked.is_empty() {
        return;
    }
    // The subjects as the claims spell them, to name a related key.
    let subjects: FxHashMap<&str, &'c str> = by_key.keys().map(|k| (k.0, k.0)).collect();
    let mut keys: Vec<Key<'c>> = by_key.keys().copied().filter(|k| linked.contains_key(k.0)).collect();
    keys.sort_unstable();
    let index: BTreeMap<Key<'c>, usize> = keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    // Each key's figures once, however many subjects it is related to.
    let figs: Vec<Figures> = keys.iter().map(|k| figures(&by_key[k], settings)).collect();
    let mut sets: Vec<usize> = (0..keys.len()).collect();
    for (i, k) in keys.iter().enumerate() {
        for other in &linked[k.0] {
            let Some(&subject) = subjects.get(other) else { continue };
            let Some(&j) = index.get(&(subject, k.1, k.2, k.3)) else { continue };
            if j > i && agree(&figs[i], &figs[j]) {
                let (a, b) = (root(&mut sets, i), root(&mut sets, j));
                sets[a.max(b)] = a.min(b);
            }
        }
    }
    let mut members: BTreeMap<usize, Vec<Key<'c>>> = BTreeMap::new();
    for (i, k) in keys.iter().enumerate() {
        members.entry(root(&mut sets, i)).or_default().push(*k);
    }
    for set in members.into_values().filter(|m| m.len() > 1) {
        let named = |k: &Key<'c>| std::cmp::Reverse(sources(&by_key[k]));
        let Some(&keep) = set.iter().min_by_key(|k| (named(k), **k)) else { continue };
        for k in set.iter().filter(|&&k| k != keep) {
            if let Some(list) = by_key.remove(k) {
                by_key.entry(keep).or_default().extend(list);
            }
        }
    }
}

/// The representative of a set, its path halved on the way.
fn root(sets: &mut [usize], mut i: usize) -> usize {
    while sets[i] != i {
        sets[i] = sets[sets[i]];
        i = sets[i];
    }
    i
}

/// How many sources a list of claims comes from.
fn sources(claims: &[&Claim]) -> usize {
    claims.iter().map(|c| &*c.source).collect::<BTreeSet<_>>().len()
}

/// The subjects each subject is related to by ownership or as a part, in
/// either direction.
fn linked(relations: &[Relation]) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut of: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for r in relations.iter().filter(|r| matches!(r.kind, RelationKind::Owns | RelationKind::PartOf)) {
        let (a, b) = (&*r.from.key, &*r.to.key);
        if a != b {
            of.entry(a).or_default().insert(b);
            of.entry(b).or_default().insert(a);
        }
    }
    of
}

/// How many words a name may add to another's and still be named after
/// it ("Thyssenkrupp Steel Europe" after "Thyssenkrupp").
const NAMED_AFTER_WORDS: usize = 3;

/// Links subjects named after another subject: a name that is another's
/// whole name and a few more words ("Thyssenkrupp Steel Europe",
/// "Thyssenkrupp"), a unit or a brand of it, or the full name of the one
/// the short name stands for. Each distinct name is folded once, and only
/// its word prefixes are looked up: linear in the claims.
fn named_after<'c>(by_key: &FxHashMap<Key<'c>, Vec<&'c Claim>>, linked: &mut BTreeMap<&'c str, BTreeSet<&'c str>>) {
    let mut names: BTreeMap<&'c str, &'c str> = BTreeMap::new();
    for c in by_key.values().flatten() {
        names.entry(&c.subject.text).or_insert(&c.subject.key);
    }
    let folded: Vec<(String, &str)> = names.into_iter().map(|(text, key)| (crate::text::fold(text), key)).collect();
    let mut keys_of: FxHashMap<&str, BTreeSet<&str>> = FxHashMap::default();
    for (text, key) in &folded {
        keys_of.entry(text.as_str()).or_default().insert(key);
    }
    for (text, key) in &folded {
        let spaces: Vec<usize> = text.match_indices(' ').map(|(i, _)| i).collect();
        let words = spaces.len() + 1;
        for (n, &at) in spaces.iter().enumerate() {
            if words - (n + 1) > NAMED_AFTER_WORDS {
                continue;
            }
            for &other in keys_of.get(&text[..at]).into_iter().flatten().filter(|&&o| o != *key) {
                linked.entry(key).or_default().insert(other);
                linked.entry(other).or_default().insert(key);
            }
        }
    }
}

/// Per class of figures, the values a strict majority of the sources allow.
type Figures = BTreeMap<UnitClass, Option<Interval>>;

/// Whether two lists of claims give figures that agree: at least one class
/// of figures both give, and in each such class majorities that share a
/// value.
fn agree(fa: &Figures, fb: &Figures) -> bool {
    let mut shared = 0;
    for (class, x) in fa {
        let Some(y) = fb.get(class) else { continue };
        match (x, y) {
            (Some(x), Some(y)) if interval::gap(x, y).is_none() => shared += 1,
            _ => return false,
        }
    }
    shared > 0
}

/// Per class of figures, the values a strict majority of the sources allow
/// (`None` when there is no majority): one figure per source, its first,
/// affirmed and current, never a saturated one.
fn figures(claims: &[&Claim], settings: &Settings) -> Figures {
    let mut per_source: BTreeMap<(UnitClass, &str), Interval> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.polarity == Polarity::Affirmed && !c.superseded) {
        let Some(q) = c.quantity.as_ref().filter(|q| !q.saturated) else { continue };
        let class = settings.unit_class(&q.unit);
        per_source.entry((class, &c.source)).or_insert_with(|| settings.normalized(q).interval);
    }
    let mut by_class: BTreeMap<UnitClass, Vec<Interval>> = BTreeMap::new();
    for ((class, _), iv) in per_source {
        by_class.entry(class).or_default().push(iv);
    }
    by_class.into_iter().map(|(class, ivs)| (class, consensus::majority(&ivs).map(|m| m.interval))).collect()
}

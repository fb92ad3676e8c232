//! Name variants: one entity spelled two ways in two sources.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::Lang;
use crate::extract::EntityMention as Located;
use crate::schema::EntityMention;
use crate::schema::{EntityKind, Finding, FindingKind, Reasons, Value, ValueRole, Verdict};

/// The least normalized Levenshtein similarity of two keys to be variants.
const SIMILARITY: f64 = 0.75;

/// The most entities one context entity may co-occur with and still mark a role.
const MAX_CONTEXT_FANOUT: usize = 64;

/// A name variant found across sources.
#[derive(Clone, Debug)]
pub(crate) struct Variant {
    pub a: String,
    pub b: String,
    pub finding: Finding,
}

/// Finds pairs of entities, each named in different sources and never
/// together in one, whose keys are close in spelling (strsim) and which
/// stand in the same role: their sentences name another entity in common.
/// They are reported as variants, never merged. `lang_of` gives each
/// source's language (see [`verdict`]).
pub(crate) fn name_variants<'a>(
    docs: &'a [(String, Vec<Located>)],
    lang_of: &dyn Fn(&str) -> Option<Lang>,
) -> Vec<Variant> {
    let seen = gather(docs);
    let mut out = Vec::new();
    for (a, b) in variant_pairs(&seen) {
        let (sa, sb) = (&seen[a], &seen[b]);
        let mut shared: Vec<&str> = sa.context.intersection(&sb.context).copied().collect();
        shared.sort_unstable();
        let spelled = |surfaces: &BTreeMap<&'a str, &'a str>| -> Vec<Spelling<'a>> {
            surfaces.iter().map(|(src, t)| Spelling { source: src, text: t, lang: lang_of(src) }).collect()
        };
        let (spelled_a, spelled_b) = (spelled(&sa.surfaces), spelled(&sb.surfaces));
        // The two keys' sources are disjoint (see `variant_pairs`): their
        // union is the two sorted lists merged.
        let mut sources: Vec<String> = sa.surfaces.keys().chain(sb.surfaces.keys()).map(|s| s.to_string()).collect();
        sources.sort_unstable();
        let finding = variant_finding((a, &spelled_a), (b, &spelled_b), sources, &shared);
        out.push(Variant { a: a.to_string(), b: b.to_string(), finding });
    }
    out
}

/// What the batch says of one entity key: its kind, its surface in each
/// source naming it (the keys are those sources), and the keys named in
/// its sentences.
struct Seen<'a> {
    kind: EntityKind,
    surfaces: BTreeMap<&'a str, &'a str>,
    context: FxHashSet<&'a str>,
}

/// Every entity key of the batch (not places, codes or keys under four
/// chars) with what the batch says of it. Hashed maps and sets where only
/// asked or gathered into a set: the pairs come out sorted, whatever order
/// these are walked in.
fn gather(docs: &[(String, Vec<Located>)]) -> FxHashMap<&str, Seen<'_>> {
    let mut seen: FxHashMap<&str, Seen> = FxHashMap::default();
    for (source, mentions) in docs {
        let mut by_sentence: FxHashMap<usize, Vec<&EntityMention>> = FxHashMap::default();
        for m in mentions {
            by_sentence.entry(m.sentence).or_default().push(&m.mention);
        }
        for located in mentions {
            let m = &located.mention;
            if matches!(m.kind, EntityKind::Place | EntityKind::Code) || m.key.chars().count() < 4 {
                continue;
            }
            let e = seen.entry(&m.key).or_insert_with(|| Seen {
                kind: m.kind,
                surfaces: BTreeMap::new(),
                context: FxHashSet::default(),
            });
            e.surfaces.entry(source).or_insert(&m.text);
            for other in &by_sentence[&located.sentence] {
                if other.key != m.key {
                    e.context.insert(&other.key);
                }
            }
        }
    }
    seen
}

/// The pairs of keys that are variants, sorted. Candidate pairs share a
/// context entity; a context shared by more than MAX_CONTEXT_FANOUT
/// entities says nothing about a role and is skipped, which keeps the
/// pairing near linear in the number of mentions. A pair is tested once,
/// when first met (hashed).
fn variant_pairs<'a>(seen: &FxHashMap<&'a str, Seen<'a>>) -> Vec<(&'a str, &'a str)> {
    let mut by_context: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for (key, s) in seen {
        for c in &s.context {
            by_context.entry(c).or_default().push(key);
        }
    }
    let variant = |a: &str, b: &str| {
        let (sa, sb) = (&seen[a], &seen[b]);
        sa.kind == sb.kind
            && disjoint(sa.surfaces.keys(), sb.surfaces.keys())
            && strsim::normalized_levenshtein(a, b) >= SIMILARITY
            && !sa.context.is_disjoint(&sb.context)
    };
    let mut met: FxHashSet<(&str, &str)> = FxHashSet::default();
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    for members in by_context.values().filter(|m| m.len() <= MAX_CONTEXT_FANOUT) {
        for (i, a) in members.iter().enumerate() {
            for b in &members[i + 1..] {
                let (a, b) = if a < b { (*a, *b) } else { (*b, *a) };
                if met.insert((a, b)) && variant(a, b) {
                    pairs.push((a, b));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs
}

/// Whether two sorted lists share no item.
fn disjoint<'k>(a: impl Iterator<Item = &'k &'k str>, b: impl Iterator<Item = &'k &'k str>) -> bool {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => _ = a.next(),
            std::cmp::Ordering::Greater => _ = b.next(),
            std::cmp::Ordering::Equal => return false,
        }
    }
    true
}

/// One spelling of a name: its source, its text and the source's language.
struct Spelling<'a> {
    source: &'a str,
    text: &'a str,
    lang: Option<Lang>,
}

/// The verdict of a name variant. A name spelled one way in one language
/// and another way in another is how languages write names ("Norviker
/// Tor", "Norvik Gate"; "Lisboa", "Lisbon"): `compatible`, reported
/// for a reader to confirm. Two spellings in one language (or a language
/// unknown) are a likely misspelling in one of the sources: `tension`.
fn verdict(a: &[Spelling], b: &[Spelling]) -> Verdict {
    let langs = |list: &[Spelling]| list.iter().map(|s| s.lang).collect::<Option<BTreeSet<Lang>>>();
    match (langs(a), langs(b)) {
        (Some(la), Some(lb)) if la.is_disjoint(&lb) => Verdict::Compatible,
        _ => Verdict::Tension,
    }
}

/// The finding of a name variant: two keys, each with its spellings by
/// source, the sources and the context entities they share.
fn variant_finding(
    (a, spelled_a): (&str, &[Spelling]),
    (b, spelled_b): (&str, &[Spelling]),
    sources: Vec<String>,
    shared: &[&str],
) -> Finding {
    let spellings = |list: &[Spelling], role: ValueRole| -> Vec<Value> {
        list.iter().map(|s| Value::new(s.source, s.lang, s.text, role)).collect()
    };
    let mut finding = Finding {
        verdict: verdict(spelled_a, spelled_b),
        kind: FindingKind::NameVariant,
        subject: a.to_string(),
        predicate: None,
        object: Some(b.to_string()),
        sources,
        claims: Vec::new(),
        consensus: None,
        outliers: Vec::new(),
        pairs: Vec::new(),
        explanation: String::new(),
        sides: Vec::new(),
        reasons: Reasons {
            values: [spellings(spelled_a, ValueRole::First), spellings(spelled_b, ValueRole::Second)].concat(),
            contexts: shared.iter().map(|c| c.to_string()).collect(),
            ..Reasons::default()
        },
    };
    finding.explanation = crate::render::explain(&finding);
    finding
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelled(langs: &[Option<Lang>]) -> Vec<Spelling<'static>> {
        langs.iter().map(|&lang| Spelling { source: "s", text: "t", lang }).collect()
    }

    #[test]
    fn verdict_table() {
        use Lang::*;
        let cases = [
            ("one language each, different", vec![Some(De)], vec![Some(It)], Verdict::Compatible),
            (
                "several languages each, disjoint",
                vec![Some(De), Some(En)],
                vec![Some(It), Some(Es)],
                Verdict::Compatible,
            ),
            ("one language on both sides", vec![Some(En)], vec![Some(En)], Verdict::Tension),
            ("a language shared among others", vec![Some(De), Some(En)], vec![Some(En)], Verdict::Tension),
            ("a language unknown", vec![None], vec![Some(It)], Verdict::Tension),
        ];
        for (name, a, b, want) in cases {
            assert_eq!(verdict(&spelled(&a), &spelled(&b)), want, "case {name}");
        }
    }
}

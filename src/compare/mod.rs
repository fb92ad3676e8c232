//! The comparator: claims grouped into facts, and verdicts on each fact.
//!
//! A fact is a subject, a predicate family, an object and a time. Claims
//! join a fact when their subject keys are equal (after the caller's
//! aliases), their predicates are of one family, their object keys are
//! equal, and their times can be equal; different explicit times make a
//! timeline of separate facts. Different predicates are never compared, nor
//! a request with what is done.

mod interval;
mod variants;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;
use std::fmt::{self, Write as _};
use std::sync::Arc;

pub use interval::relate;
pub(crate) use variants::{Variant, name_variants};

use crate::extract::numbers::SATURATION;
use crate::schema::{
    Claim, Currency, Finding, FindingKind, Interval, Modality, PairVerdict, Polarity, Predicate, Qualifier, Quantity,
    Relation, RelationKind, TimeValue, Unit, Verdict,
};

/// Settings of the comparator.
#[derive(Clone, Debug)]
pub(crate) struct Settings {
    /// Multiplier on the rounding of written forms within which a gap is a tension.
    pub tolerance: f64,
    /// The value of one unit of each currency in a common base, as the caller gives it.
    pub rates: BTreeMap<Currency, f64>,
}

impl Settings {
    /// A quantity in the common base when its currency has a rate; as it is otherwise.
    fn normalized<'q>(&self, q: &'q Quantity) -> Cow<'q, Quantity> {
        let Unit::Money { currency } = q.unit else { return Cow::Borrowed(q) };
        let Some(&rate) = self.rates.get(&currency) else { return Cow::Borrowed(q) };
        let mut n = q.clone();
        let scale = |v: Option<f64>| v.map(|v| v * rate);
        n.value *= rate;
        n.rounding *= rate;
        n.interval.low = scale(n.interval.low);
        n.interval.high = scale(n.interval.high);
        n.unit = Unit::Count { concept: Some(crate::schema::Concept("in the base of the given rates".to_string())) };
        Cow::Owned(n)
    }

    /// The comparable class of a quantity: counts with counts, percentages
    /// with percentages, money in one currency, or in any currencies that
    /// all have rates.
    fn unit_class(&self, u: &Unit) -> UnitClass {
        match u {
            Unit::Count { .. } => UnitClass::Count,
            Unit::Money { currency } if self.rates.contains_key(currency) => UnitClass::MoneyAtRates,
            Unit::Money { currency } => UnitClass::Money(*currency),
            Unit::Percent => UnitClass::Percent,
        }
    }
}

/// Quantities comparable with each other (see [`Settings::unit_class`]).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum UnitClass {
    Count,
    /// Money in one currency that has no rate.
    Money(crate::schema::Currency),
    /// Money in any currency that has a rate.
    MoneyAtRates,
    Percent,
}

/// One fact: its key and the indices of its claims.
struct Fact<'c> {
    subject: &'c str,
    predicate: Predicate,
    object: Option<&'c str>,
    claims: Vec<&'c Claim>,
}

/// Compares claims and returns findings, sorted.
pub(crate) fn compare(claims: &[Claim], relations: &[Relation], settings: &Settings) -> Vec<Finding> {
    let mut findings = Vec::new();
    let facts = group(claims);
    for fact in &facts {
        judge(fact, relations, settings, &mut findings);
    }
    derived(&facts, &mut findings);
    sort_findings(&mut findings);
    findings
}

/// Sorts findings: contradictions first, then by subject, predicate, object, claims.
pub(crate) fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.verdict, &a.subject, a.predicate, &a.object, a.kind, &a.claims).cmp(&(
            b.verdict,
            &b.subject,
            b.predicate,
            &b.object,
            b.kind,
            &b.claims,
        ))
    });
}

fn group(claims: &[Claim]) -> Vec<Fact<'_>> {
    // Hashed, then the distinct keys sorted once: a tree would compare
    // strings for every claim. A request ("asked the supplier to ship
    // 200,000") is not the act: requests are facts of their own.
    let mut by_key: FxHashMap<(&str, Predicate, Option<&str>, bool), Vec<&Claim>> = FxHashMap::default();
    for c in claims {
        let requested = c.modality == Modality::Requested;
        by_key
            .entry((&c.subject.key, c.predicate.family(), c.object.as_ref().map(|o| o.key()), requested))
            .or_default()
            .push(c);
    }
    let mut by_key: Vec<_> = by_key.into_iter().collect();
    by_key.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut facts = Vec::new();
    for ((subject, predicate, object, _), list) in by_key {
        for claims in timeline(list) {
            facts.push(Fact { subject, predicate, object, claims });
        }
    }
    facts
}

/// Splits claims of one fact by time: claims whose absolute times cannot
/// be equal belong to different facts. A claim with no time, or a relative
/// one, joins the first time that fits.
fn timeline(list: Vec<&Claim>) -> Vec<Vec<&Claim>> {
    // Each group keeps its distinct times only, so a fact said many times
    // costs one comparison per distinct time, not per claim.
    let mut groups: Vec<(BTreeSet<TimeValue>, Vec<&Claim>)> = Vec::new();
    let (timed, untimed): (Vec<&Claim>, Vec<&Claim>) =
        list.into_iter().partition(|c| matches!(c.time.as_ref().map(|t| t.value), Some(TimeValue::Absolute { .. })));
    for c in timed.into_iter().chain(untimed) {
        let v = c.time.as_ref().map(|t| t.value);
        let slot = groups.iter_mut().find(|(times, _)| v.is_none_or(|v| times.iter().all(|t| t.compatible(&v))));
        match slot {
            Some((times, claims)) => {
                times.extend(v);
                claims.push(c);
            }
            None => groups.push((v.into_iter().collect(), vec![c])),
        }
    }
    // Back in source and text order, so that a source's first claim in the
    // text, timed or not, stands for it.
    groups
        .into_iter()
        .map(|(_, mut c)| {
            c.sort_by_cached_key(|c| id_order(&c.id));
            c
        })
        .collect()
}

/// How many sources the claims come from.
fn source_count(claims: &[&Claim]) -> usize {
    let mut sources: Vec<&str> = claims.iter().map(|c| c.source.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    sources.len()
}

fn sources_of(claims: &[&Claim]) -> Vec<String> {
    let mut sources: Vec<&str> = claims.iter().map(|c| c.source.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    sources.into_iter().map(str::to_string).collect()
}

/// Claim ids in source order, then text order ("001#2" before "001#10").
fn ids_of(claims: &[&Claim]) -> Vec<String> {
    let mut ids: Vec<(_, &str)> = claims.iter().map(|c| (id_order(&c.id), c.id.as_str())).collect();
    ids.sort_unstable();
    ids.dedup_by(|a, b| a.1 == b.1);
    ids.into_iter().map(|(_, id)| id.to_string()).collect()
}

/// The sort key of a claim id: its source, then its number when it ends in `#n`.
pub(crate) fn id_order(id: &str) -> (&str, u64, &str) {
    match id.rsplit_once('#').and_then(|(src, n)| Some((src, n.parse::<u64>().ok()?))) {
        Some((src, n)) => (src, n, ""),
        None => (id, 0, id),
    }
}

/// "acme order chip": the fact in words, from the first claim's surface forms.
fn fact_words(fact: &Fact) -> String {
    let c = fact.claims[0];
    let subject = &c.subject.text;
    match fact.object {
        Some(o) => {
            let shown = match &c.object {
                Some(crate::schema::Object::Entity { entity }) => entity.text.as_str(),
                _ => o,
            };
            format!("{subject} {} {shown}", fact.predicate)
        }
        None => format!("{subject} {}", fact.predicate),
    }
}

/// Who gives a claim's figure, when the text says: a speaker, a role, an
/// anonymous source, an outlet or the organization it speaks for.
fn voice(c: &Claim) -> Option<&str> {
    let a = &c.attribution;
    a.speaker
        .as_deref()
        .or_else(|| a.role.map(role_word))
        .or(a.anonymous.as_deref())
        .or_else(|| a.outlet.as_ref().map(|o| o.key.as_str()))
        .or_else(|| a.affiliation.as_ref().map(|o| o.key.as_str()))
}

fn source_label(c: &Claim) -> String {
    format!("{} ({})", c.source, c.lang)
}

fn finding(fact: &Fact, verdict: Verdict, kind: FindingKind, claims: &[&Claim], explanation: String) -> Finding {
    Finding {
        verdict,
        kind,
        subject: fact.subject.to_string(),
        predicate: Some(fact.predicate),
        object: fact.object.map(str::to_string),
        sources: sources_of(claims),
        claims: ids_of(claims),
        consensus: None,
        outliers: Vec::new(),
        pairs: Vec::new(),
        explanation,
    }
}

fn judge(fact: &Fact, relations: &[Relation], settings: &Settings, out: &mut Vec<Finding>) {
    let words = fact_words(fact);
    let sources = source_count(&fact.claims);
    let affirmed: Vec<&Claim> = fact.claims.iter().copied().filter(|c| c.polarity == Polarity::Affirmed).collect();
    let denied: Vec<&Claim> = fact.claims.iter().copied().filter(|c| c.polarity == Polarity::Denied).collect();
    let mut judged = false;

    // Assertion against denial.
    if !affirmed.is_empty() && !denied.is_empty() {
        let by = |list: &[&Claim]| {
            let mut labels: Vec<String> =
                list.iter().map(|c| source_label(c)).collect::<BTreeSet<_>>().into_iter().collect();
            labels.dedup();
            labels.join(", ")
        };
        let mut in_order = denied.clone();
        in_order.sort_by(|a, b| (&a.source, &a.id).cmp(&(&b.source, &b.id)));
        let who = in_order
            .iter()
            .find_map(|c| {
                let a = &c.attribution;
                a.speaker.as_ref().map(|s| {
                    let role = a.role.map(|r| format!(", {}", role_word(r))).unwrap_or_default();
                    let aff = a.affiliation.as_ref().map(|e| format!(" of {}", e.text)).unwrap_or_default();
                    format!("{s}{role}{aff}")
                })
            })
            .unwrap_or_else(|| "the source".to_string());
        let evidence: Vec<String> = denied
            .iter()
            .map(|c| format!("{} \"{}\"", source_label(c), clip(&c.evidence.text, 90)))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        out.push(finding(
            fact,
            Verdict::Contradict,
            FindingKind::Polarity,
            &fact.claims,
            format!(
                "\"{words}\" is asserted in {} and denied by {who} in {}: {}.",
                by(&affirmed),
                by(&denied),
                evidence.join("; ")
            ),
        ));
        judged = true;
    }

    // Quantities, per unit class, affirmed claims only.
    let mut by_class: BTreeMap<UnitClass, Vec<&Claim>> = BTreeMap::new();
    for c in &affirmed {
        // A figure a revision replaced is no current value.
        if let Some(q) = c.quantity.as_ref().filter(|_| !c.superseded) {
            by_class.entry(settings.unit_class(&q.unit)).or_default().push(c);
        }
    }
    for (_, claims) in by_class {
        // One value per source: its first claim in text order; per voice
        // when a source gives the figures of several ("15,000 according to
        // the police, 60,000 according to the organizers"), so that they
        // are compared with each other and with the other sources.
        let mut voices: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for c in &claims {
            if let Some(v) = voice(c) {
                voices.entry(&c.source).or_default().insert(v);
            }
        }
        let mut per_source: BTreeMap<(&str, Option<&str>), &Claim> = BTreeMap::new();
        for c in &claims {
            let split = voices.get(c.source.as_str()).is_some_and(|v| v.len() >= 2);
            let v = if split { voice(c) } else { None };
            // An unattributed figure in a source of several voices (a title's)
            // is none of theirs.
            if split && v.is_none() {
                continue;
            }
            per_source.entry((&c.source, v)).or_insert(c);
        }
        let reps: Vec<&Claim> = per_source.values().copied().collect();
        // A saturated figure is too large to compare: it may stand out
        // against a figure that is not, never agree with another.
        if reps.len() < 2 || reps.iter().filter(|c| !saturated(c)).count() == 0 {
            continue;
        }
        out.push(judge_quantities(fact, &words, &reps, &claims, settings));
        judged = true;
    }

    // Times, when no quantity was compared.
    if !judged {
        let timed: Vec<&Claim> = affirmed.iter().copied().filter(|c| c.time.is_some()).collect();
        if source_count(&timed) >= 2 {
            let values: BTreeSet<String> =
                timed.iter().filter_map(|c| c.time.as_ref()).map(|t| t.value.to_string()).collect();
            let verdict = if values.len() == 1 { Verdict::Agree } else { Verdict::Compatible };
            let said: Vec<String> =
                per_source_text(&timed, |c| c.time.as_ref().map(|t| t.text.clone()).unwrap_or_default());
            let how = if verdict == Verdict::Agree {
                format!("agree on {}", values.iter().next().map(String::as_str).unwrap_or(""))
            } else {
                format!("give times that can be the same ({})", values.into_iter().collect::<Vec<_>>().join(", "))
            };
            out.push(finding(
                fact,
                verdict,
                FindingKind::Time,
                &timed,
                format!("For \"{words}\", {} {how}.", said.join(", ")),
            ));
            judged = true;
        }
    }

    // Presence: several sources report the fact with nothing to compare.
    if !judged && sources >= 2 {
        let said: Vec<String> = per_source_text(&fact.claims, |c| clip(&c.evidence.text, 60));
        out.push(finding(
            fact,
            Verdict::Agree,
            FindingKind::Presence,
            &fact.claims,
            format!("{sources} sources report \"{words}\": {}.", said.join("; ")),
        ));
        judged = true;
    }

    if !judged && sources == 1 {
        let c = fact.claims[0];
        let kind = if c.quantity.is_some() {
            FindingKind::Quantity
        } else if c.time.is_some() {
            FindingKind::Time
        } else {
            FindingKind::Presence
        };
        let value = c
            .quantity
            .as_ref()
            .map(|q| format!(" \"{}\" ({})", Clipped(&q.text), show_interval(&q.interval, &q.unit)))
            .unwrap_or_default();
        let when = c.time.as_ref().map(|t| format!(" \"{}\"", t.text)).unwrap_or_default();
        let mut f = finding(
            fact,
            Verdict::SingleSource,
            kind,
            &fact.claims,
            format!("Only {} reports \"{words}\"{value}{when}.", source_label(c)),
        );
        if let Some(q) = c.quantity.as_ref().filter(|q| !q.saturated) {
            f.consensus = Some(q.interval);
        }
        out.push(f);
    }

    attributes(fact, &words, relations, out);
}

/// A speaker quoted in several sources with different affiliations:
/// compatible when a relation links them, a contradiction otherwise.
fn attributes(fact: &Fact, words: &str, relations: &[Relation], out: &mut Vec<Finding>) {
    let mut by_speaker: BTreeMap<String, Vec<&Claim>> = BTreeMap::new();
    for c in &fact.claims {
        if let (Some(s), Some(_)) = (&c.attribution.speaker, &c.attribution.affiliation) {
            by_speaker.entry(crate::text::fold(s)).or_default().push(c);
        }
    }
    for (_, claims) in by_speaker {
        let affs: BTreeSet<&str> =
            claims.iter().filter_map(|c| c.attribution.affiliation.as_ref()).map(|e| e.key.as_str()).collect();
        if affs.len() < 2 || sources_of(&claims).len() < 2 {
            continue;
        }
        let affs: Vec<&str> = affs.into_iter().collect();
        let linked = affs.iter().all(|a| affs.iter().all(|b| a == b || related(a, b, relations)));
        let speaker = claims[0].attribution.speaker.clone().unwrap_or_default();
        let said = per_source_text(&claims, |c| {
            c.attribution.affiliation.as_ref().map(|e| e.text.clone()).unwrap_or_default()
        });
        let (verdict, why) = if linked {
            let rel = relations
                .iter()
                .find(|r| affs.contains(&r.from.key.as_str()) && affs.contains(&r.to.key.as_str()))
                .map(|r| {
                    let src = r
                        .source
                        .as_deref()
                        .map(|s| format!(", as {s} states"))
                        .unwrap_or_else(|| " (knowledge base)".to_string());
                    format!("{} owns {}{src}", r.from.text, r.to.text)
                })
                .unwrap_or_default();
            (Verdict::Compatible, format!("the two are related: {rel}"))
        } else {
            (Verdict::Contradict, "nothing in the texts or the knowledge base relates them".to_string())
        };
        out.push(finding(
            fact,
            verdict,
            FindingKind::Attribute,
            &claims,
            format!("On \"{words}\", {speaker} speaks for different organizations: {}; {why}.", said.join(", ")),
        ));
    }
}

fn related(a: &str, b: &str, relations: &[Relation]) -> bool {
    relations.iter().any(|r| {
        matches!(r.kind, RelationKind::Owns | RelationKind::PartOf | RelationKind::Alias)
            && ((r.from.key == a && r.to.key == b) || (r.from.key == b && r.to.key == a))
    })
}

/// "000 (pt) \"100 mil\", 001 (pt) \"mais de 100 mil\"": one entry per source.
fn per_source_text(claims: &[&Claim], f: impl Fn(&Claim) -> String) -> Vec<String> {
    let mut seen = BTreeMap::new();
    for c in claims {
        seen.entry(c.source.clone()).or_insert_with(|| format!("{} \"{}\"", source_label(c), f(c)));
    }
    seen.into_values().collect()
}

/// The most sources of one fact whose figures are all compared pairwise.
pub(crate) const MAX_PAIRED_SOURCES: usize = 64;

fn judge_quantities(fact: &Fact, words: &str, reps: &[&Claim], all: &[&Claim], settings: &Settings) -> Finding {
    // Each source's quantity, normalized once.
    // Keyed by address: every claim asked about is one of `reps`.
    let normalized: FxHashMap<*const Claim, Cow<Quantity>> = reps
        .iter()
        .map(|&c| {
            (
                c as *const Claim,
                settings.normalized(c.quantity.as_ref().expect("only claims with quantities are compared")),
            )
        })
        .collect();
    let q = |c: &Claim| -> &Quantity { &normalized[&(c as *const Claim)] };
    // Consensus: the interval most sources give; ties to the one given
    // first in source order. A saturated value is never the consensus (the
    // caller leaves at least one that is not).
    let mut support: Vec<(Interval, Vec<&Claim>)> = Vec::new();
    for c in reps.iter().filter(|c| !saturated(c)) {
        let iv = q(c).interval;
        match support.iter_mut().find(|(s, _)| *s == iv) {
            Some((_, list)) => list.push(c),
            None => support.push((iv, vec![c])),
        }
    }
    let best = support.iter().map(|(_, l)| l.len()).max().unwrap_or(0);
    let (consensus, backers) =
        support.iter().find(|(_, l)| l.len() == best).cloned().unwrap_or((q(reps[0]).interval, vec![reps[0]]));
    let consensus_claim = backers[0];
    // Every pair of sources; past MAX_PAIRED_SOURCES, each source against
    // the consensus only, so that a fact told by thousands of sources
    // costs linear time, not quadratic.
    let mut pairs = Vec::new();
    let names: Vec<Arc<str>> = reps.iter().map(|c| Arc::from(c.source.as_str())).collect();
    if reps.len() <= MAX_PAIRED_SOURCES {
        for (i, a) in reps.iter().enumerate() {
            for (j, b) in reps.iter().enumerate().skip(i + 1) {
                let verdict = relate(q(a), q(b), settings.tolerance);
                pairs.push(PairVerdict { a: names[i].clone(), b: names[j].clone(), verdict });
            }
        }
    } else {
        let k = reps.iter().position(|c| std::ptr::eq(*c, consensus_claim)).unwrap_or(0);
        for (j, c) in reps.iter().enumerate().filter(|(_, c)| c.id != consensus_claim.id) {
            let verdict = relate(q(c), q(consensus_claim), settings.tolerance);
            pairs.push(PairVerdict { a: names[k].clone(), b: names[j].clone(), verdict });
        }
    }
    // Outliers are the sources in tension or contradiction with the consensus;
    // a value compatible with it (42 inside "at least 42") is not one.
    let outliers: Vec<&Claim> = reps
        .iter()
        .copied()
        .filter(|c| {
            matches!(relate(q(c), q(consensus_claim), settings.tolerance), Verdict::Tension | Verdict::Contradict)
        })
        .collect();
    let verdict = pairs.iter().map(|p| p.verdict).min().unwrap_or(Verdict::Agree);
    let unit = &q(consensus_claim).unit;
    // A source that gives several voices' figures names the voice of each.
    let mut seen = BTreeSet::new();
    let split: BTreeSet<&str> =
        reps.iter().filter(|c| !seen.insert(c.source.as_str())).map(|c| c.source.as_str()).collect();
    // "000 (pt)", or "000 (pt, police)" in a source of several voices.
    let label = |out: &mut String, c: &Claim| {
        let _ = match voice(c).filter(|_| split.contains(c.source.as_str())) {
            Some(v) => write!(out, "{} ({}, {v})", c.source, c.lang),
            None => write!(out, "{} ({})", c.source, c.lang),
        };
    };
    let list = |out: &mut String, cs: &[&Claim]| {
        for (k, c) in cs.iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            label(out, c);
            let _ = write!(out, " \"{}\"", Clipped(&q(c).text));
        }
    };
    // Every source that does not give the consensus itself is described.
    let others: Vec<&Claim> = reps.iter().copied().filter(|c| q(c).interval != consensus).collect();
    let mut explanation = String::with_capacity(128 + 96 * reps.len());
    let _ = write!(explanation, "For \"{words}\", ");
    list(&mut explanation, &backers);
    if others.is_empty() {
        let _ = write!(explanation, " all give {}.", ShowInterval(&consensus, unit));
    } else {
        let _ = write!(explanation, " give {}, while ", ShowInterval(&consensus, unit));
        for (k, c) in others.iter().enumerate() {
            if k > 0 {
                explanation.push_str("; ");
            }
            let oq = q(c);
            let rel = relate(oq, q(consensus_claim), settings.tolerance);
            let how = match rel {
                Verdict::Agree => "the same",
                Verdict::Compatible => "an overlapping value",
                Verdict::Tension if touches(&oq.interval, &consensus) => {
                    "a value that only touches it at its boundary, within the rounding of the written forms"
                }
                Verdict::Tension => "a value just outside it, within the rounding of the written forms",
                Verdict::Contradict if inverted(oq.qualifier, q(consensus_claim).qualifier) => "the opposite bound",
                Verdict::Contradict => "a value outside it beyond rounding",
                Verdict::SingleSource => "",
            };
            label(&mut explanation, c);
            let _ = write!(
                explanation,
                " \"{}\" gives {} ({how})",
                Clipped(&oq.text),
                ShowInterval(&oq.interval, &oq.unit)
            );
        }
        let verdict_word = match verdict {
            Verdict::Contradict => "a contradiction",
            Verdict::Tension => "a tension, not a contradiction",
            Verdict::Compatible => "compatible",
            Verdict::Agree => "agreement",
            Verdict::SingleSource => "one source",
        };
        let _ = write!(explanation, ": {verdict_word}.");
    }
    let mut f = finding(fact, verdict, FindingKind::Quantity, all, explanation);
    f.consensus = Some(consensus);
    f.outliers = outliers.iter().map(|c| c.source.clone()).collect::<BTreeSet<_>>().into_iter().collect();
    f.pairs = pairs;
    f
}

/// Whether a claim's figure was too large to read (see [`Quantity::saturated`]).
fn saturated(c: &Claim) -> bool {
    c.quantity.as_ref().is_some_and(|q| q.saturated)
}

fn touches(a: &Interval, b: &Interval) -> bool {
    interval::gap(a, b) == Some(0.0)
}

fn inverted(a: Qualifier, b: Qualifier) -> bool {
    interval::inverted(a, b)
}

/// A derived note: received (or delivered) well under what was ordered.
fn derived(facts: &[Fact], out: &mut Vec<Finding>) {
    let consensus = |f: &Fact| -> Option<Interval> {
        let qs: Vec<Interval> = f
            .claims
            .iter()
            .filter(|c| c.polarity == Polarity::Affirmed)
            .filter_map(|c| c.quantity.as_ref())
            .filter(|q| matches!(q.unit, Unit::Count { .. }) && !q.saturated)
            .map(|q| q.interval)
            .collect();
        // The interval most claims give; the first of them on a tie.
        let bits =
            |iv: &Interval| (iv.low.map(f64::to_bits), iv.high.map(f64::to_bits), iv.low_inclusive, iv.high_inclusive);
        let mut counts: BTreeMap<_, (usize, usize)> = BTreeMap::new();
        for (i, iv) in qs.iter().enumerate() {
            counts.entry(bits(iv)).or_insert((0, i)).0 += 1;
        }
        counts.values().max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1))).map(|&(_, i)| qs[i])
    };
    // Received facts by subject and object, so each order meets only its own.
    let mut received_of: BTreeMap<(&str, Option<&str>), Vec<&Fact>> = BTreeMap::new();
    for f in facts.iter().filter(|f| f.predicate == Predicate::Receive) {
        received_of.entry((f.subject, f.object)).or_default().push(f);
    }
    for ordered in facts.iter().filter(|f| f.predicate == Predicate::Order) {
        for &received in received_of.get(&(ordered.subject, ordered.object)).into_iter().flatten() {
            let (Some(o), Some(r)) = (consensus(ordered), consensus(received)) else { continue };
            let (Some(olow), Some(rhigh)) = (o.low, r.high) else { continue };
            if olow <= 0.0 || rhigh >= olow {
                continue;
            }
            let share = rhigh / olow * 100.0;
            let mut claims: Vec<&Claim> = ordered.claims.clone();
            claims.extend(received.claims.iter().copied());
            let words = fact_words(received);
            let mut f = finding(
                received,
                Verdict::Compatible,
                FindingKind::Derived,
                &claims,
                format!(
                    "Ordered and received are two facts: \"{words}\" ({}) is at most {share:.0}% of what was ordered ({}), a shortfall rather than a contradiction.",
                    show_interval(&r, &Unit::Count { concept: None }),
                    show_interval(&o, &Unit::Count { concept: None }),
                ),
            );
            f.predicate = Some(Predicate::Receive);
            out.push(f);
        }
    }
}

fn role_word(r: crate::schema::Role) -> &'static str {
    match r {
        crate::schema::Role::Spokesperson => "spokesperson",
        crate::schema::Role::Executive => "executive",
        crate::schema::Role::Official => "official",
        crate::schema::Role::Police => "police",
        crate::schema::Role::Analyst => "analyst",
        crate::schema::Role::Organizer => "organizer",
    }
}

/// Text up to `n` chars, with an ellipsis when cut.
pub(crate) fn clip(s: &str, n: usize) -> String {
    let s = s.trim();
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// A readable interval: "more than 100,000", "fewer than 30,000", "exactly 10", "between 5 and 7".
pub(crate) fn show_interval(iv: &Interval, unit: &Unit) -> String {
    ShowInterval(iv, unit).to_string()
}

/// An interval in words ("more than 100,000 chip"), written without
/// intermediate strings.
struct ShowInterval<'a>(&'a Interval, &'a Unit);

impl fmt::Display for ShowInterval<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (iv, unit) = (self.0, self.1);
        let n = |v: f64| ShowNumber(v, unit);
        // Saturated figures are read as SATURATION: that value is no figure
        // any text gave.
        if iv.low.or(iv.high).is_some_and(|v| v.abs() >= SATURATION) {
            return f.write_str("a number too large to compare (1e300 or more)");
        }
        match (iv.low, iv.high) {
            (Some(a), Some(b)) if a == b => write!(f, "exactly {}", n(a)),
            (Some(a), None) if iv.low_inclusive => write!(f, "at least {}", n(a)),
            (Some(a), None) => write!(f, "more than {}", n(a)),
            (low, Some(b)) if low.is_none_or(|l| l == 0.0) && iv.high_inclusive => write!(f, "at most {}", n(b)),
            (low, Some(b)) if low.is_none_or(|l| l == 0.0) => write!(f, "fewer than {}", n(b)),
            (Some(a), Some(b)) => write!(f, "between {} and {}", n(a), n(b)),
            (None, Some(b)) => write!(f, "at most {}", n(b)),
            (None, None) => f.write_str("any value"),
        }
    }
}

/// A quoted text in an explanation, cut after [`QUOTE_CHARS`] chars with
/// an ellipsis: a 300-digit figure is not repeated whole.
struct Clipped<'a>(&'a str);

/// The most chars of a figure's written form an explanation quotes.
const QUOTE_CHARS: usize = 60;

impl fmt::Display for Clipped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(QUOTE_CHARS) {
            Some((i, _)) => write!(f, "{}…", &self.0[..i]),
            None => f.write_str(self.0),
        }
    }
}

/// A number with thousands separators, and the unit.
struct ShowNumber<'a>(f64, &'a Unit);

impl fmt::Display for ShowNumber<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (v, unit) = (self.0, self.1);
        match unit {
            Unit::Money { currency } => write!(f, "{currency} ")?,
            Unit::Percent | Unit::Count { .. } => {}
        }
        if v.fract() == 0.0 && v.abs() < 1e15 {
            // At most 15 digits and 4 separators.
            let mut buf = [0u8; 24];
            let mut at = buf.len();
            let mut n = v.abs() as u64;
            let mut k = 0;
            loop {
                if k > 0 && k % 3 == 0 {
                    at -= 1;
                    buf[at] = b',';
                }
                at -= 1;
                buf[at] = b'0' + (n % 10) as u8;
                n /= 10;
                k += 1;
                if n == 0 {
                    break;
                }
            }
            if v < 0.0 {
                f.write_str("-")?;
            }
            f.write_str(std::str::from_utf8(&buf[at..]).map_err(|_| fmt::Error)?)?;
        } else if v.abs() >= 1e15 {
            // "2.5e18", never a run of a dozen digits and more.
            write!(f, "{v:e}")?;
        } else {
            write!(f, "{v}")?;
        }
        match unit {
            Unit::Percent => f.write_str("%"),
            Unit::Count { concept: Some(c) } => write!(f, " {c}"),
            Unit::Money { .. } | Unit::Count { concept: None } => Ok(()),
        }
    }
}

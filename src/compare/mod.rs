//! The comparator: claims grouped into facts, and verdicts on each fact.
//!
//! A fact is a subject, a predicate family, an object and a time. Claims
//! join a fact when their subject keys are equal (after the caller's
//! aliases), their predicates are of one family, their object keys are
//! equal, and their times can be equal; different explicit times make a
//! timeline of separate facts. Different predicates are never compared.

mod consensus;
mod evolving;
mod interval;
mod objects;
mod variants;
mod voices;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;
use std::fmt::{self, Write as _};
use std::sync::Arc;

pub use interval::relate;
pub(crate) use variants::{Variant, name_variants};

use crate::extract::numbers::SATURATION;
use crate::schema::{
    Claim, Currency, Finding, FindingKind, Interval, PairVerdict, PartialDate, Polarity, Predicate, Qualifier,
    Quantity, Reasons, Relation, RelationKind, Side, SourceSide, TimeValue, Unit, Verdict,
};

/// Settings of the comparator.
#[derive(Clone, Debug)]
pub(crate) struct Settings {
    /// Multiplier on the rounding of written forms within which a gap is a tension.
    pub tolerance: f64,
    /// The value of one unit of each currency in a common base, as the caller gives it.
    pub rates: BTreeMap<Currency, f64>,
    /// The publication date of each source, when known: it dates the
    /// figures of running totals that give no date of their own.
    pub published: FxHashMap<String, PartialDate>,
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
    /// The claims that name no object and joined this fact's object by
    /// generalization (see [`objects::resolve`]).
    joined: Vec<&'c Claim>,
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
    let resolved = objects::resolve(claims);
    // Hashed, then the distinct keys sorted once: a tree would compare
    // strings for every claim.
    let mut by_key: FxHashMap<(&str, Predicate, Option<&str>), Vec<&Claim>> = FxHashMap::default();
    for (c, r) in claims.iter().zip(&resolved) {
        by_key.entry((&c.subject.key, c.predicate.family(), r.object)).or_default().push(c);
    }
    let joined: rustc_hash::FxHashSet<*const Claim> =
        claims.iter().zip(&resolved).filter(|(_, r)| r.joined).map(|(c, _)| c as *const Claim).collect();
    let is_joined = |c: &Claim| joined.contains(&(c as *const Claim));
    let mut by_key: Vec<_> = by_key.into_iter().collect();
    by_key.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // Facts with an object first. A time group made only of claims that
    // joined by generalization shares no time with a claim that names the
    // object: its claims go back to the facts with no object.
    let (without, with): (Vec<_>, Vec<_>) = by_key.into_iter().partition(|(k, _)| k.2.is_none());
    let mut facts = Vec::new();
    let mut orphans: BTreeMap<(&str, Predicate), Vec<&Claim>> = BTreeMap::new();
    for ((subject, predicate, object), list) in with {
        for claims in timeline(list, predicate) {
            if claims.iter().all(|c| is_joined(c)) {
                orphans.entry((subject, predicate)).or_default().extend(claims);
                continue;
            }
            let joined = claims.iter().copied().filter(|c| is_joined(c)).collect();
            facts.push(Fact { subject, predicate, object, claims, joined });
        }
    }
    let mut without: BTreeMap<(&str, Predicate), Vec<&Claim>> =
        without.into_iter().map(|((s, p, _), list)| ((s, p), list)).collect();
    for (k, list) in orphans {
        without.entry(k).or_default().extend(list);
    }
    for ((subject, predicate), list) in without {
        for claims in timeline(list, predicate) {
            facts.push(Fact { subject, predicate, object: None, claims, joined: Vec::new() });
        }
    }
    facts
}

/// Splits claims of one fact by time: claims whose absolute times cannot
/// be equal belong to different facts (of a running total, days of one
/// month are one fact). A claim with no time, or a relative
/// one, joins the latest time that fits.
fn timeline(list: Vec<&Claim>, predicate: Predicate) -> Vec<Vec<&Claim>> {
    // Each group keeps its distinct times only, so a fact said many times
    // costs one comparison per distinct time, not per claim.
    let mut groups: Vec<(BTreeSet<TimeValue>, Vec<&Claim>)> = Vec::new();
    // A running total told on several days of one month is one fact, its
    // figures a timeline (see `evolving`); another month or year is another.
    let running = evolving::running_total(predicate);
    let time_of = |c: &Claim| {
        c.time.as_ref().map(|t| match t.value {
            TimeValue::Absolute { date } if running => TimeValue::Absolute { date: PartialDate { day: None, ..date } },
            v => v,
        })
    };
    let (mut timed, mut untimed): (Vec<&Claim>, Vec<&Claim>) =
        list.into_iter().partition(|c| matches!(c.time.as_ref().map(|t| t.value), Some(TimeValue::Absolute { .. })));
    // In the order of their times, latest first, never of their sources:
    // which claims share a fact must not depend on what the documents are
    // called. A claim with no time joins the latest time that fits: a
    // figure given without a time is given as current.
    timed.sort_by_key(|c| std::cmp::Reverse(time_of(c)));
    untimed.sort_by_key(|c| time_of(c));
    for c in timed.into_iter().chain(untimed) {
        let v = time_of(c);
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

fn finding(fact: &Fact, verdict: Verdict, kind: FindingKind, claims: &[&Claim], mut explanation: String) -> Finding {
    let joined: Vec<&Claim> =
        fact.joined.iter().copied().filter(|j| claims.iter().any(|c| std::ptr::eq(*c, *j))).collect();
    let joined = ids_of(&joined);
    if let (Some(object), false) = (fact.object, joined.is_empty()) {
        let _ = write!(
            explanation,
            " Joined by generalization: {} {} no object and {} \"{object}\", the one object named for \"{} {}\".",
            joined.join(", "),
            if joined.len() == 1 { "names" } else { "name" },
            if joined.len() == 1 { "joins" } else { "join" },
            fact.subject,
            fact.predicate,
        );
    }
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
        sides: Vec::new(),
        reasons: Reasons { joined, ..Reasons::default() },
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
        out.push(judge_polarity(fact, &words, &affirmed, &denied));
        judged = true;
    }

    // Quantities, per unit class, affirmed claims only.
    let mut by_class: BTreeMap<UnitClass, Vec<&Claim>> = BTreeMap::new();
    for c in &affirmed {
        if let Some(q) = &c.quantity {
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
        if voices::applies(&reps) {
            out.push(voices::judge(fact, &words, &reps, &claims, settings));
        } else {
            out.push(judge_quantities(fact, &words, &reps, &claims, settings));
        }
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

/// Who denies, in words, one entry per speaker (or role when unnamed):
/// "Jane Roe, spokesperson of Acme / AcmeSoft", "a spokesperson of Acme".
/// Empty when every denial is the source's own.
fn deniers(denied: &[&Claim]) -> Vec<String> {
    let mut by: BTreeMap<String, (Option<&str>, BTreeSet<&str>)> = BTreeMap::new();
    for c in denied {
        let a = &c.attribution;
        let role = a.role.map(role_word);
        let aff = a.affiliation.as_ref().map(|e| e.text.as_str());
        let who = match (a.speaker.as_deref(), role, aff) {
            (Some(s), _, _) => s.to_string(),
            (None, Some(r), _) => format!("a {r}"),
            (None, None, Some(f)) => f.to_string(),
            (None, None, None) => continue,
        };
        let e = by.entry(who).or_default();
        if a.speaker.is_some() {
            e.0 = e.0.or(role);
        }
        if a.speaker.is_some() || role.is_some() {
            e.1.extend(aff);
        }
    }
    by.into_iter()
        .map(|(who, (role, affs))| {
            let role = role.map(|r| format!(", {r}")).unwrap_or_default();
            let affs = affs.into_iter().collect::<Vec<_>>().join(" / ");
            let of = if affs.is_empty() { String::new() } else { format!(" of {affs}") };
            format!("{who}{role}{of}")
        })
        .collect()
}

/// An assertion against a denial. When someone the text quotes denies it
/// (its subject, a spokesperson), the fact is disputed: each source's side
/// is told, and the sources that state the claim without the denial are
/// the outliers. A denial in a source's own voice contradicts the sources
/// that assert it.
fn judge_polarity(fact: &Fact, words: &str, affirmed: &[&Claim], denied: &[&Claim]) -> Finding {
    let by = |list: &[&Claim]| {
        let labels: BTreeSet<String> = list.iter().map(|c| source_label(c)).collect();
        labels.into_iter().collect::<Vec<_>>().join(", ")
    };
    let deniers = deniers(denied);
    let evidence: Vec<String> = denied
        .iter()
        .map(|c| format!("{} \"{}\"", source_label(c), clip(&c.evidence.text, 90)))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let all: Vec<&Claim> = affirmed.iter().chain(denied).copied().collect();
    if deniers.is_empty() {
        return finding(
            fact,
            Verdict::Contradict,
            FindingKind::Polarity,
            &all,
            format!(
                "\"{words}\" is asserted in {} and denied in {}: {}.",
                by(affirmed),
                by(denied),
                evidence.join("; ")
            ),
        );
    }
    let asserting: BTreeSet<&str> = affirmed.iter().map(|c| c.source.as_str()).collect();
    let denying: BTreeSet<&str> = denied.iter().map(|c| c.source.as_str()).collect();
    let sides: Vec<SourceSide> = asserting
        .union(&denying)
        .map(|&s| SourceSide {
            source: s.to_string(),
            reports: match (asserting.contains(s), denying.contains(s)) {
                (true, true) => Side::Both,
                (true, false) => Side::Assertion,
                _ => Side::Denial,
            },
        })
        .collect();
    let of = |side: Side| -> Vec<&Claim> {
        let sources: BTreeSet<&str> = sides.iter().filter(|s| s.reports == side).map(|s| s.source.as_str()).collect();
        all.iter().copied().filter(|c| sources.contains(c.source.as_str())).collect()
    };
    let (both, only_asserted, only_denied) = (of(Side::Both), of(Side::Assertion), of(Side::Denial));
    let mut e = format!(
        "\"{words}\" is disputed: asserted in {} and denied by {} in {}: {}.",
        by(affirmed),
        deniers.join("; "),
        by(denied),
        evidence.join("; ")
    );
    // "reports" for one source, "report" for several.
    let verb = |list: &[&Claim], one: &str, many: &str| {
        if source_count(list) == 1 { one.to_string() } else { many.to_string() }
    };
    if !both.is_empty() {
        let _ = write!(e, " {} {} both sides.", by(&both), verb(&both, "reports", "report"));
    }
    if !only_denied.is_empty() {
        let _ = write!(e, " {} {} only the denial.", by(&only_denied), verb(&only_denied, "reports", "report"));
    }
    if !only_asserted.is_empty() {
        let _ = write!(e, " {} {} it without the denial.", by(&only_asserted), verb(&only_asserted, "states", "state"));
    }
    let mut f = finding(fact, Verdict::Contradict, FindingKind::Dispute, &all, e);
    f.outliers = sides.iter().filter(|s| s.reports == Side::Assertion).map(|s| s.source.clone()).collect();
    f.sides = sides;
    f
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
        let speaker = claims.iter().filter_map(|c| c.attribution.speaker.clone()).min().unwrap_or_default();
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
    // Consensus: the interval a strict majority of the sources that give a
    // comparable value give; none otherwise. A saturated value is never the
    // consensus, nor counted among those that give one (the caller leaves
    // at least one that is not saturated).
    // A running total told on several days: the latest day's figures are
    // current, and the consensus is theirs, but for a figure below what an
    // earlier day already gave (a superseded figure given as current).
    // Only figures that disagree need their days.
    let all_values: Vec<Interval> = reps.iter().filter(|c| !saturated(c)).map(|c| q(c).interval).collect();
    let one_value = consensus::majority(&all_values).is_some_and(|m| m.members.len() == all_values.len());
    let published = |s: &str| settings.published.get(s).copied();
    let tl = (!one_value)
        .then(|| {
            let qs: Vec<&Quantity> = reps.iter().map(|c| q(c)).collect();
            evolving::Timeline::of(fact.predicate, reps, &qs, settings.tolerance, &published)
        })
        .flatten();
    let index: FxHashMap<*const Claim, usize> = match &tl {
        Some(_) => reps.iter().enumerate().map(|(i, c)| (*c as *const Claim, i)).collect(),
        None => FxHashMap::default(),
    };
    let at = |c: &Claim| index.get(&(c as *const Claim)).copied();
    let date_of = |c: &Claim| -> Option<PartialDate> { Some(tl.as_ref()?.dates[at(c)?]) };
    let superseded_as_current = |c: &Claim| tl.as_ref().zip(at(c)).is_some_and(|(t, i)| t.superseded[i]);
    let latest = tl.as_ref().map(|t| t.latest);
    let comparable: Vec<&Claim> =
        reps.iter().copied().filter(|c| !saturated(c) && date_of(c) == latest && !superseded_as_current(c)).collect();
    let intervals: Vec<Interval> = comparable.iter().map(|c| q(c).interval).collect();
    let majority: Option<(Interval, Vec<&Claim>)> =
        consensus::majority(&intervals).map(|m| (m.interval, m.members.iter().map(|&k| comparable[k]).collect()));
    // The claim the others are paired with past MAX_PAIRED_SOURCES: the
    // consensus's, else the lowest value (an order of values, not of ids).
    let anchor = match &majority {
        Some((_, backers)) => backers[0],
        None => lowest(&comparable, |c| q(c).interval).unwrap_or(reps[0]),
    };
    // The consensus as a quantity, to relate the other figures to.
    let agreed: Option<Quantity> = majority.as_ref().map(|(iv, _)| {
        let mut a = q(anchor).clone();
        a.interval = *iv;
        a
    });
    // Two figures of one day relate as figures; of two days, as a running
    // total that moves on (see [`evolving::relate_in_time`]).
    let in_time = |a: &Claim, b: &Claim| -> Verdict {
        match (date_of(a), date_of(b)) {
            (Some(da), Some(db)) if da < db => evolving::relate_in_time(q(a), q(b), settings.tolerance),
            (Some(da), Some(db)) if db < da => evolving::relate_in_time(q(b), q(a), settings.tolerance),
            _ => relate(q(a), q(b), settings.tolerance),
        }
    };
    // Every pair of sources; past MAX_PAIRED_SOURCES, each source against
    // the anchor only, so that a fact told by thousands of sources
    // costs linear time, not quadratic.
    let mut pairs = Vec::new();
    let names: Vec<Arc<str>> = reps.iter().map(|c| Arc::from(c.source.as_str())).collect();
    if reps.len() <= MAX_PAIRED_SOURCES {
        for (i, a) in reps.iter().enumerate() {
            for (j, b) in reps.iter().enumerate().skip(i + 1) {
                let verdict = in_time(a, b);
                pairs.push(PairVerdict { a: names[i].clone(), b: names[j].clone(), verdict });
            }
        }
    } else {
        let k = reps.iter().position(|c| std::ptr::eq(*c, anchor)).unwrap_or(0);
        for (j, c) in reps.iter().enumerate().filter(|(_, c)| !std::ptr::eq(**c, anchor)) {
            let verdict = in_time(c, anchor);
            pairs.push(PairVerdict { a: names[k].clone(), b: names[j].clone(), verdict });
        }
    }
    // Outliers are the sources in tension or contradiction with the
    // consensus; a value compatible with it (42 inside "at least 42") is
    // not one. Without a majority no source is an outlier.
    // Of a running total, an earlier day's figure is superseded, not an
    // outlier; a later one below an earlier one is (a superseded figure
    // given as current).
    let outliers: Vec<&Claim> = reps
        .iter()
        .copied()
        .filter(|c| match &majority {
            _ if superseded_as_current(c) => true,
            Some((_, backers)) => date_of(c) == latest && !backers.iter().any(|b| std::ptr::eq(*b, *c)),
            None => false,
        })
        .collect();
    let verdict = pairs.iter().map(|p| p.verdict).min().unwrap_or(Verdict::Agree);
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
    let verdict_word = match verdict {
        Verdict::Contradict => "a contradiction",
        Verdict::Tension => "a tension, not a contradiction",
        Verdict::Compatible => "compatible",
        Verdict::Agree => "agreement",
        Verdict::SingleSource => "one source",
    };
    let mut explanation = String::with_capacity(128 + 96 * reps.len());
    let _ = write!(explanation, "For \"{words}\", ");
    // Of a running total, the latest day's figures are compared; the
    // earlier ones are told apart (see `timeline_note`).
    let current: Vec<&Claim> = reps.iter().copied().filter(|c| date_of(c) == latest).collect();
    let note = timeline_note(reps, &date_of, latest, &superseded_as_current, |out, c| {
        label(out, c);
        let _ = write!(out, " \"{}\"", Clipped(&q(c).text));
    });
    let Some((consensus, backers)) = majority else {
        // No majority: every source's value, in the order of the values.
        let mut by_value = current.clone();
        by_value.sort_by(|a, b| interval_order(&q(a).interval, &q(b).interval));
        if comparable.is_empty() {
            explanation.push_str("every current figure is below an earlier one: ");
        } else {
            let _ = write!(explanation, "no value has a majority of the {} figures given: ", comparable.len());
        }
        for (k, c) in by_value.iter().enumerate() {
            if k > 0 {
                explanation.push_str("; ");
            }
            label(&mut explanation, c);
            let _ =
                write!(explanation, " \"{}\" gives {}", Clipped(&q(c).text), ShowInterval(&q(c).interval, &q(c).unit));
        }
        let _ = write!(explanation, ": {verdict_word}, with no source to single out.");
        explanation.push_str(&note);
        let mut f = finding(fact, verdict, FindingKind::Quantity, all, explanation);
        f.outliers = outliers.iter().map(|c| c.source.clone()).collect::<BTreeSet<_>>().into_iter().collect();
        f.pairs = pairs;
        return f;
    };
    let unit = &q(anchor).unit;
    // Every source that does not give the consensus itself is described.
    let others: Vec<&Claim> = current.iter().copied().filter(|c| q(c).interval != consensus).collect();
    let exact: Vec<&Claim> = backers.iter().copied().filter(|c| q(c).interval == consensus).collect();
    if others.is_empty() {
        list(&mut explanation, &exact);
        let all_give = if exact.len() == 1 { "gives" } else { "all give" };
        let _ = write!(explanation, " {all_give} {}.", ShowInterval(&consensus, unit));
    } else {
        if exact.is_empty() {
            let _ = write!(
                explanation,
                "{} of the {} figures given allow {}: ",
                backers.len(),
                comparable.len(),
                ShowInterval(&consensus, unit)
            );
        } else {
            list(&mut explanation, &exact);
            let give = if exact.len() == 1 { "gives" } else { "give" };
            let _ = write!(explanation, " {give} {}, while ", ShowInterval(&consensus, unit));
        }
        for (k, c) in others.iter().enumerate() {
            if k > 0 {
                explanation.push_str("; ");
            }
            let oq = q(c);
            let rel = agreed.as_ref().map_or(Verdict::Contradict, |a| relate(oq, a, settings.tolerance));
            let how = match rel {
                Verdict::Agree => "the same",
                Verdict::Compatible => "an overlapping value",
                Verdict::Tension if touches(&oq.interval, &consensus) => {
                    "a value that only touches it at its boundary, within the rounding of the written forms"
                }
                Verdict::Tension => "a value just outside it, within the rounding of the written forms",
                Verdict::Contradict if inverted(oq.qualifier, q(anchor).qualifier) && oq.value == q(anchor).value => {
                    "the opposite bound"
                }
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
        let _ = write!(explanation, ": {verdict_word}.");
    }
    explanation.push_str(&note);
    let mut f = finding(fact, verdict, FindingKind::Quantity, all, explanation);
    f.consensus = Some(consensus);
    f.outliers = outliers.iter().map(|c| c.source.clone()).collect::<BTreeSet<_>>().into_iter().collect();
    f.pairs = pairs;
    f
}

/// The claim of the lowest interval (see [`interval_order`]).
fn lowest<'c>(claims: &[&'c Claim], key: impl Fn(&Claim) -> Interval) -> Option<&'c Claim> {
    claims.iter().copied().min_by(|a, b| interval_order(&key(a), &key(b)))
}

/// An order of intervals by their values alone: low bound, then high bound,
/// an unbounded side first below and last above.
fn interval_order(a: &Interval, b: &Interval) -> std::cmp::Ordering {
    let low = |i: &Interval| (i.low.is_some(), i.low.unwrap_or(0.0), !i.low_inclusive);
    let high = |i: &Interval| (i.high.is_none(), i.high.unwrap_or(0.0), i.high_inclusive);
    let (la, lb) = (low(a), low(b));
    let (ha, hb) = (high(a), high(b));
    la.0.cmp(&lb.0)
        .then(la.1.total_cmp(&lb.1))
        .then(la.2.cmp(&lb.2))
        .then(ha.0.cmp(&hb.0))
        .then(ha.1.total_cmp(&hb.1))
        .then(ha.2.cmp(&hb.2))
}

/// What the timeline of a running total adds to an explanation: which
/// day's figures are current, the earlier figures (superseded, not
/// contradictions), and any later figure below an earlier one (a
/// superseded figure given as current). Empty when the figures are of one
/// time.
fn timeline_note(
    reps: &[&Claim],
    date_of: &dyn Fn(&Claim) -> Option<PartialDate>,
    latest: Option<PartialDate>,
    superseded_as_current: &dyn Fn(&Claim) -> bool,
    said: impl Fn(&mut String, &Claim),
) -> String {
    let Some(latest) = latest else { return String::new() };
    let mut out = format!(
        " A running total, dated by each figure's own day or its article's: the figures of {latest} are current"
    );
    let mut earlier: Vec<&Claim> = reps.iter().copied().filter(|c| date_of(c).is_some_and(|d| d < latest)).collect();
    earlier.sort_by_key(|c| date_of(c));
    if !earlier.is_empty() {
        out.push_str("; earlier figures are superseded, not contradictions: ");
        for (k, c) in earlier.iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            said(&mut out, c);
            if let Some(d) = date_of(c) {
                let _ = write!(out, " on {d}");
            }
        }
    }
    out.push('.');
    let late: Vec<&Claim> = reps.iter().copied().filter(|c| superseded_as_current(c)).collect();
    if !late.is_empty() {
        out.push(' ');
        for (k, c) in late.iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            said(&mut out, c);
        }
        out.push_str(" gives less than an earlier article already gave: a superseded figure given as current.");
    }
    out
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
        // The interval a strict majority of the claims give; none otherwise.
        let bits =
            |iv: &Interval| (iv.low.map(f64::to_bits), iv.high.map(f64::to_bits), iv.low_inclusive, iv.high_inclusive);
        let mut counts: FxHashMap<_, usize> = FxHashMap::default();
        for iv in &qs {
            *counts.entry(bits(iv)).or_default() += 1;
        }
        qs.iter().copied().find(|iv| 2 * counts[&bits(iv)] > qs.len())
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

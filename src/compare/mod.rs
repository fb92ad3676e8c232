//! The comparator: claims grouped into facts, and verdicts on each fact.
//!
//! A fact is a subject, a predicate family, an object and a time. Claims
//! join a fact when their subject keys are equal (after the caller's
//! aliases), or related with figures that agree (a brand's act and its
//! owner's, see `related`), their predicates are of one family, their
//! object keys are equal, and their times can be equal; different explicit
//! times make a timeline of separate facts. Different predicates are never compared, nor
//! a request with what is done.

mod consensus;
mod evolving;
mod interval;
mod objects;
mod related;
mod variants;
mod voices;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;
use std::sync::Arc;

pub use interval::relate;
pub(crate) use variants::name_variants;

use crate::schema::{
    AreaUnit, Claim, Currency, Finding, FindingKind, How, Interval, Modality, PairVerdict, PartialDate, Polarity,
    Predicate, Qualifier, Quantity, Reasons, Relation, RelationKind, Side, SourceSide, TimeValue, Unit, Value,
    ValueRole, Verdict,
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
    /// A quantity in the common base when its currency has a rate, an
    /// area in hectares; as it is otherwise.
    fn normalized<'q>(&self, q: &'q Quantity) -> Cow<'q, Quantity> {
        if let Unit::Area { unit } = q.unit {
            return Cow::Owned(area_in_hectares(q, unit));
        }
        let Unit::Money { currency, per: None } = q.unit else { return Cow::Borrowed(q) };
        let Some(&rate) = self.rates.get(&currency) else { return Cow::Borrowed(q) };
        let base = Unit::Count { concept: Some(crate::schema::Concept("in the base of the given rates".to_string())) };
        Cow::Owned(scaled(q, rate, base))
    }

    /// The comparable class of a quantity: counts with counts, percentages
    /// with percentages, money in one currency, or in any currencies that
    /// all have rates.
    fn unit_class(&self, u: &Unit) -> UnitClass {
        match u {
            Unit::Count { .. } => UnitClass::Count,
            Unit::Money { currency, per: Some(_) } => UnitClass::MoneyPerUnit(*currency),
            Unit::Money { currency, per: None } if self.rates.contains_key(currency) => UnitClass::MoneyAtRates,
            Unit::Money { currency, per: None } => UnitClass::Money(*currency),
            Unit::Percent => UnitClass::Percent,
            Unit::Area { .. } => UnitClass::Area,
        }
    }
}

/// A quantity in another unit, `factor` of it to one of the old: its
/// value, bounds and rounding scaled.
fn scaled(q: &Quantity, factor: f64, unit: Unit) -> Quantity {
    let mut n = q.clone();
    let scale = |v: Option<f64>| v.map(|v| v * factor);
    n.value *= factor;
    n.rounding *= factor;
    n.interval.low = scale(n.interval.low);
    n.interval.high = scale(n.interval.high);
    n.unit = unit;
    n
}

/// An area in hectares. An exact figure is the span its last written
/// digit rounds ("9.596 Hektar" is 9,595.5 to 9,596.5 ha), so that an
/// area written in two units ("23,713 acres", 9,596.4 ha) meets itself.
fn area_in_hectares(q: &Quantity, unit: AreaUnit) -> Quantity {
    let mut n = scaled(q, unit.hectares(), Unit::Area { unit: AreaUnit::Hectare });
    if q.qualifier == Qualifier::Exact && n.rounding > 0.0 {
        let half = n.rounding / 2.0;
        n.interval = Interval {
            low: Some(n.value - half),
            high: Some(n.value + half),
            low_inclusive: true,
            high_inclusive: true,
        };
    }
    n
}

/// Quantities comparable with each other (see [`Settings::unit_class`]).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum UnitClass {
    Count,
    /// Money in one currency that has no rate.
    Money(crate::schema::Currency),
    /// Money in any currency that has a rate.
    MoneyAtRates,
    /// A price for one unit ("$55 a share"), in one currency: never
    /// compared with a whole sum, nor converted.
    MoneyPerUnit(crate::schema::Currency),
    Percent,
    /// Areas, in any unit (compared in hectares).
    Area,
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
    let facts = group(claims, relations, settings);
    for fact in &facts {
        judge(fact, relations, settings, &mut findings);
    }
    derived(&facts, &mut findings);
    for f in &mut findings {
        f.explanation = crate::render::explain(f);
    }
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

fn group<'c>(claims: &'c [Claim], relations: &[Relation], settings: &Settings) -> Vec<Fact<'c>> {
    let published = &settings.published;
    let resolved = objects::resolve(claims);
    // Hashed, then the distinct keys sorted once: a tree would compare
    // strings for every claim.
    let mut by_key: FxHashMap<related::Key, Vec<&Claim>> = FxHashMap::default();
    for (c, r) in claims.iter().zip(&resolved) {
        by_key.entry((&c.subject.key, c.predicate.family(), r.object, is_not_the_act(c))).or_default().push(c);
    }
    related::join(&mut by_key, relations, settings);
    let joined: rustc_hash::FxHashSet<*const Claim> = match resolved.iter().any(|r| r.joined) {
        true => claims.iter().zip(&resolved).filter(|(_, r)| r.joined).map(|(c, _)| c as *const Claim).collect(),
        false => Default::default(),
    };
    let is_joined = |c: &Claim| joined.contains(&(c as *const Claim));
    let mut by_key: Vec<_> = by_key.into_iter().collect();
    by_key.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    // Facts with an object first. A time group made only of claims that
    // joined by generalization shares no time with a claim that names the
    // object: its claims go back to the facts with no object.
    let (without, with): (Vec<_>, Vec<_>) = by_key.into_iter().partition(|(k, _)| k.2.is_none());
    let mut facts = Vec::new();
    let mut orphans: BTreeMap<(&str, Predicate, bool), Vec<&Claim>> = BTreeMap::new();
    for ((subject, predicate, object, apart), list) in with {
        for claims in timeline(list, predicate, published) {
            if claims.iter().all(|c| is_joined(c)) {
                orphans.entry((subject, predicate, apart)).or_default().extend(claims);
                continue;
            }
            let joined = claims.iter().copied().filter(|c| is_joined(c)).collect();
            facts.push(Fact { subject, predicate, object, claims, joined });
        }
    }
    let mut without: BTreeMap<(&str, Predicate, bool), Vec<&Claim>> =
        without.into_iter().map(|((s, p, _, r), list)| ((s, p, r), list)).collect();
    for (k, list) in orphans {
        without.entry(k).or_default().extend(list);
    }
    for ((subject, predicate, _), list) in without {
        for claims in timeline(list, predicate, published) {
            facts.push(Fact { subject, predicate, object: None, claims, joined: Vec::new() });
        }
    }
    facts
}

/// Whether a claim states a figure other than the act's own, and so is a
/// fact of its own: a request ("asked the supplier to ship 200,000") is
/// not the shipment, and a toll that is planned ("aims to evacuate at
/// least 16,000") is a target, not a count of the people evacuated. A
/// planned act stays with the act ("plans to cut 15,000 jobs" is the
/// lay-off that other articles tell as done).
fn is_not_the_act(c: &Claim) -> bool {
    c.modality == Modality::Requested || (c.modality == Modality::Planned && c.predicate.is_toll())
}

/// How many days apart two figures of a running total may be told and
/// still be one fact's timeline.
const RUNNING_TOTAL_DAYS: i64 = 31;

/// Days since 1970-01-01 of a date known to the day.
fn day_number(d: &PartialDate) -> Option<i64> {
    Some(crate::extract::time::days_from_civil(d.year, d.month?, d.day?))
}

/// How many days lie between a day and a month (0 when the day is in
/// it): an article dated only "2024-12" and a figure of 1 January are
/// days apart, not a month.
fn days_to_month(day: i64, month: &PartialDate) -> Option<i64> {
    let m = month.month?;
    let first = crate::extract::time::days_from_civil(month.year, m, 1);
    let (ny, nm) = if m == 12 { (month.year + 1, 1) } else { (month.year, m + 1) };
    let last = crate::extract::time::days_from_civil(ny, nm, 1) - 1;
    Some((first - day).max(day - last).max(0))
}

/// Whether two times of a running total may be figures of one timeline:
/// days at most [`RUNNING_TOTAL_DAYS`] apart, a day that near a month
/// known without its day; else (two months, years) times that can be
/// equal in their month.
fn running_fits(x: &PartialDate, y: &PartialDate) -> bool {
    let near = |d: i64| d <= RUNNING_TOTAL_DAYS;
    match (day_number(x), day_number(y)) {
        (Some(p), Some(q)) => near((p - q).abs()),
        (Some(p), None) if y.month.is_some() => days_to_month(p, y).is_some_and(near),
        (None, Some(q)) if x.month.is_some() => days_to_month(q, x).is_some_and(near),
        _ => PartialDate { day: None, ..*x }.can_equal(&PartialDate { day: None, ..*y }),
    }
}

/// Whether time `t` starts after the day `p`: a later year, a later month
/// of the same year, a later day of the same month (a span of months by
/// its first month, a span of years by its first year). A time known only
/// to a coarser part is not after.
fn starts_after(t: &TimeValue, p: &PartialDate) -> bool {
    let (year, month, day) = match *t {
        TimeValue::Absolute { date } => (date.year, date.month, date.day),
        TimeValue::Span { year, first, .. } => (year, Some(first), None),
        TimeValue::Years { first, .. } => (first, None, None),
        _ => return false,
    };
    let later = |a: Option<u8>, b: Option<u8>| a.zip(b).is_some_and(|(a, b)| a > b);
    let same = |a: Option<u8>, b: Option<u8>| a.zip(b).is_some_and(|(a, b)| a == b);
    year > p.year || (year == p.year && (later(month, p.month) || (same(month, p.month) && later(day, p.day))))
}

/// Whether time `t` ends in a year before `year`.
fn before_year(t: &TimeValue, year: i32) -> bool {
    match *t {
        TimeValue::Absolute { date } => date.year < year,
        TimeValue::Span { year: y, .. } => y < year,
        TimeValue::Years { last, .. } => last < year,
        _ => false,
    }
}

/// Splits claims of one fact by time: claims whose absolute times cannot
/// be equal belong to different facts (of a running total, days at most
/// [`RUNNING_TOTAL_DAYS`] apart are one fact). A claim with no time, or a
/// relative one, joins the latest time that fits; of a toll or a crowd,
/// one that does not start after its source's publication date
/// (`published`) unless that date fits it too (a running total's earlier
/// figure): an undated crowd of a report of 16 March is no count of a
/// rally on 28 June; of a running total, never one told only in years
/// before its report's (the turnout of 2019 is another election's).
fn timeline<'c>(
    list: Vec<&'c Claim>,
    predicate: Predicate,
    published: &FxHashMap<String, PartialDate>,
) -> Vec<Vec<&'c Claim>> {
    // Each group keeps its distinct times only, so a fact said many times
    // costs one comparison per distinct time, not per claim.
    let mut groups: Vec<(BTreeSet<TimeValue>, Vec<&Claim>)> = Vec::new();
    // A running total told on several days within a month of each other
    // is one fact, its figures a timeline (see `evolving`): a toll told on
    // 29 October and on 5 November counts the same victims. A month or a
    // year apart is another fact.
    let running = evolving::running_total(predicate);
    // A toll or a crowd counts what happened by a day; an act may be
    // dated after its report ("will cut 4,500 jobs by 2027").
    let counted_at = predicate.is_toll();
    let time_of = |c: &Claim| c.time.as_ref().map(|t| t.value);
    let fits = |a: &TimeValue, b: &TimeValue| match (a, b) {
        (TimeValue::Absolute { date: x }, TimeValue::Absolute { date: y }) if running => running_fits(x, y),
        _ => a.compatible(b),
    };
    let (mut timed, mut untimed): (Vec<&Claim>, Vec<&Claim>) =
        list.into_iter().partition(|c| c.time.as_ref().is_some_and(|t| t.value.is_dated()));
    // In the order of their times, latest first, never of their sources:
    // which claims share a fact must not depend on what the documents are
    // called. A claim with no time joins the latest time that fits: a
    // figure given without a time is given as current.
    timed.sort_by_key(|c| std::cmp::Reverse(time_of(c)));
    untimed.sort_by_key(|c| time_of(c));
    for c in timed.into_iter().chain(untimed) {
        let v = time_of(c);
        let undated = v.is_none_or(|v| !v.is_dated());
        let day = published.get(&*c.source).filter(|_| counted_at && undated);
        let at_day = |t: &TimeValue, p: &PartialDate| !starts_after(t, p) || fits(t, &TimeValue::Absolute { date: *p });
        let before = |times: &BTreeSet<TimeValue>| day.is_none_or(|p| times.iter().all(|t| at_day(t, p)));
        // A figure told with no time is current: never a figure of a year
        // before its report's ("80% ... contre près de 82% en 2019";
        // "rund 4.500 Stellen" beside "Bereits 2023 hatte Brennwald 1.200
        // Stellen gestrichen" in a report of 2025). Not an act with no
        // figure, which may go on ("develops a chip"), nor a state such as
        // a workforce, whose latest count a report of January gives as of
        // the last quarter ("nearly 187,000 workers" as of September).
        let act = c.quantity.is_some() && !predicate.is_measure();
        let year = published.get(&*c.source).filter(|_| undated && (running || act)).map(|p| p.year);
        let past = |times: &BTreeSet<TimeValue>, y: i32| !times.is_empty() && times.iter().all(|t| before_year(t, y));
        let current = |times: &BTreeSet<TimeValue>| year.is_none_or(|y| !past(times, y));
        let slot = groups
            .iter_mut()
            .find(|(times, _)| v.is_none_or(|v| times.iter().all(|t| fits(t, &v))) && before(times) && current(times));
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
    let mut sources: Vec<&str> = claims.iter().map(|c| &*c.source).collect();
    sources.sort_unstable();
    sources.dedup();
    sources.len()
}

fn sources_of(claims: &[&Claim]) -> Vec<String> {
    let mut sources: Vec<&str> = claims.iter().map(|c| &*c.source).collect();
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

/// "acme order chip": the fact in words, from the first claim's surface
/// forms; an object that only repeats the predicate ("votes votes") is left out.
fn fact_words(fact: &Fact) -> String {
    let c = fact.claims[0];
    let subject = &c.subject.text;
    match fact.object.filter(|&o| o != fact.predicate.as_str()) {
        Some(o) => {
            let shown = c.object.as_ref().and_then(crate::schema::Object::entity).map_or(o, |e| &*e.text);
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
        .or_else(|| a.outlet.as_ref().map(|o| &*o.key))
        .or_else(|| a.affiliation.as_ref().map(|o| &*o.key))
}

/// A finding on a fact, its reasons started (the fact in words, the
/// claims joined by generalization); its explanation is rendered at the
/// end of [`compare`].
fn finding(fact: &Fact, verdict: Verdict, kind: FindingKind, claims: &[&Claim]) -> Finding {
    let joined: Vec<&Claim> =
        fact.joined.iter().copied().filter(|j| claims.iter().any(|c| std::ptr::eq(*c, *j))).collect();
    let joined = if fact.object.is_some() { ids_of(&joined) } else { Vec::new() };
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
        explanation: String::new(),
        sides: Vec::new(),
        reasons: Reasons { fact: fact_words(fact), joined, ..Reasons::default() },
    }
}

/// A value of a claim for the reasons: its source, language and role.
fn value(c: &Claim, role: ValueRole) -> Value {
    Value::new(c.source.clone(), Some(c.lang), "", role)
}

/// A claim's figure for the reasons, as written, with its values.
fn figure(c: &Claim, q: &Quantity, role: ValueRole) -> Value {
    Value { text: q.text.clone(), interval: Some(q.interval), unit: Some(q.unit.clone()), ..value(c, role) }
}

fn judge(fact: &Fact, relations: &[Relation], settings: &Settings, out: &mut Vec<Finding>) {
    let sources = source_count(&fact.claims);
    let affirmed: Vec<&Claim> = fact.claims.iter().copied().filter(|c| c.polarity == Polarity::Affirmed).collect();
    let denied: Vec<&Claim> = fact.claims.iter().copied().filter(|c| c.polarity == Polarity::Denied).collect();
    let before = out.len();

    // Assertion against denial.
    if !affirmed.is_empty() && !denied.is_empty() {
        out.push(judge_polarity(fact, &affirmed, &denied));
    }
    quantities(fact, &affirmed, settings, out);
    // Times, when no quantity was compared; else that several sources
    // report the fact; else that one does.
    if out.len() == before
        && let Some(f) = judge_times(fact, &affirmed)
    {
        out.push(f);
    }
    if out.len() == before && sources >= 2 {
        let mut f = finding(fact, Verdict::Agree, FindingKind::Presence, &fact.claims);
        f.reasons.values = first_per_source(&fact.claims)
            .map(|c| Value { text: quote(&c.evidence.text, 60), ..value(c, ValueRole::Said) })
            .collect();
        out.push(f);
    }
    if out.len() == before && sources == 1 {
        out.push(single(fact));
    }
    attributes(fact, relations, out);
}

/// The figures of a fact, per unit class, affirmed claims only: one
/// finding per class with figures from two sources or more.
fn quantities(fact: &Fact, affirmed: &[&Claim], settings: &Settings, out: &mut Vec<Finding>) {
    let mut by_class: BTreeMap<UnitClass, Vec<&Claim>> = BTreeMap::new();
    for c in affirmed {
        // A figure a revision replaced is no current value.
        if let Some(q) = c.quantity.as_ref().filter(|_| !c.superseded) {
            by_class.entry(settings.unit_class(&q.unit)).or_default().push(c);
        }
    }
    for (_, claims) in by_class {
        // One value per source: its first claim in text order; per voice
        // when a source gives the figures of several ("15,000 according to
        // the police, 60,000 according to the organizers"), so that they
        // are compared voice by voice (see `voices`).
        let mut voices: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for c in &claims {
            if let Some(v) = voice(c) {
                voices.entry(&c.source).or_default().insert(v);
            }
        }
        let mut per_source: BTreeMap<(&str, Option<&str>), &Claim> = BTreeMap::new();
        for c in &claims {
            let split = voices.get(&*c.source).is_some_and(|v| v.len() >= 2);
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
            out.push(voices::judge(fact, &reps, &claims, settings));
        } else {
            out.push(judge_quantities(fact, &reps, &claims, settings));
        }
    }
}

/// The times several sources give for a fact: agreed when one, else
/// compatible (the timeline keeps times that cannot be equal apart).
fn judge_times(fact: &Fact, affirmed: &[&Claim]) -> Option<Finding> {
    let timed: Vec<&Claim> = affirmed.iter().copied().filter(|c| c.time.is_some()).collect();
    if source_count(&timed) < 2 {
        return None;
    }
    let values: BTreeSet<TimeValue> = timed.iter().filter_map(|c| c.time.as_ref()).map(|t| t.value).collect();
    let verdict = if values.len() == 1 { Verdict::Agree } else { Verdict::Compatible };
    let mut f = finding(fact, verdict, FindingKind::Time, &timed);
    f.reasons.values = timed
        .iter()
        .map(|c| {
            let t = c.time.clone();
            Value { text: t.as_ref().map(|t| t.text.clone()).unwrap_or_default(), time: t, ..value(c, ValueRole::Said) }
        })
        .collect();
    Some(f)
}

/// A fact only one source reports.
fn single(fact: &Fact) -> Finding {
    let c = fact.claims[0];
    let kind = if c.quantity.is_some() {
        FindingKind::Quantity
    } else if c.time.is_some() {
        FindingKind::Time
    } else {
        FindingKind::Presence
    };
    let mut f = finding(fact, Verdict::SingleSource, kind, &fact.claims);
    let mut v = match &c.quantity {
        Some(q) => figure(c, q, ValueRole::Said),
        None => value(c, ValueRole::Said),
    };
    v.time = c.time.clone();
    f.reasons.values = vec![v];
    if let Some(q) = c.quantity.as_ref().filter(|q| !q.saturated) {
        f.consensus = Some(q.interval);
    }
    f
}

/// Who denies, in words, one entry per speaker (or role when unnamed):
/// "Jane Roe, spokesperson of Acme / AcmeSoft", "a spokesperson of Acme".
/// Empty when every denial is the source's own.
fn deniers(denied: &[&Claim]) -> Vec<String> {
    let mut by: BTreeMap<String, (Option<&str>, BTreeSet<&str>)> = BTreeMap::new();
    for c in denied {
        let a = &c.attribution;
        let role = a.role.map(role_word);
        let aff = a.affiliation.as_ref().map(|e| &*e.text);
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
fn judge_polarity(fact: &Fact, affirmed: &[&Claim], denied: &[&Claim]) -> Finding {
    let deniers = deniers(denied);
    let all: Vec<&Claim> = affirmed.iter().chain(denied).copied().collect();
    let kind = if deniers.is_empty() { FindingKind::Polarity } else { FindingKind::Dispute };
    let mut f = finding(fact, Verdict::Contradict, kind, &all);
    f.reasons.values = first_per_source(affirmed)
        .map(|c| value(c, ValueRole::Asserted))
        .chain(denied.iter().map(|c| Value { text: quote(&c.evidence.text, 90), ..value(c, ValueRole::Denied) }))
        .collect();
    if deniers.is_empty() {
        return f;
    }
    let asserting: BTreeSet<&str> = affirmed.iter().map(|c| &*c.source).collect();
    let denying: BTreeSet<&str> = denied.iter().map(|c| &*c.source).collect();
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
    f.outliers = sides.iter().filter(|s| s.reports == Side::Assertion).map(|s| s.source.clone()).collect();
    f.sides = sides;
    f.reasons.denied_by = deniers;
    f
}

/// Each source's first claim, in source order.
fn first_per_source<'c>(claims: &[&'c Claim]) -> impl Iterator<Item = &'c Claim> {
    let mut seen: BTreeMap<&str, &Claim> = BTreeMap::new();
    for c in claims {
        seen.entry(&c.source).or_insert(c);
    }
    seen.into_values()
}

/// A quote of a text: its first `n` chars, trimmed, with an ellipsis when cut.
fn quote(s: &str, n: usize) -> String {
    crate::render::clip(s, n)
}

/// A speaker quoted in several sources with different affiliations:
/// compatible when a relation links them, a contradiction otherwise.
fn attributes(fact: &Fact, relations: &[Relation], out: &mut Vec<Finding>) {
    let mut by_speaker: BTreeMap<String, Vec<&Claim>> = BTreeMap::new();
    for c in &fact.claims {
        if let (Some(s), Some(_)) = (&c.attribution.speaker, &c.attribution.affiliation) {
            by_speaker.entry(crate::text::fold(s)).or_default().push(c);
        }
    }
    for (_, claims) in by_speaker {
        let affs: BTreeSet<&str> =
            claims.iter().filter_map(|c| c.attribution.affiliation.as_ref()).map(|e| &*e.key).collect();
        if affs.len() < 2 || sources_of(&claims).len() < 2 {
            continue;
        }
        let affs: Vec<&str> = affs.into_iter().collect();
        let linked = affs.iter().all(|a| affs.iter().all(|b| a == b || related(a, b, relations)));
        let verdict = if linked { Verdict::Compatible } else { Verdict::Contradict };
        let mut f = finding(fact, verdict, FindingKind::Attribute, &claims);
        f.reasons.speaker = claims.iter().filter_map(|c| c.attribution.speaker.clone()).min();
        f.reasons.relation = relations
            .iter()
            .find(|r| affs.contains(&&*r.from.key) && affs.contains(&&*r.to.key))
            .filter(|_| linked)
            .cloned();
        f.reasons.values = first_per_source(&claims)
            .map(|c| {
                let text = c.attribution.affiliation.as_ref().map(|e| e.text.to_string()).unwrap_or_default();
                Value { text, ..value(c, ValueRole::Said) }
            })
            .collect();
        out.push(f);
    }
}

fn related(a: &str, b: &str, relations: &[Relation]) -> bool {
    relations.iter().any(|r| {
        matches!(r.kind, RelationKind::Owns | RelationKind::PartOf | RelationKind::Alias)
            && ((*r.from.key == *a && *r.to.key == *b) || (*r.from.key == *b && *r.to.key == *a))
    })
}

/// The most sources of one fact whose figures are all compared pairwise.
pub(crate) const MAX_PAIRED_SOURCES: usize = 64;

/// The figures of one fact, one per source (and voice): each normalized
/// once, and dated when they are a running total told on several days.
struct Figures<'c, 's> {
    reps: &'c [&'c Claim],
    /// Keyed by address: every claim asked about is one of `reps`.
    normalized: FxHashMap<*const Claim, Cow<'c, Quantity>>,
    timeline: Option<evolving::Timeline>,
    index: FxHashMap<*const Claim, usize>,
    settings: &'s Settings,
}

impl<'c, 's> Figures<'c, 's> {
    fn new(predicate: Predicate, reps: &'c [&'c Claim], settings: &'s Settings) -> Figures<'c, 's> {
        let normalized = reps
            .iter()
            .map(|&c| {
                let q = c.quantity.as_ref().expect("only claims with quantities are compared");
                (c as *const Claim, settings.normalized(q))
            })
            .collect();
        let mut f = Figures { reps, normalized, timeline: None, index: FxHashMap::default(), settings };
        // Only a running total's figures that disagree need their days.
        let values: Vec<Interval> = match evolving::running_total(predicate) {
            true => reps.iter().filter(|c| !saturated(c)).map(|c| f.q(c).interval).collect(),
            false => Vec::new(),
        };
        let running = evolving::running_total(predicate);
        if running && consensus::majority(&values).is_none_or(|m| m.members.len() != values.len()) {
            let qs: Vec<&Quantity> = reps.iter().map(|c| f.q(c)).collect();
            let published = |s: &str| settings.published.get(s).copied();
            f.timeline = evolving::Timeline::of(predicate, reps, &qs, settings.tolerance, &published);
        }
        if f.timeline.is_some() {
            f.index = reps.iter().enumerate().map(|(i, c)| (*c as *const Claim, i)).collect();
        }
        f
    }

    fn q(&self, c: &Claim) -> &Quantity {
        &self.normalized[&(c as *const Claim)]
    }

    /// The day a figure holds, for a running total told on several days.
    fn date_of(&self, c: &Claim) -> Option<PartialDate> {
        Some(self.timeline.as_ref()?.dates[*self.index.get(&(c as *const Claim))?])
    }

    /// The latest day, whose figures are current.
    fn latest(&self) -> Option<PartialDate> {
        self.timeline.as_ref().map(|t| t.latest)
    }

    /// Whether a figure is below what an earlier day already gave.
    fn superseded_as_current(&self, c: &Claim) -> bool {
        let i = self.index.get(&(c as *const Claim));
        self.timeline.as_ref().zip(i).is_some_and(|(t, &i)| t.superseded[i])
    }

    /// Whether the pair of `a` and `b` decides the finding's verdict: of a
    /// running total told on several days, only pairs with a current
    /// figure (of the latest day) or one below an earlier day's; two
    /// earlier figures are history, superseded by the current ones (a toll
    /// told as 1,121 and 1,498 on its first day, then 12,391, is no
    /// contradiction). Every pair otherwise.
    fn decides(&self, a: &Claim, b: &Claim) -> bool {
        let Some(latest) = self.latest() else { return true };
        let counts = |c: &Claim| self.date_of(c) == Some(latest) || self.superseded_as_current(c);
        counts(a) || counts(b)
    }

    /// Two figures of one day relate as figures; of two days, as a running
    /// total that moves on (see [`evolving::relate_in_time`]).
    fn relate(&self, a: &Claim, b: &Claim) -> Verdict {
        let tolerance = self.settings.tolerance;
        match (self.date_of(a), self.date_of(b)) {
            (Some(da), Some(db)) if da < db => evolving::relate_in_time(self.q(a), self.q(b), tolerance),
            (Some(da), Some(db)) if db < da => evolving::relate_in_time(self.q(b), self.q(a), tolerance),
            _ => relate(self.q(a), self.q(b), tolerance),
        }
    }

    /// Every pair of sources, and the verdict of those that decide (see
    /// [`Figures::decides`]; agree when none does); past
    /// MAX_PAIRED_SOURCES, each source against the anchor only, so that a
    /// fact told by thousands of sources costs linear time, not quadratic.
    fn pairs(&self, anchor: &Claim) -> (Vec<PairVerdict>, Verdict) {
        let reps = self.reps;
        // Sized once: the report keeps these to the end.
        let n = reps.len();
        let mut pairs = Vec::with_capacity(if n <= MAX_PAIRED_SOURCES { n * n.saturating_sub(1) / 2 } else { n - 1 });
        let mut verdict = Verdict::Agree;
        let names: Vec<Arc<str>> = reps.iter().map(|c| c.source.clone()).collect();
        let mut pair = |i: usize, j: usize, a: &Claim, b: &Claim| {
            let v = self.relate(a, b);
            if self.decides(a, b) {
                verdict = verdict.min(v);
            }
            pairs.push(PairVerdict { a: names[i].clone(), b: names[j].clone(), verdict: v });
        };
        if reps.len() <= MAX_PAIRED_SOURCES {
            for (i, a) in reps.iter().enumerate() {
                for (j, b) in reps.iter().enumerate().skip(i + 1) {
                    pair(i, j, a, b);
                }
            }
        } else {
            let k = reps.iter().position(|c| std::ptr::eq(*c, anchor)).unwrap_or(0);
            for (j, c) in reps.iter().enumerate().filter(|(_, c)| !std::ptr::eq(**c, anchor)) {
                pair(k, j, c, anchor);
            }
        }
        (pairs, verdict)
    }
}

fn judge_quantities(fact: &Fact, reps: &[&Claim], all: &[&Claim], settings: &Settings) -> Finding {
    let fig = Figures::new(fact.predicate, reps, settings);
    let q = |c: &Claim| fig.q(c);
    // Consensus: the values a strict majority of the comparable figures
    // allow; none otherwise. A saturated figure is never the consensus, nor
    // counted (the caller leaves at least one that is not saturated). Of a
    // running total, only the latest day's figures count, and not one below
    // what an earlier day already gave.
    let latest = fig.latest();
    let comparable: Vec<&Claim> = reps
        .iter()
        .copied()
        .filter(|c| !saturated(c) && fig.date_of(c) == latest && !fig.superseded_as_current(c))
        .collect();
    let intervals: Vec<Interval> = comparable.iter().map(|c| q(c).interval).collect();
    let majority: Option<(Interval, Vec<&Claim>)> =
        consensus::majority(&intervals).map(|m| (m.interval, m.members.iter().map(|&k| comparable[k]).collect()));
    // The claim the others are paired with past MAX_PAIRED_SOURCES: the
    // consensus's, else the lowest value (an order of values, not of ids).
    let anchor = match &majority {
        Some((_, backers)) => backers[0],
        None => lowest(&comparable, |c| q(c).interval).unwrap_or(reps[0]),
    };
    let (pairs, verdict) = fig.pairs(anchor);
    // Outliers: the current figures outside the consensus (a value
    // compatible with it, 42 inside "at least 42", is not one; without a
    // majority no figure is), and a figure below an earlier day's. An
    // earlier day's figure is superseded, not an outlier.
    let outliers: BTreeSet<String> = reps
        .iter()
        .filter(|c| match &majority {
            _ if fig.superseded_as_current(c) => true,
            Some((_, backers)) => fig.date_of(c) == latest && !backers.iter().any(|b| std::ptr::eq(*b, **c)),
            None => false,
        })
        .map(|c| c.source.to_string())
        .collect();
    let mut f = finding(fact, verdict, FindingKind::Quantity, all);
    f.outliers = outliers.into_iter().collect();
    f.pairs = pairs;
    f.reasons.figures = Some(comparable.len());
    f.reasons.current = latest;
    if let Some((consensus, backers)) = &majority {
        f.consensus = Some(*consensus);
        f.reasons.backers = Some(backers.len());
        f.reasons.unit = Some(q(anchor).unit.clone());
    }
    f.reasons.values = quantity_values(&fig, majority.as_ref(), anchor);
    f
}

/// The values of a quantity finding's reasons: the consensus's figures and
/// the other current ones with how they relate to it (or every current
/// figure in the order of the values, with no consensus), then a running
/// total's earlier figures in date order and any figure below an earlier
/// day's.
fn quantity_values(fig: &Figures, majority: Option<&(Interval, Vec<&Claim>)>, anchor: &Claim) -> Vec<Value> {
    let reps = fig.reps;
    let q = |c: &Claim| fig.q(c);
    // A source that gives several voices' figures names the voice of each.
    let mut seen = BTreeSet::new();
    let split: BTreeSet<&str> = reps.iter().filter(|c| !seen.insert(&*c.source)).map(|c| &*c.source).collect();
    let val = |c: &Claim, role: ValueRole| -> Value {
        let mut v = figure(c, q(c), role);
        v.voice = voice(c).filter(|_| split.contains(&*c.source)).map(str::to_string);
        v.date = fig.date_of(c);
        v
    };
    let latest = fig.latest();
    let current: Vec<&Claim> = reps.iter().copied().filter(|c| fig.date_of(c) == latest).collect();
    let mut values: Vec<Value> = Vec::with_capacity(reps.len() + 2);
    match majority {
        None => {
            let mut by_value = current;
            by_value.sort_by(|a, b| interval_order(&q(a).interval, &q(b).interval));
            values.extend(by_value.iter().map(|c| val(c, ValueRole::Figure)));
        }
        Some((consensus, backers)) => {
            let consensus = *consensus;
            values.extend(backers.iter().filter(|c| q(c).interval == consensus).map(|c| val(c, ValueRole::Consensus)));
            let mut agreed = q(anchor).clone();
            agreed.interval = consensus;
            for c in current.iter().filter(|c| q(c).interval != consensus) {
                let how = how(q(c), &agreed, q(anchor), fig.settings.tolerance);
                values.push(Value { how: Some(how), ..val(c, ValueRole::Other) });
            }
        }
    }
    let mut earlier: Vec<&Claim> =
        reps.iter().copied().filter(|c| fig.date_of(c).zip(latest).is_some_and(|(d, l)| d < l)).collect();
    earlier.sort_by_key(|c| fig.date_of(c));
    values.extend(earlier.iter().map(|c| val(c, ValueRole::Superseded)));
    values.extend(reps.iter().filter(|c| fig.superseded_as_current(c)).map(|c| val(c, ValueRole::GivenAsCurrent)));
    values
}

/// How a figure relates to the consensus (`agreed`, the anchor's figure
/// with the consensus's values).
fn how(oq: &Quantity, agreed: &Quantity, anchor: &Quantity, tolerance: f64) -> How {
    match relate(oq, agreed, tolerance) {
        Verdict::Agree => How::Same,
        Verdict::Compatible => How::Overlapping,
        Verdict::Tension if touches(&oq.interval, &agreed.interval) => How::TouchesBoundary,
        Verdict::Tension => How::JustOutside,
        Verdict::Contradict if inverted(oq.qualifier, anchor.qualifier) && oq.value == anchor.value => {
            How::OppositeBound
        }
        Verdict::Contradict | Verdict::SingleSource => How::BeyondRounding,
    }
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
            let mut f = finding(received, Verdict::Compatible, FindingKind::Derived, &claims);
            f.reasons.share = Some(share);
            f.reasons.values = vec![
                Value { interval: Some(o), ..value(ordered.claims[0], ValueRole::Ordered) },
                Value { interval: Some(r), ..value(received.claims[0], ValueRole::Received) },
            ];
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
        crate::schema::Role::Union => "union",
    }
}

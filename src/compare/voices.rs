//! Voices: one fact whose figures come from several speakers (police and
//! organizers, a ministry and a union), compared voice by voice.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

use crate::schema::{
    Claim, Finding, FindingKind, Interval, Misattribution, Quantity, Role, Value, ValueRole, Verdict, VoiceReason,
};

use super::{Fact, Settings, consensus, figure, finding, relate, role_word, saturated};

/// The voice a figure is given in, when the text says: an institution's
/// role (police, organizers), a union (the union named, else the unions),
/// else the organization the speaker speaks for (a ministry, a company).
/// A named person or a generic role (an official, a spokesperson) is no
/// voice of its own: two of them in one story may give one tally at two
/// times. Anonymous sourcing and a cited outlet are no voice either: they
/// relay a figure, they do not own it, unless the outlet is a voice of
/// the same fact elsewhere (see [`Voices`]).
pub(crate) fn voice_key(c: &Claim) -> Option<&str> {
    let a = &c.attribution;
    let affiliation = a.affiliation.as_ref().map(|e| &*e.key);
    match a.role {
        Some(r @ (Role::Police | Role::Organizer)) => Some(role_word(r)),
        Some(r @ Role::Union) => affiliation.or(Some(role_word(r))),
        _ => affiliation,
    }
}

/// The voices of one fact's figures: each claim's own ([`voice_key`]), or
/// the organization its text cites where that organization is a voice of
/// another of the fact's figures ("selon la CGT" where another source
/// has "le syndicat CGT a compté").
struct Voices<'c> {
    known: BTreeSet<&'c str>,
}

impl<'c> Voices<'c> {
    fn of(reps: &[&'c Claim]) -> Voices<'c> {
        Voices { known: reps.iter().filter_map(|c| voice_key(c)).collect() }
    }

    fn key(&self, c: &'c Claim) -> Option<&'c str> {
        let cited = || c.attribution.outlet.as_ref().map(|e| &*e.key).filter(|k| self.known.contains(k));
        voice_key(c).or_else(cited)
    }
}

/// Whether a fact's figures are to be compared voice by voice: two voices
/// or more, and a source that gives the figures of two of them (so the
/// story itself sets them side by side).
pub(crate) fn applies(reps: &[&Claim]) -> bool {
    let voices = Voices::of(reps);
    if voices.known.len() < 2 {
        return false;
    }
    let mut by_source: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for c in reps {
        if let Some(v) = voices.key(c) {
            by_source.entry(&c.source).or_default().insert(v);
        }
    }
    by_source.values().any(|v| v.len() >= 2)
}

/// One voice's figures across sources: their consensus, when a strict
/// majority share one, and the sources outside it.
struct Voice<'c> {
    key: String,
    reps: Vec<&'c Claim>,
    consensus: Option<Interval>,
    outliers: Vec<&'c Claim>,
}

/// Judges a fact voice by voice: each voice's figures against the same
/// voice's in other sources; the voices against each other (police against
/// organizers is a disagreement between speakers, not between outlets); and
/// a source whose figure for one voice is another voice's consensus (a
/// likely misattribution).
pub(crate) fn judge(fact: &Fact, reps: &[&Claim], all: &[&Claim], settings: &Settings) -> Finding {
    // Each figure normalized once, by address (every claim asked about is one of `reps`).
    let normalized: FxHashMap<*const Claim, Quantity> = reps
        .iter()
        .map(|&c| (c as *const Claim, c.quantity.as_ref().map_or_else(empty, |q| settings.normalized(q).into_owned())))
        .collect();
    let q = |c: &Claim| -> &Quantity { &normalized[&(c as *const Claim)] };
    let mut grouped: BTreeMap<String, Vec<&Claim>> = BTreeMap::new();
    let known = Voices::of(reps);
    for c in reps {
        let key = known.key(c).unwrap_or("the outlet itself").to_string();
        grouped.entry(key).or_default().push(c);
    }
    let voices: Vec<Voice> = grouped
        .into_iter()
        .map(|(key, reps)| {
            let comparable: Vec<&Claim> = reps.iter().copied().filter(|c| !saturated(c)).collect();
            let intervals: Vec<Interval> = comparable.iter().map(|c| q(c).interval).collect();
            let m = consensus::majority(&intervals);
            let outliers = match &m {
                Some(m) => {
                    let backers: Vec<&Claim> = m.members.iter().map(|&k| comparable[k]).collect();
                    reps.iter().copied().filter(|c| !backers.iter().any(|b| std::ptr::eq(*b, *c))).collect()
                }
                None => Vec::new(),
            };
            Voice { key, reps, consensus: m.map(|m| m.interval), outliers }
        })
        .collect();
    // Within a voice, figures relate as figures; the worst is the voice's verdict.
    let mut within = Verdict::Agree;
    for v in &voices {
        for (i, a) in v.reps.iter().enumerate() {
            for b in v.reps.iter().skip(i + 1).take(super::MAX_PAIRED_SOURCES) {
                within = within.min(relate(q(a), q(b), settings.tolerance));
            }
        }
    }
    // Between voices: their consensuses.
    let anchors: Vec<(&Voice, Quantity)> = voices
        .iter()
        .filter_map(|v| {
            let iv = v.consensus?;
            let mut a = q(v.reps[0]).clone();
            a.interval = iv;
            Some((v, a))
        })
        .collect();
    let mut between = Verdict::Agree;
    for (i, (_, a)) in anchors.iter().enumerate() {
        for (_, b) in &anchors[i + 1..] {
            between = between.min(relate(a, b, settings.tolerance));
        }
    }
    let misattributed = misattributions(&voices, &anchors, &q, settings.tolerance);
    let verdict = within.min(between);
    let mut f = finding(fact, verdict, FindingKind::Quantity, all);
    let outliers: BTreeSet<String> =
        voices.iter().flat_map(|v| v.outliers.iter().map(|c| c.source.to_string())).collect();
    f.outliers = outliers.into_iter().collect();
    f.reasons.values = voices
        .iter()
        .flat_map(|v| v.reps.iter().map(|c| Value { voice: Some(v.key.clone()), ..figure(c, q(c), ValueRole::Said) }))
        .collect();
    f.reasons.voices = voices
        .iter()
        .map(|v| VoiceReason {
            voice: v.key.clone(),
            sources: v.reps.iter().map(|c| c.source.to_string()).collect::<BTreeSet<_>>().into_iter().collect(),
            consensus: v.consensus,
            outliers: v.outliers.iter().map(|c| c.source.to_string()).collect::<BTreeSet<_>>().into_iter().collect(),
        })
        .collect();
    f.reasons.voices_disagree = between < Verdict::Compatible;
    f.reasons.misattributed = misattributed;
    f
}

/// The figures outside their voice's consensus that another voice's
/// consensus holds: a source that credits one voice's figure to another.
fn misattributions<'q>(
    voices: &[Voice],
    anchors: &[(&Voice, Quantity)],
    q: &dyn Fn(&Claim) -> &'q Quantity,
    tolerance: f64,
) -> Vec<Misattribution> {
    let mut out = Vec::new();
    for v in voices {
        for c in &v.outliers {
            let iv = q(c).interval;
            if iv.low.is_none() && iv.high.is_none() {
                continue;
            }
            let other = anchors.iter().find(|(w, a)| {
                w.key != v.key
                    && pins_a_figure(&a.interval)
                    && matches!(relate(q(c), a, tolerance), Verdict::Agree | Verdict::Compatible)
            });
            if let Some((w, _)) = other {
                out.push(Misattribution { source: c.source.to_string(), voice: v.key.clone(), matches: w.key.clone() });
            }
        }
    }
    out
}

/// Whether a voice's consensus names a figure one could credit to the
/// wrong voice: bounded on both sides, its high at most
/// [`PINNED_SPREAD`] times its low above zero. "Up to 325,000" holds any
/// smaller figure and is no evidence that a source swapped voices.
fn pins_a_figure(iv: &Interval) -> bool {
    match (iv.low, iv.high) {
        (Some(low), Some(high)) => low > 0.0 && high <= PINNED_SPREAD * low,
        _ => false,
    }
}

/// How wide a consensus may be, high over low, and still name a figure
/// ([`pins_a_figure`]).
const PINNED_SPREAD: f64 = 2.0;

fn empty() -> Quantity {
    Quantity {
        text: String::new(),
        start: 0,
        end: 0,
        value: 0.0,
        interval: Interval { low: None, high: None, low_inclusive: false, high_inclusive: false },
        qualifier: crate::schema::Qualifier::Exact,
        unit: crate::schema::Unit::Count { concept: None },
        rounding: 1.0,
        saturated: false,
    }
}

//! The English explanation of a finding, rendered from its reasons
//! ([`crate::Reasons`]): the comparator decides, this module words it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};

use crate::extract::numbers::SATURATION;
use crate::schema::{Finding, FindingKind, How, Interval, Side, Unit, Value, ValueRole, Verdict};

/// The explanation of a finding, rendered from its reasons
/// ([`Finding::reasons`]) and fields: one or a few sentences in English
/// naming the sources, the values as written and the languages. It is what
/// [`Finding::explanation`] holds; a finding read back from JSON renders
/// to the same text.
///
/// ```
/// use claimcheck::{check_consistency, render, Document, Lang};
///
/// let docs = [
///     Document::new("a", "Acme ordered 100 trucks.").with_lang(Lang::En),
///     Document::new("b", "Acme ordered 300 trucks.").with_lang(Lang::En),
/// ];
/// let report = check_consistency(&docs)?;
/// for f in &report.findings {
///     assert_eq!(render::explain(f), f.explanation);
/// }
/// # Ok::<(), claimcheck::Error>(())
/// ```
pub fn explain(f: &Finding) -> String {
    let r = &f.reasons;
    let mut e = String::with_capacity(128 + 96 * r.values.len());
    match f.kind {
        FindingKind::Quantity if f.verdict == Verdict::SingleSource => single(&mut e, f),
        FindingKind::Quantity if !r.voices.is_empty() => voices(&mut e, f),
        FindingKind::Quantity => quantity(&mut e, f),
        FindingKind::Time if f.verdict == Verdict::SingleSource => single(&mut e, f),
        FindingKind::Time => time(&mut e, f),
        FindingKind::Presence if f.verdict == Verdict::SingleSource => single(&mut e, f),
        FindingKind::Presence => presence(&mut e, f),
        FindingKind::Polarity | FindingKind::Dispute => dispute(&mut e, f),
        FindingKind::Attribute => attribute(&mut e, f),
        FindingKind::Derived => derived(&mut e, f),
        FindingKind::NameVariant => variant(&mut e, f),
    }
    joined(&mut e, f);
    e
}

/// "000 (pt)", or "000 (pt, police)" for a voice of a source of several.
struct Label<'a>(&'a Value);

impl fmt::Display for Label<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.0;
        match (v.lang, &v.voice) {
            (Some(l), Some(voice)) => write!(f, "{} ({l}, {voice})", v.source),
            (Some(l), None) => write!(f, "{} ({l})", v.source),
            (None, _) => f.write_str(&v.source),
        }
    }
}

fn of_role(f: &Finding, role: ValueRole) -> impl Iterator<Item = &Value> {
    f.reasons.values.iter().filter(move |v| v.role == role)
}

fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Contradict => "a contradiction",
        Verdict::Tension => "a tension, not a contradiction",
        Verdict::Compatible => "compatible",
        Verdict::Agree => "agreement",
        Verdict::SingleSource => "one source",
    }
}

/// A figure's interval in words, "any value" when it has none.
fn shown(v: &Value) -> ShowInterval<'_> {
    ShowInterval(v.interval.as_ref().unwrap_or(&ANY), v.unit.as_ref().unwrap_or(&COUNT))
}

const ANY: Interval = Interval { low: None, high: None, low_inclusive: false, high_inclusive: false };
const COUNT: Unit = Unit::Count { concept: None };

fn quantity(e: &mut String, f: &Finding) {
    let r = &f.reasons;
    let _ = write!(e, "For \"{}\", ", r.fact);
    let Some(consensus) = f.consensus else {
        match r.figures {
            Some(0) => e.push_str("every current figure is below an earlier one: "),
            n => {
                let _ = write!(e, "no value has a majority of the {} figures given: ", n.unwrap_or(0));
            }
        }
        for (k, v) in of_role(f, ValueRole::Figure).enumerate() {
            if k > 0 {
                e.push_str("; ");
            }
            let _ = write!(e, "{} \"{}\" gives {}", Label(v), Clipped(&v.text), shown(v));
        }
        let _ = write!(e, ": {}, with no source to single out.", verdict_word(f.verdict));
        timeline(e, f);
        return;
    };
    let unit = r.unit.as_ref().unwrap_or(&COUNT);
    let exact: Vec<&Value> = of_role(f, ValueRole::Consensus).collect();
    let others: Vec<&Value> = of_role(f, ValueRole::Other).collect();
    let list = |e: &mut String| {
        for (k, v) in exact.iter().enumerate() {
            if k > 0 {
                e.push_str(", ");
            }
            let _ = write!(e, "{} \"{}\"", Label(v), Clipped(&v.text));
        }
    };
    if others.is_empty() {
        list(e);
        let all_give = if exact.len() == 1 { "gives" } else { "all give" };
        let _ = write!(e, " {all_give} {}.", ShowInterval(&consensus, unit));
    } else {
        if exact.is_empty() {
            let (b, n) = (r.backers.unwrap_or(0), r.figures.unwrap_or(0));
            let _ = write!(e, "{b} of the {n} figures given allow {}: ", ShowInterval(&consensus, unit));
        } else {
            list(e);
            let give = if exact.len() == 1 { "gives" } else { "give" };
            let _ = write!(e, " {give} {}, while ", ShowInterval(&consensus, unit));
        }
        for (k, v) in others.iter().enumerate() {
            if k > 0 {
                e.push_str("; ");
            }
            let how = match v.how {
                Some(How::Same) => "the same",
                Some(How::Overlapping) => "an overlapping value",
                Some(How::TouchesBoundary) => {
                    "a value that only touches it at its boundary, within the rounding of the written forms"
                }
                Some(How::JustOutside) => "a value just outside it, within the rounding of the written forms",
                Some(How::OppositeBound) => "the opposite bound",
                Some(How::BeyondRounding) | None => "a value outside it beyond rounding",
            };
            let _ = write!(e, "{} \"{}\" gives {} ({how})", Label(v), Clipped(&v.text), shown(v));
        }
        let _ = write!(e, ": {}.", verdict_word(f.verdict));
    }
    timeline(e, f);
}

/// What the timeline of a running total adds: which day's figures are
/// current, the earlier ones (superseded, not contradictions), and a later
/// figure below an earlier one (a superseded figure given as current).
fn timeline(e: &mut String, f: &Finding) {
    let Some(latest) = f.reasons.current else { return };
    let _ = write!(
        e,
        " A running total, dated by each figure's own day or its article's: the figures of {latest} are current"
    );
    for (k, v) in of_role(f, ValueRole::Superseded).enumerate() {
        e.push_str(if k == 0 { "; earlier figures are superseded, not contradictions: " } else { ", " });
        let _ = write!(e, "{} \"{}\"", Label(v), Clipped(&v.text));
        if let Some(d) = v.date {
            let _ = write!(e, " on {d}");
        }
    }
    e.push('.');
    let late: Vec<&Value> = of_role(f, ValueRole::GivenAsCurrent).collect();
    if !late.is_empty() {
        e.push(' ');
        for (k, v) in late.iter().enumerate() {
            if k > 0 {
                e.push_str(", ");
            }
            let _ = write!(e, "{} \"{}\"", Label(v), Clipped(&v.text));
        }
        e.push_str(" gives less than an earlier article already gave: a superseded figure given as current.");
    }
}

fn voices(e: &mut String, f: &Finding) {
    let r = &f.reasons;
    let _ = write!(e, "For \"{}\", the figures come from {} voices, compared voice by voice: ", r.fact, r.voices.len());
    for (k, voice) in r.voices.iter().enumerate() {
        if k > 0 {
            e.push_str("; ");
        }
        let _ = write!(e, "{}: ", voice.voice);
        let said: Vec<&Value> = r.values.iter().filter(|v| v.voice.as_deref() == Some(voice.voice.as_str())).collect();
        for (i, v) in said.iter().enumerate() {
            if i > 0 {
                e.push_str(", ");
            }
            let lang = v.lang.map(|l| l.to_string()).unwrap_or_default();
            let _ = write!(e, "{} ({lang}) \"{}\"", v.source, Clipped(&v.text));
        }
        match voice.consensus {
            Some(iv) => {
                let unit = said.first().and_then(|v| v.unit.as_ref()).unwrap_or(&COUNT);
                let _ = write!(e, " (a majority give {})", ShowInterval(&iv, unit));
                if !voice.outliers.is_empty() {
                    let _ = write!(e, ", {} apart", voice.outliers.join(", "));
                }
            }
            None => e.push_str(" (no majority)"),
        }
    }
    e.push('.');
    if r.voices_disagree {
        e.push_str(
            " The voices give different figures: a disagreement between speakers, each told as they say it, not between outlets.",
        );
    }
    for m in &r.misattributed {
        let _ = write!(
            e,
            " {} gives for {} the figure {} gives elsewhere: a likely misattribution.",
            m.source, m.voice, m.matches
        );
    }
}

/// "000 (pt), 001 (pt)": the distinct sources of some values, sorted.
fn by<'v>(values: impl Iterator<Item = &'v Value>) -> String {
    let labels: BTreeSet<String> = values.map(|v| Label(v).to_string()).collect();
    labels.into_iter().collect::<Vec<_>>().join(", ")
}

fn dispute(e: &mut String, f: &Finding) {
    let r = &f.reasons;
    let asserted = || of_role(f, ValueRole::Asserted);
    let denied = || of_role(f, ValueRole::Denied);
    let evidence: BTreeSet<String> = denied().map(|v| format!("{} \"{}\"", Label(v), v.text)).collect();
    let evidence = evidence.into_iter().collect::<Vec<_>>().join("; ");
    if f.kind == FindingKind::Polarity {
        let _ =
            write!(e, "\"{}\" is asserted in {} and denied in {}: {evidence}.", r.fact, by(asserted()), by(denied()));
        return;
    }
    let _ = write!(
        e,
        "\"{}\" is disputed: asserted in {} and denied by {} in {}: {evidence}.",
        r.fact,
        by(asserted()),
        r.denied_by.join("; "),
        by(denied())
    );
    let lang_of: BTreeMap<&str, &Value> = r.values.iter().map(|v| (&*v.source, v)).collect();
    let sides = |side: Side| -> Vec<&Value> {
        f.sides.iter().filter(|s| s.reports == side).filter_map(|s| lang_of.get(&*s.source).copied()).collect()
    };
    let tell = |e: &mut String, list: Vec<&Value>, one: &str, many: &str, what: &str| {
        if !list.is_empty() {
            let verb = if list.len() == 1 { one } else { many };
            let _ = write!(e, " {} {verb} {what}.", by(list.into_iter()));
        }
    };
    tell(e, sides(Side::Both), "reports", "report", "both sides");
    tell(e, sides(Side::Denial), "reports", "report", "only the denial");
    tell(e, sides(Side::Assertion), "states", "state", "it without the denial");
}

/// One entry per source, its first value: "000 (pt) \"...\"".
fn per_source(f: &Finding) -> Vec<String> {
    let mut seen: BTreeMap<&str, String> = BTreeMap::new();
    for v in of_role(f, ValueRole::Said) {
        seen.entry(&v.source).or_insert_with(|| format!("{} \"{}\"", Label(v), v.text));
    }
    seen.into_values().collect()
}

fn time(e: &mut String, f: &Finding) {
    let values: BTreeSet<String> =
        of_role(f, ValueRole::Said).filter_map(|v| v.time.as_ref()).map(|t| t.value.to_string()).collect();
    let how = if f.verdict == Verdict::Agree {
        format!("agree on {}", values.iter().next().map(String::as_str).unwrap_or(""))
    } else {
        format!("give times that can be the same ({})", values.into_iter().collect::<Vec<_>>().join(", "))
    };
    let _ = write!(e, "For \"{}\", {} {how}.", f.reasons.fact, per_source(f).join(", "));
}

fn presence(e: &mut String, f: &Finding) {
    let _ = write!(e, "{} sources report \"{}\": {}.", f.sources.len(), f.reasons.fact, per_source(f).join("; "));
}

fn single(e: &mut String, f: &Finding) {
    let Some(v) = of_role(f, ValueRole::Said).next() else { return };
    let _ = write!(e, "Only {} reports \"{}\"", Label(v), f.reasons.fact);
    if v.interval.is_some() {
        let _ = write!(e, " \"{}\" ({})", Clipped(&v.text), shown(v));
    }
    if let Some(t) = &v.time {
        let _ = write!(e, " \"{}\"", t.text);
    }
    e.push('.');
}

fn attribute(e: &mut String, f: &Finding) {
    let r = &f.reasons;
    let why = if f.verdict == Verdict::Compatible {
        let rel = r
            .relation
            .as_ref()
            .map(|rel| {
                let src = rel
                    .source
                    .as_deref()
                    .map_or_else(|| " (knowledge base)".to_string(), |s| format!(", as {s} states"));
                format!("{} owns {}{src}", rel.from.text, rel.to.text)
            })
            .unwrap_or_default();
        format!("the two are related: {rel}")
    } else {
        "nothing in the texts or the knowledge base relates them".to_string()
    };
    let speaker = r.speaker.as_deref().unwrap_or_default();
    let _ = write!(
        e,
        "On \"{}\", {speaker} speaks for different organizations: {}; {why}.",
        r.fact,
        per_source(f).join(", ")
    );
}

fn derived(e: &mut String, f: &Finding) {
    let r = &f.reasons;
    let (Some(o), Some(rv)) = (of_role(f, ValueRole::Ordered).next(), of_role(f, ValueRole::Received).next()) else {
        return;
    };
    let _ = write!(
        e,
        "Ordered and received are two facts: \"{}\" ({}) is at most {:.0}% of what was ordered ({}), a shortfall rather than a contradiction.",
        r.fact,
        shown(rv),
        r.share.unwrap_or(0.0),
        shown(o),
    );
}

fn variant(e: &mut String, f: &Finding) {
    let list = |role: ValueRole| {
        of_role(f, role).map(|v| format!("\"{}\" in {}", v.text, v.source)).collect::<Vec<_>>().join(", ")
    };
    let _ = write!(
        e,
        "{} and {} are spelled alike and named in the same context ({}) but never in the same source: likely one entity {}, kept apart for a reader to confirm.",
        list(ValueRole::First),
        list(ValueRole::Second),
        f.reasons.contexts.join(", "),
        match f.verdict {
            Verdict::Compatible =>
                "spelled one way in one language and another way in another (a translated name, or a misspelling)",
            _ => "in two spellings",
        }
    );
}

/// Which claims joined the fact's object by generalization.
fn joined(e: &mut String, f: &Finding) {
    let j = &f.reasons.joined;
    let (Some(object), Some(predicate), false) = (&f.object, f.predicate, j.is_empty()) else { return };
    let _ = write!(
        e,
        " Joined by generalization: {} {} no object and {} \"{object}\", the one object named for \"{} {predicate}\".",
        j.join(", "),
        if j.len() == 1 { "names" } else { "name" },
        if j.len() == 1 { "joins" } else { "join" },
        f.subject,
    );
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
        // An area converted to hectares is told to the hectare.
        let v = if matches!(unit, Unit::Area { .. }) && v.abs() >= 10.0 { v.round() } else { v };
        match unit {
            Unit::Money { currency, .. } => write!(f, "{currency} ")?,
            Unit::Percent | Unit::Count { .. } | Unit::Area { .. } => {}
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
            Unit::Money { per: Some(unit), .. } => write!(f, " per {unit}"),
            Unit::Area { unit } => write!(f, " {unit}"),
            Unit::Money { per: None, .. } | Unit::Count { concept: None } => Ok(()),
        }
    }
}

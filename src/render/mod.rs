//! Views of a [`Report`]: JSON for tools, text for a terminal.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::compare::show_interval;
use crate::schema::{Claim, Finding, FindingKind, Polarity, Report, Verdict};

/// The report as pretty-printed JSON (the stable contract for tools).
pub fn json(report: &Report) -> String {
    // Invariant: every value in a Report serializes (no non-string map keys, finite numbers).
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Contradict => "CONTRADICT",
        Verdict::Tension => "TENSION",
        Verdict::Compatible => "COMPATIBLE",
        Verdict::Agree => "AGREE",
        Verdict::SingleSource => "SINGLE SOURCE",
    }
}

fn kind_label(k: FindingKind) -> &'static str {
    match k {
        FindingKind::Quantity => "quantity",
        FindingKind::Time => "time",
        FindingKind::Polarity => "assertion against denial",
        FindingKind::Attribute => "attribute",
        FindingKind::NameVariant => "name variant",
        FindingKind::Presence => "reported",
        FindingKind::Derived => "derived note",
    }
}

/// The report as text for a terminal: for each finding, contradictions
/// first, the value each source gives in its own words, the verdict and why.
pub fn text(report: &Report) -> String {
    let mut out = String::new();
    let docs: Vec<String> = report
        .documents
        .iter()
        .map(|d| {
            let date = d.published.map(|p| format!(", {p}")).unwrap_or_default();
            format!("{} ({}{date})", d.id, d.lang)
        })
        .collect();
    let _ = writeln!(out, "claimcheck: {} documents: {}", report.documents.len(), docs.join(", "));
    let mut counts: BTreeMap<Verdict, usize> = BTreeMap::new();
    for f in &report.findings {
        *counts.entry(f.verdict).or_default() += 1;
    }
    let summary: Vec<String> = counts.iter().map(|(v, n)| format!("{n} {}", v.as_str())).collect();
    let _ = writeln!(out, "{} claims, {} findings: {}", report.claims.len(), report.findings.len(), summary.join(", "));
    let claims: BTreeMap<&str, &Claim> = report.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    for f in &report.findings {
        let _ = writeln!(out);
        write_finding(&mut out, f, &claims);
    }
    out
}

fn write_finding(out: &mut String, f: &Finding, claims: &BTreeMap<&str, &Claim>) {
    let fact = match (&f.predicate, &f.object) {
        (Some(p), Some(o)) => format!("{} {p} {o}", f.subject),
        (Some(p), None) => format!("{} {p}", f.subject),
        (None, Some(o)) => format!("{} / {o}", f.subject),
        (None, None) => f.subject.clone(),
    };
    let _ = writeln!(out, "[{}] {fact} ({})", verdict_label(f.verdict), kind_label(f.kind));
    // One line per source and value, with the first evidence for it.
    let mut shown: std::collections::BTreeSet<(String, String)> = std::collections::BTreeSet::new();
    for id in &f.claims {
        let Some(c) = claims.get(id.as_str()) else { continue };
        let value = match (f.kind, &c.quantity, &c.time) {
            (FindingKind::Quantity | FindingKind::Derived, Some(q), _) => {
                format!("\"{}\" = {}", q.text, show_interval(&q.interval, &q.unit))
            }
            (FindingKind::Time, _, Some(t)) => format!("\"{}\" = {}", t.text, t.value),
            (FindingKind::Attribute, _, _) => {
                let a = &c.attribution;
                format!(
                    "{} for \"{}\"",
                    a.speaker.as_deref().unwrap_or("?"),
                    a.affiliation.as_ref().map_or("?", |e| e.text.as_str())
                )
            }
            _ => {
                let pol = if c.polarity == Polarity::Denied { "denied" } else { "asserted" };
                let who = c.attribution.speaker.as_ref().map(|s| format!(" by {s}")).unwrap_or_default();
                format!("{pol}{who}")
            }
        };
        if !shown.insert((c.source.clone(), value.clone())) {
            continue;
        }
        let _ = writeln!(out, "  {:<8} {} {}", c.source, c.lang, value);
        let _ = writeln!(out, "           evidence: \"{}\"", crate::compare::clip(&c.evidence.text, 110));
    }
    let _ = writeln!(out, "  why: {}", f.explanation);
}

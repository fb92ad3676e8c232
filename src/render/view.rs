//! The model the text, Markdown and HTML views share: which findings are
//! shown, and the fact-by-source matrix with one mark per cell.

use std::collections::{BTreeMap, BTreeSet};

use super::show_interval;
use crate::schema::{Claim, DocumentReport, Finding, FindingKind, Polarity, Report, Side, Verdict};

use super::Options;
use super::quote::Quote;
use super::safe;

/// One column of the matrix: a document.
pub(crate) struct Column<'r> {
    pub doc: &'r DocumentReport,
}

impl Column<'_> {
    /// "000 (pt)", the id made visible.
    pub fn header(&self) -> String {
        format!("{} ({})", safe::name(&self.doc.id), self.doc.lang)
    }
}

/// What one source says of one fact.
pub(crate) struct Cell<'r> {
    /// The value as written in the source's language ("mais de 100 mil
    /// chips", "asserted / denied", "Acme"), values joined by " / ".
    pub value: String,
    /// How the source relates to the consensus; `SingleSource` when it is
    /// the only source.
    pub mark: Verdict,
    /// The source's claims on the fact, in claim order.
    pub claims: Vec<&'r Claim>,
    /// What the mark means for this cell when the legend's word for it
    /// does not say it (the sides of a disputed fact).
    pub note: Option<&'static str>,
}

/// What a source's side of a disputed fact means, and its mark: reporting
/// the denial (with the claim or not) is what a careful outlet does;
/// stating a denied claim without the denial is flagged.
pub(crate) fn side_mark(side: Side) -> (Verdict, &'static str) {
    match side {
        Side::Both => (Verdict::Agree, "reports both the claim and its denial"),
        Side::Denial => (Verdict::Agree, "reports the denial"),
        Side::Assertion => (Verdict::Contradict, "states the claim without its denial"),
    }
}

/// One row of the matrix: a finding with a predicate.
pub(crate) struct Row<'r> {
    /// The finding's number in the list of shown findings, from 1.
    pub number: usize,
    pub finding: &'r Finding,
    /// One cell per column; `None` where the source does not report the fact.
    pub cells: Vec<Option<Cell<'r>>>,
}

/// A shown finding and its number.
pub(crate) struct Shown<'r> {
    pub number: usize,
    pub finding: &'r Finding,
}

/// Everything a view shows of a report.
pub(crate) struct View<'r> {
    pub report: &'r Report,
    pub columns: Vec<Column<'r>>,
    pub shown: Vec<Shown<'r>>,
    pub rows: Vec<Row<'r>>,
    pub claims: BTreeMap<&'r str, &'r Claim>,
    /// Display names by entity key.
    pub names: BTreeMap<&'r str, &'r str>,
    /// Findings the options' verdicts and sources let through that are not
    /// shown only because they are single-source (see [`Options::all`]).
    pub summarized: usize,
}

impl<'r> View<'r> {
    pub fn new(report: &'r Report, opts: &Options) -> View<'r> {
        let columns: Vec<Column> = report.documents.iter().map(|doc| Column { doc }).collect();
        let claims: BTreeMap<&str, &Claim> = report.claims.iter().map(|c| (c.id.as_str(), c)).collect();
        let shown: Vec<Shown> = report
            .findings
            .iter()
            .filter(|f| opts.shows(f))
            .enumerate()
            .map(|(i, finding)| Shown { number: i + 1, finding })
            .collect();
        let rows = shown
            .iter()
            .filter(|s| s.finding.predicate.is_some() && s.finding.kind != FindingKind::NameVariant)
            .map(|s| Row { number: s.number, finding: s.finding, cells: cells(s.finding, &columns, &claims) })
            .collect();
        let names = report.entities.iter().map(|e| (e.key.as_str(), e.name.as_str())).collect();
        let summarized = report.findings.iter().filter(|f| opts.passes_filters(f) && !opts.shows(f)).count();
        View { report, columns, shown, rows, claims, names, summarized }
    }

    /// "Acme develop model": see [`fact_name`].
    pub fn fact_name(&self, f: &Finding) -> String {
        fact_name(f, &self.names)
    }

    /// "Acme develop model (denial)".
    pub fn row_label(&self, f: &Finding) -> String {
        format!("{} ({})", self.fact_name(f), kind_short(f.kind))
    }

    /// "21 single-source facts not shown (--all lists them)", when some are.
    pub fn summary_line(&self) -> Option<String> {
        let n = self.summarized;
        let facts = if n == 1 { "fact" } else { "facts" };
        (n > 0).then(|| format!("{n} single-source {facts} not shown (--all lists them)"))
    }

    /// One line per skipped document: "skipped x.txt: why".
    pub fn skipped_lines(&self) -> Vec<String> {
        self.report
            .skipped
            .iter()
            .map(|s| format!("skipped {}: {}", safe::name(&s.id), safe::prose(&s.reason)))
            .collect()
    }

    /// The claims of a finding, in the finding's order.
    pub fn claims_of(&self, f: &'r Finding) -> Vec<&'r Claim> {
        f.claims.iter().filter_map(|id| self.claims.get(id.as_str()).copied()).collect()
    }

    /// "5 documents: 000 (pt), 001 (pt), 002 (id), 003 (es), 004 (it, 2024-10)".
    pub fn documents_line(&self) -> String {
        let docs: Vec<String> = self
            .report
            .documents
            .iter()
            .map(|d| {
                let date = d.published.map(|p| format!(", {p}")).unwrap_or_default();
                format!("{} ({}{date})", safe::name(&d.id), d.lang)
            })
            .collect();
        format!("{} documents: {}", self.report.documents.len(), docs.join(", "))
    }

    /// "104 claims, 37 findings: 1 contradict, 3 tension, ...".
    pub fn counts_line(&self) -> String {
        let mut counts: BTreeMap<Verdict, usize> = BTreeMap::new();
        for f in &self.report.findings {
            *counts.entry(f.verdict).or_default() += 1;
        }
        let summary: Vec<String> = counts.iter().map(|(v, n)| format!("{n} {}", v.as_str())).collect();
        format!("{} claims, {} findings: {}", self.report.claims.len(), self.report.findings.len(), summary.join(", "))
    }

    /// What the options' verdicts and sources hide, or `None` when they
    /// hide nothing (single-source facts left out by default are told by
    /// [`View::summary_line`]).
    pub fn filter_line(&self, opts: &Options) -> Option<String> {
        if self.shown.len() + self.summarized == self.report.findings.len() {
            return None;
        }
        let mut what = Vec::new();
        if opts.verdicts.len() < ALL_VERDICTS.len() {
            let v: Vec<&str> = opts.verdicts.iter().map(|v| v.as_str()).collect();
            what.push(format!("verdicts {}", v.join(", ")));
        }
        if opts.min_sources > 1 {
            what.push(format!("at least {} sources", opts.min_sources));
        }
        Some(format!("showing {} of {} findings ({})", self.shown.len(), self.report.findings.len(), what.join("; ")))
    }
}

/// Every verdict, in report order.
pub(crate) const ALL_VERDICTS: [Verdict; 5] =
    [Verdict::Contradict, Verdict::Tension, Verdict::Compatible, Verdict::Agree, Verdict::SingleSource];

/// The one-character mark of a cell's relation to the consensus.
pub(crate) fn mark_char(v: Verdict) -> char {
    match v {
        Verdict::Agree => '=',
        Verdict::Compatible => '~',
        Verdict::Tension => '!',
        Verdict::Contradict => 'X',
        Verdict::SingleSource => '*',
    }
}

/// What each mark means, in the order of the legend.
pub(crate) const LEGEND: [(Verdict, &str); 5] = [
    (Verdict::Agree, "agrees with the consensus"),
    (Verdict::Compatible, "compatible"),
    (Verdict::Tension, "tension"),
    (Verdict::Contradict, "contradicts"),
    (Verdict::SingleSource, "only source"),
];

/// "[CONTRADICT]"-style labels.
pub(crate) fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Contradict => "CONTRADICT",
        Verdict::Tension => "TENSION",
        Verdict::Compatible => "COMPATIBLE",
        Verdict::Agree => "AGREE",
        Verdict::SingleSource => "SINGLE SOURCE",
    }
}

/// What a finding compares, in words.
pub(crate) fn kind_label(k: FindingKind) -> &'static str {
    match k {
        FindingKind::Quantity => "quantity",
        FindingKind::Time => "time",
        FindingKind::Polarity => "assertion against denial",
        FindingKind::Attribute => "attribute",
        FindingKind::NameVariant => "name variant",
        FindingKind::Presence => "reported",
        FindingKind::Derived => "derived note",
        FindingKind::Dispute => "disputed claim",
    }
}

/// A short kind, for matrix row labels.
pub(crate) fn kind_short(k: FindingKind) -> &'static str {
    match k {
        FindingKind::Quantity => "quantity",
        FindingKind::Time => "time",
        FindingKind::Polarity => "denial",
        FindingKind::Attribute => "affiliation",
        FindingKind::NameVariant => "name",
        FindingKind::Presence => "reported",
        FindingKind::Derived => "derived",
        FindingKind::Dispute => "disputed",
    }
}

/// "Acme develop model": the subject and object by their display names
/// where the report's entities name them (else their keys), the predicate
/// with spaces for underscores ("decline comment"), all made visible; an
/// object that only repeats the predicate ("votes votes") is left out.
pub(crate) fn fact_name(f: &Finding, names: &BTreeMap<&str, &str>) -> String {
    let name = |key: &str| safe::name(names.get(key).copied().unwrap_or(key)).into_owned();
    let subject = name(&f.subject);
    let repeats = |o: &&str| f.predicate.is_some_and(|p| p.as_str() == *o);
    let object = f.object.as_deref().filter(|o| !repeats(o)).map(name);
    let predicate = f.predicate.map(|p| p.to_string().replace('_', " "));
    match (predicate, object) {
        (Some(p), Some(o)) => format!("{subject} {p} {o}"),
        (Some(p), None) => format!("{subject} {p}"),
        (None, Some(o)) => format!("{subject} / {o}"),
        (None, None) => subject,
    }
}

/// A finding's explanation made visible; the ids of its sources in it are
/// shown as everywhere else (a line break in one as `^J`, not a space).
pub(crate) fn explanation(f: &Finding) -> String {
    let mut e = std::borrow::Cow::Borrowed(f.explanation.as_str());
    for id in &f.sources {
        let shown = safe::name(id);
        if shown != safe::prose(id) {
            e = std::borrow::Cow::Owned(e.replace(id.as_str(), &shown));
        }
    }
    safe::prose(&e).into_owned()
}

fn polarity_word(p: Polarity) -> &'static str {
    match p {
        Polarity::Affirmed => "asserted",
        Polarity::Denied => "denied",
    }
}

/// One claim's value for the matrix: what is shown (made visible), the key it is compared
/// by when a consensus is sought, and whether it carries a value of its own
/// (a quantity, a time, an affiliation) rather than only a polarity.
fn claim_value(kind: FindingKind, c: &Claim) -> (String, String, bool) {
    let denied = c.polarity == Polarity::Denied;
    let with_polarity = |text: &str| {
        let text = safe::prose(text);
        if denied { format!("denied: {text}") } else { text.into_owned() }
    };
    match kind {
        FindingKind::Quantity | FindingKind::Derived if c.quantity.is_some() => {
            // The reading is a key here, compared and never shown.
            let q = c.quantity.as_ref().map(|q| (q.text.as_str(), show_interval(&q.interval, &q.unit)));
            let (text, key) = q.unwrap_or_default();
            (with_polarity(text), format!("{}:{key}", polarity_word(c.polarity)), true)
        }
        FindingKind::Time if c.time.is_some() => {
            let t = c.time.as_ref().map(|t| (t.text.as_str(), t.value.to_string()));
            let (text, key) = t.unwrap_or_default();
            (with_polarity(text), format!("{}:{key}", polarity_word(c.polarity)), true)
        }
        FindingKind::Attribute => {
            let a = c.attribution.affiliation.as_ref();
            let text = safe::prose(a.map_or("?", |e| &*e.text)).into_owned();
            let key = a.map_or("?", |e| &*e.key).to_string();
            (text, key, true)
        }
        _ => (polarity_word(c.polarity).to_string(), polarity_word(c.polarity).to_string(), false),
    }
}

fn cells<'r>(f: &'r Finding, columns: &[Column], claims: &BTreeMap<&str, &'r Claim>) -> Vec<Option<Cell<'r>>> {
    // Per source: its claims, shown values and keys, in claim order.
    struct Acc<'r> {
        claims: Vec<&'r Claim>,
        values: Vec<(String, String, bool)>,
    }
    let mut by_source: BTreeMap<&str, Acc> = BTreeMap::new();
    for id in &f.claims {
        let Some(c) = claims.get(id.as_str()) else { continue };
        let acc = by_source.entry(&*c.source).or_insert_with(|| Acc { claims: Vec::new(), values: Vec::new() });
        acc.claims.push(c);
        let v = claim_value(f.kind, c);
        if !acc.values.contains(&v) {
            acc.values.push(v);
        }
    }
    // A source that gives a value shows its values, not bare polarity words.
    for acc in by_source.values_mut() {
        if acc.values.iter().any(|v| v.2) {
            acc.values.retain(|v| v.2);
        }
    }
    let keys: BTreeMap<&str, BTreeSet<&str>> =
        by_source.iter().map(|(s, acc)| (*s, acc.values.iter().map(|v| v.1.as_str()).collect())).collect();
    let marks = marks(f, &keys);
    columns
        .iter()
        .map(|col| {
            let acc = by_source.remove(col.doc.id.as_str())?;
            let value = acc.values.iter().map(|v| v.0.as_str()).collect::<Vec<_>>().join(" / ");
            let side = f.sides.iter().find(|s| s.source == col.doc.id).map(|s| side_mark(s.reports));
            let mark = match side {
                Some((mark, _)) => mark,
                None => marks.get(col.doc.id.as_str()).copied().unwrap_or(f.verdict),
            };
            Some(Cell { value, mark, claims: acc.claims, note: side.map(|s| s.1) })
        })
        .collect()
}

/// How each source relates to the consensus of a finding.
///
/// - A finding with one source: that source is the only source.
/// - Derived notes: every source gets the note's verdict (they relate two
///   facts, there is no consensus value).
/// - Quantities told in several voices: a source agrees unless its figure
///   for a voice is outside that voice's consensus.
/// - Quantities with no consensus (no value has a strict majority): every
///   source gets the finding's verdict, none is singled out.
/// - Findings with pairwise verdicts (quantities): the sources that give
///   the same value form groups; the largest (the earliest source's on a
///   tie, as the comparator picks its consensus) is the consensus. Its
///   sources agree; any other source's mark is its worst verdict against them.
/// - Otherwise the consensus is the value most sources give; a source that
///   gives only that value agrees, any other gets the finding's verdict.
///   When two values tie for most there is no consensus, and every source
///   gets the finding's verdict (one assertion against one denial: both X).
fn marks<'s>(f: &Finding, keys: &BTreeMap<&'s str, BTreeSet<&str>>) -> BTreeMap<&'s str, Verdict> {
    let sources = keys.keys().copied();
    if f.verdict == Verdict::SingleSource || keys.len() <= 1 {
        return sources.map(|s| (s, Verdict::SingleSource)).collect();
    }
    if matches!(f.kind, FindingKind::Derived | FindingKind::NameVariant) || f.verdict == Verdict::Agree {
        return sources.map(|s| (s, f.verdict)).collect();
    }
    // A fact told in several voices: a source that gives each voice's
    // figure as that voice does elsewhere agrees; the outliers do not.
    if !f.reasons.voices.is_empty() {
        return sources
            .map(|s| (s, if f.outliers.iter().any(|o| o == s) { f.verdict } else { Verdict::Agree }))
            .collect();
    }
    // Figures with no majority: no source is singled out.
    if f.kind == FindingKind::Quantity && f.consensus.is_none() {
        return sources.map(|s| (s, f.verdict)).collect();
    }
    if !f.pairs.is_empty() {
        let verdict = |a: &str, b: &str| {
            f.pairs.iter().find(|p| (&*p.a == a && &*p.b == b) || (&*p.a == b && &*p.b == a)).map(|p| p.verdict)
        };
        let all: Vec<&str> = sources.collect();
        // Groups of sources that agree exactly, in source order.
        let mut groups: Vec<Vec<&str>> = Vec::new();
        for &s in &all {
            match groups.iter_mut().find(|g| verdict(g[0], s) == Some(Verdict::Agree)) {
                Some(g) => g.push(s),
                None => groups.push(vec![s]),
            }
        }
        let best = groups.iter().map(Vec::len).max().unwrap_or(0);
        let consensus: Vec<&str> = groups.into_iter().find(|g| g.len() == best).unwrap_or_default();
        return all
            .into_iter()
            .map(|s| {
                if consensus.contains(&s) {
                    return (s, Verdict::Agree);
                }
                let worst = consensus.iter().filter_map(|c| verdict(s, c)).min();
                (s, worst.unwrap_or(f.verdict))
            })
            .collect();
    }
    let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
    for ks in keys.values() {
        for k in ks {
            *votes.entry(k).or_default() += 1;
        }
    }
    // The value most sources give; none when two values tie for most.
    let best = votes.values().copied().max().unwrap_or(0);
    let mut leaders = votes.iter().filter(|(_, n)| **n == best).map(|(k, _)| *k);
    let consensus = match (leaders.next(), leaders.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    };
    keys.iter()
        .map(|(s, ks)| {
            let agrees = ks.len() == 1 && ks.iter().next().copied() == consensus;
            (*s, if agrees { Verdict::Agree } else { f.verdict })
        })
        .collect()
}

/// What one source says of a finding, in one line, with every distinct
/// evidence sentence for it.
pub(crate) struct Said<'r> {
    pub source: &'r str,
    pub lang: crate::Lang,
    pub line: String,
    /// The evidence, whole sentences, each with the figure it cites.
    pub evidence: Vec<Quote>,
}

/// Claims grouped by source and claim line, in the order they first appear.
pub(crate) fn said<'r>(f: &Finding, claims: &[&'r Claim]) -> Vec<Said<'r>> {
    let mut out: Vec<Said<'r>> = Vec::new();
    for c in claims {
        let line = super::claim_line(f, c);
        let ev = Quote::of(f.kind, c);
        match out.iter_mut().find(|s| s.source == &*c.source && s.line == line) {
            Some(s) => {
                if !s.evidence.iter().any(|q| q.text == ev.text) {
                    s.evidence.push(ev);
                }
            }
            None => out.push(Said { source: &c.source, lang: c.lang, line, evidence: vec![ev] }),
        }
    }
    out
}

//! Views of a [`Report`]: JSON for tools; text for a terminal, Markdown for
//! a newsroom ticket and one self-contained HTML page for fact-checkers.
//!
//! The text, Markdown and HTML views show the same thing, in this order:
//!
//! 1. a summary: the documents, the number of claims and of findings by verdict;
//! 2. a **fact-by-source matrix**: one row per fact (every finding with a
//!    predicate, so not name variants), one column per document. Each cell
//!    holds the value as that source writes it, in its own language (the
//!    quantity text, the time text, `asserted`/`denied`, or the speaker's
//!    affiliation for attribute findings), and a mark for how the source
//!    relates to the consensus of the other sources:
//!
//!    | mark | verdict | the source |
//!    |---|---|---|
//!    | `=` | agree | gives the consensus value |
//!    | `~` | compatible | overlaps it, or is reconciled with it by a relation |
//!    | `!` | tension | differs from it only within rounding, or touches it at a bound |
//!    | `X` | contradict | contradicts it (beyond rounding, or a denial against assertions) |
//!    | `*` | single source | is the only source of the fact |
//!
//!    An empty cell means the source does not report the fact. For
//!    quantities the marks come from the comparator's pairwise verdicts
//!    against the sources that are not outliers; otherwise the consensus is
//!    the value most sources give, and when two values tie for most (one
//!    assertion, one denial) every source is marked with the finding's verdict.
//! 3. the findings, contradictions first (the order of [`Report::findings`]),
//!    each with the value every source gives and its evidence, quoted in the
//!    original language, and the comparator's explanation.
//!
//! Findings are numbered in the order shown; a matrix row carries the number
//! of its finding. [`Options`] chooses which findings these three views
//! show; the JSON view is always the full report.
//!
//! ```
//! use claimcheck::{check_consistency, render, Document, Lang, Verdict};
//!
//! let docs = [
//!     Document::new("a", "A Acme encomendou mais de 100 mil chips este ano.").with_lang(Lang::Pt),
//!     Document::new("b", "Acme memesan lebih dari 100.000 chip tahun ini.").with_lang(Lang::Id),
//! ];
//! let report = check_consistency(&docs)?;
//! let opts = render::Options::new().show(&[Verdict::Contradict, Verdict::Tension]).min_sources(2);
//! let page = render::html_with(&report, &opts);
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! let ticket = render::markdown(&report);
//! assert!(ticket.contains("| a (pt) | b (id) |"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod html;
mod json;
mod markdown;
mod quote;
mod safe;
mod view;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::compare::show_interval;
use crate::schema::{Claim, Finding, FindingKind, Polarity, Report, Verdict};

pub use html::{html, html_with};
pub use markdown::{markdown, markdown_with};

use view::{LEGEND, View, kind_label, mark_char, pad, row_label, verdict_label};

/// The report as pretty-printed JSON (the stable contract for tools).
///
/// Always the full report: [`Options`] do not apply. Strings are as in the
/// report; the characters that could act on a terminal (controls, bidi
/// controls, zero-width characters) are written as `\u` escapes, so that
/// the JSON reads back the same and `cat` of it is safe.
pub fn json(report: &Report) -> String {
    // Invariant: every value in a Report serializes (no non-string map keys, finite numbers).
    json::to_string(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// Which findings the text, Markdown and HTML views show, and how wide the
/// text view's matrix cells are.
///
/// The default shows everything: every verdict, findings with any number of
/// sources. Build one with the methods:
///
/// ```
/// use claimcheck::{render::Options, Verdict};
///
/// let opts = Options::new().show(&[Verdict::Contradict]).min_sources(3);
/// assert_eq!(opts.min_sources, 3);
/// assert_eq!(Options::parse_verdicts("contradict,single_source").unwrap(),
///            [Verdict::Contradict, Verdict::SingleSource]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The verdicts whose findings are shown (default: all five).
    pub verdicts: BTreeSet<Verdict>,
    /// The fewest sources a finding must have to be shown (default 1: all).
    pub min_sources: usize,
    /// The widest a matrix cell may be in the text view, in chars (default
    /// 24); a longer value is cut and ends with "…". Markdown and HTML show
    /// values in full.
    pub cell_width: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options { verdicts: view::ALL_VERDICTS.into_iter().collect(), min_sources: 1, cell_width: 24 }
    }
}

impl Options {
    /// The default: everything shown.
    pub fn new() -> Options {
        Options::default()
    }

    /// Shows only findings with one of these verdicts.
    pub fn show(mut self, verdicts: &[Verdict]) -> Options {
        self.verdicts = verdicts.iter().copied().collect();
        self
    }

    /// Shows only findings with at least `n` sources (0 counts as 1).
    pub fn min_sources(mut self, n: usize) -> Options {
        self.min_sources = n;
        self
    }

    /// Sets the widest matrix cell of the text view, in chars (at least 4).
    pub fn cell_width(mut self, chars: usize) -> Options {
        self.cell_width = chars.max(4);
        self
    }

    /// Whether a finding is shown.
    pub fn shows(&self, f: &Finding) -> bool {
        self.verdicts.contains(&f.verdict) && f.sources.len() >= self.min_sources.max(1)
    }

    /// Reads a comma-separated list of verdict names, as in JSON
    /// (`contradict`, `tension`, `compatible`, `agree`, `single_source`;
    /// `single-source` and `single` are accepted too), in the order given.
    /// The error names the bad item and the accepted names.
    pub fn parse_verdicts(list: &str) -> Result<Vec<Verdict>, String> {
        let mut out = Vec::new();
        for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let v = match item.to_ascii_lowercase().as_str() {
                "contradict" => Verdict::Contradict,
                "tension" => Verdict::Tension,
                "compatible" => Verdict::Compatible,
                "agree" => Verdict::Agree,
                "single_source" | "single-source" | "single" => Verdict::SingleSource,
                _ => {
                    return Err(format!(
                        "unknown verdict {item:?} (expected contradict, tension, compatible, agree or single_source)"
                    ));
                }
            };
            if !out.contains(&v) {
                out.push(v);
            }
        }
        if out.is_empty() {
            return Err("no verdict given".to_string());
        }
        Ok(out)
    }
}

/// The report as text for a terminal, everything shown: see [`text_with`].
pub fn text(report: &Report) -> String {
    text_with(report, &Options::default())
}

/// The report as text for a terminal: the summary, the fact-by-source
/// matrix, then each finding shown, contradictions first, with the value
/// each source gives in its own words, its evidence, and why.
///
/// Matrix columns are aligned by counting chars; cells longer than
/// [`Options::cell_width`] are cut. The output depends on the report alone.
pub fn text_with(report: &Report, opts: &Options) -> String {
    let view = View::new(report, opts);
    let mut out = String::new();
    let _ = writeln!(out, "claimcheck: {}", view.documents_line());
    let _ = writeln!(out, "{}", view.counts_line());
    if let Some(line) = view.filter_line(opts) {
        let _ = writeln!(out, "{line}");
    }
    if !view.rows.is_empty() {
        let _ = writeln!(out);
        write_matrix(&mut out, &view, opts);
    }
    if !view.shown.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Findings, contradictions first:");
    }
    let claims: BTreeMap<&str, &Claim> = report.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    for s in &view.shown {
        let _ = writeln!(out);
        write_finding(&mut out, s.number, s.finding, &claims);
    }
    out
}

fn write_matrix(out: &mut String, view: &View, opts: &Options) {
    let legend: Vec<String> = LEGEND.iter().map(|(v, what)| format!("{} {what}", mark_char(*v))).collect();
    let _ = writeln!(out, "Facts by source ({}, blank: not reported):", legend.join(", "));
    let _ = writeln!(out);
    const LABEL_MAX: usize = 44;
    let num_w = view.rows.iter().map(|r| format!("#{}", r.number).len()).max().unwrap_or(2);
    let labels: Vec<String> = view.rows.iter().map(|r| row_label(r.finding)).collect();
    let label_w = labels.iter().map(|l| l.chars().count()).max().unwrap_or(4).clamp(4, LABEL_MAX);
    let verdict_w = view.rows.iter().map(|r| r.finding.verdict.as_str().len()).max().unwrap_or(7).max(7);
    let cell_w: Vec<usize> = view
        .columns
        .iter()
        .enumerate()
        .map(|(i, col)| {
            let widest = view
                .rows
                .iter()
                .filter_map(|r| r.cells[i].as_ref())
                .map(|c| c.value.chars().count() + 2)
                .max()
                .unwrap_or(0)
                .min(opts.cell_width.max(4));
            widest.max(col.header().chars().count())
        })
        .collect();
    let mut line = format!("{}  {}  {}", pad("#", num_w), pad("fact", label_w), pad("verdict", verdict_w));
    for (col, w) in view.columns.iter().zip(&cell_w) {
        line.push_str("  ");
        line.push_str(&pad(&col.header(), *w));
    }
    let _ = writeln!(out, "{}", line.trim_end());
    for (row, label) in view.rows.iter().zip(&labels) {
        let mut line = format!(
            "{}  {}  {}",
            pad(&format!("#{}", row.number), num_w),
            pad(label, label_w),
            pad(row.finding.verdict.as_str(), verdict_w)
        );
        for (cell, w) in row.cells.iter().zip(&cell_w) {
            line.push_str("  ");
            let text = cell.as_ref().map(|c| format!("{} {}", mark_char(c.mark), c.value)).unwrap_or_default();
            line.push_str(&pad(&text, *w));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
}

fn write_finding(out: &mut String, number: usize, f: &Finding, claims: &BTreeMap<&str, &Claim>) {
    let _ = writeln!(out, "#{number} [{}] {} ({})", verdict_label(f.verdict), view::fact_name(f), kind_label(f.kind));
    // One line per source and value, with the first evidence for it.
    let mut shown: BTreeSet<(String, String)> = BTreeSet::new();
    for id in &f.claims {
        let Some(c) = claims.get(id.as_str()) else { continue };
        let value = claim_line(f, c);
        if !shown.insert((c.source.clone(), value.clone())) {
            continue;
        }
        let _ = writeln!(out, "  {:<8} {} {}", safe::name(&c.source), c.lang, value);
        let quote = quote::Quote::of(f.kind, c).window(111);
        let _ = writeln!(out, "           evidence: \"{}\"", quote.text);
    }
    let _ = writeln!(out, "  why: {}", view::explanation(f));
}

/// What one claim says of a finding's fact, in one line: the written value
/// and its reading, or the polarity and who says it; input made visible.
pub(crate) fn claim_line(f: &Finding, c: &Claim) -> String {
    match (f.kind, &c.quantity, &c.time) {
        (FindingKind::Quantity | FindingKind::Derived, Some(q), _) => {
            format!("\"{}\" = {}", safe::prose(&q.text), safe::prose(&show_interval(&q.interval, &q.unit)))
        }
        (FindingKind::Time, _, Some(t)) => format!("\"{}\" = {}", safe::prose(&t.text), t.value),
        (FindingKind::Attribute, _, _) => {
            let a = &c.attribution;
            format!(
                "{} for \"{}\"",
                safe::name(a.speaker.as_deref().unwrap_or("?")),
                safe::prose(a.affiliation.as_ref().map_or("?", |e| e.text.as_str()))
            )
        }
        _ => {
            let pol = if c.polarity == Polarity::Denied { "denied" } else { "asserted" };
            let who = c.attribution.speaker.as_ref().map(|s| format!(" by {}", safe::name(s))).unwrap_or_default();
            format!("{pol}{who}")
        }
    }
}

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
//!    against the sources that are not outliers, and when no value has a
//!    strict majority every source is marked with the finding's verdict,
//!    none singled out; otherwise the consensus is
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

mod explain;
mod html;
mod json;
mod markdown;
mod quote;
mod safe;
mod text;
mod view;

use std::collections::BTreeSet;

use crate::schema::{Claim, Finding, FindingKind, Polarity, Report, Verdict};
pub use explain::explain;
pub(crate) use explain::{clip, show_interval};

pub use html::{html, html_with};
pub use markdown::{markdown, markdown_with};

/// The report as pretty-printed JSON (the stable contract for tools).
///
/// Always the full report: [`Options`] do not apply. Strings are as in the
/// report; the characters that could act on a terminal (controls, bidi
/// controls, zero-width characters) are written as `\u` escapes, so that
/// the JSON reads back the same and `cat` of it is safe.
///
/// [`json_to`] writes the same JSON (pretty or compact) to a writer as it
/// goes, without building the whole string in memory.
pub fn json(report: &Report) -> String {
    // Invariant: every value in a Report serializes (no non-string map keys, finite numbers).
    json::to_string(report).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// Writes `value` (a [`Report`], or any serializable value holding one,
/// such as a line of the command's `--events` output) as JSON to `writer`,
/// as it goes: memory holds no copy of the output. `pretty` indents it as
/// [`json`] does; compact JSON has no white space between tokens and is
/// otherwise the same, byte for byte, and reads back to the same value.
/// The characters that could act on a terminal are `\u` escapes, as in
/// [`json`]. `writer` is written in small pieces: give a buffered one.
///
/// ```
/// use claimcheck::{check_consistency, render, Document, Lang};
///
/// let docs = [Document::new("a", "A Acme encomendou 100 mil chips.").with_lang(Lang::Pt)];
/// let report = check_consistency(&docs)?;
/// let mut out = Vec::new();
/// render::json_to(&report, &mut out, false)?;
/// let compact: serde_json::Value = serde_json::from_slice(&out)?;
/// let pretty: serde_json::Value = serde_json::from_str(&render::json(&report))?;
/// assert_eq!(compact, pretty);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn json_to<T: serde::Serialize + ?Sized, W: std::io::Write>(
    value: &T,
    writer: W,
    pretty: bool,
) -> std::io::Result<()> {
    json::to_writer(value, writer, pretty).map_err(std::io::Error::from)
}

/// The text view's width when none is given, in columns.
pub const DEFAULT_WIDTH: usize = 100;

/// Which findings the text, Markdown and HTML views show, and how wide the
/// text view is.
///
/// The default lists contradictions, tensions, compatible findings and
/// agreements (what several sources report) and counts single-source
/// findings in one line; [`Options::all`] lists them too. Build one with
/// the methods:
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
    /// The widest a matrix cell may be in the text view, in columns
    /// (default 40); a longer value is cut and ends with "…" (a narrower
    /// column wraps the rest). Markdown and HTML show values in full.
    pub cell_width: usize,
    /// The widest line of the text view, in terminal columns (default 100,
    /// at least 50).
    pub width: usize,
    /// Whether single-source findings are listed (default `false`: they are
    /// counted in one line, so that what several sources report comes
    /// first). Set by [`Options::all`], and by [`Options::show`].
    pub all: bool,
    /// Whether the text view colors findings and marks by verdict with ANSI
    /// escape sequences (default `false`). Set by [`Options::color`].
    pub color: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            verdicts: view::ALL_VERDICTS.into_iter().collect(),
            min_sources: 1,
            cell_width: 40,
            width: DEFAULT_WIDTH,
            all: false,
            color: false,
        }
    }
}

impl Options {
    /// The default: see [`Options`].
    pub fn new() -> Options {
        Options::default()
    }

    /// Shows only findings with one of these verdicts, each listed in full
    /// (single-source ones too when asked for: this sets [`Options::all`]).
    pub fn show(mut self, verdicts: &[Verdict]) -> Options {
        self.verdicts = verdicts.iter().copied().collect();
        self.all = true;
        self
    }

    /// Lists every finding (`true`), or only those several sources report
    /// with single-source findings counted in one line (`false`, the
    /// default).
    pub fn all(mut self, all: bool) -> Options {
        self.all = all;
        self
    }

    /// Colors the text view by verdict with ANSI escape sequences (`true`),
    /// or not (`false`, the default). Only the text view has colors; text
    /// from the documents is made visible as always, so it cannot add its
    /// own. A command-line tool passes `true` only when asked to, or when
    /// its output is a terminal that wants colors.
    pub fn color(mut self, color: bool) -> Options {
        self.color = color;
        self
    }

    /// Shows only findings with at least `n` sources (0 counts as 1).
    pub fn min_sources(mut self, n: usize) -> Options {
        self.min_sources = n;
        self
    }

    /// Sets the widest matrix cell of the text view, in columns (at least 4).
    pub fn cell_width(mut self, chars: usize) -> Options {
        self.cell_width = chars.max(4);
        self
    }

    /// Sets the widest line of the text view, in terminal columns (at least
    /// 50; a narrower width gives 50). A command-line tool passes the
    /// terminal's width here, or 100 when the output is not a terminal.
    pub fn width(mut self, columns: usize) -> Options {
        self.width = columns.max(text::MIN_WIDTH);
        self
    }

    /// Whether a finding is listed: its verdict is shown, it has enough
    /// sources, and it is not single-source unless [`Options::all`].
    pub fn shows(&self, f: &Finding) -> bool {
        self.passes_filters(f) && (self.all || f.verdict != Verdict::SingleSource)
    }

    /// Whether a finding passes the verdict and source filters.
    fn passes_filters(&self, f: &Finding) -> bool {
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

/// The report as text for a terminal with the default [`Options`]: see [`text_with`].
pub fn text(report: &Report) -> String {
    text_with(report, &Options::default())
}

/// The report as text for a terminal: the summary, the fact-by-source
/// matrix, then each finding shown, contradictions first, with the value
/// each source gives in its own words, its evidence (a window of the
/// sentence centered on the figure it cites), and why.
///
/// No line is wider than [`Options::width`] terminal columns: paragraphs
/// are word-wrapped with a hanging indent; matrix cells are cut at
/// [`Options::cell_width`], then the columns shrink and the cells wrap
/// within them; documents that cannot fit side by side are shown in
/// groups. The output depends on the report and the options alone.
pub fn text_with(report: &Report, opts: &Options) -> String {
    text::render(report, opts)
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
                safe::prose(a.affiliation.as_ref().map_or("?", |e| &*e.text))
            )
        }
        _ => {
            let pol = if c.polarity == Polarity::Denied { "denied" } else { "asserted" };
            let who = c.attribution.speaker.as_ref().map(|s| format!(" by {}", safe::name(s))).unwrap_or_default();
            format!("{pol}{who}")
        }
    }
}

//! The text view, for a terminal: fitted to [`Options::width`] columns.
//!
//! Every line is at most the width, measured in terminal columns (a CJK
//! char or an emoji takes two). Paragraphs (the summary, the "why" lines)
//! are word-wrapped with a hanging indent; the matrix shrinks its columns
//! and wraps cells, and when the documents do not fit side by side at
//! all, it is shown in groups of documents, each with the fact column.

use std::fmt::Write;

use super::Options;
use super::quote::{Quote, char_cols, cols};
use super::view::{self, LEGEND, Row, View, kind_label, mark_char, verdict_label};
use crate::schema::{Finding, Report, Verdict};

/// The narrowest text view, in columns: a matrix needs its number, fact,
/// verdict and one document column side by side.
pub(crate) const MIN_WIDTH: usize = 50;

/// A fact column is not narrowed below this many columns.
const LABEL_MIN: usize = 14;
/// Nor is the fact column's natural width above this.
const LABEL_MAX: usize = 44;
/// Nor is a document column narrowed below this (a mark, a space, six
/// chars of the value).
const CELL_MIN: usize = 10;

/// The text view: see [`super::text_with`].
pub(crate) fn render(report: &Report, opts: &Options) -> String {
    let width = opts.width.max(MIN_WIDTH);
    let view = View::new(report, opts);
    let mut out = String::new();
    para(&mut out, "claimcheck: ", &view.documents_line(), "  ", width);
    para(&mut out, "", &view.counts_line(), "  ", width);
    if let Some(line) = view.filter_line(opts) {
        para(&mut out, "", &line, "  ", width);
    }
    if let Some(line) = view.summary_line() {
        para(&mut out, "", &line, "  ", width);
    }
    for line in view.skipped_lines() {
        para(&mut out, "", &line, "  ", width);
    }
    if !view.rows.is_empty() {
        let _ = writeln!(out);
        write_matrix(&mut out, &view, opts, width);
    }
    if !view.shown.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Findings, contradictions first:");
    }
    for s in &view.shown {
        let _ = writeln!(out);
        write_finding(&mut out, &view, s.number, s.finding, (width, opts.color));
    }
    out
}

/// Appends `text` word-wrapped to `width` columns: the first line after
/// `first`, the others after `rest`.
fn para(out: &mut String, first: &str, text: &str, rest: &str, width: usize) {
    let lines = wrap(text, width.saturating_sub(cols(first)), width.saturating_sub(cols(rest)));
    for (i, line) in lines.iter().enumerate() {
        let prefix = if i == 0 { first } else { rest };
        let _ = writeln!(out, "{}", format!("{prefix}{line}").trim_end());
    }
}

/// `text` word-wrapped: the first line at most `first` columns, the others
/// at most `rest`; a word wider than its line is broken between chars.
/// Runs of spaces between words are kept within a line.
pub(crate) fn wrap(text: &str, first: usize, rest: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    let limit = |n: usize| if n == 0 { first.max(1) } else { rest.max(1) };
    for word in text.split(' ') {
        let w = cols(word);
        let gap = usize::from(!line.is_empty() || used > 0);
        if used + gap + w <= limit(lines.len()) {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            used += gap + w;
            continue;
        }
        // The word starts a line; a word wider than a line is broken, and
        // starts on the line it does not fit.
        if w <= limit(lines.len() + 1) || used + gap >= limit(lines.len()) {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            used = 0;
        } else if gap == 1 {
            line.push(' ');
            used += 1;
        }
        let mut word_start = line.len();
        for c in word.chars() {
            let cw = char_cols(c);
            if used + cw > limit(lines.len()) && used > 0 {
                // Break after the word's last "_", "-" or "/" on the line, if any.
                let tail = line[word_start..].rfind(['_', '-', '/']).map(|i| word_start + i + 1);
                let tail = tail.filter(|&t| t < line.len()).map(|t| line.split_off(t)).unwrap_or_default();
                lines.push(std::mem::replace(&mut line, tail));
                used = cols(&line);
                word_start = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `s` cut to at most `width` columns, ending a cut one with "…".
pub(crate) fn clip(s: &str, width: usize) -> String {
    if cols(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = char_cols(c);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// `s` padded with spaces to `width` columns (never cut).
fn pad(s: &str, width: usize) -> String {
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(cols(s))));
    out
}

/// The widths of the matrix's columns for one group of documents.
struct Layout {
    num: usize,
    label: usize,
    verdict: usize,
    cells: Vec<usize>,
}

fn write_matrix(out: &mut String, view: &View, opts: &Options, width: usize) {
    let legend: Vec<String> = LEGEND.iter().map(|(v, what)| format!("{} {what}", mark_char(*v))).collect();
    let legend = format!("Facts by source ({}, blank: not reported):", legend.join(", "));
    para(out, "", &legend, "  ", width);
    let labels: Vec<String> = view.rows.iter().map(|r| view.row_label(r.finding)).collect();
    let cells: Vec<Vec<String>> = view
        .rows
        .iter()
        .map(|r| {
            let text = |c: &view::Cell| clip(&format!("{} {}", mark_char(c.mark), c.value), opts.cell_width.max(4));
            r.cells.iter().map(|c| c.as_ref().map(text).unwrap_or_default()).collect()
        })
        .collect();
    let headers: Vec<String> = view.columns.iter().map(|c| c.header()).collect();
    let num = view.rows.iter().map(|r| format!("#{}", r.number).len()).max().unwrap_or(2);
    let label_natural = labels.iter().map(|l| cols(l)).max().unwrap_or(4).clamp(4, LABEL_MAX);
    let natural: Vec<usize> = (0..headers.len())
        .map(|i| cells.iter().map(|row| cols(&row[i])).chain([cols(&headers[i])]).max().unwrap_or(0))
        .collect();
    // Full verdict names when every column fits at its natural width, else short ones.
    let verdict_w = |short: bool| view.rows.iter().map(|r| verdict_name(r.finding.verdict, short).len()).max();
    let full = verdict_w(false).unwrap_or(7).max(7);
    let short = num + full + label_natural + natural.iter().map(|w| w + 2).sum::<usize>() + 4 > width;
    let verdict = verdict_w(short).unwrap_or(7).max(7);
    for group in groups(&natural, num + verdict + label_natural.min(LABEL_MIN) + 4, width) {
        if group.len() < headers.len() {
            let _ = writeln!(out);
            let _ = writeln!(out, "Documents {} to {} of {}:", group.start + 1, group.end, headers.len());
        }
        let layout = fit(num, verdict, label_natural, &natural[group.clone()], width);
        let _ = writeln!(out);
        let mut head = vec!["#".to_string(), "fact".to_string(), "verdict".to_string()];
        head.extend(headers[group.clone()].iter().cloned());
        write_row(out, &layout, &head, &[], false);
        for ((row, label), texts) in view.rows.iter().zip(&labels).zip(&cells) {
            let mut paint = vec![None, None, Some(row.finding.verdict)];
            paint.extend(row.cells[group.clone()].iter().map(|c| c.as_ref().map(|c| c.mark)));
            write_row(out, &layout, &row_texts(row, label, short, &texts[group.clone()]), &paint, opts.color);
        }
    }
}

/// A verdict's name in the matrix: as in JSON, or at most 7 chars.
fn verdict_name(v: Verdict, short: bool) -> &'static str {
    match (v, short) {
        (Verdict::Contradict, true) => "contra.",
        (Verdict::Compatible, true) => "compat.",
        (Verdict::SingleSource, true) => "single",
        _ => v.as_str(),
    }
}

fn row_texts(row: &Row, label: &str, short: bool, cells: &[String]) -> Vec<String> {
    let verdict = verdict_name(row.finding.verdict, short).to_string();
    let mut texts = vec![format!("#{}", row.number), label.to_string(), verdict];
    texts.extend(cells.iter().cloned());
    texts
}

/// The documents split into groups that fit side by side, each group as
/// wide as `fixed` columns plus its documents at their narrowest.
fn groups(natural: &[usize], fixed: usize, width: usize) -> Vec<std::ops::Range<usize>> {
    let n = natural.len();
    let per = (width.saturating_sub(fixed) / (CELL_MIN + 2)).max(1);
    let count = n.div_ceil(per).max(1);
    let size = n.div_ceil(count).max(1);
    (0..count).map(|g| g * size..((g + 1) * size).min(n)).filter(|r| !r.is_empty()).collect()
}

/// Column widths that fit `width`: each column its natural width when all
/// fit; else the fact and document columns start at their narrowest and
/// the room left goes one column at a time to the narrowest that wants
/// more, so that they shrink evenly.
fn fit(num: usize, verdict: usize, label: usize, natural: &[usize], width: usize) -> Layout {
    let mut want = vec![label];
    want.extend_from_slice(natural);
    let mut have: Vec<usize> =
        want.iter().enumerate().map(|(i, &w)| w.min(if i == 0 { LABEL_MIN } else { CELL_MIN })).collect();
    let separators = 2 * (want.len() + 1);
    let mut room = width.saturating_sub(num + verdict + separators + have.iter().sum::<usize>());
    while room > 0 {
        let Some(i) = (0..want.len()).filter(|&i| have[i] < want[i]).min_by_key(|&i| (have[i], i)) else { break };
        have[i] += 1;
        room -= 1;
    }
    Layout { num, label: have[0], verdict, cells: have[1..].to_vec() }
}

/// One matrix row, its cells wrapped within their columns (a cell's
/// further lines indented past its mark), as many lines as its tallest cell.
///
/// With `color`, the first line's verdict (column 2) and each cell's mark
/// are painted with the verdict `paint` gives for their column.
fn write_row(out: &mut String, layout: &Layout, texts: &[String], paint: &[Option<Verdict>], color: bool) {
    let mut widths = vec![layout.num, layout.label, layout.verdict];
    widths.extend_from_slice(&layout.cells);
    let wrapped: Vec<Vec<String>> = texts
        .iter()
        .zip(&widths)
        .enumerate()
        .map(|(i, (t, &w))| {
            let hang = if i >= 3 && t.chars().nth(1) == Some(' ') { 2 } else { 0 };
            let mut lines = wrap(t, w, w.saturating_sub(hang));
            for l in lines.iter_mut().skip(1) {
                l.insert_str(0, &" ".repeat(hang));
            }
            lines
        })
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
    for i in 0..height {
        let parts: Vec<String> = wrapped
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (lines, &w))| {
                let text = lines.get(i).map_or("", |s| s.as_str());
                match paint.get(c).copied().flatten().filter(|_| color && i == 0 && !text.is_empty()) {
                    // The verdict word, or the cell's mark (one ASCII char).
                    Some(v) => {
                        let n = if c == 2 { text.len() } else { 1 };
                        format!("{}{}", painted(&text[..n], v), pad(&text[n..], w.saturating_sub(cols(&text[..n]))))
                    }
                    None => pad(text, w),
                }
            })
            .collect();
        let _ = writeln!(out, "{}", parts.join("  ").trim_end());
    }
}

/// The ANSI SGR parameters of a verdict's color.
fn sgr(v: Verdict) -> &'static str {
    match v {
        Verdict::Contradict => "1;31",
        Verdict::Tension => "33",
        Verdict::Compatible => "36",
        Verdict::Agree => "32",
        Verdict::SingleSource => "2",
    }
}

/// `s` in the color of `v`, then the default color again.
fn painted(s: &str, v: Verdict) -> String {
    format!("\u{1b}[{}m{s}\u{1b}[0m", sgr(v))
}

/// One finding: its title, one line per source and value with the first
/// evidence for it (a window centered on the figure), and why.
fn write_finding(out: &mut String, view: &View, number: usize, f: &Finding, (width, color): (usize, bool)) {
    let title = format!("[{}] {} ({})", verdict_label(f.verdict), view.fact_name(f), kind_label(f.kind));
    let mut block = String::new();
    para(&mut block, &format!("#{number} "), &title, "    ", width);
    if color {
        // The label is the first bracket of the first line: ours, before any input.
        let label = format!("[{}]", verdict_label(f.verdict));
        block = block.replacen(&label, &painted(&label, f.verdict), 1);
    }
    out.push_str(&block);
    const INDENT: &str = "           ";
    const EVIDENCE: &str = "    evidence: ";
    let mut shown: Vec<(&str, String)> = Vec::new();
    for c in view.claims_of(f) {
        let value = super::claim_line(f, c);
        if shown.iter().any(|(s, v)| *s == &*c.source && *v == value) {
            continue;
        }
        let source = super::safe::name(&c.source);
        para(out, &format!("  {} {} ", pad(&source, 8), c.lang), &value, INDENT, width);
        let quote = Quote::of(f.kind, c).window(width.saturating_sub(cols(EVIDENCE) + 2));
        para(out, EVIDENCE, &format!("\"{}\"", quote.text), "              ", width);
        shown.push((&c.source, value));
    }
    para(out, "  why: ", &view::explanation(f), "       ", width);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping() {
        let cases: &[(&str, &str, usize, usize, &[&str])] = &[
            ("fits", "a b c", 10, 10, &["a b c"]),
            ("breaks at spaces", "alpha beta gamma", 10, 10, &["alpha beta", "gamma"]),
            ("narrower further lines", "alpha beta gamma", 11, 5, &["alpha beta", "gamma"]),
            ("long word is broken", "abcdefghij", 4, 4, &["abcd", "efgh", "ij"]),
            ("a long word fills the line it starts on", "= nell'agosto 2023", 10, 8, &["= nell'ago", "sto 2023"]),
            ("a word that fits the next line moves there", "= asserted", 8, 8, &["=", "asserted"]),
            ("a long word breaks after _ - /", "x electoral_commission", 14, 14, &["x electoral_", "commission"]),
            ("no break char: in place", "x abcdefghijklmnop", 10, 10, &["x abcdefgh", "ijklmnop"]),
            ("empty", "", 5, 5, &[""]),
            ("wide chars take two columns", "字节跳动公司", 5, 5, &["字节", "跳动", "公司"]),
            ("zero width asks for one column", "ab", 0, 0, &["a", "b"]),
        ];
        for (what, text, first, rest, want) in cases {
            assert_eq!(wrap(text, *first, *rest), *want, "{what}");
        }
    }

    #[test]
    fn columns_shrink_evenly_and_fit() {
        let l = fit(3, 10, 30, &[20, 20, 8, 20, 20], 100);
        assert_eq!(l.cells[2], 8, "a narrow column keeps its width");
        let total = l.num + l.label + l.verdict + l.cells.iter().sum::<usize>() + 2 * 7;
        assert!(total <= 100, "{total}");
        let natural = [20, 20, 8, 20, 20];
        assert!(l.cells.iter().zip(natural).all(|(&c, n)| c >= CELL_MIN.min(n)), "{:?}", l.cells);
        let wide = fit(3, 10, 30, &[20, 20], 200);
        assert_eq!((wide.label, wide.cells.clone()), (30, vec![20, 20]), "natural widths when they fit");
    }

    #[test]
    fn documents_in_groups_when_they_cannot_fit() {
        assert_eq!(groups(&[20; 5], 40, 100), vec![0..5]);
        assert_eq!(groups(&[20; 12], 40, 100), [0..4, 4..8, 8..12]);
        assert_eq!(groups(&[20; 3], 40, 50), [0..1, 1..2, 2..3]);
    }
}

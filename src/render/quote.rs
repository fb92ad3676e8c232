//! Evidence quotes: a claim's sentence made visible, the figure it cites
//! located in it, and windows of it centered on that figure.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

use super::safe;
use crate::schema::{Claim, Evidence, FindingKind};

/// The terminal columns of `s`: 2 for a wide (CJK, emoji) char, 0 for a
/// combining mark, 1 for any other.
pub(crate) fn cols(s: &str) -> usize {
    s.chars().map(char_cols).sum()
}

/// The terminal columns of one char (controls count 1: views never show
/// them raw).
pub(crate) fn char_cols(c: char) -> usize {
    c.width().unwrap_or(1)
}

/// A claim's evidence sentence, trimmed and made visible ([`safe::prose`]),
/// and the byte range in it of the figure the claim cites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Quote {
    /// The sentence, or a window of it with "…" at the cut ends.
    pub text: String,
    /// Where the figure (the quantity or time the claim reads) is in
    /// `text`, when it has one and it is found.
    pub figure: Option<Range<usize>>,
}

impl Quote {
    /// The quote of `c`'s evidence for a finding of `kind`: the figure is
    /// the claim's quantity for quantities and derived notes, its time for
    /// times; other findings cite none.
    pub fn of(kind: FindingKind, c: &Claim) -> Quote {
        let figure = match kind {
            FindingKind::Quantity | FindingKind::Derived => c.quantity.as_ref().map(|q| (q.start, q.end, &*q.text)),
            FindingKind::Time => c.time.as_ref().map(|t| (t.start, t.end, &*t.text)),
            _ => None,
        };
        let span = figure.and_then(|(start, end, text)| locate(&c.evidence, start, end, text));
        Quote::new(&c.evidence.text, span)
    }

    /// `sentence` trimmed and made visible, with `figure` (a byte range in
    /// `sentence`) mapped into the result.
    pub fn new(sentence: &str, figure: Option<Range<usize>>) -> Quote {
        let lead = sentence.len() - sentence.trim_start().len();
        let trimmed = sentence.trim();
        let Some(fig) = figure.and_then(|r| {
            let r = r.start.saturating_sub(lead)..r.end.saturating_sub(lead);
            trimmed.get(r.clone()).filter(|s| !s.is_empty()).map(|_| r)
        }) else {
            return Quote { text: safe::prose(trimmed).into_owned(), figure: None };
        };
        let pre = safe::prose(&trimmed[..fig.start]);
        let mid = safe::prose(&trimmed[fig.clone()]);
        let post = safe::prose(&trimmed[fig.end..]);
        let figure = Some(pre.len()..pre.len() + mid.len());
        Quote { text: format!("{pre}{mid}{post}"), figure }
    }

    /// The quote cut to at most `width` columns around its figure, with
    /// "…" at each cut end, the context shared between both sides (a side
    /// with less takes less), cuts moved to a word boundary when one is
    /// near. The whole figure is always kept, even when it alone is wider.
    /// A quote with no figure keeps its start.
    pub fn window(&self, width: usize) -> Quote {
        if cols(&self.text) <= width {
            return self.clone();
        }
        let text = self.text.as_str();
        let fig = self.figure.clone().unwrap_or(0..0);
        let room = width.saturating_sub(cols(&text[fig.clone()]));
        let (before, after) = (cols(&text[..fig.start]), cols(&text[fig.end..]));
        let (mut left, mut right) = (room / 2, room - room / 2);
        if before <= left {
            right += left - before;
            left = before;
        } else if after <= right {
            left += right - after;
            right = after;
        }
        // A cut side gives one column to its "…".
        let start = if before <= left { 0 } else { cut_before(text, fig.start, left.saturating_sub(1)) };
        let end = if after <= right { text.len() } else { cut_after(text, fig.end, right.saturating_sub(1)) };
        let (open, close) = (if start > 0 { "…" } else { "" }, if end < text.len() { "…" } else { "" });
        let figure = self.figure.as_ref().map(|r| r.start - start + open.len()..r.end - start + open.len());
        Quote { text: format!("{open}{}{close}", &text[start..end]), figure }
    }
}

/// Where the figure written `text` at `start..end` in the document is in
/// the evidence sentence: by its offsets, else by its text.
fn locate(ev: &Evidence, start: usize, end: usize, text: &str) -> Option<Range<usize>> {
    let rel = start.checked_sub(ev.start).zip(end.checked_sub(ev.start)).map(|(a, b)| a..b);
    let at_offsets = rel.filter(|r| ev.text.get(r.clone()).is_some_and(|s| !s.is_empty()));
    if !text.is_empty() {
        if let Some(r) = at_offsets.clone().filter(|r| &ev.text[r.clone()] == text) {
            return Some(r);
        }
        if let Some(at) = ev.text.find(text) {
            return Some(at..at + text.len());
        }
    }
    at_offsets
}

/// How far a cut may move to reach a word boundary, in columns.
const SNAP: usize = 12;

/// The byte index where a window that keeps at most `budget` columns
/// before `to` starts, moved forward to a word start when one is near;
/// spaces after the cut are dropped.
fn cut_before(text: &str, to: usize, budget: usize) -> usize {
    let mut start = to;
    let mut used = 0;
    for (i, c) in text[..to].char_indices().rev() {
        used += char_cols(c);
        if used > budget {
            break;
        }
        start = i;
    }
    if start > 0 && !text[..start].ends_with(char::is_whitespace) {
        let near = text[start..to].char_indices().take(SNAP).find(|(_, c)| c.is_whitespace());
        if let Some((i, _)) = near {
            start += i;
        }
    }
    let kept = text[start..to].trim_start();
    to - kept.len()
}

/// The byte index where a window that keeps at most `budget` columns after
/// `from` ends, moved back to a word end when one is near; spaces before
/// the cut are dropped.
fn cut_after(text: &str, from: usize, budget: usize) -> usize {
    let mut end = from;
    let mut used = 0;
    for (i, c) in text[from..].char_indices() {
        used += char_cols(c);
        if used > budget {
            break;
        }
        end = from + i + c.len_utf8();
    }
    if end < text.len() && !text[end..].starts_with(char::is_whitespace) {
        let near = text[from..end].char_indices().rev().take(SNAP).find(|(_, c)| c.is_whitespace());
        if let Some((i, _)) = near {
            end = from + i;
        }
    }
    from + text[from..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(s: &str, f: &str) -> Quote {
        let at = s.find(f).expect("the figure is in the sentence");
        Quote::new(s, Some(at..at + f.len()))
    }

    #[test]
    fn windows() {
        let long =
            "Só nesse ano, a Velkor encomendou 100 mil chips Orion X5, mas recebeu apenas 30 mil exemplares do modelo.";
        let cases: &[(&str, Quote, usize, &str)] = &[
            ("short quotes are whole", fig("Acme ordered 5 chips.", "5 chips"), 40, "Acme ordered 5 chips."),
            (
                "figure at the end",
                fig(long, "30 mil exemplares"),
                50,
                "…mas recebeu apenas 30 mil exemplares do modelo.",
            ),
            ("figure in the middle", fig(long, "100 mil chips"), 40, "…encomendou 100 mil chips Orion X5,…"),
            ("figure at the start", fig(long, "Só nesse ano"), 30, "Só nesse ano, a Velkor…"),
            ("no figure keeps the start", Quote::new(long, None), 30, "Só nesse ano, a Velkor…"),
            (
                "a figure wider than the window is whole",
                fig(long, "encomendou 100 mil chips"),
                10,
                "…encomendou 100 mil chips…",
            ),
            ("width zero", fig(long, "100 mil"), 0, "…100 mil…"),
            (
                "multibyte text around the figure",
                fig("字节跳动订购了超过十万个芯片，但只收到了三万个。", "十万个"),
                12,
                "…过十万个芯…",
            ),
        ];
        for (what, q, width, want) in cases {
            let w = q.window(*width);
            assert_eq!(w.text, *want, "{what}");
            if let (Some(r), Some(orig)) = (&w.figure, &q.figure) {
                assert_eq!(&w.text[r.clone()], &q.text[orig.clone()], "{what}: the figure is kept");
            }
            let figure_cols = q.figure.clone().map_or(0, |r| cols(&q.text[r]));
            assert!(cols(&w.text) <= (*width).max(figure_cols + 2), "{what}: {} columns", cols(&w.text));
        }
    }

    #[test]
    fn a_window_never_cuts_a_char_or_loses_the_figure() {
        let s = "Ação: a empresa — 字节 — comprou 1,5 milhão de ações 🚀 em 2024, e vendeu ½ delas.";
        let figure = "1,5 milhão";
        for width in 0..s.chars().count() + 2 {
            let w = fig(s, figure).window(width);
            let r = w.figure.clone().expect("a figure");
            assert_eq!(&w.text[r], figure, "width {width}");
        }
    }

    #[test]
    fn the_figure_is_found_by_offsets_then_by_text() {
        let ev = Evidence { start: 100, end: 120, text: "  Acme sold 5 chips.".into() };
        assert_eq!(locate(&ev, 112, 119, "5 chips"), Some(12..19));
        assert_eq!(locate(&ev, 0, 7, "5 chips"), Some(12..19), "offsets outside: by text");
        assert_eq!(locate(&ev, 112, 119, "7 chips"), Some(12..19), "text differs: by offsets");
        assert_eq!(locate(&ev, 112, 999, "nope"), None);
        let q = Quote::new(&ev.text, Some(12..19));
        assert_eq!((q.text.as_str(), q.figure), ("Acme sold 5 chips.", Some(10..17)), "trimmed");
        let hostile = Quote::new("a\u{1b}b 5\u{202e} chips", Some(4..11));
        assert_eq!(&hostile.text[hostile.figure.clone().unwrap()], "5<U+202E> ch");
    }
}

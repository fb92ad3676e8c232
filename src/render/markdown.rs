//! The report as Markdown (CommonMark with GitHub tables), for a newsroom ticket.

use std::fmt::Write;

use super::Options;
use super::safe;
use super::view::{LEGEND, View, explanation, kind_label, mark_char, said, verdict_label};
use crate::schema::{Report, Verdict};

/// The report as Markdown with the default [`Options`]: see [`markdown_with`].
pub fn markdown(report: &Report) -> String {
    markdown_with(report, &Options::default())
}

/// The report as Markdown for a newsroom ticket: a summary line, the
/// fact-by-source matrix as a table, then one section per finding shown,
/// contradictions first, with each source's evidence as a block quote.
///
/// Text from the documents is escaped so that it reads as written: Markdown
/// punctuation is backslash-escaped (so `<script>` stays text and `|` cannot
/// split a table cell) and line breaks become spaces.
pub fn markdown_with(report: &Report, opts: &Options) -> String {
    let view = View::new(report, opts);
    let mut out = String::new();
    summary(&mut out, &view, opts);
    matrix(&mut out, &view);
    findings(&mut out, &view);
    out
}

/// The title, the summary line and the skipped documents.
fn summary(out: &mut String, view: &View, opts: &Options) {
    let _ = writeln!(out, "# claimcheck report");
    let _ = writeln!(out);
    let mut summary = format!("**Summary:** {}; {}.", esc(&view.documents_line()), esc(&view.counts_line()));
    if let Some(line) = view.filter_line(opts) {
        let _ = write!(summary, " {}.", capitalize(&esc(&line)));
    }
    if let Some(line) = view.summary_line() {
        let _ = write!(summary, " {}.", capitalize(&esc(&line)));
    }
    let _ = writeln!(out, "{summary}");
    let skipped = view.skipped_lines();
    if !skipped.is_empty() {
        let _ = writeln!(out);
        for line in skipped {
            let _ = writeln!(out, "- {}", capitalize(&esc(&line)));
        }
    }
}

/// The fact-by-source matrix as a table, when it has rows.
fn matrix(out: &mut String, view: &View) {
    if view.rows.is_empty() {
        return;
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "## Facts by source");
    let _ = writeln!(out);
    let legend: Vec<String> = LEGEND.iter().map(|(v, what)| format!("`{}` {what}", mark_char(*v))).collect();
    let _ = writeln!(out, "Marks: {}; an empty cell: not reported.", legend.join(", "));
    let _ = writeln!(out);
    let mut head = String::from("| # | fact | verdict |");
    let mut rule = String::from("|---:|---|---|");
    for col in &view.columns {
        let _ = write!(head, " {} |", esc(&col.header()));
        rule.push_str("---|");
    }
    let _ = writeln!(out, "{head}");
    let _ = writeln!(out, "{rule}");
    for row in &view.rows {
        let f = row.finding;
        let mut line = format!(
            "| [{n}](#finding-{n}) | {} | {} |",
            esc(&view.row_label(f)),
            strong_if(f.verdict == Verdict::Contradict, &esc(f.verdict.as_str())),
            n = row.number
        );
        for cell in &row.cells {
            match cell {
                Some(c) => {
                    let _ = write!(line, " `{}` {} |", mark_char(c.mark), esc(&c.value));
                }
                None => line.push_str("  |"),
            }
        }
        let _ = writeln!(out, "{line}");
    }
}

/// One section per finding shown, with each source's evidence quoted.
fn findings(out: &mut String, view: &View) {
    if !view.shown.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "## Findings");
    }
    for s in &view.shown {
        let f = s.finding;
        let _ = writeln!(out);
        let _ = writeln!(out, "<a id=\"finding-{}\"></a>", s.number);
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "### {}. {}: {} ({})",
            s.number,
            verdict_label(f.verdict),
            esc(&view.fact_name(f)),
            kind_label(f.kind)
        );
        let _ = writeln!(out);
        let sources: Vec<_> = f.sources.iter().map(|s| safe::name(s)).collect();
        let _ = writeln!(out, "Sources: {}.", esc(&sources.join(", ")));
        for said in said(f, &view.claims_of(f)) {
            let _ = writeln!(out);
            let _ = writeln!(out, "**{}** ({}): {}", esc(&safe::name(said.source)), said.lang, esc(&said.line));
            for ev in said.evidence {
                let _ = writeln!(out);
                let _ = writeln!(out, "> {}", esc_block(&ev.text));
            }
        }
        let _ = writeln!(out);
        let _ = writeln!(out, "**Why:** {}", esc(&explanation(f)));
    }
}

fn strong_if(yes: bool, s: &str) -> String {
    if yes { format!("**{s}**") } else { s.to_string() }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Escapes text for inline Markdown, safe to paste into a ticket:
///
/// - controls, bidi and zero-width characters made visible
///   ([`safe::prose`]: line breaks become spaces; ids are made visible with
///   [`safe::name`] first, so that a line break in one shows);
/// - mentions and references that a tracker would link or notify
///   (`@name`, `@org/team`, `#123`, `owner/repo#123`, `GH-123`, and
///   anything else with `@` or `#` before a letter or digit) wrapped whole
///   in a code span, which GitHub and GitLab never link (a hidden
///   zero-width character would hide the change);
/// - a backslash before the punctuation that could start markup (emphasis,
///   code, links, HTML, tables, entities, strikethrough, `$` math).
fn esc(s: &str) -> String {
    let s = safe::prose(s);
    let mut out = String::with_capacity(s.len() + 8);
    let mut rest: &str = &s;
    while let Some(ch) = rest.chars().next() {
        let word = reference_at(rest);
        if !word.is_empty() {
            out.push('`');
            out.push_str(word);
            out.push('`');
            rest = &rest[word.len()..];
            continue;
        }
        // Not a reference: the word (or the one char that is none) escaped.
        let len = if ref_char(ch) { rest.find(|c: char| !ref_char(c)).unwrap_or(rest.len()) } else { ch.len_utf8() };
        for c in rest[..len].chars() {
            push_escaped(&mut out, c);
        }
        rest = &rest[len..];
    }
    out
}

/// Pushes `ch`, with a backslash before the punctuation that could start
/// markup.
fn push_escaped(out: &mut String, ch: char) {
    if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' | '!' | '$') {
        out.push('\\');
    }
    out.push(ch);
}

/// The chars of a word that may hold a mention or a reference.
fn ref_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '/' | '#' | '@')
}

/// The word at the start of `s` when a tracker would link it (a mention or
/// an issue reference), without its trailing punctuation; else "".
fn reference_at(s: &str) -> &str {
    let end = s.find(|c: char| !ref_char(c)).unwrap_or(s.len());
    let word = s[..end].trim_end_matches(['.', '-', '_', '/']);
    let b = word.as_bytes();
    let marked = b.windows(2).any(|w| matches!(w[0], b'@' | b'#') && w[1].is_ascii_alphanumeric());
    let gh = b.len() > 3 && b[..3].eq_ignore_ascii_case(b"gh-") && b[3].is_ascii_digit();
    if marked || gh { word } else { "" }
}

/// Escapes text that starts a line (a block quote's content): as [`esc`],
/// and a leading `#`, `-`, `+`, `=` or ordered-list number is escaped too.
fn esc_block(s: &str) -> String {
    let e = esc(s);
    let digits = e.chars().take_while(char::is_ascii_digit).count();
    let after = e[digits..].chars().next();
    if digits > 0 && matches!(after, Some('.' | ')')) {
        return format!("{}\\{}", &e[..digits], &e[digits..]);
    }
    match e.chars().next() {
        Some('#' | '-' | '+' | '=') => format!("\\{e}"),
        _ => e,
    }
}

#[cfg(test)]
mod tests {
    use super::{esc, esc_block};

    #[test]
    fn escapes_for_a_ticket() {
        let cases = [
            ("plain", "Acme ordered 100 mil chips.", "Acme ordered 100 mil chips."),
            ("mention", "thanks @octocat!", "thanks `@octocat`\\!"),
            ("team mention", "cc @acme/legal, ok", "cc `@acme/legal`, ok"),
            ("issue", "see #123.", "see `#123`."),
            ("cross-repo issue", "fixed in acme/site#45", "fixed in `acme/site#45`"),
            ("GH- reference", "per GH-7 and gh-8", "per `GH-7` and `gh-8`"),
            ("email", "bob@example.com", "`bob@example.com`"),
            ("hash then a word", "#hashtag", "`#hashtag`"),
            ("a lone hash and at", "# @ 5 #", "# @ 5 #"),
            ("no reference in a word", "GH-x C#", "GH-x C#"),
            (
                "markup",
                "*a* _b_ `c` [d](e) <f> |g| &h; ~~i~~ !j",
                "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\|g\\| \\&h; \\~\\~i\\~\\~ \\!j",
            ),
            ("dollar math", "$2 bilhões and $5", "\\$2 bilhões and \\$5"),
            ("control chars", "a\u{1b}[2Jb\u{202e}", "a^\\[\\[2Jb\\<U+202E\\>"),
            ("line breaks", "a\nb", "a b"),
        ];
        for (what, input, want) in cases {
            assert_eq!(esc(input), want, "{what}");
        }
    }

    #[test]
    fn block_starts_are_escaped() {
        let cases = [
            ("heading", "# Title", "\\# Title"),
            ("issue at the start", "#12 is open", "`#12` is open"),
            ("list", "- item", "\\- item"),
            ("ordered list", "12. item", "12\\. item"),
            ("text", "Acme", "Acme"),
        ];
        for (what, input, want) in cases {
            assert_eq!(esc_block(input), want, "{what}");
        }
    }
}

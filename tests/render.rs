//! The text, Markdown and HTML views on the sample corpus: the matrix, the
//! evidence, escaping, the options, and the HTML page as headless Chromium
//! renders it.

mod common;

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use claimcheck::{Document, Lang, Report, Verdict, check_consistency, render};

fn corpus() -> Vec<Document> {
    common::sample_corpus()
}

fn report() -> Report {
    check_consistency(&corpus()).expect("the corpus checks")
}

/// Two sources that contradict each other; the first has markup, quotes, a
/// pipe and an ampersand in its id and its text.
fn hostile() -> Report {
    let docs = [
        Document::new(
            "x<b>&'\"",
            "Acme ordered more than 100,000 chips <script>alert('pwn')</script> this year, says \"Bob | Co\" & partners.",
        )
        .with_lang(Lang::En),
        Document::new("y", "Acme ordered 50,000 chips this year.").with_lang(Lang::En),
    ];
    check_consistency(&docs).expect("the documents check")
}

/// Ids and text that try to act on a terminal or a reader: escape sequences
/// (clear screen, OSC 52 clipboard write, OSC 0 window title, OSC 8
/// hyperlink, SGR color), C1 controls, a right-to-left override around a
/// figure, zero-width characters, and a newline in an id that forges a
/// report line.
fn hostile_controls() -> Report {
    let docs = [
        Document::new(
            "evil\n#9 [CONTRADICT] forged",
            "Acme ordered more than 100,000 chips \u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{7} this year, \u{202e}says\u{202c} Bob.",
        )
        .with_lang(Lang::En),
        Document::new("\u{1b}]0;title\u{7}\u{9b}id\u{200b}", "Acme ordered \u{202e}50,000\u{202c} chips this year.")
            .with_lang(Lang::En),
        Document::new(
            "z\u{2066}",
            "Acme ordered 50,000 chips \u{1b}]8;;http://evil.example\u{1b}\\here\u{1b}]8;;\u{1b}\\ this year. \
             Acme\u{1b}[31m hired 300\u{200d} workers\u{85}\u{7f}.",
        )
        .with_lang(Lang::En),
    ];
    check_consistency(&docs).expect("the documents check")
}

/// The chars no view may let through: C0 controls but the line feed, DEL,
/// C1 controls, bidi controls and zero-width characters.
fn acting_chars(s: &str) -> Vec<(usize, char)> {
    s.char_indices()
        .filter(|&(_, c)| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200f}')
                || matches!(c, '\u{61c}' | '\u{2060}' | '\u{feff}' | '\u{2028}' | '\u{2029}')
        })
        .collect()
}

#[test]
fn no_view_lets_control_or_bidi_chars_through() {
    let r = hostile_controls();
    assert!(r.findings.iter().any(|f| f.verdict == Verdict::Contradict), "the hostile documents still make a finding");
    let views = [
        ("text", render::text(&r)),
        ("markdown", render::markdown(&r)),
        ("html", render::html(&r)),
        ("text, one verdict", render::text_with(&r, &render::Options::new().show(&[Verdict::Contradict]))),
    ];
    for (name, out) in &views {
        let bad = acting_chars(out);
        assert!(bad.is_empty(), "{name} lets {bad:?} through:\n{out}");
        // Shown as cat -v and less show them.
        for shown in ["^[]52;c;ZXZpbA==^G", "^[[2J", "<U+202E>", "^[]0;title^G<U+009B>id<U+200B>"] {
            let shown =
                if *name == "html" { shown.replace('<', "&lt;").replace('>', "&gt;") } else { shown.to_string() };
            let shown = if *name == "markdown" {
                shown.replace('<', "\\<").replace('>', "\\>").replace('[', "\\[").replace(']', "\\]")
            } else {
                shown
            };
            assert!(out.contains(&shown), "{name} does not show {shown:?}:\n{out}");
        }
    }
    // JSON keeps every string as it is, with controls, bidi and zero-width
    // characters as \u escapes: the same values, nothing that acts on a terminal.
    let json = render::json(&r);
    assert!(acting_chars(&json).is_empty(), "json lets {:?} through", acting_chars(&json));
    let back: Report = serde_json::from_str(&json).expect("the JSON reads back");
    assert_eq!(back, r, "the JSON holds the same strings");
}

/// `json` with the white space outside strings removed.
fn without_layout(json: &str) -> String {
    let (mut out, mut in_string, mut escaped) = (String::with_capacity(json.len()), false, false);
    for c in json.chars() {
        if in_string {
            (in_string, escaped) = (escaped || c != '"', !escaped && c == '\\');
        } else if c == '"' {
            in_string = true;
        } else if c.is_ascii_whitespace() {
            continue;
        }
        out.push(c);
    }
    out
}

#[test]
fn json_streams_compact_or_pretty_with_the_same_escapes() {
    for (name, r) in
        [("sample corpus", report()), ("hostile markup", hostile()), ("hostile controls", hostile_controls())]
    {
        let mut compact = Vec::new();
        render::json_to(&r, &mut compact, false).expect("writes to a Vec");
        let compact = String::from_utf8(compact).expect("UTF-8");
        let mut pretty = Vec::new();
        render::json_to(&r, &mut pretty, true).expect("writes to a Vec");
        let pretty = String::from_utf8(pretty).expect("UTF-8");
        // Pretty is what render::json has always given, byte for byte.
        assert_eq!(pretty, render::json(&r), "{name}: pretty");
        assert!(!compact.contains('\n') && pretty.contains("\n  \"documents\": ["), "{name}: layouts");
        // The same tokens and escapes: only the white space between tokens differs.
        assert_eq!(compact, without_layout(&pretty), "{name}");
        assert!(acting_chars(&compact).is_empty(), "{name}: compact lets {:?} through", acting_chars(&compact));
        let (a, b): (Report, Report) =
            (serde_json::from_str(&compact).unwrap(), serde_json::from_str(&pretty).unwrap());
        assert_eq!((&a, &b), (&r, &r), "{name}: both read back to the report");
    }
    // A writer that fails gives its error, not a panic.
    struct Broken;
    impl std::io::Write for Broken {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let e = render::json_to(&report(), Broken, false).expect_err("the writer fails");
    assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe);
}

#[test]
fn a_newline_in_an_id_does_not_start_a_line() {
    let r = hostile_controls();
    // Wide enough that the text view wraps no id.
    let text = render::text_with(&r, &render::Options::new().width(400));
    for (name, out) in [("text", text), ("markdown", render::markdown(&r)), ("html", render::html(&r))] {
        assert!(out.contains("forged"), "{name} shows the id");
        for line in out.lines() {
            let Some(at) = line.find("forged") else { continue };
            // Markdown puts "J#9" in a code span, as it would link "#9".
            let before = line[..at].replace('`', "");
            assert!(before.contains("evil^J#9"), "{name}: the id's newline is shown as ^J: {line:?}");
            assert!(!line.trim_start().starts_with("#9"), "{name}: a forged line: {line:?}");
        }
    }
    // At the default width the id may wrap within its column, never as a
    // report line of its own.
    for width in [50, 80, 100] {
        let text = render::text_with(&r, &render::Options::new().width(width));
        assert!(text.contains("evil^J#9"), "width {width}:\n{text}");
        assert!(
            !text.lines().any(|l| l.starts_with("#9 [") || l.starts_with("[CONTRADICT]")),
            "width {width}:\n{text}"
        );
    }
}

/// The sentence in which ByteDance's spokesperson denies the plan, in 002.
const DENIAL_ID: &str = "Mereka tidak mengembangkan model baru";

/// The Markdown table: its lines, each split into trimmed cells.
fn md_table(md: &str) -> Vec<Vec<String>> {
    md.lines()
        .filter(|l| l.starts_with('|'))
        .map(|l| {
            // Split on pipes that are not escaped.
            let mut cells = Vec::new();
            let mut cur = String::new();
            let mut chars = l.trim().trim_start_matches('|').chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        cur.push(c);
                        if let Some(n) = chars.next() {
                            cur.push(n);
                        }
                    }
                    '|' => cells.push(std::mem::take(&mut cur).trim().to_string()),
                    _ => cur.push(c),
                }
            }
            cells
        })
        .collect()
}

#[test]
fn markdown_matrix_has_the_five_source_columns() {
    let r = report();
    let md = render::markdown_with(&r, &render::Options::new().all(true));
    assert!(md.starts_with("# claimcheck report\n"), "{md}");
    assert!(md.contains("**Summary:** 5 documents"), "{md}");
    let table = md_table(&md);
    assert_eq!(table[0], ["#", "fact", "verdict", "000 (pt)", "001 (pt)", "002 (id)", "003 (es)", "004 (it)"]);
    assert!(table[1].iter().all(|c| c.starts_with("--") || c.starts_with("---:")), "{:?}", table[1]);
    let rows = &table[2..];
    let with_predicate = r.findings.iter().filter(|f| f.predicate.is_some()).count();
    assert_eq!(rows.len(), with_predicate, "one row per fact with a predicate");
    for row in rows {
        assert_eq!(row.len(), 8, "every row has 3 + 5 cells: {row:?}");
    }
    // The disputed plan is the first row: the sources that state it
    // without the spokesperson's denial are marked X, those that report
    // both sides are not.
    assert!(rows[0][1].contains("ByteDance develop model"), "{:?}", rows[0]);
    assert_eq!(rows[0][2], "**contradict**");
    assert_eq!(rows[0][3], "`X` asserted");
    assert_eq!(rows[0][5], "`=` asserted / denied");
    // Quantities as each source writes them, with the outlier marked.
    let order = rows.iter().find(|r| r[1].starts_with("ByteDance order chip")).expect("order row");
    assert_eq!(order[3], "`!` 100 mil chips");
    assert_eq!(order[5], "`=` lebih dari 100.000 chip");
}

#[test]
fn markdown_shows_the_contradiction_evidence_first() {
    let md = render::markdown(&report());
    let findings = md.find("## Findings").expect("a findings section");
    let first = &md[findings..];
    let first = &first[..first[3..].find("\n### 2.").map_or(first.len(), |i| i + 3)];
    assert!(first.contains("### 1. CONTRADICT: ByteDance develop model"), "{first}");
    let quote = first.lines().find(|l| l.contains(DENIAL_ID)).expect("the denial is quoted");
    assert!(quote.starts_with("> "), "evidence is a block quote: {quote}");
    assert!(first.contains("**002** (id): denied by Michael Hughes"), "{first}");
    assert!(first.contains("**Why:**"), "{first}");
}

#[test]
fn markdown_escapes_document_text() {
    let md = render::markdown(&hostile());
    assert!(!md.contains("<script>"), "{md}");
    assert!(md.contains(r"\<script\>alert('pwn')\</script\>"), "{md}");
    assert!(md.contains(r"Bob \| Co"), "{md}");
    let table = md_table(&md);
    assert_eq!(table[0][3], r#"x\<b\>\&'" (en)"#);
    for row in &table {
        assert_eq!(row.len(), 5, "pipes in text do not split cells: {row:?}");
    }
}

#[test]
fn markdown_is_safe_to_paste_into_a_ticket() {
    let docs = [
        Document::new(
            "@octocat",
            "Acme ordered more than 100,000 chips, @octocat wrote in #123, acme/site#45 and GH-7 for $5 and $6.",
        )
        .with_lang(Lang::En),
        Document::new("y#9", "Acme ordered 50,000 chips this year.").with_lang(Lang::En),
    ];
    // Each document's figure is its own single-source fact: all listed.
    let md = render::markdown_with(
        &check_consistency(&docs).expect("the documents check"),
        &render::Options::new().all(true),
    );
    assert!(md.contains("Acme ordered more than 100,000 chips"), "{md}");
    // Every mention and reference is in a code span, which no tracker links.
    for reference in ["@octocat", "#123", "acme/site#45", "GH-7", "y#9"] {
        let mut seen = 0;
        for (at, _) in md.match_indices(reference) {
            seen += 1;
            let (before, after) = (&md[..at], &md[at + reference.len()..]);
            assert!(before.ends_with('`') && after.starts_with('`'), "{reference} not in a code span: {md}");
        }
        assert!(seen > 0, "{reference} is shown: {md}");
    }
    // Dollars cannot open inline math.
    assert!(md.contains(r"\$5 and \$6"), "{md}");
    assert!(!md.contains(" $5"), "{md}");
}

#[test]
fn html_matrix_has_the_five_source_columns() {
    let r = report();
    let page = render::html_with(&r, &render::Options::new().all(true));
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert_eq!(page.matches("<table id=\"matrix\"").count(), 1);
    let heads: Vec<&str> =
        page.match_indices("<th class=\"doc\" scope=\"col\" data-source=\"").map(|(i, _)| &page[i..]).collect();
    assert_eq!(heads.len(), 5, "five source columns");
    for (h, id) in heads.iter().zip(["000", "001", "002", "003", "004"]) {
        assert!(h.contains(&format!("data-source=\"{id}\">{id}<br>")), "{}", &h[..80]);
    }
    for v in ["v-contradict", "v-tension", "v-compatible", "v-agree", "v-single_source"] {
        assert!(page.contains(&format!(".{v} {{")), "a CSS rule for {v}");
        assert!(page.contains(&format!("<td class=\"cell {v}\"")), "a cell of class {v}");
    }
    // Self-contained: nothing fetched.
    for needle in ["http://", "https://", "src=", "<link", "@import", "url("] {
        assert!(!page.contains(needle), "the page refers to {needle}");
    }
    assert!(page.contains("Content-Security-Policy"));
}

#[test]
fn html_shows_the_contradiction_evidence_on_hover_and_click() {
    let page = render::html(&report());
    // The first row is the disputed plan: 000 states it without the
    // denial and is flagged.
    let flagged = page.find("<td class=\"cell v-contradict\"").map(|i| &page[i..]).expect("a flagged cell");
    let flagged = &flagged[..flagged.find("</td>").expect("cell end")];
    assert!(flagged.contains("data-source=\"000\""), "{flagged}");
    assert!(flagged.contains("title=\"000 (pt): asserted (states the claim without its denial)"), "{flagged}");
    // The cell of 002, which reports both sides, carries the denial in its title.
    let at = page.find("data-finding=\"1\" data-source=\"002\"").expect("002's cell");
    let cell = &page[page[..at].rfind("<td").expect("its td")..];
    let cell = &cell[..cell.find("</td>").expect("cell end")];
    assert!(cell.contains("title=\"002 (id): asserted / denied (reports both the claim and its denial)"), "{cell}");
    assert!(cell.contains(DENIAL_ID), "{cell}");
    // The hidden detail it opens on click.
    let ev = cell.split("data-ev=\"").nth(1).and_then(|s| s.split('"').next()).expect("data-ev");
    let detail = page.find(&format!("<div id=\"{ev}\"")).map(|i| &page[i..]).expect("the detail");
    let detail = &detail[..detail.find("</div>").expect("detail end")];
    assert!(detail.contains("denied by Michael Hughes"), "{detail}");
    assert!(detail.contains(DENIAL_ID), "{detail}");
    // The findings list: contradictions first.
    let first = page.find("<article class=\"finding").map(|i| &page[i..]).expect("a finding");
    assert!(first.starts_with("<article class=\"finding v-contradict\" id=\"finding-1\">"), "{}", &first[..100]);
}

#[test]
fn html_marks_figures_and_has_a_row_for_every_finding() {
    let r = report();
    let page = render::html_with(&r, &render::Options::new().all(true));
    assert_eq!(page.matches("<tr class=\"v-").count(), r.findings.len(), "a row per finding");
    let variant =
        page.find("<tr class=\"v-compatible\" id=\"row-6\">").map(|i| &page[i..]).expect("the name variant's row");
    let variant = &variant[..variant.find("</tr>").expect("row end")];
    assert!(variant.contains("Jimeng / Ximeng") && variant.contains("</span> Jimeng</td>"), "{variant}");
    assert!(variant.contains("</span> Ximeng</td>"), "{variant}");
    // Quotes mark the figure they cite, escaped like the rest.
    assert!(page.contains("ByteDance encomendou <mark>100 mil chips</mark> Ascend 910B"), "the figure is marked");
    assert!(page.contains("<mark>lebih dari 100.000 chip</mark>"));
    let hostile = render::html(&hostile_controls());
    assert!(hostile.contains("<mark>50,000&lt;U+202C&gt; chips</mark>"), "{hostile}");
    // The verdict filter, one box per verdict shown.
    assert!(page.contains("<fieldset id=\"verdict-filter\""));
    assert_eq!(page.matches("<input type=\"checkbox\"").count(), 5);
}

#[test]
fn html_escapes_document_text() {
    let page = render::html(&hostile());
    assert_eq!(page.matches("<script").count(), 1, "only the page's own script");
    assert!(!page.contains("alert('pwn')"), "quotes escaped too");
    assert!(page.contains("&lt;script&gt;alert(&#39;pwn&#39;)&lt;/script&gt;"));
    assert!(page.contains("&quot;Bob | Co&quot; &amp; partners."));
    assert!(!page.contains("x<b>"), "the document id is escaped");
    assert!(page.contains("data-source=\"x&lt;b&gt;&amp;&#39;&quot;\""));
}

#[test]
fn text_matrix_columns_align_by_chars() {
    let r = report();
    // Wide enough for every column at its natural width: one line per row.
    let opts = render::Options::new().cell_width(16).width(200).all(true);
    let text = render::text_with(&r, &opts);
    let lines: Vec<&str> = text.lines().collect();
    let head = lines.iter().position(|l| l.starts_with("#  ") && l.contains("000 (pt)")).expect("matrix header");
    let header = lines[head];
    let col = |l: &str, needle: &str| l.find(needle).map(|b| l[..b].chars().count());
    let starts: Vec<usize> =
        ["000 (pt)", "001 (pt)", "002 (id)", "003 (es)", "004 (it)"].iter().map(|n| col(header, n).unwrap()).collect();
    let rows: Vec<&str> = lines[head + 1..].iter().take_while(|l| l.starts_with('#')).copied().collect();
    assert_eq!(rows.len(), r.findings.iter().filter(|f| f.predicate.is_some()).count());
    for row in &rows {
        let chars: Vec<char> = row.chars().collect();
        for (i, s) in starts.iter().enumerate() {
            // Each column starts after two spaces, with a mark or a blank.
            if *s < chars.len() {
                assert_eq!(&chars[s - 2..*s], [' ', ' '], "column {i} of {row:?}");
                assert!(" =~!X*".contains(chars[*s]), "column {i} of {row:?} starts with {:?}", chars[*s]);
            }
        }
    }
    // Cut cells end with an ellipsis and keep the width.
    assert!(rows.iter().any(|r| r.ends_with("= oltre 100.000…")), "{rows:#?}");
    assert!(text.contains("Findings, contradictions first:\n\n#1 [CONTRADICT] ByteDance develop model"));
}

/// For each contradiction and tension of a text report: the figures its
/// source lines give (`"100 mil chips" = ...`) and the evidence line under
/// each.
fn figures_and_quotes(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut signal = false;
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with('#') && line.contains(" [") {
            signal = line.contains("[CONTRADICT]") || line.contains("[TENSION]");
            continue;
        }
        let Some(figure) = line.split('"').nth(1).filter(|_| signal && line.contains("\" = ")) else { continue };
        let quote = lines[i + 1..].iter().find_map(|l| l.trim_start().strip_prefix("evidence: ")).unwrap_or_default();
        out.push((figure.to_string(), quote.to_string()));
    }
    out
}

#[test]
fn quotes_show_the_figure_they_cite() {
    let r = report();
    for opts in [render::Options::new(), render::Options::new().width(80), render::Options::new().width(200)] {
        let text = render::text_with(&r, &opts);
        let pairs = figures_and_quotes(&text);
        assert!(pairs.len() >= 10, "the tensions' figures: {pairs:#?}");
        for (figure, quote) in &pairs {
            assert!(quote.contains(figure.as_str()), "the quote of {figure:?} hides it: {quote}");
        }
    }
}

/// The lines of `text` wider than `width` chars.
fn too_wide(text: &str, width: usize) -> Vec<(usize, &str)> {
    text.lines().map(|l| (l.chars().count(), l)).filter(|(n, _)| *n > width).collect()
}

#[test]
fn the_text_report_fits_its_width() {
    let r = report();
    for width in [100, 80, 60, 50] {
        let text = render::text_with(&r, &render::Options::new().width(width).all(true));
        assert_eq!(too_wide(&text, width), [], "width {width}:\n{text}");
        // Everything is still there: every finding, every document column.
        let titles = text.lines().filter(|l| l.starts_with('#') && l.contains(" [")).count();
        assert_eq!(titles, r.findings.len(), "width {width}: every finding");
        for id in ["000 (pt)", "001 (pt)", "002 (id)", "003 (es)", "004 (it)"] {
            assert!(text.contains(id), "width {width}: column {id}");
        }
    }
    assert_eq!(render::Options::new().width, 100, "the default width");
    assert_eq!(render::Options::new().width(10).width, 50, "the narrowest");
    // The previous layout, for the record: 191 columns.
    let wide = render::text_with(&r, &render::Options::new().width(400));
    assert!(too_wide(&wide, 100).len() > 10, "a wide width is used");
}

#[test]
fn many_long_wide_documents_fit_too() {
    // Twelve documents with long ids, CJK values (two columns a char), a
    // very long unbroken word.
    let docs: Vec<Document> = (0..12)
        .map(|i| {
            let id = format!("a-rather-long-document-identifier-{i:02}.txt");
            let text = format!(
                "Acme ordered {} chips this year, said Supercalifragilisticexpialidociouslylongname{i}. 字节跳动订购了十万个芯片。",
                100 + i
            );
            Document::new(id, text).with_lang(Lang::En)
        })
        .collect();
    let r = check_consistency(&docs).expect("the documents check");
    for width in [50, 80, 100, 120] {
        let text = render::text_with(&r, &render::Options::new().width(width));
        let wide: Vec<(usize, &str)> = text
            .lines()
            .map(|l| (l.chars().map(|c| if ('\u{4e00}'..='\u{9fff}').contains(&c) { 2 } else { 1 }).sum(), l))
            .filter(|(n, _)| *n > width)
            .collect();
        assert_eq!(wide, [], "width {width}:\n{text}");
        assert!(text.contains("Documents 1 to"), "width {width}: the documents in groups:\n{text}");
        for i in 0..12 {
            assert!(text.contains(&format!("identifier-{i:02}")), "width {width}: document {i}");
        }
    }
}

#[test]
fn signal_first_single_source_facts_in_one_line() {
    let r = report();
    let singles = r.findings.iter().filter(|f| f.verdict == Verdict::SingleSource).count();
    assert!(singles >= 10, "the sample corpus has many single-source facts");
    let line = format!("{singles} single-source facts not shown (--all lists them)");
    let text = render::text(&r);
    assert!(text.contains(&line), "{text}");
    assert!(!text.contains("[SINGLE SOURCE]"), "{text}");
    let titles = text.lines().filter(|l| l.starts_with('#') && l.contains(" [")).count();
    assert_eq!(titles, r.findings.len() - singles, "every other finding is listed");
    for label in ["[CONTRADICT]", "[TENSION]", "[COMPATIBLE]", "[AGREE]"] {
        assert!(text.contains(label), "{label} listed: {text}");
    }
    let md = render::markdown(&r);
    assert!(md.contains(&line), "{md}");
    assert_eq!(md.matches("\n### ").count(), r.findings.len() - singles);
    let page = render::html(&r);
    assert!(page.contains(&line));
    assert_eq!(page.matches("<article class=\"finding").count(), r.findings.len() - singles);

    // all(true) lists them, and says nothing is left out.
    let all = render::Options::new().all(true);
    let text = render::text_with(&r, &all);
    assert_eq!(text.matches("[SINGLE SOURCE]").count(), singles, "{text}");
    assert!(!text.contains("not shown"), "{text}");
    assert_eq!(render::markdown_with(&r, &all).matches("\n### ").count(), r.findings.len());
    // Asking for single-source findings lists them.
    let only = render::Options::new().show(&[Verdict::SingleSource]);
    assert_eq!(render::text_with(&r, &only).matches("[SINGLE SOURCE]").count(), singles);
}

#[test]
fn findings_are_named_by_display_names() {
    let r = report();
    let text = render::text(&r);
    assert!(text.contains("#1 [CONTRADICT] ByteDance develop model"), "{text}");
    assert!(text.contains("ByteDance launch Doubao"), "{text}");
    assert!(text.contains("Huawei decline comment"), "predicates read as words: {text}");
    for line in text.lines().filter(|l| l.starts_with('#')) {
        assert!(!line.contains("bytedance") && !line.contains("decline_comment"), "a key shown: {line}");
    }
    let md = render::markdown(&r);
    assert!(md.contains("### 1. CONTRADICT: ByteDance develop model"), "{md}");
}

#[test]
fn skipped_documents_are_listed_in_every_view() {
    let docs = [
        Document::new("a", "Acme ordered 50,000 chips this year.").with_lang(Lang::En),
        Document::new("b", "Acme ordered 60,000 chips this year.").with_lang(Lang::En),
        Document::new("huge\u{1b}[2J", "Acme ordered 70,000 chips this year. ".repeat(20)).with_lang(Lang::En),
    ];
    let r = claimcheck::Checker::new()
        .max_document_bytes(200)
        .skip_bad_documents(true)
        .check(&docs)
        .expect("the check skips the large document");
    assert_eq!(r.skipped.len(), 1);
    for (name, out) in [("text", render::text(&r)), ("markdown", render::markdown(&r)), ("html", render::html(&r))] {
        let at = out.find("kipped huge^").unwrap_or_else(|| panic!("{name} lists the skipped document:\n{out}"));
        assert!(!out.contains('\u{1b}'), "{name}");
        let line = out[at..].lines().next().unwrap_or_default();
        assert!(line.contains("200"), "{name} says why: {line}");
    }
}

/// `s` without the SGR color sequences the text view writes, and the
/// sequences found, each checked to be one of the view's colors.
fn strip_colors(s: &str) -> (String, usize) {
    const PALETTE: [&str; 6] = ["\u{1b}[1;31m", "\u{1b}[33m", "\u{1b}[36m", "\u{1b}[32m", "\u{1b}[2m", "\u{1b}[0m"];
    let mut out = String::new();
    let mut rest = s;
    let mut count = 0;
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&rest[..at]);
        let seq = PALETTE.iter().find(|p| rest[at..].starts_with(*p));
        let seq = seq.unwrap_or_else(|| panic!("an escape sequence not of the palette: {:?}", &rest[at..at + 8]));
        rest = &rest[at + seq.len()..];
        count += 1;
    }
    out.push_str(rest);
    (out, count)
}

#[test]
fn colors_only_when_asked_and_only_the_views_own() {
    let r = report();
    assert!(!render::text(&r).contains('\u{1b}'), "no color by default");
    for width in [100, 80] {
        let plain = render::text_with(&r, &render::Options::new().width(width));
        let colored = render::text_with(&r, &render::Options::new().width(width).color(true));
        let (stripped, count) = strip_colors(&colored);
        assert_eq!(stripped, plain, "colors change nothing else, so the layout fits as before");
        assert!(count > 40, "marks, verdicts and titles are colored: {count}");
        assert!(colored.contains("\u{1b}[1;31m[CONTRADICT]\u{1b}[0m"), "{colored}");
        assert!(colored.contains("\u{1b}[33m!\u{1b}[0m 100 mil"), "{colored}");
    }
    // Hostile text stays visible with colors on: every escape is the view's.
    let hostile = hostile_controls();
    let colored = render::text_with(&hostile, &render::Options::new().color(true).all(true));
    let (stripped, count) = strip_colors(&colored);
    assert!(count > 0);
    assert!(stripped.contains("^[[2J") && stripped.contains("<U+202E>"), "{stripped}");
    assert!(acting_chars(&stripped).is_empty(), "{stripped}");
    // Markdown and HTML have no colors of their own to add.
    let on = render::Options::new().color(true);
    assert_eq!(render::markdown_with(&r, &on), render::markdown(&r));
    assert_eq!(render::html_with(&r, &on), render::html(&r));
}

#[test]
fn options_filter_findings_in_every_view() {
    let r = report();
    let only = render::Options::new().show(&[Verdict::Contradict]);
    let text = render::text_with(&r, &only);
    assert!(text.contains("showing 1 of 34 findings (verdicts contradict)"), "{text}");
    assert_eq!(text.matches("\n#1 [").count(), 1);
    assert!(!text.contains("[TENSION]") && !text.contains("[AGREE]"), "{text}");
    let md = render::markdown_with(&r, &only);
    assert_eq!(md_table(&md).len(), 3, "header, rule, one row");
    assert_eq!(md.matches("\n### ").count(), 1);
    let page = render::html_with(&r, &only);
    assert_eq!(page.matches("<article class=\"finding").count(), 1);
    assert_eq!(page.matches("<tr class=\"v-").count(), 1);

    // At least five sources: the facts every document reports.
    let five = render::Options::new().min_sources(5);
    let md = render::markdown_with(&r, &five);
    let want = r.findings.iter().filter(|f| f.sources.len() >= 5).count();
    assert!(want >= 3, "the corpus has facts in all five sources");
    assert_eq!(md.matches("\n### ").count(), want);
    assert_eq!(md_table(&md).len(), 2 + want);
    let page = render::html_with(&r, &five);
    assert_eq!(page.matches("<article class=\"finding").count(), want);

    // Both: tensions with two sources or more (ordered and received).
    let both = render::Options::new().show(&[Verdict::Tension]).min_sources(2);
    let text = render::text_with(&r, &both);
    assert_eq!(text.matches("[TENSION]").count(), 2, "{text}");
    assert!(!text.contains("Jimeng"), "a name variant across languages is no tension: {text}");
    // The name variant is a compatible finding, not a row of the matrix.
    let compatible = render::Options::new().show(&[Verdict::Compatible]);
    let text = render::text_with(&r, &compatible);
    assert!(text.contains("[COMPATIBLE] Jimeng / Ximeng"), "{text}");
    let row = |l: &&str| l.starts_with('#') && !l.contains('[') && l.contains("Jimeng");
    assert!(!text.lines().any(|l| row(&l)), "name variants are findings, not rows: {text}");

    // The default shows everything; JSON is always the full report.
    assert_eq!(render::text_with(&r, &render::Options::default()), render::text(&r));
    assert_eq!(render::markdown_with(&r, &render::Options::default()), render::markdown(&r));
    assert_eq!(
        render::Options::parse_verdicts("tension, single-source").unwrap(),
        [Verdict::Tension, Verdict::SingleSource]
    );
    assert!(render::Options::parse_verdicts("nope").unwrap_err().contains("\"nope\""));
}

#[test]
fn views_are_deterministic() {
    let (a, b) = (report(), report());
    assert_eq!(render::text(&a), render::text(&b));
    assert_eq!(render::markdown(&a), render::markdown(&b));
    assert_eq!(render::html(&a), render::html(&b));
}

// ---- Headless Chromium ----

/// A fresh, empty directory, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let unique = format!(
            "claimcheck-render-{name}-{}-{nanos}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        );
        let dir = std::env::temp_dir().join(unique);
        std::fs::create_dir_all(&dir).expect("cannot create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The Chromium to run: `$CLAIMCHECK_CHROMIUM`, else Debian's.
fn chromium() -> Option<PathBuf> {
    let path =
        std::env::var_os("CLAIMCHECK_CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    path.is_file().then_some(path)
}

/// Runs headless Chromium on `url` with `extra` arguments, with a fresh
/// profile, no network of its own, and a time limit. Returns stdout.
fn run_chromium(bin: &Path, url: &str, extra: &[&str], profile: &Path) -> String {
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start chromium");
    // Read the pipes on threads so that a full pipe cannot stall Chromium.
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut out, &mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut err, &mut s);
        s
    });
    let deadline = Instant::now() + Duration::from_secs(45);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took over 45 s on {url}; stderr: {}", err.join().unwrap_or_default());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    assert!(status.success(), "chromium failed ({status}) on {url}; stderr: {stderr}");
    stdout
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

#[test]
fn html_in_headless_chromium() {
    let Some(bin) = chromium() else {
        let required = std::env::var_os("CI").is_some() || std::env::var_os("CLAIMCHECK_REQUIRE_CHROMIUM").is_some();
        assert!(
            !required,
            "chromium is required here (CI is set) but /usr/bin/chromium is missing: apt-get install chromium"
        );
        eprintln!(
            "notice: html_in_headless_chromium skipped: /usr/bin/chromium is not installed (apt-get install chromium)"
        );
        return;
    };
    let started = Instant::now();
    let r = report();
    let dir = TempDir::new("html");
    let page = dir.0.join("report.html");
    // Every finding listed, so that a cell of each verdict is there.
    let html = render::html_with(&r, &render::Options::new().all(true));
    std::fs::write(&page, &html).expect("write the page");
    let profile = dir.0.join("profile");
    std::fs::create_dir_all(&profile).expect("profile dir");
    let url = format!("file://{}#selftest", page.display());
    let dom = run_chromium(&bin, &url, &["--dump-dom"], &profile);

    // What a reader sees: the table, rendered.
    assert!(dom.contains("<table id=\"matrix\" class=\"matrix\">"), "no matrix in the DOM:\n{dom}");
    let start = dom.find("<pre id=\"selftest-result\">").unwrap_or_else(|| panic!("the self-test did not run:\n{dom}"));
    let body = &dom[start + "<pre id=\"selftest-result\">".len()..];
    let body = unescape(&body[..body.find("</pre>").expect("end of the self-test")]);
    let get = |key: &str| -> &str {
        body.lines()
            .find_map(|l| l.strip_prefix(key).and_then(|l| l.strip_prefix('=')))
            .unwrap_or_else(|| panic!("no {key} in the self-test:\n{body}"))
    };
    assert_eq!(get("table"), "1", "{body}");
    assert_eq!(get("columns"), "5", "{body}");
    // Every finding has a row, the name variant too.
    assert_eq!(get("rows"), r.findings.len().to_string(), "{body}");

    // Cells are colored by verdict, as the page's CSS says.
    assert_eq!(get("bg.contradict"), "rgb(249, 208, 208)", "{body}");
    assert_eq!(get("bg.tension"), "rgb(253, 231, 194)", "{body}");
    assert_eq!(get("bg.compatible"), "rgb(219, 232, 251)", "{body}");
    assert_eq!(get("bg.agree"), "rgb(215, 240, 220)", "{body}");
    assert_eq!(get("bg.single_source"), "rgb(236, 239, 241)", "{body}");

    // Clicking the first contradicting cell opens its evidence: 000 states
    // the disputed plan without its denial.
    assert_eq!(get("panel.before"), "hidden", "{body}");
    assert_eq!(get("clicked"), "finding 1 source 000", "{body}");
    assert_eq!(get("panel.after"), "visible", "{body}");
    let panel = get("panel.text");
    assert!(panel.contains("000 (pt) · #1 ByteDance develop model"), "{panel}");
    assert!(panel.contains("states the claim without its denial"), "{panel}");
    // It opens under the clicked row, in view, focused for the keyboard.
    assert_eq!(get("panel.beside"), "1", "{body}");
    assert_eq!(get("panel.inview"), "1", "{body}");
    assert_eq!(get("panel.focused"), "1", "{body}");
    // A denial cites no figure; the tension's quote marks its figure.
    assert_eq!(get("panel.mark"), "", "{body}");
    assert_eq!(get("tension.mark"), "100 mil chips", "{body}");

    // The verdict filter hides a verdict's rows and findings, and shows them again.
    assert_eq!(get("filter"), "5", "{body}");
    assert_eq!(get("filter.agree.rows"), "0", "{body}");
    assert_eq!(get("filter.agree.findings"), "0", "{body}");
    assert_eq!(get("filter.contradict.rows"), "1", "{body}");
    let agree = r.findings.iter().filter(|f| f.verdict == Verdict::Agree).count();
    assert_eq!(get("filter.restored.rows"), agree.to_string(), "{body}");

    // What a reader sees: screenshots with a cell's evidence open.
    reader_sees_the_open_evidence(&bin, &html, &page, &profile);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(40), "the browser test took {took:?}");
    eprintln!("html_in_headless_chromium: {took:?}");
}

// ---- What a reader sees: screenshots ----

/// A color as a screenshot in sRGB has it.
type Rgb = [u8; 3];

// The page's colors (HEAD in src/render/html.rs), which flat areas of a
// screenshot have exactly: backgrounds and borders, not anti-aliased text.
/// `--contradict`, the background of contradicting cells.
const CONTRADICT_BG: Rgb = [0xf9, 0xd0, 0xd0];
/// `--tension`.
const TENSION_BG: Rgb = [0xfd, 0xe7, 0xc2];
/// `--compatible`.
const COMPATIBLE_BG: Rgb = [0xdb, 0xe8, 0xfb];
/// `--agree`.
const AGREE_BG: Rgb = [0xd7, 0xf0, 0xdc];
/// `--bg`, the page.
const PAGE_BG: Rgb = [0xff, 0xff, 0xff];
/// `.matrix td.cell.selected`: the outline of the clicked cell.
const SELECTED: Rgb = [0x11, 0x18, 0x27];
/// `.panel.v-contradict`: the left border of a contradiction's panel.
const CONTRADICT_BORDER: Rgb = [0xc6, 0x28, 0x28];
/// `.panel.v-tension`.
const TENSION_BORDER: Rgb = [0xd9, 0x8e, 0x04];
/// `blockquote`: the background of a quoted piece of evidence.
const QUOTE_BG: Rgb = [0xfa, 0xfb, 0xfc];
/// `mark`: the figure a quote cites.
const MARK_BG: Rgb = [0xff, 0xe0, 0x8a];

/// The window of the screenshots, in CSS pixels at a scale of 1.
const WINDOW: (usize, usize) = (1500, 1400);

/// A screenshot, decoded: its pixels row by row.
struct Shot {
    width: usize,
    height: usize,
    px: Vec<Rgb>,
}

impl Shot {
    fn decode(bytes: &[u8]) -> Shot {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        decoder.set_transformations(png::Transformations::normalize_to_color8());
        let mut reader = decoder.read_info().expect("the screenshot is a PNG");
        let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
        let info = reader.next_frame(&mut buf).expect("the screenshot decodes");
        let step = match info.color_type {
            png::ColorType::Rgb => 3,
            png::ColorType::Rgba => 4,
            other => panic!("a screenshot in {other:?}"),
        };
        let px = buf[..info.buffer_size()].chunks_exact(step).map(|p| [p[0], p[1], p[2]]).collect();
        Shot { width: info.width as usize, height: info.height as usize, px }
    }

    fn at(&self, x: usize, y: usize) -> Rgb {
        self.px[y * self.width + x]
    }

    /// How many pixels of `xs` × `ys` are exactly `color`.
    fn count(&self, color: Rgb, xs: Range<usize>, ys: Range<usize>) -> usize {
        ys.flat_map(|y| xs.clone().map(move |x| (x, y))).filter(|&(x, y)| self.at(x, y) == color).count()
    }

    fn count_all(&self, color: Rgb) -> usize {
        self.px.iter().filter(|&&p| p == color).count()
    }
}

/// The `data-ev` of the first cell of `class` in `html`: the cell a click opens.
fn first_cell(html: &str, class: &str) -> String {
    let at = html.find(&format!("<td class=\"cell {class}\"")).unwrap_or_else(|| panic!("no {class} cell"));
    let cell = &html[at..html[at..].find('>').map_or(html.len(), |e| at + e)];
    cell.split("data-ev=\"").nth(1).and_then(|s| s.split('"').next()).expect("the cell's data-ev").to_string()
}

/// Headless Chromium's screenshot of `page` opened at `#open=ev`, in sRGB
/// at a scale of 1: decoded, and its PNG.
fn screenshot(bin: &Path, page: &Path, ev: &str, profile: &Path) -> (Shot, Vec<u8>) {
    let png = page.with_file_name(format!("{ev}.png"));
    let args = [
        format!("--screenshot={}", png.display()),
        format!("--window-size={},{}", WINDOW.0, WINDOW.1),
        "--force-color-profile=srgb".to_string(),
        "--force-device-scale-factor=1".to_string(),
    ];
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run_chromium(bin, &format!("file://{}#open={ev}", page.display()), &args, profile);
    let bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("no screenshot at {}: {e}", png.display()));
    let shot = Shot::decode(&bytes);
    assert_eq!((shot.width, shot.height), WINDOW, "the screenshot is the window");
    (shot, bytes)
}

/// The clicked cell as the screenshot shows it: the box its outline draws,
/// the rows where a run of 100 pixels or more has the outline's color.
fn clicked_cell(shot: &Shot) -> (Range<usize>, Range<usize>) {
    let mut rows = Vec::new();
    let mut xs = (usize::MAX, 0);
    for y in 0..shot.height {
        let mut run = 0;
        for x in 0..shot.width {
            run = if shot.at(x, y) == SELECTED { run + 1 } else { 0 };
            if run >= 100 {
                rows.push(y);
                xs = (xs.0.min(x + 1 - run), xs.1.max(x + 1));
            }
        }
    }
    let (Some(&top), Some(&bottom)) = (rows.first(), rows.last()) else {
        panic!("no clicked cell on the screen: no run of 100 pixels of the outline color {SELECTED:?}")
    };
    assert!((20..150).contains(&(bottom - top)), "the clicked cell's outline is {} pixels high", bottom - top);
    (xs.0..xs.1, top..bottom + 1)
}

/// The open panel under the clicked cell: the rows of its left border (the
/// longest vertical run of `border` that starts within 40 pixels under the
/// cell and is 40 pixels long or more) and the column right of the border.
fn panel_under(shot: &Shot, cell_bottom: usize, border: Rgb) -> (Range<usize>, usize) {
    let mut best: Option<(Range<usize>, usize)> = None;
    for x in 0..shot.width {
        let mut y = cell_bottom;
        while y < shot.height && y < cell_bottom + 40 && shot.at(x, y) != border {
            y += 1;
        }
        let start = y;
        while y < shot.height && shot.at(x, y) == border {
            y += 1;
        }
        if y - start >= 40 && best.as_ref().is_none_or(|(r, _)| y - start >= r.len()) {
            best = Some((start..y, x + 1));
        }
    }
    best.unwrap_or_else(|| panic!("no panel under the clicked cell (row {cell_bottom}): no border of {border:?}"))
}

/// What the screenshot shows of the clicked cell and its open panel.
struct Opened {
    /// The clicked cell's box, in pixels: the unit of the floors.
    cell_area: usize,
    /// The panel's rows, and the column right of its left border.
    panel: (Range<usize>, usize),
}

/// Checks that a cell of background `cell_bg` is clicked and that its panel,
/// of left border `border`, is open under it, whole in the window, and
/// quotes evidence.
fn opened(shot: &Shot, cell_bg: Rgb, border: Rgb) -> Opened {
    let (xs, ys) = clicked_cell(shot);
    let cell_area = xs.len() * ys.len();
    let bg = shot.count(cell_bg, xs.clone(), ys.clone());
    assert!(bg * 2 >= cell_area, "the clicked cell at {xs:?} × {ys:?} has {bg} of {cell_area} pixels of {cell_bg:?}");
    let (rows, x) = panel_under(shot, ys.end, border);
    assert!(rows.len() >= 100, "the panel's border is {} pixels high", rows.len());
    assert!(rows.end < shot.height, "the panel ({rows:?}) goes past the window's bottom");
    let quoted = shot.count(QUOTE_BG, x..shot.width, rows.clone());
    assert!(quoted >= cell_area, "the panel at {rows:?} has {quoted} pixels of quote background");
    Opened { cell_area, panel: (rows, x) }
}

/// Checks that the verdict colors cover what the first screen of the matrix
/// has of them (in cells: the clicked cell's area `a`), that a clicked cell
/// is outlined, and that the page has a white page and dark text.
fn verdict_colors(shot: &Shot, a: usize) {
    let n = shot.px.len();
    // Row 1's two X cells and its verdict cell, the legend and the filter
    // (2.75 cells measured); a little more would mean something else is red.
    let floors = [("contradict", CONTRADICT_BG, 2, 5), ("tension", TENSION_BG, 2, 6)];
    // Rows 2 to 15: about 44 cells agree, 9 compatible (measured).
    let floors = floors.into_iter().chain([("compatible", COMPATIBLE_BG, 5, 20), ("agree", AGREE_BG, 25, 80)]);
    for (name, color, low, high) in floors {
        let seen = shot.count_all(color);
        assert!(
            (low * a..=high * a).contains(&seen),
            "{name} {color:?}: {seen} pixels, not {low} to {high} cells of {a}"
        );
    }
    // Not blank, not one color: the white page (40% measured) and text.
    let white = shot.count_all(PAGE_BG);
    assert!((n / 5..=n * 4 / 5).contains(&white), "{white} of {n} pixels are the page's white");
    let dark = shot.px.iter().filter(|p| p.iter().map(|&c| u32::from(c)).sum::<u32>() < 250).count();
    assert!(dark >= n / 200, "{dark} of {n} pixels are dark: no text?");
}

/// What a reader sees of the page with a cell's evidence open, checked on
/// screenshots: the first contradicting cell (the disputed plan), then the
/// first tension cell, whose quote marks the figure it cites.
fn reader_sees_the_open_evidence(bin: &Path, html: &str, page: &Path, profile: &Path) {
    let (shot, bytes) = screenshot(bin, page, &first_cell(html, "v-contradict"), profile);
    // The screenshot for a person to look at, when asked for.
    if let Some(path) = std::env::var_os("CLAIMCHECK_SCREENSHOT") {
        std::fs::write(&path, &bytes).expect("write the screenshot");
    }
    let x = opened(&shot, CONTRADICT_BG, CONTRADICT_BORDER);
    verdict_colors(&shot, x.cell_area);
    // The denial cites no figure: nothing on the screen is marked.
    assert_eq!(shot.count_all(MARK_BG), 0, "a marked figure in the contradiction's screenshot");

    let (shot, _) = screenshot(bin, page, &first_cell(html, "v-tension"), profile);
    let t = opened(&shot, TENSION_BG, TENSION_BORDER);
    verdict_colors(&shot, t.cell_area);
    let (rows, left) = t.panel;
    // "100 mil chips" in the quote: 1119 pixels measured.
    let marked = shot.count(MARK_BG, left..shot.width, rows.clone());
    assert!(marked >= t.cell_area / 20, "the panel at {rows:?} has {marked} pixels of the mark's color");
}

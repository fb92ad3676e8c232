//! The report as one self-contained HTML page.

use std::fmt::Write;

use super::Options;
use super::safe;
use super::view::{Cell, LEGEND, View, explanation, kind_label, kind_short, mark_char, said, verdict_label};
use crate::schema::{Claim, Finding, Report, Verdict};

/// The report as an HTML page with the default [`Options`]: see [`html_with`].
pub fn html(report: &Report) -> String {
    html_with(report, &Options::default())
}

/// The report as one self-contained HTML page for a fact-checker: the
/// summary, the fact-by-source matrix with each cell colored by how the
/// source relates to the consensus, then the findings shown, contradictions
/// first, each with its evidence.
///
/// Hovering a cell shows its evidence (the `title` attribute); clicking it,
/// or pressing Enter on it, opens the evidence in a panel under the matrix.
/// The page has inline CSS and JavaScript only and loads nothing (its
/// Content-Security-Policy forbids any request). Every text from the
/// documents is escaped (`&`, `<`, `>`, `"`, `'`).
///
/// CSS classes, for restyling: `v-contradict`, `v-tension`, `v-compatible`,
/// `v-agree` and `v-single_source` on matrix cells (the cell's own
/// relation), verdict cells, rows and findings (the finding's verdict).
///
/// Opened with the fragment `#selftest`, the page clicks its first
/// contradicting cell and writes what it sees (computed colors, the panel)
/// into `<pre id="selftest-result">`: a hook for browser tests.
pub fn html_with(report: &Report, opts: &Options) -> String {
    let view = View::new(report, opts);
    let mut out = String::with_capacity(64 * 1024);
    out.push_str(HEAD);
    let _ = writeln!(out, "<header>\n<h1>claimcheck report</h1>");
    let _ = writeln!(out, "<p class=\"summary\">{}<br>{}</p>", esc(&view.documents_line()), esc(&view.counts_line()));
    if let Some(line) = view.filter_line(opts) {
        let _ = writeln!(out, "<p class=\"filter\">{}</p>", esc(&line));
    }
    if let Some(line) = view.summary_line() {
        let _ = writeln!(out, "<p class=\"filter\" id=\"summarized\">{}</p>", esc(&line));
    }
    let skipped = view.skipped_lines();
    if !skipped.is_empty() {
        let items: Vec<String> = skipped.iter().map(|l| format!("<li>{}</li>", esc(l))).collect();
        let _ = writeln!(out, "<ul class=\"skipped\">{}</ul>", items.concat());
    }
    let _ = writeln!(out, "</header>");

    if !view.rows.is_empty() {
        write_matrix(&mut out, &view);
    }

    if !view.shown.is_empty() {
        let _ = writeln!(out, "<section id=\"findings\">\n<h2>Findings, contradictions first</h2>");
        for s in &view.shown {
            write_finding(&mut out, &view, s.number, s.finding);
        }
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "<pre id=\"selftest-result\" hidden></pre>");
    out.push_str(SCRIPT);
    out.push_str("</body>\n</html>\n");
    out
}

fn vclass(v: Verdict) -> String {
    format!("v-{}", v.as_str())
}

fn write_matrix(out: &mut String, view: &View) {
    let _ = writeln!(out, "<section id=\"matrix-section\">\n<h2>Facts by source</h2>");
    let _ = write!(out, "<p class=\"legend\">");
    for (v, what) in LEGEND {
        let _ = write!(
            out,
            "<span class=\"key {}\"><span class=\"mark\">{}</span> {what}</span> ",
            vclass(v),
            mark_char(v)
        );
    }
    let _ = writeln!(out, "<span class=\"key empty\">blank: not reported</span></p>");
    let _ = writeln!(
        out,
        "<p class=\"hint\">Hover a cell for its evidence; click it to open the evidence below the table.</p>"
    );
    let _ = writeln!(out, "<div class=\"scroll\"><table id=\"matrix\" class=\"matrix\">");
    let _ = write!(
        out,
        "<thead><tr><th class=\"num\">#</th><th class=\"fact\">fact</th><th class=\"verdict\">verdict</th>"
    );
    for col in &view.columns {
        let date = col.doc.published.map(|p| format!(" · {p}")).unwrap_or_default();
        let _ = write!(
            out,
            "<th class=\"doc\" scope=\"col\" data-source=\"{}\">{}<br><span class=\"lang\">{}{}</span></th>",
            esc_name(&col.doc.id),
            esc_name(&col.doc.id),
            col.doc.lang,
            esc(&date)
        );
    }
    let _ = writeln!(out, "</tr></thead>\n<tbody>");
    let mut store = String::new();
    for row in &view.rows {
        let f = row.finding;
        let _ = write!(
            out,
            "<tr class=\"{v}\"><td class=\"num\"><a href=\"#finding-{n}\">{n}</a></td>\
             <th scope=\"row\" class=\"fact\">{}<span class=\"kind\"> ({})</span></th>\
             <td class=\"verdict {v}\">{}</td>",
            esc(&view.fact_name(f)),
            kind_short(f.kind),
            f.verdict.as_str(),
            v = vclass(f.verdict),
            n = row.number,
        );
        for (i, (cell, col)) in row.cells.iter().zip(&view.columns).enumerate() {
            let Some(cell) = cell else {
                let _ = write!(out, "<td class=\"empty\"></td>");
                continue;
            };
            let ev_id = format!("ev-{}-{i}", row.number);
            let _ = write!(
                out,
                "<td class=\"cell {}\" tabindex=\"0\" role=\"button\" aria-controls=\"panel\" data-ev=\"{ev_id}\" \
                 data-finding=\"{}\" data-source=\"{}\" title=\"{}\"><span class=\"mark\">{}</span> {}</td>",
                vclass(cell.mark),
                row.number,
                esc_name(&col.doc.id),
                esc_title(&cell_title(f, cell, &col.header())),
                mark_char(cell.mark),
                esc(&cell.value)
            );
            write_cell_detail(&mut store, &ev_id, row.number, (f, &view.fact_name(f)), cell, &col.header());
        }
        let _ = writeln!(out, "</tr>");
    }
    let _ = writeln!(out, "</tbody></table></div>");
    let _ = writeln!(
        out,
        "<aside id=\"panel\" class=\"panel\" hidden aria-live=\"polite\"></aside>\n<div id=\"evidence-store\" hidden>\n{store}</div>\n</section>"
    );
}

/// The hover text of a cell: the source, then each claim and its evidence.
fn cell_title(f: &Finding, cell: &Cell, header: &str) -> String {
    let mut t = format!("{header}: {} ({})", cell.value, relation_words(cell.mark));
    for said in said(f, &cell.claims) {
        let _ = write!(t, "\n• {}", said.line);
        for ev in said.evidence {
            let _ = write!(t, "\n   “{}”", ev.text);
        }
    }
    t
}

fn relation_words(v: Verdict) -> &'static str {
    LEGEND.iter().find(|(l, _)| *l == v).map_or("", |(_, w)| *w)
}

/// The evidence a click on a cell opens, kept hidden until then.
fn write_cell_detail(
    out: &mut String,
    id: &str,
    number: usize,
    (f, name): (&Finding, &str),
    cell: &Cell,
    header: &str,
) {
    let _ = writeln!(
        out,
        "<div id=\"{id}\" class=\"detail {v}\"><h3><span class=\"mark\">{m}</span> {} · #{number} {}</h3>\
         <p class=\"rel\">{}: {}</p>",
        esc(header),
        esc(name),
        relation_words(cell.mark),
        esc(&cell.value),
        v = vclass(cell.mark),
        m = mark_char(cell.mark),
    );
    write_claims(out, f, &cell.claims);
    let _ = writeln!(out, "</div>");
}

/// What each source says, with its evidence quoted in its language.
fn write_claims(out: &mut String, f: &Finding, claims: &[&Claim]) {
    let _ = writeln!(out, "<ul class=\"claims\">");
    for said in said(f, claims) {
        let _ = write!(
            out,
            "<li><span class=\"src\">{}</span> <span class=\"lang\">{}</span> {}",
            esc_name(said.source),
            said.lang,
            esc(&said.line)
        );
        for ev in said.evidence {
            let _ = write!(out, "<blockquote lang=\"{}\">{}</blockquote>", said.lang, esc(&ev.text));
        }
        let _ = writeln!(out, "</li>");
    }
    let _ = writeln!(out, "</ul>");
}

fn write_finding(out: &mut String, view: &View, number: usize, f: &Finding) {
    let _ = writeln!(
        out,
        "<article class=\"finding {v}\" id=\"finding-{number}\">\n<h3><span class=\"badge {v}\">{}</span> \
         <span class=\"n\">#{number}</span> {} <span class=\"kind\">{}</span></h3>",
        verdict_label(f.verdict),
        esc(&view.fact_name(f)),
        kind_label(f.kind),
        v = vclass(f.verdict),
    );
    let _ = writeln!(
        out,
        "<p class=\"sources\">Sources: {}</p>",
        f.sources.iter().map(|s| esc_name(s)).collect::<Vec<_>>().join(", ")
    );
    let claims = view.claims_of(f);
    if !claims.is_empty() {
        write_claims(out, f, &claims);
    }
    let _ = writeln!(out, "<p class=\"why\"><b>Why:</b> {}</p>\n</article>", esc(&explanation(f)));
}

/// Escapes text for HTML content and double- or single-quoted attributes:
/// controls, bidi and zero-width characters made visible ([`safe::prose`]:
/// line breaks become spaces), then
/// `&`, `<`, `>`, `"` and `'` as entities. Ids are made visible with
/// [`safe::name`] first.
fn esc(s: &str) -> String {
    let s = safe::prose(s);
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

/// As [`esc`], for the hover text of a cell, whose own line breaks (input
/// in it was made visible already) stay line breaks (`&#10;`).
fn esc_title(s: &str) -> String {
    s.split('\n').map(esc).collect::<Vec<_>>().join("&#10;")
}

/// An id or a key: as [`esc`], line breaks shown as `^J`.
fn esc_name(s: &str) -> String {
    esc(&safe::name(s))
}

const HEAD: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>claimcheck report</title>
<style>
:root { --fg: #1d2327; --muted: #5f6b73; --line: #d5dbe0; --bg: #ffffff;
  --agree: #d7f0dc; --agree-fg: #14532d; --compatible: #dbe8fb; --compatible-fg: #1e3a8a;
  --tension: #fde7c2; --tension-fg: #7c4a03; --contradict: #f9d0d0; --contradict-fg: #8b1111;
  --single: #eceff1; --single-fg: #37474f; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: var(--fg); background: var(--bg); margin: 0 auto; padding: 1.2rem 1.5rem 3rem; max-width: 100rem; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; }
h2 { font-size: 1.2rem; margin: 1.8rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 0 0 .4rem; }
.summary, .filter, .hint, .sources { color: var(--muted); margin: .2rem 0; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .3rem 0; }
.key { padding: .1rem .5rem; border-radius: .3rem; font-size: .9rem; border: 1px solid var(--line); }
.mark { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 700; }
.scroll { overflow-x: auto; }
table.matrix { border-collapse: collapse; font-size: .9rem; min-width: 100%; }
.matrix th, .matrix td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
.matrix thead th { background: #f4f6f8; position: sticky; top: 0; }
.matrix th.doc { min-width: 9rem; }
.matrix .lang { font-weight: 400; color: var(--muted); font-size: .8rem; }
.matrix th.fact { font-weight: 600; max-width: 22rem; }
.matrix .kind { font-weight: 400; color: var(--muted); }
.matrix td.num a { color: var(--muted); text-decoration: none; }
.matrix tbody tr { border-left: 4px solid transparent; }
.matrix td.cell { cursor: pointer; }
.matrix td.cell:hover, .matrix td.cell:focus { outline: 2px solid #334155; outline-offset: -2px; }
.matrix td.cell.selected { outline: 3px solid #111827; outline-offset: -3px; }
.matrix td.empty { background: #fafafa; }
.v-agree { background: var(--agree); color: var(--agree-fg); }
.v-compatible { background: var(--compatible); color: var(--compatible-fg); }
.v-tension { background: var(--tension); color: var(--tension-fg); }
.v-contradict { background: var(--contradict); color: var(--contradict-fg); }
.v-single_source { background: var(--single); color: var(--single-fg); }
.matrix td.cell.v-contradict { font-weight: 600; }
.matrix tbody tr.v-agree, .matrix tbody tr.v-compatible, .matrix tbody tr.v-tension,
.matrix tbody tr.v-contradict, .matrix tbody tr.v-single_source { background: transparent; color: inherit; }
.matrix tbody tr.v-contradict { border-left-color: #c62828; }
.matrix tbody tr.v-tension { border-left-color: #d98e04; }
.panel { margin: .8rem 0; padding: .7rem 1rem; border: 1px solid var(--line); border-left-width: 6px; border-radius: .3rem; background: #fff; }
.panel.v-contradict { border-left-color: #c62828; } .panel.v-tension { border-left-color: #d98e04; }
.panel.v-agree { border-left-color: #2e7d32; } .panel.v-compatible { border-left-color: #1e40af; }
.panel.v-single_source { border-left-color: #78909c; }
.panel .detail { background: transparent; color: var(--fg); }
.panel .close { float: right; border: 0; background: none; font-size: 1.2rem; cursor: pointer; color: var(--muted); }
.rel { margin: .1rem 0 .4rem; color: var(--muted); }
ul.claims { list-style: none; padding: 0; margin: .3rem 0; }
ul.claims li { margin: .35rem 0; }
.src { font-weight: 700; }
.lang { color: var(--muted); }
blockquote { margin: .2rem 0 .2rem 1rem; padding: .2rem .7rem; border-left: 3px solid var(--line); color: #333; background: #fafbfc; }
article.finding { margin: 1rem 0; padding: .6rem .9rem; border: 1px solid var(--line); border-left-width: 6px; border-radius: .3rem; background: #fff; color: var(--fg); }
article.finding.v-contradict { border-left-color: #c62828; } article.finding.v-tension { border-left-color: #d98e04; }
article.finding.v-compatible { border-left-color: #1e40af; } article.finding.v-agree { border-left-color: #2e7d32; }
article.finding.v-single_source { border-left-color: #78909c; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .25rem; font-size: .8rem; font-weight: 700; letter-spacing: .03em; }
h3 .n, h3 .kind { color: var(--muted); font-weight: 400; }
.why { margin: .4rem 0 0; }
#selftest-result { white-space: pre-wrap; font-size: .8rem; }
@media print { .hint, .panel { display: none; } .matrix thead th { position: static; } }
</style>
</head>
<body>
"##;

const SCRIPT: &str = r##"<script>
(function () {
  "use strict";
  var panel = document.getElementById("panel");
  var selected = null;
  function open(cell) {
    var src = document.getElementById(cell.getAttribute("data-ev"));
    if (!panel || !src) return;
    if (selected) selected.classList.remove("selected");
    selected = cell;
    cell.classList.add("selected");
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    var close = document.createElement("button");
    close.className = "close";
    close.type = "button";
    close.setAttribute("aria-label", "close");
    close.textContent = "\u00d7";
    close.addEventListener("click", function () {
      panel.hidden = true;
      if (selected) selected.classList.remove("selected");
      selected = null;
    });
    panel.appendChild(close);
    var copy = src.cloneNode(true);
    copy.removeAttribute("id");
    panel.appendChild(copy);
    panel.className = "panel " + Array.prototype.filter.call(src.classList, function (c) {
      return c.indexOf("v-") === 0;
    }).join(" ");
    panel.hidden = false;
  }
  var cells = document.querySelectorAll("td.cell[data-ev]");
  Array.prototype.forEach.call(cells, function (cell) {
    cell.addEventListener("click", function () { open(cell); });
    cell.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(cell); }
    });
  });
  if (location.hash !== "#selftest") return;
  var out = [];
  var table = document.getElementById("matrix");
  out.push("table=" + (table ? 1 : 0));
  if (table) {
    out.push("columns=" + table.querySelectorAll("thead th.doc").length);
    out.push("rows=" + table.querySelectorAll("tbody tr").length);
    ["agree", "compatible", "tension", "contradict", "single_source"].forEach(function (v) {
      var c = table.querySelector("td.cell.v-" + v);
      out.push("bg." + v + "=" + (c ? getComputedStyle(c).backgroundColor : "none"));
    });
  }
  out.push("panel.before=" + (panel && !panel.hidden ? "visible" : "hidden"));
  var x = table && table.querySelector("td.cell.v-contradict");
  if (x) x.click();
  out.push("clicked=" + (x ? "finding " + x.getAttribute("data-finding") + " source " + x.getAttribute("data-source") : "none"));
  var shown = !!panel && !panel.hidden && panel.getBoundingClientRect().height > 0;
  out.push("panel.after=" + (shown ? "visible" : "hidden"));
  out.push("panel.text=" + (panel ? panel.textContent.replace(/\s+/g, " ").trim() : ""));
  var result = document.getElementById("selftest-result");
  result.textContent = out.join("\n");
  result.hidden = false;
})();
</script>
"##;

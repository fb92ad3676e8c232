//! The report as one self-contained HTML page.

use std::fmt::Write;

use super::Options;
use super::quote::Quote;
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
/// first, each with its evidence, the figure it cites in `<mark>`.
///
/// Every finding shown has a row (a name variant's row gives each source's
/// spelling). Hovering a cell shows its evidence (the `title` attribute);
/// clicking it, or pressing Enter on it, opens the evidence in a panel in a
/// row under the clicked one, scrolled into view and focused (Escape or ×
/// closes it). Checkboxes above the matrix hide the rows and findings of a
/// verdict. The page has inline CSS and JavaScript only and loads nothing
/// (its Content-Security-Policy forbids any request). Every text from the
/// documents is made visible (controls as `^[`, bidi and zero-width
/// characters as `<U+202E>`) and escaped (`&`,
/// `<`, `>`, `"`, `'`).
///
/// CSS classes, for restyling: `v-contradict`, `v-tension`, `v-compatible`,
/// `v-agree` and `v-single_source` on matrix cells (the cell's own
/// relation), verdict cells, rows and findings (the finding's verdict);
/// `hide-VERDICT` on the body hides a verdict.
///
/// Opened with the fragment `#open=ev-ROW-COLUMN` (a cell's `data-ev`), the
/// page opens that cell's evidence as a click on it would (ROW is the
/// finding's number, COLUMN the source's column from 0): a link to one
/// cell's evidence, which the browser test screenshots. Without such a
/// fragment, or with one that names no cell, the panel stays closed until
/// a click.
///
/// Opened with the fragment `#selftest`, the page clicks its first
/// contradicting cell, then its first tension cell, toggles the filter,
/// and writes what it sees (computed colors, where the panel is, the
/// marked figure, the rows left) into `<pre id="selftest-result">`: a hook
/// for browser tests.
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

    if !view.shown.is_empty() {
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
    write_filter(out, view);
    let _ = writeln!(
        out,
        "<p class=\"hint\">Hover a cell for its evidence; click it (or press Enter) to open the evidence under its row.</p>"
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
    // One row per finding shown, in order: a fact's row, or a name variant's.
    for s in &view.shown {
        match view.rows.iter().find(|r| r.number == s.number) {
            Some(row) => write_row(out, &mut store, view, row),
            None => write_variant_row(out, &mut store, view, s.number, s.finding),
        }
    }
    let _ = writeln!(out, "</tbody></table></div>");
    let _ = writeln!(
        out,
        "<aside id=\"panel\" class=\"panel\" hidden aria-live=\"polite\" tabindex=\"-1\"></aside>\n<div id=\"evidence-store\" hidden>\n{store}</div>\n</section>"
    );
}

/// Checkboxes that hide the rows and findings of a verdict (the page's
/// script shows them; without it they would do nothing).
fn write_filter(out: &mut String, view: &View) {
    let _ = write!(out, "<fieldset id=\"verdict-filter\" class=\"vfilter\" hidden><legend>Show</legend>");
    for v in super::view::ALL_VERDICTS {
        let n = view.shown.iter().filter(|s| s.finding.verdict == v).count();
        if n > 0 {
            let _ = write!(
                out,
                "<label class=\"key {}\"><input type=\"checkbox\" value=\"{}\" checked> {} ({n})</label> ",
                vclass(v),
                v.as_str(),
                v.as_str()
            );
        }
    }
    let _ = writeln!(out, "</fieldset>");
}

/// The start of a row: the finding's number, its fact, its verdict.
fn row_head(out: &mut String, view: &View, number: usize, f: &Finding) {
    let _ = write!(
        out,
        "<tr class=\"{v}\" id=\"row-{n}\"><td class=\"num\"><a href=\"#finding-{n}\">{n}</a></td>\
         <th scope=\"row\" class=\"fact\">{}<span class=\"kind\"> ({})</span></th>\
         <td class=\"verdict {v}\">{}</td>",
        esc(&view.fact_name(f)),
        kind_short(f.kind),
        f.verdict.as_str(),
        v = vclass(f.verdict),
        n = number,
    );
}

/// One cell a click opens: its class, hover text and shown value.
fn write_cell(out: &mut String, (ev_id, number, source): (&str, usize, &str), mark: Verdict, title: &str, value: &str) {
    let _ = write!(
        out,
        "<td class=\"cell {}\" tabindex=\"0\" role=\"button\" aria-controls=\"panel\" data-ev=\"{ev_id}\" \
         data-finding=\"{number}\" data-source=\"{}\" title=\"{}\"><span class=\"mark\">{}</span> {}</td>",
        vclass(mark),
        esc_name(source),
        esc_title(title),
        mark_char(mark),
        esc(value)
    );
}

/// A fact's row: one cell per source, its evidence kept for a click.
fn write_row(out: &mut String, store: &mut String, view: &View, row: &super::view::Row) {
    let f = row.finding;
    row_head(out, view, row.number, f);
    for (i, (cell, col)) in row.cells.iter().zip(&view.columns).enumerate() {
        let Some(cell) = cell else {
            let _ = write!(out, "<td class=\"empty\"></td>");
            continue;
        };
        let ev_id = format!("ev-{}-{i}", row.number);
        let title = cell_title(f, cell, &col.header());
        write_cell(out, (&ev_id, row.number, &col.doc.id), cell.mark, &title, &cell.value);
        write_cell_detail(store, &ev_id, row.number, (f, &view.fact_name(f)), cell, &col.header());
    }
    let _ = writeln!(out, "</tr>");
}

/// A name variant's row: each source's spelling of the entity, and why
/// the two are likely one.
fn write_variant_row(out: &mut String, store: &mut String, view: &View, number: usize, f: &Finding) {
    row_head(out, view, number, f);
    let why = explanation(f);
    for (i, col) in view.columns.iter().enumerate() {
        if !f.sources.contains(&col.doc.id) {
            let _ = write!(out, "<td class=\"empty\"></td>");
            continue;
        }
        let spelled = spellings(view, f, &col.doc.id).join(" / ");
        let ev_id = format!("ev-{number}-{i}");
        let title = format!("{}: {spelled}\n{why}", col.header());
        write_cell(out, (&ev_id, number, &col.doc.id), f.verdict, &title, &spelled);
        let _ = writeln!(
            store,
            "<div id=\"{ev_id}\" class=\"detail {v}\"><h3><span class=\"mark\">{m}</span> {} · #{number} {}</h3>\
             <p class=\"rel\">spelled: {}</p><p class=\"why\"><b>Why:</b> {}</p></div>",
            esc(&col.header()),
            esc(&view.fact_name(f)),
            esc(&spelled),
            esc(&why),
            v = vclass(f.verdict),
            m = mark_char(f.verdict),
        );
    }
    let _ = writeln!(out, "</tr>");
}

/// How a source spells the entities a finding names, made visible.
fn spellings(view: &View, f: &Finding, source: &str) -> Vec<String> {
    let keys = [Some(f.subject.as_str()), f.object.as_deref()];
    let mut out: Vec<String> = Vec::new();
    for e in view.report.entities.iter().filter(|e| keys.contains(&Some(e.key.as_str()))) {
        for s in e.surfaces.iter().filter(|s| s.source == source) {
            let shown = safe::prose(&s.text).into_owned();
            if !out.contains(&shown) {
                out.push(shown);
            }
        }
    }
    if out.is_empty() {
        out.push("reported".to_string());
    }
    out
}

/// The hover text of a cell: the source, then each claim and its evidence.
fn cell_title(f: &Finding, cell: &Cell, header: &str) -> String {
    let mut t = format!("{header}: {} ({})", cell.value, cell.note.unwrap_or_else(|| relation_words(cell.mark)));
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
        cell.note.unwrap_or_else(|| relation_words(cell.mark)),
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
            let _ = write!(out, "<blockquote lang=\"{}\">{}</blockquote>", said.lang, quote_html(&ev));
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

/// A quote with the figure it cites in `<mark>`.
fn quote_html(q: &Quote) -> String {
    match &q.figure {
        Some(r) => {
            format!("{}<mark>{}</mark>{}", esc(&q.text[..r.start]), esc(&q.text[r.clone()]), esc(&q.text[r.end..]))
        }
        None => esc(&q.text),
    }
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
.vfilter { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin: .4rem 0; padding: .2rem .6rem;
  border: 1px solid var(--line); border-radius: .3rem; }
.vfilter legend { font-size: .85rem; color: var(--muted); padding: 0 .3rem; }
.vfilter label { cursor: pointer; }
.hide-contradict .matrix tbody tr.v-contradict, .hide-contradict article.finding.v-contradict,
.hide-tension .matrix tbody tr.v-tension, .hide-tension article.finding.v-tension,
.hide-compatible .matrix tbody tr.v-compatible, .hide-compatible article.finding.v-compatible,
.hide-agree .matrix tbody tr.v-agree, .hide-agree article.finding.v-agree,
.hide-single_source .matrix tbody tr.v-single_source, .hide-single_source article.finding.v-single_source { display: none; }
.matrix tr.panel-row > td { padding: 0 .3rem; border: 0; background: transparent; }
.matrix tr.panel-row .panel { margin: .3rem 0 .7rem; max-width: 60rem; }
.panel:focus { outline: 2px solid #334155; outline-offset: 1px; }
mark { background: #ffe08a; color: inherit; padding: 0 .1em; border-radius: .15em; }
@media print { .hint, .panel, .vfilter { display: none; } .matrix thead th { position: static; } }
</style>
</head>
<body>
"##;

const SCRIPT: &str = r##"<script>
(function () {
  "use strict";
  var panel = document.getElementById("panel");
  var holder = null;
  var selected = null;
  // The evidence opens in a row of its own under the clicked cell's row.
  function place(cell) {
    var row = cell.parentNode;
    if (!holder) {
      holder = document.createElement("tr");
      holder.id = "panel-row";
      holder.className = "panel-row";
      holder.appendChild(document.createElement("td"));
    }
    holder.firstChild.colSpan = row.children.length;
    holder.firstChild.appendChild(panel);
    row.parentNode.insertBefore(holder, row.nextSibling);
    holder.hidden = false;
  }
  function close() {
    if (!panel) return;
    panel.hidden = true;
    if (holder) holder.hidden = true;
    var was = selected;
    if (selected) selected.classList.remove("selected");
    selected = null;
    if (was && was.offsetParent !== null) was.focus();
  }
  function open(cell) {
    var src = document.getElementById(cell.getAttribute("data-ev"));
    if (!panel || !src) return;
    if (selected) selected.classList.remove("selected");
    selected = cell;
    cell.classList.add("selected");
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    var shut = document.createElement("button");
    shut.className = "close";
    shut.type = "button";
    shut.setAttribute("aria-label", "close");
    shut.textContent = "\u00d7";
    shut.addEventListener("click", close);
    panel.appendChild(shut);
    var copy = src.cloneNode(true);
    copy.removeAttribute("id");
    panel.appendChild(copy);
    panel.className = "panel " + Array.prototype.filter.call(src.classList, function (c) {
      return c.indexOf("v-") === 0;
    }).join(" ");
    place(cell);
    panel.hidden = false;
    panel.focus({ preventScroll: true });
    panel.scrollIntoView({ block: "nearest" });
  }
  if (panel) {
    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { e.preventDefault(); close(); }
    });
  }
  var cells = document.querySelectorAll("td.cell[data-ev]");
  Array.prototype.forEach.call(cells, function (cell) {
    cell.addEventListener("click", function () { open(cell); });
    cell.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(cell); }
    });
  });
  // The verdict filter: an unchecked verdict hides its rows and findings.
  var filter = document.getElementById("verdict-filter");
  var boxes = filter ? filter.querySelectorAll("input[type=checkbox]") : [];
  if (filter) filter.hidden = false;
  Array.prototype.forEach.call(boxes, function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.value, !box.checked);
      if (selected && selected.offsetParent === null) close();
    });
  });
  // A link to a cell's evidence: #open=ID opens the panel of the cell whose
  // data-ev is ID (ev-ROW-COLUMN), as a click on it would.
  var wanted = location.hash.indexOf("#open=") === 0 ? location.hash.slice(6) : null;
  Array.prototype.forEach.call(cells, function (cell) {
    if (wanted !== null && cell.getAttribute("data-ev") === wanted) { wanted = null; open(cell); }
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
  out.push("panel.beside=" + (x && holder && holder.previousElementSibling === x.parentNode ? 1 : 0));
  out.push("panel.focused=" + (panel && document.activeElement === panel ? 1 : 0));
  var box = panel ? panel.getBoundingClientRect() : null;
  // In view: its top on screen, and its bottom too unless it is taller than the window.
  var fits = box && (box.bottom <= window.innerHeight + 1 || box.height > window.innerHeight);
  out.push("panel.inview=" + (box && box.top >= -1 && box.top < window.innerHeight && fits ? 1 : 0));
  out.push("panel.box=" + (box ? Math.round(box.top) + "," + Math.round(box.bottom) + "," + window.innerHeight + "," + window.scrollY : ""));
  var mark = panel ? panel.querySelector("mark") : null;
  out.push("panel.mark=" + (mark ? mark.textContent : ""));
  out.push("panel.text=" + (panel ? panel.textContent.replace(/\s+/g, " ").trim() : ""));
  var q = table && table.querySelector("td.cell.v-tension");
  if (q) q.click();
  mark = panel ? panel.querySelector("mark") : null;
  out.push("tension.mark=" + (mark ? mark.textContent : ""));
  var visible = function (sel) {
    return Array.prototype.filter.call(document.querySelectorAll(sel), function (e) { return e.offsetParent !== null; }).length;
  };
  out.push("filter=" + (filter && !filter.hidden ? boxes.length : 0));
  var agree = filter ? filter.querySelector("input[value=agree]") : null;
  if (agree) { agree.click(); }
  out.push("filter.agree.rows=" + visible("#matrix tbody tr.v-agree"));
  out.push("filter.agree.findings=" + visible("article.finding.v-agree"));
  out.push("filter.contradict.rows=" + visible("#matrix tbody tr.v-contradict"));
  if (agree) { agree.click(); }
  out.push("filter.restored.rows=" + visible("#matrix tbody tr.v-agree"));
  var result = document.getElementById("selftest-result");
  result.textContent = out.join("\n");
  result.hidden = false;
})();
</script>
"##;

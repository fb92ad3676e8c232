//! Table-driven cases, one file per language in `tests/cases/<code>.txt`.
//!
//! # Format
//!
//! ```text
//! ## a phenomenon heading (free text, shown in failures)
//! case <name> [date=YYYY[-MM[-DD]]] [alias=Name/alias]...: <one line of text in the file's language>
//!   <expectation>
//!   <expectation>
//! ```
//!
//! Expectations (each must hold; several may follow one case):
//!
//! - `quantity "<text>" <qualifier> <low|_> <high|_> [<unit>]`: a quantity
//!   mention with exactly this text, qualifier and interval (`_` is an open
//!   side; `(` or `)` after a number marks an exclusive bound, e.g. `100000(`);
//!   the unit is a concept key, a currency code, `%` or `count`.
//! - `quantities <n>`: exactly n quantity mentions.
//! - `time "<text>" <relation> <value>`: a time mention; the value as
//!   `2024`, `2024-07`, `month:7`, `this_year`, `last_year`, `this_month`,
//!   `now`, or a span of months `2025-04..2025-06`.
//! - `times <n>`: exactly n time mentions.
//! - `claim <field>=<value> ...`: some claim has all these fields: `subject`
//!   (key), `predicate`, `object` (key or `-` for none), `qualifier`,
//!   `value`, `unit`, `polarity`, `modality`, `speaker`, `role`,
//!   `affiliation`, `anonymous` (`yes`/`no`), `outlet`, `time` (as above),
//!   `superseded` (`yes`/`no`: a figure a revision replaced), `part`
//!   (`yes`/`no`: a part of the figure before it, at a place or of a group).
//! - `no claim <field>=<value> ...`: no claim has all these fields.
//! - `claims <n>`: exactly n claims.
//! - `entity <key> [<kind>]` / `no entity <key>`: an entity mention with that key (and kind).
//! - `relation <owner> owns <owned>`.
//! - `detected <code>`: with no language given, the text is detected as this language.
//!
//! Lines starting with `@` give the language's data for the property tests
//! (`@number-sentence`, `@digit-group`; see `tests/common/mod.rs`).
//!
//! Values with spaces are written in double quotes. A case named with the
//! prefix `gap-` records a known limitation: it must still fail, so that a
//! fix shows up as a failing test to promote.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use claimcheck::{Checker, Claim, Document, KnowledgeBase, Lang, PartialDate, Quantity, Report, TimeValue, Unit};

#[derive(Debug)]
struct Case {
    file: String,
    line: usize,
    section: String,
    name: String,
    text: String,
    date: Option<PartialDate>,
    /// The caller's knowledge base: (canonical name, alias) pairs.
    aliases: Vec<(String, String)>,
    expect: Vec<(usize, Vec<String>)>,
}

/// Splits a line into words, keeping "double quoted" runs together.
fn words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut had_quote = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                had_quote = true;
            }
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() || had_quote {
                    out.push(std::mem::take(&mut cur));
                }
                had_quote = false;
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() || had_quote {
        out.push(cur);
    }
    out
}

fn parse(file: &str, src: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    let mut section = String::new();
    for (n, raw) in src.lines().enumerate() {
        let line = raw.trim();
        let lineno = n + 1;
        // `@` lines are language data for the property tests (tests/common).
        if line.is_empty() || line.starts_with('@') || (line.starts_with('#') && !line.starts_with("##")) {
            continue;
        }
        if let Some(h) = line.strip_prefix("##") {
            section = h.trim().to_string();
        } else if let Some(rest) = line.strip_prefix("case ") {
            let (head, text) = rest.split_once(':').unwrap_or_else(|| panic!("{file}:{lineno}: case needs ': text'"));
            let mut head = head.split_whitespace();
            let name = head.next().unwrap_or_else(|| panic!("{file}:{lineno}: case needs a name")).to_string();
            let mut date = None;
            let mut aliases = Vec::new();
            for opt in head {
                match opt.split_once('=') {
                    Some(("date", d)) => date = Some(d.parse().unwrap_or_else(|e| panic!("{file}:{lineno}: {e}"))),
                    Some(("alias", a)) => {
                        let (canon, alias) =
                            a.split_once('/').unwrap_or_else(|| panic!("{file}:{lineno}: alias=Name/alias"));
                        aliases.push((canon.to_string(), alias.to_string()));
                    }
                    _ => panic!("{file}:{lineno}: unknown case option {opt:?}"),
                }
            }
            assert!(!cases.iter().any(|c| c.name == name), "{file}:{lineno}: duplicate case name {name}");
            cases.push(Case {
                file: file.to_string(),
                line: lineno,
                section: section.clone(),
                name,
                text: text.trim().to_string(),
                date,
                aliases,
                expect: Vec::new(),
            });
        } else {
            let case = cases.last_mut().unwrap_or_else(|| panic!("{file}:{lineno}: expectation before any case"));
            case.expect.push((lineno, words(line)));
        }
    }
    cases
}

fn show_bound(v: Option<f64>, inclusive: bool, low: bool) -> String {
    match v {
        None => "_".to_string(),
        Some(v) if inclusive => format!("{v}"),
        Some(v) if low => format!("{v}("),
        Some(v) => format!("{v})"),
    }
}

fn show_unit(u: &Unit) -> String {
    match u {
        Unit::Count { concept: Some(c) } => c.0.clone(),
        Unit::Count { concept: None } => "count".to_string(),
        Unit::Money { currency, per: None } => currency.to_string(),
        Unit::Money { currency, per: Some(unit) } => format!("{currency}/{unit}"),
        Unit::Percent => "%".to_string(),
        Unit::Area { unit } => enum_str(unit),
    }
}

fn show_time(v: &TimeValue) -> String {
    match v {
        TimeValue::Absolute { date } => date.to_string(),
        TimeValue::Month { month } => format!("month:{month}"),
        TimeValue::Relative { to } => serde_json::to_value(to).unwrap().as_str().unwrap().to_string(),
        TimeValue::Span { year, first, last } => format!("{year}-{first:02}..{year}-{last:02}"),
        TimeValue::Years { first, last } => format!("{first}..{last}"),
    }
}

fn show_quantity(q: &Quantity) -> String {
    format!(
        "\"{}\" {} {} {} {}",
        q.text,
        serde_json::to_value(q.qualifier).unwrap().as_str().unwrap(),
        show_bound(q.interval.low, q.interval.low_inclusive, true),
        show_bound(q.interval.high, q.interval.high_inclusive, false),
        show_unit(&q.unit)
    )
}

fn enum_str<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).unwrap().as_str().unwrap_or_default().to_string()
}

/// The value of one field of a claim, as written in the tables.
fn claim_field(c: &Claim, field: &str) -> Option<String> {
    let a = &c.attribution;
    Some(match field {
        "subject" => c.subject.key.to_string(),
        "predicate" => c.predicate.as_str().to_string(),
        "object" => c.object.as_ref().map_or("-".to_string(), |o| o.key().to_string()),
        "qualifier" => c.quantity.as_ref().map_or("-".to_string(), |q| enum_str(&q.qualifier)),
        "value" => c.quantity.as_ref().map_or("-".to_string(), |q| format!("{}", q.value)),
        "unit" => c.quantity.as_ref().map_or("-".to_string(), |q| show_unit(&q.unit)),
        "polarity" => enum_str(&c.polarity),
        "modality" => enum_str(&c.modality),
        "speaker" => a.speaker.clone().unwrap_or("-".to_string()),
        "role" => a.role.map_or("-".to_string(), |r| enum_str(&r)),
        "affiliation" => a.affiliation.as_ref().map_or("-".to_string(), |e| e.key.to_string()),
        "anonymous" => if a.anonymous.is_some() { "yes" } else { "no" }.to_string(),
        "outlet" => a.outlet.as_ref().map_or("-".to_string(), |e| e.key.to_string()),
        "time" => c.time.as_ref().map_or("-".to_string(), |t| show_time(&t.value)),
        "superseded" => if c.superseded { "yes" } else { "no" }.to_string(),
        "part" => if c.part { "yes" } else { "no" }.to_string(),
        _ => return None,
    })
}

fn show_claim(c: &Claim) -> String {
    let fields = ["subject", "predicate", "object", "qualifier", "value", "unit", "polarity", "modality", "time"];
    let mut s: Vec<String> = fields.iter().map(|f| format!("{f}={}", claim_field(c, f).unwrap_or_default())).collect();
    for f in ["speaker", "role", "affiliation", "outlet"] {
        let v = claim_field(c, f).unwrap_or_default();
        if v != "-" {
            s.push(format!("{f}={v:?}"));
        }
    }
    if c.superseded {
        s.push("superseded=yes".to_string());
    }
    if c.part {
        s.push("part=yes".to_string());
    }
    if c.attribution.anonymous.is_some() {
        s.push("anonymous=yes".to_string());
    }
    s.join(" ")
}

fn claim_matches(c: &Claim, conds: &[String]) -> Result<bool, String> {
    for cond in conds {
        let (f, want) = cond.split_once('=').ok_or_else(|| format!("bad condition {cond:?}"))?;
        let got = claim_field(c, f).ok_or_else(|| format!("unknown claim field {f:?}"))?;
        if got != want {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Checks one expectation; `Err` carries what went wrong.
fn check(report: &Report, exp: &[String]) -> Result<(), String> {
    let doc = &report.documents[0];
    let words: Vec<&str> = exp.iter().map(String::as_str).collect();
    let quantities = || doc.quantities.iter().map(show_quantity).collect::<Vec<_>>().join("; ");
    let claims = || report.claims.iter().map(show_claim).collect::<Vec<_>>().join("\n      ");
    match words.as_slice() {
        ["quantity", text, qualifier, low, high, rest @ ..] => {
            let unit = rest.first().copied();
            let found = doc.quantities.iter().any(|q| {
                q.text == *text
                    && enum_str(&q.qualifier) == *qualifier
                    && show_bound(q.interval.low, q.interval.low_inclusive, true) == *low
                    && show_bound(q.interval.high, q.interval.high_inclusive, false) == *high
                    && unit.is_none_or(|u| show_unit(&q.unit) == u)
            });
            if found { Ok(()) } else { Err(format!("no such quantity; read: {}", quantities())) }
        }
        ["quantities", n] => {
            let n: usize = n.parse().map_err(|_| "bad count".to_string())?;
            if doc.quantities.len() == n {
                Ok(())
            } else {
                Err(format!("{} quantities: {}", doc.quantities.len(), quantities()))
            }
        }
        ["time", ..] | ["times", _] => check_times(doc, &words),
        ["claim", conds @ ..] => {
            let conds: Vec<String> = conds.iter().map(|s| s.to_string()).collect();
            for c in &report.claims {
                if claim_matches(c, &conds)? {
                    return Ok(());
                }
            }
            Err(format!("no such claim; claims:\n      {}", claims()))
        }
        ["no", "claim", conds @ ..] => {
            let conds: Vec<String> = conds.iter().map(|s| s.to_string()).collect();
            for c in &report.claims {
                if claim_matches(c, &conds)? {
                    return Err(format!("unexpected claim: {}", show_claim(c)));
                }
            }
            Ok(())
        }
        ["claims", n] => {
            let n: usize = n.parse().map_err(|_| "bad count".to_string())?;
            if report.claims.len() == n {
                Ok(())
            } else {
                Err(format!("{} claims:\n      {}", report.claims.len(), claims()))
            }
        }
        ["entity", key, rest @ ..] => {
            let kind = rest.first().copied();
            let found = doc.entities.iter().any(|e| &*e.key == *key && kind.is_none_or(|k| enum_str(&e.kind) == k));
            let read: Vec<String> = doc.entities.iter().map(|e| format!("{} ({})", e.key, enum_str(&e.kind))).collect();
            if found { Ok(()) } else { Err(format!("no such entity; read: {}", read.join(", "))) }
        }
        ["no", "entity", key] => match doc.entities.iter().find(|e| &*e.key == *key) {
            Some(e) => Err(format!("unexpected entity {:?}", e.text)),
            None => Ok(()),
        },
        ["relation", owner, "owns", owned] => {
            let found = report.relations.iter().any(|r| &*r.from.key == *owner && &*r.to.key == *owned);
            let read: Vec<String> =
                report.relations.iter().map(|r| format!("{} owns {}", r.from.key, r.to.key)).collect();
            if found { Ok(()) } else { Err(format!("no such relation; read: {}", read.join(", "))) }
        }
        _ => Err(format!("unknown expectation {exp:?}")),
    }
}

/// The `time` and `times` expectations of a case (see [`check`]).
fn check_times(doc: &claimcheck::DocumentReport, words: &[&str]) -> Result<(), String> {
    match words {
        ["time", text, relation, value] => {
            let found = doc
                .times
                .iter()
                .any(|t| t.text == *text && enum_str(&t.relation) == *relation && show_time(&t.value) == *value);
            let read: Vec<String> = doc
                .times
                .iter()
                .map(|t| format!("\"{}\" {} {}", t.text, enum_str(&t.relation), show_time(&t.value)))
                .collect();
            if found { Ok(()) } else { Err(format!("no such time; read: {}", read.join("; "))) }
        }
        ["times", n] => {
            let n: usize = n.parse().map_err(|_| "bad count".to_string())?;
            if doc.times.len() == n { Ok(()) } else { Err(format!("{} times read", doc.times.len())) }
        }
        _ => Err(format!("unknown expectation {words:?}")),
    }
}

fn run_case(lang: Lang, case: &Case) -> Vec<String> {
    let mut failures = Vec::new();
    let detect = case.expect.iter().find(|(_, e)| e.first().map(String::as_str) == Some("detected"));
    let mut doc = Document::new("case", case.text.clone());
    if detect.is_none() {
        doc.lang = Some(lang.into());
    }
    doc.published = case.date;
    let mut kb = KnowledgeBase::default();
    for (canon, alias) in &case.aliases {
        kb.aliases.entry(canon.clone()).or_default().push(alias.clone());
    }
    let report = match Checker::new().knowledge(kb).check(&[doc]) {
        Ok(r) => r,
        Err(e) => return vec![format!("check failed: {e}")],
    };
    for (line, exp) in &case.expect {
        let result = if exp.first().map(String::as_str) == Some("detected") {
            let want = exp.get(1).map(String::as_str).unwrap_or("");
            let got = report.documents[0].lang.code();
            if got == want { Ok(()) } else { Err(format!("detected {got}")) }
        } else {
            check(&report, exp)
        };
        if let Err(why) = result {
            failures.push(format!("line {line}: {}\n    {why}", exp.join(" ")));
        }
    }
    failures
}

#[test]
fn case_tables() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> =
        fs::read_dir(&dir).expect("tests/cases exists").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    let mut report = String::new();
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let lang: Lang = stem.parse().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let src = fs::read_to_string(path).unwrap();
        let file = format!("tests/cases/{stem}.txt");
        let cases = parse(&file, &src);
        assert!(!cases.is_empty(), "{file}: no cases");
        for case in &cases {
            assert!(!case.expect.is_empty(), "{file}:{}: case {} has no expectation", case.line, case.name);
            let failures = run_case(lang, case);
            let gap = case.name.starts_with("gap-");
            let entry = counts.entry(stem.to_string()).or_default();
            entry.0 += 1;
            match (gap, failures.is_empty()) {
                (false, false) => {
                    entry.1 += 1;
                    report.push_str(&format!(
                        "\n{}:{} [{}] case {}: {}\n  {}\n",
                        case.file,
                        case.line,
                        case.section,
                        case.name,
                        case.text,
                        failures.join("\n  ")
                    ));
                }
                (true, true) => {
                    entry.1 += 1;
                    report.push_str(&format!(
                        "\n{}:{} case {} is marked as a known gap but now passes: rename it without `gap-`\n",
                        case.file, case.line, case.name
                    ));
                }
                _ => {}
            }
        }
    }
    for &lang in Lang::ALL {
        assert!(counts.contains_key(lang.code()), "{lang} has no case table tests/cases/{lang}.txt");
        let table = fs::read_to_string(dir.join(format!("{lang}.txt"))).unwrap_or_default();
        let detected = format!("detected {lang}");
        assert!(table.lines().any(|l| l.trim() == detected), "tests/cases/{lang}.txt has no `{detected}` case");
    }
    let summary: Vec<String> = counts.iter().map(|(l, (n, f))| format!("{l}: {n} cases, {f} failing")).collect();
    assert!(report.is_empty(), "{}\n{report}", summary.join("; "));
}

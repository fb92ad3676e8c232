//! Printing the figures (to stdout: `cargo test --test realworld --
//! --nocapture` shows them) and, on request, the wrong claims of a split.

use claimcheck::{Claim, Object, Quantity, Report, TimeValue};

use super::align::{Fields, Pair};
use super::data::{Article, Coverage, Event, GoldClaim, GoldUnit, GoldValue, Split};
use super::score::{EventScore, Metric, Tally, Totals};

fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |v| format!("{:.1}", 100.0 * v))
}

/// The rows of every table: the set, the splits (named as in `FLOORS`),
/// the languages, the events; with whether merges are counted (not per
/// language).
fn rows(coverage: Coverage, t: &Totals) -> Vec<(String, &Tally, bool)> {
    let suffix = coverage.suffix();
    let mut rows = vec![(format!("all{suffix}"), &t.all, true)];
    rows.extend(t.splits.iter().map(|(s, x)| (format!("{}{suffix}", s.as_str()), x, true)));
    // A language's figures are those of the run of the step it joined in.
    let own = t.langs.iter().filter(|(l, _)| Coverage::of_lang(**l) == coverage);
    rows.extend(own.map(|(l, x)| (l.code().to_string(), x, false)));
    rows.extend(t.events.iter().map(|(e, s, x)| (format!("{e} ({})", s.as_str()), x, true)));
    rows
}

/// What the tables of one coverage hold, and which `FLOORS` scopes they bound.
fn heading(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::Original => {
            "the seven original languages, each event checked with its articles in them \
             (FLOORS scopes all, dev, validation)"
        }
        Coverage::New => {
            "the seven and Korean, Russian, Vietnamese, each event checked with its articles in them \
             (FLOORS scopes all+new, dev+new, validation+new, ko, ru, vi)"
        }
        Coverage::Zh => {
            "the languages above and Chinese, each event checked with its articles in them \
             (FLOORS scopes all+zh, dev+zh, validation+zh, zh)"
        }
        Coverage::Whole => {
            "every article, each event checked with all its articles \
             (FLOORS scopes all+ja, dev+ja, validation+ja, ja)"
        }
    }
}

/// The figures table, the per-field table and the merges of one coverage.
pub fn figures(coverage: Coverage, t: &Totals, scores: &[EventScore]) {
    println!("\n== Real-article evaluation, {}", heading(coverage));
    println!("{} events, {} articles", t.all.events, t.all.articles);
    println!("precision, recall and subject in % (see tests/realworld.rs for definitions)\n");
    let metrics: Vec<&str> = Metric::ALL.iter().map(|m| m.name()).collect();
    println!(
        "{:<44} {:>3} {:>4} {:>5} {:>5} {:>5} {:>6} | {:>9} {:>14} {:>11} {:>7} {:>8} {:>12}",
        "scope",
        "ev",
        "art",
        "lib",
        "gold",
        "align",
        "merges",
        metrics[0],
        metrics[1],
        metrics[2],
        metrics[3],
        metrics[4],
        metrics[5]
    );
    for (name, x, with_merges) in rows(coverage, t) {
        let m: Vec<String> = Metric::ALL.iter().map(|m| pct(m.value(x))).collect();
        let merges = if with_merges { x.merges.to_string() } else { "-".to_string() };
        println!(
            "{name:<44} {:>3} {:>4} {:>5} {:>5} {:>5} {merges:>6} | {:>9} {:>14} {:>11} {:>7} {:>8} {:>12}",
            x.events, x.articles, x.library, x.gold, x.aligned, m[0], m[1], m[2], m[3], m[4], m[5]
        );
    }
    println!("\nper-field accuracy on aligned pairs, in %; same-fact pairs (in one finding / both aligned / all)\n");
    let names = Fields::NAMES;
    println!(
        "{:<44} {:>7} {:>9} {:>6} {:>5} {:>4} {:>8} {:>8} | {:>14}",
        "scope", names[0], names[1], names[2], names[3], names[4], names[5], names[6], "pairs"
    );
    for (name, x, _) in rows(coverage, t) {
        let f: Vec<String> = (0..7).map(|i| pct(x.field(i))).collect();
        let pairs = format!("{}/{}/{}", x.pairs_together, x.pairs_aligned, x.pairs);
        println!(
            "{name:<44} {:>7} {:>9} {:>6} {:>5} {:>4} {:>8} {:>8} | {pairs:>14}",
            f[0], f[1], f[2], f[3], f[4], f[5], f[6]
        );
    }
    print_merges(scores);
}

fn print_merges(scores: &[EventScore]) {
    let n: usize = scores.iter().map(|s| s.merges.len()).sum();
    println!("\nfindings that merge gold facts: {n} (those of dev events listed)");
    // A validation or holdout event's gold stays unread until its split's
    // details are asked for by name: its fact names are not listed here.
    for s in scores.iter().filter(|s| s.split == Split::Dev) {
        for m in &s.merges {
            println!("  {}: {} holds {}", s.name, m.finding, m.facts.join(" + "));
        }
    }
}

/// Which splits' details `REALWORLD_DETAILS` asks for: `1` or `dev` the
/// dev split, `validation` the validation split, `all` both; `holdout`
/// the holdout split and `blind` the blind split, only when asked for by
/// name.
pub fn detail_splits(var: Option<&str>) -> Vec<Split> {
    match var {
        Some("1") | Some("dev") => vec![Split::Dev],
        Some("validation") => vec![Split::Validation],
        Some("all") => vec![Split::Dev, Split::Validation],
        Some("holdout") => vec![Split::Holdout],
        Some("blind") => vec![Split::Blind],
        _ => Vec::new(),
    }
}

/// Every wrong or unaligned library claim and every missed gold claim of
/// the events of `split`.
pub fn details(events: &[Event], reports: &[Report], scores: &[EventScore], split: Split) {
    println!("\n== Wrong claims, {} split", split.as_str());
    let runs = events.iter().zip(reports).zip(scores).filter(|((e, _), _)| e.split == split);
    for ((event, report), score) in runs {
        println!("\n-- {}", event.name);
        for (article, doc) in event.articles.iter().zip(&score.docs) {
            println!("{} ({}, {} {})", article.id, article.outlet, article.date, article.url);
            for &c in &doc.alignment.claims {
                let claim = &report.claims[c];
                match doc.alignment.of_claim(c) {
                    Some(p) if p.fields.all() => {}
                    Some(p) => wrong(article, claim, p),
                    None => {
                        println!("{} unaligned: {} | {}", article.id, lib_line(claim), excerpt(&claim.evidence.text))
                    }
                }
            }
            for (g, gold) in article.gold.iter().enumerate() {
                if doc.alignment.of_gold(g).is_none() {
                    println!("{} missed gold line {}: {}", article.id, gold.line, gold_line(gold));
                }
            }
        }
        split_pairs(score);
    }
}

/// The same-fact pairs whose two members are aligned but whose library
/// claims are in no one finding (what `grouping` misses).
fn split_pairs(score: &EventScore) {
    for p in score.pairs.iter().filter(|p| p.aligned && !p.together) {
        let [a, b] = &p.claims;
        println!("split pair, fact {}: {} | {}", p.fact, a.as_deref().unwrap_or("-"), b.as_deref().unwrap_or("-"));
    }
}

fn wrong(article: &Article, claim: &Claim, p: &Pair) {
    let gold = &article.gold[p.gold];
    let lib = lib_fields(claim);
    let want = gold_fields(gold);
    let diffs: Vec<String> = Fields::NAMES
        .iter()
        .zip(p.fields.get())
        .enumerate()
        .filter(|(_, (_, ok))| !ok)
        .map(|(i, (name, _))| format!("{name}: {} vs gold {}", lib[i], want[i]))
        .collect();
    println!(
        "{} {} (gold line {}): {} | {}",
        article.id,
        claim.id,
        gold.line,
        diffs.join("; "),
        excerpt(&claim.evidence.text)
    );
}

fn excerpt(s: &str) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(160) {
        Some((i, _)) => format!("{}...", &flat[..i]),
        None => flat,
    }
}

fn lib_line(c: &Claim) -> String {
    lib_fields(c).join(" | ")
}

fn gold_line(g: &GoldClaim) -> String {
    let said_by = g.said_by.as_deref().unwrap_or("-");
    format!("{} | said by {said_by} | anchor {:?} | fact {}", gold_fields(g).join(" | "), g.anchor, g.fact)
}

fn lib_fields(c: &Claim) -> [String; 7] {
    let object = match &c.object {
        Some(Object::Entity { entity }) => format!("{} ({})", entity.key, entity.text),
        Some(o) => o.key().to_string(),
        None => "-".to_string(),
    };
    let time = c.time.as_ref().map_or_else(|| "-".to_string(), |t| time_text(&t.value));
    [
        format!("{} ({})", c.subject.key, c.subject.text),
        c.predicate.as_str().to_string(),
        object,
        c.quantity.as_ref().map_or_else(|| "-".to_string(), quantity_text),
        time,
        format!("{:?}", c.polarity).to_lowercase(),
        format!("{:?}", c.modality).to_lowercase(),
    ]
}

fn time_text(t: &TimeValue) -> String {
    match t {
        TimeValue::Absolute { date } => date.to_string(),
        other => format!("{other}"),
    }
}

fn quantity_text(q: &Quantity) -> String {
    let high = if q.qualifier == claimcheck::Qualifier::Range {
        q.interval.high.map(|h| format!(" {h}")).unwrap_or_default()
    } else {
        String::new()
    };
    format!("{} {}{high} {}", q.qualifier.as_str(), q.value, q.unit)
}

fn gold_value(v: &GoldValue) -> String {
    let high = v.high.map(|h| format!(" {h}")).unwrap_or_default();
    let unit = match v.unit {
        GoldUnit::Count => String::new(),
        GoldUnit::Percent => " %".to_string(),
        GoldUnit::Money(c) => format!(" {c}"),
        GoldUnit::Area(a) => format!(" {a}"),
    };
    format!("{} {}{high}{unit}", v.qualifier.as_str(), v.value)
}

fn gold_fields(g: &GoldClaim) -> [String; 7] {
    [
        g.subject.join(" / "),
        g.predicate.as_str().to_string(),
        g.object.clone().unwrap_or_else(|| "-".to_string()),
        g.value.as_ref().map_or_else(|| "-".to_string(), gold_value),
        g.time.map_or_else(|| "-".to_string(), |d| d.to_string()),
        format!("{:?}", g.polarity).to_lowercase(),
        g.modality.as_str().to_string(),
    ]
}

//! The real-article evaluation (issue 13): published articles about real
//! events, each with hand-written gold claims (`tests/realworld/README.md`
//! fixes the format, `tests/realworld/SPLIT` the dev/validation/holdout/blind split).
//!
//! ```sh
//! cargo test --test realworld -- --nocapture                     # the figures
//! REALWORLD_DETAILS=1 cargo test --test realworld -- --nocapture # and the dev split's wrong claims and split pairs
//! REALWORLD_DIR=/path/to/realworld cargo test --test realworld   # another copy of the set
//! ```
//!
//! `REALWORLD_DETAILS` is `1` or `dev` (the dev split), `validation`,
//! `all` (both), `holdout` or `blind`; validation, holdout and blind
//! details are printed only when asked for by name. Holdout and blind
//! events (see the README) count in their own split only.
//!
//! Each event is one `Checker::new().check` of its articles (id = file
//! stem, text = what follows `---`, the header's language and date), done
//! once per step in which languages joined the set: with its articles in
//! the seven original languages (de en es fr id it pt), the scope the
//! floors of `all`, `dev` and `validation` were first measured on; with
//! those and its Korean, Russian and Vietnamese articles (`all+new`,
//! `dev+new`, `validation+new`, `ko`, `ru`, `vi`); with its Chinese
//! articles too (`all+zh`, `dev+zh`, `validation+zh`, `zh`); and with all
//! its articles, Japanese too (`all+ja`, `dev+ja`, `validation+ja`, `ja`). An
//! event with the same articles as in the step before is not checked again.
//! See `harness::data::Coverage`. The
//! library's claims of each document are aligned one-to-one with its gold
//! claims (see `harness/align.rs`: by the anchor, greedy by the number of
//! right fields), and the fields of each aligned pair are checked: subject,
//! predicate, object, value, time, polarity, modality. The figures, per
//! language, per event, per split and over the set:
//!
//! - `precision`: library claims entirely right / library claims (an
//!   unaligned library claim is wrong);
//! - `numeric_recall`: gold claims with a figure whose aligned library claim
//!   is entirely right / gold claims with a figure;
//! - `fact_recall`: gold claims aligned with a library claim of the right
//!   predicate / gold claims;
//! - `subject`: library claims with the right subject / library claims;
//! - `grouping`: of the pairs of gold claims of one fact in two articles of
//!   one event whose both members are aligned, the share whose library claims
//!   are in one finding; `grouping_all`: the same over all such pairs (an
//!   unaligned member counts as split);
//! - per-field accuracy on aligned pairs, and the findings that merge two gold
//!   facts (listed); `REALWORLD_DETAILS` also lists the same-fact pairs whose
//!   claims are aligned but in no one finding.
//!
//! `tests/realworld/FLOORS` holds a floor per figure and scope: the test fails
//! below one. Floors only go up. The wrong claims listed by
//! `REALWORLD_DETAILS` are those of the run with all the articles.

#[path = "realworld/harness/mod.rs"]
mod harness;

use std::path::PathBuf;

use claimcheck::{Checker, Document, Report};

use harness::data::{Coverage, Event};
use harness::floors::{check_floors, parse_floors};
use harness::load::{DataSet, load};
use harness::print;
use harness::score::{EventScore, Figures, score_event, totals};

/// `REALWORLD_DIR`, else the crate's `tests/realworld`.
fn data_dir() -> PathBuf {
    match std::env::var_os("REALWORLD_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/realworld"),
    }
}

/// One check of all the articles of an event.
fn run(event: &Event) -> Report {
    let docs: Vec<Document> = event
        .articles
        .iter()
        .map(|a| Document::new(a.id.as_str(), a.text.as_str()).with_lang(a.lang).with_published(a.date))
        .collect();
    Checker::new().check(&docs).unwrap_or_else(|e| panic!("{}: the check failed: {e}", event.name))
}

/// The events of one coverage, the library's report on each and its scores.
struct Evaluation {
    events: Vec<Event>,
    reports: Vec<Report>,
    scores: Vec<EventScore>,
}

/// Checks and scores the events of `coverage` (those with an article in it).
/// An event with the same articles as in `earlier` reuses its report.
fn evaluate(set: &DataSet, coverage: Coverage, earlier: Option<&Evaluation>) -> Evaluation {
    let events: Vec<Event> = set.events.iter().map(|e| coverage.select(e)).filter(|e| !e.articles.is_empty()).collect();
    let reused = |e: &Event| {
        let earlier = earlier?;
        let i = earlier.events.iter().position(|x| x.name == e.name && x.articles.len() == e.articles.len())?;
        Some(earlier.reports[i].clone())
    };
    let reports: Vec<Report> = events.iter().map(|e| reused(e).unwrap_or_else(|| run(e))).collect();
    let scores = events.iter().zip(&reports).map(|(e, r)| score_event(e, r)).collect();
    Evaluation { events, reports, scores }
}

fn print_notes(set: &DataSet) {
    for m in &set.missing {
        println!("warning: {m} is listed in SPLIT but has no folder yet");
    }
    for w in &set.warnings {
        println!("warning: {w}");
    }
}

#[test]
fn the_set_is_well_formed() {
    let dir = data_dir();
    let set = load(&dir);
    print_notes(&set);
    println!("{}: {} events, {} articles", dir.display(), set.events.len(), set.articles());
    let errors: Vec<String> = set.errors.iter().map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{} format errors:\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn figures_meet_their_floors() {
    let set = load(&data_dir());
    if !set.errors.is_empty() {
        println!("warning: {} format errors (see the_set_is_well_formed); those files are left out", set.errors.len());
    }
    let original = evaluate(&set, Coverage::Original, None);
    let new = evaluate(&set, Coverage::New, Some(&original));
    let zh = evaluate(&set, Coverage::Zh, Some(&new));
    let whole = evaluate(&set, Coverage::Whole, Some(&zh));
    let figures = Figures {
        original: totals(&original.scores),
        new: totals(&new.scores),
        zh: totals(&zh.scores),
        whole: totals(&whole.scores),
    };
    for (coverage, run) in Coverage::ALL.into_iter().zip([&original, &new, &zh, &whole]) {
        print::figures(coverage, figures.of(coverage), &run.scores);
    }
    for split in print::detail_splits(std::env::var("REALWORLD_DETAILS").ok().as_deref()) {
        print::details(&whole.events, &whole.reports, &whole.scores, split);
    }
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/realworld/FLOORS");
    let content = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let floors = parse_floors(&path, &content).unwrap_or_else(|errors| {
        panic!("{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
    });
    let outcome = check_floors(&floors, &figures);
    for w in &outcome.warnings {
        println!("warning: {w}");
    }
    for r in &outcome.raise {
        println!("note: {r}");
    }
    assert!(outcome.failures.is_empty(), "below the floors:\n{}", outcome.failures.join("\n"));
}

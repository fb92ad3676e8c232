//! `FLOORS`: `metric scope value` lines. A figure below its floor fails the
//! test; `events` and `articles` lines record the data size the floors were
//! measured on, and less data than that only prints a warning.
//!
//! A scope is `all`, `dev` or `validation` (the articles in the seven
//! original languages, checked without the others: see [`Coverage`]), the
//! same with `+new` (each event checked with its articles in those seven
//! and ko, ru, vi), `+zh` (and zh) or `+ja` (with all its articles), or a
//! language code
//! (`ko`: that language's figures in the run of the step it joined in), or
//! one event's name, optionally with the same suffixes
//! (`noto-earthquake-2024+ja`): the bounds of a holdout split measured on
//! its events one by one stay on those events when another joins it.

use std::path::Path;

use claimcheck::Lang;

use super::data::{Coverage, FormatError, Split};
use super::score::{Figures, Metric, Tally};

/// What a floor line bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// A figure, between 0 and 1.
    Figure(Metric),
    /// The number of events when the floors were set.
    Events,
    /// The number of articles when the floors were set.
    Articles,
}

/// Which figures a floor bounds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// A split (`None`: the whole set) of one coverage.
    Split { coverage: Coverage, split: Option<Split> },
    /// One language, in the run of the step it joined in.
    Lang(Lang),
    /// One event (its folder's name) of one coverage.
    Event { coverage: Coverage, name: String },
}

impl Scope {
    /// Reads `all`, `dev`, `validation`, `holdout` or an event's name
    /// (lower case, digits and `-`, with a `-`), each optionally with
    /// `+new`, `+zh` or `+ja`, or a language code.
    fn parse(s: &str) -> Option<Scope> {
        let stepped = Coverage::ALL.iter().rev().find_map(|&c| {
            let suffix = c.suffix();
            s.strip_suffix(suffix).filter(|_| !suffix.is_empty()).map(|name| (name, c))
        });
        let (name, coverage) = stepped.unwrap_or((s, Coverage::Original));
        let split = match name {
            "all" => None,
            "dev" => Some(Split::Dev),
            "validation" => Some(Split::Validation),
            "holdout" => Some(Split::Holdout),
            "blind" => Some(Split::Blind),
            _ if is_event_name(name) => return Some(Scope::Event { coverage, name: name.to_string() }),
            _ if coverage == Coverage::Original => {
                return Lang::ALL.iter().copied().find(|l| l.code() == s).map(Scope::Lang);
            }
            _ => return None,
        };
        Some(Scope::Split { coverage, split })
    }

    /// The name used in `FLOORS`.
    pub fn name(&self) -> String {
        match self {
            Scope::Split { coverage, split } => format!("{}{}", split.map_or("all", Split::as_str), coverage.suffix()),
            Scope::Lang(l) => l.code().to_string(),
            Scope::Event { coverage, name } => format!("{name}{}", coverage.suffix()),
        }
    }

    /// The counts of this scope (`None` when it has no data at all).
    fn tally<'f>(&self, f: &'f Figures) -> Option<&'f Tally> {
        match self {
            Scope::Split { coverage, split: None } => Some(&f.of(*coverage).all),
            Scope::Split { coverage, split: Some(s) } => f.of(*coverage).splits.get(s),
            Scope::Lang(l) => f.of(Coverage::of_lang(*l)).langs.get(l),
            Scope::Event { coverage, name } => f.of(*coverage).events.iter().find(|e| e.0 == *name).map(|e| &e.2),
        }
    }
}

/// Whether `s` names an event folder: lower case ASCII letters, digits and
/// `-`, with at least one `-` (a language code has none).
fn is_event_name(s: &str) -> bool {
    s.contains('-') && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// One line of `FLOORS`.
#[derive(Clone, Debug, PartialEq)]
pub struct Floor {
    pub line: usize,
    pub bound: Bound,
    pub scope: Scope,
    pub value: f64,
}

fn parse_bound(s: &str) -> Option<Bound> {
    match s {
        "events" => Some(Bound::Events),
        "articles" => Some(Bound::Articles),
        _ => Metric::ALL.into_iter().find(|m| m.name() == s).map(Bound::Figure),
    }
}

fn parse_line(s: &str) -> Result<(Bound, Scope, f64), String> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let [bound, scope, value] = words.as_slice() else {
        return Err(format!("want `metric scope value`, got {s:?}"));
    };
    let names: Vec<&str> = Metric::ALL.iter().map(|m| m.name()).collect();
    let bound = parse_bound(bound)
        .ok_or_else(|| format!("unknown metric {bound:?} (want {}, events, articles)", names.join(", ")))?;
    let scope = Scope::parse(scope).ok_or_else(|| {
        format!(
            "unknown scope {scope:?} (want all, dev, validation, holdout, blind or an event's name, each optionally with +new, +zh or +ja, or a language code)"
        )
    })?;
    let value: f64 = value.parse().map_err(|_| format!("value {value:?} is not a number"))?;
    let in_range = match bound {
        Bound::Figure(_) => (0.0..=1.0).contains(&value),
        _ => value >= 0.0 && value.fract() == 0.0,
    };
    if !in_range {
        return Err(format!("value {value} out of range (a figure is 0 to 1, a size a whole number)"));
    }
    Ok((bound, scope, value))
}

/// Parses `FLOORS`; `#` starts a comment line.
pub fn parse_floors(path: &Path, content: &str) -> Result<Vec<Floor>, Vec<FormatError>> {
    let mut floors = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in content.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match parse_line(line) {
            Ok((bound, scope, value)) => floors.push(Floor { line: i + 1, bound, scope, value }),
            Err(m) => errors.push(FormatError::new(path, i + 1, m)),
        }
    }
    if errors.is_empty() { Ok(floors) } else { Err(errors) }
}

/// What a check of the floors found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// Figures below their floor: the test fails.
    pub failures: Vec<String>,
    /// Less data than when the floors were set, or no data for a split.
    pub warnings: Vec<String>,
    /// Figures a whole point or more above their floor: the floor may go up.
    pub raise: Vec<String>,
}

/// Checks every floor against the figures of both runs.
pub fn check_floors(floors: &[Floor], figures: &Figures) -> Outcome {
    let mut out = Outcome::default();
    let empty = Tally::default();
    for f in floors {
        let scope = f.scope.name();
        let tally = f.scope.tally(figures).unwrap_or(&empty);
        let (name, measured) = match f.bound {
            Bound::Events => ("events", tally.events as f64),
            Bound::Articles => ("articles", tally.articles as f64),
            Bound::Figure(m) if tally.articles == 0 => {
                out.warnings.push(format!("{} {scope}: no articles, floor {} not checked", m.name(), f.value));
                continue;
            }
            // An undefined figure (no library claim at all) is zero.
            Bound::Figure(m) => (m.name(), m.value(tally).unwrap_or(0.0)),
        };
        let size = !matches!(f.bound, Bound::Figure(_));
        if measured + 1e-9 < f.value {
            let msg = format!("{name} {scope}: {measured:.4} below the floor {} (FLOORS line {})", f.value, f.line);
            if size { out.warnings.push(msg) } else { out.failures.push(msg) }
        } else if !size && measured >= f.value + 0.01 {
            out.raise.push(format!("{name} {scope}: {measured:.4}, floor {} may go up", f.value));
        }
    }
    out
}

//! Evolving counts: tolls, vote counts and other running totals told on
//! different days are a timeline, not a disagreement.

use crate::schema::{Claim, PartialDate, Predicate, Quantity, TimeValue, Verdict};

use super::interval::relate;

/// Whether a predicate's figure is a running total that grows while the
/// story unfolds: a toll, what an event affected, a count of votes, a
/// turnout, arrests.
pub(crate) fn running_total(p: Predicate) -> bool {
    matches!(
        p,
        Predicate::Deaths
            | Predicate::Injured
            | Predicate::SeriouslyInjured
            | Predicate::Missing
            | Predicate::Cases
            | Predicate::Survivors
            | Predicate::Identified
            | Predicate::Evacuated
            | Predicate::Affected
            | Predicate::Area
            | Predicate::Arrested
            | Predicate::Deployed
            | Predicate::Votes
            | Predicate::Turnout
    )
}

/// When a figure holds: the claim's own date when the text gives a day,
/// else its document's publication date when known to the month at least.
/// A date known to the month sorts before the days of that month: an
/// article dated only "2024-11" is taken as no later than one of
/// 2024-11-06.
pub(crate) fn as_of(c: &Claim, published: &dyn Fn(&str) -> Option<PartialDate>) -> Option<PartialDate> {
    let own = c.time.as_ref().and_then(|t| match t.value {
        TimeValue::Absolute { date } if date.day.is_some() => Some(date),
        _ => None,
    });
    own.or_else(|| published(&c.source).filter(|d| d.month.is_some()))
}

/// The dates of a running total's figures, one per figure, when the fact
/// is a running total and every figure has a date (see [`as_of`]), and
/// they are not all the same; `None` otherwise (the figures are compared as of
/// one time).
pub(crate) fn timeline(
    predicate: Predicate,
    reps: &[&Claim],
    published: &dyn Fn(&str) -> Option<PartialDate>,
) -> Option<Vec<PartialDate>> {
    if !running_total(predicate) {
        return None;
    }
    let dates: Option<Vec<PartialDate>> = reps.iter().map(|c| as_of(c, published)).collect();
    let dates = dates?;
    let first = *dates.first()?;
    dates.iter().any(|d| *d != first).then_some(dates)
}

/// The timeline of a running total's figures.
pub(crate) struct Timeline {
    /// The day of each figure, in the order of the figures given.
    pub dates: Vec<PartialDate>,
    /// The latest day: its figures are current.
    pub latest: PartialDate,
    /// Whether each figure is below what an earlier day's figure already
    /// gave (a superseded figure given as current).
    pub superseded: Vec<bool>,
}

impl Timeline {
    /// The timeline of `reps` (their quantities `qs`, in the same order),
    /// when they are figures of a running total on several days (see
    /// [`timeline`]). One sort, then one pass: the highest
    /// figure before each day is carried forward.
    pub(crate) fn of(
        predicate: Predicate,
        reps: &[&Claim],
        qs: &[&Quantity],
        tolerance: f64,
        published: &dyn Fn(&str) -> Option<PartialDate>,
    ) -> Option<Timeline> {
        let dates = timeline(predicate, reps, published)?;
        let latest = *dates.iter().max()?;
        let mut order: Vec<usize> = (0..reps.len()).filter(|&i| !qs[i].saturated).collect();
        order.sort_by_key(|&i| dates[i]);
        let low = |i: usize| qs[i].interval.low.unwrap_or(f64::NEG_INFINITY);
        let mut superseded = vec![false; reps.len()];
        let mut best: Option<usize> = None;
        let mut k = 0;
        while k < order.len() {
            let day = dates[order[k]];
            let end = k + order[k..].iter().take_while(|&&i| dates[i] == day).count();
            if let Some(b) = best {
                for &i in &order[k..end] {
                    superseded[i] =
                        matches!(relate_in_time(qs[b], qs[i], tolerance), Verdict::Contradict | Verdict::Tension);
                }
            }
            for &i in &order[k..end] {
                if best.is_none_or(|b| low(i) > low(b)) {
                    best = Some(i);
                }
            }
            k = end;
        }
        Some(Timeline { dates, latest, superseded })
    }
}

/// How a figure given on one day relates to one given on a later day: a
/// figure that grows, or stays, is the count moving on (`agree` when the
/// same, `compatible` otherwise); a later figure below an earlier one
/// beyond rounding gives a superseded figure as current (`contradict`, or
/// `tension` within rounding).
pub(crate) fn relate_in_time(earlier: &Quantity, later: &Quantity, tolerance: f64) -> Verdict {
    let v = relate(earlier, later, tolerance);
    if matches!(v, Verdict::Agree | Verdict::Compatible) {
        return v;
    }
    let below = match (later.interval.high, earlier.interval.low) {
        (Some(h), Some(l)) => h <= l,
        _ => false,
    };
    if below { v } else { Verdict::Compatible }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::interval_for;
    use crate::schema::{Qualifier, Unit};

    fn q(value: f64) -> Quantity {
        Quantity {
            text: String::new(),
            start: 0,
            end: 0,
            value,
            interval: interval_for(Qualifier::Exact, value, 1.0),
            qualifier: Qualifier::Exact,
            unit: Unit::Count { concept: None },
            rounding: 1.0,
            saturated: false,
        }
    }

    fn toll(source: &str, day: Option<u8>) -> Claim {
        Claim {
            quantity: Some(q(10.0)),
            time: day.map(|d| crate::schema::TimeRef {
                text: String::new(),
                start: 0,
                end: 0,
                relation: crate::schema::TimeRelation::By,
                value: TimeValue::Absolute { date: PartialDate { year: 2024, month: Some(11), day: Some(d) } },
            }),
            ..Claim::for_test(source, Predicate::Deaths)
        }
    }

    /// A figure's own day first, else its article's date to the month at
    /// least; a year alone dates nothing.
    #[test]
    fn as_of_table() {
        let day = |d| PartialDate { year: 2024, month: Some(11), day: Some(d) };
        let month = PartialDate { year: 2024, month: Some(11), day: None };
        let cases = [
            ("own day", toll("a", Some(6)), Some(month), Some(day(6))),
            ("the article's day", toll("a", None), Some(day(2)), Some(day(2))),
            ("the article's month", toll("a", None), Some(month), Some(month)),
            ("a year alone", toll("a", None), Some(PartialDate::year(2024)), None),
            ("no date", toll("a", None), None, None),
        ];
        for (name, c, published, want) in cases {
            assert_eq!(as_of(&c, &|_: &str| published), want, "case {name}");
        }
        assert!(month < day(1), "a month sorts before its days");
    }

    #[test]
    fn relate_in_time_table() {
        let cases = [
            ("the toll grows", 61.0, 93.0, Verdict::Compatible),
            ("the toll stays", 70.0, 70.0, Verdict::Agree),
            ("a later figure below an earlier one", 93.0, 61.0, Verdict::Contradict),
        ];
        for (name, earlier, later, want) in cases {
            assert_eq!(relate_in_time(&q(earlier), &q(later), 1.0), want, "case {name}");
        }
    }
}

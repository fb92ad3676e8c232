//! The consensus of a fact's figures: the values a strict majority of the
//! sources allow, found by a sweep over the bounds of their intervals.

use std::cmp::Ordering;

use crate::schema::Interval;

/// A position on the line with infinitesimal sides: `(v, 0)` is just
/// below `v`, `(v, 1)` is `v`, `(v, 2)` just above it. An interval covers
/// the positions from its low key to its high key, both included.
#[derive(Clone, Copy, Debug)]
struct Key(f64, u8);

impl Key {
    fn cmp(&self, other: &Key) -> Ordering {
        self.0.total_cmp(&other.0).then(self.1.cmp(&other.1))
    }
}

fn low_key(i: &Interval) -> Key {
    match i.low {
        None => Key(f64::NEG_INFINITY, 1),
        Some(v) if i.low_inclusive => Key(v, 1),
        Some(v) => Key(v, 2),
    }
}

fn high_key(i: &Interval) -> Key {
    match i.high {
        None => Key(f64::INFINITY, 1),
        Some(v) if i.high_inclusive => Key(v, 1),
        Some(v) => Key(v, 0),
    }
}

/// The figures a strict majority of sources share.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Majority {
    /// The values every member allows: the intersection of their intervals.
    pub interval: Interval,
    /// The members, as indices into the intervals given, in order.
    pub members: Vec<usize>,
}

/// The values a strict majority of `intervals` share, if there are such
/// values and one set of intervals shares them: intervals that all overlap
/// one value, more than half of them, the largest such set, and no other
/// set as large. `None` otherwise (no majority, or two majorities that
/// share no value, which makes neither the consensus).
///
/// Linear after a sort of the bounds: no pair of intervals is compared.
pub(crate) fn majority(intervals: &[Interval]) -> Option<Majority> {
    // (key, 0 for a start, 1 for an end): at one key, starts first, so
    // that intervals that meet at an included bound overlap there.
    let mut events: Vec<(Key, u8)> = Vec::with_capacity(2 * intervals.len());
    for i in intervals {
        events.push((low_key(i), 0));
        events.push((high_key(i), 1));
    }
    events.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let (mut depth, mut best, mut at, mut ambiguous, mut dropped) = (0usize, 0usize, None, false, false);
    for (key, kind) in events {
        if kind == 0 {
            depth += 1;
            if depth > best {
                (best, at, ambiguous, dropped) = (depth, Some(key), false, false);
            } else if depth == best && dropped {
                ambiguous = true;
            }
        } else {
            depth = depth.saturating_sub(1);
            dropped = true;
        }
    }
    let at = at?;
    if ambiguous || 2 * best <= intervals.len() {
        return None;
    }
    let members: Vec<usize> = intervals
        .iter()
        .enumerate()
        .filter(|(_, i)| low_key(i).cmp(&at) != Ordering::Greater && high_key(i).cmp(&at) != Ordering::Less)
        .map(|(k, _)| k)
        .collect();
    let interval = intersection(members.iter().map(|&k| &intervals[k]))?;
    Some(Majority { interval, members })
}

/// The values all the intervals allow; `None` for no intervals.
fn intersection<'i>(mut intervals: impl Iterator<Item = &'i Interval>) -> Option<Interval> {
    let mut out = *intervals.next()?;
    for i in intervals {
        if low_key(i).cmp(&low_key(&out)) == Ordering::Greater {
            out.low = i.low;
            out.low_inclusive = i.low_inclusive;
        }
        if high_key(i).cmp(&high_key(&out)) == Ordering::Less {
            out.high = i.high;
            out.high_inclusive = i.high_inclusive;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open_above(v: f64) -> Interval {
        Interval { low: Some(v), high: None, low_inclusive: false, high_inclusive: false }
    }
    fn at_least(v: f64) -> Interval {
        Interval { low: Some(v), high: None, low_inclusive: true, high_inclusive: false }
    }
    fn below(v: f64) -> Interval {
        Interval { low: Some(0.0), high: Some(v), low_inclusive: true, high_inclusive: false }
    }
    fn p(v: f64) -> Interval {
        Interval::point(v)
    }

    /// A case: its name, the intervals, and the consensus with its members.
    type Case = (&'static str, Vec<Interval>, Option<(Interval, Vec<usize>)>);

    #[test]
    fn majority_table() {
        let cases: Vec<Case> = vec![
            ("all equal", vec![p(5.0), p(5.0), p(5.0)], Some((p(5.0), vec![0, 1, 2]))),
            ("three values, no majority", vec![p(1200.0), p(2500.0), p(4000.0)], None),
            ("two against two", vec![p(1.0), p(1.0), p(2.0), p(2.0)], None),
            ("two against one", vec![p(2.0), p(1.0), p(2.0)], Some((p(2.0), vec![0, 2]))),
            ("one of two is no majority", vec![p(1.0), p(2.0)], None),
            (
                "an open bound does not meet its own value",
                vec![p(1e5), open_above(1e5), open_above(1e5), open_above(1e5)],
                Some((open_above(1e5), vec![1, 2, 3])),
            ),
            (
                "fewer than does not meet its own value",
                vec![below(3e4), p(3e4), below(3e4)],
                Some((below(3e4), vec![0, 2])),
            ),
            (
                "at least 42 and 42 share 42",
                vec![at_least(42.0), p(42.0), at_least(42.0), p(23.0), p(42.0)],
                Some((p(42.0), vec![0, 1, 2, 4])),
            ),
            (
                "two majorities that share no value",
                vec![Interval::closed(0.0, 10.0), Interval::closed(0.0, 2.0), Interval::closed(8.0, 10.0)],
                None,
            ),
            ("nothing", vec![], None),
        ];
        for (name, intervals, want) in cases {
            let got = majority(&intervals).map(|m| (m.interval, m.members));
            assert_eq!(got, want, "case {name}");
            // The order of the intervals does not matter.
            let mut rev = intervals.clone();
            rev.reverse();
            let n = intervals.len();
            let got = majority(&rev).map(|m| {
                let mut members: Vec<usize> = m.members.iter().map(|k| n - 1 - k).collect();
                members.sort_unstable();
                (m.interval, members)
            });
            assert_eq!(got, want, "case {name} (reversed)");
        }
    }
}

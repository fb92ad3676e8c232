//! Interval logic: how two quantities for one fact relate.

use crate::schema::{Interval, Qualifier, Quantity, Verdict};

/// The distance between two intervals that share no value: `Some(0.0)` when
/// they touch at a bound one of them excludes, `Some(d)` when `d` apart,
/// `None` when they overlap.
pub(crate) fn gap(a: &Interval, b: &Interval) -> Option<f64> {
    // How far `y` starts above the end of `x`, if it does.
    let above = |x: &Interval, y: &Interval| {
        let (Some(xh), Some(yl)) = (x.high, y.low) else { return None };
        (xh < yl || (xh == yl && !(x.high_inclusive && y.low_inclusive))).then_some(yl - xh)
    };
    above(a, b).or_else(|| above(b, a))
}

/// Whether two qualifiers bound in opposite directions ("more than X"
/// against "up to X").
pub(crate) fn inverted(a: Qualifier, b: Qualifier) -> bool {
    use Qualifier::*;
    let up = |q| matches!(q, MoreThan | AtLeast);
    let down = |q| matches!(q, LessThan | AtMost);
    (up(a) && down(b)) || (down(a) && up(b))
}

/// How two quantities for one fact relate.
///
/// - `agree`: the same interval;
/// - `compatible`: the intervals overlap;
/// - `tension`: they touch at an excluded bound, or miss each other by no
///   more than `tolerance` times the larger rounding of the two written
///   forms;
/// - `contradict`: they are farther apart, or bound the same value in
///   opposite directions ("more than 12" against "up to 12").
///
/// Two saturated values ([`Quantity::saturated`]) are `compatible`: both
/// are beyond what can be compared, and may or may not be equal.
pub fn relate(a: &Quantity, b: &Quantity, tolerance: f64) -> Verdict {
    if a.saturated && b.saturated {
        return Verdict::Compatible;
    }
    if inverted(a.qualifier, b.qualifier) && a.value == b.value {
        return Verdict::Contradict;
    }
    if a.interval == b.interval {
        return Verdict::Agree;
    }
    match gap(&a.interval, &b.interval) {
        None => Verdict::Compatible,
        Some(0.0) => Verdict::Tension,
        Some(d) if d <= tolerance * a.rounding.max(b.rounding) => Verdict::Tension,
        Some(_) => Verdict::Contradict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::interval_for;
    use crate::schema::Unit;

    fn q(qualifier: Qualifier, value: f64, rounding: f64) -> Quantity {
        Quantity {
            text: String::new(),
            start: 0,
            end: 0,
            value,
            interval: interval_for(qualifier, value, rounding),
            qualifier,
            unit: Unit::Count { concept: None },
            rounding,
            saturated: false,
        }
    }

    fn sat(mut q: Quantity) -> Quantity {
        q.saturated = true;
        q
    }

    #[test]
    fn relate_table() {
        use Qualifier::*;
        let cases = [
            ("same exact value", q(Exact, 100.0, 1.0), q(Exact, 100.0, 1.0), Verdict::Agree),
            ("same bound", q(MoreThan, 1e5, 1e3), q(MoreThan, 1e5, 1e3), Verdict::Agree),
            ("plain value on an open bound", q(Exact, 1e5, 1e3), q(MoreThan, 1e5, 1e3), Verdict::Tension),
            ("only value on a fewer-than bound", q(Only, 3e4, 1e3), q(LessThan, 3e4, 1e3), Verdict::Tension),
            ("point inside a bound", q(Exact, 120.0, 1.0), q(MoreThan, 100.0, 1.0), Verdict::Compatible),
            ("about overlaps exact", q(About, 100.0, 1.0), q(Exact, 95.0, 1.0), Verdict::Compatible),
            ("disjoint beyond rounding", q(Exact, 100.0, 1.0), q(Exact, 200.0, 1.0), Verdict::Contradict),
            ("gap within rounding", q(Exact, 1e5, 1e3), q(Exact, 1.005e5, 1.0), Verdict::Tension),
            ("inverted bounds", q(MoreThan, 12.0, 1.0), q(AtMost, 12.0, 1.0), Verdict::Contradict),
            ("two saturated values", sat(q(Exact, 1e300, 1.0)), sat(q(Exact, 1e300, 1.0)), Verdict::Compatible),
            ("saturated against a figure", sat(q(Exact, 1e300, 1.0)), q(Exact, 500.0, 1.0), Verdict::Contradict),
            (
                "fewer than against more than far apart",
                q(LessThan, 3e4, 1e3),
                q(MoreThan, 1e5, 1e3),
                Verdict::Contradict,
            ),
        ];
        for (name, a, b, want) in cases {
            assert_eq!(relate(&a, &b, 1.0), want, "case {name}");
            assert_eq!(relate(&b, &a, 1.0), want, "case {name} (swapped)");
        }
    }

    #[test]
    fn gap_and_overlap() {
        let a = Interval::closed(0.0, 10.0);
        let b = Interval::closed(10.0, 20.0);
        assert_eq!(gap(&a, &b), None);
        let open = Interval { low: Some(10.0), high: None, low_inclusive: false, high_inclusive: false };
        assert_eq!(gap(&Interval::point(10.0), &open), Some(0.0));
        assert_eq!(gap(&Interval::point(5.0), &Interval::point(8.0)), Some(3.0));
    }
}

//! Claims a sentence seems to make but does not: passes over a document's
//! claims after they are read, each dropping one kind of false figure.
//!
//! - [`counts_things`]: a toll or a head count whose figure counts things
//!   the lexicon knows are not people ("2.818 immeubles se sont effondrés
//!   ... morts", "two dams", "eight villages").
//! - [`percent_change`]: an amount of money (revenue, profit, loss,
//!   valuation, investment, spending, money raised) given as a percentage:
//!   "revenue fell 1%" is a change, not the revenue.
//! - [`conversion`]: a figure in parentheses right after one in another
//!   currency, the outlet's conversion ("US$ 10 bilhões (R$ 57,52
//!   bilhões)"): the fact is the first figure.

use super::numbers;
use crate::extract::Ctx;
use crate::schema::{Claim, Predicate, Unit};

/// Concept keys that count people: a toll or a head count may count them.
const PEOPLE: &[&str] = &[
    "person",
    "employees",
    "job",
    "passenger",
    "tourist",
    "resident",
    "family",
    "household",
    "migrant",
    "fan",
    "case",
];

/// Drops the claims no pass lets through.
pub(super) fn drop_false_figures(cx: &Ctx, quantities: &[numbers::Mention], claims: &mut Vec<Claim>) {
    let conversions = conversions(cx, quantities);
    claims.retain(|c| !counts_things(cx, c) && !percent_change(c) && !conversion(c, &conversions));
}

/// A people-counting predicate whose figure counts a concept of the
/// lexicon that is not people. A noun the lexicon does not know says
/// nothing either way and is kept.
fn counts_things(cx: &Ctx, c: &Claim) -> bool {
    if !c.predicate.counts_heads() {
        return false;
    }
    let Some(Unit::Count { concept: Some(k) }) = c.quantity.as_ref().map(|q| &q.unit) else {
        return false;
    };
    let known = cx.lex_data.concepts.iter().any(|&(_, key)| !key.is_empty() && key == k.0);
    known && !PEOPLE.contains(&k.0.as_str())
}

/// An amount of money given as a percentage.
fn percent_change(c: &Claim) -> bool {
    let money = matches!(
        c.predicate,
        Predicate::Revenue
            | Predicate::Profit
            | Predicate::Loss
            | Predicate::Valuation
            | Predicate::Invest
            | Predicate::Spend
            | Predicate::Raise
    );
    money && c.quantity.as_ref().is_some_and(|q| q.unit == Unit::Percent)
}

/// The byte offsets of the figures that convert the money figure before
/// them into another currency: "X (Y)" with X and Y amounts in two
/// currencies and nothing else between them.
fn conversions(cx: &Ctx, quantities: &[numbers::Mention]) -> Vec<usize> {
    let t = cx.tokens;
    quantities
        .windows(2)
        .filter(|w| {
            let (a, b) = (&w[0], &w[1]);
            let open = b.first == a.last + 1 && t.is_punct(a.last, '(');
            let close = b.last < t.toks.len() && t.is_punct(b.last, ')');
            match (&a.quantity.unit, &b.quantity.unit) {
                (Unit::Money { currency: x }, Unit::Money { currency: y }) => open && close && x != y,
                _ => false,
            }
        })
        .map(|w| w[1].quantity.start)
        .collect()
}

fn conversion(c: &Claim, conversions: &[usize]) -> bool {
    c.quantity.as_ref().is_some_and(|q| conversions.binary_search(&q.start).is_ok())
}

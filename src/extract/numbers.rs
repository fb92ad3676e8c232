//! Numbers, qualifiers and units: every quantity mention in a text, read as
//! an interval.
//!
//! A mention is `[qualifier] [currency] number [scale] [unit]`, or a range
//! `[opener] number joiner number [scale] [unit]`. Numbers are digits with
//! the language's separators or number words with scale words. Years,
//! codes ("A320", "737MAX"), dates, clock times, ordinals and lone number words that
//! count nothing are not quantities.

use once_cell::sync::Lazy;

use super::notcounts::{Words, words};
use super::{Ctx, ending_at, notcounts};
use crate::Lang;
use crate::lang::{Kinds, Tag, kinds};
use crate::schema::{AreaUnit, Concept, Currency, Interval, PerUnit, Predicate, Qualifier, Quantity, Unit};
use crate::text::{Case, Kind, Tokens};

/// Values above this are saturated: they are kept, flagged, and compared as this value.
pub(crate) const SATURATION: f64 = 1e300;

/// A quantity mention with its token range and what the unit told.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    /// First token (qualifier or currency included).
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// The number's first token (after qualifier and currency).
    pub number_at: usize,
    pub quantity: Quantity,
    /// The measure the unit noun implies ("usuários" gives Users).
    pub measure: Option<Predicate>,
    /// Whether the unit noun was a generic classifier ("unidades") or absent,
    /// so that the concept counted before applies.
    pub elliptic: bool,
    /// Whether a revision replaces this figure ("revised from 96 to 71":
    /// 96; see [`super::revisions`]).
    pub superseded: bool,
    /// What a percent is a share of, when a measure or concept noun
    /// follows it: "10% of its workforce", "15 Prozent der Stellen".
    pub share_of: Option<&'static str>,
}

/// A number as written: value, rounding, tokens used.
#[derive(Clone, Copy, Debug)]
struct Num {
    value: f64,
    rounding: f64,
    end: usize,
    saturated: bool,
    /// Whether it was written in words only, without a scale word.
    bare_words: bool,
    /// Whether it is four plain digits that could be a year.
    year_like: bool,
    /// A qualifier inside a myriad chain ("26억5800여만": more than
    /// 2,658,000,000; see [`myriad_rest`]).
    inner: Option<Qualifier>,
}

/// Reads every quantity mention, in text order.
pub(crate) fn read(cx: &Ctx) -> Vec<Mention> {
    let t = cx.tokens;
    let phone = phone_runs(cx);
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // Most tokens are neither digits nor a number or scale word: no
        // pass below reads anything there.
        let number = t.toks[i].kind == Kind::Number || cx.tags.any(i, kinds![Number, Scale]);
        if !number || phone[i] || is_list_marker(cx, i) {
            i += 1;
            continue;
        }
        // The number there, read once for both passes.
        let num = number_at(cx, i);
        if let Some(end) = not_count_end(cx, i, num) {
            i = end;
            continue;
        }
        match num.and_then(|num| mention_at(cx, i, num)) {
            Some(m) => {
                i = m.last;
                out.push(m);
            }
            None => i += 1,
        }
    }
    distribute_about(cx, &mut out);
    grouped_document(cx, &mut out);
    keep_unrevised(&mut out);
    share_revised_unit(cx, &mut out);
    earlier_lists(cx, &mut out);
    out
}

/// The tolls listed after an earlier toll are earlier too: "Un précédent
/// bilan faisait état de 3645 morts, 5017 blessés et 140 disparus" (only a
/// comma or a coordinator between one and the next); so is a part of it
/// told right after it, past a comma and a part marker: "2 morts, dont un
/// enfant".
fn earlier_lists(cx: &Ctx, out: &mut [Mention]) {
    let t = cx.tokens;
    let joined = |a: usize, b: usize| {
        (1..=2).contains(&(b - a)) && (a..b).all(|j| t.is_comma(j) || cx.tags.any(j, kinds![Coordinator]))
    };
    let part = |a: usize, b: usize| {
        b - a <= EARLIER_PART && t.is_comma(a) && cx.lex.part_len_at(t, a + 1).is_some_and(|l| a + 1 + l == b)
    };
    for k in 1..out.len() {
        let (prev, next) = (&out[k - 1], &out[k]);
        let toll = prev.measure.is_some_and(Predicate::is_toll);
        let tolls = toll && next.measure.is_some_and(Predicate::is_toll);
        let after = next.first > prev.last;
        if prev.superseded
            && after
            && ((tolls && joined(prev.last, next.first)) || (toll && part(prev.last, next.first)))
        {
            out[k].superseded = true;
        }
    }
}

/// How many tokens a comma and a part marker may span between an earlier
/// toll and its part ("2 morts, dont un enfant"; [`earlier_lists`]).
const EARLIER_PART: usize = 4;

/// The new figure of a revision that names no unit has the replaced
/// one's: "da oltre 1,8 miliardi di euro a poco più di 100 milioni" is
/// 100 million euros. Only right after the replaced figure, past a "to"
/// word and a qualifier at most ([`NEW_FIGURE_GAP`] tokens).
fn share_revised_unit(cx: &Ctx, out: &mut [Mention]) {
    let t = cx.tokens;
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let (prev, cur) = (&before[k - 1], &mut after[0]);
        let bare = names_no_unit(&cur.quantity);
        let next_to = cur.first >= prev.last && cur.first <= prev.last + NEW_FIGURE_GAP;
        let same_line = (prev.last..=cur.first).all(|j| j == prev.last || !t.toks[j].newline_before());
        if prev.superseded && !cur.superseded && bare && next_to && same_line {
            cur.quantity.unit = prev.quantity.unit.clone();
        }
    }
}

/// Whether a quantity is a bare number, with no unit and no counted noun.
fn names_no_unit(q: &Quantity) -> bool {
    q.unit == Unit::Count { concept: None }
}

/// How many tokens may part a revision's new figure from the replaced
/// one: a "to" word and a qualifier of up to three words.
const NEW_FIGURE_GAP: usize = 4;

/// A figure a revision replaces is of the kind of its new one, next to
/// it: "une baisse des ventes de 3,8 %, tombant à 1,59 million de
/// véhicules" replaces no 3.8% by 1.59 million vehicles. A superseded
/// figure whose neighbours are all in other kinds of unit stands; one
/// with none ("revised the death toll down by one") stays replaced.
fn keep_unrevised(out: &mut [Mention]) {
    let kind = |q: &Quantity| std::mem::discriminant(&q.unit);
    for k in 0..out.len() {
        if !out[k].superseded {
            continue;
        }
        // A bare number names no unit and may share the figure's ("da
        // oltre 1,8 miliardi di euro a poco più di 100 milioni").
        let own = kind(&out[k].quantity);
        let fits = |n: &Mention| kind(&n.quantity) == own || names_no_unit(&n.quantity);
        let neighbours = [k.checked_sub(1), Some(k + 1)].map(|j| j.and_then(|j| out.get(j)));
        if neighbours.iter().any(Option::is_some) && !neighbours.iter().flatten().any(|n| fits(n)) {
            out[k].superseded = false;
        }
    }
}

/// "Unos 3.000 tractores, 2.000 camiones y unas 10.000 personas": an
/// approximation written before the first figure of a list holds for the
/// bare figures listed right after it, joined by a comma or a
/// coordinator, in the same kind of unit. Only "about": a floor or a
/// ceiling before the first figure says nothing of the next ones.
fn distribute_about(cx: &Ctx, out: &mut [Mention]) {
    let t = cx.tokens;
    let joined = |a: usize, b: usize| {
        b == a + 1 && (t.is_comma(a) || cx.tags.any(a, kinds![Coordinator]))
            || b == a + 2 && t.is_comma(a) && cx.tags.any(a + 1, kinds![Coordinator])
    };
    let kind = |q: &Quantity| std::mem::discriminant(&q.unit);
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let (prev, cur) = (&before[k - 1], &mut after[0]);
        let q = &mut cur.quantity;
        if prev.quantity.qualifier == Qualifier::About
            && q.qualifier == Qualifier::Exact
            && kind(&prev.quantity) == kind(q)
            && joined(prev.last, cur.first)
        {
            q.qualifier = Qualifier::About;
            q.interval = interval_for(Qualifier::About, q.value, q.rounding);
        }
    }
}

/// Where a number that counts nothing and starts at token `i` ends: a
/// score or a tally, a date in digits, a label, a reading or an age (see
/// [`super::notcounts`]). `num` is the number there ([`number_at`]).
fn not_count_end(cx: &Ctx, i: usize, num: Option<Num>) -> Option<usize> {
    let number = cx.tokens.toks[i].kind == Kind::Number;
    if !number && !cx.tags.any(i, kinds![Number, Scale]) {
        return None;
    }
    if number {
        if let Some(end) = notcounts::score_end(cx, i).or_else(|| super::time::numeric_date(cx, i).map(|d| d.0)) {
            return Some(end);
        }
    }
    let num = num?;
    let first = notcounts::is_not_count(cx, i, num.end);
    // A range is a reading or an age when its first figure is one ("aged
    // 25 to 30"), its second ("1日70~80回", seventy to eighty times a day)
    // or the two together ("de entre 20 y 40 años").
    let second = cx.tags.len_of(num.end, kinds![RangeJoiner]).and_then(|jl| Some((jl, number_at(cx, num.end + jl)?)));
    match second {
        Some((jl, second)) => (first
            || notcounts::is_not_count(cx, num.end + jl, second.end)
            || notcounts::is_not_count(cx, i, second.end))
        .then_some(second.end),
        None => first.then_some(num.end),
    }
}

/// Marks the digit tokens of telephone numbers: runs of digit groups that
/// start with "+" ("+55 11 98765-4321"), with an area code in parentheses
/// ("(11) 3456-7890"), with a hyphen before four digits or more
/// ("555-0123"), or with a group that starts with 0 ("0199"). A run goes on
/// over digit groups separated only by spaces, hyphens, dots, slashes and
/// parentheses. Such digits count nothing.
fn phone_runs(cx: &Ctx) -> Vec<bool> {
    let t = cx.tokens;
    let n = t.len();
    let mut phone = vec![false; n];
    let mut i = 0;
    while i < n {
        if !phone_starts(t, i) {
            i += 1;
            continue;
        }
        let a = phone_run_back(t, i);
        let mut j = i;
        while j < n && !t.toks[j].newline_before() || j == i {
            if phone_plain(t, j) || (j > i && phone_spaced(t, j)) {
                phone[j] = true;
            } else if !phone_joiner(t, j) {
                break;
            }
            j += 1;
            if j < n && t.toks[j].kind == Kind::Word {
                break;
            }
        }
        for (k, mark) in phone[a..i].iter_mut().enumerate() {
            *mark |= phone_plain(t, a + k);
        }
        i = j.max(i + 1);
    }
    phone
}

/// Whether token `i` is digits only, or groups of digits a language joins
/// with spaces ("+7 495 123-45-67").
fn phone_plain(t: &Tokens, i: usize) -> bool {
    t.toks.get(i).is_some_and(|k| k.kind == Kind::Number)
        && t.raw(i).starts_with(|c: char| c.is_ascii_digit())
        && t.raw(i).chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
}

/// Whether token `i` is groups of a run the tokenizer joined with spaces
/// ("0912 345 678": "345 678").
fn phone_spaced(t: &Tokens, i: usize) -> bool {
    t.toks.get(i).is_some_and(|k| k.kind == Kind::Number)
        && t.raw(i).chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
}

/// Whether token `i` is glued to the one before it.
fn phone_glued(t: &Tokens, i: usize) -> bool {
    t.toks.get(i).is_some_and(|k| !k.space_before())
}

/// Whether token `i` is punctuation that joins the groups of a telephone
/// number: a hyphen, a dot, a slash or a parenthesis.
fn phone_joiner(t: &Tokens, i: usize) -> bool {
    t.toks.get(i).is_some_and(|k| k.kind == Kind::Punct) && matches!(t.raw(i), "-" | "." | "/" | "(" | ")")
}

/// Whether a telephone number starts at token `i` (see [`phone_runs`]): a
/// group of three digits or more that starts with 0 (not all zeros), or
/// digits glued after "+", an area code in parentheses before a group of
/// four digits or one with a hyphen, or a group of three digits or more, a
/// glued hyphen and four digits or more.
fn phone_starts(t: &Tokens, i: usize) -> bool {
    let (plain, glued) = (|j: usize| phone_plain(t, j), |j: usize| phone_glued(t, j));
    let leading_zero =
        plain(i) && t.raw(i).len() >= 3 && t.raw(i).starts_with('0') && !t.raw(i).bytes().all(|b| b == b'0');
    let plus = i > 0 && t.raw(i - 1) == "+" && glued(i) && plain(i);
    // The group after an area code has four digits, or a hyphen and more
    // ("(11) 3456-7890", "(555) 123-4567"); "nesta segunda-feira (22) 300
    // funcionários" gives a day, then a count.
    let subscriber = plain(i + 2)
        && (t.raw(i + 2).len() >= 4 || (t.is_punct(i + 3, '-') && glued(i + 3) && glued(i + 4) && plain(i + 4)));
    let area = i > 0 && t.raw(i - 1) == "(" && glued(i) && plain(i) && t.is_punct(i + 1, ')') && subscriber;
    let hyphen = plain(i)
        && t.raw(i).len() >= 3
        && t.is_punct(i + 1, '-')
        && glued(i + 1)
        && glued(i + 2)
        && plain(i + 2)
        && t.raw(i + 2).len() >= 4;
    leading_zero || plus || area || hyphen
}

/// Where the telephone number that starts at `i` really begins: back over
/// the digit groups just before that belong to the run ("+55 11
/// 98765-4321"), and an area code before a hyphen ("02-398-8585").
fn phone_run_back(t: &Tokens, i: usize) -> usize {
    let mut a = i;
    loop {
        if a >= 2
            && phone_plain(t, a - 1)
            && !t.toks[a - 1].newline_before()
            && (t.toks[a].space_before() || phone_joiner(t, a - 1))
        {
            a -= 1;
        } else if a >= 2
            && phone_joiner(t, a - 1)
            && phone_plain(t, a - 2)
            && phone_glued(t, a)
            && phone_glued(t, a - 1)
        {
            a -= 2;
        } else {
            break;
        }
    }
    a
}

/// Whether token `i` is a list marker: digits at the start of a line with a
/// period or a parenthesis glued after them, before a word ("1. Primeiro", "2) Second").
fn is_list_marker(cx: &Ctx, i: usize) -> bool {
    let t = cx.tokens;
    let line_start = t.toks[i].newline_before();
    line_start
        && t.toks[i].kind == Kind::Number
        && t.raw(i).len() <= 2
        && (t.is_punct(i + 1, '.') || t.is_punct(i + 1, ')'))
        && t.toks.get(i + 1).is_some_and(|k| !k.space_before())
        && t.toks.get(i + 2).is_some_and(|k| k.kind == Kind::Word)
}

/// The quantity mention whose number starts at token `i`, read in named
/// passes: the number, a glued minus sign ([`glued_minus`]) and a range
/// ([`range_after`]); what stands before it ([`prefix`]: currency, a
/// percent word, the qualifier); its unit ([`unit_after`]); the lone number
/// words that count nothing dropped ([`counts_nothing`]); a qualifier after
/// the unit; then the interval ([`mention_of`]). `num` is the number
/// there ([`number_at`]).
fn mention_at(cx: &Ctx, i: usize, num: Num) -> Option<Mention> {
    if is_not_quantity(cx, i, &num) {
        return None;
    }
    let mut low = num;
    let minus = glued_minus(cx, i);
    if minus {
        low.value = -low.value;
    }
    if starts_a_span_of_time(cx, num.end) {
        return None;
    }
    // A revised figure is no range with the new one ("rose from 96 to 171"),
    // nor is a change's amount ("rose by 200 to 5,000").
    let superseded = super::revisions::is_superseded(cx, i) || super::revisions::is_revised_by(cx, i);
    let ranged = !superseded && !super::revisions::is_change_by(cx, i);
    let mut high = None;
    if let Some((first, second)) = if ranged { range_after(cx, i, low) } else { None } {
        (low, high) = (first, Some(second));
    }
    if high.is_some_and(|h| is_day_span(cx, i, &low, &h)) {
        return None;
    }
    let mut end = high.map_or(num.end, |h| h.end);
    let mut pre = prefix(cx, i, minus, &low, high.is_some());
    // A qualifier between the number and its noun: "100 с лишним человек".
    if let Some((q, l)) = qualifier_after(cx, end).filter(|_| high.is_none() && pre.qualifier == Qualifier::Exact) {
        (pre.qualifier, end) = (q, end + l);
    }
    let mut read = unit_after(cx, &pre, end);
    if let Some(n) = grouped_count(cx, i, &low, &read.unit).filter(|_| high.is_none()) {
        low = n;
    }
    if let Some(q) = read.between.filter(|_| high.is_none() && pre.qualifier == Qualifier::Exact) {
        pre.qualifier = q;
    }
    if counts_nothing(cx, i, &low, high.is_some(), &pre, &read) {
        return None;
    }
    // "Zuvor wurden vier Todesfälle gemeldet": an earlier toll.
    let earlier = || read.measure.is_some_and(Predicate::is_toll) && super::revisions::is_earlier_toll(cx, i);
    let superseded = superseded || earlier();
    let after = qualifier_after(cx, read.end).or_else(|| qualifier_set_off(cx, read.end));
    if let Some((q, l)) = after.filter(|_| high.is_none() && pre.qualifier == Qualifier::Exact) {
        (pre.qualifier, read.end) = (q, read.end + l);
    }
    Some(mention_of(cx, i, (low, high), &pre, read, superseded))
}

/// A count of named things or an area in digits grouped by commas where
/// the language's decimal is a comma ("recortará 9,000 empleos", "12,500
/// personas", "13,690 acres", as Latin American Spanish writes them): no
/// count nor area has three decimals, so the commas group thousands. Only for digits with no scale
/// word ("1,500 millones" keeps the language's reading) and groups of
/// three after a first of one to three digits.
fn grouped_count(cx: &Ctx, i: usize, num: &Num, unit: &Unit) -> Option<Num> {
    let raw = cx.tokens.folded(i);
    let named = matches!(unit, Unit::Count { concept: Some(_) } | Unit::Area { .. });
    if cx.lex_data.decimal != ',' || !named || num.end != i + 1 || cx.tokens.toks[i].kind != Kind::Number {
        return None;
    }
    let mut groups = raw.split(',');
    let first = groups.next()?;
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    let grouped = (1..=3).contains(&first.len())
        && digits(first)
        && raw.contains(',')
        && groups.all(|g| g.len() == 3 && digits(g));
    if !grouped {
        return None;
    }
    let (value, rounding, saturated) = parse_digits(raw, '.', &[',']);
    Some(Num { value, rounding, saturated, ..*num })
}

/// Whether the digits `raw` are grouped by commas in threes after a first
/// group of one to three digits ("2,946", "12,500").
fn comma_grouped(raw: &str) -> bool {
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let mut groups = raw.split(',');
    let first = groups.next().unwrap_or("");
    raw.contains(',') && first.len() <= 3 && digits(first) && groups.all(|g| g.len() == 3 && digits(g))
}

/// A document whose counts group thousands by commas where its language's
/// decimal is a comma ([`grouped_count`]: "1,684 fallecidos") groups them
/// so in its bare figures too: "alcanzan los 2,946 y los heridos son ya
/// 5,674" are 2,946 and 5,674, not 2.946 and 5.674. Only figures of one
/// token of digits with three decimals, and no unit.
fn grouped_document(cx: &Ctx, out: &mut [Mention]) {
    let t = cx.tokens;
    let raw_of = |m: &Mention| (t.toks[m.number_at].kind == Kind::Number).then(|| t.folded(m.number_at));
    let grouped = |m: &Mention| raw_of(m).is_some_and(comma_grouped);
    let named = |m: &Mention| matches!(m.quantity.unit, Unit::Count { concept: Some(_) });
    let whole = |m: &Mention| m.quantity.value.fract() == 0.0;
    if cx.lex_data.decimal != ',' || !out.iter().any(|m| grouped(m) && named(m) && whole(m)) {
        return;
    }
    let scale = |v: Option<f64>| v.map(|v| v * 1000.0);
    for m in out.iter_mut().filter(|m| names_no_unit(&m.quantity) && !whole(m)) {
        let one_token =
            m.quantity.rounding == 0.001 && raw_of(m).is_some_and(|r| comma_grouped(r) && r.matches(',').count() == 1);
        if one_token {
            let q = &mut m.quantity;
            q.value *= 1000.0;
            q.rounding = 1.0;
            q.interval.low = scale(q.interval.low);
            q.interval.high = scale(q.interval.high);
        }
    }
}

/// Whether a minus sign is glued to the digits at `i`, after a space:
/// "-12 graus". Not the hyphen of a range ("10-20") or of a code ("F-16").
fn glued_minus(cx: &Ctx, i: usize) -> bool {
    let t = cx.tokens;
    t.toks[i].kind == Kind::Number
        && i > 0
        && matches!(t.raw(i - 1), "-" | "−")
        && !t.toks[i].space_before()
        && (i == 1 || t.toks[i - 1].space_before() || t.toks[i - 1].newline_before())
}

/// The two ends of a range whose first number `low` starts at `i`: "10 a
/// 20", "10-20", "entre 10 e 20 mil", "3만에서 5만", where the second is
/// the greater ("entre 10 e 20 mil": the scale of the second applies to
/// the first). "3만에서 5만으로 늘었다" is a change, not a range, and two
/// bare number words make a range only when the second is above one.
fn range_after(cx: &Ctx, i: usize, low: Num) -> Option<(Num, Num)> {
    // "entre 58,3% y 60,7%": a percent on both ends; the second's is the
    // range's unit.
    let pct = cx.tags.len_of(low.end, kinds![Percent]);
    // "800 million euros to 1.2 billion euros", "entre 800 millions
    // d'euros et 1,2 milliard d'euros": a currency on both ends.
    let money = pct.is_none().then(|| currency_after(cx, low.end)).flatten();
    let end = low.end + pct.unwrap_or(0) + money.map_or(0, |(_, l)| l);
    let (jl, from, counter) = joiner_at(cx, end)?;
    // "119 000 et 800 000 manifestants", "5 and 10": a coordinator joins
    // a range only after its opener ("entre", "between"); else it lists
    // two figures.
    // "between $540 million and $1.08 billion": the opener stands before
    // the currency.
    let lead = ending_at(cx.tags, i, kinds![Currency], currency_of);
    let start = lead.map_or(i, |(_, s)| s);
    if cx.tags.any(end, kinds![Coordinator]) && opener_before(cx, start).is_none() {
        return None;
    }
    // Where the joiner is also the particle of a change's old value
    // ("3만에서 5만으로 늘었다"), the new value's particle makes it a
    // change; "~" never does ("1만8000~2만명으로 추산").
    let from = cx.lex_data.glued_units && from;
    // "1만8000명에서 최대 2만명": a ceiling right after the joiner closes
    // the range; no change is told so.
    let ceiling = cx.tags.find(end + jl, kinds![Qualifier], |g| {
        matches!(g, Tag::Qualifier(crate::schema::Qualifier::AtMost)).then_some(())
    });
    // "entre el 58 y el 60%": the article of an opened range.
    let jl = jl + ceiling.map_or(0, |(_, l)| l);
    let jl = jl + usize::from(article_at(cx, end + jl) && opener_before(cx, start).is_some());
    let jl = jl + repeated_currency(cx, lead.map(|(c, _)| c), end + jl);
    let second = number_at(cx, end + jl).filter(|n| ceiling.is_some() || !(from && changes_to(cx, n.end)));
    let second = second.filter(|n| pct.is_none() || cx.tags.any(n.end, kinds![Percent]));
    let second = second.filter(|n| money.is_none_or(|(c, _)| currency_after(cx, n.end).is_some_and(|(d, _)| c == d)));
    // "1만8000명에서 2만명": the counter glued to the joiner comes again.
    let t = cx.tokens;
    let repeated =
        |n: &Num| counter.is_none_or(|c| n.end < t.len() && t.folded(n.end).starts_with(&t.folded(end)[..c]));
    let second = second.filter(repeated);
    let second = second.filter(|n| !n.bare_words || !low.bare_words || n.value > 1.0)?;
    let mut first = low;
    let ascending = second.value > 0.0 && first.value < second.value;
    if !ascending {
        return None;
    }
    if first.end == i + 1 && second.end > end + jl + 1 && first.value * 1000.0 <= second.value {
        if let Some(s) = scale_after(cx, end + jl) {
            (first.value, first.rounding) = apply_scale(first.value, first.rounding, s);
        }
    }
    (first.value < second.value).then_some((first, second))
}

/// The currency written right after a figure that ends at token `at`,
/// past at most one function word ("800 millions d'euros", "1,2 miliardi
/// di euro"), and how many tokens it takes with that word; not a symbol
/// before the next figure's digits ("5 million, $8 million").
fn currency_after(cx: &Ctx, at: usize) -> Option<(Currency, usize)> {
    let t = cx.tokens;
    let skip =
        usize::from(t.toks.get(at).is_some_and(|k| k.kind == Kind::Word) && cx.lex.is_function_word(t.folded(at)));
    [at, at + skip].into_iter().find_map(|k| {
        let (c, l) = cx.tags.find(k, kinds![Currency], currency_of)?;
        let digits_next = t.toks.get(k + l).is_some_and(|n| n.kind == Kind::Number);
        (!digits_next).then_some((c, k + l - at))
    })
}

/// The length in tokens of a currency written again before a range's
/// second figure at `at`, when it is `first`, the currency before the
/// first figure: "$540 million to $1.08 billion", "US$ 540 milhões a
/// US$ 1,08 bilhão". Zero where there is none.
fn repeated_currency(cx: &Ctx, first: Option<Currency>, at: usize) -> usize {
    match (first, cx.tags.find(at, kinds![Currency], currency_of)) {
        (Some(a), Some((b, l))) if a == b => l,
        _ => 0,
    }
}

/// The currency a tag names, if it names one.
fn currency_of(g: Tag) -> Option<Currency> {
    match g {
        Tag::Currency(c) => Some(c),
        _ => None,
    }
}

/// The range joiner at token `at`: its length in tokens, whether it is
/// also the particle of a change's old value
/// ([`crate::lang::RevisionMark::From`]: "에서"), and, where units are
/// glued, the byte length of a counter glued before it ("명에서": "명"),
/// which the second figure must repeat.
fn joiner_at(cx: &Ctx, at: usize) -> Option<(usize, bool, Option<usize>)> {
    let t = cx.tokens;
    let from = |j: &str| cx.lex_data.revisions.iter().any(|&(m, r)| r == crate::lang::RevisionMark::From && m == j);
    if let Some(l) = cx.tags.len_of(at, kinds![RangeJoiner]) {
        return Some((l, from(t.span_text(at, at + l)), None));
    }
    t.toks.get(at).filter(|k| cx.lex_data.glued_units && k.kind == Kind::Word && !k.space_before())?;
    let w = t.folded(at);
    let j = cx.lex_data.range_joiners.iter().find(|j| w.len() > j.len() && w.ends_with(**j))?;
    let counter = w.len() - j.len();
    cx.tags.any(at, kinds![Concept]).then_some((1, from(j), Some(counter)))
}

/// Whether token `k` is a short lower-case function word: an article or a
/// preposition glued to one ("el", "il", "le", "al").
pub(crate) fn is_article(cx: &Ctx, k: usize) -> bool {
    let t = cx.tokens;
    k < t.len()
        && t.toks[k].kind == Kind::Word
        && t.toks[k].case == crate::text::Case::Lower
        && t.folded(k).chars().count() <= 3
        && cx.lex.is_function_word(t.folded(k))
}

/// Whether token `k` is an article ([`is_article`]) followed by a number.
fn article_at(cx: &Ctx, k: usize) -> bool {
    let t = cx.tokens;
    is_article(cx, k) && k + 1 < t.len() && (t.toks[k + 1].kind == Kind::Number || cx.tags.any(k + 1, kinds![Number]))
}

/// Where a range opener ("entre", "between", "tra") starts that ends right
/// before token `i`, or before an article there ("entre el 58").
fn opener_before(cx: &Ctx, i: usize) -> Option<usize> {
    let opener = |k: usize| ending_at(cx.tags, k, kinds![RangeOpener], |g| matches!(g, Tag::RangeOpener).then_some(()));
    let past_article = || (i > 0 && article_at(cx, i - 1)).then(|| opener(i - 1)).flatten();
    opener(i).or_else(past_article).map(|(_, s)| s)
}

/// What stands before a number: where the mention starts, a currency
/// written before it, whether a percent word is glued before it, and the
/// qualifier.
struct Prefix {
    first: usize,
    currency: Option<Currency>,
    percent_before: bool,
    qualifier: Qualifier,
}

/// The [`Prefix`] of the number at `i` (after a glued `minus`): a currency
/// ("US$ 10"), a percent word glued before it ("百分之三十": thirty
/// percent), then a range's opener, or a qualifier ([`qualifier_before`]),
/// else the qualifier inside the number (`low.inner`).
fn prefix(cx: &Ctx, i: usize, minus: bool, low: &Num, range: bool) -> Prefix {
    let t = cx.tokens;
    let mut first = if minus { i - 1 } else { i };
    let mut currency = None;
    if let Some((c, s)) = ending_at(cx.tags, first, kinds![Currency], currency_of) {
        // "a $14.9 billion deal": an article set apart from the symbol is
        // no "A$" (Australian dollars); the symbol is the currency.
        let apart = s + 1 < first
            && t.toks[s].kind == Kind::Word
            && t.toks[s + 1].kind != Kind::Word
            && t.toks[s + 1].space_before();
        let symbol = cx.tags.find(s + 1, kinds![Currency], currency_of).filter(|&(_, l)| s + 1 + l == first);
        let symbol = symbol.map(|(c, _)| c);
        (currency, first) = match symbol.filter(|_| apart) {
            Some(c) => (Some(c), s + 1),
            None => (Some(c), s),
        };
    }
    let percent_before = currency.is_none() && !t.toks[first].space_before() && {
        let before = ending_at(cx.tags, first, kinds![Percent], |g| matches!(g, Tag::Percent).then_some(()));
        before.filter(|&(_, s)| t.toks[s].kind == Kind::Word).map(|(_, s)| first = s).is_some()
    };
    let mut qualifier = Qualifier::Exact;
    if range {
        qualifier = Qualifier::Range;
        // "entre el 58 y el 60%": the opener may stand before an article.
        if let Some(s) = opener_before(cx, first) {
            first = s;
        }
    } else if let Some((q, s)) = qualifier_before(cx, first, low.end) {
        (qualifier, first) = (q, s);
    }
    if let Some(q) = low.inner.filter(|_| !range && qualifier == Qualifier::Exact) {
        qualifier = q;
    }
    if !range && qualifier == Qualifier::Exact && estimated(cx, first) {
        qualifier = Qualifier::About;
    }
    Prefix { first, currency, percent_before, qualifier }
}

/// How many words may stand between an estimate's phrase and its figure
/// ("Schätzungen zufolge starben 170", "по оценкам, в восточной части
/// погибли 170").
const ESTIMATE_GAP: usize = 4;

/// Whether the figure at `first` is given as an estimate
/// ([`crate::lang::Lexicon::estimates`]): the phrase ends right before it
/// ("se estimaba que 170 personas") or at most [`ESTIMATE_GAP`] words
/// before it, with no figure or stop between. The phrase stays outside
/// the mention.
fn estimated(cx: &Ctx, first: usize) -> bool {
    let t = cx.tokens;
    let estimate = |g: Tag| (g == Tag::Estimate).then_some(());
    let plain = |j: usize| t.toks[j].kind == Kind::Word || t.is_comma(j);
    (first.saturating_sub(ESTIMATE_GAP)..=first)
        .rev()
        .take_while(|&e| e == first || plain(e))
        .any(|e| ending_at(cx.tags, e, kinds![Estimate], estimate).is_some())
}

/// The qualifier that ends before token `first`, and where it starts.
/// "выросло до 217": the "to" of a change is not "up to". Stacked
/// qualifiers keep the bound: "só menos de", "hanya kurang dari".
fn qualifier_before(cx: &Ctx, first: usize, end: usize) -> Option<(Qualifier, usize)> {
    let (q, s) = ending_at(cx.tags, first, kinds![Qualifier], qualifier_tag)
        .or_else(|| threshold_qualifier(cx, first, end))
        .or_else(|| reached_qualifier(cx, first))
        .filter(|&(q, s)| !(q == Qualifier::AtMost && super::revisions::is_change_to(cx, s)))
        .filter(|&(q, s)| q != Qualifier::Only || !needs_negation(cx, s))?;
    let mut qualifier = q;
    let mut first = s;
    if let Some((q2, s2)) = ending_at(cx.tags, first, kinds![Qualifier], qualifier_tag) {
        if q == Qualifier::Only && q2 != Qualifier::Only {
            qualifier = q2;
        }
        first = s2;
    }
    Some((qualifier, first))
}

/// The qualifier of a threshold the figure at `first..end` names, and
/// where it starts: before the threshold's noun and its article
/// ("superó la cifra de 2.500", "supera la barrera de los 40.000",
/// "melampaui angka 2.500"), or before the figure when the noun follows it ("surpassed
/// the 2,500 mark"). What a qualifier says of the threshold it says of the
/// figure.
fn threshold_qualifier(cx: &Ctx, first: usize, end: usize) -> Option<(Qualifier, usize)> {
    let t = cx.tokens;
    let function = |j: usize| t.toks[j].kind == Kind::Word && cx.lex.is_function_word(t.folded(j));
    let threshold = |j: usize| ending_at(cx.tags, j, kinds![Threshold], |g| (g == Tag::Threshold).then_some(()));
    // "de", "of", "de los" between the noun and the figure.
    let mut j = first;
    while j > 0 && first - j < 2 && function(j - 1) {
        j -= 1;
    }
    match threshold(j) {
        Some((_, s)) => j = s,
        None if end < t.len() && cx.tags.any(end, kinds![Threshold]) => {}
        None => return None,
    }
    if j > 0 && function(j - 1) {
        j -= 1;
    }
    ending_at(cx.tags, j, kinds![Qualifier], qualifier_tag).filter(|&(q, _)| q != Qualifier::Only)
}

/// The qualifier of nearness before a verb of reaching a level
/// ([`crate::lang::Lexicon::reach_verbs`]) that the figure at `first`
/// follows, past at most two function words and a threshold's noun, and
/// where it starts: "nearly reached 150,000", "hampir mencapai angka 150
/// ribu", "a presque atteint les 150 000". Only nearness: the verb itself
/// says the level was reached, so no other qualifier carries over.
fn reached_qualifier(cx: &Ctx, first: usize) -> Option<(Qualifier, usize)> {
    let t = cx.tokens;
    let function = |j: usize| t.toks[j].kind == Kind::Word && cx.lex.is_function_word(t.folded(j));
    let tagged = |j: usize, tag: Tag| ending_at(cx.tags, j, kinds![Threshold, Reach], |g| (g == tag).then_some(()));
    // The tag ending at `j` or past at most two function words before it
    // ("los", "a" of "chegou a" belongs to the verb's phrase).
    let before = |j: usize, tag: Tag| {
        (j.saturating_sub(2)..=j).rev().take_while(|&e| e == j || function(e)).find_map(|e| tagged(e, tag))
    };
    let verb_end = before(first, Tag::Threshold).map_or(first, |(_, s)| s);
    let (_, verb) = before(verb_end, Tag::Reach)?;
    ending_at(cx.tags, verb, kinds![Qualifier], qualifier_tag).filter(|&(q, _)| q == Qualifier::Nearly)
}

/// How many tokens before a word of "only" that says so in a negation
/// alone ("n'a reçu que") its negation may stand.
const NEGATED_ONLY_REACH: usize = 6;

/// Whether the "only" word at `s` says so in a restrictive negation alone
/// ([`crate::lang::Lexicon::negated_only`]) and no negation stands
/// before it: "a indiqué que sept personnes" is no "only".
fn needs_negation(cx: &Ctx, s: usize) -> bool {
    let t = cx.tokens;
    cx.lex_data.negated_only.contains(&t.folded(s))
        && !(s.saturating_sub(NEGATED_ONLY_REACH)..s).any(|j| cx.tags.any(j, kinds![Negation]))
}

/// What the unit after a number tells (see [`unit_after`]).
struct UnitRead {
    unit: Unit,
    measure: Option<Predicate>,
    elliptic: bool,
    share_of: Option<&'static str>,
    /// One past the mention's last token.
    end: usize,
    /// A qualifier between a classifier and its noun ("6000台を超える車両").
    between: Option<Qualifier>,
}

/// The unit of the figure spanning `pre.first..end`: a percent (before or
/// after it, with what it is a share of), a currency (before it, or after
/// it and perhaps a function word: "100 dólares", "3 mil milhões de
/// euros", "2 miliar dolar AS"), else the noun it counts
/// ([`counted_noun`]).
fn unit_after(cx: &Ctx, pre: &Prefix, end: usize) -> UnitRead {
    let mut end = end;
    let mut currency = pre.currency;
    let mut unit = None;
    let mut measure = None;
    let mut elliptic = false;
    let mut share_of = None;
    let mut between = None;
    if let Some(l) = cx.tags.len_of(end, kinds![Percent]).or(pre.percent_before.then_some(0)) {
        unit = Some(Unit::Percent);
        end += l;
        share_of = match noun_after(cx, end) {
            Some((NounKind::Measure(p), _, _)) => Some(counted(p)),
            Some((NounKind::Concept(k), _, _)) if !k.is_empty() => Some(k),
            _ => None,
        };
    } else {
        let skip = usize::from(
            cx.tokens.toks.get(end).is_some_and(|tk| tk.kind == Kind::Word)
                && cx.lex.is_function_word(cx.tokens.folded(end)),
        );
        for at in [end, end + skip] {
            let found = cx.tags.find(at, kinds![Currency], currency_of);
            // "$5 million to $8 million": a symbol past a word, right
            // before digits, is the next figure's currency.
            let next_figures =
                |l: usize| at > end && cx.tokens.toks.get(at + l).is_some_and(|k| k.kind == Kind::Number);
            if let Some((c, l)) = found.filter(|&(_, l)| !next_figures(l)) {
                currency = currency.or(Some(c));
                end = at + l;
                break;
            }
        }
    }
    if let Some(c) = currency {
        unit = Some(Unit::Money { currency: c, per: per_unit_after(cx, end) });
    }
    if let Some((area, l)) = unit.is_none().then(|| area_after(cx, end)).flatten() {
        (unit, measure) = (Some(Unit::Area { unit: area }), Some(Predicate::Area));
        end += l;
    }
    if unit.is_none() {
        let c = counted_noun(cx, pre.first, end);
        (unit, measure, elliptic, end, between) = (Some(c.unit), c.measure, c.elliptic, c.end, c.qualifier);
    }
    let unit = unit.unwrap_or(Unit::Count { concept: None });
    UnitRead { unit, measure, elliptic, share_of, end, between }
}

/// The unit of land area that starts at token `end`, right after a figure
/// ([`crate::lang::Lexicon::area_units`], the longest that matches), and
/// how many tokens it takes: "23,713 acres", "9.500 Hektar", "117 km²".
fn area_after(cx: &Ctx, end: usize) -> Option<(AreaUnit, usize)> {
    static AREA_UNITS: Lazy<Vec<Vec<(Words, AreaUnit)>>> = Lazy::new(|| {
        let table = |l: &Lang| {
            let lex = l.lexicon();
            let mut units: Vec<(Words, AreaUnit)> =
                lex.area_units.iter().map(|&(p, unit)| (words(p, lex.keep_marks), unit)).collect();
            units.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
            units
        };
        Lang::ALL.iter().map(table).collect()
    });
    let t = cx.tokens;
    let units = &AREA_UNITS[cx.lex_data.lang.index()];
    units.iter().find(|(w, _)| notcounts::starts_at(t, end, w)).map(|(w, unit)| (*unit, w.len()))
}

/// How many tokens a bracket between a sum and its unit's phrase may hold:
/// "55 dólares (50 euros) por acción".
const UNIT_BRACKET: usize = 8;

/// What a sum ending before token `end` is paid for one of, when a phrase
/// of [`crate::lang::Lexicon::per_unit`] follows it, right after it or
/// past a bracket ("$55 a share", "55 dólares (50 euros) por acción",
/// "55 dolar AS per saham"): a price for one unit, never a price of a
/// whole company or deal.
fn per_unit_after(cx: &Ctx, end: usize) -> Option<PerUnit> {
    static PER_UNIT: Lazy<Vec<Vec<(Words, PerUnit)>>> = Lazy::new(|| {
        let table = |l: &Lang| {
            let lex = l.lexicon();
            lex.per_unit.iter().map(|&(p, unit)| (words(p, lex.keep_marks), unit)).collect()
        };
        Lang::ALL.iter().map(table).collect()
    });
    let phrases = &PER_UNIT[cx.lex_data.lang.index()];
    if phrases.is_empty() {
        return None;
    }
    let t = cx.tokens;
    let close = || (end + 1..(end + UNIT_BRACKET).min(t.len())).find(|&j| t.is_close_bracket(j));
    let at = if end < t.len() && t.is_open_bracket(end) { close().map_or(end, |j| j + 1) } else { end };
    phrases.iter().find(|(w, _)| notcounts::starts_at(t, at, w)).map(|&(_, unit)| unit)
}

/// Whether the number words `low` at `i` (not digits) count nothing:
/// - the word for one, where it is also the article, before digits;
/// - a lone number word counts only something named, people of a country
///   ("fünf iranische Pilger"), or something a verb
///   or a measure right after it tells ("y trescientas resultaron
///   heridas"), or a verb right before it ("погибли двое"), or it is the
///   new level of a change ("the death toll has risen to five");
/// - a number word that is also a negation ("không": zero, not) counts only
///   a noun the lexicon knows right after it: "không bán" is "did not
///   sell", "không có nhân viên" "has no employees";
/// - a number word of one char (a Korean syllable: "이" two and this, "사"
///   four and company) counts only a counter right after it ("이 명"),
///   perhaps after a qualifier ("五百多名", "100여 명"); so does a number
///   in myriad words, which are other words too ("구조" rescue, "조사"
///   inquiry, "천사" angel).
fn counts_nothing(cx: &Ctx, i: usize, low: &Num, range: bool, pre: &Prefix, read: &UnitRead) -> bool {
    if !low.bare_words {
        return false;
    }
    let t = cx.tokens;
    // "über eine 27.000-köpfige Belegschaft", "une 27e édition": where the
    // word for one is also the article, it is the article before a figure.
    if low.value == 1.0 && cx.lex_data.article_one && t.toks.get(low.end).is_some_and(|n| n.kind == Kind::Number) {
        return true;
    }
    let (first, end) = (pre.first, read.end);
    // A measure or verb after it, a verb right before it, or a measure
    // noun past one function word, the copula of its clause ("I feriti
    // sono una ventina", "los heridos son veintiséis").
    let before = |k: usize, kinds: Kinds| k > 0 && ending_at(cx.tags, k, kinds, |_| Some(())).is_some();
    let past_function_word = |k: usize| k > 0 && cx.lex.is_function_word(t.folded(k - 1));
    // People of a country: "fünf iranische Pilger", "three Americans".
    let nationals = || low.value > 1.0 && end < t.len() && cx.tags.any(end, kinds![Place]);
    let told = || {
        nationals()
            || (end..end + 3).any(|j| cx.tags.any(j, kinds![Measure, Predicate]))
            || before(first, kinds![Predicate])
            || (past_function_word(first) && before(first - 1, kinds![Measure, Predicate]))
            || super::revisions::is_new_level(cx, first, end)
    };
    if !range && read.elliptic && pre.qualifier == Qualifier::Exact && !told() && !listed_at_place(cx, first, end) {
        return true;
    }
    if cx.tags.any(i, kinds![Negation]) && !cx.tags.any(low.end, kinds![Concept, Measure]) {
        return true;
    }
    let one_char = low.end == i + 1 && t.toks[i].kind == Kind::Word && t.folded(i).chars().count() == 1;
    let after_qualifier = qualifier_after(cx, low.end).map_or(low.end, |(_, l)| low.end + l);
    let counter = pre.percent_before
        || [low.end, after_qualifier].iter().any(|&k| cx.tags.any(k, kinds![Concept, Measure, Currency]));
    (one_char || cx.lex_data.myriads) && !counter && !range
}

/// Whether a bare number that ends at token `end` is the first of "A to
/// B" whose B is a span of time ("de 62 para 64 anos", "de 62 a 64
/// años"): A is one too, never a count.
fn starts_a_span_of_time(cx: &Ctx, end: usize) -> bool {
    let Some(n) = super::revisions::new_figure_after(cx, end) else {
        return false;
    };
    number_at(cx, n).is_some_and(|b| b.end < cx.tokens.len() && notcounts::is_time_unit(cx, b.end))
}

/// How far back in its line a figure may stand before a lone number word
/// that gives a part of it at a place ([`listed_at_place`]).
const LISTED_REACH: usize = 24;

/// Whether the figure spanning `first..end` is an item of a list of parts
/// of a figure given before it on its line, each at a place: after a
/// colon, a comma or a coordinator, followed by a locative word and a capitalized name
/// ("sete desaparecidos, uma em Belmora e seis em Lamora", "39 in Belmora,
/// 22 in Norvik and five in Lamora", "deux à l'Orvane").
pub(crate) fn listed_at_place(cx: &Ctx, first: usize, end: usize) -> bool {
    let t = cx.tokens;
    if first == 0 || end + 1 >= t.len() || (first + 1..=end + 1).any(|j| t.toks[j].newline_before()) {
        return false;
    }
    // A number word that is another word too ("năm": five and year) stands
    // for a number here only if nothing else claims it.
    if first + 1 == end && cx.tags.at(first).iter().any(|m| !matches!(m.tag, Tag::Number(_) | Tag::NumberJoiner)) {
        return false;
    }
    // An item of a list: after a colon, a comma, a coordinator or a part
    // marker ("dont une à Belmora"); a locative word right after it, then a
    // name, perhaps past an elided article ("à l'Orvane").
    // The list may repeat the preposition of its first item: "la mort de
    // sept personnes en Belmora et de cinq en Lamora".
    let joins = |k: usize| t.is_comma(k) || cx.tags.any(k, kinds![Coordinator]);
    let repeated = first >= 2 && cx.lex.is_function_word(t.folded(first - 1)) && joins(first - 2);
    let listed = joins(first - 1) || repeated || t.is_punct(first - 1, ':') || cx.lex.part_before(t, first);
    if !listed || !at_named_place(cx, end) {
        return false;
    }
    // A figure before it on its line: the whole the list gives parts of.
    (first.saturating_sub(LISTED_REACH)..first)
        .rev()
        .take_while(|&j| !t.toks[j + 1].newline_before())
        .any(|j| t.toks[j].kind == Kind::Number || cx.tags.any(j, kinds![Number]))
}

/// Whether a locative word stands at token `end`, right after a figure,
/// and a capitalized name right after it, perhaps past an elided article
/// or a word for a kind of place ([`place_word_before`]): "in Belmora",
/// "em Lamora", "à l'Orvane", "dans la ville de Lamora".
pub(crate) fn at_named_place(cx: &Ctx, end: usize) -> bool {
    let t = cx.tokens;
    // A locative elided before a vowel is a word and an apostrophe: "nell'Ascolano".
    let elided = end + 2 < t.len() && matches!(t.raw(end + 1), "'" | "’") && cx.lex.locative_before(t, end + 2);
    let at = if elided { end + 2 } else { end + 1 };
    if at >= t.len() || !(elided || cx.lex.locative_before(t, at)) {
        return false;
    }
    name_at(t, at) || place_word_before(cx, at)
}

/// Whether a capitalized name starts at token `k`, perhaps past an elided
/// article ("Lamora", "l'Orvane").
fn name_at(t: &crate::text::Tokens, k: usize) -> bool {
    let capitalized = |c: usize| t.toks.get(c).is_some_and(|tk| tk.kind == Kind::Word && tk.case != Case::Lower);
    let name = (k..(k + 3).min(t.len())).find(|&c| capitalized(c));
    name.is_some_and(|c| c == k || crate::lang::elided_before(t, c) == Some(k))
}

/// Whether a word for a kind of place, perhaps after an article, leads
/// from token `k` to a capitalized name past a particle of names: "la
/// ville de Lamora", "the town of Belmora", "der Stadt Lamora".
fn place_word_before(cx: &Ctx, k: usize) -> bool {
    let t = cx.tokens;
    let k = if is_article(cx, k) { k + 1 } else { k };
    if k + 1 >= t.len() || t.toks[k].kind != Kind::Word || !cx.lex.is_place_word(t.folded(k)) {
        return false;
    }
    name_at(t, k + 1 + cx.tags.len_of(k + 1, kinds![NameParticle]).unwrap_or(0))
}

/// Whether an area's phrase ([`crate::lang::Area`]) stands right after a
/// figure ending before token `end`: after a locative word, perhaps past
/// an article ("in rebel-held areas", "dans les zones rebelles"), or with
/// its own preposition ("on the ground", "au sol").
pub(crate) fn at_area(cx: &Ctx, end: usize) -> bool {
    let t = cx.tokens;
    let own = end < t.len() && cx.tags.any(end, kinds![Area]);
    let after_locative = end + 1 < t.len()
        && cx.lex.locative_before(t, end + 1)
        && (end + 1..(end + 3).min(t.len())).any(|j| cx.tags.any(j, kinds![Area]));
    own || after_locative
}

/// The mention of the number at `i`, from `low` (and `high` for a range)
/// to `read.end`: its interval, rounding and text.
fn mention_of(
    cx: &Ctx,
    i: usize,
    (low, high): (Num, Option<Num>),
    pre: &Prefix,
    read: UnitRead,
    superseded: bool,
) -> Mention {
    let t = cx.tokens;
    let (first, end, qualifier) = (pre.first, read.end, pre.qualifier);
    // "une centaine de blessés": about 100, unless a qualifier says more.
    let approximate = high.is_none() && (i..low.end).any(|j| cx.tags.any(j, kinds![ApproximateNumber]));
    let qualifier = if approximate && qualifier == Qualifier::Exact { Qualifier::About } else { qualifier };
    let interval = match high {
        Some(h) => Interval::closed(low.value, h.value),
        None => interval_for(qualifier, low.value, low.rounding),
    };
    let rounding = high.map_or(low.rounding, |h| h.rounding.max(low.rounding));
    let text = t.span_text(first, end);
    Mention {
        first,
        last: end,
        number_at: i,
        quantity: Quantity {
            text: text.to_string(),
            start: t.toks[first].start(),
            end: t.toks[end - 1].end(),
            value: low.value,
            interval,
            qualifier,
            unit: read.unit,
            rounding,
            saturated: low.saturated || high.is_some_and(|h| h.saturated),
        },
        measure: read.measure,
        elliptic: read.elliptic,
        superseded,
        share_of: read.share_of,
    }
}

/// What a figure counts, read from the noun after it (or, where counters
/// follow their noun, before it): its unit, the measure the noun implies,
/// whether the noun was a generic classifier or absent (elliptic), and
/// where the mention ends.
struct Counted {
    unit: Unit,
    measure: Option<Predicate>,
    elliptic: bool,
    end: usize,
    /// A qualifier between a classifier and its noun ("6000台を超える車両").
    qualifier: Option<Qualifier>,
}

/// The [`Counted`] of the figure spanning tokens `first..end`.
fn counted_noun(cx: &Ctx, first: usize, end: usize) -> Counted {
    // "220 Boeing aircraft", "100,000 Orion X5 chips": a maker or a model
    // between a figure and its noun qualifies the noun, which is what the
    // figure counts; "250 Airbus", "300 Boeing 737 MAX 10": the name alone
    // is.
    // "470 Boeing and Airbus aircraft": names joined by a coordinator.
    let coordinated = |a: usize| match cx.tags.len_of(a, kinds![Coordinator]) {
        Some(l) => name_run(cx, a + l).unwrap_or(a),
        None => a,
    };
    // "220 new Boeing jets": an adjective before the names.
    let t = cx.tokens;
    let plain_word = t.toks.get(end).is_some_and(|tk| tk.kind == Kind::Word && tk.case == Case::Lower)
        && cx.tags.at(end).is_empty()
        && !cx.lex.is_function_word(t.folded(end));
    let (adjective, run) = match name_run(cx, end) {
        Some(after) => (false, Some(after)),
        None if plain_word => (true, name_run(cx, end + 1)),
        None => (false, None),
    };
    let adjective = adjective && run.is_some();
    if let Some(after) = run.filter(|_| !designates(cx, first, end)).map(coordinated) {
        let noun = matches!(noun_after(cx, after), Some((NounKind::Measure(_) | NounKind::Concept(_), _, _)));
        if noun {
            return counted_noun(cx, first, after);
        }
        // A word before a name with no noun after it is the figure's noun,
        // the name its possessor ("sejarah 48 tahun Microsoft").
        if adjective {
            return counted_noun_plain(cx, first, end);
        }
        if cx.lex_data.noun_determiners.is_empty() && name_ends_phrase(cx, after) {
            return Counted {
                unit: Unit::Count { concept: None },
                measure: None,
                elliptic: true,
                end: after,
                qualifier: None,
            };
        }
    }
    counted_noun_plain(cx, first, end)
}

/// The [`Counted`] of the figure spanning tokens `first..end`, read from
/// the noun right after it (no name between).
fn counted_noun_plain(cx: &Ctx, first: usize, end: usize) -> Counted {
    let count = |k: Option<Concept>| Unit::Count { concept: k };
    let done = |unit, end| Counted { unit, measure: None, elliptic: false, end, qualifier: None };
    match noun_after(cx, end) {
        Some((NounKind::Concept("person"), at, l)) if measure_before(cx, first).is_some() => {
            // "직원 5천명": the noun before a counter of people is what it counts.
            let p = measure_before(cx, first).unwrap_or(Predicate::Employees);
            let unit = count(Some(Concept(p.as_str().to_string())));
            Counted { unit, measure: Some(p), elliptic: false, end: at + l, qualifier: None }
        }
        Some((NounKind::Concept("person"), at, l)) if measure_at(cx, at + l).is_some() => {
            // "3000名员工": a counter of people before a measure noun counts it.
            let (p, l2) = measure_at(cx, at + l).unwrap_or((Predicate::Employees, 0));
            let unit = count(Some(Concept(counted(p).to_string())));
            Counted { unit, measure: Some(p), elliptic: false, end: at + l + l2, qualifier: None }
        }
        Some((NounKind::Measure(p), at, l)) => {
            let unit = count(Some(Concept(counted(p).to_string())));
            Counted { unit, measure: Some(p), elliptic: false, end: at + l, qualifier: None }
        }
        Some((NounKind::Concept(k), at, l)) if !k.is_empty() => {
            // "5名儿童": a counter of people before a group of them counts the group.
            if let Some((g, l2)) = group_at(cx, at + l).filter(|_| k == "person") {
                return done(count(Some(Concept(g.to_string()))), at + l + l2);
            }
            if let Some((g, qualifier, end)) = force_after(cx, at + l).filter(|_| k == "person") {
                let unit = count(Some(Concept(g.to_string())));
                return Counted { measure: Some(Predicate::Deployed), qualifier, ..done(unit, end) };
            }
            // "가옥 6백여 채": a counter counts the noun before the figure,
            // if any; a counter of people, a group of them only ("子ども5人").
            let before = noun_before(cx, first);
            let k = if k == "person" {
                before.filter(|b| Concept::is_kind_of_people(b)).unwrap_or(k)
            } else {
                before.unwrap_or(k)
            };
            // Forces counted are the people deployed, unless their act
            // says otherwise ("1.200 soldiers", "5 000 soldats").
            let measure = Concept::is_force(k).then_some(Predicate::Deployed);
            Counted { measure, ..done(count(Some(Concept(k.to_string()))), at + l) }
        }
        Some((NounKind::Concept(_), at, l)) => {
            // A classifier before its noun counts the noun ("30.000 unit
            // mobil"), a qualifier between them too ("6000台を超える車両").
            let between = qualifier_after(cx, at + l);
            let after = at + l + between.map_or(0, |(_, n)| n);
            let noun = cx.tags.find(after, kinds![Concept], |g| match g {
                Tag::Concept(k) if !k.is_empty() => Some(k),
                _ => None,
            });
            match noun {
                Some((k, l2)) => Counted {
                    qualifier: between.map(|(q, _)| q),
                    ..done(count(Some(Concept(k.to_string()))), after + l2)
                },
                None => {
                    let before = noun_before(cx, first);
                    let unit = count(before.map(|k| Concept(k.to_string())));
                    Counted { unit, measure: None, elliptic: before.is_none(), end: at + l, qualifier: None }
                }
            }
        }
        // Where every noun is capitalized, a word in lower case names
        // nothing counted, though it closes the figure's phrase as one
        // would: "auf sechs gestiegen", "211 geborgen", "sieben weitere".
        Some((NounKind::Other(_), at, l)) if lower_where_nouns_are_not(cx, at) => done(count(None), at + l),
        Some((NounKind::Other(w), at, l)) => done(count(Some(Concept(w))), at + l),
        None => Counted { unit: count(None), measure: None, elliptic: true, end, qualifier: None },
    }
}

/// The most tokens of a name between a figure and its noun ("Orion X5",
/// "Boeing 737 MAX 10").
const NAME_RUN: usize = 4;

/// One past the run of names that starts at token `at`, right after a
/// figure: one to [`NAME_RUN`] tokens, each a capitalized word the
/// lexicons do not know or a code of letters and digits ("X5", "A350"),
/// digits only after a name ("Boeing 737"), the first no word in capitals
/// alone. `None` when there is none.
fn name_run(cx: &Ctx, at: usize) -> Option<usize> {
    let t = cx.tokens;
    let name = |j: usize| {
        let Some(tok) = t.toks.get(j) else { return false };
        if tok.newline_before() || !tok.space_before() {
            return false;
        }
        let code = t.raw(j).bytes().any(|b| b.is_ascii_digit()) && t.raw(j).bytes().any(|b| b.is_ascii_alphabetic());
        match tok.kind {
            Kind::Word => {
                (matches!(tok.case, Case::Title | Case::Upper) || code)
                    && cx.tags.at(j).is_empty()
                    && !cx.lex.is_function_word(t.folded(j))
            }
            Kind::Number => j > at && t.raw(j).len() <= 4 && t.raw(j).bytes().all(|b| b.is_ascii_digit()),
            Kind::Punct => false,
        }
    };
    // A word in capitals right after the figure is a model's suffix more
    // often than a maker ("737 MAX jets").
    if t.toks.get(at).is_some_and(|tok| tok.case == Case::Upper && !t.raw(at).bytes().any(|b| b.is_ascii_digit())) {
        return None;
    }
    let n = (0..NAME_RUN).take_while(|&k| name(at + k)).count();
    (n > 0).then_some(at + n)
}

/// Whether the bare number at `first..end` is the start of a model's
/// designation rather than a count: three or four plain digits right after
/// a noun of the lexicon, a count, a number word or a singular article
/// ([`crate::lang::Lexicon::designators`]): "avions 737 MAX", "190 737
/// MAX", "un 787 Dreamliner", "le 737 MAX".
fn designates(cx: &Ctx, first: usize, end: usize) -> bool {
    let t = cx.tokens;
    let bare = end == first + 1
        && t.toks[first].kind == Kind::Number
        && (3..=4).contains(&t.raw(first).len())
        && t.raw(first).bytes().all(|b| b.is_ascii_digit());
    let before = first.checked_sub(1).filter(|_| !t.toks[first].newline_before());
    let names_one = |p: usize| match t.toks[p].kind {
        Kind::Number => true,
        Kind::Word => cx.tags.any(p, kinds![Concept, Number]) || notcounts::after_designator(cx, first),
        Kind::Punct => false,
    };
    bare && before.is_some_and(names_one)
}

/// Whether the phrase of a figure and the name after it ends at token
/// `at`: punctuation, the end, a function word or a word in lower case
/// (a verb, a preposition) follows, not another name or a figure.
fn name_ends_phrase(cx: &Ctx, at: usize) -> bool {
    let t = cx.tokens;
    let Some(tok) = t.toks.get(at) else { return true };
    match tok.kind {
        Kind::Punct => true,
        Kind::Number => false,
        Kind::Word => tok.case == Case::Lower || cx.lex.is_function_word(t.folded(at)),
    }
}

/// Whether the word at token `at` is in lower case where the language
/// capitalizes every noun (German): no noun.
fn lower_where_nouns_are_not(cx: &Ctx, at: usize) -> bool {
    !cx.lex_data.noun_determiners.is_empty() && cx.tokens.toks[at].case == Case::Lower
}

/// The measure noun glued right after token `at`, where the language
/// writes words without spaces ("名员工"), and its length.
fn measure_at(cx: &Ctx, at: usize) -> Option<(Predicate, usize)> {
    let glued = cx.lex_data.segmented && cx.tokens.toks.get(at).is_some_and(|t| !t.space_before());
    glued.then(|| {
        cx.tags.find(at, kinds![Measure], |g| match g {
            Tag::Measure(p) => Some(p),
            _ => None,
        })
    })?
}

/// The kind of people ([`Concept::is_kind_of_people`]) glued right after
/// token `at`, where the language writes words without spaces ("名儿童",
/// "名乘客"), and its length.
fn group_at(cx: &Ctx, at: usize) -> Option<(&'static str, usize)> {
    let glued = cx.lex_data.segmented && cx.tokens.toks.get(at).is_some_and(|t| !t.space_before());
    let (k, l) = cx.tags.find(at, kinds![Concept], |g| match g {
        Tag::Concept(k) => Some(k.as_str()),
        _ => None,
    })?;
    (glued && Concept::is_kind_of_people(k)).then_some((k, l))
}

/// A force that people counted by a counter are, named after the
/// counter past a qualifier and a particle ("1000人以上の部隊": a thousand
/// or more people of troops): the force, the qualifier and the end.
fn force_after(cx: &Ctx, at: usize) -> Option<(&'static str, Option<Qualifier>, usize)> {
    let between = qualifier_after(cx, at);
    let mut j = at + between.map_or(0, |(_, n)| n);
    if j < cx.tokens.len() && cx.lex.is_particle(cx.tokens.folded(j)) {
        j += 1;
    }
    let (k, l) = cx.tags.find(j, kinds![Concept], |g| match g {
        Tag::Concept(k) => Some(k.as_str()),
        _ => None,
    })?;
    Concept::is_force(k).then_some((k, between.map(|(q, _)| q), j + l))
}

/// A qualifier written after a number, before or after its noun: "100 с
/// лишним человек", "100여 명".
fn qualifier_after(cx: &Ctx, at: usize) -> Option<(Qualifier, usize)> {
    let (q, l) = cx.tags.find(at, kinds![QualifierAfter], |g| match g {
        Tag::QualifierAfter(q) => Some(q),
        _ => None,
    })?;
    // "380 morts et plus d'un millier de blessés": its words open the
    // next figure's qualifier ("plus d'"), which runs past them.
    let opens_next =
        (at..at + l).any(|j| cx.tags.at(j).iter().any(|m| matches!(m.tag, Tag::Qualifier(_)) && j + m.len() > at + l));
    (!opens_next).then_some((q, l))
}

/// A qualifier after a number set off as an aside, by a comma or a dash
/// before it and a mark or the end after it: "325,000 - if not more -",
/// "325 000 personnes, voire plus,". Its length counts the opening mark.
fn qualifier_set_off(cx: &Ctx, at: usize) -> Option<(Qualifier, usize)> {
    let t = cx.tokens;
    let opens = t.toks.get(at).is_some_and(|k| k.kind == Kind::Punct) && matches!(t.raw(at), "," | "-" | "–" | "—");
    if !opens {
        return None;
    }
    let (q, l) = qualifier_after(cx, at + 1)?;
    let closed = t.toks.get(at + 1 + l).is_none_or(|k| k.kind == Kind::Punct);
    closed.then_some((q, l + 1))
}

/// What a measure noun counts: a toll its victims ("42 mortos": 42
/// deaths), a crowd people.
fn counted(p: Predicate) -> &'static str {
    match p {
        Predicate::Participants => "person",
        // The concept key of "cases" in every lexicon.
        Predicate::Cases => "case",
        p => p.as_str(),
    }
}

/// Whether the figure ending at token `end`, or the counter right after
/// it, carries the particle of a change's new value ("5만으로 늘었다"):
/// a revision's "to" word glued ([`crate::lang::Lexicon::revisions`]).
fn changes_to(cx: &Ctx, end: usize) -> bool {
    let t = cx.tokens;
    let to = |k: usize| {
        t.toks.get(k).is_some_and(|tk| tk.kind == Kind::Word) && {
            let w = t.folded(k);
            cx.lex_data
                .revisions
                .iter()
                .any(|&(m, r)| r == crate::lang::RevisionMark::To && cx.lex.is_particle(m) && w.ends_with(m))
        }
    };
    // The particle split off the scale ("만" + "으로"), glued to a counter, or to the figure's last word.
    let glued = t.toks.get(end).is_some_and(|n| !n.space_before());
    to(end - 1)
        || (glued
            && (cx.lex.is_particle(t.folded(end)) || cx.tags.any(end, kinds![Concept, Measure, Currency]))
            && to(end))
}

fn qualifier_tag(g: Tag) -> Option<Qualifier> {
    match g {
        Tag::Qualifier(q) => Some(q),
        _ => None,
    }
}

/// The interval a qualifier gives a written value with its rounding.
pub(crate) fn interval_for(q: Qualifier, v: f64, rounding: f64) -> Interval {
    let floor = if v >= 0.0 { Some(0.0) } else { None };
    let d = rounding.max(v.abs() * 0.1);
    match q {
        Qualifier::Exact | Qualifier::Only | Qualifier::Range => Interval::point(v),
        Qualifier::MoreThan => Interval { low: Some(v), high: None, low_inclusive: false, high_inclusive: false },
        Qualifier::AtLeast => Interval { low: Some(v), high: None, low_inclusive: true, high_inclusive: false },
        Qualifier::LessThan => Interval { low: floor, high: Some(v), low_inclusive: true, high_inclusive: false },
        Qualifier::AtMost => Interval { low: floor, high: Some(v), low_inclusive: true, high_inclusive: true },
        Qualifier::About => Interval::closed((v - d).max(if v >= 0.0 { 0.0 } else { f64::MIN }), v + d),
        Qualifier::Nearly => {
            Interval { low: Some((v - d).max(0.0)), high: Some(v), low_inclusive: true, high_inclusive: false }
        }
    }
}

enum NounKind {
    Measure(Predicate),
    Concept(&'static str),
    Other(String),
}

/// The counted noun after a number: the first measure or concept noun
/// within three lowercase words ("10 milhões de usuários", "100.000 di
/// questi chip", "due nuovi modelli"); else an unknown lowercase noun right
/// after it ("300 barcos"), kept as its folded form.
fn noun_after(cx: &Ctx, at: usize) -> Option<(NounKind, usize, usize)> {
    let t = cx.tokens;
    // Where every noun is capitalized, a capitalized word after a count is
    // its noun ("Zwölf Bergleute", "60 Bäume"), not a name.
    let nouns_capitalized = !cx.lex_data.noun_determiners.is_empty();
    let noun_case =
        |c: crate::text::Case| c == crate::text::Case::Lower || (nouns_capitalized && c == crate::text::Case::Title);
    let mut skipped_content = 0;
    // The words looked at; the hyphen of a compound and the word before it
    // add one each ("8.5 million home-office devices").
    let (mut reach, mut k) = (3, 0);
    while k < reach {
        let j = at + k;
        k += 1;
        let tok = t.toks.get(j)?;
        // "2 millions d'habitants": the apostrophe of an elided word.
        let apostrophe = tok.kind == Kind::Punct && matches!(t.raw(j), "'" | "’");
        if j > at && apostrophe && !tok.space_before() && t.toks[j - 1].kind == Kind::Word {
            continue;
        }
        match compound_part(cx, at, j) {
            Some(true) => {
                reach = (reach + 1).min(COMPOUND_REACH);
                continue;
            }
            Some(false) => break,
            None => {}
        }
        // "2.946 y los heridos": what follows a coordinator is another
        // conjunct's, not the figure's noun.
        if tok.newline_before() || tok.kind != Kind::Word || cx.tags.any(j, kinds![Coordinator]) {
            break;
        }
        if let Some((p, l)) = cx.tags.find(j, kinds![Measure], |g| match g {
            Tag::Measure(p) => Some(p),
            _ => None,
        }) {
            return Some((NounKind::Measure(p), j, l));
        }
        if let Some((c, l)) = cx.tags.find(j, kinds![Concept], |g| match g {
            Tag::Concept(c) => Some(c.as_str()),
            _ => None,
        }) {
            // "12 nella città di Lamora", "six dans la ville de Lamora": a
            // place past a locative is where, not what is counted.
            if Concept::is_place(c) && (at + 1..=j).any(|e| cx.lex.locative_before(t, e)) {
                break;
            }
            return Some((NounKind::Concept(c), j, l));
        }
        // Stop at a word that starts something else (a month, a verb, a
        // qualifier), and after one content word ("due nuovi modelli" but
        // not "23 pescadores siguen desaparecidos").
        let function = cx.lex.is_function_word(t.folded(j));
        if !noun_case(tok.case) || (!cx.tags.at(j).is_empty() && !function && !aid_modifier(cx, j)) {
            break;
        }
        if !function {
            skipped_content += 1;
            if skipped_content > 1 {
                break;
            }
        }
    }
    let tok = t.toks.get(at)?;
    let w = t.folded(at);
    // A word of place counts nothing: "107,000 across Belmora".
    let plain =
        tok.kind == Kind::Word && !tok.newline_before() && noun_case(tok.case) && !cx.lex.locative_before(t, at + 1);
    if plain && cx.tags.at(at).is_empty() && !cx.lex.is_function_word(w) && w.chars().count() > 2 {
        return Some((NounKind::Other(w.to_string()), at, 1));
    }
    None
}

/// How many tokens after a figure its noun may be looked for, past the
/// parts of hyphenated compounds ([`noun_after`]).
const COMPOUND_REACH: usize = 7;

/// Whether token `j` (after a figure's end `at`) is a part of a hyphenated
/// compound before its head: `Some(true)` to pass over (the hyphen, or the
/// word before it: "17 Erdbeben-Tote", "home-office devices"), unless a
/// phrase runs across the hyphen ("luka-luka", "main-d'œuvre");
/// `Some(false)` where the word negates the head ("19 non-passengers" are
/// no passengers); `None` otherwise.
fn compound_part(cx: &Ctx, at: usize, j: usize) -> Option<bool> {
    let t = cx.tokens;
    if j > at && t.is_joining_hyphen(j) {
        return Some(true);
    }
    let word = t.toks.get(j).is_some_and(|tok| tok.kind == Kind::Word);
    let spanning = cx.tags.at(j).iter().any(|m| m.len() > 1);
    if !word || spanning || !t.is_joining_hyphen(j + 1) {
        return None;
    }
    let negating = &NEGATING_PREFIXES[cx.lex_data.lang.index()];
    Some(!negating.iter().any(|p| super::notcounts::starts_at(t, j, p)))
}

/// Each language's [`crate::lang::Lexicon::negating_prefixes`], as words.
static NEGATING_PREFIXES: once_cell::sync::Lazy<Vec<Vec<super::notcounts::Words>>> =
    once_cell::sync::Lazy::new(|| super::notcounts::words_per_language(|lex| lex.negating_prefixes));

/// Whether token `j` is a word of aid and nothing else, which before a
/// noun qualifies it ("Twenty aid workers were killed": workers counted).
fn aid_modifier(cx: &Ctx, j: usize) -> bool {
    cx.tags.at(j).iter().all(|m| m.len() == 1 && m.tag == Tag::Predicate(Predicate::Aid))
}

/// Where counters follow their noun ([`crate::lang::Lexicon::glued_units`]:
/// "항공기 50대", "칩 2만 개"), the concept noun right before the figure
/// that starts at `first`, its particle-free form included.
fn noun_before(cx: &Ctx, first: usize) -> Option<&'static str> {
    if !cx.lex_data.glued_units {
        return None;
    }
    ending_at(cx.tags, first, kinds![Concept], |g| match g {
        Tag::Concept(k) if !k.is_empty() => Some(k.as_str()),
        _ => None,
    })
    .map(|(k, _)| k)
}

/// Where counters follow their noun, the measure noun right before a
/// figure of people ("직원 5천명", "사망자 3명").
fn measure_before(cx: &Ctx, first: usize) -> Option<Predicate> {
    if !cx.lex_data.glued_units {
        return None;
    }
    ending_at(cx.tags, first, kinds![Measure], |g| match g {
        Tag::Measure(p) => Some(p),
        _ => None,
    })
    .map(|(p, _)| p)
}

/// Whether the word glued right after a number stands apart from it
/// rather than making a code with it: a counter, unit or currency, where
/// the language writes them glued ("100명", "5천원"), or the word between
/// the ends of a range ("3到5万"); where words are written without spaces,
/// a function word ("$300だった").
fn word_after_is_apart(cx: &Ctx, num: &Num) -> bool {
    let t = cx.tokens;
    let glued = cx.lex_data.glued_units
        && (cx.tags.any(num.end, kinds![Concept, Measure, Currency, Percent, QualifierAfter, RangeJoiner])
            || cx.lex.is_particle(t.folded(num.end)));
    glued || (cx.lex_data.segmented && cx.lex.is_function_word(t.folded(num.end)))
}

/// Whether a number, where it stands, is a year, a date, a code, a clock
/// time or an ordinal rather than a quantity: digits that are a code or an
/// ordinal ([`is_code_or_ordinal`]) or part of a date or a clock time
/// ([`is_date_digits`]), a day next to a month ([`is_day_of_month`]), or a
/// year ([`is_year`]).
fn is_not_quantity(cx: &Ctx, i: usize, num: &Num) -> bool {
    let digits = cx.tokens.toks[i].kind == Kind::Number;
    (digits && (is_code_or_ordinal(cx, i, num) || is_date_digits(cx, i, num)))
        || is_day_of_month(cx, i, num)
        || (num.year_like && is_year(cx, i, num))
        || (digits && era_after(cx, num))
        || (digits && ends_name(cx, i, num))
}

/// Whether the bare number at `i` ends a name written with one, of a list
/// or an index ("the Fortune 500", "S&P 500", "FTSE 100"): one to four
/// plain digits, right after a capitalized word that is no vocabulary of
/// the lexicon (no place, month, concept), opens no sentence and follows
/// no preposition ("in Lamora 500 people died" keeps its count), in a
/// language that capitalizes names only (where every noun is capitalized,
/// "im Landkreis 134 Tote" is a count). A scale, a percent or a currency
/// after the digits makes them a figure ("Acme 5 million").
fn ends_name(cx: &Ctx, i: usize, num: &Num) -> bool {
    let t = cx.tokens;
    let lex = cx.lex_data;
    let plain = num.end == i + 1 && t.raw(i).len() <= 4 && t.raw(i).bytes().all(|b| b.is_ascii_digit());
    if !plain || i < 2 || !lex.noun_determiners.is_empty() || t.toks[i].newline_before() || !t.toks[i].space_before() {
        return false;
    }
    let (w, before) = (i - 1, i - 2);
    let named = t.toks[w].kind == Kind::Word
        && t.toks[w].case != Case::Lower
        && t.raw(w).starts_with(char::is_uppercase)
        && !t.toks[w].newline_before()
        && cx.tags.at(w).is_empty()
        && ending_at(cx.tags, i, kinds![Place, Month, Concept], |_| Some(())).is_none();
    // The full stop of an abbreviation opens nothing: "U.S. Fortune 500".
    let abbreviation = before > 0
        && t.is_punct(before, '.')
        && !t.toks[before].space_before()
        && t.raw(before - 1).chars().count() == 1
        && t.raw(before - 1).starts_with(char::is_uppercase);
    let opens = t.toks[before].kind == Kind::Punct && !t.is_punct(before, '&') && !abbreviation;
    // A name after a preposition, a coordinator, a reporting verb or
    // "according to" is where, who or whose word: "in Lamora 500 people",
    // "Globex 50 and Initech 20", "told Reuters 50 people died",
    // "solicitando a Globex 300 aviones".
    let f = t.folded(before);
    let preposition = [lex.prepositions, lex.locatives, lex.recipient_markers].iter().any(|l| l.contains(&f))
        || ending_at(cx.tags, w, kinds![Coordinator, Reporting, AccordingTo], |_| Some(())).is_some();
    let figure_after = cx.tags.any(num.end, kinds![Scale, Percent, Currency, Number]);
    named && !opens && !preposition && t.toks[before].kind != Kind::Number && !figure_after
}

/// Whether a mark of an era follows the number, as written
/// ([`crate::lang::Lexicon::eras`]): "1445 H", "500 BC" are years.
fn era_after(cx: &Ctx, num: &Num) -> bool {
    let t = cx.tokens;
    let mark =
        |k: usize| k < t.len() && !t.toks[k].newline_before() && cx.lex_data.lang.lexicon().eras.contains(&t.raw(k));
    mark(num.end)
}

/// Whether the digits at `i` are a code or an ordinal: the number of a
/// month ("tháng 10": October), digits glued to a word before or after
/// ("737MAX", "4G", "2nd"; not a currency: "Rp12,4"), an ordinal with a
/// glued period where the language writes them so ("den 3. Platz"), a
/// clock time, digits joined to a word by a hyphen ("F-16", "COVID-19",
/// "ke-3"), or ordinal marks ("2º", "2ª", "2.º", "2°").
fn is_code_or_ordinal(cx: &Ctx, i: usize, num: &Num) -> bool {
    let t = cx.tokens;
    let tok = t.toks[i];
    let prev = i.checked_sub(1).map(|p| t.toks[p]);
    let next = t.toks.get(num.end);
    if inside_phrase(cx, i) {
        return true;
    }
    // Where words are written without spaces, a word in ideographs or
    // kana glued before digits is only the word before ("达3000亿元",
    // "は3万人").
    let unspaced = i > 0 && cx.lex_data.segmented && t.raw(i - 1).starts_with(crate::text::is_unspaced);
    if prev.is_some_and(|p| p.kind == Kind::Word && !tok.space_before())
        && !cx.tags.any(i - 1, kinds![Currency])
        && !unspaced
    {
        return true;
    }
    if num.end == i + 1 && t.is_ordinal(i) {
        return true;
    }
    if is_clock_time(cx, i, num) {
        return true;
    }
    if num.end == i + 1
        && next.is_some_and(|n| n.kind == Kind::Word && !n.space_before())
        && !word_after_is_apart(cx, num)
    {
        return true;
    }
    if i >= 2 && t.is_joining_hyphen(i - 1) && t.toks[i - 2].kind == Kind::Word {
        return true;
    }
    let mark = |j: usize| t.toks.get(j).is_some_and(|m| !m.space_before() && matches!(t.raw(j), "º" | "ª" | "°"));
    num.end == i + 1 && (mark(i + 1) || (t.is_punct(i + 1, '.') && !t.toks[i + 1].space_before() && mark(i + 2)))
}

/// Whether the digits at `i` are part of a date or a clock time: "30/09",
/// "12:30", "2024-10" (a year with a month), "2024-10-05".
fn is_date_digits(cx: &Ctx, i: usize, num: &Num) -> bool {
    let t = cx.tokens;
    let tok = t.toks[i];
    let glued_sep = |j: usize| {
        t.toks.get(j).is_some_and(|s| !s.space_before() && s.kind == Kind::Punct)
            && t.toks.get(j + 1).is_some_and(|d| !d.space_before() && d.kind == Kind::Number)
            && matches!(t.raw(j), "/" | ":" | "-" | ".")
    };
    if num.end == i + 1 && glued_sep(i + 1) && !matches!(t.raw(i + 1), "-") {
        return true;
    }
    if i >= 2 && !tok.space_before() && matches!(t.raw(i - 1), "/" | ":") && t.toks[i - 2].kind == Kind::Number {
        return true;
    }
    if num.year_like && glued_sep(i + 1) {
        return true;
    }
    i >= 2 && !tok.space_before() && t.raw(i - 1) == "-" && t.toks[i - 2].kind == Kind::Number && {
        let y = t.raw(i - 2);
        y.len() == 4
    }
}

/// Whether the number at `i` is a day next to a month: after it
/// ("September 30", "May 5, 2024"), or before it, perhaps after a function
/// word ("30 de setembro", "1 Oktober"); not an amount ("€ 20 desde
/// enero") and not across a preposition of time.
fn is_day_of_month(cx: &Ctx, i: usize, num: &Num) -> bool {
    let t = cx.tokens;
    let month_ends =
        |j: usize| ending_at(cx.tags, j, kinds![Month], |g| matches!(g, Tag::Month(_)).then_some(())).is_some();
    // An abbreviation's period between: "Sept. 7", "Jan. 7, 2024"; not
    // a count opening the next sentence ("in Jan. 7 people died").
    let noun_after = t.toks.get(i + 1).is_some_and(|n| {
        n.kind == Kind::Word
            && n.case == Case::Lower
            && !cx.lex.is_function_word(t.folded(i + 1))
            && !cx.lex.locative_before(t, i + 2)
    });
    let dotted = i >= 2 && !noun_after && super::time::dotted_month(cx, i - 2) && month_ends(i - 1);
    let after_month = month_ends(i) || dotted;
    if num.end == i + 1 && after_month && super::time::day_at(t, i).is_some() {
        return true;
    }
    let priced = || {
        ending_at(cx.tags, i, kinds![Currency, Qualifier], |g| match g {
            Tag::Currency(_) | Tag::Qualifier(_) => Some(()),
            _ => None,
        })
        .is_some()
    };
    if num.end == i + 1 && day_like(num.value) && !priced() {
        // "du 26 au 28 février", "vom 26.-28. Februar": the first day of a
        // span whose last is next to the month; "February 26-28": the last
        // day of one whose first is.
        let dash = |j: usize| matches!(t.raw(j), "-" | "–" | "." | "/");
        let day = |k: usize| t.toks[k].kind == Kind::Number && t.folded(k).parse::<f64>().is_ok_and(day_like);
        let joined = (num.end..(num.end + 3).min(t.len())).find(|&j| t.toks[j].kind == Kind::Number);
        let linked = |k: usize| (num.end..k).all(|j| dash(j) || cx.lex.is_function_word(t.folded(j)));
        let dated =
            |k: usize| month_after(cx, k + 1) || (k + 1 < t.len() && t.raw(k + 1) == "." && month_after(cx, k + 2));
        let span_end = joined.is_some_and(|k| linked(k) && day(k) && dated(k));
        let span_start = i >= 2
            && matches!(t.raw(i - 1), "-" | "–")
            && day(i - 2)
            && ending_at(cx.tags, i - 2, kinds![Month], |g| matches!(g, Tag::Month(_)).then_some(())).is_some();
        return month_after(cx, num.end) || span_end || span_start;
    }
    false
}

/// Whether a whole number may be a day of a month (1 to 31).
fn day_like(v: f64) -> bool {
    (1.0..=31.0).contains(&v) && v.fract() == 0.0
}

/// Whether a month name starts at token `at`, perhaps after one function
/// word ("de setembro"), with no word of a time relation before it.
fn month_after(cx: &Ctx, at: usize) -> bool {
    let t = cx.tokens;
    for j in at..at + 2 {
        if cx.tags.any(j, kinds![Month]) {
            return true;
        }
        if !t.toks.get(j).is_some_and(|tk| cx.lex.is_function_word(t.folded(j)) && tk.kind == Kind::Word)
            || cx.tags.any(j, kinds![TimeRelation])
        {
            break;
        }
    }
    false
}

/// Whether the range `low`-`high` starting at token `i` is a span of days
/// of a month: both ends whole numbers from 1 to 31 joined by a dash, with
/// the month right after the last ("26-28 Februari") or right before the
/// first ("February 26-28"). A span told in words ("entre el 26 y el 28
/// de febrero") is never read as a range: its first day is a day already
/// ([`is_day_of_month`]).
fn is_day_span(cx: &Ctx, i: usize, low: &Num, high: &Num) -> bool {
    let t = cx.tokens;
    let dashed = low.end + 2 == high.end && matches!(t.raw(low.end), "-" | "–");
    let after_month = ending_at(cx.tags, i, kinds![Month], |g| matches!(g, Tag::Month(_)).then_some(())).is_some();
    dashed && day_like(low.value) && day_like(high.value) && (after_month || month_after(cx, high.end))
}

/// Whether the year-like number at `i` (four plain digits, 1900 to 2100,
/// no scale) is a year: no qualifier, currency or counted noun makes it an
/// amount.
fn is_year(cx: &Ctx, i: usize, num: &Num) -> bool {
    let t = cx.tokens;
    let period_before =
        |k: usize| ending_at(cx.tags, k, kinds![Period], |g| matches!(g, Tag::Period(_)).then_some(())).is_some();
    // "segundo trimestre de 2025 ganancias de ...": the period's year.
    let after_period = period_before(i)
        || (i >= 1
            && t.toks[i - 1].kind == Kind::Word
            && cx.lex.is_function_word(t.folded(i - 1))
            && period_before(i - 1));
    let after_month = ending_at(cx.tags, i, kinds![Month], |g| matches!(g, Tag::Month(_)).then_some(())).is_some()
        || (i >= 2 && cx.tags.any(i - 2, kinds![Month]))
        || after_period;
    let counted = !after_month && cx.tags.any(num.end, kinds![Percent, Currency, Measure, Concept]);
    // A qualifier or a currency before it makes it an amount, except
    // "up to 2030" with nothing counted after it: a deadline, not at
    // most 2030 of something ("up to 2030 workers" counts; "more than
    // 2000" stays an amount).
    let before = ending_at(cx.tags, i, kinds![Qualifier, Currency], |g| match g {
        Tag::Qualifier(q) => Some(q != Qualifier::AtMost),
        Tag::Currency(_) => Some(true),
        _ => None,
    });
    let noun_after = t
        .toks
        .get(num.end)
        .is_some_and(|n| n.kind == Kind::Word && !n.newline_before() && !cx.lex.is_function_word(t.folded(num.end)));
    let qualified = before.is_some_and(|(amount, _)| amount || noun_after);
    // "até 2027", "bis 2027", "until 2027": a qualifier that is also a
    // word of time makes a year a deadline, not a bound.
    let time_word =
        ending_at(cx.tags, i, kinds![TimeRelation], |g| matches!(g, Tag::TimeRelation(_)).then_some(())).is_some();
    // "hasta 2000 ingenieros": a noun right after it makes the qualifier a
    // bound of a count, whatever else the word means (not a qualifier or a
    // number word: "bis 2030 rund 35.000 Stellen").
    let counted_noun = noun_after && !cx.tags.any(num.end, kinds![Qualifier, Number, Scale, Month]);
    !counted && (!qualified || (time_word && !counted_noun))
}

/// Whether a number is a time of day: an hour (with minutes after a
/// period, "10.30") next to a clock word ("pukul 10.30 WIB", "10 Uhr"), or
/// an hour and minutes around "h" ("10 h 30"). Times of day are neither
/// quantities nor dates.
fn is_clock_time(cx: &Ctx, i: usize, num: &Num) -> bool {
    let t = cx.tokens;
    if num.end != i + 1 {
        return false;
    }
    let raw = t.raw(i);
    // "10 h 30": the hour, and the minutes after it.
    let h = |j: usize| t.toks.get(j).is_some_and(|tk| tk.kind == Kind::Word) && t.folded(j) == "h";
    let two_digits = |j: usize| t.toks.get(j).is_some_and(|tk| tk.kind == Kind::Number) && t.raw(j).len() == 2;
    if i >= 2 && two_digits(i) && h(i - 1) && t.toks[i - 2].kind == Kind::Number {
        return true;
    }
    let (hour, minutes) = match raw.split_once(['.', ':']) {
        Some((h, m)) => (h, Some(m)),
        None => (raw, None),
    };
    let is_hour = (1..=2).contains(&hour.len())
        && hour.parse::<u8>().is_ok_and(|h| h <= 24)
        && minutes.is_none_or(|m| m.len() == 2 && m.parse::<u8>().is_ok_and(|m| m < 60));
    if !is_hour {
        return false;
    }
    let before = ending_at(cx.tags, i, kinds![ClockBefore], |g| matches!(g, Tag::ClockBefore).then_some(())).is_some();
    let after = cx.tags.any(i + 1, kinds![ClockAfter]);
    let h_after = minutes.is_none() && h(i + 1) && two_digits(i + 2);
    before || after || h_after
}

/// The scale word at `at`, if any ("mil", "milhões", "juta", "bn").
fn scale_after(cx: &Ctx, at: usize) -> Option<f64> {
    let mut j = at;
    while j < cx.tokens.len() {
        if let Some((s, _)) = cx.tags.find(j, kinds![Scale], |g| match g {
            Tag::Scale(s) => Some(s.get()),
            _ => None,
        }) {
            return Some(s);
        }
        if cx.tokens.toks[j].kind == Kind::Number || cx.tags.any(j, kinds![Number]) {
            j += 1;
            continue;
        }
        return None;
    }
    None
}

/// Reads a number (digits or words, with scale words) starting at token `i`:
/// the digits ([`digits_at`]) or the words ([`words_at`]), a qualifier
/// glued before a myriad, the scale words after it ([`apply_scales`]);
/// then a value too large is saturated, and a written figure is taken as
/// accurate to a tenth of itself at worst ("1.000" is rounded to 100, not
/// to 1000).
fn number_at(cx: &Ctx, i: usize) -> Option<Num> {
    let tok = *cx.tokens.toks.get(i)?;
    let digits = tok.kind == Kind::Number;
    let mut num = if digits {
        digits_at(cx, i)
    } else {
        let (value, rounding, end, inner, words_only) = words_at(cx, i)?;
        Num { value, rounding, end, saturated: false, bare_words: words_only, year_like: false, inner }
    };
    // "5800여만", "十多万": in myriads, a qualifier glued between a figure and its scale.
    if let Some(q) = glued_inner(cx, num.end) {
        (num.inner, num.end) = (Some(q), num.end + 1);
    }
    let scaled = apply_scales(cx, digits, &mut num);
    if !num.value.is_finite() || num.value > SATURATION {
        num.value = SATURATION;
        num.saturated = true;
    }
    if num.value >= 10.0 && num.rounding > num.value / 10.0 {
        num.rounding = num.value / 10.0;
    }
    num.rounding = num.rounding.max(f64::MIN_POSITIVE);
    num.bare_words &= !scaled;
    num.year_like &= !scaled;
    Some(num)
}

/// The digits at token `i`, before any scale word: read in their folded
/// form (full-width digits read as ASCII ones) with the language's
/// separators; four plain digits from 1900 to 2100 may be a year.
fn digits_at(cx: &Ctx, i: usize) -> Num {
    let raw = cx.tokens.folded(i);
    let (value, rounding, saturated) = parse_digits(raw, cx.lex_data.decimal, cx.lex_data.groups);
    let year_like = raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) && (1900.0..=2100.0).contains(&value);
    Num { value, rounding, end: i + 1, saturated, bare_words: false, year_like, inner: None }
}

/// Applies the scale words after `num` to it ("100 mil", "1,5 milhão", "2
/// miliar", "mil milhões", "100k") and says whether there was one. A
/// one-letter abbreviation must be glued to the digits ("100k", "2M"),
/// unless it is a myriad ("10 만 명"), whose words are one syllable. After
/// `digits` only one scale is read, unless the lexicon lists the compound,
/// and in myriads the rest of the chain ([`myriad_rest`]).
fn apply_scales(cx: &Ctx, digits: bool, num: &mut Num) -> bool {
    let t = cx.tokens;
    let mut scaled = false;
    while let Some((s, l)) = cx.tags.find(num.end, kinds![Scale], |g| match g {
        Tag::Scale(s) => Some(s.get()),
        _ => None,
    }) {
        let end = num.end;
        let glued = !t.toks[end].space_before() || cx.lex_data.myriads;
        if t.folded(end).chars().count() == 1 && !glued {
            break;
        }
        if t.toks[end].newline_before() {
            break;
        }
        (num.value, num.rounding) = apply_scale(num.value, num.rounding, s);
        num.end += l;
        scaled = true;
        if digits {
            if let Some(l) = half_after(cx, num.end, s) {
                // "3 milioni e mezzo": half of the scale, written to that half.
                (num.value, num.rounding) = (num.value + 0.5 * s, 0.5 * s);
                num.end += l;
            }
            if cx.lex_data.myriads {
                let rest;
                (num.value, num.rounding, num.end, rest) = myriad_rest(cx, num.value, num.rounding, num.end, s);
                num.inner = num.inner.or(rest);
            } else if s == 1000.0 {
                thousands_rest(cx, num);
            }
            break;
        }
    }
    scaled
}

/// Digits of fewer than a thousand right after "mil" go on with the
/// figure: "2 mil 500 personas" (2,500), and with a larger scale after
/// them, the whole is of that scale: "21 mil 300 millones de dólares"
/// (21,300 million), as Mexican and Central American papers write them.
/// `num` holds the thousands read so far and ends after their scale.
fn thousands_rest(cx: &Ctx, num: &mut Num) {
    let t = cx.tokens;
    let at = num.end;
    let plain = t.toks.get(at).is_some_and(|k| k.kind == Kind::Number && k.space_before() && !k.newline_before())
        && (1..=3).contains(&t.folded(at).len())
        && t.folded(at).bytes().all(|b| b.is_ascii_digit());
    if !plain {
        return;
    }
    let (rest, _, _) = parse_digits(t.folded(at), cx.lex_data.decimal, cx.lex_data.groups);
    let larger = cx
        .tags
        .find(at + 1, kinds![Scale], |g| match g {
            Tag::Scale(s) => Some(s.get()),
            _ => None,
        })
        .filter(|&(s, _)| s >= 1e6 && t.toks[at + 1].space_before());
    match larger {
        Some((s, l)) => {
            (num.value, num.rounding) = ((num.value + rest) * s, s);
            num.end = at + 1 + l;
        }
        None => {
            (num.value, num.rounding) = (num.value + rest, 1.0);
            num.end = at + 1;
        }
    }
}

/// The length of a half of scale `s` written after digits and their scale
/// at token `at`: a joiner, then the language's word for a half, which
/// is no word of its own there ("3 milioni e mezzo", "2 millones y medio",
/// "1 milhão e meio", "2 millions et demi"). Only a scale of a thousand or
/// more takes one.
fn half_after(cx: &Ctx, at: usize, s: f64) -> Option<usize> {
    let joiner = cx.tags.len_of(at, kinds![NumberJoiner])?;
    let (v, l) = cx.tags.find(at + joiner, kinds![Number], |g| match g {
        Tag::Number(v) => Some(v.get()),
        _ => None,
    })?;
    (s >= 1000.0 && v == 0.5 && !cx.tokens.toks[at].newline_before()).then_some(joiner + l)
}

/// Digits after a figure in myriads go on with smaller digits, each with
/// a smaller scale or none: "1만5000" (15,000), "3억 2000만" (320,000,000),
/// "1조 2천억". A qualifier after the figure may stand between digits and
/// their scale ("26억5800여만", "3억5천여만": more than 2,658,000,000 and
/// 350,000,000); it is returned. `last` is the scale read last; returns
/// the value, rounding, end token and that qualifier.
fn myriad_rest(
    cx: &Ctx,
    mut value: f64,
    mut rounding: f64,
    mut end: usize,
    mut last: f64,
) -> (f64, f64, usize, Option<Qualifier>) {
    let t = cx.tokens;
    while let Some(tok) = t.toks.get(end).filter(|k| k.kind == Kind::Number && !k.newline_before()) {
        if !t.folded(end).bytes().all(|b| b.is_ascii_digit() || b == b',') {
            break;
        }
        let (v, _, _) = parse_digits(t.folded(end), cx.lex_data.decimal, cx.lex_data.groups);
        let (scale, inner, len) = scale_of_digits(cx, end);
        let add = v * scale.unwrap_or(1.0);
        // "1만 5000명": digits alone after a myriad only glued or before a counter.
        let plain_ok =
            scale.is_some() || !tok.space_before() || cx.tags.any(end + 1, kinds![Concept, Measure, Currency]);
        if add >= last || v == 0.0 || !plain_ok {
            break;
        }
        value += add;
        last = scale.unwrap_or(1.0);
        rounding = rounding.min(last);
        end += len;
        if inner.is_some() || scale.is_none() {
            return (value, rounding, end, inner);
        }
    }
    (value, rounding, end, None)
}

/// The scale of the digits at token `at` inside a myriad figure: a scale
/// glued after them, times a myriad glued after that ("5천만": 5,000 ×
/// 10,000), either one after a glued qualifier ("5800여만", "5천여만").
/// Returns the scale, that qualifier and the tokens read, digits included.
fn scale_of_digits(cx: &Ctx, at: usize) -> (Option<f64>, Option<Qualifier>, usize) {
    let glued_scale = |k: usize| {
        cx.tags
            .find(k, kinds![Scale], |g| match g {
                Tag::Scale(s) => Some(s.get()),
                _ => None,
            })
            .filter(|_| cx.tokens.toks.get(k).is_some_and(|n| !n.space_before()))
    };
    let mut k = at + 1;
    let mut inner = glued_inner(cx, k);
    k += usize::from(inner.is_some());
    let Some((mut scale, l)) = glued_scale(k) else { return (None, None, 1) };
    k += l;
    if scale < 1e4 && inner.is_none() {
        let q = glued_inner(cx, k);
        let j = k + usize::from(q.is_some());
        if let Some((m, l)) = glued_scale(j).filter(|&(m, _)| m >= 1e4) {
            (scale, inner, k) = (scale * m, q, j + l);
        }
    }
    (Some(scale), inner, k - at)
}

/// A number in words at token `i` ("mil", "dua ribu", "만 7천"): its
/// value, rounding, end, the qualifier inside a myriad chain, and whether
/// it is words only.
fn words_at(cx: &Ctx, i: usize) -> Option<(f64, f64, usize, Option<Qualifier>, bool)> {
    // A number in words starts with a number word or a scale
    // ([`number_words`]); most tokens start neither, and are passed over
    // before the phrases around them are read.
    if !cx.tags.any(i, kinds![Number, Scale]) || inside_phrase(cx, i) || opens_longer_name(cx, i) {
        return None;
    }
    let (v, r, e, words_only) = number_words(cx, i)?;
    // "만 7천": digits go on a myriad word as on a myriad after digits.
    let myriad = cx.tags.find(e - 1, kinds![Scale], |g| match g {
        Tag::Scale(s) if s.get() >= 1e4 && cx.lex_data.myriads => Some(s.get()),
        _ => None,
    });
    let (value, rounding, end, inner) = match myriad {
        Some((s, _)) => myriad_rest(cx, v, r, e, s),
        None => (v, r, e, None),
    };
    Some((value, rounding, end, inner, words_only))
}

/// In a language that counts in myriads, the one-word qualifier glued
/// at token `k` between digits and a scale glued after it: "여" in
/// "5800여만" (more than 58 million).
fn glued_inner(cx: &Ctx, k: usize) -> Option<Qualifier> {
    let t = cx.tokens;
    let glued = |j: usize| t.toks.get(j).is_some_and(|n| !n.space_before() && !n.newline_before());
    let scale_after = glued(k + 1) && cx.tags.any(k + 1, kinds![Scale]);
    let (q, l) = qualifier_after(cx, k).filter(|_| cx.lex_data.myriads && glued(k) && scale_after)?;
    (l == 1).then_some(q)
}

/// How far back a phrase covering a number word may start.
const COVER_WINDOW: usize = 4;

/// Whether token `i` is a word inside a longer phrase of the lexicon that
/// starts before it, other than a number: "tư" (four) in "đầu tư" (invest)
/// and "tháng Tư" (April), "trăm" in "phần trăm" (percent). Digits count
/// only inside a month ("tháng 10", October).
fn inside_phrase(cx: &Ctx, i: usize) -> bool {
    let digits = cx.tokens.toks[i].kind == Kind::Number;
    (i.saturating_sub(COVER_WINDOW)..i).any(|j| {
        cx.tags.at(j).iter().any(|m| {
            let kind = Kinds::of(&[m.tag.kind()]);
            let covers = j + m.len() > i;
            covers
                && if digits {
                    kind.meets(kinds![Month])
                } else {
                    !kind.meets(kinds![Number, Scale, NumberJoiner, Qualifier, Currency, RangeOpener, RangeJoiner])
                }
        })
    })
}

/// Whether the number word at `i` opens a longer phrase naming a time, a
/// period of a year or a place: "năm nay" (this year), "tháng Năm" (May),
/// "trois premiers mois" (the first quarter), "Ba Lan" (Poland).
fn opens_longer_name(cx: &Ctx, i: usize) -> bool {
    let number = cx.tags.len_of(i, kinds![Number]).unwrap_or(0);
    cx.tags.len_of(i, kinds![Relative, Month, Place, Period]).is_some_and(|l| l > number)
}

/// Number words: "cem mil", "duzentos e cinquenta", "dua ratus ribu".
/// Returns value, rounding, end token, and whether no scale word was used.
///
/// Read piece by piece ([`WordsReading`]): a number word, else (once a
/// number word was read, or for a leading scale: [`leads_with_scale`]) a
/// scale word, else a joiner into another number word; then the value is
/// settled ([`WordsReading::value`]).
fn number_words(cx: &Ctx, i: usize) -> Option<(f64, f64, usize, bool)> {
    let t = cx.tokens;
    let mut r = WordsReading::new(i);
    loop {
        // No number in words runs longer than this ("neuf cent quatre-vingt-dix-huit
        // mille quatre cent quatre-vingt-dix-sept" is 23 tokens).
        if r.j > i && (t.toks.get(r.j).is_none_or(|tk| tk.newline_before()) || r.j - i > 32) {
            break;
        }
        match r.number_word(cx, i) {
            Step::Read => continue,
            Step::End => break,
            Step::Absent => {}
        }
        if !(r.any || (r.j == i && leads_with_scale(cx, i))) {
            break;
        }
        match r.scale_word(cx) {
            Step::Read => continue,
            Step::End => break,
            Step::Absent => {}
        }
        if !r.joiner(cx) {
            break;
        }
    }
    r.value(cx, i)
}

/// What one step of [`WordsReading`] did.
enum Step {
    /// It read a piece: go on.
    Read,
    /// The number ends before this piece.
    End,
    /// No piece of this kind here.
    Absent,
}

/// A number in words as read so far (see [`number_words`]).
struct WordsReading {
    /// The sum of the parts closed by a scale of a thousand or more.
    total: f64,
    /// The part below the last scale of a thousand or more.
    current: f64,
    rounding: f64,
    /// The next token.
    j: usize,
    /// Whether a number word (or a counted scale) was read.
    any: bool,
    /// Whether a scale word was read.
    scaled: bool,
    /// One past the last token of the number.
    last_end: usize,
    /// The last scale of a thousand or more, and the reading right after it:
    /// scales only fall ("mil e dois mil" is two numbers, as in "entre mil e dois mil").
    last_big: f64,
    after_big: Option<(f64, f64, f64, usize)>,
    /// What the last piece read was: a joiner, a scale of a thousand or more.
    after_joiner: bool,
    after_big_scale: bool,
}

impl WordsReading {
    fn new(i: usize) -> WordsReading {
        WordsReading {
            total: 0.0,
            current: 0.0,
            rounding: 1.0,
            j: i,
            any: false,
            scaled: false,
            last_end: i,
            last_big: f64::INFINITY,
            after_big: None,
            after_joiner: false,
            after_big_scale: false,
        }
    }

    /// Reads a number word at the next token of the number that starts at `i`.
    fn number_word(&mut self, cx: &Ctx, i: usize) -> Step {
        let j = self.j;
        let Some((v, l)) = cx.tags.find(j, kinds![Number], |g| match g {
            Tag::Number(v) => Some(v.get()),
            _ => None,
        }) else {
            return Step::Absent;
        };
        // A number word that is also a unit of time ("năm": five, year)
        // goes on a number only after a joiner or a scale of a thousand
        // or more ("hai trăm linh năm" 205, "năm nghìn năm trăm" 5500):
        // "hai năm" is two years, "mười năm" ten.
        if j > i && l == 1 && !self.after_joiner && !self.after_big_scale && notcounts::is_time_unit(cx, j) {
            return Step::End;
        }
        if v < 1.0 && self.current == 0.0 && self.last_big.is_finite() {
            // "dois milhões e meio", "un million et demi": half of the scale before,
            // written to that half.
            self.total += v * self.last_big;
            self.rounding = v * self.last_big;
        } else {
            self.current += v;
            self.rounding = 1.0;
        }
        self.any = true;
        // A compound word of whole thousands ends like a scale ("육만 일" 60,001).
        (self.after_joiner, self.after_big_scale) = (false, v >= 1000.0 && v % 1000.0 == 0.0);
        self.j += l;
        self.last_end = self.j;
        Step::Read
    }

    /// Reads a scale word at the next token: it multiplies what was read
    /// since the last scale of a thousand or more, or, leading, counts one
    /// of it. A scale not below the last big one begins a new number: the
    /// reading goes back to the end of that scale.
    fn scale_word(&mut self, cx: &Ctx) -> Step {
        // In myriads a leading scale of any size counts one ("십만 구백").
        let (any, myriads) = (self.any, cx.lex_data.myriads);
        let Some((s, l)) = cx.tags.find(self.j, kinds![Scale], |g| match g {
            Tag::Scale(s) if any || s.get() <= 1000.0 || myriads => Some(s.get()),
            _ => None,
        }) else {
            return Step::Absent;
        };
        self.any = true;
        if s >= 1000.0 {
            if s >= self.last_big {
                // A new number begins: go back to the end of the last scale.
                if let Some((t0, c0, r0, e0)) = self.after_big {
                    (self.total, self.current, self.rounding, self.last_end) = (t0, c0, r0, e0);
                }
                return Step::End;
            }
            // "mil" alone is one thousand; "meio milhão" half a million.
            self.total += if self.current == 0.0 { 1.0 } else { self.current } * s;
            self.current = 0.0;
            self.last_big = s;
        } else {
            // Only the part below a thousand is multiplied ("seribu dua ratus").
            let low = self.current % 1000.0;
            self.current = self.current - low + if low == 0.0 { 1.0 } else { low } * s;
        }
        self.rounding = s;
        self.scaled = true;
        (self.after_joiner, self.after_big_scale) = (false, s >= 1000.0);
        self.j += l;
        self.last_end = self.j;
        if s >= 1000.0 {
            self.after_big = Some((self.total, self.current, self.rounding, self.last_end));
        }
        Step::Read
    }

    /// Steps over a joiner at the next token if another number word
    /// follows it: a joiner continues only into a number word.
    fn joiner(&mut self, cx: &Ctx) -> bool {
        let Some(l) = cx.tags.len_of(self.j, kinds![NumberJoiner]) else {
            return false;
        };
        if !cx.tags.any(self.j + l, kinds![Number]) {
            return false;
        }
        self.after_joiner = true;
        self.j += l;
        true
    }

    /// The number read from `i`, as [`number_words`] gives it: none for a
    /// lone "one" (an article more often than a count; not in a list of
    /// parts at places, [`listed_at_place`]) or a fraction alone
    /// ("meio ambiente", "half the staff"); a bare scale word
    /// ([`bare_scale`]) when no number word was read.
    fn value(&self, cx: &Ctx, i: usize) -> Option<(f64, f64, usize, bool)> {
        if !self.any {
            return bare_scale(cx, i);
        }
        let value = self.total + self.current;
        // But "uma em Belmora e seis em Lamora": one of a list of parts,
        // and "at least one": a bound counts.
        // And "dont un pompier": a part marker before the word for one.
        let part_one = || cx.lex.part_before(cx.tokens, i) && counts_people_at(cx, self.last_end);
        if value == 1.0
            && !self.scaled
            && !listed_at_place(cx, i, self.last_end)
            && !bounded_one(cx, i)
            && !one_counts_people(cx, self.last_end)
            && !part_one()
            && !one_of_a_toll(cx, self.last_end)
        {
            return None;
        }
        if value > 0.0 && value < 1.0 && !self.scaled {
            return None;
        }
        // "mehrere hundert", "einige tausend": a lone word of a hundred or
        // a thousand after a word that leaves the amount unsaid.
        let lone_round = self.last_end == i + 1 && (value == 100.0 || value == 1000.0);
        if lone_round && i > 0 && cx.lex.is_vague_amount(cx.tokens.folded(i - 1)) {
            return None;
        }
        Some((value, self.rounding, self.last_end, !self.scaled))
    }
}

/// Whether the number word "one", ending right before token `end`, counts
/// the people or the measure noun after it, where it is no article
/// ([`crate::lang::Lexicon::article_one`]): "One person has drowned",
/// "satu korban", not "one day" or "one of". (Where it is also the
/// article, it counts them after a part marker: "dont un pompier", "tra
/// cui un vigile del fuoco", "darunter ein Feuerwehrmann"; see
/// [`WordsReading::value`].)
fn one_counts_people(cx: &Ctx, end: usize) -> bool {
    !cx.lex_data.article_one && counts_people_at(cx, end)
}

/// How far after a person counted by the word for one the verb of a toll
/// may stand, past auxiliaries ("un bombero falleció", "un vigile del
/// fuoco è rimasto ucciso").
const ONE_TOLL_VERB: usize = 4;

/// Whether the word for one, also the article, ending right before token
/// `end`, counts a victim: before the word of a victim ("un morto e sette
/// dispersi") or before people the verb of a toll follows
/// ("una persona murió ahogada", "um bombeiro morreu"). A person who does
/// anything else is no count ("un portavoz dijo").
fn one_of_a_toll(cx: &Ctx, end: usize) -> bool {
    // Where the verb ends the clause, the word for one is read apart
    // (Korean "1일 희생자": "일" is also the day).
    if !cx.lex_data.article_one || cx.lex_data.verb_final {
        return false;
    }
    let toll = |g: Tag| match g {
        Tag::Predicate(p) | Tag::Measure(p) => Some(p.is_toll()),
        _ => None,
    };
    // The victim's own word, one word, not a phrase of the toll ("un bilan
    // humain" counts no one).
    if cx.tags.find(end, kinds![Predicate, Measure], toll).is_some_and(|(p, l)| p && l == 1) {
        return true;
    }
    let people = |g: Tag| match g {
        Tag::Concept(k) => Concept::is_people(k.as_str()).then_some(()),
        _ => None,
    };
    let Some((_, l)) = cx.tags.find(end, kinds![Concept], people) else { return false };
    let verb = |g: Tag| match g {
        Tag::Predicate(p) => Some(p.is_toll()),
        _ => None,
    };
    let t = cx.tokens;
    let from = end + l;
    (from..(from + ONE_TOLL_VERB).min(t.len()))
        .take_while(|&k| t.toks[k].kind == Kind::Word || matches!(t.raw(k), "'" | "’"))
        .any(|k| cx.tags.find(k, kinds![Predicate], verb).is_some_and(|(p, _)| p))
}

/// Whether people or a measure noun start at token `end`.
fn counts_people_at(cx: &Ctx, end: usize) -> bool {
    let people = |g: Tag| match g {
        Tag::Concept(k) => Some(Concept::is_people(k.as_str())),
        Tag::Measure(_) => Some(true),
        _ => None,
    };
    cx.tags.find(end, kinds![Concept, Measure], people).is_some_and(|(p, _)| p)
}

/// Whether a lower bound or "only" ends right before the number word
/// "one" at `i`: "at least one person", "al menos una persona",
/// "sedikitnya satu orang", "more than one", "apenas um passageiro", "nur
/// ein Passagier". No article takes a bound, nor "only".
fn bounded_one(cx: &Ctx, i: usize) -> bool {
    ending_at(cx.tags, i, kinds![Qualifier], qualifier_tag)
        .is_some_and(|(q, _)| matches!(q, Qualifier::AtLeast | Qualifier::MoreThan | Qualifier::Only))
}

/// Whether the number in words at `i` opens with a scale word that counts
/// one of it: "mil", "mille", "hundred" when number or scale words follow
/// ("Mil quinientas personas", "mil e um", "mille cent six", "cent mille
/// deux"), or in myriads a myriad before digits ("만 7천").
fn leads_with_scale(cx: &Ctx, i: usize) -> bool {
    let t = cx.tokens;
    let is_number = |k: usize| cx.tags.any(k, kinds![Number]);
    cx.tags
        .find(i, kinds![Scale], |g| match g {
            Tag::Scale(s) => Some(s.get()),
            _ => None,
        })
        .is_some_and(|(s, l)| {
            let k = i + l;
            let digits = cx.lex_data.myriads && s >= 1e4 && t.toks.get(k).is_some_and(|x| x.kind == Kind::Number);
            is_number(k)
                || cx.tags.len_of(k, kinds![NumberJoiner]).is_some_and(|jl| is_number(k + jl))
                || cx.tags.any(k, kinds![Scale])
                || digits
        })
}

/// A bare scale word at `i` as a number: one of a scale of at most a
/// thousand ("mil pessoas"); in myriads, a scale from ten up with a
/// counter after it ("천 명", "만 명"; "十多万人": a myriad after a
/// qualifier goes on the scale). Not an uppercase word, a short one
/// outside myriads, a plural scale, a scale after a word that leaves the
/// amount unsaid ("several hundred"), nor a scale applied to a number
/// before it.
fn bare_scale(cx: &Ctx, i: usize) -> Option<(f64, f64, usize, bool)> {
    let t = cx.tokens;
    let myriads = cx.lex_data.myriads;
    let (bottom, top) = if myriads { (10.0, f64::MAX) } else { (100.0, 1000.0) };
    let (s, l) = cx.tags.find(i, kinds![Scale], |g| match g {
        Tag::Scale(s) if (bottom..=top).contains(&s.get()) => Some(s.get()),
        _ => None,
    })?;
    let counted = cx.tags.any(i + l, kinds![Concept, Measure, Currency]) || glued_inner(cx, i + l).is_some();
    if t.toks[i].case == crate::text::Case::Upper
        || (t.folded(i).chars().count() < 3 && !myriads)
        || (myriads && !counted)
        || cx.lex.is_plural_scale(t.folded(i))
        || (i > 0 && cx.lex.is_vague_amount(t.folded(i - 1)))
    {
        return None;
    }
    Some((s, s, i + l, false)).filter(|_| i == 0 || t.toks[i - 1].kind != Kind::Number)
}

/// Parses digits with separators. Returns value, rounding, saturated.
///
/// The decimal separator of the language decides: with `,` as decimal,
/// "100.000" is 100000 and "1,5" is 1.5; with `.`, "100,000" is 100000 and
/// "1.5" is 1.5. A group separator followed by other than exactly three
/// digits is read as a decimal point ("1.5" in Portuguese is 1.5), and a
/// decimal separator followed by exactly three digits with no other
/// separator, in a language that groups with it elsewhere, stays decimal.
pub(crate) fn parse_digits(raw: &str, decimal: char, groups: &[char]) -> (f64, f64, bool) {
    let runs = Runs::of(raw);
    // Find the decimal point: the last separator if it is the language's
    // decimal, or if it is not followed by exactly three digits.
    let decimal_at = runs.last_sep.filter(|&(last, _)| {
        last == decimal
            || (!groups.contains(&last) && matches!(last, '.' | ','))
            || raw.len() - runs.last_start != 3
            || (runs.seps == 1 && runs.first_len > 3)
    });
    let (int_part, frac_digits) = match decimal_at {
        Some((_, at)) => (&raw[..at], &raw[runs.last_start..]),
        None => (raw, ""),
    };
    let int_runs = if decimal_at.is_some() { runs.count - 1 } else { runs.count };
    let trailing_zero_groups = match (int_runs > 1 && frac_digits.is_empty(), decimal_at) {
        (false, _) => 0,
        (true, Some(_)) => runs.zeros_to_before_last,
        (true, None) => runs.zeros_to_last,
    };
    // The digits of the integer part from the first that is not 0.
    let significant = int_part.trim_start_matches(|c: char| c == '0' || !c.is_ascii_digit());
    if significant.bytes().filter(u8::is_ascii_digit).count() > 300 {
        return (SATURATION, 1.0, true);
    }
    let value = decimal_value(significant, frac_digits);
    let rounding = if !frac_digits.is_empty() {
        10f64.powi(-(frac_digits.len().min(300) as i32))
    } else {
        1000f64.powi(trailing_zero_groups as i32)
    };
    (value, rounding, false)
}

/// The value `str::parse` reads from the digits of `int_part` (others
/// skipped), a point and `frac`. Where the digits fit a double's mantissa
/// and the power of ten is one a double holds exactly, it is their integer
/// divided by that power: one correctly rounded operation, as parse is
/// correctly rounded, without building the text.
fn decimal_value(int_part: &str, frac: &str) -> f64 {
    /// The powers of ten a double holds exactly.
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ];
    let digits = || int_part.bytes().filter(u8::is_ascii_digit);
    let plain_frac = frac.bytes().all(|b| b.is_ascii_digit());
    if plain_frac && digits().count() + frac.len() <= 15 {
        let m = digits().chain(frac.bytes()).fold(0u64, |m, d| m * 10 + u64::from(d - b'0'));
        return m as f64 / POW10[frac.len()];
    }
    let mut text: String = digits().map(char::from).collect();
    if text.is_empty() {
        text.push('0');
    }
    if !frac.is_empty() {
        text.push('.');
        text.push_str(frac);
    }
    text.parse().unwrap_or(0.0)
}

/// The digit runs of a written number and the separators between them,
/// read in one pass without keeping them (a run of digit groups may be as
/// long as the text).
struct Runs {
    /// How many runs (one more than separators).
    count: usize,
    seps: usize,
    /// The byte length of the first run.
    first_len: usize,
    /// The last separator and its byte offset.
    last_sep: Option<(char, usize)>,
    /// Where the last run starts.
    last_start: usize,
    /// How many runs of zeros after the first end at the last run, and at
    /// the one before it ("1.000.000": 2 and 1).
    zeros_to_last: usize,
    zeros_to_before_last: usize,
}

impl Runs {
    fn of(raw: &str) -> Runs {
        let mut r = Runs {
            count: 1,
            seps: 0,
            first_len: raw.len(),
            last_sep: None,
            last_start: 0,
            zeros_to_last: 0,
            zeros_to_before_last: 0,
        };
        let mut zeros = true;
        for (k, c) in raw.char_indices() {
            if c.is_ascii_digit() {
                zeros &= c == '0';
                continue;
            }
            r.close(zeros);
            if r.seps == 0 {
                r.first_len = k;
            }
            r.seps += 1;
            r.count += 1;
            r.last_sep = Some((c, k));
            r.last_start = k + c.len_utf8();
            zeros = true;
        }
        r.close(zeros);
        r
    }

    /// Ends run `count - 1`, all zeros or not (the first run never counts).
    fn close(&mut self, zeros: bool) {
        self.zeros_to_before_last = self.zeros_to_last;
        self.zeros_to_last = if zeros && self.count > 1 { self.zeros_to_last + 1 } else { 0 };
    }
}

/// A value and its rounding multiplied by a scale word's factor, the value
/// kept a whole multiple of its rounding when that is one or more: the
/// product of two floats is not exact ("4,1 bilhões" would give
/// 4,099,999,999.9999995), but a written figure is exactly a multiple of its
/// last written digit (4,100,000,000).
pub(crate) fn apply_scale(value: f64, rounding: f64, scale: f64) -> (f64, f64) {
    let (value, rounding) = (value * scale, rounding * scale);
    let unit = rounding.round();
    if unit < 1.0 || (rounding - unit).abs() > rounding * 1e-9 || !value.is_finite() {
        return (value, rounding);
    }
    ((value / unit).round() * unit, unit)
}

#[cfg(test)]
mod tests {
    use super::parse_digits;

    /// The integer path of `decimal_value` reads what `str::parse` reads.
    #[test]
    fn decimal_value_matches_parse() {
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        for _ in 0..200_000 {
            let digits = |n: u64, next: &mut dyn FnMut(u64) -> u64| -> String {
                (0..n).map(|_| char::from(b'0' + next(10) as u8)).collect()
            };
            let (a, b) = (next(16), next(12));
            let int = digits(a, &mut next);
            let frac = digits(b, &mut next);
            let text =
                format!("{}{}{frac}", if int.is_empty() { "0" } else { &int }, if frac.is_empty() { "" } else { "." });
            let want: f64 = text.parse().unwrap_or(0.0);
            assert_eq!(super::decimal_value(&int, &frac).to_bits(), want.to_bits(), "{text}");
        }
    }

    #[test]
    fn scales_keep_written_figures_exact() {
        // name, value, rounding, scale, value, rounding
        let cases: &[(&str, f64, f64, f64, f64, f64)] = &[
            ("4,1 billion", 4.1, 0.1, 1e9, 4_100_000_000.0, 100_000_000.0),
            ("1,5 million", 1.5, 0.1, 1e6, 1_500_000.0, 100_000.0),
            ("2,35 billion", 2.35, 0.01, 1e9, 2_350_000_000.0, 10_000_000.0),
            ("100 thousand", 100.0, 1.0, 1e3, 100_000.0, 1_000.0),
            ("0,001 thousand keeps its fraction of a unit", 0.001, 0.001, 1e2, 0.1, 0.1),
        ];
        for &(name, v, r, s, want_v, want_r) in cases {
            let (got_v, got_r) = super::apply_scale(v, r, s);
            assert_eq!(got_v, want_v, "case {name}");
            assert!((got_r - want_r).abs() <= want_r * 1e-12, "case {name}: rounding {got_r}");
        }
    }

    #[test]
    fn digits_table() {
        let comma: &[char] = &['.', ' '];
        let dot: &[char] = &[','];
        // name, digits, decimal separator, group separators, value, rounding
        type Case<'a> = (&'a str, &'a str, char, &'a [char], f64, f64);
        let cases: &[Case] = &[
            ("dot groups", "100.000", ',', comma, 100000.0, 1000.0),
            ("two dot groups", "1.250.000", ',', comma, 1250000.0, 1000.0),
            ("decimal comma", "1,5", ',', comma, 1.5, 0.1),
            ("dot as decimal when not three digits", "1.5", ',', comma, 1.5, 0.1),
            ("comma groups in English", "100,000", '.', dot, 100000.0, 1000.0),
            ("decimal point in English", "2.75", '.', dot, 2.75, 0.01),
            ("comma decimal in English when not three digits", "1,5", '.', dot, 1.5, 0.1),
            ("space groups", "100 000", ',', comma, 100000.0, 1000.0),
            ("plain", "2022", ',', comma, 2022.0, 1.0),
            ("swiss apostrophe", "100'000", ',', &['\''], 100000.0, 1000.0),
            ("groups and decimals", "1.234,56", ',', comma, 1234.56, 0.01),
            ("leading zeros", "007", ',', comma, 7.0, 1.0),
        ];
        for (name, raw, dec, groups, value, rounding) in cases {
            let (v, r, sat) = parse_digits(raw, *dec, groups);
            assert_eq!(v, *value, "case {name}: {raw:?} value");
            assert!((r - rounding).abs() < 1e-12, "case {name}: {raw:?} rounding {r}");
            assert!(!sat, "case {name}");
        }
    }

    /// The parser as it was, keeping every digit run: the one-pass one
    /// must read every number alike.
    fn reference_parse_digits(raw: &str, decimal: char, groups: &[char]) -> (f64, f64, bool) {
        // Split into digit runs and the separators between them.
        let mut runs: Vec<&str> = Vec::new();
        let mut seps: Vec<char> = Vec::new();
        let mut start = 0;
        for (k, c) in raw.char_indices() {
            if !c.is_ascii_digit() {
                runs.push(&raw[start..k]);
                seps.push(c);
                start = k + c.len_utf8();
            }
        }
        runs.push(&raw[start..]);
        // Find the decimal point: the last separator if it is the language's
        // decimal, or if it is not followed by exactly three digits.
        let mut int_runs = runs.len();
        if let Some(&last) = seps.last() {
            let tail = runs[runs.len() - 1];
            let is_decimal = last == decimal
                || (!groups.contains(&last) && matches!(last, '.' | ','))
                || tail.len() != 3
                || (seps.len() == 1 && runs[0].len() > 3);
            if is_decimal {
                int_runs = runs.len() - 1;
            }
        }
        let int_digits: String = runs[..int_runs].concat();
        let frac_digits = if int_runs < runs.len() { runs[runs.len() - 1] } else { "" };
        let trailing_zero_groups = if int_runs > 1 && frac_digits.is_empty() {
            runs[1..int_runs].iter().rev().take_while(|r| r.bytes().all(|b| b == b'0')).count()
        } else {
            0
        };
        let total_digits = int_digits.trim_start_matches('0').len();
        if total_digits > 300 {
            return (super::SATURATION, 1.0, true);
        }
        let text = if frac_digits.is_empty() { int_digits } else { format!("{int_digits}.{frac_digits}") };
        let value: f64 = text.parse().unwrap_or(0.0);
        let rounding = if !frac_digits.is_empty() {
            10f64.powi(-(frac_digits.len().min(300) as i32))
        } else {
            1000f64.powi(trailing_zero_groups as i32)
        };
        (value, rounding, false)
    }

    #[test]
    fn one_pass_reads_as_the_runs_did() {
        let pieces = ["0", "00", "000", "1", "12", "123", "007", "1000", "5", "250", ".", ",", " ", "'", "\u{a0}"];
        let seps: &[(char, &[char])] = &[(',', &['.', ' ']), ('.', &[',']), (',', &['\'']), (',', &['.'])];
        let mut raws = Vec::new();
        for a in &pieces[..10] {
            raws.push(a.to_string());
            for b in &pieces {
                for c in &pieces {
                    raws.push(format!("{a}{b}{c}"));
                    for d in &pieces[..10] {
                        raws.push(format!("{a}{b}{c}.{d}"));
                        raws.push(format!("{a}{b}{c},{d}"));
                    }
                }
            }
        }
        raws.push(format!("1{}", ".000".repeat(120)));
        raws.push(format!("{}1", "0".repeat(400)));
        raws.push(format!("1{},5", ".000".repeat(110)));
        for raw in &raws {
            for &(dec, groups) in seps {
                let (v, r, s) = parse_digits(raw, dec, groups);
                let (rv, rr, rs) = reference_parse_digits(raw, dec, groups);
                assert!(v.to_bits() == rv.to_bits() && r.to_bits() == rr.to_bits() && s == rs, "{raw:?} {dec:?}");
            }
        }
    }

    #[test]
    fn huge_numbers_saturate() {
        let raw = "1".repeat(400);
        let (v, _, sat) = parse_digits(&raw, ',', &['.']);
        assert!(sat && v.is_finite());
    }
}

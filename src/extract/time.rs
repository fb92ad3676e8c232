//! Times: months with years, bare years, relative times, and the
//! prepositions that make them a start ("desde 2022") or a deadline
//! ("até julho"); datelines that give a publication date.

use super::{Ctx, ending_at, notcounts};
use crate::lang::{Tag, kinds};
use crate::schema::{PartialDate, RelativeTime, TimeRef, TimeRelation, TimeValue};
use crate::text::{Case, Kind, Tokens};

/// A time mention with its token range.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub first: usize,
    pub last: usize,
    pub time: TimeRef,
    /// A weekday resolved against the publication date ("on Tuesday"):
    /// it dates a claim, but is no claim's only content.
    pub weekday: bool,
    /// A month named without its year ("in November", "am 1. November"):
    /// the year is the publication's, a guess that a toll told as done
    /// after that date corrects ([`Mention::year_before`]).
    pub year_guessed: bool,
}

impl Mention {
    /// The time a year earlier, for a month without a year that a toll
    /// told as done puts after the publication date: "15 died in
    /// November" in an article of March 2025 is November 2024.
    pub fn year_before(&self) -> Option<TimeRef> {
        let TimeValue::Absolute { date } = self.time.value else { return None };
        let year = date.year.checked_sub(1).filter(|y| *y >= 1)?;
        let value = TimeValue::Absolute { date: PartialDate { year, ..date } };
        (self.year_guessed && date.month.is_some()).then(|| TimeRef { value, ..self.time.clone() })
    }
}

/// How many tokens may stand between "since" and the date that dates what
/// it names ([`onset_before`]): "since the beginning of the anti-finance
/// bill protests on June 18".
const ONSET_REACH: usize = 10;

/// Whether a date at token `first` (told with "on" or nothing) dates the
/// onset a "since" before it names, within [`ONSET_REACH`] tokens, no stop,
/// line break or other time between (none before token `floor`): "39
/// people have been killed since the beginning of the protests on June
/// 18" counts since June 18. A word that is also the agent's preposition
/// ("da", "dalla" in "arrestate dalla polizia il 18 giugno") is no onset.
fn onset_before(cx: &Ctx, first: usize, floor: usize) -> bool {
    let t = cx.tokens;
    let since = |j: usize| {
        cx.tags.has(j, kinds![TimeRelation], |g| g == Tag::TimeRelation(TimeRelation::Since))
            && !cx.tags.any(j, kinds![AgentMarker])
    };
    let mut j = first;
    while j > floor && first - j < ONSET_REACH {
        j -= 1;
        let stop = t.toks[j].kind == Kind::Punct && matches!(t.raw(j), "." | "!" | "?" | ";" | ":");
        if stop || t.toks[j + 1].newline_before() {
            return false;
        }
        if since(j) {
            return true;
        }
    }
    false
}

/// Reads every time expression, in text order, resolved against `published`.
pub(crate) fn read(cx: &Ctx, published: Option<PartialDate>) -> Vec<Mention> {
    let t = cx.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    // The last day the text named to the day: what "이날" (that day) refers to.
    let mut last_day = published.filter(|p| p.day.is_some());
    while i < t.len() {
        if let Some(((first, last, value, default_rel), weekday)) = time_starting(cx, i, published, last_day) {
            let mut first = first;
            let mut relation = default_rel;
            if let Some((r, s)) = ending_at(cx.tags, first, kinds![TimeRelation], |g| match g {
                Tag::TimeRelation(r) => Some(r),
                _ => None,
            }) {
                relation = r;
                first = s;
            }
            if relation == TimeRelation::At && onset_before(cx, first, out.last().map_or(0, |m: &Mention| m.last)) {
                relation = TimeRelation::Since;
            }
            let value = resolve(value, published);
            let year_guessed = !weekday && published.is_some() && month_without_year(t, first, last, value);
            if let TimeValue::Absolute { date } = value {
                last_day = date.day.is_some().then_some(date).or(last_day);
            }
            out.push(Mention {
                first,
                last,
                time: TimeRef {
                    text: t.span_text(first, last).to_string(),
                    start: t.toks[first].start(),
                    end: t.toks[last - 1].end(),
                    relation,
                    value,
                },
                weekday,
                year_guessed,
            });
            i = last;
        } else {
            i += 1;
        }
    }
    fold_bracketed_dates(t, &mut out);
    out
}

/// A time of a month resolved against the publication date with no year
/// written in its span: no token of four digits or more ("2024",
/// "3.11.2021", "2024년").
fn month_without_year(t: &Tokens, first: usize, last: usize, value: TimeValue) -> bool {
    let dated_month = matches!(value, TimeValue::Absolute { date } if date.month.is_some());
    let year_written = (first..last).any(|j| {
        let mut run = 0;
        t.raw(j).chars().any(|c| {
            run = if c.is_numeric() { run + 1 } else { 0 };
            run >= 4
        })
    });
    dated_month && !year_written
}

/// A weekday with its date in brackets after it is one time, the date's
/// ("Pada Kamis (31/10/2024)", "on Thursday (31 October)"): the two
/// mentions become one, from the weekday to the closing bracket, no
/// weekday's, so that it dates the claims of its sentence as a date does.
fn fold_bracketed_dates(t: &crate::text::Tokens, out: &mut Vec<Mention>) {
    if !out.iter().any(|m| m.weekday) {
        return;
    }
    let mut folded: Vec<Mention> = Vec::with_capacity(out.len());
    for date in out.drain(..) {
        let bracketed = folded.last().is_some_and(|day| {
            day.weekday
                && !date.weekday
                && date.first == day.last + 1
                && t.is_open_bracket(day.last)
                && date.last < t.len()
                && t.is_close_bracket(date.last)
        });
        match folded.last_mut() {
            Some(day) if bracketed => {
                let last = date.last + 1;
                let mut time = date.time;
                time.text = t.span_text(day.first, last).to_string();
                time.start = day.time.start;
                time.end = t.toks[last - 1].end();
                time.relation = day.time.relation;
                let year_guessed = date.year_guessed;
                *day = Mention { first: day.first, last, time, weekday: false, year_guessed };
            }
            _ => folded.push(date),
        }
    }
    *out = folded;
}

/// The time that starts at token `i`, and whether it is a weekday's
/// ([`weekday_time`]): the first of [`time_at`], [`weekday_time`],
/// [`day_alone`] and [`day_anaphor`] that reads one. All but the weekday
/// start with digits or a phrase of a kind of time: at any other token
/// (most of them) only the weekday is looked for.
fn time_starting(
    cx: &Ctx,
    i: usize,
    published: Option<PartialDate>,
    last_day: Option<PartialDate>,
) -> Option<((usize, usize, TimeValue, TimeRelation), bool)> {
    let weekday = || {
        weekday_with_day(cx, i, published)
            .map(|m| (m, false))
            .or_else(|| weekday_time(cx, i, published).map(|m| (m, true)))
    };
    if cx.tokens.toks[i].kind != Kind::Number && !cx.tags.any(i, kinds![Relative, Month, DayAnaphor, Number, Period]) {
        return weekday();
    }
    // "seven years ago", "vor vier Jahren": the year of publication less so many.
    let ago = || {
        let (first, end, n) = notcounts::years_ago(cx, i)?;
        let year = published?.year.checked_sub(n)?;
        let date = PartialDate { year, month: None, day: None };
        (1..=9999).contains(&year).then_some(((first, end, TimeValue::Absolute { date }, TimeRelation::At), false))
    };
    if let Some(found) = ago() {
        return Some(found);
    }
    if let Some(found) = year_span(cx, i) {
        return Some((found, false));
    }
    time_at(cx, i, published)
        .map(|m| (m, false))
        .or_else(weekday)
        .or_else(|| day_alone(cx, i, published).map(|m| (m, false)))
        .or_else(|| day_anaphor(cx, i, last_day).map(|m| (m, false)))
}

/// A weekday's name in a document dated to the day: the latest such day
/// on or before the date ("said on Tuesday" in an article of Thursday 7
/// November 2024 is 5 November). Not inside a name ("Santo Domingo"); a
/// weekday that is also a unit of time ("Minggu" Sunday, "minggu" week)
/// only when capitalized. Without a date to the day, no time.
fn weekday_time(cx: &Ctx, i: usize, published: Option<PartialDate>) -> Option<(usize, usize, TimeValue, TimeRelation)> {
    let p = published?;
    let (month, day) = (p.month?, p.day?);
    let (weekday, l) = notcounts::weekday_at(cx, i)?;
    let t = cx.tokens;
    let ambiguous = l == 1 && notcounts::is_time_unit(cx, i) && t.toks[i].case == crate::text::Case::Lower;
    if ambiguous || !super::subjects::is_weekday(cx, i) {
        return None;
    }
    let days = days_from_civil(p.year, month, day);
    // 1970-01-01 was a Thursday: three days after a Monday.
    let today = (days + 3).rem_euclid(7);
    let back = (today - i64::from(weekday.days_after_monday())).rem_euclid(7);
    let (year, month, day) = civil_from_days(days - back);
    (1..=9999).contains(&year).then_some(())?;
    let date = PartialDate { year, month: Some(month), day: Some(day) };
    Some((i, i + l, TimeValue::Absolute { date }, TimeRelation::At))
}

/// A weekday's name with its day of the month after it, in brackets or
/// past a comma ("nesta terça-feira (13)", "neste sábado, 26,"), in a
/// document dated to the month only: that day of the publication month,
/// or else of the month before, whichever falls on that weekday (none if
/// neither does). The weekday checks the day, so the pair is a date, no
/// weekday's. After a comma the day must close its phrase (punctuation or
/// the end after it): "on Monday, 26 people died" gives no date.
fn weekday_with_day(
    cx: &Ctx,
    i: usize,
    published: Option<PartialDate>,
) -> Option<(usize, usize, TimeValue, TimeRelation)> {
    let p = published.filter(|p| p.day.is_none())?;
    let month = p.month?;
    let (weekday, l) = notcounts::weekday_at(cx, i)?;
    let t = cx.tokens;
    if !super::subjects::is_weekday(cx, i) || (l == 1 && notcounts::is_time_unit(cx, i)) {
        return None;
    }
    let j = i + l;
    let closes = |k: usize| k >= t.len() || t.toks[k].kind == Kind::Punct;
    let (d, end) = if t.is_open_bracket(j) && t.is_close_bracket(j + 2) {
        (j + 1, j + 3)
    } else if t.is_comma(j) && closes(j + 2) {
        (j + 1, j + 2)
    } else {
        return None;
    };
    let raw = t.toks.get(d).filter(|k| k.kind == Kind::Number).map(|_| t.raw(d))?;
    let day: u8 = raw.parse().ok().filter(|_| raw.len() <= 2 && raw.bytes().all(|b| b.is_ascii_digit()))?;
    let before = if month == 1 { (p.year - 1, 12) } else { (p.year, month - 1) };
    // 1970-01-01 was a Thursday: three days after a Monday.
    let on_weekday = |date: &PartialDate| {
        let days = days_from_civil(date.year, date.month.unwrap_or(1), date.day.unwrap_or(1));
        (days + 3).rem_euclid(7) == i64::from(weekday.days_after_monday())
    };
    let date = [(p.year, month), before].into_iter().filter_map(|(y, m)| valid_date(y, m, day)).find(on_weekday)?;
    Some((i, end, TimeValue::Absolute { date }, TimeRelation::At))
}

/// A day of the month alone, a number glued to the language's day unit
/// ([`crate::lang::Lexicon::date_units`]: "10日", "14일"): the latest such
/// day on or before the publication date ("14일" in an article of 15
/// September is 14 September, "30日" in one of 2 March is 30 February, so
/// none). With a publication date to the month only, that month. Not a
/// span of days ("3일 동안", "约3日"), not "3일 전" (ago).
fn day_alone(cx: &Ctx, i: usize, published: Option<PartialDate>) -> Option<(usize, usize, TimeValue, TimeRelation)> {
    let p = published?;
    let month = p.month?;
    let t = cx.tokens;
    let [_, _, day_unit] = cx.lex_data.date_units else { return None };
    let raw = t.raw(i);
    let unit_glued = t.toks.get(i + 1).is_some_and(|u| !u.space_before() && u.kind == Kind::Word);
    if t.toks[i].kind != Kind::Number || !raw.bytes().all(|b| b.is_ascii_digit()) || raw.len() > 2 || !unit_glued {
        return None;
    }
    let day: u8 = raw.parse().ok().filter(|d| (1..=31).contains(d))?;
    if !cx.lex.is_word(t.folded(i + 1), day_unit) {
        return None;
    }
    let qualified =
        ending_at(cx.tags, i, kinds![Qualifier], |g| matches!(g, Tag::Qualifier(_)).then_some(())).is_some();
    let span =
        t.toks.get(i + 2).is_some_and(|_| cx.lex_data.day_spans.iter().any(|w| cx.lex.is_word(t.folded(i + 2), w)));
    if qualified || span || notcounts::ago_after(cx, i + 2) {
        return None;
    }
    let (year, month) = match p.day {
        Some(today) if day > today => {
            if month == 1 {
                (p.year - 1, 12)
            } else {
                (p.year, month - 1)
            }
        }
        _ => (p.year, month),
    };
    let date = valid_date(year, month, day)?;
    Some((i, i + 2, TimeValue::Absolute { date }, TimeRelation::At))
}

/// A day told by reference to the last day named ("이날" that day, "전날"
/// the day before; [`crate::lang::Lexicon::day_anaphors`]): that day moved
/// by the word's offset. No time without a day to refer to.
fn day_anaphor(cx: &Ctx, i: usize, last_day: Option<PartialDate>) -> Option<(usize, usize, TimeValue, TimeRelation)> {
    let (offset, l) = cx.tags.find(i, kinds![DayAnaphor], |g| match g {
        Tag::DayAnaphor(o) => Some(o),
        _ => None,
    })?;
    let base = last_day?;
    let days = days_from_civil(base.year, base.month?, base.day?) + i64::from(offset);
    let (year, month, day) = civil_from_days(days);
    let date = valid_date(year, month, day)?;
    Some((i, i + l, TimeValue::Absolute { date }, TimeRelation::At))
}

/// The date, when it exists ("30 February" does not).
fn valid_date(year: i32, month: u8, day: u8) -> Option<PartialDate> {
    let ok = (1..=9999).contains(&year) && civil_from_days(days_from_civil(year, month, day)) == (year, month, day);
    ok.then_some(PartialDate { year, month: Some(month), day: Some(day) })
}

/// Days since 1970-01-01 of a date of the proleptic Gregorian calendar
/// (H. Hinnant's algorithm).
pub(crate) fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(month) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01 (the inverse of [`days_from_civil`]).
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32, month, day)
}

/// A time that opens with the month `m` (of `l` tokens) at token `i`: a
/// day and a year after it, a year, or a month alone after a preposition.
fn month_first(
    cx: &Ctx,
    i: usize,
    m: u8,
    l: usize,
    published: Option<PartialDate>,
) -> Option<(usize, usize, TimeValue, TimeRelation)> {
    let t = cx.tokens;
    // An abbreviation's period is part of the month ("Sept. 7", "Jan. 7").
    let l = if l == 1 && dotted_month(cx, i) { 2 } else { l };
    if let Some(day) = day_at(t, i + l) {
        let (year, end) = year_after(cx, i + l + 1);
        let value = match year {
            Some(y) => TimeValue::Absolute { date: PartialDate { year: y, month: Some(m), day: Some(day) } },
            None => month_day(m, Some(day), published),
        };
        return Some((i, end, value, TimeRelation::At));
    }
    let (year, end) = year_after(cx, i + l);
    if let Some(y) = year {
        return Some((
            i,
            end,
            TimeValue::Absolute { date: PartialDate { year: y, month: Some(m), day: None } },
            TimeRelation::At,
        ));
    }
    if let Some(span) = month_span(cx, (i, l, m), published) {
        return Some(span);
    }
    // A month alone needs a preposition before it, and a full name:
    // short forms ("mar" of "março", "set" of "setembro") are common words.
    // A name of several words is full ("tháng 10", October).
    let full = l > 1 || !cx.lex.is_month_abbreviation(t.folded(i));
    let introduced =
        ending_at(cx.tags, i, kinds![TimeRelation], |g| matches!(g, Tag::TimeRelation(_)).then_some(())).is_some();
    if introduced && full {
        return Some((i, i + l, TimeValue::Month { month: m }, TimeRelation::At));
    }
    None
}

/// A period of a year ([`crate::lang::Lexicon::periods`]) starting at
/// token `i`, with its year after it ("second quarter of 2025", "Q2
/// 2025", "primer semestre de 2025"); without one, the latest such period
/// begun by the publication date ("fourth quarter" in an article of
/// February 2025 is that of 2024, "second quarter" in one of July 2025
/// that of 2025). No time without a year.
fn period_time(cx: &Ctx, i: usize, published: Option<PartialDate>) -> Option<(usize, usize, TimeValue, TimeRelation)> {
    let (period, l) = cx.tags.find(i, kinds![Period], |g| match g {
        Tag::Period(p) => Some(p),
        _ => None,
    })?;
    let (first, last) = period.months();
    let (year, end) = year_after(cx, i + l);
    let begun = |p: PartialDate| match p.month {
        Some(m) if m < first => p.year - 1,
        _ => p.year,
    };
    let year = year.or_else(|| published.map(begun))?;
    (1..=9999).contains(&year).then_some((i, end, TimeValue::Span { year, first, last }, TimeRelation::At))
}

/// A span of years whose first year is at token `i`: a range opener
/// before it ([`crate::lang::Lexicon::range_openers`]), perhaps past an
/// article or a unit of time ("tra il 2027", "antara tahun 2027"), a
/// range joiner and a later year after it, perhaps past an article
/// ("between 2027 and 2030", "entre 2027 y 2032", "tra il 2027 e il
/// 2030"); not two years a dash glues, a fiscal year. It starts at the opener, so that no relation word before the
/// first year ("from") reads it as a start. An act spread over the years
/// is of none of them alone ([`TimeValue::Years`]).
fn year_span(cx: &Ctx, i: usize) -> Option<(usize, usize, TimeValue, TimeRelation)> {
    let t = cx.tokens;
    let first = year_at(t, i)?;
    let opener = |k: usize| cx.lex_data.range_openers.contains(&t.folded(k));
    let filler = |k: usize| {
        let w = t.folded(k);
        t.toks[k].kind == Kind::Word && (cx.lex.is_function_word(w) || notcounts::is_unit_of_time(cx.lex_data.lang, w))
    };
    let start = match i {
        0 => return None,
        _ if opener(i - 1) => i - 1,
        _ if i >= 2 && filler(i - 1) && opener(i - 2) => i - 2,
        _ => return None,
    };
    // Two years glued by a dash name one fiscal year ("exercício de
    // 1999-2000"), told by its first year.
    let glued = t.toks.get(i + 2).is_some_and(|n| !n.space_before() && !t.toks[i + 1].space_before());
    let joiner = t.toks.get(i + 1).is_some_and(|_| cx.lex_data.range_joiners.contains(&t.folded(i + 1)));
    if !joiner || glued {
        return None;
    }
    let (last, end) = year_after(cx, i + 2);
    let last = last.filter(|&y| y > first)?;
    Some((start, end, TimeValue::Years { first, last }, TimeRelation::At))
}

/// A span of months opening with the month `first` at token `i` (of `l` tokens):
/// a range joiner ([`crate::lang::Lexicon::range_joiners`]) and another
/// month, both full names, and perhaps a year ("entre avril et
/// septembre", "April bis September", "between April and September
/// 2024"). The months of its year, the publication's when none is
/// written ([`TimeValue::Span`]): a figure over months is no figure of its
/// last month. One across a new year is dated by its year.
fn month_span(
    cx: &Ctx,
    (i, l, first): (usize, usize, u8),
    published: Option<PartialDate>,
) -> Option<(usize, usize, TimeValue, TimeRelation)> {
    let t = cx.tokens;
    let j = i + l;
    let joiner = t.toks.get(j).is_some_and(|_| cx.lex_data.range_joiners.contains(&t.folded(j)));
    if !joiner {
        return None;
    }
    let (last, l2) = month_at(cx, j + 1)?;
    let full = |k: usize, len: usize| len > 1 || !cx.lex.is_month_abbreviation(t.folded(k));
    if !full(i, l) || !full(j + 1, l2) {
        return None;
    }
    let (year, end) = year_after(cx, j + 1 + l2);
    let year = year.or(published.map(|p| p.year))?;
    let value = match first <= last {
        true => TimeValue::Span { year, first, last },
        false => TimeValue::Absolute { date: PartialDate::year(year) },
    };
    Some((i, end, value, TimeRelation::At))
}

/// A month without a year, with its day when the text gives one: with a
/// publication date, that day in the year of publication ("9月15日" in an
/// article of 2023 is 2023-09-15), as a month alone is in
/// [`resolve`]; without one, the month.
fn month_day(month: u8, day: Option<u8>, published: Option<PartialDate>) -> TimeValue {
    match (day, published) {
        (Some(d), Some(p)) => {
            valid_date(p.year, month, d).map_or(TimeValue::Month { month }, |date| TimeValue::Absolute { date })
        }
        _ => TimeValue::Month { month },
    }
}

/// Resolves a relative time or a month without a year against the publication date.
pub(crate) fn resolve(value: TimeValue, published: Option<PartialDate>) -> TimeValue {
    let Some(p) = published else { return value };
    let date = match value {
        TimeValue::Absolute { .. } | TimeValue::Span { .. } | TimeValue::Years { .. } => return value,
        TimeValue::Month { month } => PartialDate { year: p.year, month: Some(month), day: None },
        TimeValue::Relative { to: RelativeTime::ThisYear } => PartialDate::year(p.year),
        // A year out of 1..=9999 is no date: the time stays relative.
        TimeValue::Relative { to: RelativeTime::LastYear } if p.year > 1 => PartialDate::year(p.year - 1),
        TimeValue::Relative { to: RelativeTime::NextYear } if p.year < 9999 => PartialDate::year(p.year + 1),
        TimeValue::Relative { to: RelativeTime::LastYear | RelativeTime::NextYear } => return value,
        TimeValue::Relative { to: RelativeTime::ThisMonth } => match p.month {
            Some(m) => PartialDate { year: p.year, month: Some(m), day: None },
            None => return value,
        },
        TimeValue::Relative { to: RelativeTime::Now | RelativeTime::ThisMorning } => p,
    };
    TimeValue::Absolute { date }
}

fn year_at(t: &Tokens, i: usize) -> Option<i32> {
    let tok = t.toks.get(i)?;
    let raw = t.raw(i);
    if tok.kind != Kind::Number || raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = raw.parse().ok()?;
    // Not glued to a word ("A2022") or followed by letters ("2022b").
    let glued_after = t.toks.get(i + 1).is_some_and(|n| !n.space_before() && n.kind == Kind::Word);
    let glued_before = i > 0 && !tok.space_before() && t.toks[i - 1].kind == Kind::Word;
    ((1800..=2200).contains(&y) && !glued_after && !glued_before).then_some(y)
}

/// A time expression starting at `i`: (first, end, value, default relation).
fn time_at(cx: &Ctx, i: usize, published: Option<PartialDate>) -> Option<(usize, usize, TimeValue, TimeRelation)> {
    let t = cx.tokens;
    // Every time below starts with digits, a relative time, a month or a period.
    if t.toks.get(i)?.kind != Kind::Number && !cx.tags.any(i, kinds![Relative, Month, Period]) {
        return None;
    }
    if let Some(found) = period_time(cx, i, published) {
        return Some(found);
    }
    // Relative times: "este ano", "tahun lalu", "até agora".
    if let Some((r, l)) = cx.tags.find(i, kinds![Relative], |g| match g {
        Tag::Relative(r) => Some(r),
        _ => None,
    }) {
        let rel = if r == RelativeTime::Now { TimeRelation::By } else { TimeRelation::At };
        return Some((i, i + l, TimeValue::Relative { to: r }, rel));
    }
    // A date in digits: "3.11.2021", "03/11/2021", "2021-11-03".
    if let Some((end, date)) = numeric_date(cx, i) {
        return date.map(|date| (i, end, TimeValue::Absolute { date }, TimeRelation::At));
    }
    // Numbers with their units: "2024년 1월 15일", "3월".
    if let Some(found) = unit_date(cx, i, published) {
        return Some(found);
    }
    // Day month [year]: "30 de setembro de 2024", "1 Oktober 2024", "30. September 2024".
    let ordinal = t.is_ordinal(i);
    if t.toks[i].kind == Kind::Number && (ordinal || t.toks.get(i + 1).is_none_or(|n| n.space_before())) {
        if let Ok(day) = t.raw(i).parse::<u8>() {
            if (1..=31).contains(&day) {
                let mut j = i + 1 + usize::from(ordinal);
                // "30 de setembro": a short linking word, not a preposition of time ("20 desde enero").
                let linking = t.toks.get(j).is_some_and(|_| cx.lex.is_function_word(t.folded(j)))
                    && t.folded(j).chars().count() <= 3
                    && !cx.tags.any(j, kinds![TimeRelation]);
                if linking && month_at(cx, j).is_none() {
                    j += 1;
                }
                if let Some((m, l)) = month_at(cx, j) {
                    let (year, end) = year_after(cx, j + l);
                    let value = match year {
                        Some(y) => {
                            TimeValue::Absolute { date: PartialDate { year: y, month: Some(m), day: Some(day) } }
                        }
                        None => month_day(m, Some(day), published),
                    };
                    return Some((i, end, value, TimeRelation::At));
                }
            }
        }
    }
    // Month [year]: "julho de 2024", "Agustus 2023", "luglio"; month day
    // [, year]: "September 30, 2024", "May 5".
    if let Some((m, l)) = month_at(cx, i) {
        return month_first(cx, i, m, l, published);
    }
    // A bare year: "em 2022", "since 2022". Quantities are read first, so a
    // year here is one the number layer left alone.
    if let Some(y) = year_at(t, i) {
        // A qualifier that is also a preposition of time bounds a year, not
        // a count: "hasta 2030", "até 2030", "hingga 2030" (the number
        // layer left the year alone), unless a noun follows the year
        // ("hasta 2000 ingenieros").
        let noun_after = t.toks.get(i + 1).is_some_and(|n| {
            n.kind == Kind::Word && n.case == Case::Lower && !cx.lex.is_function_word(t.folded(i + 1))
        });
        let bounds_time = |j: usize| cx.tags.any(j, kinds![TimeRelation]) && !noun_after;
        let counted = cx.tags.any(i + 1, kinds![Percent, Currency, Measure, Scale])
            || ending_at(cx.tags, i, kinds![Qualifier, Currency], |g| {
                matches!(g, Tag::Qualifier(_) | Tag::Currency(_)).then_some(())
            })
            .is_some_and(|((), j)| !bounds_time(j));
        if !counted {
            return Some((i, i + 1, TimeValue::Absolute { date: PartialDate::year(y) }, TimeRelation::At));
        }
    }
    None
}

/// A date written as numbers each with its unit glued, largest first, in
/// a language that writes dates so ([`crate::lang::Lexicon::date_units`]):
/// "2024년 1월 15일", "2024년 3월", "2024년", "3월 5일", "3월". A unit may
/// carry a particle ("15일에", "2024년의").
fn unit_date(cx: &Ctx, i: usize, published: Option<PartialDate>) -> Option<(usize, usize, TimeValue, TimeRelation)> {
    let t = cx.tokens;
    let [year_unit, month_unit, day_unit] = cx.lex_data.date_units else { return None };
    let number = |j: usize, unit: &str, range: std::ops::RangeInclusive<i32>| -> Option<i32> {
        let tok = t.toks.get(j)?;
        let raw = t.raw(j);
        let glued = t.toks.get(j + 1).is_some_and(|u| !u.space_before() && u.kind == Kind::Word);
        if tok.kind != Kind::Number || !raw.bytes().all(|b| b.is_ascii_digit()) || !glued {
            return None;
        }
        let v: i32 = raw.parse().ok()?;
        (range.contains(&v) && cx.lex.is_word(t.folded(j + 1), unit)).then_some(v)
    };
    let year = number(i, year_unit, 1800..=2200);
    let m_at = if year.is_some() { i + 2 } else { i };
    let month = number(m_at, month_unit, 1..=12).map(|m| m as u8);
    let day = month.and_then(|_| number(m_at + 2, day_unit, 1..=31)).map(|d| d as u8);
    let end = match (month, day) {
        (Some(_), Some(_)) => m_at + 4,
        (Some(_), None) => m_at + 2,
        _ => i + 2,
    };
    let value = match (year, month) {
        (Some(y), month) => TimeValue::Absolute { date: PartialDate { year: y, month, day } },
        (None, Some(m)) => month_day(m, day, published),
        (None, None) => return None,
    };
    Some((i, end, value, TimeRelation::At))
}

/// A date written in digits, starting at token `i`: "3.11.2021" (one
/// token), "03/11/2021", "03-11-2021", "2021-11-03", with the token where
/// it ends. The day comes first unless the language writes the month first
/// ([`crate::lang::Lexicon::month_first_dates`]); a first number above 12
/// is a day, a second above 12 a day. `None` for the date when it is no
/// valid day. Such digits are never a quantity.
pub(crate) fn numeric_date(cx: &Ctx, i: usize) -> Option<(usize, Option<PartialDate>)> {
    let t = cx.tokens;
    let plain = |j: usize| {
        t.toks.get(j).is_some_and(|k| k.kind == Kind::Number) && t.raw(j).bytes().all(|b| b.is_ascii_digit())
    };
    let glued = |j: usize| t.toks.get(j).is_some_and(|k| !k.space_before());
    if !plain(i) && t.toks.get(i).is_some_and(|k| k.kind == Kind::Number) {
        // One token: "3.11.2021", "03.11.21".
        // Three parts exactly, read without collecting them (a number
        // token may be as long as the text).
        let mut parts = t.raw(i).split('.');
        let (Some(d), Some(m), Some(y), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return None;
        };
        if !(1..=2).contains(&d.len()) || !(1..=2).contains(&m.len()) || !matches!(y.len(), 2 | 4) {
            return None;
        }
        let glued_word = t.toks.get(i + 1).is_some_and(|n| !n.space_before() && n.kind == Kind::Word);
        return (!glued_word).then(|| (i + 1, ymd(y, m, d)));
    }
    // Three groups of digits joined by one separator glued on both sides.
    let sep = t.toks.get(i + 1).map(|_| t.raw(i + 1))?;
    let joined = |j: usize| glued(j) && glued(j + 1) && t.raw(j) == sep && plain(j + 1);
    if !plain(i) || !matches!(sep, "/" | "-" | ".") || !joined(i + 1) || !joined(i + 3) {
        return None;
    }
    let (a, b, c) = (t.raw(i), t.raw(i + 2), t.raw(i + 4));
    if glued(i + 5) && t.toks.get(i + 5).is_some_and(|n| n.kind != Kind::Punct) {
        return None;
    }
    let date = match (a.len(), b.len(), c.len()) {
        (4, 1..=2, 1..=2) if sep == "-" => ymd(a, b, c),
        (1..=2, 1..=2, 2 | 4) => {
            let (first, second) = (a.parse::<u8>().ok()?, b.parse::<u8>().ok()?);
            let month_first = (cx.lex_data.month_first_dates && second <= 31 && first <= 12) || second > 12;
            if month_first { ymd(c, a, b) } else { ymd(c, b, a) }
        }
        _ => return None,
    };
    Some((i + 5, date))
}

/// A date from year, month and day digits; a two-digit year is 20yy up to
/// 69 and 19yy after.
fn ymd(y: &str, m: &str, d: &str) -> Option<PartialDate> {
    let mut year: i32 = y.parse().ok()?;
    if y.len() == 2 {
        year += if year < 70 { 2000 } else { 1900 };
    }
    let (month, day): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
    let ok = (1800..=2200).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day);
    ok.then_some(PartialDate { year, month: Some(month), day: Some(day) })
}

/// Whether token `m` is a month's abbreviation with its period glued
/// after it ("Sept.", "Jan."), as agency style writes a date.
pub(crate) fn dotted_month(cx: &Ctx, m: usize) -> bool {
    let t = cx.tokens;
    m + 1 < t.len() && cx.lex.is_month_abbreviation(t.folded(m)) && t.raw(m + 1) == "." && !t.toks[m + 1].space_before()
}

/// A day of the month: one or two plain digits, 1 to 31, not glued to a word.
pub(crate) fn day_at(t: &Tokens, i: usize) -> Option<u8> {
    let tok = t.toks.get(i)?;
    let raw = t.raw(i);
    let glued = t.toks.get(i + 1).is_some_and(|n| !n.space_before() && n.kind == Kind::Word);
    if tok.kind != Kind::Number || raw.len() > 2 || glued {
        return None;
    }
    raw.parse().ok().filter(|d| (1..=31).contains(d))
}

fn month_at(cx: &Ctx, i: usize) -> Option<(u8, usize)> {
    let tok = cx.tokens.toks.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    cx.tags.find(i, kinds![Month], |g| match g {
        Tag::Month(m) => Some(m),
        _ => None,
    })
}

/// A year after a month, with an optional function word between ("de
/// 2024"), not a word of time relation but the year's own ("set em 2023"
/// is a tennis set in 2023, not September; "tháng 8 năm 2024" is August).
fn year_after(cx: &Ctx, j: usize) -> (Option<i32>, usize) {
    let t = cx.tokens;
    if let Some(y) = year_at(t, j) {
        return (Some(y), j + 1);
    }
    // A word of the unit year may relate it ("tháng 8 năm 2024").
    let year_word = |k: usize| notcounts::is_unit_of_time(cx.lex_data.lang, t.folded(k));
    let linking =
        |k: usize| cx.lex.is_function_word(t.folded(k)) && (!cx.tags.any(k, kinds![TimeRelation]) || year_word(k));
    if t.toks.get(j).is_some_and(|tk| tk.kind == Kind::Word) && linking(j) {
        if let Some(y) = year_at(t, j + 1) {
            return (Some(y), j + 2);
        }
    }
    // "tháng 1/2022": a year glued after a slash.
    let glued = |k: usize| t.toks.get(k).is_some_and(|x| !x.space_before());
    if t.is_comma(j) || (t.is_punct(j, '/') && glued(j) && glued(j + 1)) {
        if let Some(y) = year_at(t, j + 1) {
            return (Some(y), j + 2);
        }
    }
    (None, j)
}

/// A publication date from a dateline at the very top of a text, with the
/// token where the dateline ends: an ISO date among the first four tokens
/// ("date 2024-10", "2024-10-01"), or a day, month and year after nothing
/// but a capitalized place name ("30 September 2024", "JAKARTA, 1 Oktober
/// 2024 (Reuters) -"). A date later in the first sentence dates a fact,
/// not the document.
pub(crate) fn dateline(cx: &Ctx) -> Option<(Option<PartialDate>, usize)> {
    let t = cx.tokens;
    for i in 0..t.len().min(4) {
        if year_at(t, i).is_some()
            && t.is_punct(i + 1, '-')
            && t.toks.get(i + 2).is_some_and(|d| d.kind == Kind::Number && !d.space_before())
        {
            let mut end = i + 3;
            if t.is_punct(end, '-') && t.toks.get(end + 1).is_some_and(|d| d.kind == Kind::Number && !d.space_before())
            {
                end += 2;
            }
            if let Ok(d) = t.span_text(i, end).parse::<PartialDate>() {
                return Some((Some(d), end));
            }
        }
    }
    // A place name before the date: capitalized words and commas only.
    let mut i = 0;
    while i < t.len().min(6)
        && (t.toks[i].kind == Kind::Word && t.toks[i].case != crate::text::Case::Lower || t.is_comma(i))
    {
        if i > 0 && t.toks[i].newline_before() {
            return None;
        }
        if let Some(found) = time_at(cx, i, None) {
            return dated(t, found);
        }
        i += 1;
    }
    time_at(cx, i, None).and_then(|found| dated(t, found))
}

/// A dateline's date: a day with its month and year, or a day and month
/// with no year when a dash or an agency's parenthesis closes the dateline
/// ("TORINO, 25 luglio -", "July 25 (Reuters) -"): the span is a dateline,
/// but the year must come from elsewhere.
fn dated(
    t: &crate::text::Tokens,
    found: (usize, usize, TimeValue, TimeRelation),
) -> Option<(Option<PartialDate>, usize)> {
    match found {
        (_, last, TimeValue::Absolute { date }, _) if date.day.is_some() => Some((Some(date), last)),
        (first, last, TimeValue::Month { .. }, _) => {
            let day = (first..last).any(|k| t.toks[k].kind == Kind::Number);
            let closed = ["-", "–", "—", "("].iter().any(|c| t.toks.get(last).is_some_and(|_| t.raw(last) == *c));
            (day && closed).then_some((None, last))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{civil_from_days, days_from_civil, resolve};
    use crate::schema::{PartialDate, RelativeTime, TimeValue};

    #[test]
    fn relative_years_stay_within_the_calendar() {
        use RelativeTime::{LastYear, NextYear};
        let cases = [
            ("next year", NextYear, 2024, Some(2025)),
            ("last year", LastYear, 2024, Some(2023)),
            ("next year after the last one", NextYear, 9999, None),
            ("last year before year one", LastYear, 1, None),
        ];
        for (name, to, year, want) in cases {
            let got = resolve(TimeValue::Relative { to }, Some(PartialDate::year(year)));
            let want = want.map_or(TimeValue::Relative { to }, |y| TimeValue::Absolute { date: PartialDate::year(y) });
            assert_eq!(got, want, "case {name}");
        }
    }

    #[test]
    fn civil_days_round_trip() {
        let cases = [
            ("the epoch", (1970, 1, 1), 0),
            ("a leap day", (2024, 2, 29), 19_782),
            ("the day after it", (2024, 3, 1), 19_783),
            ("year one", (1, 1, 1), -719_162),
            ("the last day", (9999, 12, 31), 2_932_896),
        ];
        for (name, (y, m, d), days) in cases {
            assert_eq!(days_from_civil(y, m, d), days, "case {name}");
            assert_eq!(civil_from_days(days), (y, m, d), "case {name}");
        }
    }
}

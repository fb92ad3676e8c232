//! Numbers that count nothing: labels and ranks ("gate 5", "decree
//! 11.234", "No. 5"), readings on a scale ("7.8-magnitude"), ages ("aged
//! 64", "un uomo di 64 anni") and match scores ("won 3-2", "vinse 3 a 2").
//!
//! Language-independent shapes driven by each lexicon's marker words
//! ([`Lexicon::labels`], [`Lexicon::readings`], [`Lexicon::capacities`], [`Lexicon::ages`],
//! [`Lexicon::scores`]). Precision comes first: a shape without its marker
//! word is left to the number layer.

use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;

use super::{Ctx, ending_at};
use crate::lang::{AgeMark, AgoMark, Lang, Lexicon, ScoreMark, Side, Tag, Weekday, kinds};
use crate::text::{Case, Kind, Tokens, tokenize};

/// How far (in tokens, on the same line) a word of a match may stand from
/// the two numbers of a score.
const SCORE_WINDOW: usize = 12;

/// The largest number a side of a score or tally may be.
const SCORE_MAX: u32 = 200;

/// A phrase as the folded words the tokenizer makes of it.
pub(crate) type Words = Vec<String>;

/// One language's marker phrases, tokenized once.
struct Table {
    labels: Markers<()>,
    designators: Markers<()>,
    readings: Markers<()>,
    capacities: Markers<()>,
    ages: Markers<AgeMark>,
    scores: Markers<ScoreMark>,
    time_ago: Markers<AgoMark>,
    progress: Markers<Side>,
    weekdays: Markers<Weekday>,
    /// The one-word units of time of `time_ago`, for a look-up per token.
    time_units: FxHashSet<String>,
}

/// A list of marker phrases with their marks, and the words they start
/// and end with: a token that starts (or ends) none of them is passed
/// over in one look-up instead of a comparison per phrase. A token that
/// may start one is tried against every phrase in list order, so a
/// search finds what a scan of the whole list finds.
pub(crate) struct Markers<M> {
    pub(crate) list: Vec<(Words, M)>,
    first: Ends,
    last: Ends,
}

/// The first (or last) words of some phrases: whole words, and the stems
/// of the words that end with `*` ([`word_is`]).
#[derive(Default)]
struct Ends {
    words: FxHashSet<String>,
    stems: Vec<String>,
    /// The first bytes of the words and stems, as bits; all of them when
    /// one is empty. A token whose first byte is not here is none of them.
    leads: [u64; 4],
    /// The byte lengths a token may have: from the shortest word or stem
    /// to the longest word (any length after a stem).
    lens: (usize, usize),
}

impl Ends {
    fn add(&mut self, w: &str) {
        let body = w.strip_suffix('*').unwrap_or(w);
        let longest = if body.len() < w.len() { usize::MAX } else { body.len() };
        self.lens = match (self.words.is_empty() && self.stems.is_empty(), self.lens) {
            (true, _) => (body.len(), longest),
            (false, (lo, hi)) => (lo.min(body.len()), hi.max(longest)),
        };
        match body.as_bytes().first() {
            Some(&b) => self.leads[usize::from(b >> 6)] |= 1 << (b & 63),
            None => self.leads = [u64::MAX; 4],
        }
        match w.strip_suffix('*') {
            Some(stem) => self.stems.push(stem.to_string()),
            None => {
                self.words.insert(w.to_string());
            }
        }
    }

    /// Whether the folded token is one of the words ([`word_is`]).
    fn has(&self, token: &str) -> bool {
        // The empty token can only be an empty word, which sets every lead.
        let lead = token
            .as_bytes()
            .first()
            .map_or(self.leads[0] == u64::MAX, |&b| self.leads[usize::from(b >> 6)] & (1 << (b & 63)) != 0);
        lead && (self.lens.0..=self.lens.1).contains(&token.len())
            && (self.words.contains(token) || self.stems.iter().any(|s| token.starts_with(s.as_str())))
    }
}

impl<M> Markers<M> {
    pub(crate) fn new(list: Vec<(Words, M)>) -> Markers<M> {
        let (mut first, mut last) = (Ends::default(), Ends::default());
        for (w, _) in &list {
            if let (Some(a), Some(b)) = (w.first(), w.last()) {
                first.add(a);
                last.add(b);
            }
        }
        Markers { list, first, last }
    }

    /// The phrases written from token `j` on, on one line ([`starts_at`]), in list order.
    pub(crate) fn starting<'s>(&'s self, t: &'s Tokens, j: usize) -> impl Iterator<Item = &'s (Words, M)> {
        let may = j < t.len() && self.first.has(t.folded(j));
        let list = if may { &self.list[..] } else { &[] };
        list.iter().filter(move |(w, _)| starts_at(t, j, w))
    }

    /// The phrases written right before token `i`, on its line ([`ends_at`]), in list order.
    pub(crate) fn ending<'s>(&'s self, t: &'s Tokens, i: usize) -> impl Iterator<Item = &'s (Words, M)> {
        // Past the end, every phrase is tried as before.
        let may = i > 0 && (i > t.len() || self.last.has(t.folded(i - 1)));
        let list = if may { &self.list[..] } else { &[] };
        list.iter().filter(move |(w, _)| ends_at(t, i, w))
    }
}

/// A phrase as the folded words the tokenizer makes of it; a `*` ending
/// the phrase stays on its last word (see [`word_is`]).
pub(crate) fn words(phrase: &str, keep_marks: bool) -> Words {
    let (phrase, stem) = match phrase.strip_suffix('*') {
        Some(p) => (p, true),
        None => (phrase, false),
    };
    let t = tokenize(phrase, &[], None, keep_marks);
    let mut out: Words = (0..t.len()).map(|k| t.folded(k).to_string()).collect();
    if let Some(last) = out.last_mut().filter(|_| stem) {
        last.push('*');
    }
    out
}

/// One of each language's lexicon lists ([`crate::lang::Lexicon`]) as
/// words, indexed by [`crate::Lang::index`]: built once, in a static.
pub(crate) fn words_per_language(list: fn(&crate::lang::Lexicon) -> &'static [&'static str]) -> Vec<Vec<Words>> {
    crate::Lang::ALL
        .iter()
        .map(|l| list(l.lexicon()).iter().map(|p| words(p, l.lexicon().keep_marks)).collect())
        .collect()
}

/// Whether a folded token is the phrase word `w` (a word ending with `*`
/// matches any token it starts).
fn word_is(token: &str, w: &str) -> bool {
    match w.strip_suffix('*') {
        Some(stem) => token.starts_with(stem),
        None => token == w,
    }
}

impl Table {
    fn new(lex: &Lexicon) -> Table {
        Table {
            labels: plain(lex.labels, lex.keep_marks),
            designators: plain(lex.designators, lex.keep_marks),
            readings: plain(lex.readings, lex.keep_marks),
            capacities: plain(lex.capacities, lex.keep_marks),
            ages: marked(lex.ages, lex.keep_marks),
            scores: marked(lex.scores, lex.keep_marks),
            time_ago: marked(lex.time_ago, lex.keep_marks),
            progress: marked(lex.progress, lex.keep_marks),
            weekdays: marked(lex.weekdays, lex.keep_marks),
            time_units: lex
                .time_ago
                .iter()
                .map(|&(p, m)| (words(p, lex.keep_marks), m))
                .filter(|(w, m)| m.is_unit() && w.len() == 1)
                .map(|(mut w, _)| w.remove(0))
                .collect(),
        }
    }
}

/// Phrases without marks, tokenized.
fn plain(phrases: &[&str], keep_marks: bool) -> Markers<()> {
    Markers::new(phrases.iter().map(|p| (words(p, keep_marks), ())).collect())
}

/// Phrases with their marks, tokenized.
fn marked<M: Copy>(phrases: &[(&str, M)], keep_marks: bool) -> Markers<M> {
    Markers::new(phrases.iter().map(|&(p, m)| (words(p, keep_marks), m)).collect())
}

fn table(lang: Lang) -> &'static Table {
    static TABLES: Lazy<Vec<Table>> = Lazy::new(|| Lang::ALL.iter().map(|l| Table::new(l.lexicon())).collect());
    &TABLES[lang.index()]
}

/// Whether `w` is written right before token `i`, on its line.
pub(crate) fn ends_at(t: &Tokens, i: usize, w: &[String]) -> bool {
    !w.is_empty()
        && w.len() <= i
        && (i - w.len()..i)
            .zip(w)
            .all(|(k, s)| word_is(t.folded(k), s) && (k == i - w.len() || !t.toks[k].newline_before()))
        && !t.toks.get(i).is_some_and(|n| n.newline_before())
}

/// Whether token `k` is a unit of length, area or temperature of the
/// language ([`crate::lang::Lexicon::units_of_measure`]: "km", "grados"):
/// a figure right before one measures, it counts nothing.
pub(crate) fn is_unit_of_measure(cx: &Ctx, k: usize) -> bool {
    static UNITS: Lazy<Vec<FxHashSet<String>>> = Lazy::new(|| {
        let table = |l: &Lang| {
            let lex = l.lexicon();
            let single = lex.units_of_measure.iter().map(|w| words(w, lex.keep_marks)).filter(|ws| ws.len() == 1);
            single.map(|mut ws| ws.remove(0)).collect()
        };
        Lang::ALL.iter().map(table).collect()
    });
    let t = cx.tokens;
    k < t.len() && UNITS[cx.lex_data.lang.index()].contains(t.folded(k))
}

/// Whether `w` is written from token `j` on, on one line.
pub(crate) fn starts_at(t: &Tokens, j: usize, w: &[String]) -> bool {
    !w.is_empty()
        && j + w.len() <= t.len()
        && (j..j + w.len()).zip(w).all(|(k, s)| word_is(t.folded(k), s) && (k == j || !t.toks[k].newline_before()))
}

/// The token after a number ending before `end`, past a hyphen glued on
/// both sides ("7.8-magnitude", "64-year-old").
fn after_hyphen(t: &Tokens, end: usize) -> usize {
    let glued = |k: usize| t.toks.get(k).is_some_and(|x| !x.space_before());
    if t.is_punct(end, '-') && glued(end) && glued(end + 1) { end + 1 } else { end }
}

/// Whether the number written on tokens `i..end` is a label, a reading or
/// an age rather than a count.
pub(crate) fn is_not_count(cx: &Ctx, i: usize, end: usize) -> bool {
    let t = cx.tokens;
    let tab = table(cx.lex_data.lang);
    let after = after_hyphen(t, end);
    if tab.labels.ending(t, i).next().is_some() || tab.readings.starting(t, after).next().is_some() {
        return true;
    }
    is_capacity(cx, tab, i)
        || is_age(cx, tab, i, end)
        || is_time_ago(cx, tab, i, end)
        || is_duration(cx, tab, end)
        || is_progress(cx, tab, i, end)
        || is_day(cx, tab, i, end)
        || is_designation(cx, tab, i, end)
        || is_model_number(cx, i, end)
}

/// "a capacity of about 400 passengers": a capacity word
/// ([`Lexicon::capacities`]) right before the number at `i`, or before a
/// qualifier right before it.
fn is_capacity(cx: &Ctx, tab: &Table, i: usize) -> bool {
    let t = cx.tokens;
    let lead = ending_at(cx.tags, i, kinds![Qualifier], |_| Some(())).map_or(i, |(_, j)| j);
    tab.capacities.ending(t, i).next().is_some() || (lead < i && tab.capacities.ending(t, lead).next().is_some())
}

/// The longest bare number a designation may be ("767", "2024").
const DESIGNATION_DIGITS: usize = 4;

/// Whether a singular article ([`crate::lang::Lexicon::designators`])
/// ends right before token `i`.
pub(crate) fn after_designator(cx: &Ctx, i: usize) -> bool {
    table(cx.lex_data.lang).designators.ending(cx.tokens, i).next().is_some()
}

/// "construção do 767", "il 320 di Airbus": a bare whole number of at most
/// [`DESIGNATION_DIGITS`] digits after a singular article
/// ([`crate::lang::Lexicon::designators`]) names one thing; not when a
/// percent sign or word, or a currency, follows ("il 15 per cento"), nor
/// when a month follows within [`DAY_REACH`] tokens: "tra il 3 e il 4
/// novembre" names days, which the dates layer reads.
fn is_designation(cx: &Ctx, tab: &Table, i: usize, end: usize) -> bool {
    let t = cx.tokens;
    let bare = end == i + 1
        && t.toks[i].kind == Kind::Number
        && t.raw(i).len() <= DESIGNATION_DIGITS
        && t.raw(i).bytes().all(|b| b.is_ascii_digit());
    let month_after = (end..(end + DAY_REACH).min(t.len())).any(|j| cx.tags.any(j, kinds![Month]));
    bare && tab.designators.ending(t, i).next().is_some()
        && !cx.tags.any(end, kinds![Percent, Currency])
        && !month_after
}

/// "the crash of the Boeing 787 in", "do Boeing 787 da", "Flight 171
/// from": a bare whole number of at most [`DESIGNATION_DIGITS`] digits
/// right after a capitalized word that follows another word or a number on its line
/// (so no sentence's first word) names a model or a number, not a count.
/// The word is no word of the lexicon (no month, weekday, predicate or
/// concept: "June 12", "Hits 279"), no source after "according to"
/// ("Secondo Ansa 50 morti"), and no counted noun, unit, percent,
/// currency, measure or predicate follows the number ("Acme 500 jobs",
/// "Reuters 50 died"; a predicate counts after a one-word name only).
/// Not where every noun is capitalized (German "nach
/// Angaben der Behörden 241 gestorben"), nor after a place's locative ("in
/// Belmora 50 died" is a count there).
fn is_model_number(cx: &Ctx, i: usize, end: usize) -> bool {
    let t = cx.tokens;
    if end != i + 1 || i < 2 || !cx.lex_data.noun_determiners.is_empty() {
        return false;
    }
    let bare = t.toks[i].kind == Kind::Number
        && t.raw(i).len() <= DESIGNATION_DIGITS
        && t.raw(i).bytes().all(|b| b.is_ascii_digit());
    if bare && model_variant(cx, i) {
        return true;
    }
    let (name, before) = (i - 1, i - 2);
    let capitalized = |k: usize| matches!(t.toks[k].case, Case::Title | Case::Upper) && t.toks[k].kind == Kind::Word;
    // "pesawat Air India 171 meningkat": a name of two capitalized words,
    // the last perhaps a place's, numbers a flight, whatever verb follows.
    let long_name = capitalized(before) && !t.toks[name].newline_before();
    let named = capitalized(name)
        && matches!(t.toks[before].kind, Kind::Word | Kind::Number)
        && !t.toks[name].newline_before()
        && !t.toks[i].newline_before()
        && (cx.tags.at(name).is_empty()
            || (long_name && cx.tags.at(name).iter().all(|m| matches!(m.tag, Tag::Place(_)))))
        && !cx.lex.is_function_word(t.folded(name))
        && !cx.lex.locative_before(t, name)
        && ending_at(cx.tags, name, kinds![AccordingTo], |g| (g == Tag::AccordingTo).then_some(())).is_none();
    let counted = end < t.len()
        && !t.toks[end].newline_before()
        && (cx.tags.any(end, kinds![Concept, Percent, Currency, Scale, Measure])
            || (!long_name && cx.tags.any(end, kinds![Predicate])));
    bare && named && !counted
}

/// "Boeing 787-8": a number glued by a hyphen to a model number before it
/// is the model's variant, no count.
fn model_variant(cx: &Ctx, i: usize) -> bool {
    let t = cx.tokens;
    let glued = |k: usize| !t.toks[k].space_before();
    i >= 3 && t.is_punct(i - 1, '-') && glued(i - 1) && glued(i) && is_model_number(cx, i - 2, i - 1)
}

/// How far after a day of the month its month may stand ("il 3 e il 4 novembre").
const DAY_REACH: usize = 5;

/// The weekday named from token `i` on, and its length in tokens: the
/// longest of the lexicon's weekday phrases there.
pub(crate) fn weekday_at(cx: &Ctx, i: usize) -> Option<(Weekday, usize)> {
    let tab = table(cx.lex_data.lang);
    tab.weekdays.starting(cx.tokens, i).map(|(w, d)| (*d, w.len())).max_by_key(|&(_, l)| l)
}

/// Whether a word, folded as the language's tokens are, is one of its
/// one-word units of time ("tahun", "months").
pub(crate) fn is_unit_of_time(lang: Lang, folded: &str) -> bool {
    table(lang).time_units.contains(folded)
}

/// "Senin, 6", "Monday, 6", "lunedì 6", "neste domingo (15)": one or two
/// digits right after a weekday's name (and a comma, or in brackets) are
/// a day of the month, not a count.
fn is_day(cx: &Ctx, tab: &Table, i: usize, end: usize) -> bool {
    let t = cx.tokens;
    let digits = end == i + 1 && t.toks[i].kind == Kind::Number && t.raw(i).len() <= 2;
    let bracketed = i > 0 && t.is_open_bracket(i - 1) && t.is_close_bracket(end);
    let before = if i > 0 && (t.is_comma(i - 1) || bracketed) { i - 1 } else { i };
    digits && tab.weekdays.ending(t, before).next().is_some()
}

/// The length of the brackets opened at token `i` that hold a day of the
/// month right after a weekday's name ("nesta segunda-feira (22)", see
/// [`is_day`]), a day and its month ("pada Sabtu (11/3)"), or a full
/// date ("(21/1/2025)"): part of the date, no aside.
pub(crate) fn bracketed_day_at(cx: &Ctx, i: usize) -> Option<usize> {
    let t = cx.tokens;
    if i + 2 >= t.len() || !t.is_open_bracket(i) {
        return None;
    }
    if is_day(cx, table(cx.lex_data.lang), i + 1, i + 2) {
        return Some(3);
    }
    // "(11/3)", "(March 22)": a day and its month after a weekday;
    // "(21/1/2025)": one with its full year anywhere.
    let weekday = table(cx.lex_data.lang).weekdays.ending(t, i).next().is_some();
    if let Some(end) = named_month_date(cx, i + 1).filter(|&e| weekday && t.is_close_bracket(e)) {
        return Some(end + 1 - i);
    }
    let end = slashed_date(t, i + 1).filter(|&e| t.is_close_bracket(e))?;
    (weekday || t.raw(end - 1).len() == 4).then_some(end + 1 - i)
}

/// The token after a day and its month's name from token `i` on, in
/// either order and maybe with a year ("March 22", "22 March", "22. März
/// 2024", "March 22, 2024").
fn named_month_date(cx: &Ctx, i: usize) -> Option<usize> {
    let t = cx.tokens;
    let month = |j: usize| j < t.len() && cx.tags.any(j, kinds![Month]);
    let day = |j: usize| j < t.len() && t.toks[j].kind == Kind::Number && t.raw(j).len() <= 2;
    let dot = |j: usize| j < t.len() && t.is_punct(j, '.') && !t.toks[j].space_before();
    let after_day = |j: usize| if dot(j) { j + 1 } else { j };
    let end = if month(i) && day(i + 1) {
        i + 2
    } else if day(i) && month(after_day(i + 1)) {
        after_day(i + 1) + 1
    } else {
        return None;
    };
    let comma = if end < t.len() && t.is_comma(end) { end + 1 } else { end };
    let year = comma < t.len() && t.toks[comma].kind == Kind::Number && t.raw(comma).len() == 4;
    Some(if year { comma + 1 } else { end })
}

/// The token after a date written with slashes from token `i` on: a day
/// and a month of at most two digits each, and maybe a year of two or
/// four ("11/3", "21/1/2025").
fn slashed_date(t: &Tokens, i: usize) -> Option<usize> {
    let digits =
        |j: usize, lens: &[usize]| j < t.len() && t.toks[j].kind == Kind::Number && lens.contains(&t.raw(j).len());
    let slash = |j: usize| j < t.len() && t.raw(j) == "/";
    if !(digits(i, &[1, 2]) && slash(i + 1) && digits(i + 2, &[1, 2])) {
        return None;
    }
    Some(if slash(i + 3) && digits(i + 4, &[2, 4]) { i + 5 } else { i + 3 })
}

/// Whether a unit of time ([`crate::lang::Lexicon::time_ago`]) is written
/// at token `j` alone: Vietnamese "năm" (year) is also the number five.
pub(crate) fn is_time_unit(cx: &Ctx, j: usize) -> bool {
    let tab = table(cx.lex_data.lang);
    tab.time_ago.starting(cx.tokens, j).any(|(w, m)| m.is_unit() && w.len() == 1)
}

/// Whether a word that makes a time before it a time ago ("전", "前",
/// "ago") starts at token `j`.
pub(crate) fn ago_after(cx: &Ctx, j: usize) -> bool {
    let tab = table(cx.lex_data.lang);
    tab.time_ago.starting(cx.tokens, j).any(|(_, m)| *m == AgoMark::After)
}

/// A time so many years ago whose number starts at token `i`: "seven
/// years ago", "vor vier Jahren", "há 3 anos", "sette anni fa" (a unit
/// of years, [`AgoMark::Years`], with a word of time ago before or after
/// it). Gives the time's first token, the token after it, and the years.
pub(crate) fn years_ago(cx: &Ctx, i: usize) -> Option<(usize, usize, i32)> {
    let (t, tab) = (cx.tokens, table(cx.lex_data.lang));
    let (n, l) = match t.toks[i].kind {
        Kind::Number => (t.raw(i).parse::<i32>().ok().filter(|&n| n > 0)?, 1),
        _ => cx
            .tags
            .find(i, kinds![Number], |g| match g {
                Tag::Number(v) => Some(v.get()),
                _ => None,
            })
            .and_then(|(v, l)| (v.fract() == 0.0 && (1.0..=200.0).contains(&v)).then_some((v as i32, l)))?,
    };
    let (unit, _) = tab.time_ago.starting(t, i + l).find(|(_, m)| *m == AgoMark::Years)?;
    let end = i + l + unit.len();
    if let Some((w, _)) = tab.time_ago.starting(t, end).find(|(_, m)| *m == AgoMark::After) {
        return Some((i, end + w.len(), n));
    }
    let (w, _) = tab.time_ago.ending(t, i).find(|(_, m)| *m == AgoMark::Before)?;
    Some((i - w.len(), end, n))
}

/// "21 months ago", "vor vier Jahren", "há 3 anos", "3 anni fa": a time,
/// not a count.
fn is_time_ago(cx: &Ctx, tab: &Table, i: usize, end: usize) -> bool {
    let t = cx.tokens;
    let Some((unit, _)) = tab.time_ago.starting(t, end).find(|(_, m)| m.is_unit()) else { return false };
    // "Rp 110 triliun tahun lalu" is an amount of last year.
    let amount = (i..end).any(|k| cx.tags.any(k, kinds![Scale]))
        || ending_at(cx.tags, i, kinds![Currency], |g| matches!(g, Tag::Currency(_)).then_some(())).is_some();
    if amount {
        return false;
    }
    tab.time_ago.ending(t, i).any(|(_, m)| *m == AgoMark::Before)
        || tab.time_ago.starting(t, end + unit.len()).any(|(_, m)| *m == AgoMark::After)
}

/// "its 18-year history", "a 10-day strike": a number glued by a hyphen
/// to a unit of time ([`crate::lang::Lexicon::time_ago`]) measures how
/// long something lasts; it counts nothing.
fn is_duration(cx: &Ctx, tab: &Table, end: usize) -> bool {
    let after = after_hyphen(cx.tokens, end);
    after != end && tab.time_ago.starting(cx.tokens, after).any(|(_, m)| m.is_unit())
}

/// How far after a percentage a word of a count in progress may stand
/// ("98.51% of the ballot boxes counted").
const PROGRESS_WINDOW: usize = 4;

/// A percentage of a count in progress: "with 98% of the ballot boxes
/// counted", "95,84% das urnas apuradas", "nach Auszählung von 89,45%".
fn is_progress(cx: &Ctx, tab: &Table, i: usize, end: usize) -> bool {
    let t = cx.tokens;
    let Some(pct) = cx.tags.len_of(end, kinds![Percent]) else { return false };
    if tab.progress.ending(t, i).any(|(_, s)| *s == Side::Before) {
        return true;
    }
    let from = end + pct;
    (from..(from + PROGRESS_WINDOW).min(t.len()))
        .take_while(|&k| t.toks[k].kind != Kind::Punct && (k == from || !t.toks[k].newline_before()))
        .any(|k| tab.progress.starting(t, k).any(|(_, s)| *s == Side::After))
}

/// "aged 64", "64-year-old", "un uomo di 64 anni"; not "64 anni di
/// carcere", "più di 20 anni".
fn is_age(cx: &Ctx, tab: &Table, i: usize, end: usize) -> bool {
    let t = cx.tokens;
    let after = after_hyphen(t, end);
    let ending = |k: usize, mark: AgeMark| tab.ages.ending(t, k).any(|(_, m)| *m == mark);
    let starting = |k: usize, mark: AgeMark| tab.ages.starting(t, k).find(|(_, m)| *m == mark).map(|(w, _)| w);
    // "aged between 20 and 40", "de entre 20 y 40 años": the marks stand
    // before the opener of a range.
    let opened = i > 0 && cx.tags.any(i - 1, kinds![RangeOpener]);
    let marked = |mark: AgeMark| ending(i, mark) || (opened && ending(i - 1, mark));
    if marked(AgeMark::Before) || starting(after, AgeMark::After).is_some() || suspended_age(t, tab, end) {
        return true;
    }
    if is_appositive_age(t, i, end) || is_bracketed_age(t, i, end) || is_noun_age(cx, i, end) {
        return true;
    }
    let Some(noun) = starting(end, AgeMark::Noun) else { return false };
    // "mais de 20 anos" is a span of time, not an age.
    let qualified =
        ending_at(cx.tags, i, kinds![Qualifier], |g| matches!(g, Tag::Qualifier(_)).then_some(())).is_some();
    if qualified || !marked(AgeMark::Of) {
        return false;
    }
    // A complement after the noun makes it a duration: "anni di carcere".
    let k = end + noun.len();
    let of = starting(k, AgeMark::Of).map_or(0, |w| w.len());
    let complement = of > 0 && t.toks.get(k + of).is_some_and(|x| x.kind == Kind::Word && x.case == Case::Lower);
    !complement
}

/// How far after a suspended hyphen the compound that completes it may
/// start ("70- und ein 80-Jähriger").
const SUSPENDED_REACH: usize = 4;

/// Whether a number whose hyphen is left open (glued to it, a space after)
/// shares the age of the hyphenated compound that follows it: "Ein 70- und
/// ein 80-Jähriger", "20- bis 30-jährige".
fn suspended_age(t: &Tokens, tab: &Table, end: usize) -> bool {
    let open = t.is_punct(end, '-')
        && t.toks.get(end).is_some_and(|x| !x.space_before())
        && t.toks.get(end + 1).is_some_and(|x| x.space_before());
    open && (end + 1..(end + 1 + SUSPENDED_REACH).min(t.len())).any(|k| {
        t.toks[k].kind == Kind::Number
            && tab.ages.starting(t, after_hyphen(t, k + 1)).any(|(_, m)| *m == AgeMark::After)
    })
}

/// The oldest age an appositive may give.
const AGE_MAX: u32 = 110;

/// Whether the figure at `i..end` is a bare number of digits that may be
/// an age: at most [`AGE_MAX`].
fn small_age(t: &Tokens, i: usize, end: usize) -> bool {
    end == i + 1 && t.raw(i).bytes().all(|b| b.is_ascii_digit()) && side(t, i).is_some_and(|v| v <= AGE_MAX)
}

/// An age in apposition to a full name, in any language: "Jane Rowe, 64,
/// died", "Budi Santoso, 64, tewas": a number of at most [`AGE_MAX`]
/// between commas, right after two capitalized words, with a lowercase
/// word after the second comma. "In Dalby, 30 people died" is no age.
fn is_appositive_age(t: &Tokens, i: usize, end: usize) -> bool {
    let title = |j: usize| t.toks.get(j).is_some_and(|k| k.kind == Kind::Word && k.case == Case::Title);
    let small = small_age(t, i, end);
    small
        && i >= 3
        && t.is_comma(i - 1)
        && title(i - 2)
        && title(i - 3)
        && t.is_comma(end)
        && t.toks.get(end + 1).is_some_and(|k| k.kind == Kind::Word && k.case == Case::Lower)
}

/// An age in apposition to a noun of a person, in any language: "his wife,
/// 77, and their son, 56, died", "a woman, 77, was killed": a bare number
/// of at most [`AGE_MAX`] between commas, right after a lowercase word
/// that is neither a function word nor a toll's or an act's ("the dead,
/// 30, ..."), with a word after the second comma. "In Dalby, 30 people
/// died" has no second comma; "rose to 12, 15 and 30" no word before.
fn is_noun_age(cx: &Ctx, i: usize, end: usize) -> bool {
    let t = cx.tokens;
    let small = small_age(t, i, end);
    let noun = |j: usize| {
        t.toks[j].kind == Kind::Word
            && t.toks[j].case == Case::Lower
            && !cx.lex.is_function_word(t.folded(j))
            && !cx.tags.any(j, kinds![Measure, Predicate, Number, Scale])
    };
    small
        && i >= 2
        && t.is_comma(i - 1)
        && noun(i - 2)
        && t.is_comma(end)
        && t.toks.get(end + 1).is_some_and(|k| k.kind == Kind::Word)
}

/// An age in brackets glued to the person it is of, in any language: "男性(71)",
/// "Jane Rowe(64)": a bare number of at most [`AGE_MAX`] alone between
/// brackets, the opening one glued to a word. "Valencia (92)", with a
/// space, may be a toll per place; "(71人)" names what it counts.
fn is_bracketed_age(t: &Tokens, i: usize, end: usize) -> bool {
    let small = small_age(t, i, end);
    let glued_open = i >= 2 && t.is_open_bracket(i - 1) && !t.toks[i - 1].space_before();
    small && glued_open && t.toks[i - 2].kind == Kind::Word && t.is_close_bracket(end)
}

/// A side of a score: plain digits, at most [`SCORE_MAX`].
fn side(t: &Tokens, j: usize) -> Option<u32> {
    let tok = t.toks.get(j)?;
    let raw = t.raw(j);
    if tok.kind != Kind::Number || raw.len() > 3 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok().filter(|&v| v <= SCORE_MAX)
}

/// Where a score or a tally that starts at token `i` ends: two small
/// numbers joined by a glued hyphen ("3-2", "52-48") or by a joiner word
/// of the language ("3 a 2", "3 zu 2"), with nothing counted after them.
/// A glued pair whose first number is the larger is never a range, so it
/// is a score or a tally wherever it stands; any other pair needs a word
/// of a match nearby ("won", "vinto", "Finale"). Not after a range opener
/// or a qualifier ("entre 3 a 2 mil").
pub(crate) fn score_end(cx: &Ctx, i: usize) -> Option<usize> {
    let t = cx.tokens;
    let first = side(t, i)?;
    let tab = table(cx.lex_data.lang);
    let glued = |k: usize| t.toks.get(k).is_some_and(|x| !x.space_before());
    let (second_at, hyphen) = if (t.is_punct(i + 1, '-') || t.is_punct(i + 1, '–')) && glued(i + 1) && glued(i + 2) {
        (i + 2, true)
    } else {
        let joiner = tab.scores.starting(t, i + 1).find(|(_, m)| *m == ScoreMark::Joiner)?;
        (i + 1 + joiner.0.len(), false)
    };
    let second = side(t, second_at)?;
    let end = second_at + 1;
    let before = ending_at(cx.tags, i, kinds![RangeOpener, Qualifier, Currency], |g| {
        matches!(g, Tag::RangeOpener | Tag::Qualifier(_) | Tag::Currency(_)).then_some(())
    });
    if before.is_some() || counted_after(cx, tab, end) {
        return None;
    }
    (hyphen && first >= second || near_match_word(cx, tab, i, end)).then_some(end)
}

/// Whether a unit, a scale or a noun follows token `end - 1` ("3-2 mil",
/// "10 a 20 seats"); a word of a match does not count ("a 3-2 win").
fn counted_after(cx: &Ctx, tab: &Table, end: usize) -> bool {
    let t = cx.tokens;
    let Some(tok) = t.toks.get(end) else { return false };
    if tok.newline_before() {
        return false;
    }
    if cx.tags.any(end, kinds![Percent, Currency, Scale, Measure, Concept]) || t.is_punct(end, '%') {
        return true;
    }
    let match_word = tab.scores.starting(t, end).any(|(_, m)| *m == ScoreMark::Word);
    let noun = tok.kind == Kind::Word
        && tok.case == Case::Lower
        && cx.tags.at(end).is_empty()
        && !cx.lex.is_function_word(t.folded(end))
        && !cx.lex.is_particle(t.folded(end));
    noun && !match_word
}

/// Whether a word of a match stands within [`SCORE_WINDOW`] tokens of
/// `i..end`, on the same line.
fn near_match_word(cx: &Ctx, tab: &Table, i: usize, end: usize) -> bool {
    let t = cx.tokens;
    let mut lo = i;
    while lo > 0 && i - lo < SCORE_WINDOW && !t.toks[lo].newline_before() {
        lo -= 1;
    }
    let mut hi = end;
    while hi < t.len() && hi - end < SCORE_WINDOW && !t.toks[hi].newline_before() {
        hi += 1;
    }
    (lo..hi).filter(|&k| k < i || k >= end).any(|k| tab.scores.starting(t, k).any(|(_, m)| *m == ScoreMark::Word))
}

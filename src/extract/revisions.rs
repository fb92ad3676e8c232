//! Revised figures: "the toll was revised from 96 to 71", "revisto de 96
//! para 71", "rebajó de 96 a 71", "von 96 auf 71 korrigiert", "die
//! zunächst mit zehn angegebene Zahl ... auf neun revidiert". The new
//! figure is current; the one it replaces is kept, marked superseded, and
//! never read as a range with the new one.
//!
//! Language-independent shapes driven by each lexicon's
//! [`crate::lang::Lexicon::revisions`].

use once_cell::sync::Lazy;

use super::Ctx;
use super::notcounts::{Markers, Words, words};
use crate::lang::{Lang, RevisionMark, Tag, kinds};
use crate::text::{Kind, Tokens};

/// How far (in tokens, on the same line) the verb of a revision may stand
/// from the replaced figure.
const VERB_WINDOW: usize = 15;
/// How far after the replaced figure (past its unit) the new one may start.
const NEW_FIGURE_WINDOW: usize = 6;
/// How far before the replaced figure a word such as "initially" may stand.
const INITIALLY_WINDOW: usize = 3;
/// How far before the replaced figure a word such as "initially" may stand
/// when it opens the clause that reports it ("initially said the death
/// toll was 294", "inicialmente divulgou que o número de mortos seria
/// 294"), no other figure between.
const INITIALLY_SAID_WINDOW: usize = 8;

/// A language's revision phrases, with the words they start and end with
/// ([`Markers`]: a token that starts none is passed over in one look-up).
fn marks(lang: Lang) -> &'static Markers<RevisionMark> {
    static TABLES: Lazy<Vec<Markers<RevisionMark>>> = Lazy::new(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                let list = l.lexicon().revisions.iter().map(|&(p, m)| (words(p, l.lexicon().keep_marks), m));
                Markers::new(list.collect())
            })
            .collect()
    });
    &TABLES[lang.index()]
}

fn of_kind(lang: Lang, m: RevisionMark) -> impl Iterator<Item = &'static Words> {
    marks(lang).list.iter().filter(move |(_, k)| *k == m).map(|(w, _)| w)
}

/// Whether a phrase of the kind `m` starts at token `k`.
fn starts(t: &Tokens, lang: Lang, m: RevisionMark, k: usize) -> bool {
    marks(lang).starting(t, k).any(|(_, mark)| *mark == m)
}

/// The length of a phrase of the kind `m` that ends right before token
/// `k`, if one does.
fn ending(t: &Tokens, lang: Lang, m: RevisionMark, k: usize) -> Option<usize> {
    marks(lang).ending(t, k).find(|(_, mark)| *mark == m).map(|(w, _)| w.len())
}

/// Where a phrase that sets the level of what the figure at `first`
/// counts starts, when one ends right before it or before one function
/// word there ([`RevisionMark::Level`] or [`RevisionMark::To`]): "chegou
/// a 1.305", "subiu para 2.497", "è salito a 2.012", "alcanzan los 2,946".
pub(crate) fn level_mark_before(cx: &Ctx, first: usize) -> Option<usize> {
    let (t, lang) = (cx.tokens, cx.lex.lang);
    let at = |k: usize| {
        [RevisionMark::Level, RevisionMark::To].into_iter().find_map(|m| ending(t, lang, m, k).map(|l| k - l))
    };
    let article = first > 0 && cx.lex.is_function_word(t.folded(first - 1));
    at(first).or_else(|| article.then(|| at(first - 1)).flatten())
}

/// Whether a verb or noun of change, or a phrase of level, starts in
/// tokens `a..b` ([`RevisionMark::Verb`], [`RevisionMark::Level`]):
/// "aumenta la cifra", "chegou a".
pub(crate) fn change_in(cx: &Ctx, a: usize, b: usize) -> bool {
    let (t, lang) = (cx.tokens, cx.lex.lang);
    (a..b).any(|k| starts(t, lang, RevisionMark::Verb, k) || starts(t, lang, RevisionMark::Level, k))
}

/// Whether token `k` ends a sentence or a clause as long: ".", "!", "?", ";".
pub(crate) fn ends_sentence(t: &Tokens, k: usize) -> bool {
    t.toks[k].kind == Kind::Punct && matches!(t.raw(k), "." | "!" | "?" | ";")
}

/// Whether a number (digits or a number word) starts at token `j`.
fn number_at(cx: &Ctx, j: usize) -> bool {
    cx.tokens.toks.get(j).is_some_and(|t| t.kind == Kind::Number) || cx.tags.any(j, kinds![Number])
}

/// The tokens from `i` going `dir` while on the line of `i`, at most `n`.
fn on_line(t: &Tokens, i: usize, n: usize, back: bool) -> std::ops::Range<usize> {
    if back {
        let mut lo = i;
        while lo > 0 && i - lo < n && !t.toks[lo].newline_before() {
            lo -= 1;
        }
        lo..i
    } else {
        let mut hi = i;
        while hi < t.len() && hi - i < n && (hi == i || !t.toks[hi].newline_before()) {
            hi += 1;
        }
        i..hi
    }
}

/// Whether the number starting at token `i` is a figure that a revision
/// replaces: after a "from" word ("from 96 to 71") or shortly after an
/// "initially" word ("zunächst mit zehn angegebene ... auf neun"), with a
/// "to" word and a new figure after it (or, for "from", before it: "to
/// 71 from 96"), and a verb of revision on the line nearby.
pub(crate) fn is_superseded(cx: &Ctx, i: usize) -> bool {
    if cx.lex_data.verb_final && is_superseded_postposed(cx, i) {
        return true;
    }
    let t = cx.tokens;
    let lang = cx.lex_data.lang;
    // Past the figure's own qualifier or currency: "da oltre 1,8
    // miliardi", "from $5 million".
    let lead = |g| matches!(g, Tag::Qualifier(_) | Tag::Currency(_)).then_some(());
    let qualified = super::ending_at(cx.tags, i, kinds![Qualifier, Currency], lead);
    let from_at = |k: usize| ending(t, lang, RevisionMark::From, k).is_some();
    let from = from_at(i) || qualified.is_some_and(|(_, s)| from_at(s));
    // "le bilan était de 294 morts": the "de" is no "from" when a word
    // such as "initially" stands before it, and the new figure may be far.
    let initially = initially_before(cx, i);
    if !from && !initially {
        return false;
    }
    // The new figure is another figure than this one ("se ha elevado a
    // cerca de 11.300": the "de" ending the qualifier is no "from").
    let to_figure = |k: usize| new_figure_after(cx, k).is_some_and(|n| n != i);
    let after = on_line(t, i + 1, if initially { VERB_WINDOW } else { NEW_FIGURE_WINDOW }, false).any(to_figure);
    let before = from && on_line(t, i.saturating_sub(1), NEW_FIGURE_WINDOW, true).any(to_figure);
    if !after && !before {
        return false;
    }
    let verb = |k: usize| starts(t, lang, RevisionMark::Verb, k);
    on_line(t, i, VERB_WINDOW, true).any(verb) || past_asides(t, i + 1, VERB_WINDOW).any(verb)
}

/// Whether a word such as "initially" stands before the figure at token
/// `i`: at most [`INITIALLY_WINDOW`] tokens back, or
/// [`INITIALLY_SAID_WINDOW`] with no figure and no sentence end between.
fn initially_before(cx: &Ctx, i: usize) -> bool {
    let (t, lang) = (cx.tokens, cx.lex_data.lang);
    let back = on_line(t, i, INITIALLY_SAID_WINDOW + 1, true).rev();
    back.take_while(|&k| !ends_sentence(t, k) && (k + INITIALLY_WINDOW + 1 >= i || !number_at(cx, k)))
        .any(|k| starts(t, lang, RevisionMark::Initially, k))
}

/// The tokens from `i` forward on its line, at most `n` of them outside
/// brackets: an aside does not part a figure from its verb ("von 500
/// Milliarden Yen auf 150 Milliarden Yen (umgerechnet rund 905 Millionen
/// Euro) nach unten korrigiert").
fn past_asides<'a>(t: &'a Tokens<'_>, i: usize, n: usize) -> impl Iterator<Item = usize> + 'a {
    let (mut depth, mut counted) = (0usize, 0usize);
    (i..t.len()).take_while(move |&k| {
        if k > i && t.toks[k].newline_before() {
            return false;
        }
        match t.raw(k) {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            _ if depth == 0 => counted += 1,
            _ => {}
        }
        counted <= n
    })
}

/// Where the verb ends the clause and "from" and "to" are particles after
/// their figures ([`crate::lang::Lexicon::verb_final`]): "사망자가 3만
/// 명에서 5만 명으로 늘었다". The figure at `i` is replaced when a word
/// ending with a "from" particle follows it closely, then a new figure
/// and a word ending with a "to" particle, then a verb of revision.
fn is_superseded_postposed(cx: &Ctx, i: usize) -> bool {
    let t = cx.tokens;
    let lang = cx.lex_data.lang;
    let particle_of = |k: usize, mark: RevisionMark| {
        let w = t.folded(k);
        t.toks[k].kind == Kind::Word
            && of_kind(lang, mark).any(|m| m.len() == 1 && w.ends_with(m[0].as_str()) && cx.lex.is_particle(&m[0]))
    };
    let Some(from) = on_line(t, i + 1, INITIALLY_WINDOW + 1, false).find(|&k| particle_of(k, RevisionMark::From))
    else {
        return false;
    };
    let Some(new) = on_line(t, from + 1, 2, false).find(|&k| number_at(cx, k)) else { return false };
    let Some(to) = on_line(t, new + 1, INITIALLY_WINDOW + 1, false).find(|&k| particle_of(k, RevisionMark::To)) else {
        return false;
    };
    let verb = |k: usize| starts(t, lang, RevisionMark::Verb, k);
    on_line(t, to + 1, TO_VERB_WINDOW, false).any(verb)
}

/// Whether the figure `b` (its first token `b_first`) is the level a
/// lowering reaches from the figure `a` right before it: a "from" word
/// ends right before `a`, a "to" word is all that parts them, and `a` is
/// the larger ("réduire ses effectifs de 10 000 à 8 000", "von 34 auf 24
/// Prozent"). A rising pair is rather a range ("de 2 000 à 3 000"). One
/// word may stand after the "from" word ("von derzeit 11,5 Millionen
/// Tonnen"), and [`LOWERED_GAP`] words after `a` ("pro Jahr auf bis zu
/// 8,7 Millionen Tonnen").
pub(crate) fn is_lowered_to(cx: &Ctx, a: (usize, usize, f64), b: (usize, f64)) -> bool {
    let t = cx.tokens;
    let lang = cx.lex_data.lang;
    let ((a_first, a_last, a_value), (b_first, b_value)) = (a, b);
    let word = |k: usize| t.toks[k].kind == Kind::Word;
    let from = ending(t, lang, RevisionMark::From, a_first).is_some()
        || (a_first > 0 && word(a_first - 1) && ending(t, lang, RevisionMark::From, a_first - 1).is_some());
    let to = (a_last..=(a_last + LOWERED_GAP).min(b_first))
        .filter(|&k| (a_last..k).all(word))
        .any(|k| marks(lang).starting(t, k).any(|(w, m)| *m == RevisionMark::To && k + w.len() == b_first));
    from && to && a_value > b_value
}

/// How many words may stand between the level a lowering goes from and
/// its "to" word ("11,5 Millionen Tonnen pro Jahr auf ...").
const LOWERED_GAP: usize = 2;

/// Whether the figure starting at `b_first` (of value `b_value`) is the
/// level a lowering reaches from a bare number right before it, which
/// shares its unit and scale: "del 34 al 24 por ciento", "von 11,5 auf
/// knapp 9 Millionen Tonnen". The bare number is plain digits, with at
/// most the language's decimal mark; a "from" word ends right before it.
/// It is compared with the digits of the figure where they come first
/// (the scale after them is the two numbers'), else with its value.
pub(crate) fn is_lowered_from_bare(cx: &Ctx, b_first: usize, b_value: f64) -> bool {
    let t = cx.tokens;
    let lang = cx.lex_data.lang;
    let Some(to) = ending(t, lang, RevisionMark::To, b_first) else { return false };
    let Some(a) = b_first.checked_sub(to + 1) else { return false };
    if ending(t, lang, RevisionMark::From, a).is_none() {
        return false;
    }
    let plain = |k: usize| {
        let raw = t.raw(k);
        let decimal = cx.lex_data.decimal;
        let digits = raw.chars().all(|c| c.is_ascii_digit() || c == decimal) && raw.matches(decimal).count() <= 1;
        if t.toks[k].kind != Kind::Number || !digits {
            return None;
        }
        // Only a number with a decimal comma is rewritten to be parsed.
        if decimal != '.' && raw.contains(decimal) {
            raw.replace(decimal, ".").parse::<f64>().ok()
        } else {
            raw.parse::<f64>().ok()
        }
    };
    // The figure's own digits, past a qualifier of at most two words.
    let level = (b_first..(b_first + 3).min(t.len())).find_map(plain).unwrap_or(b_value);
    plain(a).is_some_and(|v| v > level)
}

/// How far before a "to" word its verb of change may stand ("выросло в
/// Валенсии до 217").
const TO_VERB_WINDOW: usize = 4;

/// Whether the words starting at token `s`, read as a qualifier, are rather
/// the "to" of a change: a "to" word with a verb of change just before it.
/// Russian writes "up to" and "to" alike: "до 2000 рабочих мест" is at
/// most 2000, "число погибших выросло до 217" is 217.
pub(crate) fn is_change_to(cx: &Ctx, s: usize) -> bool {
    let t = cx.tokens;
    let lang = cx.lex_data.lang;
    starts(t, lang, RevisionMark::To, s)
        && on_line(t, s, TO_VERB_WINDOW + 1, true).any(|k| starts(t, lang, RevisionMark::Verb, k))
}

/// How far before a toll's figure a word that makes it an earlier one may
/// stand ("Previously, officials had reported four deaths").
const EARLIER_WINDOW: usize = 6;

/// How far before a toll's figure a word such as "initially" may open its
/// sentence ([`opened_by_initially`]).
const INITIALLY_OPENS: usize = 16;

/// Whether a word that makes a toll an earlier one ([`RevisionMark::Earlier`])
/// stands before the figure at token `i` in its sentence, at most
/// [`EARLIER_WINDOW`] tokens back: "Zuvor wurden vier Todesfälle gemeldet".
/// The document's later toll replaces it. Only for tolls, running totals:
/// "previously, Acme cut 500 jobs" is a past act, not a replaced figure.
pub(crate) fn is_earlier_toll(cx: &Ctx, i: usize) -> bool {
    let t = cx.tokens;
    let lang = cx.lex_data.lang;
    on_line(t, i, EARLIER_WINDOW + 1, true)
        .rev()
        .take_while(|&k| !ends_sentence(t, k))
        .any(|k| starts(t, lang, RevisionMark::Earlier, k))
        || opened_by_initially(cx, i)
}

/// Whether a word such as "initially" ([`RevisionMark::Initially`]), or
/// a word of an earlier toll ([`RevisionMark::Earlier`]) past an article, opens
/// the sentence of the figure at token `i`, at most [`INITIALLY_OPENS`]
/// tokens back, and the figure is no new level ("Inicialmente, el
/// servicio de seguridad (FSB) había reportado 40 muertos"; not the 120
/// of "Inizialmente ... 96 vittime, ma successivamente il bilancio è
/// salito a 120"): the sentence tells a toll the document's later one
/// replaces.
fn opened_by_initially(cx: &Ctx, i: usize) -> bool {
    let (t, lang) = (cx.tokens, cx.lex_data.lang);
    let back = on_line(t, i, INITIALLY_OPENS + 1, true);
    let Some(start) = back.rev().take_while(|&k| !ends_sentence(t, k)).last() else { return false };
    let opens = start == 0 || ends_sentence(t, start - 1) || t.toks[start].newline_before();
    // "O balanço anterior de mortes divulgado pelas autoridades foi de
    // 125", "Un précédent décompte faisait état de 125 décès": an earlier
    // toll's noun opening the sentence, past its article.
    let earlier = (start..(start + 2).min(i)).any(|k| starts(t, lang, RevisionMark::Earlier, k));
    opens && (starts(t, lang, RevisionMark::Initially, start) || earlier) && !is_new_level(cx, i, i + 1)
}

/// Whether the figure starting at token `first` is the new level of a
/// change: a "to" word right before it and a verb of change on the line
/// shortly before that word ("the death toll has risen to five", "il
/// bilancio è salito a sei") or right after the figure ("ist auf sechs
/// gestiegen"); or a phrase of a level right before it ("the death toll
/// held steady at nine", [`RevisionMark::Level`]). The level of what
/// changed, or stands, is what the figure counts.
pub(crate) fn is_new_level(cx: &Ctx, first: usize, end: usize) -> bool {
    let t = cx.tokens;
    let lang = cx.lex_data.lang;
    if ending(t, lang, RevisionMark::Level, first).is_some() {
        return true;
    }
    let Some(w) = ending(t, lang, RevisionMark::To, first) else { return false };
    let to = first - w;
    let verb_after = end < t.len() && starts(t, lang, RevisionMark::Verb, end);
    verb_after
        || on_line(t, to, TO_VERB_WINDOW + 1, true).any(|k| starts(t, lang, RevisionMark::Verb, k))
        || on_line(t, to, TOLL_TO_WINDOW + 1, true).any(|k| toll_noun_at(cx, k))
}

/// How far before a "to" word a toll's noun may stand and make the figure
/// after it the toll's new level, past the place or cause it is of ("raised
/// the death toll in the country to six", "bring the overall death toll
/// from the storm to seven").
const TOLL_TO_WINDOW: usize = 6;

/// Whether a toll's noun or verb starts at token `j` ("death toll").
fn toll_noun_at(cx: &Ctx, j: usize) -> bool {
    cx.tags
        .find(j, kinds![Measure, Predicate], |g| match g {
            Tag::Measure(p) | Tag::Predicate(p) if p.is_toll() => Some(()),
            _ => None,
        })
        .is_some()
}

/// How far before a "by" word its verb of change may stand ("sank die
/// Zahl der Mitarbeiter um 7.000").
const BY_VERB_WINDOW: usize = 6;

/// Whether the figure at token `i` is a toll's earlier figure that a
/// change by an amount revises later in its sentence: a verb of revision
/// within [`VERB_WINDOW`] tokens after it, a toll's noun right
/// after the verb ([`BY_VERB_WINDOW`] tokens at most), then the amount
/// ("killed at least 10 people ..., but on Tuesday they revised the death
/// toll down by one"). A toll is a running total: the figure before the
/// change is no longer current. Other measures are not (a revenue before
/// a forecast revised by an amount is another figure).
pub(crate) fn is_revised_by(cx: &Ctx, i: usize) -> bool {
    let t = cx.tokens;
    let lang = cx.lex_data.lang;
    let stop = |k: &usize| ends_sentence(t, *k);
    let revised = |k: usize| {
        let after = k + 1..(k + 2 + BY_VERB_WINDOW).min(t.len());
        after.clone().any(|j| toll_noun_at(cx, j)) && after.clone().any(|j| number_at(cx, j) && is_change_by(cx, j))
    };
    on_line(t, i + 1, VERB_WINDOW, false)
        .take_while(|k| !stop(k))
        .any(|k| starts(t, lang, RevisionMark::Verb, k) && revised(k))
}

/// Whether a "by" word ends right before token `first` ("by 9,000",
/// "de 9 000", "um 9.000").
pub(crate) fn by_before(cx: &Ctx, first: usize) -> bool {
    ending(cx.tokens, cx.lex_data.lang, RevisionMark::By, first).is_some()
}

/// How many words telling when may stand between a verb of change and a
/// percentage right after it ("cayó hoy un 2,8 %", "caiu ontem 3%").
const CHANGE_TIME_GAP: usize = 3;

/// Whether the percentage whose first token (qualifier included) is
/// `first` is the amount of a change told without a "by": a verb of change
/// right before it, or only words of time between ("shares fell 2.8%",
/// "caiu hoje 2,8%"). A level takes a "to" word ("rose to 45%").
pub(crate) fn is_percent_change(cx: &Ctx, first: usize) -> bool {
    let (t, lang) = (cx.tokens, cx.lex_data.lang);
    let timely = |j: usize| cx.tags.any(j, kinds![Relative]) || crate::extract::subjects::is_weekday(cx, j);
    let from = first.saturating_sub(CHANGE_TIME_GAP);
    let mut at = first;
    while at > from && ending(t, lang, RevisionMark::Verb, at).is_none() && timely(at - 1) {
        at -= 1;
    }
    ending(t, lang, RevisionMark::Verb, at).is_some()
}

/// Whether the figure `first..last` (qualifier included) is the amount of
/// a change told without a "by": a verb of change right before it and a
/// "to" word and the new level right after it ("dropped 3.8% to 1.59
/// million vehicles", "fell almost 3% to about 449,000", "tumbled 85
/// percent to 32.9 billion yen").
pub(crate) fn is_change_before_to(cx: &Ctx, first: usize, last: usize) -> bool {
    let t = cx.tokens;
    let lang = cx.lex_data.lang;
    let verb = ending(t, lang, RevisionMark::Verb, first).is_some();
    verb && new_figure_after(cx, last).is_some()
}

/// Where the new figure starts when a "to" word starts at token `k` and a
/// number follows it, perhaps past its qualifier ("to 71", "a poco più di
/// 100 milioni"): the number's token.
pub(crate) fn new_figure_after(cx: &Ctx, k: usize) -> Option<usize> {
    let (t, lang) = (cx.tokens, cx.lex_data.lang);
    let (w, _) = marks(lang).starting(t, k).find(|(_, m)| *m == RevisionMark::To)?;
    // Past an opening quotation mark: "revised the total to "more than 240"".
    let at = k + w.len();
    let at = if at < t.len() && opens_quote(t.raw(at)) { at + 1 } else { at };
    // Past a qualifier and a currency: "to about $8 million".
    let past = |k: usize| cx.tags.len_of(k, kinds![Qualifier, Currency]).map(|l| k + l);
    std::iter::successors(Some(at), |&k| past(k)).take(3).find(|&n| number_at(cx, n))
}

/// Whether a token may open a quotation around a revision's new figure.
fn opens_quote(raw: &str) -> bool {
    matches!(raw, "\"" | "“" | "«" | "„")
}

/// Whether a "to" word of a revision ends right before the figure whose
/// first token (qualifier included) is `first`, or before an opening
/// quotation mark right before it ("revised the total to "more than
/// 240"", "revisou o total para "mais de 240"").
pub(crate) fn is_new_figure(cx: &Ctx, first: usize) -> bool {
    let t = cx.tokens;
    let quoted = first > 0 && opens_quote(t.raw(first - 1));
    let at = if quoted { first - 1 } else { first };
    ending(t, cx.lex_data.lang, RevisionMark::To, at).is_some()
}

/// Whether the figure whose first token (qualifier included) is `first`
/// is the amount of a change: a "by" word right before it and a verb of
/// change shortly before that on the line ("fell by 7,000", "stieg um rund
/// 200", "naik sebesar 5%"). That figure is a difference, not a level.
pub(crate) fn is_change_by(cx: &Ctx, first: usize) -> bool {
    let t = cx.tokens;
    let lang = cx.lex_data.lang;
    let Some(by) = ending(t, lang, RevisionMark::By, first) else { return false };
    let at = first - by;
    on_line(t, at, BY_VERB_WINDOW + 1, true).any(|k| starts(t, lang, RevisionMark::Verb, k))
}

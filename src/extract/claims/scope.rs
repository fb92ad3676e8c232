//! Scope: what belongs to which clause.
//!
//! A sentence is split into clauses at clause breaks, semicolons, colons and
//! parentheses, and each clause into conjuncts at coordinators ("41 people
//! died and 90 were injured"). A conjunct with a verb of its own is a clause
//! of its own; one without joins its neighbour ("ordered 100 chips and 200
//! servers"), but when it has words of its own besides names, figures and
//! times ("and another 90 were taken to hospital"), its figures go to no
//! verb outside it.
//!
//! Inside a sentence, quotations and relative clauses (from ", which" to
//! the next comma) are islands: a negation, a denial, a modal word, a time
//! or a figure inside one belongs to what is said inside it, never to a
//! verb outside it ("Acme, which had no debt, bought Globex"). An "according
//! to" phrase is no island: its source is an attribution, never a subject,
//! an object or a figure (see `attribution`), and a hedge inside it
//! ("according to unconfirmed reports") bears on the claim.
//!
//! A modal word of a request, a hedge or a report whose clause has no verb
//! after it governs the next clause ("could not confirm | that 41 people
//! died", "pediu | que o fornecedor enviasse"); a conjunct that starts with its verb shares the modality of
//! the conjunct before it ("plans to buy Globex and close two plants").

use super::sentence::Clause;
use super::{Doc, Trigger, starting_in, window};
use crate::extract::notcounts::{Words, starts_at, words_per_language};
use crate::extract::{numbers, time};
use crate::lang::{Kinds, Tag, kinds};
use crate::schema::{Concept, Modality, Predicate, Qualifier, TimeRef, TimeRelation, TimeValue};
use crate::text::{Case, Kind, Sentence};
use once_cell::sync::Lazy;

/// How far after a disaster's noun a time may date it (see `dates_event`).
const EVENT_DATE_AFTER: usize = 12;

/// How far after a disaster's noun a time may date it within a relative
/// clause of that noun ("le séisme de magnitude 7,8 qui a secoué la
/// Belmora et la Lamora lundi 6 février").
const EVENT_DATE_IN_RELATIVE: usize = 16;

/// How far before a disaster's noun a time may date it.
const EVENT_DATE_BEFORE: usize = 6;

/// How many words of its own, beyond times and function words, make a
/// fragment with neither verb nor figure tell of another event: a subject
/// and a verb at least ("because the company kept transferring data").
const ASIDE_WORDS: usize = 2;

/// How long the subject of a toll before its restrictive relative clause
/// may be ("O número de vítimas fatais decorrentes do forte terremoto").
const TOLL_SUBJECT_WORDS: usize = 14;
/// How long that relative clause may be, up to the main verb's phrase.
const RELATIVE_WORDS: usize = 24;
/// How far into a clause the noun of a toll that is its subject may stand
/// ("O número de mortos", "Il numero dei morti", "Los muertos").
const TOLL_SUBJECT_REACH: usize = 4;

/// A span of a sentence whose words bear on nothing outside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Island {
    /// The first token.
    pub start: usize,
    /// The token after the last one.
    pub end: usize,
    /// Whether its figures go to no verb outside it either: only an island
    /// with a predicate word of its own (or an isolated conjunct) binds them,
    /// since a quotation or a relative clause without one may be the
    /// object of the verb outside it ("would cut \"up to 2,000\" jobs";
    /// "die Veranstalter sprachen von 60.000").
    pub binds_figures: bool,
}

impl Island {
    /// Whether it holds token `i`.
    pub fn holds(&self, i: usize) -> bool {
        self.start <= i && i < self.end
    }
}

/// A clause as the splitter finds it.
pub(super) struct Span {
    /// The first token.
    pub start: usize,
    /// The token after the last one.
    pub end: usize,
    /// Whether a coordinator opens it: a conjunct with a verb of its own.
    pub coordinated: bool,
    /// Conjuncts without a verb, with words of their own, merged into it.
    pub isolated: Vec<Island>,
    /// The clause it is a conjunct of (itself when it has no sibling).
    pub whole: (usize, usize),
}

/// Whether a token is a double quotation mark (single ones double as apostrophes).
fn is_double_quote(raw: &str) -> bool {
    matches!(raw, "\"" | "“" | "”" | "„" | "«" | "»")
}

/// The opening quotation marks and the marks that may close each.
fn closers(open: &str) -> Option<&'static [&'static str]> {
    Some(match open {
        "\"" => &["\""],
        "“" => &["”", "“"],
        "„" => &["“", "”"],
        "«" => &["»"],
        _ => return None,
    })
}

/// Whether token `i` opens brackets that hold a name's short form: one
/// word in capitals, the initials of the capitalized words right before
/// ("Confederación General del Trabajo (CGT)", "Acme Rights Commission
/// (ARC)"; lowercase particles between them skipped).
pub(super) fn short_form_at(cx: &crate::extract::Ctx, i: usize) -> bool {
    let t = cx.tokens;
    let acronym = |k: usize| t.toks[k].kind == Kind::Word && t.toks[k].case == crate::text::Case::Upper;
    if i == 0 || i + 2 >= t.len() || !t.is_open_bracket(i) || !acronym(i + 1) || !t.is_close_bracket(i + 2) {
        return false;
    }
    // Where names are written without capitals (Hangul, Han, kana), a
    // Latin acronym bracketed right after a word, with a particle glued
    // after it, is its short form: "유럽연합(EU)은", "세계보건기구(WHO)는".
    // Not before a source's phrase ("管理局(DINE)によると"), which stays a
    // clause apart.
    let uncased =
        t.raw(i - 1).chars().next().is_some_and(|c| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase());
    let particle = i + 3 < t.len() && !t.toks[i + 3].space_before() && cx.lex_data.particles.contains(&t.folded(i + 3));
    let source = (i + 3..(i + 5).min(t.len())).any(|j| cx.tags.any(j, kinds![AccordingTo]));
    if t.toks[i - 1].kind == Kind::Word && uncased && !t.toks[i].space_before() && particle && !source {
        return true;
    }
    let letters: Vec<char> = t.raw(i + 1).chars().collect();
    // The initials of the name's words, last first, read back from the bracket.
    let mut k = i;
    let mut initials = Vec::with_capacity(letters.len());
    while k > 0 && initials.len() < letters.len() && i - k <= SHORT_FORM_REACH {
        k -= 1;
        let tok = t.toks[k];
        match tok.case {
            _ if tok.kind != Kind::Word => return false,
            crate::text::Case::Lower if cx.lex.is_function_word(t.folded(k)) => continue,
            crate::text::Case::Lower => return false,
            _ => initials.push(t.raw(k).chars().next().unwrap_or(' ')),
        }
    }
    initials.len() == letters.len() && letters.iter().rev().zip(&initials).all(|(a, b)| a == b)
}

/// How many words back from its brackets a name's short form may reach
/// ([`short_form_at`]).
const SHORT_FORM_REACH: usize = 10;

/// The closing mark of a German opening "»" at token `i` (see
/// [`crate::text::opens_inward`]).
fn german_opening(t: &crate::text::Tokens, i: usize) -> Option<&'static [&'static str]> {
    (t.raw(i) == "»" && crate::text::opens_inward(t, i)).then_some(&["«"])
}

impl Doc<'_, '_> {
    /// Splits a sentence into clauses at clause breaks, semicolons, colons
    /// and parentheses, then each clause into conjuncts.
    /// `sk`: the kinds of the phrases that start in the sentence.
    pub(super) fn clauses(
        &self,
        s: Sentence,
        sk: Kinds,
        qs: &[numbers::Mention],
        times: &[time::Mention],
    ) -> Vec<Span> {
        let mut asides = Vec::new();
        let spans = self.break_spans(s, sk, qs, &mut asides);
        let mut out: Vec<Span> = spans.into_iter().flat_map(|(a, b)| self.conjuncts(a, b, qs, times)).collect();
        // Both in text order: one pass.
        let mut k = 0;
        for x in asides.into_iter().filter(|x| self.tells_more_than_time(*x, times)) {
            while k < out.len() && out[k].end < x.end {
                k += 1;
            }
            if let Some(span) = out.get_mut(k).filter(|sp| sp.start <= x.start) {
                span.isolated.push(x);
            }
        }
        out
    }

    /// Whether a fragment holds [`ASIDE_WORDS`] words of its own past its
    /// break word, beyond times and function words: "karena perusahaan
    /// terus mentransfer data ... tahun 2020" tells of another event,
    /// "sejak tahun 2022" only dates the clause it joins.
    fn tells_more_than_time(&self, x: Island, times: &[time::Mention]) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let from = x.start + cx.tags.len_of(x.start, kinds![ClauseBreak]).unwrap_or(1);
        // The fragment's own times only: linear in the document.
        let own_times = starting_in(times, |m| m.first, x.start, x.end);
        let in_time = |j: usize| own_times.iter().any(|m| m.first <= j && j < m.last);
        let own = |&j: &usize| t.toks[j].kind == Kind::Word && !in_time(j) && !cx.lex.is_function_word(t.folded(j));
        (from..x.end).filter(own).nth(ASIDE_WORDS - 1).is_some()
    }

    /// Whether the relative pronoun at token `i` opens a part of the
    /// figure before it that is kept as a claim of its own, with no verb
    /// of its own ("50 morts, dont douze enfants", "dont 20 à Lamora"): a
    /// part marker right before a number, a group of people or a named
    /// place after it, and no predicate or measure before the next
    /// punctuation mark. No clause of its own: the part shares the
    /// figure's act. One with a verb ("dont 30 ont été tués à Lamora") is
    /// a clause, as is a part of nothing in particular.
    fn opens_part(&self, i: usize) -> bool {
        let (cx, t, tags) = (self.cx, self.cx.tokens, self.cx.tags);
        let number = |j: usize| t.toks[j].kind == Kind::Number || tags.any(j, kinds![Number]);
        let end = (i + 1..t.len()).find(|&j| t.toks[j].kind == Kind::Punct).unwrap_or(t.len());
        let group = |j: usize| {
            tags.find(j, kinds![Concept], |g| match g {
                Tag::Concept(k) => Some(Concept::is_group(k.as_str())),
                _ => None,
            })
            .is_some_and(|(g, _)| g)
        };
        (i + 1..(i + 4).min(end)).any(|j| number(j) && cx.lex.part_before(t, j))
            && !(i..end).any(|j| tags.any(j, kinds![Predicate, Measure]))
            && (i..end).any(|j| group(j) || numbers::at_named_place(cx, j) || numbers::at_area(cx, j))
    }

    /// Splits a sentence at clause breaks, semicolons, colons and parentheses
    /// (`sk`: the sentence's phrase kinds; a kind it has none of is not looked up).
    /// An amount's conversion in brackets ("18億ユーロ(約2900億円)の制裁金")
    /// is no clause: the amount and its noun stay together.
    ///
    /// A fragment a break word opens that has neither verb nor figure
    /// joins the clause before it but stays an island there, into
    /// `asides`: it tells why or when something else happened, and its
    /// time and names are its own ("was fined $1 billion | because it kept
    /// transferring data despite a ruling in 2020").
    fn break_spans(
        &self,
        s: Sentence,
        sk: Kinds,
        qs: &[numbers::Mention],
        asides: &mut Vec<Island>,
    ) -> Vec<(usize, usize)> {
        let cx = self.cx;
        let (breaks, relatives) = (sk.meets(kinds![ClauseBreak]), sk.meets(kinds![RelativePronoun]));
        let mut out = Vec::new();
        let mut start = s.start;
        let mut i = s.start;
        let mut relative_open = false;
        while i < s.end {
            // "Acme, which Globex bought, sold 100 jets": the relative clause
            // ends at the comma before the main verb.
            if relative_open && self.ends_relative(start, i) {
                out.push((start, i + 1));
                start = i + 1;
                relative_open = false;
            }
            let brk = if breaks { cx.tags.len_of(i, kinds![ClauseBreak]) } else { None };
            let brk = brk.filter(|_| !in_periphrasis(cx, i));
            // A relative pronoun after a comma opens a clause about the name before it.
            let relative = relatives
                && i > start
                && cx.tags.any(i, kinds![RelativePronoun])
                && cx.tokens.is_punct(i - 1, ',')
                && !self.opens_part(i);
            relative_open = relative || (relative_open && brk.is_none());
            let brk = brk.or(relative.then_some(1));
            // "O número de mortos no terremoto que atingiu o Marrocos
            // chegou a 1.305": the toll's subject goes on past its
            // relative clause, an island in it.
            if let Some(end) = brk.and_then(|_| self.restrictive_relative(start, i, qs)) {
                asides.push(Island { start: i, end, binds_figures: false });
                i = end;
                continue;
            }
            if let Some(next) = unbroken_bracket(cx, qs, i) {
                i = next;
                continue;
            }
            let punct = cx.tokens.toks[i].kind == Kind::Punct && matches!(cx.tokens.raw(i), ";" | ":" | "(" | ")");
            if (brk.is_some() || punct) && i > start {
                out.push((start, i));
                start = i;
            }
            // "사망자는 없었고 | 6명이 다쳤다": a verb with a conjunctive ending closes its clause.
            if brk.is_none() && i + 1 < s.end && self.closes_clause(i) {
                out.push((start, i + 1));
                start = i + 1;
            }
            i += brk.unwrap_or(1);
        }
        if start < s.end {
            out.push((start, s.end));
        }
        self.join_verbless(out, qs, asides)
    }

    /// The spans of [`Doc::break_spans`] with each fragment that has no
    /// verb of its own joined to the clause before it: "erhielt | aber nur
    /// 8", "n'a reçu | que 30 000 doses". One a break word opens with no
    /// figure stays an island there, into `asides`.
    fn join_verbless(
        &self,
        spans: Vec<(usize, usize)>,
        qs: &[numbers::Mention],
        asides: &mut Vec<Island>,
    ) -> Vec<(usize, usize)> {
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
        for c in spans {
            match merged.last_mut() {
                Some(last) if !self.has_verb(c.0, c.1) && self.has_verb(last.0, last.1) && self.elliptical(c, qs) => {
                    let figure = !starting_in(qs, |q| q.first, c.0, c.1).is_empty();
                    if !figure && self.cx.tags.any(c.0, kinds![ClauseBreak]) {
                        asides.push(Island { start: c.0, end: c.1, binds_figures: false });
                    }
                    last.1 = c.1
                }
                _ => merged.push(c),
            }
        }
        merged
    }

    /// Where a relative clause opened at token `i` with no comma before it
    /// ends, when the clause from `start` is a toll's subject so far: no
    /// verb, no figure, a toll's noun within its first
    /// [`TOLL_SUBJECT_REACH`] tokens ("O número de mortos no terremoto
    /// que atingiu o Marrocos ... chegou a 1.305", "Il numero delle
    /// vittime del terremoto che ha colpito il Marocco è salito a 2.012").
    /// It ends where the phrase that sets the level of the next figure
    /// starts ([`revisions::level_mark_before`]), or its qualifier, past
    /// the relative's own words: the main clause goes on there.
    fn restrictive_relative(&self, start: usize, i: usize, qs: &[numbers::Mention]) -> Option<usize> {
        let (cx, t) = (self.cx, self.cx.tokens);
        let verbless = || !self.has_verb(start, i) && !crate::extract::revisions::change_in(cx, start, i);
        // Bounded spans: a short subject, a relative clause of a few words.
        let short = i > start && i - start <= TOLL_SUBJECT_WORDS;
        if !short || t.is_comma(i - 1) || !cx.tags.any(i, kinds![RelativePronoun]) || !verbless() {
            return None;
        }
        let k = qs.partition_point(|q| q.first < start);
        let next = qs.get(k)?;
        let toll_noun = |j: usize| cx.tags.has(j, kinds![Measure], |g| matches!(g, Tag::Measure(p) if p.is_toll()));
        // The toll's noun opens the clause, past the word that opens it: its subject.
        let from = start + cx.tags.len_of(start, kinds![ClauseBreak]).unwrap_or(0);
        if next.first < i || !(from..i.min(from + TOLL_SUBJECT_REACH)).any(toll_noun) {
            return None;
        }
        // Or the qualifier that opens the figure: "ultrapassou a marca de 2,9 mil".
        let qualified = (next.first < next.number_at).then_some(next.first);
        let mark = crate::extract::revisions::level_mark_before(cx, next.first).or(qualified)?;
        let clear = mark > i + 1 && mark - i <= RELATIVE_WORDS && !(i..mark).any(|j| t.is_comma(j));
        clear.then_some(mark)
    }

    /// Whether the verbless fragment `c` belongs to the clause before it.
    /// It does when it opens with a relative pronoun (it tells of a name
    /// or noun before it: "Norvik, qui a payé 12,7 milliards", "uma
    /// demissão que deve atingir 15 mil"), when a verb of saying tells of
    /// a voice's figure ("a empresa fala em cerca de 5 mil"), or when no
    /// word no lexicon knows (or knows only as a noun) stands after a
    /// function word before its first figure: it leaves its verb out
    /// ("aber nur 8", "que 30 000 doses", "а в Бенгази — 100"). Else a
    /// common noun no lexicon knows opens a clause of its own whose verb
    /// no lexicon knows either: "murió | después de que un edificio de 24
    /// plantas se derrumbase" (the storeys are no toll). Where a token is
    /// a syllable ([`crate::lang::Lexicon::syllabic`]) nothing tells.
    fn elliptical(&self, c: (usize, usize), qs: &[numbers::Mention]) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let k = qs.partition_point(|q| q.first < c.0);
        let Some(q) = qs.get(k).filter(|q| q.first < c.1) else {
            return true;
        };
        if cx.lex_data.syllabic
            || cx.tags.any(c.0, kinds![RelativePronoun])
            || (c.0..q.first).any(|j| cx.tags.any(j, kinds![Reporting]))
        {
            return true;
        }
        // Past a function word of the fragment's own ("un edificio", "a
        // bus"): "aber deutlich unter ... 81%" is an adverb right after
        // the break.
        let article =
            |j: usize| j > c.0 && cx.lex.is_function_word(t.folded(j - 1)) && !cx.tags.any(j - 1, kinds![ClauseBreak]);
        // Or a name right before such a word, its subject: "mientras que
        // Ana Duarte obtuvo el 27,4%" is Duarte's, no gap of the clause before.
        // Mentions do not overlap: in text order, their ends are ordered too.
        let named = |j: usize| {
            let k = self.entities.partition_point(|m| m.last < j);
            self.entities.get(k).is_some_and(|m| {
                m.last == j
                    && m.first >= c.0
                    && matches!(m.kind, crate::schema::EntityKind::Person | crate::schema::EntityKind::Organization)
            })
        };
        !(c.0..q.first).any(|j| super::unknown_word(cx, j, true) && (article(j) || named(j)))
    }

    /// Whether the word at `i` is a verb (a predicate, a reporting,
    /// negating, denying or modal word) with one of the language's clause
    /// endings ([`crate::lang::Lexicon::clause_endings`]).
    fn closes_clause(&self, i: usize) -> bool {
        let cx = self.cx;
        let endings = cx.lex_data.clause_endings;
        !endings.is_empty()
            && cx.tokens.toks[i].kind == Kind::Word
            && cx.tags.any(i, kinds![Predicate, Reporting, Negation, Denial, Modality])
            && {
                let w = cx.tokens.folded(i);
                endings.iter().any(|e| w.len() > e.len() && w.ends_with(e))
            }
    }

    /// Whether the comma at `i` closes a relative clause that began at
    /// `start`: the clause has a verb before it, and the main clause's
    /// verb follows it, perhaps past one function word ("Acme, which
    /// Globex bought in 2020, has sold 100 jets").
    fn ends_relative(&self, start: usize, i: usize) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let verb = |j: usize| j < t.len() && cx.tags.any(j, kinds![Predicate, Reporting]);
        let link = |j: usize| j < t.len() && t.toks[j].kind == Kind::Word && cx.lex.is_function_word(t.folded(j));
        t.is_comma(i) && (verb(i + 1) || link(i + 1) && verb(i + 2)) && self.has_verb(start, i)
    }

    fn has_verb(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.cx.tags.any(i, kinds![Predicate, Fine]))
    }

    /// Whether tokens `a..b` hold a verb of their own: a predicate word no
    /// preposition governs ("and 6,000 more through the sale of units" is
    /// a conjunct of the verb before; see [`Doc::governed_by_preposition`]).
    fn has_own_verb(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.cx.tags.any(i, kinds![Predicate, Fine]) && !self.governed_by_preposition(a, i))
    }

    /// Whether a preposition of the lexicon ([`crate::lang::Lexicon::prepositions`])
    /// stands before token `i`, past at most two function words, not before `a`.
    fn governed_by_preposition(&self, a: usize, i: usize) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let function = |j: usize| t.toks[j].kind == Kind::Word && cx.lex.is_function_word(t.folded(j));
        (a..i).rev().take(3).take_while(|&j| function(j)).any(|j| cx.lex.is_preposition(t.folded(j)))
    }

    /// Splits a clause at its coordinators (none inside a figure, a time or
    /// a name: "between 10 and 20", "Procter and Gamble"); a conjunct with
    /// no verb joins the one before it, or the one after it when first.
    fn conjuncts(&self, a: usize, b: usize, qs: &[numbers::Mention], times: &[time::Mention]) -> Vec<Span> {
        let cx = self.cx;
        let inside = |i: usize| {
            let q = qs.partition_point(|q| q.first <= i);
            let t = times.partition_point(|m| m.first <= i);
            (q > 0 && qs[q - 1].last > i)
                || (t > 0 && times[t - 1].last > i)
                || starting_in(self.entities, |m| m.first, i.saturating_sub(8), i).iter().any(|m| m.last > i)
        };
        let mut cuts = vec![a];
        cuts.extend((a + 1..b).filter(|&i| cx.tags.any(i, kinds![Coordinator]) && !inside(i)));
        cuts.push(b);
        let mut out: Vec<Span> = Vec::new();
        // A verbless first conjunct, waiting for the next one.
        let mut pending: Option<(usize, usize)> = None;
        for w in cuts.windows(2) {
            let (ca, cb) = (w[0], w[1]);
            let coordinated = ca > a;
            if self.has_own_verb(ca, cb) {
                let mut span = Span { start: ca, end: cb, coordinated, isolated: Vec::new(), whole: (a, b) };
                if let Some((pa, pb)) = pending.take() {
                    span.start = pa;
                    span.coordinated = pa > a;
                    self.isolate(&mut span, (pa, pb, true), qs, times);
                }
                out.push(span);
            } else if let Some(last) = out.last_mut() {
                last.end = cb;
                self.isolate(last, (ca, cb, false), qs, times);
            } else {
                pending = Some((pending.map_or(ca, |p| p.0), cb));
            }
        }
        if let Some((pa, pb)) = pending {
            out.push(Span { start: pa, end: pb, coordinated: pa > a, isolated: Vec::new(), whole: (a, b) });
        }
        out
    }

    /// Marks the verbless conjunct `a..b` merged into `span` as isolated
    /// when its figure is followed by words of its own ("and another 90
    /// were taken to hospital"), or a modal stands before it in a conjunct
    /// after the verb's ("and will stop making 450 freighters"): its verb
    /// is one the lexicon does not know. A modal in a `first` conjunct
    /// governs the verb the next one ends with ("sollen 5.000 Stellen und
    /// weitere 6.000 Arbeitsplätze wegfallen").
    /// Names, times, function words and what follows a preposition the
    /// lexicon knows ("and 2,000 in Benghazi, ...", "and 6,000 more through
    /// the sale of units") are no words of its own.
    fn isolate(
        &self,
        span: &mut Span,
        (a, b, first): (usize, usize, bool),
        qs: &[numbers::Mention],
        times: &[time::Mention],
    ) {
        let cx = self.cx;
        let t = cx.tokens;
        let Some(q) = starting_in(qs, |q| q.first, a, b).first() else { return };
        let starts_phrase = |i: usize| {
            t.is_punct(i, ',')
                || cx.lex.is_preposition(t.folded(i))
                || cx.lex.locative_before(t, i + 1)
                || cx.lex.recipient_before(t, i + 1)
                || cx.tags.any(i, kinds![TimeRelation])
                || !starting_in(times, |m| m.first, i, i + 1).is_empty()
                || !starting_in(self.entities, |m| m.first, i, i + 1).is_empty()
        };
        let own_word = (q.last..b).take_while(|&i| !starts_phrase(i)).any(|i| {
            t.toks[i].kind == Kind::Word
                && !cx.lex.is_function_word(t.folded(i))
                && !cx.tags.any(i, kinds![Concept, Qualifier, Coordinator, Measure, Place, Institution])
        });
        // A modal before its figure heads a verb the lexicon does not know:
        // "and will stop making 450 freighters".
        let own_verb = !first && (a..q.first).any(|i| cx.tags.any(i, kinds![Modality]));
        if own_word || own_verb {
            span.isolated.push(Island { start: a, end: b, binds_figures: true });
        }
    }

    /// The islands of a sentence: quotations and relative clauses after a
    /// comma (to the next comma that ends no list of names: see
    /// [`Doc::relative_end`]).
    pub(super) fn islands(&self, s: Sentence, sk: Kinds) -> Vec<Island> {
        let cx = self.cx;
        let t = cx.tokens;
        let relatives = sk.meets(kinds![RelativePronoun]);
        let mut out: Vec<(usize, usize)> = Vec::new();
        let mut open: Option<(usize, &'static [&'static str])> = None;
        for i in s.start..s.end {
            let tok = t.toks[i];
            if tok.kind == Kind::Punct && is_double_quote(t.raw(i)) {
                match open {
                    Some((o, close)) if close.contains(&t.raw(i)) => {
                        out.push((o, i + 1));
                        open = None;
                    }
                    Some(_) => {}
                    // A closing mark with no opening one: the quotation
                    // began in an earlier sentence.
                    None => match closers(t.raw(i)).or_else(|| german_opening(t, i)) {
                        Some(close) if !(t.raw(i) == "\"" && self.closes_quote(s, i)) => open = Some((i, close)),
                        _ => out.push((s.start, i + 1)),
                    },
                }
            }
            let relative = relatives
                && i > s.start
                && cx.tags.any(i, kinds![RelativePronoun])
                && t.is_punct(i - 1, ',')
                && !self.opens_part(i);
            if relative {
                out.push((i, self.relative_end(s, i + 1)));
            }
        }
        if let Some((o, _)) = open {
            out.push((o, s.end));
        }
        let verb = |a: usize, b: usize| (a..b).any(|j| cx.tags.any(j, kinds![Predicate, Measure, Fine]));
        out.into_iter().map(|(a, b)| Island { start: a, end: b, binds_figures: verb(a, b) }).collect()
    }

    /// The end of a relative clause opened before token `from`: the next
    /// comma that does not go on with a list of names ("Acme, que possède
    /// Globex, Initech et Umbrella, a dégagé": not the comma after "Globex",
    /// which a name and a coordinator or another comma follow).
    pub(super) fn relative_end(&self, s: Sentence, from: usize) -> usize {
        let (cx, t) = (self.cx, self.cx.tokens);
        let listed = |k: usize| {
            let name = |j: usize| j < s.end && matches!(t.toks[j].case, Case::Title | Case::Upper);
            let goes_on = |j: usize| j < s.end && (t.is_punct(j, ',') || cx.tags.any(j, kinds![Coordinator]));
            name(k + 1) && goes_on(k + 2)
        };
        (from..s.end).find(|&k| t.is_punct(k, ',') && !listed(k)).unwrap_or(s.end)
    }

    /// Whether a straight quotation mark at `i` closes a quotation opened
    /// in an earlier sentence: it follows a word or a comma with no space,
    /// and no other straight mark stands in the sentence before it.
    fn closes_quote(&self, s: Sentence, i: usize) -> bool {
        let t = self.cx.tokens;
        !t.toks[i].space_before() && i > s.start && !(s.start..i).any(|j| t.raw(j) == "\"")
    }

    /// The time of the clause nearest the trigger, outside islands the
    /// trigger is not in. When the clause has none, the one time of the
    /// sentence before the trigger, if it has exactly one ("sejak 2022
    /// ketika ... membatasi ekspor"), unless that time is another
    /// conjunct's ("investiu ... e pretende lançá-lo em 2026" dates the
    /// launch only). A time in a later clause is that clause's ("i
    /// licenziamenti saranno circa 15mila: rientrano in un piano ... entro
    /// il 2025").
    ///
    /// When the clause gives several figures, a time after the trigger
    /// belongs to the figure nearest it: "a participação foi de 76%, abaixo
    /// do primeiro turno em outubro (77%) e das primárias em agosto (69%)"
    /// dates 77% October, 69% August and 76% not at all (see
    /// [`nearest_figure`]). A time before the trigger sets the scene for all.
    pub(super) fn time_for(
        &self,
        s: Sentence,
        clause: &Clause,
        tr: &Trigger,
        qs: &[numbers::Mention],
        times: &[time::Mention],
    ) -> Option<TimeRef> {
        let (ca, cb) = (clause.start, clause.end);
        if let Some(m) = self.bracket_time(s, tr, qs, times) {
            return Some(m.time.clone());
        }
        if let Some(time) = self.relative_time(clause, tr, times) {
            return Some(time);
        }
        let reaches = |m: &&time::Mention| self.may_date(s, clause, tr, qs, m);
        // A time after the verb is its complement more often than one
        // before it: ties go to the one after.
        let dist = |m: &&time::Mention| if m.first >= tr.at { 2 * (m.first - tr.at) } else { 2 * (tr.at - m.last) + 3 };
        let in_clause =
            starting_in(times, |m| m.first, ca, cb).iter().filter(|m| m.last <= cb).filter(reaches).min_by_key(dist);
        if let Some(m) = in_clause {
            return Some(m.time.clone());
        }
        if let Some(t) = self.reported_on(s, tr, times) {
            return Some(t);
        }
        // A time that opens the sentence before a comma sets the scene for
        // all its clauses ("Pada Kamis (31/10/2024), jumlah korban ...").
        let t = self.cx.tokens;
        let opening = starting_in(times, |m| m.first, s.start, s.start + 1)
            .iter()
            .find(|m| m.last < tr.at && t.is_comma(m.last) && !m.weekday)
            .filter(reaches);
        if let Some(m) = opening {
            return Some(m.time.clone());
        }
        // A measure (staff, users, revenue) is dated in its own clause only:
        // "A X, que emprega 38 mil pessoas, quer economizar ... até 2027".
        if tr.predicate.is_measure() {
            return None;
        }
        // A weekday dates only within its clause.
        let mut in_sentence = starting_in(times, |m| m.first, s.start, s.end)
            .iter()
            .filter(|m| m.last <= s.end && !m.weekday)
            .filter(|m| m.last <= tr.at)
            .filter(reaches);
        let sibling =
            |m: &time::Mention| (clause.whole.0..clause.whole.1).contains(&m.first) && !(ca..cb).contains(&m.first);
        match (in_sentence.next(), in_sentence.next()) {
            (Some(m), None) if !sibling(m) => Some(m.time.clone()),
            _ => None,
        }
    }

    /// Whether time `m` of sentence `s` may date the trigger's act in its
    /// clause: in the trigger's reach, its figure's (see
    /// [`Doc::time_of_figure`]), a weekday next to this act rather than
    /// another, and none of the times that date something else: the event a
    /// toll counts the victims of, a part of the act, a time set against
    /// the figure, a record's "since".
    fn may_date(&self, s: Sentence, clause: &Clause, tr: &Trigger, qs: &[numbers::Mention], m: &time::Mention) -> bool {
        let figures = starting_in(qs, |q| q.first, clause.start, clause.end);
        // A weekday dates the act told next to it, not every act of its
        // clause: "12 000 salariés ont cessé le travail mardi pour protester
        // contre la suppression de 4 500 postes" dates the strike only. An
        // act with no figure of its own next to a figure's act takes nothing
        // from it: "un bilan rendu public vendredi ... a déclaré avoir reçu
        // des notifications concernant 10 décès" dates the deaths, not the
        // receipt.
        // A comma after the weekday closes the act before it, if any:
        // "killed 2,056 people in Myanmar as of noon on Monday, injured
        // about 3,900" dates the deaths.
        let acts = || clause.triggers.iter().filter(|t| t.quantity.is_some() || tr.quantity.is_none() || t.at == tr.at);
        let closes = self.cx.tokens.is_comma(m.last) && acts().any(|t| t.at < m.first);
        // Tolls told one after another after it are one count, all of its
        // day: "Ce samedi, le bilan fait état de cinq morts et de 60 à 80
        // blessés".
        let nearest_act = || {
            let after = |at: usize| at - m.last + if closes { window::CLOSED_TIME } else { 0 };
            let gap = |at: usize| if at >= m.last { after(at) } else { m.first.saturating_sub(at) };
            let tolls_after = |n: &Trigger| {
                let between = |t: &&Trigger| (n.at..tr.at).contains(&t.at);
                tr.predicate.is_toll()
                    && n.at >= m.last
                    && n.at < tr.at
                    && acts().filter(between).all(|t| t.predicate.is_toll())
            };
            acts().min_by_key(|t| gap(t.at)).is_none_or(|t| t.at == tr.at || tolls_after(t))
        };
        // A toll is dated by its count, not by its event ("from Monday's quake").
        let event_date = || tr.predicate.is_toll() && self.dates_event(s, m, qs, &clause.triggers, tr.at);
        clause.reaches(m.first, tr.at)
            && self.time_of_figure(m, tr, qs, figures)
            && (!m.weekday || nearest_act())
            && !event_date()
            && !self.dates_part(clause, m)
            && !self.compared(m)
            && !self.since_record(m)
            && !self.year_in_aside(clause, tr, m)
    }

    /// Whether a time coarser than a day stands in an aside set off by
    /// commas (each at most [`window::ASIDE`] tokens from the time)
    /// between the clause's first words and the trigger, with a
    /// word of its own besides the time ("L'aereo, un Boeing 737-8AS
    /// entrato in servizio nel 2009, trasportava 181 persone", "The plane,
    /// delivered in 2009, carried"): it tells of the name before, not of
    /// the act. A day there may be a report's ("Le bilan, établi lundi,"),
    /// and an aside of a time alone sets the act's ("Acme, in 2024, cut").
    fn year_in_aside(&self, clause: &Clause, tr: &Trigger, m: &time::Mention) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let coarse = matches!(m.time.value, TimeValue::Absolute { date } if date.day.is_none());
        if !coarse || m.last >= tr.at || m.first <= clause.start {
            return false;
        }
        let from = m.first.saturating_sub(window::ASIDE).max(clause.start + 1);
        let Some(open) = (from..m.first).rev().find(|&j| t.is_comma(j)) else { return false };
        let to = (m.last + window::ASIDE).min(tr.at);
        let Some(close) = (m.last..to).find(|&j| t.is_comma(j)) else { return false };
        let own = |j: usize| {
            !(m.first..m.last).contains(&j)
                && t.toks[j].kind == Kind::Word
                && !cx.lex.is_function_word(t.folded(j))
                && !cx.tags.any(j, kinds![TimeRelation])
        };
        (open + 1..close).any(own)
    }

    /// The time of a figure that opens a bracket after what it counts:
    /// the last time in the phrase before the bracket
    /// ([`super::bracketed_phrase`]: "el terremoto de Belmora del año pasado
    /// (51.000 fallecidos)", "en Lamora, en 2009 (309 muertos)").
    fn bracket_time<'m>(
        &self,
        s: Sentence,
        tr: &Trigger,
        qs: &[numbers::Mention],
        times: &'m [time::Mention],
    ) -> Option<&'m time::Mention> {
        let qa = qs[tr.quantity?].first;
        let (from, open) = super::bracketed_phrase(self.cx.tokens, s, qa, qs)?;
        starting_in(times, |m| m.first, from, open).iter().rfind(|m| m.last <= open)
    }

    /// The time of a clause that a relative word of time opens right after
    /// it, perhaps past a comma ([`crate::lang::Lexicon::time_relatives`]):
    /// "the worst flood since 1957, when 81 people died", "celui de 2010,
    /// lorsqu'un avion ... causant la mort de 158 personnes", "la tragedia
    /// de 1973, en la que fallecieron 150". The clause or the clause it is
    /// a conjunct of starts in the relative word. A figure of the clause
    /// is of that time, whatever bound the time set on the clause before
    /// ("since 1957"); an act with no figure keeps the bound ("sejak tahun
    /// 2022 ketika AS mulai membatasi ekspor": restricting since 2022).
    fn relative_time(&self, clause: &Clause, tr: &Trigger, times: &[time::Mention]) -> Option<TimeRef> {
        let (t, lex) = (self.cx.tokens, self.cx.lex);
        let opened = |ca: usize| {
            let from = ca.saturating_sub(window::RELATIVE_WORDS);
            (from..=ca).find(|&r| lex.time_relative_at(t, r).is_some_and(|n| r + n > ca))
        };
        let r = [clause.start, clause.whole.0].into_iter().find_map(opened)?;
        let end = if r > 0 && t.is_comma(r - 1) { r - 1 } else { r };
        // Times do not overlap: the one ending there starts last before it.
        let m = times[..times.partition_point(|m| m.first < end)].last().filter(|m| m.last == end && !m.weekday)?;
        let relation = if tr.quantity.is_some() { TimeRelation::At } else { m.time.relation };
        Some(TimeRef { relation, ..m.time.clone() })
    }

    /// Whether the time `m` may be the trigger's among the clause's
    /// `figures`: the clause has one figure, or the figure nearest the
    /// time is the trigger's, or the time stands before the trigger and
    /// sets the scene. A time that closes another figure before it, no
    /// comma between, is that figure's ("kerugian ... 9,3 miliar yen pada
    /// kuartal ketiga 2024, berbalik dari keuntungan 191 miliar yen"; not
    /// "7个村庄受影响,截至周一早上有最少10人死亡").
    fn time_of_figure(
        &self,
        m: &time::Mention,
        tr: &Trigger,
        qs: &[numbers::Mention],
        figures: &[numbers::Mention],
    ) -> bool {
        let t = self.cx.tokens;
        let nearest = nearest_figure(self.cx, m, figures);
        let closes_other = figures
            .iter()
            .find(|q| q.first == nearest)
            .is_some_and(|q| q.last <= m.first && !(q.last..m.first).any(|j| t.is_comma(j)));
        // A revision's day is its new figure's: "wurde am Dienstag von 217
        // auf 215 korrigiert" gives 215 on Tuesday.
        let replaced = |qi: usize| qi > 0 && qs[qi - 1].first == nearest && qs[qi - 1].superseded;
        figures.len() < 2
            || tr.quantity.is_none_or(|qi| nearest == qs[qi].first || replaced(qi))
            || (m.first < tr.at && !closes_other)
    }

    /// Whether a time is the one a figure is set against: a contrast word
    /// ([`crate::lang::Lexicon::contrast`]) ends right before it, or before
    /// up to two articles or apostrophes ("compared with last year", "im
    /// Vergleich zum Vorjahr", "rispetto all'anno precedente"). The
    /// figure is of now, not of then.
    /// So is a time right after a comparative qualifier of two words or
    /// more, perhaps past an article: "14 missing, two fewer than on
    /// Thursday", "due in meno di giovedì", "zwei weniger als am
    /// Donnerstag". Not a bound ("until 2030", "up to Monday", "截至10日")
    /// nor a word that is also a preposition of time ("over the weekend").
    fn compared(&self, m: &time::Mention) -> bool {
        let cx = self.cx;
        let comparative = |g: Tag| matches!(g, Tag::Qualifier(Qualifier::MoreThan | Qualifier::LessThan));
        let qualifier_ends = |i: usize| {
            crate::extract::ending_at(cx.tags, i, kinds![Qualifier], |g| comparative(g).then_some(()))
                .is_some_and(|(_, j)| i - j >= 2)
        };
        super::contrast_before(cx, m.first, 0, 2)
            || qualifier_ends(m.first)
            || m.first > 0 && numbers::is_article(cx, m.first - 1) && qualifier_ends(m.first - 1)
    }

    /// Whether a time "since" measures a record a superlative states at
    /// most [`window::SUPERLATIVE_REACH`] tokens before it, in its sentence
    /// ("la pire catastrophe aérienne depuis 2014 avec au moins 279 morts",
    /// [`crate::lang::Lexicon::superlatives`]): it dates the record, not
    /// the figures.
    fn since_record(&self, m: &time::Mention) -> bool {
        if m.time.relation != TimeRelation::Since {
            return false;
        }
        let t = self.cx.tokens;
        let phrases = &SUPERLATIVES[self.cx.lex_data.lang.index()];
        let from = m.first.saturating_sub(window::SUPERLATIVE_REACH);
        let stop = (from..m.first).rev().find(|&k| t.is_punct(k, '.')).map_or(from, |k| k + 1);
        (stop..m.first).any(|j| phrases.iter().any(|p| starts_at(t, j, p)))
    }

    /// Whether a time dates a part of an act: a word of majority
    /// ([`crate::lang::Lexicon::majorities`]) stands in its clause at most
    /// [`window::MAJORITY`] tokens before it ("dengan sebagian besar PHK
    /// terjadi tahun ini", "with most of the layoffs this year"): the
    /// lay-off as a whole is not dated by it.
    fn dates_part(&self, clause: &Clause, m: &time::Mention) -> bool {
        let from = m.first.saturating_sub(window::MAJORITY).max(clause.start);
        (from..m.first).any(|j| self.cx.tags.any(j, kinds![Majority]))
    }

    /// The day a toll was reported on, which it holds as of: a day (a
    /// weekday or a date to the day) next to a reporting verb of the
    /// sentence, within [`window::REPORTED_ON`] tokens of it, before the
    /// toll's trigger ("Authorities said on Tuesday that at least 10 people
    /// were killed", "disse nesta segunda-feira, 4, que pelo menos 10
    /// pessoas morreram", "Rabu, 13 September 2023, menyatakan bahwa"), or
    /// else after it, a reporting verb at most that many tokens before it
    /// and after the trigger ("killed nine people and injured dozens, an
    /// official said on Tuesday"). Tolls only: a plan reported on a day is
    /// for later.
    fn reported_on(&self, s: Sentence, tr: &Trigger, times: &[time::Mention]) -> Option<TimeRef> {
        if !tr.predicate.is_toll() {
            return None;
        }
        let reporting = |j: usize| self.cx.tags.any(j, kinds![Reporting]);
        let day = |m: &time::Mention| matches!(m.time.value, TimeValue::Absolute { date } if date.day.is_some());
        // Past the voice's phrase too: "O boletim divulgado pela imprensa
        // estatal no sábado (5) também indica que 4.508 pessoas ficaram feridas".
        let tags = self.cx.tags;
        let voice_before = |first: usize| {
            (first.saturating_sub(window::REPORTED_ON)..first)
                .find(|&j| tags.len_of(j, kinds![Role]).is_some_and(|l| j + l == first))
        };
        let near = |m: &time::Mention| {
            let start = voice_before(m.first).unwrap_or(m.first);
            let lo = start.saturating_sub(window::REPORTED_ON).max(s.start);
            let hi = (m.last + window::REPORTED_ON).min(tr.at);
            (lo..start).any(reporting) || (m.last..hi).any(reporting)
        };
        let before =
            starting_in(times, |m| m.first, s.start, tr.at).iter().rev().find(|m| m.last <= tr.at && day(m) && near(m));
        // "killed nine people and injured dozens, an official said on
        // Tuesday": a report after the act, in its sentence, dates it too.
        let said_before =
            |m: &time::Mention| (m.first.saturating_sub(window::REPORTED_ON).max(tr.at)..m.first).any(reporting);
        // A day the report is made on, not one it counts up to ("so far", "today").
        let on_day = |m: &time::Mention| day(m) && m.time.relation == TimeRelation::At;
        let after = || starting_in(times, |m| m.first, tr.at, s.end).iter().find(|m| on_day(m) && said_before(m));
        before.or_else(after).map(|m| m.time.clone())
    }

    /// Whether a time dates the event a toll counts the victims of: a
    /// disaster's noun ([`crate::lang::Lexicon::disasters`]) stands at most
    /// [`EVENT_DATE_AFTER`] tokens before it ("le séisme qui a frappé la
    /// Turquie lundi", "setelah gempa pada Senin"; [`EVENT_DATE_IN_RELATIVE`]
    /// with a relative pronoun between) or [`EVENT_DATE_BEFORE`]
    /// after it ("Monday's 7.8-magnitude tremor"), in its sentence, with no
    /// figure, no trigger, no verb of change and no comma, semicolon or
    /// colon between ("the floods killed 45 people on Monday" dates the
    /// deaths; "the toll from the attack ... rose on Wednesday to 143"
    /// dates the toll, [`crate::extract::revisions::change_in`]). Only a
    /// day: a year or a month dates another event ("the 2003
    /// earthquake"), which the toll is then of.
    fn dates_event(
        &self,
        s: Sentence,
        m: &time::Mention,
        qs: &[numbers::Mention],
        triggers: &[Trigger],
        at: usize,
    ) -> bool {
        let t = self.cx.tokens;
        let disaster = |d: &usize| self.cx.tags.any(*d, kinds![Disaster]);
        // No figure, no trigger and no clause punctuation between.
        let stop = |j: usize| [',', ';', ':'].iter().any(|&p| t.is_punct(j, p));
        let clear = |a: usize, b: usize| {
            !qs.iter().any(|q| (a..b).contains(&q.first))
                && !triggers.iter().any(|tr| (a..b).contains(&tr.at))
                && !(a..b).any(stop)
                && !crate::extract::revisions::change_in(self.cx, a, b)
        };
        // A relative clause of the noun when that noun is what a toll is
        // of ("le bilan du séisme qui a secoué ... lundi"): the day is the
        // disaster's; where the disaster is the subject ("le séisme qui ...
        // lundi a fait 2 000 morts") the victims may be of that day.
        // So too when the toll is told before the noun, which is its cause
        // ("672 luka luka akibat gempa ... yang melanda Maroko, Jumat"),
        // the day then perhaps set off by a comma.
        let of_noun = |d: usize| (d.saturating_sub(2)..d).any(|j| self.cx.tags.any(j, kinds![NameParticle]));
        let relative =
            |d: usize| (of_noun(d) || at < d) && (d..m.first).any(|j| self.cx.tags.any(j, kinds![RelativePronoun]));
        let set_off = |d: usize| at < d && relative(d) && m.first > 0 && t.is_comma(m.first - 1);
        // A participle set off by a comma after the noun ("dalla
        // catastrofe, avvenuta il 29 ottobre,"): the day is the disaster's.
        let participle = |d: usize| {
            let lexical = |j: &usize| t.toks[*j].kind == Kind::Word && !self.cx.lex.is_function_word(t.folded(*j));
            let untagged = |j: usize| self.cx.tags.at(j).is_empty();
            t.is_comma(d + 1) && m.first > d + 2 && (d + 2..m.first).filter(lexical).count() == 1 && untagged(d + 2)
        };
        let noun_before = (m.first.saturating_sub(EVENT_DATE_IN_RELATIVE).max(s.start)..m.first)
            .rev()
            .find(disaster)
            .filter(|&d| m.first - d <= EVENT_DATE_AFTER || relative(d) || participle(d));
        // Before the noun, a time bound to it: at most one word between,
        // past a possessive ("Monday's 7.8-magnitude tremor", "6日の地震").
        let bound = |d: &usize| {
            let word = |j: &usize| t.toks[*j].kind == Kind::Word && !matches!(t.folded(*j), "'s" | "’s" | "s");
            (m.last..*d).filter(word).count() <= 1
        };
        let noun_after = (m.last..(m.last + EVENT_DATE_BEFORE).min(s.end)).find(disaster).filter(bound);
        // A year or a month names another event ("the 2003 earthquake"):
        // only a day dates this one.
        let day = matches!(m.time.value, TimeValue::Absolute { date } if date.day.is_some());
        let clear_before = |d: usize| {
            participle(d) && clear(d + 2, m.first) || clear(d, m.first) || set_off(d) && clear(d, m.first - 1)
        };
        day && (noun_before.is_some_and(clear_before) || noun_after.is_some_and(|d| clear(m.last, d)))
    }

    /// Whether a negation adverb stands within three tokens before the
    /// trigger, or a negative determiner anywhere before it in the clause,
    /// outside islands the trigger is not in and outside modal phrases
    /// ("could not confirm" hedges; it denies nothing).
    pub(super) fn negated(&self, clause: &Clause, tr: &Trigger, muted: &dyn Fn(usize) -> bool) -> bool {
        let cx = self.cx;
        let ca = clause.start;
        let counts = |j: usize| !muted(j) && clause.reaches(j, tr.at) && !self.in_modal_phrase(j);
        let near = tr.at.saturating_sub(window::NEGATION).max(ca);
        let after = self.after_verb(clause, tr);
        // The tag first: most tokens start no negation, and `counts` is the dearer test.
        let negation = |j: usize| cx.tags.any(j, kinds![Negation]) && counts(j) && !self.expletive(clause, j);
        (clause.may_start(near, tr.at, kinds![Negation]) && (near..tr.at).any(negation))
            || (clause.may_start(ca, tr.at, kinds![NegativeDeterminer])
                && (ca..tr.at).any(|j| cx.tags.any(j, kinds![NegativeDeterminer]) && counts(j)))
            || (clause.may_start(after.start, after.end, kinds![Negation]) && after.clone().any(negation))
    }

    /// Whether the negation at token `j` is the first part of a negation of
    /// two parts with no second part after it in its clause, within
    /// [`window::NEGATION_PARTNER`] tokens: expletive or restrictive, no
    /// denial ([`crate::lang::Lexicon::negation_split`]).
    fn expletive(&self, clause: &Clause, j: usize) -> bool {
        let (heads, partners) = self.cx.lex_data.negation_split;
        if heads.is_empty() {
            return false;
        }
        let t = self.cx.tokens;
        let l = self.cx.tags.len_of(j, kinds![Negation]).unwrap_or(1);
        // The phrase's tokens spell a head ("n" "'" is "n'"): compared in
        // place, no string built per negation.
        let spells = |h: &&str| {
            let mut rest = *h;
            for k in j..(j + l).min(t.len()) {
                match rest.strip_prefix(t.folded(k)) {
                    Some(r) => rest = r,
                    None => return false,
                }
            }
            rest.is_empty()
        };
        if !heads.iter().any(spells) {
            return false;
        }
        let end = (j + l + window::NEGATION_PARTNER).min(clause.end);
        !(j + l..end).any(|k| partners.contains(&t.folded(k)))
    }

    /// Where the verb ends its clause ([`crate::lang::Lexicon::verb_final`]),
    /// the tokens right after a trigger where its auxiliaries stand
    /// ("감원하지 않았다", "감원할 계획이다"); none elsewhere.
    /// Inflections do not count: "行方不明になっているとみられる" reaches
    /// its hedge over "になっている".
    fn after_verb(&self, clause: &Clause, tr: &Trigger) -> std::ops::Range<usize> {
        let from = tr.at + tr.len.max(1);
        let mut to = from;
        if self.cx.lex_data.verb_final {
            let mut words = 0;
            while to < clause.end && words < window::AUXILIARY {
                words += usize::from(!self.inflection(to));
                to += 1;
            }
        }
        from..to
    }

    /// Whether token `j` is a piece of inflection: a word in hiragana of at
    /// most two chars that the lexicon does not know ("に", "なっ", "いる").
    pub(super) fn inflection(&self, j: usize) -> bool {
        let t = self.cx.tokens;
        t.toks[j].kind == Kind::Word
            && crate::text::is_hiragana_word(t.raw(j))
            && t.raw(j).chars().count() <= 2
            && self.cx.tags.at(j).is_empty()
    }

    /// The modality a verb-final trigger suspended by a comma shares with
    /// the conjunct it is parallel to (a toll with a toll, an act with an
    /// act): "4200人が死亡、8000人が行方不明とみられる" hedges both tolls,
    /// as the suspended form takes the mood of the verb that ends the
    /// chain; a toll takes no plan ("4200人が死亡、8000人を避難させる予定").
    /// `None` when the trigger is not suspended or the chain's end
    /// is asserted.
    fn suspended_modality(&self, clause: &Clause, tr: &Trigger) -> Option<Modality> {
        let cx = self.cx;
        if !cx.lex_data.verb_final {
            return None;
        }
        let suspended = |o: &Trigger| {
            let after = o.at + o.len.max(1);
            let comma = (after..clause.end).find(|&j| !self.inflection(j) || j > after + 1)?;
            matches!(cx.tokens.raw(comma), "、" | "," | "，").then_some(comma)
        };
        let mut cur = *tr;
        let mut comma = suspended(&cur)?;
        loop {
            let next = *clause.triggers.iter().find(|o| o.at > comma)?;
            if next.predicate.is_toll() != tr.predicate.is_toll() {
                return None;
            }
            cur = next;
            match suspended(&cur) {
                Some(c) => comma = c,
                None => break,
            }
        }
        // A toll is a deed: it shares a hedge, never a plan.
        let toll = tr.predicate.is_toll();
        self.modal_in(self.after_verb(clause, &cur), |m| m != Modality::Asserted && !(toll && m == Modality::Planned))
    }

    /// Where a modal verb may follow the verb it governs
    /// ([`crate::lang::Lexicon::modal_after_verb`]), the tokens right after
    /// a verb trigger where it stands ("streichen zu wollen"); none
    /// elsewhere, nor after a noun trigger.
    fn modal_after(&self, clause: &Clause, tr: &Trigger) -> std::ops::Range<usize> {
        let from = tr.at + tr.len.max(1);
        let to = if self.cx.lex_data.modal_after_verb && !tr.noun {
            (from + window::AUXILIARY).min(clause.end)
        } else {
            from
        };
        // Words only: "gestrichen, will aber" and "gestrichen und will"
        // open another clause.
        let joins = |j: usize| self.cx.tokens.toks[j].kind != Kind::Word || self.cx.tags.any(j, kinds![Coordinator]);
        let words = (from..to.max(from)).take_while(|&j| !joins(j)).count();
        from..from + words
    }

    /// Whether token `j` is inside a modal phrase.
    fn in_modal_phrase(&self, j: usize) -> bool {
        self.modal_at(j).is_some()
    }

    /// The modal phrase covering token `j`: of several, the one starting
    /// first, then the longest ("unbestätigten Berichten zufolge" over
    /// "Berichten zufolge", "asked about" over "asked"), with its first token.
    fn modal_at(&self, j: usize) -> Option<(Modality, usize)> {
        (j.saturating_sub(4)..=j).find_map(|k| {
            self.cx.tags.at(k).iter().filter(|m| k + m.len() > j).find_map(|m| match m.tag {
                Tag::Modality(x) => Some((x, k)),
                _ => None,
            })
        })
    }

    /// The modality of a trigger: the nearest modal phrase before it in its
    /// clause (outside islands it is not in), else a hedge after it ("41
    /// orang ... belum dapat dikonfirmasi"), else what the clause carries
    /// from the one before, else planned when it is a plan or a plan verb
    /// stands right before it ("planned to buy"). `counted_end` is where
    /// the people a noun trigger counts are named, when it is one: a plan
    /// right after them marks it ("10,000 participants are expected").
    pub(super) fn modality(
        &self,
        clause: &Clause,
        tr: &Trigger,
        counted_end: Option<usize>,
        figure_at: Option<usize>,
    ) -> Modality {
        let cx = self.cx;
        let ca = clause.start;
        let planned = |m: Modality| m == Modality::Planned;
        let marked = self
            .modal_before(clause, tr)
            // "감원할 계획이다": the auxiliary after a verb-final trigger.
            .or_else(|| self.modal_in(self.after_verb(clause, tr), |_| true))
            // "15.000 Stellen streichen zu wollen": an intent after its verb.
            .or_else(|| self.modal_in(self.modal_after(clause, tr), planned))
            // "10,000 participants are expected": a plan right after a counted noun.
            .or_else(|| {
                let from = counted_end?;
                self.modal_in(from..(from + window::AFTER_NOUN).min(clause.end), planned)
            })
            .or_else(|| self.modal_before_figure(clause, tr, figure_at));
        let hedged_after = || {
            let from = tr.at + tr.len.max(1);
            clause.may_start(from, clause.end, kinds![Modality])
                && (from..clause.end).any(|j| {
                    cx.tags.has(j, kinds![Modality], |g| matches!(g, Tag::Modality(Modality::Unconfirmed)))
                        && clause.reaches(j, tr.at)
                })
        };
        if self.forecast(clause, tr, marked, figure_at) {
            return Modality::Reported;
        }
        match marked.or_else(|| self.suspended_modality(clause, tr)) {
            Some(m) => m,
            None if hedged_after() => Modality::Unconfirmed,
            None if self.announced_conjunct(clause, tr, figure_at) => Modality::Planned,
            None if clause.carried.is_some() => clause.carried.unwrap_or(Modality::Asserted),
            None if tr.predicate == Predicate::Plan || self.future_verb(tr) => Modality::Planned,
            None if (tr.at.saturating_sub(window::PLAN).max(ca)..tr.at)
                .any(|j| cx.tags.has(j, kinds![Predicate], |g| matches!(g, Tag::Predicate(Predicate::Plan)))) =>
            {
                Modality::Planned
            }
            None if self.announced(clause, tr, figure_at) => Modality::Planned,
            None if self.present_cut(tr) => Modality::Planned,
            None if self.future_governs(clause, tr) => Modality::Planned,
            None if self.trailing_hedge(clause, tr) => Modality::Reported,
            None => Modality::Asserted,
        }
    }

    /// Whether a phrase of hearsay closes the sentence of the trigger, set
    /// off by a dash or a comma, with at most [`window::TRAILING_HEDGE`]
    /// words from the mark to the sentence's end ("hatten von bis zu 2500
    /// Vermissten berichtet – allerdings ohne Quelle"): the whole report is
    /// hearsay. Only the clause's last words and those after it are read.
    fn trailing_hedge(&self, clause: &Clause, tr: &Trigger) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let set_off = |j: usize| t.is_comma(j) || matches!(t.raw(j), "–" | "—" | "-");
        let closes = |j: usize| j >= t.len() || matches!(t.raw(j), "." | "!" | "?" | ")");
        let hedge = |j: usize| {
            cx.tags.at(j).iter().any(|m| matches!(m.tag, Tag::Modality(Modality::Reported)) && closes(j + m.len()))
        };
        let tail = |k: usize| {
            (k + 1..(k + 1 + window::TRAILING_HEDGE).min(t.len()))
                .take_while(|&j| t.toks[j].kind == Kind::Word)
                .any(hedge)
        };
        let from = (tr.at + tr.len.max(1)).max(clause.end.saturating_sub(window::TRAILING_HEDGE + 1));
        (from..(clause.end + 1).min(t.len())).any(|k| set_off(k) && tail(k))
    }

    /// Whether a casualty toll or a sum of revenue, profit or loss is
    /// foreseen: a word of forecast in its clause before its figure ("the
    /// toll is expected to reach 20,000"), or anywhere after it where the
    /// verb ends the clause ("최대 2만명에 이를 것으로 예상된다"), and no
    /// stronger mark (a request or a hedge of its own). A forecast after
    /// the figure elsewhere is another clause's ("hơn 4.200 người đã mất
    /// mạng và dự báo con số này có thể sẽ tăng").
    fn forecast(&self, clause: &Clause, tr: &Trigger, marked: Option<Modality>, figure_at: Option<usize>) -> bool {
        use Predicate::{Loss, Profit, Revenue};
        let end = if self.cx.lex_data.verb_final { clause.end } else { figure_at.unwrap_or(tr.at).max(tr.at) };
        (tr.predicate.is_casualty() || matches!(tr.predicate, Revenue | Profit | Loss))
            && matches!(marked, None | Some(Modality::Planned | Modality::Asserted))
            && clause.kinds.meets(kinds![Forecast])
            && (clause.start..end.min(clause.end))
                .any(|j| self.cx.tags.any(j, kinds![Forecast]) && clause.reaches(j, tr.at))
    }

    /// The nearest modal phrase before a trigger in its clause, outside
    /// islands it is not in. A measure is a state: a modal that governs an
    /// act standing between them is the act's ("plans to cut 10% of its
    /// workforce of 170,000": the workforce is no plan).
    fn modal_before(&self, clause: &Clause, tr: &Trigger) -> Option<Modality> {
        self.modal_before_at(clause, tr).map(|(m, k)| match m {
            Modality::Reported if self.plans_to_come(clause, tr, k) || self.future_in_past(tr, k) => Modality::Planned,
            _ => m,
        })
    }

    /// Whether the trigger is a cut of jobs or costs told by a verb in the
    /// present ([`crate::lang::Lexicon::present_cuts`]), alone or after its
    /// auxiliary, and not right after a function word ("the cuts"): news
    /// tells an announced cut in the present, planned until done.
    fn present_cut(&self, tr: &Trigger) -> bool {
        let t = self.cx.tokens;
        if !matches!(tr.predicate, Predicate::LayOff | Predicate::Cut) || t.toks[tr.at].kind != Kind::Word {
            return false;
        }
        let (word, before) = (t.folded(tr.at), tr.at.checked_sub(1).map(|j| t.folded(j)));
        self.cx.lex_data.present_cuts.iter().any(|form| match form.split_once(' ') {
            Some((aux, verb)) => verb == word && before == Some(aux),
            None => *form == word && !before.is_some_and(|b| self.cx.lex.is_function_word(b)),
        })
    }

    /// Whether the conditional of hearsay starting at token `k` is a
    /// future in the past ([`crate::lang::Lexicon::future_in_past`]): a
    /// reporting verb ends at most two function words before it ("aveva
    /// detto che avrebbe licenziato 9mila dipendenti"), and the trigger is
    /// an act, no toll and no measure. A report of someone's plan is the
    /// plan.
    fn future_in_past(&self, tr: &Trigger, k: usize) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let act = !tr.predicate.is_measure() && !tr.predicate.is_toll();
        if !act || !cx.lex_data.future_in_past.contains(&t.folded(k)) {
            return false;
        }
        let reported = |i: usize| {
            crate::extract::ending_at(cx.tags, i, kinds![Reporting], |g| (g == Tag::Reporting).then_some(())).is_some()
        };
        let function = |j: usize| cx.lex.is_function_word(t.folded(j));
        (0..=2).any(|n| k >= n && (k - n..k).all(function) && reported(k - n))
    }

    /// Whether the modal of hearsay starting at token `k` is a plan modal
    /// ([`crate::lang::Lexicon::plan_modals`]) governing an act to come: the
    /// trigger is no toll and no measure, and no perfect auxiliary follows
    /// it within three tokens in its clause ("20.000 Stellen sollen
    /// wegfallen"; not "soll 500 Stellen gestrichen haben").
    fn plans_to_come(&self, clause: &Clause, tr: &Trigger, k: usize) -> bool {
        let (lex, t) = (self.cx.lex_data, self.cx.tokens);
        let act = !tr.predicate.is_measure() && !tr.predicate.is_toll();
        // The auxiliary closes the clause right after the verb: a bounded look.
        let from = tr.at + tr.len.max(1);
        let perfect = || (from..clause.end.min(from + 3)).any(|j| lex.perfect_auxiliaries.contains(&t.folded(j)));
        act && lex.plan_modals.contains(&t.folded(k)) && !perfect()
    }

    /// [`Self::modal_before`], with where the modal phrase starts.
    fn modal_before_at(&self, clause: &Clause, tr: &Trigger) -> Option<(Modality, usize)> {
        let ca = clause.start;
        let act_between = |k: usize| {
            tr.predicate.is_measure()
                && clause.triggers.iter().any(|o| o.at > k && o.at < tr.at && !o.predicate.is_measure())
        };
        // Only a modal phrase starting in `ca..tr.at` is taken.
        if !clause.may_start(ca, tr.at, kinds![Modality]) {
            return None;
        }
        (ca..tr.at)
            .rev()
            .find_map(|j| self.modal_at(j).filter(|&(_, k)| k >= ca && clause.reaches(k, tr.at) && !act_between(k)))
    }

    /// The first modal word in tokens `js` whose modality `want` accepts.
    fn modal_in(&self, js: impl IntoIterator<Item = usize>, want: impl Fn(Modality) -> bool) -> Option<Modality> {
        js.into_iter().find_map(|j| {
            self.cx
                .tags
                .find(j, kinds![Modality], |g| match g {
                    Tag::Modality(m) if want(m) => Some(m),
                    _ => None,
                })
                .map(|(m, _)| m)
        })
    }

    /// A modal phrase between a noun trigger and the figure given for it
    /// ("số người mất tích được cho là có thể lên tới 20.000"); an intent
    /// between an act and its figure, with no other act between ("PHK ini
    /// akan berdampak pada 17 ribu pekerja": the lay-offs will reach
    /// 17,000).
    fn modal_before_figure(&self, clause: &Clause, tr: &Trigger, figure_at: Option<usize>) -> Option<Modality> {
        let from = tr.at + tr.len.max(1);
        let to = figure_at.filter(|&f| f > from && f <= clause.end)?;
        let alone = || !clause.triggers.iter().any(|o| o.at != tr.at && (from..to).contains(&o.at));
        self.modal_in(from..to, |m| (tr.noun && m != Modality::Asserted) || (m == Modality::Planned && alone()))
            // "i licenziamenti saranno circa 15mila": a future copula.
            .or_else(|| (from..to).find(|&j| self.future_word(j)).filter(|_| alone()).map(|_| Modality::Planned))
    }

    /// Whether the trigger names an act that a verb of announcing governs
    /// as its object: "a annoncé jeudi la suppression de 2 400
    /// emplois", "mengumumkan pemangkasan", "announced job cuts". Only
    /// articles and other function words and a weekday may stand between
    /// them, never a pronoun, a conjunction or a relative word ("announced
    /// that it cut", "announced it had cut" tell a deed), nor a content
    /// word ("announced the completion of the acquisition"); a measure or
    /// a toll is never a plan ("announced a profit of $2bn"). The act's
    /// own figure, starting at `figure_at`, may stand between too:
    /// "announced 9,000 job cuts".
    fn announced(&self, clause: &Clause, tr: &Trigger, figure_at: Option<usize>) -> bool {
        if tr.predicate.is_measure() || tr.predicate.is_toll() {
            return false;
        }
        self.announced_last(clause, tr) || self.announce_governs(clause.start, tr.at, figure_at) == Governs::Yes
    }

    /// Whether the trigger is an act noun after its article in a conjunct
    /// after a coordinator, and a verb of announcing governs the noun that
    /// opens the conjunct before, at most [`window::ANNOUNCED_CONJUNCT`]
    /// tokens before the coordinator: "annonce une perte de 4,1 milliards
    /// d'euros et la suppression de 20 000 emplois" (the loss stays told as
    /// done; "and cut 500 jobs", a verb, is a deed). The announcing
    /// reaches the act whatever the conjunct before passes on.
    fn announced_conjunct(&self, clause: &Clause, tr: &Trigger, figure_at: Option<usize>) -> bool {
        if tr.predicate.is_measure() || tr.predicate.is_toll() {
            return false;
        }
        let cx = self.cx;
        let Governs::Reached(k) = self.announce_governs(clause.start, tr.at, figure_at) else { return false };
        let article = |j: usize| {
            crate::extract::numbers::is_article(cx, j) && crate::extract::subjects::pronoun_in(cx, j, j + 1).is_none()
        };
        let nominal = tr.at > k && article(tr.at - 1);
        let coordinated = k > clause.whole.0 && cx.tags.any(k - 1, kinds![Coordinator]);
        if !nominal || !coordinated {
            return false;
        }
        // The coordinator is at k - 1, after the clause's first token.
        let from = (k - 1).saturating_sub(window::ANNOUNCED_CONJUNCT).max(clause.whole.0);
        self.announces_noun(from, k - 1)
    }

    /// Whether a verb of announcing stands right before token `at`, with
    /// only articles, a weekday or the act's own figure between, looking
    /// back to `start` (see [`Doc::announced`]); a coordinator is a bound
    /// too. [`Governs::Reached`] gives the bound reached.
    fn announce_governs(&self, start: usize, at: usize, figure_at: Option<usize>) -> Governs {
        let cx = self.cx;
        // A time between is free ("a annoncé en novembre l'élimination"):
        // the window counts the other tokens only.
        let timed = |j: usize| cx.tags.any(j, kinds![Month, Relative]) || crate::extract::subjects::is_weekday(cx, j);
        let mut from = at;
        let mut budget = window::ANNOUNCED + 1;
        while from > start && budget > 0 && at - from < window::ANNOUNCED_TIMED {
            from -= 1;
            budget -= usize::from(!timed(from));
        }
        // A verb of several words is met at its last ("ha anunciado el
        // despido"): a phrase that ends right after the token.
        let ends_at = |j: usize| {
            crate::extract::ending_at(cx.tags, j + 1, kinds![Announcement], |g| {
                matches!(g, Tag::Announcement).then_some(())
            })
            .is_some()
        };
        for j in (from..at).rev() {
            let announces =
                cx.tags.at(j).iter().any(|m| matches!(m.tag, Tag::Announcement) && j + m.len() <= at) || ends_at(j);
            if announces {
                return Governs::Yes;
            }
            if cx.tags.any(j, kinds![Coordinator]) {
                return Governs::Reached(j + 1);
            }
            let own_figure = figure_at.is_some_and(|f| f <= j);
            if !self.linking_word(j) && !own_figure && !timed(j) {
                return Governs::No;
            }
        }
        if from == start { Governs::Reached(start) } else { Governs::No }
    }

    /// Whether token `j` is a function word that may stand between a verb
    /// of announcing and the noun it governs (an article): no pronoun, no
    /// conjunction, no relative word ("announced that it", "announced it").
    fn linking_word(&self, j: usize) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let plain_function = |j: usize| {
            t.toks[j].kind == Kind::Word
                && cx.lex.is_function_word(t.folded(j))
                && !cx.tags.any(j, kinds![RelativePronoun, ClauseBreak, Coordinator])
                && crate::extract::subjects::pronoun_in(cx, j, j + 1).is_none()
        };
        // The apostrophe of an elided article ("annoncé l'élimination").
        let elision = j > 0 && matches!(t.raw(j), "'" | "’") && !t.toks[j].space_before();
        (elision && plain_function(j - 1)) || plain_function(j)
    }

    /// Whether a verb of announcing in tokens `a..b` governs a noun after
    /// it: only articles between them, no comma, pronoun or clause break
    /// ("annonce une perte"; not "announced that it", "announced it").
    fn announces_noun(&self, a: usize, b: usize) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        (a..b).any(|j| {
            let ends = cx.tags.at(j).iter().filter(|m| matches!(m.tag, Tag::Announcement)).map(|m| j + m.len()).max();
            ends.is_some_and(|e| {
                let noun = (e..b).find(|&k| !self.linking_word(k));
                noun.is_some_and(|k| t.toks[k].kind == Kind::Word && !cx.lex.is_function_word(t.folded(k)))
            })
        })
    }

    /// Whether a noun trigger is the object of a verb of announcing that
    /// ends its clause, no other act and no comma between: "hat den Kauf von U.S. Steel
    /// für 14,9 Milliarden US-Dollar angekündigt", "the purchase of Globex
    /// for $5 billion was announced".
    fn announced_last(&self, clause: &Clause, tr: &Trigger) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        // A noun by the lexicon, or after an article where nouns take one ("den Kauf").
        let article = tr.at > clause.start && cx.lex.is_noun_determiner(t.folded(tr.at - 1));
        if !tr.noun && !article {
            return false;
        }
        let from = tr.at + tr.len.max(1);
        let apart = |j: usize| clause.triggers.iter().any(|o| o.at == j) || t.is_comma(j);
        // The clause's last word, whatever punctuation ends it, or the one
        // before a closing auxiliary ("angekündigt hatte").
        let word = |j: &usize| t.toks[*j].kind == Kind::Word;
        let mut words = (from..clause.end).rev().filter(word);
        let last = words.next();
        let auxiliary = last.filter(|&j| cx.lex.is_function_word(t.folded(j)) && !apart(j));
        let last_word = if auxiliary.is_some() { words.next() } else { last };
        last_word.is_some_and(|j| {
            let closing = |k: usize| t.toks[k].kind == Kind::Punct || Some(k) == auxiliary;
            let ends = |l: usize| (j + l..clause.end).all(closing);
            cx.tags.at(j).iter().any(|m| matches!(m.tag, Tag::Announcement) && ends(m.len())) && !(from..j).any(apart)
        })
    }

    /// Whether a verb in a synthetic future governs the trigger: it stands
    /// at most [`window::ANNOUNCED`] + 1 tokens before it in its clause,
    /// with no other trigger, comma or clause break between ("llevará a
    /// cabo un recorte de 9.000 empleos", "procederà al taglio"; not
    /// "anunciará que recortó").
    fn future_governs(&self, clause: &Clause, tr: &Trigger) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let from = tr.at.saturating_sub(window::ANNOUNCED + 1).max(clause.start);
        let other = |j: usize| clause.triggers.iter().any(|o| o.at == j && o.at != tr.at);
        let stop = |j: usize| t.is_comma(j) || other(j) || cx.tags.any(j, kinds![ClauseBreak, RelativePronoun]);
        (from..tr.at).rev().take_while(|&j| !stop(j)).any(|j| self.future_word(j))
    }

    /// Whether the trigger is a verb in a synthetic future ("eliminará",
    /// "taglierà", "supprimera"): a word of more than four letters with one
    /// of the language's future endings.
    /// A verb the lexicon knows may open its sentence capitalized
    /// ("Taglierà del 10% la propria forza lavoro").
    fn future_verb(&self, tr: &Trigger) -> bool {
        !tr.noun && tr.len == 1 && self.future_form(tr.at, self.opens_sentence(tr.at))
    }

    /// Whether token `j` is the first word of its sentence.
    fn opens_sentence(&self, j: usize) -> bool {
        let s = self.sents.partition_point(|s| s.end <= j);
        self.sents.get(s).is_some_and(|s| (s.start..j).all(|k| self.cx.tokens.toks[k].kind == Kind::Punct))
    }

    /// Whether the word at token `j` is a synthetic future
    /// ([`crate::lang::Lexicon::future_endings`]), of more than four letters.
    fn future_word(&self, j: usize) -> bool {
        self.future_form(j, false)
    }

    /// [`Doc::future_word`], of a capitalized word too where `capital`.
    fn future_form(&self, j: usize, capital: bool) -> bool {
        let t = self.cx.tokens;
        // A name is no verb: "5 à Ankara", "20 morts à Belmora".
        let case_fits = t.toks[j].case == Case::Lower || (capital && t.toks[j].case == Case::Title);
        if t.toks[j].kind != Kind::Word || !case_fits {
            return false;
        }
        let word = t.raw(j);
        // Compared from the end, lower-cased char by char: no String per word.
        let ends_with = |end: &str| {
            let mut w = word.chars().rev();
            end.chars().rev().all(|e| w.next().is_some_and(|c| c.to_lowercase().eq(std::iter::once(e))))
        };
        word.chars().count() > 4 && self.cx.lex_data.future_endings.iter().any(|e| ends_with(e))
    }

    /// What a clause passes on to the next one: its last modal phrase of a
    /// request, a hedge or a report, when no verb of the clause follows its
    /// start, governs the next clause ("could not confirm | that 41 died",
    /// "pediu | que o fornecedor enviasse"); `last` is the modality of the
    /// clause's last claim, shared with a next conjunct that starts with its verb.
    pub(super) fn carried_modality(&self, clause: &Clause, last: Option<Modality>) -> Carry {
        let cx = self.cx;
        let marker = (clause.start..clause.end).rev().find_map(|k| {
            cx.tags
                .find(k, kinds![Modality], |g| match g {
                    Tag::Modality(m) => Some(m),
                    _ => None,
                })
                .map(|(m, _)| (m, k))
        });
        let governing = marker.filter(|&(m, k)| {
            matches!(m, Modality::Requested | Modality::Unconfirmed | Modality::Reported)
                && !clause.triggers.iter().any(|tr| tr.at > k)
        });
        Carry {
            governing: governing.map(|(m, _)| m),
            shared: last.filter(|&m| m != Modality::Asserted).or(clause.carried),
        }
    }
}

/// What stands before a trigger in the reach of a verb of announcing
/// ([`Doc::announce_governs`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Governs {
    /// The verb, with only articles, a weekday or the act's figure between.
    Yes,
    /// Nothing that lets the verb govern it.
    No,
    /// Only articles back to this token, a bound (the clause's start or
    /// the token after a coordinator): the verb may govern the conjunct
    /// before.
    Reached(usize),
}

/// What one clause passes on to the next (see [`Doc::carried_modality`]).
#[derive(Clone, Copy, Default)]
pub(super) struct Carry {
    /// A modal word governing the next clause, whatever it is.
    pub governing: Option<Modality>,
    /// The modality a next conjunct starting with its verb shares.
    pub shared: Option<Modality>,
}

/// How many tokens more a figure after a time may stand than one before
/// it and still be the nearer: a time more often follows what it dates
/// ("cut 35,000 jobs across the country by 2030 to save $12 billion").
const AFTER_TIME_PENALTY: usize = 2;

/// The first token of the figure nearest a time (of figures sorted by
/// position, at least one), by tokens between them, a figure after the
/// time [`AFTER_TIME_PENALTY`] tokens farther; on a tie, the figure
/// before the time ("5,000 on Monday and 7,000 on Tuesday"). An outlet's
/// conversion in brackets is no figure of its own: the amount before it
/// ends past it ("9,3 miliar yen ($61 juta) pada kuartal ketiga 2024").
fn nearest_figure(cx: &crate::extract::Ctx, m: &time::Mention, figures: &[numbers::Mention]) -> usize {
    let conversion =
        |k: usize| k > 0 && k < figures.len() && super::filters::is_conversion(cx, &figures[k - 1], &figures[k]);
    let gap = |k: usize| {
        let q = &figures[k];
        let last = if conversion(k + 1) { figures[k + 1].last + 1 } else { q.last };
        if last <= m.first {
            (m.first - last, 0)
        } else if m.last <= q.first {
            // A comma after the time closes the phrase of the figure before.
            let closed = if cx.tokens.is_comma(m.last) { window::CLOSED_TIME } else { 0 };
            (q.first - m.last + AFTER_TIME_PENALTY + closed, 1)
        } else {
            (0, 0)
        }
    };
    (0..figures.len()).filter(|&k| !conversion(k)).min_by_key(|&k| gap(k)).map_or(usize::MAX, |k| figures[k].first)
}

/// Where the clause scan goes on past a bracket at token `i` that breaks
/// no clause, if one stands there: an amount's conversion
/// ("18億ユーロ(約2900億円)"), a day after its weekday ("nesta
/// segunda-feira (22) com uma multa"), a name's short form ("la
/// Confederación General del Trabajo (CGT), participaron").
fn unbroken_bracket(cx: &crate::extract::Ctx, qs: &[numbers::Mention], i: usize) -> Option<usize> {
    if let Some(close) = conversion_at(cx, qs, i) {
        return Some(close + 1);
    }
    if let Some(l) = crate::extract::notcounts::bracketed_day_at(cx, i) {
        return Some(i + l);
    }
    short_form_at(cx, i).then_some(i + 3)
}

/// The closing bracket of an amount's conversion opened at token `i`: an
/// amount of money ends right before the bracket, another figure fills it,
/// and the amount's noun follows it ("18億ユーロ(約2900億円)の制裁金").
fn conversion_at(cx: &crate::extract::Ctx, qs: &[numbers::Mention], i: usize) -> Option<usize> {
    let t = cx.tokens;
    if !t.is_open_bracket(i) {
        return None;
    }
    let k = qs.partition_point(|q| q.first <= i);
    let (before, inside) = (qs.get(k.checked_sub(1)?)?, qs.get(k)?);
    let money = matches!(before.quantity.unit, crate::schema::Unit::Money { .. });
    let filled = inside.first == i + 1 && t.is_close_bracket(inside.last);
    // Only when the amount's noun follows the bracket ("の制裁金"), or a
    // word of aid past at most two words ("in humanitarian aid", "의 인도적
    // 지원금"): a bracket before anything else still ends a clause.
    let close = inside.last;
    let end = |n: usize| (close + n).min(cx.tokens.len());
    let aid = |j: usize| cx.tags.has(j, kinds![Predicate], |g| g == Tag::Predicate(Predicate::Aid));
    let noun = (close + 1..end(3)).any(|j| cx.tags.any(j, kinds![Fine, Measure])) || (close + 1..end(4)).any(aid);
    (money && before.last == i && filled && noun).then_some(close)
}

/// Whether token `i` lies inside a modal phrase that starts before it:
/// a clause break word there is the phrase's ("tuvieron que ser
/// evacuadas", "tiveram que deixar": "que" opens no clause).
fn in_periphrasis(cx: &crate::extract::Ctx, i: usize) -> bool {
    (i.saturating_sub(3)..i)
        .any(|j| cx.tags.at(j).iter().any(|m| m.len() > i - j && matches!(m.tag, crate::lang::Tag::Modality(_))))
}

/// Each language's [`crate::lang::Lexicon::superlatives`], as words.
static SUPERLATIVES: Lazy<Vec<Vec<Words>>> = Lazy::new(|| words_per_language(|lex| lex.superlatives));

//! Who a sentence says speaks: a role with its affiliation and speaker, an
//! anonymous source, an outlet cited, a person next to a reporting verb.

use super::{Doc, window};
use crate::extract::entities;
use crate::lang::{Kinds, Tag, kinds};
use crate::schema::{Attribution, Concept, EntityKind, EntityRef};
use crate::text::{Case, Kind, Sentence};

/// Quotation marks: a sentence with one reports speech.
pub(super) fn is_quote_mark(raw: &str) -> bool {
    matches!(raw, "\"" | "“" | "”" | "«" | "»" | "„" | "‘" | "’")
}

/// Whether token `j` is a quotation mark, not an apostrophe: a single
/// curly mark glued to words on both sides ("Japan’s", "don’t",
/// "l’entreprise") is one.
pub(super) fn is_quote_at(t: &crate::text::Tokens, j: usize) -> bool {
    let glued_word = |k: usize| t.toks.get(k).is_some_and(|n| n.kind == Kind::Word);
    let apostrophe = matches!(t.raw(j), "’" | "‘")
        && j > 0
        && glued_word(j - 1)
        && !t.toks[j].space_before()
        && glued_word(j + 1)
        && !t.toks[j + 1].space_before();
    t.toks[j].kind == Kind::Punct && is_quote_mark(t.raw(j)) && !apostrophe
}

/// How many articles may stand between an agent marker and the role it
/// governs ("pelo presidente", "by the French minister").
const ROLE_ARTICLES: usize = 2;

/// How far before an agent marker a reporting verb or an "according to"
/// makes the agent a voice ("selon les données communiquées par").
const AGENT_SPEECH_REACH: usize = 4;

/// Where an "according to" after figure `qi` would stand: right after
/// it, past a comma.
fn trailing_at(t: &crate::text::Tokens, qs: &[crate::extract::numbers::Mention], qi: usize) -> usize {
    qs[qi].last + usize::from(t.is_comma(qs[qi].last))
}

/// Whether token `k` is a lowercase word, or the apostrophe of an article
/// elided before a vowel ("secondo l'ultimo bilancio del ministero"): a
/// word of the phrase between an "according to" and the body it cites.
fn lower_or_elision(t: &crate::text::Tokens, k: usize) -> bool {
    let lower = |j: usize| t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower;
    let elision = matches!(t.raw(k), "'" | "’") && k > 0 && lower(k - 1) && !t.toks[k].space_before();
    lower(k) || elision
}

impl Doc<'_, '_> {
    /// Who the sentence says speaks, and the token spans that say it;
    /// `sk` are the kinds of the sentence's phrases.
    pub(super) fn attribution(&self, s: Sentence, sk: Kinds) -> (Attribution, Vec<(usize, usize)>) {
        let cx = self.cx;
        let mut a = Attribution::default();
        let mut used = Vec::new();
        if !sk.meets(kinds![Role, Anonymous, AccordingTo, Reporting]) {
            return (a, used);
        }
        let ents: Vec<&entities::Mention> = self.entities_in(s.start, s.end).collect();
        let speech = sk.meets(kinds![Reporting, AccordingTo, Denial, NoComment])
            || (s.start..s.end).any(|i| is_quote_at(cx.tokens, i));
        if sk.meets(kinds![Reporting]) {
            if let Some((i, end)) = (s.start..s.end).find_map(|i| self.counted_source(i, s.end).map(|end| (i, end))) {
                a.anonymous = Some(cx.tokens.span_text(i, end).to_string());
                used.push((i, end));
            }
        }
        // A role, an anonymous source or an outlet, where the sentence has one.
        let sourced = if sk.meets(kinds![Role, Anonymous, AccordingTo]) { s.start..s.end } else { s.end..s.end };
        // Where no one speaks, a role is a source as the agent of the act,
        // in its clause before its figure: "La policía detuvo a 57", not
        // "threatened the organizers" after "injuring three people".
        let roles = if speech { s.start..s.end } else { self.agent_reach(s) };
        for i in sourced {
            if a.role.is_none() && roles.contains(&i) {
                self.role_source(i, &ents, speech, &mut a, &mut used);
            }
            if a.anonymous.is_none() {
                if let Some(l) = cx.tags.len_of(i, kinds![Anonymous]) {
                    // Take a number word or digits just before ("três fontes").
                    let start = if i > s.start && cx.tags.any(i - 1, kinds![Number]) { i - 1 } else { i };
                    a.anonymous = Some(cx.tokens.span_text(start, i + l).to_string());
                    used.push((start, i + l));
                }
            }
            if a.outlet.is_none() {
                self.outlet_source(s, i, &ents, &mut a, &mut used);
            }
        }
        if a.speaker.is_none() && sk.meets(kinds![Reporting]) {
            self.reporting_speaker(s, &ents, &mut a, &mut used);
        }
        if sk.meets(kinds![Reporting]) {
            self.framed_source(s, &ents, &mut a, &mut used);
        }
        (a, used)
    }

    /// The first figure of sentence `s`: digits or a number word.
    fn first_figure(&self, s: Sentence) -> Option<usize> {
        let t = self.cx.tokens;
        (s.start..s.end).find(|&j| t.toks[j].kind == Kind::Number || self.cx.tags.any(j, kinds![Number]))
    }

    /// Where the agent of a sentence's first act may stand, in a sentence
    /// where no one speaks: in the first figure's clause, before the figure
    /// (after the last clause break before it that opens no relative
    /// clause). "Las autoridades se han enfrentado a protestas ..., cuando
    /// el techo ... causó la muerte de 15 personas": the authorities act
    /// in another clause and gave no toll.
    fn agent_reach(&self, s: Sentence) -> std::ops::Range<usize> {
        let tags = self.cx.tags;
        let end = self.first_figure(s).unwrap_or(s.end);
        let opens = |j: &usize| tags.any(*j, kinds![ClauseBreak]) && !tags.any(*j, kinds![RelativePronoun]);
        let start = (s.start..end).rev().find(opens).map_or(s.start, |j| j + 1);
        start..end
    }

    /// Where an unnamed source counted right after a reporting verb ends,
    /// if one starts at token `i`: a number, a noun of people and the
    /// anonymous phrase that may follow it ("kata tiga orang", "kata tiga
    /// orang yang mengetahui masalah tersebut", "said two people briefed
    /// on the matter"), with no predicate word after it up to the next
    /// comma or the sentence's end `end` (within [`window::REPORT_TALE`]
    /// tokens): "Police said three people died" reports a toll. A count of
    /// people anywhere else is a figure ("tiga orang meninggal").
    fn counted_source(&self, i: usize, end: usize) -> Option<usize> {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        crate::extract::ending_at(tags, i, kinds![Reporting], |g| (g == Tag::Reporting).then_some(()))?;
        let n = tags.len_of(i, kinds![Number])?;
        let people = |g: Tag| match g {
            Tag::Concept(k) if Concept::is_people(k.as_str()) => Some(()),
            _ => None,
        };
        let ((), l) = tags.find(i + n, kinds![Concept], people)?;
        let noun_end = i + n + l;
        let source_end = noun_end + tags.len_of(noun_end, kinds![Anonymous]).unwrap_or(0);
        let told = (source_end..end.min(source_end + window::REPORT_TALE))
            .take_while(|&j| !t.is_comma(j))
            .any(|j| tags.any(j, kinds![Predicate, Measure]));
        (!told).then_some(source_end)
    }

    /// A role at token `i`, with the organization it speaks for and the
    /// person who holds it, in a sentence that reports speech (`speech`).
    fn role_source(
        &self,
        i: usize,
        ents: &[&entities::Mention],
        speech: bool,
        a: &mut Attribution,
        used: &mut Vec<(usize, usize)>,
    ) {
        let cx = self.cx;
        let Some((role, l)) = cx.tags.find(i, kinds![Role], |g| match g {
            Tag::Role(r) => Some(r),
            _ => None,
        }) else {
            return;
        };
        // A role a figure counts is no speaker: "drei Beamte wurden
        // verletzt", "three police officers were injured"; "one" is an
        // article ("Ein Sprecher").
        let word = |j: usize| {
            cx.tags.find(j, kinds![Number], |g| match g {
                Tag::Number(v) => Some(v.get()),
                _ => None,
            })
        };
        let counted =
            i > 0 && (cx.tokens.toks[i - 1].kind == Kind::Number || word(i - 1).is_some_and(|(v, _)| v > 1.0));
        // Nor is a role after a preposition of circumstance: "troops,
        // alongside police and firefighters, have begun searching".
        if counted || crate::extract::subjects::governed_by_preposition(cx, i) {
            return;
        }
        // A title of someone who does not speak: no voice, and neither
        // the title nor the person it titles is a subject or an object.
        if self.titles_no_voice(i, l, ents) {
            used.push((i, i + l));
            if let Some(m) = ents.iter().find(|m| m.first == i + l) {
                used.push((m.first, m.last));
            }
            return;
        }
        // One an act is addressed to is no voice either, though its phrase
        // is read as a role's: "pour demander le retrait du texte au
        // gouvernement", "ha declarado ... al ministro de Defensa, X".
        let cites = (i.saturating_sub(window::CITED)..i).any(|j| cx.tags.len_of(j, kinds![AccordingTo]) == Some(i - j));
        let addressed = self.recipient_written_before(i) && !cites;
        if !addressed {
            a.role = Some(role);
        }
        used.push((i, i + l));
        // The role's phrase runs to the end of its affiliation, and of the
        // name coordinated with it ("el ministro de Política Territorial y
        // Memoria Democrática, Ángel Víctor Torres").
        let mut end = i + l;
        if let Some(m) = self.role_affiliation(i, l, ents) {
            if !addressed {
                a.affiliation = Some(self.entity_ref(m));
            }
            used.push((m.first, m.last));
            end = self.coordinated_name(m, ents).map_or(m.last, |n| n.last);
        }
        // The speaker: the nearest person within four tokens, in a
        // sentence that reports speech ("Rina Sari memenangi
        // pemilihan gubernur" names an office, not a speaker).
        let near = ents
            .iter()
            .filter(|m| m.kind == EntityKind::Person)
            .filter(|m| m.last + window::SPEAKER_BEFORE >= i && m.first <= end + window::SPEAKER_AFTER)
            .min_by_key(|m| if m.first >= i { m.first - i } else { i - m.last })
            .filter(|_| speech && !addressed);
        if let Some(m) = near {
            a.speaker = Some(m.text.clone());
            used.push((m.first, m.last));
        }
    }

    /// Whether a recipient marker, as written with its accents, ends right
    /// before token `i` ("au gouvernement", "às autoridades"): folded,
    /// Portuguese "às" is the article "as" ("disseram as autoridades").
    fn recipient_written_before(&self, i: usize) -> bool {
        let t = self.cx.tokens;
        let written = |j: usize, w: &str| t.raw(j).chars().flat_map(char::to_lowercase).eq(w.chars());
        self.cx.lex_data.recipient_markers.iter().any(|m| {
            let words = m.split(' ').rev();
            words.clone().count() <= i && words.enumerate().all(|(k, w)| written(i - 1 - k, w))
        })
    }

    /// The organization coordinated right after name `m`, a coordinator
    /// between ("Política Territorial y Memoria Democrática").
    fn coordinated_name<'e>(
        &self,
        m: &entities::Mention,
        ents: &[&'e entities::Mention],
    ) -> Option<&'e entities::Mention> {
        let joined = self.cx.tags.any(m.last, kinds![Coordinator]);
        let next = ents.iter().find(|n| n.first == m.last + 1 && n.kind == EntityKind::Organization);
        next.copied().filter(|_| joined)
    }

    /// The organization the role of `l` tokens at token `i` speaks for: one
    /// right after it, past particles only ("portavoz de X", "juru bicara
    /// X"), or right before it ("X spokesperson").
    fn role_affiliation<'e>(
        &self,
        i: usize,
        l: usize,
        ents: &[&'e entities::Mention],
    ) -> Option<&'e entities::Mention> {
        let cx = self.cx;
        // An elided particle counts as one word ("porte-parole d'Orange").
        let elided = cx.tokens.is_punct(i + l + 1, '\'') || cx.tokens.is_punct(i + l + 1, '’');
        let reach = i + l + 1 + usize::from(elided);
        // Only particles between: "Authorities said Belmora suffered" names
        // no affiliation.
        let t = cx.tokens;
        let joined = |m: &&&entities::Mention| {
            let apostrophe = |j: usize| matches!(t.raw(j), "'" | "’");
            (i + l..m.first).all(|j| {
                !cx.tags.any(j, kinds![Reporting])
                    && (cx.lex.is_function_word(t.folded(j)) || apostrophe(j) || apostrophe(j + 1))
            })
        };
        let after = ents.iter().find(|m| {
            m.first >= i + l
                && m.first <= reach
                && m.kind != EntityKind::Person
                && m.kind != EntityKind::Place
                && joined(m)
        });
        let before = ents.iter().rev().find(|m| m.last == i && m.kind == EntityKind::Organization);
        after.or(before).copied()
    }

    /// Whether the role of `l` tokens at token `i` titles someone who does
    /// not speak in the sentence: a possessor ("against President Lamora's
    /// pension plan", "the minister's plan"), or the agent of an act that
    /// tells no speech ("a reforma impulsionada pelo presidente Lamora";
    /// "announced by the minister" and "selon les données communiquées par
    /// le président" are speech: a reporting verb or an "according to"
    /// up to [`AGENT_SPEECH_REACH`] tokens before the marker).
    fn titles_no_voice(&self, i: usize, l: usize, ents: &[&entities::Mention]) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let possessor = t.is_possessive(i + l)
            || ents.iter().any(|m| m.kind == EntityKind::Person && m.first == i + l && t.is_possessive(m.last));
        let function = |j: usize| t.toks[j].kind == Kind::Word && cx.lex.is_function_word(t.folded(j));
        let mut j = i;
        while j > 0 && i - j < ROLE_ARTICLES && !cx.tags.any(j - 1, kinds![AgentMarker]) && function(j - 1) {
            j -= 1;
        }
        let agent = j > 0 && cx.tags.any(j - 1, kinds![AgentMarker]);
        // "announced by", "selon les données communiquées par": speech.
        let speech = |m: usize| {
            (m.saturating_sub(AGENT_SPEECH_REACH)..m)
                .any(|k| cx.tags.any(k, kinds![Reporting, Announcement, AccordingTo]))
        };
        possessor || (agent && !speech(j - 1))
    }

    /// The source an "according to" right after figure `qi` (past a
    /// comma) gives that figure alone, before the next figure: "Entre 3,5
    /// millones de personas, según los sindicatos, y 1,28 millones, según
    /// la policía". A role (with an organization right after it), or an
    /// organization: a public body owns its figure, any other is cited as
    /// an outlet (as [`Self::outlet_source`] reads them). Returns it and
    /// where the phrase ends.
    pub(super) fn trailing_source(
        &self,
        s: Sentence,
        qs: &[crate::extract::numbers::Mention],
        qi: usize,
    ) -> Option<(Attribution, usize)> {
        let (cx, t) = (self.cx, self.cx.tokens);
        let at = trailing_at(t, qs, qi);
        let l = cx.tags.len_of(at, kinds![AccordingTo])?;
        let limit = qs.get(qi + 1).map_or(s.end, |n| n.first).min(s.end);
        let organization =
            |k: usize| self.entities_in(k, limit).find(|m| m.first == k && m.kind == EntityKind::Organization);
        let mut k = at + l;
        while k < limit && k - (at + l) <= window::OUTLET {
            let role = cx.tags.find(k, kinds![Role], |g| match g {
                Tag::Role(r) => Some(r),
                _ => None,
            });
            if let Some((role, rl)) = role {
                let affiliation = organization(k + rl);
                let end = affiliation.map_or(k + rl, |m| m.last);
                let affiliation = affiliation.map(|m| self.entity_ref(m));
                return Some((Attribution { role: Some(role), affiliation, ..Attribution::default() }, end));
            }
            if let Some(m) = organization(k) {
                let cited = self.entity_ref(m);
                // Past the name's short form: "según la Confederación General del Trabajo (CGT)".
                let end = if super::scope::short_form_at(cx, m.last) { m.last + 3 } else { m.last };
                let a = match cx.tags.any(m.first, kinds![Institution]) {
                    true => Attribution { affiliation: Some(cited), ..Attribution::default() },
                    false => Attribution { outlet: Some(cited), ..Attribution::default() },
                };
                return Some((a, end));
            }
            if !lower_or_elision(t, k) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// Whether an "according to" stands right after figure `qi` (past a
    /// comma), whatever it cites.
    pub(super) fn trailing_marker(&self, qs: &[crate::extract::numbers::Mention], qi: usize) -> bool {
        self.cx.tags.any(trailing_at(self.cx.tokens, qs, qi), kinds![AccordingTo])
    }

    /// An outlet cited after an "according to" at token `i`: "segundo a
    /// Reuters", "citadas por Reuters", "secondo un rapporto di Reuters":
    /// an organization within a few lowercase words.
    fn outlet_source(
        &self,
        s: Sentence,
        i: usize,
        ents: &[&entities::Mention],
        a: &mut Attribution,
        used: &mut Vec<(usize, usize)>,
    ) {
        let salient = self.salient.map(|s| s.key.as_str());
        // The document's own organization cited is no outlet: "according
        // to Acme" in a story about Acme says what Acme does.
        if let Some(m) = self.cited_at(s, i, ents).filter(|m| Some(m.key.as_str()) != salient) {
            // A public body cited owns its figure ("according to the
            // interior ministry"): the voice the figure is given in, where
            // a news outlet only relays one.
            let body = self.cx.tags.any(m.first, kinds![Institution]);
            match &mut a.affiliation {
                slot @ None if body => *slot = Some(self.entity_ref(m)),
                _ => a.outlet = Some(self.entity_ref(m)),
            }
            used.push((m.first, m.last));
        }
    }

    /// The organization an "according to" at token `i` cites: "segundo a
    /// Reuters", "citadas por Reuters", "secondo un rapporto di Reuters",
    /// "according to the country's interior ministry" (within a few
    /// lowercase words), "Reuters에 따르면" (right before the
    /// marker, where the verb ends the clause).
    fn cited_at<'e>(&self, s: Sentence, i: usize, ents: &[&'e entities::Mention]) -> Option<&'e entities::Mention> {
        let cx = self.cx;
        let l = cx.tags.len_of(i, kinds![AccordingTo])?;
        let organization = |m: &&&entities::Mention| m.kind == EntityKind::Organization;
        if cx.lex_data.verb_final {
            // The source stands before the marker, a particle glued to it.
            let t = cx.tokens;
            let particle = i > s.start && !t.toks[i - 1].space_before() && cx.lex.is_particle(t.folded(i - 1));
            let end = if particle { i - 1 } else { i };
            return ents.iter().rev().find(|m| m.last == end).filter(organization).copied();
        }
        let mut j = i + l;
        let mut skipped = 0;
        let possessive = |k: usize| k + 1 < s.end && cx.tokens.is_possessive(k);
        while j < s.end && skipped < window::OUTLET {
            if let Some(m) = ents.iter().find(|m| m.first == j) {
                // A country's body: "according to Serbia's Ministry of Interior".
                if m.kind == EntityKind::Place && possessive(m.last) {
                    j = m.last + 2;
                    skipped += 1;
                    continue;
                }
                return Some(m).filter(organization).copied();
            }
            if !lower_or_elision(cx.tokens, j) {
                return None;
            }
            // A common noun's possessive: "according to the country's interior ministry".
            j += if possessive(j + 1) { 3 } else { 1 };
            skipped += 1;
        }
        None
    }

    /// The organization that speaks in sentence `s`, for a sentence no
    /// person, role, outlet or anonymous source speaks in: the subject of
    /// a reporting verb, at most [`window::BODY_TO_VERB`] function words
    /// or a closing bracket between ("The Acme Rights Commission (ARC)
    /// has revealed that", "Globex said"), not governed by a preposition;
    /// else the document's own organization an "according to" cites. A
    /// claim takes it as its source when it is not the claim's subject
    /// (see `own_attribution`): "ARC has revealed that 39 people have
    /// been killed" is ARC's toll, "Acme said it cut 300 jobs" Acme's act.
    /// With it, whether it owns what it says: the subject of the verb or a
    /// public body does; an organization only cited may be an outlet.
    pub(super) fn speaking_body(&self, s: Sentence, sk: Kinds) -> Option<(EntityRef, bool)> {
        let (cx, t) = (self.cx, self.cx.tokens);
        if !sk.meets(kinds![Reporting, AccordingTo]) {
            return None;
        }
        let ents: Vec<&entities::Mention> = self.entities_in(s.start, s.end).collect();
        let reporting = |j: usize| cx.tags.any(j, kinds![Reporting]) && !cx.tags.any(j, kinds![AccordingTo]);
        let function = |j: usize| t.toks[j].case == Case::Lower && cx.lex.is_function_word(t.folded(j));
        let between = |j: usize| t.is_close_bracket(j) || function(j);
        // A name that completes the words before it is no speaker (a
        // possessor's is its head): right after a noun ("В больнице Дерны
        // сообщили": the hospital of Derna speaks), or after a word and up
        // to BODY_TO_VERB prepositions or articles ("la Commission des
        // droits de Lamora a révélé", "Police in Lamora said").
        let complement = |m: &entities::Mention| {
            // "Lamora's National Disaster Agency said": the possessed name is the head.
            if m.first >= s.start + 2 && t.is_possessive(m.first - 2) {
                return false;
            }
            let mut p = m.first;
            while p > s.start && m.first - p < window::BODY_TO_VERB && function(p - 1) {
                p -= 1;
            }
            let word = p > s.start && t.toks[p - 1].kind == Kind::Word && !cx.tags.any(p - 1, kinds![ClauseBreak]);
            word && (p < m.first || t.toks[p - 1].case == Case::Lower)
        };
        let speaks = |m: &&&entities::Mention| {
            // The verb may be a function word too ("said"): asked first.
            let verb = (m.last..s.end).take(window::BODY_TO_VERB + 1).find(|&j| reporting(j) || !between(j));
            m.kind == EntityKind::Organization
                && verb.is_some_and(reporting)
                && !complement(m)
                && !crate::extract::subjects::governed_by_preposition(cx, m.first)
        };
        let subject = ents.iter().find(speaks).map(|m| (*m, true)).or_else(|| self.postposed_body(s, &ents, true));
        let cited = || {
            let m = (s.start..s.end).find_map(|i| self.cited_at(s, i, &ents))?;
            Some((m, cx.tags.any(m.first, kinds![Institution])))
        };
        subject.or_else(cited).map(|(m, owns)| (self.entity_ref(m), owns))
    }

    /// The organization that speaks after a reporting verb set after what
    /// it reports, past a comma: "subió a 2.862 muertos, anunció este martes
    /// el ministerio del Interior", "..., said Acme". Only lowercase words
    /// (a time, an article) between, at most [`window::BODY_AFTER_VERB`].
    /// A public body owns what it says; another organization is cited, as
    /// an outlet ("..., сообщает Reuters").
    fn postposed_body<'e>(
        &self,
        s: Sentence,
        ents: &[&'e entities::Mention],
        after_comma: bool,
    ) -> Option<(&'e entities::Mention, bool)> {
        let (cx, t) = (self.cx, self.cx.tokens);
        let verb = (s.start + 1..s.end).find(|&j| {
            (!after_comma || t.is_comma(j - 1))
                && cx.tags.any(j, kinds![Reporting])
                && !cx.tags.any(j, kinds![AccordingTo])
        })?;
        let verb_end = verb + cx.tags.len_of(verb, kinds![Reporting]).unwrap_or(1);
        let m = ents.iter().find(|m| m.first >= verb_end && m.first <= verb_end + window::BODY_AFTER_VERB)?;
        let lower = |j: usize| t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower;
        let owns = cx.tags.any(m.first, kinds![Institution]);
        (m.kind == EntityKind::Organization && (verb_end..m.first).all(lower)).then_some((*m, owns))
    }

    /// Who a sentence that opens by referring to the one before it says
    /// gave what that one said ([`crate::lang::Lexicon::report_anaphors`]):
    /// "Lo ha riferito in serata il ministero degli Interni", "Data korban
    /// ini disampaikan Kementerian Dalam Negeri". Its own source, or the
    /// organization after its reporting verb, or none where it names no one
    /// but reports (its day still dates them).
    pub(super) fn anaphoric_report(&self, s: Sentence) -> Option<Attribution> {
        let cx = self.cx;
        if s.start >= s.end || !cx.lex.report_anaphor_at(cx.tokens, s.start) {
            return None;
        }
        let sk = cx.tags.kinds_in(s.start, s.end);
        let (a, _) = self.attribution(s, sk);
        if !a.is_empty() {
            return Some(a);
        }
        let ents: Vec<&entities::Mention> = self.entities_in(s.start, s.end).collect();
        let Some((m, owns)) = self.postposed_body(s, &ents, false) else {
            // A report with no name ("Das teilte das Unternehmen am
            // Dienstag mit") still tells when: no source.
            return sk.meets(kinds![Reporting]).then(Attribution::default);
        };
        let cited = Some(self.entity_ref(m));
        Some(match owns {
            true => Attribution { affiliation: cited, ..Attribution::default() },
            false => Attribution { outlet: cited, ..Attribution::default() },
        })
    }

    /// Whether person `m` is the one who speaks through the reporting
    /// phrase at token `i`: right before it, or set off by commas, perhaps
    /// with an appositive of at most [`window::APPOSITIVE`] tokens and no
    /// figure ("Der Klinikmitarbeiter in der Stadt Lamora, Paul Norvik,
    /// sagte", "O doutor Paulo Lamora, do hospital civil de Belmora,
    /// afirmou").
    fn says(&self, s: Sentence, m: &entities::Mention, i: usize) -> bool {
        let t = self.cx.tokens;
        if m.last == i {
            return true;
        }
        // "..., segundo o Ministério": an "according to" cites what follows it.
        let according = self.cx.tags.any(i, kinds![AccordingTo]);
        if according || m.last >= i || m.last >= s.end || !t.is_comma(m.last) || !t.is_comma(i - 1) {
            return false;
        }
        let inside = m.last + 1..i - 1;
        inside.len() <= window::APPOSITIVE
            && inside.clone().all(|j| t.toks[j].kind != Kind::Number && !self.cx.tags.any(j, kinds![Number, Reporting]))
    }

    /// Where a reporting verb set off by a comma ends at token `from`: past
    /// a weekday and a title in lower case, at most
    /// [`window::POSTPOSED_SPEAKER`] tokens ("..., a annoncé samedi son
    /// chef de la diplomatie Simon Harris"), before sentence end `end`.
    fn past_weekday_and_title(&self, from: usize, end: usize, lower: &dyn Fn(usize) -> bool) -> usize {
        let limit = (from + window::POSTPOSED_SPEAKER).min(end);
        let mut j = from;
        while j < limit {
            match crate::extract::notcounts::weekday_at(self.cx, j) {
                Some((_, l)) => j += l,
                None if lower(j) => j += 1,
                None => break,
            }
        }
        j
    }

    /// "disse Fulano", "kata Fulano", "Fulano said": a person next to a reporting verb.
    fn reporting_speaker(
        &self,
        s: Sentence,
        ents: &[&entities::Mention],
        a: &mut Attribution,
        used: &mut Vec<(usize, usize)>,
    ) {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        for i in s.start..s.end {
            let Some(l) = tags.len_of(i, kinds![Reporting]) else { continue };
            // Right after the whole phrase ("according to Paul Norvik"); after
            // "according to", past a title in lower case too ("according to
            // medical superintendent Paul Norvik").
            let mut after = i + l;
            let lower = |j: usize| j < s.end && t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower;
            if tags.any(i, kinds![AccordingTo]) {
                after += (after..(after + window::TITLE_WORDS).min(s.end)).take_while(|&j| lower(j)).count();
            } else if i > s.start && t.is_comma(i - 1) {
                after = self.past_weekday_and_title(after, s.end, &lower);
            }
            if let Some(m) =
                ents.iter().find(|m| m.kind == EntityKind::Person && (m.first == after || self.says(s, m, i)))
            {
                a.speaker = Some(m.text.clone());
                used.push((m.first, m.last));
                break;
            }
        }
    }

    /// An organization that speaks in a reporting frame set off inside the
    /// sentence, between commas, dashes or brackets, with a clause on each
    /// side: "In particolare – scrive il quotidiano Bild – 5mila posti
    /// saranno eliminati", "In particular, the Bild newspaper writes, 5,000
    /// jobs". It is the source, never the subject of what the sentence
    /// tells: a public body owns it, any other is cited as an outlet. The
    /// frame holds the verb, the name and lowercase words only, at most
    /// [`window::FRAME`] tokens.
    fn framed_source(
        &self,
        s: Sentence,
        ents: &[&entities::Mention],
        a: &mut Attribution,
        used: &mut Vec<(usize, usize)>,
    ) {
        let (cx, t) = (self.cx, self.cx.tokens);
        // The two ends of the frame: two commas, two dashes, or brackets.
        let dash = |j: usize| matches!(t.raw(j), "–" | "—" | "-") && !t.is_joining_hyphen(j);
        let closes = |open: usize, j: usize| {
            (t.is_comma(open) && t.is_comma(j))
                || (dash(open) && dash(j))
                || (t.is_open_bracket(open) && t.is_close_bracket(j))
        };
        let opens = |j: usize| t.is_comma(j) || dash(j) || t.is_open_bracket(j);
        let verb = |j: usize| cx.tags.any(j, kinds![Reporting]) && !cx.tags.any(j, kinds![AccordingTo]);
        for open in (s.start + 1..s.end).filter(|&j| opens(j)) {
            let reach = s.end.min(open + window::FRAME + 2);
            let Some(close) = (open + 1..reach).find(|&j| opens(j) || closes(open, j)) else { continue };
            if !closes(open, close) {
                continue;
            }
            if close + 1 >= s.end || !(open + 1..close).any(verb) {
                continue;
            }
            // The one name in the frame (mentions are in text order).
            let lo = ents.partition_point(|m| m.first <= open);
            let inside = &ents[lo..ents.partition_point(|m| m.first < close)];
            let [m] = inside else { continue };
            let plain = |j: usize| (m.first..m.last).contains(&j) || verb(j) || lower_or_elision(t, j);
            if m.kind != EntityKind::Organization || m.last > close || !(open + 1..close).all(plain) {
                continue;
            }
            let cited = self.entity_ref(m);
            if cx.tags.any(m.first, kinds![Institution]) {
                a.affiliation.get_or_insert(cited);
            } else {
                a.outlet.get_or_insert(cited);
            }
            used.push((open + 1, close));
            return;
        }
    }
}

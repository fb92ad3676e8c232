//! The language-independent extraction pipeline, driven by a [`Lexicon`].
//!
//! Tokens and sentences ([`crate::text`]), lexicon tags
//! ([`crate::lang::Compiled`]), then quantities, times and entities, then
//! attribution, relations and claims.

pub(crate) mod claims;

pub(crate) use claims::{event_tolls, national_tolls};
pub(crate) use entities::{inflected_aliases, short_name_aliases};
pub(crate) use foreign::katakana_aliases;
pub(crate) use restated::merge as merge_restated;
pub(crate) mod entities;
mod foreign;
mod headline_place;
mod notcounts;
pub(crate) mod numbers;
mod restated;
mod revisions;

pub(crate) mod subjects;
pub(crate) mod time;
pub(crate) mod zones;

use crate::lang::{Compiled, Kinds, Lang, Lexicon, Tag, Tagged};
use crate::schema::{Claim, Concept, Modality, PartialDate, Quantity, Relation, TimeRef, TimeValue, Unit, Zone};

/// The relations a document states.
type Relations = Vec<Relation>;
use crate::text::{Tokens, sentences, tokenize};

/// What the pipeline reads in one document.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub tokens: &'a Tokens<'a>,
    pub tags: &'a Tagged,
    pub lex: &'static Compiled,
    pub lex_data: &'static Lexicon,
}

/// The first phrase accepted by `f` that ends right before token `i`
/// (looking back at most six tokens), with its first token. `f` accepts
/// tags of the kinds `k` only (see [`Tagged::find`]).
pub(crate) fn ending_at<T>(tags: &Tagged, i: usize, k: Kinds, f: impl Fn(Tag) -> Option<T>) -> Option<(T, usize)> {
    (i.saturating_sub(6)..i)
        .filter(|&j| tags.any(j, k))
        .find_map(|j| tags.at(j).iter().filter(|m| j + m.len() == i).find_map(|m| f(m.tag)).map(|v| (v, j)))
}

/// Everything read in one document.
pub(crate) struct Extracted {
    pub published: Option<PartialDate>,
    pub quantities: Vec<Quantity>,
    pub times: Vec<TimeRef>,
    /// Entity mentions, in text order.
    pub entities: Vec<EntityMention>,
    pub claims: Vec<Claim>,
    pub relations: Vec<Relation>,
}

/// Strings shared across a check (entity keys and written names): each
/// distinct string is allocated once and every holder shares it.
#[derive(Default)]
pub(crate) struct Interner(rustc_hash::FxHashSet<std::sync::Arc<str>>);

impl Interner {
    /// The shared copy of `s`.
    pub fn get(&mut self, s: &str) -> std::sync::Arc<str> {
        if let Some(a) = self.0.get(s) {
            return a.clone();
        }
        let a: std::sync::Arc<str> = std::sync::Arc::from(s);
        self.0.insert(a.clone());
        a
    }
}

/// An entity mention with the index of its sentence, for the comparator.
#[derive(Clone, Debug)]
pub(crate) struct EntityMention {
    pub mention: crate::schema::EntityMention,
    /// The index of its sentence in the document.
    pub sentence: usize,
}

/// A text tokenized, tagged and split into sentences in its language: what
/// both the batch's name pass and extraction read.
pub(crate) struct Read<'t> {
    lang: Lang,
    tokens: Tokens<'t>,
    tags: Tagged,
    sents: Vec<crate::text::Sentence>,
}

impl<'t> Read<'t> {
    pub(crate) fn new(text: &'t str, lang: Lang) -> Read<'t> {
        let lex = lang.compiled();
        let mut tokens = tokenize(text, lang.lexicon().groups, lex.ordinal_period(), lang.lexicon().keep_marks);
        lex.segment(&mut tokens);
        if lang.lexicon().glued_units {
            tokens.split_glued(|w, glued| lex.glued_prefix(w, glued));
        }
        let tags = lex.tag(&tokens);
        let sents = join_after_month_abbreviations(&tokens, &tags, lex, sentences(&tokens));
        Read { lang, tokens, tags, sents }
    }

    fn cx(&self) -> Ctx<'_> {
        Ctx { tokens: &self.tokens, tags: &self.tags, lex: self.lang.compiled(), lex_data: self.lang.lexicon() }
    }
}

/// Sentences split after the period of a month's abbreviation before a
/// day ("On Tuesday, Jan. 14, the medical examiner confirmed"), joined
/// again: the splitter reads no lexicon, the month's abbreviation is the
/// language's ([`Compiled::is_month_abbreviation`]). A joined sentence
/// stays within [`crate::text::MAX_SENTENCE_TOKENS`].
fn join_after_month_abbreviations(
    t: &Tokens,
    tags: &Tagged,
    lex: &Compiled,
    sents: Vec<crate::text::Sentence>,
) -> Vec<crate::text::Sentence> {
    let mut out: Vec<crate::text::Sentence> = Vec::with_capacity(sents.len());
    for s in sents {
        let joins = out.last().is_some_and(|prev| {
            let end = prev.end;
            end >= 2
                && t.is_punct(end - 1, '.')
                && tags.any(end - 2, crate::lang::kinds![Month])
                && lex.is_month_abbreviation(t.folded(end - 2))
                && t.toks[s.start].kind == crate::text::Kind::Number
                && !t.toks[s.start].newline_before()
                && s.end - prev.start <= crate::text::MAX_SENTENCE_TOKENS
        });
        match out.last_mut() {
            Some(prev) if joins => prev.end = s.end,
            _ => out.push(s),
        }
    }
    out
}

/// Folded words written as a name inside a sentence, across a batch (and
/// the caller's names of a script without case).
#[derive(Debug, Default)]
pub(crate) struct Names {
    set: rustc_hash::FxHashSet<String>,
    /// The hash of every non-empty beginning of a name that ends on a char
    /// boundary, the names included: made once, the first time it is
    /// asked (the set is complete by then; adding names forgets it).
    /// Hashes rather than strings keep it small; two beginnings with one
    /// hash only make [`Names::begins`] say yes where it could say no.
    prefixes: once_cell::sync::OnceCell<rustc_hash::FxHashSet<u64>>,
}

impl Names {
    /// Whether `w` is one of the names.
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.set.contains(w)
    }

    /// Whether some name may begin with `s`, a non-empty string: when not,
    /// neither `s` nor any longer string that begins with it is a name.
    pub(crate) fn begins(&self, s: &str) -> bool {
        let hash = |p: &str| std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, p);
        let prefixes = self.prefixes.get_or_init(|| {
            let ends = |n: &'_ String| n.char_indices().map(|(k, c)| k + c.len_utf8()).collect::<Vec<_>>();
            self.set.iter().flat_map(|n| ends(n).into_iter().map(move |e| hash(&n[..e]))).collect()
        });
        prefixes.contains(&hash(s))
    }
}

impl Extend<String> for Names {
    fn extend<I: IntoIterator<Item = String>>(&mut self, names: I) {
        self.set.extend(names);
        self.prefixes = once_cell::sync::OnceCell::new();
    }
}

/// Adds to `names` the words a text writes alone as a name inside a
/// sentence (see [`entities::standalone`]).
pub(crate) fn standalone_names(read: &Read, names: &mut Names) {
    // Where every noun is capitalized, a capitalized word alone is no sign of a name.
    if !read.lang.lexicon().noun_determiners.is_empty() {
        return;
    }
    names.extend(entities::standalone(&read.cx(), &read.sents));
}

/// [`standalone_names`] of a text not kept as a [`Read`]: the text is
/// tokenized but only the candidate words are tagged.
pub(crate) fn standalone_names_of(text: &str, lang: Lang, names: &mut Names) {
    if !lang.lexicon().noun_determiners.is_empty() {
        return;
    }
    let lex = lang.compiled();
    let mut tokens = tokenize(text, lang.lexicon().groups, lex.ordinal_period(), lang.lexicon().keep_marks);
    lex.segment(&mut tokens);
    if lang.lexicon().glued_units {
        tokens.split_glued(|w, glued| lex.glued_prefix(w, glued));
    }
    let sents = sentences(&tokens);
    let untagged = lex.tag_window(&tokens, 0, 0);
    let cx = Ctx { tokens: &tokens, tags: &untagged, lex, lex_data: lang.lexicon() };
    names.extend(entities::standalone(&cx, &sents));
}

/// Reads one document. The publication date is `given`, else a dateline's,
/// else `default`. `names` are the batch's standalone names.
pub(crate) fn extract(
    id: &str,
    read: &Read,
    given: Option<PartialDate>,
    default: Option<PartialDate>,
    names: &Names,
    strings: &mut Interner,
) -> Extracted {
    let (cx, sents, tokens) = (read.cx(), &read.sents, &read.tokens);
    let dateline = time::dateline(&cx);
    let published = given.or(dateline.and_then(|(d, _)| d)).or(default);
    let mut quantities = numbers::read(&cx);
    inherit_concepts(&cx, sents, &mut quantities);
    let mut times = time::read(&cx, published);
    // A year read as a time is never also a quantity, and the other way round.
    // A dateline dates the document, not a fact.
    times.retain(|t| {
        // Quantities are in text order and do not overlap: only the last one
        // starting before the time's end can overlap it.
        let k = quantities.partition_point(|q| q.first < t.last);
        k == 0 || quantities[k - 1].last <= t.first
    });
    if let Some((_, end)) = dateline {
        times.retain(|t| t.first >= end);
    }
    let mut entities = entities::find(&cx, sents, names);
    // A dateline's place ("SÃO PAULO, 3 de maio de 2024 -") dates the text; it states nothing.
    if let Some((_, end)) = dateline {
        entities.retain(|m| m.first >= end);
    }
    let zones = zones::of(&cx, sents, dateline.map(|(_, end)| end));
    let found = Found { quantities: &quantities, times: &times, entities: &entities };
    let (mut claims, relations) = zoned_claims(&cx, id, sents, &zones, found, strings);
    headline_place::place_lead_tolls(&cx, sents, &zones, &entities, strings, &mut claims);
    mark_superseded(&quantities, &mut claims);
    plan_future_acts(published, &mut times, &mut claims);
    Extracted {
        published,
        quantities: exact(quantities.into_iter().map(|m| m.quantity).collect()),
        times: exact(times.into_iter().map(|m| m.time).collect()),
        entities: exact(
            entities
                .into_iter()
                .map(|m| EntityMention {
                    sentence: sents.partition_point(|s| s.end <= m.first),
                    mention: crate::schema::EntityMention {
                        start: tokens.toks[m.first].start(),
                        end: tokens.toks[m.last - 1].end(),
                        key: strings.get(&m.key),
                        text: strings.get(&m.text),
                        kind: m.kind,
                    },
                })
                .collect(),
        ),
        claims,
        relations,
    }
}

/// `v` without spare capacity: a vector collected in place from a vector
/// of larger items keeps their buffer, and the report keeps it to the end.
fn exact<T>(mut v: Vec<T>) -> Vec<T> {
    v.shrink_to_fit();
    v
}

/// What a document's layers found, for its claims.
#[derive(Clone, Copy)]
struct Found<'f> {
    quantities: &'f [numbers::Mention],
    times: &'f [time::Mention],
    entities: &'f [entities::Mention],
}

/// The claims and relations of a document read from the sentences of the
/// zones that give claims ([`Zone::gives_claims`]), each claim marked
/// with its zone when none of its evidence is body text.
fn zoned_claims(
    cx: &Ctx,
    id: &str,
    sents: &[crate::text::Sentence],
    zones: &[Option<Zone>],
    found: Found,
    strings: &mut Interner,
) -> (Vec<Claim>, Relations) {
    let Found { quantities, times, entities } = found;
    let gives = |z: &Option<Zone>| z.is_none_or(Zone::gives_claims);
    if zones.iter().all(Option::is_none) {
        return claims::read(cx, id, sents, quantities, times, entities, strings);
    }
    let kept: Vec<(crate::text::Sentence, Option<Zone>)> =
        sents.iter().zip(zones).filter(|(_, z)| gives(z)).map(|(s, z)| (*s, *z)).collect();
    let starts: Vec<usize> = kept.iter().map(|(s, _)| cx.tokens.toks[s.start].start()).collect();
    let ks: Vec<crate::text::Sentence> = kept.iter().map(|(s, _)| *s).collect();
    // Names in a caption, a byline or a related link say nothing of the story.
    let in_kept = |tok: usize| {
        let n = ks.partition_point(|s| s.end <= tok);
        ks.get(n).is_some_and(|s| s.start <= tok)
    };
    let named: Vec<entities::Mention> = entities.iter().filter(|m| in_kept(m.first)).cloned().collect();
    let (mut claims, relations) = claims::read(cx, id, &ks, quantities, times, &named, strings);
    let zone_at = |byte: usize| kept[starts.partition_point(|&b| b <= byte).saturating_sub(1)].1;
    for c in &mut claims {
        let mut all = std::iter::once(&c.evidence).chain(&c.also).map(|e| zone_at(e.start));
        let first = zone_at(c.evidence.start);
        c.zone = if all.any(|z| z.is_none()) { None } else { first };
    }
    (claims, relations)
}

/// Marks the claims whose figure a revision replaces ([`numbers::Mention::superseded`]).
fn mark_superseded(quantities: &[numbers::Mention], claims: &mut [Claim]) {
    let replaced: Vec<usize> = quantities.iter().filter(|m| m.superseded).map(|m| m.quantity.start).collect();
    if replaced.is_empty() {
        return;
    }
    for c in claims {
        c.superseded = c.quantity.as_ref().is_some_and(|q| replaced.binary_search(&q.start).is_ok());
    }
}

/// An act told as done, with its figure, but dated after the publication
/// is planned: "a deal to cut 35,000 jobs by 2030" in an article of 2025
/// cuts nothing yet. Dated after it: a later year, or a later month (a
/// span's first month) of the same year. An act with no figure keeps its
/// modality: its date may be another act's in a list ("人員削減、2025年
/// の営業費...の削減"). A toll dated by a month named without its year is
/// the other way round: the year was the publication's by guess, and a
/// toll told as done puts it a year earlier ("15 people died in
/// November", in March). An act keeps the guess: without the verb's tense
/// "cut 300 jobs in November" and "wird im November 300 Stellen
/// streichen" read alike.
fn plan_future_acts(published: Option<PartialDate>, times: &mut [time::Mention], claims: &mut [Claim]) {
    let Some(p) = published else { return };
    let later = |y: i32, m: Option<u8>| y > p.year || (y == p.year && m.zip(p.month).is_some_and(|(m, pm)| m > pm));
    for c in claims.iter_mut().filter(|c| c.modality == Modality::Asserted && c.quantity.is_some()) {
        let Some(t) = c.time.as_ref() else { continue };
        let future = match t.value {
            TimeValue::Absolute { date } => later(date.year, date.month),
            TimeValue::Span { year, first, .. } => later(year, Some(first)),
            TimeValue::Years { first, .. } => later(first, None),
            _ => false,
        };
        if !future {
            continue;
        }
        // Times are in text order: one look-up, not a scan per claim.
        let k = times.partition_point(|m| m.time.start < t.start);
        let mention = times.get_mut(k).filter(|m| m.time.start == t.start && m.time.end == t.end);
        match mention {
            // Another act of the same time moved it already.
            Some(m) if m.time.value != t.value => c.time = Some(m.time.clone()),
            Some(m) => match m.year_before().filter(|_| c.predicate.is_toll()) {
                Some(earlier) => {
                    m.time = earlier.clone();
                    c.time = Some(earlier);
                }
                None => c.modality = Modality::Planned,
            },
            None => c.modality = Modality::Planned,
        }
    }
}

/// The number layer alone: every quantity in a text.
pub(crate) fn quantities(text: &str, lang: Lang) -> Vec<Quantity> {
    let read = Read::new(text, lang);
    let (cx, sents) = (read.cx(), &read.sents);
    let mut qs = numbers::read(&cx);
    inherit_concepts(&cx, sents, &mut qs);
    qs.into_iter().map(|m| m.quantity).collect()
}

/// A count with no noun, or a generic classifier ("30 mil exemplares",
/// "kurang dari 30.000"), counts what the last count of the same or the
/// previous sentence counted, unless a count of a measure noun ("sete
/// desaparecidos") stands between them, or a count a predicate's noun
/// follows ("dos fases: 5.000 despidos", which count lay-offs), or an
/// amount of money, or one right after a measure's noun ("i feriti 205").
/// A count of places ("across six states") is where, not
/// what: it changes nothing. A measure ("51,8 grados") counts nothing and
/// passes nothing on; a count with a nationality after it ("325 egipcios")
/// counts that country's people, no older noun.
fn inherit_concepts(cx: &Ctx, sents: &[crate::text::Sentence], qs: &mut [numbers::Mention]) {
    let sentence_of = |tok: usize| sents.partition_point(|s| s.end <= tok);
    let mut last: Option<(Concept, usize)> = None;
    let tags = |k: usize, kinds: Kinds| k < cx.tokens.len() && cx.tags.any(k, kinds);
    for m in qs.iter_mut() {
        let s = sentence_of(m.first);
        match &m.quantity.unit {
            Unit::Count { concept: Some(c) } if Concept::is_place(&c.0) => {}
            Unit::Count { .. } if notcounts::is_unit_of_measure(cx, m.last.wrapping_sub(1)) => last = None,
            Unit::Count { concept: None } if tags(m.last, crate::lang::kinds![Place]) => {}
            Unit::Count { concept: Some(c) } if !m.elliptic && m.measure.is_none() => last = Some((c.clone(), s)),
            // "sete desaparecidos, uma em Belmora": a measure's count
            // ends what an older noun counted; the counts after it count
            // what the measure does, and take no noun.
            Unit::Count { .. } if !m.elliptic => last = None,
            Unit::Count { .. } if tags(m.last, crate::lang::kinds![Predicate]) => last = None,
            // "tra cui un bambino, e i feriti 205": a measure's noun right
            // before the count names what it counts.
            Unit::Count { .. } if m.first > 0 && tags(m.first - 1, crate::lang::kinds![Measure]) => last = None,
            // "a dégagé un bénéfice de 2,3 milliards d'euros ... à 80,81
            // milliards": after an amount of money, a bare figure counts
            // no older noun ("dix marques").
            Unit::Money { .. } => last = None,
            Unit::Count { concept: None } if m.elliptic => {
                if let Some((c, ls)) = &last {
                    if s <= ls + 1 {
                        m.quantity.unit = Unit::Count { concept: Some(c.clone()) };
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::text::{MAX_SENTENCE_TOKENS, sentences, tokenize};

    /// Text with no sentence end is cut into pieces of at most
    /// [`MAX_SENTENCE_TOKENS`] tokens, in order and without gaps, so that
    /// every per-sentence step of the rules works on a bounded piece.
    #[test]
    fn a_sentence_longer_than_the_bound_is_cut() {
        let unit = "A Acme encomendou mais de 100 mil chips este ano e ";
        let cases: &[(&str, usize)] = &[("below the bound", 30), ("one bound and a bit", 40), ("many bounds", 400)];
        for &(name, repeats) in cases {
            let text = unit.repeat(repeats);
            let t = tokenize(&text, &['.'], None, false);
            let sents = sentences(&t);
            assert_eq!(sents.len(), t.len().div_ceil(MAX_SENTENCE_TOKENS), "{name}: {} tokens", t.len());
            assert!(sents.iter().all(|s| s.end - s.start <= MAX_SENTENCE_TOKENS), "{name}: a piece over the bound");
            let mut at = 0;
            for s in &sents {
                assert_eq!(s.start, at, "{name}: pieces are contiguous");
                at = s.end;
            }
            assert_eq!(at, t.len(), "{name}: pieces cover every token");
        }
    }
}

//! The language-independent extraction pipeline, driven by a [`Lexicon`].
//!
//! Tokens and sentences ([`crate::text`]), lexicon tags
//! ([`crate::lang::Compiled`]), then quantities, times and entities, then
//! attribution, relations and claims.

pub(crate) mod claims;

pub(crate) use claims::event_tolls;
pub(crate) use entities::short_name_aliases;
pub(crate) mod entities;
pub(crate) mod numbers;
pub(crate) mod subjects;
pub(crate) mod time;

use crate::lang::{Compiled, Kinds, Lang, Lexicon, Tag, Tagged};
use crate::schema::{Claim, Concept, PartialDate, Quantity, Relation, TimeRef, Unit};
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
        .find_map(|j| tags.at(j).iter().filter(|m| j + m.len == i).find_map(|m| f(m.tag)).map(|v| (v, j)))
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
        let tokens = tokenize(text, lang.lexicon().groups, lex.ordinal_period());
        let tags = lex.tag(&tokens);
        let sents = sentences(&tokens);
        Read { lang, tokens, tags, sents }
    }

    fn cx(&self) -> Ctx<'_> {
        Ctx { tokens: &self.tokens, tags: &self.tags, lex: self.lang.compiled(), lex_data: self.lang.lexicon() }
    }
}

/// Folded words written as a name inside a sentence, across a batch.
pub(crate) type Names = rustc_hash::FxHashSet<String>;

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
    let tokens = tokenize(text, lang.lexicon().groups, lex.ordinal_period());
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
) -> Extracted {
    let (cx, sents, tokens) = (read.cx(), &read.sents, &read.tokens);
    let dateline = time::dateline(&cx);
    let published = given.or(dateline.and_then(|(d, _)| d)).or(default);
    let mut quantities = numbers::read(&cx);
    inherit_concepts(sents, &mut quantities);
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
    let (claims, relations) = claims::read(&cx, id, sents, &quantities, &times, &entities);
    Extracted {
        published,
        quantities: quantities.into_iter().map(|m| m.quantity).collect(),
        times: times.into_iter().map(|m| m.time).collect(),
        entities: entities
            .into_iter()
            .map(|m| EntityMention {
                sentence: sents.partition_point(|s| s.end <= m.first),
                mention: crate::schema::EntityMention {
                    start: tokens.toks[m.first].start,
                    end: tokens.toks[m.last - 1].end,
                    key: m.key,
                    text: m.text,
                    kind: m.kind,
                },
            })
            .collect(),
        claims,
        relations,
    }
}

/// The number layer alone: every quantity in a text.
pub(crate) fn quantities(text: &str, lang: Lang) -> Vec<Quantity> {
    let read = Read::new(text, lang);
    let (cx, sents) = (read.cx(), &read.sents);
    let mut qs = numbers::read(&cx);
    inherit_concepts(sents, &mut qs);
    qs.into_iter().map(|m| m.quantity).collect()
}

/// A count with no noun, or a generic classifier ("30 mil exemplares",
/// "kurang dari 30.000"), counts what the last count of the same or the
/// previous sentence counted.
fn inherit_concepts(sents: &[crate::text::Sentence], qs: &mut [numbers::Mention]) {
    let sentence_of = |tok: usize| sents.partition_point(|s| s.end <= tok);
    let mut last: Option<(Concept, usize)> = None;
    for m in qs.iter_mut() {
        let s = sentence_of(m.first);
        match &m.quantity.unit {
            Unit::Count { concept: Some(c) } if !m.elliptic && m.measure.is_none() => last = Some((c.clone(), s)),
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

//! A lexicon compiled once into a phrase index, and the tags it puts on
//! tokens.
//!
//! Every word list of a [`Lexicon`] becomes phrases keyed by their first
//! folded word. Tagging a text looks each token up once in a hash map (and
//! once per distinct stem length for stems), then checks the rest of each
//! candidate phrase: linear in the text for a fixed lexicon.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{Lang, Lexicon};
use crate::schema::{Currency, Modality, Predicate, Qualifier, RelativeTime, Role, TimeRelation};
use crate::text::{Kind, Tokens, fold, tokenize};

/// What a matched phrase means.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Tag {
    Number(f64),
    NumberJoiner,
    Scale(f64),
    Qualifier(Qualifier),
    QualifierAfter(Qualifier),
    RangeOpener,
    RangeJoiner,
    Currency(Currency),
    Percent,
    Month(u8),
    Relative(RelativeTime),
    TimeRelation(TimeRelation),
    Predicate(Predicate),
    Measure(Predicate),
    /// A concept key; the empty key is a generic classifier.
    Concept(&'static str),
    Modality(Modality),
    Reporting,
    AccordingTo,
    Denial,
    Negation,
    NegativeDeterminer,
    NoComment,
    Role(Role),
    Anonymous,
    OwnerNoun,
    OwnedNoun,
    CompanyAnaphor,
    ClauseBreak,
    AgentMarker,
    NameParticle,
    /// A place with its canonical key.
    Place(&'static str),
}

#[derive(Clone, Debug)]
struct Word {
    text: String,
    prefix: bool,
}

#[derive(Clone, Debug)]
struct Phrase {
    /// The words after the first.
    rest: Vec<Word>,
    tag: Tag,
}

/// A match of one phrase at one token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Match {
    /// Number of tokens the phrase covers.
    pub len: usize,
    pub tag: Tag,
}

/// A lexicon compiled for matching.
pub(crate) struct Compiled {
    pub lang: Lang,
    exact: HashMap<String, Vec<Phrase>>,
    stems: HashMap<String, Vec<Phrase>>,
    /// The distinct stem lengths in chars, ascending.
    stem_lengths: Vec<usize>,
    function_words: HashSet<String>,
    /// Month forms that are a shorter form of another ("set" of "setembro").
    month_abbreviations: HashSet<String>,
}

/// The tags on a text's tokens: for each token, the phrases that start there.
pub(crate) struct Tagged {
    /// `offsets[i]..offsets[i + 1]` indexes `matches` for token `i`.
    offsets: Vec<u32>,
    matches: Vec<Match>,
}

impl Tagged {
    /// The phrases that start at token `i`, longest first.
    pub fn at(&self, i: usize) -> &[Match] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.matches[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The first match at token `i` that `f` accepts, with its length.
    pub fn find<T>(&self, i: usize, f: impl Fn(Tag) -> Option<T>) -> Option<(T, usize)> {
        self.at(i).iter().find_map(|m| f(m.tag).map(|v| (v, m.len)))
    }

    /// Whether some phrase starting at `i` has a tag `f` accepts.
    pub fn has(&self, i: usize, f: impl Fn(Tag) -> bool) -> bool {
        self.at(i).iter().any(|m| f(m.tag))
    }
}

impl Compiled {
    pub fn new(lex: &'static Lexicon) -> Compiled {
        let mut c = Compiled {
            lang: lex.lang,
            exact: HashMap::default(),
            stems: HashMap::default(),
            stem_lengths: Vec::new(),
            function_words: lex.function_words.iter().map(|w| fold(w)).collect(),
            month_abbreviations: lex
                .months
                .iter()
                .map(|&(p, m)| (fold(p), m))
                .filter(|(p, m)| {
                    lex.months
                        .iter()
                        .any(|&(q, n)| n == *m && fold(q).len() > p.len() && fold(q).starts_with(p.as_str()))
                })
                .map(|(p, _)| p)
                .collect(),
        };
        let groups = lex.groups;
        let mut add = |phrase: &str, tag: Tag| c.add(phrase, tag, groups);
        for &(p, v) in lex.numbers {
            add(p, Tag::Number(v));
        }
        for &p in lex.number_joiners {
            add(p, Tag::NumberJoiner);
        }
        for &(p, v) in lex.scales {
            add(p, Tag::Scale(v));
        }
        for &(p, q) in lex.qualifiers {
            add(p, Tag::Qualifier(q));
        }
        for &(p, q) in lex.qualifiers_after {
            add(p, Tag::QualifierAfter(q));
        }
        for &p in lex.range_openers {
            add(p, Tag::RangeOpener);
        }
        for &p in lex.range_joiners {
            add(p, Tag::RangeJoiner);
        }
        for &(p, code) in lex.currencies {
            if let Some(cur) = Currency::new(code) {
                add(p, Tag::Currency(cur));
            }
        }
        add("%", Tag::Percent);
        for &p in lex.percent {
            add(p, Tag::Percent);
        }
        for &(p, m) in lex.months {
            add(p, Tag::Month(m));
        }
        for &(p, r) in lex.relative_times {
            add(p, Tag::Relative(r));
        }
        for &(p, r) in lex.time_relations {
            add(p, Tag::TimeRelation(r));
        }
        for &(p, pred) in lex.predicates {
            add(p, Tag::Predicate(pred));
        }
        for &(p, pred) in lex.measures {
            add(p, Tag::Measure(pred));
        }
        for &(p, k) in lex.concepts {
            add(p, Tag::Concept(k));
        }
        for &(p, m) in lex.modality {
            add(p, Tag::Modality(m));
        }
        for &p in lex.reporting {
            add(p, Tag::Reporting);
        }
        for &p in lex.according_to {
            add(p, Tag::AccordingTo);
        }
        for &p in lex.denials {
            add(p, Tag::Denial);
        }
        for &p in lex.negations {
            add(p, Tag::Negation);
        }
        for &p in lex.negative_determiners {
            add(p, Tag::NegativeDeterminer);
        }
        for &p in lex.no_comment {
            add(p, Tag::NoComment);
        }
        for &(p, r) in lex.roles {
            add(p, Tag::Role(r));
        }
        for &p in lex.anonymous {
            add(p, Tag::Anonymous);
        }
        for &p in lex.owner_nouns {
            add(p, Tag::OwnerNoun);
        }
        for &p in lex.owned_nouns {
            add(p, Tag::OwnedNoun);
        }
        for &p in lex.company_anaphora {
            add(p, Tag::CompanyAnaphor);
        }
        for &p in lex.clause_breaks {
            add(p, Tag::ClauseBreak);
        }
        for &p in lex.agent_markers {
            add(p, Tag::AgentMarker);
        }
        for &p in lex.name_particles {
            add(p, Tag::NameParticle);
        }
        for &(p, k) in lex.places {
            add(p, Tag::Place(k));
        }
        // Longest phrases first, so that callers taking the first match take the longest.
        for list in c.exact.values_mut().chain(c.stems.values_mut()) {
            list.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
        }
        c.stem_lengths.sort_unstable();
        c.stem_lengths.dedup();
        c
    }

    fn add(&mut self, phrase: &str, tag: Tag, groups: &[char]) {
        let (body, prefix) = match phrase.strip_suffix('*') {
            Some(b) => (b, true),
            None => (phrase, false),
        };
        let t = tokenize(body, groups);
        let mut words: Vec<Word> =
            (0..t.len()).map(|i| Word { text: t.folded(i).to_string(), prefix: false }).collect();
        if words.is_empty() {
            return;
        }
        if prefix {
            if let Some(last) = words.last_mut() {
                last.prefix = true;
            }
        }
        let first = words.remove(0);
        let entry = Phrase { rest: words, tag };
        if first.prefix {
            self.stem_lengths.push(first.text.chars().count());
            self.stems.entry(first.text).or_default().push(entry);
        } else {
            self.exact.entry(first.text).or_default().push(entry);
        }
    }

    /// Whether a folded month form is the short form of another ("set", "jul").
    pub fn is_month_abbreviation(&self, folded: &str) -> bool {
        self.month_abbreviations.contains(folded)
    }

    /// Whether a folded word is one of the language's function words.
    pub fn is_function_word(&self, folded: &str) -> bool {
        self.function_words.contains(folded)
    }

    /// Tags every token of a text.
    pub fn tag(&self, t: &Tokens) -> Tagged {
        let mut offsets = Vec::with_capacity(t.len() + 1);
        let mut matches = Vec::new();
        for i in 0..t.len() {
            offsets.push(matches.len() as u32);
            let tok = t.toks[i];
            if tok.kind == Kind::Number {
                continue;
            }
            let w = t.folded(i);
            let before = matches.len();
            if let Some(list) = self.exact.get(w) {
                for p in list {
                    if let Some(len) = self.rest_matches(t, i, p) {
                        matches.push(Match { len, tag: p.tag });
                    }
                }
            }
            if tok.kind == Kind::Word {
                for &n in &self.stem_lengths {
                    let Some((cut, _)) = w.char_indices().nth(n) else { break };
                    if let Some(list) = self.stems.get(&w[..cut]) {
                        for p in list {
                            if let Some(len) = self.rest_matches(t, i, p) {
                                matches.push(Match { len, tag: p.tag });
                            }
                        }
                    }
                }
                // A stem may also match the whole word ("encomend*" and "encomenda").
                if let Some(list) = self.stems.get(w) {
                    for p in list {
                        if let Some(len) = self.rest_matches(t, i, p) {
                            matches.push(Match { len, tag: p.tag });
                        }
                    }
                }
            }
            matches[before..].sort_by_key(|m| std::cmp::Reverse(m.len));
        }
        offsets.push(matches.len() as u32);
        Tagged { offsets, matches }
    }

    /// The phrase's length in tokens if its words after the first match the
    /// tokens after `i`, within one sentence line.
    fn rest_matches(&self, t: &Tokens, i: usize, p: &Phrase) -> Option<usize> {
        for (k, word) in p.rest.iter().enumerate() {
            let j = i + 1 + k;
            let tok = t.toks.get(j)?;
            if tok.newline_before {
                return None;
            }
            let w = t.folded(j);
            let ok = if word.prefix { w.starts_with(word.text.as_str()) } else { w == word.text };
            if !ok {
                return None;
            }
        }
        Some(1 + p.rest.len())
    }
}

//! claimcheck reads news reports of one story in several languages,
//! normalizes their numeric and entity claims into one canonical schema,
//! and tells where the reports agree, where they are in tension and where
//! they contradict each other, with the evidence in each original language.
//!
//! ```
//! use claimcheck::{check_consistency, Document, Lang, Predicate, Verdict};
//!
//! let docs = [
//!     Document::new("a", "A Acme encomendou mais de 100 mil chips este ano.").with_lang(Lang::Pt),
//!     Document::new("b", "Acme memesan lebih dari 100.000 chip tahun ini.").with_lang(Lang::Id),
//!     Document::new("c", "Acme ha ordinato 100.000 chip quest'anno.").with_lang(Lang::It),
//! ];
//! let report = check_consistency(&docs)?;
//! let ordered = report.findings.iter().find(|f| f.predicate == Some(Predicate::Order)).unwrap();
//! // "100.000" sits on the open bound of "more than 100 thousand": a tension within rounding.
//! assert_eq!(ordered.verdict, Verdict::Tension);
//! assert_eq!(ordered.outliers, ["c"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Overview
//!
//! A check runs in two stages:
//!
//! 1. **Extraction**, per document, language-independent code driven by a
//!    per-language lexicon: tokens and sentences; numbers with the
//!    language's separators, number words and scale words; qualifiers read
//!    as intervals ([`Qualifier`] documents each one); units and counted
//!    concepts; times, resolved against the publication date when known;
//!    entities from the text (proper-noun spans, acronyms, codes) with keys
//!    shared across languages; who says it and whether it is denied;
//!    ownership appositives as [`Relation`]s; and [`Claim`]s.
//! 2. **Comparison**: claims about one subject, predicate family, object
//!    and time form a fact; each fact gets a [`Finding`] with a [`Verdict`].
//!
//! [`compare_claims`] runs the second stage alone on claims extracted by
//! other means.
//!
//! # Untrusted input
//!
//! Any UTF-8 text gives a report or an [`Error`], never a panic. Work is
//! linear in the length of the text for a fixed lexicon: every lexicon is
//! compiled once per process into hash maps, each token is looked up a
//! bounded number of times, and every look-around is bounded. Numbers too
//! large for an `f64` are saturated and flagged ([`Quantity::saturated`]).
//! [`Checker::max_document_bytes`] bounds the size of one document.

#![deny(missing_docs)]

mod batch;
mod compare;
mod error;
mod extract;
mod lang;
pub mod render;
mod schema;
mod text;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use batch::check_events;
pub use compare::relate;
pub use error::Error;
pub use lang::{Lang, LangCode, ParseLangCodeError, ParseLangError};
pub use schema::*;

/// Checks documents with the default settings: every supported language,
/// no default date, no knowledge base, a rounding tolerance of 1.
pub fn check_consistency(docs: &[Document]) -> Result<Report, Error> {
    Checker::new().check(docs)
}

/// Reads every quantity in a text (the number layer alone): numbers with
/// their qualifiers, units, intervals and rounding, in text order. Text
/// past its first GiB is not read.
///
/// ```
/// use claimcheck::{read_quantities, Lang, Qualifier};
///
/// let q = read_quantities("Garuda memesan lebih dari 100.000 kursi.", Lang::Id);
/// assert_eq!(q[0].text, "lebih dari 100.000 kursi");
/// assert_eq!(q[0].qualifier, Qualifier::MoreThan);
/// assert_eq!((q[0].interval.low, q[0].interval.high), (Some(100_000.0), None));
/// ```
pub fn read_quantities(text: &str, lang: Lang) -> Vec<Quantity> {
    extract::quantities(text, lang)
}

/// Detects the language of a text, as a check does for a document that
/// gives none: among the supported languages and many others, so that a
/// text in Catalan or Chinese is recognized as such. Below a confidence of
/// 0.5 no language is given.
///
/// ```
/// use claimcheck::{detect_language, Lang};
///
/// assert_eq!(detect_language("O banco lucrou mais de 3 bilhões no trimestre.").lang(), Some(Lang::Pt));
/// let ca = detect_language("El Govern aprova els pressupostos amb el suport dels socis.");
/// assert_eq!((ca.code.unwrap().as_str(), ca.lang()), ("ca", None));
/// assert_eq!(detect_language("12345 678").code, None);
/// ```
pub fn detect_language(text: &str) -> Detection {
    let guess = lang::detect(text);
    // Three decimals: enough to compare, stable to print.
    let confidence = (guess.confidence * 1000.0).round() / 1000.0;
    let code = match guess.found {
        lang::Detected::Lang(l) => Some(l.into()),
        lang::Detected::Other(code) => Some(code),
        lang::Detected::Undetected => None,
    };
    Detection { code, confidence }
}

/// Runs only the comparator on claims extracted by other means.
///
/// `relations` are those the caller knows (ownership, aliases); claims are
/// grouped as [`Checker::check`] groups them. The findings are sorted.
pub fn compare_claims(claims: &[Claim], relations: &[Relation]) -> Vec<Finding> {
    Checker::new().compare(claims, relations)
}

/// What the caller knows that the texts may not say: aliases, ownership and
/// part-of relations, by entity name.
///
/// As JSON:
///
/// ```json
/// { "aliases": { "Meta Platforms": ["Meta", "Facebook"] },
///   "owns": [["Meta Platforms", "Instagram"]],
///   "part_of": [["Bavaria", "Germany"]] }
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnowledgeBase {
    /// A canonical name and the other names of the same entity.
    #[serde(default)]
    pub aliases: BTreeMap<String, Vec<String>>,
    /// Owner and owned.
    #[serde(default)]
    pub owns: Vec<(String, String)>,
    /// Part and whole.
    #[serde(default)]
    pub part_of: Vec<(String, String)>,
}

impl KnowledgeBase {
    /// Reads a knowledge base from JSON.
    pub fn from_json(json: &str) -> Result<KnowledgeBase, Error> {
        Ok(serde_json::from_str(json)?)
    }

    /// The names, canonical or alias, written in a script without case
    /// (Hangul, Han): capitals cannot tell them in a text, so only these
    /// are read as names there. Folded.
    fn uncased_names(&self) -> impl Iterator<Item = String> + '_ {
        let uncased = |n: &&String| {
            n.chars().any(char::is_alphabetic) && !n.chars().any(|c| c.is_lowercase() || c.is_uppercase())
        };
        self.aliases
            .iter()
            .flat_map(|(canon, aliases)| std::iter::once(canon).chain(aliases))
            .filter(uncased)
            .map(|n| crate::text::fold(n))
    }

    /// Alias key to canonical key.
    fn alias_map(&self) -> HashMap<String, String> {
        let mut map = HashMap::new();
        for (canon, aliases) in &self.aliases {
            let ck = extract::entities::key_of(canon, Lang::En);
            for a in aliases {
                map.insert(extract::entities::key_of(a, Lang::En), ck.clone());
            }
        }
        map
    }

    fn relations(&self, aliases: &HashMap<String, String>) -> Vec<Relation> {
        let r = |name: &str| {
            let key = extract::entities::key_of(name, Lang::En);
            EntityRef { key: aliases.get(&key).cloned().unwrap_or(key).into(), text: name.into() }
        };
        let owns = self.owns.iter().map(|(a, b)| (RelationKind::Owns, a, b));
        let part = self.part_of.iter().map(|(a, b)| (RelationKind::PartOf, a, b));
        owns.chain(part)
            .map(|(kind, a, b)| Relation { kind, from: r(a), to: r(b), source: None, evidence: None })
            .collect()
    }
}

/// A configured checker.
#[derive(Clone, Debug)]
pub struct Checker {
    languages: Vec<Lang>,
    default_published: Option<PartialDate>,
    knowledge: KnowledgeBase,
    tolerance: f64,
    rates: BTreeMap<Currency, f64>,
    max_document_bytes: usize,
    strict: bool,
    /// How much text [`Checker::check`] keeps tokenized and tagged between
    /// its two passes over a batch ([`KEEP_READ_BYTES`]; tests lower it).
    keep_read_bytes: usize,
}

impl Default for Checker {
    fn default() -> Checker {
        Checker::new()
    }
}

/// How much text [`Checker::check`] keeps tokenized and tagged between its
/// two passes over a batch (about five bytes of memory per byte of text).
/// 4 MiB rather than 8: on 10.1 MB of real articles the kept reads were
/// what set the peak once the report's strings were shared (82.8 MiB
/// instead of 91.6), for about 4% more CPU time.
const KEEP_READ_BYTES: usize = 4 << 20;

impl Checker {
    /// A checker with every language, no default date, no knowledge base,
    /// a rounding tolerance of 1 and a 64 MiB limit per document.
    pub fn new() -> Checker {
        Checker {
            languages: Lang::ALL.to_vec(),
            default_published: None,
            knowledge: KnowledgeBase::default(),
            tolerance: 1.0,
            rates: BTreeMap::new(),
            max_document_bytes: 64 << 20,
            strict: false,
            keep_read_bytes: KEEP_READ_BYTES,
        }
    }

    /// The languages to read. A document in another language, given or
    /// detected, is skipped (or an error, when [`Checker::strict`]):
    /// detection always considers every language it knows, so a text in a
    /// language left out is never read as one of these.
    pub fn languages(mut self, langs: &[Lang]) -> Checker {
        self.languages = langs.to_vec();
        self
    }

    /// The publication date of documents that give none and have no dateline.
    pub fn default_published(mut self, date: PartialDate) -> Checker {
        self.default_published = Some(date);
        self
    }

    /// Aliases and relations the texts may not state.
    pub fn knowledge(mut self, kb: KnowledgeBase) -> Checker {
        self.knowledge = kb;
        self
    }

    /// How many times the rounding of a written form a gap between two
    /// values may be and still count as a tension rather than a
    /// contradiction (default 1; 0 makes only touching intervals a tension).
    pub fn tolerance(mut self, tolerance: f64) -> Checker {
        self.tolerance = if tolerance.is_finite() && tolerance >= 0.0 { tolerance } else { 1.0 };
        self
    }

    /// Exchange rates: the value of one unit of each currency in a common
    /// base of the caller's choice. Amounts in different currencies are
    /// compared only when both have a rate; otherwise they are never
    /// compared, and never called a contradiction. A rate that is not
    /// finite and positive is ignored.
    pub fn exchange_rates(mut self, rates: impl IntoIterator<Item = (Currency, f64)>) -> Checker {
        self.rates = rates.into_iter().filter(|(_, r)| r.is_finite() && *r > 0.0).collect();
        self
    }

    fn settings(&self) -> compare::Settings {
        compare::Settings { tolerance: self.tolerance, rates: self.rates.clone(), published: Default::default() }
    }

    /// Whether a document that cannot be read is an error rather than
    /// skipped. By default (`false`) a document that is empty, too large,
    /// in a language that cannot be detected, that is not supported or not
    /// enabled is left out and listed in [`Report::skipped`] with its
    /// [`SkipCause`], and the others are checked. When strict, the check
    /// fails with the error of the first such document in id order.
    pub fn strict(mut self, strict: bool) -> Checker {
        self.strict = strict;
        self
    }

    /// The opposite of [`Checker::strict`], kept for callers of earlier
    /// versions: `skip_bad_documents(true)` is the default.
    pub fn skip_bad_documents(self, skip: bool) -> Checker {
        self.strict(!skip)
    }

    /// The largest document, in bytes, to accept; at most 1 GiB (token
    /// offsets are 32 bits), a larger limit stands for 1 GiB.
    pub fn max_document_bytes(mut self, limit: usize) -> Checker {
        self.max_document_bytes = limit.min(text::MAX_TEXT_BYTES);
        self
    }

    /// Runs the comparator alone (see [`compare_claims`]), with this
    /// checker's knowledge base and tolerance.
    pub fn compare(&self, claims: &[Claim], relations: &[Relation]) -> Vec<Finding> {
        let aliases = self.knowledge.alias_map();
        let mut rels = relations.to_vec();
        rels.extend(self.knowledge.relations(&aliases));
        if aliases.is_empty() {
            return compare::compare(claims, &rels, &self.settings());
        }
        let mut strings = extract::Interner::default();
        let claims: Vec<Claim> = claims.iter().cloned().map(|c| apply_aliases(c, &aliases, &mut strings)).collect();
        compare::compare(&claims, &rels, &self.settings())
    }

    /// Checks documents: extracts claims from each and compares them.
    pub fn check(&self, docs: &[Document]) -> Result<Report, Error> {
        let (order, langs, skipped) = self.admit_all(docs)?;
        let aliases = self.knowledge.alias_map();
        let mut documents = Vec::new();
        let mut claims = Vec::new();
        let mut relations = self.knowledge.relations(&aliases);
        let mut mentions: Vec<(String, Vec<extract::EntityMention>)> = Vec::new();
        let mut names = extract::Names::default();
        names.extend(self.knowledge.uncased_names());
        let reads = self.name_pass(&order, &langs, &mut names);
        let mut strings = extract::Interner::default();
        for ((d, (lang, confidence)), read) in order.into_iter().zip(langs).zip(reads) {
            let read = read.unwrap_or_else(|| extract::Read::new(&d.text, lang));
            let ex = extract::extract(&d.id, &read, d.published, self.default_published, &names, &mut strings);
            drop(read);
            let published = ex.published;
            documents.push(DocumentReport {
                id: d.id.clone(),
                lang,
                lang_detected: confidence.is_some(),
                lang_confidence: confidence,
                published,
                quantities: ex.quantities,
                times: ex.times,
                entities: Vec::new(),
            });
            claims.extend(ex.claims.into_iter().map(|c| apply_aliases(c, &aliases, &mut strings)));
            relations.extend(ex.relations.into_iter().map(|mut r| {
                rekey(&mut r.from.key, &aliases, &mut strings);
                rekey(&mut r.to.key, &aliases, &mut strings);
                r
            }));
            let ments = ex
                .entities
                .into_iter()
                .map(|mut m| {
                    rekey(&mut m.mention.key, &aliases, &mut strings);
                    m
                })
                .collect::<Vec<_>>();
            mentions.push((d.id.clone(), ments));
        }
        reconcile_batch(&documents, &mut claims, &mut relations, &mut mentions, &mut strings);
        extract::merge_restated(&mut claims);
        // Publication dates date the figures of running totals.
        let mut settings = self.settings();
        settings.published = documents.iter().filter_map(|d| Some((d.id.clone(), d.published?))).collect();
        let mut findings = compare::compare(&claims, &relations, &settings);
        let variants = variant_findings(&documents, &mentions, &mut findings);
        compare::sort_findings(&mut findings);
        let entities = entity_table(&mentions, &claims, &relations, &variants);
        // Each document's mentions, moved into its report (one entry per document, in order).
        for (doc, (_, ments)) in documents.iter_mut().zip(mentions) {
            doc.entities = ments.into_iter().map(|m| m.mention).collect();
            // Collected in place from larger items: without their spare room.
            doc.entities.shrink_to_fit();
        }
        Ok(Report { documents, entities, relations, claims, findings, skipped })
    }

    /// The batch's name pass: reports of one story name the same actors,
    /// so a word one document writes as a name inside a sentence is a name
    /// at the start of a sentence in another. The documents read for it
    /// are kept for extraction, up to a budget of text; beyond it they are
    /// read again (`None`), so that memory stays a small multiple of the
    /// largest document. The first is always kept: it is the first
    /// extracted, and reading it twice would save nothing.
    fn name_pass<'d>(
        &self,
        order: &[&'d Document],
        langs: &[(Lang, Option<f64>)],
        names: &mut extract::Names,
    ) -> Vec<Option<extract::Read<'d>>> {
        let mut reads = Vec::with_capacity(order.len());
        let mut kept_bytes = 0;
        for (d, &(lang, _)) in order.iter().zip(langs) {
            if kept_bytes == 0 || kept_bytes + d.text.len() <= self.keep_read_bytes {
                kept_bytes += d.text.len();
                let read = extract::Read::new(&d.text, lang);
                extract::standalone_names(&read, names);
                reads.push(Some(read));
            } else {
                extract::standalone_names_of(&d.text, lang, names);
                reads.push(None);
            }
        }
        reads
    }

    /// Checks the ids of a batch and admits its documents, in id order (so
    /// that the report does not depend on input order): the readable ones
    /// with their languages and detection confidences, and the skipped
    /// ones, or the first one's error when strict.
    fn admit_all<'d>(&self, docs: &'d [Document]) -> Result<Admitted<'d>, Error> {
        if docs.is_empty() {
            return Err(Error::NoDocuments);
        }
        let mut ids = HashSet::new();
        for d in docs {
            if d.id.is_empty() {
                return Err(Error::EmptyId);
            }
            if !ids.insert(d.id.as_str()) {
                return Err(Error::DuplicateId { id: d.id.clone() });
            }
        }
        let mut order: Vec<&Document> = docs.iter().collect();
        order.sort_by(|a, b| a.id.cmp(&b.id));
        let mut langs = Vec::with_capacity(order.len());
        let mut skipped = Vec::new();
        let mut kept = Vec::with_capacity(order.len());
        for d in order {
            match self.admit(d) {
                Ok(l) => {
                    langs.push(l);
                    kept.push(d);
                }
                Err(cause) => {
                    let error = skip_error(&d.id, &cause);
                    if self.strict {
                        return Err(error);
                    }
                    skipped.push(Skipped { id: d.id.clone(), reason: error.to_string(), cause });
                }
            }
        }
        Ok((kept, langs, skipped))
    }

    /// Checks that a document can be read: its size, that it has text, and
    /// its language with the detection's confidence when it was detected.
    fn admit(&self, d: &Document) -> Result<(Lang, Option<f64>), SkipCause> {
        if d.text.len() > self.max_document_bytes {
            return Err(SkipCause::TooLarge { size: d.text.len(), limit: self.max_document_bytes });
        }
        if !d.text.chars().any(char::is_alphanumeric) {
            return Err(SkipCause::Empty);
        }
        let (lang, confidence) = match d.lang {
            Some(code) => match code.supported() {
                Some(l) => (l, None),
                None => return Err(SkipCause::UnsupportedLanguage { code, confidence: 1.0 }),
            },
            None => {
                let Detection { code, confidence } = detect_language(&d.text);
                match (code, code.and_then(LangCode::supported)) {
                    (_, Some(l)) => (l, Some(confidence)),
                    (Some(code), None) => return Err(SkipCause::UnsupportedLanguage { code, confidence }),
                    (None, _) => return Err(SkipCause::Undetected { confidence }),
                }
            }
        };
        if !self.languages.contains(&lang) {
            return Err(SkipCause::LanguageNotEnabled { lang });
        }
        Ok((lang, confidence))
    }
}

/// A batch's readable documents in id order, each one's language and
/// detection confidence, and the documents skipped.
type Admitted<'d> = (Vec<&'d Document>, Vec<(Lang, Option<f64>)>, Vec<Skipped>);

/// The name variants of a batch's mentions: their findings moved into
/// `findings`, their pairs of keys returned for the entity table.
fn variant_findings(
    documents: &[DocumentReport],
    mentions: &[(String, Vec<extract::EntityMention>)],
    findings: &mut Vec<Finding>,
) -> Vec<(String, String)> {
    let langs: HashMap<&str, Lang> = documents.iter().map(|d| (d.id.as_str(), d.lang)).collect();
    let (variants, moved): (Vec<_>, Vec<_>) = compare::name_variants(mentions, &|s| langs.get(s).copied())
        .into_iter()
        .map(|v| ((v.a, v.b), v.finding))
        .unzip();
    findings.extend(moved);
    variants
}

/// The error a strict check gives for a document it cannot read.
fn skip_error(id: &str, cause: &SkipCause) -> Error {
    let id = id.to_string();
    match *cause {
        SkipCause::Empty => Error::EmptyDocument { id },
        SkipCause::Undetected { .. } => Error::LanguageNotDetected { id },
        SkipCause::UnsupportedLanguage { code, .. } => Error::LanguageUnsupported { id, code },
        SkipCause::LanguageNotEnabled { lang } => Error::LanguageNotEnabled { id, lang },
        SkipCause::TooLarge { size, limit } => Error::DocumentTooLarge { id, size, limit },
    }
}

/// Replaces a shared `key` by its alias, if it has one.
fn rekey<S: std::hash::BuildHasher>(
    key: &mut Arc<str>,
    aliases: &HashMap<String, String, S>,
    strings: &mut extract::Interner,
) {
    if let Some(k) = aliases.get(&**key) {
        *key = strings.get(k);
    }
}

/// What the batch says of its entities, applied to all its documents:
/// tolls keyed to an entity few documents name are the event's (see
/// [`extract::event_tolls`]), nationals of a country that keeps its toll
/// are that country's ([`extract::national_tolls`]); case forms of one name ("Газпром",
/// "Газпрома") and short names of longer ones ("Tamaris", "Lindqvist")
/// are those entities; a relation stated twice by one source is one.
fn reconcile_batch(
    documents: &[DocumentReport],
    claims: &mut [Claim],
    relations: &mut Vec<Relation>,
    mentions: &mut [(String, Vec<extract::EntityMention>)],
    strings: &mut extract::Interner,
) {
    extract::event_tolls(claims);
    extract::national_tolls(claims);
    let inflected = extract::inflected_aliases(
        documents.iter().zip(mentions.iter()).flat_map(|(d, (_, ms))| ms.iter().map(move |m| (&m.mention, d.lang))),
    );
    rekey_batch(&inflected, claims, relations, mentions, strings);
    let katakana = extract::katakana_aliases(mentions.iter().flat_map(|(_, ms)| ms.iter().map(|m| &m.mention)));
    rekey_batch(&katakana, claims, relations, mentions, strings);
    let short = extract::short_name_aliases(mentions.iter().flat_map(|(_, ms)| ms.iter().map(|m| &m.mention)));
    rekey_batch(&short, claims, relations, mentions, strings);
    relations.sort();
    relations
        .dedup_by(|a, b| a.kind == b.kind && a.from.key == b.from.key && a.to.key == b.to.key && a.source == b.source);
}

/// Gives every claim, relation and mention of a batch the key its alias
/// map gives.
fn rekey_batch<S: std::hash::BuildHasher>(
    aliases: &HashMap<String, String, S>,
    claims: &mut [Claim],
    relations: &mut [Relation],
    mentions: &mut [(String, Vec<extract::EntityMention>)],
    strings: &mut extract::Interner,
) {
    if aliases.is_empty() {
        return;
    }
    for c in claims.iter_mut() {
        rekey(&mut c.subject.key, aliases, strings);
        if let Some(entity) = c.object.as_mut().and_then(Object::entity_mut) {
            rekey(&mut entity.key, aliases, strings);
        }
    }
    for r in relations.iter_mut() {
        rekey(&mut r.from.key, aliases, strings);
        rekey(&mut r.to.key, aliases, strings);
    }
    for m in mentions.iter_mut().flat_map(|(_, ms)| ms.iter_mut()) {
        rekey(&mut m.mention.key, aliases, strings);
    }
}

fn apply_aliases<S: std::hash::BuildHasher>(
    mut c: Claim,
    aliases: &HashMap<String, String, S>,
    strings: &mut extract::Interner,
) -> Claim {
    rekey(&mut c.subject.key, aliases, strings);
    if let Some(entity) = c.object.as_mut().and_then(Object::entity_mut) {
        rekey(&mut entity.key, aliases, strings);
    }
    c
}

/// The entities that claims, relations or findings name, with every surface
/// form seen in each source.
fn entity_table(
    mentions: &[(String, Vec<extract::EntityMention>)],
    claims: &[Claim],
    relations: &[Relation],
    variants: &[(String, String)],
) -> Vec<Entity> {
    // Hashed: the set is only asked, once per mention of the batch.
    let mut wanted: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    for c in claims {
        wanted.insert(&c.subject.key);
        if let Some(entity) = c.object.as_ref().and_then(Object::entity) {
            wanted.insert(&entity.key);
        }
        if let Some(a) = &c.attribution.affiliation {
            wanted.insert(&a.key);
        }
    }
    for r in relations {
        wanted.insert(&r.from.key);
        wanted.insert(&r.to.key);
    }
    for (a, b) in variants {
        wanted.insert(a);
        wanted.insert(b);
    }
    /// Per key: surfaces, counts of each written name, counts of each kind.
    type Seen<'a> = (BTreeSet<(&'a str, &'a str)>, BTreeMap<&'a str, usize>, BTreeMap<EntityKind, usize>);
    // Keys found by hash, then sorted once: the entities come in key order.
    let mut index: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    let mut table: Vec<(&str, Seen)> = Vec::new();
    for (source, ments) in mentions {
        for m in ments.iter().map(|m| &m.mention) {
            if !wanted.contains(&*m.key) {
                continue;
            }
            let k = *index.entry(&m.key).or_insert_with(|| {
                table.push((&m.key, Seen::default()));
                table.len() - 1
            });
            let e = &mut table[k].1;
            e.0.insert((source, &m.text));
            *e.1.entry(&m.text).or_default() += 1;
            *e.2.entry(m.kind).or_default() += 1;
        }
    }
    table.sort_unstable_by(|a, b| a.0.cmp(b.0));
    table
        .into_iter()
        .map(|(key, (surfaces, names, kinds))| {
            let name = names
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(n, _)| n.to_string())
                .unwrap_or_default();
            let kind = kinds
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(k, _)| *k)
                .unwrap_or(EntityKind::Organization);
            let surfaces = surfaces
                .into_iter()
                .map(|(source, text)| Surface { source: source.to_string(), text: text.to_string() })
                .collect();
            Entity { key: key.to_string(), name, kind, surfaces }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Documents read again after the name pass give the report of documents
    /// kept from it: the budget changes memory, never the result.
    #[test]
    fn kept_and_reread_documents_give_one_report() {
        let docs: Vec<Document> = [
            ("000", Lang::Pt, include_str!("../examples/corpus/000_pt.txt")),
            ("001", Lang::Pt, include_str!("../examples/corpus/001_pt.txt")),
            ("002", Lang::Id, include_str!("../examples/corpus/002_id.txt")),
            ("003", Lang::Es, include_str!("../examples/corpus/003_es.txt")),
            ("004", Lang::It, include_str!("../examples/corpus/004_it.txt")),
            ("005", Lang::De, "Die Firma Velkor hat 300 Stellen gestrichen. Velkor wollte sich nicht äußern."),
        ]
        .into_iter()
        .map(|(id, lang, text)| Document::new(id, text).with_lang(lang))
        .collect();
        let kept = render::json(&Checker::new().check(&docs).unwrap());
        for budget in [0, 9_000] {
            let checker = Checker { keep_read_bytes: budget, ..Checker::new() };
            assert_eq!(render::json(&checker.check(&docs).unwrap()), kept, "budget {budget}");
        }
    }
}

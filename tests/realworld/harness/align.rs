//! Aligning the library's claims of one document to its gold claims, and
//! checking the fields of each aligned pair.
//!
//! A gold claim with a figure may align with a library claim whose quantity
//! span (`start..end`) overlaps an occurrence of the gold anchor (a whole
//! one: see `data::occurrences`), or one of whose `also` sentences (where
//! the library found the same claim told again) contains one; a gold
//! claim without a figure with a library claim without a quantity whose
//! evidence (the sentence, or one of its `also` sentences) contains an
//! occurrence of the anchor and whose predicate family is the gold
//! predicate's. The alignment is one-to-one and greedy: every candidate pair
//! is scored by its number of right fields (0 to 7), and pairs are taken in
//! order of score (highest first; ties by gold line, then claim position)
//! while both members are free.

use std::ops::Range;

use claimcheck::{Claim, Modality, Object, Qualifier, Quantity, TimeRef, TimeValue, Unit};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::data::{Article, GoldClaim, GoldModality, GoldUnit, GoldValue, occurrences};

/// Gold subjects that are roles or the event, compared with the library's key only.
const KEYED_SUBJECTS: &[&str] = &["event", "police", "authorities"];

/// Irregular English plurals of gold object heads.
const IRREGULAR: &[(&str, &str)] = &[("person", "people"), ("child", "children"), ("man", "men"), ("woman", "women")];

/// Which fields of an aligned library claim are right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    pub subject: bool,
    pub predicate: bool,
    pub object: bool,
    pub value: bool,
    pub time: bool,
    pub polarity: bool,
    pub modality: bool,
}

impl Fields {
    /// The field names, in the order of [`Fields::get`].
    pub const NAMES: [&'static str; 7] = ["subject", "predicate", "object", "value", "time", "polarity", "modality"];

    /// The fields in the order of [`Fields::NAMES`].
    pub fn get(&self) -> [bool; 7] {
        [self.subject, self.predicate, self.object, self.value, self.time, self.polarity, self.modality]
    }

    /// The number of right fields.
    pub fn score(&self) -> usize {
        self.get().iter().filter(|f| **f).count()
    }

    /// Whether the claim is entirely right.
    pub fn all(&self) -> bool {
        self.score() == 7
    }
}

/// A gold claim and the library claim aligned with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    /// Index into the article's gold claims.
    pub gold: usize,
    /// Index into the report's claims.
    pub claim: usize,
    pub fields: Fields,
}

/// The alignment of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocAlignment {
    /// The report's claims of this document (indices into `report.claims`).
    pub claims: Vec<usize>,
    /// The aligned pairs, sorted by gold index.
    pub pairs: Vec<Pair>,
}

impl DocAlignment {
    /// The pair of a gold claim, if it is aligned.
    pub fn of_gold(&self, gold: usize) -> Option<&Pair> {
        self.pairs.iter().find(|p| p.gold == gold)
    }

    /// The pair of a library claim, if it is aligned.
    pub fn of_claim(&self, claim: usize) -> Option<&Pair> {
        self.pairs.iter().find(|p| p.claim == claim)
    }
}

/// Aligns the library claims of `article` (those whose source is its id),
/// leaving out the figures the library marks as replaced by a revision in
/// their sentence (`superseded`): the gold states the current figure only.
pub fn align(article: &Article, claims: &[Claim]) -> DocAlignment {
    let mine: Vec<usize> =
        (0..claims.len()).filter(|&i| *claims[i].source == *article.id && !claims[i].superseded).collect();
    let mut candidates = Vec::new();
    for (g, gold) in article.gold.iter().enumerate() {
        let anchors = occurrences(&article.text, &gold.anchor);
        for &c in &mine {
            if is_candidate(gold, &claims[c], &anchors) {
                candidates.push(Pair { gold: g, claim: c, fields: check(gold, &claims[c]) });
            }
        }
    }
    candidates
        .sort_by(|a, b| b.fields.score().cmp(&a.fields.score()).then(a.gold.cmp(&b.gold)).then(a.claim.cmp(&b.claim)));
    let mut pairs: Vec<Pair> = Vec::new();
    for p in candidates {
        if pairs.iter().all(|q| q.gold != p.gold && q.claim != p.claim) {
            pairs.push(p);
        }
    }
    pairs.sort_by_key(|p| p.gold);
    DocAlignment { claims: mine, pairs }
}

fn is_candidate(gold: &GoldClaim, claim: &Claim, anchors: &[Range<usize>]) -> bool {
    match (&gold.value, &claim.quantity) {
        (Some(_), Some(q)) => {
            anchors.iter().any(|a| q.start < a.end && a.start < q.end)
                || claim.also.iter().any(|e| anchors.iter().any(|a| e.start <= a.start && a.end <= e.end))
        }
        (None, None) => {
            claim.predicate.family() == gold.predicate.family()
                && std::iter::once(&claim.evidence)
                    .chain(&claim.also)
                    .any(|e| anchors.iter().any(|a| e.start <= a.start && a.end <= e.end))
        }
        _ => false,
    }
}

/// The fields of `claim` checked against `gold`.
pub fn check(gold: &GoldClaim, claim: &Claim) -> Fields {
    Fields {
        subject: subject_ok(&gold.subject, &claim.subject.key, &claim.subject.text),
        predicate: gold.predicate == claim.predicate,
        object: object_ok(gold.object.as_deref(), claim.object.as_ref(), claim.quantity.as_ref()),
        value: value_ok(gold.value.as_ref(), claim.quantity.as_ref()),
        time: time_ok(gold, claim.time.as_ref()),
        polarity: gold.polarity == claim.polarity,
        modality: modality_ok(gold.modality, claim.modality),
    }
}

/// Lower case, diacritics folded, non-alphanumerics dropped.
pub fn normalize(s: &str) -> String {
    s.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).filter(|c| c.is_alphanumeric()).collect()
}

fn subject_ok(alternatives: &[String], key: &str, text: &str) -> bool {
    let (key, text) = (normalize(key), normalize(text));
    alternatives.iter().any(|a| {
        let a = normalize(without_elided_article(a));
        if KEYED_SUBJECTS.contains(&a.as_str()) { key == a } else { key == a || text == a }
    })
}

/// A gold name past a leading elided article, which the library keeps out
/// of names as it keeps out any article ("à l’Orvane" names Orvane):
/// "l’Orvane" is "Orvane", "d'Orvane" too.
pub fn without_elided_article(name: &str) -> &str {
    let mut chars = name.char_indices();
    match (chars.next(), chars.next(), chars.next()) {
        (Some((_, 'l' | 'L' | 'd' | 'D')), Some((_, '\'' | '’')), Some((i, c))) if c.is_alphabetic() => &name[i..],
        _ => name,
    }
}

/// The gold head, its regular plural or singular, and the irregular ones.
fn number_forms(head: &str) -> Vec<String> {
    let mut forms = vec![head.to_string(), format!("{head}s"), format!("{head}es")];
    if let Some(stem) = head.strip_suffix('y') {
        forms.push(format!("{stem}ies"));
    }
    if let Some(stem) = head.strip_suffix("ies") {
        forms.push(format!("{stem}y"));
    }
    forms.extend(head.strip_suffix("es").into_iter().chain(head.strip_suffix('s')).map(str::to_string));
    for (one, many) in IRREGULAR {
        if head == *one || head == *many {
            forms.extend([one.to_string(), many.to_string()]);
        }
    }
    forms
}

/// `-` is any object; else the object's key (or an entity object's text)
/// normalized is the gold head or its plural or singular.
/// The gold object is "the head of what is counted or acted on"; the
/// library writes what a figure counts in its unit ("laid off 15,000
/// employees": no object, a count of `employees`), so a claim with no
/// object is checked by its counted concept, if it has one.
fn object_ok(gold: Option<&str>, object: Option<&Object>, quantity: Option<&Quantity>) -> bool {
    let counted = match quantity.map(|q| &q.unit) {
        Some(Unit::Count { concept: Some(c) }) if object.is_none() => Some(c.0.as_str()),
        _ => None,
    };
    if let (Some(gold), Some(counted)) = (gold, counted) {
        return number_forms(&normalize(gold)).contains(&normalize(counted));
    }
    let (Some(gold), Some(object)) = (gold, object) else {
        return gold.is_none();
    };
    let forms = number_forms(&normalize(gold));
    let text = match object {
        Object::Entity { entity } => Some(normalize(&entity.text)),
        Object::Concept { .. } | Object::Nationals { .. } => None,
    };
    // Nationals are keyed by their country: the gold names them by their
    // English demonym ("korean", "thais").
    let nationals = matches!(object, Object::Nationals { .. })
        && forms.iter().any(|f| claimcheck::Lang::En.place_key(f) == Some(object.key()));
    nationals || forms.contains(&normalize(object.key())) || text.is_some_and(|t| forms.contains(&t))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.005 * a.abs().max(b.abs())
}

fn same_qualifier(a: Qualifier, b: Qualifier) -> bool {
    let plain = |q| if q == Qualifier::Only { Qualifier::Exact } else { q };
    plain(a) == plain(b)
}

fn value_ok(gold: Option<&GoldValue>, q: Option<&Quantity>) -> bool {
    let (Some(g), Some(q)) = (gold, q) else {
        return gold.is_none() && q.is_none();
    };
    let unit = match (g.unit, &q.unit) {
        (GoldUnit::Count, Unit::Count { .. }) | (GoldUnit::Percent, Unit::Percent) => true,
        (GoldUnit::Money(a), Unit::Money { currency, .. }) => a == *currency,
        (GoldUnit::Area(a), Unit::Area { unit }) => a == *unit,
        _ => false,
    };
    let high = match g.high {
        Some(h) => q.interval.high.is_some_and(|qh| close(h, qh)),
        None => true,
    };
    unit && high && same_qualifier(g.qualifier, q.qualifier) && close(g.value, q.value)
}

/// `-`: no time. Else an absolute date that agrees with the gold on every
/// part the gold gives (a library date more precise than the gold is right,
/// one less precise is not). A span of months (a quarter, a half) is more
/// precise than a year and less than a month: right for a gold year.
fn time_ok(gold: &GoldClaim, time: Option<&TimeRef>) -> bool {
    match (gold.time, time.map(|t| t.value)) {
        (None, None) => true,
        (Some(g), Some(TimeValue::Absolute { date })) => {
            date.year == g.year
                && (g.month.is_none() || date.month == g.month)
                && (g.day.is_none() || date.day == g.day)
        }
        (Some(g), Some(TimeValue::Span { year, .. })) => year == g.year && g.month.is_none(),
        _ => false,
    }
}

/// Compared by name, so that `requested` and `unconfirmed` become right
/// once the library's `Modality` has them (until then they are wrong).
fn modality_ok(gold: GoldModality, m: Modality) -> bool {
    serde_json::to_value(m).is_ok_and(|v| v.as_str() == Some(gold.as_str()))
}

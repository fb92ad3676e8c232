//! Deals: "the $12.5 billion deal", "сумма сделки оценивается в $12,5
//! млрд". A sum of money attached to a noun for a business transaction
//! ([`crate::lang::Lexicon::deals`]) is the price of the acquisition its
//! document names, when the document names exactly one so far (one buyer
//! and one bought); with two or none the deal is not resolved and makes
//! no claim.

use super::sentence::ClaimDraft;
use super::{Doc, numbers, starting_in};
use crate::extract::entities;
use crate::lang::{Tag, kinds};
use crate::schema::{Attribution, Claim, Modality, Object, Predicate, Unit};
use crate::text::{Kind, Sentence};

/// How many tokens may stand between a deal's noun and the sum after it
/// ("deal valued at $2bn", "сделки оценивается в $12,5 млрд").
const DEAL_GAP: usize = 3;
/// How many tokens after a deal's noun the name of a party to it may end
/// ("offer from Cleveland-Cliffs Inc").
const PARTY_REACH: usize = 6;
/// How far before a deal's noun the unit it is priced per may stand
/// ("per-share offer").
const PER_UNIT_REACH: usize = 2;
/// How many lowercase words that tell no act may stand between a deal's
/// noun and the sum after it ("transazione interamente in contanti del
/// valore di 68,7 miliardi").
const DEAL_VALUE_GAP: usize = 6;

impl Doc<'_, '_> {
    /// Reads the deal prices of sentence `s` into its claims (`sentence`,
    /// in text order), given the acquisitions of the document's claims
    /// before it (`earlier`): a sum a claim already reads as a valuation or
    /// a spending becomes the acquisition's price; a sum no claim reads
    /// becomes a claim of it.
    pub(super) fn deal_prices(
        &self,
        s: Sentence,
        qs: &[numbers::Mention],
        earlier: &Acquisitions,
        sentence: &mut Vec<Claim>,
    ) {
        if !self.cx.tags.kinds_in(s.start, s.end).meets(kinds![Deal]) {
            return;
        }
        let Some(deal) = earlier.one_with(sentence) else { return };
        let lo = qs.partition_point(|q| q.first < s.start);
        for q in qs[lo..].iter().take_while(|q| q.first < s.end) {
            if !matches!(q.quantity.unit, Unit::Money { .. }) || q.superseded {
                continue;
            }
            let Some(noun) = self.priced_deal(q, s, &deal) else { continue };
            if self.another_party(q, noun, &deal) || self.per_unit_deal(noun, s) {
                continue;
            }
            let start = q.quantity.start;
            match sentence.iter_mut().find(|c| c.quantity.as_ref().is_some_and(|x| x.start == start)) {
                Some(c) if matches!(c.predicate, Predicate::Valuation | Predicate::Spend) => {
                    c.subject = deal.subject.clone();
                    c.predicate = Predicate::Buy;
                    c.object = deal.object.clone();
                    // The deal is the acquisition: announced, it is planned.
                    if c.modality == Modality::Asserted {
                        c.modality = deal.modality;
                    }
                }
                Some(_) => {}
                None => {
                    let mut draft = ClaimDraft::new(deal.subject.clone(), Predicate::Buy, Attribution::default());
                    draft.object = deal.object.clone();
                    draft.quantity = Some(q.quantity.clone());
                    draft.modality = deal.modality;
                    let at = sentence.partition_point(|c| c.quantity.as_ref().is_none_or(|x| x.start < start));
                    sentence.insert(at, self.finish(draft, s));
                }
            }
        }
    }

    /// Whether the sum `q` is a deal's: a deal's noun right after it ("the
    /// $12.5 billion deal") or one word after, or at most [`DEAL_GAP`]
    /// words before it, with no name, figure or other sentence part
    /// between, or [`DEAL_VALUE_GAP`] lowercase words that tell no act.
    fn priced_deal(&self, q: &numbers::Mention, s: Sentence, acquisition: &Claim) -> Option<usize> {
        let cx = self.cx;
        let t = cx.tokens;
        let deal = |j: usize| cx.tags.has(j, kinds![Deal], |g| g == Tag::Deal);
        // Right after it, or past one lowercase word ("der rund 69
        // Milliarden Dollar schwere Deal").
        let lower = |j: usize| j < s.end && t.toks[j].kind == Kind::Word && t.toks[j].case == crate::text::Case::Lower;
        if q.last < s.end && deal(q.last) {
            return Some(q.last);
        }
        if lower(q.last) && q.last + 1 < s.end && deal(q.last + 1) {
            return Some(q.last + 1);
        }
        let from = q.first.saturating_sub(DEAL_VALUE_GAP + 1).max(s.start);
        (from..q.first).rev().find(|&j| deal(j)).filter(|&d| {
            // A party to the deal may stand there: "A oferta da Microsoft de US$ 95".
            let party = |j: usize| {
                starting_in(self.entities, |m| m.first, j.saturating_sub(NAME_REACH), j + 1)
                    .iter()
                    .filter(|m| m.last > j)
                    .all(|m| ours(acquisition, &m.key))
            };
            let plain = |j: usize| (t.toks[j].kind == Kind::Word || t.is_comma(j)) && party(j);
            // Further, lowercase words only, none that opens a clause or
            // tells an act: "in una transazione interamente in contanti
            // del valore di 68,7 miliardi".
            let value_words = |j: usize| lower(j) && !cx.tags.any(j, kinds![ClauseBreak, RelativePronoun, Predicate]);
            let words = d + 1..q.first;
            // A party's name counts as one word ("da Acme Corp de").
            let inner = |m: &&entities::Mention| m.last.min(q.first).saturating_sub(m.first + 1);
            let names: usize = starting_in(self.entities, |m| m.first, d + 1, q.first).iter().map(|m| inner(&m)).sum();
            let near = words.len().saturating_sub(names) <= DEAL_GAP;
            (near && words.clone().all(plain)) || words.clone().all(value_words)
        })
    }

    /// Whether a party other than the acquisition's buyer and bought one
    /// is named with the deal's noun at `noun` or its sum `q`: right after
    /// the noun, past one word ("a $7.3 billion buyout offer from
    /// Cleveland-Cliffs"), or right before the sum ("Globex's $7 billion
    /// bid"). That deal is another's.
    fn another_party(&self, q: &numbers::Mention, noun: usize, deal: &Claim) -> bool {
        let ours = |k: &str| ours(deal, k);
        let after = self.entities_in(noun + 1, noun + 1 + PARTY_REACH).next().filter(|m| m.first <= noun + 2);
        let before = self.entities_in(q.first.saturating_sub(3), q.first).last().filter(|m| m.last + 2 >= q.first);
        [after, before].into_iter().flatten().any(|m| m.kind != crate::schema::EntityKind::Place && !ours(&m.key))
    }

    /// Whether the deal's noun at `noun` is priced per unit before it ("the
    /// per-share offer of $55"): its sum is no price of the whole deal.
    fn per_unit_deal(&self, noun: usize, s: Sentence) -> bool {
        let t = self.cx.tokens;
        let units = |j: usize| self.cx.lex_data.per_unit.iter().any(|(p, _)| p.rsplit(' ').next() == Some(t.folded(j)));
        (noun.saturating_sub(PER_UNIT_REACH).max(s.start)..noun).any(units)
    }
}

/// Whether the entity keyed `key` is the buyer or the bought of `deal`.
fn ours(deal: &Claim, key: &str) -> bool {
    *deal.subject.key == *key || deal.object.as_ref().is_some_and(|o| o.key() == key)
}

/// How many tokens a name may span, looking back for one that covers a token.
const NAME_REACH: usize = 6;

/// The acquisitions a document's claims name, gathered as the claims are
/// read (each claim looked at once): the first, and whether another buyer
/// or another thing bought came after it. A buy of a named company counts;
/// "Acme" and "Acme Inc." are one by their keys.
#[derive(Default)]
pub(super) struct Acquisitions {
    /// How many of the document's claims were looked at.
    scanned: usize,
    first: Option<Claim>,
    mixed: bool,
}

impl Acquisitions {
    /// Looks at the claims of `claims` (a document's, which only grow)
    /// not looked at yet.
    pub(super) fn update(&mut self, claims: &[Claim]) {
        for c in &claims[self.scanned.min(claims.len())..] {
            self.add(c);
        }
        self.scanned = claims.len();
    }

    fn add(&mut self, c: &Claim) {
        if c.predicate != Predicate::Buy || !matches!(c.object, Some(Object::Entity { .. })) {
            return;
        }
        let key = |c: &Claim| c.object.as_ref().map(|o| o.key().to_string());
        match &self.first {
            Some(f) if f.subject.key != c.subject.key || key(f) != key(c) => self.mixed = true,
            Some(_) => {}
            None => self.first = Some(c.clone()),
        }
    }

    /// The one acquisition named so far and in `sentence`, if only one is.
    fn one_with(&self, sentence: &[Claim]) -> Option<Claim> {
        let mut all = Acquisitions { scanned: 0, first: self.first.clone(), mixed: self.mixed };
        sentence.iter().for_each(|c| all.add(c));
        all.first.filter(|_| !all.mixed)
    }
}

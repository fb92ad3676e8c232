//! Deals: "the $12.5 billion deal", "сумма сделки оценивается в $12,5
//! млрд". A sum of money attached to a noun for a business transaction
//! ([`crate::lang::Lexicon::deals`]) is the price of the acquisition its
//! document names, when the document names exactly one so far (one buyer
//! and one bought); with two or none the deal is not resolved and makes
//! no claim.

use super::sentence::ClaimDraft;
use super::{Doc, numbers};
use crate::lang::{Tag, kinds};
use crate::schema::{Attribution, Claim, Modality, Object, Predicate, Unit};
use crate::text::{Kind, Sentence};

/// How many tokens may stand between a deal's noun and the sum after it
/// ("deal valued at $2bn", "сделки оценивается в $12,5 млрд").
const DEAL_GAP: usize = 3;

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
            if !matches!(q.quantity.unit, Unit::Money { .. }) || q.superseded || !self.priced_deal(q, s) {
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
    /// $12.5 billion deal") or at most [`DEAL_GAP`] words before it, with
    /// no name, figure or other sentence part between.
    fn priced_deal(&self, q: &numbers::Mention, s: Sentence) -> bool {
        let cx = self.cx;
        let t = cx.tokens;
        let deal = |j: usize| cx.tags.has(j, kinds![Deal], |g| g == Tag::Deal);
        if q.last < s.end && deal(q.last) {
            return true;
        }
        let from = q.first.saturating_sub(DEAL_GAP + 1).max(s.start);
        (from..q.first).rev().find(|&j| deal(j)).is_some_and(|d| {
            let plain = |j: usize| {
                (t.toks[j].kind == Kind::Word || t.is_comma(j)) && self.entities_in(j, j + 1).next().is_none()
            };
            (d + 1..q.first).all(plain)
        })
    }
}

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

//! Deals: "the $68.7 billion deal", "сумма сделки оценивается в $68,7
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
/// ("deal valued at $2bn", "сделки оценивается в $68,7 млрд").
const DEAL_GAP: usize = 3;

impl Doc<'_, '_> {
    /// Reads the deal prices of sentence `s` into its claims (`sentence`,
    /// in text order), given the document's claims before it (`earlier`):
    /// a sum a claim already reads as a valuation or a spending becomes the
    /// acquisition's price; a sum no claim reads becomes a claim of it.
    pub(super) fn deal_prices(
        &self,
        s: Sentence,
        qs: &[numbers::Mention],
        earlier: &[Claim],
        sentence: &mut Vec<Claim>,
    ) {
        if !self.cx.tags.kinds_in(s.start, s.end).meets(kinds![Deal]) {
            return;
        }
        let Some(deal) = one_acquisition(earlier.iter().chain(sentence.iter())).cloned() else { return };
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
    /// $68.7 billion deal") or at most [`DEAL_GAP`] words before it, with
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
                (t.toks[j].kind == Kind::Word || t.is_punct(j, ',')) && self.entities_in(j, j + 1).next().is_none()
            };
            (d + 1..q.first).all(plain)
        })
    }
}

/// The acquisition of `claims` when they name exactly one buyer and one
/// thing bought (a named company), by their keys ("Acme" and "Acme Inc."
/// are one): its first claim.
fn one_acquisition<'c>(claims: impl Iterator<Item = &'c Claim>) -> Option<&'c Claim> {
    let mut found: Option<&Claim> = None;
    for c in claims.filter(|c| c.predicate == Predicate::Buy && matches!(c.object, Some(Object::Entity { .. }))) {
        match found {
            Some(f)
                if f.subject.key != c.subject.key
                    || f.object.as_ref().map(Object::key) != c.object.as_ref().map(Object::key) =>
            {
                return None;
            }
            Some(_) => {}
            None => found = Some(c),
        }
    }
    found
}

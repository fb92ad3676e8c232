//! Lists paired in order: "rivals Anies Baswedan and Ganjar Pranowo, who
//! respectively received about 25% and 16%". A word of
//! [`crate::lang::Lexicon::respectively`] gives the figures told after
//! the last name before it to the names before it, one each, in text
//! order: the claims of those figures take them as subjects. When the
//! names are fewer than the figures, the rules cannot tell who got what,
//! and those claims are dropped.

use once_cell::sync::Lazy;

use super::Doc;
use crate::extract::entities;
use crate::extract::notcounts::{Words, starts_at, words_per_language};
use crate::schema::{Claim, EntityKind};
use crate::text::Sentence;

/// How many tokens after the "respectively" word its figures may start.
const FIGURES_REACH: usize = 12;

impl Doc<'_, '_> {
    /// Pairs the figures of sentence `s` that a "respectively" word
    /// distributes with the names listed before it (see the module doc).
    /// `sentence` holds the sentence's claims.
    pub(super) fn respective(&self, s: Sentence, sentence: &mut Vec<Claim>) {
        if sentence.iter().filter(|c| c.quantity.is_some()).nth(1).is_none() {
            return;
        }
        let Some(w) = self.respectively_at(s) else { return };
        let t = self.cx.tokens;
        let names: Vec<&entities::Mention> = self
            .subject_names(s.start, w)
            .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
            .collect();
        let Some(last) = names.last() else { return };
        // The figures after the last name, up to a reach past the word.
        let from = t.toks[last.last.min(t.len() - 1)].start();
        let to = t.toks[(w + FIGURES_REACH).min(s.end) - 1].end();
        let mut figures: Vec<usize> = (0..sentence.len())
            .filter(|&i| sentence[i].quantity.as_ref().is_some_and(|q| q.start >= from && q.start < to))
            .collect();
        if figures.len() < 2 {
            return;
        }
        figures.sort_by_key(|&i| sentence[i].quantity.as_ref().map_or(0, |q| q.start));
        if names.len() < figures.len() {
            let mut drop = vec![false; sentence.len()];
            figures.iter().for_each(|&i| drop[i] = true);
            let mut keep = drop.into_iter().map(|d| !d);
            sentence.retain(|_| keep.next().unwrap_or(true));
            return;
        }
        let owners = &names[names.len() - figures.len()..];
        for (&i, m) in figures.iter().zip(owners) {
            sentence[i].subject = self.entity_ref(m);
        }
    }

    /// Where a "respectively" word of the language starts in sentence `s`.
    fn respectively_at(&self, s: Sentence) -> Option<usize> {
        static WORDS: Lazy<Vec<Vec<Words>>> = Lazy::new(|| words_per_language(|lex| lex.respectively));
        let list = &WORDS[self.cx.lex_data.lang.index()];
        (s.start..s.end).find(|&j| list.iter().any(|w| starts_at(self.cx.tokens, j, w)))
    }
}

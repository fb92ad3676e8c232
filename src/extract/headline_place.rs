//! The place a headline names, for the tolls its lead tells with no place.
//!
//! A report on a disaster that struck several places names in its headline
//! the one it is about ("Death toll from Typhoon Yagi in Vietnam mounts"),
//! then tells that place's toll with no place in the sentence ("A total of
//! 127 people have been confirmed dead") before it turns to the others
//! ("... resulting in 20 deaths in the Philippines"). Those first tolls
//! are the headline place's, not the whole story's. A document that counts
//! its tolls at one place at most keeps them the event's (the batch decides
//! where the story happened, see [`super::event_tolls`]); a toll told after
//! another place's, or next to a toll the same sentence places, stays the
//! event's (a total for the region, or one told apart from that place's).

use super::entities::{self, Mention};
use super::{Ctx, Interner, claims::EVENT};
use crate::schema::{Claim, EntityKind, EntityRef, Zone};
use crate::text::Sentence;

/// Gives the headline's place to the tolls of the document's lead that
/// name no place (see the module's doc); `zones` are the sentences' zones,
/// `entities` the document's mentions in text order.
pub(crate) fn place_lead_tolls(
    cx: &Ctx,
    sents: &[Sentence],
    zones: &[Option<Zone>],
    entities: &[Mention],
    strings: &mut Interner,
    claims: &mut [Claim],
) {
    let Some(place) = headline_place(sents, zones, entities) else { return };
    let placed = |c: &Claim| c.predicate.is_event_count() && !c.part && &*c.subject.key != EVENT;
    let mut places: Vec<&str> = claims.iter().filter(|c| placed(c)).map(|c| &*c.subject.key).collect();
    places.push(&place.key);
    places.sort_unstable();
    places.dedup();
    if places.len() < 2 || entities::is_region_key(&place.key) {
        return;
    }
    // Where the first toll at another place is told: the lead ends there.
    let byte = |c: &Claim| c.evidence.start;
    let other = |c: &Claim| placed(c) && *c.subject.key != *place.key;
    let lead_end = claims.iter().filter(|c| other(c)).map(byte).min().unwrap_or(usize::MAX);
    let sentence_of =
        |c: &Claim| sents.partition_point(|s| s.end > s.start && cx.tokens.toks[s.end - 1].end() <= c.evidence.start);
    let mut placed_sentences: Vec<usize> = claims.iter().filter(|c| placed(c)).map(sentence_of).collect();
    placed_sentences.sort_unstable();
    let subject = EntityRef { key: strings.get(&place.key), text: strings.get(&place.text) };
    for c in claims.iter_mut() {
        let unplaced = c.predicate.is_event_count() && !c.part && &*c.subject.key == EVENT;
        if unplaced && byte(c) < lead_end && placed_sentences.binary_search(&sentence_of(c)).is_err() {
            c.subject = subject.clone();
        }
    }
}

/// The one place the document's headline names, if it names exactly one
/// (by key).
fn headline_place<'m>(sents: &[Sentence], zones: &[Option<Zone>], entities: &'m [Mention]) -> Option<&'m Mention> {
    let h = zones.iter().position(|z| *z == Some(Zone::Headline))?;
    let s = sents.get(h)?;
    let lo = entities.partition_point(|m| m.first < s.start);
    let hi = entities.partition_point(|m| m.first < s.end);
    let named = &entities[lo..hi];
    let first = named.iter().find(|m| m.kind == EntityKind::Place)?;
    named.iter().filter(|m| m.kind == EntityKind::Place).all(|m| m.key == first.key).then_some(first)
}

#[cfg(test)]
mod tests {
    use crate::Lang;
    use crate::schema::{Document, Predicate};

    /// The subject key of the deaths claim with `value` in the report of
    /// one English document.
    fn subject_of(text: &str, value: f64) -> String {
        let doc = Document::new("a", text).with_lang(Lang::En);
        let report = crate::check_consistency(&[doc]).expect("a report");
        let c = report
            .claims
            .iter()
            .find(|c| c.predicate == Predicate::Deaths && c.quantity.as_ref().is_some_and(|q| q.value == value));
        c.map_or_else(|| "no claim".to_string(), |c| c.subject.key.to_string())
    }

    /// Per case: the name, the text, the toll's figure and its subject.
    #[test]
    fn headline_place_table() {
        let cases = [
            (
                "the lead's toll with no place is the headline's place's",
                "Death toll from storm in Portugal mounts\n\nA total of 127 people have been confirmed dead. \
                 The storm also killed 20 people in Spain.",
                127.0,
                "pt",
            ),
            (
                "negative: one place in all is where the story happened",
                "Death toll from storm in Portugal mounts\n\nA total of 127 people have been confirmed dead.",
                127.0,
                "event",
            ),
            (
                "negative: after another place's toll, a toll with no place is the story's",
                "Death toll from storm in Portugal mounts\n\nThe storm killed 20 people in Spain and 5 in France. \
                 A total of 127 people have died.",
                127.0,
                "event",
            ),
            (
                "negative: a headline with two places names none",
                "Storm kills dozens in Portugal and Spain\n\nA total of 127 people have been confirmed dead. \
                 The storm also killed 20 people in Spain.",
                127.0,
                "event",
            ),
        ];
        for (name, text, value, want) in cases {
            assert_eq!(subject_of(text, value), want, "case {name}");
        }
    }
}

//! Claims: predicates with their subject, object, quantity and time; who
//! says them; whether they are denied; and ownership relations stated in
//! appositives.
//!
//! Work is per sentence, split into clauses at the lexicon's clause breaks.
//! A trigger is a predicate word, or a quantity whose noun is a measure
//! ("10 milhões de usuários"). When the subject is unclear, no claim is made.
//!
//! The passes over a sentence and its clauses are in `claims/sentence.rs`,
//! who speaks in `claims/attribution.rs`, and every distance the rules look
//! across in `claims/window.rs`.

use rustc_hash::FxHashMap as HashMap;
use std::collections::{BTreeMap, BTreeSet};

mod attribution;
mod deals;
mod filters;
pub(crate) use filters::VEHICLES;
mod employers;
mod respective;
mod scope;
mod sentence;
mod window;

use super::{Ctx, entities, numbers, subjects, time};
use crate::lang::{Area, FineMark, Kinds, Referent, Tag, kinds};
use crate::schema::{
    Claim, Concept, EntityKind, EntityRef, Evidence, Modality, Object, Polarity, Predicate, Qualifier, Relation,
    RelationKind, RelativeTime, Role, TimeValue, Unit,
};
use crate::text::{Case, Kind, Sentence, Tokens};

/// How many lowercase words and qualifying places may stand between an
/// agent marker and its agent ([`Doc::agent_at`]).
const AGENT_MODIFIERS: usize = 3;

/// How many sentences before its own an anaphor ("the company") or a
/// clause with no subject looks for the organization the document is about.
const ANAPHOR_REACH: usize = 2;

/// The subject key of a toll that names no place and no organization: the
/// event the documents report.
pub(crate) const EVENT: &str = "event";

/// The subject key of a toll counted in the rest of the country or region
/// ("170 people elsewhere in the country"): never the event's.
pub(crate) const ELSEWHERE: &str = "elsewhere";

/// Whether a toll's subject is a scope set apart from the story's places:
/// the rest of the country ([`ELSEWHERE`]) or the areas one side of a war
/// holds ([`crate::lang::Area::key`]). Never the event's, and no place
/// where the story happened.
fn apart(key: &str) -> bool {
    key == ELSEWHERE || held(key)
}

/// Whether a toll's subject is an area ([`Area`]): the areas one side of
/// a war holds, the ground or the board of a crashing craft.
fn held(key: &str) -> bool {
    Area::ALL.iter().any(|h| h.key() == key)
}

/// How many tokens may stand between a fine's target word and the name of
/// the one fined ("gegen den US-Konzern Acme", "a la empresa tecnológica
/// Acme").
const FINED_REACH: usize = 5;

/// How many tokens may stand between an amount and another that restates
/// it in another currency ("€1.2bn (1.3bn dollars)", "€1,2 miliar atau
/// $1,3 miliar", "1,2 bilhão de euros, equivalente a 1,3 bilhão").
const RESTATED_GAP: usize = 3;

/// How many tokens a gloss in brackets after a name may take ("アップル(Apple)").
const GLOSS_REACH: usize = 6;

/// The object key of a fine ([`crate::lang::Lexicon::fines`]): a price
/// whose subject is the one fined.
pub(crate) const FINE: &str = "fine";

/// The concept key of passengers, the people on board a craft.
const PASSENGER: &str = "passenger";

/// How many names back an adverb of place may look for the place it
/// refers to ([`Doc::place_referred`]): a bound that keeps a long
/// sentence linear.
const PLACE_REFERRED_REACH: usize = 8;

/// The subject that stands for the event the documents report.
fn event_ref() -> EntityRef {
    static EVENT_REF: once_cell::sync::Lazy<EntityRef> =
        once_cell::sync::Lazy::new(|| EntityRef { key: EVENT.into(), text: "(the event)".into() });
    EVENT_REF.clone()
}

struct Doc<'a, 'c> {
    cx: &'a Ctx<'c>,
    /// The check's shared strings: the entity references of its claims.
    strings: std::cell::RefCell<&'a mut super::Interner>,
    id: &'a str,
    /// The id as every claim of the document holds it, one shared string.
    source: std::sync::Arc<str>,
    /// The text of the sentence claims were last read from, shared by
    /// the claims of that sentence: its first and last tokens and text.
    evidence: std::cell::RefCell<Option<(Sentence, std::sync::Arc<str>)>>,
    entities: &'a [entities::Mention],
    salient: Option<&'a entities::Mention>,
    /// The document's sentences, where anaphors find their antecedents.
    sents: &'a [Sentence],
    /// The keys of the organizations the document says another owns
    /// ("maison mère de l'application Velo"): "l'entreprise" is the owner.
    owned: Vec<String>,
    /// The keys of the persons the document names, sorted: a surname
    /// alone read as an organization ("said Ortberg") that shares one is
    /// that person ([`entities`] keys it so), whose "we" is no company.
    persons: Vec<&'a str>,
}

/// The keys of the persons among `entities`, sorted, each once.
fn person_keys(entities: &[entities::Mention]) -> Vec<&str> {
    let mut keys: Vec<&str> =
        entities.iter().filter(|m| m.kind == EntityKind::Person).map(|m| m.key.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Reads the claims and relations of a document.
pub(crate) fn read(
    cx: &Ctx,
    id: &str,
    sents: &[Sentence],
    quantities: &[numbers::Mention],
    times: &[time::Mention],
    entities: &[entities::Mention],
    strings: &mut super::Interner,
) -> (Vec<Claim>, Vec<Relation>) {
    let strings = std::cell::RefCell::new(strings);
    let evidence = std::cell::RefCell::new(None);
    let persons = person_keys(entities);
    let source = id.into();
    let owned = Vec::new();
    let mut doc = Doc { cx, strings, id, source, evidence, entities, salient: None, sents, owned, persons };
    let mut relations = Vec::new();
    let mut governed = Vec::with_capacity(sents.len());
    for &s in sents {
        let (rels, g) = doc.relations(s);
        relations.extend(rels);
        governed.push(g);
    }
    doc.owned = relations.iter().filter(|r| r.kind == RelationKind::Owns).map(|r| r.to.key.to_string()).collect();
    doc.owned.extend(subjects::owned_names(cx, entities));
    let lead = sents.first().map_or(0, |s| s.end);
    let mut all_governed = governed.concat();
    all_governed.extend(makers_of_counts(cx, quantities, entities));
    all_governed.sort_unstable();
    doc.salient = salient(cx, entities, &all_governed, lead);
    // Repeats are merged sentence by sentence, so that a document that says
    // one thing over and over never holds every copy at once.
    let (mut repeats, mut sentence) = (Repeats::default(), Vec::new());
    repeats.weekdays = times.iter().filter(|m| m.weekday).map(|m| m.time.start).collect();
    let mut acquisitions = deals::Acquisitions::default();
    // The claims the sentence before gave, for a sentence that says who gave them.
    let mut before = 0..0;
    for (&s, g) in sents.iter().zip(&governed) {
        doc.sentence_claims(s, quantities, times, g, &mut sentence);
        revised_levels(cx, s, quantities, &mut sentence);
        shared_whole(&mut sentence);
        doc.respective(s, &mut sentence);
        implied_objects(&mut sentence);
        acquisitions.update(&repeats.out);
        doc.deal_prices(s, quantities, &acquisitions, &mut sentence);
        if let Some(a) = sentence.is_empty().then(|| doc.anaphoric_report(s)).flatten() {
            if !a.is_empty() {
                let unsourced = repeats.out[before.clone()].iter_mut().filter(|c| c.attribution.is_empty());
                unsourced.for_each(|c| c.attribution = a.clone());
            }
            // The day it says they were given dates the figures stated as
            // done that have none (a planned act's day is not its report's).
            if let Some(day) = report_day(times, s) {
                let done =
                    |c: &&mut Claim| c.time.is_none() && c.modality == Modality::Asserted && c.quantity.is_some();
                let undated = repeats.out[before.clone()].iter_mut().filter(done);
                undated.for_each(|c| c.time = Some(day.clone()));
            }
        }
        let from = repeats.out.len();
        sentence.drain(..).for_each(|c| repeats.push(c));
        before = from..repeats.out.len();
    }
    let mut claims = repeats.out;
    // Before the filters, which drop a crowd told with no figure.
    crowd_turnouts(cx, &mut claims);
    doc.heads_acts(&mut claims);
    event_costs(&mut claims);
    filters::drop_false_figures(cx, quantities, &mut claims);
    for (n, c) in claims.iter_mut().enumerate() {
        c.id = format!("{id}#{}", n + 1);
    }
    (claims, relations)
}

/// What an event costs is a loss: "the blackout may have cost the economy
/// up to €800 million" (a price told of the event, see
/// [`Doc::event_cost`]) counts the money lost to it.
/// The day such a loss is dated by is the event's ("Monday's outage may
/// have cost", "Der Stromausfall am Montag hat Schäden verursacht"), not
/// the loss's: an estimate of what an event cost is dated by no day.
fn event_costs(claims: &mut [Claim]) {
    let money = |c: &Claim| matches!(c.quantity.as_ref().map(|q| &q.unit), Some(Unit::Money { per: None, .. }));
    let cost = |c: &Claim| matches!(c.predicate, Predicate::Price | Predicate::Loss) && &*c.subject.key == EVENT;
    for c in claims.iter_mut().filter(|c| cost(c) && money(c)) {
        c.predicate = Predicate::Loss;
        if c.time.as_ref().is_some_and(|t| matches!(t.value, TimeValue::Absolute { date } if date.day.is_some())) {
            c.time = None;
        }
    }
}

/// The day a sentence that gives who reported the sentence before names
/// ([`Doc::anaphoric_report`]): "Das teilte das Unternehmen am Dienstag
/// mit", "disampaikan Kementerian Dalam Negeri Maroko, Sabtu (9/9/2023)";
/// a date with its day, or a weekday.
fn report_day(times: &[time::Mention], s: Sentence) -> Option<crate::schema::TimeRef> {
    let day =
        |m: &&time::Mention| m.weekday || matches!(m.time.value, TimeValue::Absolute { date } if date.day.is_some());
    starting_in(times, |m| m.first, s.start, s.end).iter().find(day).map(|m| m.time.clone())
}

/// A turnout counted in heads in a document that counts a crowd and no
/// votes is the crowd's ("The police estimated the turnout at 107,000",
/// "the turnout ranged between 275,000 and 325,000" of a protest): one
/// fact with the participants the other reports count. A turnout in
/// percent, or in a document of votes, is an election's.
fn crowd_turnouts(cx: &Ctx, claims: &mut [Claim]) {
    let heads = |c: &Claim| c.quantity.as_ref().is_some_and(|q| matches!(q.unit, Unit::Count { .. }));
    let turnout = |c: &Claim| c.predicate == Predicate::Turnout && heads(c);
    if !claims.iter().any(turnout) || claims.iter().any(|c| c.predicate == Predicate::Votes) {
        return;
    }
    // A crowd's word anywhere, with a figure or not ("Thousands protested").
    let crowd_word =
        |g: Tag| matches!(g, Tag::Predicate(Predicate::Participants) | Tag::Measure(Predicate::Participants));
    let crowd = (0..cx.tokens.len()).any(|j| cx.tags.has(j, kinds![Predicate, Measure], crowd_word));
    if !crowd {
        return;
    }
    for c in claims.iter_mut().filter(|c| turnout(c)) {
        c.predicate = Predicate::Participants;
    }
}

/// The new figure of a revision a sentence tells of a claim's figure: in
/// "initially said the death toll was 294, but revised the total to more
/// than 240", no predicate word reaches 240, and the toll it revises is
/// the replaced figure's claim; the new figure is that claim's current
/// one. Only the first figure after the replaced one in the sentence that
/// no revision replaces, right after a "to" word of the revision
/// ([`super::revisions::is_new_figure`]), of the replaced figure's kind
/// of unit (a bare number shares it), and held by no claim.
fn revised_levels(cx: &Ctx, s: Sentence, quantities: &[numbers::Mention], claims: &mut Vec<Claim>) {
    let lo = quantities.partition_point(|q| q.first < s.start);
    let hi = quantities.partition_point(|q| q.first < s.end);
    let in_s = &quantities[lo..hi];
    if !in_s.iter().any(|m| m.superseded) {
        return;
    }
    let held =
        |claims: &[Claim], start: usize| claims.iter().any(|c| c.quantity.as_ref().is_some_and(|q| q.start == start));
    let kind = |u: &Unit| std::mem::discriminant(u);
    let fits = |old: &Unit, new: &Unit| kind(new) == kind(old) || *new == (Unit::Count { concept: None });
    let mut k = 0;
    while k < claims.len() {
        let replaced = claims[k]
            .quantity
            .as_ref()
            .and_then(|q| in_s.iter().position(|m| m.superseded && m.quantity.start == q.start));
        let new = replaced.and_then(|r| {
            let n = in_s[r + 1..].iter().find(|m| !m.superseded)?;
            let ok = super::revisions::is_new_figure(cx, n.first)
                && fits(&in_s[r].quantity.unit, &n.quantity.unit)
                && !held(claims, n.quantity.start);
            ok.then_some(n)
        });
        if let Some(n) = new {
            let mut c = claims[k].clone();
            c.quantity = Some(n.quantity.clone());
            claims.insert(k + 1, c);
            k += 1;
        }
        k += 1;
    }
}

/// The object key of votes: what a vote count or a vote share counts.
const VOTES: &str = "votes";

/// Votes with no object count votes: "55.95%の得票率", "36,29% auf
/// Jane Rowe" state a share of the votes as "55.95% of the votes"
/// does, and are one fact with it. Run after [`shared_whole`], so that
/// an object the sentence names ("valid votes") comes first.
fn implied_objects(claims: &mut [Claim]) {
    for c in claims.iter_mut().filter(|c| c.predicate == Predicate::Votes && c.object.is_none()) {
        c.object = Some(Object::Concept { concept: Concept(VOTES.to_string()) });
    }
}

/// "obtains 36.7% of the votes, followed by Doe, with 29.9%": shares of
/// one sentence for one act share the whole it names once. Of the lay-off
/// and vote shares a sentence gives, those with no object take the one
/// object the others name, when they name exactly one; a share received
/// with no object, in a sentence of vote shares, is one ("obtuvo el 55% de
/// los votos, mientras que Doe recibió el 44%").
fn shared_whole(claims: &mut [Claim]) {
    let percent = |c: &Claim| c.quantity.as_ref().is_some_and(|q| q.unit == Unit::Percent);
    for p in [Predicate::LayOff, Predicate::Votes] {
        let elliptic = |c: &Claim| p == Predicate::Votes && c.predicate == Predicate::Receive && c.object.is_none();
        let mut wholes = claims.iter().filter(|c| c.predicate == p && percent(c)).filter_map(|c| c.object.as_ref());
        let Some(whole) = wholes.next().cloned() else { continue };
        if wholes.any(|o| *o != whole) {
            continue;
        }
        let bare = |c: &Claim| percent(c) && c.object.is_none() && (c.predicate == p || elliptic(c));
        for c in claims.iter_mut().filter(|c| bare(c)) {
            c.predicate = p;
            c.object = Some(whole.clone());
        }
    }
}

/// Tolls of a batch, counted where the story happened, are the event's:
/// one report names the village, another the province, a third the
/// country, and all count the same victims. A toll keeps its place as
/// subject when its document gives that toll for several places ("30 dead
/// in Spain and 12 in Portugal") and its place is not the one most
/// documents count it in (a tie names none), or is that one but its
/// document counts more victims in all, or when it is dated by a year
/// alone (that place's count of the year). Tolls of two countries that each
/// have theirs in two documents or more ("12,391 in Turkey", "2,992 in
/// Syria") keep their countries: neighbours never count the same victims.
/// The one country a batch counts a toll in (or the one several documents
/// count it in where every other is one document's, a past disaster told
/// for comparison) is the story's whole: its toll
/// is the event's, and a place whose document counts more in that country
/// is a part ("155 in the province of Lamora ... 158 in Belmora"); a
/// country whose document counts more at another place is a neighbour
/// ("30 dead in Lamora and 2 in Belmora").
/// A region of several countries ("22 morts en Europe centrale") holds the
/// places of its story: its toll is the event's, and it is no place here.
/// The rest of the country ("170 elsewhere in the country") is never the
/// event's, and counts as no place here; nor is a part of a toll given at
/// its place ("including 57 in Belmora", [`Claim::part`]).
pub(crate) fn event_tolls(claims: &mut [Claim]) {
    let places = TollPlaces::of(claims);
    let sibling = sibling_countries(&places.docs_per_place);
    let to_event: Vec<bool> = claims
        .iter()
        .map(|c| {
            if sibling.contains(&(c.predicate, &*c.subject.key)) {
                return false;
            }
            // A toll at a place dated by a year alone is that place's count
            // of the year, another story ("Colombia, where dengue killed 210
            // last year", "this year, Indonesia recorded 620 deaths"),
            // however many documents name the place; a village one report
            // names, with no date or a day, is where the story happened.
            let year_only = c.time.as_ref().is_some_and(|t| match t.value {
                TimeValue::Absolute { date } => date.month.is_none(),
                TimeValue::Relative { to } => {
                    matches!(to, RelativeTime::LastYear | RelativeTime::ThisYear | RelativeTime::NextYear)
                }
                TimeValue::Years { .. } => true,
                TimeValue::Month { .. } | TimeValue::Span { .. } => false,
            });
            c.predicate.is_event_count()
                && !c.part
                && &*c.subject.key != EVENT
                && !apart(&c.subject.key)
                && !year_only
                && (places.of_doc(c) < 2 || places.is_main(c) || entities::is_region_key(&c.subject.key))
        })
        .collect();
    // A part of a group ("133, including five children") is of its whole's
    // place: it goes with it. A part at a place of its own keeps it.
    let folded: BTreeSet<(Predicate, &str, &str)> = claims
        .iter()
        .zip(&to_event)
        .filter(|&(_, &e)| e)
        .map(|(c, _)| (c.predicate, &*c.source, &*c.subject.key))
        .collect();
    let with_whole: Vec<bool> = claims
        .iter()
        .map(|c| c.part && c.object.is_some() && folded.contains(&(c.predicate, &*c.source, &*c.subject.key)))
        .collect();
    for ((c, e), w) in claims.iter_mut().zip(to_event).zip(with_whole) {
        if e || w {
            c.subject = event_ref();
        }
    }
}

/// Nationals of a country whose toll the batch keeps at that country
/// ([`event_tolls`]: a story of several countries) are that country's
/// toll: "all six Polish victims" in a storm that killed six in Poland.
/// Their claim takes the country as subject and no object (the merge of
/// restatements then folds it into a claim of its document that says the
/// same). Nationals of a country the batch counts no such toll in stay a
/// group of the event's victims ("two Indonesian domestic workers" in a
/// fire in Hong Kong).
pub(crate) fn national_tolls(claims: &mut [Claim]) {
    let kept: BTreeSet<(Predicate, std::sync::Arc<str>)> = claims
        .iter()
        .filter(|c| entities::is_country_key(&c.subject.key))
        .map(|c| (c.predicate, c.subject.key.clone()))
        .collect();
    for c in claims.iter_mut() {
        let Some(Object::Nationals { country }) = &c.object else { continue };
        if kept.contains(&(c.predicate, country.key.clone())) {
            c.subject = country.clone();
            c.object = None;
        }
    }
}

/// How many function words may part a role from the place it qualifies
/// ("consulat d'Indonésie"; [`Doc::voice_place`]).
const VOICE_LINK: usize = 2;

/// How many lower-case words may part a locative from the name it places
/// ("en la planta de Hildesheim", [`Doc::where_named`]).
const LOCATIVE_HEAD: usize = 3;

/// How far after the locative that follows a figure the name of its
/// place may start ("dans la zone de préfecture de Marrakech").
const PLACED_REACH: usize = 8;

/// How far after a verb of striking the place struck may end ("struck
/// the northern regions of the Philippines"; [`Doc::struck_place`]).
const STRUCK_REACH: usize = 8;

/// How many words may part a place from the place named in it ("the Thai
/// capital of Bangkok"; [`Doc::place_in_place`]).
const PLACE_IN_PLACE: usize = 3;

/// Where a batch counts its tolls (see [`event_tolls`]).
struct TollPlaces<'c> {
    /// Per predicate and document: the places it counts it in.
    places: BTreeMap<(Predicate, &'c str), BTreeSet<&'c str>>,
    /// Per predicate and place: how many documents count it there.
    docs_per_place: BTreeMap<(Predicate, &'c str), usize>,
    /// Per predicate: the place most documents count it in, if only one is.
    main: BTreeMap<Predicate, Option<&'c str>>,
    /// Per predicate: the one country the batch counts it in, if only one.
    country: BTreeMap<Predicate, &'c str>,
    /// Per predicate and document: the largest toll it gives the event or
    /// the one country.
    totals: BTreeMap<(Predicate, &'c str), f64>,
    /// Per predicate and document: the largest toll it gives another place.
    at_places: BTreeMap<(Predicate, &'c str), f64>,
    /// Per predicate and document: the areas held by one side it counts
    /// the toll in, places of its own that no other place may be folded
    /// into ("20,213 in Turkey ... 1,387 in government-held areas").
    areas: BTreeMap<(Predicate, &'c str), BTreeSet<&'c str>>,
    /// Per predicate and document: the largest figure of each place of its
    /// parts of a toll ("davon 213 in der Region Valencia") that is none of
    /// its places, in ascending order.
    part_places: BTreeMap<(Predicate, &'c str), Vec<f64>>,
}

impl<'c> TollPlaces<'c> {
    fn of(claims: &'c [Claim]) -> TollPlaces<'c> {
        let mut places: BTreeMap<(Predicate, &str), BTreeSet<&str>> = BTreeMap::new();
        // The rest of the country is no place of its own, nor is a part's
        // place: they change nothing here.
        let counted = |c: &&Claim| {
            c.predicate.is_event_count()
                && !c.part
                && !apart(&c.subject.key)
                && !entities::is_region_key(&c.subject.key)
        };
        for c in claims.iter().filter(counted).filter(|c| &*c.subject.key != EVENT) {
            places.entry((c.predicate, &*c.source)).or_default().insert(&*c.subject.key);
        }
        let mut docs_per_place: BTreeMap<(Predicate, &str), usize> = BTreeMap::new();
        for ((p, _), keys) in &places {
            for k in keys {
                *docs_per_place.entry((*p, k)).or_default() += 1;
            }
        }
        let mut main: BTreeMap<Predicate, (Option<&str>, usize)> = BTreeMap::new();
        let mut countries: BTreeMap<Predicate, Vec<&str>> = BTreeMap::new();
        for (&(p, k), &n) in &docs_per_place {
            let slot = main.entry(p).or_insert((None, 0));
            if n > slot.1 {
                *slot = (Some(k), n);
            } else if n == slot.1 {
                slot.0 = None;
            }
            if super::entities::is_country_key(k) {
                countries.entry(p).or_default().push(k);
            }
        }
        let main = main.into_iter().map(|(p, (k, _))| (p, k)).collect();
        // One country, or one that several documents count it in where
        // each other is one document's (a past disaster's "209 in Lamora"
        // told for comparison).
        let docs = |p: Predicate, k: &str| docs_per_place.get(&(p, k)).copied().unwrap_or(0);
        let country = countries
            .into_iter()
            .filter_map(|(p, ks)| {
                let top = *ks.iter().max_by_key(|k| docs(p, k))?;
                let alone = ks.len() == 1 || docs(p, top) >= 2 && ks.iter().all(|k| *k == top || docs(p, k) == 1);
                alone.then_some((p, top))
            })
            .collect();
        let (totals, at_places) = (BTreeMap::new(), BTreeMap::new());
        let mut areas: BTreeMap<(Predicate, &str), BTreeSet<&str>> = BTreeMap::new();
        for c in claims.iter().filter(|c| c.predicate.is_event_count() && held(&c.subject.key)) {
            areas.entry((c.predicate, &*c.source)).or_default().insert(&*c.subject.key);
        }
        let part_places = Self::part_places(claims, &places);
        let mut t = TollPlaces { places, docs_per_place, main, country, totals, at_places, areas, part_places };
        let tolls: Vec<(&Claim, bool)> = claims.iter().filter(counted).map(|c| (c, t.whole(c))).collect();
        for (c, whole) in tolls {
            if let Some(q) = &c.quantity {
                let top = if whole { &mut t.totals } else { &mut t.at_places };
                let top = top.entry((c.predicate, &*c.source)).or_insert(q.value);
                *top = top.max(q.value);
            }
        }
        t
    }

    /// See [`TollPlaces::part_places`]: sorted, so that a claim counts
    /// those above its figure by binary search.
    fn part_places(
        claims: &'c [Claim],
        places: &BTreeMap<(Predicate, &'c str), BTreeSet<&'c str>>,
    ) -> BTreeMap<(Predicate, &'c str), Vec<f64>> {
        let mut tops: BTreeMap<(Predicate, &str), BTreeMap<&str, f64>> = BTreeMap::new();
        let part_at_place = |c: &&Claim| c.predicate.is_event_count() && c.part && &*c.subject.key != EVENT;
        for c in claims.iter().filter(part_at_place) {
            let Some(q) = &c.quantity else { continue };
            let key = (c.predicate, &*c.source);
            if places.get(&key).is_some_and(|p| p.contains(&*c.subject.key)) {
                continue;
            }
            let top = tops.entry(key).or_default().entry(&*c.subject.key).or_insert(q.value);
            *top = top.max(q.value);
        }
        let sorted = |m: BTreeMap<&str, f64>| {
            let mut v: Vec<f64> = m.into_values().collect();
            v.sort_by(f64::total_cmp);
            v
        };
        tops.into_iter().map(|(k, m)| (k, sorted(m))).collect()
    }

    /// How many places a claim's document counts its toll in, areas held
    /// by one side included, and the places of its parts that count more
    /// than the claim, which cannot be their whole ("217 Todesopfer,
    /// davon 213 in der Region Valencia. Drei Menschen starben in
    /// Kastilien-La Mancha": three places; not "130 in Lamora, including
    /// 57 in Belmora", where Lamora holds Belmora).
    fn of_doc(&self, c: &Claim) -> usize {
        let key = (c.predicate, &*c.source);
        let value = c.quantity.as_ref().map_or(f64::INFINITY, |q| q.value);
        let parts = self.part_places.get(&key).map_or(0, |v| v.len() - v.partition_point(|&x| x <= value));
        self.places.get(&key).map_or(0, BTreeSet::len) + self.areas.get(&key).map_or(0, BTreeSet::len) + parts
    }

    /// The one country a batch counts a toll in holds the other places:
    /// its toll is the story's ("158 in Belmora ... 155 in the province
    /// of Lamora"), as is the event's.
    fn whole(&self, c: &Claim) -> bool {
        &*c.subject.key == EVENT || self.country.get(&c.predicate) == Some(&&*c.subject.key)
    }

    /// The main place is where the story happened (the place most
    /// documents count the toll in, or the one country), unless its own
    /// document counts more victims in all ("12,391 in Turkey ... a total
    /// of 15,383"): it is then one part of the whole. A toll elsewhere in
    /// the country ("11,300 in Derna ... 170 elsewhere") does not make it
    /// one: the other documents' tolls for the event count the same victims.
    fn is_main(&self, c: &Claim) -> bool {
        let key = &*c.subject.key;
        let main = self.main.get(&c.predicate).is_some_and(|&m| m == Some(key));
        let doc = (c.predicate, &*c.source);
        let below = |tops: &BTreeMap<(Predicate, &str), f64>| {
            c.quantity.as_ref().is_some_and(|q| tops.get(&doc).is_some_and(|&t| q.value < t))
        };
        // A whole counts at least what its places count.
        let country = self.country.get(&c.predicate) == Some(&key) && !below(&self.at_places);
        (main || country) && !below(&self.totals)
    }
}

fn sibling_countries<'c>(
    docs_per_place: &std::collections::BTreeMap<(Predicate, &'c str), usize>,
) -> Vec<(Predicate, &'c str)> {
    let counted: Vec<(Predicate, &str)> = docs_per_place
        .iter()
        .filter(|&(&(_, k), &n)| n >= 2 && super::entities::is_country_key(k))
        .map(|(&pk, _)| pk)
        .collect();
    counted.iter().copied().filter(|&(p, _)| counted.iter().filter(|&&(q, _)| q == p).count() >= 2).collect()
}

/// An interval by the bits of its bounds, so that it can be hashed.
type Bits = (Option<u64>, Option<u64>, bool, bool);

/// What makes two claims of one document say the same thing.
type RepeatKey<'c> =
    (&'c str, Predicate, Option<&'c str>, Option<(Bits, Qualifier, &'c Unit)>, Option<TimeValue>, Polarity, Modality);

/// A claim's repeat key; its time counts only when it is not a weekday's
/// (see [`Repeats::weekdays`]).
fn repeat_key<'c>(c: &'c Claim, weekdays: &[usize]) -> RepeatKey<'c> {
    let q = c.quantity.as_ref().map(|q| {
        let i = q.interval;
        ((i.low.map(f64::to_bits), i.high.map(f64::to_bits), i.low_inclusive, i.high_inclusive), q.qualifier, &q.unit)
    });
    (
        &*c.subject.key,
        c.predicate,
        c.object.as_ref().map(|o| o.key()),
        q,
        c.time.as_ref().filter(|t| weekdays.binary_search(&t.start).is_err()).map(|t| t.value),
        c.polarity,
        c.modality,
    )
}

/// Claims of one document that say the same thing (subject, predicate,
/// object, value, time, polarity and modality) are one claim: the first,
/// with the others' sentences as further evidence and their attribution
/// filling what the first lacks. Claims are pushed in text order and merged
/// as they come, so memory holds the merged claims only.
#[derive(Default)]
struct Repeats {
    /// The merged claims, in the order of their first occurrence.
    out: Vec<Claim>,
    /// The last claim in `out` whose key hashes to a value.
    head: HashMap<u64, usize>,
    /// For each claim in `out`, the one before it with the same hash.
    chain: Vec<Option<usize>>,
    /// The byte offsets of the document's weekday times, sorted: a claim
    /// dated "on Tuesday" repeats one with no date (the lead's "said on
    /// Tuesday" and the headline's figure), and the merged claim keeps the
    /// date.
    weekdays: Vec<usize>,
}

impl Repeats {
    fn push(&mut self, c: Claim) {
        use std::hash::BuildHasher;
        let key = repeat_key(&c, &self.weekdays);
        let hash = rustc_hash::FxBuildHasher.hash_one(key);
        let mut at = self.head.get(&hash).copied();
        while let Some(i) = at {
            if repeat_key(&self.out[i], &self.weekdays) == key {
                break;
            }
            at = self.chain[i];
        }
        let Some(i) = at else {
            self.chain.push(self.head.insert(hash, self.out.len()));
            self.out.push(c);
            return;
        };
        absorb(&mut self.out[i], c);
    }
}

/// Merges `c`, a later claim of the same document that says what `kept`
/// says, into `kept`: its sentence becomes further evidence, and its time,
/// object, counted noun, attribution and body zone fill what `kept` lacks.
pub(super) fn absorb(kept: &mut Claim, c: Claim) {
    if kept.time.is_none() {
        kept.time = c.time;
    }
    if kept.object.is_none() {
        kept.object = c.object;
    }
    if let (Some(k), Some(q)) = (&mut kept.quantity, c.quantity) {
        if k.unit == (Unit::Count { concept: None }) {
            k.unit = q.unit;
        }
    }
    // A claim the body states is body, whichever zone told it first.
    if c.zone.is_none() {
        kept.zone = None;
    }
    // Claims come in text order: a repeat from the same sentence is next to its twin.
    // (A caller merging claims that have further evidence of their own
    // puts `also` back in text order once done.)
    if c.evidence != kept.evidence && kept.also.last() != Some(&c.evidence) {
        kept.also.push(c.evidence);
    }
    kept.also.extend(c.also);
    let (a, b) = (&mut kept.attribution, c.attribution);
    a.speaker = a.speaker.take().or(b.speaker);
    a.role = a.role.or(b.role);
    a.affiliation = a.affiliation.take().or(b.affiliation);
    a.anonymous = a.anonymous.take().or(b.anonymous);
    a.outlet = a.outlet.take().or(b.outlet);
}

/// Whether figure `q` counts people with a phrase of being aboard right
/// after it ("242 people on board", "242 persone a bordo", "242 orang di
/// dalam pesawat"; [`Area::Aboard`]).
pub(super) fn aboard(cx: &Ctx, q: &numbers::Mention) -> bool {
    let people = matches!(&q.quantity.unit, Unit::Count { concept } if concept.as_ref().is_none_or(|k| Concept::is_people(&k.0)));
    let on_board = |g: Tag| matches!(g, Tag::Area(Area::Aboard)).then_some(());
    people && q.last < cx.tokens.len() && cx.tags.find(q.last, kinds![Area], on_board).is_some()
}

/// Whether a concept is people (or, with `jobs`, jobs): what a lay-off
/// or a staff counts.
fn is_people(c: &Concept, jobs: bool) -> bool {
    is_people_key(&c.0, jobs)
}

/// [`is_people`] of a concept key.
pub(super) fn is_people_key(key: &str, jobs: bool) -> bool {
    matches!(key, "person" | "employees") || (jobs && key == "job")
}

/// Whether a quantity counts people (or, with `jobs`, jobs): "600
/// personas", "4.500 Stellen", "15,000 workers"; or a share of them:
/// "10% of its workforce".
fn counts_people(m: &numbers::Mention, jobs: bool) -> bool {
    match &m.quantity.unit {
        Unit::Count { concept: Some(c) } => is_people(c, jobs),
        Unit::Percent => m.share_of.is_some_and(|k| is_people_key(k, jobs)),
        _ => matches!(m.measure, Some(Predicate::Employees | Predicate::Participants)),
    }
}

/// The phrase a figure opening a bracket at token `qa` counts the event
/// of: from the figure or the closing bracket before it, in sentence `s`,
/// to the opening bracket (`(from, open)`). Both scans end at the figure
/// before: linear in the document.
pub(super) fn bracketed_phrase(t: &Tokens, s: Sentence, qa: usize, qs: &[numbers::Mention]) -> Option<(usize, usize)> {
    let open = qa.checked_sub(1).filter(|&j| j > s.start && t.is_open_bracket(j))?;
    let before = &qs[..qs.partition_point(|q| q.first < open)];
    let after_figure = before.iter().rev().find(|q| q.last <= open).map_or(s.start, |q| q.last).max(s.start);
    let from = (after_figure..open).rev().find(|&j| t.is_close_bracket(j)).map_or(after_figure, |j| j + 1);
    Some((from, open))
}

/// Whether a contrast word ([`crate::lang::Lexicon::contrast`]) that
/// starts at or after `floor` ends right before token `at`, or before up
/// to `joints` articles or apostrophes ("frente al 44%", "rispetto
/// all'anno precedente").
pub(super) fn contrast_before(cx: &Ctx, at: usize, floor: usize, joints: usize) -> bool {
    let t = cx.tokens;
    let ends = |i: usize| {
        super::ending_at(cx.tags, i, kinds![Contrast], |g| (g == Tag::Contrast).then_some(()))
            .is_some_and(|(_, j)| j >= floor)
    };
    let joint = |j: usize| numbers::is_article(cx, j) || matches!(t.raw(j), "'" | "’");
    let mut i = at;
    for _ in 0..joints {
        if ends(i) {
            return true;
        }
        if i <= floor + 1 || !joint(i - 1) {
            return false;
        }
        i -= 1;
    }
    ends(i)
}

/// Whether token `j` is a word of lowercase letters (in a script with
/// case) that no lexicon knows: no function word, and no tag or, with
/// `nouns` set, only the tags of a counted noun or a disaster's noun (a
/// noun the lexicon knows tells of no verb).
fn unknown_word(cx: &Ctx, j: usize, nouns: bool) -> bool {
    let (t, tags) = (cx.tokens, cx.tags);
    let known = |tag: Tag| !(nouns && matches!(tag, Tag::Concept(_) | Tag::Disaster));
    t.toks.get(j).is_some_and(|k| k.kind == Kind::Word && k.case == Case::Lower)
        && t.raw(j).chars().any(char::is_lowercase)
        && !tags.at(j).iter().any(|m| known(m.tag))
        && !cx.lex.is_function_word(t.folded(j))
}

/// The items of a slice sorted by start token whose start is in `a..b`.
fn starting_in<T>(items: &[T], first: impl Fn(&T) -> usize, a: usize, b: usize) -> &[T] {
    let lo = items.partition_point(|x| first(x) < a);
    let hi = items.partition_point(|x| first(x) < b).max(lo);
    &items[lo..hi]
}

/// The organization the document is about: the one named most often
/// (first named on a tie), a mention in the lead sentence (tokens before
/// `lead`) counting twice and the lead's first one standing as a subject
/// twice more, not counting outlets named after "according to"
/// nor entities an ownership noun governs ("the parent of Y").
fn salient<'e>(
    cx: &Ctx,
    entities: &'e [entities::Mention],
    governed: &[(usize, usize)],
    lead: usize,
) -> Option<&'e entities::Mention> {
    let cited = |m: &entities::Mention| {
        if cx.lex_data.verb_final {
            return subjects::according_to_cites(cx, m);
        }
        let marker = |at: usize| {
            super::ending_at(cx.tags, at, kinds![AccordingTo], |g| matches!(g, Tag::AccordingTo).then_some(()))
                .is_some()
        };
        marker(m.first)
            || (m.first > 0 && cx.lex.is_function_word(cx.tokens.folded(m.first - 1)) && marker(m.first - 1))
    };
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::default();
    // Governed spans are in text order and short: only the few starting
    // just before a mention's end can overlap it.
    let owned = |m: &entities::Mention| {
        let k = governed.partition_point(|&(a, _)| a < m.last);
        governed[k.saturating_sub(4)..k].iter().any(|&(a, b)| m.first < b && a < m.last)
    };
    let mut first = true;
    for (i, m) in entities.iter().enumerate() {
        if m.kind == EntityKind::Organization && !cited(m) && !owned(m) {
            let e = counts.entry(&m.key).or_insert((0, i));
            e.0 += if m.first < lead { 2 } else { 1 };
            // The lead's first organization that stands as a subject (before
            // a comma, a verb or an auxiliary) is what the story is about:
            // "Acme, parent of the Zapy app, raised..." is Acme's story
            // however often the app is named after.
            let t = cx.tokens;
            let subject_like = m.last < t.len()
                && (t.is_comma(m.last)
                    || cx.lex.is_function_word(t.folded(m.last))
                    // A verb the lexicon does not know ("El Real Tamaris presentó").
                    || (t.toks[m.last].kind == Kind::Word && t.toks[m.last].case == Case::Lower)
                    || cx.tags.any(m.last, kinds![Predicate, Reporting, Modality]));
            if first && m.first < lead && subject_like {
                e.0 += 2;
                first = false;
            }
        }
    }
    let (key, _) = counts.into_iter().max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))?;
    entities.iter().find(|m| m.key == key)
}

/// The spans of the names that make or supply what a count counts: inside
/// the figure's phrase ("220 Boeing aircraft", "250 Airbus") or right
/// after its noun past at most [`MAKER_AFTER_COUNT`] function words ("470
/// jatos da Boeing", "250 jets from Airbus"). A story names its actor's
/// suppliers often, never as the one that acts: they weigh nothing in
/// [`salient`].
fn makers_of_counts(cx: &Ctx, quantities: &[numbers::Mention], entities: &[entities::Mention]) -> Vec<(usize, usize)> {
    let t = cx.tokens;
    let mut out = Vec::new();
    for q in quantities.iter().filter(|q| matches!(q.quantity.unit, crate::schema::Unit::Count { concept: Some(_) })) {
        let mut at = q.last;
        while at < t.len()
            && at - q.last < MAKER_AFTER_COUNT
            && t.toks[at].kind == Kind::Word
            && cx.lex.is_function_word(t.folded(at))
        {
            at += 1;
        }
        let lo = entities.partition_point(|m| m.first <= q.number_at);
        let maker = |m: &&entities::Mention| m.kind == EntityKind::Organization && (m.last <= q.last || m.first == at);
        out.extend(entities[lo..].iter().take_while(|m| m.first <= at).filter(maker).map(|m| (m.first, m.last)));
    }
    out
}

/// How many words may open a clause before the noun of the disaster whose
/// cost it tells ("Monday's mass power outage").
const EVENT_COST_LEAD: usize = 5;

/// How many function words may stand between a count's noun and the name
/// of its maker ("da", "de la", "from the").
const MAKER_AFTER_COUNT: usize = 2;

/// How many mentions before a one-word name [`Doc::named_person_before`]
/// looks through for the person it stands for.
const PERSON_REACH: usize = 64;

/// Where a subject comes from.
enum Subject {
    /// Named in the clause, or referred to by "the company".
    Explicit(EntityRef),
    /// Nothing named: the subject the story continues (a null subject, the
    /// speaker's organization, the event of a toll), unless the sentence
    /// already has a subject.
    Salient(EntityRef),
}

/// A trigger found in a clause.
#[derive(Clone, Copy)]
struct Trigger {
    at: usize,
    len: usize,
    predicate: Predicate,
    /// The quantity mention it carries, as an index.
    quantity: Option<usize>,
    /// A measure noun standing apart from its number ("23 pescadores siguen
    /// desaparecidos"): a trigger only if it takes a quantity.
    noun: bool,
}

impl Doc<'_, '_> {
    /// Acts on an organization's staff or accounts told of its head are
    /// the organization's ([`employers`]): "Acme-Chef Jane Roe hatte
    /// angekündigt, sie wolle 2.000 Stellen streichen" cuts Acme's jobs.
    /// A person who lays off the staff of a named organization acts for it
    /// too ([`employers::staff_employers`]), where no role names whom the
    /// person heads.
    fn heads_acts(&self, claims: &mut [Claim]) {
        let heads = employers::heads(self.cx, self.entities);
        let employers = employers::staff_employers(self.cx, self.entities, claims);
        if heads.is_empty() && employers.is_empty() {
            return;
        }
        for c in claims.iter_mut().filter(|c| employers::OWN_ACTS.contains(&c.predicate)) {
            let head = heads.get(&*c.subject.key).or_else(|| employers.get(&*c.subject.key));
            if let Some(&o) = head {
                c.subject = self.entity_ref(&self.entities[o]);
            }
        }
    }

    fn entity_ref(&self, m: &entities::Mention) -> EntityRef {
        self.shared_ref(&m.key, &m.text)
    }

    /// The text of sentence `s`, shared with the other claims read from
    /// it (they are read one sentence after another).
    fn sentence_text(&self, s: Sentence) -> std::sync::Arc<str> {
        let mut last = self.evidence.borrow_mut();
        match &*last {
            Some((at, text)) if *at == s => text.clone(),
            _ => {
                let text: std::sync::Arc<str> = self.cx.tokens.span_text(s.start, s.end).into();
                *last = Some((s, text.clone()));
                text
            }
        }
    }

    /// An entity reference with the check's shared strings.
    fn shared_ref(&self, key: &str, text: &str) -> EntityRef {
        let mut strings = self.strings.borrow_mut();
        EntityRef { key: strings.get(key), text: strings.get(text) }
    }

    /// The entity mentions inside tokens `a..b`, found by binary search.
    fn entities_in(&self, a: usize, b: usize) -> impl Iterator<Item = &entities::Mention> {
        starting_in(self.entities, |m| m.first, a, b).iter().filter(move |m| m.last <= b)
    }

    /// The name `m` stands for, or the head it is the possessor of
    /// ("Globex owner Acme": Acme; see [`subjects::possessor`]).
    fn possessed_head<'m>(&'m self, m: &'m entities::Mention) -> &'m entities::Mention {
        let k = self.entities.partition_point(|e| e.first <= m.first);
        let next = self.entities.get(k);
        if subjects::possessor(self.cx, m, next) { next.unwrap_or(m) } else { m }
    }

    /// The names in tokens `a..b` that may be subjects: not cited as a
    /// source, not governed by a preposition, not a possessor of the next
    /// name (see [`subjects::never_subject`]).
    fn subject_names(&self, a: usize, b: usize) -> impl Iterator<Item = &entities::Mention> {
        let lo = self.entities.partition_point(|m| m.first < a);
        let hi = self.entities.partition_point(|m| m.first < b).max(lo);
        (lo..hi)
            .filter(move |&k| self.entities[k].last <= b && !subjects::never_subject(self.cx, self.entities, k))
            .map(move |k| &self.entities[k])
    }

    /// The subject of a clause that names no one: the subject the story
    /// continues, else the organization a spokesperson of the sentence
    /// speaks for, else the recipient of a delivery.
    fn unnamed_subject(&self, ca: usize, cb: usize, tr: &Trigger) -> Option<EntityRef> {
        let cx = self.cx;
        // A clause with no subject of its own continues the story's:
        // "Arkon ha annunciato che licenzierà", "A Arkon teve prejuízo.
        // As vendas caíram 3%" (a null subject, read as an anaphor).
        if let Some(e) = self.null_subject(ca, tr.predicate.is_company_own()) {
            return Some(e);
        }
        // Else a spokesperson's organization speaks of itself: "La
        // porte-parole d'Arkon a démenti toute vente".
        if let Some(e) = self.speaker_affiliation(ca) {
            return Some(e);
        }
        // A quotation speaks for whoever the sentence says said it:
        // "«We will not sell», Arkon said".
        if let Some(e) = self.quoted_speaker(tr.at) {
            return Some(e);
        }
        // "30 mil chips foram entregues à Arkon": with no agent, a
        // delivery is its recipient's receipt.
        if tr.predicate == Predicate::Ship {
            let start = tr.at + tr.len.max(1);
            let to = self.entities_in(start, cb).find(|m| cx.lex.recipient_before(cx.tokens, m.first));
            if let Some(m) = to.filter(|m| m.kind != EntityKind::Code) {
                return Some(self.entity_ref(m));
            }
        }
        None
    }

    /// The organization that says, in the sentence, what a clause starting
    /// at token `ca` with no subject of its own tells of its staff or its
    /// accounts: the one named right before the last reporting verb before
    /// the clause ("A Microsoft disse no início desta semana que planeja
    /// demitir 10.000 trabalhadores", "Acme a annoncé qu'elle supprimerait
    /// 500 postes"). A company that announces cuts announces its own, not
    /// those of the company the story is about.
    fn reporting_organization(&self, ca: usize) -> Option<EntityRef> {
        let cx = self.cx;
        let s = *self.sents.get(self.sents.partition_point(|s| s.end <= ca))?;
        let reporting = |j: usize| cx.tags.any(j, kinds![Reporting]) && !cx.tags.any(j, kinds![AccordingTo]);
        let verb = (s.start..ca).rev().take(window::REPORT_TALE).find(|&j| reporting(j))?;
        // The verb's phrase may start before the word tagged ("a annoncé").
        let mut first = verb;
        while first > s.start && cx.tags.len_of(first - 1, kinds![Reporting]).is_some_and(|l| first - 1 + l > verb) {
            first -= 1;
        }
        let k = self.entities.partition_point(|m| m.last <= first).checked_sub(1)?;
        let m = self.entities.get(k).filter(|m| m.first >= s.start)?;
        let (t, between) = (cx.tokens, m.last..first);
        // The verb's subject opens its clause: after the sentence's start,
        // a punctuation mark or a function word ("e a Salesforce disse"),
        // never after a verb ("la società che controlla Google ha
        // annunciato").
        let opens = match m.first.checked_sub(1).filter(|_| m.first > s.start) {
            None => true,
            Some(j) => {
                let w = t.folded(j);
                t.toks[j].kind == Kind::Punct || cx.lex.is_function_word(w) || cx.lex.is_noun_determiner(w)
            }
        };
        (opens
            && m.kind == EntityKind::Organization
            && between.len() <= window::BODY_TO_VERB
            && between.clone().all(|j| t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower)
            && !self.named_person_before(k)
            && !cx.tags.any(m.first, kinds![Institution])
            && !subjects::never_subject(cx, self.entities, k)
            && !self.where_named(m))
        .then(|| self.entity_ref(m))
    }

    /// Whether mention `k` has the key of a person named among the
    /// [`PERSON_REACH`] mentions before it: a surname alone ("Pichai" after
    /// "Sundar Pichai") reads as a name of no kind of its own.
    fn named_person_before(&self, k: usize) -> bool {
        let m = &self.entities[k];
        self.entities[k.saturating_sub(PERSON_REACH)..k].iter().any(|p| p.kind == EntityKind::Person && p.key == m.key)
    }

    /// What an anaphor at token `at` refers to: the organization the
    /// document is about when it is named in the anaphor's sentence before
    /// it or in the [`ANAPHOR_REACH`] sentences before; else the nearest
    /// name that fits in the anaphor's sentence or the one before (see
    /// [`subjects::antecedent`]); else, farther back, the organization the
    /// document is about if it is named before, else the nearest name that
    /// fits. A company the document says another owns is no antecedent of
    /// "the company".
    fn resolve(&self, at: usize, referent: Referent) -> Option<EntityRef> {
        self.resolve_with(at, referent, &|_| true)
    }

    /// The antecedent of a company anaphor ("the company", "la empresa"):
    /// an organization that is no public body ("filed a notice with the
    /// Texas Workforce Commission that the company will lay off 2,688").
    fn resolve_company(&self, at: usize) -> Option<EntityRef> {
        self.resolve_with(at, Referent::Organization, &|m| !entities::names_body(self.cx, m))
    }

    /// [`Doc::resolve`], among the mentions `more` accepts.
    fn resolve_with(
        &self,
        at: usize,
        referent: Referent,
        more: &dyn Fn(&entities::Mention) -> bool,
    ) -> Option<EntityRef> {
        let owner = |m: &entities::Mention| (referent == Referent::Person || !self.owned.contains(&m.key)) && more(m);
        let fits = |m: &entities::Mention| match referent {
            Referent::Person => m.kind == EntityKind::Person,
            Referent::Organization | Referent::Speaker => m.kind == EntityKind::Organization,
            Referent::Either => matches!(m.kind, EntityKind::Person | EntityKind::Organization),
            Referent::Anyone => false,
        };
        let si = self.sents.partition_point(|s| s.end <= at);
        let from = self.sents.get(si.saturating_sub(ANAPHOR_REACH)).map_or(0, |s| s.start);
        if let Some(m) = self.topic_between(from, at).filter(|m| fits(m) && owner(m)) {
            return Some(self.entity_ref(m));
        }
        let anaphor = subjects::Anaphor { at, referent };
        let nearest = subjects::antecedent(self.cx, self.entities, self.sents, anaphor, &owner)?;
        let near = self.sents.get(si.saturating_sub(1)).is_some_and(|s| nearest.first >= s.start);
        let far_topic = (!near).then(|| self.topic_between(0, at).filter(|m| fits(m) && owner(m))).flatten();
        Some(self.entity_ref(far_topic.unwrap_or(nearest)))
    }

    /// The organization the document is about, when one of its mentions in
    /// tokens `a..b` may be a subject there; a mention of its last word
    /// alone ("Velmora" for "Real Velmora") is one of its mentions.
    fn topic_between(&self, a: usize, b: usize) -> Option<&entities::Mention> {
        let topic = self.salient?;
        let t = self.cx.tokens;
        let short = |m: &entities::Mention| {
            m.last == m.first + 1 && topic.last > topic.first + 1 && t.folded(m.first) == t.folded(topic.last - 1)
        };
        let lo = self.entities.partition_point(|m| m.first < a);
        let hi = self.entities.partition_point(|m| m.first < b).max(lo);
        (lo..hi)
            .find(|&k| {
                let m = &self.entities[k];
                (m.key == topic.key || short(m)) && !subjects::never_subject(self.cx, self.entities, k)
            })
            .map(|_| topic)
    }

    /// The subject: the first name of the clause before the trigger that
    /// may be a subject and is not part of the attribution (nor a code);
    /// else the agent of a passive ("por X", "oleh X"); else the antecedent
    /// of an anaphor ("a empresa", "it"). A clause that names no one and
    /// refers to no one has no subject, except a toll (the event's).
    fn subject(&self, ca: usize, cb: usize, tr: &Trigger, in_attr: &dyn Fn(usize, usize) -> bool) -> Option<Subject> {
        if let Some(agent) = self.passive_agent(cb, tr) {
            return Some(Subject::Explicit(agent));
        }
        if self.event_cost(ca, tr, in_attr) {
            return Some(Subject::Explicit(event_ref()));
        }
        let institution = self.institution(ca, tr);
        if let Some(s) = self.first_actor(ca, tr, institution, in_attr) {
            return Some(s);
        }
        if let Some(e) = self.place_or_agent(ca, cb, tr, in_attr) {
            return Some(Subject::Explicit(e));
        }
        if let Some(inst) = institution {
            return Some(self.institution_ref(inst));
        }
        self.referred_subject(ca, cb, tr, in_attr)
    }

    /// Whether a loss or a price is the cost of the event the documents
    /// report: the clause before the trigger opens with the noun of a
    /// disaster (past its determiners, adjectives and a possessive) and
    /// names no organization or person ("Monday's mass power outage across
    /// the Iberian peninsula may have cost the Spanish economy up to €800
    /// million", "El apagón causó pérdidas de 1.600 millones").
    fn event_cost(&self, ca: usize, tr: &Trigger, in_attr: &dyn Fn(usize, usize) -> bool) -> bool {
        if !matches!(tr.predicate, Predicate::Loss | Predicate::Price) {
            return false;
        }
        let (cx, t) = (self.cx, self.cx.tokens);
        let named = |m: &entities::Mention| {
            matches!(m.kind, EntityKind::Organization | EntityKind::Person) && !in_attr(m.first, m.last)
        };
        // "Acme's losses from the storm" are Acme's.
        if self.caused_by_disaster(tr) && !self.entities_in(ca, tr.at).any(named) {
            return true;
        }
        let Some(d) = (ca..tr.at).find(|&j| cx.tags.any(j, kinds![Disaster])) else { return false };
        // Before the noun: no verb, no figure, nothing the lexicon tags but
        // a time ("Monday's"), an article or an adjective; before those,
        // the clause's start, a function word ("that") or a verb of saying.
        let plain = |j: usize| {
            let tags = cx.tags.at(j).is_empty() || cx.tags.any(j, kinds![DayAnaphor, Month, Relative, Period]);
            tags && t.toks[j].kind != Kind::Number && !t.is_comma(j)
        };
        let mut lead = d;
        while lead > ca && d - lead < EVENT_COST_LEAD && plain(lead - 1) {
            lead -= 1;
        }
        let opens = lead == ca
            || t.is_comma(lead - 1)
            || cx.lex.is_function_word(t.folded(lead - 1))
            || cx.tags.any(lead - 1, kinds![Reporting, Estimate, Announcement]);
        // No one named before the noun: the noun that opens the clause is
        // its subject, and a name after it is a complement ("across the
        // Iberian peninsula", "nach Angaben des Verbandes CEOE").
        let actor = self.entities_in(lead, d).any(named);
        // "cost it €80 million": what it cost is the one the pronoun stands for.
        let after = tr.at + tr.len.max(1);
        let pronoun = subjects::pronoun_in(cx, after, (after + 1).min(t.len())).is_some();
        opens && !actor && !pronoun
    }

    /// Whether the noun of a loss or a cost governs the noun of a disaster
    /// right after it, past function words only ("losses from the
    /// blackout", "pérdidas por el apagón", "Schaden durch den
    /// Stromausfall", "il costo del blackout").
    fn caused_by_disaster(&self, tr: &Trigger) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let after = tr.at + tr.len.max(1);
        let end = (after + EVENT_COST_LEAD).min(t.len());
        let Some(d) = (after..end).find(|&j| !cx.lex.is_function_word(t.folded(j)) || t.is_punct(j, ',')) else {
            return false;
        };
        d > after && cx.tags.any(d, kinds![Disaster])
    }

    /// The first actor named before the trigger: "Die Regierung hat die
    /// Exporte nach China beschränkt" (a verb-final clause names the
    /// country first). A country right after the institution qualifies
    /// it: "Pemerintah AS", "le gouvernement américain" are the country's acts.
    fn first_actor(
        &self,
        ca: usize,
        tr: &Trigger,
        institution: Option<(usize, usize, Role)>,
        in_attr: &dyn Fn(usize, usize) -> bool,
    ) -> Option<Subject> {
        let actor = |m: &&entities::Mention| {
            !in_attr(m.first, m.last) && m.kind != EntityKind::Code && m.kind != EntityKind::Place || {
                // A country may be the subject of a state act ("os EUA
                // impuseram restrições", "Ireland gave €6 million in aid").
                m.kind == EntityKind::Place
                    && matches!(tr.predicate, Predicate::Restrict | Predicate::Export | Predicate::Aid)
            }
        };
        // A name in a phrase of place yields to an actor named after it
        // ("En Hildesheim, Bosch suprimirá"; "En Acme, 500 personas
        // fueron despedidas" keeps Acme).
        let m = self.subject_names(ca, tr.at).filter(actor).find(|m| !self.where_named(m));
        let m = m.or_else(|| self.subject_names(ca, tr.at).find(actor))?;
        let qualified = |(j, l, _): (usize, usize, Role)| m.kind == EntityKind::Place && m.first <= j + l + 1;
        if let Some(inst) = institution.filter(|&(j, l, r)| j < m.first && !qualified((j, l, r))) {
            return Some(self.institution_ref(inst));
        }
        Some(Subject::Explicit(self.entity_ref(m)))
    }

    /// Whether a name stands in a phrase of place, where an act happens
    /// rather than who does it: a locative right before it or before up
    /// to [`LOCATIVE_HEAD`] lower-case words, none of time ("En
    /// Hildesheim, Bosch suprimirá", "En la planta de Hildesheim", "Dans
    /// l'usine de Hildesheim", "At its Hildesheim plant").
    fn where_named(&self, m: &entities::Mention) -> bool {
        let t = self.cx.tokens;
        // Not past a time ("a luglio il rivale Tessmer").
        let lower = |k: usize| {
            t.toks[k].kind == Kind::Word
                && t.toks[k].case == Case::Lower
                && !self.cx.tags.any(k, kinds![Month, Relative, Period, TimeRelation])
        };
        let mut k = m.first;
        for _ in 0..=LOCATIVE_HEAD {
            if self.cx.lex.locative_before(t, k) {
                return true;
            }
            match k.checked_sub(1) {
                Some(j) if lower(j) || t.is_punct(j, '\'') || t.is_punct(j, '’') => k = j,
                _ => return false,
            }
        }
        false
    }

    /// A public body named by what it is ("the police", "les autorités").
    fn institution_ref(&self, (j, l, r): (usize, usize, Role)) -> Subject {
        let key = if r == Role::Police { "police" } else { "authorities" };
        Subject::Explicit(self.shared_ref(key, self.cx.tokens.span_text(j, j + l)))
    }

    /// Whether a place is where something is counted: anywhere, except
    /// where the verb ends the clause, where it bears a locative particle
    /// ("시리아에서는 최소 3574명이 숨지고"); never a role's jurisdiction
    /// ("Perdana Menteri Negara Bagian Saxony-Anhalt, Reiner Haseloff").
    fn located(&self, m: &entities::Mention) -> bool {
        let at = !self.cx.lex_data.verb_final || self.cx.lex.locative_glued(self.cx.tokens, m.last - 1);
        at && !entities::role_titled(self.cx, m.first)
    }

    /// The place a toll is counted in ("45 mortos no Nepal", "Au Maroc, 17
    /// disparus"), else the agent of a passive, else a name after the
    /// trigger (not where the verb ends the clause).
    fn place_or_agent(
        &self,
        ca: usize,
        cb: usize,
        tr: &Trigger,
        in_attr: &dyn Fn(usize, usize) -> bool,
    ) -> Option<EntityRef> {
        if tr.predicate.is_toll() {
            let place =
                |m: &&entities::Mention| m.kind == EntityKind::Place && !in_attr(m.first, m.last) && self.located(m);
            if let Some(m) = self.entities_in(ca, cb).find(place) {
                return Some(self.entity_ref(m));
            }
        }
        if let Some(agent) = self.agent(cb, tr) {
            return Some(agent);
        }
        self.after_trigger(cb, tr, in_attr).filter(|_| !self.cx.lex_data.verb_final).map(|m| self.entity_ref(m))
    }

    /// The place named in place `m`'s own phrase, right after it, before
    /// clause end `cb`: the city of "the Thai capital of Bangkok" (at most
    /// [`PLACE_IN_PLACE`] lowercase words between, none an article, a
    /// copula or a tagged word other than a function word); else `m`.
    fn place_in_place<'m>(&'m self, m: &'m entities::Mention, cb: usize) -> &'m entities::Mention {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        // A city the lexicon does not know reads as a name: after a
        // country, it is the country's place.
        let country = entities::is_country_key(&m.key);
        let fits = |n: &&entities::Mention| {
            n.last <= cb && (n.kind == EntityKind::Place || (country && n.kind == EntityKind::Organization))
        };
        let k = self.entities.partition_point(|e| e.first < m.last);
        let Some(next) = self.entities.get(k).filter(fits) else {
            return m;
        };
        let between = m.last..next.first;
        // Lowercase words of the phrase, no verb and no article between:
        // "In Marokko ist die Zahl ..." names no place in Morocco.
        let plain = |j: usize| {
            let w = t.folded(j);
            t.toks[j].kind == Kind::Word
                && t.toks[j].case == Case::Lower
                && !self.cx.lex.is_noun_determiner(w)
                && !sentence::is_copula(self.cx, j)
                && (tags.kinds(j) == Kinds::NONE || self.cx.lex.is_function_word(w))
        };
        let joined = !between.is_empty() && between.len() <= PLACE_IN_PLACE && between.clone().all(plain);
        if joined { next } else { m }
    }

    /// The subject of a clause that names no actor before its trigger: a
    /// country acting as a state, the antecedent of an anaphor or pronoun,
    /// the organization the document is about, or the event for a toll.
    fn referred_subject(
        &self,
        ca: usize,
        cb: usize,
        tr: &Trigger,
        in_attr: &dyn Fn(usize, usize) -> bool,
    ) -> Option<Subject> {
        let cx = self.cx;
        // A country acts as a state when nothing else is named before the
        // verb ("China bought 100,000 tonnes", "o Irã vai comprar"), unless
        // it says where ("Em Portugal, a empresa vendeu").
        // A measure counts the subject's own (users, staff): no state's.
        // "o modelo mais popular da China" names whose, not who.
        let state = self.subject_names(ca, tr.at).filter(|_| !tr.predicate.is_measure()).find(|m| {
            m.kind == EntityKind::Place
                && !in_attr(m.first, m.last)
                && !cx.lex.locative_before(cx.tokens, m.first)
                && (!tr.predicate.is_toll() || self.located(m))
        });
        let anaphor_at = (ca..tr.at).find(|&j| cx.tags.any(j, kinds![CompanyAnaphor]) && !in_attr(j, j + 1));
        if let Some(m) = state.filter(|m| anaphor_at.is_none_or(|j| m.first < j)) {
            return Some(Subject::Explicit(self.entity_ref(m)));
        }
        let named_before = self
            .subject_names(ca, tr.at)
            .any(|m| !in_attr(m.first, m.last) && !matches!(m.kind, EntityKind::Code | EntityKind::Place));
        if let Some(j) = anaphor_at {
            return self.resolve_company(j).map(Subject::Explicit);
        }
        if !named_before {
            if let Some((j, r)) = subjects::pronoun_in(cx, ca, tr.at).filter(|&(j, _)| !in_attr(j, j + 1)) {
                // "«We will cut 300 jobs», Norvik said": the organization
                // that speaks; a person's "we" is the organization before.
                let speaker =
                    (r == Referent::Speaker).then(|| self.quoted_speaker_mention(tr.at)).flatten().filter(|m| {
                        m.kind == EntityKind::Organization && self.persons.binary_search(&m.key.as_str()).is_err()
                    });
                if let Some(m) = speaker {
                    return Some(Subject::Explicit(self.entity_ref(m)));
                }
                return self.resolve(j, r).map(Subject::Explicit);
            }
        }
        let counted_at_event = tr.predicate.is_event_count() || tr.predicate == Predicate::Deployed;
        // A verb with a null subject after a speaker's "que" acts for the
        // speaker; a figure before the verb is what the clause speaks of
        // ("Globex said that 300 workers were laid off": no act of Globex).
        let figure_first =
            (ca..tr.at).any(|j| cx.tokens.toks[j].kind == Kind::Number || cx.tags.any(j, kinds![Number]));
        if !named_before && !figure_first && !self.is_nominal(tr) && employers::OWN_ACTS.contains(&tr.predicate) {
            if let Some(e) = self.reporting_organization(ca) {
                return Some(Subject::Explicit(e));
            }
        }
        if !named_before && !counted_at_event {
            if let Some(e) = self.unnamed_subject(ca, cb, tr) {
                return Some(Subject::Salient(e));
            }
        }
        // A toll with no place and no organization counts the victims of the
        // story the batch reports ("as enchentes deixaram 45 mortos").
        // Arrests no one is named for are counted at the event too ("39
        // people were arrested at the rally").
        if counted_at_event && !named_before {
            return Some(Subject::Salient(event_ref()));
        }
        None
    }

    /// The antecedent of a null subject in the clause starting at token
    /// `ca`: the organization the document is about when the
    /// [`ANAPHOR_REACH`] sentences before or the clauses before in this
    /// sentence name it, else what the last anaphor of these refers to,
    /// else the first name of the
    /// sentence before that may be a subject there (an
    /// organization or a person, not cited, not governed by a preposition,
    /// no possessor). A company's own figure (`own`: its sales, staff,
    /// losses) is neither a person's nor a public body's: "Joe Biden a
    /// annoncé le déploiement de l'armée. Les pertes pourraient totaliser
    /// 57 milliards" counts no loss of his or the army's.
    fn null_subject(&self, ca: usize, own: bool) -> Option<EntityRef> {
        let si = self.sents.partition_point(|s| s.end <= ca);
        let prev = si.checked_sub(1).and_then(|k| self.sents.get(k));
        let here = self.sents.get(si).map_or(ca, |s| s.start);
        let from = self.sents.get(si.saturating_sub(ANAPHOR_REACH)).map_or(here, |s| s.start);
        let owns = |m: &entities::Mention| {
            !own || (m.kind == EntityKind::Organization && !self.cx.tags.any(m.first, kinds![Institution]))
        };
        if let Some(m) = self.topic_between(from, ca) {
            return owns(m).then(|| self.entity_ref(m));
        }
        // "A fabricante disse que as vendas...", "A empresa desmentiu.
        // «Nada será vendido»": the anaphor of a clause before, the last one.
        let start = prev.map_or(here, |p| p.start);
        if let Some(j) = (start..ca).rev().find(|&j| self.cx.tags.any(j, kinds![CompanyAnaphor])) {
            return self.resolve(j, Referent::Organization);
        }
        let prev = prev?;
        let lo = self.entities.partition_point(|m| m.first < prev.start);
        let hi = self.entities.partition_point(|m| m.first < prev.end);
        (lo..hi)
            .find(|&k| {
                matches!(self.entities[k].kind, EntityKind::Organization | EntityKind::Person)
                    && !subjects::never_subject(self.cx, self.entities, k)
                    && !self.where_named(&self.entities[k])
            })
            .filter(|&k| owns(&self.entities[k]))
            .map(|k| self.entity_ref(&self.entities[k]))
    }

    /// A subject named right after the trigger: the owner of a measure
    /// ("Il fatturato di Arkon", "the revenue of Acme", "Выручка Яндекса"), or, where the
    /// language puts the subject after the verb when something else opens
    /// the clause, the name right after the verb or its article ("Im Mai
    /// kaufte Arkon 20 Flugzeuge").
    fn after_trigger(
        &self,
        cb: usize,
        tr: &Trigger,
        in_attr: &dyn Fn(usize, usize) -> bool,
    ) -> Option<&entities::Mention> {
        let cx = self.cx;
        let end = tr.at + tr.len.max(1);
        let at = |j: usize| {
            starting_in(self.entities, |m| m.first, j, j + 1).iter().find(|m| {
                m.last <= cb
                    && !in_attr(m.first, m.last)
                    && matches!(m.kind, EntityKind::Organization | EntityKind::Person)
            })
        };
        if tr.predicate.is_measure() && end < cb {
            // Where names take case endings or a name after a noun owns it,
            // the owner's genitive needs no particle ("Выручка Яндекса",
            // "suara Prabowo"); a toll or an arrest counts no one's own.
            let marked = !cx.lex_data.name_endings.is_empty() || cx.lex_data.genitive_by_position;
            let genitive = marked && !tr.predicate.is_event_count() && tr.predicate != Predicate::Deployed;
            let particle = cx.tags.len_of(end, kinds![NameParticle]).or(genitive.then_some(0))?;
            return at(end + particle);
        }
        if !cx.lex_data.subject_after_verb || self.is_nominal(tr) || end >= cb {
            return None;
        }
        let article = !cx.tags.any(end, kinds![NameParticle])
            && (cx.lex.is_noun_determiner(cx.tokens.folded(end)) || cx.lex.is_function_word(cx.tokens.folded(end)));
        // "erhielt das Kandidatenpaar Acme-Globex": past the article and a
        // noun in apposition that names no one.
        let noun = |j: usize| j < cb && self.cx.tokens.toks[j].case == Case::Title && at(j).is_none();
        at(end)
            .or_else(|| article.then(|| at(end + 1).or_else(|| noun(end + 1).then(|| at(end + 2)).flatten())).flatten())
    }

    /// Whether a trigger is a noun: by the lexicon, or right after a
    /// determiner where nouns take one ("den Kauf von Acme").
    pub(super) fn is_nominal(&self, tr: &Trigger) -> bool {
        tr.noun || (tr.at > 0 && self.cx.lex.is_noun_determiner(self.cx.tokens.folded(tr.at - 1)))
    }

    /// Who speaks a quotation that holds token `at`: the one organization
    /// or person named next to the sentence's reporting verb outside the
    /// quotation ("«We will not sell», Arkon said").
    fn quoted_speaker(&self, at: usize) -> Option<EntityRef> {
        self.quoted_speaker_mention(at).map(|m| self.entity_ref(m))
    }

    /// The name [`Self::quoted_speaker`] finds, as mentioned.
    fn quoted_speaker_mention(&self, at: usize) -> Option<&entities::Mention> {
        let cx = self.cx;
        let s = *self.sents.get(self.sents.partition_point(|s| s.end <= at))?;
        let is_quote = |i: usize| {
            cx.tokens.toks[i].kind == Kind::Punct && matches!(cx.tokens.raw(i), "\"" | "“" | "”" | "«" | "»" | "„")
        };
        // Inside a quotation: an odd number of quotation marks before it.
        let marks: Vec<usize> = (s.start..s.end).filter(|&i| is_quote(i)).collect();
        let open = marks.iter().filter(|&&i| i < at).count();
        if open % 2 == 0 || marks.len() % 2 != 0 {
            return None;
        }
        let inside = |i: usize| marks.iter().filter(|&&m| m < i).count() % 2 == 1;
        // The reporting verb outside the quotation, and the one name next to it.
        let verb = (s.start..s.end).find(|&i| !inside(i) && cx.tags.any(i, kinds![Reporting]))?;
        let lo = self.entities.partition_point(|m| m.first < s.start);
        let hi = self.entities.partition_point(|m| m.first < s.end);
        let near: Vec<usize> = (lo..hi)
            .filter(|&k| {
                let m = &self.entities[k];
                !inside(m.first)
                    && matches!(m.kind, EntityKind::Organization | EntityKind::Person)
                    && (m.last == verb || m.first == verb + 1 || m.first == verb + 2)
                    && !subjects::never_subject(cx, self.entities, k)
            })
            .collect();
        match near.as_slice() {
            [k] => Some(&self.entities[*k]),
            _ => None,
        }
    }

    /// The organization a spokesperson or an official of the sentence
    /// holding token `ca` speaks for ("La porte-parole d'Arkon").
    fn speaker_affiliation(&self, ca: usize) -> Option<EntityRef> {
        let s = *self.sents.get(self.sents.partition_point(|s| s.end <= ca))?;
        let sk = self.cx.tags.kinds_in(s.start, s.end);
        if !sk.meets(kinds![Role]) {
            return None;
        }
        self.attribution(s, sk).0.affiliation
    }

    /// An institution named by its role before the trigger, acting for
    /// itself ("a polícia prendeu", "las autoridades evacuaron"): one key in
    /// every language. An official acts as the authorities only in acts of
    /// authority: "o prefeito recebeu votos" is a person's claim, not the
    /// institution's; aid a government gives is ("the national government
    /// announced €10.6 billion to help people"). Its first token, length
    /// and role.
    fn institution(&self, ca: usize, tr: &Trigger) -> Option<(usize, usize, Role)> {
        let authority_act = matches!(
            tr.predicate,
            Predicate::Evacuated | Predicate::Arrested | Predicate::Restrict | Predicate::Export | Predicate::Aid
        );
        (ca..tr.at)
            .find_map(|j| {
                self.cx
                    .tags
                    .find(j, kinds![Role], |g| match g {
                        Tag::Role(r @ (Role::Police | Role::Official)) => Some(r),
                        _ => None,
                    })
                    .map(|(r, l)| (j, l, r))
            })
            .filter(|&(_, _, r)| r == Role::Police || authority_act)
    }

    /// The agent of a passive: an organization or a place after an agent
    /// marker within three tokens after the trigger ("vendido pela X").
    /// A name after a deal's noun is what is dealt in when an agent marker
    /// follows it: the agent is the name after that one ("die Übernahme
    /// von Orvane durch Acme", "la compra de la desarrolladora Orvane por
    /// parte de la empresa Acme").
    fn agent(&self, cb: usize, tr: &Trigger) -> Option<EntityRef> {
        let end = tr.at + tr.len.max(1);
        // After a noun, a genitive particle names what the act is done to
        // ("den Kauf von Acme"), not who does it.
        let genitive = |j: usize| self.is_nominal(tr) && self.cx.tags.any(j, kinds![NameParticle]);
        let first = (end..(end + 3).min(cb)).filter(|&j| !genitive(j)).find_map(|j| self.agent_at(j, cb));
        let dealt = || {
            let t = self.cx.tokens;
            // Lower-case words, and an elision's apostrophe ("d'Orvane").
            let elision = |j: usize| t.toks[j].kind == Kind::Punct && t.folded(j) == "'" && !t.toks[j].space_before();
            let plain = |j: usize| t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower || elision(j);
            let mut reach = (end..(end + window::NOMINAL_OBJECT).min(cb)).take_while(|&j| plain(j) || self.named_at(j));
            reach.find_map(|j| starting_in(self.entities, |m| m.first, j, j + 1).first())
        };
        let named = first.or_else(dealt)?;
        let agent = self.agent_at(named.last, cb).or(first)?;
        Some(self.entity_ref(agent))
    }

    /// The agent of a passive verb, whatever name stands before it: "Acme
    /// was acquired by Globex" is Globex's purchase of Acme. Acts on goods
    /// and companies only: a toll's agent ("killed by the floods") is no
    /// subject, nor is a measure's.
    pub(super) fn passive_agent(&self, cb: usize, tr: &Trigger) -> Option<EntityRef> {
        if tr.predicate.is_toll() || tr.predicate.is_measure() {
            return None;
        }
        let marked = (tr.at.saturating_sub(window::AUXILIARY)..=tr.at).any(|j| self.cx.tags.any(j, kinds![Passive]));
        let end = tr.at + tr.len.max(1);
        // Nothing but function words before the marker: "buying chips made by
        // Globex" names the maker of the chips, not the buyer.
        let t = self.cx.tokens;
        let noun = |k: usize| {
            t.toks[k].kind == Kind::Word && t.toks[k].case == Case::Lower && !self.cx.lex.is_function_word(t.folded(k))
        };
        let agent =
            marked.then(|| (end..(end + 3).min(cb)).take_while(|&j| !noun(j)).find_map(|j| self.agent_at(j, cb)))??;
        Some(self.entity_ref(agent))
    }

    /// The organization or place right after an agent marker at token `j`,
    /// past up to [`AGENT_MODIFIERS`] lowercase words and a place that
    /// qualifies the noun after it: "pela empresa X", "by the Japanese
    /// conglomerate Nippon Steel Corporation".
    fn agent_at(&self, j: usize, cb: usize) -> Option<&entities::Mention> {
        let t = self.cx.tokens;
        let l = self.cx.tags.len_of(j, kinds![AgentMarker])?;
        let lower = |k: usize| k < cb && t.toks[k].kind == Kind::Word && t.toks[k].case == Case::Lower;
        let noun = |k: usize| lower(k) && !self.cx.lex.is_function_word(t.folded(k));
        let mut k = j + l;
        let mut skipped = 0;
        while k < cb {
            let m = starting_in(self.entities, |m| m.first, k, k + 1)
                .iter()
                .find(|m| m.last <= cb && matches!(m.kind, EntityKind::Organization | EntityKind::Place));
            match m {
                // "the Japanese conglomerate X": a place between an article and a
                // noun qualifies the noun ("pelos EUA quanto" names the agent).
                Some(m) if m.kind == EntityKind::Place && skipped > 0 && noun(m.last) && skipped < AGENT_MODIFIERS => {
                    skipped += 1;
                    k = m.last;
                }
                Some(m) => return Some(m),
                None if lower(k) && skipped < AGENT_MODIFIERS => {
                    skipped += 1;
                    k += 1;
                }
                None => return None,
            }
        }
        None
    }

    /// Whether the name `m` is the agent an agent marker a few tokens
    /// before it introduces ("von der Behörde Norvik", "by the EU", "pela empresa X").
    fn is_agent(&self, m: &entities::Mention) -> bool {
        (m.first.saturating_sub(3)..m.first).any(|j| {
            self.cx.tags.any(j, kinds![AgentMarker]) && self.agent_at(j, m.last).is_some_and(|a| a.first == m.first)
        })
    }

    /// Whether an entity mention starts at token `j`.
    fn named_at(&self, j: usize) -> bool {
        !starting_in(self.entities, |m| m.first, j, j + 1).is_empty()
    }

    /// The subject of a toll: the place named in the clause, else in the
    /// sentence, else the event the batch reports (see [`event_tolls`]).
    /// In a clause with several, the place after the toll's number and
    /// before the next number ("30 people in Spain and 12 in Portugal"),
    /// else the nearest before it ("Au Maroc, 17 disparus"). A place
    /// right after another number is that number's ("40 died in Chile and
    /// 12 in Peru, bringing the total to 52": the total is the event's). A
    /// place coordinated with another ("hit Chile and Peru", "in Chile und
    /// in Peru") counts both: the event's.
    fn toll_subject(
        &self,
        s: Sentence,
        ca: usize,
        cb: usize,
        tr: &Trigger,
        qs: &[numbers::Mention],
        in_attr: &dyn Fn(usize, usize) -> bool,
    ) -> EntityRef {
        let (qa, qb) = tr.quantity.map_or((tr.at, tr.at + tr.len.max(1)), |qi| (qs[qi].first, qs[qi].last));
        // A place, or a name where something happens ("em Quito", "a Rimini").
        let where_ = |m: &entities::Mention| {
            !in_attr(m.first, m.last)
                && !self.voice_place(m)
                && !entities::role_titled(self.cx, m.first)
                && (m.kind == EntityKind::Place
                    || (m.kind == EntityKind::Organization && self.cx.lex.locative_before(self.cx.tokens, m.first)))
        };
        let is_place = |m: &&entities::Mention| where_(m) && !self.of_other_figure(m, s, ca, (qa, qb), qs);
        if self.cx.lex_data.verb_final {
            // The place stands before its figure, with a locative particle
            // ("시리아에서는 최소 3574명이") or right before it ("시리아 6천명").
            let t = self.cx.tokens;
            let before =
                |m: &&entities::Mention| is_place(m) && (self.cx.lex.locative_glued(t, m.last - 1) || m.last == qa);
            if let Some(area) = self.area_of_toll(ca, (qa, qb), cb) {
                return area;
            }
            let from = self.suspended_before(ca, qa);
            return match self.entities_in(from, qa.max(from)).filter(before).last() {
                Some(m) if !self.coordinated_place(m, s) => self.entity_ref(m),
                _ => event_ref(),
            };
        }
        if let Some(m) = self.bracketed_place(s, qa, qs, &where_) {
            return self.entity_ref(m);
        }
        let next = qs.get(qs.partition_point(|q| q.first < qb)).map_or(cb, |q| q.first).min(cb);
        // The evacuated may be taken elsewhere: there it is where they went.
        // The people on board, and those who survived, are the event's.
        let scoped = !matches!(tr.predicate, Predicate::Evacuated | Predicate::OnBoard | Predicate::Survivors);
        if let Some(rest) = self.elsewhere(ca, (qa, qb), next, &is_place).filter(|_| scoped) {
            return rest;
        }
        // "241 of the 242 on board": a part of the people aboard died aboard.
        let whole = tr.quantity.and_then(|k| Some((&qs[k], qs.get(k + 1)?)));
        if let Some((_, w)) = whole.filter(|&(q, w)| scoped && filters::whole_of(self.cx, q, w) && aboard(self.cx, w)) {
            return self.shared_ref(Area::Aboard.key(), self.cx.tokens.span_text(w.last, w.last + 1));
        }
        if let Some(area) = self.area_of_toll(ca, (qa, qb), next).filter(|_| scoped) {
            return area;
        }
        let listed = || tr.quantity.and_then(|k| self.listed_place(s, k, qs, &where_));
        let before = self.place_before(ca, qa, qs, &is_place);
        let own_end = self.own_place_end(qb, next, before.is_some_and(|(_, earlier)| !earlier));
        let found = self
            .entities_in(qb.min(own_end), own_end)
            .find(is_place)
            .or_else(|| self.placed_at(qb, own_end))
            .or_else(|| self.relative_place(ca))
            .or_else(|| before.filter(|&(_, earlier)| !earlier).map(|(m, _)| m))
            // A figure listed with later ones before their place is that
            // place's, not the place an earlier figure has before it ("sei
            // morti e un disperso in Romania, un morto e sette dispersi in
            // Repubblica Ceca").
            .or_else(listed)
            .or(before.map(|(m, _)| m))
            .or_else(|| self.entities_in(ca, cb).find(is_place))
            .or_else(|| self.entities_in(s.start, s.end).find(is_place))
            .or_else(|| self.struck_place(s));
        match found.or_else(|| self.place_referred(s, ca, cb, &where_)) {
            Some(m) if !self.coordinated_place(m, s) => self.entity_ref(self.place_in_place(m, cb)),
            _ => self.passengers_aboard(tr, qs).unwrap_or_else(event_ref),
        }
    }

    /// Where the place of a figure ending before token `qb` may stand
    /// after it, before the next figure at `next`: a place after a
    /// coordinator is the next conjunct's ("morreram outras sete pessoas e
    /// há ainda uma vítima mortal na Andaluzia"); past a comma, a place
    /// named before the figure in its clause (`fronted`) stays its place,
    /// the aside telling of a part ("En Polonia, la cifra ... ha llegado a
    /// siete, con un reciente deceso en la ciudad de Klodzko").
    fn own_place_end(&self, qb: usize, next: usize, fronted: bool) -> usize {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let stop = |j: usize| tags.any(j, kinds![Coordinator]) || (fronted && t.is_comma(j));
        (qb..next).find(|&j| stop(j)).unwrap_or(next)
    }

    /// The last place named in the clause (from token `ca`) before a
    /// figure at token `qa`, and whether it stands right after an earlier
    /// figure of the clause: that figure's place, not this one's.
    fn place_before(
        &self,
        ca: usize,
        qa: usize,
        qs: &[numbers::Mention],
        is_place: &dyn Fn(&&entities::Mention) -> bool,
    ) -> Option<(&entities::Mention, bool)> {
        let m = self.entities_in(ca, qa.max(ca)).filter(is_place).last()?;
        let q = qs.partition_point(|q| q.last <= m.first);
        let earlier = q > 0 && qs[q - 1].first >= ca && m.first - qs[q - 1].last <= window::AFTER_NUMBER;
        Some((m, earlier))
    }

    /// The one place sentence `s` says its disaster struck, in a clause of
    /// its own or not: the last place within [`STRUCK_REACH`] tokens after
    /// a verb of striking ([`crate::lang::Lexicon::strikes`]), past
    /// lowercase words, possessives and other places only ("which hit
    /// China's Hainan province", "tras azotar la isla de Hainan"). None
    /// when the sentence names two places struck.
    fn struck_place(&self, s: Sentence) -> Option<&entities::Mention> {
        let (cx, t) = (self.cx, self.cx.tokens);
        let mut found: Option<&entities::Mention> = None;
        let mut j = s.start;
        while j < s.end {
            let Some(l) = cx.lex.strike_len_at(t, j) else {
                j += 1;
                continue;
            };
            let end = (j + l + STRUCK_REACH).min(s.end);
            let names = starting_in(self.entities, |m| m.first, j + l, end);
            let mut k = j + l;
            let mut last = None;
            for m in names.iter().filter(|m| m.last <= end) {
                // Not past a coordinator or another verb of striking:
                // "struck Laos and later hit Hainan" names two places.
                let plain = |x: usize| {
                    t.toks[x].case == Case::Lower
                        && !cx.tags.any(x, kinds![Coordinator])
                        && cx.lex.strike_len_at(t, x).is_none()
                };
                let between = |x: usize| plain(x) || t.is_possessive(x) || t.raw(x) == "'";
                if !(k..m.first).all(between) || m.kind != EntityKind::Place {
                    break;
                }
                (last, k) = (Some(m), m.last);
            }
            match (found, last) {
                (Some(f), Some(m)) if f.key != m.key => return None,
                (None, Some(m)) => found = Some(m),
                _ => {}
            }
            j += l;
        }
        found
    }

    /// The name a locative right after a figure ending before token `qb`
    /// places it at, within [`PLACED_REACH`] tokens and before a comma or
    /// token `end`: "13 dans la zone de préfecture de Marrakech", "3 dans
    /// le Grand Casablanca". A name the gazetteer does not know is still
    /// where this figure is, never a place named before it for another.
    fn placed_at(&self, qb: usize, end: usize) -> Option<&entities::Mention> {
        let t = self.cx.tokens;
        if qb + 1 >= t.len() || !self.cx.lex.locative_before(t, qb + 1) {
            return None;
        }
        let end = end.min(qb + PLACED_REACH);
        let m = self.entities_in(qb, end).next()?;
        // Only articles, particles and words for kinds of place between:
        // "en cuenta las víctimas de Albacete" places nothing.
        let lex = self.cx.lex;
        let joint = |j: usize| {
            let w = t.folded(j);
            lex.is_function_word(w) || lex.is_place_word(w) || matches!(t.raw(j), "'" | "’")
        };
        let clear = (qb + 1..m.first).all(joint);
        (clear && m.kind != EntityKind::Person).then_some(m)
    }

    /// The name a clause opened by a relative word of place at token `ca`
    /// speaks of ([`crate::lang::Lexicon::place_relatives`]): the one right
    /// before it, perhaps past a comma, whatever the gazetteer knows of it
    /// ("followed by Taroudant where 452 fatalities", "Taroudant, donde
    /// hay 980 víctimas mortales"), a name the gazetteer does not know as
    /// a place. Only where no place stands right after the figure.
    fn relative_place(&self, ca: usize) -> Option<&entities::Mention> {
        let t = self.cx.tokens;
        if !self.cx.lex.place_relative_at(t, ca) {
            return None;
        }
        let end = if ca > 0 && t.is_comma(ca - 1) { ca - 1 } else { ca };
        let m = self.entities_in(end.saturating_sub(PLACED_REACH), end).filter(|m| m.last == end).last()?;
        // A name the gazetteer knows as a place is read as any place is.
        (m.kind == EntityKind::Organization).then_some(m)
    }

    /// The place an adverb of place in the clause `ca..cb` refers to
    /// ("Dort wurden bisher 22 Tote geborgen", "Allí murieron 45"): the last
    /// place named before it in its sentence, whoever names it, else in the
    /// sentence before.
    fn place_referred(
        &self,
        s: Sentence,
        ca: usize,
        cb: usize,
        where_: &dyn Fn(&entities::Mention) -> bool,
    ) -> Option<&entities::Mention> {
        let (t, lex) = (self.cx.tokens, self.cx.lex);
        let at = (ca..cb).find(|&j| lex.place_anaphor_at(t, j))?;
        let k = self.sents.partition_point(|x| x.end <= s.start);
        let from = k.checked_sub(1).and_then(|p| self.sents.get(p)).map_or(s.start, |p| p.start);
        let named = |m: &&entities::Mention| m.kind == EntityKind::Place || where_(m);
        let names = starting_in(self.entities, |m| m.first, from, at);
        names.iter().rev().filter(|m| m.last <= at).take(PLACE_REFERRED_REACH).find(named)
    }

    /// The place of a toll that opens a bracket after the event it counts
    /// ("tras el terremoto de Belmora del año pasado (51.000 fallecidos)"):
    /// the last place in the phrase before the bracket ([`bracketed_phrase`]),
    /// or the name right before it.
    fn bracketed_place(
        &self,
        s: Sentence,
        qa: usize,
        qs: &[numbers::Mention],
        where_: &dyn Fn(&entities::Mention) -> bool,
    ) -> Option<&entities::Mention> {
        let (from, open) = bracketed_phrase(self.cx.tokens, s, qa, qs)?;
        // A name right before the bracket is where its figure is, whatever
        // the gazetteer knows of it: "seguida de Taroudant (271 víctimas
        // mortales)".
        let named = |m: &entities::Mention| m.last == open && m.kind != EntityKind::Person;
        self.entities_in(from, open).filter(|m| where_(m) || named(m)).last()
    }

    /// Whether a place names a voice, not where a figure is: it qualifies
    /// a role right next to it ("Italian police said", "menurut
    /// kepolisian Italia"), or past a function word ("the consulate of
    /// Indonesia", "consulat d'Indonésie"), or speaks, a reporting verb
    /// right after it ("Vatikan memprediksi").
    fn voice_place(&self, m: &entities::Mention) -> bool {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let role = |j: usize| tags.any(j, kinds![Role]);
        let next = m.last < t.len();
        let linked = |j: usize| t.raw(j) == "'" || t.raw(j) == "’" || self.cx.lex.is_function_word(t.folded(j));
        let before = (m.first.saturating_sub(VOICE_LINK + 1)..m.first).rev().find(|&j| !linked(j));
        before.is_some_and(role) || (next && (role(m.last) || tags.any(m.last, kinds![Reporting])))
    }

    /// The board of a craft ([`Area::Aboard`]) for a toll of its
    /// passengers that names no place: passengers are the people on
    /// board ("the deaths of 241 passengers and crew", "menewaskan 241
    /// penumpang"), a part of a crash's toll apart from those on the
    /// ground. Only deaths, injuries and the missing; its text is the
    /// counted noun.
    fn passengers_aboard(&self, tr: &Trigger, qs: &[numbers::Mention]) -> Option<EntityRef> {
        let victims = tr.predicate.is_casualty();
        let q = &qs[tr.quantity.filter(|_| victims)?];
        let passengers = matches!(&q.quantity.unit, Unit::Count { concept: Some(c) } if c.0 == PASSENGER);
        passengers.then(|| self.shared_ref(Area::Aboard.key(), self.cx.tokens.span_text(q.last - 1, q.last)))
    }

    /// Whether the place `m` is another figure's than the one spanning
    /// `qa..qb` in clause start `ca` of sentence `s`: right after another
    /// number of the sentence (past a part marker after it: "211 di
    /// antaranya terjadi di wilayah Valencia"), unless a comma sets it apart or it stands
    /// right before this figure ("bei 90, allein in Lamora wurden 85";
    /// "in Polen 5 Menschen und in Ungarn 2": a list of figures after their
    /// places); or after this figure and a comma, a semicolon or a
    /// coordinator, with a figure after it ("in Polen 5 Menschen und in
    /// Ungarn 2", "al menos 5.000 personas; en Siria, 1.700").
    fn of_other_figure(
        &self,
        m: &entities::Mention,
        s: Sentence,
        ca: usize,
        (qa, qb): (usize, usize),
        qs: &[numbers::Mention],
    ) -> bool {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let k = qs.partition_point(|q| q.last <= m.first);
        // A demonym right after another figure counts that figure's people
        // ("two Thais and six crew members"), whatever follows it.
        let nationals = k > 0 && qs[k - 1].last == m.first && qs[k - 1].first != qa;
        let own = m.last <= qa && qa - m.last <= 1 && !nationals;
        let after_another = !own && k > 0 && qs[k - 1].first != qa && qs[k - 1].first >= ca && {
            let gap = qs[k - 1].last..m.first;
            // Past a part marker: "211 di antaranya terjadi di wilayah Valencia".
            let marker = self.cx.lex.part_len_at(t, qs[k - 1].last).unwrap_or(0);
            gap.len() <= 3 + marker && !gap.clone().any(|j| t.toks[j].kind == Kind::Number || t.is_comma(j))
        };
        let joined = |j: usize| t.is_comma(j) || t.is_punct(j, ';') || tags.any(j, kinds![Coordinator]);
        let before_another = m.first >= qb
            && (qb..m.first).any(joined)
            && qs.get(qs.partition_point(|q| q.first < m.last)).is_some_and(|q| q.first < s.end);
        after_another || before_another
    }

    /// Where the verb ends its clause, the token after the last verb before
    /// token `qa` that a comma suspends, perhaps past a short kana ending
    /// ("3553人が死亡し、亡くなった人の数は両国で2万4000人"): a place
    /// before it is that verb's, not the figure's. `ca` when there is none.
    fn suspended_before(&self, ca: usize, qa: usize) -> usize {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let ending = |j: usize| !t.toks[j].space_before() && self.inflection(j);
        let suspended = |j: usize| {
            tags.any(j, kinds![Predicate]) && (t.is_comma(j + 1) || (j + 2 < qa && ending(j + 1) && t.is_comma(j + 2)))
        };
        (ca..qa).rev().find(|&j| suspended(j)).map_or(ca, |j| j + 1)
    }

    /// The place of a figure listed with others ("20 people were killed
    /// and 50 injured in Belmora", "1.121 orang tewas, 7.634 luka-luka dan
    /// 2.834 bangunan rusak di Lamora"): the place named right after a
    /// later figure of the list; else that of the figure right before it,
    /// a coordinator between ("800 died in Belmora and 1,000 were
    /// injured"). Figures are
    /// listed when at most [`window::LIST_LINK`] tokens join them, a comma
    /// or a coordinator among them, and no name and no word that opens
    /// another clause ("while", "which") or sets a figure against another;
    /// a part of the figure before ("including 12 in Lamora", "12 of them
    /// in Lamora", "seven missing, one in Lamora and six in Belmora") is
    /// no item of the list.
    fn listed_place(
        &self,
        s: Sentence,
        k: usize,
        qs: &[numbers::Mention],
        where_: &dyn Fn(&entities::Mention) -> bool,
    ) -> Option<&entities::Mention> {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let link = |a: usize, b: usize| {
            b >= a
                && b - a <= window::LIST_LINK
                && (a..b).any(|j| t.is_comma(j) || tags.any(j, kinds![Coordinator]))
                && !(a..b).any(|j| tags.any(j, kinds![ClauseBreak, RelativePronoun, Contrast]))
                && self.entities_in(a, b).next().is_none()
        };
        // The place right after a figure: at most [`window::AFTER_NUMBER`]
        // tokens on, no comma between; not a demonym the figure counts
        // ("two Thais and six crew members": the Thais are Thailand's, the
        // crew no one country's).
        let after = |q: &numbers::Mention| {
            let reach = (q.last + window::AFTER_NUMBER + 1).min(s.end);
            let clear = |m: &entities::Mention| !(q.last..m.first).any(|j| t.is_comma(j));
            let nationals = |m: &entities::Mention| m.first == q.last;
            self.entities_in(q.last, reach).next().filter(|m| clear(m) && where_(m) && !nationals(m))
        };
        // "sete desaparecidos, uma em Belmora e seis em Lamora": a list of
        // parts at places ([`numbers::listed_at_place`]) gives none of them
        // to the whole before it.
        let item = |n: &numbers::Mention| {
            let part = sentence::is_bare(n) && numbers::listed_at_place(self.cx, n.first, n.last);
            n.first < s.end && !part && !self.cx.lex.part_before(t, n.first) && !self.cx.lex.part_at(t, n.last)
        };
        let mut j = k;
        while qs.get(j + 1).is_some_and(|n| item(n) && link(qs[j].last, n.first)) {
            j += 1;
            if let Some(m) = after(&qs[j]) {
                return Some(m);
            }
        }
        // Forward, only right after a coordinator: "in Belmora and 1,000
        // were injured", not "in Lamora, bringing the total to 52".
        let joined = |a: usize, b: usize| link(a, b) && b - a <= 2 && (a..b).any(|j| tags.any(j, kinds![Coordinator]));
        let before = k.checked_sub(1).map(|b| &qs[b]).filter(|b| b.first >= s.start)?;
        after(before).filter(|m| joined(m.last, qs[k].first))
    }

    /// The rest of the country or region, for a toll scoped by a phrase of
    /// [`crate::lang::Lexicon::elsewhere`] with no place between it and the
    /// figure: after the figure, before the next one ("170 people
    /// elsewhere in the country", "170 en otras partes del este de
    /// Libia"), else before it in the clause ("In the rest of the country,
    /// 170 people were killed"). Not for the evacuated, who may be taken
    /// elsewhere.
    /// Its text runs from the phrase to the next punctuation mark.
    fn elsewhere(
        &self,
        ca: usize,
        (qa, qb): (usize, usize),
        next: usize,
        is_place: &dyn Fn(&&entities::Mention) -> bool,
    ) -> Option<EntityRef> {
        let t = self.cx.tokens;
        let marked = |j: &usize| self.cx.tags.any(*j, kinds![Elsewhere]);
        let after = qb..next.min(qb + window::ELSEWHERE_REACH);
        let before = ca.max(qa.saturating_sub(window::ELSEWHERE))..qa;
        let at = after.clone().find(marked).or_else(|| before.rev().find(marked))?;
        let (a, b) = if at >= qb { (qb, at) } else { (at, qa) };
        if self.entities_in(a, b).any(|m| is_place(&m)) {
            return None;
        }
        let end = (at..(at + window::ELSEWHERE).min(t.toks.len()))
            .find(|&j| t.toks[j].kind == Kind::Punct)
            .unwrap_or((at + window::ELSEWHERE).min(t.toks.len()));
        Some(self.shared_ref(ELSEWHERE, t.span_text(at, end)))
    }

    /// The area ([`Area`]) of a toll scoped by a phrase of
    /// [`crate::lang::Lexicon::areas`] in its clause: the nearest
    /// before the figure ("Dans les zones rebelles, 380 morts", "在反政府
    /// 武装控制地区,...2037人遇难"; a crash's part only where
    /// [`Area::is_crash_part`] says), else after it, before the next
    /// figure ("380 died in rebel-held areas", "19 morreram em solo"), no
    /// comma between. Its text is the phrase, and for the areas of a war,
    /// where words are spaced, what follows it up to the next punctuation
    /// mark or figure ("zones rebelles syriennes").
    fn area_of_toll(&self, ca: usize, (qa, qb): (usize, usize), next: usize) -> Option<EntityRef> {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let holder = |j: usize| {
            tags.find(j, kinds![Area], |g| match g {
                Tag::Area(h) => Some(h),
                _ => None,
            })
            .map(|(h, l)| (j, h, l))
        };
        // After the figure: near it, no comma between ("380 died in
        // rebel-held areas", not "2,315 injured, according to ... in
        // rebel-held areas").
        let after = (qb..next.min(qb + window::ELSEWHERE_REACH)).take_while(|&j| !t.is_comma(j));
        // Before the figure, a crash's part opens the clause or follows a
        // toll's word ("Am Boden starben 33", "Korban di darat ... 38"),
        // with no figure before it, whose part it would be ("241 morts à
        // bord et 37 morts au sol").
        let number = |k: usize| t.toks[k].kind == Kind::Number || tags.any(k, kinds![Number]);
        let opens = |&(j, h, _): &(usize, Area, usize)| {
            !h.is_crash_part() || ((j == ca || self.after_toll_word(j)) && !(ca..j).any(number))
        };
        let before = (ca..qa).rev().filter_map(holder).find(opens);
        let (at, h, l) = before.or_else(|| after.clone().find_map(holder))?;
        let stop = |j: &usize| t.toks[*j].kind == Kind::Punct || t.toks[*j].kind == Kind::Number;
        let reach = (at + l + window::ELSEWHERE).min(t.toks.len());
        let whole = self.cx.lex_data.segmented || h.is_crash_part();
        let end = if whole { at + l } else { (at + l..reach).find(stop).unwrap_or(reach) };
        Some(self.shared_ref(h.key(), t.span_text(at, end)))
    }

    /// Whether a toll's word (a predicate or measure of a toll) ends right
    /// before token `j`: "Korban di darat", "victims on the ground".
    fn after_toll_word(&self, j: usize) -> bool {
        let toll = |g: Tag| matches!(g, Tag::Predicate(p) | Tag::Measure(p) if p.is_toll()).then_some(());
        super::ending_at(self.cx.tags, j, kinds![Predicate, Measure], toll).is_some()
    }

    /// Whether the place `m` is joined to another place of its sentence by
    /// at most three function words or commas, with no number between:
    /// "Chile and Peru", "le Chili et le Pérou", "in Chile und in Peru".
    fn coordinated_place(&self, m: &entities::Mention, s: Sentence) -> bool {
        let t = self.cx.tokens;
        let joins = |a: usize, b: usize| {
            b >= a
                && b - a <= 3
                && (a..b).all(|j| {
                    t.is_comma(j)
                        || self.cx.tags.any(j, kinds![Coordinator])
                        || (t.toks[j].kind == Kind::Word && self.cx.lex.is_function_word(t.folded(j)))
                })
        };
        self.entities_in(s.start, s.end).any(|o| {
            o.kind == EntityKind::Place && o.key != m.key && (joins(m.last, o.first) || joins(o.last, m.first))
        })
    }

    /// The concept a word at token `j` names as an act's object, outside
    /// what `in_attr` sets aside and outside names: a concept word inside
    /// a name is the name's ("Estados Unidos"), found as the last name
    /// starting at or before it running past it (one binary search, names
    /// being sorted by start).
    fn object_concept_at(&self, s: Sentence, j: usize, in_attr: &dyn Fn(usize, usize) -> bool) -> Option<Concept> {
        let in_name = starting_in(self.entities, |m| m.first, s.start, j + 1).last().is_some_and(|m| m.last > j);
        if in_attr(j, j + 1) || in_name {
            return None;
        }
        let (k, _) = self.cx.tags.find(j, kinds![Concept], |g| match g {
            Tag::Concept(k) if !k.is_empty() => Some(k),
            _ => None,
        })?;
        Some(Concept(k.to_string()))
    }

    /// The object: the first entity (not a place, not the subject) or
    /// concept after the trigger within the clause; else a concept or an
    /// entity just before it ("questi chip vengono utilizzati", "X, lanciato
    /// nel 2023"). A launch or an acquisition takes the named entity of the
    /// sentence nearest the trigger when there is one. A nominal trigger
    /// taken as the object ("restrições à exportação") makes no claim of its own.
    #[allow(clippy::too_many_arguments)]
    fn object(
        &self,
        s: Sentence,
        ca: usize,
        cb: usize,
        tr: &Trigger,
        subject: &EntityRef,
        in_attr: &dyn Fn(usize, usize) -> bool,
        polarity: Polarity,
        consumed: &mut Vec<usize>,
    ) -> Option<Object> {
        let cx = self.cx;
        // Money raised has no object: a name near it is an investor ("led
        // by X", "from X") or an appositive's ("parent of the X app"),
        // and the round is the same fact whichever one a source names.
        // Aid neither: the names near it are who receives it ("to the Red
        // Cross", "to help people"), and aid to one place is one fact
        // whatever words a source uses for the people helped.
        if (tr.predicate == Predicate::Raise && polarity == Polarity::Affirmed) || tr.predicate == Predicate::Aid {
            return None;
        }
        let start = tr.at + tr.len.max(1);
        let end = (start + window::OBJECT).min(cb);
        // A name a preposition of time or circumstance governs is when or
        // under what the act happened ("sanctions imposed under the Belmora Act").
        let usable = |m: &&entities::Mention| {
            m.kind != EntityKind::Place
                && *m.key != *subject.key
                && !in_attr(m.first, m.last)
                && !subjects::governed_by_preposition(cx, m.first)
        };
        if matches!(tr.predicate, Predicate::Launch | Predicate::Buy) {
            let dist = |m: &&entities::Mention| if m.first >= tr.at { m.first - tr.at } else { tr.at - m.last + 1 };
            if let Some(m) = self.entities_in(s.start, s.end).filter(usable).min_by_key(dist) {
                let head = self.entities_in(s.start, m.first).filter(usable).find(|n| self.apposed(n, m, tr.at));
                return Some(Object::Entity { entity: self.entity_ref(head.unwrap_or(m)) });
            }
        }
        let ent =
            self.entities_in(start, end).find(usable).map(|m| (m.first, Object::Entity { entity: self.entity_ref(m) }));
        // Costs are only what a cut cuts ("des coûts liés au plan" is no
        // plan's object), companies only what a purchase or a sale deals in
        // ("restrições de acesso de empresas chinesas a chips" restrict chips).
        let fits = |k: &Concept| {
            (k.0 != Concept::COST || tr.predicate == Predicate::Cut)
                && (k.0 != Concept::COMPANY || matches!(tr.predicate, Predicate::Buy | Predicate::Sell))
        };
        let concept_at = |j: usize| self.object_concept_at(s, j, in_attr).filter(fits);
        let concept = (start..end).find_map(|j| concept_at(j).map(|k| (j, k)));
        match (ent, concept) {
            (Some((ej, e)), c) if c.as_ref().is_none_or(|(cj, _)| ej < *cj) => Some(e),
            (_, Some((cj, concept))) => {
                consumed.push(cj);
                Some(Object::Concept { concept })
            }
            // A denial of something the lexicons do not name keeps the word it
            // names ("negou que vá vender refinarias"), so the denial is not
            // lost; an affirmed claim needs a known object.
            _ if polarity == Polarity::Denied && self.surface_noun(start, end).is_some() => {
                self.surface_noun(start, end).map(|w| Object::Concept { concept: Concept(w) })
            }
            // An act on people names its people after it or counts them: a
            // noun before it belongs to another act ("employs 258,000 people,
            // said it would cut costs").
            _ if tr.predicate.counts_people() => None,
            _ => {
                let back = tr.at.saturating_sub(window::OBJECT_BEFORE).max(ca)..tr.at;
                let concept = back.clone().rev().find_map(|j| concept_at(j).map(|concept| Object::Concept { concept }));
                concept.or_else(|| {
                    self.entities_in(back.start, back.end)
                        .filter(usable)
                        .last()
                        .map(|m| Object::Entity { entity: self.entity_ref(m) })
                })
            }
        }
    }

    /// Whether `m` stands in an appositive of the name `n`, closed by a
    /// comma before token `at`: "Acme, the Lamora steel producer that ...,
    /// is being acquired" (the act is Acme's, not Lamora's).
    fn apposed(&self, n: &entities::Mention, m: &entities::Mention, at: usize) -> bool {
        let t = self.cx.tokens;
        let opened = n.last < m.first && t.is_comma(n.last) && !(n.last + 1..m.first).any(|j| t.is_comma(j));
        opened && (m.last..at).any(|j| t.is_comma(j))
    }

    /// The recipient of a delivery: an entity after a recipient marker
    /// within eight tokens after the verb or its quantity.
    fn recipient(&self, tr: &Trigger, qs: &[numbers::Mention], cb: usize) -> Option<EntityRef> {
        let cx = self.cx;
        let from = tr.quantity.map_or(tr.at + tr.len.max(1), |qi| qs[qi].last.max(tr.at + tr.len.max(1)));
        self.entities_in(from, (from + window::RECIPIENT).min(cb))
            .find(|m| m.kind != EntityKind::Code && cx.lex.recipient_before(cx.tokens, m.first))
            .map(|m| self.entity_ref(m))
    }

    /// The person or organization named right after a quantity, past one
    /// short linking word ("de", "pour", "untuk", "of").
    fn holder_after(&self, q: &numbers::Mention, cb: usize) -> Option<EntityRef> {
        let cx = self.cx;
        let t = cx.tokens;
        let link = q.last;
        // Not a coordinator: "erhält 30,19% und Tom Norvik 23,82%".
        let linking = t.toks.get(link).is_some_and(|k| k.kind == Kind::Word && k.case == Case::Lower)
            && cx.lex.is_function_word(t.folded(link))
            && t.folded(link).chars().count() <= 5
            && !cx.tags.any(link, kinds![Coordinator]);
        if !linking {
            return None;
        }
        self.entities_in(link + 1, cb)
            .next()
            .filter(|m| m.first == link + 1 && matches!(m.kind, EntityKind::Person | EntityKind::Organization))
            .map(|m| self.entity_ref(m))
    }

    /// The person or organization that owns a figure through a genitive
    /// particle right before it, where the possessor comes first
    /// ([`crate::lang::Lexicon::genitives`]): "诺维克(Tom Norvik)的
    /// 26.6%", "ロウ氏の36.78%". Past a title glued after the name
    /// ("氏") and a gloss in brackets; the name ends there, at or after
    /// the clause start `ca`.
    fn holder_genitive(&self, q: &numbers::Mention, ca: usize) -> Option<EntityRef> {
        let cx = self.cx;
        let t = cx.tokens;
        let particle = q.first.checked_sub(1).filter(|&j| j > ca && cx.lex_data.genitives.contains(&t.folded(j)))?;
        let mut end = particle;
        let title = |j: usize| {
            let w = t.folded(j);
            cx.lex_data.foreign_name_marks.contains(&w) && !cx.lex_data.particles.contains(&w)
        };
        if end > ca + 1 && title(end - 1) {
            end -= 1;
        }
        if end > ca + 1 && t.is_punct(end - 1, ')') {
            // The name or its gloss: "诺维克(Tom Norvik)的".
            let open = (ca..end - 1).rev().take(GLOSS_REACH).find(|&j| t.is_punct(j, '('));
            let gloss = self.entities_in(ca, end).last().filter(|m| m.last == end - 1);
            if let Some(m) = gloss.filter(|m| open.is_some_and(|o| m.first > o)) {
                return matches!(m.kind, EntityKind::Person | EntityKind::Organization).then(|| self.entity_ref(m));
            }
            end = open?;
        }
        self.entities_in(ca, end)
            .last()
            .filter(|m| m.last == end && matches!(m.kind, EntityKind::Person | EntityKind::Organization))
            .map(|m| self.entity_ref(m))
    }

    /// The holder of a figure in a gapped conjunct, whose verb is the one
    /// before it: the person or organization right before the figure (or
    /// its article), right after a coordinator or a comma: "Rowe got 30%
    /// and Tom Norvik 23.8%", "y Ana Duarte el 23,8%".
    fn holder_gapped(&self, q: &numbers::Mention, ca: usize) -> Option<EntityRef> {
        let cx = self.cx;
        let t = cx.tokens;
        let end = if q.first > ca + 1 && numbers::is_article(cx, q.first - 1) { q.first - 1 } else { q.first };
        let m = self.entities_in(ca.saturating_sub(1), end).last().filter(|m| m.last == end && m.first > 0)?;
        let joined = t.is_comma(m.first - 1) || cx.tags.any(m.first - 1, kinds![Coordinator]);
        (joined && matches!(m.kind, EntityKind::Person | EntityKind::Organization)).then(|| self.entity_ref(m))
    }

    /// The holder named right before one verb word right before a
    /// measure's figure, at the start of its clause or after a comma or a
    /// coordinator: "..., Jane Rowe erhält 30,19%", where the clause's
    /// trigger is a noun before them ("Stimmen"): the name starts at or
    /// after `after`, the trigger's end. Not a verb of saying, denying or
    /// negating: "Rowe said 30%" is the speaker's.
    fn holder_of_verb(&self, q: &numbers::Mention, ca: usize, after: usize) -> Option<EntityRef> {
        let cx = self.cx;
        let t = cx.tokens;
        let verb = q.first.checked_sub(1).filter(|&v| v > ca)?;
        let plain = t.toks[verb].kind == Kind::Word
            && t.toks[verb].case == Case::Lower
            && !cx.lex.is_function_word(t.folded(verb))
            && !cx.tags.any(verb, kinds![Reporting, Denial, Negation]);
        let m = self.entities_in(ca, verb).last().filter(|m| plain && m.last == verb && m.first >= after)?;
        let opens = m.first == ca || t.is_comma(m.first - 1) || cx.tags.any(m.first - 1, kinds![Coordinator]);
        (opens && matches!(m.kind, EntityKind::Person | EntityKind::Organization)).then(|| self.entity_ref(m))
    }

    /// Whether token `j` starts a fine word of the mark `mark`.
    fn fine_mark(&self, j: usize, mark: FineMark) -> bool {
        self.cx.tags.any(j, kinds![Fine]) && self.cx.tags.at(j).iter().any(|m| m.tag == Tag::Fine(mark))
    }

    /// Whether a trigger is a fine's verb or noun ([`crate::lang::Lexicon::fines`]).
    fn is_fine(&self, tr: &Trigger) -> bool {
        tr.predicate == Predicate::Price
            && [FineMark::Act, FineMark::Passive, FineMark::Noun].iter().any(|&m| self.fine_mark(tr.at, m))
    }

    /// The one a fine is imposed on, never the one imposing it: the name
    /// right after an active verb ("fined Acme", "multó a Acme"), the
    /// clause's first name before a passive one ("Acme was fined"), else
    /// the name right after a target word nearest the trigger ("une amende
    /// à Acme", "gegen Acme eine Geldbuße"; where the verb ends the clause,
    /// see [`Self::marked_fined`]), else the name nearest before a verb of
    /// bearing a fine in the clause ("Acme must pay a fine"). `None` when
    /// the clause names no one so: the claim is not made.
    fn fined(
        &self,
        sentence: Sentence,
        (ca, cb): (usize, usize),
        tr: &Trigger,
        qs: &[numbers::Mention],
        in_attr: &dyn Fn(usize, usize) -> bool,
    ) -> Option<EntityRef> {
        let named = |m: &&entities::Mention| {
            matches!(m.kind, EntityKind::Person | EntityKind::Organization) && !in_attr(m.first, m.last)
        };
        let actor = |m: &&entities::Mention| named(m) && !subjects::cited(self.cx, m);
        let end = tr.at + tr.len;
        // A passive auxiliary before an active fine verb in its clause
        // makes it a passive: "Acme wurde ... mit 345 Millionen Euro
        // bestraft".
        let auxiliary = (ca..tr.at).any(|j| self.cx.tags.any(j, kinds![Passive]) && !in_attr(j, j + 1));
        let act = self.fine_mark(tr.at, FineMark::Act);
        if act && !auxiliary {
            if let Some(m) = self.fine_name_near(end, cb).filter(actor) {
                return Some(self.entity_ref(m));
            }
        }
        if self.fine_mark(tr.at, FineMark::Passive) || (act && auxiliary) {
            let opening = || self.opening_name(sentence.start, ca, tr.at, in_attr);
            if let Some(m) = self.subject_names(ca, tr.at).find(actor).or_else(opening) {
                return Some(self.entity_ref(m));
            }
        }
        let relative = || self.relative_target(sentence, tr, qs);
        let marked = || self.marked_fined(sentence.start, tr.at, &actor);
        if let Some(m) = self.fine_target((ca, cb), tr, qs, &named, &actor).or_else(relative).or_else(marked) {
            return Some(self.entity_ref(m));
        }
        // "Acme must pay a fine of", "Acme écope d'une amende": the name
        // nearest before the verb of bearing it. The agent of a passive
        // imposes the fine: "ist von der Behörde Norvik mit einer Strafe belegt worden".
        let bearer = (ca..cb).find(|&j| self.cx.tags.any(j, kinds![FineBearer]))?;
        let m = self.subject_names(ca, bearer.min(tr.at)).filter(actor).filter(|m| !self.is_agent(m)).last()?;
        Some(self.entity_ref(m))
    }

    /// The name at most [`FINED_REACH`] tokens after token `j` in the
    /// clause ending at `cb`, with no punctuation but a glued hyphen
    /// between ("gegen den US-Konzern Acme", "multó este lunes a Acme"),
    /// or the head it is the possessor of: "fined Globex owner Acme"
    /// fines Acme. A name an ownership noun governs through a function
    /// word is owned: the name in apposition right after it, if any, is
    /// the one.
    fn fine_name_near(&self, j: usize, cb: usize) -> Option<&entities::Mention> {
        let t = self.cx.tokens;
        let open = |k: usize| t.toks[k].kind != Kind::Punct || (t.raw(k) == "-" && !t.toks[k].space_before());
        let m = self.entities_in(j, cb).next().filter(|m| m.first <= j + FINED_REACH && (j..m.first).all(open))?;
        // "au propriétaire de Globex, Acme": the name an ownership noun
        // governs is owned; the one in apposition after it is fined.
        let owner = (j..m.first).rev().find(|&k| self.cx.tags.any(k, kinds![OwnerNoun, OwnedNoun]));
        let owned = owner.is_some_and(|k| (k..m.first).any(|g| self.cx.lex.is_function_word(t.folded(g))));
        let apposed =
            || self.entities_in(m.last + 1, cb).next().filter(|n| t.is_comma(m.last) && n.first == m.last + 1);
        Some(if owned { apposed()? } else { self.possessed_head(m) })
    }

    /// The one a fine's target word names ("une amende à Acme", "gegen
    /// Acme eine Geldbuße", "denda 1,8 miliar euro kepada Acme"): among
    /// targets after the fine, the one nearest before its figure, else the
    /// first after it ("multas, como la impuesta a Globex por 405
    /// millones y a Initech por 225 millones"); else the nearest before
    /// the fine. A target right after the fine and its figure names the
    /// one fined even where it also marks an outlet told (`named`, not
    /// `actor`: "kata juru bicara kepada Reuters" is farther); one after
    /// another amount is that amount's. Where the verb ends the clause, a
    /// target word follows its name instead (see `marked_fined`).
    fn fine_target(
        &self,
        (ca, cb): (usize, usize),
        tr: &Trigger,
        qs: &[numbers::Mention],
        named: &dyn Fn(&&entities::Mention) -> bool,
        actor: &dyn Fn(&&entities::Mention) -> bool,
    ) -> Option<&entities::Mention> {
        if self.cx.lex_data.verb_final {
            return None;
        }
        let end = tr.at + tr.len;
        let target = |j: usize| {
            let l = self.cx.tags.len_of(j, kinds![FineTarget])?;
            if j > end && self.other_amount_before(tr, qs, j) {
                return None;
            }
            let close = j <= end + FINED_REACH;
            self.fine_name_near(j + l, cb).filter(|m| if close { named(m) } else { actor(m) })
        };
        let after = match tr.quantity.map(|qi| &qs[qi]) {
            Some(q) if q.first > end => {
                (end..q.first).rev().find_map(target).or_else(|| (q.first..cb).find_map(target))
            }
            _ => (end..cb).find_map(target),
        };
        after.or_else(|| (ca..tr.at).rev().find_map(target))
    }

    /// The one a relative clause right after the fine's figure names after
    /// a target word: "the fine of €746 million, which was levied on Acme
    /// in 2021", "l'amende de 746 millions d'euros, qui avait été infligée
    /// à Acme". The clause is an island the trigger is not in: its names
    /// are read here only.
    fn relative_target(&self, sentence: Sentence, tr: &Trigger, qs: &[numbers::Mention]) -> Option<&entities::Mention> {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let c = qs[tr.quantity?].last;
        (t.is_comma(c) && tags.any(c + 1, kinds![RelativePronoun])).then_some(())?;
        let end = self.relative_end(sentence, c + 1);
        (c + 2..end).find_map(|j| {
            let l = tags.len_of(j, kinds![FineTarget])?;
            let m = self.entities_in(j + l, end).next()?;
            // Past articles only: "on Monday by Globex" names no one fined.
            let open =
                (j + l..m.first).all(|k| t.toks[k].kind == Kind::Word && self.cx.lex.is_function_word(t.folded(k)));
            let actor = |m: &&entities::Mention| {
                matches!(m.kind, EntityKind::Person | EntityKind::Organization) && !subjects::cited(self.cx, m)
            };
            (m.first <= j + l + FINED_REACH && open && !self.is_agent(m)).then(|| self.possessed_head(m)).filter(actor)
        })
    }

    /// The name that opens the sentence, a comma after it, when the clause
    /// of a passive at `at` (from `ca`) holds nothing before it but
    /// function words, punctuation and what `in_attr` sets aside, after
    /// a relative clause it opens with: an appositive stood between
    /// ("Acme, la aerolínea que opera en China, ha sido multada con").
    fn opening_name(
        &self,
        sentence_start: usize,
        ca: usize,
        at: usize,
        in_attr: &dyn Fn(usize, usize) -> bool,
    ) -> Option<&entities::Mention> {
        let t = self.cx.tokens;
        let plain = |j: usize| t.toks[j].kind == Kind::Punct || self.cx.lex.is_function_word(t.folded(j));
        // A relative clause the clause opens with, up to its comma, is
        // aside too ("que opera en China, ha sido multada").
        let relative_end = (self.cx.tags.any(ca, kinds![RelativePronoun]))
            .then(|| (ca..at).rev().find(|&j| t.is_comma(j)))
            .flatten()
            .map_or(ca, |k| k + 1);
        let bare = (relative_end..at).all(|j| plain(j) || in_attr(j, j + 1));
        let m = self.entities_in(sentence_start, ca).next()?;
        // At most an article before it ("A Acme Air, empresa que ...").
        let article = m.first == sentence_start + 1 && self.cx.lex.is_function_word(t.folded(sentence_start));
        let opens = (m.first == sentence_start || article) && t.is_comma(m.last);
        (bare && ca > sentence_start && opens && matches!(m.kind, EntityKind::Person | EntityKind::Organization))
            .then_some(m)
    }

    /// Whether the amount nearest before token `j` is another than the
    /// fine's own figure, after it: a target word at `j` then names who
    /// bore that amount ("La multa de 1.200 millones supera la sanción de
    /// 746 millones impuesta a Acme": Acme bore the 746 million). An
    /// amount that restates the figure right after it, with no fine word
    /// or trigger between, is the same ("1,2 milliard d'euros (1,16
    /// milliard de francs) à Acme").
    fn other_amount_before(&self, tr: &Trigger, qs: &[numbers::Mention], j: usize) -> bool {
        let Some(own) = tr.quantity.map(|qi| &qs[qi]) else { return false };
        let restates = |q: &numbers::Mention| {
            q.first <= own.last + RESTATED_GAP
                && !(own.last..q.first).any(|k| self.cx.tags.any(k, kinds![Fine, Predicate]))
        };
        // Figures are in text order: the last one starting before `j`.
        let last = qs[..qs.partition_point(|q| q.first < j)].last();
        last.is_some_and(|q| q.first >= own.last && !restates(q))
    }

    /// Where the verb ends the clause, the target word is a particle after
    /// the name ("Acmeに", "Acmeが ... 違反したとして ... 制裁金を科した"): the
    /// name nearest before the fine, in its sentence, with one right after it.
    fn marked_fined(
        &self,
        sentence_start: usize,
        at: usize,
        actor: &dyn Fn(&&entities::Mention) -> bool,
    ) -> Option<&entities::Mention> {
        if !self.cx.lex_data.verb_final {
            return None;
        }
        // "米Acme(Acme)が": past the gloss in brackets.
        let t = self.cx.tokens;
        let past_gloss = |k: usize| {
            if k >= t.len() || !(t.is_punct(k, '(') || t.is_punct(k, ')')) {
                return k;
            }
            if t.is_punct(k, ')') {
                return k + 1;
            }
            let close = (k + 1..(k + GLOSS_REACH).min(t.len())).find(|&j| t.is_punct(j, ')'));
            close.map_or(k, |c| c + 1)
        };
        let marked = |m: &&entities::Mention| self.cx.tags.any(past_gloss(m.last), kinds![FineTarget]);
        self.entities_in(sentence_start, at).filter(|m| actor(m) && marked(m)).last()
    }

    /// Whether a figure is set against another party's: a contrast word
    /// ([`crate::lang::Lexicon::contrast`]) ends right before it, or before
    /// one short function word ("frente al 44%", "contro il 44%"), within
    /// the clause starting at `ca`.
    fn contrasted(&self, q: &numbers::Mention, ca: usize) -> bool {
        contrast_before(self.cx, q.first, ca, 1)
    }

    /// The first person named after a contrasted figure, else the first
    /// organization, before the clause's end `cb` and the next figure:
    /// "contre 44,04% à son rival, le ministre de l'Economie Tom Norvik".
    fn named_after(&self, q: &numbers::Mention, cb: usize, qs: &[numbers::Mention]) -> Option<EntityRef> {
        let next = qs.get(qs.partition_point(|n| n.first <= q.last)).map_or(cb, |n| n.first.min(cb));
        let named = |kind: EntityKind| self.entities_in(q.last, next).find(move |m| m.kind == kind);
        named(EntityKind::Person).or_else(|| named(EntityKind::Organization)).map(|m| self.entity_ref(m))
    }

    /// A measure's holder set off by a comma right before its number and
    /// one or two short function words: "followed by Tom Norvik, with
    /// 29.98%", "seguida por Rui Lemos, con el 30,5%". The entity starts at
    /// or after `ca`.
    fn holder_before(&self, q: &numbers::Mention, ca: usize) -> Option<EntityRef> {
        let cx = self.cx;
        let t = cx.tokens;
        let linking = |l: usize| {
            t.toks[l].kind == Kind::Word
                && t.toks[l].case == Case::Lower
                && cx.lex.is_function_word(t.folded(l))
                && t.folded(l).chars().count() <= 5
        };
        let mut link = q.first.checked_sub(1).filter(|&l| l > ca && linking(l))?;
        if link > ca + 1 && linking(link - 1) {
            link -= 1;
        }
        let comma = link - 1;
        if comma <= ca || !t.is_comma(comma) {
            return None;
        }
        let end = comma;
        self.entities_in(ca, end)
            .last()
            .filter(|m| m.last == end && matches!(m.kind, EntityKind::Person | EntityKind::Organization))
            .map(|m| self.entity_ref(m))
    }

    /// The antecedent of a relative clause starting at `ca`: the entity that
    /// ends right before its relative pronoun, across a comma ("Rivex,
    /// which raised"). A coordinating word ("mas", "but") opens no relative clause.
    fn antecedent(&self, s: Sentence, ca: usize) -> Option<EntityRef> {
        let cx = self.cx;
        if ca <= s.start || !cx.tags.any(ca, kinds![RelativePronoun]) {
            return None;
        }
        // "a notice with the Commission that the company will lay off":
        // a clause whose own subject, a company anaphor, follows the
        // pronoun is none of the name before it.
        if cx.tags.any(ca + 1, kinds![CompanyAnaphor]) {
            return None;
        }
        let end = if cx.tokens.is_comma(ca - 1) { ca - 1 } else { ca };
        let named = self.entities_in(s.start, end).last().filter(|m| m.last == end && m.kind != EntityKind::Place);
        if let Some(m) = named {
            return Some(self.entity_ref(m));
        }
        // "A empresa, que opera 12 fábricas": the anaphor's antecedent.
        let anaphor =
            super::ending_at(cx.tags, end, kinds![CompanyAnaphor], |g| matches!(g, Tag::CompanyAnaphor).then_some(()));
        anaphor.and_then(|(_, j)| self.resolve(j, Referent::Organization))
    }

    /// A noun no lexicon knows right after the trigger, past function
    /// words ("vender refinarias"): kept as its folded form, comparable only
    /// within its language.
    fn surface_noun(&self, start: usize, end: usize) -> Option<String> {
        let cx = self.cx;
        let t = cx.tokens;
        for j in start..end.min(start + window::SURFACE_NOUN) {
            let tok = t.toks[j];
            let w = t.folded(j);
            // An elision's apostrophe ("d'antennes", "l'usine").
            if tok.kind == Kind::Punct && w == "'" && !tok.space_before() {
                continue;
            }
            if tok.kind != Kind::Word || tok.case != Case::Lower {
                return None;
            }
            if cx.lex.is_function_word(w) {
                continue;
            }
            // A participle before its agent ("impostas pelos EUA") is no noun.
            let before_agent = cx.tags.any(j + 1, kinds![AgentMarker]);
            return (cx.tags.at(j).is_empty() && w.chars().count() > 3 && !before_agent).then(|| w.to_string());
        }
        None
    }

    /// The head of a noun phrase whose ownership noun at `i` (of `l`
    /// tokens) a name or a capitalized word before it modifies ("Globex
    /// owner Acme", "Globex's parent company Acme", "der
    /// Globex-Mutterkonzern Acme"): the name after the
    /// noun and a few lowercase content words ("parent firm Acme"). `None`
    /// when a function word stands between ("the Dutch owner of Acme":
    /// Acme is governed) or nothing modifies the noun.
    fn possessed_after<'m>(
        &self,
        s: Sentence,
        ents: &[&'m entities::Mention],
        i: usize,
        l: usize,
    ) -> Option<&'m entities::Mention> {
        let t = self.cx.tokens;
        let possessive = i >= 3 && t.is_possessive(i - 2);
        let modifier = i > s.start
            && t.toks[i - 1].kind == Kind::Word
            && matches!(t.toks[i - 1].case, Case::Title | Case::Upper)
            && !self.cx.lex.is_function_word(t.folded(i - 1));
        // "der Globex-Mutterkonzern Acme": the name glued before the noun.
        let compound = i > s.start + 1 && t.is_joining_hyphen(i - 1) && t.toks[i - 2].kind == Kind::Word;
        if !possessive && !modifier && !compound {
            return None;
        }
        let content = |j: usize| {
            t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower && !self.cx.lex.is_function_word(t.folded(j))
        };
        ents.iter()
            .copied()
            .find(|m| m.first >= i + l && m.first <= i + l + subjects::POSSESSED_GAP && (i + l..m.first).all(content))
    }

    /// Ownership stated in appositives: "X, dona da rede social Y",
    /// "a empresa-mãe de Y, X", "X, a unit of Y".
    fn relations(&self, s: Sentence) -> (Vec<Relation>, Vec<(usize, usize)>) {
        let cx = self.cx;
        let t = cx.tokens;
        let mut out = Vec::new();
        let mut governed_spans = Vec::new();
        let ents: Vec<&entities::Mention> =
            self.entities_in(s.start, s.end).filter(|m| m.kind != EntityKind::Place).collect();
        for i in s.start..s.end {
            let Some((owner_noun, l)) = cx.tags.find(i, kinds![OwnerNoun, OwnedNoun], |g| match g {
                Tag::OwnerNoun => Some(true),
                Tag::OwnedNoun => Some(false),
                _ => None,
            }) else {
                continue;
            };
            // "Globex's parent company Acme", "Globex owner Acme": the
            // possessor is governed, the name after the noun is the head.
            if let Some(x) = self.possessed_after(s, &ents, i, l) {
                let possessive = i >= 3 && t.is_possessive(i - 2);
                let glued = i >= 1 && t.is_joining_hyphen(i - 1);
                let y =
                    ents.iter().find(|m| m.last == i || (possessive && m.last == i - 2) || (glued && m.last + 1 == i));
                if let Some(&y) = y.filter(|y| y.key != x.key) {
                    let (owner, owned) = if owner_noun { (x, y) } else { (y, x) };
                    governed_spans.push((y.first, y.last));
                    out.push(self.owns(s, owner, owned));
                }
                continue;
            }
            // The entity the noun governs: within five lowercase words after it.
            let Some(governed) = ents.iter().find(|m| {
                m.first >= i + l
                    && m.first <= i + l + 5
                    && (i + l..m.first).all(|j| {
                        (t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower)
                            || (matches!(t.raw(j), "'" | "’") && !t.toks[j].space_before())
                    })
            }) else {
                continue;
            };
            // The entity in apposition: before the noun, across a comma and a
            // few lowercase words; else after the governed one, across a comma.
            let before = ents.iter().rev().find(|m| {
                m.last <= i
                    && i - m.last <= 6
                    && (m.last..i)
                        .all(|j| t.is_comma(j) || (t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower))
                    && (m.last..i).any(|j| t.is_comma(j))
            });
            let after = || {
                let comma = (governed.last..(governed.last + 4).min(s.end)).find(|&j| t.is_comma(j))?;
                ents.iter().find(|m| m.first == comma + 1)
            };
            governed_spans.push((governed.first, governed.last));
            let Some(other) = before.or_else(after) else { continue };
            if other.key == governed.key {
                continue;
            }
            let (owner, owned) = if owner_noun { (other, governed) } else { (governed, other) };
            out.push(self.owns(s, owner, owned));
        }
        (out, governed_spans)
    }

    /// "`owner` owns `owned`", as sentence `s` states it.
    fn owns(&self, s: Sentence, owner: &entities::Mention, owned: &entities::Mention) -> Relation {
        let t = self.cx.tokens;
        Relation {
            kind: RelationKind::Owns,
            from: self.entity_ref(owner),
            to: self.entity_ref(owned),
            source: Some(self.id.to_string()),
            evidence: Some(Evidence {
                start: t.toks[s.start].start(),
                end: t.toks[s.end - 1].end(),
                text: self.sentence_text(s),
            }),
        }
    }
}

//! Claims: predicates with their subject, object, quantity and time; who
//! says them; whether they are denied; and ownership relations stated in
//! appositives.
//!
//! Work is per sentence, split into clauses at the lexicon's clause breaks.
//! A trigger is a predicate word, or a quantity whose noun is a measure
//! ("10 milhões de usuários"). When the subject is unclear, no claim is made.

use rustc_hash::FxHashMap as HashMap;

use super::{Ctx, entities, numbers, subjects, time};
use crate::lang::{Kinds, Referent, Tag, kinds};
use crate::schema::{
    Attribution, Claim, Concept, EntityKind, EntityRef, Evidence, Modality, Object, Polarity, Predicate, Qualifier,
    Relation, RelationKind, RelativeTime, Role, TimeValue, Unit,
};
use crate::text::{Case, Kind, Sentence};

/// The subject key of a toll that names no place and no organization: the
/// event the documents report.
pub(crate) const EVENT: &str = "event";

/// The subject that stands for the event the documents report.
fn event_ref() -> EntityRef {
    EntityRef { key: EVENT.to_string(), text: "(the event)".to_string() }
}

/// How many sentences before its own an anaphor ("the company") or a
/// clause with no subject looks for the organization the document is about.
const ANAPHOR_REACH: usize = 2;

/// How far (in tokens) an object may stand after its trigger.
const OBJECT_WINDOW: usize = 8;

struct Doc<'a, 'c> {
    cx: &'a Ctx<'c>,
    id: &'a str,
    entities: &'a [entities::Mention],
    salient: Option<&'a entities::Mention>,
    /// The document's sentences, where anaphors find their antecedents.
    sents: &'a [Sentence],
    /// The keys of the organizations the document says another owns
    /// ("maison mère de l'application Velo"): "l'entreprise" is the owner.
    owned: Vec<String>,
}

/// Reads the claims and relations of a document.
pub(crate) fn read(
    cx: &Ctx,
    id: &str,
    sents: &[Sentence],
    quantities: &[numbers::Mention],
    times: &[time::Mention],
    entities: &[entities::Mention],
) -> (Vec<Claim>, Vec<Relation>) {
    let mut doc = Doc { cx, id, entities, salient: None, sents, owned: Vec::new() };
    let mut relations = Vec::new();
    let mut governed = Vec::with_capacity(sents.len());
    for &s in sents {
        let (rels, g) = doc.relations(s);
        relations.extend(rels);
        governed.push(g);
    }
    doc.owned = relations.iter().filter(|r| r.kind == RelationKind::Owns).map(|r| r.to.key.clone()).collect();
    doc.owned.extend(subjects::owned_names(cx, entities));
    let lead = sents.first().map_or(0, |s| s.end);
    let mut all_governed = governed.concat();
    all_governed.sort_unstable();
    doc.salient = salient(cx, entities, &all_governed, lead);
    let mut claims = Vec::new();
    for (&s, g) in sents.iter().zip(&governed) {
        doc.sentence_claims(s, quantities, times, g, &mut claims);
    }
    let mut claims = merge_repeats(claims);
    for (n, c) in claims.iter_mut().enumerate() {
        c.id = format!("{id}#{}", n + 1);
    }
    (claims, relations)
}

/// Tolls of a batch, counted where the story happened, are the event's:
/// one report names the village, another the province, a third the
/// country, and all count the same victims. A toll keeps its place as
/// subject when its document gives that toll for several places ("30 dead
/// in Spain and 12 in Portugal") and its place is not the one most
/// documents count it in (a tie names none), or when only one document of
/// several names its place at all.
pub(crate) fn event_tolls(claims: &mut [Claim], named_in: &dyn Fn(&str) -> usize, documents: usize) {
    use std::collections::{BTreeMap, BTreeSet};
    // Per predicate: the places each document counts it in.
    let mut places: BTreeMap<(Predicate, &str), BTreeSet<&str>> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.predicate.is_toll() && c.subject.key != EVENT) {
        places.entry((c.predicate, c.source.as_str())).or_default().insert(c.subject.key.as_str());
    }
    let mut docs_per_place: BTreeMap<(Predicate, &str), usize> = BTreeMap::new();
    for ((p, _), keys) in &places {
        for k in keys {
            *docs_per_place.entry((*p, k)).or_default() += 1;
        }
    }
    // Per predicate: the place most documents count it in, if only one is.
    let mut main: BTreeMap<Predicate, (Option<&str>, usize)> = BTreeMap::new();
    for (&(p, k), &n) in &docs_per_place {
        let slot = main.entry(p).or_insert((None, 0));
        if n > slot.1 {
            *slot = (Some(k), n);
        } else if n == slot.1 {
            slot.0 = None;
        }
    }
    let is_main = |p: Predicate, k: &str| main.get(&p).is_some_and(|&(m, _)| m == Some(k));
    let to_event: Vec<bool> = claims
        .iter()
        .map(|c| {
            // A place only one document of several names, with a toll dated
            // by a year alone, is another story ("Colombia, where dengue
            // killed 210 last year"); a village one report names, with no
            // date or a day, is where the story happened.
            let year_only = c.time.as_ref().is_some_and(|t| match t.value {
                TimeValue::Absolute { date } => date.month.is_none(),
                TimeValue::Relative { to } => matches!(to, RelativeTime::LastYear | RelativeTime::ThisYear),
                TimeValue::Month { .. } => false,
            });
            let shared = !year_only || named_in(&c.subject.key) >= documents.min(2);
            c.predicate.is_toll()
                && c.subject.key != EVENT
                && shared
                && (places.get(&(c.predicate, c.source.as_str())).is_none_or(|ks| ks.len() < 2)
                    || is_main(c.predicate, &c.subject.key))
        })
        .collect();
    for (c, e) in claims.iter_mut().zip(to_event) {
        if e {
            c.subject = event_ref();
        }
    }
}

/// Claims of one document that say the same thing (subject, predicate,
/// object, value, time, polarity and modality) are one claim: the first,
/// with the others' sentences as further evidence and their attribution
/// filling what the first lacks.
fn merge_repeats(claims: Vec<Claim>) -> Vec<Claim> {
    /// An interval by the bits of its bounds, so that it can be hashed.
    type Bits = (Option<u64>, Option<u64>, bool, bool);
    type Key<'c> = (
        &'c str,
        Predicate,
        Option<&'c str>,
        Option<(Bits, Qualifier, &'c Unit)>,
        Option<TimeValue>,
        Polarity,
        Modality,
    );
    fn key(c: &Claim) -> Key<'_> {
        let q = c.quantity.as_ref().map(|q| {
            let i = q.interval;
            (
                (i.low.map(f64::to_bits), i.high.map(f64::to_bits), i.low_inclusive, i.high_inclusive),
                q.qualifier,
                &q.unit,
            )
        });
        (
            c.subject.key.as_str(),
            c.predicate,
            c.object.as_ref().map(|o| o.key()),
            q,
            c.time.as_ref().map(|t| t.value),
            c.polarity,
            c.modality,
        )
    }
    // For each claim, the index of the first claim that says the same.
    let mut first: HashMap<Key, usize> = HashMap::default();
    let same: Vec<usize> = claims.iter().enumerate().map(|(i, c)| *first.entry(key(c)).or_insert(i)).collect();
    drop(first);
    let mut slot = vec![usize::MAX; claims.len()];
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len());
    for (i, c) in claims.into_iter().enumerate() {
        if same[i] == i {
            slot[i] = out.len();
            out.push(c);
            continue;
        }
        let kept = &mut out[slot[same[i]]];
        // Claims come in text order: a repeat from the same sentence is next to its twin.
        if c.evidence != kept.evidence && kept.also.last() != Some(&c.evidence) {
            kept.also.push(c.evidence);
        }
        let (a, b) = (&mut kept.attribution, c.attribution);
        a.speaker = a.speaker.take().or(b.speaker);
        a.role = a.role.or(b.role);
        a.affiliation = a.affiliation.take().or(b.affiliation);
        a.anonymous = a.anonymous.take().or(b.anonymous);
        a.outlet = a.outlet.take().or(b.outlet);
    }
    out
}

/// Whether a concept is people (or, with `jobs`, jobs): what a lay-off
/// or a staff counts.
fn is_people(c: &Concept, jobs: bool) -> bool {
    matches!(c.0.as_str(), "person" | "employees") || (jobs && c.0 == "job")
}

/// Whether a quantity counts people (or, with `jobs`, jobs): "600
/// personas", "4.500 Stellen", "15,000 workers".
fn counts_people(m: &numbers::Mention, jobs: bool) -> bool {
    match &m.quantity.unit {
        Unit::Count { concept: Some(c) } => is_people(c, jobs),
        _ => matches!(m.measure, Some(Predicate::Employees | Predicate::Participants)),
    }
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
                && (t.is_punct(m.last, ',')
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
    fn entity_ref(&self, m: &entities::Mention) -> EntityRef {
        EntityRef { key: m.key.clone(), text: m.text.clone() }
    }

    /// The entity mentions inside tokens `a..b`, found by binary search.
    fn entities_in(&self, a: usize, b: usize) -> impl Iterator<Item = &entities::Mention> {
        starting_in(self.entities, |m| m.first, a, b).iter().filter(move |m| m.last <= b)
    }

    /// Splits a sentence into clauses at clause breaks, semicolons and colons.
    fn clauses(&self, s: Sentence) -> Vec<(usize, usize)> {
        let cx = self.cx;
        let mut out = Vec::new();
        let mut start = s.start;
        let mut i = s.start;
        while i < s.end {
            let brk = cx.tags.len_of(i, kinds![ClauseBreak]);
            // A relative pronoun after a comma opens a clause about the name before it.
            let relative = i > start && cx.tokens.is_punct(i - 1, ',') && cx.tags.any(i, kinds![RelativePronoun]);
            let brk = brk.or(relative.then_some(1));
            let punct = cx.tokens.toks[i].kind == Kind::Punct && matches!(cx.tokens.raw(i), ";" | ":" | "(" | ")");
            if (brk.is_some() || punct) && i > start {
                out.push((start, i));
                start = i;
            }
            i += brk.unwrap_or(1);
        }
        if start < s.end {
            out.push((start, s.end));
        }
        // A fragment with no verb of its own belongs to the clause before it:
        // "erhielt | aber nur 8", "n'a reçu | que 30 000 doses".
        let has_verb = |&(a, b): &(usize, usize)| (a..b).any(|i| cx.tags.any(i, kinds![Predicate]));
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(out.len());
        for c in out {
            match merged.last_mut() {
                Some(last) if !has_verb(&c) && has_verb(last) => last.1 = c.1,
                _ => merged.push(c),
            }
        }
        merged
    }

    /// Who the sentence says speaks; `sk` are the kinds of its phrases.
    fn attribution(&self, s: Sentence, sk: Kinds) -> (Attribution, Vec<(usize, usize)>) {
        let cx = self.cx;
        let mut a = Attribution::default();
        let mut used = Vec::new();
        if !sk.meets(kinds![Role, Anonymous, AccordingTo, Reporting]) {
            return (a, used);
        }
        let ents: Vec<&entities::Mention> = self.entities_in(s.start, s.end).collect();
        let speech = sk.meets(kinds![Reporting, AccordingTo, Denial, NoComment])
            || (s.start..s.end).any(|i| {
                cx.tokens.toks[i].kind == Kind::Punct
                    && matches!(cx.tokens.raw(i), "\"" | "“" | "”" | "«" | "»" | "„" | "‘" | "’")
            });
        // A role, an anonymous source or an outlet, where the sentence has one.
        let sourced = if sk.meets(kinds![Role, Anonymous, AccordingTo]) { s.start..s.end } else { s.end..s.end };
        for i in sourced {
            if a.role.is_none() {
                if let Some((role, l)) = cx.tags.find(i, kinds![Role], |g| match g {
                    Tag::Role(r) => Some(r),
                    _ => None,
                }) {
                    a.role = Some(role);
                    used.push((i, i + l));
                    // Affiliation: an organization right after the role ("portavoz de X", "juru bicara X")
                    // or right before it ("X spokesperson").
                    // An elided particle counts as one word ("porte-parole d'Orange").
                    let elided = cx.tokens.is_punct(i + l + 1, '\'') || cx.tokens.is_punct(i + l + 1, '’');
                    let reach = i + l + 1 + usize::from(elided);
                    let after = ents.iter().find(|m| {
                        m.first >= i + l
                            && m.first <= reach
                            && m.kind != EntityKind::Person
                            && m.kind != EntityKind::Place
                    });
                    let before = ents.iter().rev().find(|m| m.last == i && m.kind == EntityKind::Organization);
                    if let Some(m) = after.or(before) {
                        a.affiliation = Some(self.entity_ref(m));
                        used.push((m.first, m.last));
                    }
                    // The speaker: the nearest person within four tokens, in a
                    // sentence that reports speech ("Rina Sari memenangi
                    // pemilihan gubernur" names an office, not a speaker).
                    let near = ents
                        .iter()
                        .filter(|m| m.kind == EntityKind::Person)
                        .filter(|m| m.last + 4 >= i && m.first <= i + l + 6)
                        .min_by_key(|m| if m.first >= i { m.first - i } else { i - m.last })
                        .filter(|_| speech);
                    if let Some(m) = near {
                        a.speaker = Some(m.text.clone());
                        used.push((m.first, m.last));
                    }
                }
            }
            if a.anonymous.is_none() {
                if let Some(l) = cx.tags.len_of(i, kinds![Anonymous]) {
                    // Take a number word or digits just before ("três fontes").
                    let start = if i > s.start && cx.tags.any(i - 1, kinds![Number]) { i - 1 } else { i };
                    a.anonymous = Some(cx.tokens.span_text(start, i + l).to_string());
                    used.push((start, i + l));
                }
            }
            if a.outlet.is_none() {
                if let Some(l) = cx.tags.len_of(i, kinds![AccordingTo]) {
                    // "segundo a Reuters", "citadas por Reuters", "secondo un rapporto di Reuters":
                    // an organization within a few lowercase words.
                    let mut j = i + l;
                    let mut skipped = 0;
                    while j < s.end && skipped < 4 {
                        if let Some(m) = ents.iter().find(|m| m.first == j) {
                            if m.kind == EntityKind::Organization
                                && Some(m.key.as_str()) != self.salient.map(|s| s.key.as_str())
                            {
                                a.outlet = Some(self.entity_ref(m));
                                used.push((m.first, m.last));
                            }
                            break;
                        }
                        if cx.tokens.toks[j].kind != Kind::Word || cx.tokens.toks[j].case != Case::Lower {
                            break;
                        }
                        j += 1;
                        skipped += 1;
                    }
                }
            }
        }
        if a.speaker.is_none() && sk.meets(kinds![Reporting]) {
            // "disse Fulano", "kata Fulano", "Fulano said": a person next to a reporting verb.
            for i in s.start..s.end {
                if cx.tags.any(i, kinds![Reporting]) {
                    if let Some(m) =
                        ents.iter().find(|m| m.kind == EntityKind::Person && (m.first == i + 1 || m.last == i))
                    {
                        a.speaker = Some(m.text.clone());
                        used.push((m.first, m.last));
                        break;
                    }
                }
            }
        }
        (a, used)
    }

    fn sentence_claims(
        &self,
        s: Sentence,
        qs: &[numbers::Mention],
        times: &[time::Mention],
        governed: &[(usize, usize)],
        out: &mut Vec<Claim>,
    ) {
        let cx = self.cx;
        let t = cx.tokens;
        // Most sentences state nothing this reads: skip them before any other work.
        let lo = qs.partition_point(|q| q.first < s.start);
        let measured = qs[lo..].iter().take_while(|q| q.first < s.end).any(|q| q.measure.is_some());
        // What the sentence's phrases are: a pass the sentence has no phrase for is skipped.
        let sk = cx.tags.kinds_in(s.start, s.end);
        if !measured && !sk.meets(kinds![Predicate, NoComment, Measure]) {
            return;
        }
        let (attribution, mut attr_spans) = self.attribution(s, sk);
        // Entities governed by an ownership noun ("dona do Y") are no subjects either.
        attr_spans.extend_from_slice(governed);
        let in_attr = |a: usize, b: usize| attr_spans.iter().any(|&(x, y)| a < y && x < b);
        // Tokens inside a "no comment" phrase make no trigger and no negation.
        let mut no_comment = Vec::new();
        if sk.meets(kinds![NoComment]) {
            for i in s.start..s.end {
                if let Some(l) = cx.tags.len_of(i, kinds![NoComment]) {
                    no_comment.push((i, i + l));
                }
            }
        }
        let muted = |i: usize| no_comment.iter().any(|&(a, b)| i >= a && i < b);
        let denial_at = if sk.meets(kinds![Denial]) {
            (s.start..s.end).find(|&i| !muted(i) && cx.tags.any(i, kinds![Denial]))
        } else {
            None
        };
        let evidence = || Evidence {
            start: t.toks[s.start].start,
            end: t.toks[s.end - 1].end,
            text: t.span_text(s.start, s.end).to_string(),
        };
        let mut prev_subject: Option<EntityRef> = None;
        for (ca, cb) in self.clauses(s) {
            // A relative clause ("Rivex, which raised €80 million") speaks of its
            // antecedent, and is no part of what a denial before it denies.
            let antecedent = self.antecedent(s, ca);
            // "X did not respond": a claim of its own, never a denial. What
            // comes before it in the clause may state something ("La empresa,
            // que emplea a unas 600 personas, no quiso hacer comentarios").
            let mut cb = cb;
            if let Some(&(na, _)) = no_comment.iter().find(|&&(a, _)| a >= ca && a < cb) {
                // Who: the last name before the phrase in the sentence, else the
                // organization the document is about when "la société" refers to it.
                // An appositive between the name and the phrase speaks of
                // something else: "Aquaport, the company that operates the
                // Kessel dam, declined to comment" is Aquaport's.
                let before_appositive = (na > s.start + 1 && t.is_punct(na - 1, ','))
                    .then(|| (s.start..na - 1).rev().find(|&k| t.is_punct(k, ',')))
                    .flatten();
                let end = before_appositive.unwrap_or(na);
                // A person set between commas right before it speaks for
                // themselves ("the player's agent, Ana Ruiz, declined").
                let apposed_person = before_appositive.and_then(|k| {
                    let mut inside = self.entities_in(k + 1, na - 1);
                    match (inside.next(), inside.next()) {
                        (Some(m), None) if m.kind != EntityKind::Place && m.first == k + 1 && m.last == na - 1 => {
                            Some(self.entity_ref(m))
                        }
                        _ => None,
                    }
                });
                let named = apposed_person.or_else(|| {
                    self.entities_in(s.start, end)
                        .filter(|m| m.kind != EntityKind::Place && m.kind != EntityKind::Person)
                        .last()
                        .map(|m| self.entity_ref(m))
                });
                let anaphor = (s.start..na).any(|j| cx.tags.any(j, kinds![CompanyAnaphor]));
                let who = named.or_else(|| anaphor.then(|| self.salient.map(|m| self.entity_ref(m))).flatten());
                if let Some(who) = who {
                    out.push(self.claim(
                        who,
                        Predicate::DeclineComment,
                        None,
                        None,
                        None,
                        Polarity::Affirmed,
                        Modality::Asserted,
                        &attribution,
                        evidence(),
                    ));
                }
                cb = na;
            }
            let mut triggers: Vec<Trigger> = Vec::new();
            let mut i = ca;
            while i < cb {
                if !muted(i) {
                    if let Some((p, l)) = cx.tags.find(i, kinds![Predicate], |g| match g {
                        Tag::Predicate(p) => Some(p),
                        _ => None,
                    }) {
                        triggers.push(Trigger { at: i, len: l, predicate: p, quantity: None, noun: false });
                        i += l;
                        continue;
                    }
                    let in_quantity = || {
                        let k = qs.partition_point(|q| q.first <= i);
                        k > 0 && qs[k - 1].last > i
                    };
                    if let Some((p, l)) = cx.tags.find(i, kinds![Measure], |g| match g {
                        Tag::Measure(p) => Some(p),
                        _ => None,
                    }) {
                        if !in_quantity() {
                            triggers.push(Trigger { at: i, len: l, predicate: p, quantity: None, noun: true });
                            i += l;
                            continue;
                        }
                    }
                }
                i += 1;
            }
            // "planned to buy": a plan followed by the act it plans is that act, planned.
            let planned_acts: Vec<usize> = triggers
                .windows(2)
                .filter(|w| {
                    w[0].predicate == Predicate::Plan
                        && w[1].predicate != Predicate::Plan
                        && w[1].at <= w[0].at + w[0].len + 2
                })
                .map(|w| w[0].at)
                .collect();
            triggers.retain(|tr| !planned_acts.contains(&tr.at));
            // Attach quantities: a measure is a trigger of its own; any other
            // quantity goes to the nearest trigger before it, else after it.
            let mut extra = Vec::new();
            let lo = qs.partition_point(|q| q.first < ca);
            // Indexed from `lo` directly: `skip` would walk the whole prefix.
            let in_clause = qs[lo..].iter().enumerate().map(|(k, q)| (lo + k, q)).take_while(|(_, q)| q.first < cb);
            // A part of a figure just given states no figure of its own
            // ("38.000 karyawan, termasuk 1.800 orang di Cikarang").
            let part = |q: &numbers::Mention| cx.lex.part_before(cx.tokens, q.first);
            for (qi, q) in in_clause.filter(|(_, q)| q.last <= cb && !in_attr(q.first, q.last) && !part(q)) {
                if let Some(p) = q.measure {
                    // "laid off 15,000 workers", "evacuaron a 3.000 vecinos": a verb that
                    // counts people takes the count; otherwise the measure is its own claim.
                    let verb = triggers.iter().rposition(|tr| tr.at < q.first && !tr.noun);
                    // "Three participants died", "12 000 salariés ont cessé le
                    // travail": the people counted, then what befell them or what
                    // they did.
                    let befell = triggers.iter().position(|tr| {
                        matches!(p, Predicate::Participants | Predicate::Employees)
                            && !tr.noun
                            && tr.quantity.is_none()
                            && tr.predicate.counts_people()
                            && tr.predicate != p
                            && tr.at >= q.last
                            && tr.at <= q.last + 3
                    });
                    // "cut 4,500 workers": a cut of people is a lay-off (below).
                    let verb = verb.filter(|&k| {
                        (triggers[k].predicate.counts_people() || triggers[k].predicate == Predicate::Cut)
                            && triggers[k].quantity.is_none()
                    });
                    match befell.or(verb) {
                        Some(k) => triggers[k].quantity = Some(qi),
                        _ => extra.push(Trigger {
                            at: q.number_at,
                            len: 0,
                            predicate: p,
                            quantity: Some(qi),
                            noun: false,
                        }),
                    }
                    continue;
                }
                // "150 were injured and 17 are still missing": a measure noun right
                // after the number counts it, before any verb earlier in the clause.
                let noun_after = triggers
                    .iter()
                    .position(|tr| tr.noun && tr.quantity.is_none() && tr.at >= q.last && tr.at <= q.last + 3);
                let before = triggers.iter().rposition(|tr| tr.at < q.first);
                // "150 were injured and 17 are still missing": when the verb before
                // already has its number, a free verb right after takes this one.
                let free_after = triggers
                    .iter()
                    .position(|tr| tr.quantity.is_none() && tr.at >= q.last && tr.at <= q.last + 3)
                    .filter(|_| before.is_some_and(|k| triggers[k].quantity.is_some()));
                // "prendeu 37 manifestantes", "arrested 37 protesters": a verb on
                // people before the number keeps it from the noun after it.
                let verb_on_people = before.filter(|&k| {
                    let v = &triggers[k];
                    !v.noun && v.quantity.is_none() && v.predicate.counts_people() && v.at + 6 >= q.first
                });
                let noun_after = noun_after.filter(|_| verb_on_people.is_none());
                let target =
                    noun_after.or(free_after).or(before).or_else(|| triggers.iter().position(|tr| tr.at >= q.last));
                // People are not counted in money: "que emprega 38 mil pessoas,
                // quer economizar 600 milhões de euros" gives no staff of €600M.
                let money = matches!(q.quantity.unit, Unit::Money { .. });
                let target = target.filter(|&k| !(money && triggers[k].predicate.counts_heads()));
                if let Some(k) = target {
                    if triggers[k].quantity.is_none() {
                        triggers[k].quantity = Some(qi);
                    } else {
                        let mut copy = triggers[k];
                        copy.quantity = Some(qi);
                        extra.push(copy);
                    }
                }
            }
            triggers.extend(extra);
            // "emplea a 600 personas", "impiega 600 persone": a verb of using
            // that counts people employs them.
            for tr in triggers.iter_mut().filter(|tr| tr.predicate == Predicate::Use) {
                if tr.quantity.is_some_and(|qi| counts_people(&qs[qi], false)) {
                    tr.predicate = Predicate::Employees;
                }
            }
            // "cut 4,500 jobs", "taglierà 3.000 posti di lavoro": a cut of
            // people or jobs lays them off; "cut rates by 0.25 points" stays a cut.
            for tr in triggers.iter_mut().filter(|tr| tr.predicate == Predicate::Cut) {
                if tr.quantity.is_some_and(|qi| counts_people(&qs[qi], true)) {
                    tr.predicate = Predicate::LayOff;
                }
            }
            triggers.retain(|tr| !tr.noun || tr.quantity.is_some());
            triggers.sort_by_key(|tr| (tr.at, tr.quantity));
            let mut consumed: Vec<usize> = Vec::new();
            for tr in &triggers {
                if tr.quantity.is_none() && consumed.contains(&tr.at) {
                    continue;
                }
                let named_here = self.entities_in(ca, tr.at).any(|m| !in_attr(m.first, m.last));
                let subject = match self.subject(ca, cb, tr, &in_attr) {
                    // A toll counts the victims of the event where it happened,
                    // whoever the sentence names: a ministry, an agency, a
                    // company or a noun taken for a name count nobody.
                    _ if tr.predicate.is_toll() => Some(self.toll_subject(s, ca, cb, tr, qs, &in_attr)),
                    _ if antecedent.is_some() && !named_here => antecedent.clone(),
                    Some(Subject::Explicit(e)) => Some(e),
                    Some(Subject::Salient(e)) => prev_subject.clone().or(Some(e)),
                    None => prev_subject.clone(),
                };
                // "41,8% de Ana Duarte", "41,8 % pour Ana Duarte": a measure's
                // holder named right after its number.
                let holder =
                    tr.quantity.filter(|_| tr.predicate.is_measure()).and_then(|qi| self.holder_after(&qs[qi], cb));
                // Such a holder speaks for its own figure only: the sentence's
                // running subject stays.
                let from_holder = holder.is_some();
                let Some(subject) = holder.or(subject) else { continue };
                if !from_holder && !tr.predicate.is_toll() {
                    prev_subject = Some(subject.clone());
                }
                let mut quantity = tr.quantity.map(|qi| qs[qi].quantity.clone());
                // "hanya menerima 3.000", "only received 3,000": the stress before the verb.
                if let Some(q) = quantity.as_mut().filter(|q| q.qualifier == Qualifier::Exact) {
                    let only = |g| matches!(g, Tag::Qualifier(Qualifier::Only)).then_some(());
                    if super::ending_at(cx.tags, tr.at, kinds![Qualifier], only).is_some() {
                        q.qualifier = Qualifier::Only;
                    }
                }
                // "ne ... que" restricts rather than negates: "n'a reçu que 30 000".
                let restrictive = quantity.as_ref().is_some_and(|q| q.qualifier == Qualifier::Only);
                let negated = self.negated(ca, tr, &muted) && !restrictive;
                let denied = denial_at.is_some_and(|d| d < tr.at && (antecedent.is_none() || d >= ca));
                let polarity = if negated || denied { Polarity::Denied } else { Polarity::Affirmed };
                let object = match &quantity {
                    // An act on people counts its people: "4.500 Stellen", "4 500
                    // postes", "4.500 karyawan" are one lay-off, not three objects.
                    Some(_) if tr.predicate.counts_people() => None,
                    Some(q) if !tr.predicate.is_measure() && matches!(q.unit, Unit::Count { concept: Some(_) }) => {
                        match &q.unit {
                            Unit::Count { concept: Some(c) } => Some(Object::Concept { concept: c.clone() }),
                            _ => None,
                        }
                    }
                    _ if tr.predicate.is_measure() => None,
                    _ => self.object(s, ca, cb, tr, &subject, &in_attr, polarity, &mut consumed),
                };
                // "cut jobs": with no figure, the cut's object says it is a lay-off.
                let predicate = match &object {
                    Some(Object::Concept { concept }) if tr.predicate == Predicate::Cut && is_people(concept, true) => {
                        Predicate::LayOff
                    }
                    _ => tr.predicate,
                };
                // A head count is never negative: "-5 employees" counts no
                // staff. (A negative figure stays for money and percent changes.)
                let heads = predicate.counts_heads() || tr.quantity.is_some_and(|qi| counts_people(&qs[qi], true));
                if heads && quantity.as_ref().is_some_and(|q| q.value < 0.0) {
                    continue;
                }
                // A cut states its figure or what it cuts: "was eliminated
                // from the cup" cuts nothing.
                if predicate == Predicate::Cut && quantity.is_none() && !matches!(object, Some(Object::Concept { .. }))
                {
                    continue;
                }
                let time = self.time_for(s, ca, cb, tr, times);
                if quantity.is_none() && object.is_none() && time.is_none() {
                    continue;
                }
                let modality = self.modality(ca, tr);
                // "Segundo a polícia, 15 mil pessoas participaram; os
                // organizadores falam em 60 mil": a role named between the
                // previous figure and this one gives this figure its own source.
                let own_role = tr.quantity.and_then(|qi| {
                    let from = qi.checked_sub(1).map_or(s.start, |k| qs[k].last).max(s.start);
                    (from..qs[qi].first).rev().find_map(|j| {
                        cx.tags.find(j, kinds![Role], |g| match g {
                            Tag::Role(r) => Some(r),
                            _ => None,
                        })
                    })
                });
                // Or an organization named there, or "the company": "Nach
                // Angaben der IGF ... 12.000, das Unternehmen sprach von 5.000".
                let own_body = if own_role.is_none() && !attribution.is_empty() {
                    tr.quantity.filter(|&qi| qi > 0 && qs[qi - 1].first >= s.start).and_then(|qi| {
                        let (from, to) = (qs[qi - 1].last, qs[qi].first);
                        // ... that speaks before the figure ("sprach von", "fala em").
                        let speaks = |a: usize| (a..(a + 2).min(to)).any(|j| cx.tags.any(j, kinds![Reporting]));
                        let named = self
                            .entities_in(from, to)
                            .find(|m| m.kind == EntityKind::Organization && speaks(m.last))
                            .map(|m| self.entity_ref(m));
                        named.or_else(|| {
                            (from..to)
                                .find_map(|j| cx.tags.len_of(j, kinds![CompanyAnaphor]).map(|l| j + l))
                                .filter(|&end| speaks(end))
                                .and_then(|_| self.salient.map(|m| self.entity_ref(m)))
                        })
                    })
                } else {
                    None
                };
                let local;
                let attribution = match (own_role, own_body) {
                    (Some((r, _)), _) if attribution.role.is_some_and(|a| a != r) => {
                        local = Attribution { role: Some(r), ..Attribution::default() };
                        &local
                    }
                    (None, Some(body)) if attribution.affiliation.as_ref().is_none_or(|a| a.key != body.key) => {
                        local = Attribution { affiliation: Some(body), ..Attribution::default() };
                        &local
                    }
                    _ => &attribution,
                };
                // "delivered 30 jets to Qantas": Qantas received them too; "30
                // chips were delivered to X" is X's receipt only.
                if tr.predicate == Predicate::Ship {
                    if let Some(r) = self.recipient(tr, qs, cb) {
                        let passive = r.key == subject.key;
                        out.push(self.claim(
                            r,
                            Predicate::Receive,
                            object.clone(),
                            quantity.clone(),
                            time.clone(),
                            polarity,
                            modality,
                            attribution,
                            evidence(),
                        ));
                        if passive {
                            continue;
                        }
                    }
                }
                out.push(self.claim(
                    subject,
                    predicate,
                    object,
                    quantity,
                    time,
                    polarity,
                    modality,
                    attribution,
                    evidence(),
                ));
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn claim(
        &self,
        subject: EntityRef,
        predicate: Predicate,
        object: Option<Object>,
        quantity: Option<crate::schema::Quantity>,
        time: Option<crate::schema::TimeRef>,
        polarity: Polarity,
        modality: Modality,
        attribution: &Attribution,
        evidence: Evidence,
    ) -> Claim {
        Claim {
            id: String::new(),
            source: self.id.to_string(),
            lang: self.cx.lex.lang,
            subject,
            predicate,
            object,
            quantity,
            time,
            polarity,
            modality,
            attribution: attribution.clone(),
            evidence,
            also: Vec::new(),
        }
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
        if let Some(e) = self.null_subject(ca) {
            return Some(e);
        }
        // Else a spokesperson's organization speaks of itself: "La
        // porte-parole d'Arkon a démenti toute vente".
        if let Some(e) = self.speaker_affiliation(ca) {
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

    /// What an anaphor at token `at` refers to: the organization the
    /// document is about when it is named in the anaphor's sentence before
    /// it or in the [`ANAPHOR_REACH`] sentences before; else the nearest
    /// name that fits in the anaphor's sentence or the one before (see
    /// [`subjects::antecedent`]); else, farther back, the organization the
    /// document is about if it is named before, else the nearest name that
    /// fits. A company the document says another owns is no antecedent of
    /// "the company".
    fn resolve(&self, at: usize, referent: Referent) -> Option<EntityRef> {
        let owner = |m: &entities::Mention| referent == Referent::Person || !self.owned.contains(&m.key);
        let fits = |m: &entities::Mention| match referent {
            Referent::Person => m.kind == EntityKind::Person,
            Referent::Organization => m.kind == EntityKind::Organization,
            Referent::Either => matches!(m.kind, EntityKind::Person | EntityKind::Organization),
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
        let cx = self.cx;
        let before = self.subject_names(ca, tr.at).find(|m| {
            !in_attr(m.first, m.last) && m.kind != EntityKind::Code && m.kind != EntityKind::Place || {
                // A country may be the subject of a state act ("os EUA impuseram restrições").
                m.kind == EntityKind::Place && matches!(tr.predicate, Predicate::Restrict | Predicate::Export)
            }
        });
        let institution = self.institution(ca, tr);
        let institution_ref = |(j, l, r): (usize, usize, Role)| {
            let key = if r == Role::Police { "police" } else { "authorities" };
            Subject::Explicit(EntityRef { key: key.to_string(), text: cx.tokens.span_text(j, j + l).to_string() })
        };
        if let Some(m) = before {
            // The first actor of the clause: "Die Regierung hat die Exporte
            // nach China beschränkt" (a verb-final clause names the country first).
            // A country right after the institution qualifies it: "Pemerintah
            // AS", "le gouvernement américain" are the country's acts.
            let qualified = |(j, l, _): (usize, usize, Role)| m.kind == EntityKind::Place && m.first <= j + l + 1;
            if let Some(inst) = institution.filter(|&(j, l, r)| j < m.first && !qualified((j, l, r))) {
                return Some(institution_ref(inst));
            }
            return Some(Subject::Explicit(self.entity_ref(m)));
        }
        // A toll is counted in a place: "45 mortos no Nepal", "Au Maroc, 17 disparus".
        if tr.predicate.is_toll() {
            if let Some(m) = self.entities_in(ca, cb).find(|m| m.kind == EntityKind::Place && !in_attr(m.first, m.last))
            {
                return Some(Subject::Explicit(self.entity_ref(m)));
            }
        }
        if let Some(agent) = self.agent(cb, tr) {
            return Some(Subject::Explicit(agent));
        }
        if let Some(m) = self.after_trigger(cb, tr, in_attr) {
            return Some(Subject::Explicit(self.entity_ref(m)));
        }
        if let Some(inst) = institution {
            return Some(institution_ref(inst));
        }
        // A country acts as a state when nothing else is named before the
        // verb ("China bought 100,000 tonnes", "o Irã vai comprar"), unless
        // it says where ("Em Portugal, a empresa vendeu").
        // A measure counts the subject's own (users, staff): no state's.
        // "o modelo mais popular da China" names whose, not who.
        let state = self.subject_names(ca, tr.at).filter(|_| !tr.predicate.is_measure()).find(|m| {
            m.kind == EntityKind::Place && !in_attr(m.first, m.last) && !cx.lex.locative_before(cx.tokens, m.first)
        });
        let anaphor_at = (ca..tr.at).find(|&j| !in_attr(j, j + 1) && cx.tags.any(j, kinds![CompanyAnaphor]));
        if let Some(m) = state.filter(|m| anaphor_at.is_none_or(|j| m.first < j)) {
            return Some(Subject::Explicit(self.entity_ref(m)));
        }
        let named_before = self
            .subject_names(ca, tr.at)
            .any(|m| !in_attr(m.first, m.last) && !matches!(m.kind, EntityKind::Code | EntityKind::Place));
        if let Some(j) = anaphor_at {
            return self.resolve(j, Referent::Organization).map(Subject::Explicit);
        }
        if !named_before {
            if let Some((j, r)) = subjects::pronoun_in(cx, ca, tr.at).filter(|&(j, _)| !in_attr(j, j + 1)) {
                return self.resolve(j, r).map(Subject::Explicit);
            }
        }
        let counted_at_event = tr.predicate.is_toll() || tr.predicate == Predicate::Arrested;
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
    /// no possessor).
    fn null_subject(&self, ca: usize) -> Option<EntityRef> {
        let si = self.sents.partition_point(|s| s.end <= ca);
        let prev = si.checked_sub(1).and_then(|k| self.sents.get(k));
        let here = self.sents.get(si).map_or(ca, |s| s.start);
        let from = self.sents.get(si.saturating_sub(ANAPHOR_REACH)).map_or(here, |s| s.start);
        if let Some(m) = self.topic_between(from, ca) {
            return Some(self.entity_ref(m));
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
            })
            .map(|k| self.entity_ref(&self.entities[k]))
    }

    /// A subject named right after the trigger: the owner of a measure
    /// ("Il fatturato di Arkon", "the revenue of Acme"), or, where the
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
            let particle = cx.tags.len_of(end, kinds![NameParticle])?;
            return at(end + particle);
        }
        if !cx.lex_data.subject_after_verb || tr.noun || end >= cb {
            return None;
        }
        let article =
            cx.lex.is_noun_determiner(cx.tokens.folded(end)) || cx.lex.is_function_word(cx.tokens.folded(end));
        at(end).or_else(|| article.then(|| at(end + 1)).flatten())
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
    /// institution's. Its first token, length and role.
    fn institution(&self, ca: usize, tr: &Trigger) -> Option<(usize, usize, Role)> {
        let authority_act = matches!(
            tr.predicate,
            Predicate::Evacuated | Predicate::Arrested | Predicate::Restrict | Predicate::Export
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

    /// The agent of a passive: an organization or a place right after an
    /// agent marker within three tokens after the trigger ("vendido pela X").
    fn agent(&self, cb: usize, tr: &Trigger) -> Option<EntityRef> {
        let end = tr.at + tr.len.max(1);
        (end..(end + 3).min(cb)).find_map(|j| {
            let l = self.cx.tags.len_of(j, kinds![AgentMarker])?;
            let agent = |m: &&entities::Mention| {
                m.first == j + l && matches!(m.kind, EntityKind::Organization | EntityKind::Place)
            };
            starting_in(self.entities, |m| m.first, j + l, j + l + 1).iter().find(agent).map(|m| self.entity_ref(m))
        })
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
        // The place right after another number of the sentence is that number's.
        let others = |m: &entities::Mention| {
            let k = qs.partition_point(|q| q.last <= m.first);
            k > 0 && qs[k - 1].first != qa && qs[k - 1].first >= s.start && {
                let gap = qs[k - 1].last..m.first;
                gap.len() <= 3 && !gap.clone().any(|j| self.cx.tokens.toks[j].kind == Kind::Number)
            }
        };
        // A place, or a name where something happens ("em Quito", "a Rimini").
        let is_place = |m: &&entities::Mention| {
            !in_attr(m.first, m.last)
                && !others(m)
                && (m.kind == EntityKind::Place
                    || (m.kind == EntityKind::Organization && self.cx.lex.locative_before(self.cx.tokens, m.first)))
        };
        let next = qs.get(qs.partition_point(|q| q.first < qb)).map_or(cb, |q| q.first).min(cb);
        let found = self
            .entities_in(qb.min(next), next)
            .find(is_place)
            .or_else(|| self.entities_in(ca, qa.max(ca)).filter(is_place).last())
            .or_else(|| self.entities_in(ca, cb).find(is_place))
            .or_else(|| self.entities_in(s.start, s.end).find(is_place));
        match found {
            Some(m) if !self.coordinated_place(m, s) => self.entity_ref(m),
            _ => event_ref(),
        }
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
                    t.is_punct(j, ',') || (t.toks[j].kind == Kind::Word && self.cx.lex.is_function_word(t.folded(j)))
                })
        };
        self.entities_in(s.start, s.end).any(|o| {
            o.kind == EntityKind::Place && o.key != m.key && (joins(m.last, o.first) || joins(o.last, m.first))
        })
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
        if tr.predicate == Predicate::Raise && polarity == Polarity::Affirmed {
            return None;
        }
        let start = tr.at + tr.len.max(1);
        let end = (start + OBJECT_WINDOW).min(cb);
        let usable =
            |m: &&entities::Mention| m.kind != EntityKind::Place && m.key != subject.key && !in_attr(m.first, m.last);
        if matches!(tr.predicate, Predicate::Launch | Predicate::Buy) {
            let dist = |m: &&entities::Mention| if m.first >= tr.at { m.first - tr.at } else { tr.at - m.last + 1 };
            if let Some(m) = self.entities_in(s.start, s.end).filter(usable).min_by_key(dist) {
                return Some(Object::Entity { entity: self.entity_ref(m) });
            }
        }
        let ent =
            self.entities_in(start, end).find(usable).map(|m| (m.first, Object::Entity { entity: self.entity_ref(m) }));
        let concept_at = |j: usize| {
            if in_attr(j, j + 1) {
                return None;
            }
            cx.tags.find(j, kinds![Concept], |g| match g {
                Tag::Concept(k) if !k.is_empty() => Some(k),
                _ => None,
            })
        };
        let concept = (start..end).find_map(|j| concept_at(j).map(|(k, _)| (j, k)));
        match (ent, concept) {
            (Some((ej, e)), c) if c.is_none_or(|(cj, _)| ej < cj) => Some(e),
            (_, Some((cj, k))) => {
                consumed.push(cj);
                Some(Object::Concept { concept: Concept(k.to_string()) })
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
                let back = tr.at.saturating_sub(6).max(ca)..tr.at;
                let concept = back
                    .clone()
                    .rev()
                    .find_map(|j| concept_at(j).map(|(k, _)| Object::Concept { concept: Concept(k.to_string()) }));
                concept.or_else(|| {
                    self.entities_in(back.start, back.end)
                        .filter(usable)
                        .last()
                        .map(|m| Object::Entity { entity: self.entity_ref(m) })
                })
            }
        }
    }

    /// The recipient of a delivery: an entity after a recipient marker
    /// within eight tokens after the verb or its quantity.
    fn recipient(&self, tr: &Trigger, qs: &[numbers::Mention], cb: usize) -> Option<EntityRef> {
        let cx = self.cx;
        let from = tr.quantity.map_or(tr.at + tr.len.max(1), |qi| qs[qi].last.max(tr.at + tr.len.max(1)));
        self.entities_in(from, (from + 8).min(cb))
            .find(|m| m.kind != EntityKind::Code && cx.lex.recipient_before(cx.tokens, m.first))
            .map(|m| self.entity_ref(m))
    }

    /// The person or organization named right after a quantity, past one
    /// short linking word ("de", "pour", "untuk", "of").
    fn holder_after(&self, q: &numbers::Mention, cb: usize) -> Option<EntityRef> {
        let cx = self.cx;
        let t = cx.tokens;
        let link = q.last;
        let linking = t.toks.get(link).is_some_and(|k| k.kind == Kind::Word && k.case == Case::Lower)
            && cx.lex.is_function_word(t.folded(link))
            && t.folded(link).chars().count() <= 5;
        if !linking {
            return None;
        }
        self.entities_in(link + 1, cb)
            .next()
            .filter(|m| m.first == link + 1 && matches!(m.kind, EntityKind::Person | EntityKind::Organization))
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
        let end = if cx.tokens.is_punct(ca - 1, ',') { ca - 1 } else { ca };
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
        for j in start..end.min(start + 4) {
            let tok = t.toks[j];
            let w = t.folded(j);
            // An elision's apostrophe ("d'antennes", "l'usine").
            if tok.kind == Kind::Punct && w == "'" && !tok.space_before {
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

    /// The time of the clause nearest the trigger.
    /// When the clause has none, the one time of the sentence, if it has
    /// exactly one ("sejak 2022 ketika ... membatasi ekspor").
    fn time_for(
        &self,
        s: Sentence,
        ca: usize,
        cb: usize,
        tr: &Trigger,
        times: &[time::Mention],
    ) -> Option<crate::schema::TimeRef> {
        // A time after the verb is its complement more often than one
        // before it: ties go to the one after.
        let dist = |m: &&time::Mention| if m.first >= tr.at { 2 * (m.first - tr.at) } else { 2 * (tr.at - m.last) + 3 };
        let in_clause = starting_in(times, |m| m.first, ca, cb).iter().filter(|m| m.last <= cb).min_by_key(dist);
        if let Some(m) = in_clause {
            return Some(m.time.clone());
        }
        // A measure (staff, users, revenue) is dated in its own clause only:
        // "A X, que emprega 38 mil pessoas, quer economizar ... até 2027".
        if tr.predicate.is_measure() {
            return None;
        }
        let mut in_sentence = starting_in(times, |m| m.first, s.start, s.end).iter().filter(|m| m.last <= s.end);
        match (in_sentence.next(), in_sentence.next()) {
            (Some(m), None) => Some(m.time.clone()),
            _ => None,
        }
    }

    /// Whether a negation adverb stands within three tokens before the
    /// trigger, or a negative determiner anywhere before it in the clause.
    fn negated(&self, ca: usize, tr: &Trigger, muted: &dyn Fn(usize) -> bool) -> bool {
        let cx = self.cx;
        let near = tr.at.saturating_sub(3).max(ca);
        (near..tr.at).any(|j| !muted(j) && cx.tags.any(j, kinds![Negation]))
            || (ca..tr.at).any(|j| !muted(j) && cx.tags.any(j, kinds![NegativeDeterminer]))
    }

    fn modality(&self, ca: usize, tr: &Trigger) -> Modality {
        let cx = self.cx;
        let marked = (ca..tr.at).rev().find_map(|j| {
            cx.tags.find(j, kinds![Modality], |g| match g {
                Tag::Modality(m) => Some(m),
                _ => None,
            })
        });
        match marked {
            Some((m, _)) => m,
            None if tr.predicate == Predicate::Plan => Modality::Planned,
            // "planned to buy": the plan is the act's modality.
            None if (tr.at.saturating_sub(3).max(ca)..tr.at)
                .any(|j| cx.tags.has(j, kinds![Predicate], |g| matches!(g, Tag::Predicate(Predicate::Plan)))) =>
            {
                Modality::Planned
            }
            None => Modality::Asserted,
        }
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
            // "Instagram's parent company Meta": the possessor is governed, the
            // name after the noun is in apposition.
            let possessor = (i >= 3 && t.folded(i - 1) == "s" && matches!(t.raw(i - 2), "'" | "’"))
                .then(|| ents.iter().find(|m| m.last == i - 2))
                .flatten();
            if let Some(y) = possessor {
                if let Some(x) = ents.iter().find(|m| m.first == i + l && m.key != y.key) {
                    let (owner, owned) = if owner_noun { (x, y) } else { (y, x) };
                    governed_spans.push((y.first, y.last));
                    out.push(Relation {
                        kind: RelationKind::Owns,
                        from: self.entity_ref(owner),
                        to: self.entity_ref(owned),
                        source: Some(self.id.to_string()),
                        evidence: Some(Evidence {
                            start: t.toks[s.start].start,
                            end: t.toks[s.end - 1].end,
                            text: t.span_text(s.start, s.end).to_string(),
                        }),
                    });
                    continue;
                }
            }
            // The entity the noun governs: within five lowercase words after it.
            let Some(governed) = ents.iter().find(|m| {
                m.first >= i + l
                    && m.first <= i + l + 5
                    && (i + l..m.first).all(|j| {
                        (t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower)
                            || (matches!(t.raw(j), "'" | "’") && !t.toks[j].space_before)
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
                        .all(|j| t.is_punct(j, ',') || (t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower))
                    && (m.last..i).any(|j| t.is_punct(j, ','))
            });
            let after = || {
                let comma = (governed.last..(governed.last + 4).min(s.end)).find(|&j| t.is_punct(j, ','))?;
                ents.iter().find(|m| m.first == comma + 1)
            };
            governed_spans.push((governed.first, governed.last));
            let Some(other) = before.or_else(after) else { continue };
            if other.key == governed.key {
                continue;
            }
            let (owner, owned) = if owner_noun { (other, governed) } else { (governed, other) };
            let evidence = Evidence {
                start: t.toks[s.start].start,
                end: t.toks[s.end - 1].end,
                text: t.span_text(s.start, s.end).to_string(),
            };
            out.push(Relation {
                kind: RelationKind::Owns,
                from: self.entity_ref(owner),
                to: self.entity_ref(owned),
                source: Some(self.id.to_string()),
                evidence: Some(evidence),
            });
        }
        (out, governed_spans)
    }
}

//! The claims of one sentence, as named passes over its clauses:
//!
//! 1. [`Doc::sentence_scope`]: what the whole sentence says about every
//!    clause (who speaks, what is muted, where a denial stands);
//! 2. [`Doc::clauses`]: the clause spans;
//! 3. [`Doc::no_comment_claim`]: "X declined to comment", a claim of its own;
//! 4. [`Doc::clause`]: the clause's triggers ([`Doc::triggers`]), plans
//!    folded into the acts they plan ([`fold_plans`]), figures attached
//!    ([`Doc::attach_figures`]) and predicates retyped by their figure
//!    ([`retype`]);
//! 5. [`Doc::draft`]: per trigger, a [`ClaimDraft`] with its subject,
//!    figure, polarity, object, time, modality and attribution;
//! 6. [`Doc::emit`]: the draft as claims (a delivery is also a receipt).

use super::scope::{Carry, Island, Span};
use super::{Doc, FINE, Subject, Trigger, aboard, counts_people, filters, is_people, starting_in, window};
use crate::extract::{entities, notcounts, numbers, time};
use crate::lang::{Area, FineMark, Kinds, Tag, kinds};
use crate::schema::{
    Attribution, Claim, Concept, EntityKind, EntityRef, Evidence, Modality, Object, Polarity, Predicate, Qualifier,
    Quantity, TimeRef, TimeValue, Unit,
};
use crate::text::{Case, Kind, Sentence};

/// What a sentence says about each of its clauses.
pub(super) struct SentenceScope {
    /// The sentence.
    pub s: Sentence,
    /// The kinds of the phrases that start in the sentence.
    pub kinds: Kinds,
    /// Who the sentence says speaks.
    pub attribution: Attribution,
    /// The organization that speaks where no one else is said to (see
    /// [`Doc::speaking_body`]), and whether it owns what it says (it is
    /// the subject of the reporting verb, or a public body) rather than
    /// only being cited.
    pub body: Option<(EntityRef, bool)>,
    /// Spans that name a source or an entity governed by an ownership noun:
    /// never a subject, an object or a figure.
    pub attr_spans: Vec<(usize, usize)>,
    /// "No comment" phrases: no trigger and no negation inside them.
    pub no_comment: Vec<(usize, usize)>,
    /// The first denial verb of the sentence outside a "no comment" phrase.
    pub denial_at: Option<usize>,
    /// Quotations and relative clauses (see `scope`).
    pub islands: Vec<Island>,
}

/// How many figures listed at places may stand between a part marker and
/// a figure that is still a part ([`Doc::is_part`]): "including 57 in
/// Belmora, 25 in Lamora, ...".
const PART_LIST_REACH: usize = 32;

/// How many lowercase words may stand between two figures of one list
/// ([`Doc::listed_after`]): the first figure's noun and an adjective.
const LISTED_WORDS: usize = 2;
impl SentenceScope {
    /// Whether tokens `a..b` overlap an attribution span.
    pub fn in_attr(&self, a: usize, b: usize) -> bool {
        self.attr_spans.iter().any(|&(x, y)| a < y && x < b)
    }

    /// Whether token `i` is inside a "no comment" phrase.
    pub fn muted(&self, i: usize) -> bool {
        self.no_comment.iter().any(|&(a, b)| i >= a && i < b)
    }
}

/// Whether word `i` is the name of a web domain: a stop glued to it and
/// to a short lowercase word after it ("Suara.com", "Detik.com"), an
/// outlet's address, not the word ("suara", votes).
fn in_domain(t: &crate::text::Tokens, i: usize) -> bool {
    let glued = |j: usize| j < t.len() && !t.toks[j].space_before();
    let tld = |j: usize| {
        t.toks[j].kind == Kind::Word
            && t.toks[j].case == crate::text::Case::Lower
            && (2..=4).contains(&t.raw(j).len())
            && t.raw(j).bytes().all(|b| b.is_ascii_lowercase())
    };
    i + 2 < t.len() && t.is_punct(i + 1, '.') && glued(i + 1) && glued(i + 2) && tld(i + 2)
}

/// Whether token `j` is one of its language's copulas
/// ([`crate::lang::Lexicon::copulas`]), folded as tokens are.
pub(super) fn is_copula(cx: &crate::extract::Ctx, j: usize) -> bool {
    static FOLDED: once_cell::sync::Lazy<Vec<Vec<String>>> = once_cell::sync::Lazy::new(|| {
        crate::Lang::ALL
            .iter()
            .map(|l| {
                let lex = l.lexicon();
                lex.copulas.iter().map(|c| crate::text::fold_as(c, lex.keep_marks)).collect()
            })
            .collect()
    });
    let w = cx.tokens.folded(j);
    FOLDED[cx.lex_data.lang.index()].iter().any(|c| c == w)
}

/// How many light words may stand between a copula and the group it says
/// victims are ("erano tutte adulte"; [`Doc::predicated_group`]).
const PREDICATED_GROUP: usize = 2;

/// How far after a cut's share its staff noun may end ("5% of Amazon's
/// corporate workforce"; [`Doc::staff_cuts`]).
const SHARE_OF_STAFF: usize = 6;

/// How far back a phrase covering a predicate word may start.
const COVER_WINDOW: usize = 4;

/// How far before the word of an effect a passive's figure may end: the
/// auxiliaries between ("devices have been affected") and a short
/// modifier of the figure's noun ("8,5 millions de machines fonctionnant
/// sous Windows ont été touchés": six words; "more than 400,000 people in
/// eastern state of Orissa have been affected": seven).
const PASSIVE_GAP: usize = 8;

/// The kinds of phrase a predicate word inside them is no verb of. Not a
/// modal phrase: "sedang merencanakan" (is planning) ends with its verb.
const SHIELDS: Kinds = kinds![
    Concept,
    Role,
    Institution,
    Reporting,
    Denial,
    NoComment,
    CompanyAnaphor,
    OwnerNoun,
    OwnedNoun,
    Anonymous,
    AccordingTo,
    Place
];

/// Whether the predicate phrase of `l` tokens at `i` is a piece of a longer
/// phrase of another kind ([`SHIELDS`]): one that starts before it and covers it ("nhận",
/// receive, in "xác nhận", confirm), or one that starts with it and is
/// longer ("bán", sell, in "bán dẫn", semiconductor). A language whose words
/// are syllables written apart (Vietnamese) meets this at every turn.
fn inside_other_phrase(cx: &crate::extract::Ctx, i: usize, l: usize) -> bool {
    let shields = |j: usize, reach: usize| {
        cx.tags.at(j).iter().any(|m| j + m.len() >= reach && Kinds::of(&[m.tag.kind()]).meets(SHIELDS))
    };
    (i.saturating_sub(COVER_WINDOW)..i).any(|j| shields(j, i + 1)) || shields(i, i + l + 1)
}

/// One clause of a sentence: its span, the antecedent it speaks of when it
/// is a relative clause, the islands inside it, the modality it carries
/// from the clause before, and its triggers with their figures.
pub(super) struct Clause {
    /// The first token.
    pub start: usize,
    /// The token after the last one.
    pub end: usize,
    /// The entity a relative clause speaks of ("Rivex, which raised").
    pub antecedent: Option<EntityRef>,
    /// The sentence's islands and the clause's isolated conjuncts: what is
    /// inside one belongs to nothing outside it.
    pub islands: Vec<Island>,
    /// The modality the clause before passes on (see `scope`).
    pub carried: Option<Modality>,
    /// The clause it is a conjunct of (itself when it has no sibling).
    pub whole: (usize, usize),
    /// Triggers in text order, each with the figure it carries.
    pub triggers: Vec<Trigger>,
    /// The kinds of the phrases that start in the clause.
    pub kinds: Kinds,
}

impl Clause {
    /// Whether a phrase of the kinds `k` may start in tokens `a..b`: false
    /// only when the range is inside the clause and the clause has none.
    pub fn may_start(&self, a: usize, b: usize, k: Kinds) -> bool {
        !(a >= self.start && b <= self.end) || self.kinds.meets(k)
    }

    /// The innermost island holding token `i` (of those binding figures, with `figures`).
    fn island(&self, i: usize, figures: bool) -> Option<Island> {
        self.islands
            .iter()
            .filter(|x| x.holds(i) && (x.binds_figures || !figures))
            .min_by_key(|x| x.end - x.start)
            .copied()
    }

    /// Whether a word at `j` may bear on the trigger at `t`: it is in no
    /// island, or in one that holds the trigger too.
    pub fn reaches(&self, j: usize, t: usize) -> bool {
        self.island(j, false).is_none_or(|x| x.holds(t))
    }

    /// Whether a figure at `q` and a trigger at `t` are in the same island
    /// that binds figures, or both in none.
    pub fn together(&self, q: usize, t: usize) -> bool {
        self.island(q, true) == self.island(t, true)
    }
}

/// A claim being drafted from one trigger.
pub(super) struct ClaimDraft {
    pub subject: EntityRef,
    pub predicate: Predicate,
    pub object: Option<Object>,
    pub quantity: Option<Quantity>,
    pub time: Option<TimeRef>,
    pub polarity: Polarity,
    pub modality: Modality,
    pub attribution: Attribution,
    /// Whether the figure is a part of the one before it (see [`Claim::part`]).
    pub part: bool,
}

impl ClaimDraft {
    /// A draft with only a subject and a predicate, affirmed and asserted.
    pub fn new(subject: EntityRef, predicate: Predicate, attribution: Attribution) -> ClaimDraft {
        ClaimDraft {
            subject,
            predicate,
            object: None,
            quantity: None,
            time: None,
            polarity: Polarity::Affirmed,
            modality: Modality::Asserted,
            attribution,
            part: false,
        }
    }
}

/// What the passes over one sentence carry from clause to clause.
struct Running {
    /// The subject of the last claim that had one of its own: a clause that
    /// names nobody speaks of it.
    subject: Option<EntityRef>,
    /// The modality of the last claim of the clause.
    modality: Option<Modality>,
    /// The last toll of the clause before, with its figure (see
    /// [`Doc::elided_tolls`]).
    toll: Option<Trigger>,
}

impl Doc<'_, '_> {
    /// A draft as a claim of this document, with the sentence as evidence.
    pub(super) fn finish(&self, d: ClaimDraft, s: Sentence) -> Claim {
        let t = self.cx.tokens;
        Claim {
            id: String::new(),
            source: self.source.clone(),
            lang: self.cx.lex.lang,
            subject: d.subject,
            predicate: d.predicate,
            object: d.object,
            quantity: d.quantity,
            time: d.time,
            polarity: d.polarity,
            modality: d.modality,
            attribution: d.attribution,
            evidence: Evidence {
                start: t.toks[s.start].start(),
                end: t.toks[s.end - 1].end(),
                text: self.sentence_text(s),
            },
            also: Vec::new(),
            zone: None,
            superseded: false,
            part: d.part,
        }
    }

    /// The claims of one sentence.
    pub(super) fn sentence_claims(
        &self,
        s: Sentence,
        qs: &[numbers::Mention],
        times: &[time::Mention],
        governed: &[(usize, usize)],
        out: &mut Vec<Claim>,
    ) {
        let Some(sc) = self.sentence_scope(s, qs, governed) else { return };
        let mut running = Running { subject: None, modality: None, toll: None };
        let mut carry = Carry::default();
        for span in self.clauses(s, sc.kinds, qs, times) {
            // A relative clause ("Rivex, which raised €80 million") speaks of its
            // antecedent, and is no part of what a denial before it denies.
            let antecedent = self.antecedent(s, span.start);
            let end = self.no_comment_claim(&sc, span.start, span.end, out);
            let mut clause = self.clause(&sc, span, end, antecedent, carry, qs);
            if clause.triggers.is_empty() {
                clause.triggers = self.elided_tolls(&sc, &clause, qs, running.toll);
            }
            if clause.triggers.is_empty() {
                clause.triggers = self.bracketed_parts(&clause, qs, running.toll);
            }
            running.modality = None;
            self.clause_claims(&sc, &clause, qs, times, &mut running, out);
            // The clause after a relative one set off by commas goes on with
            // its antecedent ("Acme, which was bought by Globex, sold 100
            // jets": Acme's); "told Reuters that" opens no relative clause.
            let set_off = clause.start > s.start && self.cx.tokens.is_comma(clause.start - 1);
            if let Some(a) = clause.antecedent.as_ref().filter(|_| set_off) {
                running.subject = Some(a.clone());
            }
            running.toll =
                clause.triggers.iter().rev().find(|t| t.predicate.is_toll() && t.quantity.is_some()).copied();
            carry = self.carried_modality(&clause, running.modality);
        }
    }

    /// What the sentence says about every clause; `None` when it states
    /// nothing the passes read (most sentences: skipped before any other work).
    fn sentence_scope(
        &self,
        s: Sentence,
        qs: &[numbers::Mention],
        governed: &[(usize, usize)],
    ) -> Option<SentenceScope> {
        let cx = self.cx;
        let lo = qs.partition_point(|q| q.first < s.start);
        let measured = qs[lo..].iter().take_while(|q| q.first < s.end).any(|q| q.measure.is_some());
        // What the sentence's phrases are: a pass the sentence has no phrase
        // for is skipped. An area may say people were aboard ("with 242
        // people on board").
        let sk = cx.tags.kinds_in(s.start, s.end);
        if !measured && !sk.meets(kinds![Predicate, NoComment, Measure, Fine, Effect, Area]) {
            return None;
        }
        let (attribution, mut attr_spans) = self.attribution(s, sk);
        // Entities governed by an ownership noun ("dona do Y") are no subjects either.
        attr_spans.extend_from_slice(governed);
        let mut no_comment = Vec::new();
        if sk.meets(kinds![NoComment]) {
            for i in s.start..s.end {
                if let Some(l) = cx.tags.len_of(i, kinds![NoComment]) {
                    no_comment.push((i, i + l));
                }
            }
        }
        let islands = self.islands(s, sk);
        let body = if attribution.is_empty() { self.speaking_body(s, sk) } else { None };
        let mut sc =
            SentenceScope { s, kinds: sk, attribution, body, attr_spans, no_comment, denial_at: None, islands };
        if sk.meets(kinds![Denial]) {
            sc.denial_at = (s.start..s.end).find(|&i| cx.tags.any(i, kinds![Denial]) && !sc.muted(i));
        }
        Some(sc)
    }

    /// "X did not respond": a claim of its own, never a denial. Returns
    /// where the rest of the clause ends: at the phrase, since what comes
    /// before it in the clause may state something ("La empresa, que
    /// emplea a unas 600 personas, no quiso hacer comentarios").
    fn no_comment_claim(&self, sc: &SentenceScope, ca: usize, cb: usize, out: &mut Vec<Claim>) -> usize {
        let (cx, s) = (self.cx, sc.s);
        let t = cx.tokens;
        let Some(&(na, _)) = sc.no_comment.iter().find(|&&(a, _)| a >= ca && a < cb) else { return cb };
        // Who: the last name before the phrase in the sentence, else the
        // organization the document is about when "la société" refers to it.
        // An appositive between the name and the phrase speaks of
        // something else: "Aquaport, the company that operates the
        // Kessel dam, declined to comment" is Aquaport's.
        let before_appositive = (na > s.start + 1 && t.is_comma(na - 1))
            .then(|| (s.start..na - 1).rev().find(|&k| t.is_comma(k)))
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
            let draft = ClaimDraft::new(who, Predicate::DeclineComment, sc.attribution.clone());
            out.push(self.finish(draft, s));
        }
        na
    }

    /// The clause of a span (ending at `end`) with its triggers and their
    /// figures, and the modality it takes from the clause before.
    fn clause(
        &self,
        sc: &SentenceScope,
        span: Span,
        end: usize,
        antecedent: Option<EntityRef>,
        carry: Carry,
        qs: &[numbers::Mention],
    ) -> Clause {
        let (ca, cb, whole) = (span.start, end, span.whole);
        let mut islands = sc.islands.clone();
        islands.extend(span.isolated);
        let kinds = self.cx.tags.kinds_in(ca, cb);
        let (carried, triggers) = (carry.governing, Vec::new());
        let mut clause = Clause { start: ca, end: cb, antecedent, islands, carried, whole, triggers, kinds };
        let mut triggers = self.triggers(sc, ca, cb, qs);
        fold_plans(&mut triggers);
        fold_costs(&mut triggers);
        self.attach_figures(sc, &clause, qs, &mut triggers);
        retype(&mut triggers, qs);
        self.staff_cuts(&mut triggers, qs, cb);
        triggers.retain(|tr| !tr.noun || tr.quantity.is_some());
        self.affected_staff(&mut triggers, sc.s, clause.kinds);
        // A conjunct that starts with its verb shares the modality of the
        // one before: "plans to buy Globex and close two plants".
        let verb_first = triggers.first().is_some_and(|tr| {
            self.entities_in(ca, tr.at).next().is_none() && starting_in(qs, |q| q.first, ca, tr.at).is_empty()
        });
        if span.coordinated && verb_first {
            clause.carried = clause.carried.or(carry.shared);
        }
        clause.triggers = triggers;
        clause
    }

    /// The predicate words of a clause, and the measure nouns standing
    /// apart from a number ("23 pescadores siguen desaparecidos").
    fn triggers(&self, sc: &SentenceScope, ca: usize, cb: usize, qs: &[numbers::Mention]) -> Vec<Trigger> {
        let mut triggers: Vec<Trigger> = Vec::new();
        let mut i = ca;
        while i < cb {
            let silent = sc.muted(i) || in_domain(self.cx.tokens, i);
            match (!silent).then(|| self.trigger_at(sc, i, qs)).flatten() {
                Some((found, l)) => {
                    triggers.extend(found);
                    i += l;
                }
                None => i += 1,
            }
        }
        // "89 Menschen würden in der am schwersten betroffenen Region
        // vermisst": another toll or a lay-off in the clause holds its
        // figures; what was affected is the clause's only tally or none.
        let tally = |tr: &Trigger| {
            tr.predicate != Predicate::Affected && (tr.predicate.is_toll() || tr.predicate == Predicate::LayOff)
        };
        if triggers.iter().any(tally) {
            triggers.retain(|tr| tr.predicate != Predicate::Affected);
        }
        triggers
    }

    /// The trigger the phrase at token `i` makes, if any, and the
    /// phrase's length: a predicate ([`Doc::act_trigger`]), a word of an
    /// effect where it states what a figure counts
    /// ([`Doc::affects_a_figure`]), a fine's word, or a measure noun
    /// standing apart from a number. `None` where no such phrase starts.
    fn trigger_at(&self, sc: &SentenceScope, i: usize, qs: &[numbers::Mention]) -> Option<(Option<Trigger>, usize)> {
        let cx = self.cx;
        let trigger = |predicate, len, noun| Trigger { at: i, len, predicate, quantity: None, noun };
        if let Some((p, l)) = cx.tags.find(i, kinds![Predicate], |g| match g {
            Tag::Predicate(p) => Some(p),
            _ => None,
        }) {
            // "hat 78 Menschenleben gefordert": a phrase that opens at the
            // noun of a figure's phrase is the verb after it.
            let k = qs.partition_point(|q| q.first < i);
            let figure_end = k.checked_sub(1).map(|k| qs[k].last).filter(|&e| e > i && e < i + l);
            let tr = match figure_end {
                Some(e) => self.act_trigger(sc, e, p, i + l - e),
                None => self.act_trigger(sc, i, p, l),
            };
            return Some((tr, l));
        }
        // "were affected", "afetou 8,5 milhões": what an effect counts,
        // where the word states it.
        if let Some(l) = cx.tags.len_of(i, kinds![Effect]) {
            let states = self.affects_a_figure(i, l, qs) && !self.in_source(i) && !self.excluded(i, l, true);
            return Some((states.then(|| trigger(Predicate::Affected, l, false)), l));
        }
        // "fined", "was fined", "une amende": a fine is a price.
        let fine = cx.tags.find(i, kinds![Fine], |g| match g {
            Tag::Fine(m) => Some(m),
            _ => None,
        });
        if let Some((mark, l)) = fine {
            // The noun takes the figure right before it too ("18億ユーロの制裁金").
            return Some((Some(trigger(Predicate::Price, l, mark == FineMark::Noun)), l));
        }
        let in_quantity = || {
            let k = qs.partition_point(|q| q.first <= i);
            k > 0 && qs[k - 1].last > i
        };
        let (p, l) = cx.tags.find(i, kinds![Measure], |g| match g {
            Tag::Measure(p) => Some(p),
            _ => None,
        })?;
        // "are missing", "estão desaparecidas": a toll's word after a
        // copula is the clause's verb. Bodies apart from a number count
        // no figure ("daños en los cuerpos, 27 fueron reconocidas").
        let apart = !in_quantity() && !self.excluded(i, l, false) && !self.part_of_act(i) && !is_body(cx, i);
        apart.then(|| (Some(trigger(p, l, !(i > 0 && p.is_toll() && is_copula(cx, i - 1)))), l))
    }

    /// The trigger of the predicate `p` whose phrase spans `i..i + l`, or
    /// none: a verb that opens a longer request, one inside a source's
    /// words, a receipt of a fine, one inside another phrase, excluded or
    /// part of another act makes no trigger of its own.
    fn act_trigger(&self, sc: &SentenceScope, i: usize, p: Predicate, l: usize) -> Option<Trigger> {
        let cx = self.cx;
        // A verb that opens a longer request is no act of its own:
        // "pediu que o fornecedor enviasse" orders nothing.
        let request = cx.tags.at(i).iter().any(|m| m.len() > l && m.tag == Tag::Modality(Modality::Requested));
        // "received a fine", "Denda yang diterima Acme": the fine's noun
        // claims, with the one receiving it.
        let fine_received = p == Predicate::Receive && self.next_to_fine_noun(i, l);
        let none = request
            || self.in_source(i)
            || fine_received
            || inside_other_phrase(cx, i, l)
            || self.excluded(i, l, true)
            || self.part_of_act(i)
            || self.cut_cost(i, p);
        // "..." said in a statement received by Globex": the report's own
        // tale claims only with a figure.
        (!none).then(|| Trigger {
            at: i,
            len: l,
            predicate: p,
            quantity: None,
            noun: self.tells_of_report(sc.s.start, i),
        })
    }

    /// Whether the word of an effect at `i..i + l` ("affected", "afetadas",
    /// "betroffen") states what a figure counts, as a verb: its object
    /// right after it, past at most the preposition of a personal object
    /// ("affected 8.5 million devices", "afectó a 8,5 millones"; not "lo
    /// stato colpito ha 2 milioni di abitanti"); its figure's phrase
    /// right before it, past at most one word of no lexicon kind ("10.000
    /// Anwohner betroffen", "8,5 juta perangkat ikut terganggu"); or a
    /// copula or a passive's auxiliary before it ("were affected", "foram
    /// afetadas"), with its figure a few words before. An attribute of
    /// another noun is none: "nos estados afetados", "in der am schwersten
    /// betroffenen Region".
    fn affects_a_figure(&self, i: usize, l: usize, qs: &[numbers::Mention]) -> bool {
        let cx = self.cx;
        let t = cx.tokens;
        // "afectó a 8,5 millones": the preposition of a personal object.
        let recipient = |j: usize| j < t.len() && cx.lex_data.recipient_markers.contains(&t.folded(j));
        // The mentions are in text order: the first one after the word,
        // the last one before it.
        let after = qs.partition_point(|q| q.first < i + l);
        let object = qs.get(after).is_some_and(|q| q.first == i + l || (q.first == i + l + 1 && recipient(i + l)));
        let plain =
            |j: usize| t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower && cx.tags.at(j).is_empty();
        let before = qs.partition_point(|q| q.last <= i);
        let last = before.checked_sub(1).map(|k| &qs[k]);
        let holder = last.is_some_and(|q| q.last == i || (q.last + 1 == i && plain(q.last)));
        // A passive's figure stands a few words before its auxiliary
        // ("8.5 million devices have been affected"); "nello stato colpito"
        // has none.
        let passive = i > 0 && is_copula(cx, i - 1) && last.is_some_and(|q| q.last + PASSIVE_GAP >= i);
        object || holder || passive
    }

    /// Whether a fine's noun stands within [`FINE_NOUN_REACH`] tokens
    /// before or after the phrase at `i..i + l`, no punctuation between:
    /// "received a fine", "recibido multas", "Denda yang diterima".
    fn next_to_fine_noun(&self, i: usize, l: usize) -> bool {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let noun = |j: usize| tags.at(j).iter().any(|m| m.tag == Tag::Fine(FineMark::Noun));
        let open = |j: &usize| t.toks[*j].kind != Kind::Punct;
        let before = (i.saturating_sub(FINE_NOUN_REACH)..i).rev().take_while(open).any(noun);
        let after = (i + l..(i + l + FINE_NOUN_REACH).min(t.len())).take_while(open).any(noun);
        before || after
    }

    /// Whether token `i` stands in a trailing phrase naming a source: an
    /// "according to" right after a comma or after the clause's figure, at most
    /// [`window::SOURCE_PHRASE`] tokens before `i` with no mark between
    /// ("..., según el aviso recibido en el servicio de emergencias",
    /// "..., according to the notice received by"). What befalls the
    /// source is no act. A source before its clause's verb leaves the verb
    /// alone: "Schätzungen zufolge starben 170", "Según la policía
    /// murieron 300".
    fn in_source(&self, i: usize) -> bool {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        // With no comma, after the clause's figure: "265 bodies have
        // reached the hospital as per the message we received".
        let after_figure = |j: usize| {
            (j.saturating_sub(window::FIGURE_BEFORE_SOURCE)..j)
                .rev()
                .take_while(|&k| t.toks[k].kind != Kind::Punct)
                .any(|k| t.toks[k].kind == Kind::Number)
        };
        (i.saturating_sub(window::SOURCE_PHRASE)..i)
            .rev()
            .take_while(|&j| t.toks[j].kind != Kind::Punct)
            .any(|j| j > 0 && tags.any(j, kinds![AccordingTo]) && (t.is_comma(j - 1) || after_figure(j)))
    }

    /// Whether token `i` stands in the attribution after a quotation: a
    /// quotation mark, then a verb of saying, then `i` with no quotation
    /// mark or clause break between, each at most [`window::REPORT_TALE`]
    /// tokens before the next, in the sentence starting at `start`
    /// ("\"Five people died,\" Rowe said in a statement received by
    /// Globex", "kata Rowe dalam keterangan tertulis yang diterima
    /// Globex"). What happens there befalls the report.
    fn tells_of_report(&self, start: usize, i: usize) -> bool {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let quote = |j: usize| super::attribution::is_quote_at(t, j);
        // Not inside a quotation that opens after the verb of saying, nor
        // in what it says ("affermando che nessun nuovo modello").
        let said = |j: usize| quote(j) || tags.any(j, kinds![ClauseBreak]);
        let reach = |j: usize| start.max(j.saturating_sub(window::REPORT_TALE));
        (reach(i)..i)
            .rev()
            .find(|&j| tags.any(j, kinds![Reporting]))
            .is_some_and(|r| (reach(r)..r).any(quote) && !(r..i).any(said))
    }

    /// Whether the predicate word at `i` (`l` tokens) is set apart from the
    /// sentence's figures by a word of exclusion
    /// ([`crate::lang::Lexicon::exclusions`]) with no figure of its own:
    /// "besides those confirmed dead, 10,100 are missing", "除遇难者外,
    /// 还有10100人失踪", "사망이 확인된 사람 이외에 1만100명이 실종". The
    /// word stands at most [`window::EXCLUSION`] tokens before it (after it
    /// where the verb ends the clause), no number and no punctuation
    /// between, and, for a verb, no number after it before the next
    /// punctuation: "besides 11,300 dead" and "in addition to cutting
    /// 15,000 jobs" keep their claims.
    fn excluded(&self, i: usize, l: usize, verb: bool) -> bool {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let clear = |a: usize, b: usize| (a..b).all(|j| !matches!(t.toks[j].kind, Kind::Number | Kind::Punct));
        if self.cx.lex_data.verb_final {
            let end = (i + l + window::EXCLUSION).min(t.len());
            return (i + l..end).find(|&j| tags.any(j, kinds![Exclusion])).is_some_and(|j| clear(i + l, j));
        }
        // A verb's figure follows it, up to the next punctuation: "in
        // addition to cutting 15,000 jobs" keeps its claim. (A measure
        // noun's figure stands before it: "außer den Toten werden 10.100
        // vermisst" counts the missing.)
        // Read only where an exclusion word stands before, and only up to
        // the first number or punctuation: no scan of a run-on text per word.
        let no_figure_after =
            || (i + l..t.len()).take_while(|&j| t.toks[j].kind != Kind::Punct).all(|j| t.toks[j].kind != Kind::Number);
        let from = i.saturating_sub(window::EXCLUSION);
        let word = (from..i).rev().find(|&j| tags.any(j, kinds![Exclusion]));
        word.is_some_and(|j| clear(j + 1, i) && (!verb || no_figure_after()))
    }

    /// Whether the predicate word at `i` names a part of an act: a word of
    /// majority ([`crate::lang::Lexicon::majorities`]) starting at most
    /// [`window::MAJORITY`] tokens before it, no number and no
    /// punctuation between, and one or two words that link them ("la
    /// maggior parte dei licenziamenti", "most of the layoffs"). "Most of
    /// the 15,000 layoffs" keeps its claim.
    fn part_of_act(&self, i: usize) -> bool {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let from = i.saturating_sub(window::MAJORITY);
        let len = |j: usize| tags.find(j, kinds![Majority], |g| (g == Tag::Majority).then_some(())).map(|(_, l)| l);
        let word = (from..i).rev().find_map(|j| len(j).map(|l| (j, l)));
        // Right before a verb it is an adverb ("sebagian besar dilatih
        // menggunakan", "en gran parte financiado": mostly), and the act is
        // whole: the predicate word follows a word or two of its own (a
        // link or an article: "dei", "of the"), none a number, a
        // punctuation mark or another predicate word.
        let link = |k: usize| {
            !matches!(t.toks[k].kind, Kind::Number | Kind::Punct) && !tags.any(k, kinds![Predicate, Measure])
        };
        word.is_some_and(|(j, l)| j + l < i && i <= j + l + window::MAJORITY_LINK && (j + 1..i).all(link))
    }

    /// Whether the word of a price or of spending at `i` names the costs a
    /// cut cuts, and so is the cut's object, no act of its own: right after
    /// the cut past at most [`window::CUT_COST`] function words or
    /// lower-case words of no kind ("réduire ses dépenses", "memangkas
    /// biaya"), or before it with nothing but the figure and such words
    /// between ("die Kosten um 1,2 Milliarden Euro senken").
    fn cut_cost(&self, i: usize, p: Predicate) -> bool {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let cost = tags.has(i, kinds![Concept], |g| matches!(g, Tag::Concept(k) if k.as_str() == Concept::COST));
        if !matches!(p, Predicate::Price | Predicate::Spend) || !cost {
            return false;
        }
        let cut_at = |j: usize| tags.has(j, kinds![Predicate], |g| g == Tag::Predicate(Predicate::Cut));
        let plain = |j: usize| {
            t.toks[j].kind == Kind::Word
                && (self.cx.lex.is_function_word(t.folded(j))
                    || (t.toks[j].case == Case::Lower && !tags.any(j, kinds![Predicate, Measure])))
        };
        let before = (i.saturating_sub(window::CUT_COST + 1)..i).rev().find(|&j| !plain(j)).is_some_and(cut_at);
        let in_figure =
            |j: usize| tags.any(j, kinds![Number, Scale, Currency, Qualifier]) || t.toks[j].kind == Kind::Number;
        let after = (i + 1..(i + 1 + window::CUT_COST_AFTER).min(t.len()))
            .find(|&j| !plain(j) && !in_figure(j))
            .is_some_and(cut_at);
        before || after
    }

    /// "I feriti in Turchia sono almeno 7.600, mentre in Siria sono oltre
    /// 1.280": a clause with no predicate of its own that gives a place
    /// and a bare figure (or a number of people) counts what the toll of
    /// the clause before counts, in that place.
    fn elided_tolls(
        &self,
        sc: &SentenceScope,
        clause: &Clause,
        qs: &[numbers::Mention],
        before: Option<Trigger>,
    ) -> Vec<Trigger> {
        let (ca, cb) = (clause.start, clause.end);
        let Some(toll) = before else { return Vec::new() };
        let free = |m: &entities::Mention| !sc.in_attr(m.first, m.last);
        if !self.entities_in(ca, cb).any(|m| m.kind == EntityKind::Place && free(m) && self.located(m)) {
            return Vec::new();
        }
        let lo = qs.partition_point(|q| q.first < ca);
        let figures = qs[lo..].iter().enumerate().take_while(|(_, q)| q.first < cb);
        figures
            .filter(|(_, q)| q.last <= cb && !sc.in_attr(q.first, q.last) && is_bare(q))
            .map(|(k, q)| Trigger { at: q.last, len: 0, quantity: Some(lo + k), noun: true, ..toll })
            .collect()
    }

    /// "Au moins 80 morts (dont trois enfants)", "Mindestens 80 Tote
    /// (darunter drei Kinder)": a clause in brackets with no predicate of
    /// its own, opened by a part marker before its figure, counts a part of
    /// the toll of the clause before (a group of people kept apart, see
    /// [`kept_part`]); so does a group counted after a colon ("la mort de
    /// 32 personnes : 18 adultes et 14 enfants").
    fn bracketed_parts(&self, clause: &Clause, qs: &[numbers::Mention], before: Option<Trigger>) -> Vec<Trigger> {
        let (cx, t) = (self.cx, self.cx.tokens);
        let Some(toll) = before else { return Vec::new() };
        let opened = (clause.start.saturating_sub(1)..=clause.start).any(|j| t.is_open_bracket(j));
        let colon = opens_with_colon(t, clause);
        if !opened && !colon {
            return Vec::new();
        }
        let lo = qs.partition_point(|q| q.first < clause.start);
        let figures = qs[lo..].iter().enumerate().take_while(|(_, q)| q.first < clause.end);
        let part =
            |q: &numbers::Mention| (cx.lex.part_before(t, q.first) && kept_part(cx, q)) || (colon && counts_group(q));
        figures
            .filter(|(_, q)| q.last <= clause.end && part(q))
            .map(|(k, q)| Trigger { at: q.last, len: 0, quantity: Some(lo + k), noun: true, ..toll })
            .collect()
    }

    /// Attaches the clause's quantities to its triggers: a measure is a
    /// trigger of its own (or the figure of a verb that counts people); any
    /// other quantity goes to the nearest trigger before it, else after it.
    fn attach_figures(
        &self,
        sc: &SentenceScope,
        clause: &Clause,
        qs: &[numbers::Mention],
        triggers: &mut Vec<Trigger>,
    ) {
        let (cx, ca, cb) = (self.cx, clause.start, clause.end);
        let mut extra = Vec::new();
        let lo = qs.partition_point(|q| q.first < ca);
        // Indexed from `lo` directly: `skip` would walk the whole prefix.
        let in_clause = qs[lo..].iter().enumerate().map(|(k, q)| (lo + k, q)).take_while(|(_, q)| q.first < cb);
        let marked = |q: &numbers::Mention| cx.lex.part_before(cx.tokens, q.first);
        let part = |q: &numbers::Mention| marked(q) && !kept_part(cx, q);
        // "cut 10% of its workforce, or 17,000 people": the whole of a
        // share is no head count of its own.
        let shares = in_clause.clone().filter(|(_, q)| q.share_of.is_some()).map(|(_, q)| q.last);
        let whole = |tr: &Trigger| shares.clone().any(|e| tr.at >= e && tr.at <= e + window::AFTER_NUMBER);
        // A share of the votes is the votes' own figure ("44.04%の票を得た").
        let shared = |p: Predicate| matches!(p, Predicate::Votes | Predicate::Turnout);
        triggers.retain(|tr| !(tr.noun && tr.predicate.is_measure() && !shared(tr.predicate) && whole(tr)));
        // An outlet's conversion in brackets states no figure of its own
        // (the filters drop its claims): the trigger after it is the amount's.
        let conversion = |qi: usize| qi > lo && filters::is_conversion(cx, &qs[qi - 1], &qs[qi]);
        let figures = in_clause.filter(|&(qi, q)| !conversion(qi) && (!part(q) || self.severe_part(cb, qs, qi)));
        for (qi, q) in figures.filter(|(_, q)| q.last <= cb && !sc.in_attr(q.first, q.last)) {
            // A figure belongs to a verb of its own island only.
            let near = |tr: &Trigger| clause.together(q.first, tr.at);
            // Not the next item of a list: "Un précédent bilan faisait état
            // de 3645 morts et 5017 blessés" revised nothing to 5017.
            let listed = |p: &numbers::Mention| apart(cx, p.last, q.first);
            let revised = (qi > lo && revised_to(&qs[qi - 1], q) && !listed(&qs[qi - 1]))
                .then(|| told(triggers, &extra, qi - 1))
                .flatten();
            let whole = whole_trigger(cx, qs, (lo, ca), qi);
            let settled = settled_trigger(cx, q, qi);
            let more = match q.measure {
                // The figure before, told again: a copy of its claim.
                _ if qi > lo && restates(cx, &qs[qi - 1], q, qi - 1 == lo) => restated(triggers, &extra, qi, q),
                _ if whole.is_some() => whole,
                // "from 600 billion yen to 500 billion yen due to weak
                // sales": the new figure of a revision is the replaced
                // one's, whatever noun follows it.
                _ if revised.is_some() => revised.map(|tr| Trigger { quantity: Some(qi), ..tr }),
                // A part of the seriously injured with no whole before it
                // in its clause ("부상자 중 1220명이 위중한 상태") takes its
                // own noun or verb.
                _ if marked(q)
                    && !own_kind(q)
                    && (!self.severe_part(cb, qs, qi) || part_trigger(triggers, &extra, qi).is_some()) =>
                {
                    part_trigger(triggers, &extra, qi)
                }
                _ if settled.is_some() => settled,
                Some(p) => attach_measure(cx, triggers, qs, qi, p, &near),
                // "7 desaparecidos, 1 em Belmora e 6 em Lamora": a bare
                // count at a place, with no verb of its own, gives a part
                // of the toll a figure before it counts with its own noun.
                None if !triggers.iter().any(&near) && is_bare(q) && numbers::listed_at_place(cx, q.first, q.last) => {
                    let toll = extra.iter().rev().find(|tr| tr.predicate.is_toll() && tr.at < q.first && near(tr));
                    toll.map(|tr| Trigger { quantity: Some(qi), ..*tr })
                }
                // Its noun may follow its conversion: "約18億ユーロ(約2900億円)の制裁金".
                None => {
                    let converted = qs.get(qi + 1).filter(|_| conversion(qi + 1));
                    self.attach_plain(triggers, qs, qi, converted.map_or(q.last, |c| c.last + 1), &near)
                }
            };
            extra.extend(more);
        }
        triggers.extend(extra);
        self.aboard_alone(sc, qs, (lo, cb), triggers);
    }

    /// "with 242 people on board": people aboard that no act counts are
    /// the people aboard; not after a toll's word of the clause ("na morte
    /// de todas as 241 pessoas a bordo"), nor a figure with no noun of its
    /// own ("270 Tote – 241 an Bord und 29 am Boden"). Figures from `lo` on,
    /// before token `cb`.
    fn aboard_alone(
        &self,
        sc: &SentenceScope,
        qs: &[numbers::Mention],
        (lo, cb): (usize, usize),
        triggers: &mut Vec<Trigger>,
    ) {
        let cx = self.cx;
        let toll_before = |q: &numbers::Mention, triggers: &[Trigger]| {
            triggers.iter().any(|tr| tr.predicate.is_casualty() && tr.at < q.first)
        };
        let held = |qi: usize, triggers: &[Trigger]| triggers.iter().any(|tr| tr.quantity == Some(qi));
        let named = |q: &numbers::Mention| !q.elliptic && matches!(&q.quantity.unit, Unit::Count { concept: Some(_) });
        // Not nationals ("173 passageiros coreanos"): people counted by
        // their country are aboard only where an act says so.
        let national = |q: &numbers::Mention| q.last < cx.tokens.len() && cx.tags.any(q.last, kinds![Place]);
        let people = |q: &numbers::Mention| {
            matches!(&q.quantity.unit, Unit::Count { concept: Some(k) } if Concept::is_people(&k.0)) && !national(q)
        };
        for qi in (lo..qs.len()).take_while(|&qi| qs[qi].first < cb) {
            let q = &qs[qi];
            if named(q)
                && (aboard(cx, q) || (people(q) && aboard_near(cx, q)))
                && !toll_before(q, triggers)
                && !held(qi, triggers)
                && !sc.in_attr(q.first, q.last)
            {
                triggers.push(on_board(qi, q));
            }
        }
    }

    /// The trigger of figure `qi` with no measure of its own, which ends at
    /// `last` (past its conversion), among the triggers `near` it, save
    /// those of another conjunct: the verb after a part of this figure is
    /// the part's ("53 orang, satu di antaranya hilang"), and a figure with
    /// a word of its own after it is no gapped conjunct of an act with a
    /// figure in a conjunct before it ("1 orang hilang, 3 orang
    /// hipotermia"). See [`attach_figure`].
    fn attach_plain(
        &self,
        triggers: &mut [Trigger],
        qs: &[numbers::Mention],
        qi: usize,
        last: usize,
        near: &dyn Fn(&Trigger) -> bool,
    ) -> Option<Trigger> {
        let (cx, q) = (self.cx, &qs[qi]);
        if let Some(toll) = self.defining_of(triggers, qs, qi, last) {
            return match triggers.iter_mut().find(|tr| tr.at == toll.at && tr.quantity.is_none()) {
                Some(tr) => {
                    tr.quantity = Some(qi);
                    None
                }
                None => Some(Trigger { quantity: Some(qi), ..toll }),
            };
        }
        let part_verb = |tr: &Trigger| tr.at > last && self.part_conjunct(qs, last, tr.at);
        let joined = |j: usize| cx.tokens.is_comma(j) || cx.tags.any(j, kinds![Coordinator]);
        let counted = |tr: &Trigger| tr.quantity.is_some() || self.count_before(tr.at);
        // The conjunct before ends at most `GAP_LINK` tokens back; or at a
        // coordinator right before a verb no lexicon knows that opens the
        // figure's own conjunct ("killed 40 people and stranded 3,000
        // residents": the 3,000 were stranded, not killed; not after a
        // comma: "Tom Norvik, crédité de 27,9 %").
        // Past an article or a preposition: "y aislaron a 3.000 vecinos".
        let function = |j: usize| cx.lex.is_function_word(cx.tokens.folded(j));
        let verb_at =
            if q.first >= 1 && function(q.first - 1) { q.first.checked_sub(2) } else { q.first.checked_sub(1) };
        let coordinated = |j: usize| cx.tags.any(j, kinds![Coordinator]);
        let verb_before = verb_at.filter(|&v| v >= 1 && super::unknown_word(cx, v, false) && coordinated(v - 1));
        let link = match verb_before {
            Some(v) => Some(v - 1),
            None => self
                .own_word_after(q, last)
                .then(|| (q.first.saturating_sub(window::GAP_LINK)..q.first).rev().find(|&j| joined(j)))
                .flatten(),
        };
        let gapped = |tr: &Trigger| link.is_some_and(|j| tr.at < j) && counted(tr);
        let behind = self.measured_before(qs, qi);
        // "ist eine Person ertrunken, sieben weitere werden vermisst": a
        // figure that opens a clause after a comma (or a clause break, see
        // `opening_before`), with a verb of its own right after it, takes
        // no verb before the comma.
        let comma = self.opening_before(q);
        let own_verb =
            |tr: &Trigger| !tr.noun && tr.quantity.is_none() && tr.at >= last && tr.at <= last + window::AFTER_NUMBER;
        let opens = comma.filter(|_| triggers.iter().any(|tr| near(tr) && own_verb(tr)));
        // "Los muertos alcanzan los 2.946 y los heridos son ya 5.674": a
        // noun past a comma or a coordinator after the figure is the next
        // conjunct's.
        // Only a noun near enough to be the figure's own is looked at:
        // bounded, whatever the clause's length.
        let near_noun = |tr: &Trigger| tr.noun && tr.at >= last && tr.at <= last + window::AFTER_NUMBER;
        let next_conjunct = |tr: &Trigger| near_noun(tr) && (last..tr.at).any(joined);
        // "Two people were rescued, and one was in critical condition": a
        // figure with a verb of its own takes no act past ", and".
        let own_clause = self.own_word_after(q, last);
        let comma_and = |j: usize| cx.tokens.is_comma(j) && coordinated(j + 1);
        let next_clause = |tr: &Trigger| own_clause && tr.at > last && (last..tr.at).any(comma_and);
        // A noun after the figure with a figure of its own right after it
        // is that one's: "charged three men over the deaths of 12 workers".
        let owned_noun = |tr: &Trigger| tr.noun && tr.at > last && own_figure_after(cx, qs, tr);
        let near = |tr: &Trigger| {
            near(tr)
                && !owned_noun(tr)
                && !identified_own(qs, tr, last)
                && !next_clause(tr)
                && !part_verb(tr)
                && !gapped(tr)
                && !next_conjunct(tr)
                && behind.is_none_or(|b| tr.at >= b)
                && opens.is_none_or(|c| tr.at > c)
        };
        attach_figure(triggers, qi, q, last, &near)
    }

    /// The toll of the relative clause that defines the people figure `qi`
    /// counts ([`Self::defining_toll`]), unless the toll has a figure of
    /// its own or a verb right before the figure governs it: "arrested 20
    /// protesters, who were injured" counts arrests.
    fn defining_of(&self, triggers: &[Trigger], qs: &[numbers::Mention], qi: usize, last: usize) -> Option<Trigger> {
        let q = &qs[qi];
        let governed =
            || triggers.iter().any(|tr| !tr.noun && tr.at < q.first && tr.at + tr.len + window::GOVERNS >= q.first);
        let people = matches!(&q.quantity.unit, Unit::Count { concept: Some(k) } if Concept::is_people(&k.0));
        let own_figure = |toll: &Trigger| qs.get(qi + 1).is_some_and(|n| n.first <= toll.at + window::AFTER_NUMBER);
        self.defining_toll(last).filter(|toll| people && !own_figure(toll) && !governed())
    }

    /// The token right before figure `q` that opens a clause of its own: a
    /// comma, a clause break, or a function word after a comma ("The death
    /// toll could rise further because 33 others remain in serious
    /// condition": the 33 are in serious condition, not dead).
    fn opening_before(&self, q: &numbers::Mention) -> Option<usize> {
        let (cx, t) = (self.cx, self.cx.tokens);
        let j = q.first.checked_sub(1)?;
        let function = || cx.lex.is_function_word(t.folded(j));
        let breaks = cx.tags.any(j, kinds![ClauseBreak]) || (j >= 1 && t.is_comma(j - 1) && function());
        (t.is_comma(j) || breaks).then_some(j)
    }

    /// The toll in a figure's own relative clause, opened right after the
    /// figure's noun (ending at `last`) or a comma after it, with no mark
    /// before the toll, within [`window::DEFINING_TOLL`] tokens: "en
    /// l'honneur des 15 personnes qui ont perdu la vie", "the 15 people
    /// who died". The clause says what the figure counts, whatever verb or
    /// noun the clause around it has ("participants", "marched").
    fn defining_toll(&self, last: usize) -> Option<Trigger> {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        // A comma may set the clause off: "für die 15 Menschen, die ums Leben kamen".
        let last = last + usize::from(last < t.len() && t.is_comma(last));
        if last >= t.len() || !tags.any(last, kinds![RelativePronoun]) {
            return None;
        }
        let reach = (last + 1 + window::DEFINING_TOLL).min(t.len());
        let toll = |g: Tag| match g {
            Tag::Predicate(p) | Tag::Measure(p) if p.is_toll() => Some(p),
            _ => None,
        };
        (last + 1..reach).take_while(|&j| t.toks[j].kind != Kind::Punct).find_map(|j| {
            let (predicate, len) = tags.find(j, kinds![Predicate, Measure], toll)?;
            Some(Trigger { at: j, len, predicate, quantity: None, noun: false })
        })
    }

    /// Where the figure before figure `qi` starts when it counts with a
    /// measure noun of its own and only a comma parts them: "deixou 2.059
    /// feridos, 1.404 em estado grave". The bare figure stands by that one
    /// (a part of it, or its restatement) and takes no verb before it: the
    /// verb of the clause ("matou 2.012 pessoas e deixou ...") counts
    /// other victims.
    fn measured_before(&self, qs: &[numbers::Mention], qi: usize) -> Option<usize> {
        let (t, q) = (self.cx.tokens, &qs[qi]);
        let prev = qs[..qi].last().filter(|p| p.measure.is_some() && p.last < q.first)?;
        let comma = q.first.checked_sub(1).filter(|&j| t.is_comma(j))?;
        let between = prev.last + 1..comma;
        let plain = between.len() <= window::AFTER_NUMBER && between.clone().all(|j| t.toks[j].kind == Kind::Word);
        plain.then_some(prev.first)
    }

    /// Whether tokens `from..to` end with a conjunct of a part of the
    /// figure before them: a comma, then a count (a figure of `qs` or a
    /// number word, "satu", "one", that no figure holds) with a part
    /// marker right after it, then no comma: "53 orang, satu di antaranya
    /// hilang", "53 dead, one of whom was a child". The verb is the part's.
    fn part_conjunct(&self, qs: &[numbers::Mention], from: usize, to: usize) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let from = from.max(to.saturating_sub(window::PART_CONJUNCT));
        let Some(comma) = (from..to).rev().find(|&j| t.is_comma(j)) else {
            return false;
        };
        let k = qs.partition_point(|m| m.first <= comma);
        let figure = qs[k..].iter().take_while(|m| m.last < to).any(|m| cx.lex.part_at(t, m.last));
        let word =
            |j: usize| t.toks[j].kind == Kind::Word && cx.tags.any(j, kinds![Number]) && cx.lex.part_at(t, j + 1);
        figure || (comma + 1..to).any(word)
    }

    /// Whether the word right after a count ending at token `last` (or
    /// after a passive's auxiliary there) is one of its own conjunct that
    /// no lexicon knows ([`super::unknown_word`]: "three suffered
    /// hypothermia", "17 orang terseret arus", "300 were rescued"). A
    /// gapped conjunct has none: "12 in Lamora", "64 del día anterior".
    fn own_word_after(&self, q: &numbers::Mention, last: usize) -> bool {
        let cx = self.cx;
        // Past the auxiliary of a passive: "two passengers were rescued",
        // "300 wurden gerettet", "dos pasajeros fueron rescatados".
        let auxiliary = cx.tags.any(last, kinds![Passive]);
        let own = super::unknown_word(cx, last + usize::from(auxiliary), false);
        // Of people or of nothing the lexicon knows: "six years behind
        // schedule" is no conjunct of its own.
        own && match &q.quantity.unit {
            Unit::Count { concept: None } => true,
            Unit::Count { concept: Some(k) } => {
                let known = filters::is_known_concept(cx, &k.0);
                Concept::is_people(&k.0) || !(known || notcounts::is_unit_of_time(cx.lex_data.lang, &k.0))
            }
            _ => false,
        }
    }

    /// Whether a count stands in the conjunct before token `at`: digits or
    /// a number word, held by a figure or not, with its noun and at most
    /// [`window::AUXILIARY`] words after it ("1 orang hilang", "One person
    /// is missing").
    fn count_before(&self, at: usize) -> bool {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let count =
            |j: usize| t.toks[j].kind == Kind::Number || (t.toks[j].kind == Kind::Word && tags.any(j, kinds![Number]));
        (at.saturating_sub(window::AUXILIARY + 2)..at).rev().take_while(|&j| !t.is_comma(j)).any(count)
    }

    /// The claims of one clause, in trigger order.
    fn clause_claims(
        &self,
        sc: &SentenceScope,
        clause: &Clause,
        qs: &[numbers::Mention],
        times: &[time::Mention],
        running: &mut Running,
        out: &mut Vec<Claim>,
    ) {
        // Concepts an earlier trigger took as its object: a nominal trigger
        // there makes no claim of its own ("restrições à exportação").
        let mut consumed: Vec<usize> = Vec::new();
        for tr in &clause.triggers {
            if tr.quantity.is_none()
                && (consumed.contains(&tr.at) || self.introduces(clause, tr) || participle_of_taken(clause, tr, qs))
            {
                continue;
            }
            if values_an_act(clause, tr, qs) || self.hyphen_suffix(tr) || self.values_a_deal(clause, tr, qs) {
                continue;
            }
            if let Some(d) = self.draft(sc, clause, tr, qs, times, running, &mut consumed) {
                running.modality = Some(d.modality);
                self.emit(sc, tr, d, qs, clause.end, out);
            }
        }
    }

    /// Whether a valuation's subject is a deal or an order, not a company:
    /// a deal word ([`crate::lang::Lexicon::deals`]) or a noun of trade
    /// (an order, a purchase, a sale) stands in the clause before the
    /// trigger with no name between ("The deal is valued at more than $40
    /// billion", "Este pedido de la aerolínea está valorado en"), and the
    /// amount follows the trigger at most [`VALUE_WORDS`] words on: the
    /// deal's own worth. What the buyer is worth is not said. A deal that
    /// values a company names it between ("l'opération valorise la jeune
    /// pousse à 1,5 milliard", "porterebbe la valutazione di Quillo a"):
    /// that is the company's valuation.
    fn values_a_deal(&self, clause: &Clause, tr: &Trigger, qs: &[numbers::Mention]) -> bool {
        let end = tr.at + tr.len.max(1);
        let close =
            tr.quantity.and_then(|qi| qs.get(qi)).is_some_and(|m| m.first >= end && m.first - end <= VALUE_WORDS);
        if tr.predicate != Predicate::Valuation || !close {
            return false;
        }
        let tags = self.cx.tags;
        let trade = |j: usize| {
            tags.at(j).iter().any(|m| {
                matches!(m.tag, Tag::Deal | Tag::Predicate(Predicate::Order | Predicate::Buy | Predicate::Sell))
            })
        };
        let deal = (clause.start..tr.at).rev().find(|&j| trade(j));
        deal.is_some_and(|d| self.entities_in(d, tr.at).next().is_none())
    }

    /// Whether the trigger is the second half of a hyphenated modifier
    /// ("the Globex-owned airline", "Acme-backed startup"): it describes
    /// the noun after it, and states nothing.
    fn hyphen_suffix(&self, tr: &Trigger) -> bool {
        let t = self.cx.tokens;
        tr.at >= 2 && t.is_joining_hyphen(tr.at - 1) && t.toks[tr.at - 2].kind == Kind::Word
    }

    /// Whether a trigger with no figure only introduces the act the word
    /// right after it names, with its figure: "unveiled orders for 470
    /// aircraft" is an order, not a launch of something. At most
    /// [`INTRODUCED_REACH`] function words stand between.
    fn introduces(&self, clause: &Clause, tr: &Trigger) -> bool {
        let t = self.cx.tokens;
        let end = tr.at + tr.len.max(1);
        clause.triggers.iter().any(|next| {
            next.quantity.is_some()
                && next.predicate != tr.predicate
                && next.at >= end
                && next.at - end <= INTRODUCED_REACH
                && (end..next.at).all(|j| t.toks[j].kind == Kind::Word && self.cx.lex.is_function_word(t.folded(j)))
        })
    }

    /// The subject of a trigger's claim, or `None` when the clause cannot
    /// tell; the running subject follows it.
    fn claim_subject(
        &self,
        sc: &SentenceScope,
        clause: &Clause,
        tr: &Trigger,
        qs: &[numbers::Mention],
        running: &mut Running,
    ) -> Option<EntityRef> {
        let (s, ca, cb) = (sc.s, clause.start, clause.end);
        // A name inside an island the trigger is not in (a relative clause,
        // a quotation with a verb of its own) is no subject of it: "Acme,
        // que compró Globex, obtuvo un beneficio" is Acme's profit. A
        // quoted name alone stays one ("«Аэрофлот» получил"); a quoted
        // phrase holds no one who acts ("sollen 5.000 Stellen »durch
        // Anpassungen in Produktion und Verwaltung« wegfallen").
        let quoted = |i: &super::scope::Island| super::attribution::is_quote_mark(self.cx.tokens.raw(i.start));
        let name_alone = |i: &super::scope::Island| quoted(i) && i.end - i.start <= QUOTED_NAME + 2;
        let aside =
            |a: usize| sc.islands.iter().any(|i| i.holds(a) && !i.holds(tr.at) && (i.binds_figures || !name_alone(i)));
        // A maker or a model inside the figure's phrase is what is counted
        // ("Teil der Bestellung seien sechs Airbus A350"), never who acts.
        let counted = tr.quantity.map(|qi| (qs[qi].number_at + 1, qs[qi].last));
        let in_figure = |a: usize, b: usize| counted.is_some_and(|(fa, fb)| fa <= a && b <= fb);
        let in_attr = |a: usize, b: usize| sc.in_attr(a, b) || aside(a) || in_figure(a, b);
        // A fine's subject is the one fined, never the sentence's actor.
        if self.is_fine(tr) {
            return self.fined(s, (ca, cb), tr, qs, &in_attr);
        }
        let named_here = self.entities_in(ca, tr.at).any(|m| !in_attr(m.first, m.last));
        let participle = self.participle_agent(clause, tr, qs);
        let subject = match self.subject(ca, cb, tr, &in_attr) {
            // The agent of a participle after the things counted acts:
            // "i 460 velivoli acquistati nel 2011 da American Airlines",
            // "300 workers laid off by Acme" (never a toll's: see
            // `participle_agent`).
            _ if participle.is_some() => participle,
            // A toll counts the victims of the event where it happened,
            // whoever the sentence names: a ministry, an agency, a
            // company or a noun taken for a name count nobody. So do
            // arrests: the police or the state that makes them is no
            // subject ("Authorities have arrested 11 people", "11 people
            // were arrested"), lest one count split into as many facts.
            _ if tr.predicate.is_event_count() => Some(self.toll_subject(s, ca, cb, tr, qs, &in_attr)),
            // A passive's agent acts, whatever the clause speaks of ("Acme,
            // which was bought by Globex": Globex's purchase).
            _ if clause.antecedent.is_some() && !named_here && self.passive_agent(cb, tr).is_none() => {
                clause.antecedent.clone()
            }
            Some(Subject::Explicit(e)) => Some(e),
            Some(Subject::Salient(e)) => running.subject.clone().or(Some(e)),
            None => running.subject.clone(),
        };
        let holder = self.figure_holder(tr, qs, ca, cb)?;
        // Such a holder speaks for its own figure only: the sentence's
        // running subject stays.
        let from_holder = holder.is_some();
        let subject = holder.or(subject)?;
        if !from_holder && !tr.predicate.is_event_count() {
            running.subject = Some(subject.clone());
        }
        Some(subject)
    }

    /// The holder of the trigger's figure named next to it, which the
    /// figure speaks for instead of the clause's subject: a measure's
    /// ("41,8% de Ana Duarte", "followed by Tom Norvik, with 29.98%", a
    /// gapped conjunct), a figure set against another, a second share,
    /// or an act's gapped conjunct. `Some(None)` when none is named;
    /// `None` when the figure is set against another and no one is named
    /// for it: no claim.
    fn figure_holder(&self, tr: &Trigger, qs: &[numbers::Mention], ca: usize, cb: usize) -> Option<Option<EntityRef>> {
        // "41,8% de Ana Duarte", "41,8 % pour Ana Duarte": a measure's
        // holder named right after its number.
        // Or right before it: "followed by Tom Norvik, with 29.98%".
        // "la marca VW va a recortar 35.000 empleos, Audi 7.500 empleos y
        // Porsche 1.900": an act's gapped conjunct is the name's, as a
        // measure's is.
        let gapped_act = tr
            .quantity
            .filter(|&qi| !tr.predicate.is_measure() && !tr.predicate.is_toll() && tr.at < qs[qi].first && qi > 0);
        let act_holder = gapped_act.and_then(|qi| self.holder_gapped(&qs[qi], ca));
        let holder = tr.quantity.filter(|_| tr.predicate.is_measure()).and_then(|qi| {
            let before = || self.holder_before(&qs[qi], ca).filter(|_| !tr.predicate.is_toll());
            let genitive = || self.holder_genitive(&qs[qi], ca).filter(|_| !tr.predicate.is_toll());
            let gapped = || self.holder_gapped(&qs[qi], ca).filter(|_| !tr.predicate.is_toll());
            // Only where the trigger stands before the name: a verb of the
            // measure after its subject is the clause's own subject rule's.
            let trigger_end = tr.at + tr.len.max(1);
            let of_verb = || self.holder_of_verb(&qs[qi], ca, trigger_end).filter(|_| !tr.predicate.is_toll());
            self.holder_after(&qs[qi], cb).or_else(before).or_else(genitive).or_else(gapped).or_else(of_verb)
        });
        // "55.95%, against 44.04% for Tom Norvik": a figure set against
        // another is the party named after it, and no one's when none is
        // named ("contra 44,21% do rival").
        let contrasted = tr.quantity.filter(|_| tr.predicate.is_measure() && !tr.predicate.is_toll());
        let holder = match contrasted.filter(|&qi| self.contrasted(&qs[qi], ca)) {
            Some(qi) => Some(holder.or_else(|| self.named_after(&qs[qi], cb, qs))?),
            None => holder,
        };
        // A second share in a clause whose first is its subject's is the
        // party named between them ("59.8%, ahead of Tom Norvik with
        // 27.9%"), and no one's when none is named.
        let holder = match contrasted.filter(|_| holder.is_none()).and_then(|qi| self.second_share(qs, qi, ca)) {
            Some(second) => Some(second?),
            None => holder,
        };
        Some(holder.or(act_holder))
    }

    /// Where a share of the clause starting at `ca` comes before the share
    /// `qi`: `Some` of the person or organization named last between the
    /// two, `Some(None)` when none is; `None` when `qi` is the clause's first.
    /// Not where the verb ends the clause: each share's holder stands
    /// before it with its particle, and the subject rule finds it.
    fn second_share(&self, qs: &[numbers::Mention], qi: usize, ca: usize) -> Option<Option<EntityRef>> {
        if self.cx.lex_data.verb_final {
            return None;
        }
        let q = &qs[qi];
        let percent = |m: &numbers::Mention| matches!(m.quantity.unit, Unit::Percent);
        if !percent(q) {
            return None;
        }
        let first = qs[..qi].iter().rev().take_while(|p| p.first >= ca).find(|p| percent(p) && !p.superseded)?;
        let named = self
            .entities_in(first.last, q.first)
            .filter(|m| m.kind == EntityKind::Person || m.kind == EntityKind::Organization);
        Some(named.last().map(|m| self.entity_ref(m)))
    }

    /// "Um zu gewinnen, benötigt ein Kandidat mehr als 45% der Stimmen":
    /// a measure's figure after a verb of need in its clause
    /// ([`crate::lang::Lexicon::requirements`]) is a threshold, no fact.
    /// Acts keep theirs ("needs to cut 1,500 jobs" is a plan).
    fn threshold(&self, clause: &Clause, tr: &Trigger, qs: &[numbers::Mention]) -> bool {
        let Some(q) = tr.quantity.map(|qi| &qs[qi]) else { return false };
        tr.predicate.is_measure()
            && !tr.predicate.is_toll()
            && (clause.whole.0..q.first).any(|j| self.cx.tags.any(j, kinds![Requirement]))
    }

    /// "will delay the launch of its new jet until 2026", "a reporté à
    /// 2026 la livraison", "o lançamento do novo modelo será adiado":
    /// an act a word of putting off, halting or cancelling governs
    /// ([`crate::lang::Lexicon::suspensions`]) did not take place as told.
    /// Governs: right before the act, or right after it, in its clause
    /// and conjunct, with no other predicate between. Tolls, lay-offs, cuts and
    /// measures keep their figures.
    fn suspended(&self, clause: &Clause, tr: &Trigger) -> bool {
        use Predicate::*;
        let act = matches!(
            tr.predicate,
            Order | Buy | Sell | Ship | Invest | Spend | Hire | Launch | Develop | Plan | Build | Train | Export
        );
        let tags = self.cx.tags;
        let end = tr.at + tr.len.max(1);
        let free = |a: usize, b: usize| (a..b).all(|j| !tags.any(j, kinds![Predicate]));
        let suspends = |j: &usize| tags.any(*j, kinds![Suspension]);
        let from = tr.at.saturating_sub(window::SUSPENDED).max(clause.start);
        let before = (from..tr.at).rev().find(suspends).is_some_and(|k| free(k + 1, tr.at));
        let until = (end + window::SUSPENDED).min(clause.end);
        // Not past a coordinator: "ordered 30 jets and will stop making
        // freighters" halts the making, not the order.
        let conjunct = (end..until).find(|&j| tags.any(j, kinds![Coordinator])).unwrap_or(until);
        let after = (end..conjunct).find(suspends).is_some_and(|k| free(end, k));
        act && (before || after)
    }

    /// The figure a trigger carries, with the stress before its verb:
    /// "hanya menerima 3.000", "only received 3,000".
    fn figure(&self, tr: &Trigger, qs: &[numbers::Mention]) -> Option<Quantity> {
        let mut quantity = tr.quantity.map(|qi| qs[qi].quantity.clone());
        if let Some(q) = quantity.as_mut().filter(|q| q.qualifier == Qualifier::Exact) {
            let only = |g| matches!(g, Tag::Qualifier(Qualifier::Only)).then_some(());
            if crate::extract::ending_at(self.cx.tags, tr.at, kinds![Qualifier], only).is_some() {
                q.qualifier = Qualifier::Only;
            }
        }
        quantity
    }

    /// The maker or model that a trigger's figure names inside its phrase
    /// ("220 Boeing aircraft", "100,000 Orion X5 chips", "250 Airbus"): the
    /// last organization or code between the number and the end of the
    /// figure, the most specific. It is the act's object: two articles
    /// that count the same jets of one maker tell one fact. Two makers
    /// ("470 Boeing and Airbus aircraft") name none: the whole order is
    /// an act on the concept counted.
    fn figure_name(&self, tr: &Trigger, qs: &[numbers::Mention]) -> Option<EntityRef> {
        let m = &qs[tr.quantity?];
        let named = || self.entities_in(m.number_at + 1, m.last);
        let mut makers = named().filter(|e| e.kind == EntityKind::Organization);
        let one_maker = match (makers.next(), makers.next()) {
            (Some(a), Some(b)) => a.key == b.key,
            _ => true,
        };
        let last = named().filter(|e| matches!(e.kind, EntityKind::Organization | EntityKind::Code)).last();
        last.filter(|_| one_maker).map(|e| self.entity_ref(e))
    }

    /// The agent of a trigger that is a participle right after its figure's
    /// counted noun ("460 velivoli acquistati nel 2011 da Globex", "300
    /// workers laid off by Acme"), or of such a participle of the same act
    /// when the figure went to a noun before it: its agent marker
    /// ([`crate::lang::Lexicon::agent_markers`]) at most
    /// [`PARTICIPLE_AGENT_REACH`] tokens after it, past a time. Acts on
    /// things and people counted only: no amount's ("raised $30 million in
    /// a round led by"), no measure's, no toll's.
    fn participle_agent(&self, clause: &Clause, tr: &Trigger, qs: &[numbers::Mention]) -> Option<EntityRef> {
        if tr.predicate.is_measure() || tr.predicate.is_toll() {
            return None;
        }
        let cb = clause.end;
        let m = qs.get(tr.quantity?).filter(|m| matches!(m.quantity.unit, Unit::Count { .. }))?;
        let t = self.cx.tokens;
        // The trigger itself, or a trigger of the same act right after
        // the figure ("l'acquisto ... i 460 velivoli acquistati ... da"). A
        // participle of another act tells of the things counted, its agent
        // their maker ("sold 300 cars made by Globex", "la commande de 460
        // appareils fabriqués par Globex"), not who acts.
        let same_act = |o: &&Trigger| o.at == m.last && o.predicate.family() == tr.predicate.family();
        let at = if tr.at == m.last { tr } else { clause.triggers.iter().find(same_act)? };
        let participle = at.at + at.len.max(1) - 1;
        let word = t.toks[participle].kind == Kind::Word
            && t.toks[participle].case == Case::Lower
            && !self.cx.lex.is_function_word(t.folded(participle));
        if !word {
            return None;
        }
        let reach = (participle + 1..(participle + 1 + PARTICIPLE_AGENT_REACH).min(cb))
            .take_while(|&j| !t.is_comma(j))
            .find_map(|j| self.agent_at(j, cb))?;
        Some(self.entity_ref(reach))
    }

    /// Whether the trigger is negated or denied.
    fn polarity(&self, sc: &SentenceScope, clause: &Clause, tr: &Trigger, quantity: Option<&Quantity>) -> Polarity {
        // "ne ... que" restricts rather than negates: "n'a reçu que 30 000".
        let restrictive = quantity.is_some_and(|q| q.qualifier == Qualifier::Only);
        let negated = self.negated(clause, tr, &|i| sc.muted(i)) && !restrictive;
        // A denial inside a quotation or a relative clause denies only what is said there.
        // Where the verb ends the clause, the denial follows what it denies
        // ("감원 보도를 부인했다").
        let verb_final = self.cx.lex_data.verb_final;
        let denied = sc.denial_at.is_some_and(|d| {
            (d < tr.at || (verb_final && d > tr.at))
                && (clause.antecedent.is_none() || d >= clause.start)
                && clause.reaches(d, tr.at)
        });
        if negated || denied { Polarity::Denied } else { Polarity::Affirmed }
    }

    /// The object of a trigger's claim, given its figure.
    #[allow(clippy::too_many_arguments)]
    fn claim_object(
        &self,
        sc: &SentenceScope,
        clause: &Clause,
        tr: &Trigger,
        quantity: Option<&Quantity>,
        subject: &EntityRef,
        polarity: Polarity,
        consumed: &mut Vec<usize>,
    ) -> Option<Object> {
        if self.is_fine(tr) {
            return Some(Object::Concept { concept: Concept(FINE.to_string()) });
        }
        // "le altre quattro persone rimaste uccise erano tutte adulte":
        // victims a copula after the act says are of a group.
        let predicated = match quantity {
            Some(Quantity { unit: Unit::Count { concept: Some(c) }, .. })
                if victims(tr.predicate) && Concept::is_people(&c.0) && !Concept::is_group(&c.0) =>
            {
                self.predicated_group(clause, tr)
            }
            _ => None,
        };
        match quantity {
            // A crowd of vehicles is a fact of its own: "3.000 trattori e
            // 10.000 persone" are two counts, not two figures of one.
            Some(Quantity { unit: Unit::Count { concept: Some(c) }, .. })
                if tr.predicate == Predicate::Participants && filters::VEHICLES.contains(&c.0.as_str()) =>
            {
                Some(Object::Concept { concept: c.clone() })
            }
            // Soldiers and police officers deployed are two facts.
            Some(Quantity { unit: Unit::Count { concept: Some(c) }, .. })
                if tr.predicate == Predicate::Deployed && Concept::is_force(&c.0) =>
            {
                Some(Object::Concept { concept: c.clone() })
            }
            // A toll of a group of people is a part of the victims:
            // "quatro crianças", "drei Beamte verletzt".
            Some(Quantity { unit: Unit::Count { concept: Some(c) }, .. })
                if victims(tr.predicate) && Concept::is_group(&c.0) =>
            {
                Some(Object::Concept { concept: c.clone() })
            }
            _ if predicated.is_some() => predicated.map(|concept| Object::Concept { concept }),
            // The people aboard of a kind are a part of all aboard: "175
            // passengers and six crew members" are two facts apart from
            // "181 people on board".
            Some(Quantity { unit: Unit::Count { concept: Some(c) }, .. })
                if tr.predicate == Predicate::OnBoard && Concept::is_kind_of_people(&c.0) =>
            {
                Some(Object::Concept { concept: c.clone() })
            }
            // An act on people counts its people: "4.500 Stellen", "4 500
            // postes", "4.500 karyawan" are one lay-off, not three objects.
            Some(_) if tr.predicate.counts_people() => None,
            Some(q) if !tr.predicate.is_measure() && matches!(q.unit, Unit::Count { concept: Some(_) }) => {
                match &q.unit {
                    Unit::Count { concept: Some(c) } => Some(Object::Concept { concept: c.clone() }),
                    _ => None,
                }
            }
            _ if matches!(tr.predicate, Predicate::Profit | Predicate::Loss) => self.result_kind(tr),
            _ if tr.predicate.is_measure() => None,
            _ => {
                let in_attr = |a: usize, b: usize| sc.in_attr(a, b);
                // A verb that ends its conjunct shares the object of the next
                // one: "para desenvolver e treinar seus modelos".
                let shared = tr.at + tr.len.max(1) >= clause.end;
                let end = if shared { clause.whole.1 } else { clause.end };
                self.object(sc.s, clause.start, end, tr, subject, &in_attr, polarity, consumed)
            }
        }
    }

    /// The kind of a profit or a loss ([`crate::lang::Lexicon::result_kinds`])
    /// its trigger's words name: a phrase of a kind of result that starts
    /// at the trigger or up to two tokens before it and reaches it ("net
    /// profit", "Betriebsgewinn", "beneficio neto").
    fn result_kind(&self, tr: &Trigger) -> Option<Object> {
        let tags = self.cx.tags;
        let end = tr.at + tr.len.max(1);
        (tr.at.saturating_sub(2)..end).find_map(|j| {
            tags.at(j).iter().find_map(|m| match m.tag {
                Tag::ResultKind(k) if j + m.len() > tr.at => {
                    Some(Object::Concept { concept: Concept(k.key().to_string()) })
                }
                _ => None,
            })
        })
    }

    /// The draft of a trigger's claim, or `None` when it states nothing
    /// this can tell (no subject; nothing but a verb; see
    /// [`Self::states_no_act`]).
    #[allow(clippy::too_many_arguments)]
    fn draft(
        &self,
        sc: &SentenceScope,
        clause: &Clause,
        tr: &Trigger,
        qs: &[numbers::Mention],
        times: &[time::Mention],
        running: &mut Running,
        consumed: &mut Vec<usize>,
    ) -> Option<ClaimDraft> {
        let part = tr.quantity.is_some_and(|qi| self.is_part(qs, qi) || self.framed_part(sc.s, clause, qs, qi));
        if self.states_no_act(sc, clause, tr, qs, part) {
            return None;
        }
        let kind = self.victim_kind(clause, tr, qs);
        // A kind of victim of its own is a fact of its own, not a part of its whole's.
        let part = part && kind != Predicate::SeriouslyInjured;
        let subject = self.claim_subject(sc, clause, tr, qs, running)?;
        let quantity = self.figure(tr, qs);
        let polarity = self.polarity(sc, clause, tr, quantity.as_ref());
        let object = match self.figure_name(tr, qs) {
            Some(entity) if !tr.predicate.is_measure() && !tr.predicate.counts_people() => {
                Some(Object::Entity { entity })
            }
            _ => self.claim_object(sc, clause, tr, quantity.as_ref(), &subject, polarity, consumed),
        };
        // "recovered two bodies": the dead found, a fact apart from the toll.
        let object =
            object.or_else(|| tr.quantity.filter(|_| kind == Predicate::Deaths).and_then(|qi| self.bodies(&qs[qi])));
        let (subject, object) = self.nationals(tr, qs, subject, object);
        if part && !part_stands_apart(&subject, object.as_ref()) {
            return None;
        }
        let predicate = object_kind(tr, kind, object.as_ref(), qs);
        // "cut 10% of its workforce", "obtains 36% of the votes": the whole
        // of the share is what is laid off, or what the votes are.
        let whole_is_object = matches!(predicate, Predicate::LayOff | Predicate::Votes);
        let share = tr.quantity.and_then(|qi| qs[qi].share_of).filter(|_| whole_is_object);
        let object = object.or(share.map(|k| Object::Concept { concept: crate::schema::Concept(k.to_string()) }));
        let (object, quantity) = implied_staff(predicate, object, quantity);
        // A head count is never negative: "-5 employees" counts no
        // staff. (A negative figure stays for money and percent changes.)
        let heads = predicate.counts_heads() || tr.quantity.is_some_and(|qi| counts_people(&qs[qi], true));
        if heads && quantity.as_ref().is_some_and(|q| q.value < 0.0) {
            return None;
        }
        // A cut states its figure or what it cuts: "was eliminated
        // from the cup" cuts nothing; "la réduction des coûts", a goal
        // every firm has, states no cut.
        let what = matches!(&object, Some(Object::Concept { concept }) if concept.0 != Concept::COST);
        if predicate == Predicate::Cut && quantity.is_none() && !what {
            return None;
        }
        let time = self.time_for(sc.s, clause, tr, qs, times);
        // A claim states a figure, an object or a time; a weekday alone
        // ("said on Tuesday") states nothing.
        // Times are in text order: one binary search, linear in the document.
        let weekday = |t: &TimeRef| {
            let k = times.partition_point(|m| m.time.start < t.start);
            times.get(k).is_some_and(|m| m.weekday && m.time.start == t.start)
        };
        // A plan of nothing named is no fact, whatever its date ("dentro de
        // su plan de reestructuración ... hasta 2027").
        let empty_plan = predicate == Predicate::Plan && object.is_none();
        if quantity.is_none() && (object.is_none() && time.as_ref().is_none_or(weekday) || empty_plan) {
            return None;
        }
        // A counted noun, or a figure with its measure noun: where it ends.
        let counted_end =
            (tr.noun || tr.len == 0).then(|| (tr.at + tr.len).max(tr.quantity.map_or(0, |qi| qs[qi].last)));
        let figure_at = tr.quantity.map(|qi| qs[qi].first);
        let modality = self.modality(clause, tr, counted_end, figure_at);
        let time = time.filter(|t| modality != Modality::Planned || !self.dates_report(sc.s, times, t, tr));
        let attribution = self.own_attribution(sc, tr, qs, &subject);
        Some(ClaimDraft { subject, predicate, object, quantity, time, polarity, modality, attribution, part })
    }

    /// People a figure counts by their nationality: a country's name or
    /// demonym inside the figure's phrase or right after it ("173
    /// sud-Coréens", "two Indonesian domestic workers", "325 egipcios",
    /// "173 passageiros coreanos") in a claim on victims of the event (or
    /// of that country, where the demonym alone named it). They are a
    /// group of the event's victims ([`Object::Nationals`]), never the
    /// country's toll: the story may have happened elsewhere. A group the
    /// figure names stays the object ("three US soldiers"). Any other claim
    /// keeps its subject and object.
    fn nationals(
        &self,
        tr: &Trigger,
        qs: &[numbers::Mention],
        subject: EntityRef,
        object: Option<Object>,
    ) -> (EntityRef, Option<Object>) {
        let victims = tr.predicate.counts_people() && !matches!(tr.predicate, Predicate::LayOff | Predicate::Hire);
        let Some(q) = tr.quantity.filter(|_| victims).map(|qi| &qs[qi]) else { return (subject, object) };
        let t = self.cx.tokens;
        // Past a prefix hyphened to the demonym at most ("173
        // sud-Coréens"), never past a word ("12 in Malaysia", "12人在叙利亚").
        let glued = |m: &entities::Mention| {
            t.raw(m.first - 1) == "-" && (q.last + 1..=m.first).all(|j| !t.toks[j].space_before())
        };
        let country = self.entities_in(q.number_at + 1, q.last + NATIONALS_PREFIX + 1).find(|m| {
            (m.first <= q.last || glued(m))
                && m.kind == EntityKind::Place
                && crate::extract::entities::is_country_key(&m.key)
                && (&*subject.key == super::EVENT || *subject.key == *m.key)
        });
        match country {
            Some(m) => {
                let group = object.filter(Object::is_group);
                (super::event_ref(), group.or_else(|| Some(Object::Nationals { country: self.entity_ref(m) })))
            }
            None => (subject, object),
        }
    }

    /// Whether figure `qi` is a part of a figure before it: after a part
    /// marker ("including 57 in Belmora"), or listed after such a part at
    /// a place of its own ("... and 25 in Lamora"). Such a figure makes a
    /// claim for a toll only ("employs 38,000, including 1,800 in Lamora"
    /// says nothing of Lamora's own), and only when it stands apart from
    /// the whole ([`part_stands_apart`]).
    fn is_part(&self, qs: &[numbers::Mention], qi: usize) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        // "217 people died, 213 of them in Valencia": a part at a place.
        let marker = cx.lex.part_len_at(t, qs[qi].last);
        if qi > 0 && marker.is_some_and(|l| numbers::at_named_place(cx, qs[qi].last + l)) {
            return true;
        }
        let mut k = qi;
        // A bounded walk: a long run of listed figures stays linear.
        for _ in 0..=PART_LIST_REACH {
            if cx.lex.part_before(t, qs[k].first) {
                return true;
            }
            if k == 0 || !numbers::listed_at_place(cx, qs[k].first, qs[k].last) {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// Whether a trigger states no act this can claim: a threshold, a
    /// suspended act, a part that makes no claim of its own (a part of a
    /// crowd or of a tally is kept at a place only, "1,28 million ..., dont
    /// 81.000 à Paris"; one of the victims of a group too), or an area in
    /// a sentence that names no disaster ("the farm covers 500 hectares").
    fn states_no_act(
        &self,
        sc: &SentenceScope,
        clause: &Clause,
        tr: &Trigger,
        qs: &[numbers::Mention],
        part: bool,
    ) -> bool {
        let placed = || tr.quantity.is_some_and(|qi| tr.predicate.is_toll() && at_place(self.cx, &qs[qi]));
        let stray_area = tr.predicate == Predicate::Area && !sc.kinds.meets(kinds![Disaster]);
        self.threshold(clause, tr, qs)
            || self.suspended(clause, tr)
            || (part && !victims(tr.predicate) && !placed())
            || stray_area
    }

    /// The trigger's predicate, or the seriously injured when its figure is
    /// a part of the injured hurt seriously ("2,059 injured, 1,220 of
    /// them seriously": [`Self::severe_part`]).
    fn victim_kind(&self, clause: &Clause, tr: &Trigger, qs: &[numbers::Mention]) -> Predicate {
        let severe =
            tr.predicate == Predicate::Injured && tr.quantity.is_some_and(|qi| self.severe_part(clause.end, qs, qi));
        if severe { Predicate::SeriouslyInjured } else { tr.predicate }
    }

    /// Whether figure `qi` counts the seriously injured among the injured
    /// told before it: a part of them (a part marker before it, "dont
    /// 1 404", or right after it, "1,220 of them") with a severity phrase
    /// ([`crate::lang::Lexicon::severities`]) after it, within
    /// [`SEVERITY_REACH`] tokens, in its clause and before any other
    /// figure: "1,220 of them seriously", "1220 der Verletzten schwebten
    /// demnach in Lebensgefahr". With no part marker, a severity that
    /// follows the figure with no comma or coordinator between
    /// tells the state of all it counts: "satu orang yang terluka dalam kondisi serius", "12 people
    /// were injured critically". "40 were injured, some seriously" marks
    /// no part.
    fn severe_part(&self, clause_end: usize, qs: &[numbers::Mention], qi: usize) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let q = &qs[qi];
        // The figure's noun may be the part marker or the severity itself
        // ("1220 der Verletzten", "51 grièvement"): both are looked for
        // from the number on.
        let from = q.number_at + 1;
        let marked = cx.lex.part_before(t, q.first) || (from..=q.last).any(|j| cx.lex.part_at(t, j));
        let next = qs.get(qi + 1).map_or(usize::MAX, |n| n.first);
        let end = (from + SEVERITY_REACH).min(clause_end).min(next).min(t.len());
        let Some(severity) = (from..end).find(|&j| cx.lex.severity_at(t, j)) else { return false };
        // Unmarked, nothing may part the severity from the figure: "50 were
        // hurt and the driver remains in critical condition" tells of another.
        let parted = |j: usize| t.is_comma(j) || cx.tags.any(j, kinds![Coordinator]);
        marked || !(from..severity).any(parted)
    }

    /// Whether figure `qi` is a part of a whole told before because a part
    /// marker opens its sentence or clause, no other figure between ("Among
    /// the dead are 40 unidentified bodies", "Entre los fallecidos hay 40
    /// menores", "Del número total de fallecidos, 104 ...").
    /// A figure listed right after such a part is one too: "Tra le vittime
    /// ci sono 323 egiziani e 11 iraniani" (see [`Self::listed_after`]).
    fn framed_part(&self, s: Sentence, clause: &Clause, qs: &[numbers::Mention], qi: usize) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        // "32 personnes : 18 adultes et 14 enfants": groups after a colon.
        if opens_with_colon(t, clause) && counts_group(&qs[qi]) && clause.triggers.iter().all(|tr| tr.noun) {
            return true;
        }
        let framed = |qi: usize| {
            let q = &qs[qi];
            // Figures are in text order: the one right before is the last that may stand between.
            let earlier = |e: usize| qi > 0 && qs[qi - 1].first >= e;
            [s.start, clause.start]
                .into_iter()
                .filter(|&j| j < q.first)
                .any(|j| cx.lex.part_len_at(t, j).is_some_and(|l| j + l <= q.first && !earlier(j + l)))
        };
        let mut k = qi;
        // A bounded walk: a long run of listed figures stays linear.
        for _ in 0..=PART_LIST_REACH {
            if framed(k) {
                return true;
            }
            if k == 0 || !self.listed_after(&qs[k - 1], &qs[k]) {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// The group of people a copula right after the trigger says its
    /// victims are, past at most [`PREDICATED_GROUP`] light words ("...
    /// rimaste uccise erano tutte adulte", "... killed were all adults"),
    /// in its clause, no punctuation between.
    fn predicated_group(&self, clause: &Clause, tr: &Trigger) -> Option<Concept> {
        let (cx, t) = (self.cx, self.cx.tokens);
        let j = tr.at + tr.len.max(1);
        if j >= clause.end || !is_copula(cx, j) {
            return None;
        }
        // A function word or an untagged lowercase word ("tutte", "all").
        let light = |k: usize| {
            t.toks[k].kind == Kind::Word
                && (cx.lex.is_function_word(t.folded(k)) || (t.toks[k].case == Case::Lower && cx.tags.at(k).is_empty()))
        };
        let k = (j + 1..(j + 2 + PREDICATED_GROUP).min(clause.end)).find(|&k| !light(k))?;
        cx.tags
            .find(k, kinds![Concept], |g| match g {
                Tag::Concept(c) if Concept::is_group(c.as_str()) => Some(Concept(c.to_string())),
                _ => None,
            })
            .map(|(c, _)| c)
    }

    /// Whether figure `b` follows figure `a` in one list: between them only
    /// commas, coordinators and at most [`LISTED_WORDS`] lowercase words
    /// that tell no act (the first figure's noun: "323 egiziani e 11").
    fn listed_after(&self, a: &numbers::Mention, b: &numbers::Mention) -> bool {
        let (cx, t) = (self.cx, self.cx.tokens);
        let joiner = |j: usize| t.is_comma(j) || cx.tags.any(j, kinds![Coordinator]);
        let plain = |j: usize| {
            t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower && !cx.tags.any(j, kinds![Predicate, Measure])
        };
        let gap = a.last..b.first;
        a.last <= b.first
            && gap.clone().any(joiner)
            && gap.clone().all(|j| joiner(j) || plain(j))
            && gap.filter(|&j| plain(j)).count() <= LISTED_WORDS
    }

    /// Whether a time dates the report of a plan rather than the plan: it
    /// stands right before or after a reporting or announcing verb
    /// ([`REPORT_DATE_REACH`] and [`REPORT_DATE_AFTER`] tokens at most), both before the trigger
    /// ("Acme周四宣布,计划裁员500人", "Acme on Thursday announced plans to
    /// cut 500 jobs", "a Acme anunciou, nesta quinta-feira, uma demissão
    /// em massa que deve atingir 500"); or, where the
    /// verb ends the clause, it names a day before the trigger and a
    /// reporting verb follows the trigger in the sentence ("Acmeは11日、
    /// 500人を削減する方針を発表した"). The plan is for later.
    fn dates_report(&self, s: Sentence, times: &[time::Mention], t: &TimeRef, tr: &Trigger) -> bool {
        let Some(m) = times.iter().find(|m| m.time.start == t.start && m.last <= tr.at) else {
            return false;
        };
        let reporting = |j: usize| self.cx.tags.any(j, kinds![Reporting, Announcement]);
        let day = matches!(&t.value, TimeValue::Absolute { date } if date.day.is_some());
        (m.last..(m.last + REPORT_DATE_REACH).min(tr.at)).any(reporting)
            || (m.first.saturating_sub(REPORT_DATE_AFTER).max(s.start)..m.first).any(reporting)
            || (day && self.cx.lex_data.verb_final && (tr.at + tr.len.max(1)..s.end).any(reporting))
    }

    /// The draft as claims: "delivered 30 jets to Qantas" is Qantas
    /// receiving them too; "30 chips were delivered to X" is X's receipt only.
    fn emit(
        &self,
        sc: &SentenceScope,
        tr: &Trigger,
        d: ClaimDraft,
        qs: &[numbers::Mention],
        cb: usize,
        out: &mut Vec<Claim>,
    ) {
        if tr.predicate == Predicate::Ship {
            if let Some(r) = self.recipient(tr, qs, cb) {
                let passive = r.key == d.subject.key;
                let receipt = ClaimDraft {
                    subject: r,
                    predicate: Predicate::Receive,
                    object: d.object.clone(),
                    quantity: d.quantity.clone(),
                    time: d.time.clone(),
                    attribution: d.attribution.clone(),
                    ..d
                };
                out.push(self.finish(receipt, sc.s));
                if passive {
                    return;
                }
            }
        }
        out.push(self.finish(d, sc.s));
    }

    /// The attribution of one figure: the sentence's, unless a role or a
    /// body named between the previous figure and this one gives it its
    /// own; where the sentence names no one else, the organization that
    /// speaks, unless it is the claim's own `subject`.
    fn own_attribution(
        &self,
        sc: &SentenceScope,
        tr: &Trigger,
        qs: &[numbers::Mention],
        subject: &EntityRef,
    ) -> Attribution {
        let attribution = &sc.attribution;
        if let Some((own, _)) = tr.quantity.and_then(|qi| self.trailing_source(sc.s, qs, qi)) {
            // The sentence's own source read from the same phrase says more
            // ("as reported by official sources": a role and anonymous sourcing).
            let same = |a: &Attribution| {
                (own.role.is_some() && own.role == a.role)
                    || (own.affiliation.is_some() && own.affiliation == a.affiliation)
                    || (own.outlet.is_some() && own.outlet == a.outlet)
            };
            return if same(attribution) { attribution.clone() } else { own };
        }
        if tr.quantity.is_some_and(|qi| self.source_of_another(sc, qs, qi)) {
            return Attribution::default();
        }
        // The subject that says it itself ("a Salesforce disse que planeja
        // demitir 10%") speaks for its figure, whoever else speaks.
        let speaks_itself = || self.reporting_organization(tr.at).is_some_and(|o| o.key == subject.key);
        if let Some((body, owns)) = sc.body.as_ref().filter(|(b, _)| b.key != subject.key && !speaks_itself()) {
            return match owns {
                true => Attribution { affiliation: Some(body.clone()), ..Attribution::default() },
                false => Attribution { outlet: Some(body.clone()), ..Attribution::default() },
            };
        }
        if self.role_of_next_figure(sc, tr, qs) {
            return Attribution { role: None, speaker: None, affiliation: None, ..attribution.clone() };
        }
        let own_role = self.own_role(sc.s, tr, qs);
        let own_body = if own_role.is_none() && !attribution.is_empty() { self.own_body(sc.s, tr, qs) } else { None };
        match (own_role, own_body) {
            (Some(r), _) if attribution.role.is_some_and(|a| a != r) => {
                Attribution { role: Some(r), ..Attribution::default() }
            }
            (None, Some(body))
                if body.key != subject.key && attribution.affiliation.as_ref().is_none_or(|a| a.key != body.key) =>
            {
                Attribution { affiliation: Some(body), ..Attribution::default() }
            }
            _ => attribution.clone(),
        }
    }

    /// Whether the sentence's role stands only in the next figure's clause,
    /// opened after this figure by a clause break ("tandis que", "while")
    /// or a bracket, before the role and the next figure:
    /// "Entre 275 000 et 375 000 personnes ..., tandis que la police n'en
    /// a vu que 107 000", "de 275 000 à 325 000 personnes selon des
    /// sources indépendantes (et 107 000 personnes selon les autorités)".
    /// Then it is that figure's source, not this one's.
    fn role_of_next_figure(&self, sc: &SentenceScope, tr: &Trigger, qs: &[numbers::Mention]) -> bool {
        let (t, tags) = (self.cx.tokens, self.cx.tags);
        let (Some(role), Some(qi)) = (sc.attribution.role, tr.quantity) else { return false };
        let Some(next) = qs.get(qi + 1).filter(|n| n.first < sc.s.end) else { return false };
        // Where the sentence's role was read: the first of its spans that
        // names the role (the attribution's spans are a few).
        let names = |j: usize| tags.has(j, kinds![Role], |g| g == Tag::Role(role));
        let Some(at) = sc.attr_spans.iter().map(|&(a, _)| a).filter(|&a| names(a)).min() else { return false };
        if at < qs[qi].last {
            return false;
        }
        // Before the next figure, after a clause break; or just after it,
        // inside the bracket that holds it. A role after both ("..., an
        // official said") speaks for the whole sentence. Every scan runs
        // over the gap between the two figures, or a few tokens past it.
        let broken = at < next.first && (qs[qi].last..at).any(|j| tags.any(j, kinds![ClauseBreak]));
        let opened = (qs[qi].last..next.first).rev().find(|&j| t.is_open_bracket(j));
        let near = at <= next.last + window::NEXT_FIGURE_SOURCE;
        let bracketed = near && opened.is_some_and(|b| !(b..at).any(|j| t.is_close_bracket(j)));
        broken || bracketed
    }

    /// Whether every span that names the sentence's source lies in the
    /// source that speaks for another figure alone ([`Doc::trailing_source`]),
    /// where figure `qi` has an "according to" right after it too:
    /// "Unos 1,28 millones de personas, según el gobierno, y 3,5 millones
    /// según la CGT": the CGT speaks for 3,5 millones only.
    fn source_of_another(&self, sc: &SentenceScope, qs: &[numbers::Mention], qi: usize) -> bool {
        // Only where this figure has an "according to" of its own: a last
        // one after a list of figures speaks for them all ("59%, 25% and
        // 16%, according to the official tally").
        if !self.trailing_marker(qs, qi) {
            return false;
        }
        // The figure right before each span is the only one whose source
        // it may be: a lookup per span, never a pass over the figures.
        let inside = |&(a, b): &(usize, usize)| {
            let k = qs.partition_point(|q| q.last <= a);
            k > 0
                && k - 1 != qi
                && qs[k - 1].first >= sc.s.start
                && self.trailing_source(sc.s, qs, k - 1).is_some_and(|(_, end)| b <= end)
        };
        if let Some((body, _)) = sc.body.as_ref().filter(|_| sc.attribution.is_empty()) {
            // The organization that speaks is cited by a neighbour's "according to".
            let cites = |a: &Attribution| [&a.outlet, &a.affiliation].iter().any(|e| e.as_ref() == Some(body));
            let near = [qi.checked_sub(1), Some(qi + 1)];
            return near
                .into_iter()
                .flatten()
                .filter(|&k| k < qs.len() && qs[k].first >= sc.s.start)
                .any(|k| qs[k].first < sc.s.end && self.trailing_source(sc.s, qs, k).is_some_and(|(a, _)| cites(&a)));
        }
        !sc.attr_spans.is_empty() && sc.attr_spans.iter().all(inside)
    }

    /// Where what may speak for the figure after figure `k` begins: after
    /// figure `k` and the source that speaks for it alone
    /// ([`Doc::trailing_source`]).
    fn after_figure(&self, s: Sentence, qs: &[numbers::Mention], k: usize) -> usize {
        self.trailing_source(s, qs, k).map_or(qs[k].last, |(_, end)| end.min(qs.get(k + 1).map_or(end, |n| n.first)))
    }

    /// "Segundo a polícia, 15 mil pessoas participaram; os organizadores
    /// falam em 60 mil": a role named between the previous figure and this
    /// one gives this figure its own source.
    fn own_role(&self, s: Sentence, tr: &Trigger, qs: &[numbers::Mention]) -> Option<crate::schema::Role> {
        let cx = self.cx;
        let qi = tr.quantity?;
        let from = qi.checked_sub(1).map_or(s.start, |k| self.after_figure(s, qs, k)).max(s.start);
        (from..qs[qi].first).rev().find_map(|j| {
            cx.tags
                .find(j, kinds![Role], |g| match g {
                    Tag::Role(r) => Some(r),
                    _ => None,
                })
                .map(|(r, _)| r)
        })
    }

    /// An organization named between the previous figure and this one, or
    /// "the company", that speaks before the figure: "Nach Angaben der IGF
    /// ... 12.000, das Unternehmen sprach von 5.000"; or an organization
    /// that opens the figure's clause: "3 milioni e mezzo ..., mentre il
    /// ministero dell'Interno ha contato 1 milione e mezzo".
    fn own_body(&self, s: Sentence, tr: &Trigger, qs: &[numbers::Mention]) -> Option<EntityRef> {
        let cx = self.cx;
        let qi = tr.quantity.filter(|&qi| qi > 0 && qs[qi - 1].first >= s.start)?;
        let (from, to) = (self.after_figure(s, qs, qi - 1), qs[qi].first);
        // ... that speaks before the figure ("sprach von", "fala em").
        let speaks = |a: usize| (a..(a + window::SPEAKS).min(to)).any(|j| cx.tags.any(j, kinds![Reporting]));
        // ... or that opens the figure's own clause ("..., mentre il
        // ministero dell'Interno ha contato 1 milione e mezzo").
        let t = cx.tokens;
        let opens_clause = |first: usize| {
            let mut p = first;
            let article = |j: usize| cx.lex.is_function_word(t.folded(j)) && !cx.tags.any(j, kinds![ClauseBreak]);
            while p > from && first - p < window::BODY_TO_VERB && article(p - 1) {
                p -= 1;
            }
            p > from && cx.tags.any(p - 1, kinds![ClauseBreak])
        };
        let named = self
            .entities_in(from, to)
            .find(|m| m.kind == EntityKind::Organization && (speaks(m.last) || opens_clause(m.first)))
            .map(|m| self.entity_ref(m));
        named.or_else(|| {
            (from..to)
                .find_map(|j| cx.tags.len_of(j, kinds![CompanyAnaphor]).map(|l| j + l))
                .filter(|&end| speaks(end))
                .and_then(|_| self.salient.map(|m| self.entity_ref(m)))
        })
    }
}

/// The trigger that took figure `k`, among `triggers` and the `extra`
/// ones attached so far.
fn told(triggers: &[Trigger], extra: &[Trigger], k: usize) -> Option<Trigger> {
    triggers.iter().chain(extra).find(|tr| tr.quantity == Some(k)).copied()
}

/// Whether `q` is the new figure of the revision that replaces `prev`
/// right before it ([`window::REVISED_TO`]).
fn revised_to(prev: &numbers::Mention, q: &numbers::Mention) -> bool {
    prev.superseded && !q.superseded && q.first >= prev.last && q.first <= prev.last + window::REVISED_TO
}

/// "planned to buy": a plan followed by the act it plans is that act, planned
/// (see [`Doc::modality`]); the plan makes no claim of its own.
fn fold_plans(triggers: &mut Vec<Trigger>) {
    let planned_acts: Vec<usize> = triggers
        .windows(2)
        .filter(|w| {
            w[0].predicate == Predicate::Plan
                && w[1].predicate != Predicate::Plan
                && w[1].at <= w[0].at + w[0].len + window::PLAN_GAP
        })
        .map(|w| w[0].at)
        .collect();
    triggers.retain(|tr| !planned_acts.contains(&tr.at));
}

/// "cut fixed costs by $10 billion", "mengurangi biaya tetap sebesar 300
/// miliar yen": a cost or a price a cut verb governs, at most
/// [`window::PLAN_GAP`] words after it, is what is cut; the noun states
/// no price of its own, and the cut takes the figure.
fn fold_costs(triggers: &mut Vec<Trigger>) {
    let cut_nouns: Vec<usize> = triggers
        .windows(2)
        .filter(|w| {
            w[0].predicate == Predicate::Cut
                && !w[0].noun
                && w[1].predicate == Predicate::Price
                && w[1].at <= w[0].at + w[0].len + window::PLAN_GAP
        })
        .map(|w| w[1].at)
        .collect();
    triggers.retain(|tr| !(tr.predicate == Predicate::Price && cut_nouns.contains(&tr.at)));
}

/// Whether figure `q` restates figure `prev` in other terms: a
/// restatement marker between them, after at most a comma ("10% of its
/// workforce, or about 17,000 people"; [`crate::lang::Lexicon::restatements`]),
/// a comma alone before a count of people after a share of the staff, or
/// an opening bracket before a count restating a percent that is the
/// clause's first figure (`prev_first`).
fn restates(cx: &crate::extract::Ctx, prev: &numbers::Mention, q: &numbers::Mention, prev_first: bool) -> bool {
    let t = cx.tokens;
    // A count in brackets after a percent that is the clause's first
    // figure states it in heads: "15 percent of its workforce (about
    // 20,000 jobs)". After a count, the percent restates the count and
    // the bracket gives the whole ("cut 20,000 jobs, about 15% of its
    // workforce (about 133,000 people)").
    let bracket = prev_first && q.first > 0 && t.is_open_bracket(q.first - 1);
    let heads = prev.quantity.unit == Unit::Percent && matches!(q.quantity.unit, Unit::Count { .. });
    // A count of people set off by a comma alone after a share of the
    // staff states it in heads too: "despedirá a cerca del 3% de su
    // plantilla a nivel mundial, unos 6.800 empleados".
    let apposed = heads
        && !q.elliptic
        && counts_people(prev, false)
        && counts_people(q, true)
        && q.first > 0
        && t.is_comma(q.first - 1);
    let marker = cx.lex.restatement_before(t, q.first).or((bracket && heads).then_some(1)).or(apposed.then_some(0));
    let Some(n) = marker else { return false };
    let at = q.first - n;
    // The figure before ends at the marker, or what it counts and a comma
    // do ("6% della sua forza lavoro, ovvero"), with no other number between.
    let comma = at > 0 && cx.tokens.is_comma(at - 1);
    let end = if comma { at - 1 } else { at };
    end >= prev.last
        && end <= prev.last + window::RESTATED
        && (prev.last..end).all(|j| cx.tokens.toks[j].kind != crate::text::Kind::Number)
}

/// The trigger of figure `qi` (`q`), which restates the figure before it:
/// that figure's, copied; not a staff noun's, which counts heads, never
/// the percent that restates them ("reduce its workforce by 11,000 people
/// or roughly 40%").
fn restated(triggers: &[Trigger], extra: &[Trigger], qi: usize, q: &numbers::Mention) -> Option<Trigger> {
    told(triggers, extra, qi - 1).filter(|tr| !staff_in_percent(q, tr)).map(|tr| Trigger { quantity: Some(qi), ..tr })
}

/// A measure quantity ("15,000 workers", "3 morts"): the figure of a verb
/// that counts people, else a trigger of its own (returned).
/// `near`: whether a trigger is in the figure's conjunct.
fn attach_measure(
    cx: &crate::extract::Ctx,
    triggers: &mut [Trigger],
    qs: &[numbers::Mention],
    qi: usize,
    p: Predicate,
    near: &dyn Fn(&Trigger) -> bool,
) -> Option<Trigger> {
    let q = &qs[qi];
    // "laid off 15,000 workers", "evacuaron a 3.000 vecinos": a verb that
    // counts people takes the count; otherwise the measure is its own claim.
    let verb = triggers.iter().rposition(|tr| tr.at < q.first && !tr.noun && near(tr));
    let befell = befell(cx, triggers, qs, qi, p, near, verb);
    // "cut 4,500 workers": a cut of people is a lay-off (see [`retype`]).
    // A toll noun states its own toll: "killed 41 and left 90 injured"
    // (and see [`arrests_apart`]).
    let verb = verb.filter(|&k| {
        let v = triggers[k].predicate;
        (v.counts_people() || v == Predicate::Cut)
            && !forces_joined(p, v)
            && triggers[k].quantity.is_none()
            && !(p.is_toll() && v.is_toll() && v != p && !victims_identified(p, v))
            && !arrests_apart(p, v)
    });
    // "2.012 orang meninggal dunia, 2.059 orang mengalami luka": the verb
    // the measure's own phrase holds is the measure's, no other figure's.
    let own = triggers
        .iter()
        .position(|tr| tr.quantity.is_none() && tr.predicate == p && !tr.noun && tr.at > q.number_at && tr.at < q.last);
    // "the deaths of 12 workers", "la evacuación de 3.000 vecinos": the
    // noun of an act on people right before the count, past a function
    // word at most, counts them.
    let noun_before = triggers.iter().rposition(|tr| {
        tr.noun
            && near(tr)
            && tr.quantity.is_none()
            && tr.predicate.counts_people()
            && !p.is_toll()
            && tr.at < q.first
            && tr.at + tr.len + window::GOVERNS >= q.first
            && !apart(cx, tr.at, q.first)
    });
    match befell.or(noun_before).or(verb).or(own) {
        Some(k) => {
            triggers[k].quantity = Some(qi);
            None
        }
        None => Some(Trigger { at: q.number_at, len: 0, predicate: p, quantity: Some(qi), noun: false }),
    }
}

/// Whether arrests and a casualty meet, one the measure and the other
/// the verb: each is a tally of its own ("injured dozens, leading to three
/// arrests" counts no injured).
fn arrests_apart(p: Predicate, v: Predicate) -> bool {
    (p == Predicate::Arrested && v.is_casualty()) || (v == Predicate::Arrested && p.is_casualty())
}

/// The trigger that tells what befell the people figure `qi` counts
/// (measure `p`) or what they did, after them: "Three participants died",
/// "12 000 salariés ont cessé le travail". A toll's word after them tells
/// it too, verb or not, before the next figure: "50 workers are missing",
/// "50 trabalhadores desaparecidos". Not a toll's noun with a figure of
/// its own right after it ("two officers over the deaths of 158 people"),
/// nor one after a count that the verb on people right before it
/// (`verb`) governs ("arrested 37 protesters over the deaths"); not a verb
/// with a figure of its own right after it ("handed over the bodies of 256
/// victims, and has identified over 259 victims"), nor one past the next
/// figure ("Of the 179 dead, 65 were identified").
fn befell(
    cx: &crate::extract::Ctx,
    triggers: &[Trigger],
    qs: &[numbers::Mention],
    qi: usize,
    p: Predicate,
    near: &dyn Fn(&Trigger) -> bool,
    verb: Option<usize>,
) -> Option<usize> {
    let q = &qs[qi];
    let next = qs.get(qi + 1).map_or(usize::MAX, |n| n.first);
    let toll_word = |tr: &Trigger| tr.predicate.is_toll() && tr.at >= q.last && tr.at < next;
    let identified = |v: Predicate| victims_identified(p, v);
    let joined = |v: Predicate| forces_joined(p, v);
    let governed = verb.is_some_and(|k| {
        let v = &triggers[k];
        v.predicate.counts_people() && v.quantity.is_none() && v.at + v.len + window::GOVERNS >= q.first
    });
    let noun_free = |tr: &Trigger| !tr.noun || !(governed || own_figure_after(cx, qs, tr));
    triggers.iter().position(|tr| {
        near(tr)
            && noun_free(tr)
            && (matches!(p, Predicate::Participants | Predicate::Employees | Predicate::Deployed)
                || (identified(tr.predicate) && !figure_right_after(qs, tr) && tr.at < next))
            && (!tr.noun || toll_word(tr))
            && tr.quantity.is_none()
            // A cut of staff after it, verb-final: "20.000 Mitarbeiter abbauen".
            && (tr.predicate.counts_people() || (tr.predicate == Predicate::Cut && p == Predicate::Employees))
            && tr.predicate != p
            && !joined(tr.predicate)
            // Staff, then another conjunct's act: "has 14,000 workers and
            // will lay off 500" lays off 500, not the staff.
            && !(p == Predicate::Employees && (apart(cx, q.last, tr.at) || figure_right_after(qs, tr)))
            // Or a phrase that starts on the counted noun itself ("von
            // 2.400 Mitarbeitern trennen").
            && (tr.at >= q.last || (tr.at > q.number_at && tr.at + tr.len > q.last))
            && tr.at <= q.last + befell_reach(qs, qi, p, tr)
    })
}

/// Whether victims (measure `p`) are counted by act `v` as identified, not
/// as a toll: "92 vítimas já foram identificadas", "identificate 135
/// vittime".
fn victims_identified(p: Predicate, v: Predicate) -> bool {
    v == Predicate::Identified && p.is_casualty()
}

/// Whether forces (measure `p`) take part in an operation (act `v`): they
/// are deployed to it ("2,000 soldiers took part in the search"), no crowd.
fn forces_joined(p: Predicate, v: Predicate) -> bool {
    p == Predicate::Deployed && v == Predicate::Participants
}

/// How far after the people figure `qi` counts (measure `p`) trigger `tr`
/// may stand and still tell what befell them: farther than a noun right
/// after them only as the clause's verb, a toll's ("are missing", "still
/// missing"; not "to search for the missing"), or a lay-off's after staff
/// with no figure of its own ("14000 de ses employés vont en effet
/// bientôt être licenciés"), or a cut's with no figure after it at all
/// ("14,000 workers are expected to have their roles slashed", not "has
/// 14,000 workers and cut costs by 10%").
fn befell_reach(qs: &[numbers::Mention], qi: usize, p: Predicate, tr: &Trigger) -> usize {
    let q = &qs[qi];
    let next = qs.get(qi + 1).map_or(usize::MAX, |n| n.first);
    let toll_word = tr.predicate.is_toll() && tr.at >= q.last && tr.at < next;
    let figure_after = tr.predicate == Predicate::Cut && next <= tr.at + window::BEFELL;
    let laid_off = p == Predicate::Employees
        && matches!(tr.predicate, Predicate::LayOff | Predicate::Cut)
        && !tr.noun
        && tr.at < next
        && !figure_after
        && !figure_right_after(qs, tr);
    if (toll_word && !tr.noun) || laid_off { window::BEFELL } else { window::AFTER_NUMBER }
}

/// How many tokens of a demonym's prefix may stand between a figure and
/// the demonym of the people it counts ("173 sud-Coréens": "sud", "-").
const NATIONALS_PREFIX: usize = 2;

/// Whether a count of people (or of nothing named) right after trigger
/// `tr` ([`figure_right_after`]) is its own, nothing but words between
/// them and no coordinator: "the deaths of 158 people", not "21 confirmed
/// deaths, with ten people", "desaparecidas nueve horas" or a figure past
/// the sentence's end.
fn own_figure_after(cx: &crate::extract::Ctx, qs: &[numbers::Mention], tr: &Trigger) -> bool {
    let k = qs.partition_point(|n| n.first <= tr.at);
    let words = |n: &numbers::Mention| {
        (tr.at + tr.len..n.first).all(|j| cx.tokens.toks[j].kind == Kind::Word) && !apart(cx, tr.at + tr.len, n.first)
    };
    let counted = |n: &numbers::Mention| is_bare(n) || counts_people(n, false);
    figure_right_after(qs, tr) && qs.get(k).is_some_and(|n| words(n) && counted(n))
}

/// Whether a figure starts within [`window::GOVERNS`] tokens after trigger
/// `tr`, whatever figure stands before it: the act's own ("has identified
/// over 59 victims").
fn figure_right_after(qs: &[numbers::Mention], tr: &Trigger) -> bool {
    let k = qs.partition_point(|n| n.first <= tr.at);
    qs.get(k).is_some_and(|n| n.first <= tr.at + tr.len + window::GOVERNS)
}

/// The trigger of figure `qi` when it is the whole of another figure of
/// its clause (figures from `lo`, the clause from token `ca`): "241 of the
/// 242 on board", "Of the 242 on board, one survived" count the people
/// aboard, whatever befell the part; "15% of its workforce (about 133,000
/// people)" gives the staff's size ([`whole_of_share`]).
fn whole_trigger(
    cx: &crate::extract::Ctx,
    qs: &[numbers::Mention],
    (lo, ca): (usize, usize),
    qi: usize,
) -> Option<Trigger> {
    let (q, before) = (&qs[qi], qs[lo..qi].last());
    let whole_aboard = before.is_some_and(|p| filters::whole_of(cx, p, q)) || filters::whole_first(cx, q, ca);
    if aboard(cx, q) && whole_aboard {
        return Some(on_board(qi, q));
    }
    before.filter(|p| whole_of_share(cx, p, q)).map(|_| staff(qi, q))
}

/// How many words may stand between a share of the staff and the
/// bracket that gives the staff's size ("della sua forza lavoro globale (").
const SHARE_WHOLE_REACH: usize = 6;

/// Whether figure `q` opens a bracket right after the phrase of the share
/// figure `p` (at most [`SHARE_WHOLE_REACH`] words between) and counts
/// people, `p` a share of the staff: `q` is the staff's size ("15% of its
/// workforce (about 133,000 people)", "il 15 per cento della sua forza
/// lavoro globale (circa 133mila persone)").
fn whole_of_share(cx: &crate::extract::Ctx, p: &numbers::Mention, q: &numbers::Mention) -> bool {
    let t = cx.tokens;
    let staff = p.share_of.is_some_and(|k| super::is_people_key(k, true)) && p.quantity.unit == Unit::Percent;
    let open = q.first.checked_sub(1).filter(|&j| j >= p.last && t.is_open_bracket(j));
    let near =
        open.is_some_and(|o| o - p.last <= SHARE_WHOLE_REACH && (p.last..o).all(|j| t.toks[j].kind == Kind::Word));
    let people = matches!(&q.quantity.unit, Unit::Count { concept } if concept.as_ref().is_none_or(|k| Concept::is_people(&k.0)));
    staff && near && people
}

/// The trigger of a staff's size for figure `qi`.
fn staff(qi: usize, q: &numbers::Mention) -> Trigger {
    Trigger { at: q.number_at, len: 0, predicate: Predicate::Employees, quantity: Some(qi), noun: true }
}

/// The trigger of the people aboard for figure `qi`.
fn on_board(qi: usize, q: &numbers::Mention) -> Trigger {
    Trigger { at: q.number_at, len: 0, predicate: Predicate::OnBoard, quantity: Some(qi), noun: false }
}

/// The trigger a figure's own phrase settles, whatever act stands near:
/// forces aboard a craft are aboard ("tres soldados a bordo", "A bordo
/// del helicóptero viajaban tres soldados"); bodies count the dead found
/// and take no other toll's word ("28 corps identifiés").
fn settled_trigger(cx: &crate::extract::Ctx, q: &numbers::Mention, qi: usize) -> Option<Trigger> {
    let counted =
        |predicate: Predicate| Trigger { at: q.number_at, len: 0, predicate, quantity: Some(qi), noun: false };
    match q.measure {
        Some(Predicate::Deployed) if aboard_near(cx, q) => Some(on_board(qi, q)),
        Some(p) if own_bodies(cx, q) => Some(counted(p)),
        _ => None,
    }
}

/// How many words may stand between a count of people and the phrase
/// that puts them aboard ("tre soldati erano sull'elicottero", "A bordo
/// del helicóptero viajaban tres soldados", "Sessenta passageiros e
/// quatro tripulantes estavam a bordo").
const ABOARD_REACH: usize = 4;

/// Whether a phrase of being aboard a craft ([`crate::lang::Area::Aboard`])
/// stands within [`ABOARD_REACH`] words after the count `q`, or ends
/// within them before it, with no comma and no word of another act
/// between.
fn aboard_near(cx: &crate::extract::Ctx, q: &numbers::Mention) -> bool {
    let t = cx.tokens;
    let aboard = |j: usize| cx.tags.find(j, kinds![Area], |g| matches!(g, Tag::Area(Area::Aboard)).then_some(()));
    let plain = |a: usize, b: usize| {
        (a..b).all(|j| !t.is_comma(j) && !cx.tags.any(j, kinds![Predicate, Measure]))
            && (a + 1..b).all(|j| !t.toks[j].newline_before())
    };
    let after = (q.last..(q.last + ABOARD_REACH + 1).min(t.len())).any(|j| aboard(j).is_some() && plain(q.last, j));
    let before = (q.first.saturating_sub(ABOARD_REACH + 4)..q.first).any(|j| {
        aboard(j)
            .is_some_and(|(_, l)| j + l <= q.first && q.first - (j + l) <= ABOARD_REACH + 1 && plain(j + l, q.first))
    });
    after || before
}

/// Whether a part of a figure just given ("38.000 karyawan, termasuk
/// 1.800 orang") is kept as a figure of its own: at a place, which is that
/// place's figure ("killed 130 people, including 57 in Belmora",
/// "including 380 in rebel-held areas"), or of a group ("including 12
/// children"), or of a kind of victim its own noun names ("including
/// 1,404 in serious condition"). Any other part states no figure of its
/// own.
/// Whether a clause opens with a colon ("... : 18 adultes et 14 enfants").
fn opens_with_colon(t: &crate::text::Tokens, clause: &Clause) -> bool {
    clause.start < t.len() && t.is_punct(clause.start, ':')
}

/// Whether a figure counts a group of people kept apart ([`Concept::GROUPS`]).
fn counts_group(q: &numbers::Mention) -> bool {
    matches!(&q.quantity.unit, Unit::Count { concept: Some(c) } if Concept::is_group(&c.0))
}

fn kept_part(cx: &crate::extract::Ctx, q: &numbers::Mention) -> bool {
    counts_group(q) || at_place(cx, q) || own_kind(q)
}

/// Whether a part's own measure names a kind of victim apart from its
/// whole's ("dont 51 dans un état grave"): it takes that measure, not the
/// act of the figure before it.
fn own_kind(q: &numbers::Mention) -> bool {
    q.measure == Some(Predicate::SeriouslyInjured)
}

/// Whether figure `q` is given at a named place or an area right after
/// it ("81.000 à Paris", "380 in rebel-held areas").
fn at_place(cx: &crate::extract::Ctx, q: &numbers::Mention) -> bool {
    numbers::at_named_place(cx, q.last) || numbers::at_area(cx, q.last)
}

/// The trigger of a part kept for its place or group ([`kept_part`]):
/// that of the last figure before it, whose act it shares ("fez 50
/// mortos, incluindo quatro crianças"), with figure `qi`.
fn part_trigger(triggers: &[Trigger], extra: &[Trigger], qi: usize) -> Option<Trigger> {
    let whole = |tr: &&Trigger| tr.quantity.is_some_and(|k| k < qi);
    let told = triggers.iter().chain(extra).filter(whole).max_by_key(|tr| tr.quantity).copied();
    told.map(|tr| Trigger { quantity: Some(qi), ..tr })
}

/// Whether a valuation or a price values the things a count right before
/// it counts, not the claim's subject: "is buying 220 Boeing aircraft
/// valued at $34 billion", "220 new Boeing jets worth $70 billion at list
/// prices" say nothing of the buyer's worth nor of a price. The trigger
/// follows the count right after its last word, or the amount does, at
/// most [`VALUE_WORDS`] words after it. Such a value has no predicate of
/// its own here.
fn values_an_act(clause: &Clause, tr: &Trigger, qs: &[numbers::Mention]) -> bool {
    let priced = matches!(tr.predicate, Predicate::Valuation | Predicate::Price);
    let amount = tr.quantity.map(|qi| &qs[qi]).filter(|m| matches!(m.quantity.unit, Unit::Money { .. }));
    let counted = |c: &numbers::Mention| {
        matches!(c.quantity.unit, Unit::Count { .. })
            && c.first >= clause.start
            && (c.last == tr.at || amount.is_some_and(|m| m.first > c.last && m.first - c.last <= VALUE_WORDS))
    };
    // Figures do not overlap: in text order, their ends are ordered too,
    // and only those ending at the trigger or right before the amount
    // are read (linear in the document).
    let ending = |a: usize, b: usize| {
        let lo = qs.partition_point(|q| q.last < a);
        &qs[lo..qs.partition_point(|q| q.last <= b).max(lo)]
    };
    let before_amount = amount.map_or(&[][..], |m| ending(m.first.saturating_sub(VALUE_WORDS), m.first));
    priced && (ending(tr.at, tr.at).iter().any(counted) || before_amount.iter().any(counted))
}

/// The most words between a count and the amount that values what it
/// counts: "worth", "valued at" ([`values_an_act`]).
const VALUE_WORDS: usize = 2;

/// How many tokens may stand between a verb of receiving and the fine's
/// noun it receives: "received a fine", "Denda yang diterima", "the fine
/// Acme Air received".
const FINE_NOUN_REACH: usize = 4;

/// Whether a trigger with no figure stands right after a count another
/// trigger of the clause took: a participle that tells that trigger's act
/// ("el pedido ... supera los 460 aviones comprados en 2011 por Globex"),
/// no act of its own.
fn participle_of_taken(clause: &Clause, tr: &Trigger, qs: &[numbers::Mention]) -> bool {
    clause
        .triggers
        .iter()
        .filter_map(|o| o.quantity)
        .any(|qi| qs.get(qi).is_some_and(|m| m.last == tr.at && matches!(m.quantity.unit, Unit::Count { .. })))
}

/// How far after a participle its agent marker may stand, past a time
/// ("acquistati nel 2011 da"): [`Doc::participle_agent`].
const PARTICIPLE_AGENT_REACH: usize = 4;

/// How many function words may stand between a figureless trigger and the
/// act it introduces ([`Doc::introduces`]): "unveiled the orders for".
const INTRODUCED_REACH: usize = 2;

/// How many tokens after the number of a part of the injured the phrase
/// that says it is hurt seriously may start ("35 der Verletzten schwebten
/// nach Angaben der Klinik in Lebensgefahr": eight).
const SEVERITY_REACH: usize = 9;

/// Whether trigger `tr`, an identification after a figure ending at
/// `last`, has a figure of its own right after it: "handed over the
/// bodies of 56 victims, and has identified 59 victims".
fn identified_own(qs: &[numbers::Mention], tr: &Trigger, last: usize) -> bool {
    tr.predicate == Predicate::Identified && tr.at >= last && figure_right_after(qs, tr)
}

/// Whether a comma or a coordinator stands in tokens `a..b`.
fn apart(cx: &crate::extract::Ctx, a: usize, b: usize) -> bool {
    (a..b).any(|j| cx.tokens.is_comma(j) || cx.tags.any(j, kinds![Coordinator]))
}

/// Whether figure `q` counts bodies ([`Concept::BODY`]): a word for them in
/// its phrase ("27 bodies"), or right before it, linked by at most
/// [`BODY_LINK`] function words, with people counted ("the bodies of 27
/// passengers", "les restes de 41 personnes", "die Leichen von 67 Menschen").
pub(super) fn counts_bodies(cx: &crate::extract::Ctx, q: &numbers::Mention) -> bool {
    let t = cx.tokens;
    let own = own_bodies(cx, q);
    let people = matches!(&q.quantity.unit, Unit::Count { concept: Some(k) } if Concept::is_people(&k.0));
    // Not past a coordinator: "55 corpi ma 12 persone" counts no bodies.
    let function = |j: usize| {
        t.toks[j].kind == Kind::Word && cx.lex.is_function_word(t.folded(j)) && !cx.tags.any(j, kinds![Coordinator])
    };
    let links = (0..q.first).rev().take(BODY_LINK).take_while(|&j| function(j)).count();
    // People a relative clause defines are the toll's ("os corpos das 67
    // pessoas que morreram"), whose bodies are found or not.
    let defined = q.last < t.len() && cx.tags.any(q.last, kinds![RelativePronoun]);
    let before = people && !defined && links > 0 && q.first > links && is_body(cx, q.first - links - 1);
    own || before
}

/// Whether a word for bodies stands in the phrase of figure `q` ("27 bodies").
fn own_bodies(cx: &crate::extract::Ctx, q: &numbers::Mention) -> bool {
    (q.number_at + 1..=q.last.min(cx.tokens.len().saturating_sub(1))).any(|j| is_body(cx, j))
}

/// How many function words may link a word for bodies to the count of
/// people after it ("the bodies of all 67", "os corpos das 67 pessoas").
const BODY_LINK: usize = 3;

/// Whether token `j` is a word for bodies ([`Concept::BODY`]).
fn is_body(cx: &crate::extract::Ctx, j: usize) -> bool {
    cx.tags.has(j, kinds![Concept], |g| matches!(g, Tag::Concept(k) if k.as_str() == Concept::BODY))
}

/// The predicate of a claim whose act `tr` (of kind `kind`) has `object`:
/// a cut of people is a lay-off ("cut jobs", with no figure too); a share
/// of the votes received is a vote share ("received 44% of the votes").
fn object_kind(tr: &Trigger, kind: Predicate, object: Option<&Object>, qs: &[numbers::Mention]) -> Predicate {
    let people = matches!(object, Some(Object::Concept { concept }) if is_people(concept, true));
    let of_votes = tr.quantity.and_then(|qi| qs[qi].share_of) == Some(Predicate::Votes.as_str());
    match kind {
        _ if tr.predicate == Predicate::Cut && people => Predicate::LayOff,
        Predicate::Receive if of_votes => Predicate::Votes,
        _ => kind,
    }
}

/// Whether a part's claim stands apart from the whole it is a part of: a
/// subject of its own (a place) or an object (a group). One with neither
/// would read as the whole: "50 people, of whom 20 in a town no name marks".
/// (A part that names a kind of victim of its own, "including 1,404 in
/// serious condition", is no part: see `Doc::draft`.)
fn part_stands_apart(subject: &EntityRef, object: Option<&Object>) -> bool {
    &*subject.key != super::EVENT || object.is_some()
}

/// Whether a predicate counts the victims of an event, whose groups
/// (children, officers) are parts of them ([`Concept::GROUPS`]). A
/// crowd's people are one crowd whatever they are ("5,000 farmers").
fn victims(p: Predicate) -> bool {
    p.is_casualty() || p == Predicate::Evacuated
}

/// Whether a figure is a count with no noun of its own but people at
/// most ("1 em Belmora", "six à Lamora", "6 personnes").
pub(super) fn is_bare(q: &numbers::Mention) -> bool {
    q.measure.is_none() && (q.quantity.unit == Unit::Count { concept: None } || counts_people(q, false))
}

/// "antara buruh dan Acme, dengan 33 ribu masinis mogok kerja": people
/// counted, then what they did: the free verb on people right after a
/// count of a named noun takes it, rather than the trigger `before` it
/// when that is a noun well before (a noun right before names them:
/// "死亡人数1387人"), a verb whose figure never counts people ("merilis
/// tiga jiwa meninggal": releasing is no act on three people) or a word
/// of money.
fn deed_after(
    triggers: &[Trigger],
    q: &numbers::Mention,
    last: usize,
    before: Option<usize>,
    near: &dyn Fn(&Trigger) -> bool,
) -> Option<usize> {
    let far_noun = |k: usize| triggers[k].noun && triggers[k].at + triggers[k].len + window::AFTER_NUMBER < q.first;
    let not_on_people =
        |k: usize| !triggers[k].noun && !triggers[k].predicate.counts_heads() && counts_people(q, false);
    let money = |k: usize| triggers[k].predicate.is_money() && counts_people(q, true);
    // "plant, bis 2030 rund 11.000 Stellen abzubauen": a plan counts no jobs.
    let plan = |k: usize| triggers[k].predicate == Predicate::Plan && counts_people(q, true);
    let yields = |k: usize| far_noun(k) || not_on_people(k) || money(k) || plan(k);
    if !matches!(q.quantity.unit, Unit::Count { concept: Some(_) }) || !before.is_none_or(yields) {
        return None;
    }
    // A cut of people is a lay-off ("bis 2030 rund 11.000 Stellen
    // abzubauen", see [`retype`]).
    let on_people = |tr: &Trigger| tr.predicate.counts_people() || tr.predicate == Predicate::Cut;
    triggers.iter().position(|tr| {
        near(tr)
            && !tr.noun
            && tr.quantity.is_none()
            && on_people(tr)
            && tr.at >= last
            && tr.at <= last + window::AFTER_NUMBER
    })
}

/// Whether `tr` is a staff noun and `q` a percent: a staff noun counts
/// heads, never a percent ("reduce our workforce by about 10%" states no
/// staff of 10%).
fn staff_in_percent(q: &numbers::Mention, tr: &Trigger) -> bool {
    q.quantity.unit == Unit::Percent && tr.noun && tr.predicate == Predicate::Employees
}

/// Whether `tr` is a word of money and `q` a count of people or jobs:
/// money is not counted in heads ("Wegen der Verluste will Acme 2.000
/// Stellen abbauen" gives no loss of 2,000 jobs). A loss of jobs is a
/// lay-off ("la perdita di 9.000 posti di lavoro", see [`retype`]).
fn money_in_heads(q: &numbers::Mention, tr: &Trigger) -> bool {
    let Unit::Count { concept: Some(c) } = &q.quantity.unit else { return false };
    let jobs = !is_people(c, false);
    is_people(c, true) && tr.predicate.is_money() && !(jobs && tr.predicate == Predicate::Loss)
}

/// The most words a quoted name may have ("«Аэрофлот»", "„Deutsche Bahn“"):
/// a longer quotation is a phrase, whose names act in nothing outside it.
const QUOTED_NAME: usize = 4;

/// Whether `q` counts staff or jobs and `tr` is a trade in goods (a sale, a
/// purchase, an order, a shipment, an export): no one trades jobs, so
/// "cut 5,000 jobs and 6,000 more through the sale of units" cuts both.
fn staff_in_trade(q: &numbers::Mention, tr: &Trigger) -> bool {
    let Unit::Count { concept: Some(c) } = &q.quantity.unit else { return false };
    let staff = matches!(&*c.0, "employees" | "job");
    let trade = matches!(
        tr.predicate,
        Predicate::Sell | Predicate::Buy | Predicate::Order | Predicate::Ship | Predicate::Export
    );
    staff && trade
}

/// A trade that the count of staff `q` stands near claims only with a
/// figure of its own: "l'élimination de 9.000 postes ... due à la faiblesse
/// des ventes" tells of no sale ([`staff_in_trade`]).
fn mute_trades(triggers: &mut [Trigger], q: &numbers::Mention, near: &dyn Fn(&Trigger) -> bool) {
    for tr in triggers.iter_mut().filter(|tr| tr.quantity.is_none() && staff_in_trade(q, tr) && near(tr)) {
        tr.noun = true;
    }
}

/// Any other quantity: the figure of the nearest fitting trigger; a copy of
/// that trigger (returned) when it already has one. `last` is where the
/// figure ends, past its conversion in brackets if one follows.
fn attach_figure(
    triggers: &mut [Trigger],
    qi: usize,
    q: &numbers::Mention,
    last: usize,
    near: &dyn Fn(&Trigger) -> bool,
) -> Option<Trigger> {
    // Aid is an amount of money only: "Twenty aid workers were killed"
    // counts no aid.
    let money = matches!(q.quantity.unit, Unit::Money { .. });
    mute_trades(triggers, q, near);
    let near_any = |tr: &Trigger| {
        near(tr) && !staff_in_percent(q, tr) && !staff_in_trade(q, tr) && (money || tr.predicate != Predicate::Aid)
    };
    // Nor is money a head count: "a annoncé une aide de 300 millions
    // d'euros aux sinistrés" gives the people after it no figure.
    let near = |tr: &Trigger| near_any(tr) && !money_in_heads(q, tr) && !(money && tr.predicate.counts_no_money());
    // "150 were injured and 17 are still missing": a measure noun right
    // after the number counts it, before any verb earlier in the clause.
    let noun_after = triggers.iter().position(|tr| {
        near(tr) && tr.noun && tr.quantity.is_none() && tr.at >= last && tr.at <= last + window::AFTER_NUMBER
    });
    let before = triggers.iter().rposition(|tr| tr.at < q.first && near(tr));
    // "150 were injured and 17 are still missing": when the verb before
    // already has its number, a free verb right after takes this one.
    let free_after = triggers
        .iter()
        .position(|tr| near(tr) && tr.quantity.is_none() && tr.at >= last && tr.at <= last + window::AFTER_NUMBER)
        .filter(|_| before.is_some_and(|k| triggers[k].quantity.is_some()));
    // "prendeu 37 manifestantes", "arrested 37 protesters": a verb on
    // people before the number keeps it from the noun after it.
    let verb_on_people = before.filter(|&k| {
        let v = &triggers[k];
        !v.noun && v.quantity.is_none() && v.predicate.counts_people() && v.at + window::VERB_ON_PEOPLE >= q.first
    });
    let noun_after = noun_after.filter(|_| verb_on_people.is_none());
    // A money word before the count yields it to the deed after it, as a
    // noun well before does ("재정 손실을 막기 위해 ... 1만7000명을 감원").
    let did_after =
        deed_after(triggers, q, last, triggers.iter().rposition(|tr| tr.at < q.first && near_any(tr)), &near);
    // "Rund 250 Einsatzkräfte waren im Einsatz, um nach weiteren
    // Vermissten zu suchen": a count of a named noun is no figure of a
    // measure noun well after it.
    let named = matches!(q.quantity.unit, Unit::Count { concept: Some(_) });
    let noun_well_after = |tr: &Trigger| tr.noun && tr.at > last + window::AFTER_NUMBER;
    // Money with a word of aid right after it is aid, whatever verb gives
    // it: "a débloqué 2,5 millions d'euros d'aide humanitaire", "allocated
    // $50 million in aid".
    let aid_after = triggers.iter().position(|tr| {
        money
            && near(tr)
            && tr.predicate == Predicate::Aid
            && tr.quantity.is_none()
            && tr.at >= last
            && tr.at <= last + window::AFTER_NUMBER
    });
    // The verb before whose figure went to the deed after claims only with
    // a figure of its own ("merilis tiga jiwa meninggal" releases nothing).
    let went_after = (did_after.is_some() && noun_after.is_none() && free_after.is_none()) || aid_after.is_some();
    if let Some(b) = before.filter(|_| went_after) {
        triggers[b].noun = true;
    }
    let target = aid_after
        .or(noun_after)
        .or(free_after)
        .or(did_after)
        .or(before)
        .or_else(|| triggers.iter().position(|tr| tr.at >= last && near(tr) && !(named && noun_well_after(tr))));
    // People are not counted in money: "que emprega 38 mil pessoas,
    // quer economizar 600 milhões de euros" gives no staff of €600M.
    let k = target.filter(|&k| !(money && triggers[k].predicate.counts_no_money()))?;
    if triggers[k].quantity.is_none() {
        triggers[k].quantity = Some(qi);
        None
    } else {
        let mut copy = triggers[k];
        copy.quantity = Some(qi);
        Some(copy)
    }
}

impl Doc<'_, '_> {
    /// Staff counted as affected in a clause (whose phrase kinds are
    /// `kinds`) of a sentence `s` that tells of a lay-off are the people
    /// laid off ("about 12,000 employees will be affected", "betroffen sind
    /// rund 12.000 Mitarbeiter", "受影響員工達12,000人"), not the workforce.
    fn affected_staff(&self, triggers: &mut [Trigger], s: Sentence, kinds: Kinds) {
        let tags = self.cx.tags;
        let staff = |tr: &Trigger| tr.predicate == Predicate::Employees && tr.quantity.is_some();
        if !kinds.meets(kinds![Affected]) || !triggers.iter().any(staff) {
            return;
        }
        let lay_off = |g: Tag| matches!(g, Tag::Predicate(Predicate::LayOff | Predicate::Cut));
        if !(s.start..s.end).any(|j| tags.has(j, kinds![Predicate], lay_off)) {
            return;
        }
        for tr in triggers.iter_mut().filter(|tr| staff(tr)) {
            tr.predicate = Predicate::LayOff;
        }
    }

    /// The object of a toll counted in bodies ("divers recovered two
    /// bodies", "drei Leichen geborgen"): [`Concept::BODY`]; `None` for
    /// any other noun.
    fn bodies(&self, q: &numbers::Mention) -> Option<Object> {
        counts_bodies(self.cx, q).then(|| Object::Concept { concept: Concept(Concept::BODY.to_string()) })
    }

    /// A cut of a share of the staff lays it off: the staff's measure word
    /// right before the cut ("the 12% head count cut") or after it past at
    /// most two function words or locatives ("a 15% cut in its workforce",
    /// "a 12% cut to its head count"). "a 15% cut in its budget" stays a
    /// cut. The staff's word may also stand anywhere between the cut and
    /// its figure ([`Doc::staff_between`]: "réduire la taille de notre
    /// main-d'oeuvre totale d'environ 10%"). Where the verb follows its
    /// figure, the staff's word may stand before the figure instead, past
    /// at most two function words ("seine Belegschaft um 20 Prozent
    /// kürzen"). (A share followed by its whole, "10% of its workforce",
    /// is a lay-off already by the share's whole.)
    /// Whether a staff word stands between the tokens `from..to` (a cut and
    /// its figure), at most [`window::STAFF_BETWEEN`] of them and no mark
    /// that ends a phrase among them (a hyphen or an apostrophe may stand:
    /// "main-d'oeuvre").
    fn staff_between(&self, from: usize, to: usize, staff: impl Fn(usize) -> bool) -> bool {
        let t = self.cx.tokens;
        let open = |j: usize| t.toks[j].kind != Kind::Punct || matches!(t.raw(j), "-" | "'" | "’");
        to > from && to - from <= window::STAFF_BETWEEN && (from..to).all(open) && (from..to).any(staff)
    }

    fn staff_cuts(&self, triggers: &mut [Trigger], qs: &[numbers::Mention], end: usize) {
        let cx = self.cx;
        let t = cx.tokens;
        let is_staff = |g: Tag| matches!(g, Tag::Measure(Predicate::Employees)).then_some(());
        let staff = |j: usize| cx.tags.find(j, kinds![Measure], is_staff).is_some();
        // Function words and locatives ("in its workforce").
        let function = |j: usize| {
            t.toks[j].kind == Kind::Word && (cx.lex.is_function_word(t.folded(j)) || cx.lex.locative_before(t, j + 1))
        };
        for tr in triggers.iter_mut().filter(|tr| tr.predicate == Predicate::Cut) {
            let Some(qi) = tr.quantity.filter(|&qi| qs[qi].quantity.unit == Unit::Percent) else { continue };
            let before = crate::extract::ending_at(cx.tags, tr.at, kinds![Measure], is_staff)
                .is_some_and(|(_, s)| s >= qs[qi].last);
            let from = tr.at + tr.len.max(1);
            let q = &qs[qi];
            let after = (from..(from + 3).min(end)).find(|&j| !function(j)).is_some_and(staff)
                || self.staff_between(from, q.first, staff);
            let ahead = q.last == tr.at && {
                let lead = (q.first.saturating_sub(3)..q.first).rev().find(|&j| !function(j));
                lead.is_some_and(|j| crate::extract::ending_at(cx.tags, j + 1, kinds![Measure], is_staff).is_some())
            };
            // "The cuts make up around 5% of Amazon's corporate workforce":
            // the share's own whole is the staff.
            let share = self.staff_between(q.last, (q.last + SHARE_OF_STAFF).min(end), staff);
            if before || after || ahead || share {
                tr.predicate = Predicate::LayOff;
            }
        }
        self.staff_cut_by(triggers, qs);
    }

    /// "cut its workforce by 9,000", "réduire ses effectifs de 9 000
    /// personnes": a count after a "by" word that the staff noun a cut verb
    /// governs took (at most [`window::AUXILIARY`] + 1 function words or
    /// plain lowercase words between them) is the number laid off. The staff noun's trigger
    /// becomes the lay-off; the cut's, left with no figure, a noun that
    /// [`Doc::clause_claims`] drops.
    fn staff_cut_by(&self, triggers: &mut [Trigger], qs: &[numbers::Mention]) {
        let (cx, t) = (self.cx, self.cx.tokens);
        // Function words and plain adjectives: "its global workforce".
        let function = |j: usize| {
            t.toks[j].kind == Kind::Word
                && (cx.lex.is_function_word(t.folded(j))
                    || (t.toks[j].case == Case::Lower && !cx.tags.any(j, kinds![Predicate, Measure, Number])))
        };
        for k in 0..triggers.len() {
            let s = triggers[k];
            let counted = s.quantity.is_some_and(|qi| {
                matches!(qs[qi].quantity.unit, Unit::Count { .. })
                    && crate::extract::revisions::by_before(cx, qs[qi].first)
            });
            if s.predicate != Predicate::Employees || !s.noun || !counted {
                continue;
            }
            let governs = |c: &Trigger| {
                let from = c.at + c.len.max(1);
                c.predicate == Predicate::Cut
                    && !c.noun
                    && c.quantity.is_none()
                    && from <= s.at
                    && s.at - from <= window::AUXILIARY + 1
                    && (from..s.at).all(function)
            };
            if let Some(c) = triggers.iter().position(governs) {
                triggers[k].predicate = Predicate::LayOff;
                triggers[c].noun = true;
            }
        }
    }
}

/// Predicates retyped by their figure, measure nouns without one dropped,
/// and the triggers put in text order.
fn retype(triggers: &mut Vec<Trigger>, qs: &[numbers::Mention]) {
    // "emplea a 600 personas", "impiega 600 persone": a verb of using
    // that counts people employs them.
    for tr in triggers.iter_mut().filter(|tr| tr.predicate == Predicate::Use) {
        if tr.quantity.is_some_and(|qi| counts_people(&qs[qi], false)) {
            tr.predicate = Predicate::Employees;
        }
    }
    // "cut 4,500 jobs", "taglierà 3.000 posti di lavoro": a cut of
    // people or jobs lays them off; "cut rates by 0.25 points" stays a cut.
    // So does a loss of jobs: "la perdita di 9.000 posti di lavoro".
    for tr in triggers.iter_mut().filter(|tr| matches!(tr.predicate, Predicate::Cut | Predicate::Loss)) {
        if tr.quantity.is_some_and(|qi| counts_people(&qs[qi], true)) {
            tr.predicate = Predicate::LayOff;
        }
    }
    // "Le vendite sono scese a 1,6 milioni": sales counted, not money, are
    // units sold.
    for tr in triggers.iter_mut().filter(|tr| tr.predicate == Predicate::Revenue) {
        if tr.quantity.is_some_and(|qi| matches!(qs[qi].quantity.unit, Unit::Count { .. })) {
            tr.predicate = Predicate::Sell;
        }
    }
    triggers.retain(|tr| !tr.noun || tr.quantity.is_some());
    triggers.sort_by_key(|tr| (tr.at, tr.quantity));
}

/// How far before a reporting verb a time dates the report ([`Doc::dates_report`]).
const REPORT_DATE_REACH: usize = 2;
/// How far after a reporting verb a time dates the report ("anunciou,
/// nesta quinta-feira"; [`Doc::dates_report`]).
const REPORT_DATE_AFTER: usize = 3;

/// A lay-off's figure counts staff whatever the sentence names: "15,000
/// layoffs", "裁员 15,000", "cut 15%". A count that names nothing it counts,
/// or counts people ("17,000 people", "1万7000人": the people laid off are
/// staff), counts employees, as does an object of people, and a share with no whole of its own is a
/// share of them. A count of jobs or of named staff, and a share of a
/// named whole, keep theirs.
fn implied_staff(
    predicate: Predicate,
    object: Option<Object>,
    quantity: Option<Quantity>,
) -> (Option<Object>, Option<Quantity>) {
    const STAFF: &str = "employees";
    const PEOPLE: &str = "person";
    if predicate != Predicate::LayOff {
        return (object, quantity);
    }
    // "cut 10% of its staff, about 17,000 people": the people are staff.
    let object = match object {
        Some(Object::Concept { concept }) if concept.0 == PEOPLE => {
            Some(Object::Concept { concept: crate::schema::Concept(STAFF.to_string()) })
        }
        o => o,
    };
    match quantity {
        Some(mut q)
            if matches!(&q.unit, Unit::Count { concept: None })
                || matches!(&q.unit, Unit::Count { concept: Some(c) } if c.0 == PEOPLE) =>
        {
            q.unit = Unit::Count { concept: Some(crate::schema::Concept(STAFF.to_string())) };
            (object, Some(q))
        }
        Some(q) if q.unit == Unit::Percent && object.is_none() => {
            (Some(Object::Concept { concept: crate::schema::Concept(STAFF.to_string()) }), Some(q))
        }
        q => (object, q),
    }
}

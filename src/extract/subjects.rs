//! Who may be a subject. Names that never are: an outlet cited ("told
//! Velnews"), a name after a preposition of time or circumstance ("nach
//! Feierabend", "after Velfest"), the possessor of another name in one
//! noun phrase ("Acme's parent Globex": Globex is the head), a weekday, a
//! dateline ("VELMORA (Velnews) –", "Kota, Outlet.com –"). And the
//! antecedents of explicit anaphors ("the company", "it", "la société",
//! "perusahaan itu"): the nearest name of a compatible kind that stands
//! first in its sentence, in the anaphor's sentence or the ones before.

use once_cell::sync::Lazy;
use rustc_hash::FxHashSet as HashSet;

use super::{Ctx, entities::Mention};
use crate::lang::{Lang, Referent, Tag, kinds};
use crate::schema::EntityKind;
use crate::text::{Case, Kind, Sentence, Tokens, fold_as, tokenize};

/// How many articles or other function words may stand between a
/// preposition and the name it governs ("de la", "of the").
const ARTICLES_AFTER_PREPOSITION: usize = 2;

/// How many words a dateline may have before its dash.
const DATELINE_WORDS: usize = 8;

/// How many lowercase words may stand between a possessor and the name it
/// qualifies ("Acme's parent company Globex").
pub(crate) const POSSESSED_GAP: usize = 3;

/// One language's word lists, folded.
struct Words {
    prepositions: HashSet<String>,
    /// Elided prepositions, without their apostrophe ("dell", "d").
    elided: HashSet<String>,
    /// Outlet markers, split into words.
    outlet_markers: Vec<Vec<String>>,
    /// Personal pronouns, folded, each as written (lower case) and with
    /// what it refers to.
    pronouns: Vec<(String, &'static str, Referent)>,
    /// Weekdays as tokens, each with whether a space stands before it
    /// ("segunda", "-", "feira"; "thứ", "hai").
    weekdays: Vec<Vec<(String, bool)>>,
    /// The first words of the weekdays; `None` when one has no word (it
    /// would be written anywhere).
    weekday_firsts: Option<HashSet<String>>,
    /// The head nouns of the company anaphora, their last words ("automaker"
    /// of "the automaker").
    company_heads: HashSet<String>,
}

impl Words {
    fn new(lang: Lang) -> Words {
        let lex = lang.lexicon();
        // Folded as the tokenizer folds this language's words.
        let fold = |s: &str| fold_as(s, lex.keep_marks);
        let (mut prepositions, mut elided) = (HashSet::default(), HashSet::default());
        for p in lex.prepositions {
            let f = fold(p);
            match f.strip_suffix(['\'', '’']) {
                Some(stem) => elided.insert(stem.to_string()),
                None => prepositions.insert(f),
            };
        }
        let weekdays: Vec<Vec<(String, bool)>> = lex
            .weekdays
            .iter()
            .map(|&(w, _)| {
                let t = tokenize(w, &[], None, lex.keep_marks);
                (0..t.len()).map(|k| (t.folded(k).to_string(), t.toks[k].space_before())).collect()
            })
            .collect();
        let weekday_firsts = weekdays.iter().map(|parts| parts.first().map(|(w, _)| w.clone())).collect();
        Words {
            prepositions,
            elided,
            outlet_markers: lex.outlet_markers.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            pronouns: lex.pronouns.iter().map(|&(p, r)| (fold(p), p, r)).collect(),
            weekdays,
            weekday_firsts,
            company_heads: lex.company_anaphora.iter().filter_map(|p| p.split(' ').next_back()).map(fold).collect(),
        }
    }
}

/// How many words may part a place from the company noun it describes.
const DESCRIBED_COMPANY: usize = 3;

/// Whether the place `m` describes a company a company noun names next to
/// it, words only between: "Japan's third-largest automaker", "the
/// Japanese automaker", "el fabricante automotriz nipón". The place is no
/// subject; the noun refers to the company.
fn describes_company(cx: &Ctx, m: &Mention) -> bool {
    let t = cx.tokens;
    if m.kind != EntityKind::Place {
        return false;
    }
    let heads = &words(cx.lex.lang).company_heads;
    let head = |j: usize| heads.contains(t.folded(j));
    // Words of a script with case: where words run together uncased
    // ("美国波音公司"), a name may stand between that no one recognized.
    let wordish = |j: usize| {
        (t.toks[j].kind == Kind::Word && t.raw(j).chars().any(char::is_lowercase))
            || matches!(t.raw(j), "'" | "’" | "-")
    };
    // Counted in tokens: "'s" and a hyphen are two more ("Japan's third-largest").
    let after = (m.last..(m.last + 2 * DESCRIBED_COMPANY + 2).min(t.len())).take_while(|&j| wordish(j)).any(head);
    let before = (m.first.saturating_sub(DESCRIBED_COMPANY)..m.first).rev().take_while(|&j| wordish(j)).any(head);
    after || before
}

fn words(lang: Lang) -> &'static Words {
    static WORDS: Lazy<Vec<Words>> = Lazy::new(|| Lang::ALL.iter().map(|&l| Words::new(l)).collect());
    &WORDS[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)]
}

/// Whether token `i` opens a weekday's name ("Monday", "Senin",
/// "Segunda-feira", "Chủ nhật"), not inside a longer name ("Santo Domingo").
pub(crate) fn is_weekday(cx: &Ctx, i: usize) -> bool {
    let t = cx.tokens;
    let words = words(cx.lex.lang);
    // A token no weekday starts with is passed over in one look-up.
    if words.weekday_firsts.as_ref().is_some_and(|f| i >= t.len() || !f.contains(t.folded(i))) {
        return false;
    }
    // "Santo Domingo" is a name; "On Wednesday" opening a sentence is a
    // time, after a word that relates a time; so is a weekday in lower
    // case after a name ("qui a frappé Taïwan lundi").
    let inside_name = i > 0
        && t.toks[i].case != Case::Lower
        && t.toks[i - 1].kind == Kind::Word
        && t.toks[i - 1].case != Case::Lower
        && !cx.lex.is_function_word(t.folded(i - 1))
        && !cx.tags.any(i - 1, kinds![TimeRelation]);
    !inside_name
        && words.weekdays.iter().any(|parts| {
            parts.iter().enumerate().all(|(k, (w, space))| {
                let j = i + k;
                j < t.len()
                    && t.folded(j) == w
                    && (k == 0 || (t.toks[j].space_before() == *space && !t.toks[j].newline_before()))
            })
        })
}

/// Whether the words `phrase` end right before token `i`, on its line.
fn ends_before(t: &Tokens, phrase: &[String], i: usize) -> bool {
    let n = phrase.len();
    i >= n
        && i <= t.len()
        && phrase.iter().enumerate().all(|(k, w)| {
            let j = i - n + k;
            t.folded(j) == w && !(k > 0 && t.toks[j].newline_before())
        })
}

/// Whether a preposition governs the name starting at `i`: right before
/// it, or before up to two function words ("de la", "of the", "dell'").
pub(crate) fn governed_by_preposition(cx: &Ctx, i: usize) -> bool {
    let t = cx.tokens;
    let w = words(cx.lex.lang);
    let mut j = i;
    for skipped in 0..=ARTICLES_AFTER_PREPOSITION {
        if j == 0 || t.toks[j].newline_before() {
            return false;
        }
        j -= 1;
        // An elision: "dell'Economia", "d'Orange".
        if (t.raw(j) == "'" || t.raw(j) == "’") && !t.toks[j].space_before() && j > 0 {
            return w.elided.contains(t.folded(j - 1))
                || (skipped < ARTICLES_AFTER_PREPOSITION && j >= 2 && {
                    // "dopo l'Expo": an elided article after a preposition.
                    let article = t.folded(j - 1);
                    (article.chars().count() <= 2 || cx.lex.is_function_word(article))
                        && w.prepositions.contains(t.folded(j - 2))
                });
        }
        if t.toks[j].kind != Kind::Word {
            return false;
        }
        if w.prepositions.contains(t.folded(j)) {
            return !opens_clause(cx, j, i);
        }
        if !cx.lex.is_function_word(t.folded(j)) {
            return false;
        }
    }
    false
}

/// Whether the preposition at `j` is a conjunction opening a clause of its
/// own, after the main one, whose subject is the name at `i`: it breaks
/// clauses, something before it on its line is not a full stop, and a verb
/// follows the name before any punctuation ("Acme shipped 30 jets after
/// Globex ordered 20", "setelah Globex memesan"), where "after Globex's
/// results" has none. A clause put first ("After Globex ordered 20 jets,
/// Acme...") shares its span with the main clause, whose subject it is not.
fn opens_clause(cx: &Ctx, j: usize, i: usize) -> bool {
    let t = cx.tokens;
    let fronted =
        j == 0 || t.toks[j].newline_before() || matches!(t.raw(j - 1), "." | "!" | "?" | ":" | ";" | "\"" | "“" | "«");
    !fronted
        && cx.tags.any(j, kinds![ClauseBreak])
        && (i..(i + CLAUSE_VERB).min(t.len()))
            .take_while(|&k| t.toks[k].kind != Kind::Punct)
            .any(|k| cx.tags.any(k, kinds![Predicate, Reporting, Modality]))
}

/// How far after a name its clause's verb may stand (a name of up to
/// four words, and an auxiliary).
const CLAUSE_VERB: usize = 6;

/// Whether an outlet marker ends right before the name at `i`, or before
/// one function word ("told the BBC", "sagte der Zeitung").
fn after_outlet_marker(cx: &Ctx, i: usize) -> bool {
    let t = cx.tokens;
    let markers = &words(cx.lex.lang).outlet_markers;
    let at = |k: usize| markers.iter().any(|m| ends_before(t, m, k));
    at(i) || (i > 0 && cx.lex.is_function_word(t.folded(i - 1)) && at(i - 1))
}

/// Whether an "according to" marker ends right before the name at `i`,
/// or before one function word ("segundo a Reuters").
fn after_according_to(cx: &Ctx, i: usize) -> bool {
    let marker = |at: usize| {
        super::ending_at(cx.tags, at, kinds![AccordingTo], |g| matches!(g, Tag::AccordingTo).then_some(())).is_some()
    };
    // Past an article, not past a conjunction: "segundo a Reuters", but
    // "melaporkan bahwa Arkon" names who acts.
    let article = |j: usize| cx.lex.is_function_word(cx.tokens.folded(j)) && !cx.tags.any(j, kinds![ClauseBreak]);
    marker(i) || (i > 0 && article(i - 1) && marker(i - 1))
}

/// Whether the name `m` is cited by an "according to": after it ("segundo
/// a Reuters"), or before a postposed one ("Reuters zufolge beschäftigt",
/// "eigenen Angaben zufolge"), or, where the verb ends the clause, before
/// it with a particle glued ("Reuters에 따르면").
pub(crate) fn according_to_cites(cx: &Ctx, m: &Mention) -> bool {
    if !cx.lex_data.verb_final {
        return after_according_to(cx, m.first)
            || before_postposed_according_to(cx, m.last)
            || closes_according_phrase(cx, m);
    }
    let t = cx.tokens;
    let glued_particle = t.toks.get(m.last).is_some_and(|n| !n.space_before()) && cx.lex.is_particle(t.folded(m.last));
    let at = if glued_particle { m.last + 1 } else { m.last };
    cx.tags.any(at, kinds![AccordingTo])
}

/// How many tokens before a name an "according to" may open the phrase
/// the name closes ([`closes_according_phrase`]).
const ACCORDING_PHRASE: usize = 6;

/// Whether the name `m` ends, right before a comma, a phrase an "according
/// to" opened at most [`ACCORDING_PHRASE`] tokens before it with no comma
/// between: "Segundo o jornal Globex Times, a Acme vai", "According to a
/// report by the Globex Times, Acme will", "Dilansir VIVA dari laman The
/// Japan Times, Nissan akan". The name is the source, not who acts.
fn closes_according_phrase(cx: &Ctx, m: &Mention) -> bool {
    let t = cx.tokens;
    if !t.is_comma(m.last) {
        return false;
    }
    (m.first.saturating_sub(ACCORDING_PHRASE)..m.first)
        .rev()
        .take_while(|&j| !t.is_comma(j) && !t.toks[j + 1].newline_before())
        .any(|j| cx.tags.any(j, kinds![AccordingTo]))
}

/// Whether an "according to" starts at token `b`, right after a name, and
/// no name follows it: the marker is postposed ("Reuters zufolge
/// beschäftigt"), not one that opens its own source ("Acme laut Reuters").
fn before_postposed_according_to(cx: &Ctx, b: usize) -> bool {
    let t = cx.tokens;
    let Some(l) = cx.tags.len_of(b, kinds![AccordingTo]) else { return false };
    t.toks.get(b + l).is_none_or(|n| n.case == Case::Lower || n.kind != Kind::Word)
}

/// Whether the name `m` is cited as a source: an outlet after "told",
/// or any name an "according to" cites.
pub(crate) fn cited(cx: &Ctx, m: &Mention) -> bool {
    after_outlet_marker(cx, m.first) || according_to_cites(cx, m)
}

/// Whether the name is the affiliation of a role that titles the person
/// named right after it: "Indonesian Defence Minister Prabowo Subianto",
/// "Acme CEO Jane Roe" (a role between them).
fn role_affiliation(cx: &Ctx, m: &Mention, next: Option<&Mention>) -> bool {
    let b = m.last;
    let role =
        b < cx.tokens.len() && cx.tags.len_of(b, kinds![Role]).is_some_and(|l| next.is_some_and(|n| n.first == b + l));
    role && next.is_some_and(|n| n.kind == EntityKind::Person) && m.kind != EntityKind::Place
}

/// Whether the name `m` is the possessor of another name in its noun
/// phrase: the other is the head. With a possessive ending ("Acme's parent
/// Globex", "Acme’s unit Globex"), or as the modifier of an ownership
/// noun right after it ("Acme owner Globex", "Acme parent firm Globex",
/// [`crate::lang::Lexicon::owner_nouns`]), or of a role right after it
/// with a person's name after the role ("Acme CEO Jane Roe"). `next` is
/// the name after `m`, if any.
pub(crate) fn possessor(cx: &Ctx, m: &Mention, next: Option<&Mention>) -> bool {
    let t = cx.tokens;
    let b = m.last;
    if role_affiliation(cx, m, next) {
        return true;
    }
    let apostrophe = b + 1 < t.len() && matches!(t.raw(b), "'" | "’") && !t.toks[b + 1].space_before();
    let gap_start = if apostrophe && t.folded(b + 1) == "s" {
        b + 2
    } else if t.is_joining_hyphen(b) && b + 1 < t.len() && cx.tags.any(b + 1, kinds![OwnerNoun, OwnedNoun]) {
        // "der Globex-Mutterkonzern Acme": the name glued before the noun.
        b + 1
    } else if b < t.len() && cx.tags.any(b, kinds![OwnerNoun, OwnedNoun]) {
        // The ownership noun itself opens the gap, with no genitive word
        // in it ("the owner of Acme, Globex" is another shape).
        b
    } else {
        return false;
    };
    // "Facebook's parent company plans to ...": an owner's noun after the
    // possessive names another company, the possessor's owner.
    if apostrophe && gap_start < t.len() && cx.tags.any(gap_start, kinds![OwnerNoun]) {
        return true;
    }
    let Some(n) = next.filter(|n| n.kind != EntityKind::Place) else { return false };
    let gap = gap_start..n.first;
    let plain = |j: usize| t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower;
    n.first > gap_start
        && gap.len() <= POSSESSED_GAP
        && gap.clone().all(plain)
        && (apostrophe || !gap.clone().any(|j| cx.lex.is_function_word(t.folded(j))))
        && !gap.clone().any(|j| cx.tags.any(j, kinds![Predicate, Reporting, Modality, Denial, Negation]))
}

/// Whether the name `ms[k]` can never be a clause's subject, wherever it
/// stands: the first half of a hyphenated modifier ("Tata-owned"), a name
/// cited as a source, governed by a preposition, the
/// possessor of the next name, a possessor before a genitive particle, or
/// a place that describes a company noun ([`describes_company`]).
pub(crate) fn never_subject(cx: &Ctx, ms: &[Mention], k: usize) -> bool {
    let m = &ms[k];
    hyphen_modifier(cx, m)
        || cited(cx, m)
        || governed_by_preposition(cx, m.first)
        || possessor(cx, m, ms.get(k + 1))
        || genitive_of(cx, m)
        || describes_company(cx, m)
}

/// Whether the name is the first half of a hyphenated modifier whose
/// second half is in lower case: "the Tata-owned airline", "a Texas-based
/// firm", "US-made chips" describe the noun after them, whose owner, seat
/// or maker the name is.
fn hyphen_modifier(cx: &Ctx, m: &Mention) -> bool {
    let t = cx.tokens;
    t.is_joining_hyphen(m.last) && t.toks[m.last + 1].kind == Kind::Word && t.toks[m.last + 1].case == Case::Lower
}

/// Whether a genitive particle ([`crate::lang::Lexicon::genitives`])
/// right after the name makes it the possessor of the word after that:
/// "Globexの勢い", "Acme的工厂". A figure after the particle is the name's
/// own ("ロウ氏の36.78%"): the name holds it; and an act or a measure
/// after it is the name's too, as its party ("Acme的收购", "Acme的员工"),
/// which the claim rules read.
fn genitive_of(cx: &Ctx, m: &Mention) -> bool {
    let t = cx.tokens;
    let (p, next) = (m.last, m.last + 1);
    next < t.len()
        && cx.lex_data.genitives.contains(&t.folded(p))
        && t.toks[next].kind == Kind::Word
        && !cx.tags.any(next, kinds![Qualifier, Number, Predicate, Measure])
}

/// The token ranges of datelines at the start of sentences: up to eight
/// words, commas, periods and parentheses, then a dash with a space after
/// it and a capitalized word ("VELMORA (Velnews) – ...", "Kota,
/// Outlet.com – ...", "OUTLET – ...", "Velmora/Lamora – ..."), where the
/// lead has a word in capitals, a web address, a parenthesis, a comma or a
/// slash between places, or is one word of mixed capitals ("IDXChannel –")
/// with no appositive's second dash after, or opens the text in three
/// words at most before a function word ("São Paulo – A Bosch ..."). "Arkon – the chipmaker – said"
/// is no dateline: its lead has none of these.
pub(crate) fn datelines(cx: &Ctx, sentences: &[Sentence]) -> Vec<(usize, usize)> {
    let t = cx.tokens;
    let mut out = Vec::new();
    for s in sentences {
        let limit = (s.start + DATELINE_WORDS + 4).min(s.end);
        let is_dash = |j: usize| matches!(t.raw(j), "-" | "–" | "—");
        let Some(dash) = (s.start + 1..limit).find(|&j| is_dash(j)) else { continue };
        // A dash typed as two hyphens: "REPUBLIKA.CO.ID, JAKARTA --".
        let after = if dash + 1 < s.end && is_dash(dash + 1) { dash + 2 } else { dash + 1 };
        let spaced_after =
            t.toks.get(after).is_some_and(|n| n.space_before() && n.kind == Kind::Word && n.case != Case::Lower);
        if !spaced_after {
            continue;
        }
        let lead = s.start..dash;
        let plain = lead.clone().all(|j| match t.toks[j].kind {
            Kind::Word => t.toks[j].case != Case::Lower || (j > 0 && t.raw(j - 1) == "." && !t.toks[j].space_before()),
            Kind::Punct => matches!(t.raw(j), "," | "." | "(" | ")" | "/"),
            Kind::Number => false,
        });
        let words = lead.clone().filter(|&j| t.toks[j].kind == Kind::Word).count();
        let marked = lead.clone().any(|j| {
            (t.toks[j].case == Case::Upper && t.raw(j).chars().count() >= 4)
                || matches!(t.raw(j), "," | "(" | "/")
                || (t.raw(j) == "." && t.toks.get(j + 1).is_some_and(|n| !n.space_before() && n.case == Case::Lower))
        });
        // An outlet's name written in mixed capitals ("IDXChannel –
        // Produsen mobil ..."), unless a second dash closes an
        // appositive ("JPMorgan – the bank – said").
        let capitals = |j: usize| t.raw(j).chars().filter(|c| c.is_uppercase()).count();
        let appositive = (after..(after + DATELINE_WORDS).min(s.end)).any(is_dash);
        let outlet = words == 1 && t.toks[s.start].kind == Kind::Word && capitals(s.start) >= 3 && !appositive;
        // A place opening the text, a sentence after it that opens with an
        // article or another function word ("São Paulo – A Bosch planeja").
        let opens_text = s.start == 0 && words <= 3 && cx.lex.is_function_word(t.folded(after)) && !appositive;
        if plain && (marked || outlet || opens_text) && words <= DATELINE_WORDS {
            out.push((s.start, dash));
        }
    }
    out
}

/// An anaphor to resolve.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Anaphor {
    /// Its first token.
    pub at: usize,
    /// What it may refer to.
    pub referent: Referent,
}

/// The antecedent of an anaphor: the first name of a compatible kind in
/// the anaphor's sentence (before it), else in each sentence before,
/// nearest first, among the names `fits_more` accepts;
/// a sentence before whose own anaphor
/// comes first ("A empresa lançou dois modelos de X") is passed over, as
/// that anaphor refers further back. Places, codes, names cited as
/// sources and possessors are never antecedents.
pub(crate) fn antecedent<'m>(
    cx: &Ctx,
    ms: &'m [Mention],
    sentences: &[Sentence],
    a: Anaphor,
    fits_more: &dyn Fn(&Mention) -> bool,
) -> Option<&'m Mention> {
    let fits = |m: &Mention| match a.referent {
        Referent::Person => m.kind == EntityKind::Person,
        Referent::Organization | Referent::Speaker => m.kind == EntityKind::Organization,
        Referent::Either => matches!(m.kind, EntityKind::Person | EntityKind::Organization),
        Referent::Anyone => false,
    };
    // "Acme CEO Jane Roe said the company will ...": the organization a
    // role titles someone of is a company anaphor's antecedent.
    let owned_by = |k: usize| {
        possessor(cx, &ms[k], ms.get(k + 1))
            && !(a.referent == Referent::Organization && role_affiliation(cx, &ms[k], ms.get(k + 1)))
    };
    let eligible = |k: usize| fits(&ms[k]) && fits_more(&ms[k]) && !cited(cx, &ms[k]) && !owned_by(k);
    let here = sentences.partition_point(|s| s.end <= a.at).min(sentences.len().saturating_sub(1));
    for si in (0..=here).rev() {
        let s = sentences[si];
        let lo = ms.partition_point(|m| m.first < s.start);
        let hi = ms.partition_point(|m| m.first < s.end.min(a.at));
        let found = (lo..hi).find(|&k| ms[k].last <= a.at && eligible(k));
        if let Some(k) =
            found.filter(|&k| si == here || a.referent == Referent::Person || !led_by_anaphor(cx, s, &ms[k]))
        {
            return Some(&ms[k]);
        }
    }
    None
}

/// Whether sentence `s` is led by an anaphor of its own that acts before
/// the name `m` is named ("A empresa lançou dois modelos de X": the
/// sentence speaks of what the anaphor refers to, further back), unlike
/// an anaphor that introduces the name ("Der Autobauer BMW legte", "Le
/// fabricant de pneus Michelin a publié").
fn led_by_anaphor(cx: &Ctx, s: Sentence, m: &Mention) -> bool {
    let Some(j) = (s.start..m.first).find(|&j| cx.tags.any(j, kinds![CompanyAnaphor])) else { return false };
    (j + 1..m.first).any(|v| cx.tags.any(v, kinds![Predicate, Reporting, Modality, Denial]))
}

/// How many tokens may stand between an owner noun and the name it
/// governs ("maison mère de l'application de paiement Pagoo").
const OWNED_GAP: usize = 8;

/// The keys of the names an owner noun governs: the first organization
/// within a few lowercase words after "parent", "dona", "maison mère",
/// "induk" ("Arkon, maison mère de l'application Velo": Velo is owned).
pub(crate) fn owned_names(cx: &Ctx, ms: &[Mention]) -> Vec<String> {
    let t = cx.tokens;
    let mut out = Vec::new();
    for j in 0..t.len() {
        let Some(l) = cx.tags.len_of(j, kinds![OwnerNoun]) else { continue };
        let start = j + l;
        let k = ms.partition_point(|m| m.first < start);
        let Some(m) = ms.get(k).filter(|m| m.first <= start + OWNED_GAP && m.kind == EntityKind::Organization) else {
            continue;
        };
        let plain = (start..m.first)
            .all(|i| (t.toks[i].kind == Kind::Word && t.toks[i].case == Case::Lower) || matches!(t.raw(i), "'" | "’"));
        if plain {
            out.push(m.key.clone());
        }
    }
    out
}

/// The pronoun subject in tokens `a..b`, if any, with what it refers to.
/// A pronoun is matched as written, accents included: the Spanish article
/// "el" folds as the pronoun "él" does, and is none.
pub(crate) fn pronoun_in(cx: &Ctx, a: usize, b: usize) -> Option<(usize, Referent)> {
    let t = cx.tokens;
    let pronouns = &words(cx.lex.lang).pronouns;
    let as_written = |j: usize, p: &str| t.raw(j).chars().flat_map(char::to_lowercase).eq(p.chars());
    (a..b).find_map(|j| {
        let w = t.folded(j);
        let word = t.toks[j].kind == Kind::Word;
        let found = pronouns.iter().find(|(f, p, _)| f == w && as_written(j, p));
        found.filter(|_| word).map(|&(_, _, r)| (j, r))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Read;

    /// Per case: language, text, the name and whether it can be a subject.
    #[test]
    fn names_that_are_never_subjects() {
        let cases: &[(&str, Lang, &str, &str, bool)] = &[
            ("preposition", Lang::En, "Since Velmora the firm Arkon grew.", "Velmora", false),
            ("preposition-article", Lang::Es, "Durante la Expo Velmora, Arkon despidió a 300.", "Expo Velmora", false),
            ("genitive", Lang::Es, "Los despidos de Zorvex fueron aprobados.", "Zorvex", true),
            ("organization-where", Lang::De, "Bei Zorvex gab es 800 Neueinstellungen.", "Zorvex", true),
            ("elided", Lang::It, "Dopo l'Expo Velmora la Arkon ha licenziato 300 persone.", "Expo Velmora", false),
            ("told", Lang::En, "Arkon told Velnews it would cut jobs.", "Velnews", false),
            ("possessor", Lang::En, "Arkon's parent Globexa plans cuts.", "Arkon", false),
            ("head", Lang::En, "Arkon's parent Globexa plans cuts.", "Globexa", true),
            ("attributive-possessor", Lang::En, "On Monday Arkon parent firm Globexa announced cuts.", "Arkon", false),
            ("attributive-head", Lang::En, "On Monday Arkon parent firm Globexa announced cuts.", "Globexa", true),
            ("owner-of-not-attributive", Lang::En, "Arkon, owner of Globexa, plans cuts.", "Arkon", true),
            ("plain-subject", Lang::Pt, "A Arkon encomendou 30 aviões.", "Arkon", true),
            ("according-to", Lang::Fr, "Selon Velnews, Arkon a supprimé 300 postes.", "Velnews", false),
            // Words matched with their marks where the language keeps them.
            ("preposition-marks", Lang::Vi, "Trước khi Velmora bán nhà máy, Arkon đã mua lại.", "Velmora", false),
            ("told-marks", Lang::Vi, "Arkon trao đổi với Velnews rằng sẽ cắt giảm.", "Velnews", false),
            ("plain-subject-vi", Lang::Vi, "Arkon đặt mua 30 máy bay.", "Arkon", true),
        ];
        for &(name, lang, text, surface, subject) in cases {
            let read = Read::new(text, lang);
            let cx = read.cx();
            let ms = crate::extract::entities::find(&cx, &read.sents, &Default::default());
            let k =
                ms.iter().position(|m| m.text == surface).unwrap_or_else(|| panic!("{name}: no {surface} in {ms:?}"));
            assert_eq!(!never_subject(&cx, &ms, k), subject, "{name}");
        }
    }

    #[test]
    fn datelines_and_weekdays() {
        let cases: &[(&str, Lang, &str, bool)] = &[
            ("caps-dash", Lang::Id, "KOTAKU - Arkon memecat 300 karyawan.", true),
            ("outlet-paren", Lang::En, "BERLIN (Velnews) - Arkon cut 300 jobs.", true),
            ("web-address", Lang::Id, "Velora, Beritaku.com - Arkon memecat 300 karyawan.", true),
            ("slash-places", Lang::De, "Velmora/Lamora – Arkon will 300 Stellen streichen.", true),
            ("appositive-dash", Lang::En, "Arkon – the chipmaker – cut 300 jobs.", false),
            ("mixed-capitals", Lang::Id, "IDXChannel – Produsen mobil Arkon memecat 300 karyawan.", true),
            ("mixed-capitals-appositive", Lang::En, "JPMorgan – the bank – cut 300 jobs.", false),
            ("title-case-outlet", Lang::Id, "Arkon – Produsen mobil Velora memecat 300 karyawan.", false),
            ("no-dash", Lang::En, "Arkon cut 300 jobs on Monday.", false),
        ];
        for &(name, lang, text, dateline) in cases {
            let read = Read::new(text, lang);
            assert_eq!(!datelines(&read.cx(), &read.sents).is_empty(), dateline, "{name}");
        }
        let read = Read::new("Pada Senin, Arkon memecat 300 karyawan.", Lang::Id);
        let cx = read.cx();
        assert!(is_weekday(&cx, 1), "Senin");
        assert!(!is_weekday(&cx, 3), "Arkon");
        let read = Read::new("Segunda-feira a Arkon demitiu 300.", Lang::Pt);
        assert!(is_weekday(&read.cx(), 0), "Segunda-feira");
        // A weekday of two words, with its marks: "Chủ nhật" (Sunday).
        let read = Read::new("Vào Chủ nhật, Arkon sa thải 300 người.", Lang::Vi);
        assert!(is_weekday(&read.cx(), 1), "Chủ nhật");
        assert!(!is_weekday(&read.cx(), 4), "Arkon");
    }
}

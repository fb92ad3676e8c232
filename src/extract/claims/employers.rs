//! The organization a person named with an executive's role heads: "Acme
//! CEO Jane Roe", "Jane Roe, chief executive of Acme", "le patron d'Acme,
//! Jane Roe", "Acme-Chef Jane Roe". An act on that organization's staff or
//! accounts told of the person is the organization's ("Roe will cut 2,000
//! jobs", "Roe despidió a 500 personas" cut Acme's jobs), so that reports
//! that name the company and reports that name its head give one fact.
//! Only acts that can be no one else's count ([`OWN_ACTS`]): a head may
//! buy, sell or invest on their own account. A person who lays off the
//! staff of a named organization acts for it, role or none
//! ("Jane Roe despedirá a 14.000 personas de Acme", "Roe will cut 500 Acme
//! employees"): [`staff_employers`].

use crate::extract::{Ctx, entities, entities::Mention};
use crate::lang::{Tag, kinds};
use crate::schema::{Claim, EntityKind, Predicate, Quantity, Role};
use crate::text::Kind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The acts on an organization's own staff and accounts: told of its
/// head, they are the organization's.
pub(super) const OWN_ACTS: &[Predicate] = &[
    Predicate::LayOff,
    Predicate::Hire,
    Predicate::Employees,
    Predicate::Revenue,
    Predicate::Profit,
    Predicate::Loss,
    Predicate::Cut,
];

/// How many function words may stand between a role and the organization
/// it is of, or between a person's comma and the role ("CEO of Acme",
/// "el director ejecutivo de Acme", "Jane Roe, the chief executive of").
const ROLE_GAP: usize = 3;

/// The organization (its index in `ms`) each person of the document
/// heads, by the person's key; a person named the head of two
/// organizations heads the first. Linear in the mentions.
pub(super) fn heads<'m>(cx: &Ctx, ms: &'m [Mention]) -> HashMap<&'m str, usize> {
    let mut orgs: HashMap<&str, usize> = HashMap::default();
    for (k, m) in ms.iter().enumerate().filter(|(_, m)| m.kind == EntityKind::Organization) {
        orgs.entry(m.key.as_str()).or_insert(k);
    }
    let mut out: HashMap<&str, usize> = HashMap::default();
    // A name an executive's role titles is a person's, whatever kind the
    // name alone suggests ("Elon Musk, Tesla's chief executive").
    for (k, n) in ms.iter().enumerate().filter(|(_, n)| n.kind != EntityKind::Place) {
        let org = titled_before(cx, ms, k).or_else(|| apposed_after(cx, ms, k)).or_else(|| glued_role(cx, &orgs, n));
        if let Some(o) = org {
            out.entry(n.key.as_str()).or_insert(o);
        }
    }
    out
}

/// Whether an executive's role starts at token `j`; its length.
fn executive_at(cx: &Ctx, j: usize) -> Option<usize> {
    cx.tags.find(j, kinds![Role], |g| matches!(g, Tag::Role(Role::Executive)).then_some(())).map(|(_, l)| l)
}

/// Whether token `j` is a function word or a possessive mark ("of", "de",
/// "'s", "d'").
fn linking(cx: &Ctx, j: usize) -> bool {
    let t = cx.tokens;
    (t.toks[j].kind == Kind::Word && cx.lex.is_function_word(t.folded(j))) || matches!(t.raw(j), "'" | "’")
}

/// The token after a possessive mark at token `j` ("'s", "’s"), or `j`
/// itself; never past `end`.
fn past_possessive(cx: &Ctx, j: usize, end: usize) -> usize {
    let t = cx.tokens;
    let mut k = j;
    while k < end && k < j + 2 && matches!(t.raw(k), "'" | "’" | "s") {
        k += 1;
    }
    k
}

/// The organization named with the role right before the person `ms[k]`:
/// "Acme CEO Jane Roe", "Acme's CEO Jane Roe" (the organization, then the
/// role), or "the owner of Acme, Jane Roe", "CEO of Acme Jane Roe" (the
/// role, then the organization).
fn titled_before(cx: &Ctx, ms: &[Mention], k: usize) -> Option<usize> {
    let n = &ms[k];
    let o = k.checked_sub(1).filter(|&o| ms[o].kind == EntityKind::Organization)?;
    let m = &ms[o];
    let t = cx.tokens;
    // The organization, its possessive, the role: the role ends at the person.
    let j = past_possessive(cx, m.last, n.first);
    if executive_at(cx, j).is_some_and(|l| j + l == n.first) {
        return Some(o);
    }
    // The role, the organization, perhaps a comma: the person.
    let between = m.last <= n.first && (m.last..n.first).all(|j| t.is_comma(j)) && n.first - m.last <= 1;
    let role_before = (m.first.saturating_sub(ROLE_GAP + 2)..m.first)
        .any(|r| executive_at(cx, r).is_some_and(|l| r + l <= m.first && (r + l..m.first).all(|j| linking(cx, j))));
    (between && role_before).then_some(o)
}

/// The organization an apposition after the person `ms[k]` makes them the
/// head of: "Jane Roe, Acme's chief executive", "Jane Roe, CEO of Acme",
/// "Jane Roe, le patron d'Acme".
fn apposed_after(cx: &Ctx, ms: &[Mention], k: usize) -> Option<usize> {
    let (n, t) = (&ms[k], cx.tokens);
    if !t.is_comma(n.last) {
        return None;
    }
    let o = k + 1;
    let m = ms.get(o).filter(|m| m.kind == EntityKind::Organization && m.first > n.last)?;
    let skip = |mut j: usize, end: usize| {
        while j < end && linking(cx, j) {
            j += 1;
        }
        j
    };
    let lead = skip(n.last + 1, m.first);
    // "Jane Roe, Acme's CEO": the organization first, its possessive, the role.
    if lead == m.first && m.first - n.last <= ROLE_GAP + 1 {
        let j = past_possessive(cx, m.last, t.len());
        return (j < t.len() && executive_at(cx, j).is_some()).then_some(o);
    }
    // "Jane Roe, CEO of Acme": the role first, then the organization.
    let l = executive_at(cx, lead)?;
    let near = lead - n.last <= ROLE_GAP + 1 && lead + l <= m.first && m.first - (lead + l) <= ROLE_GAP;
    (near && skip(lead + l, m.first) == m.first).then_some(o)
}

/// The organization a role glued to a name before the person names, where
/// nouns are compounded with a hyphen: "Acme-Chef Jane Roe" (the name
/// stands alone as an organization elsewhere in the document).
fn glued_role(cx: &Ctx, orgs: &HashMap<&str, usize>, n: &Mention) -> Option<usize> {
    let t = cx.tokens;
    let j = n.first.checked_sub(3)?;
    let glued = t.toks[j].kind == Kind::Word && t.is_joining_hyphen(j + 1) && executive_at(cx, j + 2) == Some(1);
    if !glued {
        return None;
    }
    orgs.get(crate::extract::entities::key_of(t.raw(j), cx.lex_data.lang).as_str()).copied()
}

/// The organization (its index in `ms`) each person of the document lays
/// off the staff of, by the person's key: the organization named
/// inside the figure's phrase ("14,000 Acme employees") or right after
/// it past function words or an elision ("14.000 personas de Acme", "500 salariés
/// d'Acme"). A person whose acts name the staff of two organizations
/// works for the first. Linear in the claims, a binary search each.
pub(super) fn staff_employers(cx: &Ctx, ms: &[Mention], claims: &[Claim]) -> HashMap<String, usize> {
    let mut out: HashMap<String, usize> = HashMap::default();
    // Lay-offs only: one hires the staff of another ("hired 500 Globex
    // engineers"). Most documents tell none: nothing is built for them.
    let staff_acts = || claims.iter().filter(|c| c.predicate == Predicate::LayOff && c.quantity.is_some());
    if staff_acts().next().is_none() {
        return out;
    }
    // People: named so, shaped so ("Jane Roe"), or the last name of one
    // ("Roe").
    let t = cx.tokens;
    let mut people: HashSet<String> = HashSet::default();
    for m in ms.iter().filter(|m| m.kind != EntityKind::Place) {
        if m.kind == EntityKind::Person || entities::person_shaped(cx, m.first, m.last) {
            people.insert(m.key.clone());
            people.insert(entities::key_of(t.raw(m.last - 1), cx.lex_data.lang));
        }
    }
    for c in staff_acts().filter(|c| people.contains(&*c.subject.key)) {
        if let Some(o) = c.quantity.as_ref().and_then(|q| employer_named(cx, ms, q)) {
            out.entry(c.subject.key.to_string()).or_insert(o);
        }
    }
    out
}

/// The organization named inside the phrase of the figure `q`, after its
/// number, or right after it past at most three function words or
/// elisions ("of the", "d'").
fn employer_named(cx: &Ctx, ms: &[Mention], q: &Quantity) -> Option<usize> {
    let t = cx.tokens;
    let (a, b) = (t.toks.partition_point(|tk| tk.start() < q.start), t.toks.partition_point(|tk| tk.start() < q.end));
    let mut j = b;
    while j < t.len() && j < b + 3 && linking(cx, j) {
        j += 1;
    }
    // The first name after the number: inside the phrase, or where the
    // function words after it end.
    let k = ms.partition_point(|m| m.first <= a);
    let m = ms.get(k)?;
    // Right after the figure's noun only where a name after a noun is its
    // owner ("500 karyawan Acme").
    let linked = j > b || cx.lex_data.genitive_by_position;
    let placed = (m.first < b && m.last <= b) || (m.first == j && linked);
    (placed && m.kind == EntityKind::Organization).then_some(k)
}

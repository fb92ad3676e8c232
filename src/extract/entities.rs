//! Entities found in the text: proper-noun sequences (with lowercase name
//! particles inside), acronyms, and model codes; their keys, folded the same
//! way in every language; and their kinds.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::Ctx;
use crate::lang::{Lang, Tag, kinds};
use crate::schema::EntityKind;
use crate::text::{Case, Kind, Sentence, fold};

/// An entity mention with its token range.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub first: usize,
    pub last: usize,
    pub key: String,
    pub text: String,
    pub kind: EntityKind,
}

/// The most tokens a name may have.
const MAX_NAME_TOKENS: usize = 8;

/// Legal forms and generic words that close an organization's name and do
/// not distinguish it: "Siemens Energy Holdings" and "Siemens Energy" are one key.
const ORG_SUFFIXES: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "co",
    "ltd",
    "limited",
    "llc",
    "plc",
    "sa",
    "spa",
    "gmbh",
    "ag",
    "tbk",
    "nv",
    "bv",
    "srl",
    "ltda",
    "technologies",
    "technology",
    "holdings",
    "holding",
    "group",
    "company",
    "motor",
];

/// Words of industries that make a name of two or three capitalized words
/// an organization's, whatever stands near it: "Nissan Motor a annoncé",
/// "Deutsche Bank said" name no person. With [`ORG_SUFFIXES`] and
/// [`BODY_WORDS`].
const ORG_WORDS: &[&str] = &[
    "motors",
    "bank",
    "banco",
    "banca",
    "banque",
    "air",
    "airlines",
    "airways",
    "energy",
    "grupo",
    "gruppo",
    "groupe",
    "industries",
    "systems",
    "electric",
    "electronics",
    "pharma",
    "pharmaceuticals",
    "telecom",
    "insurance",
    "securities",
    "automotive",
    "aerospace",
    "semiconductor",
    "petroleum",
    "chemicals",
    "financial",
    "steel",
    "mining",
    "logistics",
    "shipping",
    "media",
];

/// Words that name a public or private body, which make a name an
/// organization's as [`ORG_WORDS`] do: "the Acme Archive estimated",
/// "according to the Norvik Agency". A place before one names the place's
/// body ("EU Commission").
const BODY_WORDS: &[&str] = &[
    "archive",
    "ministry",
    "agency",
    "institute",
    "office",
    "council",
    "commission",
    "department",
    "foundation",
    "association",
    "university",
    "authority",
    "committee",
    "bureau",
    "centre",
    "center",
    "organization",
    "organisation",
    // The same bodies in the other languages, folded (accents off).
    "federation",
    "federacion",
    "federazione",
    "federacao",
    "ligue",
    "liga",
    "lega",
    "commissione",
    "comision",
    "comissao",
    "kommission",
    "komisi",
    "ministere",
    "ministerio",
    "ministero",
    "ministerium",
    "kementerian",
    "agence",
    "agencia",
    "agenzia",
    "badan",
    "lembaga",
    "institut",
    "instituto",
    "istituto",
    "conseil",
    "consejo",
    "consiglio",
    "conselho",
    "fondation",
    "fundacion",
    "fondazione",
    "fundacao",
    "stiftung",
    "verband",
];

/// Whether a folded word makes a name an organization's: an industry
/// ([`ORG_WORDS`]) or a body ([`BODY_WORDS`]).
fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(&w) || BODY_WORDS.contains(&w)
}

/// Whether a mention names a public body: one of its words is a body's
/// ([`BODY_WORDS`]: "Texas Workforce Commission", "Ministerio de Salud").
pub(crate) fn names_body(cx: &Ctx, m: &Mention) -> bool {
    (m.first..m.last).any(|j| BODY_WORDS.contains(&cx.tokens.folded(j)))
}

/// The canonical key of a surface form: folded, alphanumerics only,
/// possessive and legal-form suffixes removed, places mapped by the lexicons.
pub(crate) fn key_of(surface: &str, lang: Lang) -> String {
    let folded = fold(surface);
    if let Some(k) = place_key(&folded, lang) {
        return k.to_string();
    }
    let mut words: Vec<&str> =
        folded.split(|c: char| !crate::text::is_alphanumeric(c)).filter(|w| !w.is_empty()).collect();
    // Possessives: "X's" (split as "x", "s"), "X-nya".
    if words.len() > 1 && matches!(words.last(), Some(&"s") | Some(&"nya")) {
        words.pop();
    }
    while words.len() > 1 && words.last().is_some_and(|w| ORG_SUFFIXES.contains(w)) {
        words.pop();
    }
    // "Provinsi Lamora", "Província de Lamora", "Lamora Province": the kind
    // of place is no part of its name.
    let (kinds, particles) = place_words(lang);
    if words.len() > 1 && (kinds.contains(words[0]) || is_place_compound(words[0], kinds)) {
        words.remove(0);
        while words.len() > 1 && particles.contains(words[0]) {
            words.remove(0);
        }
        // "Nachbarland Thailand": the country's own key.
        if let Some(k) = place_key(&words.join(" "), lang) {
            return k.to_string();
        }
    }
    if words.len() > 1 && words.last().is_some_and(|w| kinds.contains(*w)) {
        words.pop();
    }
    words.concat()
}

/// [`key_of`] remembered per surface form: a text names the same entities
/// again and again.
struct Keys<'t> {
    lang: Lang,
    memo: HashMap<&'t str, String>,
}

impl<'t> Keys<'t> {
    fn new(lang: Lang) -> Keys<'t> {
        Keys { lang, memo: HashMap::default() }
    }

    fn of(&mut self, surface: &'t str) -> &str {
        let lang = self.lang;
        self.memo.entry(surface).or_insert_with(|| key_of(surface, lang))
    }
}

/// The last words of a language's place kinds of two words, folded, with
/// their first ("bagian" of "negara bagian"): a run of capitalized words
/// that starts with the last word right after the first is a place of that
/// kind (the first word, a noun of its own, stays out of names).
fn kind_tails(lang: Lang) -> &'static HashMap<String, String> {
    use once_cell::sync::Lazy;
    static TAILS: Lazy<Vec<HashMap<String, String>>> = Lazy::new(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                let lex = l.lexicon();
                let two = lex.place_words.iter().filter_map(|w| w.split_once(' ')).filter(|(_, b)| !b.contains(' '));
                two.map(|(a, b)| (fold(b), fold(a))).collect()
            })
            .collect()
    });
    &TAILS[lang.index()]
}

/// Whether token `j` is the last word of a kind of place of two words
/// right after its first ("Bagian" in "Negara Bagian").
fn kind_tail(cx: &Ctx, j: usize) -> bool {
    let t = cx.tokens;
    j > 0 && kind_tails(cx.lex.lang).get(t.folded(j)).is_some_and(|h| *h == t.folded(j - 1))
}

/// A language's one-word place kinds and name particles, folded.
fn place_words(lang: Lang) -> &'static (HashSet<String>, HashSet<String>) {
    use once_cell::sync::Lazy;
    static WORDS: Lazy<Vec<(HashSet<String>, HashSet<String>)>> = Lazy::new(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                let lex = l.lexicon();
                // Both foldings: a key folds its marks away, a token keeps them
                // where the language does.
                let folded = |list: &[&str]| {
                    let words = list.iter().filter(|w| !w.contains(' '));
                    words.flat_map(|w| [fold(w), crate::text::fold_as(w, lex.keep_marks)]).collect()
                };
                (folded(lex.place_words), folded(lex.name_particles))
            })
            .collect()
    });
    let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    &WORDS[i]
}

/// One language's place names, normalized: whole names, and stems (names
/// whose last word ends with `*` in the lexicon) with their distinct lengths
/// in bytes, longest first.
struct Places {
    exact: HashMap<String, &'static str>,
    stems: HashMap<String, &'static str>,
    stem_lengths: Vec<usize>,
    /// The first three bytes of every stem, sieved: a name no stem can
    /// start is passed over without trying each length. `None` when some
    /// stem is shorter.
    stem_heads: Option<Sieve>,
}

impl Places {
    fn new(lang: Lang) -> Places {
        let mut p = Places {
            exact: HashMap::default(),
            stems: HashMap::default(),
            stem_lengths: Vec::new(),
            stem_heads: Some(Sieve::default()),
        };
        for &(phrase, key) in lang.lexicon().places {
            let (body, stem) = match phrase.strip_suffix('*') {
                Some(b) => (b, true),
                None => (phrase, false),
            };
            let name = normalize_place(&fold(body)).into_owned();
            if stem {
                match &mut p.stem_heads {
                    Some(heads) if name.len() >= 3 => heads.insert(head(&name)),
                    _ => p.stem_heads = None,
                }
                p.stem_lengths.push(name.len());
                p.stems.entry(name).or_insert(key);
            } else {
                p.exact.entry(name).or_insert(key);
            }
        }
        p.stem_lengths.sort_unstable_by(|a, b| b.cmp(a));
        p.stem_lengths.dedup();
        p
    }

    /// The key of a normalized name: a whole name, else the longest stem
    /// that covers every word but the last and starts the last, as the
    /// matcher reads stems ("marokkan*" for "Marokkaner").
    fn get(&self, norm: &str) -> Option<&'static str> {
        if let Some(&k) = self.exact.get(norm) {
            return Some(k);
        }
        if self.stem_heads.as_ref().is_some_and(|h| !h.may_hold(head(norm))) {
            return None;
        }
        let last_word = norm.rfind(' ').map_or(0, |i| i + 1);
        self.stem_lengths
            .iter()
            .filter(|&&n| n > last_word && n <= norm.len() && norm.is_char_boundary(n))
            .find_map(|&n| self.stems.get(&norm[..n]).copied())
    }
}

/// The first three bytes of a name, or all of it when shorter: a stem of
/// three bytes or more that starts a name has the name's head as its own.
fn head(name: &str) -> &[u8] {
    &name.as_bytes()[..name.len().min(3)]
}

/// Whether a key is a country's: a two-letter code some lexicon's places
/// table gives (ISO 3166-1), never a region ("africa") or a name from the text.
pub(crate) fn is_country_key(key: &str) -> bool {
    use once_cell::sync::Lazy;
    static COUNTRIES: Lazy<std::collections::HashSet<&'static str>> = Lazy::new(|| {
        let keys = Lang::ALL.iter().flat_map(|l| l.lexicon().places.iter().map(|&(_, k)| k));
        keys.filter(|&k| k.len() == 2 && !is_region_key(k)).collect()
    });
    COUNTRIES.contains(key)
}

/// The place keys of the lexicons that name a region of several countries
/// (Europe and the European Union share "eu"), not a country.
const REGIONS: &[&str] = &["africa", "asia", "eu", "latam"];

/// Whether `key` is a place key of a region of several countries
/// ([`REGIONS`]): "Europa", "Afrika", "América Latina".
pub(crate) fn is_region_key(key: &str) -> bool {
    REGIONS.contains(&key)
}

/// The place key of a folded name, from the document language's lexicon
/// (names and stems), else from any lexicon's whole names when the name is
/// long enough to be unambiguous.
fn place_key(folded: &str, lang: Lang) -> Option<&'static str> {
    use once_cell::sync::Lazy;
    static PLACES: Lazy<Vec<Places>> = Lazy::new(|| Lang::ALL.iter().map(|&l| Places::new(l)).collect());
    let norm = normalize_place(folded);
    let i = Lang::ALL.iter().position(|&l| l == lang)?;
    if let Some(k) = PLACES[i].get(norm.as_ref()) {
        return Some(k);
    }
    // A name with a particle glued ("미국은", "한국에서").
    let bare = lang.lexicon().particles.iter().find_map(|p| PLACES[i].get(norm.strip_suffix(p)?));
    if bare.is_some() {
        return bare;
    }
    // Every language's whole names in one map, the first language's key
    // for a name several give (as a search through them in order finds).
    static ANY: Lazy<HashMap<&'static str, &'static str>> = Lazy::new(|| {
        let mut any = HashMap::default();
        for (name, &key) in PLACES.iter().flat_map(|m| m.exact.iter()) {
            any.entry(name.as_str()).or_insert(key);
        }
        any
    });
    if norm.chars().count() >= 5 {
        return ANY.get(norm.as_ref()).copied();
    }
    None
}

/// Whether a folded name is words of alphanumeric chars separated by
/// single spaces, with none before or after: its own normal form.
fn is_plain_name(folded: &str) -> bool {
    // After a space, or at the start, where no space may follow.
    let mut after_space = true;
    for c in folded.chars() {
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else if crate::text::is_alphanumeric(c) {
            after_space = false;
        } else {
            return false;
        }
    }
    !after_space
}

fn normalize_place(folded: &str) -> std::borrow::Cow<'_, str> {
    // Most names are words separated by single spaces already.
    if is_plain_name(folded) {
        return std::borrow::Cow::Borrowed(folded);
    }
    let words = folded.split(|c: char| !crate::text::is_alphanumeric(c)).filter(|w| !w.is_empty());
    words.collect::<Vec<_>>().join(" ").into()
}

fn is_cap(cx: &Ctx, i: usize) -> bool {
    let tok = cx.tokens.toks[i];
    tok.kind == Kind::Word && (matches!(tok.case, Case::Title | Case::Upper) || tok.has_digit())
}

/// Whether token `i` is tagged by the lexicon with a meaning that is not a
/// name (a month, a verb, a qualifier...). Places and particles are names.
fn is_vocabulary(cx: &Ctx, i: usize) -> bool {
    // The phrases that started just before and run over token `i`, in one
    // look at each token: whether a currency's name is one, and whether
    // one is neither a place nor a name particle.
    let (mut in_currency, mut inside) = (false, false);
    for j in i.saturating_sub(3)..i {
        for m in cx.tags.at(j).iter().filter(|m| j + m.len() > i) {
            in_currency |= matches!(m.tag, Tag::Currency(_));
            inside |= !matches!(m.tag, Tag::Place(_) | Tag::NameParticle);
        }
    }
    // A place that ends a currency's name names no place ("долларов США").
    if in_currency {
        return true;
    }
    if cx.tags.any(i, kinds![Place]) {
        return false;
    }
    // Inside a phrase of several words that started just before ("Dieses Jahr", "das Unternehmen").
    if inside {
        return true;
    }
    // A word the lexicon knows, alone or as the start of a phrase
    // ("Inteligência Artificial" is the concept, not a name). A threshold's
    // noun capitalized is a first name ("Mark Zuckerberg"), not "the 100 mark".
    let title = cx.tokens.toks[i].case == Case::Title;
    cx.tags.at(i).iter().any(|m| !(matches!(m.tag, Tag::NameParticle) || title && m.tag == Tag::Threshold))
        || cx.lex.is_function_word(cx.tokens.folded(i))
        || super::subjects::is_weekday(cx, i)
        || super::subjects::pronoun_in(cx, i, i + 1).is_some()
        // A unit of time, capitalized as German nouns are ("pro Jahr").
        || super::notcounts::is_unit_of_time(cx.lex_data.lang, cx.tokens.folded(i))
}

/// The folded words a text writes alone as a name inside a sentence:
/// capitalized, not first, not after a quote, with no capitalized word on
/// either side, on a line that is not a title ("a Embraer entregou").
///
/// `cx` need not carry tags: where it carries none, only the few candidate
/// words are tagged, each with the three tokens before it (the longest
/// reach of [`is_vocabulary`]), so this pass costs little more than
/// tokenizing.
pub(crate) fn standalone(cx: &Ctx, sentences: &[Sentence]) -> Vec<String> {
    let t = cx.tokens;
    let tagged = cx.tags.covers(0, t.len());
    let mut out = Vec::new();
    for &s in sentences {
        if is_title(cx, s) {
            continue;
        }
        for i in s.start + 1..s.end {
            let cap = |j: usize| j < s.end && t.toks[j].kind == Kind::Word && t.toks[j].case != Case::Lower;
            // "United States (US) Steel": a bracketed acronym inside a name
            // leaves the word after it part of the name.
            let bracketed = |j: usize| {
                t.is_close_bracket(j) && j >= s.start + 3 && t.is_open_bracket(j - 2) && cap(j - 1) && cap(j - 3)
            };
            if cap(i) && !cap(i - 1) && !bracketed(i - 1) && !cap(i + 1) && !after_opening(cx, i) {
                let vocabulary = if tagged {
                    is_vocabulary(cx, i)
                } else {
                    let tags = cx.lex.tag_window(t, i.saturating_sub(3), i + 1);
                    is_vocabulary(&Ctx { tags: &tags, ..*cx }, i)
                };
                if !vocabulary {
                    out.push(t.folded(i).to_string());
                }
            }
        }
    }
    out
}

/// Finds entity mentions in every sentence, in named passes: what the text
/// says of its capitalized words ([`casing`]), the name spans of each
/// sentence ([`name_spans`]), spans split at a known prefix, their keys
/// ([`mentions_of`]), the names the rules for capitalized words miss
/// (institutions, names in scripts without case, foreign names), then
/// datelines dropped and one key given to each entity.
pub(crate) fn find<'t>(cx: &Ctx<'t>, sentences: &[Sentence], names: &super::Names) -> Vec<Mention> {
    let mut keys = Keys::new(cx.lex.lang);
    let titles: Vec<bool> = sentences.iter().map(|s| is_title(cx, *s)).collect();
    let casing = casing(cx, sentences, &titles, names);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (s, &title) in sentences.iter().zip(&titles) {
        name_spans(cx, *s, title, &casing, &mut keys, &mut spans);
    }
    let spans = split_known_prefixes(cx, spans, &mut keys);
    let mut mentions = mentions_of(cx, spans, &mut keys);
    institutions(cx, sentences, &mut mentions);
    counted_nationals(cx, sentences, &mut mentions);
    uncased_names(cx, sentences, names, &mut mentions);
    foreign_names(cx, sentences, &mut mentions);
    han_glosses(cx, sentences, &mut mentions);
    acronym_definitions(cx, &mut mentions);
    disaster_places(cx, &mut mentions);
    drop_datelines(cx, sentences, &mut mentions);
    one_key_per_entity(cx, &mut mentions);
    mentions
}

/// What a text says of its capitalized words, gathered before any name is
/// read: a sentence-initial or headline word is a name only if the text
/// (or the batch) writes it as one elsewhere, and not one if the text also
/// writes it in lower case.
struct Casing<'t, 'n> {
    /// Every capitalized word, and whether it is seen capitalized inside a
    /// sentence (not first), on a line that is not a title.
    capitalized: HashMap<&'t str, bool>,
    /// Capitalized words the text also writes in lower case (outside addresses).
    lower_seen: HashSet<&'t str>,
    /// Words another document of the batch writes alone as a name.
    names: &'n super::Names,
}

impl Casing<'_, '_> {
    /// Whether a folded word stands alone as a name inside a sentence, here
    /// or in another document of the batch.
    fn named(&self, w: &str) -> bool {
        self.capitalized.get(w) == Some(&true) || self.names.contains(w)
    }
}

/// The pass that reads the case of every word of the text (see [`Casing`]).
/// Every capitalized word is collected first, then those of them also
/// written in lower case: only capitalized words are asked about, and they
/// are few.
fn casing<'t, 'n>(cx: &Ctx<'t>, sentences: &[Sentence], titles: &[bool], names: &'n super::Names) -> Casing<'t, 'n> {
    let t = cx.tokens;
    let mut capitalized: HashMap<&str, bool> = HashMap::default();
    let mut sieve = Sieve::default();
    for (s, &title) in sentences.iter().zip(titles) {
        for i in s.start..s.end {
            let tok = t.toks[i];
            if tok.kind != Kind::Word || tok.case == Case::Lower {
                continue;
            }
            sieve.insert(t.folded(i).as_bytes());
            let inside = !title && i > s.start && !after_opening(cx, i);
            *capitalized.entry(t.folded(i)).or_insert(false) |= inside;
        }
    }
    let mut lower_seen: HashSet<&str> = HashSet::default();
    for s in sentences {
        for i in s.start..s.end {
            let tok = t.toks[i];
            if tok.kind == Kind::Word
                && tok.case == Case::Lower
                && sieve.may_hold(t.folded(i).as_bytes())
                && capitalized.contains_key(t.folded(i))
                && !in_address(t, i)
            {
                lower_seen.insert(t.folded(i));
            }
        }
    }
    Casing { capitalized, lower_seen, names }
}

/// A set of words by their length and first and last bytes, in bits: it
/// says which words may be in a set of strings without hashing them, so
/// that the many words of a text whose shape no capitalized word has are
/// passed over in a few instructions.
struct Sieve([u64; 128]);

impl Default for Sieve {
    fn default() -> Sieve {
        Sieve([0; 128])
    }
}

impl Sieve {
    fn bit(b: &[u8]) -> usize {
        let (first, last) = (b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0));
        (b.len() * 31 + usize::from(first) * 7 + usize::from(last) * 131) % (128 * 64)
    }

    fn insert(&mut self, w: &[u8]) {
        let k = Sieve::bit(w);
        self.0[k / 64] |= 1 << (k % 64);
    }

    /// False when `w` was never inserted; true when it may have been.
    fn may_hold(&self, w: &[u8]) -> bool {
        let k = Sieve::bit(w);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// The pass over one sentence that pushes its name spans onto `spans`: a
/// place that is one name on its own ([`place_at`]), else a run of
/// capitalized words ([`extend_name`]) kept if it still reads as a name
/// once settled ([`settle_name`]).
fn name_spans<'t>(
    cx: &Ctx<'t>,
    s: Sentence,
    title: bool,
    casing: &Casing,
    keys: &mut Keys<'t>,
    spans: &mut Vec<(usize, usize)>,
) {
    let mut i = s.start;
    while i < s.end {
        if let Some(l) = place_at(cx, s, i) {
            // "U.S. Steel": a place of several tokens that opens a company's name.
            let end = if !title && is_cap(cx, i + l) && !cx.tags.any(i + l, kinds![Place]) {
                extend_name(cx, s, i + l, title)
            } else {
                i + l
            };
            let named = end > i + l && place_led_name(cx, (i, end), i + l);
            spans.push(if named { (i, end) } else { (i, i + l) });
            i = if named { end } else { i + l };
            continue;
        }
        // "777Xs": letters glued to digits end a model's code, no name.
        let glued_to_digits =
            i > s.start && !cx.tokens.toks[i].space_before() && cx.tokens.toks[i - 1].kind == Kind::Number;
        if !is_cap(cx, i) || glued_to_digits {
            i += 1;
            continue;
        }
        // "M. Prabowo", "Herr Acme": the name starts after its title.
        if let Some(n) = past_honorific(cx, i).filter(|&n| n < s.end && is_cap(cx, n)) {
            i = n;
            continue;
        }
        let start = i;
        let end = extend_name(cx, s, start, title);
        i = end;
        let span = settle_name(cx, s, title, (start, end), casing, keys);
        if let Some(span) = span.filter(|&(a, b)| !term_acronym(cx, s, a, b)) {
            spans.push(with_prefix(cx, s, span));
        }
    }
}

/// Whether `a..b` is one word in capitals in brackets right after the
/// lowercase words it abbreviates, function words aside: "un expediente de
/// regulación de empleo (ERE)", "son plan de sauvegarde de l'emploi
/// (PSE)". Such an acronym names a kind of thing, never a party.
fn term_acronym(cx: &Ctx, s: Sentence, a: usize, b: usize) -> bool {
    let t = cx.tokens;
    let bracketed = b == a + 1 && a >= s.start + 2 && t.raw(a - 1) == "(" && b < s.end && t.raw(b) == ")";
    if !bracketed || t.toks[a].case != Case::Upper {
        return false;
    }
    let letters: Vec<char> = t.folded(a).chars().collect();
    let mut want = letters.len();
    let mut j = a - 1;
    while want > 0 && j > s.start {
        j -= 1;
        let tok = t.toks[j];
        let w = t.folded(j);
        if tok.kind == Kind::Punct && matches!(t.raw(j), "'" | "’") || cx.lex.is_function_word(w) {
            continue;
        }
        if tok.kind != Kind::Word || tok.case != Case::Lower || !w.starts_with(letters[want - 1]) {
            return false;
        }
        want -= 1;
    }
    want == 0
}

/// A name span widened over a lowercase article joined to it by a hyphen
/// ([`crate::lang::Lexicon::name_prefixes`]: "al-Norvik", "el-Belmora"): the
/// article is part of the name.
fn with_prefix(cx: &Ctx, s: Sentence, (a, b): (usize, usize)) -> (usize, usize) {
    let t = cx.tokens;
    let joined = a >= s.start + 2
        && t.is_joining_hyphen(a - 1)
        && t.toks[a - 2].kind == Kind::Word
        && t.toks[a - 2].case == Case::Lower
        && cx.lex_data.name_prefixes.contains(&t.folded(a - 2));
    if joined { (a - 2, b) } else { (a, b) }
}

/// The length of a place at token `i` that is one name on its own: written
/// with periods or several words ("EE. UU.", "U.S."), or, in a script
/// without case ("미국"), of one word too.
fn place_at(cx: &Ctx, s: Sentence, i: usize) -> Option<usize> {
    let t = cx.tokens;
    let place = cx.tags.len_of(i, kinds![Place])?;
    let uncased = || !crate::text::has_case(t.raw(i));
    ((place > 1 && t.toks[i].case != Case::Lower || uncased()) && i + place <= s.end).then_some(place)
}

/// Where a name that starts at the capitalized token `start` ends: it
/// extends over capitalized words of one script, glued codes, particles
/// before a capitalized word, and glued hyphens or ampersands, never over a
/// line break nor beyond [`MAX_NAME_TOKENS`] (which keeps the splitting of
/// [`split_known_prefixes`] bounded).
fn extend_name(cx: &Ctx, s: Sentence, start: usize, title: bool) -> usize {
    let t = cx.tokens;
    let mut end = start + 1;
    loop {
        if end >= s.end || end - start >= MAX_NAME_TOKENS {
            break;
        }
        let tok = t.toks[end];
        // A place written with periods or in several words after words the
        // lexicon knows is a name of its own: "En EE. UU., Acme ..." is no
        // name "En EE" ("Samsung Việt Nam" stays one).
        let after_vocabulary = || (start..end).all(|k| is_vocabulary(cx, k));
        if tok.newline_before() || (place_at(cx, s, end).is_some() && after_vocabulary()) {
            break;
        }
        // A name in one script ends where a word in another begins
        // ("Глава Microsoft Сатья Наделла": Microsoft, then a person).
        let same_script = latin(t.raw(end - 1)) == latin(t.raw(end));
        let carried = || !title && (names_on(cx, end) || body_ahead(cx, end, s.end));
        // "Microsoft Corp MSFT.O": a stock code after a name is no part of it.
        if ticker_at(t, end) {
            break;
        }
        if is_cap(cx, end) && same_script && (!is_vocabulary(cx, end) || carried()) {
            end += 1;
        } else if tok.kind == Kind::Number
            && (!tok.space_before()
                || t.toks
                    .get(end + 1)
                    .is_some_and(|n| n.kind == Kind::Word && !n.space_before() && n.case != Case::Lower))
        {
            // "737MAX" (digits then a glued capital); "A320" is already one word.
            end += 1;
            if t.toks.get(end).is_some_and(|n| n.kind == Kind::Word && !n.space_before()) {
                end += 1;
            }
        } else if let Some(l) = particle_before_name(cx, end, s.end) {
            // "Banco do Brasil", "Agenzia delle Entrate", "Banca d'Italia": a
            // capitalized word after a particle belongs to the name even
            // when the lexicon knows it as a common word.
            end += l + 1;
        } else if end + 1 < s.end
            && is_cap(cx, end + 1)
            && matches!(t.raw(end), "-" | "&")
            && !tok.space_before()
            && !t.toks[end + 1].space_before()
        {
            // "Coca-Cola", "AT&T".
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// Whether a stock code as news agencies write it starts at token `j`:
/// up to five capital letters, a period and an exchange's one or two
/// capitals, glued ("MSFT.O", "ATVI.O", "7203.T" is digits and no name).
fn ticker_at(t: &crate::text::Tokens, j: usize) -> bool {
    // A one-letter word is in capitals whatever its case says ("O").
    let caps = |k: usize, n: usize| {
        t.toks.get(k).is_some_and(|tk| {
            let raw = t.raw(k);
            tk.kind == Kind::Word && raw.chars().all(|c| c.is_ascii_uppercase()) && raw.len() <= n
        })
    };
    let glued = |k: usize| t.toks.get(k).is_some_and(|tk| !tk.space_before());
    let period = |k: usize| k < t.len() && t.raw(k) == ".";
    caps(j, 5) && period(j + 1) && glued(j + 1) && glued(j + 2) && caps(j + 2, 2)
}

/// What is left of the run of capitalized words `start..end` as a name,
/// if anything: lexicon words trimmed ([`trim_vocabulary`]), an ordinary
/// first word dropped ([`skip_ordinary_first_word`]), a lone word at the
/// start of a sentence or in a headline kept only when the text names it
/// elsewhere, it is distinctive or it acts ([`subject_of_verb`]), a
/// headline cut to its known words ([`headline_name`]), and common nouns
/// after a determiner dropped where every noun is capitalized.
fn settle_name<'t>(
    cx: &Ctx<'t>,
    s: Sentence,
    title: bool,
    (start, end): (usize, usize),
    casing: &Casing,
    keys: &mut Keys<'t>,
) -> Option<(usize, usize)> {
    let t = cx.tokens;
    let (mut a, mut b) = trim_vocabulary(cx, start, end, title)?;
    let first_word = a == s.start || after_opening(cx, a);
    if first_word {
        a = skip_ordinary_first_word(cx, (a, b), casing, keys);
    }
    // A sentence-initial single word is a name only if the text
    // capitalizes it elsewhere too, or it is an acronym, a code or camel
    // case, or it acts. `single` and `distinctive` describe the span
    // before a headline is cut.
    let single = b - a == 1;
    let tok = t.toks[a];
    let distinctive = tok.case == Case::Upper || tok.has_digit() || camel(t.raw(a));
    if (first_word || title) && single && !distinctive && !casing.named(t.folded(a)) && !subject_of_verb(cx, s, b) {
        return None;
    }
    // "Keputusan ini menyebabkan ...": a noun a demonstrative points at.
    let pointed = || b < s.end && cx.lex_data.demonstratives_after.contains(&t.folded(b));
    if first_word && single && !distinctive && !casing.named(t.folded(a)) && pointed() {
        return None;
    }
    // "Наибольшие разрушения получил город Белмора": an adjective opening
    // the sentence, however its noun and verb read; not a place's
    // ("Российские компании" names Russia).
    // "Keputusan untuk memangkas ...": a noun made by affixes, likewise.
    let affixed = |w: &str| {
        cx.lex_data
            .noun_affixes
            .iter()
            .any(|(p, e)| w.len() > p.len() + e.len() + 2 && w.starts_with(p) && w.ends_with(e))
    };
    let adjective = || {
        let w = t.folded(a);
        (cx.lex_data.adjective_endings.iter().any(|e| w.ends_with(e)) || affixed(w)) && !cx.tags.any(a, kinds![Place])
    };
    if first_word && single && !distinctive && !casing.named(t.folded(a)) && adjective() {
        return None;
    }
    if title {
        (a, b) = headline_name(cx, (a, b), casing)?;
    }
    // A lowercase word elsewhere, capitalized here at the start, is not a name.
    if first_word && single && casing.lower_seen.contains(t.folded(a)) && !distinctive {
        return None;
    }
    // "Negara Bagian Odisha": the last word of a kind of place of two
    // words, after its first (a noun of its own), is no part of the name.
    if b - a >= 2 && kind_tail(cx, a) {
        a += 1;
    }
    if !cx.lex_data.noun_determiners.is_empty() {
        (a, b) = strip_nouns(cx, s, (a, b), casing)?;
    }
    Some((a, b))
}

/// Where every noun is capitalized, the run `a..b` without the nouns that
/// open it: a noun after a determiner or a count ("den Konkurrenten
/// Rivex" names Rivex, "Zwölf Bergleute" and "die Grube" name nothing), a
/// compound noun, a role glued to a company, a compound's tail. `None`
/// when nothing is left.
fn strip_nouns(cx: &Ctx, s: Sentence, (mut a, b): (usize, usize), casing: &Casing) -> Option<(usize, usize)> {
    let t = cx.tokens;
    // A run of nouns joined by articles that holds a word of an act, a
    // measure or a disaster is a phrase, not a name: "die Zahl der
    // Todesopfer der Überschwemmungen".
    let act = |j: usize| cx.tags.any(j, kinds![Predicate, Measure, Disaster]);
    let joined = (a..b).any(|j| t.toks[j].case == Case::Lower && cx.tags.any(j, kinds![NameParticle]));
    if b - a > 2 && joined && (a..b).any(act) {
        return None;
    }
    while a < b && common_noun(cx, a, b, s.start, casing) {
        a += 1;
        // "die Aktie von Acme": the particle goes with the noun.
        let owner = |j: usize| cx.tags.any(j, kinds![NameParticle]) && cx.tags.any(j, kinds![AgentMarker]);
        if a < b && t.toks[a].case == Case::Lower && owner(a) {
            a += cx.tags.len_of(a, kinds![NameParticle]).unwrap_or(1);
        }
        // "der neue Twitter-Besitzer Elon Musk": the noun's compound goes
        // with it, its tail too.
        while a + 1 < b && t.is_joining_hyphen(a) {
            a += 2;
        }
    }
    // "den US-Konzern Acme", "den Tech-Riesen Acme": a compound noun.
    a += compound_noun(cx, a, b, a == s.start || after_opening(cx, a));
    // "Acme-Chef Jane Roe": a role glued to its company titles the
    // person after it, no part of the name; "E-Mail von Jane Roe": a
    // compound's tail whose head is no name is a noun.
    a += role_compound(cx, a, b);
    if a < b && compound_tail(cx, a) {
        a += 1;
        if a < b && cx.tags.any(a, kinds![NameParticle]) {
            a += cx.tags.len_of(a, kinds![NameParticle]).unwrap_or(1);
        }
    }
    (a < b).then_some((a, b))
}

/// Trims lexicon words at both ends of `start..end` ("Segundo",
/// "Recentemente", month names) and name particles at its end. A
/// capitalized word joined by a particle stays ("Agenzia delle Entrate"),
/// and so does, outside a headline, a known word that carries a name on
/// ([`names_on`]). `None` when nothing is left.
fn trim_vocabulary(cx: &Ctx, start: usize, end: usize, title: bool) -> Option<(usize, usize)> {
    let (mut a, mut b) = (start, end);
    while a < b && is_vocabulary(cx, a) && (title || !body_ahead(cx, a, end)) {
        a += 1;
    }
    let after_particle = |k: usize| k >= 1 && k - 1 > a && particle_before_name(cx, k - 1, end).is_some();
    while b > a
        && ((is_vocabulary(cx, b - 1) && !after_particle(b - 1) && !(!title && b - 1 > a && names_on(cx, b - 1)))
            || cx.tags.any(b - 1, kinds![NameParticle]))
    {
        b -= 1;
    }
    (a < b).then_some((a, b))
}

/// Where a name that opens a sentence really starts: a sentence-initial
/// word the text writes in lower case elsewhere, or that stands before a
/// name seen alone, is an ordinary word ("Langkah Garuda" is "the step of
/// Garuda"), skipped with the lexicon words after it.
fn skip_ordinary_first_word<'t>(cx: &Ctx<'t>, (a, b): (usize, usize), casing: &Casing, keys: &mut Keys<'t>) -> usize {
    let t = cx.tokens;
    let mut a = a;
    if b - a > 1 && !casing.named(t.folded(a)) && t.toks[a].case == Case::Title && !camel(t.raw(a)) {
        let rest = keys.of(t.span_text(a + 1, b));
        // A folded single word and its key are the same string.
        // "Air India", "Air France": a word no lexicon knows before a
        // place's name makes a name of its own, though the text writes
        // the word in lower case elsewhere ("air travel"); "Yesterday
        // India" starts with a word the lexicon knows.
        let before_place =
            place_len(cx, a + 1) == b - a - 1 && cx.tags.at(a).is_empty() && !cx.lex.is_function_word(t.folded(a));
        if (casing.lower_seen.contains(t.folded(a)) || casing.names.contains(rest)) && !before_place {
            a += 1;
            while a < b && is_vocabulary(cx, a) {
                a += 1;
            }
        }
    }
    a
}

/// Whether token `j` of sentence `s` is an act: a predicate, a reporting
/// or modal verb, a negation, a refusal to comment, or a one-word denial
/// verb (not a phrase that starts with a noun: "premis ... salah").
fn acts(cx: &Ctx, s: Sentence, j: usize) -> bool {
    j < s.end
        && cx.tags.at(j).iter().any(|m| match m.tag {
            Tag::Predicate(_) | Tag::Reporting | Tag::Modality(_) | Tag::Negation | Tag::NoComment => true,
            Tag::Denial => m.len() == 1,
            _ => false,
        })
}

/// Whether the name that ends before token `b` is the subject of a verb:
/// a verb follows it, directly or after an auxiliary ("Acme ha ordinato",
/// "Lufthansa declined to comment", "Airbus rejected"), or an auxiliary and
/// a figure ("Spotify has 600 million users"); or its closing quote and a
/// verb ("«Аэрофлот» получил"); or a glued topic or subject particle
/// ("Acme은", "Globex이"); or an appositive ([`appositive`]), a possessive
/// ("Instagram's parent company"), or an unknown verb then an act
/// ([`verb_then_act`]).
fn subject_of_verb(cx: &Ctx, s: Sentence, b: usize) -> bool {
    let t = cx.tokens;
    let figure = |j: usize| j < s.end && (t.toks[j].kind == Kind::Number || cx.tags.any(j, kinds![Qualifier]));
    // An article opens a noun phrase, never the verb a name acts by:
    // "Neben den Entlassungen" names no one.
    let aux = b < s.end && cx.lex.is_function_word(t.folded(b)) && !cx.lex.is_noun_determiner(t.folded(b));
    let possessive = b + 1 < s.end && t.is_possessive(b);
    let closing_quote = b < s.end && matches!(t.raw(b), "»" | "”" | "\"" | "“");
    let particle =
        b < s.end && !t.toks[b].space_before() && t.toks[b].kind == Kind::Word && cx.lex.is_particle(t.folded(b));
    acts(cx, s, b)
        || particle
        || (closing_quote && acts(cx, s, b + 1))
        || (aux && acts(cx, s, b + 1))
        || (aux && middle_field(cx, s, b + 1).any(figure))
        || appositive(cx, s, b)
        || possessive
        || verb_then_act(cx, s, b)
}

/// How many words may stand between an auxiliary after a name and the
/// figure or act it leads to: "Acme hat am Montag 300 Stellen
/// gestrichen", "Acme has also hired 300".
const MIDDLE_FIELD: usize = 4;

/// The tokens from `from` on that a figure or an act may stand at after
/// an auxiliary: `from` itself, then each token after a run of at most
/// [`MIDDLE_FIELD`] function words, relative times, weekdays and months
/// ("am Montag", "im November", "gestern"), no mark, noun or name
/// between: "Efisiensi dan kompleksitas model" has a noun after "dan".
fn middle_field(cx: &Ctx, s: Sentence, from: usize) -> impl Iterator<Item = usize> {
    let t = cx.tokens;
    let skippable = move |j: usize| {
        let lower_function = t.toks[j].case == Case::Lower && cx.lex.is_function_word(t.folded(j));
        t.toks[j].kind == Kind::Word
            && (lower_function
                || cx.tags.any(j, kinds![Month, Relative])
                || super::notcounts::weekday_at(cx, j).is_some())
    };
    let end = (from + MIDDLE_FIELD + 1).min(s.end);
    let run = (from..end).take_while(move |&j| skippable(j)).count();
    from..(from + run + 1).min(s.end)
}

/// Whether an appositive follows the name that ends before token `b`:
/// "Alphabet, the owner of YouTube,"; or an appositive, then the verb:
/// "Voltra, the firm that runs the plant, declined to comment",
/// "Tirtamas, pengelola waduk, menolak"; or a relative clause with a verb:
/// "Nordvik, which employs 38,000 people, ...".
fn appositive(cx: &Ctx, s: Sentence, b: usize) -> bool {
    let t = cx.tokens;
    let closing = || (b + 2..(b + 14).min(s.end)).find(|&k| t.is_comma(k));
    t.is_comma(b)
        && ((b + 1..(b + 4).min(s.end)).any(|j| cx.tags.any(j, kinds![OwnerNoun, OwnedNoun, Role]))
            || closing().is_some_and(|k| acts(cx, s, k + 1) || cx.tags.any(k + 1, kinds![NoComment]))
            || (b + 1 < s.end
                && cx.tags.any(b + 1, kinds![RelativePronoun])
                && (b + 2..(b + 5).min(s.end)).any(|j| acts(cx, s, j))))
}

/// Whether an unknown verb follows the name that ends before token `b`,
/// then a word the lexicon knows as an act or a measure, with no other
/// name between: "Pertamina membukukan laba", "Danone a réalisé un
/// chiffre d'affaires", "Stellantis ha chiuso il semestre con ricavi"
/// (not "Streaming service Spotify has").
fn verb_then_act(cx: &Ctx, s: Sentence, b: usize) -> bool {
    let t = cx.tokens;
    let lower = |j: usize| j < s.end && t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower;
    let known_act = |j: usize| j < s.end && cx.tags.any(j, kinds![Predicate, Measure]);
    lower(b)
        && (b + 1..(b + 6).min(s.end))
            .find(|&j| known_act(j))
            .is_some_and(|j| (b..j).all(|k| t.toks[k].kind != Kind::Word || t.toks[k].case == Case::Lower))
}

/// A headline's name: a headline capitalizes its verbs and nouns too, so
/// its name is the words the text writes as a name elsewhere ("Arkon Seals
/// Deal", "Acquisition of Zorvex Games"), or acronyms and codes, with the
/// other words cut from both ends. `None` when the span holds no word the
/// text names elsewhere, or nothing is left.
fn headline_name(cx: &Ctx, (a, b): (usize, usize), casing: &Casing) -> Option<(usize, usize)> {
    let t = cx.tokens;
    if !(a..b).any(|k| casing.named(t.folded(k))) {
        return None;
    }
    let known = |k: usize| {
        t.toks[k].case != Case::Lower
            && (casing.named(t.folded(k)) || t.toks[k].case == Case::Upper || t.toks[k].has_digit())
    };
    let (mut a, mut b) = (a, b);
    while b > a && !known(b - 1) {
        b -= 1;
    }
    while a < b && !known(a) {
        a += 1;
    }
    (a < b).then_some((a, b))
}

/// The mentions of the name spans, each with its key and kind; a span whose
/// key is empty or all digits names nothing.
fn mentions_of<'t>(cx: &Ctx<'t>, spans: Vec<(usize, usize)>, keys: &mut Keys<'t>) -> Vec<Mention> {
    let t = cx.tokens;
    spans
        .into_iter()
        .filter_map(|(a, b)| {
            let titled = past_honorific(cx, a);
            let a = titled.unwrap_or(a);
            if a >= b {
                return None;
            }
            let text = t.span_text(a, b);
            let key = keys.of(text);
            if key.is_empty() || key.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            let key = key.to_string();
            let person = titled.is_some() || titled_before(cx, a);
            let kind = if person { EntityKind::Person } else { kind_of(cx, a, b) };
            Some(Mention { first: a, last: b, key, text: text.to_string(), kind })
        })
        .collect()
}

/// Where a name starting at token `a` starts after a title of its language
/// ([`crate::lang::Lexicon::honorifics`]: "Herr", "Mme", "Bapak"), past a
/// period after it ("Mr. Acme"): the name is a person's.
fn past_honorific(cx: &Ctx, a: usize) -> Option<usize> {
    use once_cell::sync::Lazy;
    static TITLES: Lazy<Vec<HashSet<String>>> = Lazy::new(|| {
        let folded = |l: &Lang| {
            let lex = l.lexicon();
            lex.honorifics.iter().map(|h| crate::text::fold_as(h, lex.keep_marks)).collect()
        };
        Lang::ALL.iter().map(folded).collect()
    });
    let t = cx.tokens;
    // "M." may be one token.
    if !TITLES[cx.lex_data.lang.index()].contains(t.folded(a).trim_end_matches('.')) {
        return None;
    }
    let dot = a + 1 < t.len() && t.raw(a + 1) == "." && !t.toks[a + 1].space_before();
    Some(if dot { a + 2 } else { a + 1 })
}

/// Whether a title stands right before the name starting at token `a`,
/// outside it ("Mr. Prabowo", where the title opens the sentence and no
/// name took it in).
fn titled_before(cx: &Ctx, a: usize) -> bool {
    let t = cx.tokens;
    let dot = a >= 1 && t.raw(a - 1) == ".";
    let at = if dot { a.checked_sub(2) } else { a.checked_sub(1) };
    at.is_some_and(|j| past_honorific(cx, j) == Some(a))
}

/// Drops the mentions inside a dateline: its names ("BERLIN (Velnews) -",
/// "Kota, Outlet.com -") date and sign the text; they state nothing.
fn drop_datelines(cx: &Ctx, sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let datelines = super::subjects::datelines(cx, sentences);
    if !datelines.is_empty() {
        mentions.retain(|m| !datelines.iter().any(|&(a, b)| m.first >= a && m.last <= b));
    }
}

/// The shortest key a short name may be given a longer one's (as in
/// [`short_name_aliases`]).
const MIN_SHORT_KEY: usize = 4;

/// The longest acronym whose letters are matched against the words
/// before it ([`acronym_definitions`]).
const MAX_ACRONYM: usize = 8;

/// The longest lowercase word skipped between the words of a name an
/// acronym defines ([`initials_before`]).
const MAX_PARTICLE: usize = 3;

/// A name defined by the acronym in brackets after it is one name, however
/// the rules for capitalized words cut it: the capitalized words before
/// the bracket whose initials spell the acronym, short lowercase words
/// between them skipped ("Kenya National Commission on Human Rights
/// (KNCHR)" had been a place, an organization and a person). The name is
/// an organization keyed as the acronym; the mentions inside it go.
fn acronym_definitions(cx: &Ctx, mentions: &mut Vec<Mention>) {
    let t = cx.tokens;
    let mut defined: Vec<Mention> = Vec::new();
    for m in mentions.iter() {
        let acronym = t.raw(m.first);
        let bracketed = m.first >= 2 && t.is_punct(m.first - 1, '(') && t.is_punct(m.last, ')');
        let short = m.last == m.first + 1 && (3..=MAX_ACRONYM).contains(&acronym.chars().count());
        if !bracketed || !short || !acronym.chars().all(|c| c.is_uppercase()) {
            continue;
        }
        if let Some(first) = initials_before(cx, m.first - 1, acronym) {
            let last = m.first - 1;
            let text = t.span_text(first, last).to_string();
            defined.push(Mention { first, last, key: m.key.clone(), text, kind: EntityKind::Organization });
        }
    }
    if defined.is_empty() {
        return;
    }
    // One merge of two lists in text order: the mentions outside every
    // defined name, and the defined names.
    let mut out = Vec::with_capacity(mentions.len());
    let mut names = defined.into_iter().peekable();
    for m in mentions.drain(..) {
        while names.peek().is_some_and(|d| d.last <= m.first) {
            out.extend(names.next());
        }
        if names.peek().is_none_or(|d| m.last <= d.first || m.first >= d.last) {
            out.push(m);
        }
    }
    out.extend(names);
    *mentions = out;
}

/// Where the words before token `end` whose initials spell `acronym`
/// start: capitalized words, each giving the next letter from the end,
/// lowercase function words and short words ([`MAX_PARTICLE`] letters:
/// "on", "de", "für") between them skipped. `None` unless every letter is
/// matched.
fn initials_before(cx: &Ctx, end: usize, acronym: &str) -> Option<usize> {
    let t = cx.tokens;
    let mut letters = acronym.chars().rev().peekable();
    let mut j = end;
    let mut first = None;
    while letters.peek().is_some() && j > 0 {
        j -= 1;
        let tok = t.toks[j];
        if tok.kind != Kind::Word {
            return None;
        }
        let initial = t.raw(j).chars().next()?;
        let particle = cx.lex.is_function_word(t.folded(j)) || t.raw(j).chars().count() <= MAX_PARTICLE;
        if tok.case == Case::Lower && particle {
            continue;
        }
        if !initial.is_uppercase() || initial != letters.next()? {
            return None;
        }
        first = Some(j);
    }
    first.filter(|_| letters.peek().is_none())
}

/// Within one text, one entity has one key: a name followed by an acronym
/// in parentheses ("Banco Velmora de Inversiones (BVI)") takes the
/// acronym's key wherever the text writes it in full, and a one-word name
/// that is the surname or the first name of exactly one person named in
/// full before it ("Lindqvist" after "Ana Lindqvist", read as a person next to
/// a role) is that person. Organizations' short names are left to the
/// batch ([`short_name_aliases`]). The mentions keep their text.
fn one_key_per_entity(cx: &Ctx, mentions: &mut [Mention]) {
    let t = cx.tokens;
    let mut acronyms: HashMap<String, String> = HashMap::default();
    for w in mentions.windows(2) {
        let (long, short) = (&w[0], &w[1]);
        let defined = short.first == long.last + 1
            && t.is_punct(long.last, '(')
            && t.is_punct(short.last, ')')
            && short.last == short.first + 1
            && t.toks[short.first].case == Case::Upper
            && long.last - long.first >= 2
            && !matches!(long.kind, EntityKind::Place | EntityKind::Code);
        if defined {
            acronyms.entry(long.key.clone()).or_insert_with(|| short.key.clone());
        }
    }
    // The persons named in full so far, by their first and last words:
    // the first one's mention, and whether another person's key differs.
    let mut persons: HashMap<&str, (usize, bool)> = HashMap::default();
    for k in 0..mentions.len() {
        if let Some(short) = acronyms.get(&mentions[k].key) {
            mentions[k].key.clone_from(short);
        } else if let Some(key) = person_named_before(cx, mentions, k, &persons) {
            mentions[k].key = key;
        }
        // Only a person's: "Arkon" after "Arkon Games" is the parent.
        let l = &mentions[k];
        if (2..=3).contains(&(l.last - l.first)) && l.kind == EntityKind::Person {
            let (a, b) = (t.folded(l.first), t.folded(l.last - 1));
            for w in [Some(a), (a != b).then_some(b)].into_iter().flatten() {
                let seen = persons.entry(w).or_insert((k, false));
                seen.1 |= mentions[seen.0].key != l.key;
            }
        }
    }
}

/// The key of the one person named in full before mention `k`, when
/// mention `k` is a capitalized word alone that is that person's first or
/// last word; `persons` is [`one_key_per_entity`]'s index of the mentions
/// before `k`.
fn person_named_before(
    cx: &Ctx,
    mentions: &[Mention],
    k: usize,
    persons: &HashMap<&str, (usize, bool)>,
) -> Option<String> {
    let t = cx.tokens;
    let m = &mentions[k];
    let single = m.last == m.first + 1 && t.toks[m.first].case == Case::Title;
    if !single || m.key.chars().count() < MIN_SHORT_KEY || matches!(m.kind, EntityKind::Place | EntityKind::Code) {
        return None;
    }
    match persons.get(t.folded(m.first)) {
        Some(&(first, false)) => Some(mentions[first].key.clone()),
        _ => None,
    }
}

/// Adds the public bodies a text names by what they are ("la comisión
/// electoral", "the interior ministry"), keyed alike in every language,
/// where no name covers them; `mentions` stay in text order.
fn institutions(cx: &Ctx, sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let t = cx.tokens;
    let mut found = Vec::new();
    // Names inside a body's phrase, dropped at the end in one pass.
    let mut dropped = vec![false; mentions.len()];
    for s in sentences {
        let mut i = s.start;
        while i < s.end {
            let Some((key, l)) = cx.tags.find(i, kinds![Institution], |g| match g {
                Tag::Institution(k) => Some(k),
                _ => None,
            }) else {
                i += 1;
                continue;
            };
            let end = (i + l).min(s.end);
            // A name inside the body's phrase is part of it ("ministère de
            // l'Intérieur"); a longer name around it keeps it.
            let k = mentions.partition_point(|m| m.last <= i);
            let inside = mentions[k..].iter().take_while(|m| m.first < end).count();
            let within = mentions[k..k + inside].iter().all(|m| m.first >= i && m.last <= end);
            if within {
                dropped[k..k + inside].iter_mut().for_each(|d| *d = true);
                found.push(Mention {
                    first: i,
                    last: end,
                    key: key.to_string(),
                    text: t.span_text(i, end).to_string(),
                    kind: EntityKind::Organization,
                });
            }
            i = end;
        }
    }
    if !found.is_empty() {
        let mut keep = dropped.into_iter().map(|d| !d);
        mentions.retain(|_| keep.next().unwrap_or(true));
        mentions.extend(found);
        mentions.sort_by_key(|m| m.first);
    }
}

/// Adds the countries of people a figure counts by their nationality,
/// where the demonym is written in lower case: "325 egipcios", "144
/// indonesios", "323 peregrinos egipcios", "fünf iranische Pilger". The
/// demonym stands right after the figure, or one lowercase word after or
/// before the figure's noun; it is a country's (a region's demonym names
/// no one place). The people are that country's nationals, as a
/// capitalized demonym's are ("660 Egyptians"): a group of the event's
/// victims ([`crate::Object::Nationals`]).
fn counted_nationals(cx: &Ctx, sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let t = cx.tokens;
    // Digits, or a number word that is no article ("um peru" is a turkey).
    let number = |j: usize| {
        t.toks[j].kind == Kind::Number
            || (cx.tags.any(j, kinds![Number, Scale]) && !cx.lex.is_function_word(t.folded(j)))
    };
    let lower = |j: usize| t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower;
    let country = |j: usize| {
        let key = cx.tags.find(j, kinds![Place], |g| match g {
            Tag::Place(k) => Some(k.as_str()),
            _ => None,
        });
        key.filter(|&(k, l)| l == 1 && is_country_key(k)).map(|(k, _)| k)
    };
    let mut found = Vec::new();
    for s in sentences.iter().filter(|s| cx.tags.kinds_in(s.start, s.end).meets(kinds![Place])) {
        for j in s.start + 1..s.end {
            if !cx.tags.any(j, kinds![Place]) || !lower(j) {
                continue;
            }
            let Some(key) = country(j) else { continue };
            let after_figure = number(j - 1);
            let around_noun =
                j >= s.start + 2 && number(j - 2) && lower(j - 1) || j + 1 < s.end && number(j - 1) && lower(j + 1);
            if after_figure || around_noun {
                let text = t.span_text(j, j + 1).to_string();
                found.push(Mention { first: j, last: j + 1, key: key.to_string(), text, kind: EntityKind::Place });
            }
        }
    }
    if !found.is_empty() {
        let covered = covered_tokens(t.len(), mentions);
        found.retain(|m| !covered[m.first]);
        mentions.extend(found);
        mentions.sort_by_key(|m| m.first);
    }
}

/// Adds the names written in a script without case ("인텔은", "삼성전자가")
/// that the caller's knowledge base lists ([`super::Names`] holds them,
/// folded): capitals cannot tell them, so no other word of such a script
/// is a name. A name may carry a particle of the language; its key is the
/// name without it. `mentions` stay in text order.
fn uncased_names(cx: &Ctx, sentences: &[Sentence], names: &super::Names, mentions: &mut Vec<Mention>) {
    let t = cx.tokens;
    let mut found = Vec::new();
    let covered = covered_tokens(t.len(), mentions);
    let particles = Particles::new(cx.lex_data.particles);
    let mut joined = String::new();
    for s in sentences {
        for i in s.start..s.end {
            // A word with a capital or an ASCII letter first has case:
            // only the others are read.
            let tok = t.toks[i];
            let cased = || {
                matches!(tok.case, Case::Title | Case::Upper)
                    || t.raw(i).as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
                    || crate::text::has_case(t.raw(i))
            };
            if tok.kind != Kind::Word || covered.get(i).is_some_and(|&c| c) || cased() {
                continue;
            }
            let w = t.folded(i);
            if let Some(end) = glued_name_end(cx, i, names, &mut joined) {
                let text = t.span_text(i, end).to_string();
                let key = key_of(&text, cx.lex.lang);
                found.push(Mention { first: i, last: end, key, kind: kind_of(cx, i, end), text });
                continue;
            }
            let bare = if names.contains(w) {
                Some(w)
            } else {
                // A name with a particle glued begins with the word's first char.
                let first = w.chars().next().map_or(w, |c| &w[..c.len_utf8()]);
                let may = w.is_empty() || names.begins(first) || names.contains("");
                let particles = if may { particles.ending(w) } else { &[] };
                particles.iter().find_map(|p| w.strip_suffix(p).filter(|b| names.contains(b)))
            };
            if let Some(bare) = bare {
                let kind = kind_of(cx, i, i + 1);
                // The text as written: the folded word may differ from it
                // ("ᾘ" folds to "η"); a glued particle is left out where
                // the word ends with it as written.
                let raw = t.raw(i);
                let particle = &w[bare.len()..];
                let text = raw.strip_suffix(particle).filter(|_| !particle.is_empty()).unwrap_or(raw);
                found.push(Mention {
                    first: i,
                    last: i + 1,
                    key: key_of(bare, cx.lex.lang),
                    text: text.to_string(),
                    kind,
                });
            }
        }
    }
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| m.first);
    }
}

/// A language's particles ([`crate::lang::Lexicon::particles`]) by their
/// last char, each list in the lexicon's order: a word can end only with
/// those that end with its last char.
struct Particles {
    by_last: HashMap<char, Vec<&'static str>>,
}

impl Particles {
    fn new(particles: &[&'static str]) -> Particles {
        let mut by_last: HashMap<char, Vec<&'static str>> = HashMap::default();
        for &p in particles {
            // An empty particle leaves the word whole: no name that is not one already.
            if let Some(c) = p.chars().next_back() {
                by_last.entry(c).or_default().push(p);
            }
        }
        Particles { by_last }
    }

    /// The particles `w` may end with, in the lexicon's order.
    fn ending(&self, w: &str) -> &[&'static str] {
        w.chars().next_back().and_then(|c| self.by_last.get(&c)).map_or(&[], Vec::as_slice)
    }
}

/// Which of `n` tokens some mention covers.
fn covered_tokens(n: usize, mentions: &[Mention]) -> Vec<bool> {
    let mut covered = vec![false; n];
    for m in mentions {
        covered[m.first.min(n)..m.last.min(n)].iter_mut().for_each(|c| *c = true);
    }
    covered
}

/// Adds the foreign names a language writes in a script of their own
/// without case (Japanese katakana) and the lexicon does not know, where a
/// word right after marks them as names ([`crate::lang::Lexicon::foreign_name_marks`]:
/// "ノルビクは", "セルヒオ・ノルビク社"), or where the text glosses them
/// with a name in Latin letters ("ノルビク(Norvik)"): such a name is keyed
/// as its gloss, all through the document, so that it matches the name
/// other languages write. A word the lexicon knows (a loanword it lists, a
/// place) is left alone. `mentions` stay in text order.
fn foreign_names(cx: &Ctx, sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    if cx.lex_data.foreign_name_marks.is_empty() {
        return;
    }
    let t = cx.tokens;
    let glosses = foreign_glosses(cx, sentences);
    // How often the text writes each word: a loanword the lexicon lacks
    // may stand before a particle once ("スタッフが"), the name a story is
    // about comes back.
    let mut seen: HashMap<&str, usize> = HashMap::default();
    for i in 0..t.len() {
        if crate::text::is_katakana_word(t.raw(i)) {
            *seen.entry(t.raw(i)).or_default() += 1;
        }
    }
    let mut found = Vec::new();
    for s in sentences {
        let mut i = s.start;
        while i < s.end {
            let covered = |j: usize| mentions.iter().any(|m| m.first <= j && j < m.last);
            let Some(end) = foreign_span(cx, *s, i).filter(|_| !covered(i)) else {
                i += 1;
                continue;
            };
            // A place word glued after it, and a locative particle after
            // that, make it a place ("ノルビク州では"), named with its place
            // word. Not before a noun: "ノルビク州政府" names a government.
            let placed = end < s.end
                && !t.toks[end].space_before()
                && place_words(cx.lex.lang).0.contains(t.folded(end))
                && cx.lex.locative_glued(t, end);
            let end = if placed { end + 1 } else { end };
            let text = t.span_text(i, end).to_string();
            let gloss = glosses.get(text.as_str());
            let marked =
                placed || end < s.end && foreign_mark(cx, end).is_some_and(|title| title || seen[t.raw(end - 1)] > 1);
            let name_end = if placed { end - 1 } else { end };
            let known = (i..name_end).step_by(2).any(|j| is_vocabulary(cx, j) || cx.tags.any(j, kinds![Place]));
            if (marked || gloss.is_some()) && !known {
                let key = gloss.cloned().unwrap_or_else(|| key_of(&text, cx.lex.lang));
                found.push(Mention { first: i, last: end, key, kind: kind_of(cx, i, end), text });
            }
            i = end;
        }
    }
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| m.first);
    }
}

/// Whether word `j` marks the foreign word before it as a name
/// ([`crate::lang::Lexicon::foreign_name_marks`]): `Some(true)` for a
/// title ("社"), which marks a name alone; `Some(false)` for a particle
/// ("は", "が"), which marks one the text writes more than once.
fn foreign_mark(cx: &Ctx, j: usize) -> Option<bool> {
    let (marks, w) = (cx.lex_data.foreign_name_marks, cx.tokens.folded(j));
    marks.contains(&w).then(|| !cx.lex_data.particles.contains(&w))
}

/// The end of the foreign name that starts at word `i` (see
/// [`foreign_names`]): words of the script without case, joined by middle
/// dots ("セルヒオ・ノルビク"); `None` where no such name starts.
fn foreign_span(cx: &Ctx, s: Sentence, i: usize) -> Option<usize> {
    let t = cx.tokens;
    let foreign = |j: usize| t.toks[j].kind == Kind::Word && crate::text::is_katakana_word(t.raw(j));
    if !foreign(i) || (i > s.start && t.raw(i - 1) == "・") {
        return None;
    }
    let mut end = i + 1;
    while end + 1 < s.end && t.raw(end) == "・" && foreign(end + 1) {
        end += 2;
    }
    Some(end)
}

/// The most words of a name in Latin letters that glosses a foreign one.
const MAX_GLOSS_WORDS: usize = 4;

/// The foreign names a document glosses with a name in Latin letters in
/// parentheses right after them ("ノルビク(Norvik)", "ベルモラ(Velmora
/// Group)"), each with the key of its gloss.
fn foreign_glosses(cx: &Ctx, sentences: &[Sentence]) -> HashMap<String, String> {
    let t = cx.tokens;
    let mut out = HashMap::default();
    for s in sentences {
        for i in s.start..s.end {
            let Some(end) = foreign_span(cx, *s, i) else { continue };
            if let Some(gloss) = gloss_at(cx, *s, end) {
                out.entry(t.span_text(i, end).to_string()).or_insert(gloss);
            }
        }
    }
    out
}

/// The key of a name in Latin letters in parentheses opening at token
/// `open` of sentence `s` ("(Norvik)", "(Velmora Group)"), capitalized and
/// of at most [`MAX_GLOSS_WORDS`] words.
fn gloss_at(cx: &Ctx, s: Sentence, open: usize) -> Option<String> {
    let t = cx.tokens;
    if open + 2 >= s.end || !matches!(t.raw(open), "(" | "（") {
        return None;
    }
    let words = (open + 1..s.end.min(open + 1 + MAX_GLOSS_WORDS)).take_while(|&j| {
        let raw = t.raw(j);
        t.toks[j].kind == Kind::Word && latin(raw) && raw.chars().any(char::is_alphabetic)
    });
    let close = words.last().map_or(open + 1, |j| j + 1);
    let cased = (open + 1..close).any(|j| t.toks[j].case != Case::Lower);
    (close > open + 1 && close < s.end && matches!(t.raw(close), ")" | "）") && cased)
        .then(|| key_of(t.span_text(open + 1, close), cx.lex.lang))
}

/// Where words are written without spaces ([`crate::lang::Lexicon::segmented`]),
/// the names in Han characters a document glosses with a name in Latin
/// letters in parentheses right after them ("诺维克(Norvik)", "格洛贝克斯
/// (Globex)"): the run of two or more single characters the lexicon
/// does not know right before the parenthesis, keyed as its gloss, there
/// and wherever else the document writes the same run ("诺维克计划裁员"
/// in a headline). `mentions` stay in text order.
fn han_glosses(cx: &Ctx, sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    if !cx.lex_data.segmented {
        return;
    }
    let t = cx.tokens;
    let glossed = glossed_names(cx, glossed_runs(cx, sentences));
    if glossed.is_empty() {
        return;
    }
    let covered = covered_tokens(t.len(), mentions);
    let mut found = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let here = &t.text[t.toks[i].start()..];
        let open = !covered[i] && unknown_han(cx, i);
        let hit = if open { glossed.iter().find(|(name, _)| here.starts_with(name)) } else { None };
        let Some((name, key)) = hit else {
            i += 1;
            continue;
        };
        let stop = t.toks[i].start() + name.len();
        let end = (i..t.len()).find(|&j| t.toks[j].end() >= stop).map_or(t.len(), |j| j + 1);
        if t.toks[end - 1].end() == stop && (i..end).all(|j| unknown_han(cx, j)) {
            let (key, text) = (key.clone(), name.to_string());
            found.push(Mention { first: i, last: end, key, kind: kind_of(cx, i, end), text });
        }
        i = end;
    }
    if !found.is_empty() {
        mentions.extend(found);
        mentions.sort_by_key(|m| m.first);
    }
}

/// The most glossed names a document's Han runs are matched against: the
/// look-up stays linear in the text.
const MAX_GLOSSED: usize = 64;

/// Whether token `j` is one Han character the lexicon does not know (no
/// tag, no function word): a piece of a name it cannot cut.
fn unknown_han(cx: &Ctx, j: usize) -> bool {
    let t = cx.tokens;
    let mut cs = t.raw(j).chars();
    t.toks[j].kind == Kind::Word
        && cs.next().is_some_and(crate::text::is_han)
        && cs.next().is_none()
        && cx.tags.at(j).is_empty()
        && !cx.lex.is_function_word(t.folded(j))
}

/// The runs of two or more unknown Han characters (at most
/// [`MAX_NAME_PIECES`]) right before a gloss in Latin letters, with the
/// key of the gloss; at most [`MAX_GLOSSED`].
fn glossed_runs(cx: &Ctx, sentences: &[Sentence]) -> Vec<(usize, usize, String)> {
    let mut runs = Vec::new();
    for s in sentences {
        for open in s.start + 2..s.end {
            if runs.len() == MAX_GLOSSED {
                return runs;
            }
            let Some(key) = gloss_at(cx, *s, open) else { continue };
            let from = open.saturating_sub(MAX_NAME_PIECES).max(s.start);
            let start = (from..open).rev().take_while(|&j| unknown_han(cx, j)).last();
            if let Some(a) = start.filter(|&a| open - a >= 2) {
                runs.push((a, open, key));
            }
        }
    }
    runs
}

/// The name each glossed run ends with: where it starts in its run is
/// not written, so it is the longest end of the run that the document
/// writes elsewhere too ("大厂诺维克(NORVIK)" and a headline's "诺维克"); a
/// run with no such end names nothing beyond its gloss.
fn glossed_names<'t>(cx: &Ctx<'t>, runs: Vec<(usize, usize, String)>) -> Vec<(&'t str, String)> {
    let t = cx.tokens;
    // How often each candidate end occurs, counted in one pass.
    let mut seen: HashMap<&str, usize> = HashMap::default();
    for &(a, open, _) in &runs {
        (a..open - 1).for_each(|b| _ = seen.insert(t.span_text(b, open), 0));
    }
    for i in 0..t.len() {
        let glued = (i..t.len().min(i + MAX_NAME_PIECES)).take_while(|&j| unknown_han(cx, j)).count();
        for k in 2..=glued {
            if let Some(n) = seen.get_mut(t.span_text(i, i + k)) {
                *n += 1;
            }
        }
    }
    runs.into_iter()
        .filter_map(|(a, open, key)| {
            let name = (a..open - 1).map(|b| t.span_text(b, open)).find(|n| seen.get(n).is_some_and(|&c| c > 1))?;
            Some((name, key))
        })
        .collect()
}

/// The most words glued to each other a name of the caller's is cut into.
const MAX_NAME_PIECES: usize = 8;

/// Where words are written without spaces ([`crate::lang::Lexicon::segmented`]),
/// the end of the longest run of two or more glued words from token `i`
/// that together are a name of the caller's ("英特尔" cut into "英",
/// "特", "尔"): the cut follows the lexicon, not the names. `joined` is
/// a buffer for the words joined, kept from call to call.
fn glued_name_end(cx: &Ctx, i: usize, names: &super::Names, joined: &mut String) -> Option<usize> {
    if !cx.lex_data.segmented {
        return None;
    }
    let t = cx.tokens;
    joined.clear();
    joined.push_str(t.folded(i));
    let mut best = None;
    for j in i + 1..(i + MAX_NAME_PIECES).min(t.len()) {
        let tok = t.toks[j];
        // No name begins with the words joined so far: none is longer.
        if tok.space_before() || tok.kind != Kind::Word || !joined.is_empty() && !names.begins(joined) {
            break;
        }
        joined.push_str(t.folded(j));
        if names.contains(joined.as_str()) {
            best = Some(j + 1);
        }
    }
    best
}

/// Splits a span whose first words are a place or an entity seen alone
/// elsewhere, when what follows looks like a name of its own:
/// "AS Globex" is a place and a company; "X Maria Silva" is an
/// organization and a person.
fn split_known_prefixes<'t>(cx: &Ctx<'t>, spans: Vec<(usize, usize)>, keys: &mut Keys<'t>) -> Vec<(usize, usize)> {
    let t = cx.tokens;
    let alone: HashSet<String> = spans.iter().map(|&(a, b)| keys.of(t.span_text(a, b)).to_string()).collect();
    let mut out = Vec::with_capacity(spans.len());
    for (a, b) in spans {
        match (a + 1..b).find(|&m| splits_at(cx, keys, &alone, (a, b), m)) {
            Some(m) => {
                out.push((a, m));
                out.push((m, b));
            }
            None => out.push((a, b)),
        }
    }
    out
}

/// Whether the run `a..b` of capitalized words that opens with a place
/// ending at `m` is one company's name: "U.S. Steel", "China Mobile",
/// "US Steel Corp". The words after the place are one word the lexicon
/// does not know and no body word ("EU Commission" is the place's body,
/// read as such elsewhere), or end with a company's legal suffix; no role
/// stands before the run ("Presiden AS Biden" names a person after a
/// country), no noun before that the place describes ("Produsen mobil
/// Jepang Acme") and no place after it ("Turkey Syria").
fn place_led_name(cx: &Ctx, (a, b): (usize, usize), m: usize) -> bool {
    let t = cx.tokens;
    let org_end = ORG_SUFFIXES.contains(&t.folded(b - 1));
    let one_word =
        b - m == 1 && t.toks[m].kind == Kind::Word && !is_vocabulary(cx, m) && !BODY_WORDS.contains(&t.folded(m));
    let role = (a.saturating_sub(3)..a).any(|j| cx.tags.any(j, kinds![Role])) || role_before(cx, a);
    let place_after = (m..b).any(|j| cx.tags.any(j, kinds![Place]));
    // "Produsen mobil Jepang Acme": after a lowercase word that is no verb
    // the lexicon knows (a noun), the place describes it; after such a
    // verb, a function word or punctuation, it opens a name ("will buy
    // U.S. Steel").
    let describes = a > 0
        && !t.toks[a].newline_before()
        && t.toks[a - 1].kind == Kind::Word
        && t.toks[a - 1].case == Case::Lower
        && !cx.lex.is_function_word(t.folded(a - 1))
        && !cx.tags.any(a - 1, kinds![Predicate, Reporting, Announcement, Modality, Denial, Place]);
    (one_word || org_end) && t.toks[m].space_before() && !role && !place_after && !describes
}

/// Whether [`split_known_prefixes`] cuts the span `a..b` before token `m`.
/// Every cut is before a capitalized word, and the keys are read last,
/// where the cheaper tests leave the cut open.
fn splits_at<'t>(cx: &Ctx<'t>, keys: &mut Keys<'t>, alone: &HashSet<String>, (a, b): (usize, usize), m: usize) -> bool {
    let t = cx.tokens;
    if !is_cap(cx, m) {
        return false;
    }
    if cx.tags.any(a, kinds![Place]) && m - a == place_len(cx, a) {
        let tail_alone = alone.contains(keys.of(t.span_text(m, b)));
        return tail_alone || !place_led_name(cx, (a, b), m);
    }
    // A person's name after an organization's ("juru bicara X Maria Silva")
    // follows a role word; without one, "Pertamina Hulu Energi" is one name.
    let after_role = (a.saturating_sub(3)..a).any(|j| cx.tags.any(j, kinds![Role]));
    let person_tail = b - m >= 2 && after_role;
    let head_known = alone.contains(keys.of(t.span_text(a, m)));
    if head_known && person_tail {
        return true;
    }
    let tail_known = alone.contains(keys.of(t.span_text(m, b)));
    // "ministre de l'Economie Jane Rowe": after a role, a name the
    // text writes alone ends the portfolio before it.
    let role_then_name = || b - m >= 2 && is_cap(cx, m - 1) && role_before(cx, a);
    tail_known && (head_known || role_then_name())
}

/// The length of a hyphenated compound noun that opens the run `a..b`
/// right after a determiner, before the name it describes: "den
/// US-Konzern Acme", "dem Tech-Riesen Acme", "die Video-Plattform Acme"
/// (three tokens); 0 otherwise. Opening its sentence (`first`), with no
/// determiner, only a compound with a noun's ending before a one-word
/// name: "Facebook-Mutterkonzern Meta entlässt"; not "Rolls-Royce
/// Holdings", "Coca-Cola Hellenic".
/// Where every noun is capitalized, such a compound is no part of a name.
fn compound_noun(cx: &Ctx, a: usize, b: usize, first: bool) -> usize {
    let t = cx.tokens;
    let determined = a > 0 && cx.lex.is_noun_determiner(t.folded(a - 1));
    let compound =
        a + 3 < b && t.is_joining_hyphen(a + 1) && t.toks[a + 2].case == Case::Title && (determined || first);
    if !compound {
        return 0;
    }
    let w = t.folded(a + 2);
    let noun = cx.lex_data.noun_endings.iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e));
    // "die Video-Plattform Acme": a name of one word after the compound
    // is the name it describes; "die Globex-Norvik Company", "die
    // Lamora-Belmora Bank" end with a company's word and stay one name.
    let org_word = |j: usize| ORG_SUFFIXES.contains(&t.folded(j)) || is_org_word(t.folded(j));
    let one_name = a + 4 == b && is_cap(cx, a + 3) && !org_word(a + 3);
    let found = if determined { noun || one_name } else { noun && one_name };
    if found { 3 } else { 0 }
}

/// The length of a role glued by a hyphen to the one-word name that opens
/// the run `a..b` ("Acme-Chef Jane Roe", three tokens), when a capitalized
/// name follows it; 0 otherwise. Where every noun is capitalized, the
/// compound titles the person after it.
fn role_compound(cx: &Ctx, a: usize, b: usize) -> usize {
    let t = cx.tokens;
    let role = a + 3 < b && t.is_joining_hyphen(a + 1) && cx.tags.any(a + 2, kinds![Role]) && is_cap(cx, a + 3);
    if role { 3 } else { 0 }
}

/// Whether the capitalized word at token `a` is the tail of a hyphenated
/// compound whose head is a single letter or a lower-case word, outside
/// the run: "E-Mail", "x-Achse" (a noun where every noun is capitalized).
fn compound_tail(cx: &Ctx, a: usize) -> bool {
    let t = cx.tokens;
    a >= 2 && t.is_joining_hyphen(a - 1) && {
        let head = t.raw(a - 2);
        t.toks[a - 2].kind == Kind::Word && (head.chars().count() == 1 || t.toks[a - 2].case == Case::Lower)
    }
}

/// How far before a name a role word may stand, past lower-case words
/// ("ministre centriste de l'Economie").
const ROLE_REACH: usize = 5;

/// Whether a role word ("minister", "ministre") stands before token `a`
/// with only lower-case words and apostrophes between, the last of them a
/// preposition ("Minister of Economy", "ministre de l'Economie",
/// "ministro da Economia"): the name at `a` is the role's complement.
fn role_before(cx: &Ctx, a: usize) -> bool {
    let t = cx.tokens;
    if a == 0 {
        return false;
    }
    let elided = a >= 2 && matches!(t.raw(a - 1), "'" | "’");
    let of = if elided { a - 2 } else { a - 1 };
    if !cx.lex.is_function_word(t.folded(of)) {
        return false;
    }
    role_within(cx, a, |_| false)
}

/// Whether a role word stands within [`ROLE_REACH`] tokens before token
/// `a`, past lower-case words, apostrophes and the tokens `passable` lets
/// through only.
fn role_within(cx: &Ctx, a: usize, passable: impl Fn(usize) -> bool) -> bool {
    let t = cx.tokens;
    let mut j = a;
    while j > 0 && a - j < ROLE_REACH {
        j -= 1;
        if cx.tags.any(j, kinds![Role]) {
            return true;
        }
        let lower = t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Lower;
        if !lower && !passable(j) && !matches!(t.raw(j), "'" | "’") {
            return false;
        }
    }
    false
}

/// Whether a role word stands right before the place at token `a`, past
/// at most [`ROLE_REACH`] lowercase words and words of a kind of place
/// ("Perdana Menteri Negara Bagian Saxony-Anhalt", "ministre de la
/// Région X"): the place is the role's jurisdiction, no place where
/// something happened.
pub(crate) fn role_titled(cx: &Ctx, a: usize) -> bool {
    let t = cx.tokens;
    let (kinds, _) = place_words(cx.lex.lang);
    let kind = |j: usize| {
        kinds.contains(t.folded(j)) || kind_tail(cx, j) || kind_tails(cx.lex.lang).values().any(|h| h == t.folded(j))
    };
    role_within(cx, a, kind)
}

/// Whether word `i` is part of an address or a handle ("acme/site#45",
/// "acme.com", "@acme"): glued to a slash, a hash, an at sign or a period
/// followed by a word. Its case says nothing about the word.
fn in_address(t: &crate::text::Tokens, i: usize) -> bool {
    let glued = |j: usize| j < t.len() && t.toks[j].kind == Kind::Punct && matches!(t.raw(j), "/" | "#" | "@" | ".");
    let before = i > 0 && !t.toks[i].space_before() && glued(i - 1);
    let after = i + 2 < t.len() && !t.toks[i + 1].space_before() && glued(i + 1) && !t.toks[i + 2].space_before();
    before || after
}

/// How far ahead of a capitalized word the body word that ends its name
/// may stand ([`body_ahead`]).
const BODY_AHEAD: usize = 3;

/// Whether the capitalized word `i` runs on, in title-case words only, to
/// a word that names an organization within [`BODY_AHEAD`] words (before
/// token `limit`): "National Disaster Mitigation Agency", "Flood Relief
/// Committee" keep the words the lexicon knows ("disaster", "flood")
/// inside the name.
fn body_ahead(cx: &Ctx, i: usize, limit: usize) -> bool {
    let t = cx.tokens;
    let title_word = |k: usize| t.toks[k].kind == Kind::Word && t.toks[k].case == Case::Title;
    // A noun the lexicon knows, nothing else ("Yesterday", "In" are no part of a name).
    let noun = cx.tags.at(i).iter().all(|m| {
        matches!(m.tag, Tag::Predicate(_) | Tag::Measure(_) | Tag::Concept(_) | Tag::Disaster | Tag::Institution(_))
    });
    if !title_word(i) || !noun || cx.lex.is_function_word(t.folded(i)) {
        return false;
    }
    for k in i + 1..(i + 1 + BODY_AHEAD).min(limit) {
        if !title_word(k) || t.toks[k].newline_before() {
            return false;
        }
        if is_org_word(t.folded(k)) {
            return true;
        }
    }
    false
}

/// Whether a capitalized word the lexicon knows as a verb or a noun carries
/// a name on ("Eva Costa", "Banco Central"): Title case, and known only as
/// a predicate, measure or concept, never as a function word, a month, a
/// time, a qualifier or a number.
fn names_on(cx: &Ctx, i: usize) -> bool {
    let tok = cx.tokens.toks[i];
    tok.case == Case::Title
        && !cx.lex.is_function_word(cx.tokens.folded(i))
        && cx.tags.at(i).iter().all(|m| matches!(m.tag, Tag::Predicate(_) | Tag::Measure(_) | Tag::Concept(_)))
}

/// In a language that capitalizes every noun, whether the capitalized word
/// `i` opening the span `i..b` is a common noun: a plain title-case word
/// (no acronym, code or camel case) the batch does not name alone
/// elsewhere, after a determiner in one of the shapes of
/// [`determined_noun`], or, where no name the batch knows follows it, by
/// what stands before it ([`noun_by_what_precedes`]). A word opening a
/// longer name stays ("die Deutsche Bank").
fn common_noun(cx: &Ctx, i: usize, b: usize, start: usize, casing: &Casing) -> bool {
    let t = cx.tokens;
    let names = casing.names;
    let tok = t.toks[i];
    if tok.case != Case::Title
        || tok.has_digit()
        || camel(t.raw(i))
        || names.contains(t.folded(i))
        || cx.tags.any(i, kinds![Place])
    {
        return false;
    }
    if determined_noun(cx, i, b, start, names) {
        return true;
    }
    // "im Umfang von", "im Vergleich": one word after a fused article,
    // no compound ("beim Volkswagen-Konzern").
    let fused = i > start && cx.lex.is_contracted_article(t.folded(i - 1));
    if fused && i + 1 == b && !t.is_punct(b, '-') {
        return true;
    }
    if i + 1 < b && !names.contains(t.folded(i + 1)) {
        return false;
    }
    noun_by_what_precedes(cx, i, start)
}

/// Whether a determiner makes the capitalized word `i` (in the span `i..b`)
/// a noun whatever its ending: one or two inflected adjectives between
/// them ("der größte Auftrag", "eine der schwerwiegendsten IT-Pannen");
/// right before it, with a particle that also marks an agent or owner
/// after it ("die Aktie von Acme"; not "das Bundesamt für
/// Strahlenschutz"); right before it, with a name another report of the
/// batch writes alone after it ("das Kandidatenpaar Prabowo-Gibran"; every
/// German noun is capitalized, so the text itself cannot tell) unless an
/// adjective's ending makes it part of a longer name ("die Deutsche
/// Bank"). Never after a comma, where the determiner is a relative pronoun
/// ("..., die heute Acme gehört").
fn determined_noun(cx: &Ctx, i: usize, b: usize, start: usize, names: &super::Names) -> bool {
    let t = cx.tokens;
    let determiner = |j: usize| cx.lex.is_noun_determiner(t.folded(j));
    let lower = |j: usize| {
        t.toks[j].kind == Kind::Word
            && t.toks[j].case == Case::Lower
            && !determiner(j)
            && !cx.lex.is_function_word(t.folded(j))
    };
    let article = |d: usize| determiner(d) && !(d > 0 && t.is_comma(d - 1));
    if (1..=2).any(|n| i > start + n && (i - n..i).all(lower) && article(i - n - 1)) {
        return true;
    }
    if !(i > start && article(i - 1) && i + 1 < b) {
        return false;
    }
    let particle = t.toks[i + 1].case == Case::Lower
        && cx.tags.any(i + 1, kinds![NameParticle])
        && cx.tags.any(i + 1, kinds![AgentMarker]);
    let inflected = ["e", "en", "er", "es", "em"].iter().any(|e| t.folded(i).ends_with(e));
    particle || (names.contains(t.folded(i + 1)) && !inflected)
}

/// Whether what stands before the capitalized word `i` makes it a noun,
/// looking back over up to two lowercase words (adjectives) and quotation
/// marks: a count ("60 Bäume"), a noun after a count ("100.000 Tonnen
/// Weizen"), a determiner with a common noun's ending after it ("dem
/// schweren Erdbeben"), or a preposition with a derivational ending of
/// three letters or more after a capitalized one, of four or more after a
/// lower-case one, which names follow too ("Als Reaktion auf", "Nach
/// langen Verhandlungen"; "mit Nissan", "von Celonis" stay names).
fn noun_by_what_precedes(cx: &Ctx, i: usize, start: usize) -> bool {
    let t = cx.tokens;
    let count = |j: usize| t.toks[j].kind == Kind::Number || cx.tags.any(j, kinds![Number, Scale]);
    let ends = |least: usize| {
        let w = t.folded(i);
        cx.lex_data.noun_endings.iter().any(|e| e.len() >= least && w.len() > e.len() + 2 && w.ends_with(e))
    };
    let mut j = i;
    let mut lowercase = 0;
    while j > start {
        j -= 1;
        if count(j) {
            return true;
        }
        if cx.lex.is_noun_determiner(t.folded(j)) {
            return ends(0);
        }
        // Right before it, or past the lowercase adjectives skipped so far.
        if i - j - 1 == lowercase && cx.lex.is_function_word(t.folded(j)) {
            return ends(if t.toks[j].case == Case::Lower { 4 } else { 3 });
        }
        let w = t.toks[j];
        if w.kind == Kind::Word && w.case == Case::Lower && lowercase < 2 {
            lowercase += 1;
            continue;
        }
        // A quotation mark inside the phrase: 'die "technische Kapazität"'.
        if w.kind == Kind::Punct && matches!(t.raw(j), "\"" | "„" | "“" | "”" | "»" | "«") {
            continue;
        }
        // "100.000 Tonnen Weizen": a noun after a count, then this one.
        return j == i - 1 && w.kind == Kind::Word && j > start && count(j - 1);
    }
    false
}

/// The length of a name particle at `at` when a capitalized word that is
/// not a function word follows it within the sentence.
fn particle_before_name(cx: &Ctx, at: usize, end: usize) -> Option<usize> {
    let t = cx.tokens;
    let l = cx.tags.len_of(at, kinds![NameParticle])?;
    let next = at + l;
    let lower = t.toks[at].case == Case::Lower;
    // "da Microsoft de US$ 95": a currency is no name.
    let currency = next < end && cx.tags.any(next, kinds![Currency]);
    (lower && next < end && is_cap(cx, next) && !currency && !cx.lex.is_function_word(t.folded(next))).then_some(l)
}

fn place_len(cx: &Ctx, a: usize) -> usize {
    cx.tags.len_of(a, kinds![Place]).unwrap_or(0)
}

fn camel(raw: &str) -> bool {
    raw.chars().skip(1).any(|c| c.is_uppercase()) && raw.chars().any(|c| c.is_lowercase())
}

/// Whether a word's first letter is Latin (or it has none): a name does
/// not run from one script into another.
fn latin(w: &str) -> bool {
    w.chars().find(|c| c.is_alphabetic()).is_none_or(|c| matches!(c as u32, 0x0041..=0x024F | 0x1E00..=0x1EFF))
}

/// Whether token `i` follows an opening quote, a dash or a colon: a
/// position where any word may be capitalized.
fn after_opening(cx: &Ctx, i: usize) -> bool {
    if i == 0 || cx.tokens.toks[i - 1].kind != Kind::Punct {
        return false;
    }
    match cx.tokens.raw(i - 1) {
        "“" | "\"" | "«" | "„" | "(" | ":" | "—" | "–" | "-" => true,
        // A sentence end inside a quotation, which the splitter keeps whole
        // ("No está en venta. Cuenta para el entrenador"); not the period of
        // a title or an initial ("M. Prabowo", "H. Acme").
        "." => cx.tokens.toks[i].space_before() && !(i >= 2 && titled_or_initial(cx, i - 2)),
        "!" | "?" => cx.tokens.toks[i].space_before(),
        // An apostrophe opens a quote only after a space: "d'Orange" is an elision.
        "‘" | "'" | "’" => cx.tokens.toks[i - 1].space_before(),
        _ => false,
    }
}

/// Whether token `j` is a title of the language or an initial (one
/// capital), which a period follows without ending a sentence ("IA." may
/// end one).
fn titled_or_initial(cx: &Ctx, j: usize) -> bool {
    let t = cx.tokens;
    let initial = t.toks[j].kind == Kind::Word && t.toks[j].case == Case::Upper && t.raw(j).chars().count() == 1;
    initial || past_honorific(cx, j).is_some()
}

/// A title line: three or more words, most of them capitalized.
fn is_title(cx: &Ctx, s: Sentence) -> bool {
    let t = cx.tokens;
    let ends_with_period = s.end > s.start && t.is_punct(s.end - 1, '.');
    if ends_with_period {
        return false;
    }
    let (mut words, mut caps) = (0, 0);
    for tok in &t.toks[s.start..s.end] {
        if tok.kind == Kind::Word {
            words += 1;
            caps += usize::from(tok.case != Case::Lower);
        }
    }
    words >= 3 && caps * 2 > words
}

/// Whether the capitalized word at token `j` is a compound ending in a
/// kind of place of at least five letters after at least four letters of
/// its own ("Küstenregion", "Hafenstadt"): a kind of place too.
fn place_compound(t: &crate::text::Tokens, j: usize, kinds: &HashSet<String>) -> bool {
    t.toks[j].case == Case::Title && is_place_compound(t.folded(j), kinds)
}

/// Whether a folded word ends in a kind of place of at least five letters
/// after at least four letters of its own ("küstenregion").
fn is_place_compound(w: &str, kinds: &HashSet<String>) -> bool {
    kinds.iter().any(|k| k.len() >= 5 && w.len() >= k.len() + 4 && w.ends_with(k.as_str()))
}

/// Names of disasters named after where they struck, when a document
/// names two or more ("the Lamora fire ... the Norvik fire", "l'incendie
/// de Lamora", "kebakaran Norvik"): places, each the place of its own
/// disaster's toll. A document that names one such disaster tells of one
/// event, and its name is no place of its own ("the Belmora earthquake"
/// is the whole story's).
fn disaster_places(cx: &Ctx, mentions: &mut [Mention]) {
    let t = cx.tokens;
    let before = |a: usize| match a.checked_sub(1) {
        Some(j) if cx.lex.is_function_word(t.folded(j)) || place_words(cx.lex.lang).1.contains(t.folded(j)) => {
            j.checked_sub(1)
        }
        j => j,
    };
    let named =
        |m: &Mention| m.kind == EntityKind::Organization && names_disaster(cx, m.first, m.last, before(m.first));
    let mut keys: Vec<String> = mentions.iter().filter(|m| named(m)).map(|m| m.key.clone()).collect();
    keys.sort_unstable();
    keys.dedup();
    if keys.len() >= 2 {
        for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Organization && keys.contains(&m.key)) {
            m.kind = EntityKind::Place;
        }
    }
}

/// Whether the name on `a..b` names a disaster after where it struck: a
/// disaster's noun right after it, or before it past a particle (`before`:
/// the token before the particle, if any), or as its last word ("the
/// Lamora fire", "l'incendie de Lamora", "kebakaran Lamora", "Lamora
/// Fire"). Storms are named after people
/// ([`crate::lang::Lexicon::storms`]): "Hurricane Helene" names no place.
fn names_disaster(cx: &Ctx, a: usize, b: usize, before: Option<usize>) -> bool {
    use once_cell::sync::Lazy;
    // Both foldings, as `place_words` keeps them: a token keeps its marks
    // where the language does.
    static STORMS: Lazy<Vec<HashSet<String>>> = Lazy::new(|| {
        let folded = |l: &Lang| {
            let lex = l.lexicon();
            let words = lex.storms.iter().filter(|w| !w.contains(' '));
            words.flat_map(|w| [fold(w), crate::text::fold_as(w, lex.keep_marks)]).collect()
        };
        Lang::ALL.iter().map(folded).collect()
    });
    let t = cx.tokens;
    let storms = &STORMS[cx.lex_data.lang.index()];
    let disaster = |i: usize| i < t.len() && cx.tags.any(i, kinds![Disaster]) && !storms.contains(t.folded(i));
    (disaster(b) && !t.toks[b].newline_before()) || before.is_some_and(disaster) || (b - a >= 2 && disaster(b - 1))
}

/// Whether the name on tokens `a..b` is shaped as a person's: two or three
/// title-case words, no acronym, camel case or word of an organization's
/// name ("Jane Roe"; not "Acme Motors", "NovaTech").
pub(crate) fn person_shaped(cx: &Ctx, a: usize, b: usize) -> bool {
    let t = cx.tokens;
    let titled =
        (a..b).filter(|&i| t.toks[i].kind == Kind::Word).all(|i| t.toks[i].case == Case::Title && !camel(t.raw(i)));
    let words = (a..b).filter(|&i| t.toks[i].kind == Kind::Word).count();
    let org_word = |i: usize| ORG_SUFFIXES.contains(&t.folded(i)) || is_org_word(t.folded(i));
    titled && (2..=3).contains(&words) && !(a..b).any(org_word)
}

fn kind_of(cx: &Ctx, a: usize, b: usize) -> EntityKind {
    let t = cx.tokens;
    if cx.tags.any(a, kinds![Place]) && place_len(cx, a) == b - a {
        return EntityKind::Place;
    }
    if (a..b).any(|i| t.toks[i].has_digit() || t.toks[i].kind == Kind::Number) {
        return EntityKind::Code;
    }
    // The kind of place named with it: "Provinsi Lamora", "Lamora Province",
    // "the province of Belmora", "na província de Belmora", "the Belmora
    // region", "der Küstenregion Belmora".
    let (kinds, particles) = place_words(cx.lex.lang);
    let kind_word = |i: usize| kinds.contains(t.folded(i));
    // Past a particle, perhaps elided before a vowel: "la province d'Al Haouz".
    let before = match (crate::lang::elided_before(t, a), a.checked_sub(1)) {
        (Some(e), _) => e.checked_sub(1),
        (None, Some(j)) if particles.contains(t.folded(j)) || cx.lex.is_function_word(t.folded(j)) => j.checked_sub(1),
        (None, j) => j,
    };
    // An adjective between the kind and the particle: "na região espanhola de Valência".
    let qualified = a >= 3
        && before == Some(a - 2)
        && particles.contains(t.folded(a - 1))
        && t.toks[a - 2].case == Case::Lower
        && kind_word(a - 3);
    let kind_after = b < t.len() && t.toks[b].case == Case::Lower && !t.toks[b].newline_before() && kind_word(b);
    let kind_before =
        before.is_some_and(|j| kind_word(j) || place_compound(t, j, kinds) || kind_tail(cx, j)) || qualified;
    let kind_first = kind_word(a) || place_compound(t, a, kinds);
    if b - a >= 2 && (kind_first || kind_word(b - 1)) || kind_before || kind_after {
        return EntityKind::Place;
    }
    // Two or three title-case words, no acronym or camel case, next to a role: a person.
    // Where something happens is no one: "dans le Grand Belmora".
    let located = cx.lex.locative_before(t, a)
        || (a > 0 && cx.lex.is_function_word(t.folded(a - 1)) && cx.lex.locative_before(t, a - 1));
    // A role's portfolio is no one: "el ministro de Política Territorial y
    // Memoria Democrática".
    let portfolio = is_complement(cx, a);
    if person_shaped(cx, a, b) && !located && !portfolio {
        // A role may be a few words away ("Le porte-parole de Renault, Jean
        // Martin, a démenti"), or before its portfolio ("el ministro de
        // Política Territorial y Memoria Democrática, Ángel Víctor Torres").
        let near = |i: usize| cx.tags.any(i, kinds![Role, Reporting, Denial]);
        let after_portfolio =
            a >= 2 && t.is_comma(a - 1) && is_cap(cx, a - 2) && is_complement(cx, run_start(cx, a - 2));
        let window = a.saturating_sub(7)..(b + 4).min(t.len());
        if after_portfolio || window.into_iter().any(near) {
            return EntityKind::Person;
        }
    }
    EntityKind::Organization
}

/// Whether the capitalized run starting at token `a` is a role's
/// complement ("ministro de Política Territorial"), or coordinated with
/// one and set off by a comma after it ("ministro de Política Territorial
/// y Memoria Democrática, Ángel Víctor Torres"; not "ex-gouverneur de
/// Jakarta et Ganjar Pranowo (16%)"): right after a role and a
/// preposition ([`role_before`]), or after a coordinator after such a run.
fn is_complement(cx: &Ctx, a: usize) -> bool {
    if role_before(cx, a) {
        return true;
    }
    let joined = a >= 2 && cx.tags.any(a - 1, kinds![Coordinator]) && is_cap(cx, a - 2);
    if !joined {
        return false;
    }
    let t = cx.tokens;
    let end = (a..t.len()).take(ROLE_REACH + 1).find(|&j| !is_cap(cx, j)).unwrap_or(t.len());
    end < t.len() && t.is_comma(end) && role_before(cx, run_start(cx, a - 2))
}

/// The first token of the run of capitalized words that ends with token
/// `last`, at most [`ROLE_REACH`] long.
fn run_start(cx: &Ctx, last: usize) -> usize {
    let mut j = last;
    while j > 0 && is_cap(cx, j - 1) && last - j < ROLE_REACH {
        j -= 1;
    }
    j
}

/// Short names of longer ones across a batch: a one- or two-word name that
/// is the end of exactly one longer name ("Tamaris" of "Real Tamaris",
/// "Lindqvist" of "Ana Lindqvist") written at least twice is that entity.
/// Places, codes and short keys (under four letters) are left alone, as is
/// a short name that ends several longer ones. A long name one document
/// defines an acronym for ("Banco Velmora de Inversiones (BVI)",
/// keyed as the acronym there) is the acronym in every document, unless
/// documents define it differently.
pub(crate) fn short_name_aliases<'m>(
    mentions: impl Iterator<Item = &'m crate::schema::EntityMention>,
) -> HashMap<String, String> {
    let (keys, acronyms) = batch_keys(mentions);
    let endings = name_endings(&keys);
    let mut out: HashMap<String, String> = acronyms
        .into_iter()
        .filter_map(|(long, shorts)| match shorts.as_slice() {
            [one] => Some((long, one.to_string())),
            _ => None,
        })
        .collect();
    for (&key, (_, words)) in &keys {
        if out.contains_key(key) {
            continue;
        }
        if words.len() > 2 || key.chars().count() < 4 {
            continue;
        }
        if let Some(longer) = endings.get(key) {
            if let [one] = longer.as_slice() {
                out.insert(key.to_string(), one.to_string());
            }
        }
    }
    out
}

/// Per key of a batch's names: how often it is written (a name joined by
/// a particle not counted) and its folded words.
type KeyWords<'m> = HashMap<&'m str, (usize, Vec<String>)>;

/// Per long name defined somewhere with an acronym: the acronyms.
type Acronyms<'m> = HashMap<String, Vec<&'m str>>;

/// The pass over a batch's mentions (places and codes left out) for
/// [`short_name_aliases`]: each key with its count and words, and each
/// long name keyed as the acronym its document defines for it ("Banco
/// Velmora de Inversiones (BVI)") with those acronyms.
fn batch_keys<'m>(mentions: impl Iterator<Item = &'m crate::schema::EntityMention>) -> (KeyWords<'m>, Acronyms<'m>) {
    let mut keys: KeyWords = HashMap::default();
    let mut acronyms: Acronyms = HashMap::default();
    for m in mentions {
        if matches!(m.kind, EntityKind::Place | EntityKind::Code) {
            continue;
        }
        // A long name keyed as the acronym its document defines for it.
        let words = m.text.split_whitespace().count();
        let acronym = m.key.len() >= 2 && m.key.len() < m.text.len() / 2;
        if words >= 3 && acronym && m.key.chars().all(|c| c.is_alphanumeric()) {
            let written = key_of(&m.text, Lang::En);
            if *written != *m.key {
                let shorts = acronyms.entry(written).or_default();
                if !shorts.contains(&&*m.key) {
                    shorts.push(&m.key);
                }
                continue;
            }
        }
        // A name joined by a particle ends with another one: "Sora di
        // OpenAI" is no longer name of OpenAI.
        let particle = m.text.split_whitespace().any(|w| w.chars().next().is_some_and(char::is_lowercase));
        let e = keys.entry(&m.key).or_insert_with(|| {
            let words = fold(&m.text)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            (0, words)
        });
        e.0 += if particle { 0 } else { 1 };
    }
    (keys, acronyms)
}

/// Each ending (of one or two words) of a longer name written at least
/// twice (once may be a title's noise: "Parceria Nexo"), with the names it
/// ends.
fn name_endings<'m>(keys: &KeyWords<'m>) -> HashMap<String, Vec<&'m str>> {
    let mut endings: HashMap<String, Vec<&str>> = HashMap::default();
    for (&key, (n, words)) in keys {
        if *n < 2 {
            continue;
        }
        for k in 1..=2.min(words.len().saturating_sub(1)) {
            let ending = words[words.len() - k..].concat();
            if ending != key {
                endings.entry(ending).or_default().push(key);
            }
        }
    }
    endings
}

/// One written form of a name under one stem (see [`inflected_aliases`]).
struct CaseForm<'m> {
    /// The key the form has as written.
    written: String,
    /// The key it has now (the caller's knowledge base may have given another).
    key: &'m str,
    /// Where its ending stands in the language's list (0: no ending).
    rank: usize,
}

/// Case forms of one name across a batch, in a language that lists its
/// name endings ([`crate::lang::Lexicon::name_endings`]): one-word keys
/// that differ only by such endings after a common stem of four letters or
/// more ("газпром", "газпрома", "газпромом"; "роснефть", "роснефти") are
/// one entity. Its key is the one the caller's knowledge base gave a form,
/// else that of the form whose ending comes first in the list (nominative
/// endings first: the dictionary form another text writes), whichever
/// form the article uses most. Places and codes are left alone, as are
/// names of several words.
pub(crate) fn inflected_aliases<'m>(
    mentions: impl Iterator<Item = (&'m crate::schema::EntityMention, Lang)>,
) -> HashMap<String, String> {
    let mut stems: HashMap<String, Vec<CaseForm<'m>>> = HashMap::default();
    for (m, lang) in mentions {
        let endings = lang.lexicon().name_endings;
        if endings.is_empty() || matches!(m.kind, EntityKind::Place | EntityKind::Code) || m.text.contains(' ') {
            continue;
        }
        let written = key_of(&m.text, lang);
        for (rank, e) in std::iter::once("").chain(endings.iter().copied()).enumerate() {
            let Some(stem) = written.strip_suffix(e) else { continue };
            if stem.chars().count() < 4 {
                continue;
            }
            let forms = stems.entry(stem.to_string()).or_default();
            if !forms.iter().any(|f| f.written == written) {
                forms.push(CaseForm { written: written.clone(), key: &m.key, rank });
            }
        }
    }
    let mut groups: Vec<(String, Vec<CaseForm>)> = stems.into_iter().filter(|(_, fs)| fs.len() > 1).collect();
    // Shortest stems first; ties by stem, so that the result does not depend on hashing.
    groups.sort_by(|a, b| a.0.chars().count().cmp(&b.0.chars().count()).then_with(|| a.0.cmp(&b.0)));
    let mut out: HashMap<String, String> = HashMap::default();
    for (_, forms) in groups {
        let forms: Vec<CaseForm> = forms.into_iter().filter(|f| !out.contains_key(&f.written)).collect();
        let aliased = |f: &CaseForm| f.key != f.written;
        let Some(head) = forms.iter().min_by(|a, b| {
            aliased(b).cmp(&aliased(a)).then(a.rank.cmp(&b.rank)).then_with(|| a.written.cmp(&b.written))
        }) else {
            continue;
        };
        // A form the knowledge base keyed keeps that key.
        for f in forms.iter().filter(|f| !aliased(f) && f.written != head.key) {
            out.insert(f.written.clone(), head.key.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::key_of;
    use crate::lang::Lang;

    #[test]
    fn place_keys_from_names_and_stems() {
        let cases = [
            (Lang::En, "Moroccan", "ma"),
            (Lang::De, "Marokkaner", "ma"),
            (Lang::De, "Marokkanische", "ma"),
            (Lang::De, "US-amerikanische", "us"),
            (Lang::De, "Sri-Lankische", "lk"),
            (Lang::Fr, "Marocaines", "ma"),
            (Lang::Es, "Marroquíes", "ma"),
            (Lang::It, "Marocchini", "ma"),
            (Lang::Pt, "Marroquinos", "ma"),
            (Lang::Id, "Maroko", "ma"),
            // Another language's whole name, when long enough.
            (Lang::Id, "Morocco", "ma"),
        ];
        for (lang, name, key) in cases {
            assert_eq!(key_of(name, lang), key, "{lang} {name}");
        }
        // A stem reads the last word only, and another language's stems never.
        assert_eq!(key_of("Marokkanische Zentralbank", Lang::De), "marokkanischezentralbank");
        assert_eq!(key_of("Marokkaner", Lang::En), "marokkaner");
    }

    #[test]
    fn a_word_after_a_bracketed_acronym_inside_a_name_is_not_alone() {
        let alone = |text: &str| {
            let mut names = crate::extract::Names::default();
            crate::extract::standalone_names_of(text, Lang::Pt, &mut names);
            names.contains("steel")
        };
        assert!(!alone("A Acme venceu o leilão da United States (US) Steel por 14 mil milhões."));
        assert!(alone("A Acme venceu o leilão da Steel por 14 mil milhões."));
        assert!(alone("A Acme (AC) venceu o leilão da Steel por 14 mil milhões."));
    }
}

//! A lexicon compiled once into a phrase index, and the tags it puts on
//! tokens.
//!
//! Every word list of a [`Lexicon`] becomes phrases keyed by their first
//! folded word. Every word the lexicon knows (a phrase's first word, or a
//! stem written whole) is resolved once, when the lexicon is compiled, into
//! a [`Head`]: the phrases it starts, exactly or through its stems, in
//! order, the one-word ones as ready matches. Tagging a text looks each
//! token up once in that map and checks the rest of the few phrases of two
//! words or more; only a word the lexicon does not know looks for a stem
//! it starts with (in a map by its first three bytes). Linear in the text
//! for a fixed lexicon.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{Area, FineMark, Lang, Lexicon, Period, ResultKind, SetApart};
use crate::schema::{Currency, Modality, Predicate, Qualifier, RelativeTime, Role, TimeRelation};
use crate::text::{Kind, Tokens, fold_as, tokenize};

/// How far after a separable verb its particle may stand
/// ([`Lexicon::separable_verbs`]): "baut bis Ende 2026 weltweit rund 7.000
/// Stellen ab" has the particle eight tokens on.
const SEPARABLE_REACH: usize = 16;

/// Declares [`Tag`] and [`TagKind`] from one list, so that the kinds never
/// drift from the tags.
macro_rules! tags {
    ($($(#[$doc:meta])* $variant:ident $(($payload:ty))?,)*) => {
        /// What a matched phrase means.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub(crate) enum Tag {
            $($(#[$doc])* $variant $(($payload))?,)*
        }

        /// A [`Tag`] without its value: one bit of a [`Kinds`] set.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub(crate) enum TagKind {
            $($variant,)*
        }

        // Every kind has its bit in a `Kinds`.
        const _: () = assert!([$(TagKind::$variant),*].len() <= 64);

        impl Tag {
            /// The kind of this tag.
            pub fn kind(self) -> TagKind {
                match self {
                    $(Tag::$variant $((any_value!($payload)))? => TagKind::$variant,)*
                }
            }
        }
    };
}

/// A wildcard pattern for a payload of type `$t` (used by [`tags!`]).
macro_rules! any_value {
    ($t:ty) => {
        _
    };
}

tags! {
    Number(Value),
    NumberJoiner,
    /// A number word that says about that many ("une centaine").
    ApproximateNumber,
    Scale(Value),
    Qualifier(Qualifier),
    QualifierAfter(Qualifier),
    RangeOpener,
    RangeJoiner,
    Currency(Currency),
    Percent,
    /// A word before a time of day ("pukul").
    ClockBefore,
    /// A word after a time of day ("WIB", "Uhr").
    ClockAfter,
    Month(u8),
    /// A period of a year ("second quarter", "premier semestre").
    Period(Period),
    /// The kind of a profit or a loss ("net profit", "Betriebsgewinn").
    ResultKind(ResultKind),
    Relative(RelativeTime),
    /// A day told by reference to the last day named, with its offset in days ("이날", "전날").
    DayAnaphor(i8),
    TimeRelation(TimeRelation),
    Predicate(Predicate),
    Measure(Predicate),
    /// A concept key; the empty key is a generic classifier.
    Concept(Key),
    Modality(Modality),
    Reporting,
    /// A verb of announcing ("announced", "a annoncé").
    Announcement,
    /// The noun of an event a toll counts the victims of ("earthquake").
    Disaster,
    /// A disease or an outbreak ("mpox", "epidemic"): a document that names
    /// one counts cases.
    Disease,
    /// A verb of need that makes its clause's figures thresholds ("needs").
    Requirement,
    /// A verb or noun of putting off, halting or cancelling an act ("delay").
    Suspension,
    /// A phrase scoping a toll to the rest of the country ("elsewhere").
    Elsewhere,
    /// A phrase scoping a toll to an area apart from the whole ("rebel-held", "on the ground").
    Area(Area),
    /// A word setting another party's figure against one before ("against").
    Contrast,
    /// A word setting what it governs apart from a figure ("besides",
    /// "except").
    Exclusion(SetApart),
    /// A word before a figure told in place of the one that holds ("instead of").
    Instead,
    /// Words of the figure others expected, a result's benchmark
    /// ("analysts' estimates of", "previstos pelo consenso").
    Benchmark,
    /// A word of what befalls forces that is no deployment ("suspended").
    Sanction,
    /// A word making what follows it a part of an act ("most of").
    Majority,
    /// A noun naming a figure as a threshold ("mark", "la cifra de").
    Threshold,
    /// A verb of reaching a level ("reached", "mencapai").
    Reach,
    /// A noun for a business transaction ("deal", "сделка").
    Deal,
    /// A word saying staff are affected ("affected", "受影响").
    Affected,
    /// A verb or participle of an effect ("affected", "afetou",
    /// "betroffen"), from the lexicon's predicates for
    /// [`crate::schema::Predicate::Affected`]: the claim pass makes it
    /// that predicate's trigger only where it states what a figure counts
    /// ("affected 8.5 million devices"), never where it is an attribute
    /// ("in the affected states"). A tag of its own, so that no pass that
    /// looks for the verb of an act meets an attribute.
    Effect,
    /// A phrase giving the figure after it as an estimate ("it is estimated that").
    Estimate,
    /// A word of a forecast ("is expected", "预计").
    Forecast,
    /// A word of a fine: its verb or its noun (never [`FineMark::Target`]).
    Fine(FineMark),
    /// A word before the one a fine is imposed on ([`FineMark::Target`]).
    FineTarget,
    /// A verb whose subject bears a fine ([`FineMark::Bearer`]).
    FineBearer,
    AccordingTo,
    Denial,
    Negation,
    NegativeDeterminer,
    NoComment,
    Role(Role),
    Anonymous,
    OwnerNoun,
    OwnedNoun,
    CompanyAnaphor,
    ClauseBreak,
    /// A coordinating conjunction ("and", "e", "und").
    Coordinator,
    RelativePronoun,
    AgentMarker,
    /// A passive auxiliary, or a verb form passive in itself.
    Passive,
    NameParticle,
    /// A place with its canonical key.
    Place(Key),
    /// A public body named by what it is, with its canonical key.
    Institution(Key),
}

/// A number in a [`Tag`]: an `f64` kept as two `u32`, so that a tag is
/// aligned on four bytes and a [`Match`] takes 16 bytes, not 32.
#[derive(Clone, Copy)]
pub(crate) struct Value([u32; 2]);

impl Value {
    pub fn new(v: f64) -> Value {
        let bits = v.to_bits();
        Value([bits as u32, (bits >> 32) as u32])
    }

    pub fn get(self) -> f64 {
        f64::from_bits(u64::from(self.0[0]) | (u64::from(self.0[1]) << 32))
    }
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        self.get() == other.get()
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.get(), f)
    }
}

/// The lexicon list a [`Key`] is read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KeyList {
    Concepts,
    Places,
    Institutions,
}

/// A canonical key of a lexicon's list (a concept, a place, a public
/// body) in a [`Tag`]: its language, list and index, eight bytes aligned
/// on four rather than a string's sixteen.
#[derive(Clone, Copy)]
pub(crate) struct Key {
    index: u32,
    lang: Lang,
    list: KeyList,
}

impl Key {
    /// The key as the lexicon writes it.
    pub fn as_str(self) -> &'static str {
        let lex = self.lang.lexicon();
        let list = match self.list {
            KeyList::Concepts => lex.concepts,
            KeyList::Places => lex.places,
            KeyList::Institutions => lex.institutions,
        };
        list.get(self.index as usize).map_or("", |&(_, k)| k)
    }
}

impl std::ops::Deref for Key {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.as_str() == other.as_str()
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// A set of [`TagKind`]s, one bit each: what a token's phrases are, tested
/// in one instruction before any list of matches is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Kinds(u64);

impl Kinds {
    /// The empty set.
    pub const NONE: Kinds = Kinds(0);

    /// The set of the given kinds (usable in constants: see [`kinds!`]).
    pub const fn of(kinds: &[TagKind]) -> Kinds {
        let mut bits = 0;
        let mut k = 0;
        while k < kinds.len() {
            bits |= 1 << kinds[k] as u64;
            k += 1;
        }
        Kinds(bits)
    }

    /// Whether the two sets share a kind.
    pub const fn meets(self, other: Kinds) -> bool {
        self.0 & other.0 != 0
    }

    fn insert(&mut self, kind: TagKind) {
        self.0 |= 1 << kind as u64;
    }
}

impl std::ops::BitOr for Kinds {
    type Output = Kinds;
    fn bitor(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }
}

/// The [`Kinds`] of the named [`TagKind`]s, as a constant:
/// `kinds![Reporting, Denial]`.
macro_rules! kinds {
    ($($kind:ident),+ $(,)?) => {{
        const K: $crate::lang::Kinds = $crate::lang::Kinds::of(&[$($crate::lang::TagKind::$kind),+]);
        K
    }};
}
pub(crate) use kinds;

#[derive(Clone, Debug)]
struct Word {
    text: String,
    prefix: bool,
}

#[derive(Clone, Debug)]
struct Phrase {
    /// The words after the first.
    rest: Vec<Word>,
    tag: Tag,
}

/// The phrases whose first word starts with `text`.
struct Stem {
    text: String,
    phrases: Vec<Phrase>,
}

/// What a word the lexicon knows starts, resolved when the lexicon is
/// compiled: ranges of [`Heads::multis`] and [`Heads::singles`].
struct Head {
    /// `multi[0]..multi[1]`: the phrases of two words or more whose first
    /// word it is (at a word or a punctuation token); `multi[1]..multi[2]`:
    /// those of the stems it starts with, shortest stem first (at a word
    /// token only). Each in lexicon order.
    multi: [u32; 3],
    /// The one-word phrases, as `multi`.
    single: [u32; 3],
    /// The compound number word it is, for a word token no phrase matches
    /// (only when it starts no one-word phrase: one always matches).
    compound: Option<f64>,
}

impl Head {
    /// The part of `multi` or `single` for a word token or another token.
    fn range(marks: [u32; 3], word: bool) -> std::ops::Range<usize> {
        marks[0] as usize..marks[if word { 2 } else { 1 }] as usize
    }
}

/// A phrase of two words or more, with the hash of its second word.
struct Multi {
    phrase: Phrase,
    /// The hash of the second word when it is a whole word (not a stem):
    /// a token after the first whose folded form hashes otherwise cannot
    /// match, tested before any string is compared.
    second: Option<u64>,
}

/// The hash [`Multi::second`] is compared with.
fn word_hash(w: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(w)
}

/// Every word the lexicon knows (a phrase's first word, a stem written
/// whole) with what it starts.
#[derive(Default)]
struct Heads {
    by_word: HashMap<Box<str>, Head>,
    multis: Vec<Multi>,
    singles: Vec<Match>,
}

impl Heads {
    /// Appends phrases in order, and returns where they end in
    /// [`Heads::multis`] and [`Heads::singles`].
    fn push(&mut self, phrases: impl Iterator<Item = Phrase>) -> (u32, u32) {
        for p in phrases {
            match p.rest.first() {
                None => self.singles.push(Match::new(1, p.tag)),
                Some(second) => {
                    let hash = (!second.prefix).then(|| word_hash(&second.text));
                    self.multis.push(Multi { second: hash, phrase: p });
                }
            }
        }
        (self.multis.len() as u32, self.singles.len() as u32)
    }
}

/// A match of one phrase at one token: 16 bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Match {
    /// Number of tokens the phrase covers (a phrase has a few words).
    len: u8,
    pub tag: Tag,
}

impl Match {
    fn new(len: usize, tag: Tag) -> Match {
        Match { len: u8::try_from(len).unwrap_or(u8::MAX), tag }
    }

    /// Number of tokens the phrase covers.
    #[inline(always)]
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }
}

/// A lexicon compiled for matching.
pub(crate) struct Compiled {
    pub lang: Lang,
    /// See [`Lexicon::ordinal_period`].
    ordinal_period: bool,
    /// Every word the lexicon knows, with what it starts.
    heads: Heads,
    /// What starts with each first three bytes: the stems (phrases whose
    /// first word is a stem, shortest stem first: a word looks up one
    /// bucket and tests the few stems in it) and whether a compound number
    /// word may.
    prefixes: HashMap<u32, Prefix>,
    /// Stems shorter than three bytes, shortest first.
    short_stems: Vec<Stem>,
    function_words: HashSet<String>,
    /// [`Lexicon::prepositions`], folded.
    prepositions: HashSet<String>,
    /// [`Lexicon::noun_determiners`], folded.
    noun_determiners: HashSet<String>,
    /// [`Lexicon::contracted_articles`], folded.
    contracted_articles: HashSet<String>,
    /// [`Lexicon::locatives`], folded, split into words.
    locatives: Vec<Vec<String>>,
    /// [`Lexicon::place_anaphors`], folded, split into words.
    place_anaphors: Vec<Vec<String>>,
    /// [`Lexicon::place_relatives`], folded, split into words.
    place_relatives: Vec<Vec<String>>,
    /// [`Lexicon::time_relatives`], folded, split into tokens.
    time_relatives: Vec<Vec<String>>,
    /// [`Lexicon::report_anaphors`], folded, split into words.
    report_anaphors: Vec<Vec<String>>,
    /// [`Lexicon::place_words`] of one word, folded.
    place_words: HashSet<String>,
    /// [`Lexicon::recipient_markers`], folded, split into words.
    recipient_markers: Vec<Vec<String>>,
    /// [`Lexicon::part_markers`], folded, split into words.
    part_markers: Vec<Vec<String>>,
    /// [`Lexicon::severities`], folded, split into words.
    severities: Vec<Vec<String>>,
    /// [`Lexicon::restatements`], folded, split into words.
    restatements: Vec<Vec<String>>,
    /// [`Lexicon::finds`], folded, split into words.
    finds: Vec<Vec<String>>,
    /// [`Lexicon::strikes`], folded, split into words.
    strikes: Vec<Vec<String>>,
    /// Month forms that are a shorter form of another ("set" of "setembro").
    month_abbreviations: HashSet<String>,
    /// [`Lexicon::plural_scales`], folded.
    plural_scales: HashSet<String>,
    /// [`Lexicon::vague_amounts`], folded.
    vague_amounts: HashSet<String>,
    /// The number, scale and joiner words a compound number word is made
    /// of ("duecento" + "cinquanta"), keyed by their first three bytes.
    pieces: HashMap<u32, Vec<Piece>>,
    /// See [`Lexicon::myriads`].
    myriads: bool,
    /// [`Lexicon::particles`], folded, longest first.
    particles: Vec<String>,
    /// The same as a set, and the length of the longest in bytes.
    particle_set: HashSet<String>,
    particle_max: usize,
    /// The one-word scales and qualifiers after a number that open a word
    /// glued to digits ([`Lexicon::glued_units`]), folded, longest first.
    glued_prefixes: Vec<String>,
    /// Where words are written without spaces ([`Lexicon::segmented`]),
    /// what cuts them.
    segmenter: Option<Segmenter>,
    /// [`Lexicon::separable_verbs`], folded: each verb form with its
    /// particles and the act each pair makes.
    separable: HashMap<String, Vec<(String, Predicate)>>,
    /// [`Lexicon::coordinators`] of one word, folded: a separable
    /// particle before one ends its clause.
    coordinators: HashSet<String>,
}

/// The words a text written without spaces is cut into ([`Lexicon::segmented`]).
struct Segmenter {
    /// Every run of ideographs a phrase of the lexicon is written with
    /// (true), and every beginning of one that ends on a char boundary
    /// (false, unless it is a word too): a text that begins with none of
    /// them begins with no word.
    words: HashMap<String, bool>,
    /// The longest of them, in bytes.
    longest: usize,
    /// The one-char number and scale words ("二", "十", "万").
    numerals: HashSet<char>,
}

impl Segmenter {
    fn new(lex: &Lexicon) -> Segmenter {
        let mut words = HashSet::default();
        let mut add = |phrase: &str| {
            for w in phrase.split(|c: char| !crate::text::is_segmented(c)).filter(|w| !w.is_empty()) {
                words.insert(w.to_string());
            }
        };
        each_phrase(lex, |p, _| add(p));
        for list in [
            lex.function_words,
            lex.labels,
            lex.readings,
            lex.capacities,
            lex.date_units,
            lex.locatives,
            lex.place_anaphors,
            lex.place_relatives,
            lex.time_relatives,
            lex.report_anaphors,
            lex.recipient_markers,
            lex.part_markers,
            lex.severities,
            lex.restatements,
            lex.finds,
            lex.strikes,
            lex.part_of,
            lex.place_words,
            lex.particles,
            lex.outlet_markers,
            lex.prepositions,
            lex.clause_endings,
        ] {
            list.iter().for_each(|p| add(p));
        }
        let marked = [
            lex.ages.iter().map(|a| a.0).collect::<Vec<_>>(),
            lex.scores.iter().map(|a| a.0).collect(),
            lex.time_ago.iter().map(|a| a.0).collect(),
            lex.progress.iter().map(|a| a.0).collect(),
            lex.zones.iter().map(|a| a.0).collect(),
            lex.revisions.iter().map(|a| a.0).collect(),
            lex.weekdays.iter().map(|a| a.0).collect(),
            lex.pronouns.iter().map(|a| a.0).collect(),
            lex.area_units.iter().map(|a| a.0).collect(),
        ];
        marked.iter().flatten().for_each(|p| add(p));
        let one_char = |p: &str| {
            let mut cs = p.chars();
            cs.next().filter(|_| cs.next().is_none())
        };
        let numerals =
            lex.numbers.iter().map(|n| n.0).chain(lex.scales.iter().map(|n| n.0)).filter_map(one_char).collect();
        let longest = words.iter().map(String::len).max().unwrap_or(0);
        let mut all: HashMap<String, bool> = HashMap::default();
        for w in &words {
            for (k, _) in w.char_indices().skip(1) {
                all.entry(w[..k].to_string()).or_insert(false);
            }
        }
        all.extend(words.into_iter().map(|w| (w, true)));
        Segmenter { words: all, longest, numerals }
    }

    /// The length in bytes of the piece `rest` opens with: the longest
    /// word known or run of numerals, else one char.
    fn piece(&self, rest: &str) -> usize {
        let numerals = rest.chars().take_while(|c| self.numerals.contains(c)).map(char::len_utf8).sum::<usize>();
        let mut word = 0;
        let mut end = 0;
        for c in rest.chars() {
            end += c.len_utf8();
            if end > self.longest {
                break;
            }
            match self.words.get(&rest[..end]) {
                Some(true) => word = end,
                Some(false) => {}
                // No word begins so: none is longer.
                None => break,
            }
        }
        let first = rest.chars().next().map_or(0, char::len_utf8);
        word.max(numerals).max(first)
    }
}

/// What starts with some three bytes ([`Compiled::prefixes`]).
#[derive(Default)]
struct Prefix {
    /// Stems of three bytes or more, shortest first.
    stems: Vec<Stem>,
    /// Whether a piece of a compound number word (not a joiner) does: only
    /// a word that starts with one is decomposed.
    piece_start: bool,
}

/// A part of a compound number word.
#[derive(Clone, Debug)]
struct Piece {
    /// The folded text, at least three chars.
    text: String,
    kind: PieceKind,
    /// Whether this is the form with its final vowel dropped before a
    /// vowel (Italian "cent" in "centottanta", "vent" in "ventuno").
    elided: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum PieceKind {
    Number(f64),
    Scale(f64),
    Joiner,
}

/// The value read so far in a compound number word.
#[derive(Clone, Copy, Debug)]
struct Compound {
    total: f64,
    current: f64,
    /// The last number added to `current` (later ones must be smaller).
    last_number: f64,
    /// The last scale of a thousand or more (later ones must be smaller).
    last_scale: f64,
    /// Whether a joiner was just read ("und" in "fünfundzwanzig").
    joiner: bool,
    /// Whether the last piece was a number or a scale below a thousand.
    after_number: bool,
    pieces: u32,
    /// In a myriad language, the last power of ten below a myriad in the
    /// current group (later ones must be smaller).
    last_sub: f64,
}

impl Compound {
    const START: Compound = Compound {
        total: 0.0,
        current: 0.0,
        last_number: f64::INFINITY,
        last_scale: f64::INFINITY,
        joiner: false,
        after_number: false,
        pieces: 0,
        last_sub: f64::INFINITY,
    };

    /// The state after one more piece in a language that counts in
    /// myriads ([`Lexicon::myriads`]): `current` is the group below the
    /// last myriad, `last_number` its digit not yet multiplied (0 when
    /// none). A power of ten below a myriad multiplies that digit ("구십"
    /// 90, "백" 100); a myriad the whole group ("삼천만" 30,000,000); a
    /// listed power such as "천만" (10^7) only a digit alone.
    fn then_myriad(self, kind: PieceKind) -> Option<Compound> {
        const MYRIAD: f64 = 1e4;
        let mut s = self;
        s.pieces += 1;
        if s.last_number.is_infinite() {
            s.last_number = 0.0;
        }
        match kind {
            PieceKind::Joiner => return None,
            PieceKind::Number(v) if (1.0..10.0).contains(&v) && v.fract() == 0.0 => {
                if s.last_number > 0.0 {
                    return None;
                }
                s.current += v;
                s.last_number = v;
            }
            // Native tens ("열", "스물") before a native digit ("열두" 12).
            PieceKind::Number(v) if (10.0..100.0).contains(&v) && v.fract() == 0.0 => {
                if s.last_number > 0.0 || v >= s.last_sub {
                    return None;
                }
                s.current += v;
                s.last_sub = v;
            }
            // A zero after a power of ten holds an empty place ("一百零五" 105).
            PieceKind::Number(v) if v == 0.0 && s.pieces > 1 && s.last_number == 0.0 && !s.joiner => {
                s.joiner = true;
                return Some(s);
            }
            PieceKind::Number(_) => return None,
            PieceKind::Scale(m) if m < MYRIAD => {
                if m >= s.last_sub {
                    return None;
                }
                let digit = if s.last_number > 0.0 { s.last_number } else { 1.0 };
                s.current += digit * m - s.last_number;
                s.last_number = 0.0;
                s.last_sub = m;
            }
            PieceKind::Scale(m) => {
                let group = MYRIAD.powi((m.log10() / 4.0).floor() as i32);
                // "천만" (10^7) multiplies a digit alone, not "이천" before it.
                if m >= s.last_scale || (group != m && s.current != s.last_number) {
                    return None;
                }
                s.total += if s.current == 0.0 { 1.0 } else { s.current } * m;
                s.current = 0.0;
                s.last_number = 0.0;
                s.last_sub = f64::INFINITY;
                s.last_scale = group;
            }
        }
        s.joiner = false;
        Some(s)
    }

    /// The state after one more piece, if the piece may stand here.
    fn then(self, kind: PieceKind) -> Option<Compound> {
        let mut s = self;
        s.pieces += 1;
        match kind {
            PieceKind::Joiner => {
                if !s.after_number || s.joiner {
                    return None;
                }
                s.joiner = true;
                return Some(s);
            }
            PieceKind::Number(v) => {
                if v.fract() != 0.0 || v < 0.0 {
                    return None;
                }
                if v >= 1000.0 {
                    // "duemila", "tremila": a number with its scale, first only.
                    if s.pieces != 1 {
                        return None;
                    }
                    s.total = v;
                    s.last_scale = 1000f64.powi(v.log(1000.0).floor() as i32);
                    s.last_number = f64::INFINITY;
                } else if s.joiner && s.last_number < 10.0 && s.current < 10.0 && (20.0..100.0).contains(&v) {
                    // German units before tens: "fünf-und-zwanzig".
                    s.current += v;
                    s.last_number = 0.0;
                } else if v == 100.0 && !s.joiner && s.after_number && s.current < 10.0 && s.current >= 1.0 {
                    // "zwei" + "hundert" when "hundert" is listed as a number.
                    s.current *= 100.0;
                    s.last_number = 100.0;
                } else if v < s.last_number && s.current + v < 1000.0 {
                    s.current += v;
                    s.last_number = v;
                } else {
                    return None;
                }
                s.after_number = true;
            }
            PieceKind::Scale(m) => {
                if s.joiner {
                    return None;
                }
                if m < 1000.0 {
                    if s.current >= 10.0 {
                        return None;
                    }
                    s.current = s.current.max(1.0) * m;
                    s.last_number = m;
                    s.after_number = true;
                } else {
                    // "mila" after nothing is no "one thousand" in every language,
                    // but "tausend..." is: a leading scale counts one.
                    if m >= s.last_scale || (s.current == 0.0 && s.pieces != 1) {
                        return None;
                    }
                    s.total += s.current.max(1.0) * m;
                    s.current = 0.0;
                    s.last_number = f64::INFINITY;
                    s.last_scale = m;
                    s.after_number = false;
                }
            }
        }
        s.joiner = false;
        Some(s)
    }
}

/// The first three bytes of `w` as one key, or `None` when it is shorter.
fn first3(w: &str) -> Option<u32> {
    match w.as_bytes() {
        [a, b, c, ..] => Some(u32::from_le_bytes([*a, *b, *c, 0])),
        _ => None,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// The tags on a text's tokens: for each token, the phrases that start there.
pub(crate) struct Tagged {
    /// The first token tagged.
    base: usize,
    /// `offsets[i - base]..offsets[i - base + 1]` indexes `matches` for token `i`.
    offsets: Vec<u32>,
    matches: Vec<Match>,
}

impl Tagged {
    /// The phrases that start at token `i`, longest first.
    pub fn at(&self, i: usize) -> &[Match] {
        let Some(i) = i.checked_sub(self.base) else { return &[] };
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.matches[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The kinds of the phrases that start at token `i`.
    pub fn kinds(&self, i: usize) -> Kinds {
        // Read from the matches rather than kept per token: most tokens
        // start none, and eight bytes a token is a byte a byte of text.
        self.at(i).iter().fold(Kinds::NONE, |mut k, m| {
            k.insert(m.tag.kind());
            k
        })
    }

    /// The kinds of the phrases that start at tokens `a..b`.
    pub fn kinds_in(&self, a: usize, b: usize) -> Kinds {
        (a..b).fold(Kinds::NONE, |acc, i| acc | self.kinds(i))
    }

    /// Whether a phrase of one of the kinds `k` starts at token `i`.
    pub fn any(&self, i: usize, k: Kinds) -> bool {
        self.kinds(i).meets(k)
    }

    /// The first match at token `i` that `f` accepts, with its length. `f`
    /// accepts tags of the kinds `k` only: other tokens are passed over
    /// without reading their matches.
    pub fn find<T>(&self, i: usize, k: Kinds, f: impl Fn(Tag) -> Option<T>) -> Option<(T, usize)> {
        if !self.any(i, k) {
            debug_assert!(self.at(i).iter().all(|m| f(m.tag).is_none()), "a tag outside {k:?} accepted");
            return None;
        }
        self.at(i).iter().find_map(|m| f(m.tag).map(|v| (v, m.len())))
    }

    /// Whether every token from `from` up to `to` (excluded) is tagged.
    pub fn covers(&self, from: usize, to: usize) -> bool {
        from >= self.base && to <= self.base + self.offsets.len().saturating_sub(1)
    }

    /// The length of the longest phrase of one of the kinds `k` that
    /// starts at token `i`.
    pub fn len_of(&self, i: usize, k: Kinds) -> Option<usize> {
        if !self.any(i, k) {
            return None;
        }
        // Matches are sorted longest first.
        self.at(i).iter().find(|m| k.meets(Kinds::of(&[m.tag.kind()]))).map(|m| m.len())
    }

    /// Whether some phrase starting at `i` has a tag `f` accepts; `f`
    /// accepts tags of the kinds `k` only (see [`Tagged::find`]).
    pub fn has(&self, i: usize, k: Kinds, f: impl Fn(Tag) -> bool) -> bool {
        if !self.any(i, k) {
            debug_assert!(!self.at(i).iter().any(|m| f(m.tag)), "a tag outside {k:?} accepted");
            return false;
        }
        self.at(i).iter().any(|m| f(m.tag))
    }
}

impl Compiled {
    pub fn new(lex: &'static Lexicon) -> Compiled {
        let fold = |s: &str| fold_as(s, lex.keep_marks);
        let mut c = Compiled {
            lang: lex.lang,
            ordinal_period: lex.ordinal_period,
            heads: Heads::default(),
            prefixes: HashMap::default(),
            short_stems: Vec::new(),
            function_words: lex.function_words.iter().map(|w| fold(w)).collect(),
            prepositions: lex.prepositions.iter().map(|w| fold(w)).collect(),
            noun_determiners: lex.noun_determiners.iter().map(|w| fold(w)).collect(),
            contracted_articles: lex.contracted_articles.iter().map(|w| fold(w)).collect(),
            plural_scales: lex.plural_scales.iter().map(|w| fold(w)).collect(),
            vague_amounts: lex.vague_amounts.iter().map(|w| fold(w)).collect(),
            locatives: lex.locatives.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            place_anaphors: lex.place_anaphors.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            place_relatives: lex.place_relatives.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            // Tokenized as the text is: "lorsqu'" is two tokens.
            time_relatives: lex
                .time_relatives
                .iter()
                .map(|p| phrase_words(p, lex).into_iter().map(|w| w.text).collect())
                .collect(),
            report_anaphors: lex.report_anaphors.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            place_words: lex.place_words.iter().filter(|w| !w.contains(' ')).map(|w| fold(w)).collect(),
            recipient_markers: lex.recipient_markers.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            part_markers: lex.part_markers.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            severities: lex.severities.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            restatements: lex.restatements.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            finds: lex.finds.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            strikes: lex.strikes.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            month_abbreviations: lex
                .months
                .iter()
                .map(|&(p, m)| (fold(p), m))
                .filter(|(p, m)| {
                    lex.months
                        .iter()
                        .any(|&(q, n)| n == *m && fold(q).len() > p.len() && fold(q).starts_with(p.as_str()))
                })
                .map(|(p, _)| p)
                .collect(),
            pieces: HashMap::default(),
            myriads: lex.myriads,
            particles: longest_first(lex.particles.iter().map(|p| fold(p))),
            particle_set: lex.particles.iter().map(|p| fold(p)).collect(),
            particle_max: lex.particles.iter().map(|p| fold(p).len()).max().unwrap_or(0),
            glued_prefixes: if lex.glued_units {
                let words = lex.scales.iter().map(|s| s.0).chain(lex.qualifiers_after.iter().map(|q| q.0));
                longest_first(words.filter(|w| !w.contains([' ', '*'])).map(fold))
            } else {
                Vec::new()
            },
            segmenter: lex.segmented.then(|| Segmenter::new(lex)),
            separable: HashMap::default(),
            coordinators: lex.coordinators.iter().filter(|w| !w.contains(' ')).map(|w| fold(w)).collect(),
        };
        for &(verb, particle, p) in lex.separable_verbs {
            c.separable.entry(fold(verb)).or_default().push((fold(particle), p));
        }
        c.add_pieces(lex);
        let mut exact: HashMap<String, Vec<Phrase>> = HashMap::default();
        each_phrase(lex, |phrase, tag| c.add(&mut exact, phrase, tag, lex));
        // Longest phrases first, so that callers taking the first match take the longest.
        let stems = c.prefixes.values_mut().flat_map(|p| &mut p.stems).map(|s| &mut s.phrases);
        for list in exact.values_mut().chain(stems).chain(c.short_stems.iter_mut().map(|s| &mut s.phrases)) {
            list.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
        }
        for bucket in c.prefixes.values_mut().map(|p| &mut p.stems).chain([&mut c.short_stems]) {
            bucket.sort_by_key(|s| s.text.len());
        }
        c.heads = c.heads(exact);
        c
    }

    /// Resolves every word the lexicon knows (a first word, a stem written
    /// whole) into its [`Head`].
    fn heads(&self, exact: HashMap<String, Vec<Phrase>>) -> Heads {
        let mut heads = Heads::default();
        heads.by_word.reserve(exact.len());
        for (w, phrases) in exact {
            let head = self.head(&w, phrases, &mut heads);
            heads.by_word.insert(w.into_boxed_str(), head);
        }
        for stem in self.prefixes.values().flat_map(|p| &p.stems).chain(&self.short_stems) {
            if !heads.by_word.contains_key(stem.text.as_str()) {
                let head = self.head(&stem.text, Vec::new(), &mut heads);
                heads.by_word.insert(stem.text.as_str().into(), head);
            }
        }
        heads
    }

    /// The [`Head`] of a folded word whose exact phrases are `exact`, its
    /// phrases appended to `heads`.
    fn head(&self, w: &str, exact: Vec<Phrase>, heads: &mut Heads) -> Head {
        let prefix = first3(w).and_then(|k| self.prefixes.get(&k));
        let stems = self.stems_of(w, prefix);
        // Stems shorter than the word, shortest first; then a stem that is
        // the whole word ("encomend*" and "encomenda").
        let shorter = stems.clone().filter(|s| s.text.len() < w.len());
        let whole = stems.filter(|s| s.text.len() == w.len());
        let start = heads.push(std::iter::empty());
        let exact = heads.push(exact.into_iter());
        let end = heads.push(shorter.chain(whole).flat_map(|s| &s.phrases).cloned());
        Head {
            multi: [start.0, exact.0, end.0],
            single: [start.1, exact.1, end.1],
            // A place may also be a number word ("오만": Oman, 50,000).
            compound: if heads.singles[start.1 as usize..end.1 as usize].iter().all(|m| matches!(m.tag, Tag::Place(_)))
            {
                self.compound_with(w, prefix)
            } else {
                None
            },
        }
    }

    /// The stems a folded word starts with, shortest first; `prefix` is
    /// what starts with the word's first three bytes.
    fn stems_of<'a>(&'a self, w: &'a str, prefix: Option<&'a Prefix>) -> impl Iterator<Item = &'a Stem> + Clone + 'a {
        let bucket = prefix.map_or(&[][..], |p| p.stems.as_slice());
        self.short_stems.iter().chain(bucket).filter(move |s| w.starts_with(s.text.as_str()))
    }

    fn add(&mut self, exact: &mut HashMap<String, Vec<Phrase>>, phrase: &str, tag: Tag, lex: &Lexicon) {
        let (body, prefix) = match phrase.strip_suffix('*') {
            Some(b) => (b, true),
            None => (phrase, false),
        };
        // `*` marks a stem only at the end of a phrase; inside one it would be looked for as a token.
        debug_assert!(!body.contains('*') || body.trim() == "*", "{phrase:?}: `*` only at the end of a phrase");
        let mut words = phrase_words(body, lex);
        if words.is_empty() {
            return;
        }
        if prefix {
            if let Some(last) = words.last_mut() {
                last.prefix = true;
            }
        }
        let first = words.remove(0);
        let entry = Phrase { rest: words, tag };
        if first.prefix {
            let bucket = match first3(&first.text) {
                Some(k) => &mut self.prefixes.entry(k).or_default().stems,
                None => &mut self.short_stems,
            };
            match bucket.iter_mut().find(|s| s.text == first.text) {
                Some(stem) => stem.phrases.push(entry),
                None => bucket.push(Stem { text: first.text, phrases: vec![entry] }),
            }
        } else {
            exact.entry(first.text).or_default().push(entry);
        }
    }

    /// Indexes the one-word numbers, scales and joiners that compound number
    /// words are made of. Scale abbreviations ("k", "mln", "bn") are left
    /// out: "tent" is no ten trillion.
    fn add_pieces(&mut self, lex: &Lexicon) {
        // At least three chars, or three bytes where a syllable is one
        // char ("삼", "천").
        let min_bytes = if lex.myriads { 3 } else { usize::MAX };
        let one_word = |p: &str| {
            let f = fold_as(p, lex.keep_marks);
            let long = f.chars().count() >= 3 || f.len() >= min_bytes;
            (long && f.chars().all(char::is_alphabetic)).then_some(f)
        };
        let mut all: Vec<Piece> = Vec::new();
        for &(p, v) in lex.numbers {
            if let Some(text) = one_word(p) {
                // The final vowel drops before a vowel: "cent-ottanta", "vent-uno".
                if text.chars().last().is_some_and(is_vowel) && text.chars().count() > 3 {
                    let mut cut = text.clone();
                    cut.pop();
                    all.push(Piece { text: cut, kind: PieceKind::Number(v), elided: true });
                }
                all.push(Piece { text, kind: PieceKind::Number(v), elided: false });
            }
        }
        for &(p, v) in lex.scales {
            if let Some(text) = one_word(p).filter(|t| t.chars().count() >= 4 || v < 1000.0 || lex.myriads) {
                all.push(Piece { text, kind: PieceKind::Scale(v), elided: false });
            }
        }
        for &p in lex.number_joiners {
            if let Some(text) = one_word(p) {
                all.push(Piece { text, kind: PieceKind::Joiner, elided: false });
            }
        }
        // Longest first: the first decomposition found is the natural one.
        all.sort_by_key(|p| std::cmp::Reverse(p.text.len()));
        for p in all {
            let Some(key) = first3(&p.text) else { continue };
            if p.kind != PieceKind::Joiner {
                self.prefixes.entry(key).or_default().piece_start = true;
            }
            self.pieces.entry(key).or_default().push(p);
        }
    }

    /// The value of a word written as one compound of number words
    /// ("duecentocinquanta" 250, "fünfundzwanzigtausend" 25000), if it
    /// is made of two or more of the lexicon's number, scale and joiner
    /// words in an order numbers are written in.
    #[cfg(test)]
    pub fn compound_number(&self, w: &str) -> Option<f64> {
        self.compound_with(w, first3(w).and_then(|k| self.prefixes.get(&k)))
    }

    /// [`Compiled::compound_number`], given what starts with the word's
    /// first three bytes.
    fn compound_with(&self, w: &str, prefix: Option<&Prefix>) -> Option<f64> {
        // The shortest compound not listed is two pieces of three letters.
        if w.len() < 6 || !prefix.is_some_and(|p| p.piece_start) {
            return None;
        }
        let mut budget = 256u32;
        self.decompose(w, 0, Compound::START, &mut budget)
    }

    fn decompose(&self, w: &str, at: usize, s: Compound, budget: &mut u32) -> Option<f64> {
        let rest = &w[at..];
        if rest.is_empty() {
            return (s.pieces >= 2 && !s.joiner).then_some(s.total + s.current);
        }
        *budget = budget.checked_sub(1)?;
        let list = self.pieces.get(&first3(rest)?)?;
        for p in list {
            if !rest.starts_with(p.text.as_str()) {
                continue;
            }
            let next = at + p.text.len();
            if p.elided && !w[next..].chars().next().is_some_and(is_vowel) {
                continue;
            }
            let next_state = if self.myriads { s.then_myriad(p.kind) } else { s.then(p.kind) };
            if let Some(s2) = next_state {
                if let Some(v) = self.decompose(w, next, s2, budget) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Cuts the words a language writes without spaces into the
    /// lexicon's ([`Lexicon::segmented`]); other languages' tokens stay.
    pub fn segment(&self, t: &mut Tokens) {
        if let Some(s) = &self.segmenter {
            t.segment(|rest| s.piece(rest));
        }
    }

    /// Whether a folded month form is the short form of another ("set", "jul").
    pub fn is_month_abbreviation(&self, folded: &str) -> bool {
        self.month_abbreviations.contains(folded)
    }

    /// Whether a folded word opens a noun phrase in a language that
    /// capitalizes every noun ([`Lexicon::noun_determiners`]).
    pub fn is_noun_determiner(&self, folded: &str) -> bool {
        self.noun_determiners.contains(folded)
    }

    /// Whether a folded word is a preposition fused with an article
    /// ([`Lexicon::contracted_articles`]).
    pub fn is_contracted_article(&self, folded: &str) -> bool {
        self.contracted_articles.contains(folded)
    }

    /// Whether a folded scale word follows a number only ([`Lexicon::plural_scales`]).
    pub fn is_plural_scale(&self, folded: &str) -> bool {
        self.plural_scales.contains(folded)
    }

    /// Whether a folded word leaves an amount unsaid before a scale word
    /// ([`Lexicon::vague_amounts`]).
    pub fn is_vague_amount(&self, folded: &str) -> bool {
        self.vague_amounts.contains(folded)
    }

    /// Whether a folded word is one of the language's function words.
    pub fn is_function_word(&self, folded: &str) -> bool {
        self.function_words.contains(folded)
    }

    /// Whether a folded word is one of the language's prepositions of
    /// time, circumstance and means ([`Lexicon::prepositions`]).
    pub fn is_preposition(&self, folded: &str) -> bool {
        self.prepositions.contains(folded)
    }

    /// Whether a locative preposition ends right before token `i` ("em
    /// Quito", "north of Rome"), on the same line.
    pub fn locative_before(&self, t: &Tokens, i: usize) -> bool {
        phrase_before(&self.locatives, t, i)
            || elided_before(t, i).is_some_and(|a| phrase_before(&self.locatives, t, a))
    }

    /// Whether an adverb of place that refers to the last place named
    /// ([`Lexicon::place_anaphors`]: "dort", "di sana") starts at token `i`.
    pub fn place_anaphor_at(&self, t: &Tokens, i: usize) -> bool {
        phrase_at(&self.place_anaphors, t, i)
    }

    /// Whether a relative word of place ([`Lexicon::place_relatives`]:
    /// "where", "donde") starts at token `i`.
    pub fn place_relative_at(&self, t: &Tokens, i: usize) -> bool {
        phrase_at(&self.place_relatives, t, i)
    }

    /// The length in tokens of the longest relative word of time
    /// ([`Lexicon::time_relatives`]: "when", "en la que") that starts at
    /// token `i`.
    pub fn time_relative_at(&self, t: &Tokens, i: usize) -> Option<usize> {
        let at = |words: &&Vec<String>| phrase_at(std::slice::from_ref(*words), t, i);
        self.time_relatives.iter().filter(at).map(Vec::len).max()
    }

    /// Whether words that refer a report to the sentence before
    /// ([`Lexicon::report_anaphors`]: "Lo ha", "Das teilte") start at token `i`.
    pub fn report_anaphor_at(&self, t: &Tokens, i: usize) -> bool {
        phrase_at(&self.report_anaphors, t, i)
    }

    /// Whether the word at token `i` ends with a locative particle glued
    /// ("튀르키예에서"), or is followed by one glued to it as a word of its
    /// own ("シリアで", where words are cut apart), where the language
    /// writes them so (a one-word locative that is one of its particles).
    /// A place word glued after the name ("シリア側では", "Acme州で") is
    /// skipped: the particle after it is the name's.
    pub fn locative_glued(&self, t: &Tokens, i: usize) -> bool {
        let glued = |j: usize| t.toks.get(j).is_some_and(|n| !n.space_before());
        let i = if glued(i + 1) && self.place_words.contains(t.folded(i + 1)) { i + 1 } else { i };
        let w = t.folded(i);
        let next = t.toks.get(i + 1).filter(|n| !n.space_before()).map(|_| t.folded(i + 1));
        self.locatives.iter().any(|l| {
            matches!(l.as_slice(), [p] if self.is_particle(p)
                && ((w.len() > p.len() && w.ends_with(p.as_str())) || next == Some(p.as_str())))
        })
    }

    /// Whether a folded word names a kind of place ([`Lexicon::place_words`]
    /// of one word: "province", "ville").
    pub fn is_place_word(&self, folded: &str) -> bool {
        self.place_words.contains(folded)
    }

    /// Whether a part marker ends right before token `i` ("including
    /// 1,800", "dont 1 404"), on the same line.
    pub fn part_before(&self, t: &Tokens, i: usize) -> bool {
        phrase_before(&self.part_markers, t, i)
    }

    /// Whether a part marker starts at token `i` after a count of the
    /// whole's part ("one of whom", "satu di antaranya"), on the same line.
    pub fn part_at(&self, t: &Tokens, i: usize) -> bool {
        self.part_len_at(t, i).is_some()
    }

    /// The length of the longest part marker that starts at token `i`.
    pub fn part_len_at(&self, t: &Tokens, i: usize) -> Option<usize> {
        longest_at(&self.part_markers, t, i)
    }

    /// Whether a severity phrase ([`Lexicon::severities`]) starts at token
    /// `i`, on one line.
    pub fn severity_at(&self, t: &Tokens, i: usize) -> bool {
        phrase_at(&self.severities, t, i)
    }

    /// The length of a restatement marker that ends right before token
    /// `i` ("or", "soit", "atau"), on the same line.
    pub fn restatement_before(&self, t: &Tokens, i: usize) -> Option<usize> {
        self.restatements.iter().filter(|w| phrase_before(std::slice::from_ref(*w), t, i)).map(Vec::len).max()
    }

    /// Whether a word of finding ([`Lexicon::finds`]: "recovered",
    /// "geborgen") starts at token `i`, on one line.
    pub fn finding_at(&self, t: &Tokens, i: usize) -> bool {
        phrase_at(&self.finds, t, i)
    }

    /// The length of the longest verb of a disaster striking a place
    /// ([`Lexicon::strikes`]: "struck", "a frappé") that starts at token
    /// `i`, on one line.
    pub fn strike_len_at(&self, t: &Tokens, i: usize) -> Option<usize> {
        longest_at(&self.strikes, t, i)
    }

    /// Whether a recipient marker ends right before token `i` ("to
    /// Qantas", "para a Azul"), on the same line.
    pub fn recipient_before(&self, t: &Tokens, i: usize) -> bool {
        phrase_before(&self.recipient_markers, t, i)
    }

    /// Tags every token of a text, and tells the tokens whether the
    /// language writes ordinals with a period (for the sentence splitter).
    /// The function words that start a sentence after a number, where the
    /// language writes ordinals with a glued period; `None` elsewhere.
    pub fn ordinal_period(&'static self) -> Option<&'static HashSet<String>> {
        self.ordinal_period.then_some(&self.function_words)
    }

    pub fn tag(&self, t: &Tokens) -> Tagged {
        self.tag_window(t, 0, t.len())
    }

    /// The tags of tokens `from..to` only (phrases starting there may
    /// extend past `to`); [`Tagged::at`] is empty outside the window.
    pub fn tag_window(&self, t: &Tokens, from: usize, to: usize) -> Tagged {
        let to = to.min(t.len());
        let from = from.min(to);
        let mut offsets = Vec::with_capacity(to - from + 1);
        let mut matches = Vec::new();
        for i in from..to {
            let before = matches.len();
            offsets.push(before as u32);
            self.tag_token(t, i, &mut matches);
        }
        offsets.push(matches.len() as u32);
        // Tags live as long as their text is read: no spare capacity.
        matches.shrink_to_fit();
        Tagged { base: from, offsets, matches }
    }

    /// Appends the phrases that start at token `i`, longest first.
    fn tag_token(&self, t: &Tokens, i: usize, matches: &mut Vec<Match>) {
        let tok = t.toks[i];
        if tok.kind == Kind::Number {
            return;
        }
        let w = t.folded(i);
        let word = tok.kind == Kind::Word;
        let before = matches.len();
        match self.heads.by_word.get(w) {
            Some(head) => self.tag_head(t, i, head, matches),
            // A word the lexicon does not know may be one it knows with a
            // particle, or start with a stem.
            None if word && !self.tag_without_particle(t, i, w, matches) => self.tag_stems(t, i, w, matches),
            None => {}
        }
        let separable = if self.separable.is_empty() { None } else { self.separable.get(w) };
        let Some((k, p)) = separable.and_then(|pairs| self.separated(t, i, pairs)) else { return };
        // A phrase that already holds the particle ("nahmen teil") stands.
        if matches[before..].iter().any(|m| matches!(m.tag, Tag::Predicate(_)) && i + usize::from(m.len) > k) {
            return;
        }
        // The pair's act replaces what the verb alone would do: "baut
        // 7.000 Stellen ab" cuts, it builds nothing.
        remove_from(matches, before, |g| matches!(g, Tag::Predicate(_)));
        matches.push(Match::new(1, Tag::Predicate(p)));
    }

    /// The act of the separable verb at `i` ([`Lexicon::separable_verbs`])
    /// and where its particle stands, when one of its particles ends its
    /// clause: the particle stands at most [`SEPARABLE_REACH`] tokens after
    /// the verb, on its line, no punctuation between, and before a
    /// punctuation mark, a line break, a coordinator or the end of the
    /// text ("Acme baut 7.000 Stellen ab", "stellt 500 Leute ein und ...").
    /// "ab 2025" or "ein Werk" is no particle: a word follows it.
    fn separated(&self, t: &Tokens, i: usize, pairs: &[(String, Predicate)]) -> Option<(usize, Predicate)> {
        let end = (i + 1 + SEPARABLE_REACH).min(t.len());
        for k in i + 1..end {
            let tok = t.toks[k];
            if tok.kind == Kind::Punct || tok.newline_before() {
                return None;
            }
            let Some(&(_, p)) = pairs.iter().find(|(particle, _)| particle == t.folded(k)) else { continue };
            let closes = t.toks.get(k + 1).is_none_or(|n| {
                n.kind == Kind::Punct || n.newline_before() || self.coordinators.contains(t.folded(k + 1))
            });
            if closes {
                return Some((k, p));
            }
        }
        None
    }

    /// The word without the longest particle it ends with
    /// ([`Lexicon::particles`]), if the lexicon knows what is left.
    ///
    /// The endings of the word are looked up among the particles, longest
    /// first (at most as long as the longest particle): the first particle
    /// in [`Compiled::particles`] order that fits, as a search through
    /// them finds (one particle at most has a given length and fits).
    fn without_particle<'w>(&self, w: &'w str) -> Option<(&'w str, &Head)> {
        let from = w.len().saturating_sub(self.particle_max).max(1);
        let cuts = w.char_indices().map(|(k, _)| k).chain(std::iter::once(w.len()));
        cuts.filter(|&k| k >= from).find_map(|k| {
            let bare = &w[..k];
            self.particle_set.contains(&w[k..]).then(|| self.heads.by_word.get(bare).map(|h| (bare, h)))?
        })
    }

    /// [`Compiled::tag_token`] at a word the lexicon knows with a particle
    /// glued ("명이", "사망자가"): the phrases of the word without it, no
    /// number word among them; a compound number word is none ("십이" is
    /// twelve, not "십" with "이"). Whether any was found.
    fn tag_without_particle(&self, t: &Tokens, i: usize, w: &str, matches: &mut Vec<Match>) -> bool {
        if self.particles.is_empty() || self.compound_with(w, first3(w).and_then(|k| self.prefixes.get(&k))).is_some() {
            return false;
        }
        let Some((_, head)) = self.without_particle(w) else { return false };
        let before = matches.len();
        self.tag_head(t, i, head, matches);
        remove_from(matches, before, |g| matches!(g, Tag::Number(_)));
        matches.len() > before
    }

    /// Whether a folded word is one of the language's particles ([`Lexicon::particles`]).
    pub fn is_particle(&self, w: &str) -> bool {
        self.particles.iter().any(|p| p == w)
    }

    /// Whether a folded word is `word`, or `word` with a particle glued.
    pub fn is_word(&self, w: &str, word: &str) -> bool {
        w == word || w.strip_prefix(word).is_some_and(|rest| self.particles.iter().any(|p| p == rest))
    }

    /// The length in bytes of the scale or qualifier a word right after
    /// digits opens with, when more follows it ("만명": "만"; see
    /// [`Lexicon::glued_units`]). A word with a space before it is split
    /// only when what follows is a counter, a unit, a currency or a
    /// qualifier, alone or after a qualifier ("6.8 백만여 개": "백만",
    /// "여"; never "5 백화점").
    pub fn glued_prefix(&self, w: &str, glued: bool) -> Option<usize> {
        if self.glued_prefixes.iter().any(|p| p == w) {
            return None;
        }
        let p = self.glued_prefixes.iter().find(|p| p.len() < w.len() && w.starts_with(p.as_str()))?;
        let rest = &w[p.len()..];
        let after_qualifier = self.glued_prefixes.iter().find_map(|q| rest.strip_prefix(q.as_str()));
        let unit = |x: &str| x.is_empty() || self.is_unit_word(x);
        (glued || unit(rest) || after_qualifier.is_some_and(unit)).then_some(p.len())
    }

    /// Whether a folded word, with a particle or not, is a counter, a unit,
    /// a currency or a qualifier written after numbers.
    fn is_unit_word(&self, w: &str) -> bool {
        let head = self.heads.by_word.get(w).or_else(|| self.without_particle(w).map(|(_, h)| h));
        head.is_some_and(|h| {
            self.heads.singles[Head::range(h.single, true)]
                .iter()
                .any(|m| matches!(m.tag, Tag::Concept(_) | Tag::Measure(_) | Tag::Currency(_) | Tag::QualifierAfter(_)))
        })
    }

    /// [`Compiled::tag_token`] at a token whose folded form is a word the
    /// lexicon knows.
    fn tag_head(&self, t: &Tokens, i: usize, head: &Head, matches: &mut Vec<Match>) {
        let tok = t.toks[i];
        let word = tok.kind == Kind::Word;
        let before = matches.len();
        let multis = &self.heads.multis[Head::range(head.multi, word)];
        // A phrase of two words or more needs a token after on the same line.
        let next = t.toks.get(i + 1).filter(|n| !n.newline_before());
        if next.is_some() && !multis.is_empty() {
            let next_hash = word_hash(t.folded(i + 1));
            // Whether a demonym follows the first word, read at most once.
            let mut demonym = None;
            for m in multis {
                // A second word may carry a particle ("사망자 수가"): no hash to test then.
                let second = !self.particles.is_empty() || m.second.is_none_or(|h| h == next_hash);
                if let Some(len) = self.rest_matches(t, i, &m.phrase, 0).filter(|_| second) {
                    matches.push(Match::new(len, m.phrase.tag));
                    continue;
                }
                // A public body may name its country after its first word:
                // "ministère marocain de l'Intérieur", "Ministerio marroquí
                // del Interior" are the interior ministry.
                if matches!(m.phrase.tag, Tag::Institution(_))
                    && *demonym.get_or_insert_with(|| self.demonym_at(t, i + 1))
                {
                    if let Some(len) = self.rest_matches(t, i, &m.phrase, 1) {
                        matches.push(Match::new(len, m.phrase.tag));
                    }
                }
            }
            // Longest first; the one-word matches (all of length 1) after them.
            matches[before..].sort_by_key(|m| std::cmp::Reverse(m.len()));
        }
        matches.extend_from_slice(&self.heads.singles[Head::range(head.single, word)]);
        let only_places = matches[before..].iter().all(|m| matches!(m.tag, Tag::Place(_)));
        if only_places && word && !tok.has_digit() {
            if let Some(v) = head.compound {
                matches.push(Match::new(1, Tag::Number(Value::new(v))));
            }
        }
    }

    /// [`Compiled::tag_token`] at a word the lexicon does not know: the
    /// stems it starts with, or the compound number word it is.
    fn tag_stems(&self, t: &Tokens, i: usize, w: &str, matches: &mut Vec<Match>) {
        let before = matches.len();
        let prefix = first3(w).and_then(|k| self.prefixes.get(&k));
        for stem in self.stems_of(w, prefix) {
            for p in &stem.phrases {
                if let Some(len) = self.rest_matches(t, i, p, 0) {
                    matches.push(Match::new(len, p.tag));
                }
            }
        }
        // A compound number word the lexicon does not list ("duecentocinquanta").
        if matches.len() == before && !t.toks[i].has_digit() {
            if let Some(v) = self.compound_with(w, prefix) {
                matches.push(Match::new(1, Tag::Number(Value::new(v))));
            }
        }
        matches[before..].sort_by_key(|m| std::cmp::Reverse(m.len()));
    }

    /// The phrase's length in tokens if its words after the first match the
    /// tokens after `i`, within one sentence line.
    /// The length of phrase `p` starting at token `i`, if its words after
    /// the first follow it, `skip` tokens past the first.
    fn rest_matches(&self, t: &Tokens, i: usize, p: &Phrase, skip: usize) -> Option<usize> {
        for (k, word) in p.rest.iter().enumerate() {
            let j = i + 1 + skip + k;
            let tok = t.toks.get(j)?;
            if tok.newline_before() {
                return None;
            }
            let w = t.folded(j);
            let ok = if word.prefix { w.starts_with(word.text.as_str()) } else { self.is_word(w, &word.text) };
            if !ok {
                return None;
            }
        }
        Some(1 + skip + p.rest.len())
    }

    /// Whether token `j` is a lowercase word the lexicon knows as a place
    /// on its own: a demonym ("marocain", "marroquí"), on the same line.
    fn demonym_at(&self, t: &Tokens, j: usize) -> bool {
        let Some(tok) = t.toks.get(j) else { return false };
        if tok.kind != Kind::Word || tok.case != crate::text::Case::Lower || tok.newline_before() {
            return false;
        }
        let w = t.folded(j);
        let place = |p: &Phrase| p.rest.is_empty() && matches!(p.tag, Tag::Place(_));
        let exact = self.heads.by_word.get(w).is_some_and(|h| {
            self.heads.singles[Head::range(h.single, true)].iter().any(|m| matches!(m.tag, Tag::Place(_)))
        });
        exact || self.stems_of(w, first3(w).and_then(|k| self.prefixes.get(&k))).any(|s| s.phrases.iter().any(place))
    }
}

/// Removes the matches from index `from` on (one token's, a few) whose tag
/// `drop` picks, keeping the order of the others; the matches before
/// `from` are not looked at.
fn remove_from(matches: &mut Vec<Match>, from: usize, drop: impl Fn(Tag) -> bool) {
    let mut k = from;
    while k < matches.len() {
        if drop(matches[k].tag) {
            matches.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Folded words, longest first.
fn longest_first(words: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = words.collect();
    v.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    v.dedup();
    v
}

/// The folded words of a lexicon phrase as [`tokenize`] reads them; a
/// phrase of ASCII letters and spaces alone (most of them) is cut at its
/// spaces and lowercased without the tokenizer, as it would read it.
fn phrase_words(body: &str, lex: &Lexicon) -> Vec<Word> {
    let word = |text: String| Word { text, prefix: false };
    if body.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        return body.split(' ').filter(|w| !w.is_empty()).map(|w| word(w.to_ascii_lowercase())).collect();
    }
    let t = tokenize(body, lex.groups, None, lex.keep_marks);
    (0..t.len()).map(|i| word(t.folded(i).to_string())).collect()
}

/// Calls `add` with every phrase of a lexicon and its tag, in the order
/// the phrases of one word are tried.
fn each_phrase(lex: &Lexicon, mut add: impl FnMut(&str, Tag)) {
    for &(p, v) in lex.numbers {
        add(p, Tag::Number(Value::new(v)));
    }
    for &(p, v) in lex.scales {
        add(p, Tag::Scale(Value::new(v)));
    }
    for &(p, q) in lex.qualifiers {
        add(p, Tag::Qualifier(q));
    }
    for &(p, q) in lex.qualifiers_after {
        add(p, Tag::QualifierAfter(q));
    }
    for &(p, code) in lex.currencies {
        if let Some(cur) = Currency::new(code) {
            add(p, Tag::Currency(cur));
        }
    }
    add("%", Tag::Percent);
    for &(p, m) in lex.months {
        add(p, Tag::Month(m));
    }
    for &(p, m) in lex.periods {
        add(p, Tag::Period(m));
    }
    for &(p, k) in lex.result_kinds {
        add(p, Tag::ResultKind(k));
    }
    for &(p, o) in lex.day_anaphors {
        add(p, Tag::DayAnaphor(o));
    }
    for &(p, r) in lex.relative_times {
        add(p, Tag::Relative(r));
    }
    for &(p, r) in lex.time_relations {
        add(p, Tag::TimeRelation(r));
    }
    for &(p, pred) in lex.predicates {
        add(p, if pred == Predicate::Affected { Tag::Effect } else { Tag::Predicate(pred) });
    }
    for &(p, pred) in lex.measures {
        add(p, Tag::Measure(pred));
    }
    for (index, &(p, _)) in lex.concepts.iter().enumerate() {
        add(p, Tag::Concept(Key { index: index as u32, lang: lex.lang, list: KeyList::Concepts }));
    }
    for &(p, m) in lex.modality {
        add(p, Tag::Modality(m));
    }
    for &(p, r) in lex.roles {
        add(p, Tag::Role(r));
    }
    for &(p, h) in lex.areas {
        add(p, Tag::Area(h));
    }
    for &(p, m) in lex.fines {
        add(
            p,
            match m {
                FineMark::Target => Tag::FineTarget,
                FineMark::Bearer => Tag::FineBearer,
                _ => Tag::Fine(m),
            },
        );
    }
    for (index, &(p, _)) in lex.places.iter().enumerate() {
        add(p, Tag::Place(Key { index: index as u32, lang: lex.lang, list: KeyList::Places }));
    }
    for (index, &(p, _)) in lex.institutions.iter().enumerate() {
        add(p, Tag::Institution(Key { index: index as u32, lang: lex.lang, list: KeyList::Institutions }));
    }
    for (list, tag) in word_lists(lex) {
        for &p in list {
            add(p, tag);
        }
    }
}

/// The word lists of a lexicon whose words all mean one thing.
fn word_lists(lex: &Lexicon) -> Vec<(&'static [&'static str], Tag)> {
    vec![
        (lex.number_joiners, Tag::NumberJoiner),
        (lex.range_openers, Tag::RangeOpener),
        (lex.range_joiners, Tag::RangeJoiner),
        (lex.percent, Tag::Percent),
        (lex.clock_before, Tag::ClockBefore),
        (lex.clock_after, Tag::ClockAfter),
        (lex.reporting, Tag::Reporting),
        (lex.announcements, Tag::Announcement),
        (lex.disasters, Tag::Disaster),
        (lex.diseases, Tag::Disease),
        (lex.requirements, Tag::Requirement),
        (lex.suspensions, Tag::Suspension),
        (lex.elsewhere, Tag::Elsewhere),
        (lex.contrast, Tag::Contrast),
        (lex.exclusions, Tag::Exclusion(SetApart::Besides)),
        (lex.exceptions, Tag::Exclusion(SetApart::Except)),
        (lex.instead, Tag::Instead),
        (lex.benchmarks, Tag::Benchmark),
        (lex.sanctions, Tag::Sanction),
        (lex.majorities, Tag::Majority),
        (lex.thresholds, Tag::Threshold),
        (lex.reach_verbs, Tag::Reach),
        (lex.deals, Tag::Deal),
        (lex.affected, Tag::Affected),
        (lex.estimates, Tag::Estimate),
        (lex.forecasts, Tag::Forecast),
        (lex.according_to, Tag::AccordingTo),
        (lex.denials, Tag::Denial),
        (lex.negations, Tag::Negation),
        (lex.negative_determiners, Tag::NegativeDeterminer),
        (lex.no_comment, Tag::NoComment),
        (lex.anonymous, Tag::Anonymous),
        (lex.owner_nouns, Tag::OwnerNoun),
        (lex.owned_nouns, Tag::OwnedNoun),
        (lex.company_anaphora, Tag::CompanyAnaphor),
        (lex.clause_breaks, Tag::ClauseBreak),
        (lex.coordinators, Tag::Coordinator),
        (lex.relative_pronouns, Tag::RelativePronoun),
        (lex.approximate_numbers, Tag::ApproximateNumber),
        (lex.agent_markers, Tag::AgentMarker),
        (lex.passives, Tag::Passive),
        (lex.name_particles, Tag::NameParticle),
    ]
}

/// Whether one of `phrases` (folded words) ends right before token `i`, on
/// the same line.
/// Where an elided article glued before token `i` starts ("l'" of
/// "à l'Orvane", one token or a letter and its apostrophe), if one is.
pub(crate) fn elided_before(t: &Tokens, i: usize) -> Option<usize> {
    let apostrophe = |j: usize| matches!(t.raw(j), "'" | "’");
    let glued = |j: usize| j < t.len() && !t.toks[j].space_before();
    let short = |j: usize| t.raw(j).chars().count() == 1 && t.raw(j).chars().all(char::is_lowercase);
    if i >= 2 && apostrophe(i - 1) && glued(i) && glued(i - 1) && short(i - 2) {
        return Some(i - 2);
    }
    let w = t.raw(i.checked_sub(1)?);
    (w.chars().count() == 2 && w.ends_with(['\'', '’']) && glued(i)).then(|| i - 1)
}

/// Whether one of `phrases` (folded words) starts at token `i`.
/// The length of the longest of `phrases` that starts at token `i`, on one line.
fn longest_at(phrases: &[Vec<String>], t: &Tokens, i: usize) -> Option<usize> {
    let fits = |w: &&Vec<String>| i + w.len() <= t.len() && phrase_before(std::slice::from_ref(*w), t, i + w.len());
    phrases.iter().filter(fits).map(Vec::len).max()
}

fn phrase_at(phrases: &[Vec<String>], t: &Tokens, i: usize) -> bool {
    phrases
        .iter()
        .any(|words| i + words.len() <= t.len() && phrase_before(std::slice::from_ref(words), t, i + words.len()))
}

fn phrase_before(phrases: &[Vec<String>], t: &Tokens, i: usize) -> bool {
    phrases.iter().any(|words| {
        let n = words.len();
        i >= n
            && i < t.len()
            && !t.toks[i].newline_before()
            && words.iter().enumerate().all(|(k, w)| {
                let j = i - n + k;
                t.folded(j) == w && (k == 0 || !t.toks[j].newline_before())
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of every phrase of every lexicon are the tokenizer's,
    /// read on the fast path or not.
    #[test]
    fn phrase_words_are_the_tokenizers() {
        for lang in Lang::ALL {
            let lex = lang.lexicon();
            let mut phrases = Vec::new();
            each_phrase(lex, |p, _| phrases.push(p.trim_end_matches('*').to_string()));
            phrases.extend(["", " ", "  Acme  Globex ", "Norvik"].map(String::from));
            for p in &phrases {
                let t = tokenize(p, lex.groups, None, lex.keep_marks);
                let want: Vec<&str> = (0..t.len()).map(|i| t.folded(i)).collect();
                let got: Vec<String> = phrase_words(p, lex).into_iter().map(|w| w.text).collect();
                assert_eq!(got, want, "{lang:?} {p:?}");
            }
        }
    }

    #[test]
    fn unspaced_text_is_cut_into_the_lexicons_words() {
        // Numerals run together; a longer word wins over them; other chars
        // stand alone; a katakana run is one word.
        let cases: &[(Lang, &str, &[&str])] = &[
            (Lang::Zh, "二十万人死亡", &["二十万", "人", "死亡"]),
            (Lang::Zh, "数千栋建筑", &["数千", "栋", "建筑"]),
            (Lang::Zh, "十二月泽科表示", &["十二月", "泽", "科", "表示"]),
            (Lang::Ja, "二十万人が死亡した", &["二十万", "人", "が", "死亡した"]),
            (Lang::Ja, "数千棟が倒壊", &["数千", "棟", "が", "倒", "壊"]),
            (Lang::Ja, "十二月に亡くなった", &["十二月", "に", "亡くなった"]),
            (Lang::Ja, "18億ユーロの制裁金", &["18", "億", "ユーロ", "の", "制裁金"]),
            (Lang::Ja, "1万人を超える", &["1", "万", "人", "を超える"]),
        ];
        for &(lang, text, want) in cases {
            let lex = lang.lexicon();
            let mut t = tokenize(text, lex.groups, None, lex.keep_marks);
            lang.compiled().segment(&mut t);
            let cut: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
            assert_eq!(cut, want, "{lang}");
        }
        for lang in Lang::ALL.iter().filter(|l| l.lexicon().segmented) {
            assert!(cases.iter().any(|c| c.0 == *lang), "{lang} has no segmentation case");
        }
    }

    /// Texts with phrases of many kinds, several at one token.
    const TEXTS: &[(Lang, &str)] = &[
        (Lang::Pt, "Segundo a Reuters, a empresa encomendou mais de 100 mil chips em março, disse o porta-voz."),
        (Lang::En, "About 3,000 people were evacuated on Monday, the ministry said; it declined to comment."),
        (Lang::De, "Nach Angaben der Polizei kamen rund 12.000 Menschen, aber nur 8 Busse."),
    ];

    #[test]
    fn a_tokens_kinds_are_those_of_its_phrases() {
        for &(lang, text) in TEXTS {
            let tokens =
                tokenize(text, lang.lexicon().groups, lang.compiled().ordinal_period(), lang.lexicon().keep_marks);
            let tags = lang.compiled().tag(&tokens);
            let mut tagged = 0;
            for i in 0..tokens.len() {
                let expected = tags.at(i).iter().fold(Kinds::NONE, |k, m| k | Kinds::of(&[m.tag.kind()]));
                assert_eq!(tags.kinds(i), expected, "{lang}: token {i} {:?}", tokens.raw(i));
                tagged += usize::from(expected != Kinds::NONE);
                for m in tags.at(i) {
                    assert!(tags.any(i, Kinds::of(&[m.tag.kind()])));
                    assert_eq!(tags.len_of(i, Kinds::of(&[m.tag.kind()])).map(|l| l >= m.len()), Some(true));
                }
            }
            assert!(tagged >= 5, "{lang}: only {tagged} tokens tagged");
            assert_eq!(tags.kinds_in(0, tokens.len()), (0..tokens.len()).fold(Kinds::NONE, |k, i| k | tags.kinds(i)));
            assert_eq!(tags.kinds(tokens.len() + 3), Kinds::NONE, "past the end");
        }
    }

    #[test]
    fn kinds_are_distinct_bits() {
        let all = [TagKind::Number, TagKind::Reporting, TagKind::Institution, TagKind::Place];
        for (x, a) in all.iter().enumerate() {
            for (y, b) in all.iter().enumerate() {
                assert_eq!(Kinds::of(&[*a]).meets(Kinds::of(&[*b])), x == y);
            }
        }
        assert_eq!(kinds![Number, Reporting], Kinds::of(&[TagKind::Number]) | Kinds::of(&[TagKind::Reporting]));
        assert!(!Kinds::NONE.meets(kinds![Number]));
    }

    /// A closure that accepts a kind its mask leaves out is a bug the
    /// debug build reports.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "a tag outside")]
    fn a_mask_narrower_than_its_closure_is_caught() {
        let tokens =
            tokenize("a empresa disse", Lang::Pt.lexicon().groups, Lang::Pt.compiled().ordinal_period(), false);
        let tags = Lang::Pt.compiled().tag(&tokens);
        tags.has(2, kinds![Denial], |g| matches!(g, Tag::Reporting));
    }

    /// Tagging as it was first written, kept as the reference of the
    /// compiled [`Head`]s: a lexicon's phrases as folded words (the last a
    /// stem when the phrase ends in `*`), by first word, and those whose
    /// first word is a stem.
    struct Reference {
        phrases: Vec<(Vec<Word>, Tag)>,
        exact: HashMap<String, Vec<usize>>,
        stems: Vec<usize>,
    }

    impl Reference {
        fn new(lang: Lang) -> Reference {
            let lex = lang.lexicon();
            let mut r = Reference { phrases: Vec::new(), exact: HashMap::default(), stems: Vec::new() };
            each_phrase(lex, |p, tag| {
                let (body, stem) = p.strip_suffix('*').map_or((p, false), |b| (b, true));
                let t = tokenize(body, lex.groups, None, lex.keep_marks);
                let mut words: Vec<Word> =
                    (0..t.len()).map(|i| Word { text: t.folded(i).to_string(), prefix: false }).collect();
                let Some(last) = words.last_mut() else { return };
                last.prefix = stem;
                let k = r.phrases.len();
                match &words[0] {
                    w if w.prefix => r.stems.push(k),
                    w => r.exact.entry(w.text.clone()).or_default().push(k),
                }
                r.phrases.push((words, tag));
            });
            r
        }

        /// [`Reference::heads_at`], where a separable verb whose particle
        /// closes the clause, and no phrase of it holds the particle, acts
        /// as the pair.
        fn at(&self, lang: Lang, t: &Tokens, i: usize) -> Vec<Match> {
            let mut out = self.heads_at(lang, t, i);
            let (verb, lex) = (t.folded(i), lang.lexicon());
            let fold = |w: &str| fold_as(w, lex.keep_marks);
            let closes = |k: usize| {
                let coordinator = |w: &str| lex.coordinators.iter().any(|c| fold(c) == w);
                t.toks
                    .get(k + 1)
                    .is_none_or(|n| n.kind == Kind::Punct || n.newline_before() || coordinator(t.folded(k + 1)))
            };
            let mut tail = (i + 1..t.len().min(i + 1 + SEPARABLE_REACH))
                .take_while(|&k| t.toks[k].kind != Kind::Punct && !t.toks[k].newline_before());
            let pair = tail.find_map(|k| {
                let mut pairs = lex.separable_verbs.iter();
                let p = pairs.find(|(v, x, _)| fold(v) == verb && fold(x) == t.folded(k));
                p.filter(|_| closes(k)).map(|&(_, _, p)| (k, p))
            });
            let held = |k: usize| out.iter().any(|m| matches!(m.tag, Tag::Predicate(_)) && i + usize::from(m.len) > k);
            if let Some((_, p)) = pair.filter(|&(k, _)| !held(k)) {
                out.retain(|m| !matches!(m.tag, Tag::Predicate(_)));
                out.push(Match::new(1, Tag::Predicate(p)));
            }
            out
        }

        /// The matches at token `i`: the phrases of its exact first word in
        /// lexicon order, then (at a word) those of its stems, shortest
        /// first; the longest first; else the compound number it is.
        fn heads_at(&self, lang: Lang, t: &Tokens, i: usize) -> Vec<Match> {
            let tok = t.toks[i];
            let w = t.folded(i);
            if tok.kind == Kind::Number {
                return Vec::new();
            }
            let word = tok.kind == Kind::Word;
            // A word the lexicon does not know may be one it knows with a
            // particle: its phrases then, numbers left out, if any.
            let known =
                |x: &str| self.exact.contains_key(x) || self.stems.iter().any(|&k| self.phrases[k].0[0].text == x);
            if word && !known(w) && lang.compiled().compound_number(w).is_none() {
                let mut particles: Vec<String> = lang
                    .lexicon()
                    .particles
                    .iter()
                    .map(|p| crate::text::fold_as(p, lang.lexicon().keep_marks))
                    .collect();
                particles.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
                particles.dedup();
                let bare =
                    particles.iter().find_map(|p| w.strip_suffix(p.as_str()).filter(|b| !b.is_empty() && known(b)));
                if let Some(bare) = bare {
                    let mut out = self.matches(lang, t, i, bare, word);
                    out.retain(|m| !matches!(m.tag, Tag::Number(_)));
                    if !out.is_empty() {
                        return out;
                    }
                }
            }
            self.matches(lang, t, i, w, word)
        }

        /// [`Reference::at`] for the word `w` at token `i`.
        fn matches(&self, lang: Lang, t: &Tokens, i: usize, w: &str, word: bool) -> Vec<Match> {
            let tok = t.toks[i];
            let particles = lang.lexicon().particles;
            let exact = self.exact.get(w).into_iter().flatten().map(|&k| ((0, 0, k), k));
            let stems = self.stems.iter().filter(|&&k| word && w.starts_with(self.phrases[k].0[0].text.as_str()));
            let mut found: Vec<_> = exact.chain(stems.map(|&k| ((1, self.phrases[k].0[0].text.len(), k), k))).collect();
            found.sort_by_key(|&(key, _)| key);
            let fits = |n: usize, r: &Word| {
                let (j, f) = (i + 1 + n, |j| t.folded(j));
                let with_particle =
                    |x: &str| x.strip_prefix(r.text.as_str()).is_some_and(|rest| particles.contains(&rest));
                t.toks.get(j).is_some_and(|x| !x.newline_before())
                    && if r.prefix { f(j).starts_with(r.text.as_str()) } else { f(j) == r.text || with_particle(f(j)) }
            };
            let mut out: Vec<Match> = found
                .into_iter()
                .map(|(_, k)| &self.phrases[k])
                .filter(|(words, _)| words[1..].iter().enumerate().all(|(n, r)| fits(n, r)))
                .map(|(words, tag)| Match::new(words.len(), *tag))
                .collect();
            out.sort_by_key(|m| std::cmp::Reverse(m.len()));
            // A place may also be a number word ("오만").
            if out.iter().all(|m| matches!(m.tag, Tag::Place(_))) && word && !tok.has_digit() {
                out.extend(lang.compiled().compound_number(w).map(|v| Match::new(1, Tag::Number(Value::new(v)))));
            }
            out
        }

        /// Checks every token of `text` against the compiled lexicon.
        fn check(&self, lang: Lang, text: &str) -> Result<(), String> {
            let tokens =
                tokenize(text, lang.lexicon().groups, lang.compiled().ordinal_period(), lang.lexicon().keep_marks);
            let tags = lang.compiled().tag(&tokens);
            for i in 0..tokens.len() {
                let want = self.at(lang, &tokens, i);
                if tags.at(i) != want.as_slice() {
                    return Err(format!("{lang} {text:?} token {i} {:?}: {:?} != {want:?}", tokens.raw(i), tags.at(i)));
                }
            }
            Ok(())
        }

        /// The phrases as written in texts: a stem with an ending.
        fn written(&self, lang: Lang) -> Vec<String> {
            let mut out = Vec::new();
            each_phrase(lang.lexicon(), |p, _| match p.strip_suffix('*') {
                Some(stem) => out.extend([stem.to_string(), format!("{stem}os"), format!("{stem}e")]),
                None => out.push(p.to_string()),
            });
            out
        }
    }

    /// Every phrase of every lexicon, written alone and next to the others
    /// (so that phrases meet, overlap and run across lines), is tagged as
    /// the reference tags it.
    #[test]
    fn compiled_heads_tag_as_the_reference() {
        for &lang in Lang::ALL {
            let r = Reference::new(lang);
            let written = r.written(lang);
            for (n, chunk) in written.chunks(6).enumerate() {
                let sep = [" ", " x ", "\n", ", ", " 12 "][n % 5];
                r.check(lang, &chunk.join(sep)).unwrap();
            }
            // Alone, a phrase closes its clause ("nahmen teil." is also a
            // separable verb with its particle).
            for p in &written {
                r.check(lang, &format!("{p}.")).unwrap();
            }
            let upper: Vec<String> = written.iter().map(|p| p.to_uppercase()).collect();
            for chunk in upper.chunks(12) {
                r.check(lang, &chunk.join(" ")).unwrap();
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// Random runs of phrases, their pieces and other words are tagged
        /// as the reference tags them.
        #[test]
        fn random_phrase_runs_tag_as_the_reference(
            lang in 0..Lang::ALL.len(),
            picks in proptest::collection::vec((proptest::prelude::any::<u16>(), 0..8u8), 1..16),
        ) {
            let lang = Lang::ALL[lang];
            let r = REFERENCES.with(|refs| refs[lang.index()].clone());
            let mut text = String::new();
            for (k, how) in picks {
                let p = &r.1[usize::from(k) % r.1.len()];
                let first = p.split(' ').next().unwrap_or("");
                match how {
                    0 => text.push_str(p),
                    1 => text.push_str(first),
                    2 => text.push_str(&p.replacen(' ', "\n", 1)),
                    3 => text.push_str(&p.to_uppercase()),
                    4 => text.push_str(&format!("{first}s")),
                    5 => text.push('x'),
                    6 => text.push_str("3,5"),
                    _ => text.push_str(&p.replace(' ', "")),
                }
                text.push(if how % 3 == 0 { ' ' } else { ['.', '\n', '%'][usize::from(how) % 3] });
                text.push(' ');
            }
            proptest::prop_assert!(r.0.check(lang, &text).is_ok(), "{}", r.0.check(lang, &text).unwrap_err());
        }
    }

    thread_local! {
        /// Each language's [`Reference`] and written phrases, built once a thread.
        static REFERENCES: Vec<std::rc::Rc<(Reference, Vec<String>)>> = Lang::ALL
            .iter()
            .map(|&l| {
                let r = Reference::new(l);
                let w = r.written(l);
                std::rc::Rc::new((r, w))
            })
            .collect();
    }
}

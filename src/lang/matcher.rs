//! A lexicon compiled once into a phrase index, and the tags it puts on
//! tokens.
//!
//! Every word list of a [`Lexicon`] becomes phrases keyed by their first
//! folded word. Tagging a text looks each token up once in a hash map (and
//! once in a map of stems by their first three bytes), then checks the rest
//! of each candidate phrase: linear in the text for a fixed lexicon.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::{Lang, Lexicon};
use crate::schema::{Currency, Modality, Predicate, Qualifier, RelativeTime, Role, TimeRelation};
use crate::text::{Kind, Tokens, fold_as, tokenize};

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
    Number(f64),
    NumberJoiner,
    Scale(f64),
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
    Relative(RelativeTime),
    TimeRelation(TimeRelation),
    Predicate(Predicate),
    Measure(Predicate),
    /// A concept key; the empty key is a generic classifier.
    Concept(&'static str),
    Modality(Modality),
    Reporting,
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
    NameParticle,
    /// A place with its canonical key.
    Place(&'static str),
    /// A public body named by what it is, with its canonical key.
    Institution(&'static str),
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

/// A match of one phrase at one token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Match {
    /// Number of tokens the phrase covers.
    pub len: usize,
    pub tag: Tag,
}

/// A lexicon compiled for matching.
pub(crate) struct Compiled {
    pub lang: Lang,
    /// See [`Lexicon::ordinal_period`].
    ordinal_period: bool,
    exact: HashMap<String, Vec<Phrase>>,
    /// Phrases whose first word is a stem, by the stem's first three
    /// bytes, shortest stem first: a word looks up one bucket and tests
    /// the few stems in it.
    stems: HashMap<u32, Vec<Stem>>,
    /// Stems shorter than three bytes, shortest first.
    short_stems: Vec<Stem>,
    function_words: HashSet<String>,
    /// [`Lexicon::noun_determiners`], folded.
    noun_determiners: HashSet<String>,
    /// [`Lexicon::locatives`], folded, split into words.
    locatives: Vec<Vec<String>>,
    /// [`Lexicon::recipient_markers`], folded, split into words.
    recipient_markers: Vec<Vec<String>>,
    /// [`Lexicon::part_markers`], folded, split into words.
    part_markers: Vec<Vec<String>>,
    /// Month forms that are a shorter form of another ("set" of "setembro").
    month_abbreviations: HashSet<String>,
    /// [`Lexicon::plural_scales`], folded.
    plural_scales: HashSet<String>,
    /// The number, scale and joiner words a compound number word is made
    /// of ("duecento" + "cinquanta"), keyed by their first three bytes.
    pieces: HashMap<u32, Vec<Piece>>,
    /// The first three bytes of every piece that may open a compound: only
    /// a word that starts with one of them is decomposed.
    piece_starts: HashSet<u32>,
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
    };

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
    /// `kinds[i - base]`: the kinds of the phrases that start at token `i`.
    kinds: Vec<Kinds>,
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
        i.checked_sub(self.base).and_then(|i| self.kinds.get(i)).copied().unwrap_or_default()
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
        self.at(i).iter().find_map(|m| f(m.tag).map(|v| (v, m.len)))
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
        self.at(i).iter().find(|m| k.meets(Kinds::of(&[m.tag.kind()]))).map(|m| m.len)
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
            exact: HashMap::default(),
            stems: HashMap::default(),
            short_stems: Vec::new(),
            function_words: lex.function_words.iter().map(|w| fold(w)).collect(),
            noun_determiners: lex.noun_determiners.iter().map(|w| fold(w)).collect(),
            plural_scales: lex.plural_scales.iter().map(|w| fold(w)).collect(),
            locatives: lex.locatives.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            recipient_markers: lex.recipient_markers.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
            part_markers: lex.part_markers.iter().map(|p| p.split(' ').map(fold).collect()).collect(),
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
            piece_starts: HashSet::default(),
        };
        c.add_pieces(lex);
        let mut add = |phrase: &str, tag: Tag| c.add(phrase, tag, lex);
        for &(p, v) in lex.numbers {
            add(p, Tag::Number(v));
        }
        for &(p, v) in lex.scales {
            add(p, Tag::Scale(v));
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
        for &(p, r) in lex.relative_times {
            add(p, Tag::Relative(r));
        }
        for &(p, r) in lex.time_relations {
            add(p, Tag::TimeRelation(r));
        }
        for &(p, pred) in lex.predicates {
            add(p, Tag::Predicate(pred));
        }
        for &(p, pred) in lex.measures {
            add(p, Tag::Measure(pred));
        }
        for &(p, k) in lex.concepts {
            add(p, Tag::Concept(k));
        }
        for &(p, m) in lex.modality {
            add(p, Tag::Modality(m));
        }
        for &(p, r) in lex.roles {
            add(p, Tag::Role(r));
        }
        for &(p, k) in lex.places {
            add(p, Tag::Place(k));
        }
        for &(p, k) in lex.institutions {
            add(p, Tag::Institution(k));
        }
        // Word lists whose words all mean one thing.
        let words: &[(&[&str], Tag)] = &[
            (lex.number_joiners, Tag::NumberJoiner),
            (lex.range_openers, Tag::RangeOpener),
            (lex.range_joiners, Tag::RangeJoiner),
            (lex.percent, Tag::Percent),
            (lex.clock_before, Tag::ClockBefore),
            (lex.clock_after, Tag::ClockAfter),
            (lex.reporting, Tag::Reporting),
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
            (lex.agent_markers, Tag::AgentMarker),
            (lex.name_particles, Tag::NameParticle),
        ];
        for &(list, tag) in words {
            for &p in list {
                add(p, tag);
            }
        }
        // Longest phrases first, so that callers taking the first match take the longest.
        let stems = c.stems.values_mut().flatten().map(|s| &mut s.phrases);
        for list in c.exact.values_mut().chain(stems).chain(c.short_stems.iter_mut().map(|s| &mut s.phrases)) {
            list.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
        }
        for bucket in c.stems.values_mut().chain([&mut c.short_stems]) {
            bucket.sort_by_key(|s| s.text.len());
        }
        c
    }

    fn add(&mut self, phrase: &str, tag: Tag, lex: &Lexicon) {
        let (body, prefix) = match phrase.strip_suffix('*') {
            Some(b) => (b, true),
            None => (phrase, false),
        };
        // `*` marks a stem only at the end of a phrase; inside one it would be looked for as a token.
        debug_assert!(!body.contains('*') || body.trim() == "*", "{phrase:?}: `*` only at the end of a phrase");
        let t = tokenize(body, lex.groups, None, lex.keep_marks);
        let mut words: Vec<Word> =
            (0..t.len()).map(|i| Word { text: t.folded(i).to_string(), prefix: false }).collect();
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
                Some(k) => self.stems.entry(k).or_default(),
                None => &mut self.short_stems,
            };
            match bucket.iter_mut().find(|s| s.text == first.text) {
                Some(stem) => stem.phrases.push(entry),
                None => bucket.push(Stem { text: first.text, phrases: vec![entry] }),
            }
        } else {
            self.exact.entry(first.text).or_default().push(entry);
        }
    }

    /// Indexes the one-word numbers, scales and joiners that compound number
    /// words are made of. Scale abbreviations ("k", "mln", "bn") are left
    /// out: "tent" is no ten trillion.
    fn add_pieces(&mut self, lex: &Lexicon) {
        let one_word = |p: &str| {
            let f = fold_as(p, lex.keep_marks);
            (f.chars().count() >= 3 && f.chars().all(char::is_alphabetic)).then_some(f)
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
            if let Some(text) = one_word(p).filter(|t| t.chars().count() >= 4 || v < 1000.0) {
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
                self.piece_starts.insert(key);
            }
            self.pieces.entry(key).or_default().push(p);
        }
    }

    /// The value of a word written as one compound of number words
    /// ("duecentocinquanta" 250, "fünfundzwanzigtausend" 25000), if it
    /// is made of two or more of the lexicon's number, scale and joiner
    /// words in an order numbers are written in.
    pub fn compound_number(&self, w: &str) -> Option<f64> {
        // The shortest compound not listed is two pieces of three letters.
        if w.len() < 6 || !first3(w).is_some_and(|k| self.piece_starts.contains(&k)) {
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
            if let Some(s2) = s.then(p.kind) {
                if let Some(v) = self.decompose(w, next, s2, budget) {
                    return Some(v);
                }
            }
        }
        None
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

    /// Whether a folded scale word follows a number only ([`Lexicon::plural_scales`]).
    pub fn is_plural_scale(&self, folded: &str) -> bool {
        self.plural_scales.contains(folded)
    }

    /// Whether a folded word is one of the language's function words.
    pub fn is_function_word(&self, folded: &str) -> bool {
        self.function_words.contains(folded)
    }

    /// Whether a locative preposition ends right before token `i` ("em
    /// Quito", "north of Rome"), on the same line.
    pub fn locative_before(&self, t: &Tokens, i: usize) -> bool {
        phrase_before(&self.locatives, t, i)
    }

    /// Whether a part marker ends right before token `i` ("including
    /// 1,800", "dont 1 404"), on the same line.
    pub fn part_before(&self, t: &Tokens, i: usize) -> bool {
        phrase_before(&self.part_markers, t, i)
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
        let mut kinds = Vec::with_capacity(to - from);
        let mut matches = Vec::new();
        for i in from..to {
            let before = matches.len();
            offsets.push(before as u32);
            self.tag_token(t, i, &mut matches);
            let mut k = Kinds::NONE;
            for m in &matches[before..] {
                k.insert(m.tag.kind());
            }
            kinds.push(k);
        }
        offsets.push(matches.len() as u32);
        Tagged { base: from, offsets, matches, kinds }
    }

    /// Appends the phrases that start at token `i`, longest first.
    fn tag_token(&self, t: &Tokens, i: usize, matches: &mut Vec<Match>) {
        let tok = t.toks[i];
        if tok.kind == Kind::Number {
            return;
        }
        let w = t.folded(i);
        let before = matches.len();
        if let Some(list) = self.exact.get(w) {
            for p in list {
                if let Some(len) = self.rest_matches(t, i, p) {
                    matches.push(Match { len, tag: p.tag });
                }
            }
        }
        if tok.kind == Kind::Word {
            let bucket = first3(w).and_then(|k| self.stems.get(&k)).map_or(&[][..], Vec::as_slice);
            let candidates = || self.short_stems.iter().chain(bucket).filter(|s| w.starts_with(s.text.as_str()));
            // Stems shorter than the word, shortest first; then a stem that is
            // the whole word ("encomend*" and "encomenda").
            let shorter = candidates().filter(|s| s.text.len() < w.len());
            let whole = candidates().filter(|s| s.text.len() == w.len());
            for stem in shorter.chain(whole) {
                for p in &stem.phrases {
                    if let Some(len) = self.rest_matches(t, i, p) {
                        matches.push(Match { len, tag: p.tag });
                    }
                }
            }
        }
        // A compound number word the lexicon does not list ("duecentocinquanta").
        if matches.len() == before && tok.kind == Kind::Word && !tok.has_digit {
            if let Some(v) = self.compound_number(w) {
                matches.push(Match { len: 1, tag: Tag::Number(v) });
            }
        }
        matches[before..].sort_by_key(|m| std::cmp::Reverse(m.len));
    }

    /// The phrase's length in tokens if its words after the first match the
    /// tokens after `i`, within one sentence line.
    fn rest_matches(&self, t: &Tokens, i: usize, p: &Phrase) -> Option<usize> {
        for (k, word) in p.rest.iter().enumerate() {
            let j = i + 1 + k;
            let tok = t.toks.get(j)?;
            if tok.newline_before {
                return None;
            }
            let w = t.folded(j);
            let ok = if word.prefix { w.starts_with(word.text.as_str()) } else { w == word.text };
            if !ok {
                return None;
            }
        }
        Some(1 + p.rest.len())
    }
}

/// Whether one of `phrases` (folded words) ends right before token `i`, on
/// the same line.
fn phrase_before(phrases: &[Vec<String>], t: &Tokens, i: usize) -> bool {
    phrases.iter().any(|words| {
        let n = words.len();
        i >= n
            && i < t.len()
            && !t.toks[i].newline_before
            && words.iter().enumerate().all(|(k, w)| {
                let j = i - n + k;
                t.folded(j) == w && (k == 0 || !t.toks[j].newline_before)
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
                    assert_eq!(tags.len_of(i, Kinds::of(&[m.tag.kind()])).map(|l| l >= m.len), Some(true));
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
}

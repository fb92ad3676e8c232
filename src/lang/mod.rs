//! Languages: the [`Lang`] enum, the [`Lexicon`] data each language
//! provides, and the one registry that ties them together.
//!
//! # How to add a language
//!
//! 1. Write `src/lang/xx.rs` with one `pub(crate) static LEXICON: Lexicon`,
//!    filling every field with general news vocabulary (copy a close
//!    language's file and translate it; never add names of one story).
//! 2. Add one line to the registry list in [`code`] (`registry!`): the
//!    variant, the module, the code, the English name and the `lingua`
//!    model; and the model's feature to `lingua` in `Cargo.toml`. `Lang`,
//!    `Lang::ALL`, codes, names, the lexicon registry and the detector's
//!    model list are generated from that line. A model that was a
//!    detection neighbour leaves `NEIGHBOURS` in `detect.rs` (its feature
//!    stays).
//! 3. Add a case table `tests/cases/xx.txt` (format in `tests/cases.rs`):
//!    cases for every phenomenon of the README's language table, at least
//!    one `detected xx` case, and the `@` lines the property tests and the
//!    generated corpus read (`@number-sentence`, `@digit-group`, `@decimal`,
//!    `@gen-...`); and its number speller in `tests/numbers.rs`.
//! 4. Add a sentence to detection's unit test (`detect.rs`), and at least
//!    40 texts of the language to the detection evaluation
//!    (`tests/detection/short_texts.tsv`, with the counts in its README).
//! 5. Add the language's column to the README's language table and its
//!    name to the supported languages.
//!
//! A language that glues particles to its nouns, counts in myriads,
//! glues counters to figures, writes dates as numbers with units or puts
//! the verb last (Korean, Japanese) says so in its lexicon (`particles`,
//! `myriads`, `glued_units`, `date_units`, `verb_final`); one that writes
//! no spaces between its words (Chinese, Japanese) says `segmented`, and
//! its text is cut into the lexicon's words (runs of Han and hiragana; a
//! katakana run is one word). The pipeline reads those fields, never the
//! language. A script without capitals (Hangul, Han, kana) has its names
//! from the caller's knowledge base only.
//!
//! A language written in its own script (as Russian is in Cyrillic, Korean
//! in Hangul) is found by that script's rule in `detect.rs`, which names its code there;
//! the neighbours that share the script and have no letter of their own
//! must be told apart (a `lingua` model in `NEIGHBOURS`, as Bulgarian's).
//!
//! Tests fail until each step but the last is done: the case-table runner
//! for a language without a table, the property tests and the generator
//! for a table without its `@` lines, the speller test, detection's unit
//! test for a language without a detection case, and the detection
//! evaluation for a language with fewer than 40 texts. The pipeline reads
//! nothing else: no code outside this module names a language.

use std::sync::OnceLock;

use crate::schema::{AreaUnit, Modality, PerUnit, Predicate, Qualifier, RelativeTime, Role, TimeRelation, Zone};

mod code;
mod detect;
mod matcher;

pub(crate) use code::registry;
pub use code::{Lang, LangCode, ParseLangCodeError, ParseLangError};
pub(crate) use detect::{Detected, detect};
pub(crate) use matcher::{Compiled, Kinds, Tag, TagKind, Tagged, elided_before, kinds};

macro_rules! define_lexicons {
    ($($variant:ident $module:ident $code:literal $name:literal $model:ident,)*) => {
        $(mod $module;)*

        /// The lexicon registry: each language's lexicon.
        fn lexicon(lang: Lang) -> &'static Lexicon {
            match lang {
                $(Lang::$variant => &$module::LEXICON,)*
            }
        }
    };
}
registry!(define_lexicons);

impl Lang {
    /// The language's lexicon.
    pub(crate) fn lexicon(self) -> &'static Lexicon {
        lexicon(self)
    }

    /// The key claims and entities give a country or a region named in
    /// this language by its name, abbreviation or demonym, as the lexicon
    /// lists it: `Lang::Es.place_key("coreanos")` and
    /// `Lang::En.place_key("Korean")` are both `Some("kr")`, the key of a
    /// claim's [`crate::Object::Nationals`] too. `None` for a name the
    /// lexicon does not list. Case is ignored, and a phrase the lexicon
    /// lists by its stem ("corean*") names every word it starts. A linear
    /// search, for occasional use (a caller's table, a test), not per token.
    ///
    /// ```
    /// use claimcheck::Lang;
    /// assert_eq!(Lang::Es.place_key("coreanos"), Some("kr"));
    /// assert_eq!(Lang::En.place_key("Korean"), Some("kr"));
    /// assert_eq!(Lang::En.place_key("Atlantis"), None);
    /// ```
    pub fn place_key(self, name: &str) -> Option<&'static str> {
        let name = name.trim().to_lowercase();
        let names = |phrase: &str| match phrase.strip_suffix('*') {
            Some(stem) => name.starts_with(stem) && !name[stem.len()..].contains(' '),
            None => phrase == name,
        };
        lexicon(self).places.iter().find(|&&(phrase, _)| names(phrase)).map(|&(_, key)| key)
    }

    /// The language's compiled lexicon, built once per process when first
    /// asked for: a run that names the language of its documents compiles
    /// only theirs.
    pub(crate) fn compiled(self) -> &'static Compiled {
        static COMPILED: [OnceLock<Compiled>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
        COMPILED[self.index()].get_or_init(|| Compiled::new(lexicon(self)))
    }
}

/// What a pronoun may refer back to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Referent {
    /// A person ("he", "she", "dia").
    Person,
    /// An organization ("it").
    Organization,
    /// Either ("il", "ela", "er": the gender of the noun, not of the referent).
    Either,
    /// The organization that speaks ("we", "nous", "kami", "wir"): the
    /// speaker of the quotation when that is an organization, else the
    /// organization named before, as for "it" (a chief executive's "we"
    /// is the company's).
    Speaker,
    /// No one in particular ("anyone", "whoever", "quem", "wer"):
    /// "Anyone who wants to cut 11,000 jobs must expect resistance" claims
    /// no lay-off, and refers to no name.
    Anyone,
}

/// A list of phrases, each with what it means.
///
/// Phrase syntax, the same in every field: words as written in running text,
/// in lower case, separated by spaces; punctuation inside a phrase is matched
/// as written ("porta-voz", "l'anno scorso", "us$"). Diacritics are folded
/// on both sides, so "milhões" also matches "milhoes", except in a language
/// that keeps them ([`Lexicon::keep_marks`]). A `*` at the end of
/// the last word matches any word that starts with it ("encomend*" matches
/// "encomendou" and "encomendaram"); keep such stems long enough to be
/// unambiguous.
pub(crate) type Phrases<T> = &'static [(&'static str, T)];

/// Where a word that marks an age stands ([`Lexicon::ages`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AgeMark {
    /// Right before the number: "aged 64", "berusia 64", "âgé de 64".
    Before,
    /// Right after the number, a hyphen allowed: "64 years old", "64-year-old", "64-jährige".
    After,
    /// A noun of years after the number, an age only when an [`AgeMark::Of`]
    /// word stands right before the number and no complement follows the
    /// noun: "di 64 anni" is an age, "64 anni di carcere" a duration.
    Noun,
    /// The preposition of an age noun: "di", "de", "d'".
    Of,
}

/// What a word of a match is ([`Lexicon::scores`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScoreMark {
    /// A word of a match near the numbers: "won", "beat", "final", "vinto".
    Word,
    /// A word between the two numbers of a score: "a" in "3 a 2", "zu".
    Joiner,
}

/// A day of the week ([`Lexicon::weekdays`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// Days after Monday: 0 to 6.
    pub(crate) fn days_after_monday(self) -> u8 {
        self as u8
    }
}

/// What a word of a time before now is ([`Lexicon::time_ago`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AgoMark {
    /// A unit of time after the number: "months", "Wochen", "giorni", "hari".
    Unit,
    /// A unit of years after the number: "years", "Jahren", "anni",
    /// "tahun". A time so many years before publication names its year
    /// ("seven years ago": the year of publication less seven).
    Years,
    /// Before the number: "vor", "há", "hace", "il y a".
    Before,
    /// After the unit: "ago", "fa", "lalu", "atrás".
    After,
}

impl AgoMark {
    /// Whether the mark is a unit of time, of years or another.
    pub(crate) fn is_unit(self) -> bool {
        matches!(self, AgoMark::Unit | AgoMark::Years)
    }
}

/// What a word of a fine is ([`Lexicon::fines`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FineMark {
    /// A verb of fining in the active voice: the one fined is named right
    /// after it ("fined", "multó a", "mendenda").
    Act,
    /// A verb of fining in the passive voice, with its auxiliary: the one
    /// fined is the clause's first name before it ("was fined", "fue
    /// multada", "didenda").
    Passive,
    /// The noun of a fine: the one fined is named after a target word in
    /// its clause ("fine", "amende", "Geldbuße").
    Noun,
    /// A word right before the one a fine is imposed on ("on", "against",
    /// "gegen", "à", "contra", "kepada").
    Target,
    /// A verb whose subject bears a fine named in its clause ("must pay a
    /// fine", "écope d'une amende", "muss eine Strafe zahlen"): the clause's
    /// first name is the one fined.
    Bearer,
}

/// The kind of a company's result ([`Lexicon::result_kinds`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ResultKind {
    /// After tax: a net profit or loss.
    Net,
    /// From operations: an operating profit or loss.
    Operating,
}

impl ResultKind {
    /// The concept key of the kind, the object of a profit or a loss of
    /// that kind, the same in every language: a net profit and an
    /// operating one are two facts.
    pub(crate) fn key(self) -> &'static str {
        match self {
            ResultKind::Net => "net",
            ResultKind::Operating => "operating",
        }
    }
}

/// A period of a year a figure is reported over ([`Lexicon::periods`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Period {
    /// A quarter, 1 to 4.
    Quarter(u8),
    /// A half, 1 or 2.
    Half(u8),
    /// The first nine months.
    NineMonths,
}

impl Period {
    /// The first and last months of the period.
    pub(crate) fn months(self) -> (u8, u8) {
        match self {
            Period::Quarter(q) => (3 * q - 2, 3 * q),
            Period::Half(h) => (6 * h - 5, 6 * h),
            Period::NineMonths => (1, 9),
        }
    }
}

/// An area a toll is counted in apart from the event's whole
/// How a word of exclusion sets what it governs apart from a figure
/// ([`Lexicon::exclusions`], [`Lexicon::exceptions`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SetApart {
    /// Besides, in addition: what it governs holds too ("besides 10 dead").
    Besides,
    /// Except: what it governs is what the act spared ("all died except
    /// two crew members").
    Except,
}

/// ([`Lexicon::areas`]): the areas one side of a war holds, or the part
/// of a crash's victims on the ground or on board.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Area {
    /// Areas rebels, insurgents or the armed opposition hold.
    Rebels,
    /// Areas the government, its army or the regime hold.
    Government,
    /// On the ground, where a crashing craft fell ("33 died on the ground",
    /// "37 victimes au sol", "korban di darat").
    Ground,
    /// On board the craft ("241 Menschen an Bord", "241 orang di dalam
    /// pesawat").
    Aboard,
}

impl Area {
    /// Every area, in order.
    pub(crate) const ALL: [Area; 4] = [Area::Rebels, Area::Government, Area::Ground, Area::Aboard];

    /// The subject key of the area: the same in every language, so that
    /// "zones rebelles" and "rebel-held areas", "au sol" and "on the
    /// ground" are one place.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Area::Rebels => "areas-held-by-rebels",
            Area::Government => "areas-held-by-the-government",
            Area::Ground => "on-the-ground",
            Area::Aboard => "on-board",
        }
    }

    /// Whether the area is the part of a crash's victims where they were
    /// (on the ground, on board), which may be told before the toll only
    /// at the start of its clause or right after a toll's word: "rescuers
    /// on the ground said 50 died" counts the whole toll.
    pub(crate) fn is_crash_part(self) -> bool {
        matches!(self, Area::Ground | Area::Aboard)
    }
}

/// Where a marker word stands from the number it marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// Before the number.
    Before,
    /// After the number.
    After,
}

/// What a word of a revision is ([`Lexicon::revisions`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RevisionMark {
    /// A verb or a noun of change that replaces a figure: "revised",
    /// "corrigido", "rebajó", "korrigiert", "rose", "a drop", "penurunan".
    Verb,
    /// The word before the replaced figure: "from", "de", "von", "dari".
    From,
    /// The word before the new figure: "to", "para", "auf", "menjadi".
    To,
    /// The word before the amount of a change, after its verb: "fell by
    /// 7,000", "sank ... um 7.000", "augmenté de 200", "aumentó en 200",
    /// "naik sebesar 5%", "выросло на 200". That figure is a difference,
    /// not the level of what changed.
    By,
    /// A word that makes the figure after it a first, replaced one:
    /// "initially", "zunächst", "awalnya".
    Initially,
    /// A phrase right before a figure that gives it as the level where
    /// what it counts stands or stays: "the death toll held steady at
    /// nine", "le bilan s'élève à neuf", "die Zahl liegt bei neun". A lone
    /// number word after it counts what the sentence counts, as after the
    /// [`RevisionMark::To`] of a change.
    Level,
    /// A word that makes a toll told after it an earlier one, which the
    /// document's own toll replaces: "Previously, four deaths had been
    /// reported", "Zuvor wurden vier Todesfälle gemeldet", "sebelumnya".
    Earlier,
}

/// Everything the pipeline knows about one language: general news
/// vocabulary, written as data.
///
/// Every word list is matched with the same phrase syntax (see [`Phrases`]).
pub(crate) struct Lexicon {
    /// The language.
    pub lang: Lang,
    /// The decimal separator in digits (`,` in pt, es, it, id, fr, de; `.` in en).
    pub decimal: char,
    /// Separators between groups of three digits. A space-like separator
    /// (space, no-break space, narrow no-break space) is recognized only when
    /// listed here.
    pub groups: &'static [char],
    /// Whether diacritics tell words apart, so that folding keeps them and
    /// only lowers case (phrases and text alike): Vietnamese, where tone and
    /// vowel marks make different words ("sáu" six, "sau" after; "năm"
    /// five, "nam" south; "ngàn" thousand, "ngân" bank). `false` elsewhere:
    /// "milhões" matches "milhoes". Entity keys fold marks away in every
    /// language, so that names match across languages.
    pub keep_marks: bool,
    /// Whether words are written as syllables set apart by spaces, so that
    /// a token is a syllable and a word may span several ("động đất",
    /// "thiệt mạng"): Vietnamese. A token no lexicon knows is then no sign
    /// of a word no lexicon knows. `false` elsewhere.
    pub syllabic: bool,
    /// Whether a period glued to digits and followed by a word makes an
    /// ordinal ("am 30. September", "den 3. Platz"): German only. Such a
    /// period neither ends a sentence nor leaves a quantity.
    pub ordinal_period: bool,
    /// Words right before a time of day ("pukul 10.30"); never units.
    pub clock_before: &'static [&'static str],
    /// Words right after a time of day ("10.30 WIB", "10 Uhr", "9 a.m.");
    /// never units of duration ("24 jam" is a quantity).
    pub clock_after: &'static [&'static str],
    /// The most frequent function words (articles, prepositions, pronouns,
    /// auxiliaries, conjunctions), 40 to 100 of them, distinctive of the
    /// language: used to detect the language and to tell a capitalized
    /// sentence-initial word from a name.
    pub function_words: &'static [&'static str],
    /// Number words and their values: units, tens, hundreds ("cem", "duzentos").
    pub numbers: Phrases<f64>,
    /// Number words of [`Lexicon::numbers`] that say about that many
    /// ("une centaine", "un migliaio", "a dozen"): read as about the value,
    /// unless a qualifier stands before them ("plus d'une centaine": more
    /// than 100); and groups of about ten or a hundred counted after a
    /// number ("deux dizaines": about 20), which [`Lexicon::scales`] and
    /// [`Lexicon::plural_scales`] hold too. Empty where the language has
    /// none.
    pub approximate_numbers: &'static [&'static str],
    /// Whether the number word for one is also the indefinite article ("un",
    /// "une", "una", "uma", "ein", "một", "一"): such a word alone is read as
    /// the article. Where it is not ("one", "satu", "один"), "one person",
    /// "satu korban" count one.
    pub article_one: bool,
    /// Words that join number words ("duzentos e cinquenta").
    pub number_joiners: &'static [&'static str],
    /// Scale words and abbreviations that multiply the number before them
    /// ("mil" 1e3, "milhões" 1e6, "bi" 1e9, "juta" 1e6, "mld" 1e9).
    pub scales: Phrases<f64>,
    /// Whether number words group by ten thousands (Korean 만 10^4, 억
    /// 10^8, 조 10^12): a power of ten below a myriad (십, 백, 천)
    /// multiplies the digit before it only ("구백구십" 990), a myriad the
    /// whole group before it ("삼천만" 30,000,000); and digits with a
    /// myriad go on with smaller digits ("1만5000" 15,000, "3억 2000만"
    /// 320,000,000). `false` elsewhere.
    pub myriads: bool,
    /// Whether counters, units and currencies are written glued to the
    /// digits they follow ("100명", "5천원", "1만여 명"): a number glued
    /// to such a word, or to a scale or a qualifier after it, is no code.
    /// A word glued to digits that opens with a scale or a qualifier
    /// written after numbers is read as two words ("만명": "만", "명").
    pub glued_units: bool,
    /// Whether the language writes its words without spaces between them
    /// (Chinese, Japanese): a run of Han ideographs (and of the hiragana
    /// Japanese glues to them) is cut into the lexicon's words,
    /// longest first, from its start; a run of the lexicon's one-char
    /// number and scale words ("二十万", "三千") is one word, read as a
    /// compound number; any other ideograph is a word of its own, so that
    /// the caller's names ([`crate::extract`]) match the chars they are
    /// written with. Runs of Latin letters and digits stay words. `false`
    /// elsewhere.
    pub segmented: bool,
    /// Particles and endings a noun takes glued in running text, where the
    /// language writes them so (Korean "이", "가", "은", "는", "을", "를",
    /// "의", "에서"): a word the lexicon does not know as written is looked
    /// up without the longest one it ends with ("명이" is "명", "미국에서"
    /// "미국"); not as a number word ("사이" is no "사" four). Empty
    /// elsewhere.
    pub particles: &'static [&'static str],
    /// Where dates are written as numbers each followed by its unit, the
    /// year, month and day words in that order ("2024년 1월 15일":
    /// "년", "월", "일"); empty elsewhere. Such numbers count nothing.
    pub date_units: &'static [&'static str],
    /// Words for a day named by reference to the last day the text named
    /// to the day, with their offset in days: "이날" (that day) 0, "전날"
    /// (the day before) -1, "当天" 0. Before any such day, the publication
    /// day is the reference. In Korean and Chinese news "이날"/"当天" is
    /// the day just told ("14일(현지시간) ... 이날"), not always the day
    /// of publication.
    pub day_anaphors: Phrases<i8>,
    /// Words right after a day number with its day unit
    /// ([`Lexicon::date_units`]) that make it a span of days, not a day of
    /// the month ("3일 동안", "3일 만에"); empty elsewhere.
    pub day_spans: &'static [&'static str],
    /// Scale words that follow a number only and never count alone: the
    /// plural forms of a language that inflects its scales ("две тысячи",
    /// "пять тысяч"), which alone mean "thousands of" ("Тысячи людей",
    /// "сотни тысяч"). A scale word of a thousand or less not listed here
    /// counts one of itself alone ("mil pessoas", "тысяча человек").
    pub plural_scales: &'static [&'static str],
    /// Words of an amount left unsaid, one word each, before a scale word
    /// ("several hundred", "mehrere hundert", "ein paar hundert"): the scale
    /// word alone then counts no number (never "100").
    pub vague_amounts: &'static [&'static str],
    /// Qualifier words of "only" that say so in a restrictive negation
    /// alone: French "que" in "n'a reçu que 30 000" (ne ... que). With no
    /// negation word ([`Lexicon::negations`]) in the six tokens before
    /// it, it qualifies nothing ("a indiqué que sept personnes").
    pub negated_only: &'static [&'static str],
    /// Qualifiers written before a number, with their meaning.
    pub qualifiers: Phrases<Qualifier>,
    /// Qualifiers written after a number ("100 ou mais", "100 or more").
    pub qualifiers_after: Phrases<Qualifier>,
    /// Words that open a range ("entre" in "entre 10 e 20").
    pub range_openers: &'static [&'static str],
    /// Words or signs between the two ends of a range ("e", "a", "to", "-").
    pub range_joiners: &'static [&'static str],
    /// Currency words and signs, with their ISO 4217 codes ("dólares" USD, "r$" BRL).
    pub currencies: Phrases<&'static str>,
    /// Words for percent after a number ("por cento"); "%" is universal.
    pub percent: &'static [&'static str],
    /// Whether a date in digits writes the month first ("11/03/2021" is
    /// November 3 in American usage); the day comes first elsewhere. A
    /// date whose order cannot be told is no quantity, but no time either.
    pub month_first_dates: bool,
    /// Words right before a number that make it a label, a rank or a
    /// reading, never a count: "No.", "gate", "flight", "decree",
    /// "article", "page", "list", "magnitude", "type" ("des Typs 737").
    pub labels: &'static [&'static str],
    /// Singular articles, alone or joined to a preposition, that make the
    /// bare whole number after them a designation, never a count: "do 767",
    /// "del 320", "le 380" name one model, where a count takes a plural
    /// article ("dos 767 aviões"). A percentage, an amount or a scaled
    /// number after one ("il 15%", "el 61 por ciento") stays a quantity.
    /// English has its indefinite article only ("a 767"): "the 300" may
    /// count. Empty where articles do not mark number (German, Indonesian).
    pub designators: &'static [&'static str],
    /// Verbs of need that make the figures of their clause a threshold,
    /// not a fact: "to win, a candidate needs more than 45%", "benötigt
    /// ein Kandidat mehr als 45%", "precisa de 50% dos votos".
    pub requirements: &'static [&'static str],
    /// Verbs and nouns of putting off, halting or cancelling an act: the
    /// act one governs was not done as told ("delay the launch of the
    /// 777X until 2026", "a reporté la livraison", "o lançamento será
    /// adiado", "menunda program pengembangan"), and makes no claim.
    pub suspensions: &'static [&'static str],
    /// Phrases that scope a toll to the rest of the country or region, away
    /// from the place a story is about ("elsewhere", "ailleurs", "en otras
    /// partes", "in the rest of"): the toll is the rest's, neither the
    /// main place's nor the event's. Only phrases that say "elsewhere"
    /// whatever follows them; not "outside", which may name a building.
    pub elsewhere: &'static [&'static str],
    /// Phrases that scope a toll to an area apart from the event's whole
    /// ([`Area`]): the areas one side of a war holds ("rebel-held", "zones
    /// rebelles", "政府控制区", "반군 장악 지역"; only phrases that name the
    /// holder, not "the north", which may be anyone's), or the ground or
    /// the board of a crashing craft ("on the ground", "au sol", "an
    /// Bord", with their preposition). The toll is the area's, a place of
    /// its own in every language ([`Area::key`]), never the event's.
    pub areas: Phrases<Area>,
    /// Words that set another party's figure against the one before it
    /// ("55.95% of the vote, against 44.04% for Tom Norvik", "contre 44 %
    /// à son rival", "contra 44,21% do rival", "gegenüber"): a measure's
    /// figure right after one is the party named after it, and no one's
    /// when none is named.
    pub contrast: &'static [&'static str],
    /// Superlatives a time "since" may measure ("the worst air disaster
    /// since 2014", "la pire catastrophe aérienne depuis 2014", "die
    /// schwerste ... seit 2014"): such a time dates the record, not the
    /// figures of the sentence. Empty where the time comes first ("2014年以来
    /// 最严重的").
    pub superlatives: &'static [&'static str],
    /// Words of a fine or a penalty imposed on someone (see [`FineMark`]):
    /// "the Commission fined Acme €1.8 billion", "Acme was fined", "une
    /// amende de 1,8 milliard d'euros à Acme", "gegen Acme eine Geldbuße".
    /// A fine is a price (the object `fine`) whose subject is the one fined,
    /// never the one fining; a clause that names no one fined, or gives no
    /// amount of money, makes no claim.
    pub fines: Phrases<FineMark>,
    /// Nouns of the events a toll counts the victims of ("earthquake",
    /// "séisme", "banjir"): a time bound to one ("Monday's quake", "le
    /// séisme qui a frappé lundi") dates the event, not the count.
    pub disasters: &'static [&'static str],
    /// Words of a disease, an infection or an outbreak ("mpox", "cholera",
    /// "epidemic", "virus"): where a document names none, a word of cases
    /// counts no cases ("89 missing-person cases"; [`Predicate::Cases`]).
    pub diseases: &'static [&'static str],
    /// Words that, before the hyphen of a compound, negate its head ("non-
    /// passengers", "Nicht-Mitglieder", "não-residentes"): the compound
    /// counts none of what its head names.
    pub negating_prefixes: &'static [&'static str],
    /// The disasters of [`Lexicon::disasters`] named after people
    /// (storms: "hurricane", "ouragan", "badai"): a name next to one is
    /// the storm's ("Hurricane Helene"), where a name next to any other
    /// names where it struck ("the Lamora fire", "l'incendie de Lamora").
    pub storms: &'static [&'static str],
    /// Words right after a number (a hyphen may stand between) that make it
    /// a reading on a scale or a factor, never a count ("7.8-magnitude",
    /// "7,8 magnitudo", "dua kali lebih banyak", "three times").
    pub readings: &'static [&'static str],
    /// Words right before a number, perhaps past a qualifier, that make it
    /// what a thing can hold, never a count of an act or a toll: "a
    /// capacity of about 400 passengers", "capacità di circa 400
    /// passeggeri", "sức chứa 50.000 người"; or how many live in a place:
    /// "a city of 25,000 inhabitants", "einer Stadt mit 25.000 Einwohnern".
    pub capacities: &'static [&'static str],
    /// Words that make a number an age (see [`AgeMark`]): "aged 64",
    /// "64-year-old", "un uomo di 64 anni"; never "64 anni di carcere".
    pub ages: Phrases<AgeMark>,
    /// Words that make two numbers a score or a tally (see [`ScoreMark`]):
    /// "won 3-2", "vinse 3 a 2".
    pub scores: Phrases<ScoreMark>,
    /// Words that make a number a time before now, not a count (see
    /// [`AgoMark`]): "21 months ago", "vor vier Jahren", "3 anni fa".
    pub time_ago: Phrases<AgoMark>,
    /// Words that make a percentage the share of a count in progress, not
    /// a result: "with 98% of the ballot boxes counted", "95% das urnas",
    /// "nach Auszählung von 89%". [`Side::After`] words may stand a few
    /// words after the percentage; [`Side::Before`] ones right before it.
    pub progress: Phrases<Side>,
    /// Words that open a line or a sentence of a layout zone (see
    /// [`crate::extract::zones`]): [`Zone::RelatedLink`] ("read more",
    /// "baca juga"), [`Zone::Caption`] ("foto:", "©", "photo/"),
    /// [`Zone::Byline`] ("by", "por", "editor:"), [`Zone::UpdateLog`]
    /// ("update:", "added", "atualizado em").
    pub zones: Phrases<Zone>,
    /// Words of a revised figure (see [`RevisionMark`]): "the toll was
    /// revised from 96 to 71", "von 96 auf 71 korrigiert", "rebajó de 96 a
    /// 71". A word may end with `*` to match any word it starts.
    pub revisions: Phrases<RevisionMark>,
    /// Month names and abbreviations, 1 to 12.
    pub months: Phrases<u8>,
    /// The periods of a year a figure is reported over ("second quarter",
    /// "premier semestre", "ersten Halbjahr", "primi sei mesi"), whose
    /// figures are no figures of another period ([`Period`]).
    pub periods: Phrases<Period>,
    /// The words that name the kind of a profit or a loss ("net profit",
    /// "Betriebsgewinn", "beneficio neto", "résultat d'exploitation"),
    /// written whole as they stand in the text, the predicate's word with
    /// them: a net result and an operating one are two facts.
    pub result_kinds: Phrases<ResultKind>,
    /// Times relative to publication ("este ano", "até agora").
    pub relative_times: Phrases<RelativeTime>,
    /// Prepositions before a time that say how it bounds the fact ("desde" Since, "até" By, "em" At).
    pub time_relations: Phrases<TimeRelation>,
    /// Verbs and their nominalizations that state a predicate, as stems or forms.
    pub predicates: Phrases<Predicate>,
    /// Nouns after a number that make the number a measure of the subject
    /// ("usuários" Users, "mortos" Deaths).
    pub measures: Phrases<Predicate>,
    /// Object and counted nouns with their canonical English concept key
    /// ("chips" "chip", "modelo" "model"). The empty key marks a generic
    /// classifier ("unidades", "exemplares") whose concept is the one
    /// counted just before.
    pub concepts: Phrases<&'static str>,
    /// Words that mark an act as planned, only reported, requested or
    /// unconfirmed ("planeja", "teria", "pediu que", "não pôde confirmar").
    /// A phrase marked `Asserted` shields a longer use of such a word that
    /// marks nothing ("asked about" is no request).
    pub modality: Phrases<Modality>,
    /// Endings of a verb's synthetic future, as written in lower case with
    /// their accents ("eliminará", "taglierà", "supprimera"): a trigger verb
    /// with one states a planned act. Empty where the future is a separate
    /// word (English "will", German "wird", Indonesian "akan": those are
    /// `modality` phrases).
    pub future_endings: &'static [&'static str],
    /// Verbs of announcing, as written before what they announce
    /// ("announced", "a annoncé", "anunció"): an act named by a noun right
    /// after one is planned ("announced the cut of 2,400 jobs"), a measure
    /// is not ("announced a profit of $2bn").
    pub announcements: &'static [&'static str],
    /// Reporting verbs ("disse", "afirmou", "informou").
    pub reporting: &'static [&'static str],
    /// "According to" markers before a source ("segundo", "de acordo com").
    pub according_to: &'static [&'static str],
    /// Denial verbs and phrases ("negou", "desmentiu", "a premissa está errada").
    pub denials: &'static [&'static str],
    /// Negation adverbs that negate the verb right after them ("não", "nunca").
    pub negations: &'static [&'static str],
    /// The first part of a negation of two parts (French "ne", "n'"), and
    /// the second parts one of which must follow it in its clause ("pas",
    /// "jamais", "rien", "aucun"): such a first part alone denies nothing,
    /// it is expletive ("Athènes redoute que des centaines d'autres ne
    /// soient portées disparues") or restrictive ("n'a supprimé que 100
    /// postes"). Empty where a negation is one word.
    pub negation_split: (&'static [&'static str], &'static [&'static str]),
    /// Coordinating conjunctions ("e", "and", "und"): where one clause's
    /// conjuncts begin. A conjunct with a verb of its own keeps its figures,
    /// times, negations and modal words to itself ("41 morreram e 90
    /// ficaram feridos"); one without joins the conjunct before it ("100
    /// chips e 200 servidores").
    pub coordinators: &'static [&'static str],
    /// Negative determiners that negate the noun after them ("nenhum", "nenhuma").
    pub negative_determiners: &'static [&'static str],
    /// "Declined to comment", "did not respond": never denials.
    pub no_comment: &'static [&'static str],
    /// Speaker roles ("porta-voz" Spokesperson, "presidente-executivo" Executive).
    pub roles: Phrases<Role>,
    /// Anonymous sourcing ("fontes", "pessoas familiarizadas com o assunto").
    pub anonymous: &'static [&'static str],
    /// Nouns for an owner or parent, before the owned entity ("dona", "controladora", "matriz").
    pub owner_nouns: &'static [&'static str],
    /// Nouns for a subsidiary, before the owner ("subsidiária", "unidade", "filial").
    pub owned_nouns: &'static [&'static str],
    /// Noun phrases that refer back to an organization named before ("a
    /// empresa", "the company"): the nearest one that stands first in its
    /// sentence, in this sentence or the ones before.
    pub company_anaphora: &'static [&'static str],
    /// Subject pronouns that refer back to a name ("it", "he", "ela",
    /// "dia"), with what they may refer to. Leave out pronouns that are
    /// often impersonal or plural ("es", "sie", "they").
    pub pronouns: Phrases<Referent>,
    /// Words right before an outlet cited as a source ("told", "a déclaré
    /// à", "kepada", "gegenüber"): the name after one is never a subject.
    pub outlet_markers: &'static [&'static str],
    /// Prepositions of time and circumstance ("after", "nach", "durante",
    /// "malgré"): a name right after one, or after one and its articles,
    /// names when or despite what, never who acts ("nach Feierabend").
    /// Not the prepositions before an organization where things happen
    /// ("bei Arkon", "at Acme") nor the genitive ones ("de", "of").
    /// An elided form keeps its apostrophe.
    pub prepositions: &'static [&'static str],
    /// Whether the subject may follow the finite verb when something
    /// else opens the clause (German verb-second: "Im Mai kaufte Arkon
    /// 20 Flugzeuge").
    pub subject_after_verb: bool,
    /// Whether the verb ends its clause and takes its auxiliaries after it
    /// (Korean "감원할 계획이다" plans to cut, "감원하지 않았다" did not
    /// cut): a modal or negating word right after a trigger marks it.
    pub verb_final: bool,
    /// Whether a modal verb may follow the verb it governs, at the end of
    /// an infinitive or subordinate clause (German "500 Stellen streichen
    /// zu wollen", "dass Acme 500 Stellen streichen will"): a modal word
    /// right after a verb trigger, or after an infinitive particle,
    /// marks it.
    pub modal_after_verb: bool,
    /// Weekday names and their day ("Monday", "Senin", "segunda-feira"):
    /// never names; in a document dated to the day, the latest such day on
    /// or before its date ("said on Tuesday").
    pub weekdays: &'static [(&'static str, Weekday)],
    /// Relative pronouns that open a clause about the name just before them
    /// ("X, que levantou", "X, which raised"); they also break clauses.
    pub relative_pronouns: &'static [&'static str],
    /// Words that start a new clause ("mas", "quando", "que", "enquanto").
    pub clause_breaks: &'static [&'static str],
    /// Where the verb ends the clause, the endings of a verb that close its
    /// clause and link it to the next (Korean "-고", "-며", "-지만":
    /// "사망자는 없었고 | 6명이 다쳤다"): a verb, reporting, negating or
    /// modal word with one ends its clause. Empty elsewhere.
    pub clause_endings: &'static [&'static str],
    /// Words before the agent of a passive ("por", "pelo", "pela").
    pub agent_markers: &'static [&'static str],
    /// What marks a verb as passive: the auxiliary right before it ("was
    /// acquired", "a été rachetée", "fue adquirida", "è stata acquistata")
    /// or, where the verb carries the voice, the passive form itself
    /// ("diakuisisi"). With an agent after it the agent does the act and
    /// the name before is what it is done to ("Acme was acquired by
    /// Globex": Globex buys Acme). Empty where the agent stands before
    /// the verb or takes a case of its own.
    pub passives: &'static [&'static str],
    /// Verbs (and adverbs of a state going on) that make a toll's word
    /// right after them the clause's predicate ("are missing", "still
    /// missing", "estão desaparecidas", "sono dispersi"):
    /// that word tells what befell a count however far before it ("50
    /// people, mostly tourists, are missing"), as a verb does. Empty where
    /// the toll's word is a verb of its own.
    pub copulas: &'static [&'static str],
    /// Verbs whose particle stands apart at the end of their clause, with
    /// the act the two make together (German "baut ... ab" cuts, "stellt
    /// ... ein" hires, "gibt ... aus" spends), or whose noun at the end of
    /// their clause makes them an act (English "claimed 274 lives"): the
    /// finite form as folded, the particle or noun, the predicate. Empty
    /// where neither is written so.
    pub separable_verbs: &'static [(&'static str, &'static str, Predicate)],
    /// Words that follow a noun to point at it ("perusahaan ini"): a
    /// capitalized word alone at the start of a sentence before one is a
    /// common noun, never a name ("Keputusan ini menyebabkan ..."). Empty
    /// where demonstratives come first, and in Vietnamese, whose nouns
    /// before one ("công ty này") have several syllables.
    pub demonstratives_after: &'static [&'static str],
    /// Public bodies a text names by what they are rather than by a name
    /// ("la comisión electoral", "the interior ministry", "Protezione
    /// Civile"), with a key shared by every language ("electoral_commission").
    pub institutions: Phrases<&'static str>,
    /// Where the language capitalizes every noun (German), the words that
    /// open a noun phrase (articles, demonstratives, possessives): a
    /// capitalized word after one is a noun unless the batch names it
    /// alone elsewhere. Empty where only names are capitalized.
    pub noun_determiners: &'static [&'static str],
    /// Where every noun is capitalized, the prepositions fused with an
    /// article ("im", "am", "zum", "beim"): a single capitalized word after
    /// one is a noun ("im Umfang von", "im Vergleich"), unless the batch
    /// names it alone elsewhere, it is a place, or a hyphen joins it to a
    /// compound ("beim Volkswagen-Konzern"). Empty elsewhere.
    pub contracted_articles: &'static [&'static str],
    /// Where nouns are capitalized, the endings of common nouns
    /// ("-ung", "-heit", "-en"): a word after a determiner is taken for a
    /// noun only with one of them, so that "die Lufthansa" stays a name.
    /// Written folded, as the words they end are compared ("itat" for
    /// "-ität").
    pub noun_endings: &'static [&'static str],
    /// Endings that no one-word name has, where a sentence may open with a
    /// word that has one: Russian adjectives before their noun ("Наибольшие
    /// разрушения получил город", "Новые данные показали"), Indonesian words
    /// with the enclitic "-nya" ("Hasilnya suara ..."), English adjectives
    /// ("Economic losses", "Annual revenue"). A capitalized word
    /// that opens a sentence with one of them is no name unless the text
    /// names it alone elsewhere. Empty where names and such words share
    /// endings.
    pub adjective_endings: &'static [&'static str],
    /// A prefix and a suffix that together make a common noun of a root,
    /// where a sentence may open with one (Indonesian "ke-...-an", "pe-...-an":
    /// "Keputusan untuk memangkas", "Perkiraan awal biaya"): a capitalized
    /// word that opens a sentence with both is no name unless the text
    /// names it alone elsewhere. Empty where no such affixes are.
    pub noun_affixes: &'static [(&'static str, &'static str)],
    /// Words before a part of a figure just given ("including", "dont",
    /// "termasuk", "darunter"): "38,000 employees, including 1,800 in
    /// Cikarang" states one figure, not two.
    pub part_markers: &'static [&'static str],
    /// Words after a part of the injured that say it is hurt seriously
    /// ("1,220 of them seriously", "dont 51 grièvement", "1.220 der
    /// Verletzten schwebten in Lebensgefahr"): that part counts the
    /// seriously injured ([`crate::schema::Predicate::SeriouslyInjured`]).
    pub severities: &'static [&'static str],
    /// Words before the recipient of a delivery ("to", "para a", "an",
    /// "kepada"): "delivered 30 jets to Qantas" is also Qantas receiving them.
    pub recipient_markers: &'static [&'static str],
    /// Prepositions before the place where something happens ("em", "no",
    /// "in", "à", "di"): a name right after one is where a toll is counted.
    pub locatives: &'static [&'static str],
    /// Adverbs of place that refer to the last place named ("dort",
    /// "allí", "di sana"): a toll in a clause with one is counted there.
    /// Only forms that are never existential: English "there" is left out
    /// ("there were 5 dead").
    pub place_anaphors: &'static [&'static str],
    /// Relative words of place ("where", "donde", "di mana"): a toll in the
    /// clause one opens is counted at the name right before it ("followed
    /// by Taroudant, where 452 died").
    pub place_relatives: &'static [&'static str],
    /// Relative words of time ("when", "lorsque", "cuando", "ketika"): a
    /// clause one opens right after a time, perhaps past a comma, is of
    /// that time ("the worst flood since 1957, when 81 people died"; "celui
    /// de 2010, lorsqu'un avion ... causant la mort de 158 personnes").
    /// Only words that open a clause of their own
    /// ([`Lexicon::clause_breaks`]).
    pub time_relatives: &'static [&'static str],
    /// Words that open a sentence telling who gave what the sentence before
    /// it said ("Lo ha riferito il ministero", "Das teilte das Ministerium
    /// mit", "Data korban ini disampaikan Kementerian"): that sentence's
    /// figures are the speaker's.
    pub report_anaphors: &'static [&'static str],
    /// Case endings a one-word name takes in running text, where the
    /// language inflects names ("Газпрома", "Газпромом", "Роснефти"): two
    /// names of a batch that differ only by them are one entity, keyed by
    /// the form whose ending comes first here (so nominative endings come
    /// first); and a name right after a measure noun is its owner in the
    /// genitive, with no particle ("Выручка Яндекса"). Empty where names
    /// do not inflect.
    pub name_endings: &'static [&'static str],
    /// Whether a name right after a noun is that noun's owner with no
    /// particle and no case ending (Indonesian "suara Prabowo", Prabowo's
    /// votes; "pendapatan Acme", Acme's revenue): a name right after a
    /// measure noun is its owner.
    pub genitive_by_position: bool,
    /// Words between a figure and a larger one that is its whole ("2,472
    /// of the 16,086 residents", "3 dari 10 korban", "12 sur 40"): the
    /// second figure counts the whole, not what the sentence says befell
    /// the part, and makes no claim.
    pub part_of: &'static [&'static str],
    /// Words between two figures that state one thing in two measures
    /// ("10% of its workforce, or about 17,000 people", "soit 10 %", "10
    /// persen atau sekitar 17 ribu pekerja"): the second figure is the
    /// first one's claim told again, never a count of its own.
    pub restatements: &'static [&'static str],
    /// Words of finding or recovering ("found", "repêchés", "geborgen",
    /// "ditemukan"): a count of bodies is a count of the dead found only
    /// with one of them near it ("divers recovered two bodies"); bodies
    /// handed over or identified count no toll.
    pub finds: &'static [&'static str],
    /// Verbs of a disaster striking a place, as written before the place
    /// ("struck", "azotó", "a frappé", "atingiu", "melanda"): a toll that
    /// names no place of its own in a sentence that says where the
    /// disaster struck is that place's ("The typhoon, which hit China's
    /// Hainan province, led to the deaths of four people"). Left empty
    /// where the verb follows the place (ja, ko).
    pub strikes: &'static [&'static str],
    /// Where the language writes foreign names in a script of their own
    /// that has no case (Japanese katakana), the words right after such a
    /// word that make it a name when the lexicon does not know the word:
    /// topic and subject particles ([`Lexicon::particles`]: "ベルモラは",
    /// "ノルビクが"), which mark a word the text writes more than once,
    /// and titles ("ノルビク社"), which mark any. Words of that script
    /// joined by a middle dot are one name ("セルヒオ・ノルビク"). Empty
    /// elsewhere: a name in a script without case comes from the caller's
    /// knowledge base.
    pub foreign_name_marks: &'static [&'static str],
    /// Genitive particles of a language that puts the possessor before
    /// what it owns ("的", "の", "의"): a measure's figure right after
    /// one is the name's before it ("诺维克(Tom Norvik)的26.6%",
    /// "ロウ氏の36.78%"), past a title and a gloss in brackets. Empty
    /// where the possessor follows: there the holder is named after the
    /// figure ("41,8% de Ana Duarte").
    pub genitives: &'static [&'static str],
    /// Lowercase articles that open a name, joined to it by a hyphen, as
    /// Arabic names are transliterated ("al-Norvik", "el-Belmora", "аль-Норвик"):
    /// the name starts with them. Empty where names are not so written.
    pub name_prefixes: &'static [&'static str],
    /// Words that set what follows them apart from a figure ("besides",
    /// "außer", "además de", "selain", "кроме", "除", "이외에"; where the
    /// verb ends the clause they follow what they set apart): a measure
    /// word they govern with no figure of its own names what a figure is
    /// not ("besides those confirmed dead, 10,100 are missing").
    pub exclusions: &'static [&'static str],
    /// Words of exception ("except", "with the exception of", "salvo",
    /// "à l'exception de", "tranne", "kecuali"): a figure they govern
    /// through a link or two counts those an act spared, not its count
    /// ("all 181 died except two crew members"). Empty where such a word
    /// follows what it governs or also means "besides" ("außer", "кроме").
    pub exceptions: &'static [&'static str],
    /// Modal verbs of hearsay that tell a plan of an act to come ("soll",
    /// "sollen": "20.000 Stellen sollen wegfallen" is planned, "sollen
    /// gestorben sein" hearsay): before an act's trigger (no toll, no
    /// measure) with no perfect auxiliary after it in its clause
    /// ([`Lexicon::perfect_auxiliaries`]), the modal makes the act
    /// planned. Empty where the language has none.
    pub plan_modals: &'static [&'static str],
    /// Auxiliaries of a perfect infinitive ("sein", "haben", "worden"): after
    /// the act in the clause of a plan modal, they make it hearsay of a
    /// deed ("soll 500 Stellen gestrichen haben").
    pub perfect_auxiliaries: &'static [&'static str],
    /// Conditional auxiliaries of hearsay that, right after a reporting
    /// verb and its complementizer, tell a future in the past (Italian
    /// "aveva detto che avrebbe licenziato 9mila dipendenti": said it would
    /// lay off): a plan, not hearsay. Empty where the language writes that
    /// future with the verb's own ending ("dijo que despediría") and its
    /// compound conditional is hearsay ("habría despedido").
    pub future_in_past: &'static [&'static str],
    /// Present-tense forms of the verbs that cut jobs or costs, folded (lower
    /// case, no diacritics): the word itself, or an auxiliary and the word
    /// ("is laying", "was cutting"). News tells an announced cut in the
    /// present ("Tesla licenzia 14mila persone", "Google entlässt 12.000
    /// Mitarbeiter", "is laying off 4% of its workforce", "said it was
    /// cutting"): the cut is planned until it is done. A form right after
    /// a function word is a noun ("the cuts"). Empty where the verb does
    /// not tell its tense (Indonesian "melakukan PHK").
    pub present_cuts: &'static [&'static str],
    /// Words before a figure told in place of the one that holds, which
    /// the article does not assert: what was expected, planned or
    /// registered ("instead of", "statt", "en lugar de", "au lieu de",
    /// "вместо"): "Statt 1.500 Demonstranten waren es 17.000" asserts no
    /// crowd of 1,500. The figure follows them past at most a few words
    /// and no mark. Empty where the word follows what it sets aside
    /// (zh, ja, ko).
    pub instead: &'static [&'static str],
    /// Words of the figure others expected that a result is measured
    /// against ("analysts' estimates of", "la expectativa de los
    /// analistas", "previstos pelo consenso"), before the figure (a few
    /// words may stand between) or right after it: the benchmark, no claim
    /// of the one whose result it is.
    pub benchmarks: &'static [&'static str],
    /// Words of what befalls forces that is no deployment: suspended,
    /// dismissed, questioned, investigated, charged ("nine officers
    /// suspended", "19 policiers étaient interrogés", "la suspension de
    /// neuf policiers"). A count of police or troops near one, after the
    /// figure past at most a few auxiliaries or before it, counts people
    /// sanctioned, not sent ([`crate::schema::Predicate::Deployed`]).
    pub sanctions: &'static [&'static str],
    /// Words that make what follows them a part of an act ("most of",
    /// "la maggior parte", "sebagian besar", "большинство", "대부분"):
    /// "most of the layoffs" is no lay-off of its own, and "with most of
    /// the layoffs this year" dates a part, not the lay-off. Where the word
    /// may follow its noun (Japanese "解雇の大半"), left empty.
    pub majorities: &'static [&'static str],
    /// Nouns that name a figure as a threshold ("mark", "la cifra de",
    /// "la barre des", "angka", "отметку"): a qualifier before the noun
    /// qualifies the figure ("superó la cifra de 2.500", "surpassed the
    /// 2,500 mark": more than 2,500), and the noun is not what it counts.
    /// Where the noun follows the figure and the verb ends the clause
    /// (Chinese "大关", Japanese "大台"), left empty.
    pub thresholds: &'static [&'static str],
    /// Verbs of reaching a level ("reached", "alcanzó", "a atteint",
    /// "chegou a", "mencapai", "достигло"): a qualifier of nearness right
    /// before one qualifies the figure after it, past its article or a
    /// threshold's noun ("nearly reached 150,000", "hampir mencapai 150
    /// ribu", "casi alcanzó los 150.000": fewer than 150,000). Where the
    /// verb follows its figure (zh, ja, ko), left empty.
    pub reach_verbs: &'static [&'static str],
    /// Nouns for a business transaction or a bid for one ("deal",
    /// "operación", "сделка", "交易", "offer"): a sum of money right after
    /// one or shortly before it ("the $12.5 billion deal", "сумма сделки
    /// оценивается в $12,5 млрд", "an offer of $95 per share") is the price
    /// of the one acquisition its document names, when it names one.
    pub deals: &'static [&'static str],
    /// Phrases right after an amount of money that make it a price for one
    /// unit, with that unit ("a share", "por acción", "pro Aktie", "per
    /// saham": [`PerUnit::Share`]), past a bracketed conversion:
    /// "$55 a share" is no price of a whole company or deal; its claim's
    /// object is the unit, a fact apart. Where the phrase comes before its
    /// figure (zh, ja, ko), left empty.
    pub per_unit: &'static [(&'static str, PerUnit)],
    /// Units of land area right after a figure, with the unit each names
    /// ("acres", "Hektar", "km²", "公顷"): the figure is an area
    /// ([`crate::schema::Unit::Area`]), compared with other areas in
    /// hectares, never a count.
    pub area_units: &'static [(&'static str, AreaUnit)],
    /// Words that say staff are affected by something ("affected",
    /// "betroffen", "受影响", "対象"): a count of staff so qualified in a
    /// sentence that tells of a lay-off counts the people laid off, not
    /// the workforce ("about 12,000 employees will be affected").
    pub affected: &'static [&'static str],
    /// Phrases that give the figure right after them as an estimate, past
    /// a conjunction a qualifier cannot cross ("it is estimated that",
    /// "se estimaba que", "on estime que", "по оценкам,"): an exact figure
    /// after one is about that figure, and the phrase is no part of the
    /// figure's mention (its clause starts after it).
    pub estimates: &'static [&'static str],
    /// Words of a forecast ("is expected", "devrait", "dürfte", "预计",
    /// "예상"): a casualty toll or a sum of revenue, profit or loss that
    /// one governs in its clause is foreseen, not stated, so reported ("the
    /// toll is expected to reach 20,000", "expects to report a loss of
    /// $2 a share"), where an act it governs stays planned.
    pub forecasts: &'static [&'static str],
    /// Units of length, area and temperature right after a number ("50 km
    /// from the coast", "290 километрах", "2 m", "51,8 grados"): the figure
    /// measures a distance or a heat, never a count of people or of what
    /// is traded. Not "m" where it is also a scale ("$5m").
    pub units_of_measure: &'static [&'static str],
    /// Marks of an era written right after a year, as written (case
    /// counts: "1445 H" is a Hijri year, "1445 h" is no such thing):
    /// the number is a year, no quantity ("musim haji 1445 H", "500 BC").
    pub eras: &'static [&'static str],
    /// Titles before a person's name that are no part of it ("Mr", "Herr",
    /// "Mme", "Bapak"), matched folded, a period after one skipped: "Herr
    /// Prabowo Subianto" names the person Prabowo Subianto, and "Mrs" alone
    /// names no one. Where the title follows the name (zh, ja, ko), empty.
    pub honorifics: &'static [&'static str],
    /// Words that pair a list of names with a list of figures in order
    /// ("respectively", "respectivamente", "beziehungsweise"): "A and B
    /// respectively received 25% and 16%" gives A 25% and B 16%.
    pub respectively: &'static [&'static str],
    /// Lowercase words that may stand inside a name ("de", "do", "da", "dos").
    pub name_particles: &'static [&'static str],
    /// Administrative words that name the kind of a place and are no part of
    /// its key ("provinsi" in "Provinsi Lamora", "province" in "Lamora Province").
    pub place_words: &'static [&'static str],
    /// Country and region names, abbreviations and demonym phrases, with a
    /// canonical key ("eua" "us", "estados unidos" "us", "china" "cn").
    pub places: Phrases<&'static str>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_maps_each_language_to_its_own_lexicon() {
        for &lang in Lang::ALL {
            assert_eq!(lang.lexicon().lang, lang, "{lang}");
        }
    }

    /// Place keys every language may lack, each with its reason. A key
    /// missing from one language cannot match the same place named in
    /// another, so every exception is a known gap.
    const PLACE_KEY_EXCEPTIONS: &[(Lang, &str, &str)] = &[
        // Grenada is "Granada" in Spanish and Portuguese, the name of a
        // Spanish city far more often in the news; the demonym is the city's too.
        (Lang::Es, "gd", "Granada is the Spanish city"),
        (Lang::Pt, "gd", "Granada is the Spanish city"),
    ];

    #[test]
    fn every_language_names_the_same_places() {
        use std::collections::BTreeSet;
        let keys = |lang: Lang| -> BTreeSet<&str> { lang.lexicon().places.iter().map(|&(_, k)| k).collect() };
        let all: BTreeSet<&str> = Lang::ALL.iter().flat_map(|&l| keys(l)).collect();
        let regions = ["eu", "asia", "africa", "latam"];
        for k in &all {
            let iso = k.len() == 2 && k.bytes().all(|b| b.is_ascii_lowercase());
            assert!(iso || regions.contains(k), "place key {k:?} is neither ISO 3166-1 alpha-2 nor a region");
        }
        // Every UN member state plus the Holy See and Palestine, at least.
        assert!(all.len() >= 195 + regions.len(), "{} place keys", all.len());
        for &lang in Lang::ALL {
            let have = keys(lang);
            let excused: BTreeSet<&str> = PLACE_KEY_EXCEPTIONS.iter().filter(|e| e.0 == lang).map(|e| e.1).collect();
            let missing: Vec<&str> = all.difference(&have).filter(|k| !excused.contains(*k)).copied().collect();
            assert!(missing.is_empty(), "{lang} has no place for {missing:?}");
            let stale: Vec<&str> = excused.intersection(&have).copied().collect();
            assert!(stale.is_empty(), "{lang} names {stale:?}: drop the exception");
        }
    }

    #[test]
    fn place_phrases_are_unambiguous() {
        use std::collections::HashMap;
        for &lang in Lang::ALL {
            let lex = lang.lexicon();
            let compiled = lang.compiled();
            let mut seen: HashMap<String, &str> = HashMap::new();
            for &(phrase, key) in lex.places {
                assert_eq!(phrase, phrase.to_lowercase(), "{lang}: write {phrase:?} in lower case");
                let fold = |s: &str| crate::text::fold_as(s, lex.keep_marks);
                let folded = fold(phrase);
                if let Some(other) = seen.insert(folded.clone(), key) {
                    assert_eq!(other, key, "{lang}: {phrase:?} names two places");
                }
                assert!(!compiled.is_function_word(&folded), "{lang}: {phrase:?} is a function word");
                let month = lex.months.iter().any(|&(m, _)| fold(m) == folded);
                let number = lex.numbers.iter().any(|&(n, _)| fold(n) == folded);
                assert!(!month && !number, "{lang}: {phrase:?} is a month or a number word");
            }
        }
    }
}

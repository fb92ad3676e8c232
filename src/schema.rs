//! The canonical schema: documents in, claims and findings out.
//!
//! Every type here is `Serialize` and `Deserialize`, so a report can be
//! written as JSON and read back, and claims extracted by other tools can be
//! fed to the comparator alone (see [`crate::compare_claims`]).

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;
use crate::lang::{Lang, LangCode};

/// One article to check.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The caller's identifier; unique within one check.
    pub id: String,
    /// The full text, any UTF-8.
    pub text: String,
    /// The language, as the caller declares it; detected from the text when
    /// absent. A code of a language the crate does not support makes the
    /// document skipped (or an error in a strict check).
    #[serde(default)]
    pub lang: Option<LangCode>,
    /// The publication date; read from a dateline at the top of the text
    /// when absent, else the checker's default, else unknown.
    #[serde(default)]
    pub published: Option<PartialDate>,
}

impl Document {
    /// A document with no language or date given.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document { id: id.into(), text: text.into(), lang: None, published: None }
    }

    /// Sets the language.
    pub fn with_lang(mut self, lang: Lang) -> Document {
        self.lang = Some(lang.into());
        self
    }

    /// Declares the language by code, supported or not ("pt", "zh").
    pub fn with_lang_code(mut self, code: LangCode) -> Document {
        self.lang = Some(code);
        self
    }

    /// Sets the publication date.
    pub fn with_published(mut self, date: PartialDate) -> Document {
        self.published = Some(date);
        self
    }

    /// The fields a document is read from as JSON.
    pub const FIELDS: [&'static str; 4] = ["id", "text", "lang", "published"];

    /// The fields of a JSON document object that a [`Document`] does not
    /// read, in the order written: reading the object ignores them, so a
    /// typo (`"langauge"`) would otherwise go unnoticed. Only the names are
    /// read; values are skipped without being kept. Fails when `json` is
    /// not one JSON object.
    ///
    /// ```
    /// use claimcheck::Document;
    ///
    /// let json = r#"{"id": "a", "text": "...", "langauge": "pt"}"#;
    /// assert_eq!(Document::unknown_fields(json)?, ["langauge"]);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn unknown_fields(json: &str) -> Result<Vec<String>, serde_json::Error> {
        /// An object's field names, in order.
        struct Names(Vec<String>);
        impl<'de> Deserialize<'de> for Names {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Names, D::Error> {
                struct V;
                impl<'de> serde::de::Visitor<'de> for V {
                    type Value = Names;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str("a document object")
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Names, A::Error> {
                        let mut names = Vec::new();
                        while let Some(k) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                            map.next_value::<serde::de::IgnoredAny>()?;
                            if !Document::FIELDS.contains(&k.as_ref()) {
                                names.push(k.into_owned());
                            }
                        }
                        Ok(Names(names))
                    }
                }
                d.deserialize_map(V)
            }
        }
        Ok(serde_json::from_str::<Names>(json)?.0)
    }
}

/// A calendar date known to the year, the month or the day.
///
/// Written and serialized as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Read from
/// those, or from an RFC 3339 timestamp ("2024-08-01T14:30:00Z",
/// "2024-08-01T14:30:00+02:00"), whose date part is taken as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The year, 1 to 9999.
    pub year: i32,
    /// The month, 1 to 12, when known.
    pub month: Option<u8>,
    /// The day of the month, valid for the month, when known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// A date known to the year.
    pub fn year(year: i32) -> PartialDate {
        PartialDate { year, month: None, day: None }
    }

    /// A date known to the month. `None` if the month is not 1 to 12.
    pub fn month(year: i32, month: u8) -> Option<PartialDate> {
        (1..=12).contains(&month).then_some(PartialDate { year, month: Some(month), day: None })
    }

    /// Whether two partial dates can denote the same day (one is a prefix of the other).
    pub fn can_equal(&self, other: &PartialDate) -> bool {
        self.year == other.year
            && opt_eq(self.month, other.month)
            && (self.month.is_none() || other.month.is_none() || opt_eq(self.day, other.day))
    }
}

fn opt_eq<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The common dates (years of four digits, months and days of two)
        // in one write, without the formatting machinery.
        let digits = |v: u32, out: &mut [u8]| {
            let mut v = v;
            for b in out.iter_mut().rev() {
                *b = b'0' + (v % 10) as u8;
                v /= 10;
            }
        };
        let (month, day) = (self.month.unwrap_or(0), self.day.unwrap_or(0));
        if (0..=9999).contains(&self.year) && month < 100 && day < 100 {
            let mut buf = *b"0000-00-00";
            digits(self.year as u32, &mut buf[..4]);
            digits(u32::from(month), &mut buf[5..7]);
            digits(u32::from(day), &mut buf[8..]);
            let len = match (self.month, self.day) {
                (None, _) => 4,
                (Some(_), None) => 7,
                (Some(_), Some(_)) => 10,
            };
            return f.write_str(std::str::from_utf8(&buf[..len]).unwrap_or_default());
        }
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = Error;

    fn from_str(s: &str) -> Result<PartialDate, Error> {
        let bad = || Error::InvalidDate { input: s.to_string() };
        let trimmed = s.trim();
        // An RFC 3339 timestamp ("2024-08-01T14:30:00+02:00"): the date as
        // written, in the writer's own offset, is the day published.
        let date = match trimmed.as_bytes().get(10) {
            Some(b'T' | b't' | b' ') if trimmed.is_char_boundary(10) && rfc3339_time(&trimmed[11..]) => &trimmed[..10],
            Some(_) => return Err(bad()),
            None => trimmed,
        };
        let mut parts = date.split('-');
        let mut field = |len: usize| -> Result<Option<u32>, Error> {
            match parts.next() {
                None => Ok(None),
                Some(p) if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(p.parse().map_err(|_| bad())?))
                }
                Some(_) => Err(bad()),
            }
        };
        let year = field(4)?.ok_or_else(bad)?;
        let month = field(2)?;
        let day = field(2)?;
        if parts.next().is_some() || year == 0 {
            return Err(bad());
        }
        let year = year as i32;
        let month = match month {
            Some(m) if (1..=12).contains(&m) => Some(m as u8),
            Some(_) => return Err(bad()),
            None => None,
        };
        let day = match (month, day) {
            (Some(m), Some(d)) if d >= 1 && d <= u32::from(days_in_month(year, m)) => Some(d as u8),
            (_, Some(_)) => return Err(bad()),
            (_, None) => None,
        };
        Ok(PartialDate { year, month, day })
    }
}

/// Whether `s` is the time of an RFC 3339 timestamp, with its offset:
/// `HH:MM:SS`, an optional fraction of a second, then `Z` or `+HH:MM` /
/// `-HH:MM` ("14:30:00Z", "14:30:00.250+02:00"). A leap second (`:60`) is
/// allowed, as RFC 3339 allows it.
fn rfc3339_time(s: &str) -> bool {
    let b = s.as_bytes();
    let two = |at: usize, max: u8| -> bool {
        match b.get(at..at + 2) {
            Some(&[x, y]) if x.is_ascii_digit() && y.is_ascii_digit() => (x - b'0') * 10 + (y - b'0') <= max,
            _ => false,
        }
    };
    if !(two(0, 23) && b.get(2) == Some(&b':') && two(3, 59) && b.get(5) == Some(&b':') && two(6, 60)) {
        return false;
    }
    let mut at = 8;
    if b.get(at) == Some(&b'.') {
        let digits = b[at + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return false;
        }
        at += 1 + digits;
    }
    match b.get(at) {
        Some(b'Z' | b'z') => at + 1 == b.len(),
        Some(b'+' | b'-') => two(at + 1, 23) && b.get(at + 3) == Some(&b':') && two(at + 4, 59) && at + 6 == b.len(),
        _ => false,
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PartialDate, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A span of a document's text and the text it covers.
///
/// `start..end` is a byte range into the document text, on char boundaries.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The text of the span, as written: one string shared by every
    /// claim read from the span (a sentence stating three figures is held
    /// once, not three times). It serializes as a string.
    pub text: Arc<str>,
}

/// A set of real numbers between two bounds; a missing bound is unbounded.
///
/// Invariant: when both bounds are present, `low <= high`, and if they are
/// equal both sides are inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// The lower bound; `None` is minus infinity.
    pub low: Option<f64>,
    /// The upper bound; `None` is plus infinity.
    pub high: Option<f64>,
    /// Whether `low` itself belongs to the interval.
    pub low_inclusive: bool,
    /// Whether `high` itself belongs to the interval.
    pub high_inclusive: bool,
}

impl Interval {
    /// The single value `v`.
    pub fn point(v: f64) -> Interval {
        Interval { low: Some(v), high: Some(v), low_inclusive: true, high_inclusive: true }
    }

    /// `[low, high]`, both inclusive.
    pub fn closed(low: f64, high: f64) -> Interval {
        Interval { low: Some(low), high: Some(high), low_inclusive: true, high_inclusive: true }
    }

    /// Whether the interval holds exactly one value.
    pub fn is_point(&self) -> bool {
        matches!((self.low, self.high), (Some(a), Some(b)) if a == b)
    }
}

/// How a quantity's written qualifier bounds its value.
///
/// The interval each one gives, for a written value `v` of a non-negative
/// unit (`r` is the rounding of the written form, see [`Quantity::rounding`]):
///
/// | qualifier | examples | interval |
/// |---|---|---|
/// | `exact` | "100.000" | `[v, v]` |
/// | `only` | "apenas 30 mil", "solo", "hanya" | `[v, v]`, said as a small value |
/// | `more_than` | "mais de", "lebih dari", "oltre", "over" | `(v, +inf)` |
/// | `less_than` | "menos de", "kurang dari", "meno di", "under" | `[0, v)` |
/// | `at_least` | "pelo menos", "setidaknya", "almeno" | `[v, +inf)` |
/// | `at_most` | "até", "hingga", "fino a", "up to" | `[0, v]` |
/// | `about` | "cerca de", "sekitar", "circa", "about" | `[v - d, v + d]`, `d = max(r, 10% of v)` |
/// | `nearly` | "quase", "hampir", "quasi", "almost" | `[v - d, v)`, `d = max(r, 10% of v)` |
/// | `range` | "entre 10 e 20", "10-20" | `[a, b]` |
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// No qualifier: the value as written.
    Exact,
    /// Strictly more than the value.
    MoreThan,
    /// Strictly less than the value.
    LessThan,
    /// The value or more.
    AtLeast,
    /// The value or less.
    AtMost,
    /// Approximately the value.
    About,
    /// Just under the value.
    Nearly,
    /// Exactly the value, stressed as small ("only", "just").
    Only,
    /// Between two written values.
    Range,
}

impl Qualifier {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::MoreThan => "more_than",
            Qualifier::LessThan => "less_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::Only => "only",
            Qualifier::Range => "range",
        }
    }
}

/// A counted thing, as a canonical English key ("chip", "user", "death").
///
/// Keys come from the per-language concept lexicons, so "usuários",
/// "pengguna" and "utenti" are all `user`. A noun no lexicon knows keeps its
/// folded surface form, comparable only within its language.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Concept(pub String);

impl Concept {
    /// Concept keys of people, and of what stands for them in a count
    /// (jobs, households, cases of illness): what a toll or a head count
    /// may count.
    pub const PEOPLE: &'static [&'static str] = &[
        "person",
        "employees",
        "job",
        "passenger",
        "tourist",
        "resident",
        "family",
        "household",
        "migrant",
        "fan",
        "case",
    ];

    /// Concept keys of groups of people a toll counts apart from its
    /// whole: "four children", "drei Beamte", "12 soldados" are a part of
    /// the victims, a fact of its own ("killed 50 people, including 12
    /// children" gives two). A toll of a group names it as its object.
    pub const GROUPS: &'static [&'static str] = &[
        "child",
        "adult",
        "woman",
        "officer",
        "soldier",
        "rescuer",
        "firefighter",
        "personnel",
        "crew",
        "foreigner",
        "student",
    ];

    /// Whether `key` is one of [`Concept::PEOPLE`] or [`Concept::GROUPS`].
    pub fn is_people(key: &str) -> bool {
        Concept::PEOPLE.contains(&key) || Concept::is_group(key)
    }

    /// Concept keys of places a figure may count ("across six states",
    /// "30 villages"): never people, and never what a later bare figure
    /// counts ("six states, including 57 in Belmora" counts no states).
    pub const PLACES: &'static [&'static str] =
        &["state", "county", "province", "country", "region", "district", "city", "town", "municipality", "village"];

    /// Whether `key` is one of [`Concept::PLACES`].
    pub fn is_place(key: &str) -> bool {
        Concept::PLACES.contains(&key)
    }

    /// Whether `key` is one of [`Concept::GROUPS`].
    pub fn is_group(key: &str) -> bool {
        Concept::GROUPS.contains(&key)
    }

    /// Whether `key` names a kind of people a count of people may name
    /// apart from people at large: a group, or passengers ("乘客", "승객":
    /// a part of those aboard).
    pub fn is_kind_of_people(key: &str) -> bool {
        Concept::is_group(key) || key == "passenger"
    }

    /// The key of bodies counted ("two bodies recovered"): the dead
    /// found, whose count is a fact apart from the toll.
    pub const BODY: &'static str = "body";

    /// The key of the costs a cut cuts ("cut costs by $1bn", "réduire
    /// ses dépenses"): the cut's object.
    pub const COST: &'static str = "cost";

    /// The key of companies counted ("two Silicon Valley companies"): no
    /// staff, so no figure of a lay-off or a toll; an object only of a
    /// purchase or a sale.
    pub const COMPANY: &'static str = "company";

    /// Concept keys of the forces an authority sends to an event: a count
    /// of them that nothing else befell is the people deployed
    /// ([`Predicate::Deployed`]). Personnel are a force of mixed or
    /// unnamed kind ("1.200 personel gabungan"); teams are counted as
    /// teams, not people ("40 squadre di soccorso"), so they are a force
    /// but no group of victims.
    pub const FORCES: &'static [&'static str] = &["officer", "soldier", "rescuer", "firefighter", "personnel", "team"];

    /// Whether `key` is one of [`Concept::FORCES`].
    pub fn is_force(key: &str) -> bool {
        Concept::FORCES.contains(&key)
    }
}

impl fmt::Display for Concept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a price for one unit is paid for: "$55 a share", "55 dólares por
/// acción" are [`PerUnit::Share`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PerUnit {
    /// One share of a company.
    Share,
}

impl fmt::Display for PerUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PerUnit::Share => "share",
        })
    }
}

/// A unit of land area: "23,713 acres", "9.500 Hektar", "117 km²".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaUnit {
    /// m².
    SquareMetre,
    /// ha: 10,000 m².
    Hectare,
    /// km²: 100 ha.
    SquareKilometre,
    /// The international acre: 4,046.8564224 m².
    Acre,
    /// The international square mile: 640 acres.
    SquareMile,
}

impl AreaUnit {
    /// How many hectares one of this unit is.
    pub fn hectares(self) -> f64 {
        match self {
            AreaUnit::SquareMetre => 1e-4,
            AreaUnit::Hectare => 1.0,
            AreaUnit::SquareKilometre => 100.0,
            AreaUnit::Acre => 0.404_685_642_24,
            AreaUnit::SquareMile => 258.998_811_033_6,
        }
    }

    /// The unit's symbol.
    pub fn as_str(self) -> &'static str {
        match self {
            AreaUnit::SquareMetre => "m²",
            AreaUnit::Hectare => "ha",
            AreaUnit::SquareKilometre => "km²",
            AreaUnit::Acre => "acre",
            AreaUnit::SquareMile => "sq mi",
        }
    }
}

impl fmt::Display for AreaUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An ISO 4217 currency code, such as `USD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The code if it is three ASCII uppercase letters.
    pub const fn new(code: &str) -> Option<Currency> {
        let b = code.as_bytes();
        if b.len() == 3 && b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase() && b[2].is_ascii_uppercase() {
            Some(Currency([b[0], b[1], b[2]]))
        } else {
            None
        }
    }

    /// The three-letter code.
    pub fn as_str(&self) -> &str {
        // Invariant: three ASCII uppercase letters.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Currency, D::Error> {
        let s = String::deserialize(d)?;
        Currency::new(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid ISO 4217 code: {s:?}")))
    }
}

/// What a quantity counts or measures.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Unit {
    /// A count of things; the concept when the text names it.
    Count {
        /// What is counted, when known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        concept: Option<Concept>,
    },
    /// An amount of money.
    Money {
        /// The currency.
        currency: Currency,
        /// What one such amount is paid for, when it is a price for one
        /// unit ("$55 a share": [`PerUnit::Share`]); `None` for a sum as a whole.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        per: Option<PerUnit>,
    },
    /// A percentage (the value is in percent: 30% is 30).
    Percent,
    /// An area of land, in the unit the text writes: compared with
    /// other areas in hectares.
    Area {
        /// The unit written.
        unit: AreaUnit,
    },
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::Count { concept: Some(c) } => write!(f, "{c}"),
            Unit::Count { concept: None } => f.write_str("count"),
            Unit::Money { currency, per: None } => write!(f, "{currency}"),
            Unit::Money { currency, per: Some(unit) } => write!(f, "{currency}/{unit}"),
            Unit::Percent => f.write_str("%"),
            Unit::Area { unit } => write!(f, "{unit}"),
        }
    }
}

/// A number read in the text, with its qualifier, unit and interval.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The text as written, qualifier and unit included.
    pub text: String,
    /// Byte offset of the first byte of `text` in the document.
    pub start: usize,
    /// Byte offset one past the last byte of `text` in the document.
    pub end: usize,
    /// The value as written, scale applied ("1,5 milhão" is 1500000). For a
    /// range, the lower value.
    pub value: f64,
    /// The values the text allows.
    #[serde(flatten)]
    pub interval: Interval,
    /// The written qualifier.
    pub qualifier: Qualifier,
    /// What is counted or measured.
    pub unit: Unit,
    /// The place value of the last digit the written form states: "100 mil"
    /// and "100.000" are rounded to 1000, "1,5 milhão" to 100000, "2022" to 1.
    pub rounding: f64,
    /// True when the written value is beyond what an `f64` holds exactly
    /// enough to be compared (over 1e300): the value is then saturated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub saturated: bool,
}

/// How a time expression bounds the fact it dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeRelation {
    /// At or during the time ("em julho", "in 2023").
    At,
    /// From the time on ("desde 2022", "sejak", "dal").
    Since,
    /// Up to the time, as a deadline or a tally so far ("até julho", "by July", "to date").
    By,
}

/// A time the text names relative to its own publication.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelativeTime {
    /// The publication day ("now", "to date", "até agora").
    Now,
    /// The year of publication ("this year", "este ano", "tahun ini").
    ThisYear,
    /// The year before ("last year", "tahun lalu", "l'anno scorso").
    LastYear,
    /// The year after ("next year", "l'année prochaine", "tahun depan"):
    /// the time of a plan.
    NextYear,
    /// The month of publication ("this month", "bulan ini").
    ThisMonth,
    /// A part of the publication day, the time of an act told on it ("this
    /// morning", "questa mattina", "ce matin"): the day, not a bound.
    ThisMorning,
}

/// When a fact happened, as the text gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TimeValue {
    /// A calendar date (possibly partial).
    Absolute {
        /// The date.
        date: PartialDate,
    },
    /// A month named without a year ("em julho", "pada bulan Juli") in a
    /// document whose date is unknown.
    Month {
        /// The month, 1 to 12.
        month: u8,
    },
    /// A time relative to the publication date, which is unknown.
    Relative {
        /// Which relative time.
        to: RelativeTime,
    },
    /// The months `first` to `last` of a year, both included: a quarter
    /// ("second quarter", "deuxième trimestre": 4 to 6), a half ("first
    /// half", "primer semestre": 1 to 6), the first nine months, or a span
    /// of months ("between April and September 2024"). A figure over a
    /// span is no figure of another span or of one of its months: the
    /// profit of the second quarter is not that of the first half.
    Span {
        /// The year, 1 to 9999.
        year: i32,
        /// The first month, 1 to 12.
        first: u8,
        /// The last month, `first` to 12.
        last: u8,
    },
    /// The years `first` to `last`, both included: an act spread over
    /// them ("between 2027 and 2030", "entre 2027 y 2032", "zwischen 2027
    /// und 2030"), of no one year of them.
    Years {
        /// The first year, 1 to 9999.
        first: i32,
        /// The last year, after `first`, at most 9999.
        last: i32,
    },
}

impl TimeValue {
    /// Whether two times can denote the same period. Two spans can when
    /// they are the same months of the same year; a span and a date when
    /// the date is the span's year, or a month in it; a span of years and
    /// a date or a span of months when their year is one of its years.
    pub fn compatible(&self, other: &TimeValue) -> bool {
        match (self, other) {
            (TimeValue::Absolute { date: a }, TimeValue::Absolute { date: b }) => a.can_equal(b),
            (TimeValue::Month { month }, TimeValue::Absolute { date })
            | (TimeValue::Absolute { date }, TimeValue::Month { month }) => date.month.is_none_or(|m| m == *month),
            (TimeValue::Month { month: a }, TimeValue::Month { month: b }) => a == b,
            (TimeValue::Span { .. }, TimeValue::Span { .. }) => self == other,
            (TimeValue::Span { year, first, last }, TimeValue::Absolute { date })
            | (TimeValue::Absolute { date }, TimeValue::Span { year, first, last }) => {
                date.year == *year && date.month.is_none_or(|m| (*first..=*last).contains(&m))
            }
            (TimeValue::Span { first, last, .. }, TimeValue::Month { month })
            | (TimeValue::Month { month }, TimeValue::Span { first, last, .. }) => (*first..=*last).contains(month),
            (TimeValue::Years { .. }, TimeValue::Years { .. }) => self == other,
            (TimeValue::Years { first, last }, TimeValue::Absolute { date })
            | (TimeValue::Absolute { date }, TimeValue::Years { first, last }) => (*first..=*last).contains(&date.year),
            (TimeValue::Years { first, last }, TimeValue::Span { year, .. })
            | (TimeValue::Span { year, .. }, TimeValue::Years { first, last }) => (*first..=*last).contains(year),
            _ => true,
        }
    }

    /// Whether the time is known on the calendar: a date, a span of
    /// months of a known year or a span of years.
    pub fn is_dated(&self) -> bool {
        matches!(self, TimeValue::Absolute { .. } | TimeValue::Span { .. } | TimeValue::Years { .. })
    }
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeValue::Absolute { date } => write!(f, "{date}"),
            TimeValue::Month { month } => write!(f, "month {month} (year unknown)"),
            TimeValue::Span { year, first, last } => write!(f, "{year}-{first:02} to {year}-{last:02}"),
            TimeValue::Years { first, last } => write!(f, "{first} to {last}"),
            TimeValue::Relative { to } => f.write_str(match to {
                RelativeTime::Now => "publication date",
                RelativeTime::ThisYear => "year of publication",
                RelativeTime::LastYear => "year before publication",
                RelativeTime::NextYear => "year after publication",
                RelativeTime::ThisMonth => "month of publication",
                RelativeTime::ThisMorning => "day of publication",
            }),
        }
    }
}

/// A time expression read in the text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct TimeRef {
    /// The text as written.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// How the time bounds the fact.
    pub relation: TimeRelation,
    /// The time, resolved against the publication date when it is known.
    pub value: TimeValue,
}

/// What kind of thing an entity is, as far as the text shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A company, agency, party, team or other body.
    Organization,
    /// A person.
    Person,
    /// A country, region or city.
    Place,
    /// A model or product code: letters with digits ("737MAX", "A320neo").
    Code,
}

/// A mention of an entity in one claim.
///
/// Key and text are shared strings, as in [`EntityMention`]: the claims of
/// a check that name one entity (one written form) hold one string. They
/// serialize as plain strings.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EntityRef {
    /// The stable normalized key shared across documents and languages.
    pub key: Arc<str>,
    /// The surface form in this mention.
    pub text: Arc<str>,
}

/// An entity seen in the documents.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Entity {
    /// The stable normalized key: case, diacritics, punctuation and
    /// possessives folded, country names mapped to one key.
    pub key: String,
    /// The display name: the most frequent surface form.
    pub name: String,
    /// What kind of entity it is.
    pub kind: EntityKind,
    /// The surface forms seen, by source, sorted.
    pub surfaces: Vec<Surface>,
}

/// A surface form of an entity in one source.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Surface {
    /// The document id.
    pub source: String,
    /// The form as written.
    pub text: String,
}

/// The canonical predicates: what a claim says happened.
///
/// Serialized as lowercase English lemmas. Different predicates are
/// different facts; [`Predicate::family`] groups the few that describe one
/// act at different stages (planning, developing, training a thing).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Predicate {
    Order,
    Buy,
    Receive,
    Sell,
    Ship,
    Invest,
    Spend,
    Raise,
    Revenue,
    Profit,
    Loss,
    Users,
    Employees,
    Hire,
    LayOff,
    /// A cut of something other than jobs: rates, prices, output, a
    /// budget. A cut whose figure counts people or jobs is a
    /// [`Predicate::LayOff`].
    Cut,
    Price,
    Deaths,
    Injured,
    /// The injured in a serious or critical condition ("1,404 in serious
    /// condition", "schwer verletzt", "feriti gravi"): a part of the
    /// injured, a fact of its own, never weighed against their toll.
    SeriouslyInjured,
    Missing,
    /// The people a disease infected, counted as cases ("more than 14,000
    /// cases", "15.664 cas suspects", "14.479 contaminations", "lebih dari
    /// 15 ribu kasus"): a tally counted where the story happened, as a toll
    /// is, never a toll of the dead. Read only in a document that names a
    /// disease or an outbreak ([`crate::lang::Lexicon::diseases`]): "89
    /// missing-person cases" in a flood story are none.
    Cases,
    /// The people who survived an event that killed others aboard or around
    /// them ("only one of the 242 survived", "un survivant", "hanya satu
    /// orang selamat"): a fact of its own, never a toll of the dead.
    Survivors,
    /// The victims identified ("identified 135 victims", "92 vítimas já
    /// foram identificadas", "32 Opfer identifiziert"): a running count of
    /// its own, never a toll of the dead.
    Identified,
    Evacuated,
    /// The people aboard a craft when the event befell it ("242 people on
    /// board", "carrying 242 people", "241 of the 242 on board"): its
    /// passengers and crew, never a toll of the dead.
    OnBoard,
    /// The people or things an event or an act affected, hit or disrupted:
    /// "the update affected 8.5 million devices", "10,000 people were
    /// affected by the eruption". In a sentence that tells of a lay-off,
    /// staff counted as affected are the people laid off
    /// ([`Predicate::LayOff`]).
    Affected,
    /// The land an event burned, flooded or covered ("the fire has burned
    /// 23,713 acres", "9.500 Hektar Fläche verwüstet"): its figure is an
    /// area ([`Unit::Area`]).
    Area,
    Arrested,
    /// The people an authority sent or mobilised to an event: soldiers,
    /// police officers, rescuers ("deployed more than 1,200 soldiers",
    /// "5 000 soldats supplémentaires", "Sekitar 1.000 tentara"). Its
    /// object is the force counted ([`Concept::FORCES`]): soldiers and
    /// police officers are two facts.
    Deployed,
    /// Money given, pledged or released to help the people or places an
    /// event hit, or as aid to a country: "an aid package of 10.6 billion
    /// euros", "pledged $50 million in emergency aid", "bantuan sebesar 10
    /// miliar rupiah". Its figure is an amount of money; a count is never
    /// its figure ("20 aid workers" are no aid).
    Aid,
    Votes,
    Turnout,
    /// The people who took part in an event: the crowd of a protest or a
    /// rally, the volunteers of a trial.
    Participants,
    Valuation,
    Launch,
    Develop,
    Plan,
    Build,
    Train,
    Use,
    Restrict,
    Export,
    Own,
    DeclineComment,
}

impl Predicate {
    /// Every predicate, in order.
    pub const ALL: &'static [Predicate] = &[
        Predicate::Order,
        Predicate::Buy,
        Predicate::Receive,
        Predicate::Sell,
        Predicate::Ship,
        Predicate::Invest,
        Predicate::Spend,
        Predicate::Raise,
        Predicate::Revenue,
        Predicate::Profit,
        Predicate::Loss,
        Predicate::Users,
        Predicate::Employees,
        Predicate::Hire,
        Predicate::LayOff,
        Predicate::Cut,
        Predicate::Price,
        Predicate::Deaths,
        Predicate::Injured,
        Predicate::SeriouslyInjured,
        Predicate::Missing,
        Predicate::Cases,
        Predicate::Survivors,
        Predicate::Identified,
        Predicate::Evacuated,
        Predicate::OnBoard,
        Predicate::Affected,
        Predicate::Area,
        Predicate::Arrested,
        Predicate::Deployed,
        Predicate::Aid,
        Predicate::Votes,
        Predicate::Turnout,
        Predicate::Participants,
        Predicate::Valuation,
        Predicate::Launch,
        Predicate::Develop,
        Predicate::Plan,
        Predicate::Build,
        Predicate::Train,
        Predicate::Use,
        Predicate::Restrict,
        Predicate::Export,
        Predicate::Own,
        Predicate::DeclineComment,
    ];

    /// The lowercase English lemma used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Predicate::Order => "order",
            Predicate::Buy => "buy",
            Predicate::Receive => "receive",
            Predicate::Sell => "sell",
            Predicate::Ship => "ship",
            Predicate::Invest => "invest",
            Predicate::Spend => "spend",
            Predicate::Raise => "raise",
            Predicate::Revenue => "revenue",
            Predicate::Profit => "profit",
            Predicate::Loss => "loss",
            Predicate::Users => "users",
            Predicate::Employees => "employees",
            Predicate::Hire => "hire",
            Predicate::LayOff => "lay_off",
            Predicate::Cut => "cut",
            Predicate::Price => "price",
            Predicate::Deaths => "deaths",
            Predicate::Injured => "injured",
            Predicate::SeriouslyInjured => "seriously_injured",
            Predicate::Missing => "missing",
            Predicate::Cases => "cases",
            Predicate::Survivors => "survivors",
            Predicate::Identified => "identified",
            Predicate::Evacuated => "evacuated",
            Predicate::OnBoard => "on_board",
            Predicate::Affected => "affected",
            Predicate::Area => "area",
            Predicate::Arrested => "arrested",
            Predicate::Deployed => "deployed",
            Predicate::Aid => "aid",
            Predicate::Votes => "votes",
            Predicate::Turnout => "turnout",
            Predicate::Participants => "participants",
            Predicate::Valuation => "valuation",
            Predicate::Launch => "launch",
            Predicate::Develop => "develop",
            Predicate::Plan => "plan",
            Predicate::Build => "build",
            Predicate::Train => "train",
            Predicate::Use => "use",
            Predicate::Restrict => "restrict",
            Predicate::Export => "export",
            Predicate::Own => "own",
            Predicate::DeclineComment => "decline_comment",
        }
    }

    /// The predicate that stands for this one when grouping claims into
    /// facts: planning, developing, building and training a thing are one
    /// act seen at different stages, so a denial of one meets the others.
    /// Every other predicate is its own family.
    pub fn family(self) -> Predicate {
        match self {
            Predicate::Plan | Predicate::Build | Predicate::Train => Predicate::Develop,
            p => p,
        }
    }

    /// Whether the predicate is an act on people that a count of people
    /// completes ("laid off 15,000 workers", "evacuated 3,000 residents").
    pub fn counts_people(self) -> bool {
        matches!(
            self,
            Predicate::LayOff
                | Predicate::Hire
                | Predicate::Evacuated
                | Predicate::Arrested
                | Predicate::Deployed
                | Predicate::Deaths
                | Predicate::Injured
                | Predicate::SeriouslyInjured
                | Predicate::Missing
                | Predicate::Cases
                | Predicate::Survivors
                | Predicate::Identified
                | Predicate::OnBoard
                | Predicate::Participants
        )
    }

    /// Whether the predicate counts the victims of an event: the dead,
    /// the injured (seriously or not) and the missing.
    pub fn is_casualty(self) -> bool {
        matches!(self, Predicate::Deaths | Predicate::Injured | Predicate::SeriouslyInjured | Predicate::Missing)
    }

    /// Whether the predicate's figure counts heads (people, users, votes),
    /// never money.
    pub fn counts_heads(self) -> bool {
        self.counts_people()
            || matches!(self, Predicate::Employees | Predicate::Users | Predicate::Votes | Predicate::Turnout)
    }

    /// Whether the predicate's figure counts heads or things, never money:
    /// the heads of [`Predicate::counts_heads`] and what an event affected
    /// ("each affected company lost $43.6 million" affected no money).
    pub fn counts_no_money(self) -> bool {
        self.counts_heads() || self == Predicate::Affected
    }

    /// Whether the predicate's figure is an amount of money (or a share of
    /// one): revenue, profit, loss, a price or a fine, a valuation, money
    /// invested, spent or raised. A count of people or jobs is never its
    /// figure.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Predicate::Revenue
                | Predicate::Profit
                | Predicate::Loss
                | Predicate::Price
                | Predicate::Valuation
                | Predicate::Invest
                | Predicate::Spend
                | Predicate::Raise
                | Predicate::Aid
        )
    }

    /// Whether the predicate counts people where the story happened, so
    /// that its subject is the event or the place, never who counted or
    /// acted: a toll ([`Predicate::is_toll`]) or the people arrested
    /// (whoever arrested them: "Authorities have arrested 11 people").
    pub fn is_event_count(self) -> bool {
        self.is_toll() || self == Predicate::Arrested
    }

    /// Whether the predicate is a toll or a tally counted in a place: the
    /// toll of a disaster, the turnout of an election, the crowd of a protest.
    pub fn is_toll(self) -> bool {
        matches!(
            self,
            Predicate::Deaths
                | Predicate::Injured
                | Predicate::SeriouslyInjured
                | Predicate::Missing
                | Predicate::Cases
                | Predicate::Survivors
                | Predicate::Identified
                | Predicate::Evacuated
                | Predicate::OnBoard
                | Predicate::Affected
                | Predicate::Area
                | Predicate::Turnout
                | Predicate::Participants
        )
    }

    /// Whether the predicate is a figure of a company's own: its users,
    /// staff, revenue, profit, loss, price or valuation (a measure that is
    /// neither a toll nor a count of votes or arrests).
    pub fn is_company_own(self) -> bool {
        self.is_measure()
            && !self.is_toll()
            && !matches!(self, Predicate::Votes | Predicate::Arrested | Predicate::Deployed)
    }

    /// Whether the predicate's quantity counts the subject's own people or
    /// things rather than an object it acts on ("10 million users").
    pub fn is_measure(self) -> bool {
        matches!(
            self,
            Predicate::Users
                | Predicate::Employees
                | Predicate::Revenue
                | Predicate::Profit
                | Predicate::Loss
                | Predicate::Price
                | Predicate::Deaths
                | Predicate::Injured
                | Predicate::SeriouslyInjured
                | Predicate::Missing
                | Predicate::Cases
                | Predicate::Survivors
                | Predicate::Identified
                | Predicate::OnBoard
                | Predicate::Evacuated
                | Predicate::Affected
                | Predicate::Area
                | Predicate::Arrested
                | Predicate::Deployed
                | Predicate::Votes
                | Predicate::Turnout
                | Predicate::Participants
                | Predicate::Valuation
        )
    }
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a claim is asserted or denied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// The source states it.
    Affirmed,
    /// The source, or someone it quotes, says it is not so.
    Denied,
}

/// How firmly the claim's act is stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as done or true.
    Asserted,
    /// Stated as intended, planned or under consideration.
    Planned,
    /// Stated as reported by others, in a conditional ("would have ordered").
    Reported,
    /// Asked for, demanded or urged, not done: "asked the supplier to ship
    /// 200,000", "called on X to pay", "pediu", "chiede", "forderte".
    Requested,
    /// Reported but not confirmed by the source that gives it: "could not
    /// confirm", "não pôde confirmar", "unconfirmed reports", "belum dapat
    /// dikonfirmasi".
    Unconfirmed,
}

/// The role of a person who speaks in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A spokesperson or press officer.
    Spokesperson,
    /// A chief executive, president, director or founder of an organization.
    Executive,
    /// A government official, minister, mayor or agency head.
    Official,
    /// Police or military.
    Police,
    /// An analyst, expert or researcher.
    Analyst,
    /// The organizers of a protest, a rally or an event.
    Organizer,
    /// A trade union, or the unions together: "the unions", "le syndicat
    /// CGT", "laut Gewerkschaftsangaben".
    Union,
}

/// Who says a claim, as the text tells.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Attribution {
    /// The speaker's name, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The speaker's role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// The organization the speaker speaks for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<EntityRef>,
    /// Anonymous sourcing, as written ("três fontes", "people familiar with the matter").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anonymous: Option<String>,
    /// A news outlet the text cites for the claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<EntityRef>,
}

impl Attribution {
    /// Whether nothing is known of who says it.
    pub fn is_empty(&self) -> bool {
        *self == Attribution::default()
    }
}

/// The object of a claim: an entity or a counted concept.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Object {
    /// A named entity.
    Entity {
        /// The entity.
        #[serde(flatten)]
        entity: EntityRef,
    },
    /// A concept from the lexicons ("model", "chip", "export").
    Concept {
        /// The concept key.
        concept: Concept,
    },
    /// The people of one country a figure counts by their nationality:
    /// "173 sud-Coréens", "two Indonesian domestic workers", "325
    /// egipcios". A group of the victims, as children are
    /// ([`Concept::GROUPS`]): a part of a toll, a fact of its own, never
    /// the toll of the country (the story may have happened elsewhere).
    Nationals {
        /// The country, by its key and the demonym written.
        #[serde(flatten)]
        country: EntityRef,
    },
}

impl Object {
    /// The key used to group claims: the entity key, the concept, or the
    /// nationals' country.
    pub fn key(&self) -> &str {
        match self {
            Object::Entity { entity } => &entity.key,
            Object::Concept { concept } => &concept.0,
            Object::Nationals { country } => &country.key,
        }
    }

    /// The entity the object names: a named entity, or the nationals'
    /// country.
    pub fn entity(&self) -> Option<&EntityRef> {
        match self {
            Object::Entity { entity } | Object::Nationals { country: entity } => Some(entity),
            Object::Concept { .. } => None,
        }
    }

    /// The entity the object names, to change ([`Object::entity`]).
    pub fn entity_mut(&mut self) -> Option<&mut EntityRef> {
        match self {
            Object::Entity { entity } | Object::Nationals { country: entity } => Some(entity),
            Object::Concept { .. } => None,
        }
    }

    /// Whether the object is a group of people a toll counts apart from
    /// its whole: one of [`Concept::GROUPS`], or nationals.
    pub fn is_group(&self) -> bool {
        match self {
            Object::Concept { concept } => Concept::is_group(&concept.0),
            Object::Nationals { .. } => true,
            Object::Entity { .. } => false,
        }
    }
}

/// Where a line of a document stands in the page's layout, when it is not
/// the body text.
///
/// Headlines, decks and section headers give claims, marked with their
/// zone ([`Claim::zone`]); captions and photo credits, bylines, datelines,
/// update logs and related-link lines give none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Zone {
    /// The first line, when it is short and has no final period.
    Headline,
    /// The standfirst right after a headline: a second short line with no final period.
    Deck,
    /// A short line with no final punctuation inside the text.
    SectionHeader,
    /// A photo caption or credit ("Foto: ...", "(Photo: Reuters)", "© ...").
    Caption,
    /// A byline ("By ...", "Por ...", "Von ...", "Editor: ...").
    Byline,
    /// A line that is only a dateline ("JAKARTA, 1 Oktober 2024").
    Dateline,
    /// An update log line ("- Added report on ...", "Update:", "Atualizado em ...").
    UpdateLog,
    /// A link to another article ("Read more", "Baca juga:", "Leia também"),
    /// and the bulleted lines right after such a heading.
    RelatedLink,
}

impl Zone {
    /// Whether claims read in this zone are kept (marked with it).
    pub fn gives_claims(self) -> bool {
        matches!(self, Zone::Headline | Zone::Deck | Zone::SectionHeader)
    }
}

/// One claim read in one document, in canonical form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// `"<document id>#<n>"`, n counting from 1 in text order.
    pub id: String,
    /// The document id, one string shared by every claim of the document
    /// (and by the findings' values and pairs); it serializes as a string.
    pub source: Arc<str>,
    /// The document's language.
    pub lang: Lang,
    /// Who or what the claim is about.
    pub subject: EntityRef,
    /// What is said of the subject.
    pub predicate: Predicate,
    /// What the predicate acts on, when the text says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<Object>,
    /// The quantity, for numeric claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Quantity>,
    /// When, as the text gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeRef>,
    /// Asserted or denied.
    pub polarity: Polarity,
    /// Done, planned or reported.
    pub modality: Modality,
    /// Who says it.
    #[serde(default, skip_serializing_if = "Attribution::is_empty")]
    pub attribution: Attribution,
    /// The sentence the claim was read from.
    pub evidence: Evidence,
    /// Other sentences of the same source that state the same claim, in
    /// text order: a figure said twice is one claim with two pieces of evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Evidence>,
    /// Where the claim was read when not in the body text: a headline, a
    /// deck or a section header (a claim also stated in the body is body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<Zone>,
    /// Whether a revision in the same sentence replaces this claim's figure
    /// ("the toll was revised from 96 to 71": the claim of 96). The
    /// comparator never judges a superseded figure as a current value.
    #[serde(default, skip_serializing_if = "is_false")]
    pub superseded: bool,
    /// Whether the claim's figure is a part of a figure given right before
    /// it, at a place or of a group of people ("killed 130 people,
    /// including 57 in Belmora", "50 morts, dont douze enfants"): never
    /// the whole of a toll, so never folded into the event's.
    #[serde(default, skip_serializing_if = "is_false")]
    pub part: bool,
}

#[cfg(test)]
impl Claim {
    /// A claim for the unit tests: id `"<source>#1"`, the event as subject,
    /// no object, figure or time, affirmed and asserted, read from the
    /// first byte of its document. Tests change what they need with
    /// struct update syntax.
    pub(crate) fn for_test(source: &str, predicate: Predicate) -> Claim {
        Claim {
            id: format!("{source}#1"),
            source: source.into(),
            lang: Lang::En,
            subject: EntityRef { key: "event".into(), text: "(the event)".into() },
            predicate,
            object: None,
            quantity: None,
            time: None,
            polarity: Polarity::Affirmed,
            modality: Modality::Asserted,
            attribution: Attribution::default(),
            evidence: Evidence { start: 0, end: 1, text: "x".into() },
            also: Vec::new(),
            zone: None,
            superseded: false,
            part: false,
        }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// How two entities are related.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// The first owns the second (parent company, owner).
    Owns,
    /// The first is a part of the second (a unit, a city in a region).
    PartOf,
    /// The two are names of one entity.
    Alias,
}

/// A relation between two entities, stated in a text or given by the caller.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Relation {
    /// What the relation is.
    pub kind: RelationKind,
    /// The first entity (the owner, the part).
    pub from: EntityRef,
    /// The second entity (the owned, the whole).
    pub to: EntityRef,
    /// The document that states it; `None` for the caller's knowledge base.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where the text states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// The comparator's judgement on one fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Sources disagree beyond rounding, or one denies what another asserts.
    Contradict,
    /// Sources differ only within the rounding of their written forms, or
    /// their intervals touch at a boundary.
    Tension,
    /// Sources overlap: one is more precise than another, or they are
    /// reconciled by a relation between entities.
    Compatible,
    /// Sources give the same value.
    Agree,
    /// Only one source reports the fact.
    SingleSource,
}

impl Verdict {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Contradict => "contradict",
            Verdict::Tension => "tension",
            Verdict::Compatible => "compatible",
            Verdict::Agree => "agree",
            Verdict::SingleSource => "single_source",
        }
    }
}

/// What a finding compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// The quantities given for one fact.
    Quantity,
    /// The times given for one fact.
    Time,
    /// Whether the fact is asserted or denied.
    Polarity,
    /// An attribute of a speaker or entity, such as a spokesperson's affiliation.
    Attribute,
    /// Two spellings of one entity across sources.
    NameVariant,
    /// That a fact is reported, when it carries no value to compare.
    Presence,
    /// A note derived from two related facts (received well under what was ordered).
    Derived,
    /// A disputed fact: a claim asserted (often on anonymous sourcing) and
    /// denied by someone the text quotes (its subject, a spokesperson).
    /// [`Finding::sides`] says what each source reports; the outliers are
    /// the sources that state the claim without the denial. A denial in a
    /// source's own voice against another's assertion stays a
    /// [`FindingKind::Polarity`] finding.
    Dispute,
}

/// What a source reports of a disputed fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The assertion only: the source states the claim without its denial.
    Assertion,
    /// The denial only.
    Denial,
    /// Both the assertion and the denial.
    Both,
}

/// One source's side of a disputed fact.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SourceSide {
    /// The source.
    pub source: String,
    /// What it reports.
    pub reports: Side,
}

/// The relation between what two sources say of one fact.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PairVerdict {
    /// One source. Shared: a fact told by n sources has n(n-1)/2 pairs.
    pub a: Arc<str>,
    /// The other source.
    pub b: Arc<str>,
    /// How they relate.
    pub verdict: Verdict,
}

/// One finding of the comparator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The verdict.
    pub verdict: Verdict,
    /// What is compared.
    pub kind: FindingKind,
    /// The fact's subject (entity key).
    pub subject: String,
    /// The fact's predicate; `None` for findings on names alone.
    pub predicate: Option<Predicate>,
    /// The fact's object key, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The sources that speak of the fact, sorted.
    pub sources: Vec<String>,
    /// The claims compared, by id, sorted.
    pub claims: Vec<String>,
    /// For quantity findings, the values a strict majority of the figures
    /// given allow (the intersection of their intervals); `None` when no
    /// value has such a majority: then no source is an outlier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consensus: Option<Interval>,
    /// Sources whose figure is outside the consensus; empty when there is none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outliers: Vec<String>,
    /// How every pair of sources relates; for a fact told by more than 64
    /// sources, how each relates to the consensus (`a` is the consensus's
    /// source), so that the work stays linear in the number of sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pairs: Vec<PairVerdict>,
    /// One sentence in English naming the sources, the values and the
    /// languages, rendered from [`Finding::reasons`] by
    /// [`crate::render::explain`].
    pub explanation: String,
    /// For a [`FindingKind::Dispute`], what each source reports, in source order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sides: Vec<SourceSide>,
    /// Why the finding says what it says, as data.
    #[serde(default, skip_serializing_if = "Reasons::is_empty")]
    pub reasons: Reasons,
}

/// The reasons of a finding, as data: the views and the English
/// explanation ([`Finding::explanation`]) are rendered from them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reasons {
    /// The fact in words, as its first claim writes its subject and object
    /// ("Acme order chip").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fact: String,
    /// What each source gives, in the order the explanation tells them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<Value>,
    /// For quantities: how many figures were compared (one per source, and
    /// per voice in a source of several), saturated ones left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<usize>,
    /// For quantities: how many of them make the consensus.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backers: Option<usize>,
    /// For quantities: the unit the consensus is told in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// For a fact told in several voices: whether the voices' figures
    /// disagree with each other (a disagreement between speakers).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub voices_disagree: bool,
    /// For a running total told on several days: the latest day, whose
    /// figures are current.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<PartialDate>,
    /// For a dispute: who denies, one entry per speaker.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub denied_by: Vec<String>,
    /// For an attribute: the speaker quoted with different affiliations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// For an attribute: the relation that reconciles the affiliations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
    /// For a derived note: what was received, in percent of what was ordered, at most.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<f64>,
    /// For a name variant: the entities named in the same sentences as both.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contexts: Vec<String>,
    /// The claims, by id, that name no object and joined the fact's object
    /// by generalization: the batch, or their own document, names that one
    /// object for the same subject and predicate.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub joined: Vec<String>,
    /// For a fact told in several voices (police and organizers), each
    /// voice's figures compared across sources.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub voices: Vec<VoiceReason>,
    /// Sources whose figure for one voice is another voice's consensus.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub misattributed: Vec<Misattribution>,
}

/// What one source gives for a finding, as the reasons tell it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Value {
    /// The source (the claim's shared string).
    pub source: Arc<str>,
    /// Its language, when the value comes from a claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// The voice, when the source gives the figures of several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voice: Option<String>,
    /// As written: the figure, the time, the affiliation, the name, or a
    /// quote of the evidence; empty when only the source's side counts.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// The figure's values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Interval>,
    /// The figure's unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// The time as written, with its value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeRef>,
    /// The part the value plays in the finding.
    pub role: ValueRole,
    /// How a figure apart from the consensus relates to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<How>,
    /// The day a running total's figure holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
}

impl Value {
    /// A value of `source` (in `lang`, when known) with its `role` and
    /// text, and nothing else.
    pub fn new(source: impl Into<Arc<str>>, lang: Option<Lang>, text: &str, role: ValueRole) -> Value {
        Value {
            source: source.into(),
            lang,
            voice: None,
            text: text.to_string(),
            interval: None,
            unit: None,
            time: None,
            role,
            how: None,
            date: None,
        }
    }
}

/// The part a [`Value`] plays in a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueRole {
    /// A figure that is the consensus itself.
    Consensus,
    /// A current figure other than the consensus (see [`Value::how`]).
    Other,
    /// A figure of a fact with no consensus.
    Figure,
    /// A running total's figure of an earlier day: superseded.
    Superseded,
    /// A figure below what an earlier day already gave: a superseded figure given as current.
    GivenAsCurrent,
    /// What a source says of a fact: a time, an affiliation, a quote, a figure of a voice.
    Said,
    /// A source that asserts a disputed or denied claim.
    Asserted,
    /// A denial, with a quote of its evidence.
    Denied,
    /// What was ordered (a derived note).
    Ordered,
    /// What was received (a derived note).
    Received,
    /// A spelling of the first name of a name variant.
    First,
    /// A spelling of the second name of a name variant.
    Second,
}

/// How a figure relates to the consensus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// The same values.
    Same,
    /// Values that overlap.
    Overlapping,
    /// A value that touches it at a bound one excludes, within rounding.
    TouchesBoundary,
    /// A value just outside it, within the rounding of the written forms.
    JustOutside,
    /// The opposite bound of the same value ("more than 12" against "up to 12").
    OppositeBound,
    /// A value outside it beyond rounding.
    BeyondRounding,
}

/// One voice of a fact told in several voices.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VoiceReason {
    /// The voice: a role ("police", "organizer"), an organization's key, or
    /// a speaker; "the outlet itself" for figures no one is credited with.
    pub voice: String,
    /// The sources that give this voice's figure, sorted.
    pub sources: Vec<String>,
    /// The values a strict majority of them allow, when they do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consensus: Option<Interval>,
    /// The sources whose figure for this voice is outside its consensus.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outliers: Vec<String>,
}

/// A figure credited to one voice that is another voice's figure elsewhere.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Misattribution {
    /// The source.
    pub source: String,
    /// The voice it credits the figure to.
    pub voice: String,
    /// The voice whose consensus the figure is.
    pub matches: String,
}

impl Reasons {
    /// Whether there is nothing in it.
    pub fn is_empty(&self) -> bool {
        *self == Reasons::default()
    }
}

/// What was read in one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentReport {
    /// The document id.
    pub id: String,
    /// The language, given or detected.
    pub lang: Lang,
    /// Whether the language was detected rather than given.
    pub lang_detected: bool,
    /// How sure detection was, 0 to 1, when the language was detected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang_confidence: Option<f64>,
    /// The publication date, given or read from a dateline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// Every quantity read, in text order, also those attached to no claim.
    pub quantities: Vec<Quantity>,
    /// Every time expression read, in text order.
    pub times: Vec<TimeRef>,
    /// Every entity mention read, in text order.
    pub entities: Vec<EntityMention>,
}

/// An entity mention read in a document.
///
/// Its key and text are shared strings: a report names a few hundred
/// entities in tens of thousands of mentions, and every mention of one key
/// (or one written form) in a check holds the same string. They serialize
/// as plain strings.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EntityMention {
    /// The entity's key.
    pub key: Arc<str>,
    /// The text as written.
    pub text: Arc<str>,
    /// What kind of entity it is.
    pub kind: EntityKind,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// The result of a check.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// One entry per input document, sorted by id.
    pub documents: Vec<DocumentReport>,
    /// Entities that claims or relations name, sorted by key.
    pub entities: Vec<Entity>,
    /// Relations stated in the texts or given by the caller, sorted.
    pub relations: Vec<Relation>,
    /// Every claim, sorted by source and position.
    pub claims: Vec<Claim>,
    /// Findings: contradictions first, then tensions, compatible, agreements
    /// and single-source facts; ties by subject, predicate and object.
    pub findings: Vec<Finding>,
    /// Documents left out, with why, in id order (none in a strict
    /// check, see [`crate::Checker::strict`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Skipped>,
}

/// What language detection found for a text
/// ([`crate::detect_language`]).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Detection {
    /// The language found, supported or not; `None` when no language could
    /// be told with enough confidence.
    pub code: Option<LangCode>,
    /// How sure detection is, 0 to 1.
    pub confidence: f64,
}

impl Detection {
    /// The supported language found, if any.
    pub fn lang(&self) -> Option<Lang> {
        self.code.and_then(LangCode::supported)
    }
}

/// A document a check left out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Skipped {
    /// The document id.
    pub id: String,
    /// Why, in words: what a strict check's error would say.
    pub reason: String,
    /// Why, as data.
    pub cause: SkipCause,
}

/// Why a document was left out of a check.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SkipCause {
    /// The text has no letters or digits at all.
    Empty,
    /// No language was given and detection could not tell one with enough
    /// confidence (too little text, or a language it does not know).
    Undetected {
        /// The confidence of the best guess, 0 to 1.
        confidence: f64,
    },
    /// The text is in a language the crate does not support.
    UnsupportedLanguage {
        /// The language detected.
        code: LangCode,
        /// How sure detection was, 0 to 1.
        confidence: f64,
    },
    /// The text is in a supported language the checker was told not to read
    /// ([`crate::Checker::languages`]).
    LanguageNotEnabled {
        /// The language, given or detected.
        lang: Lang,
    },
    /// The text is larger than the checker's limit.
    TooLarge {
        /// Its size in bytes.
        size: usize,
        /// The limit.
        limit: usize,
    },
}

#[cfg(test)]
mod date_tests {
    use super::PartialDate;

    /// The written date is the formatting machinery's, on the fast path
    /// and off it.
    #[test]
    fn dates_print_as_formatted() {
        let expected = |d: &PartialDate| {
            let mut s = format!("{:04}", d.year);
            if let Some(m) = d.month {
                s += &format!("-{m:02}");
                if let Some(day) = d.day {
                    s += &format!("-{day:02}");
                }
            }
            s
        };
        for year in [-12, 0, 7, 99, 2024, 9999, 10000, 123456] {
            for month in [None, Some(0), Some(3), Some(12), Some(99), Some(100), Some(255)] {
                for day in [None, Some(1), Some(31), Some(100)] {
                    let d = PartialDate { year, month, day };
                    assert_eq!(d.to_string(), expected(&d), "{d:?}");
                }
            }
        }
    }
}

//! The evaluation set's files, parsed: `SPLIT`, the articles and their gold
//! claims (the format is fixed in `tests/realworld/README.md`). Every problem
//! is a [`FormatError`] naming the file and the line.

use std::fmt;
use std::path::{Path, PathBuf};

use claimcheck::{AreaUnit, Currency, Lang, PartialDate, Polarity, Predicate, Qualifier};

/// Which part of the set an event belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Split {
    /// Looked at while rules are written.
    Dev,
    /// Looked at only after a batch of rule changes.
    Validation,
    /// Added after the rules were written, blind: only its figures are
    /// read, after a batch of changes. It counts in no scope of the other
    /// splits (`all`, the languages), so that their floors keep the
    /// meaning they had when set; its own floors bound `holdout`.
    Holdout,
    /// Found and labelled blind, like a holdout event, and run once blind
    /// (the figures of that run are in README.md); then read, and rules
    /// were written from its errors. It counts in no other scope, so that
    /// their floors keep their meaning; its own floors bound `blind`.
    Blind,
}

impl Split {
    /// The name used in `SPLIT` and `FLOORS`.
    pub fn as_str(self) -> &'static str {
        match self {
            Split::Dev => "dev",
            Split::Validation => "validation",
            Split::Holdout => "holdout",
            Split::Blind => "blind",
        }
    }
}

/// Which articles of an event one run of the library checks.
///
/// Languages joined the set in steps: seven first (de en es fr id it pt),
/// then Korean, Russian and Vietnamese, then Chinese, then Japanese. So that every floor
/// keeps the meaning it had when it was set, each event is checked once
/// per step, with the articles in the languages of that step and the steps
/// before it, and each run is scored on its own. A language's own figures
/// are those of the run of its step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Coverage {
    /// The articles in de, en, es, fr, id, it and pt.
    Original,
    /// Those and the articles in ko, ru and vi.
    New,
    /// Those and the articles in zh.
    Zh,
    /// Every article, Japanese ones too (and any language added later,
    /// until it gets a step of its own).
    Whole,
}

impl Coverage {
    /// Every coverage, in the order the languages joined.
    pub const ALL: [Coverage; 4] = [Coverage::Original, Coverage::New, Coverage::Zh, Coverage::Whole];

    /// The languages of [`Coverage::Original`].
    pub const ORIGINAL_LANGS: [Lang; 7] = [Lang::De, Lang::En, Lang::Es, Lang::Fr, Lang::Id, Lang::It, Lang::Pt];

    /// The step in which articles in `lang` joined the set.
    pub fn of_lang(lang: Lang) -> Coverage {
        match lang {
            _ if Coverage::ORIGINAL_LANGS.contains(&lang) => Coverage::Original,
            Lang::Ko | Lang::Ru | Lang::Vi => Coverage::New,
            Lang::Zh => Coverage::Zh,
            _ => Coverage::Whole,
        }
    }

    /// Whether an article in `lang` is checked in this coverage.
    pub fn includes(self, lang: Lang) -> bool {
        Coverage::of_lang(lang) <= self
    }

    /// The event with only the articles of this coverage.
    pub fn select(self, event: &Event) -> Event {
        let articles = event.articles.iter().filter(|a| self.includes(a.lang)).cloned().collect();
        Event { name: event.name.clone(), split: event.split, articles }
    }

    /// What `FLOORS` appends to a split's name for this coverage: nothing
    /// for the original languages, `+new` once ko, ru and vi joined, `+zh`
    /// once Chinese did, `+ja` for the whole set.
    pub fn suffix(self) -> &'static str {
        match self {
            Coverage::Original => "",
            Coverage::New => "+new",
            Coverage::Zh => "+zh",
            Coverage::Whole => "+ja",
        }
    }
}

/// A problem in one of the set's files.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatError {
    /// The file.
    pub path: PathBuf,
    /// The line, counting from 1; 0 for the file as a whole.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl FormatError {
    pub fn new(path: &Path, line: usize, message: impl Into<String>) -> FormatError {
        FormatError { path: path.to_path_buf(), line, message: message.into() }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.path.display(), self.message),
            n => write!(f, "{}:{n}: {}", self.path.display(), self.message),
        }
    }
}

/// One article: its header, its text and its gold claims.
#[derive(Clone, Debug)]
pub struct Article {
    /// The file stem (`03_fr`), the document id given to the library.
    pub id: String,
    /// The source URL.
    pub url: String,
    /// The publication date.
    pub date: PartialDate,
    /// The outlet's name.
    pub outlet: String,
    /// The language.
    pub lang: Lang,
    /// The text after the `---` line, exactly.
    pub text: String,
    /// The gold claims, in file order.
    pub gold: Vec<GoldClaim>,
}

/// One event: its articles, sorted by id.
#[derive(Clone, Debug)]
pub struct Event {
    /// The folder name.
    pub name: String,
    /// Dev or validation.
    pub split: Split,
    /// The articles, sorted by id.
    pub articles: Vec<Article>,
}

/// The modality of a gold claim: the library's three and two it may lack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoldModality {
    Asserted,
    Planned,
    Reported,
    Requested,
    Unconfirmed,
}

impl GoldModality {
    /// The name in gold files (and in the library's JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            GoldModality::Asserted => "asserted",
            GoldModality::Planned => "planned",
            GoldModality::Reported => "reported",
            GoldModality::Requested => "requested",
            GoldModality::Unconfirmed => "unconfirmed",
        }
    }
}

/// The unit of a gold figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoldUnit {
    /// No unit: a count.
    Count,
    /// `%`.
    Percent,
    /// An ISO 4217 code.
    Money(Currency),
    /// An area: `acre`, `ha`, `km2`, `sq_mi` or `m2`.
    Area(AreaUnit),
}

/// The figure of a gold claim.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GoldValue {
    pub qualifier: Qualifier,
    /// The value; for a range, the lower end.
    pub value: f64,
    /// The upper end of a range.
    pub high: Option<f64>,
    pub unit: GoldUnit,
}

/// One line of a gold file.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldClaim {
    /// The line in the gold file.
    pub line: usize,
    /// The subject and its alternatives (` / `).
    pub subject: Vec<String>,
    pub predicate: Predicate,
    /// `None` for `-` (any object).
    pub object: Option<String>,
    /// `None` for a claim without a figure.
    pub value: Option<GoldValue>,
    /// `None` when the sentence gives no time.
    pub time: Option<PartialDate>,
    pub polarity: Polarity,
    pub modality: GoldModality,
    pub said_by: Option<String>,
    pub anchor: String,
    pub fact: String,
}

/// The byte ranges where `anchor` occurs in `text` as a whole: not glued to
/// a digit on a digit side nor to a letter on a letter side ("78" is not in
/// "1978", "sete" not in "setembro", but "12,4" is in "Rp12,4").
pub fn occurrences(text: &str, anchor: &str) -> Vec<std::ops::Range<usize>> {
    let same = |a: Option<char>, b: Option<char>| match (a, b) {
        (Some(a), Some(b)) => (a.is_numeric() && b.is_numeric()) || (a.is_alphabetic() && b.is_alphabetic()),
        _ => false,
    };
    text.match_indices(anchor)
        .filter(|(i, a)| {
            let before = text[..*i].chars().next_back();
            let after = text[i + a.len()..].chars().next();
            !same(before, anchor.chars().next()) && !same(after, anchor.chars().next_back())
        })
        .map(|(i, a)| i..i + a.len())
        .collect()
}

/// Parses `SPLIT`: `event split` lines, `#` comments.
pub fn parse_split(path: &Path, content: &str) -> (Vec<(String, Split)>, Vec<FormatError>) {
    let mut events: Vec<(String, Split)> = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in content.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let split = match words.as_slice() {
            [_, "dev"] => Split::Dev,
            [_, "validation"] => Split::Validation,
            [_, "holdout"] => Split::Holdout,
            [_, "blind"] => Split::Blind,
            _ => {
                errors.push(FormatError::new(
                    path,
                    i + 1,
                    format!("want `event dev|validation|holdout|blind`, got {line:?}"),
                ));
                continue;
            }
        };
        if events.iter().any(|(e, _)| e == words[0]) {
            errors.push(FormatError::new(path, i + 1, format!("event {:?} listed twice", words[0])));
            continue;
        }
        events.push((words[0].to_string(), split));
    }
    (events, errors)
}

/// Parses an article file: the header (`url`, `date`, `outlet`, `lang`,
/// each once), the `---` line, then the text. `id` is the file stem.
pub fn parse_article(path: &Path, id: &str, content: &str) -> Result<Article, FormatError> {
    let err = |line: usize, m: String| FormatError::new(path, line, m);
    let mut header: [Option<&str>; 4] = [None; 4];
    const KEYS: [&str; 4] = ["url", "date", "outlet", "lang"];
    let mut offset = 0;
    let mut text = None;
    for (i, line) in content.split_inclusive('\n').enumerate() {
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body == "---" {
            text = Some(&content[offset..]);
            break;
        }
        let Some((key, value)) = body.split_once(':') else {
            return Err(err(i + 1, format!("want `key: value` or `---` in the header, got {body:?}")));
        };
        let Some(k) = KEYS.iter().position(|k| *k == key.trim()) else {
            return Err(err(i + 1, format!("unknown header key {key:?} (want url, date, outlet, lang)")));
        };
        if header[k].replace(value.trim()).is_some() {
            return Err(err(i + 1, format!("header key {key:?} given twice")));
        }
        if value.trim().is_empty() {
            return Err(err(i + 1, format!("header key {key:?} has no value")));
        }
    }
    let text = text.ok_or_else(|| err(0, "no `---` line ends the header".into()))?;
    let [Some(url), Some(date), Some(outlet), Some(lang)] = header else {
        let missing: Vec<&str> = KEYS.iter().zip(header).filter(|(_, v)| v.is_none()).map(|(k, _)| *k).collect();
        return Err(err(0, format!("header lacks {}", missing.join(", "))));
    };
    let date = parse_publication_date(date).map_err(|m| err(0, m))?;
    let lang = parse_lang(lang).map_err(|m| err(0, m))?;
    if text.trim().is_empty() {
        return Err(err(0, "no text after `---`".into()));
    }
    check_stem(id, lang).map_err(|m| err(0, m))?;
    Ok(Article {
        id: id.to_string(),
        url: url.to_string(),
        date,
        outlet: outlet.to_string(),
        lang,
        text: text.to_string(),
        gold: Vec::new(),
    })
}

fn parse_publication_date(s: &str) -> Result<PartialDate, String> {
    let date: PartialDate = s.parse().map_err(|_| format!("date {s:?} is not YYYY-MM-DD or YYYY-MM"))?;
    match date.month {
        Some(_) => Ok(date),
        None => Err(format!("date {s:?} is not YYYY-MM-DD or YYYY-MM")),
    }
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::ALL.iter().copied().find(|l| l.code() == s).ok_or_else(|| {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        format!("lang {s:?} is not one of {}", codes.join(" "))
    })
}

/// The file stem is `NN_<lang>` with the header's language.
fn check_stem(id: &str, lang: Lang) -> Result<(), String> {
    let ok = id
        .split_once('_')
        .is_some_and(|(n, l)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && l == lang.code());
    if ok { Ok(()) } else { Err(format!("file name {id:?} is not NN_{} (the header's language)", lang.code())) }
}

/// Parses a gold file's lines (ten ` | `-separated fields, `#` comments),
/// checking each anchor against the article text.
pub fn parse_gold(path: &Path, content: &str, text: &str) -> (Vec<GoldClaim>, Vec<FormatError>) {
    let mut claims = Vec::new();
    let mut errors = Vec::new();
    let mut comments = 0;
    for (i, line) in content.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            comments += 1;
            continue;
        }
        if trimmed.is_empty() {
            continue;
        }
        match parse_gold_line(i + 1, trimmed) {
            Ok(c) if !text.contains(&c.anchor) => {
                errors.push(FormatError::new(path, i + 1, format!("anchor {:?} is not in the article text", c.anchor)))
            }
            Ok(c) => claims.push(c),
            Err(m) => errors.push(FormatError::new(path, i + 1, m)),
        }
    }
    if claims.is_empty() && errors.is_empty() && comments == 0 {
        errors.push(FormatError::new(path, 0, "no claims and no comment saying why"));
    }
    (claims, errors)
}

/// One gold line: subject | predicate | object | value | time | polarity |
/// modality | said_by | anchor | fact.
pub fn parse_gold_line(line: usize, s: &str) -> Result<GoldClaim, String> {
    let f: Vec<&str> = s.split('|').map(str::trim).collect();
    let [subject, predicate, object, value, time, polarity, modality, said_by, anchor, fact] = f.as_slice() else {
        return Err(format!("want 10 fields separated by ` | `, got {}", f.len()));
    };
    if let Some(n) = f.iter().position(|x| x.is_empty()) {
        return Err(format!("field {} is empty (write `-`)", n + 1));
    }
    let optional = |x: &str| (x != "-").then(|| x.to_string());
    Ok(GoldClaim {
        line,
        subject: parse_subject(subject)?,
        predicate: parse_predicate(predicate)?,
        object: optional(object),
        value: parse_value(value)?,
        time: parse_time(time)?,
        polarity: parse_polarity(polarity)?,
        modality: parse_modality(modality)?,
        said_by: optional(said_by),
        anchor: parse_anchor(anchor)?,
        fact: parse_fact(fact)?,
    })
}

fn parse_subject(s: &str) -> Result<Vec<String>, String> {
    let alts: Vec<String> = s.split(" / ").map(|a| a.trim().to_string()).collect();
    if s == "-" || alts.iter().any(|a| a.is_empty() || a == "-") {
        return Err(format!("subject {s:?}: want a name, `event`, `police` or `authorities` (alternatives by ` / `)"));
    }
    Ok(alts)
}

fn parse_predicate(s: &str) -> Result<Predicate, String> {
    Predicate::ALL.iter().copied().find(|p| p.as_str() == s).ok_or_else(|| format!("unknown predicate {s:?}"))
}

fn parse_qualifier(s: &str) -> Result<Qualifier, String> {
    use Qualifier::*;
    [Exact, Only, MoreThan, LessThan, AtLeast, AtMost, About, Nearly, Range]
        .into_iter()
        .find(|q| q.as_str() == s)
        .ok_or_else(|| format!("unknown qualifier {s:?}"))
}

/// `-`, or `QUALIFIER NUMBER [NUMBER2] [UNIT]`.
fn parse_value(s: &str) -> Result<Option<GoldValue>, String> {
    if s == "-" {
        return Ok(None);
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let qualifier = parse_qualifier(words[0])?;
    let numbers = if qualifier == Qualifier::Range { 2 } else { 1 };
    if words.len() < 1 + numbers || words.len() > 2 + numbers {
        return Err(format!(
            "value {s:?}: want `{} NUMBER{} [UNIT]`",
            words[0],
            if numbers == 2 { " NUMBER2" } else { "" }
        ));
    }
    let value = parse_number(words[1])?;
    let high = if numbers == 2 { Some(parse_number(words[2])?) } else { None };
    if high.is_some_and(|h| h < value) {
        return Err(format!("value {s:?}: the range's ends are reversed"));
    }
    let unit = match words.get(1 + numbers) {
        None => GoldUnit::Count,
        Some(&"%") => GoldUnit::Percent,
        Some(&"acre") => GoldUnit::Area(AreaUnit::Acre),
        Some(&"ha") => GoldUnit::Area(AreaUnit::Hectare),
        Some(&"km2") => GoldUnit::Area(AreaUnit::SquareKilometre),
        Some(&"sq_mi") => GoldUnit::Area(AreaUnit::SquareMile),
        Some(&"m2") => GoldUnit::Area(AreaUnit::SquareMetre),
        Some(u) => GoldUnit::Money(
            Currency::new(u).ok_or_else(|| format!("unit {u:?} is not `%`, an area unit or an ISO 4217 code"))?,
        ),
    };
    Ok(Some(GoldValue { qualifier, value, high, unit }))
}

/// Plain digits with at most one `.` decimal point.
fn parse_number(s: &str) -> Result<f64, String> {
    let plain = s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && s.bytes().filter(|b| *b == b'.').count() <= 1
        && !s.starts_with('.')
        && !s.ends_with('.');
    match s.parse::<f64>() {
        Ok(v) if plain && v.is_finite() => Ok(v),
        _ => Err(format!("number {s:?} is not plain digits with a `.` decimal point")),
    }
}

fn parse_time(s: &str) -> Result<Option<PartialDate>, String> {
    if s == "-" {
        return Ok(None);
    }
    s.parse().map(Some).map_err(|_| format!("time {s:?} is not `-`, YYYY, YYYY-MM or YYYY-MM-DD"))
}

fn parse_polarity(s: &str) -> Result<Polarity, String> {
    match s {
        "affirmed" => Ok(Polarity::Affirmed),
        "denied" => Ok(Polarity::Denied),
        _ => Err(format!("polarity {s:?} is not affirmed or denied")),
    }
}

fn parse_modality(s: &str) -> Result<GoldModality, String> {
    use GoldModality::*;
    [Asserted, Planned, Reported, Requested, Unconfirmed]
        .into_iter()
        .find(|m| m.as_str() == s)
        .ok_or_else(|| format!("modality {s:?} is not asserted, planned, reported, requested or unconfirmed"))
}

fn parse_anchor(s: &str) -> Result<String, String> {
    match s {
        "-" => Err("the anchor is required".into()),
        _ => Ok(s.to_string()),
    }
}

/// A fact label: lower-case letters and digits, `-` between words.
fn parse_fact(s: &str) -> Result<String, String> {
    let ok = s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--");
    if ok { Ok(s.to_string()) } else { Err(format!("fact label {s:?}: want lower-case words joined by `-`")) }
}

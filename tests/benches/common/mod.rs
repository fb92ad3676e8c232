//! A deterministic generator of multilingual news corpora with known
//! agreements and contradictions, shared by `examples/gen_corpus.rs`,
//! `tests/generated.rs` and `tests/benches/throughput.rs` (included with
//! `#[path]`, so there is one copy).
//!
//! Each event is one company and one fact-set, told by 3 to 6 articles in
//! different languages. Every template here was checked against the
//! extractor (see the report in `tests/generated.rs`).

#![allow(dead_code)]

use std::collections::HashSet;
use std::fmt::Write as _;

use claimcheck::{FindingKind, Lang, Predicate, Verdict};

/// splitmix64: tiny, fast, good enough for test data, no dependency.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below((hi - lo + 1) as usize) as u64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

/// One generated article.
#[derive(Clone, Debug)]
pub struct Article {
    pub id: String,
    pub text: String,
    pub lang: Lang,
    pub event: usize,
}

impl Article {
    pub fn document(&self) -> claimcheck::Document {
        claimcheck::Document::new(self.id.clone(), self.text.clone()).with_lang(self.lang)
    }

    /// `{"id","text","lang","event"}`.
    pub fn to_json(&self) -> String {
        serde_json::json!({"id": self.id, "text": self.text, "lang": self.lang.code(), "event": self.event}).to_string()
    }
}

/// A verdict the generator injected for one fact of one event.
#[derive(Clone, Debug, PartialEq)]
pub struct Expected {
    pub event: usize,
    /// The entity key of the company (its name, lowercased).
    pub subject: String,
    pub predicate: Predicate,
    pub kind: FindingKind,
    pub verdict: Verdict,
    /// The article that was made to differ, for contradictions and tensions.
    pub outlier: Option<String>,
    /// What was injected, for messages.
    pub note: String,
}

/// A generated corpus and its ground truth.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub expected: Vec<Expected>,
}

impl Corpus {
    pub fn bytes(&self) -> usize {
        self.articles.iter().map(|a| a.text.len()).sum()
    }

    pub fn event(&self, e: usize) -> impl Iterator<Item = &Article> {
        self.articles.iter().filter(move |a| a.event == e)
    }

    pub fn events(&self) -> usize {
        self.articles.iter().map(|a| a.event + 1).max().unwrap_or(0)
    }

    pub fn to_jsonl(&self) -> String {
        let mut out = String::with_capacity(self.bytes() + self.articles.len() * 64);
        for a in &self.articles {
            out.push_str(&a.to_json());
            out.push('\n');
        }
        out
    }
}

const SYLLABLES: &[&str] = &[
    "zor", "va", "ni", "kel", "bex", "tra", "lom", "dar", "fen", "qui", "mu", "sto", "rix", "pel", "gan", "vo", "tek",
    "sul", "mar", "ob", "xen", "ru", "dal", "kor",
];

/// A capitalized name of 3 syllables (more when the corpus is large).
fn company_name(rng: &mut Rng, used: &mut HashSet<String>) -> String {
    let mut n = 3;
    loop {
        for _ in 0..8 {
            let mut s = String::new();
            for _ in 0..n {
                s.push_str(rng.pick::<&str>(SYLLABLES));
            }
            let mut c = s.chars();
            let name: String = c.next().map(|f| f.to_ascii_uppercase()).into_iter().chain(c).collect();
            if used.insert(name.clone()) {
                return name;
            }
        }
        n += 1;
    }
}

const FIRST: &[&str] =
    &["Maria", "João", "Ana", "Luca", "Giulia", "Budi", "Sari", "Anna", "Jean", "Claire", "Paul", "Eva"];
const LAST: &[&str] = &[
    "Silva", "Santos", "Rossi", "Bianchi", "Santoso", "Wijaya", "Berg", "Martin", "Moreau", "Weber", "Keller", "Costa",
];

/// Groups the digits of `n` by three with `sep`.
pub fn group(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// A language's generator data: the `@` lines of its case table
/// `tests/cases/<code>.txt` (digit group, decimal sign, and the `@gen-`
/// templates). A template a table leaves out is a fact the language does
/// not tell in the generated corpus.
pub struct Gen {
    thousands: String,
    decimal: String,
    /// "milhão", "milhões", and whether a value under two is singular (French).
    million: (String, String, bool),
    /// The word between a scale word and its noun ("de", "di").
    scale_of: Option<String>,
    thousand: Option<String>,
    /// Singular and plural templates of an amount in billions of dollars.
    usd_billions: (String, String),
    more_than: String,
    about: String,
    order: String,
    employees: Option<String>,
    invest: String,
    denial: Option<String>,
    filler: Vec<String>,
}

/// The generator data of a language, read once per process from its case
/// table; panics, naming the file, when a required line is missing.
pub fn gen_data(lang: Lang) -> &'static Gen {
    static DATA: std::sync::OnceLock<Vec<Gen>> = std::sync::OnceLock::new();
    let data = DATA.get_or_init(|| Lang::ALL.iter().map(|&l| read_gen(l)).collect());
    &data[Lang::ALL.iter().position(|&l| l == lang).expect("a language of Lang::ALL")]
}

fn read_gen(lang: Lang) -> Gen {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/cases/{lang}.txt"));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let field = |name: &str| -> Option<String> {
        src.lines()
            .find_map(|l| l.trim().strip_prefix('@')?.trim().strip_prefix(name)?.strip_prefix(':'))
            .map(|v| v.trim().to_string())
    };
    let need = |name: &str| field(name).unwrap_or_else(|| panic!("{}: no @{name} line", path.display()));
    let parts = |v: String| -> Vec<String> { v.split(" | ").map(str::to_string).collect() };
    let group = need("digit-group");
    let thousands = match group.strip_prefix("U+") {
        Some(hex) => u32::from_str_radix(hex, 16).ok().and_then(char::from_u32).map(String::from).unwrap_or_default(),
        None => group,
    };
    let million = parts(need("gen-million"));
    let usd = parts(need("gen-usd-billions"));
    Gen {
        thousands,
        decimal: need("decimal"),
        million: (million[0].clone(), million[1].clone(), million.get(2).is_some_and(|r| r == "below-two")),
        scale_of: field("gen-scale-of"),
        thousand: field("gen-thousand"),
        usd_billions: (usd[0].clone(), usd.get(1).unwrap_or(&usd[0]).clone()),
        more_than: need("gen-more-than"),
        about: need("gen-about"),
        order: need("gen-order"),
        employees: field("gen-employees"),
        invest: need("gen-invest"),
        denial: field("gen-denial"),
        filler: parts(need("gen-filler")),
    }
}

/// A count (multiple of 1000) as the language writes it: grouped digits, or
/// "N mil"/"N ribu"/... for thousands, or "1,2 milhão" for millions.
pub fn count_words(n: u64, lang: Lang, rng: &mut Rng, plural_of: bool) -> String {
    let g = gen_data(lang);
    if n >= 1_000_000 && n % 100_000 == 0 {
        let whole = n / 1_000_000;
        let tenth = (n / 100_000) % 10;
        let num = if tenth == 0 { whole.to_string() } else { format!("{whole}{}{tenth}", g.decimal) };
        let (one, many, below_two) = &g.million;
        let singular = if *below_two { whole < 2 } else { whole == 1 && tenth == 0 };
        let word = if singular { one } else { many };
        // Romance languages put "de"/"di" between a scale word and its noun.
        let of = match &g.scale_of {
            Some(of) if plural_of => format!(" {of}"),
            _ => String::new(),
        };
        return format!("{num} {word}{of}");
    }
    if n % 1000 == 0 && n < 1_000_000 && rng.chance(0.4) {
        if let Some(w) = &g.thousand {
            return format!("{} {w}", n / 1000);
        }
    }
    group(n, &g.thousands)
}

/// An amount of US dollars in billions with at most one decimal (tenths).
pub fn usd_billions(tenths: u64, lang: Lang) -> String {
    let g = gen_data(lang);
    let whole = tenths / 10;
    let t = tenths % 10;
    let num = if t == 0 { whole.to_string() } else { format!("{whole}{}{t}", g.decimal) };
    let template = if tenths < 20 { &g.usd_billions.0 } else { &g.usd_billions.1 };
    template.replace("{num}", &num).replace("{millions}", &group(tenths * 100, &g.thousands))
}

/// The qualifier written before a count, with its space; one written
/// after it is a template on `{n}` ("{n}여").
fn qualifier(lang: Lang, q: Q) -> String {
    let g = gen_data(lang);
    match q {
        Q::Exact => String::new(),
        Q::MoreThan => format!("{} ", g.more_than),
        Q::About => format!("{} ", g.about),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Q {
    Exact,
    MoreThan,
    About,
}

fn order_sentence(lang: Lang, c: &str, q: Q, n: u64, rng: &mut Rng) -> String {
    let mut qual = qualifier(lang, q);
    let mut num = count_words(n, lang, rng, true);
    // A qualifier written after the number ("{n}여": Korean "5,000여 개").
    if let Some(after) = qual.trim_end().strip_prefix("{n}").map(str::to_string) {
        num = format!("{num}{after}");
        qual = String::new();
    }
    gen_data(lang).order.replace("{c}", c).replace("{q}", &qual).replace("{n}", &num)
}

/// Whether the language has an employees template.
fn tells_employees(lang: Lang) -> bool {
    gen_data(lang).employees.is_some()
}

/// Whether the language has a denial template.
fn tells_denial(lang: Lang) -> bool {
    gen_data(lang).denial.is_some()
}

fn employees_sentence(lang: Lang, c: &str, n: u64, rng: &mut Rng) -> String {
    let qual = qualifier(lang, Q::About);
    let num = count_words(n, lang, rng, true);
    let template = gen_data(lang).employees.as_deref().expect("only languages that tell employees");
    template.replace("{c}", c).replace("{q}", &qual).replace("{n}", &num)
}

fn invest_sentence(lang: Lang, c: &str, tenths: u64) -> String {
    gen_data(lang).invest.replace("{c}", c).replace("{amount}", &usd_billions(tenths, lang))
}

fn denial_sentence(lang: Lang, c: &str, rng: &mut Rng) -> String {
    let who = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
    let template = gen_data(lang).denial.as_deref().expect("only languages that tell a denial");
    template.replace("{c}", c).replace("{who}", &who)
}

/// Sentences with no claim.
fn filler(lang: Lang) -> &'static [String] {
    &gen_data(lang).filler
}

/// How one fact of an event is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Every outlet gives the same interval.
    Agree,
    /// One outlet gives a figure 3x the others.
    Triple,
    /// One outlet gives the bare figure where the others say "more than" it.
    Tension,
}

fn mode(rng: &mut Rng, allow_tension: bool) -> Mode {
    match rng.below(if allow_tension { 10 } else { 8 }) {
        0..=4 => Mode::Agree,
        5..=7 => Mode::Triple,
        _ => Mode::Tension,
    }
}

/// Generates `events` events from `seed`.
pub fn generate(seed: u64, events: usize) -> Corpus {
    let mut g = Generator::new(seed);
    for _ in 0..events {
        g.event();
    }
    g.corpus
}

/// Generates events until the texts hold at least `bytes` bytes.
pub fn generate_bytes(seed: u64, bytes: usize) -> Corpus {
    let mut g = Generator::new(seed);
    while g.corpus.bytes() < bytes {
        g.event();
    }
    g.corpus
}

struct Generator {
    rng: Rng,
    used: HashSet<String>,
    corpus: Corpus,
}

impl Generator {
    fn new(seed: u64) -> Generator {
        Generator { rng: Rng::new(seed), used: HashSet::new(), corpus: Corpus::default() }
    }

    fn event(&mut self) {
        let rng = &mut self.rng;
        let e = self.corpus.events();
        let company = company_name(rng, &mut self.used);
        let key = company.to_lowercase();
        let n_articles = rng.range(3, 6) as usize;
        let mut langs = Lang::ALL.to_vec();
        rng.shuffle(&mut langs);
        langs.truncate(n_articles);
        let ids: Vec<String> = langs.iter().map(|l| format!("e{e:05}-{}", l.code())).collect();
        let mut bodies: Vec<Vec<String>> = vec![Vec::new(); n_articles];
        let mut expected = Vec::new();
        let mut push = |predicate, kind, verdict, outlier: Option<usize>, note: String| {
            expected.push(Expected {
                event: e,
                subject: key.clone(),
                predicate,
                kind,
                verdict,
                outlier: outlier.map(|i| ids[i].clone()),
                note,
            });
        };

        // Fact 1: chips ordered this year; maybe one outlet denies it instead.
        let chips = rng.range(2, 90) * 10_000 * if rng.chance(0.2) { 10 } else { 1 };
        let m = mode(rng, true);
        // "More than N" and "more than 3N" overlap: a tripled figure is exact.
        let base_q = match m {
            Mode::Tension => Q::MoreThan,
            Mode::Triple => Q::Exact,
            Mode::Agree if rng.chance(0.5) => Q::MoreThan,
            Mode::Agree => Q::Exact,
        };
        let odd = 1 + rng.below(n_articles - 1);
        let denier = (n_articles >= 4 && rng.chance(0.35))
            .then(|| (1..n_articles).find(|&i| i != odd && tells_denial(langs[i])))
            .flatten();
        for i in 0..n_articles {
            if Some(i) == denier {
                bodies[i].push(denial_sentence(langs[i], &company, rng));
                continue;
            }
            let (q, n) = match m {
                Mode::Triple if i == odd => (base_q, chips * 3),
                Mode::Tension if i == odd => (Q::Exact, chips),
                _ => (base_q, chips),
            };
            bodies[i].push(order_sentence(langs[i], &company, q, n, rng));
        }
        let (v, note) = match m {
            Mode::Agree => (Verdict::Agree, format!("order: all {chips}")),
            Mode::Triple => (Verdict::Contradict, format!("order: {chips}, one outlet {}", chips * 3)),
            Mode::Tension => (Verdict::Tension, format!("order: more than {chips}, one outlet exactly {chips}")),
        };
        push(Predicate::Order, FindingKind::Quantity, v, (m != Mode::Agree).then_some(odd), note);
        if let Some(d) = denier {
            push(Predicate::Order, FindingKind::Dispute, Verdict::Contradict, Some(d), "order: denied".into());
        }

        // Fact 2: employees, about N (in the languages with a template).
        let tellers: Vec<usize> = (0..n_articles).filter(|&i| tells_employees(langs[i]) && rng.chance(0.8)).collect();
        if tellers.len() >= 2 {
            let staff = rng.range(5, 95) * 1000;
            let m = mode(rng, false);
            let odd = tellers[1 + rng.below(tellers.len() - 1)];
            for &i in &tellers {
                let n = if m == Mode::Triple && i == odd { staff * 3 } else { staff };
                bodies[i].push(employees_sentence(langs[i], &company, n, rng));
            }
            let (v, note) = match m {
                Mode::Triple => (Verdict::Contradict, format!("employees: about {staff}, one outlet {}", staff * 3)),
                _ => (Verdict::Agree, format!("employees: about {staff}")),
            };
            push(Predicate::Employees, FindingKind::Quantity, v, (m == Mode::Triple).then_some(odd), note);
        }

        // Fact 3: an investment in US dollars.
        let tellers: Vec<usize> = (0..n_articles).filter(|_| rng.chance(0.7)).collect();
        if tellers.len() >= 2 {
            let tenths = rng.range(5, 60);
            let m = mode(rng, false);
            let odd = tellers[1 + rng.below(tellers.len() - 1)];
            for &i in &tellers {
                let t = if m == Mode::Triple && i == odd { tenths * 3 } else { tenths };
                bodies[i].push(invest_sentence(langs[i], &company, t));
            }
            let (v, note) = match m {
                Mode::Triple => (Verdict::Contradict, format!("invest: ${tenths}e8, one outlet ${}e8", tenths * 3)),
                _ => (Verdict::Agree, format!("invest: ${tenths}e8")),
            };
            push(Predicate::Invest, FindingKind::Quantity, v, (m == Mode::Triple).then_some(odd), note);
        }

        for (i, body) in bodies.iter_mut().enumerate() {
            rng.shuffle(body);
            let fill = filler(langs[i]);
            let mut text = String::new();
            let _ = write!(text, "{} ", rng.pick(fill));
            for s in body.iter() {
                text.push_str(s);
                text.push(' ');
                if rng.chance(0.4) {
                    let _ = write!(text, "{} ", rng.pick(fill));
                }
            }
            text.push_str("\n\n");
            text.push_str(rng.pick::<String>(fill));
            text.push('\n');
            self.corpus.articles.push(Article { id: ids[i].clone(), text, lang: langs[i], event: e });
        }
        self.corpus.expected.extend(expected);
    }
}

/// Hostile shapes, repeated to `size` bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// "mais de " over and over, no number.
    MaisDe,
    /// One line of digits.
    Digits,
    /// Digits grouped with "." forever ("1.000.000.000...").
    Grouped,
    /// Qualifiers in a row before one number.
    Qualifiers,
    /// Digits split by zero-width spaces and joiners.
    ZeroWidth,
    /// Capitalized words with no sentence end ("Acme Bexo Tramar ...").
    Names,
    /// A claim sentence repeated without a period (one huge sentence).
    NoPeriod,
    /// Public bodies with a name inside their phrase, over and over.
    Bodies,
    /// Tolls in ever new places, each sentence with two figures and two voices.
    Voices,
    /// Acquisitions of ever new companies, each with its price: the deal
    /// pass once compared each with every earlier claim.
    Deals,
}

impl std::fmt::Display for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self, f)
    }
}

/// The text of a hostile shape: its unit repeated to at least `size`
/// bytes, then " 100 chips.".
pub fn hostile(shape: Shape, size: usize) -> String {
    if shape == Shape::Deals {
        return distinct_deals(size);
    }
    let unit = match shape {
        Shape::MaisDe => "mais de ",
        Shape::Digits => "1234567890",
        Shape::Grouped => "000.",
        Shape::Qualifiers => "mais de cerca de quase pelo menos até ",
        Shape::ZeroWidth => "1\u{200b}0\u{200d}0\u{feff}",
        Shape::Names => "Acme Bexo Tramar ",
        Shape::NoPeriod => "A Acme encomendou mais de 100 mil chips este ano e ",
        Shape::Bodies => "o Ministério da Saúde e a Defesa Civil de Lisboa, ",
        Shape::Voices => "Segundo a polícia, 15 mil pessoas protestaram em Tavira; os organizadores falam em 60 mil. ",
        Shape::Deals => unreachable!("built by distinct_deals"),
    };
    let mut s = String::with_capacity(size + unit.len() + 32);
    if matches!(shape, Shape::Grouped) {
        s.push('1');
    }
    while s.len() < size {
        s.push_str(unit);
    }
    s.push_str(" 100 chips.");
    s
}

/// Acquisitions of ever new companies, named by letters only (a name
/// with digits would be a code): "A Acme comprou a Bexab por 100 milhões
/// de euros." to at least `size` bytes, then " 100 chips.".
fn distinct_deals(size: usize) -> String {
    let mut s = String::with_capacity(size + 96);
    let mut n = 0usize;
    while s.len() < size {
        let mut name = String::from("Bex");
        let mut k = n;
        loop {
            name.push(char::from(b'a' + (k % 26) as u8));
            k /= 26;
            if k == 0 {
                break;
            }
        }
        s.push_str(&format!("A Acme comprou a {name} por 100 milhões de euros. "));
        n += 1;
    }
    s.push_str(" 100 chips.");
    s
}

impl Shape {
    /// Every shape, in the order above.
    pub const ALL: &[Shape] = &[
        Shape::MaisDe,
        Shape::Digits,
        Shape::Grouped,
        Shape::Qualifiers,
        Shape::ZeroWidth,
        Shape::Names,
        Shape::NoPeriod,
        Shape::Bodies,
        Shape::Voices,
        Shape::Deals,
    ];

    /// The shape named `name` (its name above, any case).
    pub fn named(name: &str) -> Option<Shape> {
        Shape::ALL.iter().copied().find(|s| s.to_string().eq_ignore_ascii_case(name))
    }
}

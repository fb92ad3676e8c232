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

fn thousands_sep(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ",",
        // French groups with a narrow no-break space (or a plain space).
        Lang::Fr => "\u{202f}",
        _ => ".",
    }
}

fn decimal_sep(lang: Lang) -> &'static str {
    if lang == Lang::En { "." } else { "," }
}

/// A count (multiple of 1000) as the language writes it: grouped digits, or
/// "N mil"/"N ribu"/... for thousands, or "1,2 milhão" for millions.
pub fn count_words(n: u64, lang: Lang, rng: &mut Rng, plural_of: bool) -> String {
    if n >= 1_000_000 && n % 100_000 == 0 {
        let whole = n / 1_000_000;
        let tenth = (n / 100_000) % 10;
        let num = if tenth == 0 { whole.to_string() } else { format!("{whole}{}{tenth}", decimal_sep(lang)) };
        let one = whole == 1 && tenth == 0;
        let word = match lang {
            Lang::Pt if one => "milhão",
            Lang::Pt => "milhões",
            Lang::Es if one => "millón",
            Lang::Es => "millones",
            Lang::It if one => "milione",
            Lang::It => "milioni",
            Lang::Id => "juta",
            Lang::En => "million",
            Lang::Fr if whole < 2 => "million",
            Lang::Fr => "millions",
            Lang::De if one => "Million",
            Lang::De => "Millionen",
        };
        // Romance languages put "de"/"di" between a scale word and its noun.
        let of = match lang {
            Lang::Pt | Lang::Es | Lang::Fr if plural_of => " de",
            Lang::It if plural_of => " di",
            _ => "",
        };
        return format!("{num} {word}{of}");
    }
    if n % 1000 == 0 && n < 1_000_000 && rng.chance(0.4) {
        let word = match lang {
            Lang::Pt | Lang::Es => Some("mil"),
            Lang::It => Some("mila"),
            Lang::Id => Some("ribu"),
            Lang::En => Some("thousand"),
            Lang::De => Some("Tausend"),
            Lang::Fr => None,
        };
        if let Some(w) = word {
            return format!("{} {w}", n / 1000);
        }
    }
    group(n, thousands_sep(lang))
}

/// An amount of US dollars in billions with at most one decimal (tenths).
pub fn usd_billions(tenths: u64, lang: Lang) -> String {
    let whole = tenths / 10;
    let t = tenths % 10;
    let num = if t == 0 { whole.to_string() } else { format!("{whole}{}{t}", decimal_sep(lang)) };
    match lang {
        Lang::Pt => format!("{num} {} de dólares", if tenths < 20 { "bilhão" } else { "bilhões" }),
        Lang::Es => format!("{} millones de dólares", group(tenths * 100, ".")),
        Lang::It => format!("{num} {} di dollari", if tenths < 20 { "miliardo" } else { "miliardi" }),
        Lang::Id => format!("{num} miliar dolar AS"),
        Lang::En => format!("${num} billion"),
        Lang::Fr => format!("{num} {} de dollars", if tenths < 20 { "milliard" } else { "milliards" }),
        Lang::De => format!("{num} {} Dollar", if tenths < 20 { "Milliarde" } else { "Milliarden" }),
    }
}

/// The qualifiers written before a count in each language.
fn qualifier(lang: Lang, q: Q) -> &'static str {
    match (lang, q) {
        (_, Q::Exact) => "",
        (Lang::Pt, Q::MoreThan) => "mais de ",
        (Lang::Es, Q::MoreThan) => "más de ",
        (Lang::It, Q::MoreThan) => "oltre ",
        (Lang::Id, Q::MoreThan) => "lebih dari ",
        (Lang::En, Q::MoreThan) => "more than ",
        (Lang::Fr, Q::MoreThan) => "plus de ",
        (Lang::De, Q::MoreThan) => "mehr als ",
        (Lang::Pt, Q::About) => "cerca de ",
        (Lang::Es, Q::About) => "unos ",
        (Lang::It, Q::About) => "circa ",
        (Lang::Id, Q::About) => "sekitar ",
        (Lang::En, Q::About) => "about ",
        (Lang::Fr, Q::About) => "environ ",
        (Lang::De, Q::About) => "rund ",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Q {
    Exact,
    MoreThan,
    About,
}

fn order_sentence(lang: Lang, c: &str, q: Q, n: u64, rng: &mut Rng) -> String {
    let qual = qualifier(lang, q);
    let num = count_words(n, lang, rng, true);
    match lang {
        Lang::Pt => format!("A {c} encomendou {qual}{num} chips este ano."),
        Lang::Es => format!("{c} encargó {qual}{num} chips este año."),
        Lang::It => format!("{c} ha ordinato {qual}{num} chip quest'anno."),
        Lang::Id => format!("{c} memesan {qual}{num} chip tahun ini."),
        Lang::En => format!("{c} ordered {qual}{num} chips this year."),
        Lang::Fr => format!("{c} a commandé {qual}{num} puces cette année."),
        Lang::De => format!("{c} bestellte dieses Jahr {qual}{num} Chips."),
    }
}

fn employees_sentence(lang: Lang, c: &str, n: u64, rng: &mut Rng) -> String {
    let qual = qualifier(lang, Q::About);
    let num = count_words(n, lang, rng, true);
    match lang {
        Lang::Pt => format!("A {c} emprega {qual}{num} funcionários."),
        Lang::Es => format!("{c} emplea a {qual}{num} trabajadores."),
        Lang::It => format!("{c} impiega {qual}{num} dipendenti."),
        Lang::Id => unreachable!("no Indonesian employees template is read as Employees"),
        Lang::En => format!("{c} employs {qual}{num} people worldwide."),
        Lang::Fr => format!("{c} emploie {qual}{num} salariés dans le monde."),
        Lang::De => format!("{c} beschäftigt weltweit {qual}{num} Mitarbeiter."),
    }
}

fn invest_sentence(lang: Lang, c: &str, tenths: u64) -> String {
    let amount = usd_billions(tenths, lang);
    match lang {
        Lang::Pt => format!("A {c} investiu {amount}."),
        Lang::Es => format!("{c} invirtió {amount}."),
        Lang::It => format!("{c} ha investito {amount}."),
        Lang::Id => format!("{c} menginvestasikan {amount}."),
        Lang::En => format!("{c} invested {amount}."),
        Lang::Fr => format!("{c} a investi {amount}."),
        Lang::De => format!("{c} investierte {amount}."),
    }
}

fn denial_sentence(lang: Lang, c: &str, rng: &mut Rng) -> String {
    let who = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
    match lang {
        Lang::Pt => format!("O porta-voz da {c}, {who}, negou que a empresa tenha encomendado chips."),
        Lang::It => format!("Il portavoce di {c}, {who}, ha smentito di aver ordinato chip."),
        Lang::Id => format!("Juru bicara {c}, {who}, membantah bahwa perusahaan itu memesan chip."),
        Lang::En => format!("A {c} spokesperson, {who}, denied that the company had ordered chips."),
        Lang::Fr => format!("Le porte-parole de {c}, {who}, a démenti que l'entreprise a commandé des puces."),
        Lang::De => format!("Ein Sprecher von {c} dementierte, dass das Unternehmen Chips bestellt habe."),
        Lang::Es => unreachable!("no Spanish denial of an order is read as one"),
    }
}

/// Sentences with no claim, from the case tables' "no claim" rows and kin.
fn filler(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Pt => &[
            "Choveu muito ontem na capital.",
            "O mercado acompanha o setor com atenção.",
            "Analistas esperam novidades nas próximas semanas.",
        ],
        Lang::Es => &[
            "Ayer llovió mucho en la capital.",
            "El mercado sigue el sector con atención.",
            "Los analistas esperan novedades en las próximas semanas.",
        ],
        Lang::It => &[
            "Ieri ha piovuto molto nella capitale.",
            "Il mercato segue il settore con attenzione.",
            "Gli analisti attendono novità nelle prossime settimane.",
        ],
        Lang::Id => &[
            "Hujan deras mengguyur ibu kota sejak pagi.",
            "Pasar mengikuti sektor ini dengan cermat.",
            "Para analis menunggu kabar dalam beberapa minggu ke depan.",
        ],
        Lang::En => &[
            "It rained heavily in the capital on Monday.",
            "The market is watching the sector closely.",
            "Analysts expect news in the coming weeks.",
        ],
        Lang::Fr => &[
            "Il a beaucoup plu hier soir sur la capitale.",
            "Le marché suit le secteur de près.",
            "Les analystes attendent des nouvelles dans les prochaines semaines.",
        ],
        Lang::De => &[
            "Gestern regnete es stark in der Hauptstadt.",
            "Der Markt beobachtet die Branche genau.",
            "Analysten erwarten in den kommenden Wochen Neuigkeiten.",
        ],
    }
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
            .then(|| (1..n_articles).find(|&i| i != odd && langs[i] != Lang::Es))
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

        // Fact 2: employees, about N (no Indonesian template).
        let tellers: Vec<usize> = (0..n_articles).filter(|&i| langs[i] != Lang::Id && rng.chance(0.8)).collect();
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
            text.push_str(rng.pick::<&str>(fill));
            text.push('\n');
            self.corpus.articles.push(Article { id: ids[i].clone(), text, lang: langs[i], event: e });
        }
        self.corpus.expected.extend(expected);
    }
}

//! The number layer: every integer written in words or digits, with each
//! language's conventions, reads back as itself.

mod common;

use claimcheck::{Lang, read_quantities};
use proptest::prelude::*;

/// Writes 0 to 999 999 in words.
type Speller = fn(u32) -> String;

/// Each language's speller of 0 to 999 999 as news write it, by code. A
/// new language adds its speller here with its case table.
const SPELLERS: &[(&str, Speller)] = &[
    ("de", de),
    ("en", en),
    ("es", es),
    ("fr", fr),
    ("id", id),
    ("it", it),
    ("ja", ja),
    ("ko", ko),
    ("pt", pt),
    ("ru", ru),
    ("vi", vi),
    ("zh", zh),
];

/// Words for 0 to 999 999 as news write them in `lang`.
fn words(lang: Lang, n: u32) -> String {
    let speller = SPELLERS.iter().find(|s| s.0 == lang.code()).map(|s| s.1);
    speller.unwrap_or_else(|| panic!("{lang} has no speller in tests/numbers.rs"))(n)
}

#[test]
fn every_language_has_a_speller() {
    for &lang in Lang::ALL {
        assert!(SPELLERS.iter().any(|s| s.0 == lang.code()), "{lang} has no speller in tests/numbers.rs");
    }
}

/// Portuguese: "duzentos e cinquenta mil", "mil e cem", "dois mil trezentos e quarenta".
fn pt(n: u32) -> String {
    const UNITS: [&str; 20] = [
        "zero",
        "um",
        "dois",
        "três",
        "quatro",
        "cinco",
        "seis",
        "sete",
        "oito",
        "nove",
        "dez",
        "onze",
        "doze",
        "treze",
        "catorze",
        "quinze",
        "dezesseis",
        "dezessete",
        "dezoito",
        "dezenove",
    ];
    const TENS: [&str; 10] =
        ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"];
    const HUNDREDS: [&str; 10] = [
        "",
        "cento",
        "duzentos",
        "trezentos",
        "quatrocentos",
        "quinhentos",
        "seiscentos",
        "setecentos",
        "oitocentos",
        "novecentos",
    ];
    fn below_1000(n: u32) -> String {
        if n == 100 {
            return "cem".into();
        }
        let (h, r) = (n / 100, n % 100);
        let rest = match r {
            0 => String::new(),
            1..=19 => UNITS[r as usize].to_string(),
            _ if r % 10 == 0 => TENS[(r / 10) as usize].to_string(),
            _ => format!("{} e {}", TENS[(r / 10) as usize], UNITS[(r % 10) as usize]),
        };
        match (h, rest.is_empty()) {
            (0, _) => rest,
            (_, true) => HUNDREDS[h as usize].to_string(),
            _ => format!("{} e {rest}", HUNDREDS[h as usize]),
        }
    }
    let (th, r) = (n / 1000, n % 1000);
    if th == 0 {
        return if n == 0 { UNITS[0].into() } else { below_1000(n) };
    }
    let thousands = if th == 1 { "mil".to_string() } else { format!("{} mil", below_1000(th)) };
    match r {
        0 => thousands,
        // "e" before a last group under a hundred or of round hundreds.
        _ if r < 100 || r % 100 == 0 => format!("{thousands} e {}", below_1000(r)),
        _ => format!("{thousands} {}", below_1000(r)),
    }
}

/// Spanish: "doscientos cincuenta mil", "veintiún mil", "treinta y uno".
fn es(n: u32) -> String {
    const UNITS: [&str; 30] = [
        "cero",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
        "veinte",
        "veintiuno",
        "veintidós",
        "veintitrés",
        "veinticuatro",
        "veinticinco",
        "veintiséis",
        "veintisiete",
        "veintiocho",
        "veintinueve",
    ];
    const TENS: [&str; 10] =
        ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
    const HUNDREDS: [&str; 10] = [
        "",
        "ciento",
        "doscientos",
        "trescientos",
        "cuatrocientos",
        "quinientos",
        "seiscientos",
        "setecientos",
        "ochocientos",
        "novecientos",
    ];
    // `apocope`: "un"/"veintiún" before "mil".
    fn below_1000(n: u32, apocope: bool) -> String {
        if n == 100 {
            return "cien".into();
        }
        let (h, r) = (n / 100, n % 100);
        let mut rest = match r {
            0 => String::new(),
            1..=29 => UNITS[r as usize].to_string(),
            _ if r % 10 == 0 => TENS[(r / 10) as usize].to_string(),
            _ => format!("{} y {}", TENS[(r / 10) as usize], UNITS[(r % 10) as usize]),
        };
        if apocope {
            if rest == "uno" || rest.ends_with(" uno") {
                rest.truncate(rest.len() - 1);
            } else if rest == "veintiuno" {
                rest = "veintiún".into();
            }
        }
        match (h, rest.is_empty()) {
            (0, _) => rest,
            (_, true) => HUNDREDS[h as usize].to_string(),
            _ => format!("{} {rest}", HUNDREDS[h as usize]),
        }
    }
    let (th, r) = (n / 1000, n % 1000);
    if th == 0 {
        return if n == 0 { UNITS[0].into() } else { below_1000(n, false) };
    }
    let thousands = if th == 1 { "mil".to_string() } else { format!("{} mil", below_1000(th, true)) };
    if r == 0 { thousands } else { format!("{thousands} {}", below_1000(r, false)) }
}

/// Italian, one word: "duecentocinquantamila", "ventotto", "centottanta", "tremilacinquecento".
fn it(n: u32) -> String {
    const UNITS: [&str; 20] = [
        "zero",
        "uno",
        "due",
        "tre",
        "quattro",
        "cinque",
        "sei",
        "sette",
        "otto",
        "nove",
        "dieci",
        "undici",
        "dodici",
        "tredici",
        "quattordici",
        "quindici",
        "sedici",
        "diciassette",
        "diciotto",
        "diciannove",
    ];
    const TENS: [&str; 10] =
        ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"];
    /// Joins two parts, dropping a final vowel before "uno", "otto", "ottanta".
    fn glue(a: &str, b: &str) -> String {
        let mut a = a.to_string();
        if b.starts_with(['u', 'o']) && a.ends_with(['a', 'i', 'o']) && a != "tre" {
            a.pop();
        }
        a + b
    }
    fn below_1000(n: u32) -> String {
        let (h, r) = (n / 100, n % 100);
        let rest = match r {
            0 => String::new(),
            1..=19 => UNITS[r as usize].to_string(),
            _ if r % 10 == 0 => TENS[(r / 10) as usize].to_string(),
            _ => {
                let u = UNITS[(r % 10) as usize];
                glue(TENS[(r / 10) as usize], if u == "tre" { "tré" } else { u })
            }
        };
        let hundreds = match h {
            0 => return rest,
            1 => "cento".to_string(),
            _ => format!("{}cento", UNITS[h as usize]),
        };
        // "centouno" keeps its vowel; "centotto", "centottanta" drop it.
        if rest.starts_with('o') { glue(&hundreds, &rest) } else { hundreds + &rest }
    }
    let (th, r) = (n / 1000, n % 1000);
    if th == 0 {
        return if n == 0 { UNITS[0].into() } else { below_1000(n) };
    }
    let thousands = if th == 1 { "mille".to_string() } else { format!("{}mila", below_1000(th)) };
    if r == 0 { thousands } else { thousands + &below_1000(r) }
}

/// Indonesian: "dua ratus lima puluh ribu", "seratus", "sebelas", "seribu".
fn id(n: u32) -> String {
    const UNITS: [&str; 10] = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
    fn below_1000(n: u32) -> String {
        let (h, r) = (n / 100, n % 100);
        let mut parts = Vec::new();
        match h {
            0 => {}
            1 => parts.push("seratus".to_string()),
            _ => parts.push(format!("{} ratus", UNITS[h as usize])),
        }
        match r {
            0 => {}
            1..=9 => parts.push(UNITS[r as usize].to_string()),
            10 => parts.push("sepuluh".into()),
            11 => parts.push("sebelas".into()),
            12..=19 => parts.push(format!("{} belas", UNITS[(r % 10) as usize])),
            _ => {
                parts.push(format!("{} puluh", UNITS[(r / 10) as usize]));
                if r % 10 != 0 {
                    parts.push(UNITS[(r % 10) as usize].to_string());
                }
            }
        }
        if parts.is_empty() { UNITS[0].to_string() } else { parts.join(" ") }
    }
    let (th, r) = (n / 1000, n % 1000);
    if th == 0 {
        return below_1000(n);
    }
    let thousands = if th == 1 { "seribu".to_string() } else { format!("{} ribu", below_1000(th)) };
    if r == 0 { thousands } else { format!("{thousands} {}", below_1000(r)) }
}

/// Vietnamese: "hai trăm năm mươi nghìn", "hai mươi mốt", "một trăm linh năm",
/// "một nghìn không trăm linh năm"; after "mươi" one is "mốt", four "tư"
/// and five "lăm", after "mười" five is "lăm".
fn vi(n: u32) -> String {
    const UNITS: [&str; 10] = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    /// 0 to 999; `full` writes the hundreds even when zero ("không trăm"), inside a larger number.
    fn below_1000(n: u32, full: bool) -> String {
        let (h, r) = (n / 100, n % 100);
        let mut parts = Vec::new();
        if h > 0 || (full && r > 0) {
            parts.push(format!("{} trăm", UNITS[h as usize]));
        }
        let (t, u) = (r / 10, r % 10);
        match t {
            0 if u == 0 => {}
            0 if parts.is_empty() => parts.push(UNITS[u as usize].to_string()),
            0 => parts.push(format!("linh {}", UNITS[u as usize])),
            1 => parts.push(match u {
                0 => "mười".to_string(),
                5 => "mười lăm".to_string(),
                _ => format!("mười {}", UNITS[u as usize]),
            }),
            _ => {
                let unit = match u {
                    0 => "",
                    1 => " mốt",
                    4 => " tư",
                    5 => " lăm",
                    _ => UNITS[u as usize],
                };
                let sep = if u == 0 || matches!(u, 1 | 4 | 5) { "" } else { " " };
                parts.push(format!("{} mươi{sep}{unit}", UNITS[t as usize]));
            }
        }
        if parts.is_empty() { UNITS[0].to_string() } else { parts.join(" ") }
    }
    let (th, r) = (n / 1000, n % 1000);
    if th == 0 {
        return below_1000(n, false);
    }
    let thousands = format!("{} nghìn", below_1000(th, false));
    if r == 0 { thousands } else { format!("{thousands} {}", below_1000(r, true)) }
}

/// Korean, in Sino-Korean numerals spaced by myriads: "이십오만 삼천",
/// "천오백", "일만 일천오백" (a one before 만, and before 천 after a myriad,
/// is written, as on cheques).
fn ko(n: u32) -> String {
    const DIGITS: [&str; 10] = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];
    /// 1 to 9999 as one word; `one_thousand` writes "일천" for 1000 to 1999.
    fn group(n: u32, one_thousand: bool) -> String {
        let mut out = String::new();
        for (place, word) in [(1000, "천"), (100, "백"), (10, "십")] {
            let d = (n / place % 10) as usize;
            if d > 1 || (d == 1 && place == 1000 && one_thousand) {
                out.push_str(DIGITS[d]);
            }
            if d > 0 {
                out.push_str(word);
            }
        }
        out.push_str(DIGITS[(n % 10) as usize]);
        out
    }
    if n == 0 {
        return "영".to_string();
    }
    let (myriads, rest) = (n / 10_000, n % 10_000);
    let mut parts = Vec::new();
    if myriads > 0 {
        let head = if myriads == 1 { "일".to_string() } else { group(myriads, false) };
        parts.push(format!("{head}만"));
    }
    if rest > 0 {
        parts.push(group(rest, myriads > 0));
    }
    parts.join(" ")
}

/// Chinese, in numerals grouped by myriads: "二十五万三千零一十九",
/// "十五" (a leading one before 十 is left out), "一千零五" (one 零 for a
/// run of zeros inside a number), "两千" (two thousands).
fn zh(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    /// 1 to 9999; `leading` when nothing is written before it.
    fn group(n: u32, leading: bool) -> String {
        let mut out = String::new();
        let mut zero = false;
        for (place, word) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = (n / place % 10) as usize;
            if d == 0 {
                zero |= !out.is_empty();
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            let omit_one = d == 1 && place == 10 && leading && out.is_empty();
            if !omit_one {
                out.push_str(if d == 2 && place == 1000 { "两" } else { DIGITS[d] });
            }
            out.push_str(word);
        }
        out
    }
    if n == 0 {
        return DIGITS[0].to_string();
    }
    let (myriads, rest) = (n / 10_000, n % 10_000);
    let mut out = String::new();
    if myriads > 0 {
        out.push_str(&group(myriads, true));
        out.push('万');
        if rest > 0 && rest < 1000 {
            out.push('零');
        }
    }
    if rest > 0 {
        out.push_str(&group(rest, myriads == 0));
    }
    out
}

/// Japanese, in kanji numerals grouped by myriads: "二十五万三千十九"
/// (no zero is written inside a number), "十五", "百十", "千五" (a one
/// before 十, 百 and 千 is left out), "一万" (but written before 万).
fn ja(n: u32) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    /// 1 to 9999.
    fn group(n: u32) -> String {
        let mut out = String::new();
        for (place, word) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = (n / place % 10) as usize;
            if d == 0 {
                continue;
            }
            if d > 1 || place == 1 {
                out.push_str(DIGITS[d]);
            }
            out.push_str(word);
        }
        out
    }
    if n == 0 {
        return DIGITS[0].to_string();
    }
    let (myriads, rest) = (n / 10_000, n % 10_000);
    let mut out = String::new();
    if myriads > 0 {
        out.push_str(&if myriads == 1 { DIGITS[1].to_string() } else { group(myriads) });
        out.push('万');
    }
    if rest > 0 {
        out.push_str(&group(rest));
    }
    out
}

/// English: "two hundred and fifty thousand", "twenty-five".
fn en(n: u32) -> String {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    fn below_1000(n: u32) -> String {
        let (h, r) = (n / 100, n % 100);
        let rest = match r {
            0 => String::new(),
            1..=19 => UNITS[r as usize].to_string(),
            _ if r % 10 == 0 => TENS[(r / 10) as usize].to_string(),
            _ => format!("{}-{}", TENS[(r / 10) as usize], UNITS[(r % 10) as usize]),
        };
        match (h, rest.is_empty()) {
            (0, _) => rest,
            (_, true) => format!("{} hundred", UNITS[h as usize]),
            _ => format!("{} hundred and {rest}", UNITS[h as usize]),
        }
    }
    let (th, r) = (n / 1000, n % 1000);
    if th == 0 {
        return if n == 0 { UNITS[0].into() } else { below_1000(n) };
    }
    let thousands = format!("{} thousand", below_1000(th));
    match r {
        0 => thousands,
        _ if r < 100 => format!("{thousands} and {}", below_1000(r)),
        _ => format!("{thousands} {}", below_1000(r)),
    }
}

/// French: "deux cent cinquante mille", "quatre-vingt-onze", "vingt et un".
fn fr(n: u32) -> String {
    const UNITS: [&str; 20] = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    ];
    const TENS: [&str; 7] = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];
    // `plural`: "quatre-vingts", "deux cents" when nothing follows.
    fn below_100(r: u32, plural: bool) -> String {
        match r {
            0..=19 => UNITS[r as usize].to_string(),
            20..=69 => {
                let t = TENS[(r / 10) as usize];
                match r % 10 {
                    0 => t.to_string(),
                    1 => format!("{t} et un"),
                    u => format!("{t}-{}", UNITS[u as usize]),
                }
            }
            70..=79 => match r - 60 {
                11 => "soixante et onze".into(),
                x => format!("soixante-{}", UNITS[x as usize]),
            },
            80 => {
                if plural {
                    "quatre-vingts".into()
                } else {
                    "quatre-vingt".into()
                }
            }
            _ => format!("quatre-vingt-{}", UNITS[(r - 80) as usize]),
        }
    }
    fn below_1000(n: u32, plural: bool) -> String {
        let (h, r) = (n / 100, n % 100);
        let hundreds = match h {
            0 => return below_100(r, plural),
            1 => "cent".to_string(),
            _ if r == 0 && plural => format!("{} cents", UNITS[h as usize]),
            _ => format!("{} cent", UNITS[h as usize]),
        };
        if r == 0 { hundreds } else { format!("{hundreds} {}", below_100(r, plural)) }
    }
    let (th, r) = (n / 1000, n % 1000);
    if th == 0 {
        return below_1000(n, true);
    }
    let thousands = if th == 1 { "mille".to_string() } else { format!("{} mille", below_1000(th, false)) };
    if r == 0 { thousands } else { format!("{thousands} {}", below_1000(r, true)) }
}

/// German, one word: "zweihundertfünfzigtausend", "einundzwanzig", "hunderteins".
fn de(n: u32) -> String {
    const UNITS: [&str; 20] = [
        "null",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
    ];
    const TENS: [&str; 10] =
        ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];
    // `last`: whether nothing follows ("eins" at the end, "ein" before a scale).
    fn below_1000(n: u32, last: bool) -> String {
        let (h, r) = (n / 100, n % 100);
        let hundreds = match h {
            0 => String::new(),
            1 => "hundert".to_string(),
            _ => format!("{}hundert", if h == 1 { "ein" } else { UNITS[h as usize] }),
        };
        let rest = match r {
            0 => String::new(),
            1 if last => "eins".into(),
            1 => "ein".into(),
            2..=19 => UNITS[r as usize].to_string(),
            _ if r % 10 == 0 => TENS[(r / 10) as usize].to_string(),
            _ => {
                let u = if r % 10 == 1 { "ein" } else { UNITS[(r % 10) as usize] };
                format!("{u}und{}", TENS[(r / 10) as usize])
            }
        };
        hundreds + &rest
    }
    let (th, r) = (n / 1000, n % 1000);
    if n == 0 {
        return UNITS[0].into();
    }
    let thousands = match th {
        0 => String::new(),
        1 => "eintausend".into(),
        _ => format!("{}tausend", below_1000(th, false)),
    };
    thousands + &below_1000(r, true)
}

/// Russian, in the nominative: "двести пятьдесят тысяч", "двадцать одна
/// тысяча", "две тысячи триста сорок", "тысяча сто".
fn ru(n: u32) -> String {
    const UNITS: [&str; 20] = [
        "ноль",
        "один",
        "два",
        "три",
        "четыре",
        "пять",
        "шесть",
        "семь",
        "восемь",
        "девять",
        "десять",
        "одиннадцать",
        "двенадцать",
        "тринадцать",
        "четырнадцать",
        "пятнадцать",
        "шестнадцать",
        "семнадцать",
        "восемнадцать",
        "девятнадцать",
    ];
    const TENS: [&str; 10] =
        ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
    const HUNDREDS: [&str; 10] =
        ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];
    // `feminine`: "одна", "две" before "тысяча", which is feminine.
    fn below_1000(n: u32, feminine: bool) -> Vec<&'static str> {
        let (h, r) = (n / 100, n % 100);
        let mut words = Vec::new();
        if h > 0 {
            words.push(HUNDREDS[h as usize]);
        }
        let unit = |u: u32| match u {
            1 if feminine => "одна",
            2 if feminine => "две",
            _ => UNITS[u as usize],
        };
        match r {
            0 => {}
            1..=19 => words.push(unit(r)),
            _ => {
                words.push(TENS[(r / 10) as usize]);
                if r % 10 > 0 {
                    words.push(unit(r % 10));
                }
            }
        }
        words
    }
    if n == 0 {
        return UNITS[0].into();
    }
    let (th, r) = (n / 1000, n % 1000);
    let mut words = Vec::new();
    if th == 1 {
        words.push("тысяча");
    } else if th > 1 {
        words.extend(below_1000(th, true));
        // The noun agrees with the last word: "одна тысяча", "две тысячи", "пять тысяч", "одиннадцать тысяч".
        words.push(match (th % 10, th % 100) {
            (_, 11..=14) => "тысяч",
            (1, _) => "тысяча",
            (2..=4, _) => "тысячи",
            _ => "тысяч",
        });
    }
    words.extend(below_1000(r, false));
    words.join(" ")
}

/// The value the number layer reads for `number` in a sentence, if the
/// first quantity starts with it.
fn read_back(lang: Lang, number: &str) -> Result<f64, String> {
    let text = common::lang_data(lang).sentence(number);
    let qs = read_quantities(&text, lang);
    let first = qs.first().ok_or_else(|| format!("{lang}: no quantity in {text:?}"))?;
    if !first.text.starts_with(number) {
        return Err(format!("{lang}: {text:?} read as {:?}", first.text));
    }
    Ok(first.value)
}

fn check_words(n: u32) -> Result<(), TestCaseError> {
    for &lang in Lang::ALL {
        let w = words(lang, n);
        let v = read_back(lang, &w).map_err(TestCaseError::fail)?;
        prop_assert_eq!(v, f64::from(n), "{}: {:?}", lang, w);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Every integer written in words reads back as itself (1 is an article, left out).
    #[test]
    fn words_read_back(n in 0u32..1_000_000) {
        prop_assume!(n != 1);
        check_words(n)?;
    }

    /// Every integer written in digits reads back as itself (years left out).
    #[test]
    fn digits_read_back(n in 0u32..1_000_000) {
        prop_assume!(n != 1 && !(1900..=2100).contains(&n));
        for &lang in Lang::ALL {
            let d = common::lang_data(lang).digits(u64::from(n));
            let v = read_back(lang, &d).map_err(TestCaseError::fail)?;
            prop_assert_eq!(v, f64::from(n), "{}: {:?}", lang, d);
        }
    }
}

/// The shapes most likely to break, checked every run.
#[test]
fn words_table() {
    let tricky = [
        0, 2, 10, 11, 16, 17, 20, 21, 28, 31, 71, 80, 81, 91, 99, 100, 101, 108, 111, 180, 200, 201, 250, 999, 1000,
        1001, 1100, 1900, 2000, 2024, 3500, 10_000, 21_000, 80_000, 100_000, 101_000, 120_000, 200_000, 250_000,
        999_999,
    ];
    for n in tricky {
        if let Err(e) = check_words(n) {
            panic!("{n}: {e}");
        }
    }
    assert_eq!(it(250_000), "duecentocinquantamila");
    assert_eq!(de(250_000), "zweihundertfünfzigtausend");
    assert_eq!(pt(250_000), "duzentos e cinquenta mil");
    assert_eq!(es(250_000), "doscientos cincuenta mil");
    assert_eq!(id(250_000), "dua ratus lima puluh ribu");
    assert_eq!(en(250_000), "two hundred and fifty thousand");
    assert_eq!(fr(250_000), "deux cent cinquante mille");
    assert_eq!(ru(250_000), "двести пятьдесят тысяч");
    assert_eq!(ru(21_001), "двадцать одна тысяча один");
    assert_eq!(ru(2_340), "две тысячи триста сорок");
    assert_eq!(ru(1_100), "тысяча сто");
    assert_eq!(vi(250_000), "hai trăm năm mươi nghìn");
    assert_eq!(ja(253_019), "二十五万三千十九");
    assert_eq!(ja(1_005), "千五");
    assert_eq!(ja(110), "百十");
    assert_eq!(ja(10_000), "一万");
    assert_eq!(ja(110_000), "十一万");
    assert_eq!(zh(253_019), "二十五万三千零一十九");
    assert_eq!(zh(15), "十五");
    assert_eq!(zh(1_005), "一千零五");
    assert_eq!(zh(2_000), "两千");
    assert_eq!(zh(100_500), "十万零五百");
    assert_eq!(ko(250_000), "이십오만");
    assert_eq!(ko(253_019), "이십오만 삼천십구");
    assert_eq!(ko(11_500), "일만 일천오백");
    assert_eq!(ko(1_100), "천백");
    assert_eq!(vi(1_005), "một nghìn không trăm linh năm");
    assert_eq!(vi(124_021), "một trăm hai mươi tư nghìn không trăm hai mươi mốt");
}

/// Every integer from 0 to 999 999 (every `STEP`th), in words, in every
/// language; prints the failures. The full sweep:
/// `STEP=1 cargo test --release --test numbers -- --nocapture sweep`.
#[test]
fn sweep() {
    // Every 1009th integer by default; STEP=1 sweeps all of them (7 million reads, in release).
    let step: u32 = std::env::var("STEP").ok().and_then(|s| s.parse().ok()).filter(|&s| s > 0).unwrap_or(1009);
    let mut failures = 0;
    for &lang in Lang::ALL {
        let mut shown = 0;
        for n in (0..1_000_000).step_by(step as usize).filter(|&n| n != 1) {
            let w = words(lang, n);
            let got = read_back(lang, &w);
            if got != Ok(f64::from(n)) {
                failures += 1;
                if shown < 10 {
                    println!("{lang} {n} {w:?}: {got:?}");
                    shown += 1;
                }
            }
        }
    }
    assert_eq!(failures, 0);
}

/// A list marker at the start of a line counts nothing; a count on the same line does.
#[test]
fn list_markers_are_no_quantities() {
    let text = "Os pontos são:\n1. Primeiro ponto\n2) Segundo ponto, com 40 casas";
    let q = read_quantities(text, Lang::Pt);
    assert_eq!(q.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["40 casas"]);
}

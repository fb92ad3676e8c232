//! Language detection: which language a document is written in, with a
//! confidence, among many more languages than the supported ones, so that a
//! text in Catalan, Malay or Chinese is recognized as such rather than read
//! as Spanish, Indonesian or nothing.
//!
//! Three kinds of evidence, in this order:
//!
//! 1. **Script.** Letters are counted by script; a text whose letters are
//!    mostly of one non-Latin script is in that script's language (Hangul
//!    Korean, kana Japanese, Han Chinese, Cyrillic Russian unless letters
//!    proper to Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian or a
//!    Central Asian language show, and so on). A script's language that is
//!    supported (Russian, Korean, Chinese, Japanese) is found as that language.
//! 2. **Character n-gram models** (the `lingua` crate) over the supported
//!    languages and their Latin-script neighbours ([`NEIGHBOURS`]).
//! 3. **Function words** of the supported languages (each lexicon's
//!    `function_words`) and of neighbours that have no model
//!    ([`MARKERS`]): they confirm a short text the models are unsure of,
//!    and turn down a text that looks like a supported language to the
//!    models but has none of its function words.
//!
//! Below [`MIN_CONFIDENCE`] a text is undetected: never a guess.

use once_cell::sync::Lazy;

use super::code::{Lang, LangCode, registry};

/// What detection found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Detected {
    /// A supported language.
    Lang(Lang),
    /// A language recognized but not supported, by ISO 639-1 code.
    Other(LangCode),
    /// No language could be told with enough confidence.
    Undetected,
}

/// What detection found and its confidence, 0 to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Guess {
    /// The language found.
    pub found: Detected,
    /// How sure: the share of the evidence for it.
    pub confidence: f64,
}

/// The least confidence at which a language is reported.
pub(crate) const MIN_CONFIDENCE: f64 = 0.2;

/// The fewest words from which a text must show the function words of the
/// language the models find.
const MIN_WORDS_FOR_RATIO: usize = 20;

/// How much of a text detection reads: the first 16 KiB (at a char boundary).
const SAMPLE_BYTES: usize = 16 * 1024;

/// Languages the models tell from the supported ones, with their codes:
/// the neighbours most often confused with them (Catalan, Romanian, Malay,
/// Dutch, Bulgarian...) and frequent languages of the news.
const NEIGHBOURS: &[(lingua::Language, &str)] = &[
    // Bulgarian: told from Russian when it writes no ъ (see `by_script`).
    (lingua::Language::Bulgarian, "bg"),
    (lingua::Language::Catalan, "ca"),
    (lingua::Language::Czech, "cs"),
    (lingua::Language::Danish, "da"),
    (lingua::Language::Dutch, "nl"),
    (lingua::Language::Hungarian, "hu"),
    (lingua::Language::Malay, "ms"),
    // Mongolian: told from Russian when it writes no ө or ү.
    (lingua::Language::Mongolian, "mn"),
    (lingua::Language::Polish, "pl"),
    (lingua::Language::Romanian, "ro"),
    (lingua::Language::Swahili, "sw"),
    (lingua::Language::Swedish, "sv"),
    (lingua::Language::Tagalog, "tl"),
    (lingua::Language::Turkish, "tr"),
];

/// Neighbours told by their own words where the models cannot tell them:
/// Galician, which has no model, and Catalan and Malay, whose models lose
/// to Italian and Indonesian on short texts of names and shared words.
/// Each line: the neighbour's code, a supported language the models take
/// it for, common words the neighbour writes and that language does not
/// (function words, spellings of its own: Malay "polis", "kerana",
/// "syarikat"; Catalan "amb", "els", "nova"; Galician "xa", "unha",
/// "arestora"), and words that language writes and the neighbour does
/// not (all folded: no diacritics).
/// A text the models give to that language is the neighbour's when at
/// least [`MIN_MARKERS`] of the neighbour's words occur and they outnumber
/// the language's own.
#[rustfmt::skip] // a word table: rustfmt would put one word per line
const MARKERS: &[(&str, Lang, &[&str], &[&str])] = &[
    (
        "gl",
        Lang::Pt,
        &[
            "en", "con", "unha", "unhas", "non", "nun", "nunha", "dun", "dunha", "coa", "coas", "cos", "polo", "pola",
            "polos", "polas", "xa", "moi", "dende", "iso", "hai", "ten", "tenen", "cando", "onte", "hoxe", "xunto",
            "ademais", "tamen", "ata", "sen", "pero", "asi", "lle", "lles", "cun", "cunha", "haxa", "arestora",
            "mentres", "nin", "facer", "dixo", "dixeron", "foron", "estaba", "houbo", "xefe", "goberno", "concello",
            "xunta", "xente", "xeito", "cal", "cales", "todolos", "algun", "ningun", "ningunha", "aquel", "xaneiro",
            "febreiro", "marzo", "xuno", "xullo", "decembro", "luns", "martes", "mercores", "xoves", "venres",
        ],
        &[
            "em", "com", "uma", "umas", "nao", "num", "numa", "dum", "duma", "pelo", "pela", "pelos", "pelas",
            "ja", "muito", "muita", "ha", "tem", "quando", "ontem", "hoje", "tambem", "ate", "sem", "assim",
            "mas", "lhe", "lhes", "isso", "agora", "enquanto", "nem", "fazer", "disse", "disseram", "foram",
            "estava", "houve", "chefe", "governo", "gente", "jeito", "qual", "quais", "algum", "nenhum",
            "nenhuma", "aquele", "janeiro", "fevereiro", "marco", "junho", "julho", "dezembro", "feira",
        ],
    ),
    (
        "gl",
        Lang::Es,
        &[
            "os", "as", "do", "das", "ao", "aos", "unha", "unhas", "non", "xa", "moi", "dende", "hai", "cando", "onte",
            "hoxe", "ata", "sen", "polo", "pola", "coa", "foi", "seu", "sua", "mais", "tamen", "dun", "dunha", "nun",
            "nunha", "cun", "cunha",
        ],
        &[
            "el", "los", "las", "del", "al", "una", "unas", "y", "muy", "ya", "hay", "tiene", "cuando", "ayer", "hoy",
            "hasta", "sin", "fue", "su", "sus", "tambien", "le", "les", "lo", "unos",
        ],
    ),
    (
        "ca",
        Lang::It,
        &[
            "els", "les", "amb", "que", "es", "mes", "dels", "als", "aquest", "aquesta", "aquests", "tambe",
            "seva", "seus", "seves", "pel", "pels", "fins", "despres", "quan", "molt", "avui", "ahir", "any",
            "anys", "govern", "nou", "nova", "nous", "noves", "presidenta", "parlament", "ciutat", "segons",
            "perque", "sense", "fer", "han", "hi", "ho", "ens", "el", "en", "de", "sobre", "tot", "tots",
            "totes", "altres", "entre", "durant", "encara", "mateix",
        ],
        &[
            "il", "lo", "gli", "della", "delle", "degli", "dello", "che", "non", "sono", "anche", "nel",
            "nella", "nei", "alla", "alle", "dopo", "quando", "molto", "oggi", "ieri", "anno", "anni",
            "governo", "presidente", "nuovo", "nuova", "di", "da", "e", "con", "questo", "questa", "tra",
            "fra", "secondo", "sul", "sui", "stato", "stata", "essere", "piu",
        ],
    ),
    (
        "ms",
        Lang::Id,
        &[
            "polis", "kerajaan", "kerana", "syarikat", "wang", "pejabat", "mahkamah", "hospital", "universiti",
            "sahaja", "selepas", "semalam", "boleh", "kenderaan", "percuma", "kereta", "baharu", "akhbar",
            "mengikut", "menerusi", "kenyataan", "jabatan", "manakala", "iaitu", "bahawa", "tentera",
            "peratus", "bilion", "trilion", "ogos", "mac", "julai", "disember", "projek", "kualiti",
            "aktiviti", "komuniti", "dadah", "parlimen", "kempen", "kakitangan", "mangsa", "terbabit", "kes",
            "siasatan", "kanak", "cuba", "pasaran", "ringgit", "berhubung", "notis", "seksyen", "susulan",
            "sebarang", "seramai", "mencecah", "tular", "jenayah", "penjenayah", "bomba", "kemalangan",
            "pesakit", "kesihatan", "doktor", "ubat", "jururawat", "pelaburan", "pelabur", "kilang", "cukai",
            "belanjawan", "perniagaan", "peniaga", "kedai", "telefon", "bimbit", "askar", "esok",
            "bagaimanapun", "isnin", "khamis", "jumaat", "ahad", "jun", "gabenor", "setiausaha", "pengerusi",
            "timbalan", "teksi", "filem", "muzik", "muzium", "sukan", "jurulatih", "lelaki", "faham", "fikir",
            "mahu", "kanun", "reman", "saman", "kompaun", "siasat", "menyiasat", "disiasat", "televisyen",
            "stesen", "komisyen", "suruhanjaya", "pertubuhan", "majlis", "penguatkuasaan", "perbicaraan",
            "peguam", "pendakwa", "tertuduh", "kerusi", "undi", "pengundi", "parti", "rasmi", "bajet",
            "faedah", "insurans", "elektrik", "petrol", "motosikal", "lori", "jambatan", "sempadan",
            "antarabangsa", "tempatan", "bekalan", "sejurus", "dijangka", "dijangkakan", "pelbagai",
            "sebilangan", "kelmarin", "petang",
        ],
        &[
            "polisi", "pemerintah", "karena", "perusahaan", "uang", "kantor", "pengadilan", "universitas",
            "saja", "setelah", "kemarin", "bisa", "mobil", "menurut", "melalui", "pernyataan", "yaitu",
            "bahwa", "tentara", "persen", "miliar", "triliun", "agustus", "maret", "juli", "desember",
            "proyek", "kualitas", "aktivitas", "komunitas", "korban", "terlibat", "kasus", "penyelidikan",
            "coba", "narkoba", "karyawan", "rupiah", "terkait", "sepeda", "truk", "jembatan", "perbatasan",
            "internasional", "pasokan", "diperkirakan", "listrik", "bensin", "asuransi", "resmi", "partai",
            "pemilu", "pemilih", "kursi", "terdakwa", "jaksa", "pengacara", "kecelakaan", "pemadam", "pasien",
            "kesehatan", "dokter", "obat", "perawat", "investasi", "pabrik", "pajak", "bisnis", "pedagang",
            "toko", "telepon", "ponsel", "besok", "senin", "kamis", "jumat", "juni", "gubernur", "walikota",
            "bupati", "kabupaten", "kecamatan", "provinsi", "sekretaris", "taksi", "musik", "olahraga",
            "paham", "pikir", "mau", "nggak", "enggak", "banget", "aja", "warganet", "kejahatan", "rampok",
            "tilang", "rp", "pria", "menyebutkan", "saat", "yakni", "usai", "sore",
        ],
    ),
];

/// The fewest marker words that make a text the neighbour's when the
/// language's own words are absent; otherwise they must outnumber them.
const MIN_MARKERS: usize = 1;

macro_rules! define_models {
    ($($variant:ident $module:ident $code:literal $name:literal $model:ident,)*) => {
        /// The detector model of each supported language, in [`Lang::ALL`] order.
        const MODELS: &[lingua::Language] = &[$(lingua::Language::$model,)*];
    };
}
registry!(define_models);

/// The models' detector, built once per process (models load lazily).
static DETECTOR: Lazy<lingua::LanguageDetector> = Lazy::new(|| {
    let mut langs: Vec<lingua::Language> = MODELS.to_vec();
    langs.extend(NEIGHBOURS.iter().map(|&(l, _)| l));
    lingua::LanguageDetectorBuilder::from_languages(&langs).build()
});

/// Detects the language of a text.
pub(crate) fn detect(text: &str) -> Guess {
    let sample = sample(text);
    let scripts = Scripts::count(sample);
    if scripts.letters == 0 {
        return Guess { found: Detected::Undetected, confidence: 0.0 };
    }
    if let Some(d) = scripts.non_latin() {
        return by_script(d, sample);
    }
    by_models(sample)
}

/// The guess from a text's script, checked by the models when it is a
/// supported language: a neighbour of the same script that writes none of
/// the letters that tell it apart (Bulgarian without ъ, Mongolian without ө
/// and ү, in a short text) is the models' top language.
fn by_script(guess: Guess, sample: &str) -> Guess {
    let Detected::Lang(lang) = guess.found else {
        return guess;
    };
    let ranked = DETECTOR.compute_language_confidence_values(sample);
    let neighbour = ranked.first().and_then(|&(top, confidence)| {
        let &(_, code) = NEIGHBOURS.iter().find(|&&(l, _)| l == top)?;
        Some(Guess { found: Detected::Other(LangCode::new(code)), confidence })
    });
    match neighbour {
        Some(n) if MODELS[lang.index()] != ranked[0].0 => n,
        _ => guess,
    }
}

/// The first [`SAMPLE_BYTES`] of a text, cut at a char boundary.
fn sample(text: &str) -> &str {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The guess for a Latin-script text: the models' ranking, checked against
/// function words.
fn by_models(sample: &str) -> Guess {
    let ranked = DETECTOR.compute_language_confidence_values(sample);
    let Some(&(top, confidence)) = ranked.first() else {
        return Guess { found: Detected::Undetected, confidence: 0.0 };
    };
    let words = Words::count(sample);
    let found = match MODELS.iter().position(|&m| m == top) {
        Some(i) => supported(Lang::ALL[i], &words),
        None => NEIGHBOURS
            .iter()
            .find(|&&(l, _)| l == top)
            .map_or(Detected::Undetected, |&(_, code)| Detected::Other(LangCode::new(code))),
    };
    let (found, confidence) = confirm(found, confidence, &words);
    if confidence < MIN_CONFIDENCE {
        return Guess { found: Detected::Undetected, confidence };
    }
    Guess { found, confidence }
}

/// A supported language the models chose, unless a neighbour without a
/// model shows its own words.
fn supported(lang: Lang, words: &Words) -> Detected {
    for &(code, of, theirs, ours) in MARKERS {
        if of == lang {
            let markers = words.among(theirs);
            if markers >= MIN_MARKERS && markers > words.among(ours) {
                return Detected::Other(LangCode::new(code));
            }
        }
    }
    Detected::Lang(lang)
}

/// Weighs the models' confidence with function words: a supported language
/// whose function words are the most frequent of the text is confirmed
/// even when the models hesitate; one with none of them in a text of many
/// words is not taken.
fn confirm(found: Detected, confidence: f64, words: &Words) -> (Detected, f64) {
    let Detected::Lang(lang) = found else {
        return (found, confidence);
    };
    let own = words.function[lang.index()];
    let best_other = Lang::ALL.iter().filter(|&&l| l != lang).map(|l| words.function[l.index()]).max().unwrap_or(0);
    // In running text a language's function words are a third of its
    // words or more; under one in twenty over many words, the text is not
    // in it (gibberish, or a language the models do not know).
    if words.total >= MIN_WORDS_FOR_RATIO && own * 20 < words.total {
        return (Detected::Undetected, confidence.min(MIN_CONFIDENCE / 2.0));
    }
    if own >= 2 && own > best_other && confidence < MIN_CONFIDENCE {
        return (found, MIN_CONFIDENCE);
    }
    (found, confidence)
}

/// Word counts of a sample: function words per supported language, marker
/// words per neighbour.
struct Words {
    total: usize,
    function: Vec<usize>,
    folded: Vec<String>,
}

impl Words {
    fn count(sample: &str) -> Words {
        let mut function = vec![0; Lang::ALL.len()];
        let mut folded = Vec::new();
        let mut total = 0;
        for word in sample.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().any(char::is_alphabetic)) {
            total += 1;
            let f = crate::text::fold(word);
            let lower = crate::text::fold_as(word, true);
            for &lang in Lang::ALL {
                let w = if lang.lexicon().keep_marks { &lower } else { &f };
                if lang.compiled().is_function_word(w) {
                    function[lang.index()] += 1;
                }
            }
            if folded.len() < 4096 {
                folded.push(f);
            }
        }
        Words { total, function, folded }
    }

    /// How many words of the sample are in `list`.
    fn among(&self, list: &[&str]) -> usize {
        self.folded.iter().filter(|w| list.contains(&w.as_str())).count()
    }
}

/// Letters of a sample by script.
#[derive(Default)]
struct Scripts {
    letters: usize,
    latin: usize,
    /// Non-Latin scripts, each with its letter count, in [`Script`] order.
    other: [usize; Script::COUNT],
    /// Letters proper to one Cyrillic or Arabic-script language.
    proper: [usize; Proper::COUNT],
}

/// Non-Latin scripts, each with the language it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Han,
    Kana,
    Hangul,
    Cyrillic,
    Arabic,
    Greek,
    Hebrew,
    Thai,
    Devanagari,
    Bengali,
    Georgian,
    Armenian,
    Tamil,
    Other,
}

impl Script {
    const COUNT: usize = 14;
    const ALL: [Script; Script::COUNT] = [
        Script::Han,
        Script::Kana,
        Script::Hangul,
        Script::Cyrillic,
        Script::Arabic,
        Script::Greek,
        Script::Hebrew,
        Script::Thai,
        Script::Devanagari,
        Script::Bengali,
        Script::Georgian,
        Script::Armenian,
        Script::Tamil,
        Script::Other,
    ];

    /// The script of a letter, or `None` for a Latin letter.
    fn of(c: char) -> Option<Script> {
        Some(match c as u32 {
            0x0000..=0x024F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF | 0xFF21..=0xFF5A => return None,
            0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
            0x0400..=0x052F => Script::Cyrillic,
            0x0530..=0x058F => Script::Armenian,
            0x0590..=0x05FF => Script::Hebrew,
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
            0x0900..=0x097F => Script::Devanagari,
            0x0980..=0x09FF => Script::Bengali,
            0x0B80..=0x0BFF => Script::Tamil,
            0x0E00..=0x0E7F => Script::Thai,
            0x10A0..=0x10FF => Script::Georgian,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
            // Kanji that Japanese alone writes: as telling as kana.
            _ if JAPANESE_KANJI.contains(c) => Script::Kana,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => Script::Han,
            _ => Script::Other,
        })
    }
}

/// Kanji in the forms of Japanese only (shinjitai and kokuji), which
/// neither simplified nor traditional Chinese writes ("中継", "働く",
/// "駅"): a text in Han with one of them is Japanese, kana or none.
const JAPANESE_KANJI: &str = "継駅売発変図円経気済広実労働込畑峠枠栃辻県鉄団価拡転権読険験戦歳検沢関闘対総桜単営栄従徴聴乗剰黒両悪払仏囲塩姫恵掲渓穏覚観鶏軽撃剣巻勧歓陥顔帰亀犠戯暁駆";

/// Letters that only some languages of a shared script write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Proper {
    Ukrainian,
    Belarusian,
    Serbian,
    Macedonian,
    Bulgarian,
    /// Kazakh's own letters (its ң, ө, ү are counted as Kyrgyz's).
    Kazakh,
    /// Kyrgyz's ң, which Mongolian does not write.
    Kyrgyz,
    /// ө and ү: Mongolian, and Kazakh and Kyrgyz.
    Mongolian,
    Tajik,
    Persian,
    Urdu,
}

impl Proper {
    const COUNT: usize = 11;

    fn of(c: char) -> Option<Proper> {
        Some(match c {
            'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => Proper::Ukrainian,
            'ў' | 'Ў' => Proper::Belarusian,
            'ђ' | 'ј' | 'љ' | 'њ' | 'ћ' | 'џ' | 'Ђ' | 'Ј' | 'Љ' | 'Њ' | 'Ћ' | 'Џ' => Proper::Serbian,
            'ѓ' | 'ќ' | 'ѕ' | 'Ѓ' | 'Ќ' | 'Ѕ' => Proper::Macedonian,
            'ә' | 'ғ' | 'қ' | 'ұ' | 'һ' | 'Ә' | 'Ғ' | 'Қ' | 'Ұ' | 'Һ' => Proper::Kazakh,
            'ң' | 'Ң' => Proper::Kyrgyz,
            'ө' | 'ү' | 'Ө' | 'Ү' => Proper::Mongolian,
            'ӣ' | 'ӯ' | 'ҳ' | 'ҷ' | 'Ӣ' | 'Ӯ' | 'Ҳ' | 'Ҷ' => Proper::Tajik,
            'ъ' | 'Ъ' => Proper::Bulgarian,
            'پ' | 'چ' | 'ژ' | 'گ' | 'ی' => Proper::Persian,
            'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ھ' => Proper::Urdu,
            _ => return None,
        })
    }
}

impl Scripts {
    fn count(sample: &str) -> Scripts {
        let mut s = Scripts::default();
        for c in sample.chars().filter(|c| c.is_alphabetic()) {
            s.letters += 1;
            match Script::of(c) {
                None => s.latin += 1,
                Some(script) => s.other[script as usize] += 1,
            }
            if let Some(p) = Proper::of(c) {
                s.proper[p as usize] += 1;
            }
        }
        s
    }

    /// The detection of a text whose letters are mostly of one non-Latin
    /// script, or `None` for a Latin-script text.
    fn non_latin(&self) -> Option<Guess> {
        let non_latin = self.letters - self.latin;
        if non_latin * 2 <= self.letters {
            return None;
        }
        let confidence = non_latin as f64 / self.letters as f64;
        let count = |s: Script| self.other[s as usize];
        // Japanese writes Han characters too; any kana makes it Japanese.
        let script = if count(Script::Kana) > 0 && count(Script::Kana) + count(Script::Han) >= non_latin / 2 {
            Script::Kana
        } else {
            Script::ALL.into_iter().max_by_key(|&s| (count(s), std::cmp::Reverse(s as usize))).unwrap_or(Script::Other)
        };
        let code = match script {
            Script::Han => "zh",
            Script::Kana => "ja",
            Script::Hangul => "ko",
            Script::Cyrillic => self.cyrillic(),
            Script::Arabic => self.arabic(),
            Script::Greek => "el",
            Script::Hebrew => "he",
            Script::Thai => "th",
            Script::Devanagari => "hi",
            Script::Bengali => "bn",
            Script::Georgian => "ka",
            Script::Armenian => "hy",
            Script::Tamil => "ta",
            Script::Other => return Some(Guess { found: Detected::Undetected, confidence }),
        };
        let code = LangCode::new(code);
        Some(Guess { found: code.supported().map_or(Detected::Other(code), Detected::Lang), confidence })
    }

    fn cyrillic(&self) -> &'static str {
        let p = |x: Proper| self.proper[x as usize];
        let cyr = self.other[Script::Cyrillic as usize];
        // A language's own letters, at least one in a hundred letters.
        let shows = |x: Proper| p(x) > 0 && p(x) * 100 >= cyr;
        // Tajik writes ҳ and ӯ beside ғ and қ; Kazakh ә, ұ, һ beside ң, ө, ү
        // and і; Belarusian ў beside і; Macedonian ј beside ѓ, ќ, ѕ.
        if shows(Proper::Tajik) {
            "tg"
        } else if shows(Proper::Kazakh) {
            "kk"
        } else if shows(Proper::Kyrgyz) {
            "ky"
        } else if shows(Proper::Mongolian) {
            "mn"
        } else if shows(Proper::Macedonian) {
            "mk"
        } else if shows(Proper::Serbian) {
            "sr"
        } else if shows(Proper::Belarusian) {
            "be"
        } else if shows(Proper::Ukrainian) {
            "uk"
        } else if p(Proper::Bulgarian) * 40 >= cyr && p(Proper::Bulgarian) > 0 {
            // Russian writes ъ rarely; Bulgarian in one word in a few.
            "bg"
        } else {
            "ru"
        }
    }

    fn arabic(&self) -> &'static str {
        let p = |x: Proper| self.proper[x as usize];
        if p(Proper::Urdu) > 0 && p(Proper::Urdu) * 50 >= self.other[Script::Arabic as usize] {
            "ur"
        } else if p(Proper::Persian) > 0 && p(Proper::Persian) * 50 >= self.other[Script::Arabic as usize] {
            "fa"
        } else {
            "ar"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> String {
        match detect(text).found {
            Detected::Lang(l) => l.code().to_string(),
            Detected::Other(c) => c.to_string(),
            Detected::Undetected => "-".to_string(),
        }
    }

    #[test]
    fn every_supported_language_is_detected_on_a_sentence() {
        let cases = [
            ("pt", "A empresa disse que não vai vender as fábricas, mas os sindicatos estão preocupados com isso."),
            ("es", "La empresa dijo que no venderá las fábricas, pero los sindicatos están preocupados por ello."),
            ("it", "L'azienda ha detto che non venderà le fabbriche, ma i sindacati sono preoccupati per questo."),
            ("id", "Perusahaan itu mengatakan tidak akan menjual pabrik, tetapi serikat pekerja khawatir."),
            ("en", "The company said it would not sell the factories, but the unions are worried about that."),
            ("fr", "L'entreprise a dit qu'elle ne vendrait pas les usines, mais les syndicats sont inquiets."),
            (
                "de",
                "Das Unternehmen sagte, es werde die Fabriken nicht verkaufen, aber die Gewerkschaften sind besorgt.",
            ),
            ("ru", "Компания заявила, что не будет продавать заводы, но профсоюзы обеспокоены этим."),
            ("vi", "Công ty cho biết sẽ không bán các nhà máy, nhưng công đoàn vẫn lo ngại về điều đó."),
            ("ko", "회사는 공장을 매각하지 않겠다고 밝혔지만 노조는 이에 대해 우려하고 있다."),
            ("zh", "公司表示不会出售工厂，但工会对此表示担忧。"),
            ("ja", "同社は工場を売却しないと述べたが、労働組合は懸念を示している。"),
        ];
        for (want, text) in cases {
            assert_eq!(code(text), want, "{text}");
        }
        let detected: Vec<&str> = cases.iter().map(|c| c.0).collect();
        for &lang in Lang::ALL {
            assert!(detected.contains(&lang.code()), "{lang} has no detection case");
        }
    }

    #[test]
    fn other_languages_are_recognized_not_misread() {
        let cases = [
            ("ca", "El Govern aprova els pressupostos per a l'any vinent amb el suport dels socis."),
            ("gl", "A Xunta de Galicia aproba unha nova lei para os concellos do rural, segundo o presidente."),
            ("nl", "De regering heeft vandaag een nieuw plan voor de woningmarkt gepresenteerd."),
            ("ro", "Guvernul a aprobat astăzi bugetul pentru anul viitor, a anunțat ministrul."),
            ("ms", "Kerajaan akan mengumumkan bajet baharu minggu hadapan, kata menteri kewangan."),
            ("uk", "Уряд України в понеділок оголосив про нові заходи підтримки економіки."),
            ("bg", "Правителството обяви в понеделник нови мерки за подкрепа на икономиката."),
            ("be", "Урад Беларусі ў панядзелак абвясціў пра новыя меры падтрымкі эканомікі."),
            ("sr", "Влада Србије је у понедељак најавила нове мере подршке привреди."),
            ("mk", "Владата ќе најави нови мерки за поддршка на економијата во понеделник."),
            ("kk", "Үкімет дүйсенбі күні экономиканы қолдаудың жаңа шараларын жариялады."),
            ("ky", "Өкмөт дүйшөмбү күнү экономиканы колдоонун жаңы чараларын жарыялады."),
            ("mn", "Засгийн газар даваа гарагт эдийн засгийг дэмжих шинэ арга хэмжээг зарлав."),
            ("tg", "Ҳукумат рӯзи душанбе тадбирҳои нави дастгирии иқтисодро эълон кард."),
            ("ar", "أعلنت الحكومة يوم الاثنين عن خطة اقتصادية جديدة."),
        ];
        for (want, text) in cases {
            assert_eq!(code(text), want, "{text}");
        }
    }

    #[test]
    fn gibberish_is_no_supported_language() {
        // 200 KB of pseudo-random lower-case words (a fixed linear congruential sequence).
        let mut x: u64 = 7;
        let mut text = String::new();
        while text.len() < 200_000 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let len = 1 + (x >> 60) as usize % 9;
            for k in 0..len {
                text.push(char::from(b'a' + ((x >> (k * 5 + 3)) % 26) as u8));
            }
            text.push(if x % 13 == 0 { '.' } else { ' ' });
        }
        let found = detect(&text).found;
        assert!(!matches!(found, Detected::Lang(_)), "{found:?}");
    }

    #[test]
    fn no_letters_no_language() {
        for text in ["", "12345 !!! 678", "   \n\t", "2024-08-01 15:30 +0200"] {
            assert_eq!(detect(text).found, Detected::Undetected, "{text:?}");
        }
    }
}

//! Tokens, folding and sentences: the language-independent bottom layer.
//!
//! Every token is a byte range into the text, on char boundaries, with a
//! folded form (lower case, diacritics removed, or kept in a language whose
//! marks tell words apart) kept in one buffer.

use once_cell::sync::Lazy;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Appends the folded form of `s` to `out`: lower case, diacritics removed.
///
/// A word of one letter keeps its diacritics, so that Italian "è" (is) and
/// Portuguese "é" stay apart from "e" (and). Typographic apostrophes fold to `'`.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        match c {
            '’' | '‘' | 'ʼ' | '′' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
        return;
    }
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    let latin = &LATIN[..];
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(e) = latin.get((c as u32).wrapping_sub(LATIN_FIRST) as usize) {
            out.push_str(&e.folded);
        } else {
            fold_char(c, out);
        }
    }
}

/// Appends the folded form of one char inside a word: its canonical
/// decomposition with the marks dropped, in lower case. The same as NFD
/// then dropping marks (NFD only reorders marks), without the iterator's
/// reordering buffer. A Hangul syllable has no marks and stays whole
/// (NFD would spell it in jamo), as it does in a word of one char; so
/// does a kana, whose voicing mark makes another letter ("が" is not
/// "か").
fn fold_char(c: char, out: &mut String) {
    if is_hangul_syllable(c) || is_kana(c) || matches!(c as u32, 0x4E00..=0x9FFF) {
        // The common Han block has no decompositions and no case either.
        out.push(c);
        return;
    }
    if let Some(folded) = fold_cyrillic(c) {
        out.push(folded);
        return;
    }
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            out.extend(d.to_lowercase());
        }
    });
}

/// [`fold_char`] of the basic Cyrillic letters (А to я) without the table
/// look-ups: none decomposes but Й and й (И and и with a breve), and each
/// capital is 0x20 below its small letter.
fn fold_cyrillic(c: char) -> Option<char> {
    let cp = c as u32;
    if !(0x410..=0x44F).contains(&cp) || cp == 0x419 || cp == 0x439 {
        return None;
    }
    char::from_u32(if cp < 0x430 { cp + 0x20 } else { cp })
}

/// The folded form of `s`.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the lower case of `s` to `out`, its diacritics kept and composed
/// (NFC): the folding of a language whose marks tell words apart
/// (Vietnamese "sáu" six, "sau" after). Typographic apostrophes fold to `'`.
pub(crate) fn lower_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    // Text is nearly always in NFC already, and then `nfc()` would give its
    // chars back unchanged, at ten times the cost of this check.
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        lower_chars(s.chars(), out);
    } else {
        lower_chars(s.nfc(), out);
    }
}

/// Appends each char of `chars` in lower case, typographic apostrophes as `'`.
fn lower_chars(chars: impl Iterator<Item = char>, out: &mut String) {
    for c in chars {
        match c {
            '’' | '‘' | 'ʼ' | '′' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// The folded form of `s` in a language that keeps its diacritics when
/// `keep_marks` ([`lower_into`]), else [`fold`].
pub(crate) fn fold_as(s: &str, keep_marks: bool) -> String {
    let mut out = String::with_capacity(s.len());
    fold_or_lower(s, keep_marks, &mut out);
    out
}

/// Appends the folded form of `s` to `out`, as [`fold_as`].
fn fold_or_lower(s: &str, keep_marks: bool, out: &mut String) {
    if keep_marks { lower_into(s, out) } else { fold_into(s, out) }
}

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, possibly with digits after the first letter ("Embraer", "A320").
    Word,
    /// Digits, possibly with separators between them ("100.000", "1,5").
    Number,
    /// One character that is neither ("$", ",", "“").
    Punct,
}

/// How a word is capitalized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// No uppercase letter.
    Lower,
    /// First letter uppercase, some lowercase after ("Embraer", "PayPal").
    Title,
    /// Every letter uppercase, at least two ("EUA", "AI", "A320").
    Upper,
    /// Anything else (a single uppercase letter, digits only).
    Other,
}

/// One token: 16 bytes, the text it spans and its folded form as `u32`
/// offsets and its flags in one byte (a token per two bytes of text is
/// eight bytes of memory per byte of text, so the size matters).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    /// Byte offset of the first byte in the text.
    start: u32,
    /// Byte offset one past the last byte.
    end: u32,
    /// Where the folded form starts in [`Tokens::folded`]; it ends where
    /// the next token's starts (every token records where the buffer
    /// stood when it was read). Unused when the folded form is the text
    /// as written ([`flag::FOLDED_RAW`]).
    fstart: u32,
    pub kind: Kind,
    pub case: Case,
    /// [`flag`] bits.
    flags: u8,
}

/// The bits of [`Token::flags`].
mod flag {
    /// White space stands between this token and the one before.
    pub const SPACE_BEFORE: u8 = 1;
    /// A line break stands between this token and the one before.
    pub const NEWLINE_BEFORE: u8 = 2;
    /// The word contains a digit (a code such as "A320" or "F35").
    pub const HAS_DIGIT: u8 = 4;
    /// The folded form is the text as written (a lowercase ASCII word, a
    /// number, ASCII punctuation): nothing is copied for it.
    pub const FOLDED_RAW: u8 = 8;
}

/// The longest text read: offsets are `u32`, and a folded form may be
/// longer than its text. Beyond it a text is not read ([`tokenize`]).
pub(crate) const MAX_TEXT_BYTES: usize = (u32::MAX / 4) as usize;

/// The bits of [`Token::flags`] for these facts.
fn flags(space_before: bool, newline_before: bool, has_digit: bool, folded_raw: bool) -> u8 {
    let bit = |on: bool, b: u8| if on { b } else { 0 };
    bit(space_before, flag::SPACE_BEFORE)
        | bit(newline_before, flag::NEWLINE_BEFORE)
        | bit(has_digit, flag::HAS_DIGIT)
        | bit(folded_raw, flag::FOLDED_RAW)
}

impl Token {
    /// Byte offset of the first byte in the text.
    #[inline(always)]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset one past the last byte.
    #[inline(always)]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Whether white space stands between this token and the one before.
    #[inline(always)]
    pub fn space_before(&self) -> bool {
        self.flags & flag::SPACE_BEFORE != 0
    }

    /// Whether a line break stands between this token and the one before.
    #[inline(always)]
    pub fn newline_before(&self) -> bool {
        self.flags & flag::NEWLINE_BEFORE != 0
    }

    /// Whether the word contains a digit (a code such as "A320" or "F35").
    #[inline(always)]
    pub fn has_digit(&self) -> bool {
        self.flags & flag::HAS_DIGIT != 0
    }

    #[inline(always)]
    fn folded_raw(&self) -> bool {
        self.flags & flag::FOLDED_RAW != 0
    }
}

/// The tokens of a text.
pub(crate) struct Tokens<'t> {
    pub text: &'t str,
    pub toks: Vec<Token>,
    folded: String,
    /// Where the language writes ordinals with a glued period ("30.
    /// September"), its function words, which start sentences rather than
    /// follow ordinals ("um 5. Die Aktie"); `None` elsewhere. Read by the
    /// sentence splitter and the number layer.
    ordinal_period: Option<&'static FxHashSet<String>>,
}

impl<'t> Tokens<'t> {
    /// The folded form of token `i`.
    #[inline(always)]
    pub fn folded(&self, i: usize) -> &str {
        let t = &self.toks[i];
        if t.folded_raw() {
            return &self.text[t.start()..t.end()];
        }
        let fend = self.toks.get(i + 1).map_or(self.folded.len(), |n| n.fstart as usize);
        &self.folded[t.fstart as usize..fend]
    }

    /// The text of token `i` as written.
    #[inline]
    pub fn raw(&self, i: usize) -> &'t str {
        &self.text[self.toks[i].start()..self.toks[i].end()]
    }

    /// The text from the start of token `a` to the end of token `b - 1`.
    pub fn span_text(&self, a: usize, b: usize) -> &'t str {
        &self.text[self.toks[a].start()..self.toks[b - 1].end()]
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Whether token `i` is an ordinal written with a glued period ("30." in
    /// "am 30. September", "3." in "den 3. Platz"), in a language that
    /// writes ordinals so: up to three plain digits, a period glued to
    /// them, and a word after it on the same line that is not a
    /// capitalized function word opening the next sentence.
    pub fn is_ordinal(&self, i: usize) -> bool {
        let Some(function_words) = self.ordinal_period else { return false };
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Number)
            && self.raw(i).len() <= 3
            && self.raw(i).bytes().all(|b| b.is_ascii_digit())
            && self.is_punct(i + 1, '.')
            && !self.toks[i + 1].space_before()
            && self.toks.get(i + 2).is_some_and(|w| {
                w.kind == Kind::Word
                    && !w.newline_before()
                    && (w.case == Case::Lower || !function_words.contains(self.folded(i + 2)))
            })
    }

    /// Whether token `i` is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct) && self.raw(i).starts_with(c)
    }

    /// Whether token `i` opens a bracket: "(", or the full-width "（".
    pub fn is_open_bracket(&self, i: usize) -> bool {
        self.is_punct(i, '(') || self.is_punct(i, '（')
    }

    /// Whether token `i` closes a bracket: ")", or the full-width "）".
    pub fn is_close_bracket(&self, i: usize) -> bool {
        self.is_punct(i, ')') || self.is_punct(i, '）')
    }

    /// Whether token `i` is the apostrophe of a possessive "'s" glued to
    /// the name before it, with the "s" right after it ("Serbia's").
    pub fn is_possessive(&self, i: usize) -> bool {
        matches!(self.toks.get(i).map(|_| self.raw(i)), Some("'" | "’"))
            && self.toks.get(i + 1).is_some_and(|n| !n.space_before())
            && self.folded(i + 1) == "s"
    }

    /// Whether token `i` is a hyphen glued to the tokens on both sides of
    /// it, joining them into one word: "Tata-owned", "al-Norvik", "US-Konzern",
    /// "Boeing-737".
    pub fn is_joining_hyphen(&self, i: usize) -> bool {
        i > 0
            && i + 1 < self.len()
            && self.raw(i) == "-"
            && !self.toks[i].space_before()
            && !self.toks[i + 1].space_before()
    }

    /// Whether token `i` is a comma: ",", or the ideographic "、" and
    /// full-width "，" where text is written without spaces.
    pub fn is_comma(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct) && self.raw(i).starts_with([',', '、', '，'])
    }

    /// Splits each word right after digits after the first
    /// `prefix(word, glued)` bytes, as long as that leaves a word after
    /// ("만명": "만", "명"), again on what is left (glued to the first
    /// piece). `glued` says whether the word is glued to the digits or
    /// to a piece split off before it. Only words folded as written (no
    /// case, no marks) are split.
    pub fn split_glued(&mut self, prefix: impl Fn(&str, bool) -> Option<usize>) {
        let mut out: Vec<Token> = Vec::with_capacity(self.toks.len());
        for k in 0..self.toks.len() {
            let mut tok = self.toks[k];
            // A token's folded form ends where the next one's starts; a
            // piece split off ends where the rest starts.
            let fend = self.toks.get(k + 1).map_or(self.folded.len(), |n| n.fstart as usize);
            let after_digits = out.last().is_some_and(|p| p.kind == Kind::Number);
            while after_digits && tok.kind == Kind::Word && !tok.folded_raw() && !tok.newline_before() {
                let raw = &self.text[tok.start()..tok.end()];
                let folded = &self.folded[tok.fstart as usize..fend];
                let glued = !tok.space_before();
                let Some(n) = prefix(folded, glued).filter(|&n| folded == raw && n > 0 && n < raw.len()) else { break };
                let n32 = n as u32;
                out.push(Token { end: tok.start + n32, case: case_of(&raw[..n]), ..tok });
                let flags = tok.flags & !(flag::SPACE_BEFORE | flag::NEWLINE_BEFORE);
                tok =
                    Token { start: tok.start + n32, fstart: tok.fstart + n32, case: case_of(&raw[n..]), flags, ..tok };
            }
            out.push(tok);
        }
        out.shrink_to_fit();
        self.toks = out;
    }
}

impl Tokens<'_> {
    /// Cuts each word written in Han ideographs (and hiragana, which
    /// Japanese writes glued to them: see [`Script::Han`]) into pieces, from its
    /// start: `piece(rest)` is the length in bytes of the piece `rest`
    /// opens with (the longest word known, else one char). The pieces are
    /// glued to each other; the first keeps the word's spacing.
    pub fn segment(&mut self, piece: impl Fn(&str) -> usize) {
        let mut out: Vec<Token> = Vec::with_capacity(self.toks.len() * 2);
        for k in 0..self.toks.len() {
            let mut tok = self.toks[k];
            let raw = &self.text[tok.start()..tok.end()];
            let han = tok.kind == Kind::Word && raw.chars().next().is_some_and(|c| script_of(c) == Script::Han);
            let fend = self.toks.get(k + 1).map_or(self.folded.len(), |n| n.fstart as usize);
            if !han || self.folded[tok.fstart as usize..fend] != *raw {
                out.push(tok);
                continue;
            }
            let mut rest = raw;
            loop {
                let first = rest.chars().next().map_or(rest.len(), char::len_utf8);
                let n = piece(rest).clamp(first, rest.len());
                if n == rest.len() {
                    break;
                }
                let n32 = n as u32;
                out.push(Token { end: tok.start + n32, ..tok });
                let flags = tok.flags & !(flag::SPACE_BEFORE | flag::NEWLINE_BEFORE);
                tok = Token { start: tok.start + n32, fstart: tok.fstart + n32, flags, ..tok };
                rest = &rest[n..];
            }
            out.push(tok);
        }
        out.shrink_to_fit();
        self.toks = out;
    }
}

fn is_space_group(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Byte classes of ASCII, one bit each (see [`CLASS`]).
mod class {
    /// White space (`char::is_whitespace`).
    pub const SPACE: u8 = 1;
    /// A line break (`\n`, `\r`); also [`SPACE`].
    pub const NEWLINE: u8 = 2;
    pub const UPPER: u8 = 4;
    pub const LOWER: u8 = 8;
    pub const LETTER: u8 = UPPER | LOWER;
    pub const DIGIT: u8 = 16;
    /// Any other ASCII byte: a punctuation token of its own.
    pub const PUNCT: u8 = 32;
}

/// The class of every byte: ASCII bytes by what they are, every byte from
/// 0x80 on as 0 (its char is decoded and read by the general path).
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'\n' | b'\r' => class::SPACE | class::NEWLINE,
            b'\t' | 0x0b | 0x0c | b' ' => class::SPACE,
            b'A'..=b'Z' => class::UPPER,
            b'a'..=b'z' => class::LOWER,
            b'0'..=b'9' => class::DIGIT,
            _ => class::PUNCT,
        };
        b += 1;
    }
    t
};

/// The first char of the fold table ([`LATIN`]) and one past its last:
/// every char of two bytes in UTF-8 up to Cyrillic (lead bytes 0xC2 to
/// 0xD3).
const LATIN_FIRST: u32 = 0x80;
const LATIN_END: u32 = 0x500;

/// What the tokenizer needs of one char of two bytes in UTF-8 from
/// Latin-1 Supplement to Cyrillic (U+0080 to U+04FF: Latin, IPA, Greek,
/// Cyrillic and the combining marks), computed once from the general
/// Unicode functions, so that both paths agree.
#[derive(Default)]
struct Latin {
    /// Whether the char continues a word (alphanumeric) on the fast path.
    word: bool,
    /// A combining mark: the general path reads a word that holds one.
    mark: bool,
    alphabetic: bool,
    numeric: bool,
    upper: bool,
    lower: bool,
    /// The folded form inside a word of two chars or more ([`fold_char`]).
    folded: String,
    /// The folded form of a word of this char alone: lower case, diacritics kept.
    alone: String,
}

/// The fold table: [`Latin`] for U+0080 to U+04FF, by code point minus 0x80.
static LATIN: Lazy<Vec<Latin>> = Lazy::new(|| {
    (LATIN_FIRST..LATIN_END)
        .map(|cp| match char::from_u32(cp) {
            Some(c) => {
                let mut folded = String::new();
                fold_char(c, &mut folded);
                Latin {
                    // A combining mark would be read by the general path.
                    word: c.is_alphanumeric() && !is_combining_mark(c),
                    mark: is_combining_mark(c),
                    alphabetic: c.is_alphabetic(),
                    numeric: c.is_numeric(),
                    upper: c.is_uppercase(),
                    lower: c.is_lowercase(),
                    folded,
                    // As [`fold_into`] folds a word of one char.
                    alone: fold(c.encode_utf8(&mut [0; 4])),
                }
            }
            None => Latin::default(),
        })
        .collect()
});

/// The Unicode properties a word is read by ([`props`]), as bits.
mod prop {
    pub const ALPHABETIC: u8 = 1;
    pub const NUMERIC: u8 = 2;
    pub const UPPER: u8 = 4;
    pub const LOWER: u8 = 8;
    /// A combining mark (`unicode_normalization`'s).
    pub const MARK: u8 = 16;
}

/// Where [`PROPS`] ends: Latin, Greek, Cyrillic, the combining marks and
/// the Latin letters of Vietnamese are below.
const PROPS_END: u32 = 0x2000;

/// The chars of one page of [`PROPS`].
const PAGE: u32 = 0x100;

/// [`props`] of every char below [`PROPS_END`], from the tables, a page of
/// [`PAGE`] chars at a time, the first time a char of the page is asked:
/// a text is written in a few scripts, and the whole table would cost
/// more to make than most texts to read.
static PROPS: [OnceLock<[u8; PAGE as usize]>; (PROPS_END / PAGE) as usize] =
    [const { OnceLock::new() }; (PROPS_END / PAGE) as usize];

/// The page of [`PROPS`] that starts at char `first`.
fn props_page(first: u32) -> [u8; PAGE as usize] {
    let mut page = [0; PAGE as usize];
    for (k, p) in page.iter_mut().enumerate() {
        *p = char::from_u32(first + k as u32).map_or(0, props_of);
    }
    page
}

/// The [`prop`] bits of a char, from the Unicode tables.
fn props_of(c: char) -> u8 {
    let bit = |b: bool, p: u8| if b { p } else { 0 };
    bit(c.is_alphabetic(), prop::ALPHABETIC)
        | bit(c.is_numeric(), prop::NUMERIC)
        | bit(c.is_uppercase(), prop::UPPER)
        | bit(c.is_lowercase(), prop::LOWER)
        | bit(is_combining_mark(c), prop::MARK)
}

/// The [`prop`] bits of a char: from [`PROPS`] below [`PROPS_END`], else
/// from the Unicode tables.
fn props(c: char) -> u8 {
    let cp = c as u32;
    match PROPS.get((cp / PAGE) as usize) {
        Some(page) => page.get_or_init(|| props_page(cp - cp % PAGE))[(cp % PAGE) as usize],
        None => props_of(c),
    }
}

/// The entry of [`LATIN`] for the char starting at byte `i`, if it is one.
#[inline]
fn latin_at<'a>(latin: &'a [Latin], bytes: &[u8], i: usize) -> Option<&'a Latin> {
    match (bytes[i], bytes.get(i + 1)) {
        (lead @ 0xc2..=0xd3, Some(&next)) => {
            let cp = (u32::from(lead & 0x1f) << 6) | u32::from(next & 0x3f);
            latin.get((cp - LATIN_FIRST) as usize)
        }
        _ => None,
    }
}

/// What one token is, as read by the scanner.
struct Scanned {
    end: usize,
    kind: Kind,
    case: Case,
    has_digit: bool,
    /// Whether the folded form is the text as written (nothing was appended).
    folded_raw: bool,
}

/// Splits `text` into tokens. `groups` lists the digit-group separators of
/// the text's language; a space-like one joins digit groups only when
/// listed, and only before exactly three digits. `ordinal_period` is the
/// language's function words where it writes ordinals with a glued period
/// (see [`Tokens::is_ordinal`]), `None` elsewhere. `keep_marks`: the
/// language's words keep their diacritics when folded ([`lower_into`]).
///
/// One pass over the bytes, by the class of each ([`CLASS`]): ASCII white
/// space, letters, digits and punctuation, and the letters of Latin-1 and
/// Latin Extended-A ([`LATIN`], unless `keep_marks`: its folds drop marks),
/// are read and folded from tables; any other char goes the general
/// Unicode way.
pub(crate) fn tokenize<'t>(
    text: &'t str,
    groups: &[char],
    ordinal_period: Option<&'static FxHashSet<String>>,
    keep_marks: bool,
) -> Tokens<'t> {
    let text = within_limit(text);
    // A language that keeps its marks reads only ASCII from the tables.
    let latin = if keep_marks { &[][..] } else { &LATIN[..] };
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let mut folded = String::with_capacity(text.len() + 16);
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = true;
    // Whether a `<` or `&` token was read: markup to strip.
    let mut markup = false;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        let cl = CLASS[usize::from(b)];
        let fstart = folded.len();
        let scanned = if cl & class::SPACE != 0 {
            newline_before |= cl & class::NEWLINE != 0;
            space_before = true;
            i += 1;
            continue;
        } else if cl & class::LETTER != 0 {
            ascii_word(text, i, &mut folded)
                .or_else(|| fast_word(text, i, latin, &mut folded))
                .unwrap_or_else(|| general_word(text, i, keep_marks, &mut folded))
        } else if cl & class::DIGIT != 0 {
            let end = scan_number(text, i, groups);
            let raw = &text[i..end];
            let case = if raw.is_ascii() { Case::Lower } else { case_of(raw) };
            Scanned { end, kind: Kind::Number, case, has_digit: true, folded_raw: true }
        } else if cl & class::PUNCT != 0 && bytes.get(i + 1).is_none_or(|&n| n.is_ascii()) {
            // One ASCII char, no combining mark after it.
            markup |= b == b'<' || b == b'&';
            Scanned { end: i + 1, kind: Kind::Punct, case: Case::Lower, has_digit: false, folded_raw: true }
        } else {
            let Some(c) = text[i..].chars().next() else { break };
            if c.is_whitespace() || is_invisible(c) {
                newline_before |= matches!(c, '\u{2028}' | '\u{2029}');
                space_before = true;
                i += c.len_utf8();
                continue;
            }
            if is_wide_digit(c) {
                wide_number(text, i, &mut folded)
            } else if is_alphanumeric(c) {
                let fast = latin_at(latin, bytes, i).is_some_and(|e| e.word && !e.numeric);
                fast.then(|| fast_word(text, i, latin, &mut folded))
                    .flatten()
                    .unwrap_or_else(|| general_word(text, i, keep_marks, &mut folded))
            } else {
                general_punct(text, i, c, keep_marks, &mut folded)
            }
        };
        toks.push(Token {
            start: i as u32,
            end: scanned.end as u32,
            fstart: fstart as u32,
            kind: scanned.kind,
            case: scanned.case,
            flags: flags(space_before, newline_before, scanned.has_digit, scanned.folded_raw),
        });
        i = scanned.end;
        space_before = false;
        newline_before = false;
    }
    if markup {
        strip_markup(text, &mut toks, &mut folded);
    }
    // Tokens live as long as their text is read: no spare capacity.
    toks.shrink_to_fit();
    folded.shrink_to_fit();
    Tokens { text, toks, folded, ordinal_period }
}

/// `text` up to [`MAX_TEXT_BYTES`] (cut at a char boundary): what fits
/// the `u32` offsets of a [`Token`].
fn within_limit(text: &str) -> &str {
    let mut end = text.len().min(MAX_TEXT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Reads a word of ASCII letters alone that starts at byte `start`: the
/// most common token, in one tight loop. `None` when a digit or a char
/// outside ASCII follows the letters ([`fast_word`] reads the word then).
#[inline]
fn ascii_word(text: &str, start: usize, folded: &mut String) -> Option<Scanned> {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut upper = 0;
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        upper += usize::from(bytes[i].is_ascii_uppercase());
        i += 1;
    }
    if bytes.get(i).is_some_and(|&b| !b.is_ascii() || b.is_ascii_digit()) {
        return None;
    }
    let len = i - start;
    let first_upper = bytes.get(start).is_some_and(u8::is_ascii_uppercase);
    let case = case_of_counts(upper, len - upper, len, Some(first_upper));
    if upper > 0 {
        let f = folded.len();
        folded.push_str(&text[start..i]);
        folded[f..].make_ascii_lowercase();
    }
    Some(Scanned { end: i, kind: Kind::Word, case, has_digit: false, folded_raw: upper == 0 })
}

/// Reads a word that starts at byte `start` with a letter, on the fast
/// path: ASCII letters and digits and the word chars of [`LATIN`], folded
/// and counted from the tables. `None` (with `folded` as it was) when a
/// char outside them belongs to the word: [`general_word`] reads it then.
fn fast_word(text: &str, start: usize, latin: &[Latin], folded: &mut String) -> Option<Scanned> {
    let bytes = text.as_bytes();
    let fstart = folded.len();
    let (mut upper, mut lower, mut chars) = (0usize, 0usize, 0usize);
    let mut first_upper: Option<bool> = None;
    let mut has_digit = false;
    let mut alone: Option<&Latin> = None;
    let mut i = start;
    loop {
        // A run of ASCII letters, counted in a tight loop and folded at once.
        let run = i;
        let mut run_upper = 0;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            run_upper += usize::from(bytes[i].is_ascii_uppercase());
            i += 1;
        }
        if i > run {
            upper += run_upper;
            lower += i - run - run_upper;
            chars += i - run;
            first_upper.get_or_insert(bytes[run].is_ascii_uppercase());
            let f = folded.len();
            folded.push_str(&text[run..i]);
            folded[f..].make_ascii_lowercase();
        }
        let Some(&b) = bytes.get(i) else { break };
        if b.is_ascii_digit() {
            // A currency glued to its digits ("Rp12,4", "EUR5") is no code.
            if !has_digit && is_glued_currency(&text[start..i]) {
                break;
            }
            has_digit = true;
            folded.push(char::from(b));
            i += 1;
        } else if b.is_ascii() {
            break;
        } else if let Some(e) = latin_at(latin, bytes, i) {
            if e.mark {
                folded.truncate(fstart);
                return None;
            }
            if !e.word {
                break;
            }
            has_digit |= e.numeric;
            upper += usize::from(e.upper);
            lower += usize::from(e.lower);
            if e.alphabetic {
                first_upper.get_or_insert(e.upper);
            }
            folded.push_str(&e.folded);
            alone = Some(e);
            i += 2;
        } else {
            let d = text[i..].chars().next()?;
            if is_alphanumeric(d) || is_combining_mark(d) {
                folded.truncate(fstart);
                return None;
            }
            break;
        }
        chars += 1;
    }
    if chars == 1 {
        // A word of one letter keeps its diacritics (see [`fold_into`]).
        if let Some(e) = alone {
            folded.truncate(fstart);
            folded.push_str(&e.alone);
        }
    }
    let case = case_of_counts(upper, lower, chars, first_upper);
    Some(Scanned { end: i, kind: Kind::Word, case, has_digit, folded_raw: false })
}

/// Reads a word that starts at byte `start` with an alphanumeric char, in
/// any script: letters, digits and combining marks; `keep_marks` as in
/// [`tokenize`].
fn general_word(text: &str, start: usize, keep_marks: bool, folded: &mut String) -> Scanned {
    let bytes = text.as_bytes();
    let mut has_digit = false;
    let first = text[start..].chars().next();
    // A word is in one script without case (Hangul, Han, katakana) or in
    // none: a name glued to its particle is two words ("Acme은",
    // "Acme表示", "Acmeは"), as is a Hangul or Han word glued to a code
    // ("갤럭시S24"), and a katakana word glued to a kanji ("ドル相当").
    let script = first.map_or(Script::Other, script_of);
    let uncased = script != Script::Other;
    // Whether every char of the word is of [`plain_script`]: then the
    // word is its own folded form and has no case.
    let mut all_plain = first.and_then(plain_script).is_some();
    let mut i = start + first.map_or(1, char::len_utf8);
    while i < text.len() {
        // Invariant: i is on a char boundary.
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            if uncased {
                break;
            }
            i += 1;
            continue;
        }
        let Some(d) = text[i..].chars().next() else { break };
        if uncased && plain_script(d) == Some(script) {
            i += d.len_utf8();
            continue;
        }
        // A currency glued to its digits ("Rp12,4", "EUR5") is no code.
        if d.is_ascii_digit() && !has_digit && is_glued_currency(&text[start..i]) {
            break;
        }
        // Nor are digits part of a Hangul or Han word ("만5000", "万5000":
        // a scale, then digits).
        let p = props(d);
        let (alphabetic, numeric) = (p & prop::ALPHABETIC != 0, p & prop::NUMERIC != 0);
        if (alphabetic && script_of(d) != script) || (uncased && numeric) || is_wide_digit(d) {
            break;
        }
        if alphabetic || numeric || p & prop::MARK != 0 {
            has_digit |= numeric;
            all_plain = false;
            i += d.len_utf8();
        } else {
            break;
        }
    }
    let raw = &text[start..i];
    if all_plain {
        folded.push_str(raw);
        return Scanned { end: i, kind: Kind::Word, case: Case::Lower, has_digit, folded_raw: false };
    }
    fold_or_lower(raw, keep_marks, folded);
    Scanned { end: i, kind: Kind::Word, case: case_of(raw), has_digit, folded_raw: false }
}

/// Reads one punctuation char `c` at byte `start`, with the combining
/// marks after it; `keep_marks` as in [`tokenize`].
fn general_punct(text: &str, start: usize, c: char, keep_marks: bool, folded: &mut String) -> Scanned {
    let mut i = start + c.len_utf8();
    while let Some(d) = text[i..].chars().next() {
        if is_combining_mark(d) {
            i += d.len_utf8();
        } else {
            break;
        }
    }
    let raw = &text[start..i];
    fold_or_lower(raw, keep_marks, folded);
    Scanned { end: i, kind: Kind::Punct, case: case_of(raw), has_digit: false, folded_raw: false }
}

/// HTML tags whose element is a block: a line break in the text.
const BLOCK_TAGS: &[&str] = &[
    "br",
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figure",
    "figcaption",
    "section",
    "article",
    "header",
    "footer",
    "table",
    "tr",
    "td",
    "th",
    "hr",
    "aside",
];

/// HTML tags kept inside a line.
const INLINE_TAGS: &[&str] =
    &["a", "b", "i", "u", "em", "strong", "span", "small", "sup", "sub", "img", "font", "mark"];

/// The most tokens an HTML tag may span with its attributes.
const MAX_TAG_TOKENS: usize = 60;

/// Drops HTML remnants from the tokens: tags (`<br />`, `<p class="x">`,
/// `</a>`) and character references (`&nbsp;`, `&#8217;`). A block tag is a
/// line break for the token after it, so that "died.<br />The toll" splits
/// into two sentences and no claim quotes the markup. Text with no `<` or
/// `&` token is left as it is.
fn strip_markup(text: &str, toks: &mut Vec<Token>, folded: &mut String) {
    let raw = |t: &Token| &text[t.start()..t.end()];
    if !toks.iter().any(|t| t.kind == Kind::Punct && matches!(raw(t), "<" | "&")) {
        return;
    }
    // The kept tokens move down in place (a markup token is only read
    // before any kept token is written over it), and their folded forms
    // into a new buffer, so that each still ends where the next starts.
    let mut kept_folded = String::with_capacity(folded.len());
    let (mut space, mut newline) = (false, false);
    let (mut k, mut w) = (0, 0);
    while k < toks.len() {
        match markup_at(text, toks, k) {
            Some((end, block)) => {
                space = true;
                newline |= block || toks[k].newline_before();
                k = end;
            }
            None => {
                let mut t = toks[k];
                let fend = toks.get(k + 1).map_or(folded.len(), |n| n.fstart as usize);
                t.fstart = kept_folded.len() as u32;
                if !t.folded_raw() {
                    kept_folded.push_str(&folded[toks[k].fstart as usize..fend]);
                }
                t.flags |= flags(space, newline, false, false);
                toks[w] = t;
                w += 1;
                (space, newline) = (false, false);
                k += 1;
            }
        }
    }
    toks.truncate(w);
    *folded = kept_folded;
}

/// An HTML tag or character reference starting at token `k`: the token
/// after it, and whether it breaks the line.
fn markup_at(text: &str, toks: &[Token], k: usize) -> Option<(usize, bool)> {
    let raw = |j: usize| toks.get(j).map_or("", |t| &text[t.start()..t.end()]);
    let glued = |j: usize| toks.get(j).is_some_and(|t| !t.space_before());
    match raw(k) {
        "&" => {
            // "&nbsp;", "&amp;", "&#8217;"
            let name = if raw(k + 1) == "#" && glued(k + 1) { k + 2 } else { k + 1 };
            let named = toks.get(name).is_some_and(|t| {
                glued(name) && t.end - t.start <= 10 && raw(name).bytes().all(|b| b.is_ascii_alphanumeric())
            });
            (named && raw(name + 1) == ";" && glued(name + 1)).then_some((name + 2, false))
        }
        "<" => {
            let name = if raw(k + 1) == "/" && glued(k + 1) { k + 2 } else { k + 1 };
            let tag = raw(name).to_ascii_lowercase();
            let block = BLOCK_TAGS.contains(&tag.as_str());
            if !glued(name) || !(block || INLINE_TAGS.contains(&tag.as_str())) {
                return None;
            }
            let close = (name + 1..toks.len().min(name + MAX_TAG_TOKENS))
                .take_while(|&j| !toks[j].newline_before() && raw(j) != "<")
                .find(|&j| raw(j) == ">")?;
            Some((close + 1, block))
        }
        _ => None,
    }
}

/// Whether letters written right before digits are a currency abbreviation
/// ("Rp", "RM", "EUR"): one of the lexicons' one-word currencies of two or
/// three letters. The tokenizer sees no language, so the set is that of
/// every language; the tagger then reads the word in the text's language.
fn is_glued_currency(letters: &str) -> bool {
    static GLUED: Lazy<FxHashSet<String>> = Lazy::new(|| {
        let mut set = FxHashSet::default();
        for &lang in crate::lang::Lang::ALL {
            for &(p, _) in lang.lexicon().currencies {
                let n = p.chars().count();
                if (2..=3).contains(&n) && p.chars().all(char::is_alphabetic) {
                    set.insert(fold(p));
                }
            }
        }
        set
    });
    letters.len() <= 3 && GLUED.contains(fold(letters).as_str())
}

/// Whether a char is a precomposed Hangul syllable.
fn is_hangul_syllable(c: char) -> bool {
    matches!(c as u32, 0xAC00..=0xD7A3)
}

/// A script written without case whose words stand apart from other
/// scripts' and from digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Hangul,
    /// Han ideographs, with the hiragana Japanese writes glued to them
    /// (particles and inflections: "亡くなった", "人が"), so that one run
    /// of both is cut into words ([`Tokens::segment`]).
    Han,
    /// Katakana with its long vowel mark ("パーセント"): loanwords and
    /// foreign names, each run one word.
    Katakana,
    Other,
}

/// The script of a char, as words are cut ([`Script`]).
fn script_of(c: char) -> Script {
    if is_hangul(c) {
        Script::Hangul
    } else if is_han(c) || is_hiragana(c) || c == '々' {
        Script::Han
    } else if is_katakana(c) {
        Script::Katakana
    } else {
        Script::Other
    }
}

/// The script of a char of the common blocks of an uncased script: the
/// CJK unified ideographs and extension A, hiragana and katakana letters,
/// precomposed Hangul syllables. Each is a letter, no digit and no mark,
/// without case, and its own folded form (checked for every one by a
/// test), so [`general_word`] takes it without the Unicode tables. `None`
/// for every other char.
fn plain_script(c: char) -> Option<Script> {
    match c as u32 {
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x3041..=0x3096 | 0x309D..=0x309F => Some(Script::Han),
        0x30A1..=0x30FA | 0x30FC..=0x30FF => Some(Script::Katakana),
        0xAC00..=0xD7A3 => Some(Script::Hangul),
        _ => None,
    }
}

/// `c.is_alphanumeric()`, answered for ASCII, the chars of
/// [`plain_script`] and those of [`PROPS`] without the Unicode tables.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        plain_script(c).is_some() || props(c) & (prop::ALPHABETIC | prop::NUMERIC) != 0
    }
}

/// Whether some char of `s` is an uppercase or lowercase letter; the
/// chars of [`plain_script`] are not, nor ASCII other than letters.
pub(crate) fn has_case(s: &str) -> bool {
    s.chars().any(|c| {
        if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            plain_script(c).is_none() && (c.is_lowercase() || c.is_uppercase())
        }
    })
}

/// Whether a char is a hiragana or katakana letter, whole in folding.
fn is_kana(c: char) -> bool {
    is_hiragana(c) || is_katakana(c)
}

/// Whether a char is a hiragana letter or iteration mark (not a separate
/// voicing mark).
fn is_hiragana(c: char) -> bool {
    matches!(c as u32, 0x3041..=0x3096 | 0x309D..=0x309F)
}

/// Whether a word is written in hiragana alone: in Japanese, the
/// particles and inflections that segmentation leaves as short pieces
/// ("に", "なっ", "て", "いる").
pub(crate) fn is_hiragana_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(is_hiragana)
}

/// Whether a char is a katakana letter, its long vowel mark ("ー") or
/// iteration marks, in full or half width; not the middle dot ("・"),
/// which separates words.
fn is_katakana(c: char) -> bool {
    matches!(c as u32, 0x30A1..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F)
}

/// Whether a char is of a run that a lexicon written without spaces cuts
/// into its words ([`Tokens::segment`]): a Han ideograph or a hiragana.
pub(crate) fn is_segmented(c: char) -> bool {
    script_of(c) == Script::Han
}

/// Whether a char is of a script written without spaces between words
/// (Han ideographs, kana): a word in one, glued before digits, is a word
/// of its own, not a code with them.
pub(crate) fn is_unspaced(c: char) -> bool {
    matches!(script_of(c), Script::Han | Script::Katakana)
}

/// Whether a word is written in katakana only ("ノルビク"): in Japanese,
/// a loanword or a foreign name.
pub(crate) fn is_katakana_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(is_katakana)
}

/// Whether a char is a Han ideograph (CJK Unified Ideographs, extension A,
/// compatibility ideographs, the ideographic zero).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2EBEF)
}

/// Whether a char is a full-width digit ("１２３"), read as its ASCII digit.
fn is_wide_digit(c: char) -> bool {
    matches!(c, '\u{ff10}'..='\u{ff19}')
}

/// Whether a char is a Hangul syllable or jamo.
fn is_hangul(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7AF | 0xD7B0..=0xD7FF)
}

/// Zero-width and bidirectional controls: skipped like white space.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{ad}')
}

/// Reads a number written in full-width digits at byte `start` ("１２３",
/// "１，２００", "３．５"): its folded form is in ASCII ("123", "1,200",
/// "3.5"), so that it reads as the same number in digits.
fn wide_number(text: &str, start: usize, folded: &mut String) -> Scanned {
    let fold = |c: char| match c {
        '\u{ff10}'..='\u{ff19}' => char::from_u32(c as u32 - 0xff10 + u32::from(b'0')),
        ',' | '\u{ff0c}' => Some(','),
        '.' | '\u{ff0e}' => Some('.'),
        _ => None,
    };
    let mut i = start;
    let mut chars = text[start..].chars().peekable();
    while let Some(c) = chars.next() {
        let Some(f) = fold(c) else { break };
        // A separator joins two digits only.
        if !is_wide_digit(c) && !chars.peek().is_some_and(|&d| is_wide_digit(d)) {
            break;
        }
        folded.push(f);
        i += c.len_utf8();
    }
    Scanned { end: i, kind: Kind::Number, case: Case::Lower, has_digit: true, folded_raw: false }
}

/// Scans a number starting at byte `i` (an ASCII digit) and returns its end.
fn scan_number(text: &str, mut i: usize, groups: &[char]) -> usize {
    let bytes = text.as_bytes();
    let digits = |mut j: usize| {
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let start = i;
    i = digits(i);
    // Space-like groups follow a first group of one to three digits only
    // ("100 000", not "2023 500").
    let short_lead = i - start <= 3;
    loop {
        let Some(sep) = text[i..].chars().next() else { return i };
        let after = i + sep.len_utf8();
        let next_is_digit = bytes.get(after).is_some_and(|b| b.is_ascii_digit());
        if !next_is_digit {
            return i;
        }
        let end = digits(after);
        match sep {
            '.' | ',' | '\'' | '’' => i = end,
            // "100 000": exactly three digits, not followed by more. A group that
            // starts with 0 cannot open a number of its own, so it joins in any
            // language ("80 000" in English too).
            c if is_space_group(c)
                && short_lead
                && end - after == 3
                && (groups.contains(&c) || bytes[after] == b'0') =>
            {
                i = end
            }
            _ => return i,
        }
    }
}

/// The case of a word of `chars` chars, `upper` of them uppercase and
/// `lower` lowercase, whose first alphabetic char is uppercase when
/// `first_upper` says so.
fn case_of_counts(upper: usize, lower: usize, chars: usize, first_upper: Option<bool>) -> Case {
    match (upper, lower, first_upper) {
        (0, _, _) => Case::Lower,
        (u, 0, _) if u >= 2 || chars >= 2 => Case::Upper,
        (_, l, Some(true)) if l > 0 => Case::Title,
        _ => Case::Other,
    }
}

fn case_of(raw: &str) -> Case {
    let (mut upper, mut lower, mut chars) = (0, 0, 0);
    let mut first_upper = None;
    for c in raw.chars() {
        let p = props(c);
        upper += usize::from(p & prop::UPPER != 0);
        lower += usize::from(p & prop::LOWER != 0);
        chars += 1;
        if first_upper.is_none() && p & prop::ALPHABETIC != 0 {
            first_upper = Some(p & prop::UPPER != 0);
        }
    }
    case_of_counts(upper, lower, chars, first_upper)
}

/// The most tokens a sentence may have before it is cut.
pub(crate) const MAX_SENTENCE_TOKENS: usize = 400;

/// A sentence: a range of token indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// Splits tokens into sentences: at a line break, and after `.`, `!`, `?`
/// or `…` followed by a capitalized word, a digit or a quote, except after
/// initials and short uppercase abbreviations ("D.C.", "EE. UU."), and
/// except inside a quotation opened in the same sentence (at most 120 tokens back).
pub(crate) fn sentences(t: &Tokens) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quote_open: Option<usize> = None;
    for i in 0..t.len() {
        let tok = t.toks[i];
        // No real sentence is this long: a cap keeps every sentence-local
        // step bounded, so work stays linear on text with no punctuation.
        if i > start && ((tok.newline_before() && !comma_ended(t, i)) || i - start >= MAX_SENTENCE_TOKENS) {
            out.push(Sentence { start, end: i });
            start = i;
            quote_open = None;
        }
        if tok.kind != Kind::Punct {
            continue;
        }
        let c = t.raw(i).chars().next().unwrap_or(' ');
        let was_open = quote_open.is_some();
        quote_open = quote_after(t, i, c, quote_open);
        let end = if was_open && quote_open.is_none() && quoted_end(t, i, start) {
            // A quotation that ends a sentence ends it with its closing
            // mark: 'called it "a hard day." The company revealed ...'.
            Some(i + 1)
        } else if quote_open.is_some() {
            None
        } else if matches!(c, '。' | '！' | '？') {
            ideographic_end(t, i)
        } else if matches!(c, '.' | '!' | '?' | '…') {
            stop_end(t, i, start, c)
        } else {
            None
        };
        if let Some(end) = end {
            out.push(Sentence { start, end });
            start = end;
        }
    }
    if start < t.len() {
        out.push(Sentence { start, end: t.len() });
    }
    out
}

/// Whether the line before token `i` ends with a comma, the sentence
/// going on past the line break: a list written one item a line ("▽トルコ
/// 国内で2万665人、\n▽シリア側では少なくとも3553人が死亡し").
fn comma_ended(t: &Tokens, i: usize) -> bool {
    i > 0 && t.is_comma(i - 1)
}

/// Which quotation is open after the punctuation `c` at token `i`
/// (`open`: the one open before it, by its opening mark's token); one
/// open for more than 120 tokens is taken as never closed.
fn quote_after(t: &Tokens, i: usize, c: char, open: Option<usize>) -> Option<usize> {
    let open = match c {
        // German quotes open low and close with the English opening mark: „…“.
        '“' if open.is_some_and(|q| t.raw(q).starts_with('„')) => None,
        // Or point inwards: »…«, the opening mark glued to its word.
        '«' if open.is_some_and(|q| t.raw(q).starts_with('»')) => None,
        '»' if open.is_none() && opens_inward(t, i) => Some(i),
        '“' | '«' | '„' | '「' | '『' => Some(i),
        '”' | '»' | '」' | '』' => None,
        '"' if open.is_some() => None,
        '"' => Some(i),
        _ => open,
    };
    open.filter(|&q| i - q <= 120)
}

/// Whether the "»" at token `i` opens a German quotation: glued to the
/// word after it, apart from the one before ("die »Rentenreform«"), where
/// a French closing "»" stands after its word.
pub(crate) fn opens_inward(t: &Tokens, i: usize) -> bool {
    let glued_after = t.toks.get(i + 1).is_some_and(|n| !n.space_before() && n.kind != Kind::Punct);
    glued_after && (i == 0 || t.toks[i].space_before())
}

/// Where the sentence that the ideographic full stop or a full-width mark
/// at `i` ends ends: they end it wherever they stand (Chinese and Japanese
/// write no space after them), a closing bracket right after one with it
/// ("（…。）"); a closing quote leaves it open ("「…。」と述べた"). `None`
/// at the text's end.
fn ideographic_end(t: &Tokens, i: usize) -> Option<usize> {
    let next = t.toks.get(i + 1).filter(|n| !n.newline_before()).map(|_| t.raw(i + 1));
    let end = match next {
        Some(")" | "）") => Some(i + 2),
        Some(n) if closing_quote(n) => None,
        _ => Some(i + 1),
    };
    end.filter(|&e| e < t.len())
}

/// Where the sentence that the stop `c` (`.`, `!`, `?`, `…`) at `i` may end
/// ends: before a capitalized word, a letter of a script without case, a
/// digit or an opening quote or dash after a space, never after an
/// initial, an abbreviation or an ordinal; `None` at the text's end or
/// before a line break (which splits of itself).
fn stop_end(t: &Tokens, i: usize, start: usize, c: char) -> Option<usize> {
    let next = t.toks.get(i + 1)?;
    if next.newline_before() {
        return None;
    }
    if !next.space_before() {
        return doubled_stop_end(t, i);
    }
    let nc = t.raw(i + 1).chars().next().unwrap_or(' ');
    // A letter of a script without case (Hangul, Han, kana) may open a
    // sentence too: "전달한다. 영국은".
    let caseless = nc.is_alphabetic() && !nc.is_uppercase() && !nc.is_lowercase();
    let opens = nc.is_uppercase()
        || caseless
        || nc.is_ascii_digit()
        || matches!(nc, '“' | '"' | '«' | '„' | '‘' | '(' | '—' | '–');
    let abbrev = c == '.' && i > start && (is_abbreviation(t, i - 1) || t.is_ordinal(i - 1));
    (opens && !abbrev).then_some(i + 1)
}

/// Where a sentence ends at a stop glued to the next word: a doubled stop
/// or an ellipsis before a capitalized word of lower-case letters
/// ("em 2025..Paralelamente, o banco"), as scraped pages run paragraphs
/// together; never a single period ("Acme.Com", "3.5").
fn doubled_stop_end(t: &Tokens, i: usize) -> Option<usize> {
    let doubled = matches!(t.raw(i), ".." | "..." | "…")
        || (t.raw(i) == "." && i > 0 && t.raw(i - 1) == "." && !t.toks[i].space_before());
    let next = t.toks.get(i + 1)?;
    let word = next.kind == Kind::Word && next.case == Case::Title && t.raw(i + 1).chars().count() >= 3;
    (doubled && word).then_some(i + 1)
}

/// Whether the closing quotation mark at `i` ends its sentence: a full
/// stop, question or exclamation mark right before it, and a capitalized
/// word after it on the same line ("day." The company); Western marks
/// only ("「…。」と述べた" goes on).
fn quoted_end(t: &Tokens, i: usize, start: usize) -> bool {
    let western = matches!(t.raw(i).chars().next(), Some('"' | '”' | '»' | '«'));
    let stop = i > start + 1 && matches!(t.raw(i - 1), "." | "!" | "?" | "…");
    let next = t.toks.get(i + 1).filter(|n| n.space_before() && !n.newline_before());
    let capital = next.is_some_and(|_| t.raw(i + 1).chars().next().is_some_and(char::is_uppercase));
    western && stop && capital
}

/// Whether a token closes a quotation: a full stop right before it
/// belongs to the quote, and the sentence goes on ("「…。」と述べた").
fn closing_quote(raw: &str) -> bool {
    matches!(raw.chars().next(), Some('」' | '』' | '”' | '»'))
}

/// Whether the word before a period is an initial or a short
/// abbreviation ("D." in "D.C.", "Dr."), or a pair of capitals before
/// another such pair and its period ("EE" in "EE. UU."). A pair of
/// capitals before a capitalized word ends its sentence: "a rapporté BFM
/// TV. En comparaison".
fn is_abbreviation(t: &Tokens, i: usize) -> bool {
    let short = |k: usize| {
        let tok = t.toks[k];
        tok.kind == Kind::Word && !tok.has_digit() && tok.case != Case::Lower && t.raw(k).chars().count() <= 2
    };
    if !short(i) {
        return false;
    }
    let pair = t.toks[i].case == Case::Upper && t.raw(i).chars().count() == 2;
    !pair || (i + 3 < t.len() && short(i + 2) && t.raw(i + 3) == ".")
}

#[cfg(test)]
mod tests {
    /// The shortcuts of [`super::fold_char`] (common Han, basic Cyrillic)
    /// give what its decomposition gives.
    #[test]
    fn fold_char_shortcuts_agree_with_decomposition() {
        use unicode_normalization::char::{decompose_canonical, is_combining_mark};
        let slow = |c: char| {
            let mut out = String::new();
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
            out
        };
        for c in ('\u{400}'..='\u{4FF}').chain('\u{4E00}'..='\u{9FFF}') {
            let mut fast = String::new();
            super::fold_char(c, &mut fast);
            assert_eq!(fast, slow(c), "{c} U+{:04X}", c as u32);
        }
    }

    use super::*;

    /// The tokenizer as it was before the byte-class tables: char by char,
    /// with the general Unicode functions. The tables must change nothing.
    /// Each token is read by kind ([`ref_word`], [`ref_punct_end`], the
    /// number scanners) and folded by [`ref_fold_into`].
    fn reference_tokenize<'t>(
        text: &'t str,
        groups: &[char],
        ordinal_period: Option<&'static FxHashSet<String>>,
        keep_marks: bool,
    ) -> Tokens<'t> {
        let mut toks: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
        let mut folded = String::with_capacity(text.len() + 16);
        let mut i = 0;
        let mut space_before = true;
        let mut newline_before = true;
        while i < text.len() {
            let Some(c) = ref_char_at(text, i) else { break };
            if c.is_whitespace() || is_invisible(c) {
                if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                    newline_before = true;
                }
                space_before = true;
                i += c.len_utf8();
                continue;
            }
            let start = i;
            let mut wide = String::new();
            // An ASCII word's case, counted while scanning: (uppercase, lowercase).
            let (kind, has_digit, ascii_case);
            if c.is_ascii_digit() {
                (kind, has_digit, ascii_case) = (Kind::Number, true, None);
                i = scan_number(text, i, groups);
            } else if is_wide_digit(c) {
                (kind, has_digit, ascii_case) = (Kind::Number, true, None);
                i = wide_number(text, i, &mut wide).end;
            } else if c.is_alphanumeric() {
                kind = Kind::Word;
                (i, has_digit, ascii_case) = ref_word(text, i, c);
            } else {
                (kind, has_digit, ascii_case) = (Kind::Punct, false, None);
                i = ref_punct_end(text, i, c);
            }
            let raw = &text[start..i];
            let fstart = folded.len();
            let case = ref_fold_into(raw, kind, ascii_case, &wide, keep_marks, &mut folded);
            toks.push(Token {
                start: start as u32,
                end: i as u32,
                fstart: fstart as u32,
                kind,
                case,
                flags: flags(space_before, newline_before, has_digit, false),
            });
            space_before = false;
            newline_before = false;
        }
        strip_markup(text, &mut toks, &mut folded);
        Tokens { text, toks, folded, ordinal_period }
    }

    /// The char at byte `i` of `text` (a char boundary), an ASCII byte read
    /// as it is.
    fn ref_char_at(text: &str, i: usize) -> Option<char> {
        match text.as_bytes()[i] {
            b if b.is_ascii() => Some(b as char),
            _ => text[i..].chars().next(),
        }
    }

    /// The reference's word token at `i`, whose first char is `c`: its end,
    /// whether it holds a digit, and for a word of ASCII letters alone
    /// (ended by a space, punctuation or the text's end) its (uppercase,
    /// lowercase) letter counts. Any other word runs over the letters,
    /// digits and combining marks of its first letter's script, and stops
    /// at a digit after a glued currency ("Rp12,4", "EUR5": no code).
    fn ref_word(text: &str, i: usize, c: char) -> (usize, bool, Option<(usize, usize)>) {
        let bytes = text.as_bytes();
        let start = i;
        let mut has_digit = false;
        if c.is_ascii_alphabetic() {
            // Most words: ASCII letters to a space or punctuation.
            let mut upper = usize::from(c.is_ascii_uppercase());
            let mut j = i + 1;
            while j < bytes.len() && bytes[j].is_ascii_alphabetic() {
                upper += usize::from(bytes[j].is_ascii_uppercase());
                j += 1;
            }
            // Not before a digit (a code, a glued currency) or a letter outside ASCII.
            let ends = bytes.get(j).is_none_or(|&b| b.is_ascii() && !b.is_ascii_alphanumeric());
            if ends {
                return (j, false, Some((upper, j - i - upper)));
            }
        }
        let mut i = i + c.len_utf8();
        let script = script_of(c);
        let uncased = script != Script::Other;
        while i < text.len() {
            // Invariant: i is on a char boundary.
            let b = bytes[i];
            if b.is_ascii_alphabetic() {
                if uncased {
                    break;
                }
                i += 1;
                continue;
            }
            let Some(d) = ref_char_at(text, i) else { break };
            // A currency glued to its digits ("Rp12,4", "EUR5") is no code.
            if d.is_ascii_digit() && !has_digit && is_glued_currency(&text[start..i]) {
                break;
            }
            if (d.is_alphabetic() && script_of(d) != script) || (uncased && d.is_numeric()) || is_wide_digit(d) {
                break;
            }
            if d.is_alphanumeric() || is_combining_mark(d) {
                has_digit |= d.is_numeric();
                i += d.len_utf8();
            } else {
                break;
            }
        }
        (i, has_digit, None)
    }

    /// The end of the punctuation token `c` at `i`: a combining mark after
    /// punctuation belongs to it.
    fn ref_punct_end(text: &str, i: usize, c: char) -> usize {
        let mut i = i + c.len_utf8();
        while let Some(d) = text[i..].chars().next() {
            if is_combining_mark(d) {
                i += d.len_utf8();
            } else {
                break;
            }
        }
        i
    }

    /// Appends the folded form of the token `raw` to `folded` and gives its
    /// case: an ASCII word lowercased in place, a number as written (or its
    /// wide digits read as `wide`), any other token lowercased or folded as
    /// the language keeps its marks or not.
    fn ref_fold_into(
        raw: &str,
        kind: Kind,
        ascii_case: Option<(usize, usize)>,
        wide: &str,
        keep_marks: bool,
        folded: &mut String,
    ) -> Case {
        let fstart = folded.len();
        if ascii_case.is_some() {
            folded.push_str(raw);
            folded[fstart..].make_ascii_lowercase();
        } else if kind == Kind::Number {
            folded.push_str(if wide.is_empty() { raw } else { wide });
        } else if keep_marks {
            lower_into(raw, folded);
        } else {
            fold_into(raw, folded);
        }
        case_of(raw)
    }

    /// A token's span, folded form, kind, case and flags.
    type Dumped = (usize, usize, String, Kind, Case, bool, bool, bool);

    /// Every field of every token, and the folded forms.
    fn dump(t: &Tokens) -> Vec<Dumped> {
        (0..t.len())
            .map(|i| {
                let k = t.toks[i];
                (
                    k.start(),
                    k.end(),
                    t.folded(i).to_string(),
                    k.kind,
                    k.case,
                    k.space_before(),
                    k.newline_before(),
                    k.has_digit(),
                )
            })
            .collect()
    }

    /// Texts mixing every path of the tokenizer: ASCII, Latin-1 and Latin
    /// Extended-A letters (with their odd ones: "ª", "²", "½", "İ", "ŉ",
    /// "ſ"), combining marks, other scripts, white space of every kind,
    /// invisible chars, apostrophes, quotes, markup and glued currencies.
    const PIECES: &str = "([A-Za-z]{1,6}|[0-9]{1,4}|[ .,'’\\-]|[\\t\\r\\n\\x0b\\x0c\\x1c]|\u{a0}|\u{202f}|\u{2009}|\u{2028}|\u{85}|\u{200b}|\u{ad}|\u{feff}|é|É|Ü|ß|ç|ñ|ª|º|²|½|µ|×|÷|İ|ŉ|ſ|Œ|ł|ĳ|Ÿ|\u{301}|\u{308}|\u{323}|ạ|Ư|ế|Đ|đ|ʼ|«|»|“|”|„|—|€|Ω|я|中|万|한|ア|か|ー|ゞ|〇|々|가|\u{3099}|１|２|，|．|🎉|<br>|</p>|<b>|&nbsp;|&#8217;|&|<|>|Rp|EUR|US\\$|\\PC){0,30}";

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The table-driven tokenizer gives exactly the tokens of the
        /// general one.
        #[test]
        fn tables_change_no_token(s in PIECES, groups in 0..3usize, keep_marks: bool) {
            let groups: &[char] = [&['.'][..], &[' ', '\u{a0}', '\u{202f}'][..], &[','][..]][groups];
            let new = tokenize(&s, groups, None, keep_marks);
            let old = reference_tokenize(&s, groups, None, keep_marks);
            proptest::prop_assert_eq!(dump(&new), dump(&old), "{:?}", s);
        }
    }

    #[test]
    fn plain_script_chars_need_no_table() {
        for c in (0u32..=0x10FFFF).filter_map(char::from_u32) {
            let Some(script) = plain_script(c) else { continue };
            assert_eq!(script_of(c), script, "{c:?}");
            assert!(c.is_alphabetic() && c.is_alphanumeric() && !c.is_numeric(), "{c:?}");
            assert!(!c.is_uppercase() && !c.is_lowercase() && !is_combining_mark(c), "{c:?}");
            assert!(!is_wide_digit(c), "{c:?}");
            let one = c.to_string();
            for keep_marks in [false, true] {
                assert_eq!(fold_as(&one, keep_marks), one, "{c:?} alone");
                assert_eq!(fold_as(&format!("{one}{one}"), keep_marks), format!("{one}{one}"), "{c:?} in a word");
            }
            assert_eq!(case_of(&one), Case::Lower, "{c:?}");
            assert!(!has_case(&one), "{c:?}");
        }
    }

    #[test]
    fn the_props_table_is_the_unicode_tables() {
        for c in (0u32..PROPS_END + 0x100).filter_map(char::from_u32) {
            let p = props(c);
            assert_eq!(p & prop::ALPHABETIC != 0, c.is_alphabetic(), "{c:?}");
            assert_eq!(p & prop::NUMERIC != 0, c.is_numeric(), "{c:?}");
            assert_eq!(p & prop::UPPER != 0, c.is_uppercase(), "{c:?}");
            assert_eq!(p & prop::LOWER != 0, c.is_lowercase(), "{c:?}");
            assert_eq!(p & prop::MARK != 0, is_combining_mark(c), "{c:?}");
        }
    }

    #[test]
    fn is_alphanumeric_is_the_tables() {
        for c in (0u32..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn has_case_is_the_tables() {
        for c in (0u32..=0x10FFFF).filter_map(char::from_u32) {
            let one = c.to_string();
            assert_eq!(has_case(&one), c.is_lowercase() || c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn byte_classes_agree_with_char() {
        for b in 0u8..128 {
            let c = char::from(b);
            let cl = CLASS[usize::from(b)];
            assert_eq!(cl & class::SPACE != 0, c.is_whitespace(), "{b:#x}");
            assert_eq!(cl & class::NEWLINE != 0, matches!(c, '\n' | '\r'), "{b:#x}");
            assert_eq!(cl & class::UPPER != 0, c.is_uppercase(), "{b:#x}");
            assert_eq!(cl & class::LOWER != 0, c.is_lowercase(), "{b:#x}");
            assert_eq!(cl & class::DIGIT != 0, c.is_ascii_digit(), "{b:#x}");
            let other = !c.is_whitespace() && !c.is_alphanumeric();
            assert_eq!(cl & class::PUNCT != 0, other, "{b:#x}");
        }
        assert!(CLASS[128..].iter().all(|&c| c == 0));
    }

    #[test]
    fn the_fold_table_is_the_general_fold() {
        for cp in LATIN_FIRST..LATIN_END {
            let Some(c) = char::from_u32(cp) else { continue };
            let e = &LATIN[(cp - LATIN_FIRST) as usize];
            let mut general = String::new();
            fold_char(c, &mut general);
            assert_eq!(e.folded, general, "{c:?}");
            assert_eq!(fold(&c.to_string()), e.alone, "{c:?}");
            let mut buf = [0u8; 4];
            let at = latin_at(&LATIN, c.encode_utf8(&mut buf).as_bytes(), 0).map(|x| &x.folded);
            assert_eq!(at, Some(&e.folded), "{c:?}");
        }
        let table_cases =
            [("Ação", "acao"), ("ÉCOLE", "ecole"), ("Straße", "straße"), ("İstanbul", "istanbul"), ("ŁÓDŹ", "łodz")];
        for (input, want) in table_cases {
            assert_eq!(fold(input), want, "fold({input:?})");
            let t = tokenize(input, &['.'], None, false);
            assert_eq!((t.len(), t.folded(0)), (1, want), "tokenize({input:?})");
        }
    }

    /// The fast path reads a word as the general path does, for every
    /// char of the fold table in words around it.
    #[test]
    fn fast_and_general_words_agree() {
        let contexts = ["{}", "{}{}", "A{}", "{}a", "Ж{}ж", "{}12", "a{}\u{301}b", "{}.", "Ab{}Cd", "Ж{}Ж", "{}ЖЖ"];
        let mut compared = 0;
        for cp in LATIN_FIRST..LATIN_END {
            let Some(c) = char::from_u32(cp) else { continue };
            for context in contexts {
                let text = context.replace("{}", c.encode_utf8(&mut [0; 4]));
                let first = text.chars().next().unwrap_or(' ');
                let e = latin_at(&LATIN, text.as_bytes(), 0);
                if !first.is_ascii_alphabetic() && !e.is_some_and(|e| e.word && !e.numeric) {
                    continue;
                }
                let (mut fast, mut general) = (String::new(), String::new());
                let Some(f) = fast_word(&text, 0, &LATIN, &mut fast) else { continue };
                let g = general_word(&text, 0, false, &mut general);
                let read = |s: &Scanned| (s.end, s.kind, s.case, s.has_digit, s.folded_raw);
                assert_eq!((read(&f), &fast), (read(&g), &general), "{text:?}");
                compared += 1;
            }
        }
        assert!(compared > 5000, "{compared}");
    }

    fn words(text: &str, groups: &[char]) -> Vec<String> {
        let t = tokenize(text, groups, None, false);
        (0..t.len()).map(|i| t.raw(i).to_string()).collect()
    }

    proptest::proptest! {
        /// Folding char by char is NFD with the marks dropped, then lower case
        /// (a Hangul syllable or a kana kept whole).
        #[test]
        fn folding_is_nfd_without_marks(s in "\\PC{2,12}") {
            use unicode_normalization::UnicodeNormalization;
            let mut want = String::new();
            for c in s.chars() {
                if is_hangul_syllable(c) || is_kana(c) {
                    want.push(c);
                    continue;
                }
                for d in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
                    want.extend(d.to_lowercase());
                }
            }
            proptest::prop_assert_eq!(fold(&s), want);
        }

        /// Every token's folded form and case are those of its text: the
        /// tokenizer's shortcut for ASCII words changes nothing. A number
        /// keeps its text, full-width digits and marks read in ASCII
        /// ([`wide_number`]).
        #[test]
        fn tokens_fold_and_case_their_text(s in "([A-Za-z]{1,6}|[0-9]{1,3}|[ .,'’-]|é|Ü|ß|\\PC){0,24}") {
            let t = tokenize(&s, &['.'], None, false);
            let ascii = |c: char| match c {
                '\u{ff10}'..='\u{ff19}' | '\u{ff0c}' | '\u{ff0e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
                _ => c,
            };
            for i in 0..t.len() {
                let raw = t.raw(i);
                let want = if t.toks[i].kind == Kind::Number { raw.chars().map(ascii).collect() } else { fold(raw) };
                proptest::prop_assert_eq!(t.folded(i), want.as_str(), "{:?}", raw);
                proptest::prop_assert_eq!(t.toks[i].case, case_of(raw), "{:?}", raw);
            }
        }
    }

    #[test]
    fn folding() {
        let cases = [
            ("milhões", "milhoes"),
            ("ATÉ", "ate"),
            ("Ñandú", "nandu"),
            ("già", "gia"),
            ("straße", "straße"),
            ("è", "è"),
            ("É", "é"),
            ("’", "'"),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "fold({input:?})");
        }
    }

    /// A language that keeps its marks lowers case only, composing
    /// decomposed marks: Vietnamese "sáu" (six) stays apart from "sau" (after).
    #[test]
    fn folding_that_keeps_marks() {
        let cases =
            [("Sáu", "sáu"), ("NĂM", "năm"), ("sa\u{301}u", "sáu"), ("Đồng", "đồng"), ("’", "'"), ("USD", "usd")];
        for (input, want) in cases {
            assert_eq!(fold_as(input, true), want, "fold_as({input:?}, true)");
        }
        assert_eq!(fold_as("Sáu", false), "sau");
        let t = tokenize("Sa\u{301}u người", &['.'], None, true);
        assert_eq!((0..t.len()).map(|i| t.folded(i)).collect::<Vec<_>>(), ["sáu", "người"]);
    }

    #[test]
    fn han_words_stand_apart_from_digits_and_latin() {
        assert_eq!(words("达3000亿元Velkor表示", &[',']), ["达", "3000", "亿元", "Velkor", "表示"]);
        // Full-width digits are one number, folded to ASCII.
        let t = tokenize("约１，２００人", &[','], None, false);
        let folded: Vec<&str> = (0..t.len()).map(|i| t.folded(i)).collect();
        assert_eq!(folded, ["约", "1,200", "人"]);
        assert_eq!(t.toks[1].kind, Kind::Number);
    }

    #[test]
    fn han_words_are_cut_into_pieces() {
        let mut t = tokenize("泽科表示裁员2万人", &[','], None, false);
        let known = ["表示", "裁员", "万", "人"];
        t.segment(|rest| known.iter().filter(|k| rest.starts_with(*k)).map(|k| k.len()).max().unwrap_or(0));
        let pieces: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
        assert_eq!(pieces, ["泽", "科", "表示", "裁员", "2", "万", "人"]);
        // The pieces are glued; the first keeps the word's spacing.
        assert!(t.toks[0].space_before() && !t.toks[1].space_before());
        assert_eq!(t.folded(2), "表示");
    }

    #[test]
    fn tokens_table() {
        let dot: &[char] = &['.'];
        let space: &[char] = &[' ', '\u{a0}', '\u{202f}'];
        let cases: &[(&str, &str, &[char], &[&str])] = &[
            ("digits with dot groups", "lebih dari 100.000 chip", dot, &["lebih", "dari", "100.000", "chip"]),
            ("decimal comma", "1,5 milhão", dot, &["1,5", "milhão"]),
            ("space groups when listed", "plus de 100 000 euros", space, &["plus", "de", "100 000", "euros"]),
            ("space groups not listed", "em 2022 100 pessoas", dot, &["em", "2022", "100", "pessoas"]),
            ("four digits after a space is no group", "le 2 1000", space, &["le", "2", "1000"]),
            ("code after letters", "avião A320 e 737MAX", dot, &["avião", "A320", "e", "737", "MAX"]),
            ("trailing period is punctuation", "em 2022.", dot, &["em", "2022", "."]),
            ("currency sign", "US$ 2 bi", dot, &["US", "$", "2", "bi"]),
            ("glued currency", "laba Rp12,4 triliun", dot, &["laba", "Rp", "12,4", "triliun"]),
            ("glued currency sign", "US$2bn e R$5", dot, &["US", "$", "2", "bn", "e", "R", "$", "5"]),
            ("code that is no currency", "A320 e F35", dot, &["A320", "e", "F35"]),
            ("elision", "l'anno scorso", dot, &["l", "'", "anno", "scorso"]),
            ("zero-width space skipped", "cem\u{200b}mil", dot, &["cem", "mil"]),
        ];
        for (name, text, groups, want) in cases {
            assert_eq!(words(text, groups), *want, "case {name}: {text:?}");
        }
    }

    #[test]
    fn sentence_table() {
        let cases: &[(&str, &str, usize)] = &[
            ("two sentences", "Ele disse. Ela negou.", 2),
            ("line break", "Título\nTexto aqui", 2),
            ("initials do not split", "Rossi, portavoce a Washington, D.C., ha detto. Poi basta.", 2),
            ("short abbreviation", "de EE. UU. que limitan", 1),
            ("short abbreviation before a capital", "los EE. UU. Luego vino", 2),
            ("a pair of capitals ends a sentence", "a rapporté BFM TV. En comparaison, rien.", 2),
            ("a title's abbreviation does not", "Ele falou com o Dr. Silva ontem.", 1),
            ("quote keeps sentences together", "“A premissa é falsa. Não há modelo,” disse ele.", 1),
            ("decimal is no break", "Cresceu 1.5 por cento.", 1),
            ("lowercase after period", "etc. e mais", 1),
            ("html break splits", "Ele morreu.<br />A polícia disse.", 2),
            ("html break is a line break", "Ele morreu<br>A polícia disse.", 2),
            ("html paragraph tags", "<p>Ele morreu.</p><p>A polícia disse.</p>", 2),
            ("nbsp does not stop a split", "Ele morreu.&nbsp;A polícia disse.", 2),
            ("inline tag keeps the sentence", "Ele <b>morreu</b> ontem.", 1),
            ("less-than is no tag", "Se x < 3 e y > 2 ele morre.", 1),
            ("ideographic full stop splits", "地震で5人が死亡した。洪水で3人が行方不明だ。", 2),
            ("full-width marks split", "死者は5人か？まだ不明だ！調査は続く。", 3),
            ("full stop inside a corner quote", "「被害は大きい。支援が要る」と述べた。", 1),
            ("full stop before a closing bracket", "（被害は大きい。）死者は5人だ。", 2),
            ("full stop at the end", "死者は5人だ。", 1),
            ("period before hangul splits", "지원금을 전달한다. 영국은 100만파운드를 냈다.", 2),
            ("period before a lowercase word does not", "a Rua D. Pedro e mais.", 1),
            ("quote ending a sentence splits", "He called it \"a hard day.\" The company cut 15%.", 2),
            ("curly quote ending a sentence splits", "Ele disse “acabou.” A empresa cortou 15%.", 2),
            ("guillemet ending a sentence splits", "Il a dit « c'est fini. » Le groupe a coupé 15 %.", 2),
            ("german guillemets around a word", "Sie lehnen die »Reform« ab. Der Streik geht weiter.", 2),
            ("german guillemets around a sentence", "Er sagte: »Es ist vorbei. Wir gehen.« Dann ging er.", 2),
            ("quote ending before a lowercase word", "He said \"no.\" and left.", 1),
            ("quote closed after a comma", "\"It is over,\" Rowe said.", 1),
            ("a line ending with a comma goes on", "▽トルコで2万665人、\n▽シリアで3553人が死亡した。", 1),
            ("a line ending with a western comma goes on", "In Belmora 30 died,\nin Lamora 12.", 1),
            ("a line ending with no comma ends", "トルコ大地震 死者2万人\nシリアで3553人が死亡した。", 2),
        ];
        for (name, text, want) in cases {
            let t = tokenize(text, &['.'], None, false);
            assert_eq!(sentences(&t).len(), *want, "case {name}: {text:?}");
        }
        // Where ordinals take a period, "30. September" is no sentence end.
        static STARTS: Lazy<FxHashSet<String>> = Lazy::new(|| ["die".to_string()].into_iter().collect());
        let ordinal: &[(&str, &str, bool, usize)] = &[
            ("ordinal day", "Die Wahl fand am 30. September 2024 statt.", true, 1),
            ("ordinal rank", "Sie belegte den 3. Platz. Dann fuhr sie heim.", true, 2),
            ("function word starts a sentence", "Der Umsatz stieg um 5. Die Aktie fiel.", true, 2),
            ("no ordinals elsewhere", "It rose to 3. Then it fell.", false, 2),
        ];
        for (name, text, flag, want) in ordinal {
            let t = tokenize(text, &['.'], flag.then_some(&*STARTS), false);
            assert_eq!(sentences(&t).len(), *want, "case {name}: {text:?}");
        }
    }

    #[test]
    fn markup_is_no_token() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("break", "a<br />b", &["a", "b"]),
            ("attributes", "<a href=\"x.html\" class=\"y\">link</a>", &["link"]),
            ("entity", "100&nbsp;mil", &["100", "mil"]),
            ("numeric entity", "it&#8217;s", &["it", "s"]),
            ("unknown tag kept", "<foo>", &["<", "foo", ">"]),
            ("ampersand alone kept", "A & B", &["A", "&", "B"]),
        ];
        for (name, text, want) in cases {
            assert_eq!(words(text, &['.']), *want, "case {name}: {text:?}");
        }
        let t = tokenize("morreu<br/>Ontem", &['.'], None, false);
        assert!(t.toks[1].newline_before(), "a block tag breaks the line");
    }

    #[test]
    fn spans_are_char_boundaries() {
        let text = "Ação: “100 mil” — 30%\u{202f}000 ñ 🎉 x\u{301}";
        let t = tokenize(text, &['\u{202f}'], None, false);
        for tok in &t.toks {
            assert!(text.is_char_boundary(tok.start()) && text.is_char_boundary(tok.end()));
            assert!(tok.start < tok.end);
        }
    }
}

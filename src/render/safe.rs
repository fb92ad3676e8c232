//! Input text made visible: the one place that decides how the text,
//! Markdown and HTML views show characters that could act instead of being
//! read.
//!
//! Every string a view takes from the input (document ids, evidence,
//! entity names and keys, speakers, written values, explanations that quote
//! them) passes through [`visible`] before the view adds its own markup
//! escaping. As `cat -v` and `less` do:
//!
//! - C0 controls and DEL are shown in caret notation: ESC is `^[`, so no
//!   escape sequence (clear screen, window title, OSC 52 clipboard, OSC 8
//!   hyperlink) reaches a terminal; a newline in an id is `^J`, so it cannot
//!   forge a report line;
//! - C1 controls, bidirectional controls (a right-to-left override would
//!   show "005.2" as "2.500"), zero-width and other invisible format
//!   characters are shown as `<U+202E>`;
//! - in prose ([`Breaks::Space`]: evidence, explanations, written values),
//!   a line break or tab is one space, as the sentence reads; in names
//!   ([`Breaks::Visible`]: ids, keys, speakers) it is shown too.
//!
//! The replacements are printable ASCII, so a view's own escaping (`&lt;`
//! in HTML, `\<` in Markdown) applies to them as to any text, and
//! [`visible`] changes nothing in its own output.

use std::borrow::Cow;

/// How line breaks and tabs in the input are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Breaks {
    /// As one space: prose, where a line break in the source is a space.
    Space,
    /// As `^J`, `^M`, `^I` and `<U+2028>`: names and ids, where a line break
    /// is never part of what is meant and must not look like one.
    Visible,
}

/// What a view shows for one char.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Show {
    /// The char itself.
    Keep,
    /// One space.
    Space,
    /// `^` and this char (caret notation).
    Caret(char),
    /// `<U+XXXX>`.
    Code,
}

/// Invisible format characters that are shown as `<U+XXXX>`: bidirectional
/// controls, zero-width characters, line and paragraph separators,
/// invisible operators, fillers that render blank, interlinear annotation
/// marks and tag characters.
const INVISIBLE: &[(char, char)] = &[
    ('\u{061C}', '\u{061C}'),   // Arabic letter mark (bidi)
    ('\u{115F}', '\u{1160}'),   // Hangul fillers
    ('\u{180E}', '\u{180E}'),   // Mongolian vowel separator
    ('\u{200B}', '\u{200F}'),   // zero-width space, non-joiner, joiner; LRM, RLM
    ('\u{2028}', '\u{2029}'),   // line and paragraph separators
    ('\u{202A}', '\u{202E}'),   // bidi embeddings and overrides
    ('\u{2060}', '\u{2064}'),   // word joiner, invisible operators
    ('\u{2066}', '\u{206F}'),   // bidi isolates, deprecated format controls
    ('\u{3164}', '\u{3164}'),   // Hangul filler
    ('\u{FEFF}', '\u{FEFF}'),   // zero-width no-break space (BOM)
    ('\u{FFA0}', '\u{FFA0}'),   // halfwidth Hangul filler
    ('\u{FFF9}', '\u{FFFB}'),   // interlinear annotation
    ('\u{E0000}', '\u{E007F}'), // tag characters
];

/// Whether a char whose UTF-8 encoding starts with byte `lead` may be
/// shown as something else: C0 controls, DEL, and the lead bytes of C1
/// controls and of the blocks that hold [`INVISIBLE`] chars. A false here
/// is final; a true needs [`acts`] (or [`show`]). Continuation bytes are
/// false, so a scan over bytes stops only on char boundaries.
pub(crate) fn may_act(lead: u8) -> bool {
    MAY_ACT[usize::from(lead)]
}

/// [`may_act`] as a table of the 256 byte values.
static MAY_ACT: [bool; 256] = MAY_ACT_BYTES;

/// The table of [`may_act`], for other tables built from it at compile time.
pub(crate) const MAY_ACT_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[0x7F] = true;
    // U+0080..U+00BF (C1), U+0600..U+063F, U+1000..U+1FFF, U+2000..U+2FFF,
    // U+3000..U+3FFF, U+F000..U+FFFF, U+C0000..U+FFFFF.
    let leads = [0xC2, 0xD8, 0xE1, 0xE2, 0xE3, 0xEF, 0xF3];
    let mut k = 0;
    while k < leads.len() {
        t[leads[k]] = true;
        k += 1;
    }
    t
};

/// The first byte of `ch` in UTF-8.
fn lead_byte(ch: char) -> u8 {
    let mut buf = [0u8; 4];
    ch.encode_utf8(&mut buf).as_bytes()[0]
}

fn show(ch: char, breaks: Breaks) -> Show {
    if !may_act(lead_byte(ch)) {
        return Show::Keep;
    }
    match ch {
        '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' if breaks == Breaks::Space => Show::Space,
        '\u{0}'..='\u{1F}' => Show::Caret(char::from(ch as u8 ^ 0x40)),
        '\u{7F}' => Show::Caret('?'),
        '\u{80}'..='\u{9F}' => Show::Code,
        ' '..='~' => Show::Keep,
        _ if INVISIBLE.iter().any(|&(a, b)| (a..=b).contains(&ch)) => Show::Code,
        _ => Show::Keep,
    }
}

/// Whether a view shows `ch` as something else (in [`Breaks::Visible`]: a
/// line break counts too).
pub(crate) fn acts(ch: char) -> bool {
    show(ch, Breaks::Visible) != Show::Keep
}

/// Appends `ch` to `out` as a view shows it.
pub(crate) fn push(out: &mut String, ch: char, breaks: Breaks) {
    match show(ch, breaks) {
        Show::Keep => out.push(ch),
        Show::Space => out.push(' '),
        Show::Caret(c) => {
            out.push('^');
            out.push(c);
        }
        Show::Code => {
            use std::fmt::Write;
            let _ = write!(out, "<U+{:04X}>", u32::from(ch));
        }
    }
}

/// `s` with every char that could act (controls, bidi, zero-width) shown
/// visibly; borrowed when there is none.
pub(crate) fn visible(s: &str, breaks: Breaks) -> Cow<'_, str> {
    let Some(first) = s.char_indices().find(|&(_, ch)| show(ch, breaks) != Show::Keep).map(|(i, _)| i) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(&s[..first]);
    for ch in s[first..].chars() {
        push(&mut out, ch, breaks);
    }
    Cow::Owned(out)
}

/// Prose (evidence, explanations, written values) made visible.
pub(crate) fn prose(s: &str) -> Cow<'_, str> {
    visible(s, Breaks::Space)
}

/// A name (a document id, a key, a speaker) made visible, line breaks too.
pub(crate) fn name(s: &str) -> Cow<'_, str> {
    visible(s, Breaks::Visible)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &str, Breaks, &str)] = &[
            ("plain text is kept", "Acme ordered 100,000 chips", Breaks::Space, "Acme ordered 100,000 chips"),
            ("accents and CJK are kept", "milhões 字节跳动 Ñ", Breaks::Space, "milhões 字节跳动 Ñ"),
            ("ESC in caret notation", "a\u{1b}[2Jb", Breaks::Space, "a^[[2Jb"),
            ("OSC 52 clipboard write", "\u{1b}]52;c;ZXZpbA==\u{7}", Breaks::Space, "^[]52;c;ZXZpbA==^G"),
            ("NUL", "a\u{0}b", Breaks::Space, "a^@b"),
            ("DEL", "a\u{7f}b", Breaks::Space, "a^?b"),
            ("C1 CSI", "a\u{9b}2Jb", Breaks::Space, "a<U+009B>2Jb"),
            ("C1 NEL", "a\u{85}b", Breaks::Visible, "a<U+0085>b"),
            ("right-to-left override", "\u{202e}005.2", Breaks::Space, "<U+202E>005.2"),
            ("bidi isolate", "a\u{2067}b\u{2069}", Breaks::Space, "a<U+2067>b<U+2069>"),
            ("LRM and RLM", "\u{200e}\u{200f}", Breaks::Space, "<U+200E><U+200F>"),
            ("Arabic letter mark", "\u{61c}", Breaks::Space, "<U+061C>"),
            ("zero-width space and joiner", "a\u{200b}b\u{200d}c", Breaks::Space, "a<U+200B>b<U+200D>c"),
            ("word joiner and BOM", "\u{2060}\u{feff}", Breaks::Space, "<U+2060><U+FEFF>"),
            ("tag character", "a\u{e0041}", Breaks::Space, "a<U+E0041>"),
            ("newline in prose is a space", "one\ntwo\r\n\tthree", Breaks::Space, "one two   three"),
            ("newline in a name is shown", "id\nX [CONTRADICT]", Breaks::Visible, "id^JX [CONTRADICT]"),
            ("CR and tab in a name", "a\rb\tc", Breaks::Visible, "a^Mb^Ic"),
            ("line separator in prose", "a\u{2028}b", Breaks::Space, "a b"),
            ("line separator in a name", "a\u{2028}b", Breaks::Visible, "a<U+2028>b"),
            ("vertical tab and form feed", "\u{b}\u{c}", Breaks::Space, "^K^L"),
            (
                "no-break and narrow no-break spaces are kept",
                "100\u{a0}000\u{202f}€",
                Breaks::Space,
                "100\u{a0}000\u{202f}€",
            ),
        ];
        for (what, input, breaks, want) in cases {
            assert_eq!(visible(input, *breaks), *want, "{what}");
            // The output is made of what a view may show, and stays as it is.
            assert_eq!(visible(&visible(input, *breaks), Breaks::Visible), *want, "{what}: idempotent");
        }
    }

    #[test]
    fn nothing_to_change_borrows() {
        assert!(matches!(visible("Acme 100 mil", Breaks::Visible), Cow::Borrowed(_)));
        assert!(matches!(visible("a\u{1b}", Breaks::Visible), Cow::Owned(_)));
    }

    #[test]
    fn the_lead_byte_table_passes_every_char_that_acts() {
        for ch in (0u32..=0x10FFFF).filter_map(char::from_u32) {
            let acts_slow = ch.is_control() || INVISIBLE.iter().any(|&(a, b)| (a..=b).contains(&ch));
            if acts_slow {
                assert!(may_act(lead_byte(ch)), "{ch:?}");
            }
        }
        for b in 0x80..0xC0u8 {
            assert!(!may_act(b), "continuation byte {b:#x}");
        }
    }

    #[test]
    fn every_control_and_invisible_char_is_replaced() {
        let all = (0u32..=0x10FFFF).filter_map(char::from_u32);
        for ch in all {
            let dangerous = ch.is_control()
                || matches!(ch, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}')
                || matches!(ch, '\u{061C}' | '\u{2060}' | '\u{FEFF}');
            if dangerous {
                let one = ch.to_string();
                let out = visible(&one, Breaks::Visible);
                assert!(out.chars().all(|c| c.is_ascii_graphic()), "{:?} shown as {out:?}", ch);
            }
        }
    }
}

//! The JSON view: serde's printer, pretty or compact, with the chars that
//! could act on a terminal written as `\u` escapes.

use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

use super::safe;

/// `value` as pretty-printed JSON (see [`to_writer`]).
pub(crate) fn to_string<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(4096);
    to_writer(value, &mut out, true)?;
    // serde_json writes UTF-8 only.
    Ok(String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Writes `value` as JSON to `writer`, pretty-printed or compact, as it
/// goes (nothing is built in memory). serde escapes C0 controls, `"` and
/// `\`; this also writes DEL, C1 controls, bidi controls and zero-width
/// characters (what [`safe::visible`] would show) as `\u` escapes, so that
/// `cat report.json` cannot be acted on. The strings read back unchanged.
pub(crate) fn to_writer<T: Serialize + ?Sized, W: io::Write>(
    value: &T,
    writer: W,
    pretty: bool,
) -> serde_json::Result<()> {
    if pretty {
        value.serialize(&mut serde_json::Serializer::with_formatter(writer, Safe(PrettyFormatter::new())))
    } else {
        value.serialize(&mut serde_json::Serializer::with_formatter(writer, Safe(CompactFormatter)))
    }
}

/// A formatter (pretty or compact) whose string fragments escape what could act.
struct Safe<F>(F);

/// Writes `fragment` with every char that [`safe::acts`] as `\u` escapes.
/// Bytes whose char cannot act ([`safe::may_act`]: printable ASCII, most
/// lead bytes, every continuation byte) are passed over without decoding.
fn escape_fragment<W: ?Sized + io::Write>(writer: &mut W, fragment: &str) -> io::Result<()> {
    let bytes = fragment.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(k) = bytes[i..].iter().position(|&b| safe::may_act(b)) {
        i += k;
        let Some(ch) = fragment[i..].chars().next() else { break };
        let next = i + ch.len_utf8();
        if safe::acts(ch) {
            writer.write_all(&bytes[start..i])?;
            let mut units = [0u16; 2];
            for unit in ch.encode_utf16(&mut units) {
                write!(writer, "\\u{unit:04x}")?;
            }
            start = next;
        }
        i = next;
    }
    writer.write_all(&bytes[start..])
}

impl<F: Formatter> Formatter for Safe<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()> {
        escape_fragment(writer, fragment)
    }
    fn begin_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }
    fn begin_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }
    fn begin_object_key<W: ?Sized + io::Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn acting_chars_are_escaped_and_read_back() {
        let cases = [
            ("plain", "Acme 100 mil", "\"Acme 100 mil\""),
            ("ESC, by serde", "a\u{1b}b", "\"a\\u001bb\""),
            ("DEL", "a\u{7f}b", "\"a\\u007fb\""),
            ("C1", "a\u{9b}b", "\"a\\u009bb\""),
            ("RLO", "\u{202e}005.2", "\"\\u202e005.2\""),
            ("zero-width joiner", "a\u{200d}b", "\"a\\u200db\""),
            ("tag char, as a surrogate pair", "\u{e0041}", "\"\\udb40\\udc41\""),
            ("accents kept", "milhões", "\"milhões\""),
        ];
        for (what, s, want) in cases {
            let json = super::to_string(&s).expect("serializes");
            assert_eq!(json, want, "{what}");
            assert_eq!(serde_json::from_str::<String>(&json).expect("reads back"), s, "{what}");
        }
    }
}

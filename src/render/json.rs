//! The JSON view: serde_json's punctuation, white space and numbers,
//! pretty or compact, with the chars that could act on a terminal written
//! as `\u` escapes by the same pass that escapes quotes and controls.

mod escape;
mod key;
mod ser;

use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, PrettyFormatter};

/// `value` as pretty-printed JSON (see [`to_writer`]).
pub(crate) fn to_string<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::with_capacity(4096);
    to_writer(value, &mut out, true)?;
    // The printer writes UTF-8 only.
    Ok(String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Writes `value` as JSON to `writer`, pretty-printed or compact, as it
/// goes (nothing is built in memory), byte for byte as serde_json's
/// printer would, except for strings: serde escapes C0 controls, `"` and
/// `\`; this also writes DEL, C1 controls, bidi controls and zero-width
/// characters (what [`super::safe::visible`] would show) as `\u` escapes,
/// so that `cat report.json` cannot be acted on. The strings read back
/// unchanged.
pub(crate) fn to_writer<T: Serialize + ?Sized, W: io::Write>(
    value: &T,
    writer: W,
    pretty: bool,
) -> serde_json::Result<()> {
    if pretty {
        value.serialize(&mut ser::Ser::new(writer, PrettyFormatter::new()))
    } else {
        value.serialize(&mut ser::Ser::new(writer, CompactFormatter))
    }
}

#[cfg(test)]
mod tests {
    use crate::{Document, Lang, check_consistency};

    /// Whole reports (structs, enums, maps, options, numbers), where no
    /// char acts: the printer writes what serde_json writes, byte for byte.
    #[test]
    fn reports_print_as_serde_json_prints_them() {
        let docs = [
            Document::new("a", "Acme comprou mais de 100 mil chips da Globex em março.").with_lang(Lang::Pt),
            Document::new("b", "Acme bought 120,000 chips from Globex, a spokesperson denied it.").with_lang(Lang::En),
            Document::new("c", "Las inundaciones dejaron al menos 45 muertos y 12,5% de los votos.")
                .with_lang(Lang::Es),
            Document::new("d", "诺维克以52.3%的得票率胜选。").with_lang(Lang::Zh),
        ];
        let report = check_consistency(&docs).expect("a report");
        for pretty in [false, true] {
            let mut ours = Vec::new();
            super::to_writer(&report, &mut ours, pretty).expect("prints");
            let theirs = match pretty {
                true => serde_json::to_vec_pretty(&report),
                false => serde_json::to_vec(&report),
            };
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs.unwrap()).unwrap(),
                "pretty {pretty}"
            );
        }
    }

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

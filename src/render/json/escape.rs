//! JSON strings in one pass: the escapes of serde_json's printer (quote,
//! backslash, C0 controls) and those of [`safe::acts`] (DEL, C1 controls,
//! bidi controls, zero-width characters as `\u` escapes) found by the same
//! scan, eight bytes at a time where the text is plain ASCII.

use std::io;

use super::super::safe;

/// What a byte asks of the escaper.
const PLAIN: u8 = 0;
/// Quote, backslash or a C0 control: serde_json's escape for it.
const JSON: u8 = 1;
/// The lead byte of a char that may act ([`safe::may_act`]): decode it and ask.
const MAY_ACT: u8 = 2;

/// The class of each of the 256 byte values.
static CLASS: [u8; 256] = {
    let mut t = [PLAIN; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if b < 0x20 || b == b'"' as usize || b == b'\\' as usize {
            JSON
        } else if safe::MAY_ACT_BYTES[b] {
            MAY_ACT
        } else {
            PLAIN
        };
        b += 1;
    }
    t
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// A high bit in each byte of `v` that is zero (and maybe in bytes after a
/// zero one): the classic test of eight bytes at once.
const fn zero_bytes(v: u64) -> u64 {
    v.wrapping_sub(ONES) & !v & HIGH
}

/// Whether the eight bytes of `v` may hold a byte that is not [`PLAIN`]:
/// a byte at or above 0x7F, below 0x20, a quote or a backslash. False
/// positives are allowed (a byte test follows), misses are not.
const fn may_need(v: u64) -> bool {
    let below_space = v.wrapping_sub(ONES * 0x20) & !v & HIGH;
    let special = zero_bytes(v ^ (ONES * b'"' as u64)) | zero_bytes(v ^ (ONES * b'\\' as u64));
    (v & HIGH) | below_space | special | zero_bytes(v ^ (ONES * 0x7F)) != 0
}

/// The first byte at or after `from` whose class is not [`PLAIN`].
fn next_special(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(chunk) = bytes.get(from..from + 8) {
        let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        if may_need(v) {
            if let Some(k) = chunk.iter().position(|&b| CLASS[usize::from(b)] != PLAIN) {
                return Some(from + k);
            }
        }
        from += 8;
    }
    bytes[from..].iter().position(|&b| CLASS[usize::from(b)] != PLAIN).map(|k| from + k)
}

/// Writes `s` as a JSON string, quotes included, with the escapes of
/// serde_json's printer and a `\u` escape (two for a char past U+FFFF) for
/// every char that [`safe::acts`].
pub(super) fn write_str<W: ?Sized + io::Write>(w: &mut W, s: &str) -> io::Result<()> {
    let bytes = s.as_bytes();
    w.write_all(b"\"")?;
    let (mut start, mut i) = (0, 0);
    while let Some(at) = next_special(bytes, i) {
        let b = bytes[at];
        if CLASS[usize::from(b)] == JSON {
            w.write_all(&bytes[start..at])?;
            write_json_escape(w, b)?;
            start = at + 1;
            i = at + 1;
            continue;
        }
        // A lead byte is always on a char boundary: continuation bytes are PLAIN.
        let Some(ch) = s[at..].chars().next() else { break };
        i = at + ch.len_utf8();
        if safe::acts(ch) {
            w.write_all(&bytes[start..at])?;
            let mut units = [0u16; 2];
            for &unit in ch.encode_utf16(&mut units).iter() {
                write_unit(w, unit)?;
            }
            start = i;
        }
    }
    w.write_all(&bytes[start..])?;
    w.write_all(b"\"")
}

/// serde_json's escape of a quote, a backslash or a C0 control byte.
fn write_json_escape<W: ?Sized + io::Write>(w: &mut W, b: u8) -> io::Result<()> {
    let short: &[u8] = match b {
        b'"' => b"\\\"",
        b'\\' => b"\\\\",
        0x08 => b"\\b",
        0x09 => b"\\t",
        0x0A => b"\\n",
        0x0C => b"\\f",
        0x0D => b"\\r",
        _ => return write_unit(w, u16::from(b)),
    };
    w.write_all(short)
}

/// `\u` and four lowercase hex digits.
fn write_unit<W: ?Sized + io::Write>(w: &mut W, unit: u16) -> io::Result<()> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digit = |shift: u16| HEX[usize::from((unit >> shift) & 0xF)];
    w.write_all(&[b'\\', b'u', digit(12), digit(8), digit(4), digit(0)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = Vec::new();
        write_str(&mut out, s).expect("writes to a Vec");
        String::from_utf8(out).expect("UTF-8")
    }

    /// The same bytes as serde_json's printer, for every byte value in
    /// every position of a chunk, and around the chars that act.
    #[test]
    fn as_serde_json_prints_where_nothing_acts() {
        for b in 0u8..0x7F {
            for pos in 0..17 {
                let mut s = "Acme Norvik Globex ab".to_string();
                s.insert(pos, char::from(b));
                assert_eq!(escaped(&s), serde_json::to_string(&s).unwrap(), "byte {b:#x} at {pos}");
            }
        }
        let latin = "milhões de reais, 3½ – “Acme” ‘Globex’ 北京 한국어 Hà Nội… ¿qué? €5 °C";
        assert_eq!(escaped(latin), serde_json::to_string(latin).unwrap());
    }

    #[test]
    fn acting_chars_as_u_escapes() {
        assert_eq!(escaped("ab\u{7f}cdefghij\u{9b}k"), "\"ab\\u007fcdefghij\\u009bk\"");
        assert_eq!(escaped("\u{202e}005.2 \u{e0041}x"), "\"\\u202e005.2 \\udb40\\udc41x\"");
        assert_eq!(escaped("Jane\u{200d}Rowe \"1\"\n"), "\"Jane\\u200dRowe \\\"1\\\"\\n\"");
    }
}

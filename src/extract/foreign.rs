//! Foreign names written in katakana, matched across a batch with the
//! names other documents write in Latin letters ("ノルビク" and "Norvik").
//!
//! A katakana name is a transcription: its sounds, not its letters. Both
//! forms are reduced to a skeleton of consonants (vowels, `h`, `w` and `y`
//! dropped, doubled consonants made one, `l` read as `r`, `v` as `b`, `z`
//! as `s`), which a name and its transcription share ("グローベックス" and
//! "globex": g r b k s). A katakana key whose skeleton is that of exactly one
//! Latin key of the batch takes it.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::schema::{EntityKind, EntityMention};

/// The fewest consonants a skeleton is matched with: one is too common.
const MIN_SKELETON: usize = 2;

/// The consonants a katakana letter is read with (its vowel dropped):
/// "カ" k, "シ" s, "ン" n; vowels, "ー", the small letters and "ッ" none.
fn kana_consonant(c: char) -> &'static str {
    match c {
        'カ' | 'キ' | 'ク' | 'ケ' | 'コ' => "k",
        'ガ' | 'ギ' | 'グ' | 'ゲ' | 'ゴ' => "g",
        'サ' | 'シ' | 'ス' | 'セ' | 'ソ' | 'ザ' | 'ズ' | 'ゼ' | 'ゾ' | 'ヅ' => "s",
        'ジ' | 'ヂ' => "j",
        'タ' | 'テ' | 'ト' => "t",
        'チ' => "c",
        'ツ' => "ts",
        'ダ' | 'デ' | 'ド' => "d",
        'ナ' | 'ニ' | 'ヌ' | 'ネ' | 'ノ' | 'ン' => "n",
        'フ' => "f",
        'バ' | 'ビ' | 'ブ' | 'ベ' | 'ボ' | 'ヴ' => "b",
        'パ' | 'ピ' | 'プ' | 'ペ' | 'ポ' => "p",
        'マ' | 'ミ' | 'ム' | 'メ' | 'モ' => "m",
        'ラ' | 'リ' | 'ル' | 'レ' | 'ロ' => "r",
        _ => "",
    }
}

/// The skeleton of a word in katakana; `None` if a char is no katakana
/// letter (or a middle dot, which separates the words of a name).
pub(crate) fn kana_skeleton(w: &str) -> Option<String> {
    let mut out = String::new();
    for c in w.chars() {
        if c != '・' && !crate::text::is_katakana_word(c.encode_utf8(&mut [0; 4])) {
            return None;
        }
        push_consonants(&mut out, kana_consonant(c));
    }
    Some(out)
}

/// The skeleton of a key in Latin letters; `None` if a char is neither an
/// ASCII letter nor a digit.
pub(crate) fn latin_skeleton(key: &str) -> Option<String> {
    let b = key.as_bytes();
    let mut out = String::new();
    for (k, &c) in b.iter().enumerate() {
        let next = b.get(k + 1).copied();
        let s = match c {
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'h' | b'w' => "",
            b'c' if next == Some(b'h') => "c",
            b'c' if matches!(next, Some(b'e' | b'i' | b'y')) => "s",
            b'c' | b'q' => "k",
            b'l' => "r",
            b'v' => "b",
            b'z' => "s",
            b'x' => "ks",
            b'p' if next == Some(b'h') => "f",
            b'b'..=b'z' => std::str::from_utf8(std::slice::from_ref(&b[k])).unwrap_or(""),
            _ => return None,
        };
        push_consonants(&mut out, s);
    }
    Some(out)
}

/// The fewest consonants a skeleton is matched with one consonant off.
const MIN_NEAR_SKELETON: usize = 5;

/// The one key of `map` whose skeleton is one consonant off `s` (one
/// added, dropped or changed: "x" is "ks" in one name, "s" in its
/// transcription), where `s` is long enough for that to be telling.
fn near(map: &HashMap<String, HashSet<&str>>, s: &str) -> Option<String> {
    if s.len() < MIN_NEAR_SKELETON {
        return None;
    }
    let mut keys = map.iter().filter(|(k, _)| one_off(k, s)).flat_map(|(_, keys)| keys.iter());
    match (keys.next(), keys.next()) {
        (Some(k), None) => Some(k.to_string()),
        _ => None,
    }
}

/// Whether two ASCII strings are one edit apart.
fn one_off(a: &str, b: &str) -> bool {
    let (a, b) = if a.len() <= b.len() { (a.as_bytes(), b.as_bytes()) } else { (b.as_bytes(), a.as_bytes()) };
    if b.len() - a.len() > 1 {
        return false;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let tail = |n: usize| a[n..].iter().rev().zip(b[n..].iter().rev()).all(|(x, y)| x == y);
    if a.len() == b.len() { pre < a.len() && tail(pre + 1) } else { a[pre..] == b[pre + 1..] }
}

/// Appends consonants, a doubled one once.
fn push_consonants(out: &mut String, s: &str) {
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
}

/// The katakana keys of a batch's names that transcribe exactly one of
/// its names in Latin letters, with that name's key: first by the whole
/// name ("グローベックス" globex), else by the last word of a name as written
/// ("ノルビク" and "トム・ノルビク" of "Tom Norvik"). Run after the batch's
/// short names took their long names' keys, so that a surname written
/// alone and in full is one candidate. Places and codes are left alone.
pub(crate) fn katakana_aliases<'m>(mentions: impl Iterator<Item = &'m EntityMention>) -> HashMap<String, String> {
    let mut whole: HashMap<String, HashSet<&str>> = HashMap::default();
    let mut last: HashMap<String, HashSet<&str>> = HashMap::default();
    let mut kana: Vec<(&str, &str)> = Vec::new();
    // A batch names one entity again and again: a written form already met
    // adds nothing to the sets (a kana one is listed again, in order).
    let mut met: HashMap<(&str, &str), bool> = HashMap::default();
    for m in mentions {
        if matches!(m.kind, EntityKind::Place | EntityKind::Code) {
            continue;
        }
        let form = (&*m.key, &*m.text);
        if let Some(&is_kana) = met.get(&form) {
            if is_kana {
                kana.push(form);
            }
            continue;
        }
        let is_kana = kana_skeleton(&m.key).is_some();
        met.insert(form, is_kana);
        if is_kana {
            kana.push(form);
        } else if let Some(s) = latin_skeleton(&m.key) {
            whole.entry(s).or_default().insert(&m.key);
            let surname = m.text.split_whitespace().last();
            if let Some(s) = surname.and_then(|w| latin_skeleton(&crate::text::fold(w))) {
                last.entry(s).or_default().insert(&m.key);
            }
        }
    }
    let unique = |map: &HashMap<String, HashSet<&str>>, s: &str| match map.get(s) {
        Some(keys) if keys.len() == 1 && s.len() >= MIN_SKELETON => keys.iter().next().map(|k| k.to_string()),
        _ => None,
    };
    let mut out = HashMap::default();
    for (key, text) in kana {
        let Some(s) = kana_skeleton(key) else { continue };
        let surname = text.rsplit('・').next().and_then(kana_skeleton);
        let found = unique(&whole, &s)
            .or_else(|| near(&whole, &s))
            .or_else(|| surname.and_then(|s| unique(&last, &s).or_else(|| unique(&whole, &s))));
        if let Some(k) = found {
            out.insert(key.to_string(), k);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(key: &str, text: &str) -> EntityMention {
        EntityMention { key: key.into(), text: text.into(), kind: EntityKind::Organization, start: 0, end: 0 }
    }

    #[test]
    fn a_transcription_shares_its_names_skeleton() {
        for (kana, latin) in
            [("ノルビク", "norvik"), ("ベルモラ", "velmora"), ("グローベックス", "globex"), ("アクメ", "acme")]
        {
            assert_eq!(kana_skeleton(kana), latin_skeleton(latin), "{kana} {latin}");
        }
        assert_ne!(kana_skeleton("ノルビク"), latin_skeleton("velmora"));
        assert_eq!(kana_skeleton("Norvik"), None);
        assert_eq!(latin_skeleton("ノルビク"), None);
    }

    #[test]
    fn a_katakana_key_takes_the_one_latin_key_it_transcribes() {
        let ms = [
            mention("ノルビク", "ノルビク"),
            mention("norvik", "Norvik"),
            mention("ベルモラ", "ベルモラ"),
            mention("anavelmora", "Ana Velmora"),
            mention("マサ", "マサ"),
            mention("mesa", "Mesa"),
            mention("masa", "Masa"),
        ];
        let aliases = katakana_aliases(ms.iter());
        assert_eq!(aliases.get("ノルビク").map(String::as_str), Some("norvik"));
        // By the surname of a name in full.
        assert_eq!(aliases.get("ベルモラ").map(String::as_str), Some("anavelmora"));
        // Two Latin keys sound alike: neither is taken.
        assert_eq!(aliases.get("マサ"), None);
    }

    #[test]
    fn one_edit_apart() {
        assert!(one_off("kscrgrbs", "scrgrbs"));
        assert!(one_off("abcd", "abxd"));
        assert!(!one_off("abcd", "abcd"));
        assert!(!one_off("abcd", "ab"));
    }
}

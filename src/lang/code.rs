//! The supported languages: the one registry list, and the [`Lang`] type it
//! defines. A leaf module: it imports nothing of the crate.
//!
//! Every other per-language table (the lexicon registry, the detector's
//! model list) is generated from [`registry!`], so a language is added by
//! adding one line to it (see the module docs of `crate::lang`).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The one list of supported languages, in code order. Each line: the
/// [`Lang`] variant, the module of its lexicon (`src/lang/<module>.rs`),
/// the ISO 639-1 code, the English name, and the `lingua` detector model.
///
/// `registry!(m)` calls the macro `m` with the list.
macro_rules! registry {
    ($then:ident) => {
        $then! {
            De de "de" "German" German,
            En en "en" "English" English,
            Es es "es" "Spanish" Spanish,
            Fr fr "fr" "French" French,
            Id id "id" "Indonesian" Indonesian,
            It it "it" "Italian" Italian,
            Ja ja "ja" "Japanese" Japanese,
            Ko ko "ko" "Korean" Korean,
            Pt pt "pt" "Portuguese" Portuguese,
            Ru ru "ru" "Russian" Russian,
            Vi vi "vi" "Vietnamese" Vietnamese,
            Zh zh "zh" "Chinese" Chinese,
        }
    };
}
pub(crate) use registry;

macro_rules! define_lang {
    ($($variant:ident $module:ident $code:literal $name:literal $model:ident,)*) => {
        /// A supported language, by ISO 639-1 code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Lang {
            $(
                #[doc = $name]
                $variant,
            )*
        }

        impl Lang {
            /// Every supported language, sorted by code.
            pub const ALL: &'static [Lang] = &[$(Lang::$variant),*];

            /// The ISO 639-1 code.
            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)*
                }
            }

            /// The English name.
            pub fn name(self) -> &'static str {
                match self {
                    $(Lang::$variant => $name,)*
                }
            }
        }
    };
}
registry!(define_lang);

impl Lang {
    /// The position of the language in [`Lang::ALL`]: a dense index for
    /// per-language tables.
    pub(crate) fn index(self) -> usize {
        // `ALL` lists the variants in declaration order.
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that names no supported language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseLangError {
    /// The code given.
    pub code: String,
}

impl fmt::Display for ParseLangError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unsupported language code {:?} (supported: ", self.code)?;
        for (i, lang) in Lang::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(lang.code())?;
        }
        f.write_str(")")
    }
}

impl std::error::Error for ParseLangError {}

impl FromStr for Lang {
    type Err = ParseLangError;

    /// Parses an ISO 639-1 code, case-insensitively; a region suffix
    /// (`pt-BR`, `pt_PT`) is accepted and ignored.
    fn from_str(s: &str) -> Result<Lang, ParseLangError> {
        let base = s.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .iter()
            .copied()
            .find(|l| l.code().eq_ignore_ascii_case(base))
            .ok_or_else(|| ParseLangError { code: s.to_string() })
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The ISO 639 code of any language, supported or not: what detection
/// found for a document ("ca", "zh"), or what a caller declared. Two
/// lower-case ASCII letters (ISO 639-1), or three for a language that has
/// no two-letter code (ISO 639-3, "yue").
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LangCode([u8; 3]);

impl LangCode {
    /// The code of a language the crate names itself; `code` is two or
    /// three lower-case ASCII letters.
    pub(crate) fn new(code: &str) -> LangCode {
        let b = code.as_bytes();
        debug_assert!(matches!(b.len(), 2 | 3) && b.iter().all(u8::is_ascii_lowercase), "{code:?}");
        let mut out = [0; 3];
        for (o, &c) in out.iter_mut().zip(b) {
            *o = c;
        }
        LangCode(out)
    }

    /// The code as a string.
    pub fn as_str(&self) -> &str {
        let len = if self.0[2] == 0 { 2 } else { 3 };
        // Invariant: ASCII letters.
        std::str::from_utf8(&self.0[..len]).unwrap_or("xx")
    }

    /// The supported language with this code, if it is one.
    pub fn supported(self) -> Option<Lang> {
        self.as_str().parse().ok()
    }
}

impl From<Lang> for LangCode {
    fn from(lang: Lang) -> LangCode {
        LangCode::new(lang.code())
    }
}

impl fmt::Display for LangCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for LangCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// A string that is not two or three ASCII letters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseLangCodeError(pub String);

impl fmt::Display for ParseLangCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid language code {:?}: expected two letters (ISO 639-1) or three (ISO 639-3)", self.0)
    }
}

impl std::error::Error for ParseLangCodeError {}

impl FromStr for LangCode {
    type Err = ParseLangCodeError;

    /// Two or three ASCII letters, in any case; a region or script suffix
    /// (`zh-TW`, `pt_BR`) is ignored.
    fn from_str(s: &str) -> Result<LangCode, ParseLangCodeError> {
        let base = s.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        if matches!(base.len(), 2 | 3) && base.bytes().all(|b| b.is_ascii_lowercase()) {
            Ok(LangCode::new(&base))
        } else {
            Err(ParseLangCodeError(s.to_string()))
        }
    }
}

impl Serialize for LangCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for LangCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<LangCode, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_round_trips() {
        for (i, &lang) in Lang::ALL.iter().enumerate() {
            assert_eq!(lang.index(), i, "{lang}: ALL is in declaration order");
            assert_eq!(lang.code().parse::<Lang>(), Ok(lang), "{lang}");
            assert_eq!(lang.code().to_uppercase().parse::<Lang>(), Ok(lang), "{lang} in upper case");
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{}\"", lang.code()));
            assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), lang);
        }
        assert!(Lang::ALL.windows(2).all(|w| w[0].code() < w[1].code()), "ALL is sorted by code");
        assert_eq!("pt-BR".parse::<Lang>(), Ok(Lang::Pt));
        assert_eq!("xx".parse::<Lang>(), Err(ParseLangError { code: "xx".to_string() }));
        assert!(serde_json::from_str::<Lang>("\"xx\"").is_err());
    }

    #[test]
    fn language_codes_parse_and_name_supported_languages() {
        let code = |s: &str| s.parse::<LangCode>();
        assert_eq!(code("zh-TW").unwrap().as_str(), "zh");
        assert_eq!(code("YUE").unwrap().as_str(), "yue");
        assert_eq!(code("pt_BR").unwrap().supported(), Some(Lang::Pt));
        assert_eq!(code("ca").unwrap().supported(), None);
        for bad in ["", "x", "abcd", "p1", "é"] {
            assert!(code(bad).is_err(), "{bad:?}");
        }
        for &lang in Lang::ALL {
            assert_eq!(LangCode::from(lang).supported(), Some(lang));
            assert_eq!(serde_json::to_string(&LangCode::from(lang)).unwrap(), format!("\"{lang}\""));
        }
    }

    #[test]
    fn the_parse_error_lists_every_code() {
        let msg = ParseLangError { code: "zh".into() }.to_string();
        for &lang in Lang::ALL {
            assert!(msg.contains(lang.code()), "{msg}");
        }
        assert!(msg.starts_with("unsupported language code \"zh\" (supported: de, "), "{msg}");
    }
}

//! The crate's one error type.

use crate::lang::{Lang, LangCode, ParseLangError};

/// Why a check could not run.
///
/// Finding nothing is not an error: it is an empty report. Errors are for
/// input the checker cannot take.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// `check` was given no documents.
    #[error("no documents to check")]
    NoDocuments,
    /// Two documents share an id.
    #[error("duplicate document id: {id:?}")]
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A document id is empty.
    #[error("a document has an empty id")]
    EmptyId,
    /// A language code names no supported language.
    #[error(transparent)]
    UnsupportedLanguage(#[from] ParseLangError),
    /// A document's language is not among the checker's enabled languages.
    #[error("document {id:?}: language {lang} is not enabled in this checker")]
    LanguageNotEnabled {
        /// The document id.
        id: String,
        /// Its language.
        lang: Lang,
    },
    /// No language was given and none could be detected (too little text,
    /// or a language detection does not know).
    #[error("document {id:?}: cannot detect the language; pass it explicitly")]
    LanguageNotDetected {
        /// The document id.
        id: String,
    },
    /// The document is in a language the crate does not support.
    #[error("document {id:?}: language {code} is not supported")]
    LanguageUnsupported {
        /// The document id.
        id: String,
        /// The language detected.
        code: LangCode,
    },
    /// The document has no letters or digits.
    #[error("document {id:?} is empty")]
    EmptyDocument {
        /// The document id.
        id: String,
    },
    /// A date is not `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an RFC 3339
    /// timestamp, or names no real day.
    #[error("invalid date {input:?}: expected YYYY, YYYY-MM, YYYY-MM-DD or an RFC 3339 timestamp")]
    InvalidDate {
        /// The text given.
        input: String,
    },
    /// A document is larger than the checker's limit.
    #[error("document {id:?}: {size} bytes is over the limit of {limit} bytes")]
    DocumentTooLarge {
        /// The document id.
        id: String,
        /// Its size in bytes.
        size: usize,
        /// The checker's limit.
        limit: usize,
    },
    /// A knowledge base could not be read.
    #[error("invalid knowledge base: {0}")]
    KnowledgeBase(#[from] serde_json::Error),
}

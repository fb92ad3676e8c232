//! Many independent events checked at once.
//!
//! An *event* is one story: the documents that report it, checked together
//! by [`Checker::check`]. Different events share nothing, so a corpus of
//! many events is checked event by event, and with the `rayon` feature (on
//! by default) on all cores. Results are the same either way: each event's
//! result is exactly what [`Checker::check`] gives for that event alone,
//! and results come back in input order.

#[cfg(feature = "rayon")]
use rayon::prelude::*;

use crate::{Checker, Document, Error, Report};

/// Checks many independent events with the default settings (see
/// [`check_consistency`](crate::check_consistency)): one result per event,
/// in input order. See [`Checker::check_events`].
pub fn check_events<E: AsRef<[Document]> + Sync>(events: &[E]) -> Vec<Result<Report, Error>> {
    Checker::new().check_events(events)
}

impl Checker {
    /// Checks many independent events: each event is a set of documents
    /// reporting one story, checked as [`Checker::check`] checks it, alone.
    ///
    /// Returns one result per event, in input order; an event that fails
    /// (no documents, a duplicate id, a language that cannot be detected...)
    /// gives its error and does not stop the others. With the `rayon`
    /// feature (a default feature) the events are checked in parallel on
    /// rayon's global pool; without it, one after another. The results are
    /// the same either way.
    ///
    /// `events` may be a slice of `Vec<Document>`, of `&[Document]` or of
    /// arrays of documents.
    ///
    /// ```
    /// use claimcheck::{Checker, Document, Error, Lang, Verdict};
    ///
    /// let events = [
    ///     vec![
    ///         Document::new("a", "A Acme encomendou 30 aviões este ano.").with_lang(Lang::Pt),
    ///         Document::new("b", "Acme encargó 30 aviones este año.").with_lang(Lang::Es),
    ///     ],
    ///     vec![], // no documents: this event fails, the others are checked
    ///     vec![
    ///         Document::new("c", "The floods killed 45 people, officials said.").with_lang(Lang::En),
    ///         Document::new("d", "Las inundaciones dejaron 120 muertos.").with_lang(Lang::Es),
    ///     ],
    /// ];
    /// let results = Checker::new().check_events(&events);
    /// assert_eq!(results.len(), 3);
    /// let first = results[0].as_ref().unwrap();
    /// assert_eq!(first.documents.len(), 2);
    /// assert!(matches!(results[1], Err(Error::NoDocuments)));
    /// let third = results[2].as_ref().unwrap();
    /// assert!(third.findings.iter().any(|f| f.verdict == Verdict::Contradict));
    /// ```
    pub fn check_events<E: AsRef<[Document]> + Sync>(&self, events: &[E]) -> Vec<Result<Report, Error>> {
        #[cfg(feature = "rayon")]
        {
            // `collect` on an indexed parallel iterator keeps input order.
            events.par_iter().map(|docs| self.check(docs.as_ref())).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            events.iter().map(|docs| self.check(docs.as_ref())).collect()
        }
    }
}

/// What parallel checking needs, checked at compile time with or without
/// the feature: a checker is shared by reference across threads, and each
/// result moves back to the caller's thread.
const _: () = {
    const fn shared_across_threads<T: Send + Sync>() {}
    shared_across_threads::<Checker>();
    shared_across_threads::<Report>();
    shared_across_threads::<Error>();
};

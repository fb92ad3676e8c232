//! Counting: per document, per event, then summed per language, per split
//! and over the whole set. Every figure is a ratio of two counts of a
//! [`Tally`], so that sums are exact.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use claimcheck::{Lang, Report};

use super::align::{DocAlignment, align};
use super::data::{Article, Coverage, Event, Split};

/// Counts from which every figure is computed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub events: usize,
    pub articles: usize,
    /// Library claims.
    pub library: usize,
    /// Gold claims.
    pub gold: usize,
    /// Aligned pairs.
    pub aligned: usize,
    /// Library claims entirely right.
    pub right: usize,
    /// Gold claims with a figure.
    pub numeric_gold: usize,
    /// Gold claims with a figure whose aligned library claim is entirely right.
    pub numeric_right: usize,
    /// Gold claims with an aligned library claim of the right predicate.
    pub fact_found: usize,
    /// Aligned pairs with each field right, in `Fields::NAMES` order.
    pub fields: [usize; 7],
    /// Pairs of gold claims of one fact in two articles of one event.
    pub pairs: usize,
    /// Of those, pairs whose two members are aligned.
    pub pairs_aligned: usize,
    /// Of those, pairs whose two library claims are in one finding.
    pub pairs_together: usize,
    /// Findings holding library claims of two or more gold facts.
    pub merges: usize,
}

impl Tally {
    /// Adds another tally's counts.
    pub fn add(&mut self, o: &Tally) {
        self.events += o.events;
        self.articles += o.articles;
        self.library += o.library;
        self.gold += o.gold;
        self.aligned += o.aligned;
        self.right += o.right;
        self.numeric_gold += o.numeric_gold;
        self.numeric_right += o.numeric_right;
        self.fact_found += o.fact_found;
        for (a, b) in self.fields.iter_mut().zip(o.fields) {
            *a += b;
        }
        self.pairs += o.pairs;
        self.pairs_aligned += o.pairs_aligned;
        self.pairs_together += o.pairs_together;
        self.merges += o.merges;
    }

    /// The share of aligned pairs with field `i` right.
    pub fn field(&self, i: usize) -> Option<f64> {
        ratio(self.fields[i], self.aligned)
    }
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| a as f64 / b as f64)
}

/// The figures with a floor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metric {
    /// Library claims entirely right / library claims.
    Precision,
    /// Gold claims with a figure that have an entirely right library claim / gold claims with a figure.
    NumericRecall,
    /// Gold claims with an aligned library claim of the right predicate / gold claims.
    FactRecall,
    /// Library claims with the right subject / library claims.
    Subject,
    /// Same-fact pairs in one finding / same-fact pairs with both members aligned.
    Grouping,
    /// Same-fact pairs in one finding / all same-fact pairs.
    GroupingAll,
}

impl Metric {
    pub const ALL: [Metric; 6] = [
        Metric::Precision,
        Metric::NumericRecall,
        Metric::FactRecall,
        Metric::Subject,
        Metric::Grouping,
        Metric::GroupingAll,
    ];

    /// The name used in `FLOORS` and in the printed tables.
    pub fn name(self) -> &'static str {
        match self {
            Metric::Precision => "precision",
            Metric::NumericRecall => "numeric_recall",
            Metric::FactRecall => "fact_recall",
            Metric::Subject => "subject",
            Metric::Grouping => "grouping",
            Metric::GroupingAll => "grouping_all",
        }
    }

    /// The figure; `None` when its denominator is zero.
    pub fn value(self, t: &Tally) -> Option<f64> {
        match self {
            Metric::Precision => ratio(t.right, t.library),
            Metric::NumericRecall => ratio(t.numeric_right, t.numeric_gold),
            Metric::FactRecall => ratio(t.fact_found, t.gold),
            Metric::Subject => ratio(t.fields[0], t.library),
            Metric::Grouping => ratio(t.pairs_together, t.pairs_aligned),
            Metric::GroupingAll => ratio(t.pairs_together, t.pairs),
        }
    }
}

/// One article's alignment and counts.
#[derive(Clone, Debug)]
pub struct DocScore {
    pub lang: Lang,
    pub alignment: DocAlignment,
    pub tally: Tally,
}

/// A pair of gold claims of one fact in two articles of one event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactPair {
    pub fact: String,
    pub langs: [Lang; 2],
    /// Both members are aligned.
    pub aligned: bool,
    /// Their library claims are in one finding.
    pub together: bool,
    /// The ids of the library claims aligned with the two members, when aligned.
    pub claims: [Option<String>; 2],
}

/// A finding that holds library claims aligned to gold claims of several facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merge {
    /// `subject predicate object`, and the claim ids.
    pub finding: String,
    /// The gold facts, sorted.
    pub facts: Vec<String>,
}

/// One event's scores.
#[derive(Clone, Debug)]
pub struct EventScore {
    pub name: String,
    pub split: Split,
    pub docs: Vec<DocScore>,
    pub pairs: Vec<FactPair>,
    pub merges: Vec<Merge>,
}

/// Aligns and counts one event, given the library's report on it.
pub fn score_event(event: &Event, report: &Report) -> EventScore {
    let docs: Vec<DocScore> = event
        .articles
        .iter()
        .map(|a| {
            let alignment = align(a, &report.claims);
            let tally = doc_tally(a, &alignment);
            DocScore { lang: a.lang, alignment, tally }
        })
        .collect();
    let facts = aligned_facts(event, &docs, report);
    let pairs = fact_pairs(event, &docs, report);
    let merges = merges(report, &facts);
    EventScore { name: event.name.clone(), split: event.split, docs, pairs, merges }
}

fn doc_tally(article: &Article, al: &DocAlignment) -> Tally {
    let mut t = Tally {
        articles: 1,
        library: al.claims.len(),
        gold: article.gold.len(),
        aligned: al.pairs.len(),
        numeric_gold: article.gold.iter().filter(|g| g.value.is_some()).count(),
        ..Tally::default()
    };
    for p in &al.pairs {
        let all = p.fields.all();
        t.right += usize::from(all);
        t.numeric_right += usize::from(all && article.gold[p.gold].value.is_some());
        t.fact_found += usize::from(p.fields.predicate);
        for (n, ok) in t.fields.iter_mut().zip(p.fields.get()) {
            *n += usize::from(ok);
        }
    }
    t
}

/// The gold fact of every aligned library claim, by claim id.
fn aligned_facts<'a>(event: &'a Event, docs: &[DocScore], report: &'a Report) -> HashMap<&'a str, &'a str> {
    let mut facts = HashMap::new();
    for (article, doc) in event.articles.iter().zip(docs) {
        for p in &doc.alignment.pairs {
            facts.insert(report.claims[p.claim].id.as_str(), article.gold[p.gold].fact.as_str());
        }
    }
    facts
}

/// Every pair of gold claims of one fact in two different articles.
fn fact_pairs(event: &Event, docs: &[DocScore], report: &Report) -> Vec<FactPair> {
    let mut findings_of: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in report.findings.iter().enumerate() {
        for c in &f.claims {
            findings_of.entry(c.as_str()).or_default().push(i);
        }
    }
    // fact -> (article, gold) members, in article and line order.
    let mut members: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    for (a, article) in event.articles.iter().enumerate() {
        for (g, gold) in article.gold.iter().enumerate() {
            members.entry(gold.fact.as_str()).or_default().push((a, g));
        }
    }
    let claim_of = |(a, g): (usize, usize)| docs[a].alignment.of_gold(g).map(|p| report.claims[p.claim].id.as_str());
    let mut pairs = Vec::new();
    for (fact, list) in members {
        for (i, &x) in list.iter().enumerate() {
            for &y in list[i + 1..].iter().filter(|y| y.0 != x.0) {
                let (cx, cy) = (claim_of(x), claim_of(y));
                let together = match (cx.and_then(|c| findings_of.get(c)), cy.and_then(|c| findings_of.get(c))) {
                    (Some(fx), Some(fy)) => fx.iter().any(|f| fy.contains(f)),
                    _ => false,
                };
                let langs = [docs[x.0].lang, docs[y.0].lang];
                let aligned = cx.is_some() && cy.is_some();
                let claims = [cx.map(str::to_string), cy.map(str::to_string)];
                pairs.push(FactPair { fact: fact.to_string(), langs, aligned, together, claims });
            }
        }
    }
    pairs
}

/// Findings whose claims are aligned to gold claims of two or more facts.
fn merges(report: &Report, facts: &HashMap<&str, &str>) -> Vec<Merge> {
    let mut out = Vec::new();
    for f in &report.findings {
        let set: BTreeSet<&str> = f.claims.iter().filter_map(|c| facts.get(c.as_str()).copied()).collect();
        if set.len() >= 2 {
            let predicate = f.predicate.map_or("-", |p| p.as_str());
            let object = f.object.as_deref().unwrap_or("-");
            let finding = format!("{} {predicate} {object} [{}]", f.subject, f.claims.join(", "));
            out.push(Merge { finding, facts: set.into_iter().map(str::to_string).collect() });
        }
    }
    out
}

/// The counts of one event as a whole.
pub fn event_tally(e: &EventScore) -> Tally {
    let mut t = Tally { events: 1, merges: e.merges.len(), ..Tally::default() };
    for d in &e.docs {
        t.add(&d.tally);
    }
    for p in &e.pairs {
        count_pair(&mut t, p);
    }
    t
}

fn count_pair(t: &mut Tally, p: &FactPair) {
    t.pairs += 1;
    t.pairs_aligned += usize::from(p.aligned);
    t.pairs_together += usize::from(p.together);
}

/// The counts of the whole set, per split, per language and per event.
#[derive(Clone, Debug, Default)]
pub struct Totals {
    pub all: Tally,
    pub splits: BTreeMap<Split, Tally>,
    /// Per language: its documents' counts, the same-fact pairs with a
    /// member in the language (a pair of two languages counts in both), and
    /// the events with an article in it. Merges are not counted per language.
    pub langs: BTreeMap<Lang, Tally>,
    pub events: Vec<(String, Split, Tally)>,
}

/// Sums the events' counts.
pub fn totals(events: &[EventScore]) -> Totals {
    let mut t = Totals::default();
    for e in events {
        let et = event_tally(e);
        t.splits.entry(e.split).or_default().add(&et);
        t.events.push((e.name.clone(), e.split, et.clone()));
        // A holdout or blind event counts in its own split only (see
        // [`Split::Holdout`], [`Split::Blind`]).
        if matches!(e.split, Split::Holdout | Split::Blind) {
            continue;
        }
        t.all.add(&et);
        let langs: BTreeSet<Lang> = e.docs.iter().map(|d| d.lang).collect();
        for l in &langs {
            t.langs.entry(*l).or_default().events += 1;
        }
        for d in &e.docs {
            t.langs.entry(d.lang).or_default().add(&d.tally);
        }
        for p in &e.pairs {
            let langs: BTreeSet<Lang> = p.langs.into_iter().collect();
            for l in langs {
                count_pair(t.langs.entry(l).or_default(), p);
            }
        }
    }
    t
}

/// The totals of each run of the set (see [`Coverage`]).
#[derive(Clone, Debug, Default)]
pub struct Figures {
    /// Each event checked with its articles in the seven original languages.
    pub original: Totals,
    /// Each event checked with its articles in those and ko, ru, vi.
    pub new: Totals,
    /// Each event checked with its articles in those and zh.
    pub zh: Totals,
    /// Each event checked with all its articles.
    pub whole: Totals,
}

impl Figures {
    /// The totals of one coverage.
    pub fn of(&self, coverage: Coverage) -> &Totals {
        match coverage {
            Coverage::Original => &self.original,
            Coverage::New => &self.new,
            Coverage::Zh => &self.zh,
            Coverage::Whole => &self.whole,
        }
    }
}

//! Reading the set from disk: `SPLIT`, then every event folder it lists.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::data::{Article, Event, FormatError, Split, occurrences, parse_article, parse_gold, parse_split};

/// Folders of the data directory that are not events.
const NOT_EVENTS: &[&str] = &["harness"];

/// The set as read: the events that parsed, and what went wrong.
#[derive(Debug, Default)]
pub struct DataSet {
    /// The events found, in `SPLIT` order; a file with an error is left out.
    pub events: Vec<Event>,
    /// Events `SPLIT` lists that have no folder yet, or an empty one.
    pub missing: Vec<String>,
    /// Format errors (the format test fails on any).
    pub errors: Vec<FormatError>,
    /// Doubtful but allowed (two gold claims of one article with one anchor).
    pub warnings: Vec<String>,
}

impl DataSet {
    /// The number of articles read.
    pub fn articles(&self) -> usize {
        self.events.iter().map(|e| e.articles.len()).sum()
    }
}

/// Reads `dir/SPLIT` and the event folders it lists.
pub fn load(dir: &Path) -> DataSet {
    let mut set = DataSet::default();
    let split_path = dir.join("SPLIT");
    let listed = match std::fs::read_to_string(&split_path) {
        Ok(s) => {
            let (listed, errors) = parse_split(&split_path, &s);
            set.errors.extend(errors);
            listed
        }
        Err(e) => {
            set.errors.push(FormatError::new(&split_path, 0, format!("cannot read: {e}")));
            return set;
        }
    };
    for (name, split) in &listed {
        let folder = dir.join(name);
        match load_event(&folder, name, *split, &mut set) {
            Some(event) => set.events.push(event),
            None => set.missing.push(name.clone()),
        }
    }
    for folder in subfolders(dir) {
        let name = folder.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !NOT_EVENTS.contains(&name) && !listed.iter().any(|(e, _)| e == name) {
            set.errors.push(FormatError::new(&folder, 0, "event folder not listed in SPLIT"));
        }
    }
    set
}

fn subfolders(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    out.sort();
    out
}

/// The files of one event folder by stem: (article, gold).
type Pairs = BTreeMap<String, (Option<PathBuf>, Option<PathBuf>)>;

fn event_files(folder: &Path, set: &mut DataSet) -> Pairs {
    let mut pairs = Pairs::new();
    let entries = std::fs::read_dir(folder).map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect::<Vec<_>>());
    let mut entries = entries.unwrap_or_else(|e| {
        set.errors.push(FormatError::new(folder, 0, format!("cannot read: {e}")));
        Vec::new()
    });
    entries.sort();
    for path in entries {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        match path.extension().and_then(|e| e.to_str()) {
            Some("txt") => pairs.entry(stem).or_default().0 = Some(path),
            Some("gold") => pairs.entry(stem).or_default().1 = Some(path),
            Some("md") => {}
            _ => set.errors.push(FormatError::new(&path, 0, "unexpected file (want NN_<lang>.txt or .gold)")),
        }
    }
    pairs
}

/// `None` when the folder is absent or holds no article or gold file.
fn load_event(folder: &Path, name: &str, split: Split, set: &mut DataSet) -> Option<Event> {
    if !folder.is_dir() {
        return None;
    }
    let files = event_files(folder, set);
    if files.is_empty() {
        return None;
    }
    let mut articles = Vec::new();
    for (stem, files) in files {
        match files {
            (Some(txt), Some(gold)) => {
                if let Some(a) = load_article(&txt, &gold, &stem, set) {
                    articles.push(a);
                }
            }
            (Some(txt), None) => set.errors.push(FormatError::new(&txt, 0, "article without a gold file")),
            (None, Some(gold)) => set.errors.push(FormatError::new(&gold, 0, "gold file without an article")),
            (None, None) => {}
        }
    }
    Some(Event { name: name.to_string(), split, articles })
}

fn read(path: &Path, set: &mut DataSet) -> Option<String> {
    std::fs::read_to_string(path)
        .map_err(|e| set.errors.push(FormatError::new(path, 0, format!("cannot read: {e}"))))
        .ok()
}

fn load_article(txt: &Path, gold: &Path, stem: &str, set: &mut DataSet) -> Option<Article> {
    let mut article = match parse_article(txt, stem, &read(txt, set)?) {
        Ok(a) => a,
        Err(e) => {
            set.errors.push(e);
            return None;
        }
    };
    let (claims, errors) = parse_gold(gold, &read(gold, set)?, &article.text);
    set.errors.extend(errors);
    for (i, a) in claims.iter().enumerate() {
        if occurrences(&article.text, &a.anchor).is_empty() {
            let path = gold.display();
            set.warnings
                .push(format!("{path}:{}: anchor {:?} occurs only inside a longer word or number", a.line, a.anchor));
        }
        if let Some(b) = claims[..i].iter().find(|b| b.anchor == a.anchor) {
            let path = gold.display();
            set.warnings.push(format!("{path}:{}: anchor {:?} also on line {}", a.line, a.anchor, b.line));
        }
    }
    article.gold = claims;
    Some(article)
}

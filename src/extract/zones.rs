//! Layout zones: which sentences of a document are a headline, a deck, a
//! section header, a caption or photo credit, a byline, a dateline, an
//! update log or a related link, rather than body text.
//!
//! Language-independent shapes (the first line, short, with no final
//! period, is a headline) and per-language marker words
//! ([`crate::lang::Lexicon::zones`]) at the start of a line or a sentence.
//!
//! What each zone contributes ([`Zone::gives_claims`]): a headline, a deck
//! and a section header give claims, marked with their zone; a caption or
//! credit, a byline, a dateline, an update log and a related link give none.

use once_cell::sync::Lazy;

use super::Ctx;
use crate::lang::Lang;
use crate::schema::Zone;
use crate::text::{Kind, Sentence, Tokens, tokenize};

/// The most tokens a headline may have.
const HEADLINE_MAX: usize = 40;
/// The most tokens a deck may have.
const DECK_MAX: usize = 60;
/// The most tokens a section header may have.
const SECTION_MAX: usize = 10;
/// The most tokens a byline may have.
const BYLINE_MAX: usize = 14;
/// The most tokens an update log line opened by an unbulleted marker may have.
const UPDATE_MAX: usize = 25;
/// How far into a sentence a caption marker may open it ("AFP PHOTO/").
const CAPTION_LEAD: usize = 3;

/// A marker phrase as the folded words the tokenizer makes of it, with its zone.
type Marker = (Vec<String>, Zone);

/// One language's zone markers, and the words they start with.
struct Markers {
    list: Vec<Marker>,
    first: rustc_hash::FxHashSet<String>,
}

/// One language's zone markers, tokenized once.
fn markers(lang: Lang) -> &'static Markers {
    static TABLES: Lazy<Vec<Markers>> = Lazy::new(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                l.lexicon()
                    .zones
                    .iter()
                    .map(|&(p, z)| {
                        let t = tokenize(p, &[], None, l.lexicon().keep_marks);
                        ((0..t.len()).map(|k| t.folded(k).to_string()).collect(), z)
                    })
                    .collect::<Vec<Marker>>()
            })
            .map(|list| Markers { first: list.iter().filter_map(|(w, _)| w.first().cloned()).collect(), list })
            .collect()
    });
    &TABLES[lang.index()]
}

/// The zone marker written from token `j` on, with its length.
fn marker_at(cx: &Ctx, j: usize) -> Option<(Zone, usize)> {
    let t = cx.tokens;
    let markers = markers(cx.lex_data.lang);
    // A token no marker starts with is passed over in one look-up.
    if j >= t.len() || !markers.first.contains(t.folded(j)) {
        return None;
    }
    markers.list.iter().find_map(|(w, z)| {
        let fits = !w.is_empty() && j + w.len() <= t.len() && (j..j + w.len()).zip(w).all(|(k, s)| t.folded(k) == s);
        fits.then_some((*z, w.len()))
    })
}

/// A line: the sentences from `first` to `last` (exclusive), tokens `start..end`.
#[derive(Clone, Copy)]
struct Line {
    first: usize,
    last: usize,
    start: usize,
    end: usize,
}

fn lines(t: &Tokens, sents: &[Sentence]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for (n, s) in sents.iter().enumerate() {
        match out.last_mut() {
            Some(l) if !t.toks[s.start].newline_before() => {
                l.last = n + 1;
                l.end = s.end;
            }
            _ => out.push(Line { first: n, last: n + 1, start: s.start, end: s.end }),
        }
    }
    out
}

fn is_bullet(t: &Tokens, i: usize) -> bool {
    t.toks[i].kind == Kind::Punct && matches!(t.raw(i), "-" | "–" | "—" | "•" | "*" | "·" | "▪" | "►")
}

/// Whether a line ends with final punctuation (a period, "!", "?", "…", a
/// closing quote after one).
fn ends_sentence(t: &Tokens, l: Line) -> bool {
    (l.start..l.end)
        .rev()
        .take(2)
        .any(|j| t.toks[j].kind == Kind::Punct && matches!(t.raw(j), "." | "!" | "?" | "…" | ":" | ";"))
}

/// The zone of each sentence; `None` for body text. `dateline_end` is the
/// token where a dateline at the top of the text ends.
pub(crate) fn of(cx: &Ctx, sents: &[Sentence], dateline_end: Option<usize>) -> Vec<Option<Zone>> {
    let t = cx.tokens;
    let mut zones = vec![None; sents.len()];
    let lines = lines(t, sents);
    let mut related_list = false;
    for (n, &l) in lines.iter().enumerate() {
        let bullet = is_bullet(t, l.start);
        let lead = l.start + usize::from(bullet);
        let marker = marker_at(cx, lead);
        let zone = match marker {
            Some((Zone::RelatedLink, _)) => {
                related_list = true;
                Some(Zone::RelatedLink)
            }
            _ if related_list && bullet => Some(Zone::RelatedLink),
            Some((Zone::UpdateLog, m)) if bullet || is_update_line(t, l, lead + m) => Some(Zone::UpdateLog),
            Some((Zone::Byline, m)) if is_byline(cx, l, lead + m) => Some(Zone::Byline),
            _ if caption_line(cx, sents, l) => Some(Zone::Caption),
            _ => line_zone(cx, &lines, n, dateline_end),
        };
        if !bullet && marker.is_none_or(|(z, _)| z != Zone::RelatedLink) {
            related_list = false;
        }
        for z in &mut zones[l.first..l.last] {
            *z = zone;
        }
        if zone.is_none_or(Zone::gives_claims) {
            for (k, s) in sents[l.first..l.last].iter().enumerate() {
                if caption_sentence(cx, *s) {
                    zones[l.first + k] = Some(Zone::Caption);
                }
            }
        }
    }
    zones
}

/// An unbulleted update log line: its marker ends with a colon
/// ("Update:"), or the line is short and has no final period
/// ("Atualizado em 3/5/2024 às 10h"); "Updated figures showed ..." is body.
fn is_update_line(t: &Tokens, l: Line, after_marker: usize) -> bool {
    let colon = t.raw(after_marker.saturating_sub(1)) == ":";
    colon || (l.end - l.start <= UPDATE_MAX && !ends_sentence(t, l))
}

/// A byline: a name right after the marker, on a short line with no final period.
fn is_byline(cx: &Ctx, l: Line, name: usize) -> bool {
    let t = cx.tokens;
    let colon = t.raw(name.saturating_sub(1)).ends_with(':');
    let named = t.toks.get(name).is_some_and(|n| n.kind == Kind::Word && n.case != crate::text::Case::Lower);
    colon || (named && l.end - l.start <= BYLINE_MAX && !ends_sentence(t, l))
}

/// Zones told by shape alone: the headline, the deck after it, a dateline
/// alone on its line, a section header.
fn line_zone(cx: &Ctx, lines: &[Line], n: usize, dateline_end: Option<usize>) -> Option<Zone> {
    let t = cx.tokens;
    let l = lines[n];
    let len = l.end - l.start;
    if dateline_end.is_some_and(|e| e >= l.end) {
        return Some(Zone::Dateline);
    }
    // A headline, a deck or a header is one sentence with no final period.
    let open = !ends_sentence(t, l) && l.last - l.first == 1;
    if n == 0 {
        return (open && len <= HEADLINE_MAX && lines.len() > 1).then_some(Zone::Headline);
    }
    if n == 1 && line_zone(cx, lines, 0, dateline_end) == Some(Zone::Headline) {
        if open && len <= DECK_MAX && lines.len() > 2 {
            return Some(Zone::Deck);
        }
        return None;
    }
    let words = (l.start..l.end).any(|j| t.toks[j].kind == Kind::Word);
    (open && words && len <= SECTION_MAX && n + 1 < lines.len()).then_some(Zone::SectionHeader)
}

/// A caption line: its last sentence is a credit in parentheses ("(Photo: Reuters)").
fn caption_line(cx: &Ctx, sents: &[Sentence], l: Line) -> bool {
    let t = cx.tokens;
    let last = sents[l.last - 1];
    l.last - l.first > 1 && t.is_punct(last.start, '(') && is_caption_marker(cx, last.start + 1)
}

/// A credit sentence: a caption marker among its first tokens ("Foto: X",
/// "AFP PHOTO/ ..."), or "©" anywhere in it.
fn caption_sentence(cx: &Ctx, s: Sentence) -> bool {
    let t = cx.tokens;
    (s.start..s.end.min(s.start + CAPTION_LEAD)).any(|j| is_caption_marker(cx, j))
        || (s.start..s.end).any(|j| t.raw(j) == "©")
}

fn is_caption_marker(cx: &Ctx, j: usize) -> bool {
    marker_at(cx, j).is_some_and(|(z, _)| z == Zone::Caption)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Read;

    /// The zone of the sentence that starts with `start`.
    fn zone_of(text: &str, lang: Lang, start: &str) -> Option<Option<Zone>> {
        let read = Read::new(text, lang);
        let cx = read.cx();
        let dateline = super::super::time::dateline(&cx).map(|(_, end)| end);
        let zones = of(&cx, &read.sents, dateline);
        read.sents
            .iter()
            .zip(zones)
            .find(|(s, _)| cx.tokens.span_text(s.start, s.end).starts_with(start))
            .map(|(_, z)| z)
    }

    /// name, language, text, the start of a sentence, its zone (None: body)
    type Case = (&'static str, Lang, &'static str, &'static str, Option<Zone>);

    #[test]
    fn zone_table() {
        for (name, lang, text, start, want) in ZONE_CASES {
            assert_eq!(zone_of(text, *lang, start), Some(*want), "case {name}: {text:?}");
        }
    }

    /// The cases of [`zone_table`].
    const ZONE_CASES: &[Case] = {
        use Zone::*;
        &[
            (
                "headline",
                Lang::En,
                "Flood kills 30 in Dalby\nThirty people died, police said.",
                "Flood",
                Some(Headline),
            ),
            (
                "body after headline",
                Lang::En,
                "Flood kills 30 in Dalby\nThirty people died, police said.",
                "Thirty",
                None,
            ),
            (
                "first line with a period is body",
                Lang::En,
                "Thirty people died, police said.\nMore rain is due.",
                "Thirty",
                None,
            ),
            ("a single line is body", Lang::Pt, "Trinta pessoas morreram em Dalby", "Trinta", None),
            (
                "deck",
                Lang::Fr,
                "Crue à Dalby\nLe bilan s'alourdit dans la vallée\nTrente personnes sont mortes.",
                "Le bilan",
                Some(Deck),
            ),
            (
                "section header",
                Lang::De,
                "Flut in Dalby\nDreißig Menschen starben.\nDie Lage\nDer Regen hält an.",
                "Die Lage",
                Some(SectionHeader),
            ),
            ("byline en", Lang::En, "Flood kills 30\nBy Jane Rowe\nThirty people died.", "By Jane", Some(Byline)),
            (
                "byline zh",
                Lang::Zh,
                "Acme完成收购\n【Norvik 李明报导】\n这宗收购涉及690亿美元。",
                "【Norvik",
                Some(Byline),
            ),
            (
                "bracketed dateline before the body zh",
                Lang::Zh,
                "达尔比洪灾\n雨还在下。\n【新唐人北京时间2024年10月31日讯】达尔比遭遇洪灾，已有95人死亡，数十人失踪，救援仍在进行。",
                "【新唐人",
                None,
            ),
            (
                "byline pt",
                Lang::Pt,
                "Cheia mata 30\nPor Maria Lobo\nTrinta pessoas morreram.",
                "Por Maria",
                Some(Byline),
            ),
            (
                "byline it",
                Lang::It,
                "Alluvione a Dalby\nDi Marco Ferri\nTrenta persone sono morte.",
                "Di Marco",
                Some(Byline),
            ),
            (
                "by as a sentence is body",
                Lang::En,
                "Flood in Dalby\nBy Monday, 30 people had died.\nRain goes on.",
                "By Monday",
                None,
            ),
            (
                "editor line id",
                Lang::Id,
                "Banjir di Dalby\nSebanyak 30 orang tewas.\nEditor: Budi Santoso",
                "Editor",
                Some(Byline),
            ),
            (
                "read more id",
                Lang::Id,
                "Banjir di Dalby\nSebanyak 30 orang tewas.\nBaca Juga: Kebakaran tewaskan 2 orang",
                "Baca Juga",
                Some(RelatedLink),
            ),
            (
                "leia também",
                Lang::Pt,
                "Cheia em Dalby\nTrinta pessoas morreram.\nLeia também: Incêndio mata 2",
                "Leia",
                Some(RelatedLink),
            ),
            (
                "lesen sie auch",
                Lang::De,
                "Flut in Dalby\nDreißig Menschen starben.\nLesen Sie auch: Brand in Lindau",
                "Lesen",
                Some(RelatedLink),
            ),
            (
                "read more list",
                Lang::En,
                "Flood in Dalby\nThirty people died.\nREAD MORE:\n- Fire kills 2 in Norland",
                "- Fire",
                Some(RelatedLink),
            ),
            (
                "bullets without read more are body",
                Lang::De,
                "- Dreißig Menschen starben in Dalby.\n- Der Regen hält an.",
                "- Dreißig",
                None,
            ),
            (
                "update colon",
                Lang::En,
                "Flood in Dalby\nUpdate: more rain is due tonight.\nThirty died.",
                "Update",
                Some(UpdateLog),
            ),
            (
                "updated as a word is body",
                Lang::En,
                "Flood in Dalby\nUpdated figures showed 30 dead.\nRain goes on.",
                "Updated",
                None,
            ),
            (
                "aktualisiert",
                Lang::De,
                "Flut in Dalby\nAktualisiert am 3. Mai, 10.15 Uhr\nDreißig Menschen starben.",
                "Aktualisiert",
                Some(UpdateLog),
            ),
            (
                "update log",
                Lang::En,
                "Flood in Dalby\nThirty people died.\n- Added report on 20 injured",
                "- Added",
                Some(UpdateLog),
            ),
            (
                "atualizado em",
                Lang::Pt,
                "Cheia em Dalby\nAtualizado em 3 de maio\nTrinta pessoas morreram.",
                "Atualizado",
                Some(UpdateLog),
            ),
            (
                "parenthesized credit",
                Lang::En,
                "Flood in Dalby\nRescuers carry a boy. (Photo: Reuters)\nThirty died.",
                "Rescuers",
                Some(Caption),
            ),
            (
                "parenthesized agency credit",
                Lang::En,
                "Flood in Dalby\nRescuers dug for survivors of a flood that killed 30 people. (Photo by Jane Rowe / AFP)\nThirty died.",
                "Rescuers",
                Some(Caption),
            ),
            (
                "copyright credit",
                Lang::De,
                "Flut in Dalby\nHelfer tragen ein Kind © Jan Roth/dpa\nDreißig starben.",
                "Helfer",
                Some(Caption),
            ),
            ("foto line", Lang::Es, "Riada en Dalby\nFoto: Ana Gil\nTreinta personas murieron.", "Foto", Some(Caption)),
            (
                "agency photo sentence",
                Lang::Id,
                "Banjir di Dalby\nSebanyak 30 orang tewas. AFP PHOTO/ Cek berita lain\nHujan turun.",
                "AFP",
                Some(Caption),
            ),
            (
                "body before an agency photo",
                Lang::Id,
                "Banjir di Dalby\nSebanyak 30 orang tewas. AFP PHOTO/ Cek berita lain\nHujan turun.",
                "Sebanyak",
                None,
            ),
            (
                "photo in body is body",
                Lang::En,
                "Flood in Dalby\nA photo of the dam showed 30 cracks.\nRain goes on.",
                "A photo",
                None,
            ),
        ]
    };
}

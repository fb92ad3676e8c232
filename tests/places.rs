//! Countries across languages: the same country named in different
//! languages gets one key, so that the comparator sees one fact.

use claimcheck::{Document, Lang, check_consistency};

/// One toll in a country, as each language's press writes it.
const TOLLS: &[(Lang, &str)] = &[
    (Lang::De, "In Marokko starben bei Überschwemmungen mindestens 30 Menschen."),
    (Lang::En, "At least 30 people died in floods in Morocco, officials said."),
    (Lang::Es, "Al menos 30 personas murieron en Marruecos por las inundaciones."),
    (Lang::Fr, "Au Maroc, les inondations ont fait au moins 30 morts."),
    (Lang::Id, "Sedikitnya 30 orang tewas akibat banjir di Maroko."),
    (Lang::It, "Almeno 30 persone sono morte nelle alluvioni in Marocco."),
    (Lang::Pt, "Pelo menos 30 pessoas morreram nas enchentes no Marrocos."),
];

#[test]
fn one_country_one_key_in_every_language() {
    let docs: Vec<Document> =
        TOLLS.iter().map(|&(lang, text)| Document::new(lang.code(), text).with_lang(lang)).collect();
    let r = check_consistency(&docs).expect("the articles check");
    for doc in &r.documents {
        let places: Vec<&str> = doc.entities.iter().map(|e| &*e.key).collect();
        assert!(places.contains(&"ma"), "{}: entities {places:?}", doc.id);
    }
    let codes: Vec<&str> = TOLLS.iter().map(|(l, _)| l.code()).collect();
    // Each article counts the toll in Morocco only, so the toll is the event's.
    let toll = r.findings.iter().find(|f| f.subject == "event" && f.sources.len() == codes.len());
    assert!(
        toll.is_some(),
        "no finding on the toll from every source; findings: {:?}",
        r.findings.iter().map(|f| (&f.subject, &f.predicate, &f.sources)).collect::<Vec<_>>()
    );
}

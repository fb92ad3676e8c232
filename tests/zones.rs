//! Layout zones through the public API: what each zone contributes to the
//! claims (see `Zone` and README, "Zones").

use claimcheck::{Checker, Claim, Document, Lang, Predicate, Zone};

fn claims(text: &str, lang: Lang) -> Vec<Claim> {
    let doc = Document::new("d", text).with_lang(lang);
    Checker::new().check(&[doc]).expect("checked").claims
}

fn figure(c: &Claim) -> Option<f64> {
    c.quantity.as_ref().map(|q| q.value)
}

#[test]
fn a_headline_claim_is_kept_and_marked() {
    let cs = claims(
        "Death toll rises to 45 in Dalby floods\n\nOfficials in Dalby said on Monday that 30 people had died.",
        Lang::En,
    );
    let headline = cs.iter().find(|c| figure(c) == Some(45.0)).expect("the headline's figure is a claim");
    assert_eq!(headline.zone, Some(Zone::Headline));
    let json = serde_json::to_value(headline).unwrap();
    assert_eq!(json["zone"], "headline");
    let body = cs.iter().find(|c| figure(c) == Some(30.0)).expect("the body's figure is a claim");
    assert_eq!(body.zone, None);
    assert!(serde_json::to_value(body).unwrap().get("zone").is_none(), "body claims carry no zone field");
}

#[test]
fn a_figure_restated_in_the_body_is_body() {
    let cs = claims("Banjir tewaskan 30 orang\n\nSebanyak 30 orang tewas dalam banjir di Dalby.", Lang::Id);
    let c = cs.iter().find(|c| figure(c) == Some(30.0)).expect("a claim of 30");
    assert_eq!(c.zone, None, "{c:#?}");
}

#[test]
fn related_links_captions_bylines_and_update_logs_give_no_claims() {
    // name, language, text, a figure that must give no claim, a figure that must
    let cases: &[(&str, Lang, &str, f64, f64)] = &[
        (
            "baca juga",
            Lang::Id,
            "Banjir di Dalby\nSebanyak 30 orang tewas.\nBaca Juga: Kebakaran tewaskan 12 orang di Lorvik",
            12.0,
            30.0,
        ),
        (
            "read more list",
            Lang::En,
            "Flood in Dalby\nThirty people died in Dalby.\nREAD MORE:\n- Fire kills 12 in Lorvik",
            12.0,
            30.0,
        ),
        (
            "update log",
            Lang::En,
            "Flood in Dalby\nThirty people died in Dalby.\n- Added report on 12 injured",
            12.0,
            30.0,
        ),
        (
            "leia também",
            Lang::Pt,
            "Cheia em Dalby\nTrinta pessoas morreram em Dalby.\nLeia também: Incêndio mata 12 em Lorvik",
            12.0,
            30.0,
        ),
        (
            "caption",
            Lang::En,
            "Flood in Dalby\nRescuers carry 12 injured people. (Photo: Reuters)\nThirty people died in Dalby.",
            12.0,
            30.0,
        ),
        (
            "html break",
            Lang::It,
            "Alluvione a Dalby<br />Trenta persone sono morte a Dalby.<br />Leggi anche: 12 morti a Lorvik",
            12.0,
            30.0,
        ),
    ];
    for (name, lang, text, silent, kept) in cases {
        let cs = claims(text, *lang);
        assert!(!cs.iter().any(|c| figure(c) == Some(*silent)), "case {name}: {cs:#?}");
        let c = cs.iter().find(|c| figure(c) == Some(*kept));
        assert!(c.is_some_and(|c| c.predicate == Predicate::Deaths), "case {name}: {cs:#?}");
        assert!(cs.iter().all(|c| !c.evidence.text.contains('<')), "case {name}: markup in evidence");
    }
}

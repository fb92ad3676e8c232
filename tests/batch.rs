//! Behaviour that needs several documents: names learned across reports,
//! facts compared across languages.

use claimcheck::{Document, FindingKind, Lang, Predicate, Verdict, check_consistency};

#[test]
fn a_name_at_a_sentence_start_is_known_from_another_report() {
    let docs = [
        Document::new("a", "Repsol presentó resultados el martes. La petrolera ganó 3.000 millones de euros.")
            .with_lang(Lang::Es),
        Document::new("b", "A espanhola Repsol lucrou 3 mil milhões de euros no ano.").with_lang(Lang::Pt),
    ];
    let r = check_consistency(&docs).unwrap();
    let a = r.documents.iter().find(|d| d.id == "a").unwrap();
    assert!(a.entities.iter().any(|e| e.key == "repsol"), "{:?}", a.entities);
}

#[test]
fn tolls_without_a_place_are_compared_as_the_story_s_event() {
    let docs = [
        Document::new("a", "As enchentes deixaram 45 mortos, segundo a Defesa Civil.").with_lang(Lang::Pt),
        Document::new("b", "Las inundaciones dejaron al menos 45 muertos.").with_lang(Lang::Es),
        Document::new("c", "The floods killed 120 people, officials said on Friday.").with_lang(Lang::En),
    ];
    let r = check_consistency(&docs).unwrap();
    let deaths: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.predicate == Some(Predicate::Deaths) && f.kind == FindingKind::Quantity)
        .collect();
    assert_eq!(deaths.len(), 1, "{:#?}", r.findings);
    assert_eq!(deaths[0].subject, "event");
    assert_eq!(deaths[0].verdict, Verdict::Contradict, "{}", deaths[0].explanation);
    let pair = |a: &str, b: &str| deaths[0].pairs.iter().find(|p| p.a == a && p.b == b).map(|p| p.verdict);
    assert_eq!(pair("a", "b"), Some(Verdict::Compatible), "45 lies in 'at least 45'");
    assert_eq!(pair("b", "c"), Some(Verdict::Compatible), "120 lies in 'at least 45'");
    assert_eq!(pair("a", "c"), Some(Verdict::Contradict), "45 against 120");
}

#[test]
fn a_police_toll_and_an_organizers_count_disagree() {
    let docs = [
        Document::new("a", "A polícia prendeu 45 manifestantes no centro de Lisboa.").with_lang(Lang::Pt),
        Document::new("b", "La policía detuvo a 45 manifestantes en el centro de Lisboa.").with_lang(Lang::Es),
    ];
    let r = check_consistency(&docs).unwrap();
    let f = r.findings.iter().find(|f| f.predicate == Some(Predicate::Arrested)).expect("an arrests finding");
    assert_eq!((f.subject.as_str(), f.verdict), ("police", Verdict::Agree), "{}", f.explanation);
}

#[test]
fn a_bad_document_is_skipped_and_named_while_the_others_are_checked() {
    let docs = [
        Document::new("good", "A Azul encomendou 30 aviões este ano.").with_lang(Lang::Pt),
        Document::new("huge", "x".repeat(2_000)).with_lang(Lang::Pt),
        Document::new("mute", "12345 !!! 678"),
    ];
    let strict = claimcheck::Checker::new().max_document_bytes(1_000);
    assert!(matches!(strict.check(&docs), Err(claimcheck::Error::DocumentTooLarge { .. })));
    let lenient = strict.skip_bad_documents(true);
    let r = lenient.check(&docs).unwrap();
    assert_eq!(r.documents.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["good"]);
    let skipped: Vec<&str> = r.skipped.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(skipped, ["huge", "mute"]);
    assert!(r.skipped[0].reason.contains("over the limit"), "{}", r.skipped[0].reason);
    assert!(!r.claims.is_empty());
}

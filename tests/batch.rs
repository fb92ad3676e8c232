//! Behaviour that needs several documents: names learned across reports,
//! facts compared across languages; and many events checked at once
//! (`Checker::check_events`).

#[path = "benches/common/mod.rs"]
mod common;

use claimcheck::{
    Checker, Document, Error, FindingKind, KnowledgeBase, Lang, PartialDate, Predicate, SkipCause, Verdict,
    check_consistency,
};

#[test]
fn a_name_at_a_sentence_start_is_known_from_another_report() {
    let docs = [
        Document::new("a", "Repsol presentó resultados el martes. La petrolera ganó 3.000 millones de euros.")
            .with_lang(Lang::Es),
        Document::new("b", "A espanhola Repsol lucrou 3 mil milhões de euros no ano.").with_lang(Lang::Pt),
    ];
    let r = check_consistency(&docs).unwrap();
    let a = r.documents.iter().find(|d| d.id == "a").unwrap();
    assert!(a.entities.iter().any(|e| &*e.key == "repsol"), "{:?}", a.entities);
}

#[test]
fn a_noun_between_an_article_and_a_name_another_report_knows_is_no_name() {
    let docs = [
        Document::new("a", "Insgesamt erhielt das Kandidatenpaar Norvik-Lamora 96.304.691 Stimmen.")
            .with_lang(Lang::De),
        Document::new("b", "The commission said Norvik won 96,214,691 votes.").with_lang(Lang::En),
    ];
    let r = check_consistency(&docs).unwrap();
    let a = r.documents.iter().find(|d| d.id == "a").unwrap();
    let keys: Vec<&str> = a.entities.iter().map(|e| &*e.key).collect();
    assert!(keys.contains(&"norviklamora") && !keys.contains(&"kandidatenpaarnorviklamora"), "{keys:?}");
}

#[test]
fn an_undated_turnout_is_this_election_s_not_an_earlier_year_s() {
    let date = PartialDate { year: 2024, month: Some(3), day: Some(20) };
    let docs = [
        Document::new("a", "Il tasso di affluenza è stato dell'80 per cento, contro l'82 per cento del 2019.")
            .with_lang(Lang::It)
            .with_published(date),
        Document::new("b", "Le taux de participation a été d'environ 80%, contre près de 82% en 2019.")
            .with_lang(Lang::Fr)
            .with_published(date),
    ];
    let r = check_consistency(&docs).unwrap();
    let turnout: Vec<_> = r.findings.iter().filter(|f| f.predicate == Some(Predicate::Turnout)).collect();
    // This election's 80% from both, and 2019's 82% from both: two facts.
    assert_eq!(turnout.len(), 2, "{turnout:#?}");
    assert!(turnout.iter().all(|f| f.claims.len() == 2 && f.verdict != Verdict::Contradict), "{turnout:#?}");
}

#[test]
fn an_undated_cut_is_this_report_s_not_an_earlier_year_s() {
    let date = PartialDate { year: 2025, month: Some(9), day: Some(20) };
    let docs = [
        Document::new("a", "Velmora will cut 4,500 jobs. Velmora had already cut 1,200 jobs in 2023.")
            .with_lang(Lang::En)
            .with_published(date),
        Document::new("b", "Velmora va supprimer 4 500 emplois. En 2023, Velmora avait déjà supprimé 1 200 emplois.")
            .with_lang(Lang::Fr)
            .with_published(date),
    ];
    let r = check_consistency(&docs).unwrap();
    let cuts: Vec<_> = r.findings.iter().filter(|f| f.predicate == Some(Predicate::LayOff)).collect();
    // This year's 4,500 from both, and 2023's 1,200 from both: two facts, no contradiction.
    assert_eq!(cuts.len(), 2, "{cuts:#?}");
    assert!(cuts.iter().all(|f| f.claims.len() == 2 && f.verdict != Verdict::Contradict), "{cuts:#?}");
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
    let pair = |a: &str, b: &str| deaths[0].pairs.iter().find(|p| &*p.a == a && &*p.b == b).map(|p| p.verdict);
    assert_eq!(pair("a", "b"), Some(Verdict::Compatible), "45 lies in 'at least 45'");
    assert_eq!(pair("b", "c"), Some(Verdict::Compatible), "120 lies in 'at least 45'");
    assert_eq!(pair("a", "c"), Some(Verdict::Contradict), "45 against 120");
}

#[test]
fn tolls_of_two_countries_each_told_twice_keep_their_countries() {
    let docs = [
        Document::new("c", "In der Türkei kamen mehr als 5.000 Menschen ums Leben.").with_lang(Lang::De),
        Document::new("d", "En Turquía murieron al menos 5.000 personas; en Siria, 1.700.").with_lang(Lang::Es),
        Document::new("e", "The quake killed 5,400 people in Turkey and 1,800 in Syria.").with_lang(Lang::En),
    ];
    let r = check_consistency(&docs).unwrap();
    // Turkey and Syria each have tolls in two documents: two facts.
    assert_eq!(death_subjects(&r, Some("c")), ["tr"], "{:#?}", r.claims);
    assert_eq!(death_subjects(&r, Some("d")), ["sy", "tr"]);
    assert_eq!(death_subjects(&r, Some("e")), ["sy", "tr"]);
    // Each toll with its own country, the place before it or after it.
    let at = |source: &str, key: &str| {
        let c = r.claims.iter().find(|c| &*c.source == source && &*c.subject.key == key);
        c.and_then(|c| c.quantity.as_ref()).map(|q| q.value)
    };
    assert_eq!(at("d", "tr"), Some(5000.0));
    assert_eq!(at("d", "sy"), Some(1700.0));
    assert_eq!(at("e", "tr"), Some(5400.0));
    assert_eq!(at("e", "sy"), Some(1800.0));
}

/// The subject keys of the death tolls of one source (of all, with
/// `None`), sorted.
fn death_subjects<'r>(r: &'r claimcheck::Report, source: Option<&str>) -> Vec<&'r str> {
    let mut s: Vec<&str> = r
        .claims
        .iter()
        .filter(|c| source.is_none_or(|id| &*c.source == id) && c.predicate == Predicate::Deaths)
        .map(|c| &*c.subject.key)
        .collect();
    s.sort_unstable();
    s
}

#[test]
fn a_toll_in_the_one_country_of_the_story_is_the_event_s() {
    let docs = [
        Document::new("a", "In der Türkei kamen mehr als 5.000 Menschen ums Leben.").with_lang(Lang::De),
        Document::new("b", "En Turquía murieron al menos 5.000 personas.").with_lang(Lang::Es),
        Document::new("c", "The quake killed 5,400 people.").with_lang(Lang::En),
    ];
    let r = check_consistency(&docs).unwrap();
    assert_eq!(death_subjects(&r, None), ["event", "event", "event"], "{:#?}", r.claims);
}

#[test]
fn a_police_toll_and_an_organizers_count_disagree() {
    let docs = [
        Document::new("a", "A polícia prendeu 45 manifestantes no centro de Lisboa.").with_lang(Lang::Pt),
        Document::new("b", "La policía detuvo a 45 manifestantes en el centro de Lisboa.").with_lang(Lang::Es),
    ];
    let r = check_consistency(&docs).unwrap();
    let f = r.findings.iter().find(|f| f.predicate == Some(Predicate::Arrested)).expect("an arrests finding");
    assert_eq!((f.subject.as_str(), f.verdict), ("event", Verdict::Agree), "{}", f.explanation);
}

#[test]
fn a_bad_document_is_skipped_and_named_while_the_others_are_checked() {
    let docs = [
        Document::new("good", "A Azul encomendou 30 aviões este ano.").with_lang(Lang::Pt),
        Document::new("huge", "x".repeat(2_000)).with_lang(Lang::Pt),
        Document::new("mute", "12345 !!! 678"),
    ];
    let lenient = claimcheck::Checker::new().max_document_bytes(1_000);
    let strict = lenient.clone().strict(true);
    assert!(matches!(strict.check(&docs), Err(claimcheck::Error::DocumentTooLarge { .. })));
    let r = lenient.check(&docs).unwrap();
    assert_eq!(r.documents.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["good"]);
    let skipped: Vec<&str> = r.skipped.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(skipped, ["huge", "mute"]);
    assert!(r.skipped[0].reason.contains("over the limit"), "{}", r.skipped[0].reason);
    assert_eq!(r.skipped[0].cause, SkipCause::TooLarge { size: 2_000, limit: 1_000 });
    assert!(matches!(r.skipped[1].cause, SkipCause::Undetected { .. }), "{:?}", r.skipped[1]);
    assert!(!r.claims.is_empty());
    // skip_bad_documents, kept for earlier callers, is the opposite of strict.
    assert_eq!(strict.skip_bad_documents(true).check(&docs).unwrap(), r);
}

/// The events of a generated corpus, as documents.
fn generated_events(seed: u64, events: usize) -> Vec<Vec<Document>> {
    let corpus = common::generate(seed, events);
    (0..corpus.events()).map(|e| corpus.event(e).map(|a| a.document()).collect()).collect()
}

#[test]
fn each_event_s_result_is_its_check_alone_in_input_order() {
    let events = generated_events(0xBA7C, 40);
    assert_eq!(events.len(), 40);
    // Settings other than the defaults must reach every event.
    let kb = KnowledgeBase::from_json(r#"{"owns": [["Holdco", "Opco"]]}"#).unwrap();
    let checker = Checker::new().tolerance(0.0).knowledge(kb);
    let results = checker.check_events(&events);
    assert_eq!(results.len(), events.len());
    for (i, (docs, result)) in events.iter().zip(&results).enumerate() {
        let alone = checker.check(docs).expect("a generated event checks");
        let batch = result.as_ref().expect("a generated event checks in a batch");
        assert_eq!(batch, &alone, "event {i}");
        // Ids name their event ("e00007-pt"), so a result out of place shows.
        let prefix = format!("e{i:05}-");
        assert!(batch.documents.iter().all(|d| d.id.starts_with(&prefix)), "event {i}: {:?}", batch.documents);
    }
    // Not all the same report: the events differ.
    assert_ne!(results[0].as_ref().unwrap(), results[1].as_ref().unwrap());
    // And the settings matter here, so a batch that ignored them would show.
    let defaults = Checker::new().check_events(&events);
    assert!(defaults.iter().zip(&results).any(|(d, r)| d.as_ref().unwrap() != r.as_ref().unwrap()));
}

#[test]
fn the_same_events_give_the_same_results_every_time_and_in_any_container() {
    let events = generated_events(7, 24);
    let first = claimcheck::check_events(&events);
    let again = Checker::new().check_events(&events);
    let slices: Vec<&[Document]> = events.iter().map(Vec::as_slice).collect();
    let from_slices = Checker::new().check_events(&slices);
    let ok =
        |rs: &[Result<claimcheck::Report, Error>]| rs.iter().map(|r| r.as_ref().unwrap().clone()).collect::<Vec<_>>();
    assert_eq!(ok(&first), ok(&again));
    assert_eq!(ok(&first), ok(&from_slices));
}

#[test]
fn a_bad_event_gives_its_error_while_the_others_are_checked() {
    let good = |id: &str| {
        vec![
            Document::new(format!("{id}-pt"), "A Azul encomendou 30 aviões este ano.").with_lang(Lang::Pt),
            Document::new(format!("{id}-es"), "Azul encargó 40 aviones este año.").with_lang(Lang::Es),
        ]
    };
    let events = vec![
        good("first"),
        vec![Document::new("mute", "12345 !!! 678")],
        vec![],
        vec![Document::new("twice", "A Azul encomendou 30 aviões.").with_lang(Lang::Pt); 2],
        good("last"),
    ];
    let results = Checker::new().strict(true).check_events(&events);
    assert_eq!(results.len(), 5);
    let ids =
        |i: usize| -> Vec<String> { results[i].as_ref().unwrap().documents.iter().map(|d| d.id.clone()).collect() };
    assert_eq!(ids(0), ["first-es", "first-pt"]);
    assert!(matches!(&results[1], Err(Error::LanguageNotDetected { id }) if id == "mute"), "{:?}", results[1]);
    assert!(matches!(&results[2], Err(Error::NoDocuments)), "{:?}", results[2]);
    assert!(matches!(&results[3], Err(Error::DuplicateId { id }) if id == "twice"), "{:?}", results[3]);
    assert_eq!(ids(4), ["last-es", "last-pt"]);
    // The good events are checked as if alone, with their findings.
    assert_eq!(results[4].as_ref().unwrap(), &check_consistency(&events[4]).unwrap());
    assert!(results[0].as_ref().unwrap().findings.iter().any(|f| f.verdict == Verdict::Contradict));
    // Not strict, the unreadable document is skipped: its event gives a
    // report that lists it.
    let lenient = Checker::new().check_events(&events);
    let mute = lenient[1].as_ref().unwrap();
    assert!(mute.documents.is_empty());
    assert_eq!(mute.skipped.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["mute"]);
}

#[test]
fn no_events_give_no_results() {
    let none: [Vec<Document>; 0] = [];
    assert!(Checker::new().check_events(&none).is_empty());
}

#[test]
fn a_russian_name_in_its_cases_takes_the_key_the_knowledge_base_gives_its_nominative() {
    let kb = KnowledgeBase::from_json(r#"{"aliases": {"Norvel": ["Норвел"]}}"#).unwrap();
    let docs = [
        Document::new("en", "Norvel sold 30,000 tonnes of oil. Norvel's revenue rose to $2 billion.")
            .with_lang(Lang::En),
        Document::new("ru", "Норвел продал 30 000 тонн нефти. Выручка Норвела составила 2 трлн рублей.")
            .with_lang(Lang::Ru),
    ];
    let r = Checker::new().knowledge(kb).check(&docs).unwrap();
    let ru = r.documents.iter().find(|d| d.id == "ru").unwrap();
    let keys: Vec<&str> = ru.entities.iter().map(|e| &*e.key).collect();
    assert_eq!(keys, ["norvel", "norvel"], "{:?}", ru.entities);
    let revenue = r.claims.iter().find(|c| c.predicate == Predicate::Revenue && &*c.source == "ru");
    assert_eq!(revenue.map(|c| &*c.subject.key), Some("norvel"), "{:#?}", r.claims);
    // Without the knowledge base the case forms are still one name, keyed by the nominative.
    let r = Checker::new().check(&docs).unwrap();
    let ru = r.documents.iter().find(|d| d.id == "ru").unwrap();
    assert!(ru.entities.iter().all(|e| &*e.key == "норвел"), "{:?}", ru.entities);
}

#[test]
fn the_one_country_of_the_story_holds_the_tolls_of_its_places() {
    let docs = [
        Document::new("a", "In Emilia sono morte 15 persone. In Italia i morti sono in tutto 17.").with_lang(Lang::It),
        Document::new("b", "Floods killed 15 people in Emilia.").with_lang(Lang::En),
        Document::new("c", "In Emilia starben 15 Menschen, in Italien insgesamt 17.").with_lang(Lang::De),
        Document::new("d", "Las inundaciones dejaron 16 muertos en Emilia.").with_lang(Lang::Es),
    ];
    let r = check_consistency(&docs).unwrap();
    // Italy's toll is the story's; a province's is a part of it where its
    // document gives both, and the story's where it is the only place.
    assert_eq!(death_subjects(&r, Some("a")), ["emilia", "event"], "{:#?}", r.claims);
    assert_eq!(death_subjects(&r, Some("b")), ["event"]);
    assert_eq!(death_subjects(&r, Some("c")), ["emilia", "event"]);
    assert_eq!(death_subjects(&r, Some("d")), ["event"]);
}

#[test]
fn a_country_counting_less_than_a_place_of_its_report_is_a_neighbour() {
    let docs = [
        Document::new("a", "The floods killed 15 people in Emilia and 2 in France.").with_lang(Lang::En),
        Document::new("b", "In Emilia starben 15 Menschen.").with_lang(Lang::De),
        Document::new("c", "Las inundaciones dejaron 16 muertos en Emilia.").with_lang(Lang::Es),
    ];
    let r = check_consistency(&docs).unwrap();
    // France is the one country the batch names, but its report counts
    // more in Emilia: a neighbour's toll, not the story's whole.
    assert_eq!(death_subjects(&r, Some("a")), ["event", "fr"], "{:#?}", r.claims);
}

#[test]
fn a_past_disaster_told_by_one_report_leaves_the_story_its_country() {
    let docs = [
        Document::new("a", "The floods killed 205 people in Italy. In Emilia, 202 people died.").with_lang(Lang::En),
        Document::new("b", "In Emilia starben 200 Menschen.").with_lang(Lang::De),
        Document::new(
            "c",
            "Es la peor riada desde la de 1970 en Rumanía (209 muertos). En Emilia murieron 202 personas.",
        )
        .with_lang(Lang::Es),
        Document::new("d", "Floods killed 205 people in Italy.").with_lang(Lang::En),
    ];
    let r = check_consistency(&docs).unwrap();
    // Italy, counted by two reports, is the story's country; Romania's
    // toll of 1970 is one report's comparison, no rival country: Emilia's
    // 202 stays a part of Italy's 205, not the event's toll against it.
    assert_eq!(death_subjects(&r, Some("a")), ["emilia", "event"], "{:#?}", r.claims);
    assert_eq!(death_subjects(&r, Some("c")), ["event", "ro"]);
}

#[test]
fn an_undated_crowd_is_no_count_of_a_later_rally() {
    let day = |y, m, d| PartialDate { year: y, month: Some(m), day: Some(d) };
    let docs = [
        Document::new("a", "Police said 107,000 people took part in the rally in Lamora.")
            .with_lang(Lang::En)
            .with_published(day(2025, 3, 16)),
        Document::new("b", "On Saturday, at least 100,000 people took part in the rally in Lamora.")
            .with_lang(Lang::En)
            .with_published(day(2025, 3, 16)),
        Document::new("c", "On Saturday, nearly 140,000 people took part in a new rally in Lamora.")
            .with_lang(Lang::En)
            .with_published(day(2025, 6, 29)),
    ];
    let r = check_consistency(&docs).unwrap();
    let crowd = |source: &str| {
        r.findings
            .iter()
            .find(|f| f.predicate == Some(Predicate::Participants) && f.sources.iter().any(|s| s == source))
            .map(|f| f.sources.clone())
    };
    // The March report's undated 107,000 is March's crowd: it cannot count
    // a rally three months after its own publication.
    assert_eq!(crowd("a"), Some(vec!["a".to_string(), "b".to_string()]), "{:#?}", r.findings);
    assert_eq!(crowd("c"), Some(vec!["c".to_string()]));
}

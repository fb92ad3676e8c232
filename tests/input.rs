//! Reading documents: publication dates as written in feeds, and the
//! fields of a JSON document that nothing reads.

use claimcheck::{Document, PartialDate};

#[test]
fn dates_table() {
    // name, input, the date read (None: an error)
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("year", "2024", Some("2024")),
        ("month", "2024-08", Some("2024-08")),
        ("day", "2024-08-01", Some("2024-08-01")),
        ("utc timestamp", "2024-08-01T14:30:00Z", Some("2024-08-01")),
        ("offset timestamp", "2024-08-01T14:30:00+02:00", Some("2024-08-01")),
        ("negative offset keeps the written day", "2024-08-01T23:30:00-05:00", Some("2024-08-01")),
        ("fraction of a second", "2024-08-01T14:30:00.250Z", Some("2024-08-01")),
        ("lower-case t and z", "2024-08-01t14:30:00z", Some("2024-08-01")),
        ("space for T", "2024-08-01 14:30:00Z", Some("2024-08-01")),
        ("leap second", "2016-12-31T23:59:60Z", Some("2016-12-31")),
        ("surrounding spaces", " 2024-08-01T14:30:00Z ", Some("2024-08-01")),
        ("no offset", "2024-08-01T14:30:00", None),
        ("no seconds", "2024-08-01T14:30Z", None),
        ("hour 24", "2024-08-01T24:00:00Z", None),
        ("minute 60", "2024-08-01T14:60:00Z", None),
        ("offset without colon", "2024-08-01T14:30:00+0200", None),
        ("offset hour 24", "2024-08-01T14:30:00+24:00", None),
        ("empty fraction", "2024-08-01T14:30:00.Z", None),
        ("trailing text", "2024-08-01T14:30:00Zx", None),
        ("no real day", "2024-02-30T14:30:00Z", None),
        ("time after a month", "2024-08T14:30:00Z", None),
        ("time alone", "T14:30:00Z", None),
        ("text after the day", "2024-08-01 noon", None),
        ("month 13", "2024-13", None),
        ("multibyte at the separator", "2024-08-01é14:30:00Z", None),
    ];
    for (name, input, want) in cases {
        let got = input.parse::<PartialDate>();
        match want {
            Some(w) => assert_eq!(got.map(|d| d.to_string()).ok().as_deref(), Some(*w), "case {name}: {input:?}"),
            None => {
                let err = got.expect_err(name).to_string();
                assert!(err.contains("RFC 3339") && err.contains(input), "case {name}: {err}");
            }
        }
    }
}

#[test]
fn a_timestamp_in_a_json_document() {
    let json = r#"{"id": "a", "text": "x", "published": "2024-08-01T14:30:00+02:00"}"#;
    let doc: Document = serde_json::from_str(json).unwrap();
    assert_eq!(doc.published, Some("2024-08-01".parse().unwrap()));
    // Written back as the date alone.
    assert!(serde_json::to_string(&doc).unwrap().contains(r#""published":"2024-08-01""#));
    let bad = r#"{"id": "a", "text": "x", "published": "2024-08-01T25:30:00Z"}"#;
    assert!(serde_json::from_str::<Document>(bad).is_err());
}

#[test]
fn unknown_fields_table() {
    // name, JSON, the unknown fields (None: an error)
    let cases: &[(&str, &str, Option<&[&str]>)] = &[
        ("all known", r#"{"id": "a", "text": "x", "lang": "pt", "published": "2024"}"#, Some(&[])),
        ("a typo", r#"{"id": "a", "text": "x", "langauge": "pt"}"#, Some(&["langauge"])),
        (
            "in written order",
            r#"{"zeta": 1, "id": "a", "alpha": [1, {"id": 2}], "text": "x"}"#,
            Some(&["zeta", "alpha"]),
        ),
        ("nested fields are not the document's", r#"{"id": "a", "meta": {"lang": "pt"}}"#, Some(&["meta"])),
        ("escaped name", r#"{"id": "a", "la\u006eg": "pt", "t\"x": 1}"#, Some(&["t\"x"])),
        ("case matters", r#"{"ID": "a"}"#, Some(&["ID"])),
        ("empty object", "{}", Some(&[])),
        ("an array", r#"[{"id": "a"}]"#, None),
        ("a string", r#""id""#, None),
        ("bad JSON", r#"{"id": "a", "#, None),
    ];
    for (name, json, want) in cases {
        let got = Document::unknown_fields(json);
        match want {
            Some(w) => assert_eq!(got.expect(name), *w, "case {name}"),
            None => assert!(got.is_err(), "case {name}: {got:?}"),
        }
    }
}

/// The known fields are those a document is written with: a field added to
/// `Document` and not to `Document::FIELDS` would be warned of as unknown.
#[test]
fn known_fields_are_the_documents_fields() {
    let doc = Document::new("a", "x").with_lang(claimcheck::Lang::Pt).with_published(PartialDate::year(2024));
    let json = serde_json::to_value(&doc).unwrap();
    let mut written: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    let mut known = Document::FIELDS.to_vec();
    written.sort_unstable();
    known.sort_unstable();
    assert_eq!(written, known);
    assert!(Document::unknown_fields(&json.to_string()).unwrap().is_empty());
}

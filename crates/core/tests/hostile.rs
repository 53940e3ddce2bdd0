//! Hostile and malformed datasets: each is rejected with a precise message naming where the problem
//! is (a JSON path, or a line and column), or — where the content is merely unusual — accepted with
//! the text kept verbatim. Nothing panics.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cooperation_core::data::catalog::{self, LoadError, MAX_DATASET_BYTES, MAX_PROBLEMS, Problem};
use proptest::prelude::*;
use serde_json::{Value, json};

fn base() -> Value {
    serde_json::from_str(&common::shipped_json()).unwrap()
}

fn with(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = base();
    edit(&mut v);
    serde_json::to_vec(&v).unwrap()
}

fn rejected(bytes: &[u8]) -> LoadError {
    match catalog::load(bytes) {
        Ok(_) => panic!("accepted a dataset that should be rejected"),
        Err(e) => e,
    }
}

/// A problem as `path: message` (or just the message), leaving out its position.
fn without_position(p: &Problem) -> String {
    if p.path.is_empty() {
        p.message.clone()
    } else {
        format!("{}: {}", p.path, p.message)
    }
}

/// Asserts the load fails and that one problem reads exactly `expected` (position aside; syntax
/// errors, which have no path, are compared with their position).
fn assert_problem(bytes: &[u8], expected: &str) {
    let e = rejected(bytes);
    let shown: Vec<String> = e
        .problems
        .iter()
        .map(|p| {
            if p.path.is_empty() && p.position.is_some() && expected.starts_with("line ") {
                p.to_string()
            } else {
                without_position(p)
            }
        })
        .collect();
    assert!(
        shown.iter().any(|p| p == expected),
        "expected {expected:?} among {shown:#?}"
    );
}

/// Asserts the load fails with a problem at `path` whose message contains `fragment`.
fn assert_at(bytes: &[u8], path: &str, fragment: &str) {
    let e = rejected(bytes);
    assert!(
        e.problems
            .iter()
            .any(|p| p.path == path && p.message.contains(fragment)),
        "expected a problem at {path:?} containing {fragment:?}, got {:#?}",
        e.problems
    );
}

/// Asserts a syntax-level failure reported at `line`, `column`, with `fragment` in its message.
fn assert_position(bytes: &[u8], line: usize, column: usize, fragment: &str) {
    let e = rejected(bytes);
    let p = &e.problems[0];
    assert_eq!(p.position, Some((line, column)), "{p}");
    assert!(p.message.contains(fragment), "{p}");
}

/// Sets the value at a JSON pointer, adding the last key to its object if it is new.
fn set(v: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = v
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"));
    match parent {
        Value::Object(map) => drop(map.insert(key.to_string(), value)),
        Value::Array(list) => list[key.parse::<usize>().unwrap()] = value,
        _ => panic!("{pointer} is not inside an object or list"),
    }
}

// --- Size, encoding and syntax -------------------------------------------------------------------

#[test]
fn empty_file() {
    assert_problem(b"", "the file is empty");
}

#[test]
fn whitespace_only() {
    assert_problem(b" \n\t \n", "the file is empty");
}

#[test]
fn truncated_in_the_middle() {
    let json = common::shipped_json();
    let cut = &json.as_bytes()[..json.len() / 2];
    let e = rejected(cut);
    assert!(e.problems[0].message.contains("EOF while parsing"), "{}", e);
    assert!(e.problems[0].position.is_some());
}

#[test]
fn truncated_after_the_first_brace() {
    // The file ends just after column 1: that is where the rest is missing.
    assert_position(b"{", 1, 2, "EOF while parsing an object");
}

#[test]
fn syntax_errors_count_columns_in_characters_not_bytes() {
    // "–" and "’" are three bytes each in UTF-8; the second comma is the 13th character of line 2
    // (the 17th byte).
    assert_position(
        "{\n  \"n\": \"–’\",,\n}".as_bytes(),
        2,
        13,
        "key must be a string",
    );
}

#[test]
fn byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(common::shipped_json().as_bytes());
    assert!(catalog::load(&bytes).is_ok());
}

#[test]
fn invalid_utf8_reports_where() {
    let mut bytes = b"{\n  \"schema_version\": 1,\n  \"name\": \"ab".to_vec();
    bytes.push(0xFF);
    bytes.extend(b"\"\n}");
    assert_problem(
        &bytes,
        "line 3, column 14: the file is not valid UTF-8 (byte 38)",
    );
}

#[test]
fn trailing_garbage() {
    let mut json = common::shipped_json();
    json.push_str("garbage");
    let lines = json.lines().count();
    let e = rejected(json.as_bytes());
    assert!(e.problems[0].message.contains("trailing characters"), "{e}");
    assert_eq!(e.problems[0].position.map(|p| p.0), Some(lines));
}

#[test]
fn two_documents_back_to_back() {
    let json = common::shipped_json();
    let e = rejected(format!("{json}{json}").as_bytes());
    assert!(e.problems[0].message.contains("trailing characters"), "{e}");
}

#[test]
fn not_an_object_at_the_top() {
    for top in [&b"[1, 2, 3]"[..], b"null", b"\"text\"", b"42"] {
        assert_problem(top, "the file must hold a JSON object (the dataset)");
    }
}

#[test]
fn nan_is_not_json() {
    assert_position(b"{\"schema_version\": NaN}", 1, 20, "expected value");
}

#[test]
fn lone_surrogate_escape() {
    let e = rejected(br#"{"schema_version": 1, "name": "\ud800"}"#);
    assert!(
        e.to_string()
            .lines()
            .any(|l| l == "name (line 1, column 38): unexpected end of hex escape"),
        "{e}"
    );
}

#[test]
fn over_the_size_limit_is_refused_before_parsing() {
    let bytes = vec![b' '; MAX_DATASET_BYTES + 1];
    assert_problem(
        &bytes,
        &format!(
            "the file is {} bytes; the limit is {MAX_DATASET_BYTES} bytes (64 MiB)",
            MAX_DATASET_BYTES + 1
        ),
    );
}

#[test]
fn nesting_129_deep_is_refused_without_overflow() {
    let deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
    let json =
        format!(r#"{{"schema_version": 1, "name": "x", "description": {deep}, "sources": []}}"#);
    let e = rejected(json.as_bytes());
    assert!(e.to_string().contains("description"), "{e}");
}

#[test]
fn nesting_100000_deep_is_refused_without_overflow() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let e = rejected(deep.as_bytes());
    assert!(!e.problems.is_empty());
    let json = format!(r#"{{"schema_version": 1, "unknown": {deep}}}"#);
    let e = rejected(json.as_bytes());
    assert!(!e.problems.is_empty());
}

#[test]
fn deep_nesting_and_wrong_types_are_all_reported_at_their_keys() {
    let deep = format!("{}{}", "[".repeat(120), "]".repeat(120));
    let json = format!(r#"{{"schema_version": 1, "name": 5, "description": {deep}}}"#);
    assert_problem(
        json.as_bytes(),
        "name: invalid type: integer `5`, expected a string",
    );
    assert_problem(
        json.as_bytes(),
        "description: invalid type: sequence, expected a string",
    );
    assert_problem(json.as_bytes(), "missing field `sources`");
}

#[test]
fn wrong_schema_version() {
    assert_problem(
        &with(|v| set(v, "/schema_version", json!(2))),
        "schema_version: this app reads schema version 1, the file has 2",
    );
}

#[test]
fn schema_version_as_text() {
    assert_problem(
        &with(|v| set(v, "/schema_version", json!("1"))),
        "schema_version: this app reads schema version 1, the file has \"1\"",
    );
}

#[test]
fn missing_schema_version() {
    assert_problem(
        &with(|v| drop(v.as_object_mut().unwrap().remove("schema_version"))),
        "missing field `schema_version`",
    );
}

#[test]
fn proto_key_at_the_top_is_an_unknown_field() {
    let e = rejected(&with(|v| {
        v.as_object_mut()
            .unwrap()
            .insert("__proto__".into(), json!({"polluted": true}));
    }));
    assert!(
        e.problems
            .iter()
            .any(|p| p.message.starts_with("unknown field `__proto__`")),
        "{e}"
    );
}

#[test]
fn sources_must_not_be_empty() {
    assert_problem(
        &with(|v| set(v, "/sources", json!([]))),
        "sources: at least one source is required: every record cites one",
    );
}

#[test]
fn a_collection_that_is_not_a_list() {
    assert_problem(
        &with(|v| set(v, "/sectors", json!({"energy": {}}))),
        "sectors: must be a list, found an object",
    );
}

// --- Shapes and types, all reported at once ------------------------------------------------------

#[test]
fn unknown_field_in_a_record() {
    assert_at(
        &with(|v| set(v, "/initiatives/3/colour", json!("red"))),
        "initiatives[3].colour",
        "unknown field `colour`",
    );
}

#[test]
fn proto_key_in_a_record() {
    assert_at(
        &with(|v| set(v, "/initiatives/0/__proto__", json!({}))),
        "initiatives[0].__proto__",
        "unknown field `__proto__`",
    );
}

#[test]
fn name_of_the_wrong_type() {
    assert_problem(
        &with(|v| set(v, "/initiatives/0/name", json!(42))),
        "initiatives[0].name: invalid type: integer `42`, expected a string",
    );
}

#[test]
fn themes_as_text_instead_of_a_list() {
    assert_at(
        &with(|v| set(v, "/initiatives/4/themes", json!("economic"))),
        "initiatives[4].themes",
        "invalid type: string \"economic\", expected a sequence",
    );
}

#[test]
fn unknown_status() {
    assert_at(
        &with(|v| set(v, "/initiatives/2/status", json!("done"))),
        "initiatives[2].status",
        "unknown variant `done`, expected one of `proposed`",
    );
}

#[test]
fn missing_kind() {
    assert_problem(
        &with(|v| drop(v["initiatives"][1].as_object_mut().unwrap().remove("kind"))),
        "initiatives[1]: missing field `kind`",
    );
}

#[test]
fn duplicate_key_in_an_object() {
    let json = common::shipped_json().replacen(
        "\"name\": \"Belt and Road Initiative\",",
        "\"name\": \"A\", \"name\": \"B\",",
        1,
    );
    assert_at(json.as_bytes(), "initiatives[0]", "duplicate field `name`");
}

#[test]
fn every_malformed_record_is_reported_not_just_the_first() {
    let e = rejected(&with(|v| {
        set(v, "/initiatives/1/status", json!(7));
        set(v, "/initiatives/9/scope", json!("galactic"));
        set(v, "/sectors/2/name", json!(null));
        set(v, "/corridors/0/countries", json!("china"));
    }));
    let paths: Vec<&str> = e.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "sectors[2].name",
            "corridors[0].countries",
            "initiatives[1].status",
            "initiatives[9].scope"
        ]
    );
}

#[test]
fn year_of_the_wrong_type() {
    assert_at(
        &with(|v| set(v, "/initiatives/22/timeline/start", json!(2024.5))),
        "initiatives[22].timeline.start",
        "invalid type: floating point `2024.5`",
    );
    assert_at(
        &with(|v| set(v, "/initiatives/22/timeline/start", json!("2024"))),
        "initiatives[22].timeline.start",
        "invalid type: string \"2024\"",
    );
}

#[test]
fn year_too_large_for_any_integer() {
    let json = common::shipped_json().replacen("\"start\": 2024,", "\"start\": 1e400,", 1);
    let e = rejected(json.as_bytes());
    assert!(e.problems[0].message.contains("number out of range"), "{e}");
}

// --- Ids and references --------------------------------------------------------------------------

#[test]
fn duplicate_id_within_a_collection() {
    assert_problem(
        &with(|v| {
            set(
                v,
                "/initiatives/5/id",
                json!("focus-economic-collaboration"),
            )
        }),
        "initiatives[5].id: duplicate id \"focus-economic-collaboration\" (already used by the initiative at initiatives[4].id)",
    );
}

#[test]
fn duplicate_id_across_collections() {
    assert_problem(
        &with(|v| set(v, "/initiatives/0/id", json!("energy"))),
        "initiatives[0].id: duplicate id \"energy\" (already used by the sector at sectors[0].id)",
    );
}

#[test]
fn dangling_sector() {
    assert_problem(
        &with(|v| set(v, "/initiatives/7/sectors/1", json!("enrgy"))),
        "initiatives[7].sectors[1]: unknown sector \"enrgy\"",
    );
}

#[test]
fn dangling_theme_corridor_party_and_related() {
    let e = rejected(&with(|v| {
        set(v, "/initiatives/0/themes/0", json!("economics"));
        set(v, "/initiatives/16/corridors/0", json!("silk-road"));
        set(v, "/initiatives/0/parties/0", json!("atlantis"));
        set(v, "/initiatives/9/related/0", json!("nothing-here"));
    }));
    let shown: Vec<String> = e.problems.iter().map(without_position).collect();
    let shown = shown.join("\n");
    for line in [
        "initiatives[0].themes[0]: unknown theme \"economics\"",
        "initiatives[0].parties[0]: unknown party \"atlantis\"",
        "initiatives[9].related[0]: unknown initiative \"nothing-here\"",
        "initiatives[16].corridors[0]: unknown corridor \"silk-road\"",
    ] {
        assert!(
            shown.lines().any(|l| l == line),
            "missing {line:?} in\n{shown}"
        );
    }
}

/// A problem found after parsing is placed at the value its path names, in a pretty-printed file as
/// in a one-line one, so an editor can jump to it.
#[test]
fn semantic_problems_point_at_the_value_their_path_names() {
    let mut v = base();
    set(&mut v, "/initiatives/7/sectors/1", json!("enrgy"));
    set(&mut v, "/corridors/0/countries/2", json!("atlantis"));
    for text in [
        serde_json::to_string_pretty(&v).unwrap(),
        serde_json::to_string(&v).unwrap(),
    ] {
        let e = rejected(text.as_bytes());
        for (path, value) in [
            ("initiatives[7].sectors[1]", "\"enrgy\""),
            ("corridors[0].countries[2]", "\"atlantis\""),
        ] {
            let p = e.problems.iter().find(|p| p.path == path).unwrap();
            let (line, column) = p.position.expect("a position");
            let at = common::text_at(&text, (line, column));
            assert!(
                at.starts_with(value),
                "{path} at {line}:{column} is {at:.30}"
            );
        }
    }
}

#[test]
fn reference_to_the_wrong_kind_of_record() {
    assert_problem(
        &with(|v| set(v, "/initiatives/7/sectors/0", json!("joint-economic-forum"))),
        "initiatives[7].sectors[0]: \"joint-economic-forum\" is an initiative, not a sector",
    );
}

#[test]
fn the_same_reference_twice() {
    assert_problem(
        &with(|v| set(v, "/initiatives/7/sectors/1", json!("technology"))),
        "initiatives[7].sectors[1]: \"technology\" is listed twice",
    );
}

#[test]
fn related_to_itself() {
    assert_problem(
        &with(|v| set(v, "/initiatives/9/related/0", json!("bilateral-task-force"))),
        "initiatives[9].related[0]: an initiative cannot relate to itself",
    );
}

#[test]
fn corridor_through_a_person() {
    assert_problem(
        &with(|v| set(v, "/corridors/0/countries/1", json!("liu-bin"))),
        "corridors[0].countries[1]: \"liu-bin\" is a person, not a country",
    );
}

#[test]
fn corridor_with_one_country() {
    assert_problem(
        &with(|v| set(v, "/corridors/0/countries", json!(["china"]))),
        "corridors[0].countries: a corridor links at least two countries",
    );
}

#[test]
fn invalid_ids() {
    for (id, shown) in [
        ("Energy", "Energy"),
        ("two words", "two words"),
        ("__proto__", "__proto__"),
        ("-x", "-x"),
        ("ü", "ü"),
    ] {
        assert_problem(
            &with(|v| set(v, "/sectors/0/id", json!(id))),
            &format!(
                "sectors[0].id: \"{shown}\" is not a valid id: use lowercase letters, digits and inner hyphens"
            ),
        );
    }
    assert_problem(
        &with(|v| set(v, "/sectors/0/id", json!(""))),
        "sectors[0].id: the id is empty",
    );
    assert_problem(
        &with(|v| set(v, "/sectors/0/id", json!("a".repeat(81)))),
        "sectors[0].id: the id is longer than 80 characters",
    );
}

#[test]
fn unknown_provenance_source() {
    assert_problem(
        &with(|v| set(v, "/sectors/1/provenance/0/source", json!("wikipedia"))),
        "sectors[1].provenance[0].source: unknown source \"wikipedia\"",
    );
}

#[test]
fn record_without_provenance() {
    assert_problem(
        &with(|v| set(v, "/initiatives/3/provenance", json!([]))),
        "initiatives[3].provenance: every record needs at least one excerpt from a source",
    );
}

#[test]
fn record_with_empty_excerpt() {
    assert_problem(
        &with(|v| set(v, "/initiatives/3/provenance/0/excerpt", json!("  "))),
        "initiatives[3].provenance[0].excerpt: must not be empty",
    );
}

// --- Text ------------------------------------------------------------------------------------------

#[test]
fn empty_name() {
    assert_problem(
        &with(|v| set(v, "/initiatives/3/name", json!(""))),
        "initiatives[3].name: must not be empty",
    );
    assert_problem(
        &with(|v| set(v, "/sectors/0/name", json!(" \n "))),
        "sectors[0].name: must not be empty",
    );
}

#[test]
fn ten_megabyte_name() {
    assert_problem(
        &with(|v| set(v, "/initiatives/0/name", json!("x".repeat(10 << 20)))),
        "initiatives[0].name: is longer than 200 characters",
    );
}

#[test]
fn ten_megabyte_summary() {
    assert_problem(
        &with(|v| set(v, "/initiatives/0/summary", json!("é".repeat(5 << 20)))),
        "initiatives[0].summary: is longer than 4000 characters",
    );
}

#[test]
fn bidi_override_in_a_name() {
    assert_problem(
        &with(|v| set(v, "/initiatives/2/name", json!("Cultural \u{202E}lavitsef"))),
        "initiatives[2].name: contains a bidirectional control character (U+202E) at character 10",
    );
}

#[test]
fn bidi_isolate_in_an_excerpt() {
    assert_at(
        &with(|v| {
            set(
                v,
                "/initiatives/2/provenance/0/excerpt",
                json!("a\u{2067}b"),
            )
        }),
        "initiatives[2].provenance[0].excerpt",
        "U+2067",
    );
}

#[test]
fn control_characters_in_a_summary() {
    assert_problem(
        &with(|v| set(v, "/initiatives/1/summary", json!("bell\u{0007}"))),
        "initiatives[1].summary: contains a control character (U+0007) at character 5",
    );
    assert_at(
        &with(|v| set(v, "/initiatives/1/summary", json!("nul\u{0000}"))),
        "initiatives[1].summary",
        "U+0000",
    );
}

#[test]
fn script_markup_is_kept_as_plain_text() {
    let markup = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let c = catalog::load(&with(|v| set(v, "/initiatives/0/name", json!(markup)))).unwrap();
    assert_eq!(c.initiatives()[0].name, markup);
}

#[test]
fn formula_text_is_kept_verbatim() {
    let formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
    let c = catalog::load(&with(|v| set(v, "/initiatives/0/summary", json!(formula)))).unwrap();
    assert_eq!(c.initiatives()[0].summary, formula);
}

#[test]
fn unicode_names_are_fine() {
    let c = catalog::load(&with(|v| {
        set(v, "/sectors/0/name", json!("Энергетика 能源 Énergie 🌞"))
    }))
    .unwrap();
    assert_eq!(c.sectors()[0].name, "Энергетика 能源 Énergie 🌞");
}

// --- Years -----------------------------------------------------------------------------------------

#[test]
fn year_out_of_range() {
    assert_problem(
        &with(|v| set(v, "/initiatives/22/timeline/start", json!(1800))),
        "initiatives[22].timeline.start: year 1800 is outside 1900–2100",
    );
    assert_problem(
        &with(|v| set(v, "/initiatives/22/timeline/end", json!(30000))),
        "initiatives[22].timeline.end: year 30000 is outside 1900–2100",
    );
}

#[test]
fn start_after_end() {
    assert_problem(
        &with(|v| set(v, "/initiatives/22/timeline/start", json!(2027))),
        "initiatives[22].timeline.start: starts in 2027, after it ends (2026)",
    );
}

#[test]
fn end_without_start() {
    assert_problem(
        &with(|v| {
            drop(
                v["initiatives"][22]["timeline"]
                    .as_object_mut()
                    .unwrap()
                    .remove("start"),
            )
        }),
        "initiatives[22].timeline.end: an end year needs a start year",
    );
}

// --- Many problems -------------------------------------------------------------------------------

#[test]
fn problems_are_capped_and_the_rest_counted() {
    let e = rejected(&with(|v| {
        for r in v["initiatives"].as_array_mut().unwrap() {
            r["themes"] = json!(["nope-1", "nope-2"]);
            r.as_object_mut().unwrap().remove("inferred");
            r.as_object_mut().unwrap().remove("translations");
        }
    }));
    assert_eq!(e.problems.len(), MAX_PROBLEMS);
    assert_eq!(e.more, 39 * 2 - MAX_PROBLEMS);
    assert!(
        e.to_string()
            .ends_with(&format!("…and {} more problems", 39 * 2 - MAX_PROBLEMS))
    );
}

// --- Nothing panics --------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let _ = catalog::load(&bytes);
    }

    #[test]
    fn corrupted_datasets_never_panic(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        let mut bytes = common::shipped_json().into_bytes();
        for (at, byte) in flips {
            let len = bytes.len();
            bytes[at % len] = byte;
        }
        let _ = catalog::load(&bytes);
    }

    #[test]
    fn truncations_never_panic_and_always_say_where(cut in 0usize..40_000) {
        let json = common::shipped_json();
        let cut = cut % json.len();
        let prefix = &json.as_bytes()[..cut];
        // Where a prefix ends, counted independently: 1-based line, and the column just after its
        // last character.
        let end_of = |bytes: &[u8]| {
            let text = std::str::from_utf8(bytes).unwrap();
            let line = text.matches('\n').count() + 1;
            let column = text.rsplit('\n').next().unwrap().chars().count() + 1;
            (line, column)
        };
        match catalog::load(prefix) {
            Ok(_) => prop_assert_eq!(std::str::from_utf8(prefix).unwrap().trim_end(), json.trim_end()),
            Err(e) => {
                prop_assert_eq!(e.problems.len(), 1, "{:?}", e.problems);
                let p = &e.problems[0];
                prop_assert_eq!(&p.path, "", "a truncated file is wrong as a whole");
                match std::str::from_utf8(prefix) {
                    _ if cut == 0 => prop_assert_eq!(&p.message, "the file is empty"),
                    Ok(_) => {
                        prop_assert!(p.message.starts_with("EOF while parsing"), "{}", p.message);
                        prop_assert_eq!(p.position, Some(end_of(prefix)), "cut at byte {}", cut);
                    }
                    Err(bad) => {
                        // The cut split a multi-byte character.
                        let valid = bad.valid_up_to();
                        prop_assert_eq!(&p.message, &format!("the file is not valid UTF-8 (byte {valid})"));
                        prop_assert_eq!(p.position, Some(end_of(&prefix[..valid])));
                    }
                }
            }
        }
    }
}

#[test]
fn record_problems_carry_their_line_and_column_in_the_file() {
    let json =
        common::shipped_json().replacen("\"kind\": \"focus-area\"", "\"kind\": \"focus_area\"", 1);
    let e = rejected(json.as_bytes());
    let p = &e.problems[0];
    assert_eq!(p.path, "initiatives[1].kind");
    let (line, column) = p.position.expect("a position");
    let text_line = json.lines().nth(line - 1).unwrap();
    assert!(
        text_line.contains("focus_area"),
        "line {line}: {text_line:?}"
    );
    assert!(column > 1 && column <= text_line.chars().count() + 1);
}

#[test]
fn unknown_top_level_keys_are_reported_with_the_records_problems() {
    let e = rejected(&with(|v| {
        v.as_object_mut()
            .unwrap()
            .insert("__proto__".into(), json!({}));
        set(v, "/initiatives/7/sectors/1", json!("enrgy"));
    }));
    let shown: Vec<String> = e.problems.iter().map(without_position).collect();
    assert!(
        shown
            .iter()
            .any(|s| s.starts_with("unknown field `__proto__`")),
        "{shown:?}"
    );
    assert!(
        shown.contains(&"initiatives[7].sectors[1]: unknown sector \"enrgy\"".to_string()),
        "{shown:?}"
    );
}

// --- Inferred links ---------------------------------------------------------------------------------

#[test]
fn an_inferred_link_must_be_a_link_the_record_makes() {
    let bytes = with(|v| {
        v["initiatives"][0]["inferred"] = json!([
            { "field": "themes", "value": "security", "reason": "not one of its themes" },
            { "field": "countries", "value": "china", "reason": "initiatives have no countries" },
            { "field": "scope", "value": "regional", "reason": "its scope is not stated" },
        ]);
    });
    assert_at(
        &bytes,
        "initiatives[0].inferred[0].value",
        "\"security\" is not in this record's `themes`",
    );
    assert_at(&bytes, "initiatives[0].inferred[1].field", "no `countries`");
    assert_at(
        &bytes,
        "initiatives[0].inferred[2].value",
        "\"regional\" is not in this record's `scope`",
    );
}

#[test]
fn an_inferred_link_has_one_short_line_of_reason_and_is_marked_once() {
    let long = "x".repeat(201);
    let bytes = with(|v| {
        v["initiatives"][1]["inferred"] = json!([
            { "field": "themes", "value": "economic", "reason": "" },
            { "field": "themes", "value": "economic", "reason": "again" },
            { "field": "parties", "value": "china", "reason": "first line\nsecond line" },
            { "field": "parties", "value": "kyrgyzstan", "reason": long },
        ]);
        v["sectors"][0]["inferred"] =
            json!([{ "field": "parties", "value": "china", "reason": "r" }]);
    });
    assert_at(
        &bytes,
        "initiatives[1].inferred[0].reason",
        "must not be empty",
    );
    assert_at(
        &bytes,
        "initiatives[1].inferred[1]",
        "marked inferred twice",
    );
    assert_at(
        &bytes,
        "initiatives[1].inferred[2].reason",
        "must be one line",
    );
    assert_at(
        &bytes,
        "initiatives[1].inferred[3].reason",
        "longer than 200 characters",
    );
    assert_at(&bytes, "sectors[0].inferred[0].field", "no `parties`");
}

#[test]
fn an_unknown_field_of_an_inferred_link_is_named() {
    let bytes = with(|v| {
        v["initiatives"][2]["inferred"] =
            json!([{ "field": "summary", "value": "x", "reason": "y" }]);
    });
    assert_at(
        &bytes,
        "initiatives[2].inferred[0].field",
        "unknown variant `summary`",
    );
}

/// Many inferred entries on one record are checked in linear time (a hash set, not pairwise).
#[test]
fn many_inferred_entries_are_checked_quickly() {
    let bytes = with(|v| {
        let list: Vec<Value> = (0..50_000)
            .map(|i| json!({ "field": "themes", "value": format!("t{i}"), "reason": "r" }))
            .collect();
        v["initiatives"][0]["inferred"] = Value::Array(list);
        v["initiatives"][0]
            .as_object_mut()
            .unwrap()
            .remove("translations");
    });
    let e = rejected(&bytes);
    assert_eq!(e.problems.len() + e.more, 50_000);
}

// --- Translations --------------------------------------------------------------------------------

#[test]
fn a_translation_in_an_unknown_language_is_named() {
    let bytes =
        with(|v| v["initiatives"][1]["translations"]["uz"] = json!({ "name": "Iqtisodiy" }));
    assert_at(
        &bytes,
        "initiatives[1].translations.uz",
        "unknown language \"uz\": translations may be in zh, ru or ky",
    );
    let bytes = with(|v| v["themes"][0]["translations"]["en"] = json!({ "name": "Economy" }));
    assert_at(
        &bytes,
        "themes[0].translations.en",
        "records are written in English",
    );
}

#[test]
fn an_empty_translation_is_named() {
    let bytes = with(|v| v["sectors"][0]["translations"]["zh"]["summary"] = json!("  "));
    assert_at(
        &bytes,
        "sectors[0].translations.zh.summary",
        "must not be empty",
    );
    let bytes = with(|v| v["initiatives"][3]["translations"]["ru"]["outcomes"] = json!([""]));
    assert_problem_somewhere(&bytes, "initiatives[3].translations.ru.outcomes");
}

/// Part of the problems of a file: at `path` or below it.
fn assert_problem_somewhere(bytes: &[u8], path: &str) {
    let e = rejected(bytes);
    assert!(
        e.problems.iter().any(|p| p.path.starts_with(path)),
        "expected a problem at {path:?}, got {:#?}",
        e.problems
    );
}

#[test]
fn a_translated_field_the_record_lacks_is_named() {
    // Themes have no summary; Cultural Diplomacy (initiatives[33]) states no timeline; China has no
    // role; the dataset's description is translated, but a source has none.
    let bytes = with(|v| v["themes"][0]["translations"]["zh"]["summary"] = json!("经济"));
    assert_at(
        &bytes,
        "themes[0].translations.zh.summary",
        "this record has no `summary` to translate",
    );
    let bytes = with(|v| v["parties"][0]["translations"]["ky"]["role"] = json!("мамлекет"));
    assert_at(&bytes, "parties[0].translations.ky.role", "no `role`");
    let bytes = with(|v| v["sources"][0]["translations"]["ru"]["description"] = json!("текст"));
    assert_at(
        &bytes,
        "sources[0].translations.ru.description",
        "no `description`",
    );
    let i = index_without_timeline();
    let bytes = with(|v| v["initiatives"][i]["translations"]["zh"]["timeline"] = json!("每年"));
    assert_at(
        &bytes,
        &format!("initiatives[{i}].translations.zh.timeline"),
        "no `timeline`",
    );
}

/// The first bundled initiative without a timeline.
fn index_without_timeline() -> usize {
    let v = base();
    v["initiatives"]
        .as_array()
        .unwrap()
        .iter()
        .position(|r| r.get("timeline").is_none())
        .unwrap()
}

#[test]
fn translated_lists_give_one_item_for_each() {
    let bytes = with(|v| {
        let outcomes = v["corridors"][0]["translations"]["zh"]["outcomes"]
            .as_array_mut()
            .unwrap();
        outcomes.push(json!("另一个"));
    });
    assert_at(
        &bytes,
        "corridors[0].translations.zh.outcomes",
        "gives 2 outcomes; the record has 1: give one for each, in order",
    );
    let bytes = with(|v| {
        v["initiatives"][0]["translations"]["ru"]["reasons"] = json!(["раз", "два", "три"])
    });
    assert_at(
        &bytes,
        "initiatives[0].translations.ru.reasons",
        "gives 3 reasons; the record has 2",
    );
    let bytes = with(|v| v["sectors"][0]["translations"]["ky"]["outcomes"] = json!(["натыйжа"]));
    assert_at(
        &bytes,
        "sectors[0].translations.ky.outcomes",
        "gives 1 outcome; the record has 0",
    );
}

#[test]
fn a_source_translates_only_headings_and_excerpts_records_quote() {
    let bytes = with(|v| {
        v["sources"][0]["translations"]["zh"]["passages"]["Not in any record"] = json!("无");
        v["sources"][0]["translations"]["zh"]["sections"]["No Such Heading"] = json!("无");
    });
    assert_at(
        &bytes,
        "sources[0].translations.zh.passages",
        "no record quotes the excerpt \"Not in any record\"",
    );
    assert_at(
        &bytes,
        "sources[0].translations.zh.sections",
        "no record quotes the section heading \"No Such Heading\"",
    );
    let bytes =
        with(|v| v["initiatives"][0]["translations"]["zh"]["passages"] = json!({ "x": "y" }));
    assert_at(
        &bytes,
        "initiatives[0].translations.zh.passages",
        "only a source translates",
    );
}

#[test]
fn an_unknown_translated_field_is_named_with_its_position() {
    let bytes = with(|v| v["initiatives"][2]["translations"]["zh"]["title"] = json!("标题"));
    let e = rejected(&bytes);
    assert!(
        e.problems
            .iter()
            .any(|p| p.path == "initiatives[2].translations.zh.title"
                && p.message.contains("unknown field `title`")
                && p.position.is_some()),
        "{:#?}",
        e.problems
    );
}

#[test]
fn the_issued_date_must_be_a_date() {
    for bad in [
        "yesterday",
        "2026-13-01",
        "2026-12-32",
        "26-12-01",
        "2026-1-1",
    ] {
        let bytes = with(|v| v["issued"] = json!(bad));
        assert_at(
            &bytes,
            "issued",
            "is not a date: write YYYY-MM-DD, YYYY-MM or YYYY",
        );
    }
    for good in ["2026", "2026-12", "2026-12-01"] {
        let bytes = with(|v| v["issued"] = json!(good));
        assert!(catalog::load(&bytes).is_ok(), "{good}");
    }
}

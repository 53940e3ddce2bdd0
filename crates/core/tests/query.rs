//! The URL is the state: every state survives a round trip through the query string, and hostile
//! query strings are dropped with a notice, never a panic.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::field_reassign_with_default)] // states are built field by field for clarity

use cooperation_core::address::query::*;
use cooperation_core::present::fields::Field;
use proptest::prelude::*;

fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?".prop_map(|s| s)
}

fn state() -> impl Strategy<Value = ViewState> {
    let facets = proptest::collection::vec(
        (
            0usize..FacetKey::ALL.len(),
            proptest::collection::vec(slug(), 1..4),
        ),
        0..4,
    );
    let sort =
        proptest::collection::vec((0usize..Field::ALL.len(), any::<bool>()), 0..=MAX_SORT_KEYS);
    (
        "\\PC{0,40}",
        facets,
        proptest::option::of(1900i32..=2100),
        proptest::option::of(1900i32..=2100),
        sort,
        0usize..Mode::ALL.len(),
        1usize..5000,
        proptest::sample::select(PAGE_SIZES.to_vec()),
        proptest::option::of("[a-z]{1,8}/[a-z0-9._-]{1,20}\\.json"),
        proptest::collection::vec(slug(), 0..=MAX_COMPARE),
    )
        .prop_map(
            |(q, facets, from, to, sort, mode, page, per, data, compare)| {
                let mut s = ViewState {
                    q,
                    from,
                    to,
                    mode: Mode::ALL[mode],
                    page,
                    per,
                    data,
                    ..ViewState::default()
                };
                for (k, mut values) in facets {
                    values.dedup();
                    let mut unique: Vec<String> = Vec::new();
                    for v in values {
                        if !unique.contains(&v) {
                            unique.push(v);
                        }
                    }
                    s = s.with_selected(FacetKey::ALL[k], unique);
                }
                for (c, desc) in sort {
                    let column = Field::ALL[c];
                    if !s.sort.iter().any(|k| k.column == column) {
                        s.sort.push(SortKey {
                            column,
                            dir: if desc { Dir::Desc } else { Dir::Asc },
                        });
                    }
                }
                for id in compare {
                    if !s.compare.contains(&id) {
                        s.compare.push(id);
                    }
                }
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn every_state_round_trips_through_the_url(s in state()) {
        let query = s.to_query();
        let (back, notices) = parse(&query);
        prop_assert!(notices.is_empty(), "{query}: {notices:?}");
        prop_assert_eq!(back, s);
    }

    #[test]
    fn any_query_string_parses_without_panicking_and_canonicalises(raw in "\\PC{0,300}") {
        let (s, _) = parse(&raw);
        let (again, notices) = parse(&s.to_query());
        prop_assert!(notices.is_empty());
        prop_assert_eq!(again, s);
    }

    #[test]
    fn arbitrary_bytes_percent_encoded_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let raw: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        let _ = parse(&format!("q={raw}&{raw}={raw}&theme={raw}"));
    }
}

fn params(raw: &str) -> Vec<String> {
    parse(raw).1.into_iter().map(|n| n.param).collect()
}

#[test]
fn a_100kb_search_text_is_dropped_with_a_notice() {
    let raw = format!("q={}&theme=economic", "a".repeat(100_000));
    let (s, notices) = parse(&raw);
    assert_eq!(s.q, "");
    assert_eq!(s.selected(FacetKey::Theme), ["economic"]);
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].reason, Reason::QueryTooLong { max: 200 });
    assert!(
        notices[0].param.chars().count() <= 61,
        "the notice quotes a short excerpt"
    );
}

#[test]
fn invalid_percent_encoding_is_dropped_with_a_notice() {
    for bad in ["q=%zz", "q=%", "q=%e2%28%a1", "q=abc%FF", "theme=%C3"] {
        let (s, notices) = parse(bad);
        assert_eq!(s, ViewState::default(), "{bad}");
        assert_eq!(notices.len(), 1, "{bad}");
        assert_eq!(notices[0].reason, Reason::BadEncoding, "{bad}");
    }
}

#[test]
fn repeated_keys_keep_the_first() {
    let (s, notices) = parse("q=first&q=second&theme=a&theme=b");
    assert_eq!(s.q, "first");
    assert_eq!(s.selected(FacetKey::Theme), ["a"]);
    assert_eq!(notices.len(), 2);
}

#[test]
fn bad_years_pages_modes_and_sizes_are_dropped() {
    assert_eq!(params("from=1800"), ["from=1800"]);
    assert_eq!(params("to=abc"), ["to=abc"]);
    assert_eq!(
        params("from=99999999999999999999"),
        ["from=99999999999999999999"]
    );
    assert_eq!(params("page=0&page=2"), ["page=0", "page=2"]);
    assert_eq!(params("page=-3"), ["page=-3"]);
    assert_eq!(params("mode=grid"), ["mode=grid"]);
    assert_eq!(params("per=7"), ["per=7"]);
    assert_eq!(params("sort=colour,-name"), ["sort=colour,-name"]);
    assert_eq!(
        parse("sort=colour,-name").0.sort,
        [SortKey {
            column: Field::Name,
            dir: Dir::Desc
        }]
    );
}

#[test]
fn unknown_keys_and_malformed_ids_are_dropped() {
    assert_eq!(
        params("utm_source=x&__proto__=1"),
        ["utm_source=x", "__proto__=1"]
    );
    let (s, notices) = parse("theme=economic,Bad%20Id,%3Cscript%3E,economic");
    assert_eq!(s.selected(FacetKey::Theme), ["economic"]);
    assert_eq!(
        notices,
        [Notice {
            param: "theme=economic,Bad%20Id,%3Cscript%3E,economic".into(),
            reason: Reason::BadIds {
                ids: "Bad Id, <script>".into(),
                count: 2
            }
        }]
    );
}

#[test]
fn script_and_control_characters_in_search_are_plain_text() {
    let (s, notices) = parse("q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%00%1B");
    assert!(notices.is_empty());
    assert_eq!(s.q, "<script>alert(1)</script>");
}

#[test]
fn plus_and_percent20_are_spaces() {
    assert_eq!(parse("q=silk+road").0.q, "silk road");
    assert_eq!(parse("q=silk%20road").0.q, "silk road");
    assert_eq!(parse("q=a%2Bb").0.q, "a+b");
}

#[test]
fn sort_header_clicks_cycle_and_shift_adds_keys() {
    let s = ViewState::default();
    let asc = s.sorted_by(Field::Name);
    assert_eq!(
        asc.sort,
        [SortKey {
            column: Field::Name,
            dir: Dir::Asc
        }]
    );
    let desc = asc.sorted_by(Field::Name);
    assert_eq!(
        desc.sort,
        [SortKey {
            column: Field::Name,
            dir: Dir::Desc
        }]
    );
    assert!(desc.sorted_by(Field::Name).sort.is_empty());
    let two = asc.sorted_also_by(Field::Status);
    assert_eq!(two.sort.len(), 2);
    let replaced = two.sorted_by(Field::Kind);
    assert_eq!(
        replaced.sort,
        [SortKey {
            column: Field::Kind,
            dir: Dir::Asc
        }]
    );
}

#[test]
fn toggling_resets_the_page_and_clearing_keeps_the_mode() {
    let (s, _) = parse("q=x&theme=a&page=3&mode=table&per=100");
    let t = s.toggled(FacetKey::Theme, "b");
    assert_eq!(t.selected(FacetKey::Theme), ["a", "b"]);
    assert_eq!(t.page, 1);
    let t = t
        .toggled(FacetKey::Theme, "a")
        .toggled(FacetKey::Theme, "b");
    assert!(t.facets.is_empty());
    let c = s.cleared();
    assert!(!c.is_filtered());
    assert_eq!((c.mode, c.per), (Mode::Table, 100));
}

#[test]
fn parameters_beyond_the_cap_are_dropped_and_named_in_one_notice() {
    let mut raw = String::from("q=energy");
    for i in 0..100_000 {
        raw.push_str(&format!("&p{i}=x"));
    }
    let (s, notices) = parse(&raw);
    assert_eq!(s.q, "energy");
    // The first 63 extra parameters are unknown (one notice each); the rest are one notice.
    assert_eq!(notices.len(), MAX_PARAMS);
    let last = notices.last().unwrap();
    assert_eq!(
        last.reason,
        Reason::TooManyParams {
            max: MAX_PARAMS,
            dropped: 100_000 - (MAX_PARAMS - 1)
        }
    );
    assert!(
        last.param
            .starts_with("p63=x, p64=x, p65=x, p66=x, p67=x, +"),
        "{}",
        last.param
    );
}

#[test]
fn values_beyond_the_cap_are_dropped_and_named() {
    let values: Vec<String> = (0..150).map(|i| format!("v{i}")).collect();
    let (s, notices) = parse(&format!("theme={},v1", values.join(",")));
    assert_eq!(s.selected(FacetKey::Theme).len(), MAX_FACET_VALUES);
    assert_eq!(s.selected(FacetKey::Theme)[99], "v99");
    assert_eq!(
        notices,
        [Notice {
            param: "theme=v100, v101, v102, v103, v104, +45".into(),
            reason: Reason::TooManyValues {
                max: MAX_FACET_VALUES,
                dropped: 50
            }
        }]
    );
    let (s, notices) = parse("compare=a,b,c,d,e,f");
    assert_eq!(s.compare, ["a", "b", "c", "d"]);
    assert_eq!(
        notices[0].reason,
        Reason::TooManyCompared { max: MAX_COMPARE }
    );
    assert_eq!(notices[0].param, "compare=e, f");
}

#[test]
fn a_hundred_thousand_values_parse_in_linear_time_without_repeats() {
    let values: Vec<String> = (0..100_000).map(|i| format!("v{}", i % 50)).collect();
    let (s, notices) = parse(&format!("theme={}", values.join(",")));
    assert_eq!(
        s.selected(FacetKey::Theme).len(),
        50,
        "repeats are one selection"
    );
    assert!(notices.is_empty(), "{notices:?}");
}

//! The states a user's action leads to, decided in the core: every change of what is filtered goes
//! back to page 1 and keeps the rest; presentation changes keep the page; the rules that used to
//! live in the interface (which collection a facet's options are, which records have a page, which
//! records cite a source) are answered here.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cooperation_core::address::query::{
    self, Constraint, Dir, FacetKey, MAX_QUERY_CHARS, Mode, SortKey, ViewState,
};
use cooperation_core::address::route::{Route, View};
use cooperation_core::data::catalog::{self, Collection, RecordRef};
use cooperation_core::explore::Explorer;
use cooperation_core::explore::overview;
use cooperation_core::present::fields::Field;

/// A state deep in a list: page 3, a table sorted by name, a comparison, the inferred switch on.
fn browsing() -> ViewState {
    query::parse(
        "q=energy&theme=economic&from=2024&to=2026&sort=name&mode=table&per=25&page=3&compare=a,b&inferred=include",
    )
    .0
}

#[test]
fn every_change_of_what_is_filtered_goes_back_to_page_one_and_keeps_the_rest() {
    let s = browsing();
    assert_eq!(s.page, 3);
    let changes: Vec<(&str, ViewState)> = vec![
        ("query", s.with_query("solar")),
        ("facet", s.toggled(FacetKey::Status, "proposed")),
        ("selection", s.with_selected(FacetKey::Theme, vec![])),
        ("from", s.with_from(Some(2025))),
        ("to", s.with_to(None)),
        ("inferred", s.with_inferred(false)),
        ("without search", s.without(Constraint::Search)),
        (
            "without facet",
            s.without(Constraint::Facet(FacetKey::Theme)),
        ),
        ("without years", s.without(Constraint::Years)),
        ("sort", s.sorted_by(Field::Kind)),
        ("sort also", s.sorted_also_by(Field::Kind)),
        ("sort menu", s.sorted_only_by(None)),
        ("per", s.with_per(100)),
        ("cleared", s.cleared()),
    ];
    for (what, next) in changes {
        assert_eq!(next.page, 1, "{what}");
        assert_eq!(
            (next.mode, next.data.clone()),
            (Mode::Table, None),
            "{what}"
        );
    }
    // What each one changed, and only that.
    assert_eq!(s.with_query("solar").q, "solar");
    assert_eq!(
        s.with_query("solar").selected(FacetKey::Theme),
        ["economic"]
    );
    assert!(s.without(Constraint::Search).q.is_empty());
    assert_eq!(s.without(Constraint::Search).from, Some(2024));
    let no_years = s.without(Constraint::Years);
    assert_eq!(
        (no_years.from, no_years.to, no_years.q.as_str()),
        (None, None, "energy")
    );
    assert!(
        s.without(Constraint::Facet(FacetKey::Theme))
            .facets
            .is_empty()
    );
    let cleared = s.cleared();
    assert!(cleared.q.is_empty() && cleared.facets.is_empty() && cleared.compare.is_empty());
    assert_eq!(
        (cleared.per, cleared.sort.len()),
        (25, 1),
        "page size and sort stay"
    );
}

#[test]
fn presentation_changes_keep_the_page_and_the_filters() {
    let s = browsing();
    for next in [
        s.with_mode(Mode::Cards),
        s.compare_toggled("c"),
        s.on_page(3),
    ] {
        assert_eq!(next.page, 3);
        assert_eq!(next.filters(), s.filters());
    }
    assert_eq!(s.on_page(0).page, 1, "pages count from 1");
    assert_eq!(s.compare_toggled("a").compare, ["b"]);
    assert_eq!(s.comparing(vec!["x".into()]).compare, ["x"]);
}

#[test]
fn bad_values_from_an_input_never_make_a_bad_state() {
    let s = ViewState::default();
    assert_eq!(s.with_per(7), s, "a page size not offered changes nothing");
    assert_eq!(
        s.with_from(Some(-5)).from,
        None,
        "a year out of range is open"
    );
    let long = "x".repeat(MAX_QUERY_CHARS + 50) + "\u{7}";
    assert_eq!(s.with_query(&long).q.chars().count(), MAX_QUERY_CHARS);
    assert!(!s.with_query("a\u{0}b\nc").q.chars().any(char::is_control));
}

#[test]
fn a_column_cycles_alone_and_shift_adds_keys() {
    let s = ViewState::default();
    let asc = s.sorted_by(Field::Name);
    assert_eq!(
        asc.sort,
        [SortKey {
            column: Field::Name,
            dir: Dir::Asc
        }]
    );
    let two = asc.sorted_also_by(Field::Status);
    assert_eq!(two.sort.len(), 2);
    assert_eq!(
        two.sorted_by(Field::Kind).sort.len(),
        1,
        "a plain click replaces"
    );
    let off = asc.sorted_by(Field::Name).sorted_by(Field::Name);
    assert!(off.sort.is_empty(), "ascending → descending → off");
}

#[test]
fn the_filters_leave_out_what_does_not_change_the_selection() {
    let s = browsing();
    let f = s.filters();
    assert_eq!(
        (f.page, f.mode, f.per),
        (1, Mode::Cards, query::DEFAULT_PER)
    );
    assert!(f.compare.is_empty());
    assert_eq!(
        (f.q.as_str(), f.inferred, f.sort.len()),
        ("energy", true, 1)
    );
}

#[test]
fn a_percent_escape_needs_two_hex_digits() {
    assert_eq!(query::decode("%41%2f"), Some("A/".into()));
    for bad in ["%+A", "%-1", "%4", "%G0", "% 1"] {
        assert_eq!(query::decode(bad), None, "{bad}");
    }
}

#[test]
fn every_facet_names_the_collection_of_its_options() {
    let records: Vec<(FacetKey, Option<Collection>)> = FacetKey::ALL
        .into_iter()
        .map(|k| (k, k.records()))
        .collect();
    assert_eq!(
        records,
        [
            (FacetKey::Theme, Some(Collection::Themes)),
            (FacetKey::Sector, Some(Collection::Sectors)),
            (FacetKey::Corridor, Some(Collection::Corridors)),
            (FacetKey::Country, Some(Collection::Parties)),
            (FacetKey::Party, Some(Collection::Parties)),
            (FacetKey::Scope, None),
            (FacetKey::Kind, None),
            (FacetKey::Status, None),
        ]
    );
}

#[test]
fn only_initiatives_sectors_and_corridors_have_pages() {
    assert_eq!(
        Route::record(RecordRef::new(Collection::Sectors, 0), "energy"),
        Some(Route::Record(View::Sectors, "energy".into()))
    );
    for c in [Collection::Themes, Collection::Parties, Collection::Sources] {
        assert_eq!(Route::record(RecordRef::new(c, 0), "x"), None, "{c:?}");
    }
}

#[test]
fn the_records_citing_a_source_are_a_catalog_query() {
    let c = catalog::load(common::shipped_json().as_bytes()).unwrap();
    let initiatives = c.citing(0, Collection::Initiatives);
    assert_eq!(
        initiatives.len(),
        c.initiatives().len(),
        "all quote the one article"
    );
    assert!(
        c.citing(1, Collection::Initiatives).is_empty(),
        "no second source"
    );
}

#[test]
fn the_home_search_ranks_by_the_search_alone() {
    let e = Explorer::new(catalog::load(common::shipped_json().as_bytes()).unwrap());
    let before: Vec<usize> = View::ALL
        .iter()
        .map(|v| e.view(*v).selections_made())
        .collect();
    let found = overview::search(&e, "festival", 5, 5);
    let after: Vec<usize> = View::ALL
        .iter()
        .map(|v| e.view(*v).selections_made())
        .collect();
    assert_eq!(before, after, "no facet counts are computed");
    let initiatives = &found.views[0];
    assert!(initiatives.total >= 2, "{initiatives:?}");
    // The same records, in the same order, as the list page's search without a sort.
    let listed = e.select(
        View::Initiatives,
        &ViewState::default().with_query("festival"),
    );
    assert_eq!(initiatives.top, listed.matches[..initiatives.top.len()]);
    assert_eq!(initiatives.total, listed.matches.len());
}

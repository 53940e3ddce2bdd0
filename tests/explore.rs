//! The explorer's rules: facet-count semantics (checked against brute force), search normalisation
//! and ranking, sort stability, and what an empty result suggests.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::field_reassign_with_default)] // states are built field by field for clarity

mod common;

use cooperation_explorer::domain::catalog::{self, Catalog};
use cooperation_explorer::domain::explore::{Constraint, Explorer, NOT_STATED};
use cooperation_explorer::domain::query::{Column, Dir, FacetKey, SortKey, ViewState};
use cooperation_explorer::domain::route::View;
use proptest::prelude::*;

fn shipped() -> Explorer {
    Explorer::new(catalog::load(common::shipped_json().as_bytes()).unwrap())
}

fn synthetic(records: usize, seed: u64) -> Explorer {
    Explorer::new(Catalog::new(common::synth::generate(records, seed)).unwrap())
}

fn state(pairs: &[(FacetKey, &[&str])]) -> ViewState {
    let mut s = ViewState::default();
    for (k, v) in pairs {
        s.set_facet(*k, v.iter().map(|x| x.to_string()).collect());
    }
    s
}

fn names(e: &Explorer, view: View, s: &ViewState) -> Vec<String> {
    let sel = e.select(view, s);
    let idx = e.view(view);
    sel.matches
        .iter()
        .map(|&i| idx.cell(&e.catalog, i as usize, Column::Name).text())
        .collect()
}

/// The facet counts and matches by brute force: one record at a time, no bitsets.
fn brute_force(e: &Explorer, view: View, s: &ViewState) -> (Vec<u32>, Vec<Vec<u32>>) {
    let idx = e.view(view);
    let has = |i: usize, f: usize, o: usize| idx.facets[f].records(o).unwrap().contains(i);
    let in_facet = |i: usize, f: usize| {
        let sel = s.selected(idx.facets[f].key);
        sel.is_empty()
            || sel
                .iter()
                .any(|v| idx.facets[f].option_index(v).is_some_and(|o| has(i, f, o)))
    };
    let in_years = |i: usize| match (s.from, s.to, idx.years(i)) {
        (None, None, _) => true,
        (_, _, None) => false,
        (from, to, Some((a, b))) => a <= to.unwrap_or(i32::MAX) && b >= from.unwrap_or(i32::MIN),
    };
    let matches: Vec<u32> = (0..idx.len)
        .filter(|&i| in_years(i) && (0..idx.facets.len()).all(|f| in_facet(i, f)))
        .map(|i| i as u32)
        .collect();
    let counts = (0..idx.facets.len())
        .map(|f| {
            (0..idx.facets[f].options.len())
                .map(|o| {
                    (0..idx.len)
                        .filter(|&i| {
                            in_years(i)
                                && has(i, f, o)
                                && (0..idx.facets.len()).all(|g| g == f || in_facet(i, g))
                        })
                        .count() as u32
                })
                .collect()
        })
        .collect();
    (matches, counts)
}

#[test]
fn unfiltered_counts_are_the_totals() {
    let e = shipped();
    for view in View::ALL {
        let sel = e.select(view, &ViewState::default());
        let idx = e.view(view);
        assert_eq!(sel.matches.len(), idx.len);
        for (f, counts) in idx.facets.iter().zip(&sel.counts) {
            let totals: Vec<u32> = f.options.iter().map(|o| o.total).collect();
            assert_eq!(&totals, counts, "{view:?} {:?}", f.key);
        }
    }
}

#[test]
fn values_of_one_facet_are_ored_and_facets_anded() {
    let e = shipped();
    let cultural = names(
        &e,
        View::Initiatives,
        &state(&[(FacetKey::Theme, &["cultural"])]),
    );
    let security = names(
        &e,
        View::Initiatives,
        &state(&[(FacetKey::Theme, &["security"])]),
    );
    let either = names(
        &e,
        View::Initiatives,
        &state(&[(FacetKey::Theme, &["cultural", "security"])]),
    );
    assert!(either.len() >= cultural.len().max(security.len()));
    assert!(cultural.iter().chain(&security).all(|n| either.contains(n)));
    let both = names(
        &e,
        View::Initiatives,
        &state(&[
            (FacetKey::Theme, &["cultural"]),
            (FacetKey::Status, &["recommended"]),
        ]),
    );
    assert_eq!(both, ["Joint cultural exchange initiatives"]);
}

#[test]
fn a_facets_counts_ignore_its_own_selection_but_not_the_others() {
    let e = shipped();
    let idx = e.view(View::Initiatives);
    let s = state(&[(FacetKey::Status, &["recommended"])]);
    let sel = e.select(View::Initiatives, &s);
    let status = idx
        .facets
        .iter()
        .position(|f| f.key == FacetKey::Status)
        .unwrap();
    // Status counts are the unfiltered totals: choosing another status would add those records.
    let totals: Vec<u32> = idx.facets[status].options.iter().map(|o| o.total).collect();
    assert_eq!(sel.counts[status], totals);
    // Theme counts are among the 7 recommendations only.
    let theme = idx
        .facets
        .iter()
        .position(|f| f.key == FacetKey::Theme)
        .unwrap();
    let economic = idx.facets[theme].option_index("economic").unwrap();
    assert_eq!(sel.matches.len(), 7);
    assert_eq!(sel.counts[theme][economic], 5);
}

#[test]
fn not_stated_is_an_option_of_its_own() {
    let e = shipped();
    let s = state(&[(FacetKey::Status, &[NOT_STATED])]);
    assert_eq!(
        names(&e, View::Initiatives, &s),
        ["Belt and Road Initiative"]
    );
}

#[test]
fn year_range_keeps_records_whose_stated_years_overlap() {
    let e = shipped();
    let mut s = ViewState::default();
    s.from = Some(2025);
    s.to = Some(2030);
    assert_eq!(
        names(&e, View::Initiatives, &s),
        ["Student Exchange Programs"]
    );
    s.from = Some(2024);
    s.to = Some(2024);
    assert_eq!(
        names(&e, View::Initiatives, &s),
        ["Student Exchange Programs", "Language Cooperation"]
    );
    s.from = Some(1990);
    s.to = Some(2000);
    assert!(names(&e, View::Initiatives, &s).is_empty());
}

#[test]
fn sector_and_corridor_views_have_their_own_facets() {
    let e = shipped();
    let corridor = "china-kyrgyzstan-uzbekistan-economic-corridor";
    let sectors = names(
        &e,
        View::Sectors,
        &state(&[(FacetKey::Corridor, &[corridor])]),
    );
    assert_eq!(sectors, ["Energy", "Tourism", "Technology"]);
    let recommended = names(
        &e,
        View::Sectors,
        &state(&[(FacetKey::Status, &["recommended"])]),
    );
    assert_eq!(
        recommended,
        ["Tourism", "Technology", "Infrastructure", "Agriculture"]
    );
    let with_uzbekistan = names(
        &e,
        View::Corridors,
        &state(&[(FacetKey::Country, &["uzbekistan"])]),
    );
    assert_eq!(
        with_uzbekistan,
        ["China–Kyrgyzstan–Uzbekistan Economic Corridor"]
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// On skewed synthetic data, with random selections, the bitset counts equal brute force.
    #[test]
    fn facet_counts_equal_brute_force(
        seed in 0u64..1000,
        picks in proptest::collection::vec((0usize..8, 0usize..50), 0..6),
        years in proptest::option::of((2000i32..2040, 0i32..10)),
    ) {
        let e = synthetic(400, seed);
        let idx = e.view(View::Initiatives);
        let mut s = ViewState::default();
        for (f, o) in picks {
            let facet = &idx.facets[f % idx.facets.len()];
            let value = facet.options[o % facet.options.len()].value.clone();
            let mut values = s.selected(facet.key).to_vec();
            if !values.contains(&value) {
                values.push(value);
            }
            s.set_facet(facet.key, values);
        }
        if let Some((from, span)) = years {
            s.from = Some(from);
            s.to = Some(from + span);
        }
        let sel = e.select(View::Initiatives, &s);
        let (matches, counts) = brute_force(&e, View::Initiatives, &s);
        prop_assert_eq!(sel.matches, matches);
        prop_assert_eq!(sel.counts, counts);
    }
}

// --- Search -----------------------------------------------------------------------------------

fn search(e: &Explorer, view: View, q: &str) -> Vec<String> {
    let mut s = ViewState::default();
    s.q = q.to_string();
    names(e, view, &s)
}

#[test]
fn search_ignores_case_accents_and_punctuation() {
    let e = shipped();
    let plain = search(&e, View::Initiatives, "cultural festival");
    assert!(!plain.is_empty());
    for q in [
        "CULTURAL FESTIVAL",
        "Cúltural  Féstival",
        "cultural, festival!",
        "cultural-festival",
    ] {
        assert_eq!(search(&e, View::Initiatives, q), plain, "{q}");
    }
    assert_eq!(
        search(&e, View::Corridors, "china kyrgyzstan uzbekistan").len(),
        1
    );
    assert_eq!(
        search(&e, View::Corridors, "China–Kyrgyzstan–Uzbekistan").len(),
        1
    );
}

#[test]
fn search_matches_prefixes_as_you_type() {
    let e = shipped();
    let results: Vec<Vec<String>> = ["r", "ro", "rou", "roun", "round"]
        .iter()
        .map(|q| search(&e, View::Initiatives, q))
        .collect();
    assert!(
        results.windows(2).all(|w| w[1].len() <= w[0].len()),
        "narrows as you type"
    );
    assert_eq!(results[4][0], "Security Roundtable");
}

#[test]
fn search_finds_excerpts_and_related_names() {
    let e = shipped();
    // "terrorism" is only in an excerpt.
    assert_eq!(
        search(&e, View::Initiatives, "terrorism"),
        ["Security Collaborations"]
    );
    // "Uzbekistan" names the corridor and a party of the corridor's framework records.
    let uz = search(&e, View::Initiatives, "uzbekistan");
    assert!(
        uz.contains(&"Joint ventures in renewable energy".to_string()),
        "{uz:?}"
    );
    // A sector name finds the initiatives in that sector.
    assert!(
        search(&e, View::Initiatives, "agriculture").contains(&"Agricultural Trade".to_string())
    );
}

#[test]
fn name_matches_rank_first_with_source_order_breaking_ties() {
    let e = shipped();
    let results = search(&e, View::Initiatives, "infrastructure development");
    assert_eq!(
        &results[..2],
        ["Infrastructure Development", "Infrastructure Development"]
    );
    let idx = e.view(View::Initiatives);
    let mut s = ViewState::default();
    s.q = "infrastructure development".into();
    let ids: Vec<&str> = e.select(View::Initiatives, &s).matches[..2]
        .iter()
        .map(|&i| idx.id(&e.catalog, i as usize))
        .collect();
    assert_eq!(
        ids,
        [
            "infrastructure-development",
            "regional-infrastructure-development"
        ]
    );
}

#[test]
fn every_initiative_is_found_by_a_few_keystrokes_of_its_name() {
    let e = shipped();
    let idx = e.view(View::Initiatives);
    for (i, r) in e.catalog.initiatives().iter().enumerate() {
        // The first four letters of each of the first two words of the name.
        let q: Vec<String> = r
            .name
            .split_whitespace()
            .filter(|w| w.len() > 3)
            .take(2)
            .map(|w| w.chars().take(4).collect())
            .collect();
        let q = q.join(" ");
        let mut s = ViewState::default();
        s.q = q.clone();
        let sel = e.select(View::Initiatives, &s);
        let rank = sel.matches.iter().position(|&m| m as usize == i);
        assert!(
            rank.is_some_and(|r| r < 10),
            "{:?} not in the top 10 for {q:?} (rank {rank:?})",
            idx.id(&e.catalog, i)
        );
    }
}

// --- Sorting ------------------------------------------------------------------------------------

fn sorted(e: &Explorer, view: View, keys: &[(Column, Dir)]) -> Vec<u32> {
    let mut s = ViewState::default();
    s.sort = keys
        .iter()
        .map(|&(column, dir)| SortKey { column, dir })
        .collect();
    e.select(view, &s).matches
}

#[test]
fn sorting_is_stable_and_puts_missing_values_last_both_ways() {
    let e = synthetic(3000, 7);
    let idx = e.view(View::Initiatives);
    for column in idx.columns {
        for dir in [Dir::Asc, Dir::Desc] {
            let order = sorted(&e, View::Initiatives, &[(*column, dir)]);
            assert_eq!(order.len(), idx.len);
            let key = |i: u32| idx.cell(&e.catalog, i as usize, *column);
            let mut seen_missing = false;
            for w in order.windows(2) {
                let (a, b) = (key(w[0]), key(w[1]));
                let missing_b = b == cooperation_explorer::domain::explore::Cell::Missing;
                if seen_missing {
                    assert!(missing_b, "{column:?} {dir:?}: a value after a missing one");
                }
                seen_missing |= key(w[0]) == cooperation_explorer::domain::explore::Cell::Missing;
                if a == b {
                    assert!(
                        w[0] < w[1],
                        "{column:?} {dir:?}: equal values out of source order"
                    );
                }
            }
        }
    }
}

#[test]
fn sorting_by_name_is_accent_and_case_insensitive() {
    let e = shipped();
    let idx = e.view(View::Sectors);
    let asc = sorted(&e, View::Sectors, &[(Column::Name, Dir::Asc)]);
    let names: Vec<String> = asc
        .iter()
        .map(|&i| idx.cell(&e.catalog, i as usize, Column::Name).text())
        .collect();
    assert_eq!(
        names,
        [
            "Agriculture",
            "Energy",
            "Infrastructure",
            "Technology",
            "Tourism"
        ]
    );
    let by_count = sorted(&e, View::Sectors, &[(Column::Initiatives, Dir::Desc)]);
    assert_eq!(
        idx.cell(&e.catalog, by_count[0] as usize, Column::Name)
            .text(),
        "Infrastructure"
    );
}

#[test]
fn a_second_key_breaks_ties_of_the_first() {
    let e = synthetic(2000, 3);
    let idx = e.view(View::Initiatives);
    let order = sorted(
        &e,
        View::Initiatives,
        &[(Column::Status, Dir::Asc), (Column::Name, Dir::Desc)],
    );
    let cell = |i: u32, c| idx.cell(&e.catalog, i as usize, c).text();
    for w in order.windows(2) {
        if cell(w[0], Column::Status) == cell(w[1], Column::Status)
            && !cell(w[0], Column::Status).is_empty()
        {
            let (a, b) = (
                cell(w[0], Column::Name).to_lowercase(),
                cell(w[1], Column::Name).to_lowercase(),
            );
            assert!(
                cooperation_explorer::domain::text::tokens(&a)
                    >= cooperation_explorer::domain::text::tokens(&b),
                "{a} before {b}"
            );
        }
    }
}

// --- Empty results and stale URLs ----------------------------------------------------------------

#[test]
fn an_empty_result_names_the_filter_to_drop() {
    let e = shipped();
    let mut s = state(&[
        (FacetKey::Status, &["recommended"]),
        (FacetKey::Kind, &["cultural-programme"]),
    ]);
    s.q = "festival".into();
    let sel = e.select(View::Initiatives, &s);
    assert!(sel.matches.is_empty());
    let best = sel.relaxations[0];
    assert_eq!(best.drop, Constraint::Facet(FacetKey::Status));
    assert_eq!(
        best.matches, 1,
        "only Cultural Festivals: {:?}",
        sel.relaxations
    );
}

#[test]
fn unknown_values_and_columns_are_dropped_with_notices() {
    let e = shipped();
    let mut s = state(&[
        (FacetKey::Sector, &["energy", "enrgy"]),
        (FacetKey::Country, &["china"]),
    ]);
    s.sort = vec![SortKey {
        column: Column::Initiatives,
        dir: Dir::Asc,
    }];
    s.compare = vec!["energy".into(), "nothing-here".into()];
    let (clean, notices) = e.view(View::Initiatives).sanitize(&e.catalog, &s);
    assert_eq!(clean.selected(FacetKey::Sector), ["energy"]);
    assert!(clean.selected(FacetKey::Country).is_empty());
    assert!(clean.sort.is_empty());
    assert_eq!(clean.compare, ["energy"]);
    let params: Vec<&str> = notices.iter().map(|n| n.param.as_str()).collect();
    assert_eq!(
        params,
        [
            "sector=enrgy",
            "country=china",
            "sort=initiatives",
            "compare=nothing-here"
        ]
    );
}

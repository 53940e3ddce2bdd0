//! The explorer's rules: facet-count semantics (checked against brute force over the plain records),
//! search normalisation and ranking, sort orders (checked against an independent stable sort), and
//! what an empty result suggests.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::field_reassign_with_default)] // states are built field by field for clarity

mod common;

use std::collections::HashMap;

use cooperation_core::address::query::Constraint;
use cooperation_core::address::query::{Dir, FacetKey, SortKey, ViewState};
use cooperation_core::address::route::View;
use cooperation_core::data::catalog::{self, Catalog, RecordRef};
use cooperation_core::data::model::{Dataset, Id, Initiative, LinkField, Links, Scope, Term};
use cooperation_core::explore::{Explorer, NOT_STATED};
use cooperation_core::present::fields::Field;
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
        s = s.with_selected(*k, v.iter().map(|x| x.to_string()).collect());
    }
    s
}

fn names(e: &Explorer, view: View, s: &ViewState) -> Vec<String> {
    let sel = e.select(view, s);
    let idx = e.view(view);
    sel.matches
        .iter()
        .map(|&i| {
            e.catalog
                .name_of(RecordRef::new(idx.view.collection(), i as usize))
                .to_string()
        })
        .collect()
}

/// One record's facet values and years, read from the plain dataset records with none of the
/// explorer's machinery: the oracle the bitset counts are checked against.
struct Plain {
    values: Vec<(FacetKey, Vec<String>)>,
    years: Option<(i32, i32)>,
}

fn slug_or_none<T: Term>(v: Option<T>) -> String {
    v.map_or(NOT_STATED.to_string(), |t| t.slug().to_string())
}

/// The ids of `list` that count: every one when inferred links count, else those `r` states.
fn counted(r: &dyn Links, field: LinkField, list: &[Id], inferred: bool) -> Vec<String> {
    list.iter()
        .filter(|v| inferred || r.inferred_reason(field, v.as_str()).is_none())
        .map(|v| v.to_string())
        .collect()
}

/// The scope's slug; an inferred scope is "not stated" when inferred links do not count.
fn scope_counted(r: &dyn Links, scope: Option<Scope>, inferred: bool) -> String {
    match scope {
        Some(v) if !inferred && r.inferred_reason(LinkField::Scope, v.slug()).is_some() => {
            NOT_STATED.to_string()
        }
        _ => slug_or_none(scope),
    }
}

/// Whether `r` lists `id` in `field`, counting it (stated, or inferred links count).
fn lists(r: &dyn Links, field: LinkField, list: &[Id], id: &Id, inferred: bool) -> bool {
    list.contains(id) && (inferred || r.inferred_reason(field, id.as_str()).is_none())
}

/// Every record of `view` as [`Plain`], straight from the dataset (relations merged from both sides
/// by hand, derived values gathered by scanning every initiative), counting inferred links or not.
fn plain_records(d: &Dataset, view: View, inferred: bool) -> Vec<Plain> {
    let inf = inferred;
    match view {
        View::Initiatives => d
            .initiatives
            .iter()
            .map(|r| Plain {
                values: vec![
                    (
                        FacetKey::Theme,
                        counted(r, LinkField::Themes, &r.themes, inf),
                    ),
                    (
                        FacetKey::Sector,
                        counted(r, LinkField::Sectors, &r.sectors, inf),
                    ),
                    (
                        FacetKey::Corridor,
                        counted(r, LinkField::Corridors, &r.corridors, inf),
                    ),
                    (
                        FacetKey::Party,
                        counted(r, LinkField::Parties, &r.parties, inf),
                    ),
                    (FacetKey::Scope, vec![scope_counted(r, r.scope, inf)]),
                    (FacetKey::Kind, vec![r.kind.slug().to_string()]),
                    (FacetKey::Status, vec![slug_or_none(r.status)]),
                ],
                years: r
                    .timeline
                    .as_ref()
                    .and_then(|t| t.start.map(|s| (s, t.end.unwrap_or(s)))),
            })
            .collect(),
        View::Sectors => d
            .sectors
            .iter()
            .map(|s| {
                let corridors: Vec<String> = d
                    .corridors
                    .iter()
                    .filter(|c| {
                        lists(s, LinkField::Corridors, &s.corridors, &c.id, inf)
                            || lists(*c, LinkField::Sectors, &c.sectors, &s.id, inf)
                    })
                    .map(|c| c.id.to_string())
                    .collect();
                let mine: Vec<&Initiative> = d
                    .initiatives
                    .iter()
                    .filter(|r| lists(*r, LinkField::Sectors, &r.sectors, &s.id, inf))
                    .collect();
                let distinct = |f: &dyn Fn(&Initiative) -> String| {
                    let mut v: Vec<String> = mine.iter().map(|r| f(r)).collect();
                    v.sort();
                    v.dedup();
                    v
                };
                Plain {
                    values: vec![
                        (
                            FacetKey::Theme,
                            counted(s, LinkField::Themes, &s.themes, inf),
                        ),
                        (FacetKey::Corridor, corridors),
                        (
                            FacetKey::Scope,
                            distinct(&|r| scope_counted(r, r.scope, inf)),
                        ),
                        (FacetKey::Kind, distinct(&|r| r.kind.slug().to_string())),
                        (FacetKey::Status, distinct(&|r| slug_or_none(r.status))),
                    ],
                    years: None,
                }
            })
            .collect(),
        View::Corridors => d
            .corridors
            .iter()
            .map(|c| {
                let sectors: Vec<String> = d
                    .sectors
                    .iter()
                    .filter(|s| {
                        lists(c, LinkField::Sectors, &c.sectors, &s.id, inf)
                            || lists(*s, LinkField::Corridors, &s.corridors, &c.id, inf)
                    })
                    .map(|s| s.id.to_string())
                    .collect();
                Plain {
                    values: vec![
                        (
                            FacetKey::Country,
                            counted(c, LinkField::Countries, &c.countries, inf),
                        ),
                        (FacetKey::Sector, sectors),
                        (
                            FacetKey::Theme,
                            counted(c, LinkField::Themes, &c.themes, inf),
                        ),
                        (FacetKey::Scope, vec![scope_counted(c, c.scope, inf)]),
                        (FacetKey::Status, vec![slug_or_none(c.status)]),
                    ],
                    years: None,
                }
            })
            .collect(),
    }
}

impl Plain {
    fn has(&self, key: FacetKey, value: &str) -> bool {
        self.values
            .iter()
            .any(|(k, v)| *k == key && v.iter().any(|x| x == value))
    }

    /// Whether the record passes facet `key`'s selection in `s` (no selection passes everything).
    fn passes(&self, s: &ViewState, key: FacetKey) -> bool {
        let sel = s.selected(key);
        sel.is_empty() || sel.iter().any(|v| self.has(key, v))
    }

    fn in_years(&self, s: &ViewState) -> bool {
        match (s.from, s.to, self.years) {
            (None, None, _) => true,
            (_, _, None) => false,
            (from, to, Some((a, b))) => {
                a <= to.unwrap_or(i32::MAX) && b >= from.unwrap_or(i32::MIN)
            }
        }
    }
}

/// Matches and counts by brute force over plain records: for each facet the explorer offers, each
/// option's count is the records with that value that pass the years and every *other* facet.
fn brute_force(e: &Explorer, view: View, s: &ViewState) -> (Vec<u32>, Vec<Vec<u32>>) {
    let records = plain_records(e.catalog.data(), view, s.inferred);
    let keys: Vec<FacetKey> = e.view(view).facets.iter().map(|f| f.key).collect();
    let matches = records
        .iter()
        .enumerate()
        .filter(|(_, r)| r.in_years(s) && keys.iter().all(|k| r.passes(s, *k)))
        .map(|(i, _)| i as u32)
        .collect();
    let counts = e
        .view(view)
        .facets
        .iter()
        .map(|f| {
            f.options
                .iter()
                .map(|o| {
                    records
                        .iter()
                        .filter(|r| {
                            r.in_years(s)
                                && r.has(f.key, &o.value)
                                && keys.iter().all(|k| *k == f.key || r.passes(s, *k))
                        })
                        .count() as u32
                })
                .collect()
        })
        .collect();
    (matches, counts)
}

/// The options each facet offers are exactly the values some record has, by a stated link or an
/// inferred one.
fn assert_options_are_the_values_present(e: &Explorer, view: View) {
    let mut records = plain_records(e.catalog.data(), view, false);
    records.extend(plain_records(e.catalog.data(), view, true));
    for f in &e.view(view).facets {
        let mut offered: Vec<&str> = f.options.iter().map(|o| o.value.as_str()).collect();
        let mut present: Vec<&str> = records
            .iter()
            .flat_map(|r| r.values.iter().filter(|(k, _)| *k == f.key))
            .flat_map(|(_, v)| v.iter().map(String::as_str))
            .collect();
        offered.sort_unstable();
        present.sort_unstable();
        present.dedup();
        assert_eq!(offered, present, "{view:?} {:?}", f.key);
    }
}

#[test]
fn unfiltered_counts_are_the_totals() {
    let e = shipped();
    let all = ViewState {
        inferred: true,
        ..ViewState::default()
    };
    for view in View::ALL {
        let sel = e.select(view, &all);
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

    /// On skewed synthetic data, with random selections, the bitset counts equal brute force over
    /// the plain records, in every view.
    #[test]
    fn facet_counts_equal_brute_force(
        seed in 0u64..1000,
        view in 0usize..3,
        picks in proptest::collection::vec((0usize..8, 0usize..50), 0..6),
        years in proptest::option::of((2000i32..2040, 0i32..10)),
        inferred in proptest::bool::ANY,
    ) {
        let e = synthetic(400, seed);
        let view = View::ALL[view];
        let idx = e.view(view);
        let mut s = ViewState { inferred, ..ViewState::default() };
        for (f, o) in picks {
            let facet = &idx.facets[f % idx.facets.len()];
            if facet.options.is_empty() {
                continue;
            }
            let value = facet.options[o % facet.options.len()].value.clone();
            let mut values = s.selected(facet.key).to_vec();
            if !values.contains(&value) {
                values.push(value);
            }
            s = s.with_selected(facet.key, values);
        }
        if let Some((from, span)) = years.filter(|_| idx.has_years()) {
            s.from = Some(from);
            s.to = Some(from + span);
        }
        let sel = e.select(view, &s);
        let (matches, counts) = brute_force(&e, view, &s);
        prop_assert_eq!(sel.matches, matches);
        prop_assert_eq!(sel.counts, counts);
    }
}

/// By default facets count the links an excerpt states; `inferred=include` adds the inferred ones.
#[test]
fn facets_count_stated_links_unless_inferred_ones_are_included() {
    let e = shipped();
    let uzbekistan = state(&[(FacetKey::Party, &["uzbekistan"])]);
    assert!(names(&e, View::Initiatives, &uzbekistan).is_empty());
    let with_inferred = ViewState {
        inferred: true,
        ..uzbekistan.clone()
    };
    assert_eq!(
        names(&e, View::Initiatives, &with_inferred),
        [
            "Joint ventures in renewable energy",
            "Mutual tourism packages",
            "Investment in tech startups and digital infrastructure"
        ]
    );
    // An inferred scope counts as not stated when inferred links are left out.
    let trilateral = state(&[(FacetKey::Scope, &["trilateral"])]);
    assert!(names(&e, View::Initiatives, &trilateral).is_empty());
    let china = state(&[(FacetKey::Party, &["china"])]);
    let stated = names(&e, View::Initiatives, &china).len();
    let all = names(
        &e,
        View::Initiatives,
        &ViewState {
            inferred: true,
            ..china
        },
    )
    .len();
    assert_eq!(
        all - stated,
        7,
        "the seven regional records name China only by inference"
    );
    assert!(e.view(View::Initiatives).has_inferred());
}

#[test]
fn facet_options_are_the_values_records_have() {
    for e in [shipped(), synthetic(500, 11)] {
        for view in View::ALL {
            assert_options_are_the_values_present(&e, view);
        }
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

fn sorted(e: &Explorer, view: View, keys: &[(Field, Dir)]) -> Vec<u32> {
    let mut s = ViewState::default();
    s.sort = keys
        .iter()
        .map(|&(column, dir)| SortKey { column, dir })
        .collect();
    e.select(view, &s).matches
}

/// A sort value computed from the plain records alone.
#[derive(Clone, Debug, PartialEq, PartialOrd)]
enum Plainkey {
    Num(i64),
    Text(String),
}

fn fold(s: &str) -> Option<Plainkey> {
    Some(Plainkey::Text(
        cooperation_core::explore::text::tokens(s).join(" "),
    ))
}

/// Each initiative's value for `column`, from the plain records: names of linked records looked up
/// by id, terms by their labels, the timeline by its first year, related both ways.
fn plain_keys(d: &Dataset, column: Field) -> Vec<Option<Plainkey>> {
    let name: HashMap<&str, &str> = d
        .themes
        .iter()
        .map(|r| (r.id.as_str(), r.name.as_str()))
        .chain(d.sectors.iter().map(|r| (r.id.as_str(), r.name.as_str())))
        .chain(d.corridors.iter().map(|r| (r.id.as_str(), r.name.as_str())))
        .chain(d.parties.iter().map(|r| (r.id.as_str(), r.name.as_str())))
        .collect();
    let names = |list: &[Id]| {
        if list.is_empty() {
            return None;
        }
        let joined: Vec<&str> = list.iter().map(|i| name[i.as_str()]).collect();
        fold(&joined.join(" "))
    };
    d.initiatives
        .iter()
        .map(|r| match column {
            Field::Name => fold(&r.name),
            Field::Kind => fold(r.kind.label()),
            Field::Status => r.status.and_then(|t| fold(t.label())),
            Field::Scope => r.scope.and_then(|t| fold(t.label())),
            Field::Themes => names(&r.themes),
            Field::Sectors => names(&r.sectors),
            Field::Corridors => names(&r.corridors),
            Field::Parties => names(&r.parties),
            Field::Timeline => r.timeline.as_ref().and_then(|t| match t.start {
                Some(y) => Some(Plainkey::Num(y.into())),
                None => fold(&t.label),
            }),
            Field::Related => {
                let mut both: Vec<&Id> = r.related.iter().collect();
                for other in &d.initiatives {
                    if other.related.contains(&r.id) && !both.contains(&&other.id) {
                        both.push(&other.id);
                    }
                }
                Some(Plainkey::Num(both.len() as i64))
            }
            // Not columns of the initiatives' table.
            Field::Summary | Field::Outcomes | Field::Countries | Field::Initiatives => None,
        })
        .collect()
}

/// The expected order by a standard stable sort: each key ascending or descending, records without
/// a value after those with one (in either direction), ties in source order.
fn expected_order(d: &Dataset, keys: &[(Field, Dir)]) -> Vec<u32> {
    let values: Vec<Vec<Option<Plainkey>>> = keys.iter().map(|(c, _)| plain_keys(d, *c)).collect();
    let mut order: Vec<u32> = (0..d.initiatives.len() as u32).collect();
    order.sort_by(|&a, &b| {
        for ((_, dir), v) in keys.iter().zip(&values) {
            let (x, y) = (&v[a as usize], &v[b as usize]);
            let ord = match (x, y) {
                (Some(x), Some(y)) => {
                    let asc = x.partial_cmp(y).unwrap();
                    if *dir == Dir::Asc { asc } else { asc.reverse() }
                }
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            };
            if ord.is_ne() {
                return ord;
            }
        }
        std::cmp::Ordering::Equal
    });
    order
}

#[test]
fn every_column_sorts_like_an_independent_stable_sort_both_ways() {
    let e = synthetic(3000, 7);
    let idx = e.view(View::Initiatives);
    for &(column, _) in &idx.columns {
        for dir in [Dir::Asc, Dir::Desc] {
            let got = sorted(&e, View::Initiatives, &[(column, dir)]);
            let want = expected_order(e.catalog.data(), &[(column, dir)]);
            assert_eq!(got.len(), want.len());
            let first_difference = got.iter().zip(&want).position(|(a, b)| a != b);
            assert_eq!(first_difference, None, "{column:?} {dir:?}");
        }
    }
}

#[test]
fn two_and_three_keys_sort_like_an_independent_stable_sort() {
    let e = synthetic(2000, 3);
    let combos: [&[(Field, Dir)]; 4] = [
        &[(Field::Status, Dir::Asc), (Field::Name, Dir::Desc)],
        &[(Field::Kind, Dir::Desc), (Field::Timeline, Dir::Asc)],
        &[(Field::Sectors, Dir::Asc), (Field::Related, Dir::Desc)],
        &[
            (Field::Scope, Dir::Asc),
            (Field::Status, Dir::Desc),
            (Field::Name, Dir::Asc),
        ],
    ];
    for keys in combos {
        let got = sorted(&e, View::Initiatives, keys);
        assert_eq!(got, expected_order(e.catalog.data(), keys), "{keys:?}");
    }
}

#[test]
fn sorting_by_name_is_accent_and_case_insensitive() {
    let e = shipped();
    let idx = e.view(View::Sectors);
    let asc = sorted(&e, View::Sectors, &[(Field::Name, Dir::Asc)]);
    let names: Vec<String> = asc
        .iter()
        .map(|&i| {
            e.catalog
                .name_of(RecordRef::new(idx.view.collection(), i as usize))
                .to_string()
        })
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
    let by_count = sorted(&e, View::Sectors, &[(Field::Initiatives, Dir::Desc)]);
    assert_eq!(
        e.catalog
            .name_of(RecordRef::new(idx.view.collection(), by_count[0] as usize))
            .to_string(),
        "Infrastructure"
    );
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
        column: Field::Initiatives,
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

/// Search finds a record by its name in any of the dataset's languages, whatever the interface's
/// (the search itself has no language), and a linked record's translated name finds the records
/// linked to it.
#[test]
fn search_finds_records_by_their_translated_names() {
    let e = shipped();
    for q in [
        "一带一路",
        "«Пояс и путь»",
        "пояс и путь",
        "Бир алкак",
        "Belt and Road",
    ] {
        let found = search(&e, View::Initiatives, q);
        assert_eq!(
            found.first().map(String::as_str),
            Some("Belt and Road Initiative"),
            "{q}"
        );
    }
    assert_eq!(search(&e, View::Sectors, "能源"), ["Energy"]);
    assert_eq!(search(&e, View::Sectors, "энерг"), ["Energy"]);
    // The initiatives of a sector, a party and a corridor, by their translated names.
    for (q, key, value) in [
        ("能源", FacetKey::Sector, "energy"),
        ("Кытай", FacetKey::Party, "china"),
        (
            "中国—吉尔吉斯斯坦—乌兹别克斯坦经济走廊",
            FacetKey::Corridor,
            "china-kyrgyzstan-uzbekistan-economic-corridor",
        ),
    ] {
        let by_name = search(&e, View::Initiatives, q);
        let s = ViewState::default().with_selected(key, vec![value.into()]);
        let linked = e.select(View::Initiatives, &s).matches;
        assert!(!linked.is_empty(), "{q}");
        for i in linked {
            let name = &e.catalog.initiatives()[i as usize].name;
            assert!(by_name.contains(name), "{q} does not find {name}");
        }
    }
    // A summary's translation is searched too.
    assert!(!search(&e, View::Initiatives, "圆桌").is_empty());
}

/// The home page's top themes count as the theme facet does, so a theme's number is what its link
/// shows: stated links by default.
#[test]
fn top_themes_count_as_the_theme_facet_does() {
    let e = shipped();
    let economic = e
        .catalog
        .index_in(
            cooperation_core::data::catalog::Collection::Themes,
            "economic",
        )
        .unwrap();
    let count = |inferred: bool| {
        cooperation_core::explore::overview::top_themes(&e, 9, inferred)
            .into_iter()
            .find(|(t, _)| *t == economic)
            .map(|(_, n)| n)
    };
    assert_eq!(count(false), Some(15));
    assert_eq!(count(true), Some(18));
}

//! A relation a dataset may state from either side — a sector naming its corridor, or a corridor
//! naming its sectors — reads the same everywhere: catalog, facets, table cells, comparison and export.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cooperation_core::address::query::{FacetKey, ViewState};
use cooperation_core::address::route::View;
use cooperation_core::data::catalog::{Catalog, Collection, RecordRef};
use cooperation_core::data::model::Dataset;
use cooperation_core::explore::Explorer;
use cooperation_core::present::fields::Field;
use cooperation_core::present::fields::{self, Value};

const CORRIDOR: &str = "china-kyrgyzstan-uzbekistan-economic-corridor";

fn shipped() -> Dataset {
    serde_json::from_str(&common::shipped_json()).unwrap()
}

/// The shipped dataset with the sector↔corridor link stated on the sectors' side only, or on the
/// corridor's side only.
fn one_sided(on_sectors: bool) -> Explorer {
    let mut d = shipped();
    let stated: Vec<String> = d.corridors[0]
        .sectors
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert!(!stated.is_empty(), "the shipped corridor lists its sectors");
    if on_sectors {
        d.corridors[0].sectors.clear();
        for s in &mut d.sectors {
            s.corridors.clear();
            if stated.contains(&s.id.to_string()) {
                s.corridors.push(d.corridors[0].id.clone());
            }
        }
    } else {
        for s in &mut d.sectors {
            s.corridors.clear();
        }
    }
    Explorer::new(Catalog::new(d).unwrap())
}

fn names(e: &Explorer, collection: Collection, items: &[u32]) -> Vec<String> {
    items
        .iter()
        .map(|&k| {
            e.catalog
                .name_of(RecordRef::new(collection, k as usize))
                .to_string()
        })
        .collect()
}

#[test]
fn a_link_stated_on_either_side_reads_the_same_everywhere() {
    let both = Explorer::new(Catalog::new(shipped()).unwrap());
    let want_sectors = names(
        &both,
        Collection::Sectors,
        both.catalog.corridor_sectors.get(0),
    );
    assert_eq!(want_sectors, ["Energy", "Tourism", "Technology"]);
    for on_sectors in [true, false] {
        let e = one_sided(on_sectors);
        let c = &e.catalog;
        let side = if on_sectors {
            "sectors' side"
        } else {
            "corridor's side"
        };
        // The catalog, both directions.
        assert_eq!(
            names(&e, Collection::Sectors, c.corridor_sectors.get(0)),
            want_sectors,
            "{side}"
        );
        for (i, s) in c.sectors().iter().enumerate() {
            let linked = c.sector_corridors.get(i) == [0];
            assert_eq!(linked, want_sectors.contains(&s.name), "{side}: {}", s.name);
        }
        // Facets select what the cells show.
        let mut state = ViewState::default();
        state = state.with_selected(FacetKey::Corridor, vec![CORRIDOR.into()]);
        let sel = e.select(View::Sectors, &state);
        let sector = |i: u32| RecordRef::new(Collection::Sectors, i as usize);
        let selected: Vec<String> = sel
            .matches
            .iter()
            .map(|&i| c.name_of(sector(i)).to_string())
            .collect();
        assert_eq!(selected, want_sectors, "{side}: the corridor facet");
        for &i in &sel.matches {
            assert_eq!(
                fields::value(c, sector(i), Field::Corridors),
                Value::Records(Collection::Corridors, &[0]),
                "{side}: the corridors cell"
            );
        }
        let mut state = ViewState::default();
        state = state.with_selected(FacetKey::Sector, vec!["energy".into()]);
        assert_eq!(
            e.select(View::Corridors, &state).matches,
            [0],
            "{side}: the sector facet"
        );
        let corridor = RecordRef::new(Collection::Corridors, 0);
        let sectors_cell = fields::value(c, corridor, Field::Sectors);
        assert_eq!(
            sectors_cell.csv(c, Field::Sectors),
            ["Energy; Tourism; Technology"],
            "{side}"
        );
        // The comparison.
        let energy = RecordRef::new(
            Collection::Sectors,
            c.index_in(Collection::Sectors, "energy").unwrap(),
        );
        assert_eq!(
            fields::value(c, energy, Field::Corridors),
            Value::Records(Collection::Corridors, &[0]),
            "{side}: comparison"
        );
    }
}

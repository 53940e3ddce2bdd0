//! Benchmark (not a test): the explorer's per-interaction work on synthetic datasets of 1k, 10k and
//! 100k initiatives, natively, release build. Run: `cargo run --release --example bench_explore`.
//!
//! - facet toggle: `select` after adding one facet value (search hits reused, as the app memoises them)
//! - keystroke: typing "cooper" one character at a time; each step is search + select
//! - sort: `select` sorted by name (first call builds the column order) and by two keys
#![allow(clippy::field_reassign_with_default)] // states are built field by field for clarity

mod synth;

use std::time::Instant;

use cooperation_core::address::query::{Dir, FacetKey, SortKey, ViewState};
use cooperation_core::address::route::View;
use cooperation_core::data::catalog::Catalog;
use cooperation_core::explore::text::query_terms;
use cooperation_core::explore::{Explorer, SourceLabels};
use cooperation_core::present::fields::Field;

/// Median and 95th percentile of `runs` timings of `f`, in milliseconds.
fn time(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    t.sort_by(f64::total_cmp);
    (t[t.len() / 2], t[(t.len() * 95 / 100).min(t.len() - 1)])
}

fn main() {
    println!("explorer interactions, release build; median / p95 in ms");
    println!(
        "{:>8} {:>10} {:>10} {:>16} {:>16} {:>16} {:>16} {:>16}",
        "records",
        "facets ms",
        "index ms",
        "facet toggle",
        "keystroke",
        "sort (cold)",
        "sort name",
        "sort 2 keys"
    );
    for (records, runs) in [(1_000, 201), (10_000, 101), (100_000, 31)] {
        let catalog = Catalog::new(synth::generate(records, 42)).unwrap();
        let t = Instant::now();
        let e = Explorer::new(catalog);
        let facets_ms = t.elapsed().as_secs_f64() * 1e3;
        let idx = e.view(View::Initiatives);
        let t = Instant::now();
        let _ = idx.search_index(&e.catalog);
        let index_ms = t.elapsed().as_secs_f64() * 1e3;

        // Facet toggle: one theme and one status selected, then a sector added.
        let mut s = ViewState::default();
        s = s.with_selected(FacetKey::Theme, vec!["economic".into()]);
        s = s.with_selected(FacetKey::Status, vec!["proposed".into()]);
        let toggled = s.toggled(FacetKey::Sector, "sector-0");
        let toggle = time(runs, || {
            std::hint::black_box(idx.select(&e.catalog, &toggled, &[], None, &SourceLabels));
        });

        // Keystrokes: "c", "co", … "cooper"; each is a full search + select.
        let word = "cooper";
        let mut samples = Vec::new();
        for _ in 0..runs.div_ceil(word.len()) {
            for n in 1..=word.len() {
                let mut s = s.clone();
                s.q = word[..n].to_string();
                let start = Instant::now();
                let terms = query_terms(&s.q);
                let hits = idx.hits(&e.catalog, &terms);
                std::hint::black_box(idx.select(
                    &e.catalog,
                    &s,
                    &terms,
                    hits.as_ref(),
                    &SourceLabels,
                ));
                samples.push(start.elapsed().as_secs_f64() * 1e3);
            }
        }
        samples.sort_by(f64::total_cmp);
        let keystroke = (
            samples[samples.len() / 2],
            samples[samples.len() * 95 / 100],
        );

        let mut by_name = ViewState::default();
        by_name.sort = vec![SortKey {
            column: Field::Name,
            dir: Dir::Asc,
        }];
        let start = Instant::now();
        std::hint::black_box(idx.select(&e.catalog, &by_name, &[], None, &SourceLabels));
        let cold = start.elapsed().as_secs_f64() * 1e3;
        let name = time(runs, || {
            std::hint::black_box(idx.select(&e.catalog, &by_name, &[], None, &SourceLabels));
        });
        let mut two = by_name.clone();
        two.sort = vec![
            SortKey {
                column: Field::Status,
                dir: Dir::Asc,
            },
            SortKey {
                column: Field::Name,
                dir: Dir::Desc,
            },
        ];
        std::hint::black_box(idx.select(&e.catalog, &two, &[], None, &SourceLabels));
        let two_keys = time(runs, || {
            std::hint::black_box(idx.select(&e.catalog, &two, &[], None, &SourceLabels));
        });
        println!(
            "{:>8} {:>10.1} {:>10.1} {:>7.3} / {:>6.3} {:>7.3} / {:>6.3} {:>16.1} {:>7.3} / {:>6.3} {:>7.3} / {:>6.3}",
            records,
            facets_ms,
            index_ms,
            toggle.0,
            toggle.1,
            keystroke.0,
            keystroke.1,
            cold,
            name.0,
            name.1,
            two_keys.0,
            two_keys.1
        );
    }
}

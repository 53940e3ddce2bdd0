//! The list page of a view as a feature: its controller ([`controller`]) and its parts — the filter
//! panel ([`filters`]), the search box and toolbar ([`toolbar`]), the results ([`results`]) as cards
//! ([`cards`]), a table ([`table`]), a timeline ([`timeline`]), charts ([`charts`]) or a map
//! ([`map`]), the pictures of those three ([`picture`]), the export menu ([`export`]), the compare
//! bar ([`compare_bar`]) — and the one renderer
//! of a record's field values ([`cell`]) that the cards, the table, the comparison and the record
//! page share.

pub mod cards;
pub mod cell;
pub mod charts;
pub mod compare_bar;
pub mod controller;
pub mod export;
pub mod filters;
pub mod map;
pub mod picture;
pub mod results;
pub mod table;
pub mod timeline;
pub mod toolbar;

use std::sync::Arc;

use cooperation_core::address::route::View;
use cooperation_l10n::Messages;
use leptos::prelude::*;

use crate::components::shell::PendingNote;
use crate::components::status::Notices;
use crate::context::data::Loaded;
use crate::context::locale::locale;
use compare_bar::CompareBar;
use controller::ListState;
use export::ExportMenu;
use filters::{ActiveFilters, FilterPanel, FiltersButton};
use results::{LiveCount, Results};
use toolbar::{SearchBox, Toolbar};

/// The explorer of one view over one dataset: filters beside the results.
#[component]
pub fn Explorer(
    /// Which collection it lists.
    view: View,
    /// The dataset in use.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let lang = locale();
    let records = loaded.explorer.catalog.data().len_of(view.collection());
    // Build the search index after the first paint rather than on the first keystroke (about a
    // second of work at 100k records in the browser). It holds the dataset itself, not the page's
    // state, so it runs even if the page is gone by then (the index is the dataset's).
    let later = loaded.clone();
    Effect::new(move |_| {
        let loaded = later.clone();
        request_animation_frame(move || {
            set_timeout(
                move || {
                    loaded
                        .explorer
                        .view(view)
                        .search_index(&loaded.explorer.catalog);
                },
                std::time::Duration::ZERO,
            )
        });
    });
    let list = ListState::new(view, loaded);
    let lede = crate::words::lede(lang, view, records);
    let open = RwSignal::new(false);
    view! {
        <p class="lede view-lede">{lede}</p>
        <Notices notices=list.notices/>
        <div class="explorer">
            <FilterPanel list open/>
            // `data-rendered` names the state the results show (the benchmark harness waits for it).
            <section
                class="results"
                aria-labelledby="results-title"
                data-rendered=move || list.selection.with(|_| list.state.with(|s| s.to_query()))
            >
                // The cards' headings (h3) follow this one, also when the filters (and their h2)
                // are folded away on a phone.
                <h2 id="results-title" class="visually-hidden">{lang.results_label()}</h2>
                <div class="search-row">
                    <SearchBox list/>
                    <FiltersButton list open/>
                </div>
                <ActiveFilters list/>
                <Toolbar list/>
                <div class="actions-row needs-js">
                    <ExportMenu list/>
                </div>
                <CompareBar list/>
                <PendingNote class="pending-view-note"/>
                <div class="results-body">
                    <Results list/>
                </div>
                <LiveCount list/>
            </section>
        </div>
    }
}

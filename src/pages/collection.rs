//! The list page of one view (initiatives, sectors or corridors): search, facets, and the matches as
//! cards, a table, a timeline, charts or a map.

use std::sync::Arc;

use cooperation_core::route::View;
use leptos::prelude::*;

use crate::components::compare::CompareBar;
use crate::components::export::ExportMenu;
use crate::components::facets::{ActiveFilters, FilterPanel, FiltersButton};
use crate::components::results::{LiveCount, Results};
use crate::components::shell::PageTitle;
use crate::components::status::{DatasetPending, Notices};
use crate::components::toolbar::{SearchBox, Toolbar};
use crate::context::data::{Loaded, use_data};
use crate::context::locale::locale;
use crate::context::page::PageState;
use crate::words::{self, LocaleLabels};

/// The page listing the records of one view, once a dataset is in use.
#[component]
pub fn CollectionPage(
    /// Which collection the page lists.
    view: View,
) -> impl IntoView {
    let data = use_data();
    let l = locale();
    view! {
        <PageTitle text=words::view_name(l, view)/>
        <h1>{words::view_name(l, view)}</h1>
        {move || match data.current() {
            Some(loaded) => view! { <Explorer view loaded/> }.into_any(),
            None => view! { <DatasetPending/> }.into_any(),
        }}
    }
}

/// The explorer for one view over one dataset.
#[component]
fn Explorer(view: View, loaded: Arc<Loaded>) -> impl IntoView {
    let page = PageState::new(view, loaded.clone());
    let l = locale();
    let hits = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let terms = page
                .state
                .with(|s| cooperation_core::text::query_terms(&s.q));
            let index = loaded.explorer.view(view);
            let hits = index.hits(&loaded.explorer.catalog, &terms);
            (terms, hits)
        })
    };
    let selection = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let index = loaded.explorer.view(view);
            let labels = LocaleLabels(l);
            page.state.with(|s| {
                hits.with(|(terms, h)| {
                    index.select(&loaded.explorer.catalog, s, terms, h.as_ref(), &labels)
                })
            })
        })
    };
    // Build the search index after the first paint rather than on the first keystroke (about a
    // second of work at 100k records in the browser).
    {
        let loaded = loaded.clone();
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let index = loaded.explorer.view(view);
                    index.search_index(&loaded.explorer.catalog);
                },
                std::time::Duration::ZERO,
            )
        });
    }
    let lede = {
        let c = &loaded.explorer.catalog;
        let n = c.data().len_of(view.collection());
        move || match view {
            View::Initiatives => l.lede_initiatives(n),
            View::Sectors => l.lede_sectors(n),
            View::Corridors => l.lede_corridors(n),
        }
    };
    let open = RwSignal::new(false);
    view! {
        <p class="lede view-lede">{lede}</p>
        <Notices notices=page.notices/>
        <div class="explorer">
            <FilterPanel loaded=loaded.clone() page selection open/>
            // `data-rendered` names the state the results show (the benchmark harness waits for it).
            <section
                class="results"
                aria-labelledby="results-title"
                data-rendered=move || selection.with(|_| page.state.with(|s| s.to_query()))
            >
                // The cards' headings (h3) follow this one, also when the filters (and their h2)
                // are folded away on a phone.
                <h2 id="results-title" class="visually-hidden">{l.results_label()}</h2>
                <div class="search-row">
                    <SearchBox page/>
                    <FiltersButton page open/>
                </div>
                <ActiveFilters loaded=loaded.clone() page/>
                <Toolbar loaded=loaded.clone() page selection/>
                <div class="actions-row">
                    <ExportMenu loaded=loaded.clone() page selection/>
                </div>
                <CompareBar loaded=loaded.clone() page/>
                <Results loaded=loaded.clone() page selection/>
                <LiveCount view selection/>
            </section>
        </div>
    }
}

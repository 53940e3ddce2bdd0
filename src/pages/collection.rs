//! The list page of one view (initiatives, sectors or corridors): search, facets, cards or table.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::compare::CompareBar;
use crate::components::export::ExportMenu;
use crate::components::facets::{ActiveFilters, FacetPanel};
use crate::components::results::{LiveCount, Results, SearchBox, Toolbar};
use crate::components::status::{DatasetPending, Notices};
use crate::domain::route::View;
use crate::state::{Loaded, PageState, use_data};

/// The page listing the records of one view, once a dataset is in use.
#[component]
pub fn CollectionPage(
    /// Which collection the page lists.
    view: View,
) -> impl IntoView {
    let data = use_data();
    view! {
        <Title text=format!("{} · Cooperation Explorer", view.label())/>
        <h1>{view.label()}</h1>
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
    let hits = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let terms = page.state.with(|s| crate::domain::text::query_terms(&s.q));
            let index = loaded.explorer.view(view);
            let hits = index.hits(&loaded.explorer.catalog, &terms);
            (terms, hits)
        })
    };
    let selection = {
        let loaded = loaded.clone();
        Memo::new(move |_| {
            let index = loaded.explorer.view(view);
            page.state.with(|s| {
                hits.with(|(terms, h)| index.select(&loaded.explorer.catalog, s, terms, h.as_ref()))
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
    let intro = intro(view, &loaded);
    view! {
        <p class="lede">{intro}</p>
        <Notices notices=page.notices/>
        <div class="explorer">
            <aside class="filters" aria-label="Filters">
                <FacetPanel loaded=loaded.clone() page selection/>
            </aside>
            // `data-rendered` names the state the results show (the benchmark harness waits for it).
            <section
                class="results"
                aria-label="Results"
                data-rendered=move || selection.with(|_| page.state.with(|s| s.to_query()))
            >
                <SearchBox page/>
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

fn intro(view: View, loaded: &Loaded) -> String {
    let c = &loaded.explorer.catalog;
    match view {
        View::Initiatives => format!(
            "{} initiatives, programmes, areas of collaboration and recommendations, each with the passage it comes from.",
            c.initiatives().len()
        ),
        View::Sectors => format!(
            "{} economic sectors and the initiatives that name them.",
            c.sectors().len()
        ),
        View::Corridors => format!(
            "{} economic corridors, the countries they link and their sectors.",
            c.corridors().len()
        ),
    }
}

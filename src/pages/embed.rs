//! A view to embed in another site (`/embed/initiatives?…`): the matches of its state shown as the
//! state says (cards, table, timeline, charts or map), with its title and the filters in use, the
//! source line, and a link that opens the full view in a new tab — and nothing else of the app. The
//! page tells the page embedding it how tall it is, so a few lines there (or none) avoid an inner
//! scrollbar (README, "Embed a view").

use cooperation_core::address::route::{Route, View};
use cooperation_core::data::catalog::{Collection, RecordRef};
use cooperation_l10n::Messages;
use leptos::prelude::*;

use crate::components::status::DatasetPending;
use crate::context::data::use_data;
use crate::context::head::PageMeta;
use crate::context::links::use_links;
use crate::context::locale::locale;
use crate::explorer::controller::ListState;
use crate::explorer::filters;
use crate::explorer::results::{LiveCount, Results};
use crate::words;

/// The embeddable page of one view.
#[component]
pub fn EmbedPage(
    /// Which collection it shows.
    view: View,
) -> impl IntoView {
    let data = use_data();
    let lang = locale();
    let links = use_links();
    // Links within this view's embeddable pages (in the page's language) stay in the frame.
    Effect::new(move |_| {
        crate::browser::embed::start(&links.asset(&Route::Embed(view).path_in(lang)))
    });
    move || match data.current() {
        Some(loaded) => {
            let catalog = &loaded.explorer.catalog;
            let sources = (0..catalog.sources().len())
                .map(|i| {
                    words::record(lang, catalog, RecordRef::new(Collection::Sources, i))
                        .text
                        .into_owned()
                })
                .collect::<Vec<_>>()
                .join(lang.list_separator());
            let list = ListState::embedded(view, loaded.clone());
            let name = words::view_name(lang, view);
            let shows = move || match filters::in_words(lang, list) {
                Some(filters) => lang.picture_filters(&filters),
                None => lang.picture_no_filters().to_string(),
            };
            let full = move || list.state.with(|s| links.href(&Route::List(view), s));
            view! {
                <PageMeta title=name description=words::lede(lang, view, catalog.data().len_of(view.collection()))/>
                <article class="embed">
                    <header class="embed-header">
                        <h1>{name}</h1>
                        <p class="embed-filters">{shows}</p>
                    </header>
                    <section
                        class="results"
                        aria-label=lang.results_label()
                        data-rendered=move || list.selection.with(|_| list.state.with(|s| s.to_query()))
                    >
                        <Results list/>
                        <LiveCount list/>
                    </section>
                    <footer class="embed-footer">
                        <p>{lang.picture_source(&sources, lang.app_name())}</p>
                        <p>
                            <a class="embed-open" href=full target="_blank" rel="noopener">
                                {lang.embed_open()}
                                <span aria-hidden="true">" ↗"</span>
                            </a>
                        </p>
                    </footer>
                </article>
            }
            .into_any()
        }
        None => view! {
            <PageMeta title=words::view_name(lang, view) description=""/>
            <DatasetPending/>
        }
        .into_any(),
    }
}

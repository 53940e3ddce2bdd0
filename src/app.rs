//! The app root: what it starts with, the contexts, the router and which page each route shows.

use std::sync::Arc;

use cooperation_core::address::route::Route;
use leptos::prelude::*;
use leptos_router::components::Router;

use crate::components::shell::{DatasetBar, Footer, Header, PendingNote, SkipLink, StartupNotices};
use crate::context::address::{provide_address, use_address};
use crate::context::data::{DataContext, DataSource, Loaded, Status, use_data};
use crate::context::links::{Links, provide_links};
use crate::context::locale::{provide_locale, use_locale};
use crate::pages::{
    compare::ComparePage, embed::EmbedPage, home::HomePage, list::ListPage, not_found::NotFound,
    record::RecordPage, source::SourcePage,
};

/// What the app starts with: read from the browser by `main`, given by the pre-renderer and the
/// component tests. Views never read the browser while they render; they read this, through the
/// contexts.
#[derive(Clone, Debug, Default)]
pub struct Start {
    /// The path the app is served under, without a trailing slash (`""` at the site root).
    pub base: String,
    /// A dataset already read, shown at once (else the app fetches the one the address names).
    pub preloaded: Option<Arc<Loaded>>,
    /// The site's origin as its pages name it (empty: built without one; see [`Links::as_built`]).
    pub origin: String,
}

/// The app: the dataset context, the router under the base path, and the page frame.
#[component]
pub fn App(
    /// What the app starts with.
    start: Start,
) -> impl IntoView {
    let Start {
        base,
        preloaded,
        origin,
    } = start;
    provide_context(DataContext::new(preloaded));
    view! {
        <Router base=base.clone()>
            <Frame base origin/>
        </Router>
    }
}

/// Everything inside the router: the contexts that read the address, then the page.
#[component]
fn Frame(base: String, origin: String) -> impl IntoView {
    provide_address(&base);
    let address = use_address();
    provide_locale(address);
    provide_links(Links::new(base, origin, address.lang));
    let locale = use_locale();
    view! {
        <DataFromAddress/>
        // Everything shown is drawn again when the language changes (the dataset, the URL state
        // and the history stay): views hold plain text, not a reactive node per word.
        {move || {
            // Read with `get`, which computes the memo: `track` alone on a memo not yet computed
            // would run this once more when it first computes.
            let _ = locale.get();
            view! { <Page/> }
        }}
    }
}

/// The page frame: skip link, header, dataset bar, the page the route names, and the footer — or,
/// for an embeddable page, the view alone (`EmbedPage` has its own few words around it).
#[component]
fn Page() -> impl IntoView {
    let route = use_address().route;
    let embedded = Memo::new(move |_| route.with(|r| matches!(r, Some(Route::Embed(_)))));
    move || match embedded.get() {
        true => view! {
            <main id="main" tabindex="-1" class="embedded">
                <PendingNote class="pending-data-note"/>
                {move || route.get().and_then(|r| r.view()).map(|view| view! { <EmbedPage view/> })}
            </main>
        }
        .into_any(),
        false => view! { <FullPage/> }.into_any(),
    }
}

/// Every page but an embeddable one.
#[component]
fn FullPage() -> impl IntoView {
    let route = use_address().route;
    view! {
        <SkipLink/>
        <Header/>
        <StartupNotices/>
        <DatasetBar/>
        <main id="main" tabindex="-1">
            <PendingNote class="pending-data-note"/>
            {move || match route.get() {
                Some(Route::Home) => view! { <HomePage/> }.into_any(),
                Some(Route::List(view)) => view! { <ListPage view/> }.into_any(),
                Some(Route::Record(view, id)) => view! { <RecordPage view id/> }.into_any(),
                Some(Route::Compare) => view! { <ComparePage/> }.into_any(),
                Some(Route::Source(id)) => view! { <SourcePage id/> }.into_any(),
                Some(Route::Embed(view)) => view! { <ListPage view/> }.into_any(),
                None => view! { <NotFound/> }.into_any(),
            }}
        </main>
        <Footer/>
    }
}

/// Loads the dataset the address names (`?data=`), or the bundled one, whenever that changes.
#[component]
fn DataFromAddress() -> impl IntoView {
    let data = use_data();
    let address = use_address();
    let wanted = Memo::new(move |_| {
        address.state.with(|s| match &s.data {
            Some(url) => DataSource::Address(url.clone()),
            None => DataSource::Bundled,
        })
    });
    Effect::new(move |_| {
        let wanted = wanted.get();
        let (current, status) = untrack(|| (data.current(), data.status()));
        let in_use = current.as_ref().map(|l| &l.source);
        // A file the user opened stays in use until they choose another dataset.
        if matches!(in_use, Some(DataSource::File(_))) && wanted == DataSource::Bundled {
            return;
        }
        let busy = matches!(&status, Status::Loading(s) if *s == wanted);
        if in_use != Some(&wanted) && !busy {
            data.load(wanted);
        }
    });
}

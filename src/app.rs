//! The app root: contexts, router and routes.

use std::sync::Arc;

use cooperation_core::query;
use cooperation_core::route::View;
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

use crate::components::shell::{DatasetBar, Footer, Header, SkipLink};
use crate::context::base::provide_links;
use crate::context::data::{DataContext, DataSource, Loaded, Status, use_data};
use crate::context::locale::{provide_locale, use_chosen_locale, use_locale};
use crate::pages::{
    collection::CollectionPage, compare::ComparePage, detail::DetailPage, home::HomePage,
    not_found::NotFound, source::SourcePage,
};

/// The app as deployed: reads its base path from the document and renders the [`Shell`].
#[component]
pub fn App() -> impl IntoView {
    view! { <Shell base=crate::browser::page::base_path()/> }
}

/// The app under a given router base: header, navigation, routed main region and footer.
#[component]
pub fn Shell(
    /// The path the app is served under, without a trailing slash (`""` at the site root).
    base: String,
    /// A dataset to start with instead of fetching one (component tests).
    #[prop(optional)]
    preloaded: Option<Arc<Loaded>>,
) -> impl IntoView {
    let fetch = preloaded.is_none();
    provide_context(DataContext::new(preloaded));
    view! {
        <Router base=base.clone()>
            <Frame base fetch/>
        </Router>
    }
}

/// Everything inside the router: the contexts that read the URL, then the page frame.
#[component]
fn Frame(base: String, fetch: bool) -> impl IntoView {
    provide_locale();
    provide_links(base);
    let (locale, chosen) = (use_locale(), use_chosen_locale());
    view! {
        {fetch.then(|| view! { <DataFromUrl/> })}
        // Everything shown is drawn again when the language changes (the dataset, the URL state
        // and the history stay): views hold plain text, not a reactive node per word.
        {move || {
            // Read with `get`, which computes the memos: `track` alone on a memo not yet computed
            // would run this once more when it first computes.
            let _ = (locale.get(), chosen.get());
            view! { <Page/> }
        }}
    }
}

/// The page frame: skip link, header, dataset bar, the routed main region and the footer.
#[component]
fn Page() -> impl IntoView {
    view! {
        <SkipLink/>
        <Header/>
        <DatasetBar/>
        <main id="main" tabindex="-1">
            <Routes fallback=|| view! { <NotFound/> }>
                <Route path=path!("") view=HomePage/>
                <Route path=path!("initiatives") view=|| view! { <CollectionPage view=View::Initiatives/> }/>
                <Route path=path!("sectors") view=|| view! { <CollectionPage view=View::Sectors/> }/>
                <Route path=path!("corridors") view=|| view! { <CollectionPage view=View::Corridors/> }/>
                <Route path=path!("compare") view=ComparePage/>
                <Route path=path!("sources/:id") view=SourcePage/>
                <Route path=path!("initiatives/:id") view=|| view! { <DetailPage view=View::Initiatives/> }/>
                <Route path=path!("sectors/:id") view=|| view! { <DetailPage view=View::Sectors/> }/>
                <Route path=path!("corridors/:id") view=|| view! { <DetailPage view=View::Corridors/> }/>
            </Routes>
        </main>
        <Footer/>
    }
}

/// Loads the dataset the URL names (`?data=`), or the bundled one, whenever that changes.
#[component]
fn DataFromUrl() -> impl IntoView {
    let data = use_data();
    let location = use_location();
    let wanted = Memo::new(move |_| {
        location.search.with(|s| match query::parse(s).0.data {
            Some(address) => DataSource::Address(address),
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

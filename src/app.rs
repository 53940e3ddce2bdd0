//! The app root: router, routes and the contexts every page reads (where the app is deployed, the
//! dataset in use).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};

use crate::components::shell::{DatasetBar, Footer, Header, SkipLink};
use crate::domain::query;
use crate::domain::route::{self, View};
use crate::pages::{
    collection::CollectionPage, compare::ComparePage, detail::DetailPage, home::HomePage,
    not_found::NotFound,
};
use crate::state::{DataContext, DataSource, Loaded, Status};

/// The path the app is served under (`""` or e.g. `"/explorer"`), shared as context so links can be
/// built without each view knowing about deployment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasePath(pub String);

impl BasePath {
    /// The full href of an app path such as `"/sectors"`.
    pub fn href(&self, path: &str) -> String {
        route::join(&self.0, path)
    }
}

/// Reads the [`BasePath`] context; `""` when none was provided.
pub fn use_base() -> BasePath {
    use_context::<BasePath>().unwrap_or_else(|| BasePath(String::new()))
}

/// The app as deployed: reads its base path from the document and renders the [`Shell`].
#[component]
pub fn App() -> impl IntoView {
    view! { <Shell base=crate::browser::base_path()/> }
}

/// The app shell under a given router base: header, navigation, routed main region and footer.
#[component]
pub fn Shell(
    /// The path the app is served under, without a trailing slash (`""` at the site root).
    base: String,
    /// A dataset to start with instead of fetching one (component tests).
    #[prop(optional)]
    preloaded: Option<Arc<Loaded>>,
) -> impl IntoView {
    provide_meta_context();
    provide_context(BasePath(base.clone()));
    let fetch = preloaded.is_none();
    provide_context(DataContext::new(preloaded));
    view! {
        <Router base=base>
            {fetch.then(|| view! { <DataFromUrl/> })}
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
                    <Route path=path!("initiatives/:id") view=|| view! { <DetailPage view=View::Initiatives/> }/>
                    <Route path=path!("sectors/:id") view=|| view! { <DetailPage view=View::Sectors/> }/>
                    <Route path=path!("corridors/:id") view=|| view! { <DetailPage view=View::Corridors/> }/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// Loads the dataset the URL names (`?data=`), or the bundled one, whenever that changes.
#[component]
fn DataFromUrl() -> impl IntoView {
    let data = crate::state::use_data();
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

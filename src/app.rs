//! The app root: router, routes and the context every page reads (where the app is deployed).

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

use crate::components::shell::{Footer, Header, SkipLink};
use crate::domain::route::{self, View};
use crate::pages::{collection::CollectionPage, home::HomePage, not_found::NotFound};

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
) -> impl IntoView {
    provide_meta_context();
    provide_context(BasePath(base.clone()));
    view! {
        <Router base=base>
            <SkipLink/>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("") view=HomePage/>
                    <Route
                        path=path!("initiatives")
                        view=|| view! { <CollectionPage view=View::Initiatives/> }
                    />
                    <Route
                        path=path!("sectors")
                        view=|| view! { <CollectionPage view=View::Sectors/> }
                    />
                    <Route
                        path=path!("corridors")
                        view=|| view! { <CollectionPage view=View::Corridors/> }
                    />
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

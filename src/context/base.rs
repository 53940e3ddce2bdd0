//! Where the app is deployed, and the one place in-app links are built: a route and a view state
//! become an href under the base path, in the current language.

use cooperation_core::href;
use cooperation_core::query::ViewState;
use cooperation_core::route::Route;
use leptos::prelude::*;

use super::locale::use_chosen_locale;

/// The path the app is served under (`""` at the site root, e.g. `"/explorer"` under a sub-path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasePath(pub String);

/// Builds in-app hrefs: the base path, the route, and the state in its canonical form, carrying the
/// language the URL names (a language a user chose stays chosen from page to page, and a copied
/// link reproduces it).
#[derive(Clone, Copy)]
pub struct Links {
    base: StoredValue<String>,
    chosen: Memo<Option<cooperation_l10n::Locale>>,
}

impl Links {
    /// The href of `route` showing `state`, with the chosen language unless `state` names one.
    /// (Links are drawn again when the language changes, so this does not track it.)
    pub fn href(&self, route: &Route, state: &ViewState) -> String {
        let mut state = state.clone();
        state.lang = state.lang.or(self.chosen.get_untracked());
        self.base.with_value(|b| href::href(b, route, &state))
    }

    /// The href of `route` showing `state` exactly, the language only if `state` names one (the
    /// canonical form of an address, which must not add what the user's address did not have).
    pub fn canonical(&self, route: &Route, state: &ViewState) -> String {
        self.base.with_value(|b| href::href(b, route, state))
    }

    /// A file the site serves, such as `data/cooperation.json`, under the base path.
    pub fn asset(&self, path: &str) -> String {
        self.base.with_value(|b| href::join(b, path))
    }
}

/// Provides [`Links`]; needs the locale context.
pub fn provide_links(base: String) {
    provide_context(BasePath(base.clone()));
    provide_context(Links {
        base: StoredValue::new(base),
        chosen: use_chosen_locale(),
    });
}

/// The link builder of the app.
pub fn use_links() -> Links {
    expect_context::<Links>()
}

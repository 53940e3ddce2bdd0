//! Where the app is deployed, and the one place in-app links are built: a route and a view state
//! become an href under the base path, at the address of the language in use (or of another, for
//! the language switcher).

use cooperation_core::address::href;
use cooperation_core::address::query::ViewState;
use cooperation_core::address::route::Route;
use cooperation_core::data::catalog::{Catalog, RecordRef};
use cooperation_l10n::Locale;
use leptos::prelude::*;

/// Builds in-app hrefs: the base path, the language's prefix, the route, and the state in its
/// canonical form (a language a user chose stays chosen from page to page, and a copied link
/// reproduces it).
#[derive(Clone, Copy)]
pub struct Links {
    base: StoredValue<String>,
    /// The site's origin as its pages name it (`https://example.org`; empty when the site was
    /// built without one, and its addresses are relative).
    origin: StoredValue<String>,
    lang: Memo<Locale>,
}

impl Links {
    /// The links of an app served under `base` (`""` at the site root, e.g. `"/explorer"` under a
    /// sub-path), in the language `lang`.
    pub fn new(base: String, origin: String, lang: Memo<Locale>) -> Links {
        Links {
            base: StoredValue::new(base),
            origin: StoredValue::new(origin),
            lang,
        }
    }

    /// The path the app is served under, without a trailing slash.
    pub fn base(&self) -> String {
        self.base.get_value()
    }

    /// The href of `route` showing `state`, in the language in use. (Links are drawn again when
    /// the language changes, so this does not track it.)
    pub fn href(&self, route: &Route, state: &ViewState) -> String {
        self.in_language(self.lang.get_untracked(), route, state)
    }

    /// The href of `route` showing `state` in `lang` (the language switcher's links).
    pub fn in_language(&self, lang: Locale, route: &Route, state: &ViewState) -> String {
        self.base.with_value(|b| href::href(b, lang, route, state))
    }

    /// Where a link to record `r` goes, carrying `carried`: its page, or for a theme or a party the
    /// initiatives that name it (see [`href::record_target`]).
    pub fn record(&self, catalog: &Catalog, r: RecordRef, carried: &ViewState) -> String {
        let (route, state) = href::record_target(r, catalog.id_of(r), carried);
        self.href(&route, &state)
    }

    /// A file the site serves, such as `data/cooperation.json`, under the base path.
    pub fn asset(&self, path: &str) -> String {
        self.base.with_value(|b| href::join(b, path))
    }

    /// An address of the site as its files name it (`/initiatives/x` under the base, after the
    /// site's origin when it was built with one): what the build writes into the CSV files, so
    /// that the app computes the same files.
    pub fn as_built(&self, path: &str) -> String {
        format!("{}{}", self.origin.get_value(), self.asset(path))
    }
}

/// Provides [`Links`].
pub fn provide_links(links: Links) {
    provide_context(links);
}

/// The link builder of the app.
pub fn use_links() -> Links {
    expect_context::<Links>()
}

//! The page for any path the app does not know.

use cooperation_core::address::query::ViewState;
use cooperation_core::address::route::Route;
use cooperation_l10n::Messages;
use leptos::prelude::*;

use crate::context::head::PageMeta;
use crate::context::links::use_links;
use crate::context::locale::locale;

/// Shown for unknown paths, with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    let links = use_links();
    let lang = locale();
    let home = links.href(&Route::Home, &ViewState::default());
    view! {
        <PageMeta title=lang.not_found_title() description=lang.not_found_text()/>
        <h1>{lang.not_found_title()}</h1>
        <p>{lang.not_found_text()}" "<a href=home>{lang.go_home()}</a></p>
    }
}

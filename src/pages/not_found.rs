//! The page for any path the app does not know.

use cooperation_core::query::ViewState;
use cooperation_core::route::Route;
use leptos::prelude::*;

use crate::components::shell::PageTitle;
use crate::context::base::use_links;
use crate::context::locale::locale;

/// Shown for unknown paths, with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    let links = use_links();
    let l = locale();
    let home = move || links.href(&Route::Home, &ViewState::default());
    view! {
        <PageTitle text=l.not_found_title()/>
        <h1>{l.not_found_title()}</h1>
        <p>{l.not_found_text()}" "<a href=home>{l.go_home()}</a></p>
    }
}

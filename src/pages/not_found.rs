//! The page for any path the app does not know.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::use_base;

/// Shown for unknown paths, with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    let base = use_base();
    view! {
        <Title text="Page not found · Cooperation Explorer"/>
        <h1>"Page not found"</h1>
        <p>"There is no page at this address. " <a href=base.href("/")>"Go to the start page"</a> "."</p>
    }
}

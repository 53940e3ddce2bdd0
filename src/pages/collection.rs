//! The list page of one view (initiatives, sectors or corridors).

use leptos::prelude::*;
use leptos_meta::Title;

use crate::domain::route::View;

/// The page listing the records of one view.
#[component]
pub fn CollectionPage(
    /// Which collection the page lists.
    view: View,
) -> impl IntoView {
    view! {
        <Title text=format!("{} · Cooperation Explorer", view.label())/>
        <h1>{view.label()}</h1>
    }
}

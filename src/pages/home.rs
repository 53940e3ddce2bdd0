//! The landing page: what the app holds and where to start.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::use_base;
use crate::components::open::OpenDataset;
use crate::domain::route::View;

/// The landing page with a short introduction and a link to each view.
#[component]
pub fn HomePage() -> impl IntoView {
    let base = use_base();
    view! {
        <Title text="Cooperation Explorer"/>
        <h1>"Cooperation Explorer"</h1>
        <p class="lede">
            "The cooperation proposals named in one news article on China–Kyrgyzstan relations — "
            "initiatives, sectors and the China–Kyrgyzstan–Uzbekistan economic corridor — each with the "
            "excerpt it comes from."
        </p>
        <ul class="start-links">
            {View::ALL
                .into_iter()
                .map(|v| {
                    view! {
                        <li>
                            <a href=base.href(&format!("/{}", v.segment()))>{v.label()}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <OpenDataset/>
    }
}

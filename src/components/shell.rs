//! The app frame around every page: skip link, header with navigation, footer naming the source.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::use_base;
use crate::domain::route::View;

/// A link that lets keyboard users jump past the navigation to the main region.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href="#main">"Skip to content"</a> }
}

/// The site header: product name (a link home) and the primary navigation.
#[component]
pub fn Header() -> impl IntoView {
    let base = use_base();
    view! {
        <header class="site-header">
            <a class="brand" href=base.href("/")>
                <span class="brand-mark" aria-hidden="true"></span>
                "Cooperation Explorer"
            </a>
            <nav aria-label="Primary">
                <ul class="nav-list">
                    {View::ALL.into_iter().map(|v| view! { <li><NavLink view=v/></li> }).collect_view()}
                </ul>
            </nav>
        </header>
    }
}

/// One primary navigation link; marked `aria-current="page"` while its view (or a record in it) is shown.
#[component]
pub fn NavLink(
    /// The view the link opens.
    view: View,
) -> impl IntoView {
    let base = use_base();
    let href = base.href(&format!("/{}", view.segment()));
    let location = use_location();
    let prefix = href.clone();
    let current = move || {
        location.pathname.with(|p| {
            p == &prefix
                || p.strip_prefix(&prefix)
                    .is_some_and(|rest| rest.starts_with('/'))
        })
    };
    view! {
        <a href=href aria-current=move || current().then_some("page")>
            {view.label()}
        </a>
    }
}

/// The site footer: where the data comes from and what it does not say.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Data: a news article on the meeting of China’s Assistant Foreign Minister Liu Bin with "
                "Kyrgyzstan’s Ambassador to China, Aktilek Musaeva. Every record quotes the passage it "
                "comes from; what the article does not state is shown as “not stated”."
            </p>
        </footer>
    }
}

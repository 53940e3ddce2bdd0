//! The app frame around every page: skip link, header with navigation, the dataset in use, and the
//! footer naming the source.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::use_base;
use crate::components::status::LoadFailure;
use crate::domain::query::ViewState;
use crate::domain::route::View;
use crate::state::{DataSource, Status, use_data};

/// A link that lets keyboard users jump past the navigation to the main region.
///
/// With a `<base href>` in the page a bare `#main` would resolve to the site root, so the click moves
/// focus itself instead of navigating.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::browser::focus_main();
    };
    view! { <a class="skip-link" href="#main" on:click=skip>"Skip to content"</a> }
}

/// An app path with the `data` parameter of a dataset given by address, so links keep it.
fn with_data(path: &str, data: Option<String>) -> String {
    let query = ViewState {
        data,
        ..ViewState::default()
    }
    .to_query();
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

/// The site header: product name (a link home) and the primary navigation.
#[component]
pub fn Header() -> impl IntoView {
    let base = use_base();
    let data = use_data();
    let home = move || base.href(&with_data("/", data.link_param()));
    view! {
        <header class="site-header">
            <a class="brand" href=home>
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
    let data = use_data();
    let path = base.href(&format!("/{}", view.segment()));
    let href = {
        let base = base.clone();
        move || {
            base.href(&with_data(
                &format!("/{}", view.segment()),
                data.link_param(),
            ))
        }
    };
    let location = use_location();
    let current = move || {
        location.pathname.with(|p| {
            p == &path
                || p.strip_prefix(&path)
                    .is_some_and(|rest| rest.starts_with('/'))
        })
    };
    view! {
        <a href=href aria-current=move || current().then_some("page")>
            {view.label()}
        </a>
    }
}

/// The dataset in use (always named, with a way back to the bundled one), and the outcome of
/// loading another.
#[component]
pub fn DatasetBar() -> impl IntoView {
    let data = use_data();
    let base = use_base();
    let navigate = leptos_router::hooks::use_navigate();
    let home = base.href("/");
    let back_to_bundled = move |_| {
        data.load(DataSource::Bundled);
        navigate(
            &home,
            leptos_router::NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        );
    };
    let name = move || {
        data.current()
            .map(|l| (l.explorer.catalog.data().name.clone(), l.source.clone()))
    };
    let status = move || match data.status() {
        Status::Loading(source) => Some(view! { <LoadProgress source/> }.into_any()),
        Status::Failed { source, error } if data.current().is_some() => {
            Some(view! { <LoadFailure source error/> }.into_any())
        }
        _ => None,
    };
    view! {
        <div class="dataset-bar">
            {move || name().map(|(name, source)| view! {
                <p class="dataset-name">
                    <span class="label">"Dataset: "</span>
                    <strong>{name}</strong>
                    {match source {
                        DataSource::Bundled => view! { <span class="dataset-source">" (bundled)"</span> }.into_any(),
                        other => view! {
                            <span class="dataset-source">{format!(" ({})", other.describe())}</span>
                            " "
                            <button type="button" class="link-button" on:click=back_to_bundled.clone()>"Back to the bundled dataset"</button>
                        }.into_any(),
                    }}
                </p>
            })}
            {status}
        </div>
    }
}

/// What is being loaded and how far it has got (bytes, and a progress bar when the size is known).
#[component]
pub fn LoadProgress(
    /// What is being loaded.
    source: DataSource,
) -> impl IntoView {
    let data = use_data();
    let text = move || match data.progress() {
        Some((read, Some(total))) if total > 0 => {
            format!("{} of {}", size(read), size(total))
        }
        Some((read, _)) if read > 0 => size(read),
        _ => String::new(),
    };
    let bar = move || {
        data.progress().and_then(|(read, total)| total.filter(|t| *t > 0).map(|t| (read, t))).map(|(read, total)| {
            view! { <progress max=total.to_string() value=read.to_string() aria-label="Loading progress"></progress> }
        })
    };
    view! {
        <div class="dataset-loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            <span>{format!("Loading {}…", source.describe())}</span>
            {bar}
            <span class="progress-text">{text}</span>
        </div>
    }
}

fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        let tenths = bytes * 10 / (1 << 20);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
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

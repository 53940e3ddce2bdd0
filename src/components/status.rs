//! Loading, failure and notice messages: what the app is doing with the dataset, and what it ignored
//! in the URL.

use leptos::prelude::*;

use crate::domain::query::Notice;
use crate::state::{DataSource, Failure, Status, use_data};

/// While no dataset is in use: a loading message, or the failure with a way to retry.
#[component]
pub fn DatasetPending() -> impl IntoView {
    let data = use_data();
    move || match data.status() {
        Status::Failed { source, error } => view! { <LoadFailure source error/> }.into_any(),
        Status::Loading(_) => view! { <p class="loading">"Loading the dataset…"</p> }.into_any(),
        Status::Idle => view! {
            <div class="loading" role="status" aria-live="polite">
                <span class="spinner" aria-hidden="true"></span>
                "Loading the dataset…"
            </div>
        }
        .into_any(),
    }
}

/// A failed load: what failed and why (each validation problem with its JSON path), with Retry for
/// fetched datasets and a way back to the bundled one.
#[component]
pub fn LoadFailure(
    /// What was being loaded.
    source: DataSource,
    /// Why it failed.
    error: Failure,
) -> impl IntoView {
    let data = use_data();
    let has_current = move || data.current().is_some();
    let retry_source = source.clone();
    let retry = matches!(source, DataSource::Bundled | DataSource::Address(_))
        .then(|| view! { <button type="button" on:click=move |_| data.load(retry_source.clone())>"Retry"</button> });
    let details = match error {
        Failure::Fetch(message) => view! { <p>{message}</p> }.into_any(),
        Failure::Invalid { problems, more } => {
            let n = problems.len() + more;
            view! {
                <p>{format!("It was rejected: {n} problem{} found.", if n == 1 { "" } else { "s" })}</p>
                <ul class="problems">
                    {problems.into_iter().map(|p| view! { <li><code>{p}</code></li> }).collect_view()}
                </ul>
                {(more > 0).then(|| view! { <p>{format!("…and {more} more.")}</p> })}
            }
            .into_any()
        }
    };
    view! {
        <div class="load-failure" role="alert">
            <h2>{format!("Could not use {}", source.describe())}</h2>
            {details}
            <p>
                {move || if has_current() {
                    "The dataset you were using is still loaded."
                } else {
                    ""
                }}
            </p>
            <div class="actions">
                {retry}
                {move || has_current().then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| data.dismiss()>"Dismiss"</button>
                })}
            </div>
        </div>
    }
}

/// A dismissible list of what the URL held that could not be used.
#[component]
pub fn Notices(
    /// The notices; dismissing clears them.
    notices: RwSignal<Vec<Notice>>,
) -> impl IntoView {
    move || {
        let list = notices.get();
        if list.is_empty() {
            return None;
        }
        Some(view! {
            <div class="notice" role="status">
                <div>
                    <p class="notice-title">"Some of the link’s settings were ignored:"</p>
                    <ul>{list.into_iter().map(|n| view! { <li>{n.to_string()}</li> }).collect_view()}</ul>
                </div>
                <button type="button" class="secondary" on:click=move |_| notices.set(Vec::new())>
                    "Dismiss"
                </button>
            </div>
        })
    }
}

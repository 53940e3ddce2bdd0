//! Loading, failure and notice messages: what the app is doing with the dataset, and what it ignored
//! in the URL.

use cooperation_core::address::query::Notice;
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

use crate::context::data::{DataSource, Failure, Status, use_data};
use crate::context::locale::locale;
use crate::words;

/// While no dataset is in use: a loading message, or the failure with a way to retry.
#[component]
pub fn DatasetPending() -> impl IntoView {
    let data = use_data();
    let lang = locale();
    move || match data.status() {
        Status::Failed { source, error } => view! { <LoadFailure source error/> }.into_any(),
        _ => view! {
            <div class="loading" role="status" aria-live="polite">
                <span class="spinner" aria-hidden="true"></span>
                {lang.loading_dataset()}
            </div>
        }
        .into_any(),
    }
}

/// A failed load: what failed and why (each validation problem with its JSON path, in the
/// validator's English), with Retry for fetched datasets and a way back to the bundled one.
#[component]
pub fn LoadFailure(
    /// What was being loaded.
    source: DataSource,
    /// Why it failed.
    error: Failure,
) -> impl IntoView {
    let data = use_data();
    let lang = locale();
    let has_current = move || data.current().is_some();
    let retry_source = source.clone();
    let retry = matches!(source, DataSource::Bundled | DataSource::Address(_)).then(|| {
        view! {
            <button type="button" on:click=move |_| data.load(retry_source.clone())>
                {lang.retry()}
            </button>
        }
    });
    let details = match error {
        Failure::Read(e) => view! { <p>{words::read_error(lang, &e)}</p> }.into_any(),
        Failure::Invalid(e) => {
            let n = e.problems.len() + e.more;
            let more = e.more;
            view! {
                <p>{lang.rejected_problems(n)}</p>
                <ul class="problems">
                    {e.problems.iter().map(|p| view! { <li><code lang="en">{p.to_string()}</code></li> }).collect_view()}
                </ul>
                {(more > 0).then(|| view! { <p>{lang.more_problems(more)}</p> })}
            }
            .into_any()
        }
    };
    view! {
        <div class="load-failure" role="alert">
            <h2>{lang.could_not_use(&source_name(lang, &source))}</h2>
            {details}
            {move || has_current().then(|| view! { <p>{lang.still_loaded()}</p> })}
            <div class="actions">
                {retry}
                {move || has_current().then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| data.dismiss()>
                        {lang.dismiss()}
                    </button>
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
    let lang = locale();
    move || {
        let list = notices.get();
        if list.is_empty() {
            return None;
        }
        Some(view! {
            <div class="notice" role="status">
                <div>
                    <p class="notice-title">{lang.notices_title()}</p>
                    <ul>
                        {list.into_iter().map(|n| view! {
                            <li>{lang.notice_ignored()}" "<code>{n.param.clone()}</code>": "{words::reason(lang, &n.reason)}</li>
                        }).collect_view()}
                    </ul>
                </div>
                <button type="button" class="secondary" on:click=move |_| notices.set(Vec::new())>
                    {lang.dismiss()}
                </button>
            </div>
        })
    }
}

/// A dataset's origin in a sentence: "the bundled dataset", "the file x.json".
pub fn source_name(lang: Locale, source: &DataSource) -> String {
    match source {
        DataSource::Bundled => lang.source_name_bundled().into(),
        DataSource::Address(a) => lang.source_name_address(a),
        DataSource::File(f) => lang.source_name_file(f),
    }
}

/// A dataset's origin beside its name: "(bundled)", "(the file x.json)".
pub fn source_text(lang: Locale, source: &DataSource) -> String {
    match source {
        DataSource::Bundled => lang.source_bundled().into(),
        DataSource::Address(a) => lang.source_address(a),
        DataSource::File(f) => lang.source_file(f),
    }
}

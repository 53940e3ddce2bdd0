//! The comparison page: the records named by `compare=` side by side.

use cooperation_core::catalog::RecordRef;
use cooperation_core::compare::view_of;
use cooperation_core::query::{self, ViewState};
use cooperation_core::route::{Route, View};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::compare::CompareTable;
use crate::components::shell::PageTitle;
use crate::components::status::DatasetPending;
use crate::context::base::use_links;
use crate::context::data::use_data;
use crate::context::locale::locale;
use crate::words;

/// Compares the records the URL names.
#[component]
pub fn ComparePage() -> impl IntoView {
    let data = use_data();
    let location = use_location();
    let links = use_links();
    let l = locale();
    move || {
        let lang = l;
        let Some(loaded) = data.current() else {
            return view! { <PageTitle text=l.compare_title()/><h1>{lang.compare_title()}</h1><DatasetPending/> }
                .into_any();
        };
        let (state, _) = location.search.with(|s| query::parse(s));
        let c = &loaded.explorer.catalog;
        let records: Vec<RecordRef> = state
            .compare
            .iter()
            .filter_map(|id| c.lookup(id).filter(|r| view_of(*r).is_some()))
            .collect();
        let unknown = state.compare.len() - records.len();
        let kept = ViewState {
            compare: records.iter().map(|&r| c.id_of(r).to_string()).collect(),
            ..state.carried()
        };
        let back = links.href(&Route::List(View::Initiatives), &kept);
        view! {
            <PageTitle text=l.compare_title()/>
            <p class="back"><a href=back>{words::back_to(lang, View::Initiatives)}</a></p>
            <h1>{lang.compare_title()}</h1>
            {(unknown > 0).then(|| view! {
                <div class="notice" role="status"><p>{lang.compare_unknown(unknown)}</p></div>
            })}
            {if records.is_empty() {
                view! { <p>{lang.compare_empty()}</p> }.into_any()
            } else {
                view! { <CompareTable loaded records state=kept/> }.into_any()
            }}
        }
        .into_any()
    }
}

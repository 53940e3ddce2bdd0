//! The comparison page: the records named by `compare=` side by side.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

use crate::app::use_base;
use crate::components::compare::CompareTable;
use crate::components::status::DatasetPending;
use crate::domain::compare::view_of;
use crate::domain::query::{self, ViewState};
use crate::domain::route::View;
use crate::state::{record_href, use_data};

/// Compares the records the URL names.
#[component]
pub fn ComparePage() -> impl IntoView {
    let data = use_data();
    let location = use_location();
    let base = use_base();
    move || {
        let Some(loaded) = data.current() else {
            return view! { <h1>"Compare records"</h1><DatasetPending/> }.into_any();
        };
        let (state, _) = location.search.with(|s| query::parse(s));
        let views: Vec<(String, View)> = state
            .compare
            .iter()
            .filter_map(|id| Some((id.clone(), view_of(loaded.explorer.catalog.lookup(id)?)?)))
            .collect();
        let unknown = state.compare.len() - views.len();
        let known: Vec<String> = views.iter().map(|(id, _)| id.clone()).collect();
        let record = {
            let base = base.clone();
            let data_param = state.data.clone();
            Callback::new(move |id: String| {
                let view = views
                    .iter()
                    .find(|(i, _)| *i == id)
                    .map_or(View::Initiatives, |(_, v)| *v);
                record_href(&base, view, &id, data_param.as_deref())
            })
        };
        let kept = ViewState {
            compare: state.compare.clone(),
            data: state.data.clone(),
            ..ViewState::default()
        };
        let without = {
            let base = base.clone();
            let kept = kept.clone();
            Callback::new(move |id: String| {
                let mut next = kept.clone();
                next.compare.retain(|c| *c != id);
                base.href(&format!("/compare?{}", next.to_query()))
            })
        };
        let back = base.href(&crate::state::page_path(View::Initiatives, &kept));
        let empty = known.is_empty();
        view! {
            <Title text="Compare · Cooperation Explorer"/>
            <p class="back"><a href=back>"← Back to initiatives"</a></p>
            <h1>"Compare records"</h1>
            {(unknown > 0).then(|| view! {
                <div class="notice" role="status">
                    <p>{format!("{unknown} id(s) in the link name no initiative, sector or corridor of this dataset and were left out.")}</p>
                </div>
            })}
            {if empty {
                view! { <p>"Choose two to four records with their “Compare” buttons."</p> }.into_any()
            } else {
                view! { <CompareTable loaded ids=known record_href=record without_href=without/> }.into_any()
            }}
        }
        .into_any()
    }
}

//! Comparing two to four records side by side: a toggle on each card and row, a bar listing the
//! chosen ones, and the comparison page. The choice lives in the URL (`compare=`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::compare::{self, FIELDS};
use crate::domain::query::{MAX_COMPARE, ViewState};
use crate::state::{Loaded, PageState};

/// The state with `id` added to or removed from the comparison.
fn toggled(state: &ViewState, id: &str) -> ViewState {
    let mut next = state.clone();
    if let Some(at) = next.compare.iter().position(|c| c == id) {
        next.compare.remove(at);
    } else if next.compare.len() < MAX_COMPARE {
        next.compare.push(id.to_string());
    }
    next
}

/// "Compare" on a card or row: pressed while the record is in the comparison.
#[component]
pub fn CompareToggle(
    /// The page's URL state.
    page: PageState,
    /// The record's id.
    id: String,
    /// The record's name (for the accessible label).
    name: String,
) -> impl IntoView {
    let id2 = id.clone();
    let id = StoredValue::new(id);
    let pressed = move || page.compare.with(|c| id.with_value(|id| c.contains(id)));
    let full = move || page.compare.with(|c| c.len() >= MAX_COMPARE);
    let on_click = move |_| {
        let next = page.state.with(|s| toggled(s, &id2));
        page.set(&next, false);
    };
    view! {
        <button
            type="button"
            class="compare-toggle secondary"
            aria-pressed=move || pressed().to_string()
            disabled=move || !pressed() && full()
            aria-label=format!("Compare {name}")
            on:click=on_click
        >
            {move || if pressed() { "✓ Comparing" } else { "Compare" }}
        </button>
    }
}

/// The records chosen for comparison, with a link to compare them.
#[component]
pub fn CompareBar(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
) -> impl IntoView {
    move || {
        let state = page.state.get();
        if state.compare.is_empty() {
            return None;
        }
        let c = &loaded.explorer.catalog;
        let chosen = state
            .compare
            .iter()
            .map(|id| {
                let href = page.href(&toggled(&state, id));
                let name = c.name_of_id(id).to_string();
                view! {
                    <li class="chip">
                        {name.clone()}
                        " "
                        <a href=href aria-label=format!("Stop comparing {name}")>"×"</a>
                    </li>
                }
            })
            .collect_view();
        let compare = ViewState {
            compare: state.compare.clone(),
            data: state.data.clone(),
            ..ViewState::default()
        };
        let href = page.base_href(&format!("/compare?{}", compare.to_query()));
        let mut cleared = state.clone();
        cleared.compare.clear();
        let n = state.compare.len();
        Some(view! {
            <div class="compare-bar" role="region" aria-label="Comparison">
                <span>{format!("Comparing {n} of up to {MAX_COMPARE}:")}</span>
                <ul class="chips">{chosen}</ul>
                {(n >= 2).then(|| view! { <a class="button-link" href=href>"Compare side by side →"</a> })}
                <a href=page.href(&cleared)>"Clear"</a>
            </div>
        })
    }
}

/// The comparison table: one column per record, one row per field.
#[component]
pub fn CompareTable(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The record ids, in order.
    ids: Vec<String>,
    /// Builds a record's href.
    record_href: Callback<String, String>,
    /// Builds the href of the comparison without one record.
    without_href: Callback<String, String>,
) -> impl IntoView {
    let c = &loaded.explorer.catalog;
    let records: Vec<(String, String, [String; 11])> = ids
        .iter()
        .filter_map(|id| {
            let r = c.lookup(id)?;
            Some((id.clone(), c.name_of(r).to_string(), compare::fields(c, r)?))
        })
        .collect();
    let heads = records
        .iter()
        .map(|(id, name, _)| {
            let href = record_href.run(id.clone());
            let remove = without_href.run(id.clone());
            view! {
                <th scope="col">
                    <a href=href>{name.clone()}</a>
                    <a class="remove" href=remove aria-label=format!("Remove {name} from the comparison")>"Remove"</a>
                </th>
            }
        })
        .collect_view();
    let rows = FIELDS
        .iter()
        .enumerate()
        .map(|(f, label)| {
            let cells = records
                .iter()
                .map(|(_, _, values)| {
                    let v = values[f].clone();
                    if v.is_empty() {
                        view! { <td class="missing">"not stated"</td> }.into_any()
                    } else {
                        view! { <td>{v}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{*label}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label="Comparison table">
            <table class="compare-table">
                <caption class="visually-hidden">"Records side by side"</caption>
                <thead><tr><td></td>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

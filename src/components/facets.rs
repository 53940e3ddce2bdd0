//! The filter panel: one fieldset per facet (checkboxes with counts), a year range, the active
//! filters as removable chips, and "clear all".

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::explore::{Facet, Selection};
use crate::domain::query::ViewState;
use crate::state::{Loaded, PageState};

/// How many options a facet shows before "Show all".
const SHOWN: usize = 8;

/// The filter panel of a view.
#[component]
pub fn FacetPanel(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection (for counts).
    selection: Memo<Selection>,
) -> impl IntoView {
    let index = loaded.explorer.view(page.view());
    let groups = (0..index.facets.len())
        .map(|f| {
            view! { <FacetGroup loaded=loaded.clone() page selection facet=f/> }
        })
        .collect_view();
    let years = index
        .year_bounds
        .map(|bounds| view! { <YearRange page bounds/> });
    view! {
        <div class="facet-panel">
            <h2 class="panel-title">"Filter"</h2>
            {groups}
            {years}
        </div>
    }
}

/// One facet as a fieldset of checkboxes, each with the count it would give.
#[component]
fn FacetGroup(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection (for counts).
    selection: Memo<Selection>,
    /// The facet's position in the view's facet list.
    facet: usize,
) -> impl IntoView {
    let view = page.view();
    let f: &Facet = &loaded.explorer.view(view).facets[facet];
    let key = f.key;
    let legend = f.label;
    let many = f.options.len() > SHOWN;
    let expanded = RwSignal::new(false);
    let list_id = format!("facet-{}", key.slug());
    // This facet's selected values alone, so that typing (or any other change) leaves the
    // checkboxes untouched.
    let selected = Memo::new(move |_| page.state.with(|s| s.selected(key).to_vec()));
    let options = f
        .options
        .iter()
        .enumerate()
        .map(|(o, opt)| {
            let value = opt.value.clone();
            let label = opt.label.clone();
            let input_id = format!("f-{}-{}", key.slug(), value);
            let checked = {
                let value = value.clone();
                move || selected.with(|s| s.contains(&value))
            };
            let count = move || selection.with(|s| s.counts.get(facet).and_then(|c| c.get(o)).copied().unwrap_or(0));
            let checked_for_hidden = checked.clone();
            let hidden = move || many && !expanded.get() && o >= SHOWN && !checked_for_hidden();
            let toggle = {
                let value = value.clone();
                move |_| {
                    let next = page.state.with(|s| s.toggled(key, &value));
                    page.set(&next, false);
                }
            };
            let checked_attr = checked.clone();
            view! {
                <li class="facet-option" hidden=hidden>
                    <input type="checkbox" id=input_id.clone() prop:checked=checked_attr on:change=toggle/>
                    <label for=input_id>
                        <span class="facet-label">{label}</span>
                        <span class="facet-count" class:zero=move || count() == 0>{count}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let total = f.options.len();
    view! {
        <fieldset class="facet">
            <legend>{legend}</legend>
            <ul class="facet-options" id=list_id.clone()>{options}</ul>
            {many.then(|| view! {
                <button
                    type="button"
                    class="link-button"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=list_id.clone()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || if expanded.get() { "Show fewer".to_string() } else { format!("Show all {total}") }}
                </button>
            })}
        </fieldset>
    }
}

/// The year range: two number inputs bounded by the years the view's records state.
#[component]
fn YearRange(
    /// The page's URL state.
    page: PageState,
    /// The earliest and latest stated year.
    bounds: (i32, i32),
) -> impl IntoView {
    let (lo, hi) = bounds;
    let set_year = move |page: &PageState, which: &'static str, raw: String| {
        let mut next: ViewState = page.state.get_untracked();
        let year = raw
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|y| crate::domain::catalog::YEARS.contains(y));
        if which == "from" {
            next.from = year;
        } else {
            next.to = year;
        }
        next.page = 1;
        page.set(&next, false);
    };
    let p1 = page;
    let p2 = page;
    let p3 = page;
    let p4 = page;
    view! {
        <fieldset class="facet years">
            <legend>"Years stated"</legend>
            <p class="hint">{format!("Records with a stated year ({lo}–{hi}) overlapping:")}</p>
            <div class="year-inputs">
                <label>
                    "From"
                    <input
                        type="number"
                        inputmode="numeric"
                        min=lo
                        max=hi
                        prop:value=move || p1.state.with(|s| s.from.map(|y| y.to_string()).unwrap_or_default())
                        on:change=move |ev| set_year(&p2, "from", event_target_value(&ev))
                    />
                </label>
                <label>
                    "To"
                    <input
                        type="number"
                        inputmode="numeric"
                        min=lo
                        max=hi
                        prop:value=move || p3.state.with(|s| s.to.map(|y| y.to_string()).unwrap_or_default())
                        on:change=move |ev| set_year(&p4, "to", event_target_value(&ev))
                    />
                </label>
            </div>
        </fieldset>
    }
}

/// The active filters as removable chips, and "clear all".
#[component]
pub fn ActiveFilters(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
) -> impl IntoView {
    let view = page.view();
    let chips = move || {
        let index = loaded.explorer.view(view);
        let state = page.state.get();
        let mut chips: Vec<(String, ViewState)> = Vec::new();
        if !state.q.trim().is_empty() {
            let mut next = state.clone();
            next.q.clear();
            next.page = 1;
            chips.push((format!("Search: “{}”", state.q.trim()), next));
        }
        for (key, values) in &state.facets {
            let Some(f) = index.facet(*key) else { continue };
            for v in values {
                let label = f
                    .option_index(v)
                    .map_or(v.clone(), |o| f.options[o].label.clone());
                chips.push((format!("{}: {label}", f.label), state.toggled(*key, v)));
            }
        }
        if state.from.is_some() || state.to.is_some() {
            let mut next = state.clone();
            next.from = None;
            next.to = None;
            next.page = 1;
            let range = match (state.from, state.to) {
                (Some(a), Some(b)) => format!("{a}–{b}"),
                (Some(a), None) => format!("from {a}"),
                (None, Some(b)) => format!("until {b}"),
                (None, None) => String::new(),
            };
            chips.push((format!("Years: {range}"), next));
        }
        if chips.is_empty() {
            return None;
        }
        let cleared = page.href(&state.cleared());
        let items = chips
            .into_iter()
            .map(|(label, next)| {
                let href = page.href(&next);
                let aria = format!("Remove filter {label}");
                view! {
                    <li>
                        <a class="chip removable" href=href aria-label=aria>
                            <span>{label}</span>
                            <span aria-hidden="true">" ×"</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="active-filters">
                <h2 class="visually-hidden">"Active filters"</h2>
                <ul class="chips">{items}</ul>
                <a class="clear-all" href=cleared>"Clear all"</a>
            </div>
        })
    };
    view! { {chips} }
}

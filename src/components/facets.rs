//! The filter panel: one fieldset per facet (checkboxes with the count each would give), a year
//! range, and the active filters as removable chips with "clear all".

use std::sync::Arc;

use cooperation_core::catalog::YEARS;
use cooperation_core::explore::{Facet, Selection};
use cooperation_core::query::ViewState;
use leptos::prelude::*;

use crate::components::highlight::name_view;
use crate::context::data::Loaded;
use crate::context::locale::locale;
use crate::context::page::PageState;
use crate::words;

/// How many options a facet shows before "Show all".
const SHOWN: usize = 8;

/// The filters of a view: a sidebar on wide screens; on a phone, a panel behind the
/// [`FiltersButton`] that covers the page while open (a modal dialog: focus stays inside, Escape or
/// the close button closes it, and focus returns to the button).
#[component]
pub fn FilterPanel(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection (for counts).
    selection: Memo<Selection>,
    /// Whether the phone panel is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let l = locale();
    let view = page.view();
    let index = loaded.explorer.view(view);
    let groups = (0..index.facets.len())
        .map(|f| view! { <FacetGroup loaded=loaded.clone() page selection facet=f/> })
        .collect_view();
    let years = index
        .year_bounds
        .map(|bounds| view! { <YearRange page bounds/> });
    let inferred = index
        .has_inferred()
        .then(|| view! { <InferredToggle page/> });
    let close = move || {
        open.set(false);
        crate::browser::page::set_drawer_open(false);
        crate::browser::page::focus_id("filters-button", false);
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if !open.get_untracked() {
            return;
        }
        match ev.key().as_str() {
            "Escape" => {
                ev.prevent_default();
                close();
            }
            "Tab" => crate::browser::page::keep_tab_within("filters", &ev),
            _ => {}
        }
    };
    // Opening moves focus into the panel (its close button).
    Effect::new(move |_| {
        if open.get() {
            crate::browser::page::set_drawer_open(true);
            request_animation_frame(|| {
                crate::browser::page::focus_id("filters-close", false);
            });
        }
    });
    on_cleanup(|| crate::browser::page::set_drawer_open(false));
    let show = move || {
        let n = selection.with(|s| s.matches.len());
        l.filters_show(&words::count(l, view, n))
    };
    view! {
        <aside
            id="filters"
            class="filters"
            class:open=move || open.get()
            aria-labelledby="filters-title"
            role=move || open.get().then_some("dialog")
            aria-modal=move || open.get().then_some("true")
            on:keydown=on_key
        >
            <div class="facet-panel">
                <div class="panel-head">
                    <h2 class="panel-title" id="filters-title">{l.filters_title()}</h2>
                    <button type="button" id="filters-close" class="panel-close secondary" on:click=move |_| close()>
                        <span aria-hidden="true">"×"</span>
                        <span class="visually-hidden">{l.filters_close()}</span>
                    </button>
                </div>
                {inferred}
                {groups}
                {years}
                <button type="button" class="panel-done" on:click=move |_| close()>{show}</button>
            </div>
        </aside>
    }
}

/// On a phone: the button that opens the filters, showing how many are active.
#[component]
pub fn FiltersButton(
    /// The page's URL state.
    page: PageState,
    /// Whether the phone panel is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let l = locale();
    let active = Memo::new(move |_| page.state.with(|s| s.active_filters()));
    view! {
        <button
            type="button"
            id="filters-button"
            class="filters-button secondary"
            aria-controls="filters"
            aria-expanded=move || open.get().to_string()
            aria-label=move || l.filters_button_label(active.get())
            on:click=move |_| open.set(true)
        >
            {move || l.filters_button(active.get())}
        </button>
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
    let l = locale();
    let f: &Facet = &loaded.explorer.view(page.view()).facets[facet];
    let (key, derived) = (f.key, f.derived);
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
            let value = StoredValue::new(opt.value.clone());
            let input_id = format!("f-{}-{}", key.slug(), opt.value);
            let checked = move || selected.with(|s| value.with_value(|v| s.contains(v)));
            let count = move || {
                selection.with(|s| s.counts.get(facet).and_then(|c| c.get(o)).copied().unwrap_or(0))
            };
            let hidden = move || many && !expanded.get() && o >= SHOWN && !checked();
            let toggle = move |_| {
                let next = page.state.with(|s| value.with_value(|v| s.toggled(key, v)));
                page.set(&next, false);
            };
            let label = {
                let loaded = loaded.clone();
                move || {
                    let f = &loaded.explorer.view(page.view()).facets[facet];
                    name_view(words::option(l, &loaded.explorer.catalog, key, &f.options[o]))
                }
            };
            view! {
                <li class="facet-option" hidden=hidden>
                    <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle/>
                    <label for=input_id>
                        <span class="facet-label">{label}</span>
                        <span class="facet-count" class:zero=move || count() == 0>{move || l.number(count() as usize)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let total = f.options.len();
    view! {
        <fieldset class="facet">
            <legend>{words::facet(l, key, derived)}</legend>
            <ul class="facet-options" id=list_id.clone()>{options}</ul>
            {many.then(|| view! {
                <button
                    type="button"
                    class="link-button"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=list_id.clone()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || if expanded.get() { l.show_fewer().to_string() } else { l.show_all(total) }}
                </button>
            })}
        </fieldset>
    }
}

/// Whether facets and charts count links the dataset marks as inferred (off by default: only what an
/// excerpt states). Shown only when including them changes some facet of the view.
#[component]
fn InferredToggle(
    /// The page's URL state.
    page: PageState,
) -> impl IntoView {
    let l = locale();
    let checked = Memo::new(move |_| page.state.with(|s| s.inferred));
    let toggle = move |_| {
        let next = page.state.with(|s| s.with_inferred(!s.inferred));
        page.set(&next, false);
    };
    view! {
        <fieldset class="facet inferred-toggle">
            <legend>{l.inferred_legend()}</legend>
            <div class="facet-option">
                <input
                    type="checkbox"
                    id="f-inferred"
                    aria-describedby="f-inferred-hint"
                    prop:checked=move || checked.get()
                    on:change=toggle
                />
                <label for="f-inferred">{l.inferred_include()}</label>
            </div>
            <p class="hint" id="f-inferred-hint">{l.inferred_include_hint()}</p>
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
    let l = locale();
    let (lo, hi) = bounds;
    let set_year = move |from: bool, raw: String| {
        let mut next: ViewState = page.state.get_untracked();
        let year = raw.trim().parse::<i32>().ok().filter(|y| YEARS.contains(y));
        if from {
            next.from = year;
        } else {
            next.to = year;
        }
        next.page = 1;
        page.set(&next, false);
    };
    let year_of = move |from: bool| {
        page.state.with(|s| {
            if from { s.from } else { s.to }
                .map(|y| y.to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <fieldset class="facet years">
            <legend>{l.years_title()}</legend>
            <p class="hint">{l.years_hint(&lo.to_string(), &hi.to_string())}</p>
            <div class="year-inputs">
                <label>
                    {l.years_from()}
                    <input
                        type="number"
                        inputmode="numeric"
                        min=lo
                        max=hi
                        prop:value=move || year_of(true)
                        on:change=move |ev| set_year(true, event_target_value(&ev))
                    />
                </label>
                <label>
                    {l.years_to()}
                    <input
                        type="number"
                        inputmode="numeric"
                        min=lo
                        max=hi
                        prop:value=move || year_of(false)
                        on:change=move |ev| set_year(false, event_target_value(&ev))
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
    let l = locale();
    let view = page.view();
    move || {
        let lang = l;
        let index = loaded.explorer.view(view);
        let c = &loaded.explorer.catalog;
        let state = page.state.get();
        let mut chips: Vec<(String, AnyView, ViewState)> = Vec::new();
        if !state.q.trim().is_empty() {
            let mut next = state.clone();
            next.q.clear();
            next.page = 1;
            let q = state.q.trim().to_string();
            chips.push((lang.chip_search(&q), lang.chip_search(&q).into_any(), next));
        }
        for (key, values) in &state.facets {
            let Some(f) = index.facet(*key) else { continue };
            for v in values {
                let Some(o) = f.option_index(v) else { continue };
                let name = words::option(lang, c, *key, &f.options[o]);
                let facet = words::facet(lang, *key, f.derived);
                let text = lang.chip_facet(facet, &name.text);
                let shown =
                    view! { {lang.chip_facet_prefix(facet)}" "{name_view(name)} }.into_any();
                chips.push((text, shown, state.toggled(*key, v)));
            }
        }
        if state.from.is_some() || state.to.is_some() {
            let mut next = state.clone();
            next.from = None;
            next.to = None;
            next.page = 1;
            let range = match (state.from, state.to) {
                (Some(a), Some(b)) => format!("{a}–{b}"),
                (Some(a), None) => lang.years_since(&a.to_string()),
                (None, Some(b)) => lang.years_until(&b.to_string()),
                (None, None) => String::new(),
            };
            let text = lang.chip_years(&range);
            chips.push((text.clone(), text.into_any(), next));
        }
        if chips.is_empty() {
            return None;
        }
        let cleared = page.href(&state.cleared());
        let items = chips
            .into_iter()
            .map(|(text, shown, next)| {
                let href = page.href(&next);
                view! {
                    <li>
                        <a class="chip removable" href=href aria-label=lang.remove_filter(&text)>
                            <span>{shown}</span>
                            <span aria-hidden="true">" ×"</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <div class="active-filters">
                <h2 class="visually-hidden">{lang.active_filters()}</h2>
                <ul class="chips">{items}</ul>
                <a class="clear-all" href=cleared>{lang.clear_all()}</a>
            </div>
        })
    }
}

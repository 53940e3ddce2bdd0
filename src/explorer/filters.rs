//! The filter panel: one fieldset per facet (checkboxes with the count each would give), a year
//! range, the switch for inferred links, and the active filters as removable chips with "clear all".

use cooperation_core::address::query::{Constraint, FacetKey, ViewState};
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

use crate::components::markup::Markup;
use crate::context::locale::locale;
use crate::explorer::controller::ListState;
use crate::words;

/// How many options a facet shows before "Show all".
const SHOWN: usize = 8;

/// The filters of a view: a sidebar on wide screens; on a phone, a panel behind the
/// [`FiltersButton`] that covers the page while open (a modal dialog: focus stays inside, Escape or
/// the close button closes it, and focus returns to the button).
#[component]
pub fn FilterPanel(
    /// The list page's state.
    list: ListState,
    /// Whether the phone panel is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let lang = locale();
    let view = list.view();
    let (facets, years, inferred) =
        list.with_index(|index, _| (index.facets.len(), index.year_bounds, index.has_inferred()));
    let groups = (0..facets)
        .map(|facet| view! { <FacetGroup list facet/> })
        .collect_view();
    let years = years.map(|bounds| view! { <YearRange list bounds/> });
    let inferred = inferred.then(|| view! { <InferredToggle list/> });
    let close = move || {
        open.set(false);
        crate::browser::page::set_drawer_open(false);
        crate::browser::page::focus_id("filters-button");
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
    // Opening moves focus into the panel (its close button); leaving the page with the panel open
    // lets the page scroll again.
    Effect::new(move |_| {
        if open.get() {
            crate::browser::page::set_drawer_open(true);
            request_animation_frame(|| {
                crate::browser::page::focus_id("filters-close");
            });
        }
        on_cleanup(|| crate::browser::page::set_drawer_open(false));
    });
    let show = move || {
        let n = list.selection.with(|s| s.matches.len());
        lang.filters_show(&words::count(lang, view, n))
    };
    view! {
        <aside
            id="filters"
            class="filters needs-js"
            class:open=move || open.get()
            aria-labelledby="filters-title"
            role=move || open.get().then_some("dialog")
            aria-modal=move || open.get().then_some("true")
            on:keydown=on_key
        >
            <div class="facet-panel">
                <div class="panel-head">
                    <h2 class="panel-title" id="filters-title">{lang.filters_title()}</h2>
                    <button type="button" id="filters-close" class="panel-close secondary" on:click=move |_| close()>
                        <span aria-hidden="true">"×"</span>
                        <span class="visually-hidden">{lang.filters_close()}</span>
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
    /// The list page's state.
    list: ListState,
    /// Whether the phone panel is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let lang = locale();
    let active = Memo::new(move |_| list.state.with(ViewState::active_filters));
    view! {
        <button
            type="button"
            id="filters-button"
            class="filters-button secondary needs-js"
            aria-controls="filters"
            aria-expanded=move || open.get().to_string()
            aria-label=move || lang.filters_button_label(active.get())
            on:click=move |_| open.set(true)
        >
            {move || lang.filters_button(active.get())}
        </button>
    }
}

/// One facet as a fieldset of checkboxes, each with the count it would give.
#[component]
fn FacetGroup(
    /// The list page's state.
    list: ListState,
    /// The facet's position in the view's facet list.
    facet: usize,
) -> impl IntoView {
    let lang = locale();
    let (key, derived, options) = list.with_index(|index, loaded| {
        let f = &index.facets[facet];
        let options: Vec<(String, String)> = f
            .options
            .iter()
            .map(|option| {
                let mut label = Markup::default();
                label.name(&words::option(
                    lang,
                    &loaded.explorer.catalog,
                    f.key,
                    option,
                ));
                (option.value.clone(), label.finish())
            })
            .collect();
        (f.key, f.derived, options)
    });
    let many = options.len() > SHOWN;
    let total = options.len();
    let expanded = RwSignal::new(false);
    let list_id = format!("facet-{}", key.slug());
    // This facet's selected values alone, so that typing (or any other change) leaves the
    // checkboxes untouched.
    let selected = Memo::new(move |_| list.state.with(|s| s.selected(key).to_vec()));
    let options = options
        .into_iter()
        .enumerate()
        .map(|(o, (value, label))| {
            let input_id = format!("f-{}-{value}", key.slug());
            let value = StoredValue::new(value);
            let checked = move || selected.with(|s| value.with_value(|v| s.contains(v)));
            let count = move || {
                list.selection
                    .with(|s| s.counts.get(facet).and_then(|c| c.get(o)).copied().unwrap_or(0))
            };
            let hidden = move || many && !expanded.get() && o >= SHOWN && !checked();
            let toggle = move |_| {
                let next = list
                    .state
                    .with_untracked(|s| value.with_value(|v| s.toggled(key, v)));
                list.show(next);
            };
            view! {
                <li class="facet-option" hidden=hidden>
                    <input type="checkbox" id=input_id.clone() checked=checked prop:checked=checked on:change=toggle/>
                    <label for=input_id>
                        <span class="facet-label" inner_html=label></span>
                        <span class="facet-count" class:zero=move || count() == 0>{move || lang.number(count() as usize)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet">
            <legend>{words::facet(lang, key, derived)}</legend>
            <ul class="facet-options" id=list_id.clone()>{options}</ul>
            {many.then(|| view! {
                <button
                    type="button"
                    class="link-button"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=list_id.clone()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || if expanded.get() { lang.show_fewer().to_string() } else { lang.show_all(total) }}
                </button>
            })}
        </fieldset>
    }
}

/// Whether facets and charts count links the dataset marks as inferred (off by default: only what an
/// excerpt states). Shown only when including them changes some facet of the view.
#[component]
fn InferredToggle(
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let lang = locale();
    let checked = Memo::new(move |_| list.state.with(|s| s.inferred));
    let toggle = move |_| {
        let next = list.state.with_untracked(|s| s.with_inferred(!s.inferred));
        list.show(next);
    };
    view! {
        <fieldset class="facet inferred-toggle">
            <legend>{lang.inferred_legend()}</legend>
            <div class="facet-option">
                <input
                    type="checkbox"
                    id="f-inferred"
                    aria-describedby="f-inferred-hint"
                    checked=move || checked.get()
                    prop:checked=move || checked.get()
                    on:change=toggle
                />
                <label for="f-inferred">{lang.inferred_include()}</label>
            </div>
            <p class="hint" id="f-inferred-hint">{lang.inferred_include_hint()}</p>
        </fieldset>
    }
}

/// A year typed into the year range: a whole number, or nothing.
fn typed_year(raw: &str) -> Option<i32> {
    raw.trim().parse::<i32>().ok()
}

/// The year range: two number inputs bounded by the years the view's records state.
#[component]
fn YearRange(
    /// The list page's state.
    list: ListState,
    /// The earliest and latest stated year.
    bounds: (i32, i32),
) -> impl IntoView {
    let lang = locale();
    let (earliest, latest) = bounds;
    let shown = |year: Option<i32>| year.map(|y| y.to_string()).unwrap_or_default();
    let from = Memo::new(move |_| list.state.with(|s| s.from));
    let to = Memo::new(move |_| list.state.with(|s| s.to));
    let on_from = move |ev| {
        let next = list
            .state
            .with_untracked(|s| s.with_from(typed_year(&event_target_value(&ev))));
        list.show(next);
    };
    let on_to = move |ev| {
        let next = list
            .state
            .with_untracked(|s| s.with_to(typed_year(&event_target_value(&ev))));
        list.show(next);
    };
    view! {
        <fieldset class="facet years">
            <legend>{lang.years_title()}</legend>
            <p class="hint">{lang.years_hint(&earliest.to_string(), &latest.to_string())}</p>
            <div class="year-inputs">
                <label>
                    {lang.years_from()}
                    <input
                        type="number"
                        inputmode="numeric"
                        min=earliest
                        max=latest
                        value=move || shown(from.get())
                        prop:value=move || shown(from.get())
                        on:change=on_from
                    />
                </label>
                <label>
                    {lang.years_to()}
                    <input
                        type="number"
                        inputmode="numeric"
                        min=earliest
                        max=latest
                        value=move || shown(to.get())
                        prop:value=move || shown(to.get())
                        on:change=on_to
                    />
                </label>
            </div>
        </fieldset>
    }
}

/// What removing one active-filter chip drops.
#[derive(Clone)]
enum Removal {
    Constraint(Constraint),
    Value(FacetKey, String),
}

impl Removal {
    fn apply(&self, state: &ViewState) -> ViewState {
        match self {
            Removal::Constraint(c) => state.without(*c),
            Removal::Value(key, value) => state.toggled(*key, value),
        }
    }
}

/// Each active filter of `active`: its words (the chip's accessible name), what its chip shows
/// (markup), and what removing it drops.
fn chips(lang: Locale, list: ListState, active: &ViewState) -> Vec<(String, String, Removal)> {
    let mut chips: Vec<(String, String, Removal)> = Vec::new();
    if !active.q.trim().is_empty() {
        let text = lang.chip_search(active.q.trim());
        let mut shown = Markup::default();
        shown.text(&text);
        chips.push((
            text,
            shown.finish(),
            Removal::Constraint(Constraint::Search),
        ));
    }
    list.with_index(|index, loaded| {
        for (key, values) in &active.facets {
            let Some(f) = index.facet(*key) else { continue };
            for v in values {
                let Some(o) = f.option_index(v) else { continue };
                let name = words::option(lang, &loaded.explorer.catalog, *key, &f.options[o]);
                let facet = words::facet(lang, *key, f.derived);
                let mut shown = Markup::default();
                shown
                    .text(&lang.chip_facet_prefix(facet))
                    .text(" ")
                    .name(&name);
                let text = lang.chip_facet(facet, &name.text);
                chips.push((text, shown.finish(), Removal::Value(*key, v.clone())));
            }
        }
    });
    if active.from.is_some() || active.to.is_some() {
        let range = match (active.from, active.to) {
            (Some(a), Some(b)) => format!("{a}–{b}"),
            (Some(a), None) => lang.years_since(&a.to_string()),
            (None, Some(b)) => lang.years_until(&b.to_string()),
            (None, None) => String::new(),
        };
        let text = lang.chip_years(&range);
        let mut shown = Markup::default();
        shown.text(&text);
        chips.push((text, shown.finish(), Removal::Constraint(Constraint::Years)));
    }
    chips
}

/// The filters in use, in words ("Search: festival; Status: Recommended"), or `None` when there
/// are none: what a picture or an embedded view says it shows.
pub fn in_words(lang: Locale, list: ListState) -> Option<String> {
    let active = list.state.with_untracked(ViewState::filters);
    let texts: Vec<String> = chips(lang, list, &active)
        .into_iter()
        .map(|c| c.0)
        .collect();
    (!texts.is_empty()).then(|| texts.join(lang.list_separator()))
}

/// The active filters as removable chips, and "clear all". Drawn again when the filters change;
/// the links follow the rest of the state (mode, page size…) in place.
#[component]
pub fn ActiveFilters(
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let lang = locale();
    let filters = Memo::new(move |_| list.state.with(ViewState::filters));
    move || {
        let active = filters.get();
        let chips = chips(lang, list, &active);
        if chips.is_empty() {
            return None;
        }
        let items = chips
            .into_iter()
            .map(|(text, shown, removal)| {
                let href = move || list.state.with(|s| list.href(&removal.apply(s)));
                view! {
                    <li>
                        <a class="chip removable" href=href aria-label=lang.remove_filter(&text)>
                            <span inner_html=shown></span>
                            <span aria-hidden="true">" ×"</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        let cleared = move || list.state.with(|s| list.href(&s.cleared()));
        Some(view! {
            <div class="active-filters">
                <h2 class="visually-hidden">{lang.active_filters()}</h2>
                <ul class="chips">{items}</ul>
                <a class="clear-all" href=cleared>{lang.clear_all()}</a>
            </div>
        })
    }
}

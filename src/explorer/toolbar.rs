//! Above the results: the search box, and the toolbar (result summary, display mode, sort and page
//! size).

use cooperation_core::address::query::{Dir, Mode, PAGE_SIZES, SortKey};
use cooperation_core::address::route::View;
use cooperation_core::present::fields::{Field, Shown};
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

use crate::context::locale::locale;
use crate::explorer::controller::ListState;
use crate::words;

/// The search box: each keystroke updates the results at once and the URL just after, without
/// adding a history entry.
#[component]
pub fn SearchBox(
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let lang = locale();
    let on_input = move |ev| {
        let next = list
            .state
            .with_untracked(|s| s.with_query(&event_target_value(&ev)));
        list.show_typed(next);
    };
    let q = Memo::new(move |_| list.state.with(|s| s.q.clone()));
    view! {
        <form class="search needs-js" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search">{words::search_label(lang, list.view())}</label>
            <input
                id="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                maxlength="200"
                placeholder=lang.search_placeholder()
                prop:value=move || q.get()
                on:input=on_input
            />
        </form>
    }
}

/// "1–50 of 120 matching initiatives (300 in all)" and its variants.
fn summary(
    lang: Locale,
    view: View,
    matches: usize,
    total: usize,
    first: usize,
    end: usize,
) -> String {
    if matches == 0 {
        lang.summary_none(&words::count(lang, view, total))
    } else if matches == total && first == 0 && end == matches {
        lang.summary_all(total, &words::count(lang, view, total))
    } else {
        lang.summary_range(first + 1, end, &words::count(lang, view, matches), total)
    }
}

/// The words of the sort menu's two directions for a column.
fn directions(lang: Locale, field: Field, shown: Shown) -> (&'static str, &'static str) {
    match (field, shown) {
        (_, Shown::Count) => (lang.sort_fewest(), lang.sort_most()),
        (Field::Timeline, _) => (lang.sort_earliest(), lang.sort_latest()),
        _ => (lang.sort_a_z(), lang.sort_z_a()),
    }
}

/// Mode toggle, sort choice (for cards) and page size.
#[component]
pub fn Toolbar(
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let view = list.view();
    let lang = locale();
    let (columns, modes) = list.with_index(|index, _| (index.columns.clone(), index.modes()));
    let summary = move || {
        let (matches, total) = list.selection.with(|s| (s.matches.len(), s.total));
        let (first, end) = list.state.with(|s| s.page_bounds(matches));
        summary(lang, view, matches, total, first, end)
    };
    let modes = modes
        .into_iter()
        .map(|mode| {
            let href = move || list.state.with(|s| list.href(&s.with_mode(mode)));
            let current = move || (list.mode.get() == mode).then_some("page");
            view! { <a href=href aria-current=current>{words::mode(lang, mode)}</a> }
        })
        .collect_view();
    // `prop:value` keeps the choice in step as the state changes; each option's `selected` gives
    // it before the options exist and in the HTML the page is first served with.
    let sort_value = move || {
        list.sort
            .with(|sort| sort.first().map(|k| k.slug()).unwrap_or_default())
    };
    let on_sort = move |ev| {
        let key = SortKey::from_slug(&event_target_value(&ev));
        let next = list.state.with_untracked(|s| s.sorted_only_by(key));
        list.show(next);
    };
    let sort_options = columns
        .iter()
        .flat_map(|&(field, shown)| {
            let (ascending, descending) = directions(lang, field, shown);
            let name = words::column(lang, field);
            [(Dir::Asc, ascending), (Dir::Desc, descending)].map(|(dir, how)| {
                let value = SortKey { column: field, dir }.slug();
                let chosen = {
                    let value = value.clone();
                    move || sort_value() == value
                };
                view! { <option value=value selected=chosen>{lang.sort_option(name, how)}</option> }
            })
        })
        .collect_view();
    let on_per = move |ev| {
        let per = event_target_value(&ev).parse().unwrap_or(0);
        let next = list.state.with_untracked(|s| s.with_per(per));
        list.show(next);
    };
    let per_value = move || list.state.with(|s| s.per.to_string());
    let not_a_list = move || !matches!(list.mode.get(), Mode::Cards | Mode::Table);
    view! {
        <div class="toolbar">
            <p class="result-summary">{summary}</p>
            <div class="toolbar-controls needs-js">
                <nav class="mode-toggle" aria-label=lang.display_label()>{modes}</nav>
                <span class="control" hidden=not_a_list>
                    <label for="sort">{lang.sort_label()}</label>
                    <select id="sort" prop:value=sort_value on:change=on_sort>
                        <option value="" selected=move || sort_value().is_empty()>{lang.sort_relevance()}</option>
                        {sort_options}
                    </select>
                </span>
                <span class="control" hidden=not_a_list>
                    <label for="per">{lang.per_page_label()}</label>
                    <select id="per" prop:value=per_value on:change=on_per>
                        {PAGE_SIZES.map(|n| view! {
                            <option value=n.to_string() selected=move || list.state.with(|s| s.per == n)>{n}</option>
                        }).collect_view()}
                    </select>
                </span>
            </div>
        </div>
    }
}

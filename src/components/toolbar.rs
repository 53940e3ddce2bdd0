//! Above the results: the search box, and the toolbar (result summary, display mode, sort and page
//! size).

use std::sync::Arc;

use cooperation_core::explore::Selection;
use cooperation_core::query::{Column, Dir, Mode, PAGE_SIZES, SortKey};
use leptos::prelude::*;

use crate::context::data::Loaded;
use crate::context::locale::locale;
use crate::context::page::PageState;
use crate::words;

/// The search box: each keystroke updates the results at once and the URL just after, without
/// adding a history entry.
#[component]
pub fn SearchBox(
    /// The page's URL state.
    page: PageState,
) -> impl IntoView {
    let view = page.view();
    let l = locale();
    let on_input = move |ev| {
        let mut next = page.state.get_untracked();
        next.q = event_target_value(&ev);
        next.page = 1;
        page.set(&next, true);
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search">{words::search_label(l, view)}</label>
            <input
                id="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                maxlength="200"
                placeholder=l.search_placeholder()
                prop:value=move || page.state.with(|s| s.q.clone())
                on:input=on_input
            />
        </form>
    }
}

/// "1–50 of 120 matching initiatives (300 in all)" and its variants.
fn summary(
    l: cooperation_l10n::Locale,
    view: cooperation_core::route::View,
    n: usize,
    total: usize,
    first: usize,
    end: usize,
) -> String {
    if n == 0 {
        l.summary_none(&words::count(l, view, total))
    } else if n == total && first == 0 && end == n {
        l.summary_all(total, &words::count(l, view, total))
    } else {
        l.summary_range(first + 1, end, &words::count(l, view, n), total)
    }
}

/// Mode toggle, sort choice (for cards) and page size.
#[component]
pub fn Toolbar(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection.
    selection: Memo<Selection>,
) -> impl IntoView {
    let view = page.view();
    let l = locale();
    let index = loaded.explorer.view(view);
    let columns = index.columns;
    let summary = move || {
        let (n, total) = selection.with(|s| (s.matches.len(), s.total));
        let (first, end) = page.state.with(|s| s.page_bounds(n));
        summary(l, view, n, total, first, end)
    };
    let modes = index
        .modes()
        .into_iter()
        .map(|mode| {
            let href = move || {
                let mut next = page.state.get();
                next.mode = mode;
                page.href(&next)
            };
            let current = move || page.state.with(|s| s.mode == mode).then_some("page");
            view! { <a href=href aria-current=current>{words::mode(l, mode)}</a> }
        })
        .collect_view();
    // Tracks the language too: the options are redrawn in it, and the choice must be restored.
    let sort_value = move || {
        page.state
            .with(|s| s.sort.first().map(|k| k.slug()).unwrap_or_default())
    };
    let on_sort = move |ev| {
        let mut next = page.state.get_untracked();
        next.page = 1;
        next.sort = SortKey::from_slug(&event_target_value(&ev))
            .into_iter()
            .collect();
        page.set(&next, false);
    };
    let sort_options = move || {
        let l = l;
        columns
            .iter()
            .flat_map(|&column| {
                let (asc, desc) = match column {
                    Column::Initiatives | Column::Related => (l.sort_fewest(), l.sort_most()),
                    Column::Timeline => (l.sort_earliest(), l.sort_latest()),
                    _ => (l.sort_a_z(), l.sort_z_a()),
                };
                let name = words::column(l, column);
                [(Dir::Asc, asc), (Dir::Desc, desc)].map(|(dir, how)| {
                    let value = SortKey { column, dir }.slug();
                    view! { <option value=value>{l.sort_option(name, how)}</option> }
                })
            })
            .collect_view()
    };
    let on_per = move |ev| {
        let mut next = page.state.get_untracked();
        next.per = event_target_value(&ev).parse().unwrap_or(next.per);
        next.page = 1;
        page.set(&next, false);
    };
    let per_value = move || page.state.with(|s| s.per.to_string());
    let listing = move || {
        page.state
            .with(|s| !matches!(s.mode, Mode::Cards | Mode::Table))
    };
    view! {
        <div class="toolbar">
            <p class="result-summary">{summary}</p>
            <div class="toolbar-controls">
                <nav class="mode-toggle" aria-label=l.display_label()>{modes}</nav>
                <span class="control" hidden=listing>
                    <label for="sort">{l.sort_label()}</label>
                    <select id="sort" prop:value=sort_value on:change=on_sort>
                        <option value="">{l.sort_relevance()}</option>
                        {sort_options}
                    </select>
                </span>
                <span class="control" hidden=listing>
                    <label for="per">{l.per_page_label()}</label>
                    <select id="per" prop:value=per_value on:change=on_per>
                        {PAGE_SIZES.map(|n| view! { <option value=n.to_string()>{n}</option> }).collect_view()}
                    </select>
                </span>
            </div>
        </div>
    }
}

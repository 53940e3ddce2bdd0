//! The results of a view: the toolbar (search, mode, sort, page size), cards or a sortable table
//! for the current page, pagination, the empty state and the live announcement.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::compare::CompareToggle;
use crate::components::highlight::Highlighted;
use crate::components::visuals::{ChartsView, MapView, TimelineView};
use crate::domain::explore::{Cell, Constraint, Selection, ViewIndex};
use crate::domain::query::{Column, Dir, Mode, PAGE_SIZES, SortKey, ViewState};
use crate::domain::route::View;
use crate::state::{Loaded, PageState};

/// The page of matches to show: `(first, end)` indexes into the matches, clamped to what exists.
pub fn page_bounds(state: &ViewState, matches: usize) -> (usize, usize) {
    let per = state.per.max(1);
    let last_page = matches.div_ceil(per).max(1);
    let page = state.page.clamp(1, last_page);
    let first = (page - 1) * per;
    (first, (first + per).min(matches))
}

/// The search box: each keystroke updates the URL without adding a history entry.
#[component]
pub fn SearchBox(
    /// The page's URL state.
    page: PageState,
) -> impl IntoView {
    let view = page.view();
    let id = "search";
    let p = page;
    let on_input = move |ev| {
        let mut next = p.state.get_untracked();
        next.q = event_target_value(&ev);
        next.page = 1;
        p.set(&next, true);
    };
    view! {
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for=id>{format!("Search {}", view.label().to_lowercase())}</label>
            <input
                id=id
                type="search"
                autocomplete="off"
                spellcheck="false"
                maxlength="200"
                placeholder="Names, summaries, excerpts…"
                prop:value=move || page.state.with(|s| s.q.clone())
                on:input=on_input
            />
        </form>
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
    let index = loaded.explorer.view(view);
    let columns = index.columns;
    let summary = {
        move || {
            let (n, total) = selection.with(|s| (s.matches.len(), s.total));
            let (first, end) = page.state.with(|s| page_bounds(s, n));
            let noun = noun(view, total);
            if n == 0 {
                format!("No {noun} match")
            } else if n == total && first == 0 && end == n {
                format!("All {total} {noun}")
            } else {
                format!(
                    "{}–{} of {n} matching {noun} ({total} in all)",
                    first + 1,
                    end
                )
            }
        }
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
            view! { <a href=href aria-current=current>{mode.label()}</a> }
        })
        .collect_view();
    let p_sort = page;
    let sort_value = {
        move || {
            page.state.with(|s| match s.sort.first() {
                None => String::new(),
                Some(k) if k.dir == Dir::Asc => k.column.slug().to_string(),
                Some(k) => format!("-{}", k.column.slug()),
            })
        }
    };
    let on_sort = move |ev| {
        let value = event_target_value(&ev);
        let mut next = p_sort.state.get_untracked();
        next.page = 1;
        next.sort = match value.strip_prefix('-') {
            _ if value.is_empty() => vec![],
            Some(name) => Column::from_slug(name)
                .map(|c| {
                    vec![SortKey {
                        column: c,
                        dir: Dir::Desc,
                    }]
                })
                .unwrap_or_default(),
            None => Column::from_slug(&value)
                .map(|c| {
                    vec![SortKey {
                        column: c,
                        dir: Dir::Asc,
                    }]
                })
                .unwrap_or_default(),
        };
        p_sort.set(&next, false);
    };
    let sort_options = columns
        .iter()
        .flat_map(|c| {
            let (asc, desc) = match c {
                Column::Initiatives | Column::Related => ("fewest first", "most first"),
                Column::Timeline => ("earliest first", "latest first"),
                _ => ("A–Z", "Z–A"),
            };
            [
                (c.slug().to_string(), format!("{} ({asc})", c.label())),
                (format!("-{}", c.slug()), format!("{} ({desc})", c.label())),
            ]
        })
        .map(|(value, label)| view! { <option value=value>{label}</option> })
        .collect_view();
    let p_per = page;
    let on_per = move |ev| {
        let mut next = p_per.state.get_untracked();
        next.per = event_target_value(&ev).parse().unwrap_or(next.per);
        next.page = 1;
        p_per.set(&next, false);
    };
    let per_value = { move || page.state.with(|s| s.per.to_string()) };
    let sort_id = format!("sort-{}", view.segment());
    let per_id = format!("per-{}", view.segment());
    view! {
        <div class="toolbar">
            <p class="result-summary">{summary}</p>
            <div class="toolbar-controls">
                <nav class="mode-toggle" aria-label="Display">{modes}</nav>
                <span class="control" hidden=move || page.state.with(|s| !matches!(s.mode, Mode::Cards | Mode::Table))>
                    <label for=sort_id.clone()>"Sort"</label>
                    <select id=sort_id prop:value=sort_value on:change=on_sort>
                        <option value="">"Relevance / source order"</option>
                        {sort_options}
                    </select>
                </span>
                <span class="control" hidden=move || page.state.with(|s| !matches!(s.mode, Mode::Cards | Mode::Table))>
                    <label for=per_id.clone()>"Per page"</label>
                    <select id=per_id prop:value=per_value on:change=on_per>
                        {PAGE_SIZES.map(|n| view! { <option value=n.to_string()>{n}</option> }).collect_view()}
                    </select>
                </span>
            </div>
        </div>
    }
}

/// "initiative"/"initiatives" etc.
pub fn noun(view: View, n: usize) -> String {
    let one = view.singular();
    if n == 1 {
        one.to_string()
    } else {
        format!("{one}s")
    }
}

/// The current page of matches as cards or a table, with pagination or the empty state.
#[component]
pub fn Results(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection.
    selection: Memo<Selection>,
) -> impl IntoView {
    let p = page;
    let l = loaded.clone();
    // Memos, so that the view is rebuilt only when the mode or emptiness changes; a keystroke or a
    // facet toggle updates the cards or rows in place.
    let empty = Memo::new(move |_| selection.with(|s| s.matches.is_empty()));
    let mode = Memo::new(move |_| p.state.with(|s| s.mode));
    move || {
        if empty.get() {
            return view! { <EmptyState loaded=l.clone() page=p selection/> }.into_any();
        }
        match mode.get() {
            Mode::Cards => view! {
                <ResultCards loaded=l.clone() page=p selection/>
                <Pagination page=p selection/>
            }
            .into_any(),
            Mode::Table => view! {
                <ResultTable loaded=l.clone() page=p selection/>
                <Pagination page=p selection/>
            }
            .into_any(),
            Mode::Timeline => {
                view! { <TimelineView loaded=l.clone() page=p selection/> }.into_any()
            }
            Mode::Charts => {
                view! { <div class="charts"><ChartsView loaded=l.clone() page=p selection/></div> }
                    .into_any()
            }
            Mode::Map => view! { <MapView loaded=l.clone() page=p selection/> }.into_any(),
        }
    }
}

/// The record indexes of the current page.
fn page_rows(page: &PageState, selection: Memo<Selection>) -> Vec<u32> {
    let (first, end) = selection.with(|s| page.state.with(|st| page_bounds(st, s.matches.len())));
    selection.with(|s| s.matches[first..end].to_vec())
}

/// The search terms to highlight. A memo, so that a record that stays on the page while the user
/// types keeps its card or row and only its highlighted text is redrawn.
fn highlight_terms(selection: Memo<Selection>) -> Memo<Vec<String>> {
    Memo::new(move |_| selection.with(|s| s.terms.clone()))
}

/// Cards for the current page.
#[component]
fn ResultCards(loaded: Arc<Loaded>, page: PageState, selection: Memo<Selection>) -> impl IntoView {
    let view = page.view();
    let p = page;
    let terms = highlight_terms(selection);
    view! {
        <ul class="cards">
            <For
                each=move || page_rows(&p, selection)
                key=|i| *i
                children=move |i| {
                    view! { <Card loaded=loaded.clone() page view index=i as usize terms/> }
                }
            />
        </ul>
    }
}

/// One record as a card: name (a link to its page), summary, facet chips, timeline and counts.
#[component]
fn Card(
    loaded: Arc<Loaded>,
    page: PageState,
    view: View,
    index: usize,
    terms: Memo<Vec<String>>,
) -> impl IntoView {
    let ex = &loaded.explorer;
    let c = &ex.catalog;
    let idx: &ViewIndex = ex.view(view);
    let id = idx.id(c, index).to_string();
    let href = page.detail_href(view, &id);
    let name = idx.cell(c, index, Column::Name).text();
    let name_for_compare = name.clone();
    let (summary, chips, timeline, counts) = card_fields(&loaded, view, index);
    let chip_views = chips
        .into_iter()
        .map(|(kind, label)| view! { <li class=format!("chip chip-{kind}")>{label}</li> })
        .collect_view();
    let heading_id = format!("card-{id}");
    let labelled_by = heading_id.clone();
    view! {
        <li>
            <article class="card" aria-labelledby=labelled_by>
                <h3 id=heading_id>
                    <a href=href><Highlighted text=name terms/></a>
                </h3>
                <p class="summary"><Highlighted text=summary terms/></p>
                <ul class="chips" aria-label="Facets">{chip_views}</ul>
                <p class="card-meta">
                    {timeline.map(|t| view! { <span class="timeline-label">"Timeline: " {t}</span> })}
                    <span>{counts}</span>
                </p>
                <div class="card-actions"><CompareToggle page id=id.clone() name=name_for_compare/></div>
            </article>
        </li>
    }
}

/// Summary, chips `(class, label)`, timeline label and counts text of a record.
fn card_fields(
    loaded: &Loaded,
    view: View,
    i: usize,
) -> (String, Vec<(&'static str, String)>, Option<String>, String) {
    let c = &loaded.explorer.catalog;
    let idx = loaded.explorer.view(view);
    let mut chips: Vec<(&'static str, String)> = Vec::new();
    let mut push_cell = |kind: &'static str, cell: Cell| match cell {
        Cell::Text(t) => chips.push((kind, t)),
        Cell::List(items) => chips.extend(items.into_iter().map(|t| (kind, t))),
        _ => {}
    };
    match view {
        View::Initiatives => {
            let r = &c.initiatives()[i];
            push_cell("kind", idx.cell(c, i, Column::Kind));
            push_cell("status", idx.cell(c, i, Column::Status));
            push_cell("scope", idx.cell(c, i, Column::Scope));
            push_cell("theme", idx.cell(c, i, Column::Themes));
            push_cell("sector", idx.cell(c, i, Column::Sectors));
            push_cell("corridor", idx.cell(c, i, Column::Corridors));
            let related = c.initiative_related.get(i).len();
            let counts = format!(
                "{} sector{}, {} corridor{}, {related} related",
                c.initiative_sectors.get(i).len(),
                plural(c.initiative_sectors.get(i).len()),
                c.initiative_corridors.get(i).len(),
                plural(c.initiative_corridors.get(i).len()),
            );
            (
                r.summary.clone(),
                chips,
                r.timeline.as_ref().map(|t| t.label.clone()),
                counts,
            )
        }
        View::Sectors => {
            let r = &c.sectors()[i];
            push_cell("theme", idx.cell(c, i, Column::Themes));
            push_cell("corridor", idx.cell(c, i, Column::Corridors));
            let n = c.sector_initiatives.get(i).len();
            (
                r.summary.clone(),
                chips,
                None,
                format!("{n} initiative{}", plural(n)),
            )
        }
        View::Corridors => {
            let r = &c.corridors()[i];
            push_cell("status", idx.cell(c, i, Column::Status));
            push_cell("scope", idx.cell(c, i, Column::Scope));
            push_cell("country", idx.cell(c, i, Column::Countries));
            push_cell("sector", idx.cell(c, i, Column::Sectors));
            let n = c.corridor_initiatives.get(i).len();
            let s = c.corridor_sectors.get(i).len();
            (
                r.summary.clone(),
                chips,
                None,
                format!("{n} initiative{}, {s} sector{}", plural(n), plural(s)),
            )
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The current page as a table with sortable column headers.
#[component]
fn ResultTable(loaded: Arc<Loaded>, page: PageState, selection: Memo<Selection>) -> impl IntoView {
    let view = page.view();
    let columns = loaded.explorer.view(view).columns;
    let headers = columns
        .iter()
        .map(|&column| view! { <SortHeader page column/> })
        .collect_view();
    let p = page;
    let terms = highlight_terms(selection);
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=format!("{} table", view.label())>
            <table class="results-table">
                <caption class="visually-hidden">
                    {format!("{} matching the current filters. Column headers sort; shift-click adds a second key.", view.label())}
                </caption>
                <thead><tr>{headers}</tr></thead>
                <tbody>
                    <For
                        each=move || page_rows(&p, selection)
                        key=|i| *i
                        children=move |i| {
                            view! { <Row loaded=loaded.clone() page view index=i as usize terms/> }
                        }
                    />
                </tbody>
            </table>
        </div>
    }
}

/// A column header: a button cycling ascending → descending → off; shift adds a secondary key.
#[component]
fn SortHeader(page: PageState, column: Column) -> impl IntoView {
    let p = page;
    let position = move || {
        p.sort.with(|sort| {
            sort.iter()
                .position(|k| k.column == column)
                .map(|i| (i, sort[i].dir, sort.len()))
        })
    };
    let pos2 = position;
    let pos3 = position;
    let aria_sort = move || match position() {
        Some((0, Dir::Asc, _)) => Some("ascending"),
        Some((0, Dir::Desc, _)) => Some("descending"),
        Some(_) => Some("other"),
        None => None,
    };
    let indicator = move || match pos2() {
        Some((i, dir, n)) => {
            let arrow = if dir == Dir::Asc { "▲" } else { "▼" };
            if n > 1 {
                format!("{arrow}{}", i + 1)
            } else {
                arrow.to_string()
            }
        }
        None => "↕".to_string(),
    };
    let label = move || match pos3() {
        Some((i, dir, n)) => {
            let d = if dir == Dir::Asc {
                "ascending"
            } else {
                "descending"
            };
            if n > 1 {
                format!("{}, sorted {d} (key {} of {n})", column.label(), i + 1)
            } else {
                format!("{}, sorted {d}", column.label())
            }
        }
        None => format!("Sort by {}", column.label()),
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let next = page.state.with(|s| s.sorted_by(column, ev.shift_key()));
        page.set(&next, false);
    };
    view! {
        <th scope="col" aria-sort=aria_sort>
            <button type="button" class="sort-button" on:click=on_click aria-label=label>
                {column.label()}
                <span class="sort-indicator" aria-hidden="true">{indicator}</span>
            </button>
        </th>
    }
}

/// One table row.
#[component]
fn Row(
    loaded: Arc<Loaded>,
    page: PageState,
    view: View,
    index: usize,
    terms: Memo<Vec<String>>,
) -> impl IntoView {
    let ex = &loaded.explorer;
    let c = &ex.catalog;
    let idx = ex.view(view);
    let id = idx.id(c, index).to_string();
    let href = page.detail_href(view, &id);
    let cells = idx
        .columns
        .iter()
        .map(|&column| {
            let cell = idx.cell(c, index, column);
            if column == Column::Name {
                let name = cell.text();
                return view! {
                    <th scope="row"><a href=href.clone()><Highlighted text=name terms/></a></th>
                }
                .into_any();
            }
            match cell {
                Cell::Missing
                    if matches!(column, Column::Status | Column::Scope | Column::Timeline) =>
                {
                    view! { <td class="missing">"not stated"</td> }.into_any()
                }
                Cell::Missing => view! { <td class="missing">"—"</td> }.into_any(),
                Cell::Count(n) => view! { <td class="num">{n}</td> }.into_any(),
                cell => view! { <td>{cell.text()}</td> }.into_any(),
            }
        })
        .collect_view();
    view! { <tr>{cells}</tr> }
}

/// Previous/next links and the page position.
#[component]
fn Pagination(page: PageState, selection: Memo<Selection>) -> impl IntoView {
    let p = page;
    move || {
        let n = selection.with(|s| s.matches.len());
        let state = p.state.get();
        let per = state.per.max(1);
        let pages = n.div_ceil(per).max(1);
        if pages <= 1 {
            return None;
        }
        let current = state.page.clamp(1, pages);
        let link = |to: usize| {
            let mut next = state.clone();
            next.page = to;
            p.href(&next)
        };
        let prev =
            (current > 1).then(|| view! { <a rel="prev" href=link(current - 1)>"← Previous"</a> });
        let next =
            (current < pages).then(|| view! { <a rel="next" href=link(current + 1)>"Next →"</a> });
        Some(view! {
            <nav class="pagination" aria-label="Pages">
                {prev}
                <span aria-current="page">{format!("Page {current} of {pages}")}</span>
                {next}
            </nav>
        })
    }
}

/// Shown when nothing matches: which filter to drop to get results back.
#[component]
fn EmptyState(loaded: Arc<Loaded>, page: PageState, selection: Memo<Selection>) -> impl IntoView {
    let view = page.view();
    let index = loaded.explorer.view(view);
    let state = page.state.get_untracked();
    let suggestions = selection.with_untracked(|s| s.relaxations.clone());
    let items = suggestions
        .into_iter()
        .filter(|r| r.matches > 0)
        .map(|r| {
            let mut next = state.clone();
            next.page = 1;
            let what = match r.drop {
                Constraint::Search => {
                    next.q.clear();
                    format!("the search “{}”", state.q.trim())
                }
                Constraint::Years => {
                    next.from = None;
                    next.to = None;
                    "the year range".to_string()
                }
                Constraint::Facet(key) => {
                    next.set_facet(key, vec![]);
                    let label = index.facet(key).map_or(key.slug(), |f| f.label);
                    format!("the {} filter", label.to_lowercase())
                }
            };
            let href = page.href(&next);
            let n = r.matches;
            view! { <li><a href=href>{format!("Remove {what}")}</a>{format!(" — {n} {}", noun(view, n))}</li> }
        })
        .collect_view();
    let cleared = page.href(&state.cleared());
    view! {
        <div class="empty-state">
            <h2>{format!("No {} match these filters", noun(view, 2))}</h2>
            <p>"Try removing one filter:"</p>
            <ul>{items}</ul>
            <p><a href=cleared>"Clear all filters"</a></p>
        </div>
    }
}

/// Announces the number of matches to screen readers after each change.
#[component]
pub fn LiveCount(
    /// The view's records, for the noun.
    view: View,
    /// The current selection.
    selection: Memo<Selection>,
) -> impl IntoView {
    let text = move || {
        let n = selection.with(|s| s.matches.len());
        format!("{n} {} match", noun(view, n))
    };
    view! { <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{text}</p> }
}

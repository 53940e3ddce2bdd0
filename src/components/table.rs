//! The current page of matches as a table: sortable column headers (a click cycles ascending →
//! descending → off; Shift adds a secondary key) and one row per record, keyed by record and
//! language like the cards.

use std::sync::Arc;

use cooperation_core::catalog::RecordRef;
use cooperation_core::explore::{Cell, Selection};
use cooperation_core::query::{Column, Dir};
use cooperation_l10n::Locale;
use leptos::prelude::*;

use crate::components::highlight::{Highlighted, names_list};
use crate::context::data::Loaded;
use crate::context::locale::locale;
use crate::context::page::{PageState, highlight_terms};
use crate::words;

/// The current page as a table with sortable column headers.
#[component]
pub fn ResultTable(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection.
    selection: Memo<Selection>,
) -> impl IntoView {
    let view = page.view();
    let l = locale();
    let columns = loaded.explorer.view(view).columns;
    let headers = columns
        .iter()
        .map(|&column| view! { <SortHeader page column/> })
        .collect_view();
    let terms = highlight_terms(selection);
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=l.table_label(words::view_name(l, view))>
            <table class="results-table">
                <caption class="visually-hidden">{l.table_caption(words::view_name(l, view))}</caption>
                <thead><tr>{headers}</tr></thead>
                <tbody>
                    <For
                        each=move || page.rows(selection)
                        key=|i| *i
                        children=move |i| {
                            view! { <Row loaded=loaded.clone() page index=i as usize terms lang=l/> }
                        }
                    />
                </tbody>
            </table>
        </div>
    }
}

/// A column header: a button cycling ascending → descending → off; Shift adds a secondary key.
#[component]
fn SortHeader(page: PageState, column: Column) -> impl IntoView {
    let l = locale();
    let position = move || {
        page.sort.with(|sort| {
            sort.iter()
                .position(|k| k.column == column)
                .map(|i| (i, sort[i].dir, sort.len()))
        })
    };
    let aria_sort = move || match position() {
        Some((0, Dir::Asc, _)) => Some("ascending"),
        Some((0, Dir::Desc, _)) => Some("descending"),
        Some(_) => Some("other"),
        None => None,
    };
    let indicator = move || match position() {
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
    let label = move || {
        let lang = l;
        let name = words::column(lang, column);
        match position() {
            Some((i, dir, n)) => {
                let d = if dir == Dir::Asc {
                    lang.sorted_ascending()
                } else {
                    lang.sorted_descending()
                };
                if n > 1 {
                    lang.sorted_key_of(name, d, i + 1, n)
                } else {
                    lang.sorted_by(name, d)
                }
            }
            None => lang.sort_by(name),
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let next = page.state.with(|s| s.sorted_by(column, ev.shift_key()));
        page.set(&next, false);
    };
    view! {
        <th scope="col" aria-sort=aria_sort>
            <button type="button" class="sort-button" on:click=on_click aria-label=label>
                {words::column(l, column)}
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
    index: usize,
    terms: Memo<Vec<String>>,
    lang: Locale,
) -> impl IntoView {
    let view = page.view();
    let c = &loaded.explorer.catalog;
    let idx = loaded.explorer.view(view);
    let id = idx.id(c, index);
    let href = page.record_href(view, id);
    let en = (lang != Locale::En).then_some("en");
    let cells = idx
        .columns
        .iter()
        .map(|&column| match idx.cell(c, index, column) {
            Cell::Text(_) if column == Column::Name => {
                let name = words::record(lang, c, RecordRef::new(view.collection(), index));
                let name_lang = name.lang();
                let text = name.text.into_owned();
                view! {
                    <th scope="row" lang=name_lang><a href=href.clone()><Highlighted text terms/></a></th>
                }
                .into_any()
            }
            Cell::Text(t) => view! { <td lang=en>{t.to_string()}</td> }.into_any(),
            Cell::Term(t) => view! { <td>{words::term(lang, t)}</td> }.into_any(),
            Cell::Records(collection, items) => {
                view! { <td>{names_list(lang, c, collection, items)}</td> }.into_any()
            }
            Cell::Count(n) => view! { <td class="num">{lang.number(n)}</td> }.into_any(),
            Cell::Missing if matches!(column, Column::Status | Column::Scope | Column::Timeline) => {
                view! { <td class="missing">{lang.not_stated()}</td> }.into_any()
            }
            Cell::Missing => view! { <td class="missing" aria-label=lang.none_label()>"—"</td> }.into_any(),
        })
        .collect_view();
    view! { <tr>{cells}</tr> }
}

//! The current page of matches as a table: sortable column headers (a click cycles ascending →
//! descending → off; Shift adds a secondary key) and one row per record, the rows written as one
//! escaped HTML string like the cards (see [`crate::components::markup`]), each cell by the one
//! cell renderer.

use cooperation_core::address::query::{Dir, ViewState};
use cooperation_core::data::catalog::RecordRef;
use cooperation_core::present::fields::{Field, Shown};
use cooperation_l10n::Messages;
use leptos::prelude::*;

use crate::components::markup::Markup;
use crate::context::links::use_links;
use crate::context::locale::locale;
use crate::explorer::cell::{self, Cells, Layout};
use crate::explorer::controller::ListState;
use crate::words;

/// The current page as a table with sortable column headers.
#[component]
pub fn ResultTable(
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let view = list.view();
    let lang = locale();
    let links = use_links();
    let columns = list.with_index(|index, _| index.columns.clone());
    let headers = columns
        .iter()
        .map(|&(field, _)| view! { <SortHeader list field/> })
        .collect_view();
    let body = move || {
        let carried = list.state.with_untracked(ViewState::carried);
        list.rows.with(|rows| {
            list.terms.with(|terms| {
                list.with_index(|_, loaded| {
                    let cells = Cells {
                        lang,
                        catalog: &loaded.explorer.catalog,
                        links,
                        carried: &carried,
                    };
                    let mut m = Markup::with_capacity(rows.len() * 600);
                    for &i in rows {
                        row(&mut m, &cells, list, &columns, i as usize, terms);
                    }
                    m.finish()
                })
            })
        })
    };
    let name = words::view_name(lang, view);
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=lang.table_label(name)>
            <table class="results-table">
                <caption class="visually-hidden">{lang.table_caption(name)}</caption>
                <thead><tr>{headers}</tr></thead>
                <tbody inner_html=body></tbody>
            </table>
        </div>
    }
}

/// A column header: a button cycling ascending → descending → off; Shift adds a secondary key.
#[component]
fn SortHeader(list: ListState, field: Field) -> impl IntoView {
    let lang = locale();
    let position = move || {
        list.sort.with(|sort| {
            sort.iter()
                .position(|k| k.column == field)
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
        let name = words::column(lang, field);
        match position() {
            Some((i, dir, n)) => {
                let direction = if dir == Dir::Asc {
                    lang.sorted_ascending()
                } else {
                    lang.sorted_descending()
                };
                if n > 1 {
                    lang.sorted_key_of(name, direction, i + 1, n)
                } else {
                    lang.sorted_by(name, direction)
                }
            }
            None => lang.sort_by(name),
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let next = list.state.with_untracked(|s| {
            if ev.shift_key() {
                s.sorted_also_by(field)
            } else {
                s.sorted_by(field)
            }
        });
        list.show(next);
    };
    view! {
        <th scope="col" aria-sort=aria_sort>
            <button type="button" class="sort-button" on:click=on_click aria-label=label>
                {words::column(lang, field)}
                <span class="sort-indicator" aria-hidden="true">{indicator}</span>
            </button>
        </th>
    }
}

/// One table row, written into `m`: the name as the row's heading (a link to the record), then a
/// cell per column.
fn row(
    m: &mut Markup,
    cells: &Cells<'_>,
    list: ListState,
    columns: &[(Field, Shown)],
    index: usize,
    terms: &[String],
) {
    let view = list.view();
    let me = RecordRef::new(view.collection(), index);
    m.raw("<tr>");
    for &(field, shown) in columns {
        if field == Field::Name {
            let name = words::record(cells.lang, cells.catalog, me);
            m.raw("<th scope=\"row\"").lang(name.lang()).raw("><a");
            m.attr("href", &list.record_href(view, cells.catalog.id_of(me)))
                .raw(">");
            m.highlighted(&name.text, terms).raw("</a></th>");
            continue;
        }
        let value = cooperation_core::present::fields::value(cells.catalog, me, field);
        m.raw("<td");
        if let Some(class) = cell::class(&value, shown) {
            m.attr("class", class);
        }
        m.raw(">");
        cells.write(m, me, field, shown, Layout::Inline);
        m.raw("</td>");
    }
    m.raw("</tr>");
}

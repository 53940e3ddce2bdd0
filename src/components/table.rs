//! The current page of matches as a table: sortable column headers (a click cycles ascending →
//! descending → off; Shift adds a secondary key) and one row per record, the rows written as one
//! escaped HTML string like the cards (see [`crate::components::markup`]).

use std::sync::Arc;

use cooperation_core::catalog::RecordRef;
use cooperation_core::explore::{Cell, Selection};
use cooperation_core::query::{Column, Dir};
use cooperation_l10n::Locale;
use leptos::prelude::*;

use crate::components::inferred;
use crate::components::markup::Markup;
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
    let rows = Memo::new(move |_| page.rows(selection));
    let body = move || {
        rows.with(|rows| {
            terms.with(|terms| {
                let mut m = Markup::with_capacity(rows.len() * 600);
                for &i in rows {
                    row(&mut m, &loaded, page, l, i as usize, terms);
                }
                m.finish()
            })
        })
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=l.table_label(words::view_name(l, view))>
            <table class="results-table">
                <caption class="visually-hidden">{l.table_caption(words::view_name(l, view))}</caption>
                <thead><tr>{headers}</tr></thead>
                <tbody inner_html=body></tbody>
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

/// One table row, written into `m`.
fn row(
    m: &mut Markup,
    loaded: &Loaded,
    page: PageState,
    lang: Locale,
    index: usize,
    terms: &[String],
) {
    let view = page.view();
    let c = &loaded.explorer.catalog;
    let idx = loaded.explorer.view(view);
    let en = (lang != Locale::En).then_some("en");
    let me = RecordRef::new(view.collection(), index);
    m.raw("<tr>");
    for &column in idx.columns {
        match idx.cell(c, index, column) {
            Cell::Text(_) if column == Column::Name => {
                let name = words::record(lang, c, RecordRef::new(view.collection(), index));
                m.raw("<th scope=\"row\"").lang(name.lang()).raw("><a");
                m.attr("href", &page.record_href(view, idx.id(c, index)))
                    .raw(">");
                m.highlighted(&name.text, terms).raw("</a></th>");
            }
            Cell::Text(t) => {
                m.raw("<td").lang(en).raw(">").text(t).raw("</td>");
            }
            Cell::Term(t) => {
                m.raw("<td>").text(words::term(lang, t));
                if t.inferred_for(c, me) {
                    inferred::tag(m, lang);
                }
                m.raw("</td>");
            }
            Cell::Records(collection, items) => {
                m.raw("<td>");
                for (k, &r) in items.iter().enumerate() {
                    if k > 0 {
                        m.text(lang.list_separator());
                    }
                    let r = RecordRef::new(collection, r as usize);
                    m.name(&words::record(lang, c, r));
                    if c.link_reason(me, r).is_some() {
                        inferred::tag(m, lang);
                    }
                }
                m.raw("</td>");
            }
            Cell::Count(n) => {
                m.raw("<td class=\"num\">")
                    .text(&lang.number(n))
                    .raw("</td>");
            }
            Cell::Missing
                if matches!(column, Column::Status | Column::Scope | Column::Timeline) =>
            {
                m.raw("<td class=\"missing\">")
                    .text(lang.not_stated())
                    .raw("</td>");
            }
            Cell::Missing => {
                m.raw("<td class=\"missing\"")
                    .attr("aria-label", lang.none_label());
                m.raw(">—</td>");
            }
        }
    }
    m.raw("</tr>");
}

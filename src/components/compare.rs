//! Comparing two to four records side by side: a toggle on each card, a bar listing the chosen
//! ones, and the comparison table. The choice lives in the URL (`compare=`).

use std::sync::Arc;

use cooperation_core::catalog::{Collection, RecordRef};
use cooperation_core::compare::{self, Row, Value};
use cooperation_core::explore::Cell;
use cooperation_core::query::{MAX_COMPARE, ViewState};
use cooperation_core::route::{Route, View};
use cooperation_l10n::Locale;
use leptos::prelude::*;

use crate::components::highlight::name_view;
use crate::components::inferred;
use crate::components::markup::Markup;
use crate::context::base::use_links;
use crate::context::data::Loaded;
use crate::context::locale::locale;
use crate::context::page::PageState;
use crate::words;

/// "Compare" on a card, written into the card's markup: pressed while the record is in the
/// comparison, disabled while the comparison is full. Its accessible name is "Compare" and the
/// card's heading ("Compare Joint Economic Forum"; `aria-pressed` tells the state), so the
/// record's name keeps its language mark. Clicks reach [`toggle_clicked`] through the list.
pub fn toggle_markup(m: &mut Markup, l: Locale, id: &str, named_by: &str, chosen: &[String]) {
    let pressed = chosen.iter().any(|c| c == id);
    let label_id = format!("compare-{id}");
    m.raw("<div class=\"card-actions\"><span")
        .attr("id", &label_id)
        .raw(" hidden>");
    m.text(l.compare())
        .raw("</span><button type=\"button\" class=\"compare-toggle secondary\"");
    m.attr("aria-pressed", if pressed { "true" } else { "false" });
    if !pressed && chosen.len() >= MAX_COMPARE {
        m.raw(" disabled");
    }
    m.attr("aria-labelledby", &format!("{label_id} {named_by}"));
    m.attr(TOGGLE, id).raw(">");
    m.text(if pressed { l.comparing() } else { l.compare() });
    m.raw("</button></div>");
}

/// The attribute naming the record on each compare toggle.
const TOGGLE: &str = "data-compare";

/// A click inside a list of cards: when it is on a compare toggle, adds its record to the
/// comparison or takes it out (a new history entry).
pub fn toggle_clicked(page: PageState, ev: &leptos::ev::MouseEvent) {
    if let Some(id) = crate::browser::page::event_attribute(ev, TOGGLE) {
        let next = page.state.with_untracked(|s| s.compare_toggled(&id));
        page.set(&next, false);
    }
}

/// Keeps the compare toggles inside the element `list_id` in step with the comparison, without
/// redrawing the cards (so focus stays on the button that was pressed).
pub fn sync_toggles(page: PageState, list_id: &'static str) {
    let l = locale();
    Effect::new(move |_| {
        page.compare.with(|chosen| {
            let full = chosen.len() >= MAX_COMPARE;
            crate::browser::page::update_toggles(list_id, TOGGLE, |id| {
                let pressed = chosen.iter().any(|c| c == id);
                let label = if pressed { l.comparing() } else { l.compare() };
                (pressed, !pressed && full, label)
            });
        })
    });
}

/// The records chosen for comparison, with a link to compare them.
#[component]
pub fn CompareBar(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
) -> impl IntoView {
    let l = locale();
    let links = use_links();
    move || {
        let lang = l;
        let state = page.state.get();
        if state.compare.is_empty() {
            return None;
        }
        let c = &loaded.explorer.catalog;
        let chosen = state
            .compare
            .iter()
            .map(|id| {
                let href = page.href(&state.compare_toggled(id));
                let name = c.lookup(id).map(|r| words::record(lang, c, r));
                let name_lang = name.as_ref().and_then(words::Name::lang);
                let name = name.map_or_else(|| id.clone(), |n| n.text.into_owned());
                view! {
                    <li class="chip">
                        <span lang=name_lang>{name.clone()}</span>
                        " "
                        <a href=href>
                            <span aria-hidden="true">"×"</span>
                            <span class="visually-hidden">{lang.stop_comparing()}" "<span lang=name_lang>{name}</span></span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        let compare = ViewState {
            compare: state.compare.clone(),
            ..state.carried()
        };
        let href = links.href(&Route::Compare, &compare);
        let mut cleared = state.clone();
        cleared.compare.clear();
        let n = state.compare.len();
        Some(view! {
            <div class="compare-bar" role="region" aria-label=lang.comparison_label()>
                <span>{lang.comparing_n(n, MAX_COMPARE)}</span>
                <ul class="chips">{chosen}</ul>
                {(n >= 2).then(|| view! { <a class="button-link" href=href>{lang.compare_side_by_side()}</a> })}
                <a href=page.href(&cleared)>{lang.clear()}</a>
            </div>
        })
    }
}

/// A row's label.
fn row_name(l: Locale, row: Row) -> &'static str {
    match row {
        Row::Summary => l.row_summary(),
        Row::Kind => l.row_kind(),
        Row::Status => l.row_status(),
        Row::Scope => l.row_scope(),
        Row::Themes => l.row_themes(),
        Row::Sectors => l.row_sectors(),
        Row::Corridors => l.row_corridors(),
        Row::Parties => l.row_parties(),
        Row::Timeline => l.row_timeline(),
        Row::Outcomes => l.row_outcomes(),
    }
}

/// A comparison value of record `me` as a table cell; inferred links are marked.
fn value_cell(l: Locale, loaded: &Loaded, me: RecordRef, value: Value<'_>) -> AnyView {
    let c = &loaded.explorer.catalog;
    let en = (l != Locale::En).then_some("en");
    match value {
        Value::Cell(Cell::Missing) => {
            view! { <td class="missing">{l.not_stated()}</td> }.into_any()
        }
        Value::Cell(Cell::Text(t)) => view! { <td lang=en>{t.to_string()}</td> }.into_any(),
        Value::Cell(Cell::Term(t)) => {
            let scope_inferred = t.inferred_for(c, me);
            let mark = scope_inferred.then(|| inferred::tag_view(l));
            view! { <td>{words::term(l, t)}{mark}</td> }.into_any()
        }
        Value::Cell(Cell::Count(n)) => view! { <td>{l.number(n)}</td> }.into_any(),
        Value::Cell(Cell::Records(collection, items)) => {
            let list = items
                .iter()
                .enumerate()
                .map(|(k, &r)| {
                    let r = RecordRef::new(collection, r as usize);
                    let sep = (k > 0).then(|| l.list_separator());
                    let mark = c.link_reason(me, r).map(|_| inferred::tag_view(l));
                    view! { {sep}{name_view(words::record(l, c, r))}{mark} }
                })
                .collect_view();
            view! { <td>{list}</td> }.into_any()
        }
        Value::Texts(list) => view! { <td lang=en>{list.join("; ")}</td> }.into_any(),
    }
}

/// The comparison table: one column per record, one row per field.
#[component]
pub fn CompareTable(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The records, in order.
    records: Vec<RecordRef>,
    /// The state of the comparison page (its ids, the dataset and language).
    state: ViewState,
) -> impl IntoView {
    let l = locale();
    let links = use_links();
    move || {
        let lang = l;
        let c = &loaded.explorer.catalog;
        let heads = records
            .iter()
            .map(|&r| {
                let id = c.id_of(r).to_string();
                let view = View::of(r.collection).unwrap_or(View::Initiatives);
                let href = links.href(&Route::Record(view, id.clone()), &state.carried());
                let without = ViewState {
                    compare: state.compare.iter().filter(|c| **c != id).cloned().collect(),
                    ..state.carried()
                };
                let remove = links.href(&Route::Compare, &without);
                let name = words::record(lang, c, r);
                let (plain, plain_lang) = (name.text.to_string(), name.lang());
                let kind = match r.collection {
                    Collection::Sectors => lang.kind_sector(),
                    Collection::Corridors => lang.kind_corridor(),
                    _ => lang.kind_initiative(),
                };
                view! {
                    <th scope="col">
                        <a href=href>{name_view(name)}</a>
                        <span class="record-kind">{kind}</span>
                        <a class="remove" href=remove>
                            {lang.remove()}
                            <span class="visually-hidden">" "{lang.remove_from_comparison()}" "<span lang=plain_lang>{plain}</span></span>
                        </a>
                    </th>
                }
            })
            .collect_view();
        let rows = Row::ALL
            .iter()
            .map(|&row| {
                let cells = records
                    .iter()
                    .map(|&r| value_cell(lang, &loaded, r, compare::value(c, r, row)))
                    .collect_view();
                view! { <tr><th scope="row">{row_name(lang, row)}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=lang.comparison_table()>
                <table class="compare-table">
                    <caption class="visually-hidden">{lang.comparison_caption()}</caption>
                    <thead><tr><td></td>{heads}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    }
}

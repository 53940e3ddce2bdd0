//! One bar chart per facet of the view, counting the matches (rows of links with drawn bars, and a
//! table alternative); a bar toggles its filter through the same URL state as the facets.

use cooperation_core::address::query::{FacetKey, ViewState};
use cooperation_core::data::catalog::Catalog;
use cooperation_core::explore::Facet;
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

use crate::context::locale::locale;
use crate::explorer::controller::ListState;
use crate::explorer::picture::{Drawn, PictureButtons};
use crate::words;

/// The charts of the view.
#[component]
pub fn ChartsView(
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let lang = locale();
    move || {
        let state = list.state.get();
        let charts = list.with_index(|index, loaded| {
            let breakdown = list
                .selection
                .with(|s| index.breakdown(&s.matches, state.inferred));
            index
                .facets
                .iter()
                .zip(breakdown)
                .filter(|(f, _)| f.key != FacetKey::Party)
                .map(|(f, counts)| chart(lang, &loaded.explorer.catalog, list, &state, f, &counts))
                .collect_view()
        });
        view! { <div class="charts">{charts}</div> }
    }
}

/// One facet's bar chart: the 15 largest counts, largest first.
fn chart(
    lang: Locale,
    catalog: &Catalog,
    list: ListState,
    state: &ViewState,
    f: &Facet,
    counts: &[u32],
) -> impl IntoView + use<> {
    let view = list.view();
    let mut bars: Vec<(usize, u32)> = counts
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .collect();
    cooperation_core::explore::sorting::stable(&mut bars, &|a, b| b.1.cmp(&a.1));
    bars.truncate(15);
    let names: Vec<words::Name<'static>> = bars
        .iter()
        .map(|&(o, _)| {
            let n = words::option(lang, catalog, f.key, &f.options[o]);
            words::Name {
                text: n.text.into_owned().into(),
                source_language: n.source_language,
            }
        })
        .collect();
    let max = bars.first().map_or(1, |b| b.1).max(1);
    let title_id = format!("chart-{}", f.key.slug());
    let title = lang.chart_title(
        words::view_name(lang, view),
        words::facet(lang, f.key, f.derived),
    );
    let rows: Vec<(String, u32)> = bars
        .iter()
        .zip(&names)
        .map(|(&(_, n), name)| (name.text.to_string(), n))
        .collect();
    let key = f.key;
    let labelled_by = title_id.clone();
    let legend = words::facet(lang, key, f.derived);
    // HTML rows, so a long label wraps on a phone instead of being cut off; only the bar itself is
    // drawn, as a rectangle whose width is a share of its track.
    let items = bars
        .iter()
        .zip(&names)
        .map(|(&(o, n), name)| {
            let value = &f.options[o].value;
            let selected = state.selected(key).contains(value);
            let href = list.href(&state.toggled(key, value));
            let share = format!("{:.1}%", (f64::from(n) * 100.0 / f64::from(max)).max(1.0));
            view! {
                <li class="bar" class:selected=selected>
                    <a href=href aria-current=selected.then_some("true")>
                        <span class="bar-label" lang=name.lang()>{name.text.to_string()}</span>
                        " "
                        <svg class="bar-track" aria-hidden="true" focusable="false">
                            <rect class="bar-fill" width=share height="100%" rx="3"></rect>
                        </svg>
                        <span class="bar-count">{lang.number(n as usize)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let table = bars
        .iter()
        .zip(names)
        .map(|(&(_, n), name)| {
            view! { <tr><th scope="row" lang=name.lang()>{name.text.to_string()}</th><td class="num">{lang.number(n as usize)}</td></tr> }
        })
        .collect_view();
    view! {
        <figure class="visual chart" aria-labelledby=labelled_by>
            <figcaption id=title_id>{title.clone()}</figcaption>
            {(!bars.is_empty()).then(|| view! {
                <div class="bars" role="group" aria-label=lang.chart_label(legend)><ul>{items}</ul></div>
            })}
            {(!rows.is_empty()).then(|| view! {
                <PictureButtons list name=format!("chart-{}", key.slug()) title drawn=Drawn::Bars(rows)/>
            })}
            <details class="data-table">
                <summary>{lang.chart_as_table(legend)}</summary>
                <table>
                    <thead><tr><th scope="col">{legend}</th><th scope="col">{lang.column_matches()}</th></tr></thead>
                    <tbody>{table}</tbody>
                </table>
            </details>
        </figure>
    }
}

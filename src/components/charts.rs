//! One bar chart per facet of the view, counting the matches (SVG drawn by the app, with a table
//! alternative); a bar toggles its filter through the same URL state as the facets.

use std::sync::Arc;

use cooperation_core::explore::{Facet, Selection};
use cooperation_core::query::FacetKey;
use cooperation_l10n::Locale;
use leptos::prelude::*;

use crate::components::highlight::name_view;
use crate::components::timeline::truncate;
use crate::context::data::Loaded;
use crate::context::locale::locale;
use crate::context::page::PageState;
use crate::words;

/// The charts of the view.
#[component]
pub fn ChartsView(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection.
    selection: Memo<Selection>,
) -> impl IntoView {
    let view = page.view();
    let l = locale();
    move || {
        let lang = l;
        let index = loaded.explorer.view(view);
        let breakdown = selection.with(|s| index.breakdown(&s.matches));
        let charts = index
            .facets
            .iter()
            .zip(breakdown)
            .filter(|(f, _)| f.key != FacetKey::Party)
            .map(|(f, counts)| chart(lang, &loaded, page, f, &counts))
            .collect_view();
        view! { <div class="charts">{charts}</div> }
    }
}

/// One facet's bar chart: the 15 largest counts, largest first.
fn chart(
    lang: Locale,
    loaded: &Loaded,
    page: PageState,
    f: &Facet,
    counts: &[u32],
) -> impl IntoView + use<> {
    let c = &loaded.explorer.catalog;
    let view = page.view();
    let state = page.state.get();
    let mut bars: Vec<(usize, u32)> = counts
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, n)| *n > 0)
        .collect();
    cooperation_core::sorting::stable(&mut bars, &|a, b| b.1.cmp(&a.1));
    bars.truncate(15);
    let names: Vec<words::Name<'static>> = bars
        .iter()
        .map(|&(o, _)| {
            let n = words::option(lang, c, f.key, &f.options[o]);
            words::Name {
                text: n.text.into_owned().into(),
                source_language: n.source_language,
            }
        })
        .collect();
    let max = bars.first().map_or(1, |b| b.1).max(1) as i32;
    let row_h = 26_i32;
    let longest = names
        .iter()
        .map(|n| n.text.chars().count().min(60))
        .max()
        .unwrap_or(10);
    let label_w = (longest as i32 * 72 / 10 + 16).clamp(100, 440);
    let width = label_w + 330;
    let height = row_h * bars.len().max(1) as i32 + 4;
    let title_id = format!("chart-{}", f.key.slug());
    let key = f.key;
    let labelled_by = title_id.clone();
    let legend = words::facet(lang, key, f.derived);
    let items = bars
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(k, (&(o, n), name))| {
            let value = &f.options[o].value;
            let selected = state.selected(key).contains(value);
            let href = page.href(&state.toggled(key, value));
            let y = k as i32 * row_h;
            let w = ((width - label_w - 50) * n as i32 / max).max(2);
            view! {
                <g class="bar" class:selected=selected>
                    <a href=href aria-current=selected.then_some("true")>
                        <rect class="bar-hit" x="0" y=y width=width height=row_h></rect>
                        <text class="bar-label" x=label_w - 8 y=y + 17 text-anchor="end" lang=name.lang()>{truncate(&name.text, 60)}</text>
                        <rect class="bar-fill" x=label_w y=y + 4 width=w height=row_h - 8 rx="3"></rect>
                        <text class="bar-count" x=label_w + w + 6 y=y + 17>{lang.number(n as usize)}</text>
                    </a>
                </g>
            }
        })
        .collect_view();
    let table = bars
        .iter()
        .zip(names)
        .map(|(&(_, n), name)| {
            view! { <tr><th scope="row">{name_view(name)}</th><td class="num">{lang.number(n as usize)}</td></tr> }
        })
        .collect_view();
    view! {
        <figure class="visual chart" aria-labelledby=labelled_by>
            <figcaption id=title_id>{lang.chart_title(words::view_name(lang, view), legend)}</figcaption>
            {(!bars.is_empty()).then(|| view! {
                <div class="svg-wrap">
                    <svg viewBox=format!("0 0 {width} {height}") role="group" aria-label=lang.chart_label(legend)>{items}</svg>
                </div>
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

//! The comparison page: the records named by `compare=` side by side, one column per record and one
//! row per field any of them has (see [`fields::compared`]), each value by the one cell renderer.

use std::sync::Arc;

use cooperation_core::address::query::ViewState;
use cooperation_core::address::route::{Route, View};
use cooperation_core::data::catalog::RecordRef;
use cooperation_core::present::fields::{self, Shown};
use cooperation_l10n::Messages;
use leptos::prelude::*;

use crate::components::markup::Markup;
use crate::components::status::DatasetPending;
use crate::context::address::use_address;
use crate::context::data::{Loaded, use_data};
use crate::context::head::PageMeta;
use crate::context::links::use_links;
use crate::context::locale::locale;
use crate::explorer::cell::{self, Cells, Layout};
use crate::words;

/// Compares the records the address names.
#[component]
pub fn ComparePage() -> impl IntoView {
    let data = use_data();
    let address = use_address();
    let links = use_links();
    let lang = locale();
    move || {
        let Some(loaded) = data.current() else {
            return view! {
                <PageMeta title=lang.compare_title() description=""/>
                <h1>{lang.compare_title()}</h1>
                <DatasetPending/>
            }
            .into_any();
        };
        let state = address.state.get();
        let catalog = &loaded.explorer.catalog;
        let records: Vec<RecordRef> = state
            .compare
            .iter()
            .filter_map(|id| {
                catalog
                    .lookup(id)
                    .filter(|r| View::of(r.collection).is_some())
            })
            .collect();
        let unknown = state.compare.len() - records.len();
        let kept = state
            .carried()
            .comparing(records.iter().map(|&r| catalog.id_of(r).to_string()));
        let back = links.href(&Route::List(View::Initiatives), &kept);
        view! {
            <PageMeta title=lang.compare_title() description=lang.comparison_caption()/>
            <p class="back"><a href=back>{words::back_to(lang, View::Initiatives)}</a></p>
            <h1>{lang.compare_title()}</h1>
            {(unknown > 0).then(|| view! {
                <div class="notice" role="status"><p>{lang.compare_unknown(unknown)}</p></div>
            })}
            {if records.is_empty() {
                view! { <p>{lang.compare_empty()}</p> }.into_any()
            } else {
                view! { <CompareTable loaded=loaded.clone() records state=kept/> }.into_any()
            }}
        }
        .into_any()
    }
}

/// The comparison table: one column per record, one row per field.
#[component]
fn CompareTable(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The records, in order.
    records: Vec<RecordRef>,
    /// The state of the comparison page (its ids, the dataset and language).
    state: ViewState,
) -> impl IntoView {
    let lang = locale();
    let links = use_links();
    let catalog = &loaded.explorer.catalog;
    let carried = state.carried();
    let cells = Cells {
        lang,
        catalog,
        links,
        carried: &carried,
    };
    let views: Vec<View> = records
        .iter()
        .filter_map(|r| View::of(r.collection))
        .collect();
    let one_view = views
        .first()
        .copied()
        .filter(|v| views.iter().all(|w| w == v));
    let mut m = Markup::default();
    m.raw("<caption class=\"visually-hidden\">")
        .text(lang.comparison_caption())
        .raw("</caption><thead><tr><td></td>");
    for &r in &records {
        let id = catalog.id_of(r);
        let href = links.record(catalog, r, &carried);
        let without = state.compare_toggled(id);
        let remove = links.href(&Route::Compare, &without);
        let name = words::record(lang, catalog, r);
        let kind = View::of(r.collection).map_or("", |v| words::record_kind(lang, v));
        m.raw("<th scope=\"col\"><a").attr("href", &href).raw(">");
        m.name(&name)
            .raw("</a><span class=\"record-kind\">")
            .text(kind);
        m.raw("</span><a class=\"remove\"")
            .attr("href", &remove)
            .raw(">");
        m.text(lang.remove())
            .raw("<span class=\"visually-hidden\"> ")
            .text(lang.remove_from_comparison())
            .raw(" ")
            .name(&name)
            .raw("</span></a></th>");
    }
    m.raw("</tr></thead><tbody>");
    for field in fields::compared(views.iter().copied()) {
        m.raw("<tr><th scope=\"row\">")
            .text(words::field(lang, field, one_view))
            .raw("</th>");
        for &r in &records {
            let value = fields::value(catalog, r, field);
            m.raw("<td");
            if let Some(class) = cell::class(&value, Shown::Values) {
                m.attr("class", class);
            }
            m.raw(">");
            cells.write(&mut m, r, field, Shown::Values, Layout::Inline);
            m.raw("</td>");
        }
        m.raw("</tr>");
    }
    m.raw("</tbody>");
    let table = m.finish();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=lang.comparison_table()>
            <table class="compare-table" inner_html=table></table>
        </div>
    }
}

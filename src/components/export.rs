//! Export of the current selection (all matches, not just the page shown): CSV, JSON in the dataset
//! schema, CSL-JSON and BibTeX citations, a link that reproduces the view, and print.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::explore::Selection;
use crate::domain::export::{self, Links};
use crate::domain::route::View;
use crate::state::{Loaded, PageState};

/// The formats the menu offers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
    CslJson,
    Bibtex,
}

/// The export menu of a view.
#[component]
pub fn ExportMenu(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection.
    selection: Memo<Selection>,
) -> impl IntoView {
    let view = page.view();
    let message = RwSignal::new(String::new());
    let run = move |format: Format| {
        let c = &loaded.explorer.catalog;
        let origin = crate::browser::current_href();
        let origin = origin.split('/').take(3).collect::<Vec<_>>().join("/");
        let record = |v: View, id: &str| format!("{origin}{}", page.detail_href(v, id));
        let view_url = crate::browser::current_href();
        let links = Links {
            record: &record,
            view: &view_url,
        };
        let (content, ext, mime) = selection.with_untracked(|s| match format {
            Format::Csv => (
                export::csv(c, view, &s.matches, &links),
                "csv",
                "text/csv;charset=utf-8",
            ),
            Format::Json => {
                let d = export::dataset(c, view, &s.matches);
                (
                    serde_json::to_string_pretty(&d).unwrap_or_default(),
                    "json",
                    "application/json",
                )
            }
            Format::CslJson => (
                export::csl_json(c, view, &s.matches, &links, crate::browser::today()),
                "csl.json",
                "application/vnd.citationstyles.csl+json",
            ),
            Format::Bibtex => (
                export::bibtex(c, view, &s.matches, &links, crate::browser::today()),
                "bib",
                "application/x-bibtex",
            ),
        });
        let n = selection.with_untracked(|s| s.matches.len());
        let filename = format!("cooperation-{}-{n}.{ext}", view.segment());
        match crate::browser::download(&filename, mime, &content) {
            Ok(()) => message.set(format!("Saved {filename}")),
            Err(e) => message.set(e),
        }
    };
    let run = StoredValue::new(run);
    let copy = move |_| {
        let href = crate::browser::current_href();
        spawn_local(async move {
            match crate::browser::copy_text(&href).await {
                Ok(()) => message.set("Link copied".into()),
                Err(_) => message.set(format!("Copy this link: {href}")),
            }
        });
    };
    let button = move |label: &'static str, format: Format| {
        view! { <li><button type="button" class="secondary" on:click=move |_| run.with_value(|r| r(format))>{label}</button></li> }
    };
    view! {
        <details class="export-menu">
            <summary>"Export & cite"</summary>
            <div class="export-panel">
                <p class="hint">"All matching records, with the filters and sort in use."</p>
                <ul>
                    {button("CSV (spreadsheets)", Format::Csv)}
                    {button("JSON (reloadable dataset)", Format::Json)}
                    {button("CSL-JSON (Zotero, Pandoc)", Format::CslJson)}
                    {button("BibTeX", Format::Bibtex)}
                    <li><button type="button" class="secondary" on:click=copy>"Copy link to this view"</button></li>
                    <li><button type="button" class="secondary" on:click=|_| crate::browser::print()>"Print"</button></li>
                </ul>
                <p class="export-status" role="status">{move || message.get()}</p>
            </div>
        </details>
    }
}

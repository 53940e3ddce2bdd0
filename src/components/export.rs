//! Export of the current selection (all matches, not just the page shown): CSV, JSON in the dataset
//! schema, CSL-JSON and BibTeX citations, a link that reproduces the view, and print. Exports keep
//! the dataset's words and English column names in every interface language, so they compare.

use std::sync::Arc;

use cooperation_core::explore::Selection;
use cooperation_core::export::{self, Urls};
use cooperation_core::route::View;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{page, save};
use crate::context::data::Loaded;
use crate::context::locale::locale;
use crate::context::page::PageState;

/// The formats the menu offers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
    CslJson,
    Bibtex,
}

impl Format {
    /// File extension and media type.
    fn file(self) -> (&'static str, &'static str) {
        match self {
            Format::Csv => ("csv", "text/csv;charset=utf-8"),
            Format::Json => ("json", "application/json"),
            Format::CslJson => ("csl.json", "application/vnd.citationstyles.csl+json"),
            Format::Bibtex => ("bib", "application/x-bibtex"),
        }
    }
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
    let l = locale();
    let message = RwSignal::new(String::new());
    let run = move |format: Format| {
        let c = &loaded.explorer.catalog;
        let origin = page::origin();
        let record = |v: View, id: &str| format!("{origin}{}", untrack(|| page.record_href(v, id)));
        let view_url = page::current_href();
        let urls = Urls {
            record: &record,
            view: &view_url,
        };
        let content = selection.with_untracked(|s| match format {
            Format::Csv => export::csv(c, view, &s.matches, &urls),
            Format::Json => export::to_json(&export::dataset(c, view, &s.matches)),
            Format::CslJson => export::csl_json(c, view, &s.matches, &urls, save::today()),
            Format::Bibtex => export::bibtex(c, view, &s.matches, &urls, save::today()),
        });
        let n = selection.with_untracked(|s| s.matches.len());
        let (ext, mime) = format.file();
        let filename = format!("cooperation-{}-{n}.{ext}", view.segment());
        let lang = l;
        message.set(if save::download(&filename, mime, &content) {
            lang.saved_file(&filename)
        } else {
            lang.save_refused(&filename)
        });
    };
    let run = StoredValue::new(run);
    let copy = move |_| {
        let href = page::current_href();
        let lang = l;
        spawn_local(async move {
            message.set(if save::copy_text(&href).await {
                lang.link_copied().into()
            } else {
                lang.copy_this_link(&href)
            });
        });
    };
    let button = move |label: fn(cooperation_l10n::Locale) -> &'static str, format: Format| {
        view! {
            <li>
                <button type="button" class="secondary" on:click=move |_| run.with_value(|r| r(format))>
                    {move || label(l)}
                </button>
            </li>
        }
    };
    view! {
        <details class="export-menu">
            <summary>{l.export_title()}</summary>
            <div class="export-panel">
                <p class="hint">{l.export_hint()}</p>
                <ul>
                    {button(|l| l.export_csv(), Format::Csv)}
                    {button(|l| l.export_json(), Format::Json)}
                    {button(|l| l.export_csl(), Format::CslJson)}
                    {button(|l| l.export_bibtex(), Format::Bibtex)}
                    <li><button type="button" class="secondary" on:click=copy>{l.copy_link()}</button></li>
                    <li><button type="button" class="secondary" on:click=|_| save::print()>{l.print()}</button></li>
                </ul>
                <p class="export-status" role="status">{move || message.get()}</p>
            </div>
        </details>
    }
}

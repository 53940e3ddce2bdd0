//! Export of the current selection (all matches, not just the page shown): CSV, JSON in the dataset
//! schema, CSL-JSON and BibTeX citations, a link that reproduces the view, and print. Exports keep
//! the dataset's words and English column names in every interface language, so they compare.

use cooperation_core::address::route::View;
use cooperation_core::present::export::{self, Urls};
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{page, save};
use crate::context::locale::locale;
use crate::explorer::controller::ListState;

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
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let view = list.view();
    let lang = locale();
    let message = RwSignal::new(String::new());
    let run = move |format: Format| {
        let origin = page::origin();
        let record = |v: View, id: &str| format!("{origin}{}", list.record_href(v, id));
        let view_url = page::current_href();
        let urls = Urls {
            record: &record,
            view: &view_url,
        };
        let content = list.with_index(|_, loaded| {
            let catalog = &loaded.explorer.catalog;
            list.selection.with_untracked(|s| match format {
                Format::Csv => export::csv(catalog, view, &s.matches, &urls),
                Format::Json => export::to_json(&export::dataset(catalog, view, &s.matches)),
                Format::CslJson => {
                    export::csl_json(catalog, view, &s.matches, &urls, save::today())
                }
                Format::Bibtex => export::bibtex(catalog, view, &s.matches, &urls, save::today()),
            })
        });
        let n = list.selection.with_untracked(|s| s.matches.len());
        let (ext, mime) = format.file();
        let filename = format!("cooperation-{}-{n}.{ext}", view.segment());
        message.set(if save::download(&filename, mime, &content) {
            lang.saved_file(&filename)
        } else {
            lang.save_refused(&filename)
        });
    };
    let run = StoredValue::new(run);
    let copy = move |_| {
        let href = page::current_href();
        spawn_local(async move {
            message.set(if save::copy_text(&href).await {
                lang.link_copied().into()
            } else {
                lang.copy_this_link(&href)
            });
        });
    };
    let button = move |label: fn(Locale) -> &'static str, format: Format| {
        view! {
            <li>
                <button type="button" class="secondary" on:click=move |_| run.with_value(|r| r(format))>
                    {label(lang)}
                </button>
            </li>
        }
    };
    // The embed code, made while its panel is open (it names the page's own address, and follows
    // the view's state as it changes).
    let open = RwSignal::new(false);
    let snippet = Memo::new(move |_| {
        if !open.get() {
            return String::new();
        }
        list.state.track();
        let src = format!("{}{}", page::origin(), list.embed_href());
        let title = lang.embed_frame_title(crate::words::view_name(lang, view), lang.app_name());
        embed_code(&src, &title)
    });
    let panel = NodeRef::<leptos::html::Details>::new();
    let toggled = move |_| open.set(panel.get_untracked().is_some_and(|d| d.open()));
    let copy_snippet = move |_| {
        let code = snippet.get_untracked();
        spawn_local(async move {
            message.set(if save::copy_text(&code).await {
                lang.embed_copied().into()
            } else {
                lang.embed_copy_refused().into()
            });
        });
    };
    view! {
        <details class="export-menu">
            <summary>{lang.export_title()}</summary>
            <div class="export-panel">
                <p class="hint">{lang.export_hint()}</p>
                <ul>
                    {button(|lang| lang.export_csv(), Format::Csv)}
                    {button(|lang| lang.export_json(), Format::Json)}
                    {button(|lang| lang.export_csl(), Format::CslJson)}
                    {button(|lang| lang.export_bibtex(), Format::Bibtex)}
                    <li><button type="button" class="secondary" on:click=copy>{lang.copy_link()}</button></li>
                    <li><button type="button" class="secondary" on:click=|_| save::print()>{lang.print()}</button></li>
                </ul>
                <details class="embed-code" node_ref=panel on:toggle=toggled>
                    <summary>{lang.embed_title()}</summary>
                    <p class="hint" id="embed-hint">{lang.embed_hint()}</p>
                    <textarea readonly rows="8" aria-label=lang.embed_title() aria-describedby="embed-hint" prop:value=move || snippet.get()></textarea>
                    <button type="button" class="secondary" on:click=copy_snippet>{lang.embed_copy()}</button>
                </details>
                <p class="export-status" role="status">{move || message.get()}</p>
            </div>
        </details>
    }
}

/// The code that embeds a view: an `<iframe>` with a title for screen readers, and the few lines
/// that let it grow to the view's height (the embedded page posts it; see `browser::embed`).
fn embed_code(src: &str, title: &str) -> String {
    use cooperation_core::present::picture::escape;
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"600\" style=\"border:0\" loading=\"lazy\"></iframe>\n\
         <script>\n\
         addEventListener(\"message\", (e) => {{\n\
         \x20 if (e.data && e.data.type === \"{message}\")\n\
         \x20   for (const f of document.querySelectorAll(\"iframe\"))\n\
         \x20     if (f.contentWindow === e.source) f.style.height = e.data.height + \"px\";\n\
         }});\n\
         </script>\n",
        escape(src),
        escape(title),
        message = crate::browser::embed::HEIGHT_MESSAGE,
    )
}

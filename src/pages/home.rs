//! The overview home: what is inside in one screen — the source and the meeting it reports, the
//! counts of each view with links, a preview of the stated timeline, the most common themes — and a
//! search over everything (`/?q=`): each view's best matches and the passages of the source, grouped
//! and highlighted, updated as you type. The bring-your-own-dataset form stays below.
//!
//! A keystroke redraws only the search results: the overview above them depends on what links
//! carry (the dataset, the language, the inferred switch), which typing does not change.

use std::sync::Arc;

use cooperation_core::address::query::{FacetKey, Mode, ViewState};
use cooperation_core::address::route::{Route, View};
use cooperation_core::data::catalog::{Collection, RecordRef};
use cooperation_core::explore::overview::{self, Everything};
use cooperation_core::present::export::{self, Urls};
use cooperation_core::present::timeline;
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

use crate::components::markup::Markup;
use crate::components::open::OpenDataset;
use crate::components::status::DatasetPending;
use crate::context::address::{History, use_address};
use crate::context::data::{DataSource, Loaded, use_data};
use crate::context::head::PageMeta;
use crate::context::links::{Links, use_links};
use crate::context::locale::locale;
use crate::words;

/// Records shown per view in the search results.
const PER_VIEW: usize = 5;
/// Passages of the source shown in the search results.
const PASSAGES: usize = 5;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let data = use_data();
    let lang = locale();
    view! {
        <PageMeta title="" description=lang.home_about()/>
        <h1>{lang.app_name()}</h1>
        {move || match data.current() {
            Some(loaded) => view! { <Overview loaded/> }.into_any(),
            None => view! { <p class="lede">{lang.home_lede()}</p><DatasetPending/> }.into_any(),
        }}
        <OpenDataset/>
    }
}

/// The overview of the dataset in use, and the search over it.
#[component]
fn Overview(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = locale();
    let links = use_links();
    let address = use_address();
    let q = Memo::new(move |_| address.state.with(|s| s.q.clone()));
    let carried = Memo::new(move |_| address.state.with(ViewState::carried));
    let results = {
        let loaded = loaded.clone();
        Memo::new(move |_| q.with(|q| overview::search(&loaded.explorer, q, PER_VIEW, PASSAGES)))
    };
    let on_input = move |ev| {
        let next = carried.get_untracked().with_query(&event_target_value(&ev));
        let href = links.href(&Route::Home, &next);
        address.show(next, href, History::Replace);
    };
    let about = {
        let loaded = loaded.clone();
        move || carried.with(|carried| about(lang, &loaded, links, carried))
    };
    let search_results = move || {
        results.with(|r| {
            (!r.terms.is_empty()).then(|| {
                let markup = carried.with(|carried| grouped(lang, &loaded, links, r, carried));
                view! { <div class="result-groups" inner_html=markup></div> }
            })
        })
    };
    view! {
        {about}
        <section class="home-search needs-js" aria-labelledby="home-search-title">
            <h2 id="home-search-title">{lang.home_search_title()}</h2>
            <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="home-search">{lang.home_search_label()}</label>
                <input
                    id="home-search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    maxlength="200"
                    placeholder=lang.home_search_placeholder()
                    value=move || q.get()
                    prop:value=move || q.get()
                    on:input=on_input
                />
            </form>
            <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || results.with(|r| announce(lang, r))}
            </p>
            {search_results}
        </section>
    }
}

/// What the live region says after a search.
fn announce(lang: Locale, r: &Everything) -> String {
    if r.terms.is_empty() {
        return String::new();
    }
    let counts: Vec<String> = r
        .views
        .iter()
        .map(|v| words::count(lang, v.view, v.total))
        .chain([lang.count_passages(r.passages.len())])
        .collect();
    counts.join(lang.list_separator())
}

/// What is inside: the source, the counts with links, the timeline preview and the top themes.
fn about(lang: Locale, loaded: &Loaded, links: Links, carried: &ViewState) -> AnyView {
    let catalog = &loaded.explorer.catalog;
    let dataset = catalog.data();
    let intro = if loaded.source == DataSource::Bundled {
        view! { <p class="lede">{lang.home_about()}</p> }.into_any()
    } else {
        let name = words::dataset_name(lang, catalog);
        let description = words::dataset_description(lang, catalog);
        view! {
            <p class="lede">
                <strong lang=name.lang()>{name.text.to_string()}</strong>
                {description.map(|t| view! { " — " <span lang=t.lang()>{t.text.to_string()}</span> })}
            </p>
        }
        .into_any()
    };
    let sources = catalog
        .sources()
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let href = links.href(&Route::Source(s.id.to_string()), carried);
            let name = words::record(lang, catalog, RecordRef::new(Collection::Sources, i));
            view! {
                <li>
                    <span lang=name.lang()>{name.text.to_string()}</span>" "
                    <a href=href>{lang.read_the_source()}</a>
                </li>
            }
        })
        .collect_view();
    let tiles = View::ALL
        .into_iter()
        .map(|view| {
            let n = dataset.len_of(view.collection());
            let href = links.href(&Route::List(view), carried);
            view! {
                <li>
                    <a class="count-tile" href=href>
                        <span class="count-number">{lang.number(n)}</span>
                        <span class="count-label">{words::count_noun(lang, view, n)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        {intro}
        <ul class="home-sources">{sources}</ul>
        <ul class="count-tiles">{tiles}</ul>
        <div class="home-columns">
            {timeline_preview(lang, loaded, links, carried)}
            {top_themes(lang, loaded, links, carried)}
        </div>
        {downloads(lang, loaded, links)}
    }
    .into_any()
}

/// The initiatives that state a timeline, briefly, with a link to the full timeline.
fn timeline_preview(lang: Locale, loaded: &Loaded, links: Links, carried: &ViewState) -> AnyView {
    let catalog = &loaded.explorer.catalog;
    let all: Vec<u32> = (0..catalog.initiatives().len() as u32).collect();
    let t = timeline::timeline(catalog, &all);
    if t.rows.is_empty() {
        return ().into_any();
    }
    let mut rows = Markup::default();
    for row in t.rows.iter().take(6) {
        let r = RecordRef::new(Collection::Initiatives, row.index as usize);
        let when = words::timeline_label(lang, catalog, r, &row.label);
        if when.source_language || lang == Locale::En {
            rows.raw("<li><q class=\"when\" lang=\"en\">")
                .text(&row.label)
                .raw("</q> ");
        } else {
            rows.raw("<li><span class=\"when\">")
                .text(&when.text)
                .raw("</span> ");
        }
        link(
            &mut rows,
            links,
            carried,
            catalog,
            r,
            &words::record(lang, catalog, r),
            &[],
        );
        rows.raw("</li>");
    }
    let full = links.href(
        &Route::List(View::Initiatives),
        &carried.with_mode(Mode::Timeline),
    );
    view! {
        <section class="home-timeline" aria-labelledby="home-timeline-title">
            <h2 id="home-timeline-title">{lang.home_timeline_title()}</h2>
            <ul inner_html=rows.finish()></ul>
            <p><a href=full>{lang.home_timeline_all()}</a></p>
        </section>
    }
    .into_any()
}

/// Writes a link to record `r`'s page named `name`, the search terms marked.
fn link(
    m: &mut Markup,
    links: Links,
    carried: &ViewState,
    catalog: &cooperation_core::data::catalog::Catalog,
    r: RecordRef,
    name: &words::Name<'_>,
    terms: &[String],
) {
    let href = links.record(catalog, r, carried);
    m.raw("<a").attr("href", &href).lang(name.lang()).raw(">");
    m.highlighted(&name.text, terms).raw("</a>");
}

/// The most common themes, each a link to the initiatives with it.
fn top_themes(lang: Locale, loaded: &Loaded, links: Links, carried: &ViewState) -> AnyView {
    let catalog = &loaded.explorer.catalog;
    let themes = overview::top_themes(&loaded.explorer, 6, carried.inferred);
    if themes.is_empty() {
        return ().into_any();
    }
    let mut items = Markup::default();
    for (theme, n) in themes {
        let r = RecordRef::new(Collection::Themes, theme);
        let state = carried.toggled(FacetKey::Theme, catalog.id_of(r));
        let href = links.href(&Route::List(View::Initiatives), &state);
        items.raw("<li><a").attr("href", &href).raw(">");
        items
            .name(&words::record(lang, catalog, r))
            .raw("</a> <span class=\"facet-count\">");
        items.text(&lang.number(n)).raw("</span></li>");
    }
    view! {
        <section class="home-themes" aria-labelledby="home-themes-title">
            <h2 id="home-themes-title">{lang.home_themes_title()}</h2>
            <ul inner_html=items.finish()></ul>
        </section>
    }
    .into_any()
}

/// The search results, grouped: each view's best matches, then the passages of the sources.
fn grouped(
    lang: Locale,
    loaded: &Loaded,
    links: Links,
    r: &Everything,
    carried: &ViewState,
) -> String {
    let mut m = Markup::default();
    if r.is_empty() {
        m.raw("<p class=\"empty-state\">")
            .text(lang.home_no_results())
            .raw("</p>");
        return m.finish();
    }
    let catalog = &loaded.explorer.catalog;
    let q = r.terms.join(" ");
    for v in r.views.iter().filter(|v| v.total > 0) {
        m.raw("<section class=\"result-group\"><h3>")
            .text(&words::count(lang, v.view, v.total))
            .raw("</h3><ul>");
        for &i in &v.top {
            let rec = RecordRef::new(v.view.collection(), i as usize);
            m.raw("<li>");
            link(
                &mut m,
                links,
                carried,
                catalog,
                rec,
                &words::record(lang, catalog, rec),
                &r.terms,
            );
            m.raw("</li>");
        }
        let more = links.href(&Route::List(v.view), &carried.with_query(&q));
        m.raw("</ul><p><a").attr("href", &more).raw(">");
        m.text(&lang.home_all_in(words::view_name(lang, v.view)))
            .raw("</a></p></section>");
    }
    if !r.passages.is_empty() {
        m.raw("<section class=\"result-group passages\"><h3>")
            .text(&lang.count_passages(r.passages.len()))
            .raw("</h3><ul>");
        for (s, found) in &r.passages {
            let source = &catalog.sources()[*s];
            let text = source
                .text
                .as_deref()
                .and_then(|t| t.get(found.span.clone()))
                .unwrap_or("");
            let at = carried.with_query(&q).at_block(found.block);
            let href = links.href(&Route::Source(source.id.to_string()), &at);
            m.raw("<li><a").attr("href", &href).raw("><q lang=\"en\">");
            m.highlighted(text, &r.terms).raw("</q></a></li>");
        }
        m.raw("</ul></section>");
    }
    m.finish()
}

/// The size of the format's JSON Schema as the site serves it (`data/schema.json`, generated from
/// the format's types and checked against them by the native tests).
const SCHEMA_BYTES: usize = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/public/data/schema.json"
))
.len();

/// The bundled dataset's files, plainly: the whole dataset as JSON, a CSV per collection (the files
/// the build writes with the same export code, computed here for their sizes), the format's JSON
/// Schema, and the licence. Only for the bundled dataset, whose files the site serves.
fn downloads(lang: Locale, loaded: &Loaded, links: Links) -> AnyView {
    if loaded.source != DataSource::Bundled {
        return ().into_any();
    }
    let catalog = &loaded.explorer.catalog;
    let record = |view: View, id: &str| links.as_built(&Route::Record(view, id.to_string()).path());
    let home = links.as_built("/");
    let urls = Urls {
        record: &record,
        view: &home,
    };
    let mut files: Vec<(String, &str, &str, u64)> = vec![(
        lang.data_json().to_string(),
        "cooperation.json",
        "JSON",
        loaded.bytes,
    )];
    for (name, text) in export::data_files(catalog, &urls) {
        let label = match name {
            "initiatives.csv" => words::view_name(lang, View::Initiatives),
            "sectors.csv" => words::view_name(lang, View::Sectors),
            "corridors.csv" => words::view_name(lang, View::Corridors),
            _ => lang.field_parties(),
        };
        files.push((label.to_string(), name, "CSV", text.len() as u64));
    }
    files.push((
        lang.data_schema().to_string(),
        "schema.json",
        "JSON Schema",
        SCHEMA_BYTES as u64,
    ));
    let items = files
        .into_iter()
        .map(|(label, name, format, bytes)| {
            let href = links.asset(&format!("data/{name}"));
            view! {
                <li>
                    <a href=href download=name>{label}</a>
                    " "
                    <span class="file-meta">{format}" · "{words::size(lang, bytes)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="home-data" aria-labelledby="home-data-title">
            <h2 id="home-data-title">{lang.data_title()}</h2>
            <ul>{items}</ul>
            <p class="hint">
                <a href="https://opensource.org/license/mit" rel="license">{lang.data_licence()}</a>
            </p>
        </section>
    }
    .into_any()
}

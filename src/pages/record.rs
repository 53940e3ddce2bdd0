//! A record's own page: every field of its record type (with "not stated" where the source is
//! silent), related records linked both ways, its inferred links and why, and where it comes from —
//! source, section and the verbatim excerpt, with a link to read it in context.

use std::sync::Arc;

use cooperation_core::address::query::{Passage, ViewState};
use cooperation_core::address::route::{Route, View};
use cooperation_core::data::catalog::{Catalog, Collection, RecordRef};
use cooperation_core::present::fields::{self, Field, Shown};
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

use crate::components::inferred;
use crate::components::markup::Markup;
use crate::components::status::DatasetPending;
use crate::context::address::use_address;
use crate::context::data::{Loaded, use_data};
use crate::context::head::PageMeta;
use crate::context::links::use_links;
use crate::context::locale::locale;
use crate::explorer::cell::{Cells, Layout};
use crate::words;

/// The page of one record of a view, by its id.
#[component]
pub fn RecordPage(
    /// Which collection the record belongs to.
    view: View,
    /// The record's id, from the path.
    id: String,
) -> impl IntoView {
    let data = use_data();
    let lang = locale();
    move || match data.current() {
        Some(loaded) => view! { <Record view id=id.clone() loaded/> }.into_any(),
        None => view! {
            <PageMeta title=words::view_name(lang, view) description=""/>
            <h1>{words::view_name(lang, view)}</h1>
            <DatasetPending/>
        }
        .into_any(),
    }
}

#[component]
fn Record(view: View, id: String, loaded: Arc<Loaded>) -> impl IntoView {
    let links = use_links();
    let lang = locale();
    let carried = use_address().state.with_untracked(ViewState::carried);
    let catalog = &loaded.explorer.catalog;
    let back = view! {
        <p class="back"><a href=links.href(&Route::List(view), &carried)>{words::back_to(lang, view)}</a></p>
    };
    let Some(index) = catalog.index_in(view.collection(), &id) else {
        let shown: String = id.chars().take(80).collect();
        return view! {
            <PageMeta title=lang.record_not_found() description=""/>
            {back}
            <h1>{words::no_record(lang, view)}</h1>
            <p>{lang.no_record_text(&shown)}</p>
        }
        .into_any();
    };
    let me = RecordRef::new(view.collection(), index);
    let name = words::record(lang, catalog, me);
    let summary = words::summary(lang, catalog, me);
    let eyebrow = match catalog
        .initiatives()
        .get(index)
        .filter(|_| view == View::Initiatives)
    {
        Some(initiative) => words::kind(lang, initiative.kind),
        None => words::record_kind(lang, view),
    };
    // A name another record shares (the article names one idea in more than one place) is told
    // apart by the section it comes from, so every page has a title of its own.
    let title = match catalog.data().provenance_at(me).first() {
        Some(p) if words::shares_name(lang, catalog, me) && p.section.is_some() => {
            let heading = p.section.as_deref().unwrap_or("");
            let section = words::section(lang, catalog, p.source.as_str(), heading);
            format!("{} — {}", name.text, section.text)
        }
        _ => name.text.to_string(),
    };
    let original = (!name.source_language && lang != Locale::En)
        .then(|| original(catalog, me))
        .flatten();
    let cells = Cells {
        lang,
        catalog,
        links,
        carried: &carried,
    };
    let mut fields_markup = Markup::default();
    for spec in fields::of(view)
        .iter()
        .filter(|s| s.detail && s.field != Field::Summary)
    {
        fields_markup
            .raw("<dt>")
            .text(words::field(lang, spec.field, Some(view)))
            .raw("</dt><dd>");
        cells.write(
            &mut fields_markup,
            me,
            spec.field,
            Shown::Values,
            Layout::List,
        );
        fields_markup.raw("</dd>");
    }
    let mut inferred_markup = Markup::default();
    inferred::section(&mut inferred_markup, lang, catalog, me);
    let inferred_markup = inferred_markup.finish();
    view! {
        <PageMeta title description=summary.text.to_string()/>
        {back}
        <article class="record">
            <header class="record-header">
                <p class="eyebrow">{eyebrow}</p>
                <h1 lang=name.lang()>{name.text.to_string()}</h1>
            </header>
            <p class="record-summary" lang=summary.lang()>{summary.text.to_string()}</p>
            {original.map(|html| view! {
                <details class="original">
                    <summary>{lang.original_title()}</summary>
                    <div lang="en" inner_html=html></div>
                </details>
            })}
            <dl class="fields" inner_html=fields_markup.finish()></dl>
            {(!inferred_markup.is_empty()).then(|| view! { <div inner_html=inferred_markup></div> })}
            <ProvenanceList loaded=loaded.clone() record=me carried/>
        </article>
    }
    .into_any()
}

/// Where a record comes from: for each excerpt, the source, the section heading and the words, with
/// a link to read the excerpt in its place in the source.
#[component]
fn ProvenanceList(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The record.
    record: RecordRef,
    /// What the page's links carry.
    carried: ViewState,
) -> impl IntoView {
    let lang = locale();
    let links = use_links();
    let catalog = &loaded.explorer.catalog;
    let id = catalog.id_of(record).to_string();
    let items = catalog
        .data()
        .provenance_at(record)
        .iter()
        .enumerate()
        .map(|(n, p)| {
            let source = catalog.lookup(p.source.as_str()).filter(|r| r.collection == Collection::Sources);
            let source_name = match source {
                Some(r) => words::record(lang, catalog, r),
                None => words::dataset_text(lang, p.source.as_str()),
            };
            let source_name_lang = source_name.lang();
            let source_name = source_name.text.to_string();
            let meta = source.and_then(|r| catalog.sources().get(r.index()).map(|s| (r, s))).map(|(r, s)| {
                let published = s
                    .published
                    .as_ref()
                    .map_or_else(|| lang.published_not_stated().to_string(), |d| lang.published_on(d));
                let kind = words::source_kind(lang, catalog, r);
                view! { <span class="source-meta"><span lang=kind.lang()>{kind.text.to_string()}</span>" · "{published}</span> }
            });
            // A heading is the source's words: quoted as it has them, after its translation.
            let section = match &p.section {
                Some(heading) => {
                    let shown = words::section(lang, catalog, p.source.as_str(), heading);
                    let quoted = (!shown.source_language && lang != Locale::En).then(|| {
                        view! { " (" <q lang="en">{heading.clone()}</q> ")" }
                    });
                    view! { <span lang=shown.lang()>{shown.text.to_string()}</span>{quoted} }.into_any()
                }
                None => lang.section_opening().into_any(),
            };
            let translation = words::excerpt_translation(lang, catalog, p.source.as_str(), &p.excerpt)
                .filter(|_| lang != Locale::En)
                .map(|text| view! {
                    <p class="excerpt-translation">
                        <span class="label">{lang.translation_label()}</span>" "{text.to_string()}
                    </p>
                });
            let passage = carried.at_passage(Passage {
                record: id.clone(),
                excerpt: n,
            });
            let context = links.href(&Route::Source(p.source.to_string()), &passage);
            view! {
                <li class="provenance-item">
                    <figure>
                        <blockquote lang="en">{p.excerpt.clone()}</blockquote>
                        {translation}
                        <figcaption>
                            <span class="source-name" lang=source_name_lang>{source_name}</span>
                            {meta}
                            <span class="section">{lang.section_label()}" "{section}</span>
                            <a class="read-in-context" href=context>{lang.read_in_context()}</a>
                        </figcaption>
                    </figure>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="provenance" aria-labelledby="provenance-heading">
            <h2 id="provenance-heading">{lang.provenance_title()}</h2>
            <p class="hint">{lang.provenance_hint()}</p>
            <ul>{items}</ul>
        </section>
    }
}

/// The record's own (English) name, summary and outcomes, for the page of a translated record: a
/// step away from its translation.
fn original(catalog: &Catalog, me: RecordRef) -> Option<String> {
    let mut m = Markup::default();
    m.raw("<p class=\"original-name\">")
        .text(catalog.name_of(me))
        .raw("</p><p>")
        .text(catalog.data().summary_at(me)?)
        .raw("</p>");
    let outcomes = match me.collection {
        Collection::Initiatives => catalog.initiatives().get(me.index()).map(|r| &r.outcomes),
        Collection::Corridors => catalog.corridors().get(me.index()).map(|r| &r.outcomes),
        _ => None,
    };
    if let Some(outcomes) = outcomes.filter(|o| !o.is_empty()) {
        m.raw("<ul>");
        for o in outcomes {
            m.raw("<li>").text(o).raw("</li>");
        }
        m.raw("</ul>");
    }
    Some(m.finish())
}

//! A record's own page: every field (with "not stated" where the source is silent), related records
//! linked both ways, and where it comes from — source, section and the verbatim excerpt, with a link
//! to read it in context.

use std::sync::Arc;

use cooperation_core::catalog::{Catalog, Collection, RecordRef};
use cooperation_core::model::*;
use cooperation_core::query::{self, Passage, ViewState};
use cooperation_core::route::{Route, View};
use cooperation_l10n::Locale;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::components::highlight::name_view;
use crate::components::inferred;
use crate::components::shell::PageTitle;
use crate::components::status::DatasetPending;
use crate::context::base::{Links, use_links};
use crate::context::data::{Loaded, use_data};
use crate::context::locale::locale;
use crate::words;

/// The page of one record of a view, by the id in the path.
#[component]
pub fn DetailPage(
    /// Which collection the record belongs to.
    view: View,
) -> impl IntoView {
    let data = use_data();
    let params = use_params_map();
    let l = locale();
    move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        match data.current() {
            Some(loaded) => view! { <Record view id loaded/> }.into_any(),
            None => view! {
                <PageTitle text=words::view_name(l, view)/>
                <h1>{words::view_name(l, view)}</h1>
                <DatasetPending/>
            }
            .into_any(),
        }
    }
}

/// Builds a record page's links: they carry the dataset and language of the page.
#[derive(Clone, Copy)]
struct Here {
    links: Links,
    carried: StoredValue<ViewState>,
    lang: Locale,
}

impl Here {
    fn record(&self, r: RecordRef, c: &Catalog) -> String {
        let view = View::of(r.collection).unwrap_or(View::Initiatives);
        let route = Route::Record(view, c.id_of(r).to_string());
        self.carried.with_value(|s| self.links.href(&route, s))
    }
    fn list(&self, view: View) -> String {
        self.carried
            .with_value(|s| self.links.href(&Route::List(view), s))
    }
}

#[component]
fn Record(view: View, id: String, loaded: Arc<Loaded>) -> impl IntoView {
    let location = use_location();
    let links = use_links();
    let l = locale();
    let carried = StoredValue::new(
        location
            .search
            .with_untracked(|s| query::parse(s).0.carried()),
    );
    move || {
        let lang = l;
        let here = Here {
            links,
            carried,
            lang,
        };
        let c = &loaded.explorer.catalog;
        let back = view! {
            <p class="back"><a href=here.list(view)>{words::back_to(lang, view)}</a></p>
        };
        let Some(i) = c.index_in(view.collection(), &id) else {
            let shown: String = id.chars().take(80).collect();
            return view! {
                <PageTitle text=lang.record_not_found().to_string()/>
                {back}
                <h1>{words::no_record(lang, view)}</h1>
                <p>{lang.no_record_text(&shown)}</p>
            }
            .into_any();
        };
        let me = RecordRef::new(view.collection(), i);
        let name = words::record(lang, c, me);
        let title = name.text.to_string();
        let name_lang = name.lang();
        let body = match view {
            View::Initiatives => initiative(c, i, here).into_any(),
            View::Sectors => sector(c, i, here).into_any(),
            View::Corridors => corridor(c, i, here).into_any(),
        };
        let eyebrow = match view {
            View::Initiatives => words::kind(lang, c.initiatives()[i].kind),
            View::Sectors => lang.kind_sector(),
            View::Corridors => lang.kind_corridor(),
        };
        let (summary, provenance) = match view {
            View::Initiatives => (&c.initiatives()[i].summary, &c.initiatives()[i].provenance),
            View::Sectors => (&c.sectors()[i].summary, &c.sectors()[i].provenance),
            View::Corridors => (&c.corridors()[i].summary, &c.corridors()[i].provenance),
        };
        let en = (lang != Locale::En).then_some("en");
        view! {
            <PageTitle text=title/>
            {back}
            <article class="record">
                <header class="record-header">
                    <p class="eyebrow">{eyebrow}</p>
                    <h1 lang=name_lang>{name.text.into_owned()}</h1>
                </header>
                <p class="record-summary" lang=en>{summary.clone()}</p>
                {body}
                {inferred::section(lang, c, me)}
                <ProvenanceList loaded=loaded.clone() record=id.clone() provenance=provenance.clone() here/>
            </article>
        }
        .into_any()
    }
}

/// A definition-list row: the value, or "not stated".
fn field(lang: Locale, label: &'static str, value: Option<AnyView>) -> impl IntoView {
    view! {
        <dt>{label}</dt>
        <dd>{value.unwrap_or_else(|| view! { <span class="missing">{lang.not_stated()}</span> }.into_any())}</dd>
    }
}

/// The "inferred" marker after a link from `me` to `r`, when the link is inferred.
fn mark(c: &Catalog, lang: Locale, me: RecordRef, r: RecordRef) -> Option<impl IntoView + use<>> {
    c.link_reason(me, r).map(|_| inferred::tag_view(lang))
}

/// Records `me` links to, as a list of links (by translated name), or `None` when there are none.
fn linked(
    c: &Catalog,
    here: Here,
    me: RecordRef,
    collection: Collection,
    items: &[u32],
) -> Option<AnyView> {
    if items.is_empty() {
        return None;
    }
    let list = items
        .iter()
        .map(|&k| {
            let r = RecordRef::new(collection, k as usize);
            view! {
                <li>
                    <a href=here.record(r, c)>{name_view(words::record(here.lang, c, r))}</a>
                    {mark(c, here.lang, me, r)}
                </li>
            }
        })
        .collect_view();
    Some(view! { <ul class="inline-list">{list}</ul> }.into_any())
}

/// Names of records `me` links to that have no page (themes, parties), or `None`.
fn named(
    c: &Catalog,
    lang: Locale,
    me: RecordRef,
    collection: Collection,
    items: &[u32],
) -> Option<AnyView> {
    if items.is_empty() {
        return None;
    }
    let list = items
        .iter()
        .map(|&k| {
            let r = RecordRef::new(collection, k as usize);
            let role = match collection {
                Collection::Parties => c.parties()[k as usize].role.clone(),
                _ => None,
            };
            view! {
                <li>
                    {name_view(words::record(lang, c, r))}
                    {role.map(|role| view! { " " <span class="role" lang=(lang != Locale::En).then_some("en")>"("{role}")"</span> })}
                    {mark(c, lang, me, r)}
                </li>
            }
        })
        .collect_view();
    Some(view! { <ul class="inline-list">{list}</ul> }.into_any())
}

/// The record's scope, marked when it is inferred.
fn scope(c: &Catalog, lang: Locale, me: RecordRef, scope: Option<Scope>) -> Option<AnyView> {
    let s = scope?;
    let marked = c.scope_reason(me).map(|_| inferred::tag_view(lang));
    Some(view! { {words::scope(lang, s)}{marked} }.into_any())
}

/// Text as the dataset has it, or `None` when empty.
fn texts(lang: Locale, list: &[String]) -> Option<AnyView> {
    if list.is_empty() {
        return None;
    }
    let en = (lang != Locale::En).then_some("en");
    let items = list
        .iter()
        .map(|t| view! { <li>{t.clone()}</li> })
        .collect_view();
    Some(view! { <ul class="inline-list" lang=en>{items}</ul> }.into_any())
}

fn term(text: &'static str) -> Option<AnyView> {
    Some(text.into_any())
}

fn timeline(lang: Locale, t: &Timeline) -> AnyView {
    let years = match (t.start, t.end) {
        (Some(s), Some(e)) if s != e => Some(lang.years_range(&s.to_string(), &e.to_string())),
        (Some(s), _) => Some(lang.years_since(&s.to_string())),
        _ => None,
    };
    let rec = t.recurrence.map(|r| words::recurrence(lang, r));
    view! {
        <q lang="en">{t.label.clone()}</q>
        {years.map(|y| view! { ", " {y} })}
        {rec.map(|r| view! { ", " {r} })}
    }
    .into_any()
}

fn initiative(c: &Catalog, i: usize, here: Here) -> impl IntoView + use<> {
    let r = &c.initiatives()[i];
    let lang = here.lang;
    let me = RecordRef::new(Collection::Initiatives, i);
    view! {
        <dl class="fields">
            {field(lang, lang.field_kind(), term(words::kind(lang, r.kind)))}
            {field(lang, lang.field_status(), r.status.and_then(|s| term(words::status(lang, s))))}
            {field(lang, lang.field_scope(), scope(c, lang, me, r.scope))}
            {field(lang, lang.field_themes(), named(c, lang, me, Collection::Themes, c.initiative_themes.get(i)))}
            {field(lang, lang.field_sectors(), linked(c, here, me, Collection::Sectors, c.initiative_sectors.get(i)))}
            {field(lang, lang.field_corridors(), linked(c, here, me, Collection::Corridors, c.initiative_corridors.get(i)))}
            {field(lang, lang.field_parties(), named(c, lang, me, Collection::Parties, c.initiative_parties.get(i)))}
            {field(lang, lang.field_timeline(), r.timeline.as_ref().map(|t| timeline(lang, t)))}
            {field(lang, lang.field_outcomes(), texts(lang, &r.outcomes))}
            {field(lang, lang.field_related(), linked(c, here, me, Collection::Initiatives, c.initiative_related.get(i)))}
        </dl>
    }
}

fn sector(c: &Catalog, i: usize, here: Here) -> impl IntoView + use<> {
    let lang = here.lang;
    let me = RecordRef::new(Collection::Sectors, i);
    view! {
        <dl class="fields">
            {field(lang, lang.field_themes(), named(c, lang, me, Collection::Themes, c.sector_themes.get(i)))}
            {field(lang, lang.field_corridors(), linked(c, here, me, Collection::Corridors, c.sector_corridors.get(i)))}
            {field(lang, lang.field_sector_initiatives(), linked(c, here, me, Collection::Initiatives, c.sector_initiatives.get(i)))}
        </dl>
    }
}

fn corridor(c: &Catalog, i: usize, here: Here) -> impl IntoView + use<> {
    let r = &c.corridors()[i];
    let lang = here.lang;
    let me = RecordRef::new(Collection::Corridors, i);
    let route = {
        let stops = c.corridor_countries.get(i);
        (!stops.is_empty()).then(|| {
            let names: Vec<String> = stops
                .iter()
                .map(|&k| {
                    words::record(lang, c, RecordRef::new(Collection::Parties, k as usize))
                        .text
                        .into_owned()
                })
                .collect();
            names.join(" → ").into_any()
        })
    };
    view! {
        <dl class="fields">
            {field(lang, lang.field_route(), route)}
            {field(lang, lang.field_status(), r.status.and_then(|s| term(words::status(lang, s))))}
            {field(lang, lang.field_scope(), scope(c, lang, me, r.scope))}
            {field(lang, lang.field_themes(), named(c, lang, me, Collection::Themes, c.corridor_themes.get(i)))}
            {field(lang, lang.field_sectors(), linked(c, here, me, Collection::Sectors, c.corridor_sectors.get(i)))}
            {field(lang, lang.field_aims(), texts(lang, &r.outcomes))}
            {field(lang, lang.field_corridor_initiatives(), linked(c, here, me, Collection::Initiatives, c.corridor_initiatives.get(i)))}
        </dl>
    }
}

/// Where a record comes from: for each excerpt, the source, the section heading and the words, with
/// a link to read the excerpt in its place in the source.
#[component]
fn ProvenanceList(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The record's id.
    record: String,
    /// The record's provenance entries.
    provenance: Vec<Provenance>,
    /// The page's link builder.
    here: Here,
) -> impl IntoView {
    let lang = here.lang;
    let c = &loaded.explorer.catalog;
    let items = provenance
        .into_iter()
        .enumerate()
        .map(|(n, p)| {
            let source = c.source(p.source.as_str());
            let source_name = source.map_or_else(|| p.source.to_string(), |s| s.name.clone());
            let meta = source.map(|s| {
                let published = s
                    .published
                    .as_ref()
                    .map_or_else(|| lang.published_not_stated().to_string(), |d| lang.published_on(d));
                view! { <span class="source-meta"><span lang="en">{s.kind.clone()}</span>" · "{published}</span> }
            });
            let section = match &p.section {
                Some(s) => view! { <span lang="en">{s.clone()}</span> }.into_any(),
                None => lang.section_opening().into_any(),
            };
            let passage = ViewState {
                passage: Some(Passage {
                    record: record.clone(),
                    excerpt: n,
                }),
                ..here.carried.get_value()
            };
            let context = here
                .links
                .href(&Route::Source(p.source.to_string()), &passage);
            view! {
                <li class="provenance-item">
                    <figure>
                        <blockquote lang="en">{p.excerpt.clone()}</blockquote>
                        <figcaption>
                            <span class="source-name" lang="en">{source_name}</span>
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

//! A record's own page: every field (with "not stated" where the source is silent), related records
//! linked both ways, and where it comes from — source, section and the verbatim excerpt.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map};

use crate::app::{BasePath, use_base};
use crate::components::status::DatasetPending;
use crate::domain::catalog::Catalog;
use crate::domain::model::*;
use crate::domain::query;
use crate::domain::route::View;
use crate::state::{Loaded, record_href, use_data};

/// The page of one record of a view, by the id in the path.
#[component]
pub fn DetailPage(
    /// Which collection the record belongs to.
    view: View,
) -> impl IntoView {
    let data = use_data();
    let params = use_params_map();
    move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        match data.current() {
            Some(loaded) => view! { <Record view id loaded/> }.into_any(),
            None => view! {
                <Title text=format!("{} · Cooperation Explorer", view.label())/>
                <h1>{view.label()}</h1>
                <DatasetPending/>
            }
            .into_any(),
        }
    }
}

/// Links that keep a dataset given by address.
#[derive(Clone)]
struct Links {
    base: BasePath,
    data: Option<String>,
}

impl Links {
    fn record(&self, view: View, id: &Id) -> String {
        record_href(&self.base, view, id.as_str(), self.data.as_deref())
    }
    fn list(&self, view: View) -> String {
        let state = query::ViewState {
            data: self.data.clone(),
            ..Default::default()
        };
        self.base.href(&crate::state::page_path(view, &state))
    }
}

#[component]
fn Record(view: View, id: String, loaded: Arc<Loaded>) -> impl IntoView {
    let location = use_location();
    let data_param = location.search.with_untracked(|s| query::parse(s).0.data);
    let links = Links {
        base: use_base(),
        data: data_param,
    };
    let c = &loaded.explorer.catalog;
    let back = view! { <p class="back"><a href=links.list(view)>{format!("← All {}", view.label().to_lowercase())}</a></p> };
    let body = match view {
        View::Initiatives => c
            .initiative(&id)
            .map(|r| initiative(c, r, &links).into_any()),
        View::Sectors => c.sector(&id).map(|r| sector(c, r, &links).into_any()),
        View::Corridors => c.corridor(&id).map(|r| corridor(c, r, &links).into_any()),
    };
    let title = match view {
        View::Initiatives => c.initiative(&id).map(|r| r.name.clone()),
        View::Sectors => c.sector(&id).map(|r| r.name.clone()),
        View::Corridors => c.corridor(&id).map(|r| r.name.clone()),
    };
    match (body, title) {
        (Some(body), Some(title)) => view! {
            <Title text=format!("{title} · Cooperation Explorer")/>
            {back}
            <article class="record">{body}</article>
        }
        .into_any(),
        _ => view! {
            <Title text="Record not found · Cooperation Explorer"/>
            {back}
            <h1>{format!("No {} with this id", view.singular())}</h1>
            <p>{format!("The dataset in use has no {} with the id “{}”.", view.singular(), shorten(&id))}</p>
        }
        .into_any(),
    }
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(80).collect();
    if s.chars().count() > 80 {
        out.push('…');
    }
    out
}

/// A definition-list row: the value, or "not stated".
fn field(label: &'static str, value: Option<AnyView>) -> impl IntoView {
    view! {
        <dt>{label}</dt>
        <dd>{value.unwrap_or_else(|| view! { <span class="missing">"not stated"</span> }.into_any())}</dd>
    }
}

/// A list of linked records, or `None` when empty.
fn linked(items: Vec<(String, String)>) -> Option<AnyView> {
    if items.is_empty() {
        return None;
    }
    Some(
        view! {
            <ul class="inline-list">
                {items.into_iter().map(|(href, name)| view! { <li><a href=href>{name}</a></li> }).collect_view()}
            </ul>
        }
        .into_any(),
    )
}

/// A list of plain names, or `None` when empty.
fn plain(items: Vec<String>) -> Option<AnyView> {
    if items.is_empty() {
        return None;
    }
    Some(view! { <ul class="inline-list">{items.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul> }.into_any())
}

fn text(s: impl Into<String>) -> Option<AnyView> {
    let s: String = s.into();
    Some(view! { <span>{s}</span> }.into_any())
}

fn theme_names(c: &Catalog, ids: &[Id]) -> Vec<String> {
    ids.iter()
        .filter_map(|id| c.theme(id.as_str()).map(|t| t.name.clone()))
        .collect()
}

fn sector_links(c: &Catalog, ids: &[Id], links: &Links) -> Vec<(String, String)> {
    ids.iter()
        .filter_map(|id| {
            c.sector(id.as_str())
                .map(|s| (links.record(View::Sectors, id), s.name.clone()))
        })
        .collect()
}

fn corridor_links(c: &Catalog, ids: &[Id], links: &Links) -> Vec<(String, String)> {
    ids.iter()
        .filter_map(|id| {
            c.corridor(id.as_str())
                .map(|s| (links.record(View::Corridors, id), s.name.clone()))
        })
        .collect()
}

fn initiative_links(c: &Catalog, indexes: &[u32], links: &Links) -> Vec<(String, String)> {
    indexes
        .iter()
        .map(|&i| {
            let r = &c.initiatives()[i as usize];
            (links.record(View::Initiatives, &r.id), r.name.clone())
        })
        .collect()
}

fn outcomes(list: &[String]) -> Option<AnyView> {
    plain(list.to_vec())
}

fn initiative(c: &Catalog, r: &Initiative, links: &Links) -> impl IntoView {
    let i = c.initiative_index(r.id.as_str()).unwrap_or(0);
    let parties: Vec<String> = r
        .parties
        .iter()
        .filter_map(|id| c.party(id.as_str()))
        .map(|p| match &p.role {
            Some(role) => format!("{} ({role})", p.name),
            None => p.name.clone(),
        })
        .collect();
    let timeline = r.timeline.as_ref().map(|t| {
        let mut parts = vec![format!("“{}”", t.label)];
        match (t.start, t.end) {
            (Some(s), Some(e)) if s != e => parts.push(format!("{s} to {e}")),
            (Some(s), _) => parts.push(format!("from {s}")),
            _ => {}
        }
        if let Some(rec) = t.recurrence {
            parts.push(rec.label().to_lowercase());
        }
        parts.join(", ")
    });
    view! {
        <header class="record-header">
            <p class="eyebrow">{r.kind.label()}</p>
            <h1>{r.name.clone()}</h1>
        </header>
        <p class="record-summary">{r.summary.clone()}</p>
        <dl class="fields">
            {field("Kind", text(r.kind.label()))}
            {field("Status (as worded)", r.status.and_then(|s| text(s.label())))}
            {field("Scope", r.scope.and_then(|s| text(s.label())))}
            {field("Themes", plain(theme_names(c, &r.themes)))}
            {field("Sectors", linked(sector_links(c, &r.sectors, links)))}
            {field("Corridors", linked(corridor_links(c, &r.corridors, links)))}
            {field("Parties", plain(parties))}
            {field("Timeline", timeline.and_then(text))}
            {field("Expected outcomes", outcomes(&r.outcomes))}
            {field("Related initiatives", linked(initiative_links(c, c.initiative_related.get(i), links)))}
        </dl>
        <Provenance catalog_sources=c.sources().to_vec() provenance=r.provenance.clone()/>
    }
}

fn sector(c: &Catalog, r: &Sector, links: &Links) -> impl IntoView {
    let i = c.sectors().iter().position(|s| s.id == r.id).unwrap_or(0);
    // Corridors naming the sector, from either side.
    let mut corridor_ids = r.corridors.clone();
    for corridor in c.corridors() {
        if corridor.sectors.contains(&r.id) && !corridor_ids.contains(&corridor.id) {
            corridor_ids.push(corridor.id.clone());
        }
    }
    view! {
        <header class="record-header">
            <p class="eyebrow">"Sector"</p>
            <h1>{r.name.clone()}</h1>
        </header>
        <p class="record-summary">{r.summary.clone()}</p>
        <dl class="fields">
            {field("Themes", plain(theme_names(c, &r.themes)))}
            {field("Corridors", linked(corridor_links(c, &corridor_ids, links)))}
            {field("Initiatives in this sector", linked(initiative_links(c, c.sector_initiatives.get(i), links)))}
        </dl>
        <Provenance catalog_sources=c.sources().to_vec() provenance=r.provenance.clone()/>
    }
}

fn corridor(c: &Catalog, r: &Corridor, links: &Links) -> impl IntoView {
    let i = c.corridors().iter().position(|s| s.id == r.id).unwrap_or(0);
    let countries: Vec<String> = r
        .countries
        .iter()
        .filter_map(|id| c.party(id.as_str()).map(|p| p.name.clone()))
        .collect();
    let route = (!countries.is_empty()).then(|| countries.join(" → "));
    view! {
        <header class="record-header">
            <p class="eyebrow">"Corridor"</p>
            <h1>{r.name.clone()}</h1>
        </header>
        <p class="record-summary">{r.summary.clone()}</p>
        <dl class="fields">
            {field("Route", route.and_then(text))}
            {field("Status (as worded)", r.status.and_then(|s| text(s.label())))}
            {field("Scope", r.scope.and_then(|s| text(s.label())))}
            {field("Themes", plain(theme_names(c, &r.themes)))}
            {field("Sectors", linked(sector_links(c, &r.sectors, links)))}
            {field("Aims and expected outcomes", outcomes(&r.outcomes))}
            {field("Initiatives on this corridor", linked(initiative_links(c, c.corridor_initiatives.get(i), links)))}
        </dl>
        <Provenance catalog_sources=c.sources().to_vec() provenance=r.provenance.clone()/>
    }
}

/// Where a record comes from: for each excerpt, the source, the section heading and the words.
#[component]
fn Provenance(
    /// The dataset's sources.
    catalog_sources: Vec<Source>,
    /// The record's provenance entries.
    provenance: Vec<crate::domain::model::Provenance>,
) -> impl IntoView {
    let items = provenance
        .into_iter()
        .map(|p| {
            let source = catalog_sources.iter().find(|s| s.id == p.source);
            let source_name = source.map_or_else(|| p.source.to_string(), |s| s.name.clone());
            let source_meta = source.map(|s| {
                let mut bits = vec![s.kind.clone()];
                if let Some(f) = &s.file {
                    bits.push(format!("file {f}"));
                }
                bits.push(
                    s.published
                        .clone()
                        .map_or("publication date not stated".into(), |d| {
                            format!("published {d}")
                        }),
                );
                bits.join(" · ")
            });
            let section = p
                .section
                .clone()
                .unwrap_or_else(|| "Opening paragraph (before the first heading)".into());
            view! {
                <li class="provenance-item">
                    <figure>
                        <blockquote>{p.excerpt.clone()}</blockquote>
                        <figcaption>
                            <span class="source-name">{source_name}</span>
                            {source_meta.map(|m| view! { <span class="source-meta">{m}</span> })}
                            <span class="section">"Section: " {section}</span>
                        </figcaption>
                    </figure>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="provenance" aria-labelledby="provenance-heading">
            <h2 id="provenance-heading">"Where this comes from"</h2>
            <p class="hint">"Quoted exactly as the source has it, typos included."</p>
            <ul>{items}</ul>
        </section>
    }
}

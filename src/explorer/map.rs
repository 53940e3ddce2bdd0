//! A schematic map (SVG drawn by the app, no tiles): countries (click to filter by country) and
//! corridors as routes through the countries they link (click to filter by corridor, or open it),
//! with a legend below the map and a text alternative listing the same links under headings.

use cooperation_core::address::query::{FacetKey, ViewState};
use cooperation_core::address::route::View;
use cooperation_core::data::catalog::{Catalog, Collection};
use cooperation_core::explore::ViewIndex;
use cooperation_core::present::geo;
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

use crate::context::locale::locale;
use crate::explorer::controller::ListState;
use crate::explorer::picture::{Drawn, PictureButtons};
use crate::words;

/// A corridor on the map: its route's points, where it links to, its name, its count among the
/// matches and whether it is a selected filter.
struct RouteLine {
    points: Vec<(i32, i32)>,
    href: String,
    name: String,
    name_lang: Option<&'static str>,
    count: Option<u32>,
    selected: bool,
}

/// Height of one legend row below the map.
const LEGEND_ROW: i32 = 26;

/// The map of the view.
#[component]
pub fn MapView(
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let lang = locale();
    move || {
        let state = list.state.get();
        list.with_index(|index, loaded| {
            drawing(lang, &loaded.explorer.catalog, index, list, &state)
        })
    }
}

/// The map, its legend and its text alternative, for the current matches.
fn drawing(
    lang: Locale,
    catalog: &Catalog,
    index: &ViewIndex,
    list: ListState,
    state: &ViewState,
) -> impl IntoView + use<> {
    let view = list.view();
    let country_key = if view == View::Corridors {
        FacetKey::Country
    } else {
        FacetKey::Party
    };
    let breakdown = list
        .selection
        .with(|s| index.breakdown(&s.matches, state.inferred));
    let count_in = |key: FacetKey, id: &str| -> Option<u32> {
        let pos = index.facets.iter().position(|f| f.key == key)?;
        let o = index.facets[pos].option_index(id)?;
        Some(breakdown[pos][o])
    };
    let routes = routes(lang, catalog, list, state, &|id| {
        count_in(FacetKey::Corridor, id)
    });
    let (w, h) = geo::size();
    let (w, h) = (w.round() as i32, h.round() as i32);
    let legend_h = LEGEND_ROW * routes.len() as i32 + if routes.is_empty() { 0 } else { 12 };
    let countries = geo::COUNTRIES
        .iter()
        .map(|country| {
            let count = count_in(country_key, country.id);
            let selected = state.selected(country_key).iter().any(|v| v == country.id);
            let href = list.href(&state.toggled(country_key, country.id));
            country_shape(lang, catalog, country, count, selected, href)
        })
        .collect_view();
    let lines = routes
        .iter()
        .map(|r| {
            let pts = r
                .points
                .iter()
                .map(|(x, y)| format!("{x},{y}"))
                .collect::<Vec<_>>()
                .join(" ");
            let stops = r
                .points
                .iter()
                .map(|&(x, y)| view! { <circle class="route-stop" cx=x cy=y r="6"></circle> })
                .collect_view();
            view! {
                <g class="route" class:selected=r.selected aria-hidden="true">
                    <polyline class="route-line" points=pts></polyline>
                    {stops}
                </g>
            }
        })
        .collect_view();
    let legend = routes
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let y = h + 12 + LEGEND_ROW * k as i32 + 18;
            let text = match (view, r.count) {
                (View::Initiatives, Some(n)) => format!("{} ({})", r.name, lang.number(n as usize)),
                _ => r.name.clone(),
            };
            let aria = match view {
                View::Initiatives if r.selected => lang.map_selected(&text),
                View::Initiatives => lang.map_filter(&text),
                _ => lang.map_open(&text),
            };
            view! {
                <g class="legend-item" class:selected=r.selected>
                    <a href=r.href.clone() aria-label=aria>
                        <rect class="legend-hit" x="10" y=y - 18 width=w - 20 height="24"></rect>
                        <line class="route-line" x1="16" x2="52" y1=y - 6 y2=y - 6></line>
                        <text class="legend-label" x="60" y=y lang=r.name_lang>{text}</text>
                    </a>
                </g>
            }
        })
        .collect_view();
    let alt_countries = geo::COUNTRIES
        .iter()
        .filter_map(|country| {
            let n = count_in(country_key, country.id)?;
            let selected = state.selected(country_key).iter().any(|v| v == country.id);
            let href = list.href(&state.toggled(country_key, country.id));
            let name = country_name(lang, catalog, country);
            let action = if selected {
                lang.map_remove_filter(&name)
            } else {
                name
            };
            Some(view! { <li><a href=href>{action}</a>" "{lang.map_matching(n as usize)}</li> })
        })
        .collect_view();
    let alt_routes = routes
        .iter()
        .map(|r| {
            let n = r.count.map(|n| lang.map_matching(n as usize));
            view! { <li><a href=r.href.clone() lang=r.name_lang>{r.name.clone()}</a>" "{n}</li> }
        })
        .collect_view();
    view! {
        <section class="visual map" aria-labelledby="map-title">
            <h2 id="map-title">{lang.map_title()}</h2>
            <p class="hint">{lang.map_hint()}</p>
            <div class="svg-wrap">
                <svg class="map-svg" viewBox=format!("0 0 {w} {}", h + legend_h) role="group" aria-label=lang.map_label()>
                    {countries}
                    {lines}
                    <line class="map-divider" x1="0" x2=w y1=h y2=h aria-hidden="true"></line>
                    {legend}
                </svg>
            </div>
            <PictureButtons list name="map".to_string() title=lang.map_title().to_string() drawn=Drawn::Screen("svg.map-svg")/>
            <div class="map-alt">
                <div>
                    <h3 id="map-countries">{lang.map_countries()}</h3>
                    <ul aria-labelledby="map-countries">{alt_countries}</ul>
                </div>
                <div>
                    <h3 id="map-corridors">{lang.map_corridors()}</h3>
                    <ul aria-labelledby="map-corridors">{alt_routes}</ul>
                </div>
            </div>
        </section>
    }
}

/// A country's name in the language in use: as the dataset names it (translated) where it is one
/// of its parties, else as the map does.
fn country_name(lang: Locale, catalog: &Catalog, country: &geo::Country) -> String {
    let name = match catalog.lookup(country.id) {
        Some(r) if r.collection == Collection::Parties => words::record(lang, catalog, r),
        _ => words::translated_name(lang, Collection::Parties, country.id, country.name),
    };
    name.text.into_owned()
}

/// A country's outline and label; a link that toggles its filter when the matches name it.
fn country_shape(
    lang: Locale,
    catalog: &Catalog,
    country: &geo::Country,
    count: Option<u32>,
    selected: bool,
    href: String,
) -> AnyView {
    let (lx, ly) = geo::project(country.anchor);
    let (lx, ly) = (lx.round() as i32, ly.round() as i32);
    let name = country_name(lang, catalog, country);
    let label = match count {
        Some(n) => format!("{name} ({})", lang.number(n as usize)),
        None => name,
    };
    let body = view! {
        <path class="country-shape" d=geo::path(country.outline)></path>
        <text class="country-label" x=lx y=ly - 12 text-anchor="middle">{label.clone()}</text>
    };
    if count.is_none() {
        return view! { <g class="country" aria-hidden="true">{body}</g> }.into_any();
    }
    let aria = if selected {
        lang.map_selected(&label)
    } else {
        lang.map_filter(&label)
    };
    view! {
        <g class="country in-data" class:selected=selected>
            <a href=href aria-label=aria>{body}</a>
        </g>
    }
    .into_any()
}

/// The corridors as routes through their countries' labels, in route order.
fn routes(
    lang: Locale,
    catalog: &Catalog,
    list: ListState,
    state: &ViewState,
    count: &dyn Fn(&str) -> Option<u32>,
) -> Vec<RouteLine> {
    let view = list.view();
    catalog
        .corridors()
        .iter()
        .filter_map(|r| {
            let points: Vec<(i32, i32)> = r
                .countries
                .iter()
                .filter_map(|id| geo::country(id.as_str()).map(|g| geo::project(g.anchor)))
                .map(|(x, y)| (x.round() as i32, y.round() as i32))
                .collect();
            if points.len() < 2 {
                return None;
            }
            let (href, selected) = if view == View::Initiatives {
                (
                    list.href(&state.toggled(FacetKey::Corridor, r.id.as_str())),
                    state.selected(FacetKey::Corridor).contains(&r.id.0),
                )
            } else {
                (list.record_href(View::Corridors, r.id.as_str()), false)
            };
            let name = match catalog.lookup(r.id.as_str()) {
                Some(me) => words::record(lang, catalog, me),
                None => words::dataset_text(lang, &r.name),
            };
            Some(RouteLine {
                points,
                href,
                name_lang: name.lang(),
                name: name.text.into_owned(),
                count: count(r.id.as_str()),
                selected,
            })
        })
        .collect()
}

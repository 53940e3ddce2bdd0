//! The selection as pictures: a timeline, bar charts per facet and a schematic corridor map, all SVG
//! drawn by the app, each with a text or table alternative, and each clickable through the same URL
//! state as the facets.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::explore::Selection;
use crate::domain::geo;
use crate::domain::model::{Recurrence, Term};
use crate::domain::query::{FacetKey, ViewState};
use crate::domain::route::View;
use crate::domain::timeline::{self, Shape};
use crate::state::{Loaded, PageState};

/// The timeline of the matching initiatives, with a table alternative and the undated ones listed.
#[component]
pub fn TimelineView(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection.
    selection: Memo<Selection>,
) -> impl IntoView {
    move || {
        let c = &loaded.explorer.catalog;
        let t = selection.with(|s| timeline::timeline(c, &s.matches));
        let (lo, hi) = t.years.map_or((2024, 2026), |(a, b)| (a - 1, b + 1));
        let longest = t
            .rows
            .iter()
            .map(|r| {
                c.initiatives()[r.index as usize]
                    .name
                    .chars()
                    .count()
                    .min(60)
            })
            .max()
            .unwrap_or(10);
        let label_w = (longest as i32 * 76 / 10 + 24).clamp(160, 480);
        let width = label_w + 620;
        let row_h = 34_i32;
        let top = 36_i32;
        let span = hi - lo + 1;
        let x = move |year: i32| label_w + (year - lo) * (width - label_w - 20) / span;
        let year_w = (width - label_w - 20) / span;
        let height = top + row_h * t.rows.len().max(1) as i32 + 10;
        let ticks = (lo..=hi)
            .map(|y| {
                view! {
                    <g class="tl-tick">
                        <line x1=x(y) x2=x(y) y1=top - 6 y2=height - 6></line>
                        <text x=x(y) + year_w / 2 y=top - 12 text-anchor="middle">{y}</text>
                    </g>
                }
            })
            .collect_view();
        let rows = t
            .rows
            .iter()
            .enumerate()
            .map(|(k, row)| {
                let r = &c.initiatives()[row.index as usize];
                let y = top + row_h * k as i32;
                let href = page.detail_href(View::Initiatives, r.id.as_str());
                let name = truncate(&r.name, 60);
                let shape = match row.shape() {
                    Shape::Range(s, e) => view! {
                        <rect class="tl-bar" x=x(s) y=y + 8 width=x(e + 1) - x(s) height=row_h - 16 rx="4"></rect>
                    }
                    .into_any(),
                    Shape::Launch(s) => {
                        let cx = x(s) + 8;
                        let cy = y + row_h / 2;
                        let points = format!("{},{} {},{} {},{} {},{}", cx, cy - 9, cx + 9, cy, cx, cy + 9, cx - 9, cy);
                        view! { <polygon class="tl-launch" points=points></polygon> }.into_any()
                    }
                    Shape::Recurring(rec) => {
                        let cy = y + row_h / 2;
                        let step = if rec == Recurrence::Annual { year_w } else { year_w / 2 }.max(1);
                        let n = ((width - 20 - label_w) / step) as usize;
                        let marks = (0..n)
                            .map(|m| {
                                let cx = label_w + step * m as i32 + step / 2;
                                view! { <circle class="tl-repeat" cx=cx cy=cy r="5"></circle> }
                            })
                            .collect_view();
                        view! {
                            <g>
                                <line class="tl-repeat-line" x1=label_w x2=width - 20 y1=cy y2=cy></line>
                                {marks}
                            </g>
                        }
                        .into_any()
                    }
                    Shape::LabelOnly => view! { <g></g> }.into_any(),
                };
                let label = row.label.clone();
                let label_x = match row.shape() {
                    Shape::Range(_, e) => x(e + 1) + 6,
                    Shape::Launch(s) => x(s) + 22,
                    _ => label_w + 6,
                };
                let label_y = match row.shape() {
                    Shape::Recurring(_) => y + 6,
                    _ => y + row_h / 2 + 5,
                };
                view! {
                    <g class="tl-row">
                        <a href=href>
                            <rect class="tl-hit" x="0" y=y width=width height=row_h></rect>
                            <text class="tl-name" x="8" y=y + row_h / 2 + 5>{name}</text>
                            {shape}
                            <text class="tl-label" x=label_x y=label_y>{label}</text>
                        </a>
                    </g>
                }
            })
            .collect_view();
        let table_rows = t
            .rows
            .iter()
            .map(|row| {
                let r = &c.initiatives()[row.index as usize];
                let href = page.detail_href(View::Initiatives, r.id.as_str());
                let years = match (row.start, row.end) {
                    (Some(s), Some(e)) if e != s => format!("{s}–{e}"),
                    (Some(s), _) => s.to_string(),
                    _ => "not stated".to_string(),
                };
                let recurrence = row
                    .recurrence
                    .map_or("—".to_string(), |r| r.label().to_string());
                view! {
                    <tr>
                        <th scope="row"><a href=href>{r.name.clone()}</a></th>
                        <td>{format!("“{}”", row.label)}</td>
                        <td>{years}</td>
                        <td>{recurrence}</td>
                    </tr>
                }
            })
            .collect_view();
        let undated = t
            .undated
            .iter()
            .map(|&i| {
                let r = &c.initiatives()[i as usize];
                let href = page.detail_href(View::Initiatives, r.id.as_str());
                view! { <li><a href=href>{r.name.clone()}</a></li> }
            })
            .collect_view();
        let n_rows = t.rows.len();
        let n_undated = t.undated.len();
        view! {
            <section class="visual timeline" aria-labelledby="timeline-title">
                <h2 id="timeline-title">{format!("Timeline: {n_rows} initiative{} state when", if n_rows == 1 { "" } else { "s" })}</h2>
                <p class="hint">"Bars span stated years, diamonds mark a launch year, dots repeat for events that recur with no years stated. Labels are the source’s own words."</p>
                {(n_rows > 0).then(|| view! {
                    <div class="svg-wrap">
                        <svg class="timeline-svg" viewBox=format!("0 0 {width} {height}") role="group" aria-label="Timeline chart">
                            {ticks}
                            {rows}
                        </svg>
                    </div>
                })}
                <details class="data-table">
                    <summary>"Timeline as a table"</summary>
                    <table>
                        <caption>"Initiatives with a stated timeline"</caption>
                        <thead><tr><th scope="col">"Initiative"</th><th scope="col">"Source wording"</th><th scope="col">"Years"</th><th scope="col">"Recurrence"</th></tr></thead>
                        <tbody>{table_rows}</tbody>
                    </table>
                </details>
                {(n_undated > 0).then(|| view! {
                    <h3>{format!("No timeline stated ({n_undated})")}</h3>
                    <ul class="undated">{undated}</ul>
                })}
            </section>
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n - 1).collect();
    out.push('…');
    out
}

/// One bar chart per facet of the view, counting the matches; bars toggle the filter.
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
    move || {
        let index = loaded.explorer.view(view);
        let breakdown = selection.with(|s| index.breakdown(&s.matches));
        let state = page.state.get();
        index
            .facets
            .iter()
            .zip(breakdown)
            .filter(|(f, _)| !matches!(f.key, FacetKey::Party))
            .map(|(f, counts)| {
                let mut bars: Vec<(usize, u32)> = counts.iter().copied().enumerate().filter(|(_, n)| *n > 0).collect();
                bars.sort_unstable_by_key(|&(o, n)| (std::cmp::Reverse(n), o));
                bars.truncate(15);
                let max = bars.first().map_or(1, |b| b.1).max(1) as i32;
                let row_h = 26_i32;
                let longest = bars.iter().map(|&(o, _)| f.options[o].label.chars().count().min(60)).max().unwrap_or(10);
                let label_w = (longest as i32 * 72 / 10 + 16).clamp(100, 440);
                let width = label_w + 330;
                let height = row_h * bars.len().max(1) as i32 + 4;
                let title_id = format!("chart-{}", f.key.slug());
                let labelled_by = title_id.clone();
                let key = f.key;
                let items = bars
                    .iter()
                    .enumerate()
                    .map(|(k, &(o, n))| {
                        let opt = &f.options[o];
                        let selected = state.selected(key).contains(&opt.value);
                        let href = page.href(&state.toggled(key, &opt.value));
                        let y = k as i32 * row_h;
                        let w = ((width - label_w - 50) * n as i32 / max).max(2);
                        let shown = truncate(&opt.label, 60);
                        view! {
                            <g class="bar" class:selected=selected>
                                <a href=href aria-current=selected.then_some("true")>
                                    <rect class="bar-hit" x="0" y=y width=width height=row_h></rect>
                                    <text class="bar-label" x=label_w - 8 y=y + 17 text-anchor="end">{shown}</text>
                                    <rect class="bar-fill" x=label_w y=y + 4 width=w height=row_h - 8 rx="3"></rect>
                                    <text class="bar-count" x=label_w + w + 6 y=y + 17>{format!(" {n}")}</text>
                                </a>
                            </g>
                        }
                    })
                    .collect_view();
                let table = bars
                    .iter()
                    .map(|&(o, n)| view! { <tr><th scope="row">{f.options[o].label.clone()}</th><td class="num">{n}</td></tr> })
                    .collect_view();
                let legend = f.label;
                view! {
                    <figure class="visual chart" aria-labelledby=labelled_by>
                        <figcaption id=title_id>{format!("{} by {}", noun_for(view), legend.to_lowercase())}</figcaption>
                        {(!bars.is_empty()).then(|| view! {
                            <div class="svg-wrap">
                                <svg viewBox=format!("0 0 {width} {height}") role="group" aria-label=format!("Bar chart: {legend}")>{items}</svg>
                            </div>
                        })}
                        <details class="data-table">
                            <summary>{format!("{legend} counts as a table")}</summary>
                            <table>
                                <thead><tr><th scope="col">{legend}</th><th scope="col">"Matches"</th></tr></thead>
                                <tbody>{table}</tbody>
                            </table>
                        </details>
                    </figure>
                }
            })
            .collect_view()
    }
}

fn noun_for(view: View) -> &'static str {
    match view {
        View::Initiatives => "Initiatives",
        View::Sectors => "Sectors",
        View::Corridors => "Corridors",
    }
}

/// A schematic map: countries (click to filter by country) and corridors as routes (click to filter
/// by corridor, or open it), with a text alternative listing the same links.
#[component]
pub fn MapView(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection.
    selection: Memo<Selection>,
) -> impl IntoView {
    let view = page.view();
    move || {
        let c = &loaded.explorer.catalog;
        let index = loaded.explorer.view(view);
        let state: ViewState = page.state.get();
        let country_key = if view == View::Corridors {
            FacetKey::Country
        } else {
            FacetKey::Party
        };
        let breakdown = selection.with(|s| index.breakdown(&s.matches));
        let facet_pos = index.facets.iter().position(|f| f.key == country_key);
        let count_of = |id: &str| -> Option<u32> {
            let f = &index.facets[facet_pos?];
            let o = f.option_index(id)?;
            Some(breakdown[facet_pos?][o])
        };
        let (w, h) = geo::size();
        let (w, h) = (w.round() as i32, h.round() as i32);
        let countries = geo::COUNTRIES
            .iter()
            .map(|country| {
                let path = geo::path(country.outline);
                let (lx, ly) = geo::project(country.anchor);
                let (lx, ly) = (lx.round() as i32, ly.round() as i32);
                let count = count_of(country.id);
                let in_data = count.is_some();
                let selected = state.selected(country_key).iter().any(|v| v == country.id);
                let label = match count {
                    Some(n) => format!("{} ({n})", country.name),
                    None => country.name.to_string(),
                };
                let body = view! {
                    <path class="country-shape" d=path></path>
                    <text class="country-label" x=lx y=ly - 12 text-anchor="middle">{label.clone()}</text>
                };
                if in_data {
                    let href = page.href(&state.toggled(country_key, country.id));
                    let action = if selected { "selected, activate to remove the filter" } else { "activate to filter" };
                    let aria = format!("{label}, {action}");
                    view! {
                        <g class="country in-data" class:selected=selected>
                            <a href=href aria-label=aria>{body}</a>
                        </g>
                    }
                    .into_any()
                } else {
                    view! { <g class="country" aria-hidden="true">{body}</g> }.into_any()
                }
            })
            .collect_view();
        // Corridors as routes through their countries' labels, in route order.
        let corridor_facet = index
            .facets
            .iter()
            .position(|f| f.key == FacetKey::Corridor);
        let corridor_count = |id: &str| -> Option<u32> {
            let fp = corridor_facet?;
            let o = index.facets[fp].option_index(id)?;
            Some(breakdown[fp][o])
        };
        let routes: Vec<(String, String, String, Option<u32>, bool)> = c
            .corridors()
            .iter()
            .filter_map(|r| {
                let points: Vec<(f32, f32)> = r
                    .countries
                    .iter()
                    .filter_map(|id| geo::country(id.as_str()).map(|g| geo::project(g.anchor)))
                    .collect();
                if points.len() < 2 {
                    return None;
                }
                let pts = points
                    .iter()
                    .map(|(x, y)| format!("{},{}", x.round() as i32, y.round() as i32))
                    .collect::<Vec<_>>()
                    .join(" ");
                let (href, selected) = if view == View::Initiatives {
                    (
                        page.href(&state.toggled(FacetKey::Corridor, r.id.as_str())),
                        state.selected(FacetKey::Corridor).contains(&r.id.0),
                    )
                } else {
                    (page.detail_href(View::Corridors, r.id.as_str()), false)
                };
                Some((
                    pts,
                    href,
                    r.name.clone(),
                    corridor_count(r.id.as_str()),
                    selected,
                ))
            })
            .collect();
        let route_views = routes
            .iter()
            .map(|(pts, _, _, _, selected)| {
                view! {
                    <g class="route" class:selected=*selected aria-hidden="true">
                        <polyline class="route-line" points=pts.clone()></polyline>
                    </g>
                }
            })
            .collect_view();
        let stops = routes
            .iter()
            .flat_map(|(pts, ..)| pts.split(' ').map(str::to_string).collect::<Vec<_>>())
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap_or(("0", "0"));
                view! { <circle class="route-stop" cx=x.to_string() cy=y.to_string() r="6" aria-hidden="true"></circle> }
            })
            .collect_view();
        // The legend names each corridor; its entries are the corridor links.
        let legend_top = h - 16 - 26 * routes.len().min(8) as i32;
        let legend = routes
            .iter()
            .take(8)
            .enumerate()
            .map(|(k, (_, href, name, count, selected))| {
                let y = legend_top + 26 * k as i32;
                let text = match (view, count) {
                    (View::Initiatives, Some(n)) => format!("{name} ({n})"),
                    _ => name.clone(),
                };
                let hint = match view {
                    View::Initiatives if *selected => ", selected, activate to remove the filter",
                    View::Initiatives => ", activate to filter",
                    _ => ", activate to open",
                };
                let aria = format!("{text}{hint}");
                view! {
                    <g class="legend-item" class:selected=*selected>
                        <a href=href.clone() aria-label=aria>
                            <rect class="legend-hit" x="10" y=y - 18 width="560" height="24"></rect>
                            <line class="route-line" x1="16" x2="52" y1=y - 6 y2=y - 6></line>
                            <text class="legend-label" x="60" y=y>{text}</text>
                        </a>
                    </g>
                }
            })
            .collect_view();
        let alt_countries = geo::COUNTRIES
            .iter()
            .filter_map(|country| {
                let n = count_of(country.id)?;
                let selected = state.selected(country_key).iter().any(|v| v == country.id);
                let href = page.href(&state.toggled(country_key, country.id));
                let action = if selected { "Remove filter: " } else { "" };
                Some(view! { <li><a href=href>{format!("{action}{}", country.name)}</a>{format!(" — {n} matching")}</li> })
            })
            .collect_view();
        let alt_routes = routes
            .iter()
            .map(|(_, href, name, count, _)| {
                let n = count
                    .map(|n| format!(" — {n} matching"))
                    .unwrap_or_default();
                view! { <li><a href=href.clone()>{name.clone()}</a>{n}</li> }
            })
            .collect_view();
        view! {
            <section class="visual map" aria-labelledby="map-title">
                <h2 id="map-title">"Corridor map"</h2>
                <p class="hint">"Schematic, not to scale. Countries named in the data are outlined and clickable; corridors are drawn as routes through the countries they link, in the order the data gives."</p>
                <div class="svg-wrap">
                    <svg class="map-svg" viewBox=format!("0 0 {w} {h}") role="group" aria-label="Schematic map of Central Asia and western China">
                        {countries}
                        {route_views}
                        {stops}
                        {legend}
                    </svg>
                </div>
                <div class="map-alt">
                    <h3>"Countries"</h3>
                    <ul>{alt_countries}</ul>
                    <h3>"Corridors"</h3>
                    <ul>{alt_routes}</ul>
                </div>
            </section>
        }
    }
}

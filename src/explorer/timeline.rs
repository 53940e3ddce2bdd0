//! The matching initiatives on a timeline (SVG drawn by the app): bars for stated year ranges,
//! diamonds for launch years, repeated dots for recurring events, each labelled with the source's
//! own words; with a table alternative and the undated initiatives listed.

use cooperation_core::address::route::View;
use cooperation_core::data::catalog::{Catalog, Collection, RecordRef};
use cooperation_core::data::model::Recurrence;
use cooperation_core::present::timeline::{self, Shape, TimelineRow};
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

use crate::context::locale::locale;
use crate::explorer::controller::ListState;
use crate::explorer::picture::{Drawn, PictureButtons};
use crate::words;

/// A name shortened to `n` characters.
fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n - 1).collect();
    out.push('…');
    out
}

/// The drawing's geometry: label column, width, row height and the year scale.
#[derive(Clone, Copy)]
struct Scale {
    label_w: i32,
    width: i32,
    row_h: i32,
    top: i32,
    lo: i32,
    span: i32,
}

impl Scale {
    fn x(&self, year: i32) -> i32 {
        self.label_w + (year - self.lo) * (self.width - self.label_w - 20) / self.span
    }
    fn year_w(&self) -> i32 {
        (self.width - self.label_w - 20) / self.span
    }
}

/// One row's mark: a bar, a diamond or a line of dots (nothing when only a label is stated).
fn mark(s: Scale, row: &TimelineRow, y: i32) -> AnyView {
    let row_h = s.row_h;
    match row.shape() {
        Shape::Range(a, e) => view! {
            <rect class="tl-bar" x=s.x(a) y=y + 8 width=s.x(e + 1) - s.x(a) height=row_h - 16 rx="4"></rect>
        }
        .into_any(),
        Shape::Launch(a) => {
            let (cx, cy) = (s.x(a) + 8, y + row_h / 2);
            let points = format!("{},{} {},{} {},{} {},{}", cx, cy - 9, cx + 9, cy, cx, cy + 9, cx - 9, cy);
            view! { <polygon class="tl-launch" points=points></polygon> }.into_any()
        }
        Shape::Recurring(rec) => {
            let cy = y + row_h / 2;
            let step = if rec == Recurrence::Annual { s.year_w() } else { s.year_w() / 2 }.max(1);
            let n = ((s.width - 20 - s.label_w) / step) as usize;
            let marks = (0..n)
                .map(|m| {
                    let cx = s.label_w + step * m as i32 + step / 2;
                    view! { <circle class="tl-repeat" cx=cx cy=cy r="5"></circle> }
                })
                .collect_view();
            view! {
                <g>
                    <line class="tl-repeat-line" x1=s.label_w x2=s.width - 20 y1=cy y2=cy></line>
                    {marks}
                </g>
            }
            .into_any()
        }
        Shape::LabelOnly => ().into_any(),
    }
}

/// The timeline of the matching initiatives.
#[component]
pub fn TimelineView(
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let lang = locale();
    move || list.with_index(|_, loaded| drawing(lang, &loaded.explorer.catalog, list))
}

/// The drawing, its table alternative and the undated initiatives, for the current matches.
fn drawing(lang: Locale, catalog: &Catalog, list: ListState) -> impl IntoView + use<> {
    let t = list
        .selection
        .with(|s| timeline::timeline(catalog, &s.matches));
    let (lo, hi) = t.years.map_or((2024, 2026), |(a, b)| (a - 1, b + 1));
    let longest = t
        .rows
        .iter()
        .map(|r| {
            catalog.initiatives()[r.index as usize]
                .name
                .chars()
                .count()
                .min(60)
        })
        .max()
        .unwrap_or(10);
    let label_w = (longest as i32 * 76 / 10 + 24).clamp(160, 480);
    let s = Scale {
        label_w,
        width: label_w + 620,
        row_h: 34,
        top: 36,
        lo,
        span: hi - lo + 1,
    };
    let height = s.top + s.row_h * t.rows.len().max(1) as i32 + 10;
    let ticks = (lo..=hi)
        .map(|y| {
            view! {
                <g class="tl-tick">
                    <line x1=s.x(y) x2=s.x(y) y1=s.top - 6 y2=height - 6></line>
                    <text x=s.x(y) + s.year_w() / 2 y=s.top - 12 text-anchor="middle">{y}</text>
                </g>
            }
        })
        .collect_view();
    let rows = t
            .rows
            .iter()
            .enumerate()
            .map(|(k, row)| {
                let r = &catalog.initiatives()[row.index as usize];
                let me = RecordRef::new(Collection::Initiatives, row.index as usize);
                let name = words::record(lang, catalog, me);
                let label = words::timeline_label(lang, catalog, me, &row.label);
                let y = s.top + s.row_h * k as i32;
                let href = list.record_href(View::Initiatives, r.id.as_str());
                let label_x = match row.shape() {
                    Shape::Range(_, e) => s.x(e + 1) + 6,
                    Shape::Launch(a) => s.x(a) + 22,
                    _ => s.label_w + 6,
                };
                let label_y = match row.shape() {
                    Shape::Recurring(_) => y + 6,
                    _ => y + s.row_h / 2 + 5,
                };
                view! {
                    <g class="tl-row">
                        <a href=href>
                            <rect class="tl-hit" x="0" y=y width=s.width height=s.row_h></rect>
                            <text class="tl-name" x="8" y=y + s.row_h / 2 + 5 lang=name.lang()>{truncate(&name.text, 60)}</text>
                            {mark(s, row, y)}
                            <text class="tl-label" x=label_x y=label_y lang=label.lang()>{label.text.to_string()}</text>
                        </a>
                    </g>
                }
            })
            .collect_view();
    let n_rows = t.rows.len();
    view! {
        <section class="visual timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{lang.timeline_title(n_rows)}</h2>
            <p class="hint">{lang.timeline_hint()}</p>
            {(n_rows > 0).then(|| view! {
                <div class="svg-wrap">
                    <svg class="timeline-svg" viewBox=format!("0 0 {} {height}", s.width) role="group" aria-label=lang.timeline_chart_label()>
                        {ticks}
                        {rows}
                    </svg>
                </div>
                <PictureButtons
                    list
                    name="timeline".to_string()
                    title=lang.timeline_title(n_rows)
                    legend=vec![lang.timeline_hint().to_string()]
                    drawn=Drawn::Screen("svg.timeline-svg")
                />
            })}
            {timeline_table(lang, catalog, list, &t.rows)}
            {undated(lang, catalog, list, &t.undated)}
        </section>
    }
}

/// The timeline as a table: the text alternative of the drawing.
fn timeline_table(
    lang: Locale,
    catalog: &Catalog,
    list: ListState,
    rows: &[TimelineRow],
) -> impl IntoView + use<> {
    let body = rows
        .iter()
        .map(|row| {
            let r = &catalog.initiatives()[row.index as usize];
            let href = list.record_href(View::Initiatives, r.id.as_str());
            let years = match (row.start, row.end) {
                (Some(a), Some(e)) if e != a => format!("{a}–{e}"),
                (Some(a), _) => a.to_string(),
                _ => lang.not_stated().to_string(),
            };
            let recurrence = row.recurrence.map_or("—", |r| words::recurrence(lang, r));
            let me = RecordRef::new(Collection::Initiatives, row.index as usize);
            let name = words::record(lang, catalog, me);
            // The source's wording, quoted; a translation is not, and is followed by it.
            let label = words::timeline_label(lang, catalog, me, &row.label);
            let label = if label.source_language || lang == Locale::En {
                view! { <q lang="en">{row.label.clone()}</q> }.into_any()
            } else {
                view! { {label.text.to_string()}" (" <q lang="en">{row.label.clone()}</q> ")" }
                    .into_any()
            };
            view! {
                <tr>
                    <th scope="row"><a href=href lang=name.lang()>{name.text.to_string()}</a></th>
                    <td>{label}</td>
                    <td>{years}</td>
                    <td>{recurrence}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="data-table">
            <summary>{lang.timeline_as_table()}</summary>
            <table>
                <caption>{lang.timeline_table_caption()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{lang.column_initiative()}</th>
                        <th scope="col">{lang.column_source_wording()}</th>
                        <th scope="col">{lang.column_years()}</th>
                        <th scope="col">{lang.column_recurrence()}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </details>
    }
}

/// The matching initiatives that state no timeline.
fn undated(
    lang: Locale,
    catalog: &Catalog,
    list: ListState,
    undated: &[u32],
) -> Option<impl IntoView + use<>> {
    if undated.is_empty() {
        return None;
    }
    let items = undated
        .iter()
        .map(|&i| {
            let r = &catalog.initiatives()[i as usize];
            let href = list.record_href(View::Initiatives, r.id.as_str());
            let name = words::record(
                lang,
                catalog,
                RecordRef::new(Collection::Initiatives, i as usize),
            );
            view! { <li><a href=href lang=name.lang()>{name.text.to_string()}</a></li> }
        })
        .collect_view();
    Some(view! {
        <h3>{lang.no_timeline_stated(undated.len())}</h3>
        <ul class="undated">{items}</ul>
    })
}

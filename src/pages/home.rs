//! The overview home: what is inside in one screen — the source and the meeting it reports, the
//! counts of each view with links, a preview of the stated timeline, the most common themes — and a
//! search over everything (`/?q=`): each view's best matches and the passages of the source, grouped
//! and highlighted, updated as you type. The bring-your-own-dataset form stays below.

use std::sync::Arc;

use cooperation_core::catalog::{Collection, RecordRef};
use cooperation_core::overview::{self, Everything};
use cooperation_core::query::{self, FacetKey, Mode, ViewState};
use cooperation_core::route::{Route, View};
use cooperation_core::timeline;
use cooperation_l10n::Locale;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};

use crate::components::highlight::{Highlighted, name_view};
use crate::components::open::OpenDataset;
use crate::components::shell::PageTitle;
use crate::components::status::DatasetPending;
use crate::context::base::{Links, use_links};
use crate::context::data::{DataSource, Loaded, use_data};
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
    let l = locale();
    view! {
        <PageTitle text=String::new()/>
        <h1>{l.app_name()}</h1>
        {move || match data.current() {
            Some(loaded) => view! { <Overview loaded/> }.into_any(),
            None => view! { <p class="lede">{l.home_lede()}</p><DatasetPending/> }.into_any(),
        }}
        <OpenDataset/>
    }
}

/// The overview of the dataset in use, and the search over it.
#[component]
fn Overview(loaded: Arc<Loaded>) -> impl IntoView {
    let l = locale();
    let links = use_links();
    let location = use_location();
    let navigate = use_navigate();
    let state = Memo::new(move |_| location.search.with(|s| query::parse(s).0));
    let q = Memo::new(move |_| state.with(|s| s.q.clone()));
    let results = {
        let loaded = loaded.clone();
        Memo::new(move |_| q.with(|q| overview::search(&loaded.explorer, q, PER_VIEW, PASSAGES)))
    };
    let on_input = move |ev| {
        let next = ViewState {
            q: event_target_value(&ev),
            ..state.get_untracked().carried()
        };
        let href = links.href(&Route::Home, &next);
        navigate(
            &href,
            leptos_router::NavigateOptions {
                replace: true,
                resolve: false,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let about = {
        let loaded = loaded.clone();
        move || about(l, &loaded, links, &state.get().carried())
    };
    let search_results = {
        let loaded = loaded.clone();
        move || {
            let carried = state.with(ViewState::carried);
            results.with(|r| (!r.terms.is_empty()).then(|| grouped(l, &loaded, links, r, &carried)))
        }
    };
    view! {
        {about}
        <section class="home-search" aria-labelledby="home-search-title">
            <h2 id="home-search-title">{l.home_search_title()}</h2>
            <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="home-search">{l.home_search_label()}</label>
                <input
                    id="home-search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    maxlength="200"
                    placeholder=l.home_search_placeholder()
                    prop:value=move || q.get()
                    on:input=on_input
                />
            </form>
            <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                {move || results.with(|r| announce(l, r))}
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
    let c = &loaded.explorer.catalog;
    let d = c.data();
    let bundled = loaded.source == DataSource::Bundled;
    let intro = if bundled {
        view! { <p class="lede">{lang.home_about()}</p> }.into_any()
    } else {
        view! {
            <p class="lede" lang="en">
                <strong>{d.name.clone()}</strong>
                {d.description.clone().map(|t| view! { " — " {t} })}
            </p>
        }
        .into_any()
    };
    let sources = c
        .sources()
        .iter()
        .map(|s| {
            let href = links.href(&Route::Source(s.id.to_string()), carried);
            view! {
                <li>
                    <span lang="en">{s.name.clone()}</span>" "
                    <a href=href>{lang.read_the_source()}</a>
                </li>
            }
        })
        .collect_view();
    let tiles = View::ALL
        .into_iter()
        .map(|v| {
            let n = d.len_of(v.collection());
            let href = links.href(&Route::List(v), carried);
            view! {
                <li>
                    <a class="count-tile" href=href>
                        <span class="count-number">{lang.number(n)}</span>
                        <span class="count-label">{words::count_noun(lang, v, n)}</span>
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
    }
    .into_any()
}

/// The initiatives that state a timeline, briefly, with a link to the full timeline.
fn timeline_preview(lang: Locale, loaded: &Loaded, links: Links, carried: &ViewState) -> AnyView {
    let c = &loaded.explorer.catalog;
    let all: Vec<u32> = (0..c.initiatives().len() as u32).collect();
    let t = timeline::timeline(c, &all);
    if t.rows.is_empty() {
        return ().into_any();
    }
    let rows = t
        .rows
        .iter()
        .take(6)
        .map(|row| {
            let r = RecordRef::new(Collection::Initiatives, row.index as usize);
            let href = links.href(
                &Route::Record(View::Initiatives, c.id_of(r).to_string()),
                carried,
            );
            view! {
                <li>
                    <q class="when" lang="en">{row.label.clone()}</q>" "
                    <a href=href>{name_view(words::record(lang, c, r))}</a>
                </li>
            }
        })
        .collect_view();
    let full = ViewState {
        mode: Mode::Timeline,
        ..carried.clone()
    };
    view! {
        <section class="home-timeline" aria-labelledby="home-timeline-title">
            <h2 id="home-timeline-title">{lang.home_timeline_title()}</h2>
            <ul>{rows}</ul>
            <p><a href=links.href(&Route::List(View::Initiatives), &full)>{lang.home_timeline_all()}</a></p>
        </section>
    }
    .into_any()
}

/// The most common themes, each a link to the initiatives with it.
fn top_themes(lang: Locale, loaded: &Loaded, links: Links, carried: &ViewState) -> AnyView {
    let c = &loaded.explorer.catalog;
    let themes = overview::top_themes(&loaded.explorer, 6, carried.inferred);
    if themes.is_empty() {
        return ().into_any();
    }
    let items = themes
        .into_iter()
        .map(|(t, n)| {
            let r = RecordRef::new(Collection::Themes, t);
            let mut state = carried.clone();
            state.set_facet(FacetKey::Theme, vec![c.id_of(r).to_string()]);
            let href = links.href(&Route::List(View::Initiatives), &state);
            view! {
                <li>
                    <a href=href>{name_view(words::record(lang, c, r))}</a>
                    " "<span class="facet-count">{lang.number(n)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="home-themes" aria-labelledby="home-themes-title">
            <h2 id="home-themes-title">{lang.home_themes_title()}</h2>
            <ul>{items}</ul>
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
) -> AnyView {
    if r.is_empty() {
        return view! { <p class="empty-state">{lang.home_no_results()}</p> }.into_any();
    }
    let c = &loaded.explorer.catalog;
    let terms = Signal::stored(r.terms.clone());
    let q = r.terms.join(" ");
    let groups = r
        .views
        .iter()
        .filter(|v| v.total > 0)
        .map(|v| {
            let items = v
                .top
                .iter()
                .map(|&i| {
                    let rec = RecordRef::new(v.view.collection(), i as usize);
                    let href =
                        links.href(&Route::Record(v.view, c.id_of(rec).to_string()), carried);
                    let name = words::record(lang, c, rec);
                    let name_lang = name.lang();
                    let text = name.text.into_owned();
                    view! { <li><a href=href lang=name_lang><Highlighted text terms/></a></li> }
                })
                .collect_view();
            let all = ViewState {
                q: q.clone(),
                ..carried.clone()
            };
            let more = links.href(&Route::List(v.view), &all);
            view! {
                <section class="result-group">
                    <h3>{words::count(lang, v.view, v.total)}</h3>
                    <ul>{items}</ul>
                    <p><a href=more>{lang.home_all_in(words::view_name(lang, v.view))}</a></p>
                </section>
            }
        })
        .collect_view();
    let passages = (!r.passages.is_empty()).then(|| {
        let items = r
            .passages
            .iter()
            .map(|(s, found)| {
                let source = &c.sources()[*s];
                let text = source
                    .text
                    .as_deref()
                    .and_then(|t| t.get(found.span.clone()))
                    .unwrap_or("")
                    .to_string();
                let at = ViewState {
                    q: q.clone(),
                    block: Some(found.block),
                    ..carried.clone()
                };
                let href = links.href(&Route::Source(source.id.to_string()), &at);
                view! {
                    <li>
                        <a href=href><q lang="en"><Highlighted text terms/></q></a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="result-group passages">
                <h3>{lang.count_passages(r.passages.len())}</h3>
                <ul>{items}</ul>
            </section>
        }
    });
    view! { <div class="result-groups">{groups}{passages}</div> }.into_any()
}

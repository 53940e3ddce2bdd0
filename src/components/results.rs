//! The results of a view for the current state: cards or a table for the current page (with
//! pagination), a timeline, charts or a map; the empty state; and the live announcement.

use std::sync::Arc;

use cooperation_core::explore::{Constraint, Selection};
use cooperation_core::query::Mode;
use cooperation_core::route::View;
use leptos::prelude::*;

use crate::components::cards::ResultCards;
use crate::components::charts::ChartsView;
use crate::components::map::MapView;
use crate::components::table::ResultTable;
use crate::components::timeline::TimelineView;
use crate::context::data::Loaded;
use crate::context::locale::locale;
use crate::context::page::PageState;
use crate::words;

/// The current matches as the state's display mode, or the empty state.
#[component]
pub fn Results(
    /// The dataset in use.
    loaded: Arc<Loaded>,
    /// The page's URL state.
    page: PageState,
    /// The current selection.
    selection: Memo<Selection>,
) -> impl IntoView {
    let l = loaded;
    // Memos, so that the view is rebuilt only when the mode or emptiness changes; a keystroke or a
    // facet toggle updates the cards or rows in place.
    let empty = Memo::new(move |_| selection.with(|s| s.matches.is_empty()));
    let mode = Memo::new(move |_| page.state.with(|s| s.mode));
    move || {
        if empty.get() {
            return view! { <EmptyState loaded=l.clone() page selection/> }.into_any();
        }
        match mode.get() {
            Mode::Cards => view! {
                <ResultCards loaded=l.clone() page selection/>
                <Pagination page selection/>
            }
            .into_any(),
            Mode::Table => view! {
                <ResultTable loaded=l.clone() page selection/>
                <Pagination page selection/>
            }
            .into_any(),
            Mode::Timeline => view! { <TimelineView loaded=l.clone() page selection/> }.into_any(),
            Mode::Charts => view! { <ChartsView loaded=l.clone() page selection/> }.into_any(),
            Mode::Map => view! { <MapView loaded=l.clone() page selection/> }.into_any(),
        }
    }
}

/// Previous/next links and the page position.
#[component]
fn Pagination(page: PageState, selection: Memo<Selection>) -> impl IntoView {
    let l = locale();
    move || {
        let n = selection.with(|s| s.matches.len());
        let state = page.state.get();
        let per = state.per.max(1);
        let pages = n.div_ceil(per).max(1);
        if pages <= 1 {
            return None;
        }
        let current = state.page.clamp(1, pages);
        let link = |to: usize| {
            let mut next = state.clone();
            next.page = to;
            page.href(&next)
        };
        let lang = l;
        let prev = (current > 1)
            .then(|| view! { <a rel="prev" href=link(current - 1)>{lang.previous_page()}</a> });
        let next = (current < pages)
            .then(|| view! { <a rel="next" href=link(current + 1)>{lang.next_page()}</a> });
        Some(view! {
            <nav class="pagination" aria-label=lang.pages_label()>
                {prev}
                <span aria-current="page">{lang.page_of(current, pages)}</span>
                {next}
            </nav>
        })
    }
}

/// Shown when nothing matches: which filter to drop to get results back.
#[component]
fn EmptyState(loaded: Arc<Loaded>, page: PageState, selection: Memo<Selection>) -> impl IntoView {
    let view = page.view();
    let l = locale();
    move || {
        let lang = l;
        let index = loaded.explorer.view(view);
        let state = page.state.get();
        let suggestions = selection.with(|s| s.relaxations.clone());
        let items = suggestions
            .into_iter()
            .filter(|r| r.matches > 0)
            .map(|r| {
                let mut next = state.clone();
                next.page = 1;
                let what = match r.drop {
                    Constraint::Search => {
                        next.q.clear();
                        lang.remove_search(state.q.trim())
                    }
                    Constraint::Years => {
                        next.from = None;
                        next.to = None;
                        lang.remove_years().to_string()
                    }
                    Constraint::Facet(key) => {
                        next.set_facet(key, vec![]);
                        let derived = index.facet(key).is_some_and(|f| f.derived);
                        lang.remove_facet(words::facet(lang, key, derived))
                    }
                };
                let href = page.href(&next);
                let gives = lang.relaxation_gives(&words::count(lang, view, r.matches));
                view! { <li><a href=href>{what}</a>" "{gives}</li> }
            })
            .collect_view();
        let cleared = page.href(&state.cleared());
        view! {
            <div class="empty-state">
                <h2>{words::nothing_matches(lang, view)}</h2>
                <p>{lang.empty_try()}</p>
                <ul>{items}</ul>
                <p><a href=cleared>{lang.clear_all_filters()}</a></p>
            </div>
        }
    }
}

/// Announces the number of matches to screen readers after each change.
#[component]
pub fn LiveCount(
    /// The view's records, for the noun.
    view: View,
    /// The current selection.
    selection: Memo<Selection>,
) -> impl IntoView {
    let l = locale();
    let text = move || {
        let n = selection.with(|s| s.matches.len());
        l.live_count(&words::count(l, view, n))
    };
    view! { <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{text}</p> }
}

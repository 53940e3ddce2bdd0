//! The results of a view for the current state: cards or a table for the current page (with
//! pagination), a timeline, charts or a map; the empty state; and the live announcement.

use cooperation_core::address::query::{Constraint, Mode};
use cooperation_l10n::Messages;
use leptos::prelude::*;

use crate::context::locale::locale;
use crate::explorer::cards::ResultCards;
use crate::explorer::charts::ChartsView;
use crate::explorer::controller::ListState;
use crate::explorer::map::MapView;
use crate::explorer::table::ResultTable;
use crate::explorer::timeline::TimelineView;
use crate::words;

/// The current matches as the state's display mode, or the empty state.
#[component]
pub fn Results(
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    // Memos, so that the view is rebuilt only when the mode or emptiness changes; a keystroke or a
    // facet toggle updates the cards or rows in place.
    let empty = Memo::new(move |_| list.selection.with(|s| s.matches.is_empty()));
    move || {
        if empty.get() {
            return view! { <EmptyState list/> }.into_any();
        }
        match list.mode.get() {
            Mode::Cards => view! { <ResultCards list/><Pagination list/> }.into_any(),
            Mode::Table => view! { <ResultTable list/><Pagination list/> }.into_any(),
            Mode::Timeline => view! { <TimelineView list/> }.into_any(),
            Mode::Charts => view! { <ChartsView list/> }.into_any(),
            Mode::Map => view! { <MapView list/> }.into_any(),
        }
    }
}

/// Previous/next links and the page position. Drawn again only when the position changes; the
/// links follow the rest of the state in place.
#[component]
fn Pagination(list: ListState) -> impl IntoView {
    let lang = locale();
    let position = Memo::new(move |_| {
        let matches = list.selection.with(|s| s.matches.len());
        list.state.with(|s| {
            let pages = matches.div_ceil(s.per.max(1)).max(1);
            (s.page.clamp(1, pages), pages)
        })
    });
    let link = move |to: usize| move || list.state.with(|s| list.href(&s.on_page(to)));
    move || {
        let (current, pages) = position.get();
        if pages <= 1 {
            return None;
        }
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
fn EmptyState(list: ListState) -> impl IntoView {
    let view = list.view();
    let lang = locale();
    move || {
        let state = list.state.get();
        let suggestions = list.selection.with(|s| s.relaxations.clone());
        let items = suggestions
            .into_iter()
            .filter(|r| r.matches > 0)
            .map(|r| {
                let what = match r.drop {
                    Constraint::Search => lang.remove_search(state.q.trim()),
                    Constraint::Years => lang.remove_years().to_string(),
                    Constraint::Facet(key) => {
                        let derived =
                            list.with_index(|index, _| index.facet(key).is_some_and(|f| f.derived));
                        lang.remove_facet(words::facet(lang, key, derived))
                    }
                };
                let href = list.href(&state.without(r.drop));
                let gives = lang.relaxation_gives(&words::count(lang, view, r.matches));
                view! { <li><a href=href>{what}</a>" "{gives}</li> }
            })
            .collect_view();
        let cleared = list.href(&state.cleared());
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
    /// The list page's state.
    list: ListState,
) -> impl IntoView {
    let lang = locale();
    let view = list.view();
    let text = move || {
        let n = list.selection.with(|s| s.matches.len());
        lang.live_count(&words::count(lang, view, n))
    };
    view! { <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{text}</p> }
}

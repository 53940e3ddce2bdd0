//! The URL state of the list page being shown, checked against the dataset, with the notices for
//! whatever was dropped; and how the page moves to another state.

use std::sync::Arc;

use cooperation_core::explore::Selection;
use cooperation_core::query::{self, Notice, SortKey, ViewState};
use cooperation_core::route::{Route, View};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use super::base::{Links, use_links};
use super::data::Loaded;

/// The view state of the page being shown, read from the URL and checked against the dataset.
#[derive(Clone, Copy)]
pub struct PageState {
    /// The state, sanitised for the view.
    pub state: Memo<ViewState>,
    /// The records chosen for comparison (apart from `state`, so that what depends on it alone,
    /// such as each card's compare button, is not redrawn on every keystroke).
    pub compare: Memo<Vec<String>>,
    /// The sort keys (apart from `state` for the same reason: table headers).
    pub sort: Memo<Vec<SortKey>>,
    /// What the URL held that could not be used, since the last dismissal.
    pub notices: RwSignal<Vec<Notice>>,
    /// Navigates to an href; `true` replaces the history entry (keystrokes), `false` pushes one.
    go: Callback<(String, bool)>,
    /// A query string shown already but not yet written to the URL (see [`PageState::set`]).
    typed: RwSignal<Option<String>>,
    /// Bumped by every change of state, so that a deferred URL write that has been overtaken is
    /// dropped.
    generation: StoredValue<u64>,
    view: View,
    links: Links,
}

fn navigate_options(replace: bool) -> NavigateOptions {
    NavigateOptions {
        replace,
        resolve: false,
        scroll: false,
        ..Default::default()
    }
}

impl PageState {
    /// Reads the URL for `view`; whenever it holds something unusable, records notices and replaces
    /// the URL by its canonical form (so the address bar, reloads and shared links agree).
    pub fn new(view: View, loaded: Arc<Loaded>) -> PageState {
        let location = use_location();
        let typed: RwSignal<Option<String>> = RwSignal::new(None);
        let generation = StoredValue::new(0u64);
        let parsed = Memo::new(move |_| {
            typed.with(|typed| match typed {
                Some(query) => query::parse(query),
                None => location.search.with(|s| query::parse(s)),
            })
        });
        // The URL changed (Back, Forward, a link): it is the state again, and a pending write is void.
        Effect::new(move |_| {
            location.search.track();
            if typed.with_untracked(Option::is_some) {
                generation.update_value(|g| *g += 1);
                typed.set(None);
            }
        });
        let checked = Memo::new(move |_| {
            parsed.with(|(state, notices)| {
                let index = loaded.explorer.view(view);
                let (state, more) = index.sanitize(&loaded.explorer.catalog, state);
                let mut all = notices.clone();
                all.extend(more);
                (state, all)
            })
        });
        let state = Memo::new(move |_| checked.with(|(s, _)| s.clone()));
        let notices = RwSignal::new(Vec::new());
        let navigate = use_navigate();
        let go = {
            let navigate = navigate.clone();
            Callback::new(move |(href, replace): (String, bool)| {
                navigate(&href, navigate_options(replace));
            })
        };
        let links = use_links();
        Effect::new(move |_| {
            checked.with(|(s, found)| {
                if found.is_empty() {
                    return;
                }
                notices.update(|n| n.extend(found.iter().cloned()));
                // The canonical form keeps the language as the address had it.
                let href = links.canonical(&Route::List(view), s);
                navigate(&href, navigate_options(true));
            });
        });
        let compare = Memo::new(move |_| state.with(|s| s.compare.clone()));
        let sort = Memo::new(move |_| state.with(|s| s.sort.clone()));
        PageState {
            state,
            compare,
            sort,
            notices,
            go,
            typed,
            generation,
            view,
            links,
        }
    }

    /// The record indexes of the current page of `selection`.
    pub fn rows(&self, selection: Memo<Selection>) -> Vec<u32> {
        selection.with(|s| {
            let (first, end) = self.state.with(|st| st.page_bounds(s.matches.len()));
            s.matches[first..end].to_vec()
        })
    }

    /// The view this page shows.
    pub fn view(&self) -> View {
        self.view
    }

    /// The href of this page in another state (tracked: it follows the language).
    pub fn href(&self, next: &ViewState) -> String {
        self.links.href(&Route::List(self.view), next)
    }

    /// The href of a record's page, carrying the dataset and language.
    pub fn record_href(&self, view: View, id: &str) -> String {
        let carried = self.state.with_untracked(ViewState::carried);
        self.links
            .href(&Route::Record(view, id.to_string()), &carried)
    }

    /// Shows this page in another state: `replace` for keystrokes (no history entry per letter),
    /// a new history entry otherwise.
    ///
    /// The state is shown at once and written to the URL just after the next paint:
    /// `history.pushState`/`replaceState` and the router's bookkeeping cost several milliseconds a
    /// call in Chromium, which the user should not wait for between typing or clicking and seeing
    /// results. A newer change before the write replaces it (only the last state is written).
    pub fn set(&self, next: &ViewState, replace: bool) {
        self.generation.update_value(|g| *g += 1);
        let href = self.links.href(&Route::List(self.view), next);
        self.typed.set(Some(next.to_query()));
        let this = *self;
        let generation = self.generation.get_value();
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // Dropped if the page is gone or a newer change has come since.
                    if this.generation.try_with_value(|g| *g) != Some(generation) {
                        return;
                    }
                    this.go.run((href, replace));
                    this.typed.set(None);
                },
                std::time::Duration::ZERO,
            )
        });
    }
}

/// The search terms to highlight, apart from the rest of the selection, so that a record that stays
/// on the page while the user types keeps its card or row and only its highlighted text is redrawn.
pub fn highlight_terms(selection: Memo<Selection>) -> Memo<Vec<String>> {
    Memo::new(move |_| selection.with(|s| s.terms.clone()))
}

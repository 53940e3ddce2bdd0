//! The list page's controller: the address's view state checked against the view and its dataset
//! (with notices for whatever was dropped), the selection it gives, the page of records shown, and
//! how the page moves to another state.
//!
//! Each derived value is a memo of only what it uses, so that a change recomputes only what
//! depends on it: the selection (search, facets, counts, order) follows the filters alone — a
//! compare toggle, a page change or a mode switch leaves it as it is.

use std::sync::Arc;

use cooperation_core::address::query::{Mode, Notice, SortKey, ViewState};
use cooperation_core::address::route::{Route, View};
use cooperation_core::explore::search::Hits;
use cooperation_core::explore::text::query_terms;
use cooperation_core::explore::{Selection, ViewIndex};
use leptos::prelude::*;

use crate::context::address::{Address, History, use_address};
use crate::context::data::Loaded;
use crate::context::links::{Links, use_links};
use crate::context::locale::locale;
use crate::words::LocaleLabels;

/// The state of the list page of one view over one dataset.
#[derive(Clone, Copy)]
pub struct ListState {
    view: View,
    /// The page it is on: the view's list, or its embeddable page.
    route: StoredValue<Route>,
    loaded: StoredValue<Arc<Loaded>>,
    /// The view state, sanitised for the view.
    pub state: Memo<ViewState>,
    /// The matches, in order, and every facet's counts: recomputed only when the filters change
    /// (search, facets, years, sort, inferred links).
    pub selection: Memo<Selection>,
    /// The record indexes of the page of matches shown.
    pub rows: Memo<Vec<u32>>,
    /// The normalised search terms, to highlight.
    pub terms: Memo<Vec<String>>,
    /// The records chosen for comparison.
    pub compare: Memo<Vec<String>>,
    /// The sort keys.
    pub sort: Memo<Vec<SortKey>>,
    /// How the matches are shown.
    pub mode: Memo<Mode>,
    /// What the address held that could not be used, since the last dismissal.
    pub notices: RwSignal<Vec<Notice>>,
    address: Address,
    links: Links,
}

impl ListState {
    /// Reads the address for `view` over `loaded`; whenever it holds something unusable, records
    /// notices and replaces the URL by its canonical form (so the address bar, reloads and shared
    /// links agree).
    pub fn new(view: View, loaded: Arc<Loaded>) -> ListState {
        ListState::on(Route::List(view), view, loaded)
    }

    /// The same for the view's embeddable page (`/embed/…`): its links stay on that page.
    pub fn embedded(view: View, loaded: Arc<Loaded>) -> ListState {
        ListState::on(Route::Embed(view), view, loaded)
    }

    fn on(route: Route, view: View, loaded: Arc<Loaded>) -> ListState {
        let route = StoredValue::new(route);
        let address = use_address();
        let links = use_links();
        let lang = locale();
        let stored = StoredValue::new(loaded);
        let checked: Memo<(ViewState, Vec<Notice>)> = Memo::new(move |_| {
            let (state, mut notices) = address.state.with(|s| {
                stored.with_value(|loaded| {
                    loaded
                        .explorer
                        .view(view)
                        .sanitize(&loaded.explorer.catalog, s)
                })
            });
            let mut all = address.notices.get();
            all.append(&mut notices);
            (state, all)
        });
        let state = Memo::new(move |_| checked.with(|(s, _)| s.clone()));
        let filters = Memo::new(move |_| state.with(ViewState::filters));
        let q = Memo::new(move |_| state.with(|s| s.q.clone()));
        let terms = Memo::new(move |_| q.with(|q| query_terms(q)));
        let hits: Memo<Option<Hits>> = Memo::new(move |_| {
            terms.with(|terms| {
                stored.with_value(|loaded| {
                    loaded
                        .explorer
                        .view(view)
                        .hits(&loaded.explorer.catalog, terms)
                })
            })
        });
        let selection = Memo::new(move |_| {
            let labels = LocaleLabels(lang);
            filters.with(|filters| {
                hits.with(|hits| {
                    terms.with(|terms| {
                        stored.with_value(|loaded| {
                            loaded.explorer.view(view).select(
                                &loaded.explorer.catalog,
                                filters,
                                terms,
                                hits.as_ref(),
                                &labels,
                            )
                        })
                    })
                })
            })
        });
        let rows = Memo::new(move |_| {
            selection.with(|s| {
                let (first, end) = state.with(|st| st.page_bounds(s.matches.len()));
                s.matches[first..end].to_vec()
            })
        });
        let notices = RwSignal::new(Vec::new());
        Effect::new(move |_| {
            checked.with(|(s, found)| {
                if found.is_empty() {
                    return;
                }
                notices.update(|n| n.extend(found.iter().cloned()));
                address.go_to(route.with_value(|r| links.href(r, s)), History::Replace);
            });
        });
        ListState {
            view,
            route,
            loaded: stored,
            state,
            selection,
            rows,
            terms,
            compare: Memo::new(move |_| state.with(|s| s.compare.clone())),
            sort: Memo::new(move |_| state.with(|s| s.sort.clone())),
            mode: Memo::new(move |_| state.with(|s| s.mode)),
            notices,
            address,
            links,
        }
    }

    /// The view this page shows.
    pub fn view(&self) -> View {
        self.view
    }

    /// The dataset in use.
    pub fn loaded(&self) -> Arc<Loaded> {
        self.loaded.get_value()
    }

    /// Runs `f` with the view's indexes and the dataset.
    pub fn with_index<T>(&self, f: impl FnOnce(&ViewIndex, &Loaded) -> T) -> T {
        self.loaded
            .with_value(|loaded| f(loaded.explorer.view(self.view), loaded))
    }

    /// The href of this page in another state.
    pub fn href(&self, next: &ViewState) -> String {
        self.route.with_value(|r| self.links.href(r, next))
    }

    /// The address of this view's embeddable page in the current state (within the site).
    pub fn embed_href(&self) -> String {
        let state = self.state.get_untracked();
        self.links.href(&Route::Embed(self.view), &state)
    }

    /// Whether this is the view's embeddable page.
    pub fn is_embedded(&self) -> bool {
        self.route.with_value(|r| matches!(r, Route::Embed(_)))
    }

    /// The href of a record's page, carrying the dataset and language.
    pub fn record_href(&self, view: View, id: &str) -> String {
        let carried = self.state.with_untracked(ViewState::carried);
        self.links
            .href(&Route::Record(view, id.to_string()), &carried)
    }

    /// Shows this page in the state a click or a choice leads to (a new history entry).
    pub fn show(&self, next: ViewState) {
        let href = self.href(&next);
        self.address.show(next, href, History::Push);
    }

    /// Shows this page in the state typing leads to (no history entry per letter).
    pub fn show_typed(&self, next: ViewState) {
        let href = self.href(&next);
        self.address.show(next, href, History::Replace);
    }
}

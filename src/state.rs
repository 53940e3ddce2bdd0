//! App-wide state shared through typed contexts: the dataset in use and its loading status, and the
//! URL-derived view state of the page being shown.
//!
//! The dataset in use is only ever replaced by one that loaded and validated, so a failed load (a
//! bad address, a rejected file) leaves what the user was looking at intact.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use crate::app::use_base;
use crate::domain::catalog::{self, LoadError};
use crate::domain::explore::Explorer;
use crate::domain::query::{self, Notice, SortKey, ViewState};
use crate::domain::route::View;

/// The bundled dataset's address, relative to the app.
pub const BUNDLED: &str = "data/cooperation.json";

/// Where the dataset in use came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataSource {
    /// The dataset shipped with the app.
    Bundled,
    /// An address given in the URL (`?data=`).
    Address(String),
    /// A file the user opened (not reproducible from a link).
    File(String),
}

impl DataSource {
    /// The value of the `data` URL parameter that reproduces this source, if any.
    pub fn url_param(&self) -> Option<&str> {
        match self {
            DataSource::Address(a) => Some(a),
            _ => None,
        }
    }

    /// How the source is described to users.
    pub fn describe(&self) -> String {
        match self {
            DataSource::Bundled => "the bundled dataset".into(),
            DataSource::Address(a) => format!("the dataset at {a}"),
            DataSource::File(f) => format!("the file {f}"),
        }
    }
}

/// A dataset that loaded and validated, with its indexes.
#[derive(Debug)]
pub struct Loaded {
    pub explorer: Explorer,
    pub source: DataSource,
}

/// What the loader is doing.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Nothing in progress.
    Idle,
    /// Fetching or validating a dataset.
    Loading(DataSource),
    /// The last attempt failed; the dataset in use (if any) is unchanged.
    Failed { source: DataSource, error: Failure },
}

/// Why a dataset could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// It could not be fetched or read.
    Fetch(String),
    /// It was read but rejected: the problems, each with where it is.
    Invalid { problems: Vec<String>, more: usize },
}

impl From<LoadError> for Failure {
    fn from(e: LoadError) -> Failure {
        Failure::Invalid {
            problems: e.problems.iter().map(ToString::to_string).collect(),
            more: e.more,
        }
    }
}

/// The dataset context: the dataset in use and the loader's status.
#[derive(Clone, Copy)]
pub struct DataContext {
    current: RwSignal<Option<Arc<Loaded>>>,
    status: RwSignal<Status>,
    /// Bytes read so far, and the total when known, while loading.
    progress: RwSignal<Option<(u64, Option<u64>)>>,
}

impl DataContext {
    /// A context holding `preloaded` (tests and the file picker), or nothing yet.
    pub fn new(preloaded: Option<Arc<Loaded>>) -> DataContext {
        DataContext {
            current: RwSignal::new(preloaded),
            status: RwSignal::new(Status::Idle),
            progress: RwSignal::new(None),
        }
    }

    /// The dataset in use (tracked).
    pub fn current(&self) -> Option<Arc<Loaded>> {
        self.current.get()
    }

    /// The loader's status (tracked).
    pub fn status(&self) -> Status {
        self.status.get()
    }

    /// Bytes read and total while loading (tracked).
    pub fn progress(&self) -> Option<(u64, Option<u64>)> {
        self.progress.get()
    }

    /// Starts showing progress for `source` (the file picker reads files itself).
    pub fn begin(&self, source: DataSource) {
        self.progress.set(Some((0, None)));
        self.status.set(Status::Loading(source));
    }

    /// Reports bytes read so far.
    pub fn advance(&self, read: u64, total: Option<u64>) {
        self.progress.set(Some((read, total)));
    }

    /// The `data` URL parameter that keeps the current dataset in links (tracked).
    pub fn link_param(&self) -> Option<String> {
        self.current.with(|c| {
            c.as_ref()
                .and_then(|l| l.source.url_param().map(str::to_string))
        })
    }

    /// Fetches, validates and switches to a dataset; on failure keeps the one in use.
    pub fn load(&self, source: DataSource) {
        let address = match &source {
            DataSource::Bundled => BUNDLED.to_string(),
            DataSource::Address(a) => a.clone(),
            DataSource::File(_) => return,
        };
        self.begin(source.clone());
        let this = *self;
        spawn_local(async move {
            let progress = move |read, total| this.advance(read, total);
            let result = match crate::browser::fetch_dataset(&address, progress).await {
                Ok(bytes) => catalog::load(&bytes).map_err(Failure::from),
                Err(e) => Err(Failure::Fetch(e)),
            };
            this.finish(source, result);
        });
    }

    /// Validates bytes the user supplied (a file) and switches to them; on failure keeps the
    /// dataset in use.
    pub fn load_bytes(&self, name: String, bytes: &[u8]) {
        let source = DataSource::File(name);
        let result = catalog::load(bytes).map_err(Failure::from);
        self.finish(source, result);
    }

    /// Reports a failure that happened before any bytes could be validated.
    pub fn fail(&self, source: DataSource, message: String) {
        self.status.set(Status::Failed {
            source,
            error: Failure::Fetch(message),
        });
    }

    fn finish(&self, source: DataSource, result: Result<catalog::Catalog, Failure>) {
        match result {
            Ok(catalog) => {
                let loaded = Loaded {
                    explorer: Explorer::new(catalog),
                    source,
                };
                self.current.set(Some(Arc::new(loaded)));
                self.status.set(Status::Idle);
            }
            Err(error) => self.status.set(Status::Failed { source, error }),
        }
    }

    /// Clears a failure message.
    pub fn dismiss(&self) {
        self.status.set(Status::Idle);
    }
}

/// Reads the [`DataContext`].
pub fn use_data() -> DataContext {
    expect_context::<DataContext>()
}

/// The view state of the page being shown, read from the URL and checked against the dataset,
/// with the notices for whatever was dropped.
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
    base: StoredValue<crate::app::BasePath>,
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
                let options = NavigateOptions {
                    replace,
                    resolve: false,
                    scroll: false,
                    ..Default::default()
                };
                navigate(&href, options);
            })
        };
        let base = use_base();
        let effect_base = base.clone();
        Effect::new(move |_| {
            checked.with(|(s, found)| {
                if found.is_empty() {
                    return;
                }
                notices.update(|n| n.extend(found.iter().cloned()));
                let href = effect_base.href(&page_path(view, s));
                navigate(
                    &href,
                    NavigateOptions {
                        replace: true,
                        resolve: false,
                        ..Default::default()
                    },
                );
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
            base: StoredValue::new(base),
        }
    }

    /// The view this page shows.
    pub fn view(&self) -> View {
        self.view
    }

    /// The href of a record's page, keeping a dataset given by address.
    pub fn detail_href(&self, view: View, id: &str) -> String {
        let data = self.state.with_untracked(|s| s.data.clone());
        self.base
            .with_value(|b| record_href(b, view, id, data.as_deref()))
    }

    /// The full href of an app path (adds the base path).
    pub fn base_href(&self, path: &str) -> String {
        self.base.with_value(|b| b.href(path))
    }

    /// The href of this page in another state.
    pub fn href(&self, next: &ViewState) -> String {
        self.base
            .with_value(|b| b.href(&page_path(self.view, next)))
    }

    /// Shows this page in another state: `replace` for keystrokes (no history entry per letter),
    /// a new history entry otherwise.
    ///
    /// A keystroke's state is shown at once and written to the URL just after the next paint:
    /// `history.replaceState` and the router's bookkeeping cost several milliseconds a call in
    /// Chromium, which the user should not wait for between typing and seeing results.
    pub fn set(&self, next: &ViewState, replace: bool) {
        self.generation.update_value(|g| *g += 1);
        let href = self.href(next);
        if !replace {
            self.go.run((href, false));
            if self.typed.with_untracked(Option::is_some) {
                self.typed.set(None);
            }
            return;
        }
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
                    this.go.run((href, true));
                    this.typed.set(None);
                },
                std::time::Duration::ZERO,
            )
        });
    }
}

/// The href of a record's page: `/initiatives/joint-economic-forum`, with `?data=` when a dataset
/// was given by address.
pub fn record_href(
    base: &crate::app::BasePath,
    view: View,
    id: &str,
    data: Option<&str>,
) -> String {
    let state = ViewState {
        data: data.map(str::to_string),
        ..ViewState::default()
    };
    let query = state.to_query();
    let path = format!("/{}/{id}", view.segment());
    if query.is_empty() {
        base.href(&path)
    } else {
        base.href(&format!("{path}?{query}"))
    }
}

/// The app path of a view's list page in a state: `/initiatives?q=…`.
pub fn page_path(view: View, state: &ViewState) -> String {
    let query = state.to_query();
    if query.is_empty() {
        format!("/{}", view.segment())
    } else {
        format!("/{}?{query}", view.segment())
    }
}

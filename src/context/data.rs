//! The dataset in use and the loader's status, shared through [`DataContext`].
//!
//! The dataset in use is only ever replaced by one that loaded and validated, so a failed load (a
//! bad address, a rejected file) leaves what the user was looking at intact.

use std::sync::Arc;

use cooperation_core::data::catalog::{self, LoadError};
use cooperation_core::explore::Explorer;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::ReadError;
use crate::browser::files::PickedFile;

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
}

/// A dataset that loaded and validated, with its indexes.
#[derive(Debug)]
pub struct Loaded {
    pub explorer: Explorer,
    pub source: DataSource,
    /// The file's size in bytes, as read.
    pub bytes: u64,
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
    Read(ReadError),
    /// It was read but rejected: the problems, each with where it is.
    Invalid(LoadError),
}

impl Loaded {
    /// A dataset that validated, indexed for exploring (its records' words searchable in every
    /// language it has them in).
    pub fn new(catalog: catalog::Catalog, source: DataSource, bytes: u64) -> Loaded {
        Loaded {
            explorer: Explorer::new(catalog),
            source,
            bytes,
        }
    }
}

/// The dataset context: the dataset in use and the loader's status.
///
/// Loads can overlap (a slow address, then "back to the bundled one"): each gets a ticket, and only
/// the last one started may install its dataset or report its failure, so the dataset in use is
/// always the one the user chose last.
#[derive(Clone, Copy)]
pub struct DataContext {
    current: RwSignal<Option<Arc<Loaded>>>,
    status: RwSignal<Status>,
    /// Bytes read so far, and the total when known, while loading.
    progress: RwSignal<Option<(u64, Option<u64>)>>,
    /// The ticket of the last load started.
    latest: StoredValue<u64>,
}

impl DataContext {
    /// A context holding `preloaded` (a dataset read before the app started), or nothing yet.
    pub fn new(preloaded: Option<Arc<Loaded>>) -> DataContext {
        DataContext {
            current: RwSignal::new(preloaded),
            status: RwSignal::new(Status::Idle),
            progress: RwSignal::new(None),
            latest: StoredValue::new(0),
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
        self.read(source, |progress| async move {
            crate::browser::fetch::fetch_dataset(&address, move |read, total| {
                progress.report(read, total)
            })
            .await
        });
    }

    /// Reads a file the user chose and, if it validates, switches to it; on failure keeps the
    /// dataset in use.
    pub fn open_file(&self, file: PickedFile) {
        self.read(DataSource::File(file.name()), |progress| async move {
            file.read(move |read, total| progress.report(read, total))
                .await
        });
    }

    /// Reads `source`'s bytes with `bytes` (given where to report progress), validates them and,
    /// if this is still the last load started, switches to the dataset or reports why it could not
    /// be used. Parsing, indexing and drawing the page each run in a task of their own (a phone's
    /// slower CPU would otherwise be blocked for one long stretch, and input and paint with it).
    pub fn read<F: Future<Output = Result<Vec<u8>, ReadError>> + 'static>(
        &self,
        source: DataSource,
        bytes: impl FnOnce(Progress) -> F,
    ) {
        self.latest.update_value(|t| *t += 1);
        let ticket = self.latest.get_value();
        self.progress.set(Some((0, None)));
        self.status.set(Status::Loading(source.clone()));
        let this = *self;
        let bytes = bytes(Progress { data: this, ticket });
        spawn_local(async move {
            let result = match bytes.await {
                Ok(bytes) => {
                    crate::browser::page::next_task().await;
                    let size = bytes.len() as u64;
                    catalog::load(&bytes)
                        .map(|c| (c, size))
                        .map_err(Failure::Invalid)
                }
                Err(e) => Err(Failure::Read(e)),
            };
            crate::browser::page::next_task().await;
            let result = result.map(|(catalog, size)| Loaded::new(catalog, source.clone(), size));
            crate::browser::page::next_task().await;
            if !this.is_latest(ticket) {
                return;
            }
            this.progress.set(None);
            match result {
                Ok(loaded) => {
                    this.current.set(Some(Arc::new(loaded)));
                    this.status.set(Status::Idle);
                }
                Err(error) => this.status.set(Status::Failed { source, error }),
            }
        });
    }

    /// Whether `ticket` is the last load started (and the context is still there).
    fn is_latest(&self, ticket: u64) -> bool {
        self.latest.try_get_value() == Some(ticket)
    }

    /// Clears a failure message.
    pub fn dismiss(&self) {
        self.status.set(Status::Idle);
    }
}

/// Where one load reports how far it has got (ignored once a later load has started).
#[derive(Clone, Copy)]
pub struct Progress {
    data: DataContext,
    ticket: u64,
}

impl Progress {
    /// Bytes read so far, and the total when known.
    pub fn report(&self, read: u64, total: Option<u64>) {
        if self.data.is_latest(self.ticket) {
            self.data.progress.set(Some((read, total)));
        }
    }
}

/// Fetches and indexes the bundled dataset before the app starts (the page preloads it, so this
/// reuses that download), parsing and indexing in tasks of their own; why it could not be had, in
/// English, otherwise (for the console: the page itself says the app could not start).
pub async fn read_bundled() -> Result<Arc<Loaded>, String> {
    let bytes = crate::browser::fetch::fetch_dataset(BUNDLED, |_, _| {})
        .await
        .map_err(|e| format!("{e:?}"))?;
    crate::browser::page::next_task().await;
    let catalog = catalog::load(&bytes).map_err(|e| e.to_string())?;
    crate::browser::page::next_task().await;
    Ok(Arc::new(Loaded::new(
        catalog,
        DataSource::Bundled,
        bytes.len() as u64,
    )))
}

/// Reads the [`DataContext`].
pub fn use_data() -> DataContext {
    expect_context::<DataContext>()
}

//! The dataset in use and the loader's status, shared through [`DataContext`].
//!
//! The dataset in use is only ever replaced by one that loaded and validated, so a failed load (a
//! bad address, a rejected file) leaves what the user was looking at intact.

use std::sync::Arc;

use cooperation_core::catalog::{self, LoadError};
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

/// The dataset context: the dataset in use and the loader's status.
#[derive(Clone, Copy)]
pub struct DataContext {
    current: RwSignal<Option<Arc<Loaded>>>,
    status: RwSignal<Status>,
    /// Bytes read so far, and the total when known, while loading.
    progress: RwSignal<Option<(u64, Option<u64>)>>,
}

impl DataContext {
    /// A context holding `preloaded` (component tests), or nothing yet.
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

    fn begin(&self, source: DataSource) {
        self.progress.set(Some((0, None)));
        self.status.set(Status::Loading(source));
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
            let progress = move |read, total| this.progress.set(Some((read, total)));
            let result = match crate::browser::fetch::fetch_dataset(&address, progress).await {
                Ok(bytes) => catalog::load(&bytes).map_err(Failure::Invalid),
                Err(e) => Err(Failure::Read(e)),
            };
            this.finish(source, result).await;
        });
    }

    /// Reads a file the user chose and, if it validates, switches to it; on failure keeps the
    /// dataset in use.
    pub fn open_file(&self, file: PickedFile) {
        let source = DataSource::File(file.name());
        self.begin(source.clone());
        let this = *self;
        spawn_local(async move {
            let progress = move |read, total| this.progress.set(Some((read, total)));
            let result = match file.read(progress).await {
                Ok(bytes) => catalog::load(&bytes).map_err(Failure::Invalid),
                Err(e) => Err(Failure::Read(e)),
            };
            this.finish(source, result).await;
        });
    }

    /// Switches to a loaded dataset or reports the failure. Parsing, indexing and drawing the page
    /// each run in a task of their own (a phone's slower CPU would otherwise be blocked for one
    /// long stretch, and input and paint with it).
    async fn finish(&self, source: DataSource, result: Result<catalog::Catalog, Failure>) {
        crate::browser::page::next_task().await;
        self.progress.set(None);
        match result {
            Ok(catalog) => {
                let loaded = Loaded {
                    explorer: Explorer::new(catalog).with_aliases(&crate::words::vocab_aliases),
                    source,
                };
                crate::browser::page::next_task().await;
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

//! Loading a dataset: raw bytes → parsed [`Dataset`] ([`parse`]) → validated references
//! ([`validate`]), ready for the [`Catalog`](crate::data::catalog::Catalog) to index.
//!
//! Every problem names where it is: syntax errors by line and column, everything else by JSON path
//! (`initiatives[3].sectors[1]: unknown sector "enrgy"`). All problems are collected, up to
//! [`MAX_PROBLEMS`], so a user fixes a file in one pass. Paths are built lazily, so a valid file costs
//! no formatting. Nothing here panics on any input.

mod parse;
mod problem;
mod validate;

pub use parse::TOP_LEVEL_KEYS;
pub use problem::{LoadError, MAX_PROBLEMS, Problem};
pub use validate::{IdIndex, Resolved, check_id, validate_with};

use crate::data::model::{Dataset, SCHEMA_VERSION};

/// The largest dataset file accepted, checked before parsing (64 MiB: room for 100,000 records).
pub const MAX_DATASET_BYTES: usize = 64 * 1024 * 1024;
/// Longest name, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest summary, excerpt, section or outcome, in characters.
pub const MAX_TEXT_CHARS: usize = 4000;
/// Longest reason for an inferred link, in characters (one line).
pub const MAX_REASON_CHARS: usize = 200;
/// Longest source text, in characters.
pub const MAX_SOURCE_TEXT_CHARS: usize = 1_000_000;
pub use crate::data::model::MAX_ID_LEN;
/// Years a timeline may name.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The dataset size limit as people say it: "64 MiB".
pub fn max_dataset_size_text() -> String {
    format!("{} MiB", MAX_DATASET_BYTES / (1024 * 1024))
}

/// Parses a dataset file into its schema types, without cross-record validation.
///
/// Checks, in order: size, UTF-8 (a leading byte-order mark is skipped), JSON syntax (with line and
/// column), the top-level keys and schema version, then every record on its own, so every malformed
/// record is reported with its path and position, not just the first.
pub fn parse(bytes: &[u8]) -> Result<Dataset, LoadError> {
    let (dataset, problems) = parse::parse_with_problems(bytes)?;
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(problems.into_error())
    }
}

/// Like [`parse`], but a file whose records all parsed comes back with the top-level problems (such
/// as unknown keys) still to report, so semantic validation can add its own.
pub fn parse_lenient(bytes: &[u8]) -> Result<(Dataset, Vec<Problem>), LoadError> {
    parse::parse_with_problems(bytes).map(|(d, p)| (d, p.into_list()))
}

/// Adds the line and column of the value each problem's JSON path names, for problems found after
/// parsing (which name a path only).
pub fn locate(bytes: &[u8], mut e: LoadError) -> LoadError {
    parse::locate(bytes, &mut e.problems);
    e
}

/// Checks everything that spans fields or records. On success returns the id index and the
/// references resolved to indexes, so the catalog never looks an id up twice.
pub fn validate(d: &Dataset) -> Result<(IdIndex<'_>, Resolved), LoadError> {
    validate_with(d, Vec::new())
}

fn version_problem(found: &str) -> Problem {
    Problem::at(
        "schema_version",
        format!("this app reads schema version {SCHEMA_VERSION}, the file has {found}"),
    )
}

//! Reusable view components, one family per file.

pub mod facets;
pub mod highlight;
pub mod results;
pub mod shell;
pub mod status;

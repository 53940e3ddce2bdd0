//! Reusable view components, one family per file.

pub mod compare;
pub mod export;
pub mod facets;
pub mod highlight;
pub mod open;
pub mod results;
pub mod shell;
pub mod status;
pub mod visuals;

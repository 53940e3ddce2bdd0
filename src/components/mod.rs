//! The views, one component family per file.

pub mod cards;
pub mod charts;
pub mod compare;
pub mod export;
pub mod facets;
pub mod highlight;
pub mod inferred;
pub mod map;
pub mod markup;
pub mod open;
pub mod results;
pub mod shell;
pub mod status;
pub mod table;
pub mod timeline;
pub mod toolbar;

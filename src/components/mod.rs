//! The frame around every page and the primitives pages share, one component family per file.

pub mod inferred;
pub mod markup;
pub mod open;
pub mod shell;
pub mod status;

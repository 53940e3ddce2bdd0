//! Reusable view components, one family per file.

pub mod shell;

//! Routed pages: each reads state from context and the URL and composes components.

pub mod collection;
pub mod compare;
pub mod detail;
pub mod home;
pub mod not_found;
pub mod source;

//! The pure core of Cooperation Explorer: the dataset model and its validation, the explorer
//! (facets, search, ordering), the URL state, in-app links and exports. Nothing here depends on a
//! browser or a UI framework, so every rule is tested natively with `cargo test`.
//!
//! Data flows one way: JSON text → [`load`] (parse and validate, problems with JSON paths) →
//! [`catalog::Catalog`] (immutable, indexed) → [`explore::Explorer`] (facets, search, sort orders);
//! a URL query → [`query::ViewState`] → a [`explore::Selection`] the views show; a user's input → a new
//! `ViewState` → a new URL ([`href`]).

pub mod adjacency;
pub mod bitset;
pub mod catalog;
pub mod compare;
pub mod explore;
pub mod export;
pub mod geo;
pub mod href;
pub mod load;
pub mod model;
pub mod overview;
pub mod query;
pub mod record;
pub mod route;
pub mod search;
pub mod sorting;
pub mod source;
pub mod stats;
pub mod text;
pub mod timeline;

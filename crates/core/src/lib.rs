//! The pure core of Cooperation Explorer: the dataset, the address, the exploration and the
//! presentation of records. Nothing here depends on a browser or a UI framework, so every rule is
//! tested natively with `cargo test`.
//!
//! Data flows one way, and the four modules follow it:
//!
//! - [`data`]: JSON text → parse and validate (problems with JSON paths) → [`data::catalog::Catalog`]
//!   (immutable, indexed, both directions of every link).
//! - [`address`]: a URL → [`address::route::Route`] and [`address::query::ViewState`]; a user's
//!   action → the next `ViewState`; a route and a state → an href. Every in-app link is built here.
//! - [`explore`]: a catalog and a state → an [`explore::Selection`] (search, facets with counts,
//!   years, order), and the home page's search over everything.
//! - [`present`]: what a record shows and where ([`present::fields`]), exports, the timeline, the
//!   map's geography and the source reader's text model.

pub mod address;
pub mod data;
pub mod explore;
pub mod present;

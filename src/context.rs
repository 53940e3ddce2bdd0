//! Typed contexts every page and component reads, provided once by the app root: where the app is
//! deployed and how links are built ([`base`]), the interface language ([`locale`]), the dataset in
//! use and its loading status ([`data`]), and the URL state of the list page being shown ([`page`]).
//!
//! This module sits below pages and components: it imports neither.

pub mod base;
pub mod data;
pub mod locale;
pub mod page;

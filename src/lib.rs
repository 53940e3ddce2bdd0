//! Cooperation Explorer: a client-side Leptos app for exploring the cooperation proposals of one news
//! article (initiatives, sectors and corridors), each record traced back to a verbatim excerpt, in
//! English, Chinese, Russian and Kyrgyz.
//!
//! The rules live in two pure crates tested natively: `cooperation-core` (dataset, validation,
//! facets, search, URL state, links, exports) and `cooperation-l10n` (the interface's words). This
//! crate is the thin layer that shows them:
//!
//! - [`app`]: contexts, router and routes; [`pages`]: one per route; [`components`]: the views.
//! - [`context`]: the typed contexts (links and base path, language, dataset, page state), below
//!   pages and components.
//! - [`words`]: the interface's words for the core's values.
//! - [`browser`]: the only module that touches `web_sys`.

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod pages;
pub mod words;

pub use app::App;

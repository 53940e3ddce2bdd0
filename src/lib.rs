// The app's view types nest deeply; rendering them to HTML natively needs the compiler to look
// further.
#![recursion_limit = "256"]
//! Cooperation Explorer: a Leptos app for exploring the cooperation proposals of one news article
//! (initiatives, sectors and corridors), each record traced back to a verbatim excerpt, in English,
//! Chinese, Russian and Kyrgyz.
//!
//! The rules live in pure crates tested natively: `cooperation-core` (dataset, validation, the
//! address, exploration, presentation), `cooperation-l10n` (the interface's words) and
//! `cooperation-locale` (the languages). This crate shows them:
//!
//! - [`app`]: what the app starts with, the contexts, the router and which page each route shows.
//! - [`context`]: app-wide typed contexts (the address, links, language, dataset, document head).
//! - [`pages`]: one per route; [`explorer`]: the list page as a feature (its controller, parts and
//!   the one cell renderer); [`components`]: the frame and shared primitives.
//! - [`words`]: the interface's words for the core's values.
//! - [`browser`]: the only module that touches `web_sys`, and only from effects and event
//!   handlers: views never read the browser while they render, so every page also renders to HTML
//!   natively — which `prerender` does at build time for every page in every language.

pub mod app;
pub mod browser;
pub mod components;
pub mod context;
pub mod explorer;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod words;

pub use app::{App, Start};

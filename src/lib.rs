//! Cooperation Explorer: a client-side Leptos app for exploring the cooperation proposals of one news
//! article (initiatives, sectors and corridors), each record traced back to a verbatim excerpt.
//!
//! - [`domain`] is the pure core: data model, validation, filtering, search, sorting, URL state and
//!   export. It imports nothing from the browser or Leptos, so it is tested natively.
//! - [`app`] wires the router and context providers; [`pages`] and [`components`] are thin views.
//! - [`browser`] is the only module that touches `web_sys`.

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod pages;
pub mod state;

pub use app::App;

//! The pure core of the app: no Leptos, `web_sys`, `wasm_bindgen` or `gloo` imports here, so every
//! rule is tested natively with `cargo test`.

pub mod bitset;
pub mod catalog;
pub mod compare;
pub mod explore;
pub mod export;
pub mod geo;
pub mod links;
pub mod load;
pub mod model;
pub mod query;
pub mod route;
pub mod search;
pub mod text;
pub mod timeline;

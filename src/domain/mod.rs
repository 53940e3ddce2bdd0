//! The pure core of the app: no Leptos, `web_sys`, `wasm_bindgen` or `gloo` imports here, so every
//! rule is tested natively with `cargo test`.

pub mod catalog;
pub mod links;
pub mod load;
pub mod model;
pub mod route;

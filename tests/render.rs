//! The views render without a browser: natively, with Leptos's `ssr` feature, the app renders a
//! list page, a record page, the source reader and the home page to HTML under a request URL — the
//! same views the browser shows, reading the address and the data from context only. (A view that
//! touched the browser while rendering would panic here: `web_sys` has no window natively.)
#![cfg(not(target_arch = "wasm32"))]
// The app's view types nest deeply; rendering them to HTML needs the compiler to look further.
#![recursion_limit = "256"]

use std::sync::Arc;

use cooperation_core::data::catalog;
use cooperation_explorer::context::data::{DataSource, Loaded};
use cooperation_explorer::context::head::{PageHead, provide_head};
use cooperation_explorer::{App, Start};
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

fn bundled() -> Arc<Loaded> {
    let bytes = include_bytes!("../public/data/cooperation.json");
    Arc::new(Loaded::new(
        catalog::load(bytes).unwrap(),
        DataSource::Bundled,
        bytes.len() as u64,
    ))
}

/// The app's HTML for `url`, and the head the page set.
fn render(url: &str) -> (String, PageHead) {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(url));
        let head = provide_head();
        let start = Start {
            base: String::new(),
            preloaded: Some(bundled()),
            origin: String::new(),
        };
        let html = view! { <App start/> }.to_html();
        (html, head.get())
    })
}

#[test]
fn a_list_page_renders_every_card_with_its_name_and_the_filters() {
    let (html, head) = render("/initiatives");
    assert!(html.contains("<h1>Initiatives</h1>"), "{html}");
    let catalog = &bundled().explorer.catalog;
    for r in catalog.initiatives() {
        let escaped = r.name.replace('&', "&amp;").replace('\'', "&#39;");
        assert!(html.contains(&escaped), "the card of {}", r.name);
    }
    assert_eq!(html.matches("<article class=\"card\"").count(), 39);
    assert!(html.contains("id=\"f-status-recommended\""), "the facets");
    assert_eq!(head.title, "Initiatives · Cooperation Explorer");
    assert!(head.description.starts_with("39 initiatives"), "{head:?}");
}

#[test]
fn a_record_page_renders_its_fields_excerpt_and_head() {
    let (html, head) = render("/initiatives/security-roundtable");
    assert!(html.contains("Security Roundtable"));
    assert!(
        html.contains(
            "security Roundtable | Regular discussions on threats and safety measures relevant to the region."
        ),
        "the verbatim excerpt"
    );
    assert!(
        html.contains("href=\"/initiatives/bilateral-task-force\""),
        "related, linked"
    );
    assert_eq!(head.title, "Security Roundtable · Cooperation Explorer");
    let loaded = bundled();
    let summary = &loaded
        .explorer
        .catalog
        .initiative("security-roundtable")
        .unwrap()
        .summary;
    assert_eq!(&head.description, summary);
}

#[test]
fn the_reader_and_home_render_and_the_language_follows_the_address() {
    let (reader, _) = render("/sources/liu-bin-musaeva-article");
    assert_eq!(reader.matches("class=\"source-table\"").count(), 4);
    assert!(reader.contains("<mark class=\"quote\""));
    let (home, head) = render("/zh/");
    assert!(home.contains("合作"), "Chinese words on the home page");
    assert!(head.title.contains("合作"), "{head:?}");
    let (missing, head) = render("/nowhere/at/all");
    assert!(missing.contains("<h1>Page not found</h1>"), "{missing}");
    assert!(head.title.starts_with("Page not found"), "{head:?}");
}

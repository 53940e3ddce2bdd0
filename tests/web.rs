//! Component tests in headless Chromium (wasm-bindgen-test): components are mounted into the test
//! page, driven through the DOM and checked after the reactive system has settled.
#![cfg(target_arch = "wasm32")]

use cooperation_explorer::app::Shell;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A component mounted in its own container; unmounted and removed when dropped, so tests that share
/// the page do not share routers or listeners.
struct Mounted {
    root: web_sys::HtmlElement,
    owner: Owner,
    handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        // Runs every `on_cleanup` below the app (the router's document listeners among them).
        self.owner.cleanup();
        self.root.remove();
    }
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::HtmlElement;
    fn deref(&self) -> &web_sys::HtmlElement {
        &self.root
    }
}

/// Mounts `f` in a fresh container, resetting the URL to `path` first.
fn mount<V: IntoView + 'static>(path: &str, f: impl FnOnce() -> V + 'static) -> Mounted {
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
    let document = window.document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let owner = Owner::new();
    let handle = owner.with(|| leptos::mount::mount_to(container.clone(), move || f().into_any()));
    Mounted {
        root: container,
        owner,
        handle: Some(handle),
    }
}

/// Waits (up to two seconds) until `ready` holds: navigation and effects settle asynchronously.
async fn settle(ready: impl Fn() -> bool) {
    for _ in 0..200 {
        leptos::task::tick().await;
        if ready() {
            return;
        }
        let delay = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(delay).await.unwrap();
    }
}

fn query(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    query(root, selector).text_content().unwrap_or_default()
}

fn pathname() -> String {
    web_sys::window().unwrap().location().pathname().unwrap()
}

#[wasm_bindgen_test]
async fn shell_navigation_routes_between_views() {
    let root = mount("/", || view! { <Shell base=String::new()/> });
    leptos::task::tick().await;
    assert_eq!(text(&root, "h1"), "Cooperation Explorer");

    let links = root
        .query_selector_all("nav[aria-label=Primary] a")
        .unwrap();
    assert_eq!(links.length(), 3);

    for (label, path) in [
        ("Sectors", "/sectors"),
        ("Corridors", "/corridors"),
        ("Initiatives", "/initiatives"),
    ] {
        let link = query(&root, &format!("nav a[href='{path}']"));
        assert_eq!(link.text_content().unwrap(), label);
        link.click();
        settle(|| text(&root, "h1") == label).await;
        assert_eq!(pathname(), path);
        assert_eq!(text(&root, "h1"), label);
        assert_eq!(link.get_attribute("aria-current").as_deref(), Some("page"));
        assert_eq!(
            root.query_selector_all("nav a[aria-current=page]")
                .unwrap()
                .length(),
            1
        );
    }
}

#[wasm_bindgen_test]
async fn shell_links_carry_the_base_path() {
    let root = mount(
        "/explorer/sectors",
        || view! { <Shell base="/explorer".to_string()/> },
    );
    leptos::task::tick().await;
    assert_eq!(text(&root, "h1"), "Sectors");
    assert!(query(&root, "a.brand").get_attribute("href").as_deref() == Some("/explorer/"));
    query(&root, "nav a[href='/explorer/corridors']").click();
    settle(|| text(&root, "h1") == "Corridors").await;
    assert_eq!(pathname(), "/explorer/corridors");
    assert_eq!(text(&root, "h1"), "Corridors");
}

//! An embedded view's two duties to the page around it: tell it how tall the view is (a
//! `postMessage` of `{type: "cooperation-explorer:height", height}`, again whenever it changes),
//! and open what leaves the view (a record's page, the full view) in a new tab, not in the frame.

use std::cell::Cell;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::page::document;

/// The type of the message that carries the embedded view's height.
pub const HEIGHT_MESSAGE: &str = "cooperation-explorer:height";

thread_local! {
    static STARTED: Cell<bool> = const { Cell::new(false) };
}

/// Starts both, once: links outside `embed_path` (the path of the embeddable pages of this view,
/// e.g. `/embed/initiatives` or `/zh/embed/initiatives`) open in a new tab.
pub fn start(embed_path: &str) {
    if STARTED.with(|s| s.replace(true)) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    report_height(&window);
    let inside = embed_path.to_string();
    let on_click =
        Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |event: web_sys::MouseEvent| {
            let Some(a) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("a[href]").ok().flatten())
            else {
                return;
            };
            let Some(a) = a.dyn_ref::<web_sys::HtmlAnchorElement>() else {
                return;
            };
            if a.pathname().starts_with(&inside) || a.get_attribute("target").is_some() {
                return;
            }
            // Leaves the frame: the browser opens it in a new tab (the router leaves a link with a
            // target alone), as a link written that way would.
            let _ = a.set_attribute("target", "_blank");
            let _ = a.set_attribute("rel", "noopener");
        });
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        on_click.as_ref().unchecked_ref(),
        true,
    );
    on_click.forget();
}

/// Posts the document's height to the embedding page now and whenever it changes.
fn report_height(window: &web_sys::Window) {
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == *window {
        return;
    }
    let post = move || {
        let Some(root) = document().and_then(|d| d.document_element()) else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        // The content's own height (not the frame's: the root element is as tall as what it holds).
        let height = root.get_bounding_client_rect().height().ceil();
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    };
    post();
    let observer = Closure::<dyn FnMut()>::new(post);
    if let (Ok(resize), Some(root)) = (
        web_sys::ResizeObserver::new(observer.as_ref().unchecked_ref()),
        document().and_then(|d| d.body()),
    ) {
        resize.observe(&root);
    }
    observer.forget();
}

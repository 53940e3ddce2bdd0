//! The page itself: where the app is deployed, its address, the document's language and title,
//! focus, scrolling and the browser's language preferences.

use wasm_bindgen::JsCast;

pub(super) fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The path the app is served under, without a trailing slash: `""` at the site root, `"/explorer"`
/// when built with `trunk build --public-url /explorer/`.
///
/// Trunk preloads the app's JavaScript from the public URL (`<link rel="modulepreload"
/// href="/explorer/…js">`), so its directory tells where the app lives. (A `<base href>` would too,
/// but the Content-Security-Policy forbids `<base>`.)
pub fn base_path() -> String {
    let href = document()
        .and_then(|d| d.query_selector("link[rel=modulepreload]").ok().flatten())
        .and_then(|l| l.get_attribute("href"));
    match href.and_then(|h| web_sys::Url::new_with_base(&h, &origin()).ok()) {
        Some(url) => cooperation_core::address::href::base_from_pathname(&url.pathname()),
        None => String::new(),
    }
}

/// The site's origin as the build named it (`https://example.org`, from the served page's
/// `<meta name="cooperation-explorer-origin">`), or empty when the site was built without one.
pub fn built_origin() -> String {
    document()
        .and_then(|d| {
            d.query_selector("meta[name=cooperation-explorer-origin]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .filter(|o| o.starts_with("http"))
        .unwrap_or_default()
}

/// The page's origin, e.g. `https://example.org`.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The current page's full address (for citations and "copy link").
pub fn current_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The current page's query string, with its `?` (empty when there is none).
pub fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Sets `<html lang>`.
pub fn set_document_lang(tag: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// The element with this id, if it is an HTML element.
fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Moves keyboard focus to the element with this id (which must be focusable, e.g. by
/// `tabindex="-1"`) without scrolling; `false` if there is none.
pub fn focus_id(id: &str) -> bool {
    let Some(el) = html_element(id) else {
        return false;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    true
}

/// Moves keyboard focus to the element with this id and scrolls it to the middle of the view;
/// `false` if there is none.
pub fn focus_and_scroll_to(id: &str) -> bool {
    if !focus_id(id) {
        return false;
    }
    if let Some(el) = html_element(id) {
        let into = web_sys::ScrollIntoViewOptions::new();
        into.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&into);
    }
    true
}

/// Marks the page while a full-screen panel is open (the stylesheet stops the page behind it from
/// scrolling).
pub fn set_drawer_open(open: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().toggle_with_force("drawer-open", open);
    }
}

/// Keeps Tab and Shift+Tab cycling inside the element with this id (a modal panel).
pub fn keep_tab_within(id: &str, ev: &web_sys::KeyboardEvent) {
    let Some(panel) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let Ok(list) = panel.query_selector_all(
        "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])",
    ) else {
        return;
    };
    let visible: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| e.offset_parent().is_some())
        .collect();
    let (Some(first), Some(last)) = (visible.first(), visible.last()) else {
        return;
    };
    let active = document().and_then(|d| d.active_element());
    let at = |e: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == e.as_ref() as &web_sys::Element)
    };
    if ev.shift_key() && at(first) {
        ev.prevent_default();
        let _ = last.focus();
    } else if !ev.shift_key() && at(last) {
        ev.prevent_default();
        let _ = first.focus();
    }
}

/// The value of `attribute` on the element an event happened in, or on its nearest ancestor that
/// has it (one listener on a list serving the buttons inside it).
pub fn event_attribute(ev: &web_sys::Event, attribute: &str) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let holder = target.closest(&format!("[{attribute}]")).ok()??;
    holder.get_attribute(attribute)
}

/// For every element inside the element `container_id` that has `attribute`, sets its
/// `aria-pressed`, `disabled` and text from `state(value)`: (pressed, disabled, label). Only what
/// differs is written.
pub fn update_toggles(
    container_id: &str,
    attribute: &str,
    state: impl Fn(&str) -> (bool, bool, &'static str),
) {
    let Some(container) = document().and_then(|d| d.get_element_by_id(container_id)) else {
        return;
    };
    let Ok(found) = container.query_selector_all(&format!("[{attribute}]")) else {
        return;
    };
    for i in 0..found.length() {
        let Some(el) = found
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let Some(value) = el.get_attribute(attribute) else {
            continue;
        };
        let (pressed, disabled, label) = state(&value);
        let pressed = if pressed { "true" } else { "false" };
        if el.get_attribute("aria-pressed").as_deref() != Some(pressed) {
            let _ = el.set_attribute("aria-pressed", pressed);
        }
        if el.has_attribute("disabled") != disabled {
            let _ = el.toggle_attribute_with_force("disabled", disabled);
        }
        if el.text_content().as_deref() != Some(label) {
            el.set_text_content(Some(label));
        }
    }
}

/// Resolves in a new task of the browser's event loop (after a zero-delay timeout), so that work
/// split around it lets the browser handle input and paint in between instead of blocking it in one
/// long task.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().is_some_and(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .is_ok()
        });
        if !queued {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

//! Taking over the page the host served: every address is answered with HTML rendered at build time
//! from the same views, which the reader can already read, scroll, type into and tick. When the app
//! starts it replaces that markup with the live views in one task (no paint in between), and gives
//! back what the reader had done: the scroll position, the focused element, text typed into the
//! search boxes, ticked boxes and chosen options (replayed as the reader's own input, so the app
//! acts on them).

use wasm_bindgen::JsCast;

use super::page::document;

/// The element the app is mounted into, holding the pre-rendered page until then.
pub const ROOT_ID: &str = "app";

/// Controls whose state the reader may have changed before the app started.
const FIELDS: &str = "input[id], select[id]";
/// What keyboard focus can rest on, in document order.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// A control's state as the reader left it.
enum Field {
    /// Text in a text or search box, with the selection.
    Text {
        id: String,
        value: String,
        selection: Option<(u32, u32)>,
    },
    /// A checkbox ticked or cleared.
    Checked { id: String, checked: bool },
    /// An option chosen.
    Chosen { id: String, value: String },
}

/// Where focus was: an element's id, or its position among the focusable elements.
enum Focus {
    Id(String),
    Nth(u32),
}

/// What the reader had done on the pre-rendered page.
pub struct Snapshot {
    scroll: (f64, f64),
    focus: Option<Focus>,
    /// Controls whose state differs from the one the page was served with.
    changed: Vec<Field>,
    /// The positions of the disclosures (`<details>`) the reader opened.
    opened: Vec<u32>,
}

/// The app's root element, if the page has one.
pub fn root() -> Option<web_sys::HtmlElement> {
    document()?
        .get_element_by_id(ROOT_ID)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// A control whose state the reader changed, if `el` is one.
fn changed(el: &web_sys::Element) -> Option<Field> {
    let id = el.id();
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        return match input.type_().as_str() {
            "checkbox" | "radio" => {
                (input.checked() != input.default_checked()).then(|| Field::Checked {
                    id,
                    checked: input.checked(),
                })
            }
            "file" | "hidden" => None,
            _ => (input.value() != input.default_value()).then(|| Field::Text {
                id,
                value: input.value(),
                selection: input
                    .selection_start()
                    .ok()
                    .flatten()
                    .zip(input.selection_end().ok().flatten()),
            }),
        };
    }
    let select = el.dyn_ref::<web_sys::HtmlSelectElement>()?;
    let served = all(el, "option")
        .into_iter()
        .find_map(|o| {
            let option = o.dyn_into::<web_sys::HtmlOptionElement>().ok()?;
            option.default_selected().then(|| option.value())
        })
        .unwrap_or_default();
    (select.value() != served).then(|| Field::Chosen {
        id,
        value: select.value(),
    })
}

/// Reads what the reader has done on the page inside `root`.
pub fn snapshot(root: &web_sys::Element) -> Snapshot {
    let window = web_sys::window();
    let scroll = window.as_ref().map_or((0.0, 0.0), |w| {
        (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0))
    });
    let active = document().and_then(|d| d.active_element());
    let focus = active.filter(|a| root.contains(Some(a))).and_then(|a| {
        if !a.id().is_empty() {
            return Some(Focus::Id(a.id()));
        }
        all(root, FOCUSABLE)
            .iter()
            .position(|e| *e == a)
            .map(|n| Focus::Nth(n as u32))
    });
    let changed = all(root, FIELDS).iter().filter_map(changed).collect();
    let opened = all(root, "details")
        .iter()
        .enumerate()
        .filter(|(_, d)| d.has_attribute("open"))
        .map(|(n, _)| n as u32)
        .collect();
    Snapshot {
        scroll,
        focus,
        changed,
        opened,
    }
}

/// Empties `root` (the live views go in its place in the same task).
pub fn clear(root: &web_sys::Element) {
    root.set_inner_html("");
}

/// Fires a bubbling event of `kind` at `el`, as the reader's input would.
fn fire(el: &web_sys::Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
        let _ = el.dispatch_event(&event);
    }
}

/// Gives the live page inside `root` what the reader had done: each changed control set again and
/// its input replayed, the disclosures opened, the scroll position and the focus.
pub fn restore(root: &web_sys::Element, snapshot: Snapshot) {
    let by_id = |id: &str| document().and_then(|d| d.get_element_by_id(id));
    for field in snapshot.changed {
        match field {
            Field::Text {
                id,
                value,
                selection,
            } => {
                let Some(el) = by_id(&id) else { continue };
                if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                    input.set_value(&value);
                    fire(&el, "input");
                    if let Some((start, end)) = selection {
                        let _ = input.set_selection_range(start, end);
                    }
                }
            }
            Field::Checked { id, checked } => {
                let Some(el) = by_id(&id) else { continue };
                if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>()
                    && input.checked() != checked
                {
                    input.click();
                }
            }
            Field::Chosen { id, value } => {
                let Some(el) = by_id(&id) else { continue };
                if let Some(select) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
                    select.set_value(&value);
                    fire(&el, "change");
                }
            }
        }
    }
    let details = all(root, "details");
    for n in snapshot.opened {
        if let Some(d) = details.get(n as usize) {
            let _ = d.set_attribute("open", "");
        }
    }
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(snapshot.scroll.0, snapshot.scroll.1);
    }
    let target = match snapshot.focus {
        Some(Focus::Id(id)) => by_id(&id),
        Some(Focus::Nth(n)) => all(root, FOCUSABLE).into_iter().nth(n as usize),
        None => None,
    };
    if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// Marks the page as taken over: what the address says is applied now (the results it hid while
/// the app started show again), and the app runs.
pub fn started() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let classes = root.class_list();
        let _ = classes.remove_2("pending", "pending-data");
        let _ = classes.add_1("app-started");
    }
}

/// Marks the page as one the app could not take over (the page's style sheet then shows the
/// start-up failure notice), and says why in the console.
pub fn failed(why: &str) {
    web_sys::console::warn_1(&format!("Cooperation Explorer could not start: {why}").into());
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("app-failed");
    }
}

//! Taking over the page the host served: every address is answered with HTML rendered at build time
//! from the same views, which the reader can already read, scroll, type into and tick. The app
//! replaces that markup with the live views in one task (no paint in between), and gives back what
//! the reader had done: the scroll position, the focused element, text typed into the search boxes,
//! ticked boxes and chosen options (replayed as the reader's own input, so the app acts on them), and
//! a button pressed (pressed again on the live page).
//!
//! When is up to `main`: at once where the served page cannot show what the address asks (a view
//! state, another dataset) or the reader has already acted on it; otherwise on the reader's first
//! use of a control ([`arm`]) — the served page is the same view, so until then there is nothing to
//! do, and a phone that only reads never spends the time.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

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
    /// Files chosen in a file box (handed to the live one as they are).
    Files {
        id: String,
        files: web_sys::FileList,
    },
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
            "file" => input
                .files()
                .filter(|f| f.length() > 0)
                .map(|files| Field::Files { id, files }),
            "hidden" => None,
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

/// The events that call for the live app: a text box focused (typing follows), a box ticked, an
/// option or a file chosen, a button pressed or a link of the site followed, a form sent, a file
/// dragged over the page or dropped on a drop zone (dropped again on the live one), a move in the
/// history.
const USES: [&str; 7] = [
    "focusin",
    "change",
    "click",
    "submit",
    "dragenter",
    "drop",
    "popstate",
];

/// Where a file may be dropped.
const DROP_ZONE: &str = ".drop-zone";

/// What a press can be on: a button, or a link within the app (followed by the app's router, not
/// by loading another page).
const PRESSABLE: &str = "button:not([disabled]), a[href]";

/// A button or link the reader pressed on the served page (by id, or by its position among them),
/// or files dropped on its `n`th drop zone.
pub enum Pressed {
    Id(String),
    Nth(u32),
    Dropped(u32, web_sys::DataTransfer),
}

impl Pressed {
    /// The live page's counterpart of what was pressed, pressed.
    pub fn press_again(&self, root: &web_sys::Element) {
        let target = match self {
            Pressed::Id(id) => document().and_then(|d| d.get_element_by_id(id)),
            Pressed::Nth(n) => all(root, PRESSABLE).into_iter().nth(*n as usize),
            Pressed::Dropped(n, files) => {
                // Still within the reader's drop, while its files can be read.
                let init = web_sys::DragEventInit::new();
                init.set_bubbles(true);
                init.set_cancelable(true);
                init.set_data_transfer(Some(files));
                let zone = all(root, DROP_ZONE).into_iter().nth(*n as usize);
                if let (Some(zone), Ok(drop)) = (
                    zone,
                    web_sys::DragEvent::new_with_event_init_dict("drop", &init),
                ) {
                    let _ = zone.dispatch_event(&drop);
                }
                return;
            }
        };
        if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            element.click();
        }
    }
}

/// Whether a click on link `a` is one the app follows: a plain click (no modifier key, the main
/// button; or Enter) on a link of this site or this page that opens in this tab and is no download.
fn followed_by_app(a: &web_sys::Element, event: &web_sys::Event) -> bool {
    let plain = event.dyn_ref::<web_sys::MouseEvent>().is_some_and(|m| {
        m.button() == 0 && !m.ctrl_key() && !m.meta_key() && !m.shift_key() && !m.alt_key()
    });
    let here = a
        .get_attribute("href")
        .is_some_and(|h| (h.starts_with('/') && !h.starts_with("//")) || h.starts_with('#'));
    plain && here && !a.has_attribute("download") && !a.has_attribute("target")
}

/// Whether `event` calls for the app (see [`USES`]): `Some` with the button pressed, if that was
/// it.
fn use_of(root: &web_sys::Element, event: &web_sys::Event) -> Option<Option<Pressed>> {
    let target = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    match event.type_().as_str() {
        "popstate" | "change" | "dragenter" => Some(None),
        "drop" => {
            let zone = target?.closest(DROP_ZONE).ok()??;
            let files = event.dyn_ref::<web_sys::DragEvent>()?.data_transfer()?;
            // Not opened as a page, and not handled by the served page: by the live one.
            event.prevent_default();
            event.stop_propagation();
            let n = all(root, DROP_ZONE).iter().position(|z| *z == zone)?;
            Some(Some(Pressed::Dropped(n as u32, files)))
        }
        "submit" => {
            event.prevent_default();
            Some(None)
        }
        "focusin" => {
            let typed = target?
                .matches("input:not([type=checkbox]):not([type=radio]), textarea")
                .unwrap_or(false);
            typed.then_some(None)
        }
        "click" => {
            let pressed = target?.closest(PRESSABLE).ok()??;
            if pressed.tag_name() == "A" {
                if !followed_by_app(&pressed, event) {
                    return None;
                }
                // The app follows it once it is there; the page is not loaded again.
                event.prevent_default();
            }
            let which = if pressed.id().is_empty() {
                let n = all(root, PRESSABLE).iter().position(|b| *b == pressed)?;
                Pressed::Nth(n as u32)
            } else {
                Pressed::Id(pressed.id())
            };
            Some(Some(which))
        }
        _ => None,
    }
}

/// Waits for the reader's first use of the served page inside `root` (see [`USES`]), then calls
/// `take_over` in that event, once, with the button pressed (if that was the use); marks the page
/// `app-armed` meanwhile.
pub fn arm(root: web_sys::HtmlElement, take_over: impl FnOnce(Option<Pressed>) + 'static) {
    type Listener = Closure<dyn FnMut(web_sys::Event)>;
    let listener: Rc<RefCell<Option<Listener>>> = Rc::new(RefCell::new(None));
    let take_over = RefCell::new(Some(take_over));
    let handle = listener.clone();
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(found) = use_of(&root, &event) else {
            return;
        };
        if let Some(listener) = handle.borrow_mut().take() {
            disarm(&listener);
        }
        if let Some(take_over) = take_over.borrow_mut().take() {
            take_over(found);
        }
    });
    if let Some(window) = web_sys::window() {
        for kind in USES {
            let _ = window.add_event_listener_with_callback_and_bool(
                kind,
                closure.as_ref().unchecked_ref(),
                true,
            );
        }
    }
    *listener.borrow_mut() = Some(closure);
    mark("app-armed");
}

/// Removes the listeners [`arm`] added (the closure itself is dropped after its call returns).
fn disarm(listener: &Closure<dyn FnMut(web_sys::Event)>) {
    if let Some(window) = web_sys::window() {
        for kind in USES {
            let _ = window.remove_event_listener_with_callback_and_bool(
                kind,
                listener.as_ref().unchecked_ref(),
                true,
            );
        }
    }
}

/// Adds a class to the root element (`<html>`).
fn mark(class: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1(class);
    }
}

/// Whether the page must be taken over now: the address holds what the served page cannot show
/// (`pending`, `pending-data`, set by `boot.js`), the served page is not the page of this address
/// (the app shell, a not-found page, or a page of another address: the loader in index.html left
/// it without `data-prerendered`), or the reader has already used a control before the app
/// arrived (`data-used`, also boot.js).
pub fn wanted_now() -> bool {
    let served_here = root().is_some_and(|app| app.has_attribute(PRERENDERED));
    !served_here
        || document()
            .and_then(|d| d.document_element())
            .is_some_and(|root| {
                let classes = root.class_list();
                classes.contains("pending")
                    || classes.contains("pending-data")
                    || root.has_attribute("data-used")
            })
}

/// The attribute of the root of a page pre-rendered for an address: the address's path.
pub const PRERENDERED: &str = "data-prerendered";

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
            Field::Files { id, files } => {
                let Some(el) = by_id(&id) else { continue };
                if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                    input.set_files(Some(&files));
                    fire(&el, "change");
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
        let _ = classes.remove_3("pending", "pending-data", "app-armed");
        let _ = classes.add_1("app-started");
    }
}

/// Marks the page as one the app could not take over (the page's style sheet then shows the
/// start-up failure notice), and says why in the console.
pub fn failed(why: &str) {
    web_sys::console::warn_1(&format!("Cooperation Explorer could not start: {why}").into());
    mark("app-failed");
}

//! Taking things out of the page: downloads, the clipboard, printing, and today's date for citations.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Saves `content` as a file named `filename` through the browser's download; `false` if the
/// browser refused.
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    try_download(filename, mime, content).is_some()
}

fn try_download(filename: &str, mime: &str, content: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    try_download_blob(filename, &blob)
}

/// Saves `blob` as a file named `filename`; `false` if the browser refused.
pub fn download_blob(filename: &str, blob: &web_sys::Blob) -> bool {
    try_download_blob(filename, blob).is_some()
}

fn try_download_blob(filename: &str, blob: &web_sys::Blob) -> Option<()> {
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    let document = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_attribute("hidden", "").ok()?;
    document.body()?.append_child(&a).ok()?;
    a.click();
    a.remove();
    // Release the blob once the download has started.
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000)
        .ok()?;
    Some(())
}

/// Copies text to the clipboard; `false` if the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Today's date in the browser's time zone, as (year, month, day).
pub fn today() -> (i32, u32, u32) {
    let d = js_sys::Date::new_0();
    (d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

//! The only module that talks to the browser directly (through `web_sys` and `gloo-net`): where the
//! app is deployed, fetching and reading datasets with progress, downloads, the clipboard and dates.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::catalog::MAX_DATASET_BYTES;

/// The path the app is served under, without a trailing slash: `""` at the site root, `"/explorer"`
/// when built with `trunk build --public-url /explorer/`.
///
/// Trunk preloads the app's JavaScript from the public URL (`<link rel="modulepreload"
/// href="/explorer/…js">`), so its directory tells where the app lives. (A `<base href>` would too,
/// but the Content-Security-Policy forbids `<base>`.)
pub fn base_path() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[rel=modulepreload]").ok().flatten())
        .and_then(|l| l.get_attribute("href"));
    match href.and_then(|h| web_sys::Url::new_with_base(&h, &origin()).ok()) {
        Some(url) => crate::domain::route::base_from_pathname(&url.pathname()),
        None => String::new(),
    }
}

fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// An address resolved against the app's own location (so `data/x.json` works on any page and under
/// a sub-path); absolute addresses are kept.
pub fn resolve(address: &str) -> Result<String, String> {
    let app = format!("{}{}/", origin(), base_path());
    web_sys::Url::new_with_base(address, &app)
        .map(|u| u.href())
        .map_err(|_| format!("“{address}” is not a valid address"))
}

/// Fetches a dataset file, reporting `(bytes read, total if known)` as it arrives. The declared size
/// is checked before the body is read, and the real size as it is read, against
/// [`MAX_DATASET_BYTES`].
pub async fn fetch_dataset(
    address: &str,
    progress: impl Fn(u64, Option<u64>),
) -> Result<Vec<u8>, String> {
    let url = resolve(address)?;
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| format!("the request to {url} failed ({e})"))?;
    if !response.ok() {
        return Err(format!(
            "the server answered {} {} for {url}",
            response.status(),
            response.status_text()
        ));
    }
    let total = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<u64>().ok());
    if let Some(len) = total
        && len > MAX_DATASET_BYTES as u64
    {
        return Err(too_big(len as usize));
    }
    match response.body() {
        Some(stream) => read_stream(&stream, total, progress).await,
        None => Ok(Vec::new()),
    }
}

/// Reads a file the user chose, with progress; refuses it before reading when it is too large.
pub async fn read_file(
    file: &web_sys::File,
    progress: impl Fn(u64, Option<u64>),
) -> Result<Vec<u8>, String> {
    let size = file.size() as u64;
    if size > MAX_DATASET_BYTES as u64 {
        return Err(too_big(size as usize));
    }
    read_stream(&file.stream(), Some(size), progress).await
}

/// Reads a byte stream to the end, reporting progress, stopping past [`MAX_DATASET_BYTES`].
async fn read_stream(
    stream: &web_sys::ReadableStream,
    total: Option<u64>,
    progress: impl Fn(u64, Option<u64>),
) -> Result<Vec<u8>, String> {
    let reader: web_sys::ReadableStreamDefaultReader = stream
        .get_reader()
        .dyn_into()
        .map_err(|_| "the data could not be read".to_string())?;
    let mut out: Vec<u8> =
        Vec::with_capacity(total.unwrap_or(0).min(MAX_DATASET_BYTES as u64) as usize);
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|e| format!("reading failed ({})", describe(&e)))?;
        let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(true);
        if done {
            break;
        }
        let value =
            js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).unwrap_or(JsValue::UNDEFINED);
        let bytes = js_sys::Uint8Array::new(&value);
        if out.len() + bytes.length() as usize > MAX_DATASET_BYTES {
            let _ = reader.cancel();
            return Err(too_big(out.len() + bytes.length() as usize));
        }
        let start = out.len();
        out.resize(start + bytes.length() as usize, 0);
        bytes.copy_to(&mut out[start..]);
        progress(out.len() as u64, total);
    }
    Ok(out)
}

fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            js_sys::Reflect::get(e, &JsValue::from_str("message"))
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| "unknown error".into())
}

fn too_big(len: usize) -> String {
    format!(
        "the file is {len} bytes; the limit is {} MiB",
        MAX_DATASET_BYTES / (1024 * 1024)
    )
}

/// The current page's full address (for citations and "copy link").
pub fn current_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Moves keyboard focus to the main region (which has `tabindex="-1"`).
pub fn focus_main() {
    use wasm_bindgen::JsCast;
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

/// Saves `content` as a file named `filename` through the browser's download.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    let fail = |_| format!("the browser refused to save {filename}");
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "no anchor".to_string())?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_attribute("hidden", "").map_err(fail)?;
    let body = document.body().ok_or("no body")?;
    body.append_child(&a).map_err(fail)?;
    a.click();
    a.remove();
    // Release the blob once the download has started.
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w
            .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// Copies text to the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .map(|w| w.navigator().clipboard())
        .ok_or("no clipboard")?;
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|e| describe(&e))
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

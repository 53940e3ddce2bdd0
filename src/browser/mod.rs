//! The only module that talks to the browser directly (through `web_sys` and `gloo-net`): where the
//! app is deployed, and fetching a dataset.

use crate::domain::catalog::MAX_DATASET_BYTES;

/// The path the app is served under, without a trailing slash: `""` at the site root, `"/explorer"`
/// when built with `trunk build --public-url /explorer/`.
///
/// Trunk writes the public URL into `<base href>`, so the document's base URI tells where we are.
pub fn base_path() -> String {
    match web_sys::Url::new(&base_uri()) {
        Ok(url) => crate::domain::route::base_from_pathname(&url.pathname()),
        Err(_) => String::new(),
    }
}

fn base_uri() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default()
}

/// An address resolved against the document's base (so `data/x.json` works under a sub-path).
pub fn resolve(address: &str) -> Result<String, String> {
    web_sys::Url::new_with_base(address, &base_uri())
        .map(|u| u.href())
        .map_err(|_| format!("“{address}” is not a valid address"))
}

/// Fetches a dataset file. The declared size is checked before the body is read, and the real size
/// after, against [`MAX_DATASET_BYTES`].
pub async fn fetch_dataset(address: &str) -> Result<Vec<u8>, String> {
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
    if let Some(len) = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<usize>().ok())
        && len > MAX_DATASET_BYTES
    {
        return Err(too_big(len));
    }
    let bytes = response
        .binary()
        .await
        .map_err(|e| format!("reading {url} failed ({e})"))?;
    if bytes.len() > MAX_DATASET_BYTES {
        return Err(too_big(bytes.len()));
    }
    Ok(bytes)
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

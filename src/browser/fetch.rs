//! Fetching a dataset with progress, and reading byte streams up to the size limit.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::ReadError;
use cooperation_core::data::catalog::MAX_DATASET_BYTES;

/// An address resolved against the app's own location (so `data/x.json` works on any page and under
/// a sub-path); absolute addresses are kept.
pub fn resolve(address: &str) -> Result<String, ReadError> {
    let app = format!("{}{}/", super::page::origin(), super::page::base_path());
    web_sys::Url::new_with_base(address, &app)
        .map(|u| u.href())
        .map_err(|_| ReadError::BadAddress(address.to_string()))
}

/// Fetches a dataset file, reporting `(bytes read, total if known)` as it arrives. The declared size
/// is checked before the body is read, and the real size as it is read, against
/// [`MAX_DATASET_BYTES`].
pub async fn fetch_dataset(
    address: &str,
    progress: impl Fn(u64, Option<u64>),
) -> Result<Vec<u8>, ReadError> {
    let url = resolve(address)?;
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| ReadError::Request {
            url: url.clone(),
            detail: e.to_string(),
        })?;
    if !response.ok() {
        return Err(ReadError::Status {
            url,
            status: response.status(),
            text: response.status_text(),
        });
    }
    let total = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<u64>().ok());
    if let Some(len) = total
        && len > MAX_DATASET_BYTES as u64
    {
        return Err(ReadError::TooBig(len));
    }
    match response.body() {
        Some(stream) => read_stream(&stream, total, progress).await,
        None => Ok(Vec::new()),
    }
}

/// Reads a byte stream to the end, reporting progress, stopping past [`MAX_DATASET_BYTES`].
pub(super) async fn read_stream(
    stream: &web_sys::ReadableStream,
    total: Option<u64>,
    progress: impl Fn(u64, Option<u64>),
) -> Result<Vec<u8>, ReadError> {
    let reader: web_sys::ReadableStreamDefaultReader = stream
        .get_reader()
        .dyn_into()
        .map_err(|_| ReadError::Read(String::new()))?;
    let mut out: Vec<u8> =
        Vec::with_capacity(total.unwrap_or(0).min(MAX_DATASET_BYTES as u64) as usize);
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|e| ReadError::Read(describe(&e)))?;
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
        let len = out.len() + bytes.length() as usize;
        if len > MAX_DATASET_BYTES {
            let _ = reader.cancel();
            return Err(ReadError::TooBig(len as u64));
        }
        let start = out.len();
        out.resize(len, 0);
        bytes.copy_to(&mut out[start..]);
        progress(out.len() as u64, total);
    }
    Ok(out)
}

/// A JavaScript error's message.
pub(super) fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            js_sys::Reflect::get(e, &JsValue::from_str("message"))
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_default()
}

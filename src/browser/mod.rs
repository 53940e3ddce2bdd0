//! The only module that talks to the browser directly (through `web_sys`): where the app is deployed.

/// The path the app is served under, without a trailing slash: `""` at the site root, `"/explorer"`
/// when built with `trunk build --public-url /explorer/`.
///
/// Trunk writes the public URL into `<base href>`, so the document's base URI tells where we are.
pub fn base_path() -> String {
    let base_uri = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    let Some(base_uri) = base_uri else {
        return String::new();
    };
    match web_sys::Url::new(&base_uri) {
        Ok(url) => crate::domain::route::base_from_pathname(&url.pathname()),
        Err(_) => String::new(),
    }
}

//! Binary entry point: reads what the app starts with from the browser (where it is deployed, the
//! reader's languages), installs the panic hook and mounts the app. Everything else lives in the
//! library.

#[cfg(target_arch = "wasm32")]
fn main() {
    use cooperation_explorer::browser::page;
    use cooperation_explorer::{App, Start};
    use cooperation_l10n::Locale;
    use leptos::prelude::*;

    console_error_panic_hook::set_once();
    let preferred = page::preferred_languages();
    let start = Start {
        base: page::base_path(),
        fallback_locale: Locale::negotiate(preferred.iter().map(String::as_str))
            .unwrap_or_default(),
        preloaded: None,
    };
    leptos::mount::mount_to_body(move || view! { <App start/> });
}

/// Natively there is nothing to run: the app is built for the browser by Trunk.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Cooperation Explorer runs in the browser: build it with `trunk build` (see README)."
    );
    std::process::exit(2);
}

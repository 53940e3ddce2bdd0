//! Binary entry point: installs the panic hook, reads the bundled dataset (unless the address names
//! another), then takes over the pre-rendered page with the live app — at once where the page cannot
//! show what the address asks or the reader has already used it, else on the reader's first use of a
//! control — and gives back what the reader had done there. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(start());
}

/// Reads what the app starts with and takes over the page, now or on first use.
#[cfg(target_arch = "wasm32")]
async fn start() {
    use cooperation_core::address::query;
    use cooperation_explorer::browser::{page, takeover};
    use cooperation_explorer::context::data;
    use cooperation_explorer::{App, Start};
    use leptos::prelude::*;

    // The bundled dataset, fetched (the page preloads it) and indexed in tasks of their own; an
    // address that names another dataset starts without one and loads it in the app. Without the
    // bundled dataset the served page, made from it, stays as it is, saying the app could not start.
    let wants_bundled = query::parse(&page::search()).0.data.is_none();
    let preloaded = if wants_bundled {
        match data::read_bundled().await {
            Ok(loaded) => Some(loaded),
            Err(why) => {
                takeover::failed(&why);
                return;
            }
        }
    } else {
        None
    };
    let start = Start {
        base: page::base_path(),
        preloaded,
        origin: page::built_origin(),
    };
    page::next_task().await;
    let app = move || view! { <App start/> };
    let Some(root) = takeover::root() else {
        leptos::mount::mount_to_body(app);
        takeover::started();
        return;
    };
    let served = root.clone();
    let take_over = move |pressed: Option<takeover::Pressed>| {
        let done = takeover::snapshot(&root);
        takeover::clear(&root);
        leptos::mount::mount_to(root.clone(), app).forget();
        takeover::restore(&root, done);
        takeover::started();
        if let Some(button) = pressed {
            button.press_again(&root);
        }
    };
    if takeover::wanted_now() {
        take_over(None);
    } else {
        takeover::arm(served, take_over);
    }
}

/// Natively there is nothing to run: the app is built for the browser by Trunk.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Cooperation Explorer runs in the browser: build it with `trunk build` (see README)."
    );
    std::process::exit(2);
}

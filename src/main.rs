//! Binary entry point: installs the panic hook and mounts the app. Everything else lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(cooperation_explorer::App);
}

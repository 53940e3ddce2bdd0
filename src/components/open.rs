//! Bringing your own dataset: a file (picker or drag-and-drop) or an address, in the same schema.
//! Files over the limit are refused before reading; progress shows while reading; problems are
//! listed with their JSON paths; the dataset in use stays until a new one validates.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::app::use_base;
use crate::domain::query::ViewState;
use crate::state::{DataContext, DataSource, use_data};

/// Reads a file the user chose and, if it validates, switches to it.
fn open_file(data: DataContext, file: web_sys::File) {
    let name = file.name();
    data.begin(DataSource::File(name.clone()));
    spawn_local(async move {
        let progress = move |read, total| data.advance(read, total);
        match crate::browser::read_file(&file, progress).await {
            Ok(bytes) => data.load_bytes(name, &bytes),
            Err(e) => data.fail(DataSource::File(name), e),
        }
    });
}

/// The "open a dataset" panel: file picker, drop zone and address form.
#[component]
pub fn OpenDataset() -> impl IntoView {
    let data = use_data();
    let base = use_base();
    let dragging = RwSignal::new(false);
    let address = RwSignal::new(String::new());
    let on_file = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        if let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        {
            open_file(data, file);
        }
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            open_file(data, file);
        }
    };
    let navigate = leptos_router::hooks::use_navigate();
    let example = base.href("/data/cooperation.json");
    let on_address = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = address.get_untracked().trim().to_string();
        if value.is_empty() {
            return;
        }
        let state = ViewState {
            data: Some(value),
            ..ViewState::default()
        };
        let href = base.href(&format!("/initiatives?{}", state.to_query()));
        navigate(
            &href,
            leptos_router::NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        );
    };
    view! {
        <section class="open-dataset" aria-labelledby="open-title">
            <h2 id="open-title">"Bring your own dataset"</h2>
            <p class="hint">
                "A JSON file in the same schema as "
                <a href=example download="cooperation.json">"the bundled dataset"</a>
                ", up to 64 MiB. A file is read in your browser and never uploaded. "
                "If it is rejected, the dataset in use stays."
            </p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for="dataset-file">"Choose a file or drop it here"</label>
                <input id="dataset-file" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            <form class="address-form" on:submit=on_address>
                <label for="dataset-address">"Or load from an address"</label>
                <div class="row">
                    <input
                        id="dataset-address"
                        type="text"
                        inputmode="url"
                        autocomplete="url"
                        spellcheck="false"
                        placeholder="https://example.org/dataset.json or data/file.json"
                        prop:value=move || address.get()
                        on:input=move |ev| address.set(event_target_value(&ev))
                    />
                    <button type="submit">"Load"</button>
                </div>
            </form>
        </section>
    }
}

//! Bringing your own dataset: a file (picker or drag-and-drop) or an address, in the same schema.
//! Files over the limit are refused before reading; progress shows while reading; problems are
//! listed with their JSON paths; the dataset in use stays until a new one validates.

use cooperation_core::address::query::ViewState;
use cooperation_core::address::route::{Route, View};
use cooperation_l10n::Messages;
use leptos::prelude::*;

use crate::browser::files::PickedFile;
use crate::context::address::{History, use_address};
use crate::context::data::{BUNDLED, use_data};
use crate::context::links::use_links;
use crate::context::locale::locale;

/// The "open a dataset" panel: file picker, drop zone and address form.
#[component]
pub fn OpenDataset() -> impl IntoView {
    let data = use_data();
    let links = use_links();
    let lang = locale();
    let dragging = RwSignal::new(false);
    let address = RwSignal::new(String::new());
    let on_file = move |ev: leptos::ev::Event| {
        if let Some(file) = PickedFile::from_input(&ev) {
            data.open_file(file);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = PickedFile::from_drop(&ev) {
            data.open_file(file);
        }
    };
    let current = use_address();
    let on_address = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = address.get_untracked().trim().to_string();
        if value.is_empty() {
            return;
        }
        let state = ViewState::default().with_data(Some(value));
        current.go_to(
            links.href(&Route::List(View::Initiatives), &state),
            History::Push,
        );
    };
    let limit = crate::words::max_dataset_size(lang);
    view! {
        <section class="open-dataset needs-js" aria-labelledby="open-title">
            <h2 id="open-title">{lang.open_title()}</h2>
            <p class="hint">
                {lang.open_hint_before()}
                <a href=links.asset(BUNDLED) download="cooperation.json">{lang.open_hint_link()}</a>
                {lang.open_hint_after(&limit)}
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
                <label for="dataset-file">{lang.open_file_label()}</label>
                <input id="dataset-file" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            <form class="address-form" on:submit=on_address>
                <label for="dataset-address">{lang.open_address_label()}</label>
                <div class="row">
                    <input
                        id="dataset-address"
                        type="text"
                        inputmode="url"
                        autocomplete="url"
                        spellcheck="false"
                        placeholder="https://example.org/dataset.json"
                        prop:value=move || address.get()
                        on:input=move |ev| address.set(event_target_value(&ev))
                    />
                    <button type="submit">{lang.open_load()}</button>
                </div>
            </form>
        </section>
    }
}

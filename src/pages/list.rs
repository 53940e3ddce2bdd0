//! The list page of one view (initiatives, sectors or corridors): its heading, and the explorer
//! once a dataset is in use.

use cooperation_core::address::route::View;
use leptos::prelude::*;

use crate::components::status::DatasetPending;
use crate::context::data::use_data;
use crate::context::head::PageMeta;
use crate::context::locale::locale;
use crate::explorer::Explorer;
use crate::words;

/// The page listing the records of one view.
#[component]
pub fn ListPage(
    /// Which collection the page lists.
    view: View,
) -> impl IntoView {
    let data = use_data();
    let lang = locale();
    let name = words::view_name(lang, view);
    view! {
        <h1>{name}</h1>
        {move || match data.current() {
            Some(loaded) => {
                let records = loaded.explorer.catalog.data().len_of(view.collection());
                view! {
                    <PageMeta title=name description=words::lede(lang, view, records)/>
                    <Explorer view loaded/>
                }
                .into_any()
            }
            None => view! {
                <PageMeta title=name description=""/>
                <DatasetPending/>
            }
            .into_any(),
        }}
    }
}

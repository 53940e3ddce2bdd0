//! "Download SVG" and "Download PNG" under a chart, the timeline and the map: the picture of what
//! is on screen (the matches of the filters in use), with its title, the filters, its legend, the
//! source line and the view's address drawn in, in the interface's language. The SVG stands alone
//! (no outside reference); the PNG is the same SVG drawn at twice its size, and at least 1200 px
//! wide.

use cooperation_core::data::catalog::{Collection, RecordRef};
use cooperation_core::present::picture::{self, Bar, Caption, Palette, Picture};
use cooperation_l10n::Messages;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{page, picture as screen, save};
use crate::context::locale::locale;
use crate::explorer::controller::ListState;
use crate::explorer::filters;
use crate::words;

/// The narrowest a PNG is, in pixels.
const PNG_MIN_WIDTH: f64 = 1200.0;
/// The most pixels a PNG is drawn with: Safari's canvas limit (4096 × 4096), the smallest of the
/// browsers'.
const MAX_CANVAS_PIXELS: f64 = 16_777_216.0;

/// What the picture draws.
#[derive(Clone)]
pub enum Drawn {
    /// The on-screen SVG this selector finds.
    Screen(&'static str),
    /// A chart's bars: each label and count, as the chart shows them.
    Bars(Vec<(String, u32)>),
}

/// The two download buttons of a picture, and what became of the last download.
#[component]
pub fn PictureButtons(
    /// The list page's state.
    list: ListState,
    /// The file name's end (`chart-theme`, `timeline`, `map`).
    name: String,
    /// The picture's title, as on screen.
    title: String,
    /// Lines of legend to draw in (none when the drawing has its own).
    #[prop(optional)]
    legend: Vec<String>,
    /// What it draws.
    drawn: Drawn,
) -> impl IntoView {
    let lang = locale();
    let message = RwSignal::new(String::new());
    let spec = StoredValue::new((name, title, legend, drawn));
    let make = move || -> Option<(String, Picture)> {
        let (name, title, legend, drawn) = spec.get_value();
        let [background, text, muted, accent] = screen::colours();
        let palette = Palette {
            background: &background,
            text: &text,
            muted: &muted,
            accent: &accent,
        };
        let drawing = match &drawn {
            Drawn::Screen(selector) => screen::drawing(selector)?,
            Drawn::Bars(rows) => {
                let counts: Vec<String> =
                    rows.iter().map(|(_, n)| lang.number(*n as usize)).collect();
                let bars: Vec<Bar<'_>> = rows
                    .iter()
                    .zip(&counts)
                    .map(|((label, n), count_text)| Bar {
                        label,
                        count_text,
                        count: *n,
                    })
                    .collect();
                picture::bars(&bars, &palette)
            }
        };
        let subtitle = match filters::in_words(lang, list) {
            Some(filters) => lang.picture_filters(&filters),
            None => lang.picture_no_filters().to_string(),
        };
        let sources = list.with_index(|_, loaded| {
            let catalog = &loaded.explorer.catalog;
            (0..catalog.sources().len())
                .map(|i| {
                    words::record(lang, catalog, RecordRef::new(Collection::Sources, i))
                        .text
                        .into_owned()
                })
                .collect::<Vec<_>>()
                .join(lang.list_separator())
        });
        let address = page::current_href();
        let caption = Caption {
            lang: lang.tag(),
            title: &title,
            subtitle: &subtitle,
            legend: &legend,
            source: &lang.picture_source(&sources, lang.app_name()),
            address: &address,
        };
        let file = format!("cooperation-{}-{name}", list.view().segment());
        Some((file, picture::framed(&drawing, &caption, &palette)))
    };
    let make = StoredValue::new(make);
    let svg = move |_| {
        let Some((file, p)) = make.with_value(|m| m()) else {
            message.set(lang.picture_failed().into());
            return;
        };
        let file = format!("{file}.svg");
        message.set(if save::download(&file, "image/svg+xml", &p.svg) {
            lang.saved_file(&file)
        } else {
            lang.save_refused(&file)
        });
    };
    let png = move |_| {
        let Some((file, p)) = make.with_value(|m| m()) else {
            message.set(lang.picture_failed().into());
            return;
        };
        let file = format!("{file}.png");
        message.set(lang.picture_making().into());
        spawn_local(async move {
            // 2× (and at least 1200 px wide), within what every browser's canvas holds.
            let most = (MAX_CANVAS_PIXELS / (p.width * p.height)).sqrt();
            let scale = (PNG_MIN_WIDTH / p.width).max(2.0).min(most);
            let done = match screen::png(&p.svg, p.width, p.height, scale).await {
                Some(blob) if save::download_blob(&file, &blob) => lang.saved_file(&file),
                Some(_) => lang.save_refused(&file),
                None => lang.picture_failed().into(),
            };
            message.set(done);
        });
    };
    let title = spec.with_value(|s| s.1.clone());
    view! {
        <div class="picture-actions needs-js">
            <button type="button" class="secondary" on:click=svg aria-label=lang.picture_label(lang.picture_svg(), &title)>
                {lang.picture_svg()}
            </button>
            <button type="button" class="secondary" on:click=png aria-label=lang.picture_label(lang.picture_png(), &title)>
                {lang.picture_png()}
            </button>
            <span class="picture-status" role="status">{move || message.get()}</span>
        </div>
    }
}

//! Text as text (never as HTML): with the search terms it matches marked, or in the dataset's own
//! language marked `lang="en"` so screen readers switch voice.

use leptos::prelude::*;

use cooperation_core::text;

use crate::words::Name;

/// Renders `text`, wrapping each word that starts with one of `terms` in `<mark>`; redrawn when
/// the terms change.
#[component]
pub fn Highlighted(
    /// The text to show.
    #[prop(into)]
    text: String,
    /// Normalised search terms (may be empty).
    #[prop(into)]
    terms: Signal<Vec<String>>,
) -> impl IntoView {
    move || {
        terms.with(|terms| {
            text::highlight(&text, terms)
                .into_iter()
                .map(|(marked, part)| {
                    let part = part.to_string();
                    if marked {
                        view! { <mark>{part}</mark> }.into_any()
                    } else {
                        part.into_any()
                    }
                })
                .collect_view()
        })
    }
}

/// A name, in a `<span lang="en">` when it is the dataset's words rather than the interface's.
pub fn name_view(name: Name<'_>) -> AnyView {
    let text = name.text.into_owned();
    match name.source_language {
        true => view! { <span lang="en">{text}</span> }.into_any(),
        false => text.into_any(),
    }
}

//! Text with the search terms it matches marked, rendered as text nodes (never as HTML).

use leptos::prelude::*;

use crate::domain::text;

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

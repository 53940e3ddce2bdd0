//! Text with the search terms it matches marked, rendered as text nodes (never as HTML).

use leptos::prelude::*;

use crate::domain::text;

/// Renders `text`, wrapping each word that starts with one of `terms` in `<mark>`.
#[component]
pub fn Highlighted(
    /// The text to show.
    #[prop(into)]
    text: String,
    /// Normalised search terms (may be empty).
    #[prop(optional)]
    terms: Vec<String>,
) -> impl IntoView {
    text::highlight(&text, &terms)
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
}

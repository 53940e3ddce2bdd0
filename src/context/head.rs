//! The document's head as the page being shown describes it: its title and a one-line description.
//! Pages set them while they render; the pre-renderer reads them into the static HTML's `<head>`,
//! and in the browser an effect writes the title to the document.

use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

/// What the page being shown says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageHead {
    /// The document's title: what the page shows and the app's name.
    pub title: String,
    /// One line on what the page holds (a record: its summary).
    pub description: String,
}

/// The head of the page being shown, written by the page as it renders.
#[derive(Clone, Copy)]
pub struct Head(StoredValue<PageHead>);

impl Head {
    /// What the page has set so far.
    pub fn get(&self) -> PageHead {
        self.0.get_value()
    }
}

/// Provides an empty [`Head`] and returns it.
pub fn provide_head() -> Head {
    let head = Head(StoredValue::new(PageHead::default()));
    provide_context(head);
    head
}

/// The document title of a page showing `text` (empty for the home page), in `lang`.
pub fn title_of(lang: Locale, text: &str) -> String {
    let app = lang.app_name();
    if text.is_empty() {
        app.to_string()
    } else {
        format!("{text} · {app}")
    }
}

/// Sets the page's title to `text` and the app's name, and its description; in the browser the
/// document's title follows.
#[component]
pub fn PageMeta(
    /// What the page shows; empty for the home page.
    #[prop(into)]
    title: String,
    /// One line on what the page holds.
    #[prop(into)]
    description: String,
) -> impl IntoView {
    let lang = super::locale::locale();
    let title = title_of(lang, &title);
    if let Some(head) = use_context::<Head>() {
        head.0.set_value(PageHead {
            title: title.clone(),
            description,
        });
    }
    Effect::new(move |_| crate::browser::page::set_title(&title));
}

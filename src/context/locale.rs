//! The interface language: `lang=` in the URL when it names one, else the first supported language
//! of the browser's preferences, else English. Choosing a language is a navigation (the URL is the
//! state); the document's `lang` attribute follows.

use cooperation_core::query;
use cooperation_l10n::Locale;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The language in use, and the one the URL names (if it names one); needs the router.
#[derive(Clone, Copy)]
struct LocaleContext {
    locale: Memo<Locale>,
    chosen: Memo<Option<Locale>>,
}

/// Provides the language and keeps `<html lang>` in step with it.
pub fn provide_locale() {
    let location = use_location();
    let preferred = crate::browser::page::preferred_languages();
    let fallback = Locale::negotiate(preferred.iter().map(String::as_str)).unwrap_or_default();
    let chosen = Memo::new(move |_| location.search.with(|s| query::parse(s).0.lang));
    let locale = Memo::new(move |_| chosen.get().unwrap_or(fallback));
    Effect::new(move |_| crate::browser::page::set_document_lang(locale.get().tag()));
    provide_context(LocaleContext { locale, chosen });
}

/// The language the URL names, if it names one: what links carry on, so that a language a user
/// chose stays chosen and a link shared without one opens in its reader's language.
pub fn use_chosen_locale() -> Memo<Option<Locale>> {
    use_context::<LocaleContext>()
        .map(|c| c.chosen)
        .unwrap_or_else(|| Memo::new(|_| None))
}

/// The language of the view being built. The app's frame redraws the whole page when the language
/// changes, so a view reads it once and holds plain text: no view tracks the language itself.
pub fn locale() -> Locale {
    use_locale().get_untracked()
}

/// The language in use, as a memo (for the frame, links and the document's `lang`).
pub fn use_locale() -> Memo<Locale> {
    use_context::<LocaleContext>()
        .map(|c| c.locale)
        .unwrap_or_else(|| Memo::new(|_| Locale::default()))
}

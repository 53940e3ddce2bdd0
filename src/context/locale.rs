//! The interface language, read from the address: the language it names (`lang=`), else the one the
//! app was started with (the browser's first supported language). Choosing a language is a
//! navigation (the URL is the state); the document's `lang` attribute follows.

use cooperation_l10n::Locale;
use leptos::prelude::*;

use super::address::Address;

/// The language in use, and the one the address names (if it names one).
#[derive(Clone, Copy)]
struct LocaleContext {
    locale: Memo<Locale>,
    chosen: Memo<Option<Locale>>,
}

/// Provides the language of `address`, or `fallback` when it names none, and keeps `<html lang>`
/// in step with it.
pub fn provide_locale(address: Address, fallback: Locale) {
    let chosen = Memo::new(move |_| address.state.with(|s| s.lang));
    let locale = Memo::new(move |_| chosen.get().unwrap_or(fallback));
    Effect::new(move |_| crate::browser::page::set_document_lang(locale.get().tag()));
    provide_context(LocaleContext { locale, chosen });
}

/// The language the address names, if it names one: what links carry on, so that a language a
/// user chose stays chosen and a link shared without one opens in its reader's language.
pub fn use_chosen_locale() -> Memo<Option<Locale>> {
    expect_context::<LocaleContext>().chosen
}

/// The language of the view being built. The app's frame redraws the whole page when the language
/// changes, so a view reads it once and holds plain text: no view tracks the language itself.
pub fn locale() -> Locale {
    use_locale().get_untracked()
}

/// The language in use, as a memo (for the frame and the document's `lang`).
pub fn use_locale() -> Memo<Locale> {
    expect_context::<LocaleContext>().locale
}

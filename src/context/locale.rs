//! The interface language: the one the address's path names (`/zh/…`; English unprefixed). Choosing
//! a language is a navigation to its address; the document's `lang` attribute follows.

use cooperation_l10n::Locale;
use leptos::prelude::*;

use super::address::Address;

/// The language in use.
#[derive(Clone, Copy)]
struct LocaleContext(Memo<Locale>);

/// Provides the language of `address`, and keeps `<html lang>` in step with it.
pub fn provide_locale(address: Address) {
    let locale = address.lang;
    Effect::new(move |_| crate::browser::page::set_document_lang(locale.get().tag()));
    provide_context(LocaleContext(locale));
}

/// The language of the view being built. The app's frame redraws the whole page when the language
/// changes, so a view reads it once and holds plain text: no view tracks the language itself.
pub fn locale() -> Locale {
    use_locale().get_untracked()
}

/// The language in use, as a memo (for the frame and the links).
pub fn use_locale() -> Memo<Locale> {
    expect_context::<LocaleContext>().0
}

//! The app frame around every page: skip link, header with navigation and the language switcher,
//! the dataset in use, the footer naming the source, and what the page says before the app runs
//! (without JavaScript; when the app cannot start; while it applies the address).

use cooperation_core::address::query::ViewState;
use cooperation_core::address::route::{Route, View};
use cooperation_l10n::{Locale, Messages};
use leptos::prelude::*;

use crate::components::status::{LoadFailure, source_name, source_text};
use crate::context::address::{History, use_address};
use crate::context::data::{DataSource, Status, use_data};
use crate::context::links::use_links;
use crate::context::locale::locale;
use crate::words;

/// A link that lets keyboard users jump past the navigation to the main region. The click moves
/// focus itself rather than following `#main`, which with the router would change the address.
#[component]
pub fn SkipLink() -> impl IntoView {
    let lang = locale();
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::browser::page::focus_id("main");
    };
    view! { <a class="skip-link" href="#main" on:click=skip>{lang.skip_to_content()}</a> }
}

/// The state every header link carries: the dataset given by address.
fn carried(data: Option<String>) -> ViewState {
    ViewState::default().with_data(data)
}

/// The site header: product name (a link home), the primary navigation and the language switcher.
#[component]
pub fn Header() -> impl IntoView {
    let links = use_links();
    let data = use_data();
    let lang = locale();
    let home = move || links.href(&Route::Home, &carried(data.link_param()));
    view! {
        <header class="site-header">
            <a class="brand" href=home>
                <span class="brand-mark" aria-hidden="true"></span>
                {lang.app_name()}
            </a>
            <nav class="primary-nav" aria-label=lang.nav_primary_label()>
                <ul class="nav-list">
                    {View::ALL.into_iter().map(|v| view! { <li><NavLink view=v/></li> }).collect_view()}
                </ul>
            </nav>
            <LanguageSwitcher/>
        </header>
    }
}

/// One primary navigation link; marked `aria-current="page"` while its view (or a record in it) is
/// shown.
#[component]
pub fn NavLink(
    /// The view the link opens.
    view: View,
) -> impl IntoView {
    let links = use_links();
    let data = use_data();
    let lang = locale();
    let route = use_address().route;
    let href = move || links.href(&Route::List(view), &carried(data.link_param()));
    let current = move || route.with(|r| r.as_ref().and_then(Route::view) == Some(view));
    view! {
        <a href=href aria-current=move || current().then_some("page")>
            {words::view_name(lang, view)}
        </a>
    }
}

/// The languages, each by its own name, each a link to the same view in that language, behind a
/// disclosure that names the language in use (one line on a phone).
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let lang = locale();
    let links = use_links();
    let address = use_address();
    // Choosing a language closes the list (the page is redrawn in place, so the list would stay
    // open otherwise).
    let chosen = Trigger::new();
    let items = Locale::ALL
        .into_iter()
        .map(|other| {
            // The same page and state in the other language; an unknown path goes home.
            let href = move || {
                let route = address.route.get().unwrap_or(Route::Home);
                address.state.with(|s| links.in_language(other, &route, s))
            };
            let current = (lang == other).then_some("true");
            view! {
                <li>
                    <a href=href hreflang=other.tag() lang=other.tag() aria-current=current on:click=move |_| chosen.notify()>
                        {other.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="language-switcher" aria-label=lang.language_label()>
            <details prop:open=move || {
                chosen.track();
                false
            }>
                <summary>
                    <svg class="globe" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                        <circle cx="8" cy="8" r="6.5"></circle>
                        <ellipse cx="8" cy="8" rx="3" ry="6.5"></ellipse>
                        <path d="M1.5 8h13M2.6 4.5h10.8M2.6 11.5h10.8"></path>
                    </svg>
                    <span lang=lang.tag()>{lang.native_name()}</span>
                </summary>
                <ul>{items}</ul>
            </details>
        </nav>
    }
}

/// The dataset in use (always named, with a way back to the bundled one), and the outcome of
/// loading another.
#[component]
pub fn DatasetBar() -> impl IntoView {
    let data = use_data();
    let links = use_links();
    let address = use_address();
    let lang = locale();
    let back_to_bundled = move |_| {
        data.load(DataSource::Bundled);
        address.go_to(
            links.href(&Route::Home, &ViewState::default()),
            History::Push,
        );
    };
    // The dataset's name in the reader's language, and whether its records are translated.
    let name = move || {
        data.current().map(|loaded| {
            let catalog = &loaded.explorer.catalog;
            let name = words::dataset_name(lang, catalog);
            (
                (name.text.into_owned(), name.source_language.then_some("en")),
                loaded.source.clone(),
                words::has_translations(lang, catalog),
            )
        })
    };
    let status = move || match data.status() {
        Status::Loading(source) => Some(view! { <LoadProgress source/> }.into_any()),
        Status::Failed { source, error } if data.current().is_some() => {
            Some(view! { <LoadFailure source error/> }.into_any())
        }
        _ => None,
    };
    view! {
        <div class="dataset-bar">
            {move || name().map(|((name, name_lang), source, translated)| {
                let bundled = source == DataSource::Bundled;
                let back = back_to_bundled;
                let title = name.clone();
                view! {
                    <p class="dataset-name">
                        <span class="label">{lang.dataset_label()}" "</span>
                        <strong lang=name_lang title=title>{name}</strong>
                        " "
                        <span class="dataset-source">{source_text(lang, &source)}</span>
                        {(!bundled).then(|| view! {
                            " "
                            <button type="button" class="link-button" on:click=back>
                                {lang.back_to_bundled()}
                            </button>
                        })}
                        {translated.then(|| view! { " " <span class="translation-note">{lang.translated_note()}</span> })}
                    </p>
                }
            })}
            {status}
        </div>
    }
}

/// What is being loaded and how far it has got (bytes, and a progress bar when the size is known).
#[component]
pub fn LoadProgress(
    /// What is being loaded.
    source: DataSource,
) -> impl IntoView {
    let data = use_data();
    let lang = locale();
    let text = move || match data.progress() {
        Some((read, Some(total))) if total > 0 => {
            lang.progress_of(&words::size(lang, read), &words::size(lang, total))
        }
        Some((read, _)) if read > 0 => words::size(lang, read),
        _ => String::new(),
    };
    let bar = move || {
        let (read, total) = data.progress()?;
        let total = total.filter(|t| *t > 0)?;
        Some(view! {
            <progress max=total.to_string() value=read.to_string() aria-label=lang.progress_label()></progress>
        })
    };
    view! {
        <div class="dataset-loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            <span>{lang.loading_source(&source_name(lang, &source))}</span>
            {bar}
            <span class="progress-text">{text}</span>
        </div>
    }
}

/// What the served page says before the app runs, shown by the page's style sheet and start-up
/// script (`public/boot.js`) as the case may be: without JavaScript, that search and filters need
/// it; when the app could not start, that it could not, with a way to reload.
#[component]
pub fn StartupNotices() -> impl IntoView {
    let lang = locale();
    view! {
        <noscript><p class="banner noscript-notice">{lang.noscript_notice()}</p></noscript>
        <div class="banner startup-failed" role="alert">
            <p>{lang.startup_failed()}" "<a href="">{lang.startup_reload()}</a></p>
        </div>
    }
}

/// While the app applies what the address names (a view state, another dataset), the served page
/// shows no results that state would exclude: this says so instead, and, if the app cannot start,
/// that the state could not be applied, with the page without it.
#[component]
pub fn PendingNote(
    /// `pending-view-note` (a view state, on list pages) or `pending-data-note` (another dataset).
    class: &'static str,
) -> impl IntoView {
    let lang = locale();
    let links = use_links();
    let route = use_address().route;
    let plain = move || links.href(&route.get().unwrap_or(Route::Home), &ViewState::default());
    let failed = class.replace("-note", "-failed");
    view! {
        <p class=format!("pending-note {class}") role="status">{lang.pending_view()}</p>
        <p class=format!("pending-note {failed}")>
            {lang.pending_view_failed()}" "<a href=plain>{lang.pending_view_without()}</a>
        </p>
    }
}

/// The site footer: where the data comes from and what it does not say.
#[component]
pub fn Footer() -> impl IntoView {
    let lang = locale();
    view! {
        <footer class="site-footer">
            <p>{lang.footer_text()}</p>
        </footer>
    }
}

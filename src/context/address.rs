//! The address being shown, read once: the only code that reads the router's location. Every page
//! and component reads the language, the route and the view state from [`Address`], and moves to
//! another state through it. An old link that names its language in the query (`?lang=zh`) is
//! moved to that language's address (`/zh/…`) in place: a history entry replaced, no reload.
//!
//! A state a user's action leads to is shown at once and written to the URL just after the next
//! paint: `history.pushState`/`replaceState` and the router's bookkeeping cost several milliseconds
//! a call in Chromium, which nobody should wait for between typing or clicking and seeing results.
//! A newer change before the write replaces it (only the last state is written).

use cooperation_core::address::href;
use cooperation_core::address::query::{self, Notice, ViewState};
use cooperation_core::address::route::Route;
use cooperation_l10n::Locale;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::location::{BrowserUrl, LocationProvider};

/// The address in use: the route its path names and the view state its query holds.
#[derive(Clone, Copy)]
pub struct Address {
    /// The language the path names (English when it names none).
    pub lang: Memo<Locale>,
    /// The page the path names (`None`: no page of the app).
    pub route: Memo<Option<Route>>,
    /// The view state, as parsed from the query (or as shown before it is written there).
    pub state: Memo<ViewState>,
    /// What the query held that could not be used, as parsed.
    pub notices: Memo<Vec<Notice>>,
    /// A state shown already but not yet written to the URL, with the href it will have.
    pending: RwSignal<Option<(ViewState, String)>>,
    /// Bumped by every change of state, so that a deferred URL write that has been overtaken is
    /// dropped.
    generation: StoredValue<u64>,
    /// Navigates to an href, replacing the history entry or adding one.
    go: Callback<(String, History)>,
}

/// Whether a move adds a history entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// A new entry: Back returns to where the user was (clicks, choices).
    Push,
    /// The entry is replaced: typing does not flood the history with one entry per letter.
    Replace,
}

impl Address {
    /// Reads the router's location (under `base`, the path the app is served under).
    fn new(base: &str) -> Address {
        let location = use_location();
        let base_len = base.trim_end_matches('/').len();
        let page = Memo::new(move |_| {
            location
                .pathname
                .with(|p| Route::parse_localized(p.get(base_len..).unwrap_or("")))
        });
        let lang = Memo::new(move |_| page.with(|(lang, _)| *lang));
        let route = Memo::new(move |_| page.with(|(_, route)| route.clone()));
        let parsed = Memo::new(move |_| location.search.with(|s| query::parse(s)));
        let pending: RwSignal<Option<(ViewState, String)>> = RwSignal::new(None);
        let state = Memo::new(move |_| {
            pending.with(|p| match p {
                Some((state, _)) => state.clone(),
                None => parsed.with(|(state, _)| state.clone()),
            })
        });
        let notices = Memo::new(move |_| parsed.with(|(_, notices)| notices.clone()));
        let generation = StoredValue::new(0u64);
        // The URL changed (Back, Forward, a link): it is the state again, and a pending write is
        // void. (Not on the first run, which only starts the tracking: a state shown before it, such
        // as text typed before the app took the page over, stays.)
        Effect::new(move |tracking: Option<()>| {
            location.search.track();
            location.pathname.track();
            if tracking.is_some() && pending.with_untracked(Option::is_some) {
                generation.update_value(|g| *g += 1);
                pending.set(None);
            }
        });
        // The router writes a new path to the history once the page for it is drawn (a router's
        // `<Routes>` tells it so; the app draws its pages itself, from `route`).
        let browser = use_context::<BrowserUrl>();
        Effect::new(move |_| {
            location.pathname.track();
            if let Some(browser) = &browser {
                browser.ready_to_complete();
            }
        });
        let navigate = use_navigate();
        let go = Callback::new(move |(href, history): (String, History)| {
            let options = NavigateOptions {
                replace: history == History::Replace,
                resolve: false,
                scroll: false,
                ..Default::default()
            };
            navigate(&href, options);
        });
        // An old link's `?lang=`: the same page and state at that language's address. Moved once
        // the page drawn for the address has settled (its own effects have run), since the move
        // redraws the page in the other language.
        let base = base.to_string();
        Effect::new(move |_| {
            let Some(named) = parsed.with(|(s, _)| s.lang) else {
                return;
            };
            let target = route.get_untracked().unwrap_or(Route::Home);
            let state = parsed.with_untracked(|(s, _)| s.without_language());
            let href = href::href(&base, named, &target, &state);
            request_animation_frame(move || go.run((href, History::Replace)));
        });
        Address {
            lang,
            route,
            state,
            notices,
            pending,
            generation,
            go,
        }
    }

    /// Shows `next` on the current page at once, and writes `href` (its address) to the URL just
    /// after the next paint.
    pub fn show(&self, next: ViewState, href: String, history: History) {
        self.generation.update_value(|g| *g += 1);
        let generation = self.generation.get_value();
        self.pending.set(Some((next, href)));
        let this = *self;
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // Dropped if the page is gone or a newer change has come since.
                    if this.generation.try_with_value(|g| *g) != Some(generation) {
                        return;
                    }
                    let Some((_, href)) = this.pending.get_untracked() else {
                        return;
                    };
                    this.go.run((href, history));
                    this.pending.set(None);
                },
                std::time::Duration::ZERO,
            )
        });
    }

    /// Moves to `href` now (a canonical form of the address, a page the app opens itself).
    pub fn go_to(&self, href: String, history: History) {
        self.go.run((href, history));
    }
}

/// Provides the [`Address`] of an app served under `base`; needs the router.
pub fn provide_address(base: &str) {
    provide_context(Address::new(base));
}

/// The address in use.
pub fn use_address() -> Address {
    expect_context::<Address>()
}

//! Component tests in headless Chromium (wasm-bindgen-test): components are mounted into the test
//! page, driven through the DOM and checked after the reactive system has settled.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use cooperation_core::address::route::View;
use cooperation_core::data::catalog;
use cooperation_explorer::context::data::{DataContext, DataSource, Loaded};
use cooperation_explorer::{App, Start};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A component mounted in its own container; unmounted and removed when dropped, so tests that share
/// the page do not share routers or listeners.
struct Mounted {
    root: web_sys::HtmlElement,
    owner: Owner,
    handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        // Runs every `on_cleanup` below the app (the router's document listeners among them).
        self.owner.cleanup();
        self.root.remove();
    }
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::HtmlElement;
    fn deref(&self) -> &web_sys::HtmlElement {
        &self.root
    }
}

/// Mounts `f` in a fresh container, resetting the URL to `path` first.
fn mount<V: IntoView + 'static>(path: &str, f: impl FnOnce() -> V + 'static) -> Mounted {
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
    let document = window.document().unwrap();
    let container: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let owner = Owner::new();
    let handle = owner.with(|| leptos::mount::mount_to(container.clone(), move || f().into_any()));
    Mounted {
        root: container,
        owner,
        handle: Some(handle),
    }
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let delay = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(delay).await.unwrap();
}

/// Waits until `ready` holds (navigation and effects settle asynchronously); fails the test after
/// two seconds, naming what it waited for.
async fn settle(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..200 {
        leptos::task::tick().await;
        if ready() {
            return;
        }
        sleep(10).await;
    }
    panic!("still waiting after 2 s: {what}");
}

/// The app under `base`, with `preloaded` data.
fn app(base: &str, preloaded: Option<Arc<Loaded>>) -> impl IntoView + use<> {
    let start = Start {
        base: base.to_string(),
        preloaded,
        origin: String::new(),
    };
    view! { <App start/> }
}

fn query(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    query(root, selector).text_content().unwrap_or_default()
}

fn pathname() -> String {
    web_sys::window().unwrap().location().pathname().unwrap()
}

#[wasm_bindgen_test]
async fn shell_navigation_routes_between_views() {
    let root = mount("/", || app("", None));
    leptos::task::tick().await;
    assert_eq!(text(&root, "h1"), "Cooperation Explorer");

    let links = root
        .query_selector_all("nav[aria-label=Primary] a")
        .unwrap();
    assert_eq!(links.length(), 3);

    for (label, path) in [
        ("Sectors", "/sectors"),
        ("Corridors", "/corridors"),
        ("Initiatives", "/initiatives"),
    ] {
        let link = query(&root, &format!("nav a[href='{path}']"));
        assert_eq!(link.text_content().unwrap(), label);
        link.click();
        settle("text(&root, \"h1\") == label", || {
            text(&root, "h1") == label
        })
        .await;
        assert_eq!(pathname(), path);
        assert_eq!(text(&root, "h1"), label);
        assert_eq!(link.get_attribute("aria-current").as_deref(), Some("page"));
        assert_eq!(
            root.query_selector_all("nav a[aria-current=page]")
                .unwrap()
                .length(),
            1
        );
    }
}

#[wasm_bindgen_test]
async fn shell_links_carry_the_base_path() {
    let root = mount("/explorer/sectors", || app("/explorer", None));
    leptos::task::tick().await;
    assert_eq!(text(&root, "h1"), "Sectors");
    assert_eq!(
        query(&root, "a.brand").get_attribute("href").as_deref(),
        Some("/explorer/")
    );
    query(&root, "nav a[href='/explorer/corridors']").click();
    settle("text(&root, \"h1\") == \"Corridors\"", || {
        text(&root, "h1") == "Corridors"
    })
    .await;
    assert_eq!(pathname(), "/explorer/corridors");
    assert_eq!(text(&root, "h1"), "Corridors");
}

/// The bundled dataset, loaded in memory (no fetch) and indexed as the app indexes it.
fn bundled() -> Arc<Loaded> {
    let bytes = include_bytes!("../public/data/cooperation.json");
    let catalog = catalog::load(bytes).unwrap();
    Arc::new(Loaded::new(
        catalog,
        DataSource::Bundled,
        bytes.len() as u64,
    ))
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn initiatives_render_as_cards_with_facet_counts() {
    let root = mount("/initiatives", || app("", Some(bundled())));
    settle("count(&root, \".cards > li\") == 39", || {
        count(&root, ".cards > li") == 39
    })
    .await;
    assert_eq!(count(&root, ".cards > li"), 39);
    assert!(text(&root, ".result-summary").contains("All 39 initiatives"));
    // The switch for inferred links comes first; then the theme facet, a fieldset with a legend, one
    // checkbox per theme, each with its count.
    assert_eq!(text(&root, "fieldset.facet legend"), "Inferred links");
    assert_eq!(text(&root, "fieldset.facet:nth-of-type(2) legend"), "Theme");
    let economic = || {
        query(&root, "label[for='f-theme-economic'] .facet-count")
            .text_content()
            .unwrap()
    };
    // 15 initiatives state the economic theme; with inferred links, three more count (the Belt and
    // Road Initiative among them).
    assert_eq!(economic(), "15");
    query(&root, "#f-inferred").click();
    settle("economic() == \"18\"", || economic() == "18").await;
    assert_eq!(economic(), "18");
    settle("search() == \"?inferred=include\"", || {
        search() == "?inferred=include"
    })
    .await;
    assert_eq!(search(), "?inferred=include");
}

#[wasm_bindgen_test]
async fn a_facet_click_filters_updates_the_url_and_announces_the_count() {
    let root = mount("/initiatives", || app("", Some(bundled())));
    settle("count(&root, \".cards > li\") == 39", || {
        count(&root, ".cards > li") == 39
    })
    .await;
    query(&root, "#f-status-recommended").click();
    settle("count(&root, \".cards > li\") == 7", || {
        count(&root, ".cards > li") == 7
    })
    .await;
    assert_eq!(count(&root, ".cards > li"), 7);
    // The URL is written just after the next paint.
    settle("search() == \"?status=recommended\"", || {
        search() == "?status=recommended"
    })
    .await;
    assert_eq!(search(), "?status=recommended");
    assert_eq!(
        text(&root, "[role=status][aria-live=polite]"),
        "7 initiatives match"
    );
    // A chip names the active filter and removes it.
    assert_eq!(
        text(&root, ".active-filters .chip span"),
        "Status: Recommended"
    );
    // Other facets' counts follow the filter; the status facet's own counts do not.
    assert_eq!(
        query(&root, "label[for='f-theme-economic'] .facet-count")
            .text_content()
            .unwrap(),
        "5"
    );
    assert_eq!(
        query(&root, "label[for='f-status-proposed'] .facet-count")
            .text_content()
            .unwrap(),
        "10"
    );
}

#[wasm_bindgen_test]
async fn typing_searches_and_highlights_as_text() {
    let root = mount("/initiatives", || app("", Some(bundled())));
    settle("count(&root, \".cards > li\") == 39", || {
        count(&root, ".cards > li") == 39
    })
    .await;
    let input: web_sys::HtmlInputElement = query(&root, "input[type=search]").unchecked_into();
    input.set_value("roundt");
    // As typing does: an input event that bubbles (the app listens at the document).
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    // The roundtable, and the task force whose summary names it, best match first.
    settle("count(&root, \".cards > li\") == 2", || {
        count(&root, ".cards > li") == 2
    })
    .await;
    assert_eq!(text(&root, ".card h3"), "Security Roundtable");
    assert_eq!(text(&root, ".card h3 mark"), "Roundtable");
    // The URL follows just after the results are painted.
    settle("search() == \"?q=roundt\"", || search() == "?q=roundt").await;
    assert_eq!(search(), "?q=roundt");
}

#[wasm_bindgen_test]
async fn table_headers_sort_and_report_aria_sort() {
    let root = mount("/sectors?mode=table", || app("", Some(bundled())));
    settle("count(&root, \"tbody tr\") == 5", || {
        count(&root, "tbody tr") == 5
    })
    .await;
    let first_row = |root: &web_sys::HtmlElement| text(root, "tbody tr th");
    assert_eq!(first_row(&root), "Energy");
    query(&root, "thead th:first-child button").click();
    settle("first_row(&root) == \"Agriculture\"", || {
        first_row(&root) == "Agriculture"
    })
    .await;
    assert_eq!(
        query(&root, "thead th:first-child")
            .get_attribute("aria-sort")
            .as_deref(),
        Some("ascending")
    );
    query(&root, "thead th:first-child button").click();
    settle("first_row(&root) == \"Tourism\"", || {
        first_row(&root) == "Tourism"
    })
    .await;
    assert_eq!(
        query(&root, "thead th:first-child")
            .get_attribute("aria-sort")
            .as_deref(),
        Some("descending")
    );
    // The URL is written just after the next paint.
    settle("search() == \"?sort=-name&mode=table\"", || {
        search() == "?sort=-name&mode=table"
    })
    .await;
    assert_eq!(search(), "?sort=-name&mode=table");
}

#[wasm_bindgen_test]
async fn a_detail_page_shows_fields_links_and_the_verbatim_excerpt() {
    let root = mount("/initiatives/security-roundtable", || {
        app("", Some(bundled()))
    });
    settle("text(&root, \"h1\") == \"Security Roundtable\"", || {
        text(&root, "h1") == "Security Roundtable"
    })
    .await;
    assert_eq!(
        text(&root, "blockquote"),
        "security Roundtable | Regular discussions on threats and safety measures relevant to the region."
    );
    assert!(
        text(&root, ".provenance")
            .contains("Key Discussions Focused on Strengthening Bilateral Relations")
    );
    // Related both ways: the task force lists it, and it links back to the task force.
    assert!(
        query(&root, "a[href='/initiatives/bilateral-task-force']")
            .text_content()
            .unwrap()
            .contains("Bilateral task force")
    );
    // What the source does not state says so.
    assert!(text(&root, ".fields").contains("not stated"));
}

#[wasm_bindgen_test]
async fn hostile_urls_are_dropped_with_a_dismissible_notice() {
    let long = "x".repeat(5000);
    let url = format!("/initiatives?theme=enrgy&q={long}&page=-1&%zz=1");
    let root = mount(&url, || app("", Some(bundled())));
    settle("count(&root, \".notice li\") >= 3", || {
        count(&root, ".notice li") >= 3
    })
    .await;
    assert!(
        count(&root, ".notice li") >= 4,
        "{}",
        text(&root, ".notice")
    );
    assert_eq!(count(&root, ".cards > li"), 39);
    settle("search().is_empty()", || search().is_empty()).await;
    assert_eq!(search(), "", "the URL is replaced by its canonical form");
    query(&root, ".notice button").click();
    settle("count(&root, \".notice\") == 0", || {
        count(&root, ".notice") == 0
    })
    .await;
    assert_eq!(count(&root, ".notice"), 0);
}

#[wasm_bindgen_test]
async fn switching_language_keeps_the_view_and_translates_it() {
    let root = mount("/initiatives?status=recommended", || {
        app("", Some(bundled()))
    });
    settle("count(&root, \".cards > li\") == 7", || {
        count(&root, ".cards > li") == 7
    })
    .await;
    let html = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    query(&root, ".language-switcher summary").click();
    query(&root, ".language-switcher a[hreflang=ru]").click();
    settle("text(&root, \"h1\") == \"Инициативы\"", || {
        text(&root, "h1") == "Инициативы"
    })
    .await;
    // The language is the address's first segment; the rest of the state stays.
    settle("the Russian address", || {
        pathname() == "/ru/initiatives" && search() == "?status=recommended"
    })
    .await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ru"));
    // Links stay in the chosen language.
    assert_eq!(
        query(&root, "nav a[aria-current=page]")
            .get_attribute("href")
            .as_deref(),
        Some("/ru/initiatives")
    );
    // The same seven records, now with Russian counts and the records' names in Russian (from the
    // dataset's translations, so not marked as English).
    assert_eq!(count(&root, ".cards > li"), 7);
    assert_eq!(
        text(&root, "[role=status][aria-live=polite]"),
        "Найдено: 7 инициатив"
    );
    let heading = query(&root, ".card h3");
    assert_eq!(heading.get_attribute("lang"), None);
    assert!(
        heading
            .text_content()
            .unwrap_or_default()
            .chars()
            .any(|c| matches!(c, 'а'..='я')),
        "a Russian name: {:?}",
        heading.text_content()
    );
    assert_eq!(
        query(&root, ".language-switcher a[aria-current]")
            .get_attribute("hreflang")
            .as_deref(),
        Some("ru")
    );
}

#[wasm_bindgen_test]
async fn the_source_reader_highlights_the_passage_a_record_quotes() {
    let root = mount(
        "/sources/liu-bin-musaeva-article?passage=security-roundtable",
        || app("", Some(bundled())),
    );
    settle("count(&root, \"mark.quote\") > 0", || {
        count(&root, "mark.quote") > 0
    })
    .await;
    assert_eq!(count(&root, ".source-text table"), 4);
    let current = query(&root, "mark.quote.current");
    assert!(
        current
            .text_content()
            .unwrap()
            .contains("security Roundtable")
    );
    assert_eq!(current.id(), "passage");
    settle("focus on the passage", || {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .active_element()
            .is_some_and(|e| e.id() == "passage")
    })
    .await;
}

/// How many selections (search, facets, counts, order) the view has computed so far.
fn selections(loaded: &Loaded, view: View) -> usize {
    loaded.explorer.view(view).selections_made()
}

#[wasm_bindgen_test]
async fn only_a_change_of_filters_recomputes_the_selection() {
    let loaded = bundled();
    let shared = loaded.clone();
    let root = mount("/initiatives?per=25", move || app("", Some(shared)));
    settle("25 cards", || count(&root, ".cards > li") == 25).await;
    let first = selections(&loaded, View::Initiatives);
    assert!(first >= 1);
    // A compare toggle: the bar shows the record, the toggle is pressed.
    query(&root, ".compare-toggle").click();
    settle("the compare bar", || {
        count(&root, ".compare-bar .chip") == 1
    })
    .await;
    settle("the URL names the comparison", || {
        search().contains("compare=")
    })
    .await;
    // The next page: 14 more cards.
    query(&root, ".pagination a[rel=next]").click();
    settle("the second page", || count(&root, ".cards > li") == 14).await;
    // Another display mode.
    query(&root, ".mode-toggle a[href*='mode=table']").click();
    settle("the table", || count(&root, "tbody tr") > 0).await;
    assert_eq!(
        selections(&loaded, View::Initiatives),
        first,
        "a compare toggle, a page change and a mode switch select nothing anew"
    );
    // A facet does.
    query(&root, "#f-status-recommended").click();
    settle("7 rows", || count(&root, "tbody tr") == 7).await;
    assert_eq!(selections(&loaded, View::Initiatives), first + 1);
}

#[wasm_bindgen_test]
async fn the_dataset_chosen_last_wins_when_an_earlier_load_ends_later() {
    // Nothing is mounted here, so nothing has started the executor the loads are spawned on.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let data = owner.with(|| DataContext::new(Some(bundled())));
    let bytes = |name: &str| {
        let json = include_str!("../public/data/cooperation.json").replacen(
            "Cooperation named in one news article on China–Kyrgyzstan relations",
            name,
            1,
        );
        json.into_bytes()
    };
    let (slow, fast) = (bytes("Slow dataset"), bytes("Fast dataset"));
    // The slow one is chosen first and arrives last.
    data.read(
        DataSource::Address("slow.json".into()),
        move |_| async move {
            sleep(300).await;
            Ok(slow)
        },
    );
    data.read(
        DataSource::Address("fast.json".into()),
        move |_| async move {
            sleep(10).await;
            Ok(fast)
        },
    );
    let name = || {
        data.current()
            .map(|l| l.explorer.catalog.data().name.clone())
            .unwrap_or_default()
    };
    settle("the fast dataset in use", || name() == "Fast dataset").await;
    sleep(500).await;
    assert_eq!(
        name(),
        "Fast dataset",
        "the earlier load, ending later, is dropped"
    );
    assert_eq!(
        data.current().map(|l| l.source.clone()),
        Some(DataSource::Address("fast.json".into()))
    );
}

#[wasm_bindgen_test]
async fn an_old_lang_link_moves_to_its_languages_address_in_place() {
    let root = mount("/initiatives?lang=ru&status=recommended", || {
        app("", Some(bundled()))
    });
    settle("the Russian page", || text(&root, "h1") == "Инициативы").await;
    settle("the language's address", || pathname() == "/ru/initiatives").await;
    assert_eq!(
        search(),
        "?status=recommended",
        "the rest of the state stays"
    );
    assert_eq!(count(&root, ".cards > li"), 7);
}

//! A pre-rendered page's head: its title and description (set by the page's own view), the canonical
//! address and one alternate per language, Open Graph and Twitter card tags for link previews (with
//! absolute URLs and the share image where the build names the site's origin), and on the home page
//! the dataset as schema.org `Dataset` JSON-LD, so dataset search finds it.

use cooperation_core::address::route::{Route, View};
use cooperation_l10n::{Locale, Messages};

use super::{Kind, Page, Site};
use crate::components::markup::Markup;
use crate::context::head::PageHead;

/// The share image, a file of the site (`public/share.png`, 1200 × 630).
pub const SHARE_IMAGE: (&str, u32, u32) = ("/share.png", 1200, 630);

/// The Open Graph locale of a language.
fn og_locale(lang: Locale) -> &'static str {
    match lang {
        Locale::En => "en_US",
        Locale::Zh => "zh_CN",
        Locale::Ru => "ru_RU",
        Locale::Ky => "ky_KG",
    }
}

/// Writes `<meta property="…" content="…">`.
fn meta(m: &mut Markup, attribute: &'static str, name: &'static str, content: &str) {
    m.raw("\n    <meta")
        .attr(attribute, name)
        .attr("content", content)
        .raw(" />");
}

/// Writes `<link rel="…" href="…">` (with `hreflang` when given).
fn link(m: &mut Markup, rel: &'static str, hreflang: Option<&str>, href: &str) {
    m.raw("\n    <link").attr("rel", rel);
    if let Some(tag) = hreflang {
        m.attr("hreflang", tag);
    }
    m.attr("href", href).raw(" />");
}

/// The name of the `<meta>` that carries the site's origin as the build names it.
pub const ORIGIN_META: &str = "cooperation-explorer-origin";

/// The head tags of `page`, which set `head`.
pub fn tags(site: &Site, page: &Page, head: &PageHead) -> String {
    let lang = page.lang;
    let mut m = Markup::default();
    m.raw("<title>").text(&head.title).raw("</title>");
    meta(&mut m, "name", "description", &head.description);
    match &page.kind {
        Kind::Page(route) => {
            // An embeddable page's canonical page is the view's own.
            let canonical = match route {
                Route::Embed(view) => Route::List(*view),
                _ => route.clone(),
            };
            link(
                &mut m,
                "canonical",
                None,
                &site.url(&canonical.path_in(lang)),
            );
            for other in Locale::ALL {
                link(
                    &mut m,
                    "alternate",
                    Some(other.tag()),
                    &site.url(&route.path_in(other)),
                );
            }
            link(
                &mut m,
                "alternate",
                Some("x-default"),
                &site.url(&route.path()),
            );
        }
        Kind::NotFound | Kind::Shell => {}
    }
    // The origin the build wrote into the data files' addresses, on every page (the shell and the
    // not-found pages have no canonical link to read it from): see `browser::page::built_origin`.
    if let Some(origin) = &site.origin {
        meta(&mut m, "name", ORIGIN_META, origin);
    }
    if !page.indexed() {
        meta(&mut m, "name", "robots", "noindex");
    }
    let is_record = matches!(&page.kind, Kind::Page(Route::Record(..)));
    meta(&mut m, "property", "og:site_name", lang.app_name());
    meta(&mut m, "property", "og:title", &head.title);
    meta(&mut m, "property", "og:description", &head.description);
    meta(
        &mut m,
        "property",
        "og:type",
        if is_record { "article" } else { "website" },
    );
    meta(&mut m, "property", "og:locale", og_locale(lang));
    for other in Locale::ALL.into_iter().filter(|l| *l != lang) {
        meta(&mut m, "property", "og:locale:alternate", og_locale(other));
    }
    let card = match (&site.origin, &page.kind) {
        (Some(_), Kind::Page(route)) => {
            meta(
                &mut m,
                "property",
                "og:url",
                &site.url(&route.path_in(lang)),
            );
            let (image, width, height) = SHARE_IMAGE;
            meta(&mut m, "property", "og:image", &site.url(image));
            meta(&mut m, "property", "og:image:width", &width.to_string());
            meta(&mut m, "property", "og:image:height", &height.to_string());
            meta(&mut m, "property", "og:image:alt", lang.app_name());
            "summary_large_image"
        }
        _ => "summary",
    };
    meta(&mut m, "name", "twitter:card", card);
    meta(&mut m, "name", "twitter:title", &head.title);
    meta(&mut m, "name", "twitter:description", &head.description);
    let mut out = m.finish();
    if page.kind == Kind::Page(Route::Home) {
        // A data block, not a script: the Content-Security-Policy does not apply to it. JSON
        // escapes `<` as `\u003c`, so no text in it can end the element.
        let json = dataset_json_ld(site, lang).replace('<', "\\u003c");
        out.push_str("\n    <script type=\"application/ld+json\">");
        out.push_str(&json);
        out.push_str("</script>");
    }
    out
}

/// The bundled dataset as schema.org `Dataset`: what it is, where it comes from, and its files.
pub fn dataset_json_ld(site: &Site, lang: Locale) -> String {
    let catalog = &site.loaded.explorer.catalog;
    let data = catalog.data();
    let mut distribution = vec![serde_json::json!({
        "@type": "DataDownload",
        "name": "The whole dataset (JSON)",
        "encodingFormat": "application/json",
        "contentUrl": site.url("/data/cooperation.json"),
    })];
    for view in View::ALL {
        distribution.push(serde_json::json!({
            "@type": "DataDownload",
            "name": format!("{} (CSV)", view.label()),
            "encodingFormat": "text/csv",
            "contentUrl": site.url(&format!("/data/{}.csv", view.segment())),
        }));
    }
    distribution.push(serde_json::json!({
        "@type": "DataDownload",
        "name": "The dataset's JSON Schema",
        "encodingFormat": "application/schema+json",
        "contentUrl": site.url("/data/schema.json"),
    }));
    let sources: Vec<serde_json::Value> = catalog
        .sources()
        .iter()
        .map(|s| {
            serde_json::json!({
                "@type": "NewsArticle",
                "name": s.name,
                "url": site.url(&Route::Source(s.id.to_string()).path()),
            })
        })
        .collect();
    let keywords: Vec<&str> = catalog.themes().iter().map(|t| t.name.as_str()).collect();
    let maker = serde_json::json!({ "@type": "Organization", "name": Locale::En.app_name() });
    let home = site.url(&Route::Home.path());
    let json = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "@id": format!("{home}#dataset"),
        "name": data.name,
        "description": data.description.clone().unwrap_or_else(|| lang.home_about().to_string()),
        "url": site.url(&Route::Home.path_in(lang)),
        "inLanguage": "en",
        "isAccessibleForFree": true,
        "license": "https://opensource.org/license/mit",
        "creator": maker,
        "publisher": maker,
        "isBasedOn": sources,
        "keywords": keywords,
        "distribution": distribution,
    });
    serde_json::to_string(&json).unwrap_or_default()
}

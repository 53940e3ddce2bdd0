//! `sitemap.xml` — every pre-rendered page with its address in each language — and `robots.txt`,
//! which names it. The sitemap protocol wants absolute addresses, so it is written only when the
//! build names the site's origin.

use cooperation_l10n::Locale;

use super::{Kind, Page, Site};
use crate::components::markup::Markup;

/// The sitemap of the pages to index among `pages`, or `None` without an origin.
pub fn sitemap(site: &Site, pages: &[Page]) -> Option<String> {
    site.origin.as_ref()?;
    let mut m = Markup::default();
    m.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    m.raw("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for page in pages.iter().filter(|p| p.indexed()) {
        let Kind::Page(route) = &page.kind else {
            continue;
        };
        m.raw("  <url>\n    <loc>")
            .text(&site.url(&route.path_in(page.lang)))
            .raw("</loc>\n");
        for other in Locale::ALL {
            m.raw("    <xhtml:link rel=\"alternate\"")
                .attr("hreflang", other.tag())
                .attr("href", &site.url(&route.path_in(other)))
                .raw("/>\n");
        }
        m.raw("  </url>\n");
    }
    m.raw("</urlset>\n");
    Some(m.finish())
}

/// `robots.txt`: everything may be crawled; the sitemap, when there is one.
pub fn robots(site: &Site) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    if site.origin.is_some() {
        out.push_str(&format!("Sitemap: {}\n", site.url("/sitemap.xml")));
    }
    out
}

//! Build-time pre-rendering (native only): every page of the bundled dataset — home, the three
//! lists, every record, the source reader, comparison — in every language, rendered from the same
//! views the browser shows (Leptos `ssr` under a request URL), written into the built site as
//! static HTML that the host serves before any wasm arrives; with each page's head ([`head`]), a
//! not-found page and an app shell per language (for addresses with no file, such as a record of a
//! reader's own dataset), `sitemap.xml` and `robots.txt` ([`sitemap`]), and the dataset as CSV per
//! collection. `src/bin/prerender.rs` runs it from the release build's post-build hook.

pub mod head;
pub mod sitemap;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use cooperation_core::address::href;
use cooperation_core::address::route::{Route, View};
use cooperation_core::data::catalog::{self, Catalog};
use cooperation_core::present::export::{self, Urls};
use cooperation_l10n::Locale;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::context::data::{DataSource, Loaded};
use crate::context::head::{PageHead, provide_head};
use crate::{App, Start};

/// What kind of page a file is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A page of the app: its own address, indexed, in the sitemap.
    Page(Route),
    /// The page for an address that names no page (served with status 404).
    NotFound,
    /// The frame with no dataset yet: served for addresses with no file (a record of another
    /// dataset), which the app then renders.
    Shell,
}

/// One file to write: a kind of page in a language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub lang: Locale,
    pub kind: Kind,
}

impl Page {
    /// The page's path within the app (without the base path): `/zh/initiatives`, `/404.html`.
    pub fn path(&self) -> String {
        let prefix = match self.lang {
            Locale::En => String::new(),
            other => format!("/{}", other.tag()),
        };
        match &self.kind {
            Kind::Page(route) => route.path_in(self.lang),
            Kind::NotFound => format!("{prefix}/404.html"),
            Kind::Shell => format!("{prefix}/shell.html"),
        }
    }

    /// Whether search engines should index the page: not the comparison (it shows what its address
    /// names, nothing of its own), the not-found page or the shell.
    pub fn indexed(&self) -> bool {
        matches!(&self.kind, Kind::Page(route) if !matches!(route, Route::Compare | Route::Embed(_)))
    }

    /// The file the page is written to, relative to the built site: `zh/initiatives/index.html`.
    pub fn file(&self) -> PathBuf {
        let path = self.path();
        let path = path.trim_start_matches('/');
        if path.ends_with(".html") {
            PathBuf::from(path)
        } else {
            Path::new(path).join("index.html")
        }
    }
}

/// Every page the bundled dataset has, in every language.
pub fn pages(catalog: &Catalog) -> Vec<Page> {
    let mut routes = vec![Route::Home];
    for view in View::ALL {
        routes.push(Route::List(view));
        let n = catalog.data().len_of(view.collection());
        for i in 0..n {
            let r = catalog::RecordRef::new(view.collection(), i);
            routes.push(Route::Record(view, catalog.id_of(r).to_string()));
        }
    }
    routes.push(Route::Compare);
    routes.extend(View::ALL.map(Route::Embed));
    for s in catalog.sources() {
        routes.push(Route::Source(s.id.to_string()));
    }
    let mut out = Vec::new();
    for lang in Locale::ALL {
        out.extend(routes.iter().map(|r| Page {
            lang,
            kind: Kind::Page(r.clone()),
        }));
        out.push(Page {
            lang,
            kind: Kind::NotFound,
        });
        out.push(Page {
            lang,
            kind: Kind::Shell,
        });
    }
    out
}

/// The site being built: where it is deployed, the dataset it ships, the page Trunk wrote.
pub struct Site {
    /// The path the site is served under, without a trailing slash (`""` at the root).
    pub base: String,
    /// Where it is deployed (`https://example.org`), when the build names it: absolute URLs in the
    /// head, a sitemap.
    pub origin: Option<String>,
    /// The bundled dataset.
    pub loaded: Arc<Loaded>,
    /// The page Trunk wrote (`index.html`, with the app's scripts and styles), as the template.
    pub template: String,
}

/// Why the site could not be written.
#[derive(Debug)]
pub enum Error {
    /// The template lacks a part the pages are written into.
    Template(&'static str),
    /// A file could not be read or written.
    Io(PathBuf, std::io::Error),
    /// The bundled dataset is not valid.
    Dataset(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Template(part) => write!(f, "index.html has no {part} to write pages into"),
            Error::Io(path, e) => write!(f, "{}: {e}", path.display()),
            Error::Dataset(e) => write!(f, "the bundled dataset is not valid: {e}"),
        }
    }
}

impl Site {
    /// The site in `dist` (Trunk's output: `index.html` and `data/cooperation.json`).
    pub fn read(dist: &Path, base: &str, origin: Option<String>) -> Result<Site, Error> {
        let read = |name: &str| {
            let path = dist.join(name);
            std::fs::read(&path).map_err(|e| Error::Io(path, e))
        };
        let template = String::from_utf8_lossy(&read("index.html")?).into_owned();
        let bytes = read(crate::context::data::BUNDLED)?;
        let catalog = catalog::load(&bytes).map_err(|e| Error::Dataset(e.to_string()))?;
        Ok(Site {
            base: base.trim_end_matches('/').to_string(),
            origin: origin.map(|o| o.trim_end_matches('/').to_string()),
            loaded: Arc::new(Loaded::new(
                catalog,
                DataSource::Bundled,
                bytes.len() as u64,
            )),
            template,
        })
    }

    /// A path of the app (`/zh/initiatives`) as served: under the base path, and absolute when the
    /// origin is known.
    pub fn url(&self, path: &str) -> String {
        let local = href::join(&self.base, path);
        match &self.origin {
            Some(origin) => format!("{origin}{local}"),
            None => local,
        }
    }

    /// The app's HTML for a page and the head it set: rendered natively under the page's address,
    /// with the bundled dataset (none for the shell).
    pub fn body(&self, page: &Page) -> (String, PageHead) {
        let path = match &page.kind {
            Kind::Page(route) => route.path_in(page.lang),
            Kind::Shell => Route::Home.path_in(page.lang),
            Kind::NotFound => page.path().replace(".html", ""),
        };
        let url = href::join(&self.base, &path);
        let preloaded = (page.kind != Kind::Shell).then(|| self.loaded.clone());
        let owner = Owner::new();
        let (html, head) = owner.with(|| {
            provide_context(RequestUrl::new(&url));
            let head = provide_head();
            let start = Start {
                base: self.base.clone(),
                preloaded,
                origin: self.origin.clone().unwrap_or_default(),
            };
            let html = view! { <App start/> }.to_html();
            (html, head.get())
        });
        owner.cleanup();
        // Leptos marks where one text node ends and the next begins with `<!>`, which HTML parses as
        // a (malformed) comment; an empty comment, `<!---->`, keeps the text nodes apart as the live
        // views have them (text shaped alike, so the takeover does not move a pixel) and is valid.
        (html.replace("<!>", "<!---->"), head)
    }

    /// The whole document of a page: the template with the page's language, head and body.
    pub fn document(&self, page: &Page) -> Result<String, Error> {
        let (body, page_head) = self.body(page);
        let tags = head::tags(self, page, &page_head);
        let mut html = self.template.clone();
        let replace =
            |html: &mut String, from: &str, to: &str, part: &'static str| match html.find(from) {
                Some(at) => {
                    html.replace_range(at..at + from.len(), to);
                    Ok(())
                }
                None => Err(Error::Template(part)),
            };
        let lang = page.lang.tag();
        replace(
            &mut html,
            "<html lang=\"en\"",
            &format!("<html lang=\"{lang}\""),
            "<html lang>",
        )?;
        let title_at = html.find("<title>").ok_or(Error::Template("<title>"))?;
        let title_end = html[title_at..]
            .find("</title>")
            .ok_or(Error::Template("</title>"))?
            + title_at
            + "</title>".len();
        html.replace_range(title_at..title_end, "");
        let description = html
            .find("<meta name=\"description\"")
            .ok_or(Error::Template("<meta name=description>"))?;
        let description_end = html[description..]
            .find("/>")
            .ok_or(Error::Template("<meta name=description>"))?
            + description
            + 2;
        html.replace_range(description..description_end, &tags);
        replace(
            &mut html,
            "<div id=\"app\"></div>",
            &app_root(&self.base, page, &body),
            "<div id=\"app\">",
        )?;
        Ok(html)
    }

    /// The dataset's CSV files (`data/initiatives.csv`, `sectors.csv`, `corridors.csv`,
    /// `parties.csv`), written by the exports the app's menu uses, with the addresses of the site
    /// as built (what the home page lists, with their sizes).
    fn csv_files(&self) -> Vec<(PathBuf, String)> {
        let catalog = &self.loaded.explorer.catalog;
        let record = |view: View, id: &str| self.url(&Route::Record(view, id.to_string()).path());
        let home = self.url("/");
        let urls = Urls {
            record: &record,
            view: &home,
        };
        export::data_files(catalog, &urls)
            .into_iter()
            .map(|(name, text)| (PathBuf::from(format!("data/{name}")), text))
            .collect()
    }

    /// Writes every page, the CSV files, `robots.txt` and (when the origin is known) `sitemap.xml`
    /// into `dist`; returns how many pages it wrote.
    pub fn write(&self, dist: &Path) -> Result<usize, Error> {
        let write = |rel: &Path, text: &str| {
            let path = dist.join(rel);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| Error::Io(dir.to_path_buf(), e))?;
            }
            std::fs::write(&path, text).map_err(|e| Error::Io(path, e))
        };
        let pages = pages(&self.loaded.explorer.catalog);
        for page in &pages {
            write(&page.file(), &self.document(page)?)?;
        }
        for (file, text) in self.csv_files() {
            write(&file, &text)?;
        }
        write(Path::new("robots.txt"), &sitemap::robots(self))?;
        if let Some(xml) = sitemap::sitemap(self, &pages) {
            write(Path::new("sitemap.xml"), &xml)?;
        }
        Ok(pages.len())
    }
}

/// The app's root element holding a page's body. A page made for an address says which (its path
/// under the base): the loader starts the app after the first paint where the page is the
/// address's own, and at once on any other (the shell, a not-found page, a page a host serves for
/// another address).
fn app_root(base: &str, page: &Page, body: &str) -> String {
    match &page.kind {
        Kind::Page(route) => format!(
            "<div id=\"app\" {}=\"{}\">{body}</div>",
            crate::browser::takeover::PRERENDERED,
            href::join(base, &route.path_in(page.lang))
        ),
        Kind::Shell | Kind::NotFound => format!("<div id=\"app\">{body}</div>"),
    }
}

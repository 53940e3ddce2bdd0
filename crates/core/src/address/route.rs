//! The app's pages as plain data: the three views, [`Route`] — which page a path names — and the
//! language a path names: English pages have unprefixed paths (`/initiatives`), the others theirs
//! under their language's tag (`/zh/initiatives`, `/ru/`, `/ky/sources/…`).

use cooperation_locale::Locale;

use crate::data::record::{Collection, RecordRef};

/// The three record collections the app browses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// Proposed initiatives, programs, areas of collaboration and recommendations.
    Initiatives,
    /// Economic sectors named by the source.
    Sectors,
    /// Economic corridors named by the source.
    Corridors,
}

impl View {
    /// Every view, in navigation order.
    pub const ALL: [View; 3] = [View::Initiatives, View::Sectors, View::Corridors];

    /// The path segment of the view's list page, e.g. `"sectors"`.
    pub fn segment(self) -> &'static str {
        match self {
            View::Initiatives => "initiatives",
            View::Sectors => "sectors",
            View::Corridors => "corridors",
        }
    }

    /// The view's name in exports and citations (which stay in English in every interface
    /// language, so that they compare).
    pub fn label(self) -> &'static str {
        match self {
            View::Initiatives => "Initiatives",
            View::Sectors => "Sectors",
            View::Corridors => "Corridors",
        }
    }

    /// One record of this view, in exports and citations.
    pub fn singular(self) -> &'static str {
        self.collection().singular()
    }

    /// The dataset collection the view lists.
    pub fn collection(self) -> Collection {
        match self {
            View::Initiatives => Collection::Initiatives,
            View::Sectors => Collection::Sectors,
            View::Corridors => Collection::Corridors,
        }
    }

    /// The view listing a collection, if one does.
    pub fn of(collection: Collection) -> Option<View> {
        View::ALL.into_iter().find(|v| v.collection() == collection)
    }

    /// The view named by a path segment, if any.
    pub fn from_segment(segment: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.segment() == segment)
    }
}

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The overview and search over everything: `/`.
    Home,
    /// A view's list: `/initiatives`.
    List(View),
    /// A record's page: `/initiatives/joint-economic-forum`.
    Record(View, String),
    /// Records side by side: `/compare`.
    Compare,
    /// A source document to read: `/sources/liu-bin-musaeva-article`.
    Source(String),
    /// A view's list with the least around it, to embed in another site: `/embed/initiatives`.
    Embed(View),
}

impl Route {
    /// The route's path (within the app, without the base path).
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::List(v) => format!("/{}", v.segment()),
            Route::Record(v, id) => format!("/{}/{}", v.segment(), segment(id)),
            Route::Compare => "/compare".into(),
            Route::Source(id) => format!("/sources/{}", segment(id)),
            Route::Embed(v) => format!("/embed/{}", v.segment()),
        }
    }

    /// The route a path names (within the app, without the base path), if any. A record's or a
    /// source's id is percent-decoded (as [`Route::path`] encodes it).
    pub fn parse(path: &str) -> Option<Route> {
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        match parts.as_slice() {
            [""] => Some(Route::Home),
            ["compare"] => Some(Route::Compare),
            ["sources", id] if !id.is_empty() => Some(Route::Source(decoded(id))),
            ["embed", v] => View::from_segment(v).map(Route::Embed),
            [v] => View::from_segment(v).map(Route::List),
            [v, id] if !id.is_empty() => {
                View::from_segment(v).map(|v| Route::Record(v, decoded(id)))
            }
            _ => None,
        }
    }

    /// The route's path in `lang` (within the app, without the base path): English unprefixed,
    /// other languages under their tag — `/zh/initiatives`, `/zh/` for the home page.
    pub fn path_in(&self, lang: Locale) -> String {
        match lang {
            Locale::En => self.path(),
            other => format!("/{}{}", other.tag(), self.path()),
        }
    }

    /// The language and the route a path names (within the app, without the base path): a first
    /// segment that is a language's tag other than English names that language; else English.
    pub fn parse_localized(path: &str) -> (Locale, Option<Route>) {
        let trimmed = path.trim_start_matches('/');
        let (first, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
        match Locale::from_tag(first).filter(|l| *l != Locale::En) {
            Some(lang) => (lang, Route::parse(rest)),
            None => (Locale::En, Route::parse(path)),
        }
    }

    /// The page of a record, for records that have one (initiatives, sectors, corridors); themes,
    /// parties and sources have none.
    pub fn record(r: RecordRef, id: &str) -> Option<Route> {
        View::of(r.collection).map(|v| Route::Record(v, id.to_string()))
    }

    /// The view a route belongs to: its list, or a record of it.
    pub fn view(&self) -> Option<View> {
        match self {
            Route::List(v) | Route::Record(v, _) | Route::Embed(v) => Some(*v),
            _ => None,
        }
    }
}

/// A path segment with its `%XX` escapes decoded; a segment that does not decode to UTF-8 is kept as
/// it is (it then names no record, and the page says so).
fn decoded(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| segment.to_string())
}

/// An id as a path segment: ids are slugs, but anything else is percent-encoded rather than trusted.
fn segment(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_round_trip() {
        for view in View::ALL {
            assert_eq!(View::from_segment(view.segment()), Some(view));
            assert_eq!(View::of(view.collection()), Some(view));
        }
        assert_eq!(View::from_segment("nope"), None);
        assert_eq!(View::of(Collection::Themes), None);
    }

    #[test]
    fn routes_round_trip_through_their_paths() {
        let routes = [
            Route::Home,
            Route::List(View::Sectors),
            Route::Record(View::Initiatives, "joint-economic-forum".into()),
            Route::Compare,
            Route::Source("liu-bin-musaeva-article".into()),
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.path()), Some(r.clone()), "{r:?}");
        }
        assert_eq!(Route::parse("/nowhere/at/all"), None);
        assert_eq!(Route::parse("/themes"), None);
    }

    #[test]
    fn every_route_has_an_address_in_every_language() {
        let routes = [
            Route::Home,
            Route::List(View::Corridors),
            Route::Record(View::Initiatives, "joint-economic-forum".into()),
            Route::Compare,
            Route::Source("liu-bin-musaeva-article".into()),
        ];
        for lang in Locale::ALL {
            for r in &routes {
                let path = r.path_in(lang);
                assert_eq!(
                    Route::parse_localized(&path),
                    (lang, Some(r.clone())),
                    "{path}"
                );
            }
        }
        assert_eq!(Route::Home.path_in(Locale::Zh), "/zh/");
        assert_eq!(
            Route::List(View::Sectors).path_in(Locale::Ky),
            "/ky/sectors"
        );
        // English has no prefix of its own; an unknown one is no page.
        assert_eq!(Route::parse_localized("/en/sectors"), (Locale::En, None));
        assert_eq!(Route::parse_localized("/de/sectors"), (Locale::En, None));
        assert_eq!(
            Route::parse_localized("/zh"),
            (Locale::Zh, Some(Route::Home))
        );
        assert_eq!(Route::parse_localized("/zh/nowhere"), (Locale::Zh, None));
    }

    #[test]
    fn odd_ids_are_encoded_not_trusted_and_decoded_back() {
        let r = Route::Record(View::Sectors, "a/b?c".into());
        assert_eq!(r.path(), "/sectors/a%2Fb%3Fc");
        assert_eq!(Route::parse(&r.path()), Some(r));
        assert_eq!(
            Route::parse("/initiatives/%3Cscript%3E"),
            Some(Route::Record(View::Initiatives, "<script>".into()))
        );
        assert_eq!(
            Route::parse("/sources/%FF%zz"),
            Some(Route::Source("%FF%zz".into()))
        );
    }
}

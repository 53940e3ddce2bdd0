//! Every in-app link is built here: a language, a [`Route`] and the view state it should show → an
//! href under the app's base path. Components never assemble paths themselves.

use cooperation_locale::Locale;

use crate::address::query::{FacetKey, ViewState};
use crate::address::route::{Route, View};
use crate::data::record::{Collection, RecordRef};

/// The href of `route` in `lang` showing `state`, under `base` (the path the app is served under,
/// `""` at the site root). The state is written in its canonical form; defaults are left out.
pub fn href(base: &str, lang: Locale, route: &Route, state: &ViewState) -> String {
    let mut out = join(base, &route.path_in(lang));
    let query = state.to_query();
    if !query.is_empty() {
        out.push('?');
        out.push_str(&query);
    }
    out
}

/// Where a link to record `r` (with this id) goes, carrying `carried`: its page; for a theme or a
/// party, which have none, the initiatives that name it; for a source, its reader.
pub fn record_target(r: RecordRef, id: &str, carried: &ViewState) -> (Route, ViewState) {
    let named_by = |key: FacetKey| {
        (
            Route::List(View::Initiatives),
            carried.with_selected(key, vec![id.to_string()]),
        )
    };
    match r.collection {
        Collection::Themes => named_by(FacetKey::Theme),
        Collection::Parties => named_by(FacetKey::Party),
        Collection::Sources => (Route::Source(id.to_string()), carried.clone()),
        Collection::Initiatives | Collection::Sectors | Collection::Corridors => {
            let page = Route::record(r, id).unwrap_or(Route::Home);
            (page, carried.clone())
        }
    }
}

/// The router base for a document base path: the directory of `pathname`, without a trailing slash.
///
/// `"/"` → `""`, `"/explorer/"` → `"/explorer"`, `"/explorer/index.html"` → `"/explorer"`.
pub fn base_from_pathname(pathname: &str) -> String {
    let dir = match pathname.rfind('/') {
        Some(i) => &pathname[..i],
        None => "",
    };
    dir.to_string()
}

/// Joins the router base and an app path (which starts with `/`) into a full href.
pub fn join(base: &str, path: &str) -> String {
    let mut out = String::with_capacity(base.len() + path.len());
    out.push_str(base.trim_end_matches('/'));
    if !path.starts_with('/') {
        out.push('/');
    }
    out.push_str(path);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::address::route::View;

    #[test]
    fn base_is_the_directory_of_the_base_uri() {
        assert_eq!(base_from_pathname("/"), "");
        assert_eq!(base_from_pathname("/explorer/"), "/explorer");
        assert_eq!(base_from_pathname("/explorer/index.html"), "/explorer");
        assert_eq!(base_from_pathname("/a/b/"), "/a/b");
        assert_eq!(base_from_pathname(""), "");
    }

    #[test]
    fn join_never_doubles_or_drops_slashes() {
        assert_eq!(join("", "/sectors"), "/sectors");
        assert_eq!(join("/explorer", "/sectors"), "/explorer/sectors");
        assert_eq!(join("/explorer/", "sectors"), "/explorer/sectors");
    }

    #[test]
    fn a_record_without_a_page_links_to_the_initiatives_that_name_it() {
        let carried = ViewState::default();
        let theme = RecordRef::new(Collection::Themes, 0);
        let (route, state) = record_target(theme, "economic", &carried);
        assert_eq!(
            href("", Locale::En, &route, &state),
            "/initiatives?theme=economic"
        );
        let party = RecordRef::new(Collection::Parties, 1);
        let (route, state) = record_target(party, "kyrgyzstan", &carried);
        assert_eq!(
            href("", Locale::En, &route, &state),
            "/initiatives?party=kyrgyzstan"
        );
        let sector = RecordRef::new(Collection::Sectors, 0);
        let (route, state) = record_target(sector, "energy", &carried);
        assert_eq!(href("", Locale::En, &route, &state), "/sectors/energy");
    }

    #[test]
    fn hrefs_carry_the_state_under_the_base() {
        let mut s = ViewState::default();
        assert_eq!(href("", Locale::En, &Route::Home, &s), "/");
        assert_eq!(
            href("/explorer", Locale::En, &Route::Home, &s),
            "/explorer/"
        );
        assert_eq!(
            href("/explorer", Locale::Ru, &Route::Home, &s),
            "/explorer/ru/"
        );
        s.q = "energy".into();
        s.data = Some("https://example.org/d.json".into());
        assert_eq!(
            href("/explorer", Locale::En, &Route::List(View::Sectors), &s),
            "/explorer/sectors?data=https://example.org/d.json&q=energy"
        );
        assert_eq!(
            href(
                "",
                Locale::Zh,
                &Route::Record(View::Sectors, "energy".into()),
                &s.carried()
            ),
            "/zh/sectors/energy?data=https://example.org/d.json"
        );
    }
}

//! The app's routes as plain data: which view a path names, and the paths a view links to.

/// The three record collections the app browses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// Proposed initiatives, programmes, areas of collaboration and recommendations.
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

    /// The view's heading and navigation label.
    pub fn label(self) -> &'static str {
        match self {
            View::Initiatives => "Initiatives",
            View::Sectors => "Sectors",
            View::Corridors => "Corridors",
        }
    }

    /// The label of one record of this view.
    pub fn singular(self) -> &'static str {
        match self {
            View::Initiatives => "initiative",
            View::Sectors => "sector",
            View::Corridors => "corridor",
        }
    }

    /// The view named by a path segment, if any.
    pub fn from_segment(segment: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.segment() == segment)
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
    fn segments_round_trip() {
        for view in View::ALL {
            assert_eq!(View::from_segment(view.segment()), Some(view));
        }
        assert_eq!(View::from_segment("nope"), None);
    }
}

//! The URL is the state: what a user is looking at ⇄ the URL's query string.
//!
//! [`parse`] reads any query string without panicking: values it cannot use (invalid
//! percent-encoding, repeated keys, unknown keys, bad years, over-long text) are dropped, each with a
//! [`Notice`] saying what and why. [`ViewState::to_query`] writes the canonical form, which parses
//! back to the same state. Whether facet values exist in the loaded dataset is checked later, by the
//! explorer, which knows the data.

use std::fmt::Write as _;

use super::catalog::{MAX_ID_LEN, YEARS, check_id};

/// A facet users filter on. Which facets a view offers is up to the explorer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FacetKey {
    Theme,
    Sector,
    Corridor,
    Country,
    Party,
    Scope,
    Kind,
    Status,
}

impl FacetKey {
    /// Every facet, in URL and display order.
    pub const ALL: [FacetKey; 8] = [
        FacetKey::Theme,
        FacetKey::Sector,
        FacetKey::Corridor,
        FacetKey::Country,
        FacetKey::Party,
        FacetKey::Scope,
        FacetKey::Kind,
        FacetKey::Status,
    ];

    /// The URL key.
    pub fn slug(self) -> &'static str {
        match self {
            FacetKey::Theme => "theme",
            FacetKey::Sector => "sector",
            FacetKey::Corridor => "corridor",
            FacetKey::Country => "country",
            FacetKey::Party => "party",
            FacetKey::Scope => "scope",
            FacetKey::Kind => "kind",
            FacetKey::Status => "status",
        }
    }

    /// The facet named by a URL key.
    pub fn from_slug(s: &str) -> Option<FacetKey> {
        FacetKey::ALL.into_iter().find(|k| k.slug() == s)
    }
}

/// A column of a table, and a sort key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Kind,
    Status,
    Scope,
    Themes,
    Sectors,
    Corridors,
    Countries,
    Timeline,
    Initiatives,
    Related,
}

impl Column {
    /// Every column.
    pub const ALL: [Column; 11] = [
        Column::Name,
        Column::Kind,
        Column::Status,
        Column::Scope,
        Column::Themes,
        Column::Sectors,
        Column::Corridors,
        Column::Countries,
        Column::Timeline,
        Column::Initiatives,
        Column::Related,
    ];

    /// The URL name.
    pub fn slug(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Kind => "kind",
            Column::Status => "status",
            Column::Scope => "scope",
            Column::Themes => "themes",
            Column::Sectors => "sectors",
            Column::Corridors => "corridors",
            Column::Countries => "countries",
            Column::Timeline => "timeline",
            Column::Initiatives => "initiatives",
            Column::Related => "related",
        }
    }

    /// The header text.
    pub fn label(self) -> &'static str {
        match self {
            Column::Name => "Name",
            Column::Kind => "Kind",
            Column::Status => "Status",
            Column::Scope => "Scope",
            Column::Themes => "Themes",
            Column::Sectors => "Sectors",
            Column::Corridors => "Corridors",
            Column::Countries => "Countries",
            Column::Timeline => "Timeline",
            Column::Initiatives => "Initiatives",
            Column::Related => "Related",
        }
    }

    /// The column a URL name names.
    pub fn from_slug(s: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.slug() == s)
    }
}

/// Sort direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dir {
    Asc,
    Desc,
}

/// One sort key: a column and a direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SortKey {
    pub column: Column,
    pub dir: Dir,
}

/// How a view shows its matches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    #[default]
    Cards,
    Table,
    Timeline,
    Charts,
    Map,
}

impl Mode {
    /// Every mode, in toolbar order.
    pub const ALL: [Mode; 5] = [
        Mode::Cards,
        Mode::Table,
        Mode::Timeline,
        Mode::Charts,
        Mode::Map,
    ];

    /// The URL value.
    pub fn slug(self) -> &'static str {
        match self {
            Mode::Cards => "cards",
            Mode::Table => "table",
            Mode::Timeline => "timeline",
            Mode::Charts => "charts",
            Mode::Map => "map",
        }
    }

    /// The toolbar label.
    pub fn label(self) -> &'static str {
        match self {
            Mode::Cards => "Cards",
            Mode::Table => "Table",
            Mode::Timeline => "Timeline",
            Mode::Charts => "Charts",
            Mode::Map => "Map",
        }
    }
}

/// Records per page a user may choose.
pub const PAGE_SIZES: [usize; 3] = [25, 50, 100];
/// The default page size.
pub const DEFAULT_PER: usize = 50;
/// Longest search text kept from a URL, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most values one facet may select.
pub const MAX_FACET_VALUES: usize = 100;
/// Most sort keys.
pub const MAX_SORT_KEYS: usize = 3;
/// Most records compared side by side.
pub const MAX_COMPARE: usize = 4;
/// Longest dataset address kept from a URL.
pub const MAX_DATA_URL: usize = 2000;
/// Highest page number accepted.
pub const MAX_PAGE: usize = 1_000_000;

/// Everything the URL says about the current view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewState {
    /// Search text, as typed.
    pub q: String,
    /// Selected facet values, by facet in [`FacetKey::ALL`] order, each list without repeats.
    pub facets: Vec<(FacetKey, Vec<String>)>,
    /// Year range (inclusive), for records with a stated timeline.
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// Sort keys, most significant first; empty means relevance (when searching) or source order.
    pub sort: Vec<SortKey>,
    /// Cards or table.
    pub mode: Mode,
    /// 1-based page number.
    pub page: usize,
    /// Records per page, one of [`PAGE_SIZES`].
    pub per: usize,
    /// Address of a dataset to load instead of the bundled one.
    pub data: Option<String>,
    /// Record ids to compare side by side.
    pub compare: Vec<String>,
}

impl Default for ViewState {
    fn default() -> ViewState {
        ViewState {
            q: String::new(),
            facets: Vec::new(),
            from: None,
            to: None,
            sort: Vec::new(),
            mode: Mode::Cards,
            page: 1,
            per: DEFAULT_PER,
            data: None,
            compare: Vec::new(),
        }
    }
}

/// Something in the URL that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The parameter, as it appeared (shortened if long).
    pub param: String,
    /// Why it was ignored.
    pub message: String,
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ignored “{}”: {}", self.param, self.message)
    }
}

impl ViewState {
    /// The values selected for a facet.
    pub fn selected(&self, key: FacetKey) -> &[String] {
        self.facets
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(&[], |(_, v)| v.as_slice())
    }

    /// Whether any filter (search, facet or years) is active.
    pub fn is_filtered(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.facets.is_empty()
            || self.from.is_some()
            || self.to.is_some()
    }

    /// A copy with `value` added to or removed from `key`'s selection, back on page 1.
    pub fn toggled(&self, key: FacetKey, value: &str) -> ViewState {
        let mut next = self.clone();
        next.page = 1;
        let mut values = next.selected(key).to_vec();
        if let Some(at) = values.iter().position(|v| v == value) {
            values.remove(at);
        } else if values.len() < MAX_FACET_VALUES {
            values.push(value.to_string());
        }
        next.set_facet(key, values);
        next
    }

    /// Replaces a facet's selection (an empty list removes the facet).
    pub fn set_facet(&mut self, key: FacetKey, values: Vec<String>) {
        self.facets.retain(|(k, _)| *k != key);
        if !values.is_empty() {
            // Kept in FacetKey order: insert before the first later key.
            let at = self
                .facets
                .iter()
                .position(|(k, _)| *k > key)
                .unwrap_or(self.facets.len());
            self.facets.insert(at, (key, values));
        }
    }

    /// A copy without any filter (search, facets, years), keeping mode, sort and page size.
    pub fn cleared(&self) -> ViewState {
        ViewState {
            q: String::new(),
            facets: Vec::new(),
            from: None,
            to: None,
            page: 1,
            compare: Vec::new(),
            ..self.clone()
        }
    }

    /// A copy sorted by `column`: a click cycles ascending → descending → off; with `add` (shift-click)
    /// the column becomes an extra key instead of replacing the others.
    pub fn sorted_by(&self, column: Column, add: bool) -> ViewState {
        let mut next = self.clone();
        next.page = 1;
        let current = next.sort.iter().position(|k| k.column == column);
        let cycled = match current.map(|i| next.sort[i].dir) {
            None => Some(Dir::Asc),
            Some(Dir::Asc) => Some(Dir::Desc),
            Some(Dir::Desc) => None,
        };
        if add {
            match (current, cycled) {
                (Some(i), Some(dir)) => next.sort[i].dir = dir,
                (Some(i), None) => {
                    next.sort.remove(i);
                }
                (None, Some(dir)) => {
                    if next.sort.len() >= MAX_SORT_KEYS {
                        next.sort.pop();
                    }
                    next.sort.push(SortKey { column, dir });
                }
                (None, None) => {}
            }
        } else {
            next.sort = cycled
                .map(|dir| vec![SortKey { column, dir }])
                .unwrap_or_default();
        }
        next
    }

    /// The canonical query string (without `?`): keys in a fixed order, defaults left out.
    pub fn to_query(&self) -> String {
        let mut w = QueryWriter::default();
        if let Some(data) = &self.data {
            w.list("data", [data.as_str()]);
        }
        if !self.q.is_empty() {
            w.list("q", [self.q.as_str()]);
        }
        for key in FacetKey::ALL {
            let values = self.selected(key);
            if !values.is_empty() {
                w.list(key.slug(), values.iter().map(String::as_str));
            }
        }
        if let Some(y) = self.from {
            w.list("from", [y.to_string().as_str()]);
        }
        if let Some(y) = self.to {
            w.list("to", [y.to_string().as_str()]);
        }
        if !self.sort.is_empty() {
            let keys: Vec<String> = self
                .sort
                .iter()
                .map(|k| match k.dir {
                    Dir::Asc => k.column.slug().to_string(),
                    Dir::Desc => format!("-{}", k.column.slug()),
                })
                .collect();
            w.list("sort", keys.iter().map(String::as_str));
        }
        if self.mode != Mode::Cards {
            w.list("mode", [self.mode.slug()]);
        }
        if self.per != DEFAULT_PER {
            w.list("per", [self.per.to_string().as_str()]);
        }
        if self.page != 1 {
            w.list("page", [self.page.to_string().as_str()]);
        }
        if !self.compare.is_empty() {
            w.list("compare", self.compare.iter().map(String::as_str));
        }
        w.out
    }
}

/// Builds a query string; list items are encoded one by one and joined with literal commas.
#[derive(Default)]
struct QueryWriter {
    out: String,
}

impl QueryWriter {
    fn list<'a>(&mut self, key: &str, items: impl IntoIterator<Item = &'a str>) {
        if !self.out.is_empty() {
            self.out.push('&');
        }
        self.out.push_str(key);
        self.out.push('=');
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            encode_into(item, &mut self.out);
        }
    }
}

/// Percent-encodes everything but the URL-unreserved characters and `/`, `:` and `@`, which a query
/// may hold literally (RFC 3986) and which keep dataset addresses readable.
fn encode_into(value: &str, out: &mut String) {
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/' | b':' | b'@')
        {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

/// Decodes `%XX` escapes and `+` (a space in form encoding); `None` for invalid escapes or UTF-8.
pub fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A parameter as shown in a notice: at most 60 characters.
fn shown(s: &str) -> String {
    let mut out: String = s.chars().take(60).filter(|c| !c.is_control()).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// Reads a query string (with or without the leading `?`) into a state and the notices for what was
/// ignored. Never panics.
pub fn parse(raw: &str) -> (ViewState, Vec<Notice>) {
    let mut state = ViewState::default();
    let mut notices = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let raw = raw.strip_prefix('?').unwrap_or(raw);
    for pair in raw.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let mut note = |message: String| {
            notices.push(Notice {
                param: shown(pair),
                message,
            });
        };
        let (Some(key), Some(value)) = (decode(raw_key), decode(raw_value)) else {
            note("it is not valid percent-encoded UTF-8".into());
            continue;
        };
        if seen.contains(&key) {
            note(format!(
                "“{}” appears more than once; the first one is used",
                shown(&key)
            ));
            continue;
        }
        seen.push(key.clone());
        match key.as_str() {
            "q" => {
                if value.chars().count() > MAX_QUERY_CHARS {
                    note(format!(
                        "search text is limited to {MAX_QUERY_CHARS} characters"
                    ));
                } else {
                    state.q = value.chars().filter(|c| !c.is_control()).collect();
                }
            }
            "from" | "to" => match value.trim().parse::<i32>() {
                Ok(y) if YEARS.contains(&y) => {
                    if key == "from" {
                        state.from = Some(y);
                    } else {
                        state.to = Some(y);
                    }
                }
                _ => note(format!(
                    "a year must be a whole number from {} to {}",
                    YEARS.start(),
                    YEARS.end()
                )),
            },
            "sort" => {
                for item in value.split(',').filter(|s| !s.is_empty()) {
                    let (dir, name) = match item.strip_prefix('-') {
                        Some(rest) => (Dir::Desc, rest),
                        None => (Dir::Asc, item),
                    };
                    match Column::from_slug(name) {
                        Some(column) if state.sort.iter().any(|k| k.column == column) => {}
                        Some(_) if state.sort.len() >= MAX_SORT_KEYS => {
                            note(format!("at most {MAX_SORT_KEYS} sort keys"));
                            break;
                        }
                        Some(column) => state.sort.push(SortKey { column, dir }),
                        None => note(format!("there is no column “{}” to sort by", shown(name))),
                    }
                }
            }
            "mode" => match Mode::ALL.into_iter().find(|m| m.slug() == value) {
                Some(mode) => state.mode = mode,
                None => note(format!(
                    "the display mode is one of {}",
                    Mode::ALL.map(Mode::slug).join(", ")
                )),
            },
            "page" => match value.trim().parse::<usize>() {
                Ok(p) if (1..=MAX_PAGE).contains(&p) => state.page = p,
                _ => note("a page number is a whole number from 1".into()),
            },
            "per" => match value.trim().parse::<usize>() {
                Ok(n) if PAGE_SIZES.contains(&n) => state.per = n,
                _ => note(format!(
                    "records per page is one of {}",
                    PAGE_SIZES.map(|n| n.to_string()).join(", ")
                )),
            },
            "data" => {
                if value.is_empty()
                    || value.len() > MAX_DATA_URL
                    || value.chars().any(char::is_control)
                {
                    note("the dataset address is empty, too long or malformed".into());
                } else {
                    state.data = Some(value);
                }
            }
            "compare" => {
                for id in ids(&value, &mut note) {
                    if state.compare.len() >= MAX_COMPARE {
                        note(format!("at most {MAX_COMPARE} records can be compared"));
                        break;
                    }
                    state.compare.push(id);
                }
            }
            other => match FacetKey::from_slug(other) {
                Some(facet) => {
                    let mut values = ids(&value, &mut note);
                    if values.len() > MAX_FACET_VALUES {
                        values.truncate(MAX_FACET_VALUES);
                        note(format!("at most {MAX_FACET_VALUES} values per filter"));
                    }
                    state.set_facet(facet, values);
                }
                None => note("this address parameter is not used by the app".into()),
            },
        }
    }
    (state, notices)
}

/// The distinct ids of a comma-separated list; malformed ones are noted and left out.
fn ids(value: &str, note: &mut impl FnMut(String)) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        if id.len() > MAX_ID_LEN || check_id(id).is_err() {
            note(format!("“{}” is not a valid id", shown(id)));
        } else if !out.iter().any(|v| v == id) {
            out.push(id.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_query_is_the_default_state() {
        assert_eq!(parse(""), (ViewState::default(), vec![]));
        assert_eq!(parse("?"), (ViewState::default(), vec![]));
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn canonical_order_and_encoding() {
        let (s, n) = parse(
            "mode=table&status=proposed&q=cultural+festival&theme=cultural,economic&sort=-name&page=2",
        );
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(
            s.to_query(),
            "q=cultural%20festival&theme=cultural,economic&status=proposed&sort=-name&mode=table&page=2"
        );
    }
}

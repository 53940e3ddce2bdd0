//! The URL is the state: what a user is looking at ⇄ the URL's query string.
//!
//! [`parse`] reads any query string in linear time without panicking: values it cannot use (invalid
//! percent-encoding, repeated or unknown keys, bad years, over-long text, more parameters or values
//! than the caps allow) are dropped, each with a [`Notice`] saying what and why. [`ViewState::to_query`]
//! writes the canonical form, which parses back to the same state. Whether facet values exist in the
//! loaded dataset is checked later, by the explorer, which knows the data.

use std::fmt::Write as _;

use cooperation_locale::Locale;
use rustc_hash::FxHashSet;

use crate::address::route::View;
use crate::data::load::{MAX_ID_LEN, YEARS, check_id};
use crate::data::record::Collection;
use crate::present::fields::Field;

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

    /// The collection whose records are the facet's options; `None` for facets of vocabulary terms
    /// (scope, kind, status).
    pub fn records(self) -> Option<Collection> {
        match self {
            FacetKey::Theme => Some(Collection::Themes),
            FacetKey::Sector => Some(Collection::Sectors),
            FacetKey::Corridor => Some(Collection::Corridors),
            FacetKey::Country | FacetKey::Party => Some(Collection::Parties),
            FacetKey::Scope | FacetKey::Kind | FacetKey::Status => None,
        }
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
    pub column: Field,
    pub dir: Dir,
}

impl SortKey {
    /// The key as written in the URL: `name`, or `-name` for descending.
    pub fn slug(self) -> String {
        match self.dir {
            Dir::Asc => self.column.slug().to_string(),
            Dir::Desc => format!("-{}", self.column.slug()),
        }
    }

    /// The key a URL item names (`name`, `-name`), if any.
    pub fn from_slug(item: &str) -> Option<SortKey> {
        let (dir, name) = match item.strip_prefix('-') {
            Some(rest) => (Dir::Desc, rest),
            None => (Dir::Asc, item),
        };
        Field::from_slug(name).map(|column| SortKey { column, dir })
    }
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
}

/// Records per page a user may choose.
pub const PAGE_SIZES: [usize; 3] = [25, 50, 100];
/// The default page size.
pub const DEFAULT_PER: usize = 50;
/// Longest search text kept from a URL, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most values one facet may select.
pub const MAX_FACET_VALUES: usize = 100;
/// Most parameters read from one address; the rest are dropped with one notice.
pub const MAX_PARAMS: usize = 64;
/// Most sort keys.
pub const MAX_SORT_KEYS: usize = 3;
/// Most records compared side by side.
pub const MAX_COMPARE: usize = 4;
/// Longest dataset address kept from a URL.
pub const MAX_DATA_URL: usize = 2000;
/// Highest page number accepted.
pub const MAX_PAGE: usize = 1_000_000;
/// How many dropped parameters or values a notice names; the rest are counted.
pub const NAMED_IN_NOTICE: usize = 5;

/// Everything the URL says about the current view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewState {
    /// Search text, as typed.
    pub q: String,
    /// Selected facet values, by facet in [`FacetKey::ALL`] order, each list without repeats.
    pub facets: Vec<(FacetKey, Vec<String>)>,
    /// Whether facets (and charts) count links the dataset marks as inferred (`inferred=include`);
    /// by default they count only links an excerpt states.
    pub inferred: bool,
    /// Year range (inclusive), for records with a stated timeline.
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// Sort keys, most significant first; empty means relevance (when searching) or source order.
    pub sort: Vec<SortKey>,
    /// Cards, table, timeline, charts or map.
    pub mode: Mode,
    /// 1-based page number.
    pub page: usize,
    /// Records per page, one of [`PAGE_SIZES`].
    pub per: usize,
    /// Address of a dataset to load instead of the bundled one.
    pub data: Option<String>,
    /// Record ids to compare side by side.
    pub compare: Vec<String>,
    /// A language named by an old link's `?lang=` (the language is in the path now, `/zh/…`): the
    /// app moves such a link to its language's address. Never written back.
    pub lang: Option<Locale>,
    /// On a source's page, the passage to show: the excerpt a record quotes.
    pub passage: Option<Passage>,
    /// On a source's page, the block (paragraph, list, table…) to show, by position.
    pub block: Option<usize>,
}

/// A passage of a source, named by the record that quotes it and which of its excerpts:
/// `joint-economic-forum` (its first), `joint-economic-forum:2` (its third).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Passage {
    /// The quoting record's id.
    pub record: String,
    /// The index of the excerpt among the record's provenance entries.
    pub excerpt: usize,
}

impl Passage {
    /// The passage as written in the URL.
    pub fn slug(&self) -> String {
        match self.excerpt {
            0 => self.record.clone(),
            n => format!("{}:{n}", self.record),
        }
    }

    /// The passage a URL value names, if it is well formed.
    pub fn from_slug(s: &str) -> Option<Passage> {
        let (record, excerpt) = match s.split_once(':') {
            Some((r, n)) => (r, n.parse::<usize>().ok().filter(|n| *n < 1000)?),
            None => (s, 0),
        };
        check_id(record).ok()?;
        Some(Passage {
            record: record.to_string(),
            excerpt,
        })
    }
}

impl Default for ViewState {
    fn default() -> ViewState {
        ViewState {
            q: String::new(),
            facets: Vec::new(),
            inferred: false,
            from: None,
            to: None,
            sort: Vec::new(),
            mode: Mode::Cards,
            page: 1,
            per: DEFAULT_PER,
            data: None,
            compare: Vec::new(),
            lang: None,
            passage: None,
            block: None,
        }
    }
}

/// Something in the URL that was ignored: the parameter as it appeared (shortened), and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The parameter, or the values of it that were dropped, as they appeared (shortened if long).
    pub param: String,
    /// Why it was ignored.
    pub reason: Reason,
}

/// Why a part of the URL was ignored. The interface words it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Not valid percent-encoded UTF-8.
    BadEncoding,
    /// The key appears more than once; the first one is used.
    Repeated { key: String },
    /// Search text over [`MAX_QUERY_CHARS`].
    QueryTooLong { max: usize },
    /// A year outside [`YEARS`] or not a number.
    BadYear,
    /// Sort items that name no column: the first few, and how many there were.
    NoColumn { names: String, count: usize },
    /// More than [`MAX_SORT_KEYS`] sort keys.
    TooManySortKeys { max: usize },
    /// A display mode that does not exist.
    BadMode,
    /// A language the interface does not have.
    BadLang,
    /// `inferred` is neither `include` nor `exclude`.
    BadInferred,
    /// A passage that is not a record id, optionally followed by `:` and an excerpt number.
    BadPassage,
    /// A block number that is not a whole number.
    BadBlock,
    /// A page number that is not a whole number from 1.
    BadPage,
    /// A page size not in [`PAGE_SIZES`].
    BadPer,
    /// An empty, over-long or malformed dataset address.
    BadData,
    /// More than [`MAX_COMPARE`] records to compare.
    TooManyCompared { max: usize },
    /// Values that are not valid ids: the first few, and how many there were.
    BadIds { ids: String, count: usize },
    /// More than [`MAX_FACET_VALUES`] values for one facet: `dropped` were left out.
    TooManyValues { max: usize, dropped: usize },
    /// More than [`MAX_PARAMS`] parameters: `dropped` were left out.
    TooManyParams { max: usize, dropped: usize },
    /// A key the app does not use.
    UnknownParam,
    /// A facet the view does not offer.
    NoSuchFacet { view: View, facet: FacetKey },
    /// A facet value no record of the view has.
    NoSuchValue { view: View, facet: FacetKey },
    /// A sort column the view's table does not have.
    NoSuchColumn { view: View, column: Field },
    /// A year range on a view whose records state no year.
    NoYears { view: View },
    /// `from` after `to`: the two were swapped.
    ReversedYears,
    /// A display mode the view does not offer.
    NoSuchMode { view: View, mode: Mode },
    /// A record id to compare that names no record.
    NoSuchRecord,
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

    /// How many filters are active: the search, each facet value and the year range count one each.
    pub fn active_filters(&self) -> usize {
        usize::from(!self.q.trim().is_empty())
            + self.facets.iter().map(|(_, v)| v.len()).sum::<usize>()
            + usize::from(self.from.is_some() || self.to.is_some())
    }

    /// The page of `matches` results to show: `(first, end)` indexes into them, the page clamped to
    /// what exists.
    pub fn page_bounds(&self, matches: usize) -> (usize, usize) {
        let per = self.per.max(1);
        let last_page = matches.div_ceil(per).max(1);
        let page = self.page.clamp(1, last_page);
        let first = (page - 1) * per;
        (first, (first + per).min(matches))
    }

    /// What every link carries from page to page: the dataset in use and whether
    /// inferred links count; nothing else of the view.
    pub fn carried(&self) -> ViewState {
        ViewState {
            data: self.data.clone(),
            inferred: self.inferred,
            ..ViewState::default()
        }
    }
}

/// A filter that can be dropped on its own (an active-filter chip, or a way out of an empty result).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Constraint {
    Search,
    Facet(FacetKey),
    Years,
}

/// The states a user's action leads to. Every change of what is filtered (search, facets, years,
/// inferred links, sort, page size) goes back to page 1, decided here once.
impl ViewState {
    /// This state with `change` applied to what is filtered, back on page 1.
    fn refiltered(&self, change: impl FnOnce(&mut ViewState)) -> ViewState {
        let mut next = self.clone();
        change(&mut next);
        next.page = 1;
        next
    }

    /// With the search text `q` (as typed; over-long text is cut at [`MAX_QUERY_CHARS`]).
    pub fn with_query(&self, q: &str) -> ViewState {
        let q: String = q
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_QUERY_CHARS)
            .collect();
        self.refiltered(|s| s.q = q)
    }

    /// Counting inferred links or not.
    pub fn with_inferred(&self, inferred: bool) -> ViewState {
        self.refiltered(|s| s.inferred = inferred)
    }

    /// With `value` added to or removed from `key`'s selection.
    pub fn toggled(&self, key: FacetKey, value: &str) -> ViewState {
        self.refiltered(|next| {
            let mut values = next.selected(key).to_vec();
            if let Some(at) = values.iter().position(|v| v == value) {
                values.remove(at);
            } else if values.len() < MAX_FACET_VALUES {
                values.push(value.to_string());
            }
            next.set_facet(key, values);
        })
    }

    /// With the year range starting at `year` (`None`: open).
    pub fn with_from(&self, year: Option<i32>) -> ViewState {
        let year = year.filter(|y| YEARS.contains(y));
        self.refiltered(|s| s.from = year)
    }

    /// With the year range ending at `year` (`None`: open).
    pub fn with_to(&self, year: Option<i32>) -> ViewState {
        let year = year.filter(|y| YEARS.contains(y));
        self.refiltered(|s| s.to = year)
    }

    /// With exactly `values` selected for `key` (none: the facet is not filtered).
    pub fn with_selected(&self, key: FacetKey, values: Vec<String>) -> ViewState {
        self.refiltered(|s| s.set_facet(key, values))
    }

    /// Without one filter: the search, a facet's whole selection, or the year range.
    pub fn without(&self, constraint: Constraint) -> ViewState {
        self.refiltered(|s| match constraint {
            Constraint::Search => s.q.clear(),
            Constraint::Facet(key) => s.set_facet(key, Vec::new()),
            Constraint::Years => {
                s.from = None;
                s.to = None;
            }
        })
    }

    /// Without any filter (search, facets, years) or comparison, keeping mode, sort and page size.
    pub fn cleared(&self) -> ViewState {
        self.refiltered(|s| {
            s.q.clear();
            s.facets.clear();
            s.from = None;
            s.to = None;
            s.compare.clear();
        })
    }
}

/// The states sorting leads to (a change of order goes back to page 1 too).
impl ViewState {
    /// Sorted by `key` alone, or by relevance / source order with `None` (the cards' sort menu).
    pub fn sorted_only_by(&self, key: Option<SortKey>) -> ViewState {
        self.refiltered(|s| s.sort = key.into_iter().collect())
    }

    /// A click on a column header: by `column` alone, cycling ascending → descending → off.
    pub fn sorted_by(&self, column: Field) -> ViewState {
        let cycled = self.cycled(column);
        self.refiltered(|s| {
            s.sort = cycled
                .map(|dir| vec![SortKey { column, dir }])
                .unwrap_or_default()
        })
    }

    /// A Shift-click on a column header: `column` cycles ascending → descending → off as an extra
    /// key, the other keys kept (at most [`MAX_SORT_KEYS`]; a new key past them drops the last).
    pub fn sorted_also_by(&self, column: Field) -> ViewState {
        let cycled = self.cycled(column);
        self.refiltered(|s| {
            let current = s.sort.iter().position(|k| k.column == column);
            match (current, cycled) {
                (Some(i), Some(dir)) => s.sort[i].dir = dir,
                (Some(i), None) => {
                    s.sort.remove(i);
                }
                (None, Some(dir)) => {
                    if s.sort.len() >= MAX_SORT_KEYS {
                        s.sort.pop();
                    }
                    s.sort.push(SortKey { column, dir });
                }
                (None, None) => {}
            }
        })
    }

    /// The direction `column` goes to on its next click: ascending, descending, then off.
    fn cycled(&self, column: Field) -> Option<Dir> {
        match self.sort.iter().find(|k| k.column == column).map(|k| k.dir) {
            None => Some(Dir::Asc),
            Some(Dir::Asc) => Some(Dir::Desc),
            Some(Dir::Desc) => None,
        }
    }
}

/// The states a change of presentation leads to: what is shown, not what is selected.
impl ViewState {
    /// With `per` records a page (a size not in [`PAGE_SIZES`] leaves the state as it is).
    pub fn with_per(&self, per: usize) -> ViewState {
        if !PAGE_SIZES.contains(&per) {
            return self.clone();
        }
        self.refiltered(|s| s.per = per)
    }

    /// Shown as `mode` (the page stays: cards and table keep their place).
    pub fn with_mode(&self, mode: Mode) -> ViewState {
        ViewState {
            mode,
            ..self.clone()
        }
    }

    /// On page `page` (from 1).
    pub fn on_page(&self, page: usize) -> ViewState {
        ViewState {
            page: page.clamp(1, MAX_PAGE),
            ..self.clone()
        }
    }

    /// With `id` added to or removed from the comparison (at most [`MAX_COMPARE`]).
    pub fn compare_toggled(&self, id: &str) -> ViewState {
        let mut next = self.clone();
        if let Some(at) = next.compare.iter().position(|c| c == id) {
            next.compare.remove(at);
        } else if next.compare.len() < MAX_COMPARE {
            next.compare.push(id.to_string());
        }
        next
    }

    /// Comparing exactly `ids` (the first [`MAX_COMPARE`]).
    pub fn comparing(&self, ids: impl IntoIterator<Item = String>) -> ViewState {
        ViewState {
            compare: ids.into_iter().take(MAX_COMPARE).collect(),
            ..self.clone()
        }
    }

    /// Showing a source at a record's passage (the source reader's "read in context").
    pub fn at_passage(&self, passage: Passage) -> ViewState {
        ViewState {
            passage: Some(passage),
            ..self.clone()
        }
    }

    /// Showing a source at one of its blocks (the home page's passage results).
    pub fn at_block(&self, block: usize) -> ViewState {
        ViewState {
            block: Some(block),
            ..self.clone()
        }
    }

    /// This state without an old link's `?lang=` (the language it named is in the path now).
    pub fn without_language(&self) -> ViewState {
        ViewState {
            lang: None,
            ..self.clone()
        }
    }

    /// With the dataset at `address` (`None`: the bundled one).
    pub fn with_data(&self, address: Option<String>) -> ViewState {
        ViewState {
            data: address,
            ..self.clone()
        }
    }

    /// Replaces a facet's selection (an empty list removes the facet).
    pub(crate) fn set_facet(&mut self, key: FacetKey, values: Vec<String>) {
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

    /// The filters a selection depends on: the state with its presentation (mode, page, page size),
    /// comparison and source position left out. Two states with equal filters select the same
    /// records in the same order.
    pub fn filters(&self) -> ViewState {
        ViewState {
            q: self.q.clone(),
            facets: self.facets.clone(),
            inferred: self.inferred,
            from: self.from,
            to: self.to,
            sort: self.sort.clone(),
            ..ViewState::default()
        }
    }
}

/// The state as an address.
impl ViewState {
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
        if self.inferred {
            w.list("inferred", ["include"]);
        }
        if let Some(y) = self.from {
            w.list("from", [y.to_string().as_str()]);
        }
        if let Some(y) = self.to {
            w.list("to", [y.to_string().as_str()]);
        }
        if !self.sort.is_empty() {
            let keys: Vec<String> = self.sort.iter().map(|k| k.slug()).collect();
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
        if let Some(p) = &self.passage {
            w.list("passage", [p.slug().as_str()]);
        }
        if let Some(b) = self.block {
            w.list("block", [b.to_string().as_str()]);
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
                // Both bytes hex digits: `from_str_radix` alone would take `%+A` as 0x0A.
                let (high, low) = (
                    hex_digit(*bytes.get(i + 1)?)?,
                    hex_digit(*bytes.get(i + 2)?)?,
                );
                out.push(high << 4 | low);
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

/// The value of one hex digit.
fn hex_digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// A parameter as shown in a notice: at most 60 characters, control characters left out.
fn shown(s: &str) -> String {
    let mut out: String = s.chars().take(60).filter(|c| !c.is_control()).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// The first [`NAMED_IN_NOTICE`] of `items` (of `total`), each shortened, joined for a notice; the
/// rest are counted: `a, b, c, d, e, +95`.
fn named<'a>(items: impl Iterator<Item = &'a str>, total: usize) -> String {
    let mut out: Vec<String> = items.take(NAMED_IN_NOTICE).map(shown).collect();
    if total > out.len() {
        out.push(format!("+{}", total - out.len()));
    }
    out.join(", ")
}

/// Reads a query string (with or without the leading `?`) into a state and the notices for what was
/// ignored. Linear in the length of `raw`; never panics.
pub fn parse(raw: &str) -> (ViewState, Vec<Notice>) {
    let raw = raw.strip_prefix('?').unwrap_or(raw);
    let mut p = Parser::default();
    let mut pairs = raw.split('&').filter(|p| !p.is_empty());
    for pair in pairs.by_ref().take(MAX_PARAMS) {
        p.pair(pair);
    }
    let rest: Vec<&str> = pairs.collect();
    if !rest.is_empty() {
        p.notices.push(Notice {
            param: named(rest.iter().copied(), rest.len()),
            reason: Reason::TooManyParams {
                max: MAX_PARAMS,
                dropped: rest.len(),
            },
        });
    }
    (p.state, p.notices)
}

/// The state of one [`parse`].
#[derive(Default)]
struct Parser {
    state: ViewState,
    notices: Vec<Notice>,
    seen: FxHashSet<String>,
}

impl Parser {
    fn pair(&mut self, pair: &str) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(key), Some(value)) = (decode(raw_key), decode(raw_value)) else {
            self.note(pair, Reason::BadEncoding);
            return;
        };
        if !self.seen.insert(key.clone()) {
            let key = shown(&key);
            self.note(pair, Reason::Repeated { key });
            return;
        }
        match key.as_str() {
            "q" => self.q(pair, value),
            "from" | "to" => self.year(pair, &key, &value),
            "sort" => self.sort(pair, &value),
            "mode" => match Mode::ALL.into_iter().find(|m| m.slug() == value) {
                Some(mode) => self.state.mode = mode,
                None => self.note(pair, Reason::BadMode),
            },
            "page" => match value.trim().parse::<usize>() {
                Ok(p) if (1..=MAX_PAGE).contains(&p) => self.state.page = p,
                _ => self.note(pair, Reason::BadPage),
            },
            "per" => match value.trim().parse::<usize>() {
                Ok(n) if PAGE_SIZES.contains(&n) => self.state.per = n,
                _ => self.note(pair, Reason::BadPer),
            },
            "data" => self.data(pair, value),
            "block" => match value.trim().parse::<usize>() {
                Ok(b) if b < MAX_PAGE => self.state.block = Some(b),
                _ => self.note(pair, Reason::BadBlock),
            },
            "passage" => match Passage::from_slug(&value) {
                Some(p) => self.state.passage = Some(p),
                None => self.note(pair, Reason::BadPassage),
            },
            "inferred" => match value.as_str() {
                "include" => self.state.inferred = true,
                "exclude" => self.state.inferred = false,
                _ => self.note(pair, Reason::BadInferred),
            },
            "lang" => match Locale::from_tag(&value) {
                Some(lang) => self.state.lang = Some(lang),
                None => self.note(pair, Reason::BadLang),
            },
            "compare" => {
                self.state.compare = self.ids(pair, &value, MAX_COMPARE, |max, _| {
                    Reason::TooManyCompared { max }
                });
            }
            other => match FacetKey::from_slug(other) {
                Some(facet) => {
                    let values = self.ids(pair, &value, MAX_FACET_VALUES, |max, dropped| {
                        Reason::TooManyValues { max, dropped }
                    });
                    self.state.set_facet(facet, values);
                }
                None => self.note(pair, Reason::UnknownParam),
            },
        }
    }

    fn note(&mut self, param: &str, reason: Reason) {
        self.notices.push(Notice {
            param: shown(param),
            reason,
        });
    }
}

/// Reading each kind of value.
impl Parser {
    fn q(&mut self, pair: &str, value: String) {
        if value.chars().count() > MAX_QUERY_CHARS {
            self.note(
                pair,
                Reason::QueryTooLong {
                    max: MAX_QUERY_CHARS,
                },
            );
        } else {
            self.state.q = value.chars().filter(|c| !c.is_control()).collect();
        }
    }

    fn year(&mut self, pair: &str, key: &str, value: &str) {
        match value.trim().parse::<i32>() {
            Ok(y) if YEARS.contains(&y) => {
                if key == "from" {
                    self.state.from = Some(y);
                } else {
                    self.state.to = Some(y);
                }
            }
            _ => self.note(pair, Reason::BadYear),
        }
    }

    fn sort(&mut self, pair: &str, value: &str) {
        let mut unknown: Vec<&str> = Vec::new();
        let mut too_many = false;
        for item in value.split(',').filter(|s| !s.is_empty()) {
            match SortKey::from_slug(item) {
                Some(key) if self.state.sort.iter().any(|k| k.column == key.column) => {}
                Some(_) if self.state.sort.len() >= MAX_SORT_KEYS => too_many = true,
                Some(key) => self.state.sort.push(key),
                None => unknown.push(item.trim_start_matches('-')),
            }
        }
        if !unknown.is_empty() {
            let (names, count) = (named(unknown.iter().copied(), unknown.len()), unknown.len());
            self.note(pair, Reason::NoColumn { names, count });
        }
        if too_many {
            let max = MAX_SORT_KEYS;
            self.note(pair, Reason::TooManySortKeys { max });
        }
    }

    fn data(&mut self, pair: &str, value: String) {
        if value.is_empty() || value.len() > MAX_DATA_URL || value.chars().any(char::is_control) {
            self.note(pair, Reason::BadData);
        } else {
            self.state.data = Some(value);
        }
    }

    /// The distinct valid ids of a comma-separated list, at most `max`; malformed ones are noted and
    /// left out, and those over the cap are named in one notice. Linear time.
    fn ids(
        &mut self,
        pair: &str,
        value: &str,
        max: usize,
        over: impl Fn(usize, usize) -> Reason,
    ) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        let mut dropped: Vec<&str> = Vec::new();
        let mut bad: Vec<&str> = Vec::new();
        for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            if id.len() > MAX_ID_LEN || check_id(id).is_err() {
                bad.push(id);
            } else if !seen.insert(id) {
                // A repeat: the value is selected already.
            } else if out.len() < max {
                out.push(id.to_string());
            } else {
                dropped.push(id);
            }
        }
        if !bad.is_empty() {
            let (ids, count) = (named(bad.iter().copied(), bad.len()), bad.len());
            self.note(pair, Reason::BadIds { ids, count });
        }
        if !dropped.is_empty() {
            let key = pair.split_once('=').map_or(pair, |(k, _)| k);
            self.notices.push(Notice {
                param: format!(
                    "{}={}",
                    shown(key),
                    named(dropped.iter().copied(), dropped.len())
                ),
                reason: over(max, dropped.len()),
            });
        }
        out
    }
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

    #[test]
    fn inferred_links_are_left_out_unless_the_address_includes_them() {
        assert!(!ViewState::default().inferred);
        let (s, n) = parse("country=uzbekistan&inferred=include");
        assert!(n.is_empty() && s.inferred, "{n:?}");
        assert_eq!(s.to_query(), "country=uzbekistan&inferred=include");
        let (s, n) = parse("inferred=exclude");
        assert!(n.is_empty() && !s.inferred);
        assert_eq!(s.to_query(), "");
        let (s, n) = parse("inferred=yes");
        assert!(!s.inferred);
        assert_eq!(n[0].reason, Reason::BadInferred);
    }

    #[test]
    fn active_filters_counts_search_values_and_the_year_range() {
        let (s, _) = parse("q=x&theme=a,b&kind=c&from=2024&to=2025&mode=table");
        assert_eq!(s.active_filters(), 5);
        assert_eq!(ViewState::default().active_filters(), 0);
    }
}

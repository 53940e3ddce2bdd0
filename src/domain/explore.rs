//! The explorer: for each view (initiatives, sectors, corridors) the facets, search index and sort
//! orders built from the catalog, and [`ViewIndex::select`] — a state in, the ordered matches and
//! every facet's counts out.
//!
//! Facets use the standard semantics: values of one facet are OR-ed, facets are AND-ed, and each
//! value's count is the number of matches it would give with the other facets' selections (and the
//! search and year range) in place. Everything works on bitsets built once, so a facet toggle costs
//! a few passes over `records / 64` words. Search indexes and column orders are built on first use.

use std::cmp::Ordering;
use std::sync::OnceLock;

use super::bitset::BitSet;
use super::catalog::Catalog;
use super::links::Links;
use super::model::*;
use super::query::{Column, Dir, FacetKey, Mode, Notice, SortKey, ViewState};
use super::route::View;
use super::search::{Field, Hits, SearchIndex};
use super::text::{self, query_terms};

/// The URL value of the "not stated" option of scope, status and kind facets.
pub const NOT_STATED: &str = "none";

/// One value a facet offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    /// The URL value: a record id, an enum slug, or [`NOT_STATED`].
    pub value: String,
    /// The display label.
    pub label: String,
    /// How many records of the view have this value, unfiltered.
    pub total: u32,
}

/// A facet of one view.
#[derive(Debug)]
pub struct Facet {
    /// Which facet.
    pub key: FacetKey,
    /// The legend shown above its options.
    pub label: &'static str,
    /// Its values, in vocabulary order ("not stated" last); values no record has are left out.
    pub options: Vec<FacetOption>,
    bits: Vec<BitSet>,
    /// Tokens of each option's label, for matching search terms to related names.
    label_tokens: Vec<Vec<String>>,
}

impl Facet {
    /// The index of the option with this URL value.
    pub fn option_index(&self, value: &str) -> Option<usize> {
        self.options.iter().position(|o| o.value == value)
    }

    /// The records having option `i`.
    pub fn records(&self, i: usize) -> Option<&BitSet> {
        self.bits.get(i)
    }
}

/// A filter that can be dropped to get results back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Constraint {
    Search,
    Facet(FacetKey),
    Years,
}

/// What dropping one active filter would give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Relaxation {
    pub drop: Constraint,
    pub matches: usize,
}

/// The outcome of filtering a view.
#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    /// Records in the view.
    pub total: usize,
    /// The matching records, in display order.
    pub matches: Vec<u32>,
    /// For each facet of the view, for each option, the count it would give.
    pub counts: Vec<Vec<u32>>,
    /// The normalised search terms, for highlighting.
    pub terms: Vec<String>,
    /// When nothing matches: each active filter with what dropping it alone would give, best first.
    pub relaxations: Vec<Relaxation>,
}

/// A table cell or card field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    List(Vec<String>),
    Count(usize),
    /// The source does not state it.
    Missing,
}

impl Cell {
    /// The cell as plain text ("" when missing).
    pub fn text(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::List(items) => items.join(", "),
            Cell::Count(n) => n.to_string(),
            Cell::Missing => String::new(),
        }
    }
}

/// A sort key's value for one record.
#[derive(Clone, Debug, PartialEq, PartialOrd)]
enum Key {
    Num(i64),
    Text(String),
}

/// One column's records in sorted order, built on first use.
#[derive(Debug)]
struct ColumnOrder {
    /// Records with a value, ascending, ties in source order; then records without one.
    order: Vec<u32>,
    /// How many records have a value.
    present: usize,
    /// Each record's rank (equal values share one); `u32::MAX` when it has no value.
    rank: Vec<u32>,
    /// How many distinct ranks there are.
    distinct: u32,
}

/// One view's indexes.
#[derive(Debug)]
pub struct ViewIndex {
    /// Which view.
    pub view: View,
    /// Records in the view.
    pub len: usize,
    /// The facets offered.
    pub facets: Vec<Facet>,
    /// The table's columns.
    pub columns: &'static [Column],
    /// Each record's stated years, `(start, end)`; a launch year alone is `(start, start)`.
    years: Vec<Option<(i32, i32)>>,
    /// The earliest and latest stated year, if any record states one.
    pub year_bounds: Option<(i32, i32)>,
    search: OnceLock<SearchIndex>,
    orders: Vec<OnceLock<ColumnOrder>>,
}

/// The catalog with one [`ViewIndex`] per view.
#[derive(Debug)]
pub struct Explorer {
    pub catalog: Catalog,
    views: [ViewIndex; 3],
}

const INITIATIVE_COLUMNS: &[Column] = &[
    Column::Name,
    Column::Kind,
    Column::Status,
    Column::Scope,
    Column::Themes,
    Column::Sectors,
    Column::Corridors,
    Column::Timeline,
    Column::Related,
];
const SECTOR_COLUMNS: &[Column] = &[
    Column::Name,
    Column::Themes,
    Column::Corridors,
    Column::Initiatives,
];
const CORRIDOR_COLUMNS: &[Column] = &[
    Column::Name,
    Column::Countries,
    Column::Sectors,
    Column::Status,
    Column::Initiatives,
];

/// Options of an enum facet: every value, then "not stated".
fn term_options<T: Term>() -> Vec<(String, String)> {
    T::ALL
        .iter()
        .map(|t| (t.slug().to_string(), t.label().to_string()))
        .chain([(NOT_STATED.to_string(), "Not stated".to_string())])
        .collect()
}

/// The option index of an optional enum value: its position, or the trailing "not stated".
fn term_index<T: Term + PartialEq>(value: Option<T>) -> u32 {
    match value {
        Some(v) => T::ALL.iter().position(|t| *t == v).unwrap_or(0) as u32,
        None => T::ALL.len() as u32,
    }
}

/// Builds a facet from its options and each record's option indexes; drops options no record has.
fn facet(
    key: FacetKey,
    label: &'static str,
    options: Vec<(String, String)>,
    len: usize,
    searchable: bool,
    mut members: impl FnMut(usize, &mut Vec<u32>),
) -> Facet {
    let mut bits: Vec<BitSet> = options.iter().map(|_| BitSet::empty(len)).collect();
    let mut buf = Vec::new();
    for i in 0..len {
        buf.clear();
        members(i, &mut buf);
        for &o in &buf {
            if let Some(b) = bits.get_mut(o as usize) {
                b.insert(i);
            }
        }
    }
    let mut kept_options = Vec::new();
    let mut kept_bits = Vec::new();
    let mut label_tokens = Vec::new();
    for ((value, label), b) in options.into_iter().zip(bits) {
        let total = b.count() as u32;
        if total == 0 {
            continue;
        }
        label_tokens.push(if searchable && value != NOT_STATED {
            text::tokens(&label)
        } else {
            vec![]
        });
        kept_options.push(FacetOption {
            value,
            label,
            total,
        });
        kept_bits.push(b);
    }
    Facet {
        key,
        label,
        options: kept_options,
        bits: kept_bits,
        label_tokens,
    }
}

fn named<T>(
    items: &[T],
    id: impl Fn(&T) -> &Id,
    name: impl Fn(&T) -> &str,
) -> Vec<(String, String)> {
    items
        .iter()
        .map(|r| (id(r).to_string(), name(r).to_string()))
        .collect()
}

/// `links.get(i)` ∪ `more.get(i)`, without repeats.
fn union_into(out: &mut Vec<u32>, a: &[u32], b: &[u32]) {
    out.extend_from_slice(a);
    for x in b {
        if !out.contains(x) {
            out.push(*x);
        }
    }
}

/// For each record, the distinct enum option indexes of its initiatives.
fn derived<T: Term + PartialEq>(
    links: &Links,
    catalog: &Catalog,
    value: impl Fn(&Initiative) -> Option<T>,
) -> impl FnMut(usize, &mut Vec<u32>) {
    move |i, out| {
        for &k in links.get(i) {
            let o = term_index(value(&catalog.initiatives()[k as usize]));
            if !out.contains(&o) {
                out.push(o);
            }
        }
    }
}

impl Explorer {
    /// Builds the facet indexes of all three views (search indexes and sort orders come later, on
    /// first use).
    pub fn new(catalog: Catalog) -> Explorer {
        let views = [
            initiatives_index(&catalog),
            sectors_index(&catalog),
            corridors_index(&catalog),
        ];
        Explorer { catalog, views }
    }

    /// The indexes of one view.
    pub fn view(&self, view: View) -> &ViewIndex {
        &self.views[view as usize]
    }

    /// Search, filter, count and order: everything a view shows for a state.
    pub fn select(&self, view: View, state: &ViewState) -> Selection {
        let index = self.view(view);
        let terms = query_terms(&state.q);
        let hits = index.hits(&self.catalog, &terms);
        index.select(&self.catalog, state, &terms, hits.as_ref())
    }
}

fn initiatives_index(c: &Catalog) -> ViewIndex {
    let n = c.initiatives().len();
    let ini = c.initiatives();
    let facets = vec![
        facet(
            FacetKey::Theme,
            "Theme",
            named(c.themes(), |r| &r.id, |r| &r.name),
            n,
            true,
            |i, o| o.extend_from_slice(c.initiative_themes.get(i)),
        ),
        facet(
            FacetKey::Sector,
            "Sector",
            named(c.sectors(), |r| &r.id, |r| &r.name),
            n,
            true,
            |i, o| o.extend_from_slice(c.initiative_sectors.get(i)),
        ),
        facet(
            FacetKey::Corridor,
            "Corridor",
            named(c.corridors(), |r| &r.id, |r| &r.name),
            n,
            true,
            |i, o| o.extend_from_slice(c.initiative_corridors.get(i)),
        ),
        facet(
            FacetKey::Party,
            "Party",
            named(c.parties(), |r| &r.id, |r| &r.name),
            n,
            true,
            |i, o| o.extend_from_slice(c.initiative_parties.get(i)),
        ),
        facet(
            FacetKey::Scope,
            "Scope",
            term_options::<Scope>(),
            n,
            true,
            |i, o| o.push(term_index(ini[i].scope)),
        ),
        facet(
            FacetKey::Kind,
            "Kind",
            term_options::<Kind>(),
            n,
            true,
            |i, o| o.push(term_index(Some(ini[i].kind))),
        ),
        facet(
            FacetKey::Status,
            "Status",
            term_options::<Status>(),
            n,
            true,
            |i, o| o.push(term_index(ini[i].status)),
        ),
    ];
    let years: Vec<Option<(i32, i32)>> = ini
        .iter()
        .map(|r| {
            let t = r.timeline.as_ref()?;
            let start = t.start?;
            Some((start, t.end.unwrap_or(start)))
        })
        .collect();
    ViewIndex::new(View::Initiatives, n, facets, INITIATIVE_COLUMNS, years)
}

fn sectors_index(c: &Catalog) -> ViewIndex {
    let n = c.sectors().len();
    let listed_by = c.corridor_sectors.invert(n);
    let facets = vec![
        facet(
            FacetKey::Theme,
            "Theme",
            named(c.themes(), |r| &r.id, |r| &r.name),
            n,
            true,
            |i, o| o.extend_from_slice(c.sector_themes.get(i)),
        ),
        facet(
            FacetKey::Corridor,
            "Corridor",
            named(c.corridors(), |r| &r.id, |r| &r.name),
            n,
            true,
            |i, o| union_into(o, c.sector_corridors.get(i), listed_by.get(i)),
        ),
        facet(
            FacetKey::Scope,
            "Scope of its initiatives",
            term_options::<Scope>(),
            n,
            false,
            derived(&c.sector_initiatives, c, |r| r.scope),
        ),
        facet(
            FacetKey::Kind,
            "Kind of its initiatives",
            term_options::<Kind>(),
            n,
            false,
            derived(&c.sector_initiatives, c, |r| Some(r.kind)),
        ),
        facet(
            FacetKey::Status,
            "Status of its initiatives",
            term_options::<Status>(),
            n,
            false,
            derived(&c.sector_initiatives, c, |r| r.status),
        ),
    ];
    ViewIndex::new(View::Sectors, n, facets, SECTOR_COLUMNS, vec![None; n])
}

fn corridors_index(c: &Catalog) -> ViewIndex {
    let n = c.corridors().len();
    let cor = c.corridors();
    let listing = c.sector_corridors.invert(n);
    let countries: Vec<(String, String)> = c
        .parties()
        .iter()
        .map(|p| (p.id.to_string(), p.name.clone()))
        .collect();
    let facets = vec![
        facet(FacetKey::Country, "Country", countries, n, true, |i, o| {
            o.extend_from_slice(c.corridor_countries.get(i))
        }),
        facet(
            FacetKey::Sector,
            "Sector",
            named(c.sectors(), |r| &r.id, |r| &r.name),
            n,
            true,
            |i, o| union_into(o, c.corridor_sectors.get(i), listing.get(i)),
        ),
        facet(
            FacetKey::Theme,
            "Theme",
            named(c.themes(), |r| &r.id, |r| &r.name),
            n,
            true,
            |i, o| o.extend_from_slice(c.corridor_themes.get(i)),
        ),
        facet(
            FacetKey::Scope,
            "Scope",
            term_options::<Scope>(),
            n,
            true,
            |i, o| o.push(term_index(cor[i].scope)),
        ),
        facet(
            FacetKey::Status,
            "Status",
            term_options::<Status>(),
            n,
            true,
            |i, o| o.push(term_index(cor[i].status)),
        ),
    ];
    ViewIndex::new(View::Corridors, n, facets, CORRIDOR_COLUMNS, vec![None; n])
}

impl ViewIndex {
    fn new(
        view: View,
        len: usize,
        mut facets: Vec<Facet>,
        columns: &'static [Column],
        years: Vec<Option<(i32, i32)>>,
    ) -> ViewIndex {
        // Keys are unique, so an unstable sort is exact.
        facets.sort_unstable_by_key(|f| f.key);
        let year_bounds = years
            .iter()
            .flatten()
            .fold(None, |acc: Option<(i32, i32)>, &(s, e)| {
                Some(acc.map_or((s, e), |(lo, hi)| (lo.min(s), hi.max(e))))
            });
        ViewIndex {
            view,
            len,
            facets,
            columns,
            years,
            year_bounds,
            search: OnceLock::new(),
            orders: columns.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// The facet with this key, if the view offers it.
    pub fn facet(&self, key: FacetKey) -> Option<&Facet> {
        self.facets.iter().find(|f| f.key == key)
    }

    /// The display modes the view offers: a timeline where records state years, a map where they
    /// name countries and corridors.
    pub fn modes(&self) -> Vec<Mode> {
        let mut out = vec![Mode::Cards, Mode::Table];
        if self.view == View::Initiatives {
            out.push(Mode::Timeline);
        }
        out.push(Mode::Charts);
        if self.view != View::Sectors {
            out.push(Mode::Map);
        }
        out
    }

    /// For each facet, for each option, how many of `matches` have it (what the charts show).
    pub fn breakdown(&self, matches: &[u32]) -> Vec<Vec<u32>> {
        let set = BitSet::from_indexes(self.len, matches.iter().copied());
        self.facets
            .iter()
            .map(|f| f.bits.iter().map(|b| set.count_and(b) as u32).collect())
            .collect()
    }

    /// Whether the view filters by year.
    pub fn has_years(&self) -> bool {
        self.year_bounds.is_some()
    }

    /// A record's stated years.
    pub fn years(&self, i: usize) -> Option<(i32, i32)> {
        self.years.get(i).copied().flatten()
    }

    /// Drops from `state` what this view cannot use: facets it does not offer, values no record has,
    /// sort columns it does not show, a year range when no record states a year, and compare ids
    /// that are not records of the catalog. Each drop gets a notice.
    pub fn sanitize(&self, catalog: &Catalog, state: &ViewState) -> (ViewState, Vec<Notice>) {
        let mut out = state.clone();
        let mut notices = Vec::new();
        let what = self.view.label().to_lowercase();
        out.facets.clear();
        for (key, values) in &state.facets {
            let Some(facet) = self.facet(*key) else {
                notices.push(Notice {
                    param: format!("{}={}", key.slug(), values.join(",")),
                    message: format!("{what} cannot be filtered by {}", key.slug()),
                });
                continue;
            };
            let mut kept = Vec::new();
            for v in values {
                if facet.option_index(v).is_some() {
                    kept.push(v.clone());
                } else {
                    notices.push(Notice {
                        param: format!("{}={v}", key.slug()),
                        message: format!("no {what} have this {}", facet.label.to_lowercase()),
                    });
                }
            }
            out.set_facet(*key, kept);
        }
        out.sort.retain(|k| {
            let ok = self.columns.contains(&k.column);
            if !ok {
                notices.push(Notice {
                    param: format!("sort={}", k.column.slug()),
                    message: format!(
                        "the {what} table has no {} column",
                        k.column.label().to_lowercase()
                    ),
                });
            }
            ok
        });
        if (state.from.is_some() || state.to.is_some()) && !self.has_years() {
            notices.push(Notice {
                param: "from/to".into(),
                message: format!("no {what} state a year"),
            });
            out.from = None;
            out.to = None;
        }
        if let (Some(a), Some(b)) = (out.from, out.to)
            && a > b
        {
            notices.push(Notice {
                param: format!("from={a}&to={b}"),
                message: "the range was reversed; it now runs from the earlier year".into(),
            });
            out.from = Some(b);
            out.to = Some(a);
        }
        if !self.modes().contains(&state.mode) {
            notices.push(Notice {
                param: format!("mode={}", state.mode.slug()),
                message: format!(
                    "{what} have no {} display",
                    state.mode.label().to_lowercase()
                ),
            });
            out.mode = Mode::Cards;
        }
        out.compare.retain(|id| {
            let ok = catalog.lookup(id).is_some();
            if !ok {
                notices.push(Notice {
                    param: format!("compare={id}"),
                    message: "there is no record with this id".into(),
                });
            }
            ok
        });
        (out, notices)
    }

    /// The search index, built on first use.
    pub fn search_index(&self, catalog: &Catalog) -> &SearchIndex {
        self.search.get_or_init(|| {
            SearchIndex::build(self.len, |i, add| {
                for_each_text(catalog, self.view, i, add);
            })
        })
    }

    /// Runs the search for `terms` (`None` when there are none).
    pub fn hits(&self, catalog: &Catalog, terms: &[String]) -> Option<Hits> {
        if terms.is_empty() {
            return None;
        }
        let index = self.search_index(catalog);
        Some(index.search(terms, |t| self.related_matches(&terms[t])))
    }

    /// The records one of whose facet values has a label word starting with `term`.
    fn related_matches(&self, term: &str) -> Option<BitSet> {
        let mut out: Option<BitSet> = None;
        for f in &self.facets {
            for (o, tokens) in f.label_tokens.iter().enumerate() {
                if tokens.iter().any(|t| t.starts_with(term)) {
                    out.get_or_insert_with(|| BitSet::empty(self.len))
                        .union_with(&f.bits[o]);
                }
            }
        }
        out
    }

    /// The records whose stated years overlap the state's range; `None` when there is no range.
    fn year_matches(&self, state: &ViewState) -> Option<BitSet> {
        if state.from.is_none() && state.to.is_none() {
            return None;
        }
        let lo = state.from.unwrap_or(i32::MIN);
        let hi = state.to.unwrap_or(i32::MAX);
        let mut out = BitSet::empty(self.len);
        for (i, y) in self.years.iter().enumerate() {
            if let Some((s, e)) = y
                && *s <= hi
                && *e >= lo
            {
                out.insert(i);
            }
        }
        Some(out)
    }

    /// Filters, counts and orders. `hits` is the search outcome for `terms` (see [`Self::hits`]).
    pub fn select(
        &self,
        catalog: &Catalog,
        state: &ViewState,
        terms: &[String],
        hits: Option<&Hits>,
    ) -> Selection {
        let n = self.len;
        let years = self.year_matches(state);
        // Search ∩ years: the base every facet count starts from.
        let mut base = match hits {
            Some(h) => h.matches.clone(),
            None => BitSet::full(n),
        };
        if let Some(y) = &years {
            base.intersect_with(y);
        }
        // Each facet's selection as the union of its options' records.
        let masks: Vec<Option<BitSet>> = self
            .facets
            .iter()
            .map(|f| {
                let selected = state.selected(f.key);
                if selected.is_empty() {
                    return None;
                }
                let mut m = BitSet::empty(n);
                for v in selected {
                    if let Some(o) = f.option_index(v) {
                        m.union_with(&f.bits[o]);
                    }
                }
                Some(m)
            })
            .collect();
        // For each facet, the matches of everything but that facet.
        let others: Vec<BitSet> = (0..self.facets.len())
            .map(|skip| {
                let mut s = base.clone();
                for (j, m) in masks.iter().enumerate() {
                    if j != skip
                        && let Some(m) = m
                    {
                        s.intersect_with(m);
                    }
                }
                s
            })
            .collect();
        let counts = self
            .facets
            .iter()
            .zip(&others)
            .map(|(f, other)| f.bits.iter().map(|b| other.count_and(b) as u32).collect())
            .collect();
        let mut all = base.clone();
        for m in masks.iter().flatten() {
            all.intersect_with(m);
        }
        let matches = self.order(catalog, &all, hits, &state.sort);
        let relaxations = if matches.is_empty() {
            self.relaxations(state, hits, &years, &masks, &others)
        } else {
            Vec::new()
        };
        Selection {
            total: n,
            matches,
            counts,
            terms: terms.to_vec(),
            relaxations,
        }
    }

    fn relaxations(
        &self,
        state: &ViewState,
        hits: Option<&Hits>,
        years: &Option<BitSet>,
        masks: &[Option<BitSet>],
        others: &[BitSet],
    ) -> Vec<Relaxation> {
        let n = self.len;
        let with_masks = |mut s: BitSet| {
            for m in masks.iter().flatten() {
                s.intersect_with(m);
            }
            s.count()
        };
        let mut out = Vec::new();
        if hits.is_some() {
            let mut s = BitSet::full(n);
            if let Some(y) = years {
                s.intersect_with(y);
            }
            out.push(Relaxation {
                drop: Constraint::Search,
                matches: with_masks(s),
            });
        }
        if years.is_some() {
            let s = hits.map_or_else(|| BitSet::full(n), |h| h.matches.clone());
            out.push(Relaxation {
                drop: Constraint::Years,
                matches: with_masks(s),
            });
        }
        for ((f, m), other) in self.facets.iter().zip(masks).zip(others) {
            if m.is_some() && !state.selected(f.key).is_empty() {
                out.push(Relaxation {
                    drop: Constraint::Facet(f.key),
                    matches: other.count(),
                });
            }
        }
        // Most results first; ties keep the order above (search, years, facets).
        let mut keyed: Vec<(std::cmp::Reverse<usize>, usize, Relaxation)> = out
            .into_iter()
            .enumerate()
            .map(|(i, r)| (std::cmp::Reverse(r.matches), i, r))
            .collect();
        keyed.sort_unstable_by_key(|(m, i, _)| (*m, *i));
        let out: Vec<Relaxation> = keyed.into_iter().map(|(_, _, r)| r).collect();
        out
    }

    /// Orders the records of `set`: by the sort keys; else by relevance when searching; else in
    /// source order. Ties always fall back to source order, so the order is stable.
    fn order(
        &self,
        catalog: &Catalog,
        set: &BitSet,
        hits: Option<&Hits>,
        sort: &[SortKey],
    ) -> Vec<u32> {
        let keys: Vec<(usize, Dir)> = sort
            .iter()
            .filter_map(|k| {
                self.columns
                    .iter()
                    .position(|c| *c == k.column)
                    .map(|i| (i, k.dir))
            })
            .collect();
        match (keys.as_slice(), hits) {
            ([], None) => set.iter().map(|i| i as u32).collect(),
            ([], Some(h)) => {
                let mut out: Vec<u32> = set.iter().map(|i| i as u32).collect();
                // Score descending, then source order: one u64 key per record.
                let mut keyed: Vec<u64> = out
                    .iter()
                    .map(|&i| ((u32::MAX - h.scores[i as usize]) as u64) << 32 | i as u64)
                    .collect();
                keyed.sort_unstable();
                out.clear();
                out.extend(keyed.iter().map(|k| *k as u32));
                out
            }
            ([(col, dir)], _) => {
                let o = self.column_order(catalog, *col);
                let (present, missing) = o.order.split_at(o.present);
                let keep = |i: &&u32| set.contains(**i as usize);
                match dir {
                    Dir::Asc => present
                        .iter()
                        .filter(keep)
                        .chain(missing.iter().filter(keep))
                        .copied()
                        .collect(),
                    Dir::Desc => {
                        // Descending by value, but ties still in source order.
                        let mut out: Vec<u32> = present.iter().filter(keep).copied().collect();
                        out.sort_unstable_by(|a, b| {
                            o.rank[*b as usize].cmp(&o.rank[*a as usize]).then(a.cmp(b))
                        });
                        out.extend(missing.iter().filter(keep));
                        out
                    }
                }
            }
            (keys, _) => {
                let orders: Vec<(&ColumnOrder, Dir)> = keys
                    .iter()
                    .map(|(c, d)| (self.column_order(catalog, *c), *d))
                    .collect();
                // Each key as a number that sorts ascending: the rank (reversed for descending),
                // and missing values after all present ones either way.
                let slot = |o: &ColumnOrder, dir: Dir, i: u32| -> u64 {
                    match o.rank[i as usize] {
                        u32::MAX => u64::from(o.distinct),
                        r if dir == Dir::Asc => u64::from(r),
                        r => u64::from(o.distinct - 1 - r),
                    }
                };
                let mut out: Vec<u32> = set.iter().map(|i| i as u32).collect();
                if orders.len() == 2 && self.len < (1 << 21) {
                    // Two keys and the index packed into one u64 (21 bits each; every slot is at
                    // most `len`): an unstable sort that is stable by construction.
                    let (a, b) = (&orders[0], &orders[1]);
                    let mut keyed: Vec<u64> = out
                        .iter()
                        .map(|&i| slot(a.0, a.1, i) << 42 | slot(b.0, b.1, i) << 21 | u64::from(i))
                        .collect();
                    keyed.sort_unstable();
                    out.clear();
                    out.extend(keyed.iter().map(|k| (k & ((1 << 21) - 1)) as u32));
                    return out;
                }
                out.sort_unstable_by(|&a, &b| {
                    orders
                        .iter()
                        .map(|(o, dir)| slot(o, *dir, a).cmp(&slot(o, *dir, b)))
                        .find(|ord| *ord != Ordering::Equal)
                        .unwrap_or(Ordering::Equal)
                        .then(a.cmp(&b))
                });
                out
            }
        }
    }

    /// The sorted order of column number `col`, built on first use.
    fn column_order(&self, catalog: &Catalog, col: usize) -> &ColumnOrder {
        self.orders[col].get_or_init(|| {
            let column = self.columns[col];
            let keys: Vec<Option<Key>> = (0..self.len)
                .map(|i| self.sort_key(catalog, i, column))
                .collect();
            let mut order: Vec<u32> = (0..self.len as u32).collect();
            // Present values ascending (ties in source order), then missing ones in source order.
            order.sort_unstable_by(|&a, &b| match (&keys[a as usize], &keys[b as usize]) {
                (Some(x), Some(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal).then(a.cmp(&b)),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => a.cmp(&b),
            });
            let present = keys.iter().filter(|k| k.is_some()).count();
            let mut rank = vec![u32::MAX; self.len];
            let mut r = 0u32;
            for (pos, &i) in order[..present].iter().enumerate() {
                if pos > 0 && keys[order[pos - 1] as usize] != keys[i as usize] {
                    r += 1;
                }
                rank[i as usize] = r;
            }
            let distinct = if present == 0 { 0 } else { r + 1 };
            ColumnOrder {
                order,
                present,
                rank,
                distinct,
            }
        })
    }

    /// A record's sort key for a column: numbers as numbers, text folded like search text.
    fn sort_key(&self, catalog: &Catalog, i: usize, column: Column) -> Option<Key> {
        if column == Column::Timeline
            && let Some((start, _)) = self.years(i)
        {
            return Some(Key::Num(start as i64));
        }
        match self.cell(catalog, i, column) {
            Cell::Missing => None,
            Cell::Count(n) => Some(Key::Num(n as i64)),
            cell => Some(Key::Text(text::tokens(&cell.text()).join(" "))),
        }
    }

    /// The value of a column for record `i`.
    pub fn cell(&self, c: &Catalog, i: usize, column: Column) -> Cell {
        let names = |links: &Links, of: &dyn Fn(usize) -> String| -> Cell {
            let items: Vec<String> = links.get(i).iter().map(|&k| of(k as usize)).collect();
            if items.is_empty() {
                Cell::Missing
            } else {
                Cell::List(items)
            }
        };
        let theme = |k: usize| c.themes()[k].name.clone();
        let sector = |k: usize| c.sectors()[k].name.clone();
        let corridor = |k: usize| c.corridors()[k].name.clone();
        let party = |k: usize| c.parties()[k].name.clone();
        let label =
            |t: Option<&'static str>| t.map_or(Cell::Missing, |l| Cell::Text(l.to_string()));
        match self.view {
            View::Initiatives => {
                let r = &c.initiatives()[i];
                match column {
                    Column::Name => Cell::Text(r.name.clone()),
                    Column::Kind => Cell::Text(r.kind.label().to_string()),
                    Column::Status => label(r.status.map(Term::label)),
                    Column::Scope => label(r.scope.map(Term::label)),
                    Column::Themes => names(&c.initiative_themes, &theme),
                    Column::Sectors => names(&c.initiative_sectors, &sector),
                    Column::Corridors => names(&c.initiative_corridors, &corridor),
                    Column::Countries => names(&c.initiative_parties, &party),
                    Column::Timeline => r
                        .timeline
                        .as_ref()
                        .map_or(Cell::Missing, |t| Cell::Text(t.label.clone())),
                    Column::Related => Cell::Count(c.initiative_related.get(i).len()),
                    Column::Initiatives => Cell::Missing,
                }
            }
            View::Sectors => {
                let r = &c.sectors()[i];
                match column {
                    Column::Name => Cell::Text(r.name.clone()),
                    Column::Themes => names(&c.sector_themes, &theme),
                    Column::Corridors => names(&c.sector_corridors, &corridor),
                    Column::Initiatives => Cell::Count(c.sector_initiatives.get(i).len()),
                    _ => Cell::Missing,
                }
            }
            View::Corridors => {
                let r = &c.corridors()[i];
                match column {
                    Column::Name => Cell::Text(r.name.clone()),
                    Column::Countries => names(&c.corridor_countries, &party),
                    Column::Sectors => names(&c.corridor_sectors, &sector),
                    Column::Themes => names(&c.corridor_themes, &theme),
                    Column::Status => label(r.status.map(Term::label)),
                    Column::Scope => label(r.scope.map(Term::label)),
                    Column::Initiatives => Cell::Count(c.corridor_initiatives.get(i).len()),
                    _ => Cell::Missing,
                }
            }
        }
    }

    /// The id of record `i`.
    pub fn id<'c>(&self, c: &'c Catalog, i: usize) -> &'c str {
        match self.view {
            View::Initiatives => c.initiatives()[i].id.as_str(),
            View::Sectors => c.sectors()[i].id.as_str(),
            View::Corridors => c.corridors()[i].id.as_str(),
        }
    }

    /// The index of the record with this id in this view.
    pub fn index_of(&self, c: &Catalog, id: &str) -> Option<usize> {
        use super::catalog::RecordRef;
        match (self.view, c.lookup(id)?) {
            (View::Initiatives, RecordRef::Initiative(i))
            | (View::Sectors, RecordRef::Sector(i))
            | (View::Corridors, RecordRef::Corridor(i)) => Some(i as usize),
            _ => None,
        }
    }
}

/// Calls `add(field, text)` for each searchable text of record `i` of `view`.
fn for_each_text(c: &Catalog, view: View, i: usize, add: &mut dyn FnMut(Field, &str)) {
    let excerpts = |prov: &[Provenance], add: &mut dyn FnMut(Field, &str)| {
        for p in prov {
            add(Field::Excerpt, &p.excerpt);
        }
    };
    match view {
        View::Initiatives => {
            let r = &c.initiatives()[i];
            add(Field::Name, &r.name);
            add(Field::Summary, &r.summary);
            for o in &r.outcomes {
                add(Field::Summary, o);
            }
            if let Some(t) = &r.timeline {
                add(Field::Summary, &t.label);
            }
            excerpts(&r.provenance, add);
        }
        View::Sectors => {
            let r = &c.sectors()[i];
            add(Field::Name, &r.name);
            add(Field::Summary, &r.summary);
            excerpts(&r.provenance, add);
        }
        View::Corridors => {
            let r = &c.corridors()[i];
            add(Field::Name, &r.name);
            add(Field::Summary, &r.summary);
            for o in &r.outcomes {
                add(Field::Summary, o);
            }
            excerpts(&r.provenance, add);
        }
    }
}

//! The explorer: for each view (initiatives, sectors, corridors) the facets, search index and sort
//! orders built from the catalog, and [`Explorer::select`] — a state in, the ordered matches and
//! every facet's counts out.
//!
//! Everything works on bitsets built once, so a facet toggle costs a few passes over `records / 64`
//! words. Search indexes and column orders are built on first use. The parts live in submodules:
//! [`facets`] (which values, which records), `select` (filtering and counting), `order` (sorting),
//! `sanitize` (checking a URL's state against a view), [`search`] and [`text`] (the search index and
//! how text is split into terms), [`bitset`], [`sorting`] (a stable sort), and [`overview`] (the
//! home page's search over everything).

pub mod bitset;
pub mod facets;
mod order;
pub mod overview;
mod sanitize;
pub mod search;
mod select;
pub mod sorting;
pub mod text;

use std::sync::OnceLock;

pub use facets::{Facet, FacetOption, NOT_STATED, OptionKind};
pub use order::{LABEL_SETS, Labels, SourceLabels, ranked};

use crate::address::query::{Constraint, FacetKey, Mode, ViewState};
use crate::address::route::View;
use crate::data::catalog::{Catalog, RecordRef};
use crate::explore::search::{Hits, SearchIndex, Zone};
use crate::explore::text::query_terms;
use crate::present::fields::{self, Field, Shown};
use crate::present::source::{self, Block, Quote};

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

/// One view's indexes.
#[derive(Debug)]
pub struct ViewIndex {
    /// Which view.
    pub view: View,
    /// Records in the view.
    pub len: usize,
    /// The facets offered, in [`FacetKey`] order.
    pub facets: Vec<Facet>,
    /// The table's columns, and how each shows its value (see [`fields::of`]).
    pub columns: Vec<(Field, Shown)>,
    /// Each record's stated years, `(start, end)`; a launch year alone is `(start, start)`.
    years: Vec<Option<(i32, i32)>>,
    /// The earliest and latest stated year, if any record states one.
    pub year_bounds: Option<(i32, i32)>,
    search: OnceLock<SearchIndex>,
    orders: order::Orders,
    /// How many times [`ViewIndex::select`] has run (so a test can show what recomputes).
    selections: std::sync::atomic::AtomicUsize,
}

/// The catalog with one [`ViewIndex`] per view, and each source's text as blocks and quoted
/// passages (built on first use).
#[derive(Debug)]
pub struct Explorer {
    pub catalog: Catalog,
    views: [ViewIndex; 3],
    sources: Vec<OnceLock<(Vec<Block>, Vec<Quote>)>>,
}

impl Explorer {
    /// Builds the facet indexes of all three views (search indexes and sort orders come later, on
    /// first use).
    pub fn new(catalog: Catalog) -> Explorer {
        let mut views = View::ALL.map(|v| ViewIndex::new(&catalog, v));
        // A linked record's names in every language find the records linked to it (中国 finds
        // the initiatives with China as a party).
        let names = |r: RecordRef| -> Vec<String> {
            let words = catalog.data().translations_at(r).values();
            words.filter_map(|w| w.name.clone()).collect()
        };
        for index in &mut views {
            for f in &mut index.facets {
                f.add_aliases(&names);
            }
        }
        let sources = catalog.sources().iter().map(|_| OnceLock::new()).collect();
        Explorer {
            catalog,
            views,
            sources,
        }
    }

    fn source(&self, i: usize) -> &(Vec<Block>, Vec<Quote>) {
        static NONE: (Vec<Block>, Vec<Quote>) = (Vec::new(), Vec::new());
        let Some(slot) = self.sources.get(i) else {
            return &NONE;
        };
        slot.get_or_init(|| {
            let text = self.catalog.sources()[i].text.as_deref().unwrap_or("");
            (source::blocks(text), source::quotes(&self.catalog, i))
        })
    }

    /// Source `i`'s text as blocks (empty when the dataset does not include the text).
    pub fn source_blocks(&self, i: usize) -> &[Block] {
        &self.source(i).0
    }

    /// The passages of source `i` that records quote, in text order.
    pub fn source_quotes(&self, i: usize) -> &[Quote] {
        &self.source(i).1
    }

    /// The indexes of one view.
    pub fn view(&self, view: View) -> &ViewIndex {
        &self.views[view as usize]
    }

    /// Search, filter, count and order in the dataset's own words: everything a view shows for a
    /// state.
    pub fn select(&self, view: View, state: &ViewState) -> Selection {
        let index = self.view(view);
        let terms = query_terms(&state.q);
        let hits = index.hits(&self.catalog, &terms);
        index.select(&self.catalog, state, &terms, hits.as_ref(), &SourceLabels)
    }
}

impl ViewIndex {
    fn new(c: &Catalog, view: View) -> ViewIndex {
        let len = c.data().len_of(view.collection());
        let years = match view {
            View::Initiatives => c
                .initiatives()
                .iter()
                .map(|r| {
                    let t = r.timeline.as_ref()?;
                    let start = t.start?;
                    Some((start, t.end.unwrap_or(start)))
                })
                .collect(),
            View::Sectors | View::Corridors => vec![None; len],
        };
        let columns: Vec<(Field, Shown)> = fields::table(view).collect();
        let year_bounds = years
            .iter()
            .flatten()
            .fold(None, |acc: Option<(i32, i32)>, &(s, e)| {
                Some(acc.map_or((s, e), |(lo, hi)| (lo.min(s), hi.max(e))))
            });
        ViewIndex {
            view,
            len,
            facets: facets::facets(c, view),
            orders: order::Orders::new(columns.len()),
            columns,
            years,
            year_bounds,
            search: OnceLock::new(),
            selections: Default::default(),
        }
    }

    /// How many selections this view has computed so far.
    pub fn selections_made(&self) -> usize {
        self.selections.load(std::sync::atomic::Ordering::Relaxed)
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

    /// For each facet, for each option, how many of `matches` have it (what the charts show), by
    /// stated links only or counting inferred ones too.
    pub fn breakdown(&self, matches: &[u32], inferred: bool) -> Vec<Vec<u32>> {
        let set = crate::explore::bitset::BitSet::from_indexes(self.len, matches.iter().copied());
        self.facets
            .iter()
            .map(|f| {
                f.option_records(inferred)
                    .iter()
                    .map(|b| set.count_and(b) as u32)
                    .collect()
            })
            .collect()
    }

    /// Whether including inferred links changes some facet of this view.
    pub fn has_inferred(&self) -> bool {
        self.facets.iter().any(Facet::has_inferred)
    }

    /// Whether the view filters by year.
    pub fn has_years(&self) -> bool {
        self.year_bounds.is_some()
    }

    /// A record's stated years.
    pub fn years(&self, i: usize) -> Option<(i32, i32)> {
        self.years.get(i).copied().flatten()
    }

    /// The id of record `i` (`""` if it does not exist).
    pub fn id<'c>(&self, c: &'c Catalog, i: usize) -> &'c str {
        c.id_of(crate::data::record::RecordRef::new(
            self.view.collection(),
            i,
        ))
    }

    /// The index of the record with this id in this view.
    pub fn index_of(&self, c: &Catalog, id: &str) -> Option<usize> {
        c.index_in(self.view.collection(), id)
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
        Some(index.search(terms, |t| {
            facets::related_matches(&self.facets, self.len, &terms[t])
        }))
    }
}

/// Calls `add(field, text)` for each searchable text of record `i` of `view`: its own words, their
/// translations (so that search finds a record in any language, whatever the interface's) and its
/// excerpts.
fn for_each_text(c: &Catalog, view: View, i: usize, add: &mut dyn FnMut(Zone, &str)) {
    let r = RecordRef::new(view.collection(), i);
    let data = c.data();
    let (timeline, outcomes): (Option<&str>, &[String]) = match view {
        View::Initiatives => {
            let r = &c.initiatives()[i];
            (r.timeline.as_ref().map(|t| t.label.as_str()), &r.outcomes)
        }
        View::Sectors => (None, &[]),
        View::Corridors => (None, &c.corridors()[i].outcomes),
    };
    add(Zone::Name, c.name_of(r));
    add(Zone::Summary, data.summary_at(r).unwrap_or(""));
    for o in outcomes {
        add(Zone::Summary, o);
    }
    if let Some(label) = timeline {
        add(Zone::Summary, label);
    }
    for words in data.translations_at(r).values() {
        let texts = [&words.name, &words.summary, &words.timeline];
        for (zone, text) in [Zone::Name, Zone::Summary, Zone::Summary]
            .into_iter()
            .zip(texts)
        {
            if let Some(text) = text {
                add(zone, text);
            }
        }
        for o in &words.outcomes {
            add(Zone::Summary, o);
        }
    }
    for p in data.provenance_at(r) {
        add(Zone::Excerpt, &p.excerpt);
    }
}

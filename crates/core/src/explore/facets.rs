//! The facets of each view: which values a view can be filtered by, and which records have each value,
//! as bitsets built once per dataset. Facets read the catalog's relations, so a facet option and the
//! cards it selects always agree.

use crate::address::query::FacetKey;
use crate::address::route::View;
use crate::data::adjacency::Adjacency;
use crate::data::catalog::{Catalog, Collection, RecordRef};
use crate::data::model::*;
use crate::explore::bitset::BitSet;
use crate::explore::text;

/// The URL value of the "not stated" option of scope, status and kind facets.
pub const NOT_STATED: &str = "none";

/// What a facet option stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionKind {
    /// A record of the dataset (a theme, sector, corridor or party), by index in its collection.
    Record(u32),
    /// A value of the schema's vocabulary (a kind, status or scope).
    Term,
    /// "Not stated": records without a value.
    NotStated,
}

/// One value a facet offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetOption {
    /// The URL value: a record id, an enum slug, or [`NOT_STATED`].
    pub value: String,
    /// The name in the dataset's language (a record's name, or a term's English label).
    pub name: String,
    /// What the option stands for.
    pub kind: OptionKind,
    /// How many records of the view have this value, unfiltered.
    pub total: u32,
}

/// A facet of one view.
#[derive(Debug)]
pub struct Facet {
    /// Which facet.
    pub key: FacetKey,
    /// Whether the values are those of the records' initiatives (a sector's "scope" is the scope of
    /// the initiatives in it), not of the records themselves.
    pub derived: bool,
    /// Its values, in vocabulary order ("not stated" last); values no record has are left out.
    pub options: Vec<FacetOption>,
    /// The records having each option, counting inferred links too.
    pub(super) bits: Vec<BitSet>,
    /// The records having each option by a stated link; `None` when no link of the facet is inferred
    /// (then the same as `bits`).
    pub(super) stated: Option<Vec<BitSet>>,
    /// Tokens of each option's name, for matching search terms to related names.
    pub(super) name_tokens: Vec<Vec<String>>,
}

impl Facet {
    /// Adds the tokens of other names of the options' records: their translations.
    pub(super) fn add_aliases(&mut self, aliases: &dyn Fn(RecordRef) -> Vec<String>) {
        let collection = match self.key {
            FacetKey::Theme => Collection::Themes,
            FacetKey::Sector => Collection::Sectors,
            FacetKey::Corridor => Collection::Corridors,
            FacetKey::Country | FacetKey::Party => Collection::Parties,
            _ => return,
        };
        for (o, opt) in self.options.iter().enumerate() {
            if let OptionKind::Record(i) = opt.kind
                && let Some(tokens) = self.name_tokens.get_mut(o)
            {
                for alias in aliases(RecordRef::new(collection, i as usize)) {
                    tokens.extend(text::tokens(&alias));
                }
            }
        }
    }

    /// The index of the option with this URL value.
    pub fn option_index(&self, value: &str) -> Option<usize> {
        self.options.iter().position(|o| o.value == value)
    }

    /// The records having each option: by stated links only, or counting inferred links too.
    pub fn option_records(&self, inferred: bool) -> &[BitSet] {
        match &self.stated {
            Some(stated) if !inferred => stated,
            _ => &self.bits,
        }
    }

    /// Whether some record has an option only by an inferred link (so including inferred links
    /// changes this facet).
    pub fn has_inferred(&self) -> bool {
        self.stated.is_some()
    }
}

/// A facet's options before counting: `(value, name, kind)`.
type Options = Vec<(String, String, OptionKind)>;

/// Options of an enum facet: every value, then "not stated".
fn term_options<T: Term>() -> Options {
    T::ALL
        .iter()
        .map(|t| {
            (
                t.slug().to_string(),
                t.label().to_string(),
                OptionKind::Term,
            )
        })
        .chain([(
            NOT_STATED.to_string(),
            "Not stated".to_string(),
            OptionKind::NotStated,
        )])
        .collect()
}

/// The option index of an optional enum value: its position, or the trailing "not stated".
fn term_index<T: Term + PartialEq>(value: Option<T>) -> u32 {
    match value {
        Some(v) => T::ALL.iter().position(|t| *t == v).unwrap_or(0) as u32,
        None => T::ALL.len() as u32,
    }
}

/// Options naming the records of a collection.
fn record_options<T>(items: &[T], id: impl Fn(&T) -> &Id, name: impl Fn(&T) -> &str) -> Options {
    items
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let kind = OptionKind::Record(i as u32);
            (id(r).to_string(), name(r).to_string(), kind)
        })
        .collect()
}

/// Adds the option indexes record `i` has to the first list, and those it has by a stated link to
/// the second.
type Members<'a> = Box<dyn FnMut(usize, &mut Vec<u32>, &mut Vec<u32>) + 'a>;

/// What one facet is made of before its bitsets are built.
struct Spec<'a> {
    key: FacetKey,
    derived: bool,
    options: Options,
    /// Whether search terms may match the option names.
    searchable: bool,
    members: Members<'a>,
}

impl<'a> Spec<'a> {
    /// A facet whose values are never inferred.
    fn new(
        key: FacetKey,
        options: Options,
        mut members: impl FnMut(usize, &mut Vec<u32>) + 'a,
    ) -> Spec<'a> {
        Spec::with_inferred(key, options, move |i, all, stated| {
            members(i, all);
            stated.extend_from_slice(all);
        })
    }

    fn with_inferred(
        key: FacetKey,
        options: Options,
        members: impl FnMut(usize, &mut Vec<u32>, &mut Vec<u32>) + 'a,
    ) -> Spec<'a> {
        Spec {
            key,
            derived: false,
            options,
            searchable: true,
            members: Box::new(members),
        }
    }

    /// Options taken from the view's links to a collection.
    fn linked(
        key: FacetKey,
        options: Options,
        c: &'a Catalog,
        (from, to): (Collection, Collection),
        links: &'a Adjacency,
    ) -> Spec<'a> {
        Spec::with_inferred(key, options, move |i, all, stated| {
            for &k in links.get(i) {
                all.push(k);
                let link = (RecordRef::new(from, i), RecordRef::new(to, k as usize));
                if c.link_reason(link.0, link.1).is_none() {
                    stated.push(k);
                }
            }
        })
    }

    /// The scope facet of initiatives or corridors: an inferred scope counts as "not stated" when
    /// inferred links are left out.
    fn scope(
        c: &'a Catalog,
        collection: Collection,
        scope: impl Fn(usize) -> Option<Scope> + 'a,
    ) -> Spec<'a> {
        Spec::with_inferred(
            FacetKey::Scope,
            term_options::<Scope>(),
            move |i, all, stated| {
                let value = scope(i);
                all.push(term_index(value));
                let inferred = c.scope_reason(RecordRef::new(collection, i)).is_some();
                stated.push(term_index(if inferred { None } else { value }));
            },
        )
    }

    /// Options that are the distinct values of the records' initiatives.
    fn derived<T: Term + PartialEq>(
        key: FacetKey,
        c: &'a Catalog,
        links: &'a Adjacency,
        value: impl Fn(&Initiative) -> Option<T> + 'a,
    ) -> Spec<'a> {
        // Stated: the initiatives that state the link to the sector, with their values if stated.
        let members = move |i: usize, all: &mut Vec<u32>, stated: &mut Vec<u32>| {
            let sector = RecordRef::new(Collection::Sectors, i);
            for &k in links.get(i) {
                let r = &c.initiatives()[k as usize];
                let o = term_index(value(r));
                if !all.contains(&o) {
                    all.push(o);
                }
                let initiative = RecordRef::new(Collection::Initiatives, k as usize);
                if c.link_reason(initiative, sector).is_some() {
                    continue;
                }
                let scope_inferred = key == FacetKey::Scope && c.scope_reason(initiative).is_some();
                let o = if scope_inferred {
                    term_index::<T>(None)
                } else {
                    o
                };
                if !stated.contains(&o) {
                    stated.push(o);
                }
            }
        };
        Spec {
            derived: true,
            searchable: false,
            ..Spec::with_inferred(key, term_options::<T>(), members)
        }
    }
}

/// Building a facet: the bitsets of all links and of the stated ones.
impl Spec<'_> {
    /// Builds the bitsets; drops options no record has.
    fn build(mut self, len: usize) -> Facet {
        let empty = || -> Vec<BitSet> { self.options.iter().map(|_| BitSet::empty(len)).collect() };
        let (mut bits, mut stated) = (empty(), empty());
        let (mut all_buf, mut stated_buf) = (Vec::new(), Vec::new());
        let mut any_inferred = false;
        for i in 0..len {
            all_buf.clear();
            stated_buf.clear();
            (self.members)(i, &mut all_buf, &mut stated_buf);
            any_inferred |= all_buf != stated_buf;
            for (list, sets) in [(&all_buf, &mut bits), (&stated_buf, &mut stated)] {
                for &o in list {
                    if let Some(b) = sets.get_mut(o as usize) {
                        b.insert(i);
                    }
                }
            }
        }
        let mut facet = Facet {
            key: self.key,
            derived: self.derived,
            options: Vec::new(),
            bits: Vec::new(),
            stated: any_inferred.then(Vec::new),
            name_tokens: Vec::new(),
        };
        for (((value, name, kind), b), st) in self.options.into_iter().zip(bits).zip(stated) {
            let total = b.count() as u32;
            if total == 0 && st.count() == 0 {
                continue;
            }
            if let Some(list) = &mut facet.stated {
                list.push(st);
            }
            facet
                .name_tokens
                .push(if self.searchable && kind != OptionKind::NotStated {
                    text::tokens(&name)
                } else {
                    vec![]
                });
            facet.options.push(FacetOption {
                value,
                name,
                kind,
                total,
            });
            facet.bits.push(b);
        }
        facet
    }
}

fn themes(c: &Catalog) -> Options {
    record_options(c.themes(), |r| &r.id, |r| &r.name)
}

fn sectors(c: &Catalog) -> Options {
    record_options(c.sectors(), |r| &r.id, |r| &r.name)
}

fn corridors(c: &Catalog) -> Options {
    record_options(c.corridors(), |r| &r.id, |r| &r.name)
}

fn parties(c: &Catalog) -> Options {
    record_options(c.parties(), |r| &r.id, |r| &r.name)
}

/// The facets of a view, sorted by key.
pub(super) fn facets(c: &Catalog, view: View) -> Vec<Facet> {
    use Collection as C;
    let specs = match view {
        View::Initiatives => {
            let ini = c.initiatives();
            let from = |to| (Collection::Initiatives, to);
            vec![
                Spec::linked(
                    FacetKey::Theme,
                    themes(c),
                    c,
                    from(C::Themes),
                    &c.initiative_themes,
                ),
                Spec::linked(
                    FacetKey::Sector,
                    sectors(c),
                    c,
                    from(C::Sectors),
                    &c.initiative_sectors,
                ),
                Spec::linked(
                    FacetKey::Corridor,
                    corridors(c),
                    c,
                    from(C::Corridors),
                    &c.initiative_corridors,
                ),
                Spec::linked(
                    FacetKey::Party,
                    parties(c),
                    c,
                    from(C::Parties),
                    &c.initiative_parties,
                ),
                Spec::scope(c, C::Initiatives, |i| ini[i].scope),
                Spec::new(FacetKey::Kind, term_options::<Kind>(), |i, o| {
                    o.push(term_index(Some(ini[i].kind)))
                }),
                Spec::new(FacetKey::Status, term_options::<Status>(), |i, o| {
                    o.push(term_index(ini[i].status))
                }),
            ]
        }
        View::Sectors => {
            let links = &c.sector_initiatives;
            let from = |to| (Collection::Sectors, to);
            vec![
                Spec::linked(
                    FacetKey::Theme,
                    themes(c),
                    c,
                    from(C::Themes),
                    &c.sector_themes,
                ),
                Spec::linked(
                    FacetKey::Corridor,
                    corridors(c),
                    c,
                    from(C::Corridors),
                    &c.sector_corridors,
                ),
                Spec::derived(FacetKey::Scope, c, links, |r| r.scope),
                Spec::derived(FacetKey::Kind, c, links, |r| Some(r.kind)),
                Spec::derived(FacetKey::Status, c, links, |r| r.status),
            ]
        }
        View::Corridors => {
            let cor = c.corridors();
            let from = |to| (Collection::Corridors, to);
            vec![
                Spec::linked(
                    FacetKey::Country,
                    parties(c),
                    c,
                    from(C::Parties),
                    &c.corridor_countries,
                ),
                Spec::linked(
                    FacetKey::Sector,
                    sectors(c),
                    c,
                    from(C::Sectors),
                    &c.corridor_sectors,
                ),
                Spec::linked(
                    FacetKey::Theme,
                    themes(c),
                    c,
                    from(C::Themes),
                    &c.corridor_themes,
                ),
                Spec::scope(c, C::Corridors, |i| cor[i].scope),
                Spec::new(FacetKey::Status, term_options::<Status>(), |i, o| {
                    o.push(term_index(cor[i].status))
                }),
            ]
        }
    };
    let len = c.data().len_of(view.collection());
    let mut out: Vec<Facet> = specs.into_iter().map(|s| s.build(len)).collect();
    // Keys are unique, so an unstable sort is exact.
    crate::explore::sorting::stable(&mut out, &|a, b| a.key.cmp(&b.key));
    out
}

/// The records one of whose facet values has a name word starting with `term`.
pub(super) fn related_matches(facets: &[Facet], len: usize, term: &str) -> Option<BitSet> {
    let mut out: Option<BitSet> = None;
    for f in facets {
        for (o, tokens) in f.name_tokens.iter().enumerate() {
            if tokens.iter().any(|t| t.starts_with(term)) {
                out.get_or_insert_with(|| BitSet::empty(len))
                    .union_with(&f.bits[o]);
            }
        }
    }
    out
}

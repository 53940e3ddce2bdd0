//! The validated, indexed, immutable dataset every view reads: records plus their references
//! resolved to indexes (both directions), so nothing is looked up by string after loading.
//!
//! Relations a dataset may state from either side are merged here once, so that every view reads
//! the same answer: a sector and a corridor are linked when either lists the other.

pub use crate::data::load::{
    LoadError, MAX_DATASET_BYTES, MAX_ID_LEN, MAX_NAME_CHARS, MAX_PROBLEMS, MAX_TEXT_CHARS,
    Problem, YEARS, check_id, parse,
};
pub use crate::data::record::{Collection, RecordRef};

use rustc_hash::FxHashMap;

pub use crate::data::adjacency::Adjacency;
use crate::data::load::{IdIndex, parse_lenient, validate_with};
use crate::data::model::*;

/// Reads and validates a dataset file into a [`Catalog`].
///
/// Every problem is reported at once: unknown top-level keys together with the records' own problems.
pub fn load(bytes: &[u8]) -> Result<Catalog, LoadError> {
    let (data, pending) = parse_lenient(bytes)?;
    Catalog::build(data, pending).map_err(|e| crate::data::load::locate(bytes, e))
}

/// A validated dataset with its indexes. Immutable once built.
#[derive(Debug)]
pub struct Catalog {
    data: Dataset,
    /// Lookups by id.
    by_id: IdLookup,
    /// Initiative → themes, sectors, corridors, parties.
    pub initiative_themes: Adjacency,
    pub initiative_sectors: Adjacency,
    pub initiative_corridors: Adjacency,
    pub initiative_parties: Adjacency,
    /// Initiative → related initiatives, in either direction.
    pub initiative_related: Adjacency,
    /// Sector → themes; the corridors listing it or listed by it; the initiatives naming it.
    pub sector_themes: Adjacency,
    pub sector_corridors: Adjacency,
    pub sector_initiatives: Adjacency,
    /// Corridor → countries (parties), themes; the sectors it lists or that list it; the initiatives
    /// naming it.
    pub corridor_countries: Adjacency,
    pub corridor_themes: Adjacency,
    pub corridor_sectors: Adjacency,
    pub corridor_initiatives: Adjacency,
}

impl Catalog {
    /// Validates a parsed dataset and builds its indexes.
    pub fn new(data: Dataset) -> Result<Catalog, LoadError> {
        Catalog::build(data, Vec::new())
    }

    fn build(data: Dataset, pending: Vec<Problem>) -> Result<Catalog, LoadError> {
        let (ids, r) = validate_with(&data, pending)?;
        let by_id = IdLookup::new(ids);
        let (sectors, corridors) = (data.sectors.len(), data.corridors.len());
        // Stated order first, then what the other side adds.
        let sector_corridors = r
            .sector_corridors
            .union(&r.corridor_sectors.invert(sectors), corridors);
        let corridor_sectors = r
            .corridor_sectors
            .union(&r.sector_corridors.invert(corridors), sectors);
        Ok(Catalog {
            by_id,
            sector_initiatives: r.initiative_sectors.invert(sectors),
            corridor_initiatives: r.initiative_corridors.invert(corridors),
            initiative_related: r.initiative_related.symmetric(),
            initiative_themes: r.initiative_themes,
            initiative_sectors: r.initiative_sectors,
            initiative_corridors: r.initiative_corridors,
            initiative_parties: r.initiative_parties,
            sector_themes: r.sector_themes,
            sector_corridors,
            corridor_countries: r.corridor_countries,
            corridor_themes: r.corridor_themes,
            corridor_sectors,
            data,
        })
    }

    /// The dataset as loaded.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// The id of a record (`""` if it does not exist).
    pub fn id_of(&self, r: RecordRef) -> &str {
        self.data.id_at(r).map_or("", Id::as_str)
    }

    /// The display name of a record (`""` if it does not exist).
    pub fn name_of(&self, r: RecordRef) -> &str {
        self.data.name_at(r).unwrap_or("")
    }

    /// The display name of the record an id names, or the id itself when there is none.
    pub fn name_of_id<'a>(&'a self, id: &'a str) -> &'a str {
        self.lookup(id).map_or(id, |r| self.name_of(r))
    }

    /// The record an id names, if any.
    pub fn lookup(&self, id: &str) -> Option<RecordRef> {
        self.by_id.candidates(id).find(|&r| self.id_of(r) == id)
    }

    /// The index of the record of `collection` with this id.
    pub fn index_in(&self, collection: Collection, id: &str) -> Option<usize> {
        self.lookup(id)
            .filter(|r| r.collection == collection)
            .map(RecordRef::index)
    }

    /// Initiatives, in file order.
    pub fn initiatives(&self) -> &[Initiative] {
        &self.data.initiatives
    }

    /// Sectors, in file order.
    pub fn sectors(&self) -> &[Sector] {
        &self.data.sectors
    }

    /// Corridors, in file order.
    pub fn corridors(&self) -> &[Corridor] {
        &self.data.corridors
    }

    /// Themes, in file order.
    pub fn themes(&self) -> &[Theme] {
        &self.data.themes
    }

    /// Parties, in file order.
    pub fn parties(&self) -> &[Party] {
        &self.data.parties
    }

    /// Sources, in file order.
    pub fn sources(&self) -> &[Source] {
        &self.data.sources
    }

    /// The index of the initiative with this id.
    pub fn initiative_index(&self, id: &str) -> Option<usize> {
        self.index_in(Collection::Initiatives, id)
    }

    /// The initiative with this id.
    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        self.initiative_index(id).map(|i| &self.data.initiatives[i])
    }

    /// The sector with this id.
    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.index_in(Collection::Sectors, id)
            .and_then(|i| self.data.sectors.get(i))
    }

    /// The corridor with this id.
    pub fn corridor(&self, id: &str) -> Option<&Corridor> {
        self.index_in(Collection::Corridors, id)
            .and_then(|i| self.data.corridors.get(i))
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.index_in(Collection::Themes, id)
            .and_then(|i| self.data.themes.get(i))
    }

    /// The party with this id.
    pub fn party(&self, id: &str) -> Option<&Party> {
        self.index_in(Collection::Parties, id)
            .and_then(|i| self.data.parties.get(i))
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index_in(Collection::Sources, id)
            .and_then(|i| self.data.sources.get(i))
    }
}

/// Questions about records that look across a collection.
impl Catalog {
    /// The records of `collection` that quote source `source` (by index), in file order.
    pub fn citing(&self, source: usize, collection: Collection) -> Vec<RecordRef> {
        let Some(id) = self.data.sources.get(source).map(|s| &s.id) else {
            return Vec::new();
        };
        (0..self.data.len_of(collection))
            .map(|i| RecordRef::new(collection, i))
            .filter(|&r| self.data.provenance_at(r).iter().any(|p| p.source == *id))
            .collect()
    }
}

/// Stated and inferred links.
impl Catalog {
    /// The record's links, if it is a record that links to others.
    fn links_of(&self, r: RecordRef) -> Option<&dyn Links> {
        let i = r.index();
        match r.collection {
            Collection::Initiatives => self.data.initiatives.get(i).map(|x| x as &dyn Links),
            Collection::Sectors => self.data.sectors.get(i).map(|x| x as &dyn Links),
            Collection::Corridors => self.data.corridors.get(i).map(|x| x as &dyn Links),
            Collection::Parties => self.data.parties.get(i).map(|x| x as &dyn Links),
            Collection::Themes | Collection::Sources => None,
        }
    }

    /// The record's inferred links, as the file lists them (empty for records that link to nothing).
    pub fn inferred_of(&self, r: RecordRef) -> &[Inferred] {
        self.links_of(r).map_or(&[], |l| l.inferred())
    }

    /// Why `from` is linked to `to` although no excerpt states it; `None` when the link is stated (or
    /// not made). A sector and a corridor are linked when either lists the other: the link is
    /// inferred only when no side that lists it states it.
    pub fn link_reason(&self, from: RecordRef, to: RecordRef) -> Option<&str> {
        use Collection as C;
        let field = match (from.collection, to.collection) {
            (C::Sectors, C::Corridors) | (C::Corridors, C::Sectors) => {
                return self.shared_link_reason(from, to);
            }
            (C::Corridors, C::Parties) => LinkField::Countries,
            (C::Parties, C::Parties) => LinkField::Country,
            (C::Initiatives, C::Parties) => LinkField::Parties,
            (_, C::Themes) => LinkField::Themes,
            (_, C::Sectors) => LinkField::Sectors,
            (_, C::Corridors) => LinkField::Corridors,
            _ => return None,
        };
        let links = self.links_of(from)?;
        if links.inferred().is_empty() {
            return None;
        }
        links.inferred_reason(field, self.id_of(to))
    }

    /// The sector–corridor relation, which either side may state.
    fn shared_link_reason(&self, a: RecordRef, b: RecordRef) -> Option<&str> {
        if self.inferred_of(a).is_empty() && self.inferred_of(b).is_empty() {
            return None;
        }
        let side = |from: RecordRef, to: RecordRef, field: LinkField| {
            let links = self.links_of(from)?;
            let id = self.id_of(to);
            let listed = links.link_values(field)?.contains(&id);
            // `Some(None)`: listed and stated; `Some(Some(reason))`: listed and inferred.
            listed.then(|| links.inferred_reason(field, id))
        };
        let (a_side, b_side) = (
            side(a, b, field_towards(b.collection)),
            side(b, a, field_towards(a.collection)),
        );
        match (a_side, b_side) {
            (Some(None), _) | (_, Some(None)) => None,
            (Some(Some(reason)), _) | (None, Some(Some(reason))) => Some(reason),
            (None, None) => None,
        }
    }

    /// Why the record's scope is inferred; `None` when it is stated or absent.
    pub fn scope_reason(&self, r: RecordRef) -> Option<&str> {
        let links = self.links_of(r)?;
        if links.inferred().is_empty() {
            return None;
        }
        let scope = links.link_values(LinkField::Scope)?;
        links.inferred_reason(LinkField::Scope, scope.first()?)
    }
}

/// The field of a sector or corridor that lists records of `collection`.
fn field_towards(collection: Collection) -> LinkField {
    if collection == Collection::Sectors {
        LinkField::Sectors
    } else {
        LinkField::Corridors
    }
}

/// Id → record, keyed by a 64-bit hash of the id so the table holds no strings; the rare ids that
/// share a hash go to a short list. [`Catalog::lookup`] confirms the id of every candidate.
#[derive(Debug, Default)]
struct IdLookup {
    by_hash: FxHashMap<u64, RecordRef>,
    collisions: Vec<(u64, RecordRef)>,
}

impl IdLookup {
    fn new(ids: IdIndex<'_>) -> IdLookup {
        let mut out = IdLookup::default();
        out.by_hash.reserve(ids.len());
        for (id, r) in ids {
            match out.by_hash.entry(hash(id)) {
                std::collections::hash_map::Entry::Occupied(e) => {
                    out.collisions.push((*e.key(), r))
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(r);
                }
            }
        }
        out
    }

    fn candidates(&self, id: &str) -> impl Iterator<Item = RecordRef> + '_ {
        let h = hash(id);
        self.by_hash.get(&h).copied().into_iter().chain(
            self.collisions
                .iter()
                .filter(move |(k, _)| *k == h)
                .map(|(_, r)| *r),
        )
    }
}

fn hash(id: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(id)
}

//! The validated, indexed, immutable dataset every view reads: records plus their references
//! resolved to indexes (both directions), so nothing is looked up by string after loading.

pub use super::load::{
    LoadError, MAX_DATASET_BYTES, MAX_ID_LEN, MAX_NAME_CHARS, MAX_PROBLEMS, MAX_TEXT_CHARS,
    Problem, RecordRef, YEARS, check_id, parse,
};

use rustc_hash::FxHashMap;

pub use super::links::Links;
use super::load::{IdIndex, parse_lenient, validate_with};
use super::model::*;

/// Reads and validates a dataset file into a [`Catalog`].
///
/// Every problem is reported at once: unknown top-level keys together with the records' own problems.
pub fn load(bytes: &[u8]) -> Result<Catalog, LoadError> {
    let (data, pending) = parse_lenient(bytes)?;
    Catalog::build(data, pending)
}

/// A validated dataset with its indexes. Immutable once built.
#[derive(Debug)]
pub struct Catalog {
    data: Dataset,
    /// Lookups by id.
    by_id: IdLookup,
    /// Initiative → themes, sectors, corridors, parties.
    pub initiative_themes: Links,
    pub initiative_sectors: Links,
    pub initiative_corridors: Links,
    pub initiative_parties: Links,
    /// Initiative → related initiatives, in either direction.
    pub initiative_related: Links,
    /// Sector → themes, corridors; and the initiatives naming each sector.
    pub sector_themes: Links,
    pub sector_corridors: Links,
    pub sector_initiatives: Links,
    /// Corridor → countries (parties), themes, sectors; and the initiatives naming each corridor.
    pub corridor_countries: Links,
    pub corridor_themes: Links,
    pub corridor_sectors: Links,
    pub corridor_initiatives: Links,
}

impl Catalog {
    /// Validates a parsed dataset and builds its indexes.
    pub fn new(data: Dataset) -> Result<Catalog, LoadError> {
        Catalog::build(data, Vec::new())
    }

    fn build(data: Dataset, pending: Vec<Problem>) -> Result<Catalog, LoadError> {
        let (ids, r) = validate_with(&data, pending)?;
        let by_id = IdLookup::new(ids);
        Ok(Catalog {
            by_id,
            sector_initiatives: r.initiative_sectors.invert(data.sectors.len()),
            corridor_initiatives: r.initiative_corridors.invert(data.corridors.len()),
            initiative_related: r.initiative_related.symmetric(),
            initiative_themes: r.initiative_themes,
            initiative_sectors: r.initiative_sectors,
            initiative_corridors: r.initiative_corridors,
            initiative_parties: r.initiative_parties,
            sector_themes: r.sector_themes,
            sector_corridors: r.sector_corridors,
            corridor_countries: r.corridor_countries,
            corridor_themes: r.corridor_themes,
            corridor_sectors: r.corridor_sectors,
            data,
        })
    }

    /// The dataset as loaded.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// The id of a record.
    pub fn id_of(&self, r: RecordRef) -> &str {
        let d = &self.data;
        let i = r.index();
        match r {
            RecordRef::Source(_) => d.sources[i].id.as_str(),
            RecordRef::Party(_) => d.parties[i].id.as_str(),
            RecordRef::Theme(_) => d.themes[i].id.as_str(),
            RecordRef::Sector(_) => d.sectors[i].id.as_str(),
            RecordRef::Corridor(_) => d.corridors[i].id.as_str(),
            RecordRef::Initiative(_) => d.initiatives[i].id.as_str(),
        }
    }

    /// The display name of a record.
    pub fn name_of(&self, r: RecordRef) -> &str {
        let d = &self.data;
        let i = r.index();
        match r {
            RecordRef::Source(_) => &d.sources[i].name,
            RecordRef::Party(_) => &d.parties[i].name,
            RecordRef::Theme(_) => &d.themes[i].name,
            RecordRef::Sector(_) => &d.sectors[i].name,
            RecordRef::Corridor(_) => &d.corridors[i].name,
            RecordRef::Initiative(_) => &d.initiatives[i].name,
        }
    }

    /// The display name of the record an id names, or the id itself when there is none.
    pub fn name_of_id<'a>(&'a self, id: &'a str) -> &'a str {
        self.lookup(id).map_or(id, |r| self.name_of(r))
    }

    /// The record an id names, if any.
    pub fn lookup(&self, id: &str) -> Option<RecordRef> {
        self.by_id.candidates(id).find(|&r| self.id_of(r) == id)
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
        match self.lookup(id)? {
            RecordRef::Initiative(i) => Some(i as usize),
            _ => None,
        }
    }

    /// The initiative with this id.
    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        self.initiative_index(id).map(|i| &self.data.initiatives[i])
    }

    /// The sector with this id.
    pub fn sector(&self, id: &str) -> Option<&Sector> {
        match self.lookup(id)? {
            RecordRef::Sector(i) => self.data.sectors.get(i as usize),
            _ => None,
        }
    }

    /// The corridor with this id.
    pub fn corridor(&self, id: &str) -> Option<&Corridor> {
        match self.lookup(id)? {
            RecordRef::Corridor(i) => self.data.corridors.get(i as usize),
            _ => None,
        }
    }

    /// The theme with this id.
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        match self.lookup(id)? {
            RecordRef::Theme(i) => self.data.themes.get(i as usize),
            _ => None,
        }
    }

    /// The party with this id.
    pub fn party(&self, id: &str) -> Option<&Party> {
        match self.lookup(id)? {
            RecordRef::Party(i) => self.data.parties.get(i as usize),
            _ => None,
        }
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        match self.lookup(id)? {
            RecordRef::Source(i) => self.data.sources.get(i as usize),
            _ => None,
        }
    }
}

/// Id → record, keyed by a 64-bit hash of the id so the table holds no strings; the rare ids that
/// share a hash go to a short list. [`Catalog::lookup`] confirms the id of every candidate.
#[derive(Debug, Default)]
struct IdLookup {
    by_hash: FxHashMap<u64, RecordRef>,
    shared: Vec<(u64, RecordRef)>,
}

impl IdLookup {
    fn new(ids: IdIndex<'_>) -> IdLookup {
        let mut out = IdLookup::default();
        out.by_hash.reserve(ids.len());
        for (id, r) in ids {
            match out.by_hash.entry(hash(id)) {
                std::collections::hash_map::Entry::Occupied(e) => out.shared.push((*e.key(), r)),
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
            self.shared
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

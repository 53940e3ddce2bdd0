//! What each table column holds for a record, as typed values: the interface words terms and counts
//! in the reader's language and shows linked records by name; exports and sorting read the same
//! values.

use super::ViewIndex;
use crate::catalog::{Catalog, Collection, RecordRef};
use crate::model::*;
use crate::query::Column;
use crate::route::View;

/// A value of the schema's vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermValue {
    Kind(Kind),
    Status(Status),
    Scope(Scope),
}

impl TermValue {
    /// The value's position in its vocabulary (for sorting in any language).
    pub fn ordinal(self) -> usize {
        fn pos<T: Term + PartialEq>(v: T) -> usize {
            T::ALL.iter().position(|t| *t == v).unwrap_or(0)
        }
        match self {
            TermValue::Kind(v) => pos(v),
            TermValue::Status(v) => pos(v),
            TermValue::Scope(v) => pos(v),
        }
    }

    /// Whether this value, shown for record `r`, is inferred (only a scope can be).
    pub fn inferred_for(self, c: &Catalog, r: RecordRef) -> bool {
        matches!(self, TermValue::Scope(_)) && c.scope_reason(r).is_some()
    }

    /// The English label (exports, and the dataset's own language).
    pub fn label(self) -> &'static str {
        match self {
            TermValue::Kind(v) => v.label(),
            TermValue::Status(v) => v.label(),
            TermValue::Scope(v) => v.label(),
        }
    }
}

/// A table cell or card field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell<'c> {
    /// Text of the record itself, as the dataset has it (its name, its timeline's label).
    Text(&'c str),
    /// A vocabulary value.
    Term(TermValue),
    /// Linked records of a collection, by index, in the record's order.
    Records(Collection, &'c [u32]),
    /// A number of linked records.
    Count(usize),
    /// The source does not state it.
    Missing,
}

impl Cell<'_> {
    /// The cell as plain text in the dataset's language ("" when missing); lists are comma-separated.
    pub fn text(&self, c: &Catalog) -> String {
        match self {
            Cell::Text(s) => s.to_string(),
            Cell::Term(t) => t.label().to_string(),
            Cell::Records(collection, items) => items
                .iter()
                .map(|&k| c.name_of(crate::record::RecordRef::new(*collection, k as usize)))
                .collect::<Vec<_>>()
                .join(", "),
            Cell::Count(n) => n.to_string(),
            Cell::Missing => String::new(),
        }
    }
}

/// Linked records, or missing when there are none.
fn records(collection: Collection, items: &[u32]) -> Cell<'_> {
    if items.is_empty() {
        Cell::Missing
    } else {
        Cell::Records(collection, items)
    }
}

fn term<T>(value: Option<T>, wrap: fn(T) -> TermValue) -> Cell<'static> {
    value.map_or(Cell::Missing, |v| Cell::Term(wrap(v)))
}

impl ViewIndex {
    /// The value of a column for record `i` (missing for columns the view does not have).
    pub fn cell<'c>(&self, c: &'c Catalog, i: usize, column: Column) -> Cell<'c> {
        match self.view {
            View::Initiatives => initiative_cell(c, i, column),
            View::Sectors => sector_cell(c, i, column),
            View::Corridors => corridor_cell(c, i, column),
        }
    }
}

fn initiative_cell(c: &Catalog, i: usize, column: Column) -> Cell<'_> {
    let Some(r) = c.initiatives().get(i) else {
        return Cell::Missing;
    };
    match column {
        Column::Name => Cell::Text(&r.name),
        Column::Kind => Cell::Term(TermValue::Kind(r.kind)),
        Column::Status => term(r.status, TermValue::Status),
        Column::Scope => term(r.scope, TermValue::Scope),
        Column::Themes => records(Collection::Themes, c.initiative_themes.get(i)),
        Column::Sectors => records(Collection::Sectors, c.initiative_sectors.get(i)),
        Column::Corridors => records(Collection::Corridors, c.initiative_corridors.get(i)),
        Column::Countries => records(Collection::Parties, c.initiative_parties.get(i)),
        Column::Timeline => r
            .timeline
            .as_ref()
            .map_or(Cell::Missing, |t| Cell::Text(&t.label)),
        Column::Related => Cell::Count(c.initiative_related.get(i).len()),
        Column::Initiatives => Cell::Missing,
    }
}

fn sector_cell(c: &Catalog, i: usize, column: Column) -> Cell<'_> {
    let Some(r) = c.sectors().get(i) else {
        return Cell::Missing;
    };
    match column {
        Column::Name => Cell::Text(&r.name),
        Column::Themes => records(Collection::Themes, c.sector_themes.get(i)),
        Column::Corridors => records(Collection::Corridors, c.sector_corridors.get(i)),
        Column::Initiatives => Cell::Count(c.sector_initiatives.get(i).len()),
        _ => Cell::Missing,
    }
}

fn corridor_cell(c: &Catalog, i: usize, column: Column) -> Cell<'_> {
    let Some(r) = c.corridors().get(i) else {
        return Cell::Missing;
    };
    match column {
        Column::Name => Cell::Text(&r.name),
        Column::Countries => records(Collection::Parties, c.corridor_countries.get(i)),
        Column::Sectors => records(Collection::Sectors, c.corridor_sectors.get(i)),
        Column::Themes => records(Collection::Themes, c.corridor_themes.get(i)),
        Column::Status => term(r.status, TermValue::Status),
        Column::Scope => term(r.scope, TermValue::Scope),
        Column::Initiatives => Cell::Count(c.corridor_initiatives.get(i).len()),
        _ => Cell::Missing,
    }
}

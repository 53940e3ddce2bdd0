//! Side-by-side comparison: the same rows for records of any view, so two to four records line up.
//! Values are typed cells (the interface words them); missing means the source does not state it.

use crate::catalog::{Catalog, Collection, RecordRef};
use crate::explore::{Cell, TermValue};
use crate::route::View;

/// A row of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Summary,
    Kind,
    Status,
    Scope,
    Themes,
    Sectors,
    Corridors,
    Parties,
    Timeline,
    Outcomes,
}

impl Row {
    /// Every row, in order.
    pub const ALL: [Row; 10] = [
        Row::Summary,
        Row::Kind,
        Row::Status,
        Row::Scope,
        Row::Themes,
        Row::Sectors,
        Row::Corridors,
        Row::Parties,
        Row::Timeline,
        Row::Outcomes,
    ];
}

/// A comparison value: a [`Cell`], or a record's list of stated outcomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value<'c> {
    Cell(Cell<'c>),
    Texts(&'c [String]),
}

/// The view a record belongs to, if it is an initiative, sector or corridor.
pub fn view_of(r: RecordRef) -> Option<View> {
    View::of(r.collection)
}

fn records(collection: Collection, items: &[u32]) -> Value<'_> {
    Value::Cell(if items.is_empty() {
        Cell::Missing
    } else {
        Cell::Records(collection, items)
    })
}

fn texts(items: &[String]) -> Value<'_> {
    if items.is_empty() {
        Value::Cell(Cell::Missing)
    } else {
        Value::Texts(items)
    }
}

fn term<T>(value: Option<T>, wrap: fn(T) -> TermValue) -> Value<'static> {
    Value::Cell(value.map_or(Cell::Missing, |v| Cell::Term(wrap(v))))
}

const MISSING: Value<'static> = Value::Cell(Cell::Missing);

/// The value of `row` for a record (missing for rows that do not apply and for records that are not
/// initiatives, sectors or corridors).
pub fn value(c: &Catalog, r: RecordRef, row: Row) -> Value<'_> {
    let i = r.index();
    match r.collection {
        Collection::Initiatives => {
            let Some(x) = c.initiatives().get(i) else {
                return MISSING;
            };
            match row {
                Row::Summary => Value::Cell(Cell::Text(&x.summary)),
                Row::Kind => Value::Cell(Cell::Term(TermValue::Kind(x.kind))),
                Row::Status => term(x.status, TermValue::Status),
                Row::Scope => term(x.scope, TermValue::Scope),
                Row::Themes => records(Collection::Themes, c.initiative_themes.get(i)),
                Row::Sectors => records(Collection::Sectors, c.initiative_sectors.get(i)),
                Row::Corridors => records(Collection::Corridors, c.initiative_corridors.get(i)),
                Row::Parties => records(Collection::Parties, c.initiative_parties.get(i)),
                Row::Timeline => x
                    .timeline
                    .as_ref()
                    .map_or(MISSING, |t| Value::Cell(Cell::Text(&t.label))),
                Row::Outcomes => texts(&x.outcomes),
            }
        }
        Collection::Sectors => {
            let Some(x) = c.sectors().get(i) else {
                return MISSING;
            };
            match row {
                Row::Summary => Value::Cell(Cell::Text(&x.summary)),
                Row::Themes => records(Collection::Themes, c.sector_themes.get(i)),
                Row::Corridors => records(Collection::Corridors, c.sector_corridors.get(i)),
                _ => MISSING,
            }
        }
        Collection::Corridors => {
            let Some(x) = c.corridors().get(i) else {
                return MISSING;
            };
            match row {
                Row::Summary => Value::Cell(Cell::Text(&x.summary)),
                Row::Status => term(x.status, TermValue::Status),
                Row::Scope => term(x.scope, TermValue::Scope),
                Row::Themes => records(Collection::Themes, c.corridor_themes.get(i)),
                Row::Sectors => records(Collection::Sectors, c.corridor_sectors.get(i)),
                Row::Parties => records(Collection::Parties, c.corridor_countries.get(i)),
                Row::Outcomes => texts(&x.outcomes),
                _ => MISSING,
            }
        }
        _ => MISSING,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_initiatives_sectors_and_corridors_compare() {
        assert_eq!(
            view_of(RecordRef::new(Collection::Sectors, 3)),
            Some(View::Sectors)
        );
        assert_eq!(view_of(RecordRef::new(Collection::Sources, 0)), None);
    }
}

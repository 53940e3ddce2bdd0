//! What a record shows and where: one list of fields per record type, each saying whether it is a
//! column of the table, a part of a card, a row of the record page and of the comparison, and
//! columns of the CSV export; and each field's value for a record, as typed data the interface
//! words in the reader's language (exports and sorting read the same values).
//!
//! The table, the cards, the record page, the comparison and the CSV all read [`of`]: adding a field
//! to a view is one line here.

use crate::address::route::View;
use crate::data::catalog::{Catalog, RecordRef};
use crate::data::model::*;
use crate::data::record::Collection;

/// A field of a record, as the views show it and the table sorts by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Summary,
    Kind,
    Status,
    Scope,
    Themes,
    Sectors,
    Corridors,
    /// A corridor's route.
    Countries,
    /// Everyone an initiative names: countries, regions, people, organisations.
    Parties,
    Timeline,
    /// An initiative's stated outcomes, a corridor's aims.
    Outcomes,
    /// The initiatives related to an initiative, both ways.
    Related,
    /// The initiatives of a sector or corridor.
    Initiatives,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 14] = [
        Field::Name,
        Field::Summary,
        Field::Kind,
        Field::Status,
        Field::Scope,
        Field::Themes,
        Field::Sectors,
        Field::Corridors,
        Field::Countries,
        Field::Parties,
        Field::Timeline,
        Field::Outcomes,
        Field::Related,
        Field::Initiatives,
    ];

    /// The field's name in the URL (sort keys) and the CSV header.
    pub fn slug(self) -> &'static str {
        SLUGS[self as usize]
    }

    /// The field a URL name names.
    pub fn from_slug(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.slug() == s)
    }

    /// The CSV columns the field writes: its slug, and for a timeline its years and recurrence.
    pub fn csv_columns(self) -> &'static [&'static str] {
        match self {
            Field::Timeline => &["timeline", "start_year", "end_year", "recurrence"],
            _ => std::slice::from_ref(&SLUGS[self as usize]),
        }
    }
}

/// Every field's slug, in [`Field::ALL`] order (for [`Field::csv_columns`]).
const SLUGS: [&str; 14] = [
    "name",
    "summary",
    "kind",
    "status",
    "scope",
    "themes",
    "sectors",
    "corridors",
    "countries",
    "parties",
    "timeline",
    "outcomes",
    "related",
    "initiatives",
];

/// How a place shows a field's linked records: each by name, or their number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Each value: names (chips on a card), a term, a text.
    Values,
    /// The number of linked records ("3 related").
    Count,
}

/// Where one view shows one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    pub field: Field,
    /// A column of the table (and a sort key), and how it shows the value.
    pub table: Option<Shown>,
    /// On a card: a chip per value, or a number in the card's last line. (The name and the
    /// summary head every card.)
    pub card: Option<Shown>,
    /// A row of the record page (the name and summary head it) and of the comparison table.
    pub detail: bool,
    /// Columns of the CSV export.
    pub csv: bool,
}

const fn spec(
    field: Field,
    table: Option<Shown>,
    card: Option<Shown>,
    detail: bool,
    csv: bool,
) -> FieldSpec {
    FieldSpec {
        field,
        table,
        card,
        detail,
        csv,
    }
}

const V: Option<Shown> = Some(Shown::Values);
const N: Option<Shown> = Some(Shown::Count);
const NO: Option<Shown> = None;

const INITIATIVE: &[FieldSpec] = &[
    spec(Field::Name, V, NO, false, true),
    spec(Field::Summary, NO, NO, true, true),
    spec(Field::Kind, V, V, true, true),
    spec(Field::Status, V, V, true, true),
    spec(Field::Scope, V, V, true, true),
    spec(Field::Themes, V, V, true, true),
    spec(Field::Sectors, V, V, true, true),
    spec(Field::Corridors, V, V, true, true),
    spec(Field::Parties, NO, NO, true, true),
    spec(Field::Timeline, V, V, true, true),
    spec(Field::Outcomes, NO, NO, true, true),
    spec(Field::Related, N, N, true, true),
];

const SECTOR: &[FieldSpec] = &[
    spec(Field::Name, V, NO, false, true),
    spec(Field::Summary, NO, NO, true, true),
    spec(Field::Themes, V, V, true, true),
    spec(Field::Corridors, V, V, true, true),
    spec(Field::Initiatives, N, N, true, true),
];

const CORRIDOR: &[FieldSpec] = &[
    spec(Field::Name, V, NO, false, true),
    spec(Field::Summary, NO, NO, true, true),
    spec(Field::Countries, V, V, true, true),
    spec(Field::Status, V, V, true, true),
    spec(Field::Scope, NO, V, true, true),
    spec(Field::Themes, NO, NO, true, true),
    spec(Field::Sectors, V, V, true, true),
    spec(Field::Outcomes, NO, NO, true, true),
    spec(Field::Initiatives, N, N, true, true),
];

/// The fields of a view's records, in the order every place shows them.
pub fn of(view: View) -> &'static [FieldSpec] {
    match view {
        View::Initiatives => INITIATIVE,
        View::Sectors => SECTOR,
        View::Corridors => CORRIDOR,
    }
}

/// The table's columns of a view, in order.
pub fn table(view: View) -> impl Iterator<Item = (Field, Shown)> {
    of(view)
        .iter()
        .filter_map(|s| s.table.map(|t| (s.field, t)))
}

/// How a view's table shows a field, if the table has it.
pub fn in_table(view: View, field: Field) -> Option<Shown> {
    of(view)
        .iter()
        .find(|s| s.field == field)
        .and_then(|s| s.table)
}

/// The rows of a comparison of records of these views: every field some of them has in detail,
/// in [`Field::ALL`] order, the name (the column heads) left out.
pub fn compared(views: impl IntoIterator<Item = View>) -> Vec<Field> {
    let views: Vec<View> = views.into_iter().collect();
    Field::ALL
        .into_iter()
        .filter(|f| *f != Field::Name)
        .filter(|f| {
            views
                .iter()
                .any(|v| of(*v).iter().any(|s| s.field == *f && s.detail))
        })
        .collect()
}

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

/// A field's value for one record.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'c> {
    /// Text of the record itself, as the dataset has it (its name, its summary).
    Text(&'c str),
    /// A list of the record's own texts (outcomes).
    Texts(&'c [String]),
    /// A vocabulary value.
    Term(TermValue),
    /// Linked records of a collection, by index, in the record's order.
    Records(Collection, &'c [u32]),
    /// The stated timeline: the source's words, and the years and recurrence they give.
    Timeline(&'c Timeline),
    /// The source does not state it (or the record type has no such field).
    Missing,
}

impl Value<'_> {
    /// The number of linked records or texts (0 when missing).
    pub fn count(&self) -> usize {
        match self {
            Value::Records(_, items) => items.len(),
            Value::Texts(list) => list.len(),
            Value::Missing => 0,
            _ => 1,
        }
    }

    /// The value of `field` as plain text in the dataset's language, one string per CSV column
    /// (see [`Field::csv_columns`]): lists joined with "; ", a timeline as its wording, years and
    /// recurrence; empty when missing.
    pub fn csv(&self, c: &Catalog, field: Field) -> Vec<String> {
        match self {
            Value::Text(s) => vec![s.to_string()],
            Value::Texts(list) => vec![list.join("; ")],
            Value::Term(t) => vec![t.label().to_string()],
            Value::Records(collection, items) => vec![
                items
                    .iter()
                    .map(|&k| c.name_of(RecordRef::new(*collection, k as usize)))
                    .collect::<Vec<_>>()
                    .join("; "),
            ],
            Value::Timeline(t) => vec![
                t.label.clone(),
                t.start.map_or(String::new(), |y| y.to_string()),
                t.end.map_or(String::new(), |y| y.to_string()),
                t.recurrence
                    .map_or(String::new(), |r| r.label().to_string()),
            ],
            Value::Missing => vec![String::new(); field.csv_columns().len()],
        }
    }
}

/// Linked records, or missing when there are none.
fn records(collection: Collection, items: &[u32]) -> Value<'_> {
    if items.is_empty() {
        Value::Missing
    } else {
        Value::Records(collection, items)
    }
}

fn texts(list: &[String]) -> Value<'_> {
    if list.is_empty() {
        Value::Missing
    } else {
        Value::Texts(list)
    }
}

fn term<T>(value: Option<T>, wrap: fn(T) -> TermValue) -> Value<'static> {
    value.map_or(Value::Missing, |v| Value::Term(wrap(v)))
}

/// The value of `field` for record `r` (missing for fields its record type does not have, and for
/// records that are not initiatives, sectors or corridors).
pub fn value(c: &Catalog, r: RecordRef, field: Field) -> Value<'_> {
    let i = r.index();
    match r.collection {
        Collection::Initiatives => initiative(c, i, field),
        Collection::Sectors => sector(c, i, field),
        Collection::Corridors => corridor(c, i, field),
        _ => Value::Missing,
    }
}

fn initiative(c: &Catalog, i: usize, field: Field) -> Value<'_> {
    let Some(r) = c.initiatives().get(i) else {
        return Value::Missing;
    };
    match field {
        Field::Name => Value::Text(&r.name),
        Field::Summary => Value::Text(&r.summary),
        Field::Kind => Value::Term(TermValue::Kind(r.kind)),
        Field::Status => term(r.status, TermValue::Status),
        Field::Scope => term(r.scope, TermValue::Scope),
        Field::Themes => records(Collection::Themes, c.initiative_themes.get(i)),
        Field::Sectors => records(Collection::Sectors, c.initiative_sectors.get(i)),
        Field::Corridors => records(Collection::Corridors, c.initiative_corridors.get(i)),
        Field::Parties => records(Collection::Parties, c.initiative_parties.get(i)),
        Field::Timeline => r.timeline.as_ref().map_or(Value::Missing, Value::Timeline),
        Field::Outcomes => texts(&r.outcomes),
        Field::Related => records(Collection::Initiatives, c.initiative_related.get(i)),
        Field::Countries | Field::Initiatives => Value::Missing,
    }
}

fn sector(c: &Catalog, i: usize, field: Field) -> Value<'_> {
    let Some(r) = c.sectors().get(i) else {
        return Value::Missing;
    };
    match field {
        Field::Name => Value::Text(&r.name),
        Field::Summary => Value::Text(&r.summary),
        Field::Themes => records(Collection::Themes, c.sector_themes.get(i)),
        Field::Corridors => records(Collection::Corridors, c.sector_corridors.get(i)),
        Field::Initiatives => records(Collection::Initiatives, c.sector_initiatives.get(i)),
        _ => Value::Missing,
    }
}

fn corridor(c: &Catalog, i: usize, field: Field) -> Value<'_> {
    let Some(r) = c.corridors().get(i) else {
        return Value::Missing;
    };
    match field {
        Field::Name => Value::Text(&r.name),
        Field::Summary => Value::Text(&r.summary),
        Field::Countries => records(Collection::Parties, c.corridor_countries.get(i)),
        Field::Status => term(r.status, TermValue::Status),
        Field::Scope => term(r.scope, TermValue::Scope),
        Field::Themes => records(Collection::Themes, c.corridor_themes.get(i)),
        Field::Sectors => records(Collection::Sectors, c.corridor_sectors.get(i)),
        Field::Outcomes => texts(&r.outcomes),
        Field::Initiatives => records(Collection::Initiatives, c.corridor_initiatives.get(i)),
        _ => Value::Missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_the_csv_columns_follow_them() {
        for f in Field::ALL {
            assert_eq!(Field::from_slug(f.slug()), Some(f));
            assert_eq!(f.csv_columns()[0], f.slug());
        }
        assert_eq!(Field::from_slug("nope"), None);
    }

    #[test]
    fn every_view_heads_with_name_and_summary_and_lists_a_field_once() {
        for view in View::ALL {
            let fields: Vec<Field> = of(view).iter().map(|s| s.field).collect();
            assert_eq!(fields[..2], [Field::Name, Field::Summary], "{view:?}");
            let mut unique = fields.clone();
            unique.dedup();
            assert_eq!(unique.len(), fields.len(), "{view:?}");
            assert_eq!(
                table(view).next(),
                Some((Field::Name, Shown::Values)),
                "{view:?}"
            );
        }
    }

    #[test]
    fn a_comparison_has_the_rows_of_every_record_type_in_it() {
        let sectors = compared([View::Sectors]);
        assert_eq!(
            sectors,
            [
                Field::Summary,
                Field::Themes,
                Field::Corridors,
                Field::Initiatives
            ]
        );
        let mixed = compared([View::Sectors, View::Corridors]);
        assert!(mixed.contains(&Field::Countries) && mixed.contains(&Field::Initiatives));
        assert!(!mixed.contains(&Field::Kind));
    }
}

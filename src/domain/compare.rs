//! Side-by-side comparison: the same fields for records of any collection, so two to four records
//! line up row by row. Empty means the source does not state it.

use super::catalog::{Catalog, RecordRef};
use super::model::*;
use super::route::View;

/// The rows of the comparison.
pub const FIELDS: [&str; 11] = [
    "Type",
    "Summary",
    "Kind",
    "Status (as worded)",
    "Scope",
    "Themes",
    "Sectors",
    "Corridors",
    "Countries and parties",
    "Timeline",
    "Expected outcomes",
];

/// The view a record belongs to, if it is an initiative, sector or corridor.
pub fn view_of(r: RecordRef) -> Option<View> {
    match r {
        RecordRef::Initiative(_) => Some(View::Initiatives),
        RecordRef::Sector(_) => Some(View::Sectors),
        RecordRef::Corridor(_) => Some(View::Corridors),
        _ => None,
    }
}

fn names(c: &Catalog, ids: &[Id]) -> String {
    ids.iter()
        .map(|id| c.name_of_id(id.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn label<T: Term>(t: Option<T>) -> String {
    t.map_or(String::new(), |t| t.label().to_string())
}

/// The values of [`FIELDS`] for one record ("" where not stated); `None` for parties, themes and
/// sources, which are not compared.
pub fn fields(c: &Catalog, r: RecordRef) -> Option<[String; 11]> {
    let i = r.index();
    Some(match r {
        RecordRef::Initiative(_) => {
            let x = &c.initiatives()[i];
            [
                "Initiative".into(),
                x.summary.clone(),
                x.kind.label().into(),
                label(x.status),
                label(x.scope),
                names(c, &x.themes),
                names(c, &x.sectors),
                names(c, &x.corridors),
                names(c, &x.parties),
                x.timeline
                    .as_ref()
                    .map_or(String::new(), |t| format!("“{}”", t.label)),
                x.outcomes.join("; "),
            ]
        }
        RecordRef::Sector(_) => {
            let x = &c.sectors()[i];
            [
                "Sector".into(),
                x.summary.clone(),
                String::new(),
                String::new(),
                String::new(),
                names(c, &x.themes),
                String::new(),
                names(c, &x.corridors),
                String::new(),
                String::new(),
                String::new(),
            ]
        }
        RecordRef::Corridor(_) => {
            let x = &c.corridors()[i];
            [
                "Corridor".into(),
                x.summary.clone(),
                String::new(),
                label(x.status),
                label(x.scope),
                names(c, &x.themes),
                names(c, &x.sectors),
                String::new(),
                names(c, &x.countries),
                String::new(),
                x.outcomes.join("; "),
            ]
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_initiatives_sectors_and_corridors_compare() {
        let d = Dataset {
            schema_version: SCHEMA_VERSION,
            name: "t".into(),
            description: None,
            sources: vec![Source {
                id: Id("s".into()),
                name: "S".into(),
                kind: "k".into(),
                file: None,
                url: None,
                published: None,
            }],
            parties: vec![],
            themes: vec![],
            sectors: vec![],
            corridors: vec![],
            initiatives: vec![],
        };
        let c = Catalog::new(d).unwrap();
        assert!(fields(&c, RecordRef::Source(0)).is_none());
        assert_eq!(view_of(RecordRef::Sector(3)), Some(View::Sectors));
    }
}

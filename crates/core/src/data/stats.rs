//! What a dataset holds: records per collection, and links per field, stated and inferred (what the
//! `cooperation-data stats` command prints).

use std::fmt;

use crate::data::model::{Dataset, LinkField, Links};
use crate::data::record::Collection;

/// How many links one field makes across the dataset, and how many of them are inferred.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkCount {
    pub field: LinkField,
    pub links: usize,
    pub inferred: usize,
}

/// Records per collection and links per field, as the file states them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    pub records: Vec<(Collection, usize)>,
    /// Fields that make at least one link, in [`LinkField::ALL`] order.
    pub links: Vec<LinkCount>,
}

impl Stats {
    /// Counts a dataset's records and links.
    pub fn of(d: &Dataset) -> Stats {
        let records = Collection::ALL.iter().map(|&c| (c, d.len_of(c))).collect();
        let linked: Vec<&dyn Links> = d
            .initiatives
            .iter()
            .map(|r| r as &dyn Links)
            .chain(d.sectors.iter().map(|r| r as &dyn Links))
            .chain(d.corridors.iter().map(|r| r as &dyn Links))
            .chain(d.parties.iter().map(|r| r as &dyn Links))
            .collect();
        let links = LinkField::ALL
            .iter()
            .map(|&field| {
                let mut count = LinkCount {
                    field,
                    links: 0,
                    inferred: 0,
                };
                for r in &linked {
                    let values = r.link_values(field).unwrap_or_default();
                    count.links += values.len();
                    count.inferred += values
                        .iter()
                        .filter(|v| r.inferred_reason(field, v).is_some())
                        .count();
                }
                count
            })
            .filter(|c| c.links > 0)
            .collect();
        Stats { records, links }
    }

    /// All links, and how many are inferred.
    pub fn total(&self) -> (usize, usize) {
        self.links
            .iter()
            .fold((0, 0), |(l, i), c| (l + c.links, i + c.inferred))
    }
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<14}{:>8}", "records", "")?;
        for (c, n) in &self.records {
            writeln!(f, "  {:<12}{n:>8}", c.key())?;
        }
        writeln!(
            f,
            "{:<14}{:>8}{:>10}{:>10}",
            "links", "all", "stated", "inferred"
        )?;
        for c in &self.links {
            let stated = c.links - c.inferred;
            let key = c.field.key();
            writeln!(f, "  {key:<12}{:>8}{stated:>10}{:>10}", c.links, c.inferred)?;
        }
        let (links, inferred) = self.total();
        let stated = links - inferred;
        write!(f, "  {:<12}{links:>8}{stated:>10}{inferred:>10}", "total")
    }
}

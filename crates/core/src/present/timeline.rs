//! The timeline of a selection: which initiatives state when they happen, in the source's own words,
//! laid out on a year axis; and which state nothing.

use crate::data::catalog::Catalog;
use crate::data::model::Recurrence;

/// One initiative with a stated timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineRow {
    /// Index of the initiative.
    pub index: u32,
    /// The source's wording, e.g. "2024-2026", "2024 Launch", "Annual Events".
    pub label: String,
    /// First and last year, when stated (a launch has only a start).
    pub start: Option<i32>,
    pub end: Option<i32>,
    /// Recurrence, when stated.
    pub recurrence: Option<Recurrence>,
}

impl TimelineRow {
    /// How the row is drawn.
    pub fn shape(&self) -> Shape {
        match (self.start, self.end, self.recurrence) {
            (Some(s), Some(e), _) if e > s => Shape::Range(s, e),
            (Some(s), _, _) => Shape::Launch(s),
            (None, _, Some(r)) => Shape::Recurring(r),
            (None, _, None) => Shape::LabelOnly,
        }
    }
}

/// How a timeline row is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A bar over the years `start..=end`.
    Range(i32, i32),
    /// A marker at a launch year.
    Launch(i32),
    /// A repeating mark: recurs, with no years stated.
    Recurring(Recurrence),
    /// A label with no years and no recurrence.
    LabelOnly,
}

/// The timeline of a selection of initiatives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Timeline {
    /// Initiatives with a stated timeline, dated ones first by start year, in selection order
    /// otherwise.
    pub rows: Vec<TimelineRow>,
    /// Initiatives that state no timeline.
    pub undated: Vec<u32>,
    /// The first and last stated year, if any row states one.
    pub years: Option<(i32, i32)>,
}

/// Lays out the initiatives `matches` (indexes, in display order).
pub fn timeline(c: &Catalog, matches: &[u32]) -> Timeline {
    let mut out = Timeline::default();
    for &i in matches {
        let Some(r) = c.initiatives().get(i as usize) else {
            continue;
        };
        match &r.timeline {
            Some(t) => out.rows.push(TimelineRow {
                index: i,
                label: t.label.clone(),
                start: t.start,
                end: t.end,
                recurrence: t.recurrence,
            }),
            None => out.undated.push(i),
        }
    }
    // Dated rows by start year, ties in the selection's order, then recurring ones.
    crate::explore::sorting::stable(&mut out.rows, &|a, b| {
        a.start
            .unwrap_or(i32::MAX)
            .cmp(&b.start.unwrap_or(i32::MAX))
    });
    out.years = out.rows.iter().fold(None, |acc, r| match r.start {
        None => acc,
        Some(s) => {
            let e = r.end.unwrap_or(s);
            Some(acc.map_or((s, e), |(lo, hi): (i32, i32)| (lo.min(s), hi.max(e))))
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(start: Option<i32>, end: Option<i32>, recurrence: Option<Recurrence>) -> TimelineRow {
        TimelineRow {
            index: 0,
            label: String::new(),
            start,
            end,
            recurrence,
        }
    }

    #[test]
    fn shapes_follow_what_is_stated() {
        assert_eq!(
            row(Some(2024), Some(2026), None).shape(),
            Shape::Range(2024, 2026)
        );
        assert_eq!(row(Some(2024), None, None).shape(), Shape::Launch(2024));
        assert_eq!(
            row(Some(2024), Some(2024), None).shape(),
            Shape::Launch(2024)
        );
        assert_eq!(
            row(None, None, Some(Recurrence::Annual)).shape(),
            Shape::Recurring(Recurrence::Annual)
        );
        assert_eq!(row(None, None, None).shape(), Shape::LabelOnly);
    }
}

//! Checking a URL's state against a view and its dataset: what the view cannot use is dropped, each
//! drop with a [`Notice`] saying what and why.

use super::ViewIndex;
use crate::address::query::{Mode, Notice, Reason, ViewState};
use crate::data::catalog::Catalog;

impl ViewIndex {
    /// Drops from `state` what this view cannot use: facets it does not offer, values no record has,
    /// sort columns it does not show, a year range when no record states a year, display modes it
    /// does not offer, and compare ids that are not records of the catalog. Each drop gets a notice.
    pub fn sanitize(&self, catalog: &Catalog, state: &ViewState) -> (ViewState, Vec<Notice>) {
        let mut out = state.clone();
        let mut notices = Vec::new();
        let view = self.view;
        let mut note = |param: String, reason: Reason| notices.push(Notice { param, reason });
        out.facets.clear();
        for (key, values) in &state.facets {
            let facet = *key;
            let Some(f) = self.facet(facet) else {
                note(
                    format!("{}={}", key.slug(), values.join(",")),
                    Reason::NoSuchFacet { view, facet },
                );
                continue;
            };
            let (kept, dropped): (Vec<String>, Vec<String>) = values
                .iter()
                .cloned()
                .partition(|v| f.option_index(v).is_some());
            for v in dropped {
                note(
                    format!("{}={v}", key.slug()),
                    Reason::NoSuchValue { view, facet },
                );
            }
            out.set_facet(facet, kept);
        }
        out.sort.retain(|k| {
            let ok = self.columns.iter().any(|(f, _)| *f == k.column);
            if !ok {
                let column = k.column;
                note(
                    format!("sort={}", column.slug()),
                    Reason::NoSuchColumn { view, column },
                );
            }
            ok
        });
        if (state.from.is_some() || state.to.is_some()) && !self.has_years() {
            note("from/to".into(), Reason::NoYears { view });
            out.from = None;
            out.to = None;
        }
        if let (Some(a), Some(b)) = (out.from, out.to)
            && a > b
        {
            note(format!("from={a}&to={b}"), Reason::ReversedYears);
            out.from = Some(b);
            out.to = Some(a);
        }
        if !self.modes().contains(&state.mode) {
            let mode = state.mode;
            note(
                format!("mode={}", mode.slug()),
                Reason::NoSuchMode { view, mode },
            );
            out.mode = Mode::Cards;
        }
        out.compare.retain(|id| {
            let ok = catalog.lookup(id).is_some();
            if !ok {
                note(format!("compare={id}"), Reason::NoSuchRecord);
            }
            ok
        });
        (out, notices)
    }
}

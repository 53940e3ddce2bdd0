//! Filtering and counting with the standard facet semantics: values of one facet are OR-ed, facets
//! are AND-ed, and each value's count is the number of matches it would give with the other facets'
//! selections (and the search and year range) in place. When nothing matches, what dropping each
//! active filter alone would give.

use super::order::Labels;
use super::{Constraint, Relaxation, Selection, ViewIndex};
use crate::address::query::ViewState;
use crate::data::catalog::Catalog;
use crate::explore::bitset::BitSet;
use crate::explore::search::Hits;

impl ViewIndex {
    /// Filters, counts and orders. `hits` is the search outcome for `terms` (see [`Self::hits`]);
    /// `labels` are the words text columns sort by.
    pub fn select(
        &self,
        catalog: &Catalog,
        state: &ViewState,
        terms: &[String],
        hits: Option<&Hits>,
        labels: &dyn Labels,
    ) -> Selection {
        self.selections
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let n = self.len;
        let years = self.year_matches(state);
        // Search ∩ years: the base every facet count starts from.
        let mut base = hits.map_or_else(|| BitSet::full(n), |h| h.matches.clone());
        if let Some(y) = &years {
            base.intersect_with(y);
        }
        let masks = self.masks(state);
        // For each facet, the matches of everything but that facet.
        let others: Vec<BitSet> = (0..self.facets.len())
            .map(|skip| {
                let mut s = base.clone();
                for (j, m) in masks.iter().enumerate() {
                    if j != skip
                        && let Some(m) = m
                    {
                        s.intersect_with(m);
                    }
                }
                s
            })
            .collect();
        let counts = self
            .facets
            .iter()
            .zip(&others)
            .map(|(f, other)| {
                f.option_records(state.inferred)
                    .iter()
                    .map(|b| other.count_and(b) as u32)
                    .collect()
            })
            .collect();
        let mut all = base;
        for m in masks.iter().flatten() {
            all.intersect_with(m);
        }
        let matches = self.order(catalog, &all, hits, &state.sort, labels);
        let relaxations = if matches.is_empty() {
            self.relaxations(hits, &years, &masks, &others)
        } else {
            Vec::new()
        };
        Selection {
            total: n,
            matches,
            counts,
            terms: terms.to_vec(),
            relaxations,
        }
    }

    /// Each facet's selection as the union of its options' records (`None` when nothing is
    /// selected).
    fn masks(&self, state: &ViewState) -> Vec<Option<BitSet>> {
        self.facets
            .iter()
            .map(|f| {
                let selected = state.selected(f.key);
                if selected.is_empty() {
                    return None;
                }
                let mut m = BitSet::empty(self.len);
                let records = f.option_records(state.inferred);
                for v in selected {
                    if let Some(b) = f.option_index(v).and_then(|o| records.get(o)) {
                        m.union_with(b);
                    }
                }
                Some(m)
            })
            .collect()
    }

    /// The records whose stated years overlap the state's range; `None` when there is no range.
    fn year_matches(&self, state: &ViewState) -> Option<BitSet> {
        if state.from.is_none() && state.to.is_none() {
            return None;
        }
        let lo = state.from.unwrap_or(i32::MIN);
        let hi = state.to.unwrap_or(i32::MAX);
        let mut out = BitSet::empty(self.len);
        for (i, y) in self.years.iter().enumerate() {
            if let Some((s, e)) = y
                && *s <= hi
                && *e >= lo
            {
                out.insert(i);
            }
        }
        Some(out)
    }
}

/// What an empty result suggests.
impl ViewIndex {
    fn relaxations(
        &self,
        hits: Option<&Hits>,
        years: &Option<BitSet>,
        masks: &[Option<BitSet>],
        others: &[BitSet],
    ) -> Vec<Relaxation> {
        let n = self.len;
        let with_masks = |mut s: BitSet| {
            for m in masks.iter().flatten() {
                s.intersect_with(m);
            }
            s.count()
        };
        let mut out = Vec::new();
        if hits.is_some() {
            let mut s = BitSet::full(n);
            if let Some(y) = years {
                s.intersect_with(y);
            }
            out.push(Relaxation {
                drop: Constraint::Search,
                matches: with_masks(s),
            });
        }
        if years.is_some() {
            let s = hits.map_or_else(|| BitSet::full(n), |h| h.matches.clone());
            out.push(Relaxation {
                drop: Constraint::Years,
                matches: with_masks(s),
            });
        }
        for ((f, m), other) in self.facets.iter().zip(masks).zip(others) {
            if m.is_some() {
                out.push(Relaxation {
                    drop: Constraint::Facet(f.key),
                    matches: other.count(),
                });
            }
        }
        // Most results first; ties keep the order above (search, years, facets). The sort is stable.
        crate::explore::sorting::stable(&mut out, &|a, b| b.matches.cmp(&a.matches));
        out
    }
}

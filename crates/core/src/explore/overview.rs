//! The home page's view of a dataset: one search over everything (each view's best matches, and the
//! passages of the sources that match), the most common themes, and the stated timeline.

use crate::address::query::FacetKey;
use crate::address::route::View;
use crate::explore::text::query_terms;
use crate::explore::{Explorer, OptionKind, ranked};
use crate::present::source::{self, Found};

/// One view's part of a search over everything.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewHits {
    pub view: View,
    /// The best matches (record indexes), most relevant first.
    pub top: Vec<u32>,
    /// How many records match in all.
    pub total: usize,
}

/// The outcome of a search over everything.
#[derive(Clone, Debug, PartialEq)]
pub struct Everything {
    /// The normalised terms, for highlighting.
    pub terms: Vec<String>,
    /// Initiatives, sectors and corridors, in that order.
    pub views: Vec<ViewHits>,
    /// Matching stretches of the sources' texts: the source's index and the stretch.
    pub passages: Vec<(usize, Found)>,
}

impl Everything {
    /// Whether nothing matched.
    pub fn is_empty(&self) -> bool {
        self.views.iter().all(|v| v.total == 0) && self.passages.is_empty()
    }
}

/// Searches every view and every source text for `q`: at most `per_view` records per view (ranked as
/// the view's own search ranks them, by the search alone: no facet is counted) and `passages`
/// stretches of text.
pub fn search(e: &Explorer, q: &str, per_view: usize, passages: usize) -> Everything {
    let terms = query_terms(q);
    let views = View::ALL
        .into_iter()
        .filter_map(|view| {
            let hits = e.view(view).hits(&e.catalog, &terms)?;
            let order = ranked(&hits);
            Some(ViewHits {
                view,
                total: order.len(),
                top: order.into_iter().take(per_view).collect(),
            })
        })
        .collect();
    let mut found = Vec::new();
    for (i, s) in e.catalog.sources().iter().enumerate() {
        if let Some(text) = &s.text {
            let blocks = e.source_blocks(i);
            found.extend(
                source::find(text, blocks, &terms, passages)
                    .into_iter()
                    .map(|f| (i, f)),
            );
        }
    }
    found.truncate(passages);
    Everything {
        terms,
        views,
        passages: found,
    }
}

/// The themes initiatives are tagged with most often: `(theme index, initiatives)`, most first,
/// ties in vocabulary order; themes no initiative has are left out. Counted as the theme facet counts
/// them: by stated links, or with `inferred` by inferred ones too, so a theme's number is what its
/// link shows.
pub fn top_themes(e: &Explorer, n: usize, inferred: bool) -> Vec<(usize, usize)> {
    let Some(facet) = e.view(View::Initiatives).facet(FacetKey::Theme) else {
        return Vec::new();
    };
    let records = facet.option_records(inferred);
    let mut out: Vec<(usize, usize)> = facet
        .options
        .iter()
        .zip(records)
        .filter_map(|(o, bits)| match o.kind {
            OptionKind::Record(t) => Some((t as usize, bits.count())),
            _ => None,
        })
        .filter(|(_, k)| *k > 0)
        .collect();
    crate::explore::sorting::stable(&mut out, &|a, b| b.1.cmp(&a.1));
    out.truncate(n);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::catalog::{Catalog, Collection, RecordRef};
    use crate::data::model::*;

    fn tiny() -> Explorer {
        let prov = |e: &str| {
            vec![Provenance {
                source: Id("s".into()),
                section: None,
                excerpt: e.into(),
            }]
        };
        let d = Dataset {
            schema: None,
            schema_version: SCHEMA_VERSION,
            name: "t".into(),
            description: None,
            publisher: None,
            issued: None,
            translations: Default::default(),
            sources: vec![Source {
                id: Id("s".into()),
                name: "S".into(),
                kind: "k".into(),
                file: None,
                url: None,
                published: None,
                text: Some("Energy projects matter.\nTourism grows.\n".into()),
                translations: Default::default(),
            }],
            parties: vec![],
            themes: vec![Theme {
                id: Id("economic".into()),
                name: "Economic".into(),
                provenance: prov("Energy projects"),
                translations: Default::default(),
            }],
            sectors: vec![Sector {
                id: Id("energy".into()),
                name: "Energy".into(),
                summary: "Power.".into(),
                themes: vec![Id("economic".into())],
                corridors: vec![],
                inferred: Vec::new(),
                provenance: prov("Energy projects"),
                translations: Default::default(),
            }],
            corridors: vec![],
            initiatives: vec![Initiative {
                id: Id("solar".into()),
                name: "Solar energy fund".into(),
                summary: "Money for panels.".into(),
                kind: Kind::Proposal,
                status: None,
                scope: None,
                themes: vec![Id("economic".into())],
                sectors: vec![Id("energy".into())],
                corridors: vec![],
                parties: vec![],
                timeline: None,
                outcomes: vec![],
                related: vec![],
                inferred: Vec::new(),
                provenance: prov("Energy projects matter."),
                translations: Default::default(),
            }],
        };
        Explorer::new(Catalog::new(d).unwrap())
    }

    #[test]
    fn one_search_finds_records_of_every_view_and_passages() {
        let e = tiny();
        let all = search(&e, "energ", 5, 5);
        let totals: Vec<(View, usize)> = all.views.iter().map(|v| (v.view, v.total)).collect();
        assert_eq!(
            totals,
            [
                (View::Initiatives, 1),
                (View::Sectors, 1),
                (View::Corridors, 0)
            ]
        );
        assert_eq!(all.passages.len(), 1);
        let text = e.catalog.sources()[0].text.as_deref().unwrap();
        assert_eq!(
            &text[all.passages[0].1.span.clone()],
            "Energy projects matter."
        );
        assert!(search(&e, "", 5, 5).is_empty());
        assert!(search(&e, "zzz", 5, 5).is_empty());
        assert_eq!(
            e.catalog.name_of(RecordRef::new(
                Collection::Sectors,
                all.views[1].top[0] as usize
            )),
            "Energy"
        );
    }

    #[test]
    fn top_themes_count_initiatives() {
        assert_eq!(top_themes(&tiny(), 3, false), [(0, 1)]);
    }
}

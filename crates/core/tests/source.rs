//! The source reader's core on the bundled article: its text ships with the dataset, every excerpt
//! is found in it (under its section), the text divides into the article's headings, lists and
//! tables, and a dataset whose excerpt is not in its source's text is rejected with the path.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cooperation_core::data::catalog::{self, Catalog};
use cooperation_core::data::model::Dataset;
use cooperation_core::present::source::{self, Block, Piece};

fn shipped() -> Catalog {
    catalog::load(common::shipped_json().as_bytes()).unwrap()
}

#[test]
fn the_dataset_carries_the_article_exactly_as_shipped() {
    let c = shipped();
    assert_eq!(
        c.sources()[0].text.as_deref(),
        Some(common::source_text().as_str())
    );
}

#[test]
fn every_distinct_excerpt_is_one_located_passage() {
    let c = shipped();
    let quotes = source::quotes(&c, 0);
    let mut excerpts: Vec<(&Option<String>, &str)> = Vec::new();
    let d = c.data();
    let all = d
        .initiatives
        .iter()
        .flat_map(|r| &r.provenance)
        .chain(d.sectors.iter().flat_map(|r| &r.provenance))
        .chain(d.corridors.iter().flat_map(|r| &r.provenance))
        .chain(d.themes.iter().flat_map(|r| &r.provenance))
        .chain(d.parties.iter().flat_map(|r| &r.provenance));
    let mut total = 0;
    for p in all {
        total += 1;
        if !excerpts
            .iter()
            .any(|(s, e)| *s == &p.section && *e == p.excerpt)
        {
            excerpts.push((&p.section, &p.excerpt));
        }
    }
    let text = c.sources()[0].text.as_deref().unwrap();
    for q in &quotes {
        assert!(!q.by.is_empty());
    }
    let cited: usize = quotes.iter().map(|q| q.by.len()).sum();
    assert_eq!(
        cited, total,
        "every provenance entry is one citation of a passage"
    );
    assert_eq!(
        quotes.len(),
        73,
        "the bundled records quote 73 distinct passages (60, and 13 lead-in sentences since the audit of 2026-12-01)"
    );
    for (section, e) in excerpts {
        let at = source::locate(text, section.as_deref(), e).expect("found");
        assert_eq!(&text[at.clone()], e);
        assert!(quotes.iter().any(|q| q.range == at));
    }
}

#[test]
fn the_article_reads_as_headings_paragraphs_lists_and_tables() {
    let c = shipped();
    let text = c.sources()[0].text.as_deref().unwrap();
    let blocks = source::blocks(text);
    let headings: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(s) => Some(&text[s.clone()]),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Significance of Liu Bin’s Diplomatic Engagement with Kyrgyzstan",
            "Key Discussions Focused on Strengthening Bilateral Relations",
            "Exploring Economic Cooperation and Trade Opportunities",
            "Cultural Exchange Initiatives: Bridging the Gap Between China and Kyrgyzstan",
            "Future Prospects for Multilateral Collaboration in Central Asia",
            "Recommendations for Enhanced Political and Economic Ties",
            "Key Takeaways",
        ]
    );
    // Every section a record cites is one of the headings.
    for r in &c.data().initiatives {
        for p in &r.provenance {
            if let Some(s) = &p.section {
                assert!(headings.contains(&s.as_str()), "{s}");
            }
        }
    }
    let lists: Vec<usize> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::List(items) => Some(items.len()),
            _ => None,
        })
        .collect();
    assert_eq!(lists, [3, 3, 3, 3, 3]);
    let tables: Vec<(usize, usize)> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table { head, rows } => Some((head.as_ref().map_or(0, Vec::len), rows.len())),
            _ => None,
        })
        .collect();
    assert_eq!(tables, [(2, 3), (2, 3), (3, 3), (2, 3)]);
    // The text is all there: each block's spans are slices of it, in order, and the typos stay.
    let shown: String = blocks
        .iter()
        .flat_map(|b| b.spans())
        .map(|s| &text[s.clone()])
        .collect();
    assert!(shown.contains("This encounter not onyl highlights"));
    assert!(shown.contains("Thru this engagement,both countries"));
}

#[test]
fn every_passage_is_shown_as_quoted_pieces_of_its_blocks() {
    let c = shipped();
    let text = c.sources()[0].text.as_deref().unwrap();
    let quotes = source::quotes(&c, 0);
    let blocks = source::blocks(text);
    let mut starts = vec![0; quotes.len()];
    let mut ends = vec![0; quotes.len()];
    fn walk(p: &[Piece], starts: &mut [usize], ends: &mut [usize]) {
        for piece in p {
            if let Piece::Quoted {
                quote,
                starts: s,
                ends: e,
                inner,
                ..
            } = piece
            {
                starts[*quote] += usize::from(*s);
                ends[*quote] += usize::from(*e);
                walk(inner, starts, ends);
            }
        }
    }
    for b in &blocks {
        for span in b.spans() {
            walk(&source::pieces(span, &quotes), &mut starts, &mut ends);
        }
    }
    // Each passage starts once and ends once in the rendered text (a table row's passage spans cells).
    assert!(starts.iter().all(|n| *n == 1), "{starts:?}");
    assert!(ends.iter().all(|n| *n == 1), "{ends:?}");
}

#[test]
fn an_excerpt_not_in_its_sources_text_is_rejected_with_its_path() {
    let mut d: Dataset = serde_json::from_str(&common::shipped_json()).unwrap();
    let old = std::mem::replace(
        &mut d.initiatives[2].provenance[0].excerpt,
        "words the article never says".into(),
    );
    forget_translation(&mut d, &old);
    let json = serde_json::to_string(&d).unwrap();
    let e = catalog::load(json.as_bytes()).unwrap_err();
    assert_eq!(e.problems.len(), 1, "{e}");
    assert_eq!(e.problems[0].path, "initiatives[2].provenance[0].excerpt");
    assert_eq!(
        e.problems[0].message,
        "is not in the text of source \"liu-bin-musaeva-article\" word for word"
    );
}

#[test]
fn a_dataset_without_source_text_still_loads() {
    let mut d: Dataset = serde_json::from_str(&common::shipped_json()).unwrap();
    d.sources[0].text = None;
    let old = std::mem::replace(
        &mut d.initiatives[2].provenance[0].excerpt,
        "not checkable without the text".into(),
    );
    forget_translation(&mut d, &old);
    let c = Catalog::new(d).unwrap();
    assert!(source::quotes(&c, 0).is_empty());
}

/// Drops the translations of an excerpt the test no longer quotes (else they would be reported as
/// translating an excerpt that no record quotes), if no other record quotes it.
fn forget_translation(d: &mut Dataset, excerpt: &str) {
    let quoted = d
        .initiatives
        .iter()
        .flat_map(|r| &r.provenance)
        .any(|p| p.excerpt == excerpt);
    if !quoted {
        for words in d.sources[0].translations.values_mut() {
            words.passages.remove(excerpt);
        }
    }
}

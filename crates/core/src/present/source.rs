//! A source document as the reader shows it: its text split into headings, paragraphs, bullet lists
//! and pipe tables ([`blocks`]); where each excerpt the records quote sits in it ([`quotes`]); how a
//! stretch of text divides into plain and quoted pieces, nested where one excerpt contains another
//! ([`pieces`]); and which stretches a search matches ([`find`]).
//!
//! Everything is byte ranges into the text, so the text is shown exactly as it is, typos and all.

use std::ops::Range;

use crate::data::catalog::{Catalog, Collection, RecordRef};
use crate::explore::text;

/// A byte range of the text.
pub type Span = Range<usize>;

/// A block of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading line.
    Heading(Span),
    /// A paragraph (one line of the text).
    Paragraph(Span),
    /// Consecutive bullet lines (`- item`), each item's text.
    List(Vec<Span>),
    /// Consecutive pipe-table lines (`a | b |`): the header row, when a `---|---|` line follows it,
    /// and the other rows, each as its cells.
    Table {
        head: Option<Vec<Span>>,
        rows: Vec<Vec<Span>>,
    },
}

impl Block {
    /// The block's stretches of text, in reading order.
    pub fn spans(&self) -> Vec<&Span> {
        match self {
            Block::Heading(s) | Block::Paragraph(s) => vec![s],
            Block::List(items) => items.iter().collect(),
            Block::Table { head, rows } => head.iter().chain(rows).flatten().collect(),
        }
    }

    /// Where the block starts in the text.
    pub fn start(&self) -> usize {
        self.spans().first().map_or(0, |s| s.start)
    }
}

/// The span of `line` (at byte `offset` of the text) without surrounding whitespace.
fn trimmed(line: &str, offset: usize) -> Span {
    let start = offset + (line.len() - line.trim_start().len());
    start..start + line.trim().len()
}

fn is_table_line(line: &str) -> bool {
    let t = line.trim();
    t.contains('|') && (t.ends_with('|') || t.contains(" | "))
}

fn is_separator(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.contains('-') && t.chars().all(|c| matches!(c, '-' | '|' | ':' | ' '))
}

/// The bullet's text, if `line` is a bullet item.
fn bullet(line: &str) -> Option<&str> {
    let t = line.trim_start();
    ["- ", "* ", "• "].iter().find_map(|b| t.strip_prefix(b))
}

/// A short line that ends without sentence punctuation reads as a heading (as do Markdown `#` lines).
fn is_heading(line: &str) -> bool {
    let t = line.trim();
    if t.starts_with('#') {
        return true;
    }
    let words = t.split_whitespace().count();
    (1..=14).contains(&words) && !t.ends_with(['.', ':', ';', '!', '?', '…', '"', '”', ')', ','])
}

/// The table cells of a line, trimmed (the empty cells outside the outer pipes left out).
fn cells(line: &str, offset: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = offset;
    let parts: Vec<&str> = line.split('|').collect();
    for (i, part) in parts.iter().enumerate() {
        let outer = (i == 0 || i == parts.len() - 1) && part.trim().is_empty();
        if !outer {
            out.push(trimmed(part, at));
        }
        at += part.len() + 1;
    }
    out
}

/// What the previous line was, to tell whether a list or table goes on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    Other,
    Item,
    Row,
}

/// The text's blocks, in order. A list or table goes on while its lines follow each other.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut prev = Prev::Other;
    let mut offset = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|l| {
            let at = offset;
            offset += l.len();
            (at, l.trim_end_matches(['\n', '\r']))
        })
        .collect();
    for (i, &(at, line)) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            prev = Prev::Other;
            continue;
        }
        if let Some(item) = bullet(line) {
            let span = trimmed(item, at + (line.len() - item.len()));
            match out.last_mut() {
                Some(Block::List(items)) if prev == Prev::Item => items.push(span),
                _ => out.push(Block::List(vec![span])),
            }
            prev = Prev::Item;
            continue;
        }
        if is_separator(line) && prev == Prev::Row {
            continue;
        }
        if is_table_line(line) {
            let row = cells(line, at);
            let header_follows = lines.get(i + 1).is_some_and(|(_, next)| is_separator(next));
            match out.last_mut() {
                Some(Block::Table { rows, .. }) if prev == Prev::Row => rows.push(row),
                _ if header_follows => out.push(Block::Table {
                    head: Some(row),
                    rows: Vec::new(),
                }),
                _ => out.push(Block::Table {
                    head: None,
                    rows: vec![row],
                }),
            }
            prev = Prev::Row;
            continue;
        }
        prev = Prev::Other;
        let body = line.trim_start().trim_start_matches('#');
        let span = trimmed(body, at + (line.len() - body.len()));
        out.push(if is_heading(line) {
            Block::Heading(span)
        } else {
            Block::Paragraph(span)
        });
    }
    out
}

/// Where an excerpt sits in the text: after its section's heading line when it has one (so a
/// passage the text repeats is found under the right heading), else its first occurrence.
pub fn locate(text: &str, section: Option<&str>, excerpt: &str) -> Option<Span> {
    if excerpt.is_empty() {
        return None;
    }
    let from = section
        .and_then(|s| {
            text.match_indices(s).find(|(i, _)| {
                let line_start = *i == 0 || text.as_bytes()[i - 1] == b'\n';
                let line_end =
                    text[i + s.len()..].starts_with(['\n', '\r']) || i + s.len() == text.len();
                line_start && line_end
            })
        })
        .map_or(0, |(i, _)| i);
    let at = text[from..]
        .find(excerpt)
        .map(|i| from + i)
        .or_else(|| text.find(excerpt))?;
    Some(at..at + excerpt.len())
}

/// A record that quotes a passage: which record, and which of its excerpts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    pub record: RecordRef,
    pub excerpt: usize,
}

/// A distinct passage of a source that records quote, and the records quoting it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub range: Span,
    pub by: Vec<Citation>,
}

/// The passages of source `source` (an index) that records quote, in text order (an enclosing
/// passage before those inside it), each with every record quoting it. Excerpts not found in the
/// text (a dataset without it, or a rejected one) are left out.
pub fn quotes(c: &Catalog, source: usize) -> Vec<Quote> {
    let Some(s) = c.sources().get(source) else {
        return Vec::new();
    };
    let Some(text) = s.text.as_deref() else {
        return Vec::new();
    };
    let mut out: Vec<Quote> = Vec::new();
    // Initiatives, sectors and corridors first: their links lead first.
    let order = [
        Collection::Initiatives,
        Collection::Sectors,
        Collection::Corridors,
        Collection::Themes,
        Collection::Parties,
    ];
    let records = order
        .into_iter()
        .flat_map(|col| (0..c.data().len_of(col)).map(move |i| RecordRef::new(col, i)));
    for record in records {
        let list = c.data().provenance_at(record);
        for (n, p) in list.iter().enumerate() {
            if p.source != s.id {
                continue;
            }
            let Some(range) = locate(text, p.section.as_deref(), &p.excerpt) else {
                continue;
            };
            let citation = Citation { record, excerpt: n };
            match out.iter_mut().find(|q| q.range == range) {
                Some(q) => q.by.push(citation),
                None => out.push(Quote {
                    range,
                    by: vec![citation],
                }),
            }
        }
    }
    crate::explore::sorting::stable(&mut out, &|a, b| {
        (a.range.start, b.range.end).cmp(&(b.range.start, a.range.end))
    });
    out
}

/// A piece of a stretch of text: plain, or (part of) a quoted passage holding its own pieces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(Span),
    Quoted {
        /// The quote's index in the list given to [`pieces`].
        quote: usize,
        range: Span,
        /// Whether the passage starts in this piece (the place to scroll and focus to).
        starts: bool,
        /// Whether the passage ends in this piece (the place for its record links).
        ends: bool,
        inner: Vec<Piece>,
    },
}

/// `span` divided into plain and quoted pieces. A passage that crosses the end of the stretch or of
/// an enclosing passage is cut there and continues in the next piece, so pieces always nest.
pub fn pieces(span: &Span, quotes: &[Quote]) -> Vec<Piece> {
    let parts: Vec<(usize, Span)> = quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.range.start < span.end && q.range.end > span.start)
        .map(|(i, q)| (i, q.range.start.max(span.start)..q.range.end.min(span.end)))
        .collect();
    nest(span.clone(), &parts, quotes)
}

/// The pieces of `span` given the quote parts that lie inside it (sorted by start, longer first).
fn nest(span: Span, parts: &[(usize, Span)], quotes: &[Quote]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut at = span.start;
    let mut rest: Vec<(usize, Span)> = parts.to_vec();
    crate::explore::sorting::stable(&mut rest, &|(_, a), (_, b)| {
        (a.start, b.end).cmp(&(b.start, a.end))
    });
    while let Some(pos) = rest.iter().position(|(_, r)| r.start >= at) {
        let (q, r) = rest.remove(pos);
        if r.start > at {
            out.push(Piece::Text(at..r.start));
        }
        // Parts starting inside this one nest in it; those that run past its end are cut.
        let mut inner = Vec::new();
        let mut carry = Vec::new();
        rest.retain(|(qi, ri)| {
            if ri.start >= r.end {
                return true;
            }
            inner.push((*qi, ri.start..ri.end.min(r.end)));
            if ri.end > r.end {
                carry.push((*qi, r.end..ri.end));
            }
            false
        });
        rest.extend(carry);
        out.push(Piece::Quoted {
            quote: q,
            starts: r.start == quotes[q].range.start,
            ends: r.end == quotes[q].range.end,
            inner: nest(r.clone(), &inner, quotes),
            range: r.clone(),
        });
        at = r.end;
    }
    if at < span.end {
        out.push(Piece::Text(at..span.end));
    }
    out
}

/// A stretch of text a search matched: its block and its position among the block's spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub block: usize,
    pub span: Span,
    /// How many term matches the stretch has (more first).
    pub score: usize,
}

/// The stretches of text (paragraphs, list items, table cells and headings) in which every search
/// term matches a word's beginning, best first, at most `limit`.
pub fn find(text: &str, blocks: &[Block], terms: &[String], limit: usize) -> Vec<Found> {
    if terms.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (b, block) in blocks.iter().enumerate() {
        for span in block.spans() {
            let Some(stretch) = text.get(span.clone()) else {
                continue;
            };
            let words = text::tokens(stretch);
            let hits: Vec<usize> = terms
                .iter()
                .map(|t| words.iter().filter(|w| w.starts_with(t.as_str())).count())
                .collect();
            if hits.iter().all(|h| *h > 0) {
                out.push(Found {
                    block: b,
                    span: span.clone(),
                    score: hits.iter().sum(),
                });
            }
        }
    }
    // Best first; ties in text order (the sort is stable).
    crate::explore::sorting::stable(&mut out, &|a, b| b.score.cmp(&a.score));
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Opening line of the article, a full sentence.\n\
Key Points Here\n\
Some intro:\n\
- First: one thing.\n\
- Second: another.\n\
Name | Description |\n\
---|---|\n\
Alpha | The first row. |\n\
Beta | The second row. |\n";

    #[test]
    fn blocks_are_headings_paragraphs_lists_and_tables() {
        let b = blocks(TEXT);
        let text = |s: &Span| &TEXT[s.clone()];
        assert_eq!(b.len(), 5, "{b:?}");
        assert!(matches!(&b[0], Block::Paragraph(s) if text(s).starts_with("Opening")));
        assert!(matches!(&b[1], Block::Heading(s) if text(s) == "Key Points Here"));
        assert!(matches!(&b[2], Block::Paragraph(s) if text(s) == "Some intro:"));
        let Block::List(items) = &b[3] else {
            panic!("{:?}", b[3])
        };
        assert_eq!(
            items.iter().map(text).collect::<Vec<_>>(),
            ["First: one thing.", "Second: another."]
        );
        let Block::Table { head, rows } = &b[4] else {
            panic!("{:?}", b[4])
        };
        assert_eq!(
            head.as_ref().unwrap().iter().map(text).collect::<Vec<_>>(),
            ["Name", "Description"]
        );
        assert_eq!(rows.len(), 2);
        assert_eq!(
            rows[1].iter().map(text).collect::<Vec<_>>(),
            ["Beta", "The second row."]
        );
    }

    #[test]
    fn excerpts_are_found_under_their_section() {
        let t = "Intro mentions Alpha.\nSection Two\nAlpha again here.\n";
        assert_eq!(locate(t, None, "Alpha"), Some(15..20));
        assert_eq!(locate(t, Some("Section Two"), "Alpha"), Some(34..39));
        assert_eq!(locate(t, Some("No Such Heading"), "Alpha"), Some(15..20));
        assert_eq!(locate(t, None, "absent"), None);
    }

    fn quote(range: Span) -> Quote {
        Quote { range, by: vec![] }
    }

    #[test]
    fn nested_and_crossing_passages_become_nested_pieces() {
        // 0..20 contains 5..10; 15..30 crosses the end of 0..20 and of the stretch (0..25).
        let quotes = [quote(0..20), quote(5..10), quote(15..30)];
        let p = pieces(&(0..25), &quotes);
        let Piece::Quoted {
            quote: 0,
            inner,
            ends: true,
            starts: true,
            ..
        } = &p[0]
        else {
            panic!("{p:?}")
        };
        assert_eq!(inner.len(), 4, "{inner:?}");
        assert!(matches!(&inner[1], Piece::Quoted { quote: 1, range, .. } if *range == (5..10)));
        assert!(
            matches!(&inner[3], Piece::Quoted { quote: 2, range, starts: true, ends: false, .. } if *range == (15..20))
        );
        assert!(
            matches!(&p[1], Piece::Quoted { quote: 2, range, starts: false, ends: false, .. } if *range == (20..25))
        );
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn search_finds_stretches_with_every_term() {
        let b = blocks(TEXT);
        let found = find(TEXT, &b, &["second".to_string(), "row".to_string()], 10);
        assert_eq!(found.len(), 1);
        assert_eq!(&TEXT[found[0].span.clone()], "The second row.");
        assert!(find(TEXT, &b, &[], 10).is_empty());
    }
}

//! Full-text search over one view's records: a sorted vocabulary of normalised tokens with posting
//! lists, built once, so a keystroke costs time in proportion to what the query matches, not to the
//! size of the dataset.
//!
//! Terms match as prefixes ("fest" finds "festivals"); every term must match (AND). A record scores
//! more when a term hits its name rather than its summary or excerpt, and more for a whole word than
//! a prefix. Terms that match the names of a record's facet values (its themes, sectors, corridor…)
//! count as "related" hits; the caller supplies those sets.

use rustc_hash::FxHashMap;

use crate::explore::bitset::BitSet;
use crate::explore::text::for_each_token;

/// Where in a record a token occurs; the weights rank matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Zone {
    /// The record's name.
    Name = 0,
    /// Summary, outcomes and timeline label.
    Summary = 1,
    /// Provenance excerpts.
    Excerpt = 2,
}

const FIELD_WEIGHT: [u32; 3] = [8, 3, 1];
/// Weight of a term that matches one of the record's related names (theme, sector, corridor…).
pub const RELATED_WEIGHT: u32 = 2;

/// The index of one view's records.
#[derive(Debug, Default)]
pub struct SearchIndex {
    len: usize,
    /// Distinct tokens, sorted, so a prefix is a contiguous range.
    vocab: Vec<Box<str>>,
    /// `postings[offsets[t]..offsets[t + 1]]` are `(doc << 2) | field` for vocabulary entry `t`.
    offsets: Vec<u32>,
    postings: Vec<u32>,
}

/// What a query matched.
#[derive(Clone, Debug, PartialEq)]
pub struct Hits {
    /// The records matching every term.
    pub matches: BitSet,
    /// Relevance of each record (0 where it does not match).
    pub scores: Vec<u32>,
}

impl SearchIndex {
    /// Indexes `len` records; `texts(i, add)` calls `add(field, text)` for each text of record `i`.
    pub fn build(
        len: usize,
        mut texts: impl FnMut(usize, &mut dyn FnMut(Zone, &str)),
    ) -> SearchIndex {
        let mut ids: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut triples: Vec<(u32, u32)> = Vec::new(); // (token id, posting)
        let mut doc_tokens: Vec<(u32, u8)> = Vec::new();
        let mut buf = String::new();
        for doc in 0..len {
            doc_tokens.clear();
            texts(doc, &mut |field, text| {
                for_each_token(text, &mut buf, |_, _, token| {
                    let id = match ids.get(token) {
                        Some(&id) => id,
                        None => {
                            let id = ids.len() as u32;
                            ids.insert(token.into(), id);
                            id
                        }
                    };
                    doc_tokens.push((id, field as u8));
                });
            });
            // One posting per token and document, at the document's best field.
            let mut packed: Vec<u64> = doc_tokens
                .iter()
                .map(|&(t, f)| u64::from(t) << 8 | u64::from(f))
                .collect();
            crate::explore::sorting::keys(&mut packed);
            doc_tokens.clear();
            doc_tokens.extend(packed.iter().map(|&k| ((k >> 8) as u32, k as u8)));
            doc_tokens.dedup_by_key(|(t, _)| *t);
            triples.extend(
                doc_tokens
                    .iter()
                    .map(|&(t, f)| (t, ((doc as u32) << 2) | f as u32)),
            );
        }
        // Sort the vocabulary and renumber tokens in that order.
        let mut vocab: Vec<(Box<str>, u32)> = ids.into_iter().collect();
        crate::explore::sorting::stable(&mut vocab, &|a, b| a.0.cmp(&b.0));
        let mut rank = vec![0u32; vocab.len()];
        for (r, (_, old)) in vocab.iter().enumerate() {
            rank[*old as usize] = r as u32;
        }
        // Counting sort of postings by token rank; documents stay ascending within a token.
        let mut offsets = vec![0u32; vocab.len() + 1];
        for &(t, _) in &triples {
            offsets[rank[t as usize] as usize + 1] += 1;
        }
        for i in 0..vocab.len() {
            offsets[i + 1] += offsets[i];
        }
        let mut next = offsets.clone();
        let mut postings = vec![0u32; triples.len()];
        for &(t, p) in &triples {
            let slot = &mut next[rank[t as usize] as usize];
            postings[*slot as usize] = p;
            *slot += 1;
        }
        SearchIndex {
            len,
            vocab: vocab.into_iter().map(|(w, _)| w).collect(),
            offsets,
            postings,
        }
    }

    /// How many distinct tokens the index holds.
    pub fn vocabulary_len(&self) -> usize {
        self.vocab.len()
    }

    /// Runs a query of normalised `terms`. `related(term_index)` gives the records whose related
    /// names match that term, if any.
    pub fn search(
        &self,
        terms: &[String],
        mut related: impl FnMut(usize) -> Option<BitSet>,
    ) -> Hits {
        let mut scores = vec![0u32; self.len];
        if terms.is_empty() {
            return Hits {
                matches: BitSet::full(self.len),
                scores,
            };
        }
        // Which terms each record matched, one bit per term.
        let mut matched = vec![0u16; self.len];
        for (ti, term) in terms.iter().enumerate() {
            let bit = 1u16 << ti;
            let start = self.vocab.partition_point(|w| &**w < term.as_str());
            for (t, word) in self.vocab[start..].iter().enumerate() {
                if !word.starts_with(term.as_str()) {
                    break;
                }
                let exact = word.len() == term.len();
                let t = start + t;
                let range = self.offsets[t] as usize..self.offsets[t + 1] as usize;
                for &p in &self.postings[range] {
                    let doc = (p >> 2) as usize;
                    let w = FIELD_WEIGHT[(p & 3) as usize] * if exact { 2 } else { 1 };
                    scores[doc] += w;
                    matched[doc] |= bit;
                }
            }
            if let Some(rel) = related(ti) {
                for doc in rel.iter() {
                    scores[doc] += RELATED_WEIGHT;
                    matched[doc] |= bit;
                }
            }
        }
        let all = if terms.len() >= 16 {
            u16::MAX
        } else {
            (1u16 << terms.len()) - 1
        };
        let mut matches = BitSet::empty(self.len);
        for (doc, m) in matched.iter().enumerate() {
            if *m == all {
                matches.insert(doc);
            } else {
                scores[doc] = 0;
            }
        }
        Hits { matches, scores }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explore::text::query_terms;

    fn index(docs: &[(&str, &str)]) -> SearchIndex {
        let docs: Vec<(String, String)> = docs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        SearchIndex::build(docs.len(), |i, add| {
            add(Zone::Name, &docs[i].0);
            add(Zone::Summary, &docs[i].1);
        })
    }

    fn found(ix: &SearchIndex, q: &str) -> Vec<usize> {
        ix.search(&query_terms(q), |_| None)
            .matches
            .iter()
            .collect()
    }

    #[test]
    fn prefixes_match_and_all_terms_are_required() {
        let ix = index(&[
            ("Cultural Festival", "Annual event"),
            ("Security Roundtable", "Regular discussions"),
            ("Cultural Festivals", "Joint festivals"),
        ]);
        assert_eq!(found(&ix, "fest"), [0, 2]);
        assert_eq!(found(&ix, "cult ann"), [0]);
        assert_eq!(found(&ix, "FESTIVAL"), [0, 2]);
        assert_eq!(found(&ix, "zzz"), Vec::<usize>::new());
        assert_eq!(found(&ix, ""), [0, 1, 2]);
    }

    #[test]
    fn names_outrank_summaries_and_words_outrank_prefixes() {
        let ix = index(&[
            ("Trade facilitation", "customs"),
            ("Customs", "trade"),
            ("Tradecraft", "x"),
        ]);
        let hits = ix.search(&query_terms("trade"), |_| None);
        assert!(hits.scores[0] > hits.scores[1], "{:?}", hits.scores);
        assert!(hits.scores[0] > hits.scores[2], "{:?}", hits.scores);
    }

    #[test]
    fn related_names_count_as_matches() {
        let ix = index(&[("Forum", "business"), ("Festival", "culture")]);
        let energy = BitSet::from_indexes(2, [1]);
        let hits = ix.search(&query_terms("energy"), |_| Some(energy.clone()));
        assert_eq!(hits.matches.iter().collect::<Vec<_>>(), [1]);
        assert_eq!(hits.scores[1], RELATED_WEIGHT);
    }
}

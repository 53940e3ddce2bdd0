//! Ordering a view's matches: by up to three sort keys, else by relevance when searching, else in
//! source order. Ties always fall back to source order, so every order is stable. Each column's order
//! is computed once per set of [`Labels`] (the words a column's values are shown with) and reused.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::OnceLock;

use super::ViewIndex;
use crate::address::query::{Dir, SortKey};
use crate::data::catalog::{Catalog, RecordRef};
use crate::data::model::Words;
use crate::explore::bitset::BitSet;
use crate::explore::search::Hits;
use crate::explore::text;
use crate::present::fields::{self, Field, Shown, TermValue, Value};

/// How many sets of labels orders are kept for (one per interface language).
pub const LABEL_SETS: usize = 8;

/// The words a view shows values with, which text columns sort by: the interface's names for
/// vocabulary terms and records, in the reader's language.
pub trait Labels {
    /// Which set these are, below [`LABEL_SETS`]; orders computed with one set are reused for it.
    fn set(&self) -> usize;
    /// A vocabulary value's label.
    fn term(&self, t: TermValue) -> Cow<'_, str>;
    /// A record's name (its own name, or a translation of it).
    fn record<'c>(&self, c: &'c Catalog, r: RecordRef) -> Cow<'c, str>;
    /// The record's other words in the labels' language (summary, outcomes, timeline label), where
    /// the dataset translates them; `None`: its own.
    fn words<'c>(&self, _c: &'c Catalog, _r: RecordRef) -> Option<&'c Words> {
        None
    }
}

/// The dataset's own words: records by their names, terms by their English labels.
pub struct SourceLabels;

impl Labels for SourceLabels {
    fn set(&self) -> usize {
        0
    }
    fn term(&self, t: TermValue) -> Cow<'_, str> {
        Cow::Borrowed(t.label())
    }
    fn record<'c>(&self, c: &'c Catalog, r: RecordRef) -> Cow<'c, str> {
        Cow::Borrowed(c.name_of(r))
    }
}

/// A sort key's value for one record.
#[derive(Clone, Debug, PartialEq, PartialOrd)]
enum Key {
    Num(i64),
    Text(String),
}

/// One column's records in sorted order.
#[derive(Debug)]
pub(super) struct ColumnOrder {
    /// Records with a value, ascending, ties in source order; then records without one.
    order: Vec<u32>,
    /// How many records have a value.
    present: usize,
    /// Each record's rank (equal values share one); `u32::MAX` when it has no value.
    rank: Vec<u32>,
    /// How many distinct ranks there are.
    distinct: u32,
}

/// The column orders of a view: one slot per column per label set, each built on first use.
#[derive(Debug)]
pub(super) struct Orders(Vec<[OnceLock<ColumnOrder>; LABEL_SETS]>);

impl Orders {
    pub(super) fn new(columns: usize) -> Orders {
        Orders((0..columns).map(|_| Default::default()).collect())
    }
}

impl ViewIndex {
    /// Orders the records of `set`: by the sort keys; else by relevance when searching; else in
    /// source order.
    pub(super) fn order(
        &self,
        catalog: &Catalog,
        set: &BitSet,
        hits: Option<&Hits>,
        sort: &[SortKey],
        labels: &dyn Labels,
    ) -> Vec<u32> {
        let keys: Vec<(&ColumnOrder, Dir)> = sort
            .iter()
            .filter_map(|k| {
                let col = self.columns.iter().position(|(f, _)| *f == k.column)?;
                Some((self.column_order(catalog, col, labels), k.dir))
            })
            .collect();
        match (keys.as_slice(), hits) {
            ([], None) => set.iter().map(|i| i as u32).collect(),
            ([], Some(h)) => by_relevance(set, h),
            ([(o, dir)], _) => by_one(o, *dir, set),
            (keys, _) => by_several(keys, set, self.len),
        }
    }

    /// The sorted order of column number `col` with `labels`, built on first use.
    fn column_order(&self, catalog: &Catalog, col: usize, labels: &dyn Labels) -> &ColumnOrder {
        let set = labels.set().min(LABEL_SETS - 1);
        self.orders.0[col][set].get_or_init(|| {
            let column = self.columns[col];
            let keys: Vec<Option<Key>> = (0..self.len)
                .map(|i| sort_key(self, catalog, i, column, labels))
                .collect();
            ColumnOrder::new(&keys)
        })
    }
}

/// A record's sort key for a column: numbers as numbers (counts, a timeline's first year), text as
/// shown, folded like search text.
fn sort_key(
    index: &ViewIndex,
    c: &Catalog,
    i: usize,
    (field, shown): (Field, Shown),
    labels: &dyn Labels,
) -> Option<Key> {
    if field == Field::Timeline
        && let Some((start, _)) = index.years(i)
    {
        return Some(Key::Num(start as i64));
    }
    let me = RecordRef::new(index.view.collection(), i);
    let value = fields::value(c, me, field);
    if shown == Shown::Count {
        return Some(Key::Num(value.count() as i64));
    }
    let folded = |s: &str| Some(Key::Text(text::tokens(s).join(" ")));
    let words = labels.words(c, me);
    match value {
        Value::Missing => None,
        Value::Text(_) if field == Field::Name => folded(&labels.record(c, me)),
        Value::Text(s) => folded(words.and_then(|w| w.summary.as_deref()).unwrap_or(s)),
        Value::Texts(list) => match words.map(|w| &w.outcomes) {
            Some(t) if t.len() == list.len() => folded(&t.join(" ")),
            _ => folded(&list.join(" ")),
        },
        Value::Timeline(t) => folded(
            words
                .and_then(|w| w.timeline.as_deref())
                .unwrap_or(&t.label),
        ),
        Value::Term(t) => folded(&labels.term(t)),
        Value::Records(collection, items) => {
            let names: Vec<Cow<'_, str>> = items
                .iter()
                .map(|&k| labels.record(c, RecordRef::new(collection, k as usize)))
                .collect();
            folded(&names.join(" "))
        }
    }
}

impl ColumnOrder {
    fn new(keys: &[Option<Key>]) -> ColumnOrder {
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        // Present values ascending (ties in source order), then missing ones in source order.
        crate::explore::sorting::indexes(&mut order, &|a, b| match (
            &keys[a as usize],
            &keys[b as usize],
        ) {
            (Some(x), Some(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        });
        let present = keys.iter().filter(|k| k.is_some()).count();
        let mut rank = vec![u32::MAX; keys.len()];
        let mut r = 0u32;
        for (pos, &i) in order[..present].iter().enumerate() {
            if pos > 0 && keys[order[pos - 1] as usize] != keys[i as usize] {
                r += 1;
            }
            rank[i as usize] = r;
        }
        let distinct = if present == 0 { 0 } else { r + 1 };
        ColumnOrder {
            order,
            present,
            rank,
            distinct,
        }
    }

    /// The key as a number that sorts ascending: the rank (reversed for descending), and missing
    /// values after all present ones either way.
    fn slot(&self, dir: Dir, i: u32) -> u64 {
        match self.rank[i as usize] {
            u32::MAX => u64::from(self.distinct),
            r if dir == Dir::Asc => u64::from(r),
            r => u64::from(self.distinct - 1 - r),
        }
    }
}

/// Score descending, then source order: one u64 key per record.
/// The records of a search's matches, most relevant first (ties in source order).
pub fn ranked(h: &Hits) -> Vec<u32> {
    by_relevance(&h.matches, h)
}

fn by_relevance(set: &BitSet, h: &Hits) -> Vec<u32> {
    let mut keyed: Vec<u64> = set
        .iter()
        .map(|i| ((u32::MAX - h.scores[i]) as u64) << 32 | i as u64)
        .collect();
    crate::explore::sorting::keys(&mut keyed);
    keyed.iter().map(|k| *k as u32).collect()
}

fn by_one(o: &ColumnOrder, dir: Dir, set: &BitSet) -> Vec<u32> {
    let (present, missing) = o.order.split_at(o.present);
    let keep = |i: &&u32| set.contains(**i as usize);
    match dir {
        Dir::Asc => present
            .iter()
            .filter(keep)
            .chain(missing.iter().filter(keep))
            .copied()
            .collect(),
        Dir::Desc => {
            // Descending by value, but ties still in source order.
            let mut out: Vec<u32> = present.iter().filter(keep).copied().collect();
            crate::explore::sorting::indexes(&mut out, &|a, b| {
                o.rank[b as usize].cmp(&o.rank[a as usize])
            });
            out.extend(missing.iter().filter(keep));
            out
        }
    }
}

fn by_several(keys: &[(&ColumnOrder, Dir)], set: &BitSet, len: usize) -> Vec<u32> {
    let mut out: Vec<u32> = set.iter().map(|i| i as u32).collect();
    if let [(a, da), (b, db)] = keys
        && len < (1 << 21)
    {
        // Two keys and the index packed into one u64 (21 bits each; every slot is at most `len`):
        // an unstable sort that is stable by construction.
        let mut keyed: Vec<u64> = out
            .iter()
            .map(|&i| a.slot(*da, i) << 42 | b.slot(*db, i) << 21 | u64::from(i))
            .collect();
        crate::explore::sorting::keys(&mut keyed);
        return keyed.iter().map(|k| (k & ((1 << 21) - 1)) as u32).collect();
    }
    crate::explore::sorting::indexes(&mut out, &|a, b| {
        keys.iter()
            .map(|(o, dir)| o.slot(*dir, a).cmp(&o.slot(*dir, b)))
            .find(|ord| *ord != Ordering::Equal)
            .unwrap_or(Ordering::Equal)
    });
    out
}

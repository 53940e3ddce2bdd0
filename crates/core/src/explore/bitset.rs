//! A fixed-size set of record indexes as 64-bit words: the currency of filtering and facet counts.

/// A set of indexes `0..len`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BitSet {
    words: Vec<u64>,
    len: usize,
}

impl BitSet {
    /// The empty set over `0..len`.
    pub fn empty(len: usize) -> BitSet {
        BitSet {
            words: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// The full set `0..len`.
    pub fn full(len: usize) -> BitSet {
        let mut s = BitSet {
            words: vec![u64::MAX; len.div_ceil(64)],
            len,
        };
        s.trim();
        s
    }

    /// The set of the given indexes (out-of-range ones are ignored).
    pub fn from_indexes(len: usize, indexes: impl IntoIterator<Item = u32>) -> BitSet {
        let mut s = BitSet::empty(len);
        for i in indexes {
            s.insert(i as usize);
        }
        s
    }

    fn trim(&mut self) {
        let extra = self.words.len() * 64 - self.len;
        if extra > 0
            && let Some(last) = self.words.last_mut()
        {
            *last &= u64::MAX >> extra;
        }
    }

    /// The size of the universe, `len` in `0..len`.
    pub fn universe(&self) -> usize {
        self.len
    }

    /// Adds `i` (ignored when out of range).
    pub fn insert(&mut self, i: usize) {
        if i < self.len {
            self.words[i / 64] |= 1 << (i % 64);
        }
    }

    /// Whether `i` is in the set.
    pub fn contains(&self, i: usize) -> bool {
        i < self.len && self.words[i / 64] & (1 << (i % 64)) != 0
    }

    /// Keeps only the members also in `other`.
    pub fn intersect_with(&mut self, other: &BitSet) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    /// Adds the members of `other`.
    pub fn union_with(&mut self, other: &BitSet) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// The number of members.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// The number of members also in `other`, without building the intersection.
    pub fn count_and(&self, other: &BitSet) -> usize {
        self.words
            .iter()
            .zip(&other.words)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }

    /// The members, ascending.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(wi * 64 + bit)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_algebra() {
        let a = BitSet::from_indexes(130, [0, 5, 64, 129]);
        let b = BitSet::from_indexes(130, [5, 64, 100, 500]);
        assert_eq!(a.count(), 4);
        assert_eq!(a.count_and(&b), 2);
        let mut c = a.clone();
        c.intersect_with(&b);
        assert_eq!(c.iter().collect::<Vec<_>>(), [5, 64]);
        c.union_with(&BitSet::from_indexes(130, [1]));
        assert_eq!(c.iter().collect::<Vec<_>>(), [1, 5, 64]);
        assert!(a.contains(129) && !a.contains(130) && !a.contains(1));
    }

    #[test]
    fn full_has_exactly_len_members() {
        for len in [0, 1, 63, 64, 65, 1000] {
            assert_eq!(BitSet::full(len).count(), len);
            assert_eq!(BitSet::full(len).iter().last(), len.checked_sub(1));
        }
    }
}

//! Compact adjacency lists: the resolved references between records (initiative → sectors, …).

/// Adjacency lists in one allocation: the targets of record `i` are
/// `targets[offsets[i]..offsets[i + 1]]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adjacency {
    offsets: Vec<u32>,
    targets: Vec<u32>,
}

impl Default for Adjacency {
    fn default() -> Adjacency {
        Adjacency {
            offsets: vec![0],
            targets: Vec::new(),
        }
    }
}

impl Adjacency {
    /// Builds links from each record's target list.
    pub fn from_lists<L: AsRef<[u32]>>(lists: &[L]) -> Adjacency {
        let mut b = Adjacency::default();
        for list in lists {
            b.targets.extend_from_slice(list.as_ref());
            b.end_record();
        }
        b
    }

    /// Appends a target to the record being built.
    pub(crate) fn push(&mut self, target: u32) {
        self.targets.push(target);
    }

    /// Closes the record being built; the next push starts the next record.
    pub(crate) fn end_record(&mut self) {
        self.offsets.push(self.targets.len() as u32);
    }

    /// The targets of record `i` (empty when out of range).
    pub fn get(&self, i: usize) -> &[u32] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.targets[a as usize..b as usize],
            _ => &[],
        }
    }

    /// How many records the links are for.
    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Whether there are no records.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The reverse relation over `m` targets: for each target, the records linking to it, ascending.
    pub fn invert(&self, m: usize) -> Adjacency {
        let mut offsets = vec![0u32; m + 1];
        for &t in &self.targets {
            offsets[t as usize + 1] += 1;
        }
        for i in 0..m {
            offsets[i + 1] += offsets[i];
        }
        let mut next = offsets.clone();
        let mut targets = vec![0u32; self.targets.len()];
        for i in 0..self.len() {
            for &t in self.get(i) {
                let slot = &mut next[t as usize];
                targets[*slot as usize] = i as u32;
                *slot += 1;
            }
        }
        Adjacency { offsets, targets }
    }

    /// The union of this relation and `more` over the same records: each record's own targets first,
    /// then those of `more` it lacks. Linear in the total size (`m` is the number of targets).
    pub fn union(&self, more: &Adjacency, m: usize) -> Adjacency {
        let mut out = Adjacency::default();
        let mut seen = vec![false; m];
        for i in 0..self.len().max(more.len()) {
            let start = out.targets.len();
            for &t in self.get(i).iter().chain(more.get(i)) {
                if let Some(s) = seen.get_mut(t as usize)
                    && !*s
                {
                    *s = true;
                    out.targets.push(t);
                }
            }
            for &t in &out.targets[start..] {
                seen[t as usize] = false;
            }
            out.end_record();
        }
        out
    }

    /// The union of this relation and its inverse over the same records, each list sorted and
    /// without repeats (for symmetric relations such as "related").
    pub fn symmetric(&self) -> Adjacency {
        let back = self.invert(self.len());
        let mut out = Adjacency::default();
        let mut both = Vec::new();
        for i in 0..self.len() {
            both.clear();
            both.extend_from_slice(self.get(i));
            both.extend_from_slice(back.get(i));
            crate::explore::sorting::indexes(&mut both, &|a, b| a.cmp(&b));
            both.dedup();
            out.targets.extend_from_slice(&both);
            out.end_record();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invert_gives_the_reverse_relation() {
        let forward = Adjacency::from_lists(&[vec![1, 2], vec![2], vec![]]);
        let back = forward.invert(3);
        assert_eq!(back.get(0), &[] as &[u32]);
        assert_eq!(back.get(1), &[0]);
        assert_eq!(back.get(2), &[0, 1]);
        assert_eq!(back.get(7), &[] as &[u32]);
    }

    #[test]
    fn union_keeps_own_order_then_adds_the_others_once() {
        let a = Adjacency::from_lists(&[vec![2, 0], vec![], vec![1]]);
        let b = Adjacency::from_lists(&[vec![0, 1], vec![2, 2]]);
        let u = a.union(&b, 3);
        assert_eq!(u.len(), 3);
        assert_eq!(u.get(0), &[2, 0, 1]);
        assert_eq!(u.get(1), &[2]);
        assert_eq!(u.get(2), &[1]);
    }

    #[test]
    fn symmetric_links_both_ways_once() {
        let forward = Adjacency::from_lists(&[vec![1], vec![0, 2], vec![]]);
        let both = forward.symmetric();
        assert_eq!(both.get(0), &[1]);
        assert_eq!(both.get(1), &[0, 2]);
        assert_eq!(both.get(2), &[1]);
    }
}

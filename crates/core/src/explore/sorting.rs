//! Every sort of the crate goes through here. Each call of the standard library's `sort_by` with its
//! own closure is a separate copy of the whole sort in the wasm (2–5 KB each); routing them through
//! two instantiations — `u64` keys, and record indexes with a comparator behind `&dyn` — keeps one
//! copy of each.

use std::cmp::Ordering;

/// Sorts packed `u64` keys ascending.
pub fn keys(v: &mut [u64]) {
    v.sort_unstable();
}

/// Sorts indexes with a comparator; equal ones keep ascending index order, so the order is total
/// and the result the same as a stable sort of indexes given in ascending order.
pub fn indexes(v: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    v.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
}

/// A stable sort of any list by a comparator (through an index sort, then a permutation).
pub fn stable<T>(v: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    indexes(&mut order, &|a, b| cmp(&v[a as usize], &v[b as usize]));
    let mut taken: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&i| taken[i as usize].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_keeps_equal_items_in_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        stable(&mut v, &|x, y| x.0.cmp(&y.0));
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        let mut i = vec![3, 1, 2, 0];
        indexes(&mut i, &|_, _| Ordering::Equal);
        assert_eq!(i, [0, 1, 2, 3]);
    }
}

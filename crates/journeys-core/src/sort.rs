//! The one sort every sort in the site goes through: stable, like `slice::sort_by`, with the
//! same results, but small in the wasm.
//!
//! The standard library's sorts are generic over the element type and the comparison, so each
//! call site gets its own copy of the whole algorithm (driftsort, with its small-sort networks
//! and merges): 16 call sites made 101 functions and 52 KB of wasm. Here the algorithm is one
//! non-generic merge sort of indices, given the comparison as a `dyn` closure; what each call
//! site adds is its comparison and the short loop that moves the elements into sorted order.
//! The slices sorted here hold at most a few hundred elements, so the extra indirection costs
//! nothing a reader notices.

use std::cmp::Ordering;

/// Sorts `v` by `compare`; equal elements keep their order (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let order = sorted_order(v.len(), &mut |a, b| compare(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` by the key `key` gives each element; equal keys keep their order (as
/// `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order; equal elements keep their order (as `slice::sort`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The indices `0..len` in the order that sorts the elements `compare` compares by index:
/// a bottom-up merge sort, stable because a merge takes from the left run on a tie.
fn sorted_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut merged = vec![0; len];
    let mut width = 1;
    while width < len {
        for start in (0..len).step_by(2 * width) {
            let mid = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut i, mut j) = (start, mid);
            for slot in &mut merged[start..end] {
                let take_left = j == end || (i < mid && compare(order[i], order[j]) != Ordering::Greater);
                if take_left {
                    *slot = order[i];
                    i += 1;
                } else {
                    *slot = order[j];
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

/// Moves the elements of `v` so that position `k` holds the element that was at `order[k]`,
/// by following each cycle of the permutation with swaps. `order` is used up as the record of
/// which positions are done (a done position points at itself).
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut k = start;
        while order[k] != start {
            let from = order[k];
            v.swap(k, from);
            order[k] = k;
            k = from;
        }
        order[k] = k;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included: the elements
        /// carry their original position, which the comparison ignores.
        #[test]
        fn matches_std_stable_sort(keys in proptest::collection::vec(0u8..6, 0..80)) {
            let tagged: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut ours = tagged.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std_sorted = tagged;
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);
        }

        #[test]
        fn sorts_strings(words in proptest::collection::vec("[a-c]{0,3}", 0..40)) {
            let mut ours = words.clone();
            sort(&mut ours);
            let mut std_sorted = words;
            std_sorted.sort();
            prop_assert_eq!(ours, std_sorted);
        }
    }

    #[test]
    fn by_key_is_stable() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }
}

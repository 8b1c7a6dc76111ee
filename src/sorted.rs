//! A map kept as one sorted vector: the small maps of this crate (regions, parameter series,
//! sources, months per region) without the B-tree's node code.
//!
//! Every `BTreeMap<K, V>` instantiation brings its own copy of the B-tree's insert, search,
//! rebalance and drop code into the WebAssembly module (about 40 kB before compression for the
//! eight this crate used). The maps here hold at most a few hundred entries, are filled once and
//! then only read, so a sorted `Vec` searched by bisection does the same job in a few hundred
//! bytes per type. Iteration is in key order, as with `BTreeMap`, so outputs do not change.
//!
//! ```
//! use pension_estimator::sorted::SortedMap;
//!
//! let mut m: SortedMap<String, u32> = SortedMap::new();
//! *m.entry_or_default("GD".to_owned()) += 2;
//! m.insert("BJ".to_owned(), 1);
//! *m.entry_or_default("GD".to_owned()) += 1;
//! assert_eq!(m.get("GD"), Some(&3));
//! assert_eq!(m.keys().collect::<Vec<_>>(), ["BJ", "GD"]);
//! ```

use std::borrow::Borrow;
use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A map from keys to values, sorted by key, each key at most once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
        }
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// The position of `key` among the entries (in key order), if present: see
    /// [`SortedMap::entry_at`].
    pub fn position<Q: Ord + ?Sized>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok()
    }

    /// The value of `key`, if present.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.entries[i].1)
    }

    /// The value of `key` to change, if present.
    pub fn get_mut<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &mut self.entries[i].1)
    }

    /// Whether `key` is present.
    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Sets the value of `key`, returning the one it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    /// The value of `key`, inserted as `V::default()` first if absent.
    pub fn entry_or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.entries.insert(i, (key, V::default()));
                i
            }
        };
        &mut self.entries[i].1
    }

    /// Removes every entry (keeping the allocation).
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// Removes `key`, returning its value.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| self.entries.remove(i).1)
    }
}

impl<K, V> SortedMap<K, V> {
    /// The key and value at position `i` in key order (see [`SortedMap::position`]).
    pub fn entry_at(&self, i: usize) -> Option<(&K, &V)> {
        self.entries.get(i).map(|(k, v)| (k, v))
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values in key order, to change.
    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut V> + ExactSizeIterator {
        self.entries.iter_mut().map(|(_, v)| v)
    }

    /// The values in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl<'a, K, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// Later entries of an equal key replace earlier ones, as with `BTreeMap`.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut m = Self::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> std::ops::Index<&Q> for SortedMap<K, V> {
    type Output = V;

    /// The value of `key`; panics when absent, as `BTreeMap`'s does (for keys known to be there,
    /// like `location`'s own months per region).
    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no such key")
    }
}

/// Written as a JSON object, as a `BTreeMap` would be.
impl<K: Serialize, V: Serialize> Serialize for SortedMap<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

/// Read as a `BTreeMap` would be (used by the test oracle of the parameter data only).
impl<'de, K: Ord + Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for SortedMap<K, V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        BTreeMap::<K, V>::deserialize(d).map(|m| Self {
            entries: m.into_iter().collect(),
        })
    }
}

/// Sorts `v` by `key`, stably (equal keys keep their order), as `slice::sort_by_key` does.
///
/// An insertion sort: the standard library's stable sort brings its own driftsort, merge and
/// small-sort code into the WebAssembly module for every element type sorted, this a few dozen
/// bytes per type (1.6 kB less gzipped in all, docs/size.md). The vectors sorted in this crate
/// are built nearly in order (months of segments already sorted by start, a handful of
/// overrides), where an insertion sort is linear; the longest, the months of a working life,
/// has several hundred elements.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_as_a_btree_map_on_the_same_operations() {
        let ops = [("b", 1), ("a", 2), ("c", 3), ("b", 4), ("a", 5)];
        let mut ours = SortedMap::new();
        let mut theirs = BTreeMap::new();
        for (k, v) in ops {
            assert_eq!(ours.insert(k, v), theirs.insert(k, v));
        }
        assert_eq!(ours.remove("c"), theirs.remove("c"));
        assert_eq!(ours.remove("z"), theirs.remove("z"));
        assert_eq!(
            ours.iter().collect::<Vec<_>>(),
            theirs.iter().collect::<Vec<_>>()
        );
        assert_eq!(ours.get("b"), Some(&4));
        assert!(!ours.contains_key("c"));
        assert_eq!(ours.len(), 2);
    }

    #[test]
    fn serializes_as_an_object_in_key_order() {
        let m: SortedMap<String, u32> = [("SH".to_owned(), 1), ("GD".to_owned(), 2)]
            .into_iter()
            .collect();
        assert_eq!(serde_json::to_string(&m).unwrap(), r#"{"GD":2,"SH":1}"#);
        let back: SortedMap<String, u32> = serde_json::from_str(r#"{"SH":1,"GD":2}"#).unwrap();
        assert_eq!(back, m);
    }

    #[test]
    fn sort_by_key_is_stable_and_agrees_with_the_standard_sort() {
        let mut state = 7u64;
        for n in [0, 1, 2, 5, 40] {
            let v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((state >> 60) as u8, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            let mut theirs = v;
            theirs.sort_by_key(|p| p.0);
            assert_eq!(ours, theirs);
        }
    }
}

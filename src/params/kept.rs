//! Values of [`Params::get`](super::Params::get) kept between calculations, on lasting terms.
//!
//! A lookup's value depends on the data, the caller's overrides, the region, the key and the
//! month, and for wage figures filled before or past the published years also on the valuation
//! month (the back-cast growth is read at it) and the assumed wage growth (projections). On the
//! terms of [`Params::lasting_key`](super::Params::lasting_key) — the process's own data, which
//! never changes once read, no overrides, and a quiet context, which records nothing — it is
//! therefore a function of (terms, key, region, month). A platform's batch asks the same few
//! regions and years for every rider; the page asks them again at every what-if. Kept here,
//! each is looked up once per process and set of terms.
//!
//! Native only (the CLI, the library): in the WebAssembly module the memo cost 1.1 kB of the
//! download for a few per cent of a headline (docs/speed.md, round 5).
//!
//! Bounded like the rate runs of `employee::contributions`: the four most recent sets of terms,
//! 16,384 values in each (a set that fills is emptied and filled again), 256 region names (past
//! them, values of further regions are not kept). An error is never kept: it names the caller's
//! path, and the next caller looks up again.

use std::cell::RefCell;

use rust_decimal::Decimal;

use super::LastingKey;
use crate::sorted::SortedMap;
use crate::Month;

/// (position of the key in the registry, position of the region name, month).
type Place = (u16, u16, Month);

struct Kept {
    /// The region names seen, by position.
    regions: Vec<Box<str>>,
    /// Per set of terms, the most recent last: the values by place.
    sets: Vec<(LastingKey, SortedMap<Place, Option<Decimal>>)>,
}

const SETS: usize = 4;
const VALUES: usize = 16_384;
const REGIONS: usize = 256;

thread_local! {
    static KEPT: RefCell<Kept> = const {
        RefCell::new(Kept {
            regions: Vec::new(),
            sets: Vec::new(),
        })
    };
}

/// The value kept for (`terms`, key `key`, `region`, `at`): `Some(value)` when one is kept
/// (`value` itself may be `None`: a yearly figure the data does not have), else `None`.
pub(super) fn find(
    terms: LastingKey,
    key: usize,
    region: &str,
    at: Month,
) -> Option<Option<Decimal>> {
    KEPT.with_borrow(|k| {
        let place = (u16::try_from(key).ok()?, k.region(region)?, at);
        let (_, values) = k.sets.iter().find(|(t, _)| *t == terms)?;
        values.get(&place).copied()
    })
}

/// Keeps `value` for (`terms`, `key`, `region`, `at`).
pub(super) fn keep(terms: LastingKey, key: usize, region: &str, at: Month, value: Option<Decimal>) {
    KEPT.with_borrow_mut(|k| {
        let (Ok(key), Some(r)) = (u16::try_from(key), k.region_or_new(region)) else {
            return;
        };
        let Some(values) = k.set(terms) else {
            return;
        };
        if values.len() >= VALUES {
            *values = SortedMap::new();
        }
        values.insert((key, r, at), value);
    });
}

impl Kept {
    fn region(&self, name: &str) -> Option<u16> {
        let i = self.regions.iter().position(|r| **r == *name)?;
        u16::try_from(i).ok()
    }

    fn region_or_new(&mut self, name: &str) -> Option<u16> {
        if let Some(i) = self.region(name) {
            return Some(i);
        }
        if self.regions.len() >= REGIONS {
            return None;
        }
        self.regions.push(name.into());
        u16::try_from(self.regions.len() - 1).ok()
    }

    /// The values of `terms`, made the most recent set (a new set drops the oldest past
    /// [`SETS`]).
    fn set(&mut self, terms: LastingKey) -> Option<&mut SortedMap<Place, Option<Decimal>>> {
        match self.sets.iter().position(|(t, _)| *t == terms) {
            Some(i) => {
                let set = self.sets.remove(i);
                self.sets.push(set);
            }
            None => {
                if self.sets.len() >= SETS {
                    self.sets.remove(0);
                }
                self.sets.push((terms, SortedMap::new()));
            }
        }
        self.sets.last_mut().map(|(_, values)| values)
    }
}

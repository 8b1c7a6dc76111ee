//! What `params` shows (CLI and wasm): for a region, or the nation, each parameter's entry in
//! force at a month with its source — "based on 广东 2025 figures (source …)".

use serde::Serialize;

use super::data::{Data, Entry, Source};
use super::{Scope, SPECS};
use crate::Month;

/// One parameter as shown to a person.
#[derive(Clone, Debug, Serialize, ts_rs::TS)]
pub struct Shown<'d> {
    /// Key.
    pub key: &'static str,
    /// Name in Chinese.
    pub zh: &'static str,
    /// Name in English.
    pub en: &'static str,
    /// Unit.
    pub unit: &'static str,
    /// The region whose data supplies it (`CN` for a national default), if any.
    pub from_region: Option<&'d str>,
    /// The entry in force at the month (or the earliest one, if the month is before it).
    pub entry: Option<&'d Entry>,
    /// Its source; `None` while its description is not loaded (the WebAssembly module before
    /// `pkg/sources.js` is given to `load_data`: the entry still names the source's id).
    pub source: Option<&'d Source>,
    /// How many dated entries the parameter has.
    pub entries: usize,
}

/// A region's (or the nation's) parameters at a month.
#[derive(Clone, Debug, Serialize, ts_rs::TS)]
pub struct Listing<'d> {
    /// The month shown.
    pub at: Month,
    /// Region code (`CN` for national).
    pub code: &'d str,
    /// Chinese name.
    pub name_zh: &'d str,
    /// English name.
    pub name_en: &'d str,
    /// The parameters.
    pub params: Vec<Shown<'d>>,
}

/// A region in the list of regions.
#[derive(Clone, Debug, Serialize, ts_rs::TS)]
pub struct RegionName<'d> {
    /// Code.
    pub code: &'d str,
    /// Chinese name.
    pub name_zh: &'d str,
    /// English name.
    pub name_en: &'d str,
    /// For a city with figures of its own, its province.
    pub parent: Option<&'d str>,
}

/// Every region, by code.
pub fn regions(data: &Data) -> Vec<RegionName<'_>> {
    data.regions
        .values()
        .map(|r| RegionName {
            code: &r.code,
            name_zh: &r.name_zh,
            name_en: &r.name_en,
            parent: r.parent.as_deref(),
        })
        .collect()
}

/// The parameters of `code` (a region code or name, or `CN`) in force at `at`: regional ones
/// for a region (with the parent's or the national default where it has none), national ones
/// for `CN`. `None` for an unknown region.
pub fn listing<'d>(data: &'d Data, code: &str, at: Month) -> Option<Listing<'d>> {
    let national = code == "CN";
    let region = if national {
        &data.national
    } else {
        data.region(code)?
    };
    let parent = region.parent.as_deref().and_then(|p| data.region(p));
    let chain = [Some(region), parent, Some(&data.national)];
    let params = SPECS
        .iter()
        .filter(|s| (s.scope != Scope::Regional) == national)
        .map(|sp| {
            let found = chain.iter().flatten().find_map(|r| {
                r.series
                    .get(sp.key)
                    .filter(|s| !s.values.is_empty())
                    .map(|s| (*r, s))
            });
            let (from_region, entry, source, entries) = match found {
                Some((r, s)) => {
                    let e = s
                        .values
                        .iter()
                        .rev()
                        .find(|e| e.from <= at)
                        .or(s.values.first());
                    (
                        Some(r.code.as_str()),
                        e,
                        e.and_then(|e| r.source(&e.source)),
                        s.values.len(),
                    )
                }
                None => (None, None, None, 0),
            };
            Shown {
                key: sp.key,
                zh: sp.zh,
                en: sp.en,
                unit: sp.unit,
                from_region,
                entry,
                source,
                entries,
            }
        })
        .collect();
    Some(Listing {
        at,
        code: &region.code,
        name_zh: &region.name_zh,
        name_en: &region.name_en,
        params,
    })
}

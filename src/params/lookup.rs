//! Finding the value of a parameter for a month: overrides first, then the region, its parent,
//! then the national default; and the fill rule of [`Fill`] where no entry covers the month.

use std::cell::RefCell;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::data::{Data, Entry, Grade, RegionData, Series, Source, Status, Tier};
use super::{spec_index, Fill, Scope, Spec, SPECS};
use crate::error::{Code, FieldError};
use crate::money::{de_decimal, growth_factor};
use crate::sorted::SortedMap;
use crate::Month;

/// A caller's own value for a parameter, for this calculation only.
///
/// `param` is `SCOPE.key`: `GD.benefit_base`, `CN.crediting_rate`. An override **pins** the
/// value of one period, the period containing `from` (default: the valuation month); every
/// other entry of the data stands. What "period" means follows the key's [`Fill`] rule, read
/// against the data series the lookup would use (the region's own, else its parent's, else
/// the national one):
///
/// - [`Fill::Yearly`] (crediting rate, pension adjustment: one figure per calendar year): the
///   data entry covering `from` (its `from` to its `until`, or twelve months), which the
///   override replaces; with no entry there, the calendar year of `from` (cut so as not to
///   overlap an entry). `CN.crediting_rate` from `2016-07` is the 2016 rate.
/// - [`Fill::Wage`] (average wage, base floor and ceiling, 计发基数: one figure per published
///   yearly period, which may begin in July): the data entry covering `from`; with none, the
///   yearly step of the fill rule that contains `from` (twelve months on from the end of the
///   nearest earlier entry, or back from the first one), cut at the next entry. Months of
///   other periods keep their published figure; periods with none are filled by the rule from
///   the entries as overridden (so a projection starts from the user's figure when it is the
///   latest one).
/// - [`Fill::Step`] (rates and rules in force until superseded): from `from` itself for as long
///   as the data's rule in force at `from` would have stayed in force — until an entry of any
///   series the lookup reads (the region's, its parent's, the national one) takes over, or that
///   rule ends — or until another override of the key begins, whichever comes first; a data
///   entry beginning in the same month is replaced. (So `FJ.employer_rate` from 1996-01, where
///   Fujian has no rate of its own and the national one begins 1997-07, lasts to 1997-06.)
///
/// Order never matters: every override's period is found from the data alone. Two overrides
/// of one key in one region for the same period (for step keys: the same `from`) are refused
/// with `bad_override` at the later one, naming the earlier.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Override {
    /// `SCOPE.key`, e.g. `GD.benefit_base`.
    pub param: String,
    /// The value, a decimal string.
    #[ts(type = "string | number")]
    #[serde(
        deserialize_with = "de_decimal",
        serialize_with = "crate::money::ser_plain"
    )]
    pub value: Decimal,
    /// A month of the period it pins (see above); default the valuation month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Month>,
}

/// How a value used in a calculation was obtained.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum UsedHow {
    /// An entry of the data (or an override) covers the month.
    Published,
    /// No entry covers the month: extrapolated from the entry at `base_from` over `periods`
    /// yearly steps (negative: back-cast) — see [`Fill::Wage`].
    Filled {
        /// The entry the value was extrapolated from.
        base_from: Month,
        /// Yearly steps (negative when back-cast).
        periods: i32,
        /// Whether the month lies after the valuation month (a projection, not a gap in data).
        future: bool,
    },
}

/// One value handed to the calculation, with everything needed to cite it.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Used {
    /// `SCOPE.key` of the value actually read (a regional key read from `CN` is a default).
    pub param: String,
    /// The month (or first month of the yearly period) the value is for.
    pub period_from: Month,
    /// The value, for scalar parameters.
    #[ts(type = "string | null")]
    #[serde(serialize_with = "crate::money::ser_opt_plain")]
    pub value: Option<Decimal>,
    /// How sure the underlying entry is.
    pub status: Status,
    /// What the value rests on, as a page shows it (官方文件 / 参考资料 / 估算 / 用户输入):
    /// the entry's grade, or [`Grade::Estimate`] when the value was extrapolated.
    pub grade: Grade,
    /// The underlying entry's source.
    pub source: Source,
    /// How it was obtained.
    pub how: UsedHow,
}

/// A regional parameter whose latest figure is older than its normal update cycle: the
/// estimate warns "此地 2023 年以后的数字还没找到，按 2023 年算".
///
/// A yearly wage figure (average wage, 计发基数, floor, ceiling: [`Fill::Wage`]) is published
/// once a year, usually during the year it applies to or the next: it is stale once the year
/// after its own has passed without a newer entry. A figure the data gives an `until`
/// (a time-limited top-up, a figure known only to a date) is stale once that month has passed
/// without a successor. Other step parameters stay in force until superseded and are never
/// stale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Stale {
    /// `REGION.key` of the series.
    pub param: String,
    /// Name of the region and of the parameter, in Chinese (`湖南省 计发基数`).
    pub name_zh: String,
    /// First month of the latest entry.
    pub latest_from: Month,
    /// Last month the latest entry covers.
    pub covered_until: Month,
    /// Whether later months are extrapolated from the latest figure (wage figures); if not,
    /// the region's figure is left out after `covered_until` (the national default applies).
    pub extrapolated: bool,
}

impl Stale {
    /// Whether the latest entry `e` of a series of `sp` is stale at `as_of`, and until when it
    /// covers.
    fn check(sp: &Spec, e: &Entry, as_of: Month) -> Option<Month> {
        match (sp.fill, e.until) {
            (Fill::Wage, _) => Some(last_month(e)).filter(|end| end.plus(12) < as_of),
            (Fill::Step, Some(until)) => Some(until).filter(|u| *u < as_of),
            _ => None,
        }
    }

    /// The year the warning names: a wage figure's own year (a 2024-07 figure is the 2024
    /// figure, though it runs to 2025-06), or the year a time-limited figure ends.
    fn year(&self) -> i32 {
        if self.extrapolated {
            self.latest_from.year()
        } else {
            self.covered_until.year()
        }
    }

    /// The sentence of the warning, in Chinese.
    pub fn zh(&self) -> String {
        let year = self.year();
        if self.extrapolated {
            format!(
                "{}：{year} 年以后的数字还没找到，按 {year} 年的数字推算",
                self.name_zh
            )
        } else {
            format!(
                "{}：{year} 年以后的数字还没找到，之后按全国标准算",
                self.name_zh
            )
        }
    }

    /// The sentence of the warning, in English.
    pub fn en(&self) -> String {
        let year = self.year();
        if self.extrapolated {
            format!(
                "{}: no figure found after {year}; extrapolated from {year}",
                self.param
            )
        } else {
            format!(
                "{}: no figure found after {year}; the national default is used after it",
                self.param
            )
        }
    }
}

/// Where one link of a chain keeps its series: in the data, or among the caller's overrides.
#[derive(Clone, Copy)]
enum Src<'d> {
    Data(&'d Series),
    Override,
}

/// The regions whose series of one key are read as seen from one region, most specific first
/// (see [`Params::chain`]): at most the region, its parent and the national file.
type Links<'d> = [Option<(&'d RegionData, Src<'d>)>; 3];

/// A region a lookup named, with its record and its parent's record, found once per
/// calculation (see [`Params::region`]).
struct Asked<'d> {
    name: String,
    own: Option<&'d RegionData>,
    parent: Option<&'d RegionData>,
}

/// The parameters of one calculation: the data, the caller's overrides, and the figures needed
/// to fill missing years. Records every value it hands out (see [`Params::take_used`]).
pub struct Params<'d> {
    data: &'d Data,
    overrides: crate::sorted::SortedMap<(&'d str, &'static str), Series>,
    /// The regions named by lookups so far, each with its record and its parent's.
    regions: RefCell<Vec<Asked<'d>>>,
    /// Per key (its position in [`SPECS`]), the links of each region asked for so far (by its
    /// position in `regions`): the region maps and series maps are searched once per key and
    /// region, not per lookup.
    links: RefCell<Vec<Vec<(usize, Links<'d>)>>>,
    as_of: Month,
    wage_growth: Decimal,
    used: RefCell<Vec<Used>>,
    // The memos are sorted vectors, not hash maps: they hold a few hundred entries at most, a
    // bisection is as quick there, and hashbrown's table code (~5 kB) stays out of the wasm.
    seen: RefCell<crate::sorted::SortedMap<(usize, usize, Month), ()>>,
    wage_memo: RefCell<crate::sorted::SortedMap<(usize, i32), Decimal>>,
    quiet: bool,
}

/// What lookups in the process's own data depend on besides region, key and month: the
/// valuation month and the assumed wage growth ([`Params::lasting_key`]). The growth is held
/// as its 16 bytes, compared as such: two growths of equal value written at different scales
/// are different terms — a value looked up again, never a wrong one — and a comparison is two
/// words, not a decimal comparison (which aligns scales: it was most of a kept lookup's time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LastingKey {
    as_of: Month,
    wage_growth: [u8; 16],
}

thread_local! {
    /// Which entry of [`SPECS`] a key is, by the address of its text ([`Params::spec`]).
    static SPEC_SLOTS: [std::cell::Cell<u8>; 64] = const { [const { std::cell::Cell::new(0) }; 64] };
}

fn user_source() -> Source {
    Source {
        publisher: "用户输入 / user input".into(),
        title: "本次计算中由用户设定的参数 / parameter set by the user for this calculation".into(),
        doc: String::new(),
        date: String::new(),
        url: String::new(),
        id: String::new(),
    }
}

fn missing(path: &str, param: &str, at: Month) -> FieldError {
    FieldError::new(
        Code::MissingParameter,
        path,
        format!("缺少参数 {param}（{at}）的数据，可在“参数”中自行填写"),
        format!("no data for parameter {param} at {at}; you can set it as an override"),
    )
}

impl<'d> Params<'d> {
    /// Sets up lookups over `data` with `overrides` (checked: unknown parameters or scopes are
    /// errors with the path `$.overrides[i]`).
    pub fn new(
        data: &'d Data,
        overrides: &[Override],
        as_of: Month,
        wage_growth: Decimal,
    ) -> Result<Params<'d>, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut pins = Vec::new();
        for (i, o) in overrides.iter().enumerate() {
            match pin(data, o, i, as_of) {
                Ok(p) => pins.push(p),
                Err(e) => errors.push(e),
            }
        }
        let merged = match merge(pins) {
            Ok(merged) if errors.is_empty() => merged,
            Ok(_) => return Err(errors),
            Err(conflicts) => {
                errors.extend(conflicts);
                return Err(errors);
            }
        };
        Ok(Params {
            data,
            overrides: merged,
            regions: RefCell::new(Vec::new()),
            links: RefCell::new(Vec::new()),
            as_of,
            wage_growth,
            used: RefCell::new(Vec::new()),
            seen: RefCell::new(Default::default()),
            wage_memo: RefCell::new(Default::default()),
            quiet: false,
        })
    }

    /// Sets the assumed wage growth used to project wage figures past the valuation month.
    pub fn set_wage_growth(&mut self, g: Decimal) {
        self.wage_growth = g;
        self.wage_memo.get_mut().clear();
    }

    /// The data set behind these lookups.
    pub fn data(&self) -> &'d Data {
        self.data
    }

    /// The valuation month.
    pub fn as_of(&self) -> Month {
        self.as_of
    }

    /// Stops recording the values handed out ([`Params::take_used`] gives nothing): for the many
    /// estimates of an analysis that never lists them.
    pub fn set_quiet(&mut self) {
        self.quiet = true;
    }

    /// The terms on which the values of these lookups may be kept for later calculations, or
    /// `None` when they may not: quiet lookups (nothing to record) without overrides (nothing of
    /// the caller's) in the process's own data ([`crate::params::is_lasting`]). Two calculations
    /// with the same key get the same value for the same (region, key, month): besides the data,
    /// a value depends only on the valuation month (the back-cast growth is read at it) and the
    /// assumed wage growth (projections).
    pub fn lasting_key(&self) -> Option<LastingKey> {
        (self.quiet && self.overrides.is_empty() && super::is_lasting(self.data))
            .then(|| self.terms())
    }

    /// The terms of these lookups besides the data and the overrides: the valuation month and
    /// the wage growth ([`LastingKey`]).
    pub fn terms(&self) -> LastingKey {
        LastingKey {
            as_of: self.as_of,
            wage_growth: self.wage_growth.serialize(),
        }
    }

    /// Every value handed out so far, in first-use order, without repeats — taken out: the
    /// estimate reads the list once, at its end (a copy of its 241 entries and their sources was
    /// 6 % of a full estimate of the 40-year history: docs/speed.md, round 6). A value handed out
    /// again later is not listed again.
    pub fn take_used(&self) -> Vec<Used> {
        self.used.take()
    }

    /// The regional parameters asked for so far (in any region) whose latest figure in that
    /// region's own data (or its parent's) is older than its update cycle at the valuation
    /// month: see [`Stale`]. A caller's override is never stale.
    pub fn stale(&self) -> Vec<Stale> {
        let links = self.links.borrow();
        let mut out: Vec<Stale> = Vec::new();
        for (sp, asked) in SPECS.iter().zip(links.iter()) {
            if sp.scope != Scope::Regional {
                continue;
            }
            for (_, chain) in asked {
                let Some((r, Src::Data(series))) = chain.iter().flatten().next().copied() else {
                    continue;
                };
                if r.code == "CN"
                    || out
                        .iter()
                        .any(|x| x.param == format!("{}.{}", r.code, sp.key))
                {
                    continue;
                }
                let Some(latest) = series.values.last() else {
                    continue;
                };
                if let Some(covered_until) = Stale::check(sp, latest, self.as_of) {
                    out.push(Stale {
                        param: format!("{}.{}", r.code, sp.key),
                        name_zh: format!("{} {}", r.name_zh, sp.zh),
                        latest_from: latest.from,
                        covered_until,
                        extrapolated: sp.fill == Fill::Wage,
                    });
                }
            }
        }
        out
    }

    /// The position in [`SPECS`] of `key`, and its spec. Keys are nearly always the rules' own
    /// literals, so the position of each is kept (for the thread, across calculations) in a slot
    /// chosen by the text's address; a slot is trusted only when its key has the same text
    /// (compared, not assumed from the address: a key may be any string), else the registry is
    /// searched by name and the slot set.
    fn spec(&self, key: &str) -> Option<(usize, &'static Spec)> {
        let addr = key.as_ptr() as usize as u64;
        let at = (addr.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58) as usize;
        let kept = SPEC_SLOTS.with(|s| s.get(at).map_or(0, |c| usize::from(c.get())));
        if let Some(sp) = kept.checked_sub(1).and_then(|i| SPECS.get(i)) {
            if std::ptr::eq(sp.key, key) || sp.key == key {
                return Some((kept - 1, sp));
            }
        }
        let i = spec_index(key)?;
        let sp = SPECS.get(i)?;
        if let Ok(n) = u8::try_from(i + 1) {
            SPEC_SLOTS.with(|s| s.get(at).map(|c| c.set(n)));
        }
        Some((i, sp))
    }

    /// The position of `region` among the regions asked for so far (added if new), its record
    /// and its parent's record (`None` for a name the data does not know).
    fn region(&self, region: &str) -> (usize, Option<&'d RegionData>, Option<&'d RegionData>) {
        let known = self
            .regions
            .borrow()
            .iter()
            .enumerate()
            .find(|(_, a)| a.name == region)
            .map(|(i, a)| (i, a.own, a.parent));
        if let Some(known) = known {
            return known;
        }
        let own = self.data.region(region);
        let parent = own
            .and_then(|r| r.parent.as_deref())
            .and_then(|p| self.data.region(p));
        let mut regions = self.regions.borrow_mut();
        regions.push(Asked {
            name: region.to_owned(),
            own,
            parent,
        });
        (regions.len() - 1, own, parent)
    }

    /// The links of the key at position `at` of [`SPECS`] as seen from `region`: found the
    /// first time, then kept.
    fn links(&self, region: &str, at: usize, sp: &'static Spec) -> Links<'d> {
        let (asked, own, parent) = self.region(region);
        let known = self
            .links
            .borrow()
            .get(at)
            .and_then(|l| l.iter().find(|(r, _)| *r == asked).map(|(_, l)| *l));
        if let Some(links) = known {
            return links;
        }
        let (own, parent) = if sp.scope != Scope::National {
            (own, parent)
        } else {
            (None, None)
        };
        let mut links: Links<'d> = [None; 3];
        let found = [own, parent, Some(&self.data.national)]
            .into_iter()
            .flatten()
            .filter_map(|r| match self.overrides.get(&(r.code.as_str(), sp.key)) {
                Some(s) => (!s.values.is_empty()).then_some((r, Src::Override)),
                None => r
                    .series_at(at, sp.key)
                    .filter(|s| !s.values.is_empty())
                    .map(|s| (r, Src::Data(s))),
            });
        for (slot, link) in links.iter_mut().zip(found) {
            *slot = Some(link);
        }
        let mut cache = self.links.borrow_mut();
        if cache.len() < SPECS.len() {
            cache.resize_with(SPECS.len(), Vec::new);
        }
        if let Some(l) = cache.get_mut(at) {
            l.push((asked, links));
        }
        links
    }

    /// The series for `key` (at position `at` of [`SPECS`]) as seen from `region`, most
    /// specific first: override, region, parent, national (each only if it has entries).
    fn chain<'s>(
        &'s self,
        region: &str,
        at: usize,
        sp: &'static Spec,
    ) -> impl Iterator<Item = (&'s RegionData, &'s Series)> {
        self.links(region, at, sp)
            .map(|link| {
                link.and_then(|(r, src)| match src {
                    Src::Data(s) => Some((r, s)),
                    Src::Override => self
                        .overrides
                        .get(&(r.code.as_str(), sp.key))
                        .map(|s| (r, s)),
                })
            })
            .into_iter()
            .flatten()
    }

    /// The most specific series for `key` as seen from `region`.
    fn series(&self, region: &str, at: usize, sp: &'static Spec) -> Option<(&RegionData, &Series)> {
        self.chain(region, at, sp).next()
    }

    fn source_of(&self, region: &RegionData, e: &Entry) -> Source {
        if e.status == Status::User {
            return user_source();
        }
        // Not described: the WebAssembly module before its source descriptions are loaded
        // (every id the data cites is described in params/: tests/params_data.rs).
        region
            .source(&e.source)
            .cloned()
            .unwrap_or_else(|| Source::not_loaded(&e.source))
    }

    /// The record of an entry used as published.
    fn published(&self, r: &RegionData, key: &str, e: &Entry) -> Used {
        Used {
            param: format!("{}.{}", r.code, key),
            period_from: e.from,
            value: e.value,
            status: e.status,
            grade: Grade::of(e.status),
            source: self.source_of(r, e),
            how: UsedHow::Published,
        }
    }

    /// Records a value handed out, once per (region, key, period); the `Used` is built only
    /// the first time.
    fn record(
        &self,
        r: &RegionData,
        key: &'static str,
        period_from: Month,
        make: impl FnOnce() -> Used,
    ) {
        if self.quiet {
            return;
        }
        // Keys are the registry's `&'static str`s: their address identifies them.
        let id = (
            r as *const RegionData as usize,
            key.as_ptr() as usize,
            period_from,
        );
        if self.seen.borrow_mut().insert(id, ()).is_none() {
            self.used.borrow_mut().push(make());
        }
    }

    /// The entry in force at `at` for a step parameter, recorded.
    fn step_entry(&self, region: &str, key: &str, at: Month) -> Option<(&RegionData, &Entry)> {
        let (i, sp) = self.spec(key)?;
        let (r, e) = self
            .chain(region, i, sp)
            .find_map(|(r, s)| in_force(s, at).map(|e| (r, e)))?;
        self.record(r, sp.key, e.from, || self.published(r, key, e));
        Some((r, e))
    }

    /// A scalar value of a parameter at month `at` for `region` (ignored for national keys).
    ///
    /// Errors (path `path`) when the data has no value and the fill rule gives none. For
    /// [`Fill::Yearly`] parameters a year without an entry gives `Ok(None)`: the caller uses
    /// its assumption.
    pub fn get(
        &self,
        path: &str,
        region: &str,
        key: &str,
        at: Month,
    ) -> Result<Option<Decimal>, FieldError> {
        let Some((i, sp)) = self.spec(key) else {
            return Err(missing(path, key, at));
        };
        // Through the values kept between calculations on lasting terms ([`super::kept`]).
        // Native only: in the wasm the memo cost 1.1 kB of the download (by the page's gzip)
        // for a few per cent of a headline the page does not need (docs/speed.md, round 5).
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(terms) = self.lasting_key() {
            if let Some(value) = super::kept::find(terms, i, region, at) {
                return Ok(value);
            }
            let value = self.look_up(path, region, i, sp, at)?;
            super::kept::keep(terms, i, region, at, value);
            return Ok(value);
        }
        self.look_up(path, region, i, sp, at)
    }

    /// [`Params::get`] for the key at position `i` of [`SPECS`], from the data.
    fn look_up(
        &self,
        path: &str,
        region: &str,
        i: usize,
        sp: &'static Spec,
        at: Month,
    ) -> Result<Option<Decimal>, FieldError> {
        let key = sp.key;
        match sp.fill {
            Fill::Step => self
                .step_entry(region, key, at)
                .and_then(|(_, e)| e.value)
                .map(Some)
                .ok_or_else(|| missing(path, &format!("{region}.{key}"), at)),
            Fill::Yearly => {
                let Some((r, s)) = self.series(region, i, sp) else {
                    return Ok(None);
                };
                let Some(e) = s
                    .values
                    .iter()
                    .rev()
                    .find(|e| e.from <= at && at <= last_month(e))
                else {
                    return Ok(None);
                };
                self.record(r, sp.key, e.from, || self.published(r, key, e));
                Ok(e.value)
            }
            Fill::Wage => self.wage(path, region, i, sp, at).map(Some),
        }
    }

    /// For a step parameter: the first month of the entry in force at `at`, and its value.
    pub fn step(&self, region: &str, key: &str, at: Month) -> Option<(Month, Decimal)> {
        self.step_entry(region, key, at)
            .and_then(|(_, e)| e.value.map(|v| (e.from, v)))
    }

    /// Whether `region` (or its parent) has data of its own for `key` (not the national default).
    pub fn has_regional(&self, region: &str, key: &str) -> bool {
        let Some((i, sp)) = self.spec(key) else {
            return false;
        };
        self.series(region, i, sp)
            .is_some_and(|(r, _)| r.code != "CN")
    }

    /// [`Params::get`] for a parameter that must have a value.
    pub fn value(
        &self,
        path: &str,
        region: &str,
        key: &str,
        at: Month,
    ) -> Result<Decimal, FieldError> {
        self.get(path, region, key, at)?
            .ok_or_else(|| missing(path, &format!("{region}.{key}"), at))
    }

    /// The rule of [`Fill::Wage`].
    fn wage(
        &self,
        path: &str,
        region: &str,
        i: usize,
        sp: &'static Spec,
        at: Month,
    ) -> Result<Decimal, FieldError> {
        // The most specific series with an entry covering `at` (a city's own figure, else its
        // province's); if none covers it, the fill rule runs on the most specific series.
        let covering = self.chain(region, i, sp).find(|(_, s)| {
            s.values
                .iter()
                .rev()
                .find(|e| e.from <= at)
                .is_some_and(|e| at <= last_month(e))
        });
        let Some((r, s)) = covering.or_else(|| self.series(region, i, sp)) else {
            return Err(missing(path, &format!("{region}.{}", sp.key), at));
        };
        let (base, periods) = match s.values.iter().rev().find(|e| e.from <= at) {
            Some(e) if at <= last_month(e) => (e, 0),
            Some(e) => (e, (last_month(e).months_until(at) - 1) / 12 + 1),
            None => {
                let first = &s.values[0];
                let before = at.months_until(first.from);
                (first, -((before + 11) / 12))
            }
        };
        let Some(v0) = base.value else {
            return Err(missing(path, &format!("{}.{}", r.code, sp.key), at));
        };
        // The same yearly step is asked for every month of its year: computed once.
        let memo_key = (base as *const Entry as usize, periods);
        let cached = self.wage_memo.borrow().get(&memo_key).copied();
        let value = match cached {
            Some(v) => v,
            None => {
                // A fold, not `*=`: rust_decimal's `MulAssign` carries its own copy of the
                // multiplication into the wasm (docs/size.md).
                let mut value =
                    (0..periods.max(0)).fold(v0, |v, _| v * (Decimal::ONE + self.wage_growth));
                if periods < 0 {
                    value /= self.backcast_factor(path, -periods)?;
                }
                let value = value.round_dp(6);
                self.wage_memo.borrow_mut().insert(memo_key, value);
                value
            }
        };
        let future = periods > 0 && last_month(base).plus(1 + 12 * (periods - 1)) > self.as_of;
        let period_from = if periods > 0 {
            last_month(base).plus(1 + 12 * (periods - 1))
        } else {
            base.from.plus(12 * periods)
        };
        self.record(r, sp.key, period_from, || Used {
            param: format!("{}.{}", r.code, sp.key),
            period_from,
            // Shown to the fen, like every amount (the calculation carries the 6 decimals).
            value: Some(crate::money::fen(value)),
            status: base.status,
            grade: if periods == 0 {
                Grade::of(base.status)
            } else {
                Grade::Estimate
            },
            source: self.source_of(r, base),
            how: if periods == 0 {
                UsedHow::Published
            } else {
                UsedHow::Filled {
                    base_from: base.from,
                    periods,
                    future,
                }
            },
        });
        Ok(value)
    }

    /// The factor a wage figure is divided by to back-cast it `years` yearly steps: the national
    /// back-cast growth over `years` × 12 months ([`growth_factor`]). The same for every region
    /// of a calculation: computed once per number of steps, and kept with the wage figures
    /// ([`Params::wage`]'s memo, whose keys are entries' addresses, never 0).
    fn backcast_factor(&self, path: &str, years: i32) -> Result<Decimal, FieldError> {
        // Kept among the wage figures, under the address of no entry (0).
        let memo_key = (0, -years);
        let kept = self.wage_memo.borrow().get(&memo_key).copied();
        if let Some(f) = kept {
            return Ok(f);
        }
        let backcast = self.value(path, "CN", "backcast_wage_growth", self.as_of)?;
        let f = growth_factor(backcast, years * 12);
        self.wage_memo.borrow_mut().insert(memo_key, f);
        Ok(f)
    }

    /// The last month through which every lookup of `key` for `region` gives what it gives at
    /// `at` (the same entry, or the same filled period of a wage series), `None` if it never
    /// changes. Conservative: the month before the first change of any series the lookup can
    /// read (an entry beginning or ending in any link of the chain, or the next yearly step of
    /// a [`Fill::Wage`] fill, forward from an entry's end or back from the first entry). Lets a
    /// caller look a run of months up once ([`crate::employee::contributions::rates_until`]).
    /// Records nothing.
    pub fn same_until(&self, region: &str, key: &str, at: Month) -> Option<Month> {
        let (i, sp) = self.spec(key)?;
        self.chain(region, i, sp)
            .filter_map(|(_, s)| next_change(s, sp.fill, at))
            .min()
            .map(|m| m.plus(-1))
    }

    /// The resident tier table in force at `at` in `region`.
    pub fn tiers(&self, path: &str, region: &str, at: Month) -> Result<&[Tier], FieldError> {
        self.step_entry(region, "resident_tiers", at)
            .and_then(|(_, e)| e.tiers.as_deref())
            .ok_or_else(|| missing(path, &format!("{region}.resident_tiers"), at))
    }

    /// [`Params::tiers`], with the last month the same table stays in force (`None`: until
    /// superseded by nothing in the data): the month before any entry of the series it was
    /// read from, or of a more specific one, begins after `at`, or the entry's own end.
    pub fn tiers_until(
        &self,
        path: &str,
        region: &str,
        at: Month,
    ) -> Result<(&[Tier], Option<Month>), FieldError> {
        let key = "resident_tiers";
        let none = || missing(path, &format!("{region}.{key}"), at);
        let (r, e) = self.step_entry(region, key, at).ok_or_else(none)?;
        let tiers = e.tiers.as_deref().ok_or_else(none)?;
        let (i, sp) = self.spec(key).ok_or_else(none)?;
        let mut until = e.until;
        for (link, series) in self.chain(region, i, sp) {
            if let Some(next) = series.values.iter().find(|x| x.from > at) {
                let before = next.from.plus(-1);
                until = Some(until.map_or(before, |u| u.min(before)));
            }
            if std::ptr::eq(link, r) {
                break;
            }
        }
        Ok((tiers, until))
    }

    /// The account divisor (计发月数) for a whole age at retirement, from the table in force.
    pub fn divisor(&self, path: &str, age: i32, at: Month) -> Result<Decimal, FieldError> {
        let (_, e) = self
            .step_entry("CN", "divisor_table", at)
            .ok_or_else(|| missing(path, "CN.divisor_table", at))?;
        let table = e.table.as_deref().unwrap_or_default();
        let first = table.first().map(|r| r.age).unwrap_or(0);
        let last = table.last().map(|r| r.age).unwrap_or(0);
        let clamped = age.clamp(first, last);
        table
            .iter()
            .find(|r| r.age == clamped)
            .map(|r| r.months)
            .ok_or_else(|| missing(path, "CN.divisor_table", at))
    }

    /// Remaining life expectancy in years at exact age `age_months / 12` from the life table in
    /// force at `at` (`key` is `life_expectancy_man` or `life_expectancy_woman`): linear
    /// interpolation between the ages listed, the first or last row beyond them (see
    /// [`crate::lifetable`]).
    pub fn life_expectancy(
        &self,
        path: &str,
        key: &str,
        age_months: i32,
        at: Month,
    ) -> Result<Decimal, FieldError> {
        let name = || format!("CN.{key}");
        // A table dated after `at` (a pension starting before 2019): the earliest one.
        let (_, e) = self
            .step_entry("CN", key, self.at_or_first(key, at))
            .ok_or_else(|| missing(path, &name(), at))?;
        let rows = e.life.as_deref().unwrap_or_default();
        super::data::interpolate(rows, age_months).ok_or_else(|| missing(path, &name(), at))
    }

    /// `at`, or the first month of the national series of `key` when `at` comes before it.
    fn at_or_first(&self, key: &str, at: Month) -> Month {
        let first = self
            .data
            .national
            .series
            .get(key)
            .and_then(|s| s.values.first());
        first.map_or(at, |e| at.max(e.from))
    }

    /// A national default of the project (`default_*`, the assumptions): the one in force at
    /// `at`, or the first one for a valuation month before it. The defaults are dated by when
    /// they were set, not by the years they may be used for: an old benefit sheet re-checked
    /// with a valuation month in 2019 uses today's defaults (and says so, as for any month).
    pub fn default_value(&self, path: &str, key: &str, at: Month) -> Result<Decimal, FieldError> {
        self.value(path, "CN", key, self.at_or_first(key, at))
    }

    /// A rule-valued parameter (like `resident_interest = "crediting_rate"` or a flag), if any.
    pub fn rule(&self, region: &str, key: &str, at: Month) -> Option<String> {
        self.step_entry(region, key, at)
            .and_then(|(_, e)| e.rule.clone())
    }
}

/// The last month a yearly entry applies: its `until`, or eleven months after `from`.
fn last_month(e: &Entry) -> Month {
    e.until.unwrap_or(e.from.plus(11))
}

/// One override placed in its period (see [`Override`]): the series it goes into and the
/// entry it becomes there.
struct Pin<'d> {
    /// Its position in the caller's list (for errors).
    at: usize,
    /// The region (or `CN`) whose series it goes into.
    region: &'d RegionData,
    /// The parameter.
    sp: &'static Spec,
    /// The entry: the value, over its period, marked `user`.
    entry: Entry,
}

/// Checks an override's parameter and scope and places it in its period. Overridable: the
/// scalar parameters (not rules or tables).
fn pin<'d>(data: &'d Data, o: &Override, at: usize, as_of: Month) -> Result<Pin<'d>, FieldError> {
    let path = format!("$.overrides[{at}]");
    // The parameter, its scope and its bounds (`bounds`: only number-valued parameters have
    // them, so rules and tables cannot be overridden).
    let (region, sp, b) = super::bounds::target(data, &path, &o.param)?;
    if !b.admits(o.value) {
        return Err(super::bounds::out_of_bounds(&path, o.value, &b));
    }
    let from = o.from.unwrap_or(as_of);
    let chain: Vec<&Series> = data_chain(data, region, sp.key).collect();
    let (from, until) = match sp.fill {
        Fill::Step => (from, step_until(&chain, from)),
        fill => period(chain.first().copied(), fill, from),
    };
    Ok(Pin {
        at,
        region,
        sp,
        entry: Entry {
            from,
            until,
            value: Some(o.value),
            tiers: None,
            table: None,
            life: None,
            rule: None,
            source: "user".into(),
            status: Status::User,
            note: None,
        },
    })
}

/// The data series a lookup of `key` from `region` reads, most specific first: the region's
/// own, its parent's, the national one (each only if it has entries). An override of a yearly
/// or wage key takes the place of an entry of the first.
fn data_chain<'d>(
    data: &'d Data,
    region: &'d RegionData,
    key: &'d str,
) -> impl Iterator<Item = &'d Series> {
    let parent = region.parent.as_deref().and_then(|p| data.region(p));
    [Some(region), parent, Some(&data.national)]
        .into_iter()
        .flatten()
        .filter_map(move |r| r.series.get(key))
        .filter(|s| !s.values.is_empty())
}

/// The entry of a step series in force at `at` (the latest begun, unless it has ended).
fn in_force(s: &Series, at: Month) -> Option<&Entry> {
    s.values
        .iter()
        .rev()
        .find(|e| e.from <= at)
        .filter(|e| e.until.is_none_or(|u| at <= u))
}

/// The first month after `at` at which a lookup reading `s` by the rule `fill` may change: an
/// entry begins or ends, or (wage fills) the filled yearly period moves on.
fn next_change(s: &Series, fill: Fill, at: Month) -> Option<Month> {
    let edges = s
        .values
        .iter()
        .flat_map(|e| [e.from, last_month(e).plus(1)])
        .filter(|m| *m > at)
        .min();
    let fill_step = match (fill, s.values.iter().rev().find(|e| e.from <= at)) {
        (Fill::Wage, Some(e)) if at > last_month(e) => {
            // Periods of 12 months from the entry's end (see `Params::wage`).
            let periods = (last_month(e).months_until(at) - 1) / 12 + 1;
            Some(last_month(e).plus(1 + 12 * periods))
        }
        (Fill::Wage, None) => s.values.first().map(|first| {
            // Periods of 12 months back from the first entry (see `Params::wage`).
            let back = (at.months_until(first.from) + 11) / 12;
            first.from.plus(-12 * (back - 1))
        }),
        _ => None,
    };
    [edges, fill_step].into_iter().flatten().min()
}

/// For a step key read through `chain`: the last month the data's rule in force at `from`
/// stays in force (the month before another entry of any series read takes over, or the rule
/// ends), `None` if it never gives way.
fn step_until(chain: &[&Series], from: Month) -> Option<Month> {
    let now = |at: Month| {
        chain
            .iter()
            .find_map(|s| in_force(s, at))
            .map(|e| e as *const Entry)
    };
    let start = now(from);
    let mut changes: Vec<Month> = chain
        .iter()
        .flat_map(|s| s.values.iter())
        .flat_map(|e| [Some(e.from), e.until.map(|u| u.plus(1))])
        .flatten()
        .filter(|m| *m > from)
        .collect();
    crate::sorted::sort_by_key(&mut changes, |&m| m);
    changes
        .into_iter()
        .find(|&m| now(m) != start)
        .map(|m| m.plus(-1))
}

/// The period (first month, last month) an override of a yearly or wage key given for `from`
/// covers, by the key's [`Fill`] rule and the data `series` (see [`Override`]).
fn period(series: Option<&Series>, fill: Fill, from: Month) -> (Month, Option<Month>) {
    let values = series.map_or(&[][..], |s| &s.values[..]);
    let earlier = values.iter().rev().find(|e| e.from <= from);
    let next = values
        .iter()
        .find(|e| e.from > from)
        .map(|e| e.from.plus(-1));
    let clip = |start: Month, end: Month| (start, Some(next.map_or(end, |n| n.min(end))));
    match (fill, earlier) {
        (_, Some(e)) if from <= last_month(e) => (e.from, Some(last_month(e))),
        (Fill::Yearly, e) => {
            let jan = from.january();
            let start = e.map_or(jan, |e| jan.max(last_month(e).plus(1)));
            clip(start, jan.plus(11))
        }
        (_, Some(e)) => {
            let end = last_month(e);
            let start = end.plus(1 + 12 * ((end.months_until(from) - 1) / 12));
            clip(start, start.plus(11))
        }
        (_, None) => match values.first() {
            Some(first) => {
                let start = first
                    .from
                    .plus(-12 * ((from.months_until(first.from) + 11) / 12));
                clip(start, start.plus(11))
            }
            None => (from, None),
        },
    }
}

/// The caller's series: per (region, key), the data's entries with the overrides in place of
/// the entries beginning in the same month. Two overrides of one key for the same period are
/// refused (`bad_override` at the later one): which should stand is not for the order to decide.
fn merge<'d>(
    pins: Vec<Pin<'d>>,
) -> Result<SortedMap<(&'d str, &'static str), Series>, Vec<FieldError>> {
    let mut groups = SortedMap::<(&'d str, &'static str), Vec<Pin<'d>>>::new();
    for p in pins {
        groups
            .entry_or_default((p.region.code.as_str(), p.sp.key))
            .push(p);
    }
    let mut errors = Vec::new();
    let mut merged = SortedMap::new();
    for (&(code, key), group) in &groups {
        let mut pins: Vec<&Pin> = group.iter().collect();
        crate::sorted::sort_by_key(&mut pins, |p| (p.entry.from, p.at));
        for pair in pins.windows(2) {
            if let [a, b] = pair {
                if a.entry.from == b.entry.from {
                    errors.push(same_period(a, b));
                }
            }
        }
        let own = pins.first().and_then(|p| p.region.series.get(key));
        let mut values: Vec<Entry> = own
            .map(|s| &s.values[..])
            .unwrap_or_default()
            .iter()
            .filter(|e| !pins.iter().any(|p| p.entry.from == e.from))
            .cloned()
            .chain(pins.iter().map(|p| p.entry.clone()))
            .collect();
        crate::sorted::sort_by_key(&mut values, |e| e.from);
        let unit = pins.first().map_or("", |p| p.sp.unit).to_owned();
        merged.insert((code, key), Series { unit, values });
    }
    if errors.is_empty() {
        Ok(merged)
    } else {
        Err(errors)
    }
}

/// Two overrides of one key for one period.
fn same_period(first: &Pin, later: &Pin) -> FieldError {
    let param = format!("{}.{}", first.region.code, first.sp.key);
    let from = first.entry.from;
    FieldError::new(
        Code::BadOverride,
        format!("$.overrides[{}]", later.at),
        format!(
            "与 $.overrides[{}] 重复：{param} 在 {from} 起的同一期间只能设定一个值",
            first.at
        ),
        format!(
            "same parameter and period as $.overrides[{}]: {param} for the period from {from} can be set once",
            first.at
        ),
    )
}

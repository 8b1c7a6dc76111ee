//! The parameter data as stored: dated, sourced entries per region, in the manner of
//! OpenFisca / GETTSIM parameter files.
//!
//! The files live in `params/` (one TOML file per region plus `CN.toml` for national figures);
//! `build.rs` turns them into a compact line format (`params.tsv`) read once on first use by
//! [`decode`]: embedded in native builds; in WebAssembly the host hands it over (`install`).

use crate::sorted::SortedMap;
use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::de_decimal_str;
use crate::Month;

/// Where a figure comes from.
///
/// Every source in `params/` has a publisher and a title (`tests/params_data.rs`). The one
/// exception is the source of a value used by the WebAssembly module before its source
/// descriptions are loaded (`pkg/sources.js`, given to `load_data` after the data: the page
/// fetches it only when it shows a source): that source is
/// `{"publisher": "", "title": "", "id": "<source id>"}`, its id and nothing else.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Who published it (a ministry, a provincial department, a statistics bureau). Empty only
    /// in a source whose description is not loaded (see `id`).
    pub publisher: String,
    /// Title of the document or page. Empty only in a source whose description is not loaded.
    pub title: String,
    /// Document number (文号), when it has one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub doc: String,
    /// Publication date, `YYYY-MM-DD` or `YYYY-MM` or `YYYY`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Where it was read, when known.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// Present only when the description is not in this instance (the WebAssembly module before
    /// its source descriptions are loaded): the source's id in the data; `publisher` and `title`
    /// are then empty, and the other fields absent. Never read from `params/`.
    #[serde(default, skip_deserializing, skip_serializing_if = "String::is_empty")]
    pub id: String,
}

impl Source {
    /// The source `id` whose description is not loaded:
    /// `{"publisher": "", "title": "", "id": "<id>"}` (see [`Source`]).
    pub fn not_loaded(id: &str) -> Source {
        Source {
            publisher: String::new(),
            title: String::new(),
            doc: String::new(),
            date: String::new(),
            url: String::new(),
            id: id.to_owned(),
        }
    }
}

/// How sure we are of a value.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The official text itself was read: its 文号 (or title) and issuing body are in the
    /// source, with where it was read (a government address, or a repository, path and commit
    /// that quote it word for word).
    Verified,
    /// Not read in the official text, but two or more sources agree (calculator data sets,
    /// news reports, payroll newsletters). Calculator data sets often copy each other, so
    /// this is a lower grade than [`Status::Verified`].
    Corroborated,
    /// One non-official source, or remembered: to be checked.
    Unverified,
    /// Not a published figure: a modelling assumption with a documented reason.
    Assumption,
    /// Given by the user for this calculation (a parameter override).
    User,
}

/// What a value used in an estimate rests on, in the three words a page shows beside it.
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    /// 官方文件: read in the official text ([`Status::Verified`]).
    Official,
    /// 参考资料: from other published material ([`Status::Corroborated`],
    /// [`Status::Unverified`]).
    Reference,
    /// 估算: a modelling assumption, or a value extrapolated from another year.
    Estimate,
    /// 用户输入: set by the person for this calculation.
    User,
}

impl Grade {
    /// The grade of a published entry of this status (an extrapolated value is an
    /// [`Grade::Estimate`] whatever its base's status).
    pub fn of(status: Status) -> Grade {
        match status {
            Status::Verified => Grade::Official,
            Status::Corroborated | Status::Unverified => Grade::Reference,
            Status::Assumption => Grade::Estimate,
            Status::User => Grade::User,
        }
    }

    /// The word shown beside a figure.
    pub fn zh(self) -> &'static str {
        match self {
            Grade::Official => "官方文件",
            Grade::Reference => "参考资料",
            Grade::Estimate => "估算",
            Grade::User => "用户输入",
        }
    }
}

/// One resident-scheme contribution tier and the government subsidy it earns.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// Yearly contribution, yuan.
    #[ts(type = "string")]
    #[serde(
        deserialize_with = "de_decimal_str",
        serialize_with = "crate::money::ser_yuan"
    )]
    pub amount: Decimal,
    /// Yearly government entry subsidy credited to the account, yuan.
    #[ts(type = "string")]
    #[serde(
        deserialize_with = "de_decimal_str",
        serialize_with = "crate::money::ser_yuan"
    )]
    pub subsidy: Decimal,
}

/// One row of the account divisor table (计发月数).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct DivisorRow {
    /// Age at retirement, whole years.
    pub age: i32,
    /// Months the account pension is spread over.
    #[ts(type = "string")]
    #[serde(deserialize_with = "de_decimal_str")]
    pub months: Decimal,
}

/// One row of a life table: remaining life expectancy e(x) at exact age x.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LifeRow {
    /// Exact age, whole years.
    pub age: i32,
    /// Years still to live on average at that age.
    #[ts(type = "string")]
    #[serde(deserialize_with = "de_decimal_str")]
    pub years: Decimal,
}

/// e(x) at `age_months / 12` years, linear between rows; `None` for an empty table (step 1 of
/// the method in [`crate::lifetable`]).
///
/// ```
/// use pension_estimator::params::data::interpolate;
/// use pension_estimator::params::LifeRow;
/// let row = |age, y: &str| LifeRow { age, years: y.parse().unwrap() };
/// let t = [row(60, "20"), row(65, "16")];
/// // 62 years 6 months: 20 - (20 - 16) × 30 / 60 = 18
/// assert_eq!(interpolate(&t, 62 * 12 + 6).unwrap().to_string(), "18");
/// ```
pub fn interpolate(rows: &[LifeRow], age_months: i32) -> Option<Decimal> {
    let first = rows.first()?;
    let last = rows.last()?;
    if age_months <= first.age * 12 {
        return Some(first.years);
    }
    if age_months >= last.age * 12 {
        return Some(last.years);
    }
    let w = rows
        .windows(2)
        .find(|w| age_months < w[1].age * 12)
        .unwrap_or(&rows[rows.len() - 2..]);
    let (a, b) = (&w[0], &w[1]);
    let span = Decimal::from((b.age - a.age) * 12);
    let into = Decimal::from(age_months - a.age * 12);
    Some(a.years - (a.years - b.years) * into / span)
}

/// One dated value of a parameter. It applies from `from` until the next entry (or, for
/// yearly figures, for twelve months: see [`crate::params::Fill`]).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// First month the value applies.
    pub from: Month,
    /// Last month the value applies, when the publisher said so (a figure kept in force for
    /// longer than its year, e.g. bases frozen during 2020). Without it a yearly figure applies
    /// for twelve months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Month>,
    /// The value, for scalar parameters.
    #[ts(type = "string")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal_str",
        skip_serializing_if = "Option::is_none"
    )]
    pub value: Option<Decimal>,
    /// The tier table, for `resident_tiers`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tiers: Option<Vec<Tier>>,
    /// The divisor table, for `divisor_table`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<Vec<DivisorRow>>,
    /// The life table, for `life_expectancy_man` / `life_expectancy_woman`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub life: Option<Vec<LifeRow>>,
    /// A rule in words, for parameters that are rules rather than numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// Id of the source in the file's `[sources]`.
    pub source: String,
    /// How sure we are.
    pub status: Status,
    /// Anything a reviewer should know (how it was derived, caveats).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn de_opt_decimal_str<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    de_decimal_str(d).map(Some)
}

/// A parameter's dated entries, oldest first.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Series {
    /// Unit of `value` (`yuan/month`, `ratio`, `years`, …).
    pub unit: String,
    /// The entries, ordered by `from`.
    pub values: Vec<Entry>,
}

/// All parameters of one region (or of the nation, code `CN`).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct RegionData {
    /// ISO 3166-2:CN subdivision code (`GD`), `CN` for national figures, `GD-SZ` for a city
    /// with figures of its own.
    pub code: String,
    /// Chinese name.
    pub name_zh: String,
    /// English name.
    pub name_en: String,
    /// For a city with figures of its own: the province whose figures fill the rest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// Sources by id.
    pub sources: SortedMap<String, Source>,
    /// Parameters by key.
    #[serde(flatten)]
    pub series: SortedMap<String, Series>,
    /// Where the series of each key of [`super::SPECS`] sits in `series`: see
    /// [`RegionData::series_at`]. Derived, not data.
    #[serde(skip)]
    keyed: KeyIndex,
}

/// For each key of [`super::SPECS`] (by position), the position of its series in a region's
/// `series`, made by [`decode`] once the region is read (a region read otherwise, by serde, has
/// none: its series are searched by name).
///
/// Not part of the data: never written or read, and equal in any two regions. A position is
/// trusted only while the series there still has the key's name, so a region changed after
/// reading stays correct.
#[derive(Clone, Default)]
struct KeyIndex(Vec<Option<usize>>);

impl KeyIndex {
    fn of(series: &SortedMap<String, Series>) -> KeyIndex {
        KeyIndex(
            super::SPECS
                .iter()
                .map(|sp| series.position(sp.key))
                .collect(),
        )
    }
}

impl PartialEq for KeyIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for KeyIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyIndex")
    }
}

impl RegionData {
    /// The description of source `id` (cited by this region's entries): from the region's own
    /// sources, else, in WebAssembly, from the source descriptions loaded later
    /// (`install_sources`); `None` while those are not loaded.
    // `&String`, as the entries hold it: the one search the reader's inserts already use (a
    // `&str` search is another copy of it in the wasm module).
    #[allow(clippy::ptr_arg)]
    pub fn source(&self, id: &String) -> Option<&Source> {
        self.sources
            .get(id)
            .or_else(|| late_sources(&self.code)?.get(id))
    }

    /// The series of `key`, the key at position `at` of [`super::SPECS`]: found by its position
    /// (see [`KeyIndex`]) and one check of its name, not by a search comparing `key` with the
    /// names of the series. A position not holding `key` (another key's position, or series
    /// changed after the positions were made) is not trusted: `key` is then searched by name.
    pub(crate) fn series_at(&self, at: usize, key: &str) -> Option<&Series> {
        let kept = self
            .keyed
            .0
            .get(at)
            .copied()
            .flatten()
            .and_then(|i| self.series.entry_at(i))
            .filter(|(k, _)| k.as_str() == key);
        match kept {
            Some((_, s)) => Some(s),
            None => self.series.get(key),
        }
    }
}

/// The whole data set.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Data {
    /// National figures and defaults for regional ones.
    pub national: RegionData,
    /// Regions by code.
    pub regions: SortedMap<String, RegionData>,
}

impl Data {
    /// The national record (code `CN`) or the region of code `code`.
    pub fn by_code(&self, code: &str) -> Option<&RegionData> {
        if code == self.national.code {
            Some(&self.national)
        } else {
            self.regions.get(code)
        }
    }

    /// A region by code (`GD`) or Chinese name (`广东` or `广东省`).
    pub fn region(&self, key: &str) -> Option<&RegionData> {
        self.regions.get(key).or_else(|| {
            self.regions
                .values()
                .find(|r| r.name_zh == key || r.name_zh.trim_end_matches(['省', '市']) == key)
        })
    }
}

/// The parameter data in its line format, as `build.rs` wrote it from `params/`.
///
/// Native builds embed it in the binary. The WebAssembly module does not: the data ships beside
/// it in the npm package (`pkg/params.js`, written from this text) and the host hands it over
/// once per instance (`install`). A data update then does not change the code module, nor a code
/// update the data, and the module is about 33 kB (gzipped) smaller.
#[cfg(not(target_arch = "wasm32"))]
pub static EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/params.tsv"));

/// The same data without the reviewers' notes, uncited sources and source descriptions: what the
/// WebAssembly module is given first (`pkg/params.js` is written from it by `tests/pkg_fresh.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub static FOR_WEB: &str = include_str!(concat!(env!("OUT_DIR"), "/params-web.tsv"));

/// The descriptions of the sources [`FOR_WEB`] cites (publisher, title, 文号, date, address),
/// bound to that data by their first line (`F`, the integrity figures of [`FOR_WEB`]): what the
/// WebAssembly module is given when a source is to be shown (`pkg/sources.js`, `load_sources`).
#[cfg(not(target_arch = "wasm32"))]
pub static SOURCES_FOR_WEB: &str = include_str!(concat!(env!("OUT_DIR"), "/sources-web.tsv"));

/// The data set embedded at build time (read once).
///
/// ```
/// let data = pension_estimator::params::embedded();
/// assert!(data.regions.contains_key("GD"));
/// assert_eq!(data.national.code, "CN");
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn embedded() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        // The text was produced by build.rs from files the test suite validates; a failure
        // here is a build defect, caught by every test, never by user input.
        decode(EMBEDDED)
            .unwrap_or_else(|e| panic!("embedded parameter data does not match the schema: {e}"))
    })
}

/// Whether `data` is this process's own data set — the one embedded at build time (native) or
/// installed by the host (WebAssembly) — which never changes once read: what one calculation
/// looked up in it holds for every later calculation on the same terms
/// ([`crate::params::Params::lasting_key`]).
pub fn is_lasting(data: &Data) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    let kept = Some(embedded());
    #[cfg(target_arch = "wasm32")]
    let kept = installed();
    kept.is_some_and(|k| std::ptr::eq(k, data))
}

/// The installed data and the integrity line of the text it came from.
#[cfg(target_arch = "wasm32")]
static INSTALLED: OnceLock<(String, Data)> = OnceLock::new();

/// WebAssembly: reads the parameter data the host hands over (the text of `pkg/params.js`) and
/// keeps it for every later call of this instance. The first data installed stays: installing
/// the same text again is harmless, other data is refused (a host wanting other data loads a new
/// instance) rather than answered ok while the old data goes on being used.
///
/// The descriptions of the data's sources (`pkg/sources.js`, whose first line is `F`) are
/// installed the same way, after the data: see [`install_sources`].
#[cfg(target_arch = "wasm32")]
pub fn install(text: &str) -> Result<&'static Data, String> {
    if text.starts_with('F') {
        return install_sources(text);
    }
    let data = decode(text)?;
    if data.national.code != "CN" {
        return Err("no national (CN) record".to_owned());
    }
    keep_first(&INSTALLED, text, data)
}

/// Keeps `data`, read from `text`, in `slot` for every later call of this instance. The first
/// kept stays: the same text again is harmless, another text (told apart by its integrity line)
/// is refused rather than answered ok while the first goes on being used.
#[cfg(target_arch = "wasm32")]
fn keep_first(
    slot: &'static OnceLock<(String, Data)>,
    text: &str,
    data: Data,
) -> Result<&'static Data, String> {
    let stamp = last_line(text).to_owned();
    let (kept, data) = slot.get_or_init(|| (stamp.clone(), data));
    if *kept != stamp {
        return Err(
            "this instance already holds other parameter data: load the new data into a new instance"
                .to_owned(),
        );
    }
    Ok(data)
}

/// WebAssembly: the data installed by [`install`], if any.
#[cfg(target_arch = "wasm32")]
pub fn installed() -> Option<&'static Data> {
    INSTALLED.get().map(|(_, d)| d)
}

/// The source descriptions installed by [`install_sources`] and the integrity line of their text.
#[cfg(target_arch = "wasm32")]
static SOURCES: OnceLock<(String, Data)> = OnceLock::new();

/// WebAssembly: reads the source descriptions the host hands over (the text of `pkg/sources.js`)
/// for the data [`install`]ed, and keeps them for every later call of this instance: from then on
/// a used value's source is its description, not its id alone. Refused, and nothing kept, unless
/// [`read_sources`] accepts them for that data; as with the data, the first kept stay.
#[cfg(target_arch = "wasm32")]
fn install_sources(text: &str) -> Result<&'static Data, String> {
    // No data loaded yet: no stamp, which names no data.
    let stamp = INSTALLED.get().map_or("", |(stamp, _)| stamp);
    keep_first(&SOURCES, text, read_sources(text, stamp)?)
}

/// The sources of region `code` loaded after the data ([`install_sources`]); the national ones
/// for `CN` (a sources file has every region of its data: build.rs writes every `N`/`R` line).
#[cfg(target_arch = "wasm32")]
fn late_sources(code: &str) -> Option<&'static SortedMap<String, Source>> {
    let read = &SOURCES.get()?.1;
    Some(&read.regions.get(code).unwrap_or(&read.national).sources)
}

/// Native builds read all of the data at once: nothing is loaded later.
#[cfg(not(target_arch = "wasm32"))]
fn late_sources(_: &str) -> Option<&'static SortedMap<String, Source>> {
    None
}

/// Reads a file of source descriptions (`pkg/sources.js`: the `F` line, then `N`/`R` and `S`
/// lines, then the integrity line; build.rs `split_sources`) for the data whose own integrity
/// line is `stamp` (empty when there is none). Refused whole, never half applied: when it did not
/// arrive whole, or when its `F` line does not name that data (the sources of another data release, whose ids may differ:
/// the `F` line holds the hash of the one values file they were written with).
pub fn read_sources(text: &str, stamp: &str) -> Result<Data, String> {
    // "F" and the figures of `stamp` after its "Z", then the end of the line.
    let (first, figures) = (text.as_bytes(), stamp.as_bytes());
    let named = first.first() == Some(&b'F')
        && first.get(1..figures.len()) == figures.get(1..)
        && first.get(figures.len()) == Some(&b'\n');
    if !named {
        return Err("these sources are not for the data loaded".to_owned());
    }
    decode(text)
}

/// The last line of a text in the line format: its integrity line (`Z`, lines, hash), which
/// names the data.
pub fn last_line(text: &str) -> &str {
    text.trim_end_matches('\n')
        .rsplit('\n')
        .next()
        .unwrap_or("")
}

/// Reads the line format `build.rs` writes (see `encode` there): one record per line, fields
/// separated by tabs, `\\`, `\t` and `\n` escaped, an empty field an absent value.
///
/// A small hand-written reader rather than serde: it keeps a deserializer per data type out of
/// the wasm module, and reading is a single pass.
pub fn decode(text: &str) -> Result<Data, String> {
    let text = whole_body(text)?;
    let mut national: Option<RegionData> = None;
    let mut regions = SortedMap::new();
    // The region being read (and whether it is the national one), and its current series.
    let mut current: Option<(bool, RegionData)> = None;
    let mut series: Option<String> = None;
    let finish = |cur: Option<(bool, RegionData)>,
                  national: &mut Option<RegionData>,
                  regions: &mut SortedMap<String, RegionData>| {
        let cur = cur.map(|(n, r)| {
            let keyed = KeyIndex::of(&r.series);
            (n, RegionData { keyed, ..r })
        });
        match cur {
            Some((true, r)) => *national = Some(r),
            Some((false, r)) => {
                regions.insert(r.code.clone(), r);
            }
            None => {}
        }
    };
    for (n, line) in text.lines().enumerate() {
        let at = |what: &str| format!("params line {}: {what}", n + 1);
        let f: Vec<String> = line.split('\t').map(unescape).collect();
        let get = |i: usize| f.get(i).map(String::as_str).unwrap_or("");
        let opt = |i: usize| Some(get(i).to_owned()).filter(|s| !s.is_empty());
        let dec = |i: usize| {
            crate::money::parse_decimal(get(i))
                .ok_or_else(|| at(&format!("not a decimal: \"{}\"", get(i))))
        };
        let int = |i: usize| get(i).parse::<i32>().map_err(|_| at("not a whole number"));
        match get(0) {
            "N" | "R" => {
                finish(current.take(), &mut national, &mut regions);
                current = Some((
                    get(0) == "N",
                    RegionData {
                        code: get(1).to_owned(),
                        name_zh: get(2).to_owned(),
                        name_en: get(3).to_owned(),
                        parent: opt(4),
                        sources: SortedMap::new(),
                        series: SortedMap::new(),
                        keyed: KeyIndex::default(),
                    },
                ));
                series = None;
            }
            // The data a file of source descriptions belongs to: checked by `read_sources`.
            "F" => {}
            "S" => {
                let source = Source {
                    publisher: get(2).to_owned(),
                    title: get(3).to_owned(),
                    doc: get(4).to_owned(),
                    date: get(5).to_owned(),
                    url: get(6).to_owned(),
                    id: String::new(),
                };
                region_of(&mut current, n)?
                    .sources
                    .insert(get(1).to_owned(), source);
            }
            "P" => {
                let s = Series {
                    unit: get(2).to_owned(),
                    values: Vec::new(),
                };
                region_of(&mut current, n)?
                    .series
                    .insert(get(1).to_owned(), s);
                series = Some(get(1).to_owned());
            }
            "E" => {
                let month = |i: usize| get(i).parse::<Month>().map_err(|_| at("not a month"));
                let entry = Entry {
                    from: month(1)?,
                    until: if get(2).is_empty() {
                        None
                    } else {
                        Some(month(2)?)
                    },
                    value: if get(3).is_empty() {
                        None
                    } else {
                        Some(dec(3)?)
                    },
                    tiers: None,
                    table: None,
                    life: None,
                    rule: opt(6),
                    source: get(4).to_owned(),
                    status: match get(5) {
                        "verified" => Status::Verified,
                        "corroborated" => Status::Corroborated,
                        "unverified" => Status::Unverified,
                        "assumption" => Status::Assumption,
                        "user" => Status::User,
                        other => return Err(at(&format!("unknown status \"{other}\""))),
                    },
                    note: opt(7),
                };
                let key = series
                    .as_deref()
                    .ok_or_else(|| at("entry before any series"))?;
                let r = region_of(&mut current, n)?;
                r.series
                    .get_mut(key)
                    .ok_or_else(|| at("no series"))?
                    .values
                    .push(entry);
            }
            tag @ ("T" | "D" | "L") => {
                let key = series
                    .as_deref()
                    .ok_or_else(|| at("row before any series"))?;
                let r = region_of(&mut current, n)?;
                let entry = r
                    .series
                    .get_mut(key)
                    .and_then(|s| s.values.last_mut())
                    .ok_or_else(|| at("row before any entry"))?;
                if tag == "T" {
                    let tier = Tier {
                        amount: dec(1)?,
                        subsidy: dec(2)?,
                    };
                    entry.tiers.get_or_insert_with(Vec::new).push(tier);
                } else if tag == "D" {
                    let row = DivisorRow {
                        age: int(1)?,
                        months: dec(2)?,
                    };
                    entry.table.get_or_insert_with(Vec::new).push(row);
                } else {
                    let row = LifeRow {
                        age: int(1)?,
                        years: dec(2)?,
                    };
                    entry.life.get_or_insert_with(Vec::new).push(row);
                }
            }
            other => return Err(at(&format!("unknown record \"{other}\""))),
        }
    }
    finish(current.take(), &mut national, &mut regions);
    Ok(Data {
        national: national.ok_or("params: no national data")?,
        regions,
    })
}

/// The data without its last line, once that line (`Z`, line count, FNV-1a hash: see
/// `checksum.rs`, written by build.rs) proves the text arrived whole: a file cut anywhere, or a
/// line changed, is refused before any of it is read.
fn whole_body(text: &str) -> Result<&str, String> {
    let body_end = text.trim_end_matches('\n').rfind('\n').map_or(0, |i| i + 1);
    let (body, last) = text.split_at(body_end);
    if last != super::checksum::trailer(body) {
        return Err(format!(
            "the data is incomplete or changed: its last line should be \"{}\"",
            super::checksum::trailer(body).trim_end().replace('\t', " ")
        ));
    }
    Ok(body)
}

/// The region being read, or the error of a record that comes before any.
fn region_of(cur: &mut Option<(bool, RegionData)>, n: usize) -> Result<&mut RegionData, String> {
    cur.as_mut()
        .map(|(_, r)| r)
        .ok_or_else(|| format!("params line {}: record before any region", n + 1))
}

/// Undoes the escaping of `build.rs`.
fn unescape(field: &str) -> String {
    if !field.contains('\\') {
        return field.to_owned();
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_format_reads_back_exactly_what_the_files_say() {
        // build.rs writes the same data as JSON beside the line format; serde reads that one.
        let json: Data =
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/params.json")))
                .expect("the data matches the schema");
        assert_eq!(decode(EMBEDDED).expect("decodes"), json);
    }

    /// The web data with the source descriptions of the sources file in each region's own list:
    /// what the wasm module answers from once both files are loaded.
    pub(crate) fn web_with_sources() -> Data {
        let mut web = decode(FOR_WEB).unwrap();
        let read = read_sources(SOURCES_FOR_WEB, last_line(FOR_WEB)).unwrap();
        for r in std::iter::once(&mut web.national).chain(web.regions.values_mut()) {
            assert!(
                r.sources.is_empty(),
                "{}: the values file describes no source",
                r.code
            );
            r.sources = read.by_code(&r.code).unwrap().sources.clone();
        }
        web
    }

    #[test]
    fn the_web_data_is_the_full_data_without_notes_or_uncited_sources() {
        let (mut full, web) = (decode(EMBEDDED).unwrap(), web_with_sources());
        for r in std::iter::once(&mut full.national).chain(full.regions.values_mut()) {
            let cited: Vec<String> = r
                .series
                .values()
                .flat_map(|s| s.values.iter().map(|e| e.source.clone()))
                .collect();
            r.sources = r
                .sources
                .iter()
                .filter(|(id, _)| cited.contains(id))
                .map(|(id, s)| (id.clone(), s.clone()))
                .collect();
            for s in r.series.values_mut() {
                for e in &mut s.values {
                    e.note = None;
                }
            }
        }
        assert_eq!(full, web);
        assert!(FOR_WEB.len() + SOURCES_FOR_WEB.len() < EMBEDDED.len() * 2 / 3);
    }

    #[test]
    fn the_values_file_has_no_source_lines_and_the_sources_file_only_them() {
        let tags = |text: &str| -> std::collections::BTreeSet<String> {
            text.lines()
                .map(|l| l.split('\t').next().unwrap().to_owned())
                .collect()
        };
        let values: Vec<_> = tags(FOR_WEB).into_iter().collect();
        assert_eq!(values, ["D", "E", "L", "N", "P", "R", "T", "Z"]);
        let sources: Vec<_> = tags(SOURCES_FOR_WEB).into_iter().collect();
        assert_eq!(sources, ["F", "N", "R", "S", "Z"]);
        // The first line names the values file: "F", then the figures of its last line.
        let first = SOURCES_FOR_WEB.lines().next().unwrap();
        assert_eq!(&first[1..], &last_line(FOR_WEB)[1..]);
        assert!(last_line(FOR_WEB).starts_with("Z\t"));
    }

    #[test]
    fn sources_of_other_data_or_cut_are_refused_whole() {
        let stamp = last_line(FOR_WEB);
        let ok = read_sources(SOURCES_FOR_WEB, stamp).unwrap();
        assert!(ok.regions.values().any(|r| !r.sources.is_empty()));
        // Cut anywhere: the integrity line no longer matches.
        let cut = &SOURCES_FOR_WEB[..SOURCES_FOR_WEB.len() / 2];
        assert!(read_sources(cut, stamp).unwrap_err().contains("incomplete"));
        // Whole, but made for other data (another release: its values file had another hash).
        let lines: Vec<&str> = SOURCES_FOR_WEB.lines().collect();
        let body = lines[1..lines.len() - 1].join("\n");
        let other = sealed(&format!("F\t1\t00000000\n{body}"));
        assert!(read_sources(&other, stamp)
            .unwrap_err()
            .contains("not for the data loaded"));
        // No data loaded yet (no stamp): they name none.
        assert!(read_sources(SOURCES_FOR_WEB, "")
            .unwrap_err()
            .contains("not for the data loaded"));
        // No F line at all (the values file itself, say).
        assert!(read_sources(FOR_WEB, stamp)
            .unwrap_err()
            .contains("not for the data loaded"));
    }

    #[test]
    fn the_sources_file_describes_every_source_the_values_file_cites() {
        // The wasm module checks only that the sources file names its data (`F`): the generator
        // makes the two files together, and this is what that gives.
        let web = web_with_sources();
        for r in std::iter::once(&web.national).chain(web.regions.values()) {
            for e in r.series.values().flat_map(|s| &s.values) {
                assert!(
                    r.sources.contains_key(&e.source),
                    "{}: {}",
                    r.code,
                    e.source
                );
            }
        }
    }

    #[test]
    fn a_source_not_loaded_is_its_id_alone() {
        // What a full estimate says of a source before load_sources (src/wasm.rs).
        let json = serde_json::to_string(&Source::not_loaded("gd_2024")).unwrap();
        assert_eq!(json, r#"{"publisher":"","title":"","id":"gd_2024"}"#);
        // A described source says nothing of an id: as before the split.
        let data = web_with_sources();
        let (id, gd) = data.regions["GD"].sources.iter().next().unwrap();
        let json = serde_json::to_string(gd).unwrap();
        assert!(
            json.starts_with(r#"{"publisher":""#) && !json.contains(r#""id""#),
            "{json}"
        );
        assert_eq!(data.regions["GD"].source(id), Some(gd));
        // Natively nothing is loaded later: a region without its descriptions has none.
        assert_eq!(decode(FOR_WEB).unwrap().regions["GD"].source(id), None);
    }

    /// `body` (lines) with its integrity line, as build.rs writes it.
    fn sealed(body: &str) -> String {
        let body = if body.is_empty() {
            String::new()
        } else {
            format!("{body}\n")
        };
        let end = super::super::checksum::trailer(&body);
        body + &end
    }

    #[test]
    fn escapes_and_broken_records() {
        assert_eq!(unescape(r"a\tb\nc\\d"), "a\tb\nc\\d");
        assert!(decode(&sealed("S\tx"))
            .unwrap_err()
            .contains("before any region"));
        assert!(decode(&sealed("N\tCN\ta\tb\t\nP\tk\tu\nE\t2020-13"))
            .unwrap_err()
            .contains("line 3"));
        assert!(decode(&sealed("Q")).unwrap_err().contains("unknown record"));
        assert!(decode(&sealed("")).unwrap_err().contains("no national"));
        assert!(decode("").unwrap_err().contains("incomplete"));
    }

    #[test]
    fn a_series_found_by_its_key_position_is_the_one_found_by_name() {
        let data = decode(EMBEDDED).unwrap();
        for r in std::iter::once(&data.national).chain(data.regions.values()) {
            for (at, sp) in super::super::SPECS.iter().enumerate() {
                let by_name = r.series.get(sp.key).map(|s| s as *const Series);
                let by_position = r.series_at(at, sp.key).map(|s| s as *const Series);
                assert_eq!(by_position, by_name, "{}.{}", r.code, sp.key);
            }
        }
    }

    #[test]
    fn positions_made_before_a_change_are_not_trusted_after_it() {
        let specs = super::super::SPECS;
        let at = specs.iter().position(|sp| sp.key == "avg_wage").unwrap();
        let mut data = decode(EMBEDDED).unwrap();
        let gd = data.regions.get_mut("GD").unwrap();
        let wage = gd.series.remove("avg_wage").unwrap();
        // The position kept for GD's wage series now holds the next series: not trusted.
        assert!(gd.series_at(at, specs[at].key).is_none());
        // Put back: found at its position again.
        gd.series.insert("avg_wage".to_owned(), wage.clone());
        assert_eq!(gd.series_at(at, specs[at].key), Some(&wage));
        gd.series.remove("avg_wage");
        gd.series.insert("aaa".to_owned(), wage.clone());
        gd.series.insert("avg_wage".to_owned(), wage.clone());
        // Every key after `aaa` in name order moved down one place: each is still found (by
        // name), as is every other.
        for (i, sp) in specs.iter().enumerate() {
            let by_name = gd.series.get(sp.key).map(|s| s as *const Series);
            assert_eq!(gd.series_at(i, sp.key).map(|s| s as *const Series), by_name);
        }
        // A copy keeps the positions; a key's own copy of the text is found the same.
        let copy = gd.clone();
        assert_eq!(copy.series_at(at, specs[at].key), Some(&wage));
        assert_eq!(copy.series_at(at, &String::from("avg_wage")), Some(&wage));
    }
}

//! The parameter data as stored: dated, sourced entries per region, in the manner of
//! OpenFisca / GETTSIM parameter files.
//!
//! The files live in `params/` (one TOML file per region plus `CN.toml` for national figures);
//! `build.rs` turns them into one JSON document embedded in the binary, parsed once on first use.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::de_decimal_str;
use crate::Month;

/// Where a figure comes from.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Who published it (a ministry, a provincial department, a statistics bureau).
    pub publisher: String,
    /// Title of the document or page.
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
}

/// How sure we are of a value.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Read in an official document, or two independent sources agree.
    Verified,
    /// One non-official source, or remembered: to be checked.
    Unverified,
    /// Not a published figure: a modelling assumption with a documented reason.
    Assumption,
    /// Given by the user for this calculation (a parameter override).
    User,
}

/// One resident-scheme contribution tier and the government subsidy it earns.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// Yearly contribution, yuan.
    #[serde(
        deserialize_with = "de_decimal_str",
        serialize_with = "crate::money::ser_yuan"
    )]
    pub amount: Decimal,
    /// Yearly government entry subsidy credited to the account, yuan.
    #[serde(
        deserialize_with = "de_decimal_str",
        serialize_with = "crate::money::ser_yuan"
    )]
    pub subsidy: Decimal,
}

/// One row of the account divisor table (计发月数).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct DivisorRow {
    /// Age at retirement, whole years.
    pub age: i32,
    /// Months the account pension is spread over.
    #[serde(deserialize_with = "de_decimal_str")]
    pub months: Decimal,
}

/// One row of a life table: remaining life expectancy e(x) at exact age x.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LifeRow {
    /// Exact age, whole years.
    pub age: i32,
    /// Years still to live on average at that age.
    #[serde(deserialize_with = "de_decimal_str")]
    pub years: Decimal,
}

/// One dated value of a parameter. It applies from `from` until the next entry (or, for
/// yearly figures, for twelve months: see [`crate::params::Fill`]).
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
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
    pub sources: BTreeMap<String, Source>,
    /// Parameters by key.
    #[serde(flatten)]
    pub series: BTreeMap<String, Series>,
}

/// The whole data set.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct Data {
    /// National figures and defaults for regional ones.
    pub national: RegionData,
    /// Regions by code.
    pub regions: BTreeMap<String, RegionData>,
}

impl Data {
    /// A region by code (`GD`) or Chinese name (`广东` or `广东省`).
    pub fn region(&self, key: &str) -> Option<&RegionData> {
        self.regions.get(key).or_else(|| {
            self.regions
                .values()
                .find(|r| r.name_zh == key || r.name_zh.trim_end_matches(['省', '市']) == key)
        })
    }
}

static EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/params.json"));

/// The data set embedded at build time (parsed once).
///
/// ```
/// let data = pension_estimator::params::embedded();
/// assert!(data.regions.contains_key("GD"));
/// assert_eq!(data.national.code, "CN");
/// ```
pub fn embedded() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        // The JSON was produced by build.rs from files the test suite validates; a failure
        // here is a build defect, caught by every test, never by user input.
        serde_json::from_str(EMBEDDED_JSON)
            .unwrap_or_else(|e| panic!("embedded parameter data does not match the schema: {e}"))
    })
}

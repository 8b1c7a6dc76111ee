//! The headline of an estimate: the figures a list, a card or a batch needs — each pension's
//! start, years, eligibility, monthly amount and that amount in today's money, and the range
//! only when asked — without the reporting parts of the full [`Estimate`] (timeline,
//! explanations, parameters used, transfers, where to retire, the options when short).
//!
//! It is computed on the path the analyses use for their inner estimates
//! ([`estimate::estimate_figures`]: a quiet context, no reporting parts), so a headline costs
//! the figures only; every figure is the full estimate's own, copied (tests/headline.rs checks
//! them against the full estimate).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::employee::EmployeePension;
use crate::error::Invalid;
use crate::estimate::{self, Estimate};
use crate::money::{ser_ratio4, ser_yuan};
use crate::month::YearsMonths;
use crate::params::Data;
use crate::range::Ranges;
use crate::resident::ResidentPension;
use crate::scenario::{Scenario, SCHEMA_VERSION};
use crate::Month;

/// How much of an answer a caller wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    /// The whole [`Estimate`]: explanations, timeline, parameters used, range.
    Full,
    /// The [`Headline`] only; with the range when `range` is true.
    Headline {
        /// Whether to compute the uncertainty range (its draws are most of a headline's cost).
        range: bool,
    },
}

/// The headline figures of an estimate (see the module documentation).
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Headline {
    /// Format version.
    pub schema_version: u32,
    /// The valuation month.
    pub as_of: Month,
    /// The employee scheme (城镇职工基本养老保险).
    pub employee: EmployeeHeadline,
    /// The resident scheme (城乡居民基本养老保险).
    pub resident: ResidentHeadline,
    /// The uncertainty range of both pensions, when asked for (see [`crate::range`]).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<Ranges>,
}

/// The employee pension's headline: the fields of the same name in [`EmployeePension`].
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct EmployeeHeadline {
    /// First month of the pension.
    pub start: Month,
    /// Age at the start.
    pub age: YearsMonths,
    /// Where the pension is paid.
    pub benefit_region: String,
    /// Contribution months, not counting deemed months.
    pub contribution_months: u32,
    /// Deemed months (视同缴费).
    pub deemed_months: u32,
    /// N, contribution years including deemed years.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_ratio4")]
    pub years: Decimal,
    /// The minimum months for a pension starting at `start`.
    pub min_months: u32,
    /// Whether the minimum is met.
    pub eligible: bool,
    /// Months still missing (0 when eligible).
    pub shortfall_months: u32,
    /// Monthly total (0 when not eligible).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub total: Decimal,
    /// What the pension would be if the minimum were met (equals `total` when eligible).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub formula_total: Decimal,
    /// `formula_total` in today's money.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub formula_total_today: Decimal,
    /// What the person pays into this scheme over the detailed months, history and plan (yuan,
    /// nominal; a statement's months are not counted): the field of the same name in the full
    /// estimate. A card's "到退休共交" is this less the history's own.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub own_contributions: Decimal,
}

/// The resident pension's headline: the fields of the same name in [`ResidentPension`]
/// (`start` is its `claim_month`).
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ResidentHeadline {
    /// Whether the person has any resident record.
    pub participating: bool,
    /// Region paying the pension (the hukou place).
    pub region: String,
    /// First month of the pension.
    pub start: Month,
    /// Contribution years.
    pub years: u32,
    /// Minimum years.
    pub min_years: u32,
    /// Whether the minimum is met.
    pub eligible: bool,
    /// Monthly total (0 when not eligible).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub total: Decimal,
    /// What the pension would be if the minimum were met.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub formula_total: Decimal,
    /// `formula_total` in today's money.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub formula_total_today: Decimal,
    /// What the person pays into this scheme over the detailed months, history and plan (yuan,
    /// nominal; a statement's months are not counted): the field of the same name in the full
    /// estimate. A card's "到退休共交" is this less the history's own.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub own_contributions: Decimal,
}

/// The headline of `s` with the given data: the estimate's figures only, the range when `range`.
pub fn headline_with(data: &Data, s: &Scenario, range: bool) -> Result<Headline, Invalid> {
    let shared = estimate::Shared::single();
    let e = estimate::figures_opts(data, s, range, &shared)?;
    Ok(Headline::of(&e, range))
}

impl Headline {
    /// The headline figures of an estimate; its range when `range`.
    pub fn of(e: &Estimate, range: bool) -> Headline {
        Headline {
            schema_version: SCHEMA_VERSION,
            as_of: e.as_of,
            employee: EmployeeHeadline::of(&e.employee.pension),
            resident: ResidentHeadline::of(&e.resident),
            range: range.then(|| e.range.clone()),
        }
    }
}

impl EmployeeHeadline {
    fn of(p: &EmployeePension) -> EmployeeHeadline {
        EmployeeHeadline {
            start: p.start,
            age: p.age,
            benefit_region: p.benefit_region.clone(),
            contribution_months: p.contribution_months,
            deemed_months: p.deemed_months,
            years: p.years,
            min_months: p.min_months,
            eligible: p.eligible,
            shortfall_months: p.shortfall_months,
            total: p.total,
            formula_total: p.formula_total,
            formula_total_today: p.formula_total_today,
            own_contributions: p.own_contributions,
        }
    }
}

impl ResidentHeadline {
    fn of(r: &ResidentPension) -> ResidentHeadline {
        ResidentHeadline {
            participating: r.participating,
            region: r.region.clone(),
            start: r.claim_month,
            years: r.years,
            min_years: r.min_years,
            eligible: r.eligible,
            total: r.total,
            formula_total: r.formula_total,
            formula_total_today: r.formula_total_today,
            own_contributions: r.own_contributions,
        }
    }
}

//! What every rule needs besides its own inputs: the parameters, the resolved assumptions, the
//! valuation month, and a place to leave warnings.

use std::cell::{Cell, RefCell};

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::FieldError;
use crate::params::Params;
use crate::scenario::{Assumptions, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::Month;

/// The assumptions in force for one estimate, each with where it came from.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Resolved {
    /// Yearly growth of average wages.
    #[ts(type = "string")]
    #[serde(serialize_with = "crate::money::ser_plain")]
    pub wage_growth: Decimal,
    /// Crediting rate of the employee account for years without a published rate.
    #[ts(type = "string")]
    #[serde(serialize_with = "crate::money::ser_plain")]
    pub crediting_rate: Decimal,
    /// Resident account interest for future years.
    #[ts(type = "string")]
    #[serde(serialize_with = "crate::money::ser_plain")]
    pub resident_interest: Decimal,
    /// Yearly pension adjustment after retirement.
    #[ts(type = "string")]
    #[serde(serialize_with = "crate::money::ser_plain")]
    pub pension_adjustment: Decimal,
    /// Yearly growth of the resident base pension.
    #[ts(type = "string")]
    #[serde(serialize_with = "crate::money::ser_plain")]
    pub resident_base_growth: Decimal,
    /// Uncertainty range: standard deviation of the long-run wage growth.
    #[ts(type = "string")]
    #[serde(serialize_with = "crate::money::ser_plain")]
    pub wage_growth_sd: Decimal,
    /// Uncertainty range: standard deviation of the crediting rate.
    #[ts(type = "string")]
    #[serde(serialize_with = "crate::money::ser_plain")]
    pub crediting_rate_sd: Decimal,
    /// Uncertainty range: standard deviation of the pension adjustment.
    #[ts(type = "string")]
    #[serde(serialize_with = "crate::money::ser_plain")]
    pub pension_adjustment_sd: Decimal,
    /// Uncertainty range: number of draws.
    pub draws: u32,
    /// Uncertainty range: seed.
    #[ts(type = "number")]
    pub seed: u64,
    /// Names of the assumptions the caller set (the others are the documented defaults).
    pub set_by_caller: Vec<&'static str>,
}

impl Resolved {
    /// The caller's assumptions, the defaults of `CN.default_*` filling the gaps (the number of
    /// draws and the seed of the range default to [`crate::scenario::DEFAULT_DRAWS`] and
    /// [`crate::scenario::DEFAULT_SEED`]).
    pub fn new(given: &Assumptions, params: &Params, as_of: Month) -> Result<Resolved, FieldError> {
        let mut set = Vec::new();
        if given.draws.is_some() {
            set.push("draws");
        }
        if given.seed.is_some() {
            set.push("seed");
        }
        let mut pick =
            |name: &'static str, key: &str, v: Option<Decimal>| -> Result<Decimal, FieldError> {
                match v {
                    Some(v) => {
                        set.push(name);
                        Ok(v)
                    }
                    // The path is written out only for an error.
                    None => params.default_value("$", key, as_of).map_err(|mut e| {
                        e.path = format!("$.assumptions.{name}");
                        e
                    }),
                }
            };
        Ok(Resolved {
            wage_growth: pick("wage_growth", "default_wage_growth", given.wage_growth)?,
            crediting_rate: pick(
                "crediting_rate",
                "default_crediting_rate",
                given.crediting_rate,
            )?,
            resident_interest: pick(
                "resident_interest",
                "default_resident_interest",
                given.resident_interest,
            )?,
            pension_adjustment: pick(
                "pension_adjustment",
                "default_pension_adjustment",
                given.pension_adjustment,
            )?,
            resident_base_growth: pick(
                "resident_base_growth",
                "default_resident_base_growth",
                given.resident_base_growth,
            )?,
            wage_growth_sd: pick(
                "wage_growth_sd",
                "default_wage_growth_sd",
                given.wage_growth_sd,
            )?,
            crediting_rate_sd: pick(
                "crediting_rate_sd",
                "default_crediting_rate_sd",
                given.crediting_rate_sd,
            )?,
            pension_adjustment_sd: pick(
                "pension_adjustment_sd",
                "default_pension_adjustment_sd",
                given.pension_adjustment_sd,
            )?,
            draws: given.draws.unwrap_or(DEFAULT_DRAWS),
            seed: given.seed.unwrap_or(DEFAULT_SEED),
            set_by_caller: set,
        })
    }
}

/// Something the person should know about the estimate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Warning {
    /// Stable code.
    pub code: &'static str,
    /// In Chinese.
    pub zh: String,
    /// In English.
    pub en: String,
}

/// The context of one estimate.
pub struct Ctx<'d> {
    /// Parameter lookups (with overrides).
    pub params: Params<'d>,
    /// The valuation month.
    pub as_of: Month,
    /// Assumptions.
    pub assume: Resolved,
    warnings: RefCell<Vec<Warning>>,
    /// Past years read without a published crediting rate (one warning names them all).
    rate_assumed: RefCell<Vec<i32>>,
    /// The month whose minimum contribution years apply (the statutory retirement month; see
    /// [`crate::minimum`]), set once the estimate knows it.
    minimum_at: Cell<Option<Month>>,
    quiet: bool,
}

impl<'d> Ctx<'d> {
    /// A context.
    pub fn new(params: Params<'d>, as_of: Month, assume: Resolved) -> Ctx<'d> {
        Ctx {
            params,
            as_of,
            assume,
            warnings: RefCell::new(Vec::new()),
            rate_assumed: RefCell::new(Vec::new()),
            minimum_at: Cell::new(None),
            quiet: false,
        }
    }

    /// Stops recording warnings and the parameters used: for a context shared by the many
    /// estimates of an analysis, which shows neither.
    pub fn set_quiet(&mut self) {
        self.quiet = true;
        self.params.set_quiet();
    }

    /// Whether warnings are dropped ([`Ctx::set_quiet`]): a caller can skip the work of
    /// finding and wording them.
    pub fn is_quiet(&self) -> bool {
        self.quiet
    }

    /// Leaves a warning (the same code and text only once).
    pub fn warn(&self, code: &'static str, zh: impl Into<String>, en: impl Into<String>) {
        if self.quiet {
            return;
        }
        let w = Warning {
            code,
            zh: zh.into(),
            en: en.into(),
        };
        let mut ws = self.warnings.borrow_mut();
        if !ws.contains(&w) {
            ws.push(w);
        }
    }

    /// Fixes the month whose minimum contribution years apply: the statutory retirement month
    /// of the estimate being computed ([`crate::minimum`]).
    pub fn set_minimum_at(&self, statutory: Month) {
        self.minimum_at.set(Some(statutory));
    }

    /// The month whose minimum applies to a pension starting in `start`: the statutory
    /// retirement month once set, else `start` itself.
    pub fn minimum_month(&self, start: Month) -> Month {
        self.minimum_at.get().unwrap_or(start)
    }

    /// The warnings so far.
    pub fn warnings(&self) -> Vec<Warning> {
        let mut ws = self.warnings.borrow().clone();
        let years = self.rate_assumed.borrow();
        if let (Some(first), Some(last)) = (years.iter().min(), years.iter().max()) {
            let span = if first == last {
                format!("{first}")
            } else {
                format!("{first}–{last}")
            };
            let rate = pct(self.assume.crediting_rate);
            ws.push(Warning {
                code: "crediting_rate_assumed",
                zh: format!("{span}年的记账利率还没有找到公布的数字，按假设 {rate} 计算"),
                en: format!("no published crediting rate found for {span}: assumed {rate}"),
            });
        }
        ws
    }

    /// The employee-account crediting rate for `year`: published, or the assumption (with a
    /// warning for years that have passed).
    pub fn crediting_rate(&self, year: i32) -> Result<(Decimal, bool), FieldError> {
        let jan = Month::new(year, 1).unwrap_or(self.as_of);
        match self.params.get("$", "CN", "crediting_rate", jan)? {
            Some(r) => Ok((r, false)),
            None => {
                // Years that have passed are named in one warning (see `warnings`); the year
                // of `as_of` and later ones are the assumption by design.
                if year < self.as_of.year() && !self.quiet {
                    let mut years = self.rate_assumed.borrow_mut();
                    if !years.contains(&year) {
                        years.push(year);
                    }
                }
                Ok((self.assume.crediting_rate, true))
            }
        }
    }
}

/// A ratio as a percentage for messages (`0.0262` → `2.62%`).
pub fn pct(r: Decimal) -> String {
    format!("{}%", (r * Decimal::ONE_HUNDRED).round_dp(2).normalize())
}

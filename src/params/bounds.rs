//! Which parameters a caller may override, and the values an override may take.
//!
//! One table for the reader of the scenario ([`crate::validate()`]) and the lookups
//! ([`super::Params`]): whatever `validate` accepts, the calculation accepts. The bounds are those
//! of the quantity, not of today's figures — a person may model other rules — but they keep every
//! figure meaningful and every formula defined:
//!
//! - a contribution rate or share is a part of the base: 0 … 1;
//! - a yearly growth or interest rate lies within −10 % … 20 %, the bounds of the scenario's own
//!   assumptions (`$.assumptions`), so that a century of compounding stays inside `Decimal`;
//! - a spread (sd) of an assumed rate is 0 … 5 points, as for the assumptions;
//! - an age is a whole number of years 40 … 70 (the original retirement ages of 国发〔1978〕104号
//!   are 50, 55 and 60; the delay of 全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024)
//!   adds at most 5 years), a count of years or months 0 … 50 years, whole;
//! - a divisor or a step of the retirement delay is a whole number of months ≥ 1;
//! - the flexible retirement window is 0 … 36 months (the same 决定's 办法 第三条: at most three
//!   years earlier or later, see [`crate::retirement`]);
//! - a wage or a base bound is a positive amount of yuan (a wage of 0 would make every index
//!   undefined), a pension amount 0 or more; both at most 1 000 000 a month;
//! - a flag is 0 or 1.
//!
//! Cross-field rules (the share credited to the account never exceeds what is paid, the base
//! floor never exceeds the ceiling) are checked in [`crate::validate()`], which sees all overrides.

use rust_decimal::Decimal;

use super::{spec, Data, RegionData, Scope, Spec};
use crate::error::{Code, FieldError};

/// The values an override may take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    /// Smallest value.
    pub lo: Decimal,
    /// Whether `lo` itself is refused (a wage must be above 0).
    pub lo_open: bool,
    /// Largest value.
    pub hi: Decimal,
    /// Whether the value must be a whole number (ages, months, years, flags).
    pub whole: bool,
}

impl Bounds {
    const fn closed(lo: Decimal, hi: Decimal, whole: bool) -> Bounds {
        Bounds {
            lo,
            lo_open: false,
            hi,
            whole,
        }
    }

    /// Whether `v` lies within.
    pub fn admits(&self, v: Decimal) -> bool {
        let above = if self.lo_open {
            v > self.lo
        } else {
            v >= self.lo
        };
        above && v <= self.hi && (!self.whole || v.fract().is_zero())
    }

    /// The range in words, for messages: `0 到 1 之间` / `from 0 to 1`, `大于 0…` / `above 0…`,
    /// `…的整数` / `a whole number from…`.
    pub fn describe(&self) -> (String, String) {
        let (lo, hi) = (self.lo, self.hi);
        let (zh_from, en_from) = if self.lo_open {
            ("大于 ", "above ")
        } else {
            ("", "from ")
        };
        let (zh_whole, en_whole) = if self.whole {
            ("的整数", "a whole number ")
        } else {
            ("", "")
        };
        (
            format!("{zh_from}{lo} 到 {hi} 之间{zh_whole}"),
            format!("{en_whole}{en_from}{lo} to {hi}"),
        )
    }
}

/// Bounds of a yearly growth or interest rate (and of the scenario's assumed rates).
pub const GROWTH: Bounds = Bounds::closed(
    Decimal::from_parts(1, 0, 0, true, 1),
    Decimal::from_parts(2, 0, 0, false, 1),
    false,
);
/// Bounds of the spread (sd) of an assumed rate.
pub const SPREAD: Bounds =
    Bounds::closed(Decimal::ZERO, Decimal::from_parts(5, 0, 0, false, 2), false);
const SHARE: Bounds = Bounds::closed(Decimal::ZERO, Decimal::ONE, false);
const AGE: Bounds = Bounds::closed(
    Decimal::from_parts(40, 0, 0, false, 0),
    Decimal::from_parts(70, 0, 0, false, 0),
    true,
);
const YEARS: Bounds = Bounds::closed(Decimal::ZERO, Decimal::from_parts(50, 0, 0, false, 0), true);
const MONTHS: Bounds = Bounds::closed(
    Decimal::ZERO,
    Decimal::from_parts(600, 0, 0, false, 0),
    true,
);
const DIVISOR: Bounds =
    Bounds::closed(Decimal::ONE, Decimal::from_parts(600, 0, 0, false, 0), true);
const WINDOW: Bounds = Bounds::closed(Decimal::ZERO, Decimal::from_parts(36, 0, 0, false, 0), true);
const CEILING_RATIO: Bounds = Bounds {
    lo_open: true,
    ..Bounds::closed(Decimal::ZERO, Decimal::from_parts(5, 0, 0, false, 0), false)
};
const WAGE: Bounds = Bounds {
    lo_open: true,
    ..Bounds::closed(
        Decimal::ZERO,
        Decimal::from_parts(1_000_000, 0, 0, false, 0),
        false,
    )
};
const AMOUNT: Bounds = Bounds::closed(
    Decimal::ZERO,
    Decimal::from_parts(1_000_000, 0, 0, false, 0),
    false,
);
const FLAG: Bounds = Bounds::closed(Decimal::ZERO, Decimal::ONE, true);

/// The bounds of an override of `key`; `None` when the key cannot be overridden (tables, tiers,
/// rules: they are not one number).
pub fn bounds(key: &str) -> Option<Bounds> {
    Some(match key {
        "crediting_rate"
        | "pension_adjustment"
        | "resident_interest"
        | "backcast_wage_growth"
        | "default_wage_growth"
        | "default_crediting_rate"
        | "default_resident_interest"
        | "default_pension_adjustment"
        | "default_resident_base_growth" => GROWTH,
        "default_wage_growth_sd"
        | "default_crediting_rate_sd"
        | "default_pension_adjustment_sd" => SPREAD,
        "employee_individual_rate"
        | "employer_rate"
        | "individual_account_rate"
        | "flex_rate"
        | "transfer_pooled_share"
        | "transitional_coefficient"
        | "base_floor_ratio"
        | "oneoff_rate"
        | "extra_indexed_per_year" => SHARE,
        "oneoff_base_ratio" => CEILING_RATIO,
        "base_ceiling_ratio" => CEILING_RATIO,
        "retirement_age_man"
        | "retirement_age_woman_cadre"
        | "retirement_age_woman_worker"
        | "flex_women_retirement_age"
        | "resident_claim_age"
        | "temp_account_age_man"
        | "temp_account_age_woman" => AGE,
        "resident_min_years" => YEARS,
        "min_contribution_months"
        | "oneoff_after_extension_months"
        | "location_min_months"
        | "retirement_delay_cap_55_60"
        | "retirement_delay_cap_50" => MONTHS,
        "retirement_delay_step_55_60" | "retirement_delay_step_50" | "resident_account_divisor" => {
            DIVISOR
        }
        "flexible_retirement_months" => WINDOW,
        "avg_wage" | "base_floor" | "base_ceiling" | "benefit_base" => WAGE,
        "resident_central_min"
        | "resident_base_topup"
        | "resident_long_service_extra"
        | "extra_flat"
        | "extra_per_whole_year" => AMOUNT,
        "flex_nonlocal_allowed" => FLAG,
        _ => return None,
    })
}

fn bad_name(path: &str, param: &str) -> FieldError {
    FieldError::new(
        Code::BadOverride,
        format!("{path}.param"),
        format!("无法识别的参数 “{param}”：应写作 “地区代码.参数名”，如 GD.benefit_base"),
        format!("unknown parameter \"{param}\": write REGION.key, e.g. GD.benefit_base"),
    )
}

/// The region and the spec an override `param` (`SCOPE.key`) names, if it names an overridable
/// parameter where it is set (a national one only as `CN.…`); else the error at
/// `$.overrides[i].param` (`path` is `$.overrides[i]`).
pub fn target<'d>(
    data: &'d Data,
    path: &str,
    param: &str,
) -> Result<(&'d RegionData, &'static Spec, Bounds), FieldError> {
    let fail = || bad_name(path, param);
    let (scope, key) = param.split_once('.').ok_or_else(fail)?;
    let sp = spec(key).ok_or_else(fail)?;
    let b = bounds(sp.key).ok_or_else(fail)?;
    let region = if scope == "CN" {
        Some(&data.national)
    } else {
        data.region(scope)
    };
    let region = region
        .filter(|r| sp.scope != Scope::National || r.code == "CN")
        .ok_or_else(fail)?;
    Ok((region, sp, b))
}

/// The error for a value outside `b` at `$.overrides[i].value`.
pub fn out_of_bounds(path: &str, v: Decimal, b: &Bounds) -> FieldError {
    let (zh, en) = b.describe();
    FieldError::new(
        Code::OutOfRange,
        format!("{path}.value"),
        format!("参数值 {v} 不合理（应为{zh}）"),
        format!("value {v} out of range ({en})"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_valued_parameter_has_bounds_and_the_rest_none() {
        for sp in super::super::SPECS {
            // Tables and rules (text read by a rule module) are not overridable numbers.
            let table = sp.unit == "rule"
                || matches!(
                    sp.key,
                    "divisor_table"
                        | "resident_tiers"
                        | "life_expectancy_man"
                        | "life_expectancy_woman"
                );
            assert_eq!(bounds(sp.key).is_none(), table, "{}", sp.key);
        }
    }

    #[test]
    fn bounds_admit_their_edges_and_refuse_beyond() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert!(WAGE.admits(d("0.01")) && !WAGE.admits(Decimal::ZERO));
        assert!(SHARE.admits(Decimal::ONE) && !SHARE.admits(d("1.01")));
        assert!(YEARS.admits(d("15")) && !YEARS.admits(d("15.5")) && !YEARS.admits(d("51")));
        assert!(GROWTH.admits(d("-0.1")) && GROWTH.admits(d("0.2")) && !GROWTH.admits(d("0.21")));
        assert!(DIVISOR.admits(Decimal::ONE) && !DIVISOR.admits(Decimal::ZERO));
    }
}

//! The input: a person, their contribution history, their plan, and the assumptions.
//!
//! A scenario is JSON. Decimals are strings (`"0.6"`, `"5000"`), or whole JSON numbers; months
//! are `"YYYY-MM"`. Unknown fields are refused (they are usually typos). See
//! `examples/rider-guangdong.json` for a complete one.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::{de_decimal, de_opt_decimal, ser_plain};
use crate::params::Override;
use crate::Month;

/// The scenario format version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything an estimate is computed from.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Format version (1).
    #[ts(as = "Option<_>", optional)]
    #[serde(default = "schema_version")]
    pub schema_version: u32,
    /// Who.
    pub person: Person,
    /// The valuation month: history ends here. Required in the core; at the doors (CLI,
    /// WebAssembly) a scenario without it is valued at the current month ([`crate::clock`]).
    pub as_of: Month,
    /// What has been paid (or not), month ranges up to `as_of`.
    #[ts(as = "Option<_>", optional)]
    #[serde(default)]
    pub history: Vec<Segment>,
    /// An official statement's totals (个人权益记录), covering everything up to its month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Summary>,
    /// What the person intends to pay. Months not covered are months without contributions.
    /// Plan months before `as_of` (a saved plan opened later) count as planned and are reported
    /// as [`Unconfirmed`]; the month `as_of` itself is still open (its contribution is not due
    /// yet), in the plan or in the history.
    #[ts(as = "Option<_>", optional)]
    #[serde(default)]
    pub plan: Vec<Segment>,
    /// When to retire.
    #[ts(as = "Option<_>", optional)]
    #[serde(default)]
    pub retirement: Retirement,
    /// Assumptions about the future; each has a documented default.
    #[ts(as = "Option<_>", optional)]
    #[serde(default)]
    pub assumptions: Assumptions,
    /// The caller's own parameter values for this calculation.
    #[ts(as = "Option<_>", optional)]
    #[serde(default)]
    pub overrides: Vec<Override>,
}

fn schema_version() -> u32 {
    SCHEMA_VERSION
}

/// Plan months that are now in the past: planned, not confirmed.
///
/// A scenario saved with a plan and opened months later has a valuation month (`as_of`, the
/// current month) past the start of its plan. The plan months before `as_of` are still valued
/// as planned — the person said they would pay them, and a saved plan must keep giving an
/// answer — but they are reported, so the page can ask once, plainly, 这几个月交了吗？: yes moves
/// them into the history, no makes them a gap; the plan then goes on from this month, which is
/// still open (see [`Scenario::first_open_month`]).
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Unconfirmed {
    /// Position of the plan segment (`$.plan[i]`).
    pub plan_index: usize,
    /// First month now in the past.
    pub from: Month,
    /// Last month now in the past (the month before `as_of`, or the segment's end).
    pub to: Month,
    /// How many months.
    pub months: u32,
    /// What was planned for them.
    pub kind: Kind,
}

impl Scenario {
    /// The plan's months before the [first open month](Self::first_open_month): each plan
    /// segment clipped to end by the month before it (segments wholly later left out). What stays
    /// of the plan when a choice replaces the rest from the first open month. That is the months
    /// before `as_of`, and `as_of` too when the history covers it — a resident segment beside an
    /// employee plan (城乡衔接 allows both) — where the choices pay from the month after.
    pub fn plan_so_far(&self) -> Vec<Segment> {
        let last = self.first_open_month().plus(-1);
        self.plan
            .iter()
            .filter(|g| g.from <= last)
            .map(|g| Segment {
                to: Some(g.to.map_or(last, |t| t.min(last))),
                ..g.clone()
            })
            .collect()
    }

    /// The first month a decision about paying can still change: the valuation month itself
    /// unless the history or a statement covers it (this month's contribution is not due yet: a
    /// record entered up to last month leaves it open, not missed; a plan covering it is still a
    /// plan), else the month after. What the choices pay from and what the page's "carry on"
    /// plan starts at. (A statement dated this month covers it: the fuzz target `hostile` found
    /// the choices paying into a month the statement already held, refused as an overlap.)
    ///
    /// ```
    /// let rider = |to: &str| {
    ///     let text = format!(r#"{{"person": {{"birth": "1990-05", "sex": "male", "hukou": "JX"}},
    ///         "as_of": "2026-12", "history": [{{"from": "2015-03", "to": "{to}",
    ///         "kind": "flexible", "region": "GD", "base": {{"ratio": "0.6"}}}}]}}"#);
    ///     pension_estimator::parse_scenario(&text).unwrap()
    /// };
    /// // Entered up to last month: December is still open (not missed).
    /// assert_eq!(rider("2026-11").first_open_month().to_string(), "2026-12");
    /// // Entered up to this month: the next decision is about January.
    /// assert_eq!(rider("2026-12").first_open_month().to_string(), "2027-01");
    /// ```
    pub fn first_open_month(&self) -> Month {
        let covers = |g: &Segment| g.from <= self.as_of && g.to.is_none_or(|t| t >= self.as_of);
        let stated = self.summary.as_ref().is_some_and(|x| x.at >= self.as_of);
        if stated || self.history.iter().any(covers) {
            self.as_of.plus(1)
        } else {
            self.as_of
        }
    }

    /// The plan months now in the past that were planned as paid (see [`Unconfirmed`]): before
    /// `as_of`, and up to `last` at most (the month before the pension starts: later months are
    /// not contributions).
    pub fn unconfirmed(&self, last: Month) -> Vec<Unconfirmed> {
        let last = last.min(self.as_of.plus(-1));
        self.plan
            .iter()
            .enumerate()
            .filter(|(_, g)| g.kind != Kind::Gap && g.from <= last)
            .map(|(plan_index, g)| {
                let to = g.to.map_or(last, |t| t.min(last));
                Unconfirmed {
                    plan_index,
                    from: g.from,
                    to,
                    months: (g.from.months_until(to) + 1).max(0) as u32,
                    kind: g.kind,
                }
            })
            .collect()
    }
}

/// Sex, as the retirement rules distinguish it.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// Male.
    Male,
    /// Female.
    Female,
}

/// For women, the category that sets the original retirement age.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum WomanCategory {
    /// In a managerial or technical post (干部岗位): original age 55.
    Cadre,
    /// A worker (工人岗位): original age 50.
    Worker,
    /// Flexibly employed (灵活就业): the region's rule, usually 55.
    Flexible,
}

/// The person.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Birth month.
    pub birth: Month,
    /// Sex.
    pub sex: Sex,
    /// Women only: cadre, worker or flexible. Ignored for men.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<WomanCategory>,
    /// Region of the household registration (户籍), a code like `JX` or a name like `江西`.
    pub hukou: String,
}

/// How a stretch of months was (or will be) spent.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Employed, contributions paid with an employer (8 % own, 16 % employer).
    Employee,
    /// Paying the employee scheme as a flexible worker (20 % of a chosen base, all own).
    Flexible,
    /// Paying the urban-rural resident scheme (a yearly tier amount).
    Resident,
    /// Paying nothing.
    Gap,
}

impl Kind {
    /// Every kind, in the order of [`Kind::NAMES`].
    pub const ALL: [Kind; 4] = [Kind::Employee, Kind::Flexible, Kind::Resident, Kind::Gap];
    /// The names in the scenario format (what the reader accepts).
    pub const NAMES: [&'static str; 4] = ["employee", "flexible", "resident", "gap"];

    /// The name in the scenario format.
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    /// Whether months of this kind count in the employee scheme.
    pub fn is_employee_scheme(self) -> bool {
        matches!(self, Kind::Employee | Kind::Flexible)
    }
}

/// The contribution base of an employee-scheme segment.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Base {
    /// A multiple of the local average wage of each month (`"0.6"` = 60 %).
    Ratio(
        #[ts(type = "string | number")]
        #[serde(deserialize_with = "de_decimal", serialize_with = "ser_plain")]
        Decimal,
    ),
    /// A monthly amount in yuan.
    Amount(
        #[ts(type = "string | number")]
        #[serde(deserialize_with = "de_decimal", serialize_with = "ser_plain")]
        Decimal,
    ),
}

impl Base {
    /// 60 % of the local average wage: the lowest base in most regions (缴费基数下限), the level most
    /// flexible workers pay, and the level this project assumes where a base must be chosen for
    /// the person (carrying on after a statement, filling a gap, the choices' default plan).
    ///
    /// ```
    /// use pension_estimator::scenario::Base;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Base::FLOOR, Base::Ratio(Decimal::new(6, 1)));
    /// ```
    pub const FLOOR: Base = Base::Ratio(Decimal::from_parts(6, 0, 0, false, 1));
}

/// A stretch of months of one kind in one region.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    /// First month.
    pub from: Month,
    /// Last month, included. May be left out in the plan only: until retirement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Month>,
    /// What kind of months.
    pub kind: Kind,
    /// Where contributions were paid (code or name). Required except for gaps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Employee and flexible segments: the contribution base.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Base>,
    /// Resident segments: the yearly contribution (a tier), yuan.
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        serialize_with = "crate::money::ser_opt_plain",
        skip_serializing_if = "Option::is_none"
    )]
    pub tier: Option<Decimal>,
}

/// Totals from an official statement (个人权益记录 / 参保缴费凭证), as of the end of month `at`.
/// History segments, if any, must start after `at`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    /// The statement's month (its figures are as of the end of this month).
    pub at: Month,
    /// Where the employee-scheme record was held (for the benefit location and regional rules).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Employee-scheme contribution months (累计缴费月数), not counting deemed months.
    #[ts(as = "Option<_>", optional)]
    #[serde(default)]
    pub employee_months: u32,
    /// Average contribution index over those months (平均缴费指数).
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub avg_index: Option<Decimal>,
    /// Employee individual account balance (个人账户累计储存额), yuan.
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub account_balance: Option<Decimal>,
    /// Deemed contribution months (视同缴费月数) from pre-reform service.
    #[ts(as = "Option<_>", optional)]
    #[serde(default)]
    pub deemed_months: u32,
    /// Resident-scheme contribution years.
    #[ts(as = "Option<_>", optional)]
    #[serde(default)]
    pub resident_years: u32,
    /// Resident account balance, yuan.
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub resident_balance: Option<Decimal>,
}

impl Summary {
    /// The first of the statement's months as implied (`at` − months + 1): the latest month the
    /// record can have begun; `None` without employee-scheme months.
    pub fn first_month(&self) -> Option<Month> {
        (self.employee_months > 0).then(|| self.at.plus(1 - self.employee_months as i32))
    }
}

/// When to retire: at the statutory age, or flexibly earlier or later (弹性退休).
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Retirement {
    /// Statutory, early or late.
    #[ts(as = "Option<_>", optional)]
    #[serde(default)]
    pub mode: RetirementMode,
    /// For early or late: how many months (at most 36).
    #[ts(as = "Option<_>", optional)]
    #[serde(default)]
    pub months: u32,
    /// If short of the minimum years at retirement: the base at which the extra months would
    /// be paid as a flexible worker (default: the base of the last employee-scheme segment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension_base: Option<Base>,
}

/// Statutory, early or late retirement.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RetirementMode {
    /// At the statutory age of the 2025 reform.
    #[default]
    Statutory,
    /// Up to 36 months earlier, never before the original age, once the minimum years are met.
    Early,
    /// Up to 36 months later.
    Late,
}

/// Draws of the uncertainty range ([`crate::range`]) when the scenario does not say.
pub const DEFAULT_DRAWS: u32 = 200;
/// Seed when the scenario does not say.
pub const DEFAULT_SEED: u64 = 1;
/// At most this many draws (a bound on the work one request can ask for).
pub const MAX_DRAWS: u32 = 2000;

/// Assumptions about the future. Absent ones take the defaults in the parameter data
/// (`CN.default_*`), reported in the estimate.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Assumptions {
    /// Yearly growth of average wages (and so of bases given as ratios, and of C).
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub wage_growth: Option<Decimal>,
    /// Yearly crediting rate of the employee account for years without a published rate.
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub crediting_rate: Option<Decimal>,
    /// Yearly interest of the resident account for future years.
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub resident_interest: Option<Decimal>,
    /// Yearly pension adjustment after retirement.
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub pension_adjustment: Option<Decimal>,
    /// Yearly growth of the resident base pension (central minimum and local top-up).
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub resident_base_growth: Option<Decimal>,
    /// Uncertainty range: standard deviation of the long-run wage growth drawn around
    /// `wage_growth` (default `CN.default_wage_growth_sd`). See [`crate::range`].
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub wage_growth_sd: Option<Decimal>,
    /// Uncertainty range: standard deviation of the crediting rate (default
    /// `CN.default_crediting_rate_sd`).
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub crediting_rate_sd: Option<Decimal>,
    /// Uncertainty range: standard deviation of the pension adjustment (default
    /// `CN.default_pension_adjustment_sd`).
    #[ts(type = "string | number")]
    #[serde(
        default,
        deserialize_with = "de_opt_decimal",
        skip_serializing_if = "Option::is_none"
    )]
    pub pension_adjustment_sd: Option<Decimal>,
    /// Uncertainty range: number of random draws (default 200; 0 gives no spread: the range is
    /// the central figure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draws: Option<u32>,
    /// Uncertainty range: seed of the random draws (default 1); the same seed gives the same range.
    /// (In JavaScript a whole number up to 2^53 is exact; larger seeds are rounded by JS itself.)
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_are_the_serialized_names_in_declaration_order() {
        for (i, k) in Kind::ALL.into_iter().enumerate() {
            assert_eq!(k as usize, i);
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.name())
            );
        }
    }
}

//! Statutory retirement age and month under the 2025 reform, and flexible retirement.
//!
//! Source: 《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》 (2024-09-13, in force
//! 2025-01-01) and its annex 《国务院关于渐进式延迟法定退休年龄的办法》:
//!
//! > 第二条 从2025年1月1日起，男职工和原法定退休年龄为五十五周岁的女职工，法定退休年龄每四个月延迟
//! > 一个月，分别逐步延迟至六十三周岁和五十八周岁；原法定退休年龄为五十周岁的女职工，法定退休年龄
//! > 每二个月延迟一个月，逐步延迟至五十五周岁。
//!
//! > 第三条 … 职工达到最低缴费年限，可以自愿选择弹性提前退休，提前时间最长不超过三年，且退休年龄
//! > 不得低于女职工五十周岁、五十五周岁及男职工六十周岁的原法定退休年龄。职工达到法定退休年龄，
//! > 所在单位与职工协商一致的，可以弹性延迟退休，延迟时间最长不超过三年。
//!
//! All figures (original ages, 4 / 2 months, caps 36 / 60, the start month, 36 months of
//! flexibility) are parameters in `params/CN.toml`; this module holds the arithmetic.

use serde::Serialize;

use crate::error::{Code, FieldError};
use crate::month::YearsMonths;
use crate::params::Params;
use crate::scenario::{Retirement, RetirementMode, Sex, WomanCategory};
use crate::Month;

/// The retirement month and age of one person.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct RetirementDate {
    /// Original statutory age (60, 55 or 50 years).
    pub original_age: i32,
    /// The month the original age was reached.
    pub original_month: Month,
    /// Months of delay under the reform.
    pub delay_months: i32,
    /// New statutory age.
    pub statutory_age: YearsMonths,
    /// The month the new statutory age is reached (改革后退休时间).
    pub statutory_month: Month,
    /// Statutory, early or late.
    pub mode: RetirementMode,
    /// The month chosen (statutory ± flexible months).
    pub month: Month,
    /// Age at the chosen month.
    pub age: YearsMonths,
    /// Earliest month flexible early retirement allows (once the minimum years are met).
    pub earliest_month: Month,
    /// Latest month flexible late retirement allows.
    pub latest_month: Month,
}

/// The woman's category for the original retirement age: hers, or — when she gave none and has
/// never paid as an employee (only flexible, resident or no months, and no statement of
/// employee-scheme months) — flexibly employed, the only category her record can be in (a woman
/// who has only paid as a flexible worker or in the resident scheme is not asked whether she held
/// a cadre or worker post). With employee months the choice matters (50 or 55) and stays hers.
pub fn category_or_flexible(
    p: &crate::scenario::Person,
    segments: &[crate::validate::Checked],
    statement_months: bool,
) -> Option<WomanCategory> {
    let employed = statement_months
        || segments
            .iter()
            .any(|c| c.kind == crate::scenario::Kind::Employee);
    match (p.sex, p.category) {
        (Sex::Female, None) if !employed => Some(WomanCategory::Flexible),
        (_, c) => c,
    }
}

/// The original retirement age in years (国发〔1978〕104号; for flexible-employed women the
/// region's rule, `flex_women_retirement_age`), as the rules stand at the valuation month.
pub fn original_age(
    params: &Params,
    sex: Sex,
    category: Option<WomanCategory>,
    region: &str,
) -> Result<i32, FieldError> {
    let key = age_key(sex, category)?;
    let years = params.value("$.person", region, key, params.as_of())?;
    plausible_age(years).ok_or_else(implausible_age)
}

/// The original retirement age and the month it is reached — under the rule in force when it is
/// reached. The rule at the valuation month applies from its own start: someone who passed its
/// age before it began reached retirement either under an earlier rule (the earliest month an
/// earlier entry's age is reached while that entry is in force) or when it began. Tibet's 45 for
/// flexibly employed women (from 2006-01, `params/regions/XZ.toml`): a woman born 1959-08 reaches
/// it in 2006-01, not in 2004-08 when it did not exist (found by the fuzz target `hostile`: a
/// pension dated 2004-08 asked for parameters from before the data begins). For a rule in force
/// since before the person reached its age — every national one — this is `birth + age`.
///
/// ```
/// # use pension_estimator::{params, retirement::original, scenario::{Sex, WomanCategory}};
/// # use rust_decimal::Decimal;
/// let p = params::Params::new(params::embedded(), &[], "2014-05".parse().unwrap(), Decimal::ZERO).unwrap();
/// let flexible = Some(WomanCategory::Flexible);
/// let (age, month) = original(&p, Sex::Female, flexible, "XZ", "1959-08".parse().unwrap()).unwrap();
/// assert_eq!((age, month.to_string()), (45, "2006-01".to_string()));
/// // Elsewhere the national 55 has held since 1978: birth + 55.
/// let (age, month) = original(&p, Sex::Female, flexible, "GD", "1959-08".parse().unwrap()).unwrap();
/// assert_eq!((age, month.to_string()), (55, "2014-08".to_string()));
/// ```
pub fn original(
    params: &Params,
    sex: Sex,
    category: Option<WomanCategory>,
    region: &str,
    birth: Month,
) -> Result<(i32, Month), FieldError> {
    let key = age_key(sex, category)?;
    let age = original_age(params, sex, category, region)?;
    let reached = birth.plus(age * 12);
    let Some((start, _)) = params.step(region, key, params.as_of()) else {
        return Ok((age, reached));
    };
    if reached >= start {
        return Ok((age, reached));
    }
    // Reached before the rule began: walk back through the entries in force before it (each
    // until the next one's start); the last one reached in time is the earliest.
    let mut best = (age, start);
    let mut end = start;
    for _ in 0..32 {
        let Some((from, years)) = params.step(region, key, end.plus(-1)) else {
            break;
        };
        if let Some(a) = plausible_age(years) {
            let m = from.max(birth.plus(a * 12));
            if m < end {
                best = (a, m);
            }
        }
        end = from;
    }
    Ok(best)
}

fn age_key(sex: Sex, category: Option<WomanCategory>) -> Result<&'static str, FieldError> {
    Ok(match (sex, category) {
        (Sex::Male, _) => "retirement_age_man",
        (Sex::Female, Some(WomanCategory::Cadre)) => "retirement_age_woman_cadre",
        (Sex::Female, Some(WomanCategory::Worker)) => "retirement_age_woman_worker",
        (Sex::Female, Some(WomanCategory::Flexible)) => "flex_women_retirement_age",
        (Sex::Female, None) => {
            return Err(FieldError::new(
                Code::MissingField,
                "$.person.category",
                "女性请选择身份：干部岗位、工人岗位或灵活就业（决定原退休年龄50或55岁）",
                "for women, choose cadre, worker or flexible (it sets the original retirement age, 50 or 55)",
            ))
        }
    })
}

fn plausible_age(years: rust_decimal::Decimal) -> Option<i32> {
    crate::money::whole(years).filter(|y| (40..=70).contains(y))
}

fn implausible_age() -> FieldError {
    FieldError::new(
        Code::OutOfRange,
        "$.overrides",
        "退休年龄参数不合理",
        "implausible retirement age parameter",
    )
}

/// Months of delay for an original retirement month (办法 第一条):
/// `min(cap, ⌊m / step⌋ + 1)` with `m` the months from the reform's first month to the original
/// retirement month; none before the reform.
///
/// ```
/// # use pension_estimator::retirement::delay_months;
/// // A man born 1970-05: original retirement 2030-05, m = 64, ⌊64/4⌋ + 1 = 17 months.
/// assert_eq!(delay_months(64, 4, 36), 17);
/// assert_eq!(delay_months(-1, 4, 36), 0);
/// assert_eq!(delay_months(140, 4, 36), 36);
/// ```
pub fn delay_months(m: i32, step: i32, cap: i32) -> i32 {
    if m < 0 || step <= 0 {
        0
    } else {
        (m / step + 1).min(cap)
    }
}

fn whole(d: rust_decimal::Decimal) -> i32 {
    crate::money::whole(d).unwrap_or(0)
}

/// The statutory retirement month and the window of flexible retirement.
pub fn statutory(
    params: &Params,
    birth: Month,
    original_age: i32,
) -> Result<RetirementDate, FieldError> {
    statutory_from(params, birth, original_age, birth.plus(original_age * 12))
}

/// [`statutory`] from the month the original age is reached under the rule in force then
/// ([`original`]: later than `birth + original_age` where a rule began after the person passed
/// its age).
pub fn statutory_from(
    params: &Params,
    birth: Month,
    original_age: i32,
    original_month: Month,
) -> Result<RetirementDate, FieldError> {
    let group = if original_age <= 50 { "50" } else { "55_60" };
    let delay = match params.step(
        "CN",
        &format!("retirement_delay_step_{group}"),
        original_month,
    ) {
        Some((start, step)) => {
            let cap = params.value(
                "$",
                "CN",
                &format!("retirement_delay_cap_{group}"),
                original_month,
            )?;
            delay_months(start.months_until(original_month), whole(step), whole(cap))
        }
        None => 0,
    };
    let statutory_month = original_month.plus(delay);
    let flex = params
        .step("CN", "flexible_retirement_months", statutory_month)
        .map(|(_, v)| whole(v))
        .unwrap_or(0);
    let earliest = statutory_month.plus(-flex).max(original_month);
    Ok(RetirementDate {
        original_age,
        original_month,
        delay_months: delay,
        statutory_age: YearsMonths::from_months(birth.months_until(statutory_month)),
        statutory_month,
        mode: RetirementMode::Statutory,
        month: statutory_month,
        age: YearsMonths::from_months(birth.months_until(statutory_month)),
        earliest_month: earliest,
        latest_month: statutory_month.plus(flex),
    })
}

/// Applies the person's choice (statutory, early, late) to the statutory date. Whether the
/// minimum years are met for early retirement is checked by the caller, who knows the record.
pub fn choose(
    birth: Month,
    date: RetirementDate,
    choice: &Retirement,
) -> Result<RetirementDate, FieldError> {
    let months = choice.months as i32;
    let month = match choice.mode {
        RetirementMode::Statutory => date.statutory_month,
        RetirementMode::Early => date.statutory_month.plus(-months),
        RetirementMode::Late => date.statutory_month.plus(months),
    };
    if month != date.statutory_month && date.latest_month == date.statutory_month {
        // No window at all: the statutory month comes before flexible retirement existed.
        return Err(FieldError::new(
            Code::RetirementChoice,
            "$.retirement.mode",
            format!(
                "{} 退休时还没有弹性提前或延迟退休（办法 第三条尚未施行），只能按法定时间退休",
                date.statutory_month
            ),
            format!(
                "retiring in {} there was no flexible early or late retirement yet (办法 art. 3 not in force): only the statutory month",
                date.statutory_month
            ),
        ));
    }
    if month < date.earliest_month {
        return Err(FieldError::new(
            Code::RetirementChoice,
            "$.retirement.months",
            format!(
                "最早只能在 {} 弹性提前退休（最多提前3年，且不早于原退休年龄 {} 岁）",
                date.earliest_month, date.original_age
            ),
            format!(
                "early retirement is possible from {} at the earliest (at most 3 years early, never before the original age {})",
                date.earliest_month, date.original_age
            ),
        ));
    }
    if month > date.latest_month {
        return Err(FieldError::new(
            Code::RetirementChoice,
            "$.retirement.months",
            format!("弹性延迟退休最多延迟3年，最晚 {}", date.latest_month),
            format!(
                "flexible late retirement is at most 3 years later: {} at the latest",
                date.latest_month
            ),
        ));
    }
    Ok(RetirementDate {
        mode: choice.mode,
        month,
        age: YearsMonths::from_months(birth.months_until(month)),
        ..date
    })
}

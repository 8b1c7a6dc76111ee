//! Expected years of pension from a life table, and what a monthly pension adds up to over them.
//!
//! Source of the figures: the national parameters `life_expectancy_man` / `life_expectancy_woman`
//! (remaining life expectancy e(x) at exact age x, a dated, sourced period life table in
//! `params/CN.toml`; see its status there).
//!
//! Method (one place):
//!
//! 1. **Expected months.** e(x) at the age the pension starts, x in years and months, by linear
//!    interpolation between the ages the table lists (ages beyond the table take its first or
//!    last row; [`crate::params::data::interpolate`], where the table is read); months =
//!    e(x) × 12, rounded to a whole month. A period life table ignores future
//!    gains in longevity, so this is on the short side for someone retiring decades from now:
//!    a modelling simplification, stated next to the figures.
//! 2. **Lifetime total.** The monthly pension P is paid for those months and raised by the
//!    yearly adjustment a after each full year (the national adjustment applies from 1 January
//!    each year; counted here in whole years from the start):
//!    total = P × (12 × Σ_{j<Y} (1 + a)^j + R × (1 + a)^Y), with Y whole years and R months left.
//! 3. **In today's money.** Each year's payments are deflated by the wage-growth deflator g as
//!    the monthly figures are ([`crate::employee::in_todays_money`]): with P₀ the starting
//!    pension in today's money, total₀ = P₀ × (12 × Σ_{j<Y} q^j + R × q^Y), q = (1 + a) / (1 + g).
//!
//! Not discounted for interest or for the chance of dying earlier than expected: an expected
//! total, not a present value. The amounts are rounded to the fen when reported.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::money::{add_to, fen, ser_plain, ser_yuan};

/// Expected months of pension for e(x) years: e(x) × 12 rounded to a whole month.
pub fn expected_months(years: Decimal) -> u32 {
    use rust_decimal::prelude::ToPrimitive;
    (years * Decimal::from(12))
        .round()
        .to_u32()
        .unwrap_or_default()
}

/// The lifetime factor: 12 × Σ_{j<Y} q^j + R × q^Y for `months` = 12 Y + R.
///
/// ```
/// use pension_estimator::lifetable::factor;
/// let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
/// // 30 months at q = 1.1: 12 + 12 × 1.1 + 6 × 1.21 = 32.46
/// assert_eq!(factor(d("1.1"), 30).round_dp(6).normalize().to_string(), "32.46");
/// ```
#[inline(never)] // one copy in the WebAssembly module, not one per caller
pub fn factor(q: Decimal, months: u32) -> Decimal {
    let (y, r) = (months / 12, months % 12);
    let mut sum = Decimal::ZERO;
    let mut qj = Decimal::ONE;
    for _ in 0..y {
        add_to(&mut sum, Decimal::from(12) * qj);
        qj = (qj * q).round_dp(16);
    }
    sum + Decimal::from(r) * qj
}

/// [`factor`], each (q, months) computed once in this process or instance: a pure function of
/// its two arguments (q to the bit), asked again and again by the estimates of an analysis, a
/// batch or a page's what-ifs. At most [`FACTORS_KEPT`] kept; past that they are found again.
fn memo_factor(q: Decimal, months: u32) -> Decimal {
    let key = q.serialize();
    FACTORS.with(|kept| {
        let known = kept
            .borrow()
            .iter()
            .find(|(k, n, _)| *k == key && *n == months)
            .map(|e| e.2);
        known.unwrap_or_else(|| {
            let f = factor(q, months);
            let mut kept = kept.borrow_mut();
            if kept.len() >= FACTORS_KEPT {
                kept.clear();
            }
            kept.push((key, months, f));
            f
        })
    })
}

/// Factors kept at most by [`memo_factor`] (two or three for each start age and set of
/// assumptions; a list searched in order, as a sorted map's code would cost the WebAssembly
/// module more than the search).
const FACTORS_KEPT: usize = 256;

thread_local! {
    static FACTORS: std::cell::RefCell<Vec<([u8; 16], u32, Decimal)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// A monthly pension over the expected months.
#[derive(Clone, Debug, Default, PartialEq, Serialize, ts_rs::TS)]
pub struct Lifetime {
    /// Age at the start, in years, the months as a fraction rounded to two decimals (63.25 is
    /// 63 years 3 months; 62 years 7 months is 62.58).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_plain")]
    pub start_age: Decimal,
    /// e(x): years still to live on average at that age (from the life table).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_plain")]
    pub expected_years: Decimal,
    /// e(x) × 12, whole months.
    pub expected_months: u32,
    /// The expected total paid (nominal, with the yearly adjustment).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub total: Decimal,
    /// The same in today's money (each year deflated by wage growth).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub total_today: Decimal,
}

/// What `monthly` (nominal at its start) and `monthly_today` (the same in today's money) add
/// up to over `months`, raised by `adjustment` a year, with wage growth `wage_growth` for
/// today's money.
#[inline(never)] // one copy in the WebAssembly module, not one per caller
pub fn lifetime(
    start_age_months: i32,
    expected_years: Decimal,
    adjustment: Decimal,
    wage_growth: Decimal,
    monthly: Decimal,
    monthly_today: Decimal,
) -> Lifetime {
    let months = expected_months(expected_years);
    let nominal = memo_factor(Decimal::ONE + adjustment, months);
    let real = memo_factor(
        ((Decimal::ONE + adjustment) / (Decimal::ONE + wage_growth)).round_dp(16),
        months,
    );
    Lifetime {
        start_age: (Decimal::from(start_age_months) / Decimal::from(12)).round_dp(2),
        expected_years: expected_years.round_dp(2),
        expected_months: months,
        total: fen(monthly * nominal),
        total_today: fen(monthly_today * real),
    }
}

/// Expected lifetime totals of both pensions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, ts_rs::TS)]
pub struct Lifetimes {
    /// The employee pension (payable amounts: 0 when short of the minimum), raised by the
    /// assumed `pension_adjustment` each year.
    pub employee: Lifetime,
    /// The resident pension (payable amounts): its base part raised by the assumed
    /// `resident_base_growth` each year, its account part (balance ÷ 139) flat, as paid.
    pub resident: Lifetime,
}

/// e(x) for `sex` at `age_months`, from the life table in force at `at`.
pub fn expected_years(
    ctx: &crate::context::Ctx,
    sex: crate::scenario::Sex,
    age_months: i32,
    at: crate::Month,
) -> Result<Decimal, crate::error::FieldError> {
    let key = match sex {
        crate::scenario::Sex::Male => "life_expectancy_man",
        crate::scenario::Sex::Female => "life_expectancy_woman",
    };
    ctx.params
        .life_expectancy("$.person.sex", key, age_months, at)
}

/// The lifetime totals of an estimate's two pensions.
pub fn for_pensions(
    ctx: &crate::context::Ctx,
    sex: crate::scenario::Sex,
    birth: crate::Month,
    e: &crate::employee::EmployeePension,
    r: &crate::resident::ResidentPension,
) -> Result<Lifetimes, crate::error::FieldError> {
    let a = &ctx.assume;
    let e_age = birth.months_until(e.start);
    let e_years = expected_years(ctx, sex, e_age, e.start)?;
    let payable_today = |total: Decimal, today: Decimal| {
        if total > Decimal::ZERO {
            today
        } else {
            Decimal::ZERO
        }
    };
    let employee = lifetime(
        e_age,
        e_years,
        a.pension_adjustment,
        a.wage_growth,
        e.total,
        payable_today(e.total, e.formula_total_today),
    );
    let r_age = birth.months_until(r.claim_month);
    let r_years = expected_years(ctx, sex, r_age, r.claim_month)?;
    let paid = r.total > Decimal::ZERO;
    let part = |x: Decimal| if paid { x } else { Decimal::ZERO };
    let today = |x: Decimal| crate::employee::in_todays_money(ctx, part(x), r.claim_month);
    let base = lifetime(
        r_age,
        r_years,
        a.resident_base_growth,
        a.wage_growth,
        part(r.base_pension),
        today(r.base_pension),
    );
    let account = lifetime(
        r_age,
        r_years,
        Decimal::ZERO,
        a.wage_growth,
        part(r.account),
        today(r.account),
    );
    let resident = Lifetime {
        total: base.total + account.total,
        total_today: base.total_today + account.total_today,
        ..base
    };
    Ok(Lifetimes { employee, resident })
}

/// How the employee pension's lifetime total was computed, for the explanation panel.
pub fn explain(
    l: &Lifetimes,
    monthly: Decimal,
    adjustment: Decimal,
) -> crate::explain::Explanation {
    let e = &l.employee;
    crate::explain::Explanation {
        id: "employee.lifetime",
        title_zh: "按预期余命估算的养老金总额",
        title_en: "Expected lifetime pension",
        formula_zh: "月数 = 起领年龄的预期余命 × 12（生命表）；总额 = 月养老金 × (12 × Σ(1+调整)^年 + 余月 × (1+调整)^整年)；今天的钱再按工资增长折算",
        formula_en: "months = life expectancy at the start age × 12 (life table); total = monthly × (12 × Σ (1+adjustment)^year + months left × (1+adjustment)^years); today's money also deflated by wage growth",
        computation: format!(
            "{}岁起 预期余命 {} 年 = {} 个月；{} 元/月，每年调整 {}",
            e.start_age.normalize(),
            e.expected_years.normalize(),
            e.expected_months,
            fen(monthly),
            crate::context::pct(adjustment)
        ),
        result: format!("{} 元（今天的钱 {} 元）", e.total, e.total_today),
        sources: vec!["生命表 CN.life_expectancy_*；假设 assumptions"],
    }
}

//! The urban-rural resident scheme (城乡居民基本养老保险).
//!
//! Source: 《国务院关于建立统一的城乡居民基本养老保险制度的意见》(国发〔2014〕8号):
//! - 四（一）个人缴费: yearly amounts chosen from tiers (100 … 2000 yuan; provinces add more);
//! - 四（二）政府补贴 / 五: an entry subsidy per tier, credited to the account (≥ 30 yuan, ≥ 60 for
//!   tiers of 500 and above; provinces publish tier → subsidy tables);
//! - 六: pension = base pension (central minimum + local top-up, incl. extra for long payment,
//!   长缴多得) + account / 139;
//! - 七: from age 60 with at least 15 years of contributions.
//!
//! Modelling choices (stated, one place):
//! - A resident segment pays its tier once per calendar year it touches, credited in its first
//!   month in that year; each such year counts as one contribution year.
//! - The account earns the region's `resident_interest` (or the employee crediting rate where
//!   the region follows it) for years up to the valuation year, and the assumed future rate
//!   after, by the month-product method ([`crate::account`]).
//! - The base pension for a claim after the valuation month is today's (central + top-up +
//!   extra) grown at the assumed `resident_base_growth`.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::account::{self, AccountYear};
use crate::context::Ctx;
use crate::error::FieldError;
use crate::money::{fen, growth_factor, ser_plain, ser_yuan};
use crate::Month;

/// One yearly resident payment (the estimate's own: no answer lists them).
#[derive(Clone, Debug, PartialEq)]
pub struct Payment {
    /// The month it is credited.
    pub month: Month,
    /// Region code (shared by the payments of a segment: an open plan pays for decades).
    pub region: std::rc::Rc<str>,
    /// Paid by the person, yuan.
    pub amount: Decimal,
    /// Government entry subsidy, yuan.
    pub subsidy: Decimal,
}

/// The subsidy for a yearly amount in a tier table: that of the highest tier not above it (0
/// below the lowest).
fn subsidy_in(tiers: &[crate::params::Tier], amount: Decimal) -> Decimal {
    tiers
        .iter()
        .filter(|t| t.amount <= amount)
        .map(|t| t.subsidy)
        .max()
        .unwrap_or_default()
}

/// The yearly payments of a resident segment from `from` to `to` (inclusive).
pub fn payments(
    ctx: &Ctx,
    path: &str,
    region: &str,
    from: Month,
    to: Month,
    amount: Decimal,
) -> Result<Vec<Payment>, FieldError> {
    let years = to.year() - from.year() + 1;
    let mut out = Vec::with_capacity(usize::try_from(years).unwrap_or(0));
    let region_code: std::rc::Rc<str> = region.into();
    let mut m = from;
    // The table in force changes rarely: it is read, and its subsidy found, once for the
    // months it stays in force.
    let mut in_force: Option<(Option<Month>, Decimal)> = None;
    while m <= to {
        let subsidy = match in_force {
            Some((until, s)) if until.is_none_or(|u| m <= u) => s,
            _ => {
                let (tiers, until) = ctx.params.tiers_until(path, region, m)?;
                let s = subsidy_in(tiers, amount);
                in_force = Some((until, s));
                s
            }
        };
        out.push(Payment {
            month: m,
            region: region_code.clone(),
            amount,
            subsidy,
        });
        m = Month::new(m.year() + 1, 1).unwrap_or(to.plus(1));
    }
    Ok(out)
}

/// A resident pension.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ResidentPension {
    /// Whether the person has any resident record.
    pub participating: bool,
    /// Region paying the pension (the hukou place).
    pub region: String,
    /// Contribution years (incl. years carried over from the employee scheme, if any).
    pub years: u32,
    /// Minimum years.
    pub min_years: u32,
    /// Whether the minimum is met.
    pub eligible: bool,
    /// First month of the pension (the claiming age, 60).
    pub claim_month: Month,
    /// Central minimum base pension at the claim, yuan/month.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub central: Decimal,
    /// Local top-up, yuan/month.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub topup: Decimal,
    /// Long-service extra, yuan/month.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub long_service: Decimal,
    /// Base pension = central + top-up + long-service.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub base_pension: Decimal,
    /// Account balance at the claim.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub balance: Decimal,
    /// Divisor (139).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_plain")]
    pub divisor: Decimal,
    /// Account pension.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub account: Decimal,
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
    /// Paid by the person.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub own_contributions: Decimal,
    /// Government subsidies credited.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub subsidies: Decimal,
    /// The account year by year.
    pub account_years: Vec<AccountYear>,
}

/// Extra balance and years moving in from the employee scheme (城乡衔接), if any.
#[derive(Clone, Copy, Debug, Default)]
pub struct CarriedIn {
    /// Balance moved, as of `at`.
    pub balance: Decimal,
    /// The month the balance is moved (after its last interest).
    pub at: Option<Month>,
    /// Years counted.
    pub years: u32,
}

fn whole(d: Decimal) -> u32 {
    crate::money::whole(d)
        .and_then(|v| u32::try_from(v).ok())
        .unwrap_or(0)
}

/// The resident pension from the payments (and a statement's years and balance at `statement_at`).
#[allow(clippy::too_many_arguments)]
pub fn pension(
    ctx: &Ctx,
    region: &str,
    birth: Month,
    payments: &[Payment],
    statement: Option<(Month, u32, Decimal)>,
    carried: CarriedIn,
) -> Result<ResidentPension, FieldError> {
    let p = &ctx.params;
    let claim_age = whole(p.value("$", "CN", "resident_claim_age", ctx.as_of)?);
    let claim = birth
        .plus(claim_age as i32 * 12)
        .max(carried.at.unwrap_or(birth));
    let payments: Vec<&Payment> = payments.iter().filter(|x| x.month < claim).collect();
    let min_years = whole(p.value("$", "CN", "resident_min_years", claim)?);
    let years = payments.len() as u32 + statement.map_or(0, |s| s.1) + carried.years;
    let eligible = years >= min_years;
    let statement_balance = statement.map(|(at, _, b)| (at, b));
    let mut credits: Vec<(Month, Decimal)> = payments
        .iter()
        .map(|x| (x.month, x.amount + x.subsidy))
        .collect();
    if let (Some(at), true) = (carried.at, !carried.balance.is_zero()) {
        credits.push((at, carried.balance));
        crate::sorted::sort_by_key(&mut credits, |c| c.0);
    }
    let (account_years, balance) = account_at(ctx, region, statement_balance, &credits, claim)?;
    let ref_month = if claim > ctx.as_of { ctx.as_of } else { claim };
    let growth = if claim > ctx.as_of {
        growth_factor(
            ctx.assume.resident_base_growth,
            12 * (ctx.as_of.months_until(claim) / 12),
        )
    } else {
        Decimal::ONE
    };
    let central = fen(p.value("$", "CN", "resident_central_min", ref_month)? * growth);
    let topup = fen(p.value("$", region, "resident_base_topup", ref_month)? * growth);
    let extra_per_year = p.value("$", region, "resident_long_service_extra", ref_month)?;
    let long_service =
        fen(extra_per_year * Decimal::from(years.saturating_sub(min_years)) * growth);
    let base_pension = central + topup + long_service;
    let divisor = p.value("$", "CN", "resident_account_divisor", claim)?;
    let account = if divisor.is_zero() {
        Decimal::ZERO
    } else {
        fen(balance / divisor)
    };
    let formula_total = base_pension + account;
    if payments.iter().any(|x| *x.region != *region) {
        ctx.warn(
            "resident_outside_hukou",
            "城乡居民养老保险只能在户籍地参保；有缴费记录不在户籍地",
            "the resident scheme is joined at the hukou place only; some payments are elsewhere",
        );
    }
    Ok(ResidentPension {
        participating: years > 0,
        region: region.to_owned(),
        years,
        min_years,
        eligible,
        claim_month: claim,
        central,
        topup,
        long_service,
        base_pension,
        balance,
        divisor,
        account,
        total: if eligible {
            formula_total
        } else {
            Decimal::ZERO
        },
        formula_total,
        formula_total_today: fen(crate::employee::in_todays_money(ctx, formula_total, claim)),
        own_contributions: crate::money::sum(payments.iter().map(|x| x.amount)),
        subsidies: crate::money::sum(payments.iter().map(|x| x.subsidy)),
        account_years,
    })
}

/// The resident account from a statement balance and credits, up to (not including) `stop`:
/// the region's `resident_interest` (or the employee crediting rate where the region follows
/// it) for years up to the valuation year, the assumed rate after.
pub fn account_at(
    ctx: &Ctx,
    region: &str,
    statement: Option<(Month, Decimal)>,
    credits: &[(Month, Decimal)],
    stop: Month,
) -> Result<(Vec<AccountYear>, Decimal), FieldError> {
    let p = &ctx.params;
    let follows_crediting = p
        .rule(region, "resident_interest", ctx.as_of)
        .is_some_and(|r| r == "crediting_rate");
    let rate = |year: i32| -> Result<(Decimal, bool), FieldError> {
        if follows_crediting {
            return ctx.crediting_rate(year);
        }
        if year > ctx.as_of.year() {
            return Ok((ctx.assume.resident_interest, true));
        }
        let jan = Month::new(year, 1).unwrap_or(ctx.as_of);
        match p.get("$", region, "resident_interest", jan) {
            Ok(Some(r)) => Ok((r, false)),
            _ => Ok((ctx.assume.resident_interest, true)),
        }
    };
    account::run(statement, credits, stop, rate)
}

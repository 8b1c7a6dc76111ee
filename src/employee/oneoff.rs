//! The one-off payment (一次性缴费) for a person short of the minimum years at the statutory age,
//! offered beside extension ([`super::extension`]) and the move to the resident scheme.
//!
//! Sources:
//! - 《国务院关于渐进式延迟法定退休年龄的办法》(2024-09-13, in force 2025-01-01), the article on
//!   the minimum years (第二条 in the reprints read; this project's `minimum` module cites it as
//!   第四条): 职工达到法定退休年龄但不满最低缴费年限的，可以按照规定通过延长缴费或者一次性缴费的办法
//!   达到最低缴费年限，按月领取基本养老金. It names the option and leaves the rules to others.
//! - 《实施〈中华人民共和国社会保险法〉若干规定》(人力资源和社会保障部令第13号, 2011-06-29, in force
//!   2011-07-01) 第二条: 参加职工基本养老保险的个人达到法定退休年龄时，累计缴费不足十五年的，可以延长
//!   缴费至满十五年。社会保险法实施前参保、延长缴费五年后仍不足十五年的，可以一次性缴费至满十五年。
//!   The national rule as found: a one-off payment only for those insured before 2011-07-01
//!   (社会保险法 第九十八条: 本法自2011年7月1日起施行), and only after five years of extension.
//!   (Text as quoted by the 尤溪县 government's Q&A of 2023-10-25 and, in the same words, by
//!   several reprints; the ministry's own text was not read: `unverified` in the data.)
//! - No national or provincial rule issued under the 2024 办法 was found (searched 2026-12-06).
//!
//! How much is paid is each province's rule. The data holds it as two regional figures,
//! `oneoff_base_ratio` (the base as a share of the region's `avg_wage` in force in the payment
//! month) and `oneoff_rate` (the share of the base paid); a region without them gets the answer
//! `unknown` naming the missing figures — never an invented cost. No region has them yet; a user
//! who knows the local rule gives them as overrides (`"GD.oneoff_base_ratio"`, `"GD.oneoff_rate"`).
//!
//! Modelled as (one place):
//! - "十五年" is read as the minimum of the year the person reached the statutory age, as for
//!   extension (the 2024 办法 raises the minimum from 2030);
//! - the record began before 2011-07 when its first employee-scheme month does, or when a
//!   statement's months — up to its month, one after another ([`crate::statement`]) — do: that is
//!   the latest they can have begun, so an earlier start is not missed; later starts are told the
//!   rule does not allow it, with the rule named;
//! - the person first extends `oneoff_after_extension_months` (60) months as a flexible worker
//!   at the extension base, then pays the remaining months at once in the month after the
//!   extension; each bought month counts as a month at index `oneoff_base_ratio`, its account
//!   share (`individual_account_rate`) credited in the payment month; no interest or late fee
//!   (none in any rule found); the pension starts the month after the payment.

use rust_decimal::Decimal;
use serde::Serialize;

use super::contributions::{paid_at, rates, PaidMonth};
use super::{EmployeePension, Short};
use crate::context::Ctx;
use crate::error::FieldError;
use crate::money::ser_opt_yuan;
use crate::money::ser_yuan;
use crate::scenario::{Base, Kind, Summary};
use crate::Month;

/// Whether the one-off payment can be offered, and what is known of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum OneOffStatus {
    /// Allowed, and the region's rule is in the data (or given): cost and pension computed.
    Available,
    /// Allowed by the national rule, but how much is paid is the region's rule, which is not in
    /// the data: months and timing shown, cost and pension not (`missing` names the figures).
    Unknown,
    /// The national rule as found does not allow it for this record (the reason says why).
    NotAllowed,
}

/// The one-off payment option (一次性缴费).
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct OneOff {
    /// Available, unknown or not allowed.
    pub status: OneOffStatus,
    /// Months to extend first (人社部令第13号 第二条: five years); 0 when not allowed.
    pub extension_months: u32,
    /// What the extension months cost the person, yuan (nominal).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub extension_cost: Decimal,
    /// Months bought at once; 0 when not allowed.
    pub months: u32,
    /// The month of the payment (the month after the extension); absent when not allowed.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<Month>,
    /// The monthly base the bought months are paid at, yuan; null when unknown.
    #[ts(type = "string | null")]
    #[serde(serialize_with = "ser_opt_yuan")]
    pub base: Option<Decimal>,
    /// The one-off payment: base × rate × months, yuan; null when unknown.
    #[ts(type = "string | null")]
    #[serde(serialize_with = "ser_opt_yuan")]
    pub cost: Option<Decimal>,
    /// The pension then, from the month after the payment; absent unless available.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pension: Option<Box<EmployeePension>>,
    /// The parameters the answer lacks (`REGION.key`), to find or to give as overrides.
    pub missing: Vec<String>,
    /// Why, in Chinese.
    pub reason_zh: String,
    /// Why, in English.
    pub reason_en: String,
    /// The documents.
    pub sources: Vec<&'static str>,
}

/// 社会保险法 第九十八条: in force from 2011-07-01; 人社部令第13号 第二条 allows the one-off
/// payment to those insured before.
const LAW_IN_FORCE: (i32, u32) = (2011, 7);

const SOURCES: [&str; 2] = [
    "实施《中华人民共和国社会保险法》若干规定（人力资源和社会保障部令第13号）第二条",
    "国务院关于渐进式延迟法定退休年龄的办法（2024）：延长缴费或者一次性缴费",
];

/// The one-off option for a record short of the minimum at its statutory pension start, paid
/// in its region, extension months at its base. `None` when the record is not short.
pub fn one_off(ctx: &Ctx, r: &Short) -> Result<Option<OneOff>, FieldError> {
    let (start, region) = (r.start, r.region);
    let (need, k) = r.shortfall(ctx)?;
    if k == 0 {
        return Ok(None);
    }
    let Some((_, e)) = ctx
        .params
        .step("CN", "oneoff_after_extension_months", start)
    else {
        return Ok(Some(refused(
            OneOffStatus::Unknown,
            format!("养老金 {start} 开始，早于人社部令第13号（2011年7月）：当时的一次性补缴按各地规定办理，本测算没有这些规定"),
            format!("a pension starting in {start}, before MOHRSS Order No. 13 (2011-07): one-off payments then followed provincial rules this estimate does not have"),
        )));
    };
    let e = crate::money::whole(e)
        .and_then(|v| u32::try_from(v).ok())
        .unwrap_or(u32::MAX);
    if let Some(why) = not_allowed(r.months, r.summary, k, e) {
        return Ok(Some(why));
    }
    let paid = start.plus(e as i32);
    let (record, extension_cost) = r.extended(ctx, e)?;
    let rule = |key: &str| ctx.params.step(region, key, paid).map(|(_, v)| v);
    let (Some(ratio), Some(rate)) = (rule("oneoff_base_ratio"), rule("oneoff_rate")) else {
        let missing: Vec<String> = ["oneoff_base_ratio", "oneoff_rate"]
            .into_iter()
            .filter(|key| rule(key).is_none())
            .map(|key| format!("{region}.{key}"))
            .collect();
        return Ok(Some(OneOff {
            status: OneOffStatus::Unknown,
            extension_months: e,
            extension_cost,
            months: k - e,
            paid_at: Some(paid),
            base: None,
            cost: None,
            pension: None,
            reason_zh: format!(
                "可以在延长缴费 {e} 个月后一次性缴费 {} 个月，但当地一次性缴费怎么算（缴费基数、比例）本测算还没有找到，请向当地社保确认",
                k - e
            ),
            reason_en: format!(
                "after {e} months of extension the remaining {} months may be paid at once, but how {region} computes a one-off payment (base, rate) is not in this estimate's data: ask the local office, or give {}",
                k - e,
                missing.join(", ")
            ),
            missing,
            sources: SOURCES.to_vec(),
        }));
    };
    let (bought, cost) = bought(ctx, region, paid, ratio, rate, k - e)?;
    let mut record = record;
    let base_paid = bought.first().map(|m| m.base);
    record.extend(bought);
    let pension = r.pension(ctx, &record, paid.plus(1), need)?;
    Ok(Some(OneOff {
        status: OneOffStatus::Available,
        extension_months: e,
        extension_cost,
        months: k - e,
        paid_at: Some(paid),
        base: base_paid,
        cost: Some(cost),
        pension: Some(Box::new(pension)),
        missing: Vec::new(),
        reason_zh: format!(
            "延长缴费 {e} 个月后，{paid} 一次性缴费 {} 个月：缴费基数 = {ratio} × 当月平均工资，按 {rate} 缴纳",
            k - e
        ),
        reason_en: format!(
            "after {e} months of extension, {} months paid at once in {paid}: base = {ratio} × that month's average wage, at {rate}",
            k - e
        ),
        sources: SOURCES.to_vec(),
    }))
}

/// Why the national rule as found does not allow a one-off payment to this record (first
/// insured from 2011-07, or short by no more than the extension months), if it does not.
fn not_allowed(months: &[PaidMonth], summary: Option<&Summary>, k: u32, e: u32) -> Option<OneOff> {
    let law = Month::new(LAW_IN_FORCE.0, LAW_IN_FORCE.1)?;
    let first = months
        .first()
        .map(|m| m.month)
        .into_iter()
        .chain(summary.and_then(Summary::first_month))
        .min();
    if first.is_none_or(|f| f >= law) {
        return Some(refused(
            OneOffStatus::NotAllowed,
            "2011年7月1日社会保险法施行后才参保（或无法确定更早参保）：按人社部令第13号第二条，只能延长缴费至最低年限，不能一次性缴费。2024年的办法允许“按照规定”一次性缴费，但尚未找到新的具体规定，请向当地社保确认".to_owned(),
            "first insured on or after 2011-07-01, when the Social Insurance Law took effect (or no earlier start is known): under MOHRSS Order No. 13 art. 2 only extension is allowed. The 2024 measures allow a one-off payment \"according to the rules\"; no newer rule was found: check locally".to_owned(),
        ));
    }
    if k <= e {
        return Some(refused(
            OneOffStatus::NotAllowed,
            format!("还差 {k} 个月，不超过 {e} 个月：按人社部令第13号第二条，先延长缴费，延长 {e} 个月后仍不够的才可一次性缴费"),
            format!("{k} months short, no more than {e}: under MOHRSS Order No. 13 art. 2 extension comes first; a one-off payment only for what is still missing after {e} months"),
        ));
    }
    None
}

/// An answer without figures: not allowed, or no rule in force.
fn refused(status: OneOffStatus, reason_zh: String, reason_en: String) -> OneOff {
    OneOff {
        status,
        extension_months: 0,
        extension_cost: Decimal::ZERO,
        months: 0,
        paid_at: None,
        base: None,
        cost: None,
        pension: None,
        missing: Vec::new(),
        reason_zh,
        reason_en,
        sources: SOURCES.to_vec(),
    }
}

/// The `n` bought months, all paid in `paid` at `ratio` × that month's average wage and `rate`
/// of it (no floor or ceiling: the region's rule sets the base), and their cost.
fn bought(
    ctx: &Ctx,
    region: &str,
    paid: Month,
    ratio: Decimal,
    rate: Decimal,
    n: u32,
) -> Result<(Vec<PaidMonth>, Decimal), FieldError> {
    let path = "$.retirement";
    let r = rates(ctx, path, Kind::Flexible, region, paid)?;
    let rule = super::contributions::Rates {
        floor: Decimal::ZERO,
        ceiling: Decimal::MAX,
        own: rate,
        ..r
    };
    let (month, _) = paid_at(
        &rule,
        Kind::Flexible,
        &region.into(),
        Base::Ratio(ratio),
        paid,
    );
    let cost = month.own * Decimal::from(n);
    Ok((vec![month; n as usize], cost))
}

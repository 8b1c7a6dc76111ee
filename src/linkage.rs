//! Moving between the two schemes (城乡养老保险制度衔接) and months paid into both.
//!
//! Source: 《城乡养老保险制度衔接暂行办法》(人力资源社会保障部 财政部, 人社部发〔2014〕17号):
//!
//! > 第三条 …城镇职工养老保险缴费年限满15年（含延长缴费至15年）的，可以申请从城乡居民养老保险转入
//! > 城镇职工养老保险…；不足15年的，可以申请从城镇职工养老保险转入城乡居民养老保险…
//! > 第五条 参保人员从城乡居民养老保险转入城镇职工养老保险的，城乡居民养老保险个人账户全部储存额
//! > 并入城镇职工养老保险个人账户，城乡居民养老保险缴费年限不合并计算或折算为城镇职工养老保险缴费年限。
//! > 第六条 参保人员从城镇职工养老保险转入城乡居民养老保险的，城镇职工养老保险个人账户全部储存额
//! > 并入城乡居民养老保险个人账户，参加城镇职工养老保险的缴费年限合并计算为城乡居民养老保险的缴费年限。
//! > 第七条 参保人员若在同一年度内同时参加城镇职工养老保险和城乡居民养老保险的，其重复缴费时段
//! > （按月计算，下同）只计算城镇职工养老保险缴费年限，并将城乡居民养老保险重复缴费时段相应个人缴费
//! > 和集体补助退还本人。
//! > 第八条 参保人员不得同时领取城镇职工养老保险和城乡居民养老保险待遇。
//!
//! The "15 years" of 第三条 is read as the employee scheme's minimum in force (the minimum rises
//! from 2030 under the 2024 reform). Employee → resident (第六条) is an option of the estimate
//! ([`crate::estimate::ToResident`]); this module holds resident → employee (第五条) and the
//! overlaps (第七条).
//!
//! Modelling choices for 第七条 (stated here, one place):
//! - A resident yearly payment covers the segment's months in its calendar year. When `k` of those
//!   `n` months are also employee-scheme months, `k/n` of the payment is refunded (rounded to the
//!   fen) and the same share of the government subsidy is not credited; when all `n` overlap, the
//!   payment is refunded whole and the year is not a resident year. A partly refunded year still
//!   counts as one resident year.
//! - Collective subsidies (集体补助) are not part of the input, so none is refunded.
//! - The employee months are those before the employee pension starts.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::context::Ctx;
use crate::employee::contributions::PaidMonth;
use crate::employee::EmployeePension;
use crate::error::FieldError;
use crate::explain::Explanation;
use crate::money::{fen, ser_yuan};
use crate::resident::{Payment, ResidentPension};
use crate::scenario::Kind;
use crate::validate::Checked;
use crate::Month;

/// Months paid into both schemes in one resident payment year (第七条).
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Overlap {
    /// Region of the resident payment.
    pub region: String,
    /// First month the resident payment covers.
    pub from: Month,
    /// Last month it covers.
    pub to: Month,
    /// Months it covers.
    pub covered_months: u32,
    /// Of those, months also paid in the employee scheme (counted there only).
    pub months: u32,
    /// Own resident contribution refunded, yuan.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub refund: Decimal,
    /// Government subsidy not credited for the overlap, yuan.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub subsidy_withdrawn: Decimal,
    /// Whether the whole year overlaps (refunded whole, not a resident year).
    pub year_dropped: bool,
}

/// Applies 第七条 to the resident payments: returns the payments as they stand after the
/// refunds, and the overlaps found.
pub fn settle_overlaps(
    segments: &[Checked],
    employee: &[PaidMonth],
    payments: Vec<Payment>,
    stop: Month,
) -> (Vec<Payment>, Vec<Overlap>) {
    // The employee months are in month order (a sorted Vec keeps the wasm small).
    let emp: Vec<Month> = employee.iter().map(|m| m.month).collect();
    let Some((&first, &last)) = emp.first().zip(emp.last()) else {
        return (payments, Vec::new());
    };
    let mut payments = payments;
    let mut drop: Vec<(Month, std::rc::Rc<str>)> = Vec::new();
    let mut overlaps = Vec::new();
    for c in segments.iter().filter(|c| c.kind == Kind::Resident) {
        let Some(region) = &c.region else { continue };
        let seg_last = c.to.unwrap_or(stop.plus(-1)).min(stop.plus(-1));
        if seg_last < first || c.from > last {
            continue;
        }
        let mut m = c.from;
        while m <= seg_last {
            let dec = Month::new(m.year(), 12).unwrap_or(m);
            let to = dec.min(seg_last);
            let n = m.months_until(to) as u32 + 1;
            let k = m
                .through(to)
                .filter(|x| emp.binary_search(x).is_ok())
                .count() as u32;
            if k > 0 {
                if let Some(p) = payments
                    .iter_mut()
                    .find(|p| p.month == m && *p.region == **region)
                {
                    let whole = k == n;
                    let (refund, withdrawn) = if whole {
                        (p.amount, p.subsidy)
                    } else {
                        let share = Decimal::from(k) / Decimal::from(n);
                        (fen(p.amount * share), fen(p.subsidy * share))
                    };
                    // Not `-=`: rust_decimal's `SubAssign` carries its own inlined copy of the
                    // subtraction into the wasm (docs/size.md).
                    (p.amount, p.subsidy) = (p.amount - refund, p.subsidy - withdrawn);
                    if whole {
                        drop.push((m, region.clone()));
                    }
                    overlaps.push(Overlap {
                        region: (**region).to_owned(),
                        from: m,
                        to,
                        covered_months: n,
                        months: k,
                        refund,
                        subsidy_withdrawn: withdrawn,
                        year_dropped: whole,
                    });
                }
            }
            m = dec.plus(1);
        }
    }
    payments.retain(|p| !drop.iter().any(|(m, r)| *m == p.month && **r == *p.region));
    (payments, overlaps)
}

/// Moving the resident account into the employee scheme at the employee pension start (第五条).
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ToEmployee {
    /// The employee pension's first month, when the balance moves.
    pub start: Month,
    /// The resident account balance that moves.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub balance_moved: Decimal,
    /// Resident years, which do not count as employee years.
    pub resident_years_not_counted: u32,
    /// The employee account pension with the balance added: (employee + moved) / 计发月数.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub account: Decimal,
    /// The employee pension then (basic + this account part + transitional).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub total: Decimal,
    /// The gain over the employee pension without the move.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub gain: Decimal,
    /// The resident pension that is not drawn (第八条: not both), 0 if it was not payable.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub resident_given_up: Decimal,
}

/// Resident → employee when the employee minimum is met and there is a resident record.
pub fn to_employee(
    ctx: &Ctx,
    e: &EmployeePension,
    r: &ResidentPension,
    payments: &[Payment],
    statement: Option<(Month, Decimal)>,
) -> Result<Option<ToEmployee>, FieldError> {
    if !e.eligible || !r.participating {
        return Ok(None);
    }
    let credits: Vec<(Month, Decimal)> = payments
        .iter()
        .filter(|p| p.month < e.start)
        .map(|p| (p.month, p.amount + p.subsidy))
        .collect();
    let (_, moved) = crate::resident::account_at(ctx, &r.region, statement, &credits, e.start)?;
    let account = crate::employee::benefit::account_pension(e.balance + moved, e.divisor);
    let total = e.basic + account + e.transitional + e.provincial_extra;
    Ok(Some(ToEmployee {
        start: e.start,
        balance_moved: moved,
        resident_years_not_counted: r.years,
        account,
        total,
        gain: total - e.total,
        resident_given_up: r.total,
    }))
}

/// Everything about the two schemes meeting, for the page.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Linkage {
    /// Months paid into both schemes, by resident payment year.
    pub overlaps: Vec<Overlap>,
    /// Own resident contributions refunded in all, yuan.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub refund_total: Decimal,
    /// Moving the resident account into the employee scheme, when allowed.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_employee: Option<ToEmployee>,
}

impl Linkage {
    /// Gathers the parts.
    pub fn new(overlaps: Vec<Overlap>, to_employee: Option<ToEmployee>) -> Linkage {
        Linkage {
            refund_total: crate::money::sum(overlaps.iter().map(|o| o.refund)),
            overlaps,
            to_employee,
        }
    }

    /// The explanations of the overlap refund and of resident → employee, when they apply.
    pub fn explanations(&self) -> Vec<Explanation> {
        let mut out = Vec::new();
        if !self.overlaps.is_empty() {
            let parts: Vec<String> = self
                .overlaps
                .iter()
                .map(|o| {
                    format!(
                        "{}–{}：重复 {}/{} 月，退 {}",
                        o.from, o.to, o.months, o.covered_months, o.refund
                    )
                })
                .collect();
            out.push(Explanation {
                id: "linkage.overlap",
                title_zh: "两种养老保险重复缴费",
                title_en: "Months paid into both schemes",
                formula_zh: "重复月份只算职工年限；居民缴费按重复月数占比退还（整年重复则全退，该年不计）",
                formula_en: "overlapping months count as employee months only; the resident payment is refunded by their share (whole year: all, and the year not counted)",
                computation: parts.join("；"),
                result: format!("共退还 {} 元", self.refund_total),
                sources: vec!["城乡养老保险制度衔接暂行办法（人社部发〔2014〕17号）第七条"],
            });
        }
        if let Some(t) = &self.to_employee {
            out.push(Explanation {
                id: "linkage.to_employee",
                title_zh: "居民养老保险转入职工养老保险",
                title_en: "Resident to employee scheme",
                formula_zh: "居民账户余额并入职工账户，居民年限不计入；账户养老金 = (职工账户 + 转入) ÷ 计发月数",
                formula_en: "the resident balance joins the employee account, its years do not count; account pension = (account + moved) ÷ divisor",
                computation: format!(
                    "转入 {}，居民 {} 年不计入；账户养老金 {}",
                    t.balance_moved, t.resident_years_not_counted, t.account
                ),
                result: format!("每月 {} 元（多 {} 元）", t.total, t.gain),
                sources: vec![
                    "城乡养老保险制度衔接暂行办法（人社部发〔2014〕17号）第三、五、八条",
                ],
            });
        }
        out
    }
}

/// The document, for the employee → resident option's explanation.
pub const EMPLOYEE_TO_RESIDENT: &str =
    "城乡养老保险制度衔接暂行办法（人社部发〔2014〕17号）第三、六条";

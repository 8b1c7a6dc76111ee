//! Moving the employee-scheme record between regions (转移接续): what moves, what stays behind.
//!
//! Source: 《城镇企业职工基本养老保险关系转移接续暂行办法》(国办发〔2009〕66号) 第四条:
//! the whole individual account moves; from the pooled fund, 12 % of the contribution bases of
//! each year paid there (since 1998) moves; the rest of what was paid into the pooled fund stays
//! with the region left — seed 001 §4.4's point that the receiving region pays a full pension on
//! part of the money. A transfer is counted at each change of region between employee-scheme
//! months (a gap in between does not change where the record is).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::account;
use crate::context::Ctx;
use crate::employee::contributions::PaidMonth;
use crate::error::FieldError;
use crate::money::{fen, ser_yuan};
use crate::Month;

/// One move of the record.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Transfer {
    /// The first month paid in the new region.
    pub month: Month,
    /// Region left.
    pub from: String,
    /// Region joined.
    pub to: String,
    /// Months paid in the region left during this stay.
    pub months: u32,
    /// The individual account balance that moves (at the start of `month`).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub account_moved: Decimal,
    /// 12 % of the stay's bases, moved from the pooled fund.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pooled_moved: Decimal,
    /// What was paid into the pooled fund during the stay and stays behind.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pooled_left: Decimal,
}

/// The share of the bases that moves from the pooled fund (第四条（二）: 12 %).
const POOLED_SHARE: Decimal = Decimal::from_parts(12, 0, 0, false, 2);

/// Every move in the (month-ordered) employee-scheme record.
pub fn transfers(ctx: &Ctx, months: &[PaidMonth]) -> Result<Vec<Transfer>, FieldError> {
    let mut out = Vec::new();
    let mut stay_start = 0;
    for i in 1..=months.len() {
        let moved = i < months.len() && months[i].region != months[i - 1].region;
        if !moved {
            continue;
        }
        let stay = &months[stay_start..i];
        let credits: Vec<(Month, Decimal)> =
            months[..i].iter().map(|m| (m.month, m.credit)).collect();
        let (_, balance) =
            account::run(None, &credits, months[i].month, |y| ctx.crediting_rate(y))?;
        let bases: Decimal = stay.iter().map(|m| m.base).sum();
        let pooled: Decimal = stay.iter().map(|m| m.pooled).sum();
        let pooled_moved = fen(bases * POOLED_SHARE);
        out.push(Transfer {
            month: months[i].month,
            from: months[i - 1].region.clone(),
            to: months[i].region.clone(),
            months: stay.len() as u32,
            account_moved: balance,
            pooled_moved,
            pooled_left: fen(pooled - pooled_moved).max(Decimal::ZERO),
        });
        stay_start = i;
    }
    Ok(out)
}

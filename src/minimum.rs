//! Minimum contribution years for a monthly employee pension.
//!
//! Sources: 《中华人民共和国社会保险法》第十六条 (累计缴费满十五年的，按月领取基本养老金), and
//! 《国务院关于渐进式延迟法定退休年龄的办法》第四条: 从2030年1月1日起，将职工按月领取基本养老金最低
//! 缴费年限由15年逐步提高至20年，每年提高6个月.
//!
//! The months per start year are data (`CN.min_contribution_months`: 180 until 2029, 186 from
//! 2030-01, … 240 from 2039-01); the minimum is read for the month the pension starts.

use crate::context::Ctx;
use crate::error::FieldError;
use crate::Month;

/// Minimum contribution months (including deemed months) for a pension starting in `start`.
pub fn min_contribution_months(ctx: &Ctx, start: Month) -> Result<u32, FieldError> {
    let v = ctx
        .params
        .value("$", "CN", "min_contribution_months", start)?;
    Ok(crate::money::whole(v)
        .and_then(|m| u32::try_from(m).ok())
        .unwrap_or(u32::MAX))
}

//! Minimum contribution years for a monthly employee pension.
//!
//! Sources: 《中华人民共和国社会保险法》第十六条 (累计缴费满十五年的，按月领取基本养老金), and
//! 《国务院关于渐进式延迟法定退休年龄的办法》第二条: 从2030年1月1日起，将职工按月领取基本养老金最低
//! 缴费年限由十五年逐步提高至二十年，每年提高六个月。职工达到法定退休年龄但不满最低缴费年限的，可以按照
//! 规定通过延长缴费或者一次性缴费的办法达到最低缴费年限，按月领取基本养老金。
//!
//! The months per year are data (`CN.min_contribution_months`: 180 until 2029, 186 from
//! 2030-01, … 240 from 2039-01).
//!
//! **Which year's minimum.** One reading, used everywhere (the pension, flexible early or late
//! retirement, extension, the one-off payment): the minimum in force in the month the person
//! reaches the **statutory** retirement age. 第二条 measures the shortfall "达到法定退休年龄" and
//! has it made up "达到最低缴费年限" by extension — a minimum that rose with every month of
//! extension would be a moving target; retiring later by choice (第三条, 弹性退休) does not raise
//! it either, nor does retiring earlier lower it. This is the project's reading of the text
//! (no implementing rule that says otherwise was found); the estimate sets the month
//! ([`Ctx::set_minimum_at`]) and, before it is known, the pension's own start is used.

use crate::context::Ctx;
use crate::error::FieldError;
use crate::Month;

/// Minimum contribution months (including deemed months) for a pension starting in `start`:
/// those of the statutory retirement month once the estimate has set it (see the module).
pub fn min_contribution_months(ctx: &Ctx, start: Month) -> Result<u32, FieldError> {
    let v = ctx.params.value(
        "$",
        "CN",
        "min_contribution_months",
        ctx.minimum_month(start),
    )?;
    Ok(crate::money::whole(v)
        .and_then(|m| u32::try_from(m).ok())
        .unwrap_or(u32::MAX))
}

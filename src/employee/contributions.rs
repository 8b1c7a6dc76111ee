//! Employee-scheme contributions, month by month: the base, the index, who pays what, and
//! what goes into the individual account.
//!
//! Sources:
//! - Base between 60 % and 300 % of the local average wage: 国办发〔2019〕13号 二（二）(flexible
//!   workers choose within that range; employees' bases are clamped to it). Where a region
//!   publishes its own floor and ceiling (`base_floor`, `base_ceiling`), those apply — some were
//!   below 60 % for years; otherwise `base_floor_ratio` / `base_ceiling_ratio` × `avg_wage`.
//! - Employee 8 % to the account (国发〔2005〕38号 三), employer 16 % to the pooled fund
//!   (国办发〔2019〕13号 一).
//! - Flexible workers pay `flex_rate` (20 %) of the base, of which 8 % goes to the account and the
//!   rest to the pooled fund (国发〔2005〕38号 三).
//! - Index of a month = base / the average wage of that month's region (国发〔2005〕38号 六:
//!   本人指数化月平均缴费工资); the person's average index is the mean over months.

use rust_decimal::Decimal;

use crate::context::Ctx;
use crate::error::FieldError;
use crate::scenario::{Base, Kind};
use crate::Month;

/// One month paid into the employee scheme.
#[derive(Clone, Debug, PartialEq)]
pub struct PaidMonth {
    /// The month.
    pub month: Month,
    /// Employee or flexible.
    pub kind: Kind,
    /// Region code where it was paid (shared: an analysis copies the same months many times).
    pub region: std::rc::Rc<str>,
    /// Contribution base after clamping, yuan.
    pub base: Decimal,
    /// The region's average wage for the month (the index denominator), yuan.
    pub wage: Decimal,
    /// base / wage.
    pub index: Decimal,
    /// Paid by the person, yuan.
    pub own: Decimal,
    /// Paid into the pooled fund (employer part, or the flexible worker's pooled share), yuan.
    pub pooled: Decimal,
    /// Credited to the individual account, yuan.
    pub credit: Decimal,
}

/// Whether a requested base had to be moved into the allowed range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clamp {
    /// Within range.
    None,
    /// Raised to the floor.
    Floor,
    /// Lowered to the ceiling.
    Ceiling,
}

/// The allowed base range in `region` for `month`: (floor, ceiling, average wage).
pub fn base_range(
    ctx: &Ctx,
    path: &str,
    region: &str,
    month: Month,
) -> Result<(Decimal, Decimal, Decimal), FieldError> {
    let p = &ctx.params;
    let wage = p.value(path, region, "avg_wage", month)?;
    let bound = |key: &str, ratio_key: &str| -> Result<Decimal, FieldError> {
        if p.has_regional(region, key) {
            p.value(path, region, key, month)
        } else {
            Ok(wage * p.value(path, "CN", ratio_key, month)?)
        }
    };
    Ok((
        bound("base_floor", "base_floor_ratio")?,
        bound("base_ceiling", "base_ceiling_ratio")?,
        wage,
    ))
}

/// One month's contribution.
pub fn paid_month(
    ctx: &Ctx,
    path: &str,
    kind: Kind,
    region: &str,
    base: Base,
    month: Month,
) -> Result<(PaidMonth, Clamp), FieldError> {
    paid_in(ctx, path, kind, &region.into(), base, month)
}

/// [`paid_month`] with the region's code already shared (one copy for a segment's months).
pub fn paid_in(
    ctx: &Ctx,
    path: &str,
    kind: Kind,
    region: &std::rc::Rc<str>,
    base: Base,
    month: Month,
) -> Result<(PaidMonth, Clamp), FieldError> {
    let p = &ctx.params;
    let (floor, ceiling, wage) = base_range(ctx, path, region, month)?;
    let asked = match base {
        Base::Ratio(r) => r * wage,
        Base::Amount(a) => a,
    };
    let (base, clamp) = if asked < floor {
        (floor, Clamp::Floor)
    } else if asked > ceiling {
        (ceiling, Clamp::Ceiling)
    } else {
        (asked, Clamp::None)
    };
    let credit = base * p.value(path, "CN", "individual_account_rate", month)?;
    let (own, pooled) = match kind {
        Kind::Flexible => {
            let total = base * p.value(path, region, "flex_rate", month)?;
            (total, total - credit)
        }
        _ => (
            base * p.value(path, "CN", "employee_individual_rate", month)?,
            base * p.value(path, "CN", "employer_rate", month)?,
        ),
    };
    let index = if wage.is_zero() {
        Decimal::ZERO
    } else {
        base / wage
    };
    Ok((
        PaidMonth {
            month,
            kind,
            region: region.clone(),
            base,
            wage,
            index,
            own,
            pooled,
            credit,
        },
        clamp,
    ))
}

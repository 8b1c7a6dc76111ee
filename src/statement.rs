//! An official statement (个人权益记录) as a record like any other: what its totals imply.
//!
//! A statement ([`crate::scenario::Summary`]) gives the employee-scheme months (累计缴费月数), the
//! average index Ī and the account balance at the end of its month `at`, but not when, where or
//! at which base each month was paid. Two rules need more than the totals:
//!
//! - 《城镇企业职工基本养老保险关系转移接续暂行办法》(国办发〔2009〕66号) 第四条（二）: on a move,
//!   the pooled fund transfers 12 % of the person's contribution bases of the years since
//!   1998-01-01 (以本人1998年1月1日后各年度实际缴费工资为基数，按12%的总和转移) — see
//!   [`crate::transfer`];
//! - 《城乡养老保险制度衔接暂行办法》(人社部发〔2014〕17号) 第六条: moving to the resident scheme, the
//!   account moves and the pooled contributions stay behind — the estimate shows them as lost.
//!
//! Both take the statement's months from one approximation, stated here and nowhere else:
//!
//! 1. **When.** The statement's months are the `employee_months` months up to and including
//!    `at`, one after another. (Everything a statement covers lies up to `at`; the real months
//!    may be earlier, with gaps between them.)
//! 2. **Where.** In the statement's region (`summary.region`, else the hukou place).
//! 3. **Base.** Each month's base is Ī × that region's average wage of the month (`avg_wage`,
//!    filled by the documented rule where unpublished), so every implied month has index Ī and
//!    the implied months' mean index is the statement's Ī. Ī is a mean of indices, not of bases:
//!    where the person's index varied while wages grew, the real total differs.
//! 4. **Pooled part.** The statement does not say who paid. Each month's pooled part is taken as
//!    the flexible worker's pooled share of that base (`flex_rate` − `individual_account_rate`,
//!    12 % today); an employee's employer paid 16 % (20 % before 2019-05), so for employees this
//!    is a floor.
//! 5. **Since 1998.** Only months from 1998-01 count, for the 12 % (第四条) and for the pooled
//!    part (the data has no contribution rates before 1998).
//!
//! The account balance needs no approximation: it is the statement's, carried with interest by
//! [`crate::account`] from the end of `at`.

use rust_decimal::Decimal;

use crate::context::Ctx;
use crate::employee::contributions::rates;
use crate::error::FieldError;
use crate::scenario::{Kind, Summary};
use crate::Month;

/// The first month whose base counts for the 12 % transfer (国办发〔2009〕66号 第四条（二）:
/// 1998年1月1日后).
pub const TRANSFER_BASES_FROM: (i32, u32) = (1998, 1);

/// What a statement implies for the rules that need months and bases.
#[derive(Clone, Debug, PartialEq)]
pub struct Implied {
    /// The statement's region (code).
    pub region: String,
    /// Employee-scheme months the statement counts.
    pub months: u32,
    /// The first implied month (`at` − months + 1): the latest the record can have begun.
    pub first: Month,
    /// The statement's month.
    pub at: Month,
    /// Σ implied base of the months since 1998-01, yuan (unrounded).
    pub bases: Decimal,
    /// Σ implied pooled part of the months since 1998-01, yuan (unrounded).
    pub pooled: Decimal,
    /// The account balance at the end of `at`, if the statement gives one.
    pub balance: Option<(Month, Decimal)>,
}

/// The months, bases and pooled part a statement implies (see the module documentation);
/// `None` without employee-scheme months.
pub fn implied(ctx: &Ctx, s: &Summary, region: &str) -> Result<Option<Implied>, FieldError> {
    let index = s.avg_index.unwrap_or_default();
    let Some(first) = s.first_month() else {
        return Ok(None);
    };
    let since = Month::new(TRANSFER_BASES_FROM.0, TRANSFER_BASES_FROM.1).unwrap_or(first);
    let (mut bases, mut pooled) = (Decimal::ZERO, Decimal::ZERO);
    for m in first.max(since).through(s.at) {
        let r = rates(ctx, "$.summary", Kind::Flexible, region, m)?;
        let base = index * r.wage;
        crate::money::add_to(&mut bases, base);
        crate::money::add_to(&mut pooled, base * (r.own - r.account));
    }
    Ok(Some(Implied {
        region: region.to_owned(),
        months: s.employee_months,
        first,
        at: s.at,
        bases,
        pooled,
        balance: s.account_balance.map(|b| (s.at, b)),
    }))
}

//! The employee scheme (城镇职工基本养老保险): contributions, the account, and the pension.

pub mod benefit;
pub mod contributions;
pub mod extras;
pub mod oneoff;
pub mod practice;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::account::{self, AccountYear};
use crate::context::Ctx;
use crate::error::FieldError;
use crate::minimum::min_contribution_months;
use crate::money::{add_to, growth_factor, ser_plain, ser_ratio4, ser_yuan};
use crate::month::YearsMonths;
use crate::scenario::{Base, Kind, Summary};
use crate::Month;
use contributions::{paid_month, PaidMonth};

/// The employee pension for one start month and benefit location, with every input shown.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct EmployeePension {
    /// First month of the pension.
    pub start: Month,
    /// Age at the start.
    pub age: YearsMonths,
    /// Where the pension is paid (its C applies).
    pub benefit_region: String,
    /// Contribution months (detailed history, plan and statement), not counting deemed months.
    pub contribution_months: u32,
    /// Deemed months (视同缴费).
    pub deemed_months: u32,
    /// The minimum for a pension starting in `start`'s year.
    pub min_months: u32,
    /// Whether the minimum is met.
    pub eligible: bool,
    /// Months still missing (0 when eligible).
    pub shortfall_months: u32,
    /// Ī, the average contribution index.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_ratio4")]
    pub avg_index: Decimal,
    /// N, contribution years including deemed years.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_ratio4")]
    pub years: Decimal,
    /// N as the benefit location's sheets count it (see [`practice::YearsRule`]): the years the
    /// basic pension is multiplied by. Shown in the explanation; not serialized (`years` is).
    #[serde(skip)]
    pub years_counted: Decimal,
    /// The basic pension's first term as the benefit location's sheets take it (see
    /// [`practice::BasicBase`]): C, or Guangdong's C × min(1, Ī ÷ 0.6). Shown in the
    /// explanation; not serialized (`c` is).
    #[serde(skip)]
    pub basic_first_term: Decimal,
    /// Of `provincial_extra`: the share of the indexed wage (Sichuan; see [`extras`]). Shown in
    /// the explanation; not serialized.
    #[serde(skip)]
    pub extra_indexed: Decimal,
    /// Of `provincial_extra`: the flat add-ons (Guangdong; see [`extras`]). Shown in the
    /// explanation; not serialized.
    #[serde(skip)]
    pub extra_flat: Decimal,
    /// Of `provincial_extra`: the share of the indexed wage by the years worked in the region
    /// (Tibet's plateau allowance; see [`extras`]). Shown in the explanation; not serialized.
    #[serde(skip)]
    pub extra_local_years: Decimal,
    /// Where the months were paid (the rules counting years in one place read it; see
    /// [`practice::WherePaid`]). Not serialized.
    #[serde(skip)]
    #[ts(skip)]
    pub where_paid: practice::WherePaid,
    /// C, the benefit location's 计发基数 when the pension starts.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub c: Decimal,
    /// Account balance at the start.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub balance: Decimal,
    /// 计发月数.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_plain")]
    pub divisor: Decimal,
    /// The whole age the divisor was read at.
    pub divisor_age: i32,
    /// Basic pension 基础养老金.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub basic: Decimal,
    /// Account pension 个人账户养老金.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub account: Decimal,
    /// Transitional pension 过渡性养老金.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub transitional: Decimal,
    /// Provincial extra printed in the sheet's total (see [`extras`]; 0 where none is modelled).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub provincial_extra: Decimal,
    /// Monthly total: basic + account + transitional + provincial extra (0 when not eligible:
    /// see the options).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub total: Decimal,
    /// What the full pension would be if the minimum were met (equals `total` when eligible).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub formula_total: Decimal,
    /// `formula_total` in today's money (deflated by the assumed wage growth to the valuation month).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub formula_total_today: Decimal,
    /// Paid by the person over the detailed months.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub own_contributions: Decimal,
    /// Paid into the pooled fund over the detailed months (employer, or flexible pooled share).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pooled_contributions: Decimal,
    /// The account year by year.
    pub account_years: Vec<AccountYear>,
}

/// Deflates a nominal amount at month `at` to the valuation month's money, by wage growth.
pub fn in_todays_money(ctx: &Ctx, amount: Decimal, at: Month) -> Decimal {
    let months = ctx.as_of.months_until(at).max(0);
    amount / growth_factor(ctx.assume.wage_growth, months)
}

/// The pension starting in `start` at `region` from the detailed months (all before `start`)
/// and an optional statement.
pub fn pension_at(
    ctx: &Ctx,
    months: &[PaidMonth],
    summary: Option<&Summary>,
    birth: Month,
    start: Month,
    region: &str,
) -> Result<EmployeePension, FieldError> {
    pension_with(ctx, months, summary, birth, start, region, None)
}

/// What [`pension_with`] summed for the first record it was given, kept so that a record with
/// the same first months (an analysis's variants of one scenario, with the same parameters and
/// assumptions) goes on from there instead of summing them again: the running sums (Σ index,
/// Σ own, Σ pooled) after each month, and the account at the start of each year. The sums are
/// the same additions in the same order, so the results are exactly those of a full run.
#[derive(Default)]
pub struct Prefix {
    months: Vec<PaidMonth>,
    sums: Vec<[Decimal; 3]>,
    statement: Option<(Month, Decimal)>,
    years: Vec<crate::account::AccountYear>,
    /// (year, balance brought forward, years so far, credits so far) at the start of each year.
    marks: Vec<(i32, Decimal, usize, usize)>,
}

impl Prefix {
    /// How many first months of `months` are those of the kept record: the same month and, to
    /// the bit, the same index, own, pooled and credit amounts. (An analysis computes each
    /// segment's months once, all with one region string, kept alive here: the same string and
    /// month are the same paid month, found without comparing the amounts.)
    fn common(&self, months: &[PaidMonth]) -> usize {
        let bits = |m: &PaidMonth| [m.index, m.own, m.pooled, m.credit].map(|d| d.serialize());
        self.months
            .iter()
            .zip(months)
            .take_while(|(a, b)| {
                a.month == b.month
                    && (std::rc::Rc::ptr_eq(&a.region, &b.region) || bits(a) == bits(b))
            })
            .count()
    }
}

/// [`pension_at`], with the sums of a kept record's first months (see [`Prefix`]).
pub fn pension_with(
    ctx: &Ctx,
    months: &[PaidMonth],
    summary: Option<&Summary>,
    birth: Month,
    start: Month,
    region: &str,
    prefix: Option<&std::cell::RefCell<Prefix>>,
) -> Result<EmployeePension, FieldError> {
    let s_months = summary.map_or(0, |s| s.employee_months);
    let s_index = summary.and_then(|s| s.avg_index).unwrap_or_default();
    let deemed = summary.map_or(0, |s| s.deemed_months);
    let n = months.len() as u32 + s_months;
    let statement = summary.and_then(|s| s.account_balance.map(|b| (s.at, b)));
    let credits: Vec<(Month, Decimal)> = months.iter().map(|m| (m.month, m.credit)).collect();
    // The first record given is kept; later ones go on from the months they share with it.
    let mut kept = prefix.map(|p| p.borrow_mut());
    let keep = kept.as_ref().is_some_and(|k| k.months.is_empty()) && !months.is_empty();
    let (shared, mut sums, from) = match kept.as_deref() {
        Some(k) if k.statement == statement && !k.sums.is_empty() => {
            let l = k.common(months);
            let from = k
                .marks
                .iter()
                .rev()
                .find(|&&(year, _, _, next)| {
                    l > 0
                        && next <= l
                        && year <= start.year()
                        && months.get(next).is_none_or(|m| m.month.year() >= year)
                })
                .and_then(|&(year, balance, len, next)| {
                    Some(account::Progress {
                        year,
                        balance,
                        years: k.years.get(..len)?.to_vec(),
                        next,
                    })
                });
            (l, k.sums.get(l).copied().unwrap_or_default(), from)
        }
        _ => (0, [Decimal::ZERO; 3], None),
    };
    let mut running = Vec::new();
    if keep {
        running.reserve(months.len() + 1);
        running.push(sums);
    }
    let rest = months.get(shared..).unwrap_or_default();
    if keep {
        for m in rest {
            add_month(&mut sums, m, 1);
            running.push(sums);
        }
    } else {
        for (m, k) in runs(rest) {
            add_month(&mut sums, m, k);
        }
    }
    let [index_sum, own_contributions, pooled_contributions] = sums;
    let index_sum = index_sum + s_index * Decimal::from(s_months);
    let avg_index = if n == 0 {
        Decimal::ZERO
    } else {
        index_sum / Decimal::from(n)
    };
    let years = Decimal::from(n + deemed) / Decimal::from(12);
    let mut marks = Vec::new();
    let (account_years, balance) = account::run_from(
        statement,
        &credits,
        start,
        &mut |y| ctx.crediting_rate(y),
        from,
        &mut |at| {
            if keep {
                marks.push((at.year, at.balance, at.years.len(), at.next));
            }
        },
    )?;
    if let (Some(k), true) = (kept.as_deref_mut(), keep) {
        *k = Prefix {
            months: months.to_vec(),
            sums: running,
            statement,
            years: account_years.clone(),
            marks,
        };
    }
    let age = YearsMonths::from_months(birth.months_until(start));
    let min_months = min_contribution_months(ctx, start)?;
    let record = EmployeePension {
        start,
        age,
        benefit_region: String::new(),
        contribution_months: n,
        deemed_months: deemed,
        min_months,
        eligible: n + deemed >= min_months,
        shortfall_months: min_months.saturating_sub(n + deemed),
        avg_index,
        years,
        years_counted: Decimal::ZERO,
        basic_first_term: Decimal::ZERO,
        extra_indexed: Decimal::ZERO,
        extra_flat: Decimal::ZERO,
        extra_local_years: Decimal::ZERO,
        where_paid: practice::WherePaid::paid(months, summary),
        c: Decimal::ZERO,
        balance,
        divisor: Decimal::ZERO,
        divisor_age: age.years,
        basic: Decimal::ZERO,
        account: Decimal::ZERO,
        transitional: Decimal::ZERO,
        provincial_extra: Decimal::ZERO,
        total: Decimal::ZERO,
        formula_total: Decimal::ZERO,
        formula_total_today: Decimal::ZERO,
        own_contributions,
        pooled_contributions,
        account_years,
    };
    placed(ctx, record, region)
}

/// Adds `k` months paid like `m` to the running sums (Σ index, Σ own, Σ pooled): what `k`
/// month-by-month additions give ([`crate::money::add_times`]).
fn add_month(sums: &mut [Decimal; 3], m: &PaidMonth, k: u32) {
    let [index, own, pooled] = sums;
    crate::money::add_times(index, m.index, k);
    crate::money::add_times(own, m.own, k);
    crate::money::add_times(pooled, m.pooled, k);
}

/// The record as runs of consecutive months paid the same (index, own and pooled amounts
/// equal to the digit): each run's first month and its length.
fn runs(months: &[PaidMonth]) -> impl Iterator<Item = (&PaidMonth, u32)> {
    let amounts = |m: &PaidMonth| [m.index, m.own, m.pooled].map(|d| d.serialize());
    let mut rest = months;
    std::iter::from_fn(move || {
        let first = rest.first()?;
        let same = amounts(first);
        let k = rest.iter().take_while(|m| amounts(m) == same).count();
        rest = rest.get(k..).unwrap_or_default();
        Some((first, k as u32))
    })
}

/// `e`'s record (months, Ī, N, age, account balance) paid at `region`: that region's C,
/// transitional coefficient and sheet practice ([`practice`]: the divisor at an age with months,
/// the years as counted, the transitional base and years) and provincial extra ([`extras`]),
/// and the totals (国发〔2005〕38号 六: 当地上年度在岗职工月平均工资 — the benefit location's
/// figure; the rest of the record does not depend on the place).
fn placed(ctx: &Ctx, mut e: EmployeePension, region: &str) -> Result<EmployeePension, FieldError> {
    let p = &ctx.params;
    let start = e.start;
    let c = p.value("$", region, "benefit_base", start)?;
    let years_rule = practice::years_rule(p, region, start);
    e.years_counted = years_rule.years(e.contribution_months + e.deemed_months);
    // (first term + C × Ī) / 2 × N %: the first term C, or C scaled where the region's sheets
    // scale it (practice::BasicBase; Guangdong).
    e.basic_first_term = practice::basic_base(p, region, start).first_term(c, e.avg_index);
    e.basic = benefit::basic_pension_two_bases(e.basic_first_term, c, e.avg_index, e.years_counted);
    // The deemed months, and the actual months the region's rule also counts (Beijing's
    // 1992-10 … 1998-06: practice::TransitionalYears).
    let trans_rule = practice::transitional_years(p, region, start);
    let actual = trans_rule.actual_window().map_or(0, |(first, last)| {
        e.where_paid.months_between(region, first, last)
    });
    e.transitional = if e.deemed_months + actual > 0 {
        let coef = p.value(
            "$.summary.deemed_months",
            region,
            "transitional_coefficient",
            start,
        )?;
        trans_rule.pension(&practice::Transitional {
            c,
            base: practice::transitional_base(p, region, start).base(c, e.avg_index),
            years: years_rule,
            months: (e.deemed_months, actual),
            coefficient: coef,
            add_ons: extras::per_year_add_ons(p, region, start, e.years_counted),
        })
    } else {
        Decimal::ZERO
    };
    (e.extra_indexed, e.extra_flat) =
        extras::provincial_extras(p, region, start, c, e.avg_index, e.years_counted);
    let local_months = e.where_paid.months_in(region);
    e.extra_local_years =
        extras::local_years_extra(p, region, start, (c, e.avg_index), local_months);
    e.provincial_extra = e.extra_indexed + e.extra_flat + e.extra_local_years;
    e.divisor = practice::divisor(p, "$", region, e.age, start)?;
    e.account = benefit::account_pension(e.balance, e.divisor);
    e.c = c;
    e.benefit_region = region.to_owned();
    e.formula_total = e.basic + e.account + e.transitional + e.provincial_extra;
    e.total = if e.eligible {
        e.formula_total
    } else {
        Decimal::ZERO
    };
    e.formula_total_today = crate::money::fen(in_todays_money(ctx, e.formula_total, start));
    Ok(e)
}

/// The same pension paid at another `region`: the record (months, Ī, N, age, account balance)
/// unchanged; that region's C, transitional coefficient, sheet practice ([`practice`]) and
/// provincial extra ([`extras`]), and the totals from them.
pub fn at_location(
    ctx: &Ctx,
    e: &EmployeePension,
    region: &str,
) -> Result<EmployeePension, FieldError> {
    placed(ctx, e.clone(), region)
}

/// The option to keep paying after the statutory age until the minimum is met (延长缴费;
/// 办法 第二条: 职工达到法定退休年龄但不满最低缴费年限的，可以按照国家有关规定延长缴费…至最低缴费年限).
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Extension {
    /// Months to pay.
    pub months: u32,
    /// First month paid.
    pub from: Month,
    /// Last month paid.
    pub to: Month,
    /// The base they are paid at, as a flexible worker.
    pub base: Base,
    /// Total the person pays, yuan (nominal).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub cost: Decimal,
    /// The pension then, starting the month after the last payment.
    pub pension: Box<EmployeePension>,
}

/// Extends the record with flexible-worker months at `base` in `region` from `start` until
/// the minimum is met. `None` when no extension is needed.
///
/// The minimum stays the one of the retirement month's year: the 办法 lets a person who reached
/// the statutory age short of the minimum pay on "至最低缴费年限", the minimum that applied when
/// they reached the age; it does not move with the later start.
pub fn extension(ctx: &Ctx, r: &Short) -> Result<Option<Extension>, FieldError> {
    let (need, k) = r.shortfall(ctx)?;
    if k == 0 {
        return Ok(None);
    }
    let (extended, cost) = r.extended(ctx, k)?;
    let new_start = r.start.plus(k as i32);
    let pension = r.pension(ctx, &extended, new_start, need)?;
    Ok(Some(Extension {
        months: k,
        from: r.start,
        to: new_start.plus(-1),
        base: r.base,
        cost,
        pension: Box::new(pension),
    }))
}

/// A record at its statutory pension start, and how it would be paid on if short of the
/// minimum: what the options when short ([`extension`], [`oneoff::one_off`]) start from.
#[derive(Clone, Copy)]
pub struct Short<'a> {
    /// The detailed months before `start`.
    pub months: &'a [PaidMonth],
    /// The statement, if any.
    pub summary: Option<&'a Summary>,
    /// Birth month.
    pub birth: Month,
    /// The statutory pension start.
    pub start: Month,
    /// The benefit location, where months would be paid on.
    pub region: &'a str,
    /// The base of the extension months (as a flexible worker).
    pub base: Base,
}

impl Short<'_> {
    /// The minimum for a pension starting at the record's start and the months the record
    /// (detailed months, statement and deemed months) is short of it.
    pub(crate) fn shortfall(&self, ctx: &Ctx) -> Result<(u32, u32), FieldError> {
        let s = self.summary;
        let have = self.months.len() as u32 + s.map_or(0, |s| s.employee_months + s.deemed_months);
        let need = min_contribution_months(ctx, self.start)?;
        Ok((need, need.saturating_sub(have)))
    }

    /// The record with `k` flexible-worker months at the extension base added from the start,
    /// and what the person pays for them.
    pub(crate) fn extended(
        &self,
        ctx: &Ctx,
        k: u32,
    ) -> Result<(Vec<PaidMonth>, Decimal), FieldError> {
        let mut extended = self.months.to_vec();
        let mut cost = Decimal::ZERO;
        for m in self.start.through(self.start.plus(k as i32 - 1)) {
            let (pm, _) = paid_month(
                ctx,
                "$.retirement.extension_base",
                Kind::Flexible,
                self.region,
                self.base,
                m,
            )?;
            add_to(&mut cost, pm.own);
            extended.push(pm);
        }
        Ok((extended, cost))
    }

    /// The pension of `record` (this record paid on) starting in `start`, payable once it
    /// meets `need`, the minimum of the year the person reached the statutory age, though it
    /// starts in a later year with a higher minimum (see [`extension`]).
    pub(crate) fn pension(
        &self,
        ctx: &Ctx,
        record: &[PaidMonth],
        start: Month,
        need: u32,
    ) -> Result<EmployeePension, FieldError> {
        let mut p = pension_at(ctx, record, self.summary, self.birth, start, self.region)?;
        if !p.eligible && p.contribution_months + p.deemed_months >= need {
            p.min_months = need;
            p.eligible = true;
            p.shortfall_months = 0;
            p.total = p.formula_total;
        }
        Ok(p)
    }
}

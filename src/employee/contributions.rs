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
//! - Before 2006: the account was 11 % of the base (国务院 国发〔1997〕26号 四: the person's own
//!   contribution plus a transfer from the employer's), the own contribution at least 4 % in
//!   1997, one point more every two years from 1998 to 8 % (三); 国发〔2005〕38号 四 cut the
//!   account to 8 %, all from the person, from 2006-01. The rates are dated parameters
//!   (`individual_account_rate`, `employee_individual_rate`, `employer_rate`, scope
//!   [`crate::params::Scope::Unified`]): national from 1997-07, a region's own before (国发
//!   〔1995〕6号 let regions run their own schemes from 1996); a month before the national rules in
//!   a region whose own the data lacks is refused with `early_rules_unknown`.
//! - Flexible workers pay `flex_rate` (20 %) of the base, of which 8 % goes to the account and the
//!   rest to the pooled fund (国发〔2005〕38号 三).
//! - Index of a month = base / the average wage of that month's region (国发〔2005〕38号 六:
//!   本人指数化月平均缴费工资); the person's average index is the mean over months.

use rust_decimal::Decimal;

use crate::context::Ctx;
use crate::error::{Code, FieldError};
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

/// What a month's contribution is computed from besides the base, in `region` for `kind`:
/// the allowed range and the average wage, then the rates (looked up in this order).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rates {
    /// Base floor, yuan.
    pub floor: Decimal,
    /// Base ceiling, yuan.
    pub ceiling: Decimal,
    /// The region's average wage for the month, yuan.
    pub wage: Decimal,
    /// Share of the base credited to the account.
    pub account: Decimal,
    /// Share of the base the person pays (flexible: the whole flexible rate).
    pub own: Decimal,
    /// Share of the base the employer pays (employees only).
    pub employer: Option<Decimal>,
}

/// The [`Rates`] of a month.
pub fn rates(
    ctx: &Ctx,
    path: &str,
    kind: Kind,
    region: &str,
    month: Month,
) -> Result<Rates, FieldError> {
    let rule = |key: &str| {
        ctx.params
            .value(path, region, key, month)
            .map_err(|e| early_rules_unknown(ctx, e, path, region, key, month))
    };
    let (floor, ceiling, wage) = base_range(ctx, path, region, month)
        .map_err(|e| early_rules_unknown(ctx, e, path, region, "base_floor_ratio", month))?;
    let account = rule("individual_account_rate")?;
    let (own, employer) = match kind {
        Kind::Flexible => (rule("flex_rate")?, None),
        _ => (
            rule("employee_individual_rate")?,
            Some(rule("employer_rate")?),
        ),
    };
    Ok(Rates {
        floor,
        ceiling,
        wage,
        account,
        own,
        employer,
    })
}

/// The keys [`rates`] reads for `kind` in `region`, each with the region it is read for: the
/// average wage, the region's own base bounds or else the national ratios ([`base_range`]),
/// the account rate and the rates of the side (a fixed array: asked at the start of every run
/// of months, it allocates nothing).
fn rate_keys<'a>(ctx: &Ctx, kind: Kind, region: &'a str) -> [Option<(&'a str, &'static str)>; 6] {
    let bound = |key: &'static str, ratio_key: &'static str| {
        if ctx.params.has_regional(region, key) {
            (region, key)
        } else {
            ("CN", ratio_key)
        }
    };
    let side = match kind {
        Kind::Flexible => [Some((region, "flex_rate")), None],
        _ => [
            Some((region, "employee_individual_rate")),
            Some((region, "employer_rate")),
        ],
    };
    let [first, second] = side;
    [
        Some((region, "avg_wage")),
        Some(bound("base_floor", "base_floor_ratio")),
        Some(bound("base_ceiling", "base_ceiling_ratio")),
        Some((region, "individual_account_rate")),
        first,
        second,
    ]
}

/// The last month through which [`rates`] for `kind` in `region` gives what it gives for
/// `month` (no parameter it reads changes before: [`crate::params::Params::same_until`]),
/// `None` if never. Rates are yearly or change at dated months; the boundaries are the data's
/// (some regions' wages change in May or July), not January's.
pub fn rates_until(ctx: &Ctx, kind: Kind, region: &str, month: Month) -> Option<Month> {
    rate_keys(ctx, kind, region)
        .into_iter()
        .flatten()
        .filter_map(|(at, key)| ctx.params.same_until(at, key, month))
        .min()
}

/// A rule missing for a month before the national file sets it (for the account and
/// contribution rates: before 国发〔1997〕26号, 1997-07): the region's own early rules are not in
/// the data. Said plainly, with what the person can do (`early_rules_unknown`); any other
/// error is passed on.
fn early_rules_unknown(
    ctx: &Ctx,
    e: FieldError,
    path: &str,
    region: &str,
    key: &str,
    month: Month,
) -> FieldError {
    let national = ctx.params.data().national.series.get(key);
    let first = national.and_then(|s| s.values.first()).map(|e| e.from);
    match first {
        Some(first) if e.code == Code::MissingParameter && month < first => FieldError::new(
            Code::EarlyRulesUnknown,
            path,
            format!(
                "{month} 早于全国统一规则（{first} 起）：{region} 当时的个人账户和缴费规则本数据尚未收录。\
                 可以用社保对账单（summary）录入这段缴费的月数、指数和账户余额，或在“参数”中填写 {region}.{key} 等"
            ),
            format!(
                "{month} is before the national rules ({first} on): {region}'s own rules of that time \
                 (account and contribution rates) are not in the data. Enter these years from your \
                 statement (summary: months, index, account balance), or set {region}.{key} and \
                 the other rates as overrides"
            ),
        ),
        _ => e,
    }
}

/// The runs of [`rates_run`] kept for the estimates of one analysis whose lookups cannot be kept
/// for later calculations (overrides, or data of the caller's): the records of one analysis pay
/// the same months at different bases.
pub struct RatesMemo(std::cell::RefCell<Lasting>);

impl Default for RatesMemo {
    fn default() -> Self {
        RatesMemo(std::cell::RefCell::new(Lasting::EMPTY))
    }
}

/// The rates of a month and the last month they hold ([`rates_until`]).
pub type RatesRun = (Rates, Option<Month>);

/// [`rates`] and [`rates_until`] for the run of months beginning at `month`: from the runs kept
/// between calculations when the lookups allow it ([`crate::params::Params::lasting_key`]: a
/// platform's batch and a page's what-ifs pay the same regions' months again and again), else
/// through `memo` (one analysis), else looked up. `path` words the place an error names.
pub fn rates_run(
    ctx: &Ctx,
    path: &dyn Fn() -> String,
    kind: Kind,
    region: &std::rc::Rc<str>,
    month: Month,
    memo: Option<&RatesMemo>,
) -> Result<RatesRun, FieldError> {
    let look = || {
        Ok((
            rates(ctx, &path(), kind, region, month)?,
            rates_until(ctx, kind, region, month),
        ))
    };
    match (ctx.params.lasting_key(), memo) {
        (Some(key), _) => LASTING.with(|l| l.borrow_mut().run(key, kind, region, month, look)),
        // One analysis, one set of terms.
        (None, Some(memo)) => {
            let key = ctx.params.terms();
            memo.0.borrow_mut().run(key, kind, region, month, look)
        }
        (None, None) => look(),
    }
}

/// The runs of months of equal [`Rates`] found so far in the process's own data, per set of
/// terms ([`crate::params::LastingKey`]: valuation month and wage growth; the few most recent
/// sets kept), region and side. A month inside a kept run is paid as the run's first
/// ([`rates_until`] is the month before anything its lookups read can change, so every month of
/// the run gives the same rates and the same end: `tests/speed.rs`).
struct Lasting {
    /// Per set of terms, the most recent last: per (region, flexible), the runs (first month,
    /// rates, last month) by first month.
    sets: Vec<(crate::params::LastingKey, Vec<Side>)>,
    runs: usize,
}

type Side = (std::rc::Rc<str>, bool, Vec<(Month, RatesRun)>);

/// Runs kept at most (a few per region and year for each side, about 200 bytes each: a batch
/// over every region and forty years stays within it), and sets of terms; past either, the
/// oldest go and are found again when asked for.
const LASTING_RUNS: usize = 8192;
const LASTING_SETS: usize = 4;

thread_local! {
    static LASTING: std::cell::RefCell<Lasting> = const { std::cell::RefCell::new(Lasting::EMPTY) };
}

impl Lasting {
    const EMPTY: Lasting = Lasting {
        sets: Vec::new(),
        runs: 0,
    };

    /// The kept run holding `month`, or the one `look` finds from `month`, kept.
    fn run(
        &mut self,
        key: crate::params::LastingKey,
        kind: Kind,
        region: &std::rc::Rc<str>,
        month: Month,
        look: impl FnOnce() -> Result<RatesRun, FieldError>,
    ) -> Result<RatesRun, FieldError> {
        if self.runs >= LASTING_RUNS {
            self.sets.clear();
            self.runs = 0;
        }
        let Some(sides) = self.sides(key) else {
            return look();
        };
        let flexible = kind == Kind::Flexible;
        let at = match sides.iter().position(|(r, f, _)| {
            *f == flexible && (std::rc::Rc::ptr_eq(r, region) || **r == **region)
        }) {
            Some(at) => at,
            None => {
                sides.push((region.clone(), flexible, Vec::new()));
                sides.len() - 1
            }
        };
        let Some((_, _, runs)) = sides.get_mut(at) else {
            return look();
        };
        let i = runs.partition_point(|(first, _)| *first <= month);
        if let Some((_, run)) = i.checked_sub(1).and_then(|j| runs.get(j)) {
            if run.1.is_none_or(|last| month <= last) {
                return Ok(*run);
            }
        }
        let run = look()?;
        runs.insert(i, (month, run));
        self.runs += 1;
        Ok(run)
    }

    /// The sides kept for `key`, made the most recent set (a new one, the oldest dropped past
    /// [`LASTING_SETS`]).
    fn sides(&mut self, key: crate::params::LastingKey) -> Option<&mut Vec<Side>> {
        match self.sets.iter().position(|(k, _)| *k == key) {
            Some(i) => {
                let set = self.sets.remove(i);
                self.sets.push(set);
            }
            None => {
                if self.sets.len() >= LASTING_SETS {
                    let (_, old) = self.sets.remove(0);
                    let dropped: usize = old.iter().map(|(_, _, r)| r.len()).sum();
                    self.runs = self.runs.saturating_sub(dropped);
                }
                self.sets.push((key, Vec::new()));
            }
        }
        self.sets.last_mut().map(|(_, sides)| sides)
    }
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
    let r = rates(ctx, path, kind, region, month)?;
    Ok(paid_at(&r, kind, &region.into(), base, month))
}

/// One month's contribution from its [`Rates`].
pub fn paid_at(
    r: &Rates,
    kind: Kind,
    region: &std::rc::Rc<str>,
    base: Base,
    month: Month,
) -> (PaidMonth, Clamp) {
    let asked = match base {
        Base::Ratio(x) => x * r.wage,
        Base::Amount(a) => a,
    };
    let (base, clamp) = if asked < r.floor {
        (r.floor, Clamp::Floor)
    } else if asked > r.ceiling {
        (r.ceiling, Clamp::Ceiling)
    } else {
        (asked, Clamp::None)
    };
    let credit = base * r.account;
    let (own, pooled) = match r.employer {
        None => {
            let total = base * r.own;
            (total, total - credit)
        }
        Some(employer) => (base * r.own, base * employer),
    };
    let wage = r.wage;
    let index = if wage.is_zero() {
        Decimal::ZERO
    } else {
        base / wage
    };
    (
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
    )
}

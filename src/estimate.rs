//! From a scenario to an estimate: the one place that calls every rule in order.

use rust_decimal::Decimal;
use serde::Serialize;
use std::rc::Rc;

use crate::context::{Ctx, Resolved as Assumed, Warning};
use crate::employee::contributions::{paid_at, rates_run, Clamp, PaidMonth, RatesMemo};
use crate::employee::{self, EmployeePension, Extension};
use crate::error::{Code, FieldError, Invalid};
use crate::explain::{self, Explanation};
use crate::location::{benefit_location, BenefitLocation};
use crate::money::{ser_ratio4, ser_yuan};
use crate::month::YearsMonths;
use crate::params::{Data, Params, Status, Used, UsedHow};
use crate::resident::{self, CarriedIn, Payment, ResidentPension};
use crate::retirement::{self, RetirementDate};
use crate::scenario::{Base, Kind, RetirementMode, Scenario, Unconfirmed, SCHEMA_VERSION};
use crate::sorted::SortedMap;
use crate::validate::{self, Checked};
use crate::Month;

/// The estimate: both schemes, their inputs, a timeline, explanations and warnings.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Estimate {
    /// Format version.
    pub schema_version: u32,
    /// The valuation month.
    pub as_of: Month,
    /// Age at the valuation month.
    pub age_now: YearsMonths,
    /// Hukou region code.
    pub hukou: String,
    /// Retirement month and age.
    pub retirement: RetirementDate,
    /// Where the employee pension is paid.
    pub benefit_location: BenefitLocation,
    /// The employee scheme.
    pub employee: EmployeeResult,
    /// The resident scheme.
    pub resident: ResidentPension,
    /// Year by year, for charts.
    pub timeline: Vec<TimelineYear>,
    /// How every headline figure was computed.
    pub explanations: Vec<Explanation>,
    /// The assumptions used.
    pub assumptions: Assumed,
    /// Every parameter value used, with its source.
    pub parameters_used: Vec<Used>,
    /// What the person should know.
    pub warnings: Vec<Warning>,
    /// Plan months now in the past (a saved plan opened later): valued as planned, to be
    /// confirmed by the person (see [`crate::scenario::Unconfirmed`]). Absent when none.
    #[ts(as = "Option<_>", optional)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unconfirmed: Vec<Unconfirmed>,
    /// Every move of the employee-scheme record between regions: what moved, what stayed.
    pub transfers: Vec<crate::transfer::Transfer>,
    /// The two schemes meeting: months paid into both and their refund, and moving the resident
    /// account into the employee scheme (人社部发〔2014〕17号).
    pub linkage: crate::linkage::Linkage,
    /// "Where should I retire?": the employee pension in each place it could be settled in
    /// (国办发〔2009〕66号 第六条), the benefit location first; empty without an employee record.
    pub where_to_retire: Vec<crate::places::Place>,
    /// A policy comparison, not the law: the same career under the EU pro-rata rule
    /// (Regulation 883/2004 art. 52(1)(b)); absent without an employee record.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prorata: Option<crate::prorata::ProRata>,
    /// Both pensions over the expected retirement (life table; see [`crate::lifetable`]).
    pub lifetime: crate::lifetable::Lifetimes,
    /// The uncertainty range of the headline figures (see [`crate::range`]).
    pub range: crate::range::Ranges,
    /// What the range needs to re-run draws (not serialized). A headline's estimate without
    /// its range ([`figures_opts`]) leaves the employee kernel empty: nothing draws on it.
    #[serde(skip)]
    pub kernels: crate::range::Kernels,
    /// The employee record moved into the resident scheme, when it is short of the minimum
    /// ([`ToResident`]; the reported estimate shows the same as `employee.options.to_resident`):
    /// what the choices weigh against the resident pension without it (not serialized).
    #[serde(skip)]
    pub moved: Option<ToResident>,
}

/// The employee scheme's result and, when the minimum is not met, the options.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct EmployeeResult {
    /// The pension at the chosen retirement month.
    pub pension: EmployeePension,
    /// Options when short of the minimum years.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<ShortOptions>,
}

/// What someone short of the minimum years can do (办法 第二条; 城乡养老保险制度衔接暂行办法).
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ShortOptions {
    /// Keep paying as a flexible worker until the minimum is met.
    pub extension: Option<Extension>,
    /// Pay the missing months at once, where the rules allow it (一次性缴费).
    pub one_off: Option<crate::employee::oneoff::OneOff>,
    /// Move the employee record into the resident scheme.
    pub to_resident: ToResident,
}

/// Moving the employee record to the resident scheme (城乡养老保险制度衔接暂行办法
/// (人社部发〔2014〕17号) 第三条: allowed with fewer than the minimum employee years; 第六条: the
/// whole account balance moves and the employee years count as resident years; the pooled
/// contributions do not move).
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ToResident {
    /// When the balance moves: the month the employee pension would have started.
    pub moved_at: Month,
    /// First month of the resident pension (its claiming age, or the move if later).
    pub start: Month,
    /// What the person pays further for this option: nothing.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub cost: Decimal,
    /// The employee account balance that moves.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub balance_moved: Decimal,
    /// Employee years counted as resident years (whole years).
    pub years_counted: u32,
    /// The pooled contributions that stay behind (lost to the person), yuan: the detailed
    /// months' and the statement's (`statement_pooled`).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pooled_lost: Decimal,
    /// Of `pooled_lost`, the part estimated from the statement's totals (see
    /// [`crate::statement`]: Ī × the region's wage × the flexible pooled share, months since
    /// 1998; a floor for months paid by an employer), yuan; 0 without a statement.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub statement_pooled: Decimal,
    /// The resident pension that results.
    pub pension: ResidentPension,
}

/// One calendar year of the record.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct TimelineYear {
    /// Year.
    pub year: i32,
    /// Kinds of months in the year (`employee`, `flexible`, `resident`).
    pub kinds: Vec<Kind>,
    /// Regions paid in.
    pub regions: Vec<String>,
    /// Employee-scheme months paid.
    pub employee_months: u32,
    /// Average monthly base over those months.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub avg_base: Decimal,
    /// Average index over those months.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_ratio4")]
    pub avg_index: Decimal,
    /// Paid by the person (both schemes).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub own_contribution: Decimal,
    /// Employee account at the year end (or pension start).
    #[ts(type = "string | null")]
    #[serde(serialize_with = "crate::money::ser_opt_yuan")]
    pub employee_balance: Option<Decimal>,
    /// Resident account at the year end (or claim).
    #[ts(type = "string | null")]
    #[serde(serialize_with = "crate::money::ser_opt_yuan")]
    pub resident_balance: Option<Decimal>,
}

fn one(e: FieldError) -> Invalid {
    Invalid::one(e)
}

/// Expands the employee-scheme segments into months before `stop`.
fn employee_months(
    ctx: &Ctx,
    segments: &[Checked],
    stop: Month,
    shared: Option<&Shared>,
) -> Result<Vec<PaidMonth>, FieldError> {
    let last = |c: &Checked| c.to.unwrap_or(stop.plus(-1)).min(stop.plus(-1));
    let employee = || segments.iter().filter(|c| c.kind.is_employee_scheme());
    let n: i32 = employee()
        .map(|c| c.from.months_until(last(c)) + 1)
        .filter(|&n| n > 0)
        .sum();
    let mut out = Vec::with_capacity(usize::try_from(n).unwrap_or(0));
    for c in employee() {
        let (Some(region), Some(base)) = (&c.region, c.base) else {
            continue;
        };
        let last = last(c);
        let clamped = match shared {
            Some(sh) if !sh.single => sh.segment(ctx, c, region, base, last, &mut out)?,
            _ => segment_months(ctx, c, region, base, last, None, &mut out)?,
        };
        if !ctx.is_quiet() {
            warn_segment(ctx, c, clamped, stop, region, last);
        }
    }
    crate::sorted::sort_by_key(&mut out, |m| m.month);
    Ok(out)
}

/// The warnings of one employee-scheme segment (`last` its last month counted): a base clamped
/// to the floor or ceiling, months after the pension start, city rules, a flexible worker's
/// hukou restriction. Not looked for in a quiet context, which shows none.
fn warn_segment(ctx: &Ctx, c: &Checked, clamped: Clamp, stop: Month, region: &str, last: Month) {
    match clamped {
        Clamp::Floor => ctx.warn(
            "base_raised_to_floor",
            format!("{}：缴费基数低于当地下限，按下限计算", c.path),
            format!("{}: base below the local floor, the floor was used", c.path),
        ),
        Clamp::Ceiling => ctx.warn(
            "base_lowered_to_ceiling",
            format!("{}：缴费基数高于当地上限，按上限计算", c.path),
            format!(
                "{}: base above the local ceiling, the ceiling was used",
                c.path
            ),
        ),
        Clamp::None => {}
    }
    if c.to.is_some_and(|to| to >= stop) {
        ctx.warn(
            "months_after_retirement",
            format!("{}：退休之后的月份不计入", c.path),
            format!(
                "{}: months from the pension start on are not counted",
                c.path
            ),
        );
    }
    warn_city_rules(ctx, region, last);
    if c.kind == Kind::Flexible
        && ctx
            .params
            .rule(region, "flex_nonlocal_allowed", c.from)
            .as_deref()
            == Some("hukou_only")
    {
        ctx.warn(
            "flexible_hukou_restricted",
            format!("{region} 的灵活就业参保可能要求本地户籍，请向当地社保确认"),
            format!("{region} may require local hukou to join as a flexible worker: check locally"),
        );
    }
}

/// Where a rule of `region` in force at `at` differs by city (`city_rules` in the data) and the
/// scenario cannot say which city (it names provinces only), the province's rule is used: says
/// so, and how to use the city's figure instead (an override of the parameter).
/// A region's name for a person (its code when the data has no name).
fn region_name<'a>(ctx: &'a Ctx, code: &'a str) -> &'a str {
    ctx.params
        .data()
        .region(code)
        .map_or(code, |r| r.name_zh.as_str())
}

fn warn_city_rules(ctx: &Ctx, region: &str, at: Month) {
    if let Some(rule) = ctx.params.rule(region, "city_rules", at) {
        let name = region_name(ctx, region);
        ctx.warn(
            "city_rules_province_used",
            format!("{name}的部分规定因城市而不同，没有指定城市，按省级规定计算：{rule}。可在“参数”中改成你所在城市的数值"),
            format!("some of {region}'s rules differ by city; no city was given, so the province's rule is used: {rule}. You can override the parameter with your city's figure"),
        );
    }
}

/// Where the region's sheets compute the transitional pension from what the estimate does not
/// have, and the person has deemed months (employee::practice::TransitionalYears): the years
/// before the personal account (deemed plus actual contributions before it: the estimate counts
/// only the months given as deemed), or Shanghai's 虚账实记 total ÷ 120 (left out).
fn warn_pre_account_years(
    ctx: &Ctx,
    summary: Option<&crate::scenario::Summary>,
    region: &str,
    at: Month,
) {
    use crate::employee::practice::TransitionalYears;
    let deemed = summary.map_or(0, |s| s.deemed_months);
    let rule = crate::employee::practice::transitional_years(&ctx.params, region, at);
    let name = region_name(ctx, region);
    if deemed > 0 && rule.counts_pre_account() {
        ctx.warn(
            "transitional_pre_account_years",
            format!("{name}的过渡性养老金按建账前年限（视同缴费年限加建立个人账户前的实际缴费年限）计算；本测算只计你填写的视同缴费月数，可把建账前的实际缴费月数一并填入"),
            format!("{region} counts the transitional pension on the years before the personal account (deemed plus actual contributions before it); this estimate counts the deemed months given: add the actual months before the account to them"),
        );
    }
    if deemed > 0 && rule == TransitionalYears::DeemedRound2 {
        ctx.warn(
            "transitional_notional_account",
            format!("{name}的过渡性养老金另含“虚账实记”总额 ÷ 120，本测算没有这一金额，未计入（见你的养老金核定表）"),
            format!("{region}'s transitional pension also pays the notional-account (虚账实记) total ÷ 120; this estimate has no such amount and leaves it out"),
        );
    }
}

/// The months of one employee-scheme segment up to `last`, appended to `out`; whether a base
/// had to be clamped. The rates (through `memo`, if given) are looked up once per run of
/// months they hold for ([`rates_until`]): every month of a run is paid the same.
fn segment_months(
    ctx: &Ctx,
    c: &Checked,
    region: &Rc<str>,
    base: Base,
    last: Month,
    memo: Option<&RatesMemo>,
    out: &mut Vec<PaidMonth>,
) -> Result<Clamp, FieldError> {
    let mut clamped = Clamp::None;
    // Worded only for a lookup (an error names it): runs kept from earlier need none.
    let path = || c.path.to_string();
    let mut m = c.from;
    while m <= last {
        let (r, until) = rates_run(ctx, &path, c.kind, region, m, memo)?;
        let (pm, cl) = paid_at(&r, c.kind, region, base, m);
        if cl != Clamp::None {
            clamped = cl;
        }
        let end = until.map_or(last, |u| u.min(last));
        out.extend(m.through(end).map(|month| PaidMonth {
            month,
            ..pm.clone()
        }));
        m = end.plus(1);
    }
    Ok(clamped)
}

fn resident_payments(
    ctx: &Ctx,
    segments: &[Checked],
    stop: Month,
) -> Result<Vec<Payment>, FieldError> {
    let mut out = Vec::new();
    for c in segments.iter().filter(|c| c.kind == Kind::Resident) {
        let (Some(region), Some(tier)) = (&c.region, c.tier) else {
            continue;
        };
        let last = c.to.unwrap_or(stop.plus(-1)).min(stop.plus(-1));
        if last >= c.from {
            out.extend(resident::payments(
                ctx,
                &c.path.to_string(),
                region,
                c.from,
                last,
                tier,
            )?);
        }
    }
    crate::sorted::sort_by_key(&mut out, |p| p.month);
    Ok(out)
}

/// The benefit location (第六条) over the stays that count, with the temporary accounts
/// (第五条（二）) listed beside it; the stays themselves when `keep_stays` (only a reported
/// estimate reads them).
fn location_of(
    ctx: &Ctx,
    months: &[PaidMonth],
    summary: Option<(&str, u32)>,
    person: &crate::scenario::Person,
    hukou: &str,
    start: Month,
    keep_stays: bool,
) -> Result<(BenefitLocation, Vec<crate::location::Stay>), FieldError> {
    let seq: Vec<(Month, &str)> = months.iter().map(|m| (m.month, &*m.region)).collect();
    let spans = crate::location::spans(&seq, hukou, summary.map(|s| s.0), |m| {
        crate::location::temp_account_from(ctx, person.birth, person.sex, m)
    });
    let mut record: Vec<(&str, u32)> = summary.into_iter().collect();
    for s in spans.iter().filter(|s| !s.temporary) {
        match record.last_mut() {
            Some((r, n)) if *r == s.region => *n += s.months,
            _ => record.push((s.region, s.months)),
        }
    }
    let min = crate::location::min_months(ctx, start)?;
    let mut loc = benefit_location(&record, hukou, min);
    let (mut stays, mut temporary) = (Vec::new(), Vec::new());
    for s in &spans {
        if s.temporary {
            temporary.push(s.to_stay());
        }
        if keep_stays {
            stays.push(s.to_stay());
        }
    }
    if !temporary.is_empty() {
        if !ctx.is_quiet() {
            word_temporary(&mut loc, &temporary, hukou);
        }
        if loc.step == 0 {
            // Only temporary accounts: nowhere is the relation kept but the hukou place.
            loc.step = 4;
        }
        loc.temporary_accounts = temporary;
    }
    Ok((loc, stays))
}

/// The benefit location's reasons with the temporary accounts (第五条（二）) named; where there
/// are only such accounts (`loc.step` still 0), the reason is the hukou place (第六条（四）).
/// Only for a context that shows them: the text is made for nothing in a quiet one.
fn word_temporary(loc: &mut BenefitLocation, temporary: &[crate::location::Stay], hukou: &str) {
    let list = temporary
        .iter()
        .map(|t| format!("{} {}–{}", t.region, t.from, t.to))
        .collect::<Vec<_>>()
        .join("、");
    if loc.step == 0 {
        loc.reason_zh = format!("只有临时缴费账户，归集到户籍地 {hukou}（第六条（四））");
        loc.reason_en =
            format!("temporary accounts only: gathered at the hukou place {hukou} (art. 6(4))");
    }
    loc.reason_zh.push_str(&format!(
        "。{list} 是临时缴费账户，不计入年限，本息归集到 {}（第五条（二））",
        loc.region
    ));
    loc.reason_en.push_str(&format!(
        ". {list}: temporary accounts, not counted in the steps, gathered at {} (art. 5(2))",
        loc.region
    ));
}

/// Computes the estimate for `s` with the given data set.
pub fn estimate_with(data: &Data, s: &Scenario) -> Result<Estimate, Invalid> {
    estimate_opts(data, s, true)
}

/// [`estimate_with`], the uncertainty range only when `with_range` (without it every band is
/// the central figure: the gap and choice analyses run their own draws on the kernels).
pub fn estimate_opts(data: &Data, s: &Scenario, with_range: bool) -> Result<Estimate, Invalid> {
    let wants = Wants {
        range: with_range,
        kernels: true,
    };
    run(data, s, wants, None)
}

/// Work shared by the many estimates of one analysis (gaps, choices) of one scenario: they
/// differ only in history, plan and retirement, never in parameters, overrides or
/// assumptions, so they share one context (its parameter lookups kept), a month paid at a given
/// base in a given region comes out the same each time and is computed once, the rates of a
/// month in a region are looked up once, and a record that begins like the first one goes on
/// from that one's sums ([`employee::Prefix`]).
#[derive(Default)]
pub struct Shared<'d> {
    /// The context, the same for every variant: made once, quiet (it records neither the
    /// parameters used nor warnings, which such an analysis does not show).
    ctx: std::cell::OnceCell<Ctx<'d>>,
    /// Each distinct segment's months.
    paid: std::cell::RefCell<PaidMemo>,
    /// The rates of each month paid in each region.
    rates: RatesMemo,
    /// The sums of the first record, for the records that share its first months.
    prefix: std::cell::RefCell<employee::Prefix>,
    /// The employee side of each distinct set of employee-scheme segments and retirement
    /// choice met so far ([`Shared::employee_side`]), when `sides`.
    employee: std::cell::RefCell<Vec<EmployeeSide>>,
    /// Whether employee sides are kept: for the choices, where most variants change only the
    /// resident side ([`Shared::keeping_sides`]). The gaps' variants each fill different
    /// months: keeping them cost 2.7 % of a gap analysis and was never used (docs/speed.md,
    /// round 6).
    sides: bool,
    /// For one estimate only ([`Shared::single`]): nothing kept for later variants.
    single: bool,
    /// The resident pension of a variant that pays nothing into the resident scheme and has no
    /// statement of it: it reads only the context, the hukou and the birth (`resident_side`),
    /// the same for every variant of one analysis. Natively only, like the kept sides
    /// ([`KEEP_SIDES`]).
    no_resident: std::cell::OnceCell<ResidentPension>,
}

/// Whether an analysis may keep employee sides and ranges for its later variants: natively
/// ([`Shared::keeps_sides`]).
pub(crate) const KEEP_SIDES: bool = !cfg!(target_arch = "wasm32");

/// The employee side of one variant of an analysis — the retirement month, the record, the
/// benefit location, the pension — with what it depends on among the things variants change:
/// the employee-scheme segments (first and last month, kind, region, base, in order) and the
/// retirement choice. What else it reads is the same for every variant of one analysis (the
/// person, the statement, the hukou, assumptions, parameters: [`Shared`]), and it does not read
/// the resident-scheme segments: the record is the employee-scheme months (`employee_months`),
/// the woman's category looks at employee segments only
/// ([`retirement::category_or_flexible`]). So the choices that pay into the resident scheme at
/// each tier, or nothing, share the employee side of one of them.
struct EmployeeSide {
    segments: Vec<SideSegment>,
    retirement: crate::scenario::Retirement,
    date: RetirementDate,
    months: std::rc::Rc<Vec<PaidMonth>>,
    location: BenefitLocation,
    pension: EmployeePension,
    /// The pension's kernel for the range's draws (it reads the pension, the record, the
    /// statement and the expected months at the pension's start: all of the employee side).
    kernel: crate::range::Kernel,
}

/// What an employee side reads of one employee-scheme segment.
struct SideSegment {
    from: Month,
    to: Option<Month>,
    kind: Kind,
    region: Option<std::rc::Rc<str>>,
    base: Option<Base>,
}

impl SideSegment {
    fn of(c: &Checked) -> SideSegment {
        SideSegment {
            from: c.from,
            to: c.to,
            kind: c.kind,
            region: c.region.clone(),
            base: c.base,
        }
    }

    fn is(&self, c: &Checked) -> bool {
        self.from == c.from
            && self.to == c.to
            && self.kind == c.kind
            && self.region == c.region
            && self.base == c.base
    }
}

impl EmployeeSide {
    /// Whether this is the employee side of `checked` with `retirement`.
    fn is_for(
        &self,
        checked: &validate::Resolved,
        retirement: &crate::scenario::Retirement,
    ) -> bool {
        let mine = (checked.segments.iter()).filter(|c| c.kind.is_employee_scheme());
        self.retirement == *retirement
            && mine.clone().count() == self.segments.len()
            && mine.zip(&self.segments).all(|(c, k)| k.is(c))
    }
}

/// Each distinct segment (kind, base, region, first and last month) with its months; a list
/// searched in order (an analysis sees a few dozen segments; a hash map would add code to the
/// WebAssembly module for no gain).
type PaidMemo = Vec<((Kind, Base, Rc<str>, Month, Month), Vec<PaidMonth>, Clamp)>;

impl<'d> Shared<'d> {
    /// The quiet context of [`Shared`] for one estimate alone (a headline): no segment's months,
    /// rates or record sums kept for variants that will not come.
    pub fn single() -> Shared<'d> {
        Shared {
            single: true,
            ..Shared::default()
        }
    }

    /// For an analysis whose variants often share their employee side (the choices: each
    /// resident tier, or paying nothing, leaves the employee record as it is): each distinct
    /// employee side is computed once (`EmployeeSide`).
    pub fn keeping_sides() -> Shared<'d> {
        Shared {
            sides: true,
            ..Shared::default()
        }
    }

    /// Whether employee sides are kept ([`Shared::keeping_sides`]). Natively only: in the wasm
    /// the kept sides and their copies were 2.0 kB of the download by the page's gzip (and the
    /// choices' kept ranges 0.8 kB more), which the page's budget had no room for; a constant
    /// there, so that none of that code is in the module (docs/speed.md, round 6).
    fn keeps_sides(&self) -> bool {
        KEEP_SIDES && self.sides && !self.single
    }

    /// The kept record sums, for an analysis of many variants.
    fn prefix(&self) -> Option<&std::cell::RefCell<employee::Prefix>> {
        (!self.single).then_some(&self.prefix)
    }

    /// The context of the analysis: that of `s` (any variant: they share it), made the first
    /// time.
    pub fn context(&self, data: &'d Data, s: &Scenario) -> Result<&Ctx<'d>, Invalid> {
        if let Some(ctx) = self.ctx.get() {
            return Ok(ctx);
        }
        let ctx = context_as(data, s, true)?;
        Ok(self.ctx.get_or_init(|| ctx))
    }

    /// The employee side kept for `checked` with `retirement`, if an earlier variant had it.
    fn employee_side<'s>(
        &self,
        s: &'s Scenario,
        checked: &'s validate::Resolved,
    ) -> Option<(Record<'s>, EmployeePension, crate::range::Kernel)> {
        let kept = self.employee.borrow();
        let side = kept.iter().find(|x| x.is_for(checked, &s.retirement))?;
        let rec = Record {
            date: side.date.clone(),
            months: side.months.clone(),
            location: side.location.clone(),
            // Only a reported estimate reads the stays, and an analysis's variants are not reported.
            stays: Vec::new(),
            summary_block: summary_block(s, checked),
        };
        Some((rec, side.pension.clone(), side.kernel.clone()))
    }

    /// Keeps the employee side of `checked` for later variants.
    fn keep_employee_side(
        &self,
        s: &Scenario,
        checked: &validate::Resolved,
        rec: &Record,
        pension: &EmployeePension,
        kernel: &crate::range::Kernel,
    ) {
        let segments = (checked.segments.iter())
            .filter(|c| c.kind.is_employee_scheme())
            .map(SideSegment::of)
            .collect();
        self.employee.borrow_mut().push(EmployeeSide {
            segments,
            retirement: s.retirement.clone(),
            date: rec.date.clone(),
            months: rec.months.clone(),
            location: rec.location.clone(),
            pension: pension.clone(),
            kernel: kernel.clone(),
        });
    }

    /// [`segment_months`], each distinct segment computed once.
    fn segment(
        &self,
        ctx: &Ctx,
        c: &Checked,
        region: &Rc<str>,
        base: Base,
        last: Month,
        out: &mut Vec<PaidMonth>,
    ) -> Result<Clamp, FieldError> {
        let same = |k: &(Kind, Base, Rc<str>, Month, Month)| {
            k.3 == c.from && k.4 == last && k.0 == c.kind && *k.2 == **region && k.1 == base
        };
        if let Some((_, months, clamped)) = self.paid.borrow().iter().find(|e| same(&e.0)) {
            out.extend_from_slice(months);
            return Ok(*clamped);
        }
        let mut months = Vec::new();
        let clamped = segment_months(ctx, c, region, base, last, Some(&self.rates), &mut months)?;
        out.extend_from_slice(&months);
        self.paid.borrow_mut().push((
            (c.kind, base, region.clone(), c.from, last),
            months,
            clamped,
        ));
        Ok(clamped)
    }
}

/// The figures of an estimate for an analysis that compares many variants of one scenario:
/// the pensions, their lifetime totals and kernels, with `shared` work; no range, and none of
/// the reporting parts (timeline, explanations, transfers, parameter list and warnings, the
/// options when short of the minimum), which such an analysis does not show.
pub fn estimate_figures<'d>(
    data: &'d Data,
    s: &Scenario,
    shared: &Shared<'d>,
) -> Result<Estimate, Invalid> {
    let wants = Wants {
        range: false,
        kernels: true,
    };
    run(data, s, wants, Some(shared))
}

/// [`estimate_figures`] for a headline ([`crate::headline()`]): the uncertainty range when
/// `with_range`, and the kernels only for it (nothing re-runs draws on a headline's estimate).
pub fn figures_opts<'d>(
    data: &'d Data,
    s: &Scenario,
    with_range: bool,
    shared: &Shared<'d>,
) -> Result<Estimate, Invalid> {
    let wants = Wants {
        range: with_range,
        kernels: with_range,
    };
    run(data, s, wants, Some(shared))
}

/// What an estimate computes beyond its figures: the uncertainty range, and the employee
/// pension's kernel the range's draws run on — needed also by an analysis's inner estimates
/// (the gaps and choices draw their own ranges on them) and kept in a full estimate for a
/// caller that draws on it; only a headline without its range goes without.
#[derive(Clone, Copy)]
struct Wants {
    range: bool,
    kernels: bool,
}

fn run<'d>(
    data: &'d Data,
    s: &Scenario,
    wants: Wants,
    shared: Option<&Shared<'d>>,
) -> Result<Estimate, Invalid> {
    let report = shared.is_none();
    let checked = validate::check(s, data).map_err(Invalid::new)?;
    let own;
    let ctx = match shared {
        Some(sh) => sh.context(data, s)?,
        None => {
            own = context(data, s)?;
            &own
        }
    };
    let (rec, pension, kept_kernel) = employee_side(ctx, s, &checked, shared)?;
    let computed = kept_kernel.is_none();
    let res = resident_side(ctx, s, &checked, &rec.months, shared).map_err(one)?;
    // What the statement implies for the transfers and the pooled part (only reported).
    let implied = match s.summary.as_ref().filter(|_| report) {
        Some(x) => {
            let at = checked.summary_region.as_deref().unwrap_or(&checked.hukou);
            crate::statement::implied(ctx, x, at).map_err(one)?
        }
        None => None,
    };
    let options = if pension.eligible || !report {
        None
    } else {
        Some(short_options(ctx, s, &checked, &rec, &pension, &res, implied.as_ref()).map_err(one)?)
    };
    // For an analysis's inner estimates (the choices): the record moved over, where it can be
    // computed (else the choice is the resident pension without it, as before).
    let moved = match &options {
        Some(o) => Some(o.to_resident.clone()),
        None if !pension.eligible && pension.balance > Decimal::ZERO => {
            let at = rec.date.month;
            to_resident(ctx, s, &checked.hukou, at, &pension, &res, None).ok()
        }
        None => None,
    };
    let (lifetime, kernels, range) =
        lifetimes_and_range(ctx, s, wants, &rec, &pension, &res.pension, kept_kernel)
            .map_err(one)?;
    // An analysis's variant whose employee side was computed here: kept for the next ones.
    if let Some(sh) = shared.filter(|sh| computed && sh.keeps_sides() && wants.kernels) {
        sh.keep_employee_side(s, &checked, &rec, &pension, &kernels.employee);
    }
    // What only the reported estimate shows (an analysis's inner estimates skip it).
    let linkage = linkage_of(
        ctx,
        &pension,
        res.overlaps,
        &res.pension,
        &res.payments,
        res.statement,
    )
    .map_err(one)?;
    let unconfirmed = if report {
        s.unconfirmed(rec.date.month.plus(-1))
    } else {
        Vec::new()
    };
    warn_unconfirmed(ctx, &unconfirmed);
    let reported = if report {
        let parts = Parts {
            rec: &rec,
            pension: &pension,
            res: &res.pension,
            payments: &res.payments,
            implied: implied.as_ref(),
            lifetime: &lifetime,
            range: &range,
            linkage: &linkage,
        };
        reported(ctx, s, &checked.hukou, &parts).map_err(one)?
    } else {
        Reported::default()
    };
    Ok(Estimate {
        schema_version: SCHEMA_VERSION,
        as_of: s.as_of,
        age_now: YearsMonths::from_months(s.person.birth.months_until(s.as_of)),
        hukou: checked.hukou.clone(),
        retirement: rec.date,
        benefit_location: rec.location,
        employee: EmployeeResult { pension, options },
        resident: res.pension,
        timeline: reported.timeline,
        explanations: reported.explanations,
        assumptions: ctx.assume.clone(),
        parameters_used: reported.used,
        warnings: ctx.warnings(),
        unconfirmed,
        transfers: reported.transfers,
        linkage,
        where_to_retire: reported.where_to_retire,
        prorata: reported.prorata,
        lifetime,
        range,
        kernels,
        moved,
    })
}

/// The employee side of an estimate: the record and the pension — for a variant of an analysis,
/// those of an earlier variant with the same employee side when there was one
/// ([`Shared::employee_side`]), with its kernel (`None`: computed here, to be computed).
fn employee_side<'s>(
    ctx: &Ctx,
    s: &'s Scenario,
    checked: &'s validate::Resolved,
    shared: Option<&Shared>,
) -> Result<(Record<'s>, EmployeePension, Option<crate::range::Kernel>), Invalid> {
    let memo = shared.filter(|sh| sh.keeps_sides());
    if let Some((rec, pension, kernel)) = memo.and_then(|sh| sh.employee_side(s, checked)) {
        ctx.set_minimum_at(rec.date.statutory_month);
        return Ok((rec, pension, Some(kernel)));
    }
    let rec = employee_record(ctx, s, checked, shared).map_err(one)?;
    ctx.set_minimum_at(rec.date.statutory_month);
    if !ctx.is_quiet() {
        warn_benefit_region(
            ctx,
            s.summary.as_ref(),
            &rec.location.region,
            rec.date.month,
        );
    }
    let pension = employee_pension(ctx, s, &rec, shared).map_err(one)?;
    Ok((rec, pension, None))
}

/// The statement's employee block: its region (the hukou place when it names none) and months,
/// when it has employee months.
fn summary_block<'s>(s: &'s Scenario, checked: &'s validate::Resolved) -> Option<(&'s str, u32)> {
    s.summary
        .as_ref()
        .filter(|x| x.employee_months > 0)
        .map(|x| {
            (
                checked
                    .summary_region
                    .as_deref()
                    .unwrap_or(checked.hukou.as_str()),
                x.employee_months,
            )
        })
}

/// The employee-scheme record of a scenario: the retirement month, the months paid before it,
/// the benefit location and the stays it was read from, and the statement's block (its region
/// and months) when it has employee months.
struct Record<'s> {
    date: RetirementDate,
    /// Shared with the later variants of an analysis that have the same employee side
    /// ([`Shared::employee_side`]).
    months: std::rc::Rc<Vec<PaidMonth>>,
    location: BenefitLocation,
    stays: Vec<crate::location::Stay>,
    summary_block: Option<(&'s str, u32)>,
}

/// The retirement month and the record before it. They depend on each other only through the
/// rule for flexible-employed women, which is regional: start from the hukou place, settle once.
fn employee_record<'s>(
    ctx: &Ctx,
    s: &'s Scenario,
    checked: &'s validate::Resolved,
    shared: Option<&Shared>,
) -> Result<Record<'s>, FieldError> {
    let p = &s.person;
    let hukou = checked.hukou.as_str();
    let summary_block = summary_block(s, checked);
    let category = retirement::category_or_flexible(p, &checked.segments, summary_block.is_some());
    if p.category.is_none() && category.is_some() && shared.is_none() {
        ctx.warn(
            "woman_category_assumed",
            "没有选岗位类别：你没有在单位交过职工养老，职工养老的退休时间按灵活就业人员算（多数地方原来是55岁）；城乡居民养老60岁起领，不受影响",
            "no category given: with no months as an employee, the employee-scheme retirement age is that of flexibly employed women (55 in most regions); the resident pension starts at 60 regardless",
        );
    }
    let date_for = |region: &str| -> Result<RetirementDate, FieldError> {
        let (age, reached) = retirement::original(&ctx.params, p.sex, category, region, p.birth)?;
        let statutory = retirement::statutory_from(&ctx.params, p.birth, age, reached)?;
        retirement::choose(p.birth, statutory, &s.retirement)
    };
    let at = |date: RetirementDate| -> Result<Record<'s>, FieldError> {
        let months = employee_months(ctx, &checked.segments, date.month, shared)?;
        let report = shared.is_none();
        let (location, stays) =
            location_of(ctx, &months, summary_block, p, hukou, date.month, report)?;
        Ok(Record {
            date,
            months: std::rc::Rc::new(months),
            location,
            stays,
            summary_block,
        })
    };
    let rec = at(date_for(hukou)?)?;
    if rec.location.region != hukou {
        let d2 = date_for(&rec.location.region)?;
        if d2.month != rec.date.month {
            return at(d2);
        }
    }
    Ok(rec)
}

/// What the person should know about the benefit location's rules at the pension start: city
/// rules, the years before the personal account, the regional extras.
fn warn_benefit_region(
    ctx: &Ctx,
    summary: Option<&crate::scenario::Summary>,
    region: &str,
    at: Month,
) {
    warn_city_rules(ctx, region, at);
    warn_pre_account_years(ctx, summary, region, at);
    warn_regional_extras(ctx, region, at);
}

/// The region pays extras to the employee pension (`employee_extras`): which are included.
fn warn_regional_extras(ctx: &Ctx, region: &str, at: Month) {
    let Some(rule) = ctx.params.rule(region, "employee_extras", at) else {
        return;
    };
    // The extra as a share of the indexed wage is in the pension as its own line
    // (employee::extras); what else the region pays is not.
    let some = ctx
        .params
        .step(region, "extra_indexed_per_year", at)
        .is_some();
    let (zh, en) = if some {
        (
            format!("{region} 对职工养老金另有地方加发，按年限比例的加发已单列计入，其余未计入：{rule}"),
            format!("{region} pays extras to the employee pension: the per-year share is included as its own line, the rest is not: {rule}"),
        )
    } else {
        (
            format!("{region} 对职工养老金另有地方加发，本测算未计入：{rule}"),
            format!("{region} pays extras to the employee pension that this estimate does not include: {rule}"),
        )
    };
    ctx.warn("regional_extras_not_included", zh, en);
}

/// The employee pension of the record at its benefit location; early retirement refused
/// without the minimum.
fn employee_pension(
    ctx: &Ctx,
    s: &Scenario,
    rec: &Record,
    shared: Option<&Shared>,
) -> Result<EmployeePension, FieldError> {
    let pension = employee::pension_with(
        ctx,
        &rec.months,
        s.summary.as_ref(),
        s.person.birth,
        rec.date.month,
        &rec.location.region,
        shared.and_then(Shared::prefix),
    )?;
    if rec.date.mode == RetirementMode::Early && !pension.eligible {
        let have = pension.contribution_months + pension.deemed_months;
        return Err(FieldError::new(
            Code::RetirementChoice,
            "$.retirement.mode",
            format!(
                "提前退休要求已满最低缴费年限（{} 个月），目前只有 {have} 个月",
                pension.min_months
            ),
            format!(
                "early retirement needs the minimum contribution months ({}); the record has {have}",
                pension.min_months
            ),
        ));
    }
    Ok(pension)
}

/// The resident side: the payments (those of months also paid into the employee scheme
/// settled: [`crate::linkage::settle_overlaps`]), the statement's resident part, the pension.
struct ResidentSide {
    payments: Vec<Payment>,
    overlaps: Vec<crate::linkage::Overlap>,
    statement: Option<(Month, u32, Decimal)>,
    pension: ResidentPension,
}

fn resident_side(
    ctx: &Ctx,
    s: &Scenario,
    checked: &validate::Resolved,
    months: &[PaidMonth],
    shared: Option<&Shared>,
) -> Result<ResidentSide, FieldError> {
    let p = &s.person;
    let claim_stop = p.birth.plus(12 * 200);
    let payments = resident_payments(ctx, &checked.segments, claim_stop)?;
    let (payments, overlaps) =
        crate::linkage::settle_overlaps(&checked.segments, months, payments, claim_stop);
    let statement = s
        .summary
        .as_ref()
        .filter(|x| x.resident_years > 0 || x.resident_balance.is_some())
        .map(|x| {
            (
                x.at,
                x.resident_years,
                x.resident_balance.unwrap_or_default(),
            )
        });
    let pension = || {
        resident::pension(
            ctx,
            &checked.hukou,
            p.birth,
            &payments,
            statement,
            CarriedIn::default(),
        )
    };
    let pension = match shared {
        Some(sh) if KEEP_SIDES && !sh.single && payments.is_empty() && statement.is_none() => {
            match sh.no_resident.get() {
                Some(kept) => kept.clone(),
                None => {
                    let computed = pension()?;
                    let _ = sh.no_resident.set(computed.clone());
                    computed
                }
            }
        }
        _ => pension()?,
    };
    Ok(ResidentSide {
        payments,
        overlaps,
        statement,
        pension,
    })
}

/// What someone short of the minimum can do: pay on, pay at once, or move to the resident
/// scheme ([`ShortOptions`]).
fn short_options(
    ctx: &Ctx,
    s: &Scenario,
    checked: &validate::Resolved,
    rec: &Record,
    pension: &EmployeePension,
    res: &ResidentSide,
    implied: Option<&crate::statement::Implied>,
) -> Result<ShortOptions, FieldError> {
    let base = s
        .retirement
        .extension_base
        .or_else(|| {
            checked
                .segments
                .iter()
                .rev()
                .find(|c| c.kind.is_employee_scheme())
                .and_then(|c| c.base)
        })
        .unwrap_or(Base::FLOOR);
    let short = employee::Short {
        months: &rec.months,
        summary: s.summary.as_ref(),
        birth: s.person.birth,
        start: rec.date.month,
        region: &rec.location.region,
        base,
    };
    let extension = employee::extension(ctx, &short)?;
    let one_off = employee::oneoff::one_off(ctx, &short)?;
    Ok(ShortOptions {
        extension,
        one_off,
        to_resident: to_resident(
            ctx,
            s,
            &checked.hukou,
            rec.date.month,
            pension,
            res,
            implied,
        )?,
    })
}

/// Moving the employee record to the resident scheme at `moved_at` ([`ToResident`]).
fn to_resident(
    ctx: &Ctx,
    s: &Scenario,
    hukou: &str,
    moved_at: Month,
    pension: &EmployeePension,
    res: &ResidentSide,
    implied: Option<&crate::statement::Implied>,
) -> Result<ToResident, FieldError> {
    let carried = CarriedIn {
        balance: pension.balance,
        at: Some(moved_at),
        years: pension.contribution_months / 12,
    };
    let moved = resident::pension(
        ctx,
        hukou,
        s.person.birth,
        &res.payments,
        res.statement,
        carried,
    )?;
    let statement_pooled = crate::money::fen(implied.map_or(Decimal::ZERO, |i| i.pooled));
    Ok(ToResident {
        moved_at,
        start: moved.claim_month,
        cost: Decimal::ZERO,
        balance_moved: pension.balance,
        years_counted: carried.years,
        pooled_lost: pension.pooled_contributions + statement_pooled,
        statement_pooled,
        pension: moved,
    })
}

/// Both pensions over the expected retirement, the kernels the range re-runs (the employee
/// one empty unless wanted: it reads the record month by month) and the range (every band the
/// central figure unless wanted).
fn lifetimes_and_range(
    ctx: &Ctx,
    s: &Scenario,
    wants: Wants,
    rec: &Record,
    pension: &EmployeePension,
    res: &ResidentPension,
    kept: Option<crate::range::Kernel>,
) -> Result<
    (
        crate::lifetable::Lifetimes,
        crate::range::Kernels,
        crate::range::Ranges,
    ),
    FieldError,
> {
    let p = &s.person;
    let lifetime = crate::lifetable::for_pensions(ctx, p.sex, p.birth, pension, res)?;
    let employee = if let Some(kernel) = kept.filter(|_| wants.kernels) {
        kernel
    } else if wants.kernels {
        crate::range::Kernel::new(
            ctx,
            pension,
            &rec.months,
            s.summary
                .as_ref()
                .and_then(|x| x.account_balance.map(|b| (x.at, b))),
            lifetime.employee.expected_months,
        )
    } else {
        crate::range::Kernel::default()
    };
    let kernels = crate::range::Kernels {
        employee,
        resident: crate::range::ResidentKernel::new(ctx, res, lifetime.resident.expected_months),
    };
    let mut assume = ctx.assume.clone();
    if !wants.range {
        assume.draws = 0;
    }
    let range = crate::range::ranges(
        &assume,
        &kernels,
        [
            pension.total,
            pension.formula_total_today,
            lifetime.employee.total,
            lifetime.employee.total_today,
        ],
        [
            res.total,
            res.formula_total_today,
            lifetime.resident.total,
            lifetime.resident.total_today,
        ],
    );
    Ok((lifetime, kernels, range))
}

/// The two schemes meeting: the overlapping months and moving the resident account over.
fn linkage_of(
    ctx: &Ctx,
    pension: &EmployeePension,
    overlaps: Vec<crate::linkage::Overlap>,
    res: &ResidentPension,
    payments: &[Payment],
    statement: Option<(Month, u32, Decimal)>,
) -> Result<crate::linkage::Linkage, FieldError> {
    let to_employee = crate::linkage::to_employee(
        ctx,
        pension,
        res,
        payments,
        statement.map(|(at, _, b)| (at, b)),
    )?;
    Ok(crate::linkage::Linkage::new(overlaps, to_employee))
}

/// What the reported parts are computed from.
struct Parts<'a> {
    rec: &'a Record<'a>,
    pension: &'a EmployeePension,
    res: &'a ResidentPension,
    payments: &'a [Payment],
    implied: Option<&'a crate::statement::Implied>,
    lifetime: &'a crate::lifetable::Lifetimes,
    range: &'a crate::range::Ranges,
    linkage: &'a crate::linkage::Linkage,
}

/// What only the reported estimate shows.
#[derive(Default)]
struct Reported {
    transfers: Vec<crate::transfer::Transfer>,
    timeline: Vec<TimelineYear>,
    explanations: Vec<Explanation>,
    used: Vec<Used>,
    where_to_retire: Vec<crate::places::Place>,
    prorata: Option<crate::prorata::ProRata>,
}

/// The reported parts: where to retire, the pro-rata comparison, the transfers, the timeline,
/// the explanations and the parameters used (with the warnings about them, last).
fn reported(ctx: &Ctx, s: &Scenario, hukou: &str, x: &Parts) -> Result<Reported, FieldError> {
    let rec = x.rec;
    let where_to_retire = where_to_retire(ctx, s, hukou, rec, x.pension)?;
    let prorata = prorata_of(ctx, rec, x.pension)?;
    let transfers = crate::transfer::transfers(
        ctx,
        &rec.months,
        &rec.stays,
        x.implied,
        &rec.location.region,
        rec.date.month,
    )?;
    let timeline = timeline(&rec.months, x.pension, x.payments, x.res);
    let mut explanations = explain::all(&rec.date, &rec.location, x.pension, x.res);
    explanations.extend(x.linkage.explanations());
    if !where_to_retire.is_empty() {
        explanations.push(crate::places::explanation(&where_to_retire));
    }
    explanations.extend(crate::transfer::explanation(&transfers));
    if let Some(pr) = &prorata {
        explanations.push(crate::prorata::explanation(pr));
    }
    explanations.push(crate::lifetable::explain(
        x.lifetime,
        x.pension.total,
        ctx.assume.pension_adjustment,
    ));
    explanations.push(crate::range::explain(x.range, &ctx.assume));
    let used = ctx.params.take_used();
    for w in parameter_warnings(ctx, &used) {
        ctx.warn(w.code, w.zh, w.en);
    }
    Ok(Reported {
        transfers,
        timeline,
        explanations,
        used,
        where_to_retire,
        prorata,
    })
}

/// "Where should I retire?" ([`crate::places`]); empty without an employee record.
fn where_to_retire(
    ctx: &Ctx,
    s: &Scenario,
    hukou: &str,
    rec: &Record,
    pension: &EmployeePension,
) -> Result<Vec<crate::places::Place>, FieldError> {
    if pension.contribution_months == 0 {
        return Ok(Vec::new());
    }
    let p = &s.person;
    let relation = rec
        .stays
        .iter()
        .rev()
        .find(|s| !s.temporary)
        .map(|s| s.region.as_str())
        .or(rec.summary_block.map(|b| b.0));
    // The months still open to pay: from this month unless the history covers it.
    let first_free = s.first_open_month();
    let temp_from = crate::location::temp_account_from(ctx, p.birth, p.sex, first_free);
    let min = crate::location::min_months(ctx, rec.date.month)?;
    crate::places::where_to_retire(
        ctx,
        pension,
        &rec.location,
        hukou,
        relation,
        temp_from,
        min,
        first_free,
    )
}

/// The career under the EU pro-rata rule ([`crate::prorata`]), months counted by region.
fn prorata_of(
    ctx: &Ctx,
    rec: &Record,
    pension: &EmployeePension,
) -> Result<Option<crate::prorata::ProRata>, FieldError> {
    let mut by_region = crate::sorted::SortedMap::<String, u32>::new();
    if let Some((r, n)) = rec.summary_block {
        *by_region.entry_or_default(r.to_owned()) += n;
    }
    for m in rec.months.iter() {
        *by_region.entry_or_default(m.region.to_string()) += 1;
    }
    crate::prorata::compare(ctx, pension, &by_region)
}

/// Tells the person that plan months now in the past were valued as planned.
fn warn_unconfirmed(ctx: &Ctx, unconfirmed: &[Unconfirmed]) {
    let months: u32 = unconfirmed.iter().map(|u| u.months).sum();
    if let (Some(first), Some(last)) = (unconfirmed.first(), unconfirmed.last()) {
        ctx.warn(
            "plan_months_unconfirmed",
            format!(
                "{} 到 {} 这 {months} 个月是你之前计划要交的，现在已经过去了，按“交了”计算；如果没交，请告诉我们，会改成断缴",
                first.from, last.to
            ),
            format!(
                "the {months} planned month(s) from {} to {} are now in the past and are counted as paid; say so if they were not, and they become a gap",
                first.from, last.to
            ),
        );
    }
}

/// The calculation context of a scenario: its parameters (with overrides) and assumptions.
pub fn context<'d>(data: &'d Data, s: &Scenario) -> Result<Ctx<'d>, Invalid> {
    context_as(data, s, false)
}

/// [`context`], quiet when `quiet` ([`Ctx::set_quiet`]) from the first lookup on: the default
/// assumptions read while it is made are not recorded for a list nobody will see.
fn context_as<'d>(data: &'d Data, s: &Scenario, quiet: bool) -> Result<Ctx<'d>, Invalid> {
    let mut params =
        Params::new(data, &s.overrides, s.as_of, Decimal::ZERO).map_err(Invalid::new)?;
    if quiet {
        params.set_quiet();
    }
    let assume = Assumed::new(&s.assumptions, &params, s.as_of).map_err(one)?;
    params.set_wage_growth(assume.wage_growth);
    let mut ctx = Ctx::new(params, s.as_of, assume);
    if quiet {
        ctx.set_quiet();
    }
    Ok(ctx)
}

/// Warnings about the figures used: filled past values, unverified ones, national defaults.
fn parameter_warnings(ctx: &Ctx, used: &[Used]) -> Vec<Warning> {
    // Sets of names, in order (a sorted map to `()`: no B-tree code in the wasm module).
    type Names = SortedMap<String, ()>;
    let (mut filled, mut unverified) = (Names::new(), Names::new());
    let (mut projected, mut defaults) = (Names::new(), Names::new());
    for u in used {
        match u.how {
            UsedHow::Filled { future: false, .. } => {
                filled.insert(format!("{} {}", u.param, u.period_from), ());
            }
            UsedHow::Filled { future: true, .. } => {
                projected.insert(u.param.clone(), ());
            }
            UsedHow::Published => {}
        }
        if matches!(u.status, Status::Unverified | Status::Corroborated) {
            unverified.insert(u.param.clone(), ());
        }
        if let Some(key) = u.param.strip_prefix("CN.") {
            if crate::params::spec(key).is_some_and(|sp| sp.scope == crate::params::Scope::Regional)
            {
                defaults.insert(key.to_owned(), ());
            }
        }
    }
    let mut out = Vec::new();
    let list = |s: &Names| s.keys().cloned().collect::<Vec<_>>().join(", ");
    if !filled.is_empty() {
        out.push(Warning {
            code: "parameter_filled",
            zh: format!("以下年份缺少公布数据，按历史增长率推算：{}", list(&filled)),
            en: format!("no published figure for these periods; extrapolated at the historical growth rate: {}", list(&filled)),
        });
    }
    if !projected.is_empty() {
        out.push(Warning {
            code: "parameter_projected",
            zh: format!(
                "未来的工资类参数按假设的工资增长率 {} 推算：{}",
                crate::context::pct(ctx.assume.wage_growth),
                list(&projected)
            ),
            en: format!(
                "future wage figures are projected at the assumed wage growth {}: {}",
                crate::context::pct(ctx.assume.wage_growth),
                list(&projected)
            ),
        });
    }
    if !defaults.is_empty() {
        let names = |zh: bool| {
            defaults
                .keys()
                .filter_map(|k| crate::params::spec(k))
                .map(|sp| if zh { sp.zh } else { sp.en })
                .collect::<Vec<_>>()
                .join(if zh { "、" } else { "; " })
        };
        out.push(Warning {
            code: "regional_default_used",
            zh: format!("这些地方规定没有找到本地数据，按全国的基本规定计算（当地实际规定可能不同）：{}", names(true)),
            en: format!("no regional figure found for these rules; the national baseline was used (the local rule may differ): {}", names(false)),
        });
    }
    let stale = ctx.params.stale();
    if !stale.is_empty() {
        let join = |f: fn(&crate::params::Stale) -> String, sep: &str| {
            stale.iter().map(f).collect::<Vec<_>>().join(sep)
        };
        out.push(Warning {
            code: "parameter_stale",
            zh: format!(
                "这些地方数字比平常的更新周期旧：{}",
                join(crate::params::Stale::zh, "；")
            ),
            en: format!(
                "these regional figures are older than their usual update cycle: {}",
                join(crate::params::Stale::en, "; ")
            ),
        });
    }
    if !unverified.is_empty() {
        out.push(Warning {
            code: "parameter_unverified",
            zh: format!("以下参数没有在官方文件原文中核实（来自参考资料），可在“参数”中改成你知道的数值：{}", list(&unverified)),
            en: format!("these parameters are not yet verified against an official document; you can override them: {}", list(&unverified)),
        });
    }
    out
}

fn timeline(
    months: &[PaidMonth],
    e: &EmployeePension,
    payments: &[Payment],
    r: &ResidentPension,
) -> Vec<TimelineYear> {
    let mut years: Vec<i32> = months.iter().map(|m| m.month.year()).collect();
    years.extend(payments.iter().map(|p| p.month.year()));
    years.extend(e.account_years.iter().map(|a| a.year));
    years.extend(r.account_years.iter().map(|a| a.year));
    crate::sorted::sort_by_key(&mut years, |&y| y);
    years.dedup();
    years
        .into_iter()
        .map(|year| {
            let ms: Vec<&PaidMonth> = months.iter().filter(|m| m.month.year() == year).collect();
            let ps: Vec<&Payment> = payments.iter().filter(|p| p.month.year() == year).collect();
            let n = Decimal::from(ms.len() as u32);
            let mut kinds: Vec<Kind> = Vec::new();
            let mut regions: Vec<String> = Vec::new();
            for (k, reg) in ms
                .iter()
                .map(|m| (m.kind, &*m.region))
                .chain(ps.iter().map(|p| (Kind::Resident, &*p.region)))
            {
                if !kinds.contains(&k) {
                    kinds.push(k);
                }
                if !regions.iter().any(|r| r == reg) {
                    regions.push(reg.to_owned());
                }
            }
            let avg = |f: fn(&PaidMonth) -> Decimal| {
                if ms.is_empty() {
                    Decimal::ZERO
                } else {
                    crate::money::sum(ms.iter().map(|m| f(m))) / n
                }
            };
            TimelineYear {
                year,
                kinds,
                regions,
                employee_months: ms.len() as u32,
                avg_base: avg(|m| m.base),
                avg_index: avg(|m| m.index),
                own_contribution: crate::money::sum(ms.iter().map(|m| m.own))
                    + crate::money::sum(ps.iter().map(|p| p.amount)),
                employee_balance: e
                    .account_years
                    .iter()
                    .find(|a| a.year == year)
                    .map(|a| a.closing),
                resident_balance: r
                    .account_years
                    .iter()
                    .find(|a| a.year == year)
                    .map(|a| a.closing),
            }
        })
        .collect()
}

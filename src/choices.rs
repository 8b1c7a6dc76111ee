//! The decisions a rider faces, side by side: how to pay from now on (employee scheme as a
//! flexible worker at several bases, the resident scheme at each tier of the hukou region, or
//! nothing), and when to stop or retire.
//!
//! Method (one place): each choice replaces the scenario's plan from the first open month
//! (`Scenario::first_open_month`: this month when nothing covers it yet, else the next one)
//! until retirement and is estimated in full with the same assumptions. The pension a person
//! would draw under a choice is the larger payable one of the two schemes (one cannot draw both).
//! An employee record short of the minimum can move into the resident scheme (城乡养老保险制度衔接
//! 暂行办法): for the choices that leave the employee scheme (going home, stopping) the resident
//! pension is then the better of without it and with it (see `drawn`;
//! until 2026-12 the record was left unused here, which understated going home several times over
//! for a rider with a few employee years). Payback (回本) = own contributions under the choice ÷ the monthly gain over
//! paying nothing: months of pension to get back what was paid; none when there is no gain.
//! Expected lifetime pension: the drawn pension over the expected months of pension at its start
//! age (life table, [`crate::lifetable`]), raised each year by the assumed adjustment (employee:
//! `pension_adjustment`; resident: `resident_base_growth` on the base part). Each choice's
//! pension comes with its uncertainty range ([`crate::range`]), the same draws for every choice.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::{Code, Invalid};
use crate::estimate::{estimate_figures, Estimate, Shared};
use crate::lifetable::Lifetime;
use crate::money::{fen, ratio_dp, ser_opt_yuan, ser_plain, ser_yuan};
use crate::params::Data;
use crate::range::{figures, Draws, Figures, Outcome};
use crate::scenario::{Base, Kind, Retirement, RetirementMode, Scenario, Segment};
use crate::Month;

/// One way of paying from now on.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Choice {
    /// Stable id: `flexible_0.6`, `resident_200`, `none`.
    pub id: String,
    /// Flexible, resident, or gap (paying nothing).
    pub kind: Kind,
    /// The base, for flexible.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<Base>,
    /// The yearly amount, for resident.
    #[ts(type = "string", optional)]
    #[serde(
        serialize_with = "ser_opt_yuan",
        skip_serializing_if = "Option::is_none"
    )]
    pub tier: Option<Decimal>,
    /// Where it is paid.
    pub region: String,
    /// What the first month costs the person (resident: a twelfth of the year's amount).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub monthly_cost_now: Decimal,
    /// Everything the person pays under this choice until retirement (nominal).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub own_contributions: Decimal,
    /// `employee`, `resident` or `none`: which pension the person would draw.
    pub scheme: &'static str,
    /// That pension per month (nominal, at its start).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pension: Decimal,
    /// The same in today's money.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pension_today: Decimal,
    /// When it starts.
    pub start: Month,
    /// Whether the pension starts as the scenario's retirement asks. `false` when that is early
    /// retirement and this way of paying does not reach the minimum years it needs
    /// (国务院关于渐进式延迟法定退休年龄的办法 第三条, see [`crate::retirement`]): the choice is then
    /// estimated at the statutory month, and `start` says so.
    pub retires_as_chosen: bool,
    /// Whether the pension is the resident one with the employee record moved in (resident and
    /// `none` choices): the employee years fall short of the minimum, and moving the record (at
    /// the employee retirement month) pays more over the expected retirement than the resident
    /// pension without it. `start` is then the move's month when that is after the resident claim
    /// age.
    pub moved_record: bool,
    /// Employee pension under this choice (0 when short of the minimum).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub employee_pension: Decimal,
    /// Resident pension under this choice (0 when short of the minimum).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub resident_pension: Decimal,
    /// More per month than paying nothing (nominal).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub gain: Decimal,
    /// Months of that gain needed to get back `own_contributions` (one decimal); none without a gain.
    #[ts(type = "string | null")]
    #[serde(serialize_with = "crate::money::ser_opt_plain")]
    pub payback_months: Option<Decimal>,
    /// The pension as a share of the benefit location's average wage when it starts.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_plain")]
    pub replacement_rate: Decimal,
    /// Account balances at the pension start: what heirs receive if the person dies before
    /// drawing (个人账户余额可以依法继承).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub heirs_receive: Decimal,
    /// The drawn pension over the expected retirement (life table, yearly adjustment).
    pub lifetime: Lifetime,
    /// The range of the drawn pension's headline figures (per month nominal and today,
    /// lifetime nominal and today).
    pub range: Figures,
}

/// Stopping, going on for N years, or retiring earlier or later, with the current plan.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Variant {
    /// `stop_now`, `continue_5y`, `retire_early_12m`, `retire_late_24m`, `as_planned`.
    pub id: String,
    /// Whether this variant is allowed (early retirement needs the minimum years).
    pub possible: bool,
    /// When the employee pension starts.
    pub start: Option<Month>,
    /// Whether the minimum years are met.
    pub eligible: bool,
    /// Employee pension per month (nominal).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pension: Decimal,
    /// The formula amount in today's money.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pension_today: Decimal,
    /// Contribution months counted.
    pub months: u32,
    /// The minimum for the start year.
    pub min_months: u32,
}

/// Paying only until the minimum years are reached, then nothing (交够年限就停): for a record
/// short of the minimum, the fewest months at the lowest base that make the employee pension
/// payable. A rider six months short sees that six months' payments, not twenty years of them,
/// buy a monthly employee pension. The minimum is the one in force when the statutory age is
/// reached (《国务院关于渐进式延迟法定退休年龄的办法》第二条, "将职工按月领取基本养老金最低缴费年限
/// 由十五年逐步提高至二十年", read as in [`crate::minimum`]), so paying earlier does not change it.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Enough {
    /// The months paid, from the first open month.
    pub months: u32,
    /// The last month paid.
    pub to: Month,
    /// That way of paying, priced like the others: flexible work at 60 % of the work region's
    /// average wage (the lowest base) from the first open month to `to`
    /// (id `flexible_0.6_enough`).
    pub choice: Choice,
}

/// Choices and variants.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Choices {
    /// Ways of paying from now on.
    pub choices: Vec<Choice>,
    /// Paying only until the minimum is reached. None when the record without a plan already
    /// reaches it, when paying until the pension start is needed (the 60 % choice is that plan,
    /// and a record still short then has the estimate's `options.extension`), or when those
    /// months do not make the pension payable.
    pub enough: Option<Enough>,
    /// When to stop or retire.
    pub variants: Vec<Variant>,
}

/// The pension a person would draw under an estimate, with its expected lifetime total.
struct Drawn {
    /// `employee`, `resident` or `none`.
    scheme: &'static str,
    pension: Decimal,
    today: Decimal,
    start: Month,
    lifetime: Lifetime,
    /// The resident pension counts the employee record moved in ([`Estimate::moved`]).
    moved: Option<crate::resident::ResidentPension>,
}

/// The larger payable pension of the two schemes. For a choice that leaves the employee scheme
/// (`leaves`: paying into the resident scheme, or nothing) with an employee record short of the
/// minimum, the resident pension is the better of two ways (城乡养老保险制度衔接暂行办法
/// (人社部发〔2014〕17号) 第三条: such a record may move into the resident scheme at the employee
/// retirement month; 第六条: its account balance and years go with it): without the record, from
/// the resident claim age; or with it, from the move when that is later — whichever pays more over
/// the expected retirement in today's money (`lifetime.total_today`; the first on a tie). A choice
/// that keeps paying into the employee scheme and still falls short is not moved: extending the
/// payments after retirement is its way on (often a few months: `employee.options.extension`).
fn drawn(
    ctx: &crate::context::Ctx,
    s: &Scenario,
    e: &Estimate,
    leaves: bool,
) -> Result<Drawn, Invalid> {
    let (p, r) = (&e.employee.pension, &e.resident);
    if p.total > Decimal::ZERO && p.total >= r.total {
        return Ok(Drawn {
            scheme: "employee",
            pension: p.total,
            today: p.formula_total_today,
            start: p.start,
            lifetime: e.lifetime.employee.clone(),
            moved: None,
        });
    }
    let as_is = (r.total > Decimal::ZERO).then(|| Drawn {
        scheme: "resident",
        pension: r.total,
        today: r.formula_total_today,
        start: r.claim_month,
        lifetime: e.lifetime.resident.clone(),
        moved: None,
    });
    let moved = match e
        .moved
        .as_ref()
        .filter(|m| leaves && m.pension.total > Decimal::ZERO)
    {
        Some(m) => {
            let x = &m.pension;
            let lifetime = crate::lifetable::for_pensions(ctx, s.person.sex, s.person.birth, p, x)
                .map_err(Invalid::one)?
                .resident;
            Some(Drawn {
                scheme: "resident",
                pension: x.total,
                today: x.formula_total_today,
                start: x.claim_month,
                lifetime,
                moved: Some(x.clone()),
            })
        }
        None => None,
    };
    Ok(match (as_is, moved) {
        (Some(a), Some(m)) if m.lifetime.total_today <= a.lifetime.total_today => a,
        (_, Some(m)) => m,
        (Some(a), None) => a,
        (None, None) => Drawn {
            scheme: "none",
            pension: Decimal::ZERO,
            today: Decimal::ZERO,
            start: p.start,
            lifetime: Lifetime {
                expected_months: e.lifetime.employee.expected_months,
                ..Lifetime::default()
            },
            moved: None,
        },
    })
}

/// The ranges of employee pensions drawn so far, by kernel and central figures: the choices that
/// leave the employee record as it is (each resident tier, paying nothing) draw the same
/// employee pension, whose range is then the same.
type EmployeeRanges = Vec<(crate::range::Kernel, [Decimal; 4], Figures)>;

/// The range of what is drawn (the same draws for every choice).
fn drawn_range(
    ctx: &crate::context::Ctx,
    e: &Estimate,
    d: &Drawn,
    draws: &Draws,
    seen: &mut EmployeeRanges,
) -> Figures {
    let central = [d.pension, d.today, d.lifetime.total, d.lifetime.total_today];
    // Natively only, as the employee sides they come from (`estimate::KEEP_SIDES`).
    let keep = crate::estimate::KEEP_SIDES && d.scheme == "employee";
    let k = &e.kernels.employee;
    if let Some((_, _, f)) =
        (seen.iter().filter(|_| keep)).find(|(x, c, _)| c == &central && x == k)
    {
        return f.clone();
    }
    let outcomes: Vec<Outcome> = match (d.scheme, &d.moved) {
        ("employee", _) => draws.employee(k),
        ("resident", Some(x)) => {
            let k = crate::range::ResidentKernel::new(ctx, x, d.lifetime.expected_months);
            draws.draws.iter().map(|dr| k.outcome(dr)).collect()
        }
        ("resident", None) => (draws.draws.iter())
            .map(|dr| e.kernels.resident.outcome(dr))
            .collect(),
        _ => draws.draws.iter().map(|_| Outcome::default()).collect(),
    };
    let f = figures(central, &outcomes);
    if keep {
        seen.push((k.clone(), central, f.clone()));
    }
    f
}

/// Estimates `t`; when the retirement it asks for is impossible under its plan (early retirement
/// needs the minimum years), at the statutory month instead, answering `false` beside it.
fn estimate_at_chosen_or_statutory<'d>(
    data: &'d Data,
    t: &Scenario,
    shared: &Shared<'d>,
) -> Result<(Estimate, bool), Invalid> {
    match estimate_figures(data, t, shared) {
        Err(e)
            if t.retirement.mode != RetirementMode::Statutory
                && e.errors.iter().all(|f| f.code == Code::RetirementChoice) =>
        {
            let statutory = Scenario {
                retirement: Retirement {
                    mode: RetirementMode::Statutory,
                    months: 0,
                    ..t.retirement.clone()
                },
                ..t.clone()
            };
            estimate_figures(data, &statutory, shared).map(|e| (e, false))
        }
        other => other.map(|e| (e, true)),
    }
}

fn with_plan(s: &Scenario, plan: Vec<Segment>) -> Scenario {
    Scenario {
        plan: from_now(s, plan),
        ..s.clone()
    }
}

/// The plan of a choice: the plan's months so far (planned months now in the past stay as they
/// were: the choice is about the months from now on) followed by `future`.
fn from_now(s: &Scenario, future: Vec<Segment>) -> Vec<Segment> {
    let mut plan = s.plan_so_far();
    plan.extend(future);
    plan
}

/// A way of paying to try: id, kind, base, tier, region.
type Option_ = (String, Kind, Option<Base>, Option<Decimal>, String);

/// Compares the choices for a scenario.
pub fn compare(data: &Data, s: &Scenario) -> Result<Choices, Invalid> {
    let shared = Shared::keeping_sides();
    let ctx = shared.context(data, s)?;
    let (none_est, _) = estimate_at_chosen_or_statutory(data, &with_plan(s, Vec::new()), &shared)?;
    let draws = Draws::new(&ctx.assume);
    let hukou = none_est.hukou.clone();
    let work = s
        .history
        .iter()
        .chain(&s.plan)
        .rev()
        .find(|g| g.kind.is_employee_scheme())
        .and_then(|g| g.region.clone())
        .map(|r| data.region(&r).map_or(r, |x| x.code.clone()))
        .unwrap_or_else(|| hukou.clone());
    // Paying from the first open month, or from the 16th birthday for someone younger (no
    // contributions before 16: see `validate::MIN_WORK_AGE_YEARS`).
    let first = s.first_open_month().max(
        s.person
            .birth
            .plus(crate::validate::MIN_WORK_AGE_YEARS * 12),
    );
    let wage_now = ctx
        .params
        .value("$", &work, "avg_wage", first)
        .map_err(Invalid::one)?;
    let flex_rate = ctx
        .params
        .value("$", &work, "flex_rate", first)
        .map_err(Invalid::one)?;
    let tiers: Vec<Decimal> = ctx
        .params
        .tiers("$", &hukou, first)
        .map_err(Invalid::one)?
        .iter()
        .map(|t| t.amount)
        .collect();

    let mut options: Vec<Option_> = Vec::new();
    for r in ["0.6", "1", "1.5", "3"] {
        let ratio = crate::money::parse_decimal(r).unwrap_or(Decimal::ONE);
        options.push((
            format!("flexible_{r}"),
            Kind::Flexible,
            Some(Base::Ratio(ratio)),
            None,
            work.clone(),
        ));
    }
    for t in tiers {
        options.push((
            format!("resident_{}", t.normalize()),
            Kind::Resident,
            None,
            Some(t),
            hukou.clone(),
        ));
    }
    options.push(("none".into(), Kind::Gap, None, None, hukou.clone()));

    let none_pension = drawn(ctx, s, &none_est, true)?.pension;
    // One working copy of the scenario: each choice and variant only sets its plan and
    // retirement.
    let mut t = s.clone();
    let mut choices = Vec::new();
    let mut employee_ranges = EmployeeRanges::new();
    // One choice priced: its plan from the first open month (`future`), estimated in full.
    let mut price = |(id, kind, base, tier, region): Option_,
                     future: Vec<Segment>|
     -> Result<Choice, Invalid> {
        t.plan = from_now(s, future);
        let (e, retires_as_chosen) = estimate_at_chosen_or_statutory(data, &t, &shared)?;
        let d = drawn(ctx, s, &e, kind != Kind::Flexible)?;
        let (scheme, pension, pension_today, start) = (d.scheme, d.pension, d.today, d.start);
        let own = match kind {
            Kind::Resident => e.resident.own_contributions - none_est.resident.own_contributions,
            _ => e.employee.pension.own_contributions - none_est.employee.pension.own_contributions,
        };
        let monthly_cost_now = match (kind, base, tier) {
            (Kind::Flexible, Some(Base::Ratio(r)), _) => fen(r * wage_now * flex_rate),
            (Kind::Resident, _, Some(t)) => fen(t / Decimal::from(12)),
            _ => Decimal::ZERO,
        };
        let gain = pension - none_pension;
        let range = drawn_range(ctx, &e, &d, &draws, &mut employee_ranges);
        let wage_at_start = ctx
            .params
            .value("$", &e.benefit_location.region, "avg_wage", start)
            .map_err(Invalid::one)?;
        Ok(Choice {
            id,
            kind,
            base,
            tier,
            region,
            monthly_cost_now,
            own_contributions: fen(own),
            scheme,
            pension,
            pension_today,
            start,
            retires_as_chosen,
            moved_record: d.moved.is_some(),
            employee_pension: e.employee.pension.total,
            resident_pension: e.resident.total,
            gain,
            payback_months: (gain > Decimal::ZERO).then(|| (fen(own) / gain).round_dp(1)),
            replacement_rate: ratio_dp(pension.checked_div(wage_at_start).unwrap_or_default(), 4),
            heirs_receive: e.employee.pension.balance + e.resident.balance,
            lifetime: d.lifetime,
            range,
        })
    };
    for (id, kind, base, tier, region) in options {
        let plan = if kind == Kind::Gap {
            Vec::new()
        } else {
            vec![Segment {
                from: first,
                to: None,
                kind,
                region: Some(region.clone()),
                base,
                tier,
            }]
        };
        choices.push(price((id, kind, base, tier, region), plan)?);
    }
    let enough = match enough_months(&none_est, first) {
        Some((months, to)) => {
            let floor = Some(Base::FLOOR);
            let paid = Segment {
                from: first,
                to: Some(to),
                kind: Kind::Flexible,
                region: Some(work.clone()),
                base: floor,
                tier: None,
            };
            let id = "flexible_0.6_enough".to_string();
            // The record and the other choices were estimated: a refusal now would concern only
            // this plan, which is then not offered rather than failing the whole comparison.
            price((id, Kind::Flexible, floor, None, work.clone()), vec![paid])
                .ok()
                .filter(|c| c.employee_pension > Decimal::ZERO && to < c.start)
                .map(|choice| Enough { months, to, choice })
        }
        None => None,
    };

    let mut variants = Vec::new();
    // The plan as it stands next month (a plan saved earlier may have started already).
    let next = |g: &&Segment| g.from <= first && g.to.is_none_or(|t| t >= first);
    let as_planned = (s.plan.iter().find(next).or(s.plan.first()).cloned()).unwrap_or(Segment {
        from: first,
        to: None,
        kind: Kind::Flexible,
        region: Some(work.clone()),
        base: Some(Base::FLOOR),
        tier: None,
    });
    // Each variant: its id, plan and retirement.
    let mut runs: Vec<(String, Vec<Segment>, Retirement)> = vec![
        ("as_planned".into(), s.plan.clone(), s.retirement.clone()),
        (
            "stop_now".into(),
            from_now(s, Vec::new()),
            s.retirement.clone(),
        ),
    ];
    for years in [1, 2, 5, 10] {
        let seg = Segment {
            from: first,
            to: Some(first.plus(12 * years - 1)),
            ..as_planned.clone()
        };
        runs.push((
            format!("continue_{years}y"),
            from_now(s, vec![seg]),
            s.retirement.clone(),
        ));
    }
    for (mode, label) in [
        (RetirementMode::Early, "early"),
        (RetirementMode::Late, "late"),
    ] {
        for m in [12u32, 36] {
            let mut r = s.retirement.clone();
            r.mode = mode;
            r.months = m;
            runs.push((format!("retire_{label}_{m}m"), s.plan.clone(), r));
        }
    }
    for (id, plan, retirement) in runs {
        t.plan = plan;
        t.retirement = retirement;
        let v = match estimate_figures(data, &t, &shared) {
            Ok(e) => {
                let p = &e.employee.pension;
                Variant {
                    id,
                    possible: true,
                    start: Some(p.start),
                    eligible: p.eligible,
                    pension: p.total,
                    pension_today: p.formula_total_today,
                    months: p.contribution_months + p.deemed_months,
                    min_months: p.min_months,
                }
            }
            Err(_) => Variant {
                id,
                possible: false,
                start: None,
                eligible: false,
                pension: Decimal::ZERO,
                pension_today: Decimal::ZERO,
                months: 0,
                min_months: 0,
            },
        };
        variants.push(v);
    }
    Ok(Choices {
        choices,
        enough,
        variants,
    })
}

/// The months still missing from the minimum without a plan (`none`: the record as it stands),
/// paid from `first`, and the last of them — when they end before the month before the pension
/// starts (paying to the start is the 60 % choice itself).
fn enough_months(none: &Estimate, first: Month) -> Option<(u32, Month)> {
    let p = &none.employee.pension;
    let months = p.shortfall_months;
    if p.eligible || months == 0 {
        return None;
    }
    let to = first.plus(i32::try_from(months).ok()? - 1);
    (to < p.start.plus(-1)).then_some((months, to))
}

//! The effect of gaps (断缴): every stretch without contributions in either scheme, from the
//! first contribution to the pension start, and what filling it would change.
//!
//! Method (one place): a gap is filled by adding a flexible-worker segment over exactly its months
//! — (a) at the base of the neighbouring employee-scheme segment (the one before it, else the one
//! after it) in that segment's region, and (b) at 60 % of the average wage there (the floor) — and
//! the whole estimate is recomputed with the same assumptions. The difference is the effect of
//! that gap alone; "all gaps" fills every gap at once at the neighbouring level. Months before the
//! first contribution are not a gap (nothing had started); months after the plan ends are.
//!
//! Past and to come: the months before the valuation month are past; the valuation month is still
//! open (it can be paid while it lasts) and belongs, with the months after it, to what is still to
//! come (`planned`). A stretch that runs over the valuation month is two gaps, split there: a rider
//! who stopped paying two years ago sees what those two years cost, apart from what not paying
//! from now on would.
//!
//! Over an expected retirement: the pension start does not move when a gap is filled, so the
//! difference over the expected months of pension (life table, [`crate::lifetable`]) is the
//! difference of the two lifetime totals, each with the assumed yearly adjustment. Each
//! difference comes with its uncertainty range ([`crate::range`]): the same draws are run on the
//! record with and without the gap filled, and the band is taken over the draws' differences.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::Invalid;
use crate::estimate::{estimate_figures, Estimate, Shared};
use crate::money::{fen, ser_yuan};
use crate::params::Data;
use crate::range::{figures, Draws, Figures, Outcome};
use crate::scenario::{Base, Kind, Scenario, Segment};
use crate::Month;

/// What filling one way would give.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Filled {
    /// The base used.
    pub base: Base,
    /// The region paid in.
    pub region: String,
    /// Employee pension per month with the gap filled (nominal; 0 if still short of the minimum).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pension: Decimal,
    /// The same in today's money (the formula amount, as if eligible).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pension_today: Decimal,
    /// More per month than without filling (nominal, payable amounts).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub gain: Decimal,
    /// More per month in today's money (formula amounts).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub gain_today: Decimal,
    /// What the person would pay to fill it (nominal).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub cost: Decimal,
    /// Whether filling it makes the person reach the minimum years.
    pub decides_eligibility: bool,
    /// More over the expected retirement (nominal, payable amounts, with the yearly adjustment).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub gain_lifetime: Decimal,
    /// The same in today's money.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub gain_lifetime_today: Decimal,
    /// The range of the four gains (per month nominal and today, lifetime nominal and today).
    pub gain_range: Figures,
}

/// One gap and its effect.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Gap {
    /// First month without contributions.
    pub from: Month,
    /// Last month without contributions.
    pub to: Month,
    /// Its length in months.
    pub months: u32,
    /// Whether it is still to come (from the valuation month on) rather than past.
    pub planned: bool,
    /// Filled at the neighbouring segment's base (none without such a segment, or when the
    /// filled record cannot be estimated, e.g. months before the parameter data starts).
    pub at_neighbour: Option<Filled>,
    /// Filled at 60 % of the average wage (none when the filled record cannot be estimated).
    pub at_floor: Option<Filled>,
}

/// All gaps, their total effect, and the one that buys the most pension per yuan.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct GapAnalysis {
    /// The employee pension as the record stands (per month, nominal).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pension_now: Decimal,
    /// Expected months of pension (life table) the lifetime figures are taken over.
    pub expected_months: u32,
    /// Each gap.
    pub gaps: Vec<Gap>,
    /// Every gap filled at the neighbouring level (none without gaps next to a segment, or when
    /// that record cannot be estimated).
    pub all_filled: Option<Filled>,
    /// Index into `gaps` of the gap whose filling (at the neighbouring level) adds the most
    /// pension in today's money per yuan paid.
    pub best: Option<usize>,
}

/// A stretch over the valuation month `now` split there: the months before it, and `now` on.
fn split_at(gaps: Vec<(Month, Month)>, now: Month) -> Vec<(Month, Month)> {
    let mut out = Vec::with_capacity(gaps.len() + 1);
    for (from, to) in gaps {
        if from < now && now <= to {
            out.push((from, now.plus(-1)));
            out.push((now, to));
        } else {
            out.push((from, to));
        }
    }
    out
}

/// Stretches of months without any contribution between the first contribution and `stop`
/// (exclusive), from the scenario's segments.
fn find_gaps(s: &Scenario, stop: Month) -> Vec<(Month, Month)> {
    let mut paying: Vec<(Month, Month)> = s
        .history
        .iter()
        .chain(&s.plan)
        .filter(|g| g.kind != Kind::Gap)
        .map(|g| (g.from, g.to.unwrap_or(stop.plus(-1)).min(stop.plus(-1))))
        .filter(|(a, b)| a <= b)
        .collect();
    if let Some(sum) = &s.summary {
        if sum.employee_months > 0 || sum.resident_years > 0 {
            paying.push((sum.at, sum.at));
        }
    }
    crate::sorted::sort_by_key(&mut paying, |&p| p);
    let mut gaps = Vec::new();
    let mut covered_to: Option<Month> = None;
    for (a, b) in paying {
        if let Some(end) = covered_to {
            if a > end.plus(1) {
                gaps.push((end.plus(1), a.plus(-1)));
            }
        }
        covered_to = Some(covered_to.map_or(b, |e| e.max(b)));
    }
    if let Some(end) = covered_to {
        if end.plus(1) < stop {
            gaps.push((end.plus(1), stop.plus(-1)));
        }
    }
    gaps
}

/// The employee-scheme segment next to a gap (before it, else after it): its base and region.
fn neighbour(s: &Scenario, from: Month) -> Option<(Base, String)> {
    let segs: Vec<&Segment> = s
        .history
        .iter()
        .chain(&s.plan)
        .filter(|g| g.kind.is_employee_scheme())
        .collect();
    let before = segs.iter().filter(|g| g.from < from).max_by_key(|g| g.from);
    let after = segs.iter().filter(|g| g.from > from).min_by_key(|g| g.from);
    before
        .or(after)
        .and_then(|g| Some((g.base?, g.region.clone()?)))
}

/// Whether two bases are the same kind and the same decimal, digits and scale alike.
fn same_digits(a: &Base, b: &Base) -> bool {
    match (a, b) {
        (Base::Ratio(x), Base::Ratio(y)) | (Base::Amount(x), Base::Amount(y)) => {
            x.serialize() == y.serialize()
        }
        _ => false,
    }
}

/// Adds flexible segments over `fills` (each in the history or the plan, split at `as_of`).
fn with_filled(s: &Scenario, fills: &[(Month, Month, Base, String)]) -> Scenario {
    let mut t = s.clone();
    for (from, to, base, region) in fills {
        let seg = |a: Month, b: Month| Segment {
            from: a,
            to: Some(b),
            kind: Kind::Flexible,
            region: Some(region.clone()),
            base: Some(*base),
            tier: None,
        };
        // Explicit gap segments over these months give them up first (they would overlap):
        // what lies outside the filled months stays a gap.
        for list in [&mut t.history, &mut t.plan] {
            let mut kept = Vec::new();
            for g in list.drain(..) {
                let end =
                    g.to.unwrap_or(Month::new(crate::month::MAX_YEAR, 12).unwrap_or(*to));
                if g.kind != Kind::Gap || end < *from || g.from > *to {
                    kept.push(g);
                    continue;
                }
                if g.from < *from {
                    kept.push(Segment {
                        to: Some(from.plus(-1)),
                        ..g.clone()
                    });
                }
                if end > *to {
                    kept.push(Segment {
                        from: to.plus(1),
                        ..g
                    });
                }
            }
            *list = kept;
        }
        if *from <= s.as_of {
            t.history.push(seg(*from, (*to).min(s.as_of)));
        }
        if *to > s.as_of {
            t.plan.push(seg((*from).max(s.as_of.plus(1)), *to));
        }
    }
    crate::sorted::sort_by_key(&mut t.history, |g| g.from);
    crate::sorted::sort_by_key(&mut t.plan, |g| g.from);
    t
}

fn filled<'d>(
    data: &'d Data,
    s: &Scenario,
    now: &Estimate,
    draws: &Draws,
    now_outcomes: &[Outcome],
    shared: &Shared<'d>,
    fills: &[(Month, Month, Base, String)],
) -> Result<Filled, Invalid> {
    let e = estimate_figures(data, &with_filled(s, fills), shared)?;
    let (p, p0) = (&e.employee.pension, &now.employee.pension);
    let (l, l0) = (&e.lifetime.employee, &now.lifetime.employee);
    let (base, region) = fills
        .first()
        .map(|f| (f.2, f.3.clone()))
        .unwrap_or((Base::FLOOR, String::new()));
    let diffs: Vec<Outcome> = draws
        .employee(&e.kernels.employee)
        .iter()
        .zip(now_outcomes)
        .map(|(a, b)| Outcome {
            pension: a.pension - b.pension,
            pension_today: a.pension_today - b.pension_today,
            lifetime: a.lifetime - b.lifetime,
            lifetime_today: a.lifetime_today - b.lifetime_today,
        })
        .collect();
    let gain = p.total - p0.total;
    let gain_today = p.formula_total_today - p0.formula_total_today;
    let gain_lifetime = l.total - l0.total;
    let gain_lifetime_today = l.total_today - l0.total_today;
    Ok(Filled {
        base,
        region,
        pension: p.total,
        pension_today: p.formula_total_today,
        gain,
        gain_today,
        cost: fen(p.own_contributions - p0.own_contributions),
        decides_eligibility: p.eligible && !p0.eligible,
        gain_lifetime,
        gain_lifetime_today,
        gain_range: figures(
            [gain, gain_today, gain_lifetime, gain_lifetime_today],
            &diffs,
        ),
    })
}

/// Analyses the gaps of a scenario (with the embedded or any other data set).
pub fn analyse(data: &Data, s: &Scenario) -> Result<GapAnalysis, Invalid> {
    // The record as it stands: only its figures and kernels are compared, so it is estimated
    // like the variants (without the report's parts or its own range).
    let shared = Shared::default();
    let now = estimate_figures(data, s, &shared)?;
    let draws = Draws::new(&now.assumptions);
    let now_outcomes = draws.employee(&now.kernels.employee);
    let stop = now.employee.pension.start;
    let floor = Base::FLOOR;
    // The record itself was estimated: a refusal now concerns only the filling tried (months
    // before the parameter data starts, say), which is then reported as not estimable (`None`)
    // instead of failing the analysis of every other gap.
    let fill = |fills: &[(Month, Month, Base, String)]| {
        filled(data, s, &now, &draws, &now_outcomes, &shared, fills).ok()
    };
    let mut gaps = Vec::new();
    let mut all = Vec::new();
    // The filling of the last gap put in `all`: "all gaps" when there is only one (the same
    // filling).
    let mut last_neighbour = None;
    for (from, to) in split_at(find_gaps(s, stop), s.as_of) {
        let months = from.months_until(to) as u32 + 1;
        let near = neighbour(s, from);
        let region = near
            .as_ref()
            .map(|n| n.1.clone())
            .unwrap_or_else(|| now.benefit_location.region.clone());
        let at_neighbour = match &near {
            Some((base, region)) => {
                all.push((from, to, *base, region.clone()));
                let f = fill(&[(from, to, *base, region.clone())]);
                last_neighbour.clone_from(&f);
                f
            }
            None => None,
        };
        // A neighbour paying at the floor already (60 %, the level most flexible workers pay)
        // makes both fillings the same, in the same region: estimated once. The same base
        // digit for digit, scale too: nothing is assumed of how the scale would round.
        let at_floor = match (&near, &at_neighbour) {
            (Some((base, _)), Some(f)) if same_digits(base, &floor) => Some(f.clone()),
            _ => fill(&[(from, to, floor, region)]),
        };
        gaps.push(Gap {
            from,
            to,
            months,
            planned: from >= s.as_of,
            at_neighbour,
            at_floor,
        });
    }
    let all_filled = match all.len() {
        0 => None,
        1 => last_neighbour,
        _ => fill(&all),
    };
    let best = gaps
        .iter()
        .enumerate()
        .filter_map(|(i, g)| {
            g.at_neighbour
                .as_ref()
                .filter(|f| f.cost > Decimal::ZERO)
                .map(|f| (i, f.gain_today / f.cost))
        })
        .max_by(|a, b| a.1.cmp(&b.1))
        .map(|(i, _)| i);
    Ok(GapAnalysis {
        pension_now: now.employee.pension.total,
        expected_months: now.lifetime.employee.expected_months,
        gaps,
        all_filled,
        best,
    })
}

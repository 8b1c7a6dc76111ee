//! The uncertainty range: how the headline figures move when the long-run assumptions do.
//!
//! Method (one place; all of it modelling assumptions, stated with the figures):
//!
//! - **What varies.** Three long-run averages: wage growth g, the employee account's crediting
//!   rate r (for years without a published rate), and the yearly pension adjustment a. Each draw
//!   takes each one from a normal distribution around the central assumption with the standard
//!   deviation in the assumptions (`wage_growth_sd`, `crediting_rate_sd`,
//!   `pension_adjustment_sd`), independently, cut to the allowed -10 % … 20 %. A draw is one
//!   long-run average held for the whole future: year-to-year noise averages out over decades
//!   and is not modelled; nor is the tendency of wages and the crediting rate to move together.
//! - **Random numbers.** SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number
//!   generators", OOPSLA 2014) from the seed; normal deviates as the sum of twelve uniforms minus
//!   six (Irwin–Hall). Only additions, multiplications and divisions: the same seed and the same
//!   number of draws give the same range on every platform, native or WebAssembly.
//! - **What is recomputed per draw.** The record (months, bases as shares of the wage, indices,
//!   eligibility, the start month) stays as computed once; each draw re-runs only what the three
//!   rates touch: wages from the valuation month on (a month k months after it carries ⌈k/12⌉
//!   years of the draw's growth instead of the central one's, so the basic and transitional parts
//!   scale with C and future account credits with the wage), the account's interest in years
//!   without a published rate, the deflator to today's money, and the lifetime sums. Bases set
//!   as fixed amounts are treated like the rest (as if they followed wages): an approximation.
//!   This inner loop runs in `f64` (fast enough for hundreds of draws; the amounts are rounded
//!   to the fen through [`crate::money`] when reported). The central figures stay the exact
//!   `Decimal` ones.
//! - **What is reported.** For each figure: `low` = the 10th percentile of the draws and `high`
//!   the 90th (nearest rank), with `low` lowered to the central figure and `high` raised to it
//!   when the central figure falls outside, so the range always contains it.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::money::{fen, ser_yuan};
use crate::Month;

/// SplitMix64: a 64-bit state advanced by a constant, output mixed (public-domain reference
/// algorithm by Sebastiano Vigna, after Steele, Lea & Flood 2014).
#[derive(Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in (0, 1): 53 random bits, never 0.
    pub fn uniform(&mut self) -> f64 {
        ((self.next_u64() >> 11) as f64 + 0.5) / (1u64 << 53) as f64
    }

    /// A standard normal deviate, approximated by the sum of twelve uniforms minus six
    /// (Irwin–Hall: mean 0 and variance 1 exactly, tails cut at ±6 standard deviations, far
    /// beyond the 10th–90th percentiles reported). Chosen over Box–Muller to keep logarithms and
    /// trigonometry out of the WebAssembly module.
    pub fn normal(&mut self) -> f64 {
        (0..12).map(|_| self.uniform()).sum::<f64>() - 6.0
    }
}

/// One draw of the three long-run rates.
#[derive(Clone, Copy, PartialEq)]
pub struct Draw {
    /// Wage growth.
    pub wage_growth: f64,
    /// Crediting rate.
    pub crediting_rate: f64,
    /// Pension adjustment.
    pub pension_adjustment: f64,
}

/// A decimal as `f64` by its mantissa and scale (much cheaper than the exact conversion, and
/// as close as the inner loop needs: within a few units in the last place).
fn f(d: Decimal) -> f64 {
    const TEN: [f64; 29] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
    ];
    d.mantissa() as f64 / TEN[(d.scale() as usize).min(28)]
}

/// The draws for the resolved assumptions (deterministic for the seed). Natively the draws of
/// the last assumptions asked for are kept per thread and copied out: the three parts of an
/// analysis (its headline, gaps and choices) ask for the same ones, and so does a batch's every
/// rider who keeps the default assumptions (docs/speed.md, round 7).
pub fn draws(a: &crate::context::Resolved) -> Vec<Draw> {
    if a.draws == 0 {
        // No range asked for (an analysis's inner estimates): nothing drawn, nothing kept.
        return Vec::new();
    }
    let means = means(a);
    if !KEEP_DRAWS {
        return draw(a.seed, a.draws, means);
    }
    // The draws are a function of these alone (bit for bit: the same bits, the same draws).
    let key = DrawsKey {
        seed: a.seed,
        count: a.draws,
        means: means.map(f64::to_bits),
    };
    let kept = LAST_DRAWS.with(|last| {
        (last.borrow().as_ref())
            .filter(|(k, _)| *k == key)
            .map(|(_, d)| d.clone())
    });
    if let Some(d) = kept {
        return d;
    }
    let d = draw(a.seed, a.draws, means);
    LAST_DRAWS.with(|last| *last.borrow_mut() = Some((key, d.clone())));
    d
}

/// The three rates' means, each followed by its spread, as the draws read them: wage growth,
/// crediting rate, pension adjustment.
fn means(a: &crate::context::Resolved) -> [f64; 6] {
    [
        f(a.wage_growth),
        f(a.wage_growth_sd),
        f(a.crediting_rate),
        f(a.crediting_rate_sd),
        f(a.pension_adjustment),
        f(a.pension_adjustment_sd),
    ]
}

/// What the draws are made from.
#[derive(Clone, Copy, PartialEq)]
struct DrawsKey {
    seed: u64,
    count: u32,
    means: [u64; 6],
}

/// Whether the last draws are kept ([`draws`]): natively; not in the wasm, whose download has no
/// room for the code.
const KEEP_DRAWS: bool = !cfg!(target_arch = "wasm32");

thread_local! {
    static LAST_DRAWS: std::cell::RefCell<Option<(DrawsKey, Vec<Draw>)>> =
        const { std::cell::RefCell::new(None) };
}

/// `count` draws from `seed`, the rates' means and spreads `m` ([`means`]).
fn draw(seed: u64, count: u32, m: [f64; 6]) -> Vec<Draw> {
    let mut rng = SplitMix64::new(seed);
    let cut = |x: f64| x.clamp(-0.1, 0.2);
    (0..count)
        .map(|_| {
            let (z1, z2, z3) = (rng.normal(), rng.normal(), rng.normal());
            Draw {
                wage_growth: cut(m[0] + m[1] * z1),
                crediting_rate: cut(m[2] + m[3] * z2),
                pension_adjustment: cut(m[4] + m[5] * z3),
            }
        })
        .collect()
}

/// A range around a central figure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, ts_rs::TS)]
pub struct Band {
    /// 10th percentile of the draws (or the central figure, if lower).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub low: Decimal,
    /// 90th percentile of the draws (or the central figure, if higher).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub high: Decimal,
}

/// The band of the draws' `values`, given as [`order_key`]s (put in another order here), around
/// `central` (see the module documentation).
#[inline(never)] // one copy in the WebAssembly module, not one per caller
fn band(central: Decimal, values: &mut [i64]) -> Band {
    let central = fen(central);
    if values.is_empty() {
        return Band {
            low: central,
            high: central,
        };
    }
    let mut at = |p: usize| {
        // Nearest rank: the ⌈p/100 × n⌉-th smallest, found by selection (no full sort).
        let n = values.len();
        let i = (p * n).div_ceil(100).clamp(1, n) - 1;
        to_fen(from_order_key(kth_smallest(values, i))).unwrap_or(central)
    };
    Band {
        low: at(10).min(central),
        high: at(90).max(central),
    }
}

/// `v` as an integer in the order of `f64::total_cmp` (the comparison `total_cmp` itself makes:
/// the bits as a signed integer, the magnitude bits flipped for negative numbers), so that a
/// selection compares plain integers. [`from_order_key`] gives `v` back, bit for bit.
fn order_key(v: f64) -> i64 {
    let bits = v.to_bits() as i64;
    bits ^ ((((bits >> 63) as u64) >> 1) as i64)
}

/// The `f64` of an [`order_key`] (the flip leaves the sign bit, so it undoes itself).
fn from_order_key(key: i64) -> f64 {
    f64::from_bits((key ^ ((((key >> 63) as u64) >> 1) as i64)) as u64)
}

/// The `k`-th smallest of `values` (0-based), by quickselect (Hoare's FIND): the same value a
/// sort would put at `k`. Written out rather than `select_nth_unstable`, whose general-purpose
/// fallbacks (median of medians, heapsort) were 2.5 kB of the WebAssembly module for 200
/// numbers at a time.
fn kth_smallest(values: &mut [i64], k: usize) -> i64 {
    let (mut lo, mut hi) = (0, values.len() - 1);
    while lo < hi {
        let pivot = values[lo + (hi - lo) / 2];
        let (mut i, mut j) = (lo, hi);
        while i <= j {
            while values[i] < pivot {
                i += 1;
            }
            while values[j] > pivot {
                j -= 1;
            }
            if i <= j {
                values.swap(i, j);
                i += 1;
                if j == 0 {
                    break;
                }
                j -= 1;
            }
        }
        // Now values[lo..=j] ≤ pivot ≤ values[i..=hi], and values[j+1..i] equal the pivot.
        if k <= j {
            hi = j;
        } else if k >= i {
            lo = i;
        } else {
            break;
        }
    }
    values[k]
}

/// A draw's amount as yuan: kept to the tenth of a fen in `f64`, then rounded to the fen by
/// [`crate::money::fen`]; `None` if it is not a finite amount in range.
fn to_fen(v: f64) -> Option<Decimal> {
    let milli = (v * 1000.0).round();
    (milli.is_finite() && milli.abs() < 1e17).then(|| fen(Decimal::new(milli as i64, 3)))
}

/// `(1 + g)` over `months` as [`crate::money::growth_factor`] counts it: whole years compound,
/// the rest pro rata.
fn deflator(g: f64, months: i32) -> f64 {
    let m = months.max(0);
    (1.0 + g).powi(m / 12) * (1.0 + g * f64::from(m % 12) / 12.0)
}

/// 12 × Σ_{j<Y} q^j + R × q^Y for `months` = 12 Y + R ([`crate::lifetable::factor`]).
#[inline(never)] // one copy in the WebAssembly module, not one per caller
pub fn lifetime_factor(q: f64, months: u32) -> f64 {
    let (y, r) = (months / 12, months % 12);
    let qy = q.powi(y as i32);
    let sum = if (q - 1.0).abs() < 1e-12 {
        f64::from(y)
    } else {
        (qy - 1.0) / (q - 1.0)
    };
    12.0 * sum + f64::from(r) * qy
}

/// Future wage steps of a month: ⌈months after `as_of` / 12⌉, 0 for months up to `as_of`.
pub fn steps(as_of: Month, m: Month) -> i32 {
    (as_of.months_until(m).max(0) + 11) / 12
}

/// Credits of one year with the same number of wage steps.
#[derive(Clone, PartialEq)]
struct Bucket {
    steps: i32,
    /// Σ credits.
    sum: f64,
    /// Σ credit × months of interest / 12.
    weighted: f64,
}

#[derive(Clone, PartialEq)]
struct KYear {
    /// Months of interest for the balance brought forward.
    k: f64,
    /// The rate, when published (else the draw's).
    published: Option<f64>,
    /// A statement balance joining this year, with its months of interest / 12.
    joins: Option<(f64, f64)>,
    /// How many of the kernel's `buckets` are this year's (they follow the year before's): one
    /// list for the whole record, not one allocation a year.
    buckets: usize,
}

/// What a draw needs of one employee pension: computed once from the central estimate.
#[derive(Clone, Default, PartialEq)]
pub struct Kernel {
    g0: f64,
    as_of_to_start: i32,
    start_steps: i32,
    eligible: bool,
    /// Basic + transitional + the extras that are shares of C: proportional to C.
    wage_linked: f64,
    /// Extras fixed in yuan (Guangdong's 100 + 4 a whole year, `extra_flat`): the same in
    /// every draw, as in the central estimate, whatever wages do.
    flat: f64,
    account: f64,
    /// The kernel's own balance at the central rates (the account part scales by the ratio).
    central_balance: f64,
    years: Vec<KYear>,
    /// The credits of every year, in order, with the same number of wage steps grouped.
    buckets: Vec<Bucket>,
    /// How many first years no draw changes (a published rate, no future wage step), and the
    /// balance after them: run once here, the same for every draw.
    fixed: usize,
    /// How many of `buckets` are the fixed years'.
    fixed_buckets: usize,
    fixed_balance: f64,
    expected_months: u32,
}

/// The employee pension of one draw.
#[derive(Clone, Copy, Default, PartialEq)]
pub struct Outcome {
    /// Payable per month, nominal (0 when short of the minimum).
    pub pension: f64,
    /// The formula amount in today's money.
    pub pension_today: f64,
    /// Expected lifetime total, nominal (payable amounts).
    pub lifetime: f64,
    /// The same in today's money.
    pub lifetime_today: f64,
}

impl Kernel {
    /// The kernel of an employee pension: `credits` are the detailed months (their account
    /// credits), `statement` a balance from a statement, `years` the central account run.
    pub fn new(
        ctx: &crate::context::Ctx,
        p: &crate::employee::EmployeePension,
        credits: &[crate::employee::contributions::PaidMonth],
        statement: Option<(Month, Decimal)>,
        expected_months: u32,
    ) -> Kernel {
        let as_of = ctx.as_of;
        let start = p.start;
        let mut years = Vec::with_capacity(p.account_years.len());
        let mut buckets: Vec<Bucket> = Vec::with_capacity(p.account_years.len() + 2);
        let mut next = 0;
        // The months of a run share their credit: converted once per run.
        let mut last: Option<([u8; 16], f64)> = None;
        for y in &p.account_years {
            let k = if y.year == start.year() {
                start.month() as i64 - 1
            } else {
                12
            };
            let joins = statement
                .filter(|(a, _)| a.year() == y.year)
                .map(|(a, b)| (f(b), (k - a.month() as i64).max(0) as f64 / 12.0));
            let begin = buckets.len();
            while let Some(paid) = credits.get(next).filter(|p| p.month.year() == y.year) {
                let m = paid.month;
                let s = steps(as_of, m);
                let digits = paid.credit.serialize();
                let c = match last {
                    // The same digits and scale: the same number.
                    Some((d, x)) if d == digits => x,
                    _ => f(paid.credit),
                };
                last = Some((digits, c));
                let w = c * (k - m.month() as i64 + 1).max(0) as f64 / 12.0;
                match buckets.get_mut(begin..).and_then(<[Bucket]>::last_mut) {
                    Some(b) if b.steps == s => {
                        b.sum += c;
                        b.weighted += w;
                    }
                    _ => buckets.push(Bucket {
                        steps: s,
                        sum: c,
                        weighted: w,
                    }),
                }
                next += 1;
            }
            years.push(KYear {
                k: k as f64 / 12.0,
                published: (!y.rate_assumed).then(|| f(y.rate)),
                joins,
                buckets: buckets.len() - begin,
            });
        }
        // The first years with a published rate and no future wage step, and their buckets.
        let (mut fixed, mut fixed_buckets) = (0, 0);
        for y in &years {
            let end = fixed_buckets + y.buckets;
            let credits = buckets.get(fixed_buckets..end).unwrap_or_default();
            if y.published.is_none() || credits.iter().any(|b| b.steps != 0) {
                break;
            }
            (fixed, fixed_buckets) = (fixed + 1, end);
        }
        let fixed_balance = run_years(
            years.get(..fixed).unwrap_or_default(),
            &buckets,
            0.0,
            1.0,
            0.0,
        );
        let mut kernel = Kernel {
            g0: f(ctx.assume.wage_growth),
            as_of_to_start: as_of.months_until(start),
            start_steps: steps(as_of, start),
            eligible: p.eligible,
            wage_linked: f(p.basic + p.transitional + p.provincial_extra - p.extra_flat),
            flat: f(p.extra_flat),
            account: f(p.account),
            central_balance: 0.0,
            years,
            buckets,
            fixed,
            fixed_buckets,
            fixed_balance,
            expected_months,
        };
        kernel.central_balance = kernel.balance(1.0, f(ctx.assume.crediting_rate));
        kernel
    }

    /// The account balance at the start with wages scaled by `q` per future step and the
    /// crediting rate `r` in years without a published one: the years after the fixed ones,
    /// from the balance they leave (the same operations in the same order as running every
    /// year: the fixed years neither read `q` nor `r`, and leave no step behind).
    #[inline(never)]
    fn balance(&self, q: f64, r: f64) -> f64 {
        run_years(
            self.years.get(self.fixed..).unwrap_or_default(),
            self.buckets.get(self.fixed_buckets..).unwrap_or_default(),
            self.fixed_balance,
            q,
            r,
        )
    }

    /// What [`Kernel::outcome_at`] needs of `d` that depends only on the kernel's start and
    /// expected months ([`Kernel::scale_key`]).
    fn scale(&self, d: &Draw) -> Scale {
        let q = (1.0 + d.wage_growth) / (1.0 + self.g0);
        let n = self.expected_months;
        Scale {
            q,
            q_start: q.powi(self.start_steps),
            deflator: deflator(d.wage_growth, self.as_of_to_start),
            lifetime: lifetime_factor(1.0 + d.pension_adjustment, n),
            lifetime_today: lifetime_factor(
                (1.0 + d.pension_adjustment) / (1.0 + d.wage_growth),
                n,
            ),
        }
    }

    /// Kernels with the same key have the same [`Scale`] for a draw.
    fn scale_key(&self) -> ScaleKey {
        (
            self.g0.to_bits(),
            self.start_steps,
            self.as_of_to_start,
            self.expected_months,
        )
    }

    /// The pension under draw `d`, whose [`Scale`] for this kernel is `s`.
    #[inline(never)]
    fn outcome_at(&self, d: &Draw, s: &Scale) -> Outcome {
        let account = if self.central_balance > 0.0 {
            self.account * self.balance(s.q, d.crediting_rate) / self.central_balance
        } else {
            self.account
        };
        let formula = self.wage_linked * s.q_start + self.flat + account;
        let today = formula / s.deflator;
        let pension = if self.eligible { formula } else { 0.0 };
        let today_payable = if self.eligible { today } else { 0.0 };
        Outcome {
            pension,
            pension_today: today,
            lifetime: pension * s.lifetime,
            lifetime_today: today_payable * s.lifetime_today,
        }
    }
}

/// What an employee outcome of a draw needs besides the kernel's record: the same for every
/// kernel with the same start and expected months, as most variants of a gap or choice
/// analysis are ([`Draws`] keeps them).
#[derive(Clone, Copy)]
struct Scale {
    /// The draw's wage scale per future step, (1 + g) / (1 + g₀).
    q: f64,
    /// `q` over the steps to the start.
    q_start: f64,
    /// Today's money: the deflator from the valuation month to the start.
    deflator: f64,
    /// The lifetime factors, nominal and in today's money.
    lifetime: f64,
    lifetime_today: f64,
}

/// g₀ (its bits), the wage steps and the months to the start, the expected months.
type ScaleKey = (u64, i32, i32, u32);

/// The draws of an analysis, with the `Scale`s of each kernel start met so far: the variants
/// re-run only what differs between them (the account), with the same operations as
/// running each draw alone.
pub struct Draws {
    /// The draws ([`draws`]).
    pub draws: Vec<Draw>,
    scales: std::cell::RefCell<Vec<(ScaleKey, Vec<Scale>)>>,
}

impl Draws {
    /// The draws for the resolved assumptions.
    pub fn new(a: &crate::context::Resolved) -> Draws {
        Draws {
            draws: draws(a),
            scales: Default::default(),
        }
    }

    /// The employee pension of kernel `k` under each draw.
    pub fn employee(&self, k: &Kernel) -> Vec<Outcome> {
        let key = k.scale_key();
        let mut memo = self.scales.borrow_mut();
        let at = match memo.iter().position(|(x, _)| *x == key) {
            Some(at) => at,
            None => {
                memo.push((key, self.draws.iter().map(|d| k.scale(d)).collect()));
                memo.len() - 1
            }
        };
        let scales = memo.get(at).map_or(&[][..], |(_, s)| s);
        (self.draws.iter().zip(scales))
            .map(|(d, s)| k.outcome_at(d, s))
            .collect()
    }
}

/// Runs `years` of an account from the balance `b` (see [`Kernel::balance`]).
/// `buckets` are those of `years`, in order.
fn run_years(years: &[KYear], buckets: &[Bucket], mut b: f64, q: f64, r: f64) -> f64 {
    // Steps only grow along the record: q^steps by repeated multiplication.
    let (mut at, mut scale) = (0, 1.0);
    let mut credits = buckets.iter();
    for y in years {
        let rate = y.published.unwrap_or(r);
        let mut closing = b * (1.0 + rate * y.k);
        if let Some((amount, w)) = y.joins {
            closing += amount * (1.0 + rate * w);
        }
        for c in credits.by_ref().take(y.buckets) {
            if c.steps != at {
                scale = if c.steps == at + 1 {
                    scale * q
                } else {
                    q.powi(c.steps)
                };
                at = c.steps;
            }
            closing += scale * (c.sum + rate * c.weighted);
        }
        b = closing;
    }
    b
}

/// What a draw needs of the resident pension: its amounts do not depend on the three rates
/// (resident interest and base growth are assumptions of their own); today's money does.
#[derive(Clone, Default, PartialEq)]
pub struct ResidentKernel {
    as_of_to_claim: i32,
    total: f64,
    base: f64,
    account: f64,
    base_growth: f64,
    expected_months: u32,
}

impl ResidentKernel {
    /// From the central resident pension.
    pub fn new(
        ctx: &crate::context::Ctx,
        r: &crate::resident::ResidentPension,
        expected_months: u32,
    ) -> ResidentKernel {
        let payable = r.total > Decimal::ZERO;
        let share = |x: Decimal| if payable { f(x) } else { 0.0 };
        ResidentKernel {
            as_of_to_claim: ctx.as_of.months_until(r.claim_month),
            total: f(r.formula_total),
            base: share(r.base_pension),
            account: share(r.account),
            base_growth: f(ctx.assume.resident_base_growth),
            expected_months,
        }
    }

    /// The resident pension under one draw (`pension` is payable, nominal).
    #[inline(never)]
    pub fn outcome(&self, d: &Draw) -> Outcome {
        let defl = deflator(d.wage_growth, self.as_of_to_claim);
        let n = self.expected_months;
        let real = |growth: f64| lifetime_factor((1.0 + growth) / (1.0 + d.wage_growth), n);
        Outcome {
            pension: self.base + self.account,
            pension_today: self.total / defl,
            lifetime: self.base * lifetime_factor(1.0 + self.base_growth, n)
                + self.account * f64::from(n),
            lifetime_today: (self.base * real(self.base_growth) + self.account * real(0.0)) / defl,
        }
    }
}

/// The four headline figures of a pension, each with its band.
#[derive(Clone, Debug, Default, PartialEq, Serialize, ts_rs::TS)]
pub struct Figures {
    /// Per month, nominal, payable.
    pub pension: Band,
    /// Per month in today's money.
    pub pension_today: Band,
    /// Expected lifetime total, nominal.
    pub lifetime: Band,
    /// Expected lifetime total in today's money.
    pub lifetime_today: Band,
}

/// The bands of the four figures from the outcomes of the draws and the central figures
/// (pension, pension today, lifetime, lifetime today).
pub fn figures(central: [Decimal; 4], outcomes: &[Outcome]) -> Figures {
    // One buffer for the four figures' values in turn.
    let mut keys = Vec::with_capacity(outcomes.len());
    let mut band_of = |central: Decimal, figure: fn(&Outcome) -> f64| {
        keys.clear();
        keys.extend(outcomes.iter().map(|o| order_key(figure(o))));
        band(central, &mut keys)
    };
    Figures {
        pension: band_of(central[0], |o| o.pension),
        pension_today: band_of(central[1], |o| o.pension_today),
        lifetime: band_of(central[2], |o| o.lifetime),
        lifetime_today: band_of(central[3], |o| o.lifetime_today),
    }
}

/// The kernels of an estimate's two pensions (kept with the estimate, not serialized, so that
/// the gap and choice analyses can re-run draws without recomputing the record).
#[derive(Clone, Default, PartialEq)]
pub struct Kernels {
    /// The employee pension.
    pub employee: Kernel,
    /// The resident pension.
    pub resident: ResidentKernel,
}

/// Shown as a name only: the kernels are working data, and printing their `f64`s would pull
/// float formatting into the WebAssembly module.
impl std::fmt::Debug for Kernels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Kernels")
    }
}

/// The ranges of an estimate's headline figures.
#[derive(Clone, Debug, Default, PartialEq, Serialize, ts_rs::TS)]
pub struct Ranges {
    /// The employee pension: per month (nominal and today's money) and over the expected
    /// retirement.
    pub employee: Figures,
    /// The resident pension, likewise.
    pub resident: Figures,
}

/// The ranges for the kernels of an estimate and its central figures (pension, pension today,
/// lifetime, lifetime today) of each scheme.
pub fn ranges(
    a: &crate::context::Resolved,
    k: &Kernels,
    employee: [Decimal; 4],
    resident: [Decimal; 4],
) -> Ranges {
    let ds = Draws::new(a);
    let e = ds.employee(&k.employee);
    let r: Vec<Outcome> = ds.draws.iter().map(|d| k.resident.outcome(d)).collect();
    Ranges {
        employee: figures(employee, &e),
        resident: figures(resident, &r),
    }
}

/// How the range was computed, for the explanation panel.
pub fn explain(r: &Ranges, a: &crate::context::Resolved) -> crate::explain::Explanation {
    let p = &r.employee.pension;
    crate::explain::Explanation {
        id: "employee.range",
        title_zh: "可能的范围（不确定性）",
        title_en: "Likely range (uncertainty)",
        formula_zh: "工资增长率、记账利率、调整比例各按正态分布抽样（中心为假设值），每次重算；取第10–90百分位，含中心估计；同一种子结果相同",
        formula_en: "wage growth, crediting rate and adjustment drawn from normal distributions around the assumptions, projection re-run per draw; 10th-90th percentile, widened to contain the central estimate; same seed, same range",
        computation: format!(
            "{} 次抽样（种子 {}）；标准差：工资增长 {}，记账利率 {}，调整比例 {}",
            a.draws,
            a.seed,
            crate::context::pct(a.wage_growth_sd),
            crate::context::pct(a.crediting_rate_sd),
            crate::context::pct(a.pension_adjustment_sd)
        ),
        result: format!("大约 {}–{} 元/月", p.low, p.high),
        sources: vec!["模型假设 / modelling assumption"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `k`-th smallest of `values` in the order of `f64::total_cmp`, through the keys.
    fn kth(values: &[f64], k: usize) -> f64 {
        let mut keys: Vec<i64> = values.iter().map(|&v| order_key(v)).collect();
        from_order_key(kth_smallest(&mut keys, k))
    }

    #[test]
    fn order_keys_keep_total_cmp_and_give_the_value_back() {
        let values = [
            f64::NEG_INFINITY,
            -f64::MAX,
            -1.5,
            -f64::MIN_POSITIVE,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            1.5,
            f64::MAX,
            f64::INFINITY,
            f64::NAN,
            -f64::NAN,
        ];
        for a in values {
            assert_eq!(from_order_key(order_key(a)).to_bits(), a.to_bits());
            for b in values {
                assert_eq!(order_key(a).cmp(&order_key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }

    #[test]
    fn flat_extras_stay_put_while_wages_move_the_rest() {
        // Guangdong's add-ons are yuan amounts (100 + 4 × 36 whole years = 244 in the README
        // example), not shares of C: a draw with faster wages scales the wage-linked part only.
        // g0 = 0, a draw's wage growth 10 %: q = 1.1 per step, 2 steps to the start, so
        // 1000 × 1.1² + 244 = 1454 (no account: its balance is 0).
        let k = Kernel {
            start_steps: 2,
            eligible: true,
            wage_linked: 1000.0,
            flat: 244.0,
            ..Kernel::default()
        };
        let draw = |g| Draw {
            wage_growth: g,
            crediting_rate: 0.0,
            pension_adjustment: 0.0,
        };
        let outcome = |d: &Draw| k.outcome_at(d, &k.scale(d));
        assert!((outcome(&draw(0.1)).pension - 1454.0).abs() < 1e-9);
        // The central draw (q = 1) gives the central figure: 1000 + 244.
        assert!((outcome(&draw(0.0)).pension - 1244.0).abs() < 1e-9);
    }

    #[test]
    fn kth_smallest_is_what_a_sort_puts_there() {
        let mut rng = SplitMix64::new(7);
        for n in [1usize, 2, 3, 5, 10, 199, 200, 201] {
            for round in 0..40 {
                // Few distinct values in some rounds (ties), many in others; ±0 and extremes.
                let distinct = if round % 3 == 0 { 3 } else { 1_000_000 };
                let mut v: Vec<f64> = (0..n)
                    .map(|_| (rng.next_u64() % distinct) as f64 - (distinct / 2) as f64)
                    .collect();
                if round % 5 == 0 {
                    v[0] = -0.0;
                    v[n - 1] = f64::MAX;
                }
                let mut sorted = v.clone();
                sorted.sort_by(f64::total_cmp);
                for (k, want) in sorted.iter().enumerate() {
                    let got = kth(&v, k);
                    assert_eq!(got.to_bits(), want.to_bits(), "n {n} round {round} k {k}");
                }
            }
        }
        // Already sorted, reversed, all equal.
        for v in [
            (0..200).map(f64::from).collect::<Vec<_>>(),
            (0..200).rev().map(f64::from).collect(),
            vec![1.5; 200],
        ] {
            let mut sorted = v.clone();
            sorted.sort_by(f64::total_cmp);
            for k in [0, 19, 179, 199] {
                assert_eq!(kth(&v, k), sorted[k]);
            }
        }
    }

    /// Assumptions with the given wage-growth spread, seed and number of draws.
    fn assumed(sd: &str, seed: u64, draws: u32) -> crate::context::Resolved {
        let d = |x: &str| x.parse::<Decimal>().unwrap();
        crate::context::Resolved {
            wage_growth: d("0.04"),
            crediting_rate: d("0.03"),
            resident_interest: d("0.02"),
            pension_adjustment: d("0.02"),
            resident_base_growth: d("0.03"),
            wage_growth_sd: d(sd),
            crediting_rate_sd: d("0.01"),
            pension_adjustment_sd: d("0.005"),
            draws,
            seed,
            set_by_caller: Vec::new(),
        }
    }

    /// What [`draws`] must give: the draws made anew from the assumptions.
    fn fresh(a: &crate::context::Resolved) -> Vec<Draw> {
        draw(a.seed, a.draws, means(a))
    }

    #[test]
    fn kept_draws_are_the_draws_of_the_assumptions_asked_for() {
        // Asked in turn, each set of assumptions gets its own draws, whatever was kept before:
        // a spread, a seed or a count changed, the same again, no draws at all in between.
        let sets = [
            assumed("0.01", 7, 200),
            assumed("0.01", 7, 200),
            assumed("0.02", 7, 200),
            assumed("0.020", 7, 200), // the same value at another scale: the same draws
            assumed("0.01", 8, 200),
            assumed("0.01", 7, 0),
            assumed("0.01", 7, 200),
            assumed("0.01", 7, 50),
        ];
        for a in &sets {
            let got = draws(a);
            assert!(
                got == fresh(a),
                "seed {} spread {} draws {}",
                a.seed,
                a.wage_growth_sd,
                a.draws
            );
            assert_eq!(got.len(), a.draws as usize);
        }
        // The draws differ where the assumptions do (the test above compares something).
        assert!(draws(&sets[0]) != draws(&sets[2]));
        assert!(draws(&sets[0]) != draws(&sets[4]));
    }
}

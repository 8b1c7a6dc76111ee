//! Individual accounts: yearly interest by the month-product method (月积数法).
//!
//! Source: 《职工基本养老保险个人账户管理暂行办法》(劳办发〔1997〕116号) 第三章: interest is credited
//! once a year; the year's contributions earn interest by their month-product, the balance
//! carried over earns a full year. The same method serves the resident account
//! (国发〔2014〕8号 五: 个人账户储存额按国家规定计息).
//!
//! For year *y* with rate *r*, opening balance *B* and credits *cⱼ* in month *j*:
//!
//! > closing = B × (1 + r) + Σ cⱼ × (1 + r × (13 − j) / 12)
//!
//! A January credit earns a full year, a December one a month; twelve equal credits *c* earn
//! 12c × r × 6.5 / 12 (the familiar 1.083 / 2 factor). In the year the pension starts, interest
//! runs only to the month before the start month: *B* earns r × k / 12 and cⱼ earns
//! r × (k − j + 1) / 12, where k is the number of months before the start month. A balance
//! taken from a statement at the end of month *a* joins then and earns r × (k − a) / 12.
//! The year's whole month-product — B × k, a statement's balance × (k − a) and
//! Σ cⱼ × (k − j + 1) — is summed exactly and its interest, r × product / 12, divided once
//! (28 significant digits); each year-end balance is rounded to the fen ([`crate::money::fen`]).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::FieldError;
use crate::money::{add_times, add_to, fen, ser_plain, ser_yuan};
use crate::Month;

/// One year of an account.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct AccountYear {
    /// Calendar year.
    pub year: i32,
    /// Balance at the start of the year (or when it joined from a statement).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub opening: Decimal,
    /// Contributions credited during the year.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub credits: Decimal,
    /// Interest credited for the year.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub interest: Decimal,
    /// Balance at the end of the year (or at the pension start, in the last year).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub closing: Decimal,
    /// The rate used.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_plain")]
    pub rate: Decimal,
    /// Whether the rate is an assumption rather than a published figure.
    pub rate_assumed: bool,
}

/// Runs an account from its first credit (or a statement balance `start`, as of the end of its
/// month) up to the month before `stop`, returning each year and the balance at `stop`.
/// `credits` must be in month order and before `stop`. `rate(year)` gives the year's rate and
/// whether it is assumed.
///
/// ```
/// use pension_estimator::account::run;
/// use pension_estimator::Month;
/// use rust_decimal::Decimal;
/// let m = |s: &str| s.parse::<Month>().unwrap();
/// // 12 credits of 100 in 2024 at 10 %: 1200 + 100 × 0.1 × 78/12 = 1265.00
/// let credits: Vec<_> = m("2024-01").through(m("2024-12")).map(|x| (x, Decimal::from(100))).collect();
/// let (years, balance) = run(None, &credits, m("2025-01"), |_| Ok((Decimal::new(1, 1), false))).unwrap();
/// assert_eq!(balance.to_string(), "1265.00");
/// assert_eq!(years.len(), 1);
/// ```
pub fn run(
    start: Option<(Month, Decimal)>,
    credits: &[(Month, Decimal)],
    stop: Month,
    mut rate: impl FnMut(i32) -> Result<(Decimal, bool), FieldError>,
) -> Result<(Vec<AccountYear>, Decimal), FieldError> {
    run_from(start, credits, stop, &mut rate, None, &mut |_| {})
}

/// Where a run stands at the start of a year (after full years only): the year, the balance
/// brought forward, the years so far, and how many credits they took.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// The year about to be run.
    pub year: i32,
    /// The balance brought forward.
    pub balance: Decimal,
    /// The years run so far.
    pub years: Vec<AccountYear>,
    /// Credits taken so far.
    pub next: usize,
}

/// [`run`], going on from `from` (a point some run with the same statement, the same credits
/// before it and the same rates reached: the result is the same as a run from the start), and
/// telling `mark` where it stands at the start of each year. (The closures are taken as trait
/// objects: one copy of the loop in the WebAssembly module, not one per caller.)
pub fn run_from(
    start: Option<(Month, Decimal)>,
    credits: &[(Month, Decimal)],
    stop: Month,
    rate: &mut dyn FnMut(i32) -> Result<(Decimal, bool), FieldError>,
    from: Option<Progress>,
    mark: &mut dyn FnMut(&Progress),
) -> Result<(Vec<AccountYear>, Decimal), FieldError> {
    let Progress {
        year: first_year,
        mut balance,
        mut years,
        mut next,
    } = match from {
        Some(p) => p,
        None => Progress {
            year: match (start, credits.first()) {
                (Some((a, _)), Some((c, _))) => a.year().min(c.year()),
                (Some((a, _)), None) => a.year(),
                (None, Some((c, _))) => c.year(),
                (None, None) => return Ok((Vec::new(), Decimal::ZERO)),
            },
            balance: Decimal::ZERO,
            years: Vec::new(),
            next: 0,
        },
    };
    let twelve = Decimal::from(12);
    for year in first_year..=stop.year() {
        let k = if year == stop.year() {
            stop.month() as i64 - 1
        } else {
            12
        };
        if k == 0 {
            break;
        }
        let here = Progress {
            year,
            balance,
            years,
            next,
        };
        mark(&here);
        years = here.years;
        let (r, assumed) = rate(year)?;
        // The year's month-product, exact (amounts times whole months, added): the balance
        // brought forward for k months, a statement's balance from the month after it joined
        // (k − a), each credit from its month (k − j + 1). The interest is r / 12 of it: one
        // division, so one rounding (at 28 significant digits) before the year-end fen.
        let mut opening = balance;
        let mut product = balance * Decimal::from(k);
        if let Some((a, b)) = start.filter(|(a, _)| a.year() == year) {
            add_to(&mut opening, b);
            add_to(
                &mut product,
                b * Decimal::from((k - a.month() as i64).max(0)),
            );
        }
        // A run of equal credits (most of a year, at one base) is added as one: the count
        // and the sum of its months.
        let mut paid = Decimal::ZERO;
        while let Some(&(_, c)) = credits.get(next).filter(|(m, _)| m.year() == year) {
            let (mut count, mut months) = (0u32, 0i64);
            while let Some(&(m, _)) = credits
                .get(next)
                .filter(|(m, x)| m.year() == year && x.serialize() == c.serialize())
            {
                count += 1;
                months += (k - m.month() as i64 + 1).max(0);
                next += 1;
            }
            add_times(&mut paid, c, count);
            add_to(&mut product, c * Decimal::from(months));
        }
        let interest = product * r / twelve;
        let closing = fen(opening + paid + interest);
        years.push(AccountYear {
            year,
            opening,
            credits: paid,
            interest: closing - opening - paid,
            closing,
            rate: r,
            rate_assumed: assumed,
        });
        balance = closing;
    }
    Ok((years, balance))
}

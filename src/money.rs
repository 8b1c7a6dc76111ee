//! Money and other decimal quantities: the one place where rounding happens.
//!
//! # The rounding rule
//!
//! All arithmetic runs on [`rust_decimal::Decimal`] (28 significant digits), never on floats.
//! Amounts are rounded to the fen (0.01 yuan), half away from zero (四舍五入), at exactly these
//! points, as an official statement or pension decision shows them:
//!
//! 1. each year-end (or retirement-date) account balance, as on a 个人权益记录;
//! 2. each part of a monthly pension (basic, account, transitional, …) when it is computed;
//!    a total is the sum of its rounded parts, so the parts shown always add up;
//! 3. every other amount when it is reported.
//!
//! Ratios (contribution index, rates) are never rounded in calculation; they are shown with
//! four decimals.
//!
//! ```
//! use pension_estimator::money::fen;
//! use rust_decimal::Decimal;
//! assert_eq!(fen("2.345".parse::<Decimal>().unwrap()).to_string(), "2.35");
//! assert_eq!(fen("-2.345".parse::<Decimal>().unwrap()).to_string(), "-2.35");
//! ```

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer, Serializer};

/// Rounds an amount to the fen, half away from zero, keeping two decimals (`5` → `5.00`).
pub fn fen(amount: Decimal) -> Decimal {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(f) = fen_of_mantissa(amount) {
        return f;
    }
    rounded_fen(amount)
}

/// [`fen`] by decimal rounding, for any amount.
fn rounded_fen(amount: Decimal) -> Decimal {
    let mut r = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(2);
    r
}

/// [`fen`] of a positive amount with more than two decimals, on its mantissa: the quotient by
/// 10^(scale − 2), one more when the remainder is at least half the divisor (half away from
/// zero) — the figure decimal rounding gives, in one integer division. `None` for the rest
/// (zero and negative amounts keep decimal rounding and its sign of zero; two decimals or fewer
/// are rescaled).
#[cfg(not(target_arch = "wasm32"))]
fn fen_of_mantissa(amount: Decimal) -> Option<Decimal> {
    let (m, scale) = (amount.mantissa(), amount.scale());
    if m <= 0 || scale <= 2 {
        return None;
    }
    let p = *POWERS_OF_TEN.get(scale as usize - 2)?;
    let (q, r) = (m / p, m % p);
    let q = if r >= p - r { q + 1 } else { q };
    Decimal::try_from_i128_with_scale(q, 2).ok()
}

/// Rounds a ratio to `dp` decimals for display (half away from zero).
pub fn ratio_dp(x: Decimal, dp: u32) -> Decimal {
    let mut r = x.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(dp);
    r
}

/// `base ^ n` for a small whole `n ≥ 0`, keeping 16 decimals at each step so that long
/// projections never overflow the 28-digit mantissa.
pub fn pow(base: Decimal, n: u32) -> Decimal {
    let mut acc = Decimal::ONE;
    for _ in 0..n {
        acc = (acc * base).round_dp(16);
    }
    acc
}

/// `(1 + g) ^ (months / 12)` for a projection over a whole number of months: whole years
/// compound, the remaining months are added pro rata (linear within a year).
pub fn growth_factor(g: Decimal, months: i32) -> Decimal {
    if months >= 0 {
        let years = (months / 12) as u32;
        let rest = Decimal::from(months % 12);
        (pow(Decimal::ONE + g, years) * (Decimal::ONE + g * rest / Decimal::from(12))).round_dp(16)
    } else {
        (Decimal::ONE / growth_factor(g, -months)).round_dp(16)
    }
}

/// Adds `x` to `acc`: the crate's `+=` on a [`Decimal`]. rust_decimal's `AddAssign` (which its
/// `Sum` uses too) carries its own inlined copy of the addition into the wasm; this and [`sum`]
/// use the one `+` (docs/size.md).
#[allow(clippy::assign_op_pattern)]
pub fn add_to(acc: &mut Decimal, x: Decimal) {
    *acc = *acc + x;
}

/// Adds `x` to `acc` `k` times, with the result `k` calls of [`add_to`] give, to the last
/// digit and the same scale: one multiplication and one addition when none of the `k`
/// additions would round (both non-negative, so every partial sum is at most the last: the
/// last fits at the larger scale, so did each before it, each exact), else the `k` additions.
pub fn add_times(acc: &mut Decimal, x: Decimal, k: u32) {
    match exact_times(*acc, x, k) {
        Some(sum) => *acc = sum,
        None => (0..k).for_each(|_| add_to(acc, x)),
    }
}

/// `acc + k × x` when it is exact: non-negative terms, the product at `x`'s scale and the sum
/// at the larger of the two scales (rust_decimal drops digits only to fit, which lowers the
/// scale); `None` otherwise. The plain `*` and `+`, not the checked ones (which would bring
/// their own copies of the arithmetic into the wasm): the product and the sum are no larger
/// than the last of the `k` additions, so they overflow only where those would.
fn exact_times(acc: Decimal, x: Decimal, k: u32) -> Option<Decimal> {
    if acc.is_sign_negative() || x.is_sign_negative() {
        return None;
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(sum) = mantissa_sum(acc, x, k) {
        return Some(sum);
    }
    let times = x * Decimal::from(k);
    let sum = acc + times;
    (times.scale() == x.scale() && sum.scale() == acc.scale().max(x.scale())).then_some(sum)
}

/// 10⁰ … 10²⁸: the factors that bring a mantissa to a larger scale (a decimal has 28 at most).
#[cfg(not(target_arch = "wasm32"))]
const POWERS_OF_TEN: [i128; 29] = {
    let mut p = [1i128; 29];
    let mut i = 1;
    while i < 29 {
        p[i] = p[i - 1] * 10;
        i += 1;
    }
    p
};

/// `acc + k × x` on the mantissas, at the larger scale, when it fits a decimal's 96 bits: the
/// value and scale [`exact_times`]'s `*` and `+` give then (both operands non-negative and not
/// zero, so neither step drops a digit: each is at most the sum), without their general
/// multiplication and alignment. `None` hands the case back to them — a zero (whose scale
/// `+` does not keep: `0.00 + 1.5` is `1.5`), `k` = 0, or a sum past 96 bits.
#[cfg(not(target_arch = "wasm32"))]
fn mantissa_sum(acc: Decimal, x: Decimal, k: u32) -> Option<Decimal> {
    if acc.is_zero() || x.is_zero() || k == 0 {
        return None;
    }
    let scale = acc.scale().max(x.scale());
    let at_scale = |d: Decimal| match scale - d.scale() {
        0 => Some(d.mantissa()),
        up => d.mantissa().checked_mul(*POWERS_OF_TEN.get(up as usize)?),
    };
    let m = at_scale(x)?
        .checked_mul(i128::from(k))?
        .checked_add(at_scale(acc)?)?;
    Decimal::try_from_i128_with_scale(m, scale).ok()
}

/// The sum of `items` (see [`add_to`] for why not `Iterator::sum`).
pub fn sum(items: impl IntoIterator<Item = Decimal>) -> Decimal {
    items.into_iter().fold(Decimal::ZERO, |a, b| a + b)
}

/// The whole part of a count-like parameter (years, months): `"55"` and `"55.0"` both give 55;
/// out of range gives `None`.
pub fn whole(d: Decimal) -> Option<i32> {
    use rust_decimal::prelude::ToPrimitive;
    d.trunc().to_i32()
}

/// Serializes an amount as a string with exactly two decimals, the fen rule applied.
pub fn ser_yuan<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&fen(*d))
}

/// Serializes a ratio as a string with four decimals.
pub fn ser_ratio4<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&ratio_dp(*d, 4))
}

/// Serializes an optional amount (absent stays `null`).
pub fn ser_opt_yuan<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => ser_yuan(d, s),
        None => s.serialize_none(),
    }
}

/// Reads a decimal given as a string (`"0.6"`, `"5000.50"`) or as a JSON integer (`500`).
///
/// JSON fractions (`0.6`) are refused: they pass through binary floating point on most JSON
/// stacks and would not be exact. The error tells the caller to quote the number.
pub fn de_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    d.deserialize_any(DecimalVisitor)
}

/// [`de_decimal`] for an optional field.
pub fn de_opt_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    de_decimal(d).map(Some)
}

struct DecimalVisitor;

impl serde::de::Visitor<'_> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a decimal number as a string, like \"0.6\" or \"5000\"")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_decimal(v).ok_or_else(|| E::custom(format!("not a decimal number: {v:?}")))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Decimal, E> {
        // The value is not echoed: formatting a float would pull float printing into the wasm.
        Err(E::custom(
            "write fractional numbers as strings (like \"0.6\"), so they stay exact",
        ))
    }
}

/// The decimals an input keeps: more are rounded away (half away from zero), not refused — an
/// index typed from a statement may carry a dozen.
pub const INPUT_DECIMALS: u32 = 10;

/// Parses a plain decimal: optional sign, digits, optional fraction; at most 20 integer digits.
/// A fraction longer than [`INPUT_DECIMALS`] is rounded to it, half away from zero (digits past
/// the 28th, beyond any decimal's precision, are ignored first). No exponents, no spaces, no
/// `NaN`/`inf`.
///
/// ```
/// use pension_estimator::money::parse_decimal;
/// assert_eq!(parse_decimal("0.612345678951").unwrap().to_string(), "0.6123456790");
/// assert_eq!(parse_decimal("-1.00000000005").unwrap().to_string(), "-1.0000000001");
/// assert!(parse_decimal("1e3").is_none());
/// ```
pub fn parse_decimal(s: &str) -> Option<Decimal> {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || int.len() > 20 || frac.is_some_and(|f| !digits(f)) {
        return None;
    }
    // `from_str_radix`, not `parse`: `FromStr` falls back to scientific notation (`1e3`, refused
    // above anyway), and that fallback's parser is about 1.3 kB of the gzipped wasm (docs/size.md).
    match frac {
        Some(f) if f.len() > INPUT_DECIMALS as usize => {
            let kept = &s[..s.len() - f.len() + f.len().min(28)];
            let d = Decimal::from_str_radix(kept, 10).ok()?;
            Some(d.round_dp_with_strategy(
                INPUT_DECIMALS,
                rust_decimal::RoundingStrategy::MidpointAwayFromZero,
            ))
        }
        _ => Decimal::from_str_radix(s, 10).ok(),
    }
}

/// Deserializes a decimal that must be a string or integer (used by parameter files too).
pub fn de_decimal_str<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    let s = String::deserialize(d)?;
    parse_decimal(&s).ok_or_else(|| serde::de::Error::custom(format!("not a decimal: {s:?}")))
}

/// Serializes a decimal as a plain string, unrounded (parameter values, rates).
pub fn ser_plain<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&d.normalize())
}

/// [`ser_plain`] for an optional value.
pub fn ser_opt_plain<S: Serializer>(d: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => ser_plain(d, s),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// `k` additions, for comparing [`add_times`] with.
    fn added(acc: &str, x: &str, k: u32) -> Decimal {
        let (mut acc, x) = (d(acc), d(x));
        (0..k).for_each(|_| add_to(&mut acc, x));
        acc
    }

    #[test]
    fn add_times_is_the_additions_to_the_digit() {
        // Exact: 100.5 + 12 × 0.6 = 100.5 + 7.2 = 107.7, at the larger scale (1 decimal).
        let mut acc = d("100.5");
        add_times(&mut acc, d("0.6"), 12);
        assert_eq!(acc.to_string(), "107.7");
        assert_eq!(acc.serialize(), added("100.5", "0.6", 12).serialize());
        // Scales kept: 0 + 3 × 1.2500 = 3.7500 (four decimals, as three additions leave it).
        let mut acc = Decimal::ZERO;
        add_times(&mut acc, d("1.2500"), 3);
        assert_eq!(acc.to_string(), "3.7500");
        // 2/3 to 28 digits, 0.6666…67 (scale 28): twenty of them pass 7.92…, the most a
        // 96-bit mantissa holds at scale 28, so the additions drop digits: no single step,
        // the additions are made, with their result.
        let third = d("2") / d("3");
        assert_eq!(third.scale(), 28);
        assert_eq!(exact_times(Decimal::ZERO, third, 20), None);
        let mut acc = Decimal::ZERO;
        add_times(&mut acc, third, 20);
        let mut by_one = Decimal::ZERO;
        (0..20).for_each(|_| add_to(&mut by_one, third));
        assert_eq!(acc.serialize(), by_one.serialize());
        assert_eq!(acc.round_dp(20).to_string(), "13.33333333333333333333");
    }

    proptest::proptest! {
        /// The mantissa path gives, digit and scale, what `k` additions give: amounts of any
        /// scale 0–28 and size up to the 96-bit limit, zeros and negatives included (those take
        /// the other paths).
        #[test]
        fn add_times_is_k_additions(
            (am, asc) in (0i128..(1i128 << 96), 0u32..=28),
            (xm, xsc) in (0i128..(1i128 << 96), 0u32..=28),
            shrink in 0u32..96,
            k in 0u32..400,
            negative in proptest::bool::ANY,
        ) {
            // Mantissas spread over every size (most are small in practice).
            let acc = Decimal::from_i128_with_scale(am >> shrink, asc);
            let x = Decimal::from_i128_with_scale((xm >> shrink) * if negative { -1 } else { 1 }, xsc);
            // Sums past the largest decimal overflow either way: not a case.
            let slow = (0..k).try_fold(acc, |a, _| a.checked_add(x));
            proptest::prop_assume!(slow.is_some());
            let slow = slow.unwrap_or_default();
            let mut fast = acc;
            add_times(&mut fast, x, k);
            proptest::prop_assert_eq!(fast.serialize(), slow.serialize(), "{} + {} × {}", acc, x, k);
        }
    }

    proptest::proptest! {
        /// [`fen`] on the mantissa gives what decimal rounding gives, digit and scale, for
        /// amounts of any sign, size and scale.
        #[test]
        fn fen_is_decimal_rounding(m in proptest::num::i128::ANY, scale in 0u32..=28, shrink in 0u32..127) {
            let mantissa = (m >> shrink) % (1i128 << 96);
            let amount = Decimal::from_i128_with_scale(mantissa, scale);
            proptest::prop_assert_eq!(fen(amount).serialize(), rounded_fen(amount).serialize(), "{}", amount);
        }
    }

    #[test]
    fn fen_rounds_half_away_from_zero() {
        assert_eq!(fen(d("0.005")).to_string(), "0.01");
        assert_eq!(fen(d("0.0049")).to_string(), "0.00");
        assert_eq!(fen(d("7")).to_string(), "7.00");
    }

    #[test]
    fn parse_decimal_is_strict() {
        assert_eq!(parse_decimal("0.6"), Some(d("0.6")));
        assert_eq!(parse_decimal("-12"), Some(d("-12")));
        for bad in [
            "", ".5", "5.", "1e3", "NaN", "inf", " 1", "1,000", "--1", "0x10", "1.2.3",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn more_than_ten_decimals_are_rounded_half_away_from_zero() {
        // An index typed from a statement: 0.612345678951 → 0.6123456790 (11th digit 5 rounds up).
        assert_eq!(parse_decimal("0.612345678951"), Some(d("0.6123456790")));
        assert_eq!(parse_decimal("0.612345678949"), Some(d("0.6123456789")));
        assert_eq!(parse_decimal("-0.00000000005"), Some(d("-0.0000000001")));
        // 40 decimals: the digits past the 28th are ignored before rounding.
        let long = format!("1.{}", "3".repeat(40));
        assert_eq!(parse_decimal(&long), Some(d("1.3333333333")));
    }

    #[test]
    fn growth_factor_compounds_whole_years() {
        // 1.05^2 = 1.1025; half a year more at 5 %: × 1.025 = 1.13006250
        assert_eq!(growth_factor(d("0.05"), 24), d("1.1025"));
        assert_eq!(growth_factor(d("0.05"), 30), d("1.13006250"));
        assert_eq!(growth_factor(d("0.05"), 0), Decimal::ONE);
    }
}

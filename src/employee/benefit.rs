//! The monthly employee pension at retirement: basic, account and transitional parts.
//!
//! Source: 《国务院关于完善企业职工基本养老保险制度的决定》(国发〔2005〕38号) 六、改革基本养老金计发办法:
//!
//! > 退休时的基础养老金月标准以当地上年度在岗职工月平均工资和本人指数化月平均缴费工资的平均值为基数，
//! > 缴费每满1年发给1%。个人账户养老金月标准为个人账户储存额除以计发月数，计发月数根据职工退休时城镇
//! > 人口平均预期寿命、本人退休年龄、利息等因素确定。
//!
//! Each part is rounded to the fen ([`crate::money::fen`]).

use rust_decimal::Decimal;

use crate::money::fen;

/// Basic pension 基础养老金 = (C + C × Ī) / 2 × N × 1 %.
///
/// `c`: the benefit location's average wage for benefit calculation (计发基数); `avg_index`: Ī;
/// `years`: N, contribution years including deemed years (months / 12, not rounded).
///
/// ```
/// use pension_estimator::employee::benefit::basic_pension;
/// use rust_decimal::Decimal;
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// // C = 9000, Ī = 0.6, N = 15: (9000 + 5400) / 2 × 15 % = 7200 × 0.15 = 1080.00
/// assert_eq!(basic_pension(d("9000"), d("0.6"), d("15")).to_string(), "1080.00");
/// ```
pub fn basic_pension(c: Decimal, avg_index: Decimal, years: Decimal) -> Decimal {
    basic_pension_two_bases(c, c, avg_index, years)
}

/// Basic pension with two bases: (C + C_local × Ī) / 2 × N × 1 %, the provincial C beside an
/// indexed wage on the local (city) base — the practice of Henan's cities (issue 15; the 核定表
/// of 开封, 新乡, 洛阳, 信阳 and 郑州 in tests/sheets/cases.toml print both bases, citing
/// 豫政〔2006〕29号, whose text was not seen). With `c_local` = `c` it is [`basic_pension`].
///
/// ```
/// use pension_estimator::employee::benefit::basic_pension_two_bases;
/// use rust_decimal::Decimal;
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// // 开封 2026-02: (6738 + 6385 × 0.70066) / 2 × 44.08 % = 5605.857… × 0.4408 = 2471.06
/// assert_eq!(
///     basic_pension_two_bases(d("6738"), d("6385"), d("0.70066"), d("44.08")).to_string(),
///     "2471.06"
/// );
/// ```
pub fn basic_pension_two_bases(
    c: Decimal,
    c_local: Decimal,
    avg_index: Decimal,
    years: Decimal,
) -> Decimal {
    fen((c + c_local * avg_index) / Decimal::TWO * years / Decimal::ONE_HUNDRED)
}

/// Account pension 个人账户养老金 = balance / 计发月数 (divisor by age at retirement).
///
/// ```
/// use pension_estimator::employee::benefit::account_pension;
/// use rust_decimal::Decimal;
/// // 100 000 / 139 = 719.424… → 719.42
/// assert_eq!(account_pension(Decimal::from(100_000), Decimal::from(139)).to_string(), "719.42");
/// ```
pub fn account_pension(balance: Decimal, divisor: Decimal) -> Decimal {
    if divisor.is_zero() {
        return Decimal::ZERO;
    }
    fen(balance / divisor)
}

/// Transitional pension 过渡性养老金 = C × Ī × deemed years × the region's coefficient
/// (国发〔2005〕38号 六: 国家统一政策…对建立个人账户前的视同缴费年限发给过渡性养老金; the coefficient
/// is provincial, 1.0 %–1.4 %). The index used is the person's Ī (a common simplification:
/// some provinces use a separate deemed-years index).
///
/// ```
/// use pension_estimator::employee::benefit::transitional_pension;
/// use rust_decimal::Decimal;
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// // 9000 × 1.0 × 5 × 1.2 % = 540.00
/// assert_eq!(transitional_pension(d("9000"), d("1"), d("5"), d("0.012")).to_string(), "540.00");
/// ```
pub fn transitional_pension(
    c: Decimal,
    avg_index: Decimal,
    deemed_years: Decimal,
    coefficient: Decimal,
) -> Decimal {
    transitional_on_base(c * avg_index, deemed_years, coefficient)
}

/// Transitional pension on a given `base` (C × Ī, or the region's other base: see
/// [`crate::employee::practice::TransitionalBase`]) = base × years × coefficient, to the fen.
///
/// ```
/// use pension_estimator::employee::benefit::transitional_on_base;
/// use rust_decimal::Decimal;
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// // Sichuan slip 2025-10: (8321 + 8321 × 0.613) / 2 × 6.5 years × 1.3 % = 567.07
/// let base = (d("8321") + d("8321") * d("0.613")) / d("2");
/// assert_eq!(transitional_on_base(base, d("6.5"), d("0.013")).to_string(), "567.07");
/// ```
pub fn transitional_on_base(base: Decimal, years: Decimal, coefficient: Decimal) -> Decimal {
    fen(base * years * coefficient)
}

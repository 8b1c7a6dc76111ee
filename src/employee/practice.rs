//! Provincial practice on the benefit-determination sheet (养老金核定表): how the sheet reads the
//! account divisor at an age with months, how it counts the years it multiplies by, and the base
//! and years of the transitional pension.
//!
//! 国发〔2005〕38号 六 sets the formulas and its 附件 the divisor (计发月数) by whole age at
//! retirement; neither says what to do with the months of an age like 60 years 2 months, nor
//! with a contribution record of 30 years 8 months. The offices' sheets answer both, and
//! differently by province. Each rule here is a per-region, dated parameter (`divisor_rule`,
//! `years_rule` in `params/`), with the national default where no evidence was found: the whole
//! age and the exact years (months / 12).
//!
//! - [`DivisorRule::ByMonth`]: D(a) − (D(a) − D(a+1)) × m / 12, rounded half-up to one decimal
//!   (60 y 2 m → 139 − 7 × 2/12 = 137.83 → 137.8). Printed on the sheets of the provinces whose
//!   `divisor_rule` says so (each entry names the sheets); the document that prescribes it was
//!   searched for and not found; a 济南市 12345 answer (jinan.gov.cn, 2025) says the month table
//!   applies from 2025-01-01 "根据相关文件规定" (see docs/sheets.md).
//! - [`YearsRule`]: the years as the sheet prints them — rounded half-up to two decimals
//!   (30 y 8 m → 30.67), cut to two decimals (→ 30.66), or (Anhui) raised to the next tenth
//!   (→ 30.7; 42 y 5 m → 42.5 on an 安徽省基本养老金计发表 of 2026-02, see the AH entry). The
//!   provincial document behind each was not found; the entries cite the sheets.
//! - [`TransitionalBase`], [`TransitionalYears`] (`transitional_base`, `transitional_years`): the
//!   transitional pension of 国发〔2005〕38号 六 on C × Ī, on (C + C × Ī) / 2 (Liaoning, Sichuan)
//!   or on C × max(Ī, 1) (Inner Mongolia), for the deemed years or for all the years before the
//!   personal account (建账前年限: ten provinces' sheets), as the sheets named in each entry print.
//! - [`BasicBase`] (`basic_base`): the first term of the basic pension — C, or (Guangdong) C × a
//!   with a = min(1, Ī ÷ 0.6), so that an index below 0.6 lowers both halves, as the Guangdong
//!   sheets print (江门 2024-05, 中山 2025-04 and 2026-06, 惠州 2025-10; Shenzhen's sheets use C).
//! - [`PrintRounding`] (`print_rounding`): the precision the sheet prints — to the fen (the
//!   national reading), each part to 0.1 yuan half-up or raised (Guangxi), or the parts to the fen
//!   and the total raised to 0.1 yuan (Shanxi). The sheets named in each entry show it; no
//!   document was found. The estimate keeps the fen (the difference is under 0.1 yuan a part);
//!   the official-sheet suite reads the sheet through it.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::error::FieldError;
use crate::month::YearsMonths;
use crate::params::Params;
use crate::Month;

/// How the sheet reads the divisor for an age with months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DivisorRule {
    /// The row of the whole age (the table as printed in 国发〔2005〕38号 附件).
    WholeAge,
    /// Between the rows of the whole age and the next, by month, to one decimal.
    ByMonth,
}

impl DivisorRule {
    /// The rule named in the data (`whole_age`, `by_month`); `None` for another text.
    pub fn parse(rule: &str) -> Option<DivisorRule> {
        match rule {
            "whole_age" => Some(DivisorRule::WholeAge),
            "by_month" => Some(DivisorRule::ByMonth),
            _ => None,
        }
    }

    /// The divisor at `age` from `row(a)`, the table's row for whole age `a`.
    ///
    /// ```
    /// use pension_estimator::employee::practice::DivisorRule;
    /// use pension_estimator::month::YearsMonths;
    /// use rust_decimal::Decimal;
    /// let row = |a: i32| Decimal::from(match a { 50 => 195, 51 => 190, 60 => 139, _ => 132 });
    /// let at = |years, months| YearsMonths { years, months };
    /// // 139 − (139 − 132) × 2/12 = 137.833… → 137.8
    /// assert_eq!(DivisorRule::ByMonth.divisor(at(60, 2), row).to_string(), "137.8");
    /// // 195 − (195 − 190) × 3/12 = 193.75 → 193.8 (half-up)
    /// assert_eq!(DivisorRule::ByMonth.divisor(at(50, 3), row).to_string(), "193.8");
    /// assert_eq!(DivisorRule::WholeAge.divisor(at(60, 2), row).to_string(), "139");
    /// ```
    pub fn divisor(self, age: YearsMonths, mut row: impl FnMut(i32) -> Decimal) -> Decimal {
        let here = row(age.years);
        if self == DivisorRule::WholeAge || age.months == 0 {
            return here;
        }
        let next = row(age.years + 1);
        let step = (here - next) * Decimal::from(age.months) / Decimal::from(12);
        (here - step).round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
    }
}

/// How the sheet counts the years it multiplies by (N in the basic pension, the deemed years in
/// the transitional pension).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearsRule {
    /// Months / 12, not rounded.
    Exact,
    /// Rounded half-up to two decimals.
    Round2,
    /// Cut to two decimals.
    Cut2,
    /// Raised to the next tenth.
    Up1,
    /// The whole years, and each further month as 0.083 of a year (Shanghai: 1 % a year,
    /// 0.083 % a month).
    Month0083,
}

/// Shanghai's share of a year for a month beyond the whole years (0.083 % against 1 %).
const SHANGHAI_MONTH: Decimal = Decimal::from_parts(83, 0, 0, false, 3);

impl YearsRule {
    /// The rule named in the data (`exact`, `round2`, `cut2`, `up1`, `month_0083`); `None` for
    /// another text.
    pub fn parse(rule: &str) -> Option<YearsRule> {
        match rule {
            "exact" => Some(YearsRule::Exact),
            "round2" => Some(YearsRule::Round2),
            "cut2" => Some(YearsRule::Cut2),
            "up1" => Some(YearsRule::Up1),
            "month_0083" => Some(YearsRule::Month0083),
            _ => None,
        }
    }

    /// `months` as years, counted by this rule.
    ///
    /// ```
    /// use pension_estimator::employee::practice::YearsRule;
    /// // 30 years 8 months = 368 / 12 = 30.666…
    /// assert_eq!(YearsRule::Round2.years(368).to_string(), "30.67");
    /// assert_eq!(YearsRule::Cut2.years(368).to_string(), "30.66");
    /// assert_eq!(YearsRule::Up1.years(368).to_string(), "30.7");
    /// // 1 year 1 month = 1.0833… → 1.1 (Anhui)
    /// assert_eq!(YearsRule::Up1.years(13).to_string(), "1.1");
    /// // whole years stay whole
    /// assert_eq!(YearsRule::Up1.years(360).to_string(), "30");
    /// // Shanghai: 26 years 6 months = 26 + 6 × 0.083 = 26.498
    /// assert_eq!(YearsRule::Month0083.years(318).to_string(), "26.498");
    /// ```
    pub fn years(self, months: u32) -> Decimal {
        let exact = Decimal::from(months) / Decimal::from(12);
        let (dp, strategy) = match self {
            YearsRule::Exact => return exact,
            YearsRule::Round2 => (2, RoundingStrategy::MidpointAwayFromZero),
            YearsRule::Cut2 => (2, RoundingStrategy::ToZero),
            YearsRule::Up1 => (1, RoundingStrategy::AwayFromZero),
            YearsRule::Month0083 => {
                let (whole, rest) = (months / 12, months % 12);
                return Decimal::from(whole) + Decimal::from(rest) * SHANGHAI_MONTH;
            }
        };
        exact.round_dp_with_strategy(dp, strategy).normalize()
    }
}

/// The divisor rule of `region` in force at `at` (the national whole-age reading where the
/// region has none, or the data names no known rule: `tests/params_data.rs` checks they all parse).
pub fn divisor_rule(params: &Params, region: &str, at: Month) -> DivisorRule {
    rule_at(
        params,
        region,
        "divisor_rule",
        at,
        DivisorRule::parse,
        DivisorRule::WholeAge,
    )
}

/// The years rule of `region` in force at `at` (exact years where the region has none).
pub fn years_rule(params: &Params, region: &str, at: Month) -> YearsRule {
    rule_at(
        params,
        region,
        "years_rule",
        at,
        YearsRule::parse,
        YearsRule::Exact,
    )
}

/// The divisor (计发月数) for a pension starting in `at` at `age` in `region`: the table of
/// 国发〔2005〕38号 附件 read by the region's [`DivisorRule`]. Errors (path `path`) when no table
/// is in force.
pub fn divisor(
    params: &Params,
    path: &str,
    region: &str,
    age: YearsMonths,
    at: Month,
) -> Result<Decimal, FieldError> {
    let mut failed = None;
    let value = divisor_rule(params, region, at).divisor(age, |a| {
        params.divisor(path, a, at).unwrap_or_else(|e| {
            failed = Some(e);
            Decimal::ZERO
        })
    });
    failed.map_or(Ok(value), Err)
}

/// The base the transitional pension multiplies (per region, `transitional_base`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransitionalBase {
    /// C × Ī, the indexed monthly wage (the common reading of 国发〔2005〕38号).
    Indexed,
    /// (C + C × Ī) / 2, the basic pension's base: Liaoning's and Sichuan's sheets.
    Average,
    /// C × max(Ī, 1): Inner Mongolia's sheet floors the index at 1.
    IndexedFloorOne,
    /// C alone (the index taken as 1): Shanghai's sheets for the 连续工龄 to 1992-12.
    C,
}

impl TransitionalBase {
    /// The rule named in the data (`indexed`, `average`, `indexed_floor_one`); `None` for
    /// another text.
    pub fn parse(rule: &str) -> Option<TransitionalBase> {
        match rule {
            "indexed" => Some(TransitionalBase::Indexed),
            "average" => Some(TransitionalBase::Average),
            "indexed_floor_one" => Some(TransitionalBase::IndexedFloorOne),
            "c" => Some(TransitionalBase::C),
            _ => None,
        }
    }

    /// The base for C = `c` and index `index`.
    ///
    /// ```
    /// use pension_estimator::employee::practice::TransitionalBase;
    /// use rust_decimal::Decimal;
    /// let d = |s: &str| s.parse::<Decimal>().unwrap();
    /// assert_eq!(TransitionalBase::Indexed.base(d("8000"), d("0.6")), d("4800"));
    /// // (8000 + 4800) / 2 = 6400
    /// assert_eq!(TransitionalBase::Average.base(d("8000"), d("0.6")), d("6400"));
    /// // max(0.6, 1) = 1: 8000
    /// assert_eq!(TransitionalBase::IndexedFloorOne.base(d("8000"), d("0.6")), d("8000"));
    /// assert_eq!(TransitionalBase::C.base(d("8000"), d("1.4")), d("8000"));
    /// ```
    pub fn base(self, c: Decimal, index: Decimal) -> Decimal {
        match self {
            TransitionalBase::Indexed => c * index,
            TransitionalBase::Average => (c + c * index) / Decimal::TWO,
            TransitionalBase::IndexedFloorOne => c * index.max(Decimal::ONE),
            TransitionalBase::C => c,
        }
    }
}

/// Which years the transitional pension counts (per region, `transitional_years`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransitionalYears {
    /// The deemed years (视同缴费年限) only.
    Deemed,
    /// The years before the personal account as the province dates it: deemed years plus actual
    /// contributions before the account (Guizhou: to 1997-12). The sheets print them as
    /// 建账前年限; the estimate has only the deemed months and says so.
    PreAccount,
    /// Beijing: the deemed years (to 1992-09) on C with the deemed index 1, plus the actual
    /// contribution years 1992-10 … 1998-06 on C × Ī (京劳社养发〔2007〕21号 二 and 京劳社养发〔2007〕31号
    /// 二（二）, Beijing Municipal Labour and Social Security Bureau: 过渡性养老金 = 按视同缴费年限计算的
    /// 部分 + 按 1992年10月1日至1998年6月30日 实际缴费年限计算的部分, each 1 % a year, the deemed
    /// index 1; the wording as quoted by a third-party reference list, the documents not read
    /// here). The 朝阳区 核准表 of 2026-03 (tests/sheets: beijing/7) prints 12049 × 2.4328 × 1.25
    /// × 1 % = 366.41 for 1997-04 … 1998-06 and no deemed years.
    ActualTo199806,
    /// Shanghai: the deemed years (连续工龄 to 1992-12) rounded half-up to two decimals, whatever
    /// the basic pension's years rule (the 上海市养老金核定表 of 2023-04 and 2026-01 print 1.42 for
    /// 1y5m and 4.42 for 4y5m and multiply C × 1 × those years × 1.2 %: 11396 × 1.42 × 1.2 % =
    /// 194.19). The sheets add the 虚账实记 total ÷ 120 (60173 ÷ 120 = 501.44), an amount the
    /// scenario does not have; the estimate leaves it out and says so. The transcriber's engine
    /// cites 沪人社规〔2021〕32号 (not read).
    DeemedRound2,
    /// Shenzhen after the 2021–2025 phase-in: the transitional pension of the new method (C ×
    /// index × the years before the account × coefficient) less what the per-year add-on already
    /// pays (4 a whole year: 调整额 = new − (old core + 4 × whole years), the old core an amount the
    /// scenario does not have, taken as 0), not below 0; the sheet prints it as 调整额 beside the
    /// transitional column (core + 100 + 4 × whole years). Shenzhen's sheet of 2025-10: 11293 ×
    /// 0.3528 × 3.5833 × 1.2 % = 171.32; − 4 × 30 = 51.32 as printed. Cited by the transcriber as
    /// 粤府函〔2021〕294号 (not read).
    PreAccountLessAddOns,
}

impl TransitionalYears {
    /// The rule named in the data (`deemed`, `pre_account`); `None` for another text.
    pub fn parse(rule: &str) -> Option<TransitionalYears> {
        match rule {
            "deemed" => Some(TransitionalYears::Deemed),
            "pre_account" => Some(TransitionalYears::PreAccount),
            "actual_to_1998_06" => Some(TransitionalYears::ActualTo199806),
            "deemed_round2" => Some(TransitionalYears::DeemedRound2),
            "pre_account_less_add_ons" => Some(TransitionalYears::PreAccountLessAddOns),
            _ => None,
        }
    }

    /// The months of actual contributions that the rule counts besides the deemed ones: the
    /// window (first, last month) of [`TransitionalYears::ActualTo199806`], none for the others.
    pub fn actual_window(self) -> Option<(Month, Month)> {
        match self {
            TransitionalYears::ActualTo199806 => {
                Some((Month::new(1992, 10)?, Month::new(1998, 6)?))
            }
            _ => None,
        }
    }

    /// Whether the rule counts the years before the personal account (the sheets' 建账前年限),
    /// of which the estimate has only the deemed months.
    pub fn counts_pre_account(self) -> bool {
        matches!(
            self,
            TransitionalYears::PreAccount | TransitionalYears::PreAccountLessAddOns
        )
    }

    /// The transitional pension of `t` ([`Transitional`]): the deemed months (or the years before
    /// the account, as the rule counts them) on the base, years as `t.years` counts them, each
    /// part to the fen. Beijing's rule ([`TransitionalYears::ActualTo199806`]): the deemed months
    /// on C (the index taken as one) plus the actual months in its window on the base.
    /// Shanghai's ([`TransitionalYears::DeemedRound2`]): the years rounded to two decimals.
    /// Shenzhen's ([`TransitionalYears::PreAccountLessAddOns`]): less the per-year add-ons, not
    /// below 0.
    ///
    /// ```
    /// use pension_estimator::employee::practice::{Transitional, TransitionalYears, YearsRule};
    /// use rust_decimal::Decimal;
    /// let d = |s: &str| s.parse::<Decimal>().unwrap();
    /// // Beijing 2026-03: no deemed years; 15 months 1997-04 … 1998-06:
    /// // 12049 × 2.4328 × 1.25 × 1 % = 366.410… → 366.41
    /// let t = Transitional {
    ///     c: d("12049"),
    ///     base: d("12049") * d("2.4328"),
    ///     years: YearsRule::Round2,
    ///     months: (0, 15),
    ///     coefficient: d("0.01"),
    ///     add_ons: Decimal::ZERO,
    /// };
    /// assert_eq!(TransitionalYears::ActualTo199806.pension(&t).to_string(), "366.41");
    /// ```
    pub fn pension(self, t: &Transitional) -> Decimal {
        let part = |on: Decimal, rule: YearsRule, months: u32| {
            crate::employee::benefit::transitional_on_base(on, rule.years(months), t.coefficient)
        };
        let (deemed, actual) = t.months;
        match self {
            TransitionalYears::ActualTo199806 => {
                part(t.c, t.years, deemed) + part(t.base, t.years, actual)
            }
            TransitionalYears::DeemedRound2 => part(t.base, YearsRule::Round2, deemed),
            TransitionalYears::PreAccountLessAddOns => {
                (part(t.base, t.years, deemed) - t.add_ons).max(Decimal::ZERO)
            }
            TransitionalYears::Deemed | TransitionalYears::PreAccount => {
                part(t.base, t.years, deemed)
            }
        }
    }
}

/// What a transitional pension is computed from ([`TransitionalYears::pension`]).
#[derive(Clone, Copy, Debug)]
pub struct Transitional {
    /// C.
    pub c: Decimal,
    /// The base by the region's [`TransitionalBase`] (C × Ī, …).
    pub base: Decimal,
    /// How the region counts years.
    pub years: YearsRule,
    /// (deemed months — or the years before the account —, actual months in the rule's window).
    pub months: (u32, u32),
    /// The region's transitional coefficient.
    pub coefficient: Decimal,
    /// The per-year add-ons already paid (100 + 4 × whole years less the 100: Shenzhen), which
    /// [`TransitionalYears::PreAccountLessAddOns`] subtracts.
    pub add_ons: Decimal,
}

/// Where the detailed months of a record were paid, and the statement's region and months: what
/// the rules that count years in one place read (Beijing's 1992-10 … 1998-06 years, Tibet's years
/// worked in Tibet).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WherePaid {
    /// Each detailed month and its region.
    pub months: std::rc::Rc<[(Month, std::rc::Rc<str>)]>,
    /// The statement's region and its months (contribution and deemed), if it names a region.
    pub statement: Option<(String, u32)>,
}

impl WherePaid {
    /// Where `months` were paid, and the statement's region and months (contribution and
    /// deemed).
    pub fn paid(
        months: &[crate::employee::contributions::PaidMonth],
        summary: Option<&crate::scenario::Summary>,
    ) -> WherePaid {
        WherePaid {
            months: months.iter().map(|m| (m.month, m.region.clone())).collect(),
            statement: summary.and_then(|s| {
                let region = s.region.clone()?;
                Some((region, s.employee_months + s.deemed_months))
            }),
        }
    }

    /// The detailed months paid in `region` from `first` to `last` (the statement's months have
    /// no dates and are not counted).
    pub fn months_between(&self, region: &str, first: Month, last: Month) -> u32 {
        let within =
            |(m, r): &&(Month, std::rc::Rc<str>)| &**r == region && first <= *m && *m <= last;
        self.months.iter().filter(within).count() as u32
    }

    /// All months in `region`: the detailed months paid there, and the statement's months
    /// (deemed included) where the statement names that region.
    pub fn months_in(&self, region: &str) -> u32 {
        let detailed = self.months.iter().filter(|(_, r)| &**r == region).count() as u32;
        let statement = self
            .statement
            .as_ref()
            .filter(|(r, _)| r == region)
            .map_or(0, |(_, n)| *n);
        detailed + statement
    }
}

/// The transitional base rule of `region` at `at` ([`TransitionalBase::Indexed`] where none).
pub fn transitional_base(params: &Params, region: &str, at: Month) -> TransitionalBase {
    rule_at(
        params,
        region,
        "transitional_base",
        at,
        TransitionalBase::parse,
        TransitionalBase::Indexed,
    )
}

/// The transitional years rule of `region` at `at` ([`TransitionalYears::Deemed`] where none).
pub fn transitional_years(params: &Params, region: &str, at: Month) -> TransitionalYears {
    rule_at(
        params,
        region,
        "transitional_years",
        at,
        TransitionalYears::parse,
        TransitionalYears::Deemed,
    )
}

/// How the sheet prints its amounts (per region, `print_rounding`). The parts are computed to the
/// fen ([`crate::employee::benefit`]); this rule is what the sheet then shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintRounding {
    /// Parts and total to the fen.
    Fen,
    /// Each part rounded half-up to 0.1 yuan; the total is their sum.
    PartsJiaoHalfUp,
    /// Each part raised to the next 0.1 yuan; the total is their sum.
    PartsJiaoUp,
    /// Parts to the fen; the total raised to the next 0.1 yuan.
    TotalJiaoUp,
    /// The basic pension rounded half-up to 0.1 yuan, the other parts to the fen (Shanghai).
    BasicJiaoHalfUp,
}

impl PrintRounding {
    /// The rule named in the data (`fen`, `parts_jiao_half_up`, `parts_jiao_up`,
    /// `total_jiao_up`, `basic_jiao_half_up`); `None` for another text.
    pub fn parse(rule: &str) -> Option<PrintRounding> {
        match rule {
            "fen" => Some(PrintRounding::Fen),
            "parts_jiao_half_up" => Some(PrintRounding::PartsJiaoHalfUp),
            "parts_jiao_up" => Some(PrintRounding::PartsJiaoUp),
            "total_jiao_up" => Some(PrintRounding::TotalJiaoUp),
            "basic_jiao_half_up" => Some(PrintRounding::BasicJiaoHalfUp),
            _ => None,
        }
    }

    /// A part (basic, account, transitional, extra) computed to the fen, as the sheet prints it.
    ///
    /// ```
    /// use pension_estimator::employee::practice::PrintRounding;
    /// use rust_decimal::Decimal;
    /// let d = |s: &str| s.parse::<Decimal>().unwrap();
    /// // Guangxi 2022-12 (liuzhou): 67182.54 ÷ 139 = 483.33 → 483.4
    /// assert_eq!(PrintRounding::PartsJiaoUp.part(d("483.33")), d("483.4"));
    /// // Guangxi 2025-02 (nanning): 97150.21 ÷ 195 = 498.21 → 498.2
    /// assert_eq!(PrintRounding::PartsJiaoHalfUp.part(d("498.21")), d("498.2"));
    /// assert_eq!(PrintRounding::PartsJiaoHalfUp.part(d("571.75")), d("571.8"));
    /// assert_eq!(PrintRounding::TotalJiaoUp.part(d("695.02")), d("695.02"));
    /// assert_eq!(PrintRounding::Fen.part(d("695.02")), d("695.02"));
    /// ```
    pub fn part(self, fen: Decimal) -> Decimal {
        match self {
            PrintRounding::PartsJiaoHalfUp => jiao(fen, RoundingStrategy::MidpointAwayFromZero),
            PrintRounding::PartsJiaoUp => jiao(fen, RoundingStrategy::AwayFromZero),
            PrintRounding::Fen | PrintRounding::TotalJiaoUp | PrintRounding::BasicJiaoHalfUp => fen,
        }
    }

    /// The basic pension computed to the fen, as the sheet prints it.
    ///
    /// ```
    /// use pension_estimator::employee::practice::PrintRounding;
    /// use rust_decimal::Decimal;
    /// let d = |s: &str| s.parse::<Decimal>().unwrap();
    /// // Shanghai 2026-01 (shanghai/2): 5500.65 → 5500.7, its account 2981.00 stays
    /// assert_eq!(PrintRounding::BasicJiaoHalfUp.basic(d("5500.65")), d("5500.7"));
    /// assert_eq!(PrintRounding::BasicJiaoHalfUp.part(d("1101.91")), d("1101.91"));
    /// assert_eq!(PrintRounding::PartsJiaoUp.basic(d("2410.79")), d("2410.8"));
    /// ```
    pub fn basic(self, fen: Decimal) -> Decimal {
        match self {
            PrintRounding::BasicJiaoHalfUp => jiao(fen, RoundingStrategy::MidpointAwayFromZero),
            _ => self.part(fen),
        }
    }

    /// The total of the printed parts, as the sheet prints it.
    ///
    /// ```
    /// use pension_estimator::employee::practice::PrintRounding;
    /// use rust_decimal::Decimal;
    /// let d = |s: &str| s.parse::<Decimal>().unwrap();
    /// // Shanxi 2025-10 (shanxi/1): 2633.36 + 695.02 + 857.36 = 4185.74 → 4185.8
    /// assert_eq!(PrintRounding::TotalJiaoUp.total(d("4185.74")), d("4185.8"));
    /// // a total already on the jiao stays
    /// assert_eq!(PrintRounding::TotalJiaoUp.total(d("3993.90")), d("3993.9"));
    /// assert_eq!(PrintRounding::PartsJiaoUp.total(d("3990.1")), d("3990.1"));
    /// ```
    pub fn total(self, sum: Decimal) -> Decimal {
        match self {
            PrintRounding::TotalJiaoUp => jiao(sum, RoundingStrategy::AwayFromZero),
            _ => sum,
        }
    }

    /// Whether the parts are printed to 0.1 yuan (the fen is then below what the sheet shows).
    pub fn rounds_parts(self) -> bool {
        matches!(
            self,
            PrintRounding::PartsJiaoHalfUp | PrintRounding::PartsJiaoUp
        )
    }

    /// Whether the basic pension is printed to 0.1 yuan.
    pub fn rounds_basic(self) -> bool {
        self.rounds_parts() || self == PrintRounding::BasicJiaoHalfUp
    }
}

/// `amount` to 0.1 yuan by `strategy` (amounts on a sheet are not negative).
fn jiao(amount: Decimal, strategy: RoundingStrategy) -> Decimal {
    amount.round_dp_with_strategy(1, strategy)
}

/// The print rounding of `region` at `at` ([`PrintRounding::Fen`] where none).
pub fn print_rounding(params: &Params, region: &str, at: Month) -> PrintRounding {
    rule_at(
        params,
        region,
        "print_rounding",
        at,
        PrintRounding::parse,
        PrintRounding::Fen,
    )
}

/// The first term of the basic pension (per region, `basic_base`): 国发〔2005〕38号 六 reads
/// (C + C × Ī) ÷ 2 × N × 1 %; Guangdong's sheets put C × a in the place of C, a = min(1, Ī ÷ 0.6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BasicBase {
    /// C (国发〔2005〕38号).
    Provincial,
    /// C × min(1, Ī ÷ 0.6): Guangdong, where an index below 0.6 scales C down too.
    LowIndexScaled,
}

/// The index below which Guangdong's first term is scaled (a = Ī ÷ 0.6).
const LOW_INDEX: Decimal = Decimal::from_parts(6, 0, 0, false, 1);

impl BasicBase {
    /// The rule named in the data (`c`, `low_index_scaled`); `None` for another text.
    pub fn parse(rule: &str) -> Option<BasicBase> {
        match rule {
            "c" => Some(BasicBase::Provincial),
            "low_index_scaled" => Some(BasicBase::LowIndexScaled),
            _ => None,
        }
    }

    /// The first term for C = `c` and index `index`.
    ///
    /// ```
    /// use pension_estimator::employee::practice::BasicBase;
    /// use rust_decimal::Decimal;
    /// let d = |s: &str| s.parse::<Decimal>().unwrap();
    /// // 江门 2024-05: Ī 0.452 → a = 0.452 ÷ 0.6 = 0.75333…; 9028 × a = 6801.09…
    /// let first = BasicBase::LowIndexScaled.first_term(d("9028"), d("0.452"));
    /// assert_eq!(first.round_dp(2), d("6801.09"));
    /// // Ī at or above 0.6: C itself
    /// assert_eq!(BasicBase::LowIndexScaled.first_term(d("9028"), d("0.6")), d("9028"));
    /// assert_eq!(BasicBase::Provincial.first_term(d("9028"), d("0.452")), d("9028"));
    /// ```
    pub fn first_term(self, c: Decimal, index: Decimal) -> Decimal {
        match self {
            BasicBase::LowIndexScaled if index < LOW_INDEX => c * index / LOW_INDEX,
            _ => c,
        }
    }
}

/// The basic-pension rule of `region` at `at` ([`BasicBase::Provincial`] where none).
pub fn basic_base(params: &Params, region: &str, at: Month) -> BasicBase {
    rule_at(
        params,
        region,
        "basic_base",
        at,
        BasicBase::parse,
        BasicBase::Provincial,
    )
}

/// The rule `key` of `region` in force at `at`, read by `parse`; `default` where the region has
/// none or the data names no known rule (`tests/params_data.rs` checks that they all parse).
fn rule_at<T>(
    params: &Params,
    region: &str,
    key: &str,
    at: Month,
    parse: fn(&str) -> Option<T>,
    default: T,
) -> T {
    params
        .rule(region, key, at)
        .and_then(|r| parse(&r))
        .unwrap_or(default)
}

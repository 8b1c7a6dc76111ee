//! The official-sheet suite: benefit-determination sheets (养老金核定表) printed by social-insurance
//! offices, replayed through the project's rule functions with the sheet's own inputs pinned.
//!
//! The cases and the origin of each are in `tests/sheets/cases.toml`; docs/sheets.md reports the
//! pass rate per part and explains every failure. For each sheet the suite computes, with the
//! sheet's C, Ī, years, deemed years, balance and age, and the project's data for the region
//! (transitional coefficient, divisor rule, years rule):
//! - divisor 计发月数 = [`practice::divisor`] (国发〔2005〕38号 附件, read by the region's rule);
//! - account = balance ÷ divisor ([`benefit::account_pension`]), to the fen;
//! - basic = (C + C × Ī) ÷ 2 × N × 1 % ([`benefit::basic_pension_two_bases`]; the first C as the
//!   region's [`practice::BasicBase`] takes it: Guangdong's C × min(1, Ī ÷ 0.6)), N counted by the
//!   region's [`practice::YearsRule`]; (C + C_local × Ī) ÷ 2 × N × 1 % where the sheet prints a
//!   local base beside C (Henan's cities), the transitional pension then on the local base too;
//! - transitional = base × years × coefficient ([`practice::TransitionalYears::pension`]): the
//!   base C × Ī, (C + C × Ī) ÷ 2 or C by the region's [`practice::TransitionalBase`], with the
//!   separate transitional index instead of Ī where the sheet prints one; the years the deemed
//!   years, or the years before the personal account (建账前年限, as printed) where the region's
//!   [`practice::TransitionalYears`] counts them, plus Beijing's actual months 1992-10 … 1998-06
//!   (from the transcribed dates); less the per-year add-ons for Shenzhen's 调整额 (compared with
//!   the printed column plus the printed 调整额);
//! - extra = the provincial extras ([`pension_estimator::employee::extras`]): C × Ī × N × the
//!   region's share (Sichuan 0.1 %) and the flat add-ons (Guangdong: 100 + 4 × whole years; in the
//!   transitional part where the sheet prints them there), 0 where the data has none; printed 0
//!   where the sheet has none;
//! - total = the sum of the four, plus what the sheet puts in its total only: the extra by years
//!   worked in the region (Tibet's plateau allowance, [`extras::local_years_extra`], with the
//!   years worked there as transcribed). Amounts the project does not compute (Tibet's area
//!   benefits, Shenzhen's 地方补助, Shanghai's 虚账实记 ÷ 120) are not pinned: the part that holds
//!   them fails, with the reason;
//! - each part and the total as the sheet prints them ([`practice::PrintRounding`]: to the fen, or
//!   to 0.1 yuan where the region's sheets print so).
//!
//! Tolerance ("within the sheet's rounding"): the divisor exactly; the account 0.01 yuan; the
//! basic and transitional 0.01 yuan plus what the printed Ī's last decimal can move them (half a
//! unit of it × C × N % ÷ 2, resp. × C × deemed years × coefficient: the office computes with the
//! unrounded Ī); the 0.01 yuan is left out where the sheet prints the parts to 0.1 yuan. A part
//! passes when the printed figure is between the print rounding of the computed figure minus and
//! plus its tolerance (for the fen: computed ± tolerance); the total likewise, from the sums of
//! the parts' ends.
//!
//! A part listed in a case's `fails` must fail (with the reason written there), every other part
//! must pass: a change to a rule or to the data that moves any sheet shows here.

mod common;
use common::*;

use std::collections::BTreeMap;

use pension_estimator::employee::{benefit, extras, practice};
use pension_estimator::month::YearsMonths;
use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    sheet: Vec<Sheet>,
}

#[derive(Deserialize)]
#[allow(dead_code)] // origin, source and history are for the reader of the data file
struct Sheet {
    id: String,
    region: String,
    origin: String,
    source: String,
    history: String,
    birth: String,
    start: String,
    c: String,
    avg_index: String,
    months: u32,
    deemed_months: u32,
    pre_account_months: Option<u32>,
    trans_index: Option<String>,
    local_c: Option<String>,
    /// Actual contribution months in the window the region's transitional rule counts besides
    /// the deemed ones (Beijing's 1992-10 … 1998-06), as the sheet's dates give them.
    actual_window_months: Option<u32>,
    /// Months worked in the region, as the sheet records them (Tibet's 在藏工作年限).
    local_months: Option<u32>,
    /// A second transitional line the sheet prints beside the transitional column (Shenzhen's
    /// 调整额), compared with the column as their sum.
    transitional_adjustment: Option<String>,
    balance: String,
    divisor: String,
    basic: String,
    account: String,
    transitional: String,
    extra: Option<String>,
    /// Where the sheet prints the flat add-ons, if not as the extra ("transitional").
    addons_in: Option<String>,
    total: String,
    fails: BTreeMap<String, String>,
}

const PARTS: [&str; 6] = [
    "divisor",
    "basic",
    "account",
    "transitional",
    "extra",
    "total",
];

/// Half a unit of the last printed decimal of `printed` (0.00005 for "0.6119"; a whole "1" is
/// taken as the sheet's "1.0000").
fn half_unit(printed: &str) -> Decimal {
    let decimals = printed.split_once('.').map_or(4, |(_, f)| f.len());
    Decimal::new(5, decimals as u32 + 1)
}

/// One part: (computed, printed, tolerance), computed to the fen.
type Part = (Decimal, Decimal, Decimal);

/// One part as the sheet prints it: computed, printed, and the lowest and highest figure the
/// sheet can print for it.
struct Printed {
    got: Decimal,
    printed: Decimal,
    low: Decimal,
    high: Decimal,
}

impl Printed {
    /// The part `(got, printed, tol)` printed by `print` (monotonic): `print(got ∓ tol)` the ends.
    fn new((got, printed, tol): Part, print: impl Fn(Decimal) -> Decimal) -> Printed {
        Printed {
            got: print(got),
            printed,
            low: print(got - tol),
            high: print(got + tol),
        }
    }

    fn ok(&self) -> bool {
        self.low <= self.printed && self.printed <= self.high
    }
}

/// The six parts of `s` as the sheet prints them: the divisor exactly, the four amounts by the
/// region's print rounding, the total (the sum of the printed parts, by the rounding) from the
/// parts' ends.
fn printed_parts(s: &Sheet) -> [Printed; 6] {
    let rounding = practice::print_rounding(&ctx("2026-12").params, &s.region, m(&s.start));
    let ([divisor, basic, account, transitional, extra], (in_total, _, in_total_tol)) =
        replay(s, rounding);
    let basic = Printed::new(basic, |x| rounding.basic(x));
    let [account, transitional, extra] =
        [account, transitional, extra].map(|p| Printed::new(p, |x| rounding.part(x)));
    let parts = [basic, account, transitional, extra];
    // What the sheet adds in its total only: an extra it prints there (Tibet's plateau
    // allowance). An amount the project does not compute (Tibet's area benefits, Shenzhen's
    // 地方补助, Shanghai's 虚账实记 ÷ 120) is never pinned: the part that holds it fails, with why.
    let other = in_total;
    let sum = |f: fn(&Printed) -> Decimal, other: Decimal| {
        rounding.total(parts.iter().map(f).sum::<Decimal>() + other)
    };
    let total = Printed {
        got: sum(|p| p.got, other),
        printed: d(&s.total),
        low: sum(|p| p.low, other - in_total_tol),
        high: sum(|p| p.high, other + in_total_tol),
    };
    let [basic, account, transitional, extra] = parts;
    [
        Printed::new(divisor, |x| x),
        basic,
        account,
        transitional,
        extra,
        total,
    ]
}

/// The divisor and the four amounts of `s` as the project computes them (to the fen), beside the
/// printed ones; the fen's own 0.01 left out of the tolerances where `rounding` prints the parts
/// to 0.1 yuan.
fn replay(s: &Sheet, rounding: practice::PrintRounding) -> ([Part; 5], Part) {
    let c = ctx("2026-12");
    let p = &c.params;
    let start = m(&s.start);
    let age = YearsMonths::from_months(m(&s.birth).months_until(start));
    let fen_tol = if rounding.rounds_parts() {
        Decimal::ZERO
    } else {
        d("0.01")
    };
    let (cc, index) = (d(&s.c), d(&s.avg_index));
    let wiggle = half_unit(&s.avg_index);
    let divisor = practice::divisor(p, "$", &s.region, age, start).unwrap();
    let account = benefit::account_pension(d(&s.balance), divisor);
    let rule = practice::years_rule(p, &s.region, start);
    let n = rule.years(s.months);
    // Two bases where the sheet prints a local (city) one beside C (Henan): the indexed wage and
    // the transitional pension on the local base.
    let local = s.local_c.as_deref().map_or(cc, d);
    // The first term C, or C scaled where the region's sheets scale it (Guangdong's a).
    let first = practice::basic_base(p, &s.region, start).first_term(cc, index);
    let basic = benefit::basic_pension_two_bases(first, local, index, n);
    let basic_fen_tol = if rounding.rounds_basic() {
        Decimal::ZERO
    } else {
        fen_tol
    };
    let basic_tol = basic_fen_tol + cc * n / Decimal::ONE_HUNDRED / Decimal::TWO * wiggle;
    // The transitional years as the region's sheets count them: the deemed years, or the years
    // before the personal account where the sheet prints them and the region counts them.
    let trans_rule = practice::transitional_years(p, &s.region, start);
    let trans_months = match trans_rule {
        rule if rule.counts_pre_account() => s.pre_account_months.unwrap_or(s.deemed_months),
        _ => s.deemed_months,
    };
    // Beijing's actual months 1992-10 … 1998-06, where the rule counts them.
    let actual = trans_rule
        .actual_window()
        .map_or(0, |_| s.actual_window_months.unwrap_or(0));
    let (transitional, trans_tol) = if trans_months + actual == 0 {
        (Decimal::ZERO, fen_tol)
    } else {
        let coef = p
            .value("$", &s.region, "transitional_coefficient", start)
            .unwrap();
        // A separate transitional index where the sheet prints one (Tianjin, Shanxi, Jiangsu,
        // Henan: issue 15), else Ī; the base by the region's rule (C × index, or its average
        // with C: Liaoning, Sichuan).
        let trans_index = s.trans_index.as_deref().unwrap_or(&s.avg_index);
        let base = practice::transitional_base(p, &s.region, start).base(local, d(trans_index));
        let years = rule.years(trans_months + actual);
        (
            trans_rule.pension(&practice::Transitional {
                c: local,
                base,
                years: rule,
                months: (trans_months, actual),
                coefficient: coef,
                add_ons: extras::per_year_add_ons(p, &s.region, start, n),
            }),
            fen_tol + local * years * coef * half_unit(trans_index),
        )
    };
    // The provincial extras (employee::extras): C × Ī × N × the region's share (Sichuan), which
    // Ī's last decimal moves, and the flat add-ons (Guangdong); 0 where none. Where the sheet
    // prints the add-ons in its transitional column (`addons_in`), they are compared there.
    let (indexed, flat) = extras::provincial_extras(p, &s.region, start, cc, index, n);
    let rate = p
        .step(&s.region, "extra_indexed_per_year", start)
        .map_or(Decimal::ZERO, |(_, rate)| rate);
    let extra_tol = fen_tol + cc * n * rate * wiggle;
    // The extra by the years worked in the region (Tibet's plateau allowance), which the sheets
    // print in the total only (`addons_in = "total"`).
    let local_years = s.local_months.map_or(Decimal::ZERO, |months| {
        extras::local_years_extra(p, &s.region, start, (cc, index), months)
    });
    let local_share = s.local_months.map_or(Decimal::ZERO, |months| {
        extras::local_years_share(p, &s.region, start, months)
    });
    let local_tol = fen_tol + cc * local_share * wiggle;
    let (transitional, extra, in_total) = match s.addons_in.as_deref() {
        Some("transitional") => (transitional + flat, indexed + local_years, Decimal::ZERO),
        Some("total") => (transitional, indexed + flat, local_years),
        _ => (transitional, indexed + flat + local_years, Decimal::ZERO),
    };
    let printed_extra = s.extra.as_deref().map_or(Decimal::ZERO, d);
    let printed_transitional = d(&s.transitional)
        + s.transitional_adjustment
            .as_deref()
            .map_or(Decimal::ZERO, d);
    let extra_tol = extra_tol
        + if in_total.is_zero() {
            local_tol
        } else {
            Decimal::ZERO
        };
    (
        [
            (divisor, d(&s.divisor), Decimal::ZERO),
            (basic, d(&s.basic), basic_tol),
            (account, d(&s.account), fen_tol),
            (transitional, printed_transitional, trans_tol),
            (extra, printed_extra, extra_tol),
        ],
        (in_total, Decimal::ZERO, local_tol),
    )
}

fn cases() -> Vec<Sheet> {
    let text = include_str!("sheets/cases.toml");
    toml::from_str::<Cases>(text).unwrap().sheet
}

#[test]
fn official_sheets_reproduce_as_recorded() {
    let sheets = cases();
    let mut passed = [0usize; 6];
    let mut surprises = Vec::new();
    for s in &sheets {
        for (i, part) in printed_parts(s).into_iter().enumerate() {
            let ok = part.ok();
            passed[i] += usize::from(ok);
            let expected_ok = !s.fails.contains_key(PARTS[i]);
            if ok != expected_ok {
                surprises.push(format!(
                    "{} {}: computed {}, printed {} (printable {} … {}), recorded as {}",
                    s.id,
                    PARTS[i],
                    part.got,
                    part.printed,
                    part.low.round_dp(4),
                    part.high.round_dp(4),
                    if expected_ok { "passing" } else { "failing" }
                ));
            }
        }
    }
    let regions: std::collections::BTreeSet<_> = sheets.iter().map(|s| &s.region).collect();
    println!("{} sheets from {} regions", sheets.len(), regions.len());
    for (part, n) in PARTS.iter().zip(passed) {
        println!("{part}: {n}/{} within tolerance", sheets.len());
    }
    assert!(surprises.is_empty(), "{}", surprises.join("\n"));
}

#[test]
fn every_recorded_failure_names_a_known_part_and_a_reason() {
    for s in cases() {
        for (part, why) in &s.fails {
            assert!(PARTS.contains(&part.as_str()), "{}: part {part}", s.id);
            assert!(why.len() > 20, "{}: {part} needs its reason", s.id);
        }
    }
}

#[test]
fn the_suite_covers_at_least_60_sheets_from_12_regions() {
    let sheets = cases();
    let regions: std::collections::BTreeSet<_> = sheets.iter().map(|s| &s.region).collect();
    assert!(sheets.len() >= 60 && regions.len() >= 12);
}

//! The headline level (`pension_estimator::headline`): its figures are the full estimate's,
//! computed on the analyses' path without the reporting parts.

mod common;

use common::*;
use pension_estimator::headline::Headline;
use pension_estimator::{estimate, headline, parse_scenario};
use proptest::prelude::*;
use serde_json::json;

fn example() -> pension_estimator::Scenario {
    parse_scenario(&std::fs::read_to_string("examples/rider-guangdong.json").unwrap()).unwrap()
}

/// The README example, checked by hand where the figures are counts, and against the full
/// estimate where they are money.
#[test]
fn readme_example_headline_is_the_full_estimates() {
    let s = example();
    let h = headline(&s, false).unwrap();
    let full = estimate(&s).unwrap();
    // Employee months: 2015-03..2018-06 employee = 40; 2020-01..2026-10 flexible = 82;
    // the plan 2026-12..2053-04 (the month before the start) = 27 × 12 − 8 + 1 = 317:
    // 40 + 82 + 317 = 439; N = 439 / 12 = 36.5833 (4 decimals).
    assert_eq!(h.employee.contribution_months, 439);
    // Born 1990-05, a man: 60 + 36 months' delay (国发〔2024〕 渐进式延迟退休, the full delay for
    // men born from 1976-12 on) = 63, in 2053-05; the resident pension starts at 60, 2050-05.
    assert_eq!(h.employee.start, m("2053-05"));
    assert_eq!(h.resident.start, m("2050-05"));
    // Resident record 2012-03..2014-12: three calendar years, short of the 15-year minimum.
    assert_eq!(h.resident.years, 3);
    assert!(!h.resident.eligible);
    assert!(h.employee.eligible);
    assert_eq!(h.range, None);
    assert_eq!(h, Headline::of(&full, false));
    // The money as the JSON consumer reads it (the README example's figures; the total includes
    // Guangdong's flat add-ons 100 + 4 × 36 = 244.00, params GD extra_flat, extra_per_whole_year).
    let v = serde_json::to_value(&h).unwrap();
    assert_eq!(v["employee"]["years"], "36.5833");
    assert_eq!(v["employee"]["total"], "12732.10");
    assert_eq!(v["employee"]["formula_total_today"], "4502.29");
    assert_eq!(v["resident"]["total"], "0.00");
    assert_eq!(v["resident"]["formula_total_today"], "105.68");
    assert_eq!(
        json(&full)["employee"]["pension"]["formula_total_today"],
        "4502.29"
    );
}

/// Asked for, the range is the full estimate's own (same draws, same seed).
#[test]
fn headline_range_is_the_full_estimates() {
    let s = example();
    let h = headline(&s, true).unwrap();
    let full = estimate(&s).unwrap();
    assert_eq!(h.range.as_ref(), Some(&full.range));
    assert_eq!(h, Headline::of(&full, true));
    // A real range: the draws spread the employee pension around its central figure.
    let band = &full.range.employee.pension;
    assert!(band.low < full.employee.pension.total && full.employee.pension.total < band.high);
}

/// The 40-year history of the benchmarks (three regions, gaps, moves, a plan): the same figures.
#[test]
fn forty_year_history_headline_is_the_full_estimates() {
    let text = std::fs::read_to_string("benches/forty-years.json").unwrap();
    let s = parse_scenario(&text).unwrap();
    let full = estimate(&s).unwrap();
    assert_eq!(headline(&s, true).unwrap(), Headline::of(&full, true));
    assert_eq!(headline(&s, false).unwrap(), Headline::of(&full, false));
}

/// Short of the minimum: no employee pension, the shortfall and what it would have been.
#[test]
fn short_record_headline() {
    let s = json!({
        "person": {"birth": "1975-06", "sex": "male", "hukou": "JX"},
        "as_of": "2026-11",
        "history": [{"from": "2020-01", "to": "2024-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]
    });
    let s = parse_scenario(&s.to_string()).unwrap();
    let h = headline(&s, false).unwrap();
    // 2020-01..2024-12: 60 months, far below any minimum (15 years or more, 办法 第二条).
    assert_eq!(h.employee.contribution_months, 60);
    assert!(!h.employee.eligible);
    assert_eq!(h.employee.shortfall_months, h.employee.min_months - 60);
    assert_eq!(h.employee.total, d("0"));
    assert!(h.employee.formula_total > d("0"));
    // Paid by the person: 20 % (flex_rate, 国发〔2005〕38号 三) of 0.6 × Guangdong's average wage
    // of each month (params/regions/GD.toml; every base above the floor of its month):
    //   2020-01..06  6 × 0.2 × 0.6 × 6338 =  4 563.36
    //   2020-07..    12 × 0.2 × 0.6 × 6756 =  9 728.64
    //   2021-07..    12 × 0.2 × 0.6 × 7647 = 11 011.68
    //   2022-07..    12 × 0.2 × 0.6 × 8310 = 11 966.40
    //   2023-07..    12 × 0.2 × 0.6 × 8807 = 12 682.08
    //   2024-07..12   6 × 0.2 × 0.6 × 9167 =  6 600.24
    // together 56 552.40; nothing in the resident scheme.
    assert_eq!(h.employee.own_contributions, d("56552.40"));
    assert_eq!(h.resident.own_contributions, d("0"));
    assert_eq!(h, Headline::of(&estimate(&s).unwrap(), false));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    /// On generated careers, the headline equals the full estimate's headline figures.
    #[test]
    fn headline_equals_full(c in career(), range in any::<bool>()) {
        let s = parse_scenario(&scenario(&c).to_string()).unwrap();
        match (headline(&s, range), estimate(&s)) {
            (Ok(h), Ok(full)) => prop_assert_eq!(h, Headline::of(&full, range)),
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            (a, b) => prop_assert!(false, "headline {:?} but full {:?}", a.is_ok(), b.is_ok()),
        }
    }
}

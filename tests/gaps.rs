//! The effect of gaps (issue 5, first part): hand-computed cases and properties.

mod common;
use common::*;

use pension_estimator::gaps::analyse;
use pension_estimator::params::embedded;
use pension_estimator::parse_scenario;
use rust_decimal::Decimal;
use serde_json::json;

fn analysis(v: serde_json::Value) -> pension_estimator::gaps::GapAnalysis {
    analyse(embedded(), &parse_scenario(&v.to_string()).unwrap()).unwrap()
}

#[test]
fn a_one_year_gap_filled_at_100_percent_adds_one_percent_of_c_to_the_basic_pension() {
    // Basic pension = C × (1 + Ī) / 2 × N % = C / 2 × (n + Σ indices) / 12 %, so 12 more months at
    // index 1 add C / 2 × 24 / 12 % = C / 100 to it (each part rounded to the fen: ± 0.01).
    // Man born 1980-01, GD employee at 100 % 2010-01..2017-12, nothing in 2018, 100 % again
    // 2019-01..2026-11, and on at 100 % until retirement.
    let v = json!({
        "person": {"birth": "1980-01", "sex": "male", "hukou": "GD"},
        "as_of": "2026-11",
        "history": [
            {"from": "2010-01", "to": "2017-12", "kind": "employee", "region": "GD", "base": {"ratio": "1"}},
            {"from": "2019-01", "to": "2026-11", "kind": "employee", "region": "GD", "base": {"ratio": "1"}}
        ],
        "plan": [{"from": "2026-12", "kind": "employee", "region": "GD", "base": {"ratio": "1"}}]
    });
    let a = analysis(v.clone());
    assert_eq!(a.gaps.len(), 1);
    let g = &a.gaps[0];
    assert_eq!(
        (g.from.to_string(), g.to.to_string(), g.months, g.planned),
        ("2018-01".into(), "2018-12".into(), 12, false)
    );
    let f = g.at_neighbour.as_ref().unwrap();
    assert_eq!(f.base, pension_estimator::scenario::Base::Ratio(d("1")));
    // The basic part of the gain, from two full estimates:
    let before = ok(v.clone());
    let mut filled = v.clone();
    filled["history"].as_array_mut().unwrap().insert(1, json!({"from": "2018-01", "to": "2018-12", "kind": "flexible", "region": "GD", "base": {"ratio": "1"}}));
    let after = ok(filled);
    let c = before.employee.pension.c;
    let d_basic = after.employee.pension.basic - before.employee.pension.basic;
    assert!(
        (d_basic - c / d("100")).abs() <= d("0.01"),
        "Δbasic {d_basic} vs C/100 {}",
        c / d("100")
    );
    assert_eq!(
        f.gain,
        after.employee.pension.total - before.employee.pension.total
    );
    assert!(f.gain > d_basic, "the account part adds to it");
    // Cost: 20 % of the bases over the 12 months, as the filled estimate's own contributions show.
    assert_eq!(
        f.cost,
        fen(after.employee.pension.own_contributions - before.employee.pension.own_contributions)
    );
    assert!(f.cost > Decimal::ZERO);
    assert!(!f.decides_eligibility);
    assert_eq!(a.best, Some(0));
}

#[test]
fn a_gap_that_decides_eligibility() {
    // Man born 1966-01: original retirement 2026-01, m = 12 → 4 months' delay → 2026-05; the
    // minimum for 2026 is 180 months. Paid 2011-01..2025-06 (174) and 2026-01 (1) = 175: short.
    // The 6-month gap 2025-07..12 alone lifts him to 181 ≥ 180; the planned 3 months
    // 2026-02..04 alone only to 178.
    let a = analysis(json!({
        "person": {"birth": "1966-01", "sex": "male", "hukou": "GD"},
        "as_of": "2026-01",
        "history": [
            {"from": "2011-01", "to": "2025-06", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}},
            {"from": "2026-01", "to": "2026-01", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}
        ]
    }));
    assert_eq!(a.pension_now, Decimal::ZERO);
    assert_eq!(a.gaps.len(), 2);
    let (past, planned) = (&a.gaps[0], &a.gaps[1]);
    assert_eq!((past.months, past.planned), (6, false));
    assert_eq!(
        (planned.from.to_string(), planned.months, planned.planned),
        ("2026-02".into(), 3, true)
    );
    assert!(past.at_neighbour.as_ref().unwrap().decides_eligibility);
    assert!(!planned.at_neighbour.as_ref().unwrap().decides_eligibility);
    assert!(a.all_filled.as_ref().unwrap().decides_eligibility);
    assert_eq!(a.best, Some(0));
}

#[test]
fn no_gaps_no_effects() {
    let a = analysis(json!({
        "person": {"birth": "1990-05", "sex": "male", "hukou": "GD"},
        "as_of": "2026-11",
        "history": [{"from": "2015-01", "to": "2026-11", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}],
        "plan": [{"from": "2026-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]
    }));
    assert!(a.gaps.is_empty());
    assert!(a.all_filled.is_none() && a.best.is_none());
}

#[test]
fn a_gap_segment_running_past_the_pension_start_is_cut_when_filling() {
    // Found by the property test: man born 1966-03 (pension from 2026-07) with an explicit gap
    // 2025-01..2026-10 in his history: only 2025-01..2026-06 is a gap before the pension; filling
    // it must leave 2026-07..10 as a gap instead of overlapping it.
    let a = analysis(json!({
        "person": {"birth": "1966-03", "sex": "male", "hukou": "GD"},
        "as_of": "2026-11",
        "history": [
            {"from": "2010-01", "to": "2024-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}},
            {"from": "2025-01", "to": "2026-10", "kind": "gap"}
        ]
    }));
    assert_eq!(a.gaps.len(), 1);
    assert_eq!(
        (a.gaps[0].from.to_string(), a.gaps[0].to.to_string()),
        ("2025-01".into(), "2026-06".into())
    );
    let f = a.gaps[0].at_neighbour.as_ref().unwrap();
    assert!(f.gain > Decimal::ZERO);
    // 180 paid months already met the 2026 minimum: filling 18 more does not decide eligibility.
    assert!(!f.decides_eligibility);
}

/// A flexible worker at 60 % (the floor, the level most pay) with one gap: filling it at the
/// neighbour's level and at the floor is the same filling, and "all gaps" is that one gap — the
/// three are one estimate, the scenario with a flexible segment at 60 % over the gap's months.
/// Written `0.60` instead, the answer is the same (the base is written `0.6` either way).
#[test]
fn a_gap_beside_a_floor_segment_is_filled_once_and_all_gaps_are_that_gap() {
    let with = |ratio: &str| {
        json!({
            "person": {"birth": "1990-05", "sex": "male", "hukou": "GD"},
            "as_of": "2026-11",
            "history": [
                {"from": "2016-01", "to": "2021-12", "kind": "flexible", "region": "GD", "base": {"ratio": ratio}},
                {"from": "2023-01", "to": "2026-11", "kind": "flexible", "region": "GD", "base": {"ratio": ratio}}
            ],
            "plan": [{"from": "2026-12", "kind": "flexible", "region": "GD", "base": {"ratio": ratio}}]
        })
    };
    let a = analysis(with("0.6"));
    assert_eq!(a.gaps.len(), 1);
    let g = &a.gaps[0];
    assert_eq!(
        (g.from.to_string(), g.to.to_string()),
        ("2022-01".into(), "2022-12".into())
    );
    let near = g.at_neighbour.as_ref().unwrap();
    assert_eq!(g.at_floor.as_ref(), Some(near));
    assert_eq!(a.all_filled.as_ref(), Some(near));
    // The filling is the estimate of the record with the gap paid at 60 %.
    let mut filled = with("0.6");
    filled["history"]
        .as_array_mut()
        .unwrap()
        .insert(1, json!({"from": "2022-01", "to": "2022-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}));
    let e = ok(filled);
    assert_eq!(near.pension, e.employee.pension.total);
    assert_eq!(near.pension_today, e.employee.pension.formula_total_today);
    assert!(near.gain > Decimal::ZERO);

    let b = analysis(with("0.60"));
    let (near, floor) = (
        b.gaps[0].at_neighbour.as_ref().unwrap(),
        b.gaps[0].at_floor.as_ref().unwrap(),
    );
    let ratio = |f: &pension_estimator::gaps::Filled| {
        serde_json::to_value(f.base).unwrap()["ratio"].clone()
    };
    assert_eq!((ratio(near), ratio(floor)), (json!("0.6"), json!("0.6")));
    assert_eq!((near.pension, near.gain), (floor.pension, floor.gain));
}

/// A rider who stopped paying at the end of 2023 and is asked about it in 2026-12: the months
/// missed so far (2024-01..2026-11, 35) are one gap, what is still to come (the valuation month
/// on, to the pension start) another. Man born 1992-03: the 2025 reform puts his pension at 63,
/// 2055-03, so the second part is 2026-12..2055-02, 28 years and 3 months = 339 months.
#[test]
fn a_stretch_over_the_valuation_month_is_split_there() {
    let record = json!({
        "person": {"birth": "1992-03", "sex": "male", "hukou": "GD"},
        "as_of": "2026-12",
        "history": [
            {"from": "2019-07", "to": "2023-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}
        ]
    });
    let a = analysis(record.clone());
    let parts: Vec<_> = a
        .gaps
        .iter()
        .map(|g| (g.from.to_string(), g.to.to_string(), g.months, g.planned))
        .collect();
    assert_eq!(
        parts,
        [
            ("2024-01".into(), "2026-11".into(), 35, false),
            ("2026-12".into(), "2055-02".into(), 339, true)
        ]
    );
    // The past part filled is the record with those 35 months paid at 60 % (its neighbour's level).
    let with = |from: &str, to: &str| {
        let mut v = record.clone();
        v["history"].as_array_mut().unwrap().push(
            json!({"from": from, "to": to, "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}),
        );
        ok(v)
    };
    let (before, past) = (ok(record.clone()), with("2024-01", "2026-11"));
    let f = a.gaps[0].at_neighbour.as_ref().unwrap();
    assert_eq!(f.pension_today, past.employee.pension.formula_total_today);
    assert_eq!(
        f.cost,
        fen(past.employee.pension.own_contributions - before.employee.pension.own_contributions)
    );
    // Split or not, every month filled at once is the whole stretch paid: 2024-01..2026-11 in the
    // history and a plan from 2026-12 on (a plan without an end runs to the pension start).
    let mut whole = record.clone();
    whole["history"].as_array_mut().unwrap().push(
        json!({"from": "2024-01", "to": "2026-11", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}),
    );
    whole["plan"] =
        json!([{"from": "2026-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]);
    let whole = ok(whole);
    assert_eq!(whole.employee.pension.start.to_string(), "2055-03");
    let all = a.all_filled.as_ref().unwrap();
    assert_eq!(all.pension, whole.employee.pension.total);
    assert_eq!(
        all.cost,
        fen(whole.employee.pension.own_contributions - before.employee.pension.own_contributions)
    );
    assert!(f.cost > Decimal::ZERO && f.cost < all.cost);
}

/// A record paid up to the month before the valuation month: the valuation month is open (it can
/// still be paid), so nothing is past — the months from it on are only what is still to come.
#[test]
fn a_record_paid_to_last_month_has_no_past_gap() {
    let a = analysis(json!({
        "person": {"birth": "1992-03", "sex": "male", "hukou": "GD"},
        "as_of": "2026-12",
        "history": [
            {"from": "2019-07", "to": "2026-11", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}
        ]
    }));
    assert_eq!(a.gaps.len(), 1);
    let g = &a.gaps[0];
    assert_eq!(
        (g.from.to_string(), g.to.to_string(), g.planned),
        ("2026-12".into(), "2055-02".into(), true)
    );
}

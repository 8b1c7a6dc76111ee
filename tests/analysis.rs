//! Issue 5 acceptance: hand-computed cases, written out. Every expected figure below is worked
//! out from the formulas in the comments, not copied from program output.
//!
//! To make the arithmetic short, the cases fix the moving parts with a parameter data set of
//! their own (the embedded data with a few series replaced, see [`fixed_data`]) and with
//! assumptions: the GD average wage and the benefit base C are 10 000 a month from 2006 on, the
//! base floor 6 000 and ceiling 30 000, the flexible rate 20 %, wage growth 0 (so nothing is
//! projected and today's money is nominal money), the crediting rate 0 (so the account is the
//! sum of its credits), pension adjustment 0 (so a lifetime total is months × pension).
//! (Overrides cannot do this: an override pins one period, not every month from its own on.)

mod common;
use common::*;

use std::sync::OnceLock;

use pension_estimator::params::{embedded, Data, Entry, Status};
use pension_estimator::parse_scenario;
use pension_estimator::scenario::Scenario;
use serde_json::{json, Value};

/// The embedded data with GD's wage figures, flexible rate and the national crediting rate
/// replaced from 2006-01 on by one entry lasting to 2099-12 (entries before 2006 stand).
fn fixed_data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let mut data = embedded().clone();
        let gd = data.regions.get_mut("GD").unwrap();
        for (key, value) in [
            ("avg_wage", "10000"),
            ("benefit_base", "10000"),
            ("base_floor", "6000"),
            ("base_ceiling", "30000"),
            ("flex_rate", "0.2"),
        ] {
            fix(&mut gd.series.get_mut(key).unwrap().values, value);
        }
        let rates = data.national.series.get_mut("crediting_rate").unwrap();
        fix(&mut rates.values, "0");
        data
    })
}

/// Drops the entries from 2006-01 on and puts `value` in their place until 2099-12.
fn fix(values: &mut Vec<Entry>, value: &str) {
    let from = m("2006-01");
    let mut e = values[0].clone();
    values.retain(|e| e.from < from);
    e.from = from;
    e.until = Some(m("2099-12"));
    e.value = Some(d(value));
    e.status = Status::Assumption;
    values.push(e);
}

/// The scenario with the fixed assumptions.
fn fixed_world(mut v: Value) -> Value {
    v["assumptions"] = json!({
        "wage_growth": "0", "crediting_rate": "0", "pension_adjustment": "0"
    });
    v
}

fn scenario(v: &Value) -> Scenario {
    parse_scenario(&v.to_string()).unwrap()
}

/// Estimates over [`fixed_data`].
fn fixed_ok(v: Value) -> pension_estimator::Estimate {
    pension_estimator::estimate::estimate_with(fixed_data(), &scenario(&v)).unwrap()
}

#[test]
fn a_one_year_gap_by_hand() {
    // Man born 1980-01: original age 60 → 2040-01; delay ⌊180 / 4⌋ + 1 = 46 months, capped at
    // 36 → pension from 2043-01 at 63 years 0 months; 计发月数 at 63 = 117.
    // Employee at 100 % in GD 2006-01..2015-12 (120 months), nothing in 2016, 2017-01..2026-11
    // (119) and planned 2026-12..2042-12 (193): 432 months, all at index 1.
    let v = fixed_world(json!({
        "person": {"birth": "1980-01", "sex": "male", "hukou": "GD"},
        "as_of": "2026-11",
        "history": [
            {"from": "2006-01", "to": "2015-12", "kind": "employee", "region": "GD", "base": {"ratio": "1"}},
            {"from": "2017-01", "to": "2026-11", "kind": "employee", "region": "GD", "base": {"ratio": "1"}}
        ],
        "plan": [{"from": "2026-12", "kind": "employee", "region": "GD", "base": {"ratio": "1"}}]
    }));
    let e = fixed_ok(v.clone());
    let p = &e.employee.pension;
    assert_eq!(
        (p.start, p.contribution_months, p.divisor),
        (m("2043-01"), 432, d("117"))
    );
    // Basic = C × (1 + Ī) / 2 × N % = 10 000 × 2 / 2 × 36 % = 3 600.00
    // Account: 432 × 8 % × 10 000 = 345 600; ÷ 117 = 2 953.846… → 2 953.85
    // Guangdong's flat add-ons (params GD extra_flat 100 + extra_per_whole_year 4, from the
    // 江门/中山 sheets; employee::extras): 100 + 4 × 36 = 244.00. Total 6 797.85.
    assert_eq!(
        (p.basic, p.account, p.provincial_extra, p.total),
        (d("3600.00"), d("2953.85"), d("244.00"), d("6797.85"))
    );

    let a = pension_estimator::gaps::analyse(fixed_data(), &scenario(&v)).unwrap();
    assert_eq!(a.gaps.len(), 1);
    let f = a.gaps[0].at_neighbour.as_ref().unwrap();
    // Filled as a flexible worker at 100 %: 444 months.
    // Basic = 10 000 × 37 % = 3 700.00 (+100.00: one year adds C / 100)
    // Account: 444 × 800 = 355 200; ÷ 117 = 3 035.897… → 3 035.90 (+82.05)
    // Add-ons: 100 + 4 × 37 = 248.00 (+4.00: one more whole year)
    // Pension 3 700.00 + 3 035.90 + 248.00 = 6 983.90;
    // gain = 100.00 + 82.05 + 4.00 = 186.05 a month; today's money is the same (wage growth 0).
    assert_eq!(f.pension, d("6983.90"));
    assert_eq!((f.gain, f.gain_today), (d("186.05"), d("186.05")));
    // Cost: 20 % × 10 000 × 12 = 24 000.00
    assert_eq!(f.cost, d("24000.00"));
    assert!(!f.decides_eligibility);
    // Over an expected retirement: men's e(x) at 63 = e(60) − (e(60) − e(65)) × 36 / 60
    // = 19.19 − 3.87 × 0.6 = 16.868 years (WHO, China 2019) → 202.416 → 202 months;
    // adjustment 0: 186.05 × 202 = 37 582.10.
    assert_eq!(a.expected_months, 202);
    assert_eq!(f.gain_lifetime, d("37582.10"));
    assert_eq!(f.gain_lifetime_today, d("37582.10"));
    // The range: every band contains the central gain.
    for (b, c) in [
        (&f.gain_range.pension, f.gain),
        (&f.gain_range.lifetime, f.gain_lifetime),
    ] {
        assert!(b.low <= c && c <= b.high, "{b:?} vs {c}");
    }
}

#[test]
fn a_gap_that_decides_eligibility_gains_the_whole_lifetime_pension() {
    // As in tests/gaps.rs: man born 1966-01, pension from 2026-05, minimum 180 months; paid
    // 174 + 1 = 175. Filling the 6-month gap 2025-07..12 gives 181 ≥ 180: before, nothing is
    // payable, so the gain over the expected retirement is the whole lifetime pension.
    let s = parse_scenario(
        &json!({
            "person": {"birth": "1966-01", "sex": "male", "hukou": "GD"},
            "as_of": "2026-01",
            "history": [
                {"from": "2011-01", "to": "2025-06", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}},
                {"from": "2026-01", "to": "2026-01", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}
            ],
            "assumptions": {"pension_adjustment": "0"}
        })
        .to_string(),
    )
    .unwrap();
    let a = pension_estimator::gaps::analyse(embedded(), &s).unwrap();
    let f = a.gaps[0].at_neighbour.as_ref().unwrap();
    assert!(f.decides_eligibility);
    assert_eq!(f.gain, f.pension);
    // Age 60 years 4 months: e = 19.19 − 3.87 × 4 / 60 = 18.932 years → 227.184 → 227 months.
    assert_eq!(a.expected_months, 227);
    assert_eq!(f.gain_lifetime, fen(f.pension * d("227")));
}

#[test]
fn flexible_against_resident_with_payback_by_hand() {
    // Man born 1976-01: original 2036-01; delay ⌊132 / 4⌋ + 1 = 34 months → pension from
    // 2038-11 at 62 years 10 months; 计发月数 by month (GD's sheets, params/regions/GD.toml
    // divisor_rule by_month from 2025-04): 125 − (125 − 117) × 10 / 12 = 118.33 → 118.3;
    // minimum for 2038: 180 + 6 × 9 = 234.
    // History: employee at 100 % in GD 2011-01..2026-11 = 191 months (short of 234 alone).
    let v = fixed_world(json!({
        "person": {"birth": "1976-01", "sex": "male", "hukou": "GD"},
        "as_of": "2026-11",
        "history": [
            {"from": "2011-01", "to": "2026-11", "kind": "employee", "region": "GD", "base": {"ratio": "1"}}
        ]
    }));
    let c = pension_estimator::choices::compare(fixed_data(), &scenario(&v)).unwrap();
    let by = |id: &str| {
        c.choices.iter().find(|x| x.id == id).unwrap_or_else(|| {
            panic!(
                "{id} not in {:?}",
                c.choices.iter().map(|x| &x.id).collect::<Vec<_>>()
            )
        })
    };

    // Paying nothing: 191 < 234 employee months: no employee pension. The record moves into the
    // resident scheme at the employee retirement month, 2038-11 (人社部发〔2014〕17号 第三条,
    // 第六条): 191 months count ⌊191 / 12⌋ = 15 resident years, the scheme's minimum, and the
    // account 191 × 800 = 152 800 (crediting 0) is paid over 139 months: 1 099.28 a month, on
    // top of the resident base pension. Until 2026-12 the choice left the record unused: 0.
    let none = by("none");
    assert!(none.moved_record);
    assert_eq!((none.scheme, none.start), ("resident", m("2038-11")));
    let stopped = pension_estimator::estimate::estimate_with(fixed_data(), &scenario(&v)).unwrap();
    let moved = &stopped.employee.options.as_ref().unwrap().to_resident;
    assert_eq!(
        (moved.years_counted, moved.balance_moved),
        (15, d("152800.00"))
    );
    let x = &moved.pension;
    assert_eq!(x.account, d("1099.28"));
    assert_eq!(none.pension, x.base_pension + d("1099.28"));

    // Flexible at 60 % from 2026-12 to 2038-10: 143 months at base 6 000, index 0.6.
    let flex = by("flexible_0.6");
    // Cost now: 20 % × 6 000 = 1 200.00 a month; in all 143 × 1 200 = 171 600.00.
    assert_eq!(flex.monthly_cost_now, d("1200.00"));
    assert_eq!(flex.own_contributions, d("171600.00"));
    // 334 months; Σ index = 191 + 143 × 0.6 = 276.8.
    // Basic = C / 2 × (n + Σ index) / 12 % = 5 000 × 610.8 / 1 200 = 2 545.00
    // Account: 191 × 800 + 143 × 480 = 152 800 + 68 640 = 221 440; ÷ 118.3 = 1 871.85
    // Guangdong's flat add-ons (params GD extra_flat, extra_per_whole_year; employee::extras):
    // 334 months = 27 whole years: 100 + 4 × 27 = 208.00.
    // Pension 2 545.00 + 1 871.85 + 208.00 = 4 624.85; the gain over paying nothing (the
    // record moved into the resident scheme, above) is 4 624.85 − none.pension.
    assert_eq!(flex.scheme, "employee");
    assert!(!flex.moved_record);
    assert_eq!(
        (flex.pension, flex.gain),
        (d("4624.85"), d("4624.85") - none.pension)
    );
    assert_eq!(none.pension, d("1306.00"));
    // Payback: 171 600 / (4 624.85 − 1 306.00 = 3 318.85) = 51.704… → 51.7 months.
    assert_eq!(flex.payback_months, Some(d("51.7")));
    // Expected lifetime: e at 62y10m = 19.19 − 3.87 × 34 / 60 = 16.997 years → 203.964 → 204
    // months; adjustment 0: 4 624.85 × 204 = 943 469.40.
    assert_eq!(flex.lifetime.expected_months, 204);
    assert_eq!(flex.lifetime.total, d("943469.40"));

    // Resident at GD's lowest tier, 180 a year, from 2026-12 until the claim at 60 (2036-01):
    // 10 years, short of the 15 the scheme requires on their own; with the employee record moved
    // in at 2038-11 they are 25. The cost now is 180 / 12 = 15.00 a month; own contributions
    // 10 × 180 = 1 800; the gain over paying nothing (the same move without those 10 years) is
    // their account and long-service share; payback 1 800 / gain.
    let res = by("resident_180");
    assert_eq!(res.monthly_cost_now, d("15.00"));
    assert!(res.moved_record);
    assert_eq!(
        (res.start, res.own_contributions),
        (m("2038-11"), d("1800.00"))
    );
    assert_eq!(res.gain, res.pension - none.pension);
    assert_eq!((res.pension, res.gain), (d("1377.21"), d("71.21")));
    // 1 800 / 71.21 = 25.277… → 25.3 months.
    assert_eq!(res.payback_months, Some(d("25.3")));
}

#[test]
fn todays_money_by_hand() {
    // Deflation by wage growth g = 4 % from the valuation month 2026-11 to the start 2043-01:
    // 194 months = 16 years and 2 months; factor = 1.04^16 × (1 + 0.04 × 2 / 12).
    // 1.04² = 1.0816; ^4 = 1.16985856; ^8 = 1.3685690504; ^16 = 1.8729812457;
    // × 1.0066666667 = 1.8854677874.
    let e = ok(json!({
        "person": {"birth": "1980-01", "sex": "male", "hukou": "GD"},
        "as_of": "2026-11",
        "history": [{"from": "2006-01", "to": "2026-11", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}],
        "plan": [{"from": "2026-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}],
        "assumptions": {"wage_growth": "0.04", "pension_adjustment": "0.02"}
    }));
    let p = &e.employee.pension;
    assert_eq!(p.start, m("2043-01"));
    let factor = d("1.8854677874");
    assert!((p.formula_total_today - p.formula_total / factor).abs() <= d("0.01"));
    // Lifetime in today's money: at 63, e = 19.19 − 3.87 × 36 / 60 = 16.868 years → 202 months
    // = 16 years and 10 months, each year deflated by q = 1.02 / 1.04:
    // P₀ × (12 × (1 − q^16) / (1 − q) + 10 × q^16). q = 0.98076923;
    // ln q = ln 1.02 − ln 1.04 = 0.0198026 − 0.0392207 = −0.0194181; × 16 = −0.3106896;
    // q^16 = e^−0.3106896 = 0.7329415; 1 − q = 0.02 / 1.04 = 0.0192307692;
    // (1 − 0.7329415) / 0.0192307692 = 13.887042; × 12 = 166.64450; + 10 × 0.7329415 = 173.97392.
    let l = &e.lifetime.employee;
    assert_eq!(l.expected_months, 202);
    let want = p.formula_total_today * d("173.97392");
    assert!(
        (l.total_today - want).abs() <= p.formula_total_today * d("0.001"),
        "{} vs {want}",
        l.total_today
    );
    // And nominal: 1.02^16 = 1.3727857; 12 × 0.3727857 / 0.02 + 10 × 1.3727857 = 237.3993.
    let want = p.total * d("237.3993");
    assert!(
        (l.total - want).abs() <= p.total * d("0.0001"),
        "{} vs {want}",
        l.total
    );
}

#[test]
fn the_range_is_deterministic_for_a_seed_and_moves_with_it() {
    let v = |seed: u64| {
        json!({
            "person": {"birth": "1990-05", "sex": "female", "category": "flexible", "hukou": "GD"},
            "as_of": "2026-11",
            "history": [{"from": "2015-01", "to": "2026-11", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}],
            "plan": [{"from": "2026-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}],
            "assumptions": {"seed": seed}
        })
    };
    let (a, b, c) = (ok(v(7)), ok(v(7)), ok(v(8)));
    assert_eq!(a.range, b.range);
    assert_ne!(a.range.employee.pension, c.range.employee.pension);
    let p = &a.range.employee.pension;
    assert!(p.low < a.employee.pension.total && a.employee.pension.total < p.high);
    // No draws: the band is the central figure.
    let mut none = v(7);
    none["assumptions"]["draws"] = json!(0);
    let n = ok(none);
    assert_eq!(n.range.employee.pension.low, n.employee.pension.total);
    assert_eq!(n.range.employee.pension.high, n.employee.pension.total);
}

//! Parameter overrides pin the value of one period and leave every other entry of the data
//! alone (src/params/lookup.rs, `Override`): hand cases.

mod common;
use common::*;

use pension_estimator::error::Code;
use pension_estimator::params::{embedded, Override, Params, Status};
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// The README example (examples/rider-guangdong.json) as a JSON value.
fn readme_example() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/rider-guangdong.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `v` with `overrides` set.
fn with_overrides(mut v: Value, overrides: Value) -> Value {
    v["overrides"] = overrides;
    v
}

/// The serialized estimate without its list of parameters used (which names the source of
/// every figure, so an override shows there as `user`).
fn figures(v: Value) -> Value {
    let mut e = json(&ok(v));
    e.as_object_mut().unwrap().remove("parameters_used");
    e
}

/// Lookups over the embedded data with `overrides` (wage growth 0, so filled wage figures
/// equal the entry they are filled from).
fn params(overrides: Value, as_of: &str) -> Params<'static> {
    let list: Vec<Override> = serde_json::from_value(overrides).unwrap();
    Params::new(embedded(), &list, m(as_of), Decimal::ZERO)
        .unwrap_or_else(|e| panic!("overrides refused: {e:?}"))
}

fn get(p: &Params, region: &str, key: &str, at: &str) -> Option<Decimal> {
    p.get("$", region, key, m(at)).unwrap()
}

#[test]
fn pinning_the_2016_rate_to_its_published_value_changes_nothing() {
    // The data's 2016 crediting rate is 8.31 %; pinning it to 8.31 % must leave every figure of
    // the README example as it is (it used to drop 2017–2025 and lower the pension by 117.66
    // yuan a month, with warnings that those years had no published rate).
    let plain = readme_example();
    let pinned = with_overrides(
        readme_example(),
        json!([{"param": "CN.crediting_rate", "value": "0.0831", "from": "2016-01"}]),
    );
    let e = ok(pinned.clone());
    assert_eq!(figures(pinned), figures(plain));
    assert!(e
        .warnings
        .iter()
        .all(|w| w.code != "crediting_rate_assumed"));
    // The 2016 rate is listed as the user's, the 2017 one still as the data's.
    let rate = |from: &str| {
        e.parameters_used
            .iter()
            .find(|u| u.param == "CN.crediting_rate" && u.period_from == m(from))
            .map(|u| (u.value, u.status))
    };
    assert_eq!(rate("2016-01"), Some((Some(d("0.0831")), Status::User)));
    assert_eq!(
        rate("2017-01"),
        Some((Some(d("0.0712")), Status::Corroborated))
    );
}

#[test]
fn an_override_of_one_year_changes_exactly_that_year() {
    // Guangdong employee, base 5000 for all of 2024 (as in tests/rules.rs): credit 8 % = 400 a
    // month. The 2024 rate is pinned to 5 % by an override dated 2024-07: a crediting rate is a
    // calendar-year figure, so it pins the whole of 2024 (the data's 2024 entry).
    //   2024: 4800 + 400 × 0.05 × (12 + 11 + … + 1)/12 = 4800 + 400 × 0.05 × 78/12
    //         = 4800 + 130.00 = 4930.00   (劳办发〔1997〕116号, month-product method)
    //   2025: the data's 1.50 % still applies: 4930.00 × 1.015 = 5003.95
    // Without the override: 2024 → 4868.12 at 2.62 %, 2025 → 4941.14 (tests/rules.rs).
    let scenario = json!({
        "person": {"birth": "1990-01", "sex": "male", "hukou": "GD"},
        "as_of": "2026-11",
        "history": [{"from": "2024-01", "to": "2024-12", "kind": "employee", "region": "GD", "base": {"amount": "5000"}}]
    });
    let plain = ok(scenario.clone());
    let e = ok(with_overrides(
        scenario,
        json!([{"param": "CN.crediting_rate", "value": "0.05", "from": "2024-07"}]),
    ));
    let years = &e.employee.pension.account_years;
    assert_eq!((years[0].year, years[0].closing), (2024, d("4930.00")));
    assert_eq!(
        (years[1].year, years[1].rate, years[1].rate_assumed),
        (2025, d("0.015"), false)
    );
    assert_eq!(years[1].closing, d("5003.95"));
    // Every other year keeps its rate.
    let before = &plain.employee.pension.account_years;
    assert_eq!(before.len(), years.len());
    for (a, b) in before.iter().zip(years).skip(1) {
        assert_eq!(
            (a.year, a.rate, a.rate_assumed),
            (b.year, b.rate, b.rate_assumed)
        );
    }
    assert_eq!(before[0].closing, d("4868.12"));
}

#[test]
fn two_overrides_give_the_same_result_in_either_order() {
    // Two overrides of the same key (2017 and 2019 crediting rates), one of a wage figure and
    // one of a step rate: the estimate is the same whichever comes first.
    let list = [
        json!({"param": "CN.crediting_rate", "value": "0.05", "from": "2019-01"}),
        json!({"param": "CN.crediting_rate", "value": "0.04", "from": "2017-03"}),
        json!({"param": "GD.avg_wage", "value": "8000", "from": "2021-09"}),
        json!({"param": "GD.flex_rate", "value": "0.18", "from": "2024-01"}),
    ];
    let forward = with_overrides(readme_example(), Value::from(list.to_vec()));
    let backward = with_overrides(
        readme_example(),
        Value::from(list.iter().rev().cloned().collect::<Vec<_>>()),
    );
    let (a, b) = (json(&ok(forward)), json(&ok(backward)));
    assert_eq!(a, b);
    // And each did what it says: 2017 at 4 %, 2018 at the data's 8.29 %, 2019 at 5 %.
    let rate = |year: i64| {
        a["employee"]["pension"]["account_years"]
            .as_array()
            .unwrap()
            .iter()
            .find(|y| y["year"] == year)
            .map(|y| y["rate"].clone())
    };
    assert_eq!(rate(2017), Some(json!("0.04")));
    assert_eq!(rate(2018), Some(json!("0.0829")));
    assert_eq!(rate(2019), Some(json!("0.05")));
}

#[test]
fn two_overrides_of_one_period_are_refused_in_either_order() {
    // 2016-01 and 2016-07 both name the 2016 crediting rate: which should stand is not for
    // the order to decide, so the later one in the list is refused, naming the earlier.
    let a = json!({"param": "CN.crediting_rate", "value": "0.05", "from": "2016-01"});
    let b = json!({"param": "CN.crediting_rate", "value": "0.06", "from": "2016-07"});
    for list in [json!([a, b]), json!([b, a])] {
        let err = run(with_overrides(readme_example(), list)).unwrap_err();
        assert_eq!(err.errors.len(), 1);
        let e = &err.errors[0];
        assert_eq!(
            (e.code, e.path.as_str()),
            (Code::BadOverride, "$.overrides[1]")
        );
        assert!(e.en.contains("$.overrides[0]"), "{}", e.en);
    }
}

#[test]
fn a_wage_override_pins_the_published_period_containing_its_month() {
    // GD.avg_wage: 8807 from 2023-07, 9167 from 2024-07, 9183 from 2025-07 (params/regions/GD.toml).
    // An override dated 2024-09 pins the period 2024-07..2025-06 and nothing else.
    let p = params(
        json!([{"param": "GD.avg_wage", "value": "10000", "from": "2024-09"}]),
        "2026-11",
    );
    assert_eq!(get(&p, "GD", "avg_wage", "2024-06"), Some(d("8807")));
    assert_eq!(get(&p, "GD", "avg_wage", "2024-07"), Some(d("10000")));
    assert_eq!(get(&p, "GD", "avg_wage", "2025-06"), Some(d("10000")));
    assert_eq!(get(&p, "GD", "avg_wage", "2025-07"), Some(d("9183")));
}

#[test]
fn a_wage_override_in_a_year_without_data_pins_the_filled_step() {
    // GD.avg_wage has 5525 from 2016-07 (to 2017-06) and 6668 from 2018-07: 2017-07..2018-06 has
    // no figure and is filled forward one yearly step. An override dated 2017-09 pins that step.
    let p = params(
        json!([{"param": "GD.avg_wage", "value": "6000", "from": "2017-09"}]),
        "2026-11",
    );
    assert_eq!(get(&p, "GD", "avg_wage", "2017-06"), Some(d("5525")));
    assert_eq!(get(&p, "GD", "avg_wage", "2017-07"), Some(d("6000")));
    assert_eq!(get(&p, "GD", "avg_wage", "2018-06"), Some(d("6000")));
    assert_eq!(get(&p, "GD", "avg_wage", "2018-07"), Some(d("6668")));
}

#[test]
fn a_step_override_lasts_until_the_next_entry() {
    // CN.employer_rate: 20 % from 1997-07, 16 % from 2019-05 (国办发〔2019〕13号). An override of
    // 19 % from 2018-01 is in force 2018-01..2019-04; the data's 16 % takes over in 2019-05.
    let p = params(
        json!([{"param": "CN.employer_rate", "value": "0.19", "from": "2018-01"}]),
        "2026-11",
    );
    assert_eq!(get(&p, "CN", "employer_rate", "2017-12"), Some(d("0.20")));
    assert_eq!(get(&p, "CN", "employer_rate", "2018-01"), Some(d("0.19")));
    assert_eq!(get(&p, "CN", "employer_rate", "2019-04"), Some(d("0.19")));
    assert_eq!(get(&p, "CN", "employer_rate", "2019-05"), Some(d("0.16")));
}

#[test]
fn step_overrides_of_one_key_supersede_each_other_by_month_not_by_order() {
    // Two overrides of CN.employer_rate, 19 % from 2018-01 and 18 % from 2018-07: each is in
    // force until the next entry (the other override, then the data's 2019-05), in either order.
    let a = json!({"param": "CN.employer_rate", "value": "0.19", "from": "2018-01"});
    let b = json!({"param": "CN.employer_rate", "value": "0.18", "from": "2018-07"});
    for list in [json!([a, b]), json!([b, a])] {
        let p = params(list, "2026-11");
        assert_eq!(get(&p, "CN", "employer_rate", "2018-06"), Some(d("0.19")));
        assert_eq!(get(&p, "CN", "employer_rate", "2018-07"), Some(d("0.18")));
        assert_eq!(get(&p, "CN", "employer_rate", "2019-05"), Some(d("0.16")));
    }
}

#[test]
fn a_regional_step_override_gives_way_when_the_national_rule_changes() {
    // GD.flex_rate: Guangdong's own 20 % from 2021-05; before that the national default, 20 %
    // from 1998-01 and again from 2006-01 (国发〔2005〕38号). An override of 18 % from 2000-01
    // stands while the rule it replaces (the national 1998 entry) would have: to 2005-12.
    let p = params(
        json!([{"param": "GD.flex_rate", "value": "0.18", "from": "2000-01"}]),
        "2026-11",
    );
    let rate = |at: &str| p.value("$", "GD", "flex_rate", m(at)).unwrap();
    assert_eq!(rate("1999-12"), d("0.20"));
    assert_eq!(rate("2000-01"), d("0.18"));
    assert_eq!(rate("2005-12"), d("0.18"));
    assert_eq!(rate("2006-01"), d("0.20"));
    // The same for a rule a region holds only for its early years (Scope::Unified): Fujian's
    // account rate from 1996-01 to 1997-06, then the national 11 % (1997-07) and 8 % (2006-01).
    // An override of 12 % from 2000-01 lasts to 2005-12, not for ever.
    let p = params(
        json!([{"param": "FJ.individual_account_rate", "value": "0.12", "from": "2000-01"}]),
        "2026-11",
    );
    let rate = |at: &str| {
        p.value("$", "FJ", "individual_account_rate", m(at))
            .unwrap()
    };
    assert_eq!(rate("1996-01"), d("0.11"));
    assert_eq!(rate("2000-01"), d("0.12"));
    assert_eq!(rate("2005-12"), d("0.12"));
    assert_eq!(rate("2006-01"), d("0.08"));
}

#[test]
fn a_retirement_delay_step_before_the_reform_needs_its_cap_too() {
    // Found by the fuzz target `hostile` (validate accepted, choices refused): a step override
    // pinned at the valuation month 2014-05 has no cap in force (the data's caps begin with the
    // reform, 2025-01); a flexible woman's original retirement at 45 in 2024 then has no answer.
    // Refused at the override, so estimate and validate agree.
    let v = json!({
        "as_of": "2014-05",
        "person": {"birth": "1979-10", "category": "flexible", "hukou": "HN", "sex": "female"},
        "overrides": [{"param": "CN.retirement_delay_step_50", "value": "1"}],
        "plan": [{"base": {"amount": "5000"}, "from": "2014-07", "kind": "employee", "region": "XZ", "to": "2023-06"}]
    });
    let s = pension_estimator::parse_scenario(&v.to_string()).unwrap();
    let e = pension_estimator::validate(&s).unwrap_err();
    assert_eq!(
        (e.errors[0].code, e.errors[0].path.as_str()),
        (Code::BadOverride, "$.overrides[0]")
    );
    assert!(
        e.errors[0].en.contains("CN.retirement_delay_cap_50"),
        "{}",
        e.errors[0].en
    );
    assert!(pension_estimator::estimate(&s).is_err());
    // With the cap pinned for the same months it is a what-if like any other, and answers.
    let mut with_cap = v.clone();
    with_cap["overrides"]
        .as_array_mut()
        .unwrap()
        .push(json!({"param": "CN.retirement_delay_cap_50", "value": "36"}));
    let s = pension_estimator::parse_scenario(&with_cap.to_string()).unwrap();
    pension_estimator::validate(&s).unwrap();
    pension_estimator::choices(&s).unwrap();
    // A step within the reform's years has the data's cap.
    let mut later = v.clone();
    later["overrides"] =
        json!([{"param": "CN.retirement_delay_step_50", "value": "2", "from": "2026-01"}]);
    let s = pension_estimator::parse_scenario(&later.to_string()).unwrap();
    pension_estimator::validate(&s).unwrap();
}

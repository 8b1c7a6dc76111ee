//! Small things a person trying the estimator ran into (issue 13, item 6): each test names what
//! it protects.

mod common;
use common::*;

use pension_estimator::{choices, parse_scenario, Code};
use serde_json::{json, Value};

/// A man born 1970-01: original retirement 2030-01 (60); delay (办法 第一条) m = months from
/// 2025-01 to 2030-01 = 60, ⌊60/4⌋ + 1 = 16 months → statutory 2031-05 (61 years 4 months).
/// 195 contribution months (2010-09 … 2026-11), nothing planned.
fn man_1970(retirement: Value) -> Value {
    json!({
        "person": {"birth": "1970-01", "sex": "male", "hukou": "GD"},
        "as_of": "2026-12",
        "history": [{"from": "2010-09", "to": "2026-11", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}],
        "retirement": retirement
    })
}

#[test]
fn retiring_later_does_not_raise_the_minimum_years() {
    // The minimum is that of the statutory month 2031-05: 192 months (16 years, from
    // 2031-01). Retiring 12 months later (2032-05) the table would say 198 for 2032; the
    // minimum stays 192 (办法 第二条 as read in `minimum`), so 195 months are enough.
    let at_statutory = ok(man_1970(json!({})));
    assert_eq!(at_statutory.retirement.statutory_month, m("2031-05"));
    assert_eq!(at_statutory.employee.pension.contribution_months, 195);
    assert_eq!(at_statutory.employee.pension.min_months, 192);
    assert!(at_statutory.employee.pension.eligible);
    let later = ok(man_1970(json!({"mode": "late", "months": 12})));
    assert_eq!(later.employee.pension.start, m("2032-05"));
    assert_eq!(later.employee.pension.min_months, 192);
    assert!(later.employee.pension.eligible);
    // The same in `choices`: every possible variant, early or late, counts against 192
    // (retiring 36 months early, 2028-05, would be before the original age: not possible).
    let s = parse_scenario(&man_1970(json!({})).to_string()).unwrap();
    let variants = choices(&s).unwrap().variants;
    assert!(variants
        .iter()
        .any(|v| v.id == "retire_late_36m" && v.possible));
    for v in variants.iter().filter(|v| v.possible) {
        assert_eq!(v.min_months, 192, "{}", v.id);
    }
}

#[test]
fn extension_and_the_pension_use_the_same_minimum() {
    // 120 months only (2016-12 … 2026-11): short by 192 − 120 = 72 months at 2031-05, so the
    // extension is 72 months, and the extended pension counts them against the same 192.
    let mut v = man_1970(json!({}));
    v["history"][0]["from"] = json!("2016-12");
    let e = ok(v);
    assert_eq!(e.employee.pension.min_months, 192);
    assert_eq!(e.employee.pension.contribution_months, 120);
    let ext = e.employee.options.unwrap().extension.unwrap();
    assert_eq!(ext.months, 72);
    assert_eq!(ext.pension.min_months, 192);
    assert!(ext.pension.eligible);
}

#[test]
fn a_woman_who_only_paid_into_the_resident_scheme_is_not_asked_her_post() {
    let v = json!({
        "person": {"birth": "1975-03", "sex": "female", "hukou": "GD"},
        "as_of": "2026-12",
        "history": [{"from": "2012-01", "to": "2026-11", "kind": "resident", "region": "GD", "tier": "200"}]
    });
    let e = json(&ok(v.clone()));
    // Counted as flexibly employed (Guangdong's flexible-employed women: 55): original
    // 2030-03, m = 62 months after 2025-01, delay ⌊62/4⌋ + 1 = 16 → 2031-07 (56 years 4 months).
    assert_eq!(e["retirement"]["original_age"], 55);
    assert_eq!(e["retirement"]["month"], "2031-07");
    let codes: Vec<&str> = e["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"woman_category_assumed"), "{codes:?}");
    // The resident pension starts at 60 either way (2035-03).
    assert_eq!(e["resident"]["claim_month"], "2035-03");
    // Her choices (paying on as a flexible worker, or in the resident scheme) answer too.
    assert!(choices(&parse_scenario(&v.to_string()).unwrap()).is_ok());
    // With months as an employee the post decides 50 or 55: still asked.
    let mut w = v.clone();
    w["history"].as_array_mut().unwrap().insert(
        0,
        json!({"from": "1995-01", "to": "2000-12", "kind": "employee", "region": "GD", "base": {"ratio": "1"}}),
    );
    let err = run(w).unwrap_err();
    assert_eq!(
        (err.errors[0].code, err.errors[0].path.as_str()),
        (Code::MissingField, "$.person.category")
    );
}

#[test]
fn an_index_typed_with_many_decimals_is_rounded_not_refused() {
    let v = json!({
        "person": {"birth": "1985-03", "sex": "male", "hukou": "GD"},
        "as_of": "2026-12",
        "summary": {"at": "2020-12", "region": "GD", "employee_months": 60, "avg_index": "0.612345678951"}
    });
    let s = parse_scenario(&v.to_string()).unwrap();
    // 0.612345678951 → 10 decimals, half away from zero: 0.6123456790.
    assert_eq!(s.summary.unwrap().avg_index, Some(d("0.6123456790")));
    ok(v);
}

#[test]
fn a_seed_javascript_cannot_hold_is_refused_at_its_field() {
    let mut v = man_1970(json!({}));
    v["assumptions"] = json!({"seed": 9_007_199_254_740_992u64}); // 2^53: exact in JS
    ok(v.clone());
    v["assumptions"]["seed"] = json!(9_007_199_254_740_993u64); // 2^53 + 1: not
    let e = run(v).unwrap_err();
    assert_eq!(
        (e.errors[0].code, e.errors[0].path.as_str()),
        (Code::OutOfRange, "$.assumptions.seed")
    );
}

/// Every decimal string in a JSON answer has at most four decimals (amounts two, ratios and
/// ages four): the money rule applies to every number a person or a platform reads.
fn assert_rounded(v: &Value, at: &str) {
    match v {
        Value::String(s) => {
            if let Some((int, frac)) = s.split_once('.') {
                let numeric = !int.is_empty()
                    && int
                        .trim_start_matches('-')
                        .bytes()
                        .all(|b| b.is_ascii_digit())
                    && frac.bytes().all(|b| b.is_ascii_digit());
                assert!(!numeric || frac.len() <= 4, "{at} = {s}");
            }
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| assert_rounded(x, &format!("{at}[{i}]"))),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, x)| assert_rounded(x, &format!("{at}.{k}"))),
        _ => {}
    }
}

#[test]
fn every_number_in_every_answer_is_rounded() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/rider-guangdong.json"
    ))
    .unwrap();
    let s = parse_scenario(&text).unwrap();
    // choices printed lifetime.start_age as 62.583333333333333333333333333 before.
    assert_rounded(
        &serde_json::to_value(pension_estimator::estimate(&s).unwrap()).unwrap(),
        "$",
    );
    assert_rounded(
        &serde_json::to_value(pension_estimator::gaps(&s).unwrap()).unwrap(),
        "$",
    );
    assert_rounded(&serde_json::to_value(choices(&s).unwrap()).unwrap(), "$");
    let mut early = s.clone();
    early.retirement.mode = pension_estimator::scenario::RetirementMode::Late;
    early.retirement.months = 7;
    let c = serde_json::to_value(choices(&early).unwrap()).unwrap();
    assert_rounded(&c, "$");
}

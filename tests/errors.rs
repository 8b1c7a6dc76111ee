//! Bad input gets a structured error: stable code, JSON path, Chinese and English message.

mod common;
use common::*;

use pension_estimator::Code;
use serde_json::json;

fn base() -> serde_json::Value {
    json!({
        "person": {"birth": "1990-05", "sex": "male", "hukou": "JX"},
        "as_of": "2026-11",
        "history": [{"from": "2020-01", "to": "2026-10", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]
    })
}

fn first_error(v: serde_json::Value) -> (Code, String) {
    let e = run(v).expect_err("expected an error");
    let f = &e.errors[0];
    assert!(
        !f.zh.is_empty() && !f.en.is_empty(),
        "messages in both languages: {f:?}"
    );
    (f.code, f.path.clone())
}

fn first_error_text(text: &str) -> (Code, String) {
    let e = pension_estimator::estimate_json(text).expect_err("expected an error");
    (e.errors[0].code, e.errors[0].path.clone())
}

#[test]
fn the_base_scenario_is_valid() {
    ok(base());
}

#[test]
fn malformed_json() {
    assert_eq!(first_error_text("{\"person\": ").0, Code::JsonSyntax);
    assert_eq!(first_error_text("").0, Code::JsonSyntax);
    assert_eq!(first_error_text("[1,2]").0, Code::WrongType);
}

#[test]
fn unknown_fields_are_refused_with_their_path() {
    let mut v = base();
    v["person"]["brith"] = json!("1990-05");
    assert_eq!(
        first_error(v),
        (Code::UnknownField, "$.person.brith".into())
    );
    let mut v = base();
    v["history"][0]["amount"] = json!("5000");
    assert_eq!(
        first_error(v),
        (Code::UnknownField, "$.history[0].amount".into())
    );
}

#[test]
fn missing_and_mistyped_fields() {
    let mut v = base();
    v["person"].as_object_mut().unwrap().remove("hukou");
    assert_eq!(
        first_error(v),
        (Code::MissingField, "$.person.hukou".into())
    );
    let mut v = base();
    v["as_of"] = json!("2026/11");
    assert_eq!(first_error(v), (Code::WrongType, "$.as_of".into()));
    let mut v = base();
    v["history"][0]["base"] = json!({"ratio": 0.6});
    assert_eq!(
        first_error(v),
        (Code::WrongType, "$.history[0].base.ratio".into())
    );
    let mut v = base();
    v["history"][0]["base"] = json!({"ratio": "6O%"});
    assert_eq!(
        first_error(v),
        (Code::WrongType, "$.history[0].base.ratio".into())
    );
    let mut v = base();
    v["history"][0]["kind"] = json!("freelance");
    assert_eq!(
        first_error(v),
        (Code::WrongType, "$.history[0].kind".into())
    );
}

#[test]
fn months_out_of_order_and_overlapping() {
    let mut v = base();
    v["history"][0]["to"] = json!("2019-12");
    assert_eq!(
        first_error(v),
        (Code::SegmentReversed, "$.history[0].to".into())
    );
    let mut v = base();
    v["history"]
        .as_array_mut()
        .unwrap()
        .push(json!({"from": "2026-01", "to": "2026-03", "kind": "gap"}));
    assert_eq!(
        first_error(v),
        (Code::SegmentsOverlap, "$.history[1].from".into())
    );
    let mut v = base();
    v["history"][0]["to"] = json!("2027-01");
    assert_eq!(
        first_error(v),
        (Code::SegmentOutsidePeriod, "$.history[0].to".into())
    );
    // A plan that started in the past is valid (a saved plan opened later, tests/time.rs), but
    // not over months the history already covers.
    let mut v = base();
    v["plan"] =
        json!([{"from": "2026-11", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]);
    ok(v.clone());
    v["plan"][0]["from"] = json!("2026-10");
    assert_eq!(
        first_error(v),
        (Code::SegmentsOverlap, "$.plan[0].from".into())
    );
}

#[test]
fn birth_after_as_of_and_implausible_ages() {
    let mut v = base();
    v["person"]["birth"] = json!("2027-01");
    assert_eq!(
        first_error(v),
        (Code::BirthAfterAsOf, "$.person.birth".into())
    );
    let mut v = base();
    v["person"]["birth"] = json!("1900-01");
    assert_eq!(first_error(v), (Code::OutOfRange, "$.person.birth".into()));
    let mut v = base();
    v["history"][0]["from"] = json!("2004-01");
    assert_eq!(
        first_error(v),
        (Code::OutOfRange, "$.history[0].from".into())
    );
}

#[test]
fn insane_bases_and_negative_amounts() {
    let mut v = base();
    v["history"][0]["base"] = json!({"ratio": "60"});
    assert_eq!(
        first_error(v),
        (Code::OutOfRange, "$.history[0].base.ratio".into())
    );
    let mut v = base();
    v["history"][0]["base"] = json!({"amount": "-5000"});
    assert_eq!(
        first_error(v),
        (Code::OutOfRange, "$.history[0].base.amount".into())
    );
    let mut v = base();
    v["history"][0] = json!({"from": "2020-01", "to": "2026-10", "kind": "resident", "region": "JX", "tier": -100});
    assert_eq!(
        first_error(v),
        (Code::OutOfRange, "$.history[0].tier".into())
    );
    let mut v = base();
    v["summary"] = json!({"at": "2019-12", "employee_months": 12, "avg_index": "0.8", "account_balance": "-1"});
    assert_eq!(
        first_error(v),
        (Code::OutOfRange, "$.summary.account_balance".into())
    );
}

#[test]
fn unknown_regions_and_overrides() {
    let mut v = base();
    v["person"]["hukou"] = json!("Atlantis");
    assert_eq!(
        first_error(v),
        (Code::UnknownRegion, "$.person.hukou".into())
    );
    let mut v = base();
    v["history"][0]["region"] = json!("XX");
    assert_eq!(
        first_error(v),
        (Code::UnknownRegion, "$.history[0].region".into())
    );
    let mut v = base();
    v["overrides"] = json!([{"param": "GD.no_such_thing", "value": "1"}]);
    assert_eq!(
        first_error(v),
        (Code::BadOverride, "$.overrides[0].param".into())
    );
    // Names work as well as codes.
    let mut v = base();
    v["person"]["hukou"] = json!("江西");
    v["history"][0]["region"] = json!("广东省");
    let e = ok(v);
    assert_eq!(e.hukou, "JX");
    assert_eq!(e.benefit_location.months_by_region.get("GD"), Some(&82));
}

#[test]
fn segments_need_the_right_fields() {
    let mut v = base();
    v["history"][0].as_object_mut().unwrap().remove("base");
    assert_eq!(
        first_error(v),
        (Code::MissingField, "$.history[0].base".into())
    );
    let mut v = base();
    v["history"][0]["kind"] = json!("resident");
    assert_eq!(first_error(v).0, Code::FieldNotAllowed);
    let mut v = base();
    v["history"][0]["to"] = serde_json::Value::Null;
    assert_eq!(
        first_error(v),
        (Code::MissingField, "$.history[0].to".into())
    );
}

#[test]
fn absurd_lengths() {
    let mut v = base();
    let seg = json!({"from": "2020-01", "to": "2020-01", "kind": "gap"});
    v["history"] = serde_json::Value::Array(vec![seg; 601]);
    assert_eq!(first_error(v).0, Code::TooLarge);
    let mut v = base();
    v["person"]["hukou"] = json!("x".repeat(1000));
    assert_eq!(first_error(v), (Code::TooLarge, "$.person.hukou".into()));
}

#[test]
fn retirement_choices_outside_the_rules() {
    let mut v = base();
    v["retirement"] = json!({"mode": "late", "months": 48});
    assert_eq!(first_error(v).0, Code::RetirementChoice);
    // Early retirement needs the minimum years: 82 months are not enough.
    let mut v = base();
    v["retirement"] = json!({"mode": "early", "months": 12});
    assert_eq!(
        first_error(v),
        (Code::RetirementChoice, "$.retirement.mode".into())
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut v = base();
    v["person"]["hukou"] = json!("XX");
    v["history"][0]["base"] = json!({"ratio": "60"});
    let e = run(v).unwrap_err();
    let codes: Vec<_> = e.errors.iter().map(|x| x.code).collect();
    assert!(
        codes.contains(&Code::UnknownRegion) && codes.contains(&Code::OutOfRange),
        "{codes:?}"
    );
}

#[test]
fn errors_serialize_as_stable_objects() {
    let e = run(json!({"person": 1})).unwrap_err();
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(v["error"], "invalid_input");
    assert_eq!(v["errors"][0]["code"], "wrong_type");
    assert_eq!(v["errors"][0]["path"], "$.person");
}

#[test]
fn implausible_overrides_and_assumptions() {
    // Found by the fuzzer: a negative 计发基数 gave a negative basic pension.
    let mut v = base();
    v["overrides"] = json!([{"param": "GD.benefit_base", "value": "-9000"}]);
    assert_eq!(
        first_error(v),
        (Code::OutOfRange, "$.overrides[0].value".into())
    );
    let mut v = base();
    v["overrides"] = json!([{"param": "CN.crediting_rate", "value": "7"}]);
    assert_eq!(
        first_error(v),
        (Code::OutOfRange, "$.overrides[0].value".into())
    );
    // Found by hand after the fuzzer: 50 % growth over two centuries overflowed Decimal.
    let mut v = base();
    v["as_of"] = json!("2199-01");
    v["person"]["birth"] = json!("2150-01");
    v["history"] = json!([]);
    assert_eq!(first_error(v), (Code::OutOfRange, "$.as_of".into()));
    let mut v = base();
    v["assumptions"] = json!({"crediting_rate": "0.5"});
    assert_eq!(
        first_error(v),
        (Code::OutOfRange, "$.assumptions.crediting_rate".into())
    );
    // A growth of -100 % would divide by zero when deflating.
    let mut v = base();
    v["assumptions"] = json!({"wage_growth": "-1"});
    assert_eq!(
        first_error(v),
        (Code::OutOfRange, "$.assumptions.wage_growth".into())
    );
}

#[test]
fn only_resident_and_employee_scheme_months_may_overlap() {
    // 人社部发〔2014〕17号 第七条 settles months in both schemes: accepted (and reported).
    let mut v = base();
    v["history"].as_array_mut().unwrap().push(
        json!({"from": "2021-01", "to": "2021-12", "kind": "resident", "region": "JX", "tier": "200"}),
    );
    let e = ok(v);
    assert_eq!(e.linkage.overlaps.len(), 1);
    // Two employee-scheme segments over the same months: refused.
    let mut v = base();
    v["history"].as_array_mut().unwrap().push(
        json!({"from": "2021-01", "to": "2021-12", "kind": "employee", "region": "GD", "base": {"ratio": "1"}}),
    );
    assert_eq!(
        first_error(v),
        (Code::SegmentsOverlap, "$.history[1].from".into())
    );
    // Two resident segments, or a resident segment over a gap: refused.
    let mut v = base();
    let h = v["history"].as_array_mut().unwrap();
    h.push(json!({"from": "2016-01", "to": "2017-12", "kind": "resident", "region": "JX", "tier": "200"}));
    h.push(json!({"from": "2017-01", "to": "2017-06", "kind": "resident", "region": "JX", "tier": "300"}));
    assert_eq!(
        first_error(v),
        (Code::SegmentsOverlap, "$.history[2].from".into())
    );
    let mut v = base();
    let h = v["history"].as_array_mut().unwrap();
    h.push(json!({"from": "2016-01", "to": "2017-12", "kind": "gap"}));
    h.push(json!({"from": "2017-01", "to": "2017-06", "kind": "resident", "region": "JX", "tier": "300"}));
    assert_eq!(
        first_error(v),
        (Code::SegmentsOverlap, "$.history[2].from".into())
    );
}

#[test]
fn paths_are_found_in_pretty_printed_multi_line_json_too() {
    // Pretty-printed (multi-line) text gives the same paths as compact text.
    let mut v = base();
    v["history"][0]["base"] = json!({"ratio": "sixty"});
    v["person"]["名字"] = json!("x");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let e = pension_estimator::estimate_json(&text).expect_err("bad ratio");
    assert_eq!(e.errors[0].code, Code::WrongType);
    assert_eq!(e.errors[0].path, "$.history[0].base.ratio");
}

#[test]
fn implausible_range_assumptions() {
    // A spread (standard deviation) of the range must be within 0 … 5 points.
    for (field, value) in [
        ("wage_growth_sd", json!("-0.01")),
        ("crediting_rate_sd", json!("0.2")),
        ("pension_adjustment_sd", json!("0.06")),
    ] {
        let mut v = base();
        v["assumptions"] = json!({ field: value });
        assert_eq!(
            first_error(v),
            (Code::OutOfRange, format!("$.assumptions.{field}"))
        );
    }
    // At most 2000 draws: a bound on the work one request can ask for.
    let mut v = base();
    v["assumptions"] = json!({"draws": 100000});
    assert_eq!(
        first_error(v),
        (Code::OutOfRange, "$.assumptions.draws".into())
    );
    // A negative or fractional seed is the wrong type.
    let mut v = base();
    v["assumptions"] = json!({"seed": -1});
    assert_eq!(first_error(v).1, "$.assumptions.seed");
}

#[test]
fn syntax_errors_say_where_in_both_languages() {
    let text = "{\n  \"person\": {\"birth\": \"1990-05\",, }\n}";
    let e = pension_estimator::estimate_json(text).expect_err("two commas");
    let f = &e.errors[0];
    assert_eq!((f.code, f.path.as_str()), (Code::JsonSyntax, "$.person"));
    assert!(f.en.contains("(line 2, column 33)"), "{}", f.en);
    assert!(f.zh.contains("第 2 行第 33 个字符"), "{}", f.zh);
    // Nesting beyond the limit stops the parse (no stack overflow); the first problem before it
    // is reported, as serde did: `person` as an array is its fields in order, and a month is
    // not an array.
    let deep = format!("{{\"person\": {}", "[".repeat(100_000));
    assert_eq!(
        first_error_text(&deep),
        (Code::WrongType, "$.person[0]".into())
    );
    let e = pension_estimator::estimate_json(&"[".repeat(100_000)).expect_err("deep");
    assert_eq!(e.errors[0].code, Code::WrongType);
}

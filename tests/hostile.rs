//! Hostile inputs: each defect of issue 16 that the core owned, with the test that keeps it
//! fixed, and the contract of every door over generated scenarios: `validate` ok ⇒ estimate, gaps
//! and choices answer; a refusal is structured; nothing panics.

mod common;
use common::*;

#[path = "../fuzz/fuzz_targets/hostile_scenario.rs"]
mod hostile_scenario;

use hostile_scenario::{contract, Outcome};
use pension_estimator::{Code, Invalid};
use serde_json::{json, Value};

fn example() -> Value {
    serde_json::from_str(include_str!("../examples/rider-guangdong.json")).unwrap()
}

fn with(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}

fn scenario(v: &Value) -> pension_estimator::Scenario {
    pension_estimator::parse_scenario(&v.to_string()).unwrap()
}

/// The first error of `validate`, which estimate, gaps and choices then give too.
fn refused(v: &Value) -> (Code, String) {
    let s = scenario(v);
    let e: Invalid = pension_estimator::validate(&s).expect_err("validate should refuse");
    for other in [
        pension_estimator::estimate(&s).err(),
        pension_estimator::gaps(&s).err(),
        pension_estimator::choices(&s).err(),
    ] {
        assert_eq!(
            other.map(|o| o.errors[0].clone()),
            Some(e.errors[0].clone())
        );
    }
    (e.errors[0].code, e.errors[0].path.clone())
}

fn overrides(list: Value) -> Value {
    with(example(), "overrides", list)
}

#[test]
fn a_zero_average_wage_override_is_refused_not_a_division_by_zero() {
    let v = overrides(json!([{"param": "GD.avg_wage", "value": "0"}]));
    assert_eq!(
        refused(&v),
        (Code::OutOfRange, "$.overrides[0].value".into())
    );
    // The smallest positive wage is accepted and every call answers.
    let v = overrides(json!([{"param": "GD.avg_wage", "value": "0.01"}]));
    assert_eq!(contract(&v.to_string()), Outcome::Answered);
}

#[test]
fn choices_answer_when_a_way_of_paying_cannot_retire_early() {
    // README example, early by 36 months: paying nothing from now on leaves 10 years 10 months
    // of employee months (2015-03…2018-06 and 2020-01…2026-10: 40 + 82 = 122), short of the
    // minimum (办法 第三条: early retirement needs it), so that choice retires at the statutory month.
    let v = with(
        example(),
        "retirement",
        json!({"mode": "early", "months": 36}),
    );
    let c = pension_estimator::choices(&scenario(&v)).expect("choices answer");
    let none = c.choices.iter().find(|c| c.id == "none").unwrap();
    assert!(!none.retires_as_chosen);
    // Born 1990-05, original age 60: m = months 2025-01 → 2050-05 = 306, delay min(36, ⌊306/4⌋+1) = 36,
    // statutory 2053-05.
    assert_eq!(none.start, m("2053-05"));
    let flex = c.choices.iter().find(|c| c.id == "flexible_0.6").unwrap();
    assert!(flex.retires_as_chosen);
    // Early by 36 months from 2053-05.
    assert_eq!(flex.start, m("2050-05"));
    assert_eq!(contract(&v.to_string()), Outcome::Answered);
}

#[test]
fn validate_refuses_unknown_override_names_like_estimate() {
    for (param, path) in [
        ("GD.no_such_key", "$.overrides[0].param"),
        ("nodot", "$.overrides[0].param"),
        ("GD.crediting_rate", "$.overrides[0].param"), // national, set only as CN.…
        ("CN.divisor_table", "$.overrides[0].param"),  // a table, not one number
        ("XX.avg_wage", "$.overrides[0].param"),
    ] {
        let v = overrides(json!([{"param": param, "value": "1"}]));
        assert_eq!(refused(&v), (Code::BadOverride, path.into()), "{param}");
    }
}

#[test]
fn override_bounds_are_those_of_the_quantity() {
    let case = |param: &str, value: &str| overrides(json!([{"param": param, "value": value}]));
    // Real values the old unit-wide ranges refused (resident_min_years was 40…70).
    for (param, value) in [
        ("CN.resident_min_years", "15"),
        ("CN.min_contribution_months", "0"),
    ] {
        assert_eq!(
            contract(&case(param, value).to_string()),
            Outcome::Answered,
            "{param}"
        );
    }
    for (param, value) in [
        ("CN.resident_min_years", "51"),
        ("CN.resident_min_years", "15.5"),
        ("GD.flex_rate", "1.01"),
        ("CN.crediting_rate", "0.21"),
        ("CN.retirement_age_man", "39"),
        ("CN.retirement_delay_step_55_60", "0"),
        ("CN.flexible_retirement_months", "37"),
        ("GD.benefit_base", "0"),
        ("GD.flex_nonlocal_allowed", "0.5"),
    ] {
        assert_eq!(
            refused(&case(param, value)),
            (Code::OutOfRange, "$.overrides[0].value".into()),
            "{param} {value}"
        );
    }
}

#[test]
fn the_account_share_never_exceeds_the_contribution_rate() {
    // 0.5 credited to the account of a flexible rate of 0.2 would leave −0.3 of the base to the
    // pooled fund.
    let v = overrides(json!([{"param": "CN.individual_account_rate", "value": "0.5"}]));
    assert_eq!(
        refused(&v),
        (Code::OutOfRange, "$.overrides[0].value".into())
    );
    // Lowering the flexible rate below the account share (0.08) is refused at that override.
    let v = overrides(
        json!([{"param": "CN.individual_account_rate", "value": "0.08"}, {"param": "GD.flex_rate", "value": "0.05"}]),
    );
    assert_eq!(
        refused(&v),
        (Code::OutOfRange, "$.overrides[1].value".into())
    );
    let v = overrides(
        json!([{"param": "CN.base_floor_ratio", "value": "0.9"}, {"param": "CN.base_ceiling_ratio", "value": "0.8"}]),
    );
    assert_eq!(
        refused(&v),
        (Code::OutOfRange, "$.overrides[0].value".into())
    );
}

#[test]
fn a_statement_counts_no_more_months_than_the_person_has_lived_since_sixteen() {
    // Born 2005-05, statement 2026-10: from 2021-05 (16th birthday) to 2026-10 is 66 months.
    let person = json!({"birth": "2005-05", "sex": "male", "hukou": "GD"});
    let base = json!({"person": person, "as_of": "2026-11", "history": [], "plan": []});
    let stmt = |employee: u32, deemed: u32, resident: u32| {
        with(
            base.clone(),
            "summary",
            json!({"at": "2026-10", "employee_months": employee, "avg_index": "1",
            "deemed_months": deemed, "resident_years": resident}),
        )
    };
    assert_eq!(
        refused(&stmt(960, 0, 0)),
        (Code::OutOfRange, "$.summary.employee_months".into())
    );
    assert_eq!(
        refused(&stmt(60, 7, 0)),
        (Code::OutOfRange, "$.summary.employee_months".into())
    );
    assert_eq!(
        refused(&stmt(0, 0, 6)),
        (Code::OutOfRange, "$.summary.resident_years".into())
    );
    assert_eq!(contract(&stmt(66, 0, 5).to_string()), Outcome::Answered);
}

/// A deterministic stream of bytes (xorshift64*), the raw material of the generator.
fn bytes(seed: u64, n: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8
        })
        .collect()
}

/// The generated hostile scenario number `i` (the same on every run).
pub fn generated(i: u64) -> Option<Value> {
    let raw = bytes(i, 512);
    hostile_scenario::scenario(&mut arbitrary::Unstructured::new(&raw)).ok()
}

#[test]
fn validate_ok_means_estimate_gaps_and_choices_answer_over_generated_scenarios() {
    let n: u64 = std::env::var("HOSTILE_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(400);
    let mut counts = [0usize; 3];
    for i in 0..n {
        let Some(v) = generated(i) else { continue };
        let k = match contract(&v.to_string()) {
            Outcome::Unreadable => 0,
            Outcome::Refused => 1,
            Outcome::Answered => 2,
        };
        counts[k] += 1;
    }
    eprintln!(
        "hostile scenarios: {n} generated; unreadable {}, refused {}, answered {}",
        counts[0], counts[1], counts[2]
    );
    // The generator reaches all three outcomes.
    assert!(counts.iter().all(|&c| c > 0), "{counts:?}");
}

#[test]
fn generated_scenarios_file_for_the_doors() {
    // `HOSTILE_WRITE=path` writes the generated scenarios (one JSON per line) for the JS
    // differential test; without it, this only checks that the generator is deterministic.
    assert_eq!(generated(7), generated(7));
    if let Ok(path) = std::env::var("HOSTILE_WRITE") {
        let lines: Vec<String> = (0..400)
            .filter_map(generated)
            .map(|v| v.to_string())
            .collect();
        std::fs::write(path, lines.join("\n") + "\n").unwrap();
    }
}

#[test]
fn parameter_data_cut_or_changed_anywhere_is_refused() {
    use pension_estimator::params::data::{decode, EMBEDDED};
    assert!(decode(EMBEDDED).is_ok());
    // Cut at the last line end before the middle (a byte search: the middle byte may fall inside
    // a multi-byte character), so only the trailer tells.
    let line_end = EMBEDDED.as_bytes()[..EMBEDDED.len() / 2]
        .iter()
        .rposition(|&b| b == b'\n')
        .unwrap();
    let half = &EMBEDDED[..line_end + 1];
    assert!(decode(half).unwrap_err().contains("incomplete or changed"));
    let cut_line = &EMBEDDED[..EMBEDDED.len() - 3]; // the trailer itself cut
    assert!(decode(cut_line).is_err());
    let changed = EMBEDDED.replacen("\tGD\t", "\tGX\t", 1);
    assert!(decode(&changed)
        .unwrap_err()
        .contains("incomplete or changed"));
    let without_trailer = &EMBEDDED[..EMBEDDED.trim_end().rfind('\n').unwrap() + 1];
    assert!(decode(without_trailer).is_err());
}

fn cli() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_pension-estimator"))
}

#[cfg(unix)]
#[test]
fn cli_non_utf8_argument_is_an_error_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"\xff\xfe.json");
    let out = cli().arg("estimate").arg(bad).output().unwrap();
    // The file does not exist: "cannot read", exit 1 (101 was the panic).
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
    let out = cli().arg(bad).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(64),
        "an unknown command gets the usage"
    );
}

#[test]
fn cli_batch_goes_on_after_a_line_that_is_not_utf8() {
    use std::io::Write;
    let good = example().to_string();
    let mut input = Vec::new();
    input.extend_from_slice(good.as_bytes());
    input.extend_from_slice(b"\n{\"person\": \"\xff\"}\n");
    input.extend_from_slice(good.as_bytes());
    input.push(b'\n');
    let mut child = cli()
        .arg("batch")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["errors"][0]["code"], "json_syntax");
    assert_eq!(lines[0], lines[2], "the lines around it are estimated");
}

#[test]
fn a_scenario_text_over_one_megabyte_is_refused_before_it_is_read() {
    // 2^20 bytes: the example padded with spaces (valid JSON) to one byte over.
    let text = example().to_string();
    let limit = pension_estimator::validate::MAX_SCENARIO_BYTES;
    let at_limit = format!("{text}{}", " ".repeat(limit - text.len()));
    assert!(pension_estimator::parse_scenario(&at_limit).is_ok());
    let over = format!("{at_limit} ");
    let e = pension_estimator::parse_scenario(&over).unwrap_err();
    assert_eq!(
        (e.errors[0].code, e.errors[0].path.as_str()),
        (Code::TooLarge, "$")
    );
}

//! Time passes: a saved scenario opened months or years later still gives an answer, and the
//! current month comes from one injectable place (`PENSION_TODAY` in the CLI).
//!
//! Semantics (docs/time.md, "Saved data ages"): the valuation month is the current month; plan months
//! that are now in the past are valued as planned and reported as `unconfirmed` (the page asks
//! 这几个月交了吗？ — yes moves them into the history, no makes them a gap); a plan that started
//! in the past is valid.

mod common;
use common::*;

use std::io::Write;
use std::process::{Command, Stdio};

use pension_estimator::{choices, gaps, parse_scenario};
use proptest::prelude::*;
use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_pension-estimator");

/// The scenario with its valuation month moved `k` months later.
fn aged(v: &Value, k: i32) -> Value {
    let mut w = v.clone();
    w["as_of"] = json!(m(v["as_of"].as_str().unwrap()).plus(k).to_string());
    w
}

/// The README's rider, saved in 2026-11 with the plan "carry on at 60 % from 2026-12".
fn rider() -> Value {
    json!({
        "person": {"birth": "1990-05", "sex": "male", "hukou": "JX"},
        "as_of": "2026-11",
        "history": [
            {"from": "2015-03", "to": "2018-06", "kind": "employee", "region": "GD", "base": {"ratio": "1.0"}},
            {"from": "2020-01", "to": "2026-10", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}
        ],
        "plan": [{"from": "2026-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]
    })
}

/// Everything but the parts that name the valuation month or its warnings.
fn figures(v: &Value) -> Value {
    let e = json(&ok(v.clone()));
    json!([
        e["employee"],
        e["resident"],
        e["retirement"],
        e["benefit_location"],
        e["transfers"]
    ])
}

#[test]
fn a_plan_opened_eight_months_later_is_valued_as_planned_and_reported_unconfirmed() {
    let later = aged(&rider(), 8); // as_of 2027-07
    let e = json(&ok(later.clone()));
    // 2026-12 … 2027-06: 7 planned months now in the past; 2027-07, this month, is still open
    // (its contribution is not due yet), so it stays a plain plan month.
    assert_eq!(
        e["unconfirmed"],
        json!([{"plan_index": 0, "from": "2026-12", "to": "2027-06", "months": 7, "kind": "flexible"}])
    );
    let w: Vec<&str> = e["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert!(w.contains(&"plan_months_unconfirmed"), "{w:?}");
    // The same months confirmed ("交了": moved into the history) give the same pension, to the
    // fen; only the question goes away.
    let mut confirmed = later.clone();
    confirmed["history"].as_array_mut().unwrap().push(
        json!({"from": "2026-12", "to": "2027-06", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}),
    );
    confirmed["plan"] =
        json!([{"from": "2027-07", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]);
    assert_eq!(figures(&later), figures(&confirmed));
    assert!(json(&ok(confirmed))["unconfirmed"].is_null());
}

#[test]
fn not_paid_makes_the_months_a_gap_of_exactly_that_length() {
    // "没交": the plan goes on from this month (2027-07); the 7 months before it are a gap, and
    // the employee record has exactly 7 contribution months fewer than when they are valued as
    // planned.
    let later = aged(&rider(), 8);
    let mut gap = later.clone();
    gap["plan"] =
        json!([{"from": "2027-07", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]);
    let planned = ok(later).employee.pension.contribution_months;
    let not_paid = ok(gap).employee.pension.contribution_months;
    assert_eq!(planned - not_paid, 7);
}

#[test]
fn the_valuation_month_does_not_change_the_nominal_pension_of_a_plan_kept() {
    // Valued as planned, the record is the same whatever the current month: the nominal
    // pension stays 12,732.10 (the README example's figure: 12,488.10 + Guangdong's flat add-ons
    // 100 + 4 × 36 = 244.00, params GD extra_flat, extra_per_whole_year) from 2026-11 to past the pension
    // start in 2053-05; only today's money and the warnings follow the calendar.
    let base = rider();
    let mut with_gap_and_resident = base.clone();
    let h = with_gap_and_resident["history"].as_array_mut().unwrap();
    h.insert(0, json!({"from": "2012-03", "to": "2014-12", "kind": "resident", "region": "JX", "tier": "200"}));
    h.insert(
        2,
        json!({"from": "2018-07", "to": "2019-12", "kind": "gap"}),
    );
    for k in [0, 1, 8, 50, 157, 318, 319, 320, 400] {
        let e = ok(aged(&with_gap_and_resident, k));
        assert_eq!(e.employee.pension.total, d("12732.10"), "as_of + {k}");
    }
}

#[test]
fn months_after_the_pension_start_are_never_unconfirmed_contributions() {
    // Opened in 2060, long after the pension start (2053-05): the plan ran until 2053-04.
    let e = json(&ok(aged(&rider(), 400)));
    assert_eq!(e["retirement"]["month"], "2053-05");
    assert_eq!(e["unconfirmed"][0]["to"], "2053-04");
    // 2026-12 … 2053-04 = 26 × 12 + 5 = 317 months.
    assert_eq!(e["unconfirmed"][0]["months"], 317);
}

#[test]
fn choices_keep_the_planned_months_already_past_and_change_only_the_future() {
    // Opened a year later (2027-11): "stop now" stops from this month, which is still open,
    // after the 11 unconfirmed months 2026-12 … 2027-10, so it has 11 contribution months more
    // than stopping at the original valuation month (whose plan had not begun).
    let later = aged(&rider(), 12);
    let now = parse_scenario(&rider().to_string()).unwrap();
    let then = parse_scenario(&later.to_string()).unwrap();
    let stop = |c: &pension_estimator::choices::Choices| {
        c.variants
            .iter()
            .find(|v| v.id == "stop_now")
            .unwrap()
            .months
    };
    assert_eq!(
        stop(&choices(&then).unwrap()) - stop(&choices(&now).unwrap()),
        11
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    /// Any valid saved scenario, opened 1…240 months later, gives an estimate (and its gap and
    /// choice analyses), and its unconfirmed months are exactly the plan's months now past.
    #[test]
    fn a_saved_scenario_opened_later_always_gives_an_answer(c in career(), k in 1..=240i32) {
        let v = scenario(&c);
        let w = aged(&v, k);
        let e = ok(w.clone());
        let s = parse_scenario(&w.to_string()).unwrap();
        prop_assert!(gaps(&s).is_ok());
        prop_assert!(choices(&s).is_ok());
        let expected = if v["plan"].is_null() {
            0
        } else {
            // Plan from as_of + 1; the months before this month (k − 1 at most: this month is
            // still open), and none from the pension start on.
            let start = m(v["as_of"].as_str().unwrap()).plus(1);
            let last = s.as_of.plus(-1).min(e.retirement.month.plus(-1));
            (start.months_until(last) + 1).max(0) as u32
        };
        prop_assert_eq!(e.unconfirmed.iter().map(|u| u.months).sum::<u32>(), expected);
    }
}

fn cli(args: &[&str], today: Option<&str>, input: &str) -> (i32, String, String) {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match today {
        Some(t) => cmd.env("PENSION_TODAY", t),
        None => cmd.env_remove("PENSION_TODAY"),
    };
    let mut child = cmd.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_cli_reads_the_current_month_from_pension_today() {
    for t in ["2026-12", "2027-07", "2031-01", "2039-12"] {
        let (code, out, _) = cli(&["today"], Some(t), "");
        assert_eq!((code, out.trim()), (0, t));
        // A scenario without as_of is valued at that month.
        let mut v = rider();
        v.as_object_mut().unwrap().remove("as_of");
        let (code, out, err) = cli(&["estimate", "-"], Some(t), &v.to_string());
        assert_eq!(code, 0, "{err}");
        let e: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(e["as_of"], t);
    }
}

#[test]
fn a_scenario_without_as_of_is_read_once_as_written() {
    // The text is not re-serialised before reading: a duplicate key or a malformed number is
    // refused exactly as when as_of is given.
    let text = r#"{"person": {"birth": "1990-05", "sex": "male", "hukou": "GD", "sex": "male"}}"#;
    let (code, _, err) = cli(&["estimate", "-"], Some("2027-01"), text);
    assert_eq!(code, 2);
    let with = r#"{"as_of": "2027-01", "person": {"birth": "1990-05", "sex": "male", "hukou": "GD", "sex": "male"}}"#;
    let (code2, _, err2) = cli(&["estimate", "-"], Some("2027-01"), with);
    assert_eq!((code, err), (code2, err2));
}

#[test]
fn a_bad_pretend_month_is_a_structured_error_naming_the_variable() {
    let (code, _, err) = cli(&["today"], Some("2027-13"), "");
    assert_eq!(code, 2);
    let e: Value = serde_json::from_str(&err).unwrap();
    assert_eq!(e["errors"][0]["path"], "PENSION_TODAY");
    assert_eq!(e["errors"][0]["code"], "wrong_type");
}

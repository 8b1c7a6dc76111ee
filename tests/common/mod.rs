//! Helpers shared by the integration tests.
#![allow(dead_code)]

use pension_estimator::context::{Ctx, Resolved};
use pension_estimator::params::{embedded, Params};
use pension_estimator::scenario::Assumptions;
use pension_estimator::{estimate_json, Estimate, Invalid, Month};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};

pub fn m(s: &str) -> Month {
    s.parse().unwrap()
}

pub fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Estimates a scenario given as a JSON value.
pub fn run(v: Value) -> Result<Estimate, Invalid> {
    estimate_json(&v.to_string())
}

/// Estimates and expects success.
pub fn ok(v: Value) -> Estimate {
    run(v).unwrap_or_else(|e| panic!("expected an estimate, got {e}"))
}

/// The serialized estimate, for reading figures as the JSON consumer sees them.
pub fn json(e: &Estimate) -> Value {
    serde_json::to_value(e).unwrap()
}

/// A context over the embedded data with default assumptions.
pub fn ctx(as_of: &str) -> Ctx<'static> {
    let as_of = m(as_of);
    let mut params = Params::new(embedded(), &[], as_of, Decimal::ZERO).unwrap();
    let assume = Resolved::new(&Assumptions::default(), &params, as_of).unwrap();
    params.set_wage_growth(assume.wage_growth);
    Ctx::new(params, as_of, assume)
}

/// `x` to the power `n`, for writing expected values out.
pub fn powi(x: Decimal, n: u32) -> Decimal {
    (0..n).fold(Decimal::ONE, |acc, _| acc * x)
}

/// Rounds to the fen, half away from zero (the rule of docs/rules.md, *Money and rounding*).
pub fn fen(x: Decimal) -> Decimal {
    pension_estimator::money::fen(x)
}

// Careers (one region, the hukou region) for property tests: tests/properties.rs, tests/reader.rs.

#[derive(Clone, Debug)]
pub struct Block {
    pub months: i32,
    pub kind: &'static str,
    pub ratio_tenths: u32,
}

#[derive(Clone, Debug)]
pub struct Career {
    pub birth_year: i32,
    pub birth_month: u32,
    pub female: Option<&'static str>,
    pub region: &'static str,
    pub start_age: i32,
    pub blocks: Vec<Block>,
    pub plan_ratio_tenths: Option<u32>,
}

pub fn block() -> impl Strategy<Value = Block> {
    (
        1..60i32,
        prop_oneof![Just("employee"), Just("flexible"), Just("gap")],
        6..30u32,
    )
        .prop_map(|(months, kind, ratio_tenths)| Block {
            months,
            kind,
            ratio_tenths,
        })
}

pub fn career() -> impl Strategy<Value = Career> {
    (
        1966..2000i32,
        1..=12u32,
        prop_oneof![
            Just(None),
            Just(Some("cadre")),
            Just(Some("worker")),
            Just(Some("flexible"))
        ],
        prop_oneof![Just("GD"), Just("JX"), Just("BJ")],
        18..30i32,
        prop::collection::vec(block(), 1..8),
        prop::option::of(6..30u32),
    )
        .prop_map(
            |(birth_year, birth_month, female, region, start_age, blocks, plan_ratio_tenths)| {
                Career {
                    birth_year,
                    birth_month,
                    female,
                    region,
                    start_age,
                    blocks,
                    plan_ratio_tenths,
                }
            },
        )
}

pub const AS_OF: &str = "2026-11";

pub fn ratio(tenths: u32) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The scenario of a career; blocks are laid end to end from the start age and cut at as_of.
pub fn scenario(c: &Career) -> Value {
    let birth = pension_estimator::Month::new(c.birth_year, c.birth_month).unwrap();
    let as_of = m(AS_OF);
    let mut from = birth.plus(12 * c.start_age).max(m("1998-01"));
    let mut history = Vec::new();
    for b in &c.blocks {
        if from > as_of {
            break;
        }
        let to = from.plus(b.months - 1).min(as_of);
        let mut seg = json!({"from": from.to_string(), "to": to.to_string(), "kind": b.kind});
        if b.kind != "gap" {
            seg["region"] = json!(c.region);
            seg["base"] = json!({"ratio": ratio(b.ratio_tenths)});
        }
        history.push(seg);
        from = to.plus(1);
    }
    let mut person = json!({"birth": birth.to_string(), "sex": if c.female.is_some() {"female"} else {"male"}, "hukou": c.region});
    if let Some(cat) = c.female {
        person["category"] = json!(cat);
    }
    let mut v = json!({"person": person, "as_of": AS_OF, "history": history});
    if let Some(r) = c.plan_ratio_tenths {
        v["plan"] = json!([{"from": as_of.plus(1).to_string(), "kind": "flexible", "region": c.region, "base": {"ratio": ratio(r)}}]);
    }
    v
}

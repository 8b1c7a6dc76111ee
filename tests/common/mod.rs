//! Helpers shared by the integration tests.
#![allow(dead_code)]

use pension_estimator::context::{Ctx, Resolved};
use pension_estimator::params::{embedded, Params};
use pension_estimator::scenario::Assumptions;
use pension_estimator::{estimate_json, Estimate, Invalid, Month};
use rust_decimal::Decimal;
use serde_json::Value;

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

/// Rounds to the fen, half away from zero (the README's rule).
pub fn fen(x: Decimal) -> Decimal {
    pension_estimator::money::fen(x)
}

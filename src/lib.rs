//! # pension-estimator
//!
//! Estimates China's basic pensions — the employee scheme (城镇职工基本养老保险) and the
//! urban-rural resident scheme (城乡居民基本养老保险) — from a person's contribution history,
//! offline, with every figure sourced and every formula explained. Built for gig workers
//! (delivery riders, couriers) whose records have gaps, several provinces and both schemes.
//!
//! ```
//! let scenario = r#"{
//!   "person": {"birth": "1990-05", "sex": "male", "hukou": "JX"},
//!   "as_of": "2026-11",
//!   "history": [{"from": "2016-01", "to": "2026-10", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}],
//!   "plan": [{"from": "2026-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]
//! }"#;
//! let estimate = pension_estimator::estimate_json(scenario).unwrap();
//! assert!(estimate.employee.pension.eligible);
//! assert_eq!(estimate.benefit_location.region, "GD");
//! ```
//!
//! Money is [`rust_decimal::Decimal`] throughout; rounding happens in [`money`] only. Policy
//! figures are data (`params/`), read through [`params::Params`]. Each rule lives in its own
//! module with its source in the doc comment.
//!
//! ## Layers
//!
//! Results flow up: a module uses only modules of its own layer or of the layers below, never
//! round a loop (`tests/layers.rs` reads this list and checks it against the code; intra-doc
//! links may point anywhere; why each module sits where it does: `docs/architecture.md`).
//!
//! 1. ground: `error`, `money`, `month`, `sorted`, `clock`
//! 2. parameter data: `params`
//! 3. the scenario: `scenario`, `validate`
//! 4. shared context: `context`
//! 5. rules: `account`, `minimum`, `retirement`, `employee`, `resident`, `location`, `statement`
//! 6. rules on rules, explanations: `explain`, `lifetable`, `range`, `transfer`, `prorata`,
//!    `places`, `linkage`
//! 7. answers: `estimate`, `headline`, `gaps`, `choices`
//! 8. doors: `json`, `migrate`, `read`, `lib` (this file), `wasm`
//!
//! The CLI (src/main.rs) is a crate of its own, on top, using the library's public API.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod account;
pub mod choices;
pub mod clock;
pub mod context;
pub mod employee;
pub mod error;
pub mod estimate;
pub mod explain;
pub mod gaps;
pub mod headline;
pub mod json;
pub mod lifetable;
pub mod linkage;
pub mod location;
pub mod migrate;
pub mod minimum;
pub mod money;
pub mod month;
pub mod params;
pub mod places;
pub mod prorata;
pub mod range;
pub mod read;
pub mod resident;
pub mod retirement;
pub mod scenario;
pub mod sorted;
pub mod statement;
pub mod transfer;
pub mod validate;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{Code, FieldError, Invalid};
pub use estimate::Estimate;
pub use month::Month;
pub use scenario::Scenario;

/// Estimates with the embedded parameter data. (Native builds; in WebAssembly the host loads the
/// data, see `wasm::load_data`, and the `…_with` functions of the modules take it.)
#[cfg(not(target_arch = "wasm32"))]
pub fn estimate(s: &Scenario) -> Result<Estimate, Invalid> {
    estimate::estimate_with(params::embedded(), s)
}

/// The headline figures of an estimate (both pensions, their start, years, eligibility and
/// today's money; the range when `range`), without the reporting parts ([`headline()`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn headline(s: &Scenario, range: bool) -> Result<headline::Headline, Invalid> {
    headline::headline_with(params::embedded(), s, range)
}

/// Parses a scenario from JSON, with the JSON path of any problem.
///
/// The text is parsed into a small tree ([`json`]); a document of an older format version is
/// migrated on that tree ([`migrate`]), one of a newer version refused; the tree is then read
/// into a [`Scenario`] ([`read`]), which finds the path of a problem as it descends.
pub fn parse_scenario(json: &str) -> Result<Scenario, Invalid> {
    parse_scenario_on(json, None)
}

/// [`parse_scenario`], valuing a scenario without `as_of` at `today` (the doors pass the month
/// of [`clock::today`]; `None` makes `as_of` required). The text is read once, as it is: a
/// missing `as_of` is not written into it.
pub fn parse_scenario_on(json: &str, today: Option<Month>) -> Result<Scenario, Invalid> {
    if json.len() > validate::MAX_SCENARIO_BYTES {
        return Err(Invalid::one(FieldError::new(
            Code::TooLarge,
            "$",
            "这份记录太大（超过 1 MB）",
            format!(
                "the scenario is larger than {} bytes",
                validate::MAX_SCENARIO_BYTES
            ),
        )));
    }
    let mut doc = json::parse(json);
    migrate::upgrade(&mut doc)?;
    read::scenario_on(&doc, json, today).map_err(Invalid::one)
}

/// Parses and estimates.
#[cfg(not(target_arch = "wasm32"))]
pub fn estimate_json(json: &str) -> Result<Estimate, Invalid> {
    estimate(&parse_scenario(json)?)
}

/// Compares ways of paying from now on, and stopping or retiring earlier or later.
#[cfg(not(target_arch = "wasm32"))]
pub fn choices(s: &Scenario) -> Result<choices::Choices, Invalid> {
    choices::compare(params::embedded(), s)
}

/// Analyses the gaps in a scenario: each one's effect on the employee pension if filled.
#[cfg(not(target_arch = "wasm32"))]
pub fn gaps(s: &Scenario) -> Result<gaps::GapAnalysis, Invalid> {
    gaps::analyse(params::embedded(), s)
}

/// Checks a scenario: every problem the checks find at once, then what only the calculation finds
/// (see [`validate_with`]); no report is written.
#[cfg(not(target_arch = "wasm32"))]
pub fn validate(s: &Scenario) -> Result<(), Invalid> {
    validate_with(params::embedded(), s)
}

/// Checks a scenario against the given parameter data: the checks of [`validate::check`] (every
/// problem at once); then, when those pass, the calculation itself without its ranges (quiet),
/// because some refusals only it can find — a valuation month before the data's default
/// assumptions start, early retirement without the minimum years. One definition of valid:
/// what `validate` accepts, estimate, gaps and choices answer (tests/hostile.rs, fuzz target
/// `hostile`).
pub fn validate_with(data: &params::Data, s: &Scenario) -> Result<(), Invalid> {
    validate::check(s, data).map_err(Invalid::new)?;
    estimate::estimate_figures(data, s, &estimate::Shared::single()).map(|_| ())
}

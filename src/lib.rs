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

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod account;
pub mod choices;
pub mod context;
pub mod employee;
pub mod error;
pub mod estimate;
pub mod explain;
pub mod gaps;
pub mod json_path;
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
pub mod resident;
pub mod retirement;
pub mod scenario;
pub mod sorted;
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

/// Parses a scenario from JSON, with the JSON path of any problem.
///
/// A document of an older format version is migrated first ([`migrate`]); one of a newer
/// version is refused.
pub fn parse_scenario(json: &str) -> Result<Scenario, Invalid> {
    let upgraded = migrate::upgrade(json)?;
    let json = upgraded.as_deref().unwrap_or(json);
    serde_json::from_str(json).map_err(|e| Invalid::one(json_error(json, &e)))
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

/// Checks a scenario without computing the estimate (every problem at once).
#[cfg(not(target_arch = "wasm32"))]
pub fn validate(s: &Scenario) -> Result<(), Invalid> {
    validate_with(params::embedded(), s)
}

/// Checks a scenario against the given parameter data.
pub fn validate_with(data: &params::Data, s: &Scenario) -> Result<(), Invalid> {
    validate::check(s, data).map(|_| ()).map_err(Invalid::new)
}

fn json_error(text: &str, inner: &serde_json::Error) -> FieldError {
    let msg = inner.to_string();
    // A missing field is reported at the `}` of its object: reading that `}` too closes the
    // object, leaving the object's own path (the field's name is added below).
    let past = usize::from(msg.starts_with("missing field"));
    let path = if msg.starts_with("invalid type: sequence") || msg.starts_with("invalid type: map")
    {
        json_path::path_of_container_at(text, inner.line(), inner.column())
    } else {
        json_path::path_at(text, inner.line(), inner.column() + past)
    };
    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
    // An unknown variant written as an object key (`{"x": …}` for an enum) is reported at that
    // key; the field is the enum's, not the key's.
    let path = match msg
        .strip_prefix("unknown variant `")
        .and_then(|r| r.split('`').next())
    {
        Some(variant) => path
            .strip_suffix(&format!(".{variant}"))
            .map(str::to_owned)
            .unwrap_or(path),
        None => path,
    };
    use serde_json::error::Category;
    let (code, zh) = match inner.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            (Code::JsonSyntax, "不是有效的 JSON 数据".to_owned())
        }
        Category::Data if msg.starts_with("unknown field") => (
            Code::UnknownField,
            "有不认识的字段（可能是拼写错误）".to_owned(),
        ),
        Category::Data if msg.starts_with("missing field") => {
            (Code::MissingField, "缺少必填的字段".to_owned())
        }
        Category::Data => (Code::WrongType, "字段的类型或格式不对".to_owned()),
    };
    let path = match msg
        .strip_prefix("missing field `")
        .and_then(|r| r.split('`').next())
    {
        Some(field) if code == Code::MissingField => format!("{path}.{field}"),
        _ => path,
    };
    let (line, col) = (inner.line(), inner.column());
    let en = if code == Code::JsonSyntax {
        format!("{msg} (line {line}, column {col})")
    } else {
        msg
    };
    FieldError::new(code, path, zh, en)
}

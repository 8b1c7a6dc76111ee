//! Structured errors: a stable code, the JSON path of the field, and a message in Chinese and
//! English. Every invalid input ends here; nothing in the crate panics on input.
//!
//! ```
//! use pension_estimator::{estimate_json, error::Code};
//! let err = estimate_json(r#"{"person": 1}"#).unwrap_err();
//! assert_eq!(err.errors[0].code, Code::WrongType);
//! assert_eq!(err.errors[0].path, "$.person");
//! ```

use std::fmt;

use serde::Serialize;

/// What kind of problem a field has. The serialized names (`snake_case`) are stable: callers
/// may match on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// The text is not JSON.
    JsonSyntax,
    /// A field the scenario format does not have (often a typo).
    UnknownField,
    /// A required field is absent.
    MissingField,
    /// A field has the wrong JSON type, or a value that does not parse (a month, a decimal).
    WrongType,
    /// A value outside the range the rules allow or that makes sense.
    OutOfRange,
    /// A region code the parameter data does not know.
    UnknownRegion,
    /// A segment ends before it starts.
    SegmentReversed,
    /// Two segments cover the same month.
    SegmentsOverlap,
    /// History reaches past the valuation month, or the plan starts before it.
    SegmentOutsidePeriod,
    /// The person would be born after the valuation month.
    BirthAfterAsOf,
    /// A field that the chosen kind of segment does not take, or a missing one it needs.
    FieldNotAllowed,
    /// The retirement choice breaks the rules (too early, too late).
    RetirementChoice,
    /// A parameter override names no known parameter, or is not a valid value.
    BadOverride,
    /// A parameter needed for the calculation is absent from the data (and cannot be filled).
    MissingParameter,
    /// A month before the national rules (国发〔1997〕26号) in a region whose own early rules
    /// the data does not have.
    EarlyRulesUnknown,
    /// The input is larger than the limits (segments, text length).
    TooLarge,
    /// The document's `schema_version` is newer than this build reads.
    UnsupportedVersion,
    /// WebAssembly only: no parameter data was loaded into this instance (`load_data`), or the
    /// text given to `load_data` is not parameter data.
    ParameterData,
}

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FieldError {
    /// Stable machine-readable code.
    pub code: Code,
    /// JSON path of the field, like `$.history[2].to` (`$` for the whole document).
    pub path: String,
    /// The message in Simplified Chinese, in plain words.
    pub zh: String,
    /// The message in English.
    pub en: String,
}

impl FieldError {
    /// Builds an error.
    pub fn new(
        code: Code,
        path: impl Into<String>,
        zh: impl Into<String>,
        en: impl Into<String>,
    ) -> Self {
        FieldError {
            code,
            path: path.into(),
            zh: zh.into(),
            en: en.into(),
        }
    }
}

/// The input was not accepted: one or more field errors, in document order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Invalid {
    /// Always `"invalid_input"`, so a JSON consumer can tell an error object from an estimate.
    pub error: &'static str,
    /// Every problem found (validation does not stop at the first).
    pub errors: Vec<FieldError>,
}

impl Invalid {
    /// Wraps a list of problems (must not be empty to be meaningful).
    pub fn new(errors: Vec<FieldError>) -> Invalid {
        Invalid {
            error: "invalid_input",
            errors,
        }
    }

    /// A single problem.
    pub fn one(e: FieldError) -> Invalid {
        Invalid::new(vec![e])
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{}: {} ({:?})", e.path, e.en, e.code)?;
        }
        Ok(())
    }
}

impl std::error::Error for Invalid {}

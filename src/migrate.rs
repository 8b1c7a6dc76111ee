//! Scenario format versions: what this build reads, and how an older document is brought up to
//! date before it is read.
//!
//! A scenario carries `schema_version`. A document without it is a version-1 document (the first
//! format had the field optional). A document newer than this build is refused with
//! [`Code::UnsupportedVersion`] rather than half-read. An older one passes through each
//! migration in [`MIGRATIONS`] in turn.
//! Migrations work on the JSON tree, so that they need no copy of the old Rust types.
//!
//! Adding a version: raise [`crate::scenario::SCHEMA_VERSION`], add one function here that turns
//! the previous version's JSON into the new one, list it in [`MIGRATIONS`], and add a test in
//! `tests/migrations.rs` with a document of the old version.

use serde::Deserialize;
use serde_json::Value;

use crate::error::{Code, FieldError, Invalid};
use crate::scenario::SCHEMA_VERSION;

/// One step: the version it reads, what it changes, and the change.
pub struct Migration {
    /// The version this step reads; it writes `from + 1`.
    pub from: u32,
    /// What changed, for the reader of the code and of the estimate.
    pub what: &'static str,
    /// The change, on the JSON tree of the whole scenario.
    pub apply: fn(&mut Value) -> Result<(), FieldError>,
}

/// Every migration, oldest first. Version 1 is the first published format, so there are none yet.
pub const MIGRATIONS: &[Migration] = &[];

/// The version a scenario document declares (1 when it declares none).
///
/// Only the one field is read here; everything else is checked when the scenario is parsed.
pub fn declared_version(json: &str) -> Result<u32, Invalid> {
    #[derive(Deserialize)]
    struct Peek {
        #[serde(default)]
        schema_version: Option<Value>,
    }
    let Ok(peek) = serde_json::from_str::<Peek>(json) else {
        // Not a JSON object at all: the full parse reports it, with its position.
        return Ok(SCHEMA_VERSION);
    };
    match peek.schema_version {
        None => Ok(1),
        Some(v) => match v.as_u64() {
            Some(n) if (1..=u64::from(SCHEMA_VERSION)).contains(&n) => Ok(n as u32),
            Some(n) if n > u64::from(SCHEMA_VERSION) => Err(Invalid::one(FieldError::new(
                Code::UnsupportedVersion,
                "$.schema_version",
                format!(
                    "这份数据来自更新的版本（格式 {n}），本程序只能读到格式 {SCHEMA_VERSION}，请更新本程序"
                ),
                format!(
                    "this document is format {n}, newer than this build reads \
                     ({SCHEMA_VERSION}); update the estimator"
                ),
            ))),
            _ => Err(Invalid::one(FieldError::new(
                Code::WrongType,
                "$.schema_version",
                format!("格式版本应为 1 到 {SCHEMA_VERSION} 之间的整数"),
                format!("schema_version must be a whole number from 1 to {SCHEMA_VERSION}"),
            ))),
        },
    }
}

/// Brings a document of an older version up to [`SCHEMA_VERSION`]. Returns the migrated JSON
/// text, or `None` when the document is already current (the common case: nothing is copied).
pub fn upgrade(json: &str) -> Result<Option<String>, Invalid> {
    let from = declared_version(json)?;
    if from == SCHEMA_VERSION {
        return Ok(None);
    }
    let mut tree: Value = serde_json::from_str(json).map_err(|_| {
        Invalid::one(FieldError::new(
            Code::JsonSyntax,
            "",
            "不是有效的 JSON 数据",
            "not valid JSON",
        ))
    })?;
    for m in MIGRATIONS.iter().filter(|m| m.from >= from) {
        (m.apply)(&mut tree).map_err(Invalid::one)?;
        if let Some(doc) = tree.as_object_mut() {
            doc.insert("schema_version".to_owned(), Value::from(m.from + 1));
        }
    }
    Ok(Some(tree.to_string()))
}

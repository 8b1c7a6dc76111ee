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

use crate::error::{Code, FieldError, Invalid};
use crate::json::{self, Doc, Json, Num};
use crate::scenario::SCHEMA_VERSION;

/// One step: the version it reads, what it changes, and the change.
pub struct Migration {
    /// The version this step reads; it writes `from + 1`.
    pub from: u32,
    /// What changed, for the reader of the code and of the estimate.
    pub what: &'static str,
    /// The change, on the JSON tree of the whole scenario ([`crate::json`]).
    pub apply: fn(&mut Json) -> Result<(), FieldError>,
}

/// Every migration, oldest first. Version 1 is the first published format, so there are none yet.
pub const MIGRATIONS: &[Migration] = &[];

/// The version a scenario document declares (1 when it declares none).
pub fn declared_version(json: &str) -> Result<u32, Invalid> {
    declared(&json::parse(json))
}

/// The version a parsed document declares (1 when it declares none).
///
/// Only the one field is looked at; everything else is checked when the scenario is read. A
/// document that is not well-formed JSON, or not an object, or that names the field twice, is
/// passed on as current: reading it reports the problem, with its path. (This is what the first
/// version of this check did with serde_json; the differential test `tests/reader.rs` pins it.
/// As serde does for a struct, an array is read as the fields in order: its single element
/// would be the version.)
pub fn declared(doc: &Doc) -> Result<u32, Invalid> {
    if doc.stopped || doc.trailing.is_some() {
        return Ok(SCHEMA_VERSION);
    }
    let mut version = None;
    match &doc.root {
        Json::Obj(entries) => {
            for (k, v) in entries {
                if matches!(v, Json::Bad(f) if f.place == json::Place::Key)
                    || (k == "schema_version" && version.replace(v).is_some())
                {
                    return Ok(SCHEMA_VERSION);
                }
            }
        }
        Json::Arr(items) if items.len() <= 1 => version = items.first(),
        _ => return Ok(SCHEMA_VERSION),
    }
    let n = match version {
        None | Some(Json::Null) => return Ok(1),
        // serde_json could not read it as a value: reading it as a number reports why.
        Some(v) if flawed(v) => return Ok(SCHEMA_VERSION),
        Some(Json::Num(Num::Pos(n))) => *n,
        Some(_) => 0,
    };
    if (1..=u64::from(SCHEMA_VERSION)).contains(&n) {
        return Ok(n as u32);
    }
    Err(Invalid::one(if n > u64::from(SCHEMA_VERSION) {
        FieldError::new(
            Code::UnsupportedVersion,
            "$.schema_version",
            format!(
                "这份数据来自更新的版本（格式 {n}），本程序只能读到格式 {SCHEMA_VERSION}，请更新本程序"
            ),
            format!(
                "this document is format {n}, newer than this build reads \
                 ({SCHEMA_VERSION}); update the estimator"
            ),
        )
    } else {
        FieldError::new(
            Code::WrongType,
            "$.schema_version",
            format!("格式版本应为 1 到 {SCHEMA_VERSION} 之间的整数"),
            format!("schema_version must be a whole number from 1 to {SCHEMA_VERSION}"),
        )
    }))
}

/// Whether a value holds a syntax error (a number out of range, a lone surrogate).
fn flawed(v: &Json) -> bool {
    match v {
        Json::Bad(_) => true,
        Json::Arr(items) => items.iter().any(flawed),
        Json::Obj(entries) => entries.iter().any(|(_, v)| flawed(v)),
        _ => false,
    }
}

/// Brings a parsed document of an older version up to [`SCHEMA_VERSION`], in place. Returns
/// whether anything changed (`false` for a current document, the common case).
pub fn upgrade(doc: &mut Doc) -> Result<bool, Invalid> {
    let from = declared(doc)?;
    if from == SCHEMA_VERSION {
        return Ok(false);
    }
    for m in MIGRATIONS.iter().filter(|m| m.from >= from) {
        (m.apply)(&mut doc.root).map_err(Invalid::one)?;
        if let Json::Obj(entries) = &mut doc.root {
            let v = Json::Num(Num::Pos(u64::from(m.from + 1)));
            match entries.iter_mut().find(|(k, _)| k == "schema_version") {
                Some(e) => e.1 = v,
                None => entries.push(("schema_version".into(), v)),
            }
        }
    }
    Ok(true)
}

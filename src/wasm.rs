//! The WebAssembly boundary, and nothing else: JSON text in, JSON text out.
//!
//! Every function returns a JSON string and never throws: an answer is `{"ok": true, …}`, a
//! refusal `{"ok": false, "error": "invalid_input", "errors": [{code, path, zh, en}]}`. Amounts
//! inside are decimal strings, as everywhere. The JS side fills `as_of` with the current month
//! when a scenario leaves it out; the core never reads a clock.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::{Code, FieldError, Invalid};
use crate::params::{self, listing};
use crate::Month;

/// `{"ok":true,"<key>":…}` or `{"ok":false,"error":…,"errors":[…]}`, serialized straight to text
/// (no intermediate `serde_json::Value`: that would double the serialization code in the wasm).
fn answer<T: Serialize>(key: &str, value: Result<T, Invalid>) -> String {
    let body = match &value {
        Ok(v) => serde_json::to_string(v).map(|b| format!("{{\"ok\":true,\"{key}\":{b}}}")),
        Err(e) => serde_json::to_string(e).map(|b| format!("{{\"ok\":false,{}", &b[1..])),
    };
    body.unwrap_or_else(|_| r#"{"ok":false,"error":"internal","errors":[]}"#.to_owned())
}

fn month(s: &str, path: &str) -> Result<Month, Invalid> {
    s.parse().map_err(|_| {
        Invalid::one(FieldError::new(
            Code::WrongType,
            path,
            "月份格式应为 YYYY-MM",
            "a month must be YYYY-MM",
        ))
    })
}

static LAST_PANIC: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

/// Records the message of a panic before the module traps, for the JS side to report. Nothing in
/// the core is expected to panic on any input (fuzzed); this is the last line of defence. The JS
/// loader (`web/src/core.js`) replaces a trapped instance with a fresh one.
fn hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            if let Ok(mut last) = LAST_PANIC.lock() {
                *last = info.to_string();
            }
        }))
    });
}

/// The message of the last panic (empty if none), read after a trap. Empty too in the size build
/// of `scripts/build-wasm.sh`, where a panic traps at once (`-C panic=immediate-abort`).
#[wasm_bindgen]
pub fn last_panic() -> String {
    LAST_PANIC.lock().map(|s| s.clone()).unwrap_or_default()
}

/// Traps on purpose, so that the recovery path of the JS loader can be tested. Never called by
/// the page itself.
#[wasm_bindgen]
pub fn selftest_trap() {
    hook();
    panic!("self-test trap");
}

/// Estimates a scenario (JSON text). `{"ok": true, "estimate": {…}}` or the errors.
#[wasm_bindgen]
pub fn estimate(scenario_json: &str) -> String {
    hook();
    answer("estimate", crate::estimate_json(scenario_json))
}

/// The effect of each gap (断缴) if filled: `{"ok": true, "gaps": {…}}` or the errors.
#[wasm_bindgen]
pub fn gaps(scenario_json: &str) -> String {
    hook();
    answer(
        "gaps",
        crate::parse_scenario(scenario_json).and_then(|s| crate::gaps(&s)),
    )
}

/// The choices from now on and the stop/retire variants: `{"ok": true, "choices": {…}}`.
#[wasm_bindgen]
pub fn choices(scenario_json: &str) -> String {
    hook();
    answer(
        "choices",
        crate::parse_scenario(scenario_json).and_then(|s| crate::choices(&s)),
    )
}

/// Checks a scenario without estimating: `{"ok": true, "valid": true}` or every error.
#[wasm_bindgen]
pub fn validate(scenario_json: &str) -> String {
    answer(
        "valid",
        crate::parse_scenario(scenario_json)
            .and_then(|s| crate::validate(&s))
            .map(|_| true),
    )
}

/// The regions the data knows: `{"ok": true, "regions": [{code, name_zh, name_en, parent}]}`.
#[wasm_bindgen]
pub fn regions() -> String {
    answer(
        "regions",
        Ok::<_, Invalid>(listing::regions(params::embedded())),
    )
}

/// The parameters of a region (or `CN`) in force at month `at` (`YYYY-MM`), with sources.
#[wasm_bindgen]
pub fn params(region: &str, at: &str) -> String {
    let result = month(at, "at").and_then(|at| {
        listing::listing(params::embedded(), region, at).ok_or_else(|| {
            Invalid::one(FieldError::new(
                Code::UnknownRegion,
                "region",
                format!("不认识的地区 “{region}”"),
                format!("unknown region {region:?}"),
            ))
        })
    });
    answer("params", result)
}

/// The crate version and the scenario format version.
#[wasm_bindgen]
pub fn version() -> String {
    format!(
        r#"{{"ok":true,"version":"{}","schema_version":{}}}"#,
        env!("CARGO_PKG_VERSION"),
        crate::scenario::SCHEMA_VERSION
    )
}

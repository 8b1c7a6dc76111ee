//! The WebAssembly boundary, and nothing else: JSON text in, JSON text out.
//!
//! Every function returns a JSON string and never throws: an answer is `{"ok": true, …}`, a
//! refusal `{"ok": false, "error": "invalid_input", "errors": [{code, path, zh, en}]}`. Amounts
//! inside are decimal strings, as everywhere. A scenario that leaves `as_of` out is valued at
//! `today` when the host passes it (the embedding API's `asOf` option), else at the current month
//! in China from JavaScript's `Date` ([`crate::clock`]: the one place a clock is read, which a
//! test pins by pinning `Date`); [`current_month`] answers that month, so the page and the
//! mini-program keep no calendar code of their own.
//!
//! The parameter data is not inside the module: the host hands it over once per instance with
//! [`load_data`] (the text of `pkg/params.js`; the loaders in `web/` and `embed/` do it). Until
//! then every call answers the error `parameter_data`.
//!
//! The descriptions of the sources the data cites (publisher, title, 文号, date, address) come in
//! a file of their own, `pkg/sources.js`, handed to [`load_data`] too, after the data, when a
//! source is to be shown: the page's first visit does without them (one export, not two: the
//! module stays smaller). Figures never depend on them; until they are loaded a used value's
//! source is its id alone, `{"publisher": "", "title": "", "id": "…"}` ([`crate::params::Source`]).
//! They are refused, and nothing of them kept, with `parameter_data` when the text is cut,
//! changed, or made for other data (its first line names the data file it was made with).

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::{Code, FieldError, Invalid};
use crate::params::{self, listing, Data};
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

/// The month a scenario without `as_of` is valued at: the host's `today` (`YYYY-MM`) if given,
/// else the current month in China ([`crate::clock::today`]).
fn today_or(today: Option<String>) -> Result<Month, Invalid> {
    match today {
        Some(t) => crate::clock::pretend(&t, "asOf").map_err(Invalid::one),
        None => crate::clock::today().map_err(Invalid::one),
    }
}

/// Reads a scenario, valuing it at [`today_or`] when it leaves `as_of` out.
fn scenario(json: &str, today: Option<String>) -> Result<crate::Scenario, Invalid> {
    crate::parse_scenario_on(json, Some(today_or(today)?))
}

/// The current month in China, `YYYY-MM`, from JavaScript's `Date` ([`crate::clock`]): what the
/// page, the embedding API and the mini-program show as "now" and value scenarios at.
#[wasm_bindgen]
pub fn current_month() -> String {
    today_or(None).map_or_else(|_| String::new(), |m| m.to_string())
}

/// The loaded parameter data, or the error saying it is missing.
fn data() -> Result<&'static Data, Invalid> {
    params::installed().ok_or_else(|| {
        Invalid::one(FieldError::new(
            Code::ParameterData,
            "$",
            "计算用的政策参数还没有加载（load_data）",
            "no parameter data loaded in this instance: call load_data(text of pkg/params.js) first",
        ))
    })
}

/// Loads the parameter data into this instance: the text of `pkg/params.js` (the default
/// export), or newer data in the same line format; later the text of `pkg/sources.js` (see the
/// module's documentation). `{"ok": true, "regions": n}` (the number of regions read) or the
/// error `parameter_data` saying why not.
#[wasm_bindgen]
pub fn load_data(text: &str) -> String {
    hook();
    let result = params::install(text).map(|d| d.regions.len()).map_err(|e| {
        Invalid::one(FieldError::new(
            Code::ParameterData,
            "$",
            format!("政策参数数据读不出来：{e}"),
            format!("the parameter data cannot be read: {e}"),
        ))
    });
    answer("regions", result)
}

static LAST_PANIC: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

/// Records the message of a panic before the module traps, for the JS side to report. Nothing in
/// the core is expected to panic on any input (fuzzed); this is the last line of defence. The JS
/// loader (`web/src/core.js`) replaces a trapped instance with a fresh one.
///
/// Left out of the size build (`-C panic=immediate-abort`, `scripts/build-wasm.sh`): a panic
/// traps at once there and no hook would ever run, so its formatting code is not carried.
#[allow(unexpected_cfgs)]
#[cfg(not(panic = "immediate-abort"))]
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

#[allow(unexpected_cfgs)]
#[cfg(panic = "immediate-abort")]
fn hook() {}

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
pub fn estimate(scenario_json: &str, today: Option<String>) -> String {
    hook();
    answer(
        "estimate",
        data().and_then(|d| {
            scenario(scenario_json, today).and_then(|s| crate::estimate::estimate_with(d, &s))
        }),
    )
}

/// The headline of the estimate of a scenario (JSON text): both pensions' start, years,
/// eligibility, amount and today's money ([`crate::headline`]), with the range when `range` is
/// true. `{"ok": true, "headline": {…}}` or the errors.
#[wasm_bindgen]
pub fn estimate_headline(
    scenario_json: &str,
    today: Option<String>,
    range: Option<bool>,
) -> String {
    hook();
    answer(
        "headline",
        data().and_then(|d| {
            scenario(scenario_json, today)
                .and_then(|s| crate::headline::headline_with(d, &s, range.unwrap_or(false)))
        }),
    )
}

/// The effect of each gap (断缴) if filled: `{"ok": true, "gaps": {…}}` or the errors.
#[wasm_bindgen]
pub fn gaps(scenario_json: &str, today: Option<String>) -> String {
    hook();
    answer(
        "gaps",
        data()
            .and_then(|d| scenario(scenario_json, today).and_then(|s| crate::gaps::analyse(d, &s))),
    )
}

/// The choices from now on and the stop/retire variants: `{"ok": true, "choices": {…}}`.
#[wasm_bindgen]
pub fn choices(scenario_json: &str, today: Option<String>) -> String {
    hook();
    answer(
        "choices",
        data().and_then(|d| {
            scenario(scenario_json, today).and_then(|s| crate::choices::compare(d, &s))
        }),
    )
}

/// Checks a scenario (the checks, then the calculation without its ranges; see
/// `crate::validate_with`): `{"ok": true, "valid": true}` or the errors.
#[wasm_bindgen]
pub fn validate(scenario_json: &str, today: Option<String>) -> String {
    answer(
        "valid",
        data().and_then(|d| {
            scenario(scenario_json, today)
                .and_then(|s| crate::validate_with(d, &s))
                .map(|_| true)
        }),
    )
}

/// The regions the data knows: `{"ok": true, "regions": [{code, name_zh, name_en, parent}]}`.
#[wasm_bindgen]
pub fn regions() -> String {
    answer("regions", data().map(listing::regions))
}

/// The parameters of a region (or `CN`) in force at month `at` (`YYYY-MM`), with sources.
#[wasm_bindgen]
pub fn params(region: &str, at: &str) -> String {
    let result = data()
        .and_then(|d| month(at, "at").map(|at| (d, at)))
        .and_then(|(d, at)| {
            listing::listing(d, region, at).ok_or_else(|| {
                Invalid::one(FieldError::new(
                    Code::UnknownRegion,
                    "region",
                    format!("不认识的地区 “{region}”"),
                    format!("unknown region \"{region}\""),
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

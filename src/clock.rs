//! The current month: the one place anything reads "today".
//!
//! The core itself never reads a clock: a scenario carries its valuation month (`as_of`). Only the
//! doors read one, and only here — the CLI ([`today`] from the system clock) and the WebAssembly
//! boundary ([`today`] from JavaScript's `Date`, which a host or a test can pin) — to value a
//! scenario that leaves `as_of` out, and to answer what month it is
//! (`pension-estimator today`, wasm `current_month()`), so the page, the embedding API and the
//! mini-program ask the core instead of keeping their own copies of the calendar.
//!
//! `PENSION_TODAY=YYYY-MM` pretends a month in the CLI (tests, and `scripts/time-travel.sh`,
//! which runs the date-dependent suites at several months). The month is China's (UTC+8, no
//! daylight saving), whatever the machine's time zone: the rules are China's, and a platform's
//! server abroad must value a scenario at the same month as the rider's phone.
//!
//! ```
//! use pension_estimator::clock::month_in_china;
//! // 2026-11-30 16:00 UTC is already 2026-12-01 00:00 in Beijing.
//! assert_eq!(month_in_china(1_796_054_400).to_string(), "2026-12");
//! assert_eq!(month_in_china(1_796_054_399).to_string(), "2026-11");
//! ```

use crate::error::{Code, FieldError};
use crate::Month;

/// The environment variable that pretends the current month in the CLI (`YYYY-MM`).
pub const PRETEND_VAR: &str = "PENSION_TODAY";

/// The month in China at `secs` seconds after 1970-01-01 00:00 UTC.
pub fn month_in_china(secs: i64) -> Month {
    let secs = secs.saturating_add(8 * 3600);
    // Civil-from-days (H. Hinnant): days since 1970-01-01 to year and month.
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Month::clamped(year, month as u32)
}

/// Reads a pretend month (`YYYY-MM`), for [`PRETEND_VAR`] or a host's own value.
pub fn pretend(text: &str, path: &str) -> Result<Month, FieldError> {
    text.trim().parse().map_err(|_| {
        FieldError::new(
            Code::WrongType,
            path,
            format!("“{}”不是 YYYY-MM 格式的月份", text.trim()),
            // Quoted by hand, not `{:?}`: Debug formatting of strings adds kilobytes of escaping
            // code to the WebAssembly module (docs/measurements.md, wasm size).
            format!("\"{}\" is not a month of the form YYYY-MM", text.trim()),
        )
    })
}

/// The current month in China: [`PRETEND_VAR`] if set, else the system clock (native builds).
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Result<Month, FieldError> {
    match std::env::var(PRETEND_VAR) {
        Ok(v) if !v.trim().is_empty() => pretend(&v, PRETEND_VAR),
        _ => {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0);
            Ok(month_in_china(secs))
        }
    }
}

/// The current month in China from JavaScript's `Date.now()` (what a host, or a test's pinned
/// clock, says).
#[cfg(target_arch = "wasm32")]
pub fn today() -> Result<Month, FieldError> {
    let ms = js::now();
    Ok(month_in_china((ms / 1000.0).floor() as i64))
}

/// `Date.now()`, bound directly: the one JavaScript function the core calls.
#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::wasm_bindgen;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Date)]
        pub fn now() -> f64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Month {
        s.parse().unwrap()
    }

    #[test]
    fn the_current_month_is_china_s() {
        // 2026-11-30 16:00 UTC is 2026-12-01 00:00 in Beijing.
        assert_eq!(month_in_china(1_796_054_400), m("2026-12"));
        assert_eq!(month_in_china(1_796_054_399), m("2026-11"));
        assert_eq!(month_in_china(0), m("1970-01"));
        // 2024-02-29 15:59:59 UTC is 23:59:59 in Beijing, still February.
        assert_eq!(month_in_china(1_709_222_399), m("2024-02"));
        // 2039-12-31 16:00 UTC is 2040-01-01 in Beijing.
        assert_eq!(month_in_china(2_208_960_000), m("2040-01"));
    }

    #[test]
    fn a_pretend_month_is_read_or_refused_with_its_name() {
        assert_eq!(pretend(" 2031-01 ", PRETEND_VAR).unwrap(), m("2031-01"));
        let e = pretend("2031-13", PRETEND_VAR).unwrap_err();
        assert_eq!(e.path, PRETEND_VAR);
        assert_eq!(e.code, Code::WrongType);
    }

    #[test]
    fn extreme_clocks_give_a_month_not_a_panic() {
        let _ = month_in_china(i64::MAX);
        let _ = month_in_china(i64::MIN);
    }
}

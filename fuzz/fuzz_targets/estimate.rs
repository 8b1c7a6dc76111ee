//! Any text → scenario JSON → estimate: never a panic or a hang; an error is well formed (a
//! code, a JSON path, both languages); an estimate has no negative amount and its parts add up.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match pension_estimator::estimate_json(text) {
        Ok(e) => {
            let p = &e.employee.pension;
            for x in [p.basic, p.account, p.transitional, p.provincial_extra, p.total, p.balance, p.c, e.resident.total, e.resident.balance] {
                assert!(x >= Decimal::ZERO, "negative amount {x}");
            }
            // A provincial extra (Sichuan's 增发) is a part of its own in the total.
            assert_eq!(p.formula_total, p.basic + p.account + p.transitional + p.provincial_extra);
        }
        Err(invalid) => {
            assert!(!invalid.errors.is_empty());
            for f in &invalid.errors {
                assert!(f.path.starts_with('$') && !f.zh.is_empty() && !f.en.is_empty(), "{f:?}");
            }
        }
    }
});

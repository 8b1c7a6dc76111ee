//! Structured hostile scenarios (see `hostile_scenario.rs`) through parse, validate, estimate,
//! gaps and choices: never a panic; `validate` ok ⇒ the other three answer.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod hostile_scenario;

fuzz_target!(|data: &[u8]| {
    let mut u = arbitrary::Unstructured::new(data);
    if let Ok(s) = hostile_scenario::scenario(&mut u) {
        hostile_scenario::contract(&s.to_string());
    }
});

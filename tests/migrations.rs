//! Scenario format versions (src/migrate.rs): which documents are read, migrated or refused.
//!
//! Version 1 is the first published format, so no migration exists yet; these tests pin the
//! rules every later migration relies on. A new version adds a test here with a document of the
//! old version, written out, and the estimate it must give.

use pension_estimator::scenario::SCHEMA_VERSION;
use pension_estimator::{estimate_json, Code};
use serde_json::json;

fn doc(version: Option<serde_json::Value>) -> String {
    let mut v = json!({
        "person": {"birth": "1990-05", "sex": "male", "hukou": "JX"},
        "as_of": "2026-11",
        "history": [{"from": "2020-01", "to": "2026-10", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]
    });
    if let Some(n) = version {
        v["schema_version"] = n;
    }
    v.to_string()
}

#[test]
fn a_document_without_a_version_is_version_1_and_reads_like_one_that_says_so() {
    let unversioned = estimate_json(&doc(None)).expect("valid");
    let v1 = estimate_json(&doc(Some(json!(1)))).expect("valid");
    assert_eq!(unversioned, v1);
    assert_eq!(
        pension_estimator::migrate::declared_version(&doc(None)).unwrap(),
        1
    );
}

#[test]
fn a_current_document_is_not_changed() {
    let text = doc(Some(json!(SCHEMA_VERSION)));
    let mut parsed = pension_estimator::json::parse(&text);
    let before = parsed.clone();
    assert!(!pension_estimator::migrate::upgrade(&mut parsed).unwrap());
    assert_eq!(parsed, before);
}

#[test]
fn a_newer_document_is_refused_not_half_read() {
    let e = estimate_json(&doc(Some(json!(SCHEMA_VERSION + 1)))).expect_err("newer");
    assert_eq!(e.errors[0].code, Code::UnsupportedVersion);
    assert_eq!(e.errors[0].path, "$.schema_version");
    assert!(e.errors[0].zh.contains("更新"));
}

#[test]
fn a_version_that_is_not_a_whole_number_from_1_is_a_wrong_type() {
    for bad in [json!(0), json!(-1), json!(1.5), json!("1"), json!(null)] {
        let e = estimate_json(&doc(Some(bad.clone()))).expect_err("bad version");
        assert_eq!(e.errors[0].code, Code::WrongType, "{bad}");
        assert_eq!(e.errors[0].path, "$.schema_version", "{bad}");
    }
}

#[test]
fn the_migration_list_is_a_chain_ending_at_the_current_version() {
    // Each step reads the version the previous one wrote, and the last writes the current one.
    let steps = pension_estimator::migrate::MIGRATIONS;
    for (i, m) in steps.iter().enumerate() {
        assert_eq!(m.from, i as u32 + 1, "step {i} reads version {}", m.from);
        assert!(!m.what.is_empty());
    }
    assert_eq!(steps.len() as u32 + 1, SCHEMA_VERSION);
}

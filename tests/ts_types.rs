//! `pkg/types.d.ts`: the TypeScript declarations of every JSON value the core reads or writes,
//! generated from the Rust types (`#[derive(ts_rs::TS)]`, which follows their serde attributes).
//!
//! The test fails when the committed file differs from what the Rust types say, so the
//! declarations cannot drift from the code. `UPDATE_TYPES=1 cargo test --test ts_types` (run by
//! `scripts/build-wasm.sh`) rewrites it.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use pension_estimator::choices::Choices;
use pension_estimator::gaps::GapAnalysis;
use pension_estimator::headline::Headline;
use pension_estimator::params::listing::{Listing, RegionName};
use pension_estimator::{Estimate, FieldError, Invalid, Scenario};
use ts_rs::{Config, TS};

const HEADER: &str = "\
// Generated from the Rust types by tests/ts_types.rs (ts-rs). Do not edit by hand:
// run `UPDATE_TYPES=1 cargo test --test ts_types` (scripts/build-wasm.sh does).
//
// Decimal amounts are strings (\"1234.56\"); in a Scenario they may also be JSON numbers.
// Months are \"YYYY-MM\".
";

/// The envelope every wasm function answers with: `{ok: true, <key>: value}` or the errors.
const REPLIES: &str = "\
/** A successful answer carries its value under one key; a refused one carries every error. */
export type Reply<K extends string, T> =
  | ({ ok: true } & { [P in K]: T })
  | { ok: false, error: string, errors: Array<FieldError> };
/** `estimate(scenario)` */
export type EstimateReply = Reply<\"estimate\", Estimate>;
/** `estimate_headline(scenario)` */
export type HeadlineReply = Reply<\"headline\", Headline>;
/** `gaps(scenario)` */
export type GapsReply = Reply<\"gaps\", GapAnalysis>;
/** `choices(scenario)` */
export type ChoicesReply = Reply<\"choices\", Choices>;
/** `validate(scenario)` */
export type ValidateReply = Reply<\"valid\", true>;
/** `regions()` */
export type RegionsReply = Reply<\"regions\", Array<RegionName>>;
/** `params(region, at)` */
export type ParamsReply = Reply<\"params\", Listing>;
/** `version()` */
export type VersionReply = { ok: true, version: string, schema_version: number };
";

/// Exports every root type and what it depends on into a scratch folder, then joins the files
/// into one declaration file (one `export type` per Rust type, sorted by name).
fn generate() -> String {
    // One folder per call: the tests of this file run in parallel, and a shared folder let one
    // test delete the files another was still joining (seen as a spurious failure).
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("ts-types-{}-{n}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    let cfg = Config::new().with_out_dir(&dir);
    Scenario::export_all(&cfg).expect("export Scenario");
    Estimate::export_all(&cfg).expect("export Estimate");
    Headline::export_all(&cfg).expect("export Headline");
    GapAnalysis::export_all(&cfg).expect("export GapAnalysis");
    Choices::export_all(&cfg).expect("export Choices");
    Invalid::export_all(&cfg).expect("export Invalid");
    FieldError::export_all(&cfg).expect("export FieldError");
    RegionName::export_all(&cfg).expect("export RegionName");
    Listing::export_all(&cfg).expect("export Listing");

    let mut decls = BTreeMap::new();
    for entry in fs::read_dir(&dir).expect("export folder") {
        let path = entry.expect("entry").path();
        let text = fs::read_to_string(&path).expect("generated file");
        let body: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with("import ") && !l.starts_with("// This file was generated"))
            .collect();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        decls.insert(name, body.join("\n").trim().to_owned());
    }
    let mut out = String::from(HEADER);
    for body in decls.values() {
        out.push('\n');
        out.push_str(body);
        out.push('\n');
    }
    out.push('\n');
    out.push_str(REPLIES);
    let _ = fs::remove_dir_all(&dir);
    out
}

#[test]
fn pkg_types_match_the_rust_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("pkg/types.d.ts");
    let fresh = generate();
    if std::env::var_os("UPDATE_TYPES").is_some() {
        fs::write(&path, &fresh).expect("write pkg/types.d.ts");
        return;
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "pkg/types.d.ts is stale: run `UPDATE_TYPES=1 cargo test --test ts_types` \
         (or scripts/build-wasm.sh)"
    );
}

#[test]
fn every_type_a_declaration_names_is_declared() {
    // A type referenced but not declared would make the file unusable in a TypeScript project.
    let text = generate();
    let declared: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("export type "))
        .filter_map(|l| l.split([' ', '<']).next())
        .collect();
    for want in [
        "Scenario",
        "Estimate",
        "GapAnalysis",
        "Choices",
        "FieldError",
        "Code",
        "Month",
        "Segment",
        "Reply",
    ] {
        assert!(declared.contains(&want), "{want} is not declared");
    }
    // Every capitalised identifier used after a colon is declared (or is a TS built-in).
    for line in text.lines().filter(|l| l.starts_with("export type ")) {
        for word in line.split(|c: char| !c.is_alphanumeric() && c != '_') {
            if word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && !["Array", "Record", "K", "T", "P"].contains(&word)
                && line.contains(&format!(": {word}"))
            {
                assert!(declared.contains(&word), "{word} is used but not declared");
            }
        }
    }
}

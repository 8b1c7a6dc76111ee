//! The command-line tool, as a platform would call it; and the README's example.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_pension-estimator");
const EXAMPLE: &str = "examples/rider-guangdong.json";
const EXAMPLE_OUT: &str = "examples/rider-guangdong.estimate.json";

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The lines of the README's example-output block, generated from an estimate.
fn readme_excerpt(v: &Value) -> String {
    let e = &v["employee"]["pension"];
    let r = &v["resident"];
    let pick = serde_json::json!({
        "retirement": {"month": v["retirement"]["month"], "age": v["retirement"]["age"]},
        "benefit_location": {"region": v["benefit_location"]["region"], "step": v["benefit_location"]["step"]},
        "employee": {
            "eligible": e["eligible"], "contribution_months": e["contribution_months"], "min_months": e["min_months"],
            "c": e["c"], "avg_index": e["avg_index"], "years": e["years"], "balance": e["balance"], "divisor": e["divisor"],
            "basic": e["basic"], "account": e["account"], "total": e["total"], "formula_total_today": e["formula_total_today"]
        },
        "resident": {"eligible": r["eligible"], "years": r["years"], "min_years": r["min_years"], "formula_total": r["formula_total"]}
    });
    serde_json::to_string_pretty(&pick).unwrap()
}

/// The byte range of the text between `start` and the next `end`.
fn between(text: &str, start: &str, end: &str) -> std::ops::Range<usize> {
    let a = text
        .find(start)
        .unwrap_or_else(|| panic!("README lacks {start}"))
        + start.len();
    let b = a + text[a..].find(end).unwrap();
    a..b
}

#[test]
fn the_example_and_its_output_are_current_and_in_the_readme() {
    let (code, out, err) = run(&["estimate", EXAMPLE], "");
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let update = std::env::var_os("UPDATE_EXAMPLES").is_some();
    if update {
        std::fs::write(EXAMPLE_OUT, &out).unwrap();
    }
    let committed: Value =
        serde_json::from_str(&std::fs::read_to_string(EXAMPLE_OUT).unwrap()).unwrap();
    assert!(
        committed == v,
        "{EXAMPLE_OUT} is stale: run UPDATE_EXAMPLES=1 cargo test --test cli"
    );

    let readme = std::fs::read_to_string("README.md").unwrap();
    let scenario = std::fs::read_to_string(EXAMPLE).unwrap();
    let shown = &readme[between(&readme, "<!-- example-scenario -->\n```json\n", "```")];
    assert_eq!(
        shown.trim(),
        scenario.trim(),
        "README's example scenario differs from {EXAMPLE}"
    );
    let excerpt = readme_excerpt(&v);
    let range = between(&readme, "<!-- example-output -->\n```json\n", "```");
    let shown = &readme[range.clone()];
    if update && shown.trim() != excerpt.trim() {
        let mut new = readme.clone();
        new.replace_range(range, &format!("{excerpt}\n"));
        std::fs::write("README.md", new).unwrap();
    } else {
        assert_eq!(
            shown.trim(),
            excerpt.trim(),
            "README's example output is stale: run UPDATE_EXAMPLES=1 cargo test --test cli"
        );
    }
}

#[test]
fn estimate_reads_stdin_and_fills_as_of_at_the_edge() {
    let scenario = r#"{"person": {"birth": "1995-01", "sex": "male", "hukou": "GD"},
        "history": [{"from": "2020-01", "to": "2020-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]}"#;
    let (code, out, err) = run(&["estimate", "-"], scenario);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let as_of: pension_estimator::Month = v["as_of"].as_str().unwrap().parse().unwrap();
    assert!(as_of.year() >= 2026);
}

#[test]
fn invalid_input_exits_2_with_the_structured_error_on_stderr() {
    let (code, out, err) = run(&["estimate", "-"], r#"{"person": {"birth": "1995-13"}}"#);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    let v: Value = serde_json::from_str(&err).unwrap();
    assert_eq!(v["error"], "invalid_input");
    assert_eq!(v["errors"][0]["path"], "$.person.birth");
    assert_eq!(v["errors"][0]["code"], "wrong_type");
}

#[test]
fn batch_answers_every_line_and_carries_on_after_bad_ones() {
    let good = std::fs::read_to_string(EXAMPLE).unwrap().replace('\n', " ");
    let input = format!("{good}\n{{not json\n\n{good}\n");
    let (code, out, _) = run(&["batch"], &input);
    assert_eq!(code, 0);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0]["employee"].is_object());
    assert_eq!(
        (lines[1]["line"].as_u64(), lines[1]["error"].as_str()),
        (Some(2), Some("invalid_input"))
    );
    assert_eq!(lines[1]["errors"][0]["code"], "json_syntax");
    assert_eq!(lines[2], lines[0]);
}

#[test]
fn detail_headline_answers_the_full_estimates_figures() {
    let (code, full, _) = run(&["estimate", EXAMPLE], "");
    assert_eq!(code, 0);
    let full: Value = serde_json::from_str(&full).unwrap();
    let (code, h, _) = run(&["estimate", "--detail", "headline", EXAMPLE], "");
    assert_eq!(code, 0);
    let h: Value = serde_json::from_str(&h).unwrap();
    let (e, r) = (&full["employee"]["pension"], &full["resident"]);
    for k in [
        "start",
        "contribution_months",
        "years",
        "eligible",
        "total",
        "formula_total_today",
    ] {
        assert_eq!(h["employee"][k], e[k], "employee.{k}");
    }
    for k in ["years", "eligible", "total", "formula_total_today"] {
        assert_eq!(h["resident"][k], r[k], "resident.{k}");
    }
    assert_eq!(h["resident"]["start"], r["claim_month"]);
    // The README example's figures (examples/rider-guangdong.estimate.json): 12 488.10 before
    // Guangdong's flat add-ons, + 100 + 4 × 36 whole years = 244.00 (params GD extra_flat,
    // extra_per_whole_year; employee::extras).
    assert_eq!(h["employee"]["total"], "12732.10");
    assert!(h.get("range").is_none() && h.get("timeline").is_none());
    // With --range, the full estimate's range; in a batch, one headline a line.
    let (_, hr, _) = run(
        &["estimate", "--detail", "headline", "--range", EXAMPLE],
        "",
    );
    let hr: Value = serde_json::from_str(&hr).unwrap();
    assert_eq!(hr["range"], full["range"]);
    let line = std::fs::read_to_string(EXAMPLE).unwrap().replace('\n', " ");
    let (code, out, _) = run(
        &["batch", "--detail", "headline"],
        &format!("{line}\n{line}\n"),
    );
    assert_eq!(code, 0);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines, vec![h.clone(), h]);
    // Only estimate and batch have levels; --range only with headline; only known levels.
    assert_eq!(run(&["gaps", "--detail", "headline", EXAMPLE], "").0, 64);
    assert_eq!(run(&["estimate", "--range", EXAMPLE], "").0, 64);
    assert_eq!(run(&["estimate", "--detail", "short", EXAMPLE], "").0, 64);
    assert_eq!(run(&["estimate", "--detail"], "").0, 64);
}

#[test]
fn params_lists_values_with_sources() {
    let (code, out, _) = run(&["params", "--region", "GD"], "");
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["code"], "GD");
    let bb = v["params"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["key"] == "benefit_base")
        .unwrap();
    assert_eq!(bb["from_region"], "GD");
    assert!(bb["source"]["publisher"]
        .as_str()
        .is_some_and(|s| !s.is_empty()));
    let (code, out, _) = run(&["params"], "");
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(v["regions"].as_array().unwrap().len() >= 31);
    assert_eq!(v["national"]["code"], "CN");
    let (code, _, err) = run(&["params", "--region", "Atlantis"], "");
    assert_eq!(code, 2);
    assert!(err.contains("unknown_region"));
}

#[test]
fn usage_errors_exit_64() {
    assert_eq!(run(&["frobnicate"], "").0, 64);
    assert_eq!(run(&["--help"], "").0, 0);
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    // `pension-estimator estimate … | head -c 1`: the reader goes away; the CLI must not panic.
    // The answer (about 130 kB) is larger than a pipe's buffer (64 KiB), so the write fails
    // whenever the reader closes; `params` (40 kB since the source descriptions moved out)
    // could fit in the buffer before the close and exit 0.
    let mut child = Command::new(BIN)
        .args(["estimate", "examples/rider-guangdong.json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the CLI");
    drop(child.stdout.take()); // close the read end before anything is read
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert_eq!(out.status.code(), Some(1));
}

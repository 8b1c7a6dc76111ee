//! The JSON path of a parse error (src/json_path.rs, from serde_json's line and column) agrees
//! with serde_path_to_error, which tracks the path while deserializing — on scenarios with one
//! leaf replaced by a value of the wrong type, compact and pretty-printed.

use pension_estimator::Scenario;
use proptest::prelude::*;
use serde_json::Value;

const EXAMPLE: &str = include_str!("../examples/rider-guangdong.json");

/// Every leaf of the tree, as a list of steps (object key or array index).
fn leaves(v: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| {
            at.push(Value::from(k.clone()));
            leaves(x, at, out);
            at.pop();
        }),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| {
            at.push(Value::from(i));
            leaves(x, at, out);
            at.pop();
        }),
        _ => out.push(at.clone()),
    }
}

fn set(v: &mut Value, steps: &[Value], to: Value) {
    let mut cur = v;
    for s in steps {
        cur = match s {
            Value::String(k) => &mut cur[k.as_str()],
            Value::Number(i) => &mut cur[i.as_u64().unwrap() as usize],
            _ => unreachable!(),
        };
    }
    *cur = to;
}

fn oracle(text: &str) -> String {
    let de = &mut serde_json::Deserializer::from_str(text);
    let e = serde_path_to_error::deserialize::<_, Scenario>(de).expect_err("broken on purpose");
    let mut out = String::from("$");
    for seg in e.path().iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            serde_path_to_error::Segment::Map { key } => out.push_str(&format!(".{key}")),
            serde_path_to_error::Segment::Enum { variant } => out.push_str(&format!(".{variant}")),
            serde_path_to_error::Segment::Unknown => {}
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]
    #[test]
    fn error_paths_agree_with_a_path_tracking_deserializer(pick in any::<prop::sample::Index>(), wrong in 0..3usize, pretty: bool) {
        let mut v: Value = serde_json::from_str(EXAMPLE).unwrap();
        let mut all = Vec::new();
        leaves(&v, &mut Vec::new(), &mut all);
        let steps = pick.get(&all).clone();
        let bad = [Value::Bool(true), serde_json::json!({"x": [1]}), serde_json::json!([[]])][wrong].clone();
        set(&mut v, &steps, bad);
        let text = if pretty { serde_json::to_string_pretty(&v).unwrap() } else { v.to_string() };
        let ours = pension_estimator::parse_scenario(&text).expect_err("broken on purpose");
        prop_assert_eq!(&ours.errors[0].path, &oracle(&text), "text: {}", text);
    }
}

#[test]
fn every_leaf_of_the_example_broken_three_ways_in_both_layouts() {
    let v0: Value = serde_json::from_str(EXAMPLE).unwrap();
    let mut all = Vec::new();
    leaves(&v0, &mut Vec::new(), &mut all);
    let mut checked = 0;
    let mut wrong = Vec::new();
    for steps in &all {
        for bad in [
            Value::Bool(true),
            serde_json::json!({"x": [1]}),
            serde_json::json!([[]]),
        ] {
            let mut v = v0.clone();
            set(&mut v, steps, bad.clone());
            for text in [v.to_string(), serde_json::to_string_pretty(&v).unwrap()] {
                let ours = pension_estimator::parse_scenario(&text).unwrap_err();
                let o = oracle(&text);
                checked += 1;
                if ours.errors[0].path != o {
                    wrong.push(format!("{steps:?} {bad}: {} vs {o}", ours.errors[0].path));
                }
            }
        }
    }
    assert!(checked > 100, "{checked}");
    assert!(
        wrong.is_empty(),
        "{} of {checked} differ: {wrong:#?}",
        wrong.len()
    );
}

//! The scenario reader (src/json.rs, src/read.rs, src/migrate.rs) against serde, differentially.
//!
//! The oracle is what `parse_scenario` did before the reader: the format-version check of the
//! old `migrate.rs` (a serde `Peek` struct), then `serde_json` + the derived `Deserialize` of
//! the scenario types, with the JSON path tracked by `serde_path_to_error`, then serde_json's
//! check for trailing characters. On every input both must accept with the same `Scenario`, or
//! both refuse with the same code and path. The path conventions the library had before are
//! kept: a missing or duplicate field's path ends with the field's name.
//!
//! One difference is intended: where serde_json calls *valid* JSON a syntax error (an enum
//! given a number, `null`, an array, `{}` or an object with two entries; a struct written as an
//! array with too many elements), the reader says `wrong_type`, at the same path.
//!
//! Inputs: the example and fuzz seed scenarios; every node of the example replaced by each of a
//! set of awkward values, every key removed, renamed, duplicated, every object written as an
//! array of its fields; every truncation, deleted character and inserted JSON character of the
//! compact example; and proptest-generated careers (tests/common) mutated the same ways, and
//! random documents over the scenario's field names — compact and pretty-printed.

mod common;

use pension_estimator::scenario::SCHEMA_VERSION;
use pension_estimator::{Code, Scenario};
use proptest::prelude::*;
use serde::Deserialize;
use serde_json::{json, Value};

type Outcome = Result<Scenario, (Code, String, String)>;

/// What `parse_scenario` did with serde (see the module doc).
fn oracle(text: &str) -> Outcome {
    #[derive(Deserialize)]
    struct Peek {
        #[serde(default)]
        schema_version: Option<Value>,
    }
    if let Ok(peek) = serde_json::from_str::<Peek>(text) {
        let bad = |code| Err((code, "$.schema_version".to_owned(), String::new()));
        if let Some(v) = peek.schema_version {
            match v.as_u64() {
                Some(n) if (1..=u64::from(SCHEMA_VERSION)).contains(&n) => {}
                Some(n) if n > u64::from(SCHEMA_VERSION) => return bad(Code::UnsupportedVersion),
                _ => return bad(Code::WrongType),
            }
        }
    }
    let de = &mut serde_json::Deserializer::from_str(text);
    let e = match serde_path_to_error::deserialize::<_, Scenario>(&mut *de) {
        Ok(s) => match de.end() {
            Ok(()) => return Ok(s),
            Err(e) => return Err((Code::JsonSyntax, "$".into(), e.to_string())),
        },
        Err(e) => e,
    };
    let mut path = String::from("$");
    for seg in e.path().iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => path.push_str(&format!("[{index}]")),
            serde_path_to_error::Segment::Map { key } => path.push_str(&format!(".{key}")),
            serde_path_to_error::Segment::Enum { variant } => path.push_str(&format!(".{variant}")),
            serde_path_to_error::Segment::Unknown => {}
        }
    }
    let msg = e.inner().to_string();
    let named = |prefix: &str| {
        msg.strip_prefix(prefix)
            .and_then(|r| r.split('`').next())
            .map(str::to_owned)
    };
    use serde_json::error::Category;
    let code = match e.inner().classify() {
        Category::Syntax | Category::Eof | Category::Io => Code::JsonSyntax,
        Category::Data if msg.starts_with("unknown field") => Code::UnknownField,
        Category::Data if msg.starts_with("missing field") => Code::MissingField,
        Category::Data => Code::WrongType,
    };
    if let Some(field) = named("missing field `").or_else(|| named("duplicate field `")) {
        path = format!("{path}.{field}");
    }
    Err((code, path, msg))
}

fn ours(text: &str) -> Outcome {
    pension_estimator::parse_scenario(text).map_err(|e| {
        let f = &e.errors[0];
        assert!(
            !f.zh.is_empty() && !f.en.is_empty() && f.path.starts_with('$'),
            "{f:?}"
        );
        (f.code, f.path.clone(), f.en.clone())
    })
}

/// What happened on one input.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum Agreement {
    Accepted,
    Refused,
    /// serde's syntax error on valid JSON, our `wrong_type`.
    Intended,
}

fn compare(text: &str) -> Result<Agreement, String> {
    let (o, u) = (oracle(text), ours(text));
    match (&o, &u) {
        (Ok(a), Ok(b)) if a == b => Ok(Agreement::Accepted),
        (Err((c1, p1, _)), Err((c2, p2, _))) if c1 == c2 && p1 == p2 => Ok(Agreement::Refused),
        (Err((Code::JsonSyntax, p1, m)), Err((Code::WrongType, p2, _)))
            if p1 == p2
                && (m.starts_with("expected value") || m.starts_with("trailing characters")) =>
        {
            Ok(Agreement::Intended)
        }
        _ => Err(format!(
            "{text}\n  serde:  {:?}\n  reader: {:?}",
            o.map(|_| "accepted"),
            u.map(|_| "accepted")
        )),
    }
}

/// Checks many inputs; returns how many of each outcome.
fn check_all(texts: impl IntoIterator<Item = String>) -> [usize; 3] {
    let mut counts = [0; 3];
    let mut bad = Vec::new();
    for t in texts {
        match compare(&t) {
            Ok(a) => counts[a as usize] += 1,
            Err(e) => bad.push(e),
        }
    }
    assert!(
        bad.is_empty(),
        "{} disagreements:\n{}",
        bad.len(),
        bad[..bad.len().min(20)].join("\n")
    );
    counts
}

// ---------------------------------------------------------------------------------------------
// Documents and mutations

const EXAMPLE: &str = include_str!("../examples/rider-guangdong.json");

/// Field order of the scenario's structs (to write an object as serde's array form).
const ORDERS: &[&[&str]] = &[
    &[
        "schema_version",
        "person",
        "as_of",
        "history",
        "summary",
        "plan",
        "retirement",
        "assumptions",
        "overrides",
    ],
    &["birth", "sex", "category", "hukou"],
    &["from", "to", "kind", "region", "base", "tier"],
    &[
        "at",
        "region",
        "employee_months",
        "avg_index",
        "account_balance",
        "deemed_months",
        "resident_years",
        "resident_balance",
    ],
    &["mode", "months", "extension_base"],
    &["param", "value", "from"],
];

/// A JSON value whose objects keep their entries in order, duplicates included.
#[derive(Clone, Debug)]
enum J {
    Leaf(Value),
    /// Written as is (what serde_json::Value cannot hold, like a lone surrogate escape).
    Raw(&'static str),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

fn from_text(text: &str) -> J {
    fn conv(v: &Value) -> J {
        match v {
            Value::Array(a) => J::Arr(a.iter().map(conv).collect()),
            Value::Object(m) => J::Obj(m.iter().map(|(k, v)| (k.clone(), conv(v))).collect()),
            other => J::Leaf(other.clone()),
        }
    }
    conv(&serde_json::from_str(text).expect("valid JSON"))
}

fn write(v: &J, pretty: bool, depth: usize, out: &mut String) {
    let nl = |out: &mut String, d: usize| {
        if pretty {
            out.push('\n');
            out.push_str(&"  ".repeat(d));
        }
    };
    match v {
        J::Leaf(x) => out.push_str(&x.to_string()),
        J::Raw(x) => out.push_str(x),
        J::Arr(items) => {
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                nl(out, depth + 1);
                write(x, pretty, depth + 1, out);
            }
            if !items.is_empty() {
                nl(out, depth);
            }
            out.push(']');
        }
        J::Obj(entries) => {
            out.push('{');
            for (i, (k, x)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                nl(out, depth + 1);
                out.push_str(&Value::from(k.as_str()).to_string());
                out.push_str(if pretty { ": " } else { ":" });
                write(x, pretty, depth + 1, out);
            }
            if !entries.is_empty() {
                nl(out, depth);
            }
            out.push('}');
        }
    }
}

fn texts(v: &J) -> [String; 2] {
    let (mut a, mut b) = (String::new(), String::new());
    write(v, false, 0, &mut a);
    write(v, true, 0, &mut b);
    [a, b]
}

/// Every node's address (indices into arrays and entry lists).
fn nodes(v: &J, at: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(at.clone());
    let children: Vec<&J> = match v {
        J::Leaf(_) | J::Raw(_) => vec![],
        J::Arr(a) => a.iter().collect(),
        J::Obj(e) => e.iter().map(|(_, x)| x).collect(),
    };
    for (i, c) in children.into_iter().enumerate() {
        at.push(i);
        nodes(c, at, out);
        at.pop();
    }
}

fn node_mut<'a>(v: &'a mut J, at: &[usize]) -> &'a mut J {
    at.iter().fold(v, |cur, &i| match cur {
        J::Arr(a) => &mut a[i],
        J::Obj(e) => &mut e[i].1,
        J::Leaf(_) | J::Raw(_) => unreachable!(),
    })
}

/// Awkward values to put anywhere.
fn awkward() -> Vec<J> {
    let texts = [
        "true",
        "null",
        "0",
        "1",
        "-1",
        "-0",
        "1.5",
        "2.0",
        "1e400",
        "1e2",
        "4294967296",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775809",
        "\"\"",
        "\"x\"",
        "\"2020-13\"",
        "\"2020-01\"",
        "\"0.6\"",
        "\"6O%\"",
        "\"male\"",
        "\"gap\"",
        "\"ratio\"",
        "\"\\ud800\"",
        "[]",
        "[[]]",
        "[1]",
        "{}",
        "{\"x\": [1]}",
        "{\"ratio\": \"0.6\"}",
        "{\"ratio\": 0.6}",
        "{\"ratio\": \"1\", \"amount\": \"2\"}",
        "{\"gap\": null}",
        "{\"female\": 1}",
        "[\"2020-01\", \"2020-02\", \"gap\"]",
        "[\"1990-05\", \"male\", null, \"JX\"]",
        "[\"1990-05\", \"male\", null, \"JX\", 5]",
    ];
    texts
        .iter()
        .map(|t| match serde_json::from_str::<Value>(t) {
            Ok(_) => from_text(t),
            // Not representable by serde_json::Value (a lone surrogate): written as is.
            Err(_) => J::Raw(t),
        })
        .collect()
}

/// The structural mutations of a document: each node replaced by each awkward value, each key
/// removed, renamed or duplicated, an unknown key added, each object written as an array.
fn mutations(doc: &J, out: &mut dyn FnMut(J)) {
    let mut all = Vec::new();
    nodes(doc, &mut Vec::new(), &mut all);
    let vals = awkward();
    for at in &all {
        for val in &vals {
            let mut d = doc.clone();
            *node_mut(&mut d, at) = val.clone();
            out(d);
        }
        let mut d = doc.clone();
        let J::Obj(entries) = node_mut(&mut d, at).clone() else {
            continue;
        };
        for i in 0..entries.len() {
            for op in 0..3 {
                let mut e = entries.clone();
                match op {
                    0 => {
                        e.remove(i);
                    }
                    1 => e[i].0.push('x'),
                    _ => e.push(entries[i].clone()),
                }
                *node_mut(&mut d, at) = J::Obj(e);
                out(d.clone());
            }
        }
        let mut e = entries.clone();
        e.push(("x".into(), J::Leaf(json!(1))));
        *node_mut(&mut d, at) = J::Obj(e);
        out(d.clone());
        // serde's array form: the fields in declaration order, up to the last one given.
        if let Some(order) = ORDERS
            .iter()
            .find(|o| entries.iter().all(|(k, _)| o.contains(&k.as_str())))
        {
            let last = order
                .iter()
                .rposition(|n| entries.iter().any(|(k, _)| k == n))
                .map_or(0, |i| i + 1);
            let items = order[..last]
                .iter()
                .map(|n| {
                    entries
                        .iter()
                        .find(|(k, _)| k == n)
                        .map_or(J::Leaf(Value::Null), |(_, x)| x.clone())
                })
                .collect();
            *node_mut(&mut d, at) = J::Arr(items);
            out(d);
        }
    }
}

/// Checks every structural mutation of a document, in both layouts.
fn check_mutations(doc: &J) -> [usize; 3] {
    let mut counts = [0; 3];
    mutations(doc, &mut |m| {
        let c = check_all(texts(&m));
        (0..3).for_each(|i| counts[i] += c[i]);
    });
    counts
}

/// Text-level damage: every truncation, every character deleted, JSON characters inserted.
fn damaged(text: &str) -> Vec<String> {
    let cuts: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let mut out = Vec::new();
    for &i in &cuts {
        out.push(text[..i].to_owned());
        if i < text.len() {
            let next = cuts.iter().find(|&&j| j > i).copied().unwrap_or(text.len());
            out.push(format!("{}{}", &text[..i], &text[next..]));
        }
        for ins in [
            "{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-", ".", "e", "n", " x",
        ] {
            out.push(format!("{}{ins}{}", &text[..i], &text[i..]));
        }
    }
    out
}

fn base_documents() -> Vec<(String, String)> {
    let mut out = vec![(
        "examples/rider-guangdong.json".to_owned(),
        EXAMPLE.to_owned(),
    )];
    for dir in ["fuzz/seeds/estimate", "fuzz/regressions", "examples"] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("dir")
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for f in files
            .into_iter()
            .filter(|f| f.extension().is_some_and(|e| e == "json"))
        {
            let text = std::fs::read_to_string(&f).expect("read");
            if out.iter().all(|(_, t)| *t != text) {
                out.push((f.display().to_string(), text));
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Tests

#[test]
fn example_and_seed_scenarios_read_the_same() {
    let docs = base_documents();
    assert!(docs.len() >= 8, "{}", docs.len());
    let accepted = docs.iter().filter(|(_, t)| ours(t).is_ok()).count();
    assert!(accepted >= 5, "{accepted}");
    check_all(docs.into_iter().map(|(_, t)| t));
}

#[test]
fn every_structural_mutation_of_the_example_in_both_layouts() {
    let counts = check_mutations(&from_text(EXAMPLE));
    let total: usize = counts.iter().sum();
    // Accepted, refused alike, refused with the intended difference.
    println!("{total} documents: {counts:?}");
    assert!(
        total > 3000 && counts[0] > 200 && counts[1] > 2000,
        "{counts:?}"
    );
}

#[test]
fn every_structural_mutation_of_the_seed_scenarios() {
    let mut total = 0;
    for (name, text) in base_documents() {
        // Scenarios only (not the 138 kB estimate beside the example).
        if name.ends_with(".estimate.json") || serde_json::from_str::<Value>(&text).is_err() {
            continue;
        }
        let counts = check_mutations(&from_text(&text));
        println!("{name}: {counts:?}");
        total += counts.iter().sum::<usize>();
    }
    assert!(total > 10_000, "{total}");
}

#[test]
fn every_truncation_deletion_and_insertion_in_the_compact_example() {
    let compact = texts(&from_text(EXAMPLE))[0].clone();
    let counts = check_all(damaged(&compact));
    println!("{counts:?}");
    assert!(counts.iter().sum::<usize>() > 5000);
}

#[test]
fn hand_picked_edges() {
    let p = r#""person": {"birth": "1990-05", "sex": "male", "hukou": "JX"}, "as_of": "2026-11""#;
    let cases = [
        format!("{{{p}}}"),
        format!("\u{feff}{{{p}}}"),
        format!("{{{p}}} x"),
        format!("{{{p}}}  \n\t\r"),
        format!("{{{p}, \"schema_version\": 2}}"),
        format!("{{{p}, \"schema_version\": 2, \"x\": 1e400}}"),
        format!("{{{p}, \"schema_version\": 2, \"x\": \"\\udc00\"}}"),
        format!("{{{p}, \"schema_version\": 2, \"\\udc00\": 1}}"),
        format!("{{{p}, \"schema_version\": 2, \"schema_version\": 1}}"),
        format!("{{{p}, \"schema_version\": 1e400}}"),
        format!("{{{p}, \"schema_version\": [2]}}"),
        format!("{{{p}, \"schema_version\": null}}"),
        format!("{{{p}, \"schema_version\": 0}}"),
        format!("{{{p}, \"schema_version\": 18446744073709551615}}"),
        "[2]".into(),
        "[0]".into(),
        "[1, 2]".into(),
        "[]".into(),
        "[null]".into(),
        format!("{{{p}, \"history\": [{{\"from\": \"2020-01\", \"kind\": \"gap\", \"base\": {{\"ratio\": \"1\", \"amount\": [1,"),
        format!("{{{p}, \"history\": [{{\"from\": \"2020-01\", \"kind\": \"gap\", \"base\": {{\"ratio\": \"1\"}} , \"tier\": 1}}]}}"),
        format!("{{{p}, \"history\": [{{\"from\": \"2020-01\", \"kind\": [1,"),
        format!("{{{p}, \"history\": [{{\"from\": \"2020-01\", \"kind\": {{\"gap\": null, \"x\""),
        format!("{{{p}, \"history\": [[\"2020-01\", null, \"gap\", null, null, null, 1]]}}"),
        format!("{{{p}, \"history\": [[\"2020-01\", null, \"gap\", null, null, null, [1,"),
        format!("{{{p}, \"history\": [[\"2020-01\", null, \"gap\", null, null, null"),
        format!("{{{p}, \"assumptions\": {{\"seed\": 18446744073709551615, \"draws\": 0}}}}"),
        format!("{{{p}, \"assumptions\": {{\"wage_growth\": 17976931348623157e292}}}}"),
        format!("{{{p}, \"assumptions\": {{\"wage_growth\": 17976931348623159e292}}}}"),
        format!("{{{p}, \"assumptions\": {{\"wage_growth\": 0.0000000000000000000001e330}}}}"),
        format!("{{{p}, \"assumptions\": {{\"wage_growth\": 100000000000000000000000e286}}}}"),
        format!("{{{p}, \"assumptions\": {{\"wage_growth\": 1e99999999999}}}}"),
        format!("{{{p}, \"assumptions\": {{\"wage_growth\": 0e99999999999}}}}"),
        format!("{{{p}, \"assumptions\": {{\"wage_growth\": -9223372036854775808}}}}"),
        format!("{{{p}, \"assumptions\": {{\"wage_growth\": \"\\u0030.1\"}}}}"),
        format!("{{{p}, \"overrides\": [{{\"param\": \"CN.x\", \"value\": -5, \"from\": null}}]}}"),
        format!("{{{p}, \"person\": {{\"hukou\": \"\\ud83d\\ude00\"}}}}"),
        r#"{"person": {"birth": "1990-05", "sex": "male", "hukou": "\ud800\n"}}"#.into(),
        r#"{"person": {"birth": "1990-05", "sex": "male", "hukou": "\ud800\x"}}"#.into(),
        r#"{"person": {"birth": "1990-05", "sex": "male", "hukou": "\ud800\ud800"}}"#.into(),
        r#"{"person": {"birth": "1990-05", "sex": "male", "hukou": "\ud800\u00e9"}}"#.into(),
        r#"{"person": {"birth": "1990-05", "sex": "male", "\ud800": 1 2"#.into(),
        format!("{{\"x\": {}", "[".repeat(200)),
        format!("{{{p}, \"x\": {}", "[".repeat(200)),
        "[".repeat(100_000),
        "{\"a\":".repeat(100_000),
        String::new(),
        "   ".into(),
        "null".into(),
        "01".into(),
        "-".into(),
        "1.".into(),
        "1e".into(),
        "\"abc".into(),
    ];
    let counts = check_all(cases);
    println!("{counts:?}");
}

/// JSON from the scenario's vocabulary: field and variant names as keys and strings, numbers at
/// the edges, nested up to four deep.
fn vocabulary_json() -> impl Strategy<Value = String> {
    let names: Vec<&'static str> = ORDERS
        .iter()
        .flat_map(|o| o.iter().copied())
        .chain([
            "x", "ratio", "amount", "male", "gap", "2020-01", "0.6", "GD",
        ])
        .collect();
    let key = prop::sample::select(names.clone());
    let leaf = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        prop::sample::select(vec![
            "0",
            "1",
            "-1",
            "-0",
            "1.5",
            "1e400",
            "4294967296",
            "18446744073709551616"
        ])
        .prop_map(str::to_owned),
        prop::sample::select(names).prop_map(|s| format!("{s:?}")),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(|v| {
                let e: Vec<String> = v.into_iter().map(|(k, x)| format!("{k:?}: {x}")).collect();
                format!("{{{}}}", e.join(", "))
            }),
        ]
    })
}

proptest! {
    // READER_CASES=20000 for a longer run.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("READER_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(400)
    ))]

    #[test]
    fn mutated_careers_read_the_same(c in common::career(), pick in any::<prop::sample::Index>(), cut in any::<prop::sample::Index>(), pretty: bool) {
        let text = common::scenario(&c).to_string();
        let doc = from_text(&text);
        let mut muts = Vec::new();
        mutations(&doc, &mut |m| muts.push(m));
        let m = pick.get(&muts);
        let t = texts(m)[usize::from(pretty)].clone();
        if let Err(e) = compare(&t) { prop_assert!(false, "{}", e); }
        if let Err(e) = compare(&text) { prop_assert!(false, "{}", e); }
        let d = damaged(&text);
        if let Err(e) = compare(cut.get::<String>(&d)) { prop_assert!(false, "{}", e); }
    }

    #[test]
    fn random_documents_over_the_scenario_vocabulary(body in vocabulary_json(), wrap: bool) {
        let text = if wrap {
            format!(r#"{{"person": {{"birth": "1990-05", "sex": "male", "hukou": "JX"}}, "as_of": "2026-11", "history": [{body}]}}"#)
        } else {
            body
        };
        if let Err(e) = compare(&text) { prop_assert!(false, "{}", e); }
    }
}

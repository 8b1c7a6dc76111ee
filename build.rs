//! Embeds the parameter files (`params/*.toml`, `params/regions/*.toml`) in a compact line
//! format that `src/params/data.rs` reads without serde (`params.tsv`; one JSON document of the
//! same data, `params.json`, is written beside it for the test that checks the two agree).
//! TOML syntax and the set of keys are checked here; the values are checked by the tests.

use std::fs;
use std::path::Path;

fn load(path: &Path) -> serde_json::Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_value(value).expect("TOML is representable as JSON")
}

fn main() {
    println!("cargo:rerun-if-changed=params");
    let national = load(Path::new("params/CN.toml"));
    let mut regions = serde_json::Map::new();
    let mut files: Vec<_> = fs::read_dir("params/regions")
        .expect("params/regions exists")
        .map(|e| e.expect("readable directory").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let region = load(&path);
        let code = region["code"]
            .as_str()
            .unwrap_or_else(|| panic!("{}: no code", path.display()))
            .to_owned();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        assert_eq!(
            stem,
            code,
            "{}: file name must be the region code",
            path.display()
        );
        regions.insert(code, region);
    }
    let doc = serde_json::json!({ "national": national, "regions": regions });
    // For the browser the notes are left out and so are sources no entry cites: they are for
    // reviewers (params/*.toml, params/TABLE.md), and they would double the download. The wasm
    // module does not embed the data; `params-web.tsv` becomes pkg/params.js and
    // `sources-web.tsv` pkg/sources.js (tests/pkg_fresh.rs).
    let mut web = doc.clone();
    slim(&mut web["national"]);
    for r in web["regions"]
        .as_object_mut()
        .expect("regions object")
        .values_mut()
    {
        slim(r);
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
    fs::write(out.join("params.json"), doc.to_string()).expect("OUT_DIR is writable");
    fs::write(out.join("params.tsv"), encode(&doc)).expect("OUT_DIR is writable");
    let (data, sources) = split_sources(&encode(&web));
    fs::write(out.join("params-web.tsv"), data).expect("OUT_DIR is writable");
    fs::write(out.join("sources-web.tsv"), sources).expect("OUT_DIR is writable");
}

/// The web data cut in two files of the same line format, each with its integrity line: the
/// values (every record but `S`), which a first visit needs, and the source descriptions (the
/// `N`/`R` lines, to say whose sources follow, and the `S` lines), which only a page showing a
/// source needs (pkg/sources.js, loaded later: `load_sources` in src/wasm.rs). The sources file
/// begins with `F` and the integrity figures of the values file it belongs to: the reader refuses
/// it with any other data.
fn split_sources(web: &str) -> (String, String) {
    let body = web.trim_end_matches('\n');
    let body = &body[..body.rfind('\n').map_or(0, |i| i + 1)];
    let keep = |wanted: &dyn Fn(&str) -> bool| -> String {
        body.split_terminator('\n')
            .filter(|l| wanted(l))
            .map(|l| format!("{l}\n"))
            .collect()
    };
    let values = keep(&|l| !l.starts_with("S\t"));
    let stamp = trailer(&values);
    let sources = format!("F{}", &stamp[1..])
        + &keep(&|l| ["N\t", "R\t", "S\t"].iter().any(|t| l.starts_with(t)));
    let (values_end, sources_end) = (stamp, trailer(&sources));
    (values + &values_end, sources + &sources_end)
}

/// The line format (one record per line, fields separated by tabs; `\\`, `\t`, `\n` escaped
/// in text; an empty field is an absent value):
///
/// ```text
/// N|R  code name_zh name_en parent          the national data (first), then each region
/// S    id publisher title doc date url       a source of the region above
/// P    key unit                              a parameter series of the region above
/// E    from until value source status rule note    an entry of the series above
/// T    amount subsidy                        a resident tier of the entry above
/// D    age months                            a divisor-table row of the entry above
/// L    age years                             a life-table row of the entry above
/// F    lines hash                            (sources file only, first) the values file it is for
/// Z    lines hash                            (last) the integrity line: see checksum.rs
/// ```
fn encode(doc: &serde_json::Value) -> String {
    let mut out = String::new();
    encode_region(&mut out, "N", &doc["national"]);
    for r in doc["regions"].as_object().expect("regions object").values() {
        encode_region(&mut out, "R", r);
    }
    let end = trailer(&out);
    out + &end
}

// `fnv1a` and `trailer`: the integrity line the reader checks (src/params/checksum.rs).
include!("src/params/checksum.rs");

fn encode_region(out: &mut String, tag: &str, r: &serde_json::Value) {
    let obj = r.as_object().expect("a region is a table");
    let code = field(r, "code");
    line(
        out,
        &[
            tag.into(),
            code.clone(),
            field(r, "name_zh"),
            field(r, "name_en"),
            field(r, "parent"),
        ],
    );
    if let Some(sources) = obj.get("sources").and_then(|s| s.as_object()) {
        for (id, s) in sources {
            keys(
                s,
                &["publisher", "title", "doc", "date", "url"],
                &format!("{code}.sources.{id}"),
            );
            let f = |k| field(s, k);
            line(
                out,
                &[
                    "S".into(),
                    id.clone(),
                    f("publisher"),
                    f("title"),
                    f("doc"),
                    f("date"),
                    f("url"),
                ],
            );
        }
    }
    for (key, series) in obj {
        if ["code", "name_zh", "name_en", "parent", "sources"].contains(&key.as_str()) {
            continue;
        }
        keys(series, &["unit", "values"], &format!("{code}.{key}"));
        line(out, &["P".into(), key.clone(), field(series, "unit")]);
        for e in series["values"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let known = [
                "from", "until", "value", "tiers", "table", "life", "rule", "source", "status",
                "note",
            ];
            keys(e, &known, &format!("{code}.{key}"));
            let f = |k| field(e, k);
            line(
                out,
                &[
                    "E".into(),
                    f("from"),
                    f("until"),
                    f("value"),
                    f("source"),
                    f("status"),
                    f("rule"),
                    f("note"),
                ],
            );
            for (list, tag, a, b) in [
                ("tiers", "T", "amount", "subsidy"),
                ("table", "D", "age", "months"),
                ("life", "L", "age", "years"),
            ] {
                for row in e[list].as_array().map(Vec::as_slice).unwrap_or_default() {
                    keys(row, &[a, b], &format!("{code}.{key}.{list}"));
                    line(out, &[tag.into(), field(row, a), field(row, b)]);
                }
            }
        }
    }
}

/// Fails the build on a key the data format does not have (usually a typo in a TOML file).
fn keys(v: &serde_json::Value, known: &[&str], at: &str) {
    for k in v
        .as_object()
        .map(|o| o.keys().collect::<Vec<_>>())
        .unwrap_or_default()
    {
        assert!(
            known.contains(&k.as_str()),
            "params: unknown key {k:?} in {at}"
        );
    }
}

/// A scalar as text ("" when absent).
fn field(v: &serde_json::Value, key: &str) -> String {
    match &v[key] {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn line(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        for c in f.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
    }
    out.push('\n');
}

/// Drops `note` from every entry and the sources that no entry cites.
fn slim(region: &mut serde_json::Value) {
    let mut cited = std::collections::BTreeSet::new();
    if let Some(obj) = region.as_object_mut() {
        for (_, series) in obj.iter_mut() {
            let Some(values) = series.get_mut("values").and_then(|v| v.as_array_mut()) else {
                continue;
            };
            for e in values {
                if let Some(e) = e.as_object_mut() {
                    e.remove("note");
                    if let Some(s) = e.get("source").and_then(|s| s.as_str()) {
                        cited.insert(s.to_owned());
                    }
                }
            }
        }
        if let Some(sources) = obj.get_mut("sources").and_then(|s| s.as_object_mut()) {
            sources.retain(|id, _| cited.contains(id));
        }
    }
}

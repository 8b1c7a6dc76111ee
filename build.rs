//! Embeds the parameter files (`params/*.toml`, `params/regions/*.toml`) as one JSON document.
//! Only TOML syntax is checked here; the schema and the values are checked by the tests.

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
    let mut doc = serde_json::json!({ "national": national, "regions": regions });
    // For the browser (wasm32) the notes are left out and so are sources no entry cites: they are
    // for reviewers (params/*.toml, params/TABLE.md), and they would double the download.
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        slim(&mut doc["national"]);
        for r in doc["regions"]
            .as_object_mut()
            .expect("regions object")
            .values_mut()
        {
            slim(r);
        }
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("params.json");
    fs::write(out, doc.to_string()).expect("OUT_DIR is writable");
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

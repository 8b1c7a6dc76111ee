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
    let doc = serde_json::json!({ "national": national, "regions": regions });
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("params.json");
    fs::write(out, doc.to_string()).expect("OUT_DIR is writable");
}

//! `pkg/` (committed, so the page runs without a Rust toolchain) must be built from the current
//! sources: its `SOURCE_HASH` is a hash of everything the wasm is built from.
//! `scripts/build-wasm.sh` writes it (`PKG_HASH_WRITE=1`).

use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// FNV-1a (64 bit) over each input file's path and bytes, in a fixed order.
fn source_hash() -> String {
    let mut paths = vec![
        PathBuf::from("Cargo.toml"),
        PathBuf::from("Cargo.lock"),
        PathBuf::from("build.rs"),
    ];
    files(Path::new("src"), &mut paths);
    files(Path::new("params"), &mut paths);
    paths.retain(|p| p.extension().is_none_or(|x| x != "md"));
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in paths {
        let bytes = std::fs::read(&p).unwrap();
        for b in p
            .to_string_lossy()
            .bytes()
            .chain([0])
            .chain(bytes)
            .chain([0])
        {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[test]
fn pkg_is_built_from_the_current_sources() {
    let want = source_hash();
    if std::env::var_os("PKG_HASH_WRITE").is_some() {
        std::fs::write("pkg/SOURCE_HASH", format!("{want}\n")).unwrap();
    }
    let have = std::fs::read_to_string("pkg/SOURCE_HASH").unwrap_or_default();
    assert_eq!(
        have.trim(),
        want,
        "pkg/ is stale: run bash scripts/build-wasm.sh and commit pkg/"
    );
    for f in [
        "pension_estimator_bg.wasm",
        "pension_estimator.js",
        "pension_estimator.d.ts",
        "package.json",
    ] {
        assert!(Path::new("pkg").join(f).exists(), "pkg/{f} missing");
    }
}

/// An ES module whose default export is `text` (a file of the line format), with a header
/// saying what it is (`what`, comment lines). The text is a template literal, its tabs and line
/// ends as they are: JSON's `\t` and `\n` escapes cost 450 bytes gzipped on the values file alone
/// (measured 2026-12-06). A carriage return is escaped: a template literal would read it as `\n`.
fn text_module(text: &str, what: &str) -> String {
    let text = text
        .replace('\\', "\\\\")
        .replace('`', "\\`")
        .replace("${", "\\${")
        .replace('\r', "\\r");
    format!(
        "// Generated from params/ by tests/pkg_fresh.rs (scripts/build-wasm.sh). Do not edit.\n\
         {what}export default `{text}`;\n"
    )
}

/// `pkg/<name>.js` and its declaration: what it should be (`module`), written when
/// `PKG_HASH_WRITE` is set, else compared with the committed file.
fn check_module(name: &str, module: &str, declaration: &str) {
    let (js, dts) = (format!("pkg/{name}.js"), format!("pkg/{name}.d.ts"));
    if std::env::var_os("PKG_HASH_WRITE").is_some() {
        std::fs::write(&js, module).unwrap();
        std::fs::write(
            &dts,
            format!("/** {declaration} */\ndeclare const data: string;\nexport default data;\n"),
        )
        .unwrap();
    }
    let have = std::fs::read_to_string(&js).unwrap_or_default();
    assert!(
        have == module,
        "{js} is not the current parameter data: run bash scripts/build-wasm.sh"
    );
}

/// `pkg/params.js`: the parameter data the wasm module is given at load time (`load_data`).
#[test]
fn pkg_params_are_the_embedded_data() {
    let module = text_module(
        pension_estimator::params::data::FOR_WEB,
        "// The policy parameter data, in the line format of src/params/data.rs, without the\n\
         // descriptions of its sources (pkg/sources.js). The wasm module does not embed it: hand it\n\
         // over once per instance with load_data(text).\n",
    );
    check_module(
        "params",
        &module,
        "The policy parameter data (line format), for `load_data`.",
    );
}

/// `pkg/sources.js`: the descriptions of the sources the data cites (given to `load_data` after the data), made by the
/// same generator (build.rs) from the same files, for that data only.
#[test]
fn pkg_sources_are_the_embedded_sources() {
    let module = text_module(
        pension_estimator::params::data::SOURCES_FOR_WEB,
        "// The descriptions of the sources pkg/params.js cites (publisher, title, 文号, date,\n\
         // address), in the same line format, for that data only. Needed only where a source is\n\
         // shown: hand it over with load_data(text) after the data itself.\n",
    );
    check_module(
        "sources",
        &module,
        "The descriptions of the sources of pkg/params.js (line format), for `load_data`, after the data.",
    );
}

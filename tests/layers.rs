//! The layers of the library (issue 17, item 5): every module of `src/` uses only modules of its
//! own layer or of the layers below it, and no modules use each other round a loop.
//!
//! The layers are the numbered list under "Layers" in `src/lib.rs` (also explained in
//! `docs/architecture.md`); this test reads that list, so the comment cannot drift from the code.
//!
//! What counts as a use: a `crate::…` path in code — `use crate::x::…`, `use crate::{x, y::…}`,
//! a path in an expression or a type, or in an attribute's string (`serialize_with =
//! "crate::money::ser_plain"` makes the module depend on `money` as surely as a call does). In
//! `src/lib.rs`, which names its modules without `crate::`, every `module::` path in code.
//! Comments are not code: doc comments and their intra-doc links (`[`crate::estimate`]`) may
//! point up or across, as a reader is helped by a link to where a figure is used, and rustdoc
//! does not make them dependencies. A directory module (`src/employee/`, `src/params/`) is one
//! node: its files share privacy and reach each other through `super::`. `src/main.rs` is a
//! separate crate that uses the library through its public API, above everything.

use std::collections::BTreeMap;
use std::path::Path;

/// The layers as `src/lib.rs` lists them: the numbered list under `## Layers`, an item
/// `//! N. name: \`a\`, \`b\`` maybe continued on indented lines.
fn layers(lib: &str) -> BTreeMap<String, usize> {
    let section = lib
        .split("//! ## Layers")
        .nth(1)
        .expect("src/lib.rs has a `## Layers` section");
    let mut out = BTreeMap::new();
    let mut current = None;
    for line in section.lines() {
        let text = line.strip_prefix("//!").unwrap_or("");
        let item = text.trim().split_once(". ");
        match item.map(|(n, rest)| (n.parse::<usize>(), rest)) {
            Some((Ok(n), rest)) => {
                current = Some(n);
                add_names(
                    &mut out,
                    n,
                    rest.split_once(':').map_or("", |(_, names)| names),
                );
            }
            _ if current.is_some() && text.starts_with("    ") => {
                add_names(&mut out, current.unwrap_or_default(), text)
            }
            _ if current.is_some() => break,
            _ => {}
        }
    }
    out
}

/// The names in backquotes in `text`, put in `layer`.
fn add_names(out: &mut BTreeMap<String, usize>, layer: usize, text: &str) {
    for name in text.split('`').skip(1).step_by(2) {
        let before = out.insert(name.to_string(), layer);
        assert!(before.is_none(), "`{name}` is listed twice in src/lib.rs");
    }
}

/// The source without comments (line, block and doc comments); strings and characters kept.
fn code_only(src: &str) -> String {
    let c: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < c.len() {
        let next = c.get(i + 1).copied();
        match c[i] {
            '/' if next == Some('/') => {
                while i < c.len() && c[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => i = block_comment_end(&c, i),
            '"' => i = copy_until_quote(&c, i, &mut out),
            'r' if raw_string_start(&c, i) => i = copy_raw_string(&c, i, &mut out),
            '\'' => i = copy_char_or_lifetime(&c, i, &mut out),
            ch => {
                out.push(ch);
                i += 1;
            }
        }
    }
    out
}

/// The index after the block comment opening at `i` (nested ones included).
fn block_comment_end(c: &[char], mut i: usize) -> usize {
    let mut depth = 0;
    while i < c.len() {
        if c[i] == '/' && c.get(i + 1) == Some(&'*') {
            depth += 1;
            i += 2;
        } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    i
}

/// Copies the string literal opening at `i`; the index after it.
fn copy_until_quote(c: &[char], mut i: usize, out: &mut String) -> usize {
    out.push('"');
    i += 1;
    while i < c.len() && c[i] != '"' {
        if c[i] == '\\' {
            out.push(c[i]);
            i += 1;
        }
        if let Some(&ch) = c.get(i) {
            out.push(ch);
        }
        i += 1;
    }
    out.push('"');
    i + 1
}

/// Whether a raw string (`r"…"`, `r#"…"#`) opens at `i` (not the end of an identifier).
fn raw_string_start(c: &[char], i: usize) -> bool {
    let after_ident = i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_');
    let mut j = i + 1;
    while c.get(j) == Some(&'#') {
        j += 1;
    }
    !after_ident && c.get(j) == Some(&'"')
}

/// Copies the raw string opening at `i`; the index after it.
fn copy_raw_string(c: &[char], i: usize, out: &mut String) -> usize {
    let hashes = c[i + 1..].iter().take_while(|&&ch| ch == '#').count();
    let close: String = std::iter::once('"')
        .chain("#".repeat(hashes).chars())
        .collect();
    let body_start = i + 2 + hashes;
    let rest: String = c[body_start..].iter().collect();
    let len = rest.find(&close).unwrap_or(rest.len());
    out.push_str(&rest[..len]);
    body_start + rest[..len].chars().count() + close.chars().count()
}

/// Copies a character literal (`'"'`, `'\''`) or a lifetime's quote at `i`; the index after it.
fn copy_char_or_lifetime(c: &[char], i: usize, out: &mut String) -> usize {
    let end = match (c.get(i + 1), c.get(i + 2)) {
        (Some('\\'), _) => (i + 2..c.len()).find(|&j| c[j] == '\'').map(|j| j + 1),
        (Some(_), Some('\'')) => Some(i + 3),
        _ => None,
    };
    let end = end.unwrap_or(i + 1);
    out.extend(&c[i..end]);
    end
}

/// The identifier starting at `i`.
fn ident_at(c: &[char], i: usize) -> String {
    c[i..]
        .iter()
        .take_while(|ch| ch.is_alphanumeric() || **ch == '_')
        .collect()
}

/// The first names of the items of the `{…}` group opening at `i` (`{a, b::c, d::{e}}` gives
/// a, b, d).
fn group_firsts(c: &[char], i: usize) -> Vec<String> {
    let mut names = Vec::new();
    let mut depth = 0;
    let mut item_start = true;
    for j in i..c.len() {
        match c[j] {
            '{' => {
                depth += 1;
                item_start = depth == 1;
            }
            '}' if depth == 1 => break,
            '}' => depth -= 1,
            ',' if depth == 1 => item_start = true,
            ch if item_start && depth == 1 && (ch.is_alphabetic() || ch == '_') => {
                names.push(ident_at(c, j));
                item_start = false;
            }
            _ => {}
        }
    }
    names
}

/// The first name after each `crate::` (every item of a `crate::{…}` group).
fn crate_paths(code: &str) -> Vec<String> {
    let c: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let pattern: Vec<char> = "crate::".chars().collect();
    for i in 0..c.len().saturating_sub(pattern.len()) {
        let starts_word = i == 0 || !(c[i - 1].is_alphanumeric() || c[i - 1] == '_');
        if !starts_word || c[i..i + pattern.len()] != pattern[..] {
            continue;
        }
        let at = i + pattern.len();
        match c[at] {
            '{' => out.extend(group_firsts(&c, at)),
            _ => out.push(ident_at(&c, at)),
        }
    }
    out
}

/// The names followed by `::` (how `src/lib.rs` names its modules).
fn module_paths(code: &str) -> Vec<String> {
    code.split("::")
        .filter_map(|before| {
            let name: String = before
                .chars()
                .rev()
                .take_while(|ch| ch.is_alphanumeric() || *ch == '_')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            (!name.is_empty()).then_some(name)
        })
        .collect()
}

/// Names `src/lib.rs` re-exports (`pub use month::Month;`, `pub use error::{Code, …};`), with
/// the module each comes from.
fn reexports(lib_code: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for stmt in lib_code.split(';') {
        let Some(path) = stmt.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, items)) = path.split_once("::") else {
            continue;
        };
        let items = items.trim_matches(|ch| ch == '{' || ch == '}');
        for item in items.split(',') {
            let name = item.rsplit("::").next().unwrap_or("").trim();
            out.insert(name.to_string(), module.trim().to_string());
        }
    }
    out
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The node a file belongs to: its top-level module under `src/` (`lib` for `src/lib.rs`).
fn node_of(path: &Path) -> String {
    let rel = path.strip_prefix("src").unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// One use of a module by another, with the file it is in.
type Uses = BTreeMap<String, BTreeMap<String, String>>;

/// Who uses whom in `src/` (without `main`, a separate crate).
fn uses() -> Uses {
    let lib_code = code_only(&std::fs::read_to_string("src/lib.rs").unwrap());
    let renamed = reexports(&lib_code);
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let modules: Vec<String> = files.iter().map(|p| node_of(p)).collect();
    let mut out = Uses::new();
    for path in &files {
        let from = node_of(path);
        if from == "main" {
            continue;
        }
        let code = code_only(&std::fs::read_to_string(path).unwrap());
        let names = if from == "lib" {
            module_paths(&code)
        } else {
            crate_paths(&code)
        };
        for name in names {
            let to = if modules.contains(&name) {
                name
            } else if let Some(module) = renamed.get(&name) {
                module.clone()
            } else if from == "lib" {
                continue; // an outside crate's path (`rust_decimal::…`)
            } else {
                "lib".to_string() // an item of the crate root (`crate::parse_scenario_on`)
            };
            if to != from {
                let file = path.display().to_string();
                out.entry(from.clone())
                    .or_default()
                    .entry(to)
                    .or_insert(file);
            }
        }
    }
    out
}

/// The groups of nodes that reach each other (Tarjan), those of more than one node.
fn loops(uses: &Uses) -> Vec<Vec<String>> {
    struct Walk<'a> {
        uses: &'a Uses,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            for w in self.uses.get(v).into_iter().flat_map(|m| m.keys()) {
                if !self.index.contains_key(w.as_str()) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w.as_str()]);
                    self.low.insert(v, low);
                } else if self.stack.contains(&w.as_str()) {
                    let low = self.low[v].min(self.index[w.as_str()]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let at = self.stack.iter().rposition(|&x| x == v).unwrap();
                let group: Vec<String> = self.stack.drain(at..).map(String::from).collect();
                if group.len() > 1 {
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        uses,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in uses.keys() {
        if !walk.index.contains_key(v.as_str()) {
            walk.visit(v);
        }
    }
    walk.found
        .into_iter()
        .map(|mut g| {
            g.sort();
            g
        })
        .collect()
}

#[test]
fn no_module_uses_another_round_a_loop() {
    let uses = uses();
    let found: Vec<String> = loops(&uses)
        .iter()
        .map(|group| {
            let edges: Vec<String> = group
                .iter()
                .flat_map(|a| {
                    uses[a]
                        .iter()
                        .filter(|(b, _)| group.contains(b))
                        .map(move |(b, file)| format!("{a} → {b} ({file})"))
                })
                .collect();
            format!("{group:?}: {}", edges.join("; "))
        })
        .collect();
    assert!(found.is_empty(), "import loops:\n{}", found.join("\n"));
}

#[test]
fn each_module_uses_only_its_layer_and_those_below() {
    let lib = std::fs::read_to_string("src/lib.rs").unwrap();
    let layer = layers(&lib);
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let unlisted: std::collections::BTreeSet<String> = files
        .iter()
        .map(|p| node_of(p))
        .filter(|m| m != "main" && !layer.contains_key(m))
        .collect();
    assert!(
        unlisted.is_empty(),
        "modules not in the layer list of src/lib.rs: {unlisted:?}"
    );
    let mut upward = Vec::new();
    for (a, used) in uses() {
        for (b, file) in used {
            if layer[&b] > layer[&a] {
                upward.push(format!(
                    "{a} (layer {}) uses {b} (layer {}) in {file}",
                    layer[&a], layer[&b]
                ));
            }
        }
    }
    assert!(upward.is_empty(), "uses that go up:\n{}", upward.join("\n"));
}

/// The reader of uses on a made-up file: comments and doc links do not count, strings do, groups
/// give each item's module.
#[test]
fn uses_are_read_from_code_only() {
    let src = r#"
//! See [`crate::estimate`] and crate::choices.
use crate::{money::fen, month::{Month, YearsMonths}, error};
/* crate::gaps in a block comment */
#[serde(serialize_with = "crate::range::ser")]
fn f<'a>(x: &'a str) -> char { let _ = "// crate::headline in a string"; '"' } // crate::json
fn g() { crate::sorted::sort(); }
"#;
    let found = crate_paths(&code_only(src));
    assert_eq!(
        found,
        ["money", "month", "error", "range", "headline", "sorted"],
        "{found:?}"
    );
}

/// The loop finder on made-up uses: a → b → c → a is one loop, d → a none.
#[test]
fn loops_are_found_and_named() {
    let mut uses = Uses::new();
    for (a, b) in [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")] {
        uses.entry(a.into())
            .or_default()
            .insert(b.into(), "x.rs".into());
    }
    assert_eq!(loops(&uses), [["a", "b", "c"]]);
}

//! The README is the front door (issue 17, item 5): it links every page under `docs/`, and every
//! relative link of the README and of those pages leads to a file that exists — and, with a
//! `#fragment` into a Markdown file, to one of its headings (GitHub's anchors: lower case,
//! punctuation dropped, spaces as hyphens).

use std::path::{Path, PathBuf};

/// The README and every Markdown page under `docs/`.
fn pages() -> Vec<PathBuf> {
    let mut out = vec![PathBuf::from("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir("docs")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    out.extend(docs);
    out
}

/// The targets of the inline links `[text](target)` of `text`, outside code blocks.
fn links(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_code = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        for (i, _) in line.match_indices("](") {
            let rest = &line[i + 2..];
            if let Some(end) = rest.find(')') {
                out.push(rest[..end].to_string());
            }
        }
    }
    out
}

/// GitHub's anchor of a heading.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_' || *c == ' ')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors of the headings of the Markdown file `path`.
fn anchors(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| anchor(l.trim_start_matches('#')))
        .collect()
}

/// What is wrong with the relative link `target` on page `page`, if anything.
fn broken(page: &Path, target: &str) -> Option<String> {
    if target.contains("://") || target.starts_with("mailto:") || target.starts_with('<') {
        return None;
    }
    let (file, fragment) = target.split_once('#').unwrap_or((target, ""));
    let dir = page.parent().unwrap_or(Path::new(""));
    let path = if file.is_empty() {
        page.to_path_buf()
    } else {
        dir.join(file)
    };
    if !path.exists() {
        return Some(format!(
            "{}: {target} (no {})",
            page.display(),
            path.display()
        ));
    }
    let markdown = path.extension().is_some_and(|e| e == "md");
    if markdown && !fragment.is_empty() && !anchors(&path).contains(&fragment.to_string()) {
        return Some(format!(
            "{}: {target} (no heading #{fragment})",
            page.display()
        ));
    }
    None
}

#[test]
fn every_relative_link_leads_somewhere() {
    let mut wrong = Vec::new();
    for page in pages() {
        let text = std::fs::read_to_string(&page).unwrap();
        wrong.extend(links(&text).iter().filter_map(|t| broken(&page, t)));
    }
    assert!(wrong.is_empty(), "broken links:\n{}", wrong.join("\n"));
}

#[test]
fn the_readme_links_every_page_under_docs() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let linked = links(&readme);
    let missing: Vec<String> = pages()
        .into_iter()
        .skip(1)
        .map(|p| p.display().to_string())
        .filter(|p| !linked.contains(p))
        .collect();
    assert!(missing.is_empty(), "README.md does not link {missing:?}");
}

#[test]
fn anchors_follow_github() {
    assert_eq!(anchor(" wasm size"), "wasm-size");
    assert_eq!(
        anchor(" Layout (where things are)"),
        "layout-where-things-are"
    );
    assert_eq!(
        anchor(" Node ≥ 18 (servers, batch)"),
        "node--18-servers-batch"
    );
}

/// The code spans of a table cell that name a test file, `path` or `path::function`.
fn named_tests(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .filter(|span| span.contains('/') && !span.contains(' '))
        .map(str::to_string)
        .collect()
}

/// Issue 16: every promise in the Reliability tables (the README's and `docs/reliability.md`'s)
/// names at least one test, and each named file exists and holds the named function.
#[test]
fn every_promise_names_tests_that_exist() {
    let mut rows = 0;
    let mut wrong = Vec::new();
    for page in ["README.md", "docs/reliability.md"] {
        let text = std::fs::read_to_string(page).unwrap();
        let Some(start) = text.find("| promise | test") else {
            wrong.push(format!("{page}: no promise | test table"));
            continue;
        };
        for line in text[start..]
            .lines()
            .skip(2)
            .take_while(|l| l.starts_with('|'))
        {
            rows += 1;
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").collect();
            let named = named_tests(cells.last().unwrap_or(&""));
            if named.is_empty() {
                wrong.push(format!("{page}: no test named for {:?}", cells[0]));
            }
            for t in named {
                let (file, function) = t.split_once("::").unwrap_or((&t, ""));
                match std::fs::read_to_string(file) {
                    Err(_) => wrong.push(format!("{page}: {t}: no file {file}")),
                    Ok(src)
                        if !function.is_empty() && !src.contains(&format!("fn {function}(")) =>
                    {
                        wrong.push(format!("{page}: {t}: no fn {function} in {file}"))
                    }
                    Ok(_) => {}
                }
            }
        }
    }
    assert!(rows >= 12, "{rows} promises read");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

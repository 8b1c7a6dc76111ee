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

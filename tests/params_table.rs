//! `params/TABLE.md`: the human-readable table of every region's latest values and their
//! sources, generated from the data and checked to be current
//! (`UPDATE_PARAMS_TABLE=1 cargo test --test params_table` rewrites it).

use std::fmt::Write;

use pension_estimator::params::{embedded, spec, Entry, RegionData, Scope, Status, SPECS};

const PATH: &str = "params/TABLE.md";
const COLUMNS: &[&str] = &[
    "benefit_base",
    "avg_wage",
    "base_floor",
    "base_ceiling",
    "flex_rate",
    "flex_nonlocal_allowed",
    "transitional_coefficient",
    "resident_base_topup",
    "resident_long_service_extra",
    "resident_tiers",
];

fn mark(s: Status) -> &'static str {
    match s {
        Status::Verified => "✓",
        Status::Unverified => "?",
        Status::Assumption => "a",
        Status::User => "u",
    }
}

fn show(e: &Entry) -> String {
    let v = if let Some(v) = e.value {
        v.normalize().to_string()
    } else if let Some(t) = &e.tiers {
        format!("{} tiers", t.len())
    } else if let Some(t) = &e.life {
        format!("{} ages", t.len())
    } else {
        e.rule
            .clone()
            .unwrap_or_default()
            .chars()
            .take(24)
            .collect()
    };
    format!("{v} ({}) {}", e.from, mark(e.status))
}

fn counts(r: &RegionData) -> (usize, usize) {
    let all: Vec<&Entry> = r
        .series
        .values()
        .flat_map(|s| &s.values)
        .filter(|e| e.status != Status::Assumption)
        .collect();
    (
        all.iter().filter(|e| e.status == Status::Verified).count(),
        all.len(),
    )
}

/// The coverage sentence, shown in the table and in the README.
fn share_line() -> String {
    let data = embedded();
    let (mut v_all, mut n_all) = counts(&data.national);
    for r in data.regions.values() {
        let (v, n) = counts(r);
        v_all += v;
        n_all += n;
    }
    format!(
        "Entries (assumptions excluded): {n_all}; verified: {v_all} ({}%).",
        v_all * 100 / n_all.max(1)
    )
}

fn table() -> String {
    let data = embedded();
    let mut out = String::new();
    writeln!(out, "# 参数一览 · Parameter table\n").unwrap();
    writeln!(
        out,
        "Generated from `params/` by `tests/params_table.rs` — do not edit by hand. The latest entry of\n\
         each parameter, with its first month; ✓ verified, ? unverified, — missing (the estimator then\n\
         uses the national default or fills the value by the documented rule, and says so).\n"
    )
    .unwrap();
    writeln!(out, "{}\n", share_line()).unwrap();
    let head: Vec<String> = COLUMNS
        .iter()
        .map(|k| format!("{} `{k}`", spec(k).unwrap().zh))
        .collect();
    writeln!(out, "| 地区 region | verified | {} |", head.join(" | ")).unwrap();
    writeln!(out, "|---|---|{}", "---|".repeat(COLUMNS.len())).unwrap();
    for r in data.regions.values() {
        let (v, n) = counts(r);
        let cells: Vec<String> = COLUMNS
            .iter()
            .map(|k| {
                r.series
                    .get(*k)
                    .and_then(|s| s.values.last())
                    .map(show)
                    .unwrap_or_else(|| "—".into())
            })
            .collect();
        writeln!(
            out,
            "| {} {} `{}` | {v}/{n} | {} |",
            r.name_zh,
            r.name_en,
            r.code,
            cells.join(" | ")
        )
        .unwrap();
    }
    writeln!(out, "\n## Sources of the latest values\n").unwrap();
    for r in std::iter::once(&data.national).chain(data.regions.values()) {
        writeln!(out, "### {} `{}`\n", r.name_zh, r.code).unwrap();
        for sp in SPECS
            .iter()
            .filter(|s| r.code == "CN" || s.scope == Scope::Regional)
        {
            let Some(e) = r.series.get(sp.key).and_then(|s| s.values.last()) else {
                if r.code != "CN" {
                    writeln!(out, "- `{}`: — missing", sp.key).unwrap();
                }
                continue;
            };
            let src = r.sources.get(&e.source);
            let cite = src
                .map(|s| {
                    let mut c = format!("{}《{}》", s.publisher, s.title);
                    if !s.doc.is_empty() {
                        write!(c, " {}", s.doc).unwrap();
                    }
                    if !s.url.is_empty() {
                        write!(c, " <{}>", s.url).unwrap();
                    }
                    c
                })
                .unwrap_or_default();
            writeln!(
                out,
                "- `{}` = {}: {}",
                sp.key,
                show(e),
                cite.replace('|', "/")
            )
            .unwrap();
        }
        writeln!(out).unwrap();
    }
    out
}

#[test]
fn the_table_is_current() {
    let want = table();
    if std::env::var_os("UPDATE_PARAMS_TABLE").is_some() {
        std::fs::write(PATH, &want).unwrap();
    }
    let have = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        have == want,
        "{PATH} is stale: run UPDATE_PARAMS_TABLE=1 cargo test --test params_table"
    );
}

#[test]
fn the_readme_states_the_current_verified_share() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let (a, b) = ("<!-- verified-share -->", "<!-- /verified-share -->");
    let start = readme.find(a).expect("README marker") + a.len();
    let end = readme[start..].find(b).expect("README end marker") + start;
    let want = share_line();
    if std::env::var_os("UPDATE_PARAMS_TABLE").is_some() && readme[start..end] != want {
        let mut new = readme.clone();
        new.replace_range(start..end, &want);
        std::fs::write("README.md", new).unwrap();
        return;
    }
    assert_eq!(
        &readme[start..end],
        want,
        "README's verified share is stale: UPDATE_PARAMS_TABLE=1 cargo test --test params_table"
    );
}

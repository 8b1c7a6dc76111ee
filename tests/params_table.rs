//! `params/TABLE.md`: the human-readable table of every region's latest values and their
//! sources, generated from the data and checked to be current
//! (`UPDATE_PARAMS_TABLE=1 cargo test --test params_table` rewrites it).

use std::fmt::Write;

use pension_estimator::params::{embedded, spec, Entry, Fill, RegionData, Scope, Status, SPECS};
use pension_estimator::Month;

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
        Status::Corroborated => "≈",
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

/// Entries of a region that are not assumptions: (verified, corroborated, all).
fn counts(r: &RegionData) -> (usize, usize, usize) {
    let all: Vec<Status> = r
        .series
        .values()
        .flat_map(|s| &s.values)
        .map(|e| e.status)
        .filter(|s| *s != Status::Assumption)
        .collect();
    let of = |want: Status| all.iter().filter(|s| **s == want).count();
    (of(Status::Verified), of(Status::Corroborated), all.len())
}

/// The coverage sentence, shown in the table and in docs/parameters.md (linked from the README).
fn share_line() -> String {
    let data = embedded();
    let (mut v_all, mut c_all, mut n_all) = counts(&data.national);
    for r in data.regions.values() {
        let (v, c, n) = counts(r);
        v_all += v;
        c_all += c;
        n_all += n;
    }
    format!(
        "Entries (assumptions excluded): {n_all}; verified on official text: {v_all} ({}%); \
         corroborated by unofficial sources: {c_all} ({}%).",
        v_all * 100 / n_all.max(1),
        c_all * 100 / n_all.max(1)
    )
}

/// The years whose regional values the grade shares are counted for: the current one and the
/// last complete one (most 2026 figures are published during 2026 or later).
const CURRENT_YEARS: [i32; 2] = [2025, 2026];

/// The regional values counted in the grade shares: 计发基数, floors and ceilings, and the
/// resident figures (the provincial top-up and the tier table).
const CURRENT_KEYS: &[&str] = &[
    "benefit_base",
    "base_floor",
    "base_ceiling",
    "resident_base_topup",
    "resident_tiers",
];

/// The region's own entry (not the national default) that covers part of `year`: the latest
/// entry begun by December, if its twelve months (a yearly wage figure) or its `until` reach
/// into the year.
fn current_entry<'a>(r: &'a RegionData, key: &str, year: i32) -> Option<&'a Entry> {
    let values = &r.series.get(key)?.values;
    let (jan, dec) = (Month::new(year, 1)?, Month::new(year, 12)?);
    let wage = spec(key).is_some_and(|sp| sp.fill == Fill::Wage);
    // As the lookup does: the latest entry begun by the end of the year, if it still runs
    // in the year (an earlier one is superseded by it).
    values.iter().rev().find(|e| e.from <= dec).filter(|e| {
        let end = e.until.or(wage.then(|| e.from.plus(11)));
        end.is_none_or(|end| end >= jan)
    })
}

/// Per grade, how many of the provinces' current-year values of `key` rest on it: official
/// text, corroborated, one unofficial source, and none (a modelling assumption, or no entry:
/// the estimator extrapolates or uses the national default).
fn grade_counts(key: &str, year: i32) -> [usize; 4] {
    let mut n = [0usize; 4];
    for r in embedded().regions.values().filter(|r| r.parent.is_none()) {
        let slot = match current_entry(r, key, year).map(|e| e.status) {
            Some(Status::Verified) => 0,
            Some(Status::Corroborated) => 1,
            Some(Status::Unverified) => 2,
            _ => 3,
        };
        n[slot] += 1;
    }
    n
}

/// The tables of current-year shares by grade, shown in `params/TABLE.md` and `docs/data.md`.
fn grade_table() -> String {
    let mut out = CURRENT_YEARS
        .iter()
        .map(|y| grade_table_of(*y))
        .collect::<Vec<_>>()
        .join("\n");
    out.push('\n');
    out.push_str(&grade_by_region());
    out
}

/// Per province and year, the grade of each counted value: C 计发基数, F floor, K ceiling,
/// T resident top-up, R resident tiers; ✓ official text, ≈ corroborated, ? one unofficial
/// source, — none.
fn grade_by_region() -> String {
    let mut out = String::from(
        "Per province (C 计发基数, F floor, K ceiling, T resident top-up, R resident tiers; \
         ✓ official text, ≈ corroborated, ? one unofficial source, — none):\n\n",
    );
    let years: Vec<String> = CURRENT_YEARS.iter().map(|y| y.to_string()).collect();
    writeln!(out, "| region | {} |", years.join(" | ")).unwrap();
    writeln!(out, "|---|{}", "---|".repeat(years.len())).unwrap();
    for r in embedded().regions.values().filter(|r| r.parent.is_none()) {
        let cells: Vec<String> = CURRENT_YEARS
            .iter()
            .map(|y| {
                CURRENT_KEYS
                    .iter()
                    .zip(["C", "F", "K", "T", "R"])
                    .map(|(key, letter)| {
                        let m = current_entry(r, key, *y)
                            .filter(|e| e.status != Status::Assumption)
                            .map_or("—", |e| mark(e.status));
                        format!("{letter}{m}")
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        writeln!(
            out,
            "| {} `{}` | {} |",
            r.name_zh,
            r.code,
            cells.join(" | ")
        )
        .unwrap();
    }
    out
}

fn grade_table_of(year: i32) -> String {
    let data = embedded();
    let provinces = data.regions.values().filter(|r| r.parent.is_none()).count();
    let mut out = String::new();
    writeln!(
        out,
        "Regional values in force in {year}, of the {provinces} provinces by grade \
         (官方文件 = official text read; 参考资料 = corroborated by ≥ 2 unofficial sources, or \
         one; 无 = no entry of the region's own covers the year, or an assumption):\n"
    )
    .unwrap();
    writeln!(
        out,
        "| key | 官方文件 ✓ | 参考资料 ≈ | 参考资料 ? | 无 — | official share |"
    )
    .unwrap();
    writeln!(out, "|---|---|---|---|---|---|").unwrap();
    let mut total = [0usize; 4];
    for key in CURRENT_KEYS {
        let n = grade_counts(key, year);
        for (t, x) in total.iter_mut().zip(n) {
            *t += x;
        }
        writeln!(out, "{}", grade_row(&format!("`{key}`"), n)).unwrap();
    }
    writeln!(out, "{}", grade_row("**all**", total)).unwrap();
    out
}

fn grade_row(name: &str, n: [usize; 4]) -> String {
    let all: usize = n.iter().sum();
    format!(
        "| {name} | {} | {} | {} | {} | {}% |",
        n[0],
        n[1],
        n[2],
        n[3],
        n[0] * 100 / all.max(1)
    )
}

fn table() -> String {
    let data = embedded();
    let mut out = String::new();
    writeln!(out, "# 参数一览 · Parameter table\n").unwrap();
    writeln!(
        out,
        "Generated from `params/` by `tests/params_table.rs` — do not edit by hand. The latest entry of\n\
         each parameter, with its first month; ✓ verified (official text read), ≈ corroborated (two or\n\
         more unofficial sources agree), ? unverified, — missing (the estimator then\n\
         uses the national default or fills the value by the documented rule, and says so).\n"
    )
    .unwrap();
    writeln!(out, "{}\n", share_line()).unwrap();
    writeln!(out, "{}", grade_table()).unwrap();
    let head: Vec<String> = COLUMNS
        .iter()
        .map(|k| format!("{} `{k}`", spec(k).unwrap().zh))
        .collect();
    writeln!(out, "| 地区 region | verified | {} |", head.join(" | ")).unwrap();
    writeln!(out, "|---|---|{}", "---|".repeat(COLUMNS.len())).unwrap();
    for r in data.regions.values() {
        let (v, c, n) = counts(r);
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
            "| {} {} `{}` | {v} ✓ {c} ≈ / {n} | {} |",
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

/// Checks that the text of `path` between the markers `open` and `close` is `want` (with
/// `UPDATE_PARAMS_TABLE` set: rewrites it).
fn marked_section_is(path: &str, open: &str, close: &str, want: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let start = text
        .find(open)
        .unwrap_or_else(|| panic!("{path}: no {open}"))
        + open.len();
    let end = text[start..]
        .find(close)
        .unwrap_or_else(|| panic!("{path}: no {close}"))
        + start;
    if std::env::var_os("UPDATE_PARAMS_TABLE").is_some() && text[start..end] != *want {
        let mut new = text.clone();
        new.replace_range(start..end, want);
        std::fs::write(path, new).unwrap();
        return;
    }
    assert_eq!(
        &text[start..end],
        want,
        "{path} is stale: UPDATE_PARAMS_TABLE=1 cargo test --test params_table"
    );
}

#[test]
fn the_parameters_page_states_the_current_verified_share() {
    let (open, close) = ("<!-- verified-share -->", "<!-- /verified-share -->");
    marked_section_is("docs/parameters.md", open, close, &share_line());
}

#[test]
fn docs_show_the_current_grade_shares() {
    let (open, close) = ("<!-- grade-shares -->\n", "<!-- /grade-shares -->");
    marked_section_is("docs/data.md", open, close, &grade_table());
}

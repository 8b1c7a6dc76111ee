//! The parameter data is complete, ordered, sourced and plausible.

mod common;
use common::*;

use pension_estimator::employee::extras;
use pension_estimator::employee::practice::{
    BasicBase, DivisorRule, PrintRounding, TransitionalBase, TransitionalYears, YearsRule,
};
use pension_estimator::params::{embedded, spec, RegionData, Scope, Status};
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn all_files() -> Vec<&'static RegionData> {
    let data = embedded();
    std::iter::once(&data.national)
        .chain(data.regions.values())
        .collect()
}

#[test]
fn every_key_is_known_with_its_unit() {
    for r in all_files() {
        for (key, series) in &r.series {
            let sp = spec(key).unwrap_or_else(|| panic!("{}: unknown parameter {key}", r.code));
            assert_eq!(series.unit, sp.unit, "{}.{key}: unit", r.code);
            if r.code != "CN" {
                assert_ne!(
                    sp.scope,
                    Scope::National,
                    "{}.{key} is national only",
                    r.code
                );
            }
        }
    }
}

#[test]
fn every_entry_is_sourced_dated_and_ordered() {
    for r in all_files() {
        for (key, s) in &r.series {
            for (i, e) in s.values.iter().enumerate() {
                let at = format!("{}.{key}[{i}]", r.code);
                assert!(
                    r.sources.contains_key(&e.source),
                    "{at}: source id {:?} not in [sources]",
                    e.source
                );
                assert!(
                    matches!(
                        e.status,
                        Status::Verified
                            | Status::Corroborated
                            | Status::Unverified
                            | Status::Assumption
                    ),
                    "{at}: status"
                );
                if let Some(next) = s.values.get(i + 1) {
                    assert!(e.from < next.from, "{at}: entries must be in month order");
                    if let Some(until) = e.until {
                        assert!(until < next.from, "{at}: until overlaps the next entry");
                    }
                }
                if let Some(until) = e.until {
                    assert!(until >= e.from, "{at}: until before from");
                }
                let shape = match key.as_str() {
                    "resident_tiers" => e.tiers.is_some(),
                    "divisor_table" => e.table.is_some(),
                    "life_expectancy_man" | "life_expectancy_woman" => {
                        e.life.as_ref().is_some_and(|t| {
                            t.windows(2)
                                .all(|w| w[0].age < w[1].age && w[0].years > w[1].years)
                        })
                    }
                    "employee_extras" | "flex_nonlocal_allowed" | "city_rules" => e.rule.is_some(),
                    // The sheet-practice rules name a rule the code knows (employee::practice).
                    "divisor_rule" => e.rule.as_deref().and_then(DivisorRule::parse).is_some(),
                    "years_rule" => e.rule.as_deref().and_then(YearsRule::parse).is_some(),
                    "basic_base" => e.rule.as_deref().and_then(BasicBase::parse).is_some(),
                    "print_rounding" => e.rule.as_deref().and_then(PrintRounding::parse).is_some(),
                    "transitional_base" => e
                        .rule
                        .as_deref()
                        .and_then(TransitionalBase::parse)
                        .is_some(),
                    "transitional_years" => e
                        .rule
                        .as_deref()
                        .and_then(TransitionalYears::parse)
                        .is_some(),
                    "extra_local_years_tiers" => {
                        e.rule.as_deref().and_then(extras::parse_tiers).is_some()
                    }
                    "resident_interest" => {
                        e.value.is_some() || e.rule.as_deref() == Some("crediting_rate")
                    }
                    _ => e.value.is_some(),
                };
                assert!(shape, "{at}: wrong shape for {key}");
            }
        }
        for (id, src) in &r.sources {
            assert!(
                !src.publisher.is_empty() && !src.title.is_empty(),
                "{}: source {id} needs publisher and title",
                r.code
            );
        }
    }
}

#[test]
fn values_are_in_plausible_ranges() {
    let (lo_wage, hi_wage) = (Decimal::from(500), Decimal::from(60_000));
    let mut bounds_checked = 0;
    for r in all_files() {
        for (key, s) in &r.series {
            for e in &s.values {
                let at = format!("{}.{key} {}", r.code, e.from);
                let Some(v) = e.value else { continue };
                match spec(key).map(|s| s.unit) {
                    Some("yuan/month" | "yuan/month/year")
                        if key.starts_with("resident") || key.starts_with("extra") =>
                    {
                        assert!(v >= Decimal::ZERO && v < Decimal::from(3000), "{at}: {v}")
                    }
                    Some("yuan/month") => assert!(v > lo_wage && v < hi_wage, "{at}: {v}"),
                    Some("ratio") => {
                        assert!(v >= Decimal::ZERO && v <= Decimal::from(3), "{at}: {v}")
                    }
                    Some("years") => {
                        assert!((15..=70).contains(&v.trunc().mantissa()), "{at}: {v}")
                    }
                    _ => {}
                }
            }
        }
        // Floors near 60 % and ceilings near 300 % of the average wage of the same period
        // (some regions' floors were far below 60 % for years: 35 % is the lowest accepted).
        let (Some(wage), floor, ceiling) = (
            r.series.get("avg_wage"),
            r.series.get("base_floor"),
            r.series.get("base_ceiling"),
        ) else {
            continue;
        };
        for (bound, lo, hi) in [(floor, "0.35", "0.75"), (ceiling, "2.5", "3.3")] {
            for e in bound.map(|s| s.values.as_slice()).unwrap_or_default() {
                let Some(w) = wage
                    .values
                    .iter()
                    .rev()
                    .find(|w| w.from <= e.from && e.from < w.from.plus(12))
                else {
                    continue;
                };
                let ratio = e.value.unwrap() / w.value.unwrap();
                assert!(
                    ratio >= d(lo) && ratio <= d(hi),
                    "{} {}: bound / wage = {ratio}",
                    r.code,
                    e.from
                );
                bounds_checked += 1;
            }
        }
        if let Some(tiers) = r.series.get("resident_tiers") {
            for e in &tiers.values {
                let t = e.tiers.as_ref().unwrap();
                assert!(
                    t.windows(2).all(|w| w[0].amount < w[1].amount),
                    "{}: tiers ascending",
                    r.code
                );
            }
        }
    }
    assert!(
        bounds_checked > 10,
        "only {bounds_checked} floors/ceilings compared"
    );
    let table = embedded().national.series["divisor_table"].values[0]
        .table
        .clone()
        .unwrap();
    let ages: Vec<i32> = table.iter().map(|r| r.age).collect();
    assert_eq!(ages, (40..=70).collect::<Vec<_>>());
    assert!(table.windows(2).all(|w| w[0].months > w[1].months));
}

#[test]
fn every_region_estimates_a_simple_career() {
    for code in embedded().regions.keys() {
        let e = ok(json!({
            "person": {"birth": "1988-03", "sex": "female", "category": "flexible", "hukou": code},
            "as_of": "2026-11",
            "history": [
                {"from": "2012-01", "to": "2016-12", "kind": "resident", "region": code, "tier": "500"},
                {"from": "2017-01", "to": "2026-10", "kind": "flexible", "region": code, "base": {"ratio": "0.6"}}
            ],
            "plan": [{"from": "2026-12", "kind": "flexible", "region": code, "base": {"ratio": "0.6"}}]
        }));
        assert!(e.employee.pension.eligible, "{code}");
        assert!(e.employee.pension.total > Decimal::ZERO, "{code}");
    }
}

#[test]
fn report_the_share_of_verified_values() {
    let (mut verified, mut total) = (0, 0);
    for r in all_files() {
        for s in r.series.values() {
            for e in &s.values {
                if e.status != Status::Assumption {
                    total += 1;
                    verified += usize::from(e.status == Status::Verified);
                }
            }
        }
    }
    println!(
        "parameter entries: {total}, verified: {verified} ({}%)",
        verified * 100 / total.max(1)
    );
    assert!(total > 0);
}

#[test]
fn every_region_lists_every_regional_parameter() {
    // Present as a table in every region file: with entries, or `values = []` = explicitly missing
    // (the estimator then uses the national default or the fill rule, and says so).
    use pension_estimator::params::SPECS;
    for r in embedded().regions.values() {
        for sp in SPECS.iter().filter(|s| s.scope == Scope::Regional) {
            assert!(
                r.series.contains_key(sp.key),
                "{}: no [{}] table (write values = [] if missing)",
                r.code,
                sp.key
            );
        }
        // The figures every estimate needs must have at least one real entry per region.
        for key in ["avg_wage", "benefit_base"] {
            assert!(
                !r.series[key].values.is_empty(),
                "{}: {key} has no entry",
                r.code
            );
        }
    }
}

#[test]
fn a_regions_early_rules_end_before_the_national_rule_begins() {
    // Scope::Unified: a region's own entries are its rules before the national one; each must
    // end (`until`) before the national series begins, or it would hide the national rule.
    let data = embedded();
    for sp in pension_estimator::params::SPECS
        .iter()
        .filter(|s| s.scope == Scope::Unified)
    {
        let national = data.national.series[sp.key].values[0].from;
        for r in data.regions.values() {
            for e in r.series.get(sp.key).map_or(&[][..], |s| &s.values[..]) {
                assert!(
                    e.until.is_some_and(|u| u < national),
                    "{}.{}: the entry from {} must end before {national}",
                    r.code,
                    sp.key,
                    e.from
                );
            }
        }
    }
}

#[test]
fn a_figure_older_than_its_update_cycle_is_reported_stale() {
    use pension_estimator::params::Params;
    let stale_at = |as_of: &str, region: &str, key: &str, at: &str| {
        let p = Params::new(embedded(), &[], m(as_of), d("0.05")).unwrap();
        p.get("$", region, key, m(at)).unwrap();
        p.stale()
    };
    // Guangdong's latest 计发基数 is 9493 for 2025-01..2025-12 (粤人社发〔2025〕32号). A yearly
    // wage figure is normally followed by the next year's within that next year, so it is
    // stale once 2026 has passed: not at 2026-12, stale at 2027-01.
    assert!(stale_at("2026-12", "GD", "benefit_base", "2026-12").is_empty());
    let s = stale_at("2027-01", "GD", "benefit_base", "2027-01");
    assert_eq!(s.len(), 1);
    assert_eq!(
        (s[0].param.as_str(), s[0].latest_from, s[0].covered_until),
        ("GD.benefit_base", m("2025-01"), m("2025-12"))
    );
    assert!(s[0].extrapolated);
    assert_eq!(
        s[0].zh(),
        "广东省 基本养老金计发基数：2025 年以后的数字还没找到，按 2025 年的数字推算"
    );
    // Guangdong's latest resident top-up, 77 (provincial total 220 − central 143), is known for
    // 2025 only (`until` 2025-12: the central minimum changed in 2026-01 and the later
    // provincial total was not found): stale from 2026-01, and not extrapolated (the national
    // default applies after it).
    assert!(stale_at("2025-12", "GD", "resident_base_topup", "2025-12").is_empty());
    let s = stale_at("2026-01", "GD", "resident_base_topup", "2026-01");
    assert_eq!(
        (s[0].param.as_str(), s[0].covered_until, s[0].extrapolated),
        ("GD.resident_base_topup", m("2025-12"), false)
    );
    // Beijing's latest floor 7270 runs from 2026-07 to 2027-06 (京人社发〔2026〕7号): stale once
    // 2028-06 has passed, and named by its own year 2026.
    assert!(stale_at("2028-06", "BJ", "base_floor", "2028-06").is_empty());
    let s = stale_at("2028-07", "BJ", "base_floor", "2028-07");
    assert_eq!(
        s[0].zh(),
        "北京市 缴费基数下限：2026 年以后的数字还没找到，按 2026 年的数字推算"
    );
    // A step parameter without an end (a contribution rate) is in force until superseded:
    // Beijing's flexible workers' 20 % (from 2024-08) is never stale.
    assert!(stale_at("2030-01", "BJ", "flex_rate", "2030-01").is_empty());
    // Guangdong's 20 % rests on 粤人社规〔2026〕14号, in force from 2026-05-01 for two years
    // (第十五条): `until` 2028-04, stale from 2028-05, not extrapolated (the national 20 %
    // applies after it) and named by the year it ends.
    assert!(stale_at("2028-04", "GD", "flex_rate", "2028-04").is_empty());
    let s = stale_at("2028-05", "GD", "flex_rate", "2028-05");
    assert_eq!(
        (s[0].param.as_str(), s[0].covered_until, s[0].extrapolated),
        ("GD.flex_rate", m("2028-04"), false)
    );
}

/// Every value `key` takes in the data, any region, any month.
fn every_value(key: &str) -> Vec<Decimal> {
    all_files()
        .into_iter()
        .filter_map(|r| r.series.get(key))
        .flat_map(|s| s.values.iter().filter_map(|e| e.value))
        .collect()
}

/// The cross-field checks of overrides (`validate::check_account_share`, `check_base_bounds`)
/// compare the extremes of the data and the overrides, and are skipped when a scenario has no
/// override: that is sound only because the data alone passes them, which this holds.
/// 国发〔2005〕38号 三: the account is credited out of the contribution, so the share credited
/// never exceeds what is paid; 国办发〔2019〕13号 二（二）: the floor lies below the ceiling.
#[test]
fn the_data_alone_passes_the_cross_field_checks_of_overrides() {
    let max = |k: &str| every_value(k).into_iter().max().expect(k);
    let min = |k: &str| every_value(k).into_iter().min().expect(k);
    let account = max("individual_account_rate");
    assert!(
        account <= min("flex_rate"),
        "account {account} > a flexible rate"
    );
    let employee_paid = min("employee_individual_rate") + min("employer_rate");
    assert!(
        account <= employee_paid,
        "account {account} > {employee_paid}"
    );
    assert!(max("base_floor_ratio") <= min("base_ceiling_ratio"));
}

/// The wasm module's two web files, computed natively: the values alone (pkg/params.js, before
/// its sources are given to `load_data`) and with the source descriptions (pkg/sources.js) in each region's list.
fn web_data() -> (
    pension_estimator::params::Data,
    pension_estimator::params::Data,
) {
    use pension_estimator::params::data::{
        decode, last_line, read_sources, FOR_WEB, SOURCES_FOR_WEB,
    };
    let values = decode(FOR_WEB).expect("the values file reads");
    let read = read_sources(SOURCES_FOR_WEB, last_line(FOR_WEB)).expect("its sources");
    let mut with = values.clone();
    for r in std::iter::once(&mut with.national).chain(with.regions.values_mut()) {
        let late = if r.code == "CN" {
            &read.national
        } else {
            &read.regions[&r.code]
        };
        r.sources = late.sources.clone();
    }
    (values, with)
}

/// Every source in `before` that is an id alone (`{"publisher": "", "title": "", "id": X}`: see
/// `params::Source`), with what `full` says at the same place; panics where the two differ
/// anywhere else.
fn ids_alone(before: &Value, full: &Value, at: &str, out: &mut Vec<(String, Value)>) {
    match (before, full) {
        (Value::Object(b), Value::Object(f))
            if b.contains_key("id") && b.contains_key("publisher") =>
        {
            let id = b["id"].as_str().expect("an id").to_owned();
            assert_eq!(
                before,
                &json!({ "publisher": "", "title": "", "id": id }),
                "{at}"
            );
            out.push((id, Value::Object(f.clone())));
        }
        (Value::Object(b), Value::Object(f)) => {
            assert_eq!(
                b.keys().collect::<Vec<_>>(),
                f.keys().collect::<Vec<_>>(),
                "{at}"
            );
            for (k, v) in b {
                ids_alone(v, &f[k], &format!("{at}.{k}"), out);
            }
        }
        (Value::Array(b), Value::Array(f)) => {
            assert_eq!(b.len(), f.len(), "{at}");
            for (i, (x, y)) in b.iter().zip(f).enumerate() {
                ids_alone(x, y, &format!("{at}[{i}]"), out);
            }
        }
        _ => assert_eq!(before, full, "{at}"),
    }
}

#[test]
fn a_full_estimate_names_source_ids_until_the_sources_are_loaded_then_is_the_same() {
    let scenario =
        pension_estimator::parse_scenario(include_str!("../examples/rider-guangdong.json"))
            .expect("the README example reads");
    let estimate = |data| {
        let e = pension_estimator::estimate::estimate_with(data, &scenario).expect("estimates");
        serde_json::to_string(&e).unwrap()
    };
    let full = estimate(embedded());
    let (values, with) = web_data();
    // With both files: byte for byte the estimate of the CLI (all the data at once).
    assert_eq!(estimate(&with), full);
    // With the values alone: the same figures; each used value's source is its id alone.
    let before: Value = serde_json::from_str(&estimate(&values)).unwrap();
    let full: Value = serde_json::from_str(&full).unwrap();
    let mut ids = Vec::new();
    ids_alone(&before, &full, "$", &mut ids);
    let used = full["parameters_used"].as_array().unwrap();
    let published = used.iter().filter(|u| u["status"] != "user").count();
    assert_eq!(
        ids.len(),
        published,
        "every published value's source, and nothing else"
    );
    assert!(
        published > 20,
        "the example uses many published values ({published})"
    );
    let data = embedded();
    for (id, shown) in ids {
        // The id names the source the full estimate describes at that place.
        let described = std::iter::once(&data.national)
            .chain(data.regions.values())
            .filter_map(|r| r.sources.get(&id))
            .any(|s| serde_json::to_value(s).unwrap() == shown);
        assert!(described, "{id}: {shown}");
    }
}

//! Moving between regions and between schemes (issue 4): hand-computed cases.
//!
//! Each case writes out the rule, its source and the arithmetic; expected values are computed by
//! hand from the figures named in the comments.

mod common;
use common::*;

use pension_estimator::location::benefit_location;
use pension_estimator::transfer::TransferKind;
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// A man born 1975-01 valued in 2026-11 with the given hukou and employee segments
/// (region, from, to), each at a base of 8000 a month (within every floor and ceiling used here;
/// the base does not matter for the location).
fn career(hukou: &str, segs: &[(&str, &str, &str)]) -> Value {
    let history: Vec<Value> = segs
        .iter()
        .map(|(r, from, to)| {
            json!({"from": from, "to": to, "kind": "employee", "region": r, "base": {"amount": "8000"}})
        })
        .collect();
    json!({
        "person": {"birth": "1975-01", "sex": "male", "hukou": hukou},
        "as_of": "2026-11",
        "history": history
    })
}

// ---------------------------------------------------------------------------------------------
// The benefit location, 国办发〔2009〕66号 第六条, one multi-province case per step.

#[test]
fn step_1_the_record_is_at_the_hukou_place() {
    // Hukou GD. ZJ 2005-01..2014-12 (120 months = 10 years), SH 2015-01..2017-12 (36), GD
    // 2018-01..2019-12 (24). The record ends in GD, the hukou place: paid there (（一）), even
    // though Zhejiang has ten years.
    let e = ok(career(
        "GD",
        &[
            ("ZJ", "2005-01", "2014-12"),
            ("SH", "2015-01", "2017-12"),
            ("GD", "2018-01", "2019-12"),
        ],
    ));
    let loc = &e.benefit_location;
    assert_eq!((loc.region.as_str(), loc.step), ("GD", 1));
    assert_eq!(loc.months_by_region["ZJ"], 120);
    assert!(loc.reason_zh.contains("第六条（一）"), "{}", loc.reason_zh);
}

#[test]
fn step_2_ten_years_where_the_record_is() {
    // Hukou JX. GD 2008-01..2010-12 (36 months), ZJ 2011-01..2021-12 (132 months = 11 years).
    // The record is in ZJ, not the hukou place, with 132 ≥ 120 months there: ZJ (（二）).
    let e = ok(career(
        "JX",
        &[("GD", "2008-01", "2010-12"), ("ZJ", "2011-01", "2021-12")],
    ));
    let loc = &e.benefit_location;
    assert_eq!((loc.region.as_str(), loc.step), ("ZJ", 2));
    assert_eq!(loc.months_by_region["ZJ"], 132);
    assert!(loc.reason_zh.contains("132 个月"), "{}", loc.reason_zh);
}

#[test]
fn step_3_back_to_the_last_earlier_place_with_ten_years() {
    // Hukou JX. GD 2000-01..2009-12 (120), ZJ 2010-01..2021-12 (144), SH 2022-01..2025-12 (48).
    // The record is in SH with 48 < 120 months; the places with ten years are GD and ZJ; the
    // last of them before SH is ZJ (（三）: 上一个缴费年限满10年的原参保地), not GD.
    let e = ok(career(
        "JX",
        &[
            ("GD", "2000-01", "2009-12"),
            ("ZJ", "2010-01", "2021-12"),
            ("SH", "2022-01", "2025-12"),
        ],
    ));
    let loc = &e.benefit_location;
    assert_eq!((loc.region.as_str(), loc.step), ("ZJ", 3));
    assert!(loc.reason_zh.contains("第六条（三）"), "{}", loc.reason_zh);
    // The record goes back from SH to ZJ at the pension start: 12 % of SH's bases moves,
    // 12 % × 48 × 8000 = 46 080.00 (paid in at 16 %: 61 440, so 15 360.00 stays in SH; SH's
    // floor was at most 7460 in 2022–2025, so 8000 is the base).
    let back = e.transfers.last().unwrap();
    assert_eq!(
        (back.kind, back.from.as_str(), back.to.as_str(), back.months),
        (TransferKind::Gathered, "SH", "ZJ", 48)
    );
    assert_eq!(
        (back.pooled_moved, back.pooled_left),
        (d("46080.00"), d("15360.00"))
    );
}

#[test]
fn step_4_under_ten_years_everywhere_counts_months_per_place() {
    // Hukou JX. GD 2005-01..2009-12 (60), ZJ 2010-01..2018-04 (100), GD 2018-05..2022-02 (46).
    // Guangdong has 60 + 46 = 106 < 120 months in all, Zhejiang 100: under ten years everywhere,
    // gathered at the hukou place (（四）).
    let e = ok(career(
        "JX",
        &[
            ("GD", "2005-01", "2009-12"),
            ("ZJ", "2010-01", "2018-04"),
            ("GD", "2018-05", "2022-02"),
        ],
    ));
    let loc = &e.benefit_location;
    assert_eq!((loc.region.as_str(), loc.step), ("JX", 4));
    assert_eq!(
        (loc.months_by_region["GD"], loc.months_by_region["ZJ"]),
        (106, 100)
    );
}

#[test]
fn the_four_steps_as_a_pure_rule() {
    // Same records as above, given directly as (region, months) blocks.
    let t = |rec: &[(&str, u32)], hukou| {
        let l = benefit_location(rec, hukou, 120);
        (l.region, l.step)
    };
    assert_eq!(
        t(&[("ZJ", 120), ("SH", 36), ("GD", 24)], "GD"),
        ("GD".into(), 1)
    );
    assert_eq!(t(&[("GD", 36), ("ZJ", 132)], "JX"), ("ZJ".into(), 2));
    assert_eq!(
        t(&[("GD", 120), ("ZJ", 144), ("SH", 48)], "JX"),
        ("ZJ".into(), 3)
    );
    assert_eq!(
        t(&[("GD", 60), ("ZJ", 100), ("GD", 46)], "JX"),
        ("JX".into(), 4)
    );
    // Exactly at the threshold counts (满10年): 120 months is enough, 119 is not.
    assert_eq!(t(&[("GD", 120)], "JX"), ("GD".into(), 2));
    assert_eq!(t(&[("GD", 119)], "JX"), ("JX".into(), 4));
}

/// The published crediting rates pinned to 0 for every year 2000..2025 (an override pins one
/// year each; later years take the scenario's assumed rate, set to 0 too where this is used).
fn zero_crediting_rates() -> Value {
    (2000..=2025)
        .map(|y| json!({"param": "CN.crediting_rate", "value": "0", "from": format!("{y}-01")}))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Temporary accounts, 国办发〔2009〕66号 第五条（二）.

/// A woman (cadre) with hukou JX: GD 2010-01..2015-12 at 4000, then BJ 2016-03..2026-10 at
/// 8000; no interest (crediting rate 0 by overrides and assumption) so that the amounts moved
/// are plain sums.
fn woman_moving_to_beijing(birth: &str) -> Value {
    json!({
        "person": {"birth": birth, "sex": "female", "category": "cadre", "hukou": "JX"},
        "as_of": "2026-11",
        "history": [
            {"from": "2010-01", "to": "2015-12", "kind": "employee", "region": "GD", "base": {"amount": "4000"}},
            {"from": "2016-03", "to": "2026-10", "kind": "employee", "region": "BJ", "base": {"amount": "8000"}}
        ],
        "assumptions": {"crediting_rate": "0"},
        "overrides": zero_crediting_rates()
    })
}

#[test]
fn a_woman_over_40_moving_to_a_non_hukou_place_pays_into_a_temporary_account() {
    // Born 1976-01, she is 40 in 2016-01; Beijing (not her hukou place, not where her record is)
    // starts in 2016-03: a temporary account. Her record stays in Guangdong with 72 < 120 months,
    // not the hukou place, and no place has ten counted years: gathered at JX (（四）).
    // Beijing's 128 months (2016-03..2026-10) count for the pension but not for the steps.
    let e = ok(woman_moving_to_beijing("1976-01"));
    let loc = &e.benefit_location;
    assert_eq!((loc.region.as_str(), loc.step), ("JX", 4));
    assert_eq!(loc.temporary_accounts.len(), 1);
    let t = &loc.temporary_accounts[0];
    assert_eq!(
        (t.region.as_str(), t.months, t.temporary),
        ("BJ", 128, true)
    );
    assert!(!loc.months_by_region.contains_key("BJ"));
    assert!(loc.reason_zh.contains("临时缴费账户"), "{}", loc.reason_zh);
    // All years counted: 72 + 128 = 200 months.
    assert_eq!(e.employee.pension.contribution_months, 200);

    // Moves: Guangdong's record is gathered at JX at the pension start (第四条): 12 % of the
    // bases, 12 % × 72 × 4000 = 34 560.00; paid into Guangdong's pool at 20 % (before 2019-05):
    // 20 % × 288 000 = 57 600, so 23 040.00 stays; account 8 % × 288 000 = 23 040.00.
    // Beijing's temporary account moves whole (全部缴费本息, no interest here): account
    // 8 % × 128 × 8000 = 81 920.00; pooled 8000 × (38 months × 20 % [2016-03..2019-04]
    // + 90 months × 16 % [2019-05..2026-10]) = 8000 × 22 = 176 000.00; nothing stays behind.
    assert_eq!(e.transfers.len(), 2);
    let g = &e.transfers[0];
    assert_eq!(
        (g.kind, g.from.as_str(), g.to.as_str(), g.months),
        (TransferKind::Gathered, "GD", "JX", 72)
    );
    assert_eq!(
        (g.account_moved, g.pooled_moved, g.pooled_left),
        (d("23040.00"), d("34560.00"), d("23040.00"))
    );
    let tmp = &e.transfers[1];
    assert_eq!(
        (tmp.kind, tmp.from.as_str(), tmp.to.as_str(), tmp.months),
        (TransferKind::Temporary, "BJ", "JX", 128)
    );
    assert_eq!(
        (tmp.account_moved, tmp.pooled_moved, tmp.pooled_left),
        (d("81920.00"), d("176000.00"), d("0.00"))
    );
    // Explained, with what stays behind in all: 23 040.00 (Guangdong's) + 0.
    let x = e
        .explanations
        .iter()
        .find(|x| x.id == "transfer.moves")
        .unwrap();
    assert_eq!(x.result, "留在各地的统筹部分共 23040.00 元");
}

#[test]
fn the_same_move_before_40_moves_the_record() {
    // Born 1980-01, she is 40 only in 2020-01, after the move in 2016-03: an ordinary move
    // GD → BJ (第四条), and with 128 ≥ 120 months where the record is, Beijing pays (（二）).
    let e = ok(woman_moving_to_beijing("1980-01"));
    let loc = &e.benefit_location;
    assert_eq!((loc.region.as_str(), loc.step), ("BJ", 2));
    assert!(loc.temporary_accounts.is_empty());
    assert_eq!(e.transfers.len(), 1);
    let t = &e.transfers[0];
    assert_eq!(
        (t.kind, t.from.as_str(), t.to.as_str(), t.month.to_string()),
        (TransferKind::Move, "GD", "BJ", "2016-03".to_string())
    );
    // The same 12 %: 34 560.00 moves, 23 040.00 stays in Guangdong.
    assert_eq!(
        (t.pooled_moved, t.pooled_left),
        (d("34560.00"), d("23040.00"))
    );
}

#[test]
fn returning_to_the_hukou_place_after_40_is_no_temporary_account() {
    // Born 1976-01 with hukou BJ: going to Beijing in 2016-03 is going home (第五条（一）:
    // 返回户籍所在地…及时办理转移接续), so the record moves and Beijing pays (（一）).
    let mut v = woman_moving_to_beijing("1976-01");
    v["person"]["hukou"] = json!("BJ");
    let e = ok(v);
    assert_eq!(
        (e.benefit_location.region.as_str(), e.benefit_location.step),
        ("BJ", 1)
    );
    assert!(e.benefit_location.temporary_accounts.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Between the schemes: 城乡养老保险制度衔接暂行办法 (人社部发〔2014〕17号).

#[test]
fn months_in_both_schemes_count_as_employee_months_and_the_resident_part_is_refunded() {
    // 第七条. Hukou JX: resident scheme 2015-01..2021-12 at the 500 tier (national table: 60
    // subsidy); employed in GD from 2020-07. Overlaps:
    // - 2020: the payment covers 12 months, 6 (Jul–Dec) are employee months: 500 × 6/12 = 250.00
    //   refunded, 60 × 6/12 = 30.00 subsidy withdrawn; the year still counts;
    // - 2021: all 12 months overlap: 500.00 refunded, 60.00 withdrawn, the year does not count.
    // Refunded in all 750.00; resident years 7 − 1 = 6; own resident contributions
    // 7 × 500 − 750 = 2750.00; subsidies 7 × 60 − 90 = 330.00; employee months all kept: 76.
    let e = ok(json!({
        "person": {"birth": "1975-01", "sex": "male", "hukou": "JX"},
        "as_of": "2026-11",
        "history": [
            {"from": "2015-01", "to": "2021-12", "kind": "resident", "region": "JX", "tier": "500"},
            {"from": "2020-07", "to": "2026-10", "kind": "employee", "region": "GD", "base": {"amount": "8000"}}
        ]
    }));
    let l = &e.linkage;
    assert_eq!(l.overlaps.len(), 2);
    let (a, b) = (&l.overlaps[0], &l.overlaps[1]);
    assert_eq!(
        (
            a.from.to_string(),
            a.covered_months,
            a.months,
            a.refund,
            a.subsidy_withdrawn,
            a.year_dropped
        ),
        ("2020-01".to_string(), 12, 6, d("250.00"), d("30.00"), false)
    );
    assert_eq!(
        (
            b.from.to_string(),
            b.months,
            b.refund,
            b.subsidy_withdrawn,
            b.year_dropped
        ),
        ("2021-01".to_string(), 12, d("500.00"), d("60.00"), true)
    );
    assert_eq!(l.refund_total, d("750.00"));
    assert_eq!(e.resident.years, 6);
    assert_eq!(e.resident.own_contributions, d("2750.00"));
    assert_eq!(e.resident.subsidies, d("330.00"));
    assert_eq!(e.employee.pension.contribution_months, 76);
    assert!(e.explanations.iter().any(|x| x.id == "linkage.overlap"));
}

#[test]
fn employee_to_resident_when_short_moves_the_account_and_loses_the_pooled_part() {
    // 第三、六条. Man born 1970-05, hukou GD, employed in GD 2016-01..2025-12 at 8000 (120 months);
    // statutory retirement 2031-10 where the minimum is 192 months: short. No interest (rate 0)
    // so the amounts are sums.
    // - balance moved: 8 % × 8000 × 120 = 76 800.00; years counted: 120 / 12 = 10;
    // - pooled part lost: 8000 × (40 months × 20 % [2016-01..2019-04] + 80 × 16 %
    //   [2019-05..2025-12]) = 8000 × 20.8 = 166 400.00;
    // - the resident pension: from 2031-10 (the move; he is past 60), account 76 800 / 139 =
    //   552.517… → 552.52; with 10 < 15 years it is not payable unless he pays on;
    // - versus extension: 72 months from 2031-10, pension from 2037-10 (tests/rules.rs).
    let e = ok(json!({
        "person": {"birth": "1970-05", "sex": "male", "hukou": "GD"},
        "as_of": "2026-11",
        "history": [{"from": "2016-01", "to": "2025-12", "kind": "employee", "region": "GD", "base": {"amount": "8000"}}],
        "assumptions": {"crediting_rate": "0"},
        "overrides": zero_crediting_rates()
    }));
    let opts = e.employee.options.as_ref().expect("short of the minimum");
    let tr = &opts.to_resident;
    assert_eq!(
        (tr.balance_moved, tr.years_counted, tr.pooled_lost),
        (d("76800.00"), 10, d("166400.00"))
    );
    assert_eq!(
        (tr.moved_at, tr.start, tr.cost),
        (m("2031-10"), m("2031-10"), d("0"))
    );
    assert_eq!(tr.pension.balance, d("76800.00"));
    assert_eq!(tr.pension.account, d("552.52"));
    assert_eq!(
        tr.pension.formula_total,
        tr.pension.base_pension + d("552.52")
    );
    assert!(!tr.pension.eligible);
    let ext = opts.extension.as_ref().expect("an extension");
    assert_eq!((ext.months, ext.pension.start), (72, m("2037-10")));
}

#[test]
fn resident_to_employee_moves_the_balance_but_not_the_years() {
    // 第三、五条. Man born 1975-01, hukou JX: resident scheme 2010-01..2014-12 at 500 a year
    // (2009 table: 30 subsidy; the 2014 payment is in 2014-01, before the 2014-02 table), interest
    // 0 by override: balance 5 × (500 + 30) = 2650.00. Employee scheme in GD from 2015 to
    // retirement (2037-08): over the minimum. Moving the resident balance in: 5 resident years do
    // not count; account pension = (employee balance + 2650) / divisor, the rest unchanged.
    let e = ok(json!({
        "person": {"birth": "1975-01", "sex": "male", "hukou": "JX"},
        "as_of": "2026-11",
        "history": [
            {"from": "2010-01", "to": "2014-12", "kind": "resident", "region": "JX", "tier": "500"},
            {"from": "2015-01", "to": "2026-10", "kind": "employee", "region": "GD", "base": {"amount": "8000"}}
        ],
        "plan": [{"from": "2026-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}],
        "assumptions": {"resident_interest": "0"},
        "overrides": [{"param": "CN.resident_interest", "value": "0", "from": "2009-09"}]
    }));
    let p = &e.employee.pension;
    assert!(p.eligible);
    let t = e.linkage.to_employee.as_ref().expect("resident → employee");
    assert_eq!(t.balance_moved, d("2650.00"));
    assert_eq!(t.resident_years_not_counted, 5);
    assert_eq!(t.start, p.start);
    assert_eq!(t.account, fen((p.balance + d("2650")) / p.divisor));
    // The provincial extras stay (Guangdong's flat add-ons, employee::extras).
    assert_eq!(
        t.total,
        p.basic + t.account + p.transitional + p.provincial_extra
    );
    assert_eq!(t.gain, t.account - p.account);
    // 5 < 15 resident years: the resident pension was not payable, nothing is given up.
    assert_eq!(t.resident_given_up, d("0"));
    // Employee years are the employee months alone: 2015-01..2026-10 (142) and the plan
    // 2026-12..2037-07 (128), 270 months; 2026-11 is not paid.
    assert_eq!(p.contribution_months, 270);
}

// ---------------------------------------------------------------------------------------------
// "Where should I retire?" and the EU pro-rata comparison (policy comparison, not the law).

/// Man born 1966-03, hukou ZJ; at 100 % of the local average wage (index exactly 1 every month):
/// GD 2006-07..2016-06 (120 months), then ZJ 2016-07..2026-06 (120 months). Statutory retirement
/// 2026-07 (60 + 4 months: 14 months from 2025-01 to 2026-03, ⌊14/4⌋ + 1 = 4). C fixed by
/// override: GD 10 000, ZJ 8 000 (from 2026-01).
fn two_places() -> Value {
    json!({
        "person": {"birth": "1966-03", "sex": "male", "hukou": "ZJ"},
        "as_of": "2026-11",
        "history": [
            {"from": "2006-07", "to": "2016-06", "kind": "employee", "region": "GD", "base": {"ratio": "1"}},
            {"from": "2016-07", "to": "2026-06", "kind": "employee", "region": "ZJ", "base": {"ratio": "1"}}
        ],
        "overrides": [
            {"param": "GD.benefit_base", "value": "10000", "from": "2026-01"},
            {"param": "ZJ.benefit_base", "value": "8000", "from": "2026-01"}
        ]
    })
}

#[test]
fn where_to_retire_compares_the_places_with_ten_years_and_the_hukou_place() {
    // Ī = 1, N = 240 / 12 = 20. The record ends at the hukou place ZJ: paid there (step 1).
    // Basic = (C + C × 1) / 2 × 20 × 1 % = 0.2 × C: ZJ 1600.00, GD 2000.00 — Guangdong has ten
    // years too, so it is a place the record could be settled in. The balance is the same; the
    // divisor is each place's reading at 60 years 4 months: ZJ the whole age, 139 (no sheet
    // evidence, the national reading); GD by month (params/regions/GD.toml divisor_rule from
    // 2025-04): 139 − (139 − 132) × 4 / 12 = 136.67 → 136.7. Guangdong adds its flat add-ons
    // (params GD extra_flat 100, extra_per_whole_year 4; employee::extras): 100 + 4 × 20 = 180.
    let e = ok(two_places());
    let p = &e.employee.pension;
    assert_eq!(
        (p.start, p.avg_index, p.years),
        (m("2026-07"), d("1"), d("20"))
    );
    assert_eq!(
        (e.benefit_location.region.as_str(), e.benefit_location.step),
        ("ZJ", 1)
    );
    assert_eq!(p.basic, d("1600.00"));
    let a = p.account;
    assert_eq!((p.divisor, a), (d("139"), fen(p.balance / d("139"))));
    let a_gd = fen(p.balance / d("136.7"));
    let rows: Vec<(&str, &str, Decimal, Decimal, bool)> = e
        .where_to_retire
        .iter()
        .map(|r| {
            (
                r.region.as_str(),
                r.why,
                r.basic,
                r.total,
                r.is_benefit_location,
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("ZJ", "hukou", d("1600.00"), d("1600.00") + a, true),
            ("GD", "ten_years", d("2000.00"), d("2180.00") + a_gd, false),
        ]
    );
    assert_eq!(
        e.where_to_retire[1].vs_benefit_location,
        d("580.00") + a_gd - a
    );
}

#[test]
fn pro_rata_pays_each_place_its_share_of_its_own_theoretical_pension() {
    // Regulation 883/2004 art. 52(1)(b), seed 001 §5.2: Σ Bᵢ × Tᵢ / ΣT.
    // B_GD = 2000.00 + 180.00 + A_GD (with Guangdong's add-ons, see above), B_ZJ = 1600.00 + A
    // (the whole career at each place's C, divisor and extras: balance ÷ 136.7 at GD, ÷ 139 at
    // ZJ), T = 120 each, ΣT = 240: GD pays fen((2180 + A_GD) / 2), ZJ pays fen((1600 + A) / 2);
    // the current Chinese result is ZJ's 1600 + A, so the comparison is 290 + (A_GD − A) / 2
    // yuan a month higher.
    let e = ok(two_places());
    let a = e.employee.pension.account;
    let a_gd = fen(e.employee.pension.balance / d("136.7"));
    let pr = e.prorata.as_ref().expect("a comparison");
    assert_eq!(pr.label, "policy_comparison");
    let gd = fen((d("2180") + a_gd) / d("2"));
    let zj = fen((d("1600") + a) / d("2"));
    let shares: Vec<(&str, u32, Decimal, Decimal, Decimal)> = pr
        .shares
        .iter()
        .map(|s| (s.region.as_str(), s.months, s.share, s.theoretical, s.pays))
        .collect();
    assert_eq!(
        shares,
        vec![
            ("GD", 120, d("0.5"), d("2180.00") + a_gd, gd),
            ("ZJ", 120, d("0.5"), d("1600.00") + a, zj),
        ]
    );
    assert_eq!(pr.total, gd + zj);
    assert_eq!(pr.current, d("1600.00") + a);
    assert_eq!(pr.difference, gd + zj - d("1600.00") - a);
    let about = d("290") + (a_gd - a) / d("2");
    assert!((pr.difference - about).abs() <= d("0.01"));
    let x = e
        .explanations
        .iter()
        .find(|x| x.id == "policy.prorata")
        .unwrap();
    assert!(x.title_zh.contains("不是现行规定"));
}

// ---------------------------------------------------------------------------------------------
// An official statement (个人权益记录) is a record like any other (issue 13, item 4): its balance
// moves with interest, its implied bases count for the 12 %, it is a stay in `transfers`, and its
// pooled part is lost when moving to the resident scheme. The statement's implied months and
// bases follow `pension_estimator::statement`: the months up to its month, one after another, at
// Ī × the region's average wage, pooled part at the flexible worker's share.

/// Hukou JX, man born 1985-01 (under 50 when he moves: no temporary account), valued 2026-11.
/// Statement at 2026-06 in GD: 12 months, Ī 1.0, account 20 000. Then employed in GD
/// 2026-07..2026-08 and in ZJ 2026-09..2026-10, base 8000.
fn statement_then_move() -> Value {
    json!({
        "person": {"birth": "1985-01", "sex": "male", "hukou": "JX"},
        "as_of": "2026-11",
        "summary": {"at": "2026-06", "region": "GD", "employee_months": 12, "avg_index": "1.0", "account_balance": "20000"},
        "history": [
            {"from": "2026-07", "to": "2026-08", "kind": "employee", "region": "GD", "base": {"amount": "8000"}},
            {"from": "2026-09", "to": "2026-10", "kind": "employee", "region": "ZJ", "base": {"amount": "8000"}}
        ]
    })
}

#[test]
fn a_statement_is_the_first_stay_and_its_balance_moves_with_interest() {
    let e = ok(statement_then_move());
    let t = &e.transfers[0];
    // The statement's stay and the two detailed GD months are one stay in GD (14 months); the
    // record moves to ZJ in 2026-09 (国办发〔2009〕66号 第四条).
    assert_eq!(
        (t.kind, t.from.as_str(), t.to.as_str(), t.month, t.months),
        (TransferKind::Move, "GD", "ZJ", m("2026-09"), 14)
    );
    // Account (劳办发〔1997〕116号 month-product method; 2026 has no published crediting rate:
    // the assumed 2.5 %). The move is in September: k = 8 months of 2026 have run.
    //   statement 20 000 joined at the end of June: 20 000 × 0.025 × (8 − 6)/12 = 83.3333
    //   July credit 8 % × 8000 = 640, earns 640 × 0.025 × (8 − 7 + 1)/12 = 2.6667
    //   August credit 640, earns 640 × 0.025 × (8 − 8 + 1)/12 = 1.3333
    //   20 000 + 83.3333 + 1280 + 4.0000 = 21 367.33
    assert_eq!(t.account_moved, d("21367.33"));
    // 12 % of the stay's bases (第四条（二）): the statement implies 12 months 2025-07..2026-06 at
    // Ī 1.0 × GD's average wage 9183 (in force 2025-07..2026-06) = 110 196; plus 2 × 8000.
    //   12 % × (110 196 + 16 000) = 12 % × 126 196 = 15 143.52
    assert_eq!(t.pooled_moved, d("15143.52"));
    // Paid into the pool during the stay: statement 110 196 × (20 % − 8 %) = 13 223.52 (the
    // flexible share: the statement does not say who paid) + employer 16 % × 16 000 = 2560;
    //   15 783.52 − 15 143.52 = 640.00 stays in GD.
    assert_eq!(t.pooled_left, d("640.00"));
}

#[test]
fn a_statement_alone_is_gathered_at_the_hukou_place() {
    // Only a statement: 12 months in GD (hukou JX). Under ten years everywhere: gathered at the
    // hukou place at the pension start (第六条（四）), the stay being the statement's.
    let mut v = statement_then_move();
    v["history"] = json!([]);
    let e = ok(v);
    assert_eq!(
        (e.benefit_location.region.as_str(), e.benefit_location.step),
        ("JX", 4)
    );
    assert_eq!(e.transfers.len(), 1);
    let t = &e.transfers[0];
    assert_eq!(
        (t.kind, t.from.as_str(), t.to.as_str(), t.month, t.months),
        (
            TransferKind::Gathered,
            "GD",
            "JX",
            e.employee.pension.start,
            12
        )
    );
    // 12 % × 110 196 = 13 223.52 moves; the implied pooled part 13 223.52 is all of it: 0 left.
    assert_eq!((t.pooled_moved, t.pooled_left), (d("13223.52"), d("0.00")));
    // The balance that moves is the statement's with interest to the pension start, which is
    // the account the pension is computed from.
    assert_eq!(t.account_moved, e.employee.pension.balance);
    assert!(t.account_moved > d("20000"));
}

#[test]
fn a_statement_in_the_benefit_location_with_no_move_has_no_transfer() {
    // The statement in JX, the hukou place, and nothing else: the record never moves.
    let mut v = statement_then_move();
    v["history"] = json!([]);
    v["summary"]["region"] = json!("JX");
    assert!(ok(v).transfers.is_empty());
}

#[test]
fn a_statements_pooled_part_is_lost_when_moving_to_the_resident_scheme() {
    // 16 months in all: short of the minimum, so the options are shown. Moving to the resident
    // scheme (人社部发〔2014〕17号 第六条) leaves every pooled contribution behind:
    //   detailed months: 4 × 8000 × 16 % = 5120.00
    //   the statement's (implied, as above): 110 196 × 12 % = 13 223.52
    //   pooled_lost = 18 343.52
    let e = ok(statement_then_move());
    let tr = &e.employee.options.as_ref().expect("short").to_resident;
    assert_eq!(e.employee.pension.pooled_contributions, d("5120"));
    assert_eq!(tr.statement_pooled, d("13223.52"));
    assert_eq!(tr.pooled_lost, d("18343.52"));
}

#[test]
fn a_statements_months_before_1998_add_nothing_to_the_12_percent() {
    // 第四条（二）counts the bases from 1998-01-01 on. A statement at 1998-12 with 24 months
    // implies 1997-01..1998-12; one with 12 months implies 1998-01..1998-12. Both count the same
    // twelve 1998 bases, so the same amount moves; the stay's months differ (24 and 12).
    let gathered = |months: u32| {
        let mut v = statement_then_move();
        v["history"] = json!([]);
        // Born 1975: 22 in 1997, so 24 statement months up to 1998-12 fit after age 16.
        v["person"]["birth"] = json!("1975-01");
        v["summary"] =
            json!({"at": "1998-12", "region": "GD", "employee_months": months, "avg_index": "1.0"});
        let e = ok(v);
        let t = e.transfers[0].clone();
        (t.months, t.pooled_moved)
    };
    let (n24, moved24) = gathered(24);
    let (n12, moved12) = gathered(12);
    assert_eq!((n24, n12), (24, 12));
    assert_eq!(moved24, moved12);
    assert!(moved12 > Decimal::ZERO);
}

#[test]
fn a_place_that_ten_years_can_still_reach_counts_this_month_when_it_is_open() {
    // 国办发〔2009〕66号 第六条, `places`: a place of the record that could still reach ten years
    // if every month from now to the pension start were paid there. "From now" is the first
    // open month: valued in 2026-12 with nothing recorded for December, December is still open.
    // So with n months in Guangdong and r = 2026-12 … the month before the start, a place with
    // n + r = 120 is a candidate, missing exactly r months (counted from 2027-01 it was not).
    // The Guangdong years end in 2016, before he turned 50 (第五条（二）: a man moving to a place
    // that is not his hukou at 50 or later gets a temporary account there), so the record is
    // still in Guangdong and new months there would count.
    let rider = |gd_months: i32| {
        let gd_from = m("2016-12").plus(1 - gd_months);
        json!({
            "person": {"birth": "1968-05", "sex": "male", "hukou": "ZJ"},
            "as_of": "2026-12",
            "history": [
                {"from": "1998-01", "to": gd_from.plus(-1).to_string(), "kind": "employee", "region": "ZJ", "base": {"amount": "8000"}},
                {"from": gd_from.to_string(), "to": "2016-12", "kind": "employee", "region": "GD", "base": {"amount": "8000"}}
            ]
        })
    };
    let start = ok(rider(12)).employee.pension.start;
    let r = m("2026-12").months_until(start);
    assert!(
        r > 0 && r < 120,
        "the pension starts within ten years: {start}"
    );
    let e = ok(rider(120 - r));
    let gd = e.where_to_retire.iter().find(|p| p.region == "GD");
    let gd = gd.unwrap_or_else(|| panic!("GD with {} + {r} months is a candidate", 120 - r));
    assert_eq!((gd.why, gd.months_missing), ("could_reach", r as u32));
    // One month fewer in Guangdong and it cannot reach ten years any more.
    let short = ok(rider(120 - r - 1));
    assert!(!short.where_to_retire.iter().any(|p| p.region == "GD"));
}

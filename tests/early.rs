//! Early careers and old valuation months (issue 13, item 5): hand cases.
//!
//! The national account rules begin with 国发〔1997〕26号 (1997-07: account 11 % of the base,
//! own contribution at least 4 %, +1 point every two years to 8 %); 国发〔2005〕38号 cut the
//! account to 8 % from 2006-01. Before 1997-07 each region ran its own scheme
//! (国发〔1995〕6号); the data has Fujian's (11 % from 1996-01), and says plainly where a
//! region's early rules are missing.

mod common;
use common::*;

use pension_estimator::error::Code;
use serde_json::json;

#[test]
fn a_fujian_career_from_1996_with_the_account_at_11_then_8_percent() {
    // Employee in Fujian 1996-01..2006-12 at a base of 2000 a month (inside Fujian's back-cast
    // floor and ceiling every year). Fujian's own contribution rates of 1996–97 are not in the
    // data: the person gives them as overrides (own 3 %, employer 18 %, from 1996-01 until the
    // national rule of 1997-07). They change what was paid, not the account.
    // Account: 11 % × 2000 = 220 a month to 2005-12 (FJ from 1996-01, then 国发〔1997〕26号),
    // 8 % × 2000 = 160 a month in 2006 (国发〔2005〕38号). Year ends by the month-product method
    // (劳办发〔1997〕116号): closing = opening × (1 + r) + 12c + c × r × 78/12, rounded to the fen;
    // r = the crediting reference series in params/CN.toml (one-year deposit rate on 1 January):
    //   1996: 0 × 1.1098 + 12 × 220 + 220 × 0.1098 × 78/12 = 0 + 2640 + 157.0140 → 2797.01
    //   1997: 2797.01 × 1.0747 + 2640 + 220 × 0.0747 × 78/12 = 3005.9466 + 2640 + 106.8210 → 5752.77
    //   1998: 5752.77 × 1.0567 + 2640 + 220 × 0.0567 × 78/12 = 6078.9521 + 2640 + 81.0810 → 8800.03
    //   1999: 8800.03 × 1.0378 + 2640 + 220 × 0.0378 × 78/12 = 9132.6711 + 2640 + 54.0540 → 11826.73
    //   2000: 11826.73 × 1.0225 + 2640 + 220 × 0.0225 × 78/12 = 12092.8314 + 2640 + 32.1750 → 14765.01
    //   2001: 14765.01 × 1.0225 + 2640 + 32.1750 = 15097.2227 + 2672.1750 → 17769.40
    //   2002: 17769.40 × 1.0225 + 2640 + 32.1750 = 18169.2115 + 2672.1750 → 20841.39
    //   2003: 20841.39 × 1.0198 + 2640 + 220 × 0.0198 × 78/12 = 21254.0495 + 2640 + 28.3140 → 23922.36
    //   2004: 23922.36 × 1.0198 + 2640 + 28.3140 = 24396.0227 + 2668.3140 → 27064.34
    //   2005: 27064.34 × 1.0225 + 2640 + 32.1750 = 27673.2876 + 2672.1750 → 30345.46
    //   2006: 30345.46 × 1.0225 + 12 × 160 + 160 × 0.0225 × 78/12 = 31028.2328 + 1920 + 23.4000
    //         → 32971.63
    let e = ok(json!({
        "person": {"birth": "1970-01", "sex": "male", "hukou": "FJ"},
        "as_of": "2026-11",
        "history": [{"from": "1996-01", "to": "2006-12", "kind": "employee", "region": "FJ", "base": {"amount": "2000"}}],
        "overrides": [
            {"param": "FJ.employee_individual_rate", "value": "0.03", "from": "1996-01"},
            {"param": "FJ.employer_rate", "value": "0.18", "from": "1996-01"}
        ]
    }));
    let years: Vec<_> = e
        .employee
        .pension
        .account_years
        .iter()
        .take(11)
        .map(|y| (y.year, y.credits, y.closing))
        .collect();
    let c11 = d("2640"); // 12 × 220
    assert_eq!(
        years,
        [
            (1996, c11, d("2797.01")),
            (1997, c11, d("5752.77")),
            (1998, c11, d("8800.03")),
            (1999, c11, d("11826.73")),
            (2000, c11, d("14765.01")),
            (2001, c11, d("17769.40")),
            (2002, c11, d("20841.39")),
            (2003, c11, d("23922.36")),
            (2004, c11, d("27064.34")),
            (2005, c11, d("30345.46")),
            (2006, d("1920"), d("32971.63")),
        ]
    );
    // What the person paid: 3 % × 2000 × 18 months (1996-01..1997-06, the override), then the
    // national schedule: 4 % × 6 (1997-07..12), 5 % × 24 (1998–99), 6 % × 24, 7 % × 24,
    // 8 % × 36 (2004–06): 2000 × (0.54 + 0.24 + 1.2 + 1.44 + 1.68 + 2.88) = 2000 × 7.98
    // = 15 960.00.
    assert_eq!(e.employee.pension.own_contributions, d("15960.00"));
}

#[test]
fn a_month_before_the_national_rules_where_the_region_has_none_is_explained() {
    // Guangdong's own rules before 1997-07 are not in the data: a structured error naming the
    // month, the region and what the person can do, not a bare missing_parameter.
    let err = run(json!({
        "person": {"birth": "1970-01", "sex": "male", "hukou": "GD"},
        "as_of": "2026-11",
        "history": [{"from": "1996-01", "to": "2005-12", "kind": "employee", "region": "GD", "base": {"ratio": "1"}}]
    }))
    .unwrap_err();
    assert_eq!(err.errors.len(), 1);
    let e = &err.errors[0];
    assert_eq!(
        (e.code, e.path.as_str()),
        (Code::EarlyRulesUnknown, "$.history[0]")
    );
    assert!(
        e.en.contains("1996-01") && e.en.contains("1997-07"),
        "{}",
        e.en
    );
    assert!(e.zh.contains("对账单"), "{}", e.zh);
}

#[test]
fn from_the_national_rules_on_any_region_works() {
    // GD 1997-07..1997-12 at a base of 1000 (inside GD's back-cast range): the account is
    // 11 % × 1000 = 110 a month (国发〔1997〕26号 四), the person pays 4 % = 40 (三).
    // 1997 year end: 6 × 110 + 110 × 0.0747 × (6 + 5 + 4 + 3 + 2 + 1)/12 = 660 + 14.379 → 674.38.
    let e = ok(json!({
        "person": {"birth": "1970-01", "sex": "male", "hukou": "GD"},
        "as_of": "2026-11",
        "history": [{"from": "1997-07", "to": "1997-12", "kind": "employee", "region": "GD", "base": {"amount": "1000"}}]
    }));
    let y = &e.employee.pension.account_years[0];
    assert_eq!(
        (y.year, y.credits, y.closing),
        (1997, d("660"), d("674.38"))
    );
    assert_eq!(e.employee.pension.own_contributions, d("240.00"));
}

#[test]
fn a_benefit_sheet_of_2020_rechecked_with_the_valuation_month_2020_06() {
    // Man born 1960-09: original age 60 → 2020-09 (before the 2025 reform: no delay); minimum
    // 180 months; 计发月数 at 60 = 139. As of 2020-06 his statement at 2019-12 shows 228 months at
    // index 1 and 100 000 in the account; he works 2020-01..06 (history) and 2020-07..08 (plan)
    // in Guangdong at 6000. GD's 2020 benefit base is not in the data: pinned to 7000.
    // The project's default assumptions are dated 2025 and still apply (Params::default_value).
    let e = ok(json!({
        "person": {"birth": "1960-09", "sex": "male", "hukou": "GD"},
        "as_of": "2020-06",
        "summary": {"at": "2019-12", "region": "GD", "employee_months": 228, "avg_index": "1", "account_balance": "100000"},
        "history": [{"from": "2020-01", "to": "2020-06", "kind": "employee", "region": "GD", "base": {"amount": "6000"}}],
        "plan": [{"from": "2020-07", "kind": "employee", "region": "GD", "base": {"amount": "6000"}}],
        "overrides": [{"param": "GD.benefit_base", "value": "7000", "from": "2020-01"}]
    }));
    let p = &e.employee.pension;
    assert_eq!(e.retirement.month, m("2020-09"));
    assert_eq!(
        (p.start, p.contribution_months, p.min_months),
        (m("2020-09"), 236, 180)
    );
    assert!(p.eligible);
    // Account, 2020 (rate 6.04 %, interest to August, k = 8): the statement balance earns
    // 100 000 × 0.0604 × 8/12 = 4 026.6667; credits 8 % × 6000 = 480 in months 1..8 earn
    // 480 × 0.0604 × (8 + 7 + … + 1)/12 = 480 × 0.0604 × 36/12 = 86.976;
    // 100 000 + 3 840 + 4 026.6667 + 86.976 = 107 953.6427 → 107 953.64; ÷ 139 = 776.6449 → 776.64.
    assert_eq!((p.balance, p.account), (d("107953.64"), d("776.64")));
    // Ī = (228 × 1 + 6 × 6000/6338 + 2 × 6000/6756) / 236 (GD average wage 6338 from 2019-07,
    // 6756 from 2020-07); basic = 7000 × (1 + Ī)/2 × 236/12 %.
    let idx =
        (d("228") + d("6") * d("6000") / d("6338") + d("2") * d("6000") / d("6756")) / d("236");
    assert_eq!(p.avg_index.round_dp(8), idx.round_dp(8));
    let basic = d("7000") * (d("1") + idx) / d("2") * d("236") / d("12") / d("100");
    assert_eq!(p.basic, fen(basic));
    assert_eq!(p.total, p.basic + p.account);
}

#[test]
fn no_flexible_retirement_before_the_reform() {
    // Retiring in 2020-09 (the case above), flexible early or late retirement did not exist yet
    // (国务院关于渐进式延迟法定退休年龄的办法 第三条, in force 2025-01): a clear refusal.
    let err = run(json!({
        "person": {"birth": "1960-09", "sex": "male", "hukou": "GD"},
        "as_of": "2020-06",
        "summary": {"at": "2019-12", "region": "GD", "employee_months": 228, "avg_index": "1", "account_balance": "100000"},
        "retirement": {"mode": "late", "months": 6}
    }))
    .unwrap_err();
    let e = &err.errors[0];
    assert_eq!(
        (e.code, e.path.as_str()),
        (Code::RetirementChoice, "$.retirement.mode")
    );
    assert!(e.en.contains("2020-09"), "{}", e.en);
}

#[test]
fn deemed_years_before_the_account_with_a_valuation_month_in_2019() {
    // Man born 1959-06: original age 60 → 2019-06 (no delay before 2025); 计发月数 at 60 = 139.
    // As of 2019-03 his statement at 2018-12 shows 276 months paid (1996-01..2018-12) at Ī 1.2,
    // 120 deemed months (视同缴费年限, 1986–1995, before the account) and 80 000 in the account.
    // GD's 2019 benefit base is not in the data (filled): pinned to 6000.
    // 国发〔2005〕38号 六, with N counting deemed years:
    //   N = (276 + 120) / 12 = 33; basic = 6000 × (1 + 1.2)/2 × 33 % = 6000 × 1.1 × 0.33 = 2178.00
    //   transitional = C × Ī × deemed years × coefficient = 6000 × 1.2 × 10 × 1.2 % = 864.00
    //     (GD's own coefficient starts 2021-01; the national 1.2 % applies in 2019)
    //   account: 80 000 earns 7.61 % (2019) for Jan..May: 80 000 × 0.0761 × 5/12 = 2536.6667
    //     → 82 536.67; ÷ 139 = 593.789… → 593.79
    //   total 2178.00 + 864.00 + 593.79 = 3635.79
    let e = ok(json!({
        "person": {"birth": "1959-06", "sex": "male", "hukou": "GD"},
        "as_of": "2019-03",
        "summary": {"at": "2018-12", "region": "GD", "employee_months": 276, "avg_index": "1.2",
                    "account_balance": "80000", "deemed_months": 120},
        "overrides": [{"param": "GD.benefit_base", "value": "6000", "from": "2019-01"}]
    }));
    let p = &e.employee.pension;
    assert_eq!(
        (p.start, p.deemed_months, p.years),
        (m("2019-06"), 120, d("33"))
    );
    assert_eq!(
        (p.basic, p.transitional, p.balance, p.account),
        (d("2178.00"), d("864.00"), d("82536.67"), d("593.79"))
    );
    assert_eq!(p.total, d("3635.79"));
}

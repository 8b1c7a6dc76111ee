//! The choices from now on (issue 5, second part), on the README's example rider.

mod common;
use common::*;

use pension_estimator::choices::compare;
use pension_estimator::params::embedded;
use pension_estimator::parse_scenario;
use rust_decimal::Decimal;

fn example() -> pension_estimator::choices::Choices {
    let s =
        parse_scenario(&std::fs::read_to_string("examples/rider-guangdong.json").unwrap()).unwrap();
    compare(embedded(), &s).unwrap()
}

#[test]
fn monthly_cost_now_of_each_choice() {
    let c = example();
    let by = |id: &str| {
        c.choices
            .iter()
            .find(|x| x.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    // Flexible at 60 % in GD from 2026-12: GD's wage 9183 (2025-07) projected one step at 4 %
    // (2026-07) = 9550.32; base 5730.192; 20 % = 1146.0384 → 1146.04.
    assert_eq!(by("flexible_0.6").monthly_cost_now, d("1146.04"));
    // At 300 %: 9550.32 × 3 × 20 % = 5730.192 → 5730.19.
    assert_eq!(by("flexible_3").monthly_cost_now, d("5730.19"));
    // The resident tiers are the hukou region's: Jiangxi's table from 2022-06
    // (params/regions/JX.toml, unverified: 14 tiers 300 … 6000); the lowest, 300 a year, is
    // 300 / 12 = 25.00 a month.
    assert_eq!(by("resident_300").monthly_cost_now, d("25.00"));
    assert_eq!(by("resident_300").region, "JX");
    assert_eq!(
        c.choices
            .iter()
            .filter(|x| x.id.starts_with("resident_"))
            .count(),
        14
    );
    // Paying nothing: no cost, no pension (122 employee months < 240, 3 resident years < 15).
    let none = by("none");
    assert_eq!(
        (none.own_contributions, none.pension, none.scheme),
        (Decimal::ZERO, Decimal::ZERO, "none")
    );
}

#[test]
fn payback_is_finite_exactly_when_there_is_a_gain() {
    for c in example().choices {
        assert_eq!(
            c.payback_months.is_some(),
            c.gain > Decimal::ZERO,
            "{}",
            c.id
        );
        if let Some(p) = c.payback_months {
            // own contributions / monthly gain, to one decimal.
            assert_eq!(p, (c.own_contributions / c.gain).round_dp(1), "{}", c.id);
        }
    }
}

#[test]
fn higher_bases_cost_more_and_pay_more() {
    let c = example();
    let flex: Vec<_> = c
        .choices
        .iter()
        .filter(|x| x.id.starts_with("flexible_"))
        .collect();
    for w in flex.windows(2) {
        assert!(w[1].own_contributions > w[0].own_contributions && w[1].pension > w[0].pension);
    }
    let res: Vec<_> = c
        .choices
        .iter()
        .filter(|x| x.id.starts_with("resident_"))
        .collect();
    for w in res.windows(2) {
        assert!(w[1].pension > w[0].pension, "{} vs {}", w[0].id, w[1].id);
    }
}

#[test]
fn stopping_continuing_and_retiring_earlier_or_later() {
    let c = example();
    let v = |id: &str| {
        c.variants
            .iter()
            .find(|x| x.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    // History: 40 employee months (2015-03..2018-06) + 82 flexible (2020-01..2026-10) = 122.
    assert_eq!((v("stop_now").months, v("stop_now").eligible), (122, false));
    assert_eq!(v("continue_1y").months, 134);
    assert_eq!(v("continue_5y").months, 182);
    // Ten more years reach 242 ≥ 240 (the minimum for a pension starting in 2053).
    assert_eq!(
        (v("continue_10y").months, v("continue_10y").eligible),
        (242, true)
    );
    // Statutory 2053-05 (63); early by 36 months = 2050-05, the original age 60; late by 36 = 2056-05.
    assert_eq!(v("retire_early_36m").start, Some(m("2050-05")));
    assert_eq!(v("retire_late_36m").start, Some(m("2056-05")));
    assert!(v("retire_late_36m").pension > v("as_planned").pension);
    assert!(v("retire_early_36m").pension < v("as_planned").pension);
}

#[test]
fn a_record_entered_up_to_last_month_leaves_this_month_open_not_missed() {
    // A rider who entered their record up to November opens the page in December: December's
    // contribution is not due yet, so "keep paying" pays it and no month is lost.
    let rider = |plan: &str| {
        parse_scenario(&format!(
            r#"{{"person": {{"birth": "1990-05", "sex": "male", "hukou": "JX"}}, "as_of": "2026-12",
            "history": [{{"from": "2015-03", "to": "2026-11", "kind": "flexible", "region": "GD",
                          "base": {{"ratio": "0.6"}}}}], "plan": [{plan}]}}"#
        ))
        .unwrap()
    };
    let open = rider("");
    assert_eq!(open.first_open_month().to_string(), "2026-12");
    let keep = compare(embedded(), &open).unwrap();
    let keep = keep
        .choices
        .iter()
        .find(|c| c.id == "flexible_0.6")
        .unwrap();
    // The same as planning from December: born 1990-05, a man retires at 63 → 2053-05; months
    // 2015-03..2026-11 = 141, 2026-12..2053-04 = 317: 458 in all, none missing.
    let planned = rider(
        r#"{"from": "2026-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}"#,
    );
    let e = pension_estimator::estimate(&planned).unwrap();
    assert_eq!(e.employee.pension.start.to_string(), "2053-05");
    assert_eq!(e.employee.pension.contribution_months, 141 + 317);
    assert_eq!(keep.employee_pension, e.employee.pension.total);
    assert_eq!(keep.start.to_string(), "2053-05");
    // And carrying on from December leaves no gap to fill.
    let g = pension_estimator::gaps(&planned).unwrap();
    assert!(
        g.gaps.is_empty(),
        "{:?}",
        g.gaps
            .iter()
            .map(|x| x.from.to_string())
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_plan_month_beside_a_history_that_covers_this_month_stays_in_the_choices() {
    // A resident segment up to this month (December) beside an employee plan from December: the
    // history covers December, so the choices pay from January — and December stays as planned.
    // Before, the plan kept was clipped at November and "keep paying" lost December: 12831.02
    // (457 months) against the estimate's 12857.52 for the same plan.
    let s = parse_scenario(
        r#"{"person": {"birth": "1990-05", "sex": "male", "hukou": "JX"}, "as_of": "2026-12",
            "history": [{"from": "2015-03", "to": "2026-11", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}},
                        {"from": "2020-01", "to": "2026-12", "kind": "resident", "region": "JX", "tier": "200"}],
            "plan": [{"from": "2026-12", "kind": "flexible", "region": "GD", "base": {"ratio": "0.6"}}]}"#,
    )
    .unwrap();
    assert_eq!(s.first_open_month().to_string(), "2027-01");
    let e = pension_estimator::estimate(&s).unwrap();
    // 2015-03..2026-11 = 141 months, 2026-12..2053-04 = 317 (born 1990-05, a man retires at 63).
    assert_eq!(e.employee.pension.contribution_months, 141 + 317);
    assert_eq!(e.employee.pension.total.to_string(), "12857.52");
    let c = compare(embedded(), &s).unwrap();
    let keep = c.choices.iter().find(|c| c.id == "flexible_0.6").unwrap();
    assert_eq!(keep.employee_pension, e.employee.pension.total);
}

#[test]
fn a_statement_dated_this_month_covers_it() {
    // Found by the fuzz target `hostile` (validate accepted, choices refused with an overlap): a
    // statement (对账单) at the valuation month covers everything up to it, so the choices pay
    // from the month after, as they do when the history covers this month.
    let s = parse_scenario(
        r#"{"as_of": "2092-03", "person": {"birth": "2069-11", "hukou": "GD", "sex": "male"},
            "assumptions": {"crediting_rate": "-0.1"}, "retirement": {"mode": "statutory", "months": 22},
            "summary": {"account_balance": "12000", "at": "2092-03", "avg_index": "0", "deemed_months": 51,
                        "employee_months": 10, "region": "GD-SZ", "resident_years": 3}}"#,
    )
    .unwrap();
    assert_eq!(s.first_open_month().to_string(), "2092-04");
    assert!(pension_estimator::validate(&s).is_ok());
    compare(embedded(), &s).unwrap();
}

/// A Guangxi-hukou rider born 1992-02: five years employed in Shenzhen at the average wage, a
/// gap, five years flexible there at 60 %; `plan` from this month (2026-12).
fn shenzhen_rider(plan: &str) -> pension_estimator::Scenario {
    parse_scenario(&format!(
        r#"{{"person": {{"birth": "1992-02", "sex": "male", "hukou": "GX"}}, "as_of": "2026-12",
        "history": [{{"from": "2014-07", "to": "2019-06", "kind": "employee", "region": "GD-SZ", "base": {{"ratio": "1"}}}},
                    {{"from": "2019-07", "to": "2021-12", "kind": "gap"}},
                    {{"from": "2022-01", "to": "2026-11", "kind": "flexible", "region": "GD-SZ", "base": {{"ratio": "0.6"}}}}],
        "plan": [{plan}]}}"#
    ))
    .unwrap()
}

#[test]
fn going_home_counts_a_short_employee_record_moved_into_the_resident_scheme() {
    // Going home to pay 200 a year: 119 employee-scheme months (9 whole years) fall short of the
    // minimum at 63, so the record may move into the resident scheme at 63 (人社部发〔2014〕17号
    // 第三条, 第六条). Without it the resident pension starts at 60; with it, at the move. The
    // choice is the one that pays more over the expected retirement in today's money.
    let s =
        shenzhen_rider(r#"{"from": "2026-12", "kind": "resident", "region": "GX", "tier": "200"}"#);
    let e = pension_estimator::estimate(&s).unwrap();
    assert!(!e.employee.pension.eligible);
    // 2014-07..2019-06: 60 months; 2022-01..2026-11: 59.
    assert_eq!(e.employee.pension.contribution_months, 60 + 59);
    let moved = &e.employee.options.as_ref().unwrap().to_resident;
    assert_eq!(e.resident.claim_month.to_string(), "2052-02"); // 60
    assert_eq!(moved.moved_at.to_string(), "2055-02"); // 63
    assert_eq!(moved.start.to_string(), "2055-02");
    // The moved pension's parts: the base pension plus the account over its divisor, the moved
    // balance being in that account.
    let x = &moved.pension;
    assert_eq!(x.total, x.base_pension + x.account);
    assert_eq!(x.account, fen(x.balance / x.divisor));
    assert!(x.balance > moved.balance_moved && moved.balance_moved > Decimal::ZERO);
    let c = compare(embedded(), &s).unwrap();
    let home = c.choices.iter().find(|c| c.id == "resident_200").unwrap();
    assert!(home.moved_record);
    assert_eq!(home.scheme, "resident");
    assert_eq!(
        (home.pension, home.pension_today),
        (x.total, x.formula_total_today)
    );
    assert_eq!(home.start, moved.start);
    assert!(home.lifetime.total_today > e.lifetime.resident.total_today);
    // Before this rule the row was the resident pension without the record: 4.2 times less.
    assert!(x.formula_total_today > e.resident.formula_total_today * Decimal::from(4));
    // Stopping everything: 9 moved years and no resident ones fall short of 15 as well.
    let none = c.choices.iter().find(|c| c.id == "none").unwrap();
    assert_eq!((none.scheme, none.moved_record), ("none", false));
    // Keeping on flexible work reaches the employee minimum: nothing moves.
    let keep = c.choices.iter().find(|c| c.id == "flexible_0.6").unwrap();
    assert_eq!((keep.scheme, keep.moved_record), ("employee", false));
}

#[test]
fn a_resident_record_alone_moves_nothing() {
    // A Sichuan woman paying 300 a year into the resident scheme since 2012: her choices to stay
    // are the resident pension as it is (no employee record to move).
    let s = parse_scenario(
        r#"{"person": {"birth": "1978-06", "sex": "female", "category": "flexible", "hukou": "SC"},
            "as_of": "2026-12",
            "history": [{"from": "2012-01", "to": "2026-11", "kind": "resident", "region": "SC", "tier": "300"}],
            "plan": [{"from": "2026-12", "kind": "resident", "region": "SC", "tier": "300"}]}"#,
    )
    .unwrap();
    let e = pension_estimator::estimate(&s).unwrap();
    let c = compare(embedded(), &s).unwrap();
    let stay = c.choices.iter().find(|c| c.id == "resident_300").unwrap();
    assert!(!stay.moved_record);
    assert_eq!(stay.pension, e.resident.total);
    // Switching to flexible work at 48 cannot reach the employee minimum by 57y2m. That choice
    // keeps paying into the employee scheme, so it is not moved (extension is its way on): it
    // is the resident pension as it is, from her earlier years.
    let switch = c.choices.iter().find(|c| c.id == "flexible_0.6").unwrap();
    assert!(!switch.moved_record && switch.scheme == "resident");
    assert!(switch.employee_pension.is_zero());
}

/// A man born 1985-10 (pension at 63 from 2048-10 after the 2025 reform; the minimum for 2048 is
/// 20 years, 240 months) with 108 employee months in Shanghai and 126 flexible months in Anhui,
/// the last in 2026-06: 234 months, six short. 交够年限就停: six months at 60 % from this month
/// (2026-12 … 2027-05) make his employee pension payable; five do not.
fn six_months_short(plan: serde_json::Value) -> pension_estimator::Scenario {
    parse_scenario(
        &serde_json::json!({
            "person": {"birth": "1985-10", "sex": "male", "hukou": "AH"},
            "as_of": "2026-12",
            "history": [
                {"from": "2007-01", "to": "2015-12", "kind": "employee", "region": "SH", "base": {"ratio": "1"}},
                {"from": "2016-01", "to": "2026-06", "kind": "flexible", "region": "AH", "base": {"ratio": "0.6"}}
            ],
            "plan": plan
        })
        .to_string(),
    )
    .unwrap()
}

#[test]
fn paying_only_until_the_minimum_is_the_fewest_months_that_make_the_pension_payable() {
    let paid_to = |to: &str| {
        six_months_short(serde_json::json!([
            {"from": "2026-12", "to": to, "kind": "flexible", "region": "AH", "base": {"ratio": "0.6"}}
        ]))
    };
    let c = compare(embedded(), &six_months_short(serde_json::json!([]))).unwrap();
    let x = c
        .enough
        .as_ref()
        .expect("six months short: a way to the minimum");
    assert_eq!((x.months, x.to.to_string()), (6, "2027-05".to_string()));
    assert_eq!(x.choice.id, "flexible_0.6_enough");
    assert_eq!(x.choice.region, "AH");
    // It is the estimate of that plan: 240 months, payable, from 2048-10.
    let e = pension_estimator::estimate(&paid_to("2027-05")).unwrap();
    let p = &e.employee.pension;
    assert_eq!(
        (p.contribution_months, p.min_months, p.eligible),
        (240, 240, true)
    );
    assert_eq!(x.choice.employee_pension, p.total);
    assert_eq!(x.choice.pension_today, p.formula_total_today);
    assert_eq!(
        (x.choice.scheme, x.choice.start.to_string()),
        ("employee", "2048-10".to_string())
    );
    // What he pays is that plan's own contributions: the first month is the 60 % choice's cost now.
    let none = pension_estimator::estimate(&six_months_short(serde_json::json!([]))).unwrap();
    assert_eq!(
        x.choice.own_contributions,
        fen(p.own_contributions - none.employee.pension.own_contributions)
    );
    let flex = c.choices.iter().find(|c| c.id == "flexible_0.6").unwrap();
    assert_eq!(x.choice.monthly_cost_now, flex.monthly_cost_now);
    assert!(x.choice.own_contributions > d("6") * flex.monthly_cost_now - d("0.06"));
    // Fewest: one month less is still short.
    let short = pension_estimator::estimate(&paid_to("2027-04")).unwrap();
    assert!(!short.employee.pension.eligible);
    assert_eq!(short.employee.pension.shortfall_months, 1);
    // The same whatever the saved plan says (it is about the months from now on).
    let paying = six_months_short(serde_json::json!([
        {"from": "2026-12", "kind": "flexible", "region": "AH", "base": {"ratio": "1"}}
    ]));
    assert_eq!(
        compare(embedded(), &paying).unwrap().enough.as_ref(),
        Some(x)
    );
}

#[test]
fn the_way_to_the_minimum_exists_only_while_it_ends_before_the_pension() {
    // The README's rider: 40 employee months (2015-03 … 2018-06) and 82 flexible ones
    // (2020-01 … 2026-10) are 122 of the 240 his 2053 pension needs; 118 more from 2026-11 (the
    // valuation month, still open) end in 2036-08, long before 2053.
    let c = example();
    let x = c.enough.as_ref().expect("118 months short, 26 years to go");
    assert_eq!((x.months, x.to.to_string()), (118, "2036-08".to_string()));
    // A man born 1972-06 with two years paid: from 2026-12 to his pension (2034) he cannot reach
    // the minimum, so there is no such way (the estimate's extension after retirement is).
    let flexible_in_anhui = |birth: &str, from: &str, to: &str| {
        let s = serde_json::json!({
            "person": {"birth": birth, "sex": "male", "hukou": "AH"},
            "as_of": "2026-12",
            "history": [{"from": from, "to": to, "kind": "flexible", "region": "AH", "base": {"ratio": "0.6"}}]
        });
        compare(embedded(), &parse_scenario(&s.to_string()).unwrap()).unwrap()
    };
    assert!(flexible_in_anhui("1972-06", "2020-01", "2021-12")
        .enough
        .is_none());
    // 251 months paid (2006-01 … 2026-11): nothing missing.
    assert!(flexible_in_anhui("1985-10", "2006-01", "2026-11")
        .enough
        .is_none());
}

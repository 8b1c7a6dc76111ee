//! Properties that must hold for any valid scenario (proptest).
//!
//! Careers stay in one region, the hukou region: with several regions the benefit location can
//! legitimately move (fewer months in a high-wage place can send the pension to a place with a
//! higher C), which these monotonicity properties do not describe.

mod common;
use common::*;

use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};

fn employee_totals(v: &Value) -> (Decimal, Decimal) {
    let e = ok(v.clone());
    (e.employee.pension.formula_total, e.employee.pension.total)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    /// Valid inputs at the edges of the accepted ranges (far valuation months, extreme assumed
    /// rates, the largest bases) give an answer — an estimate or structured errors — never a panic.
    #[test]
    fn extreme_valid_inputs_never_panic(
        as_of_year in 1990..=2100i32, age in 16..=110i32, g in -10..=20i64, r in -10..=20i64,
        amount in prop_oneof![Just(1i64), Just(10_000_000i64), 1..10_000_000i64],
        region in prop_oneof![Just("GD"), Just("XZ"), Just("GD-SZ"), Just("BJ")],
    ) {
        let as_of = pension_estimator::Month::new(as_of_year, 12).unwrap();
        let birth = as_of.plus(-12 * age);
        let from = birth.plus(16 * 12).max(m("1998-01"));
        let v = json!({
            "person": {"birth": birth.to_string(), "sex": "male", "hukou": region},
            "as_of": as_of.to_string(),
            "history": if from <= as_of { json!([{"from": from.to_string(), "to": as_of.to_string(), "kind": "flexible", "region": region, "base": {"amount": amount}}]) } else { json!([]) },
            "plan": [{"from": as_of.plus(1).to_string(), "kind": "employee", "region": region, "base": {"amount": amount}}],
            "assumptions": {"wage_growth": format!("{}", Decimal::new(g, 2)), "crediting_rate": format!("{}", Decimal::new(r, 2)),
                            "resident_interest": format!("{}", Decimal::new(r, 2)), "resident_base_growth": format!("{}", Decimal::new(g, 2))}
        });
        let _ = run(v);
    }

    #[test]
    fn identical_input_gives_identical_output(c in career()) {
        let v = scenario(&c);
        let a = serde_json::to_string(&ok(v.clone())).unwrap();
        let b = serde_json::to_string(&ok(v)).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn amounts_are_never_negative(c in career()) {
        let e = json(&ok(scenario(&c)));
        let p = &e["employee"]["pension"];
        for k in ["basic", "account", "transitional", "total", "balance", "c", "own_contributions"] {
            prop_assert!(!p[k].as_str().unwrap().starts_with('-'), "{} = {}", k, p[k]);
        }
        for k in ["base_pension", "account", "total", "balance"] {
            prop_assert!(!e["resident"][k].as_str().unwrap().starts_with('-'));
        }
    }

    #[test]
    fn adding_a_gap_never_raises_the_employee_pension(c in career(), which in 0..8usize, cut in 1..60i32) {
        let v = scenario(&c);
        let hist = v["history"].as_array().unwrap();
        let paying: Vec<usize> = (0..hist.len()).filter(|&i| hist[i]["kind"] != "gap").collect();
        prop_assume!(!paying.is_empty());
        let i = paying[which % paying.len()];
        let from = m(hist[i]["from"].as_str().unwrap());
        let to = m(hist[i]["to"].as_str().unwrap());
        let len = from.months_until(to) + 1;
        let k = cut.min(len);
        // The last k months of segment i become a gap.
        let mut w = v.clone();
        let h = w["history"].as_array_mut().unwrap();
        let gap_from = to.plus(1 - k);
        if k == len {
            h[i] = json!({"from": from.to_string(), "to": to.to_string(), "kind": "gap"});
        } else {
            h[i]["to"] = json!(gap_from.plus(-1).to_string());
            h.insert(i + 1, json!({"from": gap_from.to_string(), "to": to.to_string(), "kind": "gap"}));
        }
        let (before_f, before_t) = employee_totals(&v);
        let (after_f, after_t) = employee_totals(&w);
        prop_assert!(after_f <= before_f, "formula total rose: {} -> {}", before_f, after_f);
        prop_assert!(after_t <= before_t, "payable total rose: {} -> {}", before_t, after_t);
    }

    #[test]
    fn more_contribution_months_never_lower_it(c in career(), r in 6..30u32) {
        // Paying on until retirement versus stopping now.
        let mut stop = c.clone();
        stop.plan_ratio_tenths = None;
        let mut go_on = c;
        go_on.plan_ratio_tenths = Some(r);
        let (sf, st) = employee_totals(&scenario(&stop));
        let (gf, gt) = employee_totals(&scenario(&go_on));
        prop_assert!(gf >= sf, "{} < {}", gf, sf);
        prop_assert!(gt >= st);
    }

    #[test]
    fn the_explained_arithmetic_reproduces_the_figures(c in career()) {
        let e = ok(scenario(&c));
        let p = &e.employee.pension;
        // 国发〔2005〕38号: basic = (C + C × Ī) / 2 × N %, account = balance / divisor, each to the fen;
        // N as the benefit region's sheets count it (employee::practice::YearsRule: exact, or
        // rounded/cut to 0.01, or raised to the next 0.1), the provincial extra in the total.
        let n = p.years_counted;
        prop_assert!((n - p.years).abs() < d("0.1"), "{} against {}", n, p.years);
        // The first term C, or (Guangdong's sheets, employee::practice::BasicBase) C × Ī / 0.6
        // when Ī is below 0.6.
        let scaled = p.avg_index < d("0.6") && p.basic_first_term == p.c * p.avg_index / d("0.6");
        prop_assert!(p.basic_first_term == p.c || scaled, "{} against {}", p.basic_first_term, p.c);
        prop_assert_eq!(p.basic, fen((p.basic_first_term + p.c * p.avg_index) / d("2") * n / d("100")));
        prop_assert_eq!(p.account, fen(p.balance / p.divisor));
        prop_assert_eq!(p.formula_total, p.basic + p.account + p.transitional + p.provincial_extra);
        prop_assert_eq!(p.total, if p.eligible { p.formula_total } else { Decimal::ZERO });
        prop_assert_eq!(p.eligible, p.contribution_months + p.deemed_months >= p.min_months);
        let r = &e.resident;
        prop_assert_eq!(r.base_pension, r.central + r.topup + r.long_service);
        prop_assert_eq!(r.account, fen(r.balance / r.divisor));
        prop_assert_eq!(r.formula_total, r.base_pension + r.account);
        // Each explanation's shown result is the figure it explains.
        let shown = |id: &str| e.explanations.iter().find(|x| x.id == id).unwrap().result.clone();
        prop_assert_eq!(shown("employee.basic"), format!("{} 元/月", p.basic));
        prop_assert_eq!(shown("employee.account"), format!("{} 元/月", p.account));
        prop_assert_eq!(shown("resident.base"), format!("{} 元/月", r.base_pension));
        // The account's years chain: each opening is the previous closing, closing = opening +
        // credits + interest.
        for w in p.account_years.windows(2) {
            prop_assert_eq!(w[1].opening, w[0].closing);
        }
        for y in &p.account_years {
            prop_assert_eq!(y.closing, y.opening + y.credits + y.interest);
        }
    }

    #[test]
    fn filling_a_gap_never_lowers_the_pension(c in career()) {
        let s = pension_estimator::parse_scenario(&scenario(&c).to_string()).unwrap();
        let a = pension_estimator::gaps::analyse(pension_estimator::params::embedded(), &s).unwrap();
        for g in &a.gaps {
            // Past or to come, never both: a stretch over the valuation month is split there.
            prop_assert_eq!(g.planned, g.from >= s.as_of, "{:?}", g);
            prop_assert!(g.planned || g.to < s.as_of, "{:?}", g);
            for f in [&g.at_neighbour, &g.at_floor].into_iter().flatten() {
                prop_assert!(f.gain >= Decimal::ZERO && f.gain_today >= Decimal::ZERO, "{:?}", g);
                prop_assert!(f.gain_lifetime >= Decimal::ZERO && f.gain_lifetime_today >= Decimal::ZERO, "{:?}", g);
            }
        }
    }

    /// 交够年限就停 (`choices.enough`), whenever it is offered: exactly the months the record
    /// without a plan is short, ending before the month before the pension start, and the
    /// pension it gives is payable.
    #[test]
    fn paying_until_the_minimum_makes_the_pension_payable(c in career()) {
        let mut v = scenario(&c);
        let s = pension_estimator::parse_scenario(&v.to_string()).unwrap();
        let ch = pension_estimator::choices::compare(pension_estimator::params::embedded(), &s).unwrap();
        if let Some(x) = &ch.enough {
            v["plan"] = json!([]);
            let none = ok(v);
            prop_assert!(!none.employee.pension.eligible);
            prop_assert_eq!(x.months, none.employee.pension.shortfall_months);
            prop_assert!(x.to < x.choice.start.plus(-1), "{:?}", x);
            prop_assert!(x.choice.employee_pension > Decimal::ZERO, "{:?}", x);
            prop_assert_eq!(x.choice.scheme, "employee");
        }
    }

    #[test]
    fn a_higher_base_never_lowers_it(c in career(), bump in 1..10u32) {
        let mut hi = c.clone();
        for b in &mut hi.blocks {
            b.ratio_tenths = (b.ratio_tenths + bump).min(30);
        }
        if let Some(r) = &mut hi.plan_ratio_tenths {
            *r = (*r + bump).min(30);
        }
        let (lf, lt) = employee_totals(&scenario(&c));
        let (hf, ht) = employee_totals(&scenario(&hi));
        prop_assert!(hf >= lf, "{} < {}", hf, lf);
        prop_assert!(ht >= lt);
    }

    /// Regulation 883/2004 art. 52(1)(b) over a career in one place that pays the pension: the
    /// one place pays its whole theoretical pension, which is the ordinary result.
    #[test]
    fn pro_rata_equals_the_ordinary_result_for_a_single_region_career(c in career()) {
        let e = ok(scenario(&c));
        if e.employee.pension.contribution_months == 0 {
            prop_assert!(e.prorata.is_none());
        } else {
            prop_assert_eq!(e.benefit_location.region.as_str(), c.region);
            let pr = e.prorata.as_ref().unwrap();
            prop_assert_eq!(pr.shares.len(), 1);
            prop_assert_eq!(pr.total, e.employee.pension.formula_total);
            prop_assert_eq!(pr.difference, Decimal::ZERO);
        }
    }

    /// The same months settled at a place with a higher C never give a lower basic pension
    /// (国发〔2005〕38号 六: the basic pension depends on the place through C alone). The account
    /// part may differ by place — each region reads the divisor its own way at an age with
    /// months (`employee::practice`: by month in some provinces, by whole age elsewhere) — and so
    /// may the flat add-ons (Guangdong's 100 + 4 a year, `employee::extras`), which do not depend
    /// on C, and Tibet's plateau allowance, which depends on the years worked there; so the total
    /// is compared without them: basic + transitional + the indexed extra, all rising with C.
    /// Guangdong's sheets scale the first C by min(1, Ī / 0.6) (`employee::practice::BasicBase`):
    /// places are compared where they take the same share of C and count the same years (the
    /// years rule is provincial practice too: `employee::practice::YearsRule`, exact, rounded or
    /// cut to two decimals — one month is 0.0833 years in one place and 0.08 in another; a
    /// fresh-clone run found a 1-month career where that outweighed a 0.6 % higher C); and the
    /// totals where they count the same transitional years
    /// (`employee::practice::TransitionalYears`: Beijing's adds the months paid in Beijing
    /// 1992-10 … 1998-06 and takes the deemed years at index 1).
    #[test]
    fn the_same_months_at_a_higher_wage_location_never_give_less(c in career()) {
        let e = ok(scenario(&c));
        let ctx = ctx(AS_OF);
        let rule = |r: &str| pension_estimator::employee::practice::transitional_years(&ctx.params, r, e.employee.pension.start);
        let mut at: Vec<_> = ["GD", "JX", "BJ", "SH", "ZJ", "XZ", "GD-SZ"]
            .iter()
            .map(|r| {
                let p = pension_estimator::employee::at_location(&ctx, &e.employee.pension, r).unwrap();
                let without = p.formula_total - p.account - p.extra_flat - p.extra_local_years;
                (p.c, p.basic, without, (p.basic_first_term / p.c, p.years_counted), format!("{:?}", rule(r)))
            })
            .collect();
        at.sort();
        for (i, lo) in at.iter().enumerate() {
            for hi in at[i + 1..].iter().filter(|hi| hi.3 == lo.3) {
                prop_assert!(hi.1 >= lo.1, "basic {:?} < {:?}", hi, lo);
                if hi.4 == lo.4 {
                    prop_assert!(hi.2 >= lo.2, "total without the account {:?} < {:?}", hi, lo);
                }
            }
        }
        // The places compared for where to retire (all take C whole at an index of 0.6 or more).
        let here = &e.employee.pension;
        for row in &e.where_to_retire {
            if row.c >= here.c && here.avg_index >= d("0.6") {
                prop_assert!(row.basic >= here.basic);
            }
        }
    }

    /// The range always contains the central estimate, for every headline figure, whatever the
    /// seed and the spreads.
    #[test]
    fn the_range_contains_the_central_estimate(
        c in career(),
        seed in 0..=(1u64 << 53), // the seeds the format accepts (exact in JavaScript)
        sd in prop::sample::select(vec!["0", "0.005", "0.02", "0.05"]),
    ) {
        let mut v = scenario(&c);
        v["assumptions"] = json!({"seed": seed, "wage_growth_sd": sd, "crediting_rate_sd": sd, "pension_adjustment_sd": sd, "draws": 50});
        let e = ok(v);
        let (p, r, l) = (&e.employee.pension, &e.resident, &e.lifetime);
        let pairs = [
            (&e.range.employee.pension, p.total),
            (&e.range.employee.pension_today, p.formula_total_today),
            (&e.range.employee.lifetime, l.employee.total),
            (&e.range.employee.lifetime_today, l.employee.total_today),
            (&e.range.resident.pension, r.total),
            (&e.range.resident.pension_today, r.formula_total_today),
            (&e.range.resident.lifetime, l.resident.total),
            (&e.range.resident.lifetime_today, l.resident.total_today),
        ];
        for (i, (b, central)) in pairs.iter().enumerate() {
            prop_assert!(b.low <= *central && *central <= b.high, "figure {}: {:?} vs {}", i, b, central);
        }
    }

    /// Each way of paying is the estimate of its plan (src/choices.rs: a choice replaces the plan
    /// from the first open month and is estimated in full with the same assumptions): both
    /// schemes' pensions, and the range of an employee pension drawn — whatever the analysis
    /// keeps from one choice for the next (the choices that leave the employee record as it is,
    /// each resident tier and paying nothing, share its employee side, kernel and range:
    /// `estimate::Shared::employee_side`, `choices::drawn_range`); and each variant retiring
    /// earlier or later is the estimate at that retirement (the same segments: its own employee
    /// side).
    #[test]
    fn each_choice_is_the_estimate_of_its_plan(c in career()) {
        use pension_estimator::scenario::{Kind, RetirementMode, Segment};
        let s = pension_estimator::parse_scenario(&scenario(&c).to_string()).unwrap();
        let ch = pension_estimator::choices::compare(pension_estimator::params::embedded(), &s).unwrap();
        let first = s.first_open_month().max(s.person.birth.plus(16 * 12));
        let mut compared = 0;
        for x in ch.choices.iter().filter(|x| x.retires_as_chosen) {
            let mut t = s.clone();
            t.plan = s.plan_so_far();
            if x.kind != Kind::Gap {
                t.plan.push(Segment { from: first, to: None, kind: x.kind, region: Some(x.region.clone()), base: x.base, tier: x.tier });
            }
            let e = pension_estimator::estimate(&t).unwrap();
            prop_assert_eq!(x.employee_pension, e.employee.pension.total, "{}", x.id);
            prop_assert_eq!(x.resident_pension, e.resident.total, "{}", x.id);
            if x.scheme == "employee" {
                prop_assert_eq!(&x.range, &e.range.employee, "{}", x.id);
            }
            compared += 1;
        }
        // Every resident tier and paying nothing at least (they never ask to retire early).
        prop_assert!(compared >= 2, "{} choices compared", compared);
        // Retiring earlier or later with the plan as it is: the estimate at that retirement.
        for v in ch.variants.iter().filter(|v| v.id.starts_with("retire_")) {
            let mut t = s.clone();
            let parts: Vec<&str> = v.id.split('_').collect();
            t.retirement.mode = if parts[1] == "early" { RetirementMode::Early } else { RetirementMode::Late };
            t.retirement.months = parts[2].trim_end_matches('m').parse().unwrap();
            match pension_estimator::estimate(&t) {
                Ok(e) => {
                    prop_assert!(v.possible, "{}", v.id);
                    prop_assert_eq!(v.pension, e.employee.pension.total, "{}", v.id);
                    prop_assert_eq!(v.start, Some(e.employee.pension.start), "{}", v.id);
                }
                Err(_) => prop_assert!(!v.possible, "{}", v.id),
            }
        }
    }

    /// Payback (回本) is finite exactly when the choice's pension gain is positive.
    #[test]
    fn payback_is_finite_exactly_when_the_gain_is_positive(c in career()) {
        let s = pension_estimator::parse_scenario(&scenario(&c).to_string()).unwrap();
        let ch = pension_estimator::choices::compare(pension_estimator::params::embedded(), &s).unwrap();
        for x in &ch.choices {
            prop_assert_eq!(x.payback_months.is_some(), x.gain > Decimal::ZERO, "{}", x.id);
            if let Some(p) = x.payback_months {
                prop_assert!(p >= Decimal::ZERO);
            }
            prop_assert!(x.range.pension.low <= x.pension && x.pension <= x.range.pension.high, "{}", x.id);
        }
    }
}

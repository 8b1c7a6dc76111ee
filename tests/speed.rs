//! The faster core's two exact shortcuts: a parameter read once for a run of months
//! (`Params::same_until`, `contributions::rates_until`) gives what reading it every month
//! gives; the record built by runs equals one built month by month; the runs kept between
//! calculations (`contributions::rates_run`) give what looking up gives. (scripts/differential.sh
//! compares whole answers with an earlier build over thousands of generated scenarios.)

mod common;
use common::*;
use pension_estimator::employee::contributions::{rates, rates_run, rates_until};
use pension_estimator::scenario::Kind;
use rust_decimal::Decimal;

#[test]
fn account_rate_holds_until_the_2006_cut() {
    let c = ctx("2026-11");
    // CN.individual_account_rate: 0.11 from 1997-07 (国发〔1997〕26号 四), 0.08 from 2006-01
    // (国发〔2005〕38号 三): read at 2000-01, the same value through 2005-12.
    let until = c
        .params
        .same_until("CN", "individual_account_rate", m("2000-01"));
    assert_eq!(until, Some(m("2005-12")));
    assert_eq!(
        c.params
            .value("$", "CN", "individual_account_rate", m("2005-12"))
            .unwrap(),
        d("0.11")
    );
    assert_eq!(
        c.params
            .value("$", "CN", "individual_account_rate", m("2006-01"))
            .unwrap(),
        d("0.08")
    );
}

/// Every month from `at` through the run `rates_until` gives has the rates of `at` (or the
/// same error), in several regions (a city, its province, regions with mid-year steps such
/// as GD's 2019-05 wage), both sides, 1995 to 2060 (published, back-cast and projected wages).
#[test]
fn rates_hold_through_their_run() {
    let c = ctx("2026-11");
    let mut runs = 0;
    for region in ["GD", "GD-SZ", "BJ", "JX", "SC", "SH", "XZ"] {
        for kind in [Kind::Employee, Kind::Flexible] {
            let mut at = m("1995-01");
            while at <= m("2060-12") {
                let first = rates(&c, "$", kind, region, at);
                let until = rates_until(&c, kind, region, at);
                let end = until.map_or(m("2060-12"), |u| u.min(m("2060-12")));
                assert!(end >= at, "{region} {at}: a run ends before it starts");
                for month in at.through(end) {
                    let here = rates(&c, "$", kind, region, month);
                    assert_eq!(
                        here.as_ref().ok(),
                        first.as_ref().ok(),
                        "{region} {kind:?}: {month} differs from {at} (run to {end})"
                    );
                    assert_eq!(here.is_err(), first.is_err());
                }
                runs += 1;
                at = end.plus(1);
            }
        }
    }
    // Yearly or rarer changes: far fewer runs than months (7 regions × 2 sides × 792 months).
    assert!(runs < 7 * 2 * 792 / 6, "{runs} runs");
}

/// A run's end, asked from any month inside it, is the same end: a month inside a run kept
/// between calculations may be paid from that run (`contributions::rates_run`).
#[test]
fn every_month_of_a_run_sees_the_same_end() {
    let c = ctx("2026-11");
    for region in ["GD", "GD-SZ", "BJ", "JX", "XZ"] {
        for kind in [Kind::Employee, Kind::Flexible] {
            let mut at = m("1995-01");
            while at <= m("2060-12") {
                let until = rates_until(&c, kind, region, at);
                let end = until.map_or(m("2060-12"), |u| u.min(m("2060-12")));
                for month in at.through(end) {
                    assert_eq!(
                        rates_until(&c, kind, region, month),
                        until,
                        "{region} {kind:?}: the run from {at} ends at {until:?}, from {month} elsewhere"
                    );
                }
                at = end.plus(1);
            }
        }
    }
}

/// Runs are kept between calculations only on terms that make them the same: quiet lookups
/// (nothing to record) without overrides in the process's own data.
#[test]
fn runs_are_kept_only_on_lasting_terms() {
    let mut quiet = ctx("2026-11");
    assert_eq!(
        quiet.params.lasting_key(),
        None,
        "a reporting context records each value"
    );
    quiet.set_quiet();
    assert!(quiet.params.lasting_key().is_some());

    let over: pension_estimator::params::Override =
        serde_json::from_value(serde_json::json!({"param": "GD.avg_wage", "value": "9000"}))
            .unwrap();
    let mut own = pension_estimator::params::Params::new(
        pension_estimator::params::embedded(),
        &[over],
        m("2026-11"),
        Decimal::ZERO,
    )
    .unwrap();
    own.set_quiet();
    assert_eq!(own.lasting_key(), None, "an override is the caller's alone");

    let copy = pension_estimator::params::embedded().clone();
    let mut other =
        pension_estimator::params::Params::new(&copy, &[], m("2026-11"), Decimal::ZERO).unwrap();
    other.set_quiet();
    assert_eq!(
        other.lasting_key(),
        None,
        "data other than the process's own may change"
    );
}

/// Through the kept runs, in any order of asking (two valuation months and two wage growths
/// interleaved, months asked forward, backward and inside runs), every month gets what
/// looking it up gives.
#[test]
fn kept_runs_give_what_looking_up_gives() {
    let mut contexts = Vec::new();
    for (as_of, growth) in [
        ("2026-11", None),
        ("2026-01", None),
        ("2026-11", Some("0.02")),
    ] {
        let mut c = ctx(as_of);
        if let Some(g) = growth {
            c.params.set_wage_growth(d(g));
        }
        c.set_quiet();
        contexts.push(c);
    }
    let months: Vec<_> = m("1996-01").through(m("2055-12")).collect();
    let mut asked = 0;
    for round in 0..3 {
        for (i, c) in contexts.iter().enumerate() {
            for region in ["GD", "GD-SZ", "JX", "BJ"] {
                for kind in [Kind::Employee, Kind::Flexible] {
                    // Strides of 7, 11 and 13 months, forward and back: inside runs and across them.
                    let stride = [7, 11, 13][(round + i) % 3];
                    let order: Box<dyn Iterator<Item = &_>> = if round % 2 == 0 {
                        Box::new(months.iter().step_by(stride))
                    } else {
                        Box::new(months.iter().rev().step_by(stride))
                    };
                    for &month in order {
                        let kept = rates_run(c, &|| "$".into(), kind, &region.into(), month, None);
                        let looked = rates(c, "$", kind, region, month)
                            .map(|r| (r, rates_until(c, kind, region, month)));
                        assert_eq!(
                            kept.as_ref().ok(),
                            looked.as_ref().ok(),
                            "{region} {kind:?} {month} (context {i}, round {round})"
                        );
                        assert_eq!(kept.is_err(), looked.is_err());
                        asked += 1;
                    }
                }
            }
        }
    }
    assert!(asked > 3 * 3 * 4 * 2 * 40, "{asked} months asked");
}

/// Through the values kept between calculations (`params::kept`), every parameter of the
/// registry in seven regions, 1990–2060, under three sets of terms asked in turn, gets what a
/// lookup in a copy of the data gives (a copy is never kept: it is looked up every time) — the
/// value, or the error (an error is not kept, and names the caller's path).
#[test]
fn kept_values_give_what_looking_up_gives() {
    use pension_estimator::params::{embedded, Params, SPECS};
    let copy = embedded().clone();
    let terms = [
        ("2026-11", "0.05"),
        ("2026-01", "0.05"),
        ("2026-11", "0.02"),
    ];
    let make = |data, (as_of, growth): (&str, &str)| {
        let mut p = Params::new(data, &[], m(as_of), d(growth)).unwrap();
        p.set_quiet();
        p
    };
    let (mut asked, mut kept_values) = (0, 0);
    for round in 0..2 {
        for &t in &terms {
            let (kept, fresh) = (make(embedded(), t), make(&copy, t));
            assert!(kept.lasting_key().is_some() && fresh.lasting_key().is_none());
            for sp in SPECS {
                for region in ["CN", "GD", "GD-SZ", "JX", "BJ", "SH", "XZ"] {
                    // Every 5th month, forward, then backward (all kept by then).
                    let months: Vec<_> = m("1990-01").through(m("2060-12")).step_by(5).collect();
                    let order: Box<dyn Iterator<Item = &_>> = if round == 0 {
                        Box::new(months.iter())
                    } else {
                        Box::new(months.iter().rev())
                    };
                    for &month in order {
                        let a = kept.get("$.x", region, sp.key, month);
                        let b = fresh.get("$.x", region, sp.key, month);
                        assert_eq!(a, b, "{region}.{} at {month}, terms {t:?}", sp.key);
                        kept_values += usize::from(a.is_ok());
                        asked += 1;
                    }
                }
            }
        }
    }
    assert!(
        kept_values > 10_000,
        "{kept_values} of {asked} lookups gave a value"
    );
}

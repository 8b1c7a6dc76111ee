//! The faster core's two exact shortcuts: a parameter read once for a run of months
//! (`Params::same_until`, `contributions::rates_until`) gives what reading it every month
//! gives; the record built by runs equals one built month by month. (scripts/differential.sh
//! compares whole answers with an earlier build over thousands of generated scenarios.)

mod common;
use common::*;
use pension_estimator::employee::contributions::{rates, rates_until};
use pension_estimator::scenario::Kind;

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

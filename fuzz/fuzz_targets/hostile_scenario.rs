//! Hostile scenarios built from structured random data: plausible shapes (a person, a career of
//! segments, a plan, a statement, parameter overrides, assumptions) with values drawn at, just
//! inside and just beyond every bound the scenario format and the parameter table
//! ([`pension_estimator::params::bounds`]) set. Shared by the fuzz target `hostile` and the test
//! `tests/hostile.rs` (which includes this file), so that both drive the same generator.

use arbitrary::{Result, Unstructured};
use pension_estimator::params::{bounds::bounds, Scope, SPECS};
use pension_estimator::Month;
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

/// Region codes the generator uses: known ones (a city under a province included); unknown ones
/// come from [`region`] when hostile.
pub const REGIONS: &[&str] = &["GD", "GD-SZ", "JX", "SH", "BJ", "HN", "SC", "XZ", "ZJ"];

fn month(u: &mut Unstructured, lo: Month, hi: Month) -> Result<Month> {
    let span = lo.months_until(hi).max(0);
    Ok(lo.plus(u.int_in_range(0..=span)?))
}

fn one<'a, T: ?Sized>(u: &mut Unstructured, xs: &'a [&'a T]) -> Result<&'a T> {
    Ok(*u.choose(xs)?)
}

/// Whether this field gets a hostile value (about one field in twenty): most of a scenario
/// stays plausible, so that the calculation behind the checks is reached.
fn hostile(u: &mut Unstructured) -> Result<bool> {
    u.ratio(1, 20)
}

/// `good` most of the time, else one of `bad`.
fn pick<'a>(u: &mut Unstructured, good: &'a [&'a str], bad: &'a [&'a str]) -> Result<&'a str> {
    if hostile(u)? {
        one(u, bad)
    } else {
        one(u, good)
    }
}

/// A decimal at or inside `[lo, hi]` (the bounds themselves often), or, when hostile, a hair
/// beyond them, zero, a negative, or huge.
fn edge(u: &mut Unstructured, lo: Decimal, hi: Decimal) -> Result<Decimal> {
    let hair = Decimal::new(1, 4);
    if hostile(u)? {
        return Ok(match u.int_in_range(0..=4u8)? {
            0 => lo - hair,
            1 => hi + hair,
            2 => Decimal::ZERO,
            3 => -Decimal::ONE,
            _ => Decimal::from(10_000_000),
        });
    }
    Ok(match u.int_in_range(0..=3u8)? {
        0 => lo,
        1 => hi,
        _ => (lo + (hi - lo) / Decimal::from(u.int_in_range(2..=9u8)?)).round_dp(4),
    })
}

fn region(u: &mut Unstructured) -> Result<&'static str> {
    if hostile(u)? {
        one(u, &["XX", "", "gd", "GD-XX"])
    } else {
        one(u, REGIONS)
    }
}

fn base(u: &mut Unstructured) -> Result<Value> {
    Ok(if u.ratio(3, 4)? {
        json!({ "ratio": pick(u, &["0.6", "1", "3", "0.0001", "10"], &["0", "10.01", "-1", "60"])? })
    } else {
        json!({ "amount": pick(u, &["5000", "0.01", "10000000"], &["10000001", "0"])? })
    })
}

fn segment(u: &mut Unstructured, from: Month, to: Option<Month>) -> Result<Value> {
    let kind = one(u, &["employee", "flexible", "flexible", "resident", "gap"])?;
    let mut s = Map::new();
    s.insert("from".into(), json!(from.to_string()));
    if let Some(to) = to {
        s.insert("to".into(), json!(to.to_string()));
    }
    s.insert("kind".into(), json!(kind));
    if kind != "gap" && !hostile(u)? || kind == "gap" && hostile(u)? {
        s.insert("region".into(), json!(region(u)?));
    }
    let fitting = !hostile(u)?;
    match kind {
        "employee" | "flexible" if fitting => {
            s.insert("base".into(), base(u)?);
        }
        "resident" if fitting => {
            let tier = pick(
                u,
                &["100", "200", "2000", "1000000"],
                &["0", "1000001", "-5"],
            )?;
            s.insert("tier".into(), json!(tier));
        }
        "gap" if !fitting => {
            s.insert("tier".into(), json!("100"));
        }
        _ => {}
    }
    Ok(Value::Object(s))
}

/// Up to five segments from `start`, each ending by `end` (the last one open when `open_last`
/// allows it); when hostile, reversed, overlapping or past `end`.
fn segments(u: &mut Unstructured, start: Month, end: Month, open_last: bool) -> Result<Vec<Value>> {
    let n = u.int_in_range(0..=5usize)?;
    let mut out = Vec::new();
    let mut from = start;
    for i in 0..n {
        let last = i + 1 == n;
        let len = if hostile(u)? {
            u.int_in_range(-3..=400i32)?
        } else {
            u.int_in_range(0..=120i32)?
        };
        let to = if hostile(u)? {
            from.plus(len)
        } else {
            from.plus(len).min(end)
        };
        if to < from && !hostile(u)? {
            break;
        }
        let open = last && open_last && u.ratio(1, 2)?;
        out.push(segment(u, from, (!open).then_some(to))?);
        let step = if hostile(u)? {
            u.int_in_range(-2..=0i32)?
        } else {
            u.int_in_range(1..=24i32)?
        };
        from = to.plus(step);
        if from > end && !hostile(u)? {
            break;
        }
    }
    Ok(out)
}

/// A statement (对账单) up to the month before `first` (where the detailed segments start).
fn summary(u: &mut Unstructured, birth: Month, first: Month, as_of: Month) -> Result<Value> {
    let at = if hostile(u)? {
        month(u, birth, as_of.plus(2))?
    } else {
        first.plus(-1).min(as_of)
    };
    let lived = birth.plus(16 * 12).months_until(at.plus(1)).max(0) as u32;
    let (employee, deemed) = if hostile(u)? {
        (u.int_in_range(0..=1000u32)?, u.int_in_range(0..=800u32)?)
    } else {
        let e = u.int_in_range(0..=lived)?;
        (e, u.int_in_range(0..=lived - e)?)
    };
    let most_years = if hostile(u)? { 90 } else { lived / 12 };
    let mut s = json!({
        "at": at.to_string(),
        "employee_months": employee,
        "deemed_months": deemed,
        "resident_years": u.int_in_range(0..=most_years)?,
    });
    if !hostile(u)? {
        s["avg_index"] = json!(pick(u, &["0", "0.6", "1", "3", "10"], &["10.1", "-0.1"])?);
    }
    if u.ratio(1, 2)? {
        s["account_balance"] = json!(pick(u, &["0", "12000", "100000000"], &["100000001", "-1"])?);
    }
    if u.ratio(1, 2)? {
        s["region"] = json!(region(u)?);
    }
    Ok(s)
}

fn overrides(u: &mut Unstructured, as_of: Month) -> Result<Vec<Value>> {
    let n = *u.choose(&[0usize, 0, 1, 1, 2, 3])?;
    let mut out = Vec::new();
    for _ in 0..n {
        let sp = u.choose(SPECS)?;
        let scope = match (sp.scope, hostile(u)?) {
            (_, true) => one(u, &["CN", "GD", "XX", ""])?,
            (Scope::National, false) => "CN",
            (Scope::Regional | Scope::Unified, false) => one(u, REGIONS)?,
        };
        let (lo, hi) = bounds(sp.key).map_or((Decimal::ZERO, Decimal::ONE), |b| (b.lo, b.hi));
        let mut o = json!({
            "param": format!("{scope}.{}", sp.key),
            "value": edge(u, lo, hi)?.to_string(),
        });
        if u.ratio(1, 3)? {
            o["from"] = json!(month(u, as_of.plus(-600), as_of.plus(600))?.to_string());
        }
        out.push(o);
    }
    Ok(out)
}

fn assumptions(u: &mut Unstructured) -> Result<Value> {
    let mut a = Map::new();
    let growth = (Decimal::new(-1, 1), Decimal::new(2, 1));
    for name in [
        "wage_growth",
        "crediting_rate",
        "resident_interest",
        "pension_adjustment",
        "resident_base_growth",
    ] {
        if u.ratio(1, 5)? {
            a.insert(name.into(), json!(edge(u, growth.0, growth.1)?.to_string()));
        }
    }
    for name in [
        "wage_growth_sd",
        "crediting_rate_sd",
        "pension_adjustment_sd",
    ] {
        if u.ratio(1, 8)? {
            a.insert(
                name.into(),
                json!(edge(u, Decimal::ZERO, Decimal::new(5, 2))?.to_string()),
            );
        }
    }
    if u.ratio(1, 8)? {
        // Few draws: every choice repeats them; the bound and beyond now and then.
        let draws = if hostile(u)? {
            *u.choose(&[2000u32, 2001])?
        } else {
            *u.choose(&[0u32, 1, 7, 40])?
        };
        a.insert("draws".into(), json!(draws));
    }
    Ok(Value::Object(a))
}

/// One hostile scenario.
pub fn scenario(u: &mut Unstructured) -> Result<Value> {
    let (Some(lo), Some(hi)) = (Month::new(1990, 1), Month::new(2101, 3)) else {
        return Err(arbitrary::Error::IncorrectFormat);
    };
    let as_of = month(u, lo, hi)?;
    let age = if hostile(u)? {
        u.int_in_range(-2..=116 * 12)?
    } else {
        u.int_in_range(17 * 12..=75 * 12)?
    };
    let birth = as_of.plus(-age);
    let sex = one(u, &["male", "female"])?;
    let mut person = json!({ "birth": birth.to_string(), "sex": sex, "hukou": region(u)? });
    if sex == "female" && !hostile(u)? {
        person["category"] = json!(one(u, &["cadre", "worker", "flexible"])?);
    }
    let earliest = birth.plus(if hostile(u)? { 14 * 12 } else { 16 * 12 });
    let start = month(u, earliest, as_of.max(earliest))?;
    let mut s = json!({ "person": person, "as_of": as_of.to_string() });
    s["history"] = json!(segments(u, start, as_of, false)?);
    let plan_from = as_of.plus(if hostile(u)? {
        0
    } else {
        u.int_in_range(1..=3i32)?
    });
    s["plan"] = json!(segments(u, plan_from, plan_from.plus(12 * 60), true)?);
    if u.ratio(1, 3)? {
        let mode = one(u, &["statutory", "early", "late"])?;
        let months = if hostile(u)? {
            u.int_in_range(37..=40u32)?
        } else {
            u.int_in_range(0..=36u32)?
        };
        s["retirement"] = json!({ "mode": mode, "months": months });
    }
    if u.ratio(1, 4)? {
        s["summary"] = summary(u, birth, start, as_of)?;
    }
    s["overrides"] = json!(overrides(u, as_of)?);
    s["assumptions"] = assumptions(u)?;
    Ok(s)
}

/// What the core answered a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not read (syntax, types, unknown fields).
    Unreadable,
    /// Read, refused by `validate` (and so by every other call).
    Refused,
    /// Valid: estimate, gaps and choices all answered.
    Answered,
}

fn well_formed(e: &pension_estimator::Invalid) {
    assert!(!e.errors.is_empty(), "a refusal without errors");
    for f in &e.errors {
        assert!(
            f.path.starts_with('$') && !f.zh.is_empty() && !f.en.is_empty(),
            "{f:?}"
        );
    }
}

/// The contract of every door, on one scenario text: a refusal is well formed; `validate` ok ⇒
/// estimate, gaps and choices answer; `validate` refuses ⇒ estimate refuses with the same first
/// error. Panics (for the fuzzer and the test) when it does not hold.
pub fn contract(text: &str) -> Outcome {
    let data = pension_estimator::params::embedded();
    let s = match pension_estimator::parse_scenario(text) {
        Ok(s) => s,
        Err(e) => {
            well_formed(&e);
            return Outcome::Unreadable;
        }
    };
    let est = pension_estimator::estimate::estimate_with(data, &s);
    match pension_estimator::validate_with(data, &s) {
        Err(v) => {
            well_formed(&v);
            let e = est.expect_err("validate refused, estimate answered");
            assert_eq!(
                e.errors[0], v.errors[0],
                "estimate and validate disagree on {text}"
            );
            Outcome::Refused
        }
        Ok(()) => {
            let fail = |what: &str, e: pension_estimator::Invalid| -> ! {
                panic!("validate accepted, {what} refused: {e}\n{text}")
            };
            let e = est.unwrap_or_else(|e| fail("estimate", e));
            let p = &e.employee.pension;
            for x in [
                p.basic,
                p.account,
                p.transitional,
                p.total,
                p.balance,
                e.resident.total,
                e.resident.balance,
            ] {
                assert!(x >= Decimal::ZERO, "negative amount {x} in {text}");
            }
            pension_estimator::gaps::analyse(data, &s).unwrap_or_else(|e| fail("gaps", e));
            pension_estimator::choices::compare(data, &s).unwrap_or_else(|e| fail("choices", e));
            Outcome::Answered
        }
    }
}

//! A policy comparison, **not the law**: the same career under the EU coordination rule.
//!
//! Source of the rule compared: Regulation (EC) No 883/2004 art. 52(1)(b), as presented in seed
//! 001 §5.2 (第883/2004条例第52(b)条款) and seed 004 §4.4: each place computes the *theoretical*
//! pension the person would get under its rules had the whole career been there, and pays the
//! share of it that the person's periods there make of all periods:
//!
//! > pension = Σᵢ Bᵢ × Tᵢ / Σ T
//!
//! Applied here with China's formula: Bᵢ is the employee pension for the whole record with
//! place i's C and transitional coefficient (the record's Ī, N and account unchanged; see
//! [`crate::employee::at_location`]); Tᵢ are the employee-scheme months paid in place i
//! (temporary-account months included — every place a person paid in pays its share; a
//! statement's months count for its region). Each share is rounded to the fen and the total is
//! the sum of the rounded shares. The current Chinese result is the benefit location's formula
//! amount. Nothing in Chinese law pays pensions this way; it is shown to explain how much the
//! place of retirement matters and for policy discussion (seed 001 §5.2 proposes it).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::context::Ctx;
use crate::employee::{at_location, EmployeePension};
use crate::error::FieldError;
use crate::explain::Explanation;
use crate::money::{fen, ser_ratio4, ser_yuan};

/// One place's share.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Share {
    /// Region code.
    pub region: String,
    /// Tᵢ, months paid there.
    pub months: u32,
    /// Tᵢ / Σ T.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_ratio4")]
    pub share: Decimal,
    /// The place's C.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub c: Decimal,
    /// Bᵢ, the theoretical pension for the whole career there.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub theoretical: Decimal,
    /// Bᵢ × Tᵢ / Σ T.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub pays: Decimal,
}

/// The comparison.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ProRata {
    /// Always `"policy_comparison"`: not the law in China (the explanation `policy.prorata`
    /// says so in words).
    pub label: &'static str,
    /// Per place.
    pub shares: Vec<Share>,
    /// Σ of the shares paid.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub total: Decimal,
    /// The current Chinese result (the benefit location's formula amount).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub current: Decimal,
    /// total − current.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub difference: Decimal,
}

/// The comparison for pension `e`; `months` are the employee-scheme months per region. `None`
/// without employee months.
pub fn compare(
    ctx: &Ctx,
    e: &EmployeePension,
    months: &crate::sorted::SortedMap<String, u32>,
) -> Result<Option<ProRata>, FieldError> {
    let all: u32 = months.values().sum();
    if all == 0 {
        return Ok(None);
    }
    let mut shares = Vec::new();
    for (r, &t) in months.iter().filter(|(_, t)| **t > 0) {
        let there = at_location(ctx, e, r)?;
        let b = there.formula_total;
        let share = Decimal::from(t) / Decimal::from(all);
        shares.push(Share {
            region: r.clone(),
            months: t,
            share,
            c: there.c,
            theoretical: b,
            pays: fen(b * share),
        });
    }
    let total = crate::money::sum(shares.iter().map(|s| s.pays));
    Ok(Some(ProRata {
        label: "policy_comparison",
        total,
        current: e.formula_total,
        difference: total - e.formula_total,
        shares,
    }))
}

/// The explanation of the comparison.
pub fn explanation(p: &ProRata) -> Explanation {
    let rows: Vec<String> = p
        .shares
        .iter()
        .map(|s| {
            format!(
                "{}：{} × {}/{} = {}",
                s.region,
                s.theoretical,
                s.months,
                p.shares.iter().map(|x| x.months).sum::<u32>(),
                s.pays
            )
        })
        .collect();
    Explanation {
        id: "policy.prorata",
        title_zh: "政策比较：如果按欧盟办法各地按比例发（不是现行规定）",
        title_en: "Policy comparison: the EU pro-rata rule (not the law in China)",
        formula_zh: "各地按整个经历算理论养老金 Bᵢ，按本地月数占比发：Σ Bᵢ × Tᵢ / ΣT",
        formula_en:
            "each place pays its months' share of its pension for the whole career: Σ Bᵢ × Tᵢ / ΣT",
        computation: rows.join("；"),
        result: format!(
            "合计 {} 元，现行办法 {} 元，相差 {} 元",
            p.total, p.current, p.difference
        ),
        sources: vec![
            "Regulation (EC) No 883/2004, art. 52(1)(b)（欧盟社会保障协调条例，按比例计发）",
            "种子文献 001 第5.2节；004 第4.4节（政策建议）",
        ],
    }
}

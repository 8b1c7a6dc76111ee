//! "Where should I retire?" — the employee pension if the record were settled in each place it
//! could be settled in, side by side.
//!
//! Source: 《城镇企业职工基本养老保险关系转移接续暂行办法》(国办发〔2009〕66号) 第六条 (the places a
//! pension can be paid: the hukou place, a place with ten years where the record is, the last
//! earlier place with ten years) and 国发〔2005〕38号 六 (C is the benefit location's average wage;
//! each month's index stays against the wage of the place it was paid in).
//!
//! Candidates (a modelling choice, stated here): the hukou place; every place of the record with
//! ten counted years; and every place of the record that could still reach ten years if all the
//! months from the valuation month to the pension start were paid there — unless the person has
//! reached the temporary-account age and the place is neither the hukou place nor where the record
//! is now (第五条（二）: new months there would go to a temporary account and not count). Each row
//! keeps the record as it is (months, Ī, N, account) and changes only the place's C and
//! transitional coefficient: for a place not yet at ten years the row shows the pension if those
//! months were paid there with the same indices, and says how many months are missing.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::context::Ctx;
use crate::employee::{at_location, EmployeePension};
use crate::error::FieldError;
use crate::explain::Explanation;
use crate::location::BenefitLocation;
use crate::money::ser_yuan;
use crate::Month;

/// One place the pension could be paid in.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Place {
    /// Region code.
    pub region: String,
    /// Why it is a candidate: `hukou`, `ten_years` (already), `could_reach`, or
    /// `benefit_location`.
    pub why: &'static str,
    /// Months counted there for the location (temporary-account months excluded).
    pub months: u32,
    /// Months still to pay there to reach ten years (0 for the hukou place or when reached).
    pub months_missing: u32,
    /// Whether this is the benefit location the rules give.
    pub is_benefit_location: bool,
    /// The place's C at the pension start.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub c: Decimal,
    /// Basic pension there.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub basic: Decimal,
    /// Monthly pension there (the formula amount, paid once the minimum is met).
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub total: Decimal,
    /// The same in today's money.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub total_today: Decimal,
    /// Difference to the benefit location's pension.
    #[ts(type = "string")]
    #[serde(serialize_with = "ser_yuan")]
    pub vs_benefit_location: Decimal,
}

/// The candidates: the benefit location first, then the others in region-code order.
#[allow(clippy::too_many_arguments)]
pub fn where_to_retire(
    ctx: &Ctx,
    e: &EmployeePension,
    loc: &BenefitLocation,
    hukou: &str,
    relation: Option<&str>,
    temp_from_now: Option<Month>,
    min_months: u32,
    first_free: Month,
) -> Result<Vec<Place>, FieldError> {
    let remaining = first_free.months_until(e.start).max(0) as u32;
    let past_temp_age = temp_from_now.is_some_and(|t| first_free >= t);
    // (region, why, months, missing), one row per region (a plain Vec keeps the wasm small).
    let mut cand: Vec<(&str, &'static str, u32, u32)> = Vec::new();
    for (r, &n) in &loc.months_by_region {
        let missing = min_months.saturating_sub(n);
        let why = if missing == 0 {
            "ten_years"
        } else if n + remaining >= min_months
            && (!past_temp_age || r == hukou || Some(r.as_str()) == relation)
        {
            "could_reach"
        } else {
            continue;
        };
        cand.push((r, why, n, missing));
    }
    match cand.iter_mut().find(|c| c.0 == hukou) {
        Some(c) => *c = (c.0, "hukou", c.2, 0),
        None => cand.push((hukou, "hukou", 0, 0)),
    }
    if !cand.iter().any(|c| c.0 == loc.region) {
        cand.push((&loc.region, "benefit_location", 0, 0));
    }
    let here = e.formula_total;
    let mut out = Vec::new();
    for (r, why, months, missing) in cand {
        let p = at_location(ctx, e, r)?;
        out.push(Place {
            is_benefit_location: r == loc.region,
            region: r.to_owned(),
            why,
            months,
            months_missing: missing,
            c: p.c,
            basic: p.basic,
            total: p.formula_total,
            total_today: p.formula_total_today,
            vs_benefit_location: p.formula_total - here,
        });
    }
    // The benefit location first, the others in region order (no sort: it keeps the wasm small).
    if let Some(i) = out.iter().position(|p| p.is_benefit_location) {
        out[..=i].rotate_right(1);
    }
    Ok(out)
}

/// The explanation of the comparison.
pub fn explanation(places: &[Place]) -> Explanation {
    let rows: Vec<String> = places
        .iter()
        .map(|p| format!("{}：C = {}，{}", p.region, crate::money::fen(p.c), p.total))
        .collect();
    Explanation {
        id: "employee.where_to_retire",
        title_zh: "在哪里退休更好",
        title_en: "Where to retire",
        formula_zh: "同样的记录换成各地的计发基数 C：基础养老金 = (C + C × Ī) ÷ 2 × N × 1%",
        formula_en: "the same record with each place's C: basic = (C + C × Ī) / 2 × N × 1 %",
        computation: rows.join("；"),
        // The first row is the benefit location's.
        result: rows.first().cloned().unwrap_or_default(),
        sources: vec![
            "城镇企业职工基本养老保险关系转移接续暂行办法（国办发〔2009〕66号）第五、六条",
            "国务院关于完善企业职工基本养老保险制度的决定（国发〔2005〕38号）第六条",
        ],
    }
}

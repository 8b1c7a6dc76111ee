//! Provincial extras printed in the total of the benefit-determination sheet, shown as their own
//! line so that a person sees what is national (国发〔2005〕38号: basic, account, transitional) and
//! what is provincial.
//!
//! Modelled: an extra of a share of the indexed monthly wage (C × Ī) per contribution year
//! (`extra_indexed_per_year` in `params/`). Sichuan's 增发养老金 is 0.1 % per year, all years
//! counted (deemed included): the 四川省社会保险业务办理结果通知单 of 2023-08 … 2026-05 print it
//! (6786.36 × 0.1 % × 17.33 = 117.61 on a 2024-04 slip), citing 川劳社发〔2006〕17号 on the slip;
//! the document's text was not seen.
//!
//! Modelled: flat add-ons, a fixed amount plus a fixed amount per whole contribution year
//! (`extra_flat`, `extra_per_whole_year`). Guangdong's sheets (江门 2024-05, 中山 2025-04 and
//! 2026-06) print 100 + 4 × the whole years in their transitional column (17.75 years → 168,
//! 27.25 → 208); the transcriber names them 加发100 (粤劳电〔2009〕32号) and 缴费年限津贴
//! (粤人社〔2014〕8号), documents not read.
//!
//! Modelled: a share of the indexed wage by the years worked in the region
//! (`extra_local_years_tiers`). Tibet's plateau allowance (高原补贴): C × Ī × 5 % for 10 to under
//! 15 years worked in Tibet, 10 % for 15 to under 20, 15 % for 20 or more, nothing below 10; the
//! 拉萨 二类地区 核定表 of 2025-11 and 2025-12 (tests/sheets: xizang/1, xizang/4) print it in the
//! total (11777 × 1 × 10 % = 1177.70 for 15 years; 11777 × 0.671 × 10 % = 790.24 for 15.83),
//! citing 藏政发〔2006〕37号 and 藏劳社办〔2007〕6号 (Tibet Autonomous Region government and its
//! labour and social security office) as transcribed; the documents were not read. The years
//! worked in Tibet are the record's months paid there (the detailed months with region XZ, and
//! a statement's months where it names XZ).
//!
//! Not modelled: Sichuan's fixed amounts and its 0.4 % for a special category, the 5 % for
//! parents of an only child (Yunnan, Guizhou: a category the scenario does not have), Tibet's
//! area benefits (fixed amounts by area class — 二类地区 30 + 39.88 + 260 on the 拉萨 sheets — and
//! the scenario has no area class), Jilin's tiered extra (docs/sheets.md lists what the sheets
//! print).

use rust_decimal::Decimal;

use crate::money::fen;
use crate::params::Params;
use crate::Month;

/// The extra = C × Ī × years × `rate`, to the fen (`years` as the region's sheets count them).
///
/// ```
/// use pension_estimator::employee::extras::indexed_extra;
/// use rust_decimal::Decimal;
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// // Sichuan slip 2024-04: 8079 × 0.84 = 6786.36; × 17.33 × 0.1 % = 117.607… → 117.61
/// assert_eq!(indexed_extra(d("8079"), d("0.84"), d("17.33"), d("0.001")).to_string(), "117.61");
/// ```
pub fn indexed_extra(c: Decimal, avg_index: Decimal, years: Decimal, rate: Decimal) -> Decimal {
    fen(c * avg_index * years * rate)
}

/// The flat add-ons = `flat` + `per_year` × the whole years in `years`, to the fen.
///
/// ```
/// use pension_estimator::employee::extras::flat_extra;
/// use rust_decimal::Decimal;
/// let d = |s: &str| s.parse::<Decimal>().unwrap();
/// // 江门 2024-05: 17.75 years → 17 whole; 100 + 4 × 17 = 168, as printed
/// assert_eq!(flat_extra(d("100"), d("4"), d("17.75")).to_string(), "168.00");
/// ```
pub fn flat_extra(flat: Decimal, per_year: Decimal, years: Decimal) -> Decimal {
    fen(flat + per_year * years.floor())
}

/// The per-year part of the flat add-ons of `region` for a pension starting in `at`: the
/// amount per whole year × the whole years in `years` (Guangdong, Shenzhen: 4 a year), 0 where
/// none.
pub fn per_year_add_ons(params: &Params, region: &str, at: Month, years: Decimal) -> Decimal {
    params
        .step(region, "extra_per_whole_year", at)
        .map_or(Decimal::ZERO, |(_, per_year)| {
            flat_extra(Decimal::ZERO, per_year, years)
        })
}

/// The provincial extras of `region` for a pension starting in `at`: (the share of the indexed
/// wage, the flat add-ons), each 0 where the region has none; `years` as its sheets count them.
pub fn provincial_extras(
    params: &Params,
    region: &str,
    at: Month,
    c: Decimal,
    avg_index: Decimal,
    years: Decimal,
) -> (Decimal, Decimal) {
    let value = |key| params.step(region, key, at).map(|(_, v)| v);
    let indexed = value("extra_indexed_per_year").map_or(Decimal::ZERO, |rate| {
        indexed_extra(c, avg_index, years, rate)
    });
    let (flat, per_year) = (value("extra_flat"), value("extra_per_whole_year"));
    let flat = if flat.is_none() && per_year.is_none() {
        Decimal::ZERO
    } else {
        let zero = Decimal::ZERO;
        flat_extra(flat.unwrap_or(zero), per_year.unwrap_or(zero), years)
    };
    (indexed, flat)
}

/// Tiers of a share of the indexed wage by whole years worked in the region: (years from, share),
/// as the data writes them ("10:0.05 15:0.10 20:0.15"); `None` for another text.
pub fn parse_tiers(rule: &str) -> Option<Vec<(u32, Decimal)>> {
    rule.split_whitespace()
        .map(|tier| {
            let (years, share) = tier.split_once(':')?;
            Some((years.parse().ok()?, crate::money::parse_decimal(share)?))
        })
        .collect()
}

/// The share of the highest tier that `local_months` reach (0 below the first).
///
/// ```
/// use pension_estimator::employee::extras::{parse_tiers, tier_share};
/// let tiers = parse_tiers("10:0.05 15:0.10 20:0.15").unwrap();
/// // 拉萨 2025-11: 15.83 years (190 months) in Tibet → the 15-year tier, 10 %
/// assert_eq!(tier_share(&tiers, 190).to_string(), "0.10");
/// // 119 months: under 10 years, nothing; 240 months: 20 years, 15 %
/// assert_eq!(tier_share(&tiers, 119).to_string(), "0");
/// assert_eq!(tier_share(&tiers, 240).to_string(), "0.15");
/// ```
pub fn tier_share(tiers: &[(u32, Decimal)], local_months: u32) -> Decimal {
    tiers
        .iter()
        .filter(|(years, _)| local_months >= years * 12)
        .map(|(_, share)| *share)
        .max()
        .unwrap_or(Decimal::ZERO)
}

/// The share of the indexed wage that `region` pays for `local_months` worked there
/// (`extra_local_years_tiers`, read by [`tier_share`]) for a pension starting in `at`; 0 where
/// the region has none.
pub fn local_years_share(params: &Params, region: &str, at: Month, local_months: u32) -> Decimal {
    params
        .rule(region, "extra_local_years_tiers", at)
        .and_then(|rule| parse_tiers(&rule))
        .map_or(Decimal::ZERO, |tiers| tier_share(&tiers, local_months))
}

/// The extra by years worked in the region = C × Ī × [`local_years_share`], to the fen (Tibet
/// 2025-11: 11777 × 0.671 × 10 % = 790.2367 → 790.24).
pub fn local_years_extra(
    params: &Params,
    region: &str,
    at: Month,
    (c, avg_index): (Decimal, Decimal),
    local_months: u32,
) -> Decimal {
    fen(c * avg_index * local_years_share(params, region, at, local_months))
}

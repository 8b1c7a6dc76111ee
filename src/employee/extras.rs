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
//! Not modelled: Sichuan's fixed amounts and its 0.4 % for a special category, the 5 % for
//! parents of an only child (Yunnan, Guizhou: a category the scenario does not have), Tibet's
//! plateau allowance and area benefits, Jilin's tiered extra (docs/sheets.md lists what the
//! sheets print).

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

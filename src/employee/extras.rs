//! Provincial extras printed in the total of the benefit-determination sheet, shown as their own
//! line so that a person sees what is national (国发〔2005〕38号: basic, account, transitional) and
//! what is provincial.
//!
//! Modelled: an extra of a share of the indexed monthly wage (C × Ī) per contribution year
//! (`extra_indexed_per_year` in `params/`). Sichuan's 增发养老金 is 0.1 % per year, all years
//! counted (deemed included): the 四川省社会保险业务办理结果通知单 of 2023-08 … 2026-05 print it
//! (6786.36 × 0.1 % × 17.33 = 117.61 on a 2024-04 slip), citing 川劳社发〔2006〕17号 on the slip;
//! the document's text was not seen. Not modelled: Sichuan's fixed amounts and its 0.4 % for a
//! special category, Yunnan's special addition, Tibet's plateau allowance, Jilin's tiered extra
//! (docs/sheets.md lists what the sheets print).

use rust_decimal::Decimal;

use crate::money::fen;

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

//! Where the employee pension is paid (待遇领取地), by the four-step rule.
//!
//! Source: 《城镇企业职工基本养老保险关系转移接续暂行办法》(国办发〔2009〕66号) 第六条:
//!
//! > （一）基本养老保险关系在户籍所在地的，由户籍所在地负责办理待遇领取手续…
//! > （二）基本养老保险关系不在户籍所在地，而在其基本养老保险关系所在地累计缴费年限满10年的，在该地
//! > 负责办理待遇领取手续…
//! > （三）基本养老保险关系不在户籍所在地，且在其基本养老保险关系所在地累计缴费年限不满10年的，将其
//! > 基本养老保险关系转回上一个缴费年限满10年的原参保地办理待遇领取手续…
//! > （四）基本养老保险关系不在户籍所在地，且在每个参保地的累计缴费年限均不满10年的，将其基本养老
//! > 保险关系及相应资金归集到户籍所在地…
//!
//! Temporary accounts (临时基本养老保险缴费账户, men ≥ 50 / women ≥ 40 in a non-hukou place, 第八条)
//! are not modelled yet: their months count where they were paid.

use std::collections::BTreeMap;

use serde::Serialize;

/// The benefit location and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct BenefitLocation {
    /// Region code.
    pub region: String,
    /// Which step of 第六条 decided (1 to 4; 0 when there is no employee record and the hukou
    /// place is assumed).
    pub step: u8,
    /// Employee-scheme months per region.
    pub months_by_region: BTreeMap<String, u32>,
    /// Why, in Chinese.
    pub reason_zh: String,
    /// Why, in English.
    pub reason_en: String,
}

/// Ten years, in months.
const TEN_YEARS: u32 = 120;

/// Applies the four steps. `record` lists the regions of the employee-scheme months in time
/// order (a statement's months as one block, placed first); `hukou` is the hukou region.
///
/// ```
/// use pension_estimator::location::benefit_location;
/// // 12 years in Guangdong, then 3 in Zhejiang, hukou Jiangxi: back to Guangdong (step 3).
/// let mut record = vec![("GD", 144)];
/// record.push(("ZJ", 36));
/// let loc = benefit_location(&record, "JX");
/// assert_eq!((loc.region.as_str(), loc.step), ("GD", 3));
/// ```
pub fn benefit_location(record: &[(&str, u32)], hukou: &str) -> BenefitLocation {
    let mut by_region: BTreeMap<String, u32> = BTreeMap::new();
    for (r, n) in record {
        *by_region.entry((*r).to_owned()).or_default() += n;
    }
    let current = record.iter().rev().find(|(_, n)| *n > 0).map(|(r, _)| *r);
    let (region, step, zh, en) = match current {
        None => (
            hukou.to_owned(),
            0,
            "没有职工养老保险记录，按户籍地计算".to_owned(),
            "no employee-scheme record: hukou place assumed".to_owned(),
        ),
        Some(cur) if cur == hukou => (
            hukou.to_owned(),
            1,
            "养老保险关系在户籍地，在户籍地领取（国办发〔2009〕66号 第六条（一））".to_owned(),
            "the record is at the hukou place: paid there (No. 66 [2009], art. 6(1))".to_owned(),
        ),
        Some(cur) if by_region[cur] >= TEN_YEARS => (
            cur.to_owned(),
            2,
            format!("在最后参保地 {cur} 累计缴费满10年，在该地领取（第六条（二））"),
            format!("10+ years paid in {cur}, where the record is: paid there (art. 6(2))"),
        ),
        Some(cur) => {
            let earlier = record
                .iter()
                .rev()
                .map(|(r, _)| *r)
                .find(|r| *r != cur && by_region[*r] >= TEN_YEARS);
            match earlier {
                Some(r) => (
                    r.to_owned(),
                    3,
                    format!("在 {cur} 不满10年，转回上一个缴费满10年的 {r} 领取（第六条（三））"),
                    format!("under 10 years in {cur}: back to {r}, the last place with 10+ years (art. 6(3))"),
                ),
                None => (
                    hukou.to_owned(),
                    4,
                    "每个参保地都不满10年，归集到户籍地领取（第六条（四））".to_owned(),
                    "under 10 years everywhere: gathered at the hukou place (art. 6(4))".to_owned(),
                ),
            }
        }
    };
    BenefitLocation {
        region,
        step,
        months_by_region: by_region,
        reason_zh: zh,
        reason_en: en,
    }
}

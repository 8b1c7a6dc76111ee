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
//! Temporary accounts, 同办法 第五条（二）:
//!
//! > 参保人员未返回户籍所在地就业参保的…对男性年满50周岁和女性年满40周岁的，应在原参保地继续保留基本
//! > 养老保险关系，同时在新参保地建立临时基本养老保险缴费账户，记录单位和个人全部缴费。参保人员再次跨省
//! > 流动就业或在新参保地达到待遇领取条件时，将临时基本养老保险缴费账户中的全部缴费本息，转移归集到原
//! > 参保地或待遇领取地。
//!
//! Modelled as: a stay (a run of employee-scheme months in one region) is a temporary account when
//! it starts on or after the month the person reaches `temp_account_age_man` / `_woman`, in a
//! region that is neither the hukou place nor the place where the relation is (the last earlier
//! stay that was not temporary; a first stay has no relation). Its months count towards the
//! years and Ī of the pension (all years are counted) but not for the four steps; its
//! contributions are gathered at the benefit location ([`crate::transfer`]). The age figures and
//! the ten years of 第六条 are parameters (`temp_account_age_*`, `location_min_months`).

use crate::sorted::SortedMap;

use serde::Serialize;

use crate::Month;

/// The benefit location and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct BenefitLocation {
    /// Region code.
    pub region: String,
    /// Which step of 第六条 decided (1 to 4; 0 when there is no employee record and the hukou
    /// place is assumed).
    pub step: u8,
    /// Employee-scheme months per region that count for the four steps (temporary-account
    /// months are left out: see `temporary_accounts`).
    #[ts(as = "std::collections::BTreeMap<String, u32>")]
    pub months_by_region: SortedMap<String, u32>,
    /// Stays paid into a temporary account (第五条（二）), in time order (an empty list when none).
    pub temporary_accounts: Vec<Stay>,
    /// Why, in Chinese.
    pub reason_zh: String,
    /// Why, in English.
    pub reason_en: String,
}

/// A run of consecutive employee-scheme months in one region.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Stay {
    /// Region code.
    pub region: String,
    /// First month.
    pub from: Month,
    /// Last month.
    pub to: Month,
    /// Months paid.
    pub months: u32,
    /// Whether the stay is a temporary account (第五条（二）).
    pub temporary: bool,
}

/// A stay: a run of consecutive employee-scheme months in one region, its region borrowed from
/// the months (an analysis finds the stays of dozens of records and reports none of them; a
/// reported estimate writes them out with [`Span::to_stay`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span<'a> {
    /// Region code.
    pub region: &'a str,
    /// First month.
    pub from: Month,
    /// Last month.
    pub to: Month,
    /// Months paid.
    pub months: u32,
    /// Whether the stay is a temporary account (第五条（二）).
    pub temporary: bool,
}

impl Span<'_> {
    /// The stay, for an answer.
    pub fn to_stay(&self) -> Stay {
        Stay {
            region: self.region.to_owned(),
            from: self.from,
            to: self.to,
            months: self.months,
            temporary: self.temporary,
        }
    }
}

/// Splits the (month-ordered) record into stays and marks the temporary accounts.
///
/// `temp_from(m)`: the month from which a stay beginning in `m` would be a temporary account
/// (the month the person reaches the age in force at `m`), or `None` before the rule existed.
/// `relation`: the region of a statement block placed before the months, if any.
///
/// ```
/// use pension_estimator::location::spans;
/// use pension_estimator::Month;
/// let m = |s: &str| s.parse::<Month>().unwrap();
/// // Hukou JX; GD from 2000, then ZJ from 2021 after reaching the age (2020-01): temporary.
/// let months: Vec<(Month, &str)> = m("2019-01").through(m("2020-12")).map(|x| (x, "GD"))
///     .chain(m("2021-01").through(m("2021-06")).map(|x| (x, "ZJ"))).collect();
/// let s = spans(&months, "JX", None, |_| Some(m("2020-01")));
/// assert_eq!((s[0].region, s[0].months, s[1].temporary), ("GD", 24, true));
/// assert!(!s[0].temporary);
/// ```
pub fn spans<'a>(
    months: &[(Month, &'a str)],
    hukou: &str,
    mut relation: Option<&'a str>,
    temp_from: impl Fn(Month) -> Option<Month>,
) -> Vec<Span<'a>> {
    let mut out: Vec<Span<'a>> = Vec::new();
    // The region of the month before (the same text as the last stay's): the months of one
    // segment share one string, so most months are told apart without comparing text.
    let mut before: Option<&str> = None;
    for &(m, r) in months {
        let same = before.is_some_and(|b| std::ptr::eq(b, r));
        before = Some(r);
        if let Some(last) = out.last_mut().filter(|s| same || s.region == r) {
            last.to = m;
            last.months += 1;
            continue;
        }
        if let Some(prev) = out.last().filter(|s| !s.temporary) {
            relation = Some(prev.region);
        }
        let temporary = r != hukou
            && relation != Some(r)
            && temp_from(m).is_some_and(|age_month| m >= age_month);
        out.push(Span {
            region: r,
            from: m,
            to: m,
            months: 1,
            temporary,
        });
    }
    out
}

/// Applies the four steps. `record` lists the regions of the employee-scheme months that count
/// for the steps, in time order (a statement's months as one block, placed first); `hukou` is
/// the hukou region; `min_months` the ten years of 第六条, in months.
///
/// ```
/// use pension_estimator::location::benefit_location;
/// // 12 years in Guangdong, then 3 in Zhejiang, hukou Jiangxi: back to Guangdong (step 3).
/// let mut record = vec![("GD", 144)];
/// record.push(("ZJ", 36));
/// let loc = benefit_location(&record, "JX", 120);
/// assert_eq!((loc.region.as_str(), loc.step), ("GD", 3));
/// ```
pub fn benefit_location(record: &[(&str, u32)], hukou: &str, min_months: u32) -> BenefitLocation {
    let mut by_region: SortedMap<String, u32> = SortedMap::new();
    for &(r, n) in record {
        // The key copied only for a region not met before.
        match by_region.get_mut(r) {
            Some(total) => *total += n,
            None => *by_region.entry_or_default(r.to_owned()) += n,
        }
    }
    let y = min_months / 12;
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
        Some(cur) if by_region[cur] >= min_months => (
            cur.to_owned(),
            2,
            format!(
                "在最后参保地 {cur} 累计缴费 {} 个月，满{y}年，在该地领取（第六条（二））",
                by_region[cur]
            ),
            format!(
                "{} months ({y}+ years) paid in {cur}, where the record is: paid there (art. 6(2))",
                by_region[cur]
            ),
        ),
        Some(cur) => {
            let earlier = record
                .iter()
                .rev()
                .map(|(r, _)| *r)
                .find(|r| *r != cur && by_region[*r] >= min_months);
            match earlier {
                Some(r) => (
                    r.to_owned(),
                    3,
                    format!("在最后参保地 {cur} 只有 {} 个月，不满{y}年，转回上一个缴费满{y}年的 {r}（{} 个月）领取（第六条（三））", by_region[cur], by_region[r]),
                    format!("only {} months in {cur}, the last place: back to {r} ({} months), the last earlier place with {y}+ years (art. 6(3))", by_region[cur], by_region[r]),
                ),
                None => (
                    hukou.to_owned(),
                    4,
                    format!("养老保险关系不在户籍地，且每个参保地都不满{y}年，归集到户籍地 {hukou} 领取（第六条（四））"),
                    format!("not at the hukou place and under {y} years in every place: gathered at the hukou place {hukou} (art. 6(4))"),
                ),
            }
        }
    };
    BenefitLocation {
        region,
        step,
        months_by_region: by_region,
        temporary_accounts: Vec::new(),
        reason_zh: zh,
        reason_en: en,
    }
}

/// The ten years of 第六条 in months (`location_min_months`), as in force at `at` (or, for a
/// month before the 办法, as in force now).
pub fn min_months(ctx: &crate::context::Ctx, at: Month) -> Result<u32, crate::error::FieldError> {
    let key = "location_min_months";
    let at = match ctx.params.step("CN", key, at) {
        Some(_) => at,
        None => Month::new(crate::month::MAX_YEAR, 12).unwrap_or(at),
    };
    Ok(whole(ctx.params.value("$", "CN", key, at)?))
}

/// The month from which a stay beginning in `m` is a temporary account for a person born in
/// `birth` of sex `sex` (`temp_account_age_*` in force at `m`); `None` before the rule.
pub fn temp_account_from(
    ctx: &crate::context::Ctx,
    birth: Month,
    sex: crate::scenario::Sex,
    m: Month,
) -> Option<Month> {
    let key = match sex {
        crate::scenario::Sex::Male => "temp_account_age_man",
        crate::scenario::Sex::Female => "temp_account_age_woman",
    };
    let (_, age) = ctx.params.step("CN", key, m)?;
    Some(birth.plus(whole(age) as i32 * 12))
}

fn whole(d: rust_decimal::Decimal) -> u32 {
    crate::money::whole(d)
        .and_then(|v| u32::try_from(v).ok())
        .unwrap_or(0)
}

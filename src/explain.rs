//! Explanations: for every headline figure, the formula, the person's numbers in it, the
//! result, and the documents it rests on — what a "how is this calculated" panel shows.

use serde::Serialize;

use crate::employee::EmployeePension;
use crate::location::BenefitLocation;
use crate::money::{fen, ratio_dp};
use crate::resident::ResidentPension;
use crate::retirement::RetirementDate;

/// How one figure was computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Explanation {
    /// Stable id (`employee.basic`, …).
    pub id: &'static str,
    /// Title in Chinese.
    pub title_zh: &'static str,
    /// Title in English.
    pub title_en: &'static str,
    /// The formula in words (Chinese).
    pub formula_zh: &'static str,
    /// The formula in words (English).
    pub formula_en: &'static str,
    /// The formula with this person's numbers.
    pub computation: String,
    /// The result as shown.
    pub result: String,
    /// The documents the rule comes from.
    pub sources: Vec<&'static str>,
}

const GUOFA_2005_38: &str =
    "国务院关于完善企业职工基本养老保险制度的决定（国发〔2005〕38号）第六条";
const RETIRE_2024: &str = "全国人大常委会关于实施渐进式延迟法定退休年龄的决定（2024-09-13）及附件《国务院关于渐进式延迟法定退休年龄的办法》第一、三条";
const MIN_YEARS: &str = "社会保险法 第十六条；国务院关于渐进式延迟法定退休年龄的办法 第二条";
const GUOFA_2014_8: &str =
    "国务院关于建立统一的城乡居民基本养老保险制度的意见（国发〔2014〕8号）六、七";
const ACCOUNT_1997: &str = "职工基本养老保险个人账户管理暂行办法（劳办发〔1997〕116号）；人社部发〔2017〕31号（统一记账利率）";
const SICHUAN_EXTRA: &str =
    "四川省社会保险业务办理结果通知单（企业养老退休待遇核定）所印 川劳社发〔2006〕17号（原文未见）";
const GUANGDONG_ADDONS: &str =
    "广东核定表（江门、中山 2024–2026）所印过渡性一栏：加发100（粤劳电〔2009〕32号）与缴费年限津贴（粤人社〔2014〕8号），文号据第三方转录，原文未见";
const TIBET_PLATEAU: &str =
    "西藏核定表（拉萨二类地区 2025-11、2025-12）所印高原补贴：藏政发〔2006〕37号、藏劳社办〔2007〕6号，文号据第三方转录，原文未见";
const LOCATION_2009: &str =
    "城镇企业职工基本养老保险关系转移接续暂行办法（国办发〔2009〕66号）第六条";

/// All explanations of an estimate.
pub fn all(
    date: &RetirementDate,
    loc: &BenefitLocation,
    e: &EmployeePension,
    r: &ResidentPension,
) -> Vec<Explanation> {
    let r4 = |d| ratio_dp(d, 4);
    let mut out = vec![
        Explanation {
            id: "retirement.age",
            title_zh: "法定退休年龄",
            title_en: "Statutory retirement age",
            formula_zh: "原退休年龄 + 延迟月数；延迟月数 = min(上限, ⌊自2025年1月起到原退休月份的月数 ÷ 步长⌋ + 1)",
            formula_en: "original age + delay; delay = min(cap, ⌊months from 2025-01 to the original retirement month ÷ step⌋ + 1)",
            computation: format!(
                "{}岁（{}） + {}个月 = {}岁{}个月",
                date.original_age, date.original_month, date.delay_months, date.statutory_age.years, date.statutory_age.months
            ),
            result: format!("{}（{}岁{}个月）", date.month, date.age.years, date.age.months),
            sources: vec![RETIRE_2024],
        },
        Explanation {
            id: "employee.minimum",
            title_zh: "最低缴费年限",
            title_en: "Minimum contribution years",
            formula_zh: "2029年及以前15年；2030年起每年增加6个月，2039年起20年（按开始领取的年份）",
            formula_en: "15 years up to 2029; +6 months a year from 2030; 20 years from 2039 (by the pension's start year)",
            computation: format!(
                "已缴 {} 个月 + 视同 {} 个月，要求 {} 个月",
                e.contribution_months, e.deemed_months, e.min_months
            ),
            result: if e.eligible { "已满足".into() } else { format!("还差 {} 个月", e.shortfall_months) },
            sources: vec![MIN_YEARS],
        },
        Explanation {
            id: "employee.location",
            title_zh: "在哪里领取（待遇领取地）",
            title_en: "Where the pension is paid",
            formula_zh: "户籍地 → 最后参保地满10年 → 上一个满10年的参保地 → 户籍地",
            formula_en: "hukou place → last place if 10+ years → previous place with 10+ years → hukou place",
            computation: loc.reason_zh.clone(),
            result: loc.region.clone(),
            sources: vec![LOCATION_2009],
        },
        Explanation {
            id: "employee.basic",
            title_zh: "基础养老金",
            title_en: "Basic pension",
            formula_zh: "(计发基数 C + C × 平均缴费指数 Ī) ÷ 2 × 缴费年限 N × 1%（广东核定表：Ī 低于 0.6 时第一项为 C × Ī ÷ 0.6）",
            formula_en: "(C + C × Ī) / 2 × N × 1 % (Guangdong's sheets: the first term is C × Ī / 0.6 when Ī is below 0.6)",
            computation: format!(
                "({} + {} × {}) ÷ 2 × {} × 1%",
                fen(e.basic_first_term),
                fen(e.c),
                r4(e.avg_index),
                r4(e.years_counted)
            ),
            result: format!("{} 元/月", e.basic),
            sources: vec![GUOFA_2005_38],
        },
        Explanation {
            id: "employee.account",
            title_zh: "个人账户养老金",
            title_en: "Account pension",
            formula_zh: "个人账户储存额 ÷ 计发月数（按退休年龄查表；不满整岁时，核定表按月折算的地区按月折算）",
            formula_en: "account balance / divisor (table by age at retirement; by month for an age with months where the region's sheets do so)",
            computation: format!(
                "{} ÷ {}（{}岁{}个月）",
                e.balance, e.divisor, e.age.years, e.age.months
            ),
            result: format!("{} 元/月", e.account),
            sources: vec![GUOFA_2005_38, ACCOUNT_1997],
        },
        Explanation {
            id: "employee.transitional",
            title_zh: "过渡性养老金",
            title_en: "Transitional pension",
            formula_zh: "C × Ī × 视同缴费年限 × 地方计发系数（没有视同缴费年限时为0；基数和年限按地方核定办法，如辽宁、四川以 (C + C × Ī) ÷ 2 为基数；北京视同部分指数为1，另计1992年10月至1998年6月的实际缴费年限；上海以 C 为基数；深圳为新办法减年限津贴的调整额）",
            formula_en: "C × Ī × deemed years × regional coefficient (0 without deemed years; base and years as the region's sheets count them, e.g. (C + C × Ī) / 2 in Liaoning and Sichuan; Beijing: the deemed years at index 1, plus the actual years 1992-10 … 1998-06; Shanghai: on C; Shenzhen: the new method less the per-year add-on)",
            computation: format!("视同缴费 {} 个月", e.deemed_months),
            result: format!("{} 元/月", e.transitional),
            sources: vec![GUOFA_2005_38],
        },
        Explanation {
            id: "resident.base",
            title_zh: "城乡居民基础养老金",
            title_en: "Resident base pension",
            formula_zh: "中央最低标准 + 地方提高部分 + 长缴多得（超过15年的每年加发）",
            formula_en: "central minimum + local top-up + extra per year beyond 15",
            computation: format!("{} + {} + {}", r.central, r.topup, r.long_service),
            result: format!("{} 元/月", r.base_pension),
            sources: vec![GUOFA_2014_8],
        },
        Explanation {
            id: "resident.account",
            title_zh: "城乡居民个人账户养老金",
            title_en: "Resident account pension",
            formula_zh: "个人账户储存额 ÷ 139",
            formula_en: "account balance / 139",
            computation: format!("{} ÷ {}", r.balance, r.divisor),
            result: format!("{} 元/月", r.account),
            sources: vec![GUOFA_2014_8],
        },
    ];
    if !e.extra_indexed.is_zero() {
        out.push(provincial_extra(e));
    }
    if !e.extra_flat.is_zero() {
        out.push(flat_extra(e));
    }
    if !e.extra_local_years.is_zero() {
        out.push(local_years_extra(e));
    }
    out
}

/// The extra by years worked in the region, where it is paid (Tibet's plateau allowance; see
/// [`crate::employee::extras`]).
fn local_years_extra(e: &EmployeePension) -> Explanation {
    Explanation {
        id: "employee.local_years_extra",
        title_zh: "地方加发：按在本地工作年限分档（省级，不属于全国统一部分）",
        title_en: "Provincial extra by years worked in the region (not part of the national formula)",
        formula_zh: "C × Ī × 分档比例（西藏高原补贴：在藏工作满10年 5%、满15年 10%、满20年 15%）",
        formula_en: "C × Ī × tier share (Tibet's plateau allowance: 5 % from 10 years worked in Tibet, 10 % from 15, 15 % from 20)",
        computation: format!(
            "{} × {} × 分档比例（在本地缴费月数 {}）",
            fen(e.c),
            ratio_dp(e.avg_index, 4),
            e.where_paid.months_in(&e.benefit_region)
        ),
        result: format!("{} 元/月", e.extra_local_years),
        sources: vec![TIBET_PLATEAU],
    }
}

/// The flat add-ons' line, where they are paid (see [`crate::employee::extras`]).
fn flat_extra(e: &EmployeePension) -> Explanation {
    Explanation {
        id: "employee.flat_extra",
        title_zh: "地方固定加发（省级，不属于全国统一部分）",
        title_en: "Provincial flat add-ons (not part of the national formula)",
        formula_zh: "固定金额 + 每满一年缴费年限的金额 × 整年数（广东核定表：100 + 4 × 整年数）",
        formula_en: "fixed amount + amount per whole contribution year × whole years (Guangdong's sheets: 100 + 4 × whole years)",
        computation: format!("缴费年限 {} 年（取整年）", ratio_dp(e.years_counted, 4)),
        result: format!("{} 元/月", e.extra_flat),
        sources: vec![GUANGDONG_ADDONS],
    }
}

/// The provincial extra's line, where one is paid (see [`crate::employee::extras`]).
fn provincial_extra(e: &EmployeePension) -> Explanation {
    Explanation {
        id: "employee.provincial_extra",
        title_zh: "地方加发（省级，不属于全国统一部分）",
        title_en: "Provincial extra (not part of the national formula)",
        formula_zh: "C × Ī × 缴费年限 × 地方比例（四川：0.1%）",
        formula_en: "C × Ī × contribution years × provincial share (Sichuan: 0.1 %)",
        computation: format!(
            "{} × {} × {} × 地方比例",
            fen(e.c),
            ratio_dp(e.avg_index, 4),
            ratio_dp(e.years_counted, 4)
        ),
        result: format!("{} 元/月", e.extra_indexed),
        sources: vec![SICHUAN_EXTRA],
    }
}

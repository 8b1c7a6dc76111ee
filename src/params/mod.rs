//! Policy parameters: what each one means, how a value is found for a month, and how a
//! missing one is filled.
//!
//! Values live in the data files (see [`data`]); this module knows, for every parameter key,
//! its unit, whether it is national or regional, and its [`Fill`] rule. Lookups go through
//! [`Params`], which applies the caller's overrides and records every value it hands out, so
//! that an estimate can list the figures it used with their sources and say which were filled.

pub mod bounds;
/// The integrity line at the end of the parameter data (shared with build.rs).
pub mod checksum;
pub mod data;
#[cfg(not(target_arch = "wasm32"))]
mod kept;
pub mod listing;
mod lookup;

#[cfg(not(target_arch = "wasm32"))]
pub use data::embedded;
pub use data::is_lasting;
#[cfg(target_arch = "wasm32")]
pub use data::{install, installed};
pub use data::{Data, DivisorRow, Entry, Grade, LifeRow, RegionData, Series, Source, Status, Tier};
pub use lookup::{LastingKey, Override, Params, Stale, Used, UsedHow};

/// What happens for a month that no entry covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// A yearly published wage figure: an entry applies for twelve months (or to its `until`).
    /// A month no entry covers gets a value extrapolated in yearly steps: forward from the
    /// nearest earlier entry at the assumed wage growth (the scenario's `wage_growth`), or,
    /// before the first entry, backward from it at the historical rate `backcast_wage_growth`.
    /// A filled value for a period that has begun by the valuation month carries a warning
    /// naming it; later ones are projections, reported as such.
    Wage,
    /// A rule or rate in force until superseded; before the first entry there is no value.
    Step,
    /// A figure set for one calendar year (crediting rate, pension adjustment): an entry applies
    /// for twelve months; other years take the caller's assumption, with a warning for past ones.
    Yearly,
}

/// Where a parameter is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Only in the national file.
    National,
    /// Per region; the national file may hold a default used where a region has none.
    Regional,
    /// Set nationally since a unifying rule (the national file); a region's file may hold its
    /// own entries for the years before it, each ending (`until`) before the national rule
    /// begins. Read from the region first, like a regional key, but the national value is the
    /// rule, not a baseline (no `regional_default_used` warning).
    Unified,
}

/// What a parameter key means.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    /// Key in the data files.
    pub key: &'static str,
    /// Unit of the values.
    pub unit: &'static str,
    /// National or regional.
    pub scope: Scope,
    /// How months without an entry are handled.
    pub fill: Fill,
    /// Name in Chinese.
    pub zh: &'static str,
    /// Name in English.
    pub en: &'static str,
}

macro_rules! spec {
    ($key:literal, $unit:literal, $scope:ident, $fill:ident, $zh:literal, $en:literal) => {
        Spec {
            key: $key,
            unit: $unit,
            scope: Scope::$scope,
            fill: Fill::$fill,
            zh: $zh,
            en: $en,
        }
    };
}

/// Every parameter the calculation reads. The tests check that the data files use exactly
/// these keys and units.
pub static SPECS: &[Spec] = &[
    // National
    spec!(
        "crediting_rate",
        "ratio",
        National,
        Yearly,
        "职工个人账户记账利率",
        "employee account crediting rate"
    ),
    spec!(
        "pension_adjustment",
        "ratio",
        National,
        Yearly,
        "基本养老金年度调整比例",
        "yearly pension adjustment"
    ),
    spec!(
        "divisor_table",
        "months",
        National,
        Step,
        "个人账户养老金计发月数表",
        "account pension divisor table"
    ),
    // Contribution rates: set nationally from 国发〔1997〕26号 on (the national file), by each
    // region before it (国发〔1995〕6号 let regions run their own account schemes from 1996).
    spec!(
        "employee_individual_rate",
        "ratio",
        Unified,
        Step,
        "职工个人缴费比例",
        "employee contribution rate"
    ),
    spec!(
        "employer_rate",
        "ratio",
        Unified,
        Step,
        "单位缴费比例",
        "employer contribution rate"
    ),
    spec!(
        "individual_account_rate",
        "ratio",
        Unified,
        Step,
        "记入个人账户的比例",
        "share of the base credited to the account"
    ),
    spec!(
        "base_floor_ratio",
        "ratio",
        National,
        Step,
        "缴费基数下限（占平均工资）",
        "base floor as a share of the average wage"
    ),
    spec!(
        "base_ceiling_ratio",
        "ratio",
        National,
        Step,
        "缴费基数上限（占平均工资）",
        "base ceiling as a share of the average wage"
    ),
    spec!(
        "min_contribution_months",
        "months",
        National,
        Step,
        "按月领取养老金的最低缴费月数",
        "minimum contribution months for a monthly pension"
    ),
    spec!(
        "retirement_age_man",
        "years",
        National,
        Step,
        "男职工原法定退休年龄",
        "original retirement age, men"
    ),
    spec!(
        "retirement_age_woman_cadre",
        "years",
        National,
        Step,
        "女干部原法定退休年龄",
        "original retirement age, women in cadre posts"
    ),
    spec!(
        "retirement_age_woman_worker",
        "years",
        National,
        Step,
        "女工人原法定退休年龄",
        "original retirement age, women workers"
    ),
    spec!(
        "retirement_delay_step_55_60",
        "months",
        National,
        Step,
        "延迟退休：每几个月出生队列延迟1个月（原60岁、55岁）",
        "delay: cohort months per month of delay (original 60 and 55)"
    ),
    spec!(
        "retirement_delay_cap_55_60",
        "months",
        National,
        Step,
        "延迟退休：最多延迟月数（原60岁、55岁）",
        "delay cap in months (original 60 and 55)"
    ),
    spec!(
        "retirement_delay_step_50",
        "months",
        National,
        Step,
        "延迟退休：每几个月出生队列延迟1个月（原50岁）",
        "delay: cohort months per month of delay (original 50)"
    ),
    spec!(
        "retirement_delay_cap_50",
        "months",
        National,
        Step,
        "延迟退休：最多延迟月数（原50岁）",
        "delay cap in months (original 50)"
    ),
    spec!(
        "flexible_retirement_months",
        "months",
        National,
        Step,
        "弹性提前或延后退休的最长月数",
        "flexible retirement window, months"
    ),
    spec!(
        "resident_claim_age",
        "years",
        National,
        Step,
        "城乡居民养老金领取年龄",
        "resident pension claiming age"
    ),
    spec!(
        "resident_min_years",
        "years",
        National,
        Step,
        "城乡居民养老保险最低缴费年限",
        "resident scheme minimum years"
    ),
    spec!(
        "transfer_pooled_share",
        "ratio",
        National,
        Step,
        "转移时统筹基金按缴费基数转移的比例",
        "share of the bases moved from the pooled fund on a transfer"
    ),
    spec!(
        "location_min_months",
        "months",
        National,
        Step,
        "待遇领取地：在参保地累计缴费月数（满10年）",
        "benefit location: months paid in a place (10 years)"
    ),
    spec!(
        "temp_account_age_man",
        "years",
        National,
        Step,
        "建立临时缴费账户的年龄（男）",
        "temporary-account age (men)"
    ),
    spec!(
        "temp_account_age_woman",
        "years",
        National,
        Step,
        "建立临时缴费账户的年龄（女）",
        "temporary-account age (women)"
    ),
    spec!(
        "oneoff_after_extension_months",
        "months",
        National,
        Step,
        "一次性缴费前须先延长缴费的月数",
        "months of extension before a one-off payment is allowed"
    ),
    spec!(
        "resident_central_min",
        "yuan/month",
        National,
        Step,
        "中央确定的城乡居民基础养老金最低标准",
        "central minimum resident base pension"
    ),
    spec!(
        "resident_account_divisor",
        "months",
        National,
        Step,
        "城乡居民个人账户养老金计发月数",
        "resident account divisor"
    ),
    spec!(
        "default_wage_growth",
        "ratio",
        National,
        Step,
        "默认假设：平均工资年增长率",
        "default assumption: wage growth"
    ),
    spec!(
        "default_crediting_rate",
        "ratio",
        National,
        Step,
        "默认假设：未来记账利率",
        "default assumption: future crediting rate"
    ),
    spec!(
        "default_resident_interest",
        "ratio",
        National,
        Step,
        "默认假设：城乡居民账户未来利率",
        "default assumption: future resident account interest"
    ),
    spec!(
        "default_pension_adjustment",
        "ratio",
        National,
        Step,
        "默认假设：退休后养老金年调整比例",
        "default assumption: yearly pension adjustment"
    ),
    spec!(
        "default_resident_base_growth",
        "ratio",
        National,
        Step,
        "默认假设：城乡居民基础养老金年增长率",
        "default assumption: resident base pension growth"
    ),
    spec!(
        "default_wage_growth_sd",
        "ratio",
        National,
        Step,
        "默认假设：区间测算中工资增长率的标准差",
        "default assumption: spread (sd) of wage growth for the range"
    ),
    spec!(
        "default_crediting_rate_sd",
        "ratio",
        National,
        Step,
        "默认假设：区间测算中记账利率的标准差",
        "default assumption: spread (sd) of the crediting rate for the range"
    ),
    spec!(
        "default_pension_adjustment_sd",
        "ratio",
        National,
        Step,
        "默认假设：区间测算中养老金调整比例的标准差",
        "default assumption: spread (sd) of the pension adjustment for the range"
    ),
    spec!(
        "life_expectancy_man",
        "years",
        National,
        Step,
        "男性分年龄平均预期余命（生命表）",
        "remaining life expectancy by age, men (life table)"
    ),
    spec!(
        "life_expectancy_woman",
        "years",
        National,
        Step,
        "女性分年龄平均预期余命（生命表）",
        "remaining life expectancy by age, women (life table)"
    ),
    spec!(
        "backcast_wage_growth",
        "ratio",
        National,
        Step,
        "缺失年份平均工资的推算增长率",
        "wage growth used to fill missing past years"
    ),
    // Regional (the national file may hold a default)
    spec!(
        "avg_wage",
        "yuan/month",
        Regional,
        Wage,
        "全口径城镇单位就业人员月平均工资（缴费基数口径）",
        "average wage for contribution bases"
    ),
    spec!(
        "base_floor",
        "yuan/month",
        Regional,
        Wage,
        "缴费基数下限",
        "contribution base floor"
    ),
    spec!(
        "base_ceiling",
        "yuan/month",
        Regional,
        Wage,
        "缴费基数上限",
        "contribution base ceiling"
    ),
    spec!(
        "benefit_base",
        "yuan/month",
        Regional,
        Wage,
        "基本养老金计发基数",
        "average wage for benefit calculation"
    ),
    spec!(
        "flex_rate",
        "ratio",
        Regional,
        Step,
        "灵活就业人员缴费比例",
        "flexible worker contribution rate"
    ),
    spec!(
        "flex_nonlocal_allowed",
        "flag",
        Regional,
        Step,
        "非本地户籍人员可否以灵活就业身份参保",
        "may non-local hukou holders join as flexible workers"
    ),
    spec!(
        "flex_women_retirement_age",
        "years",
        Regional,
        Step,
        "灵活就业女性的原退休年龄",
        "original retirement age of flexible-employed women"
    ),
    spec!(
        "transitional_coefficient",
        "ratio",
        Regional,
        Step,
        "过渡性养老金计发系数",
        "transitional pension coefficient"
    ),
    spec!(
        "resident_base_topup",
        "yuan/month",
        Regional,
        Step,
        "地方提高的城乡居民基础养老金",
        "provincial top-up of the resident base pension"
    ),
    spec!(
        "resident_long_service_extra",
        "yuan/month/year",
        Regional,
        Step,
        "城乡居民长缴多得：超过15年每年加发",
        "resident long-service extra per year beyond 15"
    ),
    spec!(
        "resident_interest",
        "ratio",
        Regional,
        Step,
        "城乡居民个人账户记账利率",
        "resident account interest"
    ),
    spec!(
        "resident_tiers",
        "yuan/year",
        Regional,
        Step,
        "城乡居民缴费档次及政府补贴",
        "resident tiers and subsidies"
    ),
    spec!(
        "oneoff_base_ratio",
        "ratio",
        Regional,
        Step,
        "一次性缴费的缴费基数（占平均工资）",
        "one-off payment: base as a share of the average wage"
    ),
    spec!(
        "oneoff_rate",
        "ratio",
        Regional,
        Step,
        "一次性缴费的缴费比例",
        "one-off payment: share of the base paid"
    ),
    spec!(
        "divisor_rule",
        "rule",
        Regional,
        Step,
        "核定表：不满整岁时的计发月数（整岁查表或按月折算）",
        "sheet practice: the divisor at an age with months (whole age or by month)"
    ),
    spec!(
        "years_rule",
        "rule",
        Regional,
        Step,
        "核定表：缴费年限的取舍（不取舍、四舍五入或截取到两位小数、进到一位小数）",
        "sheet practice: how the years are counted (exact, rounded or cut to 2 decimals, up to 1)"
    ),
    spec!(
        "basic_base",
        "rule",
        Regional,
        Step,
        "核定表：基础养老金的第一项（计发基数 C；广东：指数低于0.6时 C × 指数 ÷ 0.6）",
        "sheet practice: the basic pension's first term (C; Guangdong: C × Ī / 0.6 below an index of 0.6)"
    ),
    spec!(
        "print_rounding",
        "rule",
        Regional,
        Step,
        "核定表：金额的打印精度（到分；各项到角，四舍五入或进位；合计进位到角）",
        "sheet practice: the precision printed (fen; each part to 0.1 yuan half-up or up; the total up to 0.1)"
    ),
    spec!(
        "extra_indexed_per_year",
        "ratio",
        Regional,
        Step,
        "地方加发：每一缴费年限按指数化月平均缴费工资的比例",
        "provincial extra: share of the indexed wage per contribution year"
    ),
    spec!(
        "extra_flat",
        "yuan/month",
        Regional,
        Step,
        "地方加发：每月固定金额",
        "provincial add-on: a fixed monthly amount"
    ),
    spec!(
        "extra_per_whole_year",
        "yuan/month/year",
        Regional,
        Step,
        "地方加发：每满一年缴费年限的固定金额（如广东缴费年限津贴）",
        "provincial add-on: a fixed amount per whole contribution year (e.g. Guangdong's 年限津贴)"
    ),
    spec!(
        "extra_local_years_tiers",
        "rule",
        Regional,
        Step,
        "地方加发：按在本地工作年限分档的指数化月平均缴费工资比例（如西藏高原补贴）",
        "provincial extra: a share of the indexed wage by tiers of years worked in the region (e.g. Tibet's plateau allowance)"
    ),
    spec!(
        "city_rules",
        "rule",
        Regional,
        Step,
        "因城市而不同的规定（未指定城市时按省级规定计算）",
        "rules that differ by city (the province's rule is used when no city is given)"
    ),
    spec!(
        "transitional_base",
        "rule",
        Regional,
        Step,
        "过渡性养老金的基数（指数化月平均缴费工资，或与计发基数的平均值）",
        "transitional pension base (the indexed wage, or its average with C)"
    ),
    spec!(
        "transitional_years",
        "rule",
        Regional,
        Step,
        "过渡性养老金计算的年限（视同缴费年限，或建账前年限）",
        "years of the transitional pension (deemed years, or the years before the account)"
    ),
    spec!(
        "employee_extras",
        "rule",
        Regional,
        Step,
        "地方对职工养老金的额外加发",
        "provincial extras to the employee pension"
    ),
];

/// The spec of a key, if the calculation knows it.
pub fn spec(key: &str) -> Option<&'static Spec> {
    spec_index(key).and_then(|i| SPECS.get(i))
}

/// The position of a key in [`SPECS`], if the calculation knows it.
pub fn spec_index(key: &str) -> Option<usize> {
    SPECS.iter().position(|s| s.key == key)
}

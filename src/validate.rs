//! Checks a scenario against the rules of the format and of common sense, collecting every
//! problem with its JSON path, and resolves region names to codes.

use rust_decimal::Decimal;

use crate::error::{Code, FieldError};
use crate::params::Data;
use crate::params::Override;
use crate::scenario::{Assumptions, Base, Kind, Scenario, Segment, Summary};
use crate::Month;

/// A scenario text longer than this (bytes) is refused before it is read. A scenario at every
/// other limit (600 + 600 segments, 200 overrides, a statement) is 126 110 bytes compact and
/// 213 420 pretty-printed with two spaces (measured 2026-12-06). Reading takes memory in
/// proportion to the text (issue 16 measured about 19 times the text), and a WebAssembly
/// instance keeps the memory it grew to, so the limit also bounds what one call can make an
/// instance hold.
pub const MAX_SCENARIO_BYTES: usize = 1 << 20;
/// At most this many segments in the history, and in the plan.
pub const MAX_SEGMENTS: usize = 600;
/// At most this many parameter overrides.
pub const MAX_OVERRIDES: usize = 200;
/// At most this many characters in a region or parameter name.
pub const MAX_TEXT: usize = 64;
/// A base ratio above this is refused (the ceiling is 3; 10 catches typos like 60 for 0.6).
pub const MAX_RATIO: i64 = 10;
/// A monthly base amount above this (yuan) is refused.
pub const MAX_AMOUNT: i64 = 10_000_000;
/// People older than this at the valuation month are refused.
pub const MAX_AGE_YEARS: i32 = 110;
/// The valuation month may not lie after this year (projections are bounded by it).
pub const MAX_AS_OF_YEAR: i32 = 2100;
/// The largest seed of the range's draws: 2^53, the largest whole number a JavaScript number
/// holds exactly.
pub const MAX_SEED: u64 = 1 << 53;
/// Contributions before this age are refused.
pub const MIN_WORK_AGE_YEARS: i32 = 16;

/// Where a segment is in the scenario, written out (`$.history[2]`, `$.plan[0]`) only when a
/// message needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SegmentPath {
    /// In the plan rather than the history.
    pub plan: bool,
    /// Index in its list.
    pub index: usize,
}

impl std::fmt::Display for SegmentPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = if self.plan { "plan" } else { "history" };
        write!(f, "$.{list}[{}]", self.index)
    }
}

/// A segment after checking: region resolved to its code.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// JSON path of the segment, like `$.history[2]`.
    pub path: SegmentPath,
    /// First month.
    pub from: Month,
    /// Last month; `None` in the plan means until retirement.
    pub to: Option<Month>,
    /// Kind.
    pub kind: Kind,
    /// Region code (`None` for gaps), shared by the segments of one region and by the months
    /// paid in them.
    pub region: Option<std::rc::Rc<str>>,
    /// Base (employee and flexible).
    pub base: Option<Base>,
    /// Yearly tier (resident).
    pub tier: Option<Decimal>,
}

/// A checked scenario's resolved parts.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolved {
    /// Hukou region code.
    pub hukou: String,
    /// Statement region code, if given.
    pub summary_region: Option<String>,
    /// History then plan segments, in time order.
    pub segments: Vec<Checked>,
}

fn err(
    code: Code,
    path: impl Into<String>,
    zh: impl Into<String>,
    en: impl Into<String>,
) -> FieldError {
    FieldError::new(code, path, zh, en)
}

/// The code of region `name`; an error at `path` (written out only then) if unknown.
fn region_code(
    data: &Data,
    name: &str,
    path: impl std::fmt::Display,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    if name.chars().count() > MAX_TEXT {
        errors.push(err(
            Code::TooLarge,
            path.to_string(),
            "地区名称太长",
            "region name too long",
        ));
        return None;
    }
    match data.region(name) {
        Some(r) => Some(r.code.clone()),
        None => {
            let known: Vec<&str> = data.regions.keys().map(String::as_str).collect();
            errors.push(err(
                Code::UnknownRegion,
                path.to_string(),
                format!("不认识的地区 “{name}”，可用：{}", known.join("、")),
                format!("unknown region \"{name}\"; known: {}", known.join(", ")),
            ));
            None
        }
    }
}

/// `v` must lie in (0, max]; else an error at `path` (written out only then).
fn check_positive(
    v: Decimal,
    max: i64,
    path: impl std::fmt::Display,
    errors: &mut Vec<FieldError>,
) {
    if v <= Decimal::ZERO || v > Decimal::from(max) {
        errors.push(err(
            Code::OutOfRange,
            path.to_string(),
            format!("数值 {v} 不在合理范围（大于0，不超过 {max}）"),
            format!("value {v} out of range (above 0, at most {max})"),
        ));
    }
}

/// An error for a resident segment without a tier (国发〔2014〕8号 四（一）: a resident pays one
/// of the yearly tiers; see [`crate::resident`]).
pub fn tier_required(path: &str) -> FieldError {
    FieldError::new(
        Code::FieldNotAllowed,
        format!("{path}.tier"),
        "城乡居民养老保险需要填写每年缴费档次（元/年）",
        "a resident segment needs its yearly tier amount (yuan per year)",
    )
}

/// Region names already resolved in one scenario, with their codes: the segments of one
/// region share their code rather than each holding a copy.
type Codes<'s> = Vec<(&'s str, std::rc::Rc<str>)>;

/// Whether [`Codes`] are kept: natively. In the wasm the list stays empty (each segment its own
/// code), which keeps its search and pushes out of the module: 153 B of the download by the
/// page's gzip, which its budget had no room for (docs/speed.md, round 7).
const SHARE_CODES: bool = !cfg!(target_arch = "wasm32");

/// One segment: its months in order (a history segment needs its last month), a known region
/// (gaps have none), the base or the tier its kind needs and nothing else.
fn check_segment<'s>(
    data: &Data,
    s: &'s Segment,
    path: SegmentPath,
    in_plan: bool,
    codes: &mut Codes<'s>,
    errors: &mut Vec<FieldError>,
) -> Checked {
    if let Some(to) = s.to {
        if to < s.from {
            errors.push(err(
                Code::SegmentReversed,
                format!("{path}.to"),
                format!("结束月份 {to} 早于开始月份 {}", s.from),
                format!("ends ({to}) before it starts ({})", s.from),
            ));
        }
    } else if !in_plan {
        errors.push(err(
            Code::MissingField,
            format!("{path}.to"),
            "已发生的记录需要填写结束月份",
            "a history segment needs its last month (to)",
        ));
    }
    let region = match (&s.region, s.kind) {
        (Some(r), _) => match codes.iter().find(|(name, _)| SHARE_CODES && name == r) {
            Some((_, code)) => Some(code.clone()),
            None => {
                let code: Option<std::rc::Rc<str>> =
                    region_code(data, r, format_args!("{path}.region"), errors).map(Into::into);
                if let (true, Some(code)) = (SHARE_CODES, &code) {
                    codes.push((r, code.clone()));
                }
                code
            }
        },
        (None, Kind::Gap) => None,
        (None, _) => {
            errors.push(err(
                Code::MissingField,
                format!("{path}.region"),
                "请填写在哪个地区缴费",
                "which region was this paid in?",
            ));
            None
        }
    };
    match (s.kind, &s.base, s.tier) {
        (Kind::Employee | Kind::Flexible, Some(b), None) => match *b {
            Base::Ratio(r) => check_positive(r, MAX_RATIO, format_args!("{path}.base.ratio"), errors),
            Base::Amount(a) => check_positive(a, MAX_AMOUNT, format_args!("{path}.base.amount"), errors),
        },
        (Kind::Employee | Kind::Flexible, None, _) => errors.push(err(
            Code::MissingField,
            format!("{path}.base"),
            "请填写缴费基数：按平均工资的比例（如 0.6）或每月金额",
            "give the contribution base: a ratio of the average wage (like 0.6) or a monthly amount",
        )),
        (Kind::Resident, None, Some(t)) => check_positive(t, 1_000_000, format_args!("{path}.tier"), errors),
        (Kind::Resident, _, None) => errors.push(tier_required(&path.to_string())),
        (Kind::Gap, None, None) => {}
        (kind, _, _) => errors.push(err(
            Code::FieldNotAllowed,
            path.to_string(),
            "缴费基数只用于职工或灵活就业，档次只用于城乡居民，断缴不填",
            format!("{} segment: base is for employee/flexible, tier for resident, neither for gaps", kind.name()),
        )),
    }
    Checked {
        path,
        from: s.from,
        to: s.to,
        kind: s.kind,
        region,
        base: s.base,
        tier: s.tier,
    }
}

/// Checks `s`; returns the resolved parts or every problem found, in the order of the steps
/// below (a history or plan too long stops the checks there).
pub fn check(s: &Scenario, data: &Data) -> Result<Resolved, Vec<FieldError>> {
    let mut errors = Vec::new();
    check_schema_version(s, &mut errors);
    check_birth(s, &mut errors);
    let hukou = region_code(data, &s.person.hukou, "$.person.hukou", &mut errors);
    if check_segment_counts(s, &mut errors).is_err() {
        return Err(errors);
    }
    check_override_count(s, &mut errors);
    check_overrides(data, &s.overrides, &mut errors);
    check_delay_caps(data, s, &mut errors);
    check_assumed_rates(&s.assumptions, &mut errors);
    check_range_settings(&s.assumptions, &mut errors);
    check_seed(&s.assumptions, &mut errors);
    check_as_of(s, &mut errors);
    let segments = check_segments(data, s, &mut errors);
    let earliest_work = s.person.birth.plus(MIN_WORK_AGE_YEARS * 12);
    check_work_age(&segments, earliest_work, &mut errors);
    check_overlaps(&segments, &mut errors);
    let summary_region = s
        .summary
        .as_ref()
        .and_then(|sum| check_summary(data, s.as_of, sum, &segments, earliest_work, &mut errors));
    check_retirement_choice(s, &mut errors);
    match (hukou, errors.is_empty()) {
        (Some(hukou), true) => Ok(resolved(hukou, summary_region, segments)),
        _ => Err(errors),
    }
}

/// The format version is the one this build reads (older ones were migrated when read).
fn check_schema_version(s: &Scenario, errors: &mut Vec<FieldError>) {
    if s.schema_version != crate::scenario::SCHEMA_VERSION {
        errors.push(err(
            Code::OutOfRange,
            "$.schema_version",
            format!("不支持的数据版本 {}", s.schema_version),
            format!("unsupported schema_version {}", s.schema_version),
        ));
    }
}

/// The person is born by the valuation month and at most [`MAX_AGE_YEARS`] old at it.
fn check_birth(s: &Scenario, errors: &mut Vec<FieldError>) {
    let birth = s.person.birth;
    if birth > s.as_of {
        errors.push(err(
            Code::BirthAfterAsOf,
            "$.person.birth",
            "出生月份晚于计算月份",
            "birth month is after the valuation month (as_of)",
        ));
    } else if birth.months_until(s.as_of) > MAX_AGE_YEARS * 12 {
        errors.push(err(
            Code::OutOfRange,
            "$.person.birth",
            "年龄超过110岁，请检查出生月份",
            "older than 110: check the birth month",
        ));
    }
}

/// The history and the plan have at most [`MAX_SEGMENTS`] segments each; `Err` (the error
/// pushed) when not, and the checks stop.
fn check_segment_counts(s: &Scenario, errors: &mut Vec<FieldError>) -> Result<(), ()> {
    if s.history.len() > MAX_SEGMENTS || s.plan.len() > MAX_SEGMENTS {
        errors.push(err(
            Code::TooLarge,
            "$",
            format!("记录段数超过 {MAX_SEGMENTS}"),
            format!("more than {MAX_SEGMENTS} segments"),
        ));
        return Err(());
    }
    Ok(())
}

/// At most [`MAX_OVERRIDES`] overrides.
fn check_override_count(s: &Scenario, errors: &mut Vec<FieldError>) {
    if s.overrides.len() > MAX_OVERRIDES {
        errors.push(err(
            Code::TooLarge,
            "$.overrides",
            "参数覆盖太多",
            format!("more than {MAX_OVERRIDES} overrides"),
        ));
    }
}

/// The assumed yearly rates lie within [`crate::params::bounds::GROWTH`] (-10 % … 20 %), so
/// that a century of compounding stays far inside Decimal's range.
fn check_assumed_rates(a: &Assumptions, errors: &mut Vec<FieldError>) {
    for (name, v) in [
        ("wage_growth", a.wage_growth),
        ("crediting_rate", a.crediting_rate),
        ("resident_interest", a.resident_interest),
        ("pension_adjustment", a.pension_adjustment),
        ("resident_base_growth", a.resident_base_growth),
    ] {
        if v.is_some_and(|v| !crate::params::bounds::GROWTH.admits(v)) {
            errors.push(err(
                Code::OutOfRange,
                format!("$.assumptions.{name}"),
                "假设的年增长率或利率应在 -10% 到 20% 之间",
                "assumed yearly rates must be between -10 % and 20 %",
            ));
        }
    }
}

/// The range's spreads lie within [`crate::params::bounds::SPREAD`] (beyond 5 points a year a
/// spread is not a long-run average any more) and its draws number at most
/// [`crate::scenario::MAX_DRAWS`] (a bound on the work one request may ask for).
fn check_range_settings(a: &Assumptions, errors: &mut Vec<FieldError>) {
    let sd_ok = |v: Option<Decimal>| v.is_none_or(|v| crate::params::bounds::SPREAD.admits(v));
    for (name, fine) in [
        ("wage_growth_sd", sd_ok(a.wage_growth_sd)),
        ("crediting_rate_sd", sd_ok(a.crediting_rate_sd)),
        ("pension_adjustment_sd", sd_ok(a.pension_adjustment_sd)),
        (
            "draws",
            a.draws.is_none_or(|n| n <= crate::scenario::MAX_DRAWS),
        ),
    ] {
        if !fine {
            errors.push(err(
                Code::OutOfRange,
                format!("$.assumptions.{name}"),
                "区间测算的设置超出范围（标准差 0 到 5%，抽样最多 2000 次）",
                "range setting out of range (spread 0 to 5 %, at most 2000 draws)",
            ));
        }
    }
}

/// The seed survives JavaScript: JSON numbers there are doubles, exact only up to 2^53
/// ([`MAX_SEED`]), so a larger seed would silently become another one in the page or the
/// embedding API.
fn check_seed(a: &Assumptions, errors: &mut Vec<FieldError>) {
    if a.seed.is_some_and(|n| n > MAX_SEED) {
        errors.push(err(
            Code::OutOfRange,
            "$.assumptions.seed",
            "随机种子最大为 9007199254740992（2^53），更大的数在网页里会被改掉",
            "the seed must be at most 9007199254740992 (2^53): larger numbers change in JavaScript",
        ));
    }
}

/// The valuation month lies in [`MAX_AS_OF_YEAR`] or earlier.
fn check_as_of(s: &Scenario, errors: &mut Vec<FieldError>) {
    if s.as_of > Month::new(MAX_AS_OF_YEAR, 12).unwrap_or(s.as_of) {
        errors.push(err(
            Code::OutOfRange,
            "$.as_of",
            format!("计算月份不能晚于 {MAX_AS_OF_YEAR} 年"),
            format!("the valuation month must be in {MAX_AS_OF_YEAR} or earlier"),
        ));
    }
}

/// Each segment of the history, then of the plan ([`check_segment`]); a history segment ends by
/// the valuation month. A plan may have started already (saved earlier, opened now): its
/// months up to `as_of` count as planned and are reported as unconfirmed
/// (`Scenario::unconfirmed`).
fn check_segments(data: &Data, s: &Scenario, errors: &mut Vec<FieldError>) -> Vec<Checked> {
    let mut segments = Vec::with_capacity(s.history.len() + s.plan.len());
    let mut codes = Codes::new();
    for (index, seg) in s.history.iter().enumerate() {
        let path = SegmentPath { plan: false, index };
        let c = check_segment(data, seg, path, false, &mut codes, errors);
        check_history_ends_by_as_of(&c, s.as_of, errors);
        segments.push(c);
    }
    for (index, seg) in s.plan.iter().enumerate() {
        let path = SegmentPath { plan: true, index };
        segments.push(check_segment(data, seg, path, true, &mut codes, errors));
    }
    segments
}

/// A history segment ends by the valuation month; later months belong in the plan.
fn check_history_ends_by_as_of(c: &Checked, as_of: Month, errors: &mut Vec<FieldError>) {
    if c.to.is_some_and(|to| to > as_of) {
        errors.push(err(
            Code::SegmentOutsidePeriod,
            format!("{}.to", c.path),
            format!("已发生的记录不能晚于计算月份 {as_of}；以后的安排请写在“计划”里"),
            format!(
                "history must end by the valuation month {as_of}; put later months in the plan"
            ),
        ));
    }
}

/// No contributions before [`MIN_WORK_AGE_YEARS`] (gaps may start earlier).
fn check_work_age(segments: &[Checked], earliest_work: Month, errors: &mut Vec<FieldError>) {
    for c in segments {
        if c.kind != Kind::Gap && c.from < earliest_work {
            errors.push(err(
                Code::OutOfRange,
                format!("{}.from", c.path),
                format!("{MIN_WORK_AGE_YEARS}岁之前不能参保缴费"),
                format!("contributions before age {MIN_WORK_AGE_YEARS} are not possible"),
            ));
        }
    }
}

/// Two segments may cover the same months only when one is in the resident scheme and the
/// other in the employee scheme: 城乡养老保险制度衔接暂行办法 (人社部发〔2014〕17号) 第七条
/// settles such overlaps (see `linkage`). Any other overlap is refused: the employee-scheme
/// and gap segments must not overlap each other, nor the resident and gap segments. One error
/// per segment start (none where its start is already in error).
fn check_overlaps(segments: &[Checked], errors: &mut Vec<FieldError>) {
    for scheme in [Kind::is_employee_scheme as fn(Kind) -> bool, |k| {
        k == Kind::Resident
    }] {
        let mut order: Vec<usize> = Vec::with_capacity(segments.len());
        order.extend(
            (0..segments.len())
                .filter(|&i| scheme(segments[i].kind) || segments[i].kind == Kind::Gap),
        );
        crate::sorted::sort_by_key(&mut order, |&i| (segments[i].from, i));
        for w in order.windows(2) {
            let (a, b) = (&segments[w[0]], &segments[w[1]]);
            let a_end =
                a.to.unwrap_or(Month::new(crate::month::MAX_YEAR, 12).unwrap_or(a.from));
            if b.from <= a_end
                && !errors
                    .iter()
                    .any(|e: &FieldError| e.path == format!("{}.from", b.path))
            {
                errors.push(err(
                    Code::SegmentsOverlap,
                    format!("{}.from", b.path),
                    format!("这一段与 {} 的月份重叠（{}）", a.path, b.from),
                    format!("overlaps {} (month {})", a.path, b.from),
                ));
            }
        }
    }
}

/// The statement ([`check_statement_dates`], [`check_statement_counts`],
/// [`check_statement_index`], [`check_statement_balances`]); the code of its region, if it
/// names a known one.
fn check_summary(
    data: &Data,
    as_of: Month,
    sum: &Summary,
    segments: &[Checked],
    earliest_work: Month,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    check_statement_dates(as_of, sum, segments, errors);
    check_statement_counts(sum, earliest_work, errors);
    check_statement_index(sum, errors);
    check_statement_balances(sum, errors);
    sum.region
        .as_ref()
        .and_then(|r| region_code(data, r, "$.summary.region", errors))
}

/// The statement's month lies by the valuation month, and before every detailed segment (the
/// statement covers everything up to its month).
fn check_statement_dates(
    as_of: Month,
    sum: &Summary,
    segments: &[Checked],
    errors: &mut Vec<FieldError>,
) {
    if sum.at > as_of {
        errors.push(err(
            Code::SegmentOutsidePeriod,
            "$.summary.at",
            "对账单月份晚于计算月份",
            "the statement month is after as_of",
        ));
    }
    let first = segments
        .iter()
        .filter(|c| c.kind != Kind::Gap)
        .map(|c| c.from)
        .min();
    if first.is_some_and(|first| first <= sum.at) {
        errors.push(err(
            Code::SegmentsOverlap,
            "$.summary.at",
            format!("对账单已包含 {} 之前的记录，明细请从之后开始", sum.at),
            format!(
                "the statement covers everything up to {}; detailed segments must start after it",
                sum.at
            ),
        ));
    }
}

/// The statement's months and years are plausible (at most 80 years of employee months, 60 of
/// deemed months, 80 resident years) and, when they are, fit in the working life
/// ([`check_statement_within_working_life`]).
fn check_statement_counts(sum: &Summary, earliest_work: Month, errors: &mut Vec<FieldError>) {
    if sum.employee_months > 12 * 80 || sum.deemed_months > 12 * 60 || sum.resident_years > 80 {
        errors.push(err(
            Code::OutOfRange,
            "$.summary",
            "对账单的月数或年数不合理",
            "implausible months or years in the statement",
        ));
    } else {
        check_statement_within_working_life(sum, earliest_work, errors);
    }
}

/// The statement's average index lies in 0 … [`MAX_RATIO`], and is given when the statement
/// counts employee months.
fn check_statement_index(sum: &Summary, errors: &mut Vec<FieldError>) {
    match sum.avg_index {
        Some(i) if i < Decimal::ZERO || i > Decimal::from(MAX_RATIO) => errors.push(err(
            Code::OutOfRange,
            "$.summary.avg_index",
            "平均缴费指数应在 0 到 10 之间（通常 0.6–3）",
            "the average index must be between 0 and 10 (usually 0.6–3)",
        )),
        None if sum.employee_months > 0 => errors.push(err(
            Code::MissingField,
            "$.summary.avg_index",
            "有职工缴费月数时请填写平均缴费指数",
            "give the average contribution index for the statement's months",
        )),
        _ => {}
    }
}

/// The statement's account balances lie in 0 … 100 000 000 yuan.
fn check_statement_balances(sum: &Summary, errors: &mut Vec<FieldError>) {
    for (v, path) in [
        (sum.account_balance, "$.summary.account_balance"),
        (sum.resident_balance, "$.summary.resident_balance"),
    ] {
        if v.is_some_and(|v| v < Decimal::ZERO || v > Decimal::from(100_000_000)) {
            errors.push(err(
                Code::OutOfRange,
                path,
                "余额不能为负数或过大",
                "balance must be between 0 and 100 000 000",
            ));
        }
    }
}

/// Flexible retirement moves the claim by at most 36 months.
fn check_retirement_choice(s: &Scenario, errors: &mut Vec<FieldError>) {
    if s.retirement.months > 36 {
        errors.push(err(
            Code::RetirementChoice,
            "$.retirement.months",
            "弹性退休最多提前或延后36个月",
            "flexible retirement is at most 36 months",
        ));
    }
}

/// The resolved parts of a scenario without errors: its segments in time order.
fn resolved(hukou: String, summary_region: Option<String>, mut segments: Vec<Checked>) -> Resolved {
    crate::sorted::sort_by_key(&mut segments, |c| c.from);
    Resolved {
        hukou,
        summary_region,
        segments,
    }
}

/// Each override names an overridable parameter and lies within its bounds
/// ([`crate::params::bounds`]); together with the data they keep the rules' own relations.
fn check_overrides(data: &Data, overrides: &[Override], errors: &mut Vec<FieldError>) {
    for (i, o) in overrides.iter().enumerate() {
        let path = format!("$.overrides[{i}]");
        if o.param.chars().count() > MAX_TEXT {
            errors.push(err(
                Code::TooLarge,
                format!("{path}.param"),
                "参数名太长",
                "parameter name too long",
            ));
            continue;
        }
        match crate::params::bounds::target(data, &path, &o.param) {
            Ok((_, _, b)) if !b.admits(o.value) => {
                errors.push(crate::params::bounds::out_of_bounds(&path, o.value, &b))
            }
            Ok(_) => {}
            Err(e) => errors.push(e),
        }
    }
    // Both cross-field checks refuse only a combination an override makes (the data alone is
    // checked by tests/params_data.rs), so without overrides there is nothing to compare: the
    // common case skips collecting every value of six keys across all regions.
    if errors.is_empty() && !overrides.is_empty() {
        check_account_share(data, overrides, errors);
        check_base_bounds(data, overrides, errors);
    }
}

/// An override of a retirement-delay step (渐进式延迟法定退休年龄的办法 第一条: one month of delay
/// per `step` months of original retirement month, at most `cap`) needs the cap in force where
/// the step is: the data's caps begin with the reform (2025-01), so a step pinned earlier has
/// none, and every retirement computed under it would fail — in some variants of the choices
/// only (the fuzz target `hostile` found one: a flexible woman whose original retirement at 45
/// fell in 2024). Refused here, at the override, so that `validate` ok means an answer.
fn check_delay_caps(data: &Data, s: &Scenario, errors: &mut Vec<FieldError>) {
    if !errors.is_empty() || s.overrides.is_empty() {
        return;
    }
    let Ok(params) = crate::params::Params::new(data, &s.overrides, s.as_of, Decimal::ZERO) else {
        return; // its errors are the estimate's to report
    };
    for (i, o) in s.overrides.iter().enumerate() {
        let Some(group) = o.param.strip_prefix("CN.retirement_delay_step_") else {
            continue;
        };
        let at = o.from.unwrap_or(s.as_of);
        let cap = format!("retirement_delay_cap_{group}");
        if params.value("$", "CN", &cap, at).is_err() {
            errors.push(err(
                Code::BadOverride,
                format!("$.overrides[{i}]"),
                format!("从 {at} 起设了延迟退休的步长，这个时期也要设上限 CN.{cap}（数据里的上限从改革开始的 2025-01 起才有）"),
                format!("a retirement-delay step from {at} needs CN.{cap} for the same months too (the data's caps begin with the reform, 2025-01)"),
            ));
        }
    }
}

/// A value, with the index of the override that gives it (none: the data).
type Valued = (Decimal, Option<usize>);

/// Every value `key` takes in the data (any region, any month) or in an override, with the index
/// of the override. (Collected once: the checks below take their least or greatest.)
fn values_of(data: &Data, overrides: &[Override], key: &str) -> Vec<Valued> {
    let mut out: Vec<Valued> = Vec::new();
    for r in std::iter::once(&data.national).chain(data.regions.values()) {
        if let Some(series) = r.series.get(key) {
            out.extend(
                series
                    .values
                    .iter()
                    .filter_map(|e| e.value)
                    .map(|v| (v, None)),
            );
        }
    }
    for (i, o) in overrides.iter().enumerate() {
        if o.param.split_once('.').is_some_and(|(_, k)| k == key) {
            out.push((o.value, Some(i)));
        }
    }
    out
}

/// The least and the greatest of `values` (by value), if any.
fn extremes(values: &[Valued]) -> Option<(Valued, Valued)> {
    let first = *values.first()?;
    Some(values.iter().fold((first, first), |(lo, hi), &v| {
        (
            if v.0 < lo.0 { v } else { lo },
            if v.0 > hi.0 { v } else { hi },
        )
    }))
}

/// The share of the base credited to the account never exceeds what is paid on it
/// (国发〔2005〕38号 三, see `employee::contributions`: the account is credited from the contribution; the rest goes to the
/// pooled fund, which cannot receive a negative amount): `individual_account_rate` ≤ every
/// flexible rate and every employee + employer rate, whichever side an override sets. Checked
/// over all months and regions at once, which is stricter than needed but never misses a month.
fn check_account_share(data: &Data, overrides: &[Override], errors: &mut Vec<FieldError>) {
    let least = |key| extremes(&values_of(data, overrides, key)).map(|(lo, _)| lo);
    let paid_employee = match (least("employee_individual_rate"), least("employer_rate")) {
        (Some(a), Some(b)) => Some((a.0 + b.0, a.1.or(b.1))),
        _ => None,
    };
    let Some((_, account)) = extremes(&values_of(data, overrides, "individual_account_rate"))
    else {
        return;
    };
    for paid in [least("flex_rate"), paid_employee].into_iter().flatten() {
        if account.0 > paid.0 && (account.1.is_some() || paid.1.is_some()) {
            let at = account.1.or(paid.1).unwrap_or(0);
            errors.push(err(
                Code::OutOfRange,
                format!("$.overrides[{at}].value"),
                format!("记入个人账户的比例 {} 超过了缴费比例 {}", account.0, paid.0),
                format!(
                    "the share credited to the account ({}) exceeds the contribution rate ({})",
                    account.0, paid.0
                ),
            ));
            return;
        }
    }
}

/// The base floor never lies above the ceiling, as ratios of the wage (national; the amounts
/// differ by region and year and are not compared).
fn check_base_bounds(data: &Data, overrides: &[Override], errors: &mut Vec<FieldError>) {
    let high_floor = extremes(&values_of(data, overrides, "base_floor_ratio")).map(|(_, hi)| hi);
    let low_ceiling = extremes(&values_of(data, overrides, "base_ceiling_ratio")).map(|(lo, _)| lo);
    if let (Some(f), Some(c)) = (high_floor, low_ceiling) {
        if f.0 > c.0 && (f.1.is_some() || c.1.is_some()) {
            let at = f.1.or(c.1).unwrap_or(0);
            errors.push(err(
                Code::OutOfRange,
                format!("$.overrides[{at}].value"),
                format!("缴费基数下限 {} 高于上限 {}", f.0, c.0),
                format!("the base floor ({}) is above the ceiling ({})", f.0, c.0),
            ));
        }
    }
}

/// A statement counts only months after the 16th birthday and up to its own month: its employee
/// and deemed months together, and its resident years, fit in that span (the same rule as for
/// segments, [`MIN_WORK_AGE_YEARS`]).
fn check_statement_within_working_life(
    sum: &Summary,
    earliest_work: Month,
    errors: &mut Vec<FieldError>,
) {
    let span = earliest_work.months_until(sum.at.plus(1)).max(0);
    let checks = [
        (
            i64::from(sum.employee_months) + i64::from(sum.deemed_months),
            "$.summary.employee_months",
        ),
        (
            i64::from(sum.resident_years) * 12,
            "$.summary.resident_years",
        ),
    ];
    for (months, path) in checks {
        if months > i64::from(span) {
            errors.push(err(
                Code::OutOfRange,
                path,
                format!("对账单的缴费时间（{months} 个月）超过了 {MIN_WORK_AGE_YEARS} 岁到对账单月份之间的 {span} 个月"),
                format!("the statement counts {months} months, more than the {span} months from age {MIN_WORK_AGE_YEARS} to its month"),
            ));
        }
    }
}

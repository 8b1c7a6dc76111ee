// Generated from the Rust types by tests/ts_types.rs (ts-rs). Do not edit by hand:
// run `UPDATE_TYPES=1 cargo test --test ts_types` (scripts/build-wasm.sh does).
//
// Decimal amounts are strings ("1234.56"); in a Scenario they may also be JSON numbers.
// Months are "YYYY-MM".

/**
 * One year of an account.
 */
export type AccountYear = { 
/**
 * Calendar year.
 */
year: number, 
/**
 * Balance at the start of the year (or when it joined from a statement).
 */
opening: string, 
/**
 * Contributions credited during the year.
 */
credits: string, 
/**
 * Interest credited for the year.
 */
interest: string, 
/**
 * Balance at the end of the year (or at the pension start, in the last year).
 */
closing: string, 
/**
 * The rate used.
 */
rate: string, 
/**
 * Whether the rate is an assumption rather than a published figure.
 */
rate_assumed: boolean, };

/**
 * Assumptions about the future. Absent ones take the defaults in the parameter data
 * (`CN.default_*`), reported in the estimate.
 */
export type Assumptions = { 
/**
 * Yearly growth of average wages (and so of bases given as ratios, and of C).
 */
wage_growth?: string | number, 
/**
 * Yearly crediting rate of the employee account for years without a published rate.
 */
crediting_rate?: string | number, 
/**
 * Yearly interest of the resident account for future years.
 */
resident_interest?: string | number, 
/**
 * Yearly pension adjustment after retirement.
 */
pension_adjustment?: string | number, 
/**
 * Yearly growth of the resident base pension (central minimum and local top-up).
 */
resident_base_growth?: string | number, 
/**
 * Uncertainty range: standard deviation of the long-run wage growth drawn around
 * `wage_growth` (default `CN.default_wage_growth_sd`). See [`crate::range`].
 */
wage_growth_sd?: string | number, 
/**
 * Uncertainty range: standard deviation of the crediting rate (default
 * `CN.default_crediting_rate_sd`).
 */
crediting_rate_sd?: string | number, 
/**
 * Uncertainty range: standard deviation of the pension adjustment (default
 * `CN.default_pension_adjustment_sd`).
 */
pension_adjustment_sd?: string | number, 
/**
 * Uncertainty range: number of random draws (default 200; 0 gives no spread: the range is
 * the central figure).
 */
draws?: number | null, 
/**
 * Uncertainty range: seed of the random draws (default 1); the same seed gives the same range.
 * (In JavaScript a whole number up to 2^53 is exact; larger seeds are rounded by JS itself.)
 */
seed?: number, };

/**
 * A range around a central figure.
 */
export type Band = { 
/**
 * 10th percentile of the draws (or the central figure, if lower).
 */
low: string, 
/**
 * 90th percentile of the draws (or the central figure, if higher).
 */
high: string, };

/**
 * The contribution base of an employee-scheme segment.
 */
export type Base = { "ratio": string | number } | { "amount": string | number };

/**
 * The benefit location and why.
 */
export type BenefitLocation = { 
/**
 * Region code.
 */
region: string, 
/**
 * Which step of 第六条 decided (1 to 4; 0 when there is no employee record and the hukou
 * place is assumed).
 */
step: number, 
/**
 * Employee-scheme months per region that count for the four steps (temporary-account
 * months are left out: see `temporary_accounts`).
 */
months_by_region: { [key in string]: number }, 
/**
 * Stays paid into a temporary account (第五条（二）), in time order (an empty list when none).
 */
temporary_accounts: Array<Stay>, 
/**
 * Why, in Chinese.
 */
reason_zh: string, 
/**
 * Why, in English.
 */
reason_en: string, };

/**
 * One way of paying from now on.
 */
export type Choice = { 
/**
 * Stable id: `flexible_0.6`, `resident_200`, `none`.
 */
id: string, 
/**
 * Flexible, resident, or gap (paying nothing).
 */
kind: Kind, 
/**
 * The base, for flexible.
 */
base?: Base, 
/**
 * The yearly amount, for resident.
 */
tier?: string, 
/**
 * Where it is paid.
 */
region: string, 
/**
 * What the first month costs the person (resident: a twelfth of the year's amount).
 */
monthly_cost_now: string, 
/**
 * Everything the person pays under this choice until retirement (nominal).
 */
own_contributions: string, 
/**
 * `employee`, `resident` or `none`: which pension the person would draw.
 */
scheme: string, 
/**
 * That pension per month (nominal, at its start).
 */
pension: string, 
/**
 * The same in today's money.
 */
pension_today: string, 
/**
 * When it starts.
 */
start: Month, 
/**
 * Whether the pension starts as the scenario's retirement asks. `false` when that is early
 * retirement and this way of paying does not reach the minimum years it needs
 * (国务院关于渐进式延迟法定退休年龄的办法 第三条, see [`crate::retirement`]): the choice is then
 * estimated at the statutory month, and `start` says so.
 */
retires_as_chosen: boolean, 
/**
 * Whether the pension is the resident one with the employee record moved in (resident and
 * `none` choices): the employee years fall short of the minimum, and moving the record (at
 * the employee retirement month) pays more over the expected retirement than the resident
 * pension without it. `start` is then the move's month when that is after the resident claim
 * age.
 */
moved_record: boolean, 
/**
 * Employee pension under this choice (0 when short of the minimum).
 */
employee_pension: string, 
/**
 * Resident pension under this choice (0 when short of the minimum).
 */
resident_pension: string, 
/**
 * More per month than paying nothing (nominal).
 */
gain: string, 
/**
 * Months of that gain needed to get back `own_contributions` (one decimal); none without a gain.
 */
payback_months: string | null, 
/**
 * The pension as a share of the benefit location's average wage when it starts.
 */
replacement_rate: string, 
/**
 * Account balances at the pension start: what heirs receive if the person dies before
 * drawing (个人账户余额可以依法继承).
 */
heirs_receive: string, 
/**
 * The drawn pension over the expected retirement (life table, yearly adjustment).
 */
lifetime: Lifetime, 
/**
 * The range of the drawn pension's headline figures (per month nominal and today,
 * lifetime nominal and today).
 */
range: Figures, };

/**
 * Choices and variants.
 */
export type Choices = { 
/**
 * Ways of paying from now on.
 */
choices: Array<Choice>, 
/**
 * Paying only until the minimum is reached. None when the record without a plan already
 * reaches it, when paying until the pension start is needed (the 60 % choice is that plan,
 * and a record still short then has the estimate's `options.extension`), or when those
 * months do not make the pension payable.
 */
enough: Enough | null, 
/**
 * When to stop or retire.
 */
variants: Array<Variant>, };

/**
 * What kind of problem a field has. The serialized names (`snake_case`) are stable: callers
 * may match on them.
 */
export type Code = "json_syntax" | "unknown_field" | "missing_field" | "wrong_type" | "out_of_range" | "unknown_region" | "segment_reversed" | "segments_overlap" | "segment_outside_period" | "birth_after_as_of" | "field_not_allowed" | "retirement_choice" | "bad_override" | "missing_parameter" | "early_rules_unknown" | "too_large" | "unsupported_version" | "parameter_data";

/**
 * One row of the account divisor table (计发月数).
 */
export type DivisorRow = { 
/**
 * Age at retirement, whole years.
 */
age: number, 
/**
 * Months the account pension is spread over.
 */
months: string, };

/**
 * The employee pension's headline: the fields of the same name in [`EmployeePension`].
 */
export type EmployeeHeadline = { 
/**
 * First month of the pension.
 */
start: Month, 
/**
 * Age at the start.
 */
age: YearsMonths, 
/**
 * Where the pension is paid.
 */
benefit_region: string, 
/**
 * Contribution months, not counting deemed months.
 */
contribution_months: number, 
/**
 * Deemed months (视同缴费).
 */
deemed_months: number, 
/**
 * N, contribution years including deemed years.
 */
years: string, 
/**
 * The minimum months for a pension starting at `start`.
 */
min_months: number, 
/**
 * Whether the minimum is met.
 */
eligible: boolean, 
/**
 * Months still missing (0 when eligible).
 */
shortfall_months: number, 
/**
 * Monthly total (0 when not eligible).
 */
total: string, 
/**
 * What the pension would be if the minimum were met (equals `total` when eligible).
 */
formula_total: string, 
/**
 * `formula_total` in today's money.
 */
formula_total_today: string, 
/**
 * What the person pays into this scheme over the detailed months, history and plan (yuan,
 * nominal; a statement's months are not counted): the field of the same name in the full
 * estimate. A card's "到退休共交" is this less the history's own.
 */
own_contributions: string, };

/**
 * The employee pension for one start month and benefit location, with every input shown.
 */
export type EmployeePension = { 
/**
 * First month of the pension.
 */
start: Month, 
/**
 * Age at the start.
 */
age: YearsMonths, 
/**
 * Where the pension is paid (its C applies).
 */
benefit_region: string, 
/**
 * Contribution months (detailed history, plan and statement), not counting deemed months.
 */
contribution_months: number, 
/**
 * Deemed months (视同缴费).
 */
deemed_months: number, 
/**
 * The minimum for a pension starting in `start`'s year.
 */
min_months: number, 
/**
 * Whether the minimum is met.
 */
eligible: boolean, 
/**
 * Months still missing (0 when eligible).
 */
shortfall_months: number, 
/**
 * Ī, the average contribution index.
 */
avg_index: string, 
/**
 * N, contribution years including deemed years.
 */
years: string, 
/**
 * C, the benefit location's 计发基数 when the pension starts.
 */
c: string, 
/**
 * Account balance at the start.
 */
balance: string, 
/**
 * 计发月数.
 */
divisor: string, 
/**
 * The whole age the divisor was read at.
 */
divisor_age: number, 
/**
 * Basic pension 基础养老金.
 */
basic: string, 
/**
 * Account pension 个人账户养老金.
 */
account: string, 
/**
 * Transitional pension 过渡性养老金.
 */
transitional: string, 
/**
 * Provincial extra printed in the sheet's total (see [`extras`]; 0 where none is modelled).
 */
provincial_extra: string, 
/**
 * Monthly total: basic + account + transitional + provincial extra (0 when not eligible:
 * see the options).
 */
total: string, 
/**
 * What the full pension would be if the minimum were met (equals `total` when eligible).
 */
formula_total: string, 
/**
 * `formula_total` in today's money (deflated by the assumed wage growth to the valuation month).
 */
formula_total_today: string, 
/**
 * Paid by the person over the detailed months.
 */
own_contributions: string, 
/**
 * Paid into the pooled fund over the detailed months (employer, or flexible pooled share).
 */
pooled_contributions: string, 
/**
 * The account year by year.
 */
account_years: Array<AccountYear>, };

/**
 * The employee scheme's result and, when the minimum is not met, the options.
 */
export type EmployeeResult = { 
/**
 * The pension at the chosen retirement month.
 */
pension: EmployeePension, 
/**
 * Options when short of the minimum years.
 */
options?: ShortOptions, };

/**
 * Paying only until the minimum years are reached, then nothing (交够年限就停): for a record
 * short of the minimum, the fewest months at the lowest base that make the employee pension
 * payable. A rider six months short sees that six months' payments, not twenty years of them,
 * buy a monthly employee pension. The minimum is the one in force when the statutory age is
 * reached (《国务院关于渐进式延迟法定退休年龄的办法》第二条, "将职工按月领取基本养老金最低缴费年限
 * 由十五年逐步提高至二十年", read as in [`crate::minimum`]), so paying earlier does not change it.
 */
export type Enough = { 
/**
 * The months paid, from the first open month.
 */
months: number, 
/**
 * The last month paid.
 */
to: Month, 
/**
 * That way of paying, priced like the others: flexible work at 60 % of the work region's
 * average wage (the lowest base) from the first open month to `to`
 * (id `flexible_0.6_enough`).
 */
choice: Choice, };

/**
 * One dated value of a parameter. It applies from `from` until the next entry (or, for
 * yearly figures, for twelve months: see [`crate::params::Fill`]).
 */
export type Entry = { 
/**
 * First month the value applies.
 */
from: Month, 
/**
 * Last month the value applies, when the publisher said so (a figure kept in force for
 * longer than its year, e.g. bases frozen during 2020). Without it a yearly figure applies
 * for twelve months.
 */
until?: Month | null, 
/**
 * The value, for scalar parameters.
 */
value?: string, 
/**
 * The tier table, for `resident_tiers`.
 */
tiers?: Array<Tier> | null, 
/**
 * The divisor table, for `divisor_table`.
 */
table?: Array<DivisorRow> | null, 
/**
 * The life table, for `life_expectancy_man` / `life_expectancy_woman`.
 */
life?: Array<LifeRow> | null, 
/**
 * A rule in words, for parameters that are rules rather than numbers.
 */
rule?: string | null, 
/**
 * Id of the source in the file's `[sources]`.
 */
source: string, 
/**
 * How sure we are.
 */
status: Status, 
/**
 * Anything a reviewer should know (how it was derived, caveats).
 */
note?: string | null, };

/**
 * The estimate: both schemes, their inputs, a timeline, explanations and warnings.
 */
export type Estimate = { 
/**
 * Format version.
 */
schema_version: number, 
/**
 * The valuation month.
 */
as_of: Month, 
/**
 * Age at the valuation month.
 */
age_now: YearsMonths, 
/**
 * Hukou region code.
 */
hukou: string, 
/**
 * Retirement month and age.
 */
retirement: RetirementDate, 
/**
 * Where the employee pension is paid.
 */
benefit_location: BenefitLocation, 
/**
 * The employee scheme.
 */
employee: EmployeeResult, 
/**
 * The resident scheme.
 */
resident: ResidentPension, 
/**
 * Year by year, for charts.
 */
timeline: Array<TimelineYear>, 
/**
 * How every headline figure was computed.
 */
explanations: Array<Explanation>, 
/**
 * The assumptions used.
 */
assumptions: Resolved, 
/**
 * Every parameter value used, with its source.
 */
parameters_used: Array<Used>, 
/**
 * What the person should know.
 */
warnings: Array<Warning>, 
/**
 * Plan months now in the past (a saved plan opened later): valued as planned, to be
 * confirmed by the person (see [`crate::scenario::Unconfirmed`]). Absent when none.
 */
unconfirmed?: Array<Unconfirmed>, 
/**
 * Every move of the employee-scheme record between regions: what moved, what stayed.
 */
transfers: Array<Transfer>, 
/**
 * The two schemes meeting: months paid into both and their refund, and moving the resident
 * account into the employee scheme (人社部发〔2014〕17号).
 */
linkage: Linkage, 
/**
 * "Where should I retire?": the employee pension in each place it could be settled in
 * (国办发〔2009〕66号 第六条), the benefit location first; empty without an employee record.
 */
where_to_retire: Array<Place>, 
/**
 * A policy comparison, not the law: the same career under the EU pro-rata rule
 * (Regulation 883/2004 art. 52(1)(b)); absent without an employee record.
 */
prorata?: ProRata, 
/**
 * Both pensions over the expected retirement (life table; see [`crate::lifetable`]).
 */
lifetime: Lifetimes, 
/**
 * The uncertainty range of the headline figures (see [`crate::range`]).
 */
range: Ranges, };

/**
 * How one figure was computed.
 */
export type Explanation = { 
/**
 * Stable id (`employee.basic`, …).
 */
id: string, 
/**
 * Title in Chinese.
 */
title_zh: string, 
/**
 * Title in English.
 */
title_en: string, 
/**
 * The formula in words (Chinese).
 */
formula_zh: string, 
/**
 * The formula in words (English).
 */
formula_en: string, 
/**
 * The formula with this person's numbers.
 */
computation: string, 
/**
 * The result as shown.
 */
result: string, 
/**
 * The documents the rule comes from.
 */
sources: Array<string>, };

/**
 * The option to keep paying after the statutory age until the minimum is met (延长缴费;
 * 办法 第二条: 职工达到法定退休年龄但不满最低缴费年限的，可以按照国家有关规定延长缴费…至最低缴费年限).
 */
export type Extension = { 
/**
 * Months to pay.
 */
months: number, 
/**
 * First month paid.
 */
from: Month, 
/**
 * Last month paid.
 */
to: Month, 
/**
 * The base they are paid at, as a flexible worker.
 */
base: Base, 
/**
 * Total the person pays, yuan (nominal).
 */
cost: string, 
/**
 * The pension then, starting the month after the last payment.
 */
pension: EmployeePension, };

/**
 * One problem with one field.
 */
export type FieldError = { 
/**
 * Stable machine-readable code.
 */
code: Code, 
/**
 * JSON path of the field, like `$.history[2].to` (`$` for the whole document).
 */
path: string, 
/**
 * The message in Simplified Chinese, in plain words.
 */
zh: string, 
/**
 * The message in English.
 */
en: string, };

/**
 * The four headline figures of a pension, each with its band.
 */
export type Figures = { 
/**
 * Per month, nominal, payable.
 */
pension: Band, 
/**
 * Per month in today's money.
 */
pension_today: Band, 
/**
 * Expected lifetime total, nominal.
 */
lifetime: Band, 
/**
 * Expected lifetime total in today's money.
 */
lifetime_today: Band, };

/**
 * What filling one way would give.
 */
export type Filled = { 
/**
 * The base used.
 */
base: Base, 
/**
 * The region paid in.
 */
region: string, 
/**
 * Employee pension per month with the gap filled (nominal; 0 if still short of the minimum).
 */
pension: string, 
/**
 * The same in today's money (the formula amount, as if eligible).
 */
pension_today: string, 
/**
 * More per month than without filling (nominal, payable amounts).
 */
gain: string, 
/**
 * More per month in today's money (formula amounts).
 */
gain_today: string, 
/**
 * What the person would pay to fill it (nominal).
 */
cost: string, 
/**
 * Whether filling it makes the person reach the minimum years.
 */
decides_eligibility: boolean, 
/**
 * More over the expected retirement (nominal, payable amounts, with the yearly adjustment).
 */
gain_lifetime: string, 
/**
 * The same in today's money.
 */
gain_lifetime_today: string, 
/**
 * The range of the four gains (per month nominal and today, lifetime nominal and today).
 */
gain_range: Figures, };

/**
 * One gap and its effect.
 */
export type Gap = { 
/**
 * First month without contributions.
 */
from: Month, 
/**
 * Last month without contributions.
 */
to: Month, 
/**
 * Its length in months.
 */
months: number, 
/**
 * Whether it is still to come (from the valuation month on) rather than past.
 */
planned: boolean, 
/**
 * Filled at the neighbouring segment's base (none without such a segment, or when the
 * filled record cannot be estimated, e.g. months before the parameter data starts).
 */
at_neighbour: Filled | null, 
/**
 * Filled at 60 % of the average wage (none when the filled record cannot be estimated).
 */
at_floor: Filled | null, };

/**
 * All gaps, their total effect, and the one that buys the most pension per yuan.
 */
export type GapAnalysis = { 
/**
 * The employee pension as the record stands (per month, nominal).
 */
pension_now: string, 
/**
 * Expected months of pension (life table) the lifetime figures are taken over.
 */
expected_months: number, 
/**
 * Each gap.
 */
gaps: Array<Gap>, 
/**
 * Every gap filled at the neighbouring level (none without gaps next to a segment, or when
 * that record cannot be estimated).
 */
all_filled: Filled | null, 
/**
 * Index into `gaps` of the gap whose filling (at the neighbouring level) adds the most
 * pension in today's money per yuan paid.
 */
best: number | null, };

/**
 * What a value used in an estimate rests on, in the three words a page shows beside it.
 */
export type Grade = "official" | "reference" | "estimate" | "user";

/**
 * The headline figures of an estimate (see the module documentation).
 */
export type Headline = { 
/**
 * Format version.
 */
schema_version: number, 
/**
 * The valuation month.
 */
as_of: Month, 
/**
 * The employee scheme (城镇职工基本养老保险).
 */
employee: EmployeeHeadline, 
/**
 * The resident scheme (城乡居民基本养老保险).
 */
resident: ResidentHeadline, 
/**
 * The uncertainty range of both pensions, when asked for (see [`crate::range`]).
 */
range?: Ranges, };

/**
 * The input was not accepted: one or more field errors, in document order.
 */
export type Invalid = { 
/**
 * Always `"invalid_input"`, so a JSON consumer can tell an error object from an estimate.
 */
error: string, 
/**
 * Every problem found (validation does not stop at the first).
 */
errors: Array<FieldError>, };

/**
 * How a stretch of months was (or will be) spent.
 */
export type Kind = "employee" | "flexible" | "resident" | "gap";

/**
 * One row of a life table: remaining life expectancy e(x) at exact age x.
 */
export type LifeRow = { 
/**
 * Exact age, whole years.
 */
age: number, 
/**
 * Years still to live on average at that age.
 */
years: string, };

/**
 * A monthly pension over the expected months.
 */
export type Lifetime = { 
/**
 * Age at the start, in years, the months as a fraction rounded to two decimals (63.25 is
 * 63 years 3 months; 62 years 7 months is 62.58).
 */
start_age: string, 
/**
 * e(x): years still to live on average at that age (from the life table).
 */
expected_years: string, 
/**
 * e(x) × 12, whole months.
 */
expected_months: number, 
/**
 * The expected total paid (nominal, with the yearly adjustment).
 */
total: string, 
/**
 * The same in today's money (each year deflated by wage growth).
 */
total_today: string, };

/**
 * Expected lifetime totals of both pensions.
 */
export type Lifetimes = { 
/**
 * The employee pension (payable amounts: 0 when short of the minimum), raised by the
 * assumed `pension_adjustment` each year.
 */
employee: Lifetime, 
/**
 * The resident pension (payable amounts): its base part raised by the assumed
 * `resident_base_growth` each year, its account part (balance ÷ 139) flat, as paid.
 */
resident: Lifetime, };

/**
 * Everything about the two schemes meeting, for the page.
 */
export type Linkage = { 
/**
 * Months paid into both schemes, by resident payment year.
 */
overlaps: Array<Overlap>, 
/**
 * Own resident contributions refunded in all, yuan.
 */
refund_total: string, 
/**
 * Moving the resident account into the employee scheme, when allowed.
 */
to_employee?: ToEmployee, };

/**
 * A region's (or the nation's) parameters at a month.
 */
export type Listing = { 
/**
 * The month shown.
 */
at: Month, 
/**
 * Region code (`CN` for national).
 */
code: string, 
/**
 * Chinese name.
 */
name_zh: string, 
/**
 * English name.
 */
name_en: string, 
/**
 * The parameters.
 */
params: Array<Shown>, };

/**
 * A calendar month, `"YYYY-MM"` (e.g. `"2026-11"`).
 */
export type Month = string;

/**
 * The one-off payment option (一次性缴费).
 */
export type OneOff = { 
/**
 * Available, unknown or not allowed.
 */
status: OneOffStatus, 
/**
 * Months to extend first (人社部令第13号 第二条: five years); 0 when not allowed.
 */
extension_months: number, 
/**
 * What the extension months cost the person, yuan (nominal).
 */
extension_cost: string, 
/**
 * Months bought at once; 0 when not allowed.
 */
months: number, 
/**
 * The month of the payment (the month after the extension); absent when not allowed.
 */
paid_at?: Month, 
/**
 * The monthly base the bought months are paid at, yuan; null when unknown.
 */
base: string | null, 
/**
 * The one-off payment: base × rate × months, yuan; null when unknown.
 */
cost: string | null, 
/**
 * The pension then, from the month after the payment; absent unless available.
 */
pension?: EmployeePension, 
/**
 * The parameters the answer lacks (`REGION.key`), to find or to give as overrides.
 */
missing: Array<string>, 
/**
 * Why, in Chinese.
 */
reason_zh: string, 
/**
 * Why, in English.
 */
reason_en: string, 
/**
 * The documents.
 */
sources: Array<string>, };

/**
 * Whether the one-off payment can be offered, and what is known of it.
 */
export type OneOffStatus = "available" | "unknown" | "not_allowed";

/**
 * Months paid into both schemes in one resident payment year (第七条).
 */
export type Overlap = { 
/**
 * Region of the resident payment.
 */
region: string, 
/**
 * First month the resident payment covers.
 */
from: Month, 
/**
 * Last month it covers.
 */
to: Month, 
/**
 * Months it covers.
 */
covered_months: number, 
/**
 * Of those, months also paid in the employee scheme (counted there only).
 */
months: number, 
/**
 * Own resident contribution refunded, yuan.
 */
refund: string, 
/**
 * Government subsidy not credited for the overlap, yuan.
 */
subsidy_withdrawn: string, 
/**
 * Whether the whole year overlaps (refunded whole, not a resident year).
 */
year_dropped: boolean, };

/**
 * A caller's own value for a parameter, for this calculation only.
 *
 * `param` is `SCOPE.key`: `GD.benefit_base`, `CN.crediting_rate`. An override **pins** the
 * value of one period, the period containing `from` (default: the valuation month); every
 * other entry of the data stands. What "period" means follows the key's [`Fill`] rule, read
 * against the data series the lookup would use (the region's own, else its parent's, else
 * the national one):
 *
 * - [`Fill::Yearly`] (crediting rate, pension adjustment: one figure per calendar year): the
 *   data entry covering `from` (its `from` to its `until`, or twelve months), which the
 *   override replaces; with no entry there, the calendar year of `from` (cut so as not to
 *   overlap an entry). `CN.crediting_rate` from `2016-07` is the 2016 rate.
 * - [`Fill::Wage`] (average wage, base floor and ceiling, 计发基数: one figure per published
 *   yearly period, which may begin in July): the data entry covering `from`; with none, the
 *   yearly step of the fill rule that contains `from` (twelve months on from the end of the
 *   nearest earlier entry, or back from the first one), cut at the next entry. Months of
 *   other periods keep their published figure; periods with none are filled by the rule from
 *   the entries as overridden (so a projection starts from the user's figure when it is the
 *   latest one).
 * - [`Fill::Step`] (rates and rules in force until superseded): from `from` itself for as long
 *   as the data's rule in force at `from` would have stayed in force — until an entry of any
 *   series the lookup reads (the region's, its parent's, the national one) takes over, or that
 *   rule ends — or until another override of the key begins, whichever comes first; a data
 *   entry beginning in the same month is replaced. (So `FJ.employer_rate` from 1996-01, where
 *   Fujian has no rate of its own and the national one begins 1997-07, lasts to 1997-06.)
 *
 * Order never matters: every override's period is found from the data alone. Two overrides
 * of one key in one region for the same period (for step keys: the same `from`) are refused
 * with `bad_override` at the later one, naming the earlier.
 */
export type Override = { 
/**
 * `SCOPE.key`, e.g. `GD.benefit_base`.
 */
param: string, 
/**
 * The value, a decimal string.
 */
value: string | number, 
/**
 * A month of the period it pins (see above); default the valuation month.
 */
from?: Month | null, };

/**
 * The person.
 */
export type Person = { 
/**
 * Birth month.
 */
birth: Month, 
/**
 * Sex.
 */
sex: Sex, 
/**
 * Women only: cadre, worker or flexible. Ignored for men.
 */
category?: WomanCategory | null, 
/**
 * Region of the household registration (户籍), a code like `JX` or a name like `江西`.
 */
hukou: string, };

/**
 * One place the pension could be paid in.
 */
export type Place = { 
/**
 * Region code.
 */
region: string, 
/**
 * Why it is a candidate: `hukou`, `ten_years` (already), `could_reach`, or
 * `benefit_location`.
 */
why: string, 
/**
 * Months counted there for the location (temporary-account months excluded).
 */
months: number, 
/**
 * Months still to pay there to reach ten years (0 for the hukou place or when reached).
 */
months_missing: number, 
/**
 * Whether this is the benefit location the rules give.
 */
is_benefit_location: boolean, 
/**
 * The place's C at the pension start.
 */
c: string, 
/**
 * Basic pension there.
 */
basic: string, 
/**
 * Monthly pension there (the formula amount, paid once the minimum is met).
 */
total: string, 
/**
 * The same in today's money.
 */
total_today: string, 
/**
 * Difference to the benefit location's pension.
 */
vs_benefit_location: string, };

/**
 * The comparison.
 */
export type ProRata = { 
/**
 * Always `"policy_comparison"`: not the law in China (the explanation `policy.prorata`
 * says so in words).
 */
label: string, 
/**
 * Per place.
 */
shares: Array<Share>, 
/**
 * Σ of the shares paid.
 */
total: string, 
/**
 * The current Chinese result (the benefit location's formula amount).
 */
current: string, 
/**
 * total − current.
 */
difference: string, };

/**
 * The ranges of an estimate's headline figures.
 */
export type Ranges = { 
/**
 * The employee pension: per month (nominal and today's money) and over the expected
 * retirement.
 */
employee: Figures, 
/**
 * The resident pension, likewise.
 */
resident: Figures, };

/**
 * A region in the list of regions.
 */
export type RegionName = { 
/**
 * Code.
 */
code: string, 
/**
 * Chinese name.
 */
name_zh: string, 
/**
 * English name.
 */
name_en: string, 
/**
 * For a city with figures of its own, its province.
 */
parent: string | null, };

/**
 * The resident pension's headline: the fields of the same name in [`ResidentPension`]
 * (`start` is its `claim_month`).
 */
export type ResidentHeadline = { 
/**
 * Whether the person has any resident record.
 */
participating: boolean, 
/**
 * Region paying the pension (the hukou place).
 */
region: string, 
/**
 * First month of the pension.
 */
start: Month, 
/**
 * Contribution years.
 */
years: number, 
/**
 * Minimum years.
 */
min_years: number, 
/**
 * Whether the minimum is met.
 */
eligible: boolean, 
/**
 * Monthly total (0 when not eligible).
 */
total: string, 
/**
 * What the pension would be if the minimum were met.
 */
formula_total: string, 
/**
 * `formula_total` in today's money.
 */
formula_total_today: string, 
/**
 * What the person pays into this scheme over the detailed months, history and plan (yuan,
 * nominal; a statement's months are not counted): the field of the same name in the full
 * estimate. A card's "到退休共交" is this less the history's own.
 */
own_contributions: string, };

/**
 * A resident pension.
 */
export type ResidentPension = { 
/**
 * Whether the person has any resident record.
 */
participating: boolean, 
/**
 * Region paying the pension (the hukou place).
 */
region: string, 
/**
 * Contribution years (incl. years carried over from the employee scheme, if any).
 */
years: number, 
/**
 * Minimum years.
 */
min_years: number, 
/**
 * Whether the minimum is met.
 */
eligible: boolean, 
/**
 * First month of the pension (the claiming age, 60).
 */
claim_month: Month, 
/**
 * Central minimum base pension at the claim, yuan/month.
 */
central: string, 
/**
 * Local top-up, yuan/month.
 */
topup: string, 
/**
 * Long-service extra, yuan/month.
 */
long_service: string, 
/**
 * Base pension = central + top-up + long-service.
 */
base_pension: string, 
/**
 * Account balance at the claim.
 */
balance: string, 
/**
 * Divisor (139).
 */
divisor: string, 
/**
 * Account pension.
 */
account: string, 
/**
 * Monthly total (0 when not eligible).
 */
total: string, 
/**
 * What the pension would be if the minimum were met.
 */
formula_total: string, 
/**
 * `formula_total` in today's money.
 */
formula_total_today: string, 
/**
 * Paid by the person.
 */
own_contributions: string, 
/**
 * Government subsidies credited.
 */
subsidies: string, 
/**
 * The account year by year.
 */
account_years: Array<AccountYear>, };

/**
 * The assumptions in force for one estimate, each with where it came from.
 */
export type Resolved = { 
/**
 * Yearly growth of average wages.
 */
wage_growth: string, 
/**
 * Crediting rate of the employee account for years without a published rate.
 */
crediting_rate: string, 
/**
 * Resident account interest for future years.
 */
resident_interest: string, 
/**
 * Yearly pension adjustment after retirement.
 */
pension_adjustment: string, 
/**
 * Yearly growth of the resident base pension.
 */
resident_base_growth: string, 
/**
 * Uncertainty range: standard deviation of the long-run wage growth.
 */
wage_growth_sd: string, 
/**
 * Uncertainty range: standard deviation of the crediting rate.
 */
crediting_rate_sd: string, 
/**
 * Uncertainty range: standard deviation of the pension adjustment.
 */
pension_adjustment_sd: string, 
/**
 * Uncertainty range: number of draws.
 */
draws: number, 
/**
 * Uncertainty range: seed.
 */
seed: number, 
/**
 * Names of the assumptions the caller set (the others are the documented defaults).
 */
set_by_caller: Array<string>, };

/**
 * When to retire: at the statutory age, or flexibly earlier or later (弹性退休).
 */
export type Retirement = { 
/**
 * Statutory, early or late.
 */
mode?: RetirementMode, 
/**
 * For early or late: how many months (at most 36).
 */
months?: number, 
/**
 * If short of the minimum years at retirement: the base at which the extra months would
 * be paid as a flexible worker (default: the base of the last employee-scheme segment).
 */
extension_base?: Base | null, };

/**
 * The retirement month and age of one person.
 */
export type RetirementDate = { 
/**
 * Original statutory age (60, 55 or 50 years).
 */
original_age: number, 
/**
 * The month the original age was reached.
 */
original_month: Month, 
/**
 * Months of delay under the reform.
 */
delay_months: number, 
/**
 * New statutory age.
 */
statutory_age: YearsMonths, 
/**
 * The month the new statutory age is reached (改革后退休时间).
 */
statutory_month: Month, 
/**
 * Statutory, early or late.
 */
mode: RetirementMode, 
/**
 * The month chosen (statutory ± flexible months).
 */
month: Month, 
/**
 * Age at the chosen month.
 */
age: YearsMonths, 
/**
 * Earliest month flexible early retirement allows (once the minimum years are met).
 */
earliest_month: Month, 
/**
 * Latest month flexible late retirement allows.
 */
latest_month: Month, };

/**
 * Statutory, early or late retirement.
 */
export type RetirementMode = "statutory" | "early" | "late";

/**
 * Everything an estimate is computed from.
 */
export type Scenario = { 
/**
 * Format version (1).
 */
schema_version?: number, 
/**
 * Who.
 */
person: Person, 
/**
 * The valuation month: history ends here. Required in the core; at the doors (CLI,
 * WebAssembly) a scenario without it is valued at the current month ([`crate::clock`]).
 */
as_of: Month, 
/**
 * What has been paid (or not), month ranges up to `as_of`.
 */
history?: Array<Segment>, 
/**
 * An official statement's totals (个人权益记录), covering everything up to its month.
 */
summary?: Summary | null, 
/**
 * What the person intends to pay. Months not covered are months without contributions.
 * Plan months before `as_of` (a saved plan opened later) count as planned and are reported
 * as [`Unconfirmed`]; the month `as_of` itself is still open (its contribution is not due
 * yet), in the plan or in the history.
 */
plan?: Array<Segment>, 
/**
 * When to retire.
 */
retirement?: Retirement, 
/**
 * Assumptions about the future; each has a documented default.
 */
assumptions?: Assumptions, 
/**
 * The caller's own parameter values for this calculation.
 */
overrides?: Array<Override>, };

/**
 * A stretch of months of one kind in one region.
 */
export type Segment = { 
/**
 * First month.
 */
from: Month, 
/**
 * Last month, included. May be left out in the plan only: until retirement.
 */
to?: Month | null, 
/**
 * What kind of months.
 */
kind: Kind, 
/**
 * Where contributions were paid (code or name). Required except for gaps.
 */
region?: string | null, 
/**
 * Employee and flexible segments: the contribution base.
 */
base?: Base | null, 
/**
 * Resident segments: the yearly contribution (a tier), yuan.
 */
tier?: string | number, };

/**
 * Sex, as the retirement rules distinguish it.
 */
export type Sex = "male" | "female";

/**
 * One place's share.
 */
export type Share = { 
/**
 * Region code.
 */
region: string, 
/**
 * Tᵢ, months paid there.
 */
months: number, 
/**
 * Tᵢ / Σ T.
 */
share: string, 
/**
 * The place's C.
 */
c: string, 
/**
 * Bᵢ, the theoretical pension for the whole career there.
 */
theoretical: string, 
/**
 * Bᵢ × Tᵢ / Σ T.
 */
pays: string, };

/**
 * What someone short of the minimum years can do (办法 第二条; 城乡养老保险制度衔接暂行办法).
 */
export type ShortOptions = { 
/**
 * Keep paying as a flexible worker until the minimum is met.
 */
extension: Extension | null, 
/**
 * Pay the missing months at once, where the rules allow it (一次性缴费).
 */
one_off: OneOff | null, 
/**
 * Move the employee record into the resident scheme.
 */
to_resident: ToResident, };

/**
 * One parameter as shown to a person.
 */
export type Shown = { 
/**
 * Key.
 */
key: string, 
/**
 * Name in Chinese.
 */
zh: string, 
/**
 * Name in English.
 */
en: string, 
/**
 * Unit.
 */
unit: string, 
/**
 * The region whose data supplies it (`CN` for a national default), if any.
 */
from_region: string | null, 
/**
 * The entry in force at the month (or the earliest one, if the month is before it).
 */
entry: Entry | null, 
/**
 * Its source; `None` while its description is not loaded (the WebAssembly module before
 * `pkg/sources.js` is given to `load_data`: the entry still names the source's id).
 */
source: Source | null, 
/**
 * How many dated entries the parameter has.
 */
entries: number, };

/**
 * Where a figure comes from.
 *
 * Every source in `params/` has a publisher and a title (`tests/params_data.rs`). The one
 * exception is the source of a value used by the WebAssembly module before its source
 * descriptions are loaded (`pkg/sources.js`, given to `load_data` after the data: the page
 * fetches it only when it shows a source): that source is
 * `{"publisher": "", "title": "", "id": "<source id>"}`, its id and nothing else.
 */
export type Source = { 
/**
 * Who published it (a ministry, a provincial department, a statistics bureau). Empty only
 * in a source whose description is not loaded (see `id`).
 */
publisher: string, 
/**
 * Title of the document or page. Empty only in a source whose description is not loaded.
 */
title: string, 
/**
 * Document number (文号), when it has one.
 */
doc?: string, 
/**
 * Publication date, `YYYY-MM-DD` or `YYYY-MM` or `YYYY`.
 */
date?: string, 
/**
 * Where it was read, when known.
 */
url?: string, 
/**
 * Present only when the description is not in this instance (the WebAssembly module before
 * its source descriptions are loaded): the source's id in the data; `publisher` and `title`
 * are then empty, and the other fields absent. Never read from `params/`.
 */
id?: string, };

/**
 * How sure we are of a value.
 */
export type Status = "verified" | "corroborated" | "unverified" | "assumption" | "user";

/**
 * A run of consecutive employee-scheme months in one region.
 */
export type Stay = { 
/**
 * Region code.
 */
region: string, 
/**
 * First month.
 */
from: Month, 
/**
 * Last month.
 */
to: Month, 
/**
 * Months paid.
 */
months: number, 
/**
 * Whether the stay is a temporary account (第五条（二）).
 */
temporary: boolean, };

/**
 * Totals from an official statement (个人权益记录 / 参保缴费凭证), as of the end of month `at`.
 * History segments, if any, must start after `at`.
 */
export type Summary = { 
/**
 * The statement's month (its figures are as of the end of this month).
 */
at: Month, 
/**
 * Where the employee-scheme record was held (for the benefit location and regional rules).
 */
region?: string | null, 
/**
 * Employee-scheme contribution months (累计缴费月数), not counting deemed months.
 */
employee_months?: number, 
/**
 * Average contribution index over those months (平均缴费指数).
 */
avg_index?: string | number, 
/**
 * Employee individual account balance (个人账户累计储存额), yuan.
 */
account_balance?: string | number, 
/**
 * Deemed contribution months (视同缴费月数) from pre-reform service.
 */
deemed_months?: number, 
/**
 * Resident-scheme contribution years.
 */
resident_years?: number, 
/**
 * Resident account balance, yuan.
 */
resident_balance?: string | number, };

/**
 * One resident-scheme contribution tier and the government subsidy it earns.
 */
export type Tier = { 
/**
 * Yearly contribution, yuan.
 */
amount: string, 
/**
 * Yearly government entry subsidy credited to the account, yuan.
 */
subsidy: string, };

/**
 * One calendar year of the record.
 */
export type TimelineYear = { 
/**
 * Year.
 */
year: number, 
/**
 * Kinds of months in the year (`employee`, `flexible`, `resident`).
 */
kinds: Array<Kind>, 
/**
 * Regions paid in.
 */
regions: Array<string>, 
/**
 * Employee-scheme months paid.
 */
employee_months: number, 
/**
 * Average monthly base over those months.
 */
avg_base: string, 
/**
 * Average index over those months.
 */
avg_index: string, 
/**
 * Paid by the person (both schemes).
 */
own_contribution: string, 
/**
 * Employee account at the year end (or pension start).
 */
employee_balance: string | null, 
/**
 * Resident account at the year end (or claim).
 */
resident_balance: string | null, };

/**
 * Moving the resident account into the employee scheme at the employee pension start (第五条).
 */
export type ToEmployee = { 
/**
 * The employee pension's first month, when the balance moves.
 */
start: Month, 
/**
 * The resident account balance that moves.
 */
balance_moved: string, 
/**
 * Resident years, which do not count as employee years.
 */
resident_years_not_counted: number, 
/**
 * The employee account pension with the balance added: (employee + moved) / 计发月数.
 */
account: string, 
/**
 * The employee pension then (basic + this account part + transitional).
 */
total: string, 
/**
 * The gain over the employee pension without the move.
 */
gain: string, 
/**
 * The resident pension that is not drawn (第八条: not both), 0 if it was not payable.
 */
resident_given_up: string, };

/**
 * Moving the employee record to the resident scheme (城乡养老保险制度衔接暂行办法
 * (人社部发〔2014〕17号) 第三条: allowed with fewer than the minimum employee years; 第六条: the
 * whole account balance moves and the employee years count as resident years; the pooled
 * contributions do not move).
 */
export type ToResident = { 
/**
 * When the balance moves: the month the employee pension would have started.
 */
moved_at: Month, 
/**
 * First month of the resident pension (its claiming age, or the move if later).
 */
start: Month, 
/**
 * What the person pays further for this option: nothing.
 */
cost: string, 
/**
 * The employee account balance that moves.
 */
balance_moved: string, 
/**
 * Employee years counted as resident years (whole years).
 */
years_counted: number, 
/**
 * The pooled contributions that stay behind (lost to the person), yuan: the detailed
 * months' and the statement's (`statement_pooled`).
 */
pooled_lost: string, 
/**
 * Of `pooled_lost`, the part estimated from the statement's totals (see
 * [`crate::statement`]: Ī × the region's wage × the flexible pooled share, months since
 * 1998; a floor for months paid by an employer), yuan; 0 without a statement.
 */
statement_pooled: string, 
/**
 * The resident pension that results.
 */
pension: ResidentPension, };

/**
 * One move of the record.
 */
export type Transfer = { 
/**
 * The first month paid in the new region (the pension start for gatherings).
 */
month: Month, 
/**
 * Region left.
 */
from: string, 
/**
 * Region joined.
 */
to: string, 
/**
 * Months paid in the region left during this stay.
 */
months: number, 
/**
 * Why the money moves.
 */
kind: TransferKind, 
/**
 * The individual account balance that moves (at the start of `month`).
 */
account_moved: string, 
/**
 * From the pooled fund: 12 % of the stay's bases (temporary accounts: everything paid in,
 * with interest).
 */
pooled_moved: string, 
/**
 * What was paid into the pooled fund during the stay and stays behind.
 */
pooled_left: string, };

/**
 * What kind of move.
 */
export type TransferKind = "move" | "gathered" | "temporary";

/**
 * Plan months that are now in the past: planned, not confirmed.
 *
 * A scenario saved with a plan and opened months later has a valuation month (`as_of`, the
 * current month) past the start of its plan. The plan months before `as_of` are still valued
 * as planned — the person said they would pay them, and a saved plan must keep giving an
 * answer — but they are reported, so the page can ask once, plainly, 这几个月交了吗？: yes moves
 * them into the history, no makes them a gap; the plan then goes on from this month, which is
 * still open (see [`Scenario::first_open_month`]).
 */
export type Unconfirmed = { 
/**
 * Position of the plan segment (`$.plan[i]`).
 */
plan_index: number, 
/**
 * First month now in the past.
 */
from: Month, 
/**
 * Last month now in the past (the month before `as_of`, or the segment's end).
 */
to: Month, 
/**
 * How many months.
 */
months: number, 
/**
 * What was planned for them.
 */
kind: Kind, };

/**
 * One value handed to the calculation, with everything needed to cite it.
 */
export type Used = { 
/**
 * `SCOPE.key` of the value actually read (a regional key read from `CN` is a default).
 */
param: string, 
/**
 * The month (or first month of the yearly period) the value is for.
 */
period_from: Month, 
/**
 * The value, for scalar parameters.
 */
value: string | null, 
/**
 * How sure the underlying entry is.
 */
status: Status, 
/**
 * What the value rests on, as a page shows it (官方文件 / 参考资料 / 估算 / 用户输入):
 * the entry's grade, or [`Grade::Estimate`] when the value was extrapolated.
 */
grade: Grade, 
/**
 * The underlying entry's source.
 */
source: Source, 
/**
 * How it was obtained.
 */
how: UsedHow, };

/**
 * How a value used in a calculation was obtained.
 */
export type UsedHow = { "kind": "published" } | { "kind": "filled", 
/**
 * The entry the value was extrapolated from.
 */
base_from: Month, 
/**
 * Yearly steps (negative when back-cast).
 */
periods: number, 
/**
 * Whether the month lies after the valuation month (a projection, not a gap in data).
 */
future: boolean, };

/**
 * Stopping, going on for N years, or retiring earlier or later, with the current plan.
 */
export type Variant = { 
/**
 * `stop_now`, `continue_5y`, `retire_early_12m`, `retire_late_24m`, `as_planned`.
 */
id: string, 
/**
 * Whether this variant is allowed (early retirement needs the minimum years).
 */
possible: boolean, 
/**
 * When the employee pension starts.
 */
start: Month | null, 
/**
 * Whether the minimum years are met.
 */
eligible: boolean, 
/**
 * Employee pension per month (nominal).
 */
pension: string, 
/**
 * The formula amount in today's money.
 */
pension_today: string, 
/**
 * Contribution months counted.
 */
months: number, 
/**
 * The minimum for the start year.
 */
min_months: number, };

/**
 * Something the person should know about the estimate.
 */
export type Warning = { 
/**
 * Stable code.
 */
code: string, 
/**
 * In Chinese.
 */
zh: string, 
/**
 * In English.
 */
en: string, };

/**
 * For women, the category that sets the original retirement age.
 */
export type WomanCategory = "cadre" | "worker" | "flexible";

/**
 * An age or a duration in whole years and months, as the retirement rules state them.
 */
export type YearsMonths = { 
/**
 * Whole years.
 */
years: number, 
/**
 * Remaining months, 0 to 11.
 */
months: number, };

/** A successful answer carries its value under one key; a refused one carries every error. */
export type Reply<K extends string, T> =
  | ({ ok: true } & { [P in K]: T })
  | { ok: false, error: string, errors: Array<FieldError> };
/** `estimate(scenario)` */
export type EstimateReply = Reply<"estimate", Estimate>;
/** `estimate_headline(scenario)` */
export type HeadlineReply = Reply<"headline", Headline>;
/** `gaps(scenario)` */
export type GapsReply = Reply<"gaps", GapAnalysis>;
/** `choices(scenario)` */
export type ChoicesReply = Reply<"choices", Choices>;
/** `validate(scenario)` */
export type ValidateReply = Reply<"valid", true>;
/** `regions()` */
export type RegionsReply = Reply<"regions", Array<RegionName>>;
/** `params(region, at)` */
export type ParamsReply = Reply<"params", Listing>;
/** `version()` */
export type VersionReply = { ok: true, version: string, schema_version: number };

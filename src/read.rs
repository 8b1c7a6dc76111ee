//! Reading a [`Scenario`] from the JSON tree of [`crate::json`], with the JSON path of any
//! problem.
//!
//! One function per type, built from a few non-generic helpers (`fields` for objects, one
//! reader per kind of leaf), so that each type costs little code. The path is carried down as a
//! linked list on the stack and only written out for an error.
//!
//! The rules are serde's for the derived `Deserialize` of the same types (which stays, as the
//! test oracle: `tests/reader.rs`): unknown fields are refused, a duplicate field is an error,
//! `null` is `None` for a plain `Option` but not for the optional decimals, a struct may also be
//! written as an array of its fields in order, a decimal is a string or a whole JSON number, an
//! enum variant is a string or a one-entry object. The problems are reported in the order a
//! streaming reader meets them: the first one in the document wins.
//!
//! Where serde_json calls valid JSON a syntax error (an enum given a number, `null`, an array,
//! an empty object or one with two entries; a struct written as an array with too many
//! elements), this reader calls it `wrong_type`, which is what it is.

use rust_decimal::Decimal;

use crate::error::{Code, FieldError};
use crate::json::{Doc, Flaw, Json, Num, Place};
use crate::money::parse_decimal;
use crate::params::Override;
use crate::scenario::{
    Assumptions, Base, Kind, Person, Retirement, RetirementMode, Scenario, Segment, Sex, Summary,
    WomanCategory, SCHEMA_VERSION,
};
use crate::Month;

/// A problem found while reading: a field error, or a syntax error met at a path (its line
/// and column are worked out at the end, from the text).
enum Problem {
    Field(FieldError),
    Syntax(Flaw, String),
}

type Res<T> = Result<T, Box<Problem>>;

/// Where a value is: `$`, a field of an object, an element of an array.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn parent(&self) -> &Path<'_> {
        match self {
            Path::Root => self,
            Path::Key(p, _) | Path::Index(p, _) => p,
        }
    }

    fn render(&self) -> String {
        match self {
            Path::Root => "$".to_owned(),
            Path::Key(p, k) => format!("{}.{k}", p.render()),
            Path::Index(p, i) => format!("{}[{i}]", p.render()),
        }
    }
}

/// Reads a scenario from a parsed document (`text` is the document's text, for the line and
/// column of a syntax error).
pub fn scenario(doc: &Doc, text: &str) -> Result<Scenario, FieldError> {
    scenario_on(doc, text, None)
}

/// [`scenario`], with `as_of` defaulting to `today` when the document leaves it out (`None`:
/// `as_of` is required). The doors (CLI, WebAssembly) pass the month of [`crate::clock`].
pub fn scenario_on(doc: &Doc, text: &str, today: Option<Month>) -> Result<Scenario, FieldError> {
    let at = Path::Root;
    let read = scenario_at(&doc.root, &at, today).and_then(|s| match &doc.trailing {
        Some(f) => Err(syntax(f, &at)),
        None => Ok(s),
    });
    read.map_err(|p| match *p {
        Problem::Field(e) => e,
        Problem::Syntax(f, path) => syntax_error(&f, path, text),
    })
}

/// The error for a syntax error at `path`, with its line and column (1-based, in characters).
pub fn syntax_error(f: &Flaw, path: String, text: &str) -> FieldError {
    let before = text.get(..f.pos).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    // `rfind`, not `rsplit(..).next()`: the reverse splitter is 0.8 kB of wasm before compression.
    let last_line = before.rfind('\n').map_or(before, |i| &before[i + 1..]);
    let col = last_line.chars().count() + 1;
    let (en, zh) = f.what.text();
    FieldError::new(
        Code::JsonSyntax,
        path,
        format!("不是有效的 JSON 数据：第 {line} 行第 {col} 个字符处，{zh}"),
        format!("not valid JSON: {en} (line {line}, column {col})"),
    )
}

// ---------------------------------------------------------------------------------------------
// Errors

fn fail(code: Code, at: &Path, zh: String, en: String) -> Box<Problem> {
    Box::new(Problem::Field(FieldError::new(code, at.render(), zh, en)))
}

/// A syntax error met at `at` (or at its parent, for an error between values; an error before a
/// key is met by the reader of the object, at the object's path).
fn syntax(f: &Flaw, at: &Path) -> Box<Problem> {
    let at = if f.place == Place::Parent {
        at.parent()
    } else {
        at
    };
    Box::new(Problem::Syntax(*f, at.render()))
}

/// What was expected, for a `wrong_type` message: English, Chinese.
type Expect = (&'static str, &'static str);

fn found(v: &Json) -> (String, String) {
    match v {
        Json::Null => ("null".into(), "空值 null".into()),
        Json::Bool(b) => (format!("`{b}`"), format!("布尔值 {b}")),
        Json::Num(Num::Pos(n)) => (format!("the number {n}"), format!("数字 {n}")),
        Json::Num(Num::Neg(n)) => (format!("the number {n}"), format!("数字 {n}")),
        Json::Num(Num::Frac) => ("a fractional number".into(), "带小数或指数的数字".into()),
        Json::Str(s) => (format!("the string \"{s}\""), format!("文字「{s}」")),
        Json::Arr(_) => ("a list [...]".into(), "列表 [...]".into()),
        Json::Obj(_) => ("an object {...}".into(), "对象 {...}".into()),
        Json::Bad(_) => ("a syntax error".into(), "格式错误".into()),
    }
}

fn wrong(at: &Path, expect: Expect, v: &Json) -> Box<Problem> {
    let (en, zh) = found(v);
    fail(
        Code::WrongType,
        at,
        format!("应为{}，但这里是{zh}", expect.1),
        format!("expected {}, found {en}", expect.0),
    )
}

fn wrong_text(at: &Path, zh: String, en: String) -> Box<Problem> {
    fail(Code::WrongType, at, zh, en)
}

/// `v` itself, or the syntax error it is, for a reader that looks at it.
fn check<'j, 'a>(v: &'j Json<'a>, at: &Path) -> Res<&'j Json<'a>> {
    match v {
        Json::Bad(f) => Err(syntax(f, at)),
        _ => Ok(v),
    }
}

/// A value serde_json would call a syntax error without reading it (a number or `null` for an
/// enum, too many elements): the error that stopped the parse if the value is incomplete,
/// else `wrong_type`.
fn misplaced(v: &Json, at: &Path, expect: Expect) -> Box<Problem> {
    match v.stop() {
        Some(f) => Box::new(Problem::Syntax(*f, at.render())),
        None => wrong(at, expect, v),
    }
}

// ---------------------------------------------------------------------------------------------
// Leaves

const STRING: Expect = ("a string", "文字（字符串）");
const MONTH: Expect = (
    "a month as a string \"YYYY-MM\", like \"2026-11\"",
    "年月，格式为 \"YYYY-MM\"（如 \"2026-11\"）",
);
const DECIMAL: Expect = (
    "a decimal number as a string, like \"0.6\" or \"5000\"",
    "数字（写成字符串，如 \"0.6\" 或 \"5000\"）",
);
const WHOLE: Expect = (
    "a whole number from 0 to 4294967295",
    "0 到 4294967295 之间的整数",
);
const WHOLE64: Expect = (
    "a whole number from 0 to 18446744073709551615",
    "0 到 18446744073709551615 之间的整数",
);
const LIST: Expect = ("a list [...]", "列表 [...]");

fn string(v: &Json, at: &Path) -> Res<String> {
    match check(v, at)? {
        Json::Str(s) => Ok(s.to_string()),
        other => Err(wrong(at, STRING, other)),
    }
}

fn month(v: &Json, at: &Path) -> Res<Month> {
    match check(v, at)? {
        Json::Str(s) => s.parse().map_err(|_| {
            wrong_text(
                at,
                format!("「{s}」不是有效的年月：应为 YYYY-MM 格式（如 2026-11），在 1900-01 到 2200-12 之间"),
                format!("\"{s}\" is not a month: expected YYYY-MM between 1900-01 and 2200-12"),
            )
        }),
        other => Err(wrong(at, MONTH, other)),
    }
}

/// A whole number up to `max` (`u32::MAX` or `u64::MAX`).
fn whole(v: &Json, at: &Path, max: u64) -> Res<u64> {
    let expect = if max == u64::MAX { WHOLE64 } else { WHOLE };
    match check(v, at)? {
        Json::Num(Num::Pos(n)) if *n <= max => Ok(*n),
        other => Err(wrong(at, expect, other)),
    }
}

fn u32_(v: &Json, at: &Path) -> Res<u32> {
    whole(v, at, u64::from(u32::MAX)).map(|n| n as u32)
}

/// A decimal: a string (`"0.6"`), or a whole JSON number; a JSON fraction is refused, as by
/// [`crate::money::de_decimal`].
fn decimal(v: &Json, at: &Path) -> Res<Decimal> {
    match check(v, at)? {
        Json::Str(s) => parse_decimal(s).ok_or_else(|| {
            wrong_text(
                at,
                format!("「{s}」不是有效的数字：应写成如 \"0.6\" 或 \"5000\" 的形式"),
                format!("not a decimal number: \"{s}\""),
            )
        }),
        Json::Num(Num::Pos(n)) => Ok(Decimal::from(*n)),
        Json::Num(Num::Neg(n)) => Ok(Decimal::from(*n)),
        Json::Num(Num::Frac) => Err(wrong_text(
            at,
            "带小数的数字请写成字符串（如 \"0.6\"），以保证精确".into(),
            "write fractional numbers as strings (like \"0.6\"), so they stay exact".into(),
        )),
        other => Err(wrong(at, DECIMAL, other)),
    }
}

/// An optional decimal of the scenario: absent is `None`, but `null` is refused (as by
/// [`crate::money::de_opt_decimal`]).
fn opt_decimal(v: &Json, at: &Path) -> Res<Option<Decimal>> {
    decimal(v, at).map(Some)
}

/// `null` is `None`; anything else is read by `f`.
fn opt<T>(v: &Json, at: &Path, f: fn(&Json, &Path) -> Res<T>) -> Res<Option<T>> {
    match v {
        Json::Null => Ok(None),
        _ => f(v, at).map(Some),
    }
}

fn list<T>(v: &Json, at: &Path, f: fn(&Json, &Path) -> Res<T>) -> Res<Vec<T>> {
    match check(v, at)? {
        Json::Arr(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, x) in items.iter().enumerate() {
                out.push(f(x, &Path::Index(at, i))?);
            }
            Ok(out)
        }
        other => Err(wrong(at, LIST, other)),
    }
}

// ---------------------------------------------------------------------------------------------
// Enums

fn names_en(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An enum: its variant (an index in `names`) and the variant's content (`None` when the
/// variant is written as a string, the value of the one entry when written as an object).
fn variant<'j, 'a>(
    v: &'j Json<'a>,
    at: &Path,
    names: &[&str],
    expect: Expect,
) -> Res<(usize, Option<&'j Json<'a>>)> {
    let (name, content) = match check(v, at)? {
        Json::Str(s) => (s, None),
        Json::Obj(entries) if !entries.is_empty() => {
            let (k, x) = &entries[0];
            if let Json::Bad(f) = x {
                if f.place == Place::Key {
                    return Err(syntax(f, at));
                }
            }
            (k, Some(x))
        }
        other => return Err(misplaced(other, at, expect)),
    };
    match names.iter().position(|n| n == name) {
        Some(i) => Ok((i, content)),
        None => Err(wrong_text(
            at,
            format!("不认识的选项「{name}」，可选：{}", names.join("、")),
            format!(
                "unknown variant `{name}`, expected one of {}",
                names_en(names)
            ),
        )),
    }
}

/// After the content of a variant written as an object: there must be nothing else in it.
fn only_entry(v: &Json, at: &Path, expect: Expect) -> Res<()> {
    match v {
        Json::Obj(entries) if entries.len() > 1 => Err(misplaced(v, at, expect)),
        _ => Ok(()),
    }
}

/// A unit enum (`"male"`, or serde's `{"male": null}`): the index of its variant.
fn unit(v: &Json, at: &Path, names: &[&str], expect: Expect) -> Res<usize> {
    let (i, content) = variant(v, at, names, expect)?;
    if let Some(x) = content {
        let inner = Path::Key(at, names[i]);
        match check(x, &inner)? {
            Json::Null => {}
            other => return Err(wrong(&inner, ("null", "空值 null"), other)),
        }
        only_entry(v, at, expect)?;
    }
    Ok(i)
}

fn sex(v: &Json, at: &Path) -> Res<Sex> {
    let i = unit(
        v,
        at,
        &["male", "female"],
        ("`male` or `female`", "male（男）或 female（女）"),
    )?;
    Ok([Sex::Male, Sex::Female][i])
}

fn category(v: &Json, at: &Path) -> Res<WomanCategory> {
    let i = unit(
        v,
        at,
        &["cadre", "worker", "flexible"],
        (
            "`cadre`, `worker` or `flexible`",
            "cadre（干部）、worker（工人）或 flexible（灵活就业）",
        ),
    )?;
    Ok([
        WomanCategory::Cadre,
        WomanCategory::Worker,
        WomanCategory::Flexible,
    ][i])
}

fn kind(v: &Json, at: &Path) -> Res<Kind> {
    let i = unit(
        v,
        at,
        &Kind::NAMES,
        (
            "`employee`, `flexible`, `resident` or `gap`",
            "employee（单位职工）、flexible（灵活就业）、resident（城乡居民）或 gap（断缴）",
        ),
    )?;
    Ok(Kind::ALL[i])
}

fn mode(v: &Json, at: &Path) -> Res<RetirementMode> {
    let i = unit(
        v,
        at,
        &["statutory", "early", "late"],
        (
            "`statutory`, `early` or `late`",
            "statutory（法定）、early（提前）或 late（延迟）",
        ),
    )?;
    Ok([
        RetirementMode::Statutory,
        RetirementMode::Early,
        RetirementMode::Late,
    ][i])
}

/// `{"ratio": "0.6"}` or `{"amount": "5000"}`.
fn base(v: &Json, at: &Path) -> Res<Base> {
    const EXPECT: Expect = (
        "an object with one field, `ratio` or `amount`, like {\"ratio\": \"0.6\"}",
        "只含 ratio 或 amount 一个字段的对象，如 {\"ratio\": \"0.6\"}",
    );
    let names = ["ratio", "amount"];
    let (i, content) = variant(v, at, &names, EXPECT)?;
    let inner = Path::Key(at, names[i]);
    let Some(x) = content else {
        return Err(wrong(&inner, EXPECT, v));
    };
    let d = decimal(x, &inner)?;
    only_entry(v, at, EXPECT)?;
    Ok(if i == 0 {
        Base::Ratio(d)
    } else {
        Base::Amount(d)
    })
}

// ---------------------------------------------------------------------------------------------
// Structs

/// The fields of a struct, given as an object (or, as serde accepts, as an array of the fields in
/// declaration order): calls `field(index in names, value, path)` for each, in document order.
/// Unknown and duplicate fields are refused here; missing ones by the caller ([`req`]), except in
/// the array form, where fields are missing from the end (`required`: a bit per field).
fn fields(
    v: &Json,
    at: &Path,
    names: &[&str],
    required: u32,
    expect: Expect,
    field: &mut dyn FnMut(usize, &Json, &Path) -> Res<()>,
) -> Res<()> {
    match check(v, at)? {
        Json::Obj(entries) => {
            let mut seen = 0u32;
            for (k, x) in entries {
                if let Json::Bad(f) = x {
                    if f.place == Place::Key {
                        return Err(syntax(f, at));
                    }
                }
                let here = Path::Key(at, k);
                let Some(i) = names.iter().position(|n| n == k) else {
                    return Err(fail(
                        Code::UnknownField,
                        &here,
                        format!(
                            "有不认识的字段「{k}」（可能是拼写错误），这里可用的字段：{}",
                            names.join("、")
                        ),
                        format!("unknown field `{k}`, expected one of {}", names_en(names)),
                    ));
                };
                if seen & (1 << i) != 0 {
                    return Err(wrong_text(
                        &here,
                        format!("字段「{k}」出现了两次"),
                        format!("duplicate field `{k}`"),
                    ));
                }
                seen |= 1 << i;
                field(i, x, &here)?;
            }
            Ok(())
        }
        Json::Arr(items) => {
            for (i, x) in items.iter().enumerate() {
                if i == names.len() {
                    return Err(misplaced(v, at, expect));
                }
                field(i, x, &Path::Index(at, i))?;
            }
            if required >> items.len() != 0 {
                let n = 32 - required.leading_zeros();
                return Err(wrong_text(
                    at,
                    format!(
                        "写成列表时应至少有 {n} 项（各字段依次排列），这里只有 {} 项",
                        items.len()
                    ),
                    format!(
                        "invalid length {}: an array for this object needs at least {n} \
                         elements (its fields in order)",
                        items.len()
                    ),
                ));
            }
            Ok(())
        }
        other => Err(wrong(at, expect, other)),
    }
}

/// A required field's value, or `missing_field` with the field's path.
fn req<T>(value: Option<T>, at: &Path, name: &str) -> Res<T> {
    value.ok_or_else(|| {
        fail(
            Code::MissingField,
            &Path::Key(at, name),
            format!("缺少必填的字段「{name}」"),
            format!("missing field `{name}`"),
        )
    })
}

/// Bits for the required fields at these indices.
const fn bits(idx: &[u32]) -> u32 {
    let mut b = 0;
    let mut i = 0;
    while i < idx.len() {
        b |= 1 << idx[i];
        i += 1;
    }
    b
}

fn scenario_at(v: &Json, at: &Path, today: Option<Month>) -> Res<Scenario> {
    const NAMES: &[&str] = &[
        "schema_version",
        "person",
        "as_of",
        "history",
        "summary",
        "plan",
        "retirement",
        "assumptions",
        "overrides",
    ];
    let (mut version, mut person, mut as_of, mut history, mut summary) =
        (None, None, None, None, None);
    let (mut plan, mut retirement, mut assumptions, mut overrides) = (None, None, None, None);
    fields(
        v,
        at,
        NAMES,
        if today.is_some() {
            bits(&[1])
        } else {
            bits(&[1, 2])
        },
        (
            "a scenario object {\"person\": …, \"as_of\": …, …}",
            "方案对象 {\"person\": …, \"as_of\": …, …}",
        ),
        &mut |i, x, at| {
            match i {
                0 => version = Some(u32_(x, at)?),
                1 => person = Some(person_at(x, at)?),
                2 => as_of = Some(month(x, at)?),
                3 => history = Some(list(x, at, segment)?),
                4 => summary = Some(opt(x, at, summary_at)?),
                5 => plan = Some(list(x, at, segment)?),
                6 => retirement = Some(retirement_at(x, at)?),
                7 => assumptions = Some(assumptions_at(x, at)?),
                _ => overrides = Some(list(x, at, override_at)?),
            }
            Ok(())
        },
    )?;
    Ok(Scenario {
        schema_version: version.unwrap_or(SCHEMA_VERSION),
        person: req(person, at, "person")?,
        as_of: req(as_of.or(today), at, "as_of")?,
        history: history.unwrap_or_default(),
        summary: summary.flatten(),
        plan: plan.unwrap_or_default(),
        retirement: retirement.unwrap_or_default(),
        assumptions: assumptions.unwrap_or_default(),
        overrides: overrides.unwrap_or_default(),
    })
}

fn person_at(v: &Json, at: &Path) -> Res<Person> {
    const NAMES: &[&str] = &["birth", "sex", "category", "hukou"];
    let (mut birth, mut sx, mut cat, mut hukou) = (None, None, None, None);
    fields(
        v,
        at,
        NAMES,
        bits(&[0, 1, 3]),
        (
            "an object {\"birth\", \"sex\", \"hukou\"}",
            "对象 {\"birth\", \"sex\", \"hukou\"}",
        ),
        &mut |i, x, at| {
            match i {
                0 => birth = Some(month(x, at)?),
                1 => sx = Some(sex(x, at)?),
                2 => cat = opt(x, at, category)?,
                _ => hukou = Some(string(x, at)?),
            }
            Ok(())
        },
    )?;
    Ok(Person {
        birth: req(birth, at, "birth")?,
        sex: req(sx, at, "sex")?,
        category: cat,
        hukou: req(hukou, at, "hukou")?,
    })
}

fn segment(v: &Json, at: &Path) -> Res<Segment> {
    const NAMES: &[&str] = &["from", "to", "kind", "region", "base", "tier"];
    let (mut from, mut to, mut k, mut region, mut b, mut tier) =
        (None, None, None, None, None, None);
    fields(
        v,
        at,
        NAMES,
        bits(&[0, 2]),
        (
            "a segment object {\"from\", \"to\", \"kind\", …}",
            "时段对象 {\"from\", \"to\", \"kind\", …}",
        ),
        &mut |i, x, at| {
            match i {
                0 => from = Some(month(x, at)?),
                1 => to = opt(x, at, month)?,
                2 => k = Some(kind(x, at)?),
                3 => region = opt(x, at, string)?,
                4 => b = opt(x, at, base)?,
                _ => tier = opt_decimal(x, at)?,
            }
            Ok(())
        },
    )?;
    Ok(Segment {
        from: req(from, at, "from")?,
        to,
        kind: req(k, at, "kind")?,
        region,
        base: b,
        tier,
    })
}

fn summary_at(v: &Json, at: &Path) -> Res<Summary> {
    const NAMES: &[&str] = &[
        "at",
        "region",
        "employee_months",
        "avg_index",
        "account_balance",
        "deemed_months",
        "resident_years",
        "resident_balance",
    ];
    let (mut month_at, mut region, mut employee_months, mut avg_index) = (None, None, 0, None);
    let (mut account_balance, mut deemed_months, mut resident_years, mut resident_balance) =
        (None, 0, 0, None);
    fields(
        v,
        at,
        NAMES,
        bits(&[0]),
        ("a statement object {\"at\", …}", "权益记录对象 {\"at\", …}"),
        &mut |i, x, at| {
            match i {
                0 => month_at = Some(month(x, at)?),
                1 => region = opt(x, at, string)?,
                2 => employee_months = u32_(x, at)?,
                3 => avg_index = opt_decimal(x, at)?,
                4 => account_balance = opt_decimal(x, at)?,
                5 => deemed_months = u32_(x, at)?,
                6 => resident_years = u32_(x, at)?,
                _ => resident_balance = opt_decimal(x, at)?,
            }
            Ok(())
        },
    )?;
    Ok(Summary {
        at: req(month_at, at, "at")?,
        region,
        employee_months,
        avg_index,
        account_balance,
        deemed_months,
        resident_years,
        resident_balance,
    })
}

fn retirement_at(v: &Json, at: &Path) -> Res<Retirement> {
    const NAMES: &[&str] = &["mode", "months", "extension_base"];
    let mut r = Retirement::default();
    fields(
        v,
        at,
        NAMES,
        0,
        (
            "an object {\"mode\", \"months\", …}",
            "对象 {\"mode\", \"months\", …}",
        ),
        &mut |i, x, at| {
            match i {
                0 => r.mode = mode(x, at)?,
                1 => r.months = u32_(x, at)?,
                _ => r.extension_base = opt(x, at, base)?,
            }
            Ok(())
        },
    )?;
    Ok(r)
}

fn assumptions_at(v: &Json, at: &Path) -> Res<Assumptions> {
    const NAMES: &[&str] = &[
        "wage_growth",
        "crediting_rate",
        "resident_interest",
        "pension_adjustment",
        "resident_base_growth",
        "wage_growth_sd",
        "crediting_rate_sd",
        "pension_adjustment_sd",
        "draws",
        "seed",
    ];
    let mut a = Assumptions::default();
    fields(
        v,
        at,
        NAMES,
        0,
        (
            "an object {\"wage_growth\", …}",
            "对象 {\"wage_growth\", …}",
        ),
        &mut |i, x, at| {
            let slot = match i {
                0 => &mut a.wage_growth,
                1 => &mut a.crediting_rate,
                2 => &mut a.resident_interest,
                3 => &mut a.pension_adjustment,
                4 => &mut a.resident_base_growth,
                5 => &mut a.wage_growth_sd,
                6 => &mut a.crediting_rate_sd,
                7 => &mut a.pension_adjustment_sd,
                8 => {
                    a.draws = opt(x, at, u32_)?;
                    return Ok(());
                }
                _ => {
                    a.seed = opt(x, at, |x, at| whole(x, at, u64::MAX))?;
                    return Ok(());
                }
            };
            *slot = opt_decimal(x, at)?;
            Ok(())
        },
    )?;
    Ok(a)
}

fn override_at(v: &Json, at: &Path) -> Res<Override> {
    const NAMES: &[&str] = &["param", "value", "from"];
    let (mut param, mut value, mut from) = (None, None, None);
    fields(
        v,
        at,
        NAMES,
        bits(&[0, 1]),
        (
            "an object {\"param\", \"value\", \"from\"}",
            "对象 {\"param\", \"value\", \"from\"}",
        ),
        &mut |i, x, at| {
            match i {
                0 => param = Some(string(x, at)?),
                1 => value = Some(decimal(x, at)?),
                _ => from = opt(x, at, month)?,
            }
            Ok(())
        },
    )?;
    Ok(Override {
        param: req(param, at, "param")?,
        value: req(value, at, "value")?,
        from,
    })
}

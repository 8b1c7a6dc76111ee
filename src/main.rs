//! `pension-estimator`: the command-line face of the core, for platforms, tests and benchmarks.
//!
//! ```text
//! pension-estimator estimate [FILE|-]      scenario JSON → estimate JSON
//! pension-estimator gaps [FILE|-]          scenario JSON → the effect of each gap if filled
//! pension-estimator choices [FILE|-]       scenario JSON → ways of paying from now on, side by side
//! pension-estimator batch                  JSONL on stdin → JSONL on stdout, one line per scenario
//! pension-estimator params [--region CODE] parameter values in force, with sources
//! ```
//! A scenario without `as_of` is valued at the current month (only here, at the edge).
//! Invalid input: the structured error on stderr (or in the batch line), exit status 2.

use std::ffi::{OsStr, OsString};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use pension_estimator::params::{self, listing};
use pension_estimator::{estimate, parse_scenario, Code, FieldError, Invalid, Month};
use serde_json::{json, Value};

const USAGE: &str = "usage:
  pension-estimator estimate [FILE|-]      scenario JSON -> estimate JSON (stdout)
  pension-estimator gaps [FILE|-]          scenario JSON -> the effect of each gap if filled
  pension-estimator choices [FILE|-]       scenario JSON -> ways of paying from now on, side by side
  pension-estimator batch                  JSONL scenarios on stdin -> JSONL results on stdout
  pension-estimator params [--region CODE] parameter values in force now, with sources
A scenario without \"as_of\" is valued at the current month in China (UTC+8).";

/// The current month in China (UTC+8, no daylight saving) from the system clock.
fn this_month() -> Month {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    month_in_china(secs)
}

/// The month in China at `secs` seconds after 1970-01-01 UTC. China's time, not the machine's or
/// UTC: the rules are China's, and a platform's server abroad should value a scenario at the same
/// month as the rider's phone (whose page uses local time). In UTC the first eight hours of a
/// month in China would still be the previous month.
fn month_in_china(secs: i64) -> Month {
    let secs = secs + 8 * 3600;
    // Civil-from-days (H. Hinnant): days since 1970-01-01 to year and month.
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Month::new(year as i32, month as u32)
        .unwrap_or_else(|| Month::new(2026, 1).expect("valid month"))
}

/// Fills `as_of` with the current month when a scenario leaves it out.
fn with_default_as_of(text: &str) -> String {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(mut map)) if !map.contains_key("as_of") => {
            map.insert("as_of".into(), Value::String(this_month().to_string()));
            Value::Object(map).to_string()
        }
        _ => text.to_owned(),
    }
}

fn to_json<T: serde::Serialize>(v: T) -> Result<Value, Invalid> {
    serde_json::to_value(v).map_err(|e| {
        Invalid::one(FieldError::new(
            Code::WrongType,
            "$",
            "内部错误",
            e.to_string(),
        ))
    })
}

fn run_one(text: &str) -> Result<Value, Invalid> {
    to_json(estimate(&parse_scenario(&with_default_as_of(text))?)?)
}

fn run_choices(text: &str) -> Result<Value, Invalid> {
    to_json(pension_estimator::choices(&parse_scenario(
        &with_default_as_of(text),
    )?)?)
}

fn run_gaps(text: &str) -> Result<Value, Invalid> {
    to_json(pension_estimator::gaps(&parse_scenario(
        &with_default_as_of(text),
    )?)?)
}

/// Writes a result to stdout. A closed pipe (`… | head`) is not a crash: exit status 1, quietly.
fn print_out(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    match writeln!(out, "{text}").and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(1),
    }
}

fn print_error(e: &Invalid) {
    eprintln!(
        "{}",
        serde_json::to_string_pretty(e).unwrap_or_else(|_| e.to_string())
    );
}

fn cmd_estimate(arg: Option<&OsStr>, run: fn(&str) -> Result<Value, Invalid>) -> ExitCode {
    let mut text = String::new();
    let read = match arg {
        Some(path) if path != "-" => std::fs::read_to_string(path).map(|t| text = t),
        _ => io::stdin().read_to_string(&mut text).map(|_| ()),
    };
    if let Err(e) = read {
        eprintln!(
            "pension-estimator: cannot read {}: {e}",
            arg.map_or("stdin".into(), OsStr::to_string_lossy)
        );
        return ExitCode::from(1);
    }
    match run(&text) {
        Ok(v) => print_out(&serde_json::to_string_pretty(&v).unwrap_or_default()),
        Err(e) => {
            print_error(&e);
            ExitCode::from(2)
        }
    }
}

/// The error of a batch line that is not UTF-8 text (JSON is UTF-8, RFC 8259 §8.1).
fn not_utf8() -> Invalid {
    Invalid::one(FieldError::new(
        Code::JsonSyntax,
        "$",
        "这一行不是 UTF-8 编码的文字",
        "the line is not UTF-8 text",
    ))
}

fn cmd_batch() -> ExitCode {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    // Lines as bytes: a line that is not UTF-8 gets its error object like any other bad line,
    // and the batch goes on.
    for (n, line) in stdin.lock().split(b'\n').enumerate() {
        let bytes = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("pension-estimator: cannot read line {}: {e}", n + 1);
                return ExitCode::from(1);
            }
        };
        let result = match std::str::from_utf8(&bytes) {
            Ok(l) if l.trim().is_empty() => continue,
            Ok(l) => run_one(l.strip_suffix('\r').unwrap_or(l)),
            Err(_) => Err(not_utf8()),
        };
        let v = match result {
            Ok(v) => v,
            Err(e) => {
                failed += 1;
                json!({ "line": n + 1, "error": e.error, "errors": e.errors })
            }
        };
        if writeln!(out, "{v}").is_err() {
            return ExitCode::from(1);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if failed > 0 {
        eprintln!("pension-estimator: {failed} line(s) had errors (see their error objects)");
    }
    ExitCode::SUCCESS
}

fn cmd_params(region: Option<&str>) -> ExitCode {
    let data = params::embedded();
    let now = this_month();
    let v = match region {
        None => json!({
            "national": listing::listing(data, "CN", now),
            "regions": listing::regions(data),
        }),
        Some(code) => match listing::listing(data, code, now) {
            Some(l) => json!(l),
            None => {
                print_error(&Invalid::one(FieldError::new(
                    Code::UnknownRegion,
                    "--region",
                    format!("不认识的地区 “{code}”"),
                    format!("unknown region {code:?}"),
                )));
                return ExitCode::from(2);
            }
        },
    };
    print_out(&serde_json::to_string_pretty(&v).unwrap_or_default())
}

fn main() -> ExitCode {
    // Arguments as the system gives them: a file name need not be UTF-8 (and a command that is
    // not matches nothing and gets the usage).
    let raw: Vec<OsString> = std::env::args_os().skip(1).collect();
    let file = raw.get(1).map(OsString::as_os_str);
    let args: Vec<std::borrow::Cow<str>> = raw.iter().map(|a| a.to_string_lossy()).collect();
    let a: Vec<&str> = args.iter().map(|a| a.as_ref()).collect();
    match a.as_slice() {
        ["estimate"] => cmd_estimate(None, run_one),
        ["estimate", _] => cmd_estimate(file, run_one),
        ["choices"] => cmd_estimate(None, run_choices),
        ["choices", _] => cmd_estimate(file, run_choices),
        ["gaps"] => cmd_estimate(None, run_gaps),
        ["gaps", _] => cmd_estimate(file, run_gaps),
        ["batch"] => cmd_batch(),
        ["params"] => cmd_params(None),
        ["params", "--region", r] => cmd_params(Some(r)),
        ["--version" | "-V"] => {
            println!("pension-estimator {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        ["--help" | "-h" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_month_is_china_s() {
        let m = |s: &str| s.parse::<Month>().unwrap();
        // 2026-11-30 16:00 UTC is 2026-12-01 00:00 in Beijing.
        assert_eq!(month_in_china(1_796_054_400), m("2026-12"));
        assert_eq!(month_in_china(1_796_054_399), m("2026-11"));
        assert_eq!(month_in_china(0), m("1970-01"));
        // 2024-02-29 15:59:59 UTC is 23:59:59 in Beijing, still February.
        assert_eq!(month_in_china(1_709_222_399), m("2024-02"));
    }
}

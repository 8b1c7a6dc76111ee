//! `pension-estimator`: the command-line face of the core, for platforms, tests and benchmarks.
//!
//! ```text
//! pension-estimator estimate [FILE|-]      scenario JSON → estimate JSON
//! pension-estimator gaps [FILE|-]          scenario JSON → the effect of each gap if filled
//! pension-estimator choices [FILE|-]       scenario JSON → ways of paying from now on, side by side
//! pension-estimator batch                  JSONL on stdin → JSONL on stdout, one line per scenario
//!   estimate and batch take --detail headline (the headline figures only, [`headline`]) and,
//!   with it, --range (the headline with its uncertainty range)
//! pension-estimator params [--region CODE] parameter values in force, with sources
//! pension-estimator today                  the current month in China, YYYY-MM
//! ```
//! A scenario without `as_of` is valued at the current month ([`clock::today`]: only at the
//! doors; `PENSION_TODAY=YYYY-MM` pretends one).
//! Invalid input: the structured error on stderr (or in the batch line), exit status 2.

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use pension_estimator::headline::Detail;
use pension_estimator::params::{self, listing};
use pension_estimator::{clock, estimate, parse_scenario_on, Code, FieldError, Invalid, Month};
use serde_json::{json, Value};

const USAGE: &str = "usage:
  pension-estimator estimate [FILE|-]      scenario JSON -> estimate JSON (stdout)
  pension-estimator gaps [FILE|-]          scenario JSON -> the effect of each gap if filled
  pension-estimator choices [FILE|-]       scenario JSON -> ways of paying from now on, side by side
  pension-estimator batch                  JSONL scenarios on stdin -> JSONL results on stdout
  estimate and batch take --detail full|headline (default full: the whole estimate; headline:
  both pensions' start, years, eligibility, amount and today's money) and, with headline,
  --range (the uncertainty range too)
  pension-estimator params [--region CODE] parameter values in force now, with sources
  pension-estimator today                  the current month in China (UTC+8), YYYY-MM
A scenario without \"as_of\" is valued at the current month in China (UTC+8);
PENSION_TODAY=YYYY-MM pretends another current month.";

/// The current month ([`clock::today`]: `PENSION_TODAY` or the system clock, in China's time).
fn this_month() -> Result<Month, Invalid> {
    clock::today().map_err(Invalid::one)
}

/// Reads a scenario; one without `as_of` is valued at the current month.
fn read(text: &str) -> Result<pension_estimator::Scenario, Invalid> {
    parse_scenario_on(text, Some(this_month()?))
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
    to_json(estimate(&read(text)?)?)
}

fn run_headline(text: &str) -> Result<Value, Invalid> {
    to_json(pension_estimator::headline(&read(text)?, false)?)
}

fn run_headline_range(text: &str) -> Result<Value, Invalid> {
    to_json(pension_estimator::headline(&read(text)?, true)?)
}

/// The estimate at the asked detail.
fn estimate_at(detail: Detail) -> fn(&str) -> Result<Value, Invalid> {
    match detail {
        Detail::Full => run_one,
        Detail::Headline { range: false } => run_headline,
        Detail::Headline { range: true } => run_headline_range,
    }
}

fn run_choices(text: &str) -> Result<Value, Invalid> {
    to_json(pension_estimator::choices(&read(text)?)?)
}

fn run_gaps(text: &str) -> Result<Value, Invalid> {
    to_json(pension_estimator::gaps(&read(text)?)?)
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

fn cmd_estimate(arg: Option<&str>, run: fn(&str) -> Result<Value, Invalid>) -> ExitCode {
    let mut text = String::new();
    let read = match arg {
        None | Some("-") => io::stdin().read_to_string(&mut text).map(|_| ()),
        Some(path) => std::fs::read_to_string(path).map(|t| text = t),
    };
    if let Err(e) = read {
        eprintln!(
            "pension-estimator: cannot read {}: {e}",
            arg.unwrap_or("stdin")
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

fn cmd_batch(run: fn(&str) -> Result<Value, Invalid>) -> ExitCode {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("pension-estimator: cannot read line {}: {e}", n + 1);
                return ExitCode::from(1);
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let v = match run(&line) {
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
    let now = match this_month() {
        Ok(m) => m,
        Err(e) => {
            print_error(&e);
            return ExitCode::from(2);
        }
    };
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

/// Takes `--detail full|headline` and `--range` out of the arguments: the detail asked for, or
/// `None` when they are wrong (an unknown level, or `--range` without `headline`).
fn take_detail(args: &mut Vec<&str>) -> Option<Detail> {
    let range = match args.iter().position(|a| *a == "--range") {
        Some(i) => {
            args.remove(i);
            true
        }
        None => false,
    };
    let level = match args.iter().position(|a| *a == "--detail") {
        Some(i) if i + 1 < args.len() => {
            let level = args.remove(i + 1);
            args.remove(i);
            level
        }
        Some(_) => return None,
        None => "full",
    };
    match (level, range) {
        ("full", false) => Some(Detail::Full),
        ("headline", range) => Some(Detail::Headline { range }),
        _ => None,
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut a: Vec<&str> = args.iter().map(String::as_str).collect();
    let Some(detail) = take_detail(&mut a) else {
        eprintln!("{USAGE}");
        return ExitCode::from(64);
    };
    if detail != Detail::Full && !matches!(a.first(), Some(&"estimate" | &"batch")) {
        eprintln!("{USAGE}");
        return ExitCode::from(64);
    }
    match a.as_slice() {
        ["estimate"] => cmd_estimate(None, estimate_at(detail)),
        ["estimate", f] => cmd_estimate(Some(f), estimate_at(detail)),
        ["choices"] => cmd_estimate(None, run_choices),
        ["choices", f] => cmd_estimate(Some(f), run_choices),
        ["gaps"] => cmd_estimate(None, run_gaps),
        ["gaps", f] => cmd_estimate(Some(f), run_gaps),
        ["batch"] => cmd_batch(estimate_at(detail)),
        ["today"] => match this_month() {
            Ok(m) => print_out(&m.to_string()),
            Err(e) => {
                print_error(&e);
                ExitCode::from(2)
            }
        },
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

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

/// mimalloc rather than the system's: about a tenth of a headline batch line's time is spent
/// allocating and freeing (docs/speed.md, round 4).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::ffi::{OsStr, OsString};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use pension_estimator::headline::Detail;
use pension_estimator::params::{self, listing};
use pension_estimator::{clock, estimate, parse_scenario_on, Code, FieldError, Invalid, Month};
use serde_json::json;

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

/// How an answer is written: one line (a batch's), or indented (one answer).
#[derive(Clone, Copy)]
enum Layout {
    Line,
    Pretty,
}

/// An answer as JSON text, written straight from its type (fields in the type's order, as the
/// WebAssembly door writes them), without a `serde_json::Value` in between: a headline batch
/// line spent about 3 % of its time building and sorting that tree (docs/speed.md, round 5).
fn to_text<T: serde::Serialize>(v: &T, layout: Layout) -> Result<String, Invalid> {
    let text = match layout {
        Layout::Line => serde_json::to_string(v),
        Layout::Pretty => serde_json::to_string_pretty(v),
    };
    text.map_err(|e| {
        Invalid::one(FieldError::new(
            Code::WrongType,
            "$",
            "内部错误",
            e.to_string(),
        ))
    })
}

/// What a command does with a scenario's text: its answer as JSON text, or why not.
type Run = fn(&str, Layout) -> Result<String, Invalid>;

fn run_one(text: &str, layout: Layout) -> Result<String, Invalid> {
    to_text(&estimate(&read(text)?)?, layout)
}

fn run_headline(text: &str, layout: Layout) -> Result<String, Invalid> {
    to_text(&pension_estimator::headline(&read(text)?, false)?, layout)
}

fn run_headline_range(text: &str, layout: Layout) -> Result<String, Invalid> {
    to_text(&pension_estimator::headline(&read(text)?, true)?, layout)
}

/// The estimate at the asked detail.
fn estimate_at(detail: Detail) -> Run {
    match detail {
        Detail::Full => run_one,
        Detail::Headline { range: false } => run_headline,
        Detail::Headline { range: true } => run_headline_range,
    }
}

fn run_choices(text: &str, layout: Layout) -> Result<String, Invalid> {
    to_text(&pension_estimator::choices(&read(text)?)?, layout)
}

fn run_gaps(text: &str, layout: Layout) -> Result<String, Invalid> {
    to_text(&pension_estimator::gaps(&read(text)?)?, layout)
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

fn cmd_estimate(arg: Option<&OsStr>, run: Run) -> ExitCode {
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
    match run(&text, Layout::Pretty) {
        Ok(v) => print_out(&v),
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

fn cmd_batch(run: Run) -> ExitCode {
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
            Ok(l) => run(l.strip_suffix('\r').unwrap_or(l), Layout::Line),
            Err(_) => Err(not_utf8()),
        };
        let v = match result {
            Ok(v) => v,
            Err(e) => {
                failed += 1;
                json!({ "line": n + 1, "error": e.error, "errors": e.errors }).to_string()
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
fn take_detail(args: &mut Vec<OsString>) -> Option<Detail> {
    let range = match args.iter().position(|a| a == "--range") {
        Some(i) => {
            args.remove(i);
            true
        }
        None => false,
    };
    let level = match args.iter().position(|a| a == "--detail") {
        Some(i) if i + 1 < args.len() => {
            let level = args.remove(i + 1);
            args.remove(i);
            level
        }
        Some(_) => return None,
        None => OsString::from("full"),
    };
    match (level.to_str(), range) {
        (Some("full"), false) => Some(Detail::Full),
        (Some("headline"), range) => Some(Detail::Headline { range }),
        _ => None,
    }
}

fn main() -> ExitCode {
    // Arguments as the system gives them: a file name need not be UTF-8 (and a command that is
    // not matches nothing and gets the usage).
    let mut raw: Vec<OsString> = std::env::args_os().skip(1).collect();
    let Some(detail) = take_detail(&mut raw) else {
        eprintln!("{USAGE}");
        return ExitCode::from(64);
    };
    let file = raw.get(1).map(OsString::as_os_str);
    let args: Vec<std::borrow::Cow<str>> = raw.iter().map(|a| a.to_string_lossy()).collect();
    let a: Vec<&str> = args.iter().map(|a| a.as_ref()).collect();
    if detail != Detail::Full && !matches!(a.first(), Some(&"estimate" | &"batch")) {
        eprintln!("{USAGE}");
        return ExitCode::from(64);
    }
    match a.as_slice() {
        ["estimate"] => cmd_estimate(None, estimate_at(detail)),
        ["estimate", _] => cmd_estimate(file, estimate_at(detail)),
        ["choices"] => cmd_estimate(None, run_choices),
        ["choices", _] => cmd_estimate(file, run_choices),
        ["gaps"] => cmd_estimate(None, run_gaps),
        ["gaps", _] => cmd_estimate(file, run_gaps),
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

//! `enlistment-eval`: the rules engine on the command line, JSON in and JSON out.
//!
//! ```text
//! enlistment-eval check            one applicant (JSON object) on stdin, one report on stdout
//! enlistment-eval check --jsonl    one applicant per line, one report (or error) per line
//! enlistment-eval benefits [--jsonl] one household in, one benefits estimate out
//! enlistment-eval plan [--jsonl]   one applicant in, the coming rounds and the earliest one out
//! enlistment-eval rounds|sources|places
//! ```
//! Invalid input exits with status 2 and `{"error":{"field":..,"code":..,"message":..}}`; in
//! `--jsonl` mode that is the line's output, the other lines still get their reports, and the
//! status is 2 if any line failed. `as_of` defaults to today's date (UTC) when not given.

use enlistment_rules::json::{self, InputError};
use serde_json::Value;
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

/// Today's UTC date from the system clock: the command line is a front door, so it may read a
/// clock and pass the date in; the engine never does.
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    let d = time::Date::from_julian_day(2_440_588 + days as i32).unwrap_or(time::Date::MIN);
    enlistment_rules::date::iso(d)
}

fn with_as_of(mut v: Value) -> Value {
    if let Some(m) = v.as_object_mut()
        && !m.contains_key("as_of")
    {
        m.insert("as_of".into(), Value::String(today()));
    }
    v
}

fn one(text: &str, run: fn(&Value) -> Result<Value, InputError>) -> Result<Value, InputError> {
    let v: Value = serde_json::from_str(text)
        .map_err(|_| InputError::new("input", enlistment_rules::applicant::ErrorCode::Malformed))?;
    run(&with_as_of(v))
}

fn check(v: &Value) -> Result<Value, InputError> {
    let a = json::applicant_from_value(v)?;
    Ok(json::report_to_value(&enlistment_rules::evaluate(&a)))
}

fn benefits(v: &Value) -> Result<Value, InputError> {
    let h = json::household_from_value(v)?;
    Ok(json::estimate_to_value(&enlistment_rules::benefits::estimate(&h)))
}

fn plan(v: &Value) -> Result<Value, InputError> {
    let (a, as_of) = json::plan_input(v)?;
    Ok(json::plan_to_value(&enlistment_rules::plan(&a, as_of)))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let jsonl = args.iter().any(|a| a == "--jsonl");
    let run: fn(&Value) -> Result<Value, InputError> = match args.first().map(String::as_str) {
        Some("check") => check,
        Some("benefits") => benefits,
        Some("plan") => plan,
        Some("rounds") => return print(&json::rounds()),
        Some("sources") => return print(&json::sources()),
        Some("places") => return print(&json::places()),
        _ => {
            eprintln!(
                "usage: enlistment-eval check [--jsonl] | benefits [--jsonl] | plan [--jsonl] | rounds | sources | places"
            );
            return ExitCode::from(64);
        }
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    if jsonl {
        for line in io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if line.trim().is_empty() {
                continue;
            }
            let v = one(&line, run).unwrap_or_else(|e| {
                failed = true;
                e.to_json()
            });
            let _ = writeln!(out, "{v}");
        }
    } else {
        let mut text = String::new();
        if io::stdin().read_to_string(&mut text).is_err() {
            text.clear();
        }
        let v = one(&text, run).unwrap_or_else(|e| {
            failed = true;
            e.to_json()
        });
        let _ = writeln!(out, "{v}");
    }
    if failed { ExitCode::from(2) } else { ExitCode::SUCCESS }
}

fn print(v: &Value) -> ExitCode {
    println!("{}", serde_json::to_string_pretty(v).unwrap_or_default());
    ExitCode::SUCCESS
}

//! Evaluations per second, natively (a benchmark, not a test): `cargo run --release -p
//! enlistment-rules --example bench`. Prints one line per measurement for `cargo xtask bench`.

use enlistment_rules::json::{check, parse_applicant};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The four applicants of every engine benchmark, native and wasm alike (bench/engine.mjs reads
/// the same file): a man and a woman who pass, a surgery and special-posts case, and a man who fails.
const APPLICANTS: &str = include_str!("../../../bench/applicants.json");

fn rate(label: &str, mut f: impl FnMut() -> usize) {
    let start = Instant::now();
    let mut n = 0usize;
    while start.elapsed() < Duration::from_secs(2) {
        n += f();
    }
    let per_sec = n as f64 / start.elapsed().as_secs_f64();
    println!("{label}\t{per_sec:.0}");
}

fn main() {
    let values: Vec<serde_json::Value> = serde_json::from_str(APPLICANTS).expect("bench/applicants.json is JSON");
    let texts: Vec<String> = values.iter().map(|v| v.to_string()).collect();
    let applicants: Vec<_> = texts.iter().map(|s| parse_applicant(s).expect("valid")).collect();
    rate("native evaluations/s (engine only)", || {
        for a in &applicants {
            black_box(enlistment_rules::evaluate(black_box(a)));
        }
        applicants.len()
    });
    rate("native evaluations/s (JSON in, JSON out)", || {
        for s in &texts {
            black_box(check(black_box(s)).expect("valid").to_string());
        }
        texts.len()
    });
}

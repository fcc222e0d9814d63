//! Evaluations per second, natively (a benchmark, not a test): `cargo run --release -p
//! enlistment-rules --example bench`. Prints one line per measurement for `cargo xtask bench`.

use enlistment_rules::json::{check, parse_applicant};
use std::hint::black_box;
use std::time::{Duration, Instant};

pub const APPLICANTS: &[&str] = &[
    r#"{"round":"2026-H2","as_of":"2026-05-01","sex":"male","birth_date":"2005-04-01","education":"high_school","education_status":"graduated","height_cm":175,"weight_kg":70,"vision_left":5.0,"vision_right":4.9,"tattoo":false}"#,
    r#"{"round":"2026-H1","sex":"female","birth_year":2005,"education":"bachelor","education_status":"enrolled","height_cm":163,"weight_kg":52,"vision_left":4.8,"vision_right":4.9}"#,
    r#"{"round":"2027-H1","as_of":"2026-11-29","sex":"male","birth_year":2005,"education":"bachelor","education_status":"enrolled","height_cm":172,"weight_kg":66,"vision_left":5.0,"vision_right":5.0,"refractive_surgery_months":3,"special_posts":"all"}"#,
    r#"{"round":"2025-H2","sex":"male","birth_year":2003,"education":"high_school","education_status":"graduated","height_cm":181,"weight_kg":88,"vision_left":4.6,"vision_right":5.1,"tattoo":true,"tattoo_exposed_cm":4.0,"political":{"criminal_record":true}}"#,
];

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
    let applicants: Vec<_> = APPLICANTS.iter().map(|s| parse_applicant(s).expect("valid")).collect();
    rate("native evaluations/s (engine only)", || {
        for a in &applicants {
            black_box(enlistment_rules::evaluate(black_box(a)));
        }
        applicants.len()
    });
    rate("native evaluations/s (JSON in, JSON out)", || {
        for s in APPLICANTS {
            black_box(check(black_box(s)).expect("valid").to_string());
        }
        APPLICANTS.len()
    });
}

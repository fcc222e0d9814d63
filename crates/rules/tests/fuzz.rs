//! A million generated inputs through each JSON decoder (applicant and household) and the engine: nothing may panic, every
//! answer is either a report or an error naming a field, and every report obeys the verdict rule.
//! Inputs are built from a seeded generator (repeatable): structured objects with real and wrong
//! field names and values of every JSON type, near-miss numbers, random text and random bytes.

use enlistment_rules::benefits::Money;
use enlistment_rules::json::{
    applicant_from_value, estimate_to_value, household_from_value, parse_applicant, report_to_value,
};
use enlistment_rules::report::verdict;
use serde_json::{Map, Value, json};

const FIELDS: &[&str] = &[
    "round",
    "as_of",
    "sex",
    "birth_date",
    "birth_year",
    "region",
    "education",
    "education_status",
    "graduation_year",
    "height_cm",
    "weight_kg",
    "vision_left",
    "vision_right",
    "vision_left_decimal",
    "vision_right_decimal",
    "refractive_surgery",
    "refractive_surgery_months",
    "tattoo",
    "tattoo_face_neck",
    "tattoo_exposed_cm",
    "tattoo_elsewhere_cm",
    "cosmetic_tattoo",
    "colour_vision",
    "systolic_mmhg",
    "diastolic_mmhg",
    "heart_rate_bpm",
    "whisper_left_m",
    "whisper_right_m",
    "flat_feet",
    "political",
    "special_posts",
    "priority",
    "height",
    "__proto__",
    "",
    "place",
    "tuition_yuan",
    "loan_yuan",
    "years_studied",
    "years_remaining",
    "posting",
    "honour",
    "tuition_scheme",
];
const WORDS: &[&str] = &[
    "2026-H1",
    "2027-H2",
    "2024-H1",
    "2031-H1",
    "male",
    "female",
    "bachelor",
    "graduated",
    "enrolled",
    "junior_high",
    "excimer",
    "none",
    "other",
    "all",
    "no_arch",
    "normal",
    "2005-02-28",
    "2004-02-29",
    "2005-02-29",
    "0000-00-00",
    "9999-12-31",
    "32",
    "99",
    "<img src=x onerror=alert(1)>",
    "\u{0}",
    "征兵",
    "lips",
    "tank_crew",
    "",
    "32-wujiang",
    "44-yunan",
    "64",
    "43",
    "tibet",
    "plateau",
    "honour_title",
    "directed_or_commissioned",
];

fn number(r: &mut fastrand::Rng) -> Value {
    match r.usize(..8) {
        0 => json!(r.usize(..300) as i64 - 50),
        1 => json!((r.usize(..60_000) as f64) / 100.0),
        2 => json!(*r.choice(&[0.0, -0.0, 1e308, -1e308, 5e-324, 4.45, 4.5, 159.95, 17.5, 30.0, 91.8]).unwrap()),
        3 => json!(*r.choice(&[i64::MAX, i64::MIN, 0, 1, -1, 2147483648]).unwrap()),
        4 => json!(u64::MAX),
        5 => json!(r.usize(..3000) as i64),
        6 => json!((r.u64(..) as f64) / 7.0),
        _ => json!(1.0 / ((r.usize(..1000) + 1) as f64)),
    }
}

fn value(r: &mut fastrand::Rng, depth: u32) -> Value {
    match r.usize(..if depth > 2 { 5 } else { 8 }) {
        0 => Value::Null,
        1 => Value::Bool(r.usize(..2) == 1),
        2 | 3 => number(r),
        4 => Value::String(r.choice(WORDS).unwrap().to_string()),
        5 => Value::Array((0..r.usize(..4)).map(|_| value(r, depth + 1)).collect()),
        6 => {
            let mut m = Map::new();
            for _ in 0..r.usize(..4) {
                let k = r.choice(&["criminal_record", "family", "x", "under_investigation"]).unwrap().to_string();
                m.insert(k, value(r, depth + 1));
            }
            Value::Object(m)
        }
        _ => {
            Value::String((0..r.usize(..12)).map(|_| char::from_u32(r.usize(..0x3000) as u32).unwrap_or('?')).collect())
        }
    }
}

fn object(r: &mut fastrand::Rng) -> Value {
    let mut m = Map::new();
    if r.usize(..10) > 0 {
        m.insert("round".into(), json!(*r.choice(&["2026-H1", "2026-H2", "2027-H1", "2024-H2", "2025-H1"]).unwrap()));
    }
    for _ in 0..r.usize(..14) {
        m.insert(r.choice(FIELDS).unwrap().to_string(), value(r, 0));
    }
    Value::Object(m)
}

fn check(report: &enlistment_rules::Report) {
    assert_eq!(report.verdict, verdict(&report.checks));
    let v = report_to_value(report);
    assert!(v["verdict"].is_string());
}

#[test]
fn a_million_generated_inputs_never_panic() {
    let mut r = fastrand::Rng::with_seed(0x5EED_CAFE_F00D_BEEF);
    let (mut reports, mut errors, mut estimates) = (0u64, 0u64, 0u64);
    const N: u64 = 1_000_000;
    for i in 0..N {
        // Every input also goes through the benefits decoder (a fresh object, the same generator).
        {
            if let Ok(h) = household_from_value(&object(&mut r)) {
                let e = enlistment_rules::benefits::estimate(&h);
                let sum =
                    e.lines.iter().filter(|l| l.money != Money::Unknown).fold(Money::Exact(0), |t, l| t.plus(l.money));
                assert_eq!(sum, e.total);
                for l in &e.lines {
                    if let Some((lo, hi)) = l.money.bounds() {
                        assert!(lo >= 0 && hi.is_none_or(|h| h >= lo), "{:?}", l);
                    }
                }
                assert!(estimate_to_value(&e)["total"].is_object());
                estimates += 1;
            }
        }
        let outcome = if i % 5 == 0 {
            // Raw text: truncated or corrupted JSON, random bytes.
            let mut text = object(&mut r).to_string();
            let mut pos = r.usize(..text.len() + 1);
            while !text.is_char_boundary(pos) {
                pos -= 1;
            }
            match r.usize(..3) {
                0 => text.truncate(pos),
                1 => text.insert(pos, *r.choice(&['{', '"', ',', ':', ']', '\\', '\u{FFFD}']).unwrap()),
                _ => {
                    text = (0..r.usize(..40)).map(|_| char::from_u32(r.usize(..0x250) as u32).unwrap_or(' ')).collect()
                }
            }
            parse_applicant(&text)
        } else {
            applicant_from_value(&object(&mut r))
        };
        match outcome {
            Ok(a) => {
                check(&enlistment_rules::evaluate(&a));
                reports += 1;
            }
            Err(e) => {
                // The field is named (an unknown key may itself be the empty string).
                assert!(!e.message.is_empty());
                assert!(!e.field.is_empty() || e.code == enlistment_rules::applicant::ErrorCode::UnknownField);
                errors += 1;
            }
        }
    }
    println!("{N} generated inputs: {reports} reports, {errors} refused with a field; {estimates} benefits estimates");
    assert!(estimates > 10_000, "the benefits decoder must accept some inputs: {estimates}");
    assert_eq!(reports + errors, N);
    assert!(reports > 50_000 && errors > 50_000, "the generator must reach both outcomes: {reports} / {errors}");
}

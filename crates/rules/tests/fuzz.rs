//! Generated applicants and households through the JSON doors and the engine, checked against
//! properties stated here and in `stated/` apart from the engine's code:
//! - a valid, fully answered input (every field, every round, every place) is accepted, and an
//!   input with one field broken is refused with an error naming that field;
//! - the verdict follows the documented verdict rule; a check that decides names a source, and a
//!   check resting on an unsettled value never says "no";
//! - monotonicity: more height, better vision, more months since eye surgery, and fewer kilograms
//!   above the healthy band never make a result worse;
//! - benefits: amounts never negative, ranges ordered and never with equal ends (one amount is a
//!   value: 惠来's 30,273 was shown as 30,273–30,273), the total is the sum of the lines' bounds,
//!   every line with an amount cites a source.
//!
//! It prints how many inputs reached each check with each status and fails if a status of a core
//! check was never reached (the generator would have stopped covering the rule). Seeded, so every
//! run sees the same inputs.

mod stated;

use enlistment_rules::applicant::{
    ColourVision, CosmeticTattoo, EduStatus, Education, ErrorCode, FlatFeet, PoliticalQuestion, Priority, SurgeryKind,
};
use enlistment_rules::benefits::{Honour, Money, Posting, TuitionScheme, estimate};
use enlistment_rules::data::{PLACES, PROVINCES};
use enlistment_rules::json::{
    applicant_from_value, estimate_to_value, household_from_value, parse_applicant, report_to_value,
};
use enlistment_rules::num::Dec1;
use enlistment_rules::report::{CheckId, Post, Status};
use enlistment_rules::{Applicant, Report, Round, evaluate, round};
use serde_json::{Map, Value, json};
use stated::{CORE, documented_verdict, rank, status_rank};
use std::collections::BTreeMap;

type Rng = fastrand::Rng;

fn key_of<T: Copy>(r: &mut Rng, all: &[T], key: fn(T) -> &'static str) -> Value {
    json!(key(*r.choice(all).unwrap()))
}

fn keys_of<T: Copy>(r: &mut Rng, all: &[T], key: fn(T) -> &'static str) -> Value {
    Value::Array(all.iter().filter(|_| r.usize(..4) == 0).map(|t| json!(key(*t))).collect())
}

/// A number with one decimal in `lo..=hi` (tenths).
fn tenths(r: &mut Rng, lo: i64, hi: i64) -> Value {
    json!(r.i64(lo..=hi) as f64 / 10.0)
}

/// Mostly from the passing range `good`, otherwise anywhere in `all` (tenths): most applicants
/// pass most checks, so every check's every outcome, and whole-verdict passes, are reached.
fn mostly(r: &mut Rng, good: (i64, i64), all: (i64, i64)) -> Value {
    let (lo, hi) = if r.usize(..10) < 8 { good } else { all };
    tenths(r, lo, hi)
}

/// `true` now and then.
fn rarely(r: &mut Rng) -> bool {
    r.usize(..25) == 0
}

fn rounds() -> Vec<Round> {
    round::rounds().map(|d| d.round).collect()
}

fn date(y: i32, r: &mut Rng) -> String {
    format!("{y:04}-{:02}-{:02}", r.u8(1..=12), r.u8(1..=28))
}

/// A valid applicant, every field answered 9 times in 10 and consistent with the others (birth
/// before the answer date and the round, graduation at least ten years after birth, tattoo details
/// only with a tattoo, months only after a surgery). One line a field: a field that changes is a
/// one-line change here.
fn applicant_json(r: &mut Rng) -> Map<String, Value> {
    let round = *r.choice(&rounds()).unwrap();
    let birth = r.i32(round.year - 30..=round.year - 14);
    let tattoo = rarely(r);
    let status = *r.choice(EduStatus::ALL).unwrap();
    // A graduate's year is never after the round's (the validator refuses it as a slip).
    let graduated = birth + r.i32(16..=26);
    let graduated = if status == EduStatus::Graduated { graduated.min(round.year) } else { graduated };
    let surgery = if r.usize(..4) == 0 { *r.choice(SurgeryKind::ALL).unwrap() } else { SurgeryKind::None };
    let height = r.i64(1450..=1950);
    // Weight from a BMI mostly within 16–32, the rest anywhere the validator takes.
    let bmi = r.i64(160..=320) as f64 / 10.0;
    let weight = ((bmi * (height as f64 / 1000.0).powi(2) * 10.0) as i64).clamp(250, 2500);
    let mut political = Map::new();
    for q in PoliticalQuestion::ALL {
        political.insert(q.key().into(), json!(rarely(r)));
    }
    let mut fields: Vec<(&str, Value)> = vec![
        ("as_of", json!(date(round.year - r.i32(0..=1), r))),
        ("sex", json!(*r.choice(&["male", "female"]).unwrap())),
        ("region", json!(r.choice(PROVINCES).unwrap().code)),
        ("education", key_of(r, Education::ALL, Education::key)),
        ("education_status", json!(status.key())),
        ("graduation_year", json!(graduated)),
        ("height_cm", json!(height as f64 / 10.0)),
        ("weight_kg", if r.usize(..10) > 0 { json!(weight as f64 / 10.0) } else { tenths(r, 250, 2500) }),
        ("refractive_surgery", json!(surgery.key())),
        ("tattoo", json!(tattoo)),
        (
            "colour_vision",
            json!(if rarely(r) { *r.choice(ColourVision::ALL).unwrap() } else { ColourVision::Normal }.key()),
        ),
        ("systolic_mmhg", json!(if rarely(r) { r.i64(50..=260) } else { r.i64(90..=139) })),
        ("diastolic_mmhg", json!(if rarely(r) { r.i64(30..=160) } else { r.i64(60..=89) })),
        ("heart_rate_bpm", json!(if rarely(r) { r.i64(20..=250) } else { r.i64(60..=100) })),
        ("whisper_left_m", mostly(r, (50, 60), (0, 200))),
        ("whisper_right_m", mostly(r, (50, 60), (0, 200))),
        ("flat_feet", json!(if rarely(r) { *r.choice(FlatFeet::ALL).unwrap() } else { FlatFeet::None }.key())),
        ("political", Value::Object(political)),
        ("special_posts", keys_of(r, Post::ALL, Post::key)),
        ("priority", keys_of(r, Priority::ALL, Priority::key)),
    ];
    // Birth as a date or a year; vision on either scale, per eye.
    fields.push(if r.bool() { ("birth_date", json!(date(birth, r))) } else { ("birth_year", json!(birth)) });
    for (five, decimal) in [("vision_left", "vision_left_decimal"), ("vision_right", "vision_right_decimal")] {
        let decimals = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.2, 1.5, 2.0];
        fields.push(if r.usize(..4) > 0 {
            (five, mostly(r, (46, 53), (30, 53)))
        } else {
            (decimal, json!(*r.choice(&decimals).unwrap()))
        });
    }
    if surgery != SurgeryKind::None {
        fields.push(("refractive_surgery_months", json!(r.i64(0..=48))));
    }
    if tattoo {
        fields.push(("tattoo_face_neck", json!(r.usize(..4) == 0)));
        fields.push(("tattoo_exposed_cm", tenths(r, 0, 50)));
        fields.push(("tattoo_elsewhere_cm", tenths(r, 0, 200)));
        fields.push(("cosmetic_tattoo", keys_of(r, CosmeticTattoo::ALL, CosmeticTattoo::key)));
    }
    let mut m = Map::new();
    m.insert("round".into(), json!(round.to_string()));
    for (k, v) in fields {
        if r.usize(..20) > 0 {
            m.insert(k.into(), v);
        }
    }
    m
}

/// A valid household: every round, every province and place with local figures.
fn household_json(r: &mut Rng) -> Map<String, Value> {
    let mut places: Vec<&str> = PROVINCES.iter().map(|p| p.code).collect();
    places.extend(PLACES.iter().map(|p| p.id));
    let round = *r.choice(&rounds()).unwrap();
    let fields: Vec<(&str, Value)> = vec![
        ("as_of", json!(date(2025, r))),
        ("place", json!(*r.choice(&places).unwrap())),
        ("education", key_of(r, Education::ALL, Education::key)),
        ("education_status", key_of(r, EduStatus::ALL, EduStatus::key)),
        ("tuition_yuan", json!(r.i64(0..=30_000))),
        ("loan_yuan", json!(r.i64(0..=20_000))),
        ("years_studied", json!(r.i64(0..=6))),
        ("years_remaining", json!(r.i64(0..=5))),
        ("graduation_year", json!(r.i32(round.year - 8..=round.year))),
        ("programme_years", json!(r.i64(2..=5))),
        ("posting", key_of(r, Posting::ALL, Posting::key)),
        ("honour", key_of(r, Honour::ALL, Honour::key)),
        ("tuition_scheme", key_of(r, TuitionScheme::ALL, TuitionScheme::key)),
    ];
    let mut m = Map::new();
    m.insert("round".into(), json!(round.to_string()));
    for (k, v) in fields {
        if r.usize(..10) > 0 {
            m.insert(k.into(), v);
        }
    }
    m
}

/// A value no field accepts in place of a real one (null is "not answered", so never used).
fn hostile(r: &mut Rng) -> Value {
    match r.usize(..8) {
        0 => json!("<img src=x onerror=alert(1)>"),
        1 => json!(1e9),
        2 => json!(-1e9),
        3 => json!([{}]),
        4 => json!({ "x": 1 }),
        5 => json!("2031-H1"),
        6 => json!(f64::MAX),
        _ => json!("\u{0}征兵"),
    }
}

/// Breaks one answered field of a valid object; returns the field the error must name.
fn break_one(r: &mut Rng, m: &mut Map<String, Value>) -> String {
    let keys: Vec<String> = m.keys().cloned().collect();
    let k = r.choice(&keys).unwrap().clone();
    let mut v = hostile(r);
    // Values of the right type that are still wrong, for the fields that take these types.
    if m[&k].is_boolean() && r.bool() {
        v = json!("yes");
    }
    m.insert(k.clone(), v);
    k
}

/// How many inputs reached each outcome (a name and a detail, e.g. `("height", "fail")`).
#[derive(Default)]
struct Tally(BTreeMap<(&'static str, &'static str), u64>);

impl Tally {
    fn add(&mut self, what: &'static str, detail: &'static str) {
        *self.0.entry((what, detail)).or_default() += 1;
    }
    fn get(&self, what: &'static str, detail: &'static str) -> u64 {
        self.0.get(&(what, detail)).copied().unwrap_or(0)
    }
}

fn status(r: &Report, id: CheckId) -> Status {
    r.check(id).map_or(Status::Unknown, |c| c.status)
}

/// The report's own promises, and the tally of what the inputs reached.
fn check_report(a: &Applicant, r: &Report, tally: &mut Tally, serialise: bool) {
    assert_eq!(r.verdict, documented_verdict(r), "{a:?}\n{:?}", r.checks);
    tally.add("verdict", r.verdict.key());
    for c in &r.checks {
        tally.add(c.id.key(), c.status.key());
        if matches!(c.status, Status::Pass | Status::Fail) {
            assert!(!c.sources.is_empty(), "{:?} decided without a source: {a:?}", c.id);
        }
        if c.status == Status::Fail {
            assert!(c.confidence.settled(), "{:?} says no on an unsettled value: {a:?}", c.id);
        }
    }
    // The JSON door's writer costs about 0.3 ms a report (400 times the evaluation), so only a
    // sample goes through it.
    if serialise {
        assert_eq!(report_to_value(r)["verdict"], json!(r.verdict.key()));
    }
}

/// Monotonicity: each change makes the applicant better or keeps them the same on one answer,
/// so the check of that answer and the verdict can only stay or improve.
fn check_monotonic(a: &Applicant, ra: &Report, tally: &mut Tally) {
    let mut compare = |name: &'static str, b: &Applicant, id: CheckId, verdict_too: bool| {
        let rb = evaluate(b);
        let (sa, sb) = (status(ra, id), status(&rb, id));
        assert!(status_rank(sb) <= status_rank(sa), "{name}: {id:?} {sa:?} -> {sb:?}\n{a:?}\n{b:?}");
        if verdict_too {
            assert!(rank(rb.verdict) <= rank(ra.verdict), "{name}: {:?} -> {:?}\n{a:?}\n{b:?}", ra.verdict, rb.verdict);
        }
        tally.add(name, if sb == sa { "same" } else { "better" });
    };
    let step = Dec1(1 + (a.round.year as i64 % 7) * 3);
    // More height within the accepted range; with a weight, BMI moves too, so then only the
    // height check is compared.
    if let Some(h) = a.height.filter(|h| h.0 + step.0 <= 2500) {
        let b = Applicant { height: Some(Dec1(h.0 + step.0)), ..a.clone() };
        compare("more height", &b, CheckId::Height, a.weight.is_none());
    }
    // Better naked-eye vision in each answered eye, up to 5.3.
    if a.vision_left.is_some() || a.vision_right.is_some() {
        let up = |v: Option<Dec1>| v.map(|v| Dec1((v.0 + step.0).min(53)));
        let b = Applicant { vision_left: up(a.vision_left), vision_right: up(a.vision_right), ..a.clone() };
        compare("better vision", &b, CheckId::Vision, true);
    }
    // An earlier surgery (more months since it, the answer date the same).
    if let Some(m) = a.surgery_months.filter(|_| a.surgery.is_some_and(|s| s != SurgeryKind::None)) {
        let b = Applicant { surgery_months: Some(m + 1 + step.0), ..a.clone() };
        compare("surgery longer ago", &b, CheckId::Surgery, true);
    }
    // Fewer kilograms above the healthy band (BMI 24), never below it.
    if let (Some(h), Some(w)) = (a.height, a.weight) {
        let m = h.0 as f64 / 1000.0;
        let floor = (24.0 * m * m * 10.0).ceil() as i64;
        if w.0 > floor {
            let b = Applicant { weight: Some(Dec1((w.0 - step.0 * 5).max(floor))), ..a.clone() };
            compare("fewer kg above the band", &b, CheckId::Bmi, true);
        }
    }
}

/// A range has two different ends, lower first; one amount is an exact value.
fn honest_range(m: Money, what: &dyn std::fmt::Debug) {
    if let Money::Range(lo, hi) = m {
        assert!(lo < hi, "a range must have two different ends, lower first: {what:?}");
    }
}

fn check_estimate(h: &serde_json::Map<String, Value>, tally: &mut Tally) {
    let h =
        household_from_value(&Value::Object(h.clone())).unwrap_or_else(|e| panic!("valid household refused: {e:?}"));
    let e = estimate(&h);
    let (mut lo_sum, mut hi_sum) = (0i64, Some(0i64));
    for l in &e.lines {
        match l.money.bounds() {
            Some((lo, hi)) => {
                assert!(lo >= 0, "negative amount {l:?}");
                honest_range(l.money, l);
                assert!(!l.sources.is_empty(), "{:?} has an amount and no source", l.id);
                lo_sum += lo;
                hi_sum = hi_sum.zip(hi).map(|(s, x)| s + x);
                tally.add(l.id.key(), if hi == Some(lo) { "exact" } else { "range" });
            }
            None => tally.add(l.id.key(), "unknown"),
        }
    }
    assert_eq!(e.total.bounds(), Some((lo_sum, hi_sum)), "the total is the sum of the lines: {e:?}");
    honest_range(e.total, &e);
    for p in &e.payments {
        honest_range(p.money, p);
    }
    assert!(estimate_to_value(&e)["total"].is_object());
}

#[test]
fn generated_applicants_and_households_keep_the_documented_rules() {
    const N: u64 = 100_000;
    let mut r = Rng::with_seed(0x5EED_CAFE_F00D_BEEF);
    let mut tally = Tally::default();
    for i in 0..N {
        // Benefits: 4 in 5 valid, the rest with one field broken.
        let mut h = household_json(&mut r);
        if i % 5 == 4 {
            let k = break_one(&mut r, &mut h);
            let err = household_from_value(&Value::Object(h)).expect_err(&k);
            assert_eq!(err.field, k, "the household error names the broken field");
            tally.add("household", "refused");
        } else {
            check_estimate(&h, &mut tally);
            tally.add("household", "estimated");
        }
        // Applicants: 4 in 5 valid; the rest one field broken, an unknown field, or broken JSON.
        let mut m = applicant_json(&mut r);
        match i % 10 {
            0..8 => {
                let a = applicant_from_value(&Value::Object(m.clone()))
                    .unwrap_or_else(|e| panic!("valid applicant refused: {e:?}\n{m:?}"));
                let report = evaluate(&a);
                check_report(&a, &report, &mut tally, i % 100 == 0);
                check_monotonic(&a, &report, &mut tally);
                tally.add("applicant", "evaluated");
            }
            8 => {
                let k = break_one(&mut r, &mut m);
                let err = applicant_from_value(&Value::Object(m.clone())).expect_err(&k);
                assert!(err.field == k || err.field.starts_with(&format!("{k}.")), "{k} broken, {err:?} named");
                tally.add("applicant refused", "field");
            }
            _ => {
                let text = Value::Object(m).to_string();
                let err = if r.bool() {
                    let k = *r.choice(&["height", "__proto__", "", "Round"]).unwrap();
                    let text = format!("{{\"{k}\":1,{}", &text[1..]);
                    parse_applicant(&text).expect_err(k)
                } else {
                    let cut = (1..text.len()).rev().find(|c| text.is_char_boundary(*c)).map_or(0, |c| r.usize(..c));
                    parse_applicant(&text[..cut]).expect_err("truncated JSON")
                };
                assert!(
                    matches!(err.code, ErrorCode::UnknownField | ErrorCode::Malformed),
                    "unknown field or broken JSON: {err:?}"
                );
                tally.add("applicant refused", err.code.key());
            }
        }
    }
    for ((what, detail), n) in &tally.0 {
        println!("{n:>8}  {what} {detail}");
    }
    // Every status the documented rules can give for each core check, every verdict, and an
    // improvement for each monotonic change must have been reached. Height is one minimum per
    // sex (verified), so it has no on-site-check outcome.
    let mut wanted: Vec<(&str, &str)> = Vec::new();
    for id in CORE {
        for s in ["pass", "fail", "needs_check", "unknown"] {
            if (id, s) != ("height", "needs_check") {
                wanted.push((id, s));
            }
        }
    }
    wanted.extend(["likely_eligible", "needs_check", "not_eligible"].map(|v| ("verdict", v)));
    wanted.extend(
        ["more height", "better vision", "surgery longer ago", "fewer kg above the band"].map(|m| (m, "better")),
    );
    let missing: Vec<_> = wanted.into_iter().filter(|(w, d)| tally.get(w, d) == 0).collect();
    assert!(missing.is_empty(), "never reached: {missing:?}");
}

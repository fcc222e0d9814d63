//! "When can I?" (issue 18): the plan cases of `tests/cases/plan.toml`, written from the texts
//! before the code, and properties of `plan` on generated applicants and dates.

use enlistment_rules::applicant::{Applicant, EduStatus, Education, SurgeryKind};
use enlistment_rules::date::{self, Date};
use enlistment_rules::json::{plan_input, plan_to_value};
use enlistment_rules::num::Dec1;
use enlistment_rules::plan::{Action, ActionKind, plan};
use enlistment_rules::report::{CheckId, Quantity, Val};
use enlistment_rules::{Round, Sex, evaluate, round};
use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;

mod common;
use common::{same, toml_to_json};

/// Ids joined by "," (for `earliest_if` and `earliest_blocking`).
fn joined(v: &Value) -> Value {
    let ids: Vec<&str> = v.as_array().map_or(Vec::new(), |a| a.iter().filter_map(Value::as_str).collect());
    Value::String(ids.join(","))
}

/// Looks an expectation key up in a plan (see the head of plan.toml).
fn lookup(plan: &Value, key: &str) -> Value {
    let parts: Vec<&str> = key.split('.').collect();
    let round = |id: &str| {
        plan["rounds"].as_array().and_then(|a| a.iter().find(|r| r["round"] == id)).cloned().unwrap_or(Value::Null)
    };
    // A later round lists only the checks that differ from the first round's.
    let check = |r: &Value, id: &str| {
        let find = |r: &Value| r["checks"].as_array().and_then(|a| a.iter().find(|c| c["id"] == id)).cloned();
        find(r).or_else(|| if r.is_null() { None } else { find(&plan["rounds"][0]) }).unwrap_or(Value::Null)
    };
    let action = |id: &str| {
        plan["actions"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["check"] == id || (x["check"].is_null() && x["kind"] == id)))
            .cloned()
    };
    match parts.as_slice() {
        ["earliest_round"] => plan["earliest_round"].as_str().map_or(Value::from("none"), Value::from),
        ["earliest_if"] | ["earliest_blocking"] => joined(&plan[parts[0]]),
        ["earliest_reason"] => plan["earliest_reason"].clone(),
        ["earliest_numbers", q] => plan["earliest_numbers"][*q].clone(),
        ["first_round"] => plan["rounds"][0]["round"].clone(),
        ["round_count"] => Value::from(plan["rounds"].as_array().map_or(0, Vec::len)),
        ["rounds", id, field @ ("verdict" | "provisional" | "dates_estimated" | "register_by" | "exam_from")] => {
            round(id)[*field].clone()
        }
        ["rounds", id, c] => check(&round(id), c)["status"].clone(),
        ["rounds", id, c, field] => check(&round(id), c)[*field].clone(),
        ["rounds", id, c, field, q] => check(&round(id), c)[*field][*q].clone(),
        ["action", id] => Value::from(if action(id).is_some() { "present" } else { "absent" }),
        ["action", id, "round"] => action(id).map_or(Value::Null, |a| a["round"].clone()),
        ["action", id, q] => action(id).map_or(Value::Null, |a| a["numbers"][*q].clone()),
        _ => Value::Null,
    }
}

#[test]
fn plan_cases_from_the_texts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources: toml::Table = std::fs::read_to_string(dir.join("data/sources.toml")).unwrap().parse().unwrap();
    let known: Vec<&str> = sources["source"].as_array().unwrap().iter().filter_map(|s| s["id"].as_str()).collect();
    let doc: toml::Table = std::fs::read_to_string(dir.join("tests/cases/plan.toml")).unwrap().parse().unwrap();
    let cases = doc["plan"].as_array().unwrap();
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap_or("?");
        assert!(case.get("ref").is_some(), "{name}: every case says where in the reference it comes from");
        for id in case["sources"].as_array().unwrap_or_else(|| panic!("{name}: no sources")) {
            assert!(known.contains(&id.as_str().unwrap_or("")), "{name}: unknown source {id}");
        }
        let expect = case["expect"].as_table().unwrap();
        match plan_input(&toml_to_json(&case["input"])) {
            Err(e) => {
                let got = format!("{}:{}", e.field, e.code.key());
                if expect.get("error").and_then(toml::Value::as_str) != Some(got.as_str()) {
                    failures.push(format!("{name}: refused ({got}: {})", e.message));
                }
            }
            Ok((a, as_of)) => {
                let p = plan_to_value(&plan(&a, as_of));
                for (key, want) in expect {
                    let (want, got) = (toml_to_json(want), lookup(&p, key));
                    if !same(&want, &got) {
                        failures.push(format!("{name}: `{key}` is {got}, expected {want}"));
                    }
                }
            }
        }
    }
    println!("{} plan cases", cases.len());
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

// ---- properties ----

fn maybe<T: std::fmt::Debug + Clone + 'static>(s: impl Strategy<Value = T> + 'static) -> BoxedStrategy<Option<T>> {
    prop_oneof![1 => Just(None), 5 => s.prop_map(Some)].boxed()
}

fn one_of<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> BoxedStrategy<T> {
    (0..all.len()).prop_map(move |i| all[i]).boxed()
}

/// Any date from 2023 to 2031 (as a day number, so every day is reachable).
fn any_date() -> impl Strategy<Value = Date> {
    (0i32..3287).prop_map(|n| date::ymd(2023, 1, 1) + time::Duration::days(i64::from(n)))
}

/// An applicant as the JSON door could build one (the round is replaced by the plan).
fn someone() -> impl Strategy<Value = Applicant> {
    (
        (maybe(one_of(&[Sex::Male, Sex::Female])), maybe(1995i32..2016), maybe(one_of(Education::ALL))),
        (maybe(one_of(EduStatus::ALL)), maybe(2015i32..2035)),
        (maybe((1400i64..=2000).prop_map(Dec1)), maybe((350i64..=1300).prop_map(Dec1))),
        (maybe((40i64..=53).prop_map(Dec1)), maybe((40i64..=53).prop_map(Dec1))),
        (
            maybe(one_of(SurgeryKind::ALL)),
            maybe(0i64..24),
            proptest::collection::vec(one_of(enlistment_rules::report::Post::ALL), 0..2),
        ),
    )
        .prop_map(|((sex, born, edu), (status, grad), (h, w), (vl, vr), (surgery, months, posts))| {
            let mut a = Applicant::new(Round::parse("2027-H1").unwrap());
            a.sex = sex;
            a.birth_year = born;
            a.education = edu;
            a.status = status;
            a.graduation_year = grad;
            a.height = h;
            a.weight = w;
            a.vision_left = vl;
            a.vision_right = vr;
            a.surgery = surgery;
            a.surgery_months = months.filter(|_| surgery == Some(SurgeryKind::Excimer));
            a.posts = posts;
            a
        })
}

/// The last day a person of this sex may apply for a data round, read from the data directly.
fn deadline(r: &enlistment_rules::data::RoundData, sex: Option<Sex>) -> Date {
    let w = r.window(sex.unwrap_or(Sex::Male));
    w.closes_alt.unwrap_or(w.closes).max(w.closes)
}

fn num(a: &Action, q: Quantity) -> Option<i64> {
    a.numbers.iter().find(|(k, _)| *k == q).and_then(|(_, v)| if let Val::Dec(d) = v { Some(d.0) } else { None })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// The first round is the one whose registration is open or next (the data's windows read
    /// directly), and the plan says for it exactly what `evaluate` says.
    #[test]
    fn the_first_round_is_the_next_open_one_and_agrees_with_evaluate(a in someone(), as_of in any_date()) {
        let p = plan(&a, as_of);
        let first = &p.rounds[0];
        let next_in_data = round::rounds().find(|r| deadline(r, a.sex) >= as_of).map(|r| r.round);
        if let Some(r) = next_in_data {
            prop_assert_eq!(first.round, r);
        } else {
            prop_assert!(first.calendar.open_until() >= as_of && first.round.year >= as_of.year());
        }
        let mut b = a.clone();
        b.round = first.round;
        b.as_of = Some(as_of);
        prop_assert_eq!(&first.report, &evaluate(&b));
    }

    /// Waiting never brings the earliest round forward.
    #[test]
    fn a_later_as_of_never_makes_the_earliest_round_earlier(a in someone(), d in any_date(), later in 0i64..800) {
        let e1 = plan(&a, d).earliest;
        let e2 = plan(&a, d + time::Duration::days(later)).earliest;
        if let (Some(r1), Some(r2)) = (e1, e2) {
            prop_assert!(r2 >= r1, "{} then {}", r1, r2);
        }
    }

    /// The weight range is the BMI band at the applicant's height, by the documented arithmetic:
    /// BMI < limit ⇔ weight_tenths × 10⁶ < limit_tenths × height_mm², restated here.
    #[test]
    fn weight_ranges_follow_the_bmi_arithmetic(a in someone(), as_of in any_date()) {
        for act in plan(&a, as_of).actions.iter().filter(|x| x.kind == ActionKind::WeightRange) {
            let h = a.height.unwrap().0;
            let (lo, below) = (num(act, Quantity::BmiMin).unwrap(), num(act, Quantity::BmiBelow).unwrap());
            let (min, max) = (num(act, Quantity::WeightMinKg).unwrap(), num(act, Quantity::WeightMaxKg).unwrap());
            prop_assert!(max * 1_000_000 < below * h * h && (max + 1) * 1_000_000 >= below * h * h);
            prop_assert!(min * 1_000_000 >= lo * h * h && (min - 1) * 1_000_000 < lo * h * h);
            prop_assert_eq!(num(act, Quantity::WeightBelowKg), Some(max + 1));
            prop_assert!(act.check == Some(CheckId::Bmi) || act.check == Some(CheckId::PostBmi));
        }
    }

    /// Never panics, whatever the dates and answers (JSON output included).
    #[test]
    fn never_panics(a in someone(), as_of in (-1_000_000i32..3_000_000).prop_map(|n| Date::from_julian_day(n).unwrap_or(Date::MIN))) {
        let _ = plan_to_value(&plan(&a, as_of));
    }
}

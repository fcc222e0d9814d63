//! The rule that only a value a text states may say "no" (ARCHITECTURE.md, "Unsettled values never
//! say no"): a check whose confidence is the team's reading (derived), unverified or a conflict is
//! never `fail`; it is `needs_check`, keeping the reason that would have failed it.
//!
//! Held three ways: on generated applicants through the whole engine (every check and every
//! special-post check), in the data (a value resting on C-grade pages alone is not `verified`), and
//! in the code (every check goes through `Check::settle` in one place).

use enlistment_rules::applicant::{
    Applicant, ColourVision, CosmeticTattoo, EduStatus, Education, FlatFeet, SurgeryKind,
};
use enlistment_rules::data::Confidence;
use enlistment_rules::num::Dec1;
use enlistment_rules::report::{Post, Reason};
use enlistment_rules::{Sex, Status, evaluate, round};
use std::collections::BTreeMap;
use std::path::Path;

fn pick<T: Copy>(rng: &mut fastrand::Rng, all: &[T]) -> Option<T> {
    (rng.u8(0..5) > 0).then(|| all[rng.usize(0..all.len())])
}

fn dec(rng: &mut fastrand::Rng, lo: i64, hi: i64) -> Option<Dec1> {
    (rng.u8(0..5) > 0).then(|| Dec1(rng.i64(lo..=hi)))
}

/// A fully random applicant: every answer the engine reads, each sometimes blank.
fn applicant(rng: &mut fastrand::Rng) -> Applicant {
    let rounds: Vec<_> = round::rounds().map(|r| r.round).collect();
    let mut a = Applicant::new(rounds[rng.usize(0..rounds.len())]);
    a.sex = pick(rng, &[Sex::Male, Sex::Female]);
    a.birth_year = (rng.u8(0..5) > 0).then(|| rng.i32(1995..=2010));
    a.education = pick(rng, Education::ALL);
    a.status = pick(rng, EduStatus::ALL);
    a.graduation_year = (rng.bool()).then(|| rng.i32(2015..=2027));
    a.height = dec(rng, 1500, 1900);
    a.weight = dec(rng, 400, 1100);
    a.vision_left = dec(rng, 40, 52);
    a.vision_right = dec(rng, 40, 52);
    a.surgery = pick(rng, SurgeryKind::ALL);
    a.surgery_months = (rng.bool()).then(|| rng.i64(0..24));
    a.tattoo = pick(rng, &[true, false]);
    a.tattoo_face_neck = pick(rng, &[true, false]);
    a.tattoo_exposed_cm = dec(rng, 0, 60);
    a.tattoo_elsewhere_cm = dec(rng, 0, 150);
    if rng.u8(0..4) == 0 {
        a.cosmetic_tattoo = vec![CosmeticTattoo::ALL[rng.usize(0..CosmeticTattoo::ALL.len())]];
    }
    a.colour_vision = pick(rng, ColourVision::ALL);
    a.systolic = (rng.bool()).then(|| rng.i64(80..170));
    a.diastolic = (rng.bool()).then(|| rng.i64(50..110));
    a.heart_rate = (rng.bool()).then(|| rng.i64(40..130));
    a.whisper_left = dec(rng, 20, 80);
    a.whisper_right = dec(rng, 20, 80);
    a.flat_feet = pick(rng, FlatFeet::ALL);
    for q in a.political.iter_mut() {
        *q = pick(rng, &[true, false, false, false]);
    }
    a.posts = Post::ALL.iter().copied().filter(|_| rng.u8(0..3) == 0).collect();
    a
}

/// Reasons that mean "no" when a text settles them (written here from the rules, not taken from
/// the engine): a `needs_check` with one of them is a fail the invariant turned into a question.
const SAYS_NO: &[Reason] = &[
    Reason::OverCap,
    Reason::TooYoung,
    Reason::NotListed,
    Reason::H1CollegeOnly,
    Reason::NoFemaleRoute,
    Reason::BelowMinimum,
    Reason::BelowMin,
    Reason::AboveMax,
    Reason::EyeBelowMin,
    Reason::BelowAfterSurgery,
    Reason::TooRecent,
    Reason::OtherProcedure,
    Reason::FaceOrNeck,
    Reason::ExposedTooLarge,
    Reason::ElsewhereTooLarge,
    Reason::Cosmetic,
    Reason::ColourDeficient,
    Reason::OutOfRange,
    Reason::WhisperTooShort,
    Reason::NoArch,
    Reason::OutsidePostRange,
    Reason::OlderValueBelow,
    Reason::SurgeryExcluded,
];

#[test]
fn no_check_fails_on_a_value_a_text_does_not_state() {
    let mut rng = fastrand::Rng::with_seed(0x5e771e);
    // How often a check with an unsettled value was reached, per confidence: the property is only
    // worth something if the engine really met such values with answers that would have failed.
    let mut reached: BTreeMap<&str, usize> = BTreeMap::new();
    let mut verified_fails = 0;
    for _ in 0..40_000 {
        let a = applicant(&mut rng);
        let r = evaluate(&a);
        let posts = r.posts.iter().flat_map(|p| p.checks.iter());
        for c in r.checks.iter().chain(posts) {
            match c.confidence {
                Confidence::Verified => verified_fails += usize::from(c.status == Status::Fail),
                other => {
                    assert_ne!(c.status, Status::Fail, "{:?} fails on a {} value: {a:?}", c.id, other.key());
                    if c.status == Status::NeedsCheck && SAYS_NO.contains(&c.reason) {
                        *reached.entry(other.key()).or_default() += 1;
                    }
                }
            }
        }
    }
    println!("would-be fails asked instead, by confidence: {reached:?}; fails on verified values: {verified_fails}");
    for conf in ["derived", "unverified", "conflict"] {
        assert!(reached.get(conf).copied().unwrap_or(0) > 0, "no would-be fail rested on a {conf} value");
    }
    assert!(verified_fails > 0, "no verified value decided a fail: the generator is too narrow");
}

#[test]
fn one_ear_below_the_whisper_line_asks_and_never_fails() {
    let mut a = Applicant::new(enlistment_rules::Round::parse("2026-H2").unwrap());
    a.whisper_left = Some(Dec1(40));
    a.whisper_right = Some(Dec1(60));
    let c = evaluate(&a).check(enlistment_rules::CheckId::Hearing).cloned().unwrap();
    assert_eq!((c.status, c.reason), (Status::NeedsCheck, Reason::OneEarBelow));
}

/// Every `[[...]]` entry of the data files, with the file it is in.
fn entries() -> Vec<(String, toml::Table)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut files: Vec<_> = std::fs::read_dir(dir.join("params")).unwrap().map(|e| e.unwrap().path()).collect();
    files.extend(["rounds.toml", "local.toml"].map(|f| dir.join(f)));
    let mut out = Vec::new();
    fn walk(file: &str, v: &toml::Value, out: &mut Vec<(String, toml::Table)>) {
        match v {
            toml::Value::Table(t) => {
                if t.contains_key("cite") && t.contains_key("confidence") {
                    out.push((file.to_string(), t.clone()));
                }
                t.values().for_each(|x| walk(file, x, out));
            }
            toml::Value::Array(a) => a.iter().for_each(|x| walk(file, x, out)),
            _ => {}
        }
    }
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        walk(&name, &toml::Value::Table(text.parse().unwrap()), &mut out);
    }
    out
}

fn grades() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sources.toml")).unwrap();
    let t: toml::Table = text.parse().unwrap();
    t["source"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap().to_string(), s["grade"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn a_value_resting_on_aggregator_pages_alone_is_not_verified() {
    let grades = grades();
    let all = entries();
    assert!(all.len() > 150, "the data was not read: {} entries", all.len());
    let wrong: Vec<String> = all
        .iter()
        .filter(|(_, t)| t["confidence"].as_str() == Some("verified"))
        .filter(|(_, t)| {
            let cites = t["cite"].as_array().unwrap();
            cites.iter().all(|c| grades.get(c["source"].as_str().unwrap()).map(String::as_str) == Some("C"))
        })
        .map(|(f, t)| format!("{f}: {}", t.get("from").or(t.get("place")).map(ToString::to_string).unwrap_or_default()))
        .collect();
    assert!(wrong.is_empty(), "verified on C-grade sources only: {wrong:#?}");
}

#[test]
fn every_check_is_settled_in_one_place() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let evaluate = std::fs::read_to_string(src.join("eligibility/mod.rs")).unwrap();
    let posts = std::fs::read_to_string(src.join("eligibility/posts.rs")).unwrap();
    assert!(evaluate.contains(".map(Check::settle)"), "evaluate no longer settles every check");
    assert!(posts.contains(".map(Check::settle)"), "the special posts no longer settle every check");
    assert!(Confidence::Verified.settled());
    for c in [Confidence::Derived, Confidence::Unverified, Confidence::Conflict] {
        assert!(!c.settled(), "{} may decide a fail", c.key());
    }
}

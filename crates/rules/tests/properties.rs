//! Properties that must hold for every applicant, checked on generated ones (proptest):
//! evaluation never panics, the verdict follows the verdict rule, and improving an answer never
//! makes the result worse.

use enlistment_rules::applicant::{Applicant, ColourVision, EduStatus, Education, FlatFeet, SurgeryKind};
use enlistment_rules::num::Dec1;
use enlistment_rules::report::{CheckId, Post, Status, Verdict, verdict};
use enlistment_rules::{Round, Sex, evaluate, round};
use proptest::prelude::*;

fn opt<T: std::fmt::Debug + Clone + 'static>(s: impl Strategy<Value = T> + 'static) -> BoxedStrategy<Option<T>> {
    prop_oneof![1 => Just(None), 4 => s.prop_map(Some)].boxed()
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> BoxedStrategy<T> {
    (0..all.len()).prop_map(move |i| all[i]).boxed()
}

fn applicant() -> impl Strategy<Value = Applicant> {
    let rounds: Vec<Round> = round::rounds().map(|r| r.round).collect();
    let basics = (
        (0..rounds.len()).prop_map(move |i| rounds[i]),
        opt(pick(&[Sex::Male, Sex::Female])),
        opt(1960i32..2030),
        opt(pick(Education::ALL)),
        opt(pick(EduStatus::ALL)),
        opt(1990i32..2032),
    );
    let body = (
        opt((1000i64..=2500).prop_map(Dec1)),
        opt((250i64..=2500).prop_map(Dec1)),
        opt((30i64..=53).prop_map(Dec1)),
        opt((30i64..=53).prop_map(Dec1)),
        opt(pick(SurgeryKind::ALL)),
        opt(0i64..40),
    );
    let health = (
        opt(any::<bool>()),
        opt(any::<bool>()),
        opt((0i64..200).prop_map(Dec1)),
        opt(pick(ColourVision::ALL)),
        opt(50i64..200),
        opt(30i64..120),
        opt(30i64..150),
        opt(pick(FlatFeet::ALL)),
        proptest::array::uniform6(opt(any::<bool>())),
        proptest::collection::vec(pick(Post::ALL), 0..3),
    );
    (basics, body, health).prop_map(
        |(
            (round, sex, birth, edu, status, grad),
            (h, w, vl, vr, surg, months),
            (tat, face, cm, colour, sys, dia, hr, feet, pol, posts),
        )| {
            let mut a = Applicant::new(round);
            a.sex = sex;
            a.birth_year = birth;
            a.education = edu;
            a.status = status;
            a.graduation_year = grad;
            a.height = h;
            a.weight = w;
            a.vision_left = vl;
            a.vision_right = vr;
            a.surgery = surg;
            a.surgery_months = months;
            a.tattoo = tat;
            a.tattoo_face_neck = face;
            a.tattoo_exposed_cm = cm;
            a.colour_vision = colour;
            a.systolic = sys;
            a.diastolic = dia;
            a.heart_rate = hr;
            a.flat_feet = feet;
            a.political = pol;
            a.posts = posts;
            a
        },
    )
}

/// Worse verdicts rank higher.
fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::LikelyEligible => 0,
        Verdict::NeedsCheck => 1,
        Verdict::NotEligible => 2,
    }
}

/// Worse statuses rank higher, with "unknown" equal to "needs_check" (both leave the question open).
fn status_rank(s: Status) -> u8 {
    match s {
        Status::Pass => 0,
        Status::Unknown | Status::NeedsCheck => 1,
        Status::Fail => 2,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn the_verdict_follows_the_verdict_rule(a in applicant()) {
        let r = evaluate(&a);
        prop_assert_eq!(r.verdict, verdict(&r.checks));
        let any_fail = r.checks.iter().any(|c| c.status == Status::Fail);
        prop_assert_eq!(any_fail, r.verdict == Verdict::NotEligible);
        if r.verdict == Verdict::LikelyEligible {
            for id in CheckId::CORE {
                prop_assert_eq!(r.check(id).map(|c| c.status), Some(Status::Pass));
            }
        }
        // Every check that decided something (pass or fail) names a source.
        for c in &r.checks {
            if matches!(c.status, Status::Pass | Status::Fail) {
                prop_assert!(!c.sources.is_empty(), "{:?} has no source", c.id);
            }
            // Unsettled values never say "no".
            if !c.confidence.settled() {
                prop_assert_ne!(c.status, Status::Fail);
            }
        }
        prop_assert_eq!(r.provisional, a.round.provisional());
    }

    #[test]
    fn raising_height_never_makes_the_height_check_worse(a in applicant(), extra in 1i64..300) {
        let Some(h) = a.height else { return Ok(()) };
        let mut b = a.clone();
        b.height = Some(Dec1((h.0 + extra).min(2500)));
        let (ra, rb) = (evaluate(&a), evaluate(&b));
        let s = |r: &enlistment_rules::Report| status_rank(r.check(CheckId::Height).unwrap().status);
        prop_assert!(s(&rb) <= s(&ra));
        // With no weight given (so no BMI), the whole verdict cannot get worse either.
        if a.weight.is_none() {
            prop_assert!(rank(rb.verdict) <= rank(ra.verdict));
        }
    }

    #[test]
    fn improving_vision_never_makes_the_result_worse(a in applicant(), up_left in 0i64..10, up_right in 0i64..10) {
        let mut b = a.clone();
        b.vision_left = a.vision_left.map(|v| Dec1((v.0 + up_left).min(53)));
        b.vision_right = a.vision_right.map(|v| Dec1((v.0 + up_right).min(53)));
        let (ra, rb) = (evaluate(&a), evaluate(&b));
        let s = |r: &enlistment_rules::Report| status_rank(r.check(CheckId::Vision).unwrap().status);
        prop_assert!(s(&rb) <= s(&ra));
        prop_assert!(rank(rb.verdict) <= rank(ra.verdict));
    }

    #[test]
    fn answering_an_optional_question_well_never_makes_the_verdict_worse(a in applicant()) {
        let mut b = a.clone();
        b.tattoo = Some(false);
        b.colour_vision = Some(ColourVision::Normal);
        b.flat_feet = Some(FlatFeet::None);
        b.political = [Some(false); 6];
        let (ra, rb) = (evaluate(&a), evaluate(&b));
        // Only the answers changed from "unknown" or worse to "pass": the verdict cannot worsen.
        if a.tattoo.is_none() && a.colour_vision.is_none() && a.flat_feet.is_none() && a.political.iter().all(Option::is_none) {
            prop_assert!(rank(rb.verdict) <= rank(ra.verdict));
        }
    }
}

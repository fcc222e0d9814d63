//! Properties that must hold for every applicant, checked on generated ones (proptest):
//! evaluation never panics, the verdict follows the verdict rule, and improving an answer never
//! makes the result worse.

use enlistment_rules::applicant::{Applicant, ColourVision, EduStatus, Education, FlatFeet, SurgeryKind};
use enlistment_rules::num::Dec1;
use enlistment_rules::report::{CheckId, NoteId, Post, Status};
use enlistment_rules::{Round, Sex, evaluate, round};
use proptest::prelude::*;

mod stated;
use stated::{documented_verdict, rank, status_rank};

fn opt<T: std::fmt::Debug + Clone + 'static>(s: impl Strategy<Value = T> + 'static) -> BoxedStrategy<Option<T>> {
    prop_oneof![1 => Just(None), 4 => s.prop_map(Some)].boxed()
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> BoxedStrategy<T> {
    (0..all.len()).prop_map(move |i| all[i]).boxed()
}

/// Mostly from `good` (values that pass), otherwise from `all`: applicants who pass most checks
/// reach the verdict rule's every branch, not only "a check failed".
fn mostly<T: std::fmt::Debug + Clone + 'static>(
    good: impl Strategy<Value = T> + 'static,
    all: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Option<T>> {
    opt(prop_oneof![4 => good, 1 => all])
}

fn applicant() -> impl Strategy<Value = Applicant> {
    let rounds: Vec<Round> = round::rounds().map(|r| r.round).collect();
    let basics = (
        (0..rounds.len()).prop_map(move |i| rounds[i]),
        opt(pick(&[Sex::Male, Sex::Female])),
        mostly(1998i32..2008, 1960i32..2030),
        opt(pick(Education::ALL)),
        opt(pick(EduStatus::ALL)),
        opt(1990i32..2032),
    );
    let body = (
        mostly((1650i64..=1850).prop_map(Dec1), (1000i64..=2500).prop_map(Dec1)),
        mostly((600i64..=800).prop_map(Dec1), (250i64..=2500).prop_map(Dec1)),
        mostly((48i64..=53).prop_map(Dec1), (30i64..=53).prop_map(Dec1)),
        mostly((48i64..=53).prop_map(Dec1), (30i64..=53).prop_map(Dec1)),
        mostly(Just(SurgeryKind::None), pick(SurgeryKind::ALL)),
        opt(0i64..40),
    );
    let health = (
        mostly(Just(false), any::<bool>()),
        opt(any::<bool>()),
        opt((0i64..200).prop_map(Dec1)),
        mostly(Just(ColourVision::Normal), pick(ColourVision::ALL)),
        mostly(90i64..140, 50i64..200),
        mostly(60i64..90, 30i64..120),
        mostly(60i64..=100, 30i64..150),
        mostly(Just(FlatFeet::None), pick(FlatFeet::ALL)),
        proptest::array::uniform6(mostly(Just(false), any::<bool>())),
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn the_verdict_follows_the_verdict_rule(a in applicant()) {
        let r = evaluate(&a);
        prop_assert_eq!(r.verdict, documented_verdict(&r), "{:?}", r.checks);
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
        // A round is provisional exactly when the data has no national notice for it
        // (rounds.toml), and a provisional report says so in a note.
        let no_notice = a.round.data().is_none_or(|d| d.notice.is_empty());
        prop_assert_eq!(r.provisional, no_notice);
        prop_assert_eq!(r.notes.iter().any(|n| n.id == NoteId::Provisional), no_notice);
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
        // Only the questions `a` left open are answered, each with its best answer; nothing `a`
        // answered changes, so the verdict cannot get worse and those checks pass.
        let mut b = a.clone();
        b.tattoo = a.tattoo.or(Some(false));
        b.colour_vision = a.colour_vision.or(Some(ColourVision::Normal));
        b.flat_feet = a.flat_feet.or(Some(FlatFeet::None));
        b.political = a.political.map(|p| p.or(Some(false)));
        let (ra, rb) = (evaluate(&a), evaluate(&b));
        prop_assert!(rank(rb.verdict) <= rank(ra.verdict), "{:?} -> {:?}", ra.verdict, rb.verdict);
        let status = |r: &enlistment_rules::Report, id| r.check(id).map(|c| c.status);
        if a.colour_vision.is_none() {
            prop_assert_eq!(status(&rb, CheckId::ColourVision), Some(Status::Pass));
        }
        if a.flat_feet.is_none() {
            prop_assert_eq!(status(&rb, CheckId::FlatFeet), Some(Status::Pass));
        }
        if a.political.iter().all(Option::is_none) {
            prop_assert_eq!(status(&rb, CheckId::Political), Some(Status::Pass));
        }
    }
}

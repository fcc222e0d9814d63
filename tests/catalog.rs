//! Every sentence the app can show renders in every language: reports and estimates are made by
//! the engine from generated answers (a seeded generator, so a failure repeats), and every check,
//! special-post check, note, benefits line, non-cash benefit and process item is rendered. None may
//! be empty, hold a "?" for a missing number, leave a placeholder unfilled or show a raw key.
//! Every key of every engine family (verdicts, criteria, notes, …) has a message too.

use enlistment_app::i18n::Locale;
use enlistment_rules::applicant::{
    ColourVision, CosmeticTattoo, EduStatus, Education, ErrorCode, Field, FlatFeet, PoliticalQuestion, Priority,
    SurgeryKind,
};
use enlistment_rules::benefits::{Basis, Honour, Household, LineId, NonCashId, Posting, TuitionScheme, estimate};
use enlistment_rules::data::{Confidence, PLACES, PROVINCES};
use enlistment_rules::date::ymd;
use enlistment_rules::num::Dec1;
use enlistment_rules::process::{ChannelId, DocId, EventKind, FraudId, StepId};
use enlistment_rules::report::{CheckId, Note, NoteId, Post};
use enlistment_rules::{Applicant, Round, Sex, Status, Verdict, evaluate};

/// A rendered sentence the reader could see: what it must never look like.
fn assert_shown(what: &str, s: &str) {
    assert!(!s.trim().is_empty(), "{what}: empty");
    // A question may end with a question mark; a "?" anywhere else stood for a missing number.
    let body = s.trim_end_matches(['?', '？']);
    assert!(!body.contains(['?', '？']), "{what}: a '?' for a missing value: {s}");
    assert!(!s.contains(['\u{1}', '\u{2}', '\u{3}', '\u{4}', '\u{5}']), "{what}: an unfilled placeholder: {s:?}");
    assert!(!s.contains("{ $") && !s.contains("{$"), "{what}: an unfilled placeholder: {s}");
    let raw_key = s.split_whitespace().any(|w| w.contains('-') && w.contains('_') && w.is_ascii());
    assert!(!raw_key, "{what}: looks like a raw key: {s}");
}

fn pick<T: Copy>(rng: &mut fastrand::Rng, xs: &[T]) -> T {
    xs[rng.usize(..xs.len())]
}

fn maybe<T>(rng: &mut fastrand::Rng, v: impl FnOnce(&mut fastrand::Rng) -> T) -> Option<T> {
    if rng.bool() { Some(v(rng)) } else { None }
}

fn dec(rng: &mut fastrand::Rng, lo: i64, hi: i64) -> Dec1 {
    Dec1(rng.i64(lo * 10..=hi * 10))
}

fn applicant(rng: &mut fastrand::Rng) -> Applicant {
    let rounds = ["2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2", "2027-H1", "2027-H2"];
    let mut a = Applicant::new(Round::parse(pick(rng, &rounds)).unwrap());
    a.as_of = Some(ymd(2026, rng.u8(1..=12), rng.u8(1..=28)));
    a.sex = maybe(rng, |rng| pick(rng, &[Sex::Male, Sex::Female]));
    a.birth_year = maybe(rng, |rng| rng.i32(1995..=2012));
    a.region = maybe(rng, |rng| PROVINCES[rng.usize(..PROVINCES.len())].code);
    a.education = maybe(rng, |rng| pick(rng, Education::ALL));
    a.status = maybe(rng, |rng| pick(rng, EduStatus::ALL));
    a.graduation_year = maybe(rng, |rng| rng.i32(2018..=2028));
    a.height = maybe(rng, |rng| dec(rng, 150, 195));
    a.weight = maybe(rng, |rng| dec(rng, 40, 110));
    a.vision_left = maybe(rng, |rng| dec(rng, 4, 5));
    a.vision_right = maybe(rng, |rng| dec(rng, 4, 5));
    a.surgery = maybe(rng, |rng| pick(rng, SurgeryKind::ALL));
    a.surgery_months = maybe(rng, |rng| rng.i64(0..=24));
    a.tattoo = maybe(rng, |rng| rng.bool());
    a.tattoo_face_neck = maybe(rng, |rng| rng.bool());
    a.tattoo_exposed_cm = maybe(rng, |rng| dec(rng, 0, 5));
    a.tattoo_elsewhere_cm = maybe(rng, |rng| dec(rng, 0, 12));
    if rng.u8(..4) == 0 {
        a.cosmetic_tattoo = vec![pick(rng, CosmeticTattoo::ALL)];
    }
    a.colour_vision = maybe(rng, |rng| pick(rng, ColourVision::ALL));
    a.systolic = maybe(rng, |rng| rng.i64(80..=170));
    a.diastolic = maybe(rng, |rng| rng.i64(50..=110));
    a.heart_rate = maybe(rng, |rng| rng.i64(40..=120));
    a.whisper_left = maybe(rng, |rng| dec(rng, 1, 6));
    a.whisper_right = maybe(rng, |rng| dec(rng, 1, 6));
    a.flat_feet = maybe(rng, |rng| pick(rng, FlatFeet::ALL));
    for q in a.political.iter_mut() {
        *q = maybe(rng, |rng| rng.u8(..5) == 0);
    }
    a.posts = Post::ALL.iter().copied().filter(|_| rng.u8(..4) == 0).collect();
    a
}

fn household(rng: &mut fastrand::Rng) -> Household {
    let rounds = ["2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2", "2027-H1"];
    let mut h = Household::new(Round::parse(pick(rng, &rounds)).unwrap());
    h.place = match rng.u8(..3) {
        0 => Some(PLACES[rng.usize(..PLACES.len())].id),
        1 => Some(PROVINCES[rng.usize(..PROVINCES.len())].code),
        _ => None,
    };
    h.education = maybe(rng, |rng| pick(rng, Education::ALL));
    h.status = maybe(rng, |rng| pick(rng, EduStatus::ALL));
    h.tuition_yuan = maybe(rng, |rng| rng.i64(0..=30_000));
    h.loan_yuan = maybe(rng, |rng| rng.i64(0..=20_000));
    h.graduation_year = maybe(rng, |rng| rng.i32(2018..=2028));
    // In half years: a term is half a year (1.5 years studied).
    h.years_studied = maybe(rng, |rng| Dec1(rng.i64(0..=10) * 5));
    h.programme_years = maybe(rng, |rng| rng.i64(2..=5));
    h.years_remaining = maybe(rng, |rng| rng.i64(0..=4));
    h.posting = pick(rng, Posting::ALL);
    h.honour = pick(rng, Honour::ALL);
    h.scheme = pick(rng, TuitionScheme::ALL);
    h
}

#[test]
fn every_reachable_sentence_renders_in_every_language() {
    let mut rng = fastrand::Rng::with_seed(15);
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..3000 {
        let report = evaluate(&applicant(&mut rng));
        let est = estimate(&household(&mut rng));
        for l in Locale::all() {
            let w = l.w();
            let checks = report.checks.iter().chain(report.posts.iter().flat_map(|p| &p.checks));
            for c in checks {
                seen.insert((c.id.key(), c.reason.key()));
                assert_shown(&format!("{l:?} {:?} {:?}", c.id, c.reason), &w.explain(c, report.round));
            }
            for n in &report.notes {
                assert_shown(&format!("{l:?} note {:?}", n.id), &w.note(n));
            }
            for line in &est.lines {
                let what = format!("{l:?} {:?} {:?}", line.id, line.reason);
                assert_shown(&what, &w.explain_line(line, "某地"));
                assert_shown(&what, &w.money(line.money));
            }
            for n in &est.non_cash {
                let (name, text) = w.non_cash(n.id, n.value);
                assert_shown(&format!("{l:?} {:?}", n.id), name);
                assert_shown(&format!("{l:?} {:?}", n.id), &text);
            }
            assert_shown("round", &w.round(report.round));
        }
    }
    // The generator must reach a good share of the sentences, or this test proves little.
    assert!(seen.len() >= 70, "only {} (criterion, reason) pairs reached: {seen:?}", seen.len());
}

#[test]
fn every_key_of_every_engine_family_has_words_in_every_language() {
    for l in Locale::all() {
        let w = l.w();
        let mut all: Vec<(String, String)> = Vec::new();
        let mut add = |what: String, s: &str| all.push((what, s.to_string()));
        for v in [Verdict::LikelyEligible, Verdict::NeedsCheck, Verdict::NotEligible] {
            add(format!("{v:?}"), w.verdict(v));
            add(format!("{v:?}"), w.verdict_summary(v));
        }
        for s in [Status::Pass, Status::Unknown, Status::NeedsCheck, Status::Fail] {
            add(format!("{s:?}"), w.status(s));
        }
        for c in [Confidence::Verified, Confidence::Derived, Confidence::Unverified, Confidence::Conflict] {
            add(format!("{c:?}"), w.confidence(c));
        }
        for s in [Sex::Male, Sex::Female] {
            add(format!("{s:?}"), w.sex(s));
        }
        CheckId::ALL.iter().for_each(|x| add(format!("{x:?}"), w.check(*x)));
        Education::ALL.iter().for_each(|x| add(format!("{x:?}"), w.education(*x)));
        EduStatus::ALL.iter().for_each(|x| add(format!("{x:?}"), w.edu_status(*x)));
        SurgeryKind::ALL.iter().for_each(|x| add(format!("{x:?}"), w.surgery(*x)));
        CosmeticTattoo::ALL.iter().for_each(|x| add(format!("{x:?}"), w.cosmetic(*x)));
        ColourVision::ALL.iter().for_each(|x| add(format!("{x:?}"), w.colour(*x)));
        FlatFeet::ALL.iter().for_each(|x| add(format!("{x:?}"), w.flat_feet(*x)));
        Priority::ALL.iter().for_each(|x| add(format!("{x:?}"), w.priority(*x)));
        Post::ALL.iter().for_each(|x| add(format!("{x:?}"), w.post(*x)));
        // A note's key has words (its numbers are filled in the reachable sentences above).
        NoteId::ALL
            .iter()
            .for_each(|x| add(format!("{x:?}"), &w.note(&Note { id: *x, sources: Vec::new(), numbers: Vec::new() })));
        LineId::ALL.iter().for_each(|x| add(format!("{x:?}"), w.line(*x)));
        Basis::ALL.iter().for_each(|x| add(format!("{x:?}"), w.basis(*x)));
        Posting::ALL.iter().for_each(|x| add(format!("{x:?}"), w.posting(*x)));
        Honour::ALL.iter().for_each(|x| add(format!("{x:?}"), w.honour(*x)));
        TuitionScheme::ALL.iter().for_each(|x| add(format!("{x:?}"), w.scheme(*x)));
        EventKind::ALL.iter().for_each(|x| add(format!("{x:?}"), w.event(*x)));
        for q in PoliticalQuestion::ALL {
            let (question, why) = w.political(*q);
            add(format!("{q:?}"), question);
            add(format!("{q:?}"), why);
        }
        for s in StepId::ALL {
            let words = w.step(*s);
            for part in [words.name, words.what, words.who] {
                add(format!("{s:?}"), part);
            }
        }
        for d in DocId::ALL {
            let (name, when) = w.doc(*d);
            add(format!("{d:?}"), name);
            add(format!("{d:?}"), when);
        }
        for c in ChannelId::ALL {
            let (name, what) = w.channel(*c);
            add(format!("{c:?}"), name);
            add(format!("{c:?}"), what);
        }
        for f in FraudId::ALL {
            let (title, points) = w.fraud(*f);
            add(format!("{f:?}"), title);
            assert!(!points.is_empty(), "{l:?} {f:?}: no points");
            points.iter().for_each(|p| add(format!("{f:?}"), p));
        }
        for id in NonCashId::ALL {
            let (name, text) = w.non_cash(*id, Some(3));
            add(format!("{id:?}"), name);
            add(format!("{id:?}"), &text);
        }
        for f in Field::ALL {
            for code in ErrorCode::ALL {
                add(format!("{f:?} {code:?}"), &w.field_error(*f, *code));
            }
        }
        for (what, s) in &all {
            assert_shown(&format!("{l:?} {what}"), s);
        }
    }
}

#[test]
fn english_plurals_agree_with_their_number() {
    let t = Locale::En.t();
    assert_eq!(t.passing_folded(1), "1 criterion met");
    assert_eq!(t.passing_folded(2), "2 criteria met");
    assert_eq!(t.optional_unanswered(1), "1 optional item not answered");
    assert_eq!(t.deadline_days_left(0), "Closes today");
    assert_eq!(t.deadline_days_left(1), "1 day left");
    assert_eq!(Locale::Zh.t().passing_folded(1), "已经符合的 1 项");
}

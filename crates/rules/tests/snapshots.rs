//! Full reports for eleven typical applicants, compared with the reviewed snapshots in `snapshots/`
//! (insta). A change to any rule, citation or number fails the test with a diff and leaves a
//! pending `snapshots/<name>.snap.new` beside the old one; nothing is accepted without a review:
//! `cargo insta review` (or read the `.snap.new` and rename it over the `.snap`), one file at a
//! time. On CI (`CI` set) insta writes nothing and only fails.

use enlistment_rules::json::check;

const APPLICANTS: &[(&str, &str)] = &[
    (
        "male-high-school-graduate-eligible",
        r#"{"round":"2026-H2","as_of":"2026-05-01","sex":"male","birth_date":"2005-04-01","education":"high_school","education_status":"graduated","height_cm":175,"weight_kg":70,"vision_left":5.0,"vision_right":4.9,"tattoo":false,"colour_vision":"normal"}"#,
    ),
    (
        "female-college-student-h1",
        r#"{"round":"2026-H1","as_of":"2026-01-10","sex":"female","birth_date":"2005-09-12","education":"bachelor","education_status":"enrolled","height_cm":163,"weight_kg":52,"vision_left":4.8,"vision_right":4.9}"#,
    ),
    (
        "female-prior-year-graduate-h2-2026",
        r#"{"round":"2026-H2","as_of":"2026-07-05","sex":"female","birth_year":2003,"education":"bachelor","education_status":"graduated","graduation_year":2025,"height_cm":160,"weight_kg":50,"vision_left":5.0,"vision_right":5.0}"#,
    ),
    (
        "postgraduate-aged-25",
        r#"{"round":"2026-H2","as_of":"2026-06-01","sex":"male","birth_date":"2001-03-03","education":"postgraduate","education_status":"enrolled","height_cm":178,"weight_kg":72,"vision_left":4.9,"vision_right":5.0}"#,
    ),
    (
        "man-bmi-29",
        r#"{"round":"2026-H2","as_of":"2026-06-01","sex":"male","birth_year":2004,"education":"junior_college","education_status":"graduated","height_cm":175,"weight_kg":88.8,"vision_left":5.0,"vision_right":5.0}"#,
    ),
    (
        "vision-4-4",
        r#"{"round":"2027-H1","as_of":"2026-11-29","sex":"male","birth_year":2006,"education":"high_school","education_status":"graduated","height_cm":170,"weight_kg":60,"vision_left_decimal":0.25,"vision_right_decimal":0.6}"#,
    ),
    (
        "laser-surgery-3-months",
        r#"{"round":"2027-H1","as_of":"2026-11-29","sex":"male","birth_year":2005,"education":"bachelor","education_status":"enrolled","height_cm":172,"weight_kg":66,"vision_left":5.0,"vision_right":5.0,"refractive_surgery":"excimer","refractive_surgery_months":3,"special_posts":["airborne"]}"#,
    ),
    (
        "junior-high-man-21",
        r#"{"round":"2026-H1","as_of":"2026-01-20","sex":"male","birth_year":2005,"education":"junior_high","education_status":"graduated","height_cm":168,"weight_kg":61,"vision_left":4.6,"vision_right":5.0}"#,
    ),
    (
        "political-yes-and-tattoo",
        r#"{"round":"2025-H2","as_of":"2025-06-01","sex":"male","birth_year":2003,"education":"high_school","education_status":"graduated","height_cm":181,"weight_kg":80,"vision_left":5.1,"vision_right":5.1,"tattoo":true,"tattoo_exposed_cm":4.0,"political":{"criminal_record":true,"under_investigation":false}}"#,
    ),
    (
        "female-high-school-h1-2026",
        r#"{"round":"2026-H1","as_of":"2026-01-10","sex":"female","birth_year":2008,"education":"high_school","education_status":"graduating","height_cm":162,"weight_kg":52,"vision_left":5.0,"vision_right":5.0,"special_posts":["airborne","diver","tank_crew"]}"#,
    ),
    (
        "special-posts-all-woman",
        r#"{"round":"2024-H2","as_of":"2024-06-01","sex":"female","birth_year":2004,"education":"high_school","education_status":"graduating","height_cm":166,"weight_kg":55,"vision_left":5.0,"vision_right":5.0,"special_posts":"all","priority":["bilingual"]}"#,
    ),
];

/// One report against its snapshot; the input is kept in the snapshot's header for the reviewer.
fn assert_report(name: &str, input: &str) {
    let report = check(input).unwrap_or_else(|e| panic!("{name}: {}", e.message));
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_description(input);
    settings.bind(|| insta::assert_snapshot!(name, serde_json::to_string_pretty(&report).unwrap()));
}

/// Every applicant is checked (and every changed snapshot left for review) before the test fails.
#[test]
fn full_reports_match_their_snapshots() {
    let stale: Vec<&str> = APPLICANTS
        .iter()
        .filter(|(name, input)| std::panic::catch_unwind(|| assert_report(name, input)).is_err())
        .map(|(name, _)| *name)
        .collect();
    assert!(stale.is_empty(), "reports differ from their reviewed snapshots: {stale:?}");
}

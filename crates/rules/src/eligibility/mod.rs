//! Eligibility: one function per criterion, each returning a [`Check`]; `evaluate` puts them
//! together into a [`Report`] and applies the verdict rule.

pub mod age;
pub mod body;
pub mod education;
pub mod eyes;
pub mod health;
pub mod notes;
pub mod political;
pub mod posts;

use crate::applicant::Applicant;
use crate::report::{Check, Report, verdict};

/// Evaluates an applicant for their round. Never panics; answers not given are `unknown`.
pub fn evaluate(a: &Applicant) -> Report {
    let date = a.round.rules_date();
    let (education, placed) = education::check(a, date);
    let checks: Vec<Check> = vec![
        age::check(a, date, placed),
        education,
        body::height(a, date),
        body::bmi(a, date),
        eyes::vision(a, date),
        eyes::surgery(a, date),
        health::tattoo(a, date),
        health::colour_vision(a, date),
        health::blood_pressure(a, date),
        health::heart_rate(a, date),
        health::hearing(a, date),
        health::flat_feet(a, date),
        political::check(a, date),
    ]
    .into_iter()
    .map(Check::settle)
    .collect();
    let posts = posts::evaluate(a, date);
    let notes = notes::collect(a, date, placed, &checks);
    let rules_as_of = a.round.rules_as_of();
    Report {
        round: a.round,
        provisional: a.round.provisional(),
        rules_as_of,
        verdict: verdict(&checks),
        checks,
        posts,
        notes,
    }
}

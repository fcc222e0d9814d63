//! Step 2: education level, where the applicant stands in it, and the year of graduation. Years
//! are named from the chosen round, never "this year": in December "今年毕业" is ambiguous, while
//! "2027年毕业（应届）" is not. A high-school student sees the school's own words (高一/高二, 高三).

use super::{StepCtx, options};
use crate::components::choice_field::{ChoiceField, choice_field};
use crate::components::text_field::{TextField, text_field};
use enlistment_rules::applicant::{EduStatus, Education, Field};
use yew::prelude::*;

pub fn education(s: &StepCtx) -> Html {
    let (t, w, a) = (s.ctx.t(), s.ctx.w(), &*s.ctx.answers);
    let year = a.round_or_default(s.ctx.today).year;
    let high_school = a.education == Some(Education::HighSchool);
    let status_label = |x: EduStatus| match (x, high_school) {
        (EduStatus::Graduating, true) => t.status_high_school_graduating(year),
        (EduStatus::Graduating, false) => t.status_graduating(year),
        (EduStatus::Enrolled, true) => t.status_high_school_enrolled().to_string(),
        _ => w.edu_status(x).to_string(),
    };
    let grad_note = s.conv.value.graduation_year.map(|g| w.graduation_year(g, year));
    html! {
        <>
            { choice_field(ChoiceField {
                name: "education".into(), legend: t.q_education(), selected: a.education.map(Education::key),
                options: options(Education::ALL, Education::key, |e| w.education(e)),
                on_change: s.set(|a, v| a.education = Education::from_key(&v)),
                ..ChoiceField::default()
            }) }
            { choice_field(ChoiceField {
                name: "status".into(), legend: t.q_status(), hint: Some(t.hint_status()), selected: a.status.map(EduStatus::key),
                options: EduStatus::ALL.iter().map(|x| (x.key(), status_label(*x))).collect(),
                on_change: s.set(|a, v| a.status = EduStatus::from_key(&v)),
                ..ChoiceField::default()
            }) }
            if a.status == Some(EduStatus::Graduated) {
                { text_field(TextField {
                    id: "graduation-year", label: t.q_grad_year(), hint: Some(t.hint_grad_year()), inputmode: Some("numeric"),
                    value: a.graduation_year.clone(), error: s.error(Field::GraduationYear), note: grad_note,
                    on_input: s.set(|a, v| a.graduation_year = v), on_blur: s.blur(Field::GraduationYear),
                    ..TextField::default()
                }) }
            }
        </>
    }
}

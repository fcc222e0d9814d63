//! Step 2: education level, where the applicant stands in it, and the year of graduation.

use super::{StepCtx, options};
use crate::components::choice_field::{ChoiceField, choice_field};
use crate::components::text_field::{TextField, text_field};
use enlistment_rules::applicant::{EduStatus, Education, Field};
use yew::prelude::*;

pub fn education(s: &StepCtx) -> Html {
    let (t, w, a) = (s.ctx.t(), s.ctx.w(), &*s.ctx.answers);
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
                options: options(EduStatus::ALL, EduStatus::key, |x| w.edu_status(x)),
                on_change: s.set(|a, v| a.status = EduStatus::from_key(&v)),
                ..ChoiceField::default()
            }) }
            if a.status == Some(EduStatus::Graduated) {
                { text_field(TextField {
                    id: "graduation-year", label: t.q_grad_year(), hint: Some(t.hint_grad_year()), inputmode: Some("numeric"),
                    value: a.graduation_year.clone(), error: s.error(Field::GraduationYear),
                    on_input: s.set(|a, v| a.graduation_year = v), on_blur: s.blur(Field::GraduationYear),
                    ..TextField::default()
                }) }
            }
        </>
    }
}

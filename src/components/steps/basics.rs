//! Step 1: the round, sex, date of birth and province.

use super::{StepCtx, options, region_options, round_options};
use crate::components::choice_field::{ChoiceField, choice_field};
use crate::components::select_field::{SelectField, select_field};
use crate::components::text_field::{TextField, text_field};
use enlistment_rules::applicant::Field;
use enlistment_rules::places::province;
use enlistment_rules::round::{Round, Sex};
use yew::prelude::*;

pub fn basics(s: &StepCtx) -> Html {
    let (t, w, a) = (s.ctx.t(), s.ctx.w(), &*s.ctx.answers);
    html! {
        <>
            { select_field(SelectField {
                id: "round", label: t.q_round(), hint: Some(t.hint_round()),
                options: round_options(s.ctx),
                selected: a.round_or_default(s.ctx.today).to_string(),
                on_change: s.set(|a, v| a.round = Round::parse(&v)),
            }) }
            { choice_field(ChoiceField {
                name: "sex".into(), legend: t.q_sex(), inline: true, selected: a.sex.map(Sex::key),
                options: options(&[Sex::Male, Sex::Female], Sex::key, |x| w.sex(x)),
                on_change: s.set(|a, v| a.sex = [Sex::Male, Sex::Female].into_iter().find(|x| x.key() == v)),
                ..ChoiceField::default()
            }) }
            { text_field(TextField {
                id: "birth", label: t.q_birth(), hint: Some(t.hint_birth()), inputmode: Some("text"), value: a.birth.clone(),
                error: s.error(Field::BirthDate), on_input: s.set(|a, v| a.birth = v), on_blur: s.blur(Field::BirthDate),
                ..TextField::default()
            }) }
            { select_field(SelectField {
                id: "region", label: t.q_region(), hint: Some(t.hint_region()), options: region_options(s.ctx),
                selected: a.region.unwrap_or("").to_string(),
                on_change: s.set(|a, v| a.region = province(&v).map(|p| p.code)),
            }) }
        </>
    }
}

//! Step 3: height and weight, with the BMI they give shown as the user types.

use super::StepCtx;
use crate::components::text_field::{TextField, text_field};
use crate::i18n::dec;
use enlistment_rules::applicant::Field;
use enlistment_rules::eligibility::body::bmi_tenths;
use enlistment_rules::num::Dec1;
use yew::prelude::*;

pub fn body(s: &StepCtx) -> Html {
    let (t, a) = (s.ctx.t(), &*s.ctx.answers);
    let bmi = match (s.conv.value.height, s.conv.value.weight) {
        (Some(h), Some(w)) => Some(t.bmi_live(dec(Dec1(bmi_tenths(w, h))))),
        _ => None,
    };
    html! {
        <>
            { text_field(TextField {
                id: "height", label: t.q_height(), hint: Some(t.hint_height()), unit: Some("cm"), value: a.height.clone(),
                error: s.error(Field::HeightCm), on_input: s.set(|a, v| a.height = v), on_blur: s.blur(Field::HeightCm),
                ..TextField::default()
            }) }
            { text_field(TextField {
                id: "weight", label: t.q_weight(), hint: Some(t.hint_weight()), unit: Some("kg"), value: a.weight.clone(), note: bmi,
                error: s.error(Field::WeightKg), on_input: s.set(|a, v| a.weight = v), on_blur: s.blur(Field::WeightKg),
                ..TextField::default()
            }) }
        </>
    }
}

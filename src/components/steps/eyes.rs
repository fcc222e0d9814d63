//! Step 4: naked-eye vision per eye (5-point or decimal, with the conversion shown) and surgery.

use super::{StepCtx, options};
use crate::components::choice_field::{ChoiceField, choice_field};
use crate::components::text_field::{TextField, text_field};
use crate::state::numbers;
use enlistment_rules::applicant::{Field, SurgeryKind, validate};
use yew::prelude::*;

pub fn eyes(s: &StepCtx) -> Html {
    let (t, w, a) = (s.ctx.t(), s.ctx.w(), &*s.ctx.answers);
    // On the decimal scale, show what the engine will use: "0.6 is 4.8 on the 5-point scale".
    let converted = |text: &str| {
        (a.decimal_vision)
            .then(|| numbers::decimal(text).and_then(|v| validate::vision_decimal(v).ok()))
            .flatten()
            .map(|five| t.vision_converted(five.to_string()))
    };
    html! {
        <>
            { choice_field(ChoiceField {
                name: "scale".into(), legend: t.q_scale(), hint: Some(t.hint_scale()), inline: true,
                selected: Some(if a.decimal_vision { "decimal" } else { "five" }),
                options: vec![("five", t.scale_five().into()), ("decimal", t.scale_decimal().into())],
                on_change: s.set(|a, v| a.decimal_vision = v == "decimal"),
                ..ChoiceField::default()
            }) }
            { text_field(TextField {
                id: "vision-left", label: t.q_vision_left(), value: a.vision_left.clone(), note: converted(&a.vision_left),
                error: s.error(Field::VisionLeft), on_input: s.set(|a, v| a.vision_left = v), on_blur: s.blur(Field::VisionLeft),
                ..TextField::default()
            }) }
            { text_field(TextField {
                id: "vision-right", label: t.q_vision_right(), value: a.vision_right.clone(), note: converted(&a.vision_right),
                error: s.error(Field::VisionRight), on_input: s.set(|a, v| a.vision_right = v), on_blur: s.blur(Field::VisionRight),
                ..TextField::default()
            }) }
            { choice_field(ChoiceField {
                name: "surgery".into(), legend: t.q_surgery(), selected: a.surgery.map(SurgeryKind::key),
                options: options(SurgeryKind::ALL, SurgeryKind::key, |x| w.surgery(x)),
                on_change: s.set(|a, v| a.surgery = SurgeryKind::from_key(&v)),
                ..ChoiceField::default()
            }) }
            if a.surgery == Some(SurgeryKind::Excimer) {
                { text_field(TextField {
                    id: "surgery-months", label: t.q_surgery_months(), hint: Some(t.hint_surgery_months()), inputmode: Some("numeric"),
                    value: a.surgery_months.clone(), error: s.error(Field::RefractiveSurgeryMonths),
                    on_input: s.set(|a, v| a.surgery_months = v), on_blur: s.blur(Field::RefractiveSurgeryMonths),
                    ..TextField::default()
                }) }
            }
        </>
    }
}

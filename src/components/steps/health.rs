//! Step 5 (optional): tattoos, colour vision, blood pressure, heart rate, hearing, flat feet.

use super::{StepCtx, options, toggle, yn};
use crate::components::checkbox_group::{CheckboxGroup, checkbox_group};
use crate::components::choice_field::{ChoiceField, choice_field};
use crate::components::text_field::{TextField, text_field};
use enlistment_rules::applicant::{ColourVision, CosmeticTattoo, Field, FlatFeet};
use yew::prelude::*;

pub fn health(s: &StepCtx) -> Html {
    let (t, w, a) = (s.ctx.t(), s.ctx.w(), &*s.ctx.answers);
    let number = |id: &'static str,
                  label: &'static str,
                  unit: Option<&'static str>,
                  value: &str,
                  field: Field,
                  set: fn(&mut crate::state::answers::Answers, String)| {
        text_field(TextField {
            id,
            label,
            unit,
            value: value.to_string(),
            inputmode: Some(if unit == Some("m") || unit == Some("cm") { "decimal" } else { "numeric" }),
            error: s.error(field),
            on_input: s.set(set),
            on_blur: s.blur(field),
            ..TextField::default()
        })
    };
    html! {
        <>
            <p class="hint">{ t.health_intro() }</p>
            { choice_field(ChoiceField {
                name: "tattoo".into(), legend: t.q_tattoo(), inline: true, optional: Some(t.optional()), selected: yn(a.tattoo),
                options: s.yes_no(), on_change: s.set(|a, v| a.tattoo = Some(v == "y")), ..ChoiceField::default()
            }) }
            if a.tattoo == Some(true) {
                <div class="nested">
                    { choice_field(ChoiceField {
                        name: "tattoo-face".into(), legend: t.q_tattoo_face(), inline: true, selected: yn(a.tattoo_face_neck),
                        options: s.yes_no(), on_change: s.set(|a, v| a.tattoo_face_neck = Some(v == "y")), ..ChoiceField::default()
                    }) }
                    { text_field(TextField {
                        id: "tattoo-exposed", label: t.q_tattoo_exposed(), hint: Some(t.hint_cm()), unit: Some("cm"), value: a.tattoo_exposed.clone(),
                        error: s.error(Field::TattooExposedCm), on_input: s.set(|a, v| a.tattoo_exposed = v), on_blur: s.blur(Field::TattooExposedCm),
                        ..TextField::default()
                    }) }
                    { text_field(TextField {
                        id: "tattoo-elsewhere", label: t.q_tattoo_elsewhere(), hint: Some(t.hint_cm()), unit: Some("cm"), value: a.tattoo_elsewhere.clone(),
                        error: s.error(Field::TattooElsewhereCm), on_input: s.set(|a, v| a.tattoo_elsewhere = v), on_blur: s.blur(Field::TattooElsewhereCm),
                        ..TextField::default()
                    }) }
                    { checkbox_group(CheckboxGroup {
                        name: "cosmetic", legend: t.q_cosmetic(), selected: a.cosmetic.iter().map(|c| c.key()).collect(),
                        options: options(CosmeticTattoo::ALL, CosmeticTattoo::key, |c| w.cosmetic(c)),
                        on_toggle: s.set(|a, v| if let Some(c) = CosmeticTattoo::from_key(&v) { toggle(&mut a.cosmetic, c) }),
                        ..CheckboxGroup::default()
                    }) }
                </div>
            }
            { choice_field(ChoiceField {
                name: "colour".into(), legend: t.q_colour(), optional: Some(t.optional()), selected: a.colour_vision.map(ColourVision::key),
                options: options(ColourVision::ALL, ColourVision::key, |c| w.colour(c)),
                on_change: s.set(|a, v| a.colour_vision = ColourVision::from_key(&v)), ..ChoiceField::default()
            }) }
            <fieldset class="field pair">
                <legend>{ t.q_bp() }<span class="optional">{" ("}{ t.optional() }{")"}</span></legend>
                { number("systolic", t.q_systolic(), Some("mmHg"), &a.systolic, Field::SystolicMmhg, |a, v| a.systolic = v) }
                { number("diastolic", t.q_diastolic(), Some("mmHg"), &a.diastolic, Field::DiastolicMmhg, |a, v| a.diastolic = v) }
            </fieldset>
            { number("heart-rate", t.q_heart_rate(), None, &a.heart_rate, Field::HeartRateBpm, |a, v| a.heart_rate = v) }
            <fieldset class="field pair">
                <legend>{ t.q_whisper() }<span class="optional">{" ("}{ t.optional() }{")"}</span></legend>
                { number("whisper-left", t.q_ear_left(), Some("m"), &a.whisper_left, Field::WhisperLeftM, |a, v| a.whisper_left = v) }
                { number("whisper-right", t.q_ear_right(), Some("m"), &a.whisper_right, Field::WhisperRightM, |a, v| a.whisper_right = v) }
            </fieldset>
            { choice_field(ChoiceField {
                name: "flat-feet".into(), legend: t.q_flat_feet(), optional: Some(t.optional()), selected: a.flat_feet.map(FlatFeet::key),
                options: options(FlatFeet::ALL, FlatFeet::key, |f| w.flat_feet(f)),
                on_change: s.set(|a, v| a.flat_feet = FlatFeet::from_key(&v)), ..ChoiceField::default()
            }) }
        </>
    }
}

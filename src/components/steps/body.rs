//! Step 3: height and weight, with the BMI they give shown as the user types, and a kg/斤 choice
//! beside the weight. A number that looks typed in another unit (斤, metres, feet) is asked about
//! with a one-tap fix instead of being judged (`state/plausible.rs`).

use super::StepCtx;
use crate::components::choice_field::{ChoiceField, choice_field};
use crate::components::text_field::{TextField, text_field};
use crate::ctx::Ctx;
use crate::i18n::dec;
use crate::state::numbers::normalise;
use crate::state::plausible::{Slip, WeightUnit};
use enlistment_rules::applicant::Field;
use enlistment_rules::eligibility::body::bmi_tenths;
use enlistment_rules::num::Dec1;
use yew::prelude::*;

/// The question about a slip, with its fixes: (label, what the fix writes into the answers).
fn slip_prompt(id: &'static str, text: String, fixes: Vec<(String, Callback<MouseEvent>)>) -> Html {
    html! {
        <div class="slip" data-testid={format!("{id}-slip")}>
            <p class="slip-question" aria-live="polite">{ text }</p>
            <div class="buttons">
                { for fixes.into_iter().enumerate().map(|(i, (label, onclick))| html! {
                    <button type="button" class={if i == 0 { "button" } else { "button secondary" }} {onclick}>{ label }</button>
                }) }
            </div>
        </div>
    }
}

fn edit(ctx: &Ctx, f: impl Fn(&mut crate::state::answers::Answers) + Clone + 'static) -> Callback<MouseEvent> {
    let ctx = ctx.clone();
    Callback::from(move |_: MouseEvent| ctx.edit(f.clone()))
}

pub fn body(s: &StepCtx) -> Html {
    let (ctx, t, a) = (s.ctx, s.ctx.t(), &*s.ctx.answers);
    let jin = a.weight_unit == Some(WeightUnit::Jin) || normalise(&a.weight).ends_with('斤');
    let typed_weight = normalise(&a.weight).trim_end_matches('斤').trim().to_string();
    let note = match (s.conv.value.height, s.conv.value.weight) {
        (Some(h), Some(w)) => {
            let bmi = t.bmi_live(dec(Dec1(bmi_tenths(w, h))));
            Some(if jin { format!("{}{bmi}", t.jin_equals(&typed_weight, dec(w))) } else { bmi })
        }
        (None, Some(w)) if jin => Some(t.jin_equals(&typed_weight, dec(w))),
        _ => None,
    };
    let height_slip = match s.conv.slip(Field::HeightCm) {
        Some(Slip::Metres { cm }) => Some((t.slip_metres(dec(cm), a.height.trim()), cm)),
        Some(Slip::Feet { feet, inches, cm }) => Some((t.slip_feet(dec(cm), feet, inches), cm)),
        _ => None,
    }
    .map(|(text, cm)| {
        let fix = edit(ctx, move |a| a.height = dec(cm));
        slip_prompt("height", text, vec![(t.slip_use_cm(dec(cm)), fix)])
    });
    let weight_slip = match s.conv.slip(Field::WeightKg) {
        Some(Slip::Jin { kg }) => {
            let typed = typed_weight.clone();
            let use_kg = edit(ctx, move |a| {
                a.weight = dec(kg);
                a.weight_unit = Some(WeightUnit::Kg);
            });
            let keep = edit(ctx, |a| a.weight_unit = Some(WeightUnit::Kg));
            let fixes = vec![(t.slip_use_kg(dec(kg)), use_kg), (t.slip_keep_kg(&typed), keep)];
            Some(slip_prompt("weight", t.slip_jin(&typed, dec(kg)), fixes))
        }
        Some(_) => Some(slip_prompt("weight", t.slip_implausible().to_string(), Vec::new())),
        None => None,
    };
    html! {
        <>
            { text_field(TextField {
                id: "height", label: t.q_height(), hint: Some(t.hint_height()), unit: Some("cm"), value: a.height.clone(),
                error: s.error(Field::HeightCm), on_input: s.set(|a, v| a.height = v), on_blur: s.blur(Field::HeightCm),
                after: height_slip.unwrap_or_default(),
                ..TextField::default()
            }) }
            { text_field(TextField {
                id: "weight", label: t.q_weight(), hint: Some(t.hint_weight()), unit: Some(if jin { t.unit_jin_short() } else { "kg" }),
                value: a.weight.clone(), note: if weight_slip.is_some() { None } else { note },
                error: s.error(Field::WeightKg), on_input: s.set(|a, v| a.weight = v), on_blur: s.blur(Field::WeightKg),
                after: weight_slip.unwrap_or_default(),
                ..TextField::default()
            }) }
            { choice_field(ChoiceField {
                name: "weight-unit".into(), legend: t.weight_unit(), inline: true,
                selected: Some(if jin { "jin" } else { "kg" }),
                options: vec![("kg", t.unit_kg().into()), ("jin", t.unit_jin().into())],
                on_change: s.set(|a, v| a.weight_unit = WeightUnit::from_key(&v)),
                ..ChoiceField::default()
            }) }
        </>
    }
}

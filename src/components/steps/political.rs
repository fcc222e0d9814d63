//! Step 6 (optional): political review, yes or no only, with why each question is asked and the
//! promise that the answers stay on the device.

use super::{StepCtx, yn};
use crate::components::choice_field::{ChoiceField, choice_field};
use enlistment_rules::applicant::PoliticalQuestion;
use yew::prelude::*;

pub fn political(s: &StepCtx) -> Html {
    let (t, w, a) = (s.ctx.t(), s.ctx.w(), &*s.ctx.answers);
    html! {
        <>
            <p class="intro-box">{ t.political_intro() }</p>
            { for PoliticalQuestion::ALL.iter().enumerate().map(|(i, q)| {
                let (question, why) = w.political(*q);
                let ctx = s.ctx.clone();
                choice_field(ChoiceField {
                    name: format!("political-{}", q.key()), legend: question, hint: Some(why), inline: true, optional: Some(t.optional()),
                    selected: yn(a.political[i]), options: s.yes_no(),
                    on_change: Callback::from(move |v: String| ctx.edit(move |a| a.political[i] = Some(v == "y"))),
                })
            }) }
        </>
    }
}

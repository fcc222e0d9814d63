//! "What if…?": change one answer in a copy and see the verdict and the criteria that change,
//! immediately, without touching the user's own answers.

use crate::components::select_field::{SelectField, select_field};
use crate::components::steps::round_options;
use crate::components::text_field::{TextField, text_field};
use crate::components::verdict_banner::icon;
use crate::ctx::use_ctx;
use crate::state::answers::Answers;
use enlistment_rules::applicant::EduStatus;
use enlistment_rules::date::Date;
use enlistment_rules::report::Report;
use enlistment_rules::round::Round;
use enlistment_rules::{CheckId, evaluate};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Change {
    Round,
    Status,
    Weight,
    Height,
    Vision,
}

impl Change {
    const ALL: [Change; 5] = [Change::Round, Change::Status, Change::Weight, Change::Height, Change::Vision];

    fn key(self) -> &'static str {
        match self {
            Change::Round => "round",
            Change::Status => "status",
            Change::Weight => "weight",
            Change::Height => "height",
            Change::Vision => "vision",
        }
    }

    /// The user's own answer, as the what-if field shows it.
    fn current(self, a: &Answers, today: Date) -> String {
        match self {
            Change::Round => a.round_or_default(today).to_string(),
            Change::Status => a.status.map(|s| s.key().to_string()).unwrap_or_default(),
            Change::Weight => a.weight.clone(),
            Change::Height => a.height.clone(),
            Change::Vision => a.vision_left.clone(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct WhatIfProps {
    pub report: Rc<Report>,
}

#[component]
pub fn WhatIf(p: &WhatIfProps) -> Html {
    let ctx = use_ctx();
    let (t, w) = (ctx.t(), ctx.w());
    let answers = (*ctx.answers).clone();
    let change = use_state(|| Change::Weight);
    let value = use_state(|| Change::Weight.current(&answers, ctx.today));

    // Choosing another answer to change starts from the user's own value for it.
    let on_change = {
        let (change, value, answers, today) = (change.clone(), value.clone(), answers.clone(), ctx.today);
        Callback::from(move |k: String| {
            let c = Change::ALL.into_iter().find(|c| c.key() == k).unwrap_or(Change::Weight);
            change.set(c);
            value.set(c.current(&answers, today));
        })
    };
    let on_value = {
        let value = value.clone();
        Callback::from(move |v: String| value.set(v))
    };

    let mut alt = answers.clone();
    let v = (*value).clone();
    match *change {
        Change::Round => alt.round = Round::parse(&v).or(alt.round),
        Change::Status => alt.status = EduStatus::from_key(&v).or(alt.status),
        Change::Weight => alt.weight = v.clone(),
        Change::Height => alt.height = v.clone(),
        Change::Vision => {
            alt.vision_left = v.clone();
            alt.vision_right = v.clone();
        }
    }
    let then = evaluate(&alt.convert(ctx.today).value);
    let now = &p.report;
    let changed: Vec<CheckId> =
        now.checks.iter().filter(|c| then.check(c.id).is_some_and(|d| d.status != c.status)).map(|c| c.id).collect();
    let label = |c: Change| match c {
        Change::Round => t.q_round(),
        Change::Status => t.q_status(),
        Change::Weight => t.q_weight(),
        Change::Height => t.q_height(),
        Change::Vision => t.step_eyes(),
    };
    let input = match *change {
        Change::Round => select_field(SelectField {
            id: "what-if-value",
            label: t.what_if_value(),
            selected: (*value).clone(),
            on_change: on_value,
            options: round_options(&ctx),
            hint: None,
        }),
        Change::Status => select_field(SelectField {
            id: "what-if-value",
            label: t.what_if_value(),
            selected: (*value).clone(),
            on_change: on_value,
            options: EduStatus::ALL.iter().map(|s| (s.key().to_string(), w.edu_status(*s).to_string())).collect(),
            hint: None,
        }),
        _ => text_field(TextField {
            id: "what-if-value",
            label: t.what_if_value(),
            value: (*value).clone(),
            on_input: on_value,
            ..TextField::default()
        }),
    };
    html! {
        <section class="what-if no-print" aria-labelledby="what-if-title">
            <h2 id="what-if-title">{ t.what_if_title() }</h2>
            <p class="hint">{ t.what_if_intro() }</p>
            <div class="what-if-controls">
                { select_field(SelectField {
                    id: "what-if-field", label: t.what_if_field(), selected: change.key().to_string(), on_change, hint: None,
                    options: Change::ALL.iter().map(|c| (c.key().to_string(), label(*c).to_string())).collect(),
                }) }
                { input }
            </div>
            <p class="what-if-result" aria-live="polite" data-testid="what-if-result" data-verdict={then.verdict.key()}>
                <span>{ t.what_if_now() }{": "}<span aria-hidden="true">{ icon(now.verdict) }</span>{" "}{ w.verdict(now.verdict) }</span>
                { t.what_if_arrow() }
                <strong>{ t.what_if_then() }{": "}<span aria-hidden="true">{ icon(then.verdict) }</span>{" "}{ w.verdict(then.verdict) }</strong>
            </p>
            if changed.is_empty() {
                <p>{ t.what_if_same() }</p>
            } else {
                <p>{ t.what_if_changed() }</p>
                <ul>
                    { for changed.iter().map(|id| {
                        let before = now.check(*id).map(|c| c.status);
                        let after = then.check(*id).map(|c| c.status);
                        html! { <li>{ w.check(*id) }{": "}{ before.map(|s| w.status(s)).unwrap_or_default() }{" → "}{ after.map(|s| w.status(s)).unwrap_or_default() }</li> }
                    }) }
                </ul>
            }
        </section>
    }
}

//! Step 8: every answer in one list, each with a "Change" link back to its step.

use super::{Step, StepCtx};
use crate::browser;
use crate::ctx::Flash;
use enlistment_rules::places::province;
use yew::prelude::*;

pub fn review(s: &StepCtx) -> Html {
    let ctx = s.ctx;
    let (t, w, a, l) = (ctx.t(), ctx.w(), &*ctx.answers, ctx.locale());
    let or_blank = |s: &str| {
        if s.trim().is_empty() { t.not_answered().to_string() } else { s.trim().to_string() }
    };
    let opt = |s: Option<&str>| s.map_or(t.not_answered().to_string(), str::to_string);
    let list = |items: Vec<&'static str>| {
        if items.is_empty() { t.not_answered().to_string() } else { items.join(l.list_sep()) }
    };
    let region = a.region.and_then(province).map(|p| l.pick(p.name, p.name_en));
    let political_yes = a.political.iter().filter(|x| **x == Some(true)).count();
    let political_answered = a.political.iter().filter(|x| x.is_some()).count();
    let rows: Vec<(Step, &'static str, String)> = vec![
        (Step::Basics, t.q_round(), w.round(a.round_or_default(ctx.today))),
        (Step::Basics, t.q_sex(), opt(a.sex.map(|s| w.sex(s)))),
        (Step::Basics, t.q_birth(), or_blank(&a.birth)),
        (Step::Basics, t.q_region(), opt(region)),
        (Step::Education, t.q_education(), opt(a.education.map(|e| w.education(e)))),
        (Step::Education, t.q_status(), opt(a.status.map(|s| w.edu_status(s)))),
        (Step::Education, t.q_grad_year(), or_blank(&a.graduation_year)),
        (
            Step::Body,
            t.q_height(),
            if a.height.trim().is_empty() { t.not_answered().into() } else { format!("{} cm", a.height.trim()) },
        ),
        (
            Step::Body,
            t.q_weight(),
            if a.weight.trim().is_empty() { t.not_answered().into() } else { format!("{} kg", a.weight.trim()) },
        ),
        (Step::Eyes, t.q_vision_left(), or_blank(&a.vision_left)),
        (Step::Eyes, t.q_vision_right(), or_blank(&a.vision_right)),
        (Step::Eyes, t.q_surgery(), opt(a.surgery.map(|s| w.surgery(s)))),
        (Step::Health, t.q_tattoo(), opt(a.tattoo.map(|b| if b { t.yes() } else { t.no() }))),
        (Step::Health, t.q_colour(), opt(a.colour_vision.map(|c| w.colour(c)))),
        (
            Step::Health,
            t.q_bp(),
            if a.systolic.is_empty() && a.diastolic.is_empty() {
                t.not_answered().into()
            } else {
                format!("{}/{} mmHg", or_blank(&a.systolic), or_blank(&a.diastolic))
            },
        ),
        (Step::Health, t.q_heart_rate(), or_blank(&a.heart_rate)),
        (Step::Health, t.q_flat_feet(), opt(a.flat_feet.map(|f| w.flat_feet(f)))),
        (
            Step::Political,
            t.step_political(),
            format!("{political_answered}/{} · {}: {political_yes}", a.political.len(), t.yes()),
        ),
        (Step::Posts, t.q_posts(), list(a.posts.iter().map(|p| w.post(*p)).collect())),
        (Step::Posts, t.q_priority(), list(a.priority.iter().map(|p| w.priority(*p)).collect())),
    ];
    // A share link without the sender's health answers: list what was shared, not rows of blanks.
    let partial_share = matches!(*ctx.flash, Some(Flash::Shared(r)) if !r.complete);
    let rows: Vec<_> = rows.into_iter().filter(|(_, _, v)| !partial_share || v != t.not_answered()).collect();
    html! {
        <>
        if partial_share { <p class="shared-only" data-testid="shared-only">{ t.shared_only_these() }</p> }
        <dl class="summary">
            { for rows.into_iter().map(|(step, label, value)| {
                let go = { let on_go = s.on_go.clone(); Callback::from(move |e: MouseEvent| { e.prevent_default(); on_go.emit(step); browser::focus("step-title"); }) };
                html! {
                    <div class="summary-row">
                        <dt>{ label }</dt>
                        <dd>{ value }</dd>
                        <dd class="change"><button type="button" class="link-button" onclick={go}>{ t.change() }<span class="visually-hidden">{" "}{ label }</span></button></dd>
                    </div>
                }
            }) }
        </dl>
        </>
    }
}

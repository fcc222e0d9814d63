//! The steps from registration to enlistment as a numbered timeline: what happens, who does it,
//! what to bring and the legal basis. The step the user is at (their round and sex, today's date)
//! is marked for sight and for screen readers (`aria-current="step"`).

use super::citations::citations;
use crate::ctx::Ctx;
use crate::route::Page;
use enlistment_rules::process::{StepId, step_rule, steps};
use enlistment_rules::round::Sex;
use yew::prelude::*;

pub fn process_timeline(ctx: &Ctx, sex: Option<Sex>, current: Option<StepId>) -> Html {
    let (t, w, l) = (ctx.t(), ctx.w(), ctx.locale());
    let sep = l.list_sep();
    html! {
        <section id="steps" aria-labelledby="steps-title">
            <h2 id="steps-title" tabindex="-1">{ t.steps_title() }</h2>
            <p>{ t.steps_intro() }</p>
            <ol class="steps-timeline">
                { for steps(sex).into_iter().map(|s| {
                    let words = w.step(s);
                    let here = current == Some(s);
                    let docs = s.documents(sex);
                    let rule = step_rule(s, ctx.today);
                    html! {
                        <li class={classes!("timeline-step", here.then_some("current"))}
                            aria-current={here.then_some("step")} data-step={s.key()}>
                            <h3>{ words.name }</h3>
                            if here { <p class="tag here">{ t.step_here() }</p> }
                            <p>{ words.what }</p>
                            <dl class="step-facts">
                                <dt>{ t.step_who() }</dt><dd>{ words.who }</dd>
                                if !docs.is_empty() {
                                    <dt>{ t.step_bring() }</dt>
                                    <dd>
                                        <a href={ctx.loc.link(Page::Process, Some("documents"))}>
                                            { docs.iter().map(|d| w.doc(*d).0).collect::<Vec<_>>().join(sep) }
                                        </a>
                                    </dd>
                                }
                                if let (Some(women), false) = (words.women, sex == Some(Sex::Male)) {
                                    <dt>{ t.step_women() }</dt><dd>{ women }</dd>
                                }
                            </dl>
                            if let Some(r) = rule { { citations(ctx, &r.cite.iter().collect::<Vec<_>>(), r.confidence) } }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

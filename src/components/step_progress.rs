//! Where the user is: "Step 2 of 8" and the steps by name, each a button to go straight there
//! (answers can be changed in any order).

use crate::components::steps::Step;
use crate::ctx::Ctx;
use yew::prelude::*;

pub fn step_progress(ctx: &Ctx, current: Step, on_go: &Callback<Step>) -> Html {
    let t = ctx.t();
    let (current, total) = (current.index(), Step::ALL.len());
    html! {
        <nav class="step-progress" aria-label={t.step_of(current + 1, total)}>
            <p class="step-count">{ t.step_of(current + 1, total) }</p>
            <ol>
                { for Step::ALL.iter().enumerate().map(|(i, step)| {
                    let (step, title) = (*step, step.title(t));
                    let go = on_go.reform(move |_: MouseEvent| step);
                    html! {
                        <li class={classes!((i == current).then_some("current"), (i < current).then_some("done"))}>
                            <button type="button" onclick={go} aria-current={(i == current).then_some("step")}>
                                <span class="step-number" aria-hidden="true">{ i + 1 }</span>
                                <span class="step-name">{ title }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

//! Where the user is: "Step 2 of 8" and the steps by name, each a button to go straight there
//! (answers can be changed in any order).

use crate::app::Ctx;
use yew::prelude::*;

pub fn step_progress(ctx: &Ctx, current: usize, titles: &[&'static str], on_go: &Callback<usize>) -> Html {
    let t = ctx.t();
    html! {
        <nav class="step-progress" aria-label={t.step_of(current + 1, titles.len())}>
            <p class="step-count">{ t.step_of(current + 1, titles.len()) }</p>
            <ol>
                { for titles.iter().enumerate().map(|(i, title)| {
                    let go = on_go.reform(move |_: MouseEvent| i);
                    html! {
                        <li class={classes!((i == current).then_some("current"), (i < current).then_some("done"))}>
                            <button type="button" onclick={go} aria-current={(i == current).then_some("step")}>
                                <span class="step-number" aria-hidden="true">{ i + 1 }</span>
                                <span class="step-name">{ *title }</span>
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

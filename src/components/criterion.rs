//! One criterion of the result: its name, its status in words and icon, the sentence with the
//! numbers, and its sources.

use super::citations::citations;
use crate::ctx::Ctx;
use enlistment_rules::report::{Check, Status};
use enlistment_rules::round::Round;
use yew::prelude::*;

pub fn status_icon(s: Status) -> &'static str {
    match s {
        Status::Pass => "✓",
        Status::Fail => "✕",
        Status::NeedsCheck => "!",
        Status::Unknown => "?",
    }
}

pub fn criterion(ctx: &Ctx, c: &Check, round: Round) -> Html {
    let w = ctx.w();
    html! {
        <li class={classes!("criterion", format!("status-{}", c.status.key()))} data-check={c.id.key()} data-status={c.status.key()}>
            <h3>
                <span class="badge"><span aria-hidden="true">{ status_icon(c.status) }</span>{" "}{ w.status(c.status) }</span>
                {" "}{ w.check(c.id) }
            </h3>
            <p>{ w.explain(c, round) }</p>
            { citations(ctx, &c.sources, c.confidence) }
        </li>
    }
}

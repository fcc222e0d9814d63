//! One criterion of the result: its name, its status in words and icon, the sentence with the
//! numbers, and its sources.

use super::citations::citations;
use crate::ctx::Ctx;
use enlistment_rules::report::{Check, CheckId, Reason, Status};
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

/// A criterion met at a cost the user must know before acting: a pupil in 高一/高二 passes on
/// the junior-high route, which means leaving school. It is shown in full, not as a short line,
/// and the verdict banner points to it.
pub fn met_at_a_cost(c: &Check) -> bool {
    c.status == Status::Pass && c.reason == Reason::CountsAsJuniorHigh
}

/// The DOM id of a criterion, the target of the verdict banner's links.
pub fn anchor(id: CheckId) -> String {
    format!("criterion-{}", id.key())
}

pub fn criterion(ctx: &Ctx, c: &Check, round: Round) -> Html {
    let w = ctx.w();
    html! {
        <li id={anchor(c.id)} tabindex="-1" class={classes!("criterion", format!("status-{}", c.status.key()))} data-check={c.id.key()} data-status={c.status.key()}>
            <h3>
                <span class="badge"><span aria-hidden="true">{ status_icon(c.status) }</span>{" "}{ w.status(c.status) }</span>
                {" "}{ w.check(c.id) }
            </h3>
            <p>{ w.explain(c, round) }</p>
            { citations(ctx, &c.sources, c.confidence) }
        </li>
    }
}

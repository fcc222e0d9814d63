//! The criteria of a report, the ones that decided first: not met, then to check on site, then
//! unanswered core questions; the criteria met and the optional questions not answered are folded
//! (nothing is hidden: each fold opens, and printing opens them all).

use super::criterion::criterion;
use crate::ctx::Ctx;
use enlistment_rules::report::{Report, Status};
use yew::prelude::*;

pub fn criteria_list(ctx: &Ctx, r: &Report) -> Html {
    let t = ctx.t();
    let item = |c: &enlistment_rules::Check| criterion(ctx, c, r.round);
    let open: Vec<_> = [Status::Fail, Status::NeedsCheck]
        .iter()
        .flat_map(|s| r.checks.iter().filter(move |c| c.status == *s))
        .chain(r.checks.iter().filter(|c| c.status == Status::Unknown && c.id.is_core()))
        .collect();
    let passed: Vec<_> = r.checks.iter().filter(|c| c.status == Status::Pass).collect();
    let skipped: Vec<_> = r.checks.iter().filter(|c| c.status == Status::Unknown && !c.id.is_core()).collect();
    html! {
        <section class="criteria" aria-labelledby="criteria-title">
            <h2 id="criteria-title">{ t.criteria_title() }</h2>
            <ul class="criteria-list">{ for open.into_iter().map(item) }</ul>
            if !passed.is_empty() {
                <details class="fold no-print" data-testid="passed">
                    <summary>{ t.passing_folded(passed.len()) }</summary>
                    <ul class="criteria-list">{ for passed.iter().map(|c| item(c)) }</ul>
                </details>
                // Printed unfolded: a closed <details> prints closed, and the summary lists every criterion.
                <ul class="criteria-list print-only">{ for passed.into_iter().map(item) }</ul>
            }
            if !skipped.is_empty() {
                <details class="fold no-print">
                    <summary>{ t.optional_unanswered(skipped.len()) }</summary>
                    <ul class="criteria-list">{ for skipped.into_iter().map(item) }</ul>
                </details>
                <p class="print-only">{ t.optional_unanswered(r.checks.iter().filter(|c| c.status == Status::Unknown && !c.id.is_core()).count()) }</p>
            }
        </section>
    }
}

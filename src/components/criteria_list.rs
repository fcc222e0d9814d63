//! The criteria of a report, the ones that decided first: not met, then to check on site, then
//! unanswered core questions. The criteria met follow as one short line each with the user's
//! number ("BMI 27, met"), so a passed item is said, not hidden; their full sentences and the
//! optional questions not answered are folded (each fold opens). A criterion met at a cost (a
//! pupil leaving school) is shown in full with the open ones.

use super::criterion::{criterion, met_at_a_cost, status_icon};
use crate::ctx::Ctx;
use enlistment_rules::report::{Report, Status};
use yew::prelude::*;

pub fn criteria_list(ctx: &Ctx, r: &Report) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
    let item = |c: &enlistment_rules::Check| criterion(ctx, c, r.round);
    let open: Vec<_> = [Status::Fail, Status::NeedsCheck]
        .iter()
        .flat_map(|s| r.checks.iter().filter(move |c| c.status == *s))
        .chain(r.checks.iter().filter(|c| c.status == Status::Unknown && c.id.is_core()))
        .chain(r.checks.iter().filter(|c| met_at_a_cost(c)))
        .collect();
    let passed: Vec<_> = r.checks.iter().filter(|c| c.status == Status::Pass && !met_at_a_cost(c)).collect();
    let skipped: Vec<_> = r.checks.iter().filter(|c| c.status == Status::Unknown && !c.id.is_core()).collect();
    let short = |c: &&enlistment_rules::Check| {
        html! {
            <li data-passed={c.id.key()}>
                <span class="passed-icon" aria-hidden="true">{ status_icon(Status::Pass) }</span>{" "}
                { w.passed(c) }
            </li>
        }
    };
    html! {
        <section class="criteria" aria-labelledby="criteria-title">
            <h2 id="criteria-title">{ t.criteria_title() }</h2>
            <ul class="criteria-list">{ for open.into_iter().map(item) }</ul>
            if !passed.is_empty() {
                <h3 class="passed-title">{ t.passing_folded(passed.len()) }</h3>
                <ul class="passed-lines" data-testid="passed-lines">{ for passed.iter().map(short) }</ul>
                <details class="fold no-print" data-testid="passed">
                    <summary>{ t.passed_details() }</summary>
                    <ul class="criteria-list">{ for passed.into_iter().map(item) }</ul>
                </details>
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

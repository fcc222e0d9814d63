//! The answer in one line, with an icon and words (never colour alone), announced politely to
//! screen readers as it changes. It names the one to three criteria that decided it, each a link
//! to that criterion's explanation; before any criterion can be judged it says so instead of
//! showing a verdict.

use super::criterion::{anchor, met_at_a_cost};
use crate::browser;
use crate::ctx::Ctx;
use enlistment_rules::report::{Report, Verdict};
use yew::prelude::*;

/// How many deciding criteria the banner names before "and n more".
const NAMED: usize = 3;

pub fn icon(v: Verdict) -> &'static str {
    match v {
        Verdict::LikelyEligible => "✓",
        Verdict::NeedsCheck => "!",
        Verdict::NotEligible => "✕",
    }
}

/// `compact`: the short form at the top of each step (no summary or rules date).
pub fn verdict_banner(ctx: &Ctx, r: &Report, compact: bool) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
    let unanswered = r.nothing_answered();
    let state = if unanswered { "unanswered" } else { r.verdict.key() };
    let class = classes!("verdict", format!("verdict-{state}"), compact.then_some("compact"));
    let deciding = r.deciding();
    let more = deciding.len().saturating_sub(NAMED);
    let go_to = |id: enlistment_rules::report::CheckId| {
        let id = anchor(id);
        Callback::from(move |_: MouseEvent| {
            browser::scroll_to(&id);
            browser::focus(&id);
        })
    };
    let cost = r.checks.iter().find(|c| met_at_a_cost(c));
    let item = |c: &&enlistment_rules::Check| {
        let go = go_to(c.id);
        html! {
            <li><button type="button" class="link-button" onclick={go} data-deciding={c.id.key()}>{ w.check(c.id) }</button>
            {" · "}{ w.status(c.status) }</li>
        }
    };
    html! {
        <div {class} role="status" aria-live="polite" data-testid={if compact { "live-verdict" } else { "verdict" }}
            data-verdict={r.verdict.key()} data-state={state}>
            <p class="verdict-round">{ if compact { t.live_result() } else { t.results_title() } }{" · "}{ w.round(r.round) }</p>
            if unanswered {
                <p class="verdict-line"><span class="verdict-icon" aria-hidden="true">{ "?" }</span>{ t.verdict_unanswered() }</p>
                if !compact { <p>{ t.verdict_unanswered_summary() }</p> }
            } else {
                <p class="verdict-line"><span class="verdict-icon" aria-hidden="true">{ icon(r.verdict) }</span>{ w.verdict(r.verdict) }</p>
                if !deciding.is_empty() {
                    <div class="verdict-items">
                        <span>{ t.deciding_label() }</span>
                        <ul>
                            { for deciding.iter().take(NAMED).map(item) }
                            if more > 0 { <li>{ t.deciding_more(more) }</li> }
                        </ul>
                    </div>
                }
                if let Some(c) = cost.filter(|_| !compact) {
                    <p class="verdict-cost" data-testid="leave-school">
                        { t.leave_school_banner() }{" "}
                        <button type="button" class="link-button" onclick={go_to(c.id)}>{ t.leave_school_link() }</button>
                    </p>
                }
                if !compact { <p>{ w.verdict_summary(r.verdict) }</p> }
            }
            if let Some(d) = r.round.deadline(ctx.answers.sex).filter(|_| r.round.closed(ctx.answers.sex, ctx.today)) {
                <p class="round-closed" data-testid={if compact { "live-round-closed" } else { "round-closed" }}>
                    { t.round_closed_banner(ctx.locale().date(d)) }
                </p>
            }
            if !compact {
                if r.provisional { <p class="provisional">{ t.provisional_banner() }</p> }
                if let Some(d) = r.rules_as_of { <p class="rules-as-of">{ t.rules_as_of(ctx.locale().date(d)) }</p> }
            }
        </div>
    }
}

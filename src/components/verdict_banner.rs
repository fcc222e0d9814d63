//! The answer in one line, with an icon and words (never colour alone), announced politely to
//! screen readers as it changes.

use crate::ctx::Ctx;
use enlistment_rules::report::{Report, Verdict};
use yew::prelude::*;

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
    let class = classes!("verdict", format!("verdict-{}", r.verdict.key()), compact.then_some("compact"));
    html! {
        <div {class} role="status" aria-live="polite" data-testid={if compact { "live-verdict" } else { "verdict" }} data-verdict={r.verdict.key()}>
            <p class="verdict-round">{ if compact { t.live_result() } else { t.results_title() } }{" · "}{ w.round(r.round) }</p>
            <p class="verdict-line"><span class="verdict-icon" aria-hidden="true">{ icon(r.verdict) }</span>{ w.verdict(r.verdict) }</p>
            if !compact {
                <p>{ w.verdict_summary(r.verdict) }</p>
                if r.provisional { <p class="provisional">{ t.provisional_banner() }</p> }
                if let Some(d) = r.rules_as_of { <p class="rules-as-of">{ t.rules_as_of(ctx.locale().date(d)) }</p> }
            }
        </div>
    }
}

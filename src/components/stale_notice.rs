//! The stale-rules warning: the user's round has no national statement yet although it was
//! expected more than a month ago, so the carried-forward rules may be out of date. Shown on the
//! results, benefits and process pages; nothing when the rules are current.

use crate::ctx::Ctx;
use enlistment_rules::Round;
use enlistment_rules::data::rules_updated;
use enlistment_rules::round::notice_overdue;
use yew::prelude::*;

pub fn stale_notice(ctx: &Ctx, round: Round) -> Html {
    let Some(expected) = notice_overdue(round, ctx.today) else { return html! {} };
    let (l, t) = (ctx.locale(), ctx.t());
    html! {
        <div class="flash warning" role="note" data-testid="stale-rules">
            <p>{ t.stale_rules(ctx.w().round(round), l.date(expected), l.date(rules_updated())) }</p>
        </div>
    }
}

//! What to do next, fitted to the result: apply on the official site before the round's deadline
//! (the deadline for the user's sex, marked expected or conflicting where it is), what to bring,
//! who decides, and the special-post step when asked for.

use super::external_link::external_link;
use crate::ctx::Ctx;
use crate::route::Page;
use enlistment_rules::report::{Report, Verdict};
use enlistment_rules::round::{Sex, default_round};
use yew::prelude::*;

pub fn next_steps(ctx: &Ctx, r: &Report, sex: Option<Sex>) -> Html {
    let (t, l) = (ctx.t(), ctx.locale());
    let closed = r.round.closed(sex, ctx.today);
    let register = r.round.data().map(|d| {
        let w = d.window(sex.unwrap_or(Sex::Male));
        l.marked_date(w.closes, w.closes_alt, w.confidence)
    });
    let site = t.official_site_name();
    let next_round = ctx.w().round(default_round(ctx.today));
    html! {
        <section class="next-steps" aria-labelledby="next-title">
            <h2 id="next-title">{ t.next_title() }</h2>
            <ol>
                if r.verdict == Verdict::NotEligible { <li>{ t.next_fix() }</li> }
                if let Some(date) = register {
                    <li data-testid="next-register">
                        { if closed { t.next_register_closed(&next_round, site) } else { t.next_register(&date, site) } }
                        {" "}{ external_link(ctx, "gfbzb", html! { "www.gfbzb.gov.cn" }) }
                    </li>
                }
                // A closed round needs no documents: only the way to the steps of the next one.
                if closed {
                    <li><a href={ctx.link(Page::Process)}>{ t.next_process_link() }</a></li>
                } else {
                    <li data-testid="next-bring">{ t.next_bring() }{" "}<a href={ctx.link(Page::Process)}>{ t.next_process_link() }</a></li>
                }
                <li>{ t.next_decides() }</li>
                if !r.posts.is_empty() { <li>{ t.next_posts() }</li> }
            </ol>
        </section>
    }
}

//! When the money comes: a vertical list of the moments money is paid (enlistment, every few
//! months, discharge and after), in time order, each with what is paid then. A list rather than a
//! drawn chart reads at 320 px and in print without overlapping labels, and needs no second copy
//! for screen readers.

use crate::ctx::Ctx;
use enlistment_rules::benefits::{Estimate, LineId, Payment};
use yew::prelude::*;

pub fn payment_timeline(ctx: &Ctx, e: &Estimate) -> Html {
    let (t, w, l) = (ctx.t(), ctx.w(), ctx.locale());
    let months = e.payments.iter().map(|p| p.month).max().unwrap_or(24).max(12);
    let has_allowance = e.line(LineId::Allowance).is_some_and(|l| l.money.bounds().is_some());
    let when = |m: u8, after: bool| {
        if after {
            t.timeline_after_service().to_string()
        } else if m == 0 {
            t.timeline_enlist().to_string()
        } else if m == months {
            t.timeline_discharge().to_string()
        } else {
            t.timeline_month(m)
        }
    };
    // The engine gives the payments in time order; one entry per moment (what is paid back at
    // school is a moment of its own, after discharge).
    let mut moments: Vec<((u8, bool), Vec<&Payment>)> = Vec::new();
    for p in &e.payments {
        let at = (p.month, p.after_service);
        match moments.last_mut() {
            Some((m, ps)) if *m == at => ps.push(p),
            _ => moments.push((at, vec![p])),
        }
    }
    html! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ t.timeline_title() }</h2>
            if has_allowance {
                <p class="pay-allowance">{ t.timeline_allowance() }{ l.colon() }{ t.timeline_enlist() }{" → "}{ t.timeline_discharge() }</p>
            }
            <ol class="pay-list" data-testid="payment-timeline">
                { for moments.into_iter().map(|((m, after), ps)| html! {
                    <li class="pay-moment" data-month={m.to_string()} data-after-service={after.then_some("true")}>
                        <h3 class="pay-when">{ when(m, after) }</h3>
                        <ul>
                            { for ps.into_iter().map(|p| html! {
                                <li data-testid="payment" data-pays={p.line.key()}>{ w.line(p.line) }{ l.colon() }<strong>{ w.money(p.money) }</strong></li>
                            }) }
                        </ul>
                    </li>
                }) }
            </ol>
        </section>
    }
}

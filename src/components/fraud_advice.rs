//! Anti-fraud: enlistment is free, the scam patterns the sources describe, what to do when asked
//! for money, and where to report. No hotline number is given: none national was verified.

use super::citations::citations;
use crate::ctx::Ctx;
use enlistment_rules::process::FraudId;
use yew::prelude::*;

pub fn fraud_advice(ctx: &Ctx) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
    html! {
        <section id="fraud" class="fraud" aria-labelledby="fraud-title">
            <h2 id="fraud-title" tabindex="-1">{ t.fraud_title() }</h2>
            { for FraudId::ALL.iter().map(|f| {
                let (title, points) = w.fraud(*f);
                let rule = f.rule(ctx.today);
                html! {
                    <div class="fraud-item" data-fraud={f.key()}>
                        <h3>{ title }</h3>
                        <ul>{ for points.iter().map(|p| html! { <li>{ *p }</li> }) }</ul>
                        if let Some(r) = rule { { citations(ctx, &r.cite.iter().collect::<Vec<_>>(), r.confidence) } }
                    </div>
                }
            }) }
        </section>
    }
}

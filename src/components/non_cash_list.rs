//! Benefits after service that are not money, those that fit the user's situation first.

use super::citations::citations;
use crate::ctx::Ctx;
use enlistment_rules::benefits::Estimate;
use yew::prelude::*;

pub fn non_cash_list(ctx: &Ctx, e: &Estimate) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
    let group = |applies: bool| {
        html! {
            <ul class="non-cash">
                { for e.non_cash.iter().filter(|n| n.applies == applies).map(|n| {
                    let (title, text) = w.non_cash(n.id, n.value);
                    html! {
                        <li data-non-cash={n.id.key()}>
                            <h3>{ title }</h3>
                            <p>{ text }</p>
                            { citations(ctx, &n.sources, n.confidence) }
                        </li>
                    }
                }) }
            </ul>
        }
    };
    html! {
        <section class="non-cash-section" aria-labelledby="noncash-title">
            <h2 id="noncash-title">{ t.noncash_title() }</h2>
            if e.non_cash.iter().any(|n| n.applies) {
                <h3 class="group-title">{ t.noncash_applies() }</h3>
                { group(true) }
            }
            <details class="fold">
                <summary>{ t.noncash_others() }</summary>
                { group(false) }
            </details>
        </section>
    }
}

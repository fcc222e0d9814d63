//! What the tool is, what it is not, what happens to what you type (nothing leaves the device),
//! who keeps it, how to report a mistake, and when the rules data was last updated.

use crate::ctx::use_ctx;
use yew::prelude::*;

#[component]
pub fn AboutPage() -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let (upkeep, upkeep_paras) = t.about_upkeep;
    html! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{ t.about_title }</h1>
            { for t.about_body.iter().map(|(h, paras)| html! {
                <>
                    <h2>{ *h }</h2>
                    { for paras.iter().map(|p| html! { <p>{ *p }</p> }) }
                </>
            }) }
            <h2>{ upkeep }</h2>
            { for upkeep_paras.iter().map(|p| html! { <p>{ *p }</p> }) }
            <p data-testid="data-updated">{ (t.about_updated)(&ctx.locale().date(enlistment_rules::data::rules_updated())) }</p>
        </section>
    }
}

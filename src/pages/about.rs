//! What the tool is, what it is not, what happens to what you type (nothing leaves the device),
//! who keeps it, how to report a mistake, and when the rules data was last updated.

use crate::ctx::use_ctx;
use yew::prelude::*;

#[component]
pub fn AboutPage() -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    html! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{ t.about_title() }</h1>
            // Sections `about-N-title` with paragraphs `about-N-pM`, as many as the catalog has (the last:
            // who keeps the tool and how to report a mistake).
            { for (1..).map_while(|n| Some((n, t.text_by_key(&format!("about-{n}-title"))?))).map(|(n, h)| html! {
                <>
                    <h2>{ h }</h2>
                    { for (1..).map_while(|m| t.text_by_key(&format!("about-{n}-p{m}"))).map(|p| html! { <p>{ p }</p> }) }
                </>
            }) }
            <p data-testid="data-updated">{ t.about_updated(ctx.locale().date(enlistment_rules::data::rules_updated())) }</p>
        </section>
    }
}

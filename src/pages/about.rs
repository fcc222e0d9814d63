//! What the tool is, what it is not, and what happens to what you type (nothing leaves the device).

use crate::ctx::use_ctx;
use yew::prelude::*;

#[component]
pub fn AboutPage() -> Html {
    let t = use_ctx().t();
    html! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{ t.about_title }</h1>
            { for t.about_body.iter().map(|(h, paras)| html! {
                <>
                    <h2>{ *h }</h2>
                    { for paras.iter().map(|p| html! { <p>{ *p }</p> }) }
                </>
            }) }
        </section>
    }
}

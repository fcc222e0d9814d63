//! What the tool is, what it is not, and what happens to what you type (nothing leaves the device).

use crate::app::use_ctx;
use yew::prelude::*;

#[component]
pub fn AboutPage() -> Html {
    let t = use_ctx().t();
    html! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{ t.about_title() }</h1>
            // Sections `about-N-title` with paragraphs `about-N-pM`, as many as the catalog has.
            { for (1..).map_while(|n| Some((n, t.text_by_key(&format!("about-{n}-title"))?))).map(|(n, h)| html! {
                <>
                    <h2>{ h }</h2>
                    { for (1..).map_while(|m| t.text_by_key(&format!("about-{n}-p{m}"))).map(|p| html! { <p>{ p }</p> }) }
                </>
            }) }
        </section>
    }
}

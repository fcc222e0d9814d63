use crate::app::use_ctx;
use yew::prelude::*;

#[component]
pub fn CheckPage() -> Html {
    let t = use_ctx().t();
    html! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{ t.check_title }</h1>
            <p class="lead">{ t.check_intro }</p>
        </section>
    }
}

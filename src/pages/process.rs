use crate::app::use_ctx;
use yew::prelude::*;

#[component]
pub fn ProcessPage() -> Html {
    let t = use_ctx().t();
    html! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{ t.process_title }</h1>
            <p class="lead">{ t.process_intro }</p>
        </section>
    }
}

//! A heading rendered by Yew, nothing else: what any Yew app costs before it does anything.

use yew::prelude::*;

#[component]
fn App() -> Html {
    html! { <main><h1>{ "Hello" }</h1></main> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}

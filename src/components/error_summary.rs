//! The problems on a step, listed at its top when the user tries to go on: each links to its field.

use crate::browser;
use crate::ctx::Ctx;
use yew::prelude::*;

/// `errors`: (field id, message) pairs.
pub fn error_summary(ctx: &Ctx, errors: &[(&'static str, String)]) -> Html {
    if errors.is_empty() {
        return Html::default();
    }
    html! {
        <div class="error-summary" role="alert" tabindex="-1" id="error-summary">
            <h3>{ ctx.t().error_summary() }</h3>
            <ul>
                { for errors.iter().map(|(id, msg)| {
                    let id = *id;
                    let go = Callback::from(move |e: MouseEvent| { e.prevent_default(); browser::focus(id); });
                    html! { <li><a href={ctx.loc.to_hash()} onclick={go}>{ msg.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}

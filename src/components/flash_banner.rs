//! A one-off message above the form: a refused fragment, a shared result, or erased answers.

use super::verdict_banner::icon;
use crate::ctx::{Ctx, Flash};
use yew::prelude::*;

pub fn flash_banner(ctx: &Ctx) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
    let Some(flash) = *ctx.flash else {
        return Html::default();
    };
    let dismiss = {
        let f = ctx.flash.clone();
        Callback::from(move |_: MouseEvent| f.set(None))
    };
    let (class, text) = match flash {
        Flash::Refused => ("flash warning", t.fragment_refused().to_string()),
        Flash::Erased => ("flash info", t.erased().to_string()),
        Flash::Shared(s) => (
            "flash info",
            format!("{} {}", icon(s.verdict), t.shared_banner(s.complete, w.round(s.round), w.verdict(s.verdict))),
        ),
    };
    html! {
        <div class={class} role="status" data-testid="flash">
            <p>{ text }</p>
            <button type="button" class="link-button" onclick={dismiss}>{ t.dismiss() }</button>
        </div>
    }
}

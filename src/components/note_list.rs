//! Notes beside the verdict: priority groups and facts that fit the answers, with their sources.

use super::citations::citations;
use crate::ctx::Ctx;
use enlistment_rules::data::Confidence;
use enlistment_rules::report::Report;
use yew::prelude::*;

pub fn note_list(ctx: &Ctx, r: &Report) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
    html! {
        <section class="notes" aria-labelledby="notes-title">
            <h2 id="notes-title">{ t.notes_title() }</h2>
            <ul>
                { for r.notes.iter().map(|n| html! {
                    <li data-note={n.id.key()}>
                        <p>{ w.note(n) }</p>
                        { citations(ctx, &n.sources, Confidence::Verified) }
                    </li>
                }) }
            </ul>
        </section>
    }
}

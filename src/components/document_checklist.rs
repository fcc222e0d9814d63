//! What to bring, as a checklist: each document, when it is needed and who needs it. `compact` is
//! the printable version (one A4 page, tick boxes, no citations).

use super::citations::citations;
use crate::ctx::Ctx;
use enlistment_rules::process::{DocId, StepId};
use enlistment_rules::round::Sex;
use yew::prelude::*;

/// The steps at which a document is needed, for either sex.
fn needed_at(d: DocId) -> Vec<StepId> {
    StepId::ALL
        .iter()
        .copied()
        .filter(|s| [Some(Sex::Male), Some(Sex::Female)].iter().any(|sex| s.documents(*sex).contains(&d)))
        .collect()
}

pub fn document_checklist(ctx: &Ctx, compact: bool) -> Html {
    let (t, w, l) = (ctx.t(), ctx.w(), ctx.locale());
    let sep = l.list_sep();
    html! {
        <ul class={classes!("checklist", compact.then_some("compact"))}>
            { for DocId::ALL.iter().map(|d| {
                let (name, note) = w.doc(*d);
                let audience = match d {
                    DocId::WomenForm => Some(t.docs_women_only()),
                    DocId::AidForm => Some(t.docs_students_only()),
                    _ => None,
                };
                let at: Vec<&str> = needed_at(*d).into_iter().map(|s| w.step(s).name).collect();
                let rule = d.rule(ctx.today);
                html! {
                    <li data-doc={d.key()}>
                        <span class="box" aria-hidden="true"></span>
                        <div>
                            <strong>{ name }</strong>
                            if let Some(a) = audience { {" "}<span class="tag">{ a }</span> }
                            <p class="doc-note">{ note }</p>
                            if !at.is_empty() { <p class="doc-note">{ t.docs_needed_at() }{ l.colon() }{ at.join(sep) }</p> }
                            if let (Some(r), false) = (rule, compact) { { citations(ctx, &r.cite.iter().collect::<Vec<_>>(), r.confidence) } }
                        </div>
                    </li>
                }
            }) }
        </ul>
    }
}

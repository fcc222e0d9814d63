//! The benefits as a table: each line's amount, whether it is an official figure for the place, a
//! national rule or an estimate, how it was worked out, and its sources.

use super::citations::citations;
use crate::ctx::Ctx;
use enlistment_rules::benefits::{Basis, Estimate, Line, LineReason, Money};
use enlistment_rules::places::{place, province};
use yew::prelude::*;

/// The name of a place id or province code in the current language.
pub fn place_name(ctx: &Ctx, id: Option<&str>) -> String {
    let l = ctx.locale();
    match id {
        Some(id) => match (place(id), province(id)) {
            (Some(p), _) => l.pick(p.name, p.name_en).to_string(),
            (None, Some(p)) => l.pick(p.name, p.name_en).to_string(),
            _ => id.to_string(),
        },
        None => String::new(),
    }
}

/// A line's amount. An unknown amount under a national rule is never "varies by place": the
/// family payment's is set by the province (not in the data), the tuition lines' wait for the
/// user's own figures (tuition, years); a place's rule without a published amount says so.
pub fn amount(ctx: &Ctx, l: &Line) -> String {
    let t = ctx.t();
    match (l.money, l.basis, l.reason) {
        (Money::Unknown, _, LineReason::RuleWithoutAmount) => t.amount_not_published().to_string(),
        (Money::Unknown, _, LineReason::NationalRuleOnly) => t.amount_set_by_province().to_string(),
        (Money::Unknown, Basis::National, _) => t.amount_needs_answers().to_string(),
        _ => ctx.w().money(l.money),
    }
}

pub fn benefit_lines(ctx: &Ctx, e: &Estimate) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
    html! {
        <section class="benefit-lines" aria-labelledby="lines-title">
            <h2 id="lines-title">{ t.lines_title() }</h2>
            <ul class="lines">
                { for e.lines.iter().map(|l| {
                    let basis = match l.basis { Basis::Official => "basis-official", Basis::National => "basis-national", Basis::Estimate | Basis::Reprint => "basis-estimate" };
                    html! {
                        <li class="line" data-line={l.id.key()} data-basis={l.basis.key()}>
                            <div class="line-head">
                                <h3>{ w.line(l.id) }</h3>
                                <p class="line-amount">{ amount(ctx, l) }</p>
                            </div>
                            <p><span class={classes!("basis", basis)}>{ w.basis(l.basis) }</span>{" "}{ w.explain_line(l, &place_name(ctx, l.place)) }</p>
                            { citations(ctx, &l.sources, l.confidence) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

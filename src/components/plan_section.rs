//! "什么时候可以报名 / When can I apply": the engine's plan over the coming rounds. When the next
//! round already says yes it is one line; otherwise the earliest round (or why there is none), the
//! rounds on a timeline, and what to do as plain sentences with their dates and sources, the
//! dates to act on downloadable as an .ics file. Every number and date comes from the plan.

use super::citations::citations;
use super::plan_timeline::plan_timeline;
use crate::browser;
use crate::ctx::Ctx;
use crate::i18n::fmt::val;
use crate::state::ics::{Entry, calendar};
use enlistment_rules::data::Confidence;
use enlistment_rules::date::Date;
use enlistment_rules::plan::{Action, ActionKind, HORIZON, NoRoundReason, Plan};
use enlistment_rules::report::{Quantity, Val, Verdict};
use yew::prelude::*;

fn get(a: &Action, q: Quantity) -> Option<Val> {
    a.numbers.iter().find(|(k, _)| *k == q).map(|(_, v)| *v)
}

fn text(a: &Action, q: Quantity) -> String {
    val(get(a, q))
}

fn date(a: &Action, q: Quantity) -> Option<Date> {
    match get(a, q) {
        Some(Val::Date(d)) => Some(d),
        _ => None,
    }
}

fn int(plan_numbers: &[(Quantity, Val)], q: Quantity) -> i64 {
    match plan_numbers.iter().find(|(k, _)| *k == q).map(|(_, v)| *v) {
        Some(Val::Int(i)) => i,
        _ => 0,
    }
}

/// One action as a sentence (or two).
fn sentence(ctx: &Ctx, a: &Action) -> String {
    let (p, w, l) = (ctx.t().plan, ctx.w(), ctx.locale());
    let round = a.round.map(|r| w.round(r)).unwrap_or_default();
    let on =
        |q: Quantity, alt: Option<Date>| date(a, q).map(|d| l.marked_date(d, alt, a.confidence)).unwrap_or_default();
    let sep = l.pick("", " ");
    match a.kind {
        ActionKind::RegisterBy => (p.register_by)(&round, &on(Quantity::RegisterBy, date(a, Quantity::RegisterByAlt))),
        ActionKind::WeightRange => {
            let (h, min, below) =
                (text(a, Quantity::HeightCm), text(a, Quantity::WeightMinKg), text(a, Quantity::WeightBelowKg));
            let mut s = if a.posts.is_empty() {
                (p.weight_range)(&h, &min, &below, &text(a, Quantity::BmiMin), &text(a, Quantity::BmiBelow))
            } else {
                let posts: Vec<&str> = a.posts.iter().map(|x| w.post(*x)).collect();
                (p.post_weight_range)(&posts.join(l.list_sep()), &h, &min, &below)
            };
            let now = text(a, Quantity::WeightKg);
            if get(a, Quantity::LoseKg).is_some() {
                s = format!("{s}{sep}{}", (p.weight_lose)(&now, &text(a, Quantity::LoseKg)));
            } else if get(a, Quantity::GainKg).is_some() {
                s = format!("{s}{sep}{}", (p.weight_gain)(&now, &text(a, Quantity::GainKg)));
            }
            s
        }
        ActionKind::SurgeryCountsFrom => {
            let months = match get(a, Quantity::SurgeryMinMonths) {
                Some(Val::Int(m)) => m,
                _ => 0,
            };
            let d = date(a, Quantity::SurgeryCountsFrom).map(|d| l.date(d)).unwrap_or_default();
            let mut s = (p.surgery_from)(months, &d);
            if a.round.is_some() {
                s = format!("{s}{sep}{}", (p.surgery_round)(&round));
            }
            s
        }
        ActionKind::BecomesGraduate => {
            let year = match get(a, Quantity::GraduationYear) {
                Some(Val::Int(y)) => y,
                _ => 0,
            };
            (p.graduate)(&round, year)
        }
    }
}

/// The dates to act on, as calendar entries: the last day to apply and the day the surgery counts.
fn calendar_file(ctx: &Ctx, plan: &Plan) -> String {
    let (t, l) = (ctx.t(), ctx.locale());
    let site = enlistment_rules::data::source("gfbzb").and_then(|s| s.url).unwrap_or_default();
    let entries: Vec<Entry> = plan
        .actions
        .iter()
        .filter_map(|a| {
            let (q, summary, uid) = match a.kind {
                ActionKind::RegisterBy => {
                    let round = a.round.map(|r| r.to_string()).unwrap_or_default();
                    let name = a.round.map(|r| ctx.w().round(r)).unwrap_or_default();
                    (Quantity::RegisterBy, (t.plan.ics_register)(&name), format!("plan-register-{round}"))
                }
                ActionKind::SurgeryCountsFrom => {
                    let months = match get(a, Quantity::SurgeryMinMonths) {
                        Some(Val::Int(m)) => m,
                        _ => 0,
                    };
                    (Quantity::SurgeryCountsFrom, (t.plan.ics_surgery)(months), "plan-surgery".to_string())
                }
                _ => return None,
            };
            let d = date(a, q)?;
            let mut description = format!("{}\n{}\n{} {site}", sentence(ctx, a), l.date(d), t.official_site_name);
            if a.confidence != Confidence::Verified {
                description = format!("{}\n{description}", t.ics_uncertain);
            }
            Some(Entry { uid: format!("{uid}@enlistment-self-check"), date: d, summary, description })
        })
        .collect();
    calendar(t.ics_name, &entries, ctx.today)
}

fn none_sentence(ctx: &Ctx, plan: &Plan) -> String {
    let (p, w, l) = (ctx.t().plan, ctx.w(), ctx.locale());
    match plan.reason {
        Some(NoRoundReason::AgeCapPassed) => (p.none_age_cap)(
            int(&plan.reason_numbers, Quantity::AgeCap),
            int(&plan.reason_numbers, Quantity::OverCapFromYear),
        ),
        Some(NoRoundReason::EducationRouteClosed) => p.none_education.to_string(),
        Some(NoRoundReason::CheckFails) => {
            let names: Vec<&str> = plan.blocking.iter().map(|c| w.check(*c)).collect();
            (p.none_check)(&names.join(l.list_sep()))
        }
        _ => (p.none_horizon)(HORIZON),
    }
}

pub fn plan_section(ctx: &Ctx, plan: &Plan) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
    let p = t.plan;
    // Until the core answers are in, the verdict banner already says what is missing.
    if plan.reason == Some(NoRoundReason::AnswersMissing) || plan.rounds.is_empty() {
        return Html::default();
    }
    let first = &plan.rounds[0];
    if plan.earliest == Some(first.round)
        && plan.earliest_if.is_empty()
        && first.report.verdict == Verdict::LikelyEligible
    {
        // Still one line, but a final-year student applies as a graduate: say so in that line.
        let graduate = plan.actions.iter().find(|a| a.kind == ActionKind::BecomesGraduate);
        return html! {
            <p class="plan-now" data-testid="plan-now">
                { (p.now)(&w.round(first.round)) }
                if let Some(a) = graduate {
                    { ctx.locale().pick("", " ") }
                    <span data-testid="plan-becomes_graduate">{ sentence(ctx, a) }</span>
                }
            </p>
        };
    }
    let download = {
        let (ctx, plan) = (ctx.clone(), plan.clone());
        Callback::from(move |_: MouseEvent| {
            browser::download("enlistment-plan.ics", "text/calendar", &calendar_file(&ctx, &plan));
        })
    };
    let dated = plan.actions.iter().any(|a| matches!(a.kind, ActionKind::RegisterBy | ActionKind::SurgeryCountsFrom));
    html! {
        <section class="plan" aria-labelledby="plan-title" data-testid="plan">
            <h2 id="plan-title">{ p.title }</h2>
            <p class="plan-summary" data-testid="plan-summary">
                { match plan.earliest {
                    Some(r) => {
                        let mut s = (p.earliest)(&w.round(r));
                        if !plan.earliest_if.is_empty() {
                            s = format!("{s}{}{}", ctx.locale().pick("", " "), p.earliest_if_weight);
                        }
                        s
                    }
                    None => none_sentence(ctx, plan),
                } }
            </p>
            { plan_timeline(ctx, plan) }
            if !plan.actions.is_empty() {
                <h3>{ p.actions_title }</h3>
                <ul class="plan-actions">
                    { for plan.actions.iter().map(|a| html! {
                        <li data-testid={format!("plan-{}", a.kind.key())}>
                            { sentence(ctx, a) }
                            { citations(ctx, &a.sources, a.confidence) }
                        </li>
                    }) }
                </ul>
            }
            if dated {
                <p class="no-print"><button type="button" class="button secondary" data-testid="plan-ics" onclick={download}>{ p.ics_button }</button></p>
            }
        </section>
    }
}

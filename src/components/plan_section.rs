//! "什么时候可以报名 / When can I apply": the engine's plan over the coming rounds. When the next
//! round already says yes it is one line; otherwise the earliest round (or why there is none), the
//! rounds on a timeline, and what to do as plain sentences with their dates and sources, the
//! dates to act on downloadable as an .ics file. Every number and date comes from the plan; the
//! words are the catalogs' `plan-*` messages.

use super::citations::citations;
use super::plan_timeline::plan_timeline;
use crate::browser;
use crate::ctx::Ctx;
use crate::i18n::Arg;
use crate::state::ics::{Entry, calendar};
use enlistment_rules::data::Confidence;
use enlistment_rules::date::Date;
use enlistment_rules::plan::{Action, ActionKind, HORIZON, NoRoundReason, Plan};
use enlistment_rules::report::{Quantity, Val, Verdict};
use yew::prelude::*;

fn get(a: &Action, q: Quantity) -> Option<Val> {
    a.numbers.iter().find(|(k, _)| *k == q).map(|(_, v)| *v)
}

/// A number of the action as a placeholder's value (absent: the `[none]` variant, never a made-up 0).
fn num(ctx: &Ctx, a: &Action, q: Quantity) -> Arg<'static> {
    get(a, q).map_or(Arg::Absent, |v| ctx.w().quantity(q, v))
}

fn date(a: &Action, q: Quantity) -> Option<Date> {
    match get(a, q) {
        Some(Val::Date(d)) => Some(d),
        _ => None,
    }
}

fn int(plan_numbers: &[(Quantity, Val)], q: Quantity) -> Arg<'static> {
    match plan_numbers.iter().find(|(k, _)| *k == q).map(|(_, v)| *v) {
        Some(Val::Int(i)) => Arg::Int(i),
        _ => Arg::Absent,
    }
}

/// One action as a sentence (or two).
fn sentence(ctx: &Ctx, a: &Action) -> String {
    let (t, w, l) = (ctx.t(), ctx.w(), ctx.locale());
    let round = a.round.map(|r| w.round(r)).unwrap_or_default();
    let sep = t.punct_sentence_sep();
    match a.kind {
        ActionKind::RegisterBy => {
            let on = date(a, Quantity::RegisterBy)
                .map(|d| l.marked_date(d, date(a, Quantity::RegisterByAlt), a.confidence))
                .unwrap_or_default();
            t.plan_register_by(on, &round)
        }
        ActionKind::WeightRange => {
            let q = |q| num(ctx, a, q);
            let (h, min, below) = (Quantity::HeightCm, Quantity::WeightMinKg, Quantity::WeightBelowKg);
            let mut s = if a.posts.is_empty() {
                t.plan_weight_range(q(Quantity::BmiBelow), q(Quantity::BmiMin), q(h), q(below), q(min))
            } else {
                let posts: Vec<&str> = a.posts.iter().map(|x| w.post(*x)).collect();
                t.plan_post_weight_range(q(h), posts.join(l.list_sep()), q(below), q(min))
            };
            if get(a, Quantity::LoseKg).is_some() {
                s = format!("{s}{sep}{}", t.plan_weight_lose(q(Quantity::LoseKg), q(Quantity::WeightKg)));
            } else if get(a, Quantity::GainKg).is_some() {
                s = format!("{s}{sep}{}", t.plan_weight_gain(q(Quantity::GainKg), q(Quantity::WeightKg)));
            }
            s
        }
        ActionKind::SurgeryCountsFrom => {
            let d = date(a, Quantity::SurgeryCountsFrom).map(|d| l.date(d)).unwrap_or_default();
            let mut s = t.plan_surgery_counts_from(d, num(ctx, a, Quantity::SurgeryMinMonths));
            if a.round.is_some() {
                s = format!("{s}{sep}{}", t.plan_surgery_round(&round));
            }
            s
        }
        ActionKind::BecomesGraduate => t.plan_becomes_graduate(num(ctx, a, Quantity::GraduationYear), &round),
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
                    (Quantity::RegisterBy, t.plan_ics_register(&name), format!("plan-register-{round}"))
                }
                ActionKind::SurgeryCountsFrom => (
                    Quantity::SurgeryCountsFrom,
                    t.plan_ics_surgery(num(ctx, a, Quantity::SurgeryMinMonths)),
                    "plan-surgery".to_string(),
                ),
                _ => return None,
            };
            let d = date(a, q)?;
            let mut description = format!("{}\n{}\n{} {site}", sentence(ctx, a), l.date(d), t.official_site_name());
            if a.confidence != Confidence::Verified {
                description = format!("{}\n{description}", t.ics_uncertain());
            }
            Some(Entry { uid: format!("{uid}@enlistment-self-check"), date: d, summary, description })
        })
        .collect();
    calendar(t.ics_name(), &entries, ctx.today)
}

fn none_sentence(ctx: &Ctx, plan: &Plan) -> String {
    let (t, w, l) = (ctx.t(), ctx.w(), ctx.locale());
    match plan.reason {
        Some(NoRoundReason::AgeCapPassed) => t.plan_none_age_cap(
            int(&plan.reason_numbers, Quantity::AgeCap),
            int(&plan.reason_numbers, Quantity::OverCapFromYear),
        ),
        Some(NoRoundReason::EducationRouteClosed) => t.plan_none_education().to_string(),
        Some(NoRoundReason::CheckFails) => {
            let names: Vec<&str> = plan.blocking.iter().map(|c| w.check(*c)).collect();
            t.plan_none_check(names.join(l.list_sep()))
        }
        _ => t.plan_none_horizon(HORIZON),
    }
}

pub fn plan_section(ctx: &Ctx, plan: &Plan) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
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
                { t.plan_now(w.round(first.round)) }
                if let Some(a) = graduate {
                    { t.punct_sentence_sep() }
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
            <h2 id="plan-title">{ t.plan_title() }</h2>
            <p class="plan-summary" data-testid="plan-summary">
                { match plan.earliest {
                    Some(r) => {
                        let mut s = t.plan_earliest(w.round(r));
                        if !plan.earliest_if.is_empty() {
                            s = format!("{s}{}{}", t.punct_sentence_sep(), t.plan_earliest_if_weight());
                        }
                        s
                    }
                    None => none_sentence(ctx, plan),
                } }
            </p>
            { plan_timeline(ctx, plan) }
            if !plan.actions.is_empty() {
                <h3>{ t.plan_actions_title() }</h3>
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
                <p class="no-print"><button type="button" class="button secondary" data-testid="plan-ics" onclick={download}>{ t.plan_ics_button() }</button></p>
            }
        </section>
    }
}

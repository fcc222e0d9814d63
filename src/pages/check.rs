//! The self-check: guided questions on the left (one topic a step), the engine's report on the
//! right (below on a phone), updated as the answers change. The page decides nothing itself: it
//! converts the answers, calls the engine and renders the report.

use crate::browser;
use crate::components::criteria_list::criteria_list;
use crate::components::error_summary::error_summary;
use crate::components::flash_banner::flash_banner;
use crate::components::keep_panel::KeepPanel;
use crate::components::next_steps::next_steps;
use crate::components::note_list::note_list;
use crate::components::plan_section::plan_section;
use crate::components::post_list::post_list;
use crate::components::stale_notice::stale_notice;
use crate::components::step_progress::step_progress;
use crate::components::steps::{Step, StepCtx, field_id, message};
use crate::components::verdict_banner::verdict_banner;
use crate::components::what_if::WhatIf;
use crate::ctx::{Flash, use_ctx};
use enlistment_rules::applicant::Field;
use std::collections::BTreeSet;
use yew::prelude::*;

#[component]
pub fn CheckPage() -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let conv = {
        let today = ctx.today;
        use_memo((*ctx.answers).clone(), move |a| a.convert(today))
    };
    let report = use_memo(conv.clone(), |c| enlistment_rules::evaluate(&c.value));
    let plan = {
        let today = ctx.today;
        use_memo(conv.clone(), move |c| enlistment_rules::plan(&c.value, today))
    };

    // Coming back with answers (a reload, a share link): open at the review, results in view.
    // A reload opens the step the user was on.
    let step = use_state(|| match ctx.start_step.and_then(|i| Step::ALL.get(i)) {
        _ if ctx.untouched() => Step::FIRST,
        Some(s) if ctx.flash.is_none() => *s,
        _ => Step::LAST,
    });
    use_effect_with(*step, |s| browser::keep_step(s.index()));
    {
        // A share link opens on the sender's result.
        let shared = matches!(*ctx.flash, Some(Flash::Shared(_)));
        use_effect_with((), move |_| {
            if shared {
                browser::scroll_to("results");
            }
        });
    }
    // Fields whose errors are shown: left by the user, or on a step the user tried to leave.
    // Answers restored from the address show their errors straight away.
    let shown = use_state(|| {
        let mut s: BTreeSet<&'static str> = BTreeSet::new();
        s.extend(conv.errors.iter().map(|e| field_id(e.field)));
        s
    });
    let summary = use_state(Vec::<(&'static str, String)>::new);

    // Erasing the answers (in the keep panel) starts again at the first step.
    let on_erased = {
        let (step, shown) = (step.clone(), shown.clone());
        Callback::from(move |()| {
            step.set(Step::FIRST);
            shown.set(BTreeSet::new());
        })
    };

    let go = {
        let (step, summary) = (step.clone(), summary.clone());
        Callback::from(move |s: Step| {
            step.set(s);
            summary.set(Vec::new());
            browser::focus("step-title");
        })
    };
    let on_blur = {
        let shown = shown.clone();
        Callback::from(move |f: Field| {
            let mut s = (*shown).clone();
            if s.insert(field_id(f)) {
                shown.set(s);
            }
        })
    };
    // "Next" moves on unless a typed answer on this step is invalid: then the problems are listed
    // at the top of the step, each linking to its field. Missing answers never block.
    let next = {
        let (step, shown, summary, conv, go, ctx) =
            (step.clone(), shown.clone(), summary.clone(), conv.clone(), go.clone(), ctx.clone());
        Callback::from(move |_: MouseEvent| {
            let here = step.fields();
            let errors: Vec<(&'static str, String)> = conv
                .errors
                .iter()
                .filter(|e| here.contains(&e.field))
                .map(|e| (field_id(e.field), message(&ctx, e.field, e.code)))
                .collect();
            if errors.is_empty() {
                go.emit(step.next());
            } else {
                let mut s = (*shown).clone();
                s.extend(errors.iter().map(|(id, _)| *id));
                shown.set(s);
                summary.set(errors);
                browser::focus("error-summary");
            }
        })
    };
    let back = {
        let (step, go) = (step.clone(), go.clone());
        Callback::from(move |_: MouseEvent| go.emit(step.prev()))
    };
    let to_results = Callback::from(|_: MouseEvent| {
        browser::scroll_to("results");
        browser::focus("results-title");
    });
    let no_submit = Callback::from(|e: SubmitEvent| e.prevent_default());

    let shown_now = (*shown).clone();
    let step_ctx = StepCtx { ctx: &ctx, conv: &conv, shown: &shown_now, on_blur, on_go: go.clone() };
    let body = step.view(&step_ctx);
    html! {
        <section class="page check" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ t.check_title() }</h1>
            <p class="lead no-print">{ t.check_intro() }</p>
            { flash_banner(&ctx) }
            <p class="print-only print-title">{ t.print_title() }{" · "}{ t.printed_on(ctx.locale().date(ctx.today)) }</p>
            <div class="check-layout">
                <div class="wizard no-print">
                    <div class="live">
                        { verdict_banner(&ctx, &report, true) }
                        <button type="button" class="link-button" onclick={to_results.clone()}>{ t.to_results() }</button>
                    </div>
                    { step_progress(&ctx, *step, &go) }
                    <form class="step" novalidate=true onsubmit={no_submit} aria-labelledby="step-title">
                        <h2 id="step-title" tabindex="-1">{ step.title(t) }</h2>
                        { error_summary(&ctx, &summary) }
                        { body }
                        <div class="step-nav">
                            if *step != Step::FIRST { <button type="button" class="button secondary" onclick={back}>{ t.back() }</button> }
                            if *step != Step::LAST {
                                <button type="button" class="button" onclick={next} data-testid="next">{ t.next() }</button>
                            } else {
                                <button type="button" class="button" onclick={to_results.clone()}>{ t.to_results() }</button>
                            }
                        </div>
                    </form>
                </div>
                <div class="results" id="results">
                    <h2 id="results-title" class="visually-hidden" tabindex="-1">{ t.results_title() }</h2>
                    { stale_notice(&ctx, report.round) }
                    { verdict_banner(&ctx, &report, false) }
                    { criteria_list(&ctx, &report) }
                    { post_list(&ctx, &report) }
                    { plan_section(&ctx, &plan) }
                    { next_steps(&ctx, &report, conv.value.sex) }
                    { note_list(&ctx, &report) }
                    <WhatIf report={report.clone()} />
                    <KeepPanel report={report.clone()} {on_erased} />
                    <p class="print-only">{ t.footer_notice() }</p>
                </div>
            </div>
        </section>
    }
}

//! The process page: what to do now for this user's round and sex, the next deadline with a countdown and a calendar file, the round calendar,
//! the steps with the user's current one marked, the documents checklist, the official channels
//! and anti-fraud advice. `#/process/checklist` is the checklist alone, laid out to print on one page.

use crate::browser;
use crate::components::channel_list::channel_list;
use crate::components::deadline_card::deadline_card;
use crate::components::document_checklist::document_checklist;
use crate::components::fraud_advice::fraud_advice;
use crate::components::process_timeline::process_timeline;
use crate::components::round_calendar::round_calendar;
use crate::components::stale_notice::stale_notice;
use crate::ctx::use_ctx;
use crate::route::Page;
use enlistment_rules::process::current_step;
use enlistment_rules::round::Sex;
use yew::prelude::*;

/// The sections, in page order: anchor and heading.
const SECTIONS: [&str; 6] = ["deadline", "calendar", "steps", "documents", "channels", "fraud"];

#[component]
pub fn ProcessPage() -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    // A link to a section (from the table of contents or another page) lands on its heading.
    use_effect_with(ctx.loc.anchor.clone(), |anchor| {
        if let Some(a) = anchor.as_deref().filter(|a| SECTIONS.contains(a)) {
            browser::focus(&format!("{a}-title"));
        }
    });
    let sex = ctx.answers.sex;
    let made = use_state(|| None::<usize>);

    if ctx.loc.anchor.as_deref() == Some("checklist") {
        return html! {
            <section class="page printable-checklist" aria-labelledby="page-title">
                <h1 id="page-title" tabindex="-1">{ t.docs_title() }</h1>
                <p>{ t.docs_intro() }</p>
                { document_checklist(&ctx, true) }
                <p class="print-only">
                    { t.footer_official() }{ t.official_site_name() }{" www.gfbzb.gov.cn · "}{ t.printed_on(ctx.locale().date(ctx.today)) }
                </p>
                <p class="no-print">
                    <button type="button" class="button" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ t.docs_print() }</button>
                    {" "}<a href={ctx.loc.link(Page::Process, Some("documents"))}>{ t.docs_back() }</a>
                </p>
            </section>
        };
    }

    let round = ctx.answers.round_or_default(ctx.today);
    let current = round.data().and_then(|r| current_step(r, sex, ctx.today));
    let w = ctx.w();
    let round_name = match sex {
        Some(Sex::Male) => format!("{}{}", w.round(round), t.event_for_men()),
        Some(Sex::Female) => format!("{}{}", w.round(round), t.event_for_women()),
        None => w.round(round),
    };
    let titles =
        [t.deadline_title(), t.calendar_title(), t.steps_title(), t.docs_title(), t.channels_title(), t.fraud_title()];
    html! {
        <section class="page process" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ t.process_title() }</h1>
            <p class="lead">{ t.process_intro() }</p>
            <section class="next-for-you" aria-labelledby="next-title" data-testid="next-for-you">
                <h2 id="next-title">{ t.process_next_title() }</h2>
                <p>
                    { match current {
                        Some(step) => t.next_step(&round_name, w.step(step).name),
                        None => t.next_round_over(&round_name),
                    } }
                    if let Some(step) = current { { t.punct_sentence_sep() }{ w.step(step).what } }
                </p>
                if sex.is_none() { <p class="note">{ t.next_need_sex() }</p> }
            </section>
            <nav class="toc no-print" aria-label={t.process_toc()}>
                <ul>
                    { for SECTIONS.iter().zip(titles).map(|(id, title)| html! {
                        <li><a href={ctx.loc.link(Page::Process, Some(id))}>{ title }</a></li>
                    }) }
                </ul>
            </nav>
            { stale_notice(&ctx, round) }
            { deadline_card(&ctx, sex, made.clone()) }
            { round_calendar(&ctx) }
            { process_timeline(&ctx, sex, current) }
            <section id="documents" aria-labelledby="documents-title">
                <h2 id="documents-title" tabindex="-1">{ t.docs_title() }</h2>
                <p>{ t.docs_intro() }</p>
                { document_checklist(&ctx, false) }
                <p class="no-print"><a href={ctx.loc.link(Page::Process, Some("checklist"))}>{ t.docs_printable() }</a></p>
            </section>
            { channel_list(&ctx) }
            { fraud_advice(&ctx) }
        </section>
    }
}

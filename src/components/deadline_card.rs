//! The next deadline from the browser's date, counted down in days, for the user's sex when the
//! self-check knows it; conflicting or expected dates say so. "Add to my calendar" makes an .ics
//! file of the dates ahead, in the page.

use super::citations::citations;
use super::external_link::external_link;
use crate::browser;
use crate::ctx::Ctx;
use crate::i18n::Arg;
use crate::state::ics::{Entry, calendar};
use enlistment_rules::data::Confidence;
use enlistment_rules::date::{days_between, iso};
use enlistment_rules::process::{Event, EventKind, events, next_deadline};
use enlistment_rules::round::Sex;
use yew::prelude::*;

/// "2027年上半年：报名截止（男）" / "2027 first half: applications close for men"
fn event_title(ctx: &Ctx, e: &Event) -> String {
    let w = ctx.w();
    let mut s = match e.round {
        Some(r) => ctx.t().deadline_for(w.event(e.kind), w.round(r)),
        None => w.event(e.kind).to_string(),
    };
    match e.sex {
        Some(Sex::Male) => s.push_str(ctx.t().event_for_men()),
        Some(Sex::Female) => s.push_str(ctx.t().event_for_women()),
        None => {}
    }
    s
}

/// The events from today on that someone acts on or waits for, for this sex (both when unknown).
fn calendar_file(ctx: &Ctx, sex: Option<Sex>) -> (String, usize) {
    let (t, l) = (ctx.t(), ctx.locale());
    let site = enlistment_rules::data::source("gfbzb").and_then(|s| s.url).unwrap_or_default();
    let entries: Vec<Entry> = events()
        .into_iter()
        .filter(|e| {
            e.date >= ctx.today && e.kind != EventKind::ConscriptionStarts && e.kind != EventKind::ConscriptionEnds
        })
        .filter(|e| sex.is_none() || e.sex.is_none() || e.sex == sex)
        .map(|e| {
            let mut description =
                format!("{}\n{} {site}", l.marked_date(e.date, e.alt, e.confidence), t.official_site_name());
            if e.confidence != Confidence::Verified {
                description = format!("{}\n{description}", t.ics_uncertain());
            }
            let round = e.round.map_or_else(|| e.date.year().to_string(), |r| r.to_string());
            let sex = e.sex.map_or("all", |s| s.key());
            Entry {
                uid: format!("{round}-{}-{sex}@enlistment-self-check", e.kind.key()),
                date: e.date,
                summary: event_title(ctx, &e),
                description,
            }
        })
        .collect();
    (calendar(t.ics_name(), &entries, ctx.today), entries.len())
}

/// `made`: how many dates the calendar file held when the user made it (the page keeps it, so
/// the card can confirm the download).
/// The yearly registration deadline in force today ("10月31日" / "31 Oct"); absent where no text
/// gives one.
fn registration_deadline(ctx: &Ctx) -> Arg<'static> {
    enlistment_rules::process::registration_deadline(ctx.today)
        .map_or(Arg::Absent, |d| Arg::from(ctx.locale().day_month(d)))
}

pub fn deadline_card(ctx: &Ctx, sex: Option<Sex>, made: UseStateHandle<Option<usize>>) -> Html {
    let (t, w, l) = (ctx.t(), ctx.w(), ctx.locale());
    let next = next_deadline(ctx.today, sex);
    let download = {
        let (ctx, made) = (ctx.clone(), made.clone());
        Callback::from(move |_: MouseEvent| {
            let (file, count) = calendar_file(&ctx, sex);
            browser::download("enlistment-dates.ics", "text/calendar", &file);
            made.set(Some(count));
        })
    };
    html! {
        <section id="deadline" class="deadline-card" aria-labelledby="deadline-title">
            <h2 id="deadline-title" tabindex="-1">{ t.deadline_title() }</h2>
            if let Some(e) = next {
                <p class="deadline-what" data-testid="deadline-what">{ event_title(ctx, &e) }</p>
                <p class="deadline-date">
                    <time datetime={iso(e.date)} data-testid="deadline-date">{ l.marked_date(e.date, e.alt, e.confidence) }</time>
                </p>
                <p class="countdown" data-testid="countdown">{ t.deadline_days_left(days_between(ctx.today, e.date)) }</p>
                if e.alt.is_some() { <p class="note">{ t.deadline_conflict() }</p> }
                if e.confidence == Confidence::Unverified { <p class="note">{ t.deadline_expected() }</p> }
                { citations(ctx, &e.cite.iter().collect::<Vec<_>>(), e.confidence) }
            } else {
                <p data-testid="deadline-none">{ t.deadline_none() }</p>
            }
            <p class="note">
                { match sex { Some(s) => t.deadline_for_sex(w.sex(s)), None => t.deadline_any_sex().to_string() } }
                { t.punct_sentence_sep() }{ t.process_today(l.date(ctx.today)) }
            </p>
            if sex != Some(Sex::Female) { <p class="note">{ t.registration_note(registration_deadline(ctx)) }</p> }
            <p class="register" data-testid="register">{ external_link(ctx, "gfbzb", html! { t.deadline_register() }) }</p>
            <p>
                <button type="button" class="button" data-testid="ics" onclick={download}>{ t.ics_button() }</button>
            </p>
            <p class="hint">{ t.ics_hint() }</p>
            <p role="status" data-testid="ics-done">{ made.map(|n| t.ics_done(n)).unwrap_or_default() }</p>
        </section>
    }
}

//! Every round in the data as a table (current and later rounds first, earlier ones folded): the application windows by sex, the conscription period and
//! the approval date. Conflicting dates show both; expected ones say so; the current round is marked.

use crate::ctx::Ctx;
use crate::i18n::Locale;
use enlistment_rules::data::{Confidence, ROUNDS, RoundData, WindowData};
use enlistment_rules::date::Date;
use enlistment_rules::round::{Round, Sex, default_round};
use yew::prelude::*;

fn span(l: Locale, from: String, to: String) -> String {
    l.t().date_span(from, to)
}

fn window(ctx: &Ctx, w: &WindowData) -> String {
    let l = ctx.locale();
    // The confidence mark goes once, after the span.
    let opens = l.date(w.opens);
    let closes = l.marked_date(w.closes, w.closes_alt, Confidence::Verified);
    let s = span(l, opens, closes);
    // A date that has passed is never "expected, not yet published".
    if w.confidence == Confidence::Unverified && w.closes >= ctx.today { ctx.t().date_expected(&s) } else { s }
}

/// One round as a table row.
fn row(ctx: &Ctx, r: &RoundData, current: Round) -> Html {
    let (t, w, l) = (ctx.t(), ctx.w(), ctx.locale());
    let is_current = r.round == current;
    let period = span(l, l.date(r.conscription_from), l.date(r.conscription_until));
    let unverified = r.conscription_confidence == Confidence::Unverified;
    // A date that has passed is never "expected, not yet published".
    let marked = |s: String, until: Date| if unverified && until >= ctx.today { t.date_expected(&s) } else { s };
    html! {
        <tr class={classes!(is_current.then_some("current"))} data-round={r.round.to_string()}>
            <th scope="row" data-label={t.col_round()}>
                { w.round(r.round) }
                if is_current { <span class="tag">{ t.calendar_current() }</span> }
                if r.notice.is_empty() { <span class="tag tag-provisional">{ t.calendar_provisional() }</span> }
            </th>
            <td data-label={t.col_men()}>{ window(ctx, r.window(Sex::Male)) }</td>
            <td data-label={t.col_women()}>{ window(ctx, r.window(Sex::Female)) }</td>
            <td data-label={t.col_conscription()}>{ marked(period, r.conscription_until) }</td>
            <td data-label={t.col_approval()}>{ marked(l.date(r.approval), r.approval) }</td>
        </tr>
    }
}

fn table(ctx: &Ctx, rounds: &[&RoundData], current: Round) -> Html {
    let t = ctx.t();
    html! {
        <table class="round-calendar">
            <thead>
                <tr>
                    <th scope="col">{ t.col_round() }</th>
                    <th scope="col">{ t.col_men() }</th>
                    <th scope="col">{ t.col_women() }</th>
                    <th scope="col">{ t.col_conscription() }</th>
                    <th scope="col">{ t.col_approval() }</th>
                </tr>
            </thead>
            <tbody>{ for rounds.iter().map(|r| row(ctx, r, current)) }</tbody>
        </table>
    }
}

/// The current round and those after it first; earlier rounds folded below (still one tap away,
/// for someone checking what happened last time).
pub fn round_calendar(ctx: &Ctx) -> Html {
    let t = ctx.t();
    let current = default_round(ctx.today);
    let (ahead, older): (Vec<&RoundData>, Vec<&RoundData>) = ROUNDS.iter().partition(|r| r.round >= current);
    html! {
        <section id="calendar" aria-labelledby="calendar-title">
            <h2 id="calendar-title" tabindex="-1">{ t.calendar_title() }</h2>
            { table(ctx, &ahead, current) }
            if !older.is_empty() {
                <details class="older-rounds">
                    <summary>{ t.calendar_older() }{ ctx.locale().aside(&older.len().to_string()) }</summary>
                    { table(ctx, &older, current) }
                </details>
            }
            <p class="note">{ t.calendar_note() }</p>
        </section>
    }
}

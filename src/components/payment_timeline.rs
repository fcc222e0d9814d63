//! When the money comes, drawn by the app as inline SVG (no chart library, no CSP exception):
//! months of service along the axis, each payment stacked at its month, the monthly allowance as a
//! band. The same payments follow as a table, for screen readers and for anyone who prefers it.

use crate::ctx::Ctx;
use enlistment_rules::benefits::{Estimate, LineId};
use yew::prelude::*;

const LEFT: i32 = 60;
const RIGHT: i32 = 580;
const AXIS_Y: i32 = 176;

fn x(month: u8, months: u8) -> i32 {
    LEFT + (RIGHT - LEFT) * i32::from(month) / i32::from(months.max(1))
}

pub fn payment_timeline(ctx: &Ctx, e: &Estimate) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
    let months = e.payments.iter().map(|p| p.month).max().unwrap_or(24).max(12);
    let has_allowance = e.line(LineId::Allowance).is_some_and(|l| l.money.bounds().is_some());
    let ticks: Vec<u8> = (0..=months).step_by(6).collect();
    let mut stacked: Vec<(u8, usize)> = Vec::new();
    let marks: Vec<Html> = e
        .payments
        .iter()
        .map(|p| {
            let n = stacked.iter().filter(|(m, _)| *m == p.month).count();
            stacked.push((p.month, n));
            let (cx, cy) = (x(p.month, months), AXIS_Y - 22 - 26 * n as i32);
            let end = p.month == months;
            let label = format!("{} {}", w.line(p.line), w.money(p.money));
            html! {
                <g class={classes!("payment", format!("pay-{}", p.line.key()))}>
                    <circle cx={cx.to_string()} cy={cy.to_string()} r="6" />
                    <text x={(if end { cx - 10 } else { cx + 10 }).to_string()} y={(cy + 5).to_string()}
                        text-anchor={if end { "end" } else { "start" }}>{ label }</text>
                </g>
            }
        })
        .collect();
    let when = |m: u8| {
        if m == 0 {
            t.timeline_enlist().to_string()
        } else if m == months {
            t.timeline_discharge().to_string()
        } else {
            t.timeline_month(m)
        }
    };
    html! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{ t.timeline_title() }</h2>
            <svg viewBox="0 0 640 210" class="timeline-chart" role="img" aria-labelledby="timeline-title" focusable="false">
                if has_allowance {
                    <rect class="allowance" x={LEFT.to_string()} y="14" width={(RIGHT - LEFT).to_string()} height="12" rx="6" />
                    <text class="allowance-label" x={LEFT.to_string()} y="44">{ t.timeline_allowance() }</text>
                }
                <line class="axis" x1={LEFT.to_string()} y1={AXIS_Y.to_string()} x2={RIGHT.to_string()} y2={AXIS_Y.to_string()} />
                { for ticks.iter().map(|m| html! {
                    <g class="tick">
                        <line x1={x(*m, months).to_string()} y1={(AXIS_Y - 5).to_string()} x2={x(*m, months).to_string()} y2={(AXIS_Y + 5).to_string()} />
                        <text x={x(*m, months).to_string()} y={(AXIS_Y + 24).to_string()} text-anchor="middle">{ when(*m) }</text>
                    </g>
                }) }
                { for marks }
            </svg>
            <table class="payments">
                <caption class="visually-hidden">{ t.timeline_title() }</caption>
                <thead><tr><th scope="col">{ t.col_when() }</th><th scope="col">{ t.col_item() }</th><th scope="col">{ t.col_amount() }</th></tr></thead>
                <tbody>
                    { for e.payments.iter().map(|p| html! {
                        <tr><td>{ when(p.month) }</td><td>{ w.line(p.line) }</td><td>{ w.money(p.money) }</td></tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

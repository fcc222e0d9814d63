//! The coming rounds along a line, drawn as inline SVG (no chart library, no CSP exception): one
//! mark per round, its shape saying the verdict (filled: likely eligible; ring: needs a check;
//! cross: not eligible), the earliest round ringed and labelled. The viewBox is 320 units wide and
//! the labels are short, so it reads at 320 px. Screen readers get the same rounds as a table.

use crate::ctx::Ctx;
use enlistment_rules::date::iso;
use enlistment_rules::plan::Plan;
use enlistment_rules::report::{Status, Verdict};
use enlistment_rules::round::Half;
use yew::prelude::*;

const WIDTH: i32 = 320;
const DOT_Y: i32 = 28;

fn mark(verdict: Verdict, cx: i32) -> Html {
    let (x, y) = (cx.to_string(), DOT_Y.to_string());
    match verdict {
        Verdict::LikelyEligible => html! { <circle class="plan-yes" cx={x} cy={y} r="7" /> },
        Verdict::NeedsCheck => html! { <circle class="plan-maybe" cx={x} cy={y} r="6" /> },
        Verdict::NotEligible => {
            let d = 6;
            html! {
                <g class="plan-no">
                    <line x1={(cx - d).to_string()} y1={(DOT_Y - d).to_string()} x2={(cx + d).to_string()} y2={(DOT_Y + d).to_string()} />
                    <line x1={(cx - d).to_string()} y1={(DOT_Y + d).to_string()} x2={(cx + d).to_string()} y2={(DOT_Y - d).to_string()} />
                </g>
            }
        }
    }
}

pub fn plan_timeline(ctx: &Ctx, plan: &Plan) -> Html {
    let (t, w, l) = (ctx.t(), ctx.w(), ctx.locale());
    let n = plan.rounds.len().max(1) as i32;
    let step = WIDTH / n;
    let x = |i: usize| step / 2 + step * i as i32;
    let open_items = |r: &enlistment_rules::plan::PlanRound| {
        let names: Vec<&str> = r
            .report
            .checks
            .iter()
            .filter(|c| c.status == Status::Fail || c.status == Status::NeedsCheck)
            .map(|c| w.check(c.id))
            .collect();
        names.join(l.list_sep())
    };
    html! {
        <div class="plan-timeline">
            <svg viewBox={format!("0 0 {WIDTH} 72")} class="plan-chart" aria-hidden="true" focusable="false">
                <line class="plan-axis" x1={x(0).to_string()} y1={DOT_Y.to_string()} x2={x(plan.rounds.len().saturating_sub(1)).to_string()} y2={DOT_Y.to_string()} />
                { for plan.rounds.iter().enumerate().map(|(i, r)| {
                    let earliest = plan.earliest == Some(r.round);
                    html! {
                        <g class={classes!("plan-round", earliest.then_some("plan-earliest"))} data-round={r.round.to_string()}>
                            if earliest {
                                <circle class="plan-ring" cx={x(i).to_string()} cy={DOT_Y.to_string()} r="11" />
                                <text x={x(i).to_string()} y="10" text-anchor="middle">{ t.plan_earliest_mark() }</text>
                            }
                            { mark(r.report.verdict, x(i)) }
                            <text x={x(i).to_string()} y="54" text-anchor="middle">{ r.round.year.to_string() }</text>
                            <text x={x(i).to_string()} y="68" text-anchor="middle">{ if r.round.half == Half::H1 { t.plan_h1_short() } else { t.plan_h2_short() } }</text>
                        </g>
                    }
                }) }
            </svg>
            // A table ignores a 1 px width: the wrapper clips it (else it widens the page at 360 px).
            <div class="visually-hidden">
            <table data-testid="plan-table">
                <caption>{ t.plan_table_caption() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.plan_col_round() }</th>
                        <th scope="col">{ t.plan_col_register() }</th>
                        <th scope="col">{ t.plan_col_result() }</th>
                        <th scope="col">{ t.plan_col_open_items() }</th>
                    </tr>
                </thead>
                <tbody>
                    { for plan.rounds.iter().map(|r| {
                        let c = &r.calendar;
                        let mut round = w.round(r.round);
                        if plan.earliest == Some(r.round) {
                            round.push_str(&l.aside(t.plan_earliest_mark()));
                        }
                        html! {
                            <tr>
                                <th scope="row">{ round }</th>
                                <td><time datetime={iso(c.register_by)}>{ l.marked_date(c.register_by, c.register_by_alt, c.register_confidence) }</time></td>
                                <td>{ w.verdict(r.report.verdict) }</td>
                                <td>{ open_items(r) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
        </div>
    }
}

//! Site footer: the "self-check, not an official decision" notice, the official site, and how
//! current the rules data is (portal inspections require a visible update time), linking to the sources,
//! and on the pages that show source grades, a one-line legend of what A, B and C mean.

use super::external_link::external_link;
use crate::ctx::Ctx;
use crate::route::Page;
use enlistment_rules::data::rules_updated;
use enlistment_rules::date::iso;
use yew::prelude::*;

pub fn footer(ctx: &Ctx) -> Html {
    let t = ctx.t();
    html! {
        <footer class="site-footer">
            <p class="notice" data-testid="official-notice">{ t.footer_notice() }</p>
            <p>{ t.footer_official() }{ external_link(ctx, "gfbzb", html! { t.official_site_name() }) }</p>
            if ctx.loc.page != Page::About { <p class="grade-legend" data-testid="grade-legend">{ t.grade_legend() }</p> }
            <p><a href={ctx.link(Page::Sources)} data-testid="rules-updated">{ t.footer_updated(iso(rules_updated())) }</a></p>
        </footer>
    }
}

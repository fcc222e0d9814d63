//! Site footer: the "self-check, not an official decision" notice and the official site.

use super::external_link::external_link;
use crate::app::Ctx;
use yew::prelude::*;

pub fn footer(ctx: &Ctx) -> Html {
    let t = ctx.t();
    html! {
        <footer class="site-footer">
            <p class="notice" data-testid="official-notice">{ t.footer_notice() }</p>
            <p>{ t.footer_official() }{ external_link(ctx, "gfbzb", html! { t.official_site_name() }) }</p>
        </footer>
    }
}

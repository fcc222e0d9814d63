//! Site footer: the "self-check, not an official decision" notice and the official site.

use super::external_link::ExternalLink;
use crate::app::use_ctx;
use yew::prelude::*;

#[component]
pub fn Footer() -> Html {
    let t = use_ctx().t();
    html! {
        <footer class="site-footer">
            <p class="notice" data-testid="official-notice">{ t.footer_notice }</p>
            <p>{ t.footer_official }<ExternalLink source="gfbzb">{ t.official_site_name }</ExternalLink></p>
        </footer>
    }
}

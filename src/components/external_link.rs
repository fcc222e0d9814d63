//! A link to another site: always a new tab, `rel="noopener noreferrer"` (the other site learns
//! nothing about this page, not even its address), and an announced "opens in a new tab".
//! Only addresses from the sources data are used, so every outbound link is a cited source.

use crate::app::Ctx;
use yew::prelude::*;

/// `source` is an id from `crates/rules/data/sources.toml`; its address is the link target.
pub fn external_link(ctx: &Ctx, source: &str, text: Html) -> Html {
    let Some(src) = enlistment_rules::data::source(source) else {
        return text;
    };
    html! {
        <a href={src.url} target="_blank" rel="noopener noreferrer" class="external">
            { text }
            <span class="visually-hidden">{ ctx.t().opens_new_tab() }</span>
        </a>
    }
}

//! A link to another site: always a new tab, `rel="noopener noreferrer"` (the other site learns
//! nothing about this page, not even its address), and an announced "opens in a new tab".
//! Only addresses from the sources data are used, so every outbound link is a cited source.

use crate::app::use_ctx;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExternalLinkProps {
    /// A source id from `crates/rules/data/sources.toml`; its address is the link target.
    pub source: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn ExternalLink(props: &ExternalLinkProps) -> Html {
    let ctx = use_ctx();
    let Some(src) = enlistment_rules::data::source(&props.source) else {
        return props.children.clone();
    };
    html! {
        <a href={src.url} target="_blank" rel="noopener noreferrer" class="external">
            { props.children.clone() }
            <span class="visually-hidden">{ ctx.t().opens_new_tab }</span>
        </a>
    }
}

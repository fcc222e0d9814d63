//! A link to another site: always a new tab, `rel="noopener noreferrer"` (the other site learns
//! nothing about this page, not even its address), and an announced "opens in a new tab".
//! Only addresses from the sources data are used, so every outbound link is a cited source.

use crate::ctx::Ctx;
use enlistment_rules::data::Source;
use yew::prelude::*;

/// The site an address is on, shown next to a link so the reader sees where it goes.
pub fn host(url: &str) -> &str {
    url.split("//").nth(1).and_then(|rest| rest.split('/').next()).unwrap_or(url)
}

fn link(ctx: &Ctx, href: &'static str, text: Html) -> Html {
    html! {
        <a href={href} target="_blank" rel="noopener noreferrer" class="external">
            { text }
            <span class="visually-hidden">{ ctx.t().opens_new_tab() }</span>
        </a>
    }
}

/// `source` is an id from `crates/rules/data/sources.toml`; its address is the link target. A
/// source kept unlinked (only an unofficial copy was seen) gives the text alone.
pub fn external_link(ctx: &Ctx, source: &str, text: Html) -> Html {
    match enlistment_rules::data::source(source).and_then(|s| s.url) {
        Some(url) => link(ctx, url, text),
        None => text,
    }
}

/// What a reader can open for a source, with the site named: the text itself, or the official
/// database to search for its title; a mainstream news report as a second, labelled link; or a
/// plain note that it is not linked.
pub fn source_links(ctx: &Ctx, s: &Source) -> Html {
    let t = ctx.t();
    let Some(url) = s.url else {
        return html! { <span class="unlinked">{ t.sources_unlinked() }</span> };
    };
    let main = if s.search_in.is_empty() {
        t.sources_open().to_string()
    } else {
        t.sources_search(ctx.locale().shown().pick(s.search_in, s.search_in_en))
    };
    html! {
        <>
            { link(ctx, url, html! { <>{ main }{" ("}{ host(url) }{")"}</> }) }
            if let Some(news) = s.news_url {
                {" · "}{ link(ctx, news, html! { <>{ t.sources_news() }{" ("}{ host(news) }{")"}</> }) }
            }
        </>
    }
}

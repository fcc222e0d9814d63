//! Site header: the name, the language switch and the main navigation. Embedded in a portal, it
//! is one slim bar: the portal's chosen sections and the language switch, no name (the portal's
//! page around it says what it is).

use crate::ctx::Ctx;
use crate::route::{Location, Page};
use yew::prelude::*;

/// `skip` is the "skip to main content" link, first in the banner landmark so that every piece of
/// content is inside a landmark.
pub fn header(ctx: &Ctx, skip: Html) -> Html {
    let t = ctx.t();
    let other = ctx.locale().other();
    let switch = Location { locale: other, answers: None, shared: None, ..ctx.loc.clone() }.to_hash();
    let label = |p: Page| match p {
        Page::Check => t.nav_check(),
        Page::Benefits => t.nav_benefits(),
        Page::Process => t.nav_process(),
        Page::Sources => t.nav_sources(),
        Page::About => t.nav_about(),
    };
    let sections: Vec<Page> = ctx.embed.as_ref().map_or(Page::ALL.to_vec(), |e| e.sections.clone());
    let lang_switch = html! {
        <a class="lang-switch" href={switch} lang={other.html_lang()} hreflang={other.html_lang()}
           title={t.switch_language_hint()} data-testid="lang-switch">{ other.name() }</a>
    };
    let nav = (sections.len() > 1).then(|| {
        html! {
            <nav aria-label={t.nav_label()}>
                <ul>
                    { for sections.iter().map(|p| {
                        let current = (*p == ctx.loc.page).then_some("page");
                        html! { <li><a href={ctx.link(*p)} aria-current={current}>{ label(*p) }</a></li> }
                    }) }
                </ul>
            </nav>
        }
    });
    if ctx.embed.is_some() {
        return html! {
            <header class="site-header embedded">
                { skip }
                <div class="bar">{ for nav }{ lang_switch }</div>
            </header>
        };
    }
    html! {
        <header class="site-header">
            { skip }
            <div class="bar">
                <a class="brand" href={ctx.link(sections[0])}>{ t.app_name() }</a>
                { lang_switch }
            </div>
            { for nav }
        </header>
    }
}

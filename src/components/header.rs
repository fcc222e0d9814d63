//! Site header: the name, the language switch and the main navigation.

use crate::app::Ctx;
use crate::route::{Location, Page};
use yew::prelude::*;

pub fn header(ctx: &Ctx) -> Html {
    let t = ctx.t();
    let other = ctx.locale().other();
    let switch = Location { locale: other, answers: None, shared: None, ..ctx.loc.clone() }.to_hash();
    let label = |p: Page| match p {
        Page::Check => t.nav_check,
        Page::Benefits => t.nav_benefits,
        Page::Process => t.nav_process,
        Page::Sources => t.nav_sources,
        Page::About => t.nav_about,
    };
    html! {
        <header class="site-header">
            <div class="bar">
                <a class="brand" href={ctx.link(Page::Check)}>{ t.app_name }</a>
                <a class="lang-switch" href={switch} lang={other.html_lang()} hreflang={other.html_lang()}
                   title={t.switch_language_hint} data-testid="lang-switch">{ t.switch_language }</a>
            </div>
            <nav aria-label={t.nav_label}>
                <ul>
                    { for Page::ALL.into_iter().map(|p| {
                        let current = (p == ctx.loc.page).then_some("page");
                        html! { <li><a href={ctx.link(p)} aria-current={current}>{ label(p) }</a></li> }
                    }) }
                </ul>
            </nav>
        </header>
    }
}

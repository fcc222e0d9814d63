//! Every source in the data, generated from `crates/rules/data/sources.toml` (one place). Each has
//! an anchor (`#/sources/<id>`) that the result and benefits pages link to.

use crate::app::use_ctx;
use crate::browser;
use crate::components::external_link::external_link;
use enlistment_rules::data::{Grade, SOURCES};
use yew::prelude::*;

#[component]
pub fn SourcesPage() -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let l = ctx.locale();
    // Bring the linked source into view and give it focus, so a keyboard or screen-reader user
    // lands where the citation pointed.
    use_effect_with(ctx.loc.anchor.clone(), |anchor| {
        if let Some(a) = anchor {
            browser::focus(&format!("src-{a}"));
        }
    });
    let en = l == crate::i18n::Locale::En;
    html! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{ t.sources_title }</h1>
            <p class="lead">{ t.sources_intro }</p>
            <ol class="sources">
                { for SOURCES.iter().map(|s| {
                    let grade = match s.grade { Grade::A => "grade-a", Grade::B => "grade-b", Grade::C => "grade-c" };
                    let target = ctx.loc.anchor.as_deref() == Some(s.id);
                    html! {
                        <li id={format!("src-{}", s.id)} tabindex="-1" class={classes!("source", target.then_some("target"))}>
                            <h2 class="source-title" lang="zh-CN">{ s.title }</h2>
                            if en { <p class="source-title-en">{ s.title_en }</p> }
                            <p class="meta">
                                <span lang={if en { "en" } else { "zh-CN" }}>{ if en { s.issuer_en } else { s.issuer } }</span>
                                if !s.version.is_empty() { {" · "}<span lang="zh-CN">{ s.version }</span> }
                                if let Some(d) = s.published { {" · "}{ t.sources_published }{" "}{ l.date(d) } }
                                if let Some(d) = s.effective { {" · "}{ t.sources_effective }{" "}{ l.date(d) } }
                            </p>
                            <p class="meta">
                                <span class={classes!("grade", grade)}>{ t.sources_grade }{": "}{ s.grade.letter() }</span>
                                {" · "}{ external_link(&ctx, s.id, html! { t.sources_open }) }
                                {" · "}<code>{ s.id }</code>
                            </p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

//! Every source in the data, generated from `crates/rules/data/sources.toml` (one place), grouped
//! by kind from laws down to aggregators. Each has an anchor (`#/sources/<id>`) that the result,
//! benefits and process pages link to.

use crate::browser;
use crate::components::external_link::source_links;
use crate::ctx::use_ctx;
use enlistment_rules::data::{Grade, SOURCES, Source};
use yew::prelude::*;

/// Most authoritative first; any kind not listed falls into the last group.
const KINDS: [&str; 8] = ["law", "regulation", "notice", "website", "statistics", "media", "school", "aggregator"];

fn kind_of(s: &Source) -> &'static str {
    KINDS.iter().copied().find(|k| *k == s.kind).unwrap_or("aggregator")
}

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
    let en = l != crate::i18n::Locale::Zh;
    let entry = |s: &'static Source| {
        // A page that shows only a year is dated by the year, never by a made-up 1 January.
        let day = |d| if s.year_only { l.year(d) } else { l.date(d) };
        let grade = match s.grade {
            Grade::A => "grade-a",
            Grade::B => "grade-b",
            Grade::C => "grade-c",
        };
        let target = ctx.loc.anchor.as_deref() == Some(s.id);
        html! {
            <li id={format!("src-{}", s.id)} tabindex="-1" class={classes!("source", target.then_some("target"))}>
                <h3 class="source-title" lang="zh-CN">{ s.title }</h3>
                if en { <p class="source-title-en">{ s.title_en }</p> }
                <p class="meta">
                    <span lang={if en { "en" } else { "zh-CN" }} dir="auto">{ if en { s.issuer_en } else { s.issuer } }</span>
                    if !s.version.is_empty() { {" · "}<span lang="zh-CN">{ s.version }</span> }
                    {" · "}
                    if let Some(d) = s.published { { t.sources_published() }{" "}{ day(d) } } else { { t.sources_undated() } }
                    if let Some(d) = s.effective { {" · "}{ t.sources_effective() }{" "}{ day(d) } }
                </p>
                <p class="meta">
                    <span class={classes!("grade", grade)}>{ t.sources_grade() }{": "}{ s.grade.letter() }</span>
                    {" · "}{ source_links(&ctx, s) }
                    {" · "}<code>{ s.id }</code>
                </p>
            </li>
        }
    };
    html! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{ t.sources_title() }</h1>
            <p class="lead">{ t.sources_intro() }</p>
            { for KINDS.iter().map(|k| {
                let group: Vec<&'static Source> = SOURCES.iter().filter(|s| kind_of(s) == *k).collect();
                if group.is_empty() {
                    return Html::default();
                }
                html! {
                    <section class="source-group" aria-labelledby={format!("kind-{k}")}>
                        <h2 id={format!("kind-{k}")}>{ t.text_by_key(&format!("source-kind-{k}")).unwrap_or_default() }{" ("}{ group.len() }{")"}</h2>
                        <ul class="sources">{ for group.into_iter().map(entry) }</ul>
                    </section>
                }
            }) }
        </section>
    }
}

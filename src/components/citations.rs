//! "Based on": each source of a check as a link to its entry on the sources page, with the article
//! and the source's grade; a flag when the value is not verified or the sources disagree.

use crate::ctx::Ctx;
use crate::i18n::Locale;
use crate::route::Page;
use enlistment_rules::data::{Cite, Confidence, Grade, source};
use yew::prelude::*;

/// The title up to its first bracket: "征兵工作条例（国务院…）" -> "征兵工作条例".
pub fn short_title(id: &str, locale: Locale) -> String {
    let Some(s) = source(id) else {
        return id.to_string();
    };
    if locale == Locale::Zh {
        s.title.split('（').next().unwrap_or(s.title).to_string()
    } else {
        s.title_en.split(" (").next().unwrap_or(s.title_en).to_string()
    }
}

pub fn citations(ctx: &Ctx, sources: &[&'static Cite], confidence: Confidence) -> Html {
    let (t, w, l) = (ctx.t(), ctx.w(), ctx.locale());
    if sources.is_empty() {
        return Html::default();
    }
    html! {
        <p class="citations">
            <span class="label">{ t.based_on() }{ l.colon() }</span>
            { for sources.iter().enumerate().map(|(i, c)| {
                let grade = match c.grade { Grade::A => "grade-a", Grade::B => "grade-b", Grade::C => "grade-c" };
                let article = w.article(c);
                html! {
                    <>
                        if i > 0 { { t.punct_semicolon() } }
                        <a href={ctx.loc.link(Page::Sources, Some(c.source))}>
                            { short_title(c.source, l) }
                            if !article.is_empty() { {" "}{ article } }
                        </a>
                        {" "}<abbr class={classes!("grade", grade)} title={t.grade_label()}>{ c.grade.letter() }</abbr>
                    </>
                }
            }) }
            if confidence != Confidence::Verified {
                {" "}<span class={classes!("confidence", format!("confidence-{}", confidence.key()))}>{ w.confidence(confidence) }</span>
            }
        </p>
    }
}

//! The special posts the user asked about, each with its own conditions; not part of the verdict.

use super::criterion::{criterion, status_icon};
use crate::ctx::Ctx;
use enlistment_rules::report::Report;
use yew::prelude::*;

pub fn post_list(ctx: &Ctx, r: &Report) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
    if r.posts.is_empty() {
        return Html::default();
    }
    html! {
        <section class="posts" aria-labelledby="posts-title">
            <h2 id="posts-title">{ t.posts_title() }</h2>
            { for r.posts.iter().map(|post| html! {
                <details class={classes!("post", format!("status-{}", post.status.key()))} data-post={post.post.key()} data-status={post.status.key()}>
                    <summary>
                        <span class="badge"><span aria-hidden="true">{ status_icon(post.status) }</span>{" "}{ w.status(post.status) }</span>
                        {" "}{ w.post(post.post) }
                    </summary>
                    <ul class="criteria-list">{ for post.checks.iter().map(|c| criterion(ctx, c, r.round)) }</ul>
                </details>
            }) }
        </section>
    }
}

//! Step 7 (optional): special posts of interest and priority groups.

use super::{StepCtx, options, toggle};
use crate::components::checkbox_group::{CheckboxGroup, checkbox_group};
use enlistment_rules::applicant::Priority;
use enlistment_rules::report::Post;
use yew::prelude::*;

pub fn posts(s: &StepCtx) -> Html {
    let (t, w, a) = (s.ctx.t(), s.ctx.w(), &*s.ctx.answers);
    html! {
        <>
            { checkbox_group(CheckboxGroup {
                name: "posts", legend: t.q_posts(), hint: Some(t.posts_intro()), selected: a.posts.iter().map(|p| p.key()).collect(),
                options: options(Post::ALL, Post::key, |p| w.post(p)),
                on_toggle: s.set(|a, v| if let Some(p) = Post::from_key(&v) { toggle(&mut a.posts, p) }),
            }) }
            { checkbox_group(CheckboxGroup {
                name: "priority", legend: t.q_priority(), hint: Some(t.hint_priority()), selected: a.priority.iter().map(|p| p.key()).collect(),
                options: options(Priority::ALL, Priority::key, |p| w.priority(p)),
                on_toggle: s.set(|a, v| if let Some(p) = Priority::from_key(&v) { toggle(&mut a.priority, p) }),
            }) }
        </>
    }
}

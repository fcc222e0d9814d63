//! The official channels: 全国征兵网 first and as the only official online platform, the account,
//! the local offices, and provincial accounts only where a source verifies them.

use super::citations::citations;
use super::external_link::external_link;
use crate::ctx::Ctx;
use enlistment_rules::process::ChannelId;
use yew::prelude::*;

pub fn channel_list(ctx: &Ctx) -> Html {
    let (t, w) = (ctx.t(), ctx.w());
    html! {
        <section id="channels" aria-labelledby="channels-title">
            <h2 id="channels-title" tabindex="-1">{ t.channels_title() }</h2>
            { for ChannelId::ALL.iter().map(|c| {
                let (title, body) = w.channel(*c);
                let rule = c.rule(ctx.today);
                html! {
                    <div class="channel" data-channel={c.key()}>
                        <h3>{ title }</h3>
                        <p>{ body }</p>
                        if *c == ChannelId::Gfbzb {
                            <p>{ external_link(ctx, "gfbzb", html! { <>{ t.channels_open() }{" (www.gfbzb.gov.cn)"}</> }) }</p>
                        }
                        if let Some(r) = rule { { citations(ctx, &r.cite.iter().collect::<Vec<_>>(), r.confidence) } }
                    </div>
                }
            }) }
        </section>
    }
}

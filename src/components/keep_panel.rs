//! Keep, share, print, erase. Answers live in the address fragment; storing them on the device
//! happens only if the user ticks "remember"; a share link carries only non-sensitive answers
//! unless the user chooses to include everything.

use crate::browser;
use crate::ctx::{Flash, use_ctx};
use crate::route::{Location, Page};
use crate::state::answers::Action;
use crate::state::codec::{self, Scope, SharedResult};
use enlistment_rules::report::Report;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeepPanelProps {
    pub report: Rc<Report>,
    /// The answers were erased: the page starts again (its own state, which this panel does not own).
    pub on_erased: Callback<()>,
}

#[component]
pub fn KeepPanel(p: &KeepPanelProps) -> Html {
    let ctx = use_ctx();
    let t = ctx.t();
    let include_all = use_state(|| false);
    let link = use_state(|| None::<String>);
    let copied = use_state(|| false);
    let confirm_erase = use_state(|| false);

    let make_link = {
        let (ctx, link, include_all, copied, report) =
            (ctx.clone(), link.clone(), include_all.clone(), copied.clone(), p.report.clone());
        Callback::from(move |_: MouseEvent| {
            let all = *include_all;
            let shared = SharedResult { verdict: report.verdict, round: report.round, complete: all };
            let payload = codec::encode(&ctx.answers, if all { Scope::All } else { Scope::Shared }, Some(shared));
            let loc = Location {
                page: Page::Check,
                anchor: None,
                locale: ctx.locale(),
                answers: None,
                shared: Some(payload),
            };
            link.set(Some(format!("{}{}", browser::base_url(), loc.to_hash())));
            copied.set(false);
        })
    };
    let toggle_all = {
        let (include_all, link) = (include_all.clone(), link.clone());
        Callback::from(move |_: Event| {
            include_all.set(!*include_all);
            link.set(None);
        })
    };
    let copy = {
        let (link, copied) = (link.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(l) = &*link {
                browser::copy(l);
                copied.set(true);
            }
        })
    };
    let toggle_remember = {
        let remember = ctx.remember.clone();
        Callback::from(move |_: Event| remember.set(!*remember))
    };
    let erase = {
        let (ctx, confirm_erase, link, on_erased) =
            (ctx.clone(), confirm_erase.clone(), link.clone(), p.on_erased.clone());
        Callback::from(move |_: MouseEvent| {
            ctx.answers.dispatch(Action::Replace(Box::new(ctx.fresh())));
            ctx.remember.set(false);
            browser::forget();
            ctx.flash.set(Some(Flash::Erased));
            confirm_erase.set(false);
            link.set(None);
            on_erased.emit(());
            browser::focus("page-title");
        })
    };
    let ask_erase = {
        let confirm_erase = confirm_erase.clone();
        Callback::from(move |_: MouseEvent| confirm_erase.set(true))
    };
    let cancel_erase = {
        let confirm_erase = confirm_erase.clone();
        Callback::from(move |_: MouseEvent| confirm_erase.set(false))
    };
    html! {
        <section class="keep no-print" aria-labelledby="keep-title">
            <h2 id="keep-title">{ t.keep_title() }</h2>
            <p class="hint">{ t.keep_note() }</p>
            <div class="choice">
                <input type="checkbox" id="remember" checked={*ctx.remember} onchange={toggle_remember} aria-describedby="remember-hint" />
                <label for="remember">{ t.remember() }</label>
            </div>
            <p class="hint" id="remember-hint">{ t.remember_hint() }</p>

            <p class="hint">{ t.share_default_note() }</p>
            <div class="choice">
                <input type="checkbox" id="share-all" checked={*include_all} onchange={toggle_all} />
                <label for="share-all">{ t.share_all() }</label>
            </div>
            <div class="buttons">
                <button type="button" class="button secondary" onclick={make_link} data-testid="share">{ t.share_button() }</button>
                <button type="button" class="button secondary" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ t.print_button() }</button>
            </div>
            if let Some(l) = &*link {
                <div class="field">
                    <label for="share-link">{ t.share_link_label() }</label>
                    <div class="input-row">
                        <input id="share-link" type="text" readonly=true value={l.clone()} data-testid="share-link" />
                        <button type="button" class="button secondary" onclick={copy}>{ if *copied { t.share_copied() } else { t.share_copy() } }</button>
                    </div>
                </div>
            }
            <div class="buttons">
                if *confirm_erase {
                    <button type="button" class="button danger" onclick={erase} data-testid="erase-confirm">{ t.erase_confirm() }</button>
                    <button type="button" class="button secondary" onclick={cancel_erase}>{ t.erase_cancel() }</button>
                } else {
                    <button type="button" class="button secondary" onclick={ask_erase} data-testid="erase">{ t.erase_button() }</button>
                }
            </div>
        </section>
    }
}

//! The top-level component: the location (page, language), the answers shared by every page, and
//! keeping the address bar in step with both. Provides them as context.

use crate::browser;
use crate::components::{footer::footer, header::header};
use crate::ctx::{Ctx, Flash, fresh};
use crate::embed::Embed;
use crate::pages;
use crate::route::{Location, Page};
use crate::state::answers::{Action, Answers};
use crate::state::codec::{self, Scope};
use enlistment_rules::date::Date;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub start: Location,
    pub today: Date,
    /// Embed mode, with the portal's parameters; `None` for the full site.
    #[prop_or_default]
    pub embed: Option<Rc<Embed>>,
    /// This tab's own answers and step after a reload (`history.state`; see `browser::replace_address`).
    #[prop_or_default]
    pub restored: Option<String>,
    #[prop_or_default]
    pub step: Option<usize>,
}

/// Answers and message from a fragment: `a=` (own answers) or `s=` (a share link).
fn import(loc: &Location) -> (Option<Answers>, Option<Flash>) {
    let payload = loc.shared.as_ref().or(loc.answers.as_ref());
    match payload.map(|p| codec::decode(p)) {
        None => (None, None),
        Some(Ok(d)) => (Some(d.answers), d.shared.map(Flash::Shared)),
        Some(Err(_)) => (None, Some(Flash::Refused)),
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // The starting address is read once: App renders again on every answer.
    let start = use_state(|| {
        let (answers, flash) = import(&props.start);
        // After a reload the tab's own state has the whole answers; the address only the
        // non-sensitive ones. A share link in the address wins.
        match props.restored.as_deref().filter(|_| props.start.shared.is_none()).map(codec::decode) {
            Some(Ok(d)) => (Some(d.answers), flash.filter(|f| *f != Flash::Refused)),
            _ => (answers, flash),
        }
    });
    let loc = use_state(|| props.start.clone());
    let answers = use_reducer_eq(|| start.0.clone().unwrap_or_else(|| fresh(props.embed.as_deref())));
    let flash = use_state(|| start.1);
    let remember = use_state(|| false);
    {
        let (loc, answers, flash, remember) = (loc.clone(), answers.clone(), flash.clone(), remember.clone());
        let started_with = start.0.clone();
        use_effect_with((), move |_| {
            // Saved answers are read only if the user chose to keep them, and only when the
            // address carries no answers or these same ones (a new tab with this device's own
            // address: the saved copy adds the health and political answers the address leaves out).
            if let Some(saved) = browser::remembered() {
                remember.set(true);
                let address = |a: &Answers| codec::encode(a, Scope::Address, None);
                if let Ok(d) = codec::decode(&saved)
                    && started_with.as_ref().is_none_or(|s| address(s) == address(&d.answers))
                {
                    answers.dispatch(Action::Replace(Box::new(d.answers)));
                }
            }
            let listener = browser::on_hashchange(move |hash| {
                let next = Location::parse(&hash);
                // A share link pasted into this tab replaces the answers; otherwise the answers in
                // memory stay and are written back into the new address.
                if next.shared.is_some() {
                    let (a, f) = import(&next);
                    if let Some(a) = a {
                        answers.dispatch(Action::Replace(Box::new(a)));
                    }
                    flash.set(f);
                }
                loc.set(next);
            });
            move || drop(listener)
        });
    }
    // A language other than the reference arrives as a small file the first time it is chosen;
    // until then the page stays in the reference language (`Locale::shown`).
    let arrived = use_state(|| 0u8);
    {
        let arrived = arrived.clone();
        use_effect_with((loc.locale, *arrived), move |(l, _)| {
            browser::set_language(l.shown());
            if let (false, Some((file, integrity))) = (l.ready(), l.file()) {
                let l = *l;
                wasm_bindgen_futures::spawn_local(async move {
                    let installed = browser::fetch_language(file, integrity).await.is_some_and(|text| l.install(text));
                    if installed {
                        arrived.set(*arrived + 1);
                    } else {
                        browser::warn("the language file could not be loaded; showing Chinese");
                    }
                });
            }
        });
    }
    {
        // The address always shows the current page, language and the non-sensitive answers (never
        // a share payload); the whole answers go to this tab's own state, not into the address.
        let remember = *remember;
        let blank = fresh(props.embed.as_deref());
        use_effect_with(((*answers).clone(), (*loc).clone(), remember), move |(answers, loc, remember)| {
            let payload = (*answers != blank).then(|| codec::encode(answers, Scope::All, None));
            let address =
                payload.as_ref().map(|_| codec::encode(answers, Scope::Address, None)).filter(|p| p != codec::VERSION);
            let want = Location { answers: address, shared: None, ..loc.clone() }.to_hash();
            browser::replace_address(&want, payload.as_deref());
            match (remember, payload) {
                (true, Some(p)) => browser::remember(&p),
                (true, None) | (false, _) => browser::forget(),
            }
        });
    }

    #[cfg(feature = "force-panic")]
    if loc.anchor.as_deref() == Some("force-panic") {
        panic!("forced by the force-panic test build");
    }
    let ctx = Ctx {
        loc: (*loc).clone(),
        today: props.today,
        answers,
        flash,
        remember,
        embed: props.embed.clone(),
        start_step: props.step,
        words: *arrived,
    };
    let page = match loc.page {
        Page::Check => html! { <pages::check::CheckPage /> },
        Page::Benefits => html! { <pages::benefits::BenefitsPage /> },
        Page::Process => html! { <pages::process::ProcessPage /> },
        Page::Sources => html! { <pages::sources::SourcesPage /> },
        Page::About => html! { <pages::about::AboutPage /> },
    };
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus("main");
    });
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
            { header(&ctx, html! {
                <a class="skip-link" href={ctx.loc.link(ctx.loc.page, ctx.loc.anchor.as_deref())} onclick={skip}>{ ctx.t().skip_to_main() }</a>
            }) }
            <main id="main" tabindex="-1" lang={ctx.locale().shown().html_lang()}>{ page }</main>
            { footer(&ctx) }
        </ContextProvider<Ctx>>
    }
}

//! The top-level component: the location (page, language), the answers shared by every page, and
//! keeping the address bar in step with both. Provides them as context.

use crate::browser;
use crate::components::{footer::footer, header::header};
use crate::embed::Embed;
use crate::i18n::{Cat, Locale};
use crate::pages;
use crate::route::{Location, Page};
use crate::state::answers::{Action, Answers};
use crate::state::codec::{self, Scope, SharedResult};
use enlistment_rules::date::Date;
use std::rc::Rc;
use yew::prelude::*;

/// A one-off message at the top of the self-check: why a fragment was refused, what a shared
/// link carried, or that the answers were erased.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Flash {
    Refused,
    Shared(SharedResult),
    Erased,
}

/// What every component may read: where we are, in which language, today's date (the browser's,
/// passed in so tests can fix it), the answers and the user's storage choice.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub loc: Location,
    pub today: Date,
    pub answers: UseReducerHandle<Answers>,
    pub flash: UseStateHandle<Option<Flash>>,
    pub remember: UseStateHandle<bool>,
    /// Set in embed mode (`embed.html`): the portal's parameters.
    pub embed: Option<Rc<Embed>>,
    /// How many language files have arrived: a change re-renders every component that reads the
    /// context, so a page shown in the reference language switches once its words are here.
    pub words: u8,
}

impl Ctx {
    pub fn locale(&self) -> Locale {
        self.loc.locale
    }

    pub fn t(&self) -> &'static Cat {
        self.loc.locale.t()
    }

    pub fn w(&self) -> &'static Cat {
        self.loc.locale.w()
    }

    pub fn link(&self, page: Page) -> String {
        self.loc.link(page, None)
    }

    /// A blank form (see [`fresh`]).
    pub fn fresh(&self) -> Answers {
        fresh(self.embed.as_deref())
    }

    /// Nothing answered beyond what a blank form starts with.
    pub fn untouched(&self) -> bool {
        *self.answers == self.fresh()
    }

    pub fn edit(&self, f: impl Fn(&mut Answers) + 'static) {
        self.answers.dispatch(Action::edit(f));
    }

    /// A callback that writes a typed or chosen value into the answers.
    pub fn setter(&self, set: fn(&mut Answers, String)) -> Callback<String> {
        let ctx = self.clone();
        Callback::from(move |v: String| ctx.edit(move |a| set(a, v.clone())))
    }
}

/// A blank form: empty, or in embed mode the portal's region, place and round. The user's own
/// answers always win; erasing returns here.
pub fn fresh(embed: Option<&Embed>) -> Answers {
    match embed {
        Some(e) => Answers { region: e.region, place: e.place, round: e.round, ..Answers::default() },
        None => Answers::default(),
    }
}

/// The context, for components below `App`.
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("components are rendered inside App")
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub start: Location,
    pub today: Date,
    /// Embed mode, with the portal's parameters; `None` for the full site.
    #[prop_or_default]
    pub embed: Option<Rc<Embed>>,
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
    let start = use_state(|| import(&props.start));
    let loc = use_state(|| props.start.clone());
    let answers = use_reducer_eq(|| start.0.clone().unwrap_or_else(|| fresh(props.embed.as_deref())));
    let flash = use_state(|| start.1);
    let remember = use_state(|| false);
    {
        let (loc, answers, flash, remember) = (loc.clone(), answers.clone(), flash.clone(), remember.clone());
        let had_answers = start.0.is_some();
        use_effect_with((), move |_| {
            // Saved answers are read only if the user chose to keep them, and only when the
            // address does not already carry answers.
            if let Some(saved) = browser::remembered() {
                remember.set(true);
                if !had_answers && let Ok(d) = codec::decode(&saved) {
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
        // The address always shows the current page, language and answers (never a share payload).
        let remember = *remember;
        let blank = fresh(props.embed.as_deref());
        use_effect_with(((*answers).clone(), (*loc).clone(), remember), move |(answers, loc, remember)| {
            let payload = (*answers != blank).then(|| codec::encode(answers, Scope::All, None));
            let want = Location { answers: payload.clone(), shared: None, ..loc.clone() }.to_hash();
            if browser::hash() != want {
                browser::replace_hash(&want);
            }
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

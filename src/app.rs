//! The top-level component: holds the location (page, language) and provides it as context.

use crate::browser;
use crate::components::{footer::Footer, header::Header};
use crate::i18n::{Locale, Texts};
use crate::pages;
use crate::route::{Location, Page};
use enlistment_rules::date::Date;
use yew::prelude::*;

/// What every component may read: where we are, in which language, and today's date (the
/// browser's, passed in so that tests can fix it).
#[derive(Clone, PartialEq, Debug)]
pub struct Ctx {
    pub loc: Location,
    pub today: Date,
}

impl Ctx {
    pub fn locale(&self) -> Locale {
        self.loc.locale
    }

    pub fn t(&self) -> &'static Texts {
        self.loc.locale.t()
    }

    pub fn link(&self, page: Page) -> String {
        self.loc.link(page, None)
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
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let loc = use_state(|| props.start.clone());
    {
        let loc = loc.clone();
        use_effect_with((), move |_| {
            browser::remove_boot_view();
            let listener = browser::on_hashchange(move |hash| loc.set(Location::parse(&hash)));
            move || drop(listener)
        });
    }
    use_effect_with(loc.locale, |l| browser::set_language(*l));

    let ctx = Ctx { loc: (*loc).clone(), today: props.today };
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
            <a class="skip-link" href={ctx.loc.to_hash()} onclick={skip}>{ ctx.t().skip_to_main }</a>
            <Header />
            <main id="main" tabindex="-1" lang={ctx.locale().html_lang()}>{ page }</main>
            <Footer />
        </ContextProvider<Ctx>>
    }
}

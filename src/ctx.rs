//! The context every component reads: where we are, in which language, today's date, the answers
//! and the storage choice. Its own module (as in Yew's `examples/contexts`), so components import
//! this and never `app.rs`, which imports them.

use crate::embed::Embed;
use crate::i18n::{Cat, Locale};
use crate::route::{Location, Page};
use crate::state::answers::{Action, Answers};
use crate::state::codec::SharedResult;
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
    /// The self-check's step before a reload (an index of `steps::Step::ALL`).
    pub start_step: Option<usize>,
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

//! The questions, one topic per step, each a function of the page's state. A step reads the
//! answers from context, writes them with `Ctx::edit`, and shows a field's error once the user has
//! left that field (or pressed Next).

pub mod basics;
pub mod body;
pub mod education;
pub mod eyes;
pub mod health;
pub mod political;
pub mod posts;
pub mod review;

use crate::ctx::Ctx;
use crate::i18n::Cat;
use crate::state::answers::{Answers, Converted};
use enlistment_rules::applicant::{Applicant, Field};
use enlistment_rules::data::PROVINCES;
use enlistment_rules::round::rounds_for_list;
use std::collections::BTreeSet;
use yew::prelude::*;

/// The steps of the self-check, in order. Everything that belongs to a step (its title, its typed
/// fields, its view) is a method here, so steps cannot drift out of line by index.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Step {
    Basics,
    Education,
    Body,
    Eyes,
    Health,
    Political,
    Posts,
    Review,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Basics,
        Step::Education,
        Step::Body,
        Step::Eyes,
        Step::Health,
        Step::Political,
        Step::Posts,
        Step::Review,
    ];
    pub const FIRST: Step = Step::Basics;
    pub const LAST: Step = Step::Review;

    /// 0-based position (shown 1-based as "step 2 of 8").
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Step {
        Step::ALL.get(self.index() + 1).copied().unwrap_or(Step::LAST)
    }

    pub fn prev(self) -> Step {
        Step::ALL[self.index().saturating_sub(1)]
    }

    pub fn title(self, t: &'static Cat) -> &'static str {
        match self {
            Step::Basics => t.step_basics(),
            Step::Education => t.step_education(),
            Step::Body => t.step_body(),
            Step::Eyes => t.step_eyes(),
            Step::Health => t.step_health(),
            Step::Political => t.step_political(),
            Step::Posts => t.step_posts(),
            Step::Review => t.step_review(),
        }
    }

    /// The fields with typed values on this step (the ones that can be invalid and block "Next").
    pub fn fields(self) -> &'static [Field] {
        match self {
            Step::Basics => &[Field::BirthDate],
            Step::Education => &[Field::GraduationYear],
            Step::Body => &[Field::HeightCm, Field::WeightKg],
            Step::Eyes => &[Field::VisionLeft, Field::VisionRight, Field::RefractiveSurgeryMonths],
            Step::Health => &[
                Field::TattooExposedCm,
                Field::TattooElsewhereCm,
                Field::SystolicMmhg,
                Field::DiastolicMmhg,
                Field::HeartRateBpm,
                Field::WhisperLeftM,
                Field::WhisperRightM,
            ],
            Step::Political | Step::Posts | Step::Review => &[],
        }
    }

    pub fn view(self, s: &StepCtx) -> Html {
        match self {
            Step::Basics => basics::basics(s),
            Step::Education => education::education(s),
            Step::Body => body::body(s),
            Step::Eyes => eyes::eyes(s),
            Step::Health => health::health(s),
            Step::Political => political::political(s),
            Step::Posts => posts::posts(s),
            Step::Review => review::review(s),
        }
    }
}

/// What a step needs from the page.
pub struct StepCtx<'a> {
    pub ctx: &'a Ctx,
    pub conv: &'a Converted<Applicant>,
    /// Ids of the fields whose errors are shown.
    pub shown: &'a BTreeSet<&'static str>,
    /// A field was left.
    pub on_blur: Callback<Field>,
    /// Go to a step; used by the review's "Change" links.
    pub on_go: Callback<Step>,
}

/// The DOM id of a field's input.
pub fn field_id(f: Field) -> &'static str {
    match f {
        Field::BirthDate | Field::BirthYear => "birth",
        Field::GraduationYear => "graduation-year",
        Field::HeightCm => "height",
        Field::WeightKg => "weight",
        Field::VisionLeft | Field::VisionLeftDecimal => "vision-left",
        Field::VisionRight | Field::VisionRightDecimal => "vision-right",
        Field::RefractiveSurgeryMonths => "surgery-months",
        Field::TattooExposedCm => "tattoo-exposed",
        Field::TattooElsewhereCm => "tattoo-elsewhere",
        Field::SystolicMmhg => "systolic",
        Field::DiastolicMmhg => "diastolic",
        Field::HeartRateBpm => "heart-rate",
        Field::WhisperLeftM => "whisper-left",
        Field::WhisperRightM => "whisper-right",
        _ => "field",
    }
}

/// The message for a field's error, naming the scale the user chose for eyesight.
pub fn message(ctx: &Ctx, f: Field, code: enlistment_rules::applicant::ErrorCode) -> String {
    let shown_field = match (f, ctx.answers.decimal_vision) {
        (Field::VisionLeft, true) => Field::VisionLeftDecimal,
        (Field::VisionRight, true) => Field::VisionRightDecimal,
        _ => f,
    };
    ctx.w().field_error(shown_field, code)
}

impl StepCtx<'_> {
    /// The message to show next to a field, if it has an error and has been left.
    pub fn error(&self, f: Field) -> Option<String> {
        if !self.shown.contains(field_id(f)) {
            return None;
        }
        self.conv.error(f).map(|code| message(self.ctx, f, code))
    }

    pub fn blur(&self, f: Field) -> Callback<()> {
        self.on_blur.reform(move |_| f)
    }

    /// A callback that writes a typed value into the answers.
    pub fn set(&self, set: fn(&mut Answers, String)) -> Callback<String> {
        self.ctx.setter(set)
    }

    /// Options for a yes/no question.
    pub fn yes_no(&self) -> Vec<(&'static str, String)> {
        vec![("y", self.ctx.t().yes().into()), ("n", self.ctx.t().no().into())]
    }
}

pub fn yn(b: Option<bool>) -> Option<&'static str> {
    b.map(|b| if b { "y" } else { "n" })
}

/// Options from a keyed enum and a label function.
pub fn options<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Vec<(&'static str, String)> {
    all.iter().map(|x| (key(*x), label(*x).to_string())).collect()
}

/// The rounds in the data, for a select: key and name in the page's language; open and coming
/// rounds first, closed ones after them and marked so.
pub fn round_options(ctx: &Ctx) -> Vec<(String, String)> {
    let (t, w) = (ctx.t(), ctx.w());
    rounds_for_list(ctx.today)
        .into_iter()
        .map(|(r, closed)| (r.to_string(), if closed { t.round_closed_option(w.round(r)) } else { w.round(r) }))
        .collect()
}

/// "Not given" and the provinces, for a select: code and name in the page's language.
pub fn region_options(ctx: &Ctx) -> Vec<(String, String)> {
    let l = ctx.locale();
    let provinces = PROVINCES.iter().map(|p| (p.code.to_string(), l.pick(p.name, p.name_en).to_string()));
    std::iter::once((String::new(), ctx.t().region_none().to_string())).chain(provinces).collect()
}

/// Adds or removes an item of a list (checkbox answers).
pub fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => drop(list.remove(i)),
        None => list.push(item),
    }
}

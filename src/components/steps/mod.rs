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

use crate::app::Ctx;
use crate::state::answers::{Answers, Converted};
use enlistment_rules::applicant::{Applicant, Field};
use enlistment_rules::data::PROVINCES;
use enlistment_rules::round::rounds_for_list;
use std::collections::BTreeSet;
use yew::prelude::*;

/// What a step needs from the page.
pub struct Step<'a> {
    pub ctx: &'a Ctx,
    pub conv: &'a Converted<Applicant>,
    /// Ids of the fields whose errors are shown.
    pub shown: &'a BTreeSet<&'static str>,
    /// A field was left.
    pub on_blur: Callback<Field>,
    /// Go to a step (0-based); used by the review's "Change" links.
    pub on_go: Callback<usize>,
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
        Field::WhisperHearingM => "whisper",
        _ => "field",
    }
}

/// The fields with typed values on each step (the ones that can be invalid).
pub const STEP_FIELDS: [&[Field]; 8] = [
    &[Field::BirthDate],
    &[Field::GraduationYear],
    &[Field::HeightCm, Field::WeightKg],
    &[Field::VisionLeft, Field::VisionRight, Field::RefractiveSurgeryMonths],
    &[
        Field::TattooExposedCm,
        Field::TattooElsewhereCm,
        Field::SystolicMmhg,
        Field::DiastolicMmhg,
        Field::HeartRateBpm,
        Field::WhisperHearingM,
    ],
    &[],
    &[],
    &[],
];

/// The message for a field's error, naming the scale the user chose for eyesight.
pub fn message(ctx: &Ctx, f: Field, code: enlistment_rules::applicant::ErrorCode) -> String {
    let shown_field = match (f, ctx.answers.decimal_vision) {
        (Field::VisionLeft, true) => Field::VisionLeftDecimal,
        (Field::VisionRight, true) => Field::VisionRightDecimal,
        _ => f,
    };
    ctx.w().field_error(shown_field, code)
}

impl Step<'_> {
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
        vec![("y", self.ctx.t().yes.into()), ("n", self.ctx.t().no.into())]
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
        .map(|(r, closed)| (r.to_string(), if closed { (t.round_closed_option)(&w.round(r)) } else { w.round(r) }))
        .collect()
}

/// "Not given" and the provinces, for a select: code and name in the page's language.
pub fn region_options(ctx: &Ctx) -> Vec<(String, String)> {
    let l = ctx.locale();
    let provinces = PROVINCES.iter().map(|p| (p.code.to_string(), l.pick(p.name, p.name_en).to_string()));
    std::iter::once((String::new(), ctx.t().region_none.to_string())).chain(provinces).collect()
}

/// Adds or removes an item of a list (checkbox answers).
pub fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => drop(list.remove(i)),
        None => list.push(item),
    }
}

//! What each language must be able to say about the engine's keys. Implemented once per locale
//! (`zh/`, `en/`); a missing case is a compile error, so no raw key ever reaches the screen.

use super::Texts;
use enlistment_rules::applicant::{
    ColourVision, CosmeticTattoo, EduStatus, Education, ErrorCode, Field, FlatFeet, PoliticalQuestion, Priority,
    SurgeryKind,
};
use enlistment_rules::benefits::{Basis, Honour, Line, LineId, Money, NonCashId, Posting, TuitionScheme};
use enlistment_rules::data::{Cite, Confidence};
use enlistment_rules::process::{ChannelId, DocId, EventKind, FraudId, StepId};
use enlistment_rules::report::{Check, CheckId, Note, Post, Status, Verdict};
use enlistment_rules::round::{Round, Sex};

/// A step of the process in words: its name, what happens, who does it, and how it differs for women.
pub struct StepWords {
    pub name: &'static str,
    pub what: &'static str,
    pub who: &'static str,
    pub women: Option<&'static str>,
}

pub trait Words: Sync {
    fn t(&self) -> &'static Texts;
    /// The verdict in a few words, for the banner.
    fn verdict(&self, v: Verdict) -> &'static str;
    /// One plain sentence on what the verdict means.
    fn verdict_summary(&self, v: Verdict) -> &'static str;
    fn status(&self, s: Status) -> &'static str;
    fn check(&self, id: CheckId) -> &'static str;
    /// The sentence under a criterion: the user's number, the threshold, how far from it.
    fn explain(&self, c: &Check, round: Round) -> String;
    fn sex(&self, s: Sex) -> &'static str;
    fn education(&self, e: Education) -> &'static str;
    fn edu_status(&self, s: EduStatus) -> &'static str;
    fn surgery(&self, s: SurgeryKind) -> &'static str;
    fn cosmetic(&self, c: CosmeticTattoo) -> &'static str;
    fn colour(&self, c: ColourVision) -> &'static str;
    fn flat_feet(&self, f: FlatFeet) -> &'static str;
    /// The question and why it is asked.
    fn political(&self, q: PoliticalQuestion) -> (&'static str, &'static str);
    fn priority(&self, p: Priority) -> &'static str;
    fn post(&self, p: Post) -> &'static str;
    /// A note's sentence; its numbers come from the note (the data), never typed here.
    fn note(&self, n: &Note) -> String;
    /// "2027年上半年" / "2027, first half (H1)"
    fn round(&self, r: Round) -> String;
    fn confidence(&self, c: Confidence) -> &'static str;
    /// The message next to a field, saying how to fix it.
    fn field_error(&self, f: Field, code: ErrorCode) -> String;
    /// "第20条第3款" / "art. 20(3)", or the section name.
    fn article(&self, c: &Cite) -> String;
    fn line(&self, id: LineId) -> &'static str;
    fn basis(&self, b: Basis) -> &'static str;
    /// The sentence under a benefits line: how the amount was worked out, from what. `place` is
    /// the name of the place whose standard it is.
    fn explain_line(&self, l: &Line, place: &str) -> String;
    fn money(&self, m: Money) -> String;
    fn posting(&self, p: Posting) -> &'static str;
    fn honour(&self, h: Honour) -> &'static str;
    fn scheme(&self, s: TuitionScheme) -> &'static str;
    /// A benefit after service: its name and what it means (with its number, if it has one).
    fn non_cash(&self, id: NonCashId, value: Option<i64>) -> (&'static str, String);
    fn step(&self, s: StepId) -> StepWords;
    /// A document: its name and when it is needed.
    fn doc(&self, d: DocId) -> (&'static str, &'static str);
    /// An official channel: a heading and what to use it for.
    fn channel(&self, c: ChannelId) -> (&'static str, &'static str);
    /// Anti-fraud advice: a heading and its points.
    fn fraud(&self, f: FraudId) -> (&'static str, &'static [&'static str]);
    fn event(&self, k: EventKind) -> &'static str;
}

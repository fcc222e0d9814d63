//! The rules data as Rust statics. The items themselves are generated at build time from
//! `data/**.toml` (see `build.rs` and the `enlistment-rules-data` crate); this module defines
//! their types and how to look a value up at a date.

use crate::date::{Date, ymd};
use crate::keys::{Half, Reason as EduReason, Round, Sex, Status};
use crate::num::Dec1;

/// Source grade: A official text, B mainstream media or school notices, C aggregators.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Grade {
    A,
    B,
    C,
}

impl Grade {
    pub fn letter(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
        }
    }
}

/// How sure the reference is of a value. Only a `Verified` value (the words of a text) may decide a
/// hard `fail`; a check resting on the team's reading (`Derived`), an unverified or a conflicting
/// value says `needs_check` instead (`Check::settle`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Confidence {
    Verified,
    Derived,
    Unverified,
    Conflict,
}

impl Confidence {
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Verified => "verified",
            Confidence::Derived => "derived",
            Confidence::Unverified => "unverified",
            Confidence::Conflict => "conflict",
        }
    }

    /// Verified < derived < unverified < conflict: a check is as sure as its least sure value.
    pub fn rank(self) -> u8 {
        match self {
            Confidence::Verified => 0,
            Confidence::Derived => 1,
            Confidence::Unverified => 2,
            Confidence::Conflict => 3,
        }
    }

    /// Settled enough to say "no": only a value a text states. The team's own reading of a text
    /// (`Derived`) is not: no text says "no" there.
    pub fn settled(self) -> bool {
        self == Confidence::Verified
    }
}

#[derive(Debug)]
pub struct Source {
    pub id: &'static str,
    pub title: &'static str,
    pub title_en: &'static str,
    pub issuer: &'static str,
    pub issuer_en: &'static str,
    pub version: &'static str,
    pub published: Option<Date>,
    pub effective: Option<Date>,
    /// The page shows only a year: the dates hold 1 January of it, never shown as a day.
    pub year_only: bool,
    /// Absent when the only copy seen is on a host a parent should not be sent to.
    pub url: Option<&'static str>,
    /// Set when `url` is an official database's front page: search there for the title.
    pub search_in: &'static str,
    pub search_in_en: &'static str,
    /// A mainstream news report of the same text, a second link labelled as news.
    pub news_url: Option<&'static str>,
    pub grade: Grade,
    pub kind: &'static str,
    pub note: &'static str,
}

/// A pinpoint citation, with its source's grade and effective date copied in at build time.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Cite {
    pub source: &'static str,
    pub article: Option<u16>,
    pub paragraph: Option<u8>,
    pub section: Option<&'static str>,
    pub grade: Grade,
    pub effective: Option<Date>,
    /// The source gives only the year of `effective`.
    pub year_only: bool,
}

/// One value of a parameter, in force from `from` to `until` (inclusive; open-ended when `None`).
/// The quoted excerpt stays in the TOML and `docs/rules.md`: nothing here shows it, and it would
/// cost the page ~6 KB gzip.
#[derive(Debug)]
pub struct Dated<T: 'static> {
    pub from: Date,
    pub until: Option<Date>,
    pub value: T,
    pub cite: &'static [Cite],
    pub confidence: Confidence,
}

#[derive(Debug)]
pub struct Param<T: 'static> {
    pub id: &'static str,
    pub values: &'static [Dated<T>],
}

impl<T> Param<T> {
    /// The value in force on `date`. The last value is open-ended in the data, which is how
    /// rounds without a published notice carry the latest rules forward.
    pub fn at(&self, date: Date) -> Option<&'static Dated<T>> {
        self.values.iter().find(|v| v.from <= date && v.until.is_none_or(|u| date <= u))
    }
}

/// An education track's outcome in one half-year round, with the age cap that goes with it.
#[derive(Debug, Clone, Copy)]
pub struct HalfRule {
    pub outcome: Status,
    pub cap: Option<u8>,
    pub reason: EduReason,
    /// Where this half is less sure than its entry (e.g. only the second half is unclear).
    pub confidence: Option<Confidence>,
    /// Where this half rests on other texts than its entry (empty: the entry's).
    pub cite: &'static [Cite],
}

#[derive(Debug)]
pub struct TrackRule {
    pub h1: HalfRule,
    pub h2: HalfRule,
}

impl TrackRule {
    pub fn half(&self, half: Half) -> HalfRule {
        match half {
            Half::H1 => self.h1,
            Half::H2 => self.h2,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Span {
    pub min: Dec1,
    pub max: Option<Dec1>,
}

#[derive(Debug)]
pub struct SexSpans {
    pub male: Option<Span>,
    pub female: Option<Span>,
}

impl SexSpans {
    pub fn for_sex(&self, sex: Sex) -> Option<Span> {
        match sex {
            Sex::Male => self.male,
            Sex::Female => self.female,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct CapPair {
    pub undergraduate: i64,
    pub postgraduate: i64,
}

#[derive(Debug, Clone, Copy)]
pub struct IntRange {
    pub min: i64,
    pub max: i64,
}

#[derive(Debug)]
pub struct WindowData {
    pub sex: Sex,
    pub opens: Date,
    pub closes: Date,
    /// A second published closing date where sources conflict.
    pub closes_alt: Option<Date>,
    pub cite: &'static [Cite],
    pub confidence: Confidence,
}

#[derive(Debug)]
pub struct RoundData {
    pub round: Round,
    /// The national statement of the year's conditions; empty when not published (provisional).
    pub notice: &'static [Cite],
    /// Without a notice: when the national statement is expected (see [`crate::round::notice_overdue`]).
    pub notice_expected: Option<Date>,
    pub conscription_from: Date,
    pub conscription_until: Date,
    pub conscription_cite: &'static [Cite],
    pub conscription_confidence: Confidence,
    pub approval: Date,
    pub windows: &'static [WindowData],
}

impl RoundData {
    pub fn window(&self, sex: Sex) -> &'static WindowData {
        // The data check guarantees exactly one window per sex.
        self.windows.iter().find(|w| w.sex == sex).unwrap_or(&self.windows[0])
    }
}

#[derive(Debug)]
pub struct Province {
    pub code: &'static str,
    pub name: &'static str,
    pub name_en: &'static str,
}

#[derive(Debug)]
pub struct Place {
    pub id: &'static str,
    pub province: &'static str,
    pub name: &'static str,
    pub name_en: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    FamilyPayment,
    EnlistmentReward,
    DischargeGrant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountKind {
    /// The document states the amount.
    Exact,
    /// The document states a minimum ("不低于").
    Floor,
    /// Only an approximate figure ("约") is published.
    Approx,
    /// A share of a statistic the document names; computed when the statistic is cited.
    Formula,
    /// The rule is known but no amount or statistic is.
    RuleOnly,
    /// Amounts by education group.
    ByEducation,
    /// Minimum amounts by education group ("不低于").
    ByEducationFloor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Statistic {
    UrbanDisposableIncome,
    UrbanConsumption,
    ResidentConsumption,
}

/// Education groups that local documents pay differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EduClass {
    GraduatePostgraduate,
    GraduateBachelor,
    GraduateJuniorCollege,
    StudentPostgraduate,
    StudentBachelor,
    StudentJuniorCollege,
    Other,
}

/// When a local adjustment applies: a posting, or a student group. A Tibet posting is plateau
/// service (高原兵); `Hardship` is any remote hardship posting (Tibet, Xinjiang, plateau).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdjustWhen {
    Tibet,
    Xinjiang,
    Plateau,
    Hardship,
    Bachelor,
    JuniorCollege,
    College,
    /// A graduate (at enlistment) of a 本科 or higher programme.
    BachelorGraduate,
    /// A graduate (at enlistment) of a 专科 (大专) programme.
    JuniorCollegeGraduate,
    /// A university student (enrolled, admitted, or in the final year before graduating).
    CollegeStudent,
}

#[derive(Debug)]
pub struct Adjust {
    pub when: AdjustWhen,
    /// Total percentage of the base (200 = twice); min and max differ where the wording is ambiguous.
    /// Several adjustments add their extra shares; they never multiply each other.
    pub pct_min: Option<i64>,
    pub pct_max: Option<i64>,
    pub add_yuan: Option<i64>,
    /// The base the percentage is of, where the document names one other than the record's figure.
    pub of_yuan: Option<i64>,
    pub confidence: Confidence,
}

#[derive(Debug)]
pub struct Amount {
    pub kind: AmountKind,
    pub yuan: Option<i64>,
    pub share_pct: Option<i64>,
    /// A formula's statistic, whose it is and the year of the published figure's base: the figure
    /// is in `STATISTICS`.
    pub statistic: Option<Statistic>,
    pub stat_area: Option<&'static str>,
    pub stat_year: Option<i32>,
}

#[derive(Debug)]
pub struct LocalRecord {
    pub kind: RecordKind,
    pub place: &'static str,
    pub year: i32,
    pub amount: Amount,
    pub by_education: &'static [(EduClass, i64)],
    pub adjust: &'static [Adjust],
    /// The last enlistment year a time-limited policy covers.
    pub enlist_until: Option<i32>,
    /// Paid after the service, not at enlistment.
    pub paid_after_service: bool,
    /// The amount is per year served.
    pub per_year_served: bool,
    pub cite: &'static [Cite],
    pub confidence: Confidence,
}

#[derive(Debug)]
pub struct StatValue {
    pub statistic: Statistic,
    /// A province code or a place id.
    pub area: &'static str,
    pub year: i32,
    pub tenths: i64,
    pub cite: &'static [Cite],
}

include!(concat!(env!("OUT_DIR"), "/data.rs"));

/// The source with this id.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

/// How current the rules data is: the newest date any source took effect (its publication date
/// when it states no other). Shown in every page's footer ("规则数据更新至 …").
pub fn rules_updated() -> Date {
    // A year-only date is no day: it never stands as "updated on".
    SOURCES.iter().filter(|s| !s.year_only).filter_map(|s| s.effective.or(s.published)).max().unwrap_or(ymd(2024, 1, 1))
}

//! The rules data as read from `data/**.toml`, before it becomes Rust statics.

use std::collections::BTreeMap;
use std::fmt;

/// A calendar date, checked to exist when it is read.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Date {
    pub y: i32,
    pub m: u8,
    pub d: u8,
}

impl Date {
    pub fn new(y: i32, m: u8, d: u8) -> Option<Date> {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (d >= 1 && d <= days && (1900..=2200).contains(&y)).then_some(Date { y, m, d })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
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

/// How sure the reference is of a value (rules-reference.md, "How to read this file").
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Confidence {
    Verified,
    Derived,
    Unverified,
    Conflict,
}

impl Confidence {
    pub fn name(self) -> &'static str {
        match self {
            Confidence::Verified => "Verified",
            Confidence::Derived => "Derived",
            Confidence::Unverified => "Unverified",
            Confidence::Conflict => "Conflict",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub title_en: String,
    pub issuer: String,
    pub issuer_en: String,
    pub version: String,
    pub published: Option<Date>,
    pub effective: Option<Date>,
    /// The page shows only a year: `published`/`effective` hold 1 January of it, never shown as
    /// a day (`published = 2024` in sources.toml).
    pub year_only: bool,
    /// Where a reader finds it; absent when the only copy seen is on a host a parent should not be
    /// sent to (the allowlist in `[hosts]`).
    pub url: Option<String>,
    /// Set when `url` is an official database's front page: its name, to search there for the title.
    pub search_in: String,
    pub search_in_en: String,
    /// A mainstream news report of the same text, shown as a second link labelled as news.
    pub news_url: Option<String>,
    pub grade: Grade,
    pub kind: String,
    pub note: String,
}

/// The host suffixes a link may point to, per grade (`[hosts]` in sources.toml). A source of a
/// grade may link to its own grade's hosts or a better grade's; a news report to A or B hosts.
#[derive(Clone, Debug, Default)]
pub struct Hosts {
    pub a: Vec<String>,
    pub b: Vec<String>,
    pub c: Vec<String>,
}

/// A pinpoint reference into a source: an article (and paragraph), or a named section.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cite {
    pub source: String,
    pub article: Option<u16>,
    pub paragraph: Option<u8>,
    pub section: Option<String>,
}

/// One dated value of a parameter: in force from `from` to `until` (both inclusive).
#[derive(Clone, Debug)]
pub struct Entry {
    pub from: Date,
    pub until: Option<Date>,
    pub value: Value,
    pub cite: Vec<Cite>,
    pub confidence: Confidence,
    pub excerpt: String,
}

/// An outcome of an education track in one half-year round.
#[derive(Clone, Debug, PartialEq)]
pub struct HalfRule {
    pub outcome: String,
    pub cap: Option<i64>,
    pub reason: String,
    /// Set where one half is less sure than the entry as a whole (e.g. only H2 is unclear).
    pub confidence: Option<Confidence>,
    /// Set where one half's outcome rests on other texts than the entry's (the women's first-half
    /// high-school "no": the graduation logic as local notices state it, not the national text).
    pub cite: Vec<Cite>,
}

/// A height span in tenths of a centimetre; `max` absent means no upper limit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    pub min: i64,
    pub max: Option<i64>,
}

/// The shapes a parameter value can take. The shape is read off the TOML and must be the
/// same for every dated entry of one parameter; the engine's types check the rest at compile time.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A rule with no number: the citation is the point (e.g. "flat feet without arch fail").
    Rule,
    /// A decimal with one place, stored in tenths (160.0 cm -> 1600).
    Dec(i64),
    /// A whole number (yuan, months, years, percent).
    Int(i64),
    /// Outcome per half-year round for an education track.
    Track { h1: HalfRule, h2: HalfRule },
    /// Height spans by sex for special posts.
    SexSpans { male: Option<Span>, female: Option<Span> },
    /// Per-year caps for undergraduates and postgraduates, in yuan.
    CapPair { undergraduate: i64, postgraduate: i64 },
    /// A range of whole numbers.
    IntRange { min: i64, max: i64 },
}

impl Value {
    pub fn shape(&self) -> &'static str {
        match self {
            Value::Rule => "rule",
            Value::Dec(_) => "decimal",
            Value::Int(_) => "integer",
            Value::Track { .. } => "track",
            Value::SexSpans { .. } => "sex spans",
            Value::CapPair { .. } => "cap pair",
            Value::IntRange { .. } => "integer range",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Param {
    pub id: String,
    pub file: String,
    pub entries: Vec<Entry>,
}

/// A registration window of one round for one sex.
#[derive(Clone, Debug)]
pub struct Window {
    pub sex: String,
    pub opens: Date,
    pub closes: Date,
    /// A second published closing date where sources conflict.
    pub closes_alt: Option<Date>,
    pub cite: Vec<Cite>,
    pub confidence: Confidence,
}

#[derive(Clone, Debug)]
pub struct Round {
    pub id: String,
    pub year: i32,
    pub half: u8,
    /// Sources of the national notice; empty when none is published (the round is provisional).
    pub notice: Vec<Cite>,
    /// For a round without a notice: when the national statement is expected (the stale-rules
    /// warning starts 30 days after it).
    pub notice_expected: Option<Date>,
    pub conscription_from: Date,
    pub conscription_until: Date,
    pub conscription_cite: Vec<Cite>,
    pub conscription_confidence: Confidence,
    pub approval: Date,
    pub windows: Vec<Window>,
}

#[derive(Clone, Debug)]
pub struct Province {
    pub code: String,
    pub name: String,
    pub name_en: String,
}

#[derive(Clone, Debug)]
pub struct Place {
    pub id: String,
    pub province: String,
    pub name: String,
    pub name_en: String,
}

/// An adjustment a local document makes to a base amount (a posting or a student supplement).
#[derive(Clone, Debug, PartialEq)]
pub struct Adjust {
    pub when: String,
    /// Total percentage of the base (200 = twice); a range where the wording is ambiguous.
    pub pct_min: Option<i64>,
    pub pct_max: Option<i64>,
    /// A fixed amount added per year, in yuan.
    pub add_yuan: Option<i64>,
    /// The amount the percentage is of, where the document names another base than the record's
    /// figure (竹山: the county's previous-year actual amount, 14,330).
    pub of_yuan: Option<i64>,
    pub confidence: Confidence,
}

/// How a place states its amount: a figure, a floor, an approximation, or a formula.
#[derive(Clone, Debug, PartialEq)]
pub struct Amount {
    pub kind: String,
    pub yuan: Option<i64>,
    pub share_pct: Option<i64>,
    /// A formula's statistic, whose (a province code or a place id) and year: its figure and source
    /// are in statistics.toml, which the engine reads.
    pub statistic: Option<String>,
    pub stat_area: Option<String>,
    pub stat_year: Option<i32>,
}

/// A local money standard (family payment, enlistment reward or discharge grant) of one place.
#[derive(Clone, Debug)]
pub struct LocalRecord {
    pub kind: String,
    pub place: String,
    pub year: i32,
    pub amount: Amount,
    pub by_education: Vec<(String, i64)>,
    pub adjust: Vec<Adjust>,
    /// The last enlistment year a time-limited policy covers (广东's graduate reward: 2021–2023).
    pub enlist_until: Option<i32>,
    /// Paid only after the two years' service, not at enlistment.
    pub paid_after_service: bool,
    /// The amount is per year served (湖南's self-employment grant: "按服役年限每年不少于4500元").
    pub per_year_served: bool,
    pub cite: Vec<Cite>,
    pub confidence: Confidence,
    pub excerpt: String,
}

/// A statistic a formula needs, by province and year.
#[derive(Clone, Debug)]
pub struct Statistic {
    pub statistic: String,
    /// A province code or a place id (the place whose formula uses it; 惠来's is 揭阳市's figure).
    pub area: String,
    pub year: i32,
    /// In tenths of a yuan, to keep a source's one decimal (广东 59306.6).
    pub tenths: i64,
    pub cite: Vec<Cite>,
}

#[derive(Clone, Debug, Default)]
pub struct Data {
    pub sources: Vec<Source>,
    pub hosts: Hosts,
    pub params: BTreeMap<String, Param>,
    pub rounds: Vec<Round>,
    pub provinces: Vec<Province>,
    pub places: Vec<Place>,
    pub records: Vec<LocalRecord>,
    pub statistics: Vec<Statistic>,
}

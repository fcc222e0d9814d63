//! What the catalogs say about the engine's keys: each keyed value is a message named after
//! its family and key (`verdict-needs_check`, `explain-height-below_min`), filled with the
//! quantities the engine reported. `tests/catalog.rs` renders every key of every family in every
//! language, and every sentence reachable from engine-made reports.

use super::catalog::{Arg, Cat};
use super::{dec, limit, yuan};
use enlistment_rules::applicant::{
    ColourVision, CosmeticTattoo, EduStatus, Education, ErrorCode, Field, FlatFeet, PoliticalQuestion, Priority,
    SurgeryKind, limits,
};
use enlistment_rules::benefits::{Basis, Honour, Line, LineId, Money, NonCashId, Posting, Recipient, TuitionScheme};
use enlistment_rules::data::{Cite, Confidence};
use enlistment_rules::date::Date;
use enlistment_rules::process::{ChannelId, DocId, EventKind, FraudId, StepId};
use enlistment_rules::report::{Check, CheckId, Note, Post, Quantity, Reason, Status, Val, Verdict};
use enlistment_rules::round::{Half, Round, Sex};

/// A step of the process in words: its name, what happens, who does it, and how it differs for women.
pub struct StepWords<'a> {
    pub name: &'a str,
    pub what: &'a str,
    pub who: &'a str,
    pub women: Option<&'a str>,
}

/// A number the engine reported, as a placeholder's value: whole numbers stay numbers (they pick
/// plural variants), vision keeps its decimal (4.8, 5.0: how the chart reads), other one-decimal
/// quantities drop a useless ".0", amounts in yuan are grouped, dates are written in the language.
fn value(cat: &Cat, q: Quantity, v: Val) -> Arg<'static> {
    let key = q.key();
    match v {
        Val::Int(n) if key.ends_with("_yuan") => Arg::Str(yuan(n).into()),
        Val::Int(n) => Arg::Int(n),
        Val::Dec(d) if key.contains("vision") => Arg::Str(d.to_string().into()),
        Val::Dec(d) => Arg::Str(dec(d).into()),
        Val::Date(d) => Arg::Str(cat.date(d).into()),
        Val::Key(k) => Arg::Str(k.into()),
    }
}

fn quantities<'a>(cat: &Cat, values: impl Iterator<Item = &'a (Quantity, Val)>) -> Vec<(&'static str, Arg<'static>)> {
    values.map(|(q, v)| (q.key(), value(cat, *q, *v))).collect()
}

impl Cat {
    /// A number the engine reported as a placeholder's value (as in `explain`), for messages
    /// outside the keyed families (the plan's actions).
    pub fn quantity(&self, q: Quantity, v: Val) -> Arg<'static> {
        value(self, q, v)
    }

    /// A message of a family by an engine key; empty if the catalogs lack it (the tests render
    /// every key of every family, so that cannot ship).
    fn keyed(&self, family: &str, key: &str) -> &str {
        self.text_by_key(&format!("{family}-{key}")).unwrap_or_default()
    }

    /// 2027年2月10日 / 10 Feb 2027
    pub fn date(&self, d: Date) -> String {
        self.date_full(d.day(), u8::from(d.month()), d.year())
    }

    /// The verdict in a few words, for the banner.
    pub fn verdict(&self, v: Verdict) -> &str {
        self.keyed("verdict", v.key())
    }

    /// One plain sentence on what the verdict means.
    pub fn verdict_summary(&self, v: Verdict) -> &str {
        self.keyed("verdict-summary", v.key())
    }

    pub fn status(&self, s: Status) -> &str {
        self.keyed("status", s.key())
    }

    pub fn check(&self, id: CheckId) -> &str {
        self.keyed("criterion", id.key())
    }

    /// The sentence under a criterion: the user's number, the threshold, how far from it, all
    /// from the check's own quantities.
    pub fn explain(&self, c: &Check, round: Round) -> String {
        if c.reason == Reason::NoRule {
            return self.explain_no_rule().to_string();
        }
        let mut args = quantities(self, c.value.iter().chain(&c.threshold).chain(&c.distance));
        args.push(("year", Arg::Int(i64::from(round.year))));
        // The physiological band around the normal range: the numbers just outside it.
        let int = |q| match c.get(q) {
            Some(Val::Int(n)) => Some(n),
            _ => None,
        };
        if let (Some(min), Some(max)) = (int(Quantity::HeartRateMin), int(Quantity::HeartRateMax)) {
            args.push(("heart_rate_review_low_max", Arg::Int(min - 1)));
            args.push(("heart_rate_review_high_min", Arg::Int(max + 1)));
        }
        // A myopia limit in 度 is also given in dioptres, the unit on a glasses prescription: 600 -> 6.00.
        if let Some(n) = int(Quantity::CorrectionMaxDegrees) {
            args.push(("correction_max_dioptres", Arg::Str(format!("{}.{:02}", n / 100, n % 100).into())));
        }
        // The age caps of the groups the applicant may belong to, as one list (absent: none known).
        let caps: Vec<String> = [
            (Quantity::AgeCapHighSchool, "age-cap-high_school"),
            (Quantity::AgeCapCollegeGraduate, "age-cap-college_graduate"),
            (Quantity::AgeCapPostgraduate, "age-cap-postgraduate"),
        ]
        .into_iter()
        .filter_map(|(q, key)| self.by_key(key, &[("age", Arg::Int(int(q)?))]))
        .collect();
        if !caps.is_empty() {
            args.push(("caps", Arg::Str(caps.join(self.punct_clause_sep()).into())));
        }
        // Exactly on the height minimum: the medical's own measurement decides.
        let exactly = matches!(c.get(Quantity::AboveMinCm), Some(Val::Dec(d)) if d.0 == 0);
        args.push(("exactly", Arg::Int(i64::from(exactly))));
        // An over-cap that the texts do not settle (sources disagree, the team's reading,
        // unverified) is "check on site": its sentence says why, never "n years over".
        let unsettled = c.status == Status::NeedsCheck && c.reason == Reason::OverCap;
        if unsettled {
            args.push(("unsettled", Arg::Str(self.keyed("unsettled", c.confidence.key()).to_string().into())));
        }
        let key = format!("explain-{}-{}{}", c.id.key(), c.reason.key(), if unsettled { "-unsettled" } else { "" });
        self.by_key(&key, &args).unwrap_or_default()
    }

    /// Who gets a share of the benefits, and what it is: ("给家庭的现金", "家庭优待金和入伍奖励…").
    pub fn share(&self, r: Recipient) -> (&str, &str) {
        (self.keyed("share-name", r.key()), self.keyed("share-what", r.key()))
    }

    /// A criterion met, as one short line: "体重（BMI）：BMI 27，符合".
    pub fn passed(&self, c: &Check) -> String {
        let name = self.check(c.id);
        match short_value(c) {
            Some(v) => self.passed_line_value(name, v),
            None => self.passed_line(name),
        }
    }

    /// The typed graduation year, named from the round's year: "2026年毕业（往届，去年毕业）".
    pub fn graduation_year(&self, graduated: i32, round_year: i32) -> String {
        let ago = i64::from(round_year) - i64::from(graduated);
        if ago < 0 { self.grad_year_future(graduated) } else { self.grad_year_note(ago, graduated) }
    }

    pub fn sex(&self, s: Sex) -> &str {
        self.keyed("sex", s.key())
    }

    pub fn education(&self, e: Education) -> &str {
        self.keyed("education", e.key())
    }

    pub fn edu_status(&self, s: EduStatus) -> &str {
        self.keyed("edu-status", s.key())
    }

    pub fn surgery(&self, s: SurgeryKind) -> &str {
        self.keyed("surgery", s.key())
    }

    pub fn cosmetic(&self, c: CosmeticTattoo) -> &str {
        self.keyed("cosmetic", c.key())
    }

    pub fn colour(&self, c: ColourVision) -> &str {
        self.keyed("colour", c.key())
    }

    pub fn flat_feet(&self, f: FlatFeet) -> &str {
        self.keyed("flat-feet", f.key())
    }

    /// The question and why it is asked.
    pub fn political(&self, q: PoliticalQuestion) -> (&str, &str) {
        (self.keyed("political-q", q.key()), self.keyed("political-why", q.key()))
    }

    pub fn priority(&self, p: Priority) -> &str {
        self.keyed("priority", p.key())
    }

    pub fn post(&self, p: Post) -> &str {
        self.keyed("post", p.key())
    }

    /// A note's sentence; its numbers come from the note (the data), never typed in the catalog.
    pub fn note(&self, n: &Note) -> String {
        self.by_key(&format!("note-{}", n.id.key()), &quantities(self, n.numbers.iter())).unwrap_or_default()
    }

    /// "2027年上半年" / "2027, first half (H1)"
    pub fn round(&self, r: Round) -> String {
        self.round_name(if r.half == Half::H1 { 1 } else { 2 }, r.provisional(), r.year)
    }

    pub fn confidence(&self, c: Confidence) -> &str {
        self.keyed("confidence", c.key())
    }

    /// The message next to a field, saying how to fix it, with the engine's input limits.
    pub fn field_error(&self, f: Field, code: ErrorCode) -> String {
        let name = self.keyed("field", f.key());
        let (min, max) = range(f);
        let example = example(f);
        let year = example.split('-').next().unwrap_or(example);
        let args = [
            ("name", Arg::from(name)),
            ("example", Arg::from(example)),
            ("example_year", Arg::from(year)),
            ("min", min),
            ("max", max),
        ];
        if code == ErrorCode::OutOfRange
            && let Some(s) = self.by_key(&format!("field-range-{}", f.key()), &args)
        {
            return s;
        }
        self.by_key(&format!("field-error-{}", code.key()), &args).unwrap_or_default()
    }

    /// "第20条第3款" / "art. 20(3)", or the section name.
    pub fn article(&self, c: &Cite) -> String {
        match (c.article, c.paragraph, c.section) {
            (Some(a), Some(p), _) => self.article_paragraph(a, p),
            (Some(a), None, _) => self.article_only(a),
            (None, _, Some(s)) => s.to_string(),
            _ => String::new(),
        }
    }

    pub fn line(&self, id: LineId) -> &str {
        self.keyed("line", id.key())
    }

    pub fn basis(&self, b: Basis) -> &str {
        self.keyed("basis", b.key())
    }

    /// The sentence under a benefits line: how the amount was worked out, from what. `place` is
    /// the name of the place whose standard it is.
    pub fn explain_line(&self, l: &Line, place: &str) -> String {
        let mut args = quantities(self, l.inputs.iter());
        let get = |q: Quantity| match l.inputs.iter().find(|(k, _)| *k == q) {
            Some((_, Val::Int(n))) => *n,
            _ => 0,
        };
        let (lo, hi, add) = (get(Quantity::MultiplierPctMin), get(Quantity::MultiplierPctMax), get(Quantity::AddYuan));
        let mut adjustments = String::new();
        if lo > 0 {
            let key = if lo == hi { "benefit-adjust-same" } else { "benefit-adjust-range" };
            adjustments += &self.by_key(key, &args).unwrap_or_default();
        }
        if add > 0 {
            adjustments += &self.by_key("benefit-adjust-add", &args).unwrap_or_default();
        }
        args.push(("adjustments", Arg::Str(adjustments.into())));
        args.push(("place", Arg::Str(place.to_string().into())));
        // A range for an enlistment reward: the document is unclear whether a posting's sum adds or replaces.
        args.push(("range", Arg::from(l.id == LineId::EnlistmentReward && matches!(l.money, Money::Range(..)))));
        self.by_key(&format!("benefit-{}-{}", l.id.key(), l.reason.key()), &args).unwrap_or_default()
    }

    pub fn money(&self, m: Money) -> String {
        match m {
            Money::Exact(f) => yuan(f / 100),
            Money::AtLeast(f) => self.money_at_least(yuan(f / 100)),
            Money::Range(a, b) => self.money_range(yuan(a / 100), yuan(b / 100)),
            Money::Unknown => self.money_unknown().to_string(),
        }
    }

    pub fn posting(&self, p: Posting) -> &str {
        self.keyed("posting", p.key())
    }

    pub fn honour(&self, h: Honour) -> &str {
        self.keyed("honour", h.key())
    }

    pub fn scheme(&self, s: TuitionScheme) -> &str {
        self.keyed("scheme", s.key())
    }

    /// A benefit after service: its name and what it means (with its number, if it has one).
    pub fn non_cash(&self, id: NonCashId, value: Option<i64>) -> (&str, String) {
        let args = [("value", value.map_or(Arg::Absent, Arg::Int))];
        let text = self.by_key(&format!("noncash-{}-text", id.key()), &args).unwrap_or_default();
        (self.keyed("noncash", &format!("{}-name", id.key())), text)
    }

    pub fn step(&self, s: StepId) -> StepWords<'_> {
        let part = |p: &str| self.keyed("step", &format!("{}-{p}", s.key()));
        let women = part("women");
        StepWords {
            name: part("name"),
            what: part("what"),
            who: part("who"),
            women: (!women.is_empty()).then_some(women),
        }
    }

    /// A document: its name and when it is needed.
    pub fn doc(&self, d: DocId) -> (&str, &str) {
        (self.keyed("doc", &format!("{}-name", d.key())), self.keyed("doc", &format!("{}-when", d.key())))
    }

    /// An official channel: a heading and what to use it for.
    pub fn channel(&self, c: ChannelId) -> (&str, &str) {
        (self.keyed("channel", &format!("{}-name", c.key())), self.keyed("channel", &format!("{}-use", c.key())))
    }

    /// Anti-fraud advice: a heading and its points (`fraud-<key>-1`, `-2`, … as many as there are).
    pub fn fraud(&self, f: FraudId) -> (&str, Vec<&str>) {
        let points = (1..).map_while(|i| self.text_by_key(&format!("fraud-{}-{i}", f.key()))).collect();
        (self.keyed("fraud", &format!("{}-title", f.key())), points)
    }

    pub fn event(&self, k: EventKind) -> &str {
        self.keyed("event", k.key())
    }
}

/// The engine's limits for a field, as the placeholders `$min` and `$max`.
fn range(f: Field) -> (Arg<'static>, Arg<'static>) {
    let d = |(lo, hi): (f64, f64)| (Arg::from(limit(lo)), Arg::from(limit(hi)));
    let i = |(lo, hi): (i64, i64)| (Arg::Int(lo), Arg::Int(hi));
    match f {
        Field::HeightCm => d(limits::HEIGHT_CM),
        Field::WeightKg => d(limits::WEIGHT_KG),
        Field::VisionLeft | Field::VisionRight => d(limits::VISION_5),
        Field::VisionLeftDecimal | Field::VisionRightDecimal => d(limits::VISION_DECIMAL),
        Field::RefractiveSurgeryMonths => i(limits::SURGERY_MONTHS),
        Field::TattooExposedCm | Field::TattooElsewhereCm => d(limits::TATTOO_CM),
        Field::SystolicMmhg => i(limits::SYSTOLIC),
        Field::DiastolicMmhg => i(limits::DIASTOLIC),
        Field::HeartRateBpm => i(limits::HEART_RATE),
        Field::WhisperLeftM | Field::WhisperRightM => d(limits::WHISPER_M),
        Field::GraduationYear => i((i64::from(limits::GRADUATION_YEAR.0), i64::from(limits::GRADUATION_YEAR.1))),
        Field::BirthDate | Field::BirthYear => (Arg::Int(i64::from(limits::BIRTH_YEAR_MIN)), Arg::Absent),
        Field::TuitionYuan | Field::LoanYuan => i(limits::YUAN_PER_YEAR),
        Field::YearsStudied | Field::YearsRemaining | Field::ProgrammeYears => i(limits::STUDY_YEARS),
        _ => (Arg::Absent, Arg::Absent),
    }
}

/// A typical answer, shown in "enter a number, for example …" (the same in every language).
fn example(f: Field) -> &'static str {
    match f {
        Field::HeightCm => "172.5",
        Field::WeightKg => "65",
        Field::VisionLeft | Field::VisionRight => "4.8",
        Field::VisionLeftDecimal | Field::VisionRightDecimal => "0.6",
        Field::SystolicMmhg => "120",
        Field::DiastolicMmhg => "80",
        Field::HeartRateBpm => "72",
        Field::GraduationYear => "2026",
        Field::BirthDate | Field::BirthYear => "2005-04-01",
        Field::TuitionYuan | Field::LoanYuan => "5000",
        _ => "3",
    }
}

/// The user's number for a criterion in a few characters, the same in every language (units are
/// SI symbols): "175 cm", "BMI 27", "4.9 / 5.0". `None` where the number needs words.
fn short_value(c: &Check) -> Option<String> {
    use enlistment_rules::report::CheckId as Id;
    let num = |q: Quantity| match c.get(q)? {
        Val::Dec(d) if q.key().contains("vision") => Some(d.to_string()),
        Val::Dec(d) => Some(dec(d)),
        Val::Int(n) => Some(n.to_string()),
        _ => None,
    };
    match c.id {
        Id::Height => Some(format!("{} cm", num(Quantity::HeightCm)?)),
        Id::Bmi => Some(format!("BMI {}", num(Quantity::Bmi)?)),
        Id::Vision => Some(format!("{} / {}", num(Quantity::VisionLeft)?, num(Quantity::VisionRight)?)),
        Id::BloodPressure => Some(format!("{}/{} mmHg", num(Quantity::SystolicMmhg)?, num(Quantity::DiastolicMmhg)?)),
        Id::Hearing => Some(format!("{} m / {} m", num(Quantity::WhisperLeftM)?, num(Quantity::WhisperRightM)?)),
        _ => None,
    }
}

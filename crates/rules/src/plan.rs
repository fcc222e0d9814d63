//! "When can I?": the applicant evaluated for each coming round, the earliest round that can say
//! yes, and what a person can do about the rest, with dates and numbers from the rules.
//!
//! Time moves what time moves and nothing else: age by calendar year (the round's year), a
//! final-year student becomes a graduate from the second-half round of the graduation year (the
//! notices' own split: 上半年 毕业班, 下半年 应届毕业生), months since refractive surgery are counted
//! to each round's conscription start, and each round has its own last day to apply. Every round
//! is evaluated by [`evaluate`]; the plan adds no rule of its own.

use crate::applicant::{Applicant, EduStatus, SurgeryKind};
use crate::data::{self, Cite, Confidence};
use crate::date::{self, Date};
use crate::eligibility::{body, evaluate};
use crate::keyed::keyed_enum;
use crate::num::Dec1;
use crate::report::{Check, CheckId, Post, Quantity, Reason, Report, Status, Val};
use crate::round::{self, Calendar, Half, Round};

/// At most this many half-year rounds are looked at (four years).
pub const HORIZON: usize = 8;

keyed_enum! {
    ActionKind {
        /// The last day to apply for the earliest round.
        RegisterBy = "register_by",
        /// The weights that pass the BMI band at the applicant's height.
        WeightRange = "weight_range",
        /// From this date a refractive surgery is six months old (the rule's minimum).
        SurgeryCountsFrom = "surgery_counts_from",
        /// The round from which a final-year student counts as a graduate.
        BecomesGraduate = "becomes_graduate",
    }
}

keyed_enum! {
    /// Why no round within the horizon can say yes.
    NoRoundReason {
        AgeCapPassed = "age_cap_passed",
        EducationRouteClosed = "education_route_closed",
        AnswersMissing = "answers_missing",
        CheckFails = "check_fails",
        BeyondHorizon = "beyond_horizon",
    }
}

/// One coming round: its dates and the full report for it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRound {
    pub round: Round,
    pub provisional: bool,
    pub calendar: Calendar,
    pub report: Report,
}

/// Something a person can do or must not miss, with the numbers it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    /// The criterion it concerns (`None` for the registration deadline).
    pub check: Option<CheckId>,
    pub kind: ActionKind,
    /// The round it is for, where it is for one.
    pub round: Option<Round>,
    pub numbers: Vec<(Quantity, Val)>,
    /// For a special-post weight range: the posts it applies to.
    pub posts: Vec<Post>,
    pub sources: Vec<&'static Cite>,
    pub confidence: Confidence,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub as_of: Date,
    /// From the round whose registration is open or next, up to the last round within the age
    /// cap (at most [`HORIZON`]).
    pub rounds: Vec<PlanRound>,
    /// The first round that says `likely_eligible`, or `needs_check` only for what no waiting
    /// can settle.
    pub earliest: Option<Round>,
    /// The criteria the earliest round counts on the person changing (the weight).
    pub earliest_if: Vec<CheckId>,
    pub reason: Option<NoRoundReason>,
    pub reason_numbers: Vec<(Quantity, Val)>,
    /// The criteria that keep the last round from saying yes, when there is no earliest round.
    pub blocking: Vec<CheckId>,
    pub actions: Vec<Action>,
}

impl Plan {
    pub fn round(&self, r: Round) -> Option<&PlanRound> {
        self.rounds.iter().find(|p| p.round == r)
    }
}

/// The round whose registration is open on `as_of` or opens next for this sex.
pub fn first_round(sex: Option<crate::round::Sex>, as_of: Date) -> Option<Round> {
    let mut r = round::rounds().next()?.round;
    // Enough steps to walk from the first round in the data to any date a `Date` can hold.
    for _ in 0..40_000 {
        match r.calendar(sex) {
            Some(c) if c.open_until() >= as_of => return Some(r),
            // Jump whole years when far behind, so a date centuries ahead costs little.
            _ if r.year + 1 < as_of.year() && r.data().is_none() => {
                r = Round { year: as_of.year() - 1, half: Half::H1 }
            }
            _ => r = r.next()?,
        }
    }
    None
}

/// The graduation year of a final-year student: the one given, else the year of the first round
/// (a student in the final year when the plan is made graduates in that school year's summer).
fn graduation_year(a: &Applicant, first: Round) -> Option<i32> {
    (a.status == Some(EduStatus::Graduating)).then(|| a.graduation_year.unwrap_or(first.year))
}

/// The applicant as they will be in round `r`. The first round takes the answers as given.
fn in_round(a: &Applicant, r: Round, as_of: Date, graduation: Option<i32>, first: bool) -> Applicant {
    let mut b = a.clone();
    b.round = r;
    b.as_of = Some(as_of);
    if let Some(g) = graduation
        && !first
        && (r.year > g || (r.year == g && r.half == Half::H2))
    {
        b.status = Some(EduStatus::Graduated);
        b.graduation_year = Some(g);
    }
    b
}

/// The criteria that keep a round from counting: a fail; a core answer missing; a `needs_check`
/// that a later round settles (waiting is the answer, not this round). A `needs_check` no later
/// round settles (a test on site, an unclear text) does not keep it from counting. Criteria in
/// `assume` are taken as done.
fn blocking(report: &Report, later: &[PlanRound], assume: &[CheckId]) -> Vec<CheckId> {
    let settled_later =
        |id: CheckId| later.iter().any(|p| p.report.check(id).is_some_and(|c| c.status == Status::Pass));
    report
        .checks
        .iter()
        .filter(|c| !assume.contains(&c.id))
        .filter(|c| match c.status {
            Status::Fail => true,
            Status::NeedsCheck => settled_later(c.id),
            Status::Unknown => c.id.is_core(),
            Status::Pass => false,
        })
        .map(|c| c.id)
        .collect()
}

fn is_over_cap(report: &Report) -> bool {
    report.check(CheckId::Age).is_some_and(|c| c.reason == Reason::OverCap)
}

/// Criteria a person can change that fail now: the weight, when the rules give a range.
fn changeable(report: &Report) -> Vec<CheckId> {
    report
        .check(CheckId::Bmi)
        .filter(|c| c.status == Status::Fail && matches!(c.reason, Reason::AboveMax | Reason::BelowMin))
        .map(|c| vec![c.id])
        .unwrap_or_default()
}

/// Evaluates the applicant for every coming round and works out the earliest and the actions.
/// Never panics; `as_of` is the day the answers are given.
pub fn plan(a: &Applicant, as_of: Date) -> Plan {
    let mut evaluated: Vec<PlanRound> = Vec::new();
    if let Some(first) = first_round(a.sex, as_of) {
        let graduation = graduation_year(a, first);
        let mut r = Some(first);
        while let Some(this) = r.filter(|_| evaluated.len() < HORIZON) {
            let Some(calendar) = this.calendar(a.sex) else { break };
            let report = evaluate(&in_round(a, this, as_of, graduation, evaluated.is_empty()));
            evaluated.push(PlanRound { round: this, provisional: this.provisional(), calendar, report });
            r = this.next();
        }
    }
    // Up to the round in which the age cap closes: the rounds after the last one within it go
    // (they still count as "later" for what waiting settles).
    let kept = evaluated.iter().rposition(|p| !is_over_cap(&p.report)).map_or(1, |i| i + 1).min(evaluated.len());
    let find = |assume: &[CheckId]| {
        (0..kept).find(|&i| blocking(&evaluated[i].report, &evaluated[i + 1..], assume).is_empty())
    };
    let assume = evaluated.first().map(|p| changeable(&p.report)).unwrap_or_default();
    let (earliest, earliest_if) = match find(&[]) {
        Some(i) => (Some(i), Vec::new()),
        None if !assume.is_empty() => match find(&assume) {
            Some(i) => (Some(i), assume),
            None => (None, Vec::new()),
        },
        None => (None, Vec::new()),
    };
    let (reason, reason_numbers, blocked) = match earliest {
        Some(_) => (None, Vec::new(), Vec::new()),
        None => why_none(&evaluated, kept),
    };
    let actions = actions(a, as_of, &evaluated, earliest.map(|i| &evaluated[i]));
    evaluated.truncate(kept);
    Plan {
        as_of,
        earliest: earliest.map(|i| evaluated[i].round),
        rounds: evaluated,
        earliest_if,
        reason,
        reason_numbers,
        blocking: blocked,
        actions,
    }
}

/// Why no round counts: read from the last round within the cap and the first one past it.
fn why_none(evaluated: &[PlanRound], kept: usize) -> (Option<NoRoundReason>, Vec<(Quantity, Val)>, Vec<CheckId>) {
    let Some(last) = kept.checked_sub(1).and_then(|i| evaluated.get(i)) else {
        return (Some(NoRoundReason::BeyondHorizon), Vec::new(), Vec::new());
    };
    let blocked = blocking(&last.report, &evaluated[kept..], &[]);
    let over = evaluated[kept.saturating_sub(1)..].iter().find(|p| is_over_cap(&p.report));
    let cap_numbers = |p: &PlanRound| {
        let cap = p.report.check(CheckId::Age).and_then(|c| c.get(Quantity::AgeCap));
        cap.map(|cap| vec![(Quantity::AgeCap, cap), (Quantity::OverCapFromYear, Val::Int(i64::from(p.round.year)))])
            .unwrap_or_default()
    };
    let failing = |id: CheckId| last.report.check(id).is_some_and(|c| c.status == Status::Fail);
    let reason = if is_over_cap(&last.report) {
        return (Some(NoRoundReason::AgeCapPassed), cap_numbers(last), blocked);
    } else if failing(CheckId::Education) {
        NoRoundReason::EducationRouteClosed
    } else if last.report.checks.iter().any(|c| c.id.is_core() && c.status == Status::Unknown) {
        NoRoundReason::AnswersMissing
    } else if last.report.checks.iter().any(|c| c.status == Status::Fail) {
        NoRoundReason::CheckFails
    } else if let Some(p) = over {
        return (Some(NoRoundReason::AgeCapPassed), cap_numbers(p), blocked);
    } else {
        NoRoundReason::BeyondHorizon
    };
    (Some(reason), Vec::new(), blocked)
}

fn action(check: Option<CheckId>, kind: ActionKind, round: Option<Round>) -> Action {
    Action {
        check,
        kind,
        round,
        numbers: Vec::new(),
        posts: Vec::new(),
        sources: Vec::new(),
        confidence: Confidence::Verified,
    }
}

fn worse(a: Confidence, b: Confidence) -> Confidence {
    if b.rank() > a.rank() { b } else { a }
}

fn cite_all(to: &mut Vec<&'static Cite>, from: impl IntoIterator<Item = &'static Cite>) {
    for c in from {
        if !to.contains(&c) {
            to.push(c);
        }
    }
}

/// The weight range of a BMI check (general or special-post) at the applicant's height, by the
/// arithmetic of `eligibility/body.rs`; `weight_below_kg` is the first weight (0.1 kg) that is
/// too heavy, so "from min to under below".
fn weight_range(c: &Check, height: Dec1, weight: Dec1) -> Option<Action> {
    let (Some(Val::Dec(lo)), Some(Val::Dec(hi))) = (c.get(Quantity::BmiMin), c.get(Quantity::BmiBelow)) else {
        return None;
    };
    let (min, max) = (body::min_weight_from(height, lo), body::max_weight_below(height, hi));
    let mut act = action(Some(c.id), ActionKind::WeightRange, None);
    act.numbers = vec![
        (Quantity::HeightCm, Val::Dec(height)),
        (Quantity::WeightKg, Val::Dec(weight)),
        (Quantity::BmiMin, Val::Dec(lo)),
        (Quantity::BmiBelow, Val::Dec(hi)),
        (Quantity::WeightMinKg, Val::Dec(min)),
        (Quantity::WeightMaxKg, Val::Dec(max)),
        (Quantity::WeightBelowKg, Val::Dec(Dec1(max.0 + 1))),
    ];
    if weight > max {
        act.numbers.push((Quantity::LoseKg, Val::Dec(Dec1(weight.0 - max.0))));
    } else if weight < min {
        act.numbers.push((Quantity::GainKg, Val::Dec(Dec1(min.0 - weight.0))));
    }
    if let Some(v) = c.get(Quantity::WeightNoTestMaxKg) {
        act.numbers.push((Quantity::WeightNoTestMaxKg, v));
    }
    cite_all(&mut act.sources, c.sources.iter().copied());
    act.confidence = c.confidence;
    Some(act)
}

fn actions(a: &Applicant, as_of: Date, evaluated: &[PlanRound], earliest: Option<&PlanRound>) -> Vec<Action> {
    let mut out = Vec::new();
    let Some(first) = evaluated.first() else { return out };
    if let Some(p) = earliest {
        let mut act = action(None, ActionKind::RegisterBy, Some(p.round));
        act.numbers.push((Quantity::RegisterBy, Val::Date(p.calendar.register_by)));
        if let Some(alt) = p.calendar.register_by_alt {
            act.numbers.push((Quantity::RegisterByAlt, Val::Date(alt)));
        }
        cite_all(&mut act.sources, p.calendar.register_cite);
        act.confidence = p.calendar.register_confidence;
        out.push(act);
    }
    if let (Some(h), Some(w)) = (a.height, a.weight) {
        if let Some(c) = first.report.check(CheckId::Bmi).filter(|c| c.status != Status::Pass) {
            out.extend(weight_range(c, h, w));
        }
        let posts: Vec<(Post, &Check)> = first
            .report
            .posts
            .iter()
            .filter_map(|p| Some((p.post, p.checks.iter().find(|c| c.id == CheckId::PostBmi)?)))
            .filter(|(_, c)| c.status != Status::Pass && c.status != Status::Unknown)
            .collect();
        if let Some((_, c)) = posts.first()
            && let Some(mut act) = weight_range(c, h, w)
        {
            act.posts = posts.iter().map(|(p, _)| *p).collect();
            out.push(act);
        }
    }
    if let (Some(SurgeryKind::Excimer), Some(months)) = (a.surgery, a.surgery_months)
        && let Some(min) = data::SURGERY_MIN_MONTHS.at(first.round.rules_date())
        && months < min.value
        && let Some(from) = date::months_after(as_of, min.value - months)
    {
        let round = evaluated.iter().find(|p| p.calendar.exam_from >= from);
        let mut act = action(Some(CheckId::Surgery), ActionKind::SurgeryCountsFrom, round.map(|p| p.round));
        act.numbers = vec![
            (Quantity::SurgeryCountsFrom, Val::Date(from)),
            (Quantity::SurgeryMonths, Val::Int(months)),
            (Quantity::SurgeryMinMonths, Val::Int(min.value)),
        ];
        cite_all(&mut act.sources, min.cite);
        act.confidence = min.confidence;
        if let Some(p) = round {
            cite_all(&mut act.sources, p.calendar.exam_cite);
            act.confidence = worse(act.confidence, p.calendar.exam_confidence);
        }
        out.push(act);
    }
    if let Some(g) = graduation_year(a, first.round) {
        let from = Round { year: g, half: Half::H2 };
        if let Some(p) = evaluated.iter().find(|p| p.round == from)
            && let Some(c) = p.report.check(CheckId::Education)
        {
            let mut act = action(Some(CheckId::Education), ActionKind::BecomesGraduate, Some(from));
            act.numbers.push((Quantity::GraduationYear, Val::Int(i64::from(g))));
            cite_all(&mut act.sources, c.sources.iter().copied());
            act.confidence = c.confidence;
            out.push(act);
        }
    }
    out
}

//! The benefits estimate for a recruit and the family: one line per kind of money, each with an
//! amount in fen (exact, "at least", a range, or unknown), its basis (an official figure for the
//! place, a national rule, or an estimate), the inputs it used and its sources; plus when payments
//! come and the benefits after service. Local amounts come from `data/local.toml`.

mod family;
mod local;
pub mod money;
mod noncash;
mod service;
mod tuition;

use crate::applicant::{EduStatus, Education};
use crate::data::{self, Cite, Confidence, Dated, Grade};
use crate::date::{Date, ymd};
use crate::keyed::keyed_enum;
use crate::num::Dec1;
use crate::report::{Quantity, Val};
use crate::round::Round;
pub use money::{Money, fen};

keyed_enum! {
    Posting {
        Ordinary = "ordinary",
        Plateau = "plateau",
        Tibet = "tibet",
        Xinjiang = "xinjiang",
    }
}

keyed_enum! {
    /// Honours during service that raise the discharge payment (退役军人安置条例 art. 22).
    Honour {
        None = "none",
        ThirdClassMerit = "third_class_merit",
        SecondClassMerit = "second_class_merit",
        FirstClassMerit = "first_class_merit",
        FirstLevelCommendation = "first_level_commendation",
        HonourTitle = "honour_title",
    }
}

keyed_enum! {
    /// How the student's tuition is paid: some schemes are not covered by compensation.
    TuitionScheme {
        Normal = "normal",
        DirectedOrCommissioned = "directed_or_commissioned",
        FeeExempt = "fee_exempt",
    }
}

keyed_enum! {
    LineId {
        TuitionCompensation = "tuition_compensation",
        TuitionWaiver = "tuition_waiver",
        FamilyPayment = "family_payment",
        EnlistmentReward = "enlistment_reward",
        Allowance = "allowance",
        DischargePayment = "discharge_payment",
        DischargeGrant = "discharge_grant",
        VeteranStudentGrant = "veteran_student_grant",
    }
}

keyed_enum! {
    /// Who gets a benefit and when: cash to the family during service, the recruit's own pay,
    /// and study benefits after service. Their sums are never added together: they go to
    /// different people at different times.
    Recipient {
        Family = "family",
        Recruit = "recruit",
        Study = "study",
    }
}

impl LineId {
    pub fn recipient(self) -> Recipient {
        match self {
            LineId::FamilyPayment | LineId::EnlistmentReward => Recipient::Family,
            LineId::Allowance | LineId::DischargePayment | LineId::DischargeGrant => Recipient::Recruit,
            LineId::TuitionCompensation | LineId::TuitionWaiver | LineId::VeteranStudentGrant => Recipient::Study,
        }
    }
}

/// The lines of one recipient added up: over the whole service (two years) and per year of it.
/// Lines of unknown amount are left out and counted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Share {
    pub recipient: Recipient,
    pub service: Money,
    pub per_year: Money,
    pub years: i64,
    pub unknown: usize,
}

keyed_enum! {
    /// Where a figure comes from: a document of the user's place, a national rule, an estimate,
    /// or a place's figure seen only in an online copy (grade C), so not verified.
    Basis {
        Official = "official",
        National = "national",
        Estimate = "estimate",
        Reprint = "reprint",
    }
}

impl Basis {
    /// A place's figure is official only when a grade A or B source (the government's own page
    /// or its media) carries it and the value is verified; one seen only on a reprint site is an
    /// unverified copy; anything else (a reading, a conflict) is an estimate.
    fn of_local(cites: &[Cite], confidence: Confidence) -> Basis {
        if cites.iter().all(|c| c.grade == Grade::C) {
            Basis::Reprint
        } else if confidence == Confidence::Verified {
            Basis::Official
        } else {
            Basis::Estimate
        }
    }
}

keyed_enum! {
    /// Why a line reads as it does (translated by the app).
    LineReason {
        Computed = "computed",
        UpToCap = "up_to_cap",
        NeedsYears = "needs_years",
        NotCollege = "not_college",
        NotCovered = "not_covered",
        NotReturning = "not_returning",
        OfficialFigure = "official_figure",
        OfficialFormula = "official_formula",
        OfficialFloor = "official_floor",
        OfficialApprox = "official_approx",
        ComparableRange = "comparable_range",
        /// Only the national rule: the province sets the amount and the data has none for it.
        NationalRuleOnly = "national_rule_only",
        NotInGroups = "not_in_groups",
        VariesByPlace = "varies_by_place",
        RuleWithoutAmount = "rule_without_amount",
        LastPublishedFigure = "last_published_figure",
        NeedsGraduationYear = "needs_graduation_year",
        UnverifiedRange = "unverified_range",
        UnverifiedRate = "unverified_rate",
    }
}

keyed_enum! {
    NonCashId {
        ReturnToSchool = "return_to_school",
        KaoyanBonus = "kaoyan_bonus",
        SpecialMasters = "special_masters",
        Zhuanshengben = "zhuanshengben",
        CivilService = "civil_service",
        MilitaryAcademyAge = "military_academy_age",
        SkillsCredit = "skills_credit",
    }
}

/// What the estimate needs to know. Amounts are yuan per year, as people know them.
#[derive(Clone, Debug, PartialEq)]
pub struct Household {
    pub round: Round,
    /// A place id (`32-wujiang`) or a province code (`32`).
    pub place: Option<&'static str>,
    pub education: Option<Education>,
    pub status: Option<EduStatus>,
    /// The year a graduate graduated: some local money goes to this year's graduates (应届) only.
    pub graduation_year: Option<i32>,
    pub tuition_yuan: Option<i64>,
    pub loan_yuan: Option<i64>,
    /// Years of study paid for (compensated at enlistment), in tenths: a term is half a year (1.5).
    pub years_studied: Option<Dec1>,
    /// The length of the programme (学制): compensation covers one programme at most.
    pub programme_years: Option<i64>,
    /// Years left after returning to school (fee waiver and the veterans' grant).
    pub years_remaining: Option<i64>,
    pub posting: Posting,
    pub honour: Honour,
    pub scheme: TuitionScheme,
}

impl Household {
    pub fn new(round: Round) -> Household {
        Household {
            round,
            place: None,
            education: None,
            status: None,
            graduation_year: None,
            tuition_yuan: None,
            loan_yuan: None,
            years_studied: None,
            programme_years: None,
            years_remaining: None,
            posting: Posting::Ordinary,
            honour: Honour::None,
            scheme: TuitionScheme::Normal,
        }
    }

    /// At university (or admitted, or a graduate of it): the levels tuition compensation covers.
    pub fn college(&self) -> bool {
        matches!(self.education, Some(Education::JuniorCollege | Education::Bachelor | Education::Postgraduate))
    }

    /// A university graduate at enlistment: graduated, or in the final year of a second-half round
    /// (graduation is in June or July). In a first-half round a final-year student has not
    /// graduated yet.
    pub fn graduate(&self) -> bool {
        match self.status {
            Some(EduStatus::Graduated) => true,
            Some(EduStatus::Graduating) => self.round.half == crate::round::Half::H2,
            _ => false,
        }
    }

    /// Will go back to (or start) university after service.
    pub fn returning(&self) -> bool {
        self.college() && matches!(self.status, Some(EduStatus::Enrolled | EduStatus::Admitted))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub id: LineId,
    /// Whose standard the amount is (a county, a city or a province), when it is a local one.
    pub place: Option<&'static str>,
    pub money: Money,
    pub basis: Basis,
    pub reason: LineReason,
    pub inputs: Vec<(Quantity, Val)>,
    pub sources: Vec<&'static Cite>,
    pub confidence: Confidence,
    /// Paid at the end of service rather than at enlistment (a local reward that says so).
    pub paid_after_service: bool,
}

impl Line {
    fn new(id: LineId, money: Money, basis: Basis, reason: LineReason) -> Line {
        Line {
            id,
            place: None,
            money,
            basis,
            reason,
            inputs: Vec::new(),
            sources: Vec::new(),
            confidence: Confidence::Verified,
            paid_after_service: false,
        }
    }

    fn input(mut self, q: Quantity, v: Val) -> Line {
        self.inputs.push((q, v));
        self
    }

    fn cites(mut self, cites: &'static [Cite], confidence: Confidence) -> Line {
        for c in cites {
            if !self.sources.contains(&c) {
                self.sources.push(c);
            }
        }
        if confidence.rank() > self.confidence.rank() {
            self.confidence = confidence;
        }
        self
    }

    fn cite<T>(self, d: &'static Dated<T>) -> Line {
        self.cites(d.cite, d.confidence)
    }
}

/// A payment, in months after enlistment, for the timeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Payment {
    pub month: u8,
    /// Paid once the veteran is back at school (the fee waiver, the veterans' grant, compensation
    /// paid on returning): after discharge, not at it.
    pub after_service: bool,
    pub line: LineId,
    pub money: Money,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NonCash {
    pub id: NonCashId,
    /// Whether it fits the household's education and status.
    pub applies: bool,
    pub value: Option<i64>,
    pub sources: Vec<&'static Cite>,
    pub confidence: Confidence,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    pub round: Round,
    pub provisional: bool,
    /// The approval date (the date on the enlistment notice).
    pub enlistment: Date,
    pub place: Option<&'static str>,
    pub lines: Vec<Line>,
    /// The sum of the lines with an amount; lines of unknown amount are not in it. It mixes
    /// money to different people at different times: the app shows `shares` instead.
    pub total: Money,
    /// The lines added up by who gets them, in the order of `Recipient::ALL`.
    pub shares: Vec<Share>,
    pub payments: Vec<Payment>,
    pub non_cash: Vec<NonCash>,
}

impl Estimate {
    pub fn line(&self, id: LineId) -> Option<&Line> {
        self.lines.iter().find(|l| l.id == id)
    }
}

/// The date two years after `d` (the end of service; 29 February falls back to the 28th).
pub fn after_service(d: Date, years: i64) -> Date {
    let y = d.year() + years as i32;
    crate::date::checked(y, u8::from(d.month()), d.day()).unwrap_or_else(|| ymd(y, u8::from(d.month()), 28))
}

pub fn estimate(h: &Household) -> Estimate {
    let enlistment = h.round.rules_date();
    let years_served = data::SERVICE_YEARS.at(enlistment).map_or(2, |d| d.value);
    let return_date = after_service(enlistment, years_served);
    let lines = vec![
        tuition::compensation(h, enlistment),
        tuition::waiver(h, return_date),
        family::payment(h, enlistment, years_served),
        local::reward(h, enlistment),
        service::allowance(enlistment),
        service::discharge(h, enlistment, years_served),
        local::discharge_grant(h, enlistment, years_served),
        tuition::veteran_grant(h, return_date),
    ];
    let total = lines.iter().filter(|l| l.money != Money::Unknown).fold(Money::Exact(0), |t, l| t.plus(l.money));
    let months = (years_served * 12) as u8;
    let mut payments = Vec::new();
    for l in &lines {
        match l.id {
            LineId::TuitionCompensation | LineId::EnlistmentReward if !l.paid_after_service => {
                payments.push(Payment { month: 0, after_service: false, line: l.id, money: l.money })
            }
            LineId::FamilyPayment => {
                let every = data::FAMILY_PAYMENT_INTERVAL_MONTHS.at(enlistment).map_or(6, |d| d.value).max(1);
                let n = (i64::from(months) / every).max(1);
                for i in 1..=n {
                    let money = l.money.times(1, n);
                    payments.push(Payment { month: (i * every) as u8, after_service: false, line: l.id, money });
                }
            }
            LineId::Allowance => {}
            LineId::TuitionWaiver | LineId::VeteranStudentGrant | LineId::TuitionCompensation => {
                payments.push(Payment { month: months, after_service: true, line: l.id, money: l.money })
            }
            _ => payments.push(Payment { month: months, after_service: false, line: l.id, money: l.money }),
        }
    }
    payments.retain(|p| !matches!(p.money, Money::Exact(0) | Money::Unknown));
    // In time order; payments of one month keep the order of the lines (a stable sort).
    payments.sort_by_key(|p| (p.month, p.after_service));
    let shares = Recipient::ALL
        .iter()
        .map(|r| {
            let mine: Vec<&Line> = lines.iter().filter(|l| l.id.recipient() == *r).collect();
            let known = mine.iter().filter(|l| l.money != Money::Unknown);
            let service = known.fold(Money::Exact(0), |t, l| t.plus(l.money));
            Share {
                recipient: *r,
                service,
                per_year: service.times(1, years_served.max(1)),
                years: years_served,
                unknown: mine.iter().filter(|l| l.money == Money::Unknown).count(),
            }
        })
        .collect();
    Estimate {
        round: h.round,
        provisional: h.round.provisional(),
        enlistment,
        place: h.place,
        lines,
        total,
        shares,
        payments,
        non_cash: noncash::list(h, enlistment),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_split_by_who_gets_what_and_are_never_mixed() {
        // Issue #14: cash to the family (优待金, rewards); the recruit's own pay (allowance,
        // 退役金, local grants); study benefits later (compensation, waiver, veterans' grant).
        let family = [LineId::FamilyPayment, LineId::EnlistmentReward];
        let recruit = [LineId::Allowance, LineId::DischargePayment, LineId::DischargeGrant];
        for id in LineId::ALL {
            let want = if family.contains(id) {
                Recipient::Family
            } else if recruit.contains(id) {
                Recipient::Recruit
            } else {
                Recipient::Study
            };
            assert_eq!(id.recipient(), want, "{id:?}");
        }
        let mut h = Household::new(Round::parse("2026-H2").unwrap());
        h.place = Some("32-wujiang");
        h.education = Some(Education::Bachelor);
        h.status = Some(EduStatus::Enrolled);
        h.tuition_yuan = Some(5000);
        h.years_studied = Some(Dec1(20));
        h.years_remaining = Some(2);
        let e = estimate(&h);
        assert_eq!(e.shares.iter().map(|s| s.recipient).collect::<Vec<_>>(), Recipient::ALL);
        for s in &e.shares {
            let known = e.lines.iter().filter(|l| l.id.recipient() == s.recipient && l.money != Money::Unknown);
            let sum = known.fold(Money::Exact(0), |t, l| t.plus(l.money));
            assert_eq!(s.service, sum, "{:?}", s.recipient);
            assert_eq!(s.per_year, sum.times(1, s.years));
        }
        let family = e.shares[0].service.bounds().unwrap().0;
        let fp = e.line(LineId::FamilyPayment).unwrap().money.bounds().unwrap().0;
        assert!(family >= fp && fp > 0);
        // Payments in time order; what is paid back at school comes after discharge, not at it.
        assert!(e.payments.windows(2).all(|w| (w[0].month, w[0].after_service) <= (w[1].month, w[1].after_service)));
        let later: Vec<LineId> = e.payments.iter().filter(|p| p.after_service).map(|p| p.line).collect();
        assert!(later.contains(&LineId::TuitionWaiver), "{later:?}");
        assert!(!later.contains(&LineId::FamilyPayment) && !later.contains(&LineId::DischargePayment));
    }
}

//! What every front door returns: a verdict, one check per criterion with the numbers that
//! decided it, and the sources. Keys and numbers only; the app translates every key.

use crate::data::{Cite, Confidence};
use crate::date::Date;
use crate::num::Dec1;
use crate::round::Round;

pub use crate::keys::{Reason, Status};

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Verdict {
    LikelyEligible,
    NeedsCheck,
    NotEligible,
}

impl Verdict {
    pub fn key(self) -> &'static str {
        match self {
            Verdict::LikelyEligible => "likely_eligible",
            Verdict::NeedsCheck => "needs_check",
            Verdict::NotEligible => "not_eligible",
        }
    }

    pub fn from_key(k: &str) -> Option<Verdict> {
        [Verdict::LikelyEligible, Verdict::NeedsCheck, Verdict::NotEligible].into_iter().find(|v| v.key() == k)
    }
}

use crate::keyed::keyed_enum;

keyed_enum! {
    /// The criteria. The first five are the core: an unanswered core check keeps the verdict at
    /// `needs_check`; the others are optional and only count when answered.
    CheckId {
        Age = "age",
        Education = "education",
        Height = "height",
        Bmi = "bmi",
        Vision = "vision",
        Surgery = "refractive_surgery",
        Tattoo = "tattoo",
        ColourVision = "colour_vision",
        BloodPressure = "blood_pressure",
        HeartRate = "heart_rate",
        Hearing = "hearing",
        FlatFeet = "flat_feet",
        Political = "political",
        PostSex = "post_sex",
        PostHeight = "post_height",
        PostBmi = "post_bmi",
        PostVision = "post_vision",
        PostSurgery = "post_surgery",
    }
}

impl CheckId {
    pub const CORE: [CheckId; 5] = [CheckId::Age, CheckId::Education, CheckId::Height, CheckId::Bmi, CheckId::Vision];

    pub fn is_core(self) -> bool {
        CheckId::CORE.contains(&self)
    }
}

keyed_enum! {
    /// Names of the numbers in `value`, `threshold` and `distance`; the unit is part of the name.
    Quantity {
        BirthYear = "birth_year",
        AgeInYear = "age_in_year",
        AgeMin = "age_min",
        AgeCap = "age_cap",
        /// A school student's cap once graduated (高中毕业生): what waiting for graduation gives.
        GraduateAgeCap = "graduate_age_cap",
        AgeCapHighSchool = "age_cap_high_school",
        AgeCapCollegeGraduate = "age_cap_college_graduate",
        AgeCapPostgraduate = "age_cap_postgraduate",
        BornFrom = "born_from",
        BornUntil = "born_until",
        YearsToSpare = "years_to_spare",
        YearsOverCap = "years_over_cap",
        YearsUntilMin = "years_until_min",
        Sex = "sex",
        Education = "education",
        EducationStatus = "education_status",
        GraduationYear = "graduation_year",
        Track = "track",
        HeightCm = "height_cm",
        HeightMinCm = "height_min_cm",
        HeightMaxCm = "height_max_cm",
        AboveMinCm = "above_min_cm",
        ShortCm = "short_cm",
        OverCm = "over_cm",
        WeightKg = "weight_kg",
        Bmi = "bmi",
        BmiMin = "bmi_min",
        BmiBelow = "bmi_below",
        BmiHba1cFrom = "bmi_hba1c_from",
        WeightMinKg = "weight_min_kg",
        WeightMaxKg = "weight_max_kg",
        WeightNoTestMaxKg = "weight_no_test_max_kg",
        LoseKg = "lose_kg",
        GainKg = "gain_kg",
        SpareKg = "spare_kg",
        VisionLeft = "vision_left",
        VisionRight = "vision_right",
        VisionWorse = "vision_worse",
        VisionFailBelow = "vision_fail_below",
        VisionCheckBelow = "vision_check_below",
        VisionMin = "vision_min",
        VisionShort = "vision_short",
        CorrectedVisionMin = "corrected_vision_min",
        CorrectionMaxDegrees = "correction_max_degrees",
        SurgeryMonths = "surgery_months",
        SurgeryMonthsAtExam = "surgery_months_at_exam",
        SurgeryMinMonths = "surgery_min_months",
        MonthsToWait = "months_to_wait",
        TattooExposedCm = "tattoo_exposed_cm",
        TattooExposedMaxCm = "tattoo_exposed_max_cm",
        TattooElsewhereCm = "tattoo_elsewhere_cm",
        TattooElsewhereMaxCm = "tattoo_elsewhere_max_cm",
        ColourVision = "colour_vision",
        SystolicMmhg = "systolic_mmhg",
        DiastolicMmhg = "diastolic_mmhg",
        SystolicMin = "systolic_min",
        SystolicBelow = "systolic_below",
        DiastolicMin = "diastolic_min",
        DiastolicBelow = "diastolic_below",
        HeartRateBpm = "heart_rate_bpm",
        HeartRateMin = "heart_rate_min",
        HeartRateMax = "heart_rate_max",
        HeartRateReviewMin = "heart_rate_review_min",
        HeartRateReviewMax = "heart_rate_review_max",
        WhisperLeftM = "whisper_left_m",
        WhisperRightM = "whisper_right_m",
        WhisperMinM = "whisper_min_m",
        FlatFeet = "flat_feet",
        Answered = "answered",
        Questions = "questions",
        Yes = "yes",
        Post = "post",
        // benefits
        TuitionYuan = "tuition_yuan",
        LoanYuan = "loan_yuan",
        CapYuan = "cap_yuan",
        Years = "years",
        MakeupMaxAge = "makeup_max_age",
        RegistrationAge = "registration_age",
        RegistrationDeadlineDayMonth = "registration_deadline_day_month",
        ReturnWithinYears = "return_within_years",
        FastingGlucoseBelowMmol = "fasting_glucose_below_mmol",
        NoticeYear = "notice_year",
        ResidencePermitYears = "residence_permit_years",
        YearsRemaining = "years_remaining",
        ProgrammeYears = "programme_years",
        PerYearYuan = "per_year_yuan",
        SharePct = "share_pct",
        StatisticYuan = "statistic_yuan",
        StatisticYear = "statistic_year",
        StandardYear = "standard_year",
        MultiplierPctMin = "multiplier_pct_min",
        MultiplierPctMax = "multiplier_pct_max",
        AddYuan = "add_yuan",
        BaseYuan = "base_yuan",
        YearsServed = "years_served",
        BonusPct = "bonus_pct",
        RateYuan = "rate_yuan",
        Comparables = "comparables",
        ComparableMinYuan = "comparable_min_yuan",
        ComparableMaxYuan = "comparable_max_yuan",
        EnlistmentDate = "enlistment_date",
        ReturnDate = "return_date",
        // the plan (plan.rs)
        RegisterBy = "register_by",
        RegisterByAlt = "register_by_alt",
        SurgeryCountsFrom = "surgery_counts_from",
        WeightBelowKg = "weight_below_kg",
        OverCapFromYear = "over_cap_from_year",
    }
}

/// A number, date or key in a report.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Val {
    /// One decimal place (cm, kg, BMI, 5-point vision).
    Dec(Dec1),
    Int(i64),
    Date(Date),
    /// An enumerated answer such as `bachelor`, translated by the app.
    Key(&'static str),
}

/// One criterion's result. `value` holds the applicant's numbers, `threshold` the limits that
/// applied (including the limits in the applicant's own terms, e.g. the heaviest weight allowed
/// at their height), `distance` how far they are from the deciding limit.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub id: CheckId,
    pub status: Status,
    pub reason: Reason,
    pub value: Vec<(Quantity, Val)>,
    pub threshold: Vec<(Quantity, Val)>,
    pub distance: Vec<(Quantity, Val)>,
    pub sources: Vec<&'static Cite>,
    pub confidence: Confidence,
}

impl Check {
    pub fn new(id: CheckId, status: Status, reason: Reason) -> Check {
        Check {
            id,
            status,
            reason,
            value: Vec::new(),
            threshold: Vec::new(),
            distance: Vec::new(),
            sources: Vec::new(),
            confidence: Confidence::Verified,
        }
    }

    pub fn unanswered(id: CheckId) -> Check {
        Check::new(id, Status::Unknown, Reason::NotAnswered)
    }

    pub fn value(mut self, q: Quantity, v: Val) -> Check {
        self.value.push((q, v));
        self
    }

    pub fn threshold(mut self, q: Quantity, v: Val) -> Check {
        self.threshold.push((q, v));
        self
    }

    pub fn distance(mut self, q: Quantity, v: Val) -> Check {
        self.distance.push((q, v));
        self
    }

    /// Adds the citations of a dated value; the check's confidence is that of its least sure value.
    pub fn cite<T>(self, d: &'static crate::data::Dated<T>) -> Check {
        self.cites(d.cite, d.confidence)
    }

    /// Adds citations resting on a value of confidence `confidence`.
    pub fn cites(mut self, cites: &'static [Cite], confidence: Confidence) -> Check {
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

    /// Lowers the confidence to `c` if `c` is less sure (a half-year rule's own confidence).
    pub fn at_most(mut self, c: Option<Confidence>) -> Check {
        if let Some(c) = c
            && c.rank() > self.confidence.rank()
        {
            self.confidence = c;
        }
        self
    }

    /// Applies the rule that only a value a text states decides a hard "no": a `fail` resting on
    /// the team's reading (derived), an unverified or a conflicting value becomes `needs_check`,
    /// keeping its reason and confidence. `evaluate` applies it to every check and post check.
    pub fn settle(mut self) -> Check {
        if self.status == Status::Fail && !self.confidence.settled() {
            self.status = Status::NeedsCheck;
        }
        self
    }

    pub fn get(&self, q: Quantity) -> Option<Val> {
        self.value.iter().chain(&self.threshold).chain(&self.distance).find(|(k, _)| *k == q).map(|(_, v)| *v)
    }
}

keyed_enum! {
    /// Special posts (条件兵).
    Post {
        TankCrew = "tank_crew",
        Naval = "naval",
        Diver = "diver",
        Airborne = "airborne",
        AirStewardess = "air_stewardess",
        SpecialForces = "special_forces",
        HkMacao = "hk_macao",
        HonourGuard = "honour_guard",
    }
}

/// The extra conditions of one special post, beside the general ones.
#[derive(Clone, Debug, PartialEq)]
pub struct PostReport {
    pub post: Post,
    pub status: Status,
    pub checks: Vec<Check>,
}

keyed_enum! {
    /// Facts the report adds beside the verdict; they never change it.
    NoteId {
        PriorityFamilies = "priority_families",
        PriorityStudents = "priority_students",
        PriorityBilingual = "priority_bilingual",
        PriorityDisasterRelief = "priority_disaster_relief",
        Registration = "registration",
        WhereToEnlist = "where_to_enlist",
        KeepStudyPlace = "keep_study_place",
        WomenRanking = "women_ranking",
        JuniorHighCap = "junior_high_cap",
        Wording2026 = "wording_2026",
        Glucose = "glucose",
        FinalDecision = "final_decision",
        PrescreenItems = "prescreen_items",
        Provisional = "provisional",
        ResidencePermit = "residence_permit",
        RegistrationMakeup = "registration_makeup",
        RegistrationCheck = "registration_check",
        Deferral = "deferral",
        Exemption = "exemption",
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub id: NoteId,
    pub sources: Vec<&'static Cite>,
    /// The numbers the note's sentence needs (an age, a number of years), from the data.
    pub numbers: Vec<(Quantity, Val)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub round: Round,
    pub provisional: bool,
    /// How current the round's rules are (`Round::rules_as_of`): one date per round.
    pub rules_as_of: Option<Date>,
    pub verdict: Verdict,
    pub checks: Vec<Check>,
    pub posts: Vec<PostReport>,
    pub notes: Vec<Note>,
}

impl Report {
    pub fn check(&self, id: CheckId) -> Option<&Check> {
        self.checks.iter().find(|c| c.id == id)
    }

    /// The checks that decided the verdict, in the order of the criteria, as the verdict rule
    /// reads: the failed ones for `not_eligible`; for `needs_check` the ones to check on site,
    /// then the unanswered core ones; none for `likely_eligible`.
    pub fn deciding(&self) -> Vec<&Check> {
        match self.verdict {
            Verdict::NotEligible => self.checks.iter().filter(|c| c.status == Status::Fail).collect(),
            Verdict::NeedsCheck => {
                let on_site = self.checks.iter().filter(|c| c.status == Status::NeedsCheck);
                on_site.chain(self.checks.iter().filter(|c| c.id.is_core() && c.status == Status::Unknown)).collect()
            }
            Verdict::LikelyEligible => Vec::new(),
        }
    }

    /// No criterion could be judged yet: every check is still unknown.
    pub fn nothing_answered(&self) -> bool {
        self.checks.iter().all(|c| c.status == Status::Unknown)
    }
}

/// The verdict rule: `not_eligible` if any check fails; else `needs_check` if any check needs a
/// check or a core check is unknown; else `likely_eligible`. Special posts are not part of it.
pub fn verdict(checks: &[Check]) -> Verdict {
    if checks.iter().any(|c| c.status == Status::Fail) {
        Verdict::NotEligible
    } else if checks.iter().any(|c| c.status == Status::NeedsCheck || (c.id.is_core() && c.status == Status::Unknown))
        || CheckId::CORE.iter().any(|id| !checks.iter().any(|c| c.id == *id))
    {
        Verdict::NeedsCheck
    } else {
        Verdict::LikelyEligible
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(checks: Vec<Check>) -> Report {
        Report {
            round: Round::parse("2026-H2").unwrap(),
            provisional: false,
            rules_as_of: None,
            verdict: verdict(&checks),
            checks,
            posts: Vec::new(),
            notes: Vec::new(),
        }
    }

    fn ids(r: &Report) -> Vec<CheckId> {
        r.deciding().iter().map(|c| c.id).collect()
    }

    #[test]
    fn the_banner_names_what_decided() {
        let pass = |id| Check::new(id, Status::Pass, Reason::InRange);
        let all_core = || CheckId::CORE.map(pass).to_vec();
        // A fail decides alone, even beside an on-site check.
        let mut c = all_core();
        c[3].status = Status::Fail;
        c[4].status = Status::NeedsCheck;
        assert_eq!(ids(&report(c)), [CheckId::Bmi]);
        // On-site checks first, then the core questions not answered yet; optional unknowns never.
        let mut c = all_core();
        c[0] = Check::unanswered(CheckId::Age);
        c[4].status = Status::NeedsCheck;
        c.push(Check::unanswered(CheckId::Tattoo));
        assert_eq!(ids(&report(c)), [CheckId::Vision, CheckId::Age]);
        // Nothing decides a "likely eligible".
        assert!(ids(&report(all_core())).is_empty());
    }

    #[test]
    fn nothing_answered_until_one_check_is_judged() {
        let unknown = CheckId::CORE.map(Check::unanswered).to_vec();
        assert!(report(unknown.clone()).nothing_answered());
        let mut one = unknown;
        one[2].status = Status::Pass;
        assert!(!report(one).nothing_answered());
    }
}

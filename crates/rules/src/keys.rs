//! The shared keyed vocabulary: rounds, sexes, check statuses and reasons. A leaf module (it
//! imports nothing of the engine but the `keyed_enum!` macro), so `data`, `report`, `round`,
//! `applicant` and `benefits` can all use these words without depending on one another.

use crate::keyed::keyed_enum;
use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Half {
    H1,
    H2,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    pub fn key(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }
}

/// A half-year recruitment round. Ordered by time.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub struct Round {
    pub year: i32,
    pub half: Half,
}

impl Round {
    /// Parses `YYYY-H1` / `YYYY-H2` (any year; whether the data covers it is [`Round::data`]).
    pub fn parse(s: &str) -> Option<Round> {
        let (y, h) = s.split_once('-')?;
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let half = match h {
            "H1" => Half::H1,
            "H2" => Half::H2,
            _ => return None,
        };
        Some(Round { year: y.parse().ok()?, half })
    }
}

impl fmt::Display for Round {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.year, if self.half == Half::H1 { "H1" } else { "H2" })
    }
}

/// Ordered from best to worst, so `max` of several statuses is the one that decides.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Status {
    Pass,
    Unknown,
    NeedsCheck,
    Fail,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Unknown => "unknown",
            Status::NeedsCheck => "needs_check",
            Status::Fail => "fail",
        }
    }
}

keyed_enum! {
    /// Why a check came out as it did. One flat list so the app can translate every case.
    Reason {
        NotAnswered = "not_answered",
        NoRule = "no_rule",
        // age
        WithinWindow = "within_window",
        TooYoung = "too_young",
        Voluntary17 = "voluntary_17",
        OverCap = "over_cap",
        CapDependsOnEducation = "cap_depends_on_education",
        // education (keys shared with data/params/tracks.toml)
        Listed = "listed",
        JuniorHighRoute = "junior_high_route",
        CountsAsJuniorHigh = "counts_as_junior_high",
        GraduatingInH1 = "graduating_in_h1",
        H1CollegeOnly = "h1_college_only",
        NotListed = "not_listed",
        WordingUnclear = "wording_unclear",
        PriorYearH1 = "prior_year_h1",
        AdmittedUnclear = "admitted_unclear",
        BelowMinimum = "below_minimum",
        NoFemaleRoute = "no_female_route",
        NeedsGraduationYear = "needs_graduation_year",
        // height, bmi
        AtLeastMin = "at_least_min",
        BelowMin = "below_min",
        InRange = "in_range",
        AboveMax = "above_max",
        Hba1cTest = "hba1c_test",
        // vision
        BothEyesGood = "both_eyes_good",
        CorrectedTest = "corrected_test",
        EyeBelowMin = "eye_below_min",
        BelowAfterSurgery = "below_after_surgery",
        // refractive surgery
        NoSurgery = "no_surgery",
        Healed = "healed",
        HealedByExam = "healed_by_exam",
        TooRecent = "too_recent",
        OtherProcedure = "other_procedure",
        // tattoos
        NoTattoo = "no_tattoo",
        WithinLimits = "within_limits",
        FaceOrNeck = "face_or_neck",
        ExposedTooLarge = "exposed_too_large",
        ElsewhereTooLarge = "elsewhere_too_large",
        Cosmetic = "cosmetic",
        DetailsMissing = "details_missing",
        // colour vision, blood pressure, heart rate, hearing, flat feet
        Normal = "normal",
        LandPostsOnly = "land_posts_only",
        ColourDeficient = "colour_deficient",
        OutOfRange = "out_of_range",
        PhysiologicalReview = "physiological_review",
        WhisperTooShort = "whisper_too_short",
        OneEarBelow = "one_ear_below",
        ArchPresent = "arch_present",
        NoArch = "no_arch",
        // political review
        AllNo = "all_no",
        SomeYes = "some_yes",
        PartlyAnswered = "partly_answered",
        // special posts
        NotListedForSex = "not_listed_for_sex",
        WithinPostRange = "within_post_range",
        OutsidePostRange = "outside_post_range",
        ExcellentPhysique = "excellent_physique",
        OlderValueBelow = "older_value_below",
        SurgeryExcluded = "surgery_excluded",
    }
}

//! Education: sort the applicant into one of the groups the national statements name (a track),
//! then read that track's outcome and age cap for the round from `data/params/tracks.toml`.

use crate::applicant::{Applicant, EduStatus, Education};
use crate::data::{self, Dated, HalfRule, Param, TrackRule};
use crate::date::Date;
use crate::keyed::keyed_enum;
use crate::report::{Check, CheckId, Quantity, Reason, Status, Val};
use crate::round::Sex;

keyed_enum! {
    /// The groups of the notices. Keys are the parameter names in `tracks.toml`.
    Track {
        MaleJuniorHigh = "male_junior_high",
        MaleJuniorHighGraduating = "male_junior_high_graduating",
        MaleHighSchool = "male_high_school",
        MaleHighSchoolGraduating = "male_high_school_graduating",
        MaleHighSchoolEnrolled = "male_high_school_enrolled",
        MaleCollegeStudent = "male_college_student",
        MaleCollegeGraduate = "male_college_graduate",
        MalePostgraduate = "male_postgraduate",
        MalePostgraduateAdmitted = "male_postgraduate_admitted",
        FemaleCollegeCurrent = "female_college_current",
        FemaleCollegePriorYear = "female_college_prior_year",
        FemaleCollegeEarlier = "female_college_earlier",
        FemaleCollegeAdmitted = "female_college_admitted",
        FemalePostgraduateCurrent = "female_postgraduate_current",
        FemalePostgraduateEarlier = "female_postgraduate_earlier",
        FemalePostgraduateAdmitted = "female_postgraduate_admitted",
        FemaleHighSchoolCurrent = "female_high_school_current",
        FemaleHighSchoolOther = "female_high_school_other",
        FemaleNoRoute = "female_no_route",
        BelowJuniorHigh = "below_junior_high",
    }
}

impl Track {
    pub fn param(self) -> &'static Param<TrackRule> {
        match self {
            Track::MaleJuniorHigh => &data::MALE_JUNIOR_HIGH,
            Track::MaleJuniorHighGraduating => &data::MALE_JUNIOR_HIGH_GRADUATING,
            Track::MaleHighSchool => &data::MALE_HIGH_SCHOOL,
            Track::MaleHighSchoolGraduating => &data::MALE_HIGH_SCHOOL_GRADUATING,
            Track::MaleHighSchoolEnrolled => &data::MALE_HIGH_SCHOOL_ENROLLED,
            Track::MaleCollegeStudent => &data::MALE_COLLEGE_STUDENT,
            Track::MaleCollegeGraduate => &data::MALE_COLLEGE_GRADUATE,
            Track::MalePostgraduate => &data::MALE_POSTGRADUATE,
            Track::MalePostgraduateAdmitted => &data::MALE_POSTGRADUATE_ADMITTED,
            Track::FemaleCollegeCurrent => &data::FEMALE_COLLEGE_CURRENT,
            Track::FemaleCollegePriorYear => &data::FEMALE_COLLEGE_PRIOR_YEAR,
            Track::FemaleCollegeEarlier => &data::FEMALE_COLLEGE_EARLIER,
            Track::FemaleCollegeAdmitted => &data::FEMALE_COLLEGE_ADMITTED,
            Track::FemalePostgraduateCurrent => &data::FEMALE_POSTGRADUATE_CURRENT,
            Track::FemalePostgraduateEarlier => &data::FEMALE_POSTGRADUATE_EARLIER,
            Track::FemalePostgraduateAdmitted => &data::FEMALE_POSTGRADUATE_ADMITTED,
            Track::FemaleHighSchoolCurrent => &data::FEMALE_HIGH_SCHOOL_CURRENT,
            Track::FemaleHighSchoolOther => &data::FEMALE_HIGH_SCHOOL_OTHER,
            Track::FemaleNoRoute => &data::FEMALE_NO_ROUTE,
            Track::BelowJuniorHigh => &data::BELOW_JUNIOR_HIGH,
        }
    }

    pub fn sex(self) -> Option<Sex> {
        match self.key() {
            k if k.starts_with("male_") => Some(Sex::Male),
            k if k.starts_with("female_") => Some(Sex::Female),
            _ => None,
        }
    }

    /// The main group of each sex, whose cap applies when no other is known.
    pub fn base(sex: Sex) -> Track {
        match sex {
            Sex::Male => Track::MaleHighSchool,
            Sex::Female => Track::FemaleCollegeCurrent,
        }
    }
}

/// Why no track could be chosen.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Unclassified {
    NotAnswered,
    NeedsGraduationYear,
}

/// Which group of the notice the answers put the applicant in.
pub fn classify(a: &Applicant) -> Result<Track, Unclassified> {
    use EduStatus::*;
    use Education::*;
    let (Some(sex), Some(edu), Some(status)) = (a.sex, a.education, a.status) else {
        return Err(Unclassified::NotAnswered);
    };
    let year = a.round.year;
    // How long ago a finished degree was completed: 0 this year, 1 last year, 2 or more earlier.
    let years_since = |fallback_needed: bool| -> Result<i32, Unclassified> {
        match (status, a.graduation_year) {
            (Graduated, Some(g)) => Ok((year - g).max(0)),
            (Graduated, None) if fallback_needed => Err(Unclassified::NeedsGraduationYear),
            _ => Ok(0),
        }
    };
    Ok(match (sex, edu) {
        // Still at junior high, or admitted to it: below every route.
        (_, JuniorHigh) if matches!(status, Enrolled | Admitted) => Track::BelowJuniorHigh,
        (Sex::Male, JuniorHigh) if status == Graduating => Track::MaleJuniorHighGraduating,
        (Sex::Male, JuniorHigh) => Track::MaleJuniorHigh,
        (Sex::Female, JuniorHigh | VocationalSecondary) => Track::FemaleNoRoute,
        (Sex::Male, HighSchool | VocationalSecondary) => match status {
            Graduated => Track::MaleHighSchool,
            Graduating => Track::MaleHighSchoolGraduating,
            Enrolled | Admitted => Track::MaleHighSchoolEnrolled,
        },
        (Sex::Female, HighSchool) => match status {
            Graduating => Track::FemaleHighSchoolCurrent,
            Graduated if years_since(true)? == 0 => Track::FemaleHighSchoolCurrent,
            _ => Track::FemaleHighSchoolOther,
        },
        (Sex::Male, JuniorCollege | Bachelor) => match status {
            Graduated | Graduating => Track::MaleCollegeGraduate,
            Enrolled | Admitted => Track::MaleCollegeStudent,
        },
        (Sex::Female, JuniorCollege | Bachelor) => match status {
            Enrolled | Graduating => Track::FemaleCollegeCurrent,
            Admitted => Track::FemaleCollegeAdmitted,
            Graduated => match years_since(true)? {
                0 => Track::FemaleCollegeCurrent,
                1 => Track::FemaleCollegePriorYear,
                _ => Track::FemaleCollegeEarlier,
            },
        },
        (Sex::Male, Postgraduate) => match status {
            Admitted => Track::MalePostgraduateAdmitted,
            _ => Track::MalePostgraduate,
        },
        (Sex::Female, Postgraduate) => match status {
            Admitted => Track::FemalePostgraduateAdmitted,
            Enrolled | Graduating => Track::FemalePostgraduateCurrent,
            Graduated => match years_since(true)? {
                0 => Track::FemalePostgraduateCurrent,
                _ => Track::FemalePostgraduateEarlier,
            },
        },
    })
}

/// The track the answers give, with its rule for the round.
#[derive(Clone, Copy, Debug)]
pub struct Placed {
    pub track: Track,
    pub rule: HalfRule,
    pub dated: &'static Dated<TrackRule>,
}

pub fn check(a: &Applicant, date: Date) -> (Check, Option<Placed>) {
    let mut answers = Vec::new();
    if let Some(e) = a.education {
        answers.push((Quantity::Education, Val::Key(e.key())));
    }
    if let Some(s) = a.status {
        answers.push((Quantity::EducationStatus, Val::Key(s.key())));
    }
    if let Some(g) = a.graduation_year {
        answers.push((Quantity::GraduationYear, Val::Int(i64::from(g))));
    }
    let with_answers = |mut c: Check| {
        c.value.extend(answers.iter().copied());
        c
    };
    let track = match classify(a) {
        Ok(t) => t,
        Err(Unclassified::NotAnswered) => {
            return (with_answers(Check::unanswered(CheckId::Education)), None);
        }
        Err(Unclassified::NeedsGraduationYear) => {
            let c = Check::new(CheckId::Education, Status::Unknown, Reason::NeedsGraduationYear);
            return (with_answers(c), None);
        }
    };
    let Some(dated) = track.param().at(date) else {
        return (with_answers(Check::new(CheckId::Education, Status::Unknown, Reason::NoRule)), None);
    };
    let rule = dated.value.half(a.round.half);
    let c = with_answers(Check::new(CheckId::Education, rule.outcome, rule.reason))
        .value(Quantity::Track, Val::Key(track.key()));
    // A half with its own texts cites those (the women's first-half high-school "no" rests on the
    // graduation logic as local notices state it, not on the national text).
    let mut c = if rule.cite.is_empty() { c.cite(dated) } else { c.cites(rule.cite, dated.confidence) }
        .at_most(rule.confidence);
    // A man still at high school can enlist now on the junior-high route (leaving school) or
    // wait until he graduates: the report gives both caps so the choice can be explained.
    let cap = |t: Track| t.param().at(date).and_then(|d| d.value.half(a.round.half).cap.map(|cap| (d, cap)));
    if matches!(track, Track::MaleHighSchoolEnrolled | Track::MaleHighSchoolGraduating)
        && let (Some((junior, now)), Some((graduate, later))) = (cap(Track::MaleJuniorHigh), cap(Track::MaleHighSchool))
    {
        c = c
            .threshold(Quantity::AgeCap, Val::Int(i64::from(now)))
            .threshold(Quantity::GraduateAgeCap, Val::Int(i64::from(later)))
            .cite(junior)
            .cite(graduate);
    }
    (c, Some(Placed { track, rule, dated }))
}

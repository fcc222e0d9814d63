//! Age by calendar year: the age reached by 31 December of the round's year must lie between the
//! minimum (18) and the cap of the applicant's education track. Both halves of a year therefore
//! share one birth window: born 1 Jan (year - cap) to 31 Dec (year - 18), inclusive.

use super::education::{Placed, Track};
use crate::applicant::Applicant;
use crate::data::{self, Dated, TrackRule};
use crate::date::{Date, ymd};
use crate::report::{Check, CheckId, Quantity, Reason, Status, Val};
use crate::round::Sex;

/// The lowest and highest caps any admitting track gives on this date for this sex (or for both
/// sexes when the sex is not known), each with the value that sets it.
/// A cap and the dated rule that sets it.
type Cap = (i64, &'static Dated<TrackRule>);

fn cap_span(a: &Applicant, date: Date) -> Option<(Cap, Cap)> {
    let caps: Vec<Cap> = Track::ALL
        .iter()
        .filter(|t| a.sex.is_none() || t.sex() == a.sex)
        .filter_map(|t| {
            let d = t.param().at(date)?;
            let rule = d.value.half(a.round.half);
            (rule.outcome != Status::Fail).then_some((i64::from(rule.cap?), d))
        })
        .collect();
    // Among tracks with the same cap, the best-sourced one speaks for it.
    let sure = |d: &&Dated<TrackRule>| d.confidence.rank();
    let low = *caps.iter().min_by_key(|c| (c.0, sure(&c.1)))?;
    let high = *caps.iter().max_by_key(|c| (c.0, std::cmp::Reverse(sure(&c.1))))?;
    Some((low, high))
}

/// The caps of the main groups of the applicant's sex in this round, so that a message asking for
/// the education can name them (men 22 / 24 / 26; women in a first half 23 / 26, no high-school
/// route). A group that does not apply in this half is left out.
fn group_caps(a: &Applicant, date: Date) -> Vec<(Quantity, Val)> {
    let groups = match a.sex {
        Some(Sex::Male) => [Track::MaleHighSchool, Track::MaleCollegeGraduate, Track::MalePostgraduate],
        Some(Sex::Female) => {
            [Track::FemaleHighSchoolCurrent, Track::FemaleCollegePriorYear, Track::FemalePostgraduateCurrent]
        }
        None => return Vec::new(),
    };
    let names = [Quantity::AgeCapHighSchool, Quantity::AgeCapCollegeGraduate, Quantity::AgeCapPostgraduate];
    names
        .into_iter()
        .zip(groups)
        .filter_map(|(q, t)| {
            let rule = t.param().at(date)?.value.half(a.round.half);
            (rule.outcome != Status::Fail).then_some((q, Val::Int(i64::from(rule.cap?))))
        })
        .collect()
}

pub fn check(a: &Applicant, date: Date, placed: Option<Placed>) -> Check {
    let Some(birth_year) = a.birth_year else {
        return Check::unanswered(CheckId::Age);
    };
    let (Some(min), Some(voluntary)) = (data::AGE_MIN.at(date), data::AGE_VOLUNTARY.at(date)) else {
        return Check::new(CheckId::Age, Status::Unknown, Reason::NoRule);
    };
    let year = a.round.year;
    let age = i64::from(year - birth_year);
    let min_age = min.value;

    // The cap: the applicant's track's, else (track fails) the sex's main group's, else unknown.
    let track_cap = match placed {
        Some(p) if p.rule.cap.is_some() => Some((i64::from(p.rule.cap.unwrap_or(0)), p.dated, p.rule.confidence)),
        Some(_) => a.sex.and_then(|s| {
            let d = Track::base(s).param().at(date)?;
            let rule = d.value.half(a.round.half);
            Some((i64::from(rule.cap?), d, rule.confidence))
        }),
        None => None,
    };

    let base = Check::new(CheckId::Age, Status::Pass, Reason::WithinWindow)
        .value(Quantity::BirthYear, Val::Int(i64::from(birth_year)))
        .value(Quantity::AgeInYear, Val::Int(age))
        .threshold(Quantity::AgeMin, Val::Int(min_age))
        .threshold(Quantity::BornUntil, Val::Date(ymd(year - min_age as i32, 12, 31)))
        .cite(min);
    let with_cap = |c: Check, cap: i64| {
        c.threshold(Quantity::AgeCap, Val::Int(cap))
            .threshold(Quantity::BornFrom, Val::Date(ymd(year - cap as i32, 1, 1)))
    };

    if age < voluntary.value {
        let c = Check { status: Status::Fail, reason: Reason::TooYoung, ..base };
        return c.distance(Quantity::YearsUntilMin, Val::Int(min_age - age)).cite(voluntary);
    }
    if age < min_age {
        // The law allows 17-year-olds who volunteer; the annual notices are silent.
        let c = Check { status: Status::NeedsCheck, reason: Reason::Voluntary17, ..base };
        return c.distance(Quantity::YearsUntilMin, Val::Int(min_age - age)).cite(voluntary);
    }
    match track_cap {
        Some((cap, dated, half_confidence)) => {
            let c = with_cap(base, cap).cite(dated).at_most(half_confidence);
            if age > cap {
                Check { status: Status::Fail, reason: Reason::OverCap, ..c }
                    .distance(Quantity::YearsOverCap, Val::Int(age - cap))
            } else {
                c.distance(Quantity::YearsToSpare, Val::Int(cap - age))
            }
        }
        None => match cap_span(a, date) {
            Some(((low, dated), _)) if age <= low => {
                with_cap(base, low).cite(dated).distance(Quantity::YearsToSpare, Val::Int(low - age))
            }
            Some((_, (high, dated))) if age > high => {
                Check { status: Status::Fail, reason: Reason::OverCap, ..with_cap(base, high) }
                    .cite(dated)
                    .distance(Quantity::YearsOverCap, Val::Int(age - high))
            }
            _ => {
                let mut c = Check { status: Status::Unknown, reason: Reason::CapDependsOnEducation, ..base };
                c.threshold.extend(group_caps(a, date));
                c
            }
        },
    }
}

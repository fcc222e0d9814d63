//! Notes beside the verdict: priority groups the applicant belongs to and facts that fit their
//! answers (registration for men, ranking for women, where students enlist). Never a verdict.

use super::education::{Placed, Track};
use crate::applicant::{Applicant, EduStatus, Education, Priority};
use crate::data::{self, Param};
use crate::date::Date;
use crate::report::{Check, CheckId, Note, NoteId, Quantity, Reason, Val};
use crate::round::Sex;

fn rule(id: NoteId) -> Option<&'static Param<()>> {
    Some(match id {
        NoteId::PriorityFamilies => &data::NOTE_PRIORITY_FAMILIES,
        NoteId::PriorityStudents => &data::NOTE_PRIORITY_STUDENTS,
        NoteId::PriorityBilingual => &data::NOTE_PRIORITY_BILINGUAL,
        NoteId::PriorityDisasterRelief => &data::NOTE_PRIORITY_DISASTER_RELIEF,
        NoteId::WhereToEnlist => &data::NOTE_WHERE_TO_ENLIST,
        NoteId::WomenRanking => &data::NOTE_WOMEN_RANKING,
        NoteId::JuniorHighCap => &data::NOTE_JUNIOR_HIGH_CAP,
        NoteId::Wording2026 => &data::NOTE_WORDING_2026,
        NoteId::FinalDecision => &data::NOTE_FINAL_DECISION,
        NoteId::PrescreenItems => &data::NOTE_PRESCREEN_ITEMS,
        NoteId::RegistrationCheck => &data::NOTE_REGISTRATION_CHECK,
        NoteId::Deferral => &data::NOTE_DEFERRAL,
        NoteId::Exemption => &data::NOTE_EXEMPTION,
        NoteId::ResidencePermit | NoteId::RegistrationMakeup | NoteId::Registration | NoteId::KeepStudyPlace => {
            return None;
        }
        NoteId::Glucose => return None,
        NoteId::Provisional => return None,
    })
}

/// A note whose sentence needs a number: the number's parameter and its name in the report.
fn numbered(id: NoteId) -> Option<(&'static Param<i64>, Quantity)> {
    Some(match id {
        NoteId::ResidencePermit => (&data::NOTE_RESIDENCE_PERMIT, Quantity::ResidencePermitYears),
        NoteId::RegistrationMakeup => (&data::NOTE_REGISTRATION_MAKEUP, Quantity::MakeupMaxAge),
        NoteId::Registration => (&data::NOTE_REGISTRATION, Quantity::RegistrationAge),
        NoteId::KeepStudyPlace => (&data::NOTE_KEEP_STUDY_PLACE, Quantity::ReturnWithinYears),
        _ => return None,
    })
}

/// Numbers a note's sentence needs from elsewhere in the data: the registration deadline of the
/// rules date's year (absent where no text gives one), the junior-high route's age cap.
fn more_numbers(id: NoteId, date: Date, placed: Option<Placed>) -> Vec<(Quantity, Val)> {
    match id {
        NoteId::Registration => crate::process::registration_deadline(date)
            .map(|deadline| vec![(Quantity::RegistrationDeadlineDayMonth, Val::Date(deadline))])
            .unwrap_or_default(),
        NoteId::JuniorHighCap => placed
            .and_then(|p| p.rule.cap)
            .map(|cap| vec![(Quantity::AgeCap, Val::Int(i64::from(cap)))])
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

pub fn collect(a: &Applicant, date: Date, placed: Option<Placed>, checks: &[Check]) -> Vec<Note> {
    let mut ids = Vec::new();
    if a.round.provisional() {
        ids.push(NoteId::Provisional);
    }
    for p in &a.priority {
        ids.push(match p {
            Priority::MartyrFamily | Priority::SoldierChild => NoteId::PriorityFamilies,
            Priority::StemStudent | Priority::Skills => NoteId::PriorityStudents,
            Priority::Bilingual => NoteId::PriorityBilingual,
            Priority::DisasterRelief => NoteId::PriorityDisasterRelief,
        });
    }
    // Catch-up registration (补登) is for a man past the year he reached the registration age
    // (the law's minimum, 18) and within the catch-up age; one who turns 18 this year registers
    // as usual, one past the catch-up age can no longer. Without a birth year it is shown.
    let makeup = match (a.birth_year, data::NOTE_REGISTRATION_MAKEUP.at(date), data::AGE_MIN.at(date)) {
        (Some(y), Some(max), Some(min)) => {
            let age = i64::from(a.round.year) - i64::from(y);
            age > min.value && age <= max.value
        }
        _ => true,
    };
    match a.sex {
        Some(Sex::Male) => {
            ids.push(NoteId::Registration);
            if makeup {
                ids.push(NoteId::RegistrationMakeup);
            }
            ids.push(NoteId::RegistrationCheck);
        }
        Some(Sex::Female) => ids.push(NoteId::WomenRanking),
        None => {}
    }
    if let Some(p) = placed {
        if matches!(p.track, Track::MaleJuniorHigh | Track::MaleHighSchoolEnrolled) {
            ids.push(NoteId::JuniorHighCap);
        }
        if p.rule.reason == Reason::WordingUnclear {
            ids.push(NoteId::Wording2026);
        }
    }
    // Enlisting where one studies and keeping the study place (保留学籍) are for students of a
    // 普通高校; a school pupil who enlists leaves school (the education check says so).
    let college = matches!(a.education, Some(Education::JuniorCollege | Education::Bachelor | Education::Postgraduate));
    if college && matches!(a.status, Some(EduStatus::Enrolled | EduStatus::Admitted | EduStatus::Graduating)) {
        ids.push(NoteId::WhereToEnlist);
        ids.push(NoteId::KeepStudyPlace);
    }
    if checks.iter().any(|c| c.id == CheckId::Bmi && c.value.iter().any(|(q, _)| *q == Quantity::Bmi)) {
        ids.push(NoteId::Glucose);
    }
    ids.extend([NoteId::ResidencePermit, NoteId::Deferral, NoteId::Exemption]);
    ids.push(NoteId::PrescreenItems);
    ids.push(NoteId::FinalDecision);
    ids.dedup();

    let mut notes: Vec<Note> = Vec::new();
    for id in ids {
        if notes.iter().any(|n| n.id == id) {
            continue;
        }
        // A note is shown only while the data has a text for it on the rules date.
        let (sources, mut numbers) = match (id, rule(id), numbered(id)) {
            (NoteId::Glucose, _, _) => match data::FASTING_GLUCOSE_BELOW.at(date) {
                Some(d) => (d.cite.iter().collect(), vec![(Quantity::FastingGlucoseBelowMmol, Val::Dec(d.value))]),
                None => continue,
            },
            // The year of the notice whose wording is in question: the year its text took effect.
            (NoteId::Wording2026, Some(param), _) => match param.at(date) {
                Some(d) => (d.cite.iter().collect(), vec![(Quantity::NoticeYear, Val::Int(i64::from(d.from.year())))]),
                None => continue,
            },
            (_, Some(param), _) => match param.at(date) {
                Some(d) => (d.cite.iter().collect(), Vec::new()),
                None => continue,
            },
            (_, None, Some((param, q))) => match param.at(date) {
                Some(d) => (d.cite.iter().collect(), vec![(q, Val::Int(d.value))]),
                None => continue,
            },
            (_, None, None) => (Vec::new(), Vec::new()),
        };
        numbers.extend(more_numbers(id, date, placed));
        notes.push(Note { id, sources, numbers });
    }
    notes
}

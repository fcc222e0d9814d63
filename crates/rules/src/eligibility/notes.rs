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
        NoteId::Registration => &data::NOTE_REGISTRATION,
        NoteId::LateRegistration => return None,
        NoteId::WhereToEnlist => &data::NOTE_WHERE_TO_ENLIST,
        NoteId::KeepStudyPlace => &data::NOTE_KEEP_STUDY_PLACE,
        NoteId::WomenRanking => &data::NOTE_WOMEN_RANKING,
        NoteId::JuniorHighCap => &data::NOTE_JUNIOR_HIGH_CAP,
        NoteId::Wording2026 => &data::NOTE_WORDING_2026,
        NoteId::FinalDecision => &data::NOTE_FINAL_DECISION,
        NoteId::PrescreenItems => &data::NOTE_PRESCREEN_ITEMS,
        NoteId::Glucose => return None,
        NoteId::Provisional => return None,
    })
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
    // A man past the year he turned 18 and within the catch-up age: if he never registered, he
    // registers now (补登). The applicant is not asked whether he did, so the note says "if".
    // Registration is due in the year a man reaches the law's minimum age (18).
    let late = data::NOTE_LATE_REGISTRATION.at(date).zip(data::AGE_MIN.at(date)).filter(|(d, min)| {
        let age = a.birth_year.map(|y| i64::from(a.round.year) - i64::from(y));
        a.sex == Some(Sex::Male) && age.is_some_and(|age| age > min.value && age <= d.value)
    });
    match a.sex {
        Some(Sex::Male) => {
            ids.push(NoteId::Registration);
            if late.is_some() {
                ids.push(NoteId::LateRegistration);
            }
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
    ids.push(NoteId::PrescreenItems);
    ids.push(NoteId::FinalDecision);
    ids.dedup();

    let mut notes: Vec<Note> = Vec::new();
    for id in ids {
        if notes.iter().any(|n| n.id == id) {
            continue;
        }
        let mut values = Vec::new();
        let sources = match (id, rule(id)) {
            (NoteId::Glucose, _) => match data::FASTING_GLUCOSE_BELOW.at(date) {
                Some(d) => d.cite.iter().collect(),
                None => continue,
            },
            (NoteId::LateRegistration, _) => match late {
                Some((d, min)) => {
                    values.push((Quantity::AgeMin, Val::Int(min.value)));
                    values.push((Quantity::LateRegistrationAgeMax, Val::Int(d.value)));
                    d.cite.iter().collect()
                }
                None => continue,
            },
            (_, Some(param)) => match param.at(date) {
                Some(d) => d.cite.iter().collect(),
                None => continue,
            },
            (_, None) => Vec::new(),
        };
        notes.push(Note { id, sources, values });
    }
    notes
}

//! Benefits after service that are not (only) money: returning to study, the postgraduate exam
//! bonus, the special master's plan, the 专升本 exam exemption, civil-service preferences.
//! All are listed; `applies` says which fit the household's education and status.

use super::{Household, NonCash, NonCashId};
use crate::applicant::{EduStatus, Education};
use crate::data::{self, Dated};
use crate::date::Date;

fn item<T>(
    id: NonCashId,
    applies: bool,
    d: Option<&'static Dated<T>>,
    value: impl Fn(&T) -> Option<i64>,
) -> Option<NonCash> {
    let d = d?;
    Some(NonCash { id, applies, value: value(&d.value), sources: d.cite.iter().collect(), confidence: d.confidence })
}

pub fn list(h: &Household, date: Date) -> Vec<NonCash> {
    let (student, college) = (h.returning(), h.college());
    let none = |_: &()| None;
    let some = |v: &i64| Some(*v);
    [
        item(NonCashId::ReturnToSchool, student, data::RETURN_TO_SCHOOL.at(date), none),
        item(NonCashId::KaoyanBonus, college, data::KAOYAN_BONUS_POINTS.at(date), some),
        item(NonCashId::SpecialMasters, college, data::SPECIAL_MASTERS_PLAN.at(date), none),
        item(
            NonCashId::Zhuanshengben,
            h.education == Some(Education::JuniorCollege),
            data::ZHUANSHENGBEN_EXEMPTION.at(date),
            none,
        ),
        item(NonCashId::CivilService, true, data::CIVIL_SERVICE_PREFERENCE.at(date), none),
        item(
            NonCashId::MilitaryAcademyAge,
            college && h.status == Some(EduStatus::Enrolled),
            data::MILITARY_ACADEMY_AGE.at(date),
            some,
        ),
        item(NonCashId::SkillsCredit, student, data::MILITARY_SKILLS_CREDIT.at(date), none),
    ]
    .into_iter()
    .flatten()
    .collect()
}

//! Naked-eye vision (5-point scale, per eye) and refractive surgery.

use crate::applicant::{Applicant, SurgeryKind};
use crate::data;
use crate::date::{self, Date};
use crate::num::Dec1;
use crate::report::{Check, CheckId, Quantity, Reason, Status, Val};

fn eyes(a: &Applicant, id: CheckId) -> Check {
    let mut c = Check::unanswered(id);
    if let Some(l) = a.vision_left {
        c = c.value(Quantity::VisionLeft, Val::Dec(l));
    }
    if let Some(r) = a.vision_right {
        c = c.value(Quantity::VisionRight, Val::Dec(r));
    }
    c
}

pub fn vision(a: &Applicant, date: Date) -> Check {
    let c = eyes(a, CheckId::Vision);
    let (Some(l), Some(r)) = (a.vision_left, a.vision_right) else {
        // One eye given: "either eye below the line fails" already decides if that eye is below it.
        return match (a.vision_left.or(a.vision_right), data::VISION_FAIL_BELOW.at(date)) {
            (Some(one), Some(fail_below)) if one < fail_below.value => {
                Check { status: Status::Fail, reason: Reason::EyeBelowMin, ..c }
                    .value(Quantity::VisionWorse, Val::Dec(one))
                    .threshold(Quantity::VisionFailBelow, Val::Dec(fail_below.value))
                    .distance(Quantity::VisionShort, Val::Dec(Dec1(fail_below.value.0 - one.0)))
                    .cite(fail_below)
            }
            _ => c,
        };
    };
    let worse = l.min(r);
    let c = c.value(Quantity::VisionWorse, Val::Dec(worse));
    let (Some(fail_below), Some(check_below)) = (data::VISION_FAIL_BELOW.at(date), data::VISION_CHECK_BELOW.at(date))
    else {
        return Check { reason: Reason::NoRule, ..c };
    };
    let short = |limit: Dec1| Val::Dec(Dec1(limit.0 - worse.0));

    // After excimer-laser surgery each eye must reach the line unaided; no corrected-vision route.
    if a.surgery == Some(SurgeryKind::Excimer)
        && let Some(after) = data::SURGERY_MIN_VISION.at(date)
    {
        let c = c.threshold(Quantity::VisionMin, Val::Dec(after.value)).cite(after);
        return if worse < after.value {
            Check { status: Status::Fail, reason: Reason::BelowAfterSurgery, ..c }
                .distance(Quantity::VisionShort, short(after.value))
        } else {
            Check { status: Status::Pass, reason: Reason::BothEyesGood, ..c }
        };
    }

    let c = c
        .threshold(Quantity::VisionFailBelow, Val::Dec(fail_below.value))
        .threshold(Quantity::VisionCheckBelow, Val::Dec(check_below.value))
        .cite(fail_below)
        .cite(check_below);
    if worse < fail_below.value {
        return Check { status: Status::Fail, reason: Reason::EyeBelowMin, ..c }
            .distance(Quantity::VisionShort, short(fail_below.value));
    }
    if worse < check_below.value {
        let mut c = Check { status: Status::NeedsCheck, reason: Reason::CorrectedTest, ..c }
            .distance(Quantity::VisionShort, short(check_below.value));
        if let (Some(corr), Some(deg)) = (data::CORRECTED_VISION_MIN.at(date), data::CORRECTION_MAX_DEGREES.at(date)) {
            c = c
                .threshold(Quantity::CorrectedVisionMin, Val::Dec(corr.value))
                .threshold(Quantity::CorrectionMaxDegrees, Val::Int(deg.value))
                .cite(corr)
                .cite(deg);
        }
        return c;
    }
    Check { status: Status::Pass, reason: Reason::BothEyesGood, ..c }
}

/// Months since surgery count up to the medical: answered on `as_of`, the exam starts with the
/// conscription period, so the months in between are added.
pub fn surgery(a: &Applicant, date: Date) -> Check {
    let c = Check::unanswered(CheckId::Surgery);
    match a.surgery {
        None => c,
        Some(SurgeryKind::None) => match data::SURGERY_EXCIMER_ONLY.at(date) {
            Some(rule) => Check { status: Status::Pass, reason: Reason::NoSurgery, ..c }.cite(rule),
            None => Check { reason: Reason::NoRule, ..c },
        },
        Some(SurgeryKind::Other) => match data::SURGERY_EXCIMER_ONLY.at(date) {
            Some(rule) => Check { status: Status::Fail, reason: Reason::OtherProcedure, ..c }.cite(rule),
            None => Check { reason: Reason::NoRule, ..c },
        },
        Some(SurgeryKind::Excimer) => {
            let Some(months) = a.surgery_months else {
                return c;
            };
            let Some(min) = data::SURGERY_MIN_MONTHS.at(date) else {
                return Check { reason: Reason::NoRule, ..c };
            };
            // Counting up to the medical uses the round's conscription date; when that date is only
            // expected (2027), the count is as sure as the date.
            let (until_exam, exam_confidence) = match (a.as_of, a.round.calendar(a.sex)) {
                (Some(as_of), Some(cal)) => {
                    let m = date::months_between(as_of, cal.exam_from);
                    (m, (m > 0).then_some(cal.exam_confidence))
                }
                _ => (0, None),
            };
            let at_exam = months + until_exam;
            let c = c
                .value(Quantity::SurgeryMonths, Val::Int(months))
                .value(Quantity::SurgeryMonthsAtExam, Val::Int(at_exam))
                .threshold(Quantity::SurgeryMinMonths, Val::Int(min.value))
                .cite(min)
                .at_most(exam_confidence);
            if at_exam < min.value {
                Check { status: Status::Fail, reason: Reason::TooRecent, ..c }
                    .distance(Quantity::MonthsToWait, Val::Int(min.value - at_exam))
            } else if months < min.value {
                Check { status: Status::Pass, reason: Reason::HealedByExam, ..c }
            } else {
                Check { status: Status::Pass, reason: Reason::Healed, ..c }
            }
        }
    }
}

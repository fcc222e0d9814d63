//! The optional, self-checkable health items: tattoos, colour vision, blood pressure, heart rate,
//! hearing and flat feet. Each is `unknown` until answered and then follows the standard.

use crate::applicant::{Applicant, ColourVision, CosmeticTattoo, FlatFeet};
use crate::data;
use crate::date::Date;
use crate::num::Dec1;
use crate::report::{Check, CheckId, Quantity, Reason, Status, Val};
use crate::round::Sex;

fn set(c: Check, status: Status, reason: Reason) -> Check {
    Check { status, reason, ..c }
}

pub fn tattoo(a: &Applicant, date: Date) -> Check {
    let c = Check::unanswered(CheckId::Tattoo);
    let Some(has) = a.tattoo else { return c };
    let (Some(face), Some(exposed), Some(elsewhere), Some(cosmetic)) = (
        data::TATTOO_FACE_NECK.at(date),
        data::TATTOO_EXPOSED_MAX_CM.at(date),
        data::TATTOO_ELSEWHERE_MAX_CM.at(date),
        data::TATTOO_COSMETIC.at(date),
    ) else {
        return Check { reason: Reason::NoRule, ..c };
    };
    if !has {
        return set(c.cite(face).cite(exposed).cite(elsewhere).cite(cosmetic), Status::Pass, Reason::NoTattoo);
    }
    let mut c = c
        .threshold(Quantity::TattooExposedMaxCm, Val::Dec(exposed.value))
        .threshold(Quantity::TattooElsewhereMaxCm, Val::Dec(elsewhere.value));
    if let Some(cm) = a.tattoo_exposed_cm {
        c = c.value(Quantity::TattooExposedCm, Val::Dec(cm));
    }
    if let Some(cm) = a.tattoo_elsewhere_cm {
        c = c.value(Quantity::TattooElsewhereCm, Val::Dec(cm));
    }
    if a.tattoo_face_neck == Some(true) {
        return set(c.cite(face), Status::Fail, Reason::FaceOrNeck);
    }
    if let Some(cm) = a.tattoo_exposed_cm.filter(|cm| *cm > exposed.value) {
        return set(c.cite(exposed), Status::Fail, Reason::ExposedTooLarge)
            .distance(Quantity::OverCm, Val::Dec(Dec1(cm.0 - exposed.value.0)));
    }
    if let Some(cm) = a.tattoo_elsewhere_cm.filter(|cm| *cm > elsewhere.value) {
        return set(c.cite(elsewhere), Status::Fail, Reason::ElsewhereTooLarge)
            .distance(Quantity::OverCm, Val::Dec(Dec1(cm.0 - elsewhere.value.0)));
    }
    // Men fail any tattooed eyebrows, eyeliner or lips; women fail tattooed lips.
    let cosmetic_fails = |sex: Sex| a.cosmetic_tattoo.iter().any(|t| sex == Sex::Male || *t == CosmeticTattoo::Lips);
    match a.sex {
        Some(sex) if cosmetic_fails(sex) => {
            return set(c.cite(cosmetic), Status::Fail, Reason::Cosmetic);
        }
        None if cosmetic_fails(Sex::Male) => {
            return set(
                c.cite(cosmetic),
                if cosmetic_fails(Sex::Female) { Status::Fail } else { Status::Unknown },
                Reason::Cosmetic,
            );
        }
        _ => {}
    }
    let c = c.cite(face).cite(exposed).cite(elsewhere);
    if a.tattoo_face_neck.is_none()
        && a.tattoo_exposed_cm.is_none()
        && a.tattoo_elsewhere_cm.is_none()
        && a.cosmetic_tattoo.is_empty()
    {
        // "Yes, I have one" but nothing about where or how large: only the exam can tell.
        return set(c, Status::NeedsCheck, Reason::DetailsMissing);
    }
    set(c, Status::Pass, Reason::WithinLimits)
}

pub fn colour_vision(a: &Applicant, date: Date) -> Check {
    let c = Check::unanswered(CheckId::ColourVision);
    let Some(answer) = a.colour_vision else {
        return c;
    };
    let Some(rule) = data::COLOUR_VISION.at(date) else {
        return Check { reason: Reason::NoRule, ..c };
    };
    let c = c.value(Quantity::ColourVision, Val::Key(answer.key())).cite(rule);
    match answer {
        ColourVision::Normal => set(c, Status::Pass, Reason::Normal),
        ColourVision::NamesColours => set(c, Status::NeedsCheck, Reason::LandPostsOnly),
        ColourVision::Deficient => set(c, Status::Fail, Reason::ColourDeficient),
    }
}

pub fn blood_pressure(a: &Applicant, date: Date) -> Check {
    let c = Check::unanswered(CheckId::BloodPressure);
    if a.systolic.is_none() && a.diastolic.is_none() {
        return c;
    }
    let (Some(s_min), Some(s_below), Some(d_min), Some(d_below)) = (
        data::BP_SYSTOLIC_MIN.at(date),
        data::BP_SYSTOLIC_BELOW.at(date),
        data::BP_DIASTOLIC_MIN.at(date),
        data::BP_DIASTOLIC_BELOW.at(date),
    ) else {
        return Check { reason: Reason::NoRule, ..c };
    };
    let mut c = c
        .threshold(Quantity::SystolicMin, Val::Int(s_min.value))
        .threshold(Quantity::SystolicBelow, Val::Int(s_below.value))
        .threshold(Quantity::DiastolicMin, Val::Int(d_min.value))
        .threshold(Quantity::DiastolicBelow, Val::Int(d_below.value))
        .cite(s_min)
        .cite(d_min);
    let mut ok = true;
    if let Some(s) = a.systolic {
        c = c.value(Quantity::SystolicMmhg, Val::Int(s));
        ok &= s >= s_min.value && s < s_below.value;
    }
    if let Some(d) = a.diastolic {
        c = c.value(Quantity::DiastolicMmhg, Val::Int(d));
        ok &= d >= d_min.value && d < d_below.value;
    }
    if ok { set(c, Status::Pass, Reason::Normal) } else { set(c, Status::Fail, Reason::OutOfRange) }
}

pub fn heart_rate(a: &Applicant, date: Date) -> Check {
    let c = Check::unanswered(CheckId::HeartRate);
    let Some(bpm) = a.heart_rate else { return c };
    let (Some(lo), Some(hi), Some(rlo), Some(rhi)) = (
        data::HEART_RATE_MIN.at(date),
        data::HEART_RATE_MAX.at(date),
        data::HEART_RATE_REVIEW_MIN.at(date),
        data::HEART_RATE_REVIEW_MAX.at(date),
    ) else {
        return Check { reason: Reason::NoRule, ..c };
    };
    let c = c
        .value(Quantity::HeartRateBpm, Val::Int(bpm))
        .threshold(Quantity::HeartRateMin, Val::Int(lo.value))
        .threshold(Quantity::HeartRateMax, Val::Int(hi.value))
        .threshold(Quantity::HeartRateReviewMin, Val::Int(rlo.value))
        .threshold(Quantity::HeartRateReviewMax, Val::Int(rhi.value))
        .cite(lo)
        .cite(rlo);
    if (lo.value..=hi.value).contains(&bpm) {
        set(c, Status::Pass, Reason::Normal)
    } else if (rlo.value..=rhi.value).contains(&bpm) {
        set(c, Status::NeedsCheck, Reason::PhysiologicalReview)
    } else {
        set(c, Status::Fail, Reason::OutOfRange)
    }
}

/// Whispered voice, per ear. Both ears at or above the line pass; both below is the one case every
/// reading of the texts fails. One ear below is where the readings ("either ear" / "both ears")
/// disagree, so it asks for the exam instead of deciding.
pub fn hearing(a: &Applicant, date: Date) -> Check {
    let c = Check::unanswered(CheckId::Hearing);
    let (left, right) = (a.whisper_left, a.whisper_right);
    if left.is_none() && right.is_none() {
        return c;
    }
    let Some(min) = data::HEARING_WHISPER_MIN_M.at(date) else {
        return Check { reason: Reason::NoRule, ..c };
    };
    let mut c = c.threshold(Quantity::WhisperMinM, Val::Int(min.value)).cite(min);
    if let Some(m) = left {
        c = c.value(Quantity::WhisperLeftM, Val::Dec(m));
    }
    if let Some(m) = right {
        c = c.value(Quantity::WhisperRightM, Val::Dec(m));
    }
    let below = |m: Option<Dec1>| m.map(|m| m < Dec1::from_int(min.value));
    match (below(left), below(right)) {
        (Some(true), Some(true)) => set(c, Status::Fail, Reason::WhisperTooShort),
        (Some(true), _) | (_, Some(true)) => set(c, Status::NeedsCheck, Reason::OneEarBelow),
        (Some(false), Some(false)) => set(c, Status::Pass, Reason::Normal),
        // One ear answered and fine, the other not answered.
        _ => c,
    }
}

pub fn flat_feet(a: &Applicant, date: Date) -> Check {
    let c = Check::unanswered(CheckId::FlatFeet);
    let Some(answer) = a.flat_feet else { return c };
    let Some(rule) = data::FLAT_FEET.at(date) else {
        return Check { reason: Reason::NoRule, ..c };
    };
    let c = c.value(Quantity::FlatFeet, Val::Key(answer.key())).cite(rule);
    match answer {
        FlatFeet::None => set(c, Status::Pass, Reason::Normal),
        FlatFeet::ArchPresent => set(c, Status::Pass, Reason::ArchPresent),
        FlatFeet::NoArch => set(c, Status::Fail, Reason::NoArch),
    }
}

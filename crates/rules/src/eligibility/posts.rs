//! Special posts (条件兵): extra conditions on top of the general ones, reported per post and
//! never part of the verdict. Vision values for posts are older published numbers (unverified), so
//! they can only ask for a check, never fail anyone.

use super::body;
use crate::applicant::{Applicant, SurgeryKind};
use crate::data::{self, Param, SexSpans};
use crate::date::Date;
use crate::num::Dec1;
use crate::report::{Check, CheckId, Post, PostReport, Quantity, Reason, Status, Val};
use crate::round::Sex;

fn heights(p: Post) -> &'static Param<SexSpans> {
    match p {
        Post::TankCrew => &data::POST_HEIGHT_TANK_CREW,
        Post::Naval => &data::POST_HEIGHT_NAVAL,
        Post::Diver => &data::POST_HEIGHT_DIVER,
        Post::Airborne => &data::POST_HEIGHT_AIRBORNE,
        Post::AirStewardess => &data::POST_HEIGHT_AIR_STEWARDESS,
        Post::SpecialForces => &data::POST_HEIGHT_SPECIAL_FORCES,
        Post::HkMacao => &data::POST_HEIGHT_HK_MACAO,
        Post::HonourGuard => &data::POST_HEIGHT_HONOUR_GUARD,
    }
}

fn vision(p: Post) -> Option<&'static Param<Dec1>> {
    match p {
        Post::TankCrew => Some(&data::POST_VISION_TANK_CREW),
        Post::Naval => Some(&data::POST_VISION_NAVAL),
        Post::Diver => Some(&data::POST_VISION_DIVER),
        Post::Airborne => Some(&data::POST_VISION_AIRBORNE),
        Post::SpecialForces => Some(&data::POST_VISION_SPECIAL_FORCES),
        Post::HonourGuard => Some(&data::POST_VISION_HONOUR_GUARD),
        Post::AirStewardess | Post::HkMacao => None,
    }
}

fn height_check(a: &Applicant, p: Post, sex: Sex, date: Date) -> Option<Check> {
    let dated = heights(p).at(date)?;
    let span = dated.value.for_sex(sex)?;
    let mut c = Check::unanswered(CheckId::PostHeight).threshold(Quantity::HeightMinCm, Val::Dec(span.min)).cite(dated);
    if let Some(max) = span.max {
        c = c.threshold(Quantity::HeightMaxCm, Val::Dec(max));
    }
    let Some(h) = a.height else { return Some(c) };
    let c = c.value(Quantity::HeightCm, Val::Dec(h));
    let excellent = if p == Post::SpecialForces && sex == Sex::Male {
        data::POST_HEIGHT_SPECIAL_FORCES_EXCELLENT_MALE.at(date)
    } else {
        None
    };
    Some(if h < span.min {
        match excellent {
            Some(ex) if h >= ex.value => {
                Check { status: Status::NeedsCheck, reason: Reason::ExcellentPhysique, ..c.cite(ex) }
                    .distance(Quantity::ShortCm, Val::Dec(Dec1(span.min.0 - h.0)))
            }
            _ => Check { status: Status::Fail, reason: Reason::OutsidePostRange, ..c }
                .distance(Quantity::ShortCm, Val::Dec(Dec1(span.min.0 - h.0))),
        }
    } else if let Some(max) = span.max.filter(|m| h > *m) {
        Check { status: Status::Fail, reason: Reason::OutsidePostRange, ..c }
            .distance(Quantity::OverCm, Val::Dec(Dec1(h.0 - max.0)))
    } else {
        Check { status: Status::Pass, reason: Reason::WithinPostRange, ..c }
    })
}

fn bmi_check(a: &Applicant, date: Date) -> Option<Check> {
    let below = data::BMI_BELOW_SPECIAL_MALE.at(date)?;
    let lo = data::BMI_MIN_MALE.at(date)?;
    let c = Check::unanswered(CheckId::PostBmi)
        .threshold(Quantity::BmiMin, Val::Dec(lo.value))
        .threshold(Quantity::BmiBelow, Val::Dec(below.value))
        .cite(below);
    let (Some(h), Some(w)) = (a.height, a.weight) else {
        return Some(c);
    };
    let w_max = body::max_weight_below(h, below.value);
    let c = c
        .value(Quantity::Bmi, Val::Dec(Dec1(body::bmi_tenths(w, h))))
        .value(Quantity::WeightKg, Val::Dec(w))
        .threshold(Quantity::WeightMaxKg, Val::Dec(w_max));
    Some(if w > w_max {
        Check { status: Status::Fail, reason: Reason::AboveMax, ..c }
            .distance(Quantity::LoseKg, Val::Dec(Dec1(w.0 - w_max.0)))
    } else if w < body::min_weight_from(h, lo.value) {
        Check { status: Status::Fail, reason: Reason::BelowMin, ..c }
    } else {
        Check { status: Status::Pass, reason: Reason::InRange, ..c }
    })
}

fn vision_check(a: &Applicant, p: Post, date: Date) -> Option<Check> {
    let dated = vision(p)?.at(date)?;
    let c = Check::unanswered(CheckId::PostVision).threshold(Quantity::VisionMin, Val::Dec(dated.value)).cite(dated);
    let (Some(l), Some(r)) = (a.vision_left, a.vision_right) else {
        return Some(c);
    };
    let worse = l.min(r);
    let c = c.value(Quantity::VisionWorse, Val::Dec(worse));
    Some(if worse < dated.value {
        Check { status: Status::Fail, reason: Reason::OlderValueBelow, ..c }
            .distance(Quantity::VisionShort, Val::Dec(Dec1(dated.value.0 - worse.0)))
    } else {
        Check { status: Status::Pass, reason: Reason::WithinPostRange, ..c }
    })
}

fn surgery_check(a: &Applicant, date: Date) -> Option<Check> {
    let rule = data::POST_SURGERY_EXCLUDED.at(date)?;
    let c = Check::unanswered(CheckId::PostSurgery).cite(rule);
    Some(match a.surgery {
        None => c,
        Some(SurgeryKind::None) => Check { status: Status::Pass, reason: Reason::NoSurgery, ..c },
        Some(_) => Check { status: Status::Fail, reason: Reason::SurgeryExcluded, ..c },
    })
}

pub fn evaluate(a: &Applicant, date: Date) -> Vec<PostReport> {
    a.posts
        .iter()
        .map(|&post| {
            let mut checks = Vec::new();
            match a.sex {
                None => checks.push(Check::unanswered(CheckId::PostSex)),
                Some(sex) => match height_check(a, post, sex, date) {
                    None => {
                        // The height list names no range for this sex. No source restricts the post
                        // by sex (rules-reference Addendum 2, note 5): say so, never a fail.
                        let mut c = Check::new(CheckId::PostSex, Status::Unknown, Reason::NotListedForSex)
                            .value(Quantity::Sex, Val::Key(sex.key()));
                        if let Some(d) = heights(post).at(date) {
                            c = c.cite(d);
                        }
                        checks.push(c);
                    }
                    Some(h) => {
                        checks.push(h);
                        if sex == Sex::Male {
                            checks.extend(bmi_check(a, date));
                        }
                    }
                },
            }
            checks.extend(vision_check(a, post, date));
            checks.extend(surgery_check(a, date));
            let checks: Vec<Check> = checks.into_iter().map(Check::settle).collect();
            let status = checks.iter().map(|c| c.status).max().unwrap_or(Status::Unknown);
            PostReport { post, status, checks }
        })
        .collect()
}

//! One-off local money: enlistment rewards (入伍奖励金) and discharge grants (一次性经济补助).
//! Purely local: where the data has no document for the place, the line says "varies by place".

use super::family::{adjusted, record};
use super::{Basis, Household, Line, LineId, LineReason, Money, Posting, fen};
use crate::applicant::{EduStatus, Education};
use crate::data::{self, AdjustWhen, AmountKind, EduClass, RecordKind};
use crate::date::Date;
use crate::report::{Quantity, Val};

/// The education group local reward documents use.
fn class(h: &Household) -> Option<EduClass> {
    let graduate = matches!(h.status, Some(EduStatus::Graduated | EduStatus::Graduating));
    Some(match (h.education?, graduate) {
        (Education::Postgraduate, true) => EduClass::GraduatePostgraduate,
        (Education::Bachelor, true) => EduClass::GraduateBachelor,
        (Education::JuniorCollege, true) => EduClass::GraduateJuniorCollege,
        (Education::Postgraduate, false) => EduClass::StudentPostgraduate,
        (Education::Bachelor, false) => EduClass::StudentBachelor,
        (Education::JuniorCollege, false) => EduClass::StudentJuniorCollege,
        _ => EduClass::Other,
    })
}

pub fn reward(h: &Household, enlistment: Date) -> Line {
    let mut line = Line::new(LineId::EnlistmentReward, Money::Unknown, Basis::Estimate, LineReason::VariesByPlace);
    if let Some(rule) = data::ENLISTMENT_REWARD_RULE.at(enlistment) {
        line = line.cite(rule);
    }
    let Some(r) = record(RecordKind::EnlistmentReward, h.place) else {
        return line;
    };
    let line = Line {
        place: Some(r.place),
        ..line.cites(r.cite, r.confidence).input(Quantity::StandardYear, Val::Int(i64::from(r.year)))
    };
    let amount = class(h).and_then(|c| r.by_education.iter().find(|(k, _)| *k == c)).map(|(_, y)| *y);
    let floor = r.amount.kind == AmountKind::ByEducationFloor;
    let base = match amount {
        Some(y) if floor => Money::AtLeast(fen(y)),
        Some(y) => Money::Exact(fen(y)),
        None => Money::Exact(0),
    };
    // A posting sum may be in place of, or on top of, the education amount: both are shown.
    let posting = r.adjust.iter().find(|a| match a.when {
        AdjustWhen::Tibet => h.posting == Posting::Tibet,
        AdjustWhen::Xinjiang => h.posting == Posting::Xinjiang,
        AdjustWhen::Plateau => h.posting == Posting::Plateau,
        _ => false,
    });
    let money = match (posting.and_then(|a| a.add_yuan), base.bounds()) {
        (Some(add), Some((lo, _))) => Money::Range(lo.max(fen(add)), lo + fen(add)),
        _ => base,
    };
    let reason = match (amount, floor) {
        (None, _) if posting.is_none() => LineReason::NotInGroups,
        (_, true) => LineReason::OfficialFloor,
        _ => LineReason::OfficialFigure,
    };
    Line { money, basis: Basis::of_local(r.cite), reason, ..line }
}

pub fn discharge_grant(h: &Household, enlistment: Date) -> Line {
    let mut line = Line::new(LineId::DischargeGrant, Money::Unknown, Basis::Estimate, LineReason::VariesByPlace);
    if let Some(rule) = data::DISCHARGE_GRANT_RULE.at(enlistment) {
        line = line.cite(rule);
    }
    let Some(r) = record(RecordKind::DischargeGrant, h.place) else {
        return line;
    };
    let line = Line {
        place: Some(r.place),
        ..line.cites(r.cite, r.confidence).input(Quantity::StandardYear, Val::Int(i64::from(r.year)))
    };
    match (r.amount.kind, r.amount.yuan) {
        (AmountKind::Exact, Some(y)) => {
            // "应届大学毕业生另加": the college supplement goes to graduates only.
            let graduate = matches!(h.status, Some(EduStatus::Graduated | EduStatus::Graduating));
            let student = Household { education: if graduate { h.education } else { None }, ..h.clone() };
            let (money, line) =
                adjusted(r, &student, Money::Exact(fen(y)), line.input(Quantity::PerYearYuan, Val::Int(y)));
            Line { money, basis: Basis::of_local(r.cite), reason: LineReason::OfficialFigure, ..line }
        }
        _ => Line { reason: LineReason::RuleWithoutAmount, ..line },
    }
}

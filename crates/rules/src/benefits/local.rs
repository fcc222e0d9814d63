//! One-off local money: enlistment rewards (入伍奖励金) and discharge grants (一次性经济补助).
//! Purely local: where the data has no document for the place, the line says "varies by place".

use super::family::{adjusted, matching, record};
use super::{Basis, Household, Line, LineId, LineReason, Money, fen};
use crate::applicant::{EduStatus, Education};
use crate::data::{self, AdjustWhen, AmountKind, EduClass, RecordKind};
use crate::date::Date;
use crate::report::{Quantity, Val};

/// The education group local reward documents use.
fn class(h: &Household) -> Option<EduClass> {
    Some(match (h.education?, h.graduate()) {
        (Education::Postgraduate, true) => EduClass::GraduatePostgraduate,
        (Education::Bachelor, true) => EduClass::GraduateBachelor,
        (Education::JuniorCollege, true) => EduClass::GraduateJuniorCollege,
        (Education::Postgraduate, false) => EduClass::StudentPostgraduate,
        (Education::Bachelor, false) => EduClass::StudentBachelor,
        (Education::JuniorCollege, false) => EduClass::StudentJuniorCollege,
        _ => EduClass::Other,
    })
}

/// "Official" only for an A/B source of that government; otherwise the same figure, as an estimate.
pub fn reward(h: &Household, enlistment: Date) -> Line {
    let mut line = Line::new(LineId::EnlistmentReward, Money::Unknown, Basis::Estimate, LineReason::VariesByPlace);
    if let Some(rule) = data::ENLISTMENT_REWARD_RULE.at(enlistment) {
        line = line.cite(rule);
    }
    let Some(r) = record(RecordKind::EnlistmentReward, h.place, enlistment) else {
        return line;
    };
    let line = Line {
        place: Some(r.place),
        paid_after_service: r.paid_after_service,
        ..line.cites(r.cite, r.confidence).input(Quantity::StandardYear, Val::Int(i64::from(r.year)))
    };
    let amount = class(h).and_then(|c| r.by_education.iter().find(|(k, _)| *k == c)).map(|(_, y)| *y);
    let floor = r.amount.kind == AmountKind::ByEducationFloor;
    let base = match amount {
        Some(y) if floor => Money::AtLeast(fen(y)),
        Some(y) => Money::Exact(fen(y)),
        None => Money::Exact(0),
    };
    // A posting sum may be in place of, or on top of, the education amount: both are shown. Over
    // a floor it stays open-ended: at least the larger of the two.
    let posting = matching(r, h).into_iter().find(|a| {
        matches!(a.when, AdjustWhen::Tibet | AdjustWhen::Xinjiang | AdjustWhen::Plateau | AdjustWhen::Hardship)
    });
    let money = match (posting.and_then(|a| a.add_yuan), base.bounds()) {
        (Some(add), Some((lo, None))) => Money::AtLeast(lo.max(fen(add))),
        (Some(add), Some((lo, _))) => Money::between(lo.max(fen(add)), lo + fen(add)),
        _ => base,
    };
    let reason = match (amount, floor) {
        (None, _) if posting.is_none() => LineReason::NotInGroups,
        (_, true) => LineReason::OfficialFloor,
        _ => LineReason::OfficialFigure,
    };
    Line { money, basis: Basis::of_local(r.cite, r.confidence), reason, ..line }
}

pub fn discharge_grant(h: &Household, enlistment: Date, years_served: i64) -> Line {
    let mut line = Line::new(LineId::DischargeGrant, Money::Unknown, Basis::Estimate, LineReason::VariesByPlace);
    if let Some(rule) = data::DISCHARGE_GRANT_RULE.at(enlistment) {
        line = line.cite(rule);
    }
    let Some(r) = record(RecordKind::DischargeGrant, h.place, enlistment) else {
        return line;
    };
    let line = Line {
        place: Some(r.place),
        ..line.cites(r.cite, r.confidence).input(Quantity::StandardYear, Val::Int(i64::from(r.year)))
    };
    match (r.amount.kind, r.amount.yuan) {
        (AmountKind::Exact, Some(y)) => {
            // "应届大学毕业生另加": the college supplement goes to this year's graduates only. A
            // graduate who gave no graduation year gets both figures, as a range.
            let supplement = matching(r, h).iter().any(|a| a.when == AdjustWhen::College);
            let fresh = match (supplement && h.graduate(), h.status, h.graduation_year) {
                (false, _, _) => Some(false),
                (true, Some(EduStatus::Graduated), Some(g)) => Some(g == enlistment.year()),
                (true, Some(EduStatus::Graduated), None) => None,
                (true, _, _) => Some(true),
            };
            let without = Household { education: None, ..h.clone() };
            let line = line.input(Quantity::PerYearYuan, Val::Int(y));
            let (money, line) = match fresh {
                Some(true) => adjusted(r, h, Money::Exact(fen(y)), line),
                Some(false) => adjusted(r, &without, Money::Exact(fen(y)), line),
                None => {
                    let (low, _) = adjusted(r, &without, Money::Exact(fen(y)), line.clone());
                    let (high, line) = adjusted(r, h, Money::Exact(fen(y)), line);
                    let range = match (low.bounds(), high.bounds()) {
                        (Some((lo, _)), Some((_, Some(hi)))) => Money::between(lo, hi),
                        _ => high,
                    };
                    (range, line)
                }
            };
            let reason = if fresh.is_none() { LineReason::NeedsGraduationYear } else { LineReason::OfficialFigure };
            Line { money, basis: Basis::of_local(r.cite, r.confidence), reason, ..line }
        }
        // A floor ("不少于"), per year served where the document says so (湖南: at least 4,500 for each
        // year served): open-ended, the county may pay more.
        (AmountKind::Floor, Some(y)) => {
            let (years, line) = if r.per_year_served {
                (
                    years_served,
                    line.input(Quantity::RateYuan, Val::Int(y)).input(Quantity::YearsServed, Val::Int(years_served)),
                )
            } else {
                (1, line.input(Quantity::PerYearYuan, Val::Int(y)))
            };
            let money = Money::AtLeast(fen(y)).times(years, 1);
            Line { money, basis: Basis::of_local(r.cite, r.confidence), reason: LineReason::OfficialFloor, ..line }
        }
        _ => Line { reason: LineReason::RuleWithoutAmount, ..line },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;
    use crate::round::Round;

    /// 广东's graduate reward (2021–2023 enlistments, paid after two years): the data's rounds start
    /// in 2024, so its own years are checked here.
    #[test]
    fn guangdong_reward_is_for_2021_to_2023_enlistments_and_paid_after_service() {
        let mut h = Household::new(Round::parse("2024-H2").unwrap());
        h.place = Some("44");
        h.education = Some(Education::Bachelor);
        h.status = Some(EduStatus::Graduated);
        let l = reward(&h, ymd(2023, 9, 1));
        assert_eq!((l.money, l.paid_after_service), (Money::Exact(fen(25_000)), true));
        assert_eq!(reward(&h, ymd(2024, 3, 1)).money, Money::Unknown);
    }
}

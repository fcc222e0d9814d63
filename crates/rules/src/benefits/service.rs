//! Money during and at the end of service: the monthly allowance (only unverified figures exist,
//! shown as a labelled range) and the national one-time discharge payment (退役金) with the
//! honours bonus of 退役军人安置条例 art. 22.

use super::{Basis, Honour, Household, Line, LineId, LineReason, Money, fen};
use crate::data;
use crate::date::Date;
use crate::report::{Quantity, Val};

pub fn allowance(enlistment: Date) -> Line {
    let mut line = Line::new(LineId::Allowance, Money::Unknown, Basis::Estimate, LineReason::UnverifiedRange);
    if let Some(rule) = data::ALLOWANCE_RULE.at(enlistment) {
        line = line.cite(rule);
    }
    match data::ALLOWANCE_TWO_YEARS_FROM_YUAN.at(enlistment) {
        Some(d) => Line { money: Money::AtLeast(fen(d.value)), ..line.cite(d) },
        None => line,
    }
}

fn bonus(h: &Household, date: Date) -> Option<&'static data::Dated<i64>> {
    match h.honour {
        Honour::None => None,
        Honour::ThirdClassMerit => data::HONOUR_BONUS_THIRD_CLASS_PCT.at(date),
        Honour::SecondClassMerit => data::HONOUR_BONUS_SECOND_CLASS_PCT.at(date),
        Honour::FirstClassMerit => data::HONOUR_BONUS_FIRST_CLASS_PCT.at(date),
        Honour::FirstLevelCommendation => data::HONOUR_BONUS_FIRST_LEVEL_PCT.at(date),
        Honour::HonourTitle => data::HONOUR_BONUS_HONOUR_TITLE_PCT.at(date),
    }
}

pub fn discharge(h: &Household, enlistment: Date, years_served: i64) -> Line {
    let line = Line::new(LineId::DischargePayment, Money::Unknown, Basis::Estimate, LineReason::UnverifiedRate)
        .input(Quantity::YearsServed, Val::Int(years_served));
    let Some(rate) = data::DISCHARGE_PER_YEAR_YUAN.at(enlistment) else {
        return line;
    };
    let discharge = super::after_service(enlistment, years_served);
    let mut line = line.cite(rate).input(Quantity::RateYuan, Val::Int(rate.value));
    let mut pct = 100;
    if let Some(b) = bonus(h, discharge) {
        pct += b.value;
        line = line.cite(b).input(Quantity::BonusPct, Val::Int(b.value));
    }
    Line { money: Money::Exact(fen(rate.value * years_served)).times(pct, 100), ..line }
}

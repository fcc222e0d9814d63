//! Tuition compensation and loan repayment at enlistment, the fee waiver after returning to
//! study, and the state grant for veteran students (服兵役高等学校学生国家教育资助).
//!
//! Per year: the higher of tuition paid and the student loan, up to the cap in force on the date of
//! the enlistment notice; times the years of study. The waiver after returning uses the cap in
//! force when the fee arises (taken as the return date).

use super::{Basis, Household, Line, LineId, LineReason, Money, TuitionScheme, fen};
use crate::applicant::Education;
use crate::data;
use crate::date::Date;
use crate::num::Dec1;
use crate::report::{Quantity, Val};

fn cap_for(h: &Household, date: Date) -> Option<(i64, &'static data::Dated<data::CapPair>)> {
    let d = data::TUITION_CAP.at(date)?;
    let cap = if h.education == Some(Education::Postgraduate) { d.value.postgraduate } else { d.value.undergraduate };
    Some((cap, d))
}

fn base(h: &Household, id: LineId, date: Date) -> Result<(Line, i64), Line> {
    let mut line = Line::new(id, Money::Exact(0), Basis::National, LineReason::Computed);
    if let Some(rule) = data::TUITION_RULE.at(date) {
        line = line.cite(rule);
    }
    if !h.college() {
        return Err(Line { reason: LineReason::NotCollege, ..line });
    }
    if h.scheme != TuitionScheme::Normal {
        let line = match data::TUITION_NOT_COVERED.at(date) {
            Some(r) => line.cite(r),
            None => line,
        };
        return Err(Line { reason: LineReason::NotCovered, ..line });
    }
    let Some((cap, dated)) = cap_for(h, date) else {
        return Err(Line { money: Money::Unknown, ..line });
    };
    Ok((line.input(Quantity::CapYuan, Val::Int(cap)).cite(dated), cap))
}

/// Paid once, after enlistment: for the years already studied.
pub fn compensation(h: &Household, enlistment: Date) -> Line {
    let (line, cap) = match base(h, LineId::TuitionCompensation, enlistment) {
        Ok(x) => x,
        Err(l) => return l,
    };
    let line = line.input(Quantity::EnlistmentDate, Val::Date(enlistment));
    let Some(studied) = h.years_studied else {
        return Line { money: Money::Unknown, reason: LineReason::NeedsYears, ..line };
    };
    // Compensation covers one programme (学制): years beyond its length are not paid.
    let mut line = line;
    let years = match (h.programme_years, data::TUITION_ONE_PROGRAMME.at(enlistment)) {
        (Some(p), Some(rule)) => {
            line = line.input(Quantity::ProgrammeYears, Val::Int(p)).cite(rule);
            studied.min(Dec1(p * 10))
        }
        _ => studied,
    };
    // Whole years stay whole (they pick plural words); a half year (1.5) is a decimal.
    let shown = if years.0 % 10 == 0 { Val::Int(years.0 / 10) } else { Val::Dec(years) };
    let line = line.input(Quantity::Years, shown);
    // Yuan a year times tenths of a year, in fen: exact, as a fen is a hundredth of a yuan.
    let for_years = |per_year: i64| fen(per_year) * years.0 / 10;
    match h.tuition_yuan.max(h.loan_yuan) {
        Some(paid) => {
            let per_year = paid.min(cap);
            let mut line = line.input(Quantity::PerYearYuan, Val::Int(per_year));
            if let Some(t) = h.tuition_yuan {
                line = line.input(Quantity::TuitionYuan, Val::Int(t));
            }
            if let Some(l) = h.loan_yuan {
                line = line.input(Quantity::LoanYuan, Val::Int(l));
            }
            Line { money: Money::Exact(for_years(per_year)), ..line }
        }
        None => Line { money: Money::between(0, for_years(cap)), reason: LineReason::UpToCap, ..line },
    }
}

/// After returning: the remaining years' fees are waived, up to the cap.
pub fn waiver(h: &Household, return_date: Date) -> Line {
    let (line, cap) = match base(h, LineId::TuitionWaiver, return_date) {
        Ok(x) => x,
        Err(l) => return l,
    };
    if !h.returning() {
        return Line { reason: LineReason::NotReturning, ..line };
    }
    let line = line.input(Quantity::ReturnDate, Val::Date(return_date));
    let Some(years) = h.years_remaining else {
        return Line { money: Money::Unknown, reason: LineReason::NeedsYears, ..line };
    };
    let line = line.input(Quantity::YearsRemaining, Val::Int(years));
    match h.tuition_yuan {
        Some(t) => {
            let per_year = t.min(cap);
            Line { money: Money::Exact(fen(per_year * years)), ..line.input(Quantity::PerYearYuan, Val::Int(per_year)) }
        }
        None => Line { money: Money::between(0, fen(cap * years)), reason: LineReason::UpToCap, ..line },
    }
}

/// The state grant for full-time veteran students, per year of study after service.
pub fn veteran_grant(h: &Household, return_date: Date) -> Line {
    let mut line = Line::new(LineId::VeteranStudentGrant, Money::Exact(0), Basis::National, LineReason::Computed);
    let Some(grant) = data::VETERAN_STUDENT_GRANT_YUAN.at(return_date) else {
        return Line { money: Money::Unknown, ..line };
    };
    line = line.cite(grant).input(Quantity::PerYearYuan, Val::Int(grant.value));
    if !h.returning() {
        return Line { reason: LineReason::NotReturning, ..line };
    }
    match h.years_remaining {
        Some(y) => {
            Line { money: Money::Exact(fen(grant.value * y)), ..line.input(Quantity::YearsRemaining, Val::Int(y)) }
        }
        None => Line { money: Money::Unknown, reason: LineReason::NeedsYears, ..line },
    }
}

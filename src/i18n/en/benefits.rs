//! The sentence under each benefits line: how the amount was worked out and from what.

use crate::i18n::fmt::{line_date, line_has, line_int as int_of};
use crate::i18n::{Locale, yuan};
use enlistment_rules::benefits::{Line, LineId, LineReason as R, Money, NonCashId};
use enlistment_rules::report::Quantity as Q;

fn y(l: &Line, quantity: Q) -> String {
    yuan(int_of(l, quantity))
}

fn date(l: &Line, quantity: Q) -> String {
    line_date(l, quantity).map(|d| Locale::En.date(d)).unwrap_or_default()
}

fn years(n: i64) -> String {
    format!("{n} year{}", if n == 1 { "" } else { "s" })
}

/// The posting or student adjustments a local document made.
fn adjustments(l: &Line) -> String {
    let mut s = String::new();
    let (lo, hi) = (int_of(l, Q::MultiplierPctMin), int_of(l, Q::MultiplierPctMax));
    let base = if line_has(l, Q::BaseYuan) {
        format!("{} (the county's previous-year amount)", y(l, Q::BaseYuan))
    } else {
        "it".into()
    };
    if lo > 0 {
        if lo == hi {
            s.push_str(&format!(" In your case {lo}% of {base}."));
        } else {
            s.push_str(&format!(" In your case {lo}% to {hi}% of {base} (the document can be read both ways)."));
        }
    }
    if int_of(l, Q::AddYuan) > 0 {
        s.push_str(&format!(" Plus {} a year.", y(l, Q::AddYuan)));
    }
    s
}

/// Compensation covers one programme (学制): said when the years were capped at its length.
fn programme(l: &Line) -> String {
    if line_has(l, Q::ProgrammeYears) {
        format!(" It covers one programme at most ({}).", years(int_of(l, Q::ProgrammeYears)))
    } else {
        String::new()
    }
}

pub fn money(m: Money) -> String {
    match m {
        Money::Exact(f) => yuan(f / 100),
        Money::AtLeast(f) => format!("at least {}", yuan(f / 100)),
        Money::Range(a, b) => format!("{}–{}", yuan(a / 100), yuan(b / 100)),
        Money::Unknown => "varies by place".into(),
    }
}

pub fn explain(l: &Line, place: &str) -> String {
    let served = int_of(l, Q::YearsServed);
    match (l.id, l.reason) {
        (LineId::TuitionCompensation, R::Computed) => format!(
            "Each year the higher of tuition paid and the student loan, {} (the cap is {} for an enlistment notice dated {}), for {}. Paid once after enlistment; a loan is repaid first.",
            y(l, Q::PerYearYuan), y(l, Q::CapYuan), date(l, Q::EnlistmentDate), years(int_of(l, Q::Years))
        ) + &programme(l),
        (LineId::TuitionCompensation, R::UpToCap) => format!("Up to {} a year for {}. Give your yearly tuition and loan for the exact amount.", y(l, Q::CapYuan), years(int_of(l, Q::Years))),
        (LineId::TuitionCompensation | LineId::TuitionWaiver | LineId::VeteranStudentGrant, R::NeedsYears) => "Give the years of study to work it out.".into(),
        (LineId::TuitionCompensation | LineId::TuitionWaiver, R::NotCollege) => "Only for students, freshmen and graduates of junior college, bachelor's and postgraduate programmes.".into(),
        (LineId::TuitionCompensation | LineId::TuitionWaiver, R::NotCovered) => "Directed and commissioned (定向/委培) students, national-defence students and students already exempt from fees are not covered.".into(),
        (LineId::TuitionWaiver, R::Computed) => format!(
            "After service, the fees of the remaining {} are waived: {} a year (cap {}).",
            years(int_of(l, Q::YearsRemaining)), y(l, Q::PerYearYuan), y(l, Q::CapYuan)
        ),
        (LineId::TuitionWaiver, R::UpToCap) => format!("After service, up to {} a year is waived for the remaining {}.", y(l, Q::CapYuan), years(int_of(l, Q::YearsRemaining))),
        (LineId::TuitionWaiver | LineId::VeteranStudentGrant, R::NotReturning) => "Only for students who were studying or admitted before enlisting and go back after service.".into(),
        (LineId::VeteranStudentGrant, R::Computed) => format!("Full-time study after service brings a state grant of {} a year, for {}.", y(l, Q::PerYearYuan), years(int_of(l, Q::YearsRemaining))),
        (LineId::FamilyPayment, R::OfficialFormula) => format!(
            "The standard of {place}: {}% of the local figure for {} ({}), {} a year ({} standard).{} For {}, paid every 6 months served.",
            int_of(l, Q::SharePct), int_of(l, Q::StatisticYear), y(l, Q::StatisticYuan), y(l, Q::PerYearYuan),
            int_of(l, Q::StandardYear), adjustments(l), years(served)
        ),
        (LineId::FamilyPayment, R::OfficialFigure) => format!(
            "The {} standard of {place}: {} a year.{} For {}, paid every 6 months served.",
            int_of(l, Q::StandardYear), y(l, Q::PerYearYuan), adjustments(l), years(served)
        ),
        (LineId::FamilyPayment, R::OfficialFloor) => format!("The {} rule of {place}: at least {} a year; your county's figure decides. For {}.", int_of(l, Q::StandardYear), y(l, Q::PerYearYuan), years(served)),
        (LineId::FamilyPayment, R::OfficialApprox) => format!("The {} standard of {place}: about {} a year (the source gives only a round figure).{} For {}.", int_of(l, Q::StandardYear), y(l, Q::PerYearYuan), adjustments(l), years(served)),
        (LineId::FamilyPayment, R::LastPublishedFigure) => {
            let formula = if line_has(l, Q::SharePct) {
                format!(" ({}% of the local figure for {}, {})", int_of(l, Q::SharePct), int_of(l, Q::StatisticYear), y(l, Q::StatisticYuan))
            } else {
                String::new()
            };
            format!(
                "An estimate: the last published figure of {place}, for {} enlistees, is {} a year{formula}. The standard is set again every year, and the current one is not in the data.{} For {}, paid every 6 months served.",
                int_of(l, Q::StandardYear), y(l, Q::PerYearYuan), adjustments(l), years(served)
            )
        }
        (LineId::FamilyPayment, R::RuleWithoutAmount) => format!(
            "{place} sets the payment by a rule but publishes no amount. This is the range of {} places with figures ({}–{} a year), for reference only: ask the armed forces department (人武部) of your county.{}",
            int_of(l, Q::Comparables), y(l, Q::ComparableMinYuan), y(l, Q::ComparableMaxYuan), adjustments(l)
        ),
        (LineId::FamilyPayment, R::ComparableRange) => format!(
            "There is no figure for your place in the data. Recent standards of {} places range from {} to {} a year: an estimate, not your place's standard. Ask the armed forces department (人武部) of your county. For {}.",
            int_of(l, Q::Comparables), y(l, Q::ComparableMinYuan), y(l, Q::ComparableMaxYuan), years(served)
        ),
        (LineId::EnlistmentReward | LineId::DischargeGrant, R::OfficialFigure) => format!(
            "{place}'s {} rule.{}",
            int_of(l, Q::StandardYear),
            if l.id == LineId::EnlistmentReward && matches!(l.money, Money::Range(..)) { " Whether the Tibet or Xinjiang sum replaces or adds to the student sum is unclear, hence a range." } else { "" }
        ),
        (LineId::DischargeGrant, R::OfficialFloor) if line_has(l, Q::RateYuan) => format!(
            "{place}'s {} rule: for self-employment, at least {} for each year served, for {}. A minimum: counties may pay more.",
            int_of(l, Q::StandardYear), y(l, Q::RateYuan), years(int_of(l, Q::YearsServed))
        ),
        (LineId::EnlistmentReward | LineId::DischargeGrant, R::OfficialFloor) => format!("The minimum in {place}'s {} rule; counties may pay more.", int_of(l, Q::StandardYear)),
        (LineId::DischargeGrant, R::NeedsGraduationYear) => format!("{place}'s {} rule adds a sum for this year's graduates only: give your graduation year.", int_of(l, Q::StandardYear)),
        (LineId::EnlistmentReward, R::NotInGroups) => format!("{place}'s document rewards university students and graduates only."),
        (LineId::EnlistmentReward, _) => "Enlistment rewards are set locally and vary widely; there is no figure for your place: ask your armed forces department.".into(),
        (LineId::DischargeGrant, R::RuleWithoutAmount) => format!("{place} pays a one-off grant by a rule but publishes no amount."),
        (LineId::DischargeGrant, _) => "Local one-off grants at discharge are set by each province; there is no figure for your place.".into(),
        (LineId::Allowance, _) => "Conscripts get board and a monthly allowance, not a salary. Only unofficial figures are published: from this much over two years (not verified); more in hardship areas.".into(),
        (LineId::DischargePayment, _) => {
            let mut s = format!(
                "The national one-time discharge payment at {} per year served, for {} (a figure reported in 2023; the current rate is not verified)",
                y(l, Q::RateYuan), years(served)
            );
            if line_has(l, Q::BonusPct) {
                s.push_str(&format!(", plus {}% for your honour", int_of(l, Q::BonusPct)));
            }
            s + "."
        }
        _ => String::new(),
    }
}

pub fn non_cash(id: NonCashId, value: Option<i64>) -> (&'static str, String) {
    let v = value.unwrap_or(0);
    match id {
        NonCashId::ReturnToSchool => ("Your study place is kept", "Students and freshmen keep their place; they can resume or start within 2 years after discharge and, with the school's agreement, change major.".into()),
        NonCashId::KaoyanBonus => ("Points on the postgraduate exam", format!("Within 3 years after discharge, {v} points are added to the preliminary score of the national master's entrance exam, with priority when scores are equal; not together with the special plan below.")),
        NonCashId::SpecialMasters => ("A special master's admission plan", "Universities keep places for veteran university students (the yearly number could not be verified).".into()),
        NonCashId::Zhuanshengben => ("No culture exam to go from junior college to a bachelor's", "After finishing junior college (高职/专科) following service, the culture-subject exam of the 专升本 admission is waived (from the 2022 intake).".into()),
        NonCashId::CivilService => ("Civil service, public institutions and state firms", "Age and education limits are relaxed and veterans come first when otherwise equal; service counts as grassroots work experience.".into()),
        NonCashId::MilitaryAcademyAge => ("Older limit for military academies", format!("Students who enlisted may apply to military academies {v} year older than others (details not verified).")),
        NonCashId::SkillsCredit => ("Military training credits", "Back at university, military skills training is waived and its credits granted.".into()),
    }
}

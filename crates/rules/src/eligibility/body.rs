//! Height and weight (BMI).
//!
//! BMI rounding, documented: height is taken to 0.1 cm (whole millimetres) and weight to 0.1 kg.
//! BMI is then compared with each threshold exactly, as a fraction, in whole-number arithmetic:
//! BMI < 30 means weight_tenths × 10^6 < 300 × height_mm². The BMI shown is cut (not rounded) to
//! one decimal; since every threshold has one decimal and reads `low ≤ BMI < high`, cutting never
//! moves a value across a threshold (29.98 shows as 29.9 and passes; 30.0 fails). Weight limits
//! "in the user's terms" are the heaviest/lightest weights to 0.1 kg that meet the exact rule:
//! at 175 cm a BMI under 30 means at most 91.8 kg.

use crate::applicant::Applicant;
use crate::data::{self, Dated, Param};
use crate::date::Date;
use crate::num::Dec1;
use crate::report::{Check, CheckId, Quantity, Reason, Status, Val};
use crate::round::Sex;

/// BMI × 10, cut to a whole number: weight in tenths of a kg, height in mm.
pub fn bmi_tenths(weight: Dec1, height: Dec1) -> i64 {
    let h2 = height.0 * height.0;
    if h2 == 0 { 0 } else { weight.0 * 1_000_000 / h2 }
}

/// Is BMI below `limit` (exactly)?
fn below(weight: Dec1, height: Dec1, limit: Dec1) -> bool {
    weight.0 * 1_000_000 < limit.0 * height.0 * height.0
}

/// The heaviest weight (0.1 kg) with BMI below `limit` at this height.
pub fn max_weight_below(height: Dec1, limit: Dec1) -> Dec1 {
    Dec1((limit.0 * height.0 * height.0 - 1).div_euclid(1_000_000))
}

/// The lightest weight (0.1 kg) with BMI at least `limit` at this height.
pub fn min_weight_from(height: Dec1, limit: Dec1) -> Dec1 {
    Dec1((limit.0 * height.0 * height.0 + 999_999).div_euclid(1_000_000))
}

fn by_sex<T>(sex: Sex, male: &'static Param<T>, female: &'static Param<T>, date: Date) -> Option<&'static Dated<T>> {
    match sex {
        Sex::Male => male.at(date),
        Sex::Female => female.at(date),
    }
}

pub fn height(a: &Applicant, date: Date) -> Check {
    let Some(h) = a.height else {
        return Check::unanswered(CheckId::Height);
    };
    let c = Check::unanswered(CheckId::Height).value(Quantity::HeightCm, Val::Dec(h));
    let Some(sex) = a.sex else { return c };
    let Some(min) = by_sex(sex, &data::HEIGHT_MIN_CM_MALE, &data::HEIGHT_MIN_CM_FEMALE, date) else {
        return Check { reason: Reason::NoRule, ..c };
    };
    let c = c.threshold(Quantity::HeightMinCm, Val::Dec(min.value)).cite(min);
    if h >= min.value {
        Check { status: Status::Pass, reason: Reason::AtLeastMin, ..c }
            .distance(Quantity::AboveMinCm, Val::Dec(Dec1(h.0 - min.value.0)))
    } else {
        Check { status: Status::Fail, reason: Reason::BelowMin, ..c }
            .distance(Quantity::ShortCm, Val::Dec(Dec1(min.value.0 - h.0)))
    }
}

pub fn bmi(a: &Applicant, date: Date) -> Check {
    let (Some(h), Some(w)) = (a.height, a.weight) else {
        let mut c = Check::unanswered(CheckId::Bmi);
        if let Some(w) = a.weight {
            c = c.value(Quantity::WeightKg, Val::Dec(w));
        }
        return c;
    };
    let c = Check::unanswered(CheckId::Bmi)
        .value(Quantity::Bmi, Val::Dec(Dec1(bmi_tenths(w, h))))
        .value(Quantity::WeightKg, Val::Dec(w))
        .value(Quantity::HeightCm, Val::Dec(h));
    let Some(sex) = a.sex else { return c };
    let (Some(lo), Some(hi)) = (
        by_sex(sex, &data::BMI_MIN_MALE, &data::BMI_MIN_FEMALE, date),
        by_sex(sex, &data::BMI_BELOW_MALE, &data::BMI_BELOW_FEMALE, date),
    ) else {
        return Check { reason: Reason::NoRule, ..c };
    };
    let (w_min, w_max) = (min_weight_from(h, lo.value), max_weight_below(h, hi.value));
    let c = c
        .threshold(Quantity::BmiMin, Val::Dec(lo.value))
        .threshold(Quantity::BmiBelow, Val::Dec(hi.value))
        .threshold(Quantity::WeightMinKg, Val::Dec(w_min))
        .threshold(Quantity::WeightMaxKg, Val::Dec(w_max))
        .cite(lo)
        .cite(hi);
    if below(w, h, lo.value) {
        return Check { status: Status::Fail, reason: Reason::BelowMin, ..c }
            .distance(Quantity::GainKg, Val::Dec(Dec1(w_min.0 - w.0)));
    }
    if !below(w, h, hi.value) {
        return Check { status: Status::Fail, reason: Reason::AboveMax, ..c }
            .distance(Quantity::LoseKg, Val::Dec(Dec1(w.0 - w_max.0)));
    }
    // Men from BMI 28: an HbA1c test decides, which only the exam can do.
    let test = if sex == Sex::Male { data::BMI_HBA1C_FROM_MALE.at(date) } else { None };
    if let Some(test) = test {
        let no_test_max = max_weight_below(h, test.value);
        let c = c
            .threshold(Quantity::BmiHba1cFrom, Val::Dec(test.value))
            .threshold(Quantity::WeightNoTestMaxKg, Val::Dec(no_test_max))
            .cite(test);
        if !below(w, h, test.value) {
            return Check { status: Status::NeedsCheck, reason: Reason::Hba1cTest, ..c }
                .distance(Quantity::LoseKg, Val::Dec(Dec1(w.0 - no_test_max.0)));
        }
        return Check { status: Status::Pass, reason: Reason::InRange, ..c }
            .distance(Quantity::SpareKg, Val::Dec(Dec1((no_test_max.0 - w.0).min(w.0 - w_min.0))));
    }
    Check { status: Status::Pass, reason: Reason::InRange, ..c }
        .distance(Quantity::SpareKg, Val::Dec(Dec1((w_max.0 - w.0).min(w.0 - w_min.0))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bmi_is_exact_and_shown_cut() {
        // 91.8 kg at 175 cm is BMI 29.976...: below 30, shown as 29.9.
        assert_eq!(bmi_tenths(Dec1(918), Dec1(1750)), 299);
        assert!(below(Dec1(918), Dec1(1750), Dec1(300)));
        assert!(!below(Dec1(919), Dec1(1750), Dec1(300)));
        assert_eq!(max_weight_below(Dec1(1750), Dec1(300)), Dec1(918));
        // 17.5 × 1.75² = 53.59375, so 53.6 kg is the lightest.
        assert_eq!(min_weight_from(Dec1(1750), Dec1(175)), Dec1(536));
        // Exactly on the threshold: 30 × 1.6² = 76.8 kg is BMI 30.0, which fails "< 30".
        assert!(!below(Dec1(768), Dec1(1600), Dec1(300)));
        assert_eq!(max_weight_below(Dec1(1600), Dec1(300)), Dec1(767));
        assert_eq!(min_weight_from(Dec1(1600), Dec1(175)), Dec1(448));
    }
}

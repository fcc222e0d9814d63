//! Is a typed height or weight what the user meant? Most people here weigh themselves in 斤
//! (half a kilogram) and some give their height in metres or in feet and inches. A number in the
//! wrong unit must never reach the engine, where it would read as "不符合": it is held back and
//! the field asks, with a one-tap fix.
//!
//! These bounds are input validation of the form, not rules of recruitment (those live in
//! `crates/rules/data`), and they sit here, in one place, for that reason. Each says why it is
//! what it is.

use enlistment_rules::eligibility::body::bmi_tenths;
use enlistment_rules::num::Dec1;

/// BMI × 10 below which or from which a height and weight are not a living person's measures but
/// a slip: the figure, 10–60 (starvation ends below 12; a BMI of 60 is beyond anyone who
/// walks into a recruitment medical). Such a BMI is never shown as a result.
pub const BMI_PLAUSIBLE_TENTHS: (i64, i64) = (100, 600);

/// BMI × 10 from which a weight read in kilograms is more likely 斤: 32 is obesity class I+, rare
/// at 18–24, while half of such a weight is an ordinary BMI. Asking costs a real 32 one tap; not
/// asking would tell most people typing 斤 "不符合".
pub const JIN_LIKELY_FROM_TENTHS: i64 = 320;

/// Heights typed in metres: an adult is 1.00–2.50 m tall (the same span as the form's 100–250 cm).
pub const METRES: (f64, f64) = (1.0, 2.5);

/// Feet typed as "5.8" or 5'8": adults are 4 ft 0 in to 7 ft 11 in; inches run 0–11.
pub const FEET: (i64, i64) = (4, 7);

/// How a weight was given beside the field.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WeightUnit {
    Kg,
    Jin,
}

impl WeightUnit {
    pub fn key(self) -> &'static str {
        match self {
            WeightUnit::Kg => "kg",
            WeightUnit::Jin => "jin",
        }
    }

    pub fn from_key(k: &str) -> Option<WeightUnit> {
        [WeightUnit::Kg, WeightUnit::Jin].into_iter().find(|u| u.key() == k)
    }
}

/// A number that looks typed in another unit, with the value it would be in the form's unit.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Slip {
    /// A weight that reads as 斤: the kilograms it is.
    Jin { kg: Dec1 },
    /// A height in metres: the centimetres.
    Metres { cm: Dec1 },
    /// A height in feet and inches: the centimetres.
    Feet { feet: i64, inches: i64, cm: Dec1 },
    /// A height and weight whose BMI no person has: check both units.
    Implausible,
}

/// A height typed in metres or in feet and inches, from the text as typed (5.10 is 5 ft 10 in,
/// not 5.1).
pub fn height(text: &str) -> Option<Slip> {
    let n = super::numbers::normalise(text);
    let n = n.trim_end_matches(['"', '”', '″']);
    if let Some((f, i)) = n.split_once(['\'', '’', '′', '.'])
        && let (Ok(feet), Ok(inches)) = (f.trim().parse::<i64>(), i.trim().parse::<i64>())
        && (FEET.0..=FEET.1).contains(&feet)
        && (0..=11).contains(&inches)
        && (1..=2).contains(&i.trim().len())
    {
        // 1 in = 2.54 cm exactly; in millimetres, rounded to the nearest.
        let mm = ((feet * 12 + inches) * 254 + 5) / 10;
        return Some(Slip::Feet { feet, inches, cm: Dec1(mm) });
    }
    let v = super::numbers::decimal(n)?;
    (METRES.0..=METRES.1).contains(&v).then(|| Slip::Metres { cm: Dec1((v * 1000.0).round() as i64) })
}

/// A weight in kilograms (`kg`, already through the form's validator) beside a height in cm,
/// when the unit was not chosen: is it 斤, or a pair no person has?
pub fn weight(kg: Dec1, height: Dec1) -> Option<Slip> {
    let bmi = bmi_tenths(kg, height);
    let half = Dec1((kg.0 + 1) / 2);
    let half_bmi = bmi_tenths(half, height);
    // Half of a BMI from 32 is at least 16, an adult's; but a half that would itself read as 斤
    // means the number is no weight at all.
    if bmi >= JIN_LIKELY_FROM_TENTHS && half_bmi < JIN_LIKELY_FROM_TENTHS {
        return Some(Slip::Jin { kg: half });
    }
    pair(kg, height)
}

/// Whatever the unit: a pair outside the 10–60 bounds is a slip, never a result.
pub fn pair(kg: Dec1, height: Dec1) -> Option<Slip> {
    let bmi = bmi_tenths(kg, height);
    (!(BMI_PLAUSIBLE_TENTHS.0..BMI_PLAUSIBLE_TENTHS.1).contains(&bmi)).then_some(Slip::Implausible)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jin_is_asked_when_half_the_weight_is_ordinary() {
        // The case: 160 at 172 cm is BMI 54 in kg, 27 in 斤.
        assert_eq!(weight(Dec1(1600), Dec1(1720)), Some(Slip::Jin { kg: Dec1(800) }));
        // Boundary pair around BMI 32 at 175 cm (32 × 1.75² = 98.0 kg).
        assert_eq!(weight(Dec1(979), Dec1(1750)), None);
        assert_eq!(weight(Dec1(980), Dec1(1750)), Some(Slip::Jin { kg: Dec1(490) }));
        // An ordinary weight is left alone; BMI 27 is fine.
        assert_eq!(weight(Dec1(800), Dec1(1720)), None);
        // 100 at 150 cm: BMI 44 in kg, 22 in 斤.
        assert_eq!(weight(Dec1(1000), Dec1(1500)), Some(Slip::Jin { kg: Dec1(500) }));
    }

    #[test]
    fn a_bmi_outside_10_to_60_is_a_slip() {
        // 250 kg at 150 cm: BMI 111, half is 55: not ordinary; the pair is implausible.
        assert_eq!(weight(Dec1(2500), Dec1(1500)), Some(Slip::Implausible));
        // 25 kg at 200 cm: BMI 6.25.
        assert_eq!(pair(Dec1(250), Dec1(2000)), Some(Slip::Implausible));
        // Boundary pair at 10: 40.0 kg at 200 cm is exactly 10.0; 39.9 is below.
        assert_eq!(pair(Dec1(400), Dec1(2000)), None);
        assert_eq!(pair(Dec1(399), Dec1(2000)), Some(Slip::Implausible));
        // And at 60: 60 × 1.5² = 135 kg is 60.0 (out); 134.9 is in.
        assert_eq!(pair(Dec1(1349), Dec1(1500)), None);
        assert_eq!(pair(Dec1(1350), Dec1(1500)), Some(Slip::Implausible));
    }

    #[test]
    fn heights_in_metres_or_feet_are_recognised() {
        assert_eq!(height("1.72"), Some(Slip::Metres { cm: Dec1(1720) }));
        assert_eq!(height("1.72m"), Some(Slip::Metres { cm: Dec1(1720) }));
        assert_eq!(height("２.５"), Some(Slip::Metres { cm: Dec1(2500) }));
        assert_eq!(height("0.9"), None);
        // 5 ft 8 in = 68 in = 172.72 cm.
        assert_eq!(height("5'8\""), Some(Slip::Feet { feet: 5, inches: 8, cm: Dec1(1727) }));
        assert_eq!(height("5.8"), Some(Slip::Feet { feet: 5, inches: 8, cm: Dec1(1727) }));
        assert_eq!(height("5.10"), Some(Slip::Feet { feet: 5, inches: 10, cm: Dec1(1778) }));
        assert_eq!(height("5.12"), None);
        assert_eq!(height("8.1"), None);
        assert_eq!(height("172"), None);
    }
}

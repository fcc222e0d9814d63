//! Decimal quantities with one place (cm, kg, BMI, 5-point vision), stored as whole tenths so
//! that comparisons with thresholds are exact: 159.9 cm is 1599 and fails 160.0 (1600).

use std::fmt;

/// A decimal with exactly one place, in tenths: `Dec1(1600)` is 160.0.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash, Default)]
pub struct Dec1(pub i64);

impl Dec1 {
    /// Cuts a typed number to tenths, never rounding up: 159.96 is 159.9, which is below 160, so
    /// no input is carried across a threshold. (Binary noise such as 4.6 × 10 = 45.999… is not a
    /// digit the user typed and is ignored.) `None` if not finite or absurd.
    pub fn from_f64(v: f64) -> Option<Dec1> {
        if !v.is_finite() || v.abs() > 1e12 {
            return None;
        }
        let tenths = v * 10.0;
        let near = tenths.round();
        Some(Dec1(if (tenths - near).abs() < 1e-6 { near } else { tenths.floor() } as i64))
    }

    /// Rounds to the nearest tenth (half away from zero), for conversions a table defines by
    /// rounding (decimal vision to the 5-point scale).
    pub fn nearest(v: f64) -> Option<Dec1> {
        if !v.is_finite() || v.abs() > 1e12 {
            return None;
        }
        Some(Dec1((v * 10.0).round() as i64))
    }

    pub fn from_int(v: i64) -> Dec1 {
        Dec1(v * 10)
    }

    pub fn to_f64(self) -> f64 {
        self.0 as f64 / 10.0
    }
}

impl fmt::Display for Dec1 {
    /// Always one decimal: `160.0`, `-0.1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        write!(f, "{sign}{}.{}", self.0.abs() / 10, self.0.abs() % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_to_tenths_never_up() {
        assert_eq!(Dec1::from_f64(159.9), Some(Dec1(1599)));
        assert_eq!(Dec1::from_f64(160.0), Some(Dec1(1600)));
        // Regression: 159.96 was rounded to 160.0 and passed the 160 cm minimum.
        assert_eq!(Dec1::from_f64(159.96), Some(Dec1(1599)));
        assert_eq!(Dec1::from_f64(159.99999), Some(Dec1(1599)));
        assert_eq!(Dec1::from_f64(4.79), Some(Dec1(47)));
        assert_eq!(Dec1::from_f64(4.6), Some(Dec1(46)));
        assert_eq!(Dec1::from_f64(0.3), Some(Dec1(3)));
        assert_eq!(Dec1::nearest(4.45), Some(Dec1(45)));
        assert_eq!(Dec1::from_f64(f64::NAN), None);
        assert_eq!(Dec1(-1).to_string(), "-0.1");
        assert_eq!(Dec1(1755).to_string(), "175.5");
    }
}

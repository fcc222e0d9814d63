//! Amounts of money in integer fen (1 yuan = 100 fen), never floating point. An amount can be
//! exact, a floor ("at least"), a range (where sources give one or disagree), or unknown.

/// Yuan to fen.
pub const fn fen(yuan: i64) -> i64 {
    yuan * 100
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Money {
    Exact(i64),
    /// At least this much (a local floor, "不低于").
    AtLeast(i64),
    /// Between two different amounts (inclusive), lower first. Built only by `Money::between`, so
    /// a range never has equal ends: one amount is a value.
    Range(i64, i64),
    /// Not known for this place.
    Unknown,
}

impl Money {
    /// (lowest, highest); the highest is `None` when there is no upper bound.
    pub fn bounds(self) -> Option<(i64, Option<i64>)> {
        match self {
            Money::Exact(a) => Some((a, Some(a))),
            Money::AtLeast(a) => Some((a, None)),
            Money::Range(a, b) => Some((a, Some(b))),
            Money::Unknown => None,
        }
    }

    /// From `lo` to `hi`: a value when they are equal, a range otherwise (in order).
    pub fn between(lo: i64, hi: i64) -> Money {
        Money::from_bounds(lo, Some(hi))
    }

    fn from_bounds(lo: i64, hi: Option<i64>) -> Money {
        match hi {
            Some(h) if h == lo => Money::Exact(lo),
            Some(h) => Money::Range(lo.min(h), lo.max(h)),
            None => Money::AtLeast(lo),
        }
    }

    /// The sum of two amounts; unknown stays unknown.
    pub fn plus(self, other: Money) -> Money {
        match (self.bounds(), other.bounds()) {
            (Some((a, ah)), Some((b, bh))) => Money::from_bounds(a + b, ah.zip(bh).map(|(x, y)| x + y)),
            _ => Money::Unknown,
        }
    }

    /// Multiplies by `num / den`, rounding half up to whole fen.
    pub fn times(self, num: i64, den: i64) -> Money {
        let f = |x: i64| (x * num * 2 + den) / (den * 2);
        match self.bounds() {
            Some((a, h)) => Money::from_bounds(f(a), h.map(f)),
            None => Money::Unknown,
        }
    }

    /// A range of multipliers (percent): the lowest with `lo`, the highest with `hi`.
    pub fn times_pct(self, lo: i64, hi: i64) -> Money {
        match (self.times(lo, 100).bounds(), self.times(hi, 100).bounds()) {
            (Some((a, _)), Some((_, bh))) => Money::from_bounds(a, bh),
            _ => Money::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_in_fen() {
        assert_eq!(Money::Exact(fen(39016)).times(2, 1), Money::Exact(fen(78032)));
        assert_eq!(Money::Exact(fen(100)).times_pct(300, 400), Money::Range(fen(300), fen(400)));
        assert_eq!(Money::Exact(1).plus(Money::AtLeast(5)), Money::AtLeast(6));
        assert_eq!(Money::Range(1, 2).plus(Money::Exact(10)), Money::Range(11, 12));
        assert_eq!(Money::Unknown.plus(Money::Exact(1)), Money::Unknown);
        // Rounding half up: 13622.85 yuan is 1362285 fen exactly; 1/3 of 100 fen is 33.
        assert_eq!(Money::Exact(fen(30273)).times(45, 100), Money::Exact(1_362_285));
        assert_eq!(Money::Exact(100).times(1, 3), Money::Exact(33));
        assert_eq!(Money::Exact(100).times(2, 3), Money::Exact(67));
        // One amount is a value, never a range with equal ends.
        assert_eq!(Money::between(fen(30273), fen(30273)), Money::Exact(fen(30273)));
        assert_eq!(Money::between(5, 3), Money::Range(3, 5));
    }
}

//! Calendar dates. The engine never reads a clock: every date it uses is an input or data.

pub use time::Date;
use time::Month;

const MONTHS: [Month; 12] = [
    Month::January,
    Month::February,
    Month::March,
    Month::April,
    Month::May,
    Month::June,
    Month::July,
    Month::August,
    Month::September,
    Month::October,
    Month::November,
    Month::December,
];

/// A date from year, month and day, usable in `static` items (the generated rules data).
/// Panics (at compile time, in a `static`) on a date that does not exist.
pub const fn ymd(y: i32, m: u8, d: u8) -> Date {
    match Date::from_calendar_date(y, MONTHS[(m - 1) as usize], d) {
        Ok(date) => date,
        Err(_) => panic!("invalid date"),
    }
}

/// A date from parts, or `None` when it does not exist (2023-02-29, month 13).
pub fn checked(y: i32, m: u8, d: u8) -> Option<Date> {
    if !(1..=12).contains(&m) {
        return None;
    }
    Date::from_calendar_date(y, MONTHS[(m - 1) as usize], d).ok()
}

/// Parses exactly `YYYY-MM-DD`.
pub fn parse(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        s.get(r.clone())?.bytes().all(|c| c.is_ascii_digit()).then(|| s[r].parse().ok())?
    };
    checked(digits(0..4)? as i32, digits(5..7)? as u8, digits(8..10)? as u8)
}

/// `YYYY-MM-DD`.
pub fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// Whole calendar months from `a` to `b` (0 when `b` is not after `a`).
pub fn months_between(a: Date, b: Date) -> i64 {
    if b <= a {
        return 0;
    }
    let mut m = i64::from(b.year() - a.year()) * 12 + i64::from(u8::from(b.month())) - i64::from(u8::from(a.month()));
    if b.day() < a.day() {
        m -= 1;
    }
    m.max(0)
}

/// The first day `d` with `months_between(a, d) >= k`: the same day `k` months later, or the
/// first of the month after when that day does not exist (31 January + 1 month → 1 March).
pub fn months_after(a: Date, k: i64) -> Option<Date> {
    let index = i64::from(a.year()) * 12 + i64::from(u8::from(a.month())) - 1 + k.max(0);
    let (y, m) = (i32::try_from(index.div_euclid(12)).ok()?, index.rem_euclid(12) as u8 + 1);
    checked(y, m, a.day()).or_else(|| if m == 12 { checked(y + 1, 1, 1) } else { checked(y, m + 1, 1) })
}

/// Days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    i64::from(b.to_julian_day() - a.to_julian_day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(parse("2024-02-29"), Some(ymd(2024, 2, 29)));
        assert_eq!(parse("2023-02-29"), None);
        assert_eq!(parse("2023-13-01"), None);
        assert_eq!(parse("2023-1-01"), None);
        assert_eq!(parse("2o23-01-01"), None);
        assert_eq!(parse("+023-01-01"), None);
        assert_eq!(iso(ymd(2027, 2, 10)), "2027-02-10");
    }

    #[test]
    fn month_and_day_arithmetic() {
        assert_eq!(months_between(ymd(2026, 11, 29), ymd(2027, 2, 15)), 2);
        assert_eq!(months_between(ymd(2026, 11, 15), ymd(2027, 2, 15)), 3);
        assert_eq!(months_between(ymd(2027, 2, 15), ymd(2026, 11, 15)), 0);
        assert_eq!(days_between(ymd(2026, 12, 1), ymd(2027, 2, 10)), 71);
        assert_eq!(months_after(ymd(2026, 12, 1), 4), Some(ymd(2027, 4, 1)));
        assert_eq!(months_after(ymd(2027, 1, 31), 1), Some(ymd(2027, 3, 1)));
        assert_eq!(months_after(ymd(2026, 12, 31), 2), Some(ymd(2027, 3, 1)));
    }

    #[test]
    fn months_after_is_the_first_day_months_between_reaches() {
        let mut a = ymd(2026, 1, 1);
        while a < ymd(2029, 1, 1) {
            for k in 0..14 {
                let d = months_after(a, k).unwrap();
                assert!(months_between(a, d) >= k, "{a} {k}");
                assert!(months_between(a, d.previous_day().unwrap()) < k.max(1), "{a} {k}");
            }
            a = a.next_day().unwrap();
        }
    }
}

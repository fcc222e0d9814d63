//! Recruitment rounds (`2026-H1`, `2026-H2`) and what the data says about each.

use crate::data::{Cite, Confidence, ROUNDS, RoundData};
use crate::date::Date;
pub use crate::keys::{Half, Round, Sex};

impl Round {
    /// The calendar, notice and windows of this round, if the data covers it.
    pub fn data(self) -> Option<&'static RoundData> {
        ROUNDS.iter().find(|r| r.round == self)
    }

    /// The date parameters are looked up at: the approval date (1 March or 1 September).
    pub fn rules_date(self) -> Date {
        match self.data() {
            Some(d) => d.approval,
            None => crate::date::ymd(self.year, if self.half == Half::H1 { 3 } else { 9 }, 1),
        }
    }

    /// The last day to apply for this round: for `sex` when known, else the later sex's (the later
    /// of two conflicting dates). `None` when the data does not cover the round.
    pub fn deadline(self, sex: Option<Sex>) -> Option<Date> {
        let d = self.data()?;
        Some(match sex {
            Some(s) => {
                let w = d.window(s);
                w.closes_alt.unwrap_or(w.closes).max(w.closes)
            }
            None => last_deadline(d),
        })
    }

    /// Registration has closed on `today`: the round is past for this applicant.
    pub fn closed(self, sex: Option<Sex>, today: Date) -> bool {
        self.deadline(sex).is_some_and(|d| d < today)
    }

    /// How current the rules for this round are: the newest date of a national notice for it or
    /// an earlier round (a provisional round carries the latest forward). It depends on the round
    /// alone, so the page states it once and it never moves as the user types.
    pub fn rules_as_of(self) -> Option<Date> {
        ROUNDS.iter().filter(|r| r.round <= self).flat_map(|r| r.notice).filter_map(|c| c.effective).max()
    }

    /// No national notice in the data: evaluated with the latest rules carried forward.
    pub fn provisional(self) -> bool {
        self.data().is_none_or(|d| d.notice.is_empty())
    }

    /// The round after this one (`None` past the years a date can hold).
    pub fn next(self) -> Option<Round> {
        Some(match self.half {
            Half::H1 => Round { year: self.year, half: Half::H2 },
            Half::H2 => Round { year: self.year.checked_add(1).filter(|y| *y <= 9998)?, half: Half::H1 },
        })
    }

    /// This round's calendar: from the data, or, for a round after the data, the latest round of
    /// the same half carried forward by whole years and marked estimated (its confidence at most
    /// `unverified`). `None` before the data or where a carried date does not exist.
    pub fn calendar(self, sex: Option<Sex>) -> Option<Calendar> {
        let (d, years) = match self.data() {
            Some(d) => (d, 0),
            None => {
                let d = ROUNDS.iter().rev().find(|r| r.round.half == self.half && r.round.year < self.year)?;
                (d, self.year - d.round.year)
            }
        };
        let shift = |date: Date| crate::date::checked(date.year() + years, u8::from(date.month()), date.day());
        let w = d.window(sex.unwrap_or(Sex::Male));
        let estimated = years > 0;
        let floor = |c: Confidence| {
            if estimated && c.rank() < Confidence::Unverified.rank() { Confidence::Unverified } else { c }
        };
        // Of two conflicting closing dates the earlier is the one to act by; the later keeps the
        // round open (nobody is told too early that it is over).
        let (early, late) = match w.closes_alt {
            Some(alt) => (w.closes.min(alt), Some(w.closes.max(alt))),
            None => (w.closes, None),
        };
        Some(Calendar {
            register_by: shift(early)?,
            register_by_alt: match late {
                Some(l) => Some(shift(l)?),
                None => None,
            },
            register_confidence: floor(w.confidence),
            register_cite: w.cite,
            exam_from: shift(d.conscription_from)?,
            exam_confidence: floor(d.conscription_confidence),
            exam_cite: d.conscription_cite,
            estimated,
        })
    }
}

/// The dates of a round a person acts on: the last day to apply (per sex) and the start of the
/// conscription period, when the medical examination starts (the data has no separate exam date).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Calendar {
    pub register_by: Date,
    /// The later of two conflicting published closing dates.
    pub register_by_alt: Option<Date>,
    pub register_confidence: Confidence,
    pub register_cite: &'static [Cite],
    pub exam_from: Date,
    pub exam_confidence: Confidence,
    pub exam_cite: &'static [Cite],
    /// Carried forward from an earlier year: no date of this round is in the data.
    pub estimated: bool,
}

impl Calendar {
    /// The last day the round is still open to apply for.
    pub fn open_until(&self) -> Date {
        self.register_by_alt.unwrap_or(self.register_by)
    }
}

/// Every round the data covers, oldest first.
pub fn rounds() -> impl Iterator<Item = &'static RoundData> {
    ROUNDS.iter()
}

/// The last day anyone can still apply for a round (the later sex's deadline; the later of two
/// conflicting dates, so nobody is told too early that it is over).
pub fn last_deadline(r: &RoundData) -> Date {
    r.windows.iter().map(|w| w.closes_alt.unwrap_or(w.closes).max(w.closes)).max().unwrap_or(r.approval)
}

/// The rounds in the data for a list: open and coming ones first (oldest first), then the closed
/// ones (newest first), each with whether it is closed on `today`.
pub fn rounds_for_list(today: Date) -> Vec<(Round, bool)> {
    let (mut past, open): (Vec<_>, Vec<_>) =
        ROUNDS.iter().map(|r| (r.round, r.round.closed(None, today))).partition(|(_, closed)| *closed);
    past.reverse();
    open.into_iter().chain(past).collect()
}

/// The round whose registration is open or comes next on `today` (the browser's date, passed in):
/// the first round whose last deadline has not passed. After the last round in the data, that
/// round (the caller can tell from its deadline that it is over).
pub fn default_round(today: Date) -> Round {
    ROUNDS
        .iter()
        .find(|r| last_deadline(r) >= today)
        .or(ROUNDS.last())
        .map(|r| r.round)
        .unwrap_or(Round { year: today.year(), half: Half::H1 })
}

/// Days after the expected national statement from which a provisional round's carried-forward
/// rules are flagged as possibly out of date (the statement is usually reported within days).
pub const STALE_AFTER_DAYS: i64 = 30;

/// The date the national statement was expected, when `round` is still provisional on `today`
/// and that date is more than [`STALE_AFTER_DAYS`] past: the rules in use may have changed.
pub fn notice_overdue(round: Round, today: Date) -> Option<Date> {
    let expected = round.data()?.notice_expected.filter(|_| round.provisional())?;
    (crate::date::days_between(expected, today) > STALE_AFTER_DAYS).then_some(expected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;

    #[test]
    fn parses_and_prints() {
        let r = Round::parse("2026-H2").unwrap();
        assert_eq!(r, Round { year: 2026, half: Half::H2 });
        assert_eq!(r.to_string(), "2026-H2");
        for bad in ["2026-H3", "2026H1", "26-H1", "2026-h1", "", "2026-H1 ", "+026-H1"] {
            assert_eq!(Round::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn default_round_follows_the_calendar() {
        assert_eq!(default_round(ymd(2026, 11, 29)).to_string(), "2027-H1");
        assert_eq!(default_round(ymd(2026, 12, 1)).to_string(), "2027-H1");
        assert_eq!(default_round(ymd(2027, 2, 10)).to_string(), "2027-H1");
        assert_eq!(default_round(ymd(2027, 2, 11)).to_string(), "2027-H2");
        assert_eq!(default_round(ymd(2027, 7, 15)).to_string(), "2027-H2");
        assert_eq!(default_round(ymd(2026, 3, 1)).to_string(), "2026-H2");
        // 2024-H1 deadlines conflict (02-10 / 02-18): the later one keeps the round open.
        assert_eq!(default_round(ymd(2024, 2, 15)).to_string(), "2024-H1");
    }

    #[test]
    fn closed_rounds_come_after_open_ones() {
        // 2026-H1's windows closed on 10 February 2026 (rounds.toml); on 1 May it is past.
        let h1 = Round::parse("2026-H1").unwrap();
        assert!(!h1.closed(Some(Sex::Male), ymd(2026, 2, 10)));
        assert!(h1.closed(Some(Sex::Male), ymd(2026, 2, 11)));
        let list = rounds_for_list(ymd(2026, 5, 1));
        let first_closed = list.iter().position(|(_, c)| *c).unwrap();
        assert!(list[..first_closed].iter().all(|(r, c)| !c && *r >= Round::parse("2026-H2").unwrap()));
        assert!(list[first_closed..].iter().all(|(_, c)| *c));
        assert_eq!(list[first_closed].0, h1, "the closed ones newest first");
        assert_eq!(list.len(), ROUNDS.len());
    }

    #[test]
    fn stale_rules_are_flagged_after_the_expected_statement() {
        let r = Round::parse("2027-H1").unwrap();
        let expected = r.data().unwrap().notice_expected.expect("2027 has no notice yet");
        // Independent statement: flagged from the 31st day after the expected date, not before.
        let first_flagged = expected.checked_add(time::Duration::days(31)).unwrap();
        let last_quiet = expected.checked_add(time::Duration::days(30)).unwrap();
        assert_eq!(notice_overdue(r, first_flagged), Some(expected));
        assert_eq!(notice_overdue(r, last_quiet), None);
        assert_eq!(notice_overdue(r, ymd(2026, 12, 1)), None);
        assert_eq!(notice_overdue(r, ymd(2027, 2, 20)), Some(ymd(2027, 1, 15)));
        // A round with its notice is never stale, however late.
        assert_eq!(notice_overdue(Round::parse("2026-H2").unwrap(), ymd(2030, 1, 1)), None);
    }

    #[test]
    fn provisional_only_without_notice() {
        assert!(!Round::parse("2026-H1").unwrap().provisional());
        assert!(Round::parse("2027-H1").unwrap().provisional());
        assert!(Round::parse("2030-H1").unwrap().provisional());
    }
}

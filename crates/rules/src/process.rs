//! The process: the steps from registration to enlistment (with their legal basis and what to
//! bring), the calendar of every round as dated events, the next deadline from a given date, and
//! roughly where in the process a date falls. Dates come from `data/rounds.toml`; nothing here
//! reads a clock.

use crate::data::{self, Cite, Confidence, Dated, Param, ROUNDS, RoundData};
use crate::date::{Date, checked};
use crate::keyed::keyed_enum;
use crate::round::{Round, Sex, last_deadline};

keyed_enum! {
    StepId {
        Registration = "registration",
        Apply = "apply",
        Prescreen = "prescreen",
        Medical = "medical",
        Political = "political",
        PreServiceEducation = "pre_service_education",
        Selection = "selection",
        PublicNotice = "public_notice",
        Approval = "approval",
        Handover = "handover",
    }
}

keyed_enum! {
    DocId {
        IdCard = "id_card",
        HouseholdRegister = "household_register",
        Diploma = "diploma",
        Photo = "photo",
        Forms = "forms",
        AidForm = "aid_form",
        WomenForm = "women_form",
    }
}

keyed_enum! {
    ChannelId {
        Gfbzb = "gfbzb",
        Account = "account",
        LocalOffice = "local_office",
        Provincial = "provincial",
    }
}

keyed_enum! {
    FraudId {
        Free = "free",
        Patterns = "patterns",
        Phone = "phone",
        Report = "report",
    }
}

impl StepId {
    fn param(self) -> &'static Param<()> {
        match self {
            StepId::Registration => &data::STEP_REGISTRATION,
            StepId::Apply => &data::STEP_APPLY,
            StepId::Prescreen => &data::STEP_PRESCREEN,
            StepId::Medical => &data::STEP_MEDICAL,
            StepId::Political => &data::STEP_POLITICAL,
            StepId::PreServiceEducation => &data::STEP_PRE_SERVICE_EDUCATION,
            StepId::Selection => &data::STEP_SELECTION,
            StepId::PublicNotice => &data::STEP_PUBLIC_NOTICE,
            StepId::Approval => &data::STEP_APPROVAL,
            StepId::Handover => &data::STEP_HANDOVER,
        }
    }

    /// What to bring or have ready at this step.
    pub fn documents(self, sex: Option<Sex>) -> &'static [DocId] {
        match (self, sex) {
            (StepId::Apply, _) => &[DocId::Photo],
            (StepId::Prescreen, Some(Sex::Female)) => {
                &[DocId::WomenForm, DocId::IdCard, DocId::HouseholdRegister, DocId::Diploma, DocId::AidForm]
            }
            (StepId::Prescreen, _) => {
                &[DocId::IdCard, DocId::HouseholdRegister, DocId::Diploma, DocId::Forms, DocId::AidForm]
            }
            (StepId::Medical, _) => &[DocId::IdCard, DocId::HouseholdRegister, DocId::Diploma, DocId::Forms],
            (StepId::Approval, _) => &[DocId::AidForm],
            _ => &[],
        }
    }
}

impl DocId {
    pub fn rule(self, date: Date) -> Option<&'static Dated<()>> {
        match self {
            DocId::IdCard => data::DOC_ID_CARD.at(date),
            DocId::HouseholdRegister => data::DOC_HOUSEHOLD_REGISTER.at(date),
            DocId::Diploma => data::DOC_DIPLOMA.at(date),
            DocId::Photo => data::DOC_PHOTO.at(date),
            DocId::Forms => data::DOC_FORMS.at(date),
            DocId::AidForm => data::DOC_AID_FORM.at(date),
            DocId::WomenForm => data::DOC_WOMEN_FORM.at(date),
        }
    }
}

impl ChannelId {
    pub fn rule(self, date: Date) -> Option<&'static Dated<()>> {
        match self {
            ChannelId::Gfbzb => data::CHANNEL_GFBZB.at(date),
            ChannelId::Account => data::CHANNEL_ACCOUNT.at(date),
            ChannelId::LocalOffice => data::CHANNEL_LOCAL_OFFICE.at(date),
            ChannelId::Provincial => data::CHANNEL_PROVINCIAL.at(date),
        }
    }
}

impl FraudId {
    pub fn rule(self, date: Date) -> Option<&'static Dated<()>> {
        match self {
            FraudId::Free => data::FRAUD_FREE.at(date),
            FraudId::Patterns => data::FRAUD_PATTERNS.at(date),
            FraudId::Phone => data::FRAUD_PHONE.at(date),
            FraudId::Report => data::FRAUD_REPORT.at(date),
        }
    }
}

/// A step with its legal basis, as of a date.
pub fn step_rule(s: StepId, date: Date) -> Option<&'static Dated<()>> {
    s.param().at(date)
}

/// The steps a person goes through: women do not do the initial military-service registration.
pub fn steps(sex: Option<Sex>) -> Vec<StepId> {
    StepId::ALL.iter().copied().filter(|s| !(sex == Some(Sex::Female) && *s == StepId::Registration)).collect()
}

keyed_enum! {
    EventKind {
        RegistrationOpens = "registration_opens",
        RegistrationCloses = "registration_closes",
        ConscriptionStarts = "conscription_starts",
        Approval = "approval",
        ConscriptionEnds = "conscription_ends",
        /// The yearly deadline of the initial military-service registration (men turning 18).
        MilitaryRegistrationDeadline = "military_registration_deadline",
    }
}

/// A dated event of the calendar. `alt` is a second published date where sources disagree;
/// `confidence` says whether the date is published (verified) or only expected (unverified).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Event {
    pub date: Date,
    pub alt: Option<Date>,
    pub kind: EventKind,
    pub round: Option<Round>,
    pub sex: Option<Sex>,
    pub confidence: Confidence,
    pub cite: &'static [Cite],
}

impl Event {
    /// Is this a date by which something must be done?
    pub fn is_deadline(&self) -> bool {
        matches!(self.kind, EventKind::RegistrationCloses | EventKind::MilitaryRegistrationDeadline)
    }
}

fn round_events(r: &'static RoundData) -> Vec<Event> {
    let mut out = Vec::new();
    let ev =
        |date, alt, kind, sex, confidence, cite| Event { date, alt, kind, round: Some(r.round), sex, confidence, cite };
    for w in r.windows {
        out.push(ev(w.opens, None, EventKind::RegistrationOpens, Some(w.sex), w.confidence, w.cite));
        out.push(ev(w.closes, w.closes_alt, EventKind::RegistrationCloses, Some(w.sex), w.confidence, w.cite));
    }
    out.push(ev(
        r.conscription_from,
        None,
        EventKind::ConscriptionStarts,
        None,
        r.conscription_confidence,
        r.conscription_cite,
    ));
    out.push(ev(r.approval, None, EventKind::Approval, None, r.conscription_confidence, r.conscription_cite));
    out.push(ev(
        r.conscription_until,
        None,
        EventKind::ConscriptionEnds,
        None,
        r.conscription_confidence,
        r.conscription_cite,
    ));
    out
}

/// Every event in the data, in date order: the rounds' windows and periods, and the yearly
/// registration deadline for the years it is in force.
pub fn events() -> Vec<Event> {
    let mut out: Vec<Event> = ROUNDS.iter().flat_map(round_events).collect();
    let last_year = ROUNDS.last().map_or(0, |r| r.round.year);
    let first_year = ROUNDS.first().map_or(0, |r| r.round.year);
    for y in first_year..=last_year {
        let on = crate::date::ymd(y, 1, 1);
        if let (Some(m), Some(date)) = (data::REGISTRATION_DEADLINE_MONTH.at(on), registration_deadline(on)) {
            out.push(Event {
                date,
                alt: None,
                kind: EventKind::MilitaryRegistrationDeadline,
                round: None,
                sex: Some(Sex::Male),
                confidence: m.confidence,
                cite: m.cite,
            });
        }
    }
    out.sort_by_key(|e| (e.date, e.kind));
    out
}

/// The next deadline on or after `today` for this sex (or for anyone, when not given). The earlier
/// of two conflicting dates counts, so nobody is told too late.
pub fn next_deadline(today: Date, sex: Option<Sex>) -> Option<Event> {
    events()
        .into_iter()
        .filter(|e| e.is_deadline() && e.date >= today)
        .find(|e| sex.is_none() || e.sex.is_none() || e.sex == sex)
}

/// Roughly where a round stands on `today` for this sex: before the window (register first), the
/// window (apply), between the window and the conscription period (pre-screening), the period up to
/// approval (medical, review, selection), then approval and handover. `None` once the round is over.
pub fn current_step(r: &RoundData, sex: Option<Sex>, today: Date) -> Option<StepId> {
    let w = r.window(sex.unwrap_or(Sex::Male));
    Some(if today < w.opens {
        if sex == Some(Sex::Female) { StepId::Apply } else { StepId::Registration }
    } else if today <= last_deadline(r).min(w.closes_alt.unwrap_or(w.closes).max(w.closes)) {
        StepId::Apply
    } else if today < r.conscription_from {
        StepId::Prescreen
    } else if today < r.approval {
        StepId::Medical
    } else if today <= r.conscription_until {
        StepId::Handover
    } else {
        return None;
    })
}

/// The military-service registration deadline of `on`'s year, by the texts in force on `on`
/// (31 October from 2026; 30 September in 2025); `None` where no text gives one.
pub fn registration_deadline(on: Date) -> Option<Date> {
    let (m, d) = (data::REGISTRATION_DEADLINE_MONTH.at(on)?, data::REGISTRATION_DEADLINE_DAY.at(on)?);
    checked(on.year(), u8::try_from(m.value).ok()?, u8::try_from(d.value).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;

    #[test]
    fn the_next_deadline_follows_the_calendar() {
        let d =
            |y, m, day| next_deadline(ymd(y, m, day), None).map(|e| (e.date, e.kind, e.round.map(|r| r.to_string())));
        assert_eq!(d(2026, 12, 1), Some((ymd(2027, 2, 10), EventKind::RegistrationCloses, Some("2027-H1".into()))));
        assert_eq!(d(2027, 2, 11), Some((ymd(2027, 8, 10), EventKind::RegistrationCloses, Some("2027-H2".into()))));
        assert_eq!(d(2027, 7, 15), Some((ymd(2027, 8, 10), EventKind::RegistrationCloses, Some("2027-H2".into()))));
        // After the last window of the data: the yearly registration deadline for men.
        assert_eq!(d(2027, 8, 11), Some((ymd(2027, 10, 31), EventKind::MilitaryRegistrationDeadline, None)));
        assert_eq!(d(2027, 11, 1), None);
        // 2025: registration closed on 30 September (静宁's notice); the yearly 31 October from 2026.
        assert_eq!(d(2025, 8, 11), Some((ymd(2025, 9, 30), EventKind::MilitaryRegistrationDeadline, None)));
        // Conflicting 2024-H1 deadlines: the earlier one counts, the later one is carried.
        let e = next_deadline(ymd(2024, 2, 1), Some(Sex::Male)).unwrap();
        assert_eq!((e.date, e.alt), (ymd(2024, 2, 10), Some(ymd(2024, 2, 18))));
        assert_eq!(e.confidence, Confidence::Conflict);
    }

    #[test]
    fn where_a_round_stands() {
        let r = Round::parse("2026-H2").unwrap().data().unwrap();
        assert_eq!(current_step(r, Some(Sex::Female), ymd(2026, 5, 1)), Some(StepId::Apply));
        assert_eq!(current_step(r, Some(Sex::Female), ymd(2026, 7, 15)), Some(StepId::Apply));
        assert_eq!(current_step(r, Some(Sex::Male), ymd(2026, 8, 12)), Some(StepId::Prescreen));
        assert_eq!(current_step(r, Some(Sex::Male), ymd(2026, 8, 20)), Some(StepId::Medical));
        assert_eq!(current_step(r, Some(Sex::Male), ymd(2026, 9, 5)), Some(StepId::Handover));
        assert_eq!(current_step(r, Some(Sex::Male), ymd(2026, 10, 1)), None);
        let r = Round::parse("2027-H1").unwrap().data().unwrap();
        assert_eq!(current_step(r, Some(Sex::Male), ymd(2026, 11, 29)), Some(StepId::Registration));
        assert!(!steps(Some(Sex::Female)).contains(&StepId::Registration));
    }
}

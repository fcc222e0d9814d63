//! Political review: self-declared yes/no answers only. A "yes" is never a verdict: it means the
//! review (by public security for the county 征兵办) will look at it, so the check says
//! `needs_check`. Unanswered questions leave the check `unknown`.

use crate::applicant::{Applicant, PoliticalQuestion};
use crate::data::{self, Dated, Param};
use crate::date::Date;
use crate::report::{Check, CheckId, Quantity, Reason, Status, Val};

pub fn rule(q: PoliticalQuestion) -> &'static Param<()> {
    match q {
        PoliticalQuestion::UnderInvestigation => &data::POLITICAL_UNDER_INVESTIGATION,
        PoliticalQuestion::CriminalRecord => &data::POLITICAL_CRIMINAL_RECORD,
        PoliticalQuestion::Expelled => &data::POLITICAL_EXPELLED,
        PoliticalQuestion::Organisations => &data::POLITICAL_ORGANISATIONS,
        PoliticalQuestion::Family => &data::POLITICAL_FAMILY,
        PoliticalQuestion::TattooMarks => &data::POLITICAL_TATTOO_MARKS,
    }
}

pub fn check(a: &Applicant, date: Date) -> Check {
    let answered = a.political.iter().filter(|x| x.is_some()).count() as i64;
    if answered == 0 {
        return Check::unanswered(CheckId::Political);
    }
    let yes: Vec<PoliticalQuestion> =
        PoliticalQuestion::ALL.iter().copied().filter(|q| a.political_answer(*q) == Some(true)).collect();
    let mut c = Check::unanswered(CheckId::Political)
        .value(Quantity::Answered, Val::Int(answered))
        .value(Quantity::Yes, Val::Int(yes.len() as i64))
        .threshold(Quantity::Questions, Val::Int(PoliticalQuestion::ALL.len() as i64));
    let cited: Vec<&'static Dated<()>> =
        yes.iter().filter_map(|q| rule(*q).at(date)).chain(data::POLITICAL_REVIEW.at(date)).collect();
    for d in cited {
        c = c.cite(d);
    }
    let (status, reason) = if !yes.is_empty() {
        (Status::NeedsCheck, Reason::SomeYes)
    } else if answered == PoliticalQuestion::ALL.len() as i64 {
        (Status::Pass, Reason::AllNo)
    } else {
        (Status::Unknown, Reason::PartlyAnswered)
    };
    Check { status, reason, ..c }
}

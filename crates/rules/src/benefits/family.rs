//! The family preferential payment (义务兵家庭优待金): set by local governments, paid by the
//! county that approved the enlistment, every six months served, for two years.
//!
//! The figure of the user's county or city if the data has one, else the province's rule, else a
//! labelled range of what comparable places pay — never a made-up local figure.

use super::{Basis, Household, Line, LineId, LineReason, Money, Posting, fen};
use crate::applicant::Education;
use crate::data::{self, Adjust, AdjustWhen, AmountKind, LocalRecord, RECORDS, RecordKind};
use crate::date::Date;
use crate::places::province_of;
use crate::report::{Quantity, Val};

/// The record of this kind for the place: the county's or city's own, else its province's; the
/// newest one when there are several. A time-limited policy counts only for the enlistment years it
/// covers.
pub fn record(kind: RecordKind, place: Option<&str>, enlistment: Date) -> Option<&'static LocalRecord> {
    let place = place?;
    let year = enlistment.year();
    let newest = |p: &str| {
        RECORDS
            .iter()
            .filter(|r| r.kind == kind && r.place == p && r.enlist_until.is_none_or(|until| year <= until))
            .max_by_key(|r| r.year)
    };
    newest(place).or_else(|| province_of(place).filter(|p| *p != place).and_then(newest))
}

/// How closely a posting rule fits the posting: its own posting first, then a plateau rule for a
/// Tibet posting (Tibet is plateau service, 高原兵), then a rule for any remote hardship posting.
/// `None` if it does not apply.
fn posting_fit(when: AdjustWhen, posting: Posting) -> Option<u8> {
    match (when, posting) {
        (AdjustWhen::Tibet, Posting::Tibet)
        | (AdjustWhen::Xinjiang, Posting::Xinjiang)
        | (AdjustWhen::Plateau, Posting::Plateau) => Some(0),
        (AdjustWhen::Plateau, Posting::Tibet) => Some(1),
        (AdjustWhen::Hardship, Posting::Tibet | Posting::Xinjiang | Posting::Plateau) => Some(2),
        _ => None,
    }
}

fn is_posting(when: AdjustWhen) -> bool {
    matches!(when, AdjustWhen::Tibet | AdjustWhen::Xinjiang | AdjustWhen::Plateau | AdjustWhen::Hardship)
}

/// The adjustments of a record that apply to the household: every student one that fits, and the
/// one posting rule that fits best (a document's Tibet and plateau rules never both count).
pub fn matching(r: &'static LocalRecord, h: &Household) -> Vec<&'static Adjust> {
    let edu = h.education;
    let student = r.adjust.iter().filter(move |a| match a.when {
        AdjustWhen::Bachelor => matches!(edu, Some(Education::Bachelor | Education::Postgraduate)),
        AdjustWhen::JuniorCollege => edu == Some(Education::JuniorCollege),
        AdjustWhen::College => h.college(),
        _ => false,
    });
    let posting = r
        .adjust
        .iter()
        .filter(|a| is_posting(a.when))
        .filter_map(|a| Some((posting_fit(a.when, h.posting)?, a)))
        .min_by_key(|(fit, _)| *fit)
        .map(|(_, a)| a);
    student.chain(posting).collect()
}

/// A local document's adjustments (postings, student supplements) applied to a yearly amount.
/// Each adds its extra share (a total of 300% adds 200%) or a fixed sum; the extras add up and never
/// multiply each other (竹山: plateau "×3 of the county's amount, plus the university uplift").
/// Where an adjustment names its own base (竹山's previous-year actual amount), that base replaces
/// the figure for this recruit.
pub fn adjusted(r: &'static LocalRecord, h: &Household, per_year: Money, mut line: Line) -> (Money, Line) {
    let applying = matching(r, h);
    let own_base = applying.iter().find_map(|a| a.of_yuan);
    let base = own_base.map_or(per_year, |y| Money::Exact(fen(y)));
    if let Some(y) = own_base {
        line = line.input(Quantity::BaseYuan, Val::Int(y));
    }
    let (mut money, mut total_lo, mut total_hi, mut shares) = (base, 100, 100, false);
    for a in applying {
        if let (Some(lo), Some(hi)) = (a.pct_min, a.pct_max) {
            money = money.plus(base.times_pct(lo - 100, hi - 100));
            (total_lo, total_hi, shares) = (total_lo + lo - 100, total_hi + hi - 100, true);
        }
        if let Some(add) = a.add_yuan {
            money = money.plus(Money::Exact(fen(add)));
            line = line.input(Quantity::AddYuan, Val::Int(add));
        }
        if a.confidence.rank() > line.confidence.rank() {
            line.confidence = a.confidence;
        }
    }
    if shares {
        line = line
            .input(Quantity::MultiplierPctMin, Val::Int(total_lo))
            .input(Quantity::MultiplierPctMax, Val::Int(total_hi));
    }
    (money, line)
}

/// The yearly amount a record states, and how it says it.
fn yearly(r: &LocalRecord) -> Option<(Money, LineReason)> {
    let a = &r.amount;
    Some(match a.kind {
        AmountKind::Exact => (Money::Exact(fen(a.yuan?)), LineReason::OfficialFigure),
        AmountKind::Floor => (Money::AtLeast(fen(a.yuan?)), LineReason::OfficialFloor),
        AmountKind::Approx => (Money::Exact(fen(a.yuan?)), LineReason::OfficialApprox),
        // A share of a cited statistic, rounded half up to the whole yuan as documents state it:
        // 45% of 86,702 is 39,015.9, published as 39,016.
        AmountKind::Formula => {
            (Money::Exact(fen((a.stat_yuan? * a.share_pct? * 2 + 100) / 200)), LineReason::OfficialFormula)
        }
        AmountKind::RuleOnly | AmountKind::ByEducation | AmountKind::ByEducationFloor => {
            return None;
        }
    })
}

/// The records whose yearly figures make the comparison: those of the same province if there are
/// two or more, else none: another province's standard says nothing about this one, so a range
/// assembled from other provinces is never shown (issue #14). Only standards from the five years
/// before enlistment count.
fn comparables(province: Option<&str>, year: i32) -> Vec<(&'static LocalRecord, i64)> {
    let recent: Vec<(&'static LocalRecord, i64)> = RECORDS
        .iter()
        .filter(|r| r.kind == RecordKind::FamilyPayment && r.year >= year - 5 && r.year <= year)
        .filter_map(|r| Some((r, yearly(r)?.0.bounds()?.0 / 100)))
        .collect();
    let same: Vec<_> =
        recent.iter().copied().filter(|(r, _)| province.is_some_and(|p| province_of(r.place) == Some(p))).collect();
    if same.len() >= 2 { same } else { Vec::new() }
}

pub fn payment(h: &Household, enlistment: Date, years_served: i64) -> Line {
    // Without a figure of the place or its province: the national rule (families are paid; each
    // province sets the amount), with no amount.
    let mut line = Line::new(LineId::FamilyPayment, Money::Unknown, Basis::National, LineReason::NationalRuleOnly)
        .input(Quantity::YearsServed, Val::Int(years_served));
    if let Some(rule) = data::FAMILY_PAYMENT_RULE.at(enlistment) {
        line = line.cite(rule);
    }
    if let Some(r) = record(RecordKind::FamilyPayment, h.place, enlistment) {
        line = line.cites(r.cite, r.confidence).input(Quantity::StandardYear, Val::Int(i64::from(r.year)));
        line.place = Some(r.place);
        if let Some((per_year, reason)) = yearly(r) {
            if r.amount.kind == AmountKind::Formula {
                let a = &r.amount;
                line = line
                    .input(Quantity::SharePct, Val::Int(a.share_pct.unwrap_or(0)))
                    .input(Quantity::StatisticYuan, Val::Int(a.stat_yuan.unwrap_or(0)))
                    .input(Quantity::StatisticYear, Val::Int(i64::from(a.stat_year.unwrap_or(0))))
                    .cites(a.stat_cite, r.confidence);
            }
            if let Some((lo, _)) = per_year.bounds() {
                line = line.input(Quantity::PerYearYuan, Val::Int(lo / 100));
            }
            let (per_year, line) = adjusted(r, h, per_year, line);
            // Standards are set each year (from the previous year's statistics): a figure for an
            // earlier year is the last published one, an estimate for this enlistment. Only a
            // current figure from an A/B source of that government is "official".
            let stale = r.year < enlistment.year();
            let (basis, reason) = match (stale, Basis::of_local(r.cite, r.confidence)) {
                (true, Basis::Official) => (Basis::Estimate, LineReason::LastPublishedFigure),
                (true, basis) => (basis, LineReason::LastPublishedFigure),
                (false, basis) => (basis, reason),
            };
            return Line { money: per_year.times(years_served, 1), basis, reason, ..line };
        }
        // The place's rule is known but not its amount: the rule cited, no amount.
        line.reason = LineReason::RuleWithoutAmount;
        line.basis = Basis::Estimate;
    }
    let compared = comparables(h.place.and_then(province_of), enlistment.year());
    let amounts: Vec<i64> = compared.iter().map(|(_, y)| *y).collect();
    match (amounts.iter().min(), amounts.iter().max()) {
        (Some(&lo), Some(&hi)) => {
            for (r, _) in &compared {
                line = line.cites(r.cite, r.confidence);
            }
            let reason =
                if line.reason == LineReason::NationalRuleOnly { LineReason::ComparableRange } else { line.reason };
            Line {
                money: Money::between(fen(lo), fen(hi)).times(years_served, 1),
                basis: Basis::Estimate,
                reason,
                ..line
                    .input(Quantity::Comparables, Val::Int(amounts.len() as i64))
                    .input(Quantity::ComparableMinYuan, Val::Int(lo))
                    .input(Quantity::ComparableMaxYuan, Val::Int(hi))
            }
        }
        _ => line,
    }
}

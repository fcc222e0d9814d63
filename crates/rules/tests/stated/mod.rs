//! Statements of the rules that the property tests and the fuzz compare the engine with. They are
//! written from the documentation (docs/cli.md), not from the engine's code, so a change to
//! either side that makes them disagree fails a test.

use enlistment_rules::Report;
use enlistment_rules::report::{Status, Verdict};

/// The core checks, by their documented keys: unanswered, they keep the verdict at `needs_check`.
pub const CORE: [&str; 5] = ["age", "education", "height", "bmi", "vision"];

/// The verdict rule as docs/cli.md states it: `not_eligible` if any check fails; else
/// `needs_check` if any check needs an on-site check or a core check is `unknown` (or missing);
/// else `likely_eligible`. Special posts are reported apart and are not part of it.
pub fn documented_verdict(r: &Report) -> Verdict {
    let status = |key: &str| r.checks.iter().find(|c| c.id.key() == key).map(|c| c.status);
    if r.checks.iter().any(|c| c.status == Status::Fail) {
        Verdict::NotEligible
    } else if r.checks.iter().any(|c| c.status == Status::NeedsCheck)
        || CORE.iter().any(|k| matches!(status(k), None | Some(Status::Unknown)))
    {
        Verdict::NeedsCheck
    } else {
        Verdict::LikelyEligible
    }
}

/// Worse verdicts rank higher.
pub fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::LikelyEligible => 0,
        Verdict::NeedsCheck => 1,
        Verdict::NotEligible => 2,
    }
}

/// Worse statuses rank higher, with "unknown" equal to "needs_check" (both leave the question open).
pub fn status_rank(s: Status) -> u8 {
    match s {
        Status::Pass => 0,
        Status::Unknown | Status::NeedsCheck => 1,
        Status::Fail => 2,
    }
}

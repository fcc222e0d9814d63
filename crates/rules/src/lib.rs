//! 征兵自测 rules engine.
//!
//! A pure library: no web, no clock, no randomness, no I/O. It evaluates an applicant for a
//! recruitment round against dated, cited parameters that live in `data/` (turned into Rust statics
//! at build time) and answers with a [`Report`]: a verdict, one [`Check`] per criterion with the
//! numbers that decided it, and the sources. The same engine serves the Yew app, the JS module and
//! the `enlistment-eval` command-line tool.
//!
//! ```
//! use enlistment_rules::{Applicant, Round, Sex, Verdict, evaluate};
//! use enlistment_rules::applicant::{EduStatus, Education};
//! use enlistment_rules::num::Dec1;
//!
//! let mut a = Applicant::new(Round::parse("2026-H2").unwrap());
//! a.sex = Some(Sex::Male);
//! a.birth_year = Some(2005);
//! a.education = Some(Education::HighSchool);
//! a.status = Some(EduStatus::Graduated);
//! a.height = Some(Dec1(1750));
//! a.weight = Some(Dec1(700));
//! a.vision_left = Some(Dec1(50));
//! a.vision_right = Some(Dec1(49));
//! assert_eq!(evaluate(&a).verdict, Verdict::LikelyEligible);
//! ```

pub mod applicant;
pub mod benefits;
pub mod data;
pub mod date;
pub mod eligibility;
#[cfg(feature = "json")]
pub mod json;
mod keyed;
pub mod keys;
pub mod num;
pub mod places;
pub mod plan;
pub mod process;
pub mod report;
pub mod round;

pub use applicant::Applicant;
pub use eligibility::evaluate;
pub use plan::{Plan, plan};
pub use report::{Check, CheckId, Report, Status, Verdict};
pub use round::{Half, Round, Sex};

//! The shape of the strings of the "when can I apply" section (`components/plan_section.rs`,
//! `components/plan_timeline.rs`); one value per locale in `zh/plan.rs` and `en/plan.rs`. Every
//! number in them is an argument from the engine's plan.

pub struct PlanTexts {
    pub title: &'static str,
    /// One line when the next round already says yes: the round.
    pub now: fn(&str) -> String,
    /// The earliest round.
    pub earliest: fn(&str) -> String,
    /// Added when the earliest round counts on the weight coming into the range.
    pub earliest_if_weight: &'static str,
    /// No round: the age cap and the first year over it.
    pub none_age_cap: fn(i64, i64) -> String,
    pub none_education: &'static str,
    /// No round: the criteria (names joined) that time does not change.
    pub none_check: fn(&str) -> String,
    /// No round within this many half-year rounds.
    pub none_horizon: fn(usize) -> String,
    /// The short half-year labels under the timeline.
    pub h1_short: &'static str,
    pub h2_short: &'static str,
    pub earliest_mark: &'static str,
    pub table_caption: &'static str,
    pub col_round: &'static str,
    pub col_register: &'static str,
    pub col_result: &'static str,
    pub col_open_items: &'static str,
    pub actions_title: &'static str,
    /// Round, date.
    pub register_by: fn(&str, &str) -> String,
    /// Height, lightest weight, first weight too heavy, BMI from, BMI below.
    pub weight_range: fn(&str, &str, &str, &str, &str) -> String,
    /// Current weight, kilograms to lose.
    pub weight_lose: fn(&str, &str) -> String,
    /// Current weight, kilograms to gain.
    pub weight_gain: fn(&str, &str) -> String,
    /// Special posts (names joined), height, lightest weight, first weight too heavy.
    pub post_weight_range: fn(&str, &str, &str, &str) -> String,
    /// Months of the rule, the date the surgery reaches them.
    pub surgery_from: fn(i64, &str) -> String,
    /// The first round whose medical is on or after that date.
    pub surgery_round: fn(&str) -> String,
    /// Round, graduation year.
    pub graduate: fn(&str, i64) -> String,
    pub ics_button: &'static str,
    /// Calendar entry: the round's last day to apply.
    pub ics_register: fn(&str) -> String,
    /// Calendar entry: the surgery is this many months old.
    pub ics_surgery: fn(i64) -> String,
}

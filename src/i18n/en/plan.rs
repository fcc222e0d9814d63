//! The "When can I apply" section.

use crate::i18n::plan::PlanTexts;

pub static PLAN: PlanTexts = PlanTexts {
    title: "When can I apply",
    now: |round| format!("You can apply in this round: {round}."),
    earliest: |round| format!("The earliest round you can apply in: {round}."),
    earliest_if_weight: "Provided your weight comes into the range below.",
    none_age_cap: |cap, year| {
        format!(
            "For your education the age cap is {cap}; from {year} you are over it, so none of the coming rounds is open to you."
        )
    },
    none_education: "Under the current rules your education gives no route into any of the coming rounds.",
    none_check: |checks| format!("Not met: {checks}. This does not change with time."),
    none_horizon: |n| format!("None of the next {n} half-year rounds is open to you yet."),
    h1_short: "H1",
    h2_short: "H2",
    earliest_mark: "earliest",
    table_caption: "The coming rounds",
    col_round: "Round",
    col_register: "Apply by",
    col_result: "Result",
    col_open_items: "Not met or to be confirmed",
    actions_title: "What to do",
    register_by: |round, date| format!("{round}: apply on the national conscription website by {date}."),
    weight_range: |h, min, below, lo, hi| {
        format!(
            "At your height of {h} cm, a weight from {min} kg to under {below} kg meets the BMI rule ({lo} ≤ BMI < {hi})."
        )
    },
    weight_lose: |w, kg| format!("You weigh {w} kg now: {kg} kg to lose."),
    weight_gain: |w, kg| format!("You weigh {w} kg now: {kg} kg to gain."),
    post_weight_range: |posts, h, min, below| {
        format!("Special posts ({posts}): at {h} cm, from {min} kg to under {below} kg.")
    },
    surgery_from: |months, date| format!("Your laser eye surgery is {months} months old on {date}."),
    surgery_round: |round| format!("The first round whose medical comes after that day: {round}."),
    graduate: |round, year| format!("You count as a graduate of {year} from this round: {round}."),
    ics_button: "Add these dates to my calendar",
    ics_register: |round| format!("Last day to apply ({round})"),
    ics_surgery: |months| format!("Laser eye surgery {months} months old"),
};

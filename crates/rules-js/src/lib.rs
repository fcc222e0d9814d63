//! The rules engine for portals' own JavaScript: `check`, `benefits` and `plan` take and return the same
//! JSON as the command-line tool (`docs/cli.md`), and `rounds`, `places` and `sources` list what the
//! data covers. Built by `cargo xtask dist` into `dist/engine/`; `js/index.js` wraps it so callers
//! pass and receive objects. Everything runs in the caller's page: nothing is sent anywhere.

use enlistment_rules::json::{self, InputError};
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// Adds `as_of` (today, from the caller's clock) when the input has none, as the CLI does.
fn with_as_of(mut v: Value, today: &str) -> Value {
    if let Some(m) = v.as_object_mut()
        && !m.contains_key("as_of")
    {
        m.insert("as_of".into(), Value::String(today.to_string()));
    }
    v
}

/// One evaluation: the result, or the CLI's `{"error": …}` object for invalid input.
pub fn run(input: &str, today: &str, eval: fn(&Value) -> Result<Value, InputError>) -> String {
    let result = serde_json::from_str::<Value>(input)
        .map_err(|_| InputError::new("input", enlistment_rules::applicant::ErrorCode::Malformed))
        .and_then(|v| eval(&with_as_of(v, today)));
    result.unwrap_or_else(|e| e.to_json()).to_string()
}

pub fn check_value(v: &Value) -> Result<Value, InputError> {
    Ok(json::report_to_value(&enlistment_rules::evaluate(&json::applicant_from_value(v)?)))
}

pub fn benefits_value(v: &Value) -> Result<Value, InputError> {
    Ok(json::estimate_to_value(&enlistment_rules::benefits::estimate(&json::household_from_value(v)?)))
}

pub fn plan_value(v: &Value) -> Result<Value, InputError> {
    let (a, as_of) = json::plan_input(v)?;
    Ok(json::plan_to_value(&enlistment_rules::plan(&a, as_of)))
}

/// The caller's local date, `YYYY-MM-DD`.
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// An applicant (JSON text) in, a report (JSON text) out.
#[wasm_bindgen]
pub fn check(input: &str) -> String {
    run(input, &today(), check_value)
}

/// A household (JSON text) in, a benefits estimate (JSON text) out.
#[wasm_bindgen]
pub fn benefits(input: &str) -> String {
    run(input, &today(), benefits_value)
}

/// An applicant (JSON text, `as_of` optional) in, the plan over the coming rounds (JSON text) out.
#[wasm_bindgen]
pub fn plan(input: &str) -> String {
    run(input, &today(), plan_value)
}

#[wasm_bindgen]
pub fn rounds() -> String {
    json::rounds().to_string()
}

#[wasm_bindgen]
pub fn places() -> String {
    json::places().to_string()
}

#[wasm_bindgen]
pub fn sources() -> String {
    json::sources().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_json_as_the_command_line() {
        let input = r#"{"round":"2026-H2","sex":"male","birth_year":2005,"education":"high_school","education_status":"graduated","height_cm":175,"weight_kg":65,"vision_left":4.9,"vision_right":4.9}"#;
        let out: Value = serde_json::from_str(&run(input, "2026-05-01", check_value)).unwrap();
        assert_eq!(out["verdict"], "likely_eligible");
        assert_eq!(out, json::check(&input.replace('{', r#"{"as_of":"2026-05-01","#)).unwrap());
    }

    #[test]
    fn plan_takes_the_callers_date() {
        let input = r#"{"sex":"male","birth_year":2010,"education":"vocational_secondary","education_status":"graduating","height_cm":175,"weight_kg":70,"vision_left":5.0,"vision_right":5.0}"#;
        let out: Value = serde_json::from_str(&run(input, "2026-12-01", plan_value)).unwrap();
        assert_eq!(out["earliest_round"], "2028-H1");
        assert_eq!(out, json::plan(&input.replace('{', r#"{"as_of":"2026-12-01","#)).unwrap());
        let bad: Value = serde_json::from_str(&run(r#"{"height_cm":20}"#, "2026-12-01", plan_value)).unwrap();
        assert_eq!(bad["error"]["field"], "height_cm");
    }

    #[test]
    fn invalid_input_is_an_error_object_naming_the_field() {
        let out: Value =
            serde_json::from_str(&run(r#"{"round":"2026-H2","height_cm":"tall"}"#, "2026-05-01", check_value)).unwrap();
        assert_eq!(out["error"]["field"], "height_cm");
        let out: Value = serde_json::from_str(&run("not json", "2026-05-01", benefits_value)).unwrap();
        assert_eq!(out["error"]["field"], "input");
    }
}

//! What the data-case runners share (`cases.rs`, `plan.rs`): TOML cases compared as JSON.

use serde_json::Value;

/// A TOML value as the JSON the engine's front doors take.
pub fn toml_to_json(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => Value::Object(t.iter().map(|(k, v)| (k.clone(), toml_to_json(v))).collect()),
    }
}

/// Numbers compare as numbers (70 and 70.0 are the same); everything else exactly.
/// `"none"` expects the key to be absent (an open-ended amount has no `max_fen`).
pub fn same(expected: &Value, actual: &Value) -> bool {
    match (expected.as_f64(), actual.as_f64()) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        _ => expected == actual || (expected == "none" && actual.is_null()),
    }
}

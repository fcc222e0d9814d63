//! Reading numbers out of a check for the sentences in each language.

use super::dec;
use enlistment_rules::num::Dec1;
use enlistment_rules::report::{Check, Quantity, Val};

/// A quantity of the check as text: one-decimal numbers without a useless ".0" (175, 29.9).
pub fn q(c: &Check, q: Quantity) -> String {
    val(c.get(q))
}

/// A value as text, the same way (also for the numbers of a plan's actions).
pub fn val(v: Option<Val>) -> String {
    match v {
        Some(Val::Dec(d)) => dec(d),
        Some(Val::Int(i)) => i.to_string(),
        Some(Val::Date(d)) => enlistment_rules::date::iso(d),
        Some(Val::Key(k)) => k.to_string(),
        None => String::from("?"),
    }
}

/// Vision keeps its decimal (4.8, 5.0): that is how the chart reads.
pub fn vision(c: &Check, q: Quantity) -> String {
    match c.get(q) {
        Some(Val::Dec(d)) => d.to_string(),
        _ => String::from("?"),
    }
}

/// A myopia limit given in 度 as dioptres, the unit on a glasses prescription: 600 -> "−6.00 D".
pub fn dioptres(c: &Check, q: Quantity) -> String {
    let n = int(c, q);
    format!("−{}.{:02} D", n / 100, n % 100)
}

pub fn has(c: &Check, q: Quantity) -> bool {
    c.get(q).is_some()
}

pub fn int(c: &Check, q: Quantity) -> i64 {
    match c.get(q) {
        Some(Val::Int(i)) => i,
        Some(Val::Dec(Dec1(t))) => t / 10,
        _ => 0,
    }
}

pub fn date(c: &Check, q: Quantity) -> Option<enlistment_rules::date::Date> {
    match c.get(q) {
        Some(Val::Date(d)) => Some(d),
        _ => None,
    }
}

/// A whole-number input of a benefits line (0 when absent).
pub fn line_int(l: &enlistment_rules::benefits::Line, quantity: Quantity) -> i64 {
    l.inputs.iter().find(|(k, _)| *k == quantity).map_or(0, |(_, v)| match v {
        Val::Int(i) => *i,
        _ => 0,
    })
}

pub fn line_has(l: &enlistment_rules::benefits::Line, quantity: Quantity) -> bool {
    l.inputs.iter().any(|(k, _)| *k == quantity)
}

pub fn line_date(l: &enlistment_rules::benefits::Line, quantity: Quantity) -> Option<enlistment_rules::date::Date> {
    l.inputs.iter().find(|(k, _)| *k == quantity).and_then(|(_, v)| match v {
        Val::Date(d) => Some(*d),
        _ => None,
    })
}

/// A whole number a note carries (0 when absent).
pub fn note_int(n: &enlistment_rules::report::Note, quantity: Quantity) -> i64 {
    n.numbers.iter().find(|(k, _)| *k == quantity).map_or(0, |(_, v)| match v {
        Val::Int(i) => *i,
        _ => 0,
    })
}

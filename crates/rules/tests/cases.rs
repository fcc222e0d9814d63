//! Rule cases as data (`tests/cases/*.toml`), written from shared/domain/rules-reference.md before
//! the code they test. Each case gives an applicant (the same JSON fields as `enlistment-eval`) and
//! what the report must say:
//!
//! ```toml
//! [[case]]
//! name = "man 159.9 cm fails the height minimum"
//! ref = "§3.1 height"                # where in the reference the expectation comes from
//! input = { round = "2026-H1", sex = "male", height_cm = 159.9 }
//! expect = { height = "fail", "height.reason" = "below_min", "height.distance.short_cm" = 0.1 }
//! ```
//!
//! Every case names the texts its expectation comes from: `cites = ["source-id", "source-id:article"]`
//! (ids of `data/sources.toml`; empty only for a case that expects an input error, which rests on
//! `docs/cli.md`, not on a text). `ref` says where in the reference the reading is explained.
//!
//! Expectation keys: `verdict`, `provisional`, `error` (`"field:code"`), `<check>` (status),
//! `<check>.reason`, `<check>.confidence`, `<check>.value.<q>` / `.threshold.<q>` / `.distance.<q>`,
//! `<check>.cited` (names a source), `<check>.cites.<source id>`, `<check>.cites.<source id>.effective`, `post.<post>` (status), `post.<post>.<check>` (status), `note.<id>` (shown),
//! `note.<id>.cites.<source id>`, `note.<id>.numbers.<q>`.

use enlistment_rules::json::{applicant_from_value, estimate_to_value, household_from_value, report_to_value};
use serde_json::Value;
use std::path::Path;

mod common;
use common::{same, toml_to_json};

/// Looks an expectation key up in a report.
fn lookup(report: &Value, key: &str) -> Value {
    let parts: Vec<&str> = key.split('.').collect();
    let find = |list: &Value, field: &str, id: &str| -> Value {
        list.as_array().and_then(|a| a.iter().find(|x| x[field] == id)).cloned().unwrap_or(Value::Null)
    };
    match parts.as_slice() {
        ["verdict"] | ["provisional"] | ["round"] | ["rules_as_of"] => report[parts[0]].clone(),
        ["note", id] => Value::Bool(!find(&report["notes"], "id", id).is_null()),
        ["note", id, "cites", source] => Value::Bool(
            find(&report["notes"], "id", id)["sources"]
                .as_array()
                .is_some_and(|a| a.iter().any(|s| s["source"] == *source)),
        ),
        ["note", id, "numbers", q] => find(&report["notes"], "id", id)["numbers"][*q].clone(),
        ["post", p] => find(&report["posts"], "post", p)["status"].clone(),
        ["post", p, check] => find(&find(&report["posts"], "post", p)["checks"], "id", check)["status"].clone(),
        ["post", p, check, field] => find(&find(&report["posts"], "post", p)["checks"], "id", check)[*field].clone(),
        ["post", p, check, field, q] => {
            find(&find(&report["posts"], "post", p)["checks"], "id", check)[*field][*q].clone()
        }
        [check] => find(&report["checks"], "id", check)["status"].clone(),
        [check, "cites", id, "effective"] => {
            find(&find(&report["checks"], "id", check)["sources"], "source", id)["effective"].clone()
        }
        [check, "cites", id] => Value::Bool(
            find(&report["checks"], "id", check)["sources"]
                .as_array()
                .is_some_and(|a| a.iter().any(|s| s["source"] == *id)),
        ),
        [check, "cited"] => {
            Value::Bool(find(&report["checks"], "id", check)["sources"].as_array().is_some_and(|a| !a.is_empty()))
        }
        [check, field] => find(&report["checks"], "id", check)[*field].clone(),
        [check, field, q] => find(&report["checks"], "id", check)[*field][*q].clone(),
        _ => Value::Null,
    }
}

struct Outcome {
    cases: usize,
    failures: Vec<String>,
}

/// Looks a key up in a benefits estimate: `line.<id>` (amount_fen, or "unknown"), `line.<id>.<field>`
/// (basis, reason, confidence, min_fen, max_fen), `line.<id>.inputs.<q>`, `total.<min_fen|max_fen>`,
/// `non_cash.<id>` (applies), `payments` (count).
fn lookup_estimate(e: &Value, key: &str) -> Value {
    let parts: Vec<&str> = key.split('.').collect();
    let line =
        |id: &str| e["lines"].as_array().and_then(|a| a.iter().find(|l| l["id"] == id)).cloned().unwrap_or(Value::Null);
    match parts.as_slice() {
        ["line", id] => {
            let l = line(id);
            match l.get("amount_fen") {
                Some(Value::Null) => Value::String("unknown".into()),
                Some(v) => v.clone(),
                None => Value::String("range".into()),
            }
        }
        ["line", id, field] => line(id)[*field].clone(),
        ["line", id, "inputs", q] => line(id)["inputs"][*q].clone(),
        ["total", field] => e["total"][*field].clone(),
        ["non_cash", id] => e["non_cash"]
            .as_array()
            .and_then(|a| a.iter().find(|n| n["id"] == *id))
            .map_or(Value::Null, |n| n["applies"].clone()),
        ["payments"] => Value::from(e["payments"].as_array().map_or(0, Vec::len)),
        [field] => e[*field].clone(),
        _ => Value::Null,
    }
}

fn run_benefits(path: &Path, cases: &[toml::Value], out: &mut Outcome) {
    for case in cases {
        out.cases += 1;
        let name = case["name"].as_str().unwrap_or("?");
        assert!(case.get("ref").is_some(), "{name}: every case says where in the reference it comes from");
        let at = format!("{}: {name}", path.file_name().unwrap().to_string_lossy());
        let expect = case["expect"].as_table().unwrap_or_else(|| panic!("{name}: no expect"));
        match household_from_value(&toml_to_json(&case["input"])) {
            Err(e) => {
                let got = format!("{}:{}", e.field, e.code.key());
                if expect.get("error").and_then(toml::Value::as_str) != Some(got.as_str()) {
                    out.failures.push(format!("{at}: error {got}, expected {:?}", expect.get("error")));
                }
            }
            Ok(h) => {
                let e = estimate_to_value(&enlistment_rules::benefits::estimate(&h));
                for (key, want) in expect {
                    let (want, got) = (toml_to_json(want), lookup_estimate(&e, key));
                    if !same(&want, &got) {
                        out.failures.push(format!("{at}: `{key}` is {got}, expected {want}"));
                    }
                }
            }
        }
    }
}

fn run_file(path: &Path, out: &mut Outcome) {
    let text = std::fs::read_to_string(path).unwrap();
    let doc: toml::Table = text.parse().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if let Some(b) = doc.get("benefits").and_then(toml::Value::as_array) {
        run_benefits(path, b, out);
    }
    let cases = doc.get("case").and_then(toml::Value::as_array).map_or(&[][..], Vec::as_slice);
    for case in cases {
        out.cases += 1;
        let name = case["name"].as_str().unwrap_or("?");
        assert!(case.get("ref").is_some(), "{name}: every case says where in the reference it comes from");
        let input = toml_to_json(&case["input"]);
        let expect = case["expect"].as_table().unwrap_or_else(|| panic!("{name}: no expect"));
        let at = format!("{}: {name}", path.file_name().unwrap().to_string_lossy());
        match applicant_from_value(&input) {
            Err(e) => {
                let got = format!("{}:{}", e.field, e.code.key());
                match expect.get("error").and_then(toml::Value::as_str) {
                    Some(want) if want == got => {}
                    Some(want) => out.failures.push(format!("{at}: error {got}, expected {want}")),
                    None => out.failures.push(format!("{at}: refused the input ({got}: {})", e.message)),
                }
            }
            Ok(a) => {
                if let Some(want) = expect.get("error") {
                    out.failures.push(format!("{at}: accepted the input, expected error {want}"));
                    continue;
                }
                let report = report_to_value(&enlistment_rules::evaluate(&a));
                for (key, want) in expect {
                    let want = toml_to_json(want);
                    let got = lookup(&report, key);
                    if !same(&want, &got) {
                        out.failures.push(format!("{at}: `{key}` is {got}, expected {want}"));
                    }
                }
            }
        }
    }
}

/// Every case cites texts of `sources.toml` by id (and article), not a file outside the repository.
#[test]
fn every_case_cites_sources_that_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources: toml::Table = std::fs::read_to_string(root.join("data/sources.toml")).unwrap().parse().unwrap();
    let ids: Vec<&str> = sources["source"].as_array().unwrap().iter().filter_map(|s| s["id"].as_str()).collect();
    let mut problems = Vec::new();
    let mut cited = 0;
    for entry in std::fs::read_dir(root.join("tests/cases")).unwrap() {
        let path = entry.unwrap().path();
        let doc: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        for case in ["case", "benefits"].iter().filter_map(|k| doc.get(*k)).flat_map(|v| v.as_array().unwrap()) {
            let name = case["name"].as_str().unwrap_or("?");
            let Some(cites) = case.get("cites").and_then(toml::Value::as_array) else {
                problems.push(format!("{file}: {name}: no `cites`"));
                continue;
            };
            let only_error = case["expect"].as_table().is_some_and(|e| e.keys().all(|k| k == "error"));
            if cites.is_empty() && !only_error {
                problems.push(format!("{file}: {name}: cites nothing"));
            }
            for c in cites {
                let text = c.as_str().unwrap_or("");
                let (id, article) = text.split_once(':').unwrap_or((text, "1"));
                if !ids.contains(&id) || article.parse::<u16>().is_err() {
                    problems.push(format!("{file}: {name}: `{text}` is not a source id (with an article number)"));
                }
                cited += 1;
            }
        }
    }
    assert!(cited > 300, "only {cited} citations read");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn rule_cases_from_the_reference() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    files.sort();
    let mut out = Outcome { cases: 0, failures: Vec::new() };
    for f in &files {
        run_file(f, &mut out);
    }
    println!("{} rule cases in {} files", out.cases, files.len());
    assert!(out.cases >= 150, "the issue asks for at least 150 cases, found {}", out.cases);
    assert!(
        out.failures.is_empty(),
        "{} of {} cases failed:\n{}",
        out.failures.len(),
        out.cases,
        out.failures.join("\n")
    );
}

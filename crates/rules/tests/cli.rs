//! The command-line tool: JSON in, JSON out, exit codes, one report per line in --jsonl mode.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_enlistment-eval"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the tool starts");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap())
}

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s.trim()).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

const GOOD: &str = r#"{"round":"2026-H2","as_of":"2026-05-01","sex":"male","birth_date":"2005-04-01","education":"high_school","education_status":"graduated","height_cm":175,"weight_kg":70,"vision_left":5.0,"vision_right":4.9}"#;

#[test]
fn check_writes_a_report_and_exits_zero() {
    let (code, out) = run(&["check"], GOOD);
    assert_eq!(code, 0);
    let r = json(&out);
    assert_eq!(r["verdict"], "likely_eligible");
    assert_eq!(r["round"], "2026-H2");
    assert_eq!(r["provisional"], false);
    assert_eq!(r["checks"].as_array().unwrap().len(), 13);
}

#[test]
fn invalid_input_exits_two_with_the_field() {
    let (code, out) = run(&["check"], r#"{"round":"2026-H2","height_cm":20}"#);
    assert_eq!(code, 2);
    let e = json(&out);
    assert_eq!(e["error"]["field"], "height_cm");
    assert_eq!(e["error"]["code"], "out_of_range");
    assert!(e["error"]["message"].as_str().unwrap().contains("100–250"));
}

#[test]
fn malformed_json_exits_two_and_never_panics() {
    for bad in ["", "{", "[1,2]", "null", "{\"round\":", "\u{0}\u{1}garbage"] {
        let (code, out) = run(&["check"], bad);
        assert_eq!(code, 2, "{bad:?}");
        assert!(json(&out)["error"]["code"].is_string(), "{bad:?}");
    }
}

#[test]
fn jsonl_gives_every_line_its_own_answer() {
    let input = format!("{GOOD}\n{{\"round\":\"2026-H2\",\"sex\":\"x\"}}\n\n{GOOD}\nnot json\n");
    let (code, out) = run(&["check", "--jsonl"], &input);
    assert_eq!(code, 2, "a bad line makes the status 2");
    let lines: Vec<serde_json::Value> = out.lines().map(json).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["verdict"], "likely_eligible");
    assert_eq!(lines[1]["error"]["field"], "sex");
    assert_eq!(lines[2]["verdict"], "likely_eligible");
    assert_eq!(lines[3]["error"]["code"], "malformed");
    let (code, _) = run(&["check", "--jsonl"], &format!("{GOOD}\n{GOOD}\n"));
    assert_eq!(code, 0);
}

#[test]
fn lists_rounds_sources_and_places() {
    let (code, out) = run(&["rounds"], "");
    assert_eq!(code, 0);
    let rounds = json(&out);
    assert_eq!(rounds.as_array().unwrap().len(), 8);
    assert_eq!(rounds[6]["round"], "2027-H1");
    assert_eq!(rounds[6]["provisional"], true);
    let (_, out) = run(&["sources"], "");
    assert!(json(&out).as_array().unwrap().iter().any(|s| s["id"] == "military-service-law"));
    let (_, out) = run(&["places"], "");
    assert_eq!(json(&out)["provinces"].as_array().unwrap().len(), 31);
}

#[test]
fn plan_writes_the_coming_rounds_and_refuses_bad_input_like_check() {
    let seventeen = r#"{"as_of":"2026-12-01","sex":"male","birth_date":"2010-05-01","education":"vocational_secondary","education_status":"graduating","graduation_year":2027,"height_cm":175,"weight_kg":70,"vision_left":5.0,"vision_right":5.0}"#;
    let (code, out) = run(&["plan"], seventeen);
    assert_eq!(code, 0);
    let p = json(&out);
    assert_eq!(p["earliest_round"], "2028-H1");
    assert_eq!(p["rounds"][0]["round"], "2027-H1");
    // Without `as_of` the tool passes today's date: the plan starts this year or the next.
    let (code, out) = run(&["plan"], &seventeen.replace(r#""as_of":"2026-12-01","#, ""));
    assert_eq!(code, 0);
    assert!(json(&out)["as_of"].as_str().is_some_and(|d| d.len() == 10));
    let (code, out) = run(&["plan"], r#"{"as_of":"2026-12-01","birth_date":"2010-02-30"}"#);
    assert_eq!(code, 2);
    assert_eq!(json(&out)["error"]["field"], "birth_date");
}

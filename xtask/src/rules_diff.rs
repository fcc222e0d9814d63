//! `cargo xtask rules-diff [BASE] [--json]`: what a change to the rules (data or engine) does to
//! answers people give. Builds `enlistment-eval` at BASE (a git worktree) and at the working tree,
//! runs both over the same personas, and reports every persona whose outcome changed, grouped by
//! the data item whose change caused it. Exit status 0 whatever it finds (non-zero only when it
//! cannot run: a build failed, BASE does not exist).
//!
//! Personas: every case of `crates/rules/tests/cases/*.toml`, plus a generated grid over every
//! round in either tree: sex × education × status × every birth year that reaches an age limit,
//! and height, weight (BMI), eyesight, blood pressure, heart rate, hearing, tattoo and surgery
//! values at and either side of every threshold found in either tree's data; for benefits, every
//! place with local money (and its province) × round × education × posting.
//!
//! Attribution: a changed check (or benefits line) is put under the changed data items (a
//! parameter, a local record, a round, a statistic) whose sources it cites; a change no changed
//! item explains is put under "engine code".

use crate::util::{Result, root};
use enlistment_rules_data::model::{Cite, Data, Value as V};
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Both sides' answers for one persona.
struct Outcome {
    input: Value,
    base: Value,
    head: Value,
}

/// One persona's differences: outcome changes (verdict, status, amount) and threshold-only moves,
/// each with the sources the changed check or line cites.
#[derive(Default)]
struct Delta {
    outcome: Vec<(String, BTreeSet<String>)>,
    threshold: Vec<(String, BTreeSet<String>)>,
}

pub fn run(args: &[String]) -> Result<()> {
    let json_out = args.iter().any(|a| a == "--json");
    let base = match args.iter().find(|a| !a.starts_with("--")) {
        Some(b) => b.clone(),
        None => default_base()?,
    };
    let repo = root();
    let base_dir = repo.join("target/rules-diff/base");
    let base_sha = git(&["rev-parse", "--short", &format!("{base}^{{commit}}")])?;
    let _ = git(&["worktree", "remove", "--force", &base_dir.display().to_string()]);
    let _ = std::fs::remove_dir_all(&base_dir);
    git(&["worktree", "add", "--detach", "--quiet", &base_dir.display().to_string(), &base_sha])?;
    let result = diff(&repo, &base_dir, &base, &base_sha, json_out);
    let _ = git(&["worktree", "remove", "--force", &base_dir.display().to_string()]);
    result
}

/// The last tag, else `origin/main`, else `main`.
fn default_base() -> Result<String> {
    if let Ok(tag) = git(&["describe", "--tags", "--abbrev=0"]) {
        return Ok(tag);
    }
    for b in ["origin/main", "main"] {
        if git(&["rev-parse", "--verify", "--quiet", b]).is_ok() {
            return Ok(b.to_string());
        }
    }
    Err("no BASE given and no tag, origin/main or main to compare with".into())
}

fn git(args: &[&str]) -> Result<String> {
    let out = Command::new("git").args(args).current_dir(root()).output().map_err(|e| format!("git: {e}"))?;
    if !out.status.success() {
        return Err(format!("git {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr).trim()));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Builds `enlistment-eval` from a tree into a shared target directory (dependencies are built
/// once) and copies it out, since both trees' builds write the same path.
fn build_eval(tree: &Path, name: &str) -> Result<PathBuf> {
    let target = root().join("target/rules-diff/target");
    eprintln!("rules-diff: building enlistment-eval from {}", tree.display());
    let status = Command::new("cargo")
        .args(["build", "-q", "-p", "enlistment-rules", "--bin", "enlistment-eval", "--manifest-path"])
        .arg(tree.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        // No compiler cache: it could give one tree the build script compiled for the other.
        .env_remove("RUSTC_WRAPPER")
        .status()
        .map_err(|e| format!("cargo: {e}"))?;
    if !status.success() {
        return Err(format!("building enlistment-eval in {} failed", tree.display()));
    }
    let exe = target.join("debug").join(format!("enlistment-eval{}", std::env::consts::EXE_SUFFIX));
    let copy = root().join("target/rules-diff").join(name);
    std::fs::copy(&exe, &copy).map_err(|e| format!("{}: {e}", exe.display()))?;
    Ok(copy)
}

/// Runs one `enlistment-eval <command> --jsonl` over the inputs; one output per input.
fn eval(exe: &Path, command: &str, inputs: &[Value]) -> Result<Vec<Value>> {
    let mut child = Command::new(exe)
        .args([command, "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", exe.display()))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let text: String = inputs.iter().map(|i| format!("{i}\n")).collect();
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let _ = writer.join();
    let lines: Vec<Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap_or(Value::Null)).collect();
    if lines.len() != inputs.len() {
        return Err(format!("enlistment-eval {command}: {} answers for {} inputs", lines.len(), inputs.len()));
    }
    Ok(lines)
}

// ---- personas ---------------------------------------------------------------------------------

/// The data cases' inputs: `[[case]]` for `check`, `[[benefits]]` for `benefits`.
fn case_inputs(tree: &Path) -> (Vec<Value>, Vec<Value>) {
    let (mut checks, mut benefits) = (Vec::new(), Vec::new());
    for f in crate::util::walk(&tree.join("crates/rules/tests/cases")) {
        let Ok(doc) = std::fs::read_to_string(&f).unwrap_or_default().parse::<toml::Table>() else { continue };
        for (key, out) in [("case", &mut checks), ("benefits", &mut benefits)] {
            for case in doc.get(key).and_then(toml::Value::as_array).into_iter().flatten() {
                if let Some(input) = case.get("input").and_then(|i| serde_json::to_value(i).ok()) {
                    out.push(input);
                }
            }
        }
    }
    (checks, benefits)
}

/// Every number a parameter of this family holds (decimals as such), from either tree.
fn values(data: &[&Data], prefixes: &[&str]) -> BTreeSet<i64> {
    let mut out = BTreeSet::new();
    for d in data {
        for p in d.params.values().filter(|p| prefixes.iter().any(|x| p.id.starts_with(x))) {
            for e in &p.entries {
                match &e.value {
                    V::Dec(t) => drop(out.insert(*t)),
                    V::Int(i) => drop(out.insert(*i * 10)),
                    V::SexSpans { male, female } => {
                        for s in male.iter().chain(female) {
                            out.insert(s.min);
                            out.extend(s.max);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

/// A threshold in tenths and one step either side.
fn around(ts: &BTreeSet<i64>, step: i64) -> BTreeSet<i64> {
    ts.iter().flat_map(|t| [t - step, *t, t + step]).filter(|v| *v > 0).collect()
}

fn dec(tenths: i64) -> Value {
    json!(tenths as f64 / 10.0)
}

const EDUCATION: [&str; 6] =
    ["junior_high", "high_school", "vocational_secondary", "junior_college", "bachelor", "postgraduate"];
const STATUS: [&str; 4] = ["graduated", "graduating", "enrolled", "admitted"];

fn check_grid(data: &[&Data]) -> Vec<Value> {
    let rounds: BTreeSet<(String, i32)> =
        data.iter().flat_map(|d| d.rounds.iter().map(|r| (r.id.clone(), r.year))).collect();
    let heights = around(&values(data, &["height_min_cm", "post_height"]), 1);
    let bmis = around(&values(data, &["bmi_"]), 1);
    let visions = around(&values(data, &["vision_", "corrected_vision", "surgery_min_vision", "post_vision"]), 1);
    let systolic = around(&values(data, &["bp_systolic"]), 10);
    let diastolic = around(&values(data, &["bp_diastolic"]), 10);
    let heart = around(&values(data, &["heart_rate"]), 10);
    let whisper = around(&values(data, &["hearing_whisper"]), 1);
    let tattoo_exposed = around(&values(data, &["tattoo_exposed"]), 1);
    let tattoo_elsewhere = around(&values(data, &["tattoo_elsewhere"]), 1);
    let months = around(&values(data, &["surgery_min_months"]), 10);
    let mut out = Vec::new();
    for (round, year) in &rounds {
        for sex in ["male", "female"] {
            let base = |birth_year: i32, edu: &str, status: &str| {
                json!({ "round": round, "sex": sex, "birth_year": birth_year, "education": edu,
                        "education_status": status, "height_cm": if sex == "male" { 172.0 } else { 165.0 },
                        "weight_kg": if sex == "male" { 65.0 } else { 55.0 }, "vision_left": 5.0, "vision_right": 5.0,
                        "special_posts": "all" })
            };
            // Every birth year from 16 to 35 in the round's year: every age limit and one either side.
            for edu in EDUCATION {
                for status in STATUS {
                    for age in 16..=35 {
                        out.push(base(year - age, edu, status));
                        if sex == "female" && status == "graduated" {
                            for grad in [*year, year - 1, year - 2] {
                                let mut p = base(year - age, edu, status);
                                p["graduation_year"] = json!(grad);
                                out.push(p);
                            }
                        }
                    }
                }
            }
            // One answer varied at a time from a person who passes everything else.
            let with = |pairs: &[(&str, Value)]| {
                let mut p = base(year - 20, "high_school", "graduated");
                for (k, v) in pairs {
                    p[*k] = v.clone();
                }
                p
            };
            out.extend(heights.iter().map(|h| with(&[("height_cm", dec(*h))])));
            // weight = BMI × 1.7² at the grid's height of 170.0 cm (to a tenth of a kilogram).
            out.extend(
                bmis.iter().map(|b| {
                    with(&[("height_cm", json!(170.0)), ("weight_kg", dec((*b as f64 * 2.89).round() as i64))])
                }),
            );
            for v in &visions {
                out.push(with(&[("vision_left", dec(*v))]));
                out.push(with(&[("vision_left", dec(*v)), ("vision_right", dec(*v))]));
            }
            for (key, set) in [
                ("systolic_mmhg", &systolic),
                ("diastolic_mmhg", &diastolic),
                ("heart_rate_bpm", &heart),
                ("refractive_surgery_months", &months),
            ] {
                out.extend(set.iter().map(|v| with(&[(key, json!(v / 10))])));
            }
            out.extend(whisper.iter().map(|w| with(&[("whisper_hearing_m", dec(*w))])));
            for (key, set) in [("tattoo_exposed_cm", &tattoo_exposed), ("tattoo_elsewhere_cm", &tattoo_elsewhere)] {
                out.extend(set.iter().map(|v| with(&[("tattoo", json!(true)), (key, dec(*v))])));
            }
        }
    }
    out
}

fn benefits_grid(data: &[&Data]) -> Vec<Value> {
    let rounds: BTreeSet<&str> = data.iter().flat_map(|d| d.rounds.iter().map(|r| r.id.as_str())).collect();
    let mut places: BTreeSet<String> = BTreeSet::new();
    for d in data {
        for r in &d.records {
            places.insert(r.place.clone());
            if let Some(p) = d.places.iter().find(|p| p.id == r.place) {
                places.insert(p.province.clone());
            }
        }
    }
    let households = [
        ("high_school", "graduated", 0, 0),
        ("junior_college", "enrolled", 1, 2),
        ("bachelor", "enrolled", 2, 2),
        ("bachelor", "graduated", 4, 0),
        ("postgraduate", "graduated", 3, 0),
    ];
    let mut out = Vec::new();
    for round in &rounds {
        for place in &places {
            for (edu, status, studied, remaining) in households {
                for posting in ["ordinary", "tibet"] {
                    out.push(json!({ "round": round, "place": place, "education": edu, "education_status": status,
                                     "tuition_yuan": 8000, "years_studied": studied, "years_remaining": remaining,
                                     "posting": posting }));
                }
            }
        }
    }
    out
}

// ---- comparing --------------------------------------------------------------------------------

fn sources_of(v: &Value) -> BTreeSet<String> {
    v["sources"].as_array().into_iter().flatten().filter_map(|s| s["source"].as_str().map(str::to_string)).collect()
}

fn key_of(v: &Value, k: &str) -> String {
    v[k].as_str().map_or_else(|| v[k].to_string(), str::to_string)
}

/// Items (checks, posts, lines) by id.
fn by_id<'v>(list: &'v Value, id: &str) -> BTreeMap<String, &'v Value> {
    list.as_array().into_iter().flatten().map(|x| (key_of(x, id), x)).collect()
}

fn compare_check(base: &Value, head: &Value) -> Delta {
    let mut d = Delta::default();
    let all: BTreeSet<String> =
        [base, head].iter().flat_map(|r| r["checks"].as_array().into_iter().flatten().flat_map(sources_of)).collect();
    if base.get("error").is_some() || head.get("error").is_some() {
        if base != head {
            d.outcome.push((format!("input: {} → {}", base["error"]["code"], head["error"]["code"]), all));
        }
        return d;
    }
    if base["verdict"] != head["verdict"] {
        d.outcome.push((format!("verdict: {} → {}", key_of(base, "verdict"), key_of(head, "verdict")), all));
    }
    for (list, label) in [("checks", ""), ("posts", "post ")] {
        let (b, h) = (
            by_id(&base[list], if list == "posts" { "post" } else { "id" }),
            by_id(&head[list], if list == "posts" { "post" } else { "id" }),
        );
        for id in b.keys().chain(h.keys()).collect::<BTreeSet<_>>() {
            let (x, y) = (b.get(id).copied().unwrap_or(&Value::Null), h.get(id).copied().unwrap_or(&Value::Null));
            let cites: BTreeSet<String> = sources_of(x).into_iter().chain(sources_of(y)).collect();
            let mut cites = cites;
            // A post's checks carry the sources.
            for c in x["checks"].as_array().into_iter().chain(y["checks"].as_array()).flatten() {
                cites.extend(sources_of(c));
            }
            if x["status"] != y["status"] {
                d.outcome.push((format!("{label}{id}: {} → {}", key_of(x, "status"), key_of(y, "status")), cites));
            } else if x["threshold"] != y["threshold"] {
                d.threshold.push((format!("{label}{id}: threshold {} → {}", x["threshold"], y["threshold"]), cites));
            }
        }
    }
    d
}

fn money(v: &Value) -> String {
    let yuan = |f: &Value| f.as_i64().map_or("?".to_string(), |f| format!("{}", f / 100));
    match (&v["amount_fen"], &v["min_fen"], &v["max_fen"]) {
        (a, _, _) if a.is_i64() => format!("¥{}", yuan(a)),
        (_, lo, hi) if lo.is_i64() && hi.is_i64() => format!("¥{}–{}", yuan(lo), yuan(hi)),
        (_, lo, _) if lo.is_i64() => format!("≥¥{}", yuan(lo)),
        _ => "varies".to_string(),
    }
}

fn compare_benefits(base: &Value, head: &Value) -> Delta {
    let mut d = Delta::default();
    if base.get("error").is_some() || head.get("error").is_some() {
        if base != head {
            d.outcome.push((format!("input: {} → {}", base["error"]["code"], head["error"]["code"]), BTreeSet::new()));
        }
        return d;
    }
    let (b, h) = (by_id(&base["lines"], "id"), by_id(&head["lines"], "id"));
    for id in b.keys().chain(h.keys()).collect::<BTreeSet<_>>() {
        let (x, y) = (b.get(id).copied().unwrap_or(&Value::Null), h.get(id).copied().unwrap_or(&Value::Null));
        let cites: BTreeSet<String> = sources_of(x).into_iter().chain(sources_of(y)).collect();
        if money(x) != money(y) || x["basis"] != y["basis"] {
            let basis = if x["basis"] == y["basis"] {
                String::new()
            } else {
                format!(" ({} → {})", key_of(x, "basis"), key_of(y, "basis"))
            };
            d.outcome.push((format!("{id}: {} → {}{basis}", money(x), money(y)), cites));
        } else if x["inputs"] != y["inputs"] {
            d.threshold.push((format!("{id}: inputs {} → {}", x["inputs"], y["inputs"]), cites));
        }
    }
    d
}

// ---- what changed in the data -----------------------------------------------------------------

/// A changed data item: its name and the sources it cites (before or after).
struct Changed {
    name: String,
    sources: BTreeSet<String>,
}

fn cite_ids<'c>(cites: impl IntoIterator<Item = &'c Cite>) -> BTreeSet<String> {
    cites.into_iter().map(|c| c.source.clone()).collect()
}

/// Every item keyed by name with a comparable form and its sources.
fn items(d: &Data) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    for p in d.params.values() {
        let sources = cite_ids(p.entries.iter().flat_map(|e| &e.cite));
        out.insert(format!("{} {}", p.file, p.id), (format!("{:?}", p.entries), sources));
    }
    for r in &d.records {
        let sources = cite_ids(&r.cite);
        out.insert(format!("local.toml {} {} {}", r.kind, r.place, r.year), (format!("{r:?}"), sources));
    }
    for r in &d.rounds {
        let sources =
            cite_ids(r.notice.iter().chain(&r.conscription_cite).chain(r.windows.iter().flat_map(|w| &w.cite)));
        out.insert(format!("rounds.toml {}", r.id), (format!("{r:?}"), sources));
    }
    for s in &d.statistics {
        out.insert(
            format!("statistics.toml {} {} {}", s.statistic, s.area, s.year),
            (format!("{s:?}"), cite_ids(&s.cite)),
        );
    }
    out
}

fn changed_items(base: &Data, head: &Data) -> Vec<Changed> {
    let (b, h) = (items(base), items(head));
    b.keys()
        .chain(h.keys())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .filter(|k| b.get(*k).map(|x| &x.0) != h.get(*k).map(|x| &x.0))
        .map(|k| {
            let sources = b.get(k).into_iter().chain(h.get(k)).flat_map(|x| x.1.iter().cloned()).collect();
            Changed { name: k.clone(), sources }
        })
        .collect()
}

// ---- report -----------------------------------------------------------------------------------

#[derive(Default)]
struct Group {
    personas: BTreeSet<usize>,
    changes: BTreeMap<String, usize>,
    threshold_only: BTreeSet<usize>,
}

fn diff(repo: &Path, base_dir: &Path, base: &str, base_sha: &str, json_out: bool) -> Result<()> {
    let base_data = enlistment_rules_data::load::load(&base_dir.join("crates/rules/data")).0;
    let head_data = enlistment_rules_data::load::load(&repo.join("crates/rules/data")).0;
    let both = [&base_data, &head_data];
    let (mut checks, mut benefits) = case_inputs(repo);
    let cases = (checks.len(), benefits.len());
    checks.extend(check_grid(&both));
    benefits.extend(benefits_grid(&both));

    let base_exe = build_eval(base_dir, "eval-base")?;
    let head_exe = build_eval(repo, "eval-head")?;
    let mut outcomes: Vec<(bool, Outcome)> = Vec::new();
    for (command, inputs, is_check) in [("check", &checks, true), ("benefits", &benefits, false)] {
        let (b, h) = (eval(&base_exe, command, inputs)?, eval(&head_exe, command, inputs)?);
        for ((input, base), head) in inputs.iter().zip(b).zip(h) {
            outcomes.push((is_check, Outcome { input: input.clone(), base, head }));
        }
    }

    let changed = changed_items(&base_data, &head_data);
    let cause = |cites: &BTreeSet<String>| -> String {
        let names: Vec<&str> =
            changed.iter().filter(|c| !c.sources.is_disjoint(cites)).map(|c| c.name.as_str()).collect();
        if names.is_empty() {
            "engine code (no changed data item cites these sources)".to_string()
        } else {
            names.join(" + ")
        }
    };
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    let mut examples: BTreeMap<String, Vec<(usize, Vec<String>)>> = BTreeMap::new();
    for (i, (is_check, o)) in outcomes.iter().enumerate() {
        let d = if *is_check { compare_check(&o.base, &o.head) } else { compare_benefits(&o.base, &o.head) };
        let mut per_group: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (what, cites) in &d.outcome {
            per_group.entry(cause(cites)).or_default().push(what.clone());
        }
        for (g, whats) in &per_group {
            let group = groups.entry(g.clone()).or_default();
            group.personas.insert(i);
            for w in whats {
                *group.changes.entry(w.clone()).or_default() += 1;
            }
            let ex = examples.entry(g.clone()).or_default();
            if ex.len() < 3 {
                ex.push((i, whats.clone()));
            }
        }
        for (what, cites) in &d.threshold {
            let g = cause(cites);
            if !per_group.contains_key(&g) {
                groups.entry(g).or_default().threshold_only.insert(i);
            }
            let _ = what;
        }
    }

    let total_changed: BTreeSet<usize> = groups.values().flat_map(|g| g.personas.iter().copied()).collect();
    if json_out {
        let out = json!({
            "base": base, "base_commit": base_sha, "head": "working tree",
            "personas": { "check": checks.len(), "benefits": benefits.len(), "from_cases": { "check": cases.0, "benefits": cases.1 } },
            "changed_data": changed.iter().map(|c| c.name.clone()).collect::<Vec<_>>(),
            "personas_changed": total_changed.len(),
            "groups": groups.iter().map(|(name, g)| json!({
                "cause": name, "personas": g.personas.len(), "changes": g.changes,
                "threshold_only": g.threshold_only.len(),
                "examples": examples.get(name).into_iter().flatten().map(|(i, w)| json!({
                    "input": outcomes[*i].1.input, "changes": w })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
        return Ok(());
    }
    println!("rules-diff: {base} ({base_sha}) → working tree");
    println!(
        "personas: {} check ({} from data cases), {} benefits ({} from data cases)",
        checks.len(),
        cases.0,
        benefits.len(),
        cases.1
    );
    if changed.is_empty() {
        println!("data items changed: none");
    } else {
        println!("data items changed: {}", changed.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", "));
    }
    println!("personas whose outcome changed: {}", total_changed.len());
    for (name, g) in &groups {
        println!("\n== {name}");
        println!("   {} personas changed outcome", g.personas.len());
        let mut counts: Vec<_> = g.changes.iter().collect();
        counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (what, n) in counts.iter().take(12) {
            println!("   {n:>6} × {what}");
        }
        if counts.len() > 12 {
            println!("          … and {} other kinds of change", counts.len() - 12);
        }
        if !g.threshold_only.is_empty() {
            println!("   {} more personas: a threshold or input moved, the outcome did not", g.threshold_only.len());
        }
        for (i, whats) in examples.get(name).into_iter().flatten() {
            println!("   e.g. {}", outcomes[*i].1.input);
            println!("        {}", whats.join("; "));
        }
    }
    Ok(())
}

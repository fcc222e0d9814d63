//! `cargo xtask bench`: the performance figures, measured in one run and printed as a table, then
//! written to docs/performance.md with the command and the commit. Budgets are checked here (the
//! command fails when one is missed), never in timed tests.
//!
//! - bytes of the first visit, gzip and brotli, beside a minimal Yew app built in the same run
//!   with the same profile (the framework's floor), and their ratio;
//! - Lighthouse 12.2.3 (mobile, simulated throttling) on the built site;
//! - time until the first question is usable under DevTools' Slow 3G and Fast 3G with 4x CPU
//!   slowdown, for the app and for the minimal app;
//! - input-to-verdict latency over 200 edits; wasm memory after a full flow;
//! - engine evaluations per second, natively and as wasm (in Node's V8).

use crate::dist::{self, FileSize};
use crate::headers::{self, Site};
use crate::serve;
use crate::setup;
use crate::util::{Result, path_with_tools, root, run, run_tee, step};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;

/// Budgets (issue: works offline, loads fast on a slow phone network, accessible to everyone).
/// The byte budget is the one `cargo xtask test` checks (`dist.rs`).
use crate::dist::BUDGET_FIRST_VISIT_GZIP;
const LIGHTHOUSE_MIN: [(&str, u64); 4] =
    [("performance", 95), ("accessibility", 100), ("bestPractices", 100), ("seo", 90)];

/// Bytes as kB (1000 bytes), with the exact count: no doubt about which kilobyte.
fn kb(n: u64) -> String {
    let exact = n.to_string();
    let mut grouped = String::new();
    for (i, c) in exact.chars().enumerate() {
        if i > 0 && (exact.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{:.1} kB ({grouped} B)", n as f64 / 1000.0)
}

/// The minimal Yew app, built with Trunk in release (wasm-opt -Oz) into target/bench/minimal.
fn build_minimal() -> Result<(PathBuf, Vec<FileSize>)> {
    step("trunk build --release bench/minimal (the framework's floor)");
    let out = root().join("target/bench/minimal");
    run(Command::new("trunk")
        .args(["build", "--release", "--dist"])
        .arg(&out)
        .env("PATH", path_with_tools())
        .current_dir(root().join("bench/minimal")))?;
    Ok((out.clone(), dist::precompress(&out)?))
}

fn node(script: &str, args: &[&str]) -> Result<serde_json::Value> {
    let out = run_tee(
        Command::new("node")
            .arg(script)
            .args(args)
            .env("CHROME_PATH", "/usr/bin/chromium")
            .env("CHROMIUM", "/usr/bin/chromium")
            .env("LIGHTHOUSE_REPORT", root().join("target/bench/lighthouse.json"))
            .current_dir(root().join("bench")),
    )?;
    let line = out.lines().rev().find(|l| l.starts_with('{')).ok_or(format!("{script} printed no JSON"))?;
    serde_json::from_str(line).map_err(|e| format!("{script}: {e}"))
}

fn native_engine() -> Result<Vec<(String, f64)>> {
    step("engine natively: cargo run --release --example bench");
    let out = run_tee(
        Command::new("cargo")
            .args(["run", "-q", "--release", "-p", "enlistment-rules", "--example", "bench"])
            .current_dir(root()),
    )?;
    Ok(out
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .filter_map(|(k, v)| Some((k.to_string(), v.trim().parse().ok()?)))
        .collect())
}

fn commit() -> String {
    crate::util::capture(Command::new("git").args(["rev-parse", "--short", "HEAD"]).current_dir(root()))
        .map(|(_, s)| s.trim().to_string())
        .unwrap_or_default()
}

pub fn run_all() -> Result<()> {
    setup::bench_tools()?;
    let built = dist::build()?;
    let (minimal_dir, minimal_files) = build_minimal()?;

    let site = Arc::new(Site { csp: built.csp.clone(), embed_frame_ancestors: headers::embed_frame_ancestors() });
    let app = serve::spawn(built.dir.clone(), 0, site)?;
    // Trunk's own inline loader runs the minimal app: a policy that allows it.
    let floor_policy = "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'".to_string();
    let minimal =
        serve::spawn(minimal_dir, 0, Arc::new(Site { csp: floor_policy, embed_frame_ancestors: "'none'".into() }))?;

    step("Lighthouse 12.2.3 (mobile, simulated throttling)");
    let lh = node("lighthouse.mjs", &[&format!("{app}/")])?;
    step("load under Slow 3G / Fast 3G with 4x CPU, input-to-verdict latency, wasm memory");
    let load = node("load.mjs", &[&format!("{app}/"), &format!("{minimal}/")])?;
    let native = native_engine()?;
    step("engine as wasm in Node");
    let wasm = node("engine.mjs", &[root().join("dist/engine").to_str().unwrap_or("")])?;

    let (ar, ag, ab) = built.first_visit();
    let (mr, mg, mb) = dist::sum(&minimal_files, |n| n == "index.html" || n.ends_with(".js") || n.ends_with(".wasm"));
    let (er, eg, eb) = built.engine_module();
    let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };

    let mut t = String::new();
    let _ = writeln!(t, "| Measure | Enlistment Self-Check | Minimal Yew app | Ratio / budget |");
    let _ = writeln!(t, "|---|---|---|---|");
    let _ = writeln!(t, "| First visit, raw | {} | {} | {:.1}× |", kb(ar), kb(mr), ratio(ar, mr));
    let _ = writeln!(
        t,
        "| First visit, gzip -9 | {} | {} | {:.1}× · budget ≤ {} |",
        kb(ag),
        kb(mg),
        ratio(ag, mg),
        kb(BUDGET_FIRST_VISIT_GZIP)
    );
    let _ = writeln!(t, "| First visit, brotli 11 | {} | {} | {:.1}× |", kb(ab), kb(mb), ratio(ab, mb));
    let _ = writeln!(t, "| Engine module for portals (gzip / brotli) | {} / {} ({} raw) | | |", kb(eg), kb(eb), kb(er));
    for net in ["Slow 3G", "Fast 3G"] {
        let l = &load["load"][net];
        let _ = writeln!(
            t,
            "| {net} + 4× CPU: navigation → first question usable | {} ms | {} ms | |",
            l["app"], l["minimal"]
        );
    }
    for (k, label) in [("cpu1", "normal CPU"), ("cpu4", "4× CPU slowdown")] {
        let r = &load["responsiveness"][k];
        let _ = writeln!(
            t,
            "| Input → verdict in the DOM, {label} ({} edits): median / worst | {} ms / {} ms | | |",
            r["edits"], r["medianMs"], r["worstMs"]
        );
    }
    let memory = load["responsiveness"]["cpu1"]["memory"].as_f64().unwrap_or(0.0);
    let _ = writeln!(t, "| Wasm memory after a full self-check | {:.1} MB | | |", memory / 1024.0 / 1024.0);
    for (k, v) in &native {
        let _ = writeln!(t, "| Engine, {k} | {v:.0} | | |");
    }
    let _ = writeln!(
        t,
        "| Engine, wasm in Node's V8, evaluations/s (JSON in, JSON out) | {} | | |",
        wasm["wasmJsonPerSec"]
    );
    let _ = writeln!(
        t,
        "| Lighthouse (mobile): performance / accessibility / best practices / SEO | {} / {} / {} / {} | | ≥ 95 / 100 / 100 / ≥ 90 |",
        lh["performance"], lh["accessibility"], lh["bestPractices"], lh["seo"]
    );
    let _ = writeln!(
        t,
        "| Lighthouse: FCP / LCP / TBT (simulated slow 4G, 4× CPU) | {:.0} ms / {:.0} ms / {:.0} ms | | |",
        lh["fcpMs"].as_f64().unwrap_or(0.0),
        lh["lcpMs"].as_f64().unwrap_or(0.0),
        lh["tbtMs"].as_f64().unwrap_or(0.0)
    );

    let mut misses = Vec::new();
    if ag > BUDGET_FIRST_VISIT_GZIP {
        misses.push(format!("first visit {} gzip is over {}", kb(ag), kb(BUDGET_FIRST_VISIT_GZIP)));
    }
    for (k, min) in LIGHTHOUSE_MIN {
        let got = lh[k].as_u64().unwrap_or(0);
        if got < min {
            misses.push(format!("Lighthouse {k} {got} < {min} (not passing: {})", lh["notPassing"]));
        }
    }
    println!("\n{t}");
    write_doc(&t, &misses)?;
    if misses.is_empty() {
        println!("all budgets met; written to docs/performance.md");
        Ok(())
    } else {
        Err(format!("budgets missed: {}", misses.join("; ")))
    }
}

fn write_doc(table: &str, misses: &[String]) -> Result<()> {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let doc = format!(
        "# Performance\n\n\
         Measured by `cargo xtask bench` (installs what is missing, builds both apps, serves them on 127.0.0.1,\n\
         drives Debian's Chromium). Written by that command; run it again to refresh. Commit `{}`, {} UTC, on {} ({} cores).\n\n\
         {table}\n\
         - **First visit**: the page, its stylesheet, the JS glue, the wasm (both languages and all rules data are\n  \
           inside it), the service worker with its client, and the manifest, each compressed on its own as the\n  \
           server sends it (`dist/*.gz`, `*.br`). The minimal app is `bench/minimal` (a heading in Yew), built by\n  \
           Trunk in the same run with the same release profile and wasm-opt level.\n\
         - **Load**: a fresh profile (no cache, no service worker), DevTools' network presets (Slow 3G: 2 s latency,\n  \
           50 KB/s; Fast 3G: 562.5 ms, 180 KB/s) and 4× CPU slowdown; the time from navigation until the first\n  \
           question exists in the page, taken in the page itself; median of 3.\n\
         - **Input → verdict**: 200 edits of the height, alternating across the 160 cm threshold, each from the\n  \
           `input` event to the changed verdict in the DOM.\n\
         - **Engine**: the five applicants of `crates/rules/examples/bench.rs`; the wasm figure goes through the\n  \
           JS module's JSON API (`dist/engine/`), so it includes JSON parsing and printing.\n\
         {}\n",
        commit(),
        crate::util::now_utc(),
        if cpu.is_empty() { "this machine".to_string() } else { cpu },
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        if misses.is_empty() {
            "\nAll budgets met.".to_string()
        } else {
            format!("\n**Budgets missed:** {}", misses.join("; "))
        }
    );
    // Sections written by hand below the generated part (the wasm's largest functions) are kept.
    let path = root().join("docs/performance.md");
    let kept = std::fs::read_to_string(&path).ok().and_then(|old| old.find(HAND_WRITTEN).map(|i| old[i..].to_string()));
    let doc = match kept {
        Some(k) => format!("{doc}\n{k}"),
        None => doc,
    };
    std::fs::write(path, doc).map_err(|e| e.to_string())
}

/// The heading from which docs/performance.md is written by hand and kept by the benchmark.
const HAND_WRITTEN: &str = "## Where the wasm's bytes go";

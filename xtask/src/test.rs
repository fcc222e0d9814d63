//! `cargo xtask test`: installs what is missing, then runs every test layer and prints what each
//! counted. A layer that cannot run fails the command: nothing is skipped and reported as passing.

use crate::dist;
use crate::headers::{self, Site};
use crate::nginx;
use crate::serve;
use crate::setup;
use crate::util::{Result, root, run_tee, step, timed};
use std::process::Command;
use std::sync::Arc;

pub struct Layer {
    pub name: &'static str,
    pub passed: u64,
    pub detail: String,
    pub secs: f64,
}

/// Sums `test result: ok. N passed; M failed; K ignored` lines (cargo test and wasm-bindgen-test).
pub fn count_cargo(out: &str) -> (u64, u64, u64) {
    let mut sums = (0, 0, 0);
    for line in out.lines().filter(|l| l.starts_with("test result:")) {
        let num = |word: &str| -> u64 {
            line.split(';')
                .find(|part| part.trim_end().ends_with(word))
                .and_then(|part| part.split_whitespace().rev().nth(1)?.parse().ok())
                .unwrap_or(0)
        };
        sums.0 += num("passed");
        sums.1 += num("failed");
        sums.2 += num("ignored");
    }
    sums
}

/// Formatting and clippy (warnings are errors) for the native and the wasm builds: a gate before
/// the test layers, so code that only compiles for one target is linted too.
fn lint() -> Result<f64> {
    step("lint: cargo fmt --check, cargo clippy (native and wasm32) with warnings as errors");
    let (r, secs) = timed(|| -> Result<()> {
        run_tee(Command::new("cargo").args(["fmt", "--all", "--check"]).current_dir(root()))?;
        run_tee(
            Command::new("cargo")
                .args(["clippy", "--workspace", "--all-targets", "--color", "never", "--", "-D", "warnings"])
                .current_dir(root()),
        )?;
        run_tee(
            Command::new("cargo")
                .args(["clippy", "-p", "enlistment-app", "--target", "wasm32-unknown-unknown", "--all-targets"])
                .args(["--color", "never", "--", "-D", "warnings"])
                .current_dir(root()),
        )?;
        Ok(())
    });
    r.map(|()| secs)
}

fn native() -> Result<Layer> {
    step("layer 1/3: native cargo test (engine, data tidy checks, SSR-rendered components, xtask)");
    let (out, secs) =
        timed(|| run_tee(Command::new("cargo").args(["test", "--workspace", "--color", "never"]).current_dir(root())));
    cargo_layer("native (cargo test --workspace)", &out?, secs)
}

/// A cargo-test layer from its output: it passes only if tests ran and none failed or was ignored.
fn cargo_layer(name: &'static str, out: &str, secs: f64) -> Result<Layer> {
    let (passed, failed, ignored) = count_cargo(out);
    let detail = format!("{passed} passed, {failed} failed, {ignored} ignored");
    if failed > 0 || ignored > 0 || passed == 0 {
        return Err(format!("{name}: {detail} (none may be ignored)"));
    }
    Ok(Layer { name, passed, detail, secs })
}

fn browser() -> Result<Layer> {
    step("layer 2/3: browser unit tests (wasm-bindgen-test in headless Chromium)");
    let (out, secs) = timed(|| {
        run_tee(
            Command::new("cargo")
                .args([
                    "test",
                    "-p",
                    "enlistment-app",
                    "--target",
                    "wasm32-unknown-unknown",
                    "--test",
                    "browser",
                    "--color",
                    "never",
                ])
                .env("CHROMEDRIVER", "/usr/bin/chromedriver")
                .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
                .current_dir(root()),
        )
    });
    let out = out?;
    // The runner must really have used Chromium, not fallen back to Node.
    if !out.contains("headless tests in Chrome") {
        return Err("browser tests did not run in headless Chrome (see the runner's output above)".into());
    }
    cargo_layer("browser (wasm-bindgen-test, Chromium)", &out, secs)
}

/// Reads Playwright's JSON report: every test must have run and passed; none skipped.
fn playwright_stats(path: &std::path::Path) -> Result<(u64, String)> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("no Playwright report at {}: {e}", path.display()))?;
    let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("Playwright report: {e}"))?;
    let n = |k: &str| v["stats"][k].as_u64().unwrap_or(0);
    let (expected, unexpected, flaky, skipped) = (n("expected"), n("unexpected"), n("flaky"), n("skipped"));
    let detail = format!("{expected} passed, {unexpected} failed, {flaky} flaky, {skipped} skipped");
    if unexpected > 0 || flaky > 0 || skipped > 0 || expected == 0 {
        return Err(format!("end-to-end: {detail} (flaky and skipped count as failures)"));
    }
    Ok((expected, detail))
}

/// `target/update-site/`: `a` is a copy of dist/, `b` the same with one marker changed in
/// index.html and its service worker written again (a new version), `current` a link to `a`.
fn update_site(dist_dir: &std::path::Path) -> Result<std::path::PathBuf> {
    let site = root().join("target/update-site");
    let _ = std::fs::remove_dir_all(&site);
    for v in ["a", "b"] {
        let to = site.join(v);
        std::fs::create_dir_all(&to).map_err(|e| e.to_string())?;
        for f in crate::util::walk(dist_dir) {
            let rel = f.strip_prefix(dist_dir).map_err(|e| e.to_string())?;
            // The top-level files and the language files (the worker precaches them).
            if rel.components().count() == 1 || rel.starts_with("i18n") {
                if let Some(parent) = to.join(rel).parent() {
                    std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
                }
                std::fs::copy(&f, to.join(rel)).map_err(|e| e.to_string())?;
            }
        }
    }
    let b = site.join("b");
    let index = std::fs::read_to_string(b.join("index.html")).map_err(|e| e.to_string())?;
    let marked = index.replacen(
        "<meta charset=\"utf-8\">",
        "<meta charset=\"utf-8\">\n  <meta name=\"build\" content=\"b\">",
        1,
    );
    std::fs::write(b.join("index.html"), marked).map_err(|e| e.to_string())?;
    // The compressed copies of what changed would be stale: remove them, so the plain files are sent.
    for f in ["index.html.gz", "index.html.br", "sw.js.gz", "sw.js.br"] {
        let _ = std::fs::remove_file(b.join(f));
    }
    crate::pwa::write_service_worker(&b)?;
    #[cfg(unix)]
    std::os::unix::fs::symlink("a", site.join("current")).map_err(|e| e.to_string())?;
    Ok(site)
}

/// `target/example-host/`: examples/ plus dist/engine/.
fn example_host() -> Result<std::path::PathBuf> {
    let dir = root().join("target/example-host");
    let _ = std::fs::remove_dir_all(&dir);
    for (from, to) in [(root().join("examples"), dir.clone()), (root().join("dist/engine"), dir.join("engine"))] {
        std::fs::create_dir_all(&to).map_err(|e| e.to_string())?;
        for f in crate::util::walk(&from) {
            let name = f.file_name().ok_or("file without a name")?;
            std::fs::copy(&f, to.join(name)).map_err(|e| format!("{}: {e}", f.display()))?;
        }
    }
    Ok(dir)
}

/// The policy a post-processed page carries in its `<meta>` element.
fn panic_policy(dir: &std::path::Path) -> Result<String> {
    let html = std::fs::read_to_string(dir.join("index.html")).map_err(|e| e.to_string())?;
    let start = html.find("Content-Security-Policy\" content=\"").ok_or("no CSP in the panic build")? + 34;
    let end = html[start..].find('"').ok_or("unterminated CSP")? + start;
    Ok(html[start..end].to_string())
}

pub fn end_to_end(extra: &[String]) -> Result<Layer> {
    step("layer 3/3: end-to-end (Playwright + Debian Chromium against dist/ on 127.0.0.1)");
    let ((), build_secs) = {
        let (r, s) = timed(dist::build);
        let built = r?;
        built.check_budgets()?;
        dist::write_languages(&built.dir, true)?;
        (std::mem::drop(built), s)
    };
    let panic_dist = dist::build_panic_test()?;
    let csp = std::fs::read_to_string(root().join("target/dist-csp.txt")).map_err(|e| e.to_string())?;
    let site = Arc::new(Site { csp, embed_frame_ancestors: headers::embed_frame_ancestors() });
    let app = serve::spawn(root().join("dist"), 0, site.clone())?;
    // The panic build has its own boot hash: serve it with the policy written into its page.
    let panic_csp = panic_policy(&panic_dist)?;
    let panic_app = serve::spawn(
        panic_dist,
        0,
        Arc::new(Site { csp: panic_csp, embed_frame_ancestors: site.embed_frame_ancestors.clone() }),
    )?;
    // A portal on another origin: the example pages of examples/ with the engine module beside
    // them, as a portal would copy it, under a policy that lets it frame the app and run wasm.
    let host_dir = example_host()?;
    let host_csp = format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; frame-src {app}; \
         object-src 'none'; base-uri 'none'"
    );
    let host = serve::spawn(host_dir, 0, Arc::new(Site { csp: host_csp, embed_frame_ancestors: "'none'".into() }))?;
    // For the offline and update test: `current` points at this build (a), and the test switches it
    // to a changed build (b) to "deploy" a new version.
    let sw_site = update_site(&root().join("dist"))?;
    let sw_app = serve::spawn(sw_site.join("current"), 0, site.clone())?;
    // The deployment guide's nginx configuration, serving the same dist/.
    let nginx = nginx::spawn(&root().join("dist"))?;
    let e2e = root().join("tests/e2e");
    let report = root().join("target/playwright-report.json");
    let _ = std::fs::remove_file(&report);
    let (res, secs) = timed(|| {
        run_tee(
            Command::new("npx")
                .args(["playwright", "test", "--reporter=list,json"])
                .args(extra)
                .env("BASE_URL", &app)
                .env("PANIC_URL", &panic_app)
                .env("NGINX_URL", &nginx.url)
                .env("HOST_URL", &host)
                .env("SW_URL", &sw_app)
                .env("SW_SITE", &sw_site)
                .env("CHROMIUM", "/usr/bin/chromium")
                .env("PLAYWRIGHT_JSON_OUTPUT_NAME", &report)
                .current_dir(&e2e),
        )
    });
    drop(nginx);
    let stats = playwright_stats(&report);
    res?;
    let (passed, detail) = stats?;
    Ok(Layer {
        name: "end-to-end (Playwright, Chromium)",
        passed,
        detail: format!("{detail}; dist built in {build_secs:.0} s"),
        secs,
    })
}

pub fn all() -> Result<()> {
    let (r, setup_secs) = timed(setup::test_tools);
    r?;
    let lint_secs = lint()?;
    let layers = [native()?, browser()?, end_to_end(&[])?];
    println!("\n{:<42} {:>8} {:>9}  detail", "layer", "passed", "seconds");
    for l in &layers {
        println!("{:<42} {:>8} {:>9.1}  {}", l.name, l.passed, l.secs, l.detail);
    }
    println!("(tool check/installation took {setup_secs:.1} s; fmt and clippy took {lint_secs:.1} s)");
    println!("all {} layers passed", layers.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_cargo_summaries() {
        let out = "test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\
                   noise\ntest result: FAILED. 3 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out";
        assert_eq!(count_cargo(out), (15, 2, 1));
        assert_eq!(count_cargo("nothing ran"), (0, 0, 0));
    }
}

//! Installs what is missing, and nothing else: every check is quick when the tool is there.
//! Everything comes from the Rust crate registry, npm and Debian, by their normal clients.

use crate::util::{Result, capture, locked_version, root, run, step};
use std::path::Path;
use std::process::Command;

const TRUNK_VERSION: &str = "0.21.14";
const WASM_OPT_VERSION: &str = "version 132";

fn has_output(cmd: &str, args: &[&str], needle: &str) -> bool {
    capture(Command::new(cmd).args(args)).is_some_and(|(ok, out)| ok && out.contains(needle))
}

/// `cargo install` without fat LTO: the tools build several times faster and run the same.
fn cargo_install(args: &[&str]) -> Result<()> {
    run(Command::new("cargo")
        .arg("install")
        .args(args)
        .env("CARGO_PROFILE_RELEASE_LTO", "false")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16"))
}

fn npm_ci(dir: &Path) -> Result<()> {
    let lock = dir.join("package-lock.json");
    let marker = dir.join("node_modules/.package-lock.json");
    let fresh = match (
        std::fs::metadata(&lock).and_then(|m| m.modified()),
        std::fs::metadata(&marker).and_then(|m| m.modified()),
    ) {
        (Ok(l), Ok(m)) => m >= l,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    step(&format!("npm ci in {}", dir.strip_prefix(root()).unwrap_or(dir).display()));
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(dir))
}

/// What building the app needs: the wasm target, Trunk, the wasm-bindgen CLI matching Cargo.lock,
/// and wasm-opt 132 from npm (Debian's binaryen is too old for rustc 1.95's wasm).
pub fn build_tools() -> Result<()> {
    if !has_output("rustup", &["target", "list", "--installed"], "wasm32-unknown-unknown") {
        step("rustup target add wasm32-unknown-unknown");
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    if !has_output("cargo", &["clippy", "--version"], "clippy")
        || !has_output("cargo", &["fmt", "--version"], "rustfmt")
    {
        step("rustup component add clippy rustfmt");
        run(Command::new("rustup").args(["component", "add", "clippy", "rustfmt"]))?;
    }
    if !has_output("trunk", &["--version"], TRUNK_VERSION) {
        step(&format!("installing Trunk {TRUNK_VERSION} (about 10 minutes, once)"));
        cargo_install(&["--locked", "trunk", "--version", TRUNK_VERSION])?;
    }
    let wb = locked_version("wasm-bindgen").ok_or("Cargo.lock has no wasm-bindgen; run `cargo generate-lockfile`")?;
    if !has_output("wasm-bindgen", &["--version"], &wb) || !has_output("wasm-bindgen-test-runner", &["--version"], &wb)
    {
        step(&format!("installing wasm-bindgen-cli {wb} (about 7 minutes, once)"));
        // Not --locked: the CLI's own lock file wants a webpki-roots release the registry lacks.
        cargo_install(&["wasm-bindgen-cli", "--version", &wb])?;
    }
    let wasm_opt = root().join("tools/node_modules/.bin/wasm-opt");
    if !wasm_opt.exists() || !has_output(wasm_opt.to_str().unwrap_or(""), &["--version"], WASM_OPT_VERSION) {
        npm_ci(&root().join("tools"))?;
    }
    Ok(())
}

fn apt_install(packages: &[&str]) -> Result<()> {
    step(&format!("apt-get install {}", packages.join(" ")));
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "--no-install-recommends"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// What the tests need beyond the build: Debian's Chromium and ChromeDriver, nginx (the
/// deployment guide's configuration is tested for real), and the npm test packages.
pub fn test_tools() -> Result<()> {
    build_tools()?;
    let mut missing = Vec::new();
    if !Path::new("/usr/bin/chromium").exists() {
        missing.push("chromium");
    }
    if !Path::new("/usr/bin/chromedriver").exists() {
        missing.push("chromium-driver");
    }
    if !Path::new("/usr/sbin/nginx").exists() {
        missing.push("nginx-light");
    }
    // A Chinese font, so that screenshots taken on this machine can be read (phones have their own).
    if !Path::new("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc").exists() {
        missing.push("fonts-wqy-zenhei");
    }
    if !missing.is_empty() {
        apt_install(&missing)?;
    }
    npm_ci(&root().join("tests/e2e"))
}

/// What `cargo xtask bench` needs beyond the tests: Lighthouse (npm, in bench/).
pub fn bench_tools() -> Result<()> {
    test_tools()?;
    npm_ci(&root().join("bench"))
}

//! `cargo xtask dev [--port N]`: the maintainer's fast loop. A debug Trunk build (no LTO, no
//! wasm-opt, no compression), post-processed like a release (boot script, CSP, fallback) but without
//! the service worker, which would keep serving the previous build. It is served on 127.0.0.1 with
//! the release headers; the sources are watched and every change rebuilds, and the open page reloads
//! itself when the new build is in place (`dev-reload.js`, polling `dev-build.txt`; same origin, so
//! the strict CSP stays).

use crate::dist::{self, Finish};
use crate::headers::{self, Site};
use crate::serve;
use crate::util::{Result, path_with_tools, root, walk};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

/// What a change to rebuilds: the app, its words, the engine and its data, the page and its static files.
const WATCHED: [&str; 8] = [
    "src",
    "static",
    "locales",
    "crates/rules/src",
    "crates/rules/data",
    "crates/rules-data/src",
    "index.html",
    "Cargo.toml",
];

/// The newest modification time among the watched files.
fn newest() -> SystemTime {
    WATCHED
        .iter()
        .flat_map(|w| {
            let p = root().join(w);
            if p.is_dir() { walk(&p) } else { vec![p] }
        })
        .filter_map(|f| f.metadata().and_then(|m| m.modified()).ok())
        .max()
        .unwrap_or(SystemTime::UNIX_EPOCH)
}

/// Builds into a staging folder, post-processes it, then swaps it in for the served one.
fn build(served: &Path, generation: u64) -> Result<String> {
    let staging = root().join("target/dev-staging");
    let status = Command::new("trunk")
        .args(["build", "--dist"])
        .arg(&staging)
        .env("PATH", path_with_tools())
        .current_dir(root())
        .status()
        .map_err(|e| format!("trunk: {e}"))?;
    if !status.success() {
        return Err("trunk build failed (the page keeps the last good build)".into());
    }
    let built = dist::finish(&staging, "enlistment-app", Finish::Dev)?;
    std::fs::write(staging.join("dev-build.txt"), generation.to_string()).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(served);
    std::fs::rename(&staging, served).map_err(|e| format!("{}: {e}", served.display()))?;
    Ok(built.csp)
}

pub fn run(args: &[String]) -> Result<()> {
    let port = match args.iter().position(|a| a == "--port") {
        Some(i) => args.get(i + 1).and_then(|p| p.parse().ok()).ok_or("--port needs a number")?,
        None => 8080,
    };
    crate::setup::build_tools()?;
    let served: PathBuf = root().join("target/dev");
    let mut seen = newest();
    let csp = build(&served, 0)?;
    let site = Arc::new(Site { csp, embed_frame_ancestors: headers::embed_frame_ancestors() });
    let addr = serve::spawn(served.clone(), port, site)?;
    println!("\ncargo xtask dev: serving a debug build at {addr}/ and rebuilding on change (Ctrl-C to stop)");
    for generation in 1.. {
        std::thread::sleep(Duration::from_millis(300));
        let now = newest();
        if now == seen {
            continue;
        }
        seen = now;
        let started = Instant::now();
        match build(&served, generation) {
            Ok(_) => println!("rebuilt in {:.1} s; the open page reloads", started.elapsed().as_secs_f64()),
            Err(e) => eprintln!("{e}"),
        }
    }
    Ok(())
}

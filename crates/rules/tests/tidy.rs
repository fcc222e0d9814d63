//! Invariants a test can hold (ARCHITECTURE.md): the engine depends on no web crate.

use std::process::Command;

#[test]
fn engine_has_no_web_crate_in_its_dependency_tree() {
    let out = Command::new(env!("CARGO"))
        .args([
            "tree",
            "-p",
            "enlistment-rules",
            "--all-features",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8_lossy(&out.stdout);
    let crates: Vec<&str> = tree.lines().filter_map(|l| l.split_whitespace().next()).collect();
    // The tree really was read: the engine and its date crate are in it.
    assert!(crates.contains(&"enlistment-rules") && crates.contains(&"time"), "unexpected tree:\n{tree}");
    let web = ["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"];
    let found: Vec<&&str> =
        crates.iter().filter(|c| web.iter().any(|w| **c == *w || c.starts_with(&format!("{w}-")))).collect();
    assert!(found.is_empty(), "web crates in the engine's dependency tree: {found:?}");
}

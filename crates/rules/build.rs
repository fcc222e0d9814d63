//! Turns `data/**.toml` into Rust statics at build time, validated then: the wasm carries no TOML
//! parser and starts with the rules ready. A data error stops the build with every problem listed.

use std::path::Path;

fn main() {
    // Read when the script runs, not baked in when it is compiled: a compiler cache (sccache) may
    // hand one checkout the build script compiled in another, which then read that checkout's data.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR for build scripts");
    let root = Path::new(&manifest).join("data");
    println!("cargo:rerun-if-changed={}", root.display());
    for entry in walk(&root) {
        println!("cargo:rerun-if-changed={}", entry.display());
    }
    let data = match enlistment_rules_data::load_checked(&root) {
        Ok(d) => d,
        Err(errors) => {
            for e in &errors {
                eprintln!("data error: {e}");
            }
            panic!("{} error(s) in crates/rules/data:\n{}", errors.len(), errors.join("\n"));
        }
    };
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("data.rs");
    std::fs::write(out, enlistment_rules_data::emit::emit(&data)).unwrap();
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

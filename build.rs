//! Reads and checks the translation catalogs (`locales/`) and writes their typed keys and each
//! language's compact text into OUT_DIR. A missing or unknown key, or a placeholder one language
//! uses and another lacks, stops the build with every mistake listed (`crates/catalog`).

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    for e in std::fs::read_dir(&dir).expect("locales/").flatten() {
        println!("cargo:rerun-if-changed={}", e.path().display());
    }
    let catalogs = match enlistment_catalog::load(&dir) {
        Ok(c) => c,
        Err(errors) => {
            for e in &errors {
                println!("cargo:warning=catalog error: {e}");
            }
            panic!("{} error(s) in locales/:\n{}", errors.len(), errors.join("\n"));
        }
    };
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).to_path_buf();
    let (code, blobs) = enlistment_catalog::emit::emit(&catalogs);
    std::fs::write(out.join("catalog_keys.rs"), code).unwrap();
    std::fs::write(out.join("catalog-reference.txt"), &blobs[0]).unwrap();
    // Every language's text, for native builds (tests render every language without a network).
    for (lang, blob) in catalogs.languages.iter().zip(&blobs) {
        std::fs::write(out.join(format!("catalog-{}.txt", lang.code)), blob).unwrap();
    }
}

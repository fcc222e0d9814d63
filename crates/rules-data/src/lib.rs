//! Build-time half of the rules engine: reads `crates/rules/data/**.toml`, validates it and emits
//! Rust statics (see `crates/rules/build.rs`). Nothing here is linked into the app or the wasm.
//!
//! The tidy rules live in [`validate`]: a value without a source, a source id that does not exist,
//! overlapping date ranges, an unknown key (serde's `deny_unknown_fields`), a value of another shape than its siblings.

pub mod doc;
pub mod emit;
pub mod load;
pub mod model;
pub mod validate;

use std::path::Path;

/// Loads and validates the data folder; returns every problem found, not just the first.
pub fn load_checked(root: &Path) -> Result<model::Data, Vec<String>> {
    let (data, mut errors) = load::load(root);
    if errors.is_empty() {
        errors = validate::validate(&data);
    }
    if errors.is_empty() { Ok(data) } else { Err(errors) }
}

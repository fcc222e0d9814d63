//! `cargo xtask docs`: regenerates docs/rules.md from the rules data (a test keeps it in sync).

use crate::util::{Result, root};

pub fn write() -> Result<()> {
    let data = enlistment_rules_data::load_checked(&root().join("crates/rules/data")).map_err(|e| e.join("\n"))?;
    let path = root().join("docs/rules.md");
    std::fs::write(&path, enlistment_rules_data::doc::rules_md(&data)).map_err(|e| e.to_string())?;
    println!("wrote {}", path.display());
    Ok(())
}

//! The compact text a language ships as (inside the wasm for the reference language, as a small
//! same-origin file for the others): messages in key order, separated by U+001E, with placeholders
//! and selects marked by control characters the catalogs never contain. The app's reader is
//! `src/i18n/catalog.rs`; this is its only writer.
//!
//! - placeholder: `\x01name\x02`
//! - select: `\x03name\x02`, then each variant `\x04key\x02text` (`*key` for the default), then `\x05`

use crate::{Catalogs, Part, Pattern};
use base64::Engine;
use sha2::{Digest, Sha384};

pub const SEP: char = '\u{1e}';

pub fn encode(p: &Pattern, out: &mut String) {
    for part in p {
        match part {
            // A dash never starts a line (issue 14): a word joiner (U+2060) binds it to what comes
            // before, so "18—22" or "国家规定—" does not break before the "—".
            // In English a spaced dash keeps its space unbreakable too.
            Part::Text(t) => out.push_str(&t.replace(" —", "\u{a0}—").replace('—', "\u{2060}—")),
            Part::Var(v) => {
                out.push('\u{1}');
                out.push_str(v);
                out.push('\u{2}');
            }
            Part::Select { var, variants } => {
                out.push('\u{3}');
                out.push_str(var);
                out.push('\u{2}');
                for v in variants {
                    out.push('\u{4}');
                    if v.default {
                        out.push('*');
                    }
                    out.push_str(&v.key);
                    out.push('\u{2}');
                    encode(&v.pattern, out);
                }
                out.push('\u{5}');
            }
        }
    }
}

/// One language's file.
pub fn language(c: &Catalogs, lang: usize) -> String {
    let mut out = String::new();
    for (i, p) in c.messages[lang].iter().enumerate() {
        if i > 0 {
            out.push(SEP);
        }
        encode(p, &mut out);
    }
    out
}

/// The Subresource Integrity value of a file (what `fetch(…, {integrity})` checks).
pub fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

/// The file name a non-reference language is served under: its content's hash in the name, so a
/// cached copy is never mixed with another build's.
pub fn file_name(code: &str, bytes: &[u8]) -> String {
    let hash = Sha384::digest(bytes);
    let hex: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("i18n/{code}-{hex}.txt")
}

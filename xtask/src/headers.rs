//! The response headers the site needs, in one place: the test server sends them
//! (`serve.rs`) and the dist step writes them as nginx snippets for deployment
//! (`target/deploy/headers*.conf`, docs/deployment.md), so what is tested is what is deployed.

use std::fs;
use std::path::Path;

/// Powerful features the app never uses, switched off for it and anything it could frame.
pub const PERMISSIONS: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

/// Who may frame `embed.html`: `EMBED_FRAME_ANCESTORS` at build time (a CSP source list such as
/// `https://www.example.gov.cn https://*.example.gov.cn`), by default any origin. Everything
/// else may not be framed at all.
pub fn embed_frame_ancestors() -> String {
    std::env::var("EMBED_FRAME_ANCESTORS").ok().filter(|s| valid_source_list(s)).unwrap_or_else(|| "*".into())
}

/// A CSP source list made only of characters that cannot end the header or start a new directive.
fn valid_source_list(s: &str) -> bool {
    !s.trim().is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b" .:/*-_'".contains(&b))
}

pub struct Site {
    /// The policy from the build (with the boot script's hash), without `frame-ancestors`.
    pub csp: String,
    pub embed_frame_ancestors: String,
}

/// Hashed file names (`app-<hex>.css`, `…_bg.wasm`) never change content. Trunk writes its 64-bit
/// hash without leading zeros, so the hex part is 16 digits or (one time in sixteen) fewer.
pub fn is_hashed(name: &str) -> bool {
    let stem = name.rsplit('/').next().unwrap_or(name);
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s).trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, h)| (10..=16).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

impl Site {
    /// Every header for the file `name` (besides its type and encoding).
    pub fn for_file(&self, name: &str) -> Vec<(&'static str, String)> {
        let embed = name.ends_with("embed.html");
        vec![
            ("Content-Security-Policy", self.policy(embed)),
            ("X-Content-Type-Options", "nosniff".into()),
            ("Referrer-Policy", "no-referrer".into()),
            ("Permissions-Policy", PERMISSIONS.into()),
            ("Cache-Control", if is_hashed(name) { "public, max-age=31536000, immutable" } else { "no-cache" }.into()),
        ]
    }

    pub fn policy(&self, embed: bool) -> String {
        let ancestors = if embed { self.embed_frame_ancestors.as_str() } else { "'none'" };
        format!("{}; frame-ancestors {ancestors}", self.csp)
    }

    /// The nginx `add_header` lines for ordinary pages or for embed.html (without Cache-Control,
    /// which the locations in deploy/nginx.conf set).
    pub fn nginx_snippet(&self, embed: bool) -> String {
        let probe = if embed { "embed.html" } else { "index.html" };
        let mut out = String::from("# Written by `cargo xtask dist` for this build; see docs/deployment.md.\n");
        for (k, v) in self.for_file(probe).into_iter().filter(|(k, _)| *k != "Cache-Control") {
            out.push_str(&format!("add_header {k} \"{v}\" always;\n"));
        }
        out
    }

    pub fn write_nginx_snippets(&self, dir: &Path) -> Result<(), String> {
        fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        fs::write(dir.join("headers.conf"), self.nginx_snippet(false)).map_err(|e| e.to_string())?;
        fs::write(dir.join("headers-embed.conf"), self.nginx_snippet(true)).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_recognised() {
        assert!(is_hashed("enlistment-app-6629dd57e3e39bc9_bg.wasm"));
        assert!(is_hashed("app-dc05ba2c86d2a84b.css"));
        // Regression: Trunk drops leading zeros; this 15-digit name was served with no-cache.
        assert!(is_hashed("app-9746fa9c6a1a35d.css"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("sw.js"));
        assert!(!is_hashed("manifest.webmanifest"));
    }

    #[test]
    fn only_embed_html_may_be_framed() {
        let s = Site { csp: "default-src 'self'".into(), embed_frame_ancestors: "https://a.gov.cn".into() };
        assert!(s.policy(false).ends_with("frame-ancestors 'none'"));
        assert!(s.policy(true).ends_with("frame-ancestors https://a.gov.cn"));
        assert!(s.nginx_snippet(true).contains(
            "add_header Content-Security-Policy \"default-src 'self'; frame-ancestors https://a.gov.cn\" always;"
        ));
        assert!(!valid_source_list("https://a.gov.cn; script-src *"));
        assert!(!valid_source_list("\"x"));
    }
}

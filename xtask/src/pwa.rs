//! What makes the site installable and usable offline: PNG icons rendered from `static/icon.svg`,
//! the web app manifest, and the service worker (`static/sw.js` with this build's version and the
//! exact list of its files).

use crate::util::{Result, root};
use sha2::{Digest, Sha256};
use std::fs;
use std::path::Path;

/// Renders the SVG icon at `size` px; `inset` shrinks it onto a full-bleed accent square (for
/// "maskable" icons, whose outer 10 % a launcher may crop).
fn png(svg: &str, size: u32, inset: f32) -> Result<Vec<u8>> {
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).map_err(|e| e.to_string())?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size).ok_or("icon size")?;
    if inset > 0.0 {
        pixmap.fill(resvg::tiny_skia::Color::from_rgba8(0x8c, 0x1c, 0x13, 0xff));
    }
    let scale = size as f32 * (1.0 - 2.0 * inset) / tree.size().width();
    let offset = size as f32 * inset;
    let t = resvg::tiny_skia::Transform::from_scale(scale, scale).post_translate(offset, offset);
    resvg::render(&tree, t, &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The icons and `manifest.webmanifest`. Returns the file names written.
pub fn write_icons_and_manifest(dir: &Path) -> Result<Vec<String>> {
    let svg = fs::read_to_string(root().join("static/icon.svg")).map_err(|e| format!("static/icon.svg: {e}"))?;
    let icons = [
        ("icon-192.png", 192, 0.0),
        ("icon-512.png", 512, 0.0),
        ("icon-maskable-512.png", 512, 0.1),
        ("apple-touch-icon.png", 180, 0.0),
    ];
    let mut written = Vec::new();
    for (name, size, inset) in icons {
        fs::write(dir.join(name), png(&svg, size, inset)?).map_err(|e| e.to_string())?;
        written.push(name.to_string());
    }
    // The words come from the catalogs: the reference language, then English.
    let words = crate::fallback::words();
    let en = words.language("en").ok_or("locales/languages.toml has no en")?;
    let t = |lang: usize, key: &str| words.render(lang, key, &[]).unwrap_or_default();
    let manifest = serde_json::json!({
        "name": format!("{} · {}", t(0, "app-name"), t(en, "app-name")),
        "short_name": t(0, "app-name"),
        "description": format!("{} {}", t(0, "manifest-description"), t(en, "manifest-description")),
        "lang": "zh-CN",
        "dir": "ltr",
        "start_url": "./#/check",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#8c1c13",
        "icons": [
            { "src": "icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any" },
            { "src": "icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any" },
            { "src": "icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable" }
        ]
    });
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    fs::write(dir.join("manifest.webmanifest"), text).map_err(|e| e.to_string())?;
    written.push("manifest.webmanifest".into());
    Ok(written)
}

/// The files the service worker keeps: what the full site (index.html) needs offline, and nothing
/// more, because the worker downloads them all on the first visit: not the compressed copies (the
/// browser decodes), not the PNG icons (the browser fetches them itself when installing), not the
/// SVG (inlined in the page), not embed.html and its script (portals' frames are online), not the
/// engine module (for portals' own pages), not the worker itself. The language files (i18n/) are
/// kept, so a reader can switch language offline.
pub fn precache_list(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = crate::util::walk(dir)
        .iter()
        .filter_map(|p| p.strip_prefix(dir).ok().map(|r| r.to_string_lossy().replace('\\', "/")))
        .filter(|n| (!n.contains('/') || is_language(n)) && n != "sw.js" && !n.starts_with("embed"))
        .filter(|n| [".html", ".js", ".wasm", ".css", ".webmanifest", ".txt"].iter().any(|e| n.ends_with(e)))
        .collect();
    files.sort();
    files
}

/// A language file (`i18n/en-<hash>.txt`): small, and kept so that switching works offline.
fn is_language(name: &str) -> bool {
    name.starts_with("i18n/") && name.ends_with(".txt") && name.matches('/').count() == 1
}

/// Writes `sw.js` from the template. The version is a hash of every cached file's name and
/// content, so any change to any of them makes a new version.
pub fn write_service_worker(dir: &Path) -> Result<String> {
    let files = precache_list(dir);
    let mut h = Sha256::new();
    for f in &files {
        h.update(f.as_bytes());
        h.update(fs::read(dir.join(f)).map_err(|e| format!("{f}: {e}"))?);
    }
    let version: String = h.finalize().iter().take(6).map(|b| format!("{b:02x}")).collect();
    let template = fs::read_to_string(root().join("static/sw.js")).map_err(|e| format!("static/sw.js: {e}"))?;
    if !template.contains("'__VERSION__'") || !template.contains("__FILES__;") {
        return Err("static/sw.js lost its __VERSION__ or __FILES__ placeholder".into());
    }
    let list = serde_json::to_string(&files).map_err(|e| e.to_string())?;
    let sw = template.replace("__VERSION__", &version).replace("__FILES__", &list);
    fs::write(dir.join("sw.js"), sw).map_err(|e| e.to_string())?;
    Ok(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_lists_exactly_the_app_files_and_its_version_follows_them() {
        let dir = std::env::temp_dir().join("xtask-pwa-test");
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("engine")).unwrap();
        for f in [
            "index.html",
            "index.html.gz",
            "app-1.css",
            "engine/x.js",
            "sw.js",
            "icon-192.png",
            "embed.html",
            "icon-1.svg",
        ] {
            fs::write(dir.join(f), f).unwrap();
        }
        assert_eq!(precache_list(&dir), vec!["app-1.css", "index.html"]);
        let v1 = write_service_worker(&dir).unwrap();
        let sw = fs::read_to_string(dir.join("sw.js")).unwrap();
        assert!(sw.contains(&format!("const VERSION = '{v1}';")));
        assert!(sw.contains(r#"const FILES = ["app-1.css","index.html"];"#));
        fs::write(dir.join("index.html"), "changed").unwrap();
        assert_ne!(write_service_worker(&dir).unwrap(), v1);
    }

    #[test]
    fn icons_render_at_their_sizes() {
        let svg = fs::read_to_string(root().join("static/icon.svg")).unwrap();
        let p = png(&svg, 192, 0.1).unwrap();
        assert_eq!(&p[1..4], b"PNG");
        // Width and height from the IHDR chunk.
        assert_eq!(u32::from_be_bytes(p[16..20].try_into().unwrap()), 192);
        assert_eq!(u32::from_be_bytes(p[20..24].try_into().unwrap()), 192);
    }
}

//! A small static server for `dist/` on 127.0.0.1: the right types (`application/wasm`), the
//! precompressed `.br`/`.gz` copies, and the headers of `headers.rs`, which the deployment guide
//! gives servers (docs/deployment.md). Used by `cargo xtask serve` and by the end-to-end tests.

use crate::headers::Site;
use crate::util::Result;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tiny_http::{Header, Response, Server};

pub fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "txt" => "text/plain; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn header(k: &str, v: &str) -> Header {
    Header::from_bytes(k.as_bytes(), v.as_bytes()).expect("ASCII header")
}

fn resolve(root: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let rel = path.trim_start_matches('/');
    if rel.split('/').any(|seg| seg == ".." || seg.starts_with('.')) || rel.contains('\\') {
        return None;
    }
    let p = if rel.is_empty() { root.join("index.html") } else { root.join(rel) };
    p.is_file().then_some(p)
}

/// Serves `root` until the process ends. Returns the bound address (port 0 picks a free port).
pub fn spawn(root: PathBuf, port: u16, site: Arc<Site>) -> Result<String> {
    let server = Server::http(("127.0.0.1", port)).map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let addr = format!("http://{}", server.server_addr().to_ip().ok_or("not an IP address")?);
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            let url = req.url().to_string();
            let Some(file) = resolve(&root, &url) else {
                let _ = req.respond(Response::from_string("not found").with_status_code(404));
                continue;
            };
            let name = file.to_string_lossy().to_string();
            let accepts = req
                .headers()
                .iter()
                .find(|h| h.field.equiv("Accept-Encoding"))
                .map(|h| h.value.as_str().to_string())
                .unwrap_or_default();
            let (body, encoding) = match (accepts.contains("br"), accepts.contains("gzip")) {
                (true, _) if Path::new(&format!("{name}.br")).is_file() => (fs::read(format!("{name}.br")), Some("br")),
                (_, true) if Path::new(&format!("{name}.gz")).is_file() => {
                    (fs::read(format!("{name}.gz")), Some("gzip"))
                }
                _ => (fs::read(&file), None),
            };
            let Ok(body) = body else {
                let _ = req.respond(Response::from_string("error").with_status_code(500));
                continue;
            };
            let mut resp = Response::from_data(body)
                .with_header(header("Content-Type", content_type(&name)))
                .with_header(header("Vary", "Accept-Encoding"));
            for (k, v) in site.for_file(&name) {
                resp = resp.with_header(header(k, &v));
            }
            if let Some(enc) = encoding {
                resp = resp.with_header(header("Content-Encoding", enc));
            }
            let _ = req.respond(resp);
        }
    });
    Ok(addr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_outside_the_root() {
        let root = std::env::temp_dir();
        assert_eq!(resolve(&root, "/../etc/passwd"), None);
        assert_eq!(resolve(&root, "/.git/config"), None);
        assert_eq!(content_type("a/b_bg.wasm"), "application/wasm");
    }
}

//! Serves `dist/` with Debian's nginx and the sample configuration `deploy/nginx.conf`, for the
//! end-to-end run: the deployment guide's configuration is tested, not just written.

use crate::util::{Result, root};
use std::fs;
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Nginx {
    child: Child,
    pub url: String,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The sample server block with its placeholders filled in.
pub fn server_block(template: &str, port: u16, dist: &Path, deploy: &Path) -> String {
    template
        .replace("@PORT@", &format!("127.0.0.1:{port}"))
        .replace("@ROOT@", &dist.display().to_string())
        .replace("@DEPLOY@", &deploy.display().to_string())
}

pub fn spawn(dist: &Path) -> Result<Nginx> {
    let dir = root().join("target/nginx");
    fs::create_dir_all(dir.join("tmp")).map_err(|e| e.to_string())?;
    let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
    let template = fs::read_to_string(root().join("deploy/nginx.conf")).map_err(|e| e.to_string())?;
    fs::write(dir.join("server.conf"), server_block(&template, port, dist, &root().join("target/deploy")))
        .map_err(|e| e.to_string())?;
    // One process in the foreground as the current user, logs and temp files under target/.
    let t = dir.join("tmp").display().to_string();
    let main = format!(
        "daemon off;\nmaster_process off;\npid {d}/nginx.pid;\nerror_log {d}/error.log warn;\nevents {{}}\nhttp {{\n  \
         access_log off;\n  client_body_temp_path {t}/body;\n  proxy_temp_path {t}/proxy;\n  fastcgi_temp_path {t}/fastcgi;\n  \
         uwsgi_temp_path {t}/uwsgi;\n  scgi_temp_path {t}/scgi;\n  include {d}/server.conf;\n}}\n",
        d = dir.display()
    );
    fs::write(dir.join("nginx.conf"), main).map_err(|e| e.to_string())?;
    let conf = dir.join("nginx.conf").display().to_string();
    let check = Command::new("nginx").args(["-t", "-q", "-c", &conf]).output();
    match check {
        Ok(o) if o.status.success() => {}
        Ok(o) => return Err(format!("nginx -t refused {conf}: {}", String::from_utf8_lossy(&o.stderr))),
        Err(e) => return Err(format!("cannot run nginx (Debian package nginx-light): {e}")),
    }
    let child = Command::new("nginx")
        .args(["-c", &conf])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start nginx: {e}"))?;
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if started.elapsed() > Duration::from_secs(10) {
            return Err(format!("nginx did not listen on port {port} (see {}/error.log)", dir.display()));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(Nginx { child, url: format!("http://127.0.0.1:{port}") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_has_every_placeholder_filled() {
        let template = fs::read_to_string(root().join("deploy/nginx.conf")).unwrap();
        let out = server_block(&template, 8081, Path::new("/srv/dist"), Path::new("/etc/nginx/enlistment"));
        assert!(!out.contains('@'), "a placeholder is left: {out}");
        assert!(out.contains("include /etc/nginx/enlistment/headers-embed.conf;"));
        assert!(out.contains("application/wasm"));
    }
}

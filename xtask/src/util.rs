//! Small helpers: the project root, running commands loudly, timing.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

pub type Result<T> = std::result::Result<T, String>;

/// The repository root (the xtask lives one level below it).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask is inside the repository").to_path_buf()
}

/// Prints a step header, so a long log shows where it is.
pub fn step(what: &str) {
    eprintln!("\n==> {what}");
}

/// Runs a command with inherited output; an error if it cannot start or exits non-zero.
pub fn run(cmd: &mut Command) -> Result<()> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("{shown} failed ({status})")) }
}

/// Runs a command, capturing stdout and stderr together; `None` if it cannot start.
pub fn capture(cmd: &mut Command) -> Option<(bool, String)> {
    let out = cmd.stdin(Stdio::null()).output().ok()?;
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    Some((out.status.success(), text))
}

/// Runs a command, streaming its output to the terminal and also returning it (for counting).
pub fn run_tee(cmd: &mut Command) -> Result<String> {
    use std::io::{BufRead, BufReader, Write};
    let shown = format!("{cmd:?}");
    let mut child =
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().map_err(|e| format!("cannot start {shown}: {e}"))?;
    let stderr = child.stderr.take().expect("piped");
    let err_thread = std::thread::spawn(move || {
        let mut text = String::new();
        for line in BufReader::new(stderr).lines().map_while(std::result::Result::ok) {
            eprintln!("{line}");
            text.push_str(&line);
            text.push('\n');
        }
        text
    });
    let mut text = String::new();
    for line in BufReader::new(child.stdout.take().expect("piped")).lines().map_while(std::result::Result::ok) {
        println!("{line}");
        let _ = std::io::stdout().flush();
        text.push_str(&line);
        text.push('\n');
    }
    text.push_str(&err_thread.join().unwrap_or_default());
    let status = child.wait().map_err(|e| format!("{shown}: {e}"))?;
    if status.success() { Ok(text) } else { Err(format!("{shown} failed ({status})")) }
}

/// PATH with the project's npm tools (wasm-opt 132) first.
pub fn path_with_tools() -> OsString {
    let mut paths = vec![root().join("tools/node_modules/.bin")];
    if let Some(p) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&p));
    }
    std::env::join_paths(paths).unwrap_or_default()
}

/// Times a closure, returning its result and the seconds it took.
pub fn timed<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let r = f();
    (r, t.elapsed().as_secs_f64())
}

/// The version of a package recorded in Cargo.lock.
pub fn locked_version(package: &str) -> Option<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).ok()?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l == format!("name = \"{package}\"") {
            let v = lines.next()?;
            return v.strip_prefix("version = \"")?.strip_suffix('"').map(str::to_string);
        }
    }
    None
}

/// Today's UTC date from the system clock (the build date, for the static fallback's rules).
pub fn today() -> enlistment_rules::date::Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = i32::try_from(secs / 86_400).unwrap_or(0);
    enlistment_rules::date::Date::from_julian_day(2_440_588 + days).unwrap_or(enlistment_rules::date::ymd(2026, 1, 1))
}

/// The current UTC time, `YYYY-MM-DD HH:MM`.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let day = enlistment_rules::date::iso(today());
    format!("{day} {:02}:{:02}", secs % 86_400 / 3600, secs % 3600 / 60)
}

/// Every file under `dir`, sorted (so outputs do not depend on the file system's order).
pub fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
        }
    }
    out.sort();
    out
}

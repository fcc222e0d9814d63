//! Project automation, run as `cargo xtask <command>` (an alias in .cargo/config.toml).
//!
//! ```text
//! cargo xtask serve [--port N]  install what is missing, build dist/ for release, serve it on 127.0.0.1:8080
//! cargo xtask dev [--port N]    debug build served on 127.0.0.1:8080, rebuilt on change, the page reloads
//! cargo xtask test              install what is missing, run every test layer, print what each counted
//! cargo xtask dist              build dist/ and print the sizes
//! cargo xtask e2e [args]        only the end-to-end layer (args go to `playwright test`)
//! cargo xtask setup             only install what is missing (build and test tools)
//! cargo xtask bench             the performance figures (bytes, Lighthouse, throttled load, latency,
//!                               engine speed), checked against the budgets, into docs/performance.md
//! cargo xtask docs              regenerate docs/rules.md from the rules data
//! cargo xtask rules-diff [BASE] [--json]  which answers a rules change changes, grouped by cause
//! ```

mod bench;
mod dev;
mod dist;
mod docs;
mod fallback;
mod headers;
mod nginx;
mod pwa;
mod rules_diff;
mod serve;
mod setup;
mod test;
#[cfg(test)]
mod tidy;
mod util;

use std::process::ExitCode;
use std::sync::Arc;

fn serve_command(args: &[String]) -> util::Result<()> {
    let port = match args.iter().position(|a| a == "--port") {
        Some(i) => args.get(i + 1).and_then(|p| p.parse().ok()).ok_or("--port needs a number")?,
        None => 8080,
    };
    let built = dist::build()?;
    let site = Arc::new(headers::Site { csp: built.csp, embed_frame_ancestors: headers::embed_frame_ancestors() });
    let addr = serve::spawn(built.dir, port, site)?;
    println!("\nServing dist/ at {addr}/  (Ctrl-C to stop)");
    loop {
        std::thread::park();
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve_command(&args),
        Some("test") => test::all(),
        Some("e2e") => test::end_to_end(&args[1..]).map(|l| println!("{}: {}", l.name, l.detail)),
        Some("dist") => dist::build().map(drop),
        Some("setup") => setup::test_tools(),
        Some("docs") => docs::write(),
        Some("dev") => dev::run(&args[1..]),
        Some("rules-diff") => rules_diff::run(&args[1..]),
        Some("bench") => bench::run_all(),
        _ => {
            eprintln!(
                "usage: cargo xtask serve [--port N] | test | dist | e2e [args] | bench | setup | docs | dev [--port N] | rules-diff [BASE] [--json]"
            );
            return ExitCode::from(64);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nerror: {e}");
            ExitCode::FAILURE
        }
    }
}

//! Words live in the catalogs (`locales/`), not in the code; the layout is ready for right-to-left
//! languages. Both are read from the source files, so a regression fails `cargo test`.

use std::path::{Path, PathBuf};

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files(&p, ext));
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
    out
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The string literals of a Rust file outside comments and `#[cfg(test)]` modules.
fn literals(src: &str) -> Vec<(usize, String)> {
    let code = src.split("#[cfg(test)]").next().unwrap_or(src);
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        // Messages for developers (console, panics) and the words a reader may type (units
        // accepted after a number, marked `tidy: typed, not shown`) are not words the app shows.
        let for_developers = ["expect(", "warn(", "panic!("].iter().any(|m| line.contains(m));
        let marked = n > 0 && code.lines().nth(n - 1).is_some_and(|l| l.contains("tidy: typed, not shown"));
        if for_developers || marked {
            continue;
        }
        let line = line.split("//").next().unwrap_or("");
        let mut parts = line.split('"');
        parts.next();
        while let (Some(lit), _) = (parts.next(), parts.next()) {
            out.push((n + 1, lit.to_string()));
        }
    }
    out
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
        || ('\u{3000}'..='\u{303f}').contains(&c)
        || ('\u{ff00}'..='\u{ffef}').contains(&c)
}

/// English prose: two or more words of letters, one of them starting with a capital or the text
/// ending in sentence punctuation ("Loading…", "Next step").
fn is_english_prose(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().filter(|w| w.chars().all(|c| c.is_ascii_alphabetic())).collect();
    words.len() >= 2
        && (words.iter().any(|w| w.starts_with(|c: char| c.is_ascii_uppercase())) || s.ends_with(['.', '!', '?']))
}

#[test]
fn no_user_visible_words_in_the_code() {
    let mut found = Vec::new();
    let mut sources = files(&root().join("src"), "rs");
    // The fallback page's words come from the catalogs too.
    sources.push(root().join("xtask/src/fallback.rs"));
    sources.push(root().join("xtask/src/pwa.rs"));
    for f in sources {
        let src = std::fs::read_to_string(&f).unwrap();
        for (line, lit) in literals(&src) {
            if lit.chars().any(is_cjk) || is_english_prose(&lit) {
                found.push(format!("{}:{line}: \"{lit}\"", f.strip_prefix(root()).unwrap().display()));
            }
        }
    }
    assert!(found.is_empty(), "words in the code (move them to locales/*.ftl):\n{}", found.join("\n"));
}

#[test]
fn index_html_takes_its_words_from_the_catalogs() {
    let html = std::fs::read_to_string(root().join("index.html")).unwrap();
    let text: String = html
        .split("{{")
        .enumerate()
        .map(|(i, p)| if i == 0 { p } else { p.split_once("}}").map_or(p, |x| x.1) })
        .collect();
    let cjk: String = text.chars().filter(|c| is_cjk(*c)).collect();
    assert!(cjk.is_empty(), "Chinese typed into index.html: {cjk}");
}

#[test]
fn the_stylesheet_uses_logical_directions_only() {
    let css = std::fs::read_to_string(root().join("static/app.css")).unwrap();
    let physical =
        ["-left", "-right", "left:", "right:", "text-align: left", "text-align: right", "float: left", "float: right"];
    let mut found = Vec::new();
    for (n, line) in css.lines().enumerate() {
        for p in physical {
            if line.contains(p) {
                found.push(format!("app.css:{}: {}", n + 1, line.trim()));
            }
        }
        // A four-value margin or padding names the left side last.
        for prop in ["margin:", "padding:"] {
            if let Some(rest) = line.split(prop).nth(1) {
                let values = rest.split([';', '}']).next().unwrap_or("").split_whitespace().count();
                if values == 4 {
                    found.push(format!("app.css:{}: four-value {prop} {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "physical directions in the stylesheet (use inline-start/end):\n{}", found.join("\n"));
}

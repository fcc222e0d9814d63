//! Repository-wide checks that run as tests (`cargo test -p xtask`), in rust-analyzer's manner.
//!
//! **No module cycles.** Each source file is a module; a `crate::a::b` path in it is an edge to the
//! deepest module file that path names. A cycle (the app's root importing a component that imports
//! the root; the engine's `data` and `report` importing each other) fails with the modules in it.
//! Children declared with `mod` are not edges: only paths through `crate::` are.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`components::header`, "" for the crate root) -> the modules it names through `crate::`.
pub type Graph = BTreeMap<String, BTreeSet<String>>;

/// The module of a file relative to the crate's `src/` (`lib.rs` and `mod.rs` name their folder).
fn module_of(rel: &Path) -> String {
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if let Some(last) = parts.last_mut() {
        *last = last.trim_end_matches(".rs").to_string();
    }
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts.join("::")
}

/// Every `crate::` path in `code` (comments removed), with `{a, b::c}` groups expanded.
pub fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let code: String = code.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n");
    let mut out = Vec::new();
    let mut rest = code.as_str();
    while let Some(i) = rest.find("crate::") {
        // `enlistment_rules::…` is another crate; only a bare `crate::` counts.
        let before = rest[..i].chars().next_back();
        rest = &rest[i + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut prefix = Vec::new();
        loop {
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
            let word = &rest[..end];
            if rest[end..].starts_with("::{") {
                prefix.push(word.to_string());
                let close = rest.find('}').unwrap_or(rest.len());
                let group = &rest[end + 3..close];
                for item in group.split(',') {
                    let item = item.split(" as ").next().unwrap_or("").trim();
                    if !item.is_empty() {
                        let mut p = prefix.clone();
                        p.extend(item.split("::").map(|s| s.trim().to_string()));
                        out.push(p);
                    }
                }
                break;
            } else if rest[end..].starts_with("::") && !word.is_empty() {
                prefix.push(word.to_string());
                rest = &rest[end + 2..];
            } else {
                if !word.is_empty() {
                    prefix.push(word.to_string());
                }
                out.push(prefix);
                break;
            }
        }
    }
    out
}

/// The module graph of a crate from its `src/` folder (binaries under `src/bin/` are left out).
pub fn graph(src: &Path) -> Graph {
    let files: Vec<_> = crate::util::walk(src)
        .into_iter()
        .filter(|p| {
            p.extension().is_some_and(|x| x == "rs") && !p.strip_prefix(src).is_ok_and(|r| r.starts_with("bin"))
        })
        .collect();
    let modules: BTreeMap<String, String> = files
        .iter()
        .map(|f| (module_of(f.strip_prefix(src).unwrap()), std::fs::read_to_string(f).unwrap_or_default()))
        .collect();
    modules
        .iter()
        .map(|(m, code)| {
            let targets = crate_paths(code)
                .into_iter()
                .filter_map(|path| {
                    (0..=path.len()).rev().map(|k| path[..k].join("::")).find(|c| modules.contains_key(c))
                })
                .filter(|t| t != m && !t.is_empty())
                .collect();
            (m.clone(), targets)
        })
        .collect()
}

/// The cycles of a graph: its strongly connected components of more than one module (Tarjan).
pub fn cycles(g: &Graph) -> Vec<Vec<String>> {
    struct S<'g> {
        g: &'g Graph,
        index: BTreeMap<&'g str, usize>,
        low: BTreeMap<&'g str, usize>,
        stack: Vec<&'g str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'g>(s: &mut S<'g>, v: &'g str) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        for w in s.g.get(v).into_iter().flatten() {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                s.low.entry(v).and_modify(|l| *l = (*l).min(lw));
            } else if s.stack.contains(&w) {
                let iw = s.index[w];
                s.low.entry(v).and_modify(|l| *l = (*l).min(iw));
            }
        }
        if s.low[v] == s.index[v] {
            let at = s.stack.iter().rposition(|x| *x == v).unwrap();
            let comp: Vec<String> = s.stack.drain(at..).map(str::to_string).collect();
            if comp.len() > 1 {
                s.found.push(comp);
            }
        }
    }
    let mut s = S { g, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), found: Vec::new() };
    for v in g.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.found.iter_mut().for_each(|c| c.sort());
    s.found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::root;

    #[test]
    fn paths_are_read_with_groups_and_renames() {
        let code = "use crate::a::{b, c::D as E};\nuse crate::f;\nlet x = crate::g::h(); // crate::comment\nuse enlistment_rules::x;";
        let got: Vec<String> = crate_paths(code).into_iter().map(|p| p.join("::")).collect();
        assert_eq!(got, ["a::b", "a::c::D", "f", "g::h"]);
    }

    #[test]
    fn a_cycle_is_found() {
        let mut g = Graph::new();
        g.insert("app".into(), ["components::header".to_string()].into());
        g.insert("components::header".into(), ["ctx".to_string(), "app".to_string()].into());
        g.insert("ctx".into(), BTreeSet::new());
        assert_eq!(cycles(&g), [["app".to_string(), "components::header".to_string()]]);
        g.get_mut("components::header").unwrap().remove("app");
        assert!(cycles(&g).is_empty());
    }

    #[test]
    fn no_module_cycles_in_the_app_or_the_engine() {
        for src in ["src", "crates/rules/src", "crates/rules-data/src", "xtask/src"] {
            let g = graph(&root().join(src));
            assert!(g.len() > 3, "{src}: found only {:?}", g.keys());
            let found = cycles(&g);
            assert!(found.is_empty(), "{src}: module cycles (move the shared part to a leaf module): {found:?}");
        }
    }
}

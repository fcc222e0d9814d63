//! The translation catalogs, read and checked at build time (the app's `build.rs` and the xtask).
//!
//! `locales/languages.toml` lists the languages (the first is the reference and ships inside the
//! wasm); `locales/<code>.ftl` holds one language's messages in a small subset of Project Fluent
//! (`syntax.rs`). Every language must have exactly the reference's keys, and every message the same
//! placeholders as the reference's: otherwise the build stops with every mistake listed.
//! `emit.rs` writes the typed keys; `blob.rs` the compact text each language ships as.

pub mod blob;
pub mod emit;
pub mod syntax;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
pub use syntax::{Message, Part, Pattern};

/// How a language picks a plural variant (CLDR cardinal rules for whole numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    /// Chinese, Tibetan: every number is `other`.
    Other,
    /// English, Uyghur: 1 is `one`, everything else `other`.
    OneOther,
}

#[derive(Clone, Debug)]
pub struct Language {
    pub code: String,
    /// The `lang` attribute (BCP 47).
    pub html: String,
    /// The language's own name, for the language menu.
    pub name: String,
    pub rtl: bool,
    pub plural: Plural,
    /// Built only for the tests (the pseudo-locale); never offered to users.
    pub test_only: bool,
}

/// Every language with its messages, in key order (the same keys in every language).
#[derive(Debug)]
pub struct Catalogs {
    pub languages: Vec<Language>,
    pub keys: Vec<String>,
    /// `messages[language][key index]`.
    pub messages: Vec<Vec<Pattern>>,
}

/// Reads `languages.toml` and every catalog, and checks them against the reference (the first
/// language). All mistakes are returned together.
pub fn load(dir: &Path) -> Result<Catalogs, Vec<String>> {
    let config =
        std::fs::read_to_string(dir.join("languages.toml")).map_err(|e| vec![format!("languages.toml: {e}")])?;
    let languages = parse_languages(&config).map_err(|e| vec![format!("languages.toml: {e}")])?;
    let mut parsed = Vec::new();
    let mut errors = Vec::new();
    for lang in languages.iter().filter(|l| !l.test_only) {
        let file = format!("{}.ftl", lang.code);
        match std::fs::read_to_string(dir.join(&file)) {
            Ok(src) => match syntax::parse(&src) {
                Ok(msgs) => parsed.push(msgs),
                Err(es) => errors.extend(es.into_iter().map(|e| format!("{file}:{e}"))),
            },
            Err(e) => errors.push(format!("{file}: {e}")),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let real: Vec<Language> = languages.iter().filter(|l| !l.test_only).cloned().collect();
    let mut catalogs = check(&real, parsed)?;
    // The pseudo-locale is made from English (or the last real language) so every string is covered.
    for lang in languages.iter().filter(|l| l.test_only) {
        let base = catalogs.languages.iter().position(|l| l.code == "en").unwrap_or(catalogs.languages.len() - 1);
        let msgs = catalogs.messages[base].iter().map(pseudo).collect();
        catalogs.languages.push(lang.clone());
        catalogs.messages.push(msgs);
    }
    Ok(catalogs)
}

/// Checks the parsed catalogs of `languages` (same order) against the first: same keys, same
/// placeholders, a default variant in every select, no key twice.
pub fn check(languages: &[Language], parsed: Vec<Vec<Message>>) -> Result<Catalogs, Vec<String>> {
    let mut errors = Vec::new();
    let mut maps: Vec<BTreeMap<String, Pattern>> = Vec::new();
    for (lang, msgs) in languages.iter().zip(parsed) {
        let mut map = BTreeMap::new();
        for m in msgs {
            if let Err(e) = syntax::check_pattern(&m.pattern) {
                errors.push(format!("{}.ftl:{}: {}: {e}", lang.code, m.line, m.key));
            }
            if map.insert(m.key.clone(), m.pattern).is_some() {
                errors.push(format!("{}.ftl:{}: {} is defined twice", lang.code, m.line, m.key));
            }
        }
        maps.push(map);
    }
    let reference = &maps[0];
    let ref_code = &languages[0].code;
    for (lang, map) in languages.iter().zip(&maps).skip(1) {
        for (key, pattern) in reference {
            match map.get(key) {
                None => errors.push(format!("{}.ftl: missing key {key} (present in {ref_code}.ftl)", lang.code)),
                Some(p) => {
                    let (want, got) = (placeholders(pattern), placeholders(p));
                    if want != got {
                        errors.push(format!(
                            "{}.ftl: {key} uses placeholders {{{}}} but {ref_code}.ftl uses {{{}}}",
                            lang.code,
                            join(&got),
                            join(&want)
                        ));
                    }
                }
            }
        }
        for key in map.keys().filter(|k| !reference.contains_key(*k)) {
            errors.push(format!("{}.ftl: unknown key {key} (not in {ref_code}.ftl)", lang.code));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let keys: Vec<String> = reference.keys().cloned().collect();
    let messages = maps.into_iter().map(|m| keys.iter().map(|k| m[k].clone()).collect()).collect();
    Ok(Catalogs { languages: languages.to_vec(), keys, messages })
}

fn join(s: &BTreeSet<String>) -> String {
    s.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
}

/// Every variable a pattern names, as a placeholder or a selector.
pub fn placeholders(p: &Pattern) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for part in p {
        match part {
            Part::Text(_) => {}
            Part::Var(v) => {
                out.insert(v.clone());
            }
            Part::Select { var, variants } => {
                out.insert(var.clone());
                for v in variants {
                    out.extend(placeholders(&v.pattern));
                }
            }
        }
    }
    out
}

fn parse_languages(src: &str) -> Result<Vec<Language>, String> {
    let v: toml::Value = src.parse().map_err(|e| format!("{e}"))?;
    let list = v.get("languages").and_then(|l| l.as_array()).ok_or("no `languages = [...]` list")?;
    let test_only = v.get("languages_test").and_then(|l| l.as_array()).cloned().unwrap_or_default();
    let mut out = Vec::new();
    for l in list.iter().chain(&test_only) {
        let s = |k: &str| l.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let code = s("code").ok_or("a language without `code`")?;
        let plural = match s("plural").as_deref() {
            Some("other") => Plural::Other,
            Some("one-other") => Plural::OneOther,
            p => return Err(format!("{code}: plural must be \"other\" or \"one-other\", not {p:?}")),
        };
        let dir = s("dir").unwrap_or_else(|| "ltr".into());
        if dir != "ltr" && dir != "rtl" {
            return Err(format!("{code}: dir must be \"ltr\" or \"rtl\""));
        }
        out.push(Language {
            html: s("html").unwrap_or_else(|| code.clone()),
            name: s("name").ok_or(format!("{code}: no `name`"))?,
            rtl: dir == "rtl",
            plural,
            test_only: l.get("test_only").and_then(|x| x.as_bool()).unwrap_or(false),
            code,
        });
    }
    if out.is_empty() || out[0].test_only {
        return Err("the first language (the reference, shipped in the wasm) must be a real one".into());
    }
    Ok(out)
}

/// The pseudo-locale's version of a message: each run of text wrapped in right-to-left marks and
/// its letters swapped for look-alike accented ones, so an untranslated string, a clipped one or
/// a left/right assumption in the layout shows up in a right-to-left page.
fn pseudo(p: &Pattern) -> Pattern {
    p.iter()
        .map(|part| match part {
            Part::Text(t) if !t.is_empty() => Part::Text(format!("\u{200f}{}\u{200f}", accent(t))),
            Part::Text(t) => Part::Text(t.clone()),
            Part::Var(v) => Part::Var(v.clone()),
            Part::Select { var, variants } => Part::Select {
                var: var.clone(),
                variants: variants
                    .iter()
                    .map(|v| syntax::Variant { key: v.key.clone(), default: v.default, pattern: pseudo(&v.pattern) })
                    .collect(),
            },
        })
        .collect()
}

fn accent(t: &str) -> String {
    t.chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            'A' => 'Á',
            'E' => 'É',
            'O' => 'Ó',
            c => c,
        })
        .collect()
}

impl Catalogs {
    /// A message of language `lang` (an index into `languages`) filled with `args`, for the pages
    /// the xtask writes (the static first view, the no-wasm fallback, the manifest). Numbers pick
    /// plural variants by the language's rule; an absent argument picks `[none]`.
    pub fn render(&self, lang: usize, key: &str, args: &[(&str, &str)]) -> Result<String, String> {
        let i = self.keys.binary_search_by(|k| k.as_str().cmp(key)).map_err(|_| format!("no message {key}"))?;
        let mut out = String::new();
        render_pattern(&self.messages[lang][i], args, self.languages[lang].plural, &mut out);
        Ok(out)
    }

    /// The index of a language by its code.
    pub fn language(&self, code: &str) -> Option<usize> {
        self.languages.iter().position(|l| l.code == code)
    }
}

fn render_pattern(p: &Pattern, args: &[(&str, &str)], plural: Plural, out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    for part in p {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(v) => out.push_str(arg(v).unwrap_or_default()),
            Part::Select { var, variants } => {
                let value = arg(var);
                let number = value.and_then(|v| v.parse::<i64>().ok());
                let category = match (plural, number) {
                    (Plural::OneOther, Some(1)) => "one",
                    _ => "other",
                };
                let chosen = variants
                    .iter()
                    .find(|v| number.is_some_and(|n| v.key.parse() == Ok(n)))
                    .or_else(|| variants.iter().find(|v| value.is_none() && v.key == "none"))
                    .or_else(|| variants.iter().find(|v| number.is_some() && v.key == category))
                    .or_else(|| variants.iter().find(|v| v.default));
                if let Some(v) = chosen {
                    render_pattern(&v.pattern, args, plural, out);
                }
            }
        }
    }
}

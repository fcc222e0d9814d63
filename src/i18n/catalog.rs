//! The app's reader of the compiled catalogs (written by `crates/catalog`, format in its
//! `blob.rs`). The reference language's text is inside the wasm; another language's arrives as a
//! small file (`browser::fetch_language`) and is installed here once. A message is looked up by
//! its generated method (`Cat::app_name()`), or by key for the engine's keyed words.

use std::borrow::Cow;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/catalog_keys.rs"));

/// How a language picks a plural variant (CLDR cardinal categories for whole numbers).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Plural {
    Other,
    OneOther,
}

/// A language as `locales/languages.toml` lists it.
#[derive(Debug)]
pub struct Language {
    pub code: &'static str,
    pub html: &'static str,
    pub name: &'static str,
    pub rtl: bool,
    pub plural: Plural,
    pub test_only: bool,
    /// Where its text is served ("" for the reference language, which is inside the wasm).
    pub file: &'static str,
    /// Its Subresource Integrity value, checked by the browser when fetching `file`.
    pub integrity: &'static str,
}

/// A value for a placeholder. Numbers pick plural variants; `Absent` picks a `[none]` variant.
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Int(i64),
    Absent,
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}
impl From<bool> for Arg<'_> {
    fn from(b: bool) -> Self {
        Arg::Int(i64::from(b))
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Int(n as i64)
            }
        }
    )*};
}
int_arg!(i64, i32, u8, u16, u32, usize);

/// One language's messages, in key order.
pub struct Cat {
    pub lang: &'static Language,
    msgs: Vec<&'static str>,
}

static LOADED: [OnceLock<Cat>; LANGUAGES.len()] = [const { OnceLock::new() }; LANGUAGES.len()];

impl Cat {
    /// Splits a language's text into messages; `None` if it does not have every key (a file
    /// from another build).
    fn parse(lang: &'static Language, text: &'static str) -> Option<Cat> {
        let msgs: Vec<&'static str> = text.split('\u{1e}').collect();
        (msgs.len() == KEY_COUNT).then_some(Cat { lang, msgs })
    }

    /// The messages of language `i`: the reference always; another once installed (native
    /// builds have every language built in).
    pub fn get(i: usize) -> Option<&'static Cat> {
        if let Some(c) = LOADED[i].get() {
            return Some(c);
        }
        let text = if i == 0 { Some(REFERENCE) } else { built_in(i) }?;
        let cat = Cat::parse(&LANGUAGES[i], text)?;
        Some(LOADED[i].get_or_init(|| cat))
    }

    /// Installs a fetched language's text; false if it does not fit this build.
    pub fn install(i: usize, text: String) -> bool {
        if LOADED[i].get().is_some() {
            return true;
        }
        match Cat::parse(&LANGUAGES[i], Box::leak(text.into_boxed_str())) {
            Some(cat) => LOADED[i].set(cat).is_ok() || LOADED[i].get().is_some(),
            None => false,
        }
    }

    fn text(&self, i: usize) -> &str {
        self.msgs[i]
    }

    fn format(&self, i: usize, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        self.render(self.msgs[i], args, &mut out);
        out
    }

    /// A message found by its key (the engine's keyed words: `verdict-` + "needs_check"); `None`
    /// if the catalogs have no such key.
    pub fn by_key(&self, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let i = keys().binary_search(&key).ok()?;
        Some(self.format(i, args))
    }

    /// A message without placeholders found by its key.
    pub fn text_by_key(&self, key: &str) -> Option<&str> {
        keys().binary_search(&key).ok().map(|i| self.msgs[i])
    }

    fn render(&self, pattern: &str, args: &[(&str, Arg)], out: &mut String) {
        let mut rest = pattern;
        while let Some(at) = rest.find(['\u{1}', '\u{3}']) {
            out.push_str(&rest[..at]);
            let select = rest[at..].starts_with('\u{3}');
            let after = &rest[at + 1..];
            let (name, tail) = after.split_once('\u{2}').unwrap_or((after, ""));
            let arg = args.iter().find(|(n, _)| *n == name).map_or(&Arg::Absent, |(_, a)| a);
            if select {
                let end = tail.find('\u{5}').unwrap_or(tail.len());
                let chosen = self.variant(&tail[..end], arg);
                self.render(chosen, args, out);
                rest = tail.get(end + 1..).unwrap_or("");
            } else {
                // Bidi isolation: a number or a Latin word inside right-to-left text keeps its order.
                if self.lang.rtl {
                    out.push('\u{2068}');
                }
                match arg {
                    Arg::Str(s) => out.push_str(s),
                    Arg::Int(n) => out.push_str(&n.to_string()),
                    Arg::Absent => {}
                }
                if self.lang.rtl {
                    out.push('\u{2069}');
                }
                rest = tail;
            }
        }
        out.push_str(rest);
    }

    /// The variant for a value: an exact number first, then `none` for no value, then the
    /// plural category, then the default.
    fn variant<'p>(&self, variants: &'p str, arg: &Arg) -> &'p str {
        let mut default = "";
        let mut by_category = None;
        let category = match arg {
            Arg::Int(n) => Some(self.category(*n)),
            _ => None,
        };
        for v in variants.split('\u{4}').skip(1) {
            let (key, body) = v.split_once('\u{2}').unwrap_or((v, ""));
            let (is_default, key) = key.strip_prefix('*').map_or((false, key), |k| (true, k));
            if is_default {
                default = body;
            }
            match arg {
                Arg::Int(n) if key.parse::<i64>() == Ok(*n) => return body,
                Arg::Absent if key == "none" => return body,
                _ if Some(key) == category && by_category.is_none() => by_category = Some(body),
                _ => {}
            }
        }
        by_category.unwrap_or(default)
    }

    fn category(&self, n: i64) -> &'static str {
        match self.lang.plural {
            Plural::OneOther if n == 1 => "one",
            _ => "other",
        }
    }
}

/// The sorted keys, split once from the build's one string.
fn keys() -> &'static [&'static str] {
    static SPLIT: OnceLock<Vec<&'static str>> = OnceLock::new();
    SPLIT.get_or_init(|| KEYS.split('\n').collect())
}

#[cfg(not(target_family = "wasm"))]
fn built_in(i: usize) -> Option<&'static str> {
    ALL_TEXTS.get(i).copied()
}

#[cfg(target_family = "wasm")]
fn built_in(_: usize) -> Option<&'static str> {
    None
}

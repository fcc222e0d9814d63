//! The Fluent subset the catalogs are written in:
//!
//! ```ftl
//! # A comment for translators.
//! nav-check = Self-check
//! step-of = Step { $step } of { $steps }
//! passing-folded = { $n ->
//!     [one] { $n } criterion met
//!    *[other] { $n } criteria met
//! }
//! ```
//!
//! A message is one line, except that a select expression puts each variant on its own line
//! (text may follow its closing brace). Variant keys are CLDR plural categories (`zero`, `one`,
//! `two`, `few`, `many`, `other`), whole numbers, or `none` (this subset's addition: the
//! placeholder has no value, such as a quantity the engine did not report). Exactly one variant
//! is the default (`*`). `{""}` is an empty string and `{" "}` a space kept at an edge.
//! Terms, attributes, functions and nested selects are not part of the subset.

#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Text(String),
    Var(String),
    Select { var: String, variants: Vec<Variant> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub key: String,
    pub default: bool,
    pub pattern: Pattern,
}

pub type Pattern = Vec<Part>;

#[derive(Clone, Debug)]
pub struct Message {
    pub key: String,
    pub pattern: Pattern,
    pub line: usize,
}

pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Parses a catalog; errors are `line: message`.
pub fn parse(src: &str) -> Result<Vec<Message>, Vec<String>> {
    let lines: Vec<&str> = src.lines().collect();
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let start = i;
        i += 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            errors.push(format!("{}: an indented line outside a select expression", start + 1));
            continue;
        }
        let Some((key, first)) = line.split_once('=') else {
            errors.push(format!("{}: expected `key = text`", start + 1));
            continue;
        };
        let key = key.trim();
        if !valid_key(key) {
            errors.push(format!("{}: `{key}` is not a key (lower-case letters, digits, `-` and `_`)", start + 1));
            continue;
        }
        // The value runs on while the next lines are indented or close a select (`}` at the start).
        let mut raw = first.trim_start().to_string();
        while i < lines.len() && (lines[i].starts_with(char::is_whitespace) || lines[i].starts_with('}')) {
            if !lines[i].trim().is_empty() {
                raw.push('\n');
                raw.push_str(lines[i]);
            }
            i += 1;
        }
        match parse_value(&raw) {
            Ok(pattern) => out.push(Message { key: key.to_string(), pattern, line: start + 1 }),
            Err(e) => errors.push(format!("{}: {key}: {e}", start + 1)),
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

fn valid_key(k: &str) -> bool {
    k.starts_with(|c: char| c.is_ascii_lowercase())
        && k.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn valid_var(v: &str) -> bool {
    v.starts_with(|c: char| c.is_ascii_lowercase())
        && v.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn rest(&self) -> &str {
        &self.s[self.pos..]
    }
    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }
    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t')) {
            self.bump();
        }
    }
    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }
    fn eat(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }
    fn ident(&mut self) -> String {
        let start = self.pos;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            self.bump();
        }
        self.s[start..self.pos].to_string()
    }
}

fn parse_value(raw: &str) -> Result<Pattern, String> {
    let mut c = Cursor { s: raw, pos: 0 };
    let p = pattern(&mut c, false)?;
    if c.peek().is_some() {
        return Err(format!("unexpected `{}`", c.rest().chars().take(20).collect::<String>()));
    }
    Ok(p)
}

/// Text and placeholders up to the end (a message) or the end of the line (a variant).
fn pattern(c: &mut Cursor, variant: bool) -> Result<Pattern, String> {
    let mut parts: Pattern = Vec::new();
    let mut text = String::new();
    loop {
        match c.peek() {
            None => break,
            Some('\n') if variant => break,
            Some('\n') => return Err("text continues on another line: keep a message on one line".into()),
            Some('}') => return Err("a `}` without its `{`".into()),
            Some('{') => {
                c.bump();
                c.skip_spaces();
                if c.eat("\"") {
                    let end = c.rest().find('"').ok_or("an unterminated string literal")?;
                    text.push('\u{0}');
                    text.push_str(&c.rest()[..end]);
                    c.pos += end + 1;
                    c.skip_spaces();
                    if !c.eat("}") {
                        return Err("expected `}` after a string literal".into());
                    }
                    // A literal keeps its spaces: protect them from trimming with a marker.
                    text.push('\u{0}');
                    continue;
                }
                if !c.eat("$") {
                    return Err("expected `$name` or a string literal inside `{ }`".into());
                }
                let var = c.ident();
                if !valid_var(&var) {
                    return Err(format!("`${var}` is not a placeholder name (lower case, digits, `_`)"));
                }
                c.skip_spaces();
                flush(&mut parts, &mut text);
                if c.eat("}") {
                    parts.push(Part::Var(var));
                } else if c.eat("->") {
                    let variants = select(c)?;
                    parts.push(Part::Select { var, variants });
                } else {
                    return Err(format!("expected `}}` or `->` after `${var}`"));
                }
            }
            Some(_) => text.push(c.bump().unwrap_or_default()),
        }
    }
    flush(&mut parts, &mut text);
    trim_edges(&mut parts);
    Ok(parts)
}

fn select(c: &mut Cursor) -> Result<Vec<Variant>, String> {
    let mut variants = Vec::new();
    loop {
        c.skip_blank();
        if c.eat("}") {
            return Ok(variants);
        }
        let default = c.eat("*");
        if !c.eat("[") {
            return Err("expected a variant `[key]`, `*[key]` or the closing `}` of a select".into());
        }
        c.skip_spaces();
        let key = c.ident();
        c.skip_spaces();
        if !c.eat("]") {
            return Err(format!("expected `]` after variant key `{key}`"));
        }
        c.skip_spaces();
        let pattern = pattern(c, true)?;
        variants.push(Variant { key, default, pattern });
    }
}

fn flush(parts: &mut Pattern, text: &mut String) {
    if !text.is_empty() {
        parts.push(Part::Text(std::mem::take(text)));
    }
}

/// Spaces at the edges of a message or a variant are layout, not text; `{" "}` keeps one.
fn trim_edges(parts: &mut Pattern) {
    if let Some(Part::Text(t)) = parts.first_mut() {
        *t = t.trim_start().to_string();
    }
    if let Some(Part::Text(t)) = parts.last_mut() {
        *t = t.trim_end().to_string();
    }
    for p in parts.iter_mut() {
        if let Part::Text(t) = p {
            *t = t.replace('\u{0}', "");
        }
    }
    parts.retain(|p| !matches!(p, Part::Text(t) if t.is_empty()));
}

/// A select needs exactly one default variant, known keys, and no key twice.
pub fn check_pattern(p: &Pattern) -> Result<(), String> {
    for part in p {
        if let Part::Select { var, variants } = part {
            if variants.iter().filter(|v| v.default).count() != 1 {
                return Err(format!("the select on ${var} needs exactly one default variant `*[…]`"));
            }
            let mut seen = Vec::new();
            for v in variants {
                let ok = PLURAL_CATEGORIES.contains(&v.key.as_str()) || v.key == "none" || v.key.parse::<i64>().is_ok();
                if !ok {
                    return Err(format!("variant [{}] of ${var}: a plural category, a whole number or `none`", v.key));
                }
                if seen.contains(&&v.key) {
                    return Err(format!("variant [{}] of ${var} appears twice", v.key));
                }
                seen.push(&v.key);
                if v.pattern.iter().any(|p| matches!(p, Part::Select { .. })) {
                    return Err(format!("a select inside a variant of ${var} (not part of the subset)"));
                }
            }
        }
    }
    Ok(())
}

//! Reads the TOML files into the model. Every problem is collected with the file and the
//! place in it, so one run reports all of them.

use crate::model::*;
use std::path::Path;
use toml::{Table, Value as T};

/// Reads typed fields from TOML tables, recording errors instead of stopping at the first.
pub struct Reader {
    pub errors: Vec<String>,
}

impl Reader {
    fn err(&mut self, at: &str, msg: impl AsRef<str>) {
        self.errors.push(format!("{at}: {}", msg.as_ref()));
    }

    /// Fails on keys the schema does not know, so a misspelt `untill` cannot be silently ignored.
    fn only(&mut self, t: &Table, at: &str, known: &[&str]) {
        for k in t.keys() {
            if !known.contains(&k.as_str()) {
                self.err(at, format!("unknown key `{k}` (known: {})", known.join(", ")));
            }
        }
    }

    fn str(&mut self, t: &Table, at: &str, key: &str) -> String {
        match t.get(key) {
            Some(T::String(s)) if !s.trim().is_empty() => s.clone(),
            Some(_) => {
                self.err(at, format!("`{key}` must be a non-empty string"));
                String::new()
            }
            None => {
                self.err(at, format!("`{key}` is missing"));
                String::new()
            }
        }
    }

    fn opt_str(&mut self, t: &Table, at: &str, key: &str) -> String {
        match t.get(key) {
            None => String::new(),
            Some(T::String(s)) => s.clone(),
            Some(_) => {
                self.err(at, format!("`{key}` must be a string"));
                String::new()
            }
        }
    }

    fn opt_int(&mut self, t: &Table, at: &str, key: &str) -> Option<i64> {
        match t.get(key) {
            None => None,
            Some(T::Integer(i)) => Some(*i),
            Some(_) => {
                self.err(at, format!("`{key}` must be an integer"));
                None
            }
        }
    }

    fn int(&mut self, t: &Table, at: &str, key: &str) -> i64 {
        if t.get(key).is_none() {
            self.err(at, format!("`{key}` is missing"));
            return 0;
        }
        self.opt_int(t, at, key).unwrap_or(0)
    }

    fn opt_date(&mut self, t: &Table, at: &str, key: &str) -> Option<Date> {
        let v = t.get(key)?;
        let parsed = match v {
            T::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                dt.date.and_then(|d| Date::new(i32::from(d.year), d.month, d.day))
            }
            _ => None,
        };
        if parsed.is_none() {
            self.err(at, format!("`{key}` must be a plain date such as 2024-01-01"));
        }
        parsed
    }

    fn date(&mut self, t: &Table, at: &str, key: &str) -> Date {
        if t.get(key).is_none() {
            self.err(at, format!("`{key}` is missing"));
        }
        self.opt_date(t, at, key).unwrap_or(Date { y: 1900, m: 1, d: 1 })
    }

    fn confidence(&mut self, t: &Table, at: &str) -> Confidence {
        match t.get("confidence").and_then(T::as_str) {
            Some("verified") => Confidence::Verified,
            Some("derived") => Confidence::Derived,
            Some("unverified") => Confidence::Unverified,
            Some("conflict") => Confidence::Conflict,
            other => {
                self.err(at, format!("`confidence` must be verified, derived, unverified or conflict, not {other:?}"));
                Confidence::Unverified
            }
        }
    }

    fn tables<'t>(&mut self, v: Option<&'t T>, at: &str, key: &str) -> Vec<&'t Table> {
        match v {
            None => Vec::new(),
            Some(T::Array(items)) => items
                .iter()
                .filter_map(|i| {
                    let t = i.as_table();
                    if t.is_none() {
                        self.err(at, format!("`{key}` must be an array of tables"));
                    }
                    t
                })
                .collect(),
            Some(_) => {
                self.err(at, format!("`{key}` must be an array of tables"));
                Vec::new()
            }
        }
    }

    /// `cite = [{ source = "id", article = 20, paragraph = 3 }]` or `{ source, section = "..." }`.
    pub fn cites(&mut self, t: &Table, at: &str, key: &str) -> Vec<Cite> {
        let tables = self.tables(t.get(key), at, key);
        tables
            .into_iter()
            .map(|c| {
                self.only(c, at, &["source", "article", "paragraph", "section"]);
                Cite {
                    source: self.str(c, at, "source"),
                    article: self.opt_int(c, at, "article").map(|a| a as u16),
                    paragraph: self.opt_int(c, at, "paragraph").map(|p| p as u8),
                    section: Some(self.opt_str(c, at, "section")).filter(|s| !s.is_empty()),
                }
            })
            .collect()
    }
}

fn parse_file(path: &Path, errors: &mut Vec<String>) -> Table {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            errors.push(format!("{}: cannot read: {e}", path.display()));
            return Table::new();
        }
    };
    match text.parse::<Table>() {
        Ok(t) => t,
        Err(e) => {
            errors.push(format!("{}: not valid TOML: {e}", path.display()));
            Table::new()
        }
    }
}

fn grade(r: &mut Reader, t: &Table, at: &str) -> Grade {
    match t.get("grade").and_then(T::as_str) {
        Some("A") => Grade::A,
        Some("B") => Grade::B,
        Some("C") => Grade::C,
        other => {
            r.err(at, format!("`grade` must be A, B or C, not {other:?}"));
            Grade::C
        }
    }
}

/// The `[hosts]` table: for each grade, the host suffixes its links may point to.
pub fn hosts(r: &mut Reader, file: &str, t: &Table) -> Hosts {
    let at = format!("{file} [hosts]");
    let Some(T::Table(h)) = t.get("hosts") else {
        r.err(file, "`[hosts]` (the allowed link hosts per grade) is missing");
        return Hosts::default();
    };
    r.only(h, &at, &["A", "B", "C"]);
    let mut list = |key: &str| -> Vec<String> {
        match h.get(key) {
            Some(T::Array(a)) => a
                .iter()
                .filter_map(|v| match v.as_str() {
                    Some(s) if !s.is_empty() => Some(s.to_string()),
                    _ => {
                        r.err(&at, format!("`{key}` must list non-empty host suffixes"));
                        None
                    }
                })
                .collect(),
            _ => {
                r.err(&at, format!("`{key}` must be a list of host suffixes"));
                Vec::new()
            }
        }
    };
    Hosts { a: list("A"), b: list("B"), c: list("C") }
}

pub fn sources(r: &mut Reader, file: &str, t: &Table) -> Vec<Source> {
    r.only(t, file, &["hosts", "source"]);
    let tables = r.tables(t.get("source"), file, "source");
    tables
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let at = format!("{file} source #{}", i + 1);
            r.only(
                s,
                &at,
                &[
                    "id",
                    "title",
                    "title_en",
                    "issuer",
                    "issuer_en",
                    "version",
                    "published",
                    "effective",
                    "url",
                    "search_in",
                    "search_in_en",
                    "news_url",
                    "grade",
                    "kind",
                    "note",
                ],
            );
            Source {
                id: r.str(s, &at, "id"),
                title: r.str(s, &at, "title"),
                title_en: r.str(s, &at, "title_en"),
                issuer: r.str(s, &at, "issuer"),
                issuer_en: r.str(s, &at, "issuer_en"),
                version: r.opt_str(s, &at, "version"),
                published: r.opt_date(s, &at, "published"),
                effective: r.opt_date(s, &at, "effective"),
                url: s.contains_key("url").then(|| r.str(s, &at, "url")),
                search_in: r.opt_str(s, &at, "search_in"),
                search_in_en: r.opt_str(s, &at, "search_in_en"),
                news_url: s.contains_key("news_url").then(|| r.str(s, &at, "news_url")),
                grade: grade(r, s, &at),
                kind: r.str(s, &at, "kind"),
                note: r.opt_str(s, &at, "note"),
            }
        })
        .collect()
}

/// Converts a TOML float with at most one decimal into tenths, refusing anything finer.
fn tenths(r: &mut Reader, at: &str, v: &T) -> i64 {
    match v {
        T::Float(f) => {
            let t = (f * 10.0).round();
            if ((f * 10.0) - t).abs() > 1e-6 {
                r.err(at, format!("{f} has more than one decimal place"));
            }
            t as i64
        }
        _ => {
            r.err(at, "expected a decimal number such as 160.0");
            0
        }
    }
}

fn half_rule(r: &mut Reader, at: &str, v: Option<&T>, which: &str) -> HalfRule {
    let Some(t) = v.and_then(T::as_table) else {
        r.err(at, format!("track value needs a `{which}` table"));
        return HalfRule { outcome: String::new(), cap: None, reason: String::new(), confidence: None };
    };
    r.only(t, at, &["outcome", "cap", "reason", "confidence"]);
    let rule = HalfRule {
        outcome: r.str(t, at, "outcome"),
        cap: r.opt_int(t, at, "cap"),
        reason: r.str(t, at, "reason"),
        confidence: t.contains_key("confidence").then(|| r.confidence(t, at)),
    };
    if !["pass", "fail", "needs_check"].contains(&rule.outcome.as_str()) {
        r.err(at, format!("outcome must be pass, fail or needs_check, not `{}`", rule.outcome));
    }
    if rule.outcome != "fail" && rule.cap.is_none() {
        r.err(at, format!("`{which}` admits people but gives no age `cap`"));
    }
    rule
}

fn span(r: &mut Reader, at: &str, v: Option<&T>) -> Option<Span> {
    let t = v?.as_table();
    let Some(t) = t else {
        r.err(at, "a span must be a table { min = .., max = .. }");
        return None;
    };
    r.only(t, at, &["min", "max"]);
    let min = t.get("min").map(|m| tenths(r, at, m));
    if min.is_none() {
        r.err(at, "a span needs `min`");
    }
    Some(Span { min: min.unwrap_or(0), max: t.get("max").map(|m| tenths(r, at, m)) })
}

/// Infers a value's shape from the TOML (see [`Value`]).
fn value(r: &mut Reader, at: &str, v: Option<&T>) -> Value {
    let Some(v) = v else { return Value::Rule };
    match v {
        T::Float(_) => Value::Dec(tenths(r, at, v)),
        T::Integer(i) => Value::Int(*i),
        T::Table(t) if t.contains_key("h1") || t.contains_key("h2") => {
            r.only(t, at, &["h1", "h2"]);
            Value::Track { h1: half_rule(r, at, t.get("h1"), "h1"), h2: half_rule(r, at, t.get("h2"), "h2") }
        }
        T::Table(t) if t.contains_key("male") || t.contains_key("female") => {
            r.only(t, at, &["male", "female"]);
            Value::SexSpans { male: span(r, at, t.get("male")), female: span(r, at, t.get("female")) }
        }
        T::Table(t) if t.contains_key("undergraduate") => {
            r.only(t, at, &["undergraduate", "postgraduate"]);
            Value::CapPair { undergraduate: r.int(t, at, "undergraduate"), postgraduate: r.int(t, at, "postgraduate") }
        }
        T::Table(t) if t.contains_key("min") => {
            r.only(t, at, &["min", "max"]);
            Value::IntRange { min: r.int(t, at, "min"), max: r.int(t, at, "max") }
        }
        _ => {
            r.err(at, format!("cannot tell the shape of value {v}"));
            Value::Rule
        }
    }
}

/// A params file: every top-level key is a parameter id holding an array of dated entries.
pub fn params(r: &mut Reader, file: &str, t: &Table) -> Vec<Param> {
    t.iter()
        .map(|(id, v)| {
            let tables = r.tables(Some(v), &format!("{file} [{id}]"), id);
            let entries = tables
                .into_iter()
                .enumerate()
                .map(|(i, e)| {
                    let at = format!("{file} {id} #{}", i + 1);
                    r.only(e, &at, &["from", "until", "value", "cite", "confidence", "excerpt"]);
                    if !e.contains_key("cite") {
                        r.err(&at, "has no `cite`: every value needs a source");
                    }
                    Entry {
                        from: r.date(e, &at, "from"),
                        until: r.opt_date(e, &at, "until"),
                        value: value(r, &at, e.get("value")),
                        cite: r.cites(e, &at, "cite"),
                        confidence: r.confidence(e, &at),
                        excerpt: r.opt_str(e, &at, "excerpt"),
                    }
                })
                .collect();
            Param { id: id.clone(), file: file.to_string(), entries }
        })
        .collect()
}

pub fn rounds(r: &mut Reader, file: &str, t: &Table) -> Vec<Round> {
    r.only(t, file, &["round"]);
    let tables = r.tables(t.get("round"), file, "round");
    tables
        .into_iter()
        .map(|rt| {
            let id = r.str(rt, file, "id");
            let at = format!("{file} round {id}");
            r.only(
                rt,
                &at,
                &[
                    "id",
                    "notice",
                    "conscription_from",
                    "conscription_until",
                    "conscription_cite",
                    "conscription_confidence",
                    "approval",
                    "window",
                ],
            );
            let (year, half) = match id.split_once("-H") {
                Some((y, h)) => (y.parse().unwrap_or(0), h.parse().unwrap_or(0)),
                None => (0, 0),
            };
            if !(2000..=2100).contains(&year) || !(1..=2).contains(&half) {
                r.err(&at, "round id must look like 2026-H1 or 2026-H2");
            }
            let conf_table = rt
                .get("conscription_confidence")
                .map(|c| {
                    let mut t = Table::new();
                    t.insert("confidence".into(), c.clone());
                    t
                })
                .unwrap_or_default();
            let window_tables = r.tables(rt.get("window"), &at, "window");
            let windows = window_tables
                .into_iter()
                .map(|w| {
                    r.only(w, &at, &["sex", "opens", "closes", "closes_alt", "cite", "confidence"]);
                    Window {
                        sex: r.str(w, &at, "sex"),
                        opens: r.date(w, &at, "opens"),
                        closes: r.date(w, &at, "closes"),
                        closes_alt: r.opt_date(w, &at, "closes_alt"),
                        cite: r.cites(w, &at, "cite"),
                        confidence: r.confidence(w, &at),
                    }
                })
                .collect();
            Round {
                year,
                half: half as u8,
                notice: r.cites(rt, &at, "notice"),
                conscription_from: r.date(rt, &at, "conscription_from"),
                conscription_until: r.date(rt, &at, "conscription_until"),
                conscription_cite: r.cites(rt, &at, "conscription_cite"),
                conscription_confidence: r.confidence(&conf_table, &at),
                approval: r.date(rt, &at, "approval"),
                windows,
                id,
            }
        })
        .collect()
}

pub fn places(r: &mut Reader, file: &str, t: &Table) -> (Vec<Province>, Vec<Place>) {
    r.only(t, file, &["province", "place"]);
    let provinces = r
        .tables(t.get("province"), file, "province")
        .into_iter()
        .map(|p| {
            r.only(p, file, &["code", "name", "name_en"]);
            Province { code: r.str(p, file, "code"), name: r.str(p, file, "name"), name_en: r.str(p, file, "name_en") }
        })
        .collect();
    let places = r
        .tables(t.get("place"), file, "place")
        .into_iter()
        .map(|p| {
            r.only(p, file, &["id", "province", "name", "name_en"]);
            Place {
                id: r.str(p, file, "id"),
                province: r.str(p, file, "province"),
                name: r.str(p, file, "name"),
                name_en: r.str(p, file, "name_en"),
            }
        })
        .collect();
    (provinces, places)
}

pub fn records(r: &mut Reader, file: &str, t: &Table) -> Vec<LocalRecord> {
    r.only(t, file, &["record"]);
    let tables = r.tables(t.get("record"), file, "record");
    tables
        .into_iter()
        .enumerate()
        .map(|(i, rec)| {
            let at = format!("{file} record #{}", i + 1);
            r.only(
                rec,
                &at,
                &["kind", "place", "year", "amount", "by_education", "adjust", "cite", "confidence", "excerpt"],
            );
            let amount = match rec.get("amount").and_then(T::as_table) {
                Some(a) => {
                    r.only(a, &at, &["kind", "yuan", "share_pct", "statistic", "stat_year", "stat_yuan", "stat_cite"]);
                    Amount {
                        kind: r.str(a, &at, "kind"),
                        yuan: r.opt_int(a, &at, "yuan"),
                        share_pct: r.opt_int(a, &at, "share_pct"),
                        statistic: Some(r.opt_str(a, &at, "statistic")).filter(|s| !s.is_empty()),
                        stat_year: r.opt_int(a, &at, "stat_year").map(|y| y as i32),
                        stat_yuan: r.opt_int(a, &at, "stat_yuan"),
                        stat_cite: r.cites(a, &at, "stat_cite"),
                    }
                }
                None => {
                    r.err(&at, "`amount` table is missing");
                    Amount {
                        kind: String::new(),
                        yuan: None,
                        share_pct: None,
                        statistic: None,
                        stat_year: None,
                        stat_yuan: None,
                        stat_cite: Vec::new(),
                    }
                }
            };
            let by_education = match rec.get("by_education").and_then(T::as_table) {
                Some(b) => b.iter().map(|(k, v)| (k.clone(), v.as_integer().unwrap_or(-1))).collect(),
                None => Vec::new(),
            };
            let adjust_tables = r.tables(rec.get("adjust"), &at, "adjust");
            let adjust = adjust_tables
                .into_iter()
                .map(|a| {
                    r.only(a, &at, &["when", "pct_min", "pct_max", "pct", "add_yuan", "confidence"]);
                    let pct = r.opt_int(a, &at, "pct");
                    Adjust {
                        when: r.str(a, &at, "when"),
                        pct_min: r.opt_int(a, &at, "pct_min").or(pct),
                        pct_max: r.opt_int(a, &at, "pct_max").or(pct),
                        add_yuan: r.opt_int(a, &at, "add_yuan"),
                        confidence: if a.contains_key("confidence") {
                            r.confidence(a, &at)
                        } else {
                            Confidence::Verified
                        },
                    }
                })
                .collect();
            LocalRecord {
                kind: r.str(rec, &at, "kind"),
                place: r.str(rec, &at, "place"),
                year: r.int(rec, &at, "year") as i32,
                amount,
                by_education,
                adjust,
                cite: r.cites(rec, &at, "cite"),
                confidence: r.confidence(rec, &at),
                excerpt: r.opt_str(rec, &at, "excerpt"),
            }
        })
        .collect()
}

pub fn statistics(r: &mut Reader, file: &str, t: &Table) -> Vec<Statistic> {
    r.only(t, file, &["statistic"]);
    let tables = r.tables(t.get("statistic"), file, "statistic");
    tables
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let at = format!("{file} statistic #{}", i + 1);
            r.only(s, &at, &["statistic", "province", "year", "yuan", "cite"]);
            let tenths = match s.get("yuan") {
                Some(T::Integer(i)) => i * 10,
                Some(v @ T::Float(_)) => tenths(r, &at, v),
                _ => {
                    r.err(&at, "`yuan` must be a number");
                    0
                }
            };
            Statistic {
                statistic: r.str(s, &at, "statistic"),
                province: r.str(s, &at, "province"),
                year: r.int(s, &at, "year") as i32,
                tenths,
                cite: r.cites(s, &at, "cite"),
            }
        })
        .collect()
}

/// Loads every data file under `root` (the `data/` folder). Files are read in a fixed order so
/// the generated code does not change between machines.
pub fn load(root: &Path) -> (Data, Vec<String>) {
    let mut errors = Vec::new();
    let mut r = Reader { errors: Vec::new() };
    let mut data = Data::default();
    let rel = |p: &Path| p.strip_prefix(root).unwrap_or(p).display().to_string();

    let s = root.join("sources.toml");
    let table = parse_file(&s, &mut errors);
    data.sources = sources(&mut r, &rel(&s), &table);
    data.hosts = hosts(&mut r, &rel(&s), &table);
    let s = root.join("rounds.toml");
    data.rounds = rounds(&mut r, &rel(&s), &parse_file(&s, &mut errors));
    let s = root.join("places.toml");
    (data.provinces, data.places) = places(&mut r, &rel(&s), &parse_file(&s, &mut errors));
    let s = root.join("local.toml");
    data.records = records(&mut r, &rel(&s), &parse_file(&s, &mut errors));
    let s = root.join("statistics.toml");
    data.statistics = statistics(&mut r, &rel(&s), &parse_file(&s, &mut errors));

    let mut files: Vec<_> = std::fs::read_dir(root.join("params"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    files.sort();
    if files.is_empty() {
        errors.push(format!("{}: no params/*.toml files", root.display()));
    }
    for f in files {
        for p in params(&mut r, &rel(&f), &parse_file(&f, &mut errors)) {
            if let Some(prev) = data.params.get(&p.id) {
                errors.push(format!("{}: parameter `{}` is also defined in {}", p.file, p.id, prev.file));
            }
            data.params.insert(p.id.clone(), p);
        }
    }
    errors.extend(r.errors);
    (data, errors)
}

//! Reads the TOML files into the model. The shape of each file is a serde-derived `Raw*` struct
//! with `deny_unknown_fields` (a misspelt `untill` is refused, with toml's line and column); the
//! checks serde cannot express (one decimal at most, an admitting track needs an age cap, round ids)
//! run on the result and are collected, so one run reports every problem of every file (serde stops
//! at the first problem of a file).

use crate::model::*;
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use toml::Value as T;

/// Collects the problems found while turning raw files into the model.
#[derive(Default)]
pub struct Problems {
    pub errors: Vec<String>,
}

impl Problems {
    fn err(&mut self, at: &str, msg: impl AsRef<str>) {
        self.errors.push(format!("{at}: {}", msg.as_ref()));
    }
}

// ---- field types with their own checks -------------------------------------------------------

/// A plain calendar date (no time, no offset) that exists.
#[derive(Clone, Copy)]
struct PlainDate(Date);

impl<'de> Deserialize<'de> for PlainDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let dt = toml::value::Datetime::deserialize(d)?;
        match (dt.date, dt.time, dt.offset) {
            (Some(date), None, None) => Date::new(i32::from(date.year), date.month, date.day)
                .map(PlainDate)
                .ok_or_else(|| de::Error::custom(format!("{dt} must be a plain date such as 2024-01-01"))),
            _ => Err(de::Error::custom(format!("{dt} must be a plain date such as 2024-01-01"))),
        }
    }
}

/// A source's date: a plain date, or only a year where the page shows no day (`published = 2024`),
/// so that no made-up 1 January is ever shown as a date.
enum DateOrYear {
    Date(Date),
    Year(i32),
}

impl<'de> Deserialize<'de> for DateOrYear {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match toml::Value::deserialize(d)? {
            toml::Value::Integer(y) if (1900..=2200).contains(&y) => Ok(DateOrYear::Year(y as i32)),
            toml::Value::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(date), None, None) => Date::new(i32::from(date.year), date.month, date.day)
                    .map(DateOrYear::Date)
                    .ok_or_else(|| de::Error::custom(format!("{dt} is not a date"))),
                _ => Err(de::Error::custom(format!("{dt} must be a plain date such as 2024-03-15 or a year"))),
            },
            v => Err(de::Error::custom(format!("{v} must be a plain date such as 2024-03-15 or a year such as 2024"))),
        }
    }
}

/// A string that is not blank.
struct Text(String);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s.trim().is_empty() { Err(de::Error::custom("must be a non-empty string")) } else { Ok(Text(s)) }
    }
}

impl<'de> Deserialize<'de> for Confidence {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(match s.as_str() {
            "verified" => Confidence::Verified,
            "derived" => Confidence::Derived,
            "unverified" => Confidence::Unverified,
            "conflict" => Confidence::Conflict,
            other => {
                return Err(de::Error::custom(format!(
                    "`confidence` must be verified, derived, unverified or conflict, not {other:?}"
                )));
            }
        })
    }
}

impl<'de> Deserialize<'de> for Grade {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(match s.as_str() {
            "A" => Grade::A,
            "B" => Grade::B,
            "C" => Grade::C,
            other => return Err(de::Error::custom(format!("`grade` must be A, B or C, not {other:?}"))),
        })
    }
}

/// A decimal with at most one place, in tenths (160.0 -> 1600); anything finer is refused.
fn tenths_of(f: f64) -> Result<i64, String> {
    let t = (f * 10.0).round();
    if ((f * 10.0) - t).abs() > 1e-6 { Err(format!("{f} has more than one decimal place")) } else { Ok(t as i64) }
}

/// A one-place decimal in tenths; an integer is refused where a decimal is meant (160 for 160.0).
struct Tenths(i64);

impl<'de> Deserialize<'de> for Tenths {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Tenths;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a decimal number such as 160.0")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Tenths, E> {
                tenths_of(v).map(Tenths).map_err(E::custom)
            }
        }
        d.deserialize_f64(V)
    }
}

/// Yuan as a whole number or with one decimal, in tenths (59306.6 -> 593066).
struct YuanTenths(i64);

impl<'de> Deserialize<'de> for YuanTenths {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = YuanTenths;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`yuan` must be a number")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<YuanTenths, E> {
                Ok(YuanTenths(v * 10))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<YuanTenths, E> {
                tenths_of(v).map(YuanTenths).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

// ---- the files' shapes ------------------------------------------------------------------------

/// `{ source = "id", article = 20, paragraph = 3 }` or `{ source, section = "..." }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCite {
    source: Text,
    article: Option<u16>,
    paragraph: Option<u8>,
    section: Option<String>,
}

fn cites(raw: Vec<RawCite>) -> Vec<Cite> {
    raw.into_iter()
        .map(|c| Cite {
            source: c.source.0,
            article: c.article,
            paragraph: c.paragraph,
            section: c.section.filter(|s| !s.is_empty()),
        })
        .collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    hosts: Option<RawHosts>,
    #[serde(default)]
    source: Vec<RawSource>,
}

/// `[hosts]`: for each grade, the host suffixes its links may point to.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHosts {
    #[serde(rename = "A")]
    a: Vec<Text>,
    #[serde(rename = "B")]
    b: Vec<Text>,
    #[serde(rename = "C")]
    c: Vec<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Text,
    title: Text,
    title_en: Text,
    issuer: Text,
    issuer_en: Text,
    #[serde(default)]
    version: String,
    published: Option<DateOrYear>,
    effective: Option<DateOrYear>,
    url: Option<Text>,
    #[serde(default)]
    search_in: String,
    #[serde(default)]
    search_in_en: String,
    news_url: Option<Text>,
    grade: Grade,
    kind: Text,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    from: PlainDate,
    until: Option<PlainDate>,
    /// Its shape is inferred (see [`value`]), so it is read as TOML first.
    value: Option<T>,
    cite: Option<Vec<RawCite>>,
    confidence: Confidence,
    #[serde(default)]
    excerpt: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHalf {
    outcome: Text,
    cap: Option<i64>,
    reason: Text,
    confidence: Option<Confidence>,
    #[serde(default)]
    cite: Vec<RawCite>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrack {
    h1: RawHalf,
    h2: RawHalf,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpan {
    min: Tenths,
    max: Option<Tenths>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSexSpans {
    male: Option<RawSpan>,
    female: Option<RawSpan>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCapPair {
    undergraduate: i64,
    postgraduate: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIntRange {
    min: i64,
    max: i64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoundsFile {
    #[serde(default)]
    round: Vec<RawRound>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRound {
    id: Text,
    #[serde(default)]
    notice: Vec<RawCite>,
    notice_expected: Option<PlainDate>,
    conscription_from: PlainDate,
    conscription_until: PlainDate,
    #[serde(default)]
    conscription_cite: Vec<RawCite>,
    conscription_confidence: Confidence,
    approval: PlainDate,
    #[serde(default)]
    window: Vec<RawWindow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWindow {
    sex: Text,
    opens: PlainDate,
    closes: PlainDate,
    closes_alt: Option<PlainDate>,
    #[serde(default)]
    cite: Vec<RawCite>,
    confidence: Confidence,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    #[serde(default)]
    province: Vec<RawProvince>,
    #[serde(default)]
    place: Vec<RawPlace>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProvince {
    code: Text,
    name: Text,
    name_en: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: Text,
    province: Text,
    name: Text,
    name_en: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocalFile {
    #[serde(default)]
    record: Vec<RawRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecord {
    kind: Text,
    place: Text,
    year: i32,
    amount: RawAmount,
    #[serde(default)]
    by_education: BTreeMap<String, i64>,
    #[serde(default)]
    adjust: Vec<RawAdjust>,
    enlist_until: Option<i32>,
    #[serde(default)]
    paid_after_service: bool,
    #[serde(default)]
    per_year_served: bool,
    #[serde(default)]
    cite: Vec<RawCite>,
    confidence: Confidence,
    #[serde(default)]
    excerpt: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAmount {
    kind: Text,
    yuan: Option<i64>,
    share_pct: Option<i64>,
    statistic: Option<String>,
    /// Whose statistic (a province code or a place id), as in statistics.toml.
    stat_area: Option<String>,
    stat_year: Option<i32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdjust {
    when: Text,
    pct_min: Option<i64>,
    pct_max: Option<i64>,
    /// Shorthand for `pct_min = pct_max`.
    pct: Option<i64>,
    add_yuan: Option<i64>,
    of_yuan: Option<i64>,
    confidence: Option<Confidence>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatisticsFile {
    #[serde(default)]
    statistic: Vec<RawStatistic>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatistic {
    statistic: Text,
    area: Text,
    year: i32,
    yuan: YuanTenths,
    #[serde(default)]
    cite: Vec<RawCite>,
}

// ---- raw -> model -----------------------------------------------------------------------------

/// Parses one file's text into its raw shape; a problem is reported with the file's name.
fn parse<R: for<'de> Deserialize<'de>>(file: &str, text: &str, p: &mut Problems) -> Option<R> {
    toml::from_str(text).map_err(|e| p.errors.push(format!("{file}: {e}"))).ok()
}

/// Reads a sub-table of a value into its raw shape; a problem names the entry.
fn sub<R: for<'de> Deserialize<'de>>(v: &T, at: &str, p: &mut Problems) -> Option<R> {
    v.clone().try_into().map_err(|e: toml::de::Error| p.err(at, e.message())).ok()
}

fn half_rule(raw: RawHalf, at: &str, which: &str, p: &mut Problems) -> HalfRule {
    let rule = HalfRule {
        outcome: raw.outcome.0,
        cap: raw.cap,
        reason: raw.reason.0,
        confidence: raw.confidence,
        cite: cites(raw.cite),
    };
    if !["pass", "fail", "needs_check"].contains(&rule.outcome.as_str()) {
        p.err(at, format!("outcome must be pass, fail or needs_check, not `{}`", rule.outcome));
    }
    if rule.outcome != "fail" && rule.cap.is_none() {
        p.err(at, format!("`{which}` admits people but gives no age `cap`"));
    }
    rule
}

fn span(raw: Option<RawSpan>) -> Option<Span> {
    raw.map(|s| Span { min: s.min.0, max: s.max.map(|m| m.0) })
}

/// Infers a value's shape from the TOML (see [`Value`]).
fn value(v: Option<T>, at: &str, p: &mut Problems) -> Value {
    let Some(v) = v else { return Value::Rule };
    let has = |k: &str| v.as_table().is_some_and(|t| t.contains_key(k));
    match &v {
        T::Float(f) => Value::Dec(tenths_of(*f).unwrap_or_else(|e| {
            p.err(at, e);
            0
        })),
        T::Integer(i) => Value::Int(*i),
        T::Table(_) if has("h1") || has("h2") => match sub::<RawTrack>(&v, at, p) {
            Some(t) => Value::Track { h1: half_rule(t.h1, at, "h1", p), h2: half_rule(t.h2, at, "h2", p) },
            None => Value::Rule,
        },
        T::Table(_) if has("male") || has("female") => sub::<RawSexSpans>(&v, at, p)
            .map_or(Value::Rule, |s| Value::SexSpans { male: span(s.male), female: span(s.female) }),
        T::Table(_) if has("undergraduate") => sub::<RawCapPair>(&v, at, p)
            .map_or(Value::Rule, |c| Value::CapPair { undergraduate: c.undergraduate, postgraduate: c.postgraduate }),
        T::Table(_) if has("min") => {
            sub::<RawIntRange>(&v, at, p).map_or(Value::Rule, |r| Value::IntRange { min: r.min, max: r.max })
        }
        _ => {
            p.err(at, format!("cannot tell the shape of value {v}"));
            Value::Rule
        }
    }
}

/// The sources file: its sources and the `[hosts]` allowlist their links are checked against.
pub fn sources(file: &str, text: &str, p: &mut Problems) -> (Vec<Source>, Hosts) {
    let Some(raw) = parse::<SourcesFile>(file, text, p) else { return Default::default() };
    let texts = |v: Vec<Text>| v.into_iter().map(|t| t.0).collect();
    let hosts = match raw.hosts {
        Some(h) => Hosts { a: texts(h.a), b: texts(h.b), c: texts(h.c) },
        None => {
            p.err(file, "`[hosts]` (the allowed link hosts per grade) is missing");
            Hosts::default()
        }
    };
    let sources = raw
        .source
        .into_iter()
        .map(|s| {
            // A year stands for its 1 January in comparisons; `year_only` keeps it from being
            // shown as that day. One source gives its dates one way.
            let year = |d: &Option<DateOrYear>| matches!(d, Some(DateOrYear::Year(_)));
            let day = |d: &Option<DateOrYear>| matches!(d, Some(DateOrYear::Date(_)));
            let year_only = year(&s.published) || year(&s.effective);
            if year_only && (day(&s.published) || day(&s.effective)) {
                p.err(
                    &format!("{file} [{}]", s.id.0),
                    "gives one date as a year and the other as a day: give both the same way",
                );
            }
            let date = |d: Option<DateOrYear>| {
                d.and_then(|d| match d {
                    DateOrYear::Date(d) => Some(d),
                    DateOrYear::Year(y) => Date::new(y, 1, 1),
                })
            };
            (s, year_only, date)
        })
        .map(|(s, year_only, date)| Source {
            id: s.id.0,
            title: s.title.0,
            title_en: s.title_en.0,
            issuer: s.issuer.0,
            issuer_en: s.issuer_en.0,
            version: s.version,
            published: date(s.published),
            effective: date(s.effective),
            year_only,
            url: s.url.map(|u| u.0),
            search_in: s.search_in,
            search_in_en: s.search_in_en,
            news_url: s.news_url.map(|u| u.0),
            grade: s.grade,
            kind: s.kind.0,
            note: s.note,
        })
        .collect();
    (sources, hosts)
}

/// A params file: every top-level key is a parameter id holding an array of dated entries.
pub fn params(file: &str, text: &str, p: &mut Problems) -> Vec<Param> {
    let Some(raw) = parse::<BTreeMap<String, Vec<RawEntry>>>(file, text, p) else { return Vec::new() };
    raw.into_iter()
        .map(|(id, entries)| {
            let entries = entries
                .into_iter()
                .enumerate()
                .map(|(i, e)| {
                    let at = format!("{file} {id} #{}", i + 1);
                    if e.cite.is_none() {
                        p.err(&at, "has no `cite`: every value needs a source");
                    }
                    Entry {
                        from: e.from.0,
                        until: e.until.map(|d| d.0),
                        value: value(e.value, &at, p),
                        cite: cites(e.cite.unwrap_or_default()),
                        confidence: e.confidence,
                        excerpt: e.excerpt,
                    }
                })
                .collect();
            Param { id, file: file.to_string(), entries }
        })
        .collect()
}

fn rounds(file: &str, raw: RoundsFile, p: &mut Problems) -> Vec<Round> {
    raw.round
        .into_iter()
        .map(|rt| {
            let id = rt.id.0;
            let (year, half) = match id.split_once("-H") {
                Some((y, h)) => (y.parse().unwrap_or(0), h.parse().unwrap_or(0)),
                None => (0, 0),
            };
            if !(2000..=2100).contains(&year) || !(1..=2).contains(&half) {
                p.err(&format!("{file} round {id}"), "round id must look like 2026-H1 or 2026-H2");
            }
            let windows = rt
                .window
                .into_iter()
                .map(|w| Window {
                    sex: w.sex.0,
                    opens: w.opens.0,
                    closes: w.closes.0,
                    closes_alt: w.closes_alt.map(|d| d.0),
                    cite: cites(w.cite),
                    confidence: w.confidence,
                })
                .collect();
            Round {
                year,
                half,
                notice: cites(rt.notice),
                notice_expected: rt.notice_expected.map(|d| d.0),
                conscription_from: rt.conscription_from.0,
                conscription_until: rt.conscription_until.0,
                conscription_cite: cites(rt.conscription_cite),
                conscription_confidence: rt.conscription_confidence,
                approval: rt.approval.0,
                windows,
                id,
            }
        })
        .collect()
}

fn places(raw: PlacesFile) -> (Vec<Province>, Vec<Place>) {
    let provinces =
        raw.province.into_iter().map(|p| Province { code: p.code.0, name: p.name.0, name_en: p.name_en.0 }).collect();
    let places = raw
        .place
        .into_iter()
        .map(|p| Place { id: p.id.0, province: p.province.0, name: p.name.0, name_en: p.name_en.0 })
        .collect();
    (provinces, places)
}

fn records(raw: LocalFile) -> Vec<LocalRecord> {
    raw.record
        .into_iter()
        .map(|rec| {
            let a = rec.amount;
            LocalRecord {
                kind: rec.kind.0,
                place: rec.place.0,
                year: rec.year,
                amount: Amount {
                    kind: a.kind.0,
                    yuan: a.yuan,
                    share_pct: a.share_pct,
                    statistic: a.statistic.filter(|s| !s.is_empty()),
                    stat_area: a.stat_area.filter(|s| !s.is_empty()),
                    stat_year: a.stat_year,
                },
                by_education: rec.by_education.into_iter().collect(),
                adjust: rec
                    .adjust
                    .into_iter()
                    .map(|a| Adjust {
                        when: a.when.0,
                        pct_min: a.pct_min.or(a.pct),
                        pct_max: a.pct_max.or(a.pct),
                        add_yuan: a.add_yuan,
                        of_yuan: a.of_yuan,
                        confidence: a.confidence.unwrap_or(Confidence::Verified),
                    })
                    .collect(),
                enlist_until: rec.enlist_until,
                paid_after_service: rec.paid_after_service,
                per_year_served: rec.per_year_served,
                cite: cites(rec.cite),
                confidence: rec.confidence,
                excerpt: rec.excerpt,
            }
        })
        .collect()
}

fn statistics(raw: StatisticsFile) -> Vec<Statistic> {
    raw.statistic
        .into_iter()
        .map(|s| Statistic {
            statistic: s.statistic.0,
            area: s.area.0,
            year: s.year,
            tenths: s.yuan.0,
            cite: cites(s.cite),
        })
        .collect()
}

/// Loads every data file under `root` (the `data/` folder). Files are read in a fixed order so
/// the generated code does not change between machines.
pub fn load(root: &Path) -> (Data, Vec<String>) {
    let mut p = Problems::default();
    let mut data = Data::default();
    let rel = |f: &Path| f.strip_prefix(root).unwrap_or(f).display().to_string();
    let read = |name: &str, p: &mut Problems| -> (String, String) {
        let path = root.join(name);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            p.errors.push(format!("{}: cannot read: {e}", path.display()));
            String::new()
        });
        (rel(&path), text)
    };

    let (file, text) = read("sources.toml", &mut p);
    (data.sources, data.hosts) = sources(&file, &text, &mut p);
    let (file, text) = read("rounds.toml", &mut p);
    data.rounds = parse(&file, &text, &mut p).map(|r| rounds(&file, r, &mut p)).unwrap_or_default();
    let (file, text) = read("places.toml", &mut p);
    (data.provinces, data.places) = parse(&file, &text, &mut p).map(places).unwrap_or_default();
    let (file, text) = read("local.toml", &mut p);
    data.records = parse(&file, &text, &mut p).map(records).unwrap_or_default();
    let (file, text) = read("statistics.toml", &mut p);
    data.statistics = parse(&file, &text, &mut p).map(statistics).unwrap_or_default();

    let mut files: Vec<_> = std::fs::read_dir(root.join("params"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|f| f.extension().is_some_and(|e| e == "toml"));
    files.sort();
    if files.is_empty() {
        p.errors.push(format!("{}: no params/*.toml files", root.display()));
    }
    for f in files {
        let (file, text) = read(&rel(&f).replace('\\', "/"), &mut p);
        for param in params(&file, &text, &mut p) {
            if let Some(prev) = data.params.get(&param.id) {
                p.errors.push(format!("{}: parameter `{}` is also defined in {}", param.file, param.id, prev.file));
            }
            data.params.insert(param.id.clone(), param);
        }
    }
    (data, p.errors)
}

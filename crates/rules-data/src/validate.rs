//! Cross-checks the whole data set: every citation names a known source, date ranges of a
//! parameter never overlap, every value of a parameter has one shape, places and rounds agree.

use crate::model::*;
use std::collections::BTreeSet;

fn check_cites(errors: &mut Vec<String>, ids: &BTreeSet<&str>, at: &str, cites: &[Cite], required: bool) {
    if required && cites.is_empty() {
        errors.push(format!("{at}: has no source (an empty `cite`)"));
    }
    for c in cites {
        if !ids.contains(c.source.as_str()) {
            errors.push(format!("{at}: cites unknown source id `{}`", c.source));
        }
        if c.paragraph.is_some() && c.article.is_none() {
            errors.push(format!("{at}: a paragraph without an article in a citation of `{}`", c.source));
        }
    }
}

/// Checks a parameter's dated entries: ordered, non-overlapping, one shape.
pub fn param(errors: &mut Vec<String>, ids: &BTreeSet<&str>, p: &Param) {
    let at = format!("{} [{}]", p.file, p.id);
    if p.entries.is_empty() {
        errors.push(format!("{at}: has no values"));
        return;
    }
    let shape = p.entries[0].value.shape();
    for (i, e) in p.entries.iter().enumerate() {
        let at = format!("{at} #{}", i + 1);
        check_cites(errors, ids, &at, &e.cite, true);
        if let Value::Track { h1, h2 } = &e.value {
            check_cites(errors, ids, &format!("{at} h1"), &h1.cite, false);
            check_cites(errors, ids, &format!("{at} h2"), &h2.cite, false);
        }
        if e.value.shape() != shape {
            errors.push(format!("{at}: is a {} but the first value is a {shape}", e.value.shape()));
        }
        if let Some(until) = e.until
            && until < e.from
        {
            errors.push(format!("{at}: ends ({until}) before it starts ({})", e.from));
        }
        if let Value::IntRange { min, max } = e.value
            && min > max
        {
            errors.push(format!("{at}: range min {min} is above max {max}"));
        }
    }
    let mut sorted: Vec<&Entry> = p.entries.iter().collect();
    sorted.sort_by_key(|e| e.from);
    for pair in sorted.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        match a.until {
            Some(until) if until < b.from => {}
            _ => errors.push(format!(
                "{at}: the value from {} overlaps the value from {} (date ranges must not overlap)",
                a.from, b.from
            )),
        }
    }
}

/// The host of an absolute http(s) address without spaces, lower-cased; `None` for anything else.
pub fn host(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    (!url.contains(' ') && !host.is_empty()).then_some(host)
}

/// A raw address (IPv4 or IPv6) says nothing about who publishes the page: never linked.
fn is_raw_ip(host: &str) -> bool {
    host.starts_with('[') || host.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `host` is one of `suffixes` or a subdomain of one.
pub fn host_allowed(host: &str, suffixes: &[String]) -> bool {
    suffixes.iter().any(|s| host == s || host.strip_suffix(s.as_str()).is_some_and(|h| h.ends_with('.')))
}

/// A source's links go only to hosts a parent can believe: its grade's allowlist or a better
/// grade's, a news report only to A or B hosts, never a raw IP, a port or a trailing-dot host.
fn links(errors: &mut Vec<String>, hosts: &Hosts, s: &Source) {
    let allowed: Vec<String> = match s.grade {
        Grade::A => hosts.a.clone(),
        Grade::B => [&hosts.a[..], &hosts.b[..]].concat(),
        Grade::C => [&hosts.a[..], &hosts.b[..], &hosts.c[..]].concat(),
    };
    let news: Vec<String> = [&hosts.a[..], &hosts.b[..]].concat();
    for (what, url, list) in [("url", &s.url, &allowed), ("news_url", &s.news_url, &news)] {
        let Some(url) = url else { continue };
        let Some(host) = host(url) else {
            errors.push(format!("sources.toml `{}`: {what} must be an absolute http(s) address without spaces", s.id));
            continue;
        };
        if is_raw_ip(&host) || host.contains(':') || host.ends_with('.') {
            errors.push(format!(
                "sources.toml `{}`: {what} host `{host}` is a raw address, a port or ends with a dot",
                s.id
            ));
        } else if !host_allowed(&host, list) {
            errors.push(format!(
                "sources.toml `{}`: {what} host `{host}` is not on the [hosts] list for grade {}",
                s.id,
                s.grade.letter()
            ));
        }
    }
    if s.url.is_none() && (!s.search_in.is_empty() || s.news_url.is_some()) {
        errors.push(format!("sources.toml `{}`: search_in and news_url need a url", s.id));
    }
    if s.search_in.is_empty() != s.search_in_en.is_empty() {
        errors.push(format!("sources.toml `{}`: search_in and search_in_en go together", s.id));
    }
}

/// Every source id some value, round, local record or statistic cites.
pub fn cited_ids(data: &Data) -> BTreeSet<&str> {
    let mut cites: Vec<&Cite> = Vec::new();
    for p in data.params.values() {
        for e in &p.entries {
            cites.extend(&e.cite);
            if let Value::Track { h1, h2 } = &e.value {
                cites.extend(h1.cite.iter().chain(&h2.cite));
            }
        }
    }
    for r in &data.rounds {
        cites.extend(r.notice.iter().chain(&r.conscription_cite));
        for w in &r.windows {
            cites.extend(&w.cite);
        }
    }
    for r in &data.records {
        cites.extend(&r.cite);
    }
    for s in &data.statistics {
        cites.extend(&s.cite);
    }
    cites.into_iter().map(|c| c.source.as_str()).collect()
}

pub fn validate(data: &Data) -> Vec<String> {
    let mut errors = Vec::new();
    let mut ids = BTreeSet::new();
    for s in &data.sources {
        if !ids.insert(s.id.as_str()) {
            errors.push(format!("sources.toml: duplicate source id `{}`", s.id));
        }
        links(&mut errors, &data.hosts, s);
        if s.id.chars().any(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')) {
            errors.push(format!("sources.toml `{}`: ids use a-z, 0-9 and '-' (they become page anchors)", s.id));
        }
    }
    for p in data.params.values() {
        param(&mut errors, &ids, p);
    }

    let mut round_ids = BTreeSet::new();
    for r in &data.rounds {
        let at = format!("rounds.toml {}", r.id);
        if !round_ids.insert(r.id.as_str()) {
            errors.push(format!("{at}: duplicate round"));
        }
        check_cites(&mut errors, &ids, &at, &r.notice, false);
        check_cites(&mut errors, &ids, &at, &r.conscription_cite, true);
        if r.conscription_until < r.conscription_from {
            errors.push(format!("{at}: the conscription period ends before it starts"));
        }
        if r.notice.is_empty() == r.notice_expected.is_none() {
            errors.push(format!("{at}: a round without `notice` needs `notice_expected` (and only such a round)"));
        }
        if r.approval.y != r.year {
            errors.push(format!("{at}: approval date {} is not in {}", r.approval, r.year));
        }
        for w in &r.windows {
            check_cites(&mut errors, &ids, &at, &w.cite, true);
            if w.closes < w.opens {
                errors.push(format!("{at}: the {} window closes before it opens", w.sex));
            }
            if !["male", "female"].contains(&w.sex.as_str()) {
                errors.push(format!("{at}: window sex must be male or female"));
            }
            if w.closes_alt.is_some() != (w.confidence == Confidence::Conflict) {
                errors.push(format!("{at}: a second closing date and confidence = \"conflict\" go together"));
            }
        }
        for sex in ["male", "female"] {
            if r.windows.iter().filter(|w| w.sex == sex).count() != 1 {
                errors.push(format!("{at}: needs exactly one {sex} registration window"));
            }
        }
    }

    let mut provinces = BTreeSet::from(["00"]);
    for p in &data.provinces {
        if !provinces.insert(p.code.as_str()) {
            errors.push(format!("places.toml: duplicate province code {}", p.code));
        }
    }
    let mut place_ids = BTreeSet::new();
    for p in &data.places {
        if !place_ids.insert(p.id.as_str()) || provinces.contains(p.id.as_str()) {
            errors.push(format!("places.toml: duplicate place id {}", p.id));
        }
        if !provinces.contains(p.province.as_str()) {
            errors.push(format!("places.toml {}: unknown province code {}", p.id, p.province));
        }
    }
    for (i, rec) in data.records.iter().enumerate() {
        let at = format!("local.toml record #{} ({} {})", i + 1, rec.kind, rec.place);
        check_cites(&mut errors, &ids, &at, &rec.cite, true);
        if !place_ids.contains(rec.place.as_str()) && !provinces.contains(rec.place.as_str()) {
            errors.push(format!("{at}: unknown place"));
        }
        if !["family_payment", "enlistment_reward", "discharge_grant"].contains(&rec.kind.as_str()) {
            errors.push(format!("{at}: kind must be family_payment, enlistment_reward or discharge_grant"));
        }
        let a = &rec.amount;
        let ok = match a.kind.as_str() {
            "exact" | "floor" | "approx" => a.yuan.is_some(),
            "formula" => {
                a.share_pct.is_some() && a.statistic.is_some() && a.stat_area.is_some() && a.stat_year.is_some()
            }
            "rule_only" => a.yuan.is_none(),
            "by_education" | "by_education_floor" => !rec.by_education.is_empty(),
            _ => false,
        };
        let named = |s: &Statistic| Some(&s.statistic) == a.statistic.as_ref() && Some(&s.area) == a.stat_area.as_ref();
        if a.kind == "formula" && !data.statistics.iter().any(|s| named(s) && Some(s.year) == a.stat_year) {
            errors.push(format!(
                "{at}: the formula's statistic ({:?} {:?} {:?}) is not in statistics.toml",
                a.statistic, a.stat_area, a.stat_year
            ));
        }
        if !ok {
            errors.push(format!(
                "{at}: amount kind `{}` is unknown or lacks its fields (exact/floor/approx need yuan; \
                 formula needs share_pct, statistic, stat_area, stat_year; by_education needs by_education)",
                a.kind
            ));
        }
        for (k, v) in &rec.by_education {
            if *v < 0 {
                errors.push(format!("{at}: by_education `{k}` must be a whole number of yuan"));
            }
        }
        for adj in &rec.adjust {
            if adj.pct_min.is_none() && adj.add_yuan.is_none() {
                errors.push(format!("{at}: an adjustment needs pct, pct_min/pct_max or add_yuan"));
            }
            if let (Some(lo), Some(hi)) = (adj.pct_min, adj.pct_max)
                && lo > hi
            {
                errors.push(format!("{at}: adjustment pct_min above pct_max"));
            }
        }
    }
    for s in &data.statistics {
        let at = format!("statistics.toml {} {} {}", s.statistic, s.area, s.year);
        check_cites(&mut errors, &ids, &at, &s.cite, true);
        if !provinces.contains(s.area.as_str()) && !place_ids.contains(s.area.as_str()) {
            errors.push(format!("{at}: unknown province or place"));
        }
        // The engine reads a statistic only through a formula: one no formula names is dead data.
        let used = data.records.iter().any(|r| {
            r.amount.kind == "formula"
                && r.amount.statistic.as_ref() == Some(&s.statistic)
                && r.amount.stat_area.as_ref() == Some(&s.area)
        });
        if !used {
            errors.push(format!("{at}: no formula in local.toml uses this statistic"));
        }
    }
    errors
}

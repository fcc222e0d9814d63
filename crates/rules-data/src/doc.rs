//! The human-readable rules document, `docs/rules.md`, generated from the same data the engine
//! is built from. A test keeps the checked-in copy in sync (`cargo xtask docs` rewrites it).

use crate::model::*;
use std::fmt::Write;

fn cites(cs: &[Cite]) -> String {
    cs.iter()
        .map(|c| {
            let mut s = format!("[{}](#{})", c.source, c.source);
            if let Some(a) = c.article {
                write!(s, " art. {a}").unwrap();
            }
            if let Some(p) = c.paragraph {
                write!(s, "({p})").unwrap();
            }
            if let Some(sec) = &c.section {
                write!(s, " {sec}").unwrap();
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn dec(t: i64) -> String {
    format!("{}.{}", t / 10, (t % 10).abs())
}

fn value(v: &Value) -> String {
    let span = |s: &Option<Span>| match s {
        Some(Span { min, max: Some(max) }) => format!("{}–{}", dec(*min), dec(*max)),
        Some(Span { min, max: None }) => format!("≥ {}", dec(*min)),
        None => "—".into(),
    };
    let half = |h: &HalfRule| {
        let mut conf = h.confidence.map_or(String::new(), |c| format!(", {}", c.name().to_lowercase()));
        if !h.cite.is_empty() {
            let ids: Vec<&str> = h.cite.iter().map(|c| c.source.as_str()).collect();
            conf.push_str(&format!(", cites {}", ids.join(", ")));
        }
        match h.cap {
            Some(c) => format!("{} (cap {c}, {}{conf})", h.outcome, h.reason),
            None => format!("{} ({}{conf})", h.outcome, h.reason),
        }
    };
    match v {
        Value::Rule => "rule".into(),
        Value::Dec(t) => dec(*t),
        Value::Int(i) => i.to_string(),
        Value::Track { h1, h2 } => format!("H1: {}; H2: {}", half(h1), half(h2)),
        Value::SexSpans { male, female } => format!("men {}; women {}", span(male), span(female)),
        Value::CapPair { undergraduate, postgraduate } => format!("本专科 {undergraduate}; 研究生 {postgraduate}"),
        Value::IntRange { min, max } => format!("{min}–{max}"),
    }
}

/// A source's date as its page gives it: the day, or the year alone.
fn shown(d: Date, year_only: bool) -> String {
    if year_only { d.y.to_string() } else { d.to_string() }
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub fn rules_md(data: &Data) -> String {
    let mut out = String::from(
        "# Rules data\n\n<!-- @generated from crates/rules/data by `cargo xtask docs`; a test fails when it is stale. -->\n\n\
         Every value the engine uses, with the dates it is in force (both inclusive), how sure the \
         reference is of it, and its sources. Confidence: verified (seen in a source), derived (worked out \
         from verified rules), unverified, conflict (sources disagree; the app shows both).\n\n",
    );
    let mut file = String::new();
    for p in data.params.values() {
        if p.file != file {
            file = p.file.clone();
            write!(out, "## {file}\n\n").unwrap();
        }
        write!(
            out,
            "### `{}`\n\n| from | until | value | confidence | sources | excerpt |\n|---|---|---|---|---|---|\n",
            p.id
        )
        .unwrap();
        let mut entries: Vec<&Entry> = p.entries.iter().collect();
        entries.sort_by_key(|e| e.from);
        for e in entries {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                e.from,
                e.until.map_or("—".into(), |u| u.to_string()),
                cell(&value(&e.value)),
                e.confidence.name().to_lowercase(),
                cites(&e.cite),
                cell(&e.excerpt)
            )
            .unwrap();
        }
        out.push('\n');
    }

    out.push_str("## Rounds\n\n| round | conscription | approval | men register | women register | national notice |\n|---|---|---|---|---|---|\n");
    for r in &data.rounds {
        let win = |sex: &str| {
            r.windows
                .iter()
                .find(|w| w.sex == sex)
                .map(|w| match w.closes_alt {
                    Some(alt) => format!("{} → {} or {} (conflict; {})", w.opens, w.closes, alt, cites(&w.cite)),
                    None => format!(
                        "{} → {} ({}; {})",
                        w.opens,
                        w.closes,
                        w.confidence.name().to_lowercase(),
                        cites(&w.cite)
                    ),
                })
                .unwrap_or_default()
        };
        writeln!(
            out,
            "| {} | {} → {} ({}; {}) | {} | {} | {} | {} |",
            r.id,
            r.conscription_from,
            r.conscription_until,
            r.conscription_confidence.name().to_lowercase(),
            cites(&r.conscription_cite),
            r.approval,
            win("male"),
            win("female"),
            match r.notice_expected {
                Some(d) if r.notice.is_empty() => format!("none yet: provisional (expected {d})"),
                _ => cites(&r.notice),
            }
        )
        .unwrap();
    }

    out.push_str(
        "\n## Local standards\n\n| kind | place | year | amount | confidence | sources |\n|---|---|---|---|---|---|\n",
    );
    for r in &data.records {
        let a = &r.amount;
        let amount = match a.kind.as_str() {
            "formula" => {
                let figure = data
                    .statistics
                    .iter()
                    .find(|s| {
                        Some(&s.statistic) == a.statistic.as_ref()
                            && Some(&s.area) == a.stat_area.as_ref()
                            && Some(s.year) == a.stat_year
                    })
                    .map_or(String::new(), |s| {
                        if s.tenths % 10 == 0 {
                            (s.tenths / 10).to_string()
                        } else {
                            format!("{:.1}", s.tenths as f64 / 10.0)
                        }
                    });
                format!(
                    "{}% of {} {} {} ({figure}, statistics.toml)",
                    a.share_pct.unwrap_or(0),
                    a.statistic.as_deref().unwrap_or(""),
                    a.stat_area.as_deref().unwrap_or(""),
                    a.stat_year.unwrap_or(0),
                )
            }
            "by_education" => r.by_education.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", "),
            k => format!("{k} {}", a.yuan.map_or(String::new(), |y| y.to_string())),
        };
        let limits = [
            r.enlist_until.map(|y| format!("enlistments until {y}")),
            r.paid_after_service.then(|| "paid after service".to_string()),
            r.per_year_served.then(|| "per year served".to_string()),
        ];
        let amount = std::iter::once(amount).chain(limits.into_iter().flatten()).collect::<Vec<_>>().join("; ");
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            r.kind,
            r.place,
            r.year,
            cell(&amount),
            r.confidence.name().to_lowercase(),
            cites(&r.cite)
        )
        .unwrap();
    }

    out.push_str("\n## Sources\n\n");
    for s in &data.sources {
        writeln!(
            out,
            "- <a id=\"{}\"></a>**{}** — {} ({}). {}{}grade {}. {}{}",
            s.id,
            s.id,
            s.title,
            s.issuer,
            s.published.map_or(String::new(), |d| format!("published {}; ", shown(d, s.year_only))),
            s.effective.map_or(String::new(), |d| format!("effective {}; ", shown(d, s.year_only))),
            s.grade.letter(),
            match (&s.url, s.search_in_en.as_str()) {
                (None, _) => "Not linked (only an unofficial copy was seen).".to_string(),
                (Some(u), "") => format!("<{u}>"),
                (Some(u), db) => format!("Search {db} for the title: <{u}>"),
            },
            s.news_url.as_ref().map_or(String::new(), |u| format!(" News report: <{u}>"))
        )
        .unwrap();
    }
    out
}

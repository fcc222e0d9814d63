//! The data checks themselves are tested: each kind of mistake in a rules file must be refused,
//! and the real data must pass. docs/rules.md must be what the data generates.

use enlistment_rules_data::model::{Data, Grade, Hosts, Source};
use enlistment_rules_data::{doc, load, load_checked, validate};
use std::path::Path;

fn source(id: &str) -> Source {
    Source {
        id: id.into(),
        title: "t".into(),
        title_en: "t".into(),
        issuer: "i".into(),
        issuer_en: "i".into(),
        version: String::new(),
        published: None,
        effective: None,
        year_only: false,
        url: Some("https://example.gov.cn/".into()),
        search_in: String::new(),
        search_in_en: String::new(),
        news_url: None,
        grade: Grade::A,
        kind: "law".into(),
        note: String::new(),
    }
}

/// Loads one params file from text, with a single known source `law`, and returns every error.
fn errors(params: &str) -> Vec<String> {
    let mut problems = load::Problems::default();
    let hosts = Hosts { a: vec!["gov.cn".into()], ..Hosts::default() };
    let mut data = Data { sources: vec![source("law")], hosts, ..Data::default() };
    for p in load::params("test.toml", params, &mut problems) {
        data.params.insert(p.id.clone(), p);
    }
    let mut all = problems.errors;
    all.extend(validate::validate(&data));
    all
}

#[test]
fn a_good_parameter_passes() {
    let e = errors(
        r#"
        [[height]]
        from = 2021-01-01
        until = 2023-12-31
        value = 160.0
        cite = [{ source = "law", article = 3 }]
        confidence = "verified"
        [[height]]
        from = 2024-01-01
        value = 158.0
        cite = [{ source = "law", section = "身高" }]
        confidence = "conflict"
        "#,
    );
    assert_eq!(e, Vec::<String>::new());
}

#[test]
fn a_parameter_without_a_source_is_refused() {
    let e = errors(
        r#"
        [[height]]
        from = 2021-01-01
        value = 160.0
        confidence = "verified"
        "#,
    );
    assert!(e.iter().any(|m| m.contains("has no `cite`")), "{e:?}");
    let e = errors(
        r#"
        [[height]]
        from = 2021-01-01
        value = 160.0
        cite = []
        confidence = "verified"
        "#,
    );
    assert!(e.iter().any(|m| m.contains("has no source")), "{e:?}");
}

#[test]
fn overlapping_date_ranges_are_refused() {
    let e = errors(
        r#"
        [[cap]]
        from = 2024-01-01
        until = 2024-12-31
        value = 22
        cite = [{ source = "law" }]
        confidence = "verified"
        [[cap]]
        from = 2024-12-31
        value = 24
        cite = [{ source = "law" }]
        confidence = "verified"
        "#,
    );
    assert!(e.iter().any(|m| m.contains("overlaps")), "{e:?}");
    // An open-ended value followed by another is an overlap too.
    let e = errors(
        r#"
        [[cap]]
        from = 2024-01-01
        value = 22
        cite = [{ source = "law" }]
        confidence = "verified"
        [[cap]]
        from = 2025-01-01
        value = 24
        cite = [{ source = "law" }]
        confidence = "verified"
        "#,
    );
    assert!(e.iter().any(|m| m.contains("overlaps")), "{e:?}");
}

#[test]
fn unknown_source_ids_are_refused() {
    let e = errors(
        r#"
        [[cap]]
        from = 2024-01-01
        value = 22
        cite = [{ source = "no-such-law" }]
        confidence = "verified"
        "#,
    );
    assert!(e.iter().any(|m| m.contains("unknown source id `no-such-law`")), "{e:?}");
}

#[test]
fn other_mistakes_are_refused() {
    let cases = [
        // a misspelt key
        (
            "[[a]]\nfrom = 2024-01-01\nuntill = 2025-01-01\nvalue = 1\ncite = [{ source = \"law\" }]\nconfidence = \"verified\"",
            "unknown field `untill`",
        ),
        // two shapes in one parameter
        (
            "[[a]]\nfrom = 2024-01-01\nuntil = 2024-12-31\nvalue = 1\ncite = [{ source = \"law\" }]\nconfidence = \"verified\"\n[[a]]\nfrom = 2025-01-01\nvalue = 1.5\ncite = [{ source = \"law\" }]\nconfidence = \"verified\"",
            "first value is a integer",
        ),
        // a finer decimal than the engine stores
        (
            "[[a]]\nfrom = 2024-01-01\nvalue = 17.55\ncite = [{ source = \"law\" }]\nconfidence = \"verified\"",
            "more than one decimal",
        ),
        // a date-time where a date is expected
        (
            "[[a]]\nfrom = 2024-01-01T08:00:00\nvalue = 1\ncite = [{ source = \"law\" }]\nconfidence = \"verified\"",
            "plain date",
        ),
        // an unknown confidence
        ("[[a]]\nfrom = 2024-01-01\nvalue = 1\ncite = [{ source = \"law\" }]\nconfidence = \"sure\"", "confidence"),
        // ends before it starts
        (
            "[[a]]\nfrom = 2024-01-01\nuntil = 2023-01-01\nvalue = 1\ncite = [{ source = \"law\" }]\nconfidence = \"verified\"",
            "ends (2023-01-01) before",
        ),
        // a track that admits people with no age cap
        (
            "[[t]]\nfrom = 2024-01-01\nvalue = { h1 = { outcome = \"pass\", reason = \"listed\" }, h2 = { outcome = \"fail\", reason = \"not_listed\" } }\ncite = [{ source = \"law\" }]\nconfidence = \"verified\"",
            "no age `cap`",
        ),
    ];
    for (toml, expected) in cases {
        let e = errors(toml);
        assert!(e.iter().any(|m| m.contains(expected)), "expected `{expected}` for:\n{toml}\ngot {e:?}");
    }
}

/// Loads a sources file from text and returns every error the loader and the checks report.
fn source_errors(text: &str) -> Vec<String> {
    let mut problems = load::Problems::default();
    let (sources, hosts) = load::sources("sources.toml", text, &mut problems);
    let data = Data { sources, hosts, ..Data::default() };
    let mut all = problems.errors;
    all.extend(validate::validate(&data));
    all
}

const HOSTS: &str = "[hosts]\nA = [\"gov.cn\"]\nB = [\"gmw.cn\", \"edu.cn\"]\nC = []\n";

fn one_source(grade: &str, links: &str) -> String {
    format!(
        "{HOSTS}[[source]]\nid = \"s\"\ntitle = \"t\"\ntitle_en = \"t\"\nissuer = \"i\"\nissuer_en = \"i\"\ngrade = \"{grade}\"\nkind = \"law\"\n{links}"
    )
}

#[test]
fn links_follow_the_host_allowlist_of_their_grade() {
    let good = [
        (
            "A",
            "url = \"https://flk.npc.gov.cn/\"\nsearch_in = \"库\"\nsearch_in_en = \"db\"\nnews_url = \"https://epaper.gmw.cn/x.htm\"",
        ),
        ("B", "url = \"https://news.cupl.edu.cn/a.htm\""),
        ("C", "url = \"http://www.mod.gov.cn/\""),
        ("C", ""),
    ];
    for (grade, links) in good {
        assert_eq!(source_errors(&one_source(grade, links)), Vec::<String>::new(), "{grade} {links}");
    }
    let bad = [
        ("C", "url = \"https://nycautosale.com/a.html\"", "not on the [hosts] list for grade C"),
        ("A", "url = \"https://github.com/LawRefBook/Laws\"", "not on the [hosts] list for grade A"),
        ("A", "url = \"https://news.cupl.edu.cn/\"", "not on the [hosts] list for grade A"),
        ("B", "url = \"http://223.94.76.10/a.html\"", "raw address"),
        ("B", "url = \"http://fnxdsnzpc.com./K3.php\"", "ends with a dot"),
        ("B", "url = \"http://www.gov.cn:8080/\"", "a port"),
        ("B", "url = \"https://notgov.cn/\"", "not on the [hosts] list"),
        ("A", "url = \"https://www.gov.cn/\"\nnews_url = \"https://kr21.hcyhqxp.cn/x\"", "news_url host"),
        ("A", "news_url = \"https://epaper.gmw.cn/x.htm\"", "need a url"),
        ("A", "url = \"https://www.gov.cn/\"\nsearch_in = \"库\"", "go together"),
    ];
    for (grade, links, expected) in bad {
        let e = source_errors(&one_source(grade, links));
        assert!(e.iter().any(|m| m.contains(expected)), "expected `{expected}` for {grade} {links}, got {e:?}");
    }
    let e = source_errors(&one_source("A", "").replace(HOSTS, ""));
    assert!(e.iter().any(|m| m.contains("`[hosts]`")), "{e:?}");
}

/// Stated apart from the validator: the laws and regulations at the heart of the check link to
/// an official government site, and nothing links to a bare number address.
#[test]
fn the_core_laws_link_to_official_sites_and_nothing_to_an_ip() {
    let data = load_checked(&data_dir()).unwrap();
    for s in data.sources.iter().filter(|s| s.kind == "law" || s.kind == "regulation") {
        if s.grade == Grade::A {
            let url = s.url.as_deref().unwrap_or_default();
            assert!(
                url.starts_with("https://flk.npc.gov.cn/")
                    || url.starts_with("https://www.gov.cn/")
                    || url.starts_with("http://www.mod.gov.cn/"),
                "{}: {url}",
                s.id
            );
        }
    }
    for s in &data.sources {
        for url in s.url.iter().chain(&s.news_url) {
            let host = url.split('/').nth(2).unwrap_or_default();
            assert!(host.chars().any(|c| c.is_ascii_alphabetic()) && !host.ends_with('.'), "{}: {url}", s.id);
            assert!(!host.ends_with("github.com"), "{}: {url}", s.id);
        }
    }
}

fn data_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/data")
}

#[test]
fn the_real_data_passes_every_check() {
    let data = load_checked(&data_dir()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert!(data.sources.len() > 50);
    assert!(data.params.len() > 60);
    assert_eq!(data.rounds.len(), 8, "rounds 2024-H1 to 2027-H2");
}

#[test]
fn every_source_is_cited_somewhere() {
    let data = load_checked(&data_dir()).unwrap();
    let cited = validate::cited_ids(&data);
    let stray: Vec<&str> = data.sources.iter().map(|s| s.id.as_str()).filter(|id| !cited.contains(id)).collect();
    assert!(stray.is_empty(), "sources nothing cites: {stray:?}");
}

/// statistics.toml is read by the engine through the formulas: a statistic no formula uses is
/// refused, and so is a formula whose statistic is not there (issue 13: three national figures were
/// emitted and read by nothing, and formulas carried their own copies).
#[test]
fn every_statistic_is_a_formulas_and_every_formula_has_its_statistic() {
    let data = load_checked(&data_dir()).unwrap();
    assert!(!data.statistics.is_empty());
    let mut unused = data.clone();
    let mut national = unused.statistics[0].clone();
    national.area = "00".into();
    unused.statistics.push(national);
    let errors = validate::validate(&unused);
    assert!(errors.iter().any(|e| e.contains("no formula in local.toml uses")), "{errors:?}");
    let mut missing = data.clone();
    missing.statistics.remove(0);
    let errors = validate::validate(&missing);
    assert!(errors.iter().any(|e| e.contains("is not in statistics.toml")), "{errors:?}");
}

/// Sources whose real date is a 1 January (a law or rule in force from New Year's Day).
const REAL_NEW_YEAR: &[(&str, &str)] = &[
    ("veterans-protection-law", "effective"), // art. 85: 自2021年1月1日起施行
    ("registration-provisions", "effective"), // 兵役登记工作规定: in force 2026-01-01 (唐山, 双鸭山 notices)
];

/// A page that shows only a year is dated by the year (`published = 2024`), never by a made-up
/// 1 January shown as a day (issue 13: ten sources were dated YYYY-01-01).
#[test]
fn no_source_is_dated_by_a_made_up_first_of_january() {
    let data = load_checked(&data_dir()).unwrap();
    let mut made_up = Vec::new();
    for s in data.sources.iter().filter(|s| !s.year_only) {
        for (field, d) in [("published", s.published), ("effective", s.effective)] {
            if d.is_some_and(|d| d.m == 1 && d.d == 1) && !REAL_NEW_YEAR.contains(&(s.id.as_str(), field)) {
                made_up.push(format!("{} {field} {}", s.id, d.unwrap()));
            }
        }
    }
    assert!(made_up.is_empty(), "1 January shown as a day; give the year only (`published = 2024`): {made_up:?}");
}

#[test]
fn a_year_alone_is_a_year_only_date_and_a_source_gives_its_dates_one_way() {
    let mut problems = load::Problems::default();
    let (sources, _) =
        load::sources("sources.toml", &one_source("A", "published = 2024\neffective = 2025\n"), &mut problems);
    assert!(problems.errors.is_empty(), "{:?}", problems.errors);
    assert!(sources[0].year_only);
    assert_eq!(sources[0].published.map(|d| d.y), Some(2024));
    let errors = source_errors(&one_source("A", "published = 2024\neffective = 2025-03-01\n"));
    assert!(errors.iter().any(|e| e.contains("one date as a year")), "{errors:?}");
    let errors = source_errors(&one_source("A", "published = 12\n"));
    assert!(!errors.is_empty(), "a year out of range is refused");
}

#[test]
fn docs_rules_md_is_in_sync_with_the_data() {
    let data = load_checked(&data_dir()).unwrap();
    let generated = doc::rules_md(&data);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(current == generated, "docs/rules.md is stale: run `cargo xtask docs`");
}

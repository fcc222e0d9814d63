//! Native tests of the app's components, rendered to HTML with Yew's SSR renderer (no browser).
#![cfg(not(target_arch = "wasm32"))]

use enlistment_app::app::{App, AppProps};
use enlistment_app::i18n::Locale;
use enlistment_app::route::{Location, Page};
use enlistment_rules::date::ymd;
use yew::LocalServerRenderer;

async fn render(hash: &str) -> String {
    let props =
        AppProps { start: Location::parse(hash), today: ymd(2026, 11, 29), embed: None, restored: None, step: None };
    LocalServerRenderer::<App>::with_props(props).render().await
}

async fn render_embedded(hash: &str, query: &str) -> String {
    let (embed, warnings) = enlistment_app::embed::parse(query);
    assert!(warnings.is_empty(), "{warnings:?}");
    let props = AppProps {
        start: Location::parse(hash),
        today: ymd(2026, 11, 29),
        embed: Some(std::rc::Rc::new(embed)),
        restored: None,
        step: None,
    };
    LocalServerRenderer::<App>::with_props(props).render().await
}

#[tokio::test]
async fn embedded_the_header_is_one_bar_with_the_chosen_sections_and_the_form_starts_at_the_region() {
    let html = render_embedded("#/benefits", "sections=benefits,process&region=32-wujiang").await;
    assert!(html.contains("site-header embedded"));
    assert!(!html.contains("class=\"brand\""), "no site name inside a portal");
    assert!(html.contains("href=\"#/process\"") && !html.contains("href=\"#/about\""), "only the chosen sections");
    assert!(html.contains("value=\"32-wujiang\" selected"), "{html}");
    // One section: no navigation at all, and the notice stays.
    let html = render_embedded("#/check", "sections=check").await;
    assert!(!html.contains(&format!("aria-label=\"{}\"", enlistment_app::i18n::Locale::Zh.t().nav_label())));
    assert!(html.contains(enlistment_app::i18n::Locale::Zh.t().footer_notice()));
}

#[tokio::test]
async fn every_page_renders_in_both_languages() {
    for locale in Locale::all() {
        let t = locale.t();
        for page in Page::ALL {
            let loc = Location { page, locale, ..Location::default() };
            let html = render(&loc.to_hash()).await;
            assert!(html.contains(t.app_name()), "{page:?} {locale:?}: no app name");
            assert!(html.contains(t.footer_notice()), "{page:?} {locale:?}: no notice");
            assert!(html.contains("https://www.gfbzb.gov.cn/"), "{page:?} {locale:?}: no official link");
            assert!(html.contains(&format!("lang=\"{}\"", locale.html_lang())), "{page:?} {locale:?}: no lang");
            assert_eq!(html.matches("aria-current=\"page\"").count(), 1, "{page:?} {locale:?}");
            // The other language appears only as the switch's label.
            let other = locale.other().t();
            assert!(!html.contains(other.footer_notice()), "{page:?} {locale:?}: mixed languages");
        }
    }
}

#[tokio::test]
async fn the_language_switch_points_to_the_same_page_in_the_other_language() {
    let html = render("#/benefits").await;
    assert!(html.contains("href=\"#/benefits?lang=en\""), "{html}");
    let html = render("#/sources/military-service-law?lang=en").await;
    assert!(html.contains("href=\"#/sources/military-service-law\""));
}

#[tokio::test]
async fn every_outbound_link_opens_a_new_tab_without_referrer() {
    for page in Page::ALL {
        let html = render(&Location { page, ..Location::default() }.to_hash()).await;
        for link in html.split("<a ").skip(1) {
            let tag = link.split('>').next().unwrap_or("");
            if tag.contains("href=\"http") {
                assert!(
                    tag.contains("target=\"_blank\"") && tag.contains("rel=\"noopener noreferrer\""),
                    "{page:?}: {tag}"
                );
            }
        }
    }
}

#[tokio::test]
async fn the_sources_page_lists_every_source_with_an_anchor() {
    let html = render("#/sources").await;
    let unlinked = enlistment_app::i18n::Locale::Zh.t().sources_unlinked();
    for s in enlistment_rules::data::SOURCES {
        assert!(html.contains(&format!("id=\"src-{}\"", s.id)), "missing {}", s.id);
        // Its address (and any news report), or the plain "not linked" note in its entry.
        for url in s.url.iter().chain(&s.news_url) {
            assert!(html.contains(url.replace('&', "&amp;").as_str()) || html.contains(url), "missing url of {}", s.id);
        }
        if s.url.is_none() {
            let entry = html.split(&format!("id=\"src-{}\"", s.id)).nth(1).unwrap_or_default();
            let entry = entry.split("</li>").next().unwrap_or_default();
            assert!(entry.contains(unlinked) && !entry.contains("href=\"http"), "{} should say it is not linked", s.id);
        }
    }
}

/// The results part of the page (the engine's report as the user sees it).
fn results_section(html: &str) -> String {
    let start = html
        .find("class=\"results\"")
        .map(|i| html[..i].rfind('<').unwrap_or(i))
        .unwrap_or_else(|| panic!("no results in {}", &html[..html.len().min(3000)]));
    let end = html[start..].find("<p class=\"print-only\">").map_or(html.len(), |e| start + e);
    html[start..end].replace("><", ">\n<")
}

/// Result components rendered natively for typical answers, compared with checked-in HTML. After
/// reviewing a change: `UPDATE_SNAPSHOTS=1 cargo test -p enlistment-app --test ssr`.
#[tokio::test]
async fn result_components_match_their_snapshots() {
    use enlistment_app::state::answers::Answers;
    use enlistment_app::state::codec::{Scope, encode};
    use enlistment_rules::applicant::{EduStatus, Education};
    use enlistment_rules::round::{Round, Sex};
    let man = Answers {
        round: Round::parse("2026-H2"),
        sex: Some(Sex::Male),
        birth: "2005-04-01".into(),
        education: Some(Education::HighSchool),
        status: Some(EduStatus::Graduated),
        height: "175".into(),
        weight: "88.8".into(),
        vision_left: "4.6".into(),
        vision_right: "5.0".into(),
        ..Answers::default()
    };
    let woman = Answers {
        round: Round::parse("2027-H1"),
        sex: Some(Sex::Female),
        birth: "2004".into(),
        education: Some(Education::VocationalSecondary),
        status: Some(EduStatus::Graduated),
        height: "157".into(),
        ..Answers::default()
    };
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for (name, answers) in [("man-bmi-29", &man), ("woman-vocational", &woman)] {
        for locale in Locale::all() {
            let loc = Location {
                page: Page::Check,
                locale,
                answers: Some(encode(answers, Scope::All, None)),
                ..Location::default()
            };
            let html = results_section(&render(&loc.to_hash()).await);
            let path = dir.join(format!("{name}.{}.html", locale.code()));
            if update {
                std::fs::write(&path, &html).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(html.as_str()) {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(stale.is_empty(), "result HTML differs from its snapshot: {stale:?}; review, then UPDATE_SNAPSHOTS=1");
}

#[tokio::test]
async fn the_benefits_page_shows_the_official_figure_in_both_languages() {
    use enlistment_app::state::answers::Answers;
    use enlistment_app::state::codec::{Scope, encode};
    // Wujiang's 2025 standard is official for a 2025 recruit (for later rounds it is the last
    // published figure, an estimate).
    let round = enlistment_rules::Round::parse("2025-H2");
    let a = Answers { round, region: Some("32"), place: Some("32-wujiang"), ..Answers::default() };
    for locale in Locale::all() {
        let loc = Location {
            page: Page::Benefits,
            locale,
            answers: Some(encode(&a, Scope::All, None)),
            ..Location::default()
        };
        let html = render(&loc.to_hash()).await;
        assert!(html.contains("¥78,032"), "{locale:?}");
        assert!(html.contains("data-basis=\"official\""));
        assert!(html.contains("data-testid=\"payment-timeline\""), "the timeline is listed");
        assert!(html.contains("data-share=\"family\""), "the money is split by who gets it");
    }
}

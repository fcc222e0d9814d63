//! English, written for a reader who does not know the Chinese system.

use super::Texts;

pub static TEXTS: Texts = Texts {
    app_name: "Enlistment Self-Check",
    tagline: "Check the conditions for China's military conscription, estimate the benefits and find the official steps. Everything is worked out on your device; nothing you type is sent anywhere.",
    skip_to_main: "Skip to main content",
    nav_label: "Main",
    nav_check: "Self-check",
    nav_benefits: "Benefits",
    nav_process: "How to apply",
    nav_sources: "Sources",
    nav_about: "About & privacy",
    switch_language: "中文",
    switch_language_hint: "切换到中文",
    footer_notice: "This is a self-check for your information, not an official decision. Whether you can enlist is decided by your county conscription office (人武部, the local armed forces department) after the medical examination, the political review and its collective selection.",
    footer_official: "The only official registration site: ",
    official_site_name: "全国征兵网 (National Conscription Website)",
    opens_new_tab: " (opens in a new tab)",
    error_title: "Something went wrong",
    error_body: "The page hit an unexpected error. Your answers are still in the address bar; reload the page to try again.",
    check_title: "Self-check",
    check_intro: "Answer a few questions to see whether you meet the basic conditions of a recruitment round. Each criterion shows the rule it rests on and how far you are from its threshold.",
    benefits_title: "Benefits estimator",
    benefits_intro: "Estimate what a recruit and the family receive — tuition compensation, the family payment, discharge payments — with the source and reliability of each figure.",
    process_title: "How to apply: steps, dates and official channels",
    process_intro: "Every step from registration to enlistment, the deadlines and the documents to bring. Enlisting is free of charge.",
    sources_title: "Sources",
    sources_intro: "Every law, regulation, notice and web page this tool relies on, with its issuer, dates and reliability grade. A: official text; B: mainstream media or school notices; C: aggregator sites (may be out of date; for reference only).",
    sources_published: "Published",
    sources_effective: "In force",
    sources_grade: "Grade",
    sources_open: "Open the source",
    about_title: "About and privacy",
    about_body: &[
        ("What this is", &[
            "The Enlistment Self-Check helps young people and their parents see, before applying, whether they roughly meet the conditions for China's military conscription, what benefits apply and how to apply. It works through the published laws, regulations and conscription notices criterion by criterion and names the source and reliability of each rule.",
            "It is not an official system and its result is not an official decision. Enlistment is decided by the county conscription office after pre-screening, the medical examination, the political review and a collective selection. Official registration is on the National Conscription Website (全国征兵网).",
        ]),
        ("Where your answers go", &[
            "Nowhere. Everything is worked out in your browser: no server receives your answers, the page makes no network request after it has loaded, and there is no analytics or advertising code.",
            "So that a reload does not lose your answers, they are written into the part of the address after the \"#\" sign, which browsers never send to any website. Only if you choose \"Remember on this device\" are they saved in this browser, and \"Erase my answers\" removes them at any time.",
            "A share link carries only the result and non-sensitive answers (round, sex, year of birth, region, education) unless you explicitly choose to include everything; health and political-review answers are left out by default.",
        ]),
        ("Where the rules come from, and how reliable they are", &[
            "Every rule carries the dates it is in force and its source. Sources are graded: A official text (laws, regulations, government notices); B mainstream media and school notices; C aggregator sites. Values that rest only on grade C, or on sources that disagree, are marked as such; the tool never says \"not eligible\" on an unverified or conflicting value, only \"needs an on-site check\".",
            "Rounds whose national notice is not yet published (such as 2027) are worked out with the latest known rules and marked \"provisional\".",
        ]),
    ],
};

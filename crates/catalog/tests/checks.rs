//! Each mistake a translator can make stops the build with a message that names it; the real
//! catalogs pass; and no rule number or date is typed into catalog text.

use enlistment_catalog::{Language, Plural, check, syntax};
use std::path::Path;

fn lang(code: &str, plural: Plural) -> Language {
    Language { code: code.into(), html: code.into(), name: code.into(), rtl: false, plural, test_only: false }
}

fn run(zh: &str, en: &str) -> Result<(), String> {
    let langs = [lang("zh", Plural::Other), lang("en", Plural::OneOther)];
    let parsed = vec![syntax::parse(zh).map_err(|e| e.join("\n"))?, syntax::parse(en).map_err(|e| e.join("\n"))?];
    check(&langs, parsed).map(|_| ()).map_err(|e| e.join("\n"))
}

#[test]
fn a_matching_pair_passes() {
    run("a = 甲\nb = 第 { $n } 步\n", "a = A\nb = { $n ->\n    [one] step { $n }\n   *[other] steps { $n }\n}\n")
        .unwrap();
}

#[test]
fn a_missing_key_is_refused() {
    let e = run("a = 甲\nb = 乙\n", "a = A\n").unwrap_err();
    assert!(e.contains("en.ftl: missing key b"), "{e}");
}

#[test]
fn an_unknown_key_is_refused() {
    let e = run("a = 甲\n", "a = A\nc = C\n").unwrap_err();
    assert!(e.contains("en.ftl: unknown key c"), "{e}");
}

#[test]
fn a_placeholder_one_language_lacks_is_refused() {
    let e = run("a = { $n } 项\n", "a = items\n").unwrap_err();
    assert!(e.contains("a uses placeholders {} but zh.ftl uses {$n}"), "{e}");
    let e = run("a = 项\n", "a = { $m } items\n").unwrap_err();
    assert!(e.contains("{$m}"), "{e}");
}

#[test]
fn a_select_needs_one_default_and_known_variant_keys() {
    let e = run("a = { $n }\n", "a = { $n ->\n    [one] x\n    [other] y\n}\n").unwrap_err();
    assert!(e.contains("exactly one default"), "{e}");
    let e = run("a = { $n }\n", "a = { $n ->\n    [lots] x\n   *[other] y\n}\n").unwrap_err();
    assert!(e.contains("variant [lots]"), "{e}");
}

#[test]
fn a_key_twice_and_broken_syntax_are_refused() {
    assert!(run("a = 甲\na = 乙\n", "a = A\n").unwrap_err().contains("defined twice"));
    assert!(run("a = { $n\n", "a = A\n").is_err());
    assert!(run("a = 甲\n  continued\n", "a = A\n").is_err());
    assert!(run("A = 甲\n", "A = A\n").unwrap_err().contains("is not a key"));
}

#[test]
fn string_literals_keep_their_spaces_and_edges_are_trimmed() {
    let m = syntax::parse("a = {\" \"}(x){\"\"}  \n").unwrap();
    assert_eq!(m[0].pattern, vec![syntax::Part::Text(" (x)".into())]);
}

fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

#[test]
fn the_real_catalogs_pass() {
    let c = enlistment_catalog::load(&root()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    assert!(c.keys.len() > 300, "{} keys", c.keys.len());
    assert_eq!(c.languages[0].code, "zh");
}

/// Digits a catalog may contain: names, labels and examples, never a rule's number or a date.
/// Each entry is a key, the numbers it may hold, and why.
const DIGITS_ALLOWED: &[(&str, &str, &str)] = &[
    ("about-3-p2", "2027", "an example round in the about text"),
    ("about-4-p1", "2021 97 79 15", "browser versions the wasm needs (facts about browsers, not rules)"),
    ("vision-converted", "5", "the name of the 5-point eye chart"),
    ("scale-five", "5 4.8", "the name of the 5-point eye chart and how it is written"),
    ("scale-decimal", "0.6", "how the decimal chart is written"),
    ("hint-scale", "5 0.6 4.8 1.0 5.0", "the chart's name and the conversion, as examples"),
    ("q-vision-left", "5", "the name of the 5-point eye chart"),
    ("q-vision-right", "5", "the name of the 5-point eye chart"),
    ("field-range-vision_left", "5", "the name of the 5-point eye chart"),
    ("field-range-vision_right", "5", "the name of the 5-point eye chart"),
    ("hint-money", "5000", "an example answer"),
    ("hint-height", "172.5", "an example answer"),
    ("hint-weight", "65", "an example answer"),
    ("hint-cm", "0", "what to type for none"),
    ("hint-birth", "2005 04 01 12 31", "an example answer; the end of the year"),
    ("ics-hint", "3", "the reminder the calendar file sets (the app's choice, not a rule)"),
    ("doc-photo-name", "1", "the name of a photo size (一寸, 1-inch)"),
    ("step-apply-what", "1", "the name of a photo size (一寸, 1-inch)"),
    ("fraud-phone-1", "110", "the police telephone number"),
    ("fraud-report-1", "110", "the police telephone number"),
    ("channel-gfbzb-use", "2026", "when the official site was upgraded (a fact about the site)"),
    ("channel-account-use", "2026", "when the official site was upgraded (a fact about the site)"),
    ("political-why-under_investigation", "24", "the article a reader can look up (a citation label)"),
    // Still to move into the data (issue 15, left for a follow-up): numbers the engine does not
    // carry yet. Listed so the remaining work stays visible; this list may only shrink.
    ("hint-round", "2 3 8 9", "PENDING: the months of each half's conscription period"),
    ("hint-surgery-months", "6", "PENDING: the surgery wait in months"),
    ("noncash-kaoyan_bonus-text", "3", "PENDING: years after discharge"),
    ("noncash-return_to_school-text", "2", "PENDING: years after discharge"),
    ("noncash-zhuanshengben-text", "2022", "PENDING: the intake the rule starts with"),
    ("step-apply-women", "2026", "PENDING: the year of the notice"),
    ("step-approval-what", "3 1 9", "PENDING: the approval dates (rounds.toml holds them)"),
    ("step-handover-what", "45", "PENDING: days for a return after the quarantine check"),
    ("step-pre_service_education-what", "5 7", "PENDING: days of pre-service training"),
    ("step-public_notice-what", "5", "PENDING: working days of the public notice"),
    ("step-registration-what", "18 24", "PENDING: registration ages"),
];

#[test]
fn catalog_text_holds_no_rule_numbers_or_dates() {
    let c = enlistment_catalog::load(&root()).unwrap();
    let mut found = Vec::new();
    // The pseudo-locale is made from English, so it is checked there.
    for (l, lang) in c.languages.iter().enumerate().filter(|(_, l)| !l.test_only) {
        for (i, key) in c.keys.iter().enumerate() {
            let mut text = String::new();
            enlistment_catalog::blob::encode(&c.messages[l][i], &mut text);
            // Placeholders and variant keys are not text.
            let text: String = strip_markup(&text);
            let allowed: Vec<&str> =
                DIGITS_ALLOWED.iter().filter(|(k, _, _)| k == key).flat_map(|(_, d, _)| d.split(' ')).collect();
            for number in numbers(&text) {
                if !allowed.contains(&number.as_str()) {
                    found.push(format!("{}.ftl {key}: {number}", lang.code));
                }
            }
        }
    }
    assert!(found.is_empty(), "numbers typed into catalog text (use a placeholder):\n{}", found.join("\n"));
}

fn strip_markup(s: &str) -> String {
    let mut out = String::new();
    let mut skip = false;
    for ch in s.chars() {
        match ch {
            '\u{1}' | '\u{3}' | '\u{4}' => skip = true,
            '\u{2}' => skip = false,
            '\u{5}' => {}
            c if !skip => out.push(c),
            _ => {}
        }
    }
    out
}

/// Runs of digits (with a decimal point inside), as written.
fn numbers(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (chars[i] == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                i += 1;
            }
            // A digit right after a letter belongs to a label: H1, HbA1c, log10.
            let label = start > 0 && chars[start - 1].is_ascii_alphabetic();
            if !label {
                out.push(chars[start..i].iter().collect());
            }
        } else {
            i += 1;
        }
    }
    out
}

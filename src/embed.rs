//! Embed mode (`embed.html`): a portal frames the tool and configures it with query parameters:
//!
//! ```text
//! embed.html?region=32&lang=en&round=2027-H1&sections=check,benefits&accent=%23005a9c
//! ```
//!
//! - `region`: a province code (`32`) or a place with its own standard (`32-wujiang`): the default
//!   household registration for the self-check and the place for the benefits estimate;
//! - `lang`: `zh` or `en`, unless the fragment already says;
//! - `round`: the default round (`2027-H1`);
//! - `sections`: the pages in the navigation, in order; the first is where the frame opens. Pages
//!   not listed stay reachable from links inside the content (a citation always opens its source);
//! - `accent`: `#rgb` or `#rrggbb`, accepted only with at least 4.5:1 contrast on white (it colours
//!   links and the header's text background).
//!
//! Anything unknown or invalid is ignored with a warning on the console; the page always works.
//! Answers and language chosen by the user (in the fragment) win over the parameters.

use crate::i18n::Locale;
use crate::route::Page;
use enlistment_rules::places::{place, province};
use enlistment_rules::round::Round;

#[derive(Clone, PartialEq, Debug, Default)]
pub struct Embed {
    pub region: Option<&'static str>,
    pub place: Option<&'static str>,
    pub locale: Option<Locale>,
    pub round: Option<Round>,
    /// The pages in the navigation; never empty.
    pub sections: Vec<Page>,
    /// `#rrggbb`.
    pub accent: Option<String>,
}

/// `%23` -> `#`, `+` -> space; `None` on a broken escape or non-UTF-8 result.
fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// `#abc` or `#aabbcc` (the `#` optional) as `#aabbcc`, lower case.
fn hex_colour(v: &str) -> Option<String> {
    let h = v.strip_prefix('#').unwrap_or(v);
    if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let full: String = match h.len() {
        3 => h.chars().flat_map(|c| [c, c]).collect(),
        6 => h.to_string(),
        _ => return None,
    };
    Some(format!("#{}", full.to_ascii_lowercase()))
}

/// x^2.4 for x in (0, 1], as x² · (x²)^(1/5), the fifth root by Newton's method: exact to well
/// below the precision a contrast threshold needs, without pulling libm's `pow` into the wasm.
fn pow_2_4(x: f64) -> f64 {
    let sq = x * x;
    let mut r = 1.0;
    for _ in 0..40 {
        r -= (r * r * r * r * r - sq) / (5.0 * r * r * r * r);
    }
    sq * r
}

/// WCAG contrast ratio of a `#rrggbb` colour against white.
pub fn contrast_on_white(colour: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&colour[i..i + 2], 16).unwrap_or(0)) / 255.0;
        if c <= 0.03928 { c / 12.92 } else { pow_2_4((c + 0.055) / 1.055) }
    };
    let l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    1.05 / (l + 0.05)
}

/// Reads the query string (with or without `?`); returns the settings and a warning per ignored item.
pub fn parse(query: &str) -> (Embed, Vec<String>) {
    let mut e = Embed { sections: Page::ALL.to_vec(), ..Embed::default() };
    let mut warnings = Vec::new();
    // Plain `"…"`, not `{:?}`: Debug formatting would bring its string escaping into the wasm for
    // this one message.
    let mut warn = |k: &str, v: &str, why: &str| warnings.push(format!("embed: ignored {k}=\"{v}\": {why}"));
    for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
        let (k, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(v) = percent_decode(raw) else {
            warn(k, raw, "broken percent-encoding");
            continue;
        };
        match k {
            "region" => {
                if let Some(p) = province(&v) {
                    e.region = Some(p.code);
                } else if let Some(p) = place(&v) {
                    e.region = province(p.province).map(|x| x.code);
                    e.place = Some(p.id);
                } else {
                    warn(k, &v, "not a province code or place id in the data");
                }
            }
            "lang" => match Locale::from_code(&v) {
                Some(l) => e.locale = Some(l),
                None => {
                    let codes: Vec<&str> = Locale::all().map(Locale::code).collect();
                    warn(k, &v, &format!("use one of {}", codes.join(", ")))
                }
            },
            "round" => match Round::parse(&v).filter(|r| r.data().is_some()) {
                Some(r) => e.round = Some(r),
                None => warn(k, &v, "not a round in the data (e.g. 2027-H1)"),
            },
            "sections" => {
                let mut pages = Vec::new();
                for s in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match Page::ALL.into_iter().find(|p| p.path() == s) {
                        Some(p) if !pages.contains(&p) => pages.push(p),
                        Some(_) => {}
                        None => warn("sections", s, "use check, benefits, process, sources, about"),
                    }
                }
                if !pages.is_empty() {
                    e.sections = pages;
                }
            }
            "accent" => match hex_colour(&v) {
                Some(c) if contrast_on_white(&c) >= 4.5 => e.accent = Some(c),
                Some(_) => warn(k, &v, "contrast on white is below 4.5:1"),
                None => warn(k, &v, "use #rgb or #rrggbb"),
            },
            _ => warn(k, &v, "unknown parameter"),
        }
    }
    (e, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_is_read() {
        let (e, w) = parse("?region=32-wujiang&lang=en&round=2027-H1&sections=benefits,check&accent=%23005A9C");
        assert_eq!(w, Vec::<String>::new());
        assert_eq!((e.region, e.place), (Some("32"), Some("32-wujiang")));
        assert_eq!(e.locale, Some(Locale::En));
        assert_eq!(e.round.map(|r| r.to_string()).as_deref(), Some("2027-H1"));
        assert_eq!(e.sections, vec![Page::Benefits, Page::Check]);
        assert_eq!(e.accent.as_deref(), Some("#005a9c"));
        assert_eq!(parse("region=44").0.region, Some("44"));
    }

    #[test]
    fn invalid_values_are_ignored_with_a_warning() {
        let (e, w) = parse(
            "region=99&lang=fr&round=2031-H1&sections=admin&accent=red&accent=%23ffff00&x=1&accent=url(javascript:1)&region=%zz",
        );
        assert_eq!(e, Embed { sections: Page::ALL.to_vec(), ..Embed::default() });
        assert_eq!(w.len(), 9, "{w:#?}");
        assert!(w.iter().all(|m| m.starts_with("embed: ignored ")));
        assert!(w.iter().any(|m| m.contains("below 4.5:1")));
    }

    #[test]
    fn the_power_matches_the_library_one() {
        for i in 1..=1000 {
            let x = f64::from(i) / 1000.0;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{x}");
        }
    }

    #[test]
    fn contrast_is_the_wcag_ratio() {
        assert!((contrast_on_white("#000000") - 21.0).abs() < 0.01);
        assert!((contrast_on_white("#ffffff") - 1.0).abs() < 0.01);
        // The default accent passes; a mid grey just fails.
        assert!(contrast_on_white("#8c1c13") >= 4.5);
        assert!(contrast_on_white("#777777") < 4.5);
    }
}

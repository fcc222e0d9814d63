//! The words of the app live in `locales/<code>.ftl`, one catalog per language, checked and turned
//! into typed keys at build time (`crates/catalog`, `catalog.rs`): a missing key or a placeholder
//! one language lacks is a build error, never a raw key on screen.
//!
//! Chinese (zh-CN) is the reference and is written natively; English is written for a foreign reader.

pub mod catalog;
mod words;

pub use catalog::{Arg, Cat};
pub use words::StepWords;

use catalog::LANGUAGES;
use enlistment_rules::data::Confidence;
use enlistment_rules::date::Date;
use enlistment_rules::num::Dec1;

/// A language of `locales/languages.toml`, by its position there (0 is the reference, Chinese).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct Locale(u8);

#[allow(non_upper_case_globals)]
impl Locale {
    /// The reference language, inside the wasm.
    pub const Zh: Locale = Locale(0);
    /// English (the tests and the few places that name it; its position comes from the config).
    pub const En: Locale = Locale::by_code("en");

    const fn by_code(code: &str) -> Locale {
        let mut i = 0;
        while i < LANGUAGES.len() {
            if eq(LANGUAGES[i].code.as_bytes(), code.as_bytes()) {
                return Locale(i as u8);
            }
            i += 1;
        }
        panic!("no such language in locales/languages.toml")
    }

    /// Every language offered to readers (the test-only pseudo-locale aside).
    pub fn all() -> impl Iterator<Item = Locale> {
        (0..LANGUAGES.len()).filter(|&i| !LANGUAGES[i].test_only).map(|i| Locale(i as u8))
    }

    fn lang(self) -> &'static catalog::Language {
        &LANGUAGES[usize::from(self.0)]
    }

    /// The code used in the URL (`?lang=en`).
    pub fn code(self) -> &'static str {
        self.lang().code
    }

    /// The value of the `lang` attribute.
    pub fn html_lang(self) -> &'static str {
        self.lang().html
    }

    /// The value of the `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.lang().rtl { "rtl" } else { "ltr" }
    }

    /// The language the page is in: this one once its words are here, the reference until then.
    pub fn shown(self) -> Locale {
        if self.ready() { self } else { Locale::Zh }
    }

    /// The language's own name, for the language switch.
    pub fn name(self) -> &'static str {
        self.lang().name
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        let code = if code.eq_ignore_ascii_case("zh-CN") { "zh" } else { code };
        LANGUAGES.iter().position(|l| l.code == code).map(|i| Locale(i as u8))
    }

    /// Whether the language's text is here (the reference always; another once fetched).
    pub fn ready(self) -> bool {
        Cat::get(usize::from(self.0)).is_some()
    }

    /// The language's file and its integrity value, if it must be fetched.
    pub fn file(self) -> Option<(&'static str, &'static str)> {
        let l = self.lang();
        (!l.file.is_empty()).then_some((l.file, l.integrity))
    }

    /// Installs the fetched text of this language; false if it does not fit this build.
    pub fn install(self, text: String) -> bool {
        Cat::install(usize::from(self.0), text)
    }

    /// The next language offered (the switch in the header).
    pub fn other(self) -> Locale {
        let all: Vec<Locale> = Locale::all().collect();
        let at = all.iter().position(|l| *l == self).unwrap_or(0);
        all[(at + 1) % all.len()]
    }

    /// The Chinese or the other form of a pair in the data, such as a place's two names.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        if self == Locale::Zh { zh } else { en }
    }

    /// Between the items of a list: "身份证、户口簿" / "ID card, household register".
    pub fn list_sep(self) -> &'static str {
        self.t().punct_list_sep()
    }

    /// After a label: "依据：" / "Based on: ".
    pub fn colon(self) -> &'static str {
        self.t().punct_colon()
    }

    /// An aside after a phrase, in the language's brackets: "（男）" / " (Male)".
    pub fn aside(self, s: &str) -> String {
        self.t().punct_aside(s)
    }

    /// The language's messages (the reference's until its own have arrived).
    pub fn t(self) -> &'static Cat {
        Cat::get(usize::from(self.0)).or_else(|| Cat::get(0)).expect("the reference catalog is built in")
    }

    /// Everything the language can say about the engine's keys (the same catalog: `words.rs`).
    pub fn w(self) -> &'static Cat {
        self.t()
    }

    /// 2027年2月10日 / 10 Feb 2027
    /// The year alone: "2024年" / "2024".
    pub fn year(self, d: Date) -> String {
        self.t().date_year(d.year())
    }

    pub fn date(self, d: Date) -> String {
        self.t().date(d)
    }

    /// A date as the data holds it: "2月10日或2月18日（来源不一致）" where sources disagree,
    /// "预计…" where it is only expected from earlier years' pattern.
    pub fn marked_date(self, d: Date, alt: Option<Date>, confidence: Confidence) -> String {
        let t = self.t();
        let s = self.date(d);
        // One bracket, never two: "2月10日或2月20日（来源不一致；预计，尚未公布）".
        match (alt, confidence == Confidence::Unverified) {
            (Some(alt), true) => t.date_conflict_expected(&s, self.date(alt)),
            (Some(alt), false) => t.date_or_conflict(&s, self.date(alt)),
            (None, true) => t.date_expected(&s),
            (None, false) => s,
        }
    }

    /// Short date without the year: 2月10日 / 10 Feb
    pub fn day_month(self, d: Date) -> String {
        self.t().date_day_month(d.day(), u8::from(d.month()))
    }
}

const fn eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// 39016 -> "39,016" (both locales use comma grouping for amounts, as Chinese public sites do).
pub fn group(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// ¥39,016
pub fn yuan(n: i64) -> String {
    format!("¥{}", group(n))
}

/// A limit such as 0.01 or 250 as text, to two decimals at most, without float formatting
/// (which would cost several KB of wasm).
pub fn limit(x: f64) -> String {
    let c = (x * 100.0).round() as i64;
    let (whole, frac) = (c / 100, (c % 100).unsigned_abs());
    match frac {
        0 => whole.to_string(),
        f if f.is_multiple_of(10) => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

/// A one-decimal number without a useless ".0": 175.0 -> "175", 29.9 -> "29.9".
pub fn dec(d: Dec1) -> String {
    let s = d.to_string();
    s.strip_suffix(".0").map_or(s.clone(), str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use enlistment_rules::date::ymd;

    #[test]
    fn formats() {
        assert_eq!(Locale::Zh.date(ymd(2027, 2, 10)), "2027年2月10日");
        assert_eq!(Locale::En.date(ymd(2027, 2, 10)), "10 Feb 2027");
        assert_eq!(Locale::En.day_month(ymd(2027, 2, 10)), "10 Feb");
        assert_eq!(yuan(39016), "¥39,016");
        assert_eq!(group(1_234_567), "1,234,567");
        assert_eq!(group(999), "999");
        assert_eq!(dec(Dec1(1750)), "175");
        assert_eq!(dec(Dec1(299)), "29.9");
        assert_eq!(limit(0.01), "0.01");
        assert_eq!(limit(5.3), "5.3");
        assert_eq!(limit(250.0), "250");
    }
}

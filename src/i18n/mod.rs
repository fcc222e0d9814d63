//! Translations as compile-time tables: one `Texts` value per locale, so a missing string is a
//! build error, never a raw key on screen. Engine keys (reasons, quantities, notes) are translated
//! by exhaustive `match`es in each locale file for the same reason.
//!
//! Chinese (zh-CN) is the default and is written natively; English is written for a foreign reader.

mod en;
pub mod fmt;
mod texts;
mod words;
mod zh;

pub use texts::Texts;
pub use words::Words;

use enlistment_rules::data::Confidence;
use enlistment_rules::date::Date;
use enlistment_rules::num::Dec1;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Locale {
    Zh,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Zh, Locale::En];

    /// The code used in the URL (`?lang=en`).
    pub fn code(self) -> &'static str {
        match self {
            Locale::Zh => "zh",
            Locale::En => "en",
        }
    }

    /// The value of the `lang` attribute.
    pub fn html_lang(self) -> &'static str {
        match self {
            Locale::Zh => "zh-CN",
            Locale::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        match code {
            "zh" | "zh-CN" | "zh-cn" => Some(Locale::Zh),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    pub fn other(self) -> Locale {
        match self {
            Locale::Zh => Locale::En,
            Locale::En => Locale::Zh,
        }
    }

    /// The Chinese or the English of a pair, such as a place's two names.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Locale::Zh => zh,
            Locale::En => en,
        }
    }

    /// Between the items of a list: "身份证、户口簿" / "ID card, household register".
    pub fn list_sep(self) -> &'static str {
        self.pick("、", ", ")
    }

    /// After a label: "依据：" / "Based on: ".
    pub fn colon(self) -> &'static str {
        self.pick("：", ": ")
    }

    /// An aside after a phrase, in the language's brackets: "（男）" / " (Male)".
    pub fn aside(self, s: &str) -> String {
        match self {
            Locale::Zh => format!("（{s}）"),
            Locale::En => format!(" ({s})"),
        }
    }

    pub fn t(self) -> &'static Texts {
        self.w().t()
    }

    /// Everything the language can say about the engine's keys.
    pub fn w(self) -> &'static dyn Words {
        match self {
            Locale::Zh => &zh::Zh,
            Locale::En => &en::En,
        }
    }

    /// 2027年2月10日 / 10 Feb 2027
    /// The year alone: "2024年" / "2024".
    pub fn year(self, d: Date) -> String {
        match self {
            Locale::Zh => format!("{}年", d.year()),
            Locale::En => d.year().to_string(),
        }
    }

    pub fn date(self, d: Date) -> String {
        match self {
            Locale::Zh => format!("{}年{}月{}日", d.year(), u8::from(d.month()), d.day()),
            Locale::En => {
                const M: [&str; 12] =
                    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
                format!("{} {} {}", d.day(), M[usize::from(u8::from(d.month())) - 1], d.year())
            }
        }
    }

    /// A date as the data holds it: "2月10日或2月18日（来源不一致）" where sources disagree,
    /// "预计…" where it is only expected from earlier years' pattern.
    pub fn marked_date(self, d: Date, alt: Option<Date>, confidence: Confidence) -> String {
        let t = self.t();
        let s = self.date(d);
        // One bracket, never two: "2月10日或2月20日（来源不一致；预计，尚未公布）".
        match (alt, confidence == Confidence::Unverified) {
            (Some(alt), true) => (t.date_conflict_expected)(&s, &self.date(alt)),
            (Some(alt), false) => (t.date_or_conflict)(&s, &self.date(alt)),
            (None, true) => (t.date_expected)(&s),
            (None, false) => s,
        }
    }

    /// Short date without the year: 2月10日 / 10 Feb
    pub fn day_month(self, d: Date) -> String {
        match self {
            Locale::Zh => format!("{}月{}日", u8::from(d.month()), d.day()),
            Locale::En => {
                let full = self.date(d);
                full.rsplit_once(' ').map_or(full.clone(), |(dm, _)| dm.to_string())
            }
        }
    }
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

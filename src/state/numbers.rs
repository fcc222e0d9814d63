//! Reading numbers as people type them: Chinese input methods often produce full-width digits
//! (１７５．５) and a trailing unit ("175cm", "70 公斤"), which we accept; anything else is
//! "not a number" and the field says so.

/// Full-width digits and punctuation to ASCII; spaces trimmed.
pub fn normalise(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '－' => '-',
            _ => c,
        })
        .collect()
}

/// A date as people type it, in the `YYYY-MM-DD` form the engine reads: `2005.04.01`,
/// `2005/4/1`, `2005年4月1日` and `20050401` (a phone's number pad has no hyphen). A year alone
/// stays a year. Anything else is returned as typed, for the validator to refuse.
pub fn date_text(text: &str) -> String {
    let n = normalise(text);
    let digits = n.chars().all(|c| c.is_ascii_digit());
    if digits && n.len() == 8 {
        return format!("{}-{}-{}", &n[..4], &n[4..6], &n[6..]);
    }
    let parts: Vec<&str> = n.split(['-', '.', '/', '年', '月', '日']).filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [y, m, d]
            if y.len() == 4
                && [m, d].iter().all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit())) =>
        {
            format!("{y}-{m:0>2}-{d:0>2}")
        }
        [y] if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) => y.to_string(),
        _ => n,
    }
}

/// The number at the start of the text, after an allowed unit is removed.
fn strip_unit(s: &str) -> &str {
    // tidy: typed, not shown (units a reader may type after a number)
    const UNITS: [&str; 10] = ["cm", "厘米", "公分", "kg", "公斤", "千克", "mmhg", "次/分", "个月", "m"];
    let lower = s.trim_end();
    for u in UNITS {
        if lower.len() > u.len() && lower.to_ascii_lowercase().ends_with(u) {
            return lower[..lower.len() - u.len()].trim_end();
        }
    }
    lower
}

/// A decimal number, or `None` when the text is not one.
pub fn decimal(text: &str) -> Option<f64> {
    let n = normalise(text);
    let s = strip_unit(&n);
    let ok = !s.is_empty()
        && s.len() <= 12
        && s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-')
        && s.chars().filter(|c| *c == '.').count() <= 1
        && !s[1..].contains('-');
    if !ok {
        return None;
    }
    // Whole and fractional digits read by hand: the float parser is ~4 KB of wasm we do not need
    // for numbers typed with a few digits.
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    let mut v = 0.0;
    for d in whole.bytes() {
        v = v * 10.0 + f64::from(d - b'0');
    }
    let mut scale = 1.0;
    for d in frac.bytes() {
        scale /= 10.0;
        v += f64::from(d - b'0') * scale;
    }
    Some(if neg { -v } else { v })
}

/// A whole number, or `None`.
pub fn whole(text: &str) -> Option<i64> {
    let n = normalise(text);
    let s = strip_unit(&n);
    if s.is_empty() || s.len() > 9 || !s.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_people_type() {
        assert_eq!(decimal("175"), Some(175.0));
        assert_eq!(decimal(" 175.5 "), Some(175.5));
        assert_eq!(decimal("１７５．５"), Some(175.5));
        assert_eq!(decimal("175cm"), Some(175.0));
        assert_eq!(decimal("70 公斤"), Some(70.0));
        assert_eq!(decimal("4.8"), Some(4.8));
        assert_eq!(decimal("abc"), None);
        assert_eq!(decimal("1.2.3"), None);
        assert_eq!(decimal("1e5"), None);
        assert_eq!(decimal("-"), None);
        assert_eq!(decimal("0.25"), Some(0.25));
        assert_eq!(decimal(".5"), Some(0.5));
        assert_eq!(decimal("159.9"), Some(159.9));
        assert_eq!(decimal("-1"), Some(-1.0));
        assert_eq!(decimal(""), None);
        assert_eq!(decimal("<img src=x>"), None);
        assert_eq!(whole("６"), Some(6));
        assert_eq!(whole("6个月"), Some(6));
        assert_eq!(whole("6.5"), None);
        assert_eq!(whole("99999999999"), None);
        assert_eq!(date_text("20050401"), "2005-04-01");
        assert_eq!(date_text("2005.4.1"), "2005-04-01");
        assert_eq!(date_text("2005年4月1日"), "2005-04-01");
        assert_eq!(date_text("２００５"), "2005");
        assert_eq!(date_text("next spring"), "next spring");
    }
}

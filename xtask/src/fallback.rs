//! The static fallback in `index.html`: what a browser that cannot run the app (no WebAssembly, a
//! failed integrity check, JavaScript off) shows instead. The key thresholds come from the rules
//! data through the engine, for the round open or next on the build date, so they are never
//! typed twice; the official links come from the sources data.

use enlistment_rules::data::{self, Param};
use enlistment_rules::date::Date;
use enlistment_rules::eligibility::education::Track;
use enlistment_rules::num::Dec1;
use enlistment_rules::round::{Half, Round, default_round};

/// The placeholder in index.html (inside the failure message and inside `<noscript>`).
pub const PLACEHOLDER: &str = "<!-- fallback: key rules from the data -->";

fn dec(d: Dec1) -> String {
    if d.0 % 10 == 0 { format!("{}", d.0 / 10) } else { format!("{}.{}", d.0 / 10, d.0 % 10) }
}

fn num(p: &Param<Dec1>, on: Date) -> String {
    p.at(on).map_or_else(|| "?".into(), |v| dec(v.value))
}

fn cap(t: Track, r: Round, on: Date) -> String {
    t.param().at(on).and_then(|v| v.value.half(r.half).cap).map_or_else(|| "?".into(), |c| c.to_string())
}

/// The fallback block for a build made on `today`, in every language of the catalogs (the
/// reference first, the others marked with their `lang`).
pub fn html(today: Date) -> String {
    let catalogs = words();
    let r = default_round(today);
    let on = r.rules_date();
    let min_age = data::AGE_MIN.at(on).map_or(18, |v| v.value).to_string();
    let (hs, cg, pg) = (
        cap(Track::MaleHighSchool, r, on),
        cap(Track::MaleCollegeGraduate, r, on),
        cap(Track::MalePostgraduate, r, on),
    );
    let (hm, hf) = (num(&data::HEIGHT_MIN_CM_MALE, on), num(&data::HEIGHT_MIN_CM_FEMALE, on));
    let (bm0, bm1) = (num(&data::BMI_MIN_MALE, on), num(&data::BMI_BELOW_MALE, on));
    let (bf0, bf1) = (num(&data::BMI_MIN_FEMALE, on), num(&data::BMI_BELOW_FEMALE, on));
    let (vf, vc) = (num(&data::VISION_FAIL_BELOW, on), num(&data::VISION_CHECK_BELOW, on));
    let site = data::source("gfbzb").and_then(|s| s.url).unwrap_or("https://www.gfbzb.gov.cn/");
    let (year, half) = (r.year.to_string(), if r.half == Half::H1 { "1" } else { "2" });
    let provisional = if r.provisional() { "1" } else { "0" };
    let (day, month, y) = (today.day().to_string(), u8::from(today.month()).to_string(), today.year().to_string());
    let mut blocks = Vec::new();
    for (i, lang) in catalogs.languages.iter().enumerate().filter(|(_, l)| !l.test_only) {
        let t = |key: &str, args: &[(&str, &str)]| escape(&catalogs.render(i, key, args).unwrap_or_default());
        let round = t("round-name", &[("year", &year), ("half", half), ("provisional", "0")]);
        let link = format!(
            "<a href=\"{site}\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a>",
            t("official-site-name", &[]).split(" (").next().unwrap_or_default()
        );
        let date = t("date-full", &[("day", &day), ("month", &month), ("year", &y)]);
        let attr = if i == 0 {
            String::new()
        } else {
            format!(" lang=\"{}\" dir=\"{}\"", lang.html, if lang.rtl { "rtl" } else { "ltr" })
        };
        blocks.push(format!(
            "<div{attr}>\n        <h2>{}</h2>\n        <ul>\n          <li>{}</li>\n          <li>{}</li>\n          <li>{}</li>\n          <li>{}</li>\n        </ul>\n        <p>{}</p>\n      </div>",
            t("fallback-title", &[("round", &round), ("provisional", provisional)]),
            t("fallback-age", &[("min_age", &min_age), ("high_school", &hs), ("college", &cg), ("postgraduate", &pg)]),
            t("fallback-height", &[("male", &hm), ("female", &hf)]),
            t("fallback-bmi", &[("male_min", &bm0), ("male_below", &bm1), ("female_min", &bf0), ("female_below", &bf1)]),
            t("fallback-vision", &[("fail_below", &vf), ("check_below", &vc)]),
            t("fallback-note", &[("site", "\u{1}"), ("date", &date)]).replace('\u{1}', &link),
        ));
    }
    format!("<div class=\"fallback\">\n      {}\n      </div>", blocks.join("\n      "))
}

/// The catalogs (checked like the app's build does).
pub fn words() -> enlistment_catalog::Catalogs {
    enlistment_catalog::load(&crate::util::root().join("locales")).unwrap_or_else(|e| panic!("{}", e.join("\n")))
}

/// Text for HTML, attributes included.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Fills the `{{key}}` (reference language) and `{{en:key}}` (that language) marks of
/// `index.html` with catalog messages; an unknown key or language is an error.
pub fn fill_words(html: &str) -> Result<String, String> {
    let catalogs = words();
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("{{") {
        let end = rest[start..].find("}}").ok_or("an unterminated {{ in index.html")? + start;
        let mark = &rest[start + 2..end];
        let (lang, key) =
            mark.split_once(':').map_or((0, mark), |(code, key)| (catalogs.language(code).unwrap_or(usize::MAX), key));
        if lang == usize::MAX {
            return Err(format!("index.html: {{{{{mark}}}}} names no language of locales/languages.toml"));
        }
        out.push_str(&rest[..start]);
        out.push_str(&escape(&catalogs.render(lang, key, &[]).map_err(|e| format!("index.html: {e}"))?));
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Fills every placeholder; an index.html without one is an error (the fallback would be lost).
pub fn fill(index_html: &str, today: Date) -> Result<String, String> {
    if !index_html.contains(PLACEHOLDER) {
        return Err(format!("index.html has no {PLACEHOLDER}"));
    }
    fill_words(&index_html.replace(PLACEHOLDER, &html(today)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use enlistment_rules::date::ymd;

    #[test]
    fn the_numbers_come_from_the_data() {
        let h = html(ymd(2026, 12, 1));
        assert!(h.contains("2027年上半年（暂定"), "{h}");
        assert!(h.contains("<div lang=\"en\" dir=\"ltr\">"), "{h}");
        assert!(h.contains("Key conditions: 2027, first half (H1) (provisional"), "{h}");
        assert!(h.contains("男性160厘米以上，女性158厘米以上"));
        assert!(h.contains("男性17.5至30"));
        assert!(h.contains("低于4.5不合格"));
        assert!(h.contains("高中毕业男青年不超过22周岁"));
        assert!(!h.contains('?'), "every number found: {h}");
        assert!(fill("<p>x</p>", ymd(2026, 12, 1)).is_err());
    }
}

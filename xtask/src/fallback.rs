//! The static fallback in `index.html`: what a browser that cannot run the app (no WebAssembly, a
//! failed integrity check, JavaScript off) shows instead. The key thresholds come from the rules
//! data through the engine, for the round open or next on the build date, so they are never
//! typed twice; the official links come from the sources data.

use enlistment_rules::data::{self, Param};
use enlistment_rules::date::{self, Date};
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

/// The fallback block for a build made on `today`.
pub fn html(today: Date) -> String {
    let r = default_round(today);
    let on = r.rules_date();
    let min_age = data::AGE_MIN.at(on).map_or(18, |v| v.value);
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
    let half_zh = if r.half == Half::H1 { "上半年" } else { "下半年" };
    let half_en = if r.half == Half::H1 { "first half" } else { "second half" };
    let provisional_zh = if r.provisional() { "（暂定：全国征兵通知尚未发布）" } else { "" };
    let provisional_en = if r.provisional() { " (provisional: no national notice yet)" } else { "" };
    let year = r.year;
    let asof = date::iso(today);
    format!(
        r#"<div class="fallback">
        <h2>主要条件：{year}年{half_zh}{provisional_zh}</h2>
        <ul>
          <li>年龄：{min_age}周岁起，按当年12月31日计算；高中毕业男青年不超过{hs}周岁，大学毕业生不超过{cg}周岁，研究生不超过{pg}周岁。</li>
          <li>身高：男性{hm}厘米以上，女性{hf}厘米以上。</li>
          <li>体重指数（BMI）：男性{bm0}至{bm1}（不含{bm1}），女性{bf0}至{bf1}（不含{bf1}）。</li>
          <li>视力：任何一眼裸眼视力低于{vf}不合格，低于{vc}要查矫正视力。</li>
        </ul>
        <p>以上只是要点，能否入伍以体格检查、政治考核和县级征兵办公室的审定为准。报名请登录<a href="{site}" target="_blank" rel="noopener noreferrer">全国征兵网</a>；有问题请问当地县征兵办公室（人武部）。应征入伍不收任何费用。依据：《征兵工作条例》和应征公民体格检查标准；数据截至{asof}。</p>
        <div lang="en">
          <h2>Key conditions: {year}, {half_en}{provisional_en}</h2>
          <ul>
            <li>Age: from {min_age}, counted at 31 December; men who finished high school up to {hs}, university graduates up to {cg}, postgraduates up to {pg}.</li>
            <li>Height: men {hm} cm or more, women {hf} cm or more.</li>
            <li>Body-mass index (BMI): men {bm0} to under {bm1}, women {bf0} to under {bf1}.</li>
            <li>Vision: naked-eye vision below {vf} in either eye is not accepted; below {vc} the corrected vision is checked.</li>
          </ul>
          <p>These are the main points only; the medical, the political review and the county conscription office decide. Apply on <a href="{site}" target="_blank" rel="noopener noreferrer">全国征兵网</a> (the national conscription website); ask your county conscription office with questions. Enlisting is free of charge. Sources: the Conscription Work Regulations and the physical examination standard for conscripts; data as of {asof}.</p>
        </div>
      </div>"#
    )
}

/// Fills every placeholder; an index.html without one is an error (the fallback would be lost).
pub fn fill(index_html: &str, today: Date) -> Result<String, String> {
    if !index_html.contains(PLACEHOLDER) {
        return Err(format!("index.html has no {PLACEHOLDER}"));
    }
    Ok(index_html.replace(PLACEHOLDER, &html(today)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use enlistment_rules::date::ymd;

    #[test]
    fn the_numbers_come_from_the_data() {
        let h = html(ymd(2026, 12, 1));
        assert!(h.contains("2027年上半年（暂定"), "{h}");
        assert!(h.contains("男性160厘米以上，女性158厘米以上"));
        assert!(h.contains("男性17.5至30"));
        assert!(h.contains("低于4.5不合格"));
        assert!(h.contains("高中毕业男青年不超过22周岁"));
        assert!(!h.contains('?'), "every number found: {h}");
        assert!(fill("<p>x</p>", ymd(2026, 12, 1)).is_err());
    }
}

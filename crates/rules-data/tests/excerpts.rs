//! An excerpt quotes the source it cites first: where the words come from another text, that text
//! is cited first (issue 13). Held two ways, from the texts rather than from the data:
//! - the 2026 national statement (科技日报 2026-01-15, the same 新华社 report as `national-meeting-2026`):
//!   every excerpt citing it first is, fragment by fragment, in its words below;
//! - words known to come from one kind of text (the 2020 reform, 2022 wording, local notices, a
//!   law's article) are cited to that text first, and a paraphrase found in no source is refused.

use enlistment_rules_data::load_checked;
use enlistment_rules_data::model::{Cite, Data};
use std::path::Path;

/// The eligibility paragraphs of the 2026 national statement, as rules-reference.md Addendum §3 and
/// the 2026-01-15 report give them (the words the data quotes; punctuation is ignored).
const NATIONAL_2026: &str = "征集对象以大学生为重点，突出各级各类学校毕业生征集。\
征集的女青年为普通高中应届毕业生、普通高等学校和科研机构全日制毕业生及在校生。\
征集年龄方面，男青年为2026年年满18至22周岁，普通高等学校本专科毕业生、符合毕业条件的毕业班学生放宽至24周岁，\
研究生毕业生及在校生放宽至26周岁，初中毕业文化程度男青年不超过20周岁；女青年为2026年年满18至22周岁，\
全日制研究生毕业生及在校生放宽至26周岁，上半年征集的普通高等学校全日制本专科毕业生放宽至23周岁。\
烈士、因公牺牲军人、病故军人的子女、兄弟姐妹和现役军人子女，在抢险救灾和灾区恢复重建中表现突出的优秀青年，\
符合条件的应当优先批准入伍。多征集懂双语言、文化程度较高、综合素质好的青年入伍。\
革命老区应当多征集老红军、老复员军人后代入伍。\
适龄青年应当在其户籍所在地应征，经常居住地与户籍所在地不在同一省（自治区、直辖市）且取得当地居住证3年以上的，\
可以在经常居住地应征。普通高等学校应届毕业生和在校生可在学校所在地应征，也可在入学前户籍所在地应征，\
大学新生在入学前户籍所在地应征。";

/// Sources that carry the 2026 national statement's words.
const NATIONAL_2026_IDS: &[&str] = &["stdaily-2026", "national-meeting-2026"];

/// Words and the texts they come from (the first cite must be one of them; none: a paraphrase).
const WORDS_FROM: &[(&str, &[&str])] = &[
    // The 2020 reform's half-year emphasis (新华社 2020-01-16), not a yearly statement's words.
    ("上半年主要征集往届毕业生", &["xinhua-2020-reform"]),
    // 2022/2023 wording (央视 2022-08-07), absent from the 2024 and 2026 texts (Addendum 2, note 14).
    ("优先批准理工类大学生", &["cctv-2022-priority"]),
    // The main group's wording is the local notices' (rules-reference §2), not the national text's.
    ("高中（含中专、职高、技校）", &["chaozhibaike-2023", "daxiang-notice-2026", "heb-bendibao-2024"]),
    ("含高校在校生", &["chaozhibaike-2023", "daxiang-notice-2026", "heb-bendibao-2024"]),
    // The women's half-year split comes from local notices (Addendum 2, note 2).
    ("下半年征集普通高中", &["chaozhibaike-2023", "daxiang-notice-2026", "heb-bendibao-2024", "smjyxx-2025"]),
    // A paraphrase found in no source.
    ("女兵征集对象为", &[]),
    ("2026年全国表述为", &[]),
    // The 居住证 years are the 2026 statement's (the regulation says only "符合规定条件的").
    ("居住证", &["stdaily-2026", "national-meeting-2026", "nfnews-2026", "bandao-2026"]),
    // Catch-up registration: the 2026 registration notices.
    ("补登", &["tangshan-2025", "fangchenggang-2026", "shuangyashan-2026"]),
    // 兵役法's own words.
    ("可以缓征", &["military-service-law"]),
    ("不得服兵役", &["military-service-law"]),
];

/// Punctuation and spaces do not count (the copies differ in full- and half-width marks).
fn bare(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Every excerpt with its citations, named for the message.
fn excerpts(data: &Data) -> Vec<(String, &[Cite], &str)> {
    let mut out = Vec::new();
    for p in data.params.values() {
        for e in &p.entries {
            out.push((format!("{} {} from {}", p.file, p.id, e.from), e.cite.as_slice(), e.excerpt.as_str()));
        }
    }
    for r in &data.records {
        out.push((format!("local.toml {} {} {}", r.kind, r.place, r.year), r.cite.as_slice(), r.excerpt.as_str()));
    }
    out
}

fn data() -> Data {
    load_checked(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/data")).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn excerpts_citing_the_2026_national_statement_first_are_its_words() {
    let text = bare(NATIONAL_2026);
    let mut wrong = Vec::new();
    for (at, cites, excerpt) in excerpts(&data()) {
        if !cites.first().is_some_and(|c| NATIONAL_2026_IDS.contains(&c.source.as_str())) {
            continue;
        }
        for fragment in excerpt.split(['；', '。', '…']).map(bare).filter(|f| !f.is_empty()) {
            if !text.contains(&fragment) {
                wrong.push(format!("{at}: \"{fragment}\" is not in the 2026 national statement"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn words_from_another_text_cite_that_text_first() {
    let mut wrong = Vec::new();
    for (at, cites, excerpt) in excerpts(&data()) {
        for (words, from) in WORDS_FROM {
            if !bare(excerpt).contains(&bare(words)) {
                continue;
            }
            let first = cites.first().map_or("", |c| c.source.as_str());
            if !from.contains(&first) {
                wrong.push(format!("{at}: \"{words}\" comes from {from:?}, but the first cite is `{first}`"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

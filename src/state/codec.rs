//! Answers in the URL fragment: `v1.` + base64url of `key=value` lines. The fragment is never sent
//! to a server; it keeps answers across a reload without storing anything, and makes share links.
//!
//! Decoding is strict: a wrong version, broken base64, an unknown key, a value out of place or
//! anything too long refuses the whole payload, and the page opens a clean form with a message.
//! It is also canonical: a payload is accepted only if it is exactly what [`encode`] writes for
//! the answers it holds (same key order, `\n` line ends, nothing extra), so one set of answers
//! has one address and `encode(decode(p)) == p` for every accepted `p`.

use super::answers::Answers;
use super::base64url;
use super::plausible::WeightUnit;
use enlistment_rules::applicant::{
    ColourVision, CosmeticTattoo, EduStatus, Education, FlatFeet, Priority, SurgeryKind,
};
use enlistment_rules::benefits::{Honour, Posting, TuitionScheme};
use enlistment_rules::places::{place, province};
use enlistment_rules::report::{Post, Verdict};
use enlistment_rules::round::{Round, Sex};

pub const VERSION: &str = "v1.";
/// Longest payload accepted, in bytes of text (a full set of answers is about 400).
pub const MAX_TEXT: usize = 2048;
/// Longest typed value accepted.
pub const MAX_VALUE: usize = 40;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CodecError {
    /// `v2.` or another version this build does not read.
    WrongVersion,
    /// Not base64, not text, unknown key, value of the wrong kind, a key twice.
    Corrupt,
    TooLong,
}

/// What goes into a link.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Scope {
    /// Everything (the tab's own state, "remember on this device", or a share link where the
    /// user chose so).
    All,
    /// The address bar: everything but health, political and priority-group answers, which stay in
    /// the tab (`history.state`) so a copied or synced address never carries them.
    Address,
    /// A share link by default: round, sex, birth year, region, education; no health, political
    /// or family answers.
    Shared,
}

/// A decoded payload: the answers, and the sender's result if it was a share link.
#[derive(Clone, PartialEq, Debug)]
pub struct Decoded {
    pub answers: Answers,
    pub shared: Option<SharedResult>,
}

/// The result a share link carries: the sender's verdict for a round, and whether health answers
/// were included (so the receiver knows why their copy may read differently).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SharedResult {
    pub verdict: Verdict,
    pub round: Round,
    pub complete: bool,
}

fn keys<T: Copy>(key: fn(T) -> &'static str, items: &[T]) -> String {
    items.iter().map(|i| key(*i)).collect::<Vec<_>>().join(",")
}

fn clean(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(MAX_VALUE).collect()
}

fn tri(b: Option<bool>) -> char {
    match b {
        Some(true) => 'y',
        Some(false) => 'n',
        None => '-',
    }
}

/// Encodes the answers (and, for a share link, the sender's result).
pub fn encode(a: &Answers, scope: Scope, shared: Option<SharedResult>) -> String {
    let mut lines: Vec<(&str, String)> = Vec::new();
    // Cleaned first, then tested: a value of only control characters would otherwise be written
    // as an empty value, which the decoder (rightly) refuses.
    let text = |k: &'static str, v: &str, lines: &mut Vec<(&str, String)>| {
        let v = clean(v);
        if !v.trim().is_empty() {
            lines.push((k, v));
        }
    };
    if let Some(r) = a.round {
        lines.push(("r", r.to_string()));
    }
    if let Some(s) = a.sex {
        lines.push(("sx", s.key().into()));
    }
    match scope {
        Scope::All | Scope::Address => text("b", &a.birth, &mut lines),
        // Only the year: age is counted by calendar year, and a full date identifies a person.
        Scope::Shared => {
            let year: String = a.birth.trim().chars().take(4).collect();
            if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) {
                lines.push(("b", year));
            }
        }
    }
    if let Some(r) = a.region {
        lines.push(("rg", r.into()));
    }
    if let Some(e) = a.education {
        lines.push(("ed", e.key().into()));
    }
    if let Some(s) = a.status {
        lines.push(("st", s.key().into()));
    }
    text("gy", &a.graduation_year, &mut lines);
    // Health, political and priority-group answers: only in the tab's own state or where asked.
    if scope == Scope::All {
        text("h", &a.height, &mut lines);
        text("w", &a.weight, &mut lines);
        if let Some(u) = a.weight_unit {
            lines.push(("wu", u.key().into()));
        }
        if a.decimal_vision {
            lines.push(("vd", "1".into()));
        }
        text("vl", &a.vision_left, &mut lines);
        text("vr", &a.vision_right, &mut lines);
        if let Some(s) = a.surgery {
            lines.push(("su", s.key().into()));
        }
        text("sm", &a.surgery_months, &mut lines);
        if let Some(t) = a.tattoo {
            lines.push(("t", tri(Some(t)).into()));
        }
        if let Some(t) = a.tattoo_face_neck {
            lines.push(("tf", tri(Some(t)).into()));
        }
        text("te", &a.tattoo_exposed, &mut lines);
        text("to", &a.tattoo_elsewhere, &mut lines);
        if !a.cosmetic.is_empty() {
            lines.push(("ct", keys(CosmeticTattoo::key, &a.cosmetic)));
        }
        if let Some(c) = a.colour_vision {
            lines.push(("cv", c.key().into()));
        }
        text("sy", &a.systolic, &mut lines);
        text("di", &a.diastolic, &mut lines);
        text("hr", &a.heart_rate, &mut lines);
        text("wl", &a.whisper_left, &mut lines);
        text("wr", &a.whisper_right, &mut lines);
        if let Some(f) = a.flat_feet {
            lines.push(("ff", f.key().into()));
        }
        if a.political.iter().any(Option::is_some) {
            lines.push(("pq", a.political.iter().map(|p| tri(*p)).collect()));
        }
        if !a.priority.is_empty() {
            lines.push(("pr", keys(Priority::key, &a.priority)));
        }
    }
    if !a.posts.is_empty() {
        lines.push(("po", keys(Post::key, &a.posts)));
    }
    if let Some(p) = a.place {
        lines.push(("pl", p.into()));
    }
    if scope != Scope::Shared {
        text("tu", &a.tuition, &mut lines);
        text("ln", &a.loan, &mut lines);
        text("ys", &a.years_studied, &mut lines);
        text("yr", &a.years_remaining, &mut lines);
        if let Some(x) = a.scheme {
            lines.push(("ts", x.key().into()));
        }
        if let Some(x) = a.posting {
            lines.push(("pt", x.key().into()));
        }
        if let Some(x) = a.honour {
            lines.push(("ho", x.key().into()));
        }
    }
    if let Some(s) = shared {
        lines.push(("sv", s.verdict.key().into()));
        lines.push(("sr", s.round.to_string()));
        lines.push(("sc", if s.complete { "1" } else { "0" }.into()));
    }
    let body: String = lines.iter().map(|(k, v)| format!("{k}={v}\n")).collect();
    format!("{VERSION}{}", base64url::encode(body.as_bytes()))
}

fn tri_from(c: char) -> Result<Option<bool>, CodecError> {
    match c {
        'y' => Ok(Some(true)),
        'n' => Ok(Some(false)),
        '-' => Ok(None),
        _ => Err(CodecError::Corrupt),
    }
}

fn one<T>(v: &str, parse: fn(&str) -> Option<T>) -> Result<T, CodecError> {
    parse(v).ok_or(CodecError::Corrupt)
}

fn list<T: PartialEq>(v: &str, parse: fn(&str) -> Option<T>) -> Result<Vec<T>, CodecError> {
    let mut out = Vec::new();
    for part in v.split(',') {
        let t = one(part, parse)?;
        if out.contains(&t) {
            return Err(CodecError::Corrupt);
        }
        out.push(t);
    }
    Ok(out)
}

/// Reads a payload written by [`encode`]; refuses anything else as a whole.
pub fn decode(payload: &str) -> Result<Decoded, CodecError> {
    let Some(b64) = payload.strip_prefix(VERSION) else {
        let versioned = payload.starts_with('v')
            && payload.find('.').is_some_and(|i| i > 1 && payload[1..i].bytes().all(|b| b.is_ascii_digit()));
        return Err(if versioned { CodecError::WrongVersion } else { CodecError::Corrupt });
    };
    if b64.len() > MAX_TEXT * 4 / 3 + 4 {
        return Err(CodecError::TooLong);
    }
    let bytes = base64url::decode(b64).ok_or(CodecError::Corrupt)?;
    let text = String::from_utf8(bytes).map_err(|_| CodecError::Corrupt)?;
    if text.len() > MAX_TEXT {
        return Err(CodecError::TooLong);
    }
    let mut a = Answers::default();
    let mut seen: Vec<&str> = Vec::new();
    let (mut sv, mut sr, mut sc) = (None, None, None);
    for line in text.lines() {
        let (k, v) = line.split_once('=').ok_or(CodecError::Corrupt)?;
        // No length limit per value here: a typed value longer than the encoder writes fails the
        // re-encoding check below, and a list of keys may be longer than a typed value.
        if seen.contains(&k) || v.trim().is_empty() || v.chars().any(char::is_control) {
            return Err(CodecError::Corrupt);
        }
        seen.push(k);
        let s = v.to_string();
        match k {
            "r" => a.round = Some(one(v, Round::parse)?),
            "sx" => a.sex = Some(one(v, |x| [Sex::Male, Sex::Female].into_iter().find(|s| s.key() == x))?),
            "b" => a.birth = s,
            "rg" => a.region = Some(one(v, |x| province(x).map(|p| p.code))?),
            "ed" => a.education = Some(one(v, Education::from_key)?),
            "st" => a.status = Some(one(v, EduStatus::from_key)?),
            "gy" => a.graduation_year = s,
            "h" => a.height = s,
            "w" => a.weight = s,
            "wu" => a.weight_unit = Some(one(v, WeightUnit::from_key)?),
            "vd" if v == "1" => a.decimal_vision = true,
            "vl" => a.vision_left = s,
            "vr" => a.vision_right = s,
            "su" => a.surgery = Some(one(v, SurgeryKind::from_key)?),
            "sm" => a.surgery_months = s,
            "t" => {
                a.tattoo =
                    tri_from(v.chars().next().unwrap_or('?')).and_then(|t| t.ok_or(CodecError::Corrupt).map(Some))?
            }
            "tf" => {
                a.tattoo_face_neck =
                    tri_from(v.chars().next().unwrap_or('?')).and_then(|t| t.ok_or(CodecError::Corrupt).map(Some))?
            }
            "te" => a.tattoo_exposed = s,
            "to" => a.tattoo_elsewhere = s,
            "ct" => a.cosmetic = list(v, CosmeticTattoo::from_key)?,
            "cv" => a.colour_vision = Some(one(v, ColourVision::from_key)?),
            "sy" => a.systolic = s,
            "di" => a.diastolic = s,
            "hr" => a.heart_rate = s,
            "wl" => a.whisper_left = s,
            "wr" => a.whisper_right = s,
            "ff" => a.flat_feet = Some(one(v, FlatFeet::from_key)?),
            "pq" => {
                let chars: Vec<char> = v.chars().collect();
                if chars.len() != a.political.len() {
                    return Err(CodecError::Corrupt);
                }
                for (slot, c) in a.political.iter_mut().zip(chars) {
                    *slot = tri_from(c)?;
                }
            }
            "po" => a.posts = list(v, Post::from_key)?,
            "pr" => a.priority = list(v, Priority::from_key)?,
            "pl" => a.place = Some(one(v, |x| place(x).map(|p| p.id))?),
            "tu" => a.tuition = s,
            "ln" => a.loan = s,
            "ys" => a.years_studied = s,
            "yr" => a.years_remaining = s,
            "ts" => a.scheme = Some(one(v, TuitionScheme::from_key)?),
            "pt" => a.posting = Some(one(v, Posting::from_key)?),
            "ho" => a.honour = Some(one(v, Honour::from_key)?),
            "sv" => sv = Some(one(v, Verdict::from_key)?),
            "sr" => sr = Some(one(v, Round::parse)?),
            "sc" if v == "0" || v == "1" => sc = Some(v == "1"),
            _ => return Err(CodecError::Corrupt),
        }
    }
    let shared = match (sv, sr, sc) {
        (Some(verdict), Some(round), Some(complete)) => Some(SharedResult { verdict, round, complete }),
        (None, None, None) => None,
        _ => return Err(CodecError::Corrupt),
    };
    // The encoder is the one statement of the format's layout (key order, line ends, which
    // values are written at all): anything it would write differently is refused. A share
    // link's reduced answers re-encode the same with `Scope::All`, which writes empty fields
    // not at all and keeps the shared keys in the same order.
    if encode(&a, Scope::All, shared) != payload {
        return Err(CodecError::Corrupt);
    }
    Ok(Decoded { answers: a, shared })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Answers {
        Answers {
            round: Round::parse("2027-H1"),
            sex: Some(Sex::Female),
            birth: "2005-04-01".into(),
            region: Some("32"),
            education: Some(Education::Bachelor),
            status: Some(EduStatus::Graduated),
            graduation_year: "2026".into(),
            height: "163".into(),
            weight: "abc".into(),
            weight_unit: Some(WeightUnit::Jin),
            decimal_vision: true,
            vision_left: "0.6".into(),
            vision_right: "1.0".into(),
            surgery: Some(SurgeryKind::Excimer),
            surgery_months: "7".into(),
            tattoo: Some(true),
            tattoo_face_neck: Some(false),
            tattoo_exposed: "2".into(),
            tattoo_elsewhere: "<img src=x onerror=alert(1)>".into(),
            cosmetic: vec![CosmeticTattoo::Lips],
            colour_vision: Some(ColourVision::Normal),
            systolic: "120".into(),
            diastolic: "80".into(),
            heart_rate: "72".into(),
            whisper_left: "5".into(),
            whisper_right: "4.5".into(),
            flat_feet: Some(FlatFeet::ArchPresent),
            political: [Some(false), None, Some(true), None, None, Some(false)],
            posts: vec![Post::Naval, Post::HkMacao],
            priority: vec![Priority::Bilingual],
            place: Some("32-wujiang"),
            tuition: "6000".into(),
            loan: "8000".into(),
            years_studied: "4".into(),
            years_remaining: "".into(),
            scheme: Some(TuitionScheme::Normal),
            posting: Some(Posting::Tibet),
            honour: Some(Honour::ThirdClassMerit),
        }
    }

    #[test]
    fn everything_round_trips() {
        let a = full();
        let d = decode(&encode(&a, Scope::All, None)).unwrap();
        assert_eq!(d.answers, a);
        assert_eq!(d.shared, None);
        assert_eq!(decode(&encode(&Answers::default(), Scope::All, None)).unwrap().answers, Answers::default());
    }

    #[test]
    fn a_share_link_leaves_out_health_and_political_answers() {
        let shared =
            SharedResult { verdict: Verdict::NeedsCheck, round: Round::parse("2027-H1").unwrap(), complete: false };
        let link = encode(&full(), Scope::Shared, Some(shared));
        let d = decode(&link).unwrap();
        assert_eq!(d.shared, Some(shared));
        let a = d.answers;
        assert_eq!(a.birth, "2005", "only the year of birth");
        assert_eq!((a.sex, a.region, a.education), (Some(Sex::Female), Some("32"), Some(Education::Bachelor)));
        assert_eq!(a.height, "");
        assert_eq!(a.vision_left, "");
        assert_eq!(a.surgery, None);
        assert_eq!(a.tattoo, None);
        assert_eq!(a.political, [None; 6]);
        assert_eq!(a.priority, vec![]);
        // The link's text itself carries none of the sensitive keys.
        let text = String::from_utf8(base64url::decode(&link[3..]).unwrap()).unwrap();
        let keys: Vec<&str> = text.lines().filter_map(|l| l.split_once('=').map(|(k, _)| k)).collect();
        assert_eq!(keys, ["r", "sx", "b", "rg", "ed", "st", "gy", "po", "pl", "sv", "sr", "sc"], "{text}");
        assert_eq!(a.tuition, "", "tuition and loans stay out of a default share link");
    }

    #[test]
    fn the_address_leaves_out_health_political_and_priority_answers() {
        let p = encode(&full(), Scope::Address, None);
        let text = String::from_utf8(base64url::decode(&p[3..]).unwrap()).unwrap();
        let keys: Vec<&str> = text.lines().filter_map(|l| l.split_once('=').map(|(k, _)| k)).collect();
        // Written out independently of the encoder: the non-sensitive keys and nothing else.
        assert_eq!(
            keys,
            ["r", "sx", "b", "rg", "ed", "st", "gy", "po", "pl", "tu", "ln", "ys", "ts", "pt", "ho"],
            "{text}"
        );
        let a = decode(&p).unwrap().answers;
        assert_eq!(a.birth, "2005-04-01", "the whole date: age is exact to the day");
        assert_eq!((a.height.as_str(), a.political, a.priority.len()), ("", [None; 6], 0));
    }

    /// Regression (found by tests/codec_fuzz.rs): a typed value made only of control characters
    /// was written as `w=`, and the page then refused its own address on reload.
    #[test]
    fn a_value_of_control_characters_is_left_out_not_written_empty() {
        let a = Answers { weight: "\u{0}\u{7}".into(), height: "175".into(), ..Answers::default() };
        let p = encode(&a, Scope::All, None);
        let d = decode(&p).expect("own payload accepted");
        assert_eq!(d.answers.weight, "");
        assert_eq!(d.answers.height, "175");
        // And the decoder refuses a blank value, which the encoder never writes (it was accepted
        // as " " and then lost on the next reload).
        assert_eq!(decode(&format!("v1.{}", base64url::encode(b"tu= "))).err(), Some(CodecError::Corrupt));
    }

    #[test]
    fn hostile_payloads_are_refused() {
        let good = encode(&full(), Scope::All, None);
        assert_eq!(decode("v2.abcd"), Err(CodecError::WrongVersion));
        assert_eq!(decode("v99.abcd"), Err(CodecError::WrongVersion));
        assert_eq!(decode("abcd"), Err(CodecError::Corrupt));
        assert_eq!(decode("v1.!!!!"), Err(CodecError::Corrupt));
        assert!(decode(&good[..good.len() - 7]).is_err(), "truncated base64");
        assert_eq!(decode(&format!("v1.{}", "A".repeat(1 << 20))), Err(CodecError::TooLong));
        let enc = |s: &str| format!("v1.{}", base64url::encode(s.as_bytes()));
        assert_eq!(decode(&enc("sx=robot\n")), Err(CodecError::Corrupt));
        assert_eq!(decode(&enc("zz=1\n")), Err(CodecError::Corrupt));
        assert_eq!(decode(&enc("h=1\nh=2\n")), Err(CodecError::Corrupt));
        assert_eq!(decode(&enc("h\n")), Err(CodecError::Corrupt));
        assert_eq!(decode(&enc(&format!("h={}\n", "9".repeat(41)))), Err(CodecError::Corrupt));
        assert_eq!(decode(&enc("pq=yyy\n")), Err(CodecError::Corrupt));
        assert_eq!(decode(&enc("sv=likely_eligible\n")), Err(CodecError::Corrupt), "half a shared result");
        assert_eq!(decode(&enc("h=1\u{7}\n")), Err(CodecError::Corrupt));
        assert!(decode(&format!("v1.{}", base64url::encode(&[0xff, 0xfe, 0x00]))).is_err());
    }

    /// Regression (found by tests/codec_fuzz.rs once it chose posts): six posts or more made a
    /// `po` line longer than a typed value may be, and the page refused its own address.
    #[test]
    fn every_post_and_every_priority_round_trip() {
        let a = Answers { posts: Post::ALL.to_vec(), priority: Priority::ALL.to_vec(), ..Answers::default() };
        assert_eq!(decode(&encode(&a, Scope::All, None)).map(|d| d.answers), Ok(a));
    }

    /// Regression (tests audit 2026-12, finding 9): the decoder took CRLF line ends, keys in any
    /// order, a missing last newline, `t=yes` and an all-blank `pq`, none of which the encoder
    /// writes; each answer set now has exactly one payload.
    #[test]
    fn only_the_encoders_own_layout_is_accepted() {
        let enc = |s: &str| format!("v1.{}", base64url::encode(s.as_bytes()));
        assert!(decode(&enc("r=2027-H1\nh=175\n")).is_ok(), "the canonical form");
        for (text, why) in [
            ("r=2027-H1\r\nh=175\r\n", "CRLF"),
            ("h=175\nr=2027-H1\n", "keys out of order"),
            ("r=2027-H1\nh=175", "no final newline"),
            ("t=yes\n", "more than one letter"),
            ("pq=------\n", "a political answer with nothing answered"),
            ("sc=1\nsv=needs_check\nsr=2027-H1\n", "shared result out of order"),
        ] {
            assert_eq!(decode(&enc(text)), Err(CodecError::Corrupt), "{why}: {text:?}");
        }
    }
}

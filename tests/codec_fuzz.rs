//! Generated inputs through the share-link and fragment decoder (`state::codec::decode`): nothing
//! may panic, and the codec is canonical, as two properties over every input:
//! - `encode ∘ decode = id` on accepted payloads: whatever is accepted is byte for byte what the
//!   encoder writes for the answers it holds (ARCHITECTURE.md: "refuses anything its encoder
//!   would not write");
//! - `decode ∘ encode = id` on answers: generated answers come back exactly, except what the
//!   test's own statement of the format says is dropped (blank or dirty text, and in a share link
//!   everything but the shared keys).
//!
//! Inputs come from a seeded generator (repeatable): answers with every field, real payloads,
//! edits of their lines that keep them canonical (must be accepted) or break the layout (must be
//! refused), damaged base64, well-formed lines with wrong keys or values, and random text.

use enlistment_app::state::answers::Answers;
use enlistment_app::state::base64url;
use enlistment_app::state::codec::{Decoded, Scope, SharedResult, decode, encode};
use enlistment_app::state::plausible::WeightUnit;
use enlistment_rules::applicant::{
    ColourVision, CosmeticTattoo, EduStatus, Education, FlatFeet, Priority, SurgeryKind,
};
use enlistment_rules::benefits::{Honour, Posting, TuitionScheme};
use enlistment_rules::data::{PLACES, PROVINCES};
use enlistment_rules::report::{Post, Verdict};
use enlistment_rules::round::{Round, Sex};

type Rng = fastrand::Rng;

const KEYS: &[&str] = &[
    "r", "sx", "b", "rg", "ed", "st", "gy", "h", "w", "wu", "vd", "vl", "vr", "su", "sm", "t", "tf", "te", "to", "ct",
    "cv", "sy", "di", "hr", "wl", "wr", "ff", "pq", "po", "pr", "pl", "tu", "ln", "ys", "yr", "ts", "pt", "ho", "sv",
    "sr", "sc", "x", "", "r r", "Ｒ",
];
const VALUES: &[&str] = &[
    "2026-H1",
    "2027-H2",
    "2026-H3",
    "male",
    "female",
    "2005",
    "2005-02-29",
    "2004-07-19",
    "32",
    "99",
    "bachelor",
    "jin",
    "enrolled",
    "175",
    "175.5",
    "１７５",
    "-1",
    "1e9",
    "NaN",
    "y",
    "n",
    "-",
    "yn-yn-",
    "yyyyyyy",
    "a,b",
    "laser",
    "32-wujiang",
    "x",
    "=",
    "==",
    "征兵",
    "<img src=x onerror=alert(1)>",
    "\u{0}",
    "\u{202e}",
    "likely_eligible",
];
/// Typed text as a user may leave it: mostly plausible, some of it what the encoder must clean or drop.
const TYPED: &[&str] = &[
    "175",
    "175.5",
    "4.9",
    "0.6",
    "2005-04-01",
    "2005",
    "６０",
    "abc",
    "=",
    "a=b",
    " 7 ",
    "征兵",
    "<img src=x>",
    "\u{202e}1",
];
const DIRTY: &[&str] = &["", " ", "\t", "\u{0}\u{7}", "12\n3", "99\r", "\u{3000}"];
const CHARS: &[char] = &[
    'A',
    'z',
    '0',
    '9',
    '-',
    '_',
    '.',
    '=',
    '+',
    '/',
    '%',
    '\n',
    '\r',
    '\t',
    ' ',
    '\u{0}',
    'é',
    '征',
    '\u{1F600}',
    '\u{FEFF}',
    'v',
    '1',
];

fn random_text(rng: &mut Rng, max: usize) -> String {
    let n = rng.usize(..max + 1);
    (0..n).map(|_| *rng.choice(CHARS).unwrap()).collect()
}

/// A typed value: 3 in 5 plausible, the rest empty, blank, dirty or too long.
fn typed(rng: &mut Rng) -> String {
    match rng.usize(..10) {
        0..6 => rng.choice(TYPED).unwrap().to_string(),
        6 => String::new(),
        7 => rng.choice(DIRTY).unwrap().to_string(),
        8 => "9".repeat(38 + rng.usize(..5)),
        _ => random_text(rng, 12),
    }
}

fn maybe<T: Copy>(rng: &mut Rng, all: &[T]) -> Option<T> {
    if rng.usize(..4) == 0 { None } else { rng.choice(all).copied() }
}

fn some_of<T: Copy>(rng: &mut Rng, all: &[T]) -> Vec<T> {
    let mut v: Vec<T> = all.iter().copied().filter(|_| rng.usize(..3) == 0).collect();
    rng.shuffle(&mut v);
    v
}

/// Answers with every field drawn (one line a field, so a new field is one new line here).
fn random_answers(rng: &mut Rng) -> Answers {
    let rounds: Vec<Round> = enlistment_rules::round::rounds().map(|r| r.round).collect();
    let provinces: Vec<&'static str> = PROVINCES.iter().map(|p| p.code).collect();
    let places: Vec<&'static str> = PLACES.iter().map(|p| p.id).collect();
    let tri = [Some(true), Some(false), None];
    Answers {
        round: maybe(rng, &rounds),
        sex: maybe(rng, &[Sex::Male, Sex::Female]),
        birth: typed(rng),
        region: maybe(rng, &provinces),
        education: maybe(rng, Education::ALL),
        status: maybe(rng, EduStatus::ALL),
        graduation_year: typed(rng),
        height: typed(rng),
        weight: typed(rng),
        weight_unit: maybe(rng, &[WeightUnit::Kg, WeightUnit::Jin]),
        decimal_vision: rng.bool(),
        vision_left: typed(rng),
        vision_right: typed(rng),
        surgery: maybe(rng, SurgeryKind::ALL),
        surgery_months: typed(rng),
        tattoo: maybe(rng, &[true, false]),
        tattoo_face_neck: maybe(rng, &[true, false]),
        tattoo_exposed: typed(rng),
        tattoo_elsewhere: typed(rng),
        cosmetic: some_of(rng, CosmeticTattoo::ALL),
        colour_vision: maybe(rng, ColourVision::ALL),
        systolic: typed(rng),
        diastolic: typed(rng),
        heart_rate: typed(rng),
        whisper_left: typed(rng),
        whisper_right: typed(rng),
        flat_feet: maybe(rng, FlatFeet::ALL),
        political: std::array::from_fn(|_| *rng.choice(&tri).unwrap()),
        posts: some_of(rng, Post::ALL),
        priority: some_of(rng, Priority::ALL),
        place: maybe(rng, &places),
        tuition: typed(rng),
        loan: typed(rng),
        years_studied: typed(rng),
        years_remaining: typed(rng),
        scheme: maybe(rng, TuitionScheme::ALL),
        posting: maybe(rng, Posting::ALL),
        honour: maybe(rng, Honour::ALL),
    }
}

fn random_shared(rng: &mut Rng) -> Option<SharedResult> {
    let rounds: Vec<Round> = enlistment_rules::round::rounds().map(|r| r.round).collect();
    let verdicts = [Verdict::LikelyEligible, Verdict::NeedsCheck, Verdict::NotEligible];
    rng.bool().then(|| SharedResult {
        verdict: *rng.choice(&verdicts).unwrap(),
        round: *rng.choice(&rounds).unwrap(),
        complete: rng.bool(),
    })
}

/// The format's rule for typed text, stated here apart from the codec: control characters are
/// removed, the rest is cut to 40 characters, and a value that is then blank is left out (read
/// back as empty).
fn kept(s: &str) -> String {
    let v: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if v.trim().is_empty() { String::new() } else { v }
}

/// What a link of this scope must give back for these answers.
fn expected(a: &Answers, scope: Scope) -> Answers {
    let mut e = a.clone();
    for s in [
        &mut e.birth,
        &mut e.graduation_year,
        &mut e.height,
        &mut e.weight,
        &mut e.vision_left,
        &mut e.vision_right,
        &mut e.surgery_months,
        &mut e.tattoo_exposed,
        &mut e.tattoo_elsewhere,
        &mut e.systolic,
        &mut e.diastolic,
        &mut e.heart_rate,
        &mut e.whisper_left,
        &mut e.whisper_right,
        &mut e.tuition,
        &mut e.loan,
        &mut e.years_studied,
        &mut e.years_remaining,
    ] {
        *s = kept(s);
    }
    if scope == Scope::Shared {
        // A share link carries round, sex, the year of birth (when the birth starts with one),
        // region, education, status, graduation year, posts and place; nothing else.
        let year: String = a.birth.trim().chars().take(4).collect();
        let birth = if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) { year } else { String::new() };
        e = Answers {
            round: e.round,
            sex: e.sex,
            birth,
            region: e.region,
            education: e.education,
            status: e.status,
            graduation_year: e.graduation_year,
            posts: e.posts,
            place: e.place,
            ..Answers::default()
        };
    }
    e
}

/// A payload around any text: `v1.` + base64url.
fn payload(text: &str) -> String {
    format!("v1.{}", base64url::encode(text.as_bytes()))
}

fn text_of(p: &str) -> String {
    String::from_utf8(base64url::decode(&p[3..]).unwrap()).unwrap()
}

/// The three lines of a sender's result, which go together.
fn is_shared(line: &str) -> bool {
    ["sv=", "sr=", "sc="].iter().any(|k| line.starts_with(k))
}

/// Edits of a canonical payload's lines that keep it canonical: each must still be accepted.
fn canonical_edit(rng: &mut Rng, lines: &mut Vec<String>) {
    match rng.usize(..3) {
        // Drop a line (the shared result's three lines go together).
        0 if !lines.is_empty() => {
            let i = rng.usize(..lines.len());
            if !is_shared(&lines[i]) {
                lines.remove(i);
            }
        }
        // Another clean value for a typed field.
        1 => {
            if let Some(l) =
                lines.iter_mut().find(|l| l.starts_with("h=") || l.starts_with("w=") || l.starts_with("tu="))
            {
                let k = l.split_once('=').unwrap().0.to_string();
                *l = format!("{k}={}", rng.choice(TYPED).unwrap());
            }
        }
        // Keep only a prefix of the answer lines (the shared result goes too).
        _ => {
            let shared_from = lines.iter().position(|l| is_shared(l)).unwrap_or(lines.len());
            lines.truncate(rng.usize(..=shared_from));
        }
    }
}

/// Edits that keep every line valid but leave the encoder's layout: each must be refused.
fn layout_break(rng: &mut Rng, lines: &[String]) -> String {
    let mut lines = lines.to_vec();
    match rng.usize(..5) {
        0 => {
            let i = rng.usize(..lines.len() - 1);
            let j = rng.usize(i + 1..lines.len());
            lines.swap(i, j);
            lines.iter().map(|l| format!("{l}\n")).collect()
        }
        1 => lines.iter().map(|l| format!("{l}\r\n")).collect(),
        2 => lines.join("\n"),
        3 => {
            let i = rng.usize(..lines.len());
            lines.insert(i, lines[i].clone());
            lines.iter().map(|l| format!("{l}\n")).collect()
        }
        _ => {
            let i = rng.usize(..lines.len() + 1);
            lines.insert(i, String::new());
            lines.iter().map(|l| format!("{l}\n")).collect()
        }
    }
}

fn mutate(rng: &mut Rng, s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    for _ in 0..1 + rng.usize(..4) {
        let at = rng.usize(..chars.len() + 1);
        match rng.usize(..5) {
            0 if at < chars.len() => {
                chars.remove(at);
            }
            1 => chars.insert(at, *rng.choice(CHARS).unwrap()),
            2 if at < chars.len() => chars[at] = *rng.choice(&['A', 'B', '-', '_', 'z', '9', '=', '.']).unwrap(),
            3 => chars.truncate(at),
            _ => chars.insert(at.min(chars.len()), *rng.choice(&['A', 'g', 'Q']).unwrap()),
        }
    }
    chars.into_iter().collect()
}

/// Whatever is accepted is exactly its own encoding (`encode ∘ decode = id`), and its answers
/// come back from that encoding (`decode ∘ encode = id` on decoded answers).
fn check_canonical(input: &str) -> Option<Decoded> {
    let d = decode(input).ok()?;
    let again = encode(&d.answers, Scope::All, d.shared);
    assert_eq!(again, input, "accepted {:?}, which the encoder writes as {:?}", input, again);
    assert_eq!(decode(&again).as_ref(), Ok(&d));
    Some(d)
}

#[test]
fn the_share_codec_is_canonical_and_never_panics() {
    // The root package runs at opt-level 0 in tests (no profile override), about 0.15 ms an input.
    const N: u64 = 60_000;
    let mut rng = Rng::with_seed(0x5EED_C0DE);
    // Inputs and acceptances per branch.
    let mut tried = [0u64; 6];
    let mut accepted = [0u64; 6];
    for i in 0..N {
        let branch = (i % 6) as usize;
        let input = match branch {
            // Generated answers: they come back as the format says, in either scope.
            0 => {
                let a = random_answers(&mut rng);
                let scope = *rng.choice(&[Scope::All, Scope::Shared]).unwrap();
                let shared = random_shared(&mut rng);
                let p = encode(&a, scope, shared);
                let d = decode(&p).unwrap_or_else(|e| panic!("own payload {p:?} refused: {e:?}"));
                assert_eq!(d.answers, expected(&a, scope), "{p:?}");
                assert_eq!(d.shared, shared);
                p
            }
            // A real payload, edited line by line in ways that keep it the encoder's: accepted.
            1 => {
                let p = encode(&random_answers(&mut rng), Scope::All, random_shared(&mut rng));
                let mut lines: Vec<String> = text_of(&p).lines().map(String::from).collect();
                canonical_edit(&mut rng, &mut lines);
                let edited = payload(&lines.iter().map(|l| format!("{l}\n")).collect::<String>());
                assert!(decode(&edited).is_ok(), "a canonical edit was refused: {:?}", text_of(&edited));
                edited
            }
            // The same lines in another layout (order, line ends, a key twice, a blank line): refused.
            2 => {
                let p = encode(&random_answers(&mut rng), Scope::All, None);
                let lines: Vec<String> = text_of(&p).lines().map(String::from).collect();
                if lines.len() < 2 {
                    continue;
                }
                let broken = payload(&layout_break(&mut rng, &lines));
                assert!(decode(&broken).is_err(), "accepted a layout the encoder never writes: {:?}", text_of(&broken));
                broken
            }
            // A real payload, damaged at the character level.
            3 => {
                let p = encode(&random_answers(&mut rng), *rng.choice(&[Scope::All, Scope::Shared]).unwrap(), None);
                mutate(&mut rng, &p)
            }
            // Well-formed lines with real and wrong keys and values.
            4 => {
                let lines: Vec<String> = (0..rng.usize(..12))
                    .map(|_| {
                        let v = if rng.usize(..4) == 0 {
                            random_text(&mut rng, 45)
                        } else {
                            rng.choice(VALUES).unwrap().to_string()
                        };
                        format!("{}={v}", rng.choice(KEYS).unwrap())
                    })
                    .collect();
                payload(&lines.join(*rng.choice(&["\n", "\r\n", "\n\n", "&"]).unwrap()))
            }
            // Random bytes behind a version, or random text, sometimes very long.
            _ => {
                if rng.bool() {
                    let bytes: Vec<u8> = (0..rng.usize(..300)).map(|_| rng.u8(..)).collect();
                    format!("{}{}", rng.choice(&["v1.", "v2.", "v1", "", "v01."]).unwrap(), base64url::encode(&bytes))
                } else {
                    let max = if rng.usize(..1000) == 0 { 200_000 } else { 120 };
                    format!("{}{}", rng.choice(&["v1.", ""]).unwrap(), random_text(&mut rng, max))
                }
            }
        };
        tried[branch] += 1;
        if check_canonical(&input).is_some() {
            accepted[branch] += 1;
        }
    }
    println!(
        "codec fuzz: {N} inputs; per branch (tried, accepted): {:?}",
        tried.iter().zip(accepted).collect::<Vec<_>>()
    );
    assert_eq!(accepted[0], tried[0], "every own payload is accepted");
    assert_eq!(accepted[1], tried[1], "every canonical edit is accepted");
    assert_eq!(accepted[2], 0, "no layout break is accepted");
    // Beyond the generator's own payloads, the character-level damage must still reach the
    // accepting paths now and then (a damaged value that stays valid), or it tests only refusals.
    assert!(accepted[3] > tried[3] / 1000, "damaged payloads never accepted: {} of {}", accepted[3], tried[3]);
    assert!(accepted.iter().sum::<u64>() > tried[0] + tried[1], "only the generator's own payloads were accepted");
}

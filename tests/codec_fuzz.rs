//! A million generated inputs through the share-link and fragment decoder (`state::codec::decode`):
//! nothing may panic, and whatever it accepts must encode again to a payload it accepts with the
//! same answers. Inputs come from a seeded generator (repeatable): mutations of real payloads,
//! well-formed payloads with wrong or random values, and random text of every kind.

use enlistment_app::state::answers::Answers;
use enlistment_app::state::base64url;
use enlistment_app::state::codec::{Scope, decode, encode};
use enlistment_rules::applicant::{EduStatus, Education};
use enlistment_rules::round::{Round, Sex};

const KEYS: &[&str] = &[
    "r", "sx", "b", "rg", "ed", "st", "gy", "h", "w", "vd", "vl", "vr", "su", "sm", "t", "tf", "te", "to", "ct", "cv",
    "sy", "di", "hr", "wh", "ff", "pq", "po", "pr", "pl", "tu", "ln", "ys", "yr", "ts", "pt", "ho", "sv", "sr", "sc",
    "x", "", "r r", "Ｒ",
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
const ROUNDS: &[&str] = &["2024-H1", "2025-H2", "2026-H1", "2027-H2"];
const VISIONS: &[&str] = &["4.9", "0.6", "", "５.０"];
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

fn random_text(rng: &mut fastrand::Rng, max: usize) -> String {
    let n = rng.usize(..max + 1);
    (0..n).map(|_| *rng.choice(CHARS).unwrap()).collect()
}

fn random_answers(rng: &mut fastrand::Rng) -> Answers {
    let mut a = Answers::default();
    if rng.usize(..2) == 0 {
        a.round = Round::parse(rng.choice(ROUNDS).unwrap());
    }
    a.sex = *rng.choice(&[None, Some(Sex::Male), Some(Sex::Female)]).unwrap();
    a.education = rng.choice(&[None, Some(Education::Bachelor), Some(Education::HighSchool)]).unwrap().to_owned();
    a.status = *rng.choice(&[None, Some(EduStatus::Enrolled), Some(EduStatus::Graduated)]).unwrap();
    a.birth = rng.choice(VALUES).unwrap().to_string();
    a.height = random_text(rng, 8);
    a.weight = rng.choice(VALUES).unwrap().to_string();
    a.vision_left = rng.choice(VISIONS).unwrap().to_string();
    a.tuition = random_text(rng, 50);
    a.political[rng.usize(..6)] = Some(rng.usize(..2) == 0);
    a
}

/// A payload as the encoder writes it: `v1.` + base64url of `key=value` lines.
fn payload(text: &str) -> String {
    format!("v1.{}", base64url::encode(text.as_bytes()))
}

fn mutate(rng: &mut fastrand::Rng, s: &str) -> String {
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

/// Whatever is accepted is stable: encoding it again gives a payload that decodes to the same.
fn check_stable(input: &str, accepted: &mut u64) {
    if let Ok(d) = decode(input) {
        *accepted += 1;
        let again = encode(&d.answers, Scope::All, None);
        let back = decode(&again)
            .unwrap_or_else(|e| panic!("{input:?} was accepted, its re-encoding {again:?} is not: {e:?}"));
        assert_eq!(back.answers, d.answers, "{input:?}");
    }
}

#[test]
fn a_million_inputs_never_panic_and_what_is_accepted_is_stable() {
    const N: u64 = 1_000_000;
    let mut rng = fastrand::Rng::with_seed(0x5EED_C0DE);
    let (mut accepted, mut from_answers) = (0u64, 0u64);
    for i in 0..N {
        let input = match i % 5 {
            // A real payload, round-tripped: must be accepted and give back the same answers.
            0 => {
                let a = random_answers(&mut rng);
                let p = encode(&a, Scope::All, None);
                let d = decode(&p).unwrap_or_else(|e| panic!("own payload {p:?} refused: {e:?}"));
                assert_eq!(encode(&d.answers, Scope::All, None), p);
                from_answers += 1;
                p
            }
            // A real payload, damaged.
            1 => {
                let p = encode(&random_answers(&mut rng), *rng.choice(&[Scope::All, Scope::Shared]).unwrap(), None);
                mutate(&mut rng, &p)
            }
            // Well-formed lines with real and wrong keys and values.
            2 => {
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
            // Random bytes behind the version.
            3 => {
                let bytes: Vec<u8> = (0..rng.usize(..300)).map(|_| rng.u64(..) as u8).collect();
                format!("{}{}", rng.choice(&["v1.", "v2.", "v1", "", "v01."]).unwrap(), base64url::encode(&bytes))
            }
            // Random text, sometimes very long.
            _ => {
                let max = if rng.usize(..1000) == 0 { 200_000 } else { 120 };
                format!("{}{}", rng.choice(&["v1.", ""]).unwrap(), random_text(&mut rng, max))
            }
        };
        check_stable(&input, &mut accepted);
    }
    println!("codec fuzz: {N} inputs, {accepted} accepted ({from_answers} generated from answers), no panic");
    assert!(accepted > N / 5, "the generator should reach the accepting paths too");
}

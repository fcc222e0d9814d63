//! A million generated inputs through the share-link and fragment decoder (`state::codec::decode`):
//! nothing may panic, and whatever it accepts must encode again to a payload it accepts with the
//! same answers. Inputs come from a seeded generator (repeatable): mutations of real payloads,
//! well-formed payloads with wrong or random values, and random text of every kind.

use enlistment_app::state::answers::Answers;
use enlistment_app::state::base64url;
use enlistment_app::state::codec::{Scope, decode, encode};
use enlistment_rules::applicant::{EduStatus, Education};
use enlistment_rules::round::{Round, Sex};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

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

fn random_text(rng: &mut Rng, max: usize) -> String {
    let n = rng.below(max + 1);
    (0..n).map(|_| *rng.pick(CHARS)).collect()
}

fn random_answers(rng: &mut Rng) -> Answers {
    let mut a = Answers::default();
    if rng.below(2) == 0 {
        a.round = Round::parse(rng.pick::<&str>(ROUNDS));
    }
    a.sex = *rng.pick(&[None, Some(Sex::Male), Some(Sex::Female)]);
    a.education = rng.pick(&[None, Some(Education::Bachelor), Some(Education::HighSchool)]).to_owned();
    a.status = *rng.pick(&[None, Some(EduStatus::Enrolled), Some(EduStatus::Graduated)]);
    a.birth = rng.pick(VALUES).to_string();
    a.height = random_text(rng, 8);
    a.weight = rng.pick(VALUES).to_string();
    a.vision_left = rng.pick(VISIONS).to_string();
    a.tuition = random_text(rng, 50);
    a.political[rng.below(6)] = Some(rng.below(2) == 0);
    a
}

/// A payload as the encoder writes it: `v1.` + base64url of `key=value` lines.
fn payload(text: &str) -> String {
    format!("v1.{}", base64url::encode(text.as_bytes()))
}

fn mutate(rng: &mut Rng, s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(chars.len() + 1);
        match rng.below(5) {
            0 if at < chars.len() => {
                chars.remove(at);
            }
            1 => chars.insert(at, *rng.pick(CHARS)),
            2 if at < chars.len() => chars[at] = *rng.pick(&['A', 'B', '-', '_', 'z', '9', '=', '.']),
            3 => chars.truncate(at),
            _ => chars.insert(at.min(chars.len()), *rng.pick(&['A', 'g', 'Q'])),
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
    let mut rng = Rng(0x5EED_C0DE);
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
                let p = encode(&random_answers(&mut rng), *rng.pick(&[Scope::All, Scope::Shared]), None);
                mutate(&mut rng, &p)
            }
            // Well-formed lines with real and wrong keys and values.
            2 => {
                let lines: Vec<String> = (0..rng.below(12))
                    .map(|_| {
                        let v =
                            if rng.below(4) == 0 { random_text(&mut rng, 45) } else { rng.pick(VALUES).to_string() };
                        format!("{}={v}", rng.pick(KEYS))
                    })
                    .collect();
                payload(&lines.join(*rng.pick(&["\n", "\r\n", "\n\n", "&"])))
            }
            // Random bytes behind the version.
            3 => {
                let bytes: Vec<u8> = (0..rng.below(300)).map(|_| rng.next() as u8).collect();
                format!("{}{}", rng.pick(&["v1.", "v2.", "v1", "", "v01."]), base64url::encode(&bytes))
            }
            // Random text, sometimes very long.
            _ => {
                let max = if rng.below(1000) == 0 { 200_000 } else { 120 };
                format!("{}{}", rng.pick(&["v1.", ""]), random_text(&mut rng, max))
            }
        };
        check_stable(&input, &mut accepted);
    }
    println!("codec fuzz: {N} inputs, {accepted} accepted ({from_answers} generated from answers), no panic");
    assert!(accepted > N / 5, "the generator should reach the accepting paths too");
}

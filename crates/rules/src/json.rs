//! JSON in and out, for the command-line tool and the JS module (feature `json`; the Yew app does
//! not carry it). Input is read field by field so every error names its field; unknown fields are
//! refused so a typo (`height` for `height_cm`) cannot silently change a verdict.

use crate::applicant::{
    Applicant, ColourVision, CosmeticTattoo, EduStatus, Education, ErrorCode, Field, FieldError, FlatFeet,
    PoliticalQuestion, Priority, SurgeryKind, limits, validate,
};
use crate::benefits::{Estimate, Honour, Household, Money, Posting, TuitionScheme};
use crate::data::{Cite, PLACES, PROVINCES, ROUNDS, SOURCES};
use crate::date::{self, Date};
use crate::plan::{Action, Plan};
use crate::report::{Check, Post, Quantity, Report, Val};
use crate::round::{Sex, last_deadline};
use serde_json::{Map, Number, Value, json};

/// A refused input: the field, a stable code, and an English sentence for people.
#[derive(Clone, Debug, PartialEq)]
pub struct InputError {
    pub field: String,
    pub code: ErrorCode,
    pub message: String,
}

impl InputError {
    pub fn new(field: &str, code: ErrorCode) -> InputError {
        InputError { field: field.to_string(), code, message: message(field, code) }
    }

    pub fn to_json(&self) -> Value {
        json!({ "error": { "field": self.field, "code": self.code.key(), "message": self.message } })
    }
}

impl From<FieldError> for InputError {
    fn from(e: FieldError) -> InputError {
        InputError::new(e.field.key(), e.code)
    }
}

fn range_text(field: &str) -> Option<String> {
    let f = |(lo, hi): (f64, f64)| format!("{lo}–{hi}");
    let i = |(lo, hi): (i64, i64)| format!("{lo}–{hi}");
    Some(match Field::from_key(field)? {
        Field::HeightCm => f(limits::HEIGHT_CM) + " cm",
        Field::WeightKg => f(limits::WEIGHT_KG) + " kg",
        Field::VisionLeft | Field::VisionRight => f(limits::VISION_5) + " on the 5-point scale",
        Field::VisionLeftDecimal | Field::VisionRightDecimal => f(limits::VISION_DECIMAL) + " decimal",
        Field::RefractiveSurgeryMonths => i(limits::SURGERY_MONTHS) + " months",
        Field::TattooExposedCm | Field::TattooElsewhereCm => f(limits::TATTOO_CM) + " cm",
        Field::SystolicMmhg => i(limits::SYSTOLIC) + " mmHg",
        Field::DiastolicMmhg => i(limits::DIASTOLIC) + " mmHg",
        Field::HeartRateBpm => i(limits::HEART_RATE) + " beats per minute",
        Field::WhisperLeftM | Field::WhisperRightM => f(limits::WHISPER_M) + " m",
        Field::GraduationYear => i((i64::from(limits::GRADUATION_YEAR.0), i64::from(limits::GRADUATION_YEAR.1))),
        Field::BirthDate | Field::BirthYear => format!("from {}", limits::BIRTH_YEAR_MIN),
        Field::TuitionYuan | Field::LoanYuan => i(limits::YUAN_PER_YEAR) + " yuan a year",
        Field::YearsStudied | Field::YearsRemaining | Field::ProgrammeYears => i(limits::STUDY_YEARS) + " years",
        _ => return None,
    })
}

fn message(field: &str, code: ErrorCode) -> String {
    match code {
        ErrorCode::Required => format!("`{field}` is required"),
        ErrorCode::Invalid => {
            format!("`{field}` has a value that is not one of the accepted values")
        }
        ErrorCode::NotANumber => format!("`{field}` must be a number"),
        ErrorCode::OutOfRange => match range_text(field) {
            Some(r) => format!("`{field}` is out of range (accepted: {r})"),
            None => format!("`{field}` is out of range"),
        },
        ErrorCode::NotADate => format!("`{field}` must be a real date written YYYY-MM-DD"),
        ErrorCode::Future => format!("`{field}` is later than the answer date or the round's year"),
        ErrorCode::TooEarly => format!("`{field}` is too early for the birth date"),
        ErrorCode::UnsupportedRound => {
            let ids: Vec<String> = ROUNDS.iter().map(|r| r.round.to_string()).collect();
            format!("`{field}` is not a round the rules cover ({})", ids.join(", "))
        }
        ErrorCode::Conflict => format!("`{field}` contradicts another answer"),
        ErrorCode::UnknownField => format!("`{field}` is not a known field"),
        ErrorCode::Malformed => "the input is not a JSON object".to_string(),
    }
}

/// Reads one JSON object's fields, treating `null` as "not answered".
struct Obj<'a>(&'a Map<String, Value>, &'static str);

impl<'a> Obj<'a> {
    fn get(&self, f: Field) -> Option<&'a Value> {
        self.0.get(f.key()).filter(|v| !v.is_null())
    }

    fn err(&self, f: Field, code: ErrorCode) -> InputError {
        InputError::new(&format!("{}{}", self.1, f.key()), code)
    }

    fn str(&self, f: Field) -> Result<Option<&'a str>, InputError> {
        match self.get(f) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(self.err(f, ErrorCode::Invalid)),
        }
    }

    fn f64(&self, f: Field) -> Result<Option<f64>, InputError> {
        match self.get(f) {
            None => Ok(None),
            Some(Value::Number(n)) => n.as_f64().map(Some).ok_or_else(|| self.err(f, ErrorCode::NotANumber)),
            Some(_) => Err(self.err(f, ErrorCode::NotANumber)),
        }
    }

    fn int(&self, f: Field) -> Result<Option<i64>, InputError> {
        match self.get(f) {
            None => Ok(None),
            Some(Value::Number(n)) => match (n.as_i64(), n.as_f64()) {
                (Some(i), _) => Ok(Some(i)),
                (None, Some(x)) if x.fract() == 0.0 && x.abs() < 1e15 => Ok(Some(x as i64)),
                _ => Err(self.err(f, ErrorCode::NotANumber)),
            },
            Some(_) => Err(self.err(f, ErrorCode::NotANumber)),
        }
    }

    fn bool(&self, f: Field) -> Result<Option<bool>, InputError> {
        match self.get(f) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(self.err(f, ErrorCode::Invalid)),
        }
    }

    fn key<T>(&self, f: Field, parse: fn(&str) -> Option<T>) -> Result<Option<T>, InputError> {
        match self.str(f)? {
            None => Ok(None),
            Some(s) => parse(s).map(Some).ok_or_else(|| self.err(f, ErrorCode::Invalid)),
        }
    }

    fn keys<T: PartialEq>(&self, f: Field, parse: fn(&str) -> Option<T>) -> Result<Vec<T>, InputError> {
        match self.get(f) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => {
                let mut out = Vec::new();
                for i in items {
                    let t = i.as_str().and_then(parse).ok_or_else(|| self.err(f, ErrorCode::Invalid))?;
                    if !out.contains(&t) {
                        out.push(t);
                    }
                }
                Ok(out)
            }
            Some(_) => Err(self.err(f, ErrorCode::Invalid)),
        }
    }

    fn checked<T, U>(
        &self,
        f: Field,
        v: Option<T>,
        check: impl Fn(T) -> Result<U, ErrorCode>,
    ) -> Result<Option<U>, InputError> {
        v.map(|x| check(x).map_err(|c| self.err(f, c))).transpose()
    }

    fn only(&self, known: impl Fn(&str) -> bool) -> Result<(), InputError> {
        match self.0.keys().find(|k| !known(k)) {
            Some(k) => Err(InputError::new(&format!("{}{k}", self.1), ErrorCode::UnknownField)),
            None => Ok(()),
        }
    }
}

fn vision_field(o: &Obj, five: Field, decimal: Field) -> Result<Option<crate::num::Dec1>, InputError> {
    let a = o.checked(five, o.f64(five)?, validate::vision_5)?;
    let b = o.checked(decimal, o.f64(decimal)?, validate::vision_decimal)?;
    match (a, b) {
        (Some(_), Some(_)) => Err(o.err(decimal, ErrorCode::Conflict)),
        (a, b) => Ok(a.or(b)),
    }
}

/// Builds an applicant from a JSON value, refusing the first problem with its field.
pub fn applicant_from_value(v: &Value) -> Result<Applicant, InputError> {
    let map = v.as_object().ok_or_else(|| InputError::new("input", ErrorCode::Malformed))?;
    let o = Obj(map, "");
    o.only(|k| Field::from_key(k).is_some_and(|f| f != Field::Input))?;
    let round_text = o.str(Field::Round)?.ok_or_else(|| o.err(Field::Round, ErrorCode::Required))?;
    let round = validate::round(round_text).map_err(|c| o.err(Field::Round, c))?;
    let mut a = Applicant::new(round);
    a.as_of = o.checked(Field::AsOf, o.str(Field::AsOf)?, |s| date::parse(s).ok_or(ErrorCode::NotADate))?;
    a.sex = o.key(Field::Sex, |s| [Sex::Male, Sex::Female].into_iter().find(|x| x.key() == s))?;
    if let Some((y, d)) = o.checked(Field::BirthDate, o.str(Field::BirthDate)?, |s| {
        let (y, d) = validate::birth(s)?;
        if d.is_none() { Err(ErrorCode::NotADate) } else { Ok((y, d)) }
    })? {
        a.birth_year = Some(y);
        a.birth_date = d;
    }
    if let Some(y) = o.int(Field::BirthYear)? {
        let y = i32::try_from(y).map_err(|_| o.err(Field::BirthYear, ErrorCode::OutOfRange))?;
        let (y, _) = validate::birth(&format!("{y:04}")).map_err(|c| o.err(Field::BirthYear, c))?;
        if a.birth_year.is_some_and(|b| b != y) {
            return Err(o.err(Field::BirthYear, ErrorCode::Conflict));
        }
        a.birth_year = Some(y);
    }
    a.region = o.checked(Field::Region, o.str(Field::Region)?, validate::region)?;
    a.education = o.key(Field::Education, Education::from_key)?;
    a.status = o.key(Field::EducationStatus, EduStatus::from_key)?;
    a.graduation_year = o.checked(Field::GraduationYear, o.int(Field::GraduationYear)?, validate::graduation_year)?;
    a.height = o.checked(Field::HeightCm, o.f64(Field::HeightCm)?, validate::height_cm)?;
    a.weight = o.checked(Field::WeightKg, o.f64(Field::WeightKg)?, validate::weight_kg)?;
    a.vision_left = vision_field(&o, Field::VisionLeft, Field::VisionLeftDecimal)?;
    a.vision_right = vision_field(&o, Field::VisionRight, Field::VisionRightDecimal)?;
    a.surgery = o.key(Field::RefractiveSurgery, SurgeryKind::from_key)?;
    a.surgery_months =
        o.checked(Field::RefractiveSurgeryMonths, o.int(Field::RefractiveSurgeryMonths)?, validate::surgery_months)?;
    match (a.surgery, a.surgery_months) {
        (None, Some(_)) => a.surgery = Some(SurgeryKind::Excimer),
        (Some(SurgeryKind::None), Some(_)) => {
            return Err(o.err(Field::RefractiveSurgeryMonths, ErrorCode::Conflict));
        }
        _ => {}
    }
    a.tattoo = o.bool(Field::Tattoo)?;
    a.tattoo_face_neck = o.bool(Field::TattooFaceNeck)?;
    a.tattoo_exposed_cm = o.checked(Field::TattooExposedCm, o.f64(Field::TattooExposedCm)?, validate::tattoo_cm)?;
    a.tattoo_elsewhere_cm =
        o.checked(Field::TattooElsewhereCm, o.f64(Field::TattooElsewhereCm)?, validate::tattoo_cm)?;
    a.cosmetic_tattoo = o.keys(Field::CosmeticTattoo, CosmeticTattoo::from_key)?;
    let any_tattoo_detail = a.tattoo_face_neck == Some(true)
        || a.tattoo_exposed_cm.is_some_and(|c| c.0 > 0)
        || a.tattoo_elsewhere_cm.is_some_and(|c| c.0 > 0)
        || !a.cosmetic_tattoo.is_empty();
    match a.tattoo {
        None if any_tattoo_detail => a.tattoo = Some(true),
        Some(false) if any_tattoo_detail => return Err(o.err(Field::Tattoo, ErrorCode::Conflict)),
        _ => {}
    }
    a.colour_vision = o.key(Field::ColourVision, ColourVision::from_key)?;
    a.systolic =
        o.checked(Field::SystolicMmhg, o.int(Field::SystolicMmhg)?, |v| validate::int_in(v, limits::SYSTOLIC))?;
    a.diastolic =
        o.checked(Field::DiastolicMmhg, o.int(Field::DiastolicMmhg)?, |v| validate::int_in(v, limits::DIASTOLIC))?;
    a.heart_rate =
        o.checked(Field::HeartRateBpm, o.int(Field::HeartRateBpm)?, |v| validate::int_in(v, limits::HEART_RATE))?;
    a.whisper_left = o.checked(Field::WhisperLeftM, o.f64(Field::WhisperLeftM)?, validate::whisper_m)?;
    a.whisper_right = o.checked(Field::WhisperRightM, o.f64(Field::WhisperRightM)?, validate::whisper_m)?;
    a.flat_feet = o.key(Field::FlatFeet, FlatFeet::from_key)?;
    if let Some(p) = o.get(Field::Political) {
        let pm = p.as_object().ok_or_else(|| o.err(Field::Political, ErrorCode::Invalid))?;
        let po = Obj(pm, "political.");
        po.only(|k| PoliticalQuestion::from_key(k).is_some())?;
        for (i, q) in PoliticalQuestion::ALL.iter().enumerate() {
            a.political[i] = match pm.get(q.key()) {
                None | Some(Value::Null) => None,
                Some(Value::Bool(b)) => Some(*b),
                Some(_) => {
                    return Err(InputError::new(&format!("political.{}", q.key()), ErrorCode::Invalid));
                }
            };
        }
    }
    a.posts = match o.get(Field::SpecialPosts) {
        Some(Value::String(s)) if s == "all" => Post::ALL.to_vec(),
        _ => o.keys(Field::SpecialPosts, Post::from_key)?,
    };
    a.priority = o.keys(Field::Priority, Priority::from_key)?;
    if let Some(problem) = a.problems().into_iter().next() {
        return Err(problem.into());
    }
    Ok(a)
}

pub fn parse_applicant(text: &str) -> Result<Applicant, InputError> {
    let v: Value = serde_json::from_str(text).map_err(|_| InputError::new("input", ErrorCode::Malformed))?;
    applicant_from_value(&v)
}

fn val(v: Val) -> Value {
    match v {
        Val::Dec(d) => Number::from_f64(d.to_f64()).map_or(Value::Null, Value::Number),
        Val::Int(i) => json!(i),
        Val::Date(d) => json!(date::iso(d)),
        Val::Key(k) => json!(k),
    }
}

fn quantities(qs: &[(Quantity, Val)]) -> Value {
    Value::Object(qs.iter().map(|(q, v)| (q.key().to_string(), val(*v))).collect())
}

/// A source's date as the source gives it: "2024-01-27", or "2024" where it shows only the year.
fn source_date(d: Date, year_only: bool) -> String {
    if year_only { d.year().to_string() } else { date::iso(d) }
}

pub fn cite_json(c: &Cite) -> Value {
    let mut m = Map::new();
    m.insert("source".into(), json!(c.source));
    if let Some(a) = c.article {
        m.insert("article".into(), json!(a));
    }
    if let Some(p) = c.paragraph {
        m.insert("paragraph".into(), json!(p));
    }
    if let Some(s) = c.section {
        m.insert("section".into(), json!(s));
    }
    if let Some(e) = c.effective {
        m.insert("effective".into(), json!(source_date(e, c.year_only)));
    }
    m.insert("grade".into(), json!(c.grade.letter()));
    Value::Object(m)
}

fn check_json(c: &Check) -> Value {
    json!({
        "id": c.id.key(),
        "status": c.status.key(),
        "reason": c.reason.key(),
        "value": quantities(&c.value),
        "threshold": quantities(&c.threshold),
        "distance": quantities(&c.distance),
        "confidence": c.confidence.key(),
        "sources": c.sources.iter().map(|s| cite_json(s)).collect::<Vec<_>>(),
    })
}

pub fn report_to_value(r: &Report) -> Value {
    json!({
        "round": r.round.to_string(),
        "provisional": r.provisional,
        "rules_as_of": r.rules_as_of.map(date::iso),
        "verdict": r.verdict.key(),
        "checks": r.checks.iter().map(check_json).collect::<Vec<_>>(),
        "posts": r.posts.iter().map(|p| json!({
            "post": p.post.key(),
            "status": p.status.key(),
            "checks": p.checks.iter().map(check_json).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "notes": r.notes.iter().map(|n| json!({
            "id": n.id.key(),
            "numbers": quantities(&n.numbers),
            "sources": n.sources.iter().map(|s| cite_json(s)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// Builds a household (benefits input) from a JSON value.
pub fn household_from_value(v: &Value) -> Result<Household, InputError> {
    let map = v.as_object().ok_or_else(|| InputError::new("input", ErrorCode::Malformed))?;
    let o = Obj(map, "");
    let known = [
        Field::Round,
        Field::AsOf,
        Field::Place,
        Field::Education,
        Field::EducationStatus,
        Field::GraduationYear,
        Field::TuitionYuan,
        Field::LoanYuan,
        Field::YearsStudied,
        Field::ProgrammeYears,
        Field::YearsRemaining,
        Field::Posting,
        Field::Honour,
        Field::TuitionScheme,
    ];
    o.only(|k| Field::from_key(k).is_some_and(|f| known.contains(&f)))?;
    let round_text = o.str(Field::Round)?.ok_or_else(|| o.err(Field::Round, ErrorCode::Required))?;
    let mut h = Household::new(validate::round(round_text).map_err(|c| o.err(Field::Round, c))?);
    // The estimate does not use the date, but the doors pass it to both decoders alike: a value
    // that is not a date is refused here too rather than silently accepted.
    o.checked(Field::AsOf, o.str(Field::AsOf)?, |s| date::parse(s).ok_or(ErrorCode::NotADate))?;
    h.place = o.checked(Field::Place, o.str(Field::Place)?, validate::place)?;
    h.education = o.key(Field::Education, Education::from_key)?;
    h.status = o.key(Field::EducationStatus, EduStatus::from_key)?;
    h.graduation_year = o.checked(Field::GraduationYear, o.int(Field::GraduationYear)?, validate::graduation_year)?;
    if validate::graduated_in_future(h.status, h.graduation_year, h.round) {
        return Err(o.err(Field::GraduationYear, ErrorCode::Future));
    }
    let money = |v: i64| validate::int_in(v, limits::YUAN_PER_YEAR);
    let years = |v: i64| validate::int_in(v, limits::STUDY_YEARS);
    h.tuition_yuan = o.checked(Field::TuitionYuan, o.int(Field::TuitionYuan)?, money)?;
    h.loan_yuan = o.checked(Field::LoanYuan, o.int(Field::LoanYuan)?, money)?;
    h.years_studied = o.checked(Field::YearsStudied, o.f64(Field::YearsStudied)?, validate::study_years)?;
    h.programme_years = o.checked(Field::ProgrammeYears, o.int(Field::ProgrammeYears)?, years)?;
    h.years_remaining = o.checked(Field::YearsRemaining, o.int(Field::YearsRemaining)?, years)?;
    h.posting = o.key(Field::Posting, Posting::from_key)?.unwrap_or(Posting::Ordinary);
    h.honour = o.key(Field::Honour, Honour::from_key)?.unwrap_or(Honour::None);
    h.scheme = o.key(Field::TuitionScheme, TuitionScheme::from_key)?.unwrap_or(TuitionScheme::Normal);
    Ok(h)
}

fn money_json(m: Money, out: &mut Map<String, Value>) {
    match m {
        Money::Exact(f) => drop(out.insert("amount_fen".into(), json!(f))),
        Money::AtLeast(f) => drop(out.insert("min_fen".into(), json!(f))),
        Money::Range(a, b) => {
            out.insert("min_fen".into(), json!(a));
            out.insert("max_fen".into(), json!(b));
        }
        Money::Unknown => drop(out.insert("amount_fen".into(), Value::Null)),
    }
}

pub fn estimate_to_value(e: &Estimate) -> Value {
    let lines: Vec<Value> = e
        .lines
        .iter()
        .map(|l| {
            let mut m = Map::new();
            m.insert("id".into(), json!(l.id.key()));
            money_json(l.money, &mut m);
            if let Some(p) = l.place {
                m.insert("place".into(), json!(p));
            }
            m.insert("basis".into(), json!(l.basis.key()));
            m.insert("reason".into(), json!(l.reason.key()));
            m.insert("inputs".into(), quantities(&l.inputs));
            m.insert("confidence".into(), json!(l.confidence.key()));
            m.insert("sources".into(), Value::Array(l.sources.iter().map(|s| cite_json(s)).collect()));
            Value::Object(m)
        })
        .collect();
    let mut total = Map::new();
    money_json(e.total, &mut total);
    let payments: Vec<Value> = e
        .payments
        .iter()
        .map(|p| {
            let mut m = Map::new();
            m.insert("month".into(), json!(p.month));
            m.insert("after_service".into(), json!(p.after_service));
            m.insert("line".into(), json!(p.line.key()));
            money_json(p.money, &mut m);
            Value::Object(m)
        })
        .collect();
    json!({
        "round": e.round.to_string(),
        "provisional": e.provisional,
        "enlistment_date": date::iso(e.enlistment),
        "place": e.place,
        "lines": lines,
        "total": Value::Object(total),
        "payments": payments,
        "non_cash": e.non_cash.iter().map(|n| json!({
            "id": n.id.key(), "applies": n.applies, "value": n.value, "confidence": n.confidence.key(),
            "sources": n.sources.iter().map(|s| cite_json(s)).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// `benefits`: one household in, one estimate out.
pub fn benefits(text: &str) -> Result<Value, InputError> {
    let v: Value = serde_json::from_str(text).map_err(|_| InputError::new("input", ErrorCode::Malformed))?;
    Ok(estimate_to_value(&crate::benefits::estimate(&household_from_value(&v)?)))
}

/// `check`: one applicant in, one report out.
pub fn check(text: &str) -> Result<Value, InputError> {
    Ok(report_to_value(&crate::evaluate(&parse_applicant(text)?)))
}

/// `plan` input: the applicant's fields with `as_of` (required here; the command line fills in
/// today) and `round` optional (the plan starts from the round open on `as_of`; a given round is
/// only checked).
pub fn plan_input(v: &Value) -> Result<(Applicant, Date), InputError> {
    let map = v.as_object().ok_or_else(|| InputError::new("input", ErrorCode::Malformed))?;
    let as_of = match map.get(Field::AsOf.key()) {
        None | Some(Value::Null) => return Err(InputError::new(Field::AsOf.key(), ErrorCode::Required)),
        Some(Value::String(s)) => {
            date::parse(s).ok_or_else(|| InputError::new(Field::AsOf.key(), ErrorCode::NotADate))?
        }
        Some(_) => return Err(InputError::new(Field::AsOf.key(), ErrorCode::Invalid)),
    };
    let mut with_round = map.clone();
    with_round.entry(Field::Round.key()).or_insert_with(|| json!(crate::round::default_round(as_of).to_string()));
    Ok((applicant_from_value(&Value::Object(with_round))?, as_of))
}

fn action_json(a: &Action) -> Value {
    json!({
        "check": a.check.map(|c| c.key()),
        "kind": a.kind.key(),
        "round": a.round.map(|r| r.to_string()),
        "numbers": quantities(&a.numbers),
        "posts": a.posts.iter().map(|p| p.key()).collect::<Vec<_>>(),
        "confidence": a.confidence.key(),
        "sources": a.sources.iter().map(|s| cite_json(s)).collect::<Vec<_>>(),
    })
}

/// The plan: every round with its dates and verdict; the first round with all its checks, the
/// others with the checks whose status or reason differs from the first round's.
pub fn plan_to_value(p: &Plan) -> Value {
    let first = p.rounds.first().map(|r| &r.report);
    let differs =
        |c: &&Check| first.is_none_or(|f| f.check(c.id).is_none_or(|x| x.status != c.status || x.reason != c.reason));
    json!({
        "as_of": date::iso(p.as_of),
        "rounds": p.rounds.iter().enumerate().map(|(i, r)| json!({
            "round": r.round.to_string(),
            "provisional": r.provisional,
            "dates_estimated": r.calendar.estimated,
            "register_by": date::iso(r.calendar.register_by),
            "register_by_alt": opt_date(r.calendar.register_by_alt),
            "register_confidence": r.calendar.register_confidence.key(),
            "exam_from": date::iso(r.calendar.exam_from),
            "exam_confidence": r.calendar.exam_confidence.key(),
            "verdict": r.report.verdict.key(),
            "checks": r.report.checks.iter().filter(|c| i == 0 || differs(c)).map(check_json).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "earliest_round": p.earliest.map(|r| r.to_string()),
        "earliest_if": p.earliest_if.iter().map(|c| c.key()).collect::<Vec<_>>(),
        "earliest_reason": p.reason.map(|r| r.key()),
        "earliest_numbers": quantities(&p.reason_numbers),
        "earliest_blocking": p.blocking.iter().map(|c| c.key()).collect::<Vec<_>>(),
        "actions": p.actions.iter().map(action_json).collect::<Vec<_>>(),
    })
}

/// `plan`: one applicant with `as_of` in, one plan out.
pub fn plan(text: &str) -> Result<Value, InputError> {
    let v: Value = serde_json::from_str(text).map_err(|_| InputError::new("input", ErrorCode::Malformed))?;
    let (a, as_of) = plan_input(&v)?;
    Ok(plan_to_value(&crate::plan::plan(&a, as_of)))
}

fn opt_date(d: Option<Date>) -> Value {
    d.map_or(Value::Null, |d| json!(date::iso(d)))
}

/// The rounds the data covers, with their calendars.
pub fn rounds() -> Value {
    Value::Array(
        ROUNDS
            .iter()
            .map(|r| {
                json!({
                    "round": r.round.to_string(),
                    "provisional": r.notice.is_empty(),
                    "conscription": { "from": date::iso(r.conscription_from), "until": date::iso(r.conscription_until),
                                      "confidence": r.conscription_confidence.key() },
                    "approval": date::iso(r.approval),
                    "last_deadline": date::iso(last_deadline(r)),
                    "registration": r.windows.iter().map(|w| json!({
                        "sex": w.sex.key(),
                        "opens": date::iso(w.opens),
                        "closes": date::iso(w.closes),
                        "closes_alt": opt_date(w.closes_alt),
                        "confidence": w.confidence.key(),
                        "sources": w.cite.iter().map(cite_json).collect::<Vec<_>>(),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect(),
    )
}

pub fn sources() -> Value {
    Value::Array(
        SOURCES
            .iter()
            .map(|s| {
                json!({
                    "id": s.id, "title": s.title, "title_en": s.title_en, "issuer": s.issuer,
                    "issuer_en": s.issuer_en, "version": s.version, "published": s.published.map(|d| source_date(d, s.year_only)),
                    "effective": s.effective.map(|d| source_date(d, s.year_only)), "url": s.url, "search_in": s.search_in,
                    "search_in_en": s.search_in_en, "news_url": s.news_url, "grade": s.grade.letter(), "kind": s.kind,
                })
            })
            .collect(),
    )
}

pub fn places() -> Value {
    json!({
        "provinces": PROVINCES.iter().map(|p| json!({ "code": p.code, "name": p.name, "name_en": p.name_en })).collect::<Vec<_>>(),
        "places": PLACES.iter().map(|p| json!({ "id": p.id, "province": p.province, "name": p.name, "name_en": p.name_en })).collect::<Vec<_>>(),
    })
}

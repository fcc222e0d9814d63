//! The user's answers as they typed them. Text stays text until the engine's validators read it,
//! so an invalid value is shown back with its message and never lost. Shared by the self-check
//! and the benefits pages.

use super::numbers;
use super::plausible::{self, Slip, WeightUnit};
use enlistment_rules::applicant::{
    Applicant, ColourVision, CosmeticTattoo, EduStatus, Education, ErrorCode, Field, FieldError, FlatFeet, Priority,
    SurgeryKind, limits, validate,
};
use enlistment_rules::benefits::{Honour, Household, Posting, TuitionScheme};
use enlistment_rules::date::Date;
use enlistment_rules::num::Dec1;
use enlistment_rules::report::Post;
use enlistment_rules::round::{Round, Sex, default_round};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, PartialEq, Debug, Default)]
pub struct Answers {
    /// `None` until the user picks one: the round open or next on the browser's date applies.
    pub round: Option<Round>,
    pub sex: Option<Sex>,
    /// A birth date (`2005-04-01`) or a year alone (`2005`).
    pub birth: String,
    /// Province code of the household registration (户籍).
    pub region: Option<&'static str>,
    pub education: Option<Education>,
    pub status: Option<EduStatus>,
    pub graduation_year: String,
    pub height: String,
    pub weight: String,
    /// The unit chosen beside the weight; `None` reads kilograms, but asks when the number looks like 斤.
    pub weight_unit: Option<WeightUnit>,
    /// Vision typed on the decimal scale (0.6) instead of the 5-point one (4.8).
    pub decimal_vision: bool,
    pub vision_left: String,
    pub vision_right: String,
    pub surgery: Option<SurgeryKind>,
    pub surgery_months: String,
    pub tattoo: Option<bool>,
    pub tattoo_face_neck: Option<bool>,
    pub tattoo_exposed: String,
    pub tattoo_elsewhere: String,
    pub cosmetic: Vec<CosmeticTattoo>,
    pub colour_vision: Option<ColourVision>,
    pub systolic: String,
    pub diastolic: String,
    pub heart_rate: String,
    pub whisper_left: String,
    pub whisper_right: String,
    pub flat_feet: Option<FlatFeet>,
    /// Indexed like `PoliticalQuestion::ALL`.
    pub political: [Option<bool>; 6],
    pub posts: Vec<Post>,
    pub priority: Vec<Priority>,
    // Benefits (the estimator shares round, region, education and status with the self-check).
    /// A city or county with its own standard, inside `region`.
    pub place: Option<&'static str>,
    /// Yuan a year.
    pub tuition: String,
    pub loan: String,
    pub years_studied: String,
    pub years_remaining: String,
    pub scheme: Option<TuitionScheme>,
    pub posting: Option<Posting>,
    pub honour: Option<Honour>,
}

/// What the answers describe (an [`Applicant`] for the self-check, a [`Household`] for the
/// benefits estimate), and the fields that could not be used.
#[derive(Clone, PartialEq, Debug)]
pub struct Converted<T> {
    pub value: T,
    pub errors: Vec<FieldError>,
    /// Numbers that look typed in another unit: held back from the engine, asked about instead.
    pub slips: Vec<(Field, Slip)>,
}

impl<T> Converted<T> {
    pub fn error(&self, field: Field) -> Option<ErrorCode> {
        self.errors.iter().find(|e| e.field == field).map(|e| e.code)
    }

    pub fn slip(&self, field: Field) -> Option<Slip> {
        self.slips.iter().find(|(f, _)| *f == field).map(|(_, s)| *s)
    }
}

struct Reader {
    errors: Vec<FieldError>,
}

impl Reader {
    fn dec(&mut self, text: &str, field: Field, check: impl Fn(f64) -> Result<Dec1, ErrorCode>) -> Option<Dec1> {
        if text.trim().is_empty() {
            return None;
        }
        let result = numbers::decimal(text).ok_or(ErrorCode::NotANumber).and_then(check);
        result.map_err(|code| self.errors.push(FieldError::new(field, code))).ok()
    }

    fn int(&mut self, text: &str, field: Field, range: (i64, i64)) -> Option<i64> {
        if text.trim().is_empty() {
            return None;
        }
        let result = numbers::whole(text).ok_or(ErrorCode::NotANumber).and_then(|v| validate::int_in(v, range));
        result.map_err(|code| self.errors.push(FieldError::new(field, code))).ok()
    }
}

impl Answers {
    /// The round the answers are for: the chosen one, else the one open or next on `today`.
    pub fn round_or_default(&self, today: Date) -> Round {
        self.round.unwrap_or_else(|| default_round(today))
    }

    /// Reads every answer through the engine's validators. Invalid answers are reported and left
    /// out, so the rest still gives a result while the user corrects them.
    pub fn convert(&self, today: Date) -> Converted<Applicant> {
        let mut a = Applicant::new(self.round_or_default(today));
        a.as_of = Some(today);
        let mut r = Reader { errors: Vec::new() };
        a.sex = self.sex;
        if !self.birth.trim().is_empty() {
            match validate::birth(&numbers::date_text(&self.birth)) {
                Ok((y, d)) => {
                    a.birth_year = Some(y);
                    a.birth_date = d;
                }
                Err(code) => r.errors.push(FieldError::new(Field::BirthDate, code)),
            }
        }
        a.region = self.region;
        a.education = self.education;
        a.status = self.status;
        if self.status == Some(EduStatus::Graduated) {
            a.graduation_year = self.read_graduation_year(&mut r);
        }
        let mut slips = Vec::new();
        match plausible::height(&self.height) {
            Some(slip) => slips.push((Field::HeightCm, slip)),
            None => a.height = r.dec(&self.height, Field::HeightCm, validate::height_cm),
        }
        a.weight = self.weight_kg(&mut r, &mut slips, a.height);
        let vision: fn(f64) -> Result<Dec1, ErrorCode> =
            if self.decimal_vision { validate::vision_decimal } else { validate::vision_5 };
        a.vision_left = r.dec(&self.vision_left, Field::VisionLeft, vision);
        a.vision_right = r.dec(&self.vision_right, Field::VisionRight, vision);
        a.surgery = self.surgery;
        if self.surgery == Some(SurgeryKind::Excimer) {
            a.surgery_months = r.int(&self.surgery_months, Field::RefractiveSurgeryMonths, limits::SURGERY_MONTHS);
        }
        a.tattoo = self.tattoo;
        if self.tattoo == Some(true) {
            a.tattoo_face_neck = self.tattoo_face_neck;
            a.tattoo_exposed_cm = r.dec(&self.tattoo_exposed, Field::TattooExposedCm, validate::tattoo_cm);
            a.tattoo_elsewhere_cm = r.dec(&self.tattoo_elsewhere, Field::TattooElsewhereCm, validate::tattoo_cm);
            a.cosmetic_tattoo = self.cosmetic.clone();
        }
        a.colour_vision = self.colour_vision;
        a.systolic = r.int(&self.systolic, Field::SystolicMmhg, limits::SYSTOLIC);
        a.diastolic = r.int(&self.diastolic, Field::DiastolicMmhg, limits::DIASTOLIC);
        a.heart_rate = r.int(&self.heart_rate, Field::HeartRateBpm, limits::HEART_RATE);
        a.whisper_left = r.dec(&self.whisper_left, Field::WhisperLeftM, validate::whisper_m);
        a.whisper_right = r.dec(&self.whisper_right, Field::WhisperRightM, validate::whisper_m);
        a.flat_feet = self.flat_feet;
        a.political = self.political;
        a.posts = self.posts.clone();
        a.priority = self.priority.clone();
        // Problems between answers (a birth date in the future): report and leave the field out.
        for p in a.problems() {
            match p.field {
                Field::BirthDate | Field::BirthYear => {
                    a.birth_year = None;
                    a.birth_date = None;
                    r.errors.push(FieldError::new(Field::BirthDate, p.code));
                }
                Field::GraduationYear => {
                    a.graduation_year = None;
                    r.errors.push(p);
                }
                _ => r.errors.push(p),
            }
        }
        Converted { value: a, errors: r.errors, slips }
    }

    /// The weight in kilograms, read in the chosen unit (a trailing 斤 chooses it too). Without a
    /// chosen unit, a number that reads as 斤 at this height is held back and asked about; in any
    /// unit, a pair with a BMI no person has is held back.
    fn weight_kg(&self, r: &mut Reader, slips: &mut Vec<(Field, Slip)>, height: Option<Dec1>) -> Option<Dec1> {
        let typed = numbers::normalise(&self.weight);
        let (text, unit) = match typed.strip_suffix('斤') {
            Some(t) => (t.to_string(), Some(WeightUnit::Jin)),
            None => (typed, self.weight_unit),
        };
        let halve = |v: f64| if unit == Some(WeightUnit::Jin) { v / 2.0 } else { v };
        let kg = r.dec(&text, Field::WeightKg, |v| validate::weight_kg(halve(v)))?;
        let slip = match (height, unit) {
            (Some(h), None) => plausible::weight(kg, h),
            (Some(h), Some(_)) => plausible::pair(kg, h),
            (None, _) => None,
        };
        match slip {
            Some(s) => {
                slips.push((Field::WeightKg, s));
                None
            }
            None => Some(kg),
        }
    }

    fn read_graduation_year(&self, r: &mut Reader) -> Option<i32> {
        let (lo, hi) = limits::GRADUATION_YEAR;
        r.int(&self.graduation_year, Field::GraduationYear, (i64::from(lo), i64::from(hi))).map(|y| y as i32)
    }

    /// Reads the benefits answers through the engine's validators (invalid ones reported, left out).
    pub fn household(&self, today: Date) -> Converted<Household> {
        let mut h = Household::new(self.round_or_default(today));
        let mut r = Reader { errors: Vec::new() };
        h.place = self.place.filter(|p| self.region.is_some_and(|reg| p.starts_with(reg))).or(self.region);
        h.education = self.education;
        h.status = self.status;
        if self.status == Some(EduStatus::Graduated) {
            h.graduation_year = self.read_graduation_year(&mut r);
        }
        h.tuition_yuan = r.int(&self.tuition, Field::TuitionYuan, limits::YUAN_PER_YEAR);
        h.loan_yuan = r.int(&self.loan, Field::LoanYuan, limits::YUAN_PER_YEAR);
        h.years_studied = r.dec(&self.years_studied, Field::YearsStudied, validate::study_years);
        h.years_remaining = r.int(&self.years_remaining, Field::YearsRemaining, limits::STUDY_YEARS);
        h.scheme = self.scheme.unwrap_or(TuitionScheme::Normal);
        h.posting = self.posting.unwrap_or(Posting::Ordinary);
        h.honour = self.honour.unwrap_or(Honour::None);
        Converted { value: h, errors: r.errors, slips: Vec::new() }
    }
}

/// Changes to the answers. `Edit` carries a closure so each field needs no action of its own.
pub enum Action {
    Edit(Rc<dyn Fn(&mut Answers)>),
    Replace(Box<Answers>),
}

impl Action {
    pub fn edit(f: impl Fn(&mut Answers) + 'static) -> Action {
        Action::Edit(Rc::new(f))
    }
}

impl Reducible for Answers {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit(f) => {
                let mut next = (*self).clone();
                f(&mut next);
                Rc::new(next)
            }
            Action::Replace(a) => Rc::new(*a),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use enlistment_rules::date::ymd;

    #[test]
    fn invalid_answers_are_reported_and_left_out() {
        let a = Answers {
            sex: Some(Sex::Male),
            birth: "2030-01-01".into(),
            height: "20".into(),
            weight: "abc".into(),
            vision_left: "9".into(),
            vision_right: "4.8".into(),
            ..Answers::default()
        };
        let c = a.convert(ymd(2026, 11, 29));
        assert_eq!(c.error(Field::HeightCm), Some(ErrorCode::OutOfRange));
        assert_eq!(c.error(Field::WeightKg), Some(ErrorCode::NotANumber));
        assert_eq!(c.error(Field::VisionLeft), Some(ErrorCode::OutOfRange));
        assert_eq!(c.error(Field::BirthDate), Some(ErrorCode::Future));
        assert_eq!(c.value.height, None);
        assert_eq!(c.value.birth_year, None);
        assert_eq!(c.value.vision_right, Some(Dec1(48)));
        assert_eq!(c.value.round.to_string(), "2027-H1");
    }

    #[test]
    fn a_weight_in_jin_is_asked_about_and_never_judged() {
        let a = Answers { sex: Some(Sex::Male), height: "172".into(), weight: "160".into(), ..Answers::default() };
        let c = a.convert(ymd(2026, 11, 29));
        assert_eq!(c.slip(Field::WeightKg), Some(Slip::Jin { kg: Dec1(800) }));
        assert_eq!(c.value.weight, None);
        // Chosen beside the field, or typed with the unit: 80 kg.
        let jin = Answers { weight_unit: Some(WeightUnit::Jin), ..a.clone() };
        assert_eq!(jin.convert(ymd(2026, 11, 29)).value.weight, Some(Dec1(800)));
        let typed = Answers { weight: "160斤".into(), ..a.clone() };
        assert_eq!(typed.convert(ymd(2026, 11, 29)).value.weight, Some(Dec1(800)));
        // "No, it is kilograms": the engine gets 160 kg.
        let kg = Answers { weight_unit: Some(WeightUnit::Kg), ..a.clone() };
        assert_eq!(kg.convert(ymd(2026, 11, 29)).value.weight, Some(Dec1(1600)));
        // A height in metres is asked about, not refused as out of range.
        let m = Answers { height: "1.72".into(), ..a };
        let c = m.convert(ymd(2026, 11, 29));
        assert_eq!(c.slip(Field::HeightCm), Some(Slip::Metres { cm: Dec1(1720) }));
        assert_eq!(c.error(Field::HeightCm), None);
    }

    #[test]
    fn decimal_vision_is_converted() {
        let a = Answers {
            decimal_vision: true,
            vision_left: "0.6".into(),
            vision_right: "1.0".into(),
            ..Answers::default()
        };
        let c = a.convert(ymd(2026, 11, 29));
        assert_eq!((c.value.vision_left, c.value.vision_right), (Some(Dec1(48)), Some(Dec1(50))));
    }
}

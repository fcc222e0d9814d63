//! The applicant: every answer optional but the round. Validation lives here, field by field, so
//! the JSON front door and the app's forms give the same verdict on the same typed value.

use crate::date::{self, Date};
use crate::keyed::keyed_enum;
use crate::num::Dec1;
use crate::report::Post;
use crate::round::{Round, Sex};

keyed_enum! {
    Education {
        JuniorHigh = "junior_high",
        HighSchool = "high_school",
        VocationalSecondary = "vocational_secondary",
        JuniorCollege = "junior_college",
        Bachelor = "bachelor",
        Postgraduate = "postgraduate",
    }
}

keyed_enum! {
    /// Where the applicant stands in that education: finished it, in its final year (graduating
    /// this year), studying (not the final year), or admitted and not yet started.
    EduStatus {
        Graduated = "graduated",
        Graduating = "graduating",
        Enrolled = "enrolled",
        Admitted = "admitted",
    }
}

keyed_enum! {
    SurgeryKind {
        None = "none",
        Excimer = "excimer",
        Other = "other",
    }
}

keyed_enum! {
    CosmeticTattoo {
        Eyebrows = "eyebrows",
        Eyeliner = "eyeliner",
        Lips = "lips",
    }
}

keyed_enum! {
    ColourVision {
        Normal = "normal",
        /// Colour-weak but can name red, green, yellow, blue and purple one by one.
        NamesColours = "weak_names_colours",
        Deficient = "deficient",
    }
}

keyed_enum! {
    FlatFeet {
        None = "none",
        ArchPresent = "arch_present",
        NoArch = "no_arch",
    }
}

keyed_enum! {
    /// Yes/no self-declarations for the political review. Never details.
    PoliticalQuestion {
        UnderInvestigation = "under_investigation",
        CriminalRecord = "criminal_record",
        Expelled = "expelled",
        Organisations = "organisations",
        Family = "family",
        TattooMarks = "tattoo_marks",
    }
}

keyed_enum! {
    Priority {
        MartyrFamily = "martyr_family",
        SoldierChild = "soldier_child",
        StemStudent = "stem_student",
        Bilingual = "bilingual",
        Skills = "skills",
        DisasterRelief = "disaster_relief",
    }
}

keyed_enum! {
    /// Input field names, as in the JSON. Errors name the field they concern.
    Field {
        Input = "input",
        Round = "round",
        AsOf = "as_of",
        Sex = "sex",
        BirthDate = "birth_date",
        BirthYear = "birth_year",
        Region = "region",
        Education = "education",
        EducationStatus = "education_status",
        GraduationYear = "graduation_year",
        HeightCm = "height_cm",
        WeightKg = "weight_kg",
        VisionLeft = "vision_left",
        VisionRight = "vision_right",
        VisionLeftDecimal = "vision_left_decimal",
        VisionRightDecimal = "vision_right_decimal",
        RefractiveSurgery = "refractive_surgery",
        RefractiveSurgeryMonths = "refractive_surgery_months",
        Tattoo = "tattoo",
        TattooFaceNeck = "tattoo_face_neck",
        TattooExposedCm = "tattoo_exposed_cm",
        TattooElsewhereCm = "tattoo_elsewhere_cm",
        CosmeticTattoo = "cosmetic_tattoo",
        ColourVision = "colour_vision",
        SystolicMmhg = "systolic_mmhg",
        DiastolicMmhg = "diastolic_mmhg",
        HeartRateBpm = "heart_rate_bpm",
        WhisperLeftM = "whisper_left_m",
        WhisperRightM = "whisper_right_m",
        FlatFeet = "flat_feet",
        Political = "political",
        SpecialPosts = "special_posts",
        Priority = "priority",
        // benefits
        Place = "place",
        TuitionYuan = "tuition_yuan",
        LoanYuan = "loan_yuan",
        YearsStudied = "years_studied",
        ProgrammeYears = "programme_years",
        YearsRemaining = "years_remaining",
        Posting = "posting",
        Honour = "honour",
        TuitionScheme = "tuition_scheme",
    }
}

keyed_enum! {
    ErrorCode {
        Required = "required",
        Invalid = "invalid",
        NotANumber = "not_a_number",
        OutOfRange = "out_of_range",
        NotADate = "not_a_date",
        Future = "future",
        TooEarly = "too_early",
        UnsupportedRound = "unsupported_round",
        Conflict = "conflict",
        UnknownField = "unknown_field",
        Malformed = "malformed",
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct FieldError {
    pub field: Field,
    pub code: ErrorCode,
}

impl FieldError {
    pub fn new(field: Field, code: ErrorCode) -> FieldError {
        FieldError { field, code }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Applicant {
    pub round: Round,
    /// The date the answers are given (the browser's date). Lets the engine check that a birth
    /// date is not in the future and count months since surgery up to the medical.
    pub as_of: Option<Date>,
    pub sex: Option<Sex>,
    /// Age is counted by calendar year, so the year is all the rules need.
    pub birth_year: Option<i32>,
    pub birth_date: Option<Date>,
    pub region: Option<&'static str>,
    pub education: Option<Education>,
    pub status: Option<EduStatus>,
    pub graduation_year: Option<i32>,
    pub height: Option<Dec1>,
    pub weight: Option<Dec1>,
    /// Naked-eye vision on the 5-point scale.
    pub vision_left: Option<Dec1>,
    pub vision_right: Option<Dec1>,
    pub surgery: Option<SurgeryKind>,
    pub surgery_months: Option<i64>,
    pub tattoo: Option<bool>,
    pub tattoo_face_neck: Option<bool>,
    pub tattoo_exposed_cm: Option<Dec1>,
    pub tattoo_elsewhere_cm: Option<Dec1>,
    pub cosmetic_tattoo: Vec<CosmeticTattoo>,
    pub colour_vision: Option<ColourVision>,
    pub systolic: Option<i64>,
    pub diastolic: Option<i64>,
    pub heart_rate: Option<i64>,
    /// Whispered-voice distance per ear, in metres: the texts do not settle whether one ear below
    /// the line fails, so each ear is asked.
    pub whisper_left: Option<Dec1>,
    pub whisper_right: Option<Dec1>,
    pub flat_feet: Option<FlatFeet>,
    /// Indexed like `PoliticalQuestion::ALL`.
    pub political: [Option<bool>; 6],
    pub posts: Vec<Post>,
    pub priority: Vec<Priority>,
}

impl Applicant {
    /// An applicant who has answered nothing yet.
    pub fn new(round: Round) -> Applicant {
        Applicant {
            round,
            as_of: None,
            sex: None,
            birth_year: None,
            birth_date: None,
            region: None,
            education: None,
            status: None,
            graduation_year: None,
            height: None,
            weight: None,
            vision_left: None,
            vision_right: None,
            surgery: None,
            surgery_months: None,
            tattoo: None,
            tattoo_face_neck: None,
            tattoo_exposed_cm: None,
            tattoo_elsewhere_cm: None,
            cosmetic_tattoo: Vec::new(),
            colour_vision: None,
            systolic: None,
            diastolic: None,
            heart_rate: None,
            whisper_left: None,
            whisper_right: None,
            flat_feet: None,
            political: [None; 6],
            posts: Vec::new(),
            priority: Vec::new(),
        }
    }

    pub fn political_answer(&self, q: PoliticalQuestion) -> Option<bool> {
        let i = PoliticalQuestion::ALL.iter().position(|x| *x == q).unwrap_or(0);
        self.political[i]
    }

    /// Problems that involve more than one answer: a birth date after the answer date or after
    /// the round's year, a graduation before birth. The offending field is named.
    pub fn problems(&self) -> Vec<FieldError> {
        let mut out = Vec::new();
        let field = if self.birth_date.is_some() { Field::BirthDate } else { Field::BirthYear };
        if let Some(y) = self.birth_year {
            let after_as_of = match (self.birth_date, self.as_of) {
                (Some(b), Some(a)) => b > a,
                (None, Some(a)) => y > a.year(),
                _ => false,
            };
            if after_as_of || y > self.round.year {
                out.push(FieldError::new(field, ErrorCode::Future));
            }
            if let Some(g) = self.graduation_year
                && g < y + 10
            {
                out.push(FieldError::new(Field::GraduationYear, ErrorCode::TooEarly));
            }
        }
        if validate::graduated_in_future(self.status, self.graduation_year, self.round) {
            out.push(FieldError::new(Field::GraduationYear, ErrorCode::Future));
        }
        out
    }
}

/// Plausibility limits for typed numbers (not policy: the rules are in `data/`). Inclusive.
pub mod limits {
    pub const HEIGHT_CM: (f64, f64) = (100.0, 250.0);
    pub const WEIGHT_KG: (f64, f64) = (25.0, 250.0);
    pub const VISION_5: (f64, f64) = (3.0, 5.3);
    pub const VISION_DECIMAL: (f64, f64) = (0.01, 2.0);
    pub const SURGERY_MONTHS: (i64, i64) = (0, 600);
    pub const TATTOO_CM: (f64, f64) = (0.0, 100.0);
    pub const SYSTOLIC: (i64, i64) = (50, 260);
    pub const DIASTOLIC: (i64, i64) = (30, 160);
    pub const HEART_RATE: (i64, i64) = (20, 250);
    pub const WHISPER_M: (f64, f64) = (0.0, 20.0);
    pub const BIRTH_YEAR_MIN: i32 = 1900;
    /// Yuan per year of tuition or student loan.
    pub const YUAN_PER_YEAR: (i64, i64) = (0, 200_000);
    pub const STUDY_YEARS: (i64, i64) = (0, 10);
    pub const GRADUATION_YEAR: (i32, i32) = (1950, 2100);
}

/// Field validators: a typed value in, the engine's value or the reason it is refused out.
pub mod validate {
    use super::*;

    fn dec_in(v: f64, (lo, hi): (f64, f64)) -> Result<Dec1, ErrorCode> {
        let d = Dec1::from_f64(v).ok_or(ErrorCode::NotANumber)?;
        if d < Dec1::from_f64(lo).unwrap_or(Dec1(0)) || d > Dec1::from_f64(hi).unwrap_or(Dec1(0)) {
            return Err(ErrorCode::OutOfRange);
        }
        Ok(d)
    }

    /// Years studied, to a tenth: a term is half a year (1.5).
    pub fn study_years(v: f64) -> Result<Dec1, ErrorCode> {
        let (lo, hi) = limits::STUDY_YEARS;
        dec_in(v, (lo as f64, hi as f64))
    }

    pub fn int_in(v: i64, (lo, hi): (i64, i64)) -> Result<i64, ErrorCode> {
        if (lo..=hi).contains(&v) { Ok(v) } else { Err(ErrorCode::OutOfRange) }
    }

    pub fn height_cm(v: f64) -> Result<Dec1, ErrorCode> {
        dec_in(v, limits::HEIGHT_CM)
    }

    pub fn weight_kg(v: f64) -> Result<Dec1, ErrorCode> {
        dec_in(v, limits::WEIGHT_KG)
    }

    /// Naked-eye vision on the 5-point (logarithmic) scale, e.g. 4.8.
    pub fn vision_5(v: f64) -> Result<Dec1, ErrorCode> {
        dec_in(v, limits::VISION_5)
    }

    /// Decimal vision (e.g. 0.6) converted to the 5-point scale: 5 + log10(V), rounded to one
    /// decimal, which reproduces the standard table (1.0 → 5.0, 0.6 → 4.8, 0.3 → 4.5, 0.25 → 4.4).
    pub fn vision_decimal(v: f64) -> Result<Dec1, ErrorCode> {
        if !v.is_finite() {
            return Err(ErrorCode::NotANumber);
        }
        if v < limits::VISION_DECIMAL.0 || v > limits::VISION_DECIMAL.1 {
            return Err(ErrorCode::OutOfRange);
        }
        Dec1::nearest(5.0 + v.log10()).ok_or(ErrorCode::NotANumber)
    }

    pub fn surgery_months(v: i64) -> Result<i64, ErrorCode> {
        int_in(v, limits::SURGERY_MONTHS)
    }

    pub fn tattoo_cm(v: f64) -> Result<Dec1, ErrorCode> {
        dec_in(v, limits::TATTOO_CM)
    }

    pub fn whisper_m(v: f64) -> Result<Dec1, ErrorCode> {
        dec_in(v, limits::WHISPER_M)
    }

    /// A birth date `YYYY-MM-DD`, or a year `YYYY` alone (age is counted by calendar year).
    pub fn birth(text: &str) -> Result<(i32, Option<Date>), ErrorCode> {
        let t = text.trim();
        if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
            let y: i32 = t.parse().map_err(|_| ErrorCode::NotADate)?;
            return if y < limits::BIRTH_YEAR_MIN { Err(ErrorCode::OutOfRange) } else { Ok((y, None)) };
        }
        let d = date::parse(t).ok_or(ErrorCode::NotADate)?;
        if d.year() < limits::BIRTH_YEAR_MIN {
            return Err(ErrorCode::OutOfRange);
        }
        Ok((d.year(), Some(d)))
    }

    /// "Graduated" with a graduation year after the round's year: a slip, refused rather than read.
    pub fn graduated_in_future(status: Option<EduStatus>, year: Option<i32>, round: Round) -> bool {
        status == Some(EduStatus::Graduated) && year.is_some_and(|g| g > round.year)
    }

    pub fn graduation_year(y: i64) -> Result<i32, ErrorCode> {
        let (lo, hi) = limits::GRADUATION_YEAR;
        int_in(y, (i64::from(lo), i64::from(hi))).map(|y| y as i32)
    }

    /// A round the data covers.
    pub fn round(text: &str) -> Result<Round, ErrorCode> {
        let r = Round::parse(text.trim()).ok_or(ErrorCode::Invalid)?;
        if r.data().is_none() {
            return Err(ErrorCode::UnsupportedRound);
        }
        Ok(r)
    }

    /// A place id (`32-wujiang`) or a province code (`32`) from the data.
    pub fn place(id: &str) -> Result<&'static str, ErrorCode> {
        crate::places::province(id)
            .map(|p| p.code)
            .or_else(|| crate::places::place(id).map(|p| p.id))
            .ok_or(ErrorCode::Invalid)
    }

    /// A province code from the data (e.g. "32").
    pub fn region(code: &str) -> Result<&'static str, ErrorCode> {
        crate::places::province(code).map(|p| p.code).ok_or(ErrorCode::Invalid)
    }
}

#[cfg(test)]
mod tests {
    use super::validate::*;
    use super::*;

    #[test]
    fn decimal_vision_matches_the_standard_table() {
        let table = [
            (2.0, 53),
            (1.5, 52),
            (1.2, 51),
            (1.0, 50),
            (0.8, 49),
            (0.6, 48),
            (0.5, 47),
            (0.4, 46),
            (0.3, 45),
            (0.25, 44),
            (0.2, 43),
            (0.15, 42),
            (0.12, 41),
            (0.1, 40),
        ];
        for (dec, five) in table {
            assert_eq!(vision_decimal(dec), Ok(Dec1(five)), "{dec}");
        }
        assert_eq!(vision_decimal(9.0), Err(ErrorCode::OutOfRange));
        assert_eq!(vision_decimal(0.0), Err(ErrorCode::OutOfRange));
    }

    #[test]
    fn field_ranges() {
        assert_eq!(height_cm(20.0), Err(ErrorCode::OutOfRange));
        assert_eq!(height_cm(175.0), Ok(Dec1(1750)));
        assert_eq!(weight_kg(700.0), Err(ErrorCode::OutOfRange));
        assert_eq!(vision_5(9.0), Err(ErrorCode::OutOfRange));
        assert_eq!(vision_5(f64::INFINITY), Err(ErrorCode::NotANumber));
        assert_eq!(birth("2004"), Ok((2004, None)));
        assert_eq!(birth("2004-02-30"), Err(ErrorCode::NotADate));
        assert_eq!(birth("abc"), Err(ErrorCode::NotADate));
        assert_eq!(birth("1850-01-01"), Err(ErrorCode::OutOfRange));
        assert_eq!(round("2031-H1"), Err(ErrorCode::UnsupportedRound));
        assert_eq!(round("2026-X1"), Err(ErrorCode::Invalid));
    }

    #[test]
    fn birth_in_the_future_is_a_problem() {
        let mut a = Applicant::new(Round::parse("2026-H1").unwrap());
        a.birth_year = Some(2026);
        a.birth_date = date::parse("2026-06-01");
        a.as_of = date::parse("2026-01-15");
        assert_eq!(a.problems(), vec![FieldError::new(Field::BirthDate, ErrorCode::Future)]);
        a.as_of = date::parse("2026-07-01");
        assert!(a.problems().is_empty());
        a.birth_year = Some(2027);
        a.birth_date = None;
        a.as_of = None;
        assert_eq!(a.problems(), vec![FieldError::new(Field::BirthYear, ErrorCode::Future)]);
    }
}

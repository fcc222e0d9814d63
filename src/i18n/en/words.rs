//! English names for the engine's keys.

use super::{TEXTS, benefits, explain, process};
use crate::i18n::fmt::note_int;
use crate::i18n::words::StepWords;
use crate::i18n::{Texts, Words};
use enlistment_rules::applicant::{
    ColourVision, CosmeticTattoo, EduStatus, Education, ErrorCode, Field, FlatFeet, PoliticalQuestion, Priority,
    SurgeryKind, limits,
};
use enlistment_rules::benefits::{Basis, Honour, Line, LineId, Money, NonCashId, Posting, TuitionScheme};
use enlistment_rules::data::{Cite, Confidence};
use enlistment_rules::process::{ChannelId, DocId, EventKind, FraudId, StepId};
use enlistment_rules::report::{Check, CheckId, Note, NoteId, Post, Quantity, Status, Verdict};
use enlistment_rules::round::{Half, Round, Sex};

pub struct En;

fn range(r: (f64, f64)) -> String {
    let d = crate::i18n::limit;
    format!("{} and {}", d(r.0), d(r.1))
}

fn irange(r: (i64, i64)) -> String {
    format!("{} and {}", r.0, r.1)
}

impl Words for En {
    fn t(&self) -> &'static Texts {
        &TEXTS
    }

    fn verdict(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::LikelyEligible => "Likely eligible",
            Verdict::NeedsCheck => "Needs an on-site check",
            Verdict::NotEligible => "Not eligible for now",
        }
    }

    fn verdict_summary(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::LikelyEligible => {
                "From your answers you meet every basic condition. The medical, the political review and the conscription office decide."
            }
            Verdict::NeedsCheck => {
                "Some items are settled only at the medical or the review, or are not answered yet. This is common and does not mean you cannot enlist."
            }
            Verdict::NotEligible => {
                "At least one condition of this round is not met. Below is which one and by how much; things can change, and your local conscription office can advise."
            }
        }
    }

    fn status(&self, s: Status) -> &'static str {
        match s {
            Status::Pass => "Met",
            Status::Fail => "Not met",
            Status::NeedsCheck => "Check on site",
            Status::Unknown => "Not answered",
        }
    }

    fn check(&self, id: CheckId) -> &'static str {
        match id {
            CheckId::Age => "Age",
            CheckId::Education => "Education",
            CheckId::Height => "Height",
            CheckId::Bmi => "Weight (BMI)",
            CheckId::Vision => "Eyesight",
            CheckId::Surgery => "Refractive surgery",
            CheckId::Tattoo => "Tattoos",
            CheckId::ColourVision => "Colour vision",
            CheckId::BloodPressure => "Blood pressure",
            CheckId::HeartRate => "Heart rate",
            CheckId::Hearing => "Hearing",
            CheckId::FlatFeet => "Flat feet",
            CheckId::Political => "Political review (self-declaration)",
            CheckId::PostSex => "Sex",
            CheckId::PostHeight => "Height",
            CheckId::PostBmi => "Weight (BMI)",
            CheckId::PostVision => "Eyesight",
            CheckId::PostSurgery => "Refractive surgery",
        }
    }

    fn explain(&self, c: &Check, round: Round) -> String {
        explain::explain(c, round)
    }

    fn sex(&self, s: Sex) -> &'static str {
        match s {
            Sex::Male => "Male",
            Sex::Female => "Female",
        }
    }

    fn education(&self, e: Education) -> &'static str {
        match e {
            Education::JuniorHigh => "Junior high school (初中)",
            Education::HighSchool => "General high school (普通高中)",
            Education::VocationalSecondary => "Vocational secondary school (中专, 职高, 技校)",
            Education::JuniorCollege => "Junior college (大专 / 高职)",
            Education::Bachelor => "Bachelor's degree (本科)",
            Education::Postgraduate => "Postgraduate (研究生)",
        }
    }

    fn edu_status(&self, s: EduStatus) -> &'static str {
        match s {
            EduStatus::Graduated => "Graduated",
            EduStatus::Graduating => "Graduating this year (final-year class)",
            EduStatus::Enrolled => "Studying, not in the final year",
            EduStatus::Admitted => "Admitted, not yet started",
        }
    }

    fn surgery(&self, s: SurgeryKind) -> &'static str {
        match s {
            SurgeryKind::None => "No",
            SurgeryKind::Excimer => "Yes, excimer-laser surgery (LASIK, SMILE, PRK and similar)",
            SurgeryKind::Other => "Yes, another procedure (such as an ICL lens implant)",
        }
    }

    fn cosmetic(&self, c: CosmeticTattoo) -> &'static str {
        match c {
            CosmeticTattoo::Eyebrows => "Tattooed eyebrows",
            CosmeticTattoo::Eyeliner => "Tattooed eyeliner",
            CosmeticTattoo::Lips => "Tattooed lips",
        }
    }

    fn colour(&self, c: ColourVision) -> &'static str {
        match c {
            ColourVision::Normal => "Normal",
            ColourVision::NamesColours => "Colour-weak, but I can name red, green, yellow, blue and purple",
            ColourVision::Deficient => "Colour-weak or colour-blind; I cannot name all of these",
        }
    }

    fn flat_feet(&self, f: FlatFeet) -> &'static str {
        match f {
            FlatFeet::None => "No",
            FlatFeet::ArchPresent => "Yes, with some arch left",
            FlatFeet::NoArch => "Yes, with no arch at all",
        }
    }

    fn political(&self, q: PoliticalQuestion) -> (&'static str, &'static str) {
        match q {
            PoliticalQuestion::UnderInvestigation => (
                "Are you now under investigation, prosecution or trial, or serving a sentence?",
                "Military Service Law art. 24: no conscription in that case.",
            ),
            PoliticalQuestion::CriminalRecord => (
                "Have you ever had a criminal penalty or administrative detention?",
                "One of the things the review looks at; public security checks it.",
            ),
            PoliticalQuestion::Expelled => (
                "Have you been expelled from a school, a public post, the Party or the Youth League?",
                "One of the things the review looks at.",
            ),
            PoliticalQuestion::Organisations => (
                "Have you or your family taken part in a cult, a banned organisation, or separatist, terrorist or extremist activity?",
                "A disqualifying condition of the review.",
            ),
            PoliticalQuestion::Family => (
                "Has a family member committed a crime against national security or had a serious political problem?",
                "The review covers family members (parents, unmarried siblings and others).",
            ),
            PoliticalQuestion::TattooMarks => (
                "Do you have a tattoo with gang symbols, or one that offends national dignity or public morals?",
                "Such tattoos fail the political review, whatever their size.",
            ),
        }
    }

    fn priority(&self, p: Priority) -> &'static str {
        match p {
            Priority::MartyrFamily => "Child or sibling of a martyr, or of a soldier who died on duty or of illness",
            Priority::SoldierChild => "Child of a serving soldier",
            Priority::StemStudent => "University student in science or engineering",
            Priority::Bilingual => "Bilingual in a minority language and Mandarin",
            Priority::Skills => "Skills the forces need",
            Priority::DisasterRelief => "Outstanding work in disaster relief",
        }
    }

    fn post(&self, p: Post) -> &'static str {
        match p {
            Post::TankCrew => "Tank crew",
            Post::Naval => "Surface ships and submarines",
            Post::Diver => "Divers",
            Post::Airborne => "Airborne troops",
            Post::AirStewardess => "Air Force VIP flight attendants (women)",
            Post::SpecialForces => "Special operations and guard units",
            Post::HkMacao => "Hong Kong and Macao garrisons",
            Post::HonourGuard => "Beijing Garrison honour guard",
        }
    }

    fn note(&self, n: &Note) -> String {
        let text = match n.id {
            NoteId::PriorityFamilies => {
                "Children and siblings of martyrs and of soldiers who died on duty or of illness, and children of serving soldiers, are approved first."
            }
            NoteId::PriorityStudents => {
                "University students in science and engineering and people with skills the forces need are approved first."
            }
            NoteId::PriorityBilingual => {
                "Bilingual young people and descendants of veterans from old revolutionary areas are sought out."
            }
            NoteId::PriorityDisasterRelief => {
                "Young people who did outstanding work in disaster relief are approved first."
            }
            NoteId::Registration => {
                "Men must do their first military-service registration (兵役登记) in the year they turn 18, and before applying. It is done on the National Conscription Website; from 2026 by 31 October at the latest, earlier in some counties."
            }
            NoteId::WhereToEnlist => {
                "University students and this year's graduates may enlist where their household was registered before university, or where the university is; freshmen enlist at their pre-university registration."
            }
            NoteId::KeepStudyPlace => {
                "Students and freshmen who enlist keep their place; they can resume or start within 2 years after discharge and may ask to change major."
            }
            NoteId::WomenRanking => {
                "After applications close, women applicants are ranked by their relative gaokao (college entrance exam) score to choose who goes forward, so a gaokao score is needed."
            }
            NoteId::JuniorHighCap => "Men with junior-high education must be 20 or younger.",
            NoteId::Wording2026 => {
                "The 2026 national notice no longer says \"this year's\" (应届) for women graduates while local notices still do: ask your conscription office whether earlier graduates can apply."
            }
            NoteId::Glucose => {
                "The medical also tests fasting blood glucose (under 7.0 mmol/L) and many other things a self-check cannot."
            }
            NoteId::PrescreenItems => {
                "Pre-screening (初审初检) looks first at household registration, age, education, height, weight and eyesight."
            }
            NoteId::FinalDecision => {
                "The county conscription office decides collectively, on the results of the medical and the political review."
            }
            NoteId::Provisional => {
                "No national notice has been published for this round: the latest known rules are used and the result is provisional."
            }
            NoteId::ResidencePermit => {
                return format!(
                    "If you live in another province than your household registration and have held a residence permit (居住证) there for {} years or more, you may enlist where you live.",
                    note_int(n, Quantity::ResidencePermitYears)
                );
            }
            NoteId::RegistrationMakeup => {
                return format!(
                    "Men up to the age of {} who never did the military-service registration must make it up (补登).",
                    note_int(n, Quantity::MakeupMaxAge)
                );
            }
            NoteId::RegistrationCheck => {
                "Men already registered confirm their registration details on the National Conscription Website every year (核验), correcting what has changed."
            }
            NoteId::Deferral => {
                "An applicant who is the family's only breadwinner may have the call-up deferred (缓征)."
            }
            NoteId::Exemption => {
                "People with a serious physical defect or disability that makes them unfit are exempt; people deprived of political rights by law may not serve."
            }
        };
        text.into()
    }

    fn round(&self, r: Round) -> String {
        let half = if r.half == Half::H1 { "first half (H1)" } else { "second half (H2)" };
        let mut s = format!("{}, {half}", r.year);
        if r.provisional() {
            s.push_str(", provisional");
        }
        s
    }

    fn confidence(&self, c: Confidence) -> &'static str {
        match c {
            Confidence::Verified => "verified",
            Confidence::Derived => "worked out from verified rules",
            Confidence::Unverified => "not verified",
            Confidence::Conflict => "sources disagree",
        }
    }

    fn field_error(&self, f: Field, code: ErrorCode) -> String {
        let name = match f {
            Field::HeightCm => "Height",
            Field::WeightKg => "Weight",
            Field::VisionLeft | Field::VisionLeftDecimal => "Left eye",
            Field::VisionRight | Field::VisionRightDecimal => "Right eye",
            Field::RefractiveSurgeryMonths => "Months since surgery",
            Field::TattooExposedCm | Field::TattooElsewhereCm => "Tattoo size",
            Field::SystolicMmhg => "Systolic pressure",
            Field::DiastolicMmhg => "Diastolic pressure",
            Field::HeartRateBpm => "Heart rate",
            Field::WhisperLeftM => "Whisper distance, left ear",
            Field::WhisperRightM => "Whisper distance, right ear",
            Field::GraduationYear => "Year of graduation",
            Field::BirthDate | Field::BirthYear => "Date of birth",
            Field::TuitionYuan => "Tuition",
            Field::LoanYuan => "Student loan",
            Field::YearsStudied | Field::YearsRemaining | Field::ProgrammeYears => "Years",
            _ => "This answer",
        };
        let example = match f {
            Field::HeightCm => "172.5",
            Field::WeightKg => "65",
            Field::VisionLeft | Field::VisionRight => "4.8",
            Field::VisionLeftDecimal | Field::VisionRightDecimal => "0.6",
            Field::SystolicMmhg => "120",
            Field::DiastolicMmhg => "80",
            Field::HeartRateBpm => "72",
            Field::GraduationYear => "2026",
            Field::TuitionYuan | Field::LoanYuan => "5000",
            _ => "3",
        };
        match code {
            ErrorCode::NotANumber => format!("{name}: enter a number, for example {example}."),
            ErrorCode::OutOfRange => match f {
                Field::HeightCm => format!("Enter a height between {} cm.", range(limits::HEIGHT_CM)),
                Field::WeightKg => format!("Enter a weight between {} kg.", range(limits::WEIGHT_KG)),
                Field::VisionLeft | Field::VisionRight => format!(
                    "On the 5-point scale eyesight is between {}, e.g. 4.8. If yours reads like 0.6, choose \"Decimal\".",
                    range(limits::VISION_5)
                ),
                Field::VisionLeftDecimal | Field::VisionRightDecimal => {
                    format!("Decimal eyesight is between {}, e.g. 0.6.", range(limits::VISION_DECIMAL))
                }
                Field::RefractiveSurgeryMonths => {
                    format!("Enter a whole number of months between {}.", irange(limits::SURGERY_MONTHS))
                }
                Field::TattooExposedCm | Field::TattooElsewhereCm => {
                    format!("Enter a size between {} cm.", range(limits::TATTOO_CM))
                }
                Field::SystolicMmhg => format!("Enter a systolic pressure between {}.", irange(limits::SYSTOLIC)),
                Field::DiastolicMmhg => format!("Enter a diastolic pressure between {}.", irange(limits::DIASTOLIC)),
                Field::HeartRateBpm => format!("Enter a heart rate between {}.", irange(limits::HEART_RATE)),
                Field::WhisperLeftM | Field::WhisperRightM => {
                    format!("Enter a distance between {} m.", range(limits::WHISPER_M))
                }
                Field::GraduationYear => {
                    let (lo, hi) = limits::GRADUATION_YEAR;
                    format!("Enter a year between {lo} and {hi}.")
                }
                Field::BirthDate | Field::BirthYear => {
                    format!("The year of birth cannot be before {}.", limits::BIRTH_YEAR_MIN)
                }
                Field::TuitionYuan | Field::LoanYuan => {
                    format!("Enter a whole number of yuan between {}.", irange(limits::YUAN_PER_YEAR))
                }
                Field::YearsStudied | Field::YearsRemaining | Field::ProgrammeYears => {
                    format!("Enter a whole number of years between {}.", irange(limits::STUDY_YEARS))
                }
                _ => format!("{name} is out of range."),
            },
            ErrorCode::NotADate => "Write the date of birth as 2005-04-01, or just the year, e.g. 2005.".into(),
            ErrorCode::Future => "The date of birth cannot be after today or after the round's year.".into(),
            ErrorCode::TooEarly => {
                "The year of graduation is less than 10 years after the year of birth; please check.".into()
            }
            _ => format!("{name}: please check this answer."),
        }
    }

    fn article(&self, c: &Cite) -> String {
        match (c.article, c.paragraph, c.section) {
            (Some(a), Some(p), _) => format!("art. {a}({p})"),
            (Some(a), None, _) => format!("art. {a}"),
            (None, _, Some(s)) => s.to_string(),
            _ => String::new(),
        }
    }

    fn line(&self, id: LineId) -> &'static str {
        match id {
            LineId::TuitionCompensation => "Tuition compensation or student-loan repayment",
            LineId::TuitionWaiver => "Fees waived after returning to study",
            LineId::FamilyPayment => "Family preferential payment (优待金)",
            LineId::EnlistmentReward => "One-off enlistment reward",
            LineId::Allowance => "Conscript allowance (two years)",
            LineId::DischargePayment => "National discharge payment (退役金)",
            LineId::DischargeGrant => "Local one-off discharge grant",
            LineId::VeteranStudentGrant => "State grant for veteran students",
        }
    }

    fn basis(&self, b: Basis) -> &'static str {
        match b {
            Basis::Official => "official figure for the place",
            Basis::National => "national rule",
            Basis::Estimate => "estimate",
            Basis::Reprint => "copied online, not verified",
        }
    }

    fn explain_line(&self, l: &Line, place: &str) -> String {
        benefits::explain(l, place)
    }

    fn money(&self, m: Money) -> String {
        benefits::money(m)
    }

    fn posting(&self, p: Posting) -> &'static str {
        match p {
            Posting::Ordinary => "Ordinary posting",
            Posting::Plateau => "High plateau",
            Posting::Tibet => "Tibet",
            Posting::Xinjiang => "Xinjiang",
        }
    }

    fn honour(&self, h: Honour) -> &'static str {
        match h {
            Honour::None => "None",
            Honour::ThirdClassMerit => "Third-class merit (or fourth-class battle merit)",
            Honour::SecondClassMerit => "Second-class merit (or third-class battle merit)",
            Honour::FirstClassMerit => "First-class merit, second-class battle merit or second-level commendation",
            Honour::FirstLevelCommendation => "First-class battle merit or first-level commendation",
            Honour::HonourTitle => "Medal or honour title",
        }
    }

    fn scheme(&self, s: TuitionScheme) -> &'static str {
        match s {
            TuitionScheme::Normal => "Ordinary",
            TuitionScheme::DirectedOrCommissioned => "Directed, commissioned or national-defence student",
            TuitionScheme::FeeExempt => "Already exempt from fees",
        }
    }

    fn non_cash(&self, id: NonCashId, value: Option<i64>) -> (&'static str, String) {
        benefits::non_cash(id, value)
    }

    fn step(&self, s: StepId) -> StepWords {
        process::step(s)
    }

    fn doc(&self, d: DocId) -> (&'static str, &'static str) {
        process::doc(d)
    }

    fn channel(&self, c: ChannelId) -> (&'static str, &'static str) {
        process::channel(c)
    }

    fn fraud(&self, f: FraudId) -> (&'static str, &'static [&'static str]) {
        process::fraud(f)
    }

    fn event(&self, k: EventKind) -> &'static str {
        process::event(k)
    }
}

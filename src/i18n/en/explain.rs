//! The sentence under each criterion: the user's number, the threshold, and how far they are from it.
//! Every number comes from the engine's report.

use crate::i18n::Locale;
use crate::i18n::fmt::{dioptres, has, int, q, vision};
use enlistment_rules::report::{Check, CheckId, Quantity as Q, Reason as R};
use enlistment_rules::round::Round;

fn date(c: &Check, quantity: Q) -> String {
    crate::i18n::fmt::date(c, quantity).map_or_else(|| "?".into(), |d| Locale::En.date(d))
}

fn plural(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn age(c: &Check, year: i32) -> String {
    let age = q(c, Q::AgeInYear);
    match c.reason {
        R::WithinWindow => {
            let mut s = format!(
                "You are {age} in {year}, within {}–{} (born between {} and {}).",
                q(c, Q::AgeMin),
                q(c, Q::AgeCap),
                date(c, Q::BornFrom),
                date(c, Q::BornUntil)
            );
            if int(c, Q::YearsToSpare) == 0 {
                s.push_str(" You are exactly at the upper limit.");
            }
            s
        }
        R::TooYoung => format!("You are only {age} in {year}; the minimum is {}.", q(c, Q::AgeMin)),
        R::Voluntary17 => format!(
            "You are 17 in {year}. The Military Service Law allows 17-year-olds who volunteer, but recent national notices only mention 18 and over: ask your local conscription office."
        ),
        R::OverCap => format!(
            "You are {age} in {year}: {} over the limit of {} for your group (born on or after {}).",
            plural(int(c, Q::YearsOverCap), "year", "years"),
            q(c, Q::AgeCap),
            date(c, Q::BornFrom)
        ),
        R::CapDependsOnEducation => {
            let groups = [
                (Q::AgeCapHighSchool, "for high-school graduates"),
                (Q::AgeCapCollegeGraduate, "for college graduates"),
                (Q::AgeCapPostgraduate, "for postgraduates"),
            ];
            let caps: Vec<String> =
                groups.iter().filter(|(k, _)| has(c, *k)).map(|(k, who)| format!("{} {who}", q(c, *k))).collect();
            if caps.is_empty() {
                format!(
                    "You are {age} in {year}. Whether that is within the limit depends on your sex and education: please give them."
                )
            } else {
                format!(
                    "You are {age} in {year}. Whether that is within the limit depends on your education: {}. Please give your education.",
                    caps.join(", ")
                )
            }
        }
        _ => {
            "Give your date or year of birth. Age is counted by calendar year: the age you reach by 31 December.".into()
        }
    }
}

fn education(c: &Check) -> String {
    match c.reason {
        R::Listed => "Your education and study status are among the groups this round's notice recruits.".into(),
        R::JuniorHighRoute => "Men with junior-high education can apply, up to the age of 20.".into(),
        R::CountsAsJuniorHigh => "Still at high school (not the final year) counts as junior-high education: you can apply, up to the age of 20.".into(),
        R::GraduatingInH1 => "You finish school this year, so you are not yet a graduate at the first-half round. First-half rounds mainly take earlier graduates; this year's graduates usually apply in the second half. Your conscription office can confirm.".into(),
        R::H1CollegeOnly => "In the first-half round you have not finished high school yet; local notices take this year's women high-school graduates in the second half, and the national text lists them for the year.".into(),
        R::NotListed => "This round's notice does not list your group.".into(),
        R::WordingUnclear => "The 2026 national notice no longer says \"this year's\" (应届) for women graduates, so whether earlier graduates may apply is unclear: ask your local conscription office.".into(),
        R::PriorYearH1 => "First-half rounds take women who graduated (full-time 本科 or 专科) last year, up to the age of 23.".into(),
        R::AdmittedUnclear => "Admitted but not yet started: in a first-half round it is unclear whether you count; ask your local office. In the second half you count as this year's graduate.".into(),
        R::BelowMinimum => "Applying needs at least a junior-high certificate.".into(),
        R::NoFemaleRoute => "Women are recruited from this year's high-school graduates and from full-time university students and graduates; junior-high and vocational-secondary (中专/职高/技校) education have no route at present.".into(),
        R::NeedsGraduationYear => "Give the year you graduated: the rules differ for this year's, last year's and earlier graduates.".into(),
        _ => "Give your sex, education and study status.".into(),
    }
}

fn height(c: &Check) -> String {
    match c.reason {
        R::AtLeastMin => format!(
            "{} cm: {} cm above the {} cm minimum.",
            q(c, Q::HeightCm),
            q(c, Q::AboveMinCm),
            q(c, Q::HeightMinCm)
        ),
        R::BelowMin => format!(
            "{} cm: {} cm short of the {} cm minimum.",
            q(c, Q::HeightCm),
            q(c, Q::ShortCm),
            q(c, Q::HeightMinCm)
        ),
        _ if has(c, Q::HeightCm) => "Give your sex: the minimum differs for men and women.".into(),
        _ => "Give your height in centimetres.".into(),
    }
}

fn bmi(c: &Check) -> String {
    let bmi = q(c, Q::Bmi);
    let range = || {
        format!(
            "At {} cm a BMI from {} to under {} means {}–{} kg",
            q(c, Q::HeightCm),
            q(c, Q::BmiMin),
            q(c, Q::BmiBelow),
            q(c, Q::WeightMinKg),
            q(c, Q::WeightMaxKg)
        )
    };
    match c.reason {
        R::InRange => {
            let mut s = format!("BMI {bmi}. {}", range());
            if has(c, Q::WeightNoTestMaxKg) {
                s.push_str(&format!("; up to {} kg no extra blood test is needed", q(c, Q::WeightNoTestMaxKg)));
            }
            s + "."
        }
        // The whole range at their height, next to the criterion (issue 18), then the distance.
        R::BelowMin => format!("BMI {bmi}, under {}. {}: {} kg more.", q(c, Q::BmiMin), range(), q(c, Q::GainKg)),
        R::AboveMax => format!("BMI {bmi}, not under {}. {}: lose {} kg.", q(c, Q::BmiBelow), range(), q(c, Q::LoseKg)),
        R::Hba1cTest => format!(
            "BMI {bmi}, between {} and {}: the medical adds an HbA1c blood test, which must be under 6.5%. At {} cm you avoid the test at {} kg or less ({} kg to lose); the limit is {} kg.",
            q(c, Q::BmiHba1cFrom),
            q(c, Q::BmiBelow),
            q(c, Q::HeightCm),
            q(c, Q::WeightNoTestMaxKg),
            q(c, Q::LoseKg),
            q(c, Q::WeightMaxKg)
        ),
        _ if has(c, Q::Bmi) => format!("BMI {bmi}. Give your sex: the limits differ for men and women."),
        _ => {
            "Give your height and weight to work out your BMI (weight in kg divided by the square of height in metres)."
                .into()
        }
    }
}

fn eyes(c: &Check) -> String {
    let (l, r, worse) = (vision(c, Q::VisionLeft), vision(c, Q::VisionRight), vision(c, Q::VisionWorse));
    match c.reason {
        R::BothEyesGood if has(c, Q::VisionMin) => {
            format!(
                "Left {l}, right {r}. After laser surgery each eye needs {} without glasses: you have it.",
                vision(c, Q::VisionMin)
            )
        }
        R::BothEyesGood => format!("Left {l}, right {r}: each eye reaches {}.", vision(c, Q::VisionCheckBelow)),
        R::CorrectedTest => format!(
            "Your weaker eye is {worse}, under {}. Each eye needs {}, or a corrected-vision test: with glasses each eye must reach {} and the correction must not exceed {} 度 ({}).",
            vision(c, Q::VisionCheckBelow),
            vision(c, Q::VisionCheckBelow),
            vision(c, Q::CorrectedVisionMin),
            q(c, Q::CorrectionMaxDegrees),
            dioptres(c, Q::CorrectionMaxDegrees)
        ),
        R::EyeBelowMin => format!(
            "Your weaker eye is {worse}, under {} ({} short): not eligible.",
            vision(c, Q::VisionFailBelow),
            vision(c, Q::VisionShort)
        ),
        R::BelowAfterSurgery => format!(
            "After laser surgery each eye needs {} without glasses; your weaker eye is {worse} ({} short).",
            vision(c, Q::VisionMin),
            vision(c, Q::VisionShort)
        ),
        _ => "Give the eyesight of each eye without glasses.".into(),
    }
}

fn surgery(c: &Check) -> String {
    match c.reason {
        R::NoSurgery => "No refractive surgery.".into(),
        R::Healed => format!(
            "Excimer-laser surgery {} months ago: the {} months are reached (no complications and a normal fundus are also required). After surgery special posts are closed.",
            q(c, Q::SurgeryMonths),
            q(c, Q::SurgeryMinMonths)
        ),
        R::HealedByExam => format!(
            "Surgery {} months ago; by this round's medical it will be about {} months, which reaches the {} needed.",
            q(c, Q::SurgeryMonths),
            q(c, Q::SurgeryMonthsAtExam),
            q(c, Q::SurgeryMinMonths)
        ),
        R::TooRecent => format!(
            "By this round's medical your surgery will be about {} months old, under the {} needed ({} to go).",
            q(c, Q::SurgeryMonthsAtExam),
            q(c, Q::SurgeryMinMonths),
            plural(int(c, Q::MonthsToWait), "month", "months")
        ),
        R::OtherProcedure => {
            "Only excimer-laser surgery is accepted; phakic lenses (ICL) and other procedures are not.".into()
        }
        _ => "Optional. If you had excimer-laser surgery, give how many months ago.".into(),
    }
}

fn tattoo(c: &Check) -> String {
    let (exp, other) = (q(c, Q::TattooExposedMaxCm), q(c, Q::TattooElsewhereMaxCm));
    match c.reason {
        R::NoTattoo => "No tattoos.".into(),
        R::WithinLimits => format!(
            "Within the limits: at most {exp} cm on skin the training uniform leaves bare, {other} cm elsewhere."
        ),
        R::FaceOrNeck => "Any tattoo on the face or neck is not accepted.".into(),
        R::ExposedTooLarge => {
            format!("A tattoo on skin the training uniform leaves bare is over {exp} cm ({} cm over).", q(c, Q::OverCm))
        }
        R::ElsewhereTooLarge => format!("A tattoo elsewhere is over {other} cm ({} cm over).", q(c, Q::OverCm)),
        R::Cosmetic => "Tattooed eyebrows, eyeliner or lips (men), or tattooed lips (women), are not accepted.".into(),
        R::DetailsMissing => format!(
            "Say where and how large: face or neck, over {exp} cm on bare skin, or over {other} cm elsewhere are not accepted."
        ),
        _ => "Optional.".into(),
    }
}

fn simple(c: &Check) -> String {
    match (c.id, c.reason) {
        (CheckId::ColourVision, R::Normal) => "Normal colour vision.".into(),
        (CheckId::ColourVision, R::LandPostsOnly) => {
            "Colour-weak but able to name red, green, yellow, blue and purple: accepted for land (陆勤) posts only."
                .into()
        }
        (CheckId::ColourVision, R::ColourDeficient) => "Colour weakness or colour blindness is not accepted.".into(),
        (CheckId::BloodPressure, R::Normal | R::OutOfRange) => {
            let mut s = String::new();
            if has(c, Q::SystolicMmhg) || has(c, Q::DiastolicMmhg) {
                s.push_str(&format!(
                    "{}/{} mmHg. ",
                    q(c, Q::SystolicMmhg).replace('?', "–"),
                    q(c, Q::DiastolicMmhg).replace('?', "–")
                ));
            }
            s.push_str(&format!(
                "The standard: systolic {} to under {}, diastolic {} to under {}.",
                q(c, Q::SystolicMin),
                q(c, Q::SystolicBelow),
                q(c, Q::DiastolicMin),
                q(c, Q::DiastolicBelow)
            ));
            if c.reason == R::OutOfRange {
                s.push_str(" The medical measures it again: measure again after resting.");
            }
            s
        }
        (CheckId::HeartRate, R::Normal) => format!(
            "{} beats per minute, within {}–{}.",
            q(c, Q::HeartRateBpm),
            q(c, Q::HeartRateMin),
            q(c, Q::HeartRateMax)
        ),
        (CheckId::HeartRate, R::PhysiologicalReview) => format!(
            "{} beats per minute: {}–{} or {}–{} pass if the examiner finds it physiological (not for special posts).",
            q(c, Q::HeartRateBpm),
            q(c, Q::HeartRateReviewMin),
            int(c, Q::HeartRateMin) - 1,
            int(c, Q::HeartRateMax) + 1,
            q(c, Q::HeartRateReviewMax)
        ),
        (CheckId::HeartRate, R::OutOfRange) => format!(
            "{} beats per minute, outside {}–{}.",
            q(c, Q::HeartRateBpm),
            q(c, Q::HeartRateReviewMin),
            q(c, Q::HeartRateReviewMax)
        ),
        (CheckId::Hearing, R::Normal) => format!(
            "A whisper heard at {} m (left ear) and {} m (right ear): at least {} m needed.",
            q(c, Q::WhisperLeftM),
            q(c, Q::WhisperRightM),
            q(c, Q::WhisperMinM)
        ),
        (CheckId::Hearing, R::WhisperTooShort) => format!(
            "A whisper heard only at {} m (left ear) and {} m (right ear): both below {} m. The sources of this line are not settled, so the medical decides.",
            q(c, Q::WhisperLeftM),
            q(c, Q::WhisperRightM),
            q(c, Q::WhisperMinM)
        ),
        (CheckId::Hearing, R::OneEarBelow) => format!(
            "One ear hears a whisper at less than {} m (left {} m, right {} m). One reading of the standard fails one ear below the line, another only both ears; the sources do not settle it, so the medical decides.",
            q(c, Q::WhisperMinM),
            q(c, Q::WhisperLeftM),
            q(c, Q::WhisperRightM)
        ),
        (CheckId::FlatFeet, R::Normal) => "No flat feet.".into(),
        (CheckId::FlatFeet, R::ArchPresent) => "Flat feet with some arch left are accepted.".into(),
        (CheckId::FlatFeet, R::NoArch) => "Flat feet with no arch at all are not accepted.".into(),
        (CheckId::Political, R::AllNo) => format!("You answered no to all {} questions.", q(c, Q::Answered)),
        (CheckId::Political, R::SomeYes) => format!(
            "You answered yes to {}. That is not a \"no\": public security carries out the review and will look at the facts. Tell your conscription office truthfully.",
            plural(int(c, Q::Yes), "question", "questions")
        ),
        (CheckId::Political, R::PartlyAnswered) => {
            format!("You answered {} of {} questions, none with yes.", q(c, Q::Answered), q(c, Q::Questions))
        }
        _ => "Optional.".into(),
    }
}

fn post(c: &Check) -> String {
    let span = || match (has(c, Q::HeightMaxCm), q(c, Q::HeightMinCm)) {
        (true, min) => format!("{min}–{} cm", q(c, Q::HeightMaxCm)),
        (false, min) => format!("at least {min} cm"),
    };
    match (c.id, c.reason) {
        (CheckId::PostSex, R::NotListedForSex) => "The sources list no height range for your sex for this post; none of them bars it to you. Ask your conscription office.".into(),
        (CheckId::PostHeight, R::WithinPostRange) => {
            format!("{} cm, within {}.", q(c, Q::HeightCm), span())
        }
        (CheckId::PostHeight, R::OutsidePostRange) if has(c, Q::ShortCm) => {
            format!("{} cm; the post needs {} ({} cm short).", q(c, Q::HeightCm), span(), q(c, Q::ShortCm))
        }
        (CheckId::PostHeight, R::OutsidePostRange) => {
            format!("{} cm; the post needs {} ({} cm over).", q(c, Q::HeightCm), span(), q(c, Q::OverCm))
        }
        (CheckId::PostHeight, R::ExcellentPhysique) => format!(
            "{} cm; the post needs {}, relaxed to 165 cm for an excellent physique, decided at the medical.",
            q(c, Q::HeightCm),
            span()
        ),
        (CheckId::PostBmi, R::InRange) => format!(
            "BMI {}, under the {} for men in special posts (at most {} kg).",
            q(c, Q::Bmi),
            q(c, Q::BmiBelow),
            q(c, Q::WeightMaxKg)
        ),
        (CheckId::PostBmi, R::AboveMax) => format!(
            "Men in special posts need a BMI under {}: at most {} kg at your height (lose {} kg).",
            q(c, Q::BmiBelow),
            q(c, Q::WeightMaxKg),
            q(c, Q::LoseKg)
        ),
        (CheckId::PostBmi, R::BelowMin) => {
            format!("BMI {}, under {}.", q(c, Q::Bmi), q(c, Q::BmiMin))
        }
        (CheckId::PostVision, R::WithinPostRange) => format!(
            "Your weaker eye is {}, reaching the {} of an older published standard.",
            vision(c, Q::VisionWorse),
            vision(c, Q::VisionMin)
        ),
        (CheckId::PostVision, R::OlderValueBelow) => format!(
            "Your weaker eye is {}, under the {} of an older published standard. The current text only says \"according to the relevant standards\" and the number could not be verified: ask at the medical.",
            vision(c, Q::VisionWorse),
            vision(c, Q::VisionMin)
        ),
        (CheckId::PostSurgery, R::NoSurgery) => "No refractive surgery.".into(),
        (CheckId::PostSurgery, R::SurgeryExcluded) => "Refractive surgery rules out special posts.".into(),
        (CheckId::PostHeight, _) => format!("The post needs {}.", span()),
        (CheckId::PostVision, _) => format!(
            "An older standard asked for {} in each eye without glasses (not verified as current).",
            vision(c, Q::VisionMin)
        ),
        (CheckId::PostBmi, _) => format!("Men in special posts need a BMI under {}.", q(c, Q::BmiBelow)),
        (CheckId::PostSurgery, _) => "Refractive surgery rules out special posts.".into(),
        _ => "Give your sex first.".into(),
    }
}

pub fn explain(c: &Check, round: Round) -> String {
    if c.reason == R::NoRule {
        return "No rule was found for this round.".into();
    }
    match c.id {
        CheckId::Age => age(c, round.year),
        CheckId::Education => education(c),
        CheckId::Height => height(c),
        CheckId::Bmi => bmi(c),
        CheckId::Vision => eyes(c),
        CheckId::Surgery => surgery(c),
        CheckId::Tattoo => tattoo(c),
        CheckId::PostSex | CheckId::PostHeight | CheckId::PostBmi | CheckId::PostVision | CheckId::PostSurgery => {
            post(c)
        }
        _ => simple(c),
    }
}

//! 每一项标准下面的说明：你的数值、标准是多少、差多少。数字全部来自引擎的报告。

use crate::i18n::Locale;
use crate::i18n::fmt::{has, int, q, vision};
use enlistment_rules::report::{Check, CheckId, Quantity as Q, Reason as R};
use enlistment_rules::round::Round;

fn date(c: &Check, quantity: Q) -> String {
    crate::i18n::fmt::date(c, quantity).map_or_else(|| "?".into(), |d| Locale::Zh.date(d))
}

fn age(c: &Check, year: i32) -> String {
    let age = q(c, Q::AgeInYear);
    match c.reason {
        R::WithinWindow => {
            let mut s = format!(
                "{year}年你满{age}周岁，在{}—{}周岁的范围内（出生日期在{}至{}之间）。",
                q(c, Q::AgeMin),
                q(c, Q::AgeCap),
                date(c, Q::BornFrom),
                date(c, Q::BornUntil)
            );
            if int(c, Q::YearsToSpare) == 0 {
                s.push_str("你正好处在上限年龄。");
            }
            s
        }
        R::TooYoung => format!("{year}年你只满{age}周岁，未达到{}周岁。", q(c, Q::AgeMin)),
        R::Voluntary17 => format!(
            "{year}年你满17周岁。兵役法允许本人自愿的17周岁公民应征，但近年的全国征兵通知只写“年满18周岁”，请向当地征兵办公室确认。"
        ),
        R::OverCap => format!(
            "{year}年你满{age}周岁，比你这一类人员的上限{}周岁大{}岁（须在{}或之后出生）。",
            q(c, Q::AgeCap),
            q(c, Q::YearsOverCap),
            date(c, Q::BornFrom)
        ),
        R::CapDependsOnEducation => {
            let groups = [
                (Q::AgeCapHighSchool, "高中毕业生"),
                (Q::AgeCapCollegeGraduate, "大学本专科毕业生"),
                (Q::AgeCapPostgraduate, "研究生"),
            ];
            let caps: Vec<String> =
                groups.iter().filter(|(k, _)| has(c, *k)).map(|(k, who)| format!("{who}{}周岁", q(c, *k))).collect();
            if caps.is_empty() {
                format!("{year}年你满{age}周岁。是否在年龄范围内取决于性别和学历，请填写。")
            } else {
                format!("{year}年你满{age}周岁。是否在年龄范围内取决于学历：{}。请填写学历。", caps.join("，"))
            }
        }
        _ => "请填写出生日期或出生年份。年龄按自然年计算：看当年12月31日前满多少周岁。".into(),
    }
}

fn education(c: &Check) -> String {
    match c.reason {
        R::Listed => "你的学历和在读情况属于本批次征兵公告列出的征集对象。".into(),
        R::JuniorHighRoute => "初中毕业文化程度的男青年可以应征，但年龄不超过20周岁。".into(),
        R::CountsAsJuniorHigh => "高中在读（还没到毕业年级）按初中毕业文化程度计算：可以应征，年龄不超过20周岁。".into(),
        R::GraduatingInH1 => "你今年毕业，上半年征兵时还没有毕业。上半年主要征集往届毕业生，应届毕业生一般在下半年应征；也可以向当地征兵办公室确认。".into(),
        R::H1CollegeOnly => "上半年征兵时你还没有高中毕业；地方征兵公告在下半年征集女性普通高中应届毕业生，全国通知也把她们列为当年的征集对象。".into(),
        R::NotListed => "本批次征兵公告没有列出你这一类人员。".into(),
        R::WordingUnclear => "2026年全国征兵通知对女大学毕业生不再写“应届”，往届毕业生能否报名还不明确，请向当地征兵办公室确认。".into(),
        R::PriorYearH1 => "上半年可以征集上一年毕业的全日制本专科女大学生，年龄放宽到23周岁。".into(),
        R::AdmittedUnclear => "已被录取但还没有入学的，上半年是否属于征集对象不明确，请向当地征兵办公室确认；下半年按应届毕业生征集。".into(),
        R::BelowMinimum => "应征至少需要初中毕业文化程度。".into(),
        R::NoFemaleRoute => "女兵从普通高中应届毕业生和普通高校（含科研机构）全日制学生、毕业生中征集；初中、中专、职高、技校学历目前没有报名渠道。".into(),
        R::NeedsGraduationYear => "请填写毕业年份：今年、去年和更早毕业的规定不一样。".into(),
        _ => "请选择性别、学历和在读情况。".into(),
    }
}

fn height(c: &Check) -> String {
    match c.reason {
        R::AtLeastMin => format!(
            "身高{} cm，达到最低标准{} cm（高出{} cm）。",
            q(c, Q::HeightCm),
            q(c, Q::HeightMinCm),
            q(c, Q::AboveMinCm)
        ),
        R::BelowMin => {
            format!("身高{} cm，比最低标准{} cm 差{} cm。", q(c, Q::HeightCm), q(c, Q::HeightMinCm), q(c, Q::ShortCm))
        }
        _ if has(c, Q::HeightCm) => "请选择性别：男性和女性的身高标准不同。".into(),
        _ => "请填写身高（厘米）。".into(),
    }
}

fn bmi(c: &Check) -> String {
    let range = || {
        format!(
            "按你的身高{} cm，体重在{}—{} kg 之间时 BMI 符合标准（{}≤BMI<{}）",
            q(c, Q::HeightCm),
            q(c, Q::WeightMinKg),
            q(c, Q::WeightMaxKg),
            q(c, Q::BmiMin),
            q(c, Q::BmiBelow)
        )
    };
    let bmi = q(c, Q::Bmi);
    match c.reason {
        R::InRange => {
            let mut s = format!("BMI {bmi}。{}", range());
            if has(c, Q::WeightNoTestMaxKg) {
                s.push_str(&format!("；不超过{} kg 时不需要加查糖化血红蛋白", q(c, Q::WeightNoTestMaxKg)));
            }
            s + "。"
        }
        // The whole range at their height, next to the criterion (issue 18), then the distance.
        R::BelowMin => format!("BMI {bmi}，低于{}。{}，还差{} kg。", q(c, Q::BmiMin), range(), q(c, Q::GainKg)),
        R::AboveMax => {
            format!("BMI {bmi}，没有低于{}。{}，需要减{} kg。", q(c, Q::BmiBelow), range(), q(c, Q::LoseKg))
        }
        R::Hba1cTest => format!(
            "BMI {bmi}，在{}到{}之间：体检时要加查糖化血红蛋白，低于6.5%才合格。身高{} cm 时，体重不超过{} kg 可以免加查（差{} kg），不超过{} kg 才在上限以内。",
            q(c, Q::BmiHba1cFrom),
            q(c, Q::BmiBelow),
            q(c, Q::HeightCm),
            q(c, Q::WeightNoTestMaxKg),
            q(c, Q::LoseKg),
            q(c, Q::WeightMaxKg)
        ),
        _ if has(c, Q::Bmi) => format!("BMI {bmi}。请选择性别：男性和女性的标准不同。"),
        _ => "请填写身高和体重，用来计算 BMI（体重公斤数除以身高米数的平方）。".into(),
    }
}

fn eyes(c: &Check) -> String {
    let (l, r, worse) = (vision(c, Q::VisionLeft), vision(c, Q::VisionRight), vision(c, Q::VisionWorse));
    match c.reason {
        R::BothEyesGood if has(c, Q::VisionMin) => {
            format!(
                "裸眼视力左眼{l}、右眼{r}。做过激光手术的，每只眼裸眼都要达到{}：你已达到。",
                vision(c, Q::VisionMin)
            )
        }
        R::BothEyesGood => format!("裸眼视力左眼{l}、右眼{r}，每只眼都达到{}。", vision(c, Q::VisionCheckBelow)),
        R::CorrectedTest => format!(
            "较差的一只眼裸眼视力{worse}，低于{}：每只眼需要达到{}，否则要做矫正视力检查（矫正后每只眼达到{}、矫正度数不超过{}度为合格）。",
            vision(c, Q::VisionCheckBelow),
            vision(c, Q::VisionCheckBelow),
            vision(c, Q::CorrectedVisionMin),
            q(c, Q::CorrectionMaxDegrees)
        ),
        R::EyeBelowMin => format!(
            "较差的一只眼裸眼视力{worse}，低于{}（差{}），不合格。",
            vision(c, Q::VisionFailBelow),
            vision(c, Q::VisionShort)
        ),
        R::BelowAfterSurgery => format!(
            "做过激光手术的，每只眼裸眼视力都要达到{}；你较差的一只眼是{worse}（差{}）。",
            vision(c, Q::VisionMin),
            vision(c, Q::VisionShort)
        ),
        _ => "请填写左眼和右眼的裸眼视力（不戴眼镜）。".into(),
    }
}

fn surgery(c: &Check) -> String {
    match c.reason {
        R::NoSurgery => "没有做过屈光手术。".into(),
        R::Healed => format!(
            "准分子激光手术后{}个月，达到{}个月的要求（还要求无并发症、眼底正常）。做过手术的不能报考条件兵。",
            q(c, Q::SurgeryMonths),
            q(c, Q::SurgeryMinMonths)
        ),
        R::HealedByExam => format!(
            "手术至今{}个月，到本批次体检时约{}个月，能达到{}个月的要求。",
            q(c, Q::SurgeryMonths),
            q(c, Q::SurgeryMonthsAtExam),
            q(c, Q::SurgeryMinMonths)
        ),
        R::TooRecent => format!(
            "到本批次体检时，手术约{}个月，不足{}个月（还差{}个月）。",
            q(c, Q::SurgeryMonthsAtExam),
            q(c, Q::SurgeryMinMonths),
            q(c, Q::MonthsToWait)
        ),
        R::OtherProcedure => "只接受准分子激光手术；有晶体眼人工晶体植入（ICL）等其他术式不合格。".into(),
        _ => "可选。做过准分子激光手术的，请填写距今几个月。".into(),
    }
}

fn tattoo(c: &Check) -> String {
    let (exp, other) = (q(c, Q::TattooExposedMaxCm), q(c, Q::TattooElsewhereMaxCm));
    match c.reason {
        R::NoTattoo => "没有文身。".into(),
        R::WithinLimits => {
            format!("文身的位置和大小在标准以内：穿体能训练服外露的部位单个不超过{exp} cm，其他部位不超过{other} cm。")
        }
        R::FaceOrNeck => "面部、颈部有文身的不合格。".into(),
        R::ExposedTooLarge => format!("穿体能训练服外露部位的文身超过{exp} cm（超出{} cm）。", q(c, Q::OverCm)),
        R::ElsewhereTooLarge => format!("其他部位的文身超过{other} cm（超出{} cm）。", q(c, Q::OverCm)),
        R::Cosmetic => "男性文眉、文眼线、文唇，女性文唇，都不合格。".into(),
        R::DetailsMissing => {
            format!("请说明文身的位置和大小：面颈部、训练服外露处超过{exp} cm、其他部位超过{other} cm 的不合格。")
        }
        _ => "可选。".into(),
    }
}

fn simple(c: &Check) -> String {
    match (c.id, c.reason) {
        (CheckId::ColourVision, R::Normal) => "色觉正常。".into(),
        (CheckId::ColourVision, R::LandPostsOnly) => {
            "色弱但能分别认出红、绿、黄、蓝、紫色的，陆勤岗位合格，其他岗位不合格。".into()
        }
        (CheckId::ColourVision, R::ColourDeficient) => "色弱、色盲不合格。".into(),
        (CheckId::BloodPressure, R::Normal | R::OutOfRange) => {
            let mut s = String::new();
            if has(c, Q::SystolicMmhg) || has(c, Q::DiastolicMmhg) {
                s.push_str(&format!(
                    "血压{}/{} mmHg。",
                    q(c, Q::SystolicMmhg).replace('?', "—"),
                    q(c, Q::DiastolicMmhg).replace('?', "—")
                ));
            }
            s.push_str(&format!(
                "标准：收缩压{}以上、{}以下，舒张压{}以上、{}以下。",
                q(c, Q::SystolicMin),
                q(c, Q::SystolicBelow),
                q(c, Q::DiastolicMin),
                q(c, Q::DiastolicBelow)
            ));
            if c.reason == R::OutOfRange {
                s.push_str("体检时会重新测量，请在安静休息后复测。");
            }
            s
        }
        (CheckId::HeartRate, R::Normal) => {
            format!("心率{}次/分，在{}—{}之间。", q(c, Q::HeartRateBpm), q(c, Q::HeartRateMin), q(c, Q::HeartRateMax))
        }
        (CheckId::HeartRate, R::PhysiologicalReview) => format!(
            "心率{}次/分：{}—{}或{}—{}次/分经检查属于生理性的可以合格（条件兵除外）。",
            q(c, Q::HeartRateBpm),
            q(c, Q::HeartRateReviewMin),
            int(c, Q::HeartRateMin) - 1,
            int(c, Q::HeartRateMax) + 1,
            q(c, Q::HeartRateReviewMax)
        ),
        (CheckId::HeartRate, R::OutOfRange) => format!(
            "心率{}次/分，超出{}—{}。",
            q(c, Q::HeartRateBpm),
            q(c, Q::HeartRateReviewMin),
            q(c, Q::HeartRateReviewMax)
        ),
        (CheckId::Hearing, R::Normal) => format!(
            "左耳{}米、右耳{}米外能听清耳语，达到{}米。",
            q(c, Q::WhisperLeftM),
            q(c, Q::WhisperRightM),
            q(c, Q::WhisperMinM)
        ),
        (CheckId::Hearing, R::WhisperTooShort) => format!(
            "左耳{}米、右耳{}米外才能听清耳语，两耳都低于{}米。这一标准的来源尚无定论，以体检结果为准。",
            q(c, Q::WhisperLeftM),
            q(c, Q::WhisperRightM),
            q(c, Q::WhisperMinM)
        ),
        (CheckId::Hearing, R::OneEarBelow) => format!(
            "有一只耳朵听清耳语的距离低于{}米（左耳{}米，右耳{}米）。一种说法是单耳低于即不合格，另一种是双耳都低于才不合格；来源没有定论，以体检结果为准。",
            q(c, Q::WhisperMinM),
            q(c, Q::WhisperLeftM),
            q(c, Q::WhisperRightM)
        ),
        (CheckId::FlatFeet, R::Normal) => "没有扁平足。".into(),
        (CheckId::FlatFeet, R::ArchPresent) => "扁平足但足弓没有完全消失，可以合格。".into(),
        (CheckId::FlatFeet, R::NoArch) => "足弓完全消失的扁平足不合格。".into(),
        (CheckId::Political, R::AllNo) => format!("{}个问题都回答了“否”。", q(c, Q::Answered)),
        (CheckId::Political, R::SomeYes) => format!(
            "有{}个问题回答了“是”。这不等于不合格：政治考核由公安机关具体负责，会了解实际情况，请如实向当地征兵办公室说明。",
            q(c, Q::Yes)
        ),
        (CheckId::Political, R::PartlyAnswered) => {
            format!("回答了{}个问题中的{}个，没有回答“是”的。", q(c, Q::Questions), q(c, Q::Answered))
        }
        _ => "可选。".into(),
    }
}

fn post(c: &Check) -> String {
    let span = || match (has(c, Q::HeightMaxCm), q(c, Q::HeightMinCm)) {
        (true, min) => format!("{min}—{} cm", q(c, Q::HeightMaxCm)),
        (false, min) => format!("{min} cm 以上"),
    };
    match (c.id, c.reason) {
        (CheckId::PostSex, R::NotListedForSex) => {
            "资料中这一岗位的身高标准没有列出你的性别，但没有资料说这一岗位不招收你的性别。请向征兵办公室咨询。".into()
        }
        (CheckId::PostHeight, R::WithinPostRange) => {
            format!("身高{} cm，符合{}。", q(c, Q::HeightCm), span())
        }
        (CheckId::PostHeight, R::OutsidePostRange) if has(c, Q::ShortCm) => {
            format!("身高{} cm，要求{}（差{} cm）。", q(c, Q::HeightCm), span(), q(c, Q::ShortCm))
        }
        (CheckId::PostHeight, R::OutsidePostRange) => {
            format!("身高{} cm，要求{}（超出{} cm）。", q(c, Q::HeightCm), span(), q(c, Q::OverCm))
        }
        (CheckId::PostHeight, R::ExcellentPhysique) => {
            format!("身高{} cm：要求{}，身体条件优秀的可以放宽到165 cm，由体检现场确定。", q(c, Q::HeightCm), span())
        }
        (CheckId::PostBmi, R::InRange) => format!(
            "BMI {}，低于条件兵男性的{}（体重不超过{} kg）。",
            q(c, Q::Bmi),
            q(c, Q::BmiBelow),
            q(c, Q::WeightMaxKg)
        ),
        (CheckId::PostBmi, R::AboveMax) => format!(
            "条件兵男性 BMI 要低于{}：按你的身高，体重不超过{} kg（需要减{} kg）。",
            q(c, Q::BmiBelow),
            q(c, Q::WeightMaxKg),
            q(c, Q::LoseKg)
        ),
        (CheckId::PostBmi, R::BelowMin) => {
            format!("BMI {}，低于{}。", q(c, Q::Bmi), q(c, Q::BmiMin))
        }
        (CheckId::PostVision, R::WithinPostRange) => {
            format!("较差的一只眼{}，达到{}（旧标准公布的数值）。", vision(c, Q::VisionWorse), vision(c, Q::VisionMin))
        }
        (CheckId::PostVision, R::OlderValueBelow) => format!(
            "较差的一只眼{}，低于旧标准公布的{}。现行标准写“按有关标准执行”，具体数值未能核实，请现场确认。",
            vision(c, Q::VisionWorse),
            vision(c, Q::VisionMin)
        ),
        (CheckId::PostSurgery, R::NoSurgery) => "没有做过屈光手术。".into(),
        (CheckId::PostSurgery, R::SurgeryExcluded) => "做过屈光手术的不能报考条件兵。".into(),
        (CheckId::PostHeight, _) => format!("要求身高{}。", span()),
        (CheckId::PostVision, _) => {
            format!("旧标准要求每只眼裸眼视力{}以上（未能核实是否仍适用）。", vision(c, Q::VisionMin))
        }
        (CheckId::PostBmi, _) => format!("条件兵男性 BMI 要低于{}。", q(c, Q::BmiBelow)),
        (CheckId::PostSurgery, _) => "做过屈光手术的不能报考条件兵。".into(),
        _ => "请先选择性别。".into(),
    }
}

pub fn explain(c: &Check, round: Round) -> String {
    if c.reason == R::NoRule {
        return "没有找到适用于这一批次的规定。".into();
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

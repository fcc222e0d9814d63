//! 引擎各个键的中文说法。

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

pub struct Zh;

fn range(r: (f64, f64)) -> String {
    let d = crate::i18n::limit;
    format!("{}—{}", d(r.0), d(r.1))
}

fn irange(r: (i64, i64)) -> String {
    format!("{}—{}", r.0, r.1)
}

impl Words for Zh {
    fn t(&self) -> &'static Texts {
        &TEXTS
    }

    fn verdict(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::LikelyEligible => "大概率符合条件",
            Verdict::NeedsCheck => "需要现场确认",
            Verdict::NotEligible => "目前不符合条件",
        }
    }

    fn verdict_summary(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::LikelyEligible => "按你填写的情况，各项基本条件都符合。最终以体检、政治考核和征兵办公室审定为准。",
            Verdict::NeedsCheck => "有些项目要在体检或审核时现场确认，或者还有问题没有回答。这很常见，不代表不能入伍。",
            Verdict::NotEligible => {
                "至少有一项不符合本批次的条件。下面列出了是哪一项、差多少；情况可能变化，也可以向当地征兵办公室咨询。"
            }
        }
    }

    fn status(&self, s: Status) -> &'static str {
        match s {
            Status::Pass => "符合",
            Status::Fail => "不符合",
            Status::NeedsCheck => "需现场确认",
            Status::Unknown => "未回答",
        }
    }

    fn check(&self, id: CheckId) -> &'static str {
        match id {
            CheckId::Age => "年龄",
            CheckId::Education => "学历",
            CheckId::Height => "身高",
            CheckId::Bmi => "体重（BMI）",
            CheckId::Vision => "视力",
            CheckId::Surgery => "屈光手术",
            CheckId::Tattoo => "文身",
            CheckId::ColourVision => "色觉",
            CheckId::BloodPressure => "血压",
            CheckId::HeartRate => "心率",
            CheckId::Hearing => "听力",
            CheckId::FlatFeet => "扁平足",
            CheckId::Political => "政治考核自查",
            CheckId::PostSex => "性别",
            CheckId::PostHeight => "身高",
            CheckId::PostBmi => "体重（BMI）",
            CheckId::PostVision => "视力",
            CheckId::PostSurgery => "屈光手术",
        }
    }

    fn explain(&self, c: &Check, round: Round) -> String {
        explain::explain(c, round)
    }

    fn sex(&self, s: Sex) -> &'static str {
        match s {
            Sex::Male => "男",
            Sex::Female => "女",
        }
    }

    fn education(&self, e: Education) -> &'static str {
        match e {
            Education::JuniorHigh => "初中",
            Education::HighSchool => "普通高中",
            Education::VocationalSecondary => "中专、职高、技校",
            Education::JuniorCollege => "大专（高职）",
            Education::Bachelor => "本科",
            Education::Postgraduate => "研究生",
        }
    }

    fn edu_status(&self, s: EduStatus) -> &'static str {
        match s {
            EduStatus::Graduated => "已毕业",
            EduStatus::Graduating => "今年毕业（应届、毕业班）",
            EduStatus::Enrolled => "在读（非毕业年级）",
            EduStatus::Admitted => "已录取、尚未入学（新生）",
        }
    }

    fn surgery(&self, s: SurgeryKind) -> &'static str {
        match s {
            SurgeryKind::None => "没有做过",
            SurgeryKind::Excimer => "做过准分子激光手术（如全飞秒、半飞秒、表层切削）",
            SurgeryKind::Other => "做过其他手术（如 ICL 晶体植入）",
        }
    }

    fn cosmetic(&self, c: CosmeticTattoo) -> &'static str {
        match c {
            CosmeticTattoo::Eyebrows => "文眉",
            CosmeticTattoo::Eyeliner => "文眼线",
            CosmeticTattoo::Lips => "文唇",
        }
    }

    fn colour(&self, c: ColourVision) -> &'static str {
        match c {
            ColourVision::Normal => "正常",
            ColourVision::NamesColours => "色弱，但能分别认出红、绿、黄、蓝、紫",
            ColourVision::Deficient => "色弱或色盲，认不全这些颜色",
        }
    }

    fn flat_feet(&self, f: FlatFeet) -> &'static str {
        match f {
            FlatFeet::None => "没有",
            FlatFeet::ArchPresent => "有，但还有足弓",
            FlatFeet::NoArch => "有，足弓完全消失",
        }
    }

    fn political(&self, q: PoliticalQuestion) -> (&'static str, &'static str) {
        match q {
            PoliticalQuestion::UnderInvestigation => {
                ("你现在是否正在被侦查、起诉、审判，或正在服刑？", "兵役法第二十四条：这种情况下不征集。")
            }
            PoliticalQuestion::CriminalRecord => {
                ("你是否受过刑事处罚、治安拘留等处罚？", "是政治考核重点了解的情况之一，具体由公安机关核实。")
            }
            PoliticalQuestion::Expelled => ("你是否被开除过学籍、公职、党籍或团籍？", "属于政治考核了解的情况。"),
            PoliticalQuestion::Organisations => {
                ("你或家人是否参与过邪教、非法组织，或民族分裂、暴力恐怖、宗教极端活动？", "属于政治考核不合格情形。")
            }
            PoliticalQuestion::Family => (
                "你的家庭成员是否有危害国家安全的犯罪或严重政治问题？",
                "政治考核包括家庭成员（父母、未婚兄弟姐妹）等。",
            ),
            PoliticalQuestion::TattooMarks => (
                "你是否有涉黑涉恶标志，或有损国家形象、社会公德的文身？",
                "这类文身属于政治考核不合格情形，与体检的文身大小标准不同。",
            ),
        }
    }

    fn priority(&self, p: Priority) -> &'static str {
        match p {
            Priority::MartyrFamily => "烈士、因公牺牲军人、病故军人的子女或兄弟姐妹",
            Priority::SoldierChild => "现役军人的子女",
            Priority::StemStudent => "理工类大学生",
            Priority::Bilingual => "会说少数民族语言和普通话的双语青年",
            Priority::Skills => "有部队需要的专业技能",
            Priority::DisasterRelief => "在抢险救灾中表现突出",
        }
    }

    fn post(&self, p: Post) -> &'static str {
        match p {
            Post::TankCrew => "坦克乘员",
            Post::Naval => "水面舰艇、潜艇人员",
            Post::Diver => "潜水员",
            Post::Airborne => "空降兵",
            Post::AirStewardess => "空军专机女乘务员",
            Post::SpecialForces => "特种作战部队、警卫部队",
            Post::HkMacao => "驻香港、澳门部队",
            Post::HonourGuard => "北京卫戍区仪仗队",
        }
    }

    fn note(&self, n: &Note) -> String {
        let text = match n.id {
            NoteId::PriorityFamilies => {
                "烈士、因公牺牲军人、病故军人的子女和兄弟姐妹，以及现役军人的子女，优先批准入伍。"
            }
            NoteId::PriorityStudents => "优先批准理工类大学生和部队需要的技能人才入伍。",
            NoteId::PriorityBilingual => "注重征集双语青年和老区退役军人后代。",
            NoteId::PriorityDisasterRelief => "在抢险救灾中表现突出的青年优先批准入伍。",
            NoteId::Registration => {
                "男性公民在年满18周岁的当年要进行初次兵役登记，应征报名前必须先登记。可在全国征兵网办理；2026年起最晚在10月31日前完成，有的县要求更早。"
            }
            NoteId::WhereToEnlist => {
                "高校在校生和应届毕业生可以在入学前户籍地或学校所在地应征；大学新生在入学前户籍地应征。"
            }
            NoteId::KeepStudyPlace => {
                "在校生和新生入伍，保留学籍或入学资格，退役后2年内可以复学或入学，并可申请转专业。"
            }
            NoteId::WomenRanking => "女兵网上报名结束后，系统按高考相对分数排序，确定初选对象，所以要有高考成绩。",
            NoteId::JuniorHighCap => "初中文化程度的男青年，年龄不超过20周岁。",
            NoteId::Wording2026 => {
                "2026年全国征兵通知对女大学毕业生不再写“应届”，而地方公告仍写“应届”：往届毕业生能否报名，请向当地征兵办公室确认。"
            }
            NoteId::Glucose => "体检还要查空腹血糖（须低于7.0 mmol/L）、内科、外科等很多项目，自测无法判断。",
            NoteId::PrescreenItems => "初审初检先看户籍、年龄、学历、身高、体重和视力。",
            NoteId::FinalDecision => "能否入伍，最终由县级征兵办公室根据体格检查、政治考核结果集体审定。",
            NoteId::Provisional => "这一批次还没有发布全国征兵通知，按最新已知的规则推算，结果是暂定的。",
            NoteId::ResidencePermit => {
                return format!(
                    "经常居住地与户籍所在地不在同一省（自治区、直辖市），且取得当地居住证{}年以上的，可以在经常居住地应征。",
                    note_int(n, Quantity::ResidencePermitYears)
                );
            }
            NoteId::RegistrationMakeup => {
                return format!(
                    "未超过{}周岁、还没有参加兵役登记的男性公民，应当补登。",
                    note_int(n, Quantity::MakeupMaxAge)
                );
            }
            NoteId::RegistrationCheck => "已经登记过的男性公民，每年要在全国征兵网核验兵役登记信息，有变化的及时修改。",
            NoteId::Deferral => "应征公民是维持家庭生活唯一劳动力的，可以缓征。",
            NoteId::Exemption => {
                "有严重生理缺陷或者严重残疾、不适合服兵役的，免服兵役；依照法律被剥夺政治权利的，不得服兵役。"
            }
        };
        text.into()
    }

    fn round(&self, r: Round) -> String {
        let half = if r.half == Half::H1 { "上半年" } else { "下半年" };
        let mut s = format!("{}年{half}", r.year);
        if r.provisional() {
            s.push_str("（暂定）");
        }
        s
    }

    fn confidence(&self, c: Confidence) -> &'static str {
        match c {
            Confidence::Verified => "已核实",
            Confidence::Derived => "据已核实规则推算",
            Confidence::Unverified => "未经核实",
            Confidence::Conflict => "来源之间有矛盾",
        }
    }

    fn field_error(&self, f: Field, code: ErrorCode) -> String {
        let name = match f {
            Field::HeightCm => "身高",
            Field::WeightKg => "体重",
            Field::VisionLeft | Field::VisionLeftDecimal => "左眼视力",
            Field::VisionRight | Field::VisionRightDecimal => "右眼视力",
            Field::RefractiveSurgeryMonths => "手术距今的月数",
            Field::TattooExposedCm | Field::TattooElsewhereCm => "文身最长方向的长度",
            Field::SystolicMmhg => "收缩压",
            Field::DiastolicMmhg => "舒张压",
            Field::HeartRateBpm => "心率",
            Field::WhisperLeftM => "左耳耳语听力距离",
            Field::WhisperRightM => "右耳耳语听力距离",
            Field::GraduationYear => "毕业年份",
            Field::BirthDate | Field::BirthYear => "出生日期",
            Field::TuitionYuan => "每年学费",
            Field::LoanYuan => "每年助学贷款",
            Field::YearsStudied | Field::YearsRemaining | Field::ProgrammeYears => "年数",
            _ => "这一项",
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
            ErrorCode::NotANumber => format!("{name}请填写数字，例如 {example}。"),
            ErrorCode::OutOfRange => match f {
                Field::HeightCm => format!("身高请填写 {} 之间的数字，单位厘米。", range(limits::HEIGHT_CM)),
                Field::WeightKg => format!("体重请填写 {} 之间的数字，单位公斤。", range(limits::WEIGHT_KG)),
                Field::VisionLeft | Field::VisionRight => {
                    format!(
                        "五分制视力请填写 {} 之间的数字，例如 4.8；如果是 0.6 这样的写法，请改选“小数”。",
                        range(limits::VISION_5)
                    )
                }
                Field::VisionLeftDecimal | Field::VisionRightDecimal => {
                    format!("小数视力请填写 {} 之间的数字，例如 0.6。", range(limits::VISION_DECIMAL))
                }
                Field::RefractiveSurgeryMonths => {
                    format!("月数请填写 {} 之间的整数。", irange(limits::SURGERY_MONTHS))
                }
                Field::TattooExposedCm | Field::TattooElsewhereCm => {
                    format!("文身最长方向的长度请填写 {} 之间的数字，单位厘米。", range(limits::TATTOO_CM))
                }
                Field::SystolicMmhg => {
                    format!("收缩压请填写 {} 之间的整数。", irange(limits::SYSTOLIC))
                }
                Field::DiastolicMmhg => {
                    format!("舒张压请填写 {} 之间的整数。", irange(limits::DIASTOLIC))
                }
                Field::HeartRateBpm => {
                    format!("心率请填写 {} 之间的整数。", irange(limits::HEART_RATE))
                }
                Field::WhisperLeftM | Field::WhisperRightM => {
                    format!("距离请填写 {} 之间的数字，单位米。", range(limits::WHISPER_M))
                }
                Field::GraduationYear => {
                    let (lo, hi) = limits::GRADUATION_YEAR;
                    format!("毕业年份请填写 {lo}—{hi} 之间的年份。")
                }
                Field::BirthDate | Field::BirthYear => {
                    format!("出生年份不能早于 {} 年。", limits::BIRTH_YEAR_MIN)
                }
                Field::TuitionYuan | Field::LoanYuan => {
                    format!("请填写 {} 之间的整数，单位元。", irange(limits::YUAN_PER_YEAR))
                }
                Field::YearsStudied | Field::YearsRemaining | Field::ProgrammeYears => {
                    format!("年数请填写 {} 之间的整数。", irange(limits::STUDY_YEARS))
                }
                _ => format!("{name}超出了可以填写的范围。"),
            },
            ErrorCode::NotADate => "请按“2005-04-01”的格式填写出生日期，或者只填出生年份，例如“2005”。".into(),
            ErrorCode::Future => "出生日期不能晚于今天，也不能晚于所选批次的年份。".into(),
            ErrorCode::TooEarly => "毕业年份比出生年份早不到 10 年，请检查。".into(),
            _ => format!("{name}的填写有误，请检查。"),
        }
    }

    fn article(&self, c: &Cite) -> String {
        match (c.article, c.paragraph, c.section) {
            (Some(a), Some(p), _) => format!("第{a}条第{p}款"),
            (Some(a), None, _) => format!("第{a}条"),
            (None, _, Some(s)) => s.to_string(),
            _ => String::new(),
        }
    }

    fn line(&self, id: LineId) -> &'static str {
        match id {
            LineId::TuitionCompensation => "学费补偿、助学贷款代偿",
            LineId::TuitionWaiver => "复学后学费减免",
            LineId::FamilyPayment => "义务兵家庭优待金",
            LineId::EnlistmentReward => "入伍奖励金（一次性）",
            LineId::Allowance => "义务兵津贴（两年）",
            LineId::DischargePayment => "一次性退役金（国家）",
            LineId::DischargeGrant => "退役一次性经济补助（地方）",
            LineId::VeteranStudentGrant => "退役士兵国家助学金",
        }
    }

    fn basis(&self, b: Basis) -> &'static str {
        match b {
            Basis::Official => "当地官方标准",
            Basis::National => "全国规定",
            Basis::Estimate => "估算",
            Basis::Reprint => "据网络转载，未核实",
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
            Posting::Ordinary => "一般地区",
            Posting::Plateau => "高原",
            Posting::Tibet => "西藏",
            Posting::Xinjiang => "新疆",
        }
    }

    fn honour(&self, h: Honour) -> &'static str {
        match h {
            Honour::None => "没有",
            Honour::ThirdClassMerit => "三等功（或四等战功）",
            Honour::SecondClassMerit => "二等功（或三等战功）",
            Honour::FirstClassMerit => "一等功、二等战功或二级表彰",
            Honour::FirstLevelCommendation => "一等战功或一级表彰",
            Honour::HonourTitle => "勋章或荣誉称号",
        }
    }

    fn scheme(&self, s: TuitionScheme) -> &'static str {
        match s {
            TuitionScheme::Normal => "一般情况",
            TuitionScheme::DirectedOrCommissioned => "定向生、委培生或国防生",
            TuitionScheme::FeeExempt => "已经免学费",
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

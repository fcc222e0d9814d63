//! 待遇估算各项的说明：怎么算出来的、依据哪些数字。

use crate::i18n::fmt::{line_date, line_has, line_int as int_of};
use crate::i18n::{Locale, yuan};
use enlistment_rules::benefits::{Line, LineId, LineReason as R, Money, NonCashId};
use enlistment_rules::report::Quantity as Q;

fn y(l: &Line, quantity: Q) -> String {
    yuan(int_of(l, quantity))
}

fn date(l: &Line, quantity: Q) -> String {
    line_date(l, quantity).map(|d| Locale::Zh.date(d)).unwrap_or_default()
}

/// The posting or student adjustments a local document made.
fn adjustments(l: &Line) -> String {
    let mut s = String::new();
    let (lo, hi) = (int_of(l, Q::MultiplierPctMin), int_of(l, Q::MultiplierPctMax));
    let base = if line_has(l, Q::BaseYuan) {
        format!("县上年度实际发放标准{}", y(l, Q::BaseYuan))
    } else {
        "基数".into()
    };
    if lo > 0 {
        if lo == hi {
            s.push_str(&format!("按你的情况为{base}的{lo}%；"));
        } else {
            s.push_str(&format!("按你的情况为{base}的{lo}%至{hi}%（文件表述有两种理解）；"));
        }
    }
    if int_of(l, Q::AddYuan) > 0 {
        s.push_str(&format!("每年另加{}；", y(l, Q::AddYuan)));
    }
    s
}

/// Compensation covers one programme (学制): said when the years were capped at its length.
fn programme(l: &Line) -> String {
    if line_has(l, Q::ProgrammeYears) {
        format!("补偿年限最多为一个学制（{}年）。", int_of(l, Q::ProgrammeYears))
    } else {
        String::new()
    }
}

pub fn money(m: Money) -> String {
    match m {
        Money::Exact(f) => yuan(f / 100),
        Money::AtLeast(f) => format!("至少{}", yuan(f / 100)),
        Money::Range(a, b) => format!("{}—{}", yuan(a / 100), yuan(b / 100)),
        Money::Unknown => "因地而异".into(),
    }
}

pub fn explain(l: &Line, place: &str) -> String {
    match (l.id, l.reason) {
        (LineId::TuitionCompensation, R::Computed) => {
            format!(
                "每年按实际缴纳的学费和用于学费的助学贷款中较高的{}（上限{}，按{}入伍通知书的日期），共{}年。入伍后一次性发放，有贷款的先还贷款。",
                y(l, Q::PerYearYuan),
                y(l, Q::CapYuan),
                date(l, Q::EnlistmentDate),
                int_of(l, Q::Years)
            ) + &programme(l)
        }
        (LineId::TuitionCompensation, R::UpToCap) => {
            format!("每年最多{}，共{}年。填写每年学费和贷款后可以算出具体金额。", y(l, Q::CapYuan), int_of(l, Q::Years))
        }
        (LineId::TuitionCompensation | LineId::TuitionWaiver | LineId::VeteranStudentGrant, R::NeedsYears) => {
            "填写读书年数后计算。".into()
        }
        (LineId::TuitionCompensation | LineId::TuitionWaiver, R::NotCollege) => {
            "只适用于大专、本科、研究生的在校生、新生和毕业生。".into()
        }
        (LineId::TuitionCompensation | LineId::TuitionWaiver, R::NotCovered) => {
            "定向生、委培生、国防生和已经免学费的学生不在补偿范围内。".into()
        }
        (LineId::TuitionWaiver, R::Computed) => format!(
            "退役后复学或入学，剩下{}年的学费每年减免{}（上限{}）。",
            int_of(l, Q::YearsRemaining),
            y(l, Q::PerYearYuan),
            y(l, Q::CapYuan)
        ),
        (LineId::TuitionWaiver, R::UpToCap) => {
            format!("退役后复学，剩下{}年每年最多减免{}。", int_of(l, Q::YearsRemaining), y(l, Q::CapYuan))
        }
        (LineId::TuitionWaiver | LineId::VeteranStudentGrant, R::NotReturning) => {
            "只适用于入伍前在读或已被录取、退役后复学或入学的学生。".into()
        }
        (LineId::VeteranStudentGrant, R::Computed) => format!(
            "退役后读全日制大学，每年国家助学金{}，共{}年。",
            y(l, Q::PerYearYuan),
            int_of(l, Q::YearsRemaining)
        ),
        (LineId::FamilyPayment, R::OfficialFormula) => format!(
            "{place}标准：上一年度（{}年）当地统计数{}的{}%，即每年{}（{}年标准）；{}共{}年，服役每满6个月发放一次。",
            int_of(l, Q::StatisticYear),
            y(l, Q::StatisticYuan),
            int_of(l, Q::SharePct),
            y(l, Q::PerYearYuan),
            int_of(l, Q::StandardYear),
            adjustments(l),
            int_of(l, Q::YearsServed)
        ),
        (LineId::FamilyPayment, R::OfficialFigure) => format!(
            "{place}{}年标准每年{}；{}共{}年，服役每满6个月发放一次。",
            int_of(l, Q::StandardYear),
            y(l, Q::PerYearYuan),
            adjustments(l),
            int_of(l, Q::YearsServed)
        ),
        (LineId::FamilyPayment, R::OfficialFloor) => format!(
            "{place}{}年规定每年不少于{}，具体以县里标准为准；共{}年。",
            int_of(l, Q::StandardYear),
            y(l, Q::PerYearYuan),
            int_of(l, Q::YearsServed)
        ),
        (LineId::FamilyPayment, R::OfficialApprox) => format!(
            "{place}{}年标准约每年{}（来源只给出约数）；{}共{}年。",
            int_of(l, Q::StandardYear),
            y(l, Q::PerYearYuan),
            adjustments(l),
            int_of(l, Q::YearsServed)
        ),
        (LineId::FamilyPayment, R::LastPublishedFigure) => {
            let formula = if line_has(l, Q::SharePct) {
                format!(
                    "（{}年当地统计数{}的{}%）",
                    int_of(l, Q::StatisticYear),
                    y(l, Q::StatisticYuan),
                    int_of(l, Q::SharePct)
                )
            } else {
                String::new()
            };
            format!(
                "估算：{place}最近公布的是{}年入伍的标准，每年{}{formula}。标准每年重新确定，数据中没有当年的标准；{}共{}年，服役每满6个月发放一次。",
                int_of(l, Q::StandardYear),
                y(l, Q::PerYearYuan),
                adjustments(l),
                int_of(l, Q::YearsServed)
            )
        }
        (LineId::FamilyPayment, R::RuleWithoutAmount) => format!(
            "{place}按规则计算优待金，但没有公开金额。这里是{}个有数据的地方的范围（每年{}—{}），只能参考，请向户籍所在地县级人武部咨询。{}",
            int_of(l, Q::Comparables),
            y(l, Q::ComparableMinYuan),
            y(l, Q::ComparableMaxYuan),
            adjustments(l)
        ),
        (LineId::FamilyPayment, R::ComparableRange) => format!(
            "没有你所在地方的标准数据。{}个地方近年的标准在每年{}—{}之间，只是估算，不是你所在地方的标准；请向户籍所在地县级人武部咨询。共{}年。",
            int_of(l, Q::Comparables),
            y(l, Q::ComparableMinYuan),
            y(l, Q::ComparableMaxYuan),
            int_of(l, Q::YearsServed)
        ),
        (LineId::EnlistmentReward | LineId::DischargeGrant, R::OfficialFigure) => {
            format!(
                "{place}{}年的规定{}。",
                int_of(l, Q::StandardYear),
                if has_posting(l) {
                    "（入疆入藏的金额是替代还是另加，文件表述不明确，所以给出范围）"
                } else {
                    ""
                }
            )
        }
        (LineId::DischargeGrant, R::OfficialFloor) if line_has(l, Q::RateYuan) => format!(
            "{place}{}年的规定：自主就业的，按服役年限每年不少于{}，共{}年；这是最低金额，县里可能更高。",
            int_of(l, Q::StandardYear),
            y(l, Q::RateYuan),
            int_of(l, Q::YearsServed)
        ),
        (LineId::EnlistmentReward | LineId::DischargeGrant, R::OfficialFloor) => {
            format!("{place}{}年规定的最低金额，县里可能更高。", int_of(l, Q::StandardYear))
        }
        (LineId::DischargeGrant, R::NeedsGraduationYear) => {
            format!("{place}{}年的规定只给当年毕业的大学生另加一笔：请填写毕业年份。", int_of(l, Q::StandardYear))
        }
        (LineId::EnlistmentReward, R::NotInGroups) => format!("{place}的文件只奖励大学生和大学毕业生。"),
        (LineId::EnlistmentReward, _) => {
            "入伍奖励金由各地自行规定，差别很大；没有你所在地方的数据，请向当地人武部咨询。".into()
        }
        (LineId::DischargeGrant, R::RuleWithoutAmount) => format!("{place}按规则发放一次性经济补助，但没有公开金额。"),
        (LineId::DischargeGrant, _) => "退役时的一次性经济补助由各省规定；没有你所在地方的数据。".into(),
        (LineId::Allowance, _) => {
            "义务兵实行供给制，每月发津贴。公开的只有非官方数字：两年这个数起（未经核实），艰苦地区更高。".into()
        }
        (LineId::DischargePayment, _) => {
            let mut s = format!(
                "国家一次性退役金，按每服役一年{}计算，共{}年（这是2023年报道的数字，现行标准未能核实）",
                y(l, Q::RateYuan),
                int_of(l, Q::YearsServed)
            );
            if line_has(l, Q::BonusPct) {
                s.push_str(&format!("；立功受奖增发{}%", int_of(l, Q::BonusPct)));
            }
            s + "。"
        }
        _ => String::new(),
    }
}

fn has_posting(l: &Line) -> bool {
    matches!(l.money, Money::Range(..)) && l.id == LineId::EnlistmentReward
}

pub fn non_cash(id: NonCashId, value: Option<i64>) -> (&'static str, String) {
    let v = value.unwrap_or(0);
    match id {
        NonCashId::ReturnToSchool => (
            "保留学籍，退役后复学",
            "在校生、新生入伍保留学籍或入学资格，退役后2年内可以复学或入学，经学校同意可以转专业。".into(),
        ),
        NonCashId::KaoyanBonus => (
            "考研加分",
            format!(
                "退役后3年内参加全国硕士研究生招生考试，初试总分加{v}分，同等条件下优先录取；按“退役大学生士兵”专项计划录取的不再加分。"
            ),
        ),
        NonCashId::SpecialMasters => {
            ("“退役大学生士兵”专项硕士计划", "研究生招生设有退役大学生士兵专项计划（每年规模未能核实）。".into())
        }
        NonCashId::Zhuanshengben => {
            ("专升本免考文化课", "退役后完成高职（专科）学业的，专升本免于参加文化课考试（2022年招生起）。".into())
        }
        NonCashId::CivilService => (
            "考公务员、进事业单位和国企",
            "招录时适当放宽年龄和学历条件，同等条件下优先；服役经历视为基层工作经历。".into(),
        ),
        NonCashId::MilitaryAcademyAge => {
            ("报考军校年龄放宽", format!("入伍的大学在校生报考军队院校，年龄放宽{v}岁（细节未能核实）。"))
        }
        NonCashId::SkillsCredit => ("免修军事技能训练", "复学后免修军事技能训练，直接获得学分。".into()),
    }
}

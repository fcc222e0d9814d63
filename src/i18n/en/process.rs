//! The process: what happens at each step and who does it, the documents, the official channels
//! and how not to be cheated.

use crate::i18n::words::StepWords;
use enlistment_rules::process::{ChannelId, DocId, EventKind, FraudId, StepId};

pub fn step(s: StepId) -> StepWords {
    let (name, what, who, women) = match s {
        StepId::Registration => (
            "Military-service registration (兵役登记)",
            "Men who turn 18 this year log in to 全国征兵网, click “兵役登记(男兵)”, fill in their personal, study and family details themselves, and finally choose “register only” (仅兵役登记) or “also apply to enlist this year” (继续进行本年度参军报名). They then receive an electronic registration certificate. Men up to 24 who registered in earlier years log in each year to check and update their details.",
            "You, online. If you cannot get online, register in person at the township or street armed-forces department (武装部) or your school’s registration station; if illness prevents you, a relative may register for you.",
            None,
        ),
        StepId::Apply => (
            "Online application (网上报名)",
            "Apply within the application window and choose where to enlist: normally where your household is registered (户籍); full-time students and new graduates may choose the school’s place or their household place before university. You need your ID number, your own mobile phone (for SMS codes) and a recent 1-inch ID photo file. Men must complete registration first.",
            "You, on 全国征兵网; print the application form and hand it to the township armed-forces department or your school.",
            Some(
                "Women do not do military-service registration: they apply directly under “应征报名(女兵)” within the women’s window and must have a 高考 (college entrance exam) score. After the deadline the system ranks applicants by their relative 高考 score and picks a first round, whose names are posted; those picked print the 《应征女青年网上报名审核表》. The ranking method comes from older sources; whether it is the same in 2026 is not confirmed.",
            ),
        ),
        StepId::Prescreen => (
            "Pre-screening (初审初检)",
            "Police, health and education departments make a first check of your political record, health and education. When notified, you go on your own to any designated medical institution in the country for a preliminary medical; results count everywhere. Those who pass become provisional picks (预定征集对象) and are told so.",
            "The county conscription office organises it; you attend when notified.",
            Some(
                "For women, pre-screening is usually organised by the prefecture-level conscription office; those who pass are sent to the medical and the list is posted.",
            ),
        ),
        StepId::Medical => (
            "Medical examination (体格检查)",
            "At the county conscription medical station. Before the exam, staff check your identity, household registration, education, skills and medical history on the spot. The medical is free. Fast before blood tests; avoid painkillers, cough and cold medicines; wear no metal.",
            "The county conscription office with the health department; army receiving officers take part for some posts.",
            Some(
                "Women also take an all-round assessment (certificates checked, questions on the spot, a fitness test) and are then selected in order of the assessment score (older sources; for reference only).",
            ),
        ),
        StepId::Political => (
            "Political review (政治考核)",
            "Reviews your political attitude, conduct and family members and ends in a written conclusion. For posts with high political requirements a home and community visit is required, joined and signed by an army receiving officer. You normally bring nothing.",
            "Organised by the county conscription office, carried out by the police.",
            None,
        ),
        StepId::PreServiceEducation => (
            "Pre-service education (役前教育)",
            "Only for those who passed both the medical and the political review. Its length, content and form are set by the province; counties usually run 5 to 7 days of closed training, and some candidates may be dropped.",
            "The county conscription office.",
            None,
        ),
        StepId::Selection => (
            "Selection of recruits (审定新兵)",
            "The county conscription office decides at a collective meeting, grades the candidates, picks the best and allocates them to units. Priority groups (such as university students) come first.",
            "A collective decision of the county conscription office; never one person’s.",
            None,
        ),
        StepId::PublicNotice => (
            "Public notice (公示)",
            "The list of those to be approved is posted for at least 5 working days. Reported problems are investigated; anyone found ineligible or involved in a breach of the clean-recruitment rules loses their place to the next candidate.",
            "The county conscription office posts it; anyone may report a problem.",
            None,
        ),
        StepId::Approval => (
            "Approval (批准入伍)",
            "After the notice period you receive the approval certificate and the enlistment notice; the household-registration office is notified and your file opened. Service benefits and your family’s preferential treatment start on the approval date: 1 March in the first half, 1 September in the second. University students then apply for tuition compensation or loan repayment.",
            "The county conscription office.",
            None,
        ),
        StepId::Handover => (
            "Handover and travel (交接运输)",
            "The recruitment office delivers you, you report on your own, or the unit collects you. If you report on your own, the office tells you in writing where, by when and the safety rules. Uniforms are issued before departure; fares, meals and lodging on the way are reimbursed. On arrival there is a quarantine and re-check: anyone unfit or politically ineligible is sent back within 45 days; anyone who hid an illness or a crime, or got in by bribery or false papers, is sent back at any time and the benefits are recovered.",
            "The recruitment office and the army unit.",
            None,
        ),
    };
    StepWords { name, what, who, women }
}

pub fn doc(d: DocId) -> (&'static str, &'static str) {
    match d {
        DocId::IdCard => ("Resident ID card (居民身份证)", "The original, at pre-screening and the medical."),
        DocId::HouseholdRegister => (
            "Household register (户口簿)",
            "At pre-screening and the medical; current university students usually need not bring it to pre-screening.",
        ),
        DocId::Diploma => {
            ("Proof of education", "Your diploma (毕业证书); current students bring their student card (学生证).")
        }
        DocId::Photo => (
            "Recent 1-inch ID photo",
            "A file for the online application; where the county still asks for an on-site confirmation, bring a paper copy too (some places ask for a red background).",
        ),
        DocId::Forms => (
            "Application forms",
            "Print the 《公民兵役登记/征兵报名表》 from 全国征兵网 and hand it to the recruitment office or township armed-forces department to be confirmed; students and graduates also print the 《大学生预征对象登记表》 (a CV from primary school on, with a referee for each stage).",
        ),
        DocId::AidForm => (
            "Student-aid application form",
            "University students, graduates and new entrants print the 《应征入伍服兵役高等学校学生国家教育资助申请表Ⅰ》: double-sided, two copies, photo attached, signed by you, stamped by the county conscription office where you were approved and by your school. Add copies of the enlistment notice and your ID card, plus your diploma (graduates) or a 学信网 online enrolment verification report (current students).",
        ),
        DocId::WomenForm => (
            "Women’s online application review form (《应征女青年网上报名审核表》)",
            "Women picked in the first round print it from 全国征兵网 and bring it to pre-screening.",
        ),
    }
}

pub fn channel(c: ChannelId) -> (&'static str, &'static str) {
    match c {
        ChannelId::Gfbzb => (
            "全国征兵网: the only official online platform",
            "Registration, applications and printing forms are all done on 全国征兵网 (www.gfbzb.gov.cn), open all year. The site was upgraded in 2026 and is still called 全国征兵网. Websites or people offering to “apply for you” or through an “internal channel” are not official.",
        ),
        ChannelId::Account => (
            "Your account",
            "Register with your own mobile number and ID number; the ID number cannot be changed later. An older user guide says the account is shared with 学信网 (CHSI); whether that is still so after the 2026 upgrade is not confirmed. If the site says your ID is already registered, recover the account, or ask the county or township recruitment office to reset the phone and password.",
        ),
        ChannelId::LocalOffice => (
            "County conscription office (人武部) and township armed-forces department",
            "Ask your county conscription office (at the people’s armed-forces department, 人武部) or the township or street armed-forces department; schools have registration stations. If you cannot get online, you can register, apply and print forms there. Take phone numbers from your local government website or this round’s recruitment notice.",
        ),
        ChannelId::Provincial => (
            "Provincial WeChat accounts",
            "Some provinces have official accounts, such as “甘肃征兵” and “云南征兵”, that lead into the same system. Before following one, check it is verified as belonging to the provincial conscription office or military district: impersonating accounts exist.",
        ),
    }
}

pub fn fraud(f: FraudId) -> (&'static str, &'static [&'static str]) {
    match f {
        FraudId::Free => (
            "Enlisting costs nothing",
            &[
                "No step charges a fee: application, medical, political review, selection. A genuine official never asks for money under any name, never meets you or your family alone, and never accepts gifts or meals.",
                "A place bought with money is worthless: anyone who got in by bribery or false papers is sent back at any time and the benefits are recovered.",
            ],
        ),
        FraudId::Patterns => (
            "Common scams",
            &[
                "“Internal quotas” or “special places” that guarantee a pass or a posting to a good unit.",
                "“No success, no fee”, with a deposit paid first.",
                "Paid “interview classes”, “medical coaching” or “question banks”.",
                "Offers to “pull strings” and change a medical or political-review conclusion.",
                "Websites, seals, documents and agreements using the name of the “国防部征兵办公室” (Ministry of National Defense recruitment office).",
            ],
        ),
        FraudId::Phone => (
            "If a call or message asks for money",
            &[
                "Do not transfer money or give out a verification code. If the caller claims to be from the 人武部, the recruitment office or a receiving officer and asks for money, call the police on 110 at once and tell the county conscription office.",
                "Never call back a number the caller gives you; check with the number published on your local government website.",
            ],
        ),
        FraudId::Report => (
            "How to report",
            &[
                "Fraud: call 110.",
                "Misconduct in recruitment: call the clean-recruitment report line (廉洁征兵监督举报电话) printed in this round’s county recruitment notice, or contact the county conscription office directly. During the public notice anyone may report a problem with the list.",
                "No national conscription report line was found; numbers circulating online are unverified and are not listed here.",
            ],
        ),
    }
}

pub fn event(k: EventKind) -> &'static str {
    match k {
        EventKind::RegistrationOpens => "Applications open",
        EventKind::RegistrationCloses => "Applications close",
        EventKind::ConscriptionStarts => "Conscription starts",
        EventKind::Approval => "Approval",
        EventKind::ConscriptionEnds => "Conscription ends",
        EventKind::MilitaryRegistrationDeadline => "Last day for military-service registration",
    }
}

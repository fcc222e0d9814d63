//! “什么时候可以报名”一节的文字。

use crate::i18n::plan::PlanTexts;

pub static PLAN: PlanTexts = PlanTexts {
    title: "什么时候可以报名",
    now: |round| format!("本轮即可报名：{round}。"),
    earliest: |round| format!("最早可以在{round}报名。"),
    earliest_if_weight: "前提是体重进入下面的范围。",
    none_age_cap: |cap, year| {
        format!("按你的学历，年龄上限是{cap}周岁；从{year}年起已经超过，接下来的征兵都不能报名。")
    },
    none_education: "按现行规定，你的学历在接下来的征兵中都没有报名途径。",
    none_check: |checks| format!("{checks}不符合标准，这不会随时间改变。"),
    none_horizon: |n| format!("接下来的{n}个半年里还没有可以报名的一轮。"),
    h1_short: "上半年",
    h2_short: "下半年",
    earliest_mark: "最早",
    table_caption: "接下来各轮的结果",
    col_round: "轮次",
    col_register: "报名截止",
    col_result: "结果",
    col_open_items: "不符合或待确认的项目",
    actions_title: "要做的事",
    register_by: |round, date| format!("{round}：在{date}前到全国征兵网报名。"),
    weight_range: |h, min, below, lo, hi| {
        format!("按你的身高{h} cm，体重从{min} kg 到低于{below} kg 时 BMI 符合标准（{lo}≤BMI<{hi}）。")
    },
    weight_lose: |w, kg| format!("你现在{w} kg，要减{kg} kg。"),
    weight_gain: |w, kg| format!("你现在{w} kg，要增加{kg} kg。"),
    post_weight_range: |posts, h, min, below| {
        format!("条件兵（{posts}）：按你的身高{h} cm，体重从{min} kg 到低于{below} kg。")
    },
    surgery_from: |months, date| format!("激光手术在{date}满{months}个月。"),
    surgery_round: |round| format!("体检在这天之后的第一轮是{round}。"),
    graduate: |round, year| format!("从{round}起，你按{year}年毕业的毕业生报名。"),
    ics_button: "把这些日期加入日历",
    ics_register: |round| format!("报名截止（{round}）"),
    ics_surgery: |months| format!("激光手术满{months}个月"),
};

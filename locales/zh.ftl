# 中文（参考语言）：界面文字。数字和日期一律用占位符，由引擎的报告和规则数据填入。

app-name = 征兵自测
tagline = 应征条件自查、待遇估算和报名指引。所有计算都在你的设备上完成，填写的内容不会上传。
skip-to-main = 跳到主要内容
nav-label = 主导航
nav-check = 条件自测
nav-benefits = 待遇估算
nav-process = 报名流程
nav-sources = 政策依据
nav-about = 关于与隐私
switch-language-hint = Switch to English
footer-notice = 本工具仅供自我检查参考，不是官方结论。能否入伍，以当地县级征兵办公室（人武部）组织的体格检查、政治考核和集体审定为准。
footer-official = 唯一官方报名平台：
footer-updated = 规则数据更新至 { $date }
stale-rules = 本轮规则可能已更新，以全国征兵网为准。{ $round }的全国征兵工作要求预计在{ $expected }前后公布，至今未收入本工具；这里使用的是截至{ $used }的规则。
official-site-name = 全国征兵网
opens-new-tab = （在新标签页打开）
error-title = 出错了
error-body = 页面遇到意外错误。你的回答仍保存在这个标签页里，请刷新页面重试。
check-title = 条件自测
check-intro = 回答几个问题，看看你是否符合本轮征兵的基本条件。每一项都会说明依据的政策条文和你离标准还差多少。
benefits-title = 待遇估算
benefits-intro = 估算入伍后本人和家庭可以得到的学费补偿、家庭优待金、退役金等待遇，并注明每一项的依据和可靠程度。
process-title = 报名流程与官方渠道
process-intro = 从兵役登记到批准入伍的每一步、截止日期和需要带的材料。应征入伍不收取任何费用。
process-next-title = 你现在该做什么
next-step = { $round }：按今天的日期，你大约在“{ $step }”这一步。
next-need-sex = 在自测中选择性别后，这里只显示你的步骤和日期（男青年先做兵役登记，女青年直接报名）。
next-round-over = { $round }已经结束。下面是下一批次的日期。
sources-title = 政策依据
sources-intro = 本工具用到的每一部法律、法规、通知和网页，注明发布机关、日期和可靠程度等级。A：官方文本；B：主流媒体、学校通知；C：聚合网站（可能过时，仅作参考）。
sources-published = 发布
sources-effective = 施行
sources-grade = 可靠程度
sources-open = 查看原文
sources-search = 在{ $db }搜索本标题
sources-news = 新闻报道
sources-unlinked = 未链接：只见到非官方网站的转载，未核实
about-title = 关于与隐私
about-1-title = 这是什么
about-1-p1 = 征兵自测帮助应征青年和家长在报名前了解自己是否大致符合条件、可以享受哪些待遇、应该怎样报名。它根据公开的法律、法规和征兵通知逐条判断，并标出每条依据的来源和可靠程度。
about-1-p2 = 它不是官方系统，结论也不是官方决定。是否批准入伍，以县级征兵办公室组织的初审初检、体格检查、政治考核和集体审定为准。正式报名请登录全国征兵网。
about-2-title = 你填写的内容去了哪里
about-2-p1 = 哪里也不去。所有判断都在你的浏览器里完成，没有服务器接收你的回答，页面加载完成后不再发出任何网络请求，也没有统计或广告代码。
about-2-p2 = 为了刷新页面后回答不丢失：批次、性别、出生日期、地区、学历、意向岗位和待遇估算的输入写在地址栏“#”号后面的部分，这一部分按照浏览器的规则不会发送给任何网站；身体状况、政治考核和优先条件的回答不写进地址，只保存在这个标签页自己的浏览记录状态（history.state）里：刷新后还在，关闭标签页就消失，复制、分享或同步的地址里都没有。只有你主动选择“在本设备上记住”时，全部回答才会保存到本机浏览器（localStorage），随时可以用“清除我的回答”删除。
about-2-p3 = 分享链接默认只包含结论和非敏感信息（批次、性别、出生年份、地区、学历），不包含身体状况和政治考核的回答；只有你明确选择时才会包含全部回答。
about-3-title = 数据从哪里来、有多可靠
about-3-p1 = 每一条规则都带有生效日期和出处。出处分为三级：A 为官方文本（法律、法规、政府网站通知）；B 为主流媒体和学校通知；C 为聚合网站。只依据 C 级来源或来源之间有矛盾的数值，页面上会明确标出；对未经证实或有矛盾的标准，本工具不会直接判定“不符合”，只会提示“需现场确认”。
about-3-p2 = 尚未发布全国征兵通知的批次（如 2027 年），按最新已知规则推算，并标注为“暂定”。
about-4-title = 能在哪些浏览器上使用，能否离线
about-4-p1 = 本工具需要浏览器支持 WebAssembly（2021 年前后的浏览器都支持）：Chrome、Edge 或其他基于 Chromium 97 及以上版本的浏览器（包括安卓系统的 WebView），Firefox 79 及以上，iPhone、iPad、Mac 上的 Safari 15 及以上。微信、QQ 等 App 里的内置浏览器内核较新时一般可以使用；如果打不开，请用手机自带的浏览器打开本页。无法运行的浏览器会显示主要条件和全国征兵网的链接。
about-4-p2 = 访问过一次之后，没有网络也能使用：浏览器会保存本工具的文件（不保存你填写的内容）。有新版本下载好时，页面顶部会提示更新，你的回答不会丢失。
about-5-title = 谁在维护，发现错误怎么办
about-5-p1 = 本工具由征兵自测项目的开发者维护，是一个公开源代码的项目，不隶属于任何征兵机关或政府部门，也不收集你的任何信息。
about-5-p2 = 发现规则、数字或链接有误：请告诉发布本页面的网站或单位，写明批次、地区、你看到的内容和你知道的官方依据（文件名称和条款）。每一处更正都会在“政策依据”页写明新的出处和等级。
about-updated = 规则数据最近更新：{ $date }（数据中最新一份文件的日期）。
step-of = 第 { $step } 步，共 { $steps } 步
step-basics = 基本情况
step-education = 学历
step-body = 身高和体重
step-eyes = 视力
step-health = 其他身体情况
step-political = 政治考核自查
step-posts = 条件兵和优先条件
step-review = 核对你的回答
back = 上一步
next = 下一步
to-results = 查看结果
change = 修改
optional = 可选
not-answered = 未填写
yes = 是
no = 否
error-summary = 请先改正以下问题：
q-round = 应征批次
hint-round = 默认是正在报名或即将报名的批次。上半年在2—3月征集，下半年在8—9月征集。
q-sex = 性别
q-birth = 出生日期
hint-birth = 例如 2005-04-01。只填年份（2005）也可以：年龄按自然年计算，看当年12月31日前满多少周岁。
q-region = 户籍所在省份
hint-region = 一般在户籍地应征；用于待遇估算。可以不填。
region-none = 不填
q-education = 学历（已取得或正在读的最高学历）
q-status = 现在的情况
hint-status = “应届”指和所选批次同一年毕业；“毕业班”指正在读最后一年。
q-grad-year = 哪一年毕业
hint-grad-year = 女大学生：和所选批次同一年毕业、前一年毕业和更早毕业的规定不同。
q-height = 身高
hint-height = 不穿鞋量，单位厘米，例如 172.5。
q-weight = 体重
hint-weight = 单位公斤，例如 65；习惯用斤的，可以在下面选“斤”。
bmi-live = 按你填写的身高和体重，BMI 约为 { $bmi }。
q-scale = 你的视力怎么写
scale-five = 五分制，例如 4.8
scale-decimal = 小数，例如 0.6
hint-scale = 体检用“标准对数视力表”的五分制。小数视力会按 5 + lg(V) 换算，例如 0.6 相当于 4.8，1.0 相当于 5.0。
q-vision-left = 左眼裸眼视力
q-vision-right = 右眼裸眼视力
vision-converted = 相当于五分制 { $value }
q-surgery = 是否做过近视矫正手术
q-surgery-months = 手术距今几个月
hint-surgery-months = 体检时需满 6 个月；会按到本批次体检时的月数计算。
health-intro = 以下都可以不填；不填不会影响总体结论，但填了能更早发现问题。
q-tattoo = 是否有文身（包括文眉、文眼线、文唇）
q-tattoo-face = 面部或颈部有文身吗
q-tattoo-exposed = 穿短袖短裤体能训练服时露出的部位，最大一处文身最长方向的长度（长径）
q-tattoo-elsewhere = 其他部位最大一处文身最长方向的长度（长径）
hint-cm = 单位厘米；没有就填 0。
q-cosmetic = 文饰
q-colour = 色觉
q-bp = 血压（如果最近量过）
q-systolic = 收缩压（高压）
q-diastolic = 舒张压（低压）
q-heart-rate = 心率（次/分）
q-whisper = 多远能听清别人的耳语（米）
q-ear-left = 左耳
q-ear-right = 右耳
q-flat-feet = 扁平足
political-intro = 为什么要问：政治考核是入伍的必经环节，由公安机关负责。这里只问“是”或“否”，不问任何细节；回答只保存在你的设备上，分享链接默认不包含。回答“是”不等于不合格，只是提醒你要如实向征兵办公室说明。
posts-intro = 条件兵是对身高、视力等有特殊要求的岗位。选择后会单独显示，不影响总体结论。
q-posts = 你有意向的条件兵岗位
q-priority = 符合以下哪些情况（可多选）
hint-priority = 这些情况会优先批准入伍，不影响是否符合条件。
results-title = 自测结果
live-result = 目前的结论
criteria-title = 各项标准
passing-folded = 已经符合的 { $n } 项
optional-unanswered = 还有 { $n } 项可选项目没有填写
based-on = 依据
grade-label = 来源等级
event-for-men = （男）
event-for-women = （女）
grade-legend = 来源等级：A 官方文本（法律法规、政府网站）；B 主流媒体或学校通知；C 网络转载，未核实。
posts-title = 条件兵岗位（不影响总体结论）
notes-title = 你还需要知道
rules-as-of = 依据的规则截至 { $date }
provisional-banner = 这一批次还没有发布全国征兵通知。结果按最新已知的规则推算，是暂定的。
field-error-prefix = 错误：
what-if-title = 如果……会怎样？
what-if-intro = 改一个回答，看看结论会不会变。这里的修改不会改动你上面的回答。
what-if-field = 要改变的回答
what-if-value = 改为
what-if-now = 现在
what-if-then = 改后
what-if-same = 结论不变。
what-if-changed = 会变化的项目：
next-title = 下一步怎么做
next-register = 在{ $site }报名，截止日期 { $date }。报名和体检都不收取任何费用。
next-register-closed = 本批次报名已经截止，不用再为它准备材料。下一批次是{ $next }，可以在{ $site }关注报名时间。
next-bring = 准备身份证、户口簿、毕业证或学生证；学生还要打印国家教育资助申请表。
next-decides = 有疑问可以问户籍所在地的县级征兵办公室或乡镇（街道）武装部，结论由他们作出。
next-process-link = 报名流程、截止日期和材料清单
next-fix = 上面列出了不符合的项目和差距。情况变化后（例如体重、手术后的月数）可以再测一次。
next-posts = 条件兵由接兵部队在体检时现场挑选，可以在报名时说明意向。
keep-title = 保存、分享和打印
keep-note = 批次、性别、出生日期、地区、学历和待遇估算的输入写在地址栏“#”号后面；身体状况、政治考核和优先条件的回答不写进地址，只留在这个标签页里（关闭标签页即消失）。刷新页面不会丢失，也不会发送到任何服务器。
shared-only-these = 对方只分享了这些回答。
remember = 在本设备上记住我的回答
remember-hint = 勾选后会保存在这台设备的浏览器里，直到你清除。不勾选就不保存任何东西。
share-button = 生成分享链接
share-all = 也包含身体状况和政治考核的回答
share-default-note = 分享链接默认只包含结论、批次、性别、出生年份、地区和学历。
share-link-label = 分享链接
share-copy = 复制
share-copied = 已复制
print-button = 打印或保存为 PDF
erase-button = 清除我的回答
erase-confirm = 确定清除全部回答
erase-cancel = 取消
erased = 已清除全部回答。
shared-banner = 这是别人分享的自测结果：{ $round }，结论“{ $verdict }”。{ $all ->
    [1] 链接包含全部回答。
   *[0] 链接不包含身体状况和政治考核的回答，所以这里的结论可能不同。
}
fragment-refused = 地址中的回答无法读取（可能不完整、已损坏或来自新版本），已为你打开空白表单。
print-title = 征兵自测结果（非官方结论）
printed-on = 打印日期：{ $date }
date-expected = { $date }（预计，尚未公布）
date-or-conflict = { $date }或{ $other }（来源不一致）
date-conflict-expected = { $date }或{ $other }（来源不一致；预计，尚未公布）
dismiss = 知道了
benefits-inputs = 你的情况
q-place = 城市或区县
hint-place = 只列出有当地标准数据的地方；不在列表里的，按全省规定或估算。
place-province = 全省或不在列表中
q-tuition = 每年学费
hint-money = 单位元，例如 5000；不知道可以不填。
q-loan = 每年用于学费的国家助学贷款
q-years-studied = 已经读了几年（毕业生填学制年数）
q-years-remaining = 退役后还要读几年
q-scheme = 学费情况
q-posting = 服役地区（如果知道）
hint-posting = 分到哪里由部队决定；可以看看不同地区有什么差别。
q-honour = 立功受奖（用于估算退役金）
total-title = 待遇估算
total-excludes = 有 { $n } 项因地而异、没有数据，没有计入合计。
lines-title = 各项待遇
col-item = 项目
col-amount = 金额
col-basis = 依据
timeline-title = 什么时候发
timeline-enlist = 入伍
timeline-discharge = 退役
timeline-month = { $m }个月
timeline-allowance = 每月津贴
col-when = 时间
parent-title = 给家长的说明
parent-intro = 按上面的情况，服役两年大致能得到：
parent-outro = 金额以户籍所在地县级人武部和学校资助部门的规定为准；写着“因地而异”或“估算”的，请向他们确认。报名、体检和入伍都不收取任何费用。
noncash-title = 服役后的其他待遇
noncash-applies = 适合你的情况
noncash-others = 其他情况适用
process-toc = 本页内容
process-today = 今天是{ $date }。
deadline-title = 下一个截止日期
deadline-for = { $round }：{ $event }
deadline-days-left = { $days ->
    [0] 今天截止
   *[other] 还有 { $days } 天
}
deadline-none = 数据里没有更晚的截止日期。新一轮征兵通知发布后，本工具会更新；在此之前请看全国征兵网和当地征兵公告。
deadline-for-sex = 按你填写的性别（{ $sex }）显示。
deadline-any-sex = 没有填写性别，显示男女中最早的截止日期。
deadline-conflict = 不同来源公布的截止日期不一样，按较早的一个倒计时。
deadline-expected = 这个日期是按往年规律推算的，全国征兵通知尚未发布。
registration-note = 兵役登记最迟在10月31日前完成；你所在的县可能规定更早的日期，以当地兵役登记公告为准。
ics-button = 加入我的日历（.ics）
ics-hint = 下载一个日历文件，包含今天以后的报名开始和截止、兵役登记截止和批准入伍日期，截止前3天提醒。文件在你的设备上生成，不经过任何服务器。
deadline-register = 到全国征兵网登记、报名
ics-done = 已生成日历文件 enlistment-dates.ics，含{ $n }个日期。在手机或电脑上打开这个文件，就能加入日历。
ics-name = 征兵报名日期
ics-uncertain = 日期未最终确认，以当地征兵公告为准。
calendar-title = 各批次时间
calendar-note = 标“预计”的日期是按往年规律推算的；标“来源不一致”的，不同来源公布的日期不一样。报名时间以当地征兵公告为准，有的地方截止更早。
col-round = 批次
col-men = 男青年报名
col-women = 女青年报名
col-conscription = 征集时间
col-approval = 批准入伍
calendar-current = 当前批次
calendar-older = 往年批次
calendar-provisional = 暂定：尚未发布全国征兵通知
steps-title = 报名步骤
steps-intro = 从兵役登记到批准入伍，每一步做什么、谁来办、要带什么，以及依据的条文。
step-here = 按今天的日期，你大约在这一步
step-who = 谁来办
step-bring = 要带
step-women = 女青年
docs-title = 材料清单
docs-intro = 按步骤准备，带原件；表格都从全国征兵网打印。各地要求可能不同，以当地通知为准。
docs-printable = 打开可打印的清单
docs-print = 打印清单
docs-back = 返回报名流程
docs-needed-at = 用于
docs-women-only = 仅女青年
docs-students-only = 大学生、毕业生
channels-title = 官方渠道
channels-open = 打开全国征兵网
fraud-title = 防骗提示
source-kind-law = 法律
source-kind-regulation = 行政法规和部门规章
source-kind-notice = 政府和征兵部门通知
source-kind-website = 官方网站
source-kind-statistics = 统计公报
source-kind-media = 媒体报道
source-kind-school = 高校通知
source-kind-aggregator = 聚合网站和转载（C级，仅作参考）
sources-undated = 未注明发布日期


## 日期和标点

date-full = { $year }年{ $month }月{ $day }日
date-day-month = { $month }月{ $day }日
punct-list-sep = 、
punct-clause-sep = ，
punct-colon = ：
punct-aside = （{ $text }）

## 每一项标准下面的说明：explain-<标准>-<原因>。占位符是引擎报告里的数值（名称见 crates/rules/src/report.rs 的 Quantity），
## 再加上批次年份 $year。

explain-no_rule = 没有找到适用于这一批次的规定。
explain-age-within_window = { $year }年你满{ $age_in_year }周岁，在{ $age_min }—{ $age_cap }周岁的范围内（出生日期在{ $born_from }至{ $born_until }之间）。{ $years_to_spare ->
    [0] 你正好处在上限年龄。
   *[other] {""}
}
explain-age-too_young = { $year }年你只满{ $age_in_year }周岁，未达到{ $age_min }周岁。
explain-age-voluntary_17 = { $year }年你满{ $age_in_year }周岁。兵役法允许本人自愿的{ $age_in_year }周岁公民应征，但近年的全国征兵通知只写“年满{ $age_min }周岁”，请向当地征兵办公室确认。
explain-age-over_cap = { $year }年你满{ $age_in_year }周岁，比你这一类人员的上限{ $age_cap }周岁大{ $years_over_cap }岁（须在{ $born_from }或之后出生）。
explain-age-cap_depends_on_education = { $caps ->
    [none] { $year }年你满{ $age_in_year }周岁。是否在年龄范围内取决于性别和学历，请填写。
   *[other] { $year }年你满{ $age_in_year }周岁。是否在年龄范围内取决于学历：{ $caps }。请填写学历。
}
age-cap-high_school = 高中毕业生{ $age }周岁
age-cap-college_graduate = 大学本专科毕业生{ $age }周岁
age-cap-postgraduate = 研究生{ $age }周岁
explain-age-not_answered = 请填写出生日期或出生年份。年龄按自然年计算：看当年年底前满多少周岁。
explain-education-listed = 你的学历和在读情况属于本批次征兵公告列出的征集对象。
explain-education-junior_high_route = 初中毕业文化程度的男青年可以应征，但年龄有更低的上限（见“年龄”一项）。
explain-education-counts_as_junior_high = { $graduate_age_cap ->
    [none] 高中在读（还没到毕业年级）按初中毕业文化程度计算：可以应征，但年龄有更低的上限（见“年龄”一项）。
   *[other] 高一、高二在读按初中毕业文化程度计算：现在就可以应征，年龄不超过{ $age_cap }周岁，但这意味着离开学校（“保留学籍”只适用于大学生）。等高中毕业后按高中毕业生应征，年龄上限{ $graduate_age_cap }周岁，还可以报之后的批次。
}
explain-education-graduating_in_h1 = { $graduate_age_cap ->
    [none] 你今年毕业，上半年征兵时还没有毕业。上半年主要征集往届毕业生，应届毕业生一般在下半年应征；也可以向当地征兵办公室确认。
   *[other] 你在{ $year }年高中毕业，上半年征兵时还没有毕业。上半年主要征集往届毕业生，应届毕业生一般在下半年应征；也可以向当地征兵办公室确认。所以高三在上半年的结论比高一、高二弱：高一、高二可以按初中毕业文化程度应征（年龄不超过{ $age_cap }周岁，须离开学校）。等高中毕业后按高中毕业生应征，年龄上限{ $graduate_age_cap }周岁，还可以报之后的批次。
}
explain-education-h1_college_only = 上半年征兵时你还没有高中毕业；地方征兵公告在下半年征集女性普通高中应届毕业生，全国通知也把她们列为当年的征集对象。
explain-education-not_listed = 本批次征兵公告没有列出你这一类人员。
explain-education-wording_unclear = 本批次全国征兵通知对女大学毕业生不再写“应届”，往届毕业生能否报名还不明确，请向当地征兵办公室确认。
explain-education-prior_year_h1 = 上半年可以征集上一年毕业的全日制本专科女大学生，年龄上限也相应放宽（见“年龄”一项）。
explain-education-admitted_unclear = 已被录取但还没有入学的，上半年是否属于征集对象不明确，请向当地征兵办公室确认；下半年按应届毕业生征集。
explain-education-below_minimum = 应征至少需要初中毕业文化程度。
explain-education-no_female_route = 女兵从普通高中应届毕业生和普通高校（含科研机构）全日制学生、毕业生中征集；初中、中专、职高、技校学历目前没有报名渠道。
explain-education-needs_graduation_year = 请填写毕业年份：今年、去年和更早毕业的规定不一样。
explain-education-not_answered = 请选择性别、学历和在读情况。
explain-height-at_least_min = { $exactly ->
    [1] 身高{ $height_cm } cm，正好达到最低标准{ $height_min_cm } cm，体检时以实测为准。
   *[other] 身高{ $height_cm } cm，达到最低标准{ $height_min_cm } cm（高出{ $above_min_cm } cm）。
}
explain-height-below_min = 身高{ $height_cm } cm，比最低标准{ $height_min_cm } cm 差{ $short_cm } cm。
explain-height-not_answered = { $height_cm ->
    [none] 请填写身高（厘米）。
   *[other] 请选择性别：男性和女性的身高标准不同。
}
explain-bmi-in_range = BMI { $bmi }。按你的身高{ $height_cm } cm，体重在{ $weight_min_kg }—{ $weight_max_kg } kg 之间时 BMI 符合标准（{ $bmi_min }≤BMI<{ $bmi_below }）{ $weight_no_test_max_kg ->
    [none] {""}
   *[other] ；不超过{ $weight_no_test_max_kg } kg 时不需要加查糖化血红蛋白
}。
explain-bmi-below_min = BMI { $bmi }，低于{ $bmi_min }。按你的身高{ $height_cm } cm，体重在{ $weight_min_kg }—{ $weight_max_kg } kg 之间时 BMI 符合标准（{ $bmi_min }≤BMI<{ $bmi_below }），还差{ $gain_kg } kg。
explain-bmi-above_max = BMI { $bmi }，没有低于{ $bmi_below }。按你的身高{ $height_cm } cm，体重在{ $weight_min_kg }—{ $weight_max_kg } kg 之间时 BMI 符合标准（{ $bmi_min }≤BMI<{ $bmi_below }），需要减{ $lose_kg } kg。
explain-bmi-hba1c_test = BMI { $bmi }，在{ $bmi_hba1c_from }到{ $bmi_below }之间：体检时要加查糖化血红蛋白，按体检标准判断是否合格。身高{ $height_cm } cm 时，体重不超过{ $weight_no_test_max_kg } kg 可以免加查（差{ $lose_kg } kg），不超过{ $weight_max_kg } kg 才在上限以内。
explain-bmi-not_answered = { $bmi ->
    [none] 请填写身高和体重，用来计算 BMI（体重公斤数除以身高米数的平方）。
   *[other] BMI { $bmi }。请选择性别：男性和女性的标准不同。
}
explain-vision-both_eyes_good = 裸眼视力左眼{ $vision_left }、右眼{ $vision_right }。{ $vision_min ->
    [none] 每只眼都达到{ $vision_check_below }。
   *[other] 做过激光手术的，每只眼裸眼都要达到{ $vision_min }：你已达到。
}
explain-vision-corrected_test = 较差的一只眼裸眼视力{ $vision_worse }，低于{ $vision_check_below }：每只眼需要达到{ $vision_check_below }，否则要做矫正视力检查（矫正后每只眼达到{ $corrected_vision_min }、矫正度数不超过{ $correction_max_degrees }度，即−{ $correction_max_dioptres } D，为合格）。怎么做：报名前先到医院眼科验光，看看度数是否在{ $correction_max_degrees }度以内、戴镜后每只眼能否达到{ $corrected_vision_min }。
explain-vision-eye_below_min = 较差的一只眼裸眼视力{ $vision_worse }，低于{ $vision_fail_below }（差{ $vision_short }），不合格。
explain-vision-below_after_surgery = 做过激光手术的，每只眼裸眼视力都要达到{ $vision_min }；你较差的一只眼是{ $vision_worse }（差{ $vision_short }）。
explain-vision-not_answered = 请填写左眼和右眼的裸眼视力（不戴眼镜）。
explain-refractive_surgery-no_surgery = 没有做过屈光手术。
explain-refractive_surgery-healed = 准分子激光手术后{ $surgery_months }个月，达到{ $surgery_min_months }个月的要求（还要求无并发症、眼底正常）。做过手术的不能报考条件兵。
explain-refractive_surgery-healed_by_exam = 手术至今{ $surgery_months }个月，到本批次体检时约{ $surgery_months_at_exam }个月，能达到{ $surgery_min_months }个月的要求。
explain-refractive_surgery-too_recent = 到本批次体检时，手术约{ $surgery_months_at_exam }个月，不足{ $surgery_min_months }个月（还差{ $months_to_wait }个月）。
explain-refractive_surgery-other_procedure = 只接受准分子激光手术；有晶体眼人工晶体植入（ICL）等其他术式不合格。
explain-refractive_surgery-not_answered = 可选。做过准分子激光手术的，请填写距今几个月。
explain-tattoo-no_tattoo = 没有文身。
explain-tattoo-within_limits = 文身的位置和大小在标准以内：穿体能训练服外露的部位单个不超过{ $tattoo_exposed_max_cm } cm，其他部位不超过{ $tattoo_elsewhere_max_cm } cm。
explain-tattoo-face_or_neck = 面部、颈部有文身的不合格。
explain-tattoo-exposed_too_large = 穿体能训练服外露部位的文身超过{ $tattoo_exposed_max_cm } cm（超出{ $over_cm } cm）。
explain-tattoo-elsewhere_too_large = 其他部位的文身超过{ $tattoo_elsewhere_max_cm } cm（超出{ $over_cm } cm）。
explain-tattoo-cosmetic = 男性文眉、文眼线、文唇，女性文唇，都不合格。
explain-tattoo-details_missing = 请说明文身的位置和大小：面颈部、训练服外露处超过{ $tattoo_exposed_max_cm } cm、其他部位超过{ $tattoo_elsewhere_max_cm } cm 的不合格。
explain-tattoo-not_answered = 可选。
explain-colour_vision-normal = 色觉正常。
explain-colour_vision-land_posts_only = 色弱但能分别认出红、绿、黄、蓝、紫色的，陆勤岗位合格，其他岗位不合格。
explain-colour_vision-colour_deficient = 色弱、色盲不合格。
explain-colour_vision-not_answered = 可选。
explain-blood_pressure-normal = 血压{ $systolic_mmhg ->
    [none] —
   *[other] { $systolic_mmhg }
}/{ $diastolic_mmhg ->
    [none] —
   *[other] { $diastolic_mmhg }
} mmHg。标准：收缩压{ $systolic_min }以上、{ $systolic_below }以下，舒张压{ $diastolic_min }以上、{ $diastolic_below }以下。
explain-blood_pressure-out_of_range = 血压{ $systolic_mmhg ->
    [none] —
   *[other] { $systolic_mmhg }
}/{ $diastolic_mmhg ->
    [none] —
   *[other] { $diastolic_mmhg }
} mmHg。标准：收缩压{ $systolic_min }以上、{ $systolic_below }以下，舒张压{ $diastolic_min }以上、{ $diastolic_below }以下。体检时会重新测量，请在安静休息后复测。
explain-blood_pressure-not_answered = 可选。
explain-heart_rate-normal = 心率{ $heart_rate_bpm }次/分，在{ $heart_rate_min }—{ $heart_rate_max }之间。
explain-heart_rate-physiological_review = 心率{ $heart_rate_bpm }次/分：{ $heart_rate_review_min }—{ $heart_rate_review_low_max }或{ $heart_rate_review_high_min }—{ $heart_rate_review_max }次/分经检查属于生理性的可以合格（条件兵除外）。
explain-heart_rate-out_of_range = 心率{ $heart_rate_bpm }次/分，超出{ $heart_rate_review_min }—{ $heart_rate_review_max }。
explain-heart_rate-not_answered = 可选。
explain-hearing-normal = 左耳{ $whisper_left_m }米、右耳{ $whisper_right_m }米外能听清耳语，达到{ $whisper_min_m }米。
explain-hearing-whisper_too_short = 左耳{ $whisper_left_m }米、右耳{ $whisper_right_m }米外才能听清耳语，两耳都低于{ $whisper_min_m }米。这一标准的来源尚无定论，以体检结果为准。
explain-hearing-one_ear_below = 有一只耳朵听清耳语的距离低于{ $whisper_min_m }米（左耳{ $whisper_left_m }米，右耳{ $whisper_right_m }米）。一种说法是单耳低于即不合格，另一种是双耳都低于才不合格；来源没有定论，以体检结果为准。
explain-hearing-not_answered = 可选。
explain-flat_feet-normal = 没有扁平足。
explain-flat_feet-arch_present = 扁平足但足弓没有完全消失，可以合格。
explain-flat_feet-no_arch = 足弓完全消失的扁平足不合格。
explain-flat_feet-not_answered = 可选。
explain-political-all_no = { $answered }个问题都回答了“否”。
explain-political-some_yes = 有{ $yes }个问题回答了“是”。这不等于不合格：政治考核由公安机关具体负责，会了解实际情况，请如实向当地征兵办公室说明。
explain-political-partly_answered = 回答了{ $questions }个问题中的{ $answered }个，没有回答“是”的。
explain-political-not_answered = 可选。
explain-post_sex-not_listed_for_sex = 资料中这一岗位的身高标准没有列出你的性别，但没有资料说这一岗位不招收你的性别。请向征兵办公室咨询。
explain-post_sex-not_answered = 请先选择性别。
explain-post_height-within_post_range = 身高{ $height_cm } cm，符合{ $height_min_cm }{ $height_max_cm ->
    [none] {" "}cm 以上
   *[other] —{ $height_max_cm } cm
}。
explain-post_height-outside_post_range = 身高{ $height_cm } cm，要求{ $height_min_cm }{ $height_max_cm ->
    [none] {" "}cm 以上
   *[other] —{ $height_max_cm } cm
}{ $short_cm ->
    [none] （超出{ $over_cm } cm）
   *[other] （差{ $short_cm } cm）
}。
explain-post_height-excellent_physique = 身高{ $height_cm } cm：要求{ $height_min_cm }{ $height_max_cm ->
    [none] {" "}cm 以上
   *[other] —{ $height_max_cm } cm
}，身体条件优秀的可以适当放宽，由体检现场确定。
explain-post_height-not_answered = 要求身高{ $height_min_cm }{ $height_max_cm ->
    [none] {" "}cm 以上
   *[other] —{ $height_max_cm } cm
}。
explain-post_bmi-in_range = BMI { $bmi }，低于条件兵男性的{ $bmi_below }（体重不超过{ $weight_max_kg } kg）。
explain-post_bmi-above_max = 条件兵男性 BMI 要低于{ $bmi_below }：按你的身高，体重不超过{ $weight_max_kg } kg（需要减{ $lose_kg } kg）。
explain-post_bmi-below_min = BMI { $bmi }，低于{ $bmi_min }。
explain-post_bmi-not_answered = 条件兵男性 BMI 要低于{ $bmi_below }。
explain-post_vision-within_post_range = 较差的一只眼{ $vision_worse }，达到{ $vision_min }（旧标准公布的数值）。
explain-post_vision-older_value_below = 较差的一只眼{ $vision_worse }，低于旧标准公布的{ $vision_min }。现行标准写“按有关标准执行”，具体数值未能核实，请现场确认。
explain-post_vision-not_answered = 旧标准要求每只眼裸眼视力{ $vision_min }以上（未能核实是否仍适用）。
explain-post_surgery-no_surgery = 没有做过屈光手术。
explain-post_surgery-surgery_excluded = 做过屈光手术的不能报考条件兵。
explain-post_surgery-not_answered = 做过屈光手术的不能报考条件兵。

## 待遇估算各项的说明：benefit-<项目>-<原因>。占位符是引擎给出的输入（*_yuan 是金额），另有所在地 $place 和
## 各地调整的说明 $adjustments（benefit-adjust-*）。

money-at-least = 至少{ $amount }
money-range = { $from }—{ $to }
money-unknown = 因地而异
benefit-adjust-same = 按你的情况为{ $base_yuan ->
    [none] 基数
   *[other] 县上年度实际发放标准{ $base_yuan }
}的{ $multiplier_pct_min }%；
benefit-adjust-range = 按你的情况为{ $base_yuan ->
    [none] 基数
   *[other] 县上年度实际发放标准{ $base_yuan }
}的{ $multiplier_pct_min }%至{ $multiplier_pct_max }%（文件表述有两种理解）；
benefit-adjust-add = 每年另加{ $add_yuan }；
benefit-tuition_compensation-computed = 每年按实际缴纳的学费和用于学费的助学贷款中较高的{ $per_year_yuan }（上限{ $cap_yuan }，按{ $enlistment_date }入伍通知书的日期），共{ $years }年。入伍后一次性发放，有贷款的先还贷款。{ $programme_years ->
    [none] {""}
   *[other] 补偿年限最多为一个学制（{ $programme_years }年）。
}
benefit-tuition_compensation-up_to_cap = 每年最多{ $cap_yuan }，共{ $years }年。填写每年学费和贷款后可以算出具体金额。
benefit-tuition_compensation-needs_years = 填写读书年数后计算。
benefit-tuition_waiver-needs_years = 填写读书年数后计算。
benefit-veteran_student_grant-needs_years = 填写读书年数后计算。
benefit-tuition_compensation-not_college = 只适用于大专、本科、研究生的在校生、新生和毕业生。
benefit-tuition_waiver-not_college = 只适用于大专、本科、研究生的在校生、新生和毕业生。
benefit-tuition_compensation-not_covered = 定向生、委培生、国防生和已经免学费的学生不在补偿范围内。
benefit-tuition_waiver-not_covered = 定向生、委培生、国防生和已经免学费的学生不在补偿范围内。
benefit-tuition_waiver-computed = 退役后复学或入学，剩下{ $years_remaining }年的学费每年减免{ $per_year_yuan }（上限{ $cap_yuan }）。
benefit-tuition_waiver-up_to_cap = 退役后复学，剩下{ $years_remaining }年每年最多减免{ $cap_yuan }。
benefit-tuition_waiver-not_returning = 只适用于入伍前在读或已被录取、退役后复学或入学的学生。
benefit-veteran_student_grant-not_returning = 只适用于入伍前在读或已被录取、退役后复学或入学的学生。
benefit-veteran_student_grant-computed = 退役后读全日制大学，每年国家助学金{ $per_year_yuan }，共{ $years_remaining }年。
benefit-family_payment-official_formula = { $place }标准：上一年度（{ $statistic_year }年）当地统计数{ $statistic_yuan }的{ $share_pct }%，即每年{ $per_year_yuan }（{ $standard_year }年标准）；{ $adjustments }共{ $years_served }年，服役每满半年发放一次。
benefit-family_payment-official_figure = { $place }{ $standard_year }年标准每年{ $per_year_yuan }；{ $adjustments }共{ $years_served }年，服役每满半年发放一次。
benefit-family_payment-official_floor = { $place }{ $standard_year }年规定每年不少于{ $per_year_yuan }，具体以县里标准为准；共{ $years_served }年。
benefit-family_payment-official_approx = { $place }{ $standard_year }年标准约每年{ $per_year_yuan }（来源只给出约数）；{ $adjustments }共{ $years_served }年。
benefit-family_payment-last_published_figure = 估算：{ $place }最近公布的是{ $standard_year }年入伍的标准，每年{ $per_year_yuan }{ $share_pct ->
    [none] {""}
   *[other] （{ $statistic_year }年当地统计数{ $statistic_yuan }的{ $share_pct }%）
}。标准每年重新确定，数据中没有当年的标准；{ $adjustments }共{ $years_served }年，服役每满半年发放一次。
benefit-family_payment-rule_without_amount = { $comparables ->
    [none] { $place }按规则计算优待金，但没有公开金额，请向户籍所在地县级人武部咨询。
   *[other] { $place }按规则计算优待金，但没有公开金额。这里是本省{ $comparables }个有数据的地方的范围（每年{ $comparable_min_yuan }—{ $comparable_max_yuan }），只能参考，请向户籍所在地县级人武部咨询。
}
benefit-family_payment-comparable_range = 没有你所在地方的标准数据。本省{ $comparables }个地方近年的标准在每年{ $comparable_min_yuan }—{ $comparable_max_yuan }之间，只是估算，不是你所在地方的标准；请向户籍所在地县级人武部咨询。共{ $years_served }年。
benefit-enlistment_reward-official_figure = { $place }{ $standard_year }年的规定{ $range ->
    [1] （入疆入藏的金额是替代还是另加，文件表述不明确，所以给出范围）
   *[0] {""}
}。
benefit-discharge_grant-official_figure = { $place }{ $standard_year }年的规定。
benefit-discharge_grant-needs_graduation_year = { $place }{ $standard_year }年的规定只给当年毕业的大学生另加一笔：请填写毕业年份。
benefit-enlistment_reward-official_floor = { $place }{ $standard_year }年规定的最低金额，县里可能更高。
benefit-enlistment_reward-not_in_groups = { $place }的文件只奖励大学生和大学毕业生。
benefit-enlistment_reward-varies_by_place = 入伍奖励金由各地自行规定，差别很大；没有你所在地方的数据，请向当地人武部咨询。
benefit-discharge_grant-rule_without_amount = { $place }按规则发放一次性经济补助，但没有公开金额。
benefit-discharge_grant-varies_by_place = 退役时的一次性经济补助由各省规定；没有你所在地方的数据。
benefit-allowance-unverified_range = 义务兵实行供给制，每月发津贴。公开的只有非官方数字：两年这个数起（未经核实），艰苦地区更高。
benefit-discharge_payment-unverified_rate = 国家一次性退役金，按每服役一年{ $rate_yuan }计算，共{ $years_served }年（这是媒体报道的数字，现行标准未能核实）{ $bonus_pct ->
    [none] {""}
   *[other] ；立功受奖增发{ $bonus_pct }%
}。

## 引擎的键：verdict-*、status-*、criterion-*（标准名）、note-* 等，键名来自引擎（crates/rules）。

verdict-likely_eligible = 大概率符合条件
verdict-needs_check = 需要现场确认
verdict-not_eligible = 目前不符合条件

verdict-summary-likely_eligible = 按你填写的情况，各项基本条件都符合。最终以体检、政治考核和征兵办公室审定为准。
verdict-summary-needs_check = 有些项目要在体检或审核时现场确认，或者还有问题没有回答。这很常见，不代表不能入伍。
verdict-summary-not_eligible = 至少有一项不符合本批次的条件。下面列出了是哪一项、差多少；情况可能变化，也可以向当地征兵办公室咨询。

status-pass = 符合
status-fail = 不符合
status-needs_check = 需现场确认
status-unknown = 未回答

criterion-age = 年龄
criterion-education = 学历
criterion-height = 身高
criterion-bmi = 体重（BMI）
criterion-vision = 视力
criterion-refractive_surgery = 屈光手术
criterion-tattoo = 文身
criterion-colour_vision = 色觉
criterion-blood_pressure = 血压
criterion-heart_rate = 心率
criterion-hearing = 听力
criterion-flat_feet = 扁平足
criterion-political = 政治考核自查
criterion-post_sex = 性别
criterion-post_height = 身高
criterion-post_bmi = 体重（BMI）
criterion-post_vision = 视力
criterion-post_surgery = 屈光手术

sex-male = 男
sex-female = 女

education-junior_high = 初中
education-high_school = 普通高中
education-vocational_secondary = 中专、职高、技校
education-junior_college = 大专（高职）
education-bachelor = 本科
education-postgraduate = 研究生

edu-status-graduated = 已毕业
edu-status-graduating = 今年毕业（应届、毕业班）
edu-status-enrolled = 在读（非毕业年级）
edu-status-admitted = 已录取、尚未入学（新生）

surgery-none = 没有做过
surgery-excimer = 做过准分子激光手术（如全飞秒、半飞秒、表层切削）
surgery-other = 做过其他手术（如 ICL 晶体植入）

cosmetic-eyebrows = 文眉
cosmetic-eyeliner = 文眼线
cosmetic-lips = 文唇

colour-normal = 正常
colour-weak_names_colours = 色弱，但能分别认出红、绿、黄、蓝、紫
colour-deficient = 色弱或色盲，认不全这些颜色

flat-feet-none = 没有
flat-feet-arch_present = 有，但还有足弓
flat-feet-no_arch = 有，足弓完全消失

priority-martyr_family = 烈士、因公牺牲军人、病故军人的子女或兄弟姐妹
priority-soldier_child = 现役军人的子女
priority-stem_student = 理工类大学生
priority-bilingual = 会说少数民族语言和普通话的双语青年
priority-skills = 有部队需要的专业技能
priority-disaster_relief = 在抢险救灾中表现突出

post-tank_crew = 坦克乘员
post-naval = 水面舰艇、潜艇人员
post-diver = 潜水员
post-airborne = 空降兵
post-air_stewardess = 空军专机女乘务员
post-special_forces = 特种作战部队、警卫部队
post-hk_macao = 驻香港、澳门部队
post-honour_guard = 北京卫戍区仪仗队

note-priority_families = 烈士、因公牺牲军人、病故军人的子女和兄弟姐妹，以及现役军人的子女，优先批准入伍。
note-priority_students = 优先批准理工类大学生和部队需要的技能人才入伍。
note-priority_bilingual = 注重征集双语青年和老区退役军人后代。
note-priority_disaster_relief = 在抢险救灾中表现突出的青年优先批准入伍。
note-registration = 男性公民在年满18周岁的当年要进行初次兵役登记，应征报名前必须先登记。可在全国征兵网办理；2026年起最晚在10月31日前完成，有的县要求更早。
note-where_to_enlist = 高校在校生和应届毕业生可以在入学前户籍地或学校所在地应征；大学新生在入学前户籍地应征。
note-keep_study_place = 在校生和新生入伍，保留学籍或入学资格，退役后2年内可以复学或入学，并可申请转专业。
note-women_ranking = 女兵网上报名结束后，系统按高考相对分数排序，确定初选对象，所以要有高考成绩。
note-junior_high_cap = 初中文化程度的男青年，年龄不超过20周岁。
note-wording_2026 = 2026年全国征兵通知对女大学毕业生不再写“应届”，而地方公告仍写“应届”：往届毕业生能否报名，请向当地征兵办公室确认。
note-glucose = 体检还要查空腹血糖（须低于7.0 mmol/L）、内科、外科等很多项目，自测无法判断。
note-prescreen_items = 初审初检先看户籍、年龄、学历、身高、体重和视力。
note-final_decision = 能否入伍，最终由县级征兵办公室根据体格检查、政治考核结果集体审定。
note-provisional = 这一批次还没有发布全国征兵通知，按最新已知的规则推算，结果是暂定的。
note-residence_permit = 经常居住地与户籍所在地不在同一省（自治区、直辖市），且取得当地居住证{ $residence_permit_years }年以上的，可以在经常居住地应征。
note-registration_makeup = 如果你还没有做过兵役登记：未超过{ $makeup_max_age }周岁（按当年年底计算）的男性公民应当补登。可以在全国征兵网点“兵役登记（男兵）”自己办理，最后选“仅兵役登记”或“继续进行本年度参军报名”；也可以到户籍所在地的乡镇（街道）武装部办理。先登记，才能报名应征。
note-registration_check = 已经登记过的男性公民，每年要在全国征兵网核验兵役登记信息，有变化的及时修改。
note-deferral = 应征公民是维持家庭生活唯一劳动力的，可以缓征。
note-exemption = 有严重生理缺陷或者严重残疾、不适合服兵役的，免服兵役；依照法律被剥夺政治权利的，不得服兵役。

confidence-verified = 已核实
confidence-derived = 据已核实规则推算
confidence-unverified = 未经核实
confidence-conflict = 来源之间有矛盾

line-tuition_compensation = 学费补偿、助学贷款代偿
line-tuition_waiver = 复学后学费减免
line-family_payment = 义务兵家庭优待金
line-enlistment_reward = 入伍奖励金（一次性）
line-allowance = 义务兵津贴（两年）
line-discharge_payment = 一次性退役金（国家）
line-discharge_grant = 退役一次性经济补助（地方）
line-veteran_student_grant = 退役士兵国家助学金

basis-official = 当地官方标准
basis-national = 全国规定
basis-estimate = 估算
basis-reprint = 据网络转载，未核实

posting-ordinary = 一般地区
posting-plateau = 高原
posting-tibet = 西藏
posting-xinjiang = 新疆

honour-none = 没有
honour-third_class_merit = 三等功（或四等战功）
honour-second_class_merit = 二等功（或三等战功）
honour-first_class_merit = 一等功、二等战功或二级表彰
honour-first_level_commendation = 一等战功或一级表彰
honour-honour_title = 勋章或荣誉称号

scheme-normal = 一般情况
scheme-directed_or_commissioned = 定向生、委培生或国防生
scheme-fee_exempt = 已经免学费




## 填写错误：字段名、范围（$min、$max 来自引擎的输入范围）和错误说明。

field-input = 这一项
field-round = 这一项
field-as_of = 这一项
field-sex = 这一项
field-birth_date = 出生日期
field-birth_year = 出生日期
field-region = 这一项
field-education = 这一项
field-education_status = 这一项
field-graduation_year = 毕业年份
field-height_cm = 身高
field-weight_kg = 体重
field-vision_left = 左眼视力
field-vision_right = 右眼视力
field-vision_left_decimal = 左眼视力
field-vision_right_decimal = 右眼视力
field-refractive_surgery = 这一项
field-refractive_surgery_months = 手术距今的月数
field-tattoo = 这一项
field-tattoo_face_neck = 这一项
field-tattoo_exposed_cm = 文身最长方向的长度
field-tattoo_elsewhere_cm = 文身最长方向的长度
field-cosmetic_tattoo = 这一项
field-colour_vision = 这一项
field-systolic_mmhg = 收缩压
field-diastolic_mmhg = 舒张压
field-heart_rate_bpm = 心率
field-whisper_left_m = 左耳耳语听力距离
field-whisper_right_m = 右耳耳语听力距离
field-flat_feet = 这一项
field-political = 这一项
field-special_posts = 这一项
field-priority = 这一项
field-place = 这一项
field-tuition_yuan = 每年学费
field-loan_yuan = 每年助学贷款
field-years_studied = 年数
field-years_remaining = 年数
field-programme_years = 年数
field-posting = 这一项
field-honour = 这一项
field-tuition_scheme = 这一项
field-range-height_cm = 身高请填写 { $min }—{ $max } 之间的数字，单位厘米。
field-range-weight_kg = 体重请填写 { $min }—{ $max } 之间的数字，单位公斤。
field-range-vision_left = 五分制视力请填写 { $min }—{ $max } 之间的数字，例如 { $example }；如果是小数的写法，请改选“小数”。
field-range-vision_left_decimal = 小数视力请填写 { $min }—{ $max } 之间的数字，例如 { $example }。
field-range-refractive_surgery_months = 月数请填写 { $min }—{ $max } 之间的整数。
field-range-tattoo_exposed_cm = 文身最长方向的长度请填写 { $min }—{ $max } 之间的数字，单位厘米。
field-range-systolic_mmhg = 收缩压请填写 { $min }—{ $max } 之间的整数。
field-range-diastolic_mmhg = 舒张压请填写 { $min }—{ $max } 之间的整数。
field-range-heart_rate_bpm = 心率请填写 { $min }—{ $max } 之间的整数。
field-range-whisper_left_m = 距离请填写 { $min }—{ $max } 之间的数字，单位米。
field-range-whisper_right_m = 距离请填写 { $min }—{ $max } 之间的数字，单位米。
field-range-graduation_year = 毕业年份请填写 { $min }—{ $max } 之间的年份。
field-range-birth_date = 出生年份不能早于 { $min } 年。
field-range-tuition_yuan = 请填写 { $min }—{ $max } 之间的整数，单位元。
field-range-years_studied = 年数请填写 { $min }—{ $max } 之间的整数。
field-range-vision_right = 五分制视力请填写 { $min }—{ $max } 之间的数字，例如 { $example }；如果是小数的写法，请改选“小数”。
field-range-vision_right_decimal = 小数视力请填写 { $min }—{ $max } 之间的数字，例如 { $example }。
field-range-tattoo_elsewhere_cm = 文身最长方向的长度请填写 { $min }—{ $max } 之间的数字，单位厘米。
field-range-birth_year = 出生年份不能早于 { $min } 年。
field-range-loan_yuan = 请填写 { $min }—{ $max } 之间的整数，单位元。
field-range-years_remaining = 年数请填写 { $min }—{ $max } 之间的整数。
field-range-programme_years = 年数请填写 { $min }—{ $max } 之间的整数。
field-error-required = { $name }的填写有误，请检查。
field-error-invalid = { $name }的填写有误，请检查。
field-error-not_a_number = { $name }请填写数字，例如 { $example }。
field-error-out_of_range = { $name }超出了可以填写的范围。
field-error-not_a_date = 请按“{ $example }”的格式填写出生日期，或者只填出生年份，例如“{ $example_year }”。
field-error-future = 出生日期不能晚于今天，也不能晚于所选批次的年份。
field-error-too_early = 毕业年份离出生年份太近，请检查。
field-error-unsupported_round = { $name }的填写有误，请检查。
field-error-conflict = { $name }的填写有误，请检查。
field-error-unknown_field = { $name }的填写有误，请检查。
field-error-malformed = { $name }的填写有误，请检查。

step-registration-name = 兵役登记
step-registration-what = 当年年满18周岁的男青年，登录全国征兵网点“兵役登记（男兵）”，本人填写个人、学习和家庭信息，最后选择“仅兵役登记”或“继续进行本年度参军报名”。完成后获得电子兵役登记凭证。以前登记过、24周岁以下的，每年要登录核验、更新信息。
step-registration-who = 本人网上办理；不方便上网的，可到乡镇（街道）武装部或学校兵役登记站现场登记；因病等原因不能本人办理的，可由亲属代为登记。
step-registration-women = {""}
step-apply-name = 网上报名
step-apply-what = 在报名时间内完成应征报名，选择应征地：一般是户籍所在地；全日制在校生和应届毕业生可以选学校所在地或入学前户籍所在地。需要身份证号、本人常用手机号（短信验证码）和近期一寸证件照电子版。男青年要先完成兵役登记。
step-apply-who = 本人在全国征兵网办理，打印报名表交应征地乡镇（街道）武装部或学校。
step-apply-women = 女青年不做兵役登记，在女兵报名时间内直接报名“应征报名（女兵）”，须有高考成绩。报名截止后，系统按高考相对分数排序，确定初选预征对象并公示；初选的女青年打印《应征女青年网上报名审核表》。按分数排序的具体办法来自较早的资料，2026年是否相同未能确认。
step-prescreen-name = 初审初检
step-prescreen-what = 公安、卫生健康、教育部门初步审查政治情况、身体状况和学历。接到通知后，自行到全国任一指定医疗机构做初步体检，结果各地互认。合格的确定为预定征集对象并得到通知。
step-prescreen-who = 县级征兵办公室组织；本人按通知参加。
step-prescreen-women = 女青年的初审初检一般由地市级征兵办公室组织，合格的列为送检对象并公示。
step-medical-name = 体格检查
step-medical-what = 在县级征兵体检站进行。体检前会当场核对身份、户籍、学历、特长和病史。体检不收任何费用。抽血前空腹，不要服用止痛药、止咳药或感冒药，不要穿戴金属物品。
step-medical-who = 县级征兵办公室组织卫生健康部门实施；部分岗位由部队接兵人员参加。
step-medical-women = 女青年同时参加综合素质考评（核验证书、现场问答、体能测试），之后按考评成绩择优（资料较早，仅供参考）。
step-political-name = 政治考核
step-political-what = 考核本人的政治态度、现实表现和家庭成员情况，作出书面结论。对政治条件要求高的岗位，必须走访调查，并由部队接兵干部参加和签字。本人一般不需要带材料。
step-political-who = 县级征兵办公室组织，公安机关具体负责。
step-political-women = {""}
step-pre_service_education-name = 役前教育
step-pre_service_education-what = 体检和政治考核都合格的才参加。时间、内容和形式由省里规定；各地通常是封闭集训5至7天，表现不合格的可能被淘汰。
step-pre_service_education-who = 县级征兵办公室组织。
step-pre_service_education-women = {""}
step-selection-name = 审定新兵
step-selection-what = 县级征兵办公室集体研究，综合评定，择优确定新兵并分配到部队。符合条件的优先批准对象（如大学生）优先。
step-selection-who = 县级征兵办公室集体研究决定，不能由个人决定。
step-selection-women = {""}
step-public_notice-name = 公示
step-public_notice-what = 拟批准入伍的名单公示不少于5个工作日。有人反映问题的会调查核实；不符合条件或违反廉洁征兵规定的取消资格，由后备人选递补。
step-public_notice-who = 县级征兵办公室公示；任何人都可以举报。
step-public_notice-women = {""}
step-approval-name = 批准入伍
step-approval-what = 公示期满后，发给入伍批准书和入伍通知书，通知户口登记机关并建立档案。从批准入伍之日起享受军人待遇，家庭开始享受优待。上半年3月1日、下半年9月1日批准入伍。大学生在这之后申请学费补偿或助学贷款代偿。
step-approval-who = 县级征兵办公室批准。
step-approval-women = {""}
step-handover-name = 交接运输
step-handover-what = 由兵役机关送兵、本人自行报到、部队领兵或接兵。自行报到的，征兵办会书面告知报到地点、时间和安全要求。出发前发放军服；途中车票、伙食和住宿由部队报销。到部队后检疫复查：身体或政治条件不合格的，45日内退回；隐瞒病史、犯罪或以行贿、弄虚作假入伍的，随时退回并追回待遇。
step-handover-who = 兵役机关和部队交接。
step-handover-women = {""}
doc-id_card-name = 居民身份证
doc-id_card-when = 初审初检、体格检查时带原件。
doc-household_register-name = 户口簿
doc-household_register-when = 初审初检、体格检查时带；在校大学生初审初检一般可以不带。
doc-diploma-name = 学历证明
doc-diploma-when = 毕业证书；在校生带学生证。
doc-photo-name = 近期一寸免冠证件照
doc-photo-when = 网上报名上传电子版；现场确认的地方再带一张纸质照片（有的地方要求红底）。
doc-forms-name = 报名表
doc-forms-when = 从全国征兵网打印《公民兵役登记/征兵报名表》，交应征地兵役机关或乡镇武装部确认；大学生和毕业生还要打印《大学生预征对象登记表》（从小学起的简历，每段有证明人）。
doc-aid_form-name = 学生资助申请表
doc-aid_form-when = 大学生（含毕业生、新生）打印《应征入伍服兵役高等学校学生国家教育资助申请表Ⅰ》，双面打印两份，贴照片，本人签名，经批准入伍地县级征兵办公室和学校盖章；另附入伍通知书、身份证复印件，毕业生附毕业证，在校生附学信网学籍在线验证报告。
doc-women_form-name = 应征女青年网上报名审核表
doc-women_form-when = 初选的女青年从全国征兵网打印，初审初检时带。
channel-gfbzb-name = 全国征兵网：唯一官方网上平台
channel-gfbzb-use = 兵役登记、应征报名、打印表格都在全国征兵网办理，全年开放。网址是 www.gfbzb.gov.cn，2026年升级改版后仍叫“全国征兵网”。其他自称能“代报名”“内部报名”的网站和个人都不是官方渠道。
channel-account-name = 账号
channel-account-use = 用本人真实手机号和身份证号注册，身份证号注册后不能修改。旧的使用说明称账号与学信网通用；2026年改版后是否仍然通用未能确认。提示身份证号已被注册的，可通过找回账号处理，或请县、乡镇兵役机关帮助重置手机号和密码。
channel-local_office-name = 县征兵办公室（人武部）和乡镇（街道）武装部
channel-local_office-use = 有问题就问当地县级征兵办公室（设在人武部）或乡镇（街道）武装部，学校有兵役登记站。不方便上网的，可以在这些地方现场登记、报名和打印表格。电话号码以当地政府网站或本轮征兵公告公布的为准。
channel-provincial-name = 省级征兵公众号
channel-provincial-use = 部分省份有官方公众号，如“甘肃征兵”“云南征兵”，可以进入同一个报名系统。关注前确认账号已认证为省征兵办公室或省军区所有，有冒充的账号。
fraud-free-title = 应征入伍不收任何费用
fraud-free-1 = 报名、体检、政治考核、审定，任何环节都不收费。真正的工作人员不会以任何名义要钱，不会单独约见你或家人，不会收礼、吃请。
fraud-free-2 = 花钱“买”来的名额没有用：以行贿、弄虚作假入伍的，随时退回并追回已经享受的待遇。
fraud-patterns-title = 常见骗局
fraud-patterns-1 = 声称有“内部指标”“特招名额”，能保证通过或指定分配到好单位。
fraud-patterns-2 = “不成功不要钱”，先交定金或押金。
fraud-patterns-3 = 收费的“面试培训班”“体检辅导”“题库”。
fraud-patterns-4 = 说能“疏通关系”，改体检或政治考核结论。
fraud-patterns-5 = 冒用“国防部征兵办公室”名义的网站、公章、文件和协议。
fraud-phone-title = 接到要钱的电话或消息
fraud-phone-1 = 不转账、不透露验证码。对方自称人武部、征兵办或接兵干部要钱的，立即拨打110报警，并告诉县征兵办公室。
fraud-phone-2 = 不要回拨对方给的号码；核实时用当地政府网站上公布的电话。
fraud-report-title = 怎样举报
fraud-report-1 = 诈骗：拨打110。
fraud-report-2 = 征兵中的违规行为：拨打本轮县级征兵公告上公布的廉洁征兵监督举报电话，或直接联系县征兵办公室（人武部）。公示期间，任何人都可以对名单反映问题。
fraud-report-3 = 目前没有找到全国统一的征兵举报电话，网上流传的号码未经核实，本工具不列出。
event-registration_opens = 报名开始
event-registration_closes = 报名截止
event-conscription_starts = 征集开始
event-approval = 批准入伍
event-conscription_ends = 征集结束
event-military_registration_deadline = 兵役登记最迟截止

noncash-return_to_school-name = 保留学籍，退役后复学
noncash-return_to_school-text = 在校生、新生入伍保留学籍或入学资格，退役后2年内可以复学或入学，经学校同意可以转专业。
noncash-kaoyan_bonus-name = 考研加分
noncash-kaoyan_bonus-text = 退役后3年内参加全国硕士研究生招生考试，初试总分加{ $value }分，同等条件下优先录取；按“退役大学生士兵”专项计划录取的不再加分。
noncash-special_masters-name = “退役大学生士兵”专项硕士计划
noncash-special_masters-text = 研究生招生设有退役大学生士兵专项计划（每年规模未能核实）。
noncash-zhuanshengben-name = 专升本免考文化课
noncash-zhuanshengben-text = 退役后完成高职（专科）学业的，专升本免于参加文化课考试（2022年招生起）。
noncash-civil_service-name = 考公务员、进事业单位和国企
noncash-civil_service-text = 招录时适当放宽年龄和学历条件，同等条件下优先；服役经历视为基层工作经历。
noncash-military_academy_age-name = 报考军校年龄放宽
noncash-military_academy_age-text = 入伍的大学在校生报考军队院校，年龄放宽{ $value }岁（细节未能核实）。
noncash-skills_credit-name = 免修军事技能训练
noncash-skills_credit-text = 复学后免修军事技能训练，直接获得学分。

## 批次和条款

round-name = { $year }年{ $half ->
    [1] 上半年
   *[2] 下半年
}{ $provisional ->
    [1] （暂定）
   *[0] {""}
}
article-paragraph = 第{ $article }条第{ $paragraph }款
article-only = 第{ $article }条

## 其他标点和单位

punct-semicolon = ；
date-span = { $from }至{ $to }
unit-yuan = 元
punct-sentence-sep = {""}

## 应用加载前的静态页面（index.html、embed.html）、不能运行时的说明、安装清单（由 xtask 在构建时填入）

meta-description = 征兵自测：应征条件自查、待遇估算和报名指引，全部在你的设备上计算，不上传任何信息。
boot-loading = 正在加载…
boot-failure-title = 本工具无法在这个浏览器中运行。
boot-failure-body = 可能是浏览器版本较旧、不支持 WebAssembly、关闭了 JavaScript，或者下载的文件不完整。请换用最新版的浏览器重新打开本页（最低版本见“关于与隐私”）。下面是主要条件。
boot-official = 唯一官方报名平台
update-ready = 新版本已经下载好。
update-now = 立即更新
manifest-description = 应征条件自查、待遇估算和报名指引，全部在你的设备上计算。
fallback-title = 主要条件：{ $round }{ $provisional ->
    [1] （暂定：全国征兵通知尚未发布）
   *[0] {""}
}
fallback-age = 年龄：{ $min_age }周岁起，按自然年计算；高中毕业男青年不超过{ $high_school }周岁，大学毕业生不超过{ $college }周岁，研究生不超过{ $postgraduate }周岁。
fallback-height = 身高：男性{ $male }厘米以上，女性{ $female }厘米以上。
fallback-bmi = 体重指数（BMI）：男性{ $male_min }至{ $male_below }（不含{ $male_below }），女性{ $female_min }至{ $female_below }（不含{ $female_below }）。
fallback-vision = 视力：任何一眼裸眼视力低于{ $fail_below }不合格，低于{ $check_below }要查矫正视力。
fallback-note = 以上只是要点，能否入伍以体格检查、政治考核和县级征兵办公室的审定为准。报名请登录{ $site }；有问题请问当地县征兵办公室（人武部）。应征入伍不收任何费用。依据：《征兵工作条例》和应征公民体格检查标准；数据截至{ $date }。
what-if-arrow = {" → "}

political-q-under_investigation = 你现在是否正在被侦查、起诉、审判，或正在服刑？
political-why-under_investigation = 兵役法第二十四条：这种情况下不征集。
political-q-criminal_record = 你是否受过刑事处罚、治安拘留等处罚？
political-why-criminal_record = 是政治考核重点了解的情况之一，具体由公安机关核实。
political-q-expelled = 你是否被开除过学籍、公职、党籍或团籍？
political-why-expelled = 属于政治考核了解的情况。
political-q-organisations = 你或家人是否参与过邪教、非法组织，或民族分裂、暴力恐怖、宗教极端活动？
political-why-organisations = 属于政治考核不合格情形。
political-q-family = 你的家庭成员是否有危害国家安全的犯罪或严重政治问题？
political-why-family = 政治考核包括家庭成员（父母、未婚兄弟姐妹）等。
political-q-tattoo_marks = 你是否有涉黑涉恶标志，或有损国家形象、社会公德的文身？
political-why-tattoo_marks = 这类文身属于政治考核不合格情形，与体检的文身大小标准不同。
verdict-unanswered = 还没有回答
verdict-unanswered-summary = 回答下面的问题后，这里会显示结论和决定结论的项目。
deciding-label = 取决于：
deciding-more = 等另外 { $n } 项
leave-school-banner = 注意：你还在读高中，现在应征就要离开学校；也可以等高中毕业后再报名。
leave-school-link = 看学历一项的说明
passed-line = { $name }：符合
passed-line-value = { $name }：{ $value }，符合
passed-details = 这几项的详细说明
round-closed-banner = 这一批次的报名已于{ $date }截止：下面只说明当时的条件。
round-closed-option = { $round }（报名已截止）
weight-unit = 体重单位
unit-kg = 公斤
unit-jin = 斤
jin-equals = { $jin }斤 = { $kg }公斤。
slip-jin = 是不是填了斤？{ $jin }斤 = { $kg }公斤
slip-use-kg = 改成 { $kg } 公斤
slip-keep-kg = 不是，就是 { $kg } 公斤
slip-metres = 是不是填了米？{ $metres }米 = { $cm }厘米
slip-feet = 是不是填了英尺和英寸？{ $feet }英尺{ $inches }英寸约等于{ $cm }厘米
slip-use-cm = 改成 { $cm } 厘米
slip-implausible = 按这个身高和体重算出的数值不像真实情况，还不能判断。请检查单位：身高填厘米，体重填公斤（或在下面选“斤”）。
status-graduating = { $year }年毕业（应届、毕业班）
status-high_school-enrolled = 高一或高二在读
status-high_school-graduating = 高三在读（{ $year }年毕业）
grad-year-note = { $ago ->
    [0] { $year }年毕业（应届）
    [1] { $year }年毕业（往届，去年毕业）
   *[other] { $year }年毕业（往届）
}
grad-year-future = { $year }年毕业：晚于所选批次的年份，请选“毕业班”或换一个批次
share-name-family = 给家庭的现金
share-what-family = 家庭优待金和入伍奖励，服役期间发给家里
share-name-recruit = 本人的收入
share-what-recruit = 津贴和退役金，发给入伍的本人
share-name-study = 以后读书的资助
share-what-study = 学费补偿、复学减免和退役士兵助学金，入伍时和退役复学后发放
share-per-year = 平均每年
share-service = 服役{ $years }年合计
share-excludes = 另有 { $n } 项没有当地金额，没有计入。
to-estimate = 跳到结果
amount-needs-answers = 按全国标准，填写学费和年数后计算
amount-set-by-province = 标准由本省规定，数据里还没有
amount-not-published = 金额未公开
timeline-after-service = 退役后复学期间
explain-age-over_cap-unsettled = { $year }年你满{ $age_in_year }周岁。按现有资料，你这一类人员的年龄上限是{ $age_cap }周岁（须在{ $born_from }或之后出生），但这个上限{ $unsettled }，所以还不能说你超龄：请向当地征兵办公室确认。
unsettled-conflict = 各来源说法不一
unsettled-derived = 是本工具对条文的理解，条文没有直接写明
unsettled-unverified = 还没有核实
unsettled-verified = 还没有核实
benefit-family_payment-national_rule_only = 国家规定：义务兵服役期间，家庭享受优待金，标准由各省（区、市）确定。数据里没有你所在省的标准，也不拿别的省的数字来估算；请向户籍所在地县级人武部咨询。
unit-jin-short = 斤

## 什么时候可以报名（自测结果下面的一节）：$round 是批次名，日期和数字都来自引擎的计划（crates/rules/src/plan.rs）。

plan-title = 什么时候可以报名
plan-now = 本轮即可报名：{ $round }。
plan-earliest = 最早可以在{ $round }报名。
plan-earliest-if-weight = 前提是体重进入下面的范围。
plan-none-age_cap = 按你的学历，年龄上限是{ $age_cap }周岁；从{ $over_cap_from_year }年起已经超过，接下来的征兵都不能报名。
plan-none-education = 按现行规定，你的学历在接下来的征兵中都没有报名途径。
plan-none-check = { $checks }不符合标准，这不会随时间改变。
plan-none-horizon = 接下来的{ $rounds }个半年里还没有可以报名的一轮。
plan-h1-short = 上半年
plan-h2-short = 下半年
plan-earliest-mark = 最早
plan-table-caption = 接下来各轮的结果
plan-col-round = 轮次
plan-col-register = 报名截止
plan-col-result = 结果
plan-col-open-items = 不符合或待确认的项目
plan-actions-title = 要做的事
plan-register_by = { $round }：在{ $register_by }前到全国征兵网报名。
plan-weight_range = 按你的身高{ $height_cm } cm，体重从{ $weight_min_kg } kg 到低于{ $weight_below_kg } kg 时 BMI 符合标准（{ $bmi_min }≤BMI<{ $bmi_below }）。
plan-weight-lose = 你现在{ $weight_kg } kg，要减{ $lose_kg } kg。
plan-weight-gain = 你现在{ $weight_kg } kg，要增加{ $gain_kg } kg。
plan-post-weight_range = 条件兵（{ $posts }）：按你的身高{ $height_cm } cm，体重从{ $weight_min_kg } kg 到低于{ $weight_below_kg } kg。
plan-surgery_counts_from = 激光手术在{ $surgery_counts_from }满{ $surgery_min_months }个月。
plan-surgery-round = 体检在这天之后的第一轮是{ $round }。
plan-becomes_graduate = 从{ $round }起，你按{ $graduation_year }年毕业的毕业生报名。
plan-ics-button = 把这些日期加入日历
plan-ics-register = 报名截止（{ $round }）
plan-ics-surgery = 激光手术满{ $surgery_min_months }个月

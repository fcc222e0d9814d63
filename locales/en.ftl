# English: the interface. Numbers and dates are always placeholders, filled from the engine's report and the rules data.

app-name = Enlistment Self-Check
tagline = Check the conditions for China's military conscription, estimate the benefits and find the official steps. Everything is worked out on your device; nothing you type is sent anywhere.
skip-to-main = Skip to main content
nav-label = Main
nav-check = Self-check
nav-benefits = Benefits
nav-process = How to apply
nav-sources = Sources
nav-about = About & privacy
switch-language-hint = 切换到中文
footer-notice = This is a self-check for your information, not an official decision. Whether you can enlist is decided by your county conscription office (人武部, the local armed forces department) after the medical examination, the political review and its collective selection.
footer-official = The only official registration site: 
footer-updated = Rules data updated to { $date }
stale-rules = The rules for this round may have been updated: the national conscription website is authoritative. The national requirements for { $round } were expected around { $expected } and are not in this tool yet; it uses the rules as of { $used }.
official-site-name = 全国征兵网 (National Conscription Website)
opens-new-tab =  (opens in a new tab)
error-title = Something went wrong
error-body = The page hit an unexpected error. Your answers are still kept in this tab; reload the page to try again.
check-title = Self-check
check-intro = Answer a few questions to see whether you meet the basic conditions of a recruitment round. Each criterion shows the rule it rests on and how far you are from its threshold.
benefits-title = Benefits estimator
benefits-intro = Estimate what a recruit and the family receive — tuition compensation, the family payment, discharge payments — with the source and reliability of each figure.
process-title = How to apply: steps, dates and official channels
process-intro = Every step from registration to enlistment, the deadlines and the documents to bring. Enlisting is free of charge.
process-next-title = What to do now
next-step = { $round }: by today's date you are at about the step “{ $step }”.
next-need-sex = Choose your sex in the self-check and this page shows only your steps and dates (men register for military service first; women apply directly).
next-round-over = { $round } is over. Below are the dates of the next round.
sources-title = Sources
sources-intro = Every law, regulation, notice and web page this tool relies on, with its issuer, dates and reliability grade. A: official text; B: mainstream media or school notices; C: aggregator sites (may be out of date; for reference only).
sources-published = Published
sources-effective = In force
sources-grade = Grade
sources-open = Open the source
sources-search = search { $db } for this title
sources-news = news report
sources-unlinked = not linked: only copies on unofficial sites were seen; not verified
about-title = About and privacy
about-1-title = What this is
about-1-p1 = The Enlistment Self-Check helps young people and their parents see, before applying, whether they roughly meet the conditions for China's military conscription, what benefits apply and how to apply. It works through the published laws, regulations and conscription notices criterion by criterion and names the source and reliability of each rule.
about-1-p2 = It is not an official system and its result is not an official decision. Enlistment is decided by the county conscription office after pre-screening, the medical examination, the political review and a collective selection. Official registration is on the National Conscription Website (全国征兵网).
about-2-title = Where your answers go
about-2-p1 = Nowhere. Everything is worked out in your browser: no server receives your answers, the page makes no network request after it has loaded, and there is no analytics or advertising code.
about-2-p2 = So that a reload does not lose your answers: round, sex, date of birth, region, education, posts of interest and the benefits inputs are written into the part of the address after the "#" sign, which browsers never send to any website; health, political and priority-group answers never go into the address and are kept only in this tab's own history state (history.state): a reload keeps them, closing the tab removes them, and no copied, shared or synced address carries them. Only if you choose "Remember on this device" are all answers saved in this browser (localStorage), and "Erase my answers" removes them at any time.
about-2-p3 = A share link carries only the result and non-sensitive answers (round, sex, year of birth, region, education) unless you explicitly choose to include everything; health and political-review answers are left out by default.
about-3-title = Where the rules come from, and how reliable they are
about-3-p1 = Every rule carries the dates it is in force and its source. Sources are graded: A official text (laws, regulations, government notices); B mainstream media and school notices; C aggregator sites. Values that rest only on grade C, or on sources that disagree, are marked as such; the tool never says "not eligible" on an unverified or conflicting value, only "needs an on-site check".
about-3-p2 = Rounds whose national notice is not yet published (such as 2027) are worked out with the latest known rules and marked "provisional".
about-4-title = Which browsers, and offline use
about-4-p1 = The tool needs WebAssembly with the features of 2021-era browsers: Chrome, Edge or another browser built on Chromium 97 or later (including Android’s WebView), Firefox 79 or later, Safari on iPhone, iPad or Mac 15 or later. Browsers inside apps (WeChat, QQ and others) usually work when their engine is recent; if the page does not open there, open it in the phone's own browser. A browser that cannot run it shows the main conditions and the link to 全国征兵网 instead.
about-4-p2 = After one visit the tool works without a network: the browser keeps a copy of its files (and nothing you type). When a new version has been downloaded, a bar offers to update; your answers stay.
about-5-title = Who keeps this tool, and how to report a mistake
about-5-p1 = The tool is kept by the developers of the Enlistment Self-Check project, an open-source project. It belongs to no recruitment office or government department and collects nothing about you.
about-5-p2 = If a rule, a figure or a link is wrong, tell the website or organisation that publishes this page: give the round, the place, what you saw and the official basis you know (the document's title and article). Every correction appears on the Sources page with its new source and grade.
about-updated = Rules data last updated: { $date } (the date of the newest document in the data).
step-of = Step { $step } of { $steps }
step-basics = About you
step-education = Education
step-body = Height and weight
step-eyes = Eyesight
step-health = Other health items
step-political = Political review (self-declaration)
step-posts = Special posts and priority groups
step-review = Check your answers
back = Back
next = Next
to-results = See the result
change = Change
optional = optional
not-answered = not answered
yes = Yes
no = No
error-summary = Please correct these first:
q-round = Recruitment round
hint-round = Defaults to the round whose registration is open or next. First-half rounds recruit in February–March, second-half rounds in August–September.
q-sex = Sex
q-birth = Date of birth
hint-birth = For example 2005-04-01. The year alone (2005) is enough: age is counted by calendar year, as the age you reach by 31 December.
q-region = Province of household registration (户籍)
hint-region = You normally enlist where your household is registered; used for the benefits estimate. You may leave it blank.
region-none = Not given
q-education = Education (the highest level completed or being studied)
q-status = Where you are now
hint-status = "Graduating" means you finish in the round's year (应届, the final-year class).
q-grad-year = Which year did you graduate?
hint-grad-year = For women graduates the rules differ for graduates of the round's year, of the year before and of earlier years.
q-height = Height
hint-height = Without shoes, in centimetres, e.g. 172.5.
q-weight = Weight
hint-weight = In kilograms, e.g. 65; if you weigh yourself in jin (斤), choose it below.
bmi-live = Your height and weight give a BMI of about { $bmi }.
q-scale = How is your eyesight written?
scale-five = 5-point scale, e.g. 4.8
scale-decimal = Decimal, e.g. 0.6
hint-scale = The medical uses the 5-point (logarithmic) chart. Decimal vision is converted as 5 + log10(V): 0.6 is 4.8, 1.0 is 5.0.
q-vision-left = Left eye, without glasses
q-vision-right = Right eye, without glasses
vision-converted = { $value } on the 5-point scale
q-surgery = Have you had refractive (myopia) surgery?
q-surgery-months = How many months ago?
hint-surgery-months = Six months are needed by the medical; the count runs to this round's medical.
health-intro = All of these are optional: leaving them out does not change the result, but answering them may show a problem early.
q-tattoo = Do you have any tattoo (including tattooed eyebrows, eyeliner or lips)?
q-tattoo-face = Is any tattoo on your face or neck?
q-tattoo-exposed = Longest side of the largest tattoo on skin that shorts and a T-shirt leave bare
q-tattoo-elsewhere = Longest side of the largest tattoo elsewhere
hint-cm = In centimetres; 0 if none.
q-cosmetic = Cosmetic tattoos
q-colour = Colour vision
q-bp = Blood pressure (if measured recently)
q-systolic = Systolic (upper)
q-diastolic = Diastolic (lower)
q-heart-rate = Heart rate (beats per minute)
q-whisper = From how far can you hear a whisper (metres)?
q-ear-left = Left ear
q-ear-right = Right ear
q-flat-feet = Flat feet
political-intro = Why we ask: the political review is a required step, carried out by public security. Only yes or no is asked here, never details; the answers stay on your device and share links leave them out by default. A "yes" is not a "no" to enlisting: it means you should explain it to the conscription office.
posts-intro = Special posts (条件兵) have extra height, eyesight and other requirements. They are shown separately and do not change the overall result.
q-posts = Special posts you are interested in
q-priority = Which of these apply to you?
hint-priority = These groups are given priority; they do not change whether you meet the conditions.
results-title = Your result
live-result = Result so far
criteria-title = Criterion by criterion
passing-folded = { $n ->
    [one] { $n } criterion met
   *[other] { $n } criteria met
}
optional-unanswered = { $n ->
    [one] { $n } optional item not answered
   *[other] { $n } optional items not answered
}
based-on = Based on
grade-label = source grade
event-for-men = {" "}for men
event-for-women = {" "}for women
grade-legend = Source grades: A official text (laws, government sites); B mainstream media or school notices; C online copies, not verified.
posts-title = Special posts (not part of the overall result)
notes-title = Good to know
rules-as-of = Rules as of { $date }
provisional-banner = No national notice has been published for this round yet. The result uses the latest known rules and is provisional.
field-error-prefix = Error: 
what-if-title = What if…?
what-if-intro = Change one answer and see whether the result changes. This does not change your answers above.
what-if-field = Answer to change
what-if-value = Change to
what-if-now = Now
what-if-then = Then
what-if-same = The result stays the same.
what-if-changed = Criteria that change:
next-title = What to do next
next-register = Apply on the { $site } by { $date }. Applying and the medical are free of charge.
next-register-closed = Applications for this round have closed: there is nothing to prepare for it. The next round is { $next }; watch the { $site } for its dates.
next-bring = Have your ID card, household register and diploma or student card ready; students also print the state education aid form.
next-decides = Ask the county conscription office or the armed forces office of your township or street: they make the decision.
next-process-link = Steps, deadlines and the documents checklist
next-fix = The criteria you do not meet are listed above with the gap. If something changes (your weight, the months since surgery), check again.
next-posts = Special posts are chosen by the receiving units during the medical; say you are interested when you apply.
keep-title = Keep, share, print
keep-note = Round, sex, date of birth, region, education and the benefits inputs are kept in the part of the address after "#"; health, political and priority-group answers never go into the address and stay only in this tab (gone when it is closed). A reload keeps them all, and nothing is sent to any server.
shared-only-these = The sender shared only these answers.
remember = Remember my answers on this device
remember-hint = If ticked, they are saved in this browser until you erase them. If not, nothing is saved.
share-button = Make a share link
share-all = Also include health and political-review answers
share-default-note = By default a share link carries only the result, round, sex, year of birth, region and education.
share-link-label = Share link
share-copy = Copy
share-copied = Copied
print-button = Print or save as PDF
erase-button = Erase my answers
erase-confirm = Yes, erase all my answers
erase-cancel = Cancel
erased = All answers were erased.
shared-banner = This is a shared result: { $round }, "{ $verdict }". { $all ->
    [1] The link includes all answers.
   *[0] The link does not include health or political-review answers, so the result here may differ.
}
fragment-refused = The answers in the address could not be read (incomplete, damaged or from a newer version). A clean form has been opened.
print-title = Enlistment self-check result (not an official decision)
printed-on = Printed on { $date }
date-expected = { $date } (expected; not yet published)
date-or-conflict = { $date } or { $other } (sources disagree)
date-conflict-expected = { $date } or { $other } (sources disagree; expected, not yet published)
dismiss = Dismiss
benefits-inputs = Your situation
q-place = City or county
hint-place = Only places with a local standard in the data are listed; elsewhere the province's rule or an estimate is used.
place-province = Province-wide, or not listed
q-tuition = Tuition per year
hint-money = In yuan, e.g. 5000; leave blank if you do not know.
q-loan = State student loan for tuition, per year
q-years-studied = Years of study so far (graduates: the length of the programme)
q-years-remaining = Years of study left after service
q-scheme = How your tuition is paid
q-posting = Where you serve (if known)
hint-posting = The forces decide; you can compare what changes.
q-honour = Honours during service (for the discharge payment)
total-title = Benefits estimate
total-excludes = { $n ->
    [one] { $n } item that varies by place with no data is not in the total.
   *[other] { $n } items that vary by place with no data are not in the total.
}
lines-title = Each benefit
col-item = Item
col-amount = Amount
col-basis = Basis
timeline-title = When it is paid
timeline-enlist = Enlistment
timeline-discharge = Discharge
timeline-month = { $m ->
    [one] { $m } month
   *[other] { $m } months
}
timeline-allowance = Monthly allowance
col-when = When
parent-title = For parents, in short
parent-intro = With the situation above, two years of service bring roughly:
parent-outro = Your county's armed forces department and the school's aid office have the final figures; check anything marked "varies by place" or "estimate" with them. Applying, the medical and enlisting are free of charge.
noncash-title = Benefits after service
noncash-applies = Fits your situation
noncash-others = For other situations
process-toc = On this page
process-today = Today is { $date }.
deadline-title = Next deadline
deadline-for = { $round } — { $event }
deadline-days-left = { $days ->
    [0] Closes today
    [one] { $days } day left
   *[other] { $days } days left
}
deadline-none = The data holds no later deadline. The tool will be updated when the next recruitment notice is published; until then, see 全国征兵网 and your local recruitment notice.
deadline-for-sex = Shown for your answer: { $sex }.
deadline-any-sex = No sex given: the earliest deadline for men or women is shown.
deadline-conflict = Published sources give different deadlines; the countdown uses the earlier one.
deadline-expected = This date is expected from earlier years’ pattern; the national notice is not yet published.
registration-note = Military-service registration must be done by 31 October at the latest; your county may set an earlier date, so check its registration notice.
ics-button = Add to my calendar (.ics)
ics-hint = Downloads a calendar file with the application openings and deadlines, the registration deadline and the approval dates from today on, with a reminder 3 days before each. The file is made on your device; no server is involved.
deadline-register = Register and apply on 全国征兵网
ics-done = Calendar file enlistment-dates.ics made, with { $n ->
    [one] { $n } date
   *[other] { $n } dates
}. Open it on your phone or computer to add them to your calendar.
ics-name = Enlistment dates
ics-uncertain = Date not final: check your local recruitment notice.
calendar-title = Round calendar
calendar-note = Dates marked “expected” follow earlier years’ pattern; dates marked “sources differ” were published differently by different sources. Your local recruitment notice is final; some places close earlier.
col-round = Round
col-men = Men apply
col-women = Women apply
col-conscription = Conscription
col-approval = Approval
calendar-current = Current round
calendar-older = Earlier rounds
calendar-provisional = Provisional: no national notice yet
steps-title = The steps
steps-intro = From registration to enlistment: what happens at each step, who does it, what to bring, and the article it rests on.
step-here = By today’s date, you are about here
step-who = Who
step-bring = Bring
step-women = Women
docs-title = Documents checklist
docs-intro = Prepare them step by step and bring originals; all forms are printed from 全国征兵网. Requirements vary by place: your local notice is final.
docs-printable = Open the printable checklist
docs-print = Print the checklist
docs-back = Back to the process
docs-needed-at = Needed at
docs-women-only = Women only
docs-students-only = University students and graduates
channels-title = Official channels
channels-open = Open 全国征兵网
fraud-title = Avoiding fraud
source-kind-law = Laws
source-kind-regulation = Regulations
source-kind-notice = Government and recruitment-office notices
source-kind-website = Official websites
source-kind-statistics = Statistical communiqués
source-kind-media = News media
source-kind-school = University notices
source-kind-aggregator = Aggregators and reprints (grade C, for reference only)
sources-undated = no date given


## Dates and punctuation

date-full = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
date-day-month = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
punct-list-sep = {", "}
punct-clause-sep = {", "}
punct-colon = {": "}
punct-aside = {" "}({ $text })

## The sentence under each criterion: explain-<criterion>-<reason>. Placeholders are the quantities of the
## engine's report (names: Quantity in crates/rules/src/report.rs), plus the round's $year.

explain-no_rule = No rule was found for this round.
explain-age-within_window = You are { $age_in_year } in { $year }, within { $age_min }–{ $age_cap } (born between { $born_from } and { $born_until }).{ $years_to_spare ->
    [0] {" "}You are exactly at the upper limit.
   *[other] {""}
}
explain-age-too_young = You are only { $age_in_year } in { $year }; the minimum is { $age_min }.
explain-age-voluntary_17 = You are { $age_in_year } in { $year }. The Military Service Law allows { $age_in_year }-year-olds who volunteer, but recent national notices only mention { $age_min } and over: ask your local conscription office.
explain-age-over_cap = You are { $age_in_year } in { $year }: { $years_over_cap ->
    [one] { $years_over_cap } year
   *[other] { $years_over_cap } years
} over the limit of { $age_cap } for your group (born on or after { $born_from }).
explain-age-cap_depends_on_education = { $caps ->
    [none] You are { $age_in_year } in { $year }. Whether that is within the limit depends on your sex and education: please give them.
   *[other] You are { $age_in_year } in { $year }. Whether that is within the limit depends on your education: { $caps }. Please give your education.
}
age-cap-high_school = { $age } for high-school graduates
age-cap-college_graduate = { $age } for college graduates
age-cap-postgraduate = { $age } for postgraduates
explain-age-not_answered = Give your date or year of birth. Age is counted by calendar year: the age you reach by the end of the year.
explain-education-listed = Your education and study status are among the groups this round's notice recruits.
explain-education-junior_high_route = Men with junior-high education can apply, with a lower age limit (see "Age").
explain-education-counts_as_junior_high = { $graduate_age_cap ->
    [none] Still at high school (not the final year) counts as junior-high education: you can apply, with a lower age limit (see "Age").
   *[other] In the first or second year of high school (高一/高二) you count as junior-high educated: you can apply now, up to the age of { $age_cap }, but enlisting means leaving school (keeping a study place, 保留学籍, is for university students). Once you graduate from high school you apply as a graduate, up to the age of { $graduate_age_cap }, in any later round.
}
explain-education-graduating_in_h1 = { $graduate_age_cap ->
    [none] You finish school this year, so you are not yet a graduate at the first-half round. First-half rounds mainly take earlier graduates; this year's graduates usually apply in the second half. Your conscription office can confirm.
   *[other] You finish high school in { $year }, so you are not yet a graduate at the first-half round. First-half rounds mainly take earlier graduates; graduates of the year usually apply in the second half. Your conscription office can confirm. This is why the final year (高三) reads weaker here than the first and second years, who can apply now on the junior-high route (up to the age of { $age_cap }, leaving school). Once you graduate from high school you apply as a graduate, up to the age of { $graduate_age_cap }, in any later round.
}
explain-education-h1_college_only = In the first-half round you have not finished high school yet; local notices take this year's women high-school graduates in the second half, and the national text lists them for the year.
explain-education-not_listed = This round's notice does not list your group.
explain-education-wording_unclear = This round's national notice no longer says "this year's" (应届) for women graduates, so whether earlier graduates may apply is unclear: ask your local conscription office.
explain-education-prior_year_h1 = First-half rounds take women who graduated (full-time 本科 or 专科) last year, with a raised age limit (see "Age").
explain-education-admitted_unclear = Admitted but not yet started: in a first-half round it is unclear whether you count; ask your local office. In the second half you count as this year's graduate.
explain-education-below_minimum = Applying needs at least a junior-high certificate.
explain-education-no_female_route = Women are recruited from this year's high-school graduates and from full-time university students and graduates; junior-high and vocational-secondary (中专/职高/技校) education have no route at present.
explain-education-needs_graduation_year = Give the year you graduated: the rules differ for this year's, last year's and earlier graduates.
explain-education-not_answered = Give your sex, education and study status.
explain-height-at_least_min = { $exactly ->
    [1] { $height_cm } cm: exactly the { $height_min_cm } cm minimum. The medical measures you again, and its figure decides.
   *[other] { $height_cm } cm: { $above_min_cm } cm above the { $height_min_cm } cm minimum.
}
explain-height-below_min = { $height_cm } cm: { $short_cm } cm short of the { $height_min_cm } cm minimum.
explain-height-not_answered = { $height_cm ->
    [none] Give your height in centimetres.
   *[other] Give your sex: the minimum differs for men and women.
}
explain-bmi-in_range = BMI { $bmi }. At { $height_cm } cm a BMI from { $bmi_min } to under { $bmi_below } means { $weight_min_kg }–{ $weight_max_kg } kg{ $weight_no_test_max_kg ->
    [none] {""}
   *[other] ; up to { $weight_no_test_max_kg } kg no extra blood test is needed
}.
explain-bmi-below_min = BMI { $bmi }, under { $bmi_min }. At { $height_cm } cm a BMI from { $bmi_min } to under { $bmi_below } means { $weight_min_kg }–{ $weight_max_kg } kg: { $gain_kg } kg more.
explain-bmi-above_max = BMI { $bmi }, not under { $bmi_below }. At { $height_cm } cm a BMI from { $bmi_min } to under { $bmi_below } means { $weight_min_kg }–{ $weight_max_kg } kg: lose { $lose_kg } kg.
explain-bmi-hba1c_test = BMI { $bmi }, between { $bmi_hba1c_from } and { $bmi_below }: the medical adds an HbA1c blood test, judged by the medical standard. At { $height_cm } cm you avoid the test at { $weight_no_test_max_kg } kg or less ({ $lose_kg } kg to lose); the limit is { $weight_max_kg } kg.
explain-bmi-not_answered = { $bmi ->
    [none] Give your height and weight to work out your BMI (weight in kg divided by the square of height in metres).
   *[other] BMI { $bmi }. Give your sex: the limits differ for men and women.
}
explain-vision-both_eyes_good = Left { $vision_left }, right { $vision_right }{ $vision_min ->
    [none] : each eye reaches { $vision_check_below }.
   *[other] . After laser surgery each eye needs { $vision_min } without glasses: you have it.
}
explain-vision-corrected_test = Your weaker eye is { $vision_worse }, under { $vision_check_below }. Each eye needs { $vision_check_below }, or a corrected-vision test: with glasses each eye must reach { $corrected_vision_min } and the correction must not exceed { $correction_max_degrees } 度 (−{ $correction_max_dioptres } D). What to do: before applying, get a refraction test (验光) at a hospital eye clinic; it tells you whether your correction is within { $correction_max_degrees } 度 and whether each eye reaches { $corrected_vision_min } with glasses.
explain-vision-eye_below_min = Your weaker eye is { $vision_worse }, under { $vision_fail_below } ({ $vision_short } short): not eligible.
explain-vision-below_after_surgery = After laser surgery each eye needs { $vision_min } without glasses; your weaker eye is { $vision_worse } ({ $vision_short } short).
explain-vision-not_answered = Give the eyesight of each eye without glasses.
explain-refractive_surgery-no_surgery = No refractive surgery.
explain-refractive_surgery-healed = Excimer-laser surgery { $surgery_months } months ago: the { $surgery_min_months } months are reached (no complications and a normal fundus are also required). After surgery special posts are closed.
explain-refractive_surgery-healed_by_exam = Surgery { $surgery_months } months ago; by this round's medical it will be about { $surgery_months_at_exam } months, which reaches the { $surgery_min_months } needed.
explain-refractive_surgery-too_recent = By this round's medical your surgery will be about { $surgery_months_at_exam } months old, under the { $surgery_min_months } needed ({ $months_to_wait ->
    [one] { $months_to_wait } month
   *[other] { $months_to_wait } months
} to go).
explain-refractive_surgery-other_procedure = Only excimer-laser surgery is accepted; phakic lenses (ICL) and other procedures are not.
explain-refractive_surgery-not_answered = Optional. If you had excimer-laser surgery, give how many months ago.
explain-tattoo-no_tattoo = No tattoos.
explain-tattoo-within_limits = Within the limits: at most { $tattoo_exposed_max_cm } cm on skin the training uniform leaves bare, { $tattoo_elsewhere_max_cm } cm elsewhere.
explain-tattoo-face_or_neck = Any tattoo on the face or neck is not accepted.
explain-tattoo-exposed_too_large = A tattoo on skin the training uniform leaves bare is over { $tattoo_exposed_max_cm } cm ({ $over_cm } cm over).
explain-tattoo-elsewhere_too_large = A tattoo elsewhere is over { $tattoo_elsewhere_max_cm } cm ({ $over_cm } cm over).
explain-tattoo-cosmetic = Tattooed eyebrows, eyeliner or lips (men), or tattooed lips (women), are not accepted.
explain-tattoo-details_missing = Say where and how large: face or neck, over { $tattoo_exposed_max_cm } cm on bare skin, or over { $tattoo_elsewhere_max_cm } cm elsewhere are not accepted.
explain-tattoo-not_answered = Optional.
explain-colour_vision-normal = Normal colour vision.
explain-colour_vision-land_posts_only = Colour-weak but able to name red, green, yellow, blue and purple: accepted for land (陆勤) posts only.
explain-colour_vision-colour_deficient = Colour weakness or colour blindness is not accepted.
explain-colour_vision-not_answered = Optional.
explain-blood_pressure-normal = { $systolic_mmhg ->
    [none] –
   *[other] { $systolic_mmhg }
}/{ $diastolic_mmhg ->
    [none] –
   *[other] { $diastolic_mmhg }
} mmHg. The standard: systolic { $systolic_min } to under { $systolic_below }, diastolic { $diastolic_min } to under { $diastolic_below }.
explain-blood_pressure-out_of_range = { $systolic_mmhg ->
    [none] –
   *[other] { $systolic_mmhg }
}/{ $diastolic_mmhg ->
    [none] –
   *[other] { $diastolic_mmhg }
} mmHg. The standard: systolic { $systolic_min } to under { $systolic_below }, diastolic { $diastolic_min } to under { $diastolic_below }. The medical measures it again: measure again after resting.
explain-blood_pressure-not_answered = Optional.
explain-heart_rate-normal = { $heart_rate_bpm } beats per minute, within { $heart_rate_min }–{ $heart_rate_max }.
explain-heart_rate-physiological_review = { $heart_rate_bpm } beats per minute: { $heart_rate_review_min }–{ $heart_rate_review_low_max } or { $heart_rate_review_high_min }–{ $heart_rate_review_max } pass if the examiner finds it physiological (not for special posts).
explain-heart_rate-out_of_range = { $heart_rate_bpm } beats per minute, outside { $heart_rate_review_min }–{ $heart_rate_review_max }.
explain-heart_rate-not_answered = Optional.
explain-hearing-normal = A whisper heard at { $whisper_left_m } m (left ear) and { $whisper_right_m } m (right ear): at least { $whisper_min_m } m needed.
explain-hearing-whisper_too_short = A whisper heard only at { $whisper_left_m } m (left ear) and { $whisper_right_m } m (right ear): both below { $whisper_min_m } m. The sources of this line are not settled, so the medical decides.
explain-hearing-one_ear_below = One ear hears a whisper at less than { $whisper_min_m } m (left { $whisper_left_m } m, right { $whisper_right_m } m). One reading of the standard fails one ear below the line, another only both ears; the sources do not settle it, so the medical decides.
explain-hearing-not_answered = Optional.
explain-flat_feet-normal = No flat feet.
explain-flat_feet-arch_present = Flat feet with some arch left are accepted.
explain-flat_feet-no_arch = Flat feet with no arch at all are not accepted.
explain-flat_feet-not_answered = Optional.
explain-political-all_no = You answered no to all { $answered } questions.
explain-political-some_yes = You answered yes to { $yes ->
    [one] { $yes } question
   *[other] { $yes } questions
}. That is not a "no": public security carries out the review and will look at the facts. Tell your conscription office truthfully.
explain-political-partly_answered = You answered { $answered } of { $questions } questions, none with yes.
explain-political-not_answered = Optional.
explain-post_sex-not_listed_for_sex = The sources list no height range for your sex for this post; none of them bars it to you. Ask your conscription office.
explain-post_sex-not_answered = Give your sex first.
explain-post_height-within_post_range = { $height_cm } cm, within { $height_max_cm ->
    [none] at least { $height_min_cm } cm
   *[other] { $height_min_cm }–{ $height_max_cm } cm
}.
explain-post_height-outside_post_range = { $height_cm } cm; the post needs { $height_max_cm ->
    [none] at least { $height_min_cm } cm
   *[other] { $height_min_cm }–{ $height_max_cm } cm
}{ $short_cm ->
    [none] {" "}({ $over_cm } cm over).
   *[other] {" "}({ $short_cm } cm short).
}
explain-post_height-excellent_physique = { $height_cm } cm; the post needs { $height_max_cm ->
    [none] at least { $height_min_cm } cm
   *[other] { $height_min_cm }–{ $height_max_cm } cm
}, relaxed somewhat for an excellent physique, decided at the medical.
explain-post_height-not_answered = The post needs { $height_max_cm ->
    [none] at least { $height_min_cm } cm
   *[other] { $height_min_cm }–{ $height_max_cm } cm
}.
explain-post_bmi-in_range = BMI { $bmi }, under the { $bmi_below } for men in special posts (at most { $weight_max_kg } kg).
explain-post_bmi-above_max = Men in special posts need a BMI under { $bmi_below }: at most { $weight_max_kg } kg at your height (lose { $lose_kg } kg).
explain-post_bmi-below_min = BMI { $bmi }, under { $bmi_min }.
explain-post_bmi-not_answered = Men in special posts need a BMI under { $bmi_below }.
explain-post_vision-within_post_range = Your weaker eye is { $vision_worse }, reaching the { $vision_min } of an older published standard.
explain-post_vision-older_value_below = Your weaker eye is { $vision_worse }, under the { $vision_min } of an older published standard. The current text only says "according to the relevant standards" and the number could not be verified: ask at the medical.
explain-post_vision-not_answered = An older standard asked for { $vision_min } in each eye without glasses (not verified as current).
explain-post_surgery-no_surgery = No refractive surgery.
explain-post_surgery-surgery_excluded = Refractive surgery rules out special posts.
explain-post_surgery-not_answered = Refractive surgery rules out special posts.

## The sentence under each benefits line: benefit-<line>-<reason>. Placeholders are the engine's inputs (*_yuan are
## amounts), the place's name $place and its adjustments $adjustments (benefit-adjust-*).

money-at-least = at least { $amount }
money-range = { $from }–{ $to }
money-unknown = varies by place
benefit-adjust-same = {" "}In your case { $multiplier_pct_min }% of { $base_yuan ->
    [none] it
   *[other] { $base_yuan } (the county's previous-year amount)
}.
benefit-adjust-range = {" "}In your case { $multiplier_pct_min }% to { $multiplier_pct_max }% of { $base_yuan ->
    [none] it
   *[other] { $base_yuan } (the county's previous-year amount)
} (the document can be read both ways).
benefit-adjust-add = {" "}Plus { $add_yuan } a year.
benefit-tuition_compensation-computed = Each year the higher of tuition paid and the student loan, { $per_year_yuan } (the cap is { $cap_yuan } for an enlistment notice dated { $enlistment_date }), for { $years ->
    [one] { $years } year
   *[other] { $years } years
}. Paid once after enlistment; a loan is repaid first.{ $programme_years ->
    [none] {""}
    [one] {" "}It covers one programme at most ({ $programme_years } year).
   *[other] {" "}It covers one programme at most ({ $programme_years } years).
}
benefit-tuition_compensation-up_to_cap = Up to { $cap_yuan } a year for { $years ->
    [one] { $years } year
   *[other] { $years } years
}. Give your yearly tuition and loan for the exact amount.
benefit-tuition_compensation-needs_years = Give the years of study to work it out.
benefit-tuition_waiver-needs_years = Give the years of study to work it out.
benefit-veteran_student_grant-needs_years = Give the years of study to work it out.
benefit-tuition_compensation-not_college = Only for students, freshmen and graduates of junior college, bachelor's and postgraduate programmes.
benefit-tuition_waiver-not_college = Only for students, freshmen and graduates of junior college, bachelor's and postgraduate programmes.
benefit-tuition_compensation-not_covered = Directed and commissioned (定向/委培) students, national-defence students and students already exempt from fees are not covered.
benefit-tuition_waiver-not_covered = Directed and commissioned (定向/委培) students, national-defence students and students already exempt from fees are not covered.
benefit-tuition_waiver-computed = After service, the fees of the remaining { $years_remaining ->
    [one] { $years_remaining } year
   *[other] { $years_remaining } years
} are waived: { $per_year_yuan } a year (cap { $cap_yuan }).
benefit-tuition_waiver-up_to_cap = After service, up to { $cap_yuan } a year is waived for the remaining { $years_remaining ->
    [one] { $years_remaining } year
   *[other] { $years_remaining } years
}.
benefit-tuition_waiver-not_returning = Only for students who were studying or admitted before enlisting and go back after service.
benefit-veteran_student_grant-not_returning = Only for students who were studying or admitted before enlisting and go back after service.
benefit-veteran_student_grant-computed = Full-time study after service brings a state grant of { $per_year_yuan } a year, for { $years_remaining ->
    [one] { $years_remaining } year
   *[other] { $years_remaining } years
}.
benefit-family_payment-official_formula = The standard of { $place }: { $share_pct }% of the local figure for { $statistic_year } ({ $statistic_yuan }), { $per_year_yuan } a year ({ $standard_year } standard).{ $adjustments } For { $years_served ->
    [one] { $years_served } year
   *[other] { $years_served } years
}, paid every half year served.
benefit-family_payment-official_figure = The { $standard_year } standard of { $place }: { $per_year_yuan } a year.{ $adjustments } For { $years_served ->
    [one] { $years_served } year
   *[other] { $years_served } years
}, paid every half year served.
benefit-family_payment-official_floor = The { $standard_year } rule of { $place }: at least { $per_year_yuan } a year; your county's figure decides. For { $years_served ->
    [one] { $years_served } year
   *[other] { $years_served } years
}.
benefit-family_payment-official_approx = The { $standard_year } standard of { $place }: about { $per_year_yuan } a year (the source gives only a round figure).{ $adjustments } For { $years_served ->
    [one] { $years_served } year
   *[other] { $years_served } years
}.
benefit-family_payment-last_published_figure = An estimate: the last published figure of { $place }, for { $standard_year } enlistees, is { $per_year_yuan } a year{ $share_pct ->
    [none] {""}
   *[other] {" "}({ $share_pct }% of the local figure for { $statistic_year }, { $statistic_yuan })
}. The standard is set again every year, and the current one is not in the data.{ $adjustments } For { $years_served ->
    [one] { $years_served } year
   *[other] { $years_served } years
}, paid every half year served.
benefit-family_payment-rule_without_amount = { $comparables ->
    [none] { $place } sets the payment by a rule but publishes no amount: ask the armed forces department (人武部) of your county.
   *[other] { $place } sets the payment by a rule but publishes no amount. This is the range of { $comparables } places with figures in your province ({ $comparable_min_yuan }–{ $comparable_max_yuan } a year), for reference only: ask the armed forces department (人武部) of your county.
}
benefit-family_payment-comparable_range = There is no figure for your place in the data. Recent standards of { $comparables } places in your province range from { $comparable_min_yuan } to { $comparable_max_yuan } a year: an estimate, not your place's standard. Ask the armed forces department (人武部) of your county. For { $years_served ->
    [one] { $years_served } year
   *[other] { $years_served } years
}.
benefit-enlistment_reward-official_figure = { $place }'s { $standard_year } rule.{ $range ->
    [1] {" "}Whether the Tibet or Xinjiang sum replaces or adds to the student sum is unclear, hence a range.
   *[0] {""}
}
benefit-discharge_grant-official_figure = { $place }'s { $standard_year } rule.
benefit-discharge_grant-needs_graduation_year = { $place }'s { $standard_year } rule adds a sum for this year's graduates only: give your graduation year.
benefit-enlistment_reward-official_floor = The minimum in { $place }'s { $standard_year } rule; counties may pay more.
benefit-enlistment_reward-not_in_groups = { $place }'s document rewards university students and graduates only.
benefit-enlistment_reward-varies_by_place = Enlistment rewards are set locally and vary widely; there is no figure for your place: ask your armed forces department.
benefit-discharge_grant-rule_without_amount = { $place } pays a one-off grant by a rule but publishes no amount.
benefit-discharge_grant-varies_by_place = Local one-off grants at discharge are set by each province; there is no figure for your place.
benefit-allowance-unverified_range = Conscripts get board and a monthly allowance, not a salary. Only unofficial figures are published: from this much over two years (not verified); more in hardship areas.
benefit-discharge_payment-unverified_rate = The national one-time discharge payment at { $rate_yuan } per year served, for { $years_served ->
    [one] { $years_served } year
   *[other] { $years_served } years
} (a figure reported in the media; the current rate is not verified){ $bonus_pct ->
    [none] {""}
   *[other] , plus { $bonus_pct }% for your honour
}.

## The engine's keys: verdict-*, status-*, criterion-* (criteria), note-* and so on; the names come from the engine (crates/rules).

verdict-likely_eligible = Likely eligible
verdict-needs_check = Needs an on-site check
verdict-not_eligible = Not eligible for now

verdict-summary-likely_eligible = From your answers you meet every basic condition. The medical, the political review and the conscription office decide.
verdict-summary-needs_check = Some items are settled only at the medical or the review, or are not answered yet. This is common and does not mean you cannot enlist.
verdict-summary-not_eligible = At least one condition of this round is not met. Below is which one and by how much; things can change, and your local conscription office can advise.

status-pass = Met
status-fail = Not met
status-needs_check = Check on site
status-unknown = Not answered

criterion-age = Age
criterion-education = Education
criterion-height = Height
criterion-bmi = Weight (BMI)
criterion-vision = Eyesight
criterion-refractive_surgery = Refractive surgery
criterion-tattoo = Tattoos
criterion-colour_vision = Colour vision
criterion-blood_pressure = Blood pressure
criterion-heart_rate = Heart rate
criterion-hearing = Hearing
criterion-flat_feet = Flat feet
criterion-political = Political review (self-declaration)
criterion-post_sex = Sex
criterion-post_height = Height
criterion-post_bmi = Weight (BMI)
criterion-post_vision = Eyesight
criterion-post_surgery = Refractive surgery

sex-male = Male
sex-female = Female

education-junior_high = Junior high school (初中)
education-high_school = General high school (普通高中)
education-vocational_secondary = Vocational secondary school (中专, 职高, 技校)
education-junior_college = Junior college (大专 / 高职)
education-bachelor = Bachelor's degree (本科)
education-postgraduate = Postgraduate (研究生)

edu-status-graduated = Graduated
edu-status-graduating = Graduating this year (final-year class)
edu-status-enrolled = Studying, not in the final year
edu-status-admitted = Admitted, not yet started

surgery-none = No
surgery-excimer = Yes, excimer-laser surgery (LASIK, SMILE, PRK and similar)
surgery-other = Yes, another procedure (such as an ICL lens implant)

cosmetic-eyebrows = Tattooed eyebrows
cosmetic-eyeliner = Tattooed eyeliner
cosmetic-lips = Tattooed lips

colour-normal = Normal
colour-weak_names_colours = Colour-weak, but I can name red, green, yellow, blue and purple
colour-deficient = Colour-weak or colour-blind; I cannot name all of these

flat-feet-none = No
flat-feet-arch_present = Yes, with some arch left
flat-feet-no_arch = Yes, with no arch at all

priority-martyr_family = Child or sibling of a martyr, or of a soldier who died on duty or of illness
priority-soldier_child = Child of a serving soldier
priority-stem_student = University student in science or engineering
priority-bilingual = Bilingual in a minority language and Mandarin
priority-skills = Skills the forces need
priority-disaster_relief = Outstanding work in disaster relief

post-tank_crew = Tank crew
post-naval = Surface ships and submarines
post-diver = Divers
post-airborne = Airborne troops
post-air_stewardess = Air Force VIP flight attendants (women)
post-special_forces = Special operations and guard units
post-hk_macao = Hong Kong and Macao garrisons
post-honour_guard = Beijing Garrison honour guard

note-priority_families = Children and siblings of martyrs and of soldiers who died on duty or of illness, and children of serving soldiers, are approved first.
note-priority_students = University students in science and engineering and people with skills the forces need are approved first.
note-priority_bilingual = Bilingual young people and descendants of veterans from old revolutionary areas are sought out.
note-priority_disaster_relief = Young people who did outstanding work in disaster relief are approved first.
note-registration = Men must do their first military-service registration (兵役登记) in the year they turn 18, and before applying. It is done on the National Conscription Website; from 2026 by 31 October at the latest, earlier in some counties.
note-where_to_enlist = University students and this year's graduates may enlist where their household was registered before university, or where the university is; freshmen enlist at their pre-university registration.
note-keep_study_place = Students and freshmen who enlist keep their place; they can resume or start within 2 years after discharge and may ask to change major.
note-women_ranking = After applications close, women applicants are ranked by their relative gaokao (college entrance exam) score to choose who goes forward, so a gaokao score is needed.
note-junior_high_cap = Men with junior-high education must be 20 or younger.
note-wording_2026 = The 2026 national notice no longer says "this year's" (应届) for women graduates while local notices still do: ask your conscription office whether earlier graduates can apply.
note-glucose = The medical also tests fasting blood glucose (under 7.0 mmol/L) and many other things a self-check cannot.
note-prescreen_items = Pre-screening (初审初检) looks first at household registration, age, education, height, weight and eyesight.
note-final_decision = The county conscription office decides collectively, on the results of the medical and the political review.
note-provisional = No national notice has been published for this round: the latest known rules are used and the result is provisional.
note-residence_permit = If you live in another province than your household registration and have held a residence permit (居住证) there for { $residence_permit_years ->
    [one] { $residence_permit_years } year
   *[other] { $residence_permit_years } years
} or more, you may enlist where you live.
note-registration_makeup = If you never did the military-service registration (兵役登记): men up to the age of { $makeup_max_age } (by the end of the year) must make it up (补登). Do it yourself on the National Conscription Website under “兵役登记(男兵)”, choosing “仅兵役登记” (register only) or “继续进行本年度参军报名” (also apply this year), or at the armed forces office of the township or street (乡镇/街道武装部) where your household is registered. You must be registered before you can apply.
note-registration_check = Men already registered confirm their registration details on the National Conscription Website every year (核验), correcting what has changed.
note-deferral = An applicant who is the family's only breadwinner may have the call-up deferred (缓征).
note-exemption = People with a serious physical defect or disability that makes them unfit are exempt; people deprived of political rights by law may not serve.

confidence-verified = verified
confidence-derived = worked out from verified rules
confidence-unverified = not verified
confidence-conflict = sources disagree

line-tuition_compensation = Tuition compensation or student-loan repayment
line-tuition_waiver = Fees waived after returning to study
line-family_payment = Family preferential payment (优待金)
line-enlistment_reward = One-off enlistment reward
line-allowance = Conscript allowance (two years)
line-discharge_payment = National discharge payment (退役金)
line-discharge_grant = Local one-off discharge grant
line-veteran_student_grant = State grant for veteran students

basis-official = official figure for the place
basis-national = national rule
basis-estimate = estimate
basis-reprint = copied online, not verified

posting-ordinary = Ordinary posting
posting-plateau = High plateau
posting-tibet = Tibet
posting-xinjiang = Xinjiang

honour-none = None
honour-third_class_merit = Third-class merit (or fourth-class battle merit)
honour-second_class_merit = Second-class merit (or third-class battle merit)
honour-first_class_merit = First-class merit, second-class battle merit or second-level commendation
honour-first_level_commendation = First-class battle merit or first-level commendation
honour-honour_title = Medal or honour title

scheme-normal = Ordinary
scheme-directed_or_commissioned = Directed, commissioned or national-defence student
scheme-fee_exempt = Already exempt from fees




## Input errors: field names, ranges ($min, $max from the engine's input limits) and messages.

field-input = This answer
field-round = This answer
field-as_of = This answer
field-sex = This answer
field-birth_date = Date of birth
field-birth_year = Date of birth
field-region = This answer
field-education = This answer
field-education_status = This answer
field-graduation_year = Year of graduation
field-height_cm = Height
field-weight_kg = Weight
field-vision_left = Left eye
field-vision_right = Right eye
field-vision_left_decimal = Left eye
field-vision_right_decimal = Right eye
field-refractive_surgery = This answer
field-refractive_surgery_months = Months since surgery
field-tattoo = This answer
field-tattoo_face_neck = This answer
field-tattoo_exposed_cm = Tattoo size
field-tattoo_elsewhere_cm = Tattoo size
field-cosmetic_tattoo = This answer
field-colour_vision = This answer
field-systolic_mmhg = Systolic pressure
field-diastolic_mmhg = Diastolic pressure
field-heart_rate_bpm = Heart rate
field-whisper_left_m = Whisper distance, left ear
field-whisper_right_m = Whisper distance, right ear
field-flat_feet = This answer
field-political = This answer
field-special_posts = This answer
field-priority = This answer
field-place = This answer
field-tuition_yuan = Tuition
field-loan_yuan = Student loan
field-years_studied = Years
field-years_remaining = Years
field-programme_years = Years
field-posting = This answer
field-honour = This answer
field-tuition_scheme = This answer
field-range-height_cm = Enter a height between { $min } and { $max } cm.
field-range-weight_kg = Enter a weight between { $min } and { $max } kg.
field-range-vision_left = On the 5-point scale eyesight is between { $min } and { $max }, e.g. { $example }. If yours is written as a decimal, choose "Decimal".
field-range-vision_left_decimal = Decimal eyesight is between { $min } and { $max }, e.g. { $example }.
field-range-refractive_surgery_months = Enter a whole number of months between { $min } and { $max }.
field-range-tattoo_exposed_cm = Enter a size between { $min } and { $max } cm.
field-range-systolic_mmhg = Enter a systolic pressure between { $min } and { $max }.
field-range-diastolic_mmhg = Enter a diastolic pressure between { $min } and { $max }.
field-range-heart_rate_bpm = Enter a heart rate between { $min } and { $max }.
field-range-whisper_left_m = Enter a distance between { $min } and { $max } m.
field-range-whisper_right_m = Enter a distance between { $min } and { $max } m.
field-range-graduation_year = Enter a year between { $min } and { $max }.
field-range-birth_date = The year of birth cannot be before { $min }.
field-range-tuition_yuan = Enter a whole number of yuan between { $min } and { $max }.
field-range-years_studied = Enter a whole number of years between { $min } and { $max }.
field-range-vision_right = On the 5-point scale eyesight is between { $min } and { $max }, e.g. { $example }. If yours is written as a decimal, choose "Decimal".
field-range-vision_right_decimal = Decimal eyesight is between { $min } and { $max }, e.g. { $example }.
field-range-tattoo_elsewhere_cm = Enter a size between { $min } and { $max } cm.
field-range-birth_year = The year of birth cannot be before { $min }.
field-range-loan_yuan = Enter a whole number of yuan between { $min } and { $max }.
field-range-years_remaining = Enter a whole number of years between { $min } and { $max }.
field-range-programme_years = Enter a whole number of years between { $min } and { $max }.
field-error-required = { $name }: please check this answer.
field-error-invalid = { $name }: please check this answer.
field-error-not_a_number = { $name }: enter a number, for example { $example }.
field-error-out_of_range = { $name } is out of range.
field-error-not_a_date = Write the date of birth as { $example }, or just the year, e.g. { $example_year }.
field-error-future = The date of birth cannot be after today or after the round's year.
field-error-too_early = The year of graduation is too close to the year of birth; please check.
field-error-unsupported_round = { $name }: please check this answer.
field-error-conflict = { $name }: please check this answer.
field-error-unknown_field = { $name }: please check this answer.
field-error-malformed = { $name }: please check this answer.

step-registration-name = Military-service registration (兵役登记)
step-registration-what = Men who turn 18 this year log in to 全国征兵网, click “兵役登记(男兵)”, fill in their personal, study and family details themselves, and finally choose “register only” (仅兵役登记) or “also apply to enlist this year” (继续进行本年度参军报名). They then receive an electronic registration certificate. Men up to 24 who registered in earlier years log in each year to check and update their details.
step-registration-who = You, online. If you cannot get online, register in person at the township or street armed-forces department (武装部) or your school’s registration station; if illness prevents you, a relative may register for you.
step-registration-women = {""}
step-apply-name = Online application (网上报名)
step-apply-what = Apply within the application window and choose where to enlist: normally where your household is registered (户籍); full-time students and new graduates may choose the school’s place or their household place before university. You need your ID number, your own mobile phone (for SMS codes) and a recent 1-inch ID photo file. Men must complete registration first.
step-apply-who = You, on 全国征兵网; print the application form and hand it to the township armed-forces department or your school.
step-apply-women = Women do not do military-service registration: they apply directly under “应征报名(女兵)” within the women’s window and must have a 高考 (college entrance exam) score. After the deadline the system ranks applicants by their relative 高考 score and picks a first round, whose names are posted; those picked print the 《应征女青年网上报名审核表》. The ranking method comes from older sources; whether it is the same in 2026 is not confirmed.
step-prescreen-name = Pre-screening (初审初检)
step-prescreen-what = Police, health and education departments make a first check of your political record, health and education. When notified, you go on your own to any designated medical institution in the country for a preliminary medical; results count everywhere. Those who pass become provisional picks (预定征集对象) and are told so.
step-prescreen-who = The county conscription office organises it; you attend when notified.
step-prescreen-women = For women, pre-screening is usually organised by the prefecture-level conscription office; those who pass are sent to the medical and the list is posted.
step-medical-name = Medical examination (体格检查)
step-medical-what = At the county conscription medical station. Before the exam, staff check your identity, household registration, education, skills and medical history on the spot. The medical is free. Fast before blood tests; avoid painkillers, cough and cold medicines; wear no metal.
step-medical-who = The county conscription office with the health department; army receiving officers take part for some posts.
step-medical-women = Women also take an all-round assessment (certificates checked, questions on the spot, a fitness test) and are then selected in order of the assessment score (older sources; for reference only).
step-political-name = Political review (政治考核)
step-political-what = Reviews your political attitude, conduct and family members and ends in a written conclusion. For posts with high political requirements a home and community visit is required, joined and signed by an army receiving officer. You normally bring nothing.
step-political-who = Organised by the county conscription office, carried out by the police.
step-political-women = {""}
step-pre_service_education-name = Pre-service education (役前教育)
step-pre_service_education-what = Only for those who passed both the medical and the political review. Its length, content and form are set by the province; counties usually run 5 to 7 days of closed training, and some candidates may be dropped.
step-pre_service_education-who = The county conscription office.
step-pre_service_education-women = {""}
step-selection-name = Selection of recruits (审定新兵)
step-selection-what = The county conscription office decides at a collective meeting, grades the candidates, picks the best and allocates them to units. Priority groups (such as university students) come first.
step-selection-who = A collective decision of the county conscription office; never one person’s.
step-selection-women = {""}
step-public_notice-name = Public notice (公示)
step-public_notice-what = The list of those to be approved is posted for at least 5 working days. Reported problems are investigated; anyone found ineligible or involved in a breach of the clean-recruitment rules loses their place to the next candidate.
step-public_notice-who = The county conscription office posts it; anyone may report a problem.
step-public_notice-women = {""}
step-approval-name = Approval (批准入伍)
step-approval-what = After the notice period you receive the approval certificate and the enlistment notice; the household-registration office is notified and your file opened. Service benefits and your family’s preferential treatment start on the approval date: 1 March in the first half, 1 September in the second. University students then apply for tuition compensation or loan repayment.
step-approval-who = The county conscription office.
step-approval-women = {""}
step-handover-name = Handover and travel (交接运输)
step-handover-what = The recruitment office delivers you, you report on your own, or the unit collects you. If you report on your own, the office tells you in writing where, by when and the safety rules. Uniforms are issued before departure; fares, meals and lodging on the way are reimbursed. On arrival there is a quarantine and re-check: anyone unfit or politically ineligible is sent back within 45 days; anyone who hid an illness or a crime, or got in by bribery or false papers, is sent back at any time and the benefits are recovered.
step-handover-who = The recruitment office and the army unit.
step-handover-women = {""}
doc-id_card-name = Resident ID card (居民身份证)
doc-id_card-when = The original, at pre-screening and the medical.
doc-household_register-name = Household register (户口簿)
doc-household_register-when = At pre-screening and the medical; current university students usually need not bring it to pre-screening.
doc-diploma-name = Proof of education
doc-diploma-when = Your diploma (毕业证书); current students bring their student card (学生证).
doc-photo-name = Recent 1-inch ID photo
doc-photo-when = A file for the online application; where the county still asks for an on-site confirmation, bring a paper copy too (some places ask for a red background).
doc-forms-name = Application forms
doc-forms-when = Print the 《公民兵役登记/征兵报名表》 from 全国征兵网 and hand it to the recruitment office or township armed-forces department to be confirmed; students and graduates also print the 《大学生预征对象登记表》 (a CV from primary school on, with a referee for each stage).
doc-aid_form-name = Student-aid application form
doc-aid_form-when = University students, graduates and new entrants print the 《应征入伍服兵役高等学校学生国家教育资助申请表Ⅰ》: double-sided, two copies, photo attached, signed by you, stamped by the county conscription office where you were approved and by your school. Add copies of the enlistment notice and your ID card, plus your diploma (graduates) or a 学信网 online enrolment verification report (current students).
doc-women_form-name = Women’s online application review form (《应征女青年网上报名审核表》)
doc-women_form-when = Women picked in the first round print it from 全国征兵网 and bring it to pre-screening.
channel-gfbzb-name = 全国征兵网: the only official online platform
channel-gfbzb-use = Registration, applications and printing forms are all done on 全国征兵网 (www.gfbzb.gov.cn), open all year. The site was upgraded in 2026 and is still called 全国征兵网. Websites or people offering to “apply for you” or through an “internal channel” are not official.
channel-account-name = Your account
channel-account-use = Register with your own mobile number and ID number; the ID number cannot be changed later. An older user guide says the account is shared with 学信网 (CHSI); whether that is still so after the 2026 upgrade is not confirmed. If the site says your ID is already registered, recover the account, or ask the county or township recruitment office to reset the phone and password.
channel-local_office-name = County conscription office (人武部) and township armed-forces department
channel-local_office-use = Ask your county conscription office (at the people’s armed-forces department, 人武部) or the township or street armed-forces department; schools have registration stations. If you cannot get online, you can register, apply and print forms there. Take phone numbers from your local government website or this round’s recruitment notice.
channel-provincial-name = Provincial WeChat accounts
channel-provincial-use = Some provinces have official accounts, such as “甘肃征兵” and “云南征兵”, that lead into the same system. Before following one, check it is verified as belonging to the provincial conscription office or military district: impersonating accounts exist.
fraud-free-title = Enlisting costs nothing
fraud-free-1 = No step charges a fee: application, medical, political review, selection. A genuine official never asks for money under any name, never meets you or your family alone, and never accepts gifts or meals.
fraud-free-2 = A place bought with money is worthless: anyone who got in by bribery or false papers is sent back at any time and the benefits are recovered.
fraud-patterns-title = Common scams
fraud-patterns-1 = “Internal quotas” or “special places” that guarantee a pass or a posting to a good unit.
fraud-patterns-2 = “No success, no fee”, with a deposit paid first.
fraud-patterns-3 = Paid “interview classes”, “medical coaching” or “question banks”.
fraud-patterns-4 = Offers to “pull strings” and change a medical or political-review conclusion.
fraud-patterns-5 = Websites, seals, documents and agreements using the name of the “国防部征兵办公室” (Ministry of National Defense recruitment office).
fraud-phone-title = If a call or message asks for money
fraud-phone-1 = Do not transfer money or give out a verification code. If the caller claims to be from the 人武部, the recruitment office or a receiving officer and asks for money, call the police on 110 at once and tell the county conscription office.
fraud-phone-2 = Never call back a number the caller gives you; check with the number published on your local government website.
fraud-report-title = How to report
fraud-report-1 = Fraud: call 110.
fraud-report-2 = Misconduct in recruitment: call the clean-recruitment report line (廉洁征兵监督举报电话) printed in this round’s county recruitment notice, or contact the county conscription office directly. During the public notice anyone may report a problem with the list.
fraud-report-3 = No national conscription report line was found; numbers circulating online are unverified and are not listed here.
event-registration_opens = Applications open
event-registration_closes = Applications close
event-conscription_starts = Conscription starts
event-approval = Approval
event-conscription_ends = Conscription ends
event-military_registration_deadline = Last day for military-service registration

noncash-return_to_school-name = Your study place is kept
noncash-return_to_school-text = Students and freshmen keep their place; they can resume or start within 2 years after discharge and, with the school's agreement, change major.
noncash-kaoyan_bonus-name = Points on the postgraduate exam
noncash-kaoyan_bonus-text = Within 3 years after discharge, { $value } points are added to the preliminary score of the national master's entrance exam, with priority when scores are equal; not together with the special plan below.
noncash-special_masters-name = A special master's admission plan
noncash-special_masters-text = Universities keep places for veteran university students (the yearly number could not be verified).
noncash-zhuanshengben-name = No culture exam to go from junior college to a bachelor's
noncash-zhuanshengben-text = After finishing junior college (高职/专科) following service, the culture-subject exam of the 专升本 admission is waived (from the 2022 intake).
noncash-civil_service-name = Civil service, public institutions and state firms
noncash-civil_service-text = Age and education limits are relaxed and veterans come first when otherwise equal; service counts as grassroots work experience.
noncash-military_academy_age-name = Older limit for military academies
noncash-military_academy_age-text = Students who enlisted may apply to military academies { $value ->
    [one] { $value } year
   *[other] { $value } years
} older than others (details not verified).
noncash-skills_credit-name = Military training credits
noncash-skills_credit-text = Back at university, military skills training is waived and its credits granted.

## Rounds and articles

round-name = { $year }, { $half ->
    [1] first half (H1)
   *[2] second half (H2)
}{ $provisional ->
    [1] , provisional
   *[0] {""}
}
article-paragraph = art. { $article }({ $paragraph })
article-only = art. { $article }

## More punctuation and units

punct-semicolon = {"; "}
date-span = { $from } to { $to }
unit-yuan = yuan
punct-sentence-sep = {" "}

## The static page before the app loads (index.html, embed.html), the fallback when it cannot run, the
## install manifest (filled in by the xtask at build time)

meta-description = Enlistment Self-Check for China's military conscription: conditions, benefits and steps, worked out on your device.
boot-loading = Loading…
boot-failure-title = This tool cannot run in this browser.
boot-failure-body = The browser may be too old, lack WebAssembly or have JavaScript switched off, or a downloaded file was incomplete. Please reopen this page in an up-to-date browser. The key conditions follow.
boot-official = The only official registration site
update-ready = A new version is ready.
update-now = Update now
manifest-description = Conscription self-check, benefits and steps, computed on your device.
fallback-title = Key conditions: { $round }{ $provisional ->
    [1] {" "}(provisional: no national notice yet)
   *[0] {""}
}
fallback-age = Age: from { $min_age }, counted by calendar year; men who finished high school up to { $high_school }, university graduates up to { $college }, postgraduates up to { $postgraduate }.
fallback-height = Height: men { $male } cm or more, women { $female } cm or more.
fallback-bmi = Body-mass index (BMI): men { $male_min } to under { $male_below }, women { $female_min } to under { $female_below }.
fallback-vision = Vision: naked-eye vision below { $fail_below } in either eye is not accepted; below { $check_below } the corrected vision is checked.
fallback-note = These are the main points only; the medical, the political review and the county conscription office decide. Apply on { $site } (the national conscription website); ask your county conscription office with questions. Enlisting is free of charge. Sources: the Conscription Work Regulations and the physical examination standard for conscripts; data as of { $date }.
what-if-arrow = {" → "}

political-q-under_investigation = Are you now under investigation, prosecution or trial, or serving a sentence?
political-why-under_investigation = Military Service Law art. 24: no conscription in that case.
political-q-criminal_record = Have you ever had a criminal penalty or administrative detention?
political-why-criminal_record = One of the things the review looks at; public security checks it.
political-q-expelled = Have you been expelled from a school, a public post, the Party or the Youth League?
political-why-expelled = One of the things the review looks at.
political-q-organisations = Have you or your family taken part in a cult, a banned organisation, or separatist, terrorist or extremist activity?
political-why-organisations = A disqualifying condition of the review.
political-q-family = Has a family member committed a crime against national security or had a serious political problem?
political-why-family = The review covers family members (parents, unmarried siblings and others).
political-q-tattoo_marks = Do you have a tattoo with gang symbols, or one that offends national dignity or public morals?
political-why-tattoo_marks = Such tattoos fail the political review, whatever their size.
verdict-unanswered = Not answered yet
verdict-unanswered-summary = Answer the questions below: the result and the items that decide it appear here.
deciding-label = Decided by:
deciding-more = and { $n } more
leave-school-banner = Note: you are still at high school, so enlisting now means leaving school; you can also wait and apply once you graduate.
leave-school-link = See the education item
passed-line = { $name }: met
passed-line-value = { $name }: { $value }, met
passed-details = Details of the criteria met
round-closed-banner = Applications for this round closed on { $date }: what follows only describes its conditions.
round-closed-option = { $round } (applications closed)
weight-unit = Weight unit
unit-kg = kg
unit-jin = jin (斤, half a kg)
jin-equals = { $jin } jin = { $kg } kg.
slip-jin = Did you mean jin (斤)? { $jin } jin = { $kg } kg
slip-use-kg = Use { $kg } kg
slip-keep-kg = No, it is { $kg } kg
slip-metres = Did you mean metres? { $metres } m = { $cm } cm
slip-feet = Did you mean feet and inches? { $feet } ft { $inches } in is about { $cm } cm
slip-use-cm = Use { $cm } cm
slip-implausible = This height and weight give a value no person has, so nothing is judged yet. Check the units: height in centimetres, weight in kilograms (or choose jin below).
status-graduating = Graduating in { $year } (final-year class)
status-high_school-enrolled = In the first or second year of high school (高一/高二)
status-high_school-graduating = In the final year of high school (高三, graduating in { $year })
grad-year-note = { $ago ->
    [0] Graduated in { $year }: this round's year (应届)
    [1] Graduated in { $year }: last year (往届)
   *[other] Graduated in { $year }: an earlier year (往届)
}
grad-year-future = { $year } is after the round's year: choose the final-year class or another round
share-name-family = Cash to the family
share-what-family = Family payment and enlistment rewards, paid to the family during service
share-name-recruit = The recruit's own pay
share-what-recruit = Allowance and discharge payment, paid to the recruit
share-name-study = Study benefits later
share-what-study = Tuition compensation, fee waiver and the veterans' grant, at enlistment and after returning to study
share-per-year = Per year, on average
share-service = Over { $years } years' service
share-excludes = { $n ->
    [one] { $n } more item has no local amount and is not included.
   *[other] { $n } more items have no local amount and are not included.
}
to-estimate = Skip to the estimate
amount-needs-answers = National rule: fill in tuition and years to work it out
amount-set-by-province = Set by your province; not in the data yet
amount-not-published = Amount not published
timeline-after-service = After service, back at school
explain-age-over_cap-unsettled = You are { $age_in_year } in { $year }. The data gives { $age_cap } as the limit for your group (born on or after { $born_from }), but { $unsettled }, so this does not mean you are too old: ask your local conscription office.
unsettled-conflict = the sources disagree on it
unsettled-derived = that limit is this tool's reading of the texts, which do not state it outright
unsettled-unverified = that limit is not verified yet
unsettled-verified = that limit is not verified yet
benefit-family_payment-national_rule_only = The national rule: a conscript's family receives a preferential payment (优待金) during service, and each province sets the amount. The data has no figure for your province, and other provinces' figures are not used to guess it: ask the armed forces department (人武部) of your county.
unit-jin-short = jin

## When can I apply (the section under the self-check's result): $round is a round's name; every date and
## number comes from the engine's plan (crates/rules/src/plan.rs).

plan-title = When can I apply
plan-now = You can apply in this round: { $round }.
plan-earliest = The earliest round you can apply in: { $round }.
plan-earliest-if-weight = Provided your weight comes into the range below.
plan-none-age_cap = For your education the age cap is { $age_cap }; from { $over_cap_from_year } you are over it, so none of the coming rounds is open to you.
plan-none-education = Under the current rules your education gives no route into any of the coming rounds.
plan-none-check = Not met: { $checks }. This does not change with time.
plan-none-horizon = None of the next { $rounds } half-year rounds is open to you yet.
plan-h1-short = H1
plan-h2-short = H2
plan-earliest-mark = earliest
plan-table-caption = The coming rounds
plan-col-round = Round
plan-col-register = Apply by
plan-col-result = Result
plan-col-open-items = Not met or to be confirmed
plan-actions-title = What to do
plan-register_by = { $round }: apply on the national conscription website by { $register_by }.
plan-weight_range = At your height of { $height_cm } cm, a weight from { $weight_min_kg } kg to under { $weight_below_kg } kg meets the BMI rule ({ $bmi_min } ≤ BMI < { $bmi_below }).
plan-weight-lose = You weigh { $weight_kg } kg now: { $lose_kg } kg to lose.
plan-weight-gain = You weigh { $weight_kg } kg now: { $gain_kg } kg to gain.
plan-post-weight_range = Special posts ({ $posts }): at { $height_cm } cm, from { $weight_min_kg } kg to under { $weight_below_kg } kg.
plan-surgery_counts_from = Your laser eye surgery is { $surgery_min_months } months old on { $surgery_counts_from }.
plan-surgery-round = The first round whose medical comes after that day: { $round }.
plan-becomes_graduate = You count as a graduate of { $graduation_year } from this round: { $round }.
plan-ics-button = Add these dates to my calendar
plan-ics-register = Last day to apply ({ $round })
plan-ics-surgery = Laser eye surgery { $surgery_min_months } months old

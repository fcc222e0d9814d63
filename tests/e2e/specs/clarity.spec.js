// Issue #14, "answers people can act on": the verdict names what decided it, passed items are
// said, and a number in the wrong unit is asked about, never judged. Phone width first.
import { test, expect } from '@playwright/test';
import { start, answer, verdict, check } from './flow.js';

const MAN = { sex: 'male', birth: '2005-04-01', education: 'high_school', status: 'graduated', height: '175', weight: '70', left: '5.0', right: '4.9' };
const L = {
  zh: { unanswered: '还没有回答', needs: '需要现场确认', vision: '视力', met: '符合' },
  en: { unanswered: 'Not answered yet', needs: 'Needs an on-site check', vision: 'Eyesight', met: 'met' },
};

test.use({ viewport: { width: 360, height: 740 } });

async function toStep(page, n) {
  await page.locator('.step-progress button').nth(n).click();
}

for (const lang of ['zh', 'en']) {
  const l = L[lang];

  test(`the banner says "not answered" first, then names the deciding item, linked to it (${lang})`, async ({ page }) => {
    await start(page, { lang });
    const banner = page.getByTestId('verdict');
    await expect(banner).toHaveAttribute('data-state', 'unanswered');
    await expect(banner).toContainText(l.unanswered);
    await expect(banner).not.toContainText(l.needs);
    // Vision 4.6 on one eye: an on-site refraction test decides, and the banner says which.
    await answer(page, { ...MAN, weight: '82.7', left: '4.6', right: '5.0' });
    expect(await verdict(page)).toBe('needs_check');
    await expect(banner).toHaveAttribute('data-state', 'needs_check');
    const link = banner.locator('[data-deciding="vision"]');
    await expect(link).toHaveText(new RegExp(l.vision));
    await expect(banner.locator('[data-deciding]')).toHaveCount(1);
    await link.click();
    await expect(page.locator('#criterion-vision')).toBeFocused();
    await expect(page.locator('#criterion-vision')).toBeInViewport();
    // Passed items are a visible short line with the number: BMI 27 is fine, and it says so.
    const bmi = page.getByTestId('passed-lines').locator('[data-passed="bmi"]');
    await expect(bmi).toBeVisible();
    await expect(bmi).toContainText('BMI 27');
    await expect(bmi).toContainText(l.met);
    await expect(page.getByTestId('passed-lines').locator('[data-passed="height"]')).toContainText('175 cm');
  });
}

const SLIP = {
  zh: { jin: '是不是填了斤？160斤 = 80公斤', useKg: '改成 80 公斤', metres: '是不是填了米？1.72米 = 172厘米', useCm: '改成 172 厘米', feet: '5英尺8英寸', equals: '160斤 = 80公斤', implausible: '不像真实情况' },
  en: { jin: 'Did you mean jin (斤)? 160 jin = 80 kg', useKg: 'Use 80 kg', metres: 'Did you mean metres? 1.72 m = 172 cm', useCm: 'Use 172 cm', feet: '5 ft 8 in', equals: '160 jin = 80 kg', implausible: 'no person has' },
};

for (const lang of ['zh', 'en']) {
  const s = SLIP[lang];

  test(`weight 160 at 172 cm asks about 斤 with a one-tap fix and never says "not met" (${lang})`, async ({ page }) => {
    await start(page, { lang });
    await answer(page, { ...MAN, height: '172', weight: '160' });
    expect(await verdict(page)).not.toBe('not_eligible');
    await expect(check(page, 'bmi')).toHaveAttribute('data-status', 'unknown');
    await expect(page.locator('.results')).not.toContainText('BMI 54');
    await toStep(page, 2);
    await expect(page.getByTestId('weight-slip')).toContainText(s.jin);
    await page.getByTestId('weight-slip').getByRole('button', { name: s.useKg }).click();
    await expect(page.locator('#weight')).toHaveValue('80');
    await expect(page.getByTestId('weight-slip')).toHaveCount(0);
    await expect(page.getByTestId('passed-lines').locator('[data-passed="bmi"]')).toContainText('BMI 27');
    expect(await verdict(page)).toBe('likely_eligible');

    // The unit beside the field: 斤 chosen, 160 is read as 80 kg.
    await page.fill('#weight', '160');
    await page.check('#weight-unit-jin');
    await expect(page.getByTestId('weight-slip')).toHaveCount(0);
    await expect(page.locator('#weight').locator('xpath=../..')).toContainText(s.equals);
    expect(await verdict(page)).toBe('likely_eligible');

    // A pair no person has is never shown as a BMI nor judged.
    await page.check('#weight-unit-kg');
    await page.fill('#weight', '250');
    await expect(page.getByTestId('weight-slip')).toContainText(s.implausible);
    await expect(check(page, 'bmi')).toHaveAttribute('data-status', 'unknown');
    await expect(page.locator('.results')).not.toContainText('BMI 84');
    expect(await verdict(page)).not.toBe('not_eligible');
  });

  test(`a height in metres or feet is asked about with a one-tap fix (${lang})`, async ({ page }) => {
    await start(page, { lang });
    await answer(page, { ...MAN, height: '1.72' });
    expect(await verdict(page)).not.toBe('not_eligible');
    await expect(check(page, 'height')).toHaveAttribute('data-status', 'unknown');
    await toStep(page, 2);
    await expect(page.locator('#height-error')).toBeEmpty();
    await expect(page.getByTestId('height-slip')).toContainText(s.metres);
    await page.getByTestId('height-slip').getByRole('button', { name: s.useCm }).click();
    await expect(page.locator('#height')).toHaveValue('172');
    expect(await verdict(page)).toBe('likely_eligible');
    await page.fill('#height', "5'8\"");
    await expect(page.getByTestId('height-slip')).toContainText(s.feet);
    await expect(page.getByTestId('height-slip')).toContainText('172.7');
  });
}

const PAST = {
  zh: { closed: '这一批次的报名已于2026年2月10日截止', nothing: '不用再为它准备材料', option: '（报名已截止）', expected: '预计' },
  en: { closed: 'Applications for this round closed on 10 Feb 2026', nothing: 'nothing to prepare', option: '(applications closed)', expected: 'expected' },
};

for (const lang of ['zh', 'en']) {
  const p = PAST[lang];

  test(`a past round is marked as past, asks for no documents and comes last in the list (${lang})`, async ({ page }) => {
    await start(page, { lang });
    // On 1 May 2026 the 2026-H1 round is over; 2026-H2 is open.
    await expect(page.getByTestId('round-closed')).toHaveCount(0);
    // The last option is a closed round, in the page's language (English arrives as a file).
    await expect(page.locator('#round option').last()).toContainText(p.option);
    const labels = await page.locator('#round option').allTextContents();
    const closed = labels.map((l) => l.includes(p.option));
    const firstClosed = closed.indexOf(true);
    expect(firstClosed).toBeGreaterThan(0);
    expect(closed.slice(firstClosed).every(Boolean)).toBe(true);
    await expect(page.locator('#round option').first()).toHaveAttribute('value', '2026-H2');
    await answer(page, { ...MAN, round: '2026-H1' });
    await expect(page.getByTestId('round-closed')).toContainText(p.closed);
    await expect(page.getByTestId('next-bring')).toHaveCount(0);
    await expect(page.getByTestId('next-register')).toContainText(p.nothing);
    // The calendar: a past date is never "expected, not yet published" (2025's dates were unverified).
    await page.goto(`/#/process${lang === 'en' ? '?lang=en' : ''}`);
    await page.locator('.older-rounds summary').click();
    await expect(page.locator('tr[data-round="2025-H1"]')).toBeVisible();
    await expect(page.locator('tr[data-round="2025-H1"]')).not.toContainText(p.expected);
    await expect(page.locator('tr[data-round="2025-H2"]')).not.toContainText(p.expected);
  });
}

const SCHOOL = {
  zh: {
    graduating: '2027年毕业（应届、毕业班）', lastYear: '2026年毕业（往届，去年毕业）',
    hs12: '高一或高二在读', hs3: '高三在读（2026年毕业）', leave: '离开学校', keep: '“保留学籍”只适用于大学生', wait: '年龄上限22周岁',
    why: '高一、高二可以按初中毕业文化程度应征（年龄不超过20周岁', banner: '现在应征就要离开学校',
  },
  en: {
    graduating: 'Graduating in 2027 (final-year class)', lastYear: 'Graduated in 2026: last year',
    hs12: 'In the first or second year of high school (高一/高二)', hs3: 'In the final year of high school (高三, graduating in 2026)', leave: 'leaving school',
    keep: 'is for university students', wait: 'up to the age of 22', why: 'the first and second years, who can apply now on the junior-high route (up to the age of 20',
    banner: 'enlisting now means leaving school',
  },
};

for (const lang of ['zh', 'en']) {
  const s = SCHOOL[lang];

  test(`the graduation year is named from the chosen round, not "this year" (${lang})`, async ({ page }) => {
    // In December the round is 2027-H1: "graduating" means 2027.
    await start(page, { lang, date: '2026-12-01T10:00:00' });
    await expect(page.locator('#round')).toHaveValue('2027-H1');
    await page.getByTestId('next').click();
    await page.check('#education-bachelor');
    await expect(page.locator('label[for="status-graduating"]')).toHaveText(s.graduating);
    await page.check('#status-graduated');
    await page.fill('#graduation-year', '2026');
    await expect(page.locator('#graduation-year').locator('xpath=../..')).toContainText(s.lastYear);
  });

  test(`a high-school pupil is told what enlisting now and waiting mean; 高三's weaker H1 result says why (${lang})`, async ({ page }) => {
    await start(page, { lang, date: '2026-01-10T10:00:00' });
    await answer(page, { ...MAN, birth: '2008-03-01', education: 'high_school', status: 'enrolled' });
    await page.locator('.step-progress button').nth(1).click();
    await expect(page.locator('label[for="status-enrolled"]')).toHaveText(s.hs12);
    await expect(page.locator('label[for="status-graduating"]')).toHaveText(s.hs3);
    const edu = check(page, 'education');
    // "Likely eligible" is not the whole story: the banner says enlisting now means leaving school,
    // and the education item is shown in full, not folded as a short line.
    expect(await verdict(page)).toBe('likely_eligible');
    await expect(page.getByTestId('leave-school')).toContainText(s.banner);
    await expect(edu).toBeVisible();
    await expect(page.getByTestId('passed-lines').locator('[data-passed="education"]')).toHaveCount(0);
    await expect(edu).toContainText(s.leave);
    await expect(edu).toContainText(s.keep);
    await expect(edu).toContainText(s.wait);
    // The study-place note is for university students: a school pupil does not get it.
    await expect(page.locator('[data-note="keep_study_place"]')).toHaveCount(0);
    await page.check('#status-graduating');
    await expect(check(page, 'education')).toHaveAttribute('data-status', 'needs_check');
    await expect(check(page, 'education')).toContainText(s.why);
  });
}

const OVER = {
  zh: { unsure: '所以还不能说你超龄', over: '大1岁', ask: '请向当地征兵办公室确认' },
  en: { unsure: 'so this does not mean you are too old', over: 'over the limit', ask: 'ask your local conscription office' },
};

for (const lang of ['zh', 'en']) {
  const o = OVER[lang];

  test(`an age cap the sources disagree on reads as "check", not "over the limit" (${lang})`, async ({ page }) => {
    // A woman who graduated in 2025, 24 in 2027: the women graduates' cap of 23 is disputed.
    await start(page, { lang, date: '2026-12-01T10:00:00' });
    await answer(page, { sex: 'female', birth: '2003-05-01', education: 'bachelor', status: 'graduated', gradYear: '2025', height: '162', weight: '52', left: '5.0', right: '5.0' });
    const age = check(page, 'age');
    await expect(age).toHaveAttribute('data-status', 'needs_check');
    await expect(age).toContainText(o.unsure);
    await expect(age).toContainText(o.ask);
    await expect(age).not.toContainText(o.over);
  });
}

const LATE = {
  zh: { catchUp: '应当补登', upTo: '未超过24周岁', where: '户籍所在地的乡镇（街道）武装部', online: '“兵役登记（男兵）”' },
  en: { catchUp: 'must make it up (补登)', upTo: 'men up to the age of 24', where: 'township or street (乡镇/街道武装部)', online: '“兵役登记(男兵)”' },
};

for (const lang of ['zh', 'en']) {
  const l = LATE[lang];

  test(`a man past 18 is told how to make up a missed registration (补登): up to which age, where and how (${lang})`, async ({ page }) => {
    await start(page, { lang });
    // 22 in 2026: past the year he turned 18, within the catch-up age.
    await answer(page, { ...MAN, birth: '2004-03-01' });
    const note = page.locator('[data-note="registration_makeup"]');
    await expect(note).toContainText(l.catchUp);
    await expect(note).toContainText(l.upTo);
    await expect(note).toContainText(l.where);
    await expect(note).toContainText(l.online);
    // 18 in 2026 registers this year as usual: no catch-up note.
    await page.locator('.step-progress button').nth(0).click();
    await page.fill('#birth', '2008-03-01');
    await expect(page.locator('[data-note="registration"]')).toHaveCount(1);
    await expect(note).toHaveCount(0);
  });
}

const STEPS = {
  zh: { refraction: '报名前先到医院眼科验光，看看度数是否在600度以内', exact: '正好达到最低标准160 cm，体检时以实测为准' },
  en: { refraction: 'get a refraction test (验光) at a hospital eye clinic; it tells you whether your correction is within 600 度', exact: 'exactly the 160 cm minimum. The medical measures you again' },
};

for (const lang of ['zh', 'en']) {
  test(`vision 4.6 and a height exactly on the minimum get concrete steps (${lang})`, async ({ page }) => {
    await start(page, { lang });
    await answer(page, { ...MAN, height: '160', weight: '55', left: '4.6' });
    await expect(check(page, 'vision')).toContainText(STEPS[lang].refraction);
    await page.getByTestId('passed').locator('summary').click();
    await expect(check(page, 'height')).toContainText(STEPS[lang].exact);
  });
}

// "Benefits a parent can read".
const BEN = {
  zh: { perYear: '平均每年', service: '服役2年合计', skip: '跳到结果', needs: '填写学费和年数后计算', varies: '因地而异', afterService: '退役后复学期间', byProvince: '标准由本省规定', national: '国家规定：义务兵服役期间，家庭享受优待金', noGuess: '也不拿别的省的数字来估算' },
  en: { perYear: 'Per year, on average', service: "Over 2 years' service", skip: 'Skip to the estimate', needs: 'fill in tuition and years', varies: 'varies by place', afterService: 'After service, back at school', byProvince: 'Set by your province', national: "The national rule: a conscript's family receives", noGuess: "other provinces' figures are not used to guess it" },
};

async function wujiang(page, lang) {
  await start(page, { lang, hash: `#/benefits${lang === 'en' ? '?lang=en' : ''}` });
  await page.selectOption('#region', '32');
  await page.selectOption('#place', '32-wujiang');
  await page.check('#education-bachelor');
  await page.check('#status-enrolled');
}

for (const lang of ['zh', 'en']) {
  const b = BEN[lang];

  test(`benefits are split by who gets them, each per year and over service, with no mixed sum (${lang})`, async ({ page }) => {
    await wujiang(page, lang);
    await page.fill('#tuition', '5000');
    await page.fill('#years-studied', '2');
    await page.fill('#years-remaining', '2');
    const total = page.getByTestId('benefits-total');
    await expect(total.locator('[data-share]')).toHaveCount(3);
    // The old single sum of everything is gone.
    await expect(total).not.toContainText('¥139,632');
    const family = total.locator('[data-share="family"]');
    await expect(family.getByTestId('share-per-year')).toContainText(b.perYear);
    await expect(family.getByTestId('share-service')).toContainText(b.service);
    // The family's share over service is the family payment (¥78,032) plus the reward line.
    const reward = await page.locator('[data-line="enlistment_reward"] .line-amount').textContent();
    const yuan = (s) => Number(s.replace(/[^0-9]/g, ''));
    await expect(family.getByTestId('share-service')).toContainText(`¥${(78032 + (yuan(reward) || 0)).toLocaleString('en-US')}`);
    // Study benefits: compensation, waiver and the veterans' grant added up, nothing else.
    let study = 0;
    for (const id of ['tuition_compensation', 'tuition_waiver', 'veteran_student_grant']) {
      study += yuan(await page.locator(`[data-line="${id}"] .line-amount`).textContent()) || 0;
    }
    expect(study).toBeGreaterThan(10000);
    await expect(total.locator('[data-share="study"] [data-testid="share-service"]')).toContainText(`¥${study.toLocaleString('en-US')}`);
  });

  test(`the payment timeline reads at 320 px and in print, in time order (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await wujiang(page, lang);
    await page.fill('#tuition', '5000');
    await page.fill('#years-studied', '2');
    await page.fill('#years-remaining', '2');
    for (const media of ['screen', 'print']) {
      await page.emulateMedia({ media });
      const items = page.getByTestId('payment');
      await expect(items).toHaveCount(8);
      const boxes = [];
      for (const item of await items.all()) {
        await expect(item).toBeVisible();
        const size = await item.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(size).toBeGreaterThanOrEqual(12);
        const box = await item.boundingBox();
        expect(box.x + box.width).toBeLessThanOrEqual(320);
        boxes.push(box);
      }
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].y).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].height - 1);
      const months = await page.locator('.pay-moment').evaluateAll((els) => els.map((e) => Number(e.dataset.month)));
      expect(months).toEqual([...months].sort((a, b) => a - b));
    }
    // The fee waiver and the veterans' grant are paid back at school: a moment after discharge.
    const later = page.locator('.pay-moment').last();
    await expect(later).toHaveAttribute('data-after-service', 'true');
    await expect(later.locator('.pay-when')).toHaveText(b.afterService);
    await expect(later.locator('[data-pays="tuition_waiver"]')).toHaveCount(1);
    await expect(later.locator('[data-pays="veteran_student_grant"]')).toHaveCount(1);
    await expect(page.locator('.pay-moment:not([data-after-service]) [data-pays="tuition_waiver"]')).toHaveCount(0);
  });

  test(`a "skip to the estimate" link on phones; a national rule never says "varies by place" (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await wujiang(page, lang);
    const skip = page.getByTestId('to-estimate');
    await expect(skip).toHaveText(b.skip);
    await skip.click();
    await expect(page.locator('#estimate')).toBeFocused();
    await expect(page.locator('#estimate')).toBeInViewport();
    // Tuition compensation is a national rule: without tuition and years it waits for them.
    const tuition = page.locator('[data-line="tuition_compensation"] .line-amount');
    await expect(tuition).toContainText(b.needs);
    await expect(tuition).not.toContainText(b.varies);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(skip).toBeHidden();
  });
}

for (const lang of ['zh', 'en']) {
  const b = BEN[lang];

  test(`a province without a figure shows the national rule, never a range from other provinces (${lang})`, async ({ page }) => {
    await start(page, { lang, hash: `#/benefits${lang === 'en' ? '?lang=en' : ''}` });
    await page.selectOption('#region', '11');
    const family = page.locator('.lines [data-line="family_payment"]');
    await expect(family).toHaveAttribute('data-basis', 'national');
    await expect(family.locator('.line-amount')).toContainText(b.byProvince);
    await expect(family.locator('.line-amount')).not.toContainText('¥');
    await expect(family).toContainText(b.national);
    await expect(family).toContainText(b.noGuess);
    await expect(family).not.toContainText(b.varies);
  });
}

for (const lang of ['zh', 'en']) {
  test(`years studied accept a half year: 1.5 years of 5,000 is 7,500 (${lang})`, async ({ page }) => {
    await wujiang(page, lang);
    await page.fill('#tuition', '5000');
    await page.fill('#years-studied', '1.5');
    await expect(page.locator('#years-studied-error')).toBeEmpty();
    await expect(page.locator('.lines [data-line="tuition_compensation"] .line-amount')).toHaveText('¥7,500');
    await expect(page.locator('.lines [data-line="tuition_compensation"]')).toContainText('1.5');
  });
}

// "No line break before —": every dash on the page is bound to what precedes it (U+2060), and a
// spaced English dash keeps an unbreakable space; Chinese sentences run on without a space.
for (const lang of ['zh', 'en']) {
  test(`no line can start with a dash, and Chinese sentences are not split by a space (${lang})`, async ({ page }) => {
    await start(page, { lang });
    await answer(page, MAN);
    const q = lang === 'en' ? '?lang=en' : '';
    let dashes = 0;
    for (const hash of ['#/check', '#/benefits', '#/process']) {
      await page.goto(`/${hash}${q}`);
      await expect(page.locator('#app main h1')).toBeVisible();
      await expect(page.locator('main')).toContainText(lang === 'en' ? 'the' : '的');
      const text = await page.locator('main').evaluate((m) => m.textContent);
      dashes += (text.match(/—/g) || []).length;
      const loose = [...text.matchAll(/(.)—/gs)].filter((m) => m[1] !== '\u2060').map((m) => m[0]);
      expect(loose, `${hash}: a dash a line could start with`).toEqual([]);
    }
    expect(dashes).toBeGreaterThan(0);
    const next = await page.getByTestId('next-for-you').locator('p').first().innerText();
    if (lang === 'zh') expect(next).not.toMatch(/。 /);
    else expect(next).toMatch(/\. \S/);
  });
}

// "When can I apply" (issue 18) on the self-check results, on a phone (360 px), in both languages.
// The browser's date is fixed at 2026-12-01, so the next open round is 2027-H1.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { watch, expectQuiet } from './helpers.js';
import { start, answer, check } from './flow.js';

const DATE = '2026-12-01T10:00:00';
const BODY = { height: '175', weight: '70', left: '5.0', right: '5.0' };
// Born 2010: 17 in 2027 (voluntary, needs a check), 18 in 2028; in the last 中专 year.
const SEVENTEEN = { sex: 'male', birth: '2010-05-01', education: 'vocational_secondary', status: 'graduating', ...BODY };
const ADULT = { sex: 'male', birth: '2006-03-01', education: 'high_school', status: 'graduated', ...BODY };
// The four people of issue 18 (crates/rules/tests/cases/plan.toml has the same ones for the engine).
const CASES = {
  surgery: { date: DATE, a: { ...ADULT, surgery: 'excimer', months: '2' } },
  bmi31: { date: DATE, a: { ...ADULT, weight: '95' } },
  // 25 in 2027: over the bachelor graduates' cap.
  age25: { date: DATE, a: { ...ADULT, birth: '2002-06-01', education: 'bachelor', status: 'graduated', gradYear: '2024' } },
  // After the H1 registration has closed, in the last bachelor year.
  student: { date: '2027-03-01T10:00:00', a: { ...ADULT, birth: '2003-06-01', education: 'bachelor', status: 'graduating' } },
};
const SHOTS = process.env.PLAN_SHOTS;

/** Nothing wider than the screen: no sideways scrolling on a phone. */
async function fits(page, width) {
  await page.setViewportSize({ width, height: 740 });
  const scroll = await page.evaluate(() => document.scrollingElement.scrollWidth);
  expect(scroll, `page width at ${width} px`).toBeLessThanOrEqual(width);
}

test.use({ viewport: { width: 360, height: 740 } });

for (const lang of ['zh', 'en']) {
  const zh = lang === 'zh';

  test(`a 17-year-old sees 2028-H1 as the earliest round, on a timeline and in a table (${lang})`, async ({ page }) => {
    const log = await watch(page);
    await start(page, { date: DATE, lang });
    await answer(page, SEVENTEEN);
    const plan = page.getByTestId('plan');
    await expect(plan.locator('h2')).toHaveText(zh ? '什么时候可以报名' : 'When can I apply');
    await expect(page.getByTestId('plan-summary')).toContainText(zh ? '2028年上半年' : '2028, first half');
    // The timeline: one mark per round from 2027-H1, the earliest ringed.
    await expect(plan.locator('svg .plan-round')).toHaveCount(8);
    await expect(plan.locator('svg .plan-round').first()).toHaveAttribute('data-round', '2027-H1');
    await expect(plan.locator('svg .plan-earliest')).toHaveAttribute('data-round', '2028-H1');
    // The same rounds for screen readers.
    const rows = page.getByTestId('plan-table').locator('tbody tr');
    await expect(rows).toHaveCount(8);
    await expect(rows.nth(2)).toContainText(zh ? '最早' : 'earliest');
    await expect(rows.nth(0)).toContainText(zh ? '需要现场确认' : 'check');
    // The actions as sentences with their dates.
    await expect(page.getByTestId('plan-register_by')).toContainText(zh ? '2028年2月10日' : '10 Feb 2028');
    await expect(page.getByTestId('plan-becomes_graduate')).toContainText(zh ? '2027年毕业' : 'graduate of 2027');
    // Readable at 360 px: nothing wider than the screen.
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: test.info().outputPath(`plan-${lang}-360.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`plan-${lang}-1280.png`), fullPage: true });
    await expectQuiet(page, log);
  });

  test(`BMI 31 at 175 cm: the weight range from the rules, and the round when that is true (${lang})`, async ({ page }) => {
    await start(page, { date: CASES.bmi31.date, lang });
    await answer(page, CASES.bmi31.a);
    await expect(page.getByTestId('plan-summary')).toContainText(zh ? '2027年上半年' : '2027, first half');
    await expect(page.getByTestId('plan-summary')).toContainText(zh ? '体重' : 'weight');
    const range = page.getByTestId('plan-weight_range');
    await expect(range).toContainText(zh ? '体重从53.6 kg 到低于91.9 kg' : 'from 53.6 kg to under 91.9 kg');
    await expect(range).toContainText('3.2');
    // Next to the BMI criterion too.
    await expect(check(page, 'bmi')).toContainText('53.6');
    await expect(check(page, 'bmi')).toContainText('91.8');
  });

  test(`a 25-year-old graduate: no round, with the age cap and the year from the plan (${lang})`, async ({ page }) => {
    await start(page, { date: CASES.age25.date, lang });
    await answer(page, CASES.age25.a);
    const summary = page.getByTestId('plan-summary');
    await expect(summary).toContainText(zh ? '年龄上限是24周岁' : 'the age cap is 24');
    await expect(summary).toContainText(zh ? '从2027年起' : 'from 2027');
    // One round (2027-H1), not eligible; nothing to register for.
    await expect(page.getByTestId('plan-table').locator('tbody tr')).toHaveCount(1);
    await expect(page.getByTestId('plan-register_by')).toHaveCount(0);
  });

  test(`a final-year student on 2027-03-01: the H2 round, as a graduate (${lang})`, async ({ page }) => {
    await start(page, { date: CASES.student.date, lang });
    await answer(page, CASES.student.a);
    const plan = page.locator('[data-testid="plan"], [data-testid="plan-now"]');
    await expect(plan).toContainText(zh ? '2027年下半年' : '2027, second half');
    await expect(plan).not.toContainText(zh ? '上半年' : 'first half');
    await expect(page.getByTestId('plan-becomes_graduate')).toContainText(zh ? '2027年毕业' : 'graduate of 2027');
  });

  for (const [name, c] of Object.entries(CASES)) {
    test(`${name}: the plan fits 320 and 360 px (${lang})`, async ({ page }) => {
      await start(page, { date: c.date, lang });
      await answer(page, c.a);
      const section = page.locator('[data-testid="plan"], [data-testid="plan-now"]');
      await expect(section).toBeVisible();
      await fits(page, 320);
      await fits(page, 360);
      if (SHOTS) {
        await section.screenshot({ path: `${SHOTS}/${name}-${lang}-360.png` });
        await page.setViewportSize({ width: 1280, height: 900 });
        await section.screenshot({ path: `${SHOTS}/${name}-${lang}-1280.png` });
      }
    });
  }
}

test('a surgery 2 months ago: 2027-H2, and the dates go into a calendar file', async ({ page }) => {
  await start(page, { date: CASES.surgery.date });
  await answer(page, CASES.surgery.a);
  await expect(page.getByTestId('plan-summary')).toContainText('2027年下半年');
  await expect(page.getByTestId('plan-surgery_counts_from')).toContainText('2027年4月1日');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-ics').click()]);
  expect(download.suggestedFilename()).toBe('enlistment-plan.ics');
  const text = fs.readFileSync(await download.path(), 'utf8').replace(/\r\n /g, '');
  expect(text).toContain('DTSTART;VALUE=DATE:20270810');
  expect(text).toContain('DTSTART;VALUE=DATE:20270401');
  expect(text).toContain('UID:plan-register-2027-H2@enlistment-self-check');
  expect(text).toContain('激光手术满6个月');
});

test('someone likely eligible now gets one line, not a panel', async ({ page }) => {
  await start(page, { date: DATE });
  await answer(page, ADULT);
  await expect(page.getByTestId('plan-now')).toHaveText('本轮即可报名：2027年上半年（暂定）。');
  await expect(page.getByTestId('plan')).toHaveCount(0);
});

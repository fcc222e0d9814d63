// The self-check as a new user meets it (issue #4). The browser's date is fixed so the default
// round is known: on 2026-05-01 registration for 2026-H2 is open.
import { test, expect } from '@playwright/test';
import { watch, expectQuiet } from './helpers.js';
import { start, answer, verdict, check } from './flow.js';

const MAN = { sex: 'male', birth: '2005-04-01', education: 'high_school', status: 'graduated', height: '175', weight: '70', left: '5.0', right: '4.9' };

for (const lang of ['zh', 'en']) {
  test(`a male high-school graduate is likely eligible (${lang})`, async ({ page }) => {
    const log = await watch(page);
    await start(page, { lang });
    await expect(page.locator('#round')).toHaveValue('2026-H2');
    await answer(page, MAN);
    expect(await verdict(page)).toBe('likely_eligible');
    await expect(page.getByTestId('verdict')).toContainText(lang === 'zh' ? '大概率符合条件' : 'Likely eligible');
    // Each criterion: the number that decided it, the threshold, the distance, and its source.
    await page.getByTestId('passed').locator('summary').click();
    const height = check(page, 'height');
    await expect(height).toContainText(lang === 'zh' ? '身高175 cm，达到最低标准160 cm（高出15 cm）' : '175 cm: 15 cm above the 160 cm minimum');
    await expect(height.locator('a[href*="#/sources/physical-standard-cupl"]')).toHaveCount(1);
    await expect(check(page, 'bmi')).toContainText('91.8');
    await expect(page.getByTestId('next-register')).toContainText(lang === 'zh' ? '2026年8月10日' : '10 Aug 2026');
    await expectQuiet(page, log);
  });
}

test('a female college student is eligible in H1 and in H2; last year\'s graduate only in H1', async ({ page }) => {
  await start(page, { date: '2026-01-10T10:00:00' });
  await expect(page.locator('#round')).toHaveValue('2026-H1');
  await answer(page, { sex: 'female', birth: '2005', education: 'bachelor', status: 'enrolled', height: '163', weight: '52', left: '4.8', right: '4.8' });
  expect(await verdict(page)).toBe('likely_eligible');
  await page.locator('.step-progress button').first().click();
  await page.selectOption('#round', '2026-H2');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'likely_eligible');
  await expect(page.getByTestId('verdict')).toContainText('2026年下半年');

  // The same woman, graduated last year: the H1 cap of 23 applies; H2 is unclear since 2026.
  await page.locator('.step-progress button').nth(1).click();
  await page.check('#status-graduated');
  await page.fill('#graduation-year', '2025');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'needs_check');
  await expect(check(page, 'education')).toContainText('不再写“应届”');
  await page.locator('.step-progress button').first().click();
  await page.selectOption('#round', '2026-H1');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'likely_eligible');
});

test('a postgraduate aged 25 is within the cap of 26', async ({ page }) => {
  await start(page, { lang: 'en' });
  await answer(page, { sex: 'male', birth: '2001-03-03', education: 'postgraduate', status: 'enrolled', height: '178', weight: '72', left: '4.9', right: '5.0' });
  expect(await verdict(page)).toBe('likely_eligible');
  await page.getByTestId('passed').locator('summary').click();
  await expect(check(page, 'age')).toContainText('You are 25 in 2026, within 18–26');
});

test('a man with BMI 29 needs the on-site blood test, with the weights that matter', async ({ page }) => {
  await start(page);
  await answer(page, { ...MAN, weight: '88.8' });
  expect(await verdict(page)).toBe('needs_check');
  const bmi = check(page, 'bmi');
  await expect(bmi).toHaveAttribute('data-status', 'needs_check');
  await expect(bmi).toContainText('BMI 28.9');
  await expect(bmi).toContainText('85.7 kg');
  await expect(bmi).toContainText('91.8 kg');
});

test('vision 4.4 is not eligible, and decimal 0.25 is the same', async ({ page }) => {
  await start(page, { lang: 'en' });
  await answer(page, { ...MAN, left: '4.4', right: '5.0' });
  expect(await verdict(page)).toBe('not_eligible');
  await expect(check(page, 'vision')).toHaveAttribute('data-status', 'fail');
  await page.locator('.step-progress button').nth(3).click();
  await page.check('#scale-decimal');
  await page.fill('#vision-left', '0.25');
  await page.fill('#vision-right', '1.0');
  await expect(page.locator('#vision-left').locator('xpath=../..')).toContainText('4.4 on the 5-point scale');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', 'not_eligible');
});

test('laser surgery 3 months ago counts up to the medical', async ({ page }) => {
  await start(page);
  await answer(page, { ...MAN, surgery: 'excimer', months: '3' });
  // Answered on 1 May; the 2026-H2 medical starts 15 August: about 6 months by then.
  const surgery = check(page, 'refractive_surgery');
  await page.getByTestId('passed').locator('summary').click();
  await expect(surgery).toHaveAttribute('data-status', 'pass');
  await expect(surgery).toContainText('约6个月');
  expect(await verdict(page)).toBe('likely_eligible');
});

test('laser surgery 3 months ago is too recent for a medical one month away', async ({ page }) => {
  // 10 July to 15 August is one whole month: 4 months by the medical, 2 short.
  await start(page, { date: '2026-07-10T10:00:00', lang: 'en' });
  await answer(page, { ...MAN, surgery: 'excimer', months: '3' });
  await expect(check(page, 'refractive_surgery')).toHaveAttribute('data-status', 'fail');
  await expect(check(page, 'refractive_surgery')).toContainText('2 months to go');
  expect(await verdict(page)).toBe('not_eligible');
});

test('invalid input in every field gets its own message and nothing typed is lost', async ({ page }) => {
  await start(page);
  const bad = async (id, value, message) => {
    await page.fill(`#${id}`, value);
    await page.locator(`#${id}`).blur();
    // A dash is bound to what precedes it by a word joiner (no line break before "—").
    await expect(page.locator(`#${id}-error`)).toContainText(message.replace(/—/g, '\u2060—'));
    await expect(page.locator(`#${id}`)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${id}`)).toHaveValue(value);
  };
  await page.check('#sex-male');
  await bad('birth', '2030-01-01', '出生日期不能晚于今天');
  await bad('birth', '明年春天', '请按“2005-04-01”的格式');
  // "Next" with an invalid answer lists it at the top and stays on the step.
  await page.getByTestId('next').click();
  await expect(page.locator('#error-summary')).toContainText('请按“2005-04-01”的格式');
  await expect(page.locator('#step-title')).toHaveText('基本情况');
  await page.fill('#birth', '2005-04-01');
  await page.getByTestId('next').click();
  await page.check('#education-bachelor');
  await page.check('#status-graduated');
  await bad('graduation-year', '1850', '毕业年份请填写 1950—2100');
  await page.fill('#graduation-year', '2026');
  await page.getByTestId('next').click();
  await bad('height', '20', '身高请填写 100—250 之间的数字，单位厘米');
  await bad('weight', '700', '体重请填写 25—250 之间的数字');
  await bad('weight', 'abc', '体重请填写数字');
  await page.fill('#height', '175');
  await page.fill('#weight', '70');
  await page.getByTestId('next').click();
  await bad('vision-left', '9', '五分制视力请填写 3—5.3');
  await page.check('#scale-decimal');
  await bad('vision-right', '3', '小数视力请填写 0.01—2');
  await page.check('#surgery-excimer');
  await bad('surgery-months', 'x', '手术距今的月数请填写数字');
  await page.locator('.step-progress button').nth(4).click();
  await page.check('#tattoo-y');
  await bad('tattoo-exposed', '500', '文身最长方向的长度请填写 0—100');
  await bad('systolic', '999', '收缩压请填写 50—260');
  await bad('diastolic', 'high', '舒张压请填写数字');
  await bad('heart-rate', '7', '心率请填写 20—250');
  await bad('whisper-left', '-1', '距离请填写 0—20');
  // Everything typed before is still there.
  await page.locator('.step-progress button').nth(2).click();
  await expect(page.locator('#height')).toHaveValue('175');
  await expect(page.locator('#weight')).toHaveValue('70');
});

test('a reload keeps every answer (fragment and the tab\'s own state) and nothing is stored', async ({ page }) => {
  await start(page);
  await answer(page, MAN);
  const url = new URL(page.url());
  expect(url.hash).toMatch(/a=v1\./);
  expect(url.search).toBe('');
  await page.reload();
  expect(await verdict(page)).toBe('likely_eligible');
  await page.locator('.step-progress button').nth(2).click();
  await expect(page.locator('#height')).toHaveValue('175');
  const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
  expect(stored).toEqual([0, 0, '']);
});

test('share links carry no health answers unless asked to, and open with the shared result', async ({ page, context }) => {
  await start(page, { lang: 'en' });
  await answer(page, { ...MAN, weight: '88.8' });
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toContain('#/check?lang=en&s=v1.');
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date('2026-05-01T10:00:00'));
  await other.goto(link);
  await expect(other.getByTestId('flash')).toContainText('Needs an on-site check');
  await expect(other.getByTestId('flash')).toContainText('does not include health');
  await other.locator('.step-progress button').first().click();
  await expect(other.locator('#birth')).toHaveValue('2005');
  await other.locator('.step-progress button').nth(2).click();
  await expect(other.locator('#height')).toHaveValue('');
  // The shared payload is dropped from the address once imported.
  expect(new URL(other.url()).hash).not.toContain('s=');

  await page.check('#share-all');
  await page.getByTestId('share').click();
  const full = await page.getByTestId('share-link').inputValue();
  const third = await context.newPage();
  await third.clock.setFixedTime(new Date('2026-05-01T10:00:00'));
  await third.goto(full);
  await expect(third.getByTestId('flash')).toContainText('includes all answers');
  await expect(third.getByTestId('verdict')).toHaveAttribute('data-verdict', 'needs_check');
  await third.locator('.step-progress button').nth(2).click();
  await expect(third.locator('#weight')).toHaveValue('88.8');
});

test('a corrupt, truncated or hostile fragment opens a clean form with a message', async ({ page }) => {
  for (const payload of ['v1.%%%', 'v2.AAAA', 'v1.QUJD', 'v1.' + 'A'.repeat(100000), 'v1.aD0xNzU']) {
    const log = await watch(page);
    await page.goto(`/#/check?a=${payload}`);
    await expect(page.locator('#app main h1')).toBeVisible();
    await expect(page.getByTestId('flash')).toBeVisible();
    await expect(page.locator('#step-title')).toHaveText('基本情况');
    await expectQuiet(page, log);
  }
});

test('"erase my answers" empties the form and the address', async ({ page }) => {
  await start(page);
  await answer(page, MAN);
  await page.getByTestId('erase').click();
  await page.getByTestId('erase-confirm').click();
  await expect(page.getByTestId('flash')).toContainText('已清除');
  expect(new URL(page.url()).hash).not.toContain('a=');
  await expect(page.locator('#birth')).toHaveValue('');
});

test('what-if shows the verdict change at once', async ({ page }) => {
  await start(page, { lang: 'en' });
  await answer(page, { ...MAN, weight: '95' });
  expect(await verdict(page)).toBe('not_eligible');
  await page.selectOption('#what-if-field', 'weight');
  await page.fill('#what-if-value', '85');
  await expect(page.getByTestId('what-if-result')).toHaveAttribute('data-verdict', 'likely_eligible');
  await expect(page.locator('.what-if')).toContainText('Weight (BMI): Not met → Met');
  // The user's own answer is unchanged.
  expect(await verdict(page)).toBe('not_eligible');
});

test('the printed summary fits one A4 page', async ({ page }) => {
  await start(page);
  await answer(page, { ...MAN, weight: '88.8' });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.wizard')).toBeHidden();
  await expect(page.locator('.print-title')).toBeVisible();
  await page.screenshot({ path: '../../target/print-preview.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(1);
});

test('the whole flow works by keyboard alone, with visible focus', async ({ page }) => {
  await start(page, { lang: 'en' });
  const focused = () => page.evaluate(() => document.activeElement && (document.activeElement.id || document.activeElement.textContent.trim()));
  const tabTo = async (want, max = 40) => {
    for (let i = 0; i < max; i++) {
      if ((await focused()) === want) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`could not reach ${want} by Tab`);
  };
  await tabTo('round');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
  await tabTo('sex-male');
  await page.keyboard.press('Space');
  await tabTo('birth');
  await page.keyboard.type('2005-04-01');
  await tabTo('Next');
  await page.keyboard.press('Enter');
  // A radio group is one Tab stop; the arrow keys move within it and select.
  await tabTo('education-junior_high');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#education-high_school')).toBeChecked();
  await tabTo('status-graduated');
  await page.keyboard.press('Space');
  await tabTo('Next');
  await page.keyboard.press('Enter');
  await tabTo('height');
  await page.keyboard.type('175');
  await tabTo('weight');
  await page.keyboard.type('70');
  await tabTo('Next');
  await page.keyboard.press('Enter');
  await tabTo('vision-left');
  await page.keyboard.type('5.0');
  await tabTo('vision-right');
  await page.keyboard.type('4.9');
  expect(await verdict(page)).toBe('likely_eligible');
});

// The benefits estimator (issue #5): official figures for a place that has them, a labelled range
// where it has none, the timeline as a list in time order, and answers shared with the self-check.
import { test, expect } from '@playwright/test';
import { watch, expectQuiet } from './helpers.js';
import { start } from './flow.js';

const line = (page, id) => page.locator(`.lines [data-line="${id}"]`);

test('a parent in Wujiang sees the family payment worked out and cited: the 2025 standard, an estimate for a 2026 recruit', async ({ page }) => {
  const log = await watch(page);
  await start(page, { hash: '#/benefits' });
  await page.selectOption('#region', '32');
  await page.selectOption('#place', '32-wujiang');
  await page.check('#education-bachelor');
  await page.check('#status-enrolled');
  await page.fill('#tuition', '5000');
  await page.fill('#years-studied', '2');
  await page.fill('#years-remaining', '2');
  const family = line(page, 'family_payment');
  // Standards are set every year: the 2025 figure is the last published one, not 2026's.
  await expect(family).toHaveAttribute('data-basis', 'estimate');
  await expect(family.locator('.line-amount')).toHaveText('¥78,032');
  await expect(family).toContainText('86,702');
  await expect(family).toContainText('45%');
  await expect(family).toContainText('最近公布');
  await expect(family.locator('a[href*="#/sources/wujiang-2025"]')).toHaveCount(1);
  await expect(line(page, 'tuition_compensation').locator('.line-amount')).toHaveText('¥10,000');
  await expect(line(page, 'allowance')).toHaveAttribute('data-basis', 'estimate');
  await expect(line(page, 'allowance')).toContainText('未经核实');
  // The timeline: a list of the moments money is paid, eight payments in all.
  await expect(page.getByTestId('payment')).toHaveCount(8);
  await expectQuiet(page, log);
});

test('a place with no figure shows the national rule with no amount, never a range or a local figure', async ({ page }) => {
  await start(page, { hash: '#/benefits?lang=en' });
  await page.selectOption('#region', '11');
  const family = line(page, 'family_payment');
  await expect(family).toHaveAttribute('data-basis', 'national');
  await expect(family.locator('.line-amount')).toHaveText('Set by your province; not in the data yet');
  await expect(family).not.toContainText('¥24,000');
  await expect(line(page, 'enlistment_reward').locator('.line-amount')).toHaveText('varies by place');
});

test('Tibet under Wujiang\'s ambiguous "+300%" shows both readings, flagged', async ({ page }) => {
  await start(page, { hash: '#/benefits?lang=en' });
  await page.selectOption('#region', '32');
  await page.selectOption('#place', '32-wujiang');
  await page.check('#posting-tibet');
  const family = line(page, 'family_payment');
  await expect(family.locator('.line-amount')).toHaveText('¥234,096–¥312,128');
  await expect(family).toContainText('sources disagree');
});

test('the round, province and education are shared with the self-check', async ({ page }) => {
  await start(page);
  await page.selectOption('#region', '44');
  await page.getByTestId('next').click();
  await page.check('#education-bachelor');
  await page.check('#status-graduated');
  await page.locator('nav a[href^="#/benefits"]').click();
  await expect(page.locator('#region')).toHaveValue('44');
  await expect(page.locator('#education-bachelor')).toBeChecked();
  await page.selectOption('#place', '44-yunan');
  await expect(line(page, 'enlistment_reward').locator('.line-amount')).toHaveText('¥40,000');
  // And back: the self-check still has the answers.
  await page.locator('nav a[href^="#/check"]').click();
  await page.locator('.step-progress button').nth(1).click();
  await expect(page.locator('#status-graduated')).toBeChecked();
});

test('a negative tuition gets a message next to the field', async ({ page }) => {
  await start(page, { hash: '#/benefits' });
  await page.check('#education-bachelor');
  await page.fill('#tuition', '-5000');
  await page.locator('#tuition').blur();
  await expect(page.locator('#tuition-error')).not.toBeEmpty();
  await expect(page.locator('#tuition')).toHaveAttribute('aria-invalid', 'true');
});

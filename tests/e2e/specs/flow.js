// Filling the self-check as a person does: step by step, with "Next" between steps.
import { expect } from '@playwright/test';

/** Fixes the browser's date (the default round depends on it) and opens the self-check. */
export async function start(page, { date = '2026-05-01T10:00:00', lang = 'zh', hash = '' } = {}) {
  await page.clock.setFixedTime(new Date(date));
  const q = lang === 'en' ? '?lang=en' : '';
  await page.goto(`/${hash || `#/check${q}`}`);
  await expect(page.locator('#app main h1')).toBeVisible();
}

async function next(page) {
  await page.getByTestId('next').click();
}

/**
 * Answers the first four steps (and optionally the surgery question), then goes to the review.
 * `a` uses the field names of the form: round, sex, birth, education, status, gradYear, height,
 * weight, left, right, decimal, surgery, months.
 */
export async function answer(page, a) {
  if (a.round) await page.selectOption('#round', a.round);
  if (a.sex) await page.check(`#sex-${a.sex}`);
  if (a.birth) await page.fill('#birth', a.birth);
  await next(page);
  if (a.education) await page.check(`#education-${a.education}`);
  if (a.status) await page.check(`#status-${a.status}`);
  if (a.gradYear) await page.fill('#graduation-year', a.gradYear);
  await next(page);
  if (a.height) await page.fill('#height', a.height);
  if (a.weight) await page.fill('#weight', a.weight);
  await next(page);
  if (a.decimal) await page.check('#scale-decimal');
  if (a.left) await page.fill('#vision-left', a.left);
  if (a.right) await page.fill('#vision-right', a.right);
  if (a.surgery) await page.check(`#surgery-${a.surgery}`);
  if (a.months) await page.fill('#surgery-months', a.months);
  await next(page);
}

/**
 * A whole self-check, every step answered, the optional ones too; `political` answers all six
 * political questions ('n' or 'y'). Ends on the review with the verdict shown.
 */
export async function fullCheck(page, { political = 'n' } = {}) {
  await page.check('#sex-male');
  await page.fill('#birth', '2004-07-19');
  await page.selectOption('#region', '32');
  await next(page);
  await page.check('#education-bachelor');
  await page.check('#status-enrolled');
  await next(page);
  await page.fill('#height', '171.3');
  await page.fill('#weight', '63.7');
  await next(page);
  await page.fill('#vision-left', '4.7');
  await page.fill('#vision-right', '4.8');
  await next(page);
  await page.check('#tattoo-n');
  await page.fill('#systolic', '123');
  await page.fill('#diastolic', '77');
  await next(page);
  for (const q of await page.locator(`input[id^="political-"][id$="-${political}"]`).all()) await q.check();
  await next(page);
  await next(page);
  await expect(page.getByTestId('verdict')).toBeVisible();
}

export async function verdict(page) {
  return page.getByTestId('verdict').getAttribute('data-verdict');
}

export function check(page, id) {
  return page.locator(`.results [data-check="${id}"]`).first();
}

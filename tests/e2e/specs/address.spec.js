// The address bar holds no health or political answer (issue 14): after a whole self-check the
// fragment carries only the non-sensitive answers; the tab's own history state keeps the rest, so a
// reload restores everything, on the same step; a new tab with the same address restores only what
// the address holds, unless "remember on this device" was chosen. A share link without health
// answers opens on the sender's result and lists only what was shared.
import { test, expect } from '@playwright/test';
import { start, fullCheck } from './flow.js';

/** Keys of the `a=` payload in an address, decoded here (base64url of `key=value` lines). */
function addressKeys(url) {
  const m = new URL(url).hash.match(/[?&]a=v1\.([A-Za-z0-9_-]*)/);
  if (!m) return { keys: [], text: '' };
  const text = Buffer.from(m[1], 'base64url').toString('utf8');
  return { keys: text.split('\n').filter(Boolean).map((l) => l.split('=')[0]), text };
}
// The non-sensitive answers (docs: round, sex, birth, region, education, status, graduation year,
// posts, place and the benefits inputs). Anything else in the address fails.
const ALLOWED = new Set(['r', 'sx', 'b', 'rg', 'ed', 'st', 'gy', 'po', 'pl', 'tu', 'ln', 'ys', 'yr', 'ts', 'pt', 'ho']);
const HEALTH_TYPED = ['171.3', '63.7', '4.7', '4.8', '123'];

for (const lang of ['zh', 'en']) {
  test(`${lang}: no health or political answer in the address; a reload restores all, on the same step`, async ({ page }) => {
    await start(page, { date: '2026-12-01T10:00:00', lang });
    await fullCheck(page, { political: 'y' });
    const before = await page.getByTestId('verdict').getAttribute('data-verdict');
    const url = page.url();
    const { keys, text } = addressKeys(url);
    expect(keys.length).toBeGreaterThan(3);
    for (const k of keys) expect(ALLOWED.has(k), `key ${k} in the address: ${text}`).toBe(true);
    for (const v of HEALTH_TYPED) expect(text + url, `typed ${v} in the address`).not.toContain(v);
    expect(text).toContain('b=2004-07-19');

    // On the body step, reload: the same step, every answer back.
    await page.locator('.step-progress button').nth(2).click();
    const title = await page.locator('#step-title').textContent();
    await page.reload();
    await expect(page.locator('#step-title')).toHaveText(title);
    await expect(page.locator('#height')).toHaveValue('171.3');
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-verdict', before);
    await page.locator('.step-progress button').nth(5).click();
    await expect(page.locator('input[id^="political-"][id$="-y"]:checked')).toHaveCount(6);
    await page.locator('.step-progress button').nth(4).click();
    await expect(page.locator('#systolic')).toHaveValue('123');
    // Nothing stored on the device for this.
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  });

  test(`${lang}: a new tab with the same address restores no sensitive answer unless "remember" was chosen`, async ({ page, context }) => {
    await start(page, { date: '2026-12-01T10:00:00', lang });
    await fullCheck(page, { political: 'y' });
    const url = page.url();
    const other = await context.newPage();
    await other.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
    await other.goto(url);
    await other.locator('.step-progress button').nth(2).click();
    await expect(other.locator('#height')).toHaveValue('');
    await other.locator('.step-progress button').nth(5).click();
    await expect(other.locator('input[id^="political-"]:checked')).toHaveCount(0);
    await other.locator('.step-progress button').first().click();
    await expect(other.locator('#birth')).toHaveValue('2004-07-19');
    await other.close();

    await page.check('#remember');
    const third = await context.newPage();
    await third.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
    await third.goto(page.url());
    await third.locator('.step-progress button').nth(2).click();
    await expect(third.locator('#height')).toHaveValue('171.3');
  });

  test(`${lang}: a share link without health answers opens on the result and lists only what was shared`, async ({ page, context }) => {
    await start(page, { date: '2026-12-01T10:00:00', lang });
    await fullCheck(page, { political: 'y' });
    await page.getByTestId('share').click();
    const link = await page.getByTestId('share-link').inputValue();
    const other = await context.newPage();
    await other.setViewportSize({ width: 360, height: 740 });
    await other.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
    await other.goto(link);
    await expect(other.getByTestId('shared-only')).toHaveText(lang === 'zh' ? '对方只分享了这些回答。' : 'The sender shared only these answers.');
    await expect(other.locator('.summary')).not.toContainText(lang === 'zh' ? '未填写' : 'not answered');
    // The results are in view (on a phone they are below the questions).
    await expect(other.locator('#results [data-testid="verdict"]')).toBeInViewport();
  });

  test(`${lang}: the share link and its copy button fit a 360 px screen`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await start(page, { date: '2026-12-01T10:00:00', lang });
    await page.check('#sex-male');
    await page.getByTestId('share').click();
    const copy = page.getByRole('button', { name: lang === 'zh' ? '复制' : 'Copy' });
    await expect(copy).toBeVisible();
    const box = await copy.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

// The app shell: every page in both languages, the language switch, the footer notice.
import { test, expect } from '@playwright/test';
import { PAGES, LOCALES, watch, open, expectQuiet } from './helpers.js';

for (const { code, lang } of LOCALES) {
  for (const p of PAGES) {
    test(`${p} renders in ${code} with no console error`, async ({ page }) => {
      const log = await watch(page);
      await open(page, `#/${p}${code === 'en' ? '?lang=en' : ''}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('nav a[aria-current="page"]')).toHaveCount(1);
      await expect(page.getByTestId('official-notice')).toBeVisible();
      const official = page.locator('footer a[href="https://www.gfbzb.gov.cn/"]');
      await expect(official).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(official).toHaveAttribute('target', '_blank');
      await expectQuiet(page, log);
    });
  }
}

test('the language switch changes every string and keeps the choice in the URL only', async ({ page }) => {
  const log = await watch(page);
  await open(page, '#/process');
  await expect(page.locator('.site-header nav')).toContainText('报名流程');
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.site-header nav')).toContainText('How to apply');
  await expect(page.locator('#app main h1')).toContainText('How to apply');
  expect(new URL(page.url()).hash).toContain('lang=en');
  expect(new URL(page.url()).search).toBe('');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]);
  expect(stored).toEqual([0, 0, '']);
  await expectQuiet(page, log);
});

test('the phone layout has no horizontal scroll at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const p of PAGES) {
    await open(page, `#/${p}?lang=en`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${p} overflows`).toBeLessThanOrEqual(0);
  }
});

// Accessibility: axe-core finds no WCAG 2.1 A/AA violation on any route or state, in both
// languages; the pages reflow at 320 CSS px (400 % zoom of a 1280 px window) and at 200 % zoom.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { answer } from './flow.js';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe in the page (evaluated through the debugging protocol, so the page's CSP allows it). */
async function violations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const STATES = {
  'check: empty form': async (page) => {},
  'check: errors shown': async (page) => {
    await page.fill('#birth', '20x5');
    await page.locator('#birth').blur();
    await page.getByTestId('next').click();
    await expect(page.locator('.error-summary')).toBeVisible();
  },
  'check: results': async (page) => {
    await answer(page, { sex: 'male', birth: '2006', education: 'high_school', status: 'graduated', height: '159.9', weight: '63', left: '4.9', right: '4.9' });
    await expect(page.getByTestId('verdict')).toBeVisible();
  },
  'check: print view': async (page) => {
    await answer(page, { sex: 'female', birth: '2005', education: 'bachelor', status: 'enrolled', height: '163', weight: '52', left: '4.8', right: '4.8' });
    await page.emulateMedia({ media: 'print' });
  },
  'benefits: estimate': async (page) => {
    await page.evaluate(() => { location.hash = location.hash.replace('#/check', '#/benefits'); });
    await page.selectOption('#region', '32');
    await page.selectOption('#place', '32-wujiang');
    await page.check('#education-bachelor');
    await page.check('#status-graduated');
    await page.fill('#tuition', '5000');
    await expect(page.getByTestId('benefits-total')).toBeVisible();
  },
  process: async (page) => { await page.evaluate(() => { location.hash = location.hash.replace('#/check', '#/process'); }); },
  'process: checklist': async (page) => { await page.evaluate(() => { location.hash = location.hash.replace('#/check', '#/process/checklist'); }); },
  sources: async (page) => { await page.evaluate(() => { location.hash = location.hash.replace('#/check', '#/sources'); }); },
  about: async (page) => { await page.evaluate(() => { location.hash = location.hash.replace('#/check', '#/about'); }); },
};

for (const lang of ['zh', 'en']) {
  // One page walks every state (each from a fresh load), which saves a browser context per state;
  // every state's violations are collected, so one failure does not hide the others.
  test(`axe: no violations on any state (${lang})`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
    const found = {};
    for (const [name, reach] of Object.entries(STATES)) {
      await test.step(name, async () => {
        await page.emulateMedia({ media: null });
        await page.goto('about:blank');
        await page.goto(`/#/check${lang === 'en' ? '?lang=en' : ''}`);
        await expect(page.locator('#app main h1')).toBeVisible();
        await reach(page);
        await expect(page.locator('#app main h1')).toBeVisible();
        found[name] = await violations(page);
      });
    }
    expect(Object.keys(found)).toEqual(Object.keys(STATES));
    expect(Object.entries(found).filter(([, v]) => v.length)).toEqual([]);
  });
  test(`axe: no violations embedded (${lang})`, async ({ page }) => {
    await page.goto(`/embed.html?lang=${lang}&sections=check,benefits`);
    await expect(page.locator('#app main h1')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('axe: no violations at phone width, where the step names are visually hidden', async ({ page }) => {
  // Regression: on phones the step buttons' names were display:none, so they had no accessible
  // name (found by Lighthouse's run at mobile width; the desktop-width runs above passed).
  await page.setViewportSize({ width: 360, height: 740 });
  for (const hash of ['#/check', '#/check?lang=en', '#/benefits', '#/process?lang=en']) {
    await page.goto(`/${hash}`);
    await expect(page.locator('#app main h1')).toBeVisible();
    expect(await violations(page), hash).toEqual([]);
  }
});

for (const [what, width] of [['400 % zoom (320 px)', 320], ['200 % zoom (640 px)', 640]]) {
  test(`every page reflows without horizontal scrolling at ${what}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
    for (const lang of ['', '?lang=en']) {
      for (const p of ['check', 'benefits', 'process', 'process/checklist', 'sources', 'about']) {
        await page.goto(`/#/${p}${lang}`);
        await expect(page.locator('#app main h1')).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${p}${lang}`).toBeLessThanOrEqual(0);
      }
    }
  });
}

test('the process page works by keyboard: contents links move focus, the calendar file downloads', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await page.goto('/#/process?lang=en');
  await expect(page.locator('#app main h1')).toBeVisible();
  const tabTo = async (selector, max = 60) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  await tabTo('.toc a[href*="fraud"]');
  // Focus is visible: the focus ring is drawn.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('#fraud-title')).toBeFocused();
  await page.goto('/#/process?lang=en');
  await tabTo('[data-testid="ics"]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('enlistment-dates.ics');
});

test('the benefits estimate can be filled by keyboard alone', async ({ page }) => {
  await page.goto('/#/benefits?lang=en');
  await expect(page.locator('#app main h1')).toBeVisible();
  const focusedId = () => page.evaluate(() => document.activeElement && document.activeElement.id);
  for (let i = 0; i < 40 && (await focusedId()) !== 'region'; i++) await page.keyboard.press('Tab');
  expect(await focusedId()).toBe('region');
  await page.keyboard.press('ArrowDown');     // a province, chosen from the keyboard
  await expect(page.locator('#region')).not.toHaveValue('');
  // Into the education radio group, then along it with the arrow keys (which also select).
  for (let i = 0; i < 10 && !(await focusedId() || '').startsWith('education-'); i++) await page.keyboard.press('Tab');
  expect(await focusedId()).toMatch(/^education-/);
  for (let i = 0; i < 6 && (await focusedId()) !== 'education-bachelor'; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('#education-bachelor')).toBeChecked();
  for (let i = 0; i < 10 && !(await focusedId() || '').startsWith('status-'); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('input[name="status"]:checked')).toHaveCount(1);
  await expect(page.getByTestId('benefits-total')).toBeVisible();
});

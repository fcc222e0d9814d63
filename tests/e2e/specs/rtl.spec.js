// Right-to-left readiness, proved with the test-only pseudo-locale en-XB (made from English by
// crates/catalog: every text run wrapped in right-to-left marks, accented letters; dir="rtl";
// numbers in sentences bidi-isolated). On every route: the document is rtl, axe finds nothing,
// nothing overflows at 320 px, and screenshots are kept for a human to look at.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { PAGES } from './helpers.js';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = process.env.SHOTS_DIR;

async function axe(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const p of PAGES) {
  test(`pseudo-RTL (en-XB): ${p} is mirrored, accessible and fits 320 px`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/#/${p}?lang=en-XB`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XB');
    // The words are the pseudo-locale's (right-to-left marks around each text run).
    await expect(page.locator('#app main h1')).toContainText('\u200f');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow at 320 px').toBeLessThanOrEqual(0);
    expect(await axe(page)).toEqual([]);
    if (SHOTS) {
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `${SHOTS}/rtl-${p}-${width}.png`, fullPage: true });
      }
    }
  });
}

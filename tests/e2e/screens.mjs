// Screenshots for looking at the UI (not a test): node screens.mjs <base-url> <out-dir> [hash...]
// Each hash is shot in both languages at phone (360 px) and desktop (1280 px) widths.
import { chromium } from '@playwright/test';
import fs from 'node:fs';

const [base, out, ...hashes] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
for (const hash of hashes.length ? hashes : ['#/check']) {
  for (const lang of ['zh', 'en']) {
    for (const [name, width] of [['phone', 360], ['desktop', 1280]]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
      const sep = hash.includes('?') ? '&' : '?';
      await page.goto(`${base}/${hash}${lang === 'en' ? `${sep}lang=en` : ''}`);
      await page.waitForSelector('#app main h1');
      const file = `${out}/${hash.replace(/[^a-z0-9]+/gi, '_')}-${lang}-${name}.png`;
      // Whole page, but at most 1800 px tall so the picture stays readable.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, 1800) } });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();

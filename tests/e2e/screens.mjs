// Screenshots for looking at the UI (not a test): node screens.mjs <base-url> <out-dir> [hash...]
// Each hash is shot in each language (LANGS, default zh,en; en-XB is the right-to-left pseudo-locale
// of the test builds) at phone (360 px) and desktop (1280 px) widths.
import { chromium } from '@playwright/test';
import fs from 'node:fs';

const [base, out, ...hashes] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
for (const hash of hashes.length ? hashes : ['#/check']) {
  for (const lang of (process.env.LANGS || 'zh,en').split(',')) {
    for (const [name, width] of [['phone', 360], ['desktop', 1280]]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
      const sep = hash.includes('?') ? '&' : '?';
      await page.goto(`${base}/${hash}${lang === 'zh' ? '' : `${sep}lang=${lang}`}`);
      await page.waitForSelector('#app main h1');
      // Another language arrives as a small file: wait until the page is in it.
      await page.waitForFunction((l) => document.documentElement.lang === (l === 'zh' ? 'zh-CN' : l), lang);
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

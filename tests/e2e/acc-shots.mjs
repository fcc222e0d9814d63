// Temporary (not committed): screenshots of the per-ear hearing question, its result, and the
// benefits graduation year. node acc-shots.mjs <base-url> <out-dir>
import { chromium } from '@playwright/test';
const [base, out] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const lang of ['zh', 'en']) {
  for (const [name, width] of [['phone', 360], ['desktop', 1280]]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.clock.setFixedTime(new Date('2026-05-01T10:00:00'));
    const q = lang === 'en' ? '?lang=en' : '';
    await page.goto(`${base}/#/check${q}`);
    await page.waitForSelector('#app main h1');
    await page.check('#sex-male'); await page.fill('#birth', '2005-04-01');
    await page.getByTestId('next').click();
    await page.check('#education-high_school'); await page.check('#status-graduated');
    await page.getByTestId('next').click();
    await page.fill('#height', '175'); await page.fill('#weight', '70');
    await page.getByTestId('next').click();
    await page.fill('#vision-left', '5.0'); await page.fill('#vision-right', '5.0');
    await page.getByTestId('next').click();
    await page.fill('#whisper-left', '4');
    await page.fill('#whisper-right', '6');
    await page.locator('#whisper-right').blur();
    const fs = page.locator('#whisper-left').locator('xpath=ancestor::fieldset[1]');
    await fs.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/health-${lang}-${name}.png`, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 2400) } });
    // The result: the hearing check asks, never fails.
    const hearing = page.locator('[data-check="hearing"]');
    for (let i = 0; i < 4 && !(await hearing.count()); i++) await page.getByTestId('next').click();
    if (await hearing.count()) {
      await hearing.scrollIntoViewIfNeeded();
      await hearing.screenshot({ path: `${out}/hearing-result-${lang}-${name}.png` });
      console.log(lang, name, await hearing.getAttribute('data-status'), (await hearing.innerText()).slice(0, 300));
    }
    await page.goto(`${base}/#/benefits${q}`);
    await page.waitForSelector('#region');
    await page.selectOption('#region', '21');
    await page.selectOption('#place', '21-fuxin');
    await page.check('#education-bachelor'); await page.check('#status-graduated');
    await page.fill('#graduation-year', '2026');
    await page.screenshot({ path: `${out}/benefits-${lang}-${name}.png`, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 2400) } });
    console.log(lang, name, await page.locator('[data-line="discharge_grant"]').innerText());
    await page.close();
  }
}
await browser.close();

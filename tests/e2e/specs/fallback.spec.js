// Before the wasm arrives and where it cannot run: the static first view shows at once, and a
// browser without WebAssembly or without JavaScript gets the key rules and the official link.
import { test, expect, chromium } from '@playwright/test';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'];

async function expectFallback(page, which) {
  const box = page.locator(which);
  await expect(box).toBeVisible();
  // The numbers are the data's (see xtask/src/fallback.rs), in both languages.
  await expect(box).toContainText('男性160厘米以上，女性158厘米以上');
  await expect(box).toContainText('Height: men 160 cm or more, women 158 cm or more.');
  await expect(box).toContainText('低于4.5不合格');
  await expect(box.locator('a[href="https://www.gfbzb.gov.cn/"]').first()).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(box).toContainText('不收任何费用');
}

test('on a slow network the static first view shows before the app', async ({ page }) => {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('/#/check');
  await expect(page.locator('#boot h1')).toHaveText('征兵自测 · Enlistment Self-Check');
  await expect(page.locator('#boot .boot-loading')).toBeVisible();
  await expect(page.locator('#boot .boot-official a')).toBeVisible();
  await expect(page.locator('.boot-failure')).toBeHidden();
  release();
  await expect(page.locator('#app main h1')).toBeVisible();
  await expect(page.locator('#boot')).toHaveCount(0);
});

test('a browser without WebAssembly gets the key rules instead of a broken page', async () => {
  // V8 without its compilers (--jitless) has no WebAssembly: like an old or locked-down WebView.
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...ARGS, '--js-flags=--jitless'] });
  const page = await browser.newPage({ baseURL: process.env.BASE_URL });
  await page.goto('/#/check');
  expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
  await expect(page.locator('html')).toHaveClass(/boot-failed/);
  await expectFallback(page, '.boot-failure');
  await expect(page.locator('.boot-loading')).toBeHidden();
  await browser.close();
});

test('with JavaScript off the page still says what it is and gives the key rules', async () => {
  // Scripting off in Blink itself, so the parser renders <noscript> as a real browser would
  // (Playwright's javaScriptEnabled only stops scripts from running).
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...ARGS, '--blink-settings=scriptEnabled=false'] });
  const page = await browser.newPage({ baseURL: process.env.BASE_URL });
  await page.goto('/');
  await expect(page.locator('#boot h1')).toBeVisible();
  await expect(page.locator('.boot-failure')).toContainText('关闭了 JavaScript');
  await expectFallback(page, '.boot-failure');
  await expect(page.locator('.boot-loading')).toBeHidden();
  await browser.close();
});

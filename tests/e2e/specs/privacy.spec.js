// Privacy and security in a real browser: nothing leaves the page after it loads, the CSP holds
// everywhere, nothing is stored without consent, tampered files refuse to run, hostile input is
// harmless, and a panic shows a message.
import { test, expect } from '@playwright/test';
import crypto from 'node:crypto';
import { PAGES, watch, open, violations, expectQuiet } from './helpers.js';
import { start, answer, verdict, fullCheck } from './flow.js';

/** Values typed in the flows below, distinctive enough to find in any request. */
const TYPED = ['2004-07-19', '171.3', '63.7', '4.7', '123', '8765', '6543'];

/**
 * Every kind of browser storage the page could use, as one object. The service worker's cache of
 * the app's own files (`enlistment-<version>`) is allowed: it is checked to hold nothing but the
 * build's files, with no query string, and left out; any other cache is reported.
 */
async function storage(page) {
  return page.evaluate(async () => {
    const other = [];
    for (const k of await caches.keys()) {
      if (!/^enlistment-[0-9a-f]{12}$/.test(k)) { other.push(k); continue; }
      for (const r of await (await caches.open(k)).keys()) {
        const u = new URL(r.url);
        // The build's own files: at the top level, or a language file kept for offline switching.
        const own = u.pathname.split('/').length <= 2 || /^\/i18n\/[A-Za-z-]+-[0-9a-f]{12}\.txt$/.test(u.pathname);
        if (u.origin !== location.origin || u.search || u.hash || !own) other.push(`${k}: ${r.url}`);
      }
    }
    return {
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      cookies: document.cookie,
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: other,
    };
  });
}
const EMPTY = { local: [], session: [], cookies: '', indexedDB: [], caches: [] };

test('after the app has loaded, a full session makes no request at all', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const log = await watch(page);
  const all = [];
  // The context sees the page's requests and the service worker's (its precaching).
  context.on('request', (r) => all.push({ url: r.url(), headers: r.headers(), body: r.postData() || '' }));
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await open(page, '#/check');
  // Loaded means: the app runs and the service worker has cached the build and taken control.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForLoadState('networkidle');
  const atLoad = all.length;
  // The app's own files, and nothing else: the page, its style, JS and wasm, the worker's client,
  // the worker, the manifest, and the worker's precaching of the build's files.
  const own = new Set(['', 'sw.js', ...JSON.parse((await (await page.request.get('/sw.js')).text()).match(/const FILES = (\[.*\]);/)[1])]);
  for (const r of all) expect(own.has(new URL(r.url).pathname.slice(1)), r.url).toBe(true);

  await fullCheck(page);
  await page.getByTestId('share').click();
  await page.check('#share-all');
  await page.getByTestId('share').click();
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByRole('button', { name: /打印/ }).click();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '待遇估算' }).click();
  await page.fill('#tuition', '8765');
  await page.fill('#loan', '6543');
  await expect(page.getByTestId('benefits-total')).toBeVisible();
  await page.getByTestId('lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  for (const p of PAGES) {
    await page.evaluate((h) => { location.hash = h; }, `#/${p}?lang=en`);
    await expect(page.locator('#app main h1')).toBeVisible();
  }
  await page.evaluate(() => { location.hash = '#/check?lang=en'; });
  await page.getByTestId('erase').click();
  await page.getByTestId('erase-confirm').click();
  await page.waitForLoadState('networkidle');

  // After load the only request allowed is a language file of this build (i18n/<code>-<hash>.txt,
  // listed in the worker and answered from its cache), fetched once when the reader switches
  // language, without a query or a body: nothing typed can ride on it.
  const languageFiles = [...own].filter((f) => /^i18n\/[a-z]+(-[A-Za-z]+)?-[0-9a-f]{12}\.txt$/.test(f));
  expect(languageFiles.length, 'language files in the worker').toBeGreaterThan(0);
  const isLanguageFile = (r) => {
    const u = new URL(r.url);
    return languageFiles.includes(u.pathname.slice(1)) && u.search === '' && r.body === '';
  };
  const after = all.slice(atLoad);
  expect(after.filter((r) => !isLanguageFile(r)).map((r) => r.url), 'requests after load').toEqual([]);
  expect(after.filter(isLanguageFile).length, 'the English file, fetched once').toBeLessThanOrEqual(1);
  const origin = new URL(process.env.BASE_URL).origin;
  for (const r of all) {
    expect(new URL(r.url).origin).toBe(origin);
    const leaving = r.url + JSON.stringify(r.headers) + r.body;
    for (const v of TYPED) expect(leaving, `typed value ${v} in a request`).not.toContain(v);
  }
  console.log(`requests recorded: ${all.length} (${atLoad} at load), ${after.length} after load (language files only); CSP violations: ${(await violations(page)).length}`);
  await expectQuiet(page, log);
});

test('nothing is stored unless "remember on this device" is chosen, and erase removes it', async ({ page }) => {
  await start(page, { date: '2026-12-01T10:00:00' });
  await fullCheck(page);
  expect(await storage(page)).toEqual(EMPTY);
  await page.check('#remember');
  const kept = await storage(page);
  expect(kept.local).toEqual(['enlistment-answers']);
  expect({ ...kept, local: [] }).toEqual(EMPTY);
  // Remembered answers come back in a fresh tab without the address.
  await page.goto('/#/check');
  await page.reload();
  await expect(page.getByTestId('verdict')).toBeVisible();
  await page.getByTestId('erase').click();
  await page.getByTestId('erase-confirm').click();
  expect(await storage(page)).toEqual(EMPTY);
  await page.reload();
  await expect(page.locator('#step-title')).toBeVisible();
  expect(await storage(page)).toEqual(EMPTY);
});

test('the page carries a strict policy, and the policy really blocks inline script', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'none'"]);
  expect(directives['form-action']).toEqual(["'none'"]);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/'unsafe-eval'/);
  // script-src: self, wasm compilation, and the hashes of exactly the page's two inline scripts
  // (the "JavaScript runs" flag in the head and the boot script).
  const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline).toHaveLength(2);
  const hashes = inline.map((code) => `'sha256-${crypto.createHash('sha256').update(code).digest('base64')}'`);
  expect(directives['script-src'].sort()).toEqual(["'self'", "'wasm-unsafe-eval'", ...hashes].sort());
  // Positive control: an injected inline script does not run and is reported.
  await watch(page);
  await open(page, '#/check');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
  });
  await expect.poll(() => violations(page)).toContainEqual(expect.stringContaining('script-src'));
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
});

for (const [what, pattern] of [['wasm', '**/*_bg.wasm'], ['JS', '**/enlistment-app-*.js']]) {
  test(`a tampered ${what} file refuses to run and the page says so`, async ({ page }) => {
    await page.route(pattern, async (route) => {
      const res = await route.fetch();
      const body = Buffer.from(await res.body());
      body[body.length - 20] ^= 0x01;
      await route.fulfill({ response: res, body });
    });
    await page.goto('/#/check');
    await expect(page.locator('html')).toHaveClass(/boot-failed/);
    await expect(page.locator('.boot-failure')).toBeVisible();
    await expect(page.locator('.boot-failure')).toContainText('无法在这个浏览器中运行');
    await expect(page.locator('#app main')).toHaveCount(0);
  });
}

test('typed markup is shown as text, never run', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__xss=1">';
  page.on('dialog', () => { throw new Error('a dialog opened'); });
  const log = await watch(page);
  await start(page);
  await page.fill('#birth', hostile);
  await page.locator('#birth').blur();
  await expect(page.locator('.field-error').first()).toBeVisible();
  await page.locator('.step-progress button').last().click();
  await expect(page.locator('.summary')).toContainText(hostile);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  // Through the address and a reload, still text.
  await page.reload();
  await expect(page.locator('.summary')).toContainText(hostile);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  await expectQuiet(page, log);
});

test('a hostile share link or answers fragment is refused with a message', async ({ page }) => {
  await start(page, { date: '2026-12-01T10:00:00' });
  await answer(page, { sex: 'male', birth: '2005', education: 'high_school', status: 'graduated', height: '175', weight: '65', left: '4.9', right: '4.9' });
  const valid = new URL(page.url()).hash.match(/a=(v1\.[A-Za-z0-9_-]+)/)[1];
  const random = [...crypto.randomBytes(3000)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  const payloads = {
    '1 MB': 'v1.' + 'QUJD'.repeat(262144),
    'random bytes': random,
    'wrong version': 'v9.' + valid.slice(3),
    'truncated base64': valid.slice(0, valid.length - 7),
    'no version': valid.slice(3),
  };
  for (const [name, payload] of Object.entries(payloads)) {
    for (const key of ['a', 's']) {
      const log = await watch(page);
      await page.goto('about:blank');
      await page.goto(`/#/check?${key}=${payload}`);
      await expect(page.locator('#app main h1'), name).toBeVisible();
      await expect(page.getByTestId('flash'), `${name} in ${key}=`).toBeVisible();
      await expect(page.locator('#step-title')).toHaveText('基本情况');
      expect(page.url().length, 'the refused payload is dropped from the address').toBeLessThan(200);
      await expectQuiet(page, log);
    }
  }
});

test('a panic shows a message in both languages, not a blank page (force-panic test build)', async ({ page }) => {
  const base = process.env.PANIC_URL;
  expect(base, 'PANIC_URL is set by cargo xtask test').toBeTruthy();
  // At start-up, before anything rendered.
  await page.goto(`${base}/#/about/force-panic`);
  await expect(page.locator('#fatal')).toBeVisible();
  await expect(page.locator('#fatal')).toContainText('出错了');
  await expect(page.locator('#fatal')).toContainText('Something went wrong');
  await expect(page.locator('.boot-loading')).toHaveCount(0);
  // After the app mounted, on navigation.
  await page.goto(`${base}/#/about`);
  await page.reload();
  await expect(page.locator('#app main h1')).toBeVisible();
  await page.evaluate(() => { location.hash = '#/about/force-panic'; });
  await expect(page.locator('#fatal')).toBeVisible();
  await expect(page.locator('#app main h1')).toBeVisible();
});
